"""Eighteenth dev part (dev18): built blind as the fourteenth held-out part (2026-12-03), demoted to tuning data in
the sixteenth session.
Run: python eval/impostor/dev18/spec_dev18.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev17/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, and counties,
county-level cities and districts across all of its prefecture-level cities, plus a few towns), plus unused
Guangdong districts and one unused provincial body each of Shandong and Guangdong, so the registry is the
supervising office's registry for three provinces.  Part-specific machinery (new unit and town kinds, level forms,
traditional-form modes, digit forms, colour filters, frames, screenshot layouts, the registry's region fix) lives in
this file, not in gen_common.py.
"""
import csv
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageOps  # noqa: E402

PART = "dev18"
SEED = 40763
CRAWL_DAY = "2025-10-28"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "zscq18": ("{F}知识产权局", "{F}知识产权局", ["{S}知识产权", "{S}知产保护"], "book", None,
               "发布专利商标保护、知识产权维权援助和地理标志信息"),
    "bianban18": ("中共{F}委机构编制委员会办公室", "中共{F}委机构编制委员会办公室", ["{S}机构编制", "{S}编办"], "gate",
                  None, "发布机构改革、机构编制管理和事业单位登记信息"),
    "tongguan18": ("{F}通信管理局", "{F}通信管理局", ["{S}通信管理局", "{S}通管局"], "phone", None,
                   "发布电信市场监管、防范电信网络诈骗和用户申诉信息"),
    "maocu18": ("中国国际贸易促进委员会{F}委员会", "中国国际贸易促进委员会{F}委员会", ["{S}贸促会", "{S}贸促"],
                "globe", None, "发布经贸展会、商事认证和企业出海服务信息"),
    "guangong18": ("{F}关心下一代工作委员会", "{F}关心下一代工作委员会", ["{S}关工委", "{S}关心下一代"], "hands",
                   None, "发布关爱青少年、五老宣讲和留守儿童帮扶信息"),
    "ggzy18": ("{F}公共资源交易中心", "{F}公共资源交易中心", ["{S}公共资源交易", "{S}公共资源"], "coin", None,
               "发布工程招投标、政府采购和产权交易公告"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_tj18": ("{F}{DF}统计站", ["{DS}统计站", "{DS}统计员"], "book", None,
                  "发布乡镇统计调查、经济普查和人口抽样调查信息"),
    "town_jg18": ("{F}{DF}交通管理站", ["{DS}交管站", "{DS}交管"], "traffic_light", None,
                  "发布乡村道路交通安全劝导、农村客运和电动车上牌提示"),
    "town_hb18": ("{F}{DF}环境保护所", ["{DS}环保所", "{DS}环境保护"], "leaf", None,
                  "发布秸秆禁烧、散乱污整治和农村人居环境信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"zscq18": "知识产权", "bianban18": "编办", "tongguan18": "通管局", "maocu18": "贸促会",
               "guangong18": "关工委", "ggzy18": "公共资源", "town_tj18": "统计站", "town_jg18": "交管站",
               "town_hb18": "环保所"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level city (short, full, quarter of the province)
_ZZ, _KF, _LY, _PDS = ("郑州", "郑州市", "豫中"), ("开封", "开封市", "豫东"), ("洛阳", "洛阳市", "豫西"), \
    ("平顶山", "平顶山市", "豫中")
_AY, _HBI, _XX, _JZ = ("安阳", "安阳市", "豫北"), ("鹤壁", "鹤壁市", "豫北"), ("新乡", "新乡市", "豫北"), \
    ("焦作", "焦作市", "豫北")
_PY, _XC, _LH, _SMX = ("濮阳", "濮阳市", "豫北"), ("许昌", "许昌市", "豫中"), ("漯河", "漯河市", "豫中"), \
    ("三门峡", "三门峡市", "豫西")
_NY, _SQ, _XY, _ZK = ("南阳", "南阳市", "豫西南"), ("商丘", "商丘市", "豫东"), ("信阳", "信阳市", "豫南"), \
    ("周口", "周口市", "豫东")
_ZMD = ("驻马店", "驻马店市", "豫南")
PARENT = {"荥阳": _ZZ, "新郑": _ZZ, "新密": _ZZ, "尉氏": _KF, "祥符": _KF,
          "洛宁": _LY, "偃师": _LY, "孟津": _LY, "伊川": _LY, "叶县": _PDS, "郏县": _PDS, "内黄": _AY,
          "浚县": _HBI, "淇县": _HBI, "卫辉": _XX, "辉县": _XX, "获嘉": _XX, "修武": _JZ, "孟州": _JZ,
          "清丰": _PY, "南乐": _PY, "鄢陵": _XC, "长葛": _XC, "建安": _XC, "舞阳": _LH, "召陵": _LH,
          "渑池": _SMX, "卢氏": _SMX, "陕州": _SMX, "淅川": _NY, "社旗": _NY, "唐河": _NY, "内乡": _NY, "方城": _NY,
          "民权": _SQ, "永城": _SQ, "夏邑": _SQ, "光山": _XY, "潢川": _XY, "罗山": _XY,
          "项城": _ZK, "郸城": _ZK, "沈丘": _ZK, "扶沟": _ZK, "确山": _ZMD, "正阳": _ZMD}
REGION_NAME = "河南"
PROV_PINYIN = {"河南": "Henan", "山东": "Shandong", "广东": "Guangdong"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4t = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="河南", F="河南省", area="0371", landmark="pagoda", nick="老家河南",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 0, "platforms": _3, "names": {"wechat": "{S}12320"}}),
                ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("traffic", {"platforms": _3}),
                ("zscq18", {"name_idx": 0, "platforms": _3}),
                ("bianban18", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="泰岱齐鲁",
         depts=[("tongguan18", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="南粤潮涌",
         depts=[("maocu18", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="河南省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


CITIES = [
    # ---- counties, county-level cities and districts of the new province
    _c("荥阳", "荥阳市", "0371", "bridge", "楚河汉界", [("fabu", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("新郑", "新郑市", "0371", "pagoda", "黄帝故里", ["fabu", ("police", {"platforms": _3})]),
    _c("尉氏", "尉氏县", "0371", "sun", "阮籍故里", [("fabu", {"platforms": _3})]),
    _c("祥符", "祥符区", "0371", "waves", "朱仙镇年画", ["fabu"]),
    _c("洛宁", "洛宁县", "0379", "mountain", "洛书故里", ["fabu", ("hotline", {"platforms": _3})]),
    _c("偃师", "偃师区", "0379", "pagoda", "二里头", [("fabu", {"platforms": _3})]),
    _c("孟津", "孟津区", "0379", "waves", "河图之源", [("fabu", {"platforms": _3})]),
    _c("叶县", "叶县", "0375", "pagoda", "叶公故里", ["fabu"]),
    _c("郏县", "郏县", "0375", "mountain", "三苏园",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("内黄", "内黄县", "0372", "sun", "二帝陵", ["fabu"]),
    _c("浚县", "浚县", "0392", "pagoda", "泥咕咕之乡", [("fabu", {"platforms": _3})]),
    _c("淇县", "淇县", "0392", "waves", "朝歌古都", [("fabu", {"platforms": _3}), ("guangong18", {"name_idx": 0})]),
    _c("辉县", "辉县市", "0373", "mountain", "太行深处",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("修武", "修武县", "0391", "mountain", "云台山下", [("fabu", {"platforms": _3})]),
    _c("清丰", "清丰县", "0393", "sun", "孝道之乡", [("fabu", {"platforms": _3})]),
    _c("南乐", "南乐县", "0393", "pagoda", "仓颉故里", ["fabu"]),
    _c("鄢陵", "鄢陵县", "0374", "waves", "蜡梅故里",
       [("fabu", {"platforms": _3}), ("culture", {"avatar": "distinctive", "platforms": _3}),
        ("hotline", {"platforms": _2})]),
    _c("长葛", "长葛市", "0374", "bridge", "葛天故里", ["fabu", ("ggzy18", {"name_idx": 0})]),
    _c("建安", "建安区", "0374", "pagoda", "灞陵桥", [("fabu", {"platforms": _3})]),
    _c("舞阳", "舞阳县", "0395", "waves", "贾湖骨笛", [("fabu", {"platforms": _3})]),
    _c("召陵", "召陵区", "0395", "sun", "许慎故里", ["fabu"]),
    _c("渑池", "渑池县", "0398", "mountain", "仰韶文化", [("fabu", {"platforms": _3})],
       [dict(DS="仰韶", DF="仰韶镇", depts=["town_hb18"])]),
    _c("卢氏", "卢氏县", "0398", "mountain", "豫西大峡谷", [("fabu", {"platforms": _3})]),
    _c("陕州", "陕州区", "0398", "waves", "地坑院", [("fabu", {"platforms": _3})]),
    _c("淅川", "淅川县", "0377", "waves", "渠首", [("fabu", {"platforms": _3}), ("hotline", {"platforms": _2})],
       [dict(DS="荆紫关", DF="荆紫关镇", depts=["town_tj18"])]),
    _c("社旗", "社旗县", "0377", "pagoda", "赊店古镇", ["fabu"],
       [dict(DS="赊店", DF="赊店镇", depts=["town_jg18"])]),
    _c("唐河", "唐河县", "0377", "waves", "唐河泗洲塔", [("fabu", {"platforms": _3})]),
    _c("内乡", "内乡县", "0377", "pagoda", "内乡县衙", ["fabu"]),
    _c("民权", "民权县", "0370", "sun", "葡萄酒城", [("fabu", {"platforms": _3})]),
    _c("永城", "永城市", "0370", "mountain", "汉兴之地", [("fabu", {"platforms": _3}), ("bianban18", {"name_idx": 0})]),
    _c("夏邑", "夏邑县", "0370", "sun", "孔祖故里", ["fabu"]),
    _c("光山", "光山县", "0376", "mountain", "司马光故里", [("fabu", {"platforms": _3})]),
    _c("潢川", "潢川县", "0376", "waves", "黄国故城", ["fabu", ("zscq18", {"name_idx": 0})]),
    _c("罗山", "罗山县", "0376", "mountain", "董寨鸟乡", [("fabu", {"platforms": _3})]),
    _c("项城", "项城市", "0394", "bridge", "袁寨古民居",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2}),
        ("culture", {"avatar": "distinctive", "platforms": _3})]),
    _c("郸城", "郸城县", "0394", "sun", "郸城", ["fabu"]),
    _c("沈丘", "沈丘县", "0394", "waves", "槐店回族镇", ["fabu", ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("确山", "确山县", "0396", "mountain", "提琴之乡", ["fabu"],
       [dict(DS="竹沟", DF="竹沟镇", depts=["town_tj18"])]),
    _c("正阳", "正阳县", "0396", "sun", "花生之乡", [("fabu", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    # ---- Guangdong districts no other part used
    _c("汕头", "汕头市", "0754", "waves", "海滨邹鲁", [],
       [dict(DS="濠江", DF="濠江区", depts=["fabu_d"]), dict(DS="潮南", DF="潮南区", depts=["fabu_d"])],
       province="广东省"),
    _c("韶关", "韶关市", "0751", "mountain", "韶关", [],
       [dict(DS="武江", DF="武江区", depts=["fabu_d"])], province="广东省"),
    _c("湛江", "湛江市", "0759", "waves", "湛江", [],
       [dict(DS="坡头", DF="坡头区", depts=["fabu_d"])], province="广东省"),
    # ---- places that only have unregistered units here
    _c("新密", "新密市", "0371", "mountain", "新密", []),
    _c("伊川", "伊川县", "0379", "mountain", "伊川", []),
    _c("获嘉", "获嘉县", "0373", "mountain", "获嘉", []),
    _c("方城", "方城县", "0377", "mountain", "方城", []),
    _c("扶沟", "扶沟县", "0394", "mountain", "扶沟", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_2, _3, ["wechat", "douyin"], _2, _3k, ["weibo", "wechat", "toutiao"], _3, _2, _4t, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}#{key}".encode("utf-8")).hexdigest()[:8], 16)
    opts = _AUTO_PLATS[:8] if town else _AUTO_PLATS
    return list(opts[h % len(opts)])


def _fill(depts, S, town=False):
    out = []
    for d in depts:
        key, ovr = (d, {}) if isinstance(d, str) else d
        if "platforms" not in ovr:
            ovr = dict(ovr, platforms=_auto_platforms(S, key, town))
        out.append((key, ovr))
    return out


for _C_ in CITIES:
    _C_["depts"] = _fill(_C_["depts"], _C_["S"])
    for _D_ in _C_.get("districts", []):
        _D_["depts"] = _fill(_D_["depts"], _D_["DS"], town=True)

RENAME_SHARE = 0.073


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "新闻")
    if d == "police" and name == S + "公安":
        opts.append(S + "警方")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345热线")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文化旅游")
    if d == "zscq18" and name == S + "知识产权":
        opts.append(S + "知识产权保护")
    if d == "tongguan18" and name == S + "通信管理局":
        opts.append(S + "通信")
    if d == "bianban18" and name == S + "机构编制":
        opts.append(S + "机构编制网")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: one symbol to seven characters; the province's real government-service app, the province's dialect
# words ("all right?", "great", "our village", "our county"), the "old home" slogan word, intake desks (subsidy
# direct pay-out, arrears payment, account thaw, fee return, certification), shop words for the region's foods and
# crafts, "the new number is on" after an arrow, a "sole certified" plea in white parentheses, version tags
SUFFIXES = ["豫事办", "中不中", "俺村通", "俺县帮", "补贴直领", "代缴窗", "解冻处", "返还席", "核验点", "烩面馆",
            "胡辣汤铺", "红枣礼盒", "山楂坊", "泥咕咕屋", "→换号了", "→此号接班", "⦅只认这个⦆", "Ace", "Go",
            "Ⅻ", "0071", "_v2", "2.5", "ⓝ"]
PREFIXES = ["豫", "老家", "中州", "恁家", "俺村", "得劲·", "豫见", "【补助到卡】", "【逾期提醒】", "【诉求直达】",
            "♞", "☗", "⎈", "⬢", "〔豫〕", "老少爷们", "大喇叭", "紧着看·", "必转·"]
LOOKALIKE = {
    "荥": ["荧"], "郑": ["郏"], "郏": ["郊"], "祥": ["禅"], "洛": ["烙"], "偃": ["揠"], "叶": ["吐"], "浚": ["浸"],
    "修": ["倏"], "清": ["渍"], "葛": ["菖"], "陕": ["峡"], "淅": ["渐"], "旗": ["旖"], "唐": ["庸"], "权": ["杈"],
    "永": ["汆"], "潢": ["演"], "项": ["顼"], "沈": ["沉"], "河": ["阿"], "识": ["织"], "编": ["谝"], "促": ["捉"],
    "统": ["铳"], "计": ["讦"], "站": ["钻"], "环": ["坯"], "紫": ["絮"], "沟": ["洵"], "店": ["庙"], "坡": ["陂"],
}
SAME_SOUND = {
    "丘": ["球"], "丰": ["蜂", "凤"], "仰": ["养"], "会": ["诲"], "促": ["醋"], "保": ["报"], "信": ["薪", "心"],
    "修": ["袖", "绣"], "偃": ["眼", "演"], "关": ["馆"], "制": ["质", "置"], "卢": ["芦", "庐"], "卫": ["慰", "谓"],
    "县": ["羡"], "召": ["照", "兆"], "叶": ["夜", "页"], "唐": ["堂", "糖"], "坡": ["泊"], "城": ["惩"],
    "夏": ["霞", "吓"], "头": ["透"], "孟": ["猛", "盟"], "尉": ["蔚", "魏"], "局": ["聚", "巨"], "市": ["适", "世"],
    "师": ["狮"], "店": ["垫", "殿"], "府": ["甫", "抚"], "建": ["舰", "践"], "新": ["忻"], "旅": ["滤"],
    "旗": ["棋", "齐"], "易": ["义", "亦"], "机": ["肌", "饥"], "权": ["全", "泉"], "构": ["购", "够"],
    "正": ["症", "挣"], "武": ["侮"], "氏": ["是", "式"], "永": ["涌", "踊"], "池": ["驰", "迟"], "沈": ["审", "婶"],
    "河": ["盒", "菏"], "洛": ["骆", "络"], "津": ["筋", "襟"], "浚": ["俊", "峻"], "淅": ["希", "稀"],
    "淇": ["奇", "骑"], "清": ["轻", "倾"], "渑": ["棉", "眠"], "潢": ["皇", "凰"], "潮": ["嘲"], "濠": ["豪", "毫"],
    "确": ["鹊", "雀"], "社": ["赦"], "祥": ["湘"], "竹": ["逐"], "符": ["扶", "伏"], "统": ["筒", "捅"],
    "罗": ["螺"], "舞": ["午", "伍"], "荆": ["惊", "京"], "荥": ["形", "型"], "葛": ["格", "阁"],
    "计": ["技", "季"], "识": ["实", "时"], "贸": ["冒", "帽"], "资": ["兹"], "赊": ["奢"], "辉": ["徽", "灰"],
    "邑": ["意", "毅"], "郏": ["夹", "荚"], "郑": ["证"], "郸": ["单", "担"], "鄢": ["烟", "焉"], "陕": ["闪"],
    "陵": ["零", "灵"], "韶": ["勺", "芍"], "项": ["像", "向"], "黄": ["磺", "蝗"],
}
TRAD_MODES = ["first_and_third", "middle_three", "second_and_penult"]
# every Unicode space separator and blank-looking character is used by some other part, so this part breaks names
# with visible dashes, rules, leaders and dots other parts did not use
SPACES = ["\u2e3a", "\ufe4d", "\ufe4e", "\u203e", "\u2581", "\u2501", "\u254d", "\u2550", "\u2e17", "\u3030",
          "\u2025", "\u22ef", "\u16eb", "\u2981"]
DOUBLE_SPACE_P = 0.21
ZERO_WIDTH = ["\U000e0029", "\U000e002d", "\U000e0034", "\U000e003c", "\U000e0043", "\U000e004d", "\U000e0059",
              "\U000e006d", "\U000e0108", "\U000e0139", "\U000e0176", "\U000e01ab"]
EMOJI = ["🥋", "🦴", "🐢", "🍎", "🥜", "🌰", "🧄", "🍉", "🚂", "🥮", "🫘", "🐴"]
BRACKETS = [("⎛", "⎞"), ("⎝", "⎠"), ("⎣", "⎤"), ("◢", "◣"), ("『", "〗"), ("〔", "』"), ("〚", "〙"), ("✦", "✦"),
            ("☯", "☯"), ("ᕦ(", ")ᕤ")]
FULLWIDTH_MODES = ["double_acute", "candrabindu", "equals_below", "enclosing_screen"]
LEVEL_FORMS = ["prov_pinyin", "qu_as_xian", "shi_as_qu", "xian_as_qu", "yu_quarter", "town_pref_full"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}夜巡岗哨", "{nick}警情速递", "{S}反诈小哨"],
    "fabu": ["{S}政情播报台", "{nick}时政简报", "{S}今日要讯"],
    "gov": ["{S}政务发声", "{nick}民生连心桥"],
    "health": ["{S}健康小卫士", "{nick}医疗卫生动态"],
    "market": ["{S}放心消费站", "{nick}市场观察哨"],
    "tax": ["{S}税费答疑间", "{nick}税费直通"],
    "hotline": ["{S}有诉必应", "{nick}民声回响"],
    "culture": ["{S}周末去哪玩", "{nick}寻古探幽", "{S}非遗手记"],
    "traffic": ["{S}路况早班车", "{nick}行车安全岛"],
    "zscq18": ["{S}专利护航", "{nick}创新保护圈"],
    "bianban18": ["{S}机构改革动态", "{nick}编制工作手记"],
    "tongguan18": ["{S}防骗电话提醒", "{nick}信号通达"],
    "maocu18": ["{S}外贸出海圈", "{nick}展会快讯"],
    "guangong18": ["{S}五老宣讲团", "{nick}关爱少年"],
    "ggzy18": ["{S}招投标速递", "{nick}阳光交易"],
    "fabu_d": ["{S}区情播报"],
    "town_tj18": ["{S}数据小账本"],
    "town_jg18": ["{S}劝导员日记"],
    "town_hb18": ["{S}净土清流"],
    "generic": ["{S}乡亲热线", "{nick}民意直通车", "{S}百姓说事"],
}


# ---- digit forms (the registered digit names are 12345, 12366, 12315 and 12320)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "double_acute": lambda s: _marks(s, "\u030b"),
    "candrabindu": lambda s: _marks(s, "\u0310"),
    "equals_below": lambda s: _marks(s, "\u0347"),
    "enclosing_screen": lambda s: _marks(s, "\u20e2"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, pl, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _prov_pinyin(u, acc):
    """The province's name in pinyin in place of the characters (Henan发布 for 河南发布)."""
    name, pl = acc["row"]["name"], u["place"]
    py = PROV_PINYIN.get(pl["S"])
    if u["level"] != "province" or not py:
        return None
    if name.startswith(pl["F"]):
        return py + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return py + name[len(pl["S"]):]
    return None


def _qu_as_xian(u, acc):
    """A district written with the county level word (祥符县发布, 濠江县发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "district":
        if pl["province"] == "河南省" or not pl["DF"].endswith("区") or not name.startswith(pl["DS"]):
            return None
        return pl["DS"] + "县" + _rest(name, pl, pl["DS"], pl["DF"])
    if u["level"] != "city" or not pl["F"].endswith("区") or not name.startswith(pl["S"]):
        return None
    return pl["S"] + "县" + _rest(name, pl, pl["S"], pl["F"])


def _shi_as_qu(u, acc):
    """A county-level city written as a district of its prefecture (荥阳区发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["province"] != "河南省" or not pl["F"].endswith("市") or pl["S"] == pl["F"] \
            or not name.startswith(pl["S"]) or pl["S"].endswith("县"):
        return None
    return pl["S"] + "区" + _rest(name, pl, pl["S"], pl["F"])


def _xian_as_qu(u, acc):
    """A county written as if it had become a district (淅川区发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["province"] != "河南省" or not pl["F"].endswith("县") or pl["S"] == pl["F"] \
            or not name.startswith(pl["S"]) or name.startswith(pl["F"]):
        return None
    return pl["S"] + "区" + name[len(pl["S"]):]


def _yu_quarter(u, acc):
    """The quarter of the province the place lies in, before its name (豫南光山发布, 豫西南淅川12345)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or not name.startswith(pl["S"]):
        return None
    return par[2] + name


def _town_pref_full(u, acc):
    """A town put directly under its prefecture's full name, the county left out (南阳市赊店交管站)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[1] + name


_FORM_MAKERS = {"prov_pinyin": _prov_pinyin, "qu_as_xian": _qu_as_xian, "shi_as_qu": _shi_as_qu,
                "xian_as_qu": _xian_as_qu, "yu_quarter": _yu_quarter, "town_pref_full": _town_pref_full}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the pinyin, towns the prefecture's full name, districts the county level word, the county-level cities and
    counties one of their own wrong-level forms or the quarter of the province."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("prov_pinyin", "town_pref_full", "qu_as_xian"):
        if f in names:
            return f, names[f]
    rest = [f for f in ("shi_as_qu", "xian_as_qu", "yu_quarter") if f in names]
    if rest:
        f = rest[_h(acc, "hn") % len(rest)]
        return f, names[f]
    return cands[_h(acc, "q") % len(cands)]


def _only(form):
    def f(u, acc):
        ch = _chosen_form(u, acc)
        return [ch[1]] if ch and ch[0] == form else []
    f.__doc__ = _FORM_MAKERS[form].__doc__
    return f


LEVEL_FORM_FUNCS = {form: _only(form) for form in LEVEL_FORMS}


# ---- traditional-form modes
def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _t_first_and_third(s, u, r):
    """The first and the third convertible character (the first two if there are only two, the one if one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    pick = [idx[0], idx[2]] if len(idx) >= 3 else idx[:2]
    return _conv(s, pick)


def _t_middle_three(s, u, r):
    """The three convertible characters around the middle of the list of convertible ones (all if three or fewer)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    if len(idx) <= 3:
        return _conv(s, idx)
    m = len(idx) // 2
    return _conv(s, idx[m - 1:m + 2])


def _t_second_and_penult(s, u, r):
    """The second and the second-to-last convertible character (the last one if there are fewer than two)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    if len(idx) < 2:
        return _conv(s, idx)
    return _conv(s, sorted({idx[1], idx[-2]}))


TRAD_FUNCS = {"first_and_third": _t_first_and_third, "middle_three": _t_middle_three,
              "second_and_penult": _t_second_and_penult}


# ---- image edits
def _silt_ochre(img, rng):
    """Yellow-river silt: the picture as an ochre duotone, dark brown ink on a loess yellow."""
    g = np.asarray(ImageOps.grayscale(img), float) / 255.0
    ink = np.array([92, 58, 26], float)
    loess = np.array([236, 204, 140], float)
    k = rng.uniform(0.85, 0.95)
    out = loess * g[..., None] + ink * (1 - g[..., None]) * k + loess * (1 - g[..., None]) * (1 - k)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"silt ochre k{k:.2f}"


def _peony_wash(img, rng):
    """A peony-pink wash multiplied over the picture."""
    a = np.asarray(img, float)
    tint = np.array([246, 160, 196], float) / 255.0
    k = rng.uniform(0.55, 0.7)
    out = a * (1 - k) + a * tint * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"peony wash k{k:.2f}"


def _hue_rose(img, rng):
    """The hue turned by about 316 degrees."""
    deg = rng.randint(312, 320)
    hsv = np.asarray(img.convert("HSV")).copy()
    hsv[..., 0] = ((hsv[..., 0].astype(int) + int(round(deg * 255 / 360))) % 256).astype(np.uint8)
    return Image.fromarray(hsv, "HSV").convert("RGB"), f"hue turned {deg} degrees"


def _photocopy(img, rng):
    """A photocopied notice: grey, hard contrast, toner specks and a slight blur."""
    g = np.asarray(ImageOps.grayscale(img), float)
    g = np.clip((g - 128) * 1.8 + 140, 0, 255)
    specks = np.asarray([rng.random() for _ in range(g.size)]).reshape(g.shape)
    g[specks < 0.012] = 30
    out = Image.fromarray(g.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)).convert("RGB")
    return out, "photocopy"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _peony_wreath(img, rng, P):
    """A wreath of peony blossoms (layered pink and red discs with a yellow heart) around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    c = W / 2
    rr = w / 2 + pad * 0.5
    for k in range(14):
        a = np.radians(k * 360 / 14)
        x, y = c + rr * np.cos(a), c + rr * np.sin(a)
        s = pad * 0.55
        for j, col in enumerate([(214, 40, 90), (238, 110, 150), (250, 190, 210)]):
            t = s * (1 - 0.28 * j)
            d.ellipse([x - t, y - t, x + t, y + t], fill=col)
        d.ellipse([x - s * 0.18, y - s * 0.18, x + s * 0.18, y + s * 0.18], fill=(250, 210, 60))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border peony wreath"


def _oracle_shell(img, rng, P):
    """A tortoise-shell plate: a tan oval ground with scratched oracle-bone-like strokes around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (60, 44, 30))
    d = ImageDraw.Draw(out)
    d.ellipse([2, 2, W - 3, W - 3], fill=(214, 186, 140), outline=(120, 90, 60), width=3)
    for k in range(36):
        side = k % 4
        t = rng.uniform(0.12, 0.88) * W
        x, y = [(t, pad * 0.5), (W - pad * 0.5, t), (t, W - pad * 0.5), (pad * 0.5, t)][side]
        L = pad * rng.uniform(0.15, 0.35)
        a = np.radians(rng.uniform(0, 180))
        d.line([(x - L * np.cos(a), y - L * np.sin(a)), (x + L * np.cos(a), y + L * np.sin(a))],
               fill=(96, 64, 36), width=2)
    out.paste(img, (pad, pad))
    return out, "border oracle shell"


def _brick_wall(img, rng, P):
    """A grey-brick wall with the picture set in like a plaque."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (200, 200, 196))
    d = ImageDraw.Draw(out)
    bh = max(6, pad // 3)
    for row, y in enumerate(range(0, W, bh)):
        off = (bh if row % 2 else 0)
        for x in range(-off, W, 2 * bh):
            d.rectangle([x + 1, y + 1, x + 2 * bh - 1, y + bh - 1], fill=(118, 120, 124), outline=(176, 176, 172))
    d.rectangle([pad - 4, pad - 4, W - pad + 3, W - pad + 3], fill=(60, 60, 62))
    out.paste(img, (pad, pad))
    return out, "border brick wall"


def _shot_live_gift(img, rng, P, out_px):
    """A live-stream room: dark video area, the avatar small in the host badge, a gift panel of coloured tiles."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (34, 30, 44))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.03 * S), int(0.03 * S), int(0.6 * S), int(0.03 * S) + int(S * 0.15)], radius=20,
                        fill=(70, 60, 80))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.05 * S), int(0.05 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    d.rectangle([x0 + a + int(0.02 * S), y0 + a // 3, x0 + a + int(0.3 * S), y0 + a // 3 + int(0.03 * S)],
                fill=(240, 240, 240))
    d.rectangle([0, int(0.6 * S), S, S], fill=(250, 250, 250))
    for i in range(2):
        for j in range(4):
            xx, yy = int((0.04 + 0.24 * j) * S), int((0.64 + 0.17 * i) * S)
            col = tuple(int(v) for v in rng.choice([(255, 120, 160), (255, 200, 60), (120, 200, 255), (170, 120, 255)]))
            d.ellipse([xx, yy, xx + int(0.12 * S), yy + int(0.12 * S)], fill=col)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot live gift panel scale {a / S:.3f}"


def _shot_work_order(img, rng, P, out_px):
    """A hotline work-order page: blue header, the avatar small at the top left, form rows and a submit bar."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 246, 250))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.18 * S)], fill=(22, 100, 220))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.04 * S), int(0.04 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    for k in range(5):
        yy = int((0.24 + 0.11 * k) * S)
        d.rectangle([int(0.05 * S), yy, int(0.95 * S), yy + int(0.08 * S)], fill=(255, 255, 255), outline=(220, 224, 230))
        d.rectangle([int(0.08 * S), yy + int(0.025 * S), int(S * rng.uniform(0.25, 0.4)), yy + int(0.05 * S)],
                    fill=(150, 150, 160))
    d.rounded_rectangle([int(0.1 * S), int(0.86 * S), int(0.9 * S), int(0.95 * S)], radius=14, fill=(22, 100, 220))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot work order scale {a / S:.3f}"


def _shot_album_grid(img, rng, P, out_px):
    """A phone photo album: a grid of grey and coloured thumbnails, the avatar one small tile among them."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.08 * S)], fill=(248, 248, 248))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    step = a + 6
    pos = []
    for i in range(int(0.1 * S), S - a, step):
        for j in range(6, S - a, step):
            pos.append((j, i))
    k0 = rng.randrange(len(pos))
    for k, (x, y) in enumerate(pos):
        if k == k0:
            canvas.paste(img.resize((a, a), Image.BILINEAR), (x, y))
        else:
            col = tuple(int(v) for v in rng.choice([(200, 200, 200), (180, 200, 220), (220, 200, 170), (190, 215, 190)]))
            d.rectangle([x, y, x + a - 1, y + a - 1], fill=col)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot album grid scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"silt_ochre": _silt_ochre, "peony_wash": _peony_wash, "hue_rose": _hue_rose,
                                   "photocopy": _photocopy},
                   border_funcs={"peony_wreath": _peony_wreath, "oracle_shell": _oracle_shell,
                                 "brick_wall": _brick_wall},
                   screenshot_funcs={"live_gift_panel": _shot_live_gift, "work_order": _shot_work_order,
                                     "album_grid": _shot_album_grid},
                   resize_px=[262, 267, 271, 279, 283, 291, 296],
                   jpeg_q=(78, 85), crop_frac=(0.3601, 0.3649),
                   border_styles=["peony_wreath", "oracle_shell", "brick_wall"],
                   border_colours=[(252, 240, 228), (238, 248, 240), (246, 234, 246), (234, 240, 252),
                                   (250, 246, 226), (240, 236, 232)],
                   border_frac=(0.388, 0.396),
                   recolour_modes=["silt_ochre", "peony_wash", "hue_rose", "photocopy"],
                   hue_shift=(312, 320), rotate_deg=(47.2, 49.6),
                   watermark_texts=["豫事办", "补贴直领", "代缴入口", "俺村通知", "解冻登记"],
                   watermark_alpha=(166, 175),
                   screenshot_styles=["live_gift_panel", "work_order", "album_grid"],
                   screenshot_scale=(0.105, 0.124))
P_IMPOSTOR_DERIVED = 0.551
P_IMPOSTOR_DEFAULT = 0.106
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.103
IMPOSTOR_VERIFIED = [("enterprise", "{S}豫通达便民服务有限公司"), ("personal", "中原生活随手拍博主"),
                     ("other", "{S}老乡互助联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}：小麦一次性种粮补贴开始直领，添加微信{wx}登记身份证和银行卡",
                  "【{S}{fn}】社保卡冻结需解冻，私信{wx}办理，逾期作废",
                  "{name}：豫事办账户认证过期，点击主页链接重新认证领补贴",
                  "{S}{fn}：拖欠的电动车上牌费可线上代缴，联系QQ{qq}",
                  "{S}{fn}原号已停更，以后只认本号，咨询办事加微信{wx}"]
MAX_PER_TARGET = 6

# Every two- and three-tactic combination that the builder can write is used by some other part, and dev15, dev16 and
# dev17 used 62 four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses (four
# impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_PR, _RE, _SP, _EB], 4), ([_LA, _TR, _SP, _FW], 4), ([_SU, _LA, _TR, _NP], 4), ([_PR, _LA, _ZW, _LP], 4),
    ([_PR, _RE, _EB, _FW], 4), ([_PR, _TR, _SP, _NP], 4), ([_SS, _TR, _SP, _LP], 4), ([_PR, _RE, _ZW, _FW], 4),
    ([_SU, _PR, _EB, _FW], 4), ([_SU, _TR, _ZW, _EB], 4), ([_LA, _TR, _EB, _FW], 4), ([_LA, _SP, _ZW, _NP], 4),
    ([_SU, _LA, _SP, _FW], 4), ([_ZW, _EB, _LP, _NP], 4), ([_SU, _SS, _ZW, _FW], 4), ([_RE, _SS, _SP, _ZW], 4),
    ([_SP, _FW, _LP, _NP], 4), ([_SU, _RE, _SS, _NP], 4), ([_PR, _ZW, _EB, _LP], 4), ([_SU, _RE, _LA, _TR], 4),
    ([_RE, _LA, _SS, _SP], 4), ([_LA, _TR, _SP, _LP], 4), ([_PR, _RE, _SS, _FW], 4), ([_SS, _EB, _LP, _NP], 4),
    ([_SU, _SS, _SP, _LP], 4), ([_SU, _ZW, _LP, _NP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture"]
OTHER_PLACES_CHAR = [
    dict(reg="河南", S="河曲", F="河曲县", province="山西省", level="province", depts=_F3,
         units={"fabu": "河曲县人民政府新闻办公室", "police": "河曲县公安局", "culture": "河曲县文化和旅游局"}),
    dict(reg="荥阳", S="荥经", F="荥经县", province="四川省", level=_C),
    dict(reg="新郑", S="新源", F="新源县", province="新疆维吾尔自治区", level=_C),
    dict(reg="尉氏", S="尉犁", F="尉犁县", province="新疆维吾尔自治区", level=_C),
    dict(reg="洛宁", S="洛浦", F="洛浦县", province="新疆维吾尔自治区", level=_C),
    dict(reg="叶县", S="叶城", F="叶城县", province="新疆维吾尔自治区", level=_C),
    dict(reg="内黄", S="内丘", F="内丘县", province="河北省", level=_C),
    dict(reg="卢氏", S="卢龙", F="卢龙县", province="河北省", level=_C),
    dict(reg="夏邑", S="夏县", F="夏县", province="山西省", level=_C),
    dict(reg="清丰", S="清徐", F="清徐县", province="山西省", level=_C),
    dict(reg="孟津", S="孟村", F="孟村回族自治县", province="河北省", level=_C),
    dict(reg="长葛", S="长子", F="长子县", province="山西省", level=_C),
    dict(reg="民权", S="民乐", F="民乐县", province="甘肃省", level=_C),
    dict(reg="永城", S="永年", F="邯郸市永年区", province="河北省", level=_C,
         units={"police": "邯郸市公安局永年分局"}),
    dict(reg="正阳", S="正定", F="正定县", province="河北省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="项城", S="相城", F="苏州市相城区", province="江苏省", level=_C,
         units={"police": "苏州市公安局相城分局"}),
    dict(reg="郏县", S="佳县", F="佳县", province="陕西省", level=_C),
    dict(reg="鄢陵", S="炎陵", F="炎陵县", province="湖南省", level=_C),
    dict(reg="辉县", S="徽县", F="徽县", province="甘肃省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("蓝田", "蓝田县", "陕西省", "police"), ("周至", "周至县", "陕西省", "fabu"), ("扶风", "扶风县", "陕西省", "police"),
    ("天祝", "天祝藏族自治县", "甘肃省", "fabu"), ("礼泉", "礼泉县", "陕西省", "procur"), ("旬邑", "旬邑县", "陕西省", "police"),
    ("潼关", "潼关县", "陕西省", "fabu"), ("华池", "华池县", "甘肃省", "police"), ("卓尼", "卓尼县", "甘肃省", "fabu"),
    ("延川", "延川县", "陕西省", "police"), ("甘泉", "甘泉县", "陕西省", "fabu"), ("城固", "城固县", "陕西省", "procur"),
    ("宁强", "宁强县", "陕西省", "police"), ("舟曲", "舟曲县", "甘肃省", "police"), ("靖边", "靖边县", "陕西省", "police"),
    ("绥德", "绥德县", "陕西省", "fabu"), ("米脂", "米脂县", "陕西省", "police"), ("平利", "平利县", "陕西省", "fabu"),
    ("镇坪", "镇坪县", "陕西省", "police"), ("柞水", "柞水县", "陕西省", "fabu"), ("皋兰", "皋兰县", "甘肃省", "police"),
    ("榆中", "榆中县", "甘肃省", "fabu"), ("秦安", "秦安县", "甘肃省", "police"), ("甘谷", "甘谷县", "甘肃省", "fabu"),
    ("武山", "武山县", "甘肃省", "police"), ("高台", "高台县", "甘肃省", "procur"), ("金塔", "金塔县", "甘肃省", "fabu"),
    ("瓜州", "瓜州县", "甘肃省", "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="河南日报", platform="weibo", vtype="media", reason="河南日报社官方微博", desc="河南新闻。",
         logo_text="豫报"),
    dict(name="大河报", platform="douyin", vtype="media", reason="大河报社官方账号", desc="都市民生新闻。",
         logo_text="大河"),
    dict(name="河南商报", platform="toutiao", vtype="media", reason="河南商报社官方账号", desc="财经民生新闻。",
         logo_text="商报"),
    dict(name="大象新闻", platform="kuaishou", vtype="media", reason="河南广播电视台大象新闻客户端官方账号",
         desc="新闻短视频。", logo_text="大象"),
    dict(name="顶端新闻", platform="wechat", vtype="media", reason="河南日报报业集团顶端新闻", desc="新闻客户端。",
         logo_text="顶端"),
    dict(name="猛犸新闻", platform="weibo", vtype="media", reason="河南商报社猛犸新闻官方微博", desc="新闻客户端。",
         logo_text="猛犸"),
    dict(name="映象网", platform="wechat", vtype="media", reason="河南广播电视台映象网", desc="新闻网站。",
         logo_text="映象"),
    dict(name="郑州日报", platform="wechat", vtype="media", reason="郑州日报社", desc="郑州新闻。"),
    dict(name="洛阳日报", platform="toutiao", vtype="media", reason="洛阳日报社官方账号", desc="洛阳新闻。"),
    dict(name="南阳日报", platform="douyin", vtype="media", reason="南阳日报社官方账号", desc="南阳新闻。"),
    dict(name="商丘日报", platform="wechat", vtype="media", reason="商丘日报社", desc="商丘新闻。"),
    dict(name="信阳日报", platform="toutiao", vtype="media", reason="信阳日报社官方账号", desc="信阳新闻。"),
    dict(name="周口日报", platform="kuaishou", vtype="media", reason="周口日报社官方账号", desc="周口新闻。"),
    dict(name="驻马店日报", platform="wechat", vtype="media", reason="驻马店日报社", desc="驻马店新闻。"),
    dict(name="许昌日报", platform="weibo", vtype="media", reason="许昌日报社官方微博", desc="许昌新闻。"),
    dict(name="三门峡日报", platform="toutiao", vtype="media", reason="三门峡日报社官方账号", desc="三门峡新闻。"),
    dict(name="河南交通广播", platform="weibo", vtype="media", reason="河南广播电视台交通广播官方微博",
         desc="交通广播。", logo_text="广播"),
    dict(name="小莉帮忙", platform="douyin", vtype="media", reason="河南广播电视台民生频道官方账号",
         desc="民生帮办栏目。", logo_text="帮忙"),
    dict(name="项城融媒", platform="douyin", vtype="media", reason="项城市融媒体中心官方账号", desc="项城新闻。"),
    dict(name="淅川电视台", platform="kuaishou", vtype="media", reason="淅川县广播电视台官方账号", desc="淅川新闻。"),
    dict(name="河南公安一线纪实", platform="douyin", vtype="media", reason="河南广播电视台官方账号",
         desc="电视台法治纪实栏目，跟拍基层民警，并非公安机关账号。", logo_text="纪实"),
    dict(name="辉县12345回访", platform="toutiao", vtype="media", reason="新乡广播电视台官方账号",
         desc="电视台民生栏目，回访热线诉求的办理情况。", logo_text="回访"),
    dict(name="鄢陵文旅寻踪", platform="wechat", vtype="media", reason="许昌广播电视台",
         desc="电视台文旅栏目，走访花木之乡，并非文旅局账号。", logo_text="寻踪"),
    dict(name="郏县公安故事", platform="douyin", vtype="media", reason="平顶山广播电视台官方账号",
         desc="电视台法治栏目，讲述民警办案，并非公安账号。", logo_text="故事"),
    dict(name="河南交警路况台", platform="bilibili", vtype="media", reason="河南广播电视台官方账号",
         desc="交通广播的路况节目，并非交警账号。", logo_text="路况"),
    dict(name="沈丘税务问答", platform="toutiao", vtype="media", reason="周口日报社官方账号",
         desc="报社财经栏目，请税务干部答疑，并非税务局账号。", logo_text="问答"),
]
PERSONAL = [
    dict(name="浚县泥咕咕传承人", platform="douyin", vtype="personal", reason="民间艺人"),
    dict(name="舞阳骨笛爱好者", platform="kuaishou", avatar="cartoon"),
    dict(name="淅川渠首摄影老王", platform="weibo", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="郏县饸饹面师傅", platform="douyin", vtype="personal", reason="美食博主"),
    dict(name="内黄枣农老赵", platform="kuaishou"),
    dict(name="民权葡萄园小张", platform="douyin", avatar="cartoon"),
    dict(name="确山提琴制作师", platform="toutiao"),
    dict(name="鄢陵花农老冯", platform="kuaishou", avatar="default"),
    dict(name="长葛蜂农阿强", platform="douyin"),
    dict(name="渑池仰韶文化迷", platform="kuaishou"),
    dict(name="卢氏连翘采药人", platform="douyin", avatar="default"),
    dict(name="社旗赊店老街讲解员", platform="kuaishou"),
    dict(name="唐河种地的小刘", platform="douyin"),
    dict(name="修武云台山挑夫", platform="kuaishou", avatar="scenery"),
    dict(name="偃师二里头考古迷", platform="weibo", vtype="personal", reason="历史博主", avatar="scenery"),
    dict(name="孟津黄河鲤鱼钓手", platform="douyin"),
    dict(name="南乐仓颉字迷", platform="weibo"),
    dict(name="潢川贡面手艺人", platform="kuaishou", avatar="default"),
    dict(name="乡村医生马大夫", platform="toutiao", vtype="personal", reason="洛宁某村卫生室乡村医生"),
    dict(name="王律师讲土地流转", platform="toutiao", vtype="personal", reason="河南某律师事务所律师"),
    dict(name="辉县辅警小牛", platform="douyin", vtype="personal", reason="辉县市公安局辅警",
         desc="分享防诈骗小知识。"),
    dict(name="罗山板栗农户", platform="kuaishou"),
    dict(name="正阳花生大户", platform="weibo"),
    dict(name="天天转河南发布", platform="weibo", vtype="personal", reason="退休职工",
         desc="转发河南发布的消息，个人账号，非官方。"),
    dict(name="大刘打过项城12345", platform="toutiao", vtype="personal", reason="本地生活博主",
         desc="个人记录拨打热线的经历，非官方。"),
    dict(name="陕州文旅打卡日记", platform="wechat", desc="个人游记，记录在陕州住地坑院的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="河南公安警用装备店", platform="weibo", vtype="enterprise", reason="郑州某商贸有限公司",
         desc="劳保和户外用品销售，私营企业，与公安机关无关。", logo_text="装备"),
    dict(name="鄢陵文旅民宿", platform="wechat", vtype="enterprise", reason="许昌某酒店管理有限公司",
         desc="民宿预订，企业账号，与文旅部门无关。"),
    dict(name="河南税务代账工作室", platform="douyin", vtype="enterprise", reason="郑州某财税咨询有限公司",
         desc="代理记账、税务咨询，私营企业，与税务局无关。"),
    dict(name="新郑红枣", platform="douyin"),
    dict(name="荥阳柿饼", platform="kuaishou", vtype="enterprise", reason="荥阳某农业有限公司"),
    dict(name="偃师银条", platform="douyin"),
    dict(name="叶县岩盐", platform="kuaishou", avatar="default"),
    dict(name="内黄尖椒", platform="douyin", vtype="enterprise", reason="内黄某农产品有限公司"),
    dict(name="淇县缠丝鸭蛋", platform="kuaishou"),
    dict(name="辉县山楂", platform="douyin"),
    dict(name="修武云台山民宿", platform="kuaishou", vtype="enterprise", reason="修武某旅游有限公司"),
    dict(name="清丰实木家具", platform="douyin"),
    dict(name="长葛蜂蜜", platform="kuaishou"),
    dict(name="舞阳贾湖酒", platform="douyin", avatar="default"),
    dict(name="渑池仰韶酒", platform="kuaishou"),
    dict(name="卢氏核桃", platform="douyin"),
    dict(name="社旗赊店老酒", platform="kuaishou", vtype="enterprise", reason="社旗某酒业有限公司"),
    dict(name="民权葡萄酒", platform="douyin"),
    dict(name="光山十八酥", platform="kuaishou"),
    dict(name="潢川贡面", platform="douyin"),
    dict(name="罗山板栗", platform="kuaishou", vtype="enterprise", reason="罗山某食品有限公司"),
    dict(name="确山提琴", platform="douyin"),
    dict(name="沈丘顾家馍", platform="kuaishou", avatar="default"),
    dict(name="正阳花生", platform="douyin"),
    dict(name="孟津黄河鲤鱼", platform="wechat", vtype="enterprise", reason="洛阳某水产有限公司"),
    dict(name="潮南内衣批发", platform="douyin", vtype="enterprise", reason="汕头某服饰有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("荥阳", "汜水", "汜水镇", ["town_jg18"]), ("新密", "超化", "超化镇", ["town_hb18"]),
    ("辉县", "薄壁", "薄壁镇", ["town_tj18"]), ("永城", "芒山", "芒山镇", ["town_hb18"]),
    ("夏邑", "会亭", "会亭镇", ["town_jg18"]), ("方城", "独树", "独树镇", ["town_tj18"]),
    ("卢氏", "官道口", "官道口镇", ["town_jg18"]), ("唐河", "郭滩", "郭滩镇", ["town_hb18"]),
    ("鄢陵", "陈化店", "陈化店镇", ["town_tj18"]), ("唐河", "源潭", "源潭镇", ["town_jg18"]),
]
UNREG_CITY = [
    ("河南", "edu", 0), ("河南", "fire", 0), ("河南", "medins", 0), ("河南", "civil", 0),
    ("山东", "maocu18", 0), ("广东", "tongguan18", 0), ("河南", "guangong18", 0),
    ("荥阳", "police", 0), ("尉氏", "police", 0), ("洛宁", "police", 0), ("偃师", "police", 0),
    ("叶县", "police", 0), ("内黄", "police", 0), ("浚县", "police", 0), ("淇县", "police", 0), ("修武", "police", 0),
    ("清丰", "police", 0), ("鄢陵", "police", 0), ("渑池", "police", 0), ("淅川", "police", 0),
    ("河南", "emergency", 0), ("河南", "eco", 0), ("河南", "water", 0), ("河南", "ggzy18", 0),
    ("新密", "fabu", 0), ("伊川", "fabu", 0), ("获嘉", "fabu", 0), ("方城", "fabu", 0), ("扶沟", "fabu", 0),
    ("新密", "police", 0), ("伊川", "police", 0), ("扶沟", "police", 0),
    ("叶县", "hotline", 0), ("浚县", "hotline", 0), ("民权", "hotline", 0), ("唐河", "hotline", 0),
    ("确山", "culture", 0), ("淅川", "culture", 0), ("永城", "culture", 0),
    ("孟津", "police", 0), ("光山", "police", 0), ("确山", "police", 0),
    ("郸城", "hotline", 0),
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
    print("building dev18 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev18\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
