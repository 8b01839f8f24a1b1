"""Fifteenth dev part (dev15): built blind as the eleventh held-out part (2026-12-03), demoted to tuning data in the
thirteenth session.
Run: python eval/impostor/dev15/spec_dev15.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev14/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its regional bodies,
counties, county-level cities and autonomous counties across its prefectures, and a few towns and a township), plus
two unused Shandong districts and one unused provincial body each of Shandong and Guangdong, so the registry is the
supervising office's registry for three provinces.  Part-specific machinery (new unit and town kinds, level forms,
traditional-form modes, digit forms, colour filters, frames, screenshot layouts, the registry's region fix) lives in
this file, not in gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageOps  # noqa: E402

PART = "dev15"
SEED = 52163
CRAWL_DAY = "2025-07-29"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "tongzhan15": ("中共{F}委员会统一战线工作部", "中共{F}委员会统一战线工作部", ["{S}统战", "同心{S}"], "hands", None,
                   "发布统一战线政策、民族团结进步和新的社会阶层人士工作信息"),
    "laogan15": ("中共{F}委员会老干部局", "中共{F}委员会老干部局", ["{S}老干部", "{S}银龄"], "star", None,
                 "发布离退休干部服务管理、老干部活动和银龄行动信息"),
    "difangzhi15": ("{F}地方史志研究院", "{F}地方志办公室", ["{S}史志", "{S}方志"], "book", None,
                    "发布地方志编纂、年鉴出版和地情文化信息"),
    "gongxiao15": ("{F}供销合作社联合社", "{F}供销合作社联合社", ["{S}供销", "{S}供销社"], "house", None,
                   "发布农资供应、农产品流通和为农服务信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_rw15": ("{F}{DF}人民武装部", ["{DS}武装部", "{DS}民兵"], "star", None,
                  "发布征兵报名、民兵整组和国防教育信息"),
    "town_wg15": ("{F}{DF}网格化服务管理中心", ["{DS}网格", "{DS}网格服务"], "house", None,
                  "发布网格巡查、矛盾纠纷排查和便民代办信息"),
    "town_nj15": ("{F}{DF}农业机械化服务站", ["{DS}农机站", "{DS}农机"], "leaf", None,
                  "发布农机购置补贴、农机安全监理和机耕机收服务信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"tongzhan15": "统战", "laogan15": "老干部", "difangzhi15": "史志", "gongxiao15": "供销",
               "town_rw15": "武装部", "town_wg15": "网格", "town_nj15": "农机"}.items():
    G.FN.setdefault(_k, _v)

# counties and county-level cities are built as "city" places; their prefecture (short, full, kind) is kept here.
_NN, _LZ, _GL = ("南宁", "南宁市", "city"), ("柳州", "柳州市", "city"), ("桂林", "桂林市", "city")
_BH, _FC, _QZ = ("北海", "北海市", "city"), ("防城港", "防城港市", "city"), ("钦州", "钦州市", "city")
_YL, _BS, _HZ = ("玉林", "玉林市", "city"), ("百色", "百色市", "city"), ("贺州", "贺州市", "city")
_HC, _LB, _CZ = ("河池", "河池市", "city"), ("来宾", "来宾市", "city"), ("崇左", "崇左市", "city")
PARENT = {"横州": _NN, "隆安": _NN,
          "柳城": _LZ, "融安": _LZ, "融水": _LZ, "三江": _LZ, "鹿寨": _LZ,
          "灵川": _GL, "灌阳": _GL, "恭城": _GL,
          "合浦": _BH, "上思": _FC, "浦北": _QZ, "兴业": _YL,
          "田东": _BS, "那坡": _BS, "凌云": _BS, "乐业": _BS, "平果": _BS, "田林": _BS, "西林": _BS, "隆林": _BS,
          "昭平": _HZ, "富川": _HZ,
          "南丹": _HC, "天峨": _HC, "东兰": _HC, "环江": _HC, "都安": _HC, "大化": _HC,
          "忻城": _LB, "金秀": _LB, "武宣": _LB,
          "大新": _CZ, "扶绥": _CZ, "天等": _CZ}
AUTONOMOUS = {"融水", "三江", "恭城", "富川", "环江", "都安", "金秀"}  # registered autonomous counties
# places whose level changed: the level (and for one the name) they had before
FORMER_LEVEL = {"横州": "横县", "平果": "平果县", "沾化": "沾化县"}
REGION_NAME = "广西"

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
PROVINCES = [
    dict(S="广西", F="广西壮族自治区", area="0771", landmark="mountain", nick="八桂",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "kuaishou"]}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 0, "platforms": _3, "names": {"wechat": "{S}12320"}}),
                ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("traffic", {"platforms": _3}),
                ("tongzhan15", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="泰沂",
         depts=[("difangzhi15", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="岭海",
         depts=[("gongxiao15", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="广西壮族自治区"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


CITIES = [
    # ---- counties, county-level cities and autonomous counties of the new region
    _c("横州", "横州市", "0771", "waves", "茉莉花都", ["fabu", "police", ("hotline", {"platforms": _3})]),
    _c("隆安", "隆安县", "0771", "sun", "那文化",
       ["fabu", "police", ("hotline", {"platforms": _3}), ("culture", {"avatar": "distinctive"}),
        ("tongzhan15", {"name_idx": 0})]),
    _c("柳城", "柳城县", "0772", "waves", "蔗乡", [("fabu", {"platforms": _3})]),
    _c("融安", "融安县", "0772", "mountain", "金桔之乡", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("融水", "融水苗族自治县", "0772", "mountain", "元宝山", ["fabu", ("police", {"platforms": _4}), ("laogan15", {"name_idx": 0})]),
    _c("三江", "三江侗族自治县", "0772", "bridge", "程阳八寨",
       ["fabu", ("culture", {"avatar": "distinctive", "platforms": _3})],
       [dict(DS="林溪", DF="林溪镇", depts=["town_rw15"])]),
    _c("灵川", "灵川县", "0773", "mountain", "江头洲",
       ["fabu", "police", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}}),
        ("culture", {"avatar": "distinctive"})]),
    _c("灌阳", "灌阳县", "0773", "mountain", "雪梨之乡", [("fabu", {"platforms": _3})]),
    _c("恭城", "恭城瑶族自治县", "0773", "pagoda", "油茶之乡", ["fabu", ("culture", {"avatar": "distinctive"})],
       [dict(DS="莲花", DF="莲花镇", depts=["town_wg15"])]),
    _c("合浦", "合浦县", "0779", "waves", "珍珠城", [("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao"]}), "police", ("hotline", {"platforms": _2})]),
    _c("上思", "上思县", "0770", "mountain", "十万大山", [("fabu", {"platforms": _3})]),
    _c("浦北", "浦北县", "0777", "waves", "越州天湖", ["fabu", ("laogan15", {"name_idx": 0})]),
    _c("兴业", "兴业县", "0775", "mountain", "鹿峰山", [("fabu", {"platforms": _3})]),
    _c("田东", "田东县", "0776", "sun", "芒果之乡", ["fabu", ("hotline", {"platforms": _3})]),
    _c("那坡", "那坡县", "0776", "mountain", "黑衣壮", [("fabu", {"platforms": _3})]),
    _c("凌云", "凌云县", "0776", "mountain", "白毫茶", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("乐业", "乐业县", "0776", "mountain", "天坑群", ["fabu", ("culture", {"avatar": "distinctive", "platforms": _4})]),
    _c("平果", "平果市", "0776", "pagoda", "铝都", [("fabu", {"platforms": _3}), "police", ("hotline", {"platforms": _2})]),
    _c("昭平", "昭平县", "0774", "waves", "黄姚古镇", ["fabu", ("tongzhan15", {"name_idx": 0})]),
    _c("富川", "富川瑶族自治县", "0774", "sun", "脐橙之乡", [("fabu", {"platforms": _3}), "police"]),
    _c("南丹", "南丹县", "0778", "mountain", "白裤瑶", ["fabu", ("police", {"platforms": _3})],
       [dict(DS="里湖", DF="里湖瑶族乡", depts=["town_rw15"])]),
    _c("天峨", "天峨县", "0778", "waves", "红水河", [("fabu", {"platforms": _3})]),
    _c("东兰", "东兰县", "0778", "sun", "铜鼓之乡", ["fabu", ("hotline", {"platforms": _2})]),
    _c("环江", "环江毛南族自治县", "0778", "mountain", "木论", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("都安", "都安瑶族自治县", "0778", "mountain", "山羊之乡", [("fabu", {"platforms": _3}), "police"]),
    _c("忻城", "忻城县", "0772", "pagoda", "莫土司衙署",
       ["fabu", "police", ("hotline", {"platforms": _3}), ("laogan15", {"name_idx": 0})]),
    _c("金秀", "金秀瑶族自治县", "0772", "mountain", "大瑶山",
       ["fabu", ("culture", {"avatar": "distinctive", "platforms": _3t})]),
    _c("大新", "大新县", "0771", "waves", "德天瀑布", ["fabu", "police"],
       [dict(DS="硕龙", DF="硕龙镇", depts=["town_nj15"])]),
    # ---- two Shandong districts (one was a county until 2014)
    _c("滨州", "滨州市", "0543", "waves", "鲁北", [],
       [dict(DS="沾化", DF="沾化区", depts=["fabu_d"])], province="山东省"),
    _c("枣庄", "枣庄市", "0632", "mountain", "铁道游击队", [],
       [dict(DS="山亭", DF="山亭区", depts=["fabu_d"])], province="山东省"),
    # ---- places that only have unregistered units here
    _c("鹿寨", "鹿寨县", "0772", "mountain", "鹿寨", []),
    _c("田林", "田林县", "0776", "mountain", "田林", []),
    _c("西林", "西林县", "0776", "mountain", "西林", []),
    _c("隆林", "隆林各族自治县", "0776", "mountain", "隆林", []),
    _c("大化", "大化瑶族自治县", "0778", "waves", "大化", []),
    _c("武宣", "武宣县", "0772", "waves", "武宣", []),
    _c("扶绥", "扶绥县", "0771", "sun", "扶绥", []),
    _c("天等", "天等县", "0771", "mountain", "天等", []),
]

RENAME_SHARE = 0.067


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "资讯发布")
    if d == "police" and name == S + "公安":
        opts.append("平安" + S + "警讯")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "政务服务热线")
    if d == "culture" and name == S + "文旅":
        opts.append("游" + S)
    if d == "tongzhan15" and name == S + "统战":
        opts.append(S + "统一战线")
    if d == "laogan15" and name == S + "老干部":
        opts.append(S + "老干部之家")
    if d == "town_rw15" and name == S + "武装部":
        opts.append(S + "人武部")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: one symbol to seven characters; the region's abbreviations and regional words, intake-desk and
# payout words, shop words, a "beware other accounts" plea, an "already verified" claim, version tags; up to two are
# stacked by the builder
SUFFIXES = ["桂讯", "八桂通", "壮乡行", "邕办事", "登记点", "兑付处", "代领点", "核验组", "初审组", "特产铺", "抖店",
            "码上领", "（勿信他号）", "丨本尊", "丨换号了", "（实名）", "V2", "Plus", "Ⅲ", "002", "-官", "_1",
            "答复处", "收件组", "服务岗", "兑奖处", "老表群", "桂字号"]
PREFIXES = ["桂", "桂·", "八桂", "壮乡", "桂北", "桂西", "【须知】", "【告知】", "【声明】", "【警示】", "☛", "✚",
            "❂", "⊙", "〈政〉", "俺们县", "本县·", "邕", "刚刚·", "急转·", "⚑", "【速报】"]
LOOKALIKE = {
    "横": ["璜"], "柳": ["枊"], "上": ["止"], "云": ["元"], "亭": ["亮", "享"], "供": ["烘"], "兵": ["乓", "乒"],
    "凌": ["凑"], "史": ["吏"], "同": ["冋"], "场": ["饧"], "坡": ["披", "玻"], "峨": ["硪"], "干": ["千", "于"],
    "志": ["忘", "忐"], "忻": ["折"], "方": ["万"], "机": ["杌"], "果": ["杲"], "格": ["恪", "络"], "沾": ["沽"],
    "灌": ["獾"], "硕": ["顽"], "秀": ["秃"], "统": ["纺"], "老": ["者"], "部": ["剖", "郜"], "银": ["很"],
    "销": ["锁"],
}
SAME_SOUND = {
    "横": ["衡", "恒"], "隆": ["窿"], "柳": ["刘", "溜"], "融": ["蓉", "榕"], "三": ["叁"], "灵": ["铃"], "灌": ["冠"],
    "恭": ["龚", "弓"], "合": ["和"], "浦": ["蒲"], "上": ["商"], "思": ["斯"], "兴": ["幸"], "业": ["页"], "田": ["填"],
    "那": ["纳"], "坡": ["颇", "泼"], "凌": ["零"], "云": ["允"], "乐": ["了"], "果": ["郭"], "昭": ["照", "赵"],
    "富": ["赋"], "丹": ["郸"], "天": ["填"], "峨": ["俄"], "兰": ["蓝"], "环": ["桓", "寰"], "忻": ["欣"], "金": ["锦"],
    "秀": ["袖"], "新": ["薪"], "林": ["邻"], "溪": ["希"], "莲": ["涟"], "花": ["华"], "硕": ["朔"], "里": ["黎"],
    "沾": ["瞻"], "亭": ["庭"], "西": ["熙"], "统": ["桶"], "战": ["湛"], "同": ["童", "彤"], "心": ["辛"],
    "老": ["姥"], "干": ["甘"], "部": ["簿"], "银": ["吟"], "龄": ["翎"], "史": ["诗"], "志": ["致"], "方": ["访"],
    "供": ["宫"], "销": ["宵"], "装": ["妆"], "兵": ["冰"], "格": ["阁"], "机": ["基"], "市": ["氏"],
}
TRAD_MODES = ["ends_pair", "tails_pair", "dept_but_last"]
# every Unicode space separator and blank-looking character is used by some other part, so this part breaks names
# with visible separators other parts did not use
SPACES = ["〜", "｡", "＝", "＋", "┆", "┊", "⋮", "∶", "ㄧ", "❘", "─", "︲"]
DOUBLE_SPACE_P = 0.13
ZERO_WIDTH = ["\U000e0023", "\U000e0028", "\U000e0035", "\U000e0049", "\U000e0052", "\U000e0066", "\U000e0078",
              "\U000e0100", "\U000e0113", "\U000e0127", "\U000e0166", "\U000e01e0"]
EMOJI = ["🐃", "🎶", "🥭", "🍌", "\U0001fa98", "🏞️", "🛶", "🍍", "🐚", "🦀", "🍬", "🎵"]
BRACKETS = [("☾", "☽"), ("﹏", "﹏"), ("《", "〉"), ("〔", "】"), ("「", "〕"), ("❥", "❥"), ("⚜", "⚜"), ("╰", "╯"),
            ("(", "】"), ("〈", "》")]
FULLWIDTH_MODES = ["diaeresis_below", "ring_below", "circumflex_below", "vline_above"]
LEVEL_FORMS = ["qu_as_sheng", "zizhi_as_xian", "pre_upgrade", "pref_county_levels", "xiang_as_zhen",
               "county_town_chain"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警务视窗", "{S}反诈预警台", "{nick}守护神"],
    "fabu": ["{S}政务快评", "{nick}新闻汇", "{S}新闻播报台"],
    "gov": ["{S}政务直通站", "{nick}服务窗口"],
    "health": ["{S}健康百科", "{nick}健康讲堂"],
    "market": ["{S}放心消费提醒", "{nick}质量监督站"],
    "tax": ["{S}税费服务站", "{nick}纳税课堂"],
    "hotline": ["{S}民生热线台", "{nick}民声直通"],
    "culture": ["{S}旅游咨询中心", "{nick}风景画廊", "{S}民俗节庆"],
    "traffic": ["{S}出行安全提示", "{nick}交通播报"],
    "tongzhan15": ["{S}同心家园", "{nick}民族团结进步"],
    "laogan15": ["{S}银发生活", "{nick}夕阳红"],
    "difangzhi15": ["{S}地情资料", "{nick}旧志"],
    "gongxiao15": ["{S}农资服务", "{nick}助农超市"],
    "fabu_d": ["{S}区内新闻"],
    "town_rw15": ["{S}征兵办"],
    "town_wg15": ["{S}网格员之家"],
    "town_nj15": ["{S}农机补贴"],
    "generic": ["{S}百姓服务站", "{nick}民情速递", "{S}政务广播站"],
}


# ---- digit forms (the registered digit names are 12345, 12366, 12315 and 12320)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "diaeresis_below": lambda s: _marks(s, "\u0324"),
    "ring_below": lambda s: _marks(s, "\u0325"),
    "circumflex_below": lambda s: _marks(s, "\u032d"),
    "vline_above": lambda s: _marks(s, "\u030d"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _qu_as_sheng(u, acc):
    """The autonomous region written as a province (广西省发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME or not name.startswith(pl["S"]):
        return None
    return pl["S"] + "省" + name[len(pl["S"]):]


def _zizhi_as_xian(u, acc):
    """An autonomous county written as a plain county (融水县发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in AUTONOMOUS or not name.startswith(pl["S"]) \
            or name.startswith(pl["F"]):
        return None
    return pl["S"] + "县" + name[len(pl["S"]):]


def _pre_upgrade(u, acc):
    """A place written with the level (and name) it had before it was upgraded (横县发布, 平果县发布, 沾化县发布)."""
    name, pl = acc["row"]["name"], u["place"]
    S = pl["DS"] if u["level"] == "district" else pl["S"]
    F = pl["DF"] if u["level"] == "district" else pl["F"]
    old = FORMER_LEVEL.get(S)
    if u["level"] == "province" or not old or not name.startswith(S):
        return None
    rest = name[len(F):] if name.startswith(F) else name[len(S):]
    return old + rest


def _pref_county_levels(u, acc):
    """The prefecture and the county both with their level words (百色市田东县发布, 枣庄市山亭区发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "district":
        if not name.startswith(pl["DS"]) or name.startswith(pl["DF"]):
            return None
        return pl["F"] + pl["DF"] + name[len(pl["DS"]):]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or not name.startswith(pl["S"]):
        return None
    rest = name[len(pl["F"]):] if name.startswith(pl["F"]) else name[len(pl["S"]):]
    return par[1] + pl["F"] + rest


def _xiang_as_zhen(u, acc):
    """A township written as a town (里湖镇武装部)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or not pl["DF"].endswith("乡"):
        return None
    DS = pl["DS"]
    k = name.find(DS)
    if k < 0:
        return None
    rest = name[k + len(DS):]
    for w in ("瑶族乡", "乡"):
        if rest.startswith(w):
            rest = rest[len(w):]
            break
    return name[:k] + DS + "镇" + rest


def _county_town_chain(u, acc):
    """The county's short name and level word put before the town (三江县林溪镇武装部)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or not pl["DF"].endswith("镇") or pl["S"] not in PARENT:
        return None
    DS = pl["DS"]
    if not name.startswith(DS):
        return None
    rest = name[len(DS):]
    if rest.startswith("镇"):
        rest = rest[1:]
    return pl["S"] + "县" + DS + "镇" + rest


_FORM_MAKERS = {"qu_as_sheng": _qu_as_sheng, "zizhi_as_xian": _zizhi_as_xian, "pre_upgrade": _pre_upgrade,
                "pref_county_levels": _pref_county_levels, "xiang_as_zhen": _xiang_as_zhen,
                "county_town_chain": _county_town_chain}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: regional accounts
    the province form, towns their town form, upgraded places their former level on two accounts in three,
    autonomous counties the plain-county form on two accounts in three, the others the prefecture-and-county
    chain."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("qu_as_sheng", "xiang_as_zhen", "county_town_chain"):
        if f in names:
            return f, names[f]
    for f in ("pre_upgrade", "zizhi_as_xian"):
        if f in names and _h(acc, f[:2]) % 3:
            return f, names[f]
    if "pref_county_levels" in names:
        return "pref_county_levels", names["pref_county_levels"]
    return cands[_h(acc, "k") % len(cands)]


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


def _place_span(s, u):
    """Where the place name is; after a look-alike or homophone swap, the span that differs in one character."""
    pl = u["place"].get("DS", u["place"]["S"])
    k = s.find(pl)
    if k >= 0:
        return k, k + len(pl)
    best = max(range(max(1, len(s) - len(pl) + 1)),
               key=lambda j: (sum(a == b for a, b in zip(s[j:j + len(pl)], pl)), -j))
    if len(pl) >= 2 and sum(a == b for a, b in zip(s[best:best + len(pl)], pl)) >= len(pl) - 1:
        return best, best + len(pl)
    return -1, -1


def _dept_span(s, u):
    w = G.FN.get(u["dept"], "")
    k = s.find(w) if w else -1
    if k >= 0:
        return k, k + len(w)
    a, b = _place_span(s, u)
    return (b, len(s)) if b > 0 else (-1, -1)


def _t_ends_pair(s, u, r):
    """The first and the last convertible character of the whole name (廣西發布 style only at the two ends)."""
    idx = _conv_idx(s)
    if len(idx) < 2:
        return None
    return _conv(s, [idx[0], idx[-1]])


def _t_tails_pair(s, u, r):
    """The last convertible character of the place and the last of the department's word."""
    a, b = _place_span(s, u)
    c, d = _dept_span(s, u)
    conv = _conv_idx(s)
    pick = [i for i in conv if a <= i < b][-1:] + [i for i in conv if c <= i < d and not a <= i < b][-1:]
    return _conv(s, pick) if len(pick) == 2 else None


def _t_dept_but_last(s, u, r):
    """Every convertible character of the department's word except its last one; with a single one, that one."""
    c, d = _dept_span(s, u)
    idx = [i for i in _conv_idx(s) if c <= i < d]
    if not idx:
        return None
    return _conv(s, idx[:-1] if len(idx) > 1 else idx)


TRAD_FUNCS = {"ends_pair": _t_ends_pair, "tails_pair": _t_tails_pair, "dept_but_last": _t_dept_but_last}


# ---- image edits
def _halftone(img, rng):
    """A newsprint look: the picture re-drawn as dots whose size follows the darkness."""
    cell = rng.randint(4, 5)
    w, h = img.size
    g = np.asarray(ImageOps.grayscale(img), float)
    small = img.resize((max(1, w // cell), max(1, h // cell)), Image.BILINEAR)
    out = Image.new("RGB", (w, h), (250, 248, 240))
    d = ImageDraw.Draw(out)
    sa = np.asarray(small)
    for y in range(sa.shape[0]):
        for x in range(sa.shape[1]):
            v = g[min(h - 1, y * cell + cell // 2), min(w - 1, x * cell + cell // 2)]
            rad = (1 - v / 255.0) * cell * 0.75 + 0.6
            cx, cy = x * cell + cell / 2, y * cell + cell / 2
            d.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], fill=tuple(int(c) for c in sa[y, x]))
    return out, f"halftone cell {cell}"


def _mosaic_blocks(img, rng):
    """A light pixel mosaic, as when a small picture is blown up with nearest-neighbour scaling."""
    k = rng.randint(5, 7)
    w, h = img.size
    return img.resize((max(1, w // k), max(1, h // k)), Image.BILINEAR).resize((w, h), Image.NEAREST), \
        f"mosaic blocks {k}px"


def _hue_violet(img, rng, P=None):
    """The hue turned by about 265 degrees (a purple cast)."""
    deg = rng.randint(262, 268)
    hsv = np.asarray(img.convert("HSV")).copy()
    hsv[..., 0] = ((hsv[..., 0].astype(int) + int(round(deg * 255 / 360))) % 256).astype(np.uint8)
    return Image.fromarray(hsv, "HSV").convert("RGB"), f"hue rotated {deg} degrees"


def _dark_dim(img, rng):
    """A phone's dark-mode dimming: darker, flatter and a little blue."""
    k = rng.uniform(0.55, 0.62)
    a = np.asarray(img, float) * k + np.array([8, 10, 22])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"dark dim {k:.2f}"


def _bronze_drum(img, rng, P):
    """The picture in the middle of a bronze-drum face: concentric bands with ticks and a star ring."""
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), (64, 52, 40))
    d = ImageDraw.Draw(out)
    c = W / 2
    for k, rr in enumerate(np.linspace(W / 2 - 2, w / 2 + 2, 5)):
        d.ellipse([c - rr, c - rr, c + rr, c + rr], fill=col if k % 2 == 0 else (176, 140, 72))
    for k in range(36):
        a = np.radians(k * 10)
        r1, r2 = W / 2 - pad * 0.25, W / 2 - pad * 0.55
        d.line([(c + r1 * np.cos(a), c + r1 * np.sin(a)), (c + r2 * np.cos(a), c + r2 * np.sin(a))],
               fill=(236, 210, 140), width=2)
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border bronze drum"


def _brocade_band(img, rng, P):
    """A square frame of woven-brocade diamonds in alternating colours."""
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), (246, 232, 200))
    d = ImageDraw.Draw(out)
    step = max(6, pad // 2)
    for y in range(0, W, step):
        for x in range(0, W, step):
            if pad <= x < W - pad - step // 2 and pad <= y < W - pad - step // 2:
                continue
            f = col if (x // step + y // step) % 2 else (40, 120, 96)
            d.polygon([(x + step / 2, y), (x + step, y + step / 2), (x + step / 2, y + step), (x, y + step / 2)],
                      fill=f)
    out.paste(img, (pad, pad))
    return out, "border brocade band"


def _lattice_window(img, rng, P):
    """A round window in a carved lattice screen: the picture shows through a circle."""
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), (120, 72, 40))
    d = ImageDraw.Draw(out)
    step = max(6, pad // 2)
    for k in range(0, W, step):
        d.line([(k, 0), (k, W)], fill=col, width=2)
        d.line([(0, k), (W, k)], fill=col, width=2)
    d.ellipse([pad * 0.5, pad * 0.5, W - pad * 0.5, W - pad * 0.5], fill=(96, 56, 30))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border lattice window"


def _shot_transfer_receipt(img, rng, P, out_px):
    """A money-transfer receipt: the avatar as the payee's icon above a big amount and a green tick."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (247, 247, 247))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.07 * S)], fill=(237, 237, 237))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = (S - a) // 2, int(0.12 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    yy = y0 + a + int(0.05 * S)
    d.rectangle([int(0.25 * S), yy, int(0.75 * S), yy + int(0.06 * S)], fill=(30, 30, 30))
    d.ellipse([int(0.45 * S), yy + int(0.1 * S), int(0.55 * S), yy + int(0.2 * S)], fill=(7, 193, 96))
    for k in range(3):
        y2 = yy + int(0.26 * S) + k * int(0.06 * S)
        d.rectangle([int(0.08 * S), y2, int(0.92 * S), y2 + int(0.02 * S)], fill=(205, 205, 205))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot transfer receipt scale {a / S:.3f}"


def _shot_order_page(img, rng, P, out_px):
    """An order-confirmation page: the avatar as the shop logo beside a product line and an orange pay bar."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 244, 244))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.09 * S)], fill=(255, 80, 0))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    y0 = int(0.16 * S)
    d.rounded_rectangle([int(0.03 * S), y0 - int(0.03 * S), int(0.97 * S), y0 + a + int(0.2 * S)], radius=12,
                        fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.06 * S), y0))
    for k in range(3):
        yy = y0 + int(0.02 * S) + k * int(0.055 * S)
        d.rectangle([int(0.1 * S) + a, yy, int(0.1 * S) + a + int(S * rng.uniform(0.3, 0.5)), yy + int(0.022 * S)],
                    fill=(70, 70, 70) if k == 0 else (170, 170, 170))
    d.rectangle([0, int(0.88 * S), S, S], fill=(255, 255, 255))
    d.rounded_rectangle([int(0.6 * S), int(0.9 * S), int(0.96 * S), int(0.98 * S)], radius=20, fill=(255, 90, 0))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot order page scale {a / S:.3f}"


def _shot_forward_card(img, rng, P, out_px):
    """A forwarded-account card inside a chat: grey bubble, the avatar at its right, a caption line below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (235, 235, 235))
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    y0 = int(S * rng.uniform(0.2, 0.35))
    d.ellipse([int(0.03 * S), y0, int(0.13 * S), y0 + int(0.1 * S)], fill=(150, 170, 200))
    d.rounded_rectangle([int(0.16 * S), y0, int(0.9 * S), y0 + a + int(0.16 * S)], radius=10, fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.86 * S) - a, y0 + int(0.03 * S)))
    d.rectangle([int(0.2 * S), y0 + int(0.04 * S), int(0.8 * S) - a, y0 + int(0.07 * S)], fill=(60, 60, 60))
    d.line([(int(0.18 * S), y0 + a + int(0.08 * S)), (int(0.88 * S), y0 + a + int(0.08 * S))], fill=(225, 225, 225),
           width=2)
    d.rectangle([int(0.2 * S), y0 + a + int(0.1 * S), int(0.4 * S), y0 + a + int(0.125 * S)], fill=(170, 170, 170))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot forward card scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"halftone": _halftone, "mosaic_blocks": _mosaic_blocks, "hue_violet": _hue_violet,
                                   "dark_dim": _dark_dim},
                   border_funcs={"bronze_drum": _bronze_drum, "brocade_band": _brocade_band,
                                 "lattice_window": _lattice_window},
                   screenshot_funcs={"transfer_receipt": _shot_transfer_receipt, "order_page": _shot_order_page,
                                     "forward_card": _shot_forward_card},
                   resize_px=[122, 135, 145, 158, 182, 203, 221, 240],
                   jpeg_q=(40, 46), crop_frac=(0.3335, 0.3385),
                   border_styles=["bronze_drum", "brocade_band", "lattice_window"],
                   border_colours=[(178, 58, 42), (30, 84, 150), (212, 150, 30), (46, 126, 88), (128, 52, 120),
                                   (72, 72, 80)],
                   border_frac=(0.362, 0.371),
                   recolour_modes=["halftone", "mosaic_blocks", "hue_violet", "dark_dim"],
                   hue_shift=(262, 268), rotate_deg=(44.2, 46.8),
                   watermark_texts=["桂办通", "扫码登记", "核验入口", "加急办证", "兑付中"],
                   watermark_alpha=(200, 215),
                   screenshot_styles=["transfer_receipt", "order_page", "forward_card"],
                   screenshot_scale=(0.2955, 0.2995))
P_IMPOSTOR_DERIVED = 0.553
P_IMPOSTOR_DEFAULT = 0.083
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "cartoon", "person"]
P_IMPOSTOR_VERIFIED = 0.102
IMPOSTOR_VERIFIED = [("enterprise", "{S}桂通达政务信息咨询有限公司"), ("personal", "壮乡民生资讯博主"),
                     ("other", "{S}在外乡亲联络站")]
IMPOSTOR_DESCS = ["{S}{fn}：三月三民族服装补贴申领，点击主页链接填写银行卡",
                  "【{S}{fn}】征兵体检费退还通知，请添加QQ{qq}登记",
                  "{name}：林下经济项目扶持资金申报，先交材料费，联系{wx}",
                  "{S}{fn}新号上线，旧号即将注销，请加微信{wx}备案",
                  "{S}{fn}提示：糖料蔗收购款补差发放，私信发送姓名和银行卡号"]
MAX_PER_TARGET = 6

# Every three-tactic combination that the builder can write is used by some other part (the rest combine
# avatar_only, whose name is not built from the registered name, or reorder with level_prefix, which the builder
# cannot write together).  So this part uses 16 four-tactic combinations, which no other part uses (four impostors
# each), and ten three-tactic combinations that other parts also use (four impostors each), so that every tactic is
# carried by at least 46 impostors.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    # new: four tactics
    ([_FW, _SU, _SP, _TR], 4), ([_FW, _PR, _ZW, _SS], 4), ([_FW, _LP, _EB, _LA], 4), ([_FW, _RE, _SU, _ZW], 4),
    ([_FW, _NP, _PR, _EB], 4), ([_FW, _SP, _SS, _EB], 4), ([_LA, _SS, _SU, _NP], 4), ([_LP, _TR, _SP, _PR], 4),
    ([_RE, _LA, _ZW, _EB], 4), ([_LP, _SS, _ZW, _SU], 4), ([_RE, _TR, _PR, _SS], 4), ([_NP, _SP, _LA, _LP], 4),
    ([_EB, _TR, _NP, _ZW], 4), ([_RE, _SP, _SU, _NP], 4), ([_PR, _LA, _TR, _EB], 4), ([_LP, _SU, _EB, _SS], 4),
    # also used by other parts: three tactics
    ([_FW, _LA, _SU], 4), ([_FW, _PR, _SP], 4), ([_FW, _LP, _ZW], 4), ([_NP, _RE, _SS], 4), ([_LA, _PR, _ZW], 4),
    ([_SS, _SP, _TR], 4), ([_EB, _LP, _NP], 4), ([_RE, _SU, _TR], 4), ([_EB, _SP, _ZW], 4), ([_LA, _NP, _SU], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
OTHER_PLACES_CHAR = [
    dict(reg="广西", S="江西", F="江西省", province="江西省", level="province",
         units={"tongzhan15": "中共江西省委员会统一战线工作部"}),
    dict(reg="柳城", S="柳林", F="柳林县", province="山西省", level=_C),
    dict(reg="融安", S="固安", F="固安县", province="河北省", level=_C),
    dict(reg="融水", S="清水", F="清水县", province="甘肃省", level=_C),
    dict(reg="灵川", S="灵丘", F="灵丘县", province="山西省", level=_C),
    dict(reg="合浦", S="合阳", F="合阳县", province="陕西省", level=_C),
    dict(reg="兴业", S="兴隆", F="兴隆县", province="河北省", level=_C),
    dict(reg="凌云", S="凌源", F="凌源市", province="辽宁省", level=_C),
    dict(reg="乐业", S="乐都", F="海东市乐都区", province="青海省", level=_C),
    dict(reg="平果", S="平顺", F="平顺县", province="山西省", level=_C),
    dict(reg="昭平", S="昭苏", F="昭苏县", province="新疆维吾尔自治区", level=_C),
    dict(reg="富川", S="富县", F="富县", province="陕西省", level=_C),
    dict(reg="南丹", S="南皮", F="南皮县", province="河北省", level=_C),
    dict(reg="天峨", S="天镇", F="天镇县", province="山西省", level=_C),
    dict(reg="东兰", S="东光", F="东光县", province="河北省", level=_C),
    dict(reg="环江", S="环县", F="环县", province="甘肃省", level=_C),
    dict(reg="都安", S="都昌", F="都昌县", province="江西省", level=_C),
    dict(reg="金秀", S="金川", F="金川县", province="四川省", level=_C),
    dict(reg="大新", S="大通", F="大通回族土族自治县", province="青海省", level=_C),
    dict(reg="三江", S="三原", F="三原县", province="陕西省", level=_C),
    dict(reg="横州", S="横山", F="榆林市横山区", province="陕西省", level=_C),
    dict(reg="上思", S="上蔡", F="上蔡县", province="河南省", level=_C),
    dict(reg="灌阳", S="弋阳", F="弋阳县", province="江西省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="灵川", S="陵川", F="陵川县", province="山西省", level=_C),
    dict(reg="隆安", S="龙安", F="安阳市龙安区", province="河南省", level=_C),
    dict(reg="忻城", S="新城", F="西安市新城区", province="陕西省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("麟游", "麟游县", "陕西省", "police"), ("宁武", "宁武县", "山西省", "fabu"), ("留坝", "留坝县", "陕西省", "procur"),
    ("镇巴", "镇巴县", "陕西省", "police"), ("岚皋", "岚皋县", "陕西省", "fabu"), ("商南", "商南县", "陕西省", "police"),
    ("代县", "代县", "山西省", "fabu"), ("洛南", "洛南县", "陕西省", "police"), ("吴起", "吴起县", "陕西省", "fabu"),
    ("宜川", "宜川县", "陕西省", "procur"), ("佳县", "佳县", "陕西省", "police"), ("吴堡", "吴堡县", "陕西省", "fabu"),
    ("清涧", "清涧县", "陕西省", "police"), ("子洲", "子洲县", "陕西省", "fabu"), ("娄烦", "娄烦县", "山西省", "police"),
    ("左权", "左权县", "山西省", "fabu"), ("和顺", "和顺县", "山西省", "police"), ("靖宇", "靖宇县", "吉林省", "fabu"),
    ("岢岚", "岢岚县", "山西省", "police"), ("偏关", "偏关县", "山西省", "fabu"), ("繁峙", "繁峙县", "山西省", "procur"),
    ("浑源", "浑源县", "山西省", "police"), ("梨树", "梨树县", "吉林省", "fabu"), ("伊通", "伊通满族自治县", "吉林省", "police"),
    ("汪清", "汪清县", "吉林省", "fabu"), ("湟源", "湟源县", "青海省", "police"), ("和龙", "和龙市", "吉林省", "fabu"),
    ("西吉", "西吉县", "宁夏回族自治区", "police"), ("祁连", "祁连县", "青海省", "fabu"),
    ("中宁", "中宁县", "宁夏回族自治区", "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="广西日报", platform="weibo", vtype="media", reason="广西日报社官方微博", desc="广西新闻。",
         logo_text="桂报"),
    dict(name="南国早报", platform="weibo", vtype="media", reason="南国早报社官方微博", desc="民生新闻。",
         logo_text="南国"),
    dict(name="广西新闻网", platform="toutiao", vtype="media", reason="广西新闻网官方账号", desc="新闻资讯。",
         logo_text="桂网"),
    dict(name="广西卫视", platform="bilibili", vtype="media", reason="广西广播电视台卫视频道官方账号",
         desc="卫视节目。", logo_text="桂视"),
    dict(name="当代生活报", platform="wechat", vtype="media", reason="当代生活报社", desc="生活资讯。",
         logo_text="当代"),
    dict(name="南宁晚报", platform="douyin", vtype="media", reason="南宁晚报社官方账号", desc="南宁新闻。",
         logo_text="邕晚"),
    dict(name="柳州日报", platform="wechat", vtype="media", reason="柳州日报社", desc="柳州新闻。"),
    dict(name="桂林日报", platform="toutiao", vtype="media", reason="桂林日报社官方账号", desc="桂林新闻。"),
    dict(name="北海日报", platform="wechat", vtype="media", reason="北海日报社", desc="北海新闻。"),
    dict(name="右江日报", platform="douyin", vtype="media", reason="右江日报社官方账号", desc="百色新闻。"),
    dict(name="河池日报", platform="wechat", vtype="media", reason="河池日报社", desc="河池新闻。"),
    dict(name="左江日报", platform="toutiao", vtype="media", reason="左江日报社官方账号", desc="崇左新闻。"),
    dict(name="贺州日报", platform="kuaishou", vtype="media", reason="贺州日报社官方账号", desc="贺州新闻。"),
    dict(name="来宾日报", platform="wechat", vtype="media", reason="来宾日报社", desc="来宾新闻。"),
    dict(name="钦州日报", platform="douyin", vtype="media", reason="钦州日报社官方账号", desc="钦州新闻。"),
    dict(name="玉林日报", platform="wechat", vtype="media", reason="玉林日报社", desc="玉林新闻。"),
    dict(name="广西交通台", platform="weibo", vtype="media", reason="广西广播电视台交通广播官方微博",
         desc="交通广播。", logo_text="交台"),
    dict(name="平果广播电视台", platform="douyin", vtype="media", reason="平果市广播电视台官方账号",
         desc="平果新闻。"),
    dict(name="合浦电视台", platform="kuaishou", vtype="media", reason="合浦县广播电视台官方账号", desc="合浦新闻。"),
    dict(name="横州融媒", platform="douyin", vtype="media", reason="横州市融媒体中心官方账号", desc="横州新闻。"),
    dict(name="广西发布会直击", platform="kuaishou", vtype="media", reason="广西广播电视台新闻频道官方账号",
         desc="新闻频道转播新闻发布会的栏目，并非自治区政府新闻办账号。", logo_text="直击"),
    dict(name="田东12345追踪", platform="toutiao", vtype="media", reason="百色广播电视台官方账号",
         desc="电视台民生栏目，追踪热线诉求的办理结果。", logo_text="追踪"),
    dict(name="三江文旅镜头", platform="wechat", vtype="media", reason="柳州日报社",
         desc="报社文旅栏目，拍摄侗寨风光，并非文旅局账号。", logo_text="镜头"),
    dict(name="融水公安故事", platform="douyin", vtype="media", reason="柳州广播电视台官方账号",
         desc="电视台法治栏目，讲述山区民警的故事，并非公安账号。", logo_text="故事"),
    dict(name="广西交警视点", platform="bilibili", vtype="media", reason="广西卫视官方账号",
         desc="卫视交通安全节目的栏目，并非交警账号。", logo_text="视点"),
    dict(name="灵川税务问答", platform="toutiao", vtype="media", reason="桂林日报社官方账号",
         desc="报社财经栏目，解答读者的办税疑问，并非税务局账号。", logo_text="问答"),
]
PERSONAL = [
    dict(name="横州茉莉花农阿梅", platform="douyin", vtype="personal", reason="茉莉花种植户"),
    dict(name="合浦珍珠匠老陈", platform="kuaishou"),
    dict(name="恭城油茶阿婆", platform="douyin", avatar="cartoon"),
    dict(name="田东芒果哥", platform="kuaishou"),
    dict(name="乐业天坑探洞人", platform="douyin", vtype="personal", reason="户外探险博主", avatar="scenery"),
    dict(name="三江侗歌阿妹", platform="kuaishou", avatar="cartoon"),
    dict(name="凌云白毫茶农小韦", platform="douyin"),
    dict(name="富川脐橙老蒙", platform="kuaishou", avatar="default"),
    dict(name="南丹白裤瑶姑娘", platform="douyin"),
    dict(name="环江香猪养殖户", platform="kuaishou"),
    dict(name="融安金桔哥", platform="douyin", avatar="default"),
    dict(name="昭平黄姚摄影师", platform="weibo", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="金秀瑶山向导", platform="douyin"),
    dict(name="大新德天船工", platform="kuaishou", avatar="cartoon"),
    dict(name="忻城糯玉米大叔", platform="toutiao"),
    dict(name="浦北红椎菌采菌人", platform="kuaishou"),
    dict(name="东兰铜鼓传人", platform="douyin"),
    dict(name="都安山羊倌", platform="kuaishou", avatar="default"),
    dict(name="乡村医生覃医生", platform="toutiao", vtype="personal", reason="那坡某村卫生室乡村医生"),
    dict(name="律师老黄讲法", platform="toutiao", vtype="personal", reason="广西某律师事务所律师"),
    dict(name="平果辅警小农", platform="douyin", vtype="personal", reason="平果市公安局辅警", desc="分享防骗小知识。"),
    dict(name="天峨龙滩钓鱼佬", platform="kuaishou"),
    dict(name="上思十万大山护林人", platform="weibo"),
    dict(name="天天转广西发布", platform="weibo", vtype="personal", reason="退休教师",
         desc="转发广西发布的消息，个人账号，非官方。"),
    dict(name="阿蒙聊横州12345", platform="toutiao", vtype="personal", reason="本地生活博主",
         desc="个人整理热线办理经验，非官方。"),
    dict(name="恭城文旅打卡记", platform="wechat", desc="个人游记，记录在恭城的吃住行，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="广西公安制服商行", platform="weibo", vtype="enterprise", reason="南宁某服饰贸易有限公司",
         desc="制式服装、劳保用品销售，私营企业，与公安机关无关。", logo_text="商行"),
    dict(name="乐业文旅度假酒店", platform="wechat", vtype="enterprise", reason="乐业某酒店管理有限公司",
         desc="酒店预订，企业账号，与文旅部门无关。"),
    dict(name="广西税务财税服务中心", platform="douyin", vtype="enterprise", reason="南宁某财税咨询有限公司",
         desc="代理记账、工商注册，私营企业，与税务局无关。"),
    dict(name="横州茉莉花茶", platform="douyin"),
    dict(name="合浦南珠", platform="kuaishou", vtype="enterprise", reason="合浦某珍珠有限公司"),
    dict(name="恭城油茶", platform="douyin"),
    dict(name="田东芒果", platform="kuaishou", avatar="default"),
    dict(name="凌云白毫", platform="douyin", vtype="enterprise", reason="凌云某茶业有限公司"),
    dict(name="乐业猕猴桃", platform="kuaishou"),
    dict(name="昭平绿茶", platform="douyin", vtype="enterprise", reason="昭平某茶业有限公司"),
    dict(name="富川脐橙", platform="toutiao"),
    dict(name="南丹巴平米", platform="kuaishou"),
    dict(name="天峨珍珠李", platform="douyin"),
    dict(name="环江香猪", platform="kuaishou", avatar="default"),
    dict(name="都安密洛陀山羊", platform="douyin", vtype="enterprise", reason="都安某养殖有限公司"),
    dict(name="忻城糯玉米", platform="kuaishou"),
    dict(name="金秀绞股蓝", platform="douyin"),
    dict(name="大新苦丁茶", platform="kuaishou"),
    dict(name="融安金桔", platform="douyin"),
    dict(name="融水糯米柚", platform="kuaishou"),
    dict(name="三江油茶", platform="wechat", vtype="enterprise", reason="三江某食品有限公司"),
    dict(name="浦北红椎菌", platform="kuaishou"),
    dict(name="隆安香蕉", platform="douyin"),
    dict(name="柳城蜜橘", platform="kuaishou", avatar="default"),
    dict(name="灌阳雪梨", platform="douyin"),
    dict(name="沾化冬枣", platform="douyin", vtype="enterprise", reason="沾化某冬枣专业合作社"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("三江", "丹洲", "丹洲镇", ["town_wg15"]), ("东兰", "武篆", "武篆镇", ["town_rw15"]),
    ("凌云", "泗城", "泗城镇", ["town_nj15"]), ("合浦", "公馆", "公馆镇", ["town_wg15"]),
    ("南丹", "车河", "车河镇", ["town_nj15"]), ("上思", "在妙", "在妙镇", ["town_rw15"]),
    ("灵川", "大圩", "大圩镇", ["town_wg15"]), ("富川", "朝东", "朝东镇", ["town_nj15"]),
    ("横州", "校椅", "校椅镇", ["town_rw15"]), ("都安", "地苏", "地苏镇", ["town_wg15"]),
]
UNREG_CITY = [
    ("广西", "edu", 0), ("广西", "fire", 0), ("广西", "medins", 0), ("广西", "civil", 0), ("广西", "weather", 0),
    ("山东", "veterans", 0), ("广东", "water", 0), ("融安", "police", 0), ("灌阳", "police", 0), ("上思", "police", 0),
    ("浦北", "police", 0), ("天峨", "police", 0), ("三江", "police", 0), ("恭城", "police", 0), ("田东", "police", 0),
    ("凌云", "police", 0), ("东兰", "police", 0), ("横州", "culture", 0), ("合浦", "culture", 0), ("南丹", "culture", 0),
    ("广西", "emergency", 0), ("广西", "eco", 0), ("广西", "water", 0), ("灵川", "water", 0), ("广西", "cyber", 0),
    ("平果", "tax", 0), ("鹿寨", "fabu", 0), ("田林", "fabu", 0), ("西林", "fabu", 0), ("隆林", "fabu", 0),
    ("大化", "fabu", 0),
    ("武宣", "fabu", 0), ("扶绥", "fabu", 0), ("天等", "fabu", 0), ("兴业", "police", 0), ("田林", "police", 0),
    ("大化", "police", 0), ("武宣", "police", 0), ("扶绥", "culture", 0), ("天等", "police", 0), ("隆林", "police", 0),
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
    print("building dev15 ...")
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
