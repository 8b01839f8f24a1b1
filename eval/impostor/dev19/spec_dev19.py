"""Nineteenth dev part (dev19): built blind as the fifteenth held-out part (2026-12-04), demoted to tuning data in
the seventeenth session.
Run: python eval/impostor/dev19/spec_dev19.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev18/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, and counties,
county-level cities and districts across all of its prefecture-level cities, plus a few towns), plus two unused
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

PART = "dev19"
SEED = 27439
CRAWL_DAY = "2025-11-25"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "guoan19": ("{F}国家安全厅", "{F}国家安全局", ["{S}国家安全", "{S}国安"], "shield", None,
                "开展国家安全宣传教育，发布反间谍防范提示，受理国家安全线索举报"),
    "xiaobao19": ("{F}消费者权益保护委员会", "{F}消费者权益保护委员会", ["{S}消保委", "{S}消保"], "scales", None,
                  "发布消费警示、比较试验结果和消费维权指引"),
    "jinrong19": ("{F}地方金融管理局", "{F}地方金融管理局", ["{S}地方金融", "{S}金融管理"], "coin", None,
                  "发布地方金融监管政策、防范非法集资和金融知识普及信息"),
    "cishan19": ("{F}慈善总会", "{F}慈善总会", ["{S}慈善", "{S}慈善总会"], "hands", None,
                 "发布慈善募捐项目、救助进展和善款收支公示"),
    "sheke19": ("{F}社会科学界联合会", "{F}社会科学界联合会", ["{S}社科联", "{S}社科普及"], "book", None,
                "发布社科研究成果、社科普及活动和课题申报信息"),
    "laoling19": ("{F}老龄工作委员会办公室", "{F}老龄工作委员会办公室", ["{S}老龄", "{S}老龄办"], "star", None,
                  "发布养老服务政策、老年人优待和敬老爱老活动信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_tw19": ("{F}{DF}人民调解委员会", ["{DS}调委会", "{DS}调委"], "scales", None,
                  "发布邻里纠纷调解、法律咨询和矛盾排查信息"),
    "town_jsx19": ("{F}{DF}计划生育协会", ["{DS}计生协", "{DS}计生协会"], "hands", None,
                   "发布优生优育指导、计生家庭帮扶和婴幼儿照护信息"),
    "town_ds19": ("{F}{DF}电子商务公共服务站", ["{DS}电商服务站", "{DS}电商服务"], "globe", None,
                  "发布农产品上行、快递进村和电商培训信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"guoan19": "国家安全", "xiaobao19": "消保委", "jinrong19": "地方金融", "cishan19": "慈善总会",
               "sheke19": "社科联", "laoling19": "老龄办", "town_tw19": "调委会", "town_jsx19": "计生协",
               "town_ds19": "电商服务站"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level city (short, full)
_SJZ, _TS, _QHD, _HD = ("石家庄", "石家庄市"), ("唐山", "唐山市"), ("秦皇岛", "秦皇岛市"), ("邯郸", "邯郸市")
_XT, _BD, _ZJK, _CD = ("邢台", "邢台市"), ("保定", "保定市"), ("张家口", "张家口市"), ("承德", "承德市")
_CZ, _LF, _HS = ("沧州", "沧州市"), ("廊坊", "廊坊市"), ("衡水", "衡水市")
PARENT = {"藁城": _SJZ, "栾城": _SJZ, "赵县": _SJZ, "晋州": _SJZ, "新乐": _SJZ,
          "丰润": _TS, "曹妃甸": _TS, "滦南": _TS, "迁西": _TS, "丰南": _TS,
          "北戴河": _QHD, "青龙": _QHD, "山海关": _QHD,
          "临漳": _HD, "磁县": _HD, "鸡泽": _HD, "魏县": _HD,
          "任泽": _XT, "新河": _XT, "临西": _XT, "南宫": _XT, "沙河": _XT,
          "满城": _BD, "涞水": _BD, "定兴": _BD, "望都": _BD, "高碑店": _BD,
          "崇礼": _ZJK, "张北": _ZJK, "双滦": _CD,
          "海兴": _CZ, "肃宁": _CZ, "吴桥": _CZ, "献县": _CZ, "黄骅": _CZ, "河间": _CZ,
          "香河": _LF, "文安": _LF, "永清": _LF,
          "冀州": _HS, "枣强": _HS, "安平": _HS}
REGION_NAME = "河北"
CLASSICAL = {"河北": "燕赵", "山东": "齐鲁", "广东": "岭南"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4t = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="河北", F="河北省", area="0311", landmark="mountain", nick="燕赵大地",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 0, "platforms": _3, "names": {"wechat": "{S}12320"}}),
                ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("traffic", {"platforms": _3}),
                ("guoan19", {"name_idx": 0, "platforms": _3}),
                ("xiaobao19", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="tower", nick="海岱齐风",
         depts=[("jinrong19", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="waves", nick="珠江善潮",
         depts=[("cishan19", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="河北省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- counties, county-level cities and districts of the new province
    _c("藁城", "藁城区", "0311", "pagoda", "宫面之乡", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("栾城", "栾城区", "0311", "sun", "栾城古韵", ["fabu"]),
    _c("赵县", "赵县", "0311", "bridge", "赵州桥畔",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("晋州", "晋州市", "0311", "sun", "鸭梨之乡", [("fabu", {"platforms": _3}), ("sheke19", {"name_idx": 0})]),
    _c("新乐", "新乐市", "0311", "pagoda", "伏羲台", ["fabu"]),
    _c("丰润", "丰润区", "0315", "mountain", "曹雪芹祖籍", [("fabu", {"platforms": _3})]),
    _c("曹妃甸", "曹妃甸区", "0315", "waves", "曹妃湖", [("fabu", {"platforms": _4}), ("hotline", {"platforms": _2})],
       [dict(DS="唐海", DF="唐海镇", depts=["town_tw19"])]),
    _c("滦南", "滦南县", "0315", "sun", "评剧之乡", ["fabu"]),
    _c("迁西", "迁西县", "0315", "mountain", "板栗之乡", [("fabu", {"platforms": _3}), ("laoling19", {"name_idx": 0})]),
    _c("北戴河", "北戴河区", "0335", "waves", "避暑胜地", [("fabu", {"platforms": _4t}), ("culture", dict(_DC))]),
    _c("青龙", "青龙满族自治县", "0335", "mountain", "青龙河畔", ["fabu"]),
    _c("山海关", "山海关区", "0335", "tower", "天下第一关", [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("临漳", "临漳县", "0310", "pagoda", "邺城故地", [("fabu", {"platforms": _3})]),
    _c("磁县", "磁县", "0310", "sun", "磁州窑", [("fabu", {"platforms": _3})],
       [dict(DS="磁州", DF="磁州镇", depts=["town_jsx19"])]),
    _c("鸡泽", "鸡泽县", "0310", "sun", "辣椒之乡", ["fabu"]),
    _c("魏县", "魏县", "0310", "waves", "梨乡水城", [("fabu", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("任泽", "任泽区", "0319", "pagoda", "任泽", ["fabu"]),
    _c("新河", "新河县", "0319", "waves", "新河", [("fabu", {"platforms": _3})]),
    _c("临西", "临西县", "0319", "bridge", "轴承之都", ["fabu"]),
    _c("南宫", "南宫市", "0319", "pagoda", "冀南古城", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("沙河", "沙河市", "0319", "mountain", "玻璃之城",
       [("fabu", {"platforms": _3}), ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("满城", "满城区", "0312", "mountain", "汉墓故里", [("fabu", {"platforms": _3})]),
    _c("涞水", "涞水县", "0312", "mountain", "拒马河畔", [("fabu", {"platforms": _3})],
       [dict(DS="三坡", DF="三坡镇", depts=["town_ds19"])]),
    _c("定兴", "定兴县", "0312", "sun", "定兴", ["fabu", ("cishan19", {"name_idx": 0})]),
    _c("望都", "望都县", "0312", "pagoda", "尧母故里", [("fabu", {"platforms": _3})]),
    _c("高碑店", "高碑店市", "0312", "bridge", "高碑店",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("崇礼", "崇礼区", "0313", "mountain", "冰雪小镇", [("fabu", {"platforms": _4t}), ("culture", dict(_DC))]),
    _c("张北", "张北县", "0313", "sun", "草原天路", [("fabu", {"platforms": _3k}), ("hotline", {"platforms": _2})]),
    _c("双滦", "双滦区", "0314", "mountain", "双塔山", ["fabu"]),
    _c("海兴", "海兴县", "0317", "waves", "渤海小山", ["fabu"]),
    _c("肃宁", "肃宁县", "0317", "sun", "裘皮之都", [("fabu", {"platforms": _3})]),
    _c("吴桥", "吴桥县", "0317", "bridge", "杂技故里", [("fabu", {"platforms": _3k}), ("culture", dict(_DC))],
       [dict(DS="桑园", DF="桑园镇", depts=["town_ds19"])]),
    _c("献县", "献县", "0317", "pagoda", "献王故里", ["fabu"]),
    _c("黄骅", "黄骅市", "0317", "waves", "冬枣之乡", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("河间", "河间市", "0317", "pagoda", "河间府",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("香河", "香河县", "0316", "sun", "家具之都", [("fabu", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("文安", "文安县", "0316", "waves", "文安", ["fabu"]),
    _c("冀州", "冀州区", "0318", "waves", "九州之首", [("fabu", {"platforms": _3})]),
    _c("枣强", "枣强县", "0318", "sun", "大营皮草", [("fabu", {"platforms": _3})]),
    # ---- Guangdong districts no other part used
    _c("江门", "江门市", "0750", "waves", "五邑侨都", [],
       [dict(DS="江海", DF="江海区", depts=["fabu_d"])], province="广东省"),
    _c("清远", "清远市", "0763", "mountain", "北江清流", [],
       [dict(DS="清新", DF="清新区", depts=["fabu_d"])], province="广东省"),
    # ---- places that only have unregistered units here
    _c("丰南", "丰南区", "0315", "waves", "丰南", []),
    _c("永清", "永清县", "0316", "sun", "永清", []),
    _c("安平", "安平县", "0318", "sun", "安平", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_2, _3, ["wechat", "douyin"], _2, _3k, ["weibo", "wechat", "toutiao"], _3, _2, _4t, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}/{key}".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0745


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布号")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安警讯")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345服务号")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅之窗")
    if d == "guoan19" and name == S + "国家安全":
        opts.append(S + "国家安全宣传")
    if d == "jinrong19" and name == S + "地方金融":
        opts.append(S + "地方金融监管")
    if d == "sheke19" and name == S + "社科联":
        opts.append(S + "社科联动态")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: one symbol to seven characters; the province's real government-service app, a "connect" app-like
# word, a village loudspeaker and a village help desk in the local words, intake desks (pension back pay, medical
# card activation, refund registration, fine payment, certification), shop words for the region's foods and
# crafts, an arrow before "the new number is here" or "standby number", a "sole certified" plea in white
# lenticular brackets, version tags
SUFFIXES = ["冀时办", "燕赵通", "村头喇叭", "俺庄跑腿", "养老金补发", "医保卡激活", "退费登记", "罚单减免",
            "实名核对", "驴肉火烧店", "板栗直供", "鸭梨礼盒", "冬枣园", "杂技团", "»换到这里", "⇢搬到此号",
            "〖仅此一家〗", "Top", "Now", "Ⅸ", "0311", "_r3", "3.1", "ⓚ"]
PREFIXES = ["冀", "燕赵", "燕赵儿女", "街坊四邻", "注意嘞·", "快瞅·", "【补发到账】", "【限时办理】", "【待领提醒】",
            "⛿", "⛯", "✠", "⍟", "〘冀〙", "庄里人", "村广播", "快转给家人·", "京畿"]
LOOKALIKE = {
    "栾": ["栗"], "赵": ["赳"], "润": ["涧"], "甸": ["匈"], "滦": ["溧"], "迁": ["迕"], "戴": ["截"], "漳": ["潭"],
    "磁": ["嵫"], "鸡": ["鸠"], "泽": ["怿"], "任": ["仟"], "宫": ["官"], "沙": ["汐"], "满": ["潢"], "涞": ["沫"],
    "都": ["鄱"], "碑": ["睥"], "礼": ["扎"], "肃": ["隶"], "桥": ["挢"], "献": ["猷"], "骅": ["烨"], "间": ["问"],
    "香": ["番"], "冀": ["翼"], "联": ["耿"], "调": ["惆"], "清": ["渭"], "河": ["珂"], "北": ["兆"],
}
SAME_SOUND = {
    "藁": ["稿", "搞"], "栾": ["峦", "乱"], "赵": ["照", "召"], "晋": ["近", "仅"], "润": ["闰"], "曹": ["操"],
    "妃": ["飞", "非"], "甸": ["电", "殿"], "滦": ["卵"], "迁": ["千", "潜"], "西": ["席", "习"], "戴": ["代", "带"],
    "青": ["顷", "擎"], "龙": ["咙"], "漳": ["章", "障"], "磁": ["词", "刺"], "鸡": ["基", "级"], "魏": ["位", "未"],
    "任": ["认", "刃"], "宫": ["功", "攻"], "沙": ["杀", "厦"], "满": ["曼", "蛮"], "涞": ["莱", "赖"], "定": ["盯"],
    "兴": ["型", "刑"], "望": ["往", "忘"], "碑": ["杯", "背"], "崇": ["冲", "宠"], "礼": ["力", "历"],
    "张": ["丈"], "肃": ["素", "诉"], "吴": ["无", "武"], "桥": ["瞧", "敲"], "献": ["现", "线"],
    "骅": ["花", "画"], "间": ["见", "件"], "香": ["相", "想"], "冀": ["机", "及"], "枣": ["造", "藻"],
    "强": ["墙", "枪"], "慈": ["此"], "善": ["扇", "闪"], "社": ["蛇"], "科": ["客", "刻"], "联": ["恋", "炼"],
    "龄": ["陵", "令"], "协": ["谢", "写"], "商": ["尚", "伤"], "江": ["奖", "酱"], "河": ["贺", "鹤"],
    "北": ["备", "辈"], "新": ["信"], "临": ["凛"], "州": ["宙", "皱"], "县": ["险", "闲"], "政": ["拯"],
    "务": ["五"], "卫": ["委", "威"], "健": ["监", "减"], "交": ["叫", "脚"], "警": ["竟", "净"],
    "全": ["泉", "拳"], "消": ["效", "笑"], "保": ["包", "抱"], "委": ["围"], "老": ["牢", "佬"],
    "方": ["纺", "仿"], "金": ["今", "进"], "理": ["里", "立"], "会": ["挥", "恢"], "市": ["实", "石"],
    "线": ["限", "显"], "关": ["惯", "灌"],
}
TRAD_MODES = ["all_but_first", "fourth_or_last", "first_two_and_last"]
# every Unicode space separator and blank-looking character is used by some other part, so this part breaks names
# with visible dashes, box-drawing strokes, leaders and dots other parts did not use
SPACES = ["\u2e3b", "\u254c", "\u2505", "\u2509", "\u2576", "\u257a", "\u257c", "\u0387", "\u02d1", "\u2d70",
          "\u2058", "\u205e", "\u2e30", "\u31c0"]
DOUBLE_SPACE_P = 0.11
ZERO_WIDTH = ["\U000e002c", "\U000e003a", "\U000e0042", "\U000e0054", "\U000e0067", "\U000e0075", "\U000e010b",
              "\U000e0123", "\U000e0147", "\U000e0168", "\U000e0199", "\U000e01c9"]
EMOJI = ["🧱", "🎪", "⛷️", "🫏", "🪑", "🦊", "🪟", "⚙️", "🍓", "🏖️", "🦪", "🥟"]
BRACKETS = [("⹙", "⹚"), ("⹛", "⹜"), ("⏠", "⏡"), ("⎴", "⎵"), ("⟃", "⟄"), ("⁌", "⁍"), ("⏜", "⏝"), ("⌌", "⌏"),
            ("٩(", ")۶"), ("ヽ(", ")ノ")]
FULLWIDTH_MODES = ["fermata", "zigzag_above", "triple_underdot", "arrow_above"]
LEVEL_FORMS = ["prov_classical", "qu_as_shi", "jjj_prefix", "pref_as_district", "town_pref_short"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}夜班民警手记", "{nick}平安驿站", "{S}防骗明白人"],
    "fabu": ["{S}政声速览", "{nick}政事一览", "{S}时讯站"],
    "gov": ["{S}政务掌上通", "{nick}为民办事厅"],
    "health": ["{S}健康小管家", "{nick}卫健百事通"],
    "market": ["{S}消费避坑指南", "{nick}放心市集"],
    "tax": ["{S}税宝答疑", "{nick}办税小助手"],
    "hotline": ["{S}办事不求人", "{nick}民声直达号"],
    "culture": ["{S}游玩攻略君", "{nick}文旅推介官", "{S}古迹寻踪"],
    "traffic": ["{S}出行早知道", "{nick}路面实况"],
    "guoan19": ["{S}国安守护者", "{nick}保密小课堂"],
    "xiaobao19": ["{S}消费警示灯", "{nick}维权加油站"],
    "jinrong19": ["{S}防非宣传站", "{nick}理财避雷针"],
    "cishan19": ["{S}爱心善举", "{nick}公益捐助站"],
    "sheke19": ["{S}社科大讲堂", "{nick}学术沙龙"],
    "laoling19": ["{S}银发关爱", "{nick}敬老驿站"],
    "fabu_d": ["{S}区情速览"],
    "town_tw19": ["{S}和事佬"],
    "town_jsx19": ["{S}家庭健康小站"],
    "town_ds19": ["{S}农品上行"],
    "generic": ["{S}老乡服务台", "{nick}民意小信箱", "{S}街坊热线"],
}


# ---- digit forms (the registered digit names are 12345, 12366, 12315 and 12320)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "fermata": lambda s: _marks(s, "\u0352"),
    "zigzag_above": lambda s: _marks(s, "\u035b"),
    "triple_underdot": lambda s: _marks(s, "\u20e8"),
    "arrow_above": lambda s: _marks(s, "\u20d7"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _prov_classical(u, acc):
    """The province's classical name in place of its level-bearing name (燕赵发布 for 河北发布)."""
    name, pl = acc["row"]["name"], u["place"]
    cl = CLASSICAL.get(pl["S"])
    if u["level"] != "province" or not cl:
        return None
    if name.startswith(pl["F"]):
        return cl + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return cl + name[len(pl["S"]):]
    return None


def _qu_as_shi(u, acc):
    """A district written as a county-level city (藁城市发布, 江海市发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "district":
        if pl["province"] != "广东省" or not pl["DF"].endswith("区") or not name.startswith(pl["DS"]):
            return None
        return pl["DS"] + "市" + _rest(name, pl["DS"], pl["DF"])
    if u["level"] != "city" or not pl["F"].endswith("区") or not name.startswith(pl["S"]):
        return None
    return pl["S"] + "市" + _rest(name, pl["S"], pl["F"])


def _jjj_prefix(u, acc):
    """The capital-region name before a county-level name (京津冀香河发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PARENT or not name.startswith(pl["S"]):
        return None
    return "京津冀" + name


def _pref_as_district(u, acc):
    """A county or county-level city written as a district of its prefecture (沧州河间区发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or pl["F"].endswith("区") or pl["S"] == pl["F"] \
            or not name.startswith(pl["S"]):
        return None
    return par[0] + pl["S"] + "区" + _rest(name, pl["S"], pl["F"])


def _town_pref_short(u, acc):
    """A town put directly under its prefecture's short name, the county left out (保定三坡电商服务站)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + name


_FORM_MAKERS = {"prov_classical": _prov_classical, "qu_as_shi": _qu_as_shi, "jjj_prefix": _jjj_prefix,
                "pref_as_district": _pref_as_district, "town_pref_short": _town_pref_short}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the classical name, towns the prefecture's short name, districts the county-level-city word, the counties and
    county-level cities either a district of their prefecture or the capital-region prefix."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("prov_classical", "town_pref_short"):
        if f in names:
            return f, names[f]
    rest = [f for f in ("qu_as_shi", "pref_as_district", "jjj_prefix") if f in names]
    if "qu_as_shi" in rest and _h(acc, "jq") % 3:
        return "qu_as_shi", names["qu_as_shi"]
    rest = [f for f in rest if f != "qu_as_shi"] or rest
    f = rest[_h(acc, "ji") % len(rest)]
    return f, names[f]


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


def _t_all_but_first(s, u, r):
    """Every convertible character except the first (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1:] or idx)


def _t_fourth_or_last(s, u, r):
    """The fourth convertible character, or the last one if there are fewer than four."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [idx[3] if len(idx) >= 4 else idx[-1]])


def _t_first_two_and_last(s, u, r):
    """The first two and the last convertible character (all if three or fewer)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, sorted(set(idx[:2] + idx[-1:])))


TRAD_FUNCS = {"all_but_first": _t_all_but_first, "fourth_or_last": _t_fourth_or_last,
              "first_two_and_last": _t_first_two_and_last}


# ---- image edits
def _haze_veil(img, rng):
    """A winter-haze veil: the picture washed towards a grey-brown fog, contrast lost."""
    a = np.asarray(img, float)
    fog = np.array([176, 168, 150], float)
    k = rng.uniform(0.42, 0.52)
    out = a * (1 - k) + fog * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"haze veil k{k:.2f}"


def _cizhou_ink(img, rng):
    """A kiln-ware look: dark brown-black ink on a cream slip, hard two-tone threshold with a soft edge."""
    g = np.asarray(ImageOps.grayscale(img).filter(ImageFilter.GaussianBlur(0.8)), float) / 255.0
    t = rng.uniform(0.45, 0.55)
    m = 1 / (1 + np.exp(-(g - t) * 14))
    ink = np.array([48, 34, 26], float)
    slip = np.array([240, 230, 206], float)
    out = slip * m[..., None] + ink * (1 - m[..., None])
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"cizhou ink t{t:.2f}"


def _snow_glare(img, rng):
    """Snow-field glare: overexposed, cold blue highlights, shadows lifted."""
    a = np.asarray(img, float) / 255.0
    gain = rng.uniform(1.35, 1.5)
    out = np.clip(a * gain + 0.12, 0, 1) ** 0.8
    out = out * np.array([0.94, 0.98, 1.0]) + np.array([0.0, 0.01, 0.04])
    return Image.fromarray(np.clip(out * 255, 0, 255).astype(np.uint8)), f"snow glare gain{gain:.2f}"


def _glass_tint(img, rng):
    """Seen through green float glass: a green-cyan tint and a faint horizontal streak pattern."""
    a = np.asarray(img, float)
    tint = np.array([0.78, 0.96, 0.88])
    out = a * tint
    h = a.shape[0]
    streak = (np.sin(np.arange(h) / max(2.0, h / 23.0)) * 8)[:, None, None]
    out = out + streak
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), "glass tint"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _crenel_wall(img, rng, P):
    """A city-wall frame: grey battlements (merlons) on all four sides, the picture set in the wall."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    stone, joint = (132, 128, 120), (96, 92, 86)
    inner = int(pad * 0.55)
    d.rectangle([pad - inner, pad - inner, W - pad + inner - 1, W - pad + inner - 1], fill=stone)
    m = max(6, pad // 2)
    for x in range(pad - inner, W - pad + inner - m, 2 * m):
        d.rectangle([x, pad - inner - m, x + m - 1, pad - inner], fill=stone, outline=joint)
        d.rectangle([x, W - pad + inner - 1, x + m - 1, W - pad + inner + m - 1], fill=stone, outline=joint)
        d.rectangle([pad - inner - m, x, pad - inner, x + m - 1], fill=stone, outline=joint)
        d.rectangle([W - pad + inner - 1, x, W - pad + inner + m - 1, x + m - 1], fill=stone, outline=joint)
    for y in range(pad - inner, W - pad + inner, max(5, m // 2)):
        d.line([(pad - inner, y), (W - pad + inner - 1, y)], fill=joint, width=1)
    out.paste(img, (pad, pad))
    return out, "border crenel wall"


def _circus_stripe(img, rng, P):
    """A circus-tent frame: red and white wedge stripes radiating around a round picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (250, 250, 250))
    d = ImageDraw.Draw(out)
    n = 24
    off = rng.uniform(0, 15)
    for k in range(n):
        if k % 2 == 0:
            d.pieslice([-W // 2, -W // 2, W + W // 2, W + W // 2], off + k * 360 / n, off + (k + 1) * 360 / n,
                       fill=(210, 36, 44))
    d.ellipse([pad - 5, pad - 5, W - pad + 4, W - pad + 4], fill=(250, 200, 40))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border circus stripe"


def _pear_blossom(img, rng, P):
    """A pear-blossom frame: five-petal white flowers with green leaves on a pale ground around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    for k in range(40):
        side = k % 4
        t = rng.uniform(0.05, 0.95) * W
        x, y = [(t, pad * 0.5), (W - pad * 0.5, t), (t, W - pad * 0.5), (pad * 0.5, t)][side]
        s = pad * rng.uniform(0.18, 0.28)
        d.ellipse([x - s * 1.6, y - s * 0.5, x - s * 0.2, y + s * 0.5], fill=(120, 170, 90))
        for j in range(5):
            a = np.radians(j * 72 + rng.uniform(0, 72))
            px, py = x + s * np.cos(a), y + s * np.sin(a)
            d.ellipse([px - s * 0.7, py - s * 0.7, px + s * 0.7, py + s * 0.7], fill=(252, 252, 248),
                      outline=(226, 226, 220))
        d.ellipse([x - s * 0.3, y - s * 0.3, x + s * 0.3, y + s * 0.3], fill=(150, 90, 110))
    out.paste(img, (pad, pad))
    return out, "border pear blossom"


def _shot_vote_page(img, rng, P, out_px):
    """An online vote page: orange header, candidate cards in two columns, the avatar small on one card."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 246, 236))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.16 * S)], fill=(246, 120, 40))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    cards = [(int((0.05 + 0.48 * j) * S), int((0.2 + 0.26 * i) * S)) for i in range(3) for j in range(2)]
    k0 = rng.randrange(len(cards))
    for k, (x, y) in enumerate(cards):
        d.rounded_rectangle([x, y, x + int(0.42 * S), y + int(0.22 * S)], radius=10, fill=(255, 255, 255),
                            outline=(240, 210, 190))
        d.rectangle([x + int(0.06 * S), y + int(0.15 * S), x + int(0.36 * S), y + int(0.19 * S)],
                    fill=(246, 120, 40))
        if k == k0:
            canvas.paste(img.resize((a, a), Image.BILINEAR), (x + int(0.02 * S), y + int(0.02 * S)))
        else:
            d.ellipse([x + int(0.02 * S), y + int(0.02 * S), x + int(0.02 * S) + a, y + int(0.02 * S) + a],
                      fill=(220, 220, 226))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot vote page scale {a / S:.3f}"


def _shot_ride_code(img, rng, P, out_px):
    """A transit ride-code page: green header, the avatar small at the top, a big QR-like block grid below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (242, 246, 242))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.2 * S)], fill=(30, 150, 90))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.05 * S), int(0.03 * S)))
    q0, q1 = int(0.25 * S), int(0.85 * S)
    d.rectangle([q0 - 6, int(0.26 * S) - 6, q1 + 6, int(0.26 * S) + (q1 - q0) + 6], fill=(255, 255, 255))
    n = 21
    cell = (q1 - q0) / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            on = corner and (i in (0, 6, n - 7, n - 1) or j in (0, 6, n - 7, n - 1) or
                             (2 <= i % (n - 7) <= 4 and 2 <= j % (n - 7) <= 4)) or (not corner and rng.random() < 0.5)
            if on:
                x, y = q0 + j * cell, int(0.26 * S) + i * cell
                d.rectangle([x, y, x + cell, y + cell], fill=(20, 20, 20))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot ride code scale {a / S:.3f}"


def _shot_calendar_widget(img, rng, P, out_px):
    """A phone home screen with a calendar widget: date grid on a card, the avatar one small app icon below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (70, 96, 140))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.06 * S), int(0.08 * S), int(0.94 * S), int(0.5 * S)], radius=24,
                        fill=(250, 250, 252))
    d.rectangle([int(0.1 * S), int(0.11 * S), int(0.5 * S), int(0.15 * S)], fill=(220, 60, 60))
    for i in range(5):
        for j in range(7):
            x, y = int((0.1 + 0.115 * j) * S), int((0.19 + 0.06 * i) * S)
            d.rectangle([x, y, x + int(0.05 * S), y + int(0.03 * S)], fill=(150, 150, 160))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    icons = [(int((0.08 + 0.22 * j) * S), int((0.58 + 0.19 * i) * S)) for i in range(2) for j in range(4)]
    k0 = rng.randrange(len(icons))
    for k, (x, y) in enumerate(icons):
        if k == k0:
            canvas.paste(img.resize((a, a), Image.BILINEAR), (x, y))
        else:
            col = tuple(int(v) for v in rng.choice([(240, 180, 60), (90, 200, 120), (240, 90, 90), (120, 150, 240)]))
            d.rounded_rectangle([x, y, x + a, y + a], radius=max(2, a // 5), fill=col)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot calendar widget scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"haze_veil": _haze_veil, "cizhou_ink": _cizhou_ink, "snow_glare": _snow_glare,
                                   "glass_tint": _glass_tint},
                   border_funcs={"crenel_wall": _crenel_wall, "circus_stripe": _circus_stripe,
                                 "pear_blossom": _pear_blossom},
                   screenshot_funcs={"vote_page": _shot_vote_page, "ride_code": _shot_ride_code,
                                     "calendar_widget": _shot_calendar_widget},
                   resize_px=[301, 306, 313, 318, 324, 331, 337],
                   jpeg_q=(63, 67), crop_frac=(0.3662, 0.3698),
                   border_styles=["crenel_wall", "circus_stripe", "pear_blossom"],
                   border_colours=[(247, 243, 231), (233, 241, 236), (243, 237, 229), (229, 236, 245),
                                   (245, 239, 221), (236, 232, 241)],
                   border_frac=(0.3975, 0.4045),
                   recolour_modes=["haze_veil", "cizhou_ink", "snow_glare", "glass_tint"],
                   hue_shift=(303, 309), rotate_deg=(43.2, 44.1),
                   watermark_texts=["冀时办", "补贴速领", "激活入口", "村头广播", "代缴通道"],
                   watermark_alpha=(189, 198),
                   screenshot_styles=["vote_page", "ride_code", "calendar_widget"],
                   screenshot_scale=(0.1585, 0.1615))
P_IMPOSTOR_DERIVED = 0.539
P_IMPOSTOR_DEFAULT = 0.104
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.106
IMPOSTOR_VERIFIED = [("enterprise", "{S}冀通便民科技有限公司"), ("personal", "燕赵生活分享博主"),
                     ("other", "{S}同乡商会联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}：冬季煤改气取暖补贴开始申领，添加微信{wx}登记身份证和银行卡",
                  "【{S}{fn}】医保卡需重新激活，私信{wx}办理，过期停用",
                  "{name}：冀时办实名认证失效，点击主页链接重新认证领取养老金补发",
                  "{S}{fn}：交通违章罚款可线上代缴减免，联系QQ{qq}",
                  "{S}{fn}旧号停用，今后以本号为准，办事咨询加微信{wx}"]
MAX_PER_TARGET = 6

# Every two- and three-tactic combination that the builder can write is used by some other part, and dev15 ... dev18
# used 88 four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses (four
# impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_RE, _LA, _SP, _EB], 4), ([_SP, _EB, _FW, _NP], 4), ([_SU, _PR, _SP, _NP], 4), ([_SU, _RE, _TR, _SP], 4),
    ([_SS, _TR, _ZW, _LP], 4), ([_SU, _SS, _SP, _FW], 4), ([_PR, _LA, _FW, _LP], 4), ([_SU, _PR, _FW, _LP], 4),
    ([_PR, _SS, _EB, _NP], 4), ([_SU, _TR, _ZW, _NP], 4), ([_SS, _EB, _FW, _NP], 4), ([_RE, _LA, _SP, _ZW], 4),
    ([_SU, _LA, _SS, _LP], 4), ([_RE, _SS, _ZW, _NP], 4), ([_PR, _RE, _ZW, _NP], 4), ([_SU, _RE, _TR, _ZW], 4),
    ([_PR, _SP, _EB, _FW], 4), ([_ZW, _EB, _FW, _NP], 4), ([_RE, _LA, _SS, _NP], 4), ([_PR, _LA, _SP, _LP], 4),
    ([_SU, _RE, _TR, _FW], 4), ([_PR, _RE, _TR, _EB], 4), ([_SU, _PR, _ZW, _LP], 4), ([_SS, _ZW, _FW, _LP], 4),
    ([_SU, _SS, _TR, _EB], 4), ([_PR, _LA, _LP, _NP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture"]
OTHER_PLACES_CHAR = [
    dict(reg="河北", S="河津", F="河津市", province="山西省", level="province", depts=_F3,
         units={"fabu": "河津市人民政府新闻办公室", "police": "河津市公安局", "culture": "河津市文化和旅游局"}),
    dict(reg="鸡泽", S="鸡东", F="鸡东县", province="黑龙江省", level=_C),
    dict(reg="肃宁", S="肃南", F="肃南裕固族自治县", province="甘肃省", level=_C),
    dict(reg="南宫", S="南部", F="南部县", province="四川省", level=_C),
    dict(reg="新河", S="新宾", F="新宾满族自治县", province="辽宁省", level=_C),
    dict(reg="沙河", S="沙湾", F="沙湾市", province="新疆维吾尔自治区", level=_C),
    dict(reg="张北", S="张湾", F="十堰市张湾区", province="湖北省", level=_C, units={"police": "十堰市公安局张湾分局"}),
    dict(reg="双滦", S="双流", F="成都市双流区", province="四川省", level=_C, units={"police": "成都市公安局双流分局"}),
    dict(reg="青龙", S="青神", F="青神县", province="四川省", level=_C),
    dict(reg="望都", S="望城", F="长沙市望城区", province="湖南省", level=_C, units={"police": "长沙市公安局望城分局"}),
    dict(reg="文安", S="文水", F="文水县", province="山西省", level=_C),
    dict(reg="定兴", S="定日", F="定日县", province="西藏自治区", level=_C),
    dict(reg="黄骅", S="黄龙", F="黄龙县", province="陕西省", level=_C),
    dict(reg="枣强", S="枣阳", F="枣阳市", province="湖北省", level=_C),
    dict(reg="崇礼", S="崇阳", F="崇阳县", province="湖北省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="晋州", S="金州", F="大连市金州区", province="辽宁省", level=_C, units={"police": "大连市公安局金州分局"}),
    dict(reg="新河", S="新和", F="新和县", province="新疆维吾尔自治区", level=_C),
    dict(reg="冀州", S="吉州", F="吉安市吉州区", province="江西省", level=_C, units={"police": "吉安市公安局吉州分局"}),
    dict(reg="冀州", S="蓟州", F="天津市蓟州区", province="天津市", level=_C, units={"police": "天津市公安局蓟州分局"}),
    dict(reg="迁西", S="黔西", F="黔西市", province="贵州省", level=_C),
    dict(reg="河间", S="合江", F="合江县", province="四川省", level=_C),
    dict(reg="晋州", S="锦州", F="锦州市", province="辽宁省", level=_C),
    dict(reg="肃宁", S="绥宁", F="绥宁县", province="湖南省", level=_C),
    dict(reg="双滦", S="双辽", F="双辽市", province="吉林省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("清水河", "清水河县", "内蒙古自治区", "police"), ("固阳", "固阳县", "内蒙古自治区", "fabu"),
    ("达拉特", "达拉特旗", "内蒙古自治区", "police"), ("准格尔", "准格尔旗", "内蒙古自治区", "fabu"),
    ("乌审", "乌审旗", "内蒙古自治区", "procur"), ("磴口", "磴口县", "内蒙古自治区", "police"),
    ("杭锦", "杭锦旗", "内蒙古自治区", "fabu"), ("库伦", "库伦旗", "内蒙古自治区", "police"),
    ("奈曼", "奈曼旗", "内蒙古自治区", "fabu"), ("林西", "林西县", "内蒙古自治区", "police"),
    ("敖汉", "敖汉旗", "内蒙古自治区", "fabu"), ("宁城", "宁城县", "内蒙古自治区", "procur"),
    ("突泉", "突泉县", "内蒙古自治区", "police"), ("贺兰", "贺兰县", "宁夏回族自治区", "fabu"),
    ("彭阳", "彭阳县", "宁夏回族自治区", "police"), ("湟中", "西宁市湟中区", "青海省", "fabu"),
    ("化隆", "化隆回族自治县", "青海省", "police"), ("循化", "循化撒拉族自治县", "青海省", "fabu"),
    ("刚察", "刚察县", "青海省", "police"), ("都兰", "都兰县", "青海省", "procur"),
    ("玛纳斯", "玛纳斯县", "新疆维吾尔自治区", "police"), ("呼图壁", "呼图壁县", "新疆维吾尔自治区", "fabu"),
    ("巩留", "巩留县", "新疆维吾尔自治区", "police"), ("博湖", "博湖县", "新疆维吾尔自治区", "fabu"),
    ("沙雅", "沙雅县", "新疆维吾尔自治区", "police"), ("泽库", "泽库县", "青海省", "fabu"),
    ("疏勒", "疏勒县", "新疆维吾尔自治区", "police"), ("皮山", "皮山县", "新疆维吾尔自治区", "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="河北日报", platform="weibo", vtype="media", reason="河北日报社官方微博", desc="河北新闻。",
         logo_text="冀报"),
    dict(name="燕赵都市报", platform="douyin", vtype="media", reason="燕赵都市报社官方账号", desc="都市民生新闻。",
         logo_text="燕赵"),
    dict(name="长城网", platform="toutiao", vtype="media", reason="长城网官方账号", desc="河北重点新闻网站。",
         logo_text="长城"),
    dict(name="冀时", platform="kuaishou", vtype="media", reason="河北广播电视台冀时客户端官方账号",
         desc="新闻短视频。", logo_text="冀时"),
    dict(name="河北新闻网", platform="wechat", vtype="media", reason="河北日报报业集团河北新闻网", desc="新闻网站。",
         logo_text="新闻"),
    dict(name="燕赵晚报", platform="weibo", vtype="media", reason="燕赵晚报社官方微博", desc="晚报新闻。",
         logo_text="晚报"),
    dict(name="河北青年报", platform="wechat", vtype="media", reason="河北青年报社", desc="青年新闻。",
         logo_text="青年"),
    dict(name="石家庄日报", platform="wechat", vtype="media", reason="石家庄日报社", desc="石家庄新闻。"),
    dict(name="唐山劳动日报", platform="toutiao", vtype="media", reason="唐山劳动日报社官方账号", desc="唐山新闻。"),
    dict(name="保定日报", platform="douyin", vtype="media", reason="保定日报社官方账号", desc="保定新闻。"),
    dict(name="邯郸日报", platform="wechat", vtype="media", reason="邯郸日报社", desc="邯郸新闻。"),
    dict(name="沧州日报", platform="toutiao", vtype="media", reason="沧州日报社官方账号", desc="沧州新闻。"),
    dict(name="廊坊日报", platform="kuaishou", vtype="media", reason="廊坊日报社官方账号", desc="廊坊新闻。"),
    dict(name="衡水日报", platform="wechat", vtype="media", reason="衡水日报社", desc="衡水新闻。"),
    dict(name="邢台日报", platform="weibo", vtype="media", reason="邢台日报社官方微博", desc="邢台新闻。"),
    dict(name="张家口日报", platform="toutiao", vtype="media", reason="张家口日报社官方账号", desc="张家口新闻。"),
    dict(name="河北交通广播", platform="weibo", vtype="media", reason="河北广播电视台交通广播官方微博",
         desc="交通广播。", logo_text="广播"),
    dict(name="承德日报", platform="douyin", vtype="media", reason="承德日报社官方账号", desc="承德新闻。"),
    dict(name="黄骅融媒", platform="douyin", vtype="media", reason="黄骅市融媒体中心官方账号", desc="黄骅新闻。"),
    dict(name="崇礼电视台", platform="kuaishou", vtype="media", reason="崇礼区广播电视台官方账号", desc="崇礼新闻。"),
    dict(name="河北公安纪实录", platform="douyin", vtype="media", reason="河北广播电视台官方账号",
         desc="电视台法治纪实栏目，记录基层民警工作，并非公安机关账号。", logo_text="纪实"),
    dict(name="香河12345跟踪报道", platform="toutiao", vtype="media", reason="廊坊广播电视台官方账号",
         desc="电视台民生栏目，跟踪热线诉求的办理结果。", logo_text="跟踪"),
    dict(name="北戴河文旅漫游记", platform="wechat", vtype="media", reason="秦皇岛广播电视台",
         desc="电视台文旅栏目，走访海滨景点，并非文旅局账号。", logo_text="漫游"),
    dict(name="赵县公安故事会", platform="douyin", vtype="media", reason="石家庄广播电视台官方账号",
         desc="电视台法治栏目，讲述民警办案，并非公安账号。", logo_text="故事"),
    dict(name="河北交警早高峰", platform="bilibili", vtype="media", reason="河北广播电视台官方账号",
         desc="交通广播的早高峰路况节目，并非交警账号。", logo_text="高峰"),
    dict(name="沙河税务小课堂", platform="toutiao", vtype="media", reason="邢台日报社官方账号",
         desc="报社财经栏目，请税务干部讲解政策，并非税务局账号。", logo_text="课堂"),
]
PERSONAL = [
    dict(name="吴桥杂技老艺人", platform="douyin", vtype="personal", reason="杂技艺人"),
    dict(name="肃宁裘皮手艺人", platform="kuaishou", avatar="cartoon"),
    dict(name="北戴河观鸟老孙", platform="weibo", vtype="personal", reason="观鸟摄影爱好者", avatar="scenery"),
    dict(name="河间驴肉火烧师傅", platform="douyin", vtype="personal", reason="面食手艺博主"),
    dict(name="赵县雪花梨果农", platform="kuaishou"),
    dict(name="晋州鸭梨园小陈", platform="douyin", avatar="cartoon"),
    dict(name="临西轴承厂技工", platform="toutiao"),
    dict(name="沙河玻璃工老李", platform="kuaishou", avatar="default"),
    dict(name="崇礼滑雪教练阿杰", platform="douyin"),
    dict(name="张北草原摄影人", platform="kuaishou", avatar="scenery"),
    dict(name="曹妃甸赶海大姐", platform="douyin", avatar="default"),
    dict(name="山海关长城徒步者", platform="kuaishou"),
    dict(name="磁州窑画瓷人", platform="douyin"),
    dict(name="迁西板栗种植户", platform="kuaishou"),
    dict(name="滦南评剧票友", platform="weibo", vtype="personal", reason="戏曲博主"),
    dict(name="满城草莓采摘园主", platform="douyin"),
    dict(name="鸡泽辣椒酱大姐", platform="weibo"),
    dict(name="藁城宫面传人", platform="kuaishou", avatar="default"),
    dict(name="乡村医生郝大夫", platform="toutiao", vtype="personal", reason="定兴某村卫生室乡村医生"),
    dict(name="律师老周讲拆迁", platform="toutiao", vtype="personal", reason="河北某律师事务所律师"),
    dict(name="高碑店辅警小范", platform="douyin", vtype="personal", reason="高碑店市公安局辅警",
         desc="分享防诈骗小知识。"),
    dict(name="黄骅冬枣种植户", platform="kuaishou"),
    dict(name="枣强皮草主播", platform="weibo"),
    dict(name="每日转河北发布", platform="weibo", vtype="personal", reason="退休会计",
         desc="转发河北发布的消息，个人账号，非官方。"),
    dict(name="老贾打过张北12345", platform="toutiao", vtype="personal", reason="县城生活记录者",
         desc="个人记录拨打热线的经历，非官方。"),
    dict(name="崇礼文旅滑雪日记", platform="wechat", desc="个人游记，记录在崇礼滑雪的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="河北公安劳保商行", platform="weibo", vtype="enterprise", reason="石家庄某商贸有限公司",
         desc="劳保和户外用品销售，私营企业，与公安机关无关。", logo_text="劳保"),
    dict(name="山海关文旅客栈", platform="wechat", vtype="enterprise", reason="秦皇岛某酒店管理有限公司",
         desc="客栈预订，企业账号，与文旅部门无关。"),
    dict(name="河北税务筹划事务所", platform="douyin", vtype="enterprise", reason="石家庄某财税咨询有限公司",
         desc="代理记账、税务筹划，私营企业，与税务局无关。"),
    dict(name="赵县雪花梨", platform="douyin"),
    dict(name="晋州鸭梨", platform="kuaishou", vtype="enterprise", reason="晋州某果品有限公司"),
    dict(name="迁西板栗", platform="douyin"),
    dict(name="沙河玻璃", platform="kuaishou", avatar="default"),
    dict(name="临西轴承", platform="douyin", vtype="enterprise", reason="临西某轴承有限公司"),
    dict(name="肃宁皮草", platform="kuaishou"),
    dict(name="香河家具", platform="douyin"),
    dict(name="河间驴肉火烧", platform="kuaishou", vtype="enterprise", reason="河间某餐饮管理有限公司"),
    dict(name="黄骅冬枣", platform="douyin"),
    dict(name="鸡泽辣椒", platform="kuaishou"),
    dict(name="望都辣椒", platform="douyin", avatar="default"),
    dict(name="磁州窑瓷器", platform="kuaishou"),
    dict(name="藁城宫面", platform="douyin"),
    dict(name="满城草莓", platform="kuaishou", vtype="enterprise", reason="满城某农业有限公司"),
    dict(name="新乐西瓜", platform="douyin"),
    dict(name="吴桥杂技大世界", platform="kuaishou"),
    dict(name="北戴河海景民宿", platform="douyin"),
    dict(name="崇礼滑雪场", platform="kuaishou", vtype="enterprise", reason="崇礼某旅游开发有限公司"),
    dict(name="张北草原民宿", platform="douyin"),
    dict(name="曹妃甸海鲜", platform="kuaishou", avatar="default"),
    dict(name="枣强大营皮草城", platform="douyin"),
    dict(name="文安人造板", platform="wechat", vtype="enterprise", reason="文安某木业有限公司"),
    dict(name="清新冬笋批发", platform="douyin", vtype="enterprise", reason="清远某农产品有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("高碑店", "白沟", "白沟镇", ["town_ds19"]), ("枣强", "大营", "大营镇", ["town_ds19"]),
    ("赵县", "范庄", "范庄镇", ["town_tw19"]), ("献县", "淮镇", "淮镇", ["town_jsx19"]),
    ("肃宁", "尚村", "尚村镇", ["town_tw19"]), ("黄骅", "南排河", "南排河镇", ["town_tw19"]),
    ("滦南", "倴城", "倴城镇", ["town_jsx19"]), ("迁西", "洒河桥", "洒河桥镇", ["town_tw19"]),
    ("香河", "渠口", "渠口镇", ["town_jsx19"]), ("青龙", "祖山", "祖山镇", ["town_jsx19"]),
]
UNREG_CITY = [
    ("河北", "edu", 0), ("河北", "fire", 0), ("河北", "medins", 0), ("河北", "civil", 0),
    ("山东", "xiaobao19", 0), ("广东", "guoan19", 0), ("河北", "sheke19", 0),
    ("栾城", "police", 0), ("新乐", "police", 0), ("丰润", "police", 0), ("滦南", "police", 0),
    ("临漳", "police", 0), ("磁县", "police", 0), ("鸡泽", "police", 0), ("任泽", "police", 0), ("新河", "police", 0),
    ("满城", "police", 0), ("涞水", "police", 0), ("望都", "police", 0), ("崇礼", "police", 0),
    ("河北", "emergency", 0), ("河北", "eco", 0), ("河北", "water", 0), ("河北", "laoling19", 0),
    ("丰南", "fabu", 0), ("永清", "fabu", 0), ("安平", "fabu", 0),
    ("丰南", "police", 0), ("永清", "police", 0), ("安平", "police", 0),
    ("藁城", "hotline", 0), ("迁西", "hotline", 0), ("肃宁", "hotline", 0),
    ("赵县", "culture", 0), ("涞水", "culture", 0), ("张北", "culture", 0),
    ("海兴", "police", 0), ("临西", "police", 0), ("文安", "police", 0),
    ("河北", "jinrong19", 0),
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
    print("building dev19 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev19\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
