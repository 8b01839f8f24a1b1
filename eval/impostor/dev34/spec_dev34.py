"""Thirty-fourth impostor part (dev34; built 2026-12-06 in the thirty-first session as the thirtieth blind held-out
part, demoted to tuning data in the thirty-second session).
Run: python eval/impostor/dev34/spec_dev34.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev33/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (a municipality:
its municipal bodies and districts, plus a few towns), plus one unused provincial body each of Shandong and
Guangdong, so the registry is the supervising office's registry for three provinces.  Part-specific machinery
(new unit and town kinds, level forms, traditional-form modes, digit forms, colour filters, frames, screenshot
layouts, the registry's region fix) lives in this file, not in gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageOps  # noqa: E402

PART = "dev34"
SEED = 31471
CRAWL_DAY = "2026-12-04"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "cgw31": ("{F}城市管理委员会", "{F}城市管理委员会", ["{S}城管委", "{S}市容供热"], "house", None,
              "发布市容环境整治、冬季供热保障、燃气安全和城市照明信息"),
    "ghzy31": ("{F}规划和自然资源局", "{F}规划和自然资源局", ["{S}规划资源", "{S}规划和自然资源"], "globe", None,
               "发布国土空间规划公示、不动产登记和耕地保护信息"),
    "hhjy31": ("天津海河教育园区管理委员会", "天津海河教育园区管理委员会", ["{S}海河教育园", "海河教育园区"], "book",
               None, "发布园区高校共享资源、产教融合项目和园区服务信息"),
    "hzjl31": ("{F}合作交流办公室", "{F}合作交流办公室", ["{S}合作交流", "{S}对口帮扶"], "hands", None,
               "发布东西部协作、对口支援和区域合作项目信息"),
    "jtysw31": ("{F}交通运输委员会", "{F}交通运输委员会", ["{S}交通运输委", "{S}交运出行"], "bridge", None,
                "发布公交线网调整、港口集疏运和道路施工绕行信息"),
    "dyj31": ("{F}电影局", "{F}电影局", ["{S}电影", "{S}电影局"], "star", None,
              "发布农村公益电影放映、影院管理和影视拍摄服务信息"),
    "xwcb31": ("{F}新闻出版局", "{F}新闻出版局", ["{S}新闻出版", "{S}版权"], "book", None,
               "发布出版物市场管理、作品版权登记和全民阅读活动信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_nh31": ("{F}{DF}年画文化服务中心", ["{DS}年画服务", "{DS}年画坊"], "pagoda", None,
                  "发布木版年画技艺传承、古镇游览和民俗活动信息"),
    "town_lc31": ("{F}{DF}老醋产业服务站", ["{DS}老醋服务", "{DS}醋香"], "house", None,
                  "发布传统酿醋技艺、老字号扶持和镇域产业信息"),
    "town_xz31": ("{F}{DF}稻作产业服务站", ["{DS}稻作服务", "{DS}稻香"], "leaf", None,
                  "发布水稻育秧插秧、稻田养蟹和新米上市信息"),
    "town_hx31": ("{F}{DF}湿地河蟹服务站", ["{DS}河蟹服务", "{DS}蟹田"], "waves", None,
                  "发布七里海湿地候鸟观测、河蟹养殖技术和开捕季信息"),
    "town_lb31": ("{F}{DF}萝卜产业服务站", ["{DS}萝卜服务", "{DS}青萝卜"], "leaf", None,
                  "发布水果萝卜种植、冬储收购和产销对接信息"),
    "town_cc31": ("{F}{DF}长城景区服务中心", ["{DS}长城服务", "{DS}关城人家"], "mountain", None,
                  "发布关城游览、山区民宿和森林防火信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"cgw31": "城管委", "ghzy31": "规划资源", "hhjy31": "海河教育园", "hzjl31": "合作交流",
               "jtysw31": "交通运输委", "dyj31": "电影", "xwcb31": "新闻出版", "town_nh31": "年画服务",
               "town_lc31": "老醋服务", "town_xz31": "稻作服务", "town_hx31": "河蟹服务", "town_lb31": "萝卜服务",
               "town_cc31": "长城服务"}.items():
    G.FN.setdefault(_k, _v)

REGION_NAME = "天津"
REGION_FULL = "天津市"
# the municipality's literary name, written in place of its name on municipal accounts
JINMEN_WORD = "津门"
# the old garrison name, written before the districts of the old city
WEI_WORD = "天津卫"
# the old city's districts
OLD_CITY = {"和平", "河东", "河西", "南开", "红桥"}
# the coastal new area's nickname, written in place of its short name
BINCHENG = ("滨海", "滨城")
# districts written as a former district or county merged into them or that they replaced
OLD_NAME = {"滨海": ["塘沽区", "汉沽区", "大港区"], "蓟州": ["蓟县"], "宝坻": ["宝坻县"], "武清": ["武清县"],
            "静海": ["静海县"], "宁河": ["宁河县"], "西青": ["西郊区"], "东丽": ["东郊区"], "津南": ["南郊区"],
            "北辰": ["北郊区"], "和平": ["南市区"]}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_2d = ["wechat", "douyin"]
_2t = ["wechat", "toutiao"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_3w = ["weibo", "wechat", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
_4t = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="天津", F="天津市", area="022", landmark="bridge", nick="津沽晨风",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "bilibili"]}),
                ("police", {"platforms": _4b, "unit": "天津市公安局"}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _2}),
                ("health", {"name_idx": 1, "platforms": _3}),
                ("tax", {"platforms": _3w, "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("medins", {"platforms": _2}),
                ("cgw31", {"name_idx": 0, "platforms": _4t}),
                ("ghzy31", {"name_idx": 0, "platforms": _3}),
                ("hhjy31", {"name_idx": 0, "avatar": "distinctive", "platforms": _2d}),
                ("hzjl31", {"name_idx": 0, "platforms": _2}),
                ("jtysw31", {"name_idx": 0, "platforms": _4})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="齐鲁银幕",
         depts=[("dyj31", {"name_idx": 0, "platforms": _3w})]),
    dict(S="广东", F="广东省", area="020", landmark="skyline", nick="南粤书香",
         depts=[("xwcb31", {"name_idx": 0, "platforms": _2})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="天津市"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
_FULL = [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
         ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("hotline", {"platforms": _2}),
         ("market", {"name_idx": 0, "platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]
CITIES = [
    _c("和平", "和平区", "022", "skyline", "五大道",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
        ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("hotline", {"platforms": _2})]),
    _c("河东", "河东区", "022", "bridge", "大直沽",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("河西", "河西区", "022", "tower", "天塔",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2}),
        ("culture", dict(_DC))]),
    _c("南开", "南开区", "022", "pagoda", "古文化街",
       [("fabu", {"platforms": _3k}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
        ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("health", {"name_idx": 0, "platforms": _2})]),
    _c("红桥", "红桥区", "022", "bridge", "西沽公园",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("东丽", "东丽区", "022", "waves", "东丽湖",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("hotline", {"platforms": _2})]),
    _c("西青", "西青区", "022", "pagoda", "运河湾",
       [("fabu", {"platforms": _3t}), ("police", {"platforms": _2}),
        ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})],
       [dict(DS="杨柳青", DF="杨柳青镇", depts=[("town_nh31", {"platforms": _3})])]),
    _c("津南", "津南区", "022", "sun", "海河故道",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})],
       [dict(DS="小站", DF="小站镇", depts=[("town_xz31", {"platforms": _2})])]),
    _c("北辰", "北辰区", "022", "waves", "北运河",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2}),
        ("market", {"name_idx": 0, "platforms": _2})]),
    _c("武清", "武清区", "022", "skyline", "南湖",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
        ("market", {"name_idx": 0, "platforms": _2})]),
    _c("宝坻", "宝坻区", "022", "waves", "潮白河",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("滨海", "滨海新区", "022", "skyline", "响螺湾", list(_FULL)),
    _c("宁河", "宁河区", "022", "waves", "七里海",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("culture", dict(_DC))],
       [dict(DS="七里海", DF="七里海镇", depts=[("town_hx31", {"platforms": _2d})])]),
    _c("静海", "静海区", "022", "sun", "团泊湖",
       [("fabu", {"platforms": _4b}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})],
       [dict(DS="独流", DF="独流镇", depts=[("town_lc31", {"platforms": _3})])]),
    _c("蓟州", "蓟州区", "022", "mountain", "黄崖关", list(_FULL)),
]

# districts' police and tax units carry the municipality's name, as they do in reality (the district police are
# branches named by the short name); the copies of _FULL share dicts, so each place gets its own first
for _C_ in CITIES:
    _C_["depts"] = [(k, dict(o)) for k, o in _C_["depts"]]
    for _k_, _o_ in _C_["depts"]:
        if _k_ == "police":
            _o_["unit"] = "天津市公安局" + _C_["S"] + "分局"
        elif _k_ == "tax":
            _o_["unit"] = "国家税务总局天津市" + _C_["F"] + "税务局"

RENAME_SHARE = 0.0641


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布津彩声音")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安津警护航")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345便民专线")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅天天乐道")
    if d == "cgw31" and name == S + "城管委":
        opts.append(S + "城管委供热服务")
    if d == "jtysw31" and name == S + "交通运输委":
        opts.append(S + "交通运输委畅行津城")
    if d == "ghzy31" and name == S + "规划资源":
        opts.append(S + "规划资源公示平台")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["海河英才落户", "津心办认证", "供热费退还", "清洁取暖奖补", "一卡通充值返现", "保租房内定",
            "小客车指标", "拆迁安置房", "采暖补贴领取", "养老待遇核定", "煎饼果子", "锅巴菜", "耳朵眼炸糕",
            "十八街麻花", "熟梨糕", "\u2033余位紧张\u2033", "\u2052仅限津籍", "\u3036周五截止", "\u2e13", "🥞",
            "五大道", "古文化街", "意风区", "瓷房子"]
PREFIXES = ["介似", "倍儿哏", "哏都", "海河边", "老城厢", "鼓楼东", "解放桥头", "意式风情区",
            "\u2038海河英才\u2038", "\u2040津心办\u2040", "\u2054供热退费\u2054", "\u2e13", "🥨",
            "嘛钱不嘛钱", "劝业场", "小白楼"]
LOOKALIKE = {
    "津": ["淳", "泽"], "和": ["私"], "河": ["沼"], "东": ["布", "末"], "西": ["而", "酋"], "南": ["柬", "丙"],
    "开": ["歼"], "红": ["狂"], "桥": ["轿", "娇"], "青": ["育"], "辰": ["展"], "武": ["裁"], "清": ["滑", "淆"],
    "宝": ["宇"], "坻": ["抵", "址"], "滨": ["滚"], "海": ["渴"], "新": ["所"], "宁": ["午"], "蓟": ["蔚"],
    "州": ["纠"], "杨": ["柄"], "柳": ["椰"], "独": ["蚀", "狸"], "流": ["涪"], "站": ["端"],
}
SAME_SOUND = {
    "西": ["夕", "熄"], "丽": ["力", "立"], "辰": ["陈", "晨"], "坻": ["底"], "滨": ["彬", "濒"], "静": ["敬", "靖"],
    "蓟": ["计", "继"], "杨": ["扬"], "流": ["刘", "琉"], "七": ["漆", "柒"], "和": ["菏"], "里": ["鲤"],
    "开": ["揩"], "新": ["锌"], "站": ["蘸"],
}
TRAD_MODES = ["tail_pair_trad", "middle_one_trad", "alternate_from_second_trad"]
# visible word separators other parts did not use: quotation and prime marks, a caret and a caret insertion
# point, a character tie and an inverted undertie, a commercial minus sign, a circled postal mark, a small dollar
# sign, a small commercial at and a dotted obelos
SPACES = ["\u201e", "\u2033", "\u2036", "\u2038", "\u2040", "\u2041", "\u2052", "\u2054", "\u3036", "\ufe69",
          "\ufe6b", "\u2e13"]
DOUBLE_SPACE_P = 0.0417
# variation selectors (supplement) no part used
ZERO_WIDTH = ["\U000e0152", "\U000e015d", "\U000e0164", "\U000e016d", "\U000e0173", "\U000e017b", "\U000e0182",
              "\U000e018a", "\U000e0192", "\U000e019c", "\U000e01a6", "\U000e01b0"]
EMOJI = ["🥞", "🥨", "🎤", "🏟", "🚤", "🪝", "🚉", "🪩", "🏚", "🧇", "🚲", "🚆"]
BRACKETS = [("\u219a", "\u219b"), ("\u2902", "\u2903"), ("\u291f", "\u2920"), ("\u2b36", "\u2905"),
            ("\u2b37", "\u2910"), ("\u2b39", "\u2914"), ("\u2b4a", "\u2975"), ("\u2bb4", "\u2bb5"),
            ("\U0001f828", "\U0001f82a"), ("\U0001f830", "\U0001f832"), ("\U0001f840", "\U0001f842"),
            ("\U0001f8aa", "\U0001f8ab")]
FULLWIDTH_MODES = ["javanese_digits", "cham_digits", "zigzag_below_marks", "short_vertical_overlay_marks"]
LEVEL_FORMS = ["jinmen_for_city", "tianjinwei_lead", "bincheng_nickname", "tj_short_lead", "tj_full_lead",
               "former_county_name", "town_under_tianjin"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警官聊防骗", "{nick}巡逻日志", "{S}片儿警老李"],
    "fabu": ["{S}政务速览", "{nick}晨报快览", "{S}市民留言板"],
    "gov": ["{S}办事一趟清", "{nick}政务小帮手"],
    "health": ["{S}健康煎饼摊", "{nick}冬季防病提示"],
    "tax": ["{S}办税锅巴菜", "{nick}退税小贴士"],
    "hotline": ["{S}来电必回", "{nick}热线小管家"],
    "culture": ["{S}洋楼漫步", "{nick}周末溜达", "{S}相声茶园导览"],
    "medins": ["{S}医保门特通", "{nick}门特报销指南"],
    "market": ["{S}菜篮子秤准不准", "{nick}消费避坑记"],
    "cgw31": ["{S}供热热线助手", "{nick}街巷清扫记"],
    "ghzy31": ["{S}不动产登记一点通", "{nick}规划公示栏"],
    "hhjy31": ["{S}大学城生活圈", "{nick}园区通勤帮"],
    "hzjl31": ["{S}帮扶好物直通", "{nick}协作故事"],
    "jtysw31": ["{S}公交换乘指南", "{nick}港口集卡通行"],
    "dyj31": ["{S}露天电影放映队", "{nick}影院排片速递"],
    "xwcb31": ["{S}版权登记代理", "{nick}书香之家"],
    "town_nh31": ["{S}年画手绘课"],
    "town_lc31": ["{S}老醋坊直供"],
    "town_xz31": ["{S}新米尝鲜季"],
    "town_hx31": ["{S}开海吃蟹"],
    "town_lb31": ["{S}萝卜赛梨"],
    "town_cc31": ["{S}关城夜游"],
    "generic": ["{S}海河晚风", "{nick}老城烟火", "{S}洋楼故事"],
}


# ---- digit forms (the registered digit names are 12345 and 12366)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


def _digits(s, zero):
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "javanese_digits": lambda s: _digits(s, 0xA9D0),
    "cham_digits": lambda s: _digits(s, 0xAA50),
    "zigzag_below_marks": lambda s: _marks(s, "\u1dcf"),
    "short_vertical_overlay_marks": lambda s: _marks(s, "\u20d3"),
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


def _jinmen_for_city(u, acc):
    """The municipality's literary name in place of its name on a municipal account."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return JINMEN_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return JINMEN_WORD + name[len(pl["S"]):]
    return None


def _wei_lead(u, acc):
    """The old garrison name before a district of the old city."""
    if u["place"]["S"] not in OLD_CITY:
        return None
    return _lead(u, acc, WEI_WORD)


def _bincheng(u, acc):
    """The coastal new area's nickname in place of its short name."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] != BINCHENG[0] or not name.startswith(pl["S"]):
        return None
    return BINCHENG[1] + _rest(name, pl["S"], pl["F"])


def _tj_short_lead(u, acc):
    """The municipality's short name before a district."""
    return _lead(u, acc, REGION_NAME)


def _tj_full_lead(u, acc):
    """The municipality's full name before a district."""
    return _lead(u, acc, REGION_FULL)


def _former_name(u, acc):
    """A district written as a former district or county merged into it or replaced by it."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    olds = OLD_NAME[pl["S"]]
    return olds[_h(acc, "fo") % len(olds)] + _rest(name, pl["S"], pl["F"])


def _town_under_city(u, acc):
    """A town put directly under the municipality's name, its district left out."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or pl.get("province") != REGION_FULL or not name.startswith(pl["DS"]):
        return None
    return REGION_NAME + name


_FORM_MAKERS = {"jinmen_for_city": _jinmen_for_city, "tianjinwei_lead": _wei_lead,
                "bincheng_nickname": _bincheng, "tj_short_lead": _tj_short_lead, "tj_full_lead": _tj_full_lead,
                "former_county_name": _former_name, "town_under_tianjin": _town_under_city}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: municipal accounts
    the literary name, towns the municipality, the coastal new area often its nickname, districts with a former
    name often that name, old-city districts often the garrison name, the rest the short or full name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("jinmen_for_city", "town_under_tianjin"):
        if f in names:
            return f, names[f]
    if "bincheng_nickname" in names and _h(acc, "bc") % 2 == 0:
        return "bincheng_nickname", names["bincheng_nickname"]
    if "former_county_name" in names and _h(acc, "fc") % 5 < 2:
        return "former_county_name", names["former_county_name"]
    if "tianjinwei_lead" in names and _h(acc, "tw") % 3 == 0:
        return "tianjinwei_lead", names["tianjinwei_lead"]
    rest = [f for f in ("tj_short_lead", "tj_full_lead", "tianjinwei_lead", "former_county_name",
                        "bincheng_nickname") if f in names]
    f = rest[_h(acc, "tx") % len(rest)]
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


def _t_tail_pair(s, u, r):
    """The last two convertible characters (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[-2:])


def _t_middle_one(s, u, r):
    """The middle convertible character only (the later of the two middle ones when their number is even)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [idx[len(idx) // 2]])


def _t_alternate_second(s, u, r):
    """The second, fourth, sixth ... convertible characters (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1::2] or idx[:1])


TRAD_FUNCS = {"tail_pair_trad": _t_tail_pair, "middle_one_trad": _t_middle_one,
              "alternate_from_second_trad": _t_alternate_second}


# ---- image edits
def _haihe_night(img, rng):
    """River night: the picture darkened toward navy, with a warm lamp glow rising from the bottom edge."""
    a = np.asarray(img, float)
    h = a.shape[0]
    k = rng.uniform(0.31, 0.36)
    t = (np.arange(h) / max(1, h - 1))[:, None, None]
    glow = t ** 3 * np.array([236, 176, 92], float) + (1 - t ** 3) * np.array([18, 28, 64], float)
    out = a * (1 - k) + glow * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"river night k{k:.2f}"


def _villa_sepia(img, rng):
    """Old villa photo: a warm sepia tone with the corners darkened."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    tone = np.array([112, 66, 38], float) + g * np.array([128, 150, 156], float)
    h, w = g.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    rr = ((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    v = rng.uniform(0.36, 0.44)
    out = tone * (1 - v * rr[..., None])
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"villa sepia v{v:.2f}"


def _nianhua_print(img, rng):
    """Woodblock print: the picture posterised to a five-colour palette of red, green, yellow, black and paper."""
    a = np.asarray(img, float)
    pal = np.array([[196, 36, 40], [34, 128, 74], [238, 196, 56], [30, 26, 24], [244, 232, 206]], float)
    d = ((a[..., None, :] - pal[None, None]) ** 2).sum(-1)
    q = pal[d.argmin(-1)]
    k = rng.uniform(0.42, 0.5)
    out = a * (1 - k) + q * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"woodblock print k{k:.2f}"


def _salt_pan(img, rng):
    """Salt pan glare: contrast lowered and everything lifted toward a bluish white."""
    a = np.asarray(img, float)
    k = rng.uniform(0.38, 0.44)
    out = a * (1 - k) + np.array([236, 242, 248], float) * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"salt pan k{k:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _porcelain_mosaic(img, rng, P):
    """A porcelain-shard mosaic: a white ground set with small blue-and-white and celadon tiles in a staggered
    grid."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (240, 242, 238))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    cell = max(6, pad // 4)
    cols = [(36, 72, 150), (120, 170, 160), (228, 232, 236), (60, 96, 176)]
    for j, y in enumerate(range(0, W, cell)):
        for i, x in enumerate(range((j % 2) * cell // 2, W, cell)):
            d.rectangle([x + 1, y + 1, x + cell - 2, y + cell - 2], fill=cols[(i * 3 + j) % 4])
    d.rectangle([pad - 3, pad - 3, W - pad + 2, W - pad + 2], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border porcelain mosaic"


def _bridge_arches(img, rng, P):
    """River bridges: a dusk-blue ground with a row of dark arch silhouettes along the bottom and their
    reflections, and a thin lamp line along the top."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (54, 70, 112))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    span = max(12, pad)
    for x in range(0, W, span):
        d.pieslice([x, W - pad, x + span, W - pad + span], 180, 360, fill=(26, 30, 44))
        d.arc([x + 2, W - pad // 2, x + span - 2, W], 0, 180, fill=(96, 112, 150), width=2)
    for x in range(pad // 2, W, max(6, pad // 3)):
        d.ellipse([x - 2, 2, x + 2, 6], fill=(250, 214, 120))
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=c2, width=2)
    out.paste(img, (pad, pad))
    return out, "border bridge arches"


def _woodblock_band(img, rng, P):
    """A woodblock print border: a red outer band, a green inner band and yellow corner blocks."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (196, 36, 40))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    b = max(4, pad // 3)
    d.rectangle([b, b, W - b, W - b], fill=(34, 128, 74))
    for cx, cy in ((0, 0), (W - 2 * b, 0), (0, W - 2 * b), (W - 2 * b, W - 2 * b)):
        d.rectangle([cx, cy, cx + 2 * b, cy + 2 * b], fill=(238, 196, 56))
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border woodblock band"


def _shot_heating_bill(img, rng, P, out_px):
    """A heating-fee payment page: an orange header, a large amount box, three grey bill rows and a wide green pay
    button, the avatar small at the top left under the header."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (248, 246, 242))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.11 * S)], fill=(236, 112, 36))
    d.rectangle([int(0.12 * S), int(0.24 * S), int(0.88 * S), int(0.42 * S)], outline=(236, 112, 36), width=6)
    for k in range(3):
        y = int((0.5 + 0.08 * k) * S)
        d.rectangle([int(0.08 * S), y, int(0.92 * S), y + int(0.05 * S)], fill=(226, 224, 220))
    d.rounded_rectangle([int(0.1 * S), int(0.8 * S), int(0.9 * S), int(0.9 * S)], radius=20, fill=(40, 170, 90))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.04 * S), int(0.125 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot heating fee page scale {a / S:.3f}"


def _shot_card_topup(img, rng, P, out_px):
    """A transit-card top-up page: a blue page, a white card drawn as a rounded rectangle with a chip, a grid of
    six amount buttons, the avatar small at the top right of the card."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (28, 96, 188))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.1 * S), int(0.12 * S), int(0.9 * S), int(0.46 * S)], radius=28, fill=(252, 252, 250))
    d.rectangle([int(0.16 * S), int(0.22 * S), int(0.28 * S), int(0.31 * S)], fill=(214, 178, 80))
    for k in range(6):
        x = int((0.1 + 0.28 * (k % 3)) * S)
        y = int((0.56 + 0.16 * (k // 3)) * S)
        d.rounded_rectangle([x, y, x + int(0.24 * S), y + int(0.12 * S)], radius=12, fill=(226, 236, 250))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.88 * S) - a, int(0.14 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot card topup scale {a / S:.3f}"


def _shot_show_ticket(img, rng, P, out_px):
    """A theatre ticket order: a dark-red header, a seat map of small squares with four highlighted, a yellow order
    bar at the bottom, the avatar small at the bottom left."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 238, 232))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(128, 24, 30))
    d.rectangle([int(0.3 * S), int(0.14 * S), int(0.7 * S), int(0.18 * S)], fill=(200, 190, 180))
    hot = {(2, 3), (2, 4), (3, 3), (3, 4)}
    for i in range(6):
        for j in range(8):
            x = int((0.12 + 0.1 * j) * S)
            y = int((0.24 + 0.08 * i) * S)
            d.rectangle([x, y, x + int(0.06 * S), y + int(0.05 * S)],
                        fill=(220, 60, 60) if (i, j) in hot else (206, 206, 210))
    d.rectangle([0, int(0.86 * S), S, S], fill=(246, 196, 40))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.04 * S), int(0.84 * S) - a))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot show ticket scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"haihe_night": _haihe_night, "villa_sepia": _villa_sepia,
                                   "nianhua_print": _nianhua_print, "salt_pan_glare": _salt_pan},
                   border_funcs={"porcelain_mosaic": _porcelain_mosaic, "bridge_arches": _bridge_arches,
                                 "woodblock_band": _woodblock_band},
                   screenshot_funcs={"heating_fee_page": _shot_heating_bill, "card_topup": _shot_card_topup,
                                     "show_ticket": _shot_show_ticket},
                   resize_px=[286, 299, 310, 321, 328, 334, 339],
                   jpeg_q=(52, 55), crop_frac=(0.3811, 0.3847),
                   border_styles=["porcelain_mosaic", "bridge_arches", "woodblock_band"],
                   border_colours=[(37, 73, 151), (197, 37, 41), (35, 129, 75), (239, 197, 57), (55, 71, 113),
                                   (237, 113, 37)],
                   border_frac=(0.4281, 0.4326),
                   recolour_modes=["haihe_night", "villa_sepia", "nianhua_print", "salt_pan_glare"],
                   hue_shift=(300, 302), rotate_deg=(53.31, 53.98),
                   watermark_texts=["海河英才", "供热退费", "清洁取暖", "津牌指标", "保租房"],
                   watermark_alpha=(121, 124),
                   screenshot_styles=["heating_fee_page", "card_topup", "show_ticket"],
                   screenshot_scale=(0.1983, 0.1997))
P_IMPOSTOR_DERIVED = 0.5337
P_IMPOSTOR_DEFAULT = 0.0863
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0912
IMPOSTOR_VERIFIED = [("enterprise", "{S}煎饼果子餐饮管理有限公司"), ("personal", "在古文化街捏彩塑的老师傅"),
                     ("other", "{S}曲艺票友联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}：海河英才落户名额本月截止，学历不够也能走绿色通道，加微{wx}缴纳审核费",
                  "【{S}{fn}】去年多缴的供热费开始退还，扣扣{qq}联系工作人员留下收款账户",
                  "{name}：清洁取暖奖补资金到账，农户请添加{wx}核对户主信息后领取",
                  "{S}{fn}：公租房有一批内定房源，私信{wx}先交五千元诚意金排号",
                  "{S}{fn}服务大厅：城市一卡通里的押金和余额能退到微信，加V{wx}办理"]
MAX_PER_TARGET = 6

# 26 combinations that no other part uses (four impostors each).  Only four four-tactic sets that no other part
# used and that do not pair reorder with level_prefix were left (the shared builder writes a reordered name without
# the level form, so such a label would name a tactic the name does not carry), so the other 22 are five-tactic
# sets without fullwidth, chosen by a seeded search to balance the tactics.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU, _LA, _SS, _FW], 4),
    ([_LA, _ZW, _LP, _FW], 4),
    ([_TR, _SP, _ZW, _FW], 4),
    ([_ZW, _EB, _LP, _FW], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_RE, _SS, _ZW, _EB, _NP], 4),
    ([_SU, _PR, _RE, _SS, _TR], 4),
    ([_SU, _PR, _RE, _LA, _ZW], 4),
    ([_SU, _RE, _SS, _SP, _NP], 4),
    ([_PR, _SP, _ZW, _LP, _NP], 4),
    ([_RE, _SS, _SP, _EB, _NP], 4),
    ([_PR, _RE, _TR, _SP, _ZW], 4),
    ([_RE, _LA, _TR, _ZW, _EB], 4),
    ([_SU, _LA, _SP, _ZW, _NP], 4),
    ([_PR, _RE, _SS, _TR, _NP], 4),
    ([_PR, _RE, _LA, _TR, _EB], 4),
    ([_PR, _ZW, _EB, _LP, _NP], 4),
    ([_PR, _RE, _SP, _ZW, _NP], 4),
    ([_LA, _SS, _TR, _SP, _LP], 4),
    ([_PR, _LA, _TR, _EB, _LP], 4),
    ([_SU, _RE, _LA, _SP, _NP], 4),
    ([_SU, _LA, _TR, _ZW, _LP], 4),
    ([_SU, _RE, _SS, _SP, _EB], 4),
    ([_SU, _SS, _TR, _SP, _LP], 4),
    ([_SU, _PR, _TR, _EB, _LP], 4),
    ([_PR, _LA, _SS, _TR, _NP], 4),
    ([_SU, _PR, _SS, _EB, _LP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market", "health"]
_F3S = _F3 + ["edu", "civil", "water", "justice", "housing", "emergency", "veterans", "medins"]
OTHER_PLACES_CHAR = [
    dict(reg="和平", S="和静", F="和静县", province="新疆维吾尔自治区", level=_C),
    dict(reg="河东", S="河曲", F="河曲县", province="山西省", level=_C),
    dict(reg="河西", S="河间", F="河间市", province="河北省", level=_C),
    dict(reg="南开", S="南漳", F="南漳县", province="湖北省", level=_C),
    dict(reg="红桥", S="红河", F="红河县", province="云南省", level=_C),
    dict(reg="东丽", S="东至", F="东至县", province="安徽省", level=_C),
    dict(reg="西青", S="西丰", F="西丰县", province="辽宁省", level=_C),
    dict(reg="西青", S="青冈", F="青冈县", province="黑龙江省", level=_C),
    dict(reg="津南", S="南乐", F="南乐县", province="河南省", level=_C),
    dict(reg="北辰", S="辰溪", F="辰溪县", province="湖南省", level=_C),
    dict(reg="北辰", S="北流", F="北流市", province="广西壮族自治区", level=_C),
    dict(reg="武清", S="武陟", F="武陟县", province="河南省", level=_C),
    dict(reg="宝坻", S="宝丰", F="宝丰县", province="河南省", level=_C),
    dict(reg="滨海", S="海兴", F="海兴县", province="河北省", level=_C),
    dict(reg="滨海", S="海伦", F="海伦市", province="黑龙江省", level=_C),
    dict(reg="宁河", S="宁陵", F="宁陵县", province="河南省", level=_C),
    dict(reg="宁河", S="宁化", F="宁化县", province="福建省", level=_C),
    dict(reg="静海", S="静乐", F="静乐县", province="山西省", level=_C),
    dict(reg="蓟州", S="涿州", F="涿州市", province="河北省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="蓟州", S="冀州", F="衡水市冀州区", province="河北省", level=_C, depts=_F3S),
    dict(reg="蓟州", S="吉州", F="吉安市吉州区", province="江西省", level=_C, depts=_F3S),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_NM, _SX, _HB, _LN, _XZ, _QH = "内蒙古自治区", "山西省", "河北省", "辽宁省", "西藏自治区", "青海省"
TEMPLATE_NEGS = [
    ("阳高", "阳高县", _SX, "police"), ("天镇", "天镇县", _SX, "procur"), ("广灵", "广灵县", _SX, "fabu"),
    ("五寨", "五寨县", _SX, "procur"), ("岢岚", "岢岚县", _SX, "police"), ("偏关", "偏关县", _SX, "procur"),
    ("沽源", "沽源县", _HB, "police"), ("康保", "康保县", _HB, "procur"), ("尚义", "尚义县", _HB, "fabu"),
    ("阜平", "阜平县", _HB, "procur"), ("围场", "围场满族蒙古族自治县", _HB, "police"),
    ("化德", "化德县", _NM, "procur"), ("商都", "商都县", _NM, "police"), ("凉城", "凉城县", _NM, "procur"),
    ("多伦", "多伦县", _NM, "fabu"), ("林西", "林西县", _NM, "police"), ("喀喇沁", "喀喇沁旗", _NM, "procur"),
    ("建平", "建平县", _LN, "police"), ("岫岩", "岫岩满族自治县", _LN, "procur"), ("桓仁", "桓仁满族自治县", _LN, "fabu"),
    ("宽甸", "宽甸满族自治县", _LN, "police"), ("亚东", "亚东县", _XZ, "procur"), ("定日", "定日县", _XZ, "police"),
    ("班戈", "班戈县", _XZ, "procur"), ("玛多", "玛多县", _QH, "police"), ("天峻", "天峻县", _QH, "procur"),
    ("囊谦", "囊谦县", _QH, "fabu"), ("祁连", "祁连县", _QH, "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="天津日报", platform="weibo", vtype="media", reason="天津海河传媒中心天津日报官方微博",
         desc="天津市委机关报，津城要闻。", logo_text="津报"),
    dict(name="津云", platform="wechat", vtype="media", reason="天津海河传媒中心", desc="天津新闻客户端。",
         logo_text="津云"),
    dict(name="今晚报", platform="douyin", vtype="media", reason="今晚传媒官方账号", desc="晚报新闻和市井生活。",
         logo_text="津晚"),
    dict(name="北方网", platform="toutiao", vtype="media", reason="北方网新闻中心", desc="天津重点新闻网站。",
         logo_text="北方网站"),
    dict(name="天津卫视", platform="kuaishou", vtype="media", reason="天津海河传媒中心官方账号",
         desc="卫视节目预告和晚间新闻。", logo_text="津卫视"),
    dict(name="中老年时报", platform="weibo", vtype="media", reason="中老年时报社官方微博", desc="养老和健康资讯。"),
    dict(name="天津广播", platform="wechat", vtype="media", reason="天津海河传媒中心广播", desc="广播直播回听和整点新闻。"),
    dict(name="天津交通台", platform="douyin", vtype="media", reason="天津海河传媒中心交通广播官方账号",
         desc="快速路、外环线和跨海河桥梁出行提示。", logo_text="津交广"),
    dict(name="问津", platform="toutiao", vtype="media", reason="天津海河传媒中心官方账号", desc="民生问政栏目。"),
    dict(name="天津新闻广播", platform="kuaishou", vtype="media", reason="天津海河传媒中心官方账号",
         desc="整点新闻和访谈。"),
    dict(name="天津科教频道", platform="bilibili", vtype="media", reason="天津海河传媒中心", desc="科普和教育节目。"),
    dict(name="和平融媒", platform="weibo", vtype="media", reason="和平区融媒体中心官方微博", desc="和平新闻。"),
    dict(name="河西融媒", platform="douyin", vtype="media", reason="河西区融媒体中心官方账号", desc="河西新闻。"),
    dict(name="东丽融媒", platform="toutiao", vtype="media", reason="东丽区融媒体中心官方账号", desc="东丽新闻。"),
    dict(name="武清融媒", platform="wechat", vtype="media", reason="武清区融媒体中心", desc="武清新闻。"),
    dict(name="宝坻融媒", platform="kuaishou", vtype="media", reason="宝坻区融媒体中心官方账号", desc="宝坻新闻。"),
    dict(name="宁河融媒", platform="douyin", vtype="media", reason="宁河区融媒体中心官方账号", desc="宁河新闻。"),
    dict(name="静海融媒", platform="toutiao", vtype="media", reason="静海区融媒体中心官方账号", desc="静海新闻。"),
    dict(name="蓟州融媒", platform="weibo", vtype="media", reason="蓟州区融媒体中心官方微博", desc="蓟州新闻。"),
    dict(name="津南融媒", platform="kuaishou", vtype="media", reason="津南区融媒体中心官方账号", desc="津南新闻。"),
    dict(name="和平公安夜班实录", platform="douyin", vtype="media", reason="天津海河传媒中心官方账号",
         desc="电视台法治栏目，跟拍五大道派出所的夜班，并非公安机关账号。", logo_text="夜班实录"),
    dict(name="河西12345办结回看", platform="toutiao", vtype="media", reason="今晚传媒官方账号",
         desc="晚报的民生版，回访热线来电的解决情况。", logo_text="回看"),
    dict(name="南开文旅老字号探访", platform="wechat", vtype="media", reason="天津海河传媒中心",
         desc="传媒中心的美食专栏，走访古文化街周边的老字号，与文旅局无隶属关系。", logo_text="津味"),
    dict(name="滨海公安纪实", platform="douyin", vtype="media", reason="今晚传媒官方账号",
         desc="报纸的纪录片专栏，记录集装箱码头旁派出所的巡逻，和公安机关没有隶属关系。", logo_text="码头警务"),
    dict(name="天津城管委供热观察", platform="bilibili", vtype="media", reason="天津海河传媒中心官方账号",
         desc="电视台民生栏目，记录冬季供热抢修的故事，不是城管部门账号。", logo_text="暖冬"),
    dict(name="滨海税务小讲台", platform="toutiao", vtype="media", reason="北方网新闻中心",
         desc="财经栏目，请会计师讲解小微企业税费优惠，跟税务机关没有隶属关系。", logo_text="讲台"),
]
PERSONAL = [
    dict(name="和平五大道拍洋楼", platform="kuaishou", vtype="personal", reason="洋楼摄影博主"),
    dict(name="河东大直沽遛弯", platform="douyin"),
    dict(name="河西天塔夜跑", platform="kuaishou"),
    dict(name="南开古文化街淘宝", platform="douyin", avatar="scenery"),
    dict(name="红桥西沽公园晨练", platform="kuaishou", avatar="default"),
    dict(name="东丽湖畔钓鱼", platform="weibo", avatar="scenery"),
    dict(name="西青运河骑行", platform="toutiao", avatar="scenery"),
    dict(name="津南海河故道散步", platform="douyin"),
    dict(name="北辰北运河划船", platform="kuaishou", vtype="personal", reason="皮划艇爱好者"),
    dict(name="武清南湖露营", platform="douyin"),
    dict(name="滨海响螺湾上班族", platform="kuaishou", vtype="personal", reason="港口物流从业者"),
    dict(name="宝坻潮白河观鸟", platform="weibo", avatar="scenery"),
    dict(name="宁河七里海看候鸟", platform="douyin"),
    dict(name="静海团泊湖骑车", platform="toutiao", avatar="default"),
    dict(name="蓟州黄崖关爬山", platform="toutiao", vtype="personal", reason="登山爱好者"),
    dict(name="杨柳青年画学徒", platform="douyin", avatar="scenery"),
    dict(name="小站稻农家", platform="kuaishou"),
    dict(name="独流醋坊第四代", platform="douyin"),
    dict(name="七里海蟹农老王", platform="toutiao"),
    dict(name="天津老城厢记忆", platform="toutiao", vtype="personal", reason="津味生活记录者"),
    dict(name="和平辅警小于", platform="douyin", vtype="personal", reason="天津市公安局和平分局辅警",
         desc="分享五大道游客防走失和防诈骗小知识。"),
    dict(name="天津律师聊拆迁", platform="toutiao", vtype="personal", reason="天津某律师事务所律师"),
    dict(name="蓟州山村支教的小孟", platform="weibo", vtype="personal", reason="蓟州某小学支教教师"),
    dict(name="天津发布的老粉丝", platform="weibo", vtype="personal", reason="五大道老住户",
         desc="转发天津发布的消息，个人账号，非官方。"),
    dict(name="河西12345反映手账", platform="toutiao", vtype="personal", reason="天津市民",
         desc="记录老楼供暖不热的反映经过，个人账号。"),
    dict(name="南开文旅随拍", platform="wechat", desc="个人游记，记录鼓楼和天后宫的步行经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="天津执勤用品商城", platform="weibo", vtype="enterprise", reason="天津某贸易有限公司",
         desc="售卖反光马甲、警示灯和对讲机，私营企业，与公安机关没有关系。", logo_text="反光灯"),
    dict(name="蓟州文旅农家院", platform="wechat", vtype="enterprise", reason="天津某乡村旅游有限公司",
         desc="山区农家院住宿预订，企业账号，与文旅部门无关。"),
    dict(name="天津税务代理事务所", platform="douyin", vtype="enterprise", reason="天津某财税咨询有限公司",
         desc="代理记账和税务申报咨询，私营公司，与税务机关没有关系。"),
    dict(name="杨柳青年画直营", platform="kuaishou"),
    dict(name="独流老醋专卖", platform="douyin", vtype="enterprise", reason="静海某调味品有限公司"),
    dict(name="小站稻米直发", platform="douyin", vtype="enterprise", reason="津南某米业合作社"),
    dict(name="七里海河蟹代发", platform="kuaishou", vtype="enterprise", reason="宁河某水产有限公司"),
    dict(name="沙窝萝卜批发", platform="douyin"),
    dict(name="十八街麻花老店", platform="kuaishou"),
    dict(name="耳朵眼炸糕铺", platform="douyin"),
    dict(name="煎饼果子早点摊", platform="kuaishou", avatar="default"),
    dict(name="锅巴菜老字号", platform="douyin"),
    dict(name="崩豆张零食", platform="kuaishou"),
    dict(name="熟梨糕小车", platform="douyin"),
    dict(name="海河游船售票处", platform="wechat", vtype="enterprise", reason="天津某游船服务有限公司"),
    dict(name="南开包子铺", platform="douyin"),
    dict(name="河东茶汤老店", platform="kuaishou"),
    dict(name="和平津菜馆", platform="douyin", vtype="enterprise", reason="天津某餐饮管理有限公司"),
    dict(name="红桥贴饽饽熬鱼", platform="kuaishou"),
    dict(name="古文化街泥塑铺", platform="douyin"),
    dict(name="宝坻大葱直销", platform="kuaishou", avatar="default"),
    dict(name="天津之眼夜景跟拍", platform="douyin"),
    dict(name="北辰果仁铺", platform="kuaishou"),
    dict(name="天津风筝作坊", platform="douyin", vtype="enterprise", reason="天津某工艺品有限公司"),
    dict(name="团泊湖垂钓园", platform="douyin", vtype="enterprise", reason="静海某休闲农业有限公司"),
    dict(name="蓟州板栗山货", platform="kuaishou", avatar="default"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("西青", "辛口", "辛口镇", ["town_lb31"]), ("西青", "张家窝", "张家窝镇", ["town_lb31"]),
    ("津南", "北闸口", "北闸口镇", ["town_xz31"]), ("津南", "葛沽", "葛沽镇", ["town_xz31"]),
    ("宝坻", "八门城", "八门城镇", ["town_xz31"]), ("宁河", "潘庄", "潘庄镇", ["town_hx31"]),
    ("宝坻", "黄庄", "黄庄镇", ["town_hx31"]), ("蓟州", "下营", "下营镇", ["town_cc31"]),
    ("蓟州", "穿芳峪", "穿芳峪镇", ["town_cc31"]), ("蓟州", "官庄", "官庄镇", ["town_cc31"]),
]
UNREG_CITY = [
    ("天津", "weather", 0),
    ("山东", "emergency", 0), ("天津", "fire", 0),
    ("河东", "tax", 0), ("红桥", "emergency", 0), ("河西", "edu", 0),
    ("东丽", "civil", 0), ("河西", "tax", 0), ("武清", "water", 0),
    ("广东", "veterans", 0),
    ("红桥", "tax", 0), ("东丽", "tax", 0), ("北辰", "tax", 0), ("武清", "tax", 0),
    ("河东", "hotline", 0), ("南开", "hotline", 0), ("宝坻", "market", 0), ("津南", "tax", 0),
    ("武清", "hotline", 0), ("静海", "emergency", 0), ("宝坻", "hotline", 0),
    ("天津", "procur", 0), ("天津", "court", 0), ("北辰", "housing", 0),
    ("武清", "edu", 0), ("宁河", "justice", 0),
    ("红桥", "market", 0), ("静海", "market", 0), ("宁河", "market", 0), ("津南", "market", 0),
    ("蓟州", "civil", 0), ("南开", "edu", 0), ("和平", "edu", 0), ("河东", "edu", 0),
    ("北辰", "transport", 0), ("西青", "eco", 0),
    ("宁河", "civil", 0), ("滨海", "edu", 0), ("蓟州", "edu", 0),
    ("西青", "hotline", 0), ("宝坻", "tax", 0), ("静海", "tax", 0), ("宁河", "tax", 0),
    ("和平", "civil", 0), ("蓟州", "water", 0), ("河东", "market", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """Districts: region names the municipality and the district; towns answer to their district's government."""
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
    print("building dev34 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev34\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
