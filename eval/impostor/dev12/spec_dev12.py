"""Twelfth dev part (dev12): built blind as the eighth held-out part (2026-12-02), demoted to tuning data in the
tenth session.
Run: python eval/impostor/dev12/spec_dev12.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev11/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, counties and
county-level cities across the province and a few towns), plus two unused Shandong counties and one unused
provincial body each of Shandong and Guangdong, so the registry is the supervising office's registry for three
provinces.  Part-specific machinery (new unit and town kinds, level forms, traditional-form modes, digit forms,
colour filters, frames, screenshot layouts, the registry's region fix) lives in this file, not in gen_common.py.
"""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

PART = "dev12"
SEED = 58291
CRAWL_DAY = "2025-04-08"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "disabled12": ("{F}残疾人联合会", "{F}残疾人联合会", ["{S}残联", "{S}助残"], "hands", None,
                   "发布残疾人康复、就业帮扶、两项补贴和无障碍服务信息"),
    "airdef12": ("{F}人民防空办公室", "{F}人民防空办公室", ["{S}人防", "{S}人防办"], "warning", None,
                 "发布人民防空建设、防空警报试鸣和防护常识"),
    "zwfw12": ("{F}政务服务管理局", "{F}政务服务管理局", ["{S}政务服务", "{S}政务服务中心"], "gate", None,
               "发布政务服务事项、办事指南和窗口服务信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_bm12": ("{F}{DF}便民服务中心", ["{DS}便民服务", "{DS}便民服务中心"], "phone", None,
                  "办理社保、医保、户籍和农村事务等便民服务事项"),
    "town_ls12": ("{F}{DF}林业工作站", ["{DS}林业站", "{DS}护林"], "leaf", None,
                  "发布森林防火、林长制和野生动物保护信息"),
    "town_tj12": ("{F}{DF}退役军人服务站", ["{DS}退役军人服务站", "{DS}退役军人服务"], "star", None,
                  "办理退役军人优抚、帮扶援助和拥军优属事项"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"disabled12": "残联", "airdef12": "人防", "zwfw12": "政务服务", "town_bm12": "便民服务",
               "town_ls12": "林业站", "town_tj12": "退役军人服务"}.items():
    G.FN.setdefault(_k, _v)

# counties and county-level cities are built as "city" places; their prefecture is kept here
_CD, _DY, _MY, _GY, _SN = ("成都", "成都市"), ("德阳", "德阳市"), ("绵阳", "绵阳市"), ("广元", "广元市"), ("遂宁", "遂宁市")
_NJ, _LS, _MS, _YB, _LZ = ("内江", "内江市"), ("乐山", "乐山市"), ("眉山", "眉山市"), ("宜宾", "宜宾市"), ("泸州", "泸州市")
_ZG, _NC, _GA, _DZ, _BZ = ("自贡", "自贡市"), ("南充", "南充市"), ("广安", "广安市"), ("达州", "达州市"), ("巴中", "巴中市")
_YA, _PZH, _LSZ = ("雅安", "雅安市"), ("攀枝花", "攀枝花市"), ("凉山", "凉山彝族自治州")
_GZ, _AB = ("甘孜", "甘孜藏族自治州"), ("阿坝", "阿坝藏族羌族自治州")
PARENT = {"大邑": _CD, "彭州": _CD, "邛崃": _CD, "崇州": _CD, "都江堰": _CD, "简阳": _CD,
          "什邡": _DY, "绵竹": _DY, "中江": _DY, "北川": _MY, "三台": _MY, "剑阁": _GY, "青川": _GY,
          "蓬溪": _SN, "隆昌": _NJ, "威远": _NJ, "峨眉山": _LS, "夹江": _LS, "犍为": _LS, "仁寿": _MS, "洪雅": _MS,
          "江安": _YB, "长宁": _YB, "兴文": _YB, "珙县": _YB, "筠连": _YB, "合江": _LZ, "叙永": _LZ, "泸县": _LZ,
          "荣县": _ZG, "富顺": _ZG, "阆中": _NC, "仪陇": _NC, "华蓥": _GA, "武胜": _GA,
          "宣汉": _DZ, "渠县": _DZ, "万源": _DZ, "开江": _DZ, "通江": _BZ, "南江": _BZ, "平昌": _BZ,
          "石棉": _YA, "宝兴": _YA, "米易": _PZH, "西昌": _LSZ, "会理": _LSZ, "冕宁": _LSZ,
          "康定": _GZ, "稻城": _GZ, "汶川": _AB, "九寨沟": _AB, "马尔康": _AB,
          "龙口": ("烟台", "烟台市"), "东阿": ("聊城", "聊城市"), "惠民": ("滨州", "滨州市")}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
_4k = ["wechat", "douyin", "kuaishou", "toutiao"]
PROVINCES = [
    dict(S="四川", F="四川省", area="028", landmark="mountain", nick="天府",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 0, "platforms": _3}),
                ("market", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": ["weibo", "wechat", "douyin"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _2}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("traffic", {"platforms": ["weibo", "douyin", "kuaishou"]}),
                ("weather", {"platforms": _2}),
                ("disabled12", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="泰岱",
         depts=[("veterans", {"platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="百越",
         depts=[("transport", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="四川省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


CITIES = [
    # ---- counties and county-level cities of the new province
    _c("大邑", "大邑县", "028", "mountain", "西岭雪山", ["fabu", "police"],
       [dict(DS="新场", DF="新场镇", depts=["town_bm12"])]),
    _c("彭州", "彭州市", "028", "mountain", "天彭", ["fabu", ("hotline", {"platforms": _3})]),
    _c("邛崃", "邛崃市", "028", "pagoda", "文君故里", ["fabu", ("disabled12", {"name_idx": 0})]),
    _c("崇州", "崇州市", "028", "sun", "蜀州", ["fabu"]),
    _c("都江堰", "都江堰市", "028", "waves", "青城山", ["fabu", "police",
                                                         ("culture", {"avatar": "distinctive", "platforms": _4})],
       [dict(DS="青城山", DF="青城山镇", depts=["town_ls12"])]),
    _c("简阳", "简阳市", "028", "skyline", "东来第一城",
       ["fabu", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    _c("什邡", "什邡市", "0838", "mountain", "雪茄之乡", ["fabu"]),
    _c("绵竹", "绵竹市", "0838", "pagoda", "年画之乡", ["fabu"]),
    _c("中江", "中江县", "0838", "sun", "挂面之乡", ["fabu"]),
    _c("北川", "北川羌族自治县", "0816", "mountain", "羌城", ["fabu"]),
    _c("剑阁", "剑阁县", "0839", "mountain", "剑门关", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("隆昌", "隆昌市", "0832", "bridge", "石牌坊", ["fabu", ("hotline", {"platforms": _3})]),
    _c("威远", "威远县", "0832", "mountain", "无花果", ["fabu"]),
    _c("峨眉山", "峨眉山市", "0833", "mountain", "天下秀",
       ["fabu", "police", ("culture", {"avatar": "distinctive", "platforms": _4})],
       [dict(DS="黄湾", DF="黄湾镇", depts=["town_bm12"])]),
    _c("仁寿", "仁寿县", "028", "waves", "黑龙滩", ["fabu", ("airdef12", {"name_idx": 0})]),
    _c("洪雅", "洪雅县", "028", "mountain", "瓦屋山", ["fabu"]),
    _c("江安", "江安县", "0831", "waves", "竹簧之乡", ["fabu", "police"]),
    _c("长宁", "长宁县", "0831", "mountain", "竹都", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("兴文", "兴文县", "0831", "mountain", "石海", ["fabu"]),
    _c("合江", "合江县", "0830", "waves", "佛宝", ["fabu", "police"]),
    _c("荣县", "荣县", "0813", "pagoda", "荣州", ["fabu", "police", ("hotline", {"platforms": _3})]),
    _c("富顺", "富顺县", "0813", "pagoda", "豆花之乡", ["fabu"]),
    _c("阆中", "阆中市", "0817", "pagoda", "阆苑",
       ["fabu", "police", ("culture", {"avatar": "distinctive", "platforms": _4k}), ("hotline", {"platforms": _2})]),
    _c("华蓥", "华蓥市", "0826", "mountain", "华蓥山", ["fabu"]),
    _c("宣汉", "宣汉县", "0818", "mountain", "巴山大峡谷", ["fabu", ("zwfw12", {"name_idx": 0})]),
    _c("渠县", "渠县", "0818", "pagoda", "汉阙之乡",
       ["fabu", "police", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    _c("通江", "通江县", "0827", "mountain", "银耳之乡", ["fabu", "police"]),
    _c("西昌", "西昌市", "0834", "sun", "月城", ["fabu", "police", ("hotline", {"platforms": _3})],
       [dict(DS="礼州", DF="礼州镇", depts=["town_tj12"])]),
    _c("康定", "康定市", "0836", "mountain", "跑马山", ["fabu", ("culture", {"avatar": "distinctive"})],
       [dict(DS="新都桥", DF="新都桥镇", depts=["town_bm12"])]),
    _c("汶川", "汶川县", "0837", "mountain", "映秀", ["fabu"]),
    _c("九寨沟", "九寨沟县", "0837", "waves", "人间瑶池",
       ["fabu", ("culture", {"avatar": "distinctive", "platforms": _4})],
       [dict(DS="漳扎", DF="漳扎镇", depts=["town_ls12"])]),
    # ---- unused counties of Shandong
    _c("龙口", "龙口市", "0535", "waves", "黄水河", ["fabu"], province="山东省"),
    _c("东阿", "东阿县", "0635", "waves", "鱼山", ["fabu"], province="山东省"),
    # ---- places that only have unregistered units here
    _c("三台", "三台县", "0816", "pagoda", "潼川", []),
    _c("青川", "青川县", "0839", "mountain", "唐家河", []),
    _c("蓬溪", "蓬溪县", "0825", "pagoda", "宝梵", []),
    _c("夹江", "夹江县", "0833", "mountain", "千佛岩", []),
    _c("犍为", "犍为县", "0833", "waves", "嘉阳", []),
    _c("叙永", "叙永县", "0830", "mountain", "丹山", []),
    _c("仪陇", "仪陇县", "0817", "mountain", "琳琅山", []),
    _c("武胜", "武胜县", "0826", "waves", "宝箴塞", []),
    _c("万源", "万源市", "0818", "mountain", "富硒茶乡", []),
    _c("平昌", "平昌县", "0827", "waves", "驷马水乡", []),
    _c("宝兴", "宝兴县", "0835", "mountain", "熊猫老家", []),
    _c("米易", "米易县", "0812", "sun", "傈僳风情", []),
    _c("会理", "会理市", "0834", "pagoda", "会川", []),
    _c("马尔康", "马尔康市", "0837", "mountain", "嘉绒", []),
    _c("泸县", "泸县", "0830", "pagoda", "龙桥", []),
    _c("珙县", "珙县", "0831", "mountain", "僰人悬棺", []),
    _c("南江", "南江县", "0827", "mountain", "光雾山", []),
    _c("开江", "开江县", "0818", "waves", "宝石湖", []),
    _c("稻城", "稻城县", "0836", "mountain", "亚丁", []),
    _c("石棉", "石棉县", "0835", "mountain", "安顺场", []),
    _c("冕宁", "冕宁县", "0834", "mountain", "灵山", []),
    _c("惠民", "惠民县", "0543", "pagoda", "孙子故里", [], province="山东省"),
]

RENAME_SHARE = 0.07


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d == "fabu" and name == S + "发布" and u["level"] == "city" and pl["F"] != pl["S"]:
        opts.append(pl["F"] + "发布")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安在线" if u["level"] == "province" else S + "警方")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345热线")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅发布")
    if d == "disabled12" and name == S + "残联":
        opts.append(S + "助残")
    if d == "town_bm12" and name == S + "便民服务":
        opts.append(S + "便民服务中心")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: short and long, words with a separator in them, stacked up to two
SUFFIXES = ["天府通办", "办事员", "民意直达", "接诉即办", "码上办", "微矩阵", "发言人", "宣讲团", "服务专员", "分号",
            "老号", "备份", "2群", "小管家", "指挥部", "办公室", "总台", "信息台", "一号通", "代理", "运营组",
            "乡亲群", "为民办", "主页", "咨询员", "接待室", "代办员", "｜办事咨询", "_服务", "综合窗", "一窗受理",
            "政策直达", "群众工作部", "网格站"]
PREFIXES = ["㊣", "川内", "官办", "市民", "提醒：", "注意！", "便捷", "惠企", "【值班】", "✪", "❖", "◉", "TOP",
            "vx", "24H", "已实名", "手机版", "第二", "蜀", "巴蜀", "㊟", "我们的", "咱", "亲民", "e政", "【注意】"]
# one stroke or one component away, and radical code points; no pair is used by another part (either table,
# either direction) and no look-alike is also a homophone of its source (checked with pypinyin)
LOOKALIKE = {
    "文": ["⽂"], "气": ["⽓"], "残": ["栈"], "助": ["肋"], "防": ["阬"], "服": ["朊"], "卫": ["⺋"], "退": ["逯"],
    "输": ["渝"], "通": ["逼"], "邑": ["⾢"], "彭": ["鼓"], "邛": ["巩"], "崇": ["祟"], "都": ["郡"], "堰": ["堙"],
    "简": ["筒"], "阳": ["陧"], "邡": ["邝"], "竹": ["⺮"], "北": ["比"], "剑": ["创"], "阁": ["阖"], "昌": ["吕"],
    "远": ["达"], "眉": ["盾"], "寿": ["寺"], "洪": ["浜"], "雅": ["稚"], "合": ["含"], "荣": ["劳"], "富": ["寓"],
    "阆": ["阅"], "汉": ["仅"], "渠": ["梁"], "九": ["丸"], "寨": ["塞"], "沟": ["沏"], "阿": ["呵"], "青": ["责"],
    "镇": ["慎"], "新": ["析"], "礼": ["札"], "护": ["扩"], "联": ["眹"], "峨": ["哦"], "定": ["宕"], "站": ["贴"],
    "湾": ["湛"], "发": ["废"], "公": ["瓮", "衮"], "管": ["营"], "中": ["史"], "运": ["还"], "山": ["凵", "岀"],
    "大": ["太"], "长": ["⾧"], "兴": ["兵"], "口": ["ロ"], "象": ["家"], "川": ["⼛", "卅"], "四": ["囚", "匹"],
    "便": ["更"], "林": ["杯"], "顺": ["顿"], "宣": ["宦", "宫"], "城": ["坂"],
}
# identical toneless pinyin (pypinyin); no pair is used by another part in either table or direction
SAME_SOUND = {
    "四": ["思"], "公": ["贡"], "交": ["教"], "警": ["惊"], "务": ["午"], "市": ["试"], "场": ["敞"], "监": ["见"],
    "旅": ["绿"], "气": ["起"], "象": ["相"], "残": ["灿"], "助": ["注"], "防": ["方"], "政": ["整"], "服": ["复"],
    "中": ["众"], "卫": ["韦"], "健": ["检"], "役": ["义"], "军": ["俊"], "东": ["懂"], "运": ["云"], "通": ["统"],
    "山": ["闪"], "大": ["打"], "邑": ["益"], "江": ["蒋"], "阳": ["养"], "隆": ["陇"], "远": ["原"], "寿": ["授"],
    "兴": ["形"], "县": ["仙"], "石": ["诗"], "西": ["息"], "定": ["丁"], "寨": ["宅"], "沟": ["构"], "龙": ["垄"],
    "青": ["晴"], "镇": ["真"], "黄": ["煌"], "湾": ["玩"], "新": ["辛"], "桥": ["巧"], "便": ["遍"], "林": ["霖"],
    "站": ["展"], "联": ["莲"], "办": ["半"], "输": ["书"], "彭": ["鹏"], "邛": ["琼"], "崃": ["莱"], "崇": ["虫"],
    "堰": ["燕"], "简": ["剪"], "邡": ["芳"], "绵": ["棉"], "竹": ["烛"], "北": ["贝"], "剑": ["荐"], "阁": ["鸽"],
    "昌": ["常"], "威": ["薇"], "峨": ["鹅"], "眉": ["梅"], "仁": ["忍"], "洪": ["鸿"], "雅": ["亚"], "合": ["禾"],
    "荣": ["绒"], "富": ["付"], "阆": ["浪"], "华": ["滑"], "蓥": ["营"], "宣": ["萱"], "汉": ["寒"], "渠": ["取"],
    "汶": ["问"], "九": ["久"], "稻": ["到"], "阿": ["啊"], "礼": ["李"], "业": ["叶"], "护": ["户"],
}
TRAD_MODES = ["dept_first", "place_plus_last", "random_subset"]
# separators used as spaces by impostors (a slash-like stroke, bullets, underscore, hyphen, ...); every Unicode
# space separator is used by some other part
SPACES = ["丶", "•", "_", "-", "⸱", "ǀ", "︱", "∣", "ᐧ", "∙"]
DOUBLE_SPACE_P = 0.12
ZERO_WIDTH = ["\U000e0102", "\U000e0135", "\U000e01d9", "\U000e01e8", "\U000e0106", "\U000e0025", "\U000e0040",
              "\U000e005f", "\U00013433", "\U00013438"]
EMOJI = ["⚠️", "🔊", "📲", "🚦", "🍲", "🎋", "🏯", "🈺", "🉐", "💠", "🛃", "🔛", "🥢", "🀄"]
BRACKETS = [("⌈", "⌉"), ("⌊", "⌋"), ("⎡", "⎦"), ("﹤", "﹥"), ("⊰", "⊱"), ("⋘", "⋙"), ("⌜", "⌝"), ("「", "』"),
            ("【", "〗")]
FULLWIDTH_MODES = ["partial_hanzi", "persian", "ring_overlay", "tail_fullwidth"]
LEVEL_FORMS = ["parent_wrong_level", "informal_level", "abbr_unit"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}反诈宣传站", "{nick}巡逻队", "{S}治安守望"],
    "fabu": ["{S}官方消息", "{nick}政情速递", "{S}县情通报"],
    "hotline": ["{S}诉求直通", "{nick}民声回音"],
    "market": ["{S}放心消费联盟", "{nick}价格举报"],
    "tax": ["{S}发票查验", "{nick}办税小灵通"],
    "culture": ["{nick}打卡指南", "{S}景区导览", "{nick}旅游攻略"],
    "health": ["{S}挂号助手", "{nick}健康大讲堂"],
    "gov": ["{S}政策直通车", "{nick}招商引资"],
    "traffic": ["{S}路况快报", "{nick}车驾管助手"],
    "weather": ["{S}天气速报", "{nick}雨情快讯"],
    "disabled12": ["{S}康复援助", "{nick}无障碍之家"],
    "airdef12": ["{S}防空警报", "{nick}人防知识"],
    "zwfw12": ["{S}办事大厅导航", "{nick}一窗通"],
    "veterans": ["{S}拥军优属", "{nick}老兵联谊"],
    "transport": ["{S}客运班车", "{nick}出行助手"],
    "town_bm12": ["{S}村务公开栏"],
    "town_ls12": ["{S}森林防火员"],
    "town_tj12": ["{S}军属服务"],
    "generic": ["{S}民情通", "{nick}百事帮", "{S}办事咨询"],
}


# ---- digit forms (the registered digit names are 12345, 12366 and 12315)
def _partial_hanzi(s):
    """Some digits written as Chinese numerals, the others left as they are (chosen per name, reproducibly)."""
    pos = [i for i, c in enumerate(s) if "0" <= c <= "9"]
    if len(pos) < 2:
        return s
    rr = random.Random(s)
    k = rr.randint(1, len(pos) - 1)
    pick = set(rr.sample(pos, k))
    return "".join("〇一二三四五六七八九"[ord(c) - 48] if i in pick else c for i, c in enumerate(s))


def _tail_fullwidth(s):
    """Only the last two digits full-width (the number was edited, not retyped)."""
    pos = [i for i, c in enumerate(s) if "0" <= c <= "9"][-2:]
    return "".join(chr(ord(c) + 0xFEE0) if i in pos else c for i, c in enumerate(s))


FULLWIDTH_FUNCS = {
    "partial_hanzi": _partial_hanzi,
    "persian": lambda s: "".join(chr(0x06F0 + ord(c) - 48) if "0" <= c <= "9" else c for c in s),
    "ring_overlay": lambda s: "".join(c + "\u20d8" if "0" <= c <= "9" else c for c in s),
    "tail_fullwidth": _tail_fullwidth,
}


# ---- level forms
_PROV_ABBR = {"四川": "川", "山东": "鲁", "广东": "粤"}
_ABBR = {"fabu": "政府新闻办", "police": "公安局", "gov": "政府", "health": "卫健委", "market": "市监局",
         "tax": "税务局", "hotline": "12345热线", "culture": "文旅局", "traffic": "交警总队", "weather": "气象局",
         "disabled12": "残联", "airdef12": "人防办", "zwfw12": "政务服务局", "veterans": "退役军人厅",
         "transport": "交通厅", "town_bm12": "便民中心", "town_ls12": "林业站", "town_tj12": "退役军人站"}
_ABBR_PROV = {"police": "公安厅", "culture": "文旅厅"}


def _lf_parent_wrong_level(u, acc):
    """Two edits in one word: the parent place written first and the level word swapped (a county written as a
    district or a county-level city as a county of its prefecture; a town as a township of its county)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "city":
        par = PARENT.get(pl["S"])
        if not par or pl["F"] == pl["S"] or not name.startswith(pl["S"]):
            return []
        wrong = "县" if pl["F"].endswith("市") else "区"
        return [par[0] + pl["S"] + wrong + name[len(pl["S"]):]]
    if u["level"] == "district":
        DS, DF = pl["DS"], pl["DF"]
        if not name.startswith(DS):
            return []
        wrong = "乡" if DF.endswith("镇") else "镇"
        return [pl["S"] + DS + wrong + name[len(DS):]]
    return []


def _lf_informal_level(u, acc):
    """An informal level word: 县城 / 城区 after a county, the province's colloquial 省 form, 场镇 after a town."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "province":
        if name.startswith(pl["S"]) and pl["S"] in _PROV_ABBR:
            return [_PROV_ABBR[pl["S"]] + "省" + name[len(pl["S"]):]]
        return []
    if u["level"] == "city":
        if not name.startswith(pl["S"]):
            return []
        word = "县城" if pl["F"].endswith("县") else "城区"
        return [pl["S"] + word + name[len(pl["S"]):]]
    DS = pl["DS"]
    if name.startswith(DS):
        return [DS + "场镇" + name[len(DS):]]
    return []


def _lf_abbr_unit(u, acc):
    """The unit's own name abbreviated the way people say it, with or without the level word (四川省卫健委,
    川公安厅, 大邑县公安局, 大邑公安局, 新场镇便民中心)."""
    pl = u["place"]
    ab = _ABBR.get(u["dept"])
    if not ab:
        return []
    if u["level"] == "province":
        ab = _ABBR_PROV.get(u["dept"], ab)
        opts = [pl["F"] + ab, _PROV_ABBR.get(pl["S"], pl["S"]) + ab]
    elif u["level"] == "city":
        opts = sorted({pl["F"] + ab, pl["S"] + ab})
    else:
        opts = [pl["DF"] + ab, pl["S"] + pl["DF"] + ab]
    # one written form per account (so this form does not crowd out the others), varying between accounts
    return [opts[sum(map(ord, acc["row"]["account_id"])) % len(opts)]]


LEVEL_FORM_FUNCS = {"parent_wrong_level": _lf_parent_wrong_level, "informal_level": _lf_informal_level,
                    "abbr_unit": _lf_abbr_unit}


# ---- traditional-form modes
def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _place_span(s, u):
    pl = u["place"].get("DS", u["place"]["S"])
    k = s.find(pl)
    return (k, k + len(pl)) if k >= 0 else (-1, -1)


def _t_dept_first(s, u, r):
    """The first convertible character of the department part (outside the place name)."""
    a, b = _place_span(s, u)
    idx = [i for i in _conv_idx(s) if not a <= i < b]
    return _conv(s, idx[:1]) if idx else None


def _t_place_plus_last(s, u, r):
    """The place name's convertible characters plus the last convertible character of the name."""
    a, b = _place_span(s, u)
    idx = _conv_idx(s)
    pick = [i for i in idx if a <= i < b] + idx[-1:]
    return _conv(s, sorted(set(pick))) if pick else None


def _t_random_subset(s, u, r):
    """An inconsistent hand conversion: a random subset (at least two) of the convertible characters."""
    idx = _conv_idx(s)
    if len(idx) < 2:
        return None
    k = r.randint(2, len(idx))
    return _conv(s, sorted(r.sample(idx, k)))


TRAD_FUNCS = {"dept_first": _t_dept_first, "place_plus_last": _t_place_plus_last, "random_subset": _t_random_subset}


# ---- image edits
def _lomo(img, rng):
    """Saturated, contrasty, with dark corners (a lomo preset)."""
    s = rng.uniform(1.35, 1.5)
    img = ImageEnhance.Contrast(ImageEnhance.Color(img).enhance(s)).enhance(1.15)
    a = np.array(img, float)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    rr = np.sqrt(((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2)
    a *= np.clip(1.12 - 0.32 * rr ** 2, 0.55, 1.0)[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"lomo saturation x{s:.2f}"


def _false_colour(img, rng):
    """A partial channel rotation (R<-G, G<-B, B<-R) blended with the original."""
    k = rng.uniform(0.3, 0.4)
    a = np.array(img, float)
    b = a[..., [1, 2, 0]]
    return Image.fromarray(np.clip((1 - k) * a + k * b, 0, 255).astype(np.uint8)), f"false colour {k:.2f}"


def _high_key(img, rng):
    """Brighter and flatter (a washed-out high-key look)."""
    f = rng.uniform(1.18, 1.26)
    img = ImageEnhance.Contrast(ImageEnhance.Brightness(img).enhance(f)).enhance(0.8)
    return img, f"high key x{f:.2f}"


def _hue_wide(img, rng):
    hsv = np.array(img.convert("HSV"), dtype=np.int16)
    shift = rng.randint(*EDIT_PARAMS["hue_shift"])
    hsv[..., 0] = (hsv[..., 0] + shift) % 256
    return Image.fromarray(hsv.astype(np.uint8), "HSV").convert("RGB"), f"hue +{shift}/256"


def _sticker(img, rng, P):
    """A die-cut sticker: rounded picture, thick white outline and a soft drop shadow on a coloured ground."""
    w = img.size[0]
    pad = max(4, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), col)
    sh = Image.new("L", (W, W), 0)
    ImageDraw.Draw(sh).rounded_rectangle([pad * 0.6 + 4, pad * 0.6 + 6, W - pad * 0.6 + 4, W - pad * 0.6 + 6],
                                         radius=int(w * 0.2), fill=110)
    sh = sh.filter(ImageFilter.GaussianBlur(pad / 3))
    out = Image.composite(Image.new("RGB", (W, W), (40, 40, 40)), out, sh)
    d = ImageDraw.Draw(out)
    d.rounded_rectangle([pad * 0.6, pad * 0.6, W - pad * 0.6, W - pad * 0.6], radius=int(w * 0.2),
                        fill=(255, 255, 255))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, w - 1, w - 1], radius=int(w * 0.16), fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border sticker"


def _diamond(img, rng, P):
    """The picture shown through a rotated-square (diamond) window on a coloured card."""
    w = img.size[0]
    pad = max(4, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    big = img.resize((W - pad, W - pad), Image.LANCZOS)
    mask = Image.new("L", big.size, 0)
    m = big.size[0]
    ImageDraw.Draw(mask).polygon([(m / 2, 0), (m - 1, m / 2), (m / 2, m - 1), (0, m / 2)], fill=255)
    out.paste(big, (pad // 2, pad // 2), mask)
    return out, "border diamond"


def _bubble(img, rng, P):
    """A speech-bubble frame: the picture in a rounded bubble with a tail, on a coloured ground."""
    w = img.size[0]
    pad = max(4, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), col)
    d = ImageDraw.Draw(out)
    d.rounded_rectangle([pad * 0.4, pad * 0.3, W - pad * 0.4, W - pad * 1.1], radius=int(pad * 1.2),
                        fill=(255, 255, 255))
    d.polygon([(W * 0.22, W - pad * 1.2), (W * 0.36, W - pad * 1.2), (W * 0.16, W - 2)], fill=(255, 255, 255))
    inner = img.resize((W - 2 * pad, W - 2 * pad), Image.LANCZOS)
    out.paste(inner, (pad, int(pad * 0.6)))
    return out, "border speech bubble"


def _shot_contact_card(img, rng, P, out_px):
    """A shared contact card in a chat: white card, the avatar on the left, name lines and a footer."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (237, 237, 237))
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.03 * S), int((S - a) * 0.35)
    d.rounded_rectangle([x0 - 8, y0 - 8, S - 4, min(S - 2, y0 + a + int(0.12 * S))], radius=10,
                        fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    for k in range(2):
        xx = x0 + a + int(0.02 * S)
        d.rectangle([xx, y0 + k * int(0.08 * S), min(S - 8, xx + int(0.12 * S)), y0 + k * int(0.08 * S) + 10],
                    fill=(60, 60, 60) if k == 0 else (170, 170, 170))
    d.line([x0, y0 + a + int(0.05 * S), S - 10, y0 + a + int(0.05 * S)], fill=(225, 225, 225), width=2)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot contact card scale {a / S:.3f}"


def _shot_ad_banner(img, rng, P, out_px):
    """An in-feed advert: coloured banner, the avatar large, a call-to-action button below."""
    S = 3 * out_px
    col = rng.choice(P["border_colours"])
    canvas = Image.new("RGB", (S, S), col)
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0 = (S - a) // 2
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, int(0.04 * S)))
    d.rounded_rectangle([int(0.3 * S), int(0.86 * S), int(0.7 * S), int(0.96 * S)], radius=12, fill=(255, 255, 255))
    d.rectangle([int(0.02 * S), int(0.02 * S), int(0.14 * S), int(0.07 * S)], fill=(90, 90, 90))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.55))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot ad banner scale {a / S:.3f}"


def _shot_lock_screen(img, rng, P, out_px):
    """A lock-screen notification: dark wallpaper, clock bar, the avatar inside a translucent card."""
    S = 3 * out_px
    top, bot = np.array((30, 40, 70), float), np.array((10, 10, 20), float)
    arr = np.zeros((S, S, 3))
    for y in range(S):
        arr[y] = top + (bot - top) * y / S
    canvas = Image.fromarray(arr.astype(np.uint8))
    d = ImageDraw.Draw(canvas)
    d.rectangle([int(0.3 * S), int(0.02 * S), int(0.7 * S), int(0.08 * S)], fill=(230, 230, 230))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    y0 = S - a - int(0.03 * S)
    d.rounded_rectangle([int(0.02 * S), y0 - 10, S - int(0.02 * S), S - 4], radius=14, fill=(120, 120, 130))
    canvas.paste(img.resize((a, a), Image.BILINEAR), ((S - a) // 2, y0))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot lock screen scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"lomo": _lomo, "false_colour": _false_colour, "high_key": _high_key,
                                   "hue_wide": _hue_wide},
                   border_funcs={"sticker": _sticker, "diamond": _diamond, "bubble": _bubble},
                   screenshot_funcs={"contact_card": _shot_contact_card, "ad_banner": _shot_ad_banner,
                                     "lock_screen": _shot_lock_screen},
                   resize_px=[114, 126, 138, 151, 163, 177, 191], jpeg_q=(2, 3), crop_frac=(0.1805, 0.1845),
                   border_styles=["sticker", "diamond", "bubble"],
                   border_colours=[(205, 92, 92), (72, 209, 204), (106, 90, 205), (244, 164, 96), (60, 179, 113),
                                   (119, 136, 153)],
                   border_frac=(0.1891, 0.1899),
                   recolour_modes=["lomo", "false_colour", "high_key", "hue_wide"],
                   hue_shift=(201, 204), rotate_deg=(2.91, 2.99),
                   watermark_texts=["扫码缴费", "咨询电话", "官方授权", "内部名额", "新号请关注", "免费代办"],
                   watermark_alpha=(130, 145),
                   screenshot_styles=["contact_card", "ad_banner", "lock_screen"],
                   screenshot_scale=(0.7505, 0.7595))
P_IMPOSTOR_DERIVED = 0.56
P_IMPOSTOR_DEFAULT = 0.09
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "scenery", "logo"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}蜀联政务咨询服务有限公司"), ("personal", "川内资讯搬运工"),
                     ("other", "{S}乡贤联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}惠民补助开始登记，截图本页添加{wx}领取表格",
                  "【{S}{fn}】您的账户存在异常，请在24小时内联系QQ{qq}处理",
                  "{name}提供代办：不动产过户、营业执照、社保补缴，微信{wx}",
                  "{S}{fn}内部培训名额，缴纳报名费后安排上岗，详询{wx}",
                  "关注{name}参与{S}{fn}有奖问答，奖品联系QQ{qq}领取"]
MAX_PER_TARGET = 6

# Every pair of two tactics that the builder can write is already used by another part, so this part has no
# two-tactic combination; its 26 three-tactic combinations are new (none occurs in dev/ ... dev11/).
IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 30), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 36),
    (["lookalike_char", "same_sound", "suffix"], 4), (["prefix", "reorder", "zero_width"], 4),
    (["reorder", "same_sound", "suffix"], 4), (["emoji_brackets", "new_platform", "zero_width"], 4),
    (["fullwidth", "lookalike_char", "zero_width"], 4), (["fullwidth", "lookalike_char", "spacing"], 4),
    (["prefix", "suffix", "traditional"], 4), (["level_prefix", "lookalike_char", "new_platform"], 4),
    (["emoji_brackets", "reorder", "suffix"], 4), (["fullwidth", "new_platform", "same_sound"], 4),
    (["lookalike_char", "same_sound", "traditional"], 4), (["level_prefix", "spacing", "suffix"], 4),
    (["level_prefix", "spacing", "traditional"], 4), (["emoji_brackets", "lookalike_char", "same_sound"], 4),
    (["new_platform", "same_sound", "suffix"], 4), (["fullwidth", "reorder", "traditional"], 4),
    (["level_prefix", "new_platform", "spacing"], 4), (["emoji_brackets", "prefix", "suffix"], 4),
    (["fullwidth", "same_sound", "spacing"], 4), (["emoji_brackets", "spacing", "zero_width"], 4),
    (["level_prefix", "new_platform", "prefix"], 4), (["fullwidth", "reorder", "spacing"], 4),
    (["prefix", "spacing", "zero_width"], 4), (["new_platform", "prefix", "traditional"], 4),
    (["emoji_brackets", "level_prefix", "prefix"], 4), (["emoji_brackets", "prefix", "same_sound"], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
OTHER_PLACES_CHAR = [
    dict(reg="大邑", S="大余", F="大余县", province="江西省", level=_C),
    dict(reg="彭州", S="彭泽", F="彭泽县", province="江西省", level=_C),
    dict(reg="崇州", S="崇义", F="崇义县", province="江西省", level=_C),
    dict(reg="中江", S="中牟", F="中牟县", province="河南省", level=_C),
    dict(reg="北川", S="北安", F="北安市", province="黑龙江省", level=_C),
    dict(reg="剑阁", S="剑川", F="剑川县", province="云南省", level=_C),
    dict(reg="隆昌", S="隆德", F="隆德县", province="宁夏回族自治区", level=_C),
    dict(reg="威远", S="威县", F="威县", province="河北省", level=_C),
    dict(reg="江安", S="江口", F="江口县", province="贵州省", level=_C),
    dict(reg="长宁", S="长武", F="长武县", province="陕西省", level=_C),
    dict(reg="兴文", S="兴和", F="兴和县", province="内蒙古自治区", level=_C),
    dict(reg="合江", S="合水", F="合水县", province="甘肃省", level=_C),
    dict(reg="荣县", S="杞县", F="杞县", province="河南省", level=_C),
    dict(reg="富顺", S="富平", F="富平县", province="陕西省", level=_C),
    dict(reg="华蓥", S="华亭", F="华亭市", province="甘肃省", level=_C),
    dict(reg="宣汉", S="宣威", F="宣威市", province="云南省", level=_C),
    dict(reg="渠县", S="沁县", F="沁县", province="山西省", level=_C),
    dict(reg="通江", S="通渭", F="通渭县", province="甘肃省", level=_C),
    dict(reg="西昌", S="西丰", F="西丰县", province="辽宁省", level=_C),
    dict(reg="康定", S="康保", F="康保县", province="河北省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="荣县", S="容县", F="容县", province="广西壮族自治区", level=_C),
    dict(reg="简阳", S="建阳", F="南平市建阳区", province="福建省", level=_C),
    dict(reg="通江", S="同江", F="同江市", province="黑龙江省", level=_C),
    dict(reg="长宁", S="昌宁", F="昌宁县", province="云南省", level=_C),
    dict(reg="威远", S="渭源", F="渭源县", province="甘肃省", level=_C),
    dict(reg="江安", S="江岸", F="武汉市江岸区", province="湖北省", level=_C),
    dict(reg="大邑", S="大冶", F="大冶市", province="湖北省", level=_C),
    dict(reg="宣汉", S="宣化", F="张家口市宣化区", province="河北省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("石林", "石林彝族自治县", "云南省", "police"), ("弥勒", "弥勒市", "云南省", "fabu"),
    ("蒙自", "蒙自市", "云南省", "court"), ("个旧", "个旧市", "云南省", "police"),
    ("元谋", "元谋县", "云南省", "fabu"), ("镇雄", "镇雄县", "云南省", "procur"),
    ("雷山", "雷山县", "贵州省", "police"), ("荔波", "荔波县", "贵州省", "fabu"),
    ("思南", "思南县", "贵州省", "police"), ("黎平", "黎平县", "贵州省", "court"),
    ("阳朔", "阳朔县", "广西壮族自治区", "police"), ("龙胜", "龙胜各族自治县", "广西壮族自治区", "fabu"),
    ("东兴", "东兴市", "广西壮族自治区", "police"), ("靖西", "靖西市", "广西壮族自治区", "procur"),
    ("巴马", "巴马瑶族自治县", "广西壮族自治区", "fabu"), ("神池", "神池县", "山西省", "police"),
    ("五台", "五台县", "山西省", "fabu"), ("壶关", "壶关县", "山西省", "court"),
    ("黄陵", "黄陵县", "陕西省", "police"), ("志丹", "志丹县", "陕西省", "fabu"),
    ("洛川", "洛川县", "陕西省", "police"), ("夏河", "夏河县", "甘肃省", "fabu"),
    ("玛曲", "玛曲县", "甘肃省", "police"), ("同心", "同心县", "宁夏回族自治区", "procur"),
    ("泾源", "泾源县", "宁夏回族自治区", "police"), ("霍城", "霍城县", "新疆维吾尔自治区", "fabu"),
    ("亚东", "亚东县", "西藏自治区", "police"), ("抚松", "抚松县", "吉林省", "fabu"),
    ("长白", "长白朝鲜族自治县", "吉林省", "police"), ("岫岩", "岫岩满族自治县", "辽宁省", "court"),
    ("宽甸", "宽甸满族自治县", "辽宁省", "police"), ("围场", "围场满族蒙古族自治县", "河北省", "fabu"),
    ("涞源", "涞源县", "河北省", "police"), ("栾川", "栾川县", "河南省", "fabu"),
    ("嵩县", "嵩县", "河南省", "procur"), ("郧西", "郧西县", "湖北省", "police"),
    ("竹山", "竹山县", "湖北省", "fabu"), ("铅山", "铅山县", "江西省", "police"),
    ("修水", "修水县", "江西省", "fabu"), ("城口", "城口县", "重庆市", "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="四川日报", platform="weibo", vtype="media", reason="四川日报社官方微博", desc="四川新闻。",
         logo_text="川报"),
    dict(name="川观新闻", platform="toutiao", vtype="media", reason="四川日报全媒体川观新闻官方账号",
         desc="四川新闻客户端。", logo_text="川观"),
    dict(name="封面新闻", platform="douyin", vtype="media", reason="封面新闻官方账号", desc="新闻资讯。",
         logo_text="封面"),
    dict(name="华西都市报", platform="weibo", vtype="media", reason="华西都市报官方微博", desc="四川都市新闻。",
         logo_text="华西"),
    dict(name="红星新闻", platform="wechat", vtype="media", reason="成都商报红星新闻", desc="新闻资讯。",
         logo_text="红星"),
    dict(name="四川观察", platform="douyin", vtype="media", reason="四川广播电视台四川观察官方账号",
         desc="四川台新闻。", logo_text="观察"),
    dict(name="四川卫视", platform="bilibili", vtype="media", reason="四川卫视官方账号", desc="卫视节目。",
         logo_text="川视"),
    dict(name="成都商报", platform="weibo", vtype="media", reason="成都商报官方微博", desc="成都新闻。"),
    dict(name="德阳日报", platform="wechat", vtype="media", reason="德阳日报社", desc="德阳新闻。"),
    dict(name="绵阳日报", platform="toutiao", vtype="media", reason="绵阳日报社官方账号", desc="绵阳新闻。"),
    dict(name="乐山日报", platform="wechat", vtype="media", reason="乐山日报社", desc="乐山新闻。"),
    dict(name="南充日报", platform="douyin", vtype="media", reason="南充日报社官方账号", desc="南充新闻。"),
    dict(name="达州日报", platform="toutiao", vtype="media", reason="达州日报社官方账号", desc="达州新闻。"),
    dict(name="凉山日报", platform="weibo", vtype="media", reason="凉山日报社官方微博", desc="凉山新闻。"),
    dict(name="甘孜日报", platform="wechat", vtype="media", reason="甘孜日报社", desc="甘孜新闻。"),
    dict(name="宜宾日报", platform="kuaishou", vtype="media", reason="宜宾日报社官方账号", desc="宜宾新闻。"),
    dict(name="泸州日报", platform="wechat", vtype="media", reason="泸州日报社", desc="泸州新闻。"),
    dict(name="阆中电视台", platform="kuaishou", vtype="media", reason="阆中市广播电视台官方账号", desc="阆中新闻。"),
    dict(name="峨眉山广电", platform="douyin", vtype="media", reason="峨眉山市广播电视台官方账号", desc="峨眉山新闻。"),
    dict(name="西昌新闻网", platform="toutiao", vtype="media", reason="西昌市广播电视台官方账号", desc="西昌新闻。"),
    dict(name="龙口新闻", platform="wechat", vtype="media", reason="龙口市广播电视台", desc="龙口新闻。"),
    dict(name="四川发布厅直播", platform="douyin", vtype="media", reason="四川广播电视台新闻频道官方账号",
         desc="新闻频道的发布会直播栏目，并非省政府新闻办账号。", logo_text="直播"),
    dict(name="看阆中发布", platform="wechat", vtype="media", reason="南充广播电视台",
         desc="电视台转载栏目，汇总阆中发布的消息。", logo_text="看点"),
    dict(name="四川交警说路况", platform="kuaishou", vtype="media", reason="四川交通广播官方账号",
         desc="交通广播的路况栏目，并非交警部门账号。", logo_text="路况"),
    dict(name="西昌12345帮你问", platform="toutiao", vtype="media", reason="凉山广播电视台官方账号",
         desc="电视台民生栏目，跟踪热线诉求办理。", logo_text="帮问"),
    dict(name="四川文旅播客", platform="bilibili", vtype="media", reason="四川广播电视台官方账号",
         desc="广播电视台旅游栏目，并非文旅厅账号。", logo_text="播客"),
]
PERSONAL = [
    dict(name="大邑辅警小罗", platform="douyin", vtype="personal", reason="大邑县公安局辅警", desc="分享安全小常识。"),
    dict(name="仁寿全科王医生", platform="kuaishou", vtype="personal", reason="仁寿某卫生院全科医生"),
    dict(name="律师小何普法", platform="toutiao", vtype="personal", reason="四川某律师事务所律师"),
    dict(name="税务师阿杰", platform="weibo", vtype="personal", reason="财税从业者", desc="个人观点。"),
    dict(name="彭州蔬菜哥", platform="douyin"),
    dict(name="邛崃钵钵鸡妹", platform="kuaishou", avatar="cartoon"),
    dict(name="都江堰放水节粉", platform="douyin"),
    dict(name="崇州街子老茶客", platform="kuaishou", avatar="default"),
    dict(name="剑门关徒步客", platform="weibo", avatar="scenery"),
    dict(name="峨眉山猴子观察员", platform="weibo", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="我爱九寨", platform="douyin", avatar="scenery"),
    dict(name="富顺豆花饭", platform="kuaishou"),
    dict(name="阆中古城导游小杜", platform="douyin"),
    dict(name="通江银耳农", platform="kuaishou", avatar="default"),
    dict(name="西昌火把节阿依", platform="douyin", avatar="cartoon"),
    dict(name="康定溜溜调", platform="weibo"),
    dict(name="汶川樱桃姐", platform="douyin", avatar="cartoon"),
    dict(name="隆昌豆腐老李", platform="kuaishou", avatar="default"),
    dict(name="什邡小冯", platform="kuaishou", avatar="cartoon"),
    dict(name="绵竹年画传人老陈", platform="douyin", vtype="personal", reason="绵竹木版年画传承人"),
    dict(name="宣汉巴山背二哥", platform="kuaishou"),
    dict(name="江安竹编手艺人", platform="weibo"),
    dict(name="龙口海边钓鱼佬", platform="weibo", avatar="scenery"),
    dict(name="四川发布的转发员", platform="weibo", vtype="personal", reason="退休干部",
         desc="转发四川发布的消息，个人账号，非官方。"),
    dict(name="阿杰聊渠县税务", platform="toutiao", vtype="personal", reason="财税博主", desc="个人解读，非官方。"),
    dict(name="彭州12345打卡记", platform="wechat", desc="个人记录拨打热线反映问题的经过，与政府部门无关。"),
]
COMMERCIAL = [
    dict(name="中华联合财险荣县", platform="douyin", vtype="enterprise", reason="中华联合财产保险荣县支公司",
         desc="车险、农险咨询。", logo_text="中华"),
    dict(name="邛崃酒厂", platform="douyin", vtype="enterprise", reason="邛崃某酒业有限公司"),
    dict(name="大邑豆瓣", platform="kuaishou", avatar="default"),
    dict(name="彭州莴笋", platform="douyin"),
    dict(name="崇州枇杷茶", platform="kuaishou"),
    dict(name="简阳羊肉汤馆", platform="douyin"),
    dict(name="什邡雪茄坊", platform="toutiao", vtype="enterprise", reason="什邡某雪茄有限公司"),
    dict(name="中江挂面", platform="kuaishou"),
    dict(name="剑阁豆腐宴", platform="douyin"),
    dict(name="隆昌夏布", platform="kuaishou"),
    dict(name="威远无花果", platform="douyin"),
    dict(name="洪雅藤椒油", platform="kuaishou", avatar="default"),
    dict(name="江安夏橙", platform="douyin"),
    dict(name="长宁竹荪", platform="wechat"),
    dict(name="合江荔枝园", platform="douyin", vtype="enterprise", reason="合江某农业开发有限公司"),
    dict(name="富顺香辣酱", platform="kuaishou"),
    dict(name="阆中保宁醋", platform="douyin"),
    dict(name="华蓥山葡萄", platform="kuaishou", vtype="enterprise", reason="华蓥某果业有限公司"),
    dict(name="通江银耳", platform="douyin", avatar="default"),
    dict(name="西昌钢城烧烤", platform="kuaishou", vtype="enterprise", reason="西昌某餐饮管理有限公司"),
    dict(name="九寨沟民宿", platform="douyin"),
    dict(name="龙口粉丝厂直销", platform="kuaishou"),
    dict(name="东阿阿胶糕", platform="douyin", vtype="enterprise", reason="东阿某食品有限公司"),
    dict(name="康定牦牛肉干", platform="kuaishou", vtype="enterprise", reason="康定某食品有限公司"),
    dict(name="隆昌12345开锁换锁", platform="toutiao", vtype="enterprise", reason="隆昌某开锁服务部",
         desc="私营开锁店，与政府热线无关。"),
    dict(name="四川发布广告传媒", platform="wechat", vtype="enterprise", reason="四川某广告传媒有限公司",
         desc="广告设计、活动策划，企业账号。"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("彭州", "丹景山", "丹景山镇", ["town_bm12"]), ("邛崃", "平乐", "平乐镇", ["town_bm12"]),
    ("都江堰", "龙池", "龙池镇", ["town_ls12"]), ("阆中", "老观", "老观镇", ["town_tj12"]),
    ("康定", "塔公", "塔公镇", ["town_bm12"]), ("剑阁", "剑门关", "剑门关镇", ["town_ls12"]),
    ("荣县", "旭阳", "旭阳镇", ["town_tj12"]), ("隆昌", "云顶", "云顶镇", ["town_bm12"]),
    ("江安", "红桥", "红桥镇", ["town_tj12"]), ("大邑", "晋原", "晋原街道", ["town_ls12"]),
]
UNREG_CITY = [
    ("四川", "edu", 0), ("四川", "fire", 0), ("四川", "emergency", 0), ("四川", "eco", 0), ("四川", "medins", 0),
    ("大邑", "culture", 0), ("彭州", "police", 0), ("邛崃", "culture", 0), ("简阳", "police", 0),
    ("剑阁", "police", 0), ("峨眉山", "hotline", 0), ("仁寿", "police", 0), ("长宁", "police", 0),
    ("合江", "culture", 0), ("通江", "culture", 0), ("西昌", "culture", 0), ("宣汉", "police", 0),
    ("三台", "fabu", 0), ("青川", "fabu", 0), ("蓬溪", "fabu", 0), ("夹江", "fabu", 0), ("犍为", "police", 0),
    ("叙永", "fabu", 0), ("仪陇", "fabu", 0), ("武胜", "fabu", 0), ("万源", "fabu", 0), ("平昌", "police", 0),
    ("宝兴", "fabu", 0), ("米易", "fabu", 0), ("会理", "fabu", 0), ("马尔康", "fabu", 0), ("泸县", "fabu", 0),
    ("珙县", "fabu", 0), ("南江", "fabu", 0), ("开江", "fabu", 0), ("稻城", "fabu", 0), ("石棉", "police", 0),
    ("冕宁", "fabu", 0), ("惠民", "fabu", 0), ("龙口", "police", 0), ("广东", "water", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """Counties and their towns: region names the prefecture; towns answer to the county-level government."""
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
    print("building dev12 ...")
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
