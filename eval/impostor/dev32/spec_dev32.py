"""Thirty-second impostor part (dev32; built 2026-12-05 in the twenty-ninth session as the twenty-eighth blind
held-out part, demoted to tuning data in the thirtieth session).
Run: python eval/impostor/dev32/spec_dev32.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev31/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (a municipality:
its municipal bodies, and districts and counties, plus a few towns), plus one unused provincial body each of
Shandong and Guangdong, so the registry is the supervising office's registry for three provinces.  Part-specific
machinery (new unit and town kinds, level forms, traditional-form modes, digit forms, colour filters, frames,
screenshot layouts, the registry's region fix) lives in this file, not in gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageOps  # noqa: E402

PART = "dev32"
SEED = 60311
CRAWL_DAY = "2026-11-27"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "wlw29": ("{F}文化和旅游发展委员会", "{F}文化和旅游发展委员会", ["{S}文旅委", "{S}文旅发展"], "pagoda", None,
              "推介山水城市旅游、巴渝文化活动和节假日出游提示"),
    "ljxq29": ("{F}两江新区管理委员会", "{F}两江新区管理委员会", ["{S}两江新区", "{S}两江新区发布"], "bridge",
               None, "发布新区产业政策、重大项目和营商环境服务信息"),
    "gdga29": ("{F}公安局轨道交通分局", "{F}公安局轨道交通分局", ["{S}轨道公安", "{S}轨交警务"], "shield",
               "police_emblem", "发布轨道交通治安通报、乘车安全提示和失物招领信息"),
    "dsj29": ("{F}大数据应用发展管理局", "{F}大数据应用发展管理局", ["{S}大数据发展", "数字{S}"], "globe", None,
              "发布数字政府建设、政务数据共享开放和一网通办信息"),
    "gh29": ("{F}港航海事事务中心", "{F}港航海事事务中心", ["{S}港航海事", "{S}港航"], "waves", None,
             "发布长江嘉陵江航道水位、船舶通航管制和渡口渡船安全信息"),
    "mtdz29": ("{F}煤田地质局", "{F}煤田地质局", ["{S}煤田地质", "{S}煤田地质局"], "globe", None,
               "发布地质勘查、矿产资源调查和地质灾害防治信息"),
    "jd29": ("{F}戒毒管理局", "{F}戒毒管理局", ["{S}戒毒", "{S}戒毒管理"], "hands", None,
             "发布禁毒宣传、戒毒场所开放日和戒毒人员回归帮扶信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_sk29": ("{F}{DF}石刻景区服务中心", ["{DS}石刻服务", "{DS}石刻景区"], "pagoda", None,
                  "发布石刻景区开放时间、文物保护和游客服务信息"),
    "town_gz29": ("{F}{DF}古镇旅游服务中心", ["{DS}古镇服务", "{DS}古镇旅游"], "house", None,
                  "发布古镇游览线路、民俗活动和游客接待信息"),
    "town_ks29": ("{F}{DF}避暑康养服务中心", ["{DS}避暑康养", "{DS}避暑服务"], "sun", None,
                  "发布避暑房源、康养活动和山区交通信息"),
    "town_zc29": ("{F}{DF}榨菜产业服务站", ["{DS}榨菜服务", "{DS}青菜头"], "leaf", None,
                  "发布青菜头收购价、榨菜加工和种植技术信息"),
    "town_hj29": ("{F}{DF}花椒产业服务站", ["{DS}花椒服务", "{DS}椒农之家"], "leaf", None,
                  "发布花椒采收、烘干加工和椒园管护信息"),
    "town_qc29": ("{F}{DF}脐橙产业服务站", ["{DS}脐橙服务", "{DS}橙农之家"], "sun", None,
                  "发布脐橙采摘、果园管护和鲜果销售信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"wlw29": "文旅委", "ljxq29": "两江新区", "gdga29": "轨道公安", "dsj29": "大数据", "gh29": "港航海事",
               "mtdz29": "煤田地质", "jd29": "戒毒", "town_sk29": "石刻服务", "town_gz29": "古镇服务",
               "town_ks29": "避暑康养", "town_zc29": "榨菜服务", "town_hj29": "花椒服务",
               "town_qc29": "脐橙服务"}.items():
    G.FN.setdefault(_k, _v)

REGION_NAME = "重庆"
REGION_FULL = "重庆市"
# the municipality's old literary name, written in place of its name on municipal accounts
BAYU_WORD = "巴渝"
# the everyday nickname of the municipality, written before its central districts
NICK_WORD = "山城"
# the central districts (the old main urban area)
CORE = {"渝中", "江北", "沙坪坝", "九龙坡", "南岸", "北碚", "渝北", "巴南"}
# the planning sub-regions, written before a district or county outside the centre
SUBREGION = {"万州": "渝东北", "奉节": "渝东北", "巫山": "渝东北", "丰都": "渝东北", "黔江": "渝东南",
             "石柱": "渝东南", "永川": "渝西", "江津": "渝西", "合川": "渝西", "大足": "渝西"}
# districts written as what they were before (old name and level)
OLD_NAME = {"万州": "万县", "涪陵": "涪陵市", "黔江": "黔江县", "合川": "合川市", "江津": "江津市", "永川": "永川市",
            "大足": "大足县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_3w = ["weibo", "wechat", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="重庆", F="重庆市", area="023", landmark="bridge", nick="山水之城",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3, "unit": "重庆市公安局"}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("tax", {"platforms": _3w, "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("wlw29", {"name_idx": 0, "avatar": "distinctive", "platforms": _4b}),
                ("medins", {"platforms": _2}),
                ("ljxq29", {"name_idx": 0, "platforms": _3}),
                ("gdga29", {"name_idx": 0, "platforms": _4b}),
                ("dsj29", {"name_idx": 0, "platforms": _3}),
                ("gh29", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="泰沂地脉",
         depts=[("mtdz29", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="skyline", nick="南粤新生",
         depts=[("jd29", {"name_idx": 0, "platforms": _3w})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="重庆市"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
_FULL = [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
         ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("hotline", {"platforms": _2}),
         ("market", {"name_idx": 0, "platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]
_GH = ("gh29", {"name_idx": 0, "platforms": _2})
CITIES = [
    # ---- districts and counties with registered units
    _c("渝中", "渝中区", "023", "skyline", "解放碑",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2}),
        ("tax", {"platforms": _2})]),
    _c("江北", "江北区", "023", "bridge", "观音桥", list(_FULL)),
    _c("沙坪坝", "沙坪坝区", "023", "pagoda", "磁器口",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC))]),
    _c("九龙坡", "九龙坡区", "023", "tower", "黄桷坪", [("fabu", {"platforms": _2}), ("police", {"platforms": _3})]),
    _c("南岸", "南岸区", "023", "bridge", "南滨路",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), _GH]),
    _c("北碚", "北碚区", "023", "mountain", "缙云山", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("渝北", "渝北区", "023", "skyline", "空港新城", [("fabu", {"platforms": _3k}), ("police", {"platforms": _2})]),
    _c("巴南", "巴南区", "023", "waves", "鱼洞老街", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("万州", "万州区", "023", "waves", "三峡平湖",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("tax", {"platforms": _2}), ("hotline", {"platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]),
    _c("涪陵", "涪陵区", "023", "waves", "白鹤梁",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("gh29", {"name_idx": 0, "platforms": _3})]),
    _c("江津", "江津区", "023", "mountain", "四面山",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})],
       [dict(DS="塘河", DF="塘河镇", depts=[("town_gz29", {"platforms": _2})])]),
    _c("永川", "永川区", "023", "mountain", "茶山竹海", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("合川", "合川区", "023", "pagoda", "钓鱼城", list(_FULL)),
    _c("大足", "大足区", "023", "pagoda", "宝顶山", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})],
       [dict(DS="宝顶", DF="宝顶镇", depts=[("town_sk29", {"platforms": _3})])]),
    _c("黔江", "黔江区", "023", "mountain", "阿蓬江", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("奉节", "奉节县", "023", "mountain", "夔门", [("fabu", {"platforms": _3t}), ("police", {"platforms": _2})],
       [dict(DS="白帝", DF="白帝镇", depts=[("town_gz29", {"platforms": _3})])]),
    _c("巫山", "巫山县", "023", "mountain", "小三峡",
       [("fabu", {"platforms": _4b}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("gh29", {"name_idx": 0, "platforms": _3})]),
    _c("丰都", "丰都县", "023", "tower", "名山",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("石柱", "石柱土家族自治县", "023", "mountain", "千野草场",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3})],
       [dict(DS="中益", DF="中益乡", depts=[("town_ks29", {"platforms": _2})])]),
    # ---- places that only have unregistered units here
    _c("云阳", "云阳县", "023", "mountain", "云阳", []),
    _c("酉阳", "酉阳土家族苗族自治县", "023", "mountain", "酉阳", []),
    _c("城口", "城口县", "023", "mountain", "城口", []),
    _c("垫江", "垫江县", "023", "sun", "垫江", []),
    _c("彭水", "彭水苗族土家族自治县", "023", "waves", "彭水", []),
    _c("荣昌", "荣昌区", "023", "sun", "荣昌", []),
    _c("武隆", "武隆区", "023", "mountain", "武隆", []),
]

# districts' police and tax units carry the municipality's name, as they do in reality; the copies of _FULL
# share dicts, so each place gets its own first
for _C_ in CITIES:
    _C_["depts"] = [(k, dict(o)) for k, o in _C_["depts"]]
    if _C_["F"].endswith("区"):
        for _k_, _o_ in _C_["depts"]:
            if _k_ == "police":
                _o_["unit"] = "重庆市公安局" + _C_["F"] + "分局"
            elif _k_ == "tax":
                _o_["unit"] = "国家税务总局重庆市" + _C_["F"] + "税务局"

RENAME_SHARE = 0.0632


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布渝事通")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安平安山城")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345渝快办")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅巴渝行")
    if d == "gh29" and name == S + "港航海事":
        opts.append(S + "港航海事平安江河")
    if d == "wlw29" and name == S + "文旅委":
        opts.append(S + "文旅委行千里致广大")
    if d == "gdga29" and name == S + "轨道公安":
        opts.append(S + "轨道公安守护地铁线")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["消费券秒领", "火锅券免费领", "轻轨月票补贴", "索道快速通道", "高温补贴申领", "限电补偿登记",
            "拆迁安置款查询", "公租房摇号内定", "小面", "酸辣粉", "毛血旺", "辣子鸡", "江湖菜", "烧白", "冰粉",
            "\ufe50名额可转让\ufe50", "\u2023点此即领", "\ufe57过时不候", "\u204f", "🫕", "朝天门", "洪崖洞",
            "两江交汇", "长江索道"]
PREFIXES = ["渝", "巴山渝水", "解放碑下", "李子坝", "嘉陵江畔", "南山脚下", "两江四岸", "歌乐山",
            "\ufe55公租房摇号\ufe55", "\u2023高温补贴\u2023", "\ufe61惠民券\ufe61", "\u204f", "🫕",
            "十八梯", "鹅岭", "三峡库区"]
LOOKALIKE = {
    "渝": ["偷"], "中": ["屯"], "江": ["汗"], "北": ["韭"], "沙": ["汕"], "坪": ["秤"], "坝": ["狈"], "九": ["几"],
    "南": ["尚"], "岸": ["旱"], "碚": ["赔"], "巴": ["甩"], "万": ["刁"], "涪": ["培"], "陵": ["唆"], "黔": ["龄"],
    "永": ["未"], "川": ["爪"], "合": ["仓", "舌"], "津": ["淖"], "大": ["火"], "足": ["走"], "奉": ["秦"],
    "节": ["芍"], "巫": ["王"], "山": ["巾"], "丰": ["辛"], "都": ["郭"], "柱": ["桩"], "宝": ["宙"], "顶": ["顿"],
    "帝": ["带"],
}
SAME_SOUND = {
    "渝": ["鱼", "逾"], "坝": ["罢", "爸"], "九": ["灸"], "岸": ["按"], "碚": ["倍", "被"], "巴": ["疤", "笆"],
    "涪": ["扶", "浮"], "黔": ["钱", "乾"], "合": ["何", "荷"], "津": ["斤"], "足": ["卒"], "奉": ["缝"],
    "节": ["杰", "洁"], "巫": ["屋"], "柱": ["驻", "筑"], "帝": ["第"],
}
TRAD_MODES = ["last_two_conv", "even_conv_only", "inner_conv_only"]
# visible word separators other parts did not use: small-form punctuation, a triangular bullet, a one-dot leader,
# a ditto mark and a reversed semicolon
SPACES = ["\ufe50", "\ufe51", "\ufe52", "\ufe54", "\ufe55", "\ufe56", "\ufe57", "\ufe61", "\u2023", "\u2024",
          "\u3003", "\u204f"]
DOUBLE_SPACE_P = 0.0372
# variation selectors (supplement) no part used
ZERO_WIDTH = ["\U000e0183", "\U000e0189", "\U000e018e", "\U000e0193", "\U000e019a", "\U000e01a2", "\U000e01a8",
              "\U000e01ae", "\U000e01b4", "\U000e01ba", "\U000e01c3", "\U000e01cd"]
EMOJI = ["🚡", "🚝", "🌫", "🚞", "🫕", "🪜", "🛗", "🌃", "🚇", "🎑", "🍡", "🌋"]
BRACKETS = [("\u21bc", "\u21c0"), ("\u295a", "\u295b"), ("\u295e", "\u295f"), ("\u21b0", "\u21b1"),
            ("\u2b7a", "\u2b7c"), ("\u2ba2", "\u2ba3"), ("\u2ba4", "\u2ba5"), ("\U0001f804", "\U0001f806"),
            ("\U0001f818", "\U0001f81a"), ("\U0001f870", "\U0001f872"), ("\U0001f668", "\U0001f669"),
            ("\U0001f66a", "\U0001f66b")]
FULLWIDTH_MODES = ["kayah_li_digits", "sundanese_digits", "left_arrow_below", "left_half_ring_above"]
LEVEL_FORMS = ["bayu_for_city", "shancheng_lead", "cq_short_lead", "cq_full_lead", "subregion_lead",
               "pre_district_name", "town_under_municipality"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警花说防骗", "{nick}巡逻日记", "{S}反诈小辣椒"],
    "fabu": ["{S}政务小面馆", "{nick}早间快讯", "{S}民生百事通"],
    "gov": ["{S}政务服务直通车", "{nick}便民之窗"],
    "health": ["{S}健康火锅局", "{nick}防暑降温站"],
    "tax": ["{S}办税小棒棒", "{nick}税费明白人"],
    "hotline": ["{S}民声有回响", "{nick}热线办结单"],
    "culture": ["{S}山水漫游", "{nick}打卡地图", "{S}夜景攻略"],
    "wlw29": ["{S}山城漫游指南", "{nick}巴渝风物志"],
    "medins": ["{S}医保办事通", "{nick}异地就医指南"],
    "market": ["{S}放心火锅店", "{nick}消费维权口袋书"],
    "ljxq29": ["{S}新区招商热线", "{nick}创新高地"],
    "gdga29": ["{S}轻轨穿楼守护", "{nick}地铁安全员"],
    "dsj29": ["{S}数字山城", "{nick}一网通办站"],
    "gh29": ["{S}江上巡航", "{nick}枯水期提示"],
    "mtdz29": ["{S}煤海探宝", "{nick}地质科普馆"],
    "jd29": ["{S}新生课堂", "{nick}远离毒品"],
    "town_sk29": ["{S}千手观音讲解"],
    "town_gz29": ["{S}古镇慢生活"],
    "town_ks29": ["{S}避暑山居"],
    "town_zc29": ["{S}青菜头季"],
    "town_hj29": ["{S}麻香九叶青"],
    "town_qc29": ["{S}橙香满园"],
    "generic": ["{S}雾都晨光", "{nick}坡坡坎坎", "{S}江风吹过"],
}


# ---- digit forms (the registered digit names are 12345 and 12366)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


def _digits(s, zero):
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "kayah_li_digits": lambda s: _digits(s, 0xA900),
    "sundanese_digits": lambda s: _digits(s, 0x1BB0),
    "left_arrow_below": lambda s: _marks(s, "\u20ee"),
    "left_half_ring_above": lambda s: _marks(s, "\u0351"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    """The name after the place; the full name is stripped only when its level character is not the start of a
    department word."""
    rest = name[len(short):]
    lvl = full[len(short):]
    if name.startswith(full) and not rest.startswith("市场"):
        return rest[len(lvl):]
    return rest


def _lead(u, acc, word):
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl.get("province") != REGION_FULL or not name.startswith(pl["S"]):
        return None
    return word + name


def _bayu_for_city(u, acc):
    """The municipality's old literary name in place of its name on a municipal account."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return BAYU_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return BAYU_WORD + name[len(pl["S"]):]
    return None


def _shancheng_lead(u, acc):
    """The municipality's everyday nickname before a central district."""
    if u["place"]["S"] not in CORE:
        return None
    return _lead(u, acc, NICK_WORD)


def _cq_short_lead(u, acc):
    """The municipality's short name before a district or county."""
    return _lead(u, acc, REGION_NAME)


def _cq_full_lead(u, acc):
    """The municipality's full name before a district or county."""
    return _lead(u, acc, REGION_FULL)


def _subregion_lead(u, acc):
    """The planning sub-region before a district or county outside the centre."""
    w = SUBREGION.get(u["place"]["S"])
    if not w:
        return None
    return _lead(u, acc, w)


def _former_name(u, acc):
    """A district written as what it was before (old name and level)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    return OLD_NAME[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _town_under_city(u, acc):
    """A town put directly under the municipality's name, its district or county left out."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or pl.get("province") != REGION_FULL or not name.startswith(pl["DS"]):
        return None
    return REGION_NAME + name


_FORM_MAKERS = {"bayu_for_city": _bayu_for_city, "shancheng_lead": _shancheng_lead,
                "cq_short_lead": _cq_short_lead, "cq_full_lead": _cq_full_lead, "subregion_lead": _subregion_lead,
                "pre_district_name": _former_name, "town_under_municipality": _town_under_city}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: municipal accounts
    the old literary name, towns the municipality, renamed districts mostly their old name, central districts
    mostly the nickname, outer places often their sub-region, the rest the short or full name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("bayu_for_city", "town_under_municipality"):
        if f in names:
            return f, names[f]
    if "pre_district_name" in names and _h(acc, "qf") % 3:
        return "pre_district_name", names["pre_district_name"]
    if "shancheng_lead" in names and _h(acc, "qs") % 2:
        return "shancheng_lead", names["shancheng_lead"]
    if "subregion_lead" in names and _h(acc, "qr") % 2 == 0:
        return "subregion_lead", names["subregion_lead"]
    rest = [f for f in ("cq_short_lead", "cq_full_lead", "subregion_lead", "shancheng_lead", "pre_district_name")
            if f in names]
    f = rest[_h(acc, "qx") % len(rest)]
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


def _t_last_two(s, u, r):
    """The last two convertible characters (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[-2:])


def _t_even_only(s, u, r):
    """The second, fourth ... convertible characters (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1::2] or idx)


def _t_inner_only(s, u, r):
    """Every convertible character but the first and the last (the first when there are fewer than three)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1:-1] if len(idx) >= 3 else idx[:1])


TRAD_FUNCS = {"last_two_conv": _t_last_two, "even_conv_only": _t_even_only, "inner_conv_only": _t_inner_only}


# ---- image edits
def _red_oil(img, rng):
    """Red oil: the picture washed toward a chilli-oil red, highlights kept warm."""
    a = np.asarray(img, float)
    k = rng.uniform(0.2, 0.26)
    out = a * (1 - k) + np.array([196, 32, 26], float) * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"red oil k{k:.2f}"


def _river_fog(img, rng):
    """River fog: contrast flattened toward a blue-grey haze that thickens toward the bottom."""
    a = np.asarray(img, float)
    k = rng.uniform(0.16, 0.22)
    out = a * (1 - k) + np.array([196, 204, 212], float) * k
    h = a.shape[0]
    haze = (np.arange(h) / max(1, h - 1))[:, None, None] * 0.22
    out = out * (1 - haze) + np.array([214, 220, 226], float) * haze
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"river fog k{k:.2f}"


def _neon_night(img, rng):
    """Neon night: the picture darkened, shadows pushed to a deep blue and highlights to magenta."""
    a = np.asarray(img, float)
    lum = a.mean(axis=2, keepdims=True) / 255.0
    k = rng.uniform(0.22, 0.28)
    tone = (1 - lum) * np.array([16, 30, 96], float) + lum * np.array([236, 64, 200], float)
    out = (a * 0.9) * (1 - k) + tone * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"neon night k{k:.2f}"


def _sandstone(img, rng):
    """Weathered sandstone: luminance mapped to an ochre ramp with a fixed grain."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([70, 52, 38], float)
    light = np.array([226, 198, 156], float)
    gam = rng.uniform(0.9, 0.98)
    grain = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5, g.shape[:2])[..., None]
    out = dark + (light - dark) * (g ** gam) + grain
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"sandstone g{gam:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _stairs_frame(img, rng, P):
    """Stone stairs: a grey ground with stepped bands climbing the four edges."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (180, 176, 168))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    step = max(6, pad // 3)
    for k, t in enumerate(range(0, W, step)):
        h = (k % 4 + 1) * pad // 4
        col = (150, 146, 138) if k % 2 else (204, 200, 192)
        d.rectangle([t, 0, t + step, h], fill=col)
        d.rectangle([t, W - h, t + step, W], fill=col)
        d.rectangle([0, t, h, t + step], fill=col)
        d.rectangle([W - h, t, W, t + step], fill=col)
    d.rectangle([pad - 3, pad - 3, W - pad + 2, W - pad + 2], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border stairs"


def _cableway_frame(img, rng, P):
    """A river cableway: a dusk ground with a cable across the top and bottom and small red cabins on it."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (64, 72, 104))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    for y in (pad // 3, W - pad // 3 - pad // 2):
        d.line([(0, y), (W, y + pad // 4)], fill=(20, 20, 24), width=2)
        for x in range(pad // 2, W, max(12, 2 * pad)):
            cy = y + pad * x // (4 * W)
            d.rectangle([x, cy + 3, x + max(6, pad // 2), cy + 3 + max(5, pad // 3)], fill=(200, 36, 30))
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=c2, width=2)
    out.paste(img, (pad, pad))
    return out, "border cableway"


def _hotpot_grid(img, rng, P):
    """A nine-grid hotpot: a red ground crossed by brass-yellow grid lines, the avatar in the middle cell."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (176, 28, 22))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    for t in (pad // 2, W - pad // 2):
        d.line([(t, 0), (t, W)], fill=(214, 170, 60), width=max(2, pad // 6))
        d.line([(0, t), (W, t)], fill=(214, 170, 60), width=max(2, pad // 6))
    d.ellipse([1, 1, W - 2, W - 2], outline=(120, 90, 40), width=2)
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border hotpot grid"


def _shot_voucher(img, rng, P, out_px):
    """A consumption-voucher page: a red header, three coupon strips with a serrated edge, a yellow button, the
    avatar small at the top right under the header."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (252, 244, 238))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.12 * S)], fill=(214, 40, 36))
    for k in range(3):
        y = int((0.2 + 0.17 * k) * S)
        d.rectangle([int(0.08 * S), y, int(0.92 * S), y + int(0.12 * S)], fill=(255, 226, 214))
        for t in range(int(0.08 * S), int(0.92 * S), 18):
            d.ellipse([t, y - 4, t + 8, y + 4], fill=(252, 244, 238))
    d.rounded_rectangle([int(0.25 * S), int(0.78 * S), int(0.75 * S), int(0.86 * S)], radius=24, fill=(250, 200, 40))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.95 * S) - a, int(0.135 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot voucher scale {a / S:.3f}"


def _shot_rail_ticket(img, rng, P, out_px):
    """A rail e-ticket: a pale page, a green line map band with station dots, a large QR square, the avatar small
    at the bottom right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (240, 246, 242))
    d = ImageDraw.Draw(canvas)
    d.rectangle([int(0.06 * S), int(0.08 * S), int(0.94 * S), int(0.2 * S)], fill=(30, 150, 90))
    for k in range(6):
        x = int((0.12 + 0.15 * k) * S)
        d.ellipse([x - 8, int(0.14 * S) - 8, x + 8, int(0.14 * S) + 8], fill=(250, 250, 250))
    d.rectangle([int(0.25 * S), int(0.3 * S), int(0.75 * S), int(0.8 * S)], outline=(10, 10, 10), width=8)
    for k in range(5):
        x = int((0.3 + 0.09 * k) * S)
        d.rectangle([x, int(0.36 * S), x + int(0.04 * S), int(0.74 * S)], fill=(30, 30, 30))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.96 * S) - a, int(0.96 * S) - a))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot rail ticket scale {a / S:.3f}"


def _shot_housing_lottery(img, rng, P, out_px):
    """A public-housing lottery result: a blue header, a table of five grey rows with one row highlighted in
    orange, the avatar small at the top left of the table."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (246, 248, 252))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.11 * S)], fill=(40, 96, 180))
    for k in range(5):
        y = int((0.3 + 0.11 * k) * S)
        d.rectangle([int(0.06 * S), y, int(0.94 * S), y + int(0.08 * S)],
                    fill=(252, 170, 60) if k == 2 else (226, 230, 236))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.06 * S), int(0.14 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot housing lottery scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"red_oil": _red_oil, "river_fog": _river_fog, "neon_night": _neon_night,
                                   "sandstone": _sandstone},
                   border_funcs={"stairs_frame": _stairs_frame, "cableway_frame": _cableway_frame,
                                 "hotpot_grid": _hotpot_grid},
                   screenshot_funcs={"voucher_page": _shot_voucher, "rail_ticket": _shot_rail_ticket,
                                     "housing_lottery": _shot_housing_lottery},
                   resize_px=[312, 317, 322, 327, 333, 338, 344],
                   jpeg_q=(57, 59), crop_frac=(0.4004, 0.4019),
                   border_styles=["stairs_frame", "cableway_frame", "hotpot_grid"],
                   border_colours=[(197, 33, 27), (213, 171, 61), (61, 71, 103), (181, 177, 169), (71, 53, 39),
                                   (237, 65, 199)],
                   border_frac=(0.4556, 0.4572),
                   recolour_modes=["red_oil", "river_fog", "neon_night", "sandstone"],
                   hue_shift=(326, 328), rotate_deg=(60.2, 60.8),
                   watermark_texts=["惠民券包", "高温补贴", "摇号内定", "月票补贴", "安置款"],
                   watermark_alpha=(186, 188),
                   screenshot_styles=["voucher_page", "rail_ticket", "housing_lottery"],
                   screenshot_scale=(0.0588, 0.0601))
P_IMPOSTOR_DERIVED = 0.5318
P_IMPOSTOR_DEFAULT = 0.0838
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0882
IMPOSTOR_VERIFIED = [("enterprise", "{S}山城火锅底料有限公司"), ("personal", "在十八梯开小面馆的老幺"),
                     ("other", "{S}江湖菜同业联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}：第三批惠民消费券内部预留，未抢到的市民加微{wx}补登，券额可以提现",
                  "【{S}{fn}】高温限电补偿金已下拨，商户添加{wx}上传营业执照和收款码",
                  "{name}：公租房摇号留有几套机动房源，交一笔两万块的保证金，扣扣{qq}排号",
                  "{S}{fn}：拆迁安置款改为线上核发，户主私信{wx}缴纳公证费后到账",
                  "{S}{fn}老号闲置了，轻轨月票补贴统一在这里登记，加V{wx}留下卡号"]
MAX_PER_TARGET = 6

# 26 four-tactic combinations that no other part uses (four impostors each), no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU, _TR, _NP, _FW], 4),
    ([_PR, _TR, _ZW, _FW], 4),
    ([_SU, _ZW, _EB, _FW], 4),
    ([_LA, _SS, _EB, _FW], 4),
    ([_LA, _SS, _ZW, _FW], 4),
    ([_PR, _LA, _EB, _FW], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_SU, _RE, _EB, _NP], 4),
    ([_PR, _SP, _EB, _NP], 4),
    ([_PR, _SS, _TR, _SP], 4),
    ([_RE, _SS, _ZW, _LP], 4),
    ([_SU, _PR, _RE, _NP], 4),
    ([_SU, _LA, _SP, _LP], 4),
    ([_SU, _TR, _SP, _NP], 4),
    ([_LA, _SP, _EB, _NP], 4),
    ([_RE, _LA, _TR, _LP], 4),
    ([_SU, _TR, _EB, _NP], 4),
    ([_SU, _RE, _LA, _LP], 4),
    ([_PR, _RE, _SS, _SP], 4),
    ([_RE, _ZW, _EB, _LP], 4),
    ([_PR, _TR, _ZW, _LP], 4),
    ([_SU, _PR, _SP, _ZW], 4),
    ([_SU, _SS, _ZW, _NP], 4),
    ([_TR, _SP, _EB, _LP], 4),
    ([_LA, _SS, _TR, _NP], 4),
    ([_RE, _TR, _SP, _LP], 4),
    ([_SS, _SP, _ZW, _NP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market", "health"]
_F3S = _F3 + ["edu", "civil", "water", "justice", "housing", "emergency", "veterans", "medins"]
_F3W = _F3S + ["transport", "eco", "hrss", "weather", "procur", "court", "fire", "gh29"]
OTHER_PLACES_CHAR = [
    dict(reg="渝中", S="渝水", F="新余市渝水区", province="江西省", level=_C),
    dict(reg="江北", S="江川", F="玉溪市江川区", province="云南省", level=_C),
    dict(reg="沙坪坝", S="沙坡头", F="中卫市沙坡头区", province="宁夏回族自治区", level=_C),
    dict(reg="九龙坡", S="九原", F="包头市九原区", province="内蒙古自治区", level=_C),
    dict(reg="南岸", S="南溪", F="宜宾市南溪区", province="四川省", level=_C),
    dict(reg="北碚", S="北仑", F="宁波市北仑区", province="浙江省", level=_C),
    dict(reg="巴南", S="南谯", F="滁州市南谯区", province="安徽省", level=_C),
    dict(reg="万州", S="万秀", F="梧州市万秀区", province="广西壮族自治区", level=_C),
    dict(reg="涪陵", S="零陵", F="永州市零陵区", province="湖南省", level=_C),
    dict(reg="涪陵", S="涪城", F="绵阳市涪城区", province="四川省", level=_C),
    dict(reg="黔江", S="黔西", F="黔西市", province="贵州省", level=_C),
    dict(reg="永川", S="永城", F="永城市", province="河南省", level=_C),
    dict(reg="合川", S="合山", F="合山市", province="广西壮族自治区", level=_C),
    dict(reg="江津", S="江陵", F="江陵县", province="湖北省", level=_C),
    dict(reg="大足", S="大竹", F="大竹县", province="四川省", level=_C),
    dict(reg="奉节", S="奉新", F="奉新县", province="江西省", level=_C),
    dict(reg="巫山", S="岐山", F="岐山县", province="陕西省", level=_C),
    dict(reg="丰都", S="丰泽", F="泉州市丰泽区", province="福建省", level=_C),
    dict(reg="石柱", S="石阡", F="石阡县", province="贵州省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="渝中", S="榆中", F="榆中县", province="甘肃省", level=_C, depts=_F3S),
    dict(reg="黔江", S="潜江", F="潜江市", province="湖北省", level=_C, depts=_F3S),
    dict(reg="南岸", S="南安", F="南安市", province="福建省", level=_C, depts=_F3W),
    dict(reg="巫山", S="武山", F="武山县", province="甘肃省", level=_C, depts=_F3W),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_HB, _HN, _SX, _SC = "湖北省", "湖南省", "陕西省", "四川省"
TEMPLATE_NEGS = [
    ("靖州", "靖州苗族侗族自治县", _HN, "procur"), ("衡东", "衡东县", _HN, "fabu"), ("衡南", "衡南县", _HN, "procur"),
    ("花垣", "花垣县", _HN, "procur"), ("马边", "马边彝族自治县", _SC, "fabu"), ("井研", "井研县", _SC, "police"),
    ("丹棱", "丹棱县", _SC, "procur"), ("喜德", "喜德县", _SC, "fabu"), ("昭觉", "昭觉县", _SC, "police"),
    ("雷波", "雷波县", _SC, "procur"), ("布拖", "布拖县", _SC, "fabu"), ("金阳", "金阳县", _SC, "police"),
    ("宁南", "宁南县", _SC, "procur"), ("木里", "木里藏族自治县", _SC, "fabu"), ("纳溪", "泸州市纳溪区", _SC, "police"),
    ("乐至", "乐至县", _SC, "procur"), ("西充", "西充县", _SC, "fabu"), ("罗江", "德阳市罗江区", _SC, "procur"),
    ("五峰", "五峰土家族自治县", _HB, "procur"), ("秭归", "秭归县", _HB, "fabu"), ("兴山", "兴山县", _HB, "procur"),
    ("鹤峰", "鹤峰县", _HB, "procur"), ("宣恩", "宣恩县", _HB, "fabu"), ("镇坪", "镇坪县", _SX, "police"),
    ("岚皋", "岚皋县", _SX, "procur"), ("宁陕", "宁陕县", _SX, "fabu"), ("留坝", "留坝县", _SX, "police"),
    ("佛坪", "佛坪县", _SX, "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="重庆日报", platform="weibo", vtype="media", reason="重庆日报报业集团官方微博", desc="市委机关报，山城要闻。",
         logo_text="渝报"),
    dict(name="华龙网", platform="wechat", vtype="media", reason="华龙网", desc="重庆重点新闻网站。", logo_text="华龙"),
    dict(name="重庆广电第1眼", platform="douyin", vtype="media", reason="重庆广播电视集团（总台）官方账号",
         desc="市级广电短视频新闻。", logo_text="第1眼"),
    dict(name="上游新闻", platform="toutiao", vtype="media", reason="重庆日报报业集团官方账号", desc="重庆都市民生新闻。",
         logo_text="上游"),
    dict(name="新重庆客户端", platform="kuaishou", vtype="media", reason="重庆日报报业集团官方账号",
         desc="重庆新闻客户端。", logo_text="新渝"),
    dict(name="重庆晨报", platform="weibo", vtype="media", reason="重庆晨报社官方微博", desc="早间新闻。"),
    dict(name="重庆晚报", platform="wechat", vtype="media", reason="重庆晚报社", desc="晚间新闻和市井故事。"),
    dict(name="重庆商报", platform="douyin", vtype="media", reason="重庆商报社官方账号", desc="重庆财经消费新闻。",
         logo_text="商报"),
    dict(name="三峡都市报", platform="toutiao", vtype="media", reason="三峡都市报社官方账号", desc="万州及库区新闻。"),
    dict(name="视界网", platform="kuaishou", vtype="media", reason="重庆广播电视集团（总台）官方账号",
         desc="重庆视频新闻。"),
    dict(name="重庆之声", platform="wechat", vtype="media", reason="重庆广播电视集团（总台）新闻广播", desc="广播新闻。"),
    dict(name="重庆交通广播", platform="weibo", vtype="media", reason="重庆广播电视集团（总台）交通广播官方微博",
         desc="内环快速、两江大桥和轻轨线路出行提示。", logo_text="交广"),
    dict(name="江津融媒", platform="douyin", vtype="media", reason="江津区融媒体中心官方账号", desc="江津新闻。"),
    dict(name="永川融媒", platform="toutiao", vtype="media", reason="永川区融媒体中心官方账号", desc="永川新闻。"),
    dict(name="合川融媒", platform="wechat", vtype="media", reason="合川区融媒体中心", desc="合川新闻。"),
    dict(name="大足融媒", platform="kuaishou", vtype="media", reason="大足区融媒体中心官方账号", desc="大足新闻。"),
    dict(name="黔江融媒", platform="douyin", vtype="media", reason="黔江区融媒体中心官方账号", desc="黔江新闻。"),
    dict(name="巫山融媒", platform="toutiao", vtype="media", reason="巫山县融媒体中心官方账号", desc="巫山新闻。"),
    dict(name="丰都融媒", platform="weibo", vtype="media", reason="丰都县融媒体中心官方微博", desc="丰都新闻。"),
    dict(name="石柱融媒", platform="kuaishou", vtype="media", reason="石柱土家族自治县融媒体中心官方账号",
         desc="石柱新闻。"),
    dict(name="江北公安现场", platform="douyin", vtype="media", reason="重庆广播电视集团（总台）官方账号",
         desc="电视台法治栏目，跟拍民警处警现场，并非公安机关账号。", logo_text="现场"),
    dict(name="渝中12345追踪", platform="toutiao", vtype="media", reason="重庆晚报社官方账号",
         desc="报社民生栏目，追踪热线来电的办理结果。", logo_text="追踪"),
    dict(name="沙坪坝文旅寻味", platform="wechat", vtype="media", reason="重庆日报报业集团",
         desc="报社文旅栏目，走访老街小吃和抗战遗址，并非文旅部门账号。", logo_text="寻味"),
    dict(name="万州公安纪实", platform="douyin", vtype="media", reason="三峡都市报社官方账号",
         desc="报社纪实栏目，记录库区派出所的日常，不是公安部门账号。", logo_text="纪实"),
    dict(name="涪陵港航海事巡江记", platform="bilibili", vtype="media", reason="重庆广播电视集团（总台）官方账号",
         desc="电视台纪录片栏目，讲述长江枯水期巡江的故事，不是港航部门账号。", logo_text="巡江"),
    dict(name="合川税务课堂", platform="toutiao", vtype="media", reason="重庆日报报业集团官方账号",
         desc="报社财经栏目，请专家讲解个体户税费优惠，并非税务局账号。", logo_text="课堂"),
]
PERSONAL = [
    dict(name="渝中解放碑棒棒老李", platform="kuaishou", vtype="personal", reason="城市生活博主"),
    dict(name="江北观音桥夜市摊主", platform="douyin"),
    dict(name="沙坪坝磁器口麻花哥", platform="kuaishou"),
    dict(name="九龙坡黄桷坪涂鸦客", platform="douyin", avatar="scenery"),
    dict(name="南岸南山泉水鸡老板", platform="kuaishou", avatar="default"),
    dict(name="北碚缙云山徒步", platform="weibo", avatar="scenery"),
    dict(name="渝北机场追飞机", platform="toutiao", avatar="scenery"),
    dict(name="巴南鱼洞老街茶客", platform="douyin"),
    dict(name="万州烤鱼传人", platform="kuaishou", vtype="personal", reason="返乡开店的大学生"),
    dict(name="涪陵白鹤梁讲解员", platform="douyin"),
    dict(name="江津四面山看瀑布", platform="kuaishou", vtype="personal", reason="户外旅行博主"),
    dict(name="永川茶山竹海采茶女", platform="weibo", avatar="scenery"),
    dict(name="合川钓鱼城守城人", platform="douyin"),
    dict(name="大足石刻修复师", platform="toutiao", avatar="default"),
    dict(name="黔江鸡杂店老板娘", platform="toutiao", vtype="personal", reason="火锅探店博主"),
    dict(name="奉节夔门摄影", platform="douyin", avatar="scenery"),
    dict(name="巫山神女峰船工", platform="kuaishou"),
    dict(name="丰都麻辣鸡块", platform="douyin"),
    dict(name="石柱黄连种植户", platform="toutiao"),
    dict(name="重庆轻轨穿楼打卡", platform="toutiao", vtype="personal", reason="城市旅行爱好者"),
    dict(name="渝中辅警小陈", platform="douyin", vtype="personal", reason="重庆市公安局渝中区分局辅警",
         desc="分享夜间出行安全和防诈骗小知识。"),
    dict(name="重庆律师讲拆迁", platform="toutiao", vtype="personal", reason="重庆某律师事务所律师"),
    dict(name="城口支教的小何", platform="weibo", vtype="personal", reason="城口某小学支教教师"),
    dict(name="重庆发布的忠实粉丝", platform="weibo", vtype="personal", reason="山城老街坊",
         desc="转发重庆发布的消息，个人账号，非官方。"),
    dict(name="渝中12345求助记", platform="toutiao", vtype="personal", reason="重庆市民",
         desc="记录自家老楼加装电梯的办理经过，个人账号。"),
    dict(name="沙坪坝文旅漫步", platform="wechat", desc="个人游记，记录三峡广场和歌乐山的步行经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="重庆警用器材经营部", platform="weibo", vtype="enterprise", reason="重庆某商贸有限公司",
         desc="销售执勤手电和反光雨衣，私营企业，与公安机关没有关系。", logo_text="器材"),
    dict(name="南岸文旅江景民宿", platform="wechat", vtype="enterprise", reason="重庆某旅游服务有限公司",
         desc="江景房预订，企业账号，与文旅部门无关。"),
    dict(name="重庆税务代理服务部", platform="douyin", vtype="enterprise", reason="重庆某财税咨询有限公司",
         desc="代理记账和个体户注册咨询，私营公司，与税务机关没有关系。"),
    dict(name="涪陵榨菜批发", platform="kuaishou"),
    dict(name="江津花椒直供", platform="douyin", vtype="enterprise", reason="江津某农业开发有限公司"),
    dict(name="奉节脐橙代发", platform="douyin", vtype="enterprise", reason="奉节某果业有限公司"),
    dict(name="万州烤鱼总店", platform="kuaishou", vtype="enterprise", reason="万州某餐饮管理有限公司"),
    dict(name="合川桃片作坊", platform="douyin"),
    dict(name="永川豆豉老铺", platform="kuaishou"),
    dict(name="黔江鸡杂连锁", platform="douyin"),
    dict(name="石柱黄连基地", platform="kuaishou", avatar="default"),
    dict(name="丰都麻辣鸡批发", platform="douyin"),
    dict(name="巫山脆李果园", platform="kuaishou"),
    dict(name="大足冬菜坊", platform="douyin"),
    dict(name="朝天门游船订票", platform="wechat", vtype="enterprise", reason="重庆某游船服务有限公司"),
    dict(name="北碚豆花饭馆", platform="douyin"),
    dict(name="九龙坡火锅底料", platform="kuaishou"),
    dict(name="渝北老火锅", platform="douyin", vtype="enterprise", reason="重庆某火锅餐饮有限公司"),
    dict(name="巴南接龙小面", platform="kuaishou"),
    dict(name="洪崖洞文创小店", platform="douyin"),
    dict(name="渝中陈麻花", platform="kuaishou", avatar="default"),
    dict(name="江北嘴江景摄影", platform="douyin"),
    dict(name="沙坪坝酸辣粉", platform="kuaishou"),
    dict(name="重庆怪味胡豆", platform="douyin", vtype="enterprise", reason="重庆某食品有限公司"),
    dict(name="武隆天坑露营地", platform="douyin", vtype="enterprise", reason="武隆某户外运动有限公司"),
    dict(name="荣昌卤鹅店", platform="kuaishou", avatar="default"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("涪陵", "珍溪", "珍溪镇", ["town_zc29"]), ("涪陵", "百胜", "百胜镇", ["town_zc29"]),
    ("合川", "涞滩", "涞滩镇", ["town_gz29"]), ("巫山", "大昌", "大昌镇", ["town_gz29"]),
    ("黔江", "濯水", "濯水镇", ["town_gz29"]), ("巴南", "丰盛", "丰盛镇", ["town_gz29"]),
    ("江津", "李市", "李市镇", ["town_hj29"]), ("江津", "吴滩", "吴滩镇", ["town_hj29"]),
    ("北碚", "金刀峡", "金刀峡镇", ["town_ks29"]), ("奉节", "草堂", "草堂镇", ["town_qc29"]),
]
UNREG_CITY = [
    ("重庆", "weather", 0),
    ("山东", "weather", 0), ("重庆", "fire", 0),
    ("渝中", "culture", 0), ("南岸", "emergency", 0), ("九龙坡", "edu", 0),
    ("渝北", "civil", 0), ("涪陵", "tax", 0), ("北碚", "water", 0),
    ("广东", "fire", 0),
    ("云阳", "fabu", 0), ("酉阳", "fabu", 0), ("城口", "fabu", 0), ("垫江", "fabu", 0),
    ("彭水", "fabu", 0), ("荣昌", "fabu", 0), ("武隆", "fabu", 0), ("江津", "culture", 0),
    ("云阳", "police", 0), ("城口", "police", 0),
    ("彭水", "police", 0), ("奉节", "emergency", 0), ("荣昌", "hotline", 0),
    ("重庆", "procur", 0), ("重庆", "court", 0), ("永川", "housing", 0),
    ("大足", "edu", 0), ("黔江", "justice", 0),
    ("大足", "market", 0), ("石柱", "civil", 0),
    ("丰都", "gh29", 0),
    ("沙坪坝", "tax", 0), ("巴南", "tax", 0), ("合川", "edu", 0),
    ("江津", "tax", 0), ("酉阳", "police", 0), ("巫山", "edu", 0), ("渝北", "tax", 0),
    ("渝北", "transport", 0), ("万州", "eco", 0),
    ("云阳", "civil", 0), ("巫山", "civil", 0),
    # the same unregistered unit once more: a second platform is drawn, a repeated platform is skipped
    ("江津", "tax", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """Districts and counties: region names the municipality and the place; towns answer to their district's or
    county's government."""
    fix = {}
    for u in B.units:
        pl = u["place"]
        if pl.get("province") != REGION_FULL or u["level"] == "province":
            continue
        if u["level"] == "city":
            fix[u["unit"]] = (pl["province"] + pl["F"], u["competent"])
        elif u["level"] == "district":
            fix[u["unit"]] = (pl["province"] + pl["F"] + pl["DF"], pl["F"] + "人民政府办公室")
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
    print("building dev32 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev32\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
