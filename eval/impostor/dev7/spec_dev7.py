"""Seventh dev part (dev7): built blind as the fifth held-out part (2026-12-02), demoted to tuning data in the
seventh session.
Run: python eval/impostor/dev7/spec_dev7.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev6/; the few unavoidable reuses are listed in README.intro.md.  Most units belong to a
third province (its provincial bodies, three prefecture-level cities, their districts, county-level units of the
whole province and a few towns), plus a few unused counties of Shandong and Guangdong.  The registry is therefore
the supervising office's registry for three provinces.  Part-specific machinery (township unit kinds, level forms,
traditional-form modes, digit forms, frame, colour and screenshot edits, the registry's region fix for county-level
units and their towns) lives in this file, not in gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

PART = "dev7"
SEED = 9127
CRAWL_DAY = "2024-12-03"

# ------------------------------------------------------------------ township unit kinds new in this part
_NEW_TOWN = {
    "town_wsy7": ("{F}{DF}卫生院", ["{DS}卫生院", "{DF}卫生院"], "cross", None,
                  "提供基本医疗、预防接种和家庭医生签约服务"),
    "town_zf7": ("{F}{DF}综合行政执法局", ["{DS}综合执法", "{DF}综合执法"], "star", None,
                 "发布镇域综合行政执法、安全生产检查和便民服务信息"),
    "town_whz7": ("{F}{DF}综合文化站", ["{DS}文化站", "{DF}文化站"], "pagoda", None,
                  "发布镇域群众文化活动、非遗展示和文旅活动信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"town_wsy7": "卫生院", "town_zf7": "综合执法", "town_whz7": "文化站"}.items():
    G.FN.setdefault(_k, _v)

# county-level cities and counties are built as "city" places; their prefecture is kept here
PARENT = {"沭阳": ("宿迁", "宿迁市"), "泗洪": ("宿迁", "宿迁市"), "泗阳": ("宿迁", "宿迁市"),
          "东海": ("连云港", "连云港市"), "灌云": ("连云港", "连云港市"), "灌南": ("连云港", "连云港市"),
          "阜宁": ("盐城", "盐城市"), "射阳": ("盐城", "盐城市"), "建湖": ("盐城", "盐城市"), "东台": ("盐城", "盐城市"),
          "响水": ("盐城", "盐城市"), "睢宁": ("徐州", "徐州市"), "邳州": ("徐州", "徐州市"), "如皋": ("南通", "南通市"),
          "启东": ("南通", "南通市"), "溧阳": ("常州", "常州市"), "江阴": ("无锡", "无锡市"), "丹阳": ("镇江", "镇江市"),
          "句容": ("镇江", "镇江市"), "兴化": ("泰州", "泰州市"), "靖江": ("泰州", "泰州市"), "宝应": ("扬州", "扬州市"),
          "盱眙": ("淮安", "淮安市"), "金湖": ("淮安", "淮安市"), "昆山": ("苏州", "苏州市"), "常熟": ("苏州", "苏州市"),
          "张家港": ("苏州", "苏州市"), "太仓": ("苏州", "苏州市"),
          "平阴": ("济南", "济南市"), "蒙阴": ("临沂", "临沂市"), "沂源": ("淄博", "淄博市"), "高唐": ("聊城", "聊城市"),
          "佛冈": ("清远", "清远市"), "封开": ("肇庆", "肇庆市"), "连山": ("清远", "清远市"), "广宁": ("肇庆", "肇庆市")}

# regional (sub-provincial) belts used by one level form
REGION = {"宿迁": "苏北", "连云港": "苏北", "盐城": "苏北", "徐州": "苏北", "淮安": "苏北", "南通": "苏中",
          "泰州": "苏中", "扬州": "苏中", "常州": "苏南", "无锡": "苏南", "镇江": "苏南", "苏州": "苏南",
          "济南": "鲁中", "淄博": "鲁中", "临沂": "鲁南", "聊城": "鲁西", "清远": "粤北", "肇庆": "粤西"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="江苏", F="江苏省", area="025", landmark="bridge", nick="水韵江苏",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("market", {"platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"]}),
                ("hrss", {"platforms": _2}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("weather", {"platforms": _3}),
                ("hotline", {"platforms": ["weibo", "wechat", "douyin"]})]),
]
CITIES = [
    # ---- the third province's prefecture-level cities not used by any other part
    dict(S="连云港", F="连云港市", province="江苏省", area="0518", landmark="mountain", nick="花果山",
         depts=["fabu", "police", ("hotline", {"platforms": _3}), ("culture", {"avatar": "distinctive"}),
                "traffic"],
         districts=[dict(DS="海州", DF="海州区", depts=["fabu_d"]), dict(DS="赣榆", DF="赣榆区", depts=["police_d"])]),
    dict(S="盐城", F="盐城市", province="江苏省", area="0515", landmark="waves", nick="丹顶鹤",
         depts=["fabu", "police", ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}}), "tax", "health"],
         districts=[dict(DS="亭湖", DF="亭湖区", depts=["police_d"]), dict(DS="盐都", DF="盐都区", depts=["market_d"]),
                    dict(DS="大丰", DF="大丰区", depts=["fabu_d"])]),
    dict(S="宿迁", F="宿迁市", province="江苏省", area="0527", landmark="pagoda", nick="项王故里",
         depts=["fabu", "police", ("hotline", {"platforms": _4}), ("hrss", {"platforms": _3,
                                                                        "names": {"wechat": "{S}12333"}}), "edu"],
         districts=[dict(DS="宿城", DF="宿城区", depts=["court_d"]), dict(DS="宿豫", DF="宿豫区", depts=["procur_d"])]),
    # ---- county-level units of the third province (their prefectures are places of other parts or above)
    dict(S="沭阳", F="沭阳县", province="江苏省", area="0527", landmark="sun", nick="花木之乡",
         depts=["fabu", "police"]),
    dict(S="泗洪", F="泗洪县", province="江苏省", area="0527", landmark="waves", nick="湖滨",
         depts=["fabu", "police"], districts=[dict(DS="双沟", DF="双沟镇", depts=["town_wsy7"])]),
    dict(S="泗阳", F="泗阳县", province="江苏省", area="0527", landmark="tower", nick="杨树之乡", depts=["fabu"]),
    dict(S="东海", F="东海县", province="江苏省", area="0518", landmark="mountain", nick="晶都",
         depts=["fabu", "police"]),
    dict(S="灌云", F="灌云县", province="江苏省", area="0518", landmark="pier", nick="伊芦山", depts=["fabu"]),
    dict(S="阜宁", F="阜宁县", province="江苏省", area="0515", landmark="skyline", nick="大糕之乡",
         depts=["fabu", "police"]),
    dict(S="射阳", F="射阳县", province="江苏省", area="0515", landmark="lighthouse", nick="鹤乡菊海", depts=["fabu"]),
    dict(S="建湖", F="建湖县", province="江苏省", area="0515", landmark="waves", nick="杂技之乡", depts=["fabu"]),
    dict(S="东台", F="东台市", province="江苏省", area="0515", landmark="sun", nick="西溪",
         depts=["fabu", "police", ("culture", {"avatar": "distinctive"})]),
    dict(S="睢宁", F="睢宁县", province="江苏省", area="0516", landmark="pagoda", nick="水月禅寺",
         depts=["fabu", "police"]),
    dict(S="邳州", F="邳州市", province="江苏省", area="0516", landmark="tower", nick="古邳", depts=["fabu"]),
    dict(S="如皋", F="如皋市", province="江苏省", area="0513", landmark="pagoda", nick="水绘园",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": _4})]),
    dict(S="启东", F="启东市", province="江苏省", area="0513", landmark="pier", nick="江海门户",
         depts=["fabu", "police"]),
    dict(S="溧阳", F="溧阳市", province="江苏省", area="0519", landmark="waves", nick="天目湖",
         depts=["fabu", ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou",
                                                                            "bilibili"]})]),
    dict(S="江阴", F="江阴市", province="江苏省", area="0510", landmark="bridge", nick="澄江",
         depts=["fabu", "police", ("hotline", {"platforms": _3})],
         districts=[dict(DS="华士", DF="华士镇", depts=["town_zf7"])]),
    dict(S="丹阳", F="丹阳市", province="江苏省", area="0511", landmark="skyline", nick="眼镜城", depts=["fabu"]),
    dict(S="兴化", F="兴化市", province="江苏省", area="0523", landmark="sun", nick="垛田",
         depts=["fabu", ("culture", {"platforms": _3})]),
    dict(S="宝应", F="宝应县", province="江苏省", area="0514", landmark="waves", nick="荷藕之乡", depts=["fabu"]),
    dict(S="盱眙", F="盱眙县", province="江苏省", area="0517", landmark="mountain", nick="龙虾之都",
         depts=["fabu", ("culture", {"avatar": "distinctive"})]),
    dict(S="昆山", F="昆山市", province="江苏省", area="0512", landmark="skyline", nick="玉峰",
         depts=["fabu", "police", ("hotline", {"platforms": _4})],
         districts=[dict(DS="周庄", DF="周庄镇", depts=["town_whz7"])]),
    dict(S="常熟", F="常熟市", province="江苏省", area="0512", landmark="mountain", nick="虞山",
         depts=["fabu", "police"]),
    dict(S="张家港", F="张家港市", province="江苏省", area="0512", landmark="pier", nick="暨阳",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": _3, "names": {"douyin": "平安{S}"}})]),
    # ---- unused counties of Shandong and Guangdong
    dict(S="平阴", F="平阴县", province="山东省", area="0531", landmark="mountain", nick="玫瑰之乡", depts=["fabu"]),
    dict(S="蒙阴", F="蒙阴县", province="山东省", area="0539", landmark="mountain", nick="蜜桃之乡",
         depts=["fabu", "police"]),
    dict(S="佛冈", F="佛冈县", province="广东省", area="0763", landmark="sun", nick="观音山", depts=["fabu"]),
    dict(S="封开", F="封开县", province="广东省", area="0758", landmark="waves", nick="广府首府", depts=["fabu"]),
    # ---- places that only have unregistered units here
    dict(S="灌南", F="灌南县", province="江苏省", area="0518", landmark="waves", nick="二郎神故里", depts=[]),
    dict(S="响水", F="响水县", province="江苏省", area="0515", landmark="pier", nick="黄海滩涂", depts=[]),
    dict(S="句容", F="句容市", province="江苏省", area="0511", landmark="mountain", nick="茅山", depts=[]),
    dict(S="靖江", F="靖江市", province="江苏省", area="0523", landmark="bridge", nick="汤包之乡", depts=[]),
    dict(S="金湖", F="金湖县", province="江苏省", area="0517", landmark="waves", nick="荷花荡", depts=[]),
    dict(S="太仓", F="太仓市", province="江苏省", area="0512", landmark="pier", nick="娄东", depts=[]),
    dict(S="沂源", F="沂源县", province="山东省", area="0533", landmark="mountain", nick="牛郎织女", depts=[]),
    dict(S="高唐", F="高唐县", province="山东省", area="0635", landmark="pagoda", nick="书画之乡", depts=[]),
    dict(S="连山", F="连山壮族瑶族自治县", province="广东省", area="0763", landmark="mountain", nick="壮瑶山乡",
         depts=[]),
    dict(S="广宁", F="广宁县", province="广东省", area="0758", landmark="sun", nick="竹子之乡", depts=[]),
]

RENAME_SHARE = 0.06


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    opts = []
    if u["dept"] in ("police", "police_d") and name == S + "公安":
        opts.append(S + "警方")
    if u["dept"] in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "政府发布")
    if u["dept"] == "hotline" and name == S + "12345":
        opts.append(S + "12345政务热线")
    if u["dept"] == "culture" and name == S + "文旅":
        opts.append(S + "文旅发布")
    if u["dept"] == "tax" and name == S + "税务":
        opts.append(S + "税务服务")
    if u["dept"] in ("market", "market_d") and name == S + "市场监管":
        opts.append(S + "市监")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (held-out only)
SUFFIXES = ["视频号", "直播间", "代办点", "补贴申领", "微课堂", "订阅号", "小程序", "网办", "客户端", "值守", "公众服务",
            "1号"]
PREFIXES = ["重磅", "紧急", "温馨", "惠民", "速办", "随手拍", "蓝V", "认准", "关注"]
LOOKALIKE = {
    # place characters (one stroke or one component away, variant forms)
    "江": ["汇"], "苏": ["苈"], "连": ["违"], "云": ["伝"], "港": ["巷"], "盐": ["盘"], "城": ["埕"], "宿": ["缩"],
    "迁": ["迂"], "海": ["梅"], "榆": ["愉"], "亭": ["亨"], "湖": ["糊"], "都": ["部"], "大": ["丈"],
    "丰": ["羊"], "豫": ["预"], "沭": ["沐"], "阳": ["阼"], "泗": ["洒"], "洪": ["烘"], "东": ["朿"], "灌": ["鹳"],
    "阜": ["皁"], "宁": ["亍"], "射": ["榭"], "建": ["楗"], "台": ["冶"], "睢": ["雎"], "邳": ["丕"], "如": ["奴"],
    "皋": ["皐"], "启": ["咎"], "溧": ["凓"], "阴": ["隂"], "丹": ["舟"], "兴": ["共"], "化": ["仡"], "宝": ["宔"],
    "应": ["広"], "盱": ["吁"], "眙": ["胎"], "昆": ["毘"], "山": ["出"], "常": ["棠"], "熟": ["孰"], "张": ["弦"],
    "家": ["冢"], "双": ["叒"], "沟": ["钩"], "华": ["桦"], "士": ["干"], "周": ["凋"], "庄": ["床"],
    "蒙": ["朦"], "佛": ["彿"], "冈": ["冏"], "封": ["卦"], "开": ["井"],
    # function characters
    "发": ["彂"], "布": ["币"], "公": ["兯"], "安": ["晏"], "市": ["吊"], "场": ["坊"], "管": ["倌"],
    "务": ["冬"], "人": ["亼"], "社": ["袿"], "文": ["义"], "旅": ["旃"], "气": ["氘"], "象": ["橡"],
    "交": ["佼"], "卫": ["卩"], "委": ["倭"], "育": ["盲"], "法": ["祛"],
    "检": ["验"], "察": ["嚓"], "生": ["甡"], "综": ["棕"], "合": ["舍"], "执": ["扎"], "站": ["砧"],
}
SAME_SOUND = {
    "江": ["姜"], "苏": ["酥"], "连": ["莲"], "云": ["匀"], "港": ["岗"], "盐": ["严"], "宿": ["粟"],
    "迁": ["谦"], "海": ["氦"], "州": ["诌"], "榆": ["渔"], "亭": ["婷"], "湖": ["狐"], "都": ["斗"], "大": ["搭"],
    "丰": ["烽"], "豫": ["羽"], "沭": ["术"], "阳": ["疡"], "泗": ["寺"], "洪": ["虹"], "灌": ["罐"],
    "阜": ["符"], "射": ["赦"], "建": ["渐"], "台": ["泰"], "睢": ["穗"], "邳": ["披"], "如": ["茹"],
    "皋": ["羔"], "启": ["岂"], "溧": ["栗"], "阴": ["茵"], "丹": ["耽"], "兴": ["腥"], "化": ["划"], "宝": ["堡"],
    "应": ["鹦"], "盱": ["虚"], "眙": ["怡"], "昆": ["琨"], "山": ["扇"], "常": ["嫦"], "熟": ["淑"], "张": ["樟"],
    "家": ["嘉"], "双": ["霜"], "沟": ["勾"], "华": ["铧"], "士": ["誓"], "周": ["轴"],
    "蒙": ["萌"], "冈": ["纲"], "封": ["锋"], "开": ["锴"],
    # function characters
    "公": ["肱"], "市": ["饰"], "场": ["昶"], "监": ["笺"],
    "社": ["麝"], "文": ["蚊"], "旅": ["律"], "气": ["泣"], "象": ["巷"],
    "交": ["椒"], "警": ["璟"], "卫": ["蔚"], "健": ["件"], "委": ["伪"], "教": ["窖"], "育": ["浴"], "法": ["罚"],
    "院": ["苑"], "检": ["碱"], "察": ["茬"], "生": ["笙"], "综": ["踪"], "合": ["盒"], "执": ["值"], "站": ["栈"],
}
TRAD_MODES = ["third", "odd", "outer", "even"]
# Every Unicode space separator, the blank-looking letters and tab / line separator / paragraph separator /
# next-line are used by the other parts: this part uses the remaining whitespace control characters
SPACES = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f"]
DOUBLE_SPACE_P = 0.12
ZERO_WIDTH = ["\ufe03", "\ufe0b", "\U000e0103", "\U000e0133", "\U000e0061", "\U000e0030", "\U0001bca0",
              "\U0001bca3", "\U0001d177", "\ufffb"]
EMOJI = ["🚩", "🎊", "🍀", "🌻", "🔆", "🧭", "🪧", "🛎", "🫡", "🎈"]
BRACKETS = [("＜", "＞"), ("<", ">"), ("❴", "❵"), ("⌈", "⌋"), ("⦑", "⦒"), ("⸌", "⸍"), ("﹁", "﹂"), ("︻", "︼"),
            ("⧘", "⧙"), ("⦉", "⦊")]
FULLWIDTH_MODES = ["underline", "overline", "long_stroke", "enclosing_diamond", "hanzi"]
LEVEL_FORMS = ["region_prefix", "parent_branch", "party_office"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}安全感", "{nick}护航", "{S}防骗速查"],
    "fabu": ["{S}城事汇", "{nick}一手消息", "{S}权威消息"],
    "hotline": ["{S}民呼我应", "{nick}连心桥"],
    "market": ["{S}价格举报", "{nick}品质生活"],
    "tax": ["{S}申报提醒", "{nick}税悦"],
    "hrss": ["{S}社保待遇查询", "{nick}人才港"],
    "culture": ["{nick}漫游", "{S}门票预约", "{nick}寻味"],
    "weather": ["{nick}晴雨管家", "{S}降雨提醒"],
    "traffic": ["{S}电子眼", "{nick}行车宝"],
    "health": ["{S}预约挂号", "{nick}健康管家"],
    "edu": ["{S}招生入学", "{nick}好老师"],
    "fabu_d": ["{S}区里事"],
    "police_d": ["{S}巡防"],
    "market_d": ["{S}食品抽检"],
    "court_d": ["{S}诉讼指南"],
    "procur_d": ["{S}检察开放日"],
    "town_wsy7": ["{S}健康驿家"],
    "town_zf7": ["{S}城管巡查"],
    "town_whz7": ["{S}古镇活动"],
    "generic": ["{S}随身办", "{nick}百姓事", "{S}便民小站"],
}


# ---- digit forms (the registered digit names are 12345, 12315 and 12333)
def _digit_map(f):
    return lambda s: "".join(f(c) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "underline": _digit_map(lambda c: c + "\u0332"),
    "overline": _digit_map(lambda c: c + "\u0305"),
    "long_stroke": _digit_map(lambda c: c + "\u0336"),
    "enclosing_diamond": _digit_map(lambda c: c + "\u20df"),
    "hanzi": _digit_map(lambda c: "〇一二三四五六七八九"[ord(c) - 48]),
}


# ---- level forms
def _parent_of(u):
    pl = u["place"]
    par = PARENT.get(pl["S"])
    return par[0] if par else pl["S"]


def _lf_region_prefix(u, acc):
    """A regional belt (苏北, 鲁中, 粤北 ...; 华东 for the province) in front of the name."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "province":
        return ["华东" + name] if pl["S"] == "江苏" else []
    reg = REGION.get(_parent_of(u))
    if not reg:
        return []
    own = pl["DS"] if u["level"] == "district" else pl["S"]
    if name.startswith(own) or name.startswith(pl["S"]) or name.startswith("平安"):
        return [reg + name]
    return []


_BRANCH = [("公安", "分局"), ("税务", "分局"), ("市场监管", "分局")]


def _lf_parent_branch(u, acc):
    """The account written as a branch of the level above: 'parent + department + place + 分局/支队'."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "province":
        return []
    if u["level"] == "city" and u["dept"] == "traffic" and pl["S"] not in PARENT and name == pl["S"] + "交警":
        return [pl["province"][:2] + "交警" + pl["S"] + "支队"]
    own = pl["DS"] if u["level"] == "district" else pl["S"]
    if u["level"] == "city" and own not in PARENT:
        return []
    par = pl["S"] if u["level"] == "district" else PARENT[own][0]
    for word, tail in _BRANCH:
        if name == own + word:
            return [par + word + own + tail]
    return []


def _lf_party_office(u, acc):
    """The unit that runs the account at the same level: the party committee's publicity department for 发布
    accounts, the government service office for 12345 hotlines."""
    pl = u["place"]
    if u["dept"] in ("fabu", "fabu_d"):
        full = pl["DF"] if u["level"] == "district" else pl["F"]
        if full.endswith(("省", "市", "县", "区")):
            return [full + "委宣传部"]
        return []
    if u["dept"] == "hotline":
        return [pl["F"] + "政务办"]
    return []


LEVEL_FORM_FUNCS = {"region_prefix": _lf_region_prefix, "parent_branch": _lf_parent_branch,
                    "party_office": _lf_party_office}


# ---- traditional-form modes
def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _t_third(s, u, r):
    idx = _conv_idx(s)
    return _conv(s, idx[2:3]) if len(idx) >= 3 else None


def _t_odd(s, u, r):
    """Convertible characters 1, 3, 5 ... (only when there are at least three)."""
    idx = _conv_idx(s)
    return _conv(s, idx[0::2]) if len(idx) >= 3 else None


def _t_outer(s, u, r):
    """The first and the last convertible character."""
    idx = _conv_idx(s)
    return _conv(s, [idx[0], idx[-1]]) if len(idx) >= 2 else None


def _t_even(s, u, r):
    """Convertible characters 2, 4, 6 ..."""
    idx = _conv_idx(s)
    return _conv(s, idx[1::2]) if len(idx) >= 2 else None


TRAD_FUNCS = {"third": _t_third, "odd": _t_odd, "outer": _t_outer, "even": _t_even}


# ---- image edits
def _hue_back(img, rng):
    hsv = np.array(img.convert("HSV"), dtype=np.int16)
    shift = rng.randint(*EDIT_PARAMS["hue_shift"])
    hsv[..., 0] = (hsv[..., 0] + shift) % 256
    return Image.fromarray(hsv.astype(np.uint8), "HSV").convert("RGB"), f"hue +{shift}/256"


def _white_balance(img, rng):
    g = [rng.uniform(0.72, 0.9), rng.uniform(0.95, 1.05), rng.uniform(1.12, 1.3)]
    if rng.random() < 0.5:
        g = g[::-1]
    a = np.clip(np.array(img, float) * np.array(g), 0, 255).astype(np.uint8)
    return Image.fromarray(a), "white balance x" + "/".join(f"{x:.2f}" for x in g)


def _grain(img, rng):
    s = rng.uniform(9, 15)
    n = np.random.default_rng(rng.randint(0, 2 ** 31)).normal(0, s, (img.size[1], img.size[0], 1))
    a = np.clip(np.array(img, float) + n, 0, 255).astype(np.uint8)
    return Image.fromarray(a), f"film grain sigma {s:.1f}"


def _unsharp(img, rng):
    p = rng.randint(180, 260)
    out = img.filter(ImageFilter.UnsharpMask(radius=2, percent=p, threshold=1))
    return ImageOps.autocontrast(out, cutoff=2), f"unsharp {p}% + autocontrast"


def _hairline(img, rng, P):
    w = img.size[0]
    pad = max(2, int(w * rng.uniform(*P["border_frac"])))
    col = rng.choice(P["border_colours"])
    out = ImageOps.expand(img, border=pad, fill=(255, 255, 255))
    out = ImageOps.expand(out, border=max(1, pad // 2), fill=col)
    return out, "border hairline"


def _dotted(img, rng, P):
    w = img.size[0]
    pad = max(3, int(w * rng.uniform(*P["border_frac"])) + 2)
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), (255, 255, 255))
    d = ImageDraw.Draw(out)
    step = max(4, 2 * pad)
    for x in range(0, W, step):
        for y in (pad // 2, W - pad // 2 - 1):
            d.ellipse([x - pad // 3, y - pad // 3, x + pad // 3, y + pad // 3], fill=col)
            d.ellipse([y - pad // 3, x - pad // 3, y + pad // 3, x + pad // 3], fill=col)
    out.paste(img, (pad, pad))
    return out, "border dotted"


def _corner_marks(img, rng, P):
    w = img.size[0]
    pad = max(2, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = ImageOps.expand(img, border=pad, fill=(250, 250, 250))
    d = ImageDraw.Draw(out)
    L, t = int(0.18 * W), max(2, pad)
    for cx, cy, sx, sy in [(0, 0, 1, 1), (W - 1, 0, -1, 1), (0, W - 1, 1, -1), (W - 1, W - 1, -1, -1)]:
        d.rectangle(sorted([cx, cx + sx * L])[:1] + sorted([cy, cy + sy * t])[:1] +
                    sorted([cx, cx + sx * L])[1:] + sorted([cy, cy + sy * t])[1:], fill=col)
        d.rectangle(sorted([cx, cx + sx * t])[:1] + sorted([cy, cy + sy * L])[:1] +
                    sorted([cx, cx + sx * t])[1:] + sorted([cy, cy + sy * L])[1:], fill=col)
    return out, "border corner marks"


def _bars(d, x, y, w, S, n, col):
    for k in range(n):
        d.rectangle([x, y + k * int(0.05 * S), x + int(w * (0.9 - 0.25 * k)), y + k * int(0.05 * S) + int(0.022 * S)],
                    fill=col)


def _shot_comment(img, rng, P, out_px):
    """A comment-list row: small round avatar at the left, name and comment bars to its right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.04 * S), int((S - a) * rng.uniform(0.35, 0.55))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, a - 1, a - 1], fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    _bars(d, x0 + a + int(0.04 * S), y0 + int(0.02 * S), S - x0 - a - int(0.08 * S), S, 3, (205, 205, 210))
    d.line([0, y0 - int(0.05 * S), S, y0 - int(0.05 * S)], fill=(235, 235, 235), width=2)
    d.line([0, y0 + a + int(0.05 * S), S, y0 + a + int(0.05 * S)], fill=(235, 235, 235), width=2)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.4))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot comment scale {a / S:.2f}"


def _shot_header(img, rng, P, out_px):
    """A profile header: square avatar in the top-left corner of a coloured banner, counters as bars below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 244, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.42 * S)], fill=tuple(rng.choice([(60, 90, 160), (150, 40, 40), (40, 120, 90)])))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.06 * S), int(0.42 * S) - a // 2
    d.rectangle([x0 - 3, y0 - 3, x0 + a + 2, y0 + a + 2], fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    _bars(d, x0, y0 + a + int(0.05 * S), int(0.8 * S), S, 3, (190, 190, 196))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot header scale {a / S:.2f}"


def _shot_moments(img, rng, P, out_px):
    """A social feed post: small square avatar at the top left, name bar, picture blocks below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (250, 250, 250))
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.05 * S), int(0.08 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    d.rectangle([x0 + a + int(0.04 * S), y0, x0 + a + int(0.3 * S), y0 + int(0.04 * S)], fill=(87, 107, 149))
    bx = x0 + a + int(0.04 * S)
    for k in range(3):
        d.rectangle([bx + k * int(0.2 * S), y0 + a + int(0.02 * S), bx + k * int(0.2 * S) + int(0.18 * S),
                     y0 + a + int(0.2 * S)], fill=(200 - 20 * k, 210 - 10 * k, 220))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot feed-post scale {a / S:.2f}"


EDIT_PARAMS = dict(recolour_funcs={"hue_back": _hue_back, "white_balance": _white_balance, "grain": _grain,
                                   "unsharp": _unsharp},
                   border_funcs={"hairline": _hairline, "dotted": _dotted, "corner_marks": _corner_marks},
                   screenshot_funcs={"comment": _shot_comment, "header": _shot_header, "moments": _shot_moments},
                   resize_px=[99, 107, 115, 123, 143, 155, 179, 195], jpeg_q=(89, 90), crop_frac=(0.006, 0.019),
                   border_styles=["hairline", "dotted", "corner_marks"],
                   border_colours=[(0, 0, 205), (255, 69, 0), (47, 79, 79), (210, 180, 140), (123, 104, 238),
                                   (0, 250, 154)],
                   border_frac=(0.009, 0.02), recolour_modes=["hue_back", "white_balance", "grain", "unsharp"],
                   hue_shift=(205, 245), rotate_deg=(0.12, 0.38),
                   watermark_texts=["官方唯一", "加我微信", "扫码进群", "福利发放", "防伪认证"],
                   watermark_alpha=(221, 224),
                   screenshot_styles=["comment", "header", "moments"], screenshot_scale=(0.25, 0.295))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.1
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "cartoon"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}易办通信息技术有限公司"), ("personal", "本地政策解读博主"),
                     ("other", "{S}老乡互助会")]
IMPOSTOR_DESCS = ["{S}{fn}官方客服，社保补缴、公积金提取加急办理，微信{wx}",
                  "【{S}{fn}】您的个人信息存在异常，请于24小时内添加QQ{qq}核实，否则将影响征信",
                  "{name}授权代办点：驾照扣分代消、营业执照代办，价格从优",
                  "{S}{fn}内部指标转让，名额有限，详情私信{wx}",
                  "{S}{fn}发放育儿补贴，点击主页链接填写银行卡信息即可领取"]
MAX_PER_TARGET = 6

# Every pair of two tactics is already used by another part, so this part has no two-tactic combination except
# avatar_only + new_platform (also in dev5 and dev6); the 24 three-tactic combinations are new.
IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 32), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 32),
    (["fullwidth", "lookalike_char", "suffix"], 4), (["fullwidth", "reorder", "emoji_brackets"], 4),
    (["fullwidth", "level_prefix", "zero_width"], 4), (["fullwidth", "traditional", "new_platform"], 4),
    (["fullwidth", "prefix", "spacing"], 4), (["reorder", "traditional", "suffix"], 4),
    (["reorder", "same_sound", "new_platform"], 4), (["reorder", "lookalike_char", "prefix"], 4),
    (["reorder", "spacing", "emoji_brackets"], 4), (["level_prefix", "traditional", "emoji_brackets"], 4),
    (["level_prefix", "lookalike_char", "spacing"], 4), (["level_prefix", "same_sound", "new_platform"], 4),
    (["level_prefix", "prefix", "suffix"], 4), (["lookalike_char", "same_sound", "zero_width"], 4),
    (["lookalike_char", "emoji_brackets", "new_platform"], 4), (["same_sound", "traditional", "prefix"], 4),
    (["traditional", "spacing", "new_platform"], 4), (["prefix", "emoji_brackets", "zero_width"], 4),
    (["suffix", "spacing", "new_platform"], 4), (["suffix", "emoji_brackets", "zero_width"], 4),
    (["same_sound", "suffix", "spacing"], 4), (["prefix", "new_platform", "zero_width"], 4),
    (["lookalike_char", "traditional", "emoji_brackets"], 4), (["reorder", "zero_width", "new_platform"], 4),
    (["avatar_only", "new_platform"], 4),
]

# ------------------------------------------------------------------ hard negatives
OTHER_PLACES_CHAR = [
    dict(reg="江苏", S="江西", F="江西省", province="江西省", level="province"),
    dict(reg="盐城", S="盐池", F="盐池县", province="宁夏回族自治区", level="county"),
    dict(reg="盐城", S="盐山", F="盐山县", province="河北省", level="county"),
    dict(reg="宿迁", S="宿松", F="宿松县", province="安徽省", level="county"),
    dict(reg="沭阳", S="沁阳", F="沁阳市", province="河南省", level="county"),
    dict(reg="泗洪", S="泗县", F="泗县", province="安徽省", level="county"),
    dict(reg="东海", S="临海", F="临海市", province="浙江省", level="county"),
    dict(reg="阜宁", S="阜平", F="阜平县", province="河北省", level="county"),
    dict(reg="射阳", S="射洪", F="射洪市", province="四川省", level="county"),
    dict(reg="建湖", S="建水", F="建水县", province="云南省", level="county"),
    dict(reg="建湖", S="建德", F="建德市", province="浙江省", level="county"),
    dict(reg="东台", S="天台", F="天台县", province="浙江省", level="county"),
    dict(reg="睢宁", S="睢县", F="睢县", province="河南省", level="county"),
    dict(reg="邳州", S="邓州", F="邓州市", province="河南省", level="county"),
    dict(reg="溧阳", S="泾阳", F="泾阳县", province="陕西省", level="county"),
    dict(reg="江阴", S="汉阴", F="汉阴县", province="陕西省", level="county"),
    dict(reg="江阴", S="华阴", F="华阴市", province="陕西省", level="county"),
    dict(reg="丹阳", S="丹凤", F="丹凤县", province="陕西省", level="county"),
    dict(reg="兴化", S="兴平", F="兴平市", province="陕西省", level="county"),
    dict(reg="宝应", S="宝丰", F="宝丰县", province="河南省", level="county"),
    dict(reg="昆山", S="砚山", F="砚山县", province="云南省", level="county"),
    dict(reg="常熟", S="常宁", F="常宁市", province="湖南省", level="county"),
    dict(reg="张家港", S="张家川", F="张家川回族自治县", province="甘肃省", level="county"),
    dict(reg="蒙阴", S="汤阴", F="汤阴县", province="河南省", level="county"),
    dict(reg="平阴", S="平陆", F="平陆县", province="山西省", level="county"),
    dict(reg="封开", S="封丘", F="封丘县", province="河南省", level="county"),
]
OTHER_PLACES_SOUND = [
    dict(reg="盐城", S="郾城", F="漯河市郾城区", province="河南省",
         units={"fabu": "漯河市郾城区人民政府", "police": "漯河市公安局郾城分局",
                "market": "漯河市郾城区市场监督管理局", "tax": "国家税务总局漯河市郾城区税务局",
                "health": "漯河市郾城区卫生健康委员会"}),
    dict(reg="阜宁", S="富宁", F="富宁县", province="云南省", level="county"),
    dict(reg="阜宁", S="抚宁", F="秦皇岛市抚宁区", province="河北省",
         units={"fabu": "秦皇岛市抚宁区人民政府", "police": "秦皇岛市公安局抚宁分局"}),
    dict(reg="睢宁", S="绥宁", F="绥宁县", province="湖南省", level="county"),
    dict(reg="启东", S="祁东", F="祁东县", province="湖南省", level="county"),
    dict(reg="丹阳", S="当阳", F="当阳市", province="湖北省", level="county"),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("攀枝花", "攀枝花市", "四川省", "police"), ("平顶山", "平顶山市", "河南省", "fabu"), ("福州", "福州市", "福建省", "police"),
    ("仙桃", "仙桃市", "湖北省", "fabu"), ("潜江", "潜江市", "湖北省", "police"), ("天门", "天门市", "湖北省", "court"),
    ("湘潭", "湘潭市", "湖南省", "police"), ("马鞍山", "马鞍山市", "安徽省", "fabu"), ("辽阳", "辽阳市", "辽宁省", "police"),
    ("鸡西", "鸡西市", "黑龙江省", "fabu"), ("巴彦淖尔", "巴彦淖尔市", "内蒙古自治区", "police"),
    ("呼伦贝尔", "呼伦贝尔市", "内蒙古自治区", "procur"), ("吐鲁番", "吐鲁番市", "新疆维吾尔自治区", "fabu"),
    ("石河子", "石河子市", "新疆维吾尔自治区", "police"), ("嘉峪关", "嘉峪关市", "甘肃省", "fabu"),
    ("金昌", "金昌市", "甘肃省", "police"), ("陇南", "陇南市", "甘肃省", "gov"), ("贺州", "贺州市", "广西壮族自治区", "fabu"),
    ("来宾", "来宾市", "广西壮族自治区", "police"), ("防城港", "防城港市", "广西壮族自治区", "traffic"),
    ("万宁", "万宁市", "海南省", "fabu"), ("文昌", "文昌市", "海南省", "police"), ("楚雄", "楚雄彝族自治州", "云南省", "police"),
    ("日喀则", "日喀则市", "西藏自治区", "fabu"), ("林芝", "林芝市", "西藏自治区", "police"),
    ("涪陵", "重庆市涪陵区", "重庆市", "fabu"), ("玉树", "玉树藏族自治州", "青海省", "police"),
    ("神农架", "神农架林区", "湖北省", "fabu"), ("德宏", "德宏傣族景颇族自治州", "云南省", "fabu"),
    ("大兴安岭", "大兴安岭地区", "黑龙江省", "police"), ("锡林郭勒", "锡林郭勒盟", "内蒙古自治区", "fabu"),
    ("红河", "红河哈尼族彝族自治州", "云南省", "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="苍梧晚报", platform="weibo", vtype="media", reason="连云港报业传媒集团苍梧晚报官方微博",
         desc="连云港本地新闻。", logo_text="苍梧"),
    dict(name="盐阜大众报", platform="wechat", vtype="media", reason="盐阜大众报报业集团", desc="盐城新闻。",
         logo_text="盐阜"),
    dict(name="宿迁日报", platform="douyin", vtype="media", reason="宿迁日报社官方账号", desc="宿迁新闻。"),
    dict(name="扬子晚报", platform="weibo", vtype="media", reason="扬子晚报官方微博", desc="江苏新闻。", logo_text="扬子"),
    dict(name="现代快报", platform="toutiao", vtype="media", reason="现代快报官方账号", desc="江苏新闻。", logo_text="快报"),
    dict(name="交汇点新闻", platform="douyin", vtype="media", reason="新华日报社交汇点官方账号", desc="江苏新闻客户端。",
         logo_text="交汇"),
    dict(name="江南时报", platform="wechat", vtype="media", reason="江南时报社", desc="江苏都市新闻。", logo_text="江南"),
    dict(name="江阴日报", platform="weibo", vtype="media", reason="江阴日报社官方微博", desc="江阴新闻。"),
    dict(name="昆山日报", platform="wechat", vtype="media", reason="昆山市融媒体中心", desc="昆山新闻。"),
    dict(name="常熟日报", platform="toutiao", vtype="media", reason="常熟市融媒体中心官方账号", desc="常熟新闻。"),
    dict(name="张家港日报", platform="douyin", vtype="media", reason="张家港市融媒体中心官方账号", desc="张家港新闻。"),
    dict(name="溧阳时报", platform="kuaishou", vtype="media", reason="溧阳市融媒体中心官方账号", desc="溧阳新闻。"),
    dict(name="如皋日报", platform="weibo", vtype="media", reason="如皋市融媒体中心官方微博", desc="如皋新闻。"),
    dict(name="东台日报", platform="wechat", vtype="media", reason="东台市融媒体中心", desc="东台新闻。"),
    dict(name="兴化日报", platform="douyin", vtype="media", reason="兴化市融媒体中心官方账号", desc="兴化新闻。"),
    dict(name="沭阳电视台", platform="kuaishou", vtype="media", reason="沭阳县融媒体中心官方账号", desc="沭阳新闻。"),
    dict(name="泗洪广电", platform="douyin", vtype="media", reason="泗洪县融媒体中心官方账号", desc="泗洪新闻。"),
    dict(name="盱眙新闻网", platform="toutiao", vtype="media", reason="盱眙县融媒体中心官方账号", desc="盱眙新闻。"),
    dict(name="邳州广播电视台", platform="weibo", vtype="media", reason="邳州市融媒体中心官方微博", desc="邳州新闻。"),
    dict(name="蒙阴之声", platform="wechat", vtype="media", reason="蒙阴县融媒体中心", desc="蒙阴本地新闻。"),
    dict(name="佛冈新闻", platform="douyin", vtype="media", reason="佛冈县融媒体中心官方账号", desc="佛冈新闻。"),
    dict(name="江苏新闻广播", platform="bilibili", vtype="media", reason="江苏广播官方账号", desc="江苏广播新闻频率。",
         logo_text="广播"),
    dict(name="盐城公安面对面", platform="douyin", vtype="media", reason="盐城市广播电视总台官方账号",
         desc="盐城广电与市公安局合办的警务访谈栏目。", logo_text="访谈"),
    dict(name="昆山12345回音壁", platform="wechat", vtype="media", reason="昆山市融媒体中心",
         desc="昆山融媒民生栏目，回访热线诉求办理结果。", logo_text="回音"),
    dict(name="江苏气象万千", platform="weibo", vtype="media", reason="江苏广电总台官方微博",
         desc="江苏卫视天气栏目，并非江苏省气象局账号。", logo_text="天气"),
    dict(name="连云港发布会现场", platform="toutiao", vtype="media", reason="连云港市广播电视台官方账号",
         desc="连云港广电新闻发布会直播栏目。", logo_text="现场"),
]
PERSONAL = [
    dict(name="沭阳辅警小彭", platform="douyin", vtype="personal", reason="沭阳县公安局辅警", desc="分享反诈小知识。"),
    dict(name="东台中医孙大夫", platform="kuaishou", vtype="personal", reason="东台某中医院医生"),
    dict(name="律师老顾谈婚姻法", platform="toutiao", vtype="personal", reason="江苏某律师事务所律师"),
    dict(name="个税筹划小林", platform="weibo", vtype="personal", reason="财税从业者", desc="个人观点。"),
    dict(name="气象爱好者阿乐", platform="weibo", vtype="personal", reason="天气博主", avatar="scenery"),
    dict(name="盱眙龙虾哥", platform="kuaishou", vtype="personal", reason="美食博主"),
    dict(name="昆山打工人日记", platform="bilibili", vtype="personal", reason="生活博主", avatar="cartoon"),
    dict(name="社保知识老秦", platform="toutiao", vtype="personal", reason="人力资源从业者"),
    dict(name="东海晶都姐", platform="douyin", vtype="personal", reason="珠宝主播"),
    dict(name="我爱连云港", platform="douyin", avatar="scenery"),
    dict(name="溧阳天目湖小渔", platform="kuaishou", avatar="cartoon"),
    dict(name="睢宁大叔", platform="douyin", avatar="default"),
    dict(name="如皋老巷子", platform="toutiao", avatar="scenery"),
    dict(name="阜宁大糕妹", platform="kuaishou"),
    dict(name="宿迁人在上海", platform="weibo", avatar="cartoon"),
    dict(name="邳州银杏哥", platform="douyin"),
    dict(name="兴化垛田摄影", platform="weibo", avatar="scenery"),
    dict(name="常熟小囡", platform="wechat", avatar="cartoon"),
    dict(name="射阳渔嫂", platform="douyin"),
    dict(name="丹阳眼镜小哥", platform="kuaishou", avatar="default"),
    dict(name="平阴玫瑰姐", platform="douyin", avatar="cartoon"),
    dict(name="封开阿叔", platform="kuaishou", avatar="default"),
    dict(name="周庄船娘阿芳", platform="douyin", desc="周庄古镇日常。", avatar="cartoon"),
    dict(name="江阴公安的老朋友", platform="toutiao", vtype="personal", reason="社区志愿者",
         desc="转发江阴公安的防骗提醒，个人账号，非官方。"),
    dict(name="老郑评江苏税务", platform="weibo", vtype="personal", reason="财经博主", desc="个人解读，非官方。"),
    dict(name="宿迁12345使用心得", platform="wechat", desc="个人记录办事经历，与政府部门无关。"),
]
COMMERCIAL = [
    dict(name="中国人寿盐城", platform="douyin", vtype="enterprise", reason="中国人寿保险股份有限公司盐城分公司",
         desc="寿险、养老险咨询。", logo_text="国寿"),
    dict(name="盱眙龙虾城", platform="kuaishou", avatar="default"),
    dict(name="东海晶都珠宝", platform="douyin", vtype="enterprise", reason="东海县晶都珠宝有限公司"),
    dict(name="沭阳花木网", platform="toutiao", vtype="enterprise", reason="沭阳县花木电子商务有限公司"),
    dict(name="泗洪大米", platform="kuaishou"),
    dict(name="阳澄湖大闸蟹直发", platform="douyin", avatar="default"),
    dict(name="丹阳眼镜城", platform="toutiao", vtype="enterprise", reason="丹阳眼镜市场有限公司"),
    dict(name="江阴纺织品批发", platform="kuaishou"),
    dict(name="常熟服装城", platform="weibo", vtype="enterprise", reason="常熟服装城集团有限公司"),
    dict(name="兴化香葱", platform="douyin", avatar="default"),
    dict(name="如皋花木盆景", platform="wechat", vtype="enterprise", reason="如皋市花木盆景有限公司"),
    dict(name="阜宁大糕铺", platform="kuaishou"),
    dict(name="溧阳白茶庄", platform="douyin", vtype="enterprise", reason="溧阳市白茶茶业有限公司"),
    dict(name="宝应荷藕食品", platform="kuaishou", avatar="default"),
    dict(name="启东海鲜码头", platform="wechat", vtype="enterprise", reason="启东市海鲜贸易有限公司"),
    dict(name="射阳大米合作社", platform="douyin"),
    dict(name="睢宁儿童家具", platform="kuaishou", vtype="enterprise", reason="睢宁县家具制造有限公司"),
    dict(name="张家港保税区进口商品", platform="weibo", vtype="enterprise", reason="张家港保税区贸易有限公司"),
    dict(name="昆山花桥房产", platform="douyin", avatar="default"),
    dict(name="建湖杂技团票务", platform="kuaishou"),
    dict(name="邳州大蒜市场", platform="douyin", vtype="enterprise", reason="邳州市农产品交易市场有限公司"),
    dict(name="平阴玫瑰花茶", platform="weibo", vtype="enterprise", reason="平阴县玫瑰制品有限公司"),
    dict(name="佛冈观音山景区", platform="toutiao", vtype="enterprise", reason="佛冈县旅游发展有限公司"),
    dict(name="盐城公安局门口打印店", platform="kuaishou", desc="复印、打印、证件照，与公安局无关。"),
    dict(name="江苏气象科技服务公司", platform="wechat", vtype="enterprise", reason="江苏某气象科技有限公司",
         desc="防雷检测、气象仪器销售，企业账号。"),
    dict(name="宿迁人社培训学校", platform="toutiao", vtype="enterprise", reason="宿迁某职业技能培训学校",
         desc="民办培训机构，非人社部门。"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("连云港", "连云", "连云区", ["fabu_d"]), ("连云港", "海州", "海州区", ["police_d"]),
    ("盐城", "盐都", "盐都区", ["fabu_d"]), ("盐城", "亭湖", "亭湖区", ["court_d"]),
    ("宿迁", "宿豫", "宿豫区", ["police_d"]), ("宿迁", "宿城", "宿城区", ["edu_d"]),
    ("盐城", "大丰", "大丰区", ["health_d"]),
    ("昆山", "千灯", "千灯镇", ["town_whz7"]), ("昆山", "锦溪", "锦溪镇", ["town_whz7"]),
    ("常熟", "沙家浜", "沙家浜镇", ["town_whz7"]), ("东台", "安丰", "安丰镇", ["town_wsy7"]),
    ("兴化", "戴南", "戴南镇", ["town_zf7"]), ("沭阳", "钱集", "钱集镇", ["town_wsy7"]),
    ("泗洪", "双沟", "双沟镇", ["town_zf7"]), ("江阴", "华士", "华士镇", ["town_wsy7"]),
    ("太仓", "沙溪", "沙溪镇", ["town_whz7"]), ("蒙阴", "岱崮", "岱崮镇", ["town_wsy7"]),
]
UNREG_CITY = [
    ("江苏", "health", 0), ("江苏", "edu", 0), ("连云港", "market", 0), ("连云港", "tax", 0), ("盐城", "hotline", 0),
    ("宿迁", "culture", 0), ("沭阳", "market", 0), ("泗洪", "tax", 0), ("泗阳", "police", 0), ("灌云", "police", 0),
    ("射阳", "police", 0), ("东台", "tax", 0), ("睢宁", "market", 0), ("邳州", "police", 0), ("如皋", "culture", 0),
    ("溧阳", "police", 0), ("江阴", "market", 0), ("丹阳", "police", 0), ("兴化", "police", 0), ("盱眙", "police", 0),
    ("昆山", "culture", 0), ("常熟", "hotline", 0), ("张家港", "hotline", 0), ("灌南", "fabu", 0), ("响水", "fabu", 0),
    ("句容", "fabu", 0), ("靖江", "police", 0), ("金湖", "fabu", 0), ("太仓", "police", 0), ("平阴", "police", 0),
    ("蒙阴", "tax", 0), ("沂源", "fabu", 0), ("高唐", "police", 0), ("佛冈", "police", 0), ("封开", "police", 0),
    ("连山", "fabu", 0), ("广宁", "fabu", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level units and their towns: region names the prefecture; towns answer to the county government."""
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
    print("building dev7 ...")
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
