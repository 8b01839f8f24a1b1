"""Thirty-third impostor part (dev33; built 2026-12-05 in the thirtieth session as the twenty-ninth blind held-out
part, demoted to tuning data in the thirty-first session).
Run: python eval/impostor/dev33/spec_dev33.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev32/ wherever the real inventory allows; the unavoidable reuses are listed in
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

PART = "dev33"
SEED = 73019
CRAWL_DAY = "2026-11-21"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "lg30": ("中国（{S}）自由贸易试验区临港新片区管理委员会", "中国（{S}）自由贸易试验区临港新片区管理委员会",
             ["{S}临港", "临港新片区"], "waves", None, "发布临港新片区产业政策、人才安居和滴水湖周边建设信息"),
    "lhsr30": ("{F}绿化和市容管理局", "{F}绿化和市容管理局", ["{S}绿化市容", "{S}市容绿化"], "leaf", None,
               "发布公园绿地开放、垃圾分类和市容环境整治信息"),
    "fg30": ("{F}房屋管理局", "{F}房屋管理局", ["{S}房管", "{S}房屋管理"], "house", None,
             "发布住房保障、旧区改造、保障性租赁住房和物业管理信息"),
    "jtw30": ("{F}交通委员会", "{F}交通委员会", ["{S}交通委", "{S}交通出行"], "bridge", None,
              "发布公交地铁线网调整、道路施工和出行服务信息"),
    "jcga30": ("{F}公安局国际机场分局", "{F}公安局国际机场分局", ["{S}机场公安", "{S}空港警方"], "shield",
               "police_emblem", "发布航站楼治安提示、旅客乘机安全须知和失物招领信息"),
    "zk30": ("{F}教育招生考试院", "{F}教育招生考试院", ["{S}招生考试院", "{S}教育招考"], "book", None,
             "发布高考、学业水平考试和成人高校招生的报名、成绩与录取信息"),
    "nk30": ("{F}农垦总局", "{F}农垦总局", ["{S}农垦", "{S}农垦总局"], "leaf", None,
             "发布垦区橡胶、剑麻、糖蔗生产和农场职工服务信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_xl30": ("{F}{DF}小笼文化服务中心", ["{DS}小笼服务", "{DS}小笼馆"], "house", None,
                  "发布小笼制作技艺展示、园林游览和游客服务信息"),
    "town_dt30": ("{F}{DF}丁蹄产业服务站", ["{DS}丁蹄服务", "{DS}丁蹄坊"], "house", None,
                  "发布丁蹄制作、老字号扶持和镇域文旅活动信息"),
    "town_kt30": ("{F}{DF}课植园游客服务中心", ["{DS}课植园服务", "{DS}扎肉香"], "pagoda", None,
                  "发布园林开放时间、放生桥游船和游客接待信息"),
    "town_pt30": ("{F}{DF}巨峰果园服务站", ["{DS}巨峰服务", "{DS}巨峰园"], "leaf", None,
                  "发布果园采摘季、果农技术培训和鲜果销售信息"),
    "town_ht30": ("{F}{DF}黄桃产业服务站", ["{DS}黄桃服务", "{DS}黄桃园"], "sun", None,
                  "发布黄桃采摘、套袋管护和鲜果收购信息"),
    "town_sm30": ("{F}{DF}水蜜桃产业服务站", ["{DS}水蜜桃服务", "{DS}水蜜桃园"], "sun", None,
                  "发布水蜜桃开园、果树修剪和产销对接信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"lg30": "临港", "lhsr30": "绿化市容", "fg30": "房管", "jtw30": "交通委", "jcga30": "机场公安",
               "zk30": "招生考试院", "nk30": "农垦", "town_xl30": "小笼服务", "town_dt30": "丁蹄服务",
               "town_kt30": "课植园服务", "town_pt30": "巨峰服务", "town_ht30": "黄桃服务",
               "town_sm30": "水蜜桃服务"}.items():
    G.FN.setdefault(_k, _v)

REGION_NAME = "上海"
REGION_FULL = "上海市"
# the municipality's literary name, written in place of its name on municipal accounts
SHEN_WORD = "申城"
# the municipality's internet nickname, written before the districts of the main urban area
MODU_WORD = "魔都"
# the west bank of the river, written before the central districts on that side
PUXI_WORD = "浦西"
# the central districts (all on the west bank)
CORE = {"黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦"}
# the main urban area the nickname is used for
URBAN = CORE | {"浦东", "闵行", "宝山"}
# districts written as a former district or county merged into them or that they replaced
OLD_NAME = {"静安": "闸北区", "黄浦": "卢湾区", "浦东": "南汇区", "闵行": "上海县", "崇明": "崇明县",
            "金山": "金山县", "松江": "松江县", "青浦": "青浦县", "奉贤": "奉贤县", "嘉定": "嘉定县",
            "宝山": "吴淞区"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_2d = ["wechat", "douyin"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_3w = ["weibo", "wechat", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
_4t = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="上海", F="上海市", area="021", landmark="skyline", nick="海纳百川",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "bilibili"]}),
                ("police", {"platforms": _4b, "unit": "上海市公安局"}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _2}),
                ("health", {"name_idx": 1, "platforms": _3, "names": {"wechat": "健康{S}12320"}}),
                ("tax", {"platforms": _3w, "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("medins", {"platforms": _2}),
                ("lg30", {"name_idx": 0, "avatar": "distinctive", "platforms": _4t}),
                ("lhsr30", {"name_idx": 0, "platforms": _3}),
                ("fg30", {"name_idx": 0, "platforms": _3w}),
                ("jtw30", {"name_idx": 0, "platforms": _4}),
                ("jcga30", {"name_idx": 0, "platforms": _3})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="齐鲁书香",
         depts=[("zk30", {"name_idx": 0, "platforms": _3w})]),
    dict(S="广东", F="广东省", area="020", landmark="skyline", nick="岭南垦区",
         depts=[("nk30", {"name_idx": 0, "platforms": _2})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="上海市"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
_FULL = [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
         ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("hotline", {"platforms": _2}),
         ("market", {"name_idx": 0, "platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]
CITIES = [
    _c("黄浦", "黄浦区", "021", "skyline", "外滩",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
        ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("hotline", {"platforms": _2})]),
    _c("徐汇", "徐汇区", "021", "tower", "武康路",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("长宁", "长宁区", "021", "bridge", "愚园路",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2}),
        ("culture", dict(_DC))]),
    _c("静安", "静安区", "021", "pagoda", "静安寺",
       [("fabu", {"platforms": _3k}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
        ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("health", {"name_idx": 0, "platforms": _2})]),
    _c("普陀", "普陀区", "021", "waves", "长风公园", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("虹口", "虹口区", "021", "tower", "多伦路",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC))]),
    _c("杨浦", "杨浦区", "021", "bridge", "杨浦滨江",
       [("fabu", {"platforms": _3t}), ("police", {"platforms": _2}),
        ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("闵行", "闵行区", "021", "skyline", "七宝老街", list(_FULL)),
    _c("宝山", "宝山区", "021", "waves", "吴淞口",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2}),
        ("market", {"name_idx": 0, "platforms": _2})]),
    _c("嘉定", "嘉定区", "021", "pagoda", "州桥老街",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC))],
       [dict(DS="南翔", DF="南翔镇", depts=[("town_xl30", {"platforms": _3})]),
        dict(DS="马陆", DF="马陆镇", depts=[("town_pt30", {"platforms": _2})])]),
    _c("浦东", "浦东新区", "021", "skyline", "陆家嘴", list(_FULL)),
    _c("金山", "金山区", "021", "waves", "城市沙滩",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _2})],
       [dict(DS="枫泾", DF="枫泾镇", depts=[("town_dt30", {"platforms": _2d})])]),
    _c("松江", "松江区", "021", "mountain", "佘山",
       [("fabu", {"platforms": _4b}), ("police", {"platforms": _2}), ("culture", dict(_DC))]),
    _c("青浦", "青浦区", "021", "waves", "淀山湖",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})],
       [dict(DS="朱家角", DF="朱家角镇", depts=[("town_kt30", {"platforms": _3})])]),
    _c("奉贤", "奉贤区", "021", "sun", "海湾森林",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("崇明", "崇明区", "021", "waves", "东滩",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("hotline", {"platforms": _2})]),
]

# districts' police and tax units carry the municipality's name, as they do in reality (the district police are
# branches named by the short name); the copies of _FULL share dicts, so each place gets its own first
for _C_ in CITIES:
    _C_["depts"] = [(k, dict(o)) for k, o in _C_["depts"]]
    for _k_, _o_ in _C_["depts"]:
        if _k_ == "police":
            _o_["unit"] = "上海市公安局" + _C_["S"] + "分局"
        elif _k_ == "tax":
            _o_["unit"] = "国家税务总局上海市" + _C_["F"] + "税务局"

RENAME_SHARE = 0.0622


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布海纳百川")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安警民直通车")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345随申办")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅乐游上海")
    if d == "lhsr30" and name == S + "绿化市容":
        opts.append(S + "绿化市容美丽家园")
    if d == "jcga30" and name == S + "机场公安":
        opts.append(S + "机场公安守护国门")
    if d == "jtw30" and name == S + "交通委":
        opts.append(S + "交通委出行即服务")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["随申码补办", "医保卡余额提现", "沪牌额度代拍", "积分落户加急", "人才公寓内部房源", "旧改征收款查询",
            "进博会入场证", "磁浮票半价", "养老金重算", "居住证加急", "生煎", "排骨年糕", "葱油拌面", "蟹壳黄",
            "粢饭团", "\ufe60额满即止\ufe60", "\u2021限本市户籍", "\ufe5f今日截止", "\u2e2c", "🥢", "外滩",
            "豫园", "新天地", "南京路"]
PREFIXES = ["沪上", "侬好", "一江一河", "外滩边", "陆家嘴", "石库门", "梧桐区", "苏州河畔",
            "\ufe62人才公寓\ufe62", "\u2020积分落户\u2020", "\ufe66进博福利\ufe66", "\u2e2c", "🧋",
            "弄堂里", "城隍庙", "滴水湖"]
LOOKALIKE = {
    "黄": ["莆"], "浦": ["涌"], "徐": ["律", "途"], "汇": ["沤", "汁"], "陀": ["院"], "虹": ["虾", "虬"],
    "杨": ["畅", "汤"], "闵": ["闰", "闲"], "行": ["衍"], "奉": ["拳"], "明": ["阴"], "新": ["斯"],
    "贤": ["坚"], "静": ["睁"], "定": ["足"], "泾": ["烃"], "朱": ["未"], "角": ["用"], "宝": ["宜"],
    "上": ["卡"], "金": ["釜"], "松": ["枞"], "枫": ["枧"], "翔": ["朔"], "嘉": ["嘏"], "长": ["怅"],
}
SAME_SOUND = {
    "浦": ["朴"], "汇": ["绘", "讳"], "静": ["净", "镜"], "陀": ["驼", "鸵"], "虹": ["鸿", "宏"],
    "杨": ["羊", "洋"], "闵": ["敏", "悯"], "嘉": ["加", "枷"], "贤": ["弦", "衔"], "朱": ["诸"],
    "枫": ["风", "封"], "泾": ["经"], "翔": ["详"], "金": ["襟"], "明": ["螟"],
}
TRAD_MODES = ["head_pair_conv", "ends_conv_only", "every_third_conv"]
# visible word separators other parts did not use: small-form signs, a double vertical line, a low quotation
# mark, daggers, a low asterisk, dot punctuation and the postal mark
SPACES = ["\ufe5f", "\ufe60", "\ufe62", "\ufe66", "\u2016", "\u201a", "\u2020", "\u2021", "\u204e", "\u2e2b",
          "\u2e2c", "\u3012"]
DOUBLE_SPACE_P = 0.0366
# variation selectors (supplement) no part used
ZERO_WIDTH = ["\U000e014f", "\U000e015b", "\U000e016c", "\U000e0179", "\U000e0186", "\U000e0191", "\U000e019d",
              "\U000e01a9", "\U000e01b5", "\U000e01c1", "\U000e01ce", "\U000e01da"]
EMOJI = ["🗼", "🎡", "🚅", "💹", "🪙", "🎠", "🧋", "🌆", "🛥", "🚊", "🛍", "🎷"]
BRACKETS = [("\u2952", "\u2953"), ("\u2956", "\u2957"), ("\u296a", "\u296c"), ("\u296b", "\u296d"),
            ("\u2b10", "\u2b0e"), ("\u2b11", "\u2b0f"), ("\u2ba6", "\u2ba7"), ("\U0001f81c", "\U0001f81e"),
            ("\U0001f820", "\U0001f822"), ("\U0001f824", "\U0001f826"), ("\U0001f83c", "\U0001f83e"),
            ("\U0001f8a8", "\U0001f8a9")]
FULLWIDTH_MODES = ["ol_chiki_digits", "new_tai_lue_digits", "right_half_ring_above", "down_tack_below"]
LEVEL_FORMS = ["shencheng_for_city", "modu_lead", "puxi_lead", "sh_short_lead", "sh_full_lead",
               "pre_merger_name", "town_under_shanghai"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警官说反诈", "{nick}夜巡手记", "{S}蓝朋友在弄堂"],
    "fabu": ["{S}政务茶话", "{nick}晨间速递", "{S}市民信箱"],
    "gov": ["{S}政务服务一点通", "{nick}市民办事角"],
    "health": ["{S}健康生煎铺", "{nick}梅雨季健康提示"],
    "tax": ["{S}办税小笼包", "{nick}个税年度汇算"],
    "hotline": ["{S}市民来电有回音", "{nick}热线跑腿员"],
    "culture": ["{S}梧桐漫步", "{nick}打卡攻略", "{S}城市微旅行"],
    "medins": ["{S}医保帮办", "{nick}长护险指南"],
    "market": ["{S}放心早餐铺", "{nick}维权小帮手"],
    "lg30": ["{S}临港招商直通", "{nick}滴水湖畔"],
    "lhsr30": ["{S}垃圾分类小能手", "{nick}街心花园"],
    "fg30": ["{S}安居小管家", "{nick}老房加梯"],
    "jtw30": ["{S}公交换乘宝典", "{nick}地铁早高峰"],
    "jcga30": ["{S}航站楼警务站", "{nick}登机安全员"],
    "zk30": ["{S}高考志愿填报辅导", "{nick}考生服务站"],
    "nk30": ["{S}垦区新风貌", "{nick}胶林故事"],
    "town_xl30": ["{S}小笼包手作课"],
    "town_dt30": ["{S}丁蹄老字号"],
    "town_kt30": ["{S}放生桥摇橹船"],
    "town_pt30": ["{S}巨峰采摘季"],
    "town_ht30": ["{S}黄桃熟了"],
    "town_sm30": ["{S}蜜桃开园啦"],
    "generic": ["{S}梧桐晨光", "{nick}弄堂烟火", "{S}黄浦江风"],
}


# ---- digit forms (the registered digit names are 12345, 12366 and 12320)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


def _digits(s, zero):
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "ol_chiki_digits": lambda s: _digits(s, 0x1C50),
    "new_tai_lue_digits": lambda s: _digits(s, 0x19D0),
    "right_half_ring_above": lambda s: _marks(s, "\u0357"),
    "down_tack_below": lambda s: _marks(s, "\u031e"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


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


def _shencheng_for_city(u, acc):
    """The municipality's literary name in place of its name on a municipal account."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return SHEN_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return SHEN_WORD + name[len(pl["S"]):]
    return None


def _modu_lead(u, acc):
    """The municipality's internet nickname before a district of the main urban area."""
    if u["place"]["S"] not in URBAN:
        return None
    return _lead(u, acc, MODU_WORD)


def _puxi_lead(u, acc):
    """The west bank before a central district."""
    if u["place"]["S"] not in CORE:
        return None
    return _lead(u, acc, PUXI_WORD)


def _sh_short_lead(u, acc):
    """The municipality's short name before a district."""
    return _lead(u, acc, REGION_NAME)


def _sh_full_lead(u, acc):
    """The municipality's full name before a district."""
    return _lead(u, acc, REGION_FULL)


def _former_name(u, acc):
    """A district written as a former district or county merged into it or replaced by it."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    return OLD_NAME[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _town_under_city(u, acc):
    """A town put directly under the municipality's name, its district left out."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or pl.get("province") != REGION_FULL or not name.startswith(pl["DS"]):
        return None
    return REGION_NAME + name


_FORM_MAKERS = {"shencheng_for_city": _shencheng_for_city, "modu_lead": _modu_lead, "puxi_lead": _puxi_lead,
                "sh_short_lead": _sh_short_lead, "sh_full_lead": _sh_full_lead, "pre_merger_name": _former_name,
                "town_under_shanghai": _town_under_city}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: municipal accounts
    the literary name, towns the municipality, districts with a former name often that name, central districts
    often the west bank, urban ones sometimes the nickname, the rest the short or full name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("shencheng_for_city", "town_under_shanghai"):
        if f in names:
            return f, names[f]
    if "pre_merger_name" in names and _h(acc, "sf") % 5 < 2:
        return "pre_merger_name", names["pre_merger_name"]
    if "puxi_lead" in names and _h(acc, "sp") % 3 == 0:
        return "puxi_lead", names["puxi_lead"]
    if "modu_lead" in names and _h(acc, "sm") % 3 == 1:
        return "modu_lead", names["modu_lead"]
    rest = [f for f in ("sh_short_lead", "sh_full_lead", "modu_lead", "puxi_lead", "pre_merger_name")
            if f in names]
    f = rest[_h(acc, "sx") % len(rest)]
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


def _t_head_pair(s, u, r):
    """The first two convertible characters (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[:2])


def _t_ends_only(s, u, r):
    """The first and the last convertible characters (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, sorted({idx[0], idx[-1]}))


def _t_every_third(s, u, r):
    """The first, fourth, seventh ... convertible characters."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[::3])


TRAD_FUNCS = {"head_pair_conv": _t_head_pair, "ends_conv_only": _t_ends_only, "every_third_conv": _t_every_third}


# ---- image edits
def _shikumen_brick(img, rng):
    """Shikumen brick: the picture washed toward a grey-red brick tone, shadows kept cool."""
    a = np.asarray(img, float)
    k = rng.uniform(0.27, 0.33)
    lum = a.mean(axis=2, keepdims=True) / 255.0
    tone = (1 - lum) * np.array([74, 70, 72], float) + lum * np.array([168, 86, 70], float)
    out = a * (1 - k) + tone * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"shikumen brick k{k:.2f}"


def _huangpu_dusk(img, rng):
    """River dusk: a vertical gradient from orange at the top to violet at the bottom laid over the picture."""
    a = np.asarray(img, float)
    h = a.shape[0]
    t = (np.arange(h) / max(1, h - 1))[:, None, None]
    grad = (1 - t) * np.array([246, 150, 60], float) + t * np.array([92, 52, 140], float)
    k = rng.uniform(0.23, 0.29)
    out = a * (1 - k) + grad * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"river dusk k{k:.2f}"


def _plum_rain(img, rng):
    """Plum rain: colours muted toward a damp green-grey with faint diagonal streaks."""
    a = np.asarray(img, float)
    g = a.mean(axis=2, keepdims=True)
    k = rng.uniform(0.34, 0.4)
    out = a * (1 - k) + (g * 0.6 + np.array([60, 84, 72], float) * 0.4) * k
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    streak = ((xx + 2 * yy) % 11 == 0)[..., None] * 14.0
    out = out + streak
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"plum rain k{k:.2f}"


def _cyan_print(img, rng):
    """Cyanotype print: luminance mapped to a Prussian-blue ramp."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([16, 42, 86], float)
    light = np.array([214, 232, 244], float)
    gam = rng.uniform(1.06, 1.14)
    out = dark + (light - dark) * (g ** gam)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"cyan print g{gam:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _shikumen_frame(img, rng, P):
    """A shikumen gate: grey-blue brick courses with white joints around the picture and a dark lintel with a
    triangular pediment along the top."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (104, 110, 118))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    course = max(5, pad // 5)
    for y in range(0, W, course):
        d.line([(0, y), (W, y)], fill=(226, 226, 220), width=1)
        off = (y // course) % 2 * course
        for x in range(off, W, 2 * course):
            d.line([(x, y), (x, y + course)], fill=(226, 226, 220), width=1)
    d.polygon([(pad // 2, pad), (W // 2, max(2, pad // 6)), (W - pad // 2, pad)], fill=(52, 48, 46))
    d.rectangle([pad - 3, pad - 3, W - pad + 2, W - pad + 2], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border shikumen"


def _skyline_frame(img, rng, P):
    """A waterfront skyline: a navy ground with a row of tower silhouettes of varying height along the bottom edge
    and a thin gold band at the top."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (24, 34, 70))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    step = max(8, pad // 2)
    for k, x in enumerate(range(0, W, step)):
        hgt = pad // 3 + (k * 7 % 5) * pad // 6
        d.rectangle([x + 1, W - hgt, x + step - 2, W], fill=(70, 82, 120))
        if k % 4 == 1:
            d.ellipse([x + step // 4, W - hgt - step // 2, x + 3 * step // 4, W - hgt], fill=(210, 70, 120))
    d.rectangle([0, 0, W, max(2, pad // 8)], fill=(212, 176, 84))
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=c2, width=2)
    out.paste(img, (pad, pad))
    return out, "border skyline"


def _lilong_lattice(img, rng, P):
    """A lane-house window lattice: a dark wood ground crossed by a square lattice of lighter bars."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (92, 56, 36))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    cell = max(6, pad // 3)
    for t in range(0, W, cell):
        d.line([(t, 0), (t, W)], fill=(168, 124, 82), width=2)
        d.line([(0, t), (W, t)], fill=(168, 124, 82), width=2)
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border lattice"


def _shot_points(img, rng, P, out_px):
    """A points-based settlement application page: a teal header, a progress bar with four steps, a score box and
    two grey form rows, the avatar small at the top left under the header."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 248, 248))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(0, 138, 140))
    d.rectangle([int(0.1 * S), int(0.3 * S), int(0.9 * S), int(0.33 * S)], fill=(200, 210, 210))
    d.rectangle([int(0.1 * S), int(0.3 * S), int(0.62 * S), int(0.33 * S)], fill=(0, 170, 160))
    for k in range(4):
        x = int((0.1 + 0.8 * k / 3) * S)
        d.ellipse([x - 10, int(0.315 * S) - 10, x + 10, int(0.315 * S) + 10], fill=(0, 170, 160) if k < 3 else
                  (200, 210, 210))
    d.rectangle([int(0.3 * S), int(0.42 * S), int(0.7 * S), int(0.6 * S)], outline=(230, 120, 40), width=6)
    for k in range(2):
        y = int((0.68 + 0.1 * k) * S)
        d.rectangle([int(0.08 * S), y, int(0.92 * S), y + int(0.06 * S)], fill=(224, 230, 230))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.05 * S), int(0.12 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot points page scale {a / S:.3f}"


def _shot_metro_code(img, rng, P, out_px):
    """A metro ride code: a red page, a white card with a large square code, a line-colour strip of eight
    segments, the avatar small at the top right of the card."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (206, 30, 44))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.08 * S), int(0.16 * S), int(0.92 * S), int(0.9 * S)], radius=30, fill=(252, 252, 252))
    d.rectangle([int(0.28 * S), int(0.3 * S), int(0.72 * S), int(0.74 * S)], fill=(20, 20, 20))
    for k in range(4):
        x = int((0.32 + 0.09 * k) * S)
        d.rectangle([x, int(0.34 * S), x + int(0.05 * S), int(0.39 * S)], fill=(252, 252, 252))
    cols = [(228, 0, 43), (151, 215, 0), (255, 210, 0), (88, 44, 131), (148, 77, 154), (215, 0, 111),
            (255, 105, 0), (0, 148, 216)]
    seg = (0.84 * S) / len(cols)
    for k, c in enumerate(cols):
        d.rectangle([int(0.08 * S + k * seg), int(0.8 * S), int(0.08 * S + (k + 1) * seg), int(0.84 * S)], fill=c)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.9 * S) - a, int(0.18 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot metro code scale {a / S:.3f}"


def _shot_plate_auction(img, rng, P, out_px):
    """A licence-plate auction result: a dark-blue header, a large blue plate rectangle, a row of six price cells
    with the last one green, the avatar small at the bottom left."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (238, 240, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.12 * S)], fill=(24, 44, 96))
    d.rectangle([int(0.18 * S), int(0.2 * S), int(0.82 * S), int(0.42 * S)], fill=(20, 80, 200),
                outline=(250, 250, 250), width=6)
    for k in range(6):
        x = int((0.08 + 0.145 * k) * S)
        d.rectangle([x, int(0.55 * S), x + int(0.12 * S), int(0.67 * S)],
                    fill=(60, 180, 90) if k == 5 else (214, 218, 228))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.05 * S), int(0.95 * S) - a))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot plate auction scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"shikumen_brick": _shikumen_brick, "huangpu_dusk": _huangpu_dusk,
                                   "plum_rain": _plum_rain, "cyan_print": _cyan_print},
                   border_funcs={"shikumen_frame": _shikumen_frame, "skyline_frame": _skyline_frame,
                                 "lilong_lattice": _lilong_lattice},
                   screenshot_funcs={"points_page": _shot_points, "metro_code": _shot_metro_code,
                                     "plate_auction": _shot_plate_auction},
                   resize_px=[315, 319, 323, 326, 330, 336, 341],
                   jpeg_q=(61, 63), crop_frac=(0.4027, 0.4042),
                   border_styles=["shikumen_frame", "skyline_frame", "lilong_lattice"],
                   border_colours=[(103, 111, 117), (211, 177, 83), (25, 35, 71), (167, 123, 83), (93, 57, 35),
                                   (1, 137, 139)],
                   border_frac=(0.4581, 0.4597),
                   recolour_modes=["shikumen_brick", "huangpu_dusk", "plum_rain", "cyan_print"],
                   hue_shift=(339, 341), rotate_deg=(61.0, 61.6),
                   watermark_texts=["落户加急", "人才公寓", "额度代拍", "征收款", "进博福利"],
                   watermark_alpha=(150, 152),
                   screenshot_styles=["points_page", "metro_code", "plate_auction"],
                   screenshot_scale=(0.0571, 0.0584))
P_IMPOSTOR_DERIVED = 0.5302
P_IMPOSTOR_DEFAULT = 0.0826
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0874
IMPOSTOR_VERIFIED = [("enterprise", "{S}弄堂生煎餐饮管理有限公司"), ("personal", "在城隍庙摆摊卖梨膏糖的阿婆"),
                     ("other", "{S}本帮菜同业交流会")]
IMPOSTOR_DESCS = ["{S}{fn}：人才公寓尚有少量内部房源，加微{wx}登记，先交三个月押金锁定房号",
                  "【{S}{fn}】积分落户加急通道开放，材料不齐也能办，扣扣{qq}联系专员",
                  "{name}：旧改征收补偿款分批发放，被征收户添加{wx}报一下收款卡号再领",
                  "{S}{fn}：车牌额度内部名额，中标价打八折，私信{wx}付定金",
                  "{S}{fn}二号窗口，医保卡里的历年结余能转进微信零钱，加V{wx}代办"]
MAX_PER_TARGET = 6

# 26 four-tactic combinations that no other part uses (four impostors each), no two- or three-tactic
# combination.  None pairs reorder with level_prefix (the shared builder writes a reordered name without the level
# form, so the label would name a tactic the name does not carry); only twelve free sets without fullwidth are
# left then, so fourteen carry fullwidth (planned first, since few targets carry digits), seven of them with
# level_prefix.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_TR, _SP, _LP, _FW], 4),
    ([_LA, _SS, _LP, _FW], 4),
    ([_TR, _ZW, _LP, _FW], 4),
    ([_SU, _LA, _LP, _FW], 4),
    ([_SP, _ZW, _LP, _FW], 4),
    ([_LA, _SP, _LP, _FW], 4),
    ([_ZW, _LP, _NP, _FW], 4),
    ([_PR, _TR, _LP, _FW], 4),
    ([_RE, _SS, _SP, _FW], 4),
    ([_SU, _RE, _LA, _FW], 4),
    ([_SP, _ZW, _NP, _FW], 4),
    ([_SU, _TR, _EB, _FW], 4),
    ([_SU, _PR, _NP, _FW], 4),
    ([_SU, _SS, _EB, _FW], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_SU, _PR, _SS, _TR], 4),
    ([_SU, _RE, _ZW, _EB], 4),
    ([_SU, _LA, _SS, _SP], 4),
    ([_SU, _LA, _ZW, _EB], 4),
    ([_PR, _RE, _SS, _EB], 4),
    ([_PR, _RE, _SP, _NP], 4),
    ([_PR, _LA, _SS, _TR], 4),
    ([_RE, _SS, _ZW, _EB], 4),
    ([_LA, _SS, _TR, _ZW], 4),
    ([_LA, _TR, _ZW, _EB], 4),
    ([_LA, _TR, _EB, _NP], 4),
    ([_SS, _ZW, _EB, _NP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market", "health"]
_F3S = _F3 + ["edu", "civil", "water", "justice", "housing", "emergency", "veterans", "medins"]
OTHER_PLACES_CHAR = [
    dict(reg="黄浦", S="黄岩", F="台州市黄岩区", province="浙江省", level=_C),
    dict(reg="黄浦", S="黄梅", F="黄梅县", province="湖北省", level=_C),
    dict(reg="徐汇", S="徐水", F="保定市徐水区", province="河北省", level=_C),
    dict(reg="长宁", S="长丰", F="长丰县", province="安徽省", level=_C),
    dict(reg="静安", S="静宁", F="静宁县", province="甘肃省", level=_C),
    dict(reg="普陀", S="普定", F="普定县", province="贵州省", level=_C),
    dict(reg="虹口", S="河口", F="河口瑶族自治县", province="云南省", level=_C),
    dict(reg="杨浦", S="杨陵", F="咸阳市杨陵区", province="陕西省", level=_C),
    dict(reg="闵行", S="行唐", F="行唐县", province="河北省", level=_C),
    dict(reg="宝山", S="宝应", F="宝应县", province="江苏省", level=_C),
    dict(reg="嘉定", S="嘉善", F="嘉善县", province="浙江省", level=_C),
    dict(reg="嘉定", S="嘉鱼", F="嘉鱼县", province="湖北省", level=_C),
    dict(reg="浦东", S="浦城", F="浦城县", province="福建省", level=_C),
    dict(reg="金山", S="金寨", F="金寨县", province="安徽省", level=_C),
    dict(reg="松江", S="松阳", F="松阳县", province="浙江省", level=_C),
    dict(reg="青浦", S="青田", F="青田县", province="浙江省", level=_C),
    dict(reg="青浦", S="青阳", F="青阳县", province="安徽省", level=_C),
    dict(reg="奉贤", S="奉化", F="宁波市奉化区", province="浙江省", level=_C),
    dict(reg="崇明", S="崇州", F="崇州市", province="四川省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="静安", S="靖安", F="靖安县", province="江西省", level=_C, depts=_F3S),
    dict(reg="长宁", S="常宁", F="常宁市", province="湖南省", level=_C, depts=_F3S),
    dict(reg="宝山", S="保山", F="保山市", province="云南省", level="city", depts=_F3S),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_ZJ, _JS, _AH, _JX, _HL, _JL = "浙江省", "江苏省", "安徽省", "江西省", "黑龙江省", "吉林省"
TEMPLATE_NEGS = [
    ("如东", "如东县", _JS, "procur"), ("嵊泗", "嵊泗县", _ZJ, "police"), ("岱山", "岱山县", _ZJ, "procur"),
    ("长兴", "长兴县", _ZJ, "procur"), ("仙居", "仙居县", _ZJ, "police"), ("景宁", "景宁畲族自治县", _ZJ, "procur"),
    ("庆元", "庆元县", _ZJ, "fabu"), ("云和", "云和县", _ZJ, "police"), ("开化", "开化县", _ZJ, "procur"),
    ("泰顺", "泰顺县", _ZJ, "fabu"), ("射阳", "射阳县", _JS, "police"), ("响水", "响水县", _JS, "procur"),
    ("灌云", "灌云县", _JS, "fabu"), ("泗洪", "泗洪县", _JS, "police"), ("高邮", "高邮市", _JS, "procur"),
    ("旌德", "旌德县", _AH, "fabu"), ("祁门", "祁门县", _AH, "police"), ("休宁", "休宁县", _AH, "procur"),
    ("望江", "望江县", _AH, "procur"), ("枞阳", "枞阳县", _AH, "police"), ("婺源", "婺源县", _JX, "procur"),
    ("铅山", "铅山县", _JX, "procur"), ("都昌", "都昌县", _JX, "police"), ("抚远", "抚远市", _HL, "procur"),
    ("嘉荫", "嘉荫县", _HL, "procur"), ("靖宇", "靖宇县", _JL, "police"), ("汪清", "汪清县", _JL, "procur"),
    ("逊克", "逊克县", _HL, "fabu"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="解放日报", platform="weibo", vtype="media", reason="上海报业集团解放日报社官方微博",
         desc="上海市委主办的日报，申城要闻。", logo_text="解放"),
    dict(name="上观新闻", platform="wechat", vtype="media", reason="解放日报社", desc="解放日报新闻客户端。",
         logo_text="上观"),
    dict(name="看看新闻Knews", platform="douyin", vtype="media", reason="上海广播电视台官方账号",
         desc="广电融媒体视频新闻。", logo_text="看看"),
    dict(name="澎湃新闻", platform="toutiao", vtype="media", reason="上海报业集团官方账号", desc="时政与思想新闻。",
         logo_text="澎湃"),
    dict(name="新民晚报", platform="kuaishou", vtype="media", reason="新民晚报社官方账号", desc="晚间新闻和市井生活。",
         logo_text="新民"),
    dict(name="文汇报", platform="weibo", vtype="media", reason="文汇报社官方微博", desc="文化与知识界新闻。"),
    dict(name="东方网", platform="wechat", vtype="media", reason="东方网股份有限公司", desc="上海重点新闻网站。"),
    dict(name="第一财经", platform="douyin", vtype="media", reason="上海广播电视台第一财经官方账号",
         desc="财经新闻和市场资讯。", logo_text="一财"),
    dict(name="新闻晨报周到", platform="toutiao", vtype="media", reason="新闻晨报社官方账号", desc="早间都市新闻。"),
    dict(name="劳动报", platform="kuaishou", vtype="media", reason="劳动报社官方账号", desc="职工权益和就业新闻。"),
    dict(name="东方卫视", platform="wechat", vtype="media", reason="上海广播电视台", desc="卫视频道节目和新闻。"),
    dict(name="上海交通广播", platform="weibo", vtype="media", reason="上海广播电视台交通广播官方微博",
         desc="高架、隧道和越江大桥出行提示。", logo_text="沪交广"),
    dict(name="话匣子", platform="douyin", vtype="media", reason="上海广播电视台广播官方账号",
         desc="广播节目音频和新闻。"),
    dict(name="闵行融媒", platform="toutiao", vtype="media", reason="闵行区融媒体中心官方账号", desc="闵行新闻。"),
    dict(name="嘉定融媒", platform="wechat", vtype="media", reason="嘉定区融媒体中心", desc="嘉定新闻。"),
    dict(name="松江融媒", platform="kuaishou", vtype="media", reason="松江区融媒体中心官方账号", desc="松江新闻。"),
    dict(name="青浦融媒", platform="douyin", vtype="media", reason="青浦区融媒体中心官方账号", desc="青浦新闻。"),
    dict(name="奉贤融媒", platform="toutiao", vtype="media", reason="奉贤区融媒体中心官方账号", desc="奉贤新闻。"),
    dict(name="金山融媒", platform="weibo", vtype="media", reason="金山区融媒体中心官方微博", desc="金山新闻。"),
    dict(name="崇明融媒", platform="kuaishou", vtype="media", reason="崇明区融媒体中心官方账号", desc="崇明新闻。"),
    dict(name="黄浦公安纪事", platform="douyin", vtype="media", reason="上海广播电视台官方账号",
         desc="电视台法治栏目，跟拍外滩派出所的夜班，并非公安机关账号。", logo_text="外滩夜"),
    dict(name="长宁12345回访", platform="toutiao", vtype="media", reason="新民晚报社官方账号",
         desc="报社民生栏目，回访热线工单的办理结果。", logo_text="跟单"),
    dict(name="徐汇文旅漫游记", platform="wechat", vtype="media", reason="上海报业集团",
         desc="报业集团的城市漫步专栏，走访衡复风貌区的老洋房，不隶属文旅部门。", logo_text="衡复"),
    dict(name="宝山公安故事", platform="douyin", vtype="media", reason="劳动报社官方账号",
         desc="报纸的记录片专栏，拍摄港区派出所民警的日常，不隶属公安部门。", logo_text="吴淞"),
    dict(name="上海机场公安夜航", platform="bilibili", vtype="media", reason="上海广播电视台官方账号",
         desc="电视台纪录片栏目，讲述航站楼夜间勤务的故事，不是公安部门账号。", logo_text="夜航"),
    dict(name="浦东税务讲堂", platform="toutiao", vtype="media", reason="第一财经官方账号",
         desc="财经栏目，邀请会计师解读小微企业减税政策，并不隶属税务机关。", logo_text="税惠"),
]
PERSONAL = [
    dict(name="黄浦外滩拍照阿杰", platform="kuaishou", vtype="personal", reason="城市摄影博主"),
    dict(name="徐汇武康路咖啡客", platform="douyin"),
    dict(name="长宁愚园路遛狗", platform="kuaishou"),
    dict(name="静安寺旁的裁缝铺", platform="douyin", avatar="scenery"),
    dict(name="普陀长风公园晨练", platform="kuaishou", avatar="default"),
    dict(name="虹口多伦路淘书", platform="weibo", avatar="scenery"),
    dict(name="杨浦滨江骑行", platform="toutiao", avatar="scenery"),
    dict(name="闵行七宝方糕阿姨", platform="douyin"),
    dict(name="宝山吴淞口看邮轮", platform="kuaishou", vtype="personal", reason="邮轮旅行爱好者"),
    dict(name="嘉定州桥老街茶客", platform="douyin"),
    dict(name="浦东陆家嘴打工人", platform="kuaishou", vtype="personal", reason="金融从业者"),
    dict(name="金山城市沙滩冲浪", platform="weibo", avatar="scenery"),
    dict(name="松江佘山登高", platform="douyin"),
    dict(name="青浦淀山湖钓友", platform="toutiao", avatar="default"),
    dict(name="奉贤海湾观鸟", platform="toutiao", vtype="personal", reason="自然观察爱好者"),
    dict(name="崇明东滩骑车环岛", platform="douyin", avatar="scenery"),
    dict(name="南翔小笼学徒", platform="kuaishou"),
    dict(name="枫泾丁蹄第三代", platform="douyin"),
    dict(name="朱家角摇橹船娘", platform="toutiao"),
    dict(name="上海弄堂生活记录", platform="toutiao", vtype="personal", reason="沪语生活记录者"),
    dict(name="黄浦辅警小沈", platform="douyin", vtype="personal", reason="上海市公安局黄浦分局辅警",
         desc="分享外滩游客防走失和防诈骗小知识。"),
    dict(name="上海律师聊旧改", platform="toutiao", vtype="personal", reason="上海某律师事务所律师"),
    dict(name="崇明支教的小顾", platform="weibo", vtype="personal", reason="崇明某小学支教教师"),
    dict(name="上海发布的老读者", platform="weibo", vtype="personal", reason="石库门老住户",
         desc="转发上海发布的消息，个人账号，非官方。"),
    dict(name="长宁12345求助日记", platform="toutiao", vtype="personal", reason="上海市民",
         desc="记录小区老楼加装电梯的办理经过，个人账号。"),
    dict(name="静安文旅散步", platform="wechat", desc="个人游记，记录张园和愚园路的步行经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="上海警用装备商行", platform="weibo", vtype="enterprise", reason="上海某贸易有限公司",
         desc="销售执勤背心和强光手电，私营企业，与公安机关没有关系。", logo_text="执勤"),
    dict(name="崇明文旅农家乐", platform="wechat", vtype="enterprise", reason="上海某乡村旅游有限公司",
         desc="农家乐住宿预订，企业账号，与文旅部门无关。"),
    dict(name="上海税务咨询工作室", platform="douyin", vtype="enterprise", reason="上海某财务咨询有限公司",
         desc="代账和注销咨询，私营公司，与税务机关没有关系。"),
    dict(name="南翔小笼直营", platform="kuaishou"),
    dict(name="枫泾丁蹄专卖", platform="douyin", vtype="enterprise", reason="金山某食品有限公司"),
    dict(name="马陆巨峰直发", platform="douyin", vtype="enterprise", reason="嘉定某果业合作社"),
    dict(name="奉贤黄桃代发", platform="kuaishou", vtype="enterprise", reason="奉贤某农业有限公司"),
    dict(name="朱家角扎肉铺", platform="douyin"),
    dict(name="七宝方糕老店", platform="kuaishou"),
    dict(name="城隍庙梨膏糖", platform="douyin"),
    dict(name="崇明糕团作坊", platform="kuaishou", avatar="default"),
    dict(name="崇明金瓜批发", platform="douyin"),
    dict(name="南汇水蜜桃果园", platform="kuaishou"),
    dict(name="松江大米直供", platform="douyin"),
    dict(name="黄浦江游船售票", platform="wechat", vtype="enterprise", reason="上海某游船服务有限公司"),
    dict(name="虹口生煎小馆", platform="douyin"),
    dict(name="静安排骨年糕", platform="kuaishou"),
    dict(name="徐汇本帮菜馆", platform="douyin", vtype="enterprise", reason="上海某餐饮管理有限公司"),
    dict(name="杨浦葱油拌面", platform="kuaishou"),
    dict(name="豫园文创小铺", platform="douyin"),
    dict(name="长宁蟹壳黄", platform="kuaishou", avatar="default"),
    dict(name="陆家嘴夜景摄影", platform="douyin"),
    dict(name="普陀粢饭团", platform="kuaishou"),
    dict(name="上海五香豆", platform="douyin", vtype="enterprise", reason="上海某食品有限公司"),
    dict(name="淀山湖露营基地", platform="douyin", vtype="enterprise", reason="青浦某户外运动有限公司"),
    dict(name="金山枫泾黄酒坊", platform="kuaishou", avatar="default"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("浦东", "大团", "大团镇", ["town_sm30"]), ("浦东", "宣桥", "宣桥镇", ["town_sm30"]),
    ("奉贤", "青村", "青村镇", ["town_ht30"]), ("奉贤", "庄行", "庄行镇", ["town_ht30"]),
    ("金山", "吕巷", "吕巷镇", ["town_ht30"]), ("嘉定", "外冈", "外冈镇", ["town_pt30"]),
    ("青浦", "金泽", "金泽镇", ["town_kt30"]), ("青浦", "练塘", "练塘镇", ["town_kt30"]),
    ("金山", "廊下", "廊下镇", ["town_dt30"]), ("宝山", "罗店", "罗店镇", ["town_xl30"]),
]
UNREG_CITY = [
    ("上海", "weather", 0),
    ("山东", "weather", 0), ("上海", "fire", 0),
    ("普陀", "culture", 0), ("杨浦", "emergency", 0), ("徐汇", "edu", 0),
    ("虹口", "civil", 0), ("长宁", "tax", 0), ("松江", "water", 0),
    ("广东", "fire", 0),
    ("普陀", "tax", 0), ("虹口", "tax", 0), ("宝山", "tax", 0), ("嘉定", "tax", 0),
    ("虹口", "hotline", 0), ("杨浦", "hotline", 0), ("嘉定", "market", 0), ("徐汇", "tax", 0),
    ("普陀", "hotline", 0), ("奉贤", "emergency", 0), ("徐汇", "hotline", 0),
    ("上海", "procur", 0), ("上海", "court", 0), ("嘉定", "housing", 0),
    ("松江", "edu", 0), ("青浦", "justice", 0),
    ("松江", "market", 0), ("奉贤", "market", 0), ("青浦", "market", 0), ("金山", "market", 0),
    ("崇明", "civil", 0), ("静安", "edu", 0), ("黄浦", "edu", 0), ("长宁", "edu", 0),
    ("杨浦", "transport", 0), ("嘉定", "eco", 0),
    ("金山", "civil", 0), ("浦东", "edu", 0), ("闵行", "edu", 0),
    ("松江", "hotline", 0), ("金山", "hotline", 0), ("奉贤", "tax", 0), ("青浦", "tax", 0), ("崇明", "tax", 0),
    ("静安", "civil", 0), ("崇明", "water", 0),
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
    print("building dev33 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev33\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
