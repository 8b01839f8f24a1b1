"""Thirty-first impostor part (dev31; built 2026-12-05 in the twenty-eighth session as the twenty-seventh blind
held-out part, demoted to tuning data in the twenty-ninth session).
Run: python eval/impostor/dev31/spec_dev31.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev30/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its provincial
bodies, and districts, counties and county-level cities, plus a few towns), plus one unused provincial body each of
Shandong and Guangdong, so the registry is the supervising office's registry for three provinces.  Part-specific
machinery (new unit and town kinds, level forms, traditional-form modes, digit forms, colour filters, frames,
screenshot layouts, the registry's region fix) lives in this file, not in gen_common.py.
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

PART = "dev31"
SEED = 45817
CRAWL_DAY = "2026-12-02"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "zmg28": ("{F}自由贸易港工作委员会办公室", "{F}自由贸易港工作委员会办公室", ["{S}自贸港", "{S}自由贸易港"],
              "globe", None, "发布自由贸易港政策解读、零关税清单和封关运作信息"),
    "yulin28": ("{S}热带雨林国家公园管理局", "{S}热带雨林国家公园管理局", ["{S}热带雨林", "{S}雨林公园"], "leaf",
                None, "发布雨林保护、长臂猿监测和国家公园入园须知"),
    "nanfan28": ("{F}南繁管理局", "{F}南繁管理局", ["{S}南繁", "{S}南繁基地"], "sun", None,
                 "发布南繁育种基地管理、种质资源保护和植物检疫信息"),
    "lvwen28": ("{F}旅游和文化广电体育厅", "{F}旅游和文化广电体育局", ["{S}旅文", "{S}旅文厅"], "pagoda", None,
                "推介海岛旅游、文化活动和体育赛事，发布出游提示"),
    "fangfeng28": ("{F}防汛防风防旱总指挥部办公室", "{F}防汛防风防旱指挥部办公室", ["{S}防风防汛", "{S}防台风"],
                   "warning", None, "发布台风路径、防风防汛应急响应和船只回港避风信息"),
    "yuzheng28": ("{F}海洋与渔业执法监察局", "{F}海洋与渔业执法监察局", ["{S}渔业执法", "{S}海上执法"], "waves",
                  None, "发布伏季休渔执法、海上巡航和渔船安全信息"),
    "zhongyi28": ("{F}中医药局", "{F}中医药局", ["{S}中医药", "{S}中医药局"], "cross", None,
                  "发布中医药政策、名老中医传承和中医药服务信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_tm28": ("{F}{DF}渔港服务中心", ["{DS}渔港服务", "{DS}渔港"], "waves", None,
                  "发布渔船进出港、休渔期管理和渔民安全生产信息"),
    "town_ht28": ("{F}{DF}航天旅游服务中心", ["{DS}航天小镇", "{DS}观箭服务"], "sun", None,
                  "发布火箭发射观礼安排、交通管制和游客服务信息"),
    "town_xj28": ("{F}{DF}橡胶产业服务站", ["{DS}胶农服务", "{DS}橡胶站"], "leaf", None,
                  "发布割胶技术、胶价行情和胶园管护信息"),
    "town_yz28": ("{F}{DF}椰子产业服务站", ["{DS}椰农之家", "{DS}椰子服务"], "leaf", None,
                  "发布椰苗补植、椰子收购和椰林保护信息"),
    "town_ly28": ("{F}{DF}乡村旅游服务中心", ["{DS}乡村游", "{DS}乡村旅游"], "house", None,
                  "发布民宿、农家乐和乡村旅游线路信息"),
    "town_bl28": ("{F}{DF}槟榔产业服务站", ["{DS}槟榔服务", "{DS}槟榔站"], "leaf", None,
                  "发布槟榔黄化病防治、鲜果收购价和种植技术信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"zmg28": "自贸港", "yulin28": "热带雨林", "nanfan28": "南繁", "lvwen28": "旅文",
               "fangfeng28": "防风防汛", "yuzheng28": "渔业执法", "zhongyi28": "中医药",
               "town_tm28": "渔港服务", "town_ht28": "航天小镇", "town_xj28": "胶农服务",
               "town_yz28": "椰农之家", "town_ly28": "乡村游", "town_bl28": "槟榔服务"}.items():
    G.FN.setdefault(_k, _v)

# districts of the two prefecture-level cities with districts: (short, full) of their city
_HK, _SY = ("海口", "海口市"), ("三亚", "三亚市")
PARENT = {"秀英": _HK, "龙华": _HK, "琼山": _HK, "美兰": _HK, "海棠": _SY, "吉阳": _SY, "天涯": _SY, "崖州": _SY}
# county-level places administered directly by the province
DIRECT = {"五指山", "琼海", "文昌", "万宁", "东方", "定安", "屯昌", "澄迈", "临高", "陵水", "琼中", "白沙", "昌江",
          "乐东", "保亭"}
REGION_NAME = "海南"
REGION_FULL = "海南省"
# the free trade port brand, written in place of the province's name (the brand contains the name)
FTP_WORD = "海南自贸港"
# the everyday nicknames of the two cities, written before their districts
CITY_NICK = {"海口": "椰城", "三亚": "鹿城"}
# the island's name, written before a directly administered place
ISLAND_WORD = "海南岛"
# the old literary name of the island, written before a place
OLD_ISLAND = "琼州"
# county-level places written as what they were before (old name and level)
OLD_NAME = {"五指山": "通什市", "东方": "东方黎族自治县", "琼山": "琼山市", "文昌": "文昌县", "万宁": "万宁县",
            "琼海": "琼海县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="海南", F="海南省", area="0898", landmark="waves", nick="椰风海韵",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("lvwen28", {"name_idx": 0, "avatar": "distinctive", "platforms": _4b}),
                ("medins", {"platforms": _2}),
                ("zmg28", {"name_idx": 0, "platforms": _3}),
                ("yulin28", {"name_idx": 0, "platforms": _4b}),
                ("nanfan28", {"name_idx": 0, "platforms": _3}),
                ("fangfeng28", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="waves", nick="渔汛之东",
         depts=[("yuzheng28", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="skyline", nick="岭南杏林",
         depts=[("zhongyi28", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="海南省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
_FULL = [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
         ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("hotline", {"platforms": _2}),
         ("market", {"name_idx": 0, "platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]
CITIES = [
    # ---- districts of the two cities, and the directly administered county-level places
    _c("秀英", "秀英区", "0898", "waves", "假日海滩",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2}),
        ("tax", {"platforms": _2})]),
    _c("龙华", "龙华区", "0898", "skyline", "骑楼老街", list(_FULL)),
    _c("琼山", "琼山区", "0898", "pagoda", "府城鳌峰",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC))]),
    _c("美兰", "美兰区", "0898", "bridge", "江东新区", [("fabu", {"platforms": _2}), ("police", {"platforms": _3})]),
    _c("海棠", "海棠区", "0898", "waves", "海棠湾",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("fangfeng28", {"name_idx": 0})]),
    _c("吉阳", "吉阳区", "0898", "sun", "大东海", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("天涯", "天涯区", "0898", "mountain", "天涯海角", [("fabu", {"platforms": _3k}), ("police", {"platforms": _2})]),
    _c("崖州", "崖州区", "0898", "pagoda", "崖州古城", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("五指山", "五指山市", "0898", "mountain", "翡翠山城",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("tax", {"platforms": _2}), ("hotline", {"platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]),
    _c("琼海", "琼海市", "0898", "waves", "万泉河畔",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("fangfeng28", {"name_idx": 0})],
       [dict(DS="潭门", DF="潭门镇", depts=["town_tm28"])]),
    _c("文昌", "文昌市", "0898", "tower", "椰乡",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})],
       [dict(DS="龙楼", DF="龙楼镇", depts=["town_ht28"]), dict(DS="东郊", DF="东郊镇", depts=["town_yz28"])]),
    _c("万宁", "万宁市", "0898", "waves", "冲浪小镇",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("东方", "东方市", "0898", "sun", "鱼鳞洲", list(_FULL)),
    _c("定安", "定安县", "0898", "mountain", "文笔峰",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("屯昌", "屯昌县", "0898", "waves", "木色湖", [("fabu", {"platforms": _2}), ("police", {"platforms": _2})]),
    _c("澄迈", "澄迈县", "0898", "sun", "世界长寿之乡",
       [("fabu", {"platforms": _3t}), ("police", {"platforms": _2})]),
    _c("临高", "临高县", "0898", "tower", "临高角",
       [("fabu", {"platforms": _4b}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("fangfeng28", {"name_idx": 0})]),
    _c("陵水", "陵水黎族自治县", "0898", "waves", "分界洲",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("琼中", "琼中黎族苗族自治县", "0898", "mountain", "百花岭",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3})],
       [dict(DS="湾岭", DF="湾岭镇", depts=["town_xj28"])]),
    # ---- places that only have unregistered units here
    _c("白沙", "白沙黎族自治县", "0898", "mountain", "白沙", []),
    _c("昌江", "昌江黎族自治县", "0898", "mountain", "昌江", []),
    _c("乐东", "乐东黎族自治县", "0898", "sun", "乐东", []),
    _c("保亭", "保亭黎族苗族自治县", "0898", "mountain", "保亭", []),
    # ---- prefecture-level cities (not registered; only unregistered units here)
    _c("海口", "海口市", "0898", "skyline", "海口", []),
    _c("三亚", "三亚市", "0898", "waves", "三亚", []),
    _c("儋州", "儋州市", "0898", "sun", "儋州", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_3, _2, ["wechat", "douyin"], _3t, _2, ["weibo", "wechat", "toutiao"], _3, _3k, _2, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|h28".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0617


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布椰风政务")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安海岛警务")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345椰城回声")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅阳光海岸")
    if d == "fangfeng28" and name == S + "防风防汛":
        opts.append(S + "防风防汛台风眼")
    if d == "zmg28" and name == S + "自贸港":
        opts.append(S + "自贸港政策通")
    if d == "yulin28" and name == S + "热带雨林":
        opts.append(S + "热带雨林长臂猿")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["离岛免税额度", "免税提货点", "台风灾后补助", "渔船油补申领", "胶价保险理赔", "人才购房补贴",
            "火箭观礼票", "蜈支洲船票", "椰子鸡", "清补凉", "文昌鸡", "抱罗粉", "和乐蟹", "加积鸭", "后安粉",
            "东山羊", "\ufe13购物额度转让\ufe13", "\u303c即刻申领", "\ufe15逾期清零", "\u2e2e", "🥥", "万泉河",
            "椰林", "蓝色海湾"]
PREFIXES = ["琼", "椰风海韵", "天涯海角", "自贸港", "椰子树下", "万泉河畔", "鹿回头", "东坡书院",
            "\ufe14台风补助\ufe14", "\ufe16离岛提货\ufe16", "\u303c胶农请注意\u303c", "\u2e2e", "🥥",
            "五指山下", "火山口", "南渡江边"]
LOOKALIKE = {
    "秀": ["香"], "英": ["莫"], "龙": ["宠"], "华": ["牟"], "琼": ["琅"], "山": ["由"], "美": ["盖"], "兰": ["主"],
    "棠": ["掌"], "吉": ["苦"], "阳": ["限"], "天": ["矢"], "涯": ["涸"], "崖": ["屋"], "五": ["云"], "指": ["措"],
    "海": ["淆"], "文": ["叉"], "昌": ["最"], "万": ["开"], "宁": ["宋"], "东": ["朱"], "定": ["走"], "安": ["宾"],
    "屯": ["申"], "澄": ["漫"], "迈": ["远"], "高": ["亮"], "陵": ["睦"], "水": ["术"], "中": ["电"],
}
SAME_SOUND = {
    "秀": ["锈", "嗅"], "英": ["婴", "缨"], "龙": ["窿"], "华": ["猾"], "美": ["每"], "棠": ["唐", "塘"],
    "吉": ["脊", "疾"], "涯": ["芽", "牙"], "崖": ["衙"], "五": ["伍"], "指": ["址", "纸"], "万": ["腕"],
    "澄": ["诚", "承"], "迈": ["麦", "脉"], "陵": ["羚", "伶"], "山": ["苫"],
}
TRAD_MODES = ["last_conv_only", "odd_conv_only", "first_two_conv"]
# visible word separators other parts did not use: vertical colon/semicolon/exclamation/question, sesame dots
SPACES = ["\ufe13", "\ufe14", "\ufe15", "\ufe16", "\ufe45", "\ufe46", "\u2e2e", "\u2e16", "\u303c", "\u2047",
          "\u2048", "\u2049"]
DOUBLE_SPACE_P = 0.0355
# variation selectors (supplement) no part used
ZERO_WIDTH = ["\U000e012f", "\U000e013f", "\U000e0141", "\U000e0144", "\U000e014b", "\U000e014e", "\U000e0151",
              "\U000e015a", "\U000e0162", "\U000e016a", "\U000e0172", "\U000e017a"]
EMOJI = ["🥥", "🌴", "🐠", "🦈", "🏄", "🍹", "🐬", "🪸", "🪼", "🐋", "🦜", "🍤"]
BRACKETS = [("\u219e", "\u21a0"), ("\u21a4", "\u21a6"), ("\u21c7", "\u21c9"), ("\u21cd", "\u21cf"),
            ("\u291d", "\u291e"), ("\u2973", "\u2974"), ("\u2b3b", "\u2916"), ("\u2b3e", "\u2947"),
            ("\U0001f814", "\U0001f816"), ("\U0001f834", "\U0001f836"), ("\U0001f838", "\U0001f83a"),
            ("\U0001f8a2", "\U0001f8a3")]
FULLWIDTH_MODES = ["khmer_numerals", "tibetan_numerals", "lr_arrow_above", "asterisk_above"]
LEVEL_FORMS = ["ftp_brand", "city_nick_lead", "island_lead", "hainan_place_lead", "qiongzhou_lead",
               "renamed_before", "city_full_lead", "town_under_province"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警务椰林", "{nick}海岛巡逻", "{S}反诈椰子"],
    "fabu": ["{S}政务椰风", "{nick}时事快报", "{S}民生早知道"],
    "gov": ["{S}政务一网通", "{nick}便民服务台"],
    "health": ["{S}健康椰语", "{nick}防暑小贴士"],
    "tax": ["{S}税费小助手", "{nick}自贸港税事"],
    "hotline": ["{S}热线有回音", "{nick}民意快线"],
    "culture": ["{S}海岛风光", "{nick}黎锦漫游", "{S}海边露营"],
    "lvwen28": ["{S}海岛旅行家", "{nick}黎苗风情"],
    "medins": ["{S}医保小椰", "{nick}报销指南针"],
    "market": ["{S}菜篮子看护", "{nick}放心消费岛"],
    "zmg28": ["{S}封关倒计时", "{nick}零关税清单"],
    "yulin28": ["{S}长臂猿之家", "{nick}雨林日记"],
    "nanfan28": ["{S}育种时光", "{nick}种子硅谷"],
    "fangfeng28": ["{S}台风来了", "{nick}风雨预警台"],
    "yuzheng28": ["{S}渔港巡航", "{nick}伏休守望"],
    "zhongyi28": ["{S}岭南杏林", "{nick}凉茶讲堂"],
    "town_tm28": ["{S}南海渔家"],
    "town_ht28": ["{S}观箭指南"],
    "town_xj28": ["{S}割胶时节"],
    "town_yz28": ["{S}椰林人家"],
    "generic": ["{S}老爸茶", "{nick}椰子水", "{S}海风吹"],
}


# ---- digit forms (the registered digit names are 12345 and 12366)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


def _digits(s, zero):
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "khmer_numerals": lambda s: _digits(s, 0x17E0),
    "tibetan_numerals": lambda s: _digits(s, 0x0F20),
    "lr_arrow_above": lambda s: _marks(s, "\u20e1"),
    "asterisk_above": lambda s: _marks(s, "\u20f0"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    """The name after the place; the full name is stripped only when its level character is not the start of a
    department word (a city's market regulator reads 市场监管 right after the short name)."""
    rest = name[len(short):]
    lvl = full[len(short):]
    if name.startswith(full) and not rest.startswith("市场"):
        return rest[len(lvl):]
    return rest


def _lead(u, acc, word):
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or not name.startswith(pl["S"]):
        return None
    return word + name


def _ftp_brand(u, acc):
    """The free trade port brand in place of the province's name (the brand contains the name)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return FTP_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return FTP_WORD + name[len(pl["S"]):]
    return None


def _city_nick_lead(u, acc):
    """The city's everyday nickname before one of its districts."""
    par = PARENT.get(u["place"]["S"])
    if not par:
        return None
    return _lead(u, acc, CITY_NICK[par[0]])


def _island_lead(u, acc):
    """The island's name before a directly administered county-level place."""
    if u["place"]["S"] not in DIRECT:
        return None
    return _lead(u, acc, ISLAND_WORD)


def _hainan_place_lead(u, acc):
    """The province's short name before a county-level place."""
    if u["place"].get("province") != REGION_FULL:
        return None
    return _lead(u, acc, REGION_NAME)


def _qiongzhou_lead(u, acc):
    """The island's old literary name before a county-level place."""
    if u["place"].get("province") != REGION_FULL:
        return None
    return _lead(u, acc, OLD_ISLAND)


def _former_name(u, acc):
    """A county-level place written as what it was before (old name and level)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    return OLD_NAME[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _city_full_lead(u, acc):
    """The city's full name before one of its districts."""
    par = PARENT.get(u["place"]["S"])
    if not par:
        return None
    return _lead(u, acc, par[1])


def _town_under_province(u, acc):
    """A town put directly under the province's name, its county-level place left out."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or pl.get("province") != REGION_FULL or not name.startswith(pl["DS"]):
        return None
    return REGION_NAME + name


_FORM_MAKERS = {"ftp_brand": _ftp_brand, "city_nick_lead": _city_nick_lead, "island_lead": _island_lead,
                "hainan_place_lead": _hainan_place_lead, "qiongzhou_lead": _qiongzhou_lead,
                "renamed_before": _former_name, "city_full_lead": _city_full_lead,
                "town_under_province": _town_under_province}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the brand, towns the province, renamed places mostly their old name, districts mostly their city's nickname,
    directly administered places often the island, the rest the province's short name, the old island name or
    the city's full name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("ftp_brand", "town_under_province"):
        if f in names:
            return f, names[f]
    if "renamed_before" in names and _h(acc, "hf") % 3:
        return "renamed_before", names["renamed_before"]
    if "city_nick_lead" in names and _h(acc, "hc") % 2:
        return "city_nick_lead", names["city_nick_lead"]
    if "island_lead" in names and _h(acc, "hi") % 3 == 0:
        return "island_lead", names["island_lead"]
    rest = [f for f in ("hainan_place_lead", "qiongzhou_lead", "city_full_lead", "island_lead", "city_nick_lead",
                        "renamed_before") if f in names]
    f = rest[_h(acc, "hr") % len(rest)]
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


def _t_last_only(s, u, r):
    """Only the last convertible character."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [idx[-1]])


def _t_odd_only(s, u, r):
    """The first, third, fifth ... convertible characters."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[::2])


def _t_first_two(s, u, r):
    """The first two convertible characters (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[:2])


TRAD_FUNCS = {"last_conv_only": _t_last_only, "odd_conv_only": _t_odd_only, "first_two_conv": _t_first_two}


# ---- image edits
def _coconut_milk(img, rng):
    """Coconut milk: the picture washed toward a creamy off-white, shadows lifted."""
    a = np.asarray(img, float)
    k = rng.uniform(0.24, 0.3)
    out = a * (1 - k) + np.array([246, 240, 222], float) * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"coconut milk k{k:.2f}"


def _basalt_grey(img, rng):
    """Volcanic basalt: luminance mapped from a blue-black to a warm grey."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([22, 24, 32], float)
    light = np.array([208, 200, 190], float)
    gam = rng.uniform(1.05, 1.14)
    out = dark + (light - dark) * (g ** gam)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"basalt grey g{gam:.2f}"


def _lagoon_teal(img, rng):
    """Lagoon teal: colours pushed toward a clear blue-green, the top brightened like sky glare."""
    a = np.asarray(img, float)
    k = rng.uniform(0.18, 0.24)
    out = a * (1 - k) + np.array([24, 178, 176], float) * k
    h = a.shape[0]
    glare = np.clip((0.35 * h - np.arange(h)) / (0.35 * h), 0, 1)[:, None, None] * 0.18
    out = out * (1 - glare) + 250 * glare
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"lagoon teal k{k:.2f}"


def _mango_sunset(img, rng):
    """Mango sunset: split toning with purple shadows and mango-yellow highlights."""
    a = np.asarray(img, float)
    lum = a.mean(axis=2, keepdims=True) / 255.0
    k = rng.uniform(0.2, 0.26)
    tone = (1 - lum) * np.array([92, 40, 120], float) + lum * np.array([255, 190, 60], float)
    out = a * (1 - k) + tone * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"mango sunset k{k:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _palm_fronds(img, rng, P):
    """Palm fronds: a sand ground with green frond strokes fanning in from the four corners."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (240, 226, 186))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    for cx, cy in ((0, 0), (W, 0), (0, W), (W, W)):
        for k in range(9):
            ang = np.pi / 2 * k / 8
            sx = 1 if cx == 0 else -1
            sy = 1 if cy == 0 else -1
            L = 2 * pad
            d.line([(cx, cy), (cx + sx * L * np.cos(ang), cy + sy * L * np.sin(ang))], fill=(40, 130, 60),
                   width=max(2, pad // 8))
    d.rectangle([pad - 3, pad - 3, W - pad + 2, W - pad + 2], outline=c2, width=3)
    out.paste(img, (pad, pad))
    return out, "border palm fronds"


def _coral_dots(img, rng, P):
    """Coral reef: a deep blue ground with rows of small coral-pink and white rings."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (18, 60, 120))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    step = max(6, pad // 3)
    r = max(2, step // 3)
    k = 0
    for y in range(step // 2, W, step):
        for x in range(step // 2, W, step):
            if x < pad or x > W - pad or y < pad or y > W - pad:
                k += 1
                d.ellipse([x - r, y - r, x + r, y + r], outline=c2 if k % 3 == 0 else (250, 128, 114), width=2)
    out.paste(img, (pad, pad))
    return out, "border coral dots"


def _arcade_frame(img, rng, P):
    """An arcade street front: pale plaster with a row of round arches along each edge."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (236, 222, 200))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    step = max(10, pad)
    q = max(4, pad * 2 // 3)
    for t in range(0, W, step):
        d.pieslice([t + 2, 2, t + step - 2, 2 * q], 180, 360, fill=(150, 110, 80))
        d.pieslice([t + 2, W - 2 * q, t + step - 2, W - 2], 0, 180, fill=(150, 110, 80))
        d.pieslice([2, t + 2, 2 * q, t + step - 2], 90, 270, fill=(150, 110, 80))
        d.pieslice([W - 2 * q, t + 2, W - 2, t + step - 2], 270, 90, fill=(150, 110, 80))
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=c2, width=2)
    out.paste(img, (pad, pad))
    return out, "border arcade"


def _shot_dutyfree_quota(img, rng, P, out_px):
    """A duty-free quota page: a teal header, a big quota ring, two bars, an orange button, the avatar small at
    the top left under the header."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 250, 250))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(0, 140, 150))
    d.ellipse([int(0.3 * S), int(0.15 * S), int(0.7 * S), int(0.55 * S)], outline=(0, 160, 170), width=12)
    for k in range(2):
        y = int((0.62 + 0.08 * k) * S)
        d.rectangle([int(0.1 * S), y, int(0.9 * S), y + int(0.03 * S)], fill=(210, 226, 228))
    d.rounded_rectangle([int(0.22 * S), int(0.82 * S), int(0.78 * S), int(0.9 * S)], radius=30, fill=(250, 140, 40))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.03 * S), int(0.12 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot dutyfree quota scale {a / S:.3f}"


def _shot_typhoon_relief(img, rng, P, out_px):
    """A typhoon relief form: a grey-blue page with a spiral storm mark, four input boxes, a red submit bar, the
    avatar small at the bottom left."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (226, 234, 242))
    d = ImageDraw.Draw(canvas)
    cx, cy = int(0.8 * S), int(0.14 * S)
    for k in range(5):
        r = int((0.02 + 0.018 * k) * S)
        d.arc([cx - r, cy - r, cx + r, cy + r], 40 * k, 40 * k + 250, fill=(60, 90, 140), width=4)
    for k in range(4):
        y = int((0.3 + 0.11 * k) * S)
        d.rectangle([int(0.08 * S), y, int(0.92 * S), y + int(0.07 * S)], outline=(150, 164, 180), width=3)
    d.rectangle([int(0.08 * S), int(0.78 * S), int(0.92 * S), int(0.85 * S)], fill=(214, 48, 40))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.04 * S), int(0.96 * S) - a))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot typhoon relief scale {a / S:.3f}"


def _shot_launch_pass(img, rng, P, out_px):
    """A launch-viewing pass: a night-blue page, a white pass with a rocket silhouette and a QR square, the avatar
    small at the top right of the pass."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (14, 24, 60))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.1 * S), int(0.12 * S), int(0.9 * S), int(0.88 * S)], radius=20, fill=(250, 250, 252))
    d.polygon([(int(0.3 * S), int(0.2 * S)), (int(0.34 * S), int(0.3 * S)), (int(0.34 * S), int(0.6 * S)),
               (int(0.26 * S), int(0.6 * S)), (int(0.26 * S), int(0.3 * S))], fill=(40, 50, 90))
    d.rectangle([int(0.55 * S), int(0.55 * S), int(0.8 * S), int(0.8 * S)], outline=(20, 20, 20), width=6)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.86 * S) - a, int(0.16 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot launch pass scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"coconut_milk": _coconut_milk, "basalt_grey": _basalt_grey,
                                   "lagoon_teal": _lagoon_teal, "mango_sunset": _mango_sunset},
                   border_funcs={"palm_fronds": _palm_fronds, "coral_dots": _coral_dots,
                                 "arcade_frame": _arcade_frame},
                   screenshot_funcs={"dutyfree_quota": _shot_dutyfree_quota, "typhoon_relief": _shot_typhoon_relief,
                                     "launch_pass": _shot_launch_pass},
                   resize_px=[309, 311, 314, 316, 320, 325, 329],
                   jpeg_q=(60, 62), crop_frac=(0.3962, 0.3978),
                   border_styles=["palm_fronds", "coral_dots", "arcade_frame"],
                   border_colours=[(247, 239, 223), (23, 25, 33), (25, 177, 175), (93, 41, 119), (41, 131, 61),
                                   (251, 129, 113)],
                   border_frac=(0.4503, 0.4521),
                   recolour_modes=["coconut_milk", "basalt_grey", "lagoon_teal", "mango_sunset"],
                   hue_shift=(321, 323), rotate_deg=(59.1, 59.7),
                   watermark_texts=["离岛额度", "台风补助", "油补申领", "观礼门票", "购房补贴"],
                   watermark_alpha=(182, 184),
                   screenshot_styles=["dutyfree_quota", "typhoon_relief", "launch_pass"],
                   screenshot_scale=(0.0606, 0.0619))
P_IMPOSTOR_DERIVED = 0.5285
P_IMPOSTOR_DEFAULT = 0.0822
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0868
IMPOSTOR_VERIFIED = [("enterprise", "{S}椰岛免税购物有限公司"), ("personal", "在三亚做潜水教练的小林"),
                     ("other", "{S}胶农互助联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}：离岛免税额度可以转让，未用完的旅客加微{wx}登记，额度当天折现",
                  "【{S}{fn}】台风灾后补助已批下来，受灾户添加{wx}上传房屋照片和银行账户",
                  "{name}：自贸港人才购房指标仅余末批名额，预交三万定金，扣扣{qq}排队",
                  "{S}{fn}：渔船燃油补贴统一线上申领，船主私聊{wx}缴纳手续费后到账",
                  "{S}{fn}旧号已弃用，火箭发射观礼票改经本号派送，加V{wx}预约座位"]
MAX_PER_TARGET = 6

# 26 four-tactic combinations that no other part uses (four impostors each), no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SS, _TR, _NP, _FW], 4),
    ([_TR, _EB, _NP, _FW], 4),
    ([_SU, _LA, _TR, _FW], 4),
    ([_RE, _SP, _NP, _FW], 4),
    ([_PR, _LA, _TR, _FW], 4),
    ([_SU, _EB, _NP, _FW], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_RE, _SS, _LP, _NP], 4),
    ([_TR, _SP, _ZW, _LP], 4),
    ([_RE, _LA, _TR, _ZW], 4),
    ([_RE, _LA, _EB, _LP], 4),
    ([_LA, _SS, _ZW, _EB], 4),
    ([_PR, _SP, _ZW, _NP], 4),
    ([_LA, _TR, _ZW, _NP], 4),
    ([_SS, _ZW, _EB, _LP], 4),
    ([_PR, _RE, _ZW, _LP], 4),
    ([_SU, _PR, _TR, _EB], 4),
    ([_SU, _LA, _ZW, _LP], 4),
    ([_RE, _SS, _SP, _LP], 4),
    ([_SU, _RE, _LP, _NP], 4),
    ([_SU, _RE, _LA, _SS], 4),
    ([_PR, _SS, _SP, _EB], 4),
    ([_PR, _LA, _TR, _SP], 4),
    ([_SU, _RE, _SS, _LP], 4),
    ([_SU, _PR, _RE, _SP], 4),
    ([_SU, _TR, _SP, _EB], 4),
    ([_SU, _PR, _LA, _EB], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market", "health"]
_F3S = _F3 + ["edu", "civil", "water", "justice", "housing", "emergency", "veterans", "medins"]
OTHER_PLACES_CHAR = [
    dict(reg="秀英", S="秀山", F="秀山土家族苗族自治县", province="重庆市", level=_C),
    dict(reg="龙华", S="龙南", F="龙南市", province="江西省", level=_C),
    dict(reg="琼山", S="琼结", F="琼结县", province="西藏自治区", level=_C),
    dict(reg="美兰", S="美姑", F="美姑县", province="四川省", level=_C),
    dict(reg="海棠", S="海城", F="海城市", province="辽宁省", level=_C),
    dict(reg="吉阳", S="吉水", F="吉水县", province="江西省", level=_C),
    dict(reg="天涯", S="天镇", F="天镇县", province="山西省", level=_C),
    dict(reg="崖州", S="通州", F="北京市通州区", province="北京市", level=_C),
    dict(reg="文昌", S="文成", F="文成县", province="浙江省", level=_C),
    dict(reg="万宁", S="万荣", F="万荣县", province="山西省", level=_C),
    dict(reg="东方", S="东丰", F="东丰县", province="吉林省", level=_C),
    dict(reg="定安", S="定远", F="定远县", province="安徽省", level=_C),
    dict(reg="澄迈", S="澄城", F="澄城县", province="陕西省", level=_C),
    dict(reg="陵水", S="陵川", F="陵川县", province="山西省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="龙华", S="隆化", F="隆化县", province="河北省", level=_C, depts=_F3S),
    dict(reg="五指山", S="武陟", F="武陟县", province="河南省", level=_C, depts=_F3S),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_YN, _GX = "云南省", "广西壮族自治区"
TEMPLATE_NEGS = [
    ("马龙", "曲靖市马龙区", _YN, "procur"), ("嵩明", "嵩明县", _YN, "fabu"), ("西盟", "西盟佤族自治县", _YN, "police"),
    ("兰坪", "兰坪白族普米族自治县", _YN, "procur"), ("云龙", "云龙县", _YN, "fabu"), ("禄丰", "禄丰市", _YN, "police"),
    ("武鸣", "南宁市武鸣区", _GX, "procur"), ("元谋", "元谋县", _YN, "fabu"), ("藤县", "藤县", _GX, "police"),
    ("弥勒", "弥勒市", _YN, "procur"), ("漾濞", "漾濞彝族自治县", _YN, "fabu"), ("丘北", "丘北县", _YN, "police"),
    ("广南", "广南县", _YN, "procur"), ("祥云", "祥云县", _YN, "fabu"), ("师宗", "师宗县", _YN, "police"),
    ("罗平", "罗平县", _YN, "procur"), ("会泽", "会泽县", _YN, "fabu"), ("宣威", "宣威市", _YN, "police"),
    ("陆良", "陆良县", _YN, "procur"), ("禄劝", "禄劝彝族苗族自治县", _YN, "fabu"), ("寻甸", "寻甸回族彝族自治县", _YN, "police"),
    ("宜良", "宜良县", _YN, "procur"), ("石林", "石林彝族自治县", _YN, "fabu"), ("弥渡", "弥渡县", _YN, "police"),
    ("通海", "通海县", _YN, "procur"), ("南涧", "南涧彝族自治县", _YN, "fabu"), ("鹤庆", "鹤庆县", _YN, "police"),
    ("双江", "双江拉祜族佤族布朗族傣族自治县", _YN, "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="海南日报", platform="weibo", vtype="media", reason="海南日报报业集团官方微博", desc="省委机关报，琼岛要闻。",
         logo_text="海报"),
    dict(name="南海网", platform="wechat", vtype="media", reason="南海网", desc="海南重点新闻网站。", logo_text="南海"),
    dict(name="海南广播电视总台", platform="douyin", vtype="media", reason="海南广播电视总台官方账号",
         desc="省级广电短视频。", logo_text="琼视"),
    dict(name="南国都市报", platform="toutiao", vtype="media", reason="南国都市报社官方账号", desc="海南都市民生新闻。",
         logo_text="南国"),
    dict(name="新海南客户端", platform="kuaishou", vtype="media", reason="海南日报报业集团官方账号",
         desc="海南新闻客户端。", logo_text="新琼"),
    dict(name="海口日报", platform="weibo", vtype="media", reason="海口日报社官方微博", desc="椰城新闻。"),
    dict(name="三亚日报", platform="wechat", vtype="media", reason="三亚日报社", desc="三亚新闻。"),
    dict(name="国际旅游岛商报", platform="douyin", vtype="media", reason="国际旅游岛商报社官方账号", desc="海南财经新闻。",
         logo_text="商报"),
    dict(name="海南特区报", platform="toutiao", vtype="media", reason="海南特区报社官方账号", desc="特区新闻。"),
    dict(name="椰视频", platform="kuaishou", vtype="media", reason="海南广播电视总台官方账号", desc="海南短视频新闻。"),
    dict(name="海南法治时报", platform="wechat", vtype="media", reason="海南法治时报社", desc="海南法治新闻和普法。"),
    dict(name="海南交通广播", platform="weibo", vtype="media", reason="海南广播电视总台交通广播官方微博",
         desc="环岛高速、海口绕城和琼州海峡轮渡出行提示。", logo_text="交广"),
    dict(name="琼海融媒", platform="douyin", vtype="media", reason="琼海市融媒体中心官方账号", desc="琼海新闻。"),
    dict(name="文昌融媒", platform="toutiao", vtype="media", reason="文昌市融媒体中心官方账号", desc="文昌新闻。"),
    dict(name="万宁融媒", platform="wechat", vtype="media", reason="万宁市融媒体中心", desc="万宁新闻。"),
    dict(name="东方融媒", platform="kuaishou", vtype="media", reason="东方市融媒体中心官方账号", desc="东方新闻。"),
    dict(name="澄迈融媒", platform="douyin", vtype="media", reason="澄迈县融媒体中心官方账号", desc="澄迈新闻。"),
    dict(name="临高融媒", platform="toutiao", vtype="media", reason="临高县融媒体中心官方账号", desc="临高新闻。"),
    dict(name="陵水融媒", platform="weibo", vtype="media", reason="陵水黎族自治县融媒体中心官方微博", desc="陵水新闻。"),
    dict(name="琼中融媒", platform="kuaishou", vtype="media", reason="琼中黎族苗族自治县融媒体中心官方账号",
         desc="琼中新闻。"),
    dict(name="秀英公安夜巡", platform="douyin", vtype="media", reason="海口广播电视台官方账号",
         desc="电视台法治栏目，跟拍民警夜间巡逻，并非公安机关账号。", logo_text="夜巡"),
    dict(name="琼山12345回访", platform="toutiao", vtype="media", reason="海口日报社官方账号",
         desc="报社民生栏目，回访热线来电群众的诉求办理情况。", logo_text="回访"),
    dict(name="澄迈文旅探访", platform="wechat", vtype="media", reason="海南日报报业集团",
         desc="报社文旅栏目，走访长寿村和火山石古村，并非文旅局账号。", logo_text="探访"),
    dict(name="琼海公安实录", platform="douyin", vtype="media", reason="海南广播电视总台官方账号",
         desc="电视台纪实栏目，记录海边派出所的日常，不是公安部门账号。", logo_text="实录"),
    dict(name="临高防风防汛纪事", platform="bilibili", vtype="media", reason="海南广播电视总台官方账号",
         desc="电视台纪录片栏目，讲述渔港台风季的故事，不是三防部门账号。", logo_text="纪事"),
    dict(name="东方税务讲堂", platform="toutiao", vtype="media", reason="海南日报报业集团官方账号",
         desc="报社财经栏目，请专家讲解自贸港个税优惠，并非税务局账号。", logo_text="讲堂"),
]
PERSONAL = [
    dict(name="龙华骑楼老爸茶馆主", platform="kuaishou", vtype="personal", reason="海岛美食博主"),
    dict(name="秀英假日海滩救生员", platform="douyin"),
    dict(name="美兰机场地勤小符", platform="kuaishou"),
    dict(name="琼山火山荔枝果农", platform="douyin", avatar="scenery"),
    dict(name="海棠湾冲浪教练阿杰", platform="kuaishou", avatar="default"),
    dict(name="吉阳大东海潜水", platform="weibo", avatar="scenery"),
    dict(name="天涯海角赶海人", platform="toutiao", avatar="scenery"),
    dict(name="崖州古城讲解员", platform="douyin"),
    dict(name="五指山茶园主人", platform="kuaishou", vtype="personal", reason="返乡创业青年"),
    dict(name="琼海潭门老船长", platform="douyin"),
    dict(name="文昌看火箭的阿伯", platform="kuaishou", vtype="personal", reason="航天科普博主"),
    dict(name="万宁日月湾摄影", platform="weibo", avatar="scenery"),
    dict(name="东方黎族织锦传人", platform="douyin"),
    dict(name="定安黑猪养殖户", platform="toutiao", avatar="default"),
    dict(name="屯昌木色湖垂钓", platform="toutiao", vtype="personal", reason="钓鱼爱好者"),
    dict(name="澄迈长寿老人家的孙子", platform="douyin", avatar="scenery"),
    dict(name="临高渔排养殖户", platform="kuaishou"),
    dict(name="陵水酸粉店老板娘", platform="douyin"),
    dict(name="琼中山兰稻种植户", platform="toutiao"),
    dict(name="海南岛环岛骑行者", platform="toutiao", vtype="personal", reason="骑行爱好者"),
    dict(name="秀英辅警小王", platform="douyin", vtype="personal", reason="海口市公安局秀英分局辅警",
         desc="分享台风天出行安全和防诈骗小知识。"),
    dict(name="海口律师讲自贸港", platform="toutiao", vtype="personal", reason="海口某律师事务所律师"),
    dict(name="支教老师小吴", platform="weibo", vtype="personal", reason="琼中某小学支教教师"),
    dict(name="海南发布的老读者", platform="weibo", vtype="personal", reason="椰城老街坊",
         desc="转发海南发布的消息，个人账号，非官方。"),
    dict(name="琼山12345办事记", platform="toutiao", vtype="personal", reason="海口市民",
         desc="记录自家小区积水问题的办理经过，个人账号。"),
    dict(name="澄迈文旅打卡记", platform="wechat", desc="个人游记，记录火山口和福山咖啡的自驾经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="海南警用装备商行", platform="weibo", vtype="enterprise", reason="海口某商贸有限公司",
         desc="销售执勤雨衣和反光背心，私营企业，与公安机关没有关系。", logo_text="装备"),
    dict(name="天涯文旅民宿", platform="wechat", vtype="enterprise", reason="三亚某旅游服务有限公司",
         desc="海边民宿预订，企业账号，与文旅部门无关。"),
    dict(name="海南税务代办中心", platform="douyin", vtype="enterprise", reason="海口某财税咨询有限公司",
         desc="代理记账和自贸港企业注册咨询，私营公司，与税务机关没有关系。"),
    dict(name="文昌椰子批发", platform="kuaishou"),
    dict(name="万宁兴隆咖啡直供", platform="douyin", vtype="enterprise", reason="万宁某咖啡有限公司"),
    dict(name="三亚免税代购", platform="douyin", vtype="enterprise", reason="三亚某贸易有限公司"),
    dict(name="琼海嘉积鸭饭店", platform="kuaishou", vtype="enterprise", reason="琼海某餐饮管理有限公司"),
    dict(name="定安粽子工坊", platform="douyin"),
    dict(name="澄迈桥头地瓜", platform="kuaishou"),
    dict(name="陵水新村疍家渔排", platform="douyin"),
    dict(name="东方火龙果基地", platform="kuaishou", avatar="default"),
    dict(name="临高乳猪烤坊", platform="douyin"),
    dict(name="五指山红茶", platform="kuaishou"),
    dict(name="琼中绿橙", platform="douyin"),
    dict(name="崖州湾游艇租赁", platform="wechat", vtype="enterprise", reason="三亚某游艇服务有限公司"),
    dict(name="屯昌黑猪肉铺", platform="douyin"),
    dict(name="龙华老爸茶", platform="kuaishou"),
    dict(name="海棠湾潜水俱乐部", platform="douyin", vtype="enterprise", reason="三亚某潜水服务有限公司"),
    dict(name="美兰机场接送车", platform="kuaishou"),
    dict(name="骑楼老街文创", platform="douyin"),
    dict(name="吉阳芒果直销", platform="kuaishou", avatar="default"),
    dict(name="秀英港轮渡代购票", platform="douyin"),
    dict(name="琼山荔枝园", platform="kuaishou"),
    dict(name="海口椰子糖", platform="douyin", vtype="enterprise", reason="海口某食品有限公司"),
    dict(name="万宁冲浪营地", platform="douyin", vtype="enterprise", reason="万宁某体育文化有限公司"),
    dict(name="文昌糟粕醋火锅", platform="kuaishou", avatar="default"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("琼海", "博鳌", "博鳌镇", ["town_ly28"]), ("万宁", "和乐", "和乐镇", ["town_ly28"]),
    ("文昌", "会文", "会文镇", ["town_yz28"]), ("临高", "新盈", "新盈镇", ["town_tm28"]),
    ("陵水", "英州", "英州镇", ["town_tm28"]), ("定安", "雷鸣", "雷鸣镇", ["town_ly28"]),
    ("屯昌", "枫木", "枫木镇", ["town_bl28"]), ("东方", "八所", "八所镇", ["town_tm28"]),
    ("五指山", "毛阳", "毛阳镇", ["town_bl28"]), ("琼海", "长坡", "长坡镇", ["town_bl28"]),
]
UNREG_CITY = [
    ("海南", "edu", 0),
    ("山东", "eco", 0), ("海南", "transport", 0),
    ("秀英", "culture", 0), ("海棠", "emergency", 0), ("美兰", "edu", 0),
    ("天涯", "civil", 0), ("文昌", "tax", 0), ("吉阳", "water", 0),
    ("广东", "emergency", 0),
    ("白沙", "fabu", 0), ("昌江", "fabu", 0), ("乐东", "fabu", 0), ("海口", "fabu", 0),
    ("三亚", "fabu", 0), ("儋州", "fabu", 0), ("保亭", "fabu", 0), ("澄迈", "culture", 0),
    ("白沙", "police", 0), ("乐东", "police", 0),
    ("儋州", "police", 0), ("屯昌", "emergency", 0), ("三亚", "hotline", 0),
    ("海南", "water", 0), ("海南", "civil", 0), ("万宁", "housing", 0),
    ("定安", "edu", 0), ("屯昌", "justice", 0),
    ("定安", "market", 0), ("琼中", "civil", 0),
    ("陵水", "fangfeng28", 0),
    ("琼山", "tax", 0), ("崖州", "tax", 0), ("琼海", "tax", 0),
    ("美兰", "housing", 0), ("昌江", "police", 0), ("东方", "edu", 0), ("海口", "police", 0),
    ("天涯", "transport", 0), ("五指山", "eco", 0),
    ("三亚", "police", 0), ("临高", "veterans", 0), ("保亭", "police", 0), ("乐东", "civil", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """Districts: region names their city; directly administered places the province; towns answer to their
    county-level government."""
    fix = {}
    for u in B.units:
        pl = u["place"]
        if pl.get("province") != REGION_FULL:
            continue
        par = PARENT.get(pl["S"])
        mid = par[1] if par else ""
        if u["level"] == "city":
            fix[u["unit"]] = (pl["province"] + mid + pl["F"], u["competent"])
        elif u["level"] == "district":
            fix[u["unit"]] = (pl["province"] + mid + pl["F"] + pl["DF"], pl["F"] + "人民政府办公室")
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
    print("building dev31 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev31\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
