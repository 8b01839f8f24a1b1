"""Eleventh dev part (dev11): built blind as the seventh held-out part (2026-12-02), demoted to tuning data in the
ninth session.
Run: python eval/impostor/dev11/spec_dev11.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev9/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, counties and
county-level cities across the province and a few townships), plus a few unused counties of Shandong and one unused
provincial body each of Shandong and Guangdong, so the registry is the supervising office's registry for three
provinces.  Part-specific machinery (new county and township unit kinds, level forms, traditional-form modes, digit
forms, colour filters, frames, screenshot layouts, the registry's region fix) lives in this file, not in
gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
import opencc  # noqa: E402
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

PART = "dev11"
SEED = 72413
CRAWL_DAY = "2025-02-19"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "rongmei10": ("{F}融媒体中心", "{F}融媒体中心", ["{S}融媒", "{S}融媒体中心"], "megaphone", None,
                  "发布本地新闻、政务信息和民生服务资讯"),
    "women10": ("{F}妇女联合会", "{F}妇女联合会", ["{S}女性", "{S}妇联"], "hands", None,
                "发布妇女儿童工作动态、维权服务和家庭教育信息"),
    "org10": ("中共{F}委组织部", "中共{F}委组织部", ["{S}组工", "{S}组工在线"], "star", None,
              "发布组织工作动态、干部任前公示和党员教育信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_ng10": ("{F}{DF}农业综合服务中心", ["{DS}农服", "{DS}农技服务"], "leaf", None,
                  "发布农技推广、种粮补贴和农事提醒信息"),
    "town_yj10": ("{F}{DF}应急管理办公室", ["{DS}应急", "{DS}应急管理"], "warning", None,
                  "发布防汛抗旱、森林防火和安全生产提示"),
    "town_sb10": ("{F}{DF}社会保障服务站", ["{DS}社保", "{DS}社保服务"], "hands", None,
                  "办理城乡居民养老保险、医疗保险参保缴费和待遇认证"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"rongmei10": "融媒", "women10": "妇联", "org10": "组工", "town_ng10": "农服", "town_yj10": "应急",
               "town_sb10": "社保"}.items():
    G.FN.setdefault(_k, _v)

# counties and county-level cities are built as "city" places; their prefecture is kept here
_YY, _CD, _YI, _CZ, _YZ = ("岳阳", "岳阳市"), ("常德", "常德市"), ("益阳", "益阳市"), ("郴州", "郴州市"), ("永州", "永州市")
_HH, _XX, _SY, _LD = ("怀化", "怀化市"), ("湘西", "湘西土家族苗族自治州"), ("邵阳", "邵阳市"), ("娄底", "娄底市")
PARENT = {"平江": _YY, "湘阴": _YY, "汨罗": _YY, "临湘": _YY, "华容": _YY, "澧县": _CD, "桃源": _CD, "石门": _CD,
          "汉寿": _CD, "临澧": _CD, "安乡": _CD, "安化": _YI, "桃江": _YI, "沅江": _YI, "宜章": _CZ, "汝城": _CZ,
          "资兴": _CZ, "桂阳": _CZ, "永兴": _CZ, "临武": _CZ, "嘉禾": _CZ, "桂东": _CZ, "安仁": _CZ, "祁阳": _YZ,
          "道县": _YZ, "江永": _YZ, "宁远": _YZ, "蓝山": _YZ, "新田": _YZ, "江华": _YZ, "东安": _YZ, "双牌": _YZ,
          "沅陵": _HH, "溆浦": _HH, "芷江": _HH, "洪江": _HH, "新晃": _HH, "会同": _HH, "麻阳": _HH, "辰溪": _HH,
          "保靖": _XX, "永顺": _XX, "龙山": _XX, "古丈": _XX, "泸溪": _XX, "吉首": _XX,
          "隆回": _SY, "武冈": _SY, "城步": _SY, "洞口": _SY, "新邵": _SY, "双峰": _LD, "冷水江": _LD, "涟源": _LD,
          "茶陵": ("株洲", "株洲市"), "炎陵": ("株洲", "株洲市"), "湘乡": ("湘潭", "湘潭市"),
          "泗水": ("济宁", "济宁市"), "费县": ("临沂", "临沂市"), "平邑": ("临沂", "临沂市"),
          "无棣": ("滨州", "滨州市"), "临邑": ("德州", "德州市"), "鄄城": ("菏泽", "菏泽市"),
          "成武": ("菏泽", "菏泽市"), "东明": ("菏泽", "菏泽市")}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
_4k = ["wechat", "douyin", "kuaishou", "toutiao"]
PROVINCES = [
    dict(S="湖南", F="湖南省", area="0731", landmark="pagoda", nick="三湘",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "bilibili"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "kuaishou"]}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 1, "platforms": _3}),
                ("market", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": ["weibo", "wechat", "douyin"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _2}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("women10", {"name_idx": 0, "platforms": _3}),
                ("org10", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="鲁地",
         depts=[("civil", {"platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="五岭之南",
         depts=[("medins", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="湖南省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


CITIES = [
    # ---- counties and county-level cities of the new province
    _c("平江", "平江县", "0730", "mountain", "天岳幕阜", ["fabu", "police", ("rongmei10", {"platforms": _4k})]),
    _c("湘阴", "湘阴县", "0730", "waves", "左公故里", ["fabu"]),
    _c("汨罗", "汨罗市", "0730", "waves", "端午源", ["fabu", "police", ("hotline", {"platforms": _3})]),
    _c("临湘", "临湘市", "0730", "waves", "砖茶之乡", ["fabu", ("rongmei10", {"platforms": _3t})]),
    _c("华容", "华容县", "0730", "waves", "华容道", ["fabu"]),
    _c("澧县", "澧县", "0736", "sun", "城头山", ["fabu", "police", ("hotline", {"platforms": _3}),
                                                  ("culture", {"avatar": "distinctive"})]),
    _c("桃源", "桃源县", "0736", "mountain", "桃花源", ["fabu", ("culture", {"avatar": "distinctive",
                                                                            "platforms": _4})]),
    _c("石门", "石门县", "0736", "mountain", "壶瓶山", ["fabu"]),
    _c("汉寿", "汉寿县", "0736", "waves", "甲鱼之乡", ["fabu"]),
    _c("安化", "安化县", "0737", "mountain", "黑茶之乡", ["fabu", ("culture", {"avatar": "distinctive"})],
       [dict(DS="东坪", DF="东坪镇", depts=["town_ng10"])]),
    _c("桃江", "桃江县", "0737", "mountain", "竹海", ["fabu"]),
    _c("沅江", "沅江市", "0737", "waves", "洞庭明珠", ["fabu", "police", ("rongmei10", {"name_idx": 1})]),
    _c("宜章", "宜章县", "0735", "mountain", "莽山", ["fabu", "police"]),
    _c("汝城", "汝城县", "0735", "sun", "半条被子", ["fabu"]),
    _c("资兴", "资兴市", "0735", "waves", "东江湖", ["fabu", "police", ("hotline", {"platforms": _4})],
       [dict(DS="黄草", DF="黄草镇", depts=["town_yj10"])]),
    _c("桂阳", "桂阳县", "0735", "pagoda", "龙舞之乡", ["fabu", "police",
                                                         ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    _c("永兴", "永兴县", "0735", "skyline", "中国银都", ["fabu", "police", ("women10", {"name_idx": 1})]),
    _c("祁阳", "祁阳市", "0746", "waves", "浯溪", ["fabu", "police"],
       [dict(DS="浯溪", DF="浯溪街道", depts=["town_yj10"])]),
    _c("道县", "道县", "0746", "pagoda", "濂溪故里", ["fabu"]),
    _c("江永", "江永县", "0746", "mountain", "女书之乡", ["fabu", ("culture", {"avatar": "distinctive"})],
       [dict(DS="上江圩", DF="上江圩镇", depts=["town_sb10"])]),
    _c("宁远", "宁远县", "0746", "mountain", "九嶷山", ["fabu"]),
    _c("沅陵", "沅陵县", "0745", "waves", "借母溪", ["fabu"]),
    _c("溆浦", "溆浦县", "0745", "mountain", "雪峰山", ["fabu"]),
    _c("芷江", "芷江侗族自治县", "0745", "bridge", "受降城", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("洪江", "洪江市", "0745", "pier", "古商城", ["fabu"]),
    _c("保靖", "保靖县", "0743", "mountain", "吕洞山", ["fabu", "police"]),
    _c("永顺", "永顺县", "0743", "waves", "老司城", ["fabu"],
       [dict(DS="芙蓉镇", DF="芙蓉镇", depts=["town_ng10"])]),
    _c("龙山", "龙山县", "0743", "mountain", "里耶", ["fabu"]),
    _c("隆回", "隆回县", "0739", "mountain", "魏源故里", ["fabu"]),
    _c("武冈", "武冈市", "0739", "tower", "都梁", ["fabu", ("police", {"platforms": _4}),
                                                    ("hotline", {"platforms": _3}), "market"]),
    _c("双峰", "双峰县", "0738", "mountain", "曾国藩故里", ["fabu", ("org10", {"name_idx": 0})]),
    # ---- unused counties of Shandong
    _c("泗水", "泗水县", "0537", "waves", "泗河源", ["fabu"], province="山东省"),
    _c("费县", "费县", "0539", "mountain", "费国故城", ["fabu"], province="山东省"),
    _c("平邑", "平邑县", "0539", "mountain", "金银花乡", ["fabu"], province="山东省"),
    _c("无棣", "无棣县", "0543", "pagoda", "无棣古城", ["fabu"], province="山东省"),
    # ---- places that only have unregistered units here
    _c("茶陵", "茶陵县", "0731", "pagoda", "茶祖", []),
    _c("炎陵", "炎陵县", "0731", "mountain", "炎帝陵", []),
    _c("湘乡", "湘乡市", "0731", "pagoda", "东山书院", []),
    _c("冷水江", "冷水江市", "0738", "skyline", "锑都", []),
    _c("涟源", "涟源市", "0738", "mountain", "湄江", []),
    _c("新晃", "新晃侗族自治县", "0745", "mountain", "夜郎", []),
    _c("会同", "会同县", "0745", "mountain", "粟裕故里", []),
    _c("麻阳", "麻阳苗族自治县", "0745", "waves", "长寿乡", []),
    _c("辰溪", "辰溪县", "0745", "waves", "辰河", []),
    _c("古丈", "古丈县", "0743", "mountain", "毛尖茶", []),
    _c("泸溪", "泸溪县", "0743", "waves", "辛女", []),
    _c("吉首", "吉首市", "0743", "bridge", "矮寨", []),
    _c("城步", "城步苗族自治县", "0739", "mountain", "南山牧场", []),
    _c("洞口", "洞口县", "0739", "mountain", "雪峰蜜橘", []),
    _c("蓝山", "蓝山县", "0746", "mountain", "湘江源", []),
    _c("江华", "江华瑶族自治县", "0746", "mountain", "神州瑶都", []),
    _c("东安", "东安县", "0746", "sun", "舜皇山", []),
    _c("双牌", "双牌县", "0746", "mountain", "阳明山", []),
    _c("临武", "临武县", "0735", "mountain", "通天玉", []),
    _c("嘉禾", "嘉禾县", "0735", "sun", "伴嫁歌", []),
    _c("安仁", "安仁县", "0735", "sun", "神农尝草", []),
    _c("临澧", "临澧县", "0736", "waves", "丁玲故里", []),
    _c("安乡", "安乡县", "0736", "waves", "汤家岗", []),
    _c("临邑", "临邑县", "0534", "sun", "邢侗故里", [], province="山东省"),
    _c("鄄城", "鄄城县", "0530", "sun", "孙膑故里", [], province="山东省"),
    _c("东明", "东明县", "0530", "waves", "黄河滩区", [], province="山东省"),
]

RENAME_SHARE = 0.07


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): switching to another of the
    department's usual name formats."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    opts = []
    if u["dept"] == "police" and name == S + "公安":
        opts.append("平安" + S)
    if u["dept"] == "fabu" and name == S + "发布" and u["level"] == "city":
        opts.append(S + "政府发布")
    if u["dept"] == "hotline" and name == S + "12345":
        opts.append(S + "12345政务服务")
    if u["dept"] == "rongmei10" and name == S + "融媒":
        opts.append(S + "融媒体")
    if u["dept"] == "culture" and name == S + "文旅":
        opts.append(S + "文化旅游")
    if u["dept"] == "women10" and name == S + "女性":
        opts.append(S + "妇联")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["服务台", "工作组", "值班号", "受理点", "2号", "粉丝站", "后援会", "互助群", "随手办", "官V", "咨询处",
            "办理点", "帮办", "信箱", "营业厅", "一站通办", "政事通"]
PREFIXES = ["同城", "身边", "火速", "今天", "速览", "官媒", "特急", "免费", "专属", "◆", "▶", "Ⓥ", "持证",
            "全省统一", "【重要提醒】"]
# one stroke or one component away and variant forms; no pair is used by another part (in either table or direction),
# and no look-alike is also a homophone of its source
LOOKALIKE = {
    "湖": ["渤"], "南": ["幸"], "平": ["丰"], "江": ["讧"], "湘": ["湛"], "阴": ["阱"], "汨": ["汩"], "罗": ["罘"], "华": ["芈"],
    "容": ["客"], "澧": ["灃"], "县": ["昙"], "石": ["后"], "门": ["冂"], "汉": ["汊"], "寿": ["筹"], "化": ["仳"], "沅": ["浣"],
    "宜": ["宦"], "章": ["竟"], "汝": ["汶"], "城": ["钺"], "资": ["瓷"], "兴": ["举"], "桂": ["挂"], "永": ["冰"], "祁": ["祢"],
    "道": ["遁"], "远": ["违"], "溆": ["淑"], "浦": ["哺"], "洪": ["供"], "靖": ["猜"], "垣": ["恒"], "顺": ["顷"], "隆": ["陲"],
    "回": ["因"], "双": ["汉"], "峰": ["峻"], "泗": ["泅"], "费": ["贵"], "无": ["旡"], "棣": ["埭"], "邑": ["邕"], "发": ["泼"],
    "公": ["翁"], "融": ["隔"], "媒": ["谋"], "监": ["盔"], "管": ["筐"], "性": ["牲"], "妇": ["扫"], "联": ["朕"], "组": ["纽"],
    "工": ["王"], "民": ["艮"], "医": ["匠"], "健": ["律"], "服": ["肢"], "消": ["梢"], "镇": ["填"], "东": ["柬"], "坪": ["抨"],
    "草": ["莫"], "芙": ["芜"], "圩": ["圬"],
}
# identical toneless pinyin (pypinyin); no pair is used by another part in either table or direction
SAME_SOUND = {
    "湖": ["弧"], "江": ["讲"], "湘": ["向"], "阴": ["饮"], "汨": ["密"], "罗": ["逻"], "临": ["磷"], "华": ["话"], "容": ["茸"],
    "澧": ["栗"], "县": ["献"], "桃": ["萄"], "源": ["袁"], "石": ["十"], "门": ["闷"], "汉": ["翰"], "寿": ["受"], "安": ["胺"],
    "化": ["画"], "沅": ["苑"], "宜": ["医"], "章": ["彰"], "汝": ["茹"], "城": ["称"], "资": ["子"], "兴": ["惺"], "桂": ["鬼"],
    "阳": ["样"], "永": ["拥"], "祁": ["旗"], "道": ["蹈"], "远": ["愿"], "陵": ["令"], "溆": ["序"], "浦": ["扑"], "芷": ["旨"],
    "洪": ["轰"], "保": ["胞"], "靖": ["竟"], "花": ["猾"], "垣": ["辕"], "顺": ["吮"], "龙": ["聋"], "山": ["陕"], "隆": ["垄"],
    "回": ["会"], "武": ["午"], "冈": ["钢"], "双": ["爽"], "峰": ["锋"], "泗": ["私"], "水": ["谁"], "费": ["啡"], "无": ["吾"],
    "棣": ["涤"], "邑": ["沂"], "布": ["哺"], "公": ["巩"], "融": ["容"], "媒": ["每"], "政": ["怔"], "务": ["伍"], "文": ["稳"],
    "旅": ["率"], "市": ["示"], "场": ["偿"], "监": ["柬"], "管": ["灌"], "性": ["姓"], "妇": ["咐"], "联": ["链"], "组": ["族"],
    "工": ["弓"], "民": ["悯"], "医": ["易"], "健": ["坚"], "康": ["炕"], "线": ["先"], "农": ["弄"], "服": ["符"], "应": ["鹰"],
    "急": ["记"], "镇": ["震"], "东": ["恫"], "坪": ["凭"], "草": ["槽"], "芙": ["福"], "蓉": ["容"], "圩": ["危"], "溪": ["喜"],
    "黄": ["荒"],
}
TRAD_MODES = ["tw", "antepenult", "from_third"]
# every Unicode space separator, blank-looking letter and whitespace control is used by some other part: this part
# reuses the three most common ones (listed in README.intro.md)
SPACES = [" ", "\u3000", "\u00a0"]
DOUBLE_SPACE_P = 0.22
ZERO_WIDTH = ["\ufe07", "\ufe0d", "\U000e0104", "\U000e0111", "\U000e01a0", "\U000e0068", "\U000e0073",
              "\U00013431", "\U00013436", "\U0001d174", "\U0001d178", "\ufffa"]
EMOJI = ["🌶", "🍊", "🪷", "🌾", "🚄", "🏔", "📜", "🔶", "🟥", "🏵", "🧨", "🐉"]
BRACKETS = [("｟", "｠"), ("\u2329", "\u232a"), ("⦏", "⦐"), ("︗", "︘"), ("︿", "﹀"), ("“", "”"), ("‘", "’")]
FULLWIDTH_MODES = ["yao_reading", "circled_ideograph", "paren_ideograph", "arabic_indic", "caron", "breve"]
LEVEL_FORMS = ["swap_suffix", "swap_suffix_unit", "zone"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}平安提示", "{nick}警务直通", "{S}报警指南"],
    "fabu": ["{S}政讯", "{nick}消息站", "{S}时事通"],
    "hotline": ["{S}群众诉求台", "{nick}心连心"],
    "market": ["{S}质量投诉", "{nick}明白消费"],
    "tax": ["{S}个税通", "{nick}纳税助手"],
    "culture": ["{nick}游玩攻略", "{S}文化地图", "{nick}山水画卷"],
    "health": ["{S}健康咨询", "{nick}医生在线"],
    "gov": ["{S}政务公开栏", "{nick}项目推介"],
    "rongmei10": ["{S}身边新闻", "{nick}看点"],
    "women10": ["{S}巾帼", "{nick}妇女儿童之家"],
    "org10": ["{S}党员之家", "{nick}组织生活"],
    "civil": ["{S}养老服务", "{nick}婚姻登记"],
    "medins": ["{S}医保报销", "{nick}参保服务"],
    "town_ng10": ["{S}种粮补贴"],
    "town_yj10": ["{S}防汛值守"],
    "town_sb10": ["{S}养老认证"],
    "generic": ["{S}生活帮", "{nick}热心肠", "{S}办件查询"],
}


# ---- digit forms (the registered digit names are 12345, 12366 and 12315)
def _digit_map(f):
    return lambda s: "".join(f(c) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    # digits read out as on a radio or phone line (1 = 幺, 2 = 两, 7 = 拐, 9 = 勾, 0 = 洞)
    "yao_reading": _digit_map(lambda c: "洞幺两三四五六拐八勾"[ord(c) - 48]),
    "circled_ideograph": _digit_map(lambda c: "〇㊀㊁㊂㊃㊄㊅㊆㊇㊈"[ord(c) - 48]),
    "paren_ideograph": _digit_map(lambda c: "〇㈠㈡㈢㈣㈤㈥㈦㈧㈨"[ord(c) - 48]),
    "arabic_indic": _digit_map(lambda c: chr(0x0660 + ord(c) - 48)),
    "caron": _digit_map(lambda c: c + "\u030c"),
    "breve": _digit_map(lambda c: c + "\u0306"),
}


# ---- level forms
def _swap_F(F):
    if F.endswith("自治县"):
        return None
    if F.endswith("县") and len(F) > 2:
        return F[:-1] + "市"
    if F.endswith("市"):
        return F[:-1] + "县"
    return None


def _lf_swap_suffix(u, acc):
    """The county written as a county-level city or the other way round (平江县 -> 平江市), a town as a township
    (镇 -> 乡) or a subdistrict as a town, inside the account's short name."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "city":
        F2 = _swap_F(pl["F"])
        if not F2 or not name.startswith(pl["S"]) or name.startswith(pl["F"]):
            return []
        return [F2 + name[len(pl["S"]):]]
    if u["level"] == "district":
        DS, DF = pl["DS"], pl["DF"]
        if DS == DF or not name.startswith(DS):
            return []
        tail = "乡" if DF.endswith("镇") else "镇"
        return [DS + tail + name[len(DS):]]
    return []


def _lf_swap_suffix_unit(u, acc):
    """The unit's full name with the county written as a county-level city or the other way round."""
    pl = u["place"]
    if u["level"] != "city":
        return []
    F2 = _swap_F(pl["F"])
    if not F2 or not u["unit"].startswith(pl["F"]):
        return []
    return [F2 + u["unit"][len(pl["F"]):]]


def _lf_zone(u, acc):
    """A special area of another level: a county's high-tech zone, or the province's directly-administered
    bodies (省直)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "city" and name.startswith(pl["S"]) and not name[len(pl["S"]):].isdigit():
        return [pl["S"] + "高新区" + name[len(pl["S"]):]]
    if u["level"] == "province" and name.startswith(pl["S"]) and not name.startswith(pl["F"]):
        return [pl["F"] + "直" + name[len(pl["S"]):]]
    return []


LEVEL_FORM_FUNCS = {"swap_suffix": _lf_swap_suffix, "swap_suffix_unit": _lf_swap_suffix_unit, "zone": _lf_zone}


# ---- traditional-form modes
_S2TW = opencc.OpenCC("s2tw")


def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _t_tw(s, u, r):
    """The whole name through the Taiwan-standard converter (character by character, so lengths stay equal)."""
    out = "".join(_S2TW.convert(c) for c in s)
    return out if out != s else None


def _t_antepenult(s, u, r):
    """The third-from-last convertible character."""
    idx = _conv_idx(s)
    return _conv(s, idx[-3:-2]) if len(idx) >= 3 else None


def _t_from_third(s, u, r):
    """Every convertible character from the third one on (only when there are at least three)."""
    idx = _conv_idx(s)
    return _conv(s, idx[2:]) if len(idx) >= 3 else None


TRAD_FUNCS = {"tw": _t_tw, "antepenult": _t_antepenult, "from_third": _t_from_third}


# ---- image edits
def _split_tone(img, rng):
    """Shadows pushed to teal, highlights to orange (a common photo-app preset)."""
    a = np.array(img, float) / 255.0
    lum = a.mean(-1, keepdims=True)
    k = rng.uniform(0.16, 0.24)
    sh = np.array([-0.6, 0.2, 0.6]) * k * (1 - lum)
    hi = np.array([0.6, 0.15, -0.6]) * k * lum
    return Image.fromarray(np.clip((a + sh + hi) * 255, 0, 255).astype(np.uint8)), f"split tone {k:.2f}"


def _green_cast(img, rng):
    k = rng.uniform(1.12, 1.2)
    a = np.array(img, float) * np.array([0.93, k, 0.9])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"green cast x{k:.2f}"


def _clarendon(img, rng):
    c = rng.uniform(1.22, 1.32)
    img = ImageEnhance.Contrast(img).enhance(c)
    a = np.array(img, float) * np.array([0.95, 1.0, 1.08])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"clarendon contrast x{c:.2f}"


def _hue_tiny(img, rng):
    hsv = np.array(img.convert("HSV"), dtype=np.int16)
    shift = rng.randint(*EDIT_PARAMS["hue_shift"])
    hsv[..., 0] = (hsv[..., 0] + shift) % 256
    return Image.fromarray(hsv.astype(np.uint8), "HSV").convert("RGB"), f"hue +{shift}/256"


def _vbadge(img, rng, P):
    """A thin margin and a fake verification badge (a coloured disc with a V) at the lower right."""
    w = img.size[0]
    pad = max(3, int(w * rng.uniform(*P["border_frac"])))
    out = ImageOps.expand(img, border=pad, fill=(255, 255, 255))
    W = out.size[0]
    d = ImageDraw.Draw(out)
    col = rng.choice(P["border_colours"])
    r = int(W * 0.14)
    cx, cy = W - r - 2, W - r - 2
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col, outline=(255, 255, 255), width=3)
    d.line([(cx - r * 0.45, cy - r * 0.3), (cx, cy + r * 0.45), (cx + r * 0.45, cy - r * 0.3)],
           fill=(255, 255, 255), width=max(3, r // 4))
    return out, "border verification badge"


def _scallop(img, rng, P):
    """A scalloped (wavy) edge cut out of a coloured mount."""
    w = img.size[0]
    pad = max(3, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), col)
    mask = Image.new("L", (w, w), 0)
    md = ImageDraw.Draw(mask)
    n = 12
    rr = w / 2 - pad * 0.6
    md.ellipse([w / 2 - rr, w / 2 - rr, w / 2 + rr, w / 2 + rr], fill=255)
    for k in range(n):
        a = 2 * np.pi * k / n
        x, y = w / 2 + rr * np.cos(a), w / 2 + rr * np.sin(a)
        q = pad * 0.9
        md.ellipse([x - q, y - q, x + q, y + q], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border scallop"


def _torn(img, rng, P):
    """A torn-paper white edge of irregular width."""
    w = img.size[0]
    pad = max(3, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), (252, 252, 250))
    out.paste(img, (pad, pad))
    d = ImageDraw.Draw(out)
    seg = max(3, W // 24)
    for side in range(4):
        pts = []
        for k in range(0, W + seg, seg):
            depth = pad + rng.uniform(0.1, 0.55) * pad
            if side == 0:
                pts.append((k, depth))
            elif side == 1:
                pts.append((W - depth, k))
            elif side == 2:
                pts.append((k, W - depth))
            else:
                pts.append((depth, k))
        if side == 0:
            poly = [(0, 0)] + pts + [(W, 0)]
        elif side == 1:
            poly = [(W, 0)] + pts + [(W, W)]
        elif side == 2:
            poly = [(0, W)] + pts + [(W, W)]
        else:
            poly = [(0, 0)] + pts + [(0, W)]
        d.polygon(poly, fill=(252, 252, 250))
    return out, "border torn paper"


def _shot_crop_tool(img, rng, P, out_px):
    """The avatar-crop screen: the picture nearly full, darkened outside a circle, with grid lines."""
    S = 3 * out_px
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas = Image.new("RGB", (S, S), (0, 0, 0))
    canvas.paste(img.resize((a, a), Image.BILINEAR), ((S - a) // 2, (S - a) // 2))
    shade = Image.new("RGBA", (S, S), (0, 0, 0, 120))
    ImageDraw.Draw(shade).ellipse([(S - a) // 2, (S - a) // 2, (S + a) // 2, (S + a) // 2], fill=(0, 0, 0, 0))
    canvas = Image.alpha_composite(canvas.convert("RGBA"), shade).convert("RGB")
    d = ImageDraw.Draw(canvas)
    for k in (1, 2):
        x = (S - a) // 2 + a * k // 3
        d.line([x, (S - a) // 2, x, (S + a) // 2], fill=(200, 200, 200), width=1)
        d.line([(S - a) // 2, x, (S + a) // 2, x], fill=(200, 200, 200), width=1)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot crop tool scale {a / S:.3f}"


def _shot_blur_backdrop(img, rng, P, out_px):
    """A profile header: the same picture blurred as the backdrop, the sharp avatar over it."""
    S = 3 * out_px
    back = img.resize((S, S), Image.BILINEAR).filter(ImageFilter.GaussianBlur(S / 25))
    back = ImageEnhance.Brightness(back).enhance(0.7)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    back.paste(img.resize((a, a), Image.BILINEAR), ((S - a) // 2, (S - a) // 2))
    d = ImageDraw.Draw(back)
    d.rectangle([0, 0, S, int(0.04 * S)], fill=(10, 10, 10))
    back = back.filter(ImageFilter.GaussianBlur(0.45))
    return back.resize((out_px, out_px), Image.BILINEAR), f"screenshot blurred backdrop scale {a / S:.3f}"


def _shot_pip(img, rng, P, out_px):
    """A video call / picture-in-picture frame: the avatar large with a small inset window and a control bar."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (18, 18, 20))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), ((S - a) // 2, (S - a) // 2))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.06 * S), int(0.06 * S), int(0.24 * S), int(0.3 * S)], radius=8, fill=(70, 80, 90),
                        outline=(255, 255, 255), width=2)
    for k, col in enumerate([(230, 50, 50), (240, 240, 240), (240, 240, 240)]):
        x = int((0.35 + 0.15 * k) * S)
        d.ellipse([x - int(0.035 * S), int(0.88 * S), x + int(0.035 * S), int(0.95 * S)], fill=col)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.45))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot picture-in-picture scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"split_tone": _split_tone, "green_cast": _green_cast, "clarendon": _clarendon,
                                   "hue_tiny": _hue_tiny},
                   border_funcs={"vbadge": _vbadge, "scallop": _scallop, "torn": _torn},
                   screenshot_funcs={"crop_tool": _shot_crop_tool, "blur_backdrop": _shot_blur_backdrop,
                                     "pip": _shot_pip},
                   resize_px=[106, 119, 133, 147, 161, 175, 189], jpeg_q=(4, 5), crop_frac=(0.2405, 0.2445),
                   border_styles=["vbadge", "scallop", "torn"],
                   border_colours=[(255, 99, 71), (30, 144, 255), (255, 193, 7), (0, 150, 136), (156, 39, 176),
                                   (96, 125, 139)],
                   border_frac=(0.2415, 0.2485),
                   recolour_modes=["split_tone", "green_cast", "clarendon", "hue_tiny"],
                   hue_shift=(5, 11), rotate_deg=(33.0, 43.0),
                   watermark_texts=["补贴到账", "同步更新", "点我私信", "代办证件", "办事入口"],
                   watermark_alpha=(1, 4),
                   screenshot_styles=["crop_tool", "blur_backdrop", "pip"], screenshot_scale=(0.9005, 0.9095))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.1
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "scenery", "logo"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}湘通政企服务有限公司"), ("personal", "县域新闻搬运号"),
                     ("other", "{S}老年协会")]
IMPOSTOR_DESCS = ["{S}{fn}补贴申领入口，填写银行卡号即可到账，咨询{wx}",
                  "【{S}{fn}】个人信息核验未通过，请联系QQ{qq}重新认证",
                  "{name}便民代理：异地驾照、社保转移、档案调取，加V：{wx}",
                  "{S}{fn}招聘编外人员，先交培训费后上岗，私信{wx}",
                  "{S}{fn}官方抽奖活动，转发并关注即可参与，中奖联系QQ{qq}"]
MAX_PER_TARGET = 6

# Every pair of two tactics that the builder can write is already used by another part, so this part has no
# two-tactic combination; its 26 three-tactic combinations are new (none occurs in dev/ ... dev9/).
IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 30), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 36),
    (["fullwidth", "new_platform", "reorder"], 4), (["emoji_brackets", "fullwidth", "lookalike_char"], 4),
    (["fullwidth", "same_sound", "traditional"], 4), (["fullwidth", "new_platform", "suffix"], 4),
    (["emoji_brackets", "level_prefix", "spacing"], 4), (["new_platform", "prefix", "spacing"], 4),
    (["spacing", "suffix", "traditional"], 4), (["lookalike_char", "reorder", "traditional"], 4),
    (["emoji_brackets", "level_prefix", "same_sound"], 4), (["lookalike_char", "same_sound", "spacing"], 4),
    (["lookalike_char", "new_platform", "suffix"], 4), (["prefix", "reorder", "traditional"], 4),
    (["level_prefix", "prefix", "same_sound"], 4), (["emoji_brackets", "traditional", "zero_width"], 4),
    (["prefix", "spacing", "suffix"], 4), (["prefix", "same_sound", "zero_width"], 4),
    (["lookalike_char", "new_platform", "zero_width"], 4), (["reorder", "spacing", "suffix"], 4),
    (["lookalike_char", "new_platform", "same_sound"], 4), (["new_platform", "reorder", "traditional"], 4),
    (["emoji_brackets", "same_sound", "spacing"], 4), (["level_prefix", "lookalike_char", "suffix"], 4),
    (["emoji_brackets", "prefix", "reorder"], 4), (["emoji_brackets", "level_prefix", "zero_width"], 4),
    (["reorder", "suffix", "zero_width"], 4), (["level_prefix", "prefix", "zero_width"], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
OTHER_PLACES_CHAR = [
    dict(reg="湖南", S="湖北", F="湖北省", province="湖北省", level="province"),
    dict(reg="平江", S="平泉", F="平泉市", province="河北省", level=_C),
    dict(reg="临湘", S="临泽", F="临泽县", province="甘肃省", level=_C),
    dict(reg="华容", S="华宁", F="华宁县", province="云南省", level=_C),
    dict(reg="澧县", S="滑县", F="滑县", province="河南省", level=_C),
    dict(reg="桃源", S="婺源", F="婺源县", province="江西省", level=_C),
    dict(reg="石门", S="石泉", F="石泉县", province="陕西省", level=_C),
    dict(reg="汉寿", S="汉源", F="汉源县", province="四川省", level=_C),
    dict(reg="安化", S="安远", F="安远县", province="江西省", level=_C),
    dict(reg="宜章", S="宜君", F="宜君县", province="陕西省", level=_C),
    dict(reg="汝城", S="汝阳", F="汝阳县", province="河南省", level=_C),
    dict(reg="资兴", S="资中", F="资中县", province="四川省", level=_C),
    dict(reg="桂阳", S="桂平", F="桂平市", province="广西壮族自治区", level=_C),
    dict(reg="永兴", S="永修", F="永修县", province="江西省", level=_C),
    dict(reg="祁阳", S="祁县", F="祁县", province="山西省", level=_C),
    dict(reg="道县", S="道真", F="道真仡佬族苗族自治县", province="贵州省", level=_C),
    dict(reg="江永", S="江油", F="江油市", province="四川省", level=_C),
    dict(reg="宁远", S="宁陕", F="宁陕县", province="陕西省", level=_C),
    dict(reg="保靖", S="保康", F="保康县", province="湖北省", level=_C),
    dict(reg="永顺", S="永寿", F="永寿县", province="陕西省", level=_C),
    dict(reg="龙山", S="龙南", F="龙南市", province="江西省", level=_C),
    dict(reg="隆回", S="隆化", F="隆化县", province="河北省", level=_C),
    dict(reg="武冈", S="武安", F="武安市", province="河北省", level=_C),
    dict(reg="双峰", S="双辽", F="双辽市", province="吉林省", level=_C),
    dict(reg="洪江", S="洪洞", F="洪洞县", province="山西省", level=_C),
    dict(reg="无棣", S="无极", F="无极县", province="河北省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="湖南", S="河南", F="河南省", province="河南省", level="province"),
    dict(reg="澧县", S="礼县", F="礼县", province="甘肃省", level=_C),
    dict(reg="澧县", S="蠡县", F="蠡县", province="河北省", level=_C),
    dict(reg="沅江", S="元江", F="元江哈尼族彝族傣族自治县", province="云南省", level=_C),
    dict(reg="武冈", S="舞钢", F="舞钢市", province="河南省", level=_C),
    dict(reg="永兴", S="永新", F="永新县", province="江西省", level=_C),
    dict(reg="芷江", S="枝江", F="枝江市", province="湖北省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("甘南", "甘南藏族自治州", "甘肃省", "police"), ("黄南", "黄南藏族自治州", "青海省", "fabu"),
    ("屯昌", "屯昌县", "海南省", "police"), ("保亭", "保亭黎族苗族自治县", "海南省", "fabu"),
    ("渝北", "重庆市渝北区", "重庆市", "police"), ("巴南", "重庆市巴南区", "重庆市", "fabu"),
    ("南川", "重庆市南川区", "重庆市", "police"), ("开州", "重庆市开州区", "重庆市", "court"),
    ("奉节", "奉节县", "重庆市", "fabu"), ("秀山", "秀山土家族苗族自治县", "重庆市", "police"),
    ("酉阳", "酉阳土家族苗族自治县", "重庆市", "procur"), ("平谷", "北京市平谷区", "北京市", "police"),
    ("顺义", "北京市顺义区", "北京市", "fabu"), ("房山", "北京市房山区", "北京市", "court"),
    ("蓟州", "天津市蓟州区", "天津市", "police"), ("武清", "天津市武清区", "天津市", "fabu"),
    ("青浦", "上海市青浦区", "上海市", "police"), ("崇明", "上海市崇明区", "上海市", "fabu"),
    ("珲春", "珲春市", "吉林省", "police"), ("敦化", "敦化市", "吉林省", "fabu"),
    ("集安", "集安市", "吉林省", "procur"), ("满洲里", "满洲里市", "内蒙古自治区", "police"),
    ("二连浩特", "二连浩特市", "内蒙古自治区", "fabu"), ("抚远", "抚远市", "黑龙江省", "police"),
    ("绥芬河", "绥芬河市", "黑龙江省", "fabu"), ("漠河", "漠河市", "黑龙江省", "police"),
    ("阿尔山", "阿尔山市", "内蒙古自治区", "court"), ("香格里拉", "香格里拉市", "云南省", "police"),
    ("瑞丽", "瑞丽市", "云南省", "fabu"), ("腾冲", "腾冲市", "云南省", "police"),
    ("凯里", "凯里市", "贵州省", "procur"), ("都匀", "都匀市", "贵州省", "police"),
    ("延吉", "延吉市", "吉林省", "police"), ("图们", "图们市", "吉林省", "fabu"),
    ("库尔勒", "库尔勒市", "新疆维吾尔自治区", "police"), ("伊宁", "伊宁市", "新疆维吾尔自治区", "procur"),
    ("德令哈", "德令哈市", "青海省", "police"), ("敦煌", "敦煌市", "甘肃省", "fabu"),
    ("景洪", "景洪市", "云南省", "police"), ("芒市", "芒市", "云南省", "court"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="湖南日报", platform="weibo", vtype="media", reason="湖南日报社官方微博", desc="湖南新闻。",
         logo_text="湘报"),
    dict(name="潇湘晨报", platform="wechat", vtype="media", reason="湖南日报报业集团潇湘晨报", desc="湖南都市新闻。",
         logo_text="潇湘"),
    dict(name="新湖南", platform="toutiao", vtype="media", reason="湖南日报社新湖南客户端官方账号",
         desc="湖南新闻客户端。", logo_text="新湘"),
    dict(name="红网", platform="douyin", vtype="media", reason="红网官方账号", desc="湖南新闻网站。", logo_text="红网"),
    dict(name="湖南卫视", platform="bilibili", vtype="media", reason="湖南卫视官方账号", desc="湖南卫视节目。",
         logo_text="芒果"),
    dict(name="三湘都市报", platform="weibo", vtype="media", reason="湖南日报报业集团三湘都市报官方微博",
         desc="湖南都市新闻。", logo_text="三湘"),
    dict(name="湖南经视", platform="douyin", vtype="media", reason="湖南广播电视台经视频道官方账号",
         desc="民生新闻。", logo_text="经视"),
    dict(name="岳阳日报", platform="wechat", vtype="media", reason="岳阳日报社", desc="岳阳新闻。"),
    dict(name="常德日报", platform="toutiao", vtype="media", reason="常德日报社官方账号", desc="常德新闻。"),
    dict(name="郴州日报", platform="weibo", vtype="media", reason="郴州日报社官方微博", desc="郴州新闻。"),
    dict(name="永州日报", platform="wechat", vtype="media", reason="永州日报社", desc="永州新闻。"),
    dict(name="怀化日报", platform="douyin", vtype="media", reason="怀化日报社官方账号", desc="怀化新闻。"),
    dict(name="团结报", platform="weibo", vtype="media", reason="湘西州团结报社官方微博", desc="湘西新闻。",
         logo_text="团结"),
    dict(name="邵阳日报", platform="toutiao", vtype="media", reason="邵阳日报社官方账号", desc="邵阳新闻。"),
    dict(name="娄底日报", platform="kuaishou", vtype="media", reason="娄底日报社官方账号", desc="娄底新闻。"),
    dict(name="益阳日报", platform="wechat", vtype="media", reason="益阳日报社", desc="益阳新闻。"),
    dict(name="安化电视台", platform="kuaishou", vtype="media", reason="安化县广播电视台官方账号", desc="安化新闻。"),
    dict(name="石门新闻", platform="wechat", vtype="media", reason="石门县广播电视台", desc="石门新闻。"),
    dict(name="资兴新闻网", platform="toutiao", vtype="media", reason="资兴市广播电视台官方账号", desc="资兴新闻。"),
    dict(name="泗水电视台", platform="douyin", vtype="media", reason="泗水县广播电视台官方账号", desc="泗水新闻。"),
    dict(name="宁远广电", platform="kuaishou", vtype="media", reason="宁远县广播电视台官方账号", desc="宁远新闻。"),
    dict(name="湖南发布会直播间", platform="douyin", vtype="media", reason="湖南广播电视台新闻频道官方账号",
         desc="新闻频道的发布会直播栏目，并非省政府新闻办账号。", logo_text="直播"),
    dict(name="平江公安故事会", platform="kuaishou", vtype="media", reason="岳阳广播电视台官方账号",
         desc="电视台与县公安局合拍的警务纪实栏目。", logo_text="纪实"),
    dict(name="健康湖南访谈", platform="weibo", vtype="media", reason="湖南卫视健康栏目官方微博",
         desc="卫视健康访谈栏目，并非省卫生健康委账号。", logo_text="访谈"),
    dict(name="澧县12345回音壁", platform="wechat", vtype="media", reason="常德广播电视台",
         desc="电视台民生栏目，回访热线诉求办理情况。", logo_text="回音"),
    dict(name="湖南税务讲堂", platform="toutiao", vtype="media", reason="湖南广播电视台经视频道官方账号",
         desc="经视财经栏目，并非税务局账号。", logo_text="讲堂"),
]
PERSONAL = [
    dict(name="永兴辅警小谢", platform="douyin", vtype="personal", reason="永兴县公安局辅警", desc="分享防骗小知识。"),
    dict(name="祁阳儿科蒋医生", platform="kuaishou", vtype="personal", reason="祁阳某医院儿科医生"),
    dict(name="律师老彭讲法", platform="toutiao", vtype="personal", reason="湖南某律师事务所律师"),
    dict(name="财税小曾", platform="weibo", vtype="personal", reason="财税从业者", desc="个人观点。"),
    dict(name="平江辣条哥", platform="douyin"),
    dict(name="安化黑茶妹", platform="kuaishou", avatar="cartoon"),
    dict(name="汨罗龙舟队长", platform="douyin"),
    dict(name="桃源渔翁", platform="kuaishou", avatar="default"),
    dict(name="宜章莽山徒步", platform="weibo", avatar="scenery"),
    dict(name="资兴东江湖摄影", platform="weibo", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="我爱沅陵", platform="douyin", avatar="scenery"),
    dict(name="溆浦枕头粽", platform="kuaishou"),
    dict(name="洪江古商城导游阿梅", platform="douyin"),
    dict(name="保靖黄金茶农", platform="kuaishou", avatar="default"),
    dict(name="永顺土家阿哥", platform="douyin", avatar="cartoon"),
    dict(name="龙山里耶秦简迷", platform="weibo"),
    dict(name="隆回花瑶姑娘", platform="douyin", avatar="cartoon"),
    dict(name="武冈卤味老王", platform="kuaishou", avatar="default"),
    dict(name="双峰小曾", platform="kuaishou", avatar="cartoon"),
    dict(name="华容芥菜大姐", platform="douyin"),
    dict(name="湘阴樟树港辣椒", platform="kuaishou"),
    dict(name="江永女书传人", platform="weibo", vtype="personal", reason="女书传承人"),
    dict(name="费县蒙山驴友", platform="weibo", avatar="scenery"),
    dict(name="湖南发布的老粉丝", platform="weibo", vtype="personal", reason="退休教师",
         desc="转发湖南发布的消息，个人账号，非官方。"),
    dict(name="老谢说桂阳税务", platform="toutiao", vtype="personal", reason="财税博主", desc="个人解读，非官方。"),
    dict(name="汨罗12345求助记", platform="wechat", desc="个人记录向热线求助的经过，与政府部门无关。"),
]
COMMERCIAL = [
    dict(name="中国人保汨罗", platform="douyin", vtype="enterprise", reason="中国人民财产保险汨罗支公司",
         desc="车险、家财险咨询。", logo_text="人保"),
    dict(name="安化黑茶集团", platform="douyin", vtype="enterprise", reason="安化某黑茶集团有限公司"),
    dict(name="平江酱干厂", platform="kuaishou", avatar="default"),
    dict(name="桃源红茶", platform="douyin"),
    dict(name="沅江芦笋", platform="kuaishou", avatar="default"),
    dict(name="宜章脐橙合作社", platform="douyin"),
    dict(name="汝城温泉酒店", platform="toutiao", vtype="enterprise", reason="汝城某温泉旅游有限公司"),
    dict(name="资兴东江鱼", platform="kuaishou"),
    dict(name="永兴冰糖橙", platform="douyin"),
    dict(name="祁阳石刻工艺", platform="kuaishou"),
    dict(name="江永香柚", platform="douyin"),
    dict(name="宁远腊味", platform="kuaishou", avatar="default"),
    dict(name="溆浦鹅庄", platform="douyin"),
    dict(name="洪江古城民宿", platform="wechat"),
    dict(name="保靖黄金茶业", platform="douyin", vtype="enterprise", reason="保靖某茶业有限公司"),
    dict(name="永顺莓茶", platform="kuaishou"),
    dict(name="龙山百合", platform="douyin"),
    dict(name="隆回金银花", platform="kuaishou", vtype="enterprise", reason="隆回某中药材有限公司"),
    dict(name="武冈卤菜", platform="douyin", avatar="default"),
    dict(name="双峰农机", platform="kuaishou", vtype="enterprise", reason="双峰某农业机械有限公司"),
    dict(name="华容芥菜", platform="douyin"),
    dict(name="泗水地瓜", platform="kuaishou"),
    dict(name="无棣贝瓷", platform="douyin", vtype="enterprise", reason="无棣某陶瓷有限公司"),
    dict(name="费县板材", platform="kuaishou", vtype="enterprise", reason="费县某木业有限公司"),
    dict(name="资兴12345家电维修", platform="toutiao", vtype="enterprise", reason="资兴某家电维修服务部",
         desc="私营维修店，与政府热线无关。"),
    dict(name="湖南发布会议会展公司", platform="wechat", vtype="enterprise", reason="湖南某会议会展有限公司",
         desc="会议策划、会展布置，企业账号。"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("平江", "三市", "三市镇", ["town_yj10"]), ("汨罗", "屈子祠", "屈子祠镇", ["town_ng10"]),
    ("石门", "壶瓶山", "壶瓶山镇", ["town_sb10"]), ("宜章", "莽山", "莽山瑶族乡", ["town_yj10"]),
    ("保靖", "迁陵", "迁陵镇", ["town_ng10"]), ("龙山", "里耶", "里耶镇", ["town_sb10"]),
    ("隆回", "桃洪", "桃洪镇", ["town_yj10"]), ("洪江", "黔城", "黔城镇", ["town_ng10"]),
    ("安化", "东坪", "东坪镇", ["town_yj10"]), ("资兴", "黄草", "黄草镇", ["town_ng10"]),
]
UNREG_CITY = [
    ("湖南", "edu", 0), ("湖南", "fire", 0), ("湖南", "emergency", 0), ("平江", "hotline", 0),
    ("湘阴", "culture", 0), ("汨罗", "culture", 0), ("华容", "hotline", 0), ("石门", "culture", 0),
    ("安化", "police", 0), ("宜章", "culture", 0), ("资兴", "culture", 0), ("宁远", "culture", 0),
    ("洪江", "culture", 0), ("保靖", "culture", 0), ("龙山", "culture", 0), ("双峰", "police", 0),
    ("茶陵", "fabu", 0), ("炎陵", "fabu", 0), ("湘乡", "fabu", 0), ("冷水江", "fabu", 0), ("涟源", "police", 0),
    ("新晃", "fabu", 0), ("会同", "fabu", 0), ("麻阳", "police", 0), ("辰溪", "fabu", 0), ("古丈", "fabu", 0),
    ("泸溪", "fabu", 0), ("吉首", "police", 0), ("城步", "fabu", 0), ("洞口", "fabu", 0), ("蓝山", "fabu", 0),
    ("江华", "fabu", 0), ("东安", "fabu", 0), ("双牌", "fabu", 0), ("临武", "fabu", 0), ("嘉禾", "police", 0),
    ("安仁", "fabu", 0), ("临澧", "fabu", 0), ("临邑", "fabu", 0), ("鄄城", "police", 0), ("东明", "fabu", 0),
    ("广东", "water", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """Counties and their towns: region names the prefecture; towns answer to the county government."""
    fix = {}
    for u in B.units:
        pl = u["place"]
        par = PARENT.get(pl["S"])
        if not par:
            continue
        if u["level"] == "city":
            fix[u["unit"]] = (pl["province"] + par[1] + pl["F"], u["competent"])
        elif u["level"] == "district":
            fix[u["unit"]] = (pl["province"] + par[1] + pl["F"] + pl["DF"], pl["F"] + "人民政府办公室")
    path = os.path.join(HERE, "registry.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        fields, rows = rd.fieldnames, list(rd)
    for row in rows:
        if row["unit"] in fix:
            row["region"], row["competent_unit"] = fix[row["unit"]]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def main():
    print("building dev11 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro = open(os.path.join(HERE, "README.intro.md"), encoding="utf-8").read()
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
