"""Blind held-out impostor part (heldout; the thirty-first blind held-out part, built 2026-12-06 in the thirty-second
session).
Run: python eval/impostor/heldout/spec_heldout.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev34/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to the one province-level division that no other part registers (a
municipality: its municipal bodies and all its districts, plus a few towns), plus one unused provincial body each of
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

PART = "heldout"
SEED = 32587
CRAWL_DAY = "2026-12-05"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "ylj32": ("{F}园林绿化局", "{F}园林绿化局", ["{S}园林绿化", "首都园林绿化"], "leaf", None,
              "发布公园花讯、古树名木保护、平原造林和森林防火信息"),
    "kw32": ("{F}科学技术委员会、中关村科技园区管理委员会", "{F}科学技术委员会、中关村科技园区管理委员会",
             ["{S}科委", "科技{S}"], "star", None, "发布科创扶持政策、中关村示范区动态和科技企业服务信息"),
    "jkq32": ("北京经济技术开发区管理委员会", "北京经济技术开发区管理委员会", ["{S}经开区", "{S}亦庄"], "gate", None,
              "发布亦庄新城规划建设、企业服务和产业项目信息"),
    "cgzf32": ("{F}城市管理综合行政执法局", "{F}城市管理综合行政执法局", ["{S}城管执法", "{S}城管"], "house", None,
               "发布街巷环境秩序整治、违法建设查处和执法服务信息"),
    "jxj32": ("{F}经济和信息化局", "{F}经济和信息化局", ["{S}经信", "{S}经济和信息化"], "globe", None,
              "发布产业政策、专精特新企业培育和信息化建设信息"),
    "hlwfy32": ("{S}互联网法院", "{S}互联网法院", ["{S}互联网法院"], "scales", "state_emblem",
                "发布涉网案件审判动态、在线诉讼指引和典型案例"),
    "xmsy32": ("{F}畜牧兽医局", "{F}畜牧兽医局", ["{S}畜牧兽医", "{S}畜牧"], "leaf", None,
               "发布畜禽养殖技术、动物防疫和兽药饲料监管信息"),
    "sbjj32": ("{F}社会保险基金管理局", "{F}社会保险基金管理局", ["{S}社保", "{S}社保基金"], "hands", None,
               "发布社会保险待遇发放、参保缴费和经办服务信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_hjc32": ("{F}{DF}艺术区服务中心", ["{DS}艺术区服务", "{DS}画家村"], "star", None,
                   "发布画家村创作展览、艺术品交易和文创企业服务信息"),
    "town_dt32": ("{F}{DF}大桃产业服务站", ["{DS}大桃服务", "{DS}桃乡"], "leaf", None,
                  "发布大桃修剪疏果、桃花节和鲜桃产销对接信息"),
    "town_bl32": ("{F}{DF}京白梨产业服务站", ["{DS}京白梨服务", "{DS}梨树沟"], "leaf", None,
                  "发布京白梨古树养护、梨花节和采摘季信息"),
    "town_jxd32": ("{F}{DF}京西稻文化服务中心", ["{DS}京西稻服务", "{DS}稻乡"], "waves", None,
                   "发布京西稻育秧插秧、稻田研学和新米上市信息"),
    "town_mps32": ("{F}{DF}磨盘柿产业服务站", ["{DS}磨盘柿服务", "{DS}柿乡"], "leaf", None,
                   "发布磨盘柿种植、柿饼晾晒和山区产销信息"),
    "town_hz32": ("{F}{DF}虹鳟鱼产业服务站", ["{DS}虹鳟服务", "{DS}鳟鱼沟"], "waves", None,
                  "发布冷水鱼养殖技术、沟域民俗旅游和防汛信息"),
    "town_sr32": ("{F}{DF}桑葚产业服务站", ["{DS}桑葚服务", "{DS}桑乡"], "leaf", None,
                  "发布古桑园养护、桑葚采摘节和农产品产销信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"ylj32": "园林绿化", "kw32": "科委", "jkq32": "经开区", "cgzf32": "城管执法", "jxj32": "经信",
               "hlwfy32": "互联网法院", "xmsy32": "畜牧兽医", "sbjj32": "社保", "town_hjc32": "艺术区服务",
               "town_dt32": "大桃服务", "town_bl32": "京白梨服务", "town_jxd32": "京西稻服务",
               "town_mps32": "磨盘柿服务", "town_hz32": "虹鳟服务", "town_sr32": "桑葚服务"}.items():
    G.FN.setdefault(_k, _v)

REGION_NAME = "北京"
REGION_FULL = "北京市"
# a colloquial name of the capital, written in place of its name on municipal accounts
CAPITAL_WORD = "京城"
# the old walled city's nickname, written before the districts of the old city
OLD_CITY_WORD = "四九城"
OLD_CITY = {"东城", "西城"}
# the sub-centre district's nickname, written in place of its short name
SUBCENTRE = ("通州", "副中心")
# districts written as a former district or county merged into them or that they replaced
OLD_NAME = {"东城": ["崇文区"], "西城": ["宣武区"], "丰台": ["南苑区"], "门头沟": ["京西矿区"],
            "房山": ["房山县", "燕山区"], "通州": ["通县"], "顺义": ["顺义县"], "昌平": ["昌平县"], "大兴": ["大兴县"],
            "怀柔": ["怀柔县"], "平谷": ["平谷县"], "密云": ["密云县"], "延庆": ["延庆县"]}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_2d = ["wechat", "douyin"]
_2t = ["weibo", "toutiao"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["weibo", "wechat", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_3w = ["weibo", "wechat", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
_4t = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="北京", F="北京市", area="010", landmark="pagoda", nick="红墙金瓦",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "bilibili"]}),
                ("police", {"name_idx": 1, "platforms": _4b, "unit": "北京市公安局"}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _2}),
                ("health", {"name_idx": 1, "platforms": _3}),
                ("tax", {"platforms": _3w, "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4, "unit": "北京市12345市民服务热线"}),
                ("ylj32", {"name_idx": 0, "platforms": _3}),
                ("kw32", {"name_idx": 0, "platforms": _2}),
                ("jkq32", {"name_idx": 1, "avatar": "distinctive", "platforms": _2d}),
                ("cgzf32", {"name_idx": 0, "platforms": _4t}),
                ("jxj32", {"name_idx": 0, "platforms": _2}),
                ("hlwfy32", {"name_idx": 0, "platforms": _3})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="齐鲁牧场",
         depts=[("xmsy32", {"name_idx": 0, "platforms": _3w})]),
    dict(S="广东", F="广东省", area="020", landmark="skyline", nick="岭南社保",
         depts=[("sbjj32", {"name_idx": 0, "platforms": _2})]),
]


def _c(S, F, landmark, nick, depts, districts=None):
    d = dict(S=S, F=F, province=REGION_FULL, area="010", landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
_TAX = {"platforms": _2, "names": {"wechat": "{S}12366"}}
_MKT = {"name_idx": 0, "platforms": _2, "names": {"wechat": "{S}12315"}}
_FULL = [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("culture", dict(_DC)), ("tax", dict(_TAX)),
         ("market", dict(_MKT)), ("health", {"name_idx": 0, "platforms": _2}),
         ("edu", {"name_idx": 0, "platforms": _2t})]
CITIES = [
    _c("东城", "东城区", "pagoda", "南锣鼓巷",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("culture", dict(_DC)), ("tax", dict(_TAX)),
        ("market", dict(_MKT))]),
    _c("西城", "西城区", "tower", "什刹海",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("culture", dict(_DC)), ("market", dict(_MKT))]),
    _c("朝阳", "朝阳区", "skyline", "三里屯",
       [("fabu", {"platforms": _4t}), ("police", {"platforms": _3}), ("tax", dict(_TAX)), ("market", dict(_MKT)),
        ("health", {"name_idx": 0, "platforms": _2})]),
    _c("海淀", "海淀区", "skyline", "中关村",
       [("fabu", {"platforms": _3k}), ("police", {"platforms": _3}), ("culture", dict(_DC)), ("tax", dict(_TAX)),
        ("market", dict(_MKT))],
       [dict(DS="苏家坨", DF="苏家坨镇", depts=[("town_jxd32", {"platforms": _2})])]),
    _c("丰台", "丰台区", "bridge", "卢沟桥", list(_FULL)),
    _c("石景山", "石景山区", "tower", "首钢园",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC))]),
    _c("门头沟", "门头沟区", "mountain", "潭柘寺",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC))],
       [dict(DS="军庄", DF="军庄镇", depts=[("town_bl32", {"platforms": _2d})])]),
    _c("房山", "房山区", "mountain", "周口店", list(_FULL)),
    _c("通州", "通州区", "waves", "大运河",
       [("fabu", {"platforms": _4b}), ("police", {"platforms": _3}), ("culture", dict(_DC)), ("market", dict(_MKT))],
       [dict(DS="宋庄", DF="宋庄镇", depts=[("town_hjc32", {"platforms": _3})])]),
    _c("顺义", "顺义区", "waves", "汉石桥",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("market", dict(_MKT))]),
    _c("昌平", "昌平区", "mountain", "十三陵",
       [("fabu", {"platforms": _3t}), ("police", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("大兴", "大兴区", "sun", "南海子",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("tax", dict(_TAX))]),
    _c("怀柔", "怀柔区", "waves", "雁栖湖",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("平谷", "平谷区", "sun", "金海湖",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})],
       [dict(DS="大华山", DF="大华山镇", depts=[("town_dt32", {"platforms": _3})])]),
    _c("密云", "密云区", "mountain", "古北口",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("延庆", "延庆区", "mountain", "龙庆峡",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("culture", dict(_DC))]),
]

# district and town units carry the municipality's name, as they do in reality: the district police are branches of the
# municipal police named by the short name, district tax bureaus sit under the state taxation administration's
# municipal bureau, and district education bodies are education commissions; the copies of _FULL share dicts, so
# each place gets its own first
for _C_ in CITIES:
    _C_["depts"] = [(k, dict(o)) for k, o in _C_["depts"]]
    for _k_, _o_ in _C_["depts"]:
        if _k_ == "police":
            _o_["unit"] = "北京市公安局" + _C_["S"] + "分局"
        elif _k_ == "tax":
            _o_["unit"] = "国家税务总局北京市" + _C_["F"] + "税务局"
        elif _k_ == "edu":
            _o_["unit"] = "北京市" + _C_["F"] + "教育委员会"
        else:
            _pu_, _cu_ = G.DEPTS[_k_][:2]
            _o_["unit"] = "北京市" + G.fmt(_cu_, S=_C_["S"], F=_C_["F"])
    for _D_ in _C_.get("districts", []):
        _D_["depts"] = [(k, dict(o, unit="北京市" + G.fmt(G.DISTRICT_DEPTS[k][0], F=_C_["F"], DF=_D_["DF"])))
                        for k, o in _D_["depts"]]

RENAME_SHARE = 0.0653


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布每日京讯")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安京警在线")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅漫步京华")
    if d == "market" and name == S + "市场监管":
        opts.append(S + "市场监管消费维权站")
    if d == "ylj32" and name == S + "园林绿化":
        opts.append(S + "园林绿化花讯")
    if d == "kw32" and name == S + "科委":
        opts.append(S + "科委创新发布")
    if d == "cgzf32" and name == S + "城管执法":
        opts.append(S + "城管执法街巷管家")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["京牌指标", "新能源指标", "进京证代办", "共有产权房", "学位房入学", "工作居住证", "老年卡充值",
            "消费券领取", "故宫门票", "环球影城快速票", "炒肝", "卤煮火烧", "豆汁焦圈", "驴打滚", "门钉肉饼",
            "褡裢火烧", "\u2057截至今晚\u2057", "\u204a京籍优先", "\u2e0b仅剩三席", "\u2e12", "🥯",
            "南锣鼓巷", "什刹海", "琉璃厂"]
PREFIXES = ["局气", "得嘞", "您吉祥", "劳驾", "皇城根儿", "胡同口", "四合院里", "老北京",
            "\u2032京牌指标\u2032", "\u2035进京证\u2035", "\u201b共有产权\u201b", "\u2e12", "🛺",
            "甭排队", "大栅栏", "王府井"]
LOOKALIKE = {
    "京": ["凉"], "城": ["喊", "威"], "朝": ["翰", "韩"], "淀": ["锭", "绽"], "丰": ["王"], "景": ["晕", "豪"],
    "山": ["凶", "击"], "门": ["闫"], "头": ["矢", "关"], "沟": ["询"], "房": ["扇", "扁"], "州": ["圳"],
    "顺": ["颂", "烦"], "义": ["又"], "平": ["亨"], "怀": ["抔"], "柔": ["桑", "栗"], "谷": ["容", "咎"],
    "密": ["窑"], "云": ["会"], "延": ["诞"], "庄": ["庇"], "妙": ["炒", "纱"], "宋": ["末"],
}
SAME_SOUND = {
    "城": ["晟"], "西": ["曦", "兮"], "朝": ["晁"], "淀": ["殿", "靛"], "丰": ["沣"], "景": ["憬", "儆"],
    "沟": ["篝"], "房": ["妨"], "义": ["翼", "奕"], "柔": ["揉"], "密": ["谧", "泌"], "云": ["昀", "筠"],
    "延": ["妍", "筵"], "京": ["旌", "菁"], "峰": ["烽"],
}
TRAD_MODES = ["ends_pair_trad", "head_pair_trad", "every_third_trad"]
# visible word separators other parts did not use: reversed quotation marks, primes, a Tironian sign, a raised
# square, a hypodiastole, a tilde with ring above, a JIS mark, a centreline overline and a small reverse solidus
SPACES = ["\u201b", "\u201f", "\u2032", "\u2035", "\u2057", "\u204a", "\u2e0b", "\u2e12", "\u2e1b", "\u3004",
          "\ufe4a", "\ufe68"]
DOUBLE_SPACE_P = 0.0429
# variation selectors (supplement) no part used
ZERO_WIDTH = ["\U000e015f", "\U000e0169", "\U000e016f", "\U000e017d", "\U000e0184", "\U000e018b", "\U000e0194",
              "\U000e019e", "\U000e01a7", "\U000e01b6", "\U000e01c8", "\U000e01d6"]
EMOJI = ["🛺", "🥯", "🎨", "🛫", "🏰", "🎎", "🪆", "🚍", "🚎", "🛣", "🎢", "🪅"]
BRACKETS = [("\u21b2", "\u21b3"), ("\u21bd", "\u21c1"), ("\u2b35", "\u2901"), ("\u2b3a", "\u2915"),
            ("\u2b3c", "\u2917"), ("\u2b42", "\u2b48"), ("\u2b4b", "\u2b4c"), ("\u2b90", "\u2b91"),
            ("\u2b92", "\u2b93"), ("\u2bb2", "\u2bb3"), ("\U0001f82c", "\U0001f82e"), ("\U0001f8a6", "\U0001f8a7")]
FULLWIDTH_MODES = ["sora_sompeng_digits", "newa_digits", "long_double_solidus_marks", "minus_below_marks"]
LEVEL_FORMS = ["jingcheng_for_city", "sijiucheng_lead", "fuzhongxin_nickname", "bj_short_lead", "bj_full_lead",
               "merged_county_name", "town_under_beijing"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}巡警说防范", "{nick}胡同巡防队", "{S}社区民警老张"],
    "fabu": ["{S}政务简明报", "{nick}每日要闻", "{S}市民意见箱"],
    "gov": ["{S}便民办事台", "{nick}政务服务小站"],
    "health": ["{S}健康驿站提示", "{nick}春季防过敏"],
    "tax": ["{S}个税汇算帮", "{nick}纳税小课堂"],
    "hotline": ["{S}接诉即办助手", "{nick}热线回访记"],
    "culture": ["{S}胡同漫游", "{nick}周末逛吃", "{S}京剧票友导览"],
    "market": ["{S}菜市场价格通", "{nick}消费维权说"],
    "edu": ["{S}升学政策通", "{nick}家校共育说"],
    "ylj32": ["{S}赏花地图", "{nick}古树寻访"],
    "kw32": ["{S}科创政策速递", "{nick}硬科技周报"],
    "jkq32": ["{S}开发区招商通", "{nick}园区班车指南"],
    "cgzf32": ["{S}街巷秩序观察", "{nick}执法随手拍"],
    "jxj32": ["{S}专精特新速递", "{nick}产业政策通"],
    "hlwfy32": ["{S}网络纠纷调解", "{nick}在线诉讼指南"],
    "xmsy32": ["{S}养殖防疫课堂", "{nick}兽医在线问诊"],
    "sbjj32": ["{S}养老金查询助手", "{nick}社保待遇测算"],
    "town_hjc32": ["{S}油画写生营"],
    "town_dt32": ["{S}桃花节门票"],
    "town_bl32": ["{S}梨花节游园"],
    "town_jxd32": ["{S}稻田认养"],
    "town_mps32": ["{S}柿子采摘园"],
    "town_hz32": ["{S}冷水鱼垂钓"],
    "town_sr32": ["{S}桑葚采摘节"],
    "generic": ["{S}胡同晚风", "{nick}京味生活", "{S}四合院故事"],
}


# ---- digit forms (the registered digit names are 12345, 12366 and 12315)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


def _digits(s, zero):
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "sora_sompeng_digits": lambda s: _digits(s, 0x110F0),
    "newa_digits": lambda s: _digits(s, 0x11450),
    "long_double_solidus_marks": lambda s: _marks(s, "\u20eb"),
    "minus_below_marks": lambda s: _marks(s, "\u0320"),
}


# ---- level forms
def _h(acc, salt=""):
    """A reproducible position-weighted hash of the account id (plain sums of code points are too often even)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    """The name after the place; the full name is stripped only when its level characters are not the start of a
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


def _capital_for_city(u, acc):
    """A colloquial name of the capital in place of its name on a municipal account."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return CAPITAL_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return CAPITAL_WORD + name[len(pl["S"]):]
    if name.endswith(pl["S"]):
        return name[:-len(pl["S"])] + CAPITAL_WORD
    return None


def _old_city_lead(u, acc):
    """The old walled city's nickname before a district of the old city."""
    if u["place"]["S"] not in OLD_CITY:
        return None
    return _lead(u, acc, OLD_CITY_WORD)


def _subcentre(u, acc):
    """The sub-centre district's nickname in place of its short name."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] != SUBCENTRE[0] or not name.startswith(pl["S"]):
        return None
    return SUBCENTRE[1] + _rest(name, pl["S"], pl["F"])


def _bj_short_lead(u, acc):
    """The municipality's short name before a district."""
    return _lead(u, acc, REGION_NAME)


def _bj_full_lead(u, acc):
    """The municipality's full name before a district."""
    return _lead(u, acc, REGION_FULL)


def _old_name(u, acc):
    """A district written as a former district or county merged into it or replaced by it."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    olds = OLD_NAME[pl["S"]]
    return olds[_h(acc, "on") % len(olds)] + _rest(name, pl["S"], pl["F"])


def _town_under_city(u, acc):
    """A town put directly under the municipality's name, its district left out."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or pl.get("province") != REGION_FULL or not name.startswith(pl["DS"]):
        return None
    return REGION_NAME + name


_FORM_MAKERS = {"jingcheng_for_city": _capital_for_city, "sijiucheng_lead": _old_city_lead,
                "fuzhongxin_nickname": _subcentre, "bj_short_lead": _bj_short_lead, "bj_full_lead": _bj_full_lead,
                "merged_county_name": _old_name, "town_under_beijing": _town_under_city}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: municipal accounts
    the colloquial name, towns the municipality, the sub-centre often its nickname, districts with a former name
    often that name (old-city districts first often the old city's nickname), the rest the short or full name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("jingcheng_for_city", "town_under_beijing"):
        if f in names:
            return f, names[f]
    if "fuzhongxin_nickname" in names and _h(acc, "fz") % 2 == 0:
        return "fuzhongxin_nickname", names["fuzhongxin_nickname"]
    if "sijiucheng_lead" in names and _h(acc, "sj") % 2 == 0:
        return "sijiucheng_lead", names["sijiucheng_lead"]
    if "merged_county_name" in names and _h(acc, "oc") % 5 < 2:
        return "merged_county_name", names["merged_county_name"]
    rest = [f for f in ("bj_short_lead", "bj_full_lead", "sijiucheng_lead", "merged_county_name",
                        "fuzhongxin_nickname") if f in names]
    f = rest[_h(acc, "bx") % len(rest)]
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


def _t_ends_pair(s, u, r):
    """The first and the last convertible characters (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, sorted({idx[0], idx[-1]}))


def _t_head_pair(s, u, r):
    """The first two convertible characters (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[:2])


def _t_every_third(s, u, r):
    """The first, fourth, seventh ... convertible characters."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[0::3])


TRAD_FUNCS = {"ends_pair_trad": _t_ends_pair, "head_pair_trad": _t_head_pair, "every_third_trad": _t_every_third}


# ---- image edits
def _palace_wall(img, rng):
    """Palace wall: the picture tinted toward vermilion, with a golden glaze across the top fifth."""
    a = np.asarray(img, float)
    h = a.shape[0]
    k = rng.uniform(0.27, 0.33)
    tint = np.zeros_like(a) + np.array([172, 44, 38], float)
    tint[: max(1, h // 5)] = np.array([232, 178, 48], float)
    out = a * (1 - k) + tint * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"palace wall k{k:.2f}"


def _hutong_grey(img, rng):
    """Hutong grey: colours drained toward a blue-grey brick tone, with faint darker brick courses."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    base = np.array([70, 74, 82], float) + g * np.array([150, 150, 148], float)
    a = np.asarray(img, float)
    k = rng.uniform(0.62, 0.7)
    out = a * (1 - k) + base * k
    h = a.shape[0]
    step = max(6, h // 12)
    out[::step] *= 0.86
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"hutong grey k{k:.2f}"


def _sand_haze(img, rng):
    """Spring sand haze: contrast lowered and everything pulled toward a dusty ochre, thicker toward the top."""
    a = np.asarray(img, float)
    h = a.shape[0]
    k = rng.uniform(0.33, 0.39)
    t = 1.0 - (np.arange(h) / max(1, h - 1))[:, None, None] * 0.4
    out = a * (1 - k * t) + np.array([212, 176, 110], float) * (k * t)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"sand haze k{k:.2f}"


def _cloisonne(img, rng):
    """Cloisonne enamel: the picture reduced to a turquoise, cobalt, coral, gold and white palette, with gold wire
    along its edges."""
    a = np.asarray(img, float)
    pal = np.array([[38, 164, 170], [30, 72, 160], [222, 98, 82], [214, 170, 60], [246, 244, 236]], float)
    d = ((a[..., None, :] - pal[None, None]) ** 2).sum(-1)
    q = pal[d.argmin(-1)]
    k = rng.uniform(0.52, 0.6)
    out = a * (1 - k) + q * k
    edges = np.asarray(ImageOps.grayscale(img).filter(ImageFilter.FIND_EDGES), float) > 60
    out[edges] = np.array([226, 184, 70], float)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"cloisonne enamel k{k:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _glazed_tiles(img, rng, P):
    """A glazed-roof border: a vermilion ground with rows of round golden tile ends along the top and the bottom
    and a golden line around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (170, 40, 36))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    r_ = max(4, pad // 4)
    for y in (pad // 2, W - pad // 2):
        for x in range(r_, W, 2 * r_ + 2):
            d.ellipse([x - r_, y - r_, x + r_, y + r_], fill=(230, 176, 44), outline=(150, 104, 20))
            d.ellipse([x - r_ // 3, y - r_ // 3, x + r_ // 3, y + r_ // 3], fill=(180, 120, 28))
    d.rectangle([pad - 3, pad - 3, W - pad + 2, W - pad + 2], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border glazed tiles"


def _hutong_brick(img, rng, P):
    """A grey brick wall: staggered courses of grey bricks with light mortar lines around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (206, 204, 198))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    bh = max(5, pad // 5)
    bw = 2 * bh + 2
    for j, y in enumerate(range(0, W, bh + 2)):
        off = (j % 2) * bw // 2
        for x in range(-off, W, bw + 2):
            shade = 108 + ((x // (bw + 2) + j) % 3) * 10
            d.rectangle([x, y, x + bw, y + bh], fill=(shade, shade + 4, shade + 10))
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border hutong brick"


def _cloisonne_lattice(img, rng, P):
    """A cloisonne border: a cobalt ground with a golden wire lattice of lozenges and small coral dots."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (28, 70, 156))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    s = max(8, pad // 2)
    for x in range(-W, 2 * W, s):
        d.line([x, 0, x + W, W], fill=(222, 180, 64), width=2)
        d.line([x, W, x + W, 0], fill=(222, 180, 64), width=2)
    for y in range(s // 2, W, s):
        for x in range(0, W, s):
            d.ellipse([x - 2, y - 2, x + 2, y + 2], fill=(226, 100, 84))
    d.rectangle([pad - 3, pad - 3, W - pad + 2, W - pad + 2], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border cloisonne lattice"


def _shot_lottery(img, rng, P, out_px):
    """A car-quota lottery result page: a blue header, a wide white code box with a grey bar inside, four grey status
    rows and a green result badge, the avatar small at the top right under the header."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (240, 244, 250))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.12 * S)], fill=(26, 88, 176))
    d.rectangle([int(0.08 * S), int(0.22 * S), int(0.92 * S), int(0.36 * S)], fill=(255, 255, 255),
                outline=(180, 190, 210), width=3)
    d.rectangle([int(0.14 * S), int(0.27 * S), int(0.7 * S), int(0.31 * S)], fill=(196, 200, 208))
    for k in range(4):
        y = int((0.44 + 0.08 * k) * S)
        d.rectangle([int(0.08 * S), y, int(0.92 * S), y + int(0.045 * S)], fill=(222, 226, 232))
    d.ellipse([int(0.38 * S), int(0.8 * S), int(0.62 * S), int(0.96 * S)], fill=(52, 168, 96))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.95 * S) - a, int(0.135 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot lottery result scale {a / S:.3f}"


def _shot_entry_permit(img, rng, P, out_px):
    """An entry-permit application page: a green header, a pale permit card with two date rows, a row of three
    small tabs and a wide orange apply button, the avatar small at the left of the card."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (246, 248, 244))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(36, 140, 84))
    d.rounded_rectangle([int(0.06 * S), int(0.16 * S), int(0.94 * S), int(0.5 * S)], radius=24, fill=(226, 244, 232))
    for k in range(2):
        y = int((0.3 + 0.09 * k) * S)
        d.rectangle([int(0.3 * S), y, int(0.88 * S), y + int(0.045 * S)], fill=(190, 214, 198))
    for k in range(3):
        x = int((0.08 + 0.3 * k) * S)
        d.rectangle([x, int(0.58 * S), x + int(0.24 * S), int(0.66 * S)], fill=(214, 220, 216))
    d.rounded_rectangle([int(0.08 * S), int(0.8 * S), int(0.92 * S), int(0.9 * S)], radius=18, fill=(246, 140, 30))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.09 * S), int(0.2 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot entry permit scale {a / S:.3f}"


def _shot_museum_booking(img, rng, P, out_px):
    """A museum ticket booking page: a deep-red header, a seven-by-five calendar with three green bookable days and
    the rest grey, a grey time-slot bar, the avatar small at the bottom right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (250, 246, 240))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.11 * S)], fill=(150, 30, 34))
    open_days = {(1, 2), (2, 5), (3, 1)}
    for i in range(5):
        for j in range(7):
            x = int((0.06 + 0.126 * j) * S)
            y = int((0.18 + 0.1 * i) * S)
            d.rectangle([x, y, x + int(0.1 * S), y + int(0.075 * S)],
                        fill=(60, 170, 100) if (i, j) in open_days else (214, 210, 206))
    d.rectangle([int(0.06 * S), int(0.72 * S), int(0.7 * S), int(0.78 * S)], fill=(200, 196, 190))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.95 * S) - a, int(0.96 * S) - a))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot museum booking scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"palace_wall_red": _palace_wall, "hutong_grey": _hutong_grey,
                                   "sand_haze": _sand_haze, "cloisonne_enamel": _cloisonne},
                   border_funcs={"glazed_tiles": _glazed_tiles, "hutong_brick": _hutong_brick,
                                 "cloisonne_lattice": _cloisonne_lattice},
                   screenshot_funcs={"lottery_result": _shot_lottery, "entry_permit": _shot_entry_permit,
                                     "museum_booking": _shot_museum_booking},
                   resize_px=[332, 335, 340, 342, 347, 353, 358],
                   jpeg_q=(86, 88), crop_frac=(0.3983, 0.3999),
                   border_styles=["glazed_tiles", "hutong_brick", "cloisonne_lattice"],
                   border_colours=[(171, 39, 43), (229, 171, 41), (113, 117, 121), (31, 99, 153), (59, 137, 107),
                                   (93, 71, 125)],
                   border_frac=(0.4524, 0.4553),
                   recolour_modes=["palace_wall_red", "hutong_grey", "sand_haze", "cloisonne_enamel"],
                   hue_shift=(310, 311), rotate_deg=(59.78, 60.12),
                   watermark_texts=["京牌指标", "进京证", "共有产权", "故宫预约", "学位房"],
                   watermark_alpha=(113, 116),
                   screenshot_styles=["lottery_result", "entry_permit", "museum_booking"],
                   screenshot_scale=(0.0908, 0.0917))
P_IMPOSTOR_DERIVED = 0.5361
P_IMPOSTOR_DEFAULT = 0.0871
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0923
IMPOSTOR_VERIFIED = [("enterprise", "{S}炸酱面馆连锁经营部"), ("personal", "在南锣鼓巷捏面人的手艺人"),
                     ("other", "{S}京剧票友协会")]
IMPOSTOR_DESCS = ["{S}{fn}：本市积分落户公示前还能补录加分材料，加微{wx}缴纳材料审核费",
                  "【{S}{fn}】京牌指标能够内转给亲友，扣扣{qq}找专员签代办协议",
                  "{name}：共有产权房尚余一批保留房号，私聊{wx}先交两万元认购意向金",
                  "{S}{fn}：进京证即日起可以线上加急审批，留个微信{wx}缴纳加急服务费",
                  "{S}{fn}窗口通知：老年卡余额年底清零前可退回银行卡，加V{wx}核对身份办理"]
MAX_PER_TARGET = 6

# 26 combinations that no other part uses (four impostors each).  No four-tactic set that no other part used and
# that does not pair reorder with level_prefix was left (the shared builder writes a reordered name without the level
# form, so such a label would name a tactic the name does not carry), so all 26 are five-tactic sets, four of them
# with fullwidth, chosen by a seeded search to balance the tactics (eleven or twelve combinations per tactic).
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_FW, _PR, _SU, _SP, _ZW], 4),
    ([_RE, _FW, _TR, _SU, _SP], 4),
    ([_LP, _FW, _SS, _TR, _ZW], 4),
    ([_LP, _FW, _LA, _SP, _NP], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_LP, _SS, _PR, _SU, _NP], 4),
    ([_LP, _LA, _SS, _EB, _NP], 4),
    ([_LP, _LA, _SS, _PR, _ZW], 4),
    ([_LP, _SS, _TR, _SP, _ZW], 4),
    ([_RE, _SS, _SU, _EB, _NP], 4),
    ([_RE, _TR, _PR, _EB, _ZW], 4),
    ([_RE, _SS, _TR, _EB, _ZW], 4),
    ([_LP, _SS, _TR, _EB, _NP], 4),
    ([_RE, _LA, _TR, _SU, _SP], 4),
    ([_LP, _LA, _TR, _PR, _NP], 4),
    ([_RE, _SS, _PR, _SU, _EB], 4),
    ([_RE, _TR, _PR, _SP, _NP], 4),
    ([_LP, _LA, _SU, _EB, _ZW], 4),
    ([_RE, _SU, _EB, _SP, _ZW], 4),
    ([_LP, _LA, _PR, _SU, _NP], 4),
    ([_LP, _LA, _SP, _ZW, _NP], 4),
    ([_RE, _LA, _PR, _EB, _NP], 4),
    ([_SS, _TR, _EB, _SP, _ZW], 4),
    ([_RE, _LA, _PR, _SU, _NP], 4),
    ([_RE, _SS, _TR, _SU, _SP], 4),
    ([_LA, _TR, _SU, _EB, _SP], 4),
    ([_LA, _PR, _EB, _ZW, _NP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market", "health"]
_F3S = _F3 + ["edu", "civil", "water", "justice", "housing", "emergency", "veterans", "medins"]
OTHER_PLACES_CHAR = [
    dict(reg="东城", S="东光", F="东光县", province="河北省", level=_C),
    dict(reg="西城", S="西畴", F="西畴县", province="云南省", level=_C),
    dict(reg="朝阳", S="凤阳", F="凤阳县", province="安徽省", level=_C),
    dict(reg="朝阳", S="朝天", F="广元市朝天区", province="四川省", level=_C),
    dict(reg="海淀", S="海安", F="海安市", province="江苏省", level=_C),
    dict(reg="丰台", S="丰城", F="丰城市", province="江西省", level=_C),
    dict(reg="丰台", S="五台", F="五台县", province="山西省", level=_C),
    dict(reg="房山", S="房县", F="房县", province="湖北省", level=_C),
    dict(reg="通州", S="通许", F="通许县", province="河南省", level=_C),
    dict(reg="通州", S="通江", F="通江县", province="四川省", level=_C),
    dict(reg="顺义", S="顺平", F="顺平县", province="河北省", level=_C),
    dict(reg="昌平", S="昌图", F="昌图县", province="辽宁省", level=_C),
    dict(reg="大兴", S="大名", F="大名县", province="河北省", level=_C),
    dict(reg="大兴", S="大悟", F="大悟县", province="湖北省", level=_C),
    dict(reg="怀柔", S="怀来", F="怀来县", province="河北省", level=_C),
    dict(reg="怀柔", S="怀仁", F="怀仁市", province="山西省", level=_C),
    dict(reg="平谷", S="平舆", F="平舆县", province="河南省", level=_C),
    dict(reg="密云", S="密山", F="密山市", province="黑龙江省", level=_C),
    dict(reg="延庆", S="延津", F="延津县", province="河南省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="丰台", S="凤台", F="凤台县", province="安徽省", level=_C, depts=_F3S),
    dict(reg="房山", S="方山", F="方山县", province="山西省", level=_C, depts=_F3S),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_SC, _XZ, _XJ = "四川省", "西藏自治区", "新疆维吾尔自治区"
TEMPLATE_NEGS = [
    ("壤塘", "壤塘县", _SC, "police"), ("若尔盖", "若尔盖县", _SC, "procur"), ("色达", "色达县", _SC, "fabu"),
    ("炉霍", "炉霍县", _SC, "procur"), ("道孚", "道孚县", _SC, "police"), ("新龙", "新龙县", _SC, "procur"),
    ("白玉", "白玉县", _SC, "police"), ("理塘", "理塘县", _SC, "fabu"), ("乡城", "乡城县", _SC, "procur"),
    ("得荣", "得荣县", _SC, "police"), ("措勤", "措勤县", _XZ, "procur"), ("革吉", "革吉县", _XZ, "police"),
    ("日土", "日土县", _XZ, "fabu"), ("萨嘎", "萨嘎县", _XZ, "procur"), ("康马", "康马县", _XZ, "police"),
    ("白朗", "白朗县", _XZ, "procur"), ("仁布", "仁布县", _XZ, "police"), ("谢通门", "谢通门县", _XZ, "fabu"),
    ("昂仁", "昂仁县", _XZ, "procur"), ("巴里坤", "巴里坤哈萨克自治县", _XJ, "police"),
    ("吉木乃", "吉木乃县", _XJ, "procur"), ("富蕴", "富蕴县", _XJ, "fabu"), ("托里", "托里县", _XJ, "police"),
    ("裕民", "裕民县", _XJ, "procur"), ("和布克赛尔", "和布克赛尔蒙古自治县", _XJ, "police"),
    ("特克斯", "特克斯县", _XJ, "procur"), ("尼勒克", "尼勒克县", _XJ, "fabu"), ("新源", "新源县", _XJ, "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="北京日报", platform="weibo", vtype="media", reason="北京日报社官方微博",
         desc="北京市委机关报，首都要闻。", logo_text="京报"),
    dict(name="北京晚报", platform="wechat", vtype="media", reason="北京日报报业集团",
         desc="老北京的晚报，市民生活和社会新闻。", logo_text="北晚"),
    dict(name="新京报", platform="douyin", vtype="media", reason="新京报社官方账号", desc="新闻调查和时评。",
         logo_text="新京"),
    dict(name="北京青年报", platform="toutiao", vtype="media", reason="北京青年报社官方账号",
         desc="青年视角的城市新闻。", logo_text="北青网"),
    dict(name="北京卫视", platform="kuaishou", vtype="media", reason="北京广播电视台官方账号",
         desc="卫视节目预告和首都新闻。", logo_text="京视"),
    dict(name="北京商报", platform="weibo", vtype="media", reason="北京商报社官方微博", desc="财经和消费新闻。"),
    dict(name="千龙网", platform="wechat", vtype="media", reason="千龙网新闻中心", desc="首都新闻网站。",
         logo_text="千龙"),
    dict(name="北京交通广播", platform="douyin", vtype="media", reason="北京广播电视台交通广播官方账号",
         desc="环路、快速路和地铁出行提示。", logo_text="京交广"),
    dict(name="北京时间", platform="toutiao", vtype="media", reason="北京广播电视台新媒体", desc="新闻客户端。"),
    dict(name="北京新闻广播", platform="kuaishou", vtype="media", reason="北京广播电视台官方账号",
         desc="早晚新闻直播和听众热线。"),
    dict(name="北京纪实科教", platform="bilibili", vtype="media", reason="北京广播电视台", desc="纪录片和科普节目。"),
    dict(name="东城融媒", platform="weibo", vtype="media", reason="东城区融媒体中心官方微博", desc="东城新闻。"),
    dict(name="海淀融媒", platform="douyin", vtype="media", reason="海淀区融媒体中心官方账号", desc="海淀新闻。"),
    dict(name="朝阳融媒", platform="toutiao", vtype="media", reason="朝阳区融媒体中心官方账号", desc="朝阳新闻。"),
    dict(name="丰台融媒", platform="wechat", vtype="media", reason="丰台区融媒体中心", desc="丰台新闻。"),
    dict(name="通州融媒", platform="kuaishou", vtype="media", reason="通州区融媒体中心官方账号", desc="通州新闻。"),
    dict(name="顺义融媒", platform="douyin", vtype="media", reason="顺义区融媒体中心官方账号", desc="顺义新闻。"),
    dict(name="昌平融媒", platform="toutiao", vtype="media", reason="昌平区融媒体中心官方账号", desc="昌平新闻。"),
    dict(name="大兴融媒", platform="weibo", vtype="media", reason="大兴区融媒体中心官方微博", desc="大兴新闻。"),
    dict(name="密云融媒", platform="kuaishou", vtype="media", reason="密云区融媒体中心官方账号", desc="密云新闻。"),
    dict(name="朝阳公安民警日记", platform="douyin", vtype="media", reason="北京广播电视台官方账号",
         desc="电视台的纪实节目，跟拍派出所民警的一天，并非公安机关账号。", logo_text="一日警"),
    dict(name="北京12345接诉回访", platform="toutiao", vtype="media", reason="北京日报社官方账号",
         desc="报纸的民生版，回访市民热线诉求的办理情况。", logo_text="诉求回访"),
    dict(name="西城文旅胡同探店", platform="wechat", vtype="media", reason="新京报社",
         desc="报社的生活栏目，探访胡同里的老字号，与文旅局无隶属关系。", logo_text="京味"),
    dict(name="通州公安在路上", platform="douyin", vtype="media", reason="北京青年报社官方账号",
         desc="报社的视频栏目，记录运河边派出所的巡逻，和公安机关没有隶属关系。", logo_text="运河警务"),
    dict(name="北京园林绿化随手拍", platform="bilibili", vtype="media", reason="北京广播电视台官方账号",
         desc="电视台生活栏目，记录公园里的花事，不是园林部门账号。", logo_text="花事"),
    dict(name="朝阳税务小课堂", platform="toutiao", vtype="media", reason="北京商报社",
         desc="财经栏目，请税务师讲解个税汇算，跟税务机关没有隶属关系。", logo_text="个税课"),
]
PERSONAL = [
    dict(name="东城胡同拍猫", platform="kuaishou", vtype="personal", reason="胡同摄影博主"),
    dict(name="西城什刹海滑冰", platform="douyin"),
    dict(name="朝阳望京遛娃", platform="kuaishou"),
    dict(name="海淀中关村码农", platform="douyin", avatar="scenery"),
    dict(name="丰台园博园跑步", platform="kuaishou", avatar="default"),
    dict(name="石景山首钢园骑行", platform="weibo", avatar="scenery"),
    dict(name="门头沟潭柘寺徒步", platform="toutiao", avatar="scenery"),
    dict(name="房山十渡漂流", platform="douyin"),
    dict(name="通州运河跑团", platform="kuaishou", vtype="personal", reason="长跑爱好者"),
    dict(name="顺义汉石桥观鸟", platform="douyin"),
    dict(name="昌平十三陵骑车", platform="kuaishou", vtype="personal", reason="单车爱好者"),
    dict(name="大兴机场拍飞机", platform="weibo", avatar="scenery"),
    dict(name="怀柔雁栖湖露营", platform="douyin"),
    dict(name="平谷桃花摄影", platform="toutiao", avatar="default"),
    dict(name="密云古北口爬长城", platform="toutiao", vtype="personal", reason="户外爱好者"),
    dict(name="宋庄画画的老周", platform="douyin", avatar="scenery"),
    dict(name="大华山桃农小刘", platform="kuaishou"),
    dict(name="军庄梨园主", platform="douyin"),
    dict(name="苏家坨稻田守望者", platform="toutiao"),
    dict(name="老北京胡同记忆", platform="toutiao", vtype="personal", reason="京味生活记录者"),
    dict(name="东城辅警小赵", platform="douyin", vtype="personal", reason="北京市公安局东城分局辅警",
         desc="分享胡同里帮游客问路和防诈骗的小知识。"),
    dict(name="北京律师聊积分落户", platform="toutiao", vtype="personal", reason="北京某律师事务所律师"),
    dict(name="延庆山村支教的小王", platform="weibo", vtype="personal", reason="延庆某小学支教教师"),
    dict(name="北京发布的老读者", platform="weibo", vtype="personal", reason="胡同老住户",
         desc="常转北京发布的消息，个人账号，非官方。"),
    dict(name="朝阳12345求助记录", platform="toutiao", vtype="personal", reason="北京市民",
         desc="记录小区停车难的反映经过，个人账号。"),
    dict(name="海淀文旅随拍", platform="wechat", desc="个人游记，记录颐和园和圆明园的步行经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="北京执勤装备商城", platform="weibo", vtype="enterprise", reason="北京某贸易有限公司",
         desc="售卖执勤装备和警示用品，私营企业，与公安机关没有关系。", logo_text="警备商城"),
    dict(name="延庆文旅民宿", platform="wechat", vtype="enterprise", reason="北京某乡村旅游有限公司",
         desc="山区民宿预订，企业账号，与文旅部门无关。"),
    dict(name="北京税务代账中心", platform="douyin", vtype="enterprise", reason="北京某财税咨询有限公司",
         desc="代账、报税和财税筹划咨询，私营公司，与税务机关没有关系。"),
    dict(name="宋庄油画直营", platform="kuaishou"),
    dict(name="平谷大桃直发", platform="douyin", vtype="enterprise", reason="平谷某果品专业合作社"),
    dict(name="京白梨产地直供", platform="douyin", vtype="enterprise", reason="门头沟某果品有限公司"),
    dict(name="京西稻米礼盒", platform="kuaishou", vtype="enterprise", reason="海淀某米业有限公司"),
    dict(name="磨盘柿批发", platform="douyin"),
    dict(name="虹鳟鱼农家院", platform="kuaishou"),
    dict(name="护国寺小吃店", platform="douyin"),
    dict(name="炒肝老店", platform="kuaishou", avatar="default"),
    dict(name="卤煮火烧铺", platform="douyin"),
    dict(name="豆汁儿焦圈摊", platform="kuaishou"),
    dict(name="驴打滚糕点铺", platform="douyin"),
    dict(name="什刹海三轮车胡同游", platform="wechat", vtype="enterprise", reason="北京某旅游服务有限公司"),
    dict(name="门钉肉饼老号", platform="douyin"),
    dict(name="北京烤鸭外卖", platform="kuaishou"),
    dict(name="朝阳涮肉馆", platform="douyin", vtype="enterprise", reason="北京某餐饮管理有限公司"),
    dict(name="炸酱面馆", platform="kuaishou"),
    dict(name="兔儿爷手作铺", platform="douyin"),
    dict(name="大兴西瓜直销", platform="kuaishou", avatar="default"),
    dict(name="冰糖葫芦小摊", platform="douyin"),
    dict(name="丰台花乡花卉", platform="kuaishou"),
    dict(name="北京景泰蓝工坊", platform="douyin", vtype="enterprise", reason="北京某工艺品有限公司"),
    dict(name="通州运河游船", platform="douyin", vtype="enterprise", reason="通州某游船服务有限公司"),
    dict(name="怀柔板栗山货", platform="kuaishou", avatar="default"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("通州", "张家湾", "张家湾镇", ["town_hjc32"]), ("平谷", "刘家店", "刘家店镇", ["town_dt32"]),
    ("平谷", "王辛庄", "王辛庄镇", ["town_dt32"]), ("门头沟", "妙峰山", "妙峰山镇", ["town_bl32"]),
    ("海淀", "西北旺", "西北旺镇", ["town_jxd32"]), ("房山", "张坊", "张坊镇", ["town_mps32"]),
    ("房山", "十渡", "十渡镇", ["town_mps32"]), ("怀柔", "雁栖", "雁栖镇", ["town_hz32"]),
    ("怀柔", "琉璃庙", "琉璃庙镇", ["town_hz32"]), ("大兴", "安定", "安定镇", ["town_sr32"]),
]
UNREG_CITY = [
    ("石景山", "market", 0), ("门头沟", "market", 0), ("昌平", "market", 0), ("大兴", "market", 0),
    ("怀柔", "market", 0), ("平谷", "market", 0), ("密云", "market", 0), ("延庆", "market", 0),
    ("朝阳", "cgzf32", 0), ("海淀", "cgzf32", 0), ("丰台", "ylj32", 0), ("通州", "ylj32", 0), ("东城", "ylj32", 0),
    ("北京", "weather", 0), ("北京", "fire", 0), ("北京", "procur", 0), ("北京", "medins", 0),
    ("山东", "water", 1), ("广东", "justice", 1),
    ("东城", "health", 0), ("海淀", "health", 0), ("通州", "health", 0),
    ("西城", "hrss", 0), ("朝阳", "hrss", 0), ("昌平", "hrss", 0), ("海淀", "justice", 1), ("顺义", "justice", 1),
    ("石景山", "emergency", 0), ("延庆", "emergency", 0), ("门头沟", "emergency", 0),
    ("东城", "civil", 0), ("朝阳", "civil", 0), ("丰台", "civil", 0), ("房山", "civil", 0), ("顺义", "civil", 0),
    ("昌平", "civil", 0),
    ("怀柔", "culture", 0), ("平谷", "culture", 0), ("密云", "culture", 0), ("顺义", "culture", 0),
    ("大兴", "culture", 0),
    ("大兴", "water", 0), ("密云", "water", 0), ("通州", "veterans", 0), ("西城", "ylj32", 0),
    ("门头沟", "civil", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """Districts: region names the municipality and the district and the competent office is the district
    government's office; towns answer to their district's government."""
    fix = {}
    for u in B.units:
        pl = u["place"]
        if pl.get("province") != REGION_FULL or u["level"] == "province":
            continue
        if u["level"] == "city":
            fix[u["unit"]] = (pl["province"] + pl["F"], REGION_FULL + pl["F"] + "人民政府办公室")
        elif u["level"] == "district":
            fix[u["unit"]] = (pl["province"] + pl["F"] + pl["DF"], REGION_FULL + pl["F"] + "人民政府办公室")
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
    print("building heldout ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# heldout\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
