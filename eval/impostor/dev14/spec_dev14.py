"""Fourteenth dev part (dev14): built blind as the tenth held-out part (2026-12-03), demoted to tuning data in the
twelfth session.
Run: python eval/impostor/dev14/spec_dev14.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev13/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, counties,
county-level cities and autonomous counties across its prefectures, autonomous prefectures included, and a few
towns), plus two unused Shandong places and one unused provincial body each of Shandong and Guangdong, so the
registry is the supervising office's registry for three provinces.  Part-specific machinery (new unit and town
kinds, level forms, traditional-form modes, digit forms, colour filters, frames, screenshot layouts, the registry's
region fix) lives in this file, not in gen_common.py.
"""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps  # noqa: E402

PART = "dev14"
SEED = 37181
CRAWL_DAY = "2025-06-24"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "lincao14": ("{F}林业和草原局", "{F}林业和草原局", ["{S}林草", "{S}林草局"], "leaf", None,
                 "发布森林草原防火、自然保护地和野生动植物保护信息"),
    "wenlian14": ("{F}文学艺术界联合会", "{F}文学艺术界联合会", ["{S}文联", "{S}文艺"], "star", None,
                  "发布文艺创作、文艺惠民和文艺家协会活动信息"),
    "dangan14": ("{F}档案馆", "{F}档案馆", ["{S}档案", "{S}档案馆"], "book", None,
                 "发布档案查阅利用、馆藏展览和档案文化信息"),
    "qiaolian14": ("{F}归国华侨联合会", "{F}归国华侨联合会", ["{S}侨联", "{S}侨界"], "globe", None,
                   "发布侨界动态、为侨服务和海外联谊信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_sy14": ("{F}{DF}畜牧兽医站", ["{DS}兽医站", "{DS}畜牧兽医"], "cross", None,
                  "发布动物防疫、畜禽养殖技术和兽药监管信息"),
    "town_fl14": ("{F}{DF}妇女联合会", ["{DS}妇联", "{DS}妇女之家"], "hands", None,
                  "发布妇女儿童权益维护、家庭教育和巾帼创业信息"),
    "town_gj14": ("{F}{DF}村镇规划建设服务中心", ["{DS}规建", "{DS}村镇建设"], "house", None,
                  "发布农村建房审批、村庄规划和人居环境整治信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"lincao14": "林草", "wenlian14": "文联", "dangan14": "档案", "qiaolian14": "侨联",
               "town_sy14": "兽医站", "town_fl14": "妇联", "town_gj14": "规建"}.items():
    G.FN.setdefault(_k, _v)

# counties and county-level cities are built as "city" places; their prefecture (short, full, kind) is kept here.
# kind "zhou": an autonomous prefecture; "city": a prefecture-level city
_KM, _QJ, _YX = ("昆明", "昆明市", "city"), ("曲靖", "曲靖市", "city"), ("玉溪", "玉溪市", "city")
_ZT, _LJ, _PE = ("昭通", "昭通市", "city"), ("丽江", "丽江市", "city"), ("普洱", "普洱市", "city")
_LC, _BS = ("临沧", "临沧市", "city"), ("保山", "保山市", "city")
_CX, _HH = ("楚雄", "楚雄彝族自治州", "zhou"), ("红河", "红河哈尼族彝族自治州", "zhou")
_WS, _BN = ("文山", "文山壮族苗族自治州", "zhou"), ("西双版纳", "西双版纳傣族自治州", "zhou")
_DL, _DQ = ("大理", "大理白族自治州", "zhou"), ("迪庆", "迪庆藏族自治州", "zhou")
_DH, _NJ = ("德宏", "德宏傣族景颇族自治州", "zhou"), ("怒江", "怒江傈僳族自治州", "zhou")
PARENT = {"安宁": _KM, "禄劝": _KM, "寻甸": _KM, "富民": _KM,
          "罗平": _QJ, "会泽": _QJ, "陆良": _QJ, "师宗": _QJ,
          "通海": _YX, "峨山": _YX, "新平": _YX, "易门": _YX,
          "鲁甸": _ZT, "盐津": _ZT, "大关": _ZT, "绥江": _ZT, "巧家": _ZT,
          "永胜": _LJ, "华坪": _LJ,
          "镇沅": _PE, "孟连": _PE, "景谷": _PE, "墨江": _PE,
          "永德": _LC, "沧源": _LC, "镇康": _LC, "耿马": _LC,
          "施甸": _BS,
          "双柏": _CX, "南华": _CX, "永仁": _CX, "武定": _CX, "牟定": _CX, "大姚": _CX,
          "石屏": _HH, "泸西": _HH, "元阳": _HH, "屏边": _HH, "绿春": _HH,
          "马关": _WS, "广南": _WS, "西畴": _WS, "丘北": _WS,
          "勐海": _BN, "勐腊": _BN,
          "宾川": _DL, "漾濞": _DL, "祥云": _DL, "永平": _DL, "弥渡": _DL, "洱源": _DL,
          "德钦": _DQ, "维西": _DQ,
          "盈江": _DH, "梁河": _DH, "福贡": _NJ}
# the autonomous prefecture's seat, written as if the prefecture were a city of that name (one of the level forms)
AUTONOMOUS = {"禄劝", "寻甸", "峨山", "新平", "镇沅", "孟连", "沧源", "屏边", "漾濞"}  # autonomous counties
CITY_LEVEL = {"安宁"}  # county-level cities among the registered places
FORMER = {"蓬莱": "蓬莱市", "定陶": "定陶县"}  # Shandong districts and what they were before becoming districts

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
_3t = ["wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="云南", F="云南省", area="0871", landmark="mountain", nick="七彩云南",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "kuaishou"]}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 0, "platforms": _3, "names": {"wechat": "{S}12320"}}),
                ("market", {"platforms": ["weibo", "wechat", "douyin"], "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin"]}),
                ("traffic", {"platforms": _3}),
                ("lincao14", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="岱宗",
         depts=[("dangan14", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="粤侨",
         depts=[("qiaolian14", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="云南省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


CITIES = [
    # ---- counties, county-level cities and autonomous counties of the new province
    _c("安宁", "安宁市", "0871", "waves", "螳螂川", ["fabu", "police", ("hotline", {"platforms": _3})]),
    _c("禄劝", "禄劝彝族苗族自治县", "0871", "mountain", "轿子雪山",
       ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("寻甸", "寻甸回族彝族自治县", "0871", "mountain", "钟灵山", ["fabu", "police"]),
    _c("罗平", "罗平县", "0874", "waves", "九龙瀑布", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("会泽", "会泽县", "0874", "pagoda", "钱王之乡", ["fabu", "police", ("hotline", {"platforms": _3})]),
    _c("通海", "通海县", "0877", "waves", "杞麓湖",
       ["fabu", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    _c("峨山", "峨山彝族自治县", "0877", "mountain", "彝族花鼓", ["fabu", ("wenlian14", {"name_idx": 0})]),
    _c("新平", "新平彝族傣族自治县", "0877", "sun", "花腰傣", ["fabu", "police"]),
    _c("鲁甸", "鲁甸县", "0870", "mountain", "花椒之乡", ["fabu", ("hotline", {"platforms": _2})]),
    _c("盐津", "盐津县", "0870", "mountain", "豆沙关", ["fabu", ("police", {"platforms": _3})]),
    _c("大关", "大关县", "0870", "waves", "黄连河", ["fabu"]),
    _c("永胜", "永胜县", "0888", "mountain", "他留人", ["fabu", ("hotline", {"platforms": _2})]),
    _c("镇沅", "镇沅彝族哈尼族拉祜族自治县", "0879", "mountain", "千家寨",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("孟连", "孟连傣族拉祜族佤族自治县", "0879", "pagoda", "宣抚司署",
       ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("永德", "永德县", "0883", "mountain", "大雪山", ["fabu", ("lincao14", {"name_idx": 0})]),
    _c("沧源", "沧源佤族自治县", "0883", "sun", "崖画",
       ["fabu", "police", ("culture", {"avatar": "distinctive", "platforms": _3t})]),
    _c("双柏", "双柏县", "0878", "waves", "查姆湖", ["fabu", ("lincao14", {"name_idx": 0})]),
    _c("南华", "南华县", "0878", "mountain", "野生菌王国", ["fabu", "police"]),
    _c("永仁", "永仁县", "0878", "mountain", "方山", []),
    _c("武定", "武定县", "0878", "pagoda", "狮子山", ["fabu", ("health", {"name_idx": 2, "unit": "武定县卫生健康局"})]),
    _c("石屏", "石屏县", "0873", "waves", "异龙湖", ["fabu", "police"],
       [dict(DS="宝秀", DF="宝秀镇", depts=["town_gj14"])]),
    _c("泸西", "泸西县", "0873", "mountain", "阿庐古洞",
       [("fabu", {"platforms": _3}), ("culture", {"avatar": "distinctive", "platforms": _3})]),
    _c("元阳", "元阳县", "0873", "mountain", "哈尼梯田",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}),
        ("culture", {"avatar": "distinctive", "platforms": _3})]),
    _c("屏边", "屏边苗族自治县", "0873", "mountain", "大围山", ["fabu", ("hotline", {"platforms": _2})]),
    _c("马关", "马关县", "0876", "mountain", "古林箐", ["fabu", ("hotline", {"platforms": _3})]),
    _c("广南", "广南县", "0876", "pagoda", "句町古国", ["fabu", ("wenlian14", {"name_idx": 0})]),
    _c("勐海", "勐海县", "0691", "sun", "茶王之乡",
       ["fabu", "police", ("culture", {"avatar": "distinctive", "platforms": _4})],
       [dict(DS="打洛", DF="打洛镇", depts=["town_sy14"])]),
    _c("宾川", "宾川县", "0872", "sun", "柑橘之乡", ["fabu", ("hotline", {"platforms": _3})],
       [dict(DS="鸡足山", DF="鸡足山镇", depts=["town_fl14"])]),
    _c("漾濞", "漾濞彝族自治县", "0872", "mountain", "漾濞江", ["fabu", "police"]),
    _c("德钦", "德钦县", "0887", "mountain", "梅里雪山", ["fabu", ("culture", {"avatar": "distinctive"})],
       [dict(DS="奔子栏", DF="奔子栏镇", depts=["town_sy14"])]),
    # ---- two Shandong districts that were a county-level city and a county until 2020 and 2016
    _c("烟台", "烟台市", "0535", "lighthouse", "八仙过海", [],
       [dict(DS="蓬莱", DF="蓬莱区", depts=["fabu_d"])], province="山东省"),
    _c("菏泽", "菏泽市", "0530", "pagoda", "天下之中", [],
       [dict(DS="定陶", DF="定陶区", depts=["fabu_d"])], province="山东省"),
    # ---- places that only have unregistered units here
    _c("富民", "富民县", "0871", "mountain", "富民", []),
    _c("陆良", "陆良县", "0874", "waves", "陆良", []),
    _c("师宗", "师宗县", "0874", "mountain", "师宗", []),
    _c("绥江", "绥江县", "0870", "waves", "绥江", []),
    _c("墨江", "墨江哈尼族自治县", "0879", "mountain", "墨江", []),
    _c("镇康", "镇康县", "0883", "mountain", "镇康", []),
    _c("耿马", "耿马傣族佤族自治县", "0883", "sun", "耿马", []),
    _c("施甸", "施甸县", "0875", "mountain", "施甸", []),
    _c("牟定", "牟定县", "0878", "waves", "牟定", []),
    _c("大姚", "大姚县", "0878", "pagoda", "大姚", []),
    _c("绿春", "绿春县", "0873", "mountain", "绿春", []),
    _c("丘北", "丘北县", "0876", "waves", "丘北", []),
    _c("勐腊", "勐腊县", "0691", "sun", "勐腊", []),
    _c("祥云", "祥云县", "0872", "pagoda", "祥云", []),
    _c("永平", "永平县", "0872", "mountain", "永平", []),
    _c("弥渡", "弥渡县", "0872", "waves", "弥渡", []),
    _c("洱源", "洱源县", "0872", "waves", "洱源", []),
    _c("维西", "维西傈僳族自治县", "0887", "mountain", "维西", []),
    _c("梁河", "梁河县", "0692", "mountain", "梁河", []),
]

RENAME_SHARE = 0.069


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "政务发布")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安局")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345便民热线")
    if d == "culture" and name == S + "文旅":
        opts.append("畅游" + S)
    if d == "lincao14" and name == S + "林草":
        opts.append(S + "林业和草原")
    if d == "wenlian14" and name == S + "文联":
        opts.append(S + "文艺界")
    if d == "town_sy14" and name == S + "兽医站":
        opts.append(S + "动物防疫")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: one symbol to eleven characters; province-flavoured words, shop and live-commerce words, intake-desk
# words, a plea to message, a version tag; up to two are stacked by the builder
SUFFIXES = ["滇讯", "滇事办", "边疆行", "旗舰店", "小店", "严选", "橱窗", "直营", "报名处", "领取处", "对接人",
            "接线员", "人工台", "意见箱", "代办处", "审核组", "联络群", "粉丝会", "分舵", "后台", "丨私信必回",
            "·县级", "旧号停用", "(滇)", "01", "Pro", "Ⅱ", "丨电话见简介", "（回关）", "…"]
PREFIXES = ["滇", "滇·", "七彩", "滇中", "边地", "【通告】", "【提示】", "【紧要】", "◎", "▲", "√", "Ⓞ", "♛",
            "家乡", "州里", "县城", "〖官〗", "正在直播·", "转发:", "<公号>", "滇西", "【致辞】"]
# one stroke or one component away; no pair is used by another part (either table, either direction) and no
# look-alike is also a homophone of its source (checked with pypinyin)
LOOKALIKE = {
    "禄": ["绿"], "劝": ["欢"], "寻": ["灵"], "甸": ["旬"], "会": ["合"], "泽": ["译"], "胜": ["姓"], "沅": ["沆"],
    "孟": ["盂"], "沧": ["沦"], "双": ["収"], "柏": ["拍"], "仁": ["什"], "屏": ["屉"], "泸": ["沪"], "元": ["无"],
    "边": ["达"], "马": ["乌"], "勐": ["动"], "宾": ["宝"], "钦": ["饮"], "洛": ["格"], "鸡": ["鸣"], "足": ["是"],
    "奔": ["奋"], "宝": ["室"], "秀": ["季"], "蓬": ["逢"], "侨": ["娇"], "兽": ["曾"], "妇": ["归"], "规": ["观"],
    "公": ["仑"], "畜": ["蓄"], "牧": ["收"], "档": ["栏"], "草": ["早"], "打": ["钉"], "子": ["了"], "林": ["休"],
    "建": ["律"], "盐": ["蓝"], "关": ["失"], "西": ["四"], "广": ["庄"], "府": ["庙"], "布": ["巾"], "文": ["亢"],
    "线": ["戋"], "新": ["断"], "永": ["求"], "镇": ["锁"], "石": ["百"], "川": ["训"], "交": ["校"], "医": ["巨"],
    "区": ["匠"], "委": ["妥"], "陶": ["陷"], "罗": ["要"],
}
# identical toneless pinyin (pypinyin); no pair is used by another part in either table or direction
SAME_SOUND = {
    "禄": ["录"], "劝": ["券"], "寻": ["循"], "甸": ["店"], "会": ["汇"], "泽": ["责"], "通": ["童"], "峨": ["娥"],
    "鲁": ["卤"], "盐": ["颜"], "津": ["金"], "关": ["观"], "永": ["勇"], "胜": ["圣"], "沅": ["园"], "孟": ["梦"],
    "沧": ["仓"], "源": ["园"], "柏": ["百"], "仁": ["任"], "屏": ["瓶"], "泸": ["卢"], "元": ["圆"], "边": ["编"],
    "马": ["码"], "勐": ["猛"], "宾": ["斌"], "漾": ["样"], "钦": ["亲"], "洛": ["落"], "鸡": ["机"], "足": ["族"],
    "奔": ["本"], "子": ["紫"], "栏": ["兰"], "秀": ["绣"], "蓬": ["鹏"], "莱": ["睐"], "陶": ["淘"], "委": ["尾"],
    "联": ["廉"], "档": ["党"], "案": ["岸"], "侨": ["乔"], "线": ["现"], "府": ["富"], "兽": ["受"], "妇": ["负"],
    "规": ["龟"], "建": ["剑"], "牧": ["幕"], "界": ["借"], "游": ["油"], "宝": ["饱"], "区": ["曲"], "医": ["一"],
    "云": ["纭"], "罗": ["箩"], "新": ["馨"], "大": ["哒"], "镇": ["赈"], "连": ["帘"], "双": ["孀"], "华": ["骅"],
    "定": ["顶"], "石": ["蚀"], "西": ["吸"], "务": ["吴"], "监": ["煎"], "林": ["淋"], "草": ["漕"], "县": ["馅"],
    "打": ["答"],
}
TRAD_MODES = ["dept_last", "place_first", "place_dept_heads"]
# every Unicode space separator and blank-looking character is used by some other part, so this part breaks names
# with visible separators other parts did not use (full-width comma, slash, tilde, ideographic full stop, en dash,
# katakana prolonged-sound mark, broken bar, heavy box bar, fraction slash, white bullet, hyphen, horizontal bar)
SPACES = ["，", "／", "～", "。", "–", "ー", "¦", "┃", "⁄", "◦", "‐", "―"]
DOUBLE_SPACE_P = 0.17
ZERO_WIDTH = ["\U000e0022", "\U000e0026", "\U000e0031", "\U000e0047", "\U000e0063", "\U000e0074",
              "\U000e0122", "\U000e0137", "\U000e0142", "\U000e0155", "\U000e0171", "\U000e01ca"]
EMOJI = ["🐘", "🍄", "🦚", "☕", "🌿", "⛰️", "🌞", "🔷", "🟡", "✳️", "📶", "🔐", "🆗", "📎"]
BRACKETS = [("【", "）"), ("（", "】"), ("〖", "】"), ("『", "」"), ("<", "》"), ("❀", "❀"), ("✿", "✿"), ("ღ", "ღ"),
            ("♡", "♡"), ("▪", "▪")]
FULLWIDTH_MODES = ["tilde_below", "double_overline", "circle_backslash", "enclosing_triangle"]
LEVEL_FORMS = ["zhou_prefix", "zhou_as_city", "xian_shi_swap", "ethnic_full", "zhen_as_xiang"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民心桥", "{S}护民岗", "{nick}平安向导"],
    "fabu": ["{S}要闻直播间", "{nick}新闻眼", "{S}政务速报"],
    "gov": ["{S}政务公告板", "{nick}营商服务"],
    "health": ["{S}卫生健康科普站", "{nick}名医工作室"],
    "market": ["{S}食品安全快报", "{nick}消费提示站"],
    "tax": ["{S}涉税热点", "{nick}办税指引"],
    "hotline": ["{S}诉求直办", "{nick}民声快线"],
    "culture": ["{S}旅游服务中心", "{nick}风光摄影", "{S}非遗集市"],
    "traffic": ["{S}交通安全提示", "{nick}路况直播"],
    "lincao14": ["{S}森林草原防火", "{nick}生物多样性"],
    "wenlian14": ["{S}文艺之家", "{nick}书画院"],
    "dangan14": ["{S}老照片", "{nick}记忆"],
    "qiaolian14": ["{S}侨胞之家", "{nick}海外联谊"],
    "fabu_d": ["{S}区情速递"],
    "town_sy14": ["{S}防疫员"],
    "town_fl14": ["{S}妇女儿童"],
    "town_gj14": ["{S}农房建设"],
    "generic": ["{S}百姓服务台", "{nick}民情快报", "{S}政务小喇叭"],
}


# ---- digit forms (the registered digit names are 12345, 12366, 12315 and 12320)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "tilde_below": lambda s: _marks(s, "\u0330"),
    "double_overline": lambda s: _marks(s, "\u033f"),
    "circle_backslash": lambda s: _marks(s, "\u20e0"),
    "enclosing_triangle": lambda s: _marks(s, "\u20e4"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _zhou_prefix(u, acc):
    """The autonomous prefecture's short name with 州 in front: 大理州宾川发布 / 大理州宾川县发布."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[2] != "zhou" or not name.startswith(pl["S"]):
        return None
    rest = name[len(pl["S"]):]
    return [par[0] + "州" + pl["S"] + rest, par[0] + "州" + pl["F"] + rest][_h(acc, "z") % 2]


def _zhou_as_city(u, acc):
    """The autonomous prefecture written as a city of its name (楚雄市南华发布), a level it does not have."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[2] != "zhou" or not name.startswith(pl["S"]):
        return None
    return par[0] + "市" + name


def _xian_shi_swap(u, acc):
    """A county written as a county-level city, a county-level city as a county, a Shandong district as the
    city or county it was before (蓬莱市发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "district":
        old = FORMER.get(pl["DS"])
        if old and name.startswith(pl["DS"]) and not name.startswith(pl["DF"]):
            return old + name[len(pl["DS"]):]
        return None
    if u["level"] != "city" or pl["S"] in AUTONOMOUS:
        return None
    if pl["F"].endswith("市"):
        wrong = pl["S"] + "县"
    elif pl["F"].endswith("县"):
        wrong = pl["S"] + "市"
    else:
        return None
    if name.startswith(pl["F"]):
        return wrong + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return wrong + name[len(pl["S"]):]
    return None


def _ethnic_full(u, acc):
    """An autonomous county written with its full ethnic name (漾濞彝族自治县发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in AUTONOMOUS or not name.startswith(pl["S"]) \
            or name.startswith(pl["F"]):
        return None
    return pl["F"] + name[len(pl["S"]):]


def _zhen_as_xiang(u, acc):
    """A town written as a township (打洛乡兽医站)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or not pl["DF"].endswith("镇"):
        return None
    DS = pl["DS"]
    k = name.find(DS)
    if k < 0:
        return None
    rest = name[k + len(DS):]
    if rest.startswith("镇"):
        rest = rest[1:]
    return name[:k] + DS + "乡" + rest


_FORM_MAKERS = {"zhou_prefix": _zhou_prefix, "zhou_as_city": _zhou_as_city, "xian_shi_swap": _xian_shi_swap,
                "ethnic_full": _ethnic_full, "zhen_as_xiang": _zhen_as_xiang}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry, so that every form
    gets its share: towns carry the township form, autonomous counties their full ethnic name on two accounts in
    three, counties of autonomous prefectures one of the two prefecture forms (or the level swap), the others the
    level swap.  Provincial accounts carry none."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    for f, n in cands:
        if f == "zhen_as_xiang":
            return f, n
    if any(f == "ethnic_full" for f, _ in cands) and _h(acc, "e") % 3:
        return [c for c in cands if c[0] == "ethnic_full"][0]
    cands = [c for c in cands if c[0] != "ethnic_full"] or cands
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


def _t_dept_last(s, u, r):
    """Only the last convertible character of the department's word (發布 -> 发佈 style: 云南发佈)."""
    a, b = _dept_span(s, u)
    idx = [i for i in _conv_idx(s) if a <= i < b]
    return _conv(s, idx[-1:]) if idx else None


def _t_place_first(s, u, r):
    """Only the first convertible character of the place name."""
    a, b = _place_span(s, u)
    idx = [i for i in _conv_idx(s) if a <= i < b]
    return _conv(s, idx[:1]) if idx else None


def _t_place_dept_heads(s, u, r):
    """The first convertible character of the place and the first of the department's word."""
    a, b = _place_span(s, u)
    c, d = _dept_span(s, u)
    conv = _conv_idx(s)
    pick = [i for i in conv if a <= i < b][:1] + [i for i in conv if c <= i < d][:1]
    return _conv(s, pick) if len(pick) == 2 else None


TRAD_FUNCS = {"dept_last": _t_dept_last, "place_first": _t_place_first, "place_dept_heads": _t_place_dept_heads}


# ---- image edits
def _bw_threshold(img, rng):
    """A photocopy look: two levels only, black and white."""
    t = rng.randint(118, 138)
    g = ImageOps.grayscale(img).point(lambda v: 255 if v > t else 0)
    return g.convert("RGB"), f"black-and-white threshold {t}"


def _sketch_blend(img, rng):
    """A pencil-sketch look: the picture blended with its inverted edge map."""
    k = rng.uniform(0.42, 0.5)
    edges = ImageOps.invert(ImageOps.grayscale(img).filter(ImageFilter.FIND_EDGES)).convert("RGB")
    return Image.blend(img, edges, k), f"sketch blend {k:.2f}"


def _gif_dither(img, rng):
    """Saved as a small GIF: a 12-16 colour adaptive palette with Floyd-Steinberg dithering."""
    n = rng.randint(12, 16)
    q = img.quantize(colors=n, method=Image.MEDIANCUT, dither=Image.FLOYDSTEINBERG)
    return q.convert("RGB"), f"gif dither {n} colours"


def _channel_rotate(img, rng):
    """The colour channels rotated (R->G->B->R), as a broken colour profile does."""
    r_, g_, b_ = img.split()
    if rng.random() < 0.5:
        return Image.merge("RGB", (b_, r_, g_)), "channels rotated BRG"
    return Image.merge("RGB", (g_, b_, r_)), "channels rotated GBR"


def _sunburst(img, rng, P):
    """The picture in a circle on a ring of rays, like a commemorative badge."""
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), (252, 246, 230))
    d = ImageDraw.Draw(out)
    c = W / 2
    for k in range(24):
        a0, a1 = np.radians(k * 15), np.radians(k * 15 + 7.5)
        d.polygon([(c, c), (c + W * np.cos(a0), c + W * np.sin(a0)), (c + W * np.cos(a1), c + W * np.sin(a1))],
                  fill=col)
    d.ellipse([pad * 0.6, pad * 0.6, W - pad * 0.6, W - pad * 0.6], fill=(250, 214, 90))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border sunburst"


def _brush_ring(img, rng, P):
    """An ink-brush circle (ensō) drawn round the picture on rice paper."""
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), (238, 232, 218))
    d = ImageDraw.Draw(out)
    ink = rng.choice(P["border_colours"])
    for k in range(6):
        o = k * 1.6
        d.arc([pad * 0.35 + o, pad * 0.35 - o, W - pad * 0.35 - o, W - pad * 0.35 + o], 20 + 9 * k, 330 + 3 * k,
              fill=ink, width=max(3, pad // 4))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border brush ring"


def _cloud_corners(img, rng, P):
    """A square frame with auspicious-cloud scrolls in the four corners."""
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), col)
    d = ImageDraw.Draw(out)
    gold = (236, 196, 92)
    d.rectangle([pad * 0.3, pad * 0.3, W - pad * 0.3, W - pad * 0.3], outline=gold, width=max(2, pad // 8))
    for cx, cy in ((pad * 0.9, pad * 0.9), (W - pad * 0.9, pad * 0.9), (pad * 0.9, W - pad * 0.9),
                   (W - pad * 0.9, W - pad * 0.9)):
        for rr in (0.55, 0.35, 0.18):
            d.arc([cx - pad * rr, cy - pad * rr, cx + pad * rr, cy + pad * rr], 0, 300, fill=gold,
                  width=max(2, pad // 10))
    out.paste(img, (pad, pad))
    return out, "border cloud corners"


def _shot_red_packet(img, rng, P, out_px):
    """A red-packet cover: the avatar small on a red envelope with a gold 'open' button."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (40, 40, 40))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.12 * S), int(0.04 * S), int(0.88 * S), int(0.96 * S)], radius=14, fill=(214, 52, 46))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = (S - a) // 2, int(0.14 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    d.rectangle([int(0.3 * S), y0 + a + int(0.04 * S), int(0.7 * S), y0 + a + int(0.07 * S)], fill=(250, 220, 170))
    d.ellipse([int(0.38 * S), int(0.6 * S), int(0.62 * S), int(0.84 * S)], fill=(235, 190, 90))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.55))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot red packet scale {a / S:.3f}"


def _shot_push_banner(img, rng, P, out_px):
    """A push notification banner over a wallpaper: the avatar as the sender's icon at the left."""
    S = 3 * out_px
    top = np.array([60, 90, 140], float)
    bot = np.array([150, 110, 160], float)
    arr = np.zeros((S, S, 3))
    for y in range(S):
        arr[y] = top + (bot - top) * y / S
    canvas = Image.fromarray(arr.astype(np.uint8))
    d = ImageDraw.Draw(canvas)
    y0 = int(S * rng.uniform(0.12, 0.3))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    d.rounded_rectangle([int(0.04 * S), y0, int(0.96 * S), y0 + a + int(0.08 * S)], radius=16, fill=(245, 245, 245))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.08 * S), y0 + int(0.04 * S)))
    for k in range(2):
        yy = y0 + int(0.05 * S) + k * int(0.06 * S)
        d.rectangle([int(0.12 * S) + a, yy, int(0.12 * S) + a + int(S * rng.uniform(0.35, 0.6)), yy + int(0.025 * S)],
                    fill=(90, 90, 90) if k == 0 else (160, 160, 160))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot push banner scale {a / S:.3f}"


def _shot_member_list(img, rng, P, out_px):
    """A group's member grid: the avatar is one of several tiles, the others grey placeholders."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (246, 246, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.08 * S)], fill=(237, 237, 237))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    gap = int(0.05 * S)
    pos = rng.randrange(8)
    for k in range(8):
        x = gap + (k % 4) * (a + gap)
        y = int(0.14 * S) + (k // 4) * (a + int(0.1 * S))
        if x + a > S:
            continue
        if k == pos:
            canvas.paste(img.resize((a, a), Image.BILINEAR), (x, y))
        else:
            d.rectangle([x, y, x + a, y + a], fill=(200 + 6 * (k % 3), 200, 205))
        d.rectangle([x, y + a + int(0.02 * S), x + int(a * 0.8), y + a + int(0.045 * S)], fill=(150, 150, 150))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot member list scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"bw_threshold": _bw_threshold, "sketch_blend": _sketch_blend,
                                   "gif_dither": _gif_dither, "channel_rotate": _channel_rotate},
                   border_funcs={"sunburst": _sunburst, "brush_ring": _brush_ring, "cloud_corners": _cloud_corners},
                   screenshot_funcs={"red_packet": _shot_red_packet, "push_banner": _shot_push_banner,
                                     "member_list": _shot_member_list},
                   resize_px=[132, 144, 156, 167, 173, 186, 214, 232],
                   jpeg_q=(23, 27), crop_frac=(0.3235, 0.3315),
                   border_styles=["sunburst", "brush_ring", "cloud_corners"],
                   border_colours=[(163, 38, 56), (21, 96, 130), (196, 120, 22), (58, 110, 60), (92, 70, 140),
                                   (60, 60, 66)],
                   border_frac=(0.3465, 0.3585),
                   recolour_modes=["bw_threshold", "sketch_blend", "gif_dither", "channel_rotate"],
                   hue_shift=(1, 4), rotate_deg=(31.15, 32.85),
                   watermark_texts=["刷脸核身", "点此报名", "人工坐席", "资金解冻", "滇中代办"],
                   watermark_alpha=(176, 188),
                   screenshot_styles=["red_packet", "push_banner", "member_list"],
                   screenshot_scale=(0.162, 0.198))
P_IMPOSTOR_DERIVED = 0.556
P_IMPOSTOR_DEFAULT = 0.097
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "cartoon", "person"]
P_IMPOSTOR_VERIFIED = 0.098
IMPOSTOR_VERIFIED = [("enterprise", "{S}滇信通政务咨询有限公司"), ("personal", "彩云资讯分享博主"),
                     ("other", "{S}在外老乡服务站")]
IMPOSTOR_DESCS = ["{S}{fn}：边境通行证、出入境证件加急办理，添加微信{wx}",
                  "【{S}{fn}】高龄津贴年审开始，点击主页链接上传身份证和银行卡",
                  "{name}：护林员、协管员招聘，报名费200元，联系{wx}",
                  "{S}{fn}旧号已停用，新号请加QQ{qq}，逾期不办理",
                  "{S}{fn}提醒：野生菌中毒医疗救助补贴申领，私信登记姓名电话"]
MAX_PER_TARGET = 6

# Only 16 three-tactic combinations that the builder can write are unused by dev/ ... dev13/ (the rest combine
# avatar_only, whose name is not built from the registered name, or reorder with level_prefix, which the builder
# cannot write together); they are used here with four to eight impostors each, and ten combinations that other
# parts also use are added (four impostors each) so that every tactic is carried by at least 46 impostors.
IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 30), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 36),
    # new
    (["fullwidth", "suffix", "traditional"], 4), (["suffix", "traditional", "zero_width"], 4),
    (["level_prefix", "suffix", "traditional"], 4), (["emoji_brackets", "fullwidth", "suffix"], 2),
    (["fullwidth", "level_prefix", "suffix"], 2), (["fullwidth", "lookalike_char", "prefix"], 4),
    (["fullwidth", "prefix", "reorder"], 4), (["fullwidth", "new_platform", "prefix"], 2),
    (["fullwidth", "lookalike_char", "traditional"], 2), (["lookalike_char", "new_platform", "traditional"], 4),
    (["fullwidth", "level_prefix", "lookalike_char"], 2), (["fullwidth", "same_sound", "zero_width"], 4),
    (["emoji_brackets", "fullwidth", "same_sound"], 4), (["spacing", "traditional", "zero_width"], 4),
    (["fullwidth", "new_platform", "spacing"], 4), (["emoji_brackets", "fullwidth", "zero_width"], 2),
    # also used by other parts
    (["reorder", "same_sound", "spacing"], 6), (["emoji_brackets", "new_platform", "reorder"], 6),
    (["prefix", "reorder", "spacing"], 6), (["reorder", "suffix", "zero_width"], 4),
    (["emoji_brackets", "level_prefix", "same_sound"], 6), (["new_platform", "same_sound", "spacing"], 6),
    (["emoji_brackets", "prefix", "spacing"], 6), (["lookalike_char", "reorder", "same_sound"], 4),
    (["level_prefix", "new_platform", "prefix"], 4), (["emoji_brackets", "level_prefix", "lookalike_char"], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
OTHER_PLACES_CHAR = [
    dict(reg="云南", S="海南", F="海南省", province="海南省", level="province", units={"lincao14": "海南省林业局"}),
    dict(reg="罗平", S="昌平", F="北京市昌平区", province="北京市", level=_C),
    dict(reg="寻甸", S="寻乌", F="寻乌县", province="江西省", level=_C),
    dict(reg="会泽", S="会宁", F="会宁县", province="甘肃省", level=_C),
    dict(reg="通海", S="通河", F="通河县", province="黑龙江省", level=_C),
    dict(reg="峨山", S="峨边", F="峨边彝族自治县", province="四川省", level=_C),
    dict(reg="新平", S="新干", F="新干县", province="江西省", level=_C),
    dict(reg="鲁甸", S="鲁山", F="鲁山县", province="河南省", level=_C),
    dict(reg="盐津", S="盐亭", F="盐亭县", province="四川省", level=_C),
    dict(reg="大关", S="大名", F="大名县", province="河北省", level=_C),
    dict(reg="永胜", S="永登", F="永登县", province="甘肃省", level=_C),
    dict(reg="永德", S="永福", F="永福县", province="广西壮族自治区", level=_C, depts=["fabu"]),
    dict(reg="沧源", S="沧县", F="沧县", province="河北省", level=_C),
    dict(reg="双柏", S="双城", F="哈尔滨市双城区", province="黑龙江省", level=_C, depts=["fabu"]),
    dict(reg="南华", S="南丰", F="南丰县", province="江西省", level=_C),
    dict(reg="武定", S="武陟", F="武陟县", province="河南省", level=_C),
    dict(reg="石屏", S="石阡", F="石阡县", province="贵州省", level=_C),
    dict(reg="泸西", S="陇西", F="陇西县", province="甘肃省", level=_C),
    dict(reg="元阳", S="元氏", F="元氏县", province="河北省", level=_C),
    dict(reg="马关", S="马山", F="马山县", province="广西壮族自治区", level=_C),
    dict(reg="广南", S="广宗", F="广宗县", province="河北省", level=_C),
    dict(reg="宾川", S="宾阳", F="宾阳县", province="广西壮族自治区", level=_C),
    dict(reg="德钦", S="德保", F="德保县", province="广西壮族自治区", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="元阳", S="原阳", F="原阳县", province="河南省", level=_C),
    dict(reg="盐津", S="延津", F="延津县", province="河南省", level=_C),
    dict(reg="镇沅", S="镇原", F="镇原县", province="甘肃省", level=_C),
    dict(reg="镇沅", S="镇远", F="镇远县", province="贵州省", level=_C),
    dict(reg="禄劝", S="鹿泉", F="石家庄市鹿泉区", province="河北省", level=_C),
    dict(reg="泸西", S="芦溪", F="芦溪县", province="江西省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("修文", "修文县", "贵州省", "police"), ("息烽", "息烽县", "贵州省", "fabu"), ("湄潭", "湄潭县", "贵州省", "procur"),
    ("桐梓", "桐梓县", "贵州省", "police"), ("金沙", "金沙县", "贵州省", "fabu"), ("织金", "织金县", "贵州省", "police"),
    ("纳雍", "纳雍县", "贵州省", "fabu"), ("贞丰", "贞丰县", "贵州省", "police"), ("晴隆", "晴隆县", "贵州省", "fabu"),
    ("锦屏", "锦屏县", "贵州省", "procur"), ("从江", "从江县", "贵州省", "police"), ("望谟", "望谟县", "贵州省", "fabu"),
    ("孝义", "孝义市", "山西省", "police"), ("剑河", "剑河县", "贵州省", "fabu"), ("侯马", "侯马市", "山西省", "police"),
    ("岑巩", "岑巩县", "贵州省", "fabu"), ("海林", "海林市", "黑龙江省", "police"), ("宁安", "宁安市", "黑龙江省", "fabu"),
    ("铁力", "铁力市", "黑龙江省", "police"), ("册亨", "册亨县", "贵州省", "police"),
    ("庄浪", "庄浪县", "甘肃省", "police"), ("岷县", "岷县", "甘肃省", "fabu"), ("靖远", "靖远县", "甘肃省", "police"),
    ("大石桥", "大石桥市", "辽宁省", "fabu"), ("盖州", "盖州市", "辽宁省", "police"), ("三穗", "三穗县", "贵州省", "fabu"),
    ("北镇", "北镇市", "辽宁省", "procur"), ("丹寨", "丹寨县", "贵州省", "police"), ("西峡", "西峡县", "河南省", "fabu"),
    ("鹿邑", "鹿邑县", "河南省", "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="云南日报", platform="weibo", vtype="media", reason="云南日报社官方微博", desc="云南新闻。",
         logo_text="滇报"),
    dict(name="云南网", platform="toutiao", vtype="media", reason="云南日报报业集团云南网官方账号", desc="新闻资讯。",
         logo_text="云网"),
    dict(name="春城晚报", platform="weibo", vtype="media", reason="春城晚报社官方微博", desc="昆明新闻。",
         logo_text="春晚"),
    dict(name="开屏新闻", platform="douyin", vtype="media", reason="春城晚报开屏新闻官方账号", desc="新闻客户端。",
         logo_text="开屏"),
    dict(name="都市时报", platform="weibo", vtype="media", reason="都市时报社官方微博", desc="都市新闻。",
         logo_text="都市"),
    dict(name="云南卫视", platform="bilibili", vtype="media", reason="云南广播电视台卫视频道官方账号",
         desc="卫视节目。", logo_text="滇视"),
    dict(name="都市条形码", platform="douyin", vtype="media", reason="云南广播电视台都市频道官方账号",
         desc="民生新闻栏目。", logo_text="条码"),
    dict(name="云南信息报", platform="wechat", vtype="media", reason="云南信息报社", desc="资讯。", logo_text="信息"),
    dict(name="昆明日报", platform="wechat", vtype="media", reason="昆明日报社", desc="昆明新闻。"),
    dict(name="曲靖日报", platform="toutiao", vtype="media", reason="曲靖日报社官方账号", desc="曲靖新闻。"),
    dict(name="玉溪日报", platform="wechat", vtype="media", reason="玉溪日报社", desc="玉溪新闻。"),
    dict(name="昭通日报", platform="douyin", vtype="media", reason="昭通日报社官方账号", desc="昭通新闻。"),
    dict(name="大理日报", platform="wechat", vtype="media", reason="大理日报社", desc="大理新闻。"),
    dict(name="红河日报", platform="toutiao", vtype="media", reason="红河日报社官方账号", desc="红河新闻。"),
    dict(name="德宏团结报", platform="wechat", vtype="media", reason="德宏团结报社", desc="德宏新闻。"),
    dict(name="西双版纳报", platform="kuaishou", vtype="media", reason="西双版纳报社官方账号", desc="版纳新闻。"),
    dict(name="临沧日报", platform="wechat", vtype="media", reason="临沧日报社", desc="临沧新闻。"),
    dict(name="云南交通广播", platform="weibo", vtype="media", reason="云南广播电视台交通之声官方微博",
         desc="交通广播。", logo_text="交广"),
    dict(name="元阳广播电视台", platform="douyin", vtype="media", reason="元阳县广播电视台官方账号",
         desc="元阳新闻。"),
    dict(name="会泽电视台", platform="kuaishou", vtype="media", reason="会泽县广播电视台官方账号", desc="会泽新闻。"),
    dict(name="勐海融媒", platform="douyin", vtype="media", reason="勐海县融媒体中心官方账号", desc="勐海新闻。"),
    dict(name="云南发布厅直播", platform="kuaishou", vtype="media", reason="云南广播电视台新闻频道官方账号",
         desc="新闻频道转播新闻发布会的直播栏目，并非省政府新闻办账号。", logo_text="直播"),
    dict(name="安宁12345回访", platform="toutiao", vtype="media", reason="昆明广播电视台官方账号",
         desc="电视台民生栏目，回访热线诉求的办理情况。", logo_text="回访"),
    dict(name="元阳文旅慢镜头", platform="wechat", vtype="media", reason="红河日报社",
         desc="报社文旅栏目，拍摄梯田风光，并非文旅局账号。", logo_text="慢镜"),
    dict(name="沧源公安纪实", platform="douyin", vtype="media", reason="临沧广播电视台官方账号",
         desc="电视台法治栏目，跟拍边境警务，并非公安账号。", logo_text="纪实"),
    dict(name="云南交警观察", platform="bilibili", vtype="media", reason="云南卫视官方账号",
         desc="卫视交通安全节目的栏目，并非交警账号。", logo_text="观察"),
]
PERSONAL = [
    dict(name="勐海茶农岩温", platform="douyin", vtype="personal", reason="普洱茶制作技艺从业者"),
    dict(name="梯田摄影师老杨", platform="weibo", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="会泽斑铜手艺人", platform="kuaishou"),
    dict(name="石屏豆腐阿姐", platform="douyin", avatar="cartoon"),
    dict(name="宾川柑橘哥", platform="kuaishou"),
    dict(name="梅里雪山向导扎西", platform="douyin", vtype="personal", reason="户外向导", avatar="scenery"),
    dict(name="沧源佤族阿妹", platform="kuaishou", avatar="cartoon"),
    dict(name="孟连咖啡农小艾", platform="douyin"),
    dict(name="罗平蜂农老何", platform="kuaishou", avatar="default"),
    dict(name="新平花腰傣姑娘", platform="douyin"),
    dict(name="漾濞核桃哥", platform="kuaishou"),
    dict(name="南华捡菌子的阿叔", platform="douyin", avatar="default"),
    dict(name="盐津乌骨鸡养殖户", platform="kuaishou"),
    dict(name="鲁甸花椒妹", platform="douyin", avatar="cartoon"),
    dict(name="通海蔬菜老王", platform="toutiao"),
    dict(name="禄劝山歌手", platform="kuaishou"),
    dict(name="永胜程海钓鱼人", platform="douyin"),
    dict(name="泸西高原梨农", platform="kuaishou", avatar="default"),
    dict(name="全科医生李医生", platform="toutiao", vtype="personal", reason="元阳某卫生院全科医生"),
    dict(name="律师老段说法", platform="toutiao", vtype="personal", reason="云南某律师事务所律师"),
    dict(name="安宁辅警阿龙", platform="douyin", vtype="personal", reason="安宁市公安局辅警", desc="分享反诈小知识。"),
    dict(name="寻甸牛干巴大叔", platform="kuaishou"),
    dict(name="德钦葡萄酒庄主", platform="weibo"),
    dict(name="每天转云南发布", platform="weibo", vtype="personal", reason="退休职工",
         desc="转发云南发布的消息，个人账号，非官方。"),
    dict(name="小赵解读通海税务", platform="toutiao", vtype="personal", reason="财税博主", desc="个人解读，非官方。"),
    dict(name="勐海文旅种草机", platform="wechat", desc="个人游记，记录在勐海的吃住行，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="云南公安装备商城", platform="weibo", vtype="enterprise", reason="昆明某警用装备有限公司",
         desc="警用装备、制服销售，私营企业，与公安机关无关。", logo_text="装备"),
    dict(name="罗平文旅假日酒店", platform="wechat", vtype="enterprise", reason="罗平某酒店管理有限公司",
         desc="酒店预订，企业账号，与文旅部门无关。"),
    dict(name="云南税务代账中心", platform="douyin", vtype="enterprise", reason="昆明某财务咨询有限公司",
         desc="代理记账、工商注册，私营企业，与税务局无关。"),
    dict(name="元阳红米", platform="douyin"),
    dict(name="宾川柑橘", platform="kuaishou"),
    dict(name="勐海茶厂", platform="douyin", vtype="enterprise", reason="勐海某茶业有限公司"),
    dict(name="石屏豆腐", platform="kuaishou", avatar="default"),
    dict(name="会泽斑铜", platform="douyin", vtype="enterprise", reason="会泽某斑铜工艺品有限公司"),
    dict(name="南华野生菌", platform="kuaishou"),
    dict(name="武定壮鸡", platform="douyin", vtype="enterprise", reason="武定某养殖有限公司"),
    dict(name="盐津乌骨鸡", platform="toutiao", vtype="enterprise", reason="盐津某生态农业有限公司"),
    dict(name="鲁甸花椒", platform="kuaishou"),
    dict(name="通海蔬菜", platform="douyin"),
    dict(name="新平褚橙", platform="kuaishou", avatar="default"),
    dict(name="孟连牛油果", platform="douyin", vtype="enterprise", reason="孟连某农业开发有限公司"),
    dict(name="沧源佤族织锦", platform="kuaishou"),
    dict(name="广南八宝米", platform="douyin"),
    dict(name="泸西高原梨", platform="kuaishou"),
    dict(name="罗平菜籽油", platform="douyin"),
    dict(name="德钦葡萄酒", platform="wechat", vtype="enterprise", reason="德钦某酒业有限公司"),
    dict(name="永德芒果", platform="kuaishou"),
    dict(name="寻甸牛干巴", platform="douyin"),
    dict(name="禄劝荞麦", platform="kuaishou", avatar="default"),
    dict(name="漾濞核桃", platform="douyin"),
    dict(name="镇沅茶叶", platform="kuaishou"),
    dict(name="定陶玫瑰", platform="douyin", vtype="enterprise", reason="定陶某玫瑰制品有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("孟连", "勐马", "勐马镇", ["town_sy14"]), ("禄劝", "转龙", "转龙镇", ["town_fl14"]),
    ("会泽", "娜姑", "娜姑镇", ["town_gj14"]), ("勐海", "勐遮", "勐遮镇", ["town_fl14"]),
    ("鲁甸", "龙头山", "龙头山镇", ["town_gj14"]), ("大关", "翠华", "翠华镇", ["town_sy14"]),
    ("永胜", "程海", "程海镇", ["town_fl14"]), ("双柏", "妥甸", "妥甸镇", ["town_gj14"]),
    ("武定", "狮山", "狮山镇", ["town_sy14"]), ("漾濞", "苍山西", "苍山西镇", ["town_fl14"]),
]
UNREG_CITY = [
    ("云南", "edu", 0), ("云南", "fire", 0), ("云南", "medins", 0),
    ("云南", "civil", 0), ("云南", "weather", 0), ("山东", "weather", 1), ("广东", "eco", 1),
    ("罗平", "police", 0), ("通海", "police", 0), ("鲁甸", "police", 0), ("大关", "police", 0), ("永胜", "police", 0),
    ("孟连", "police", 0), ("永德", "police", 0), ("永仁", "police", 0), ("广南", "police", 0), ("宾川", "police", 0),
    ("德钦", "police", 0), ("会泽", "culture", 0), ("安宁", "culture", 0), ("峨山", "police", 0), ("双柏", "police", 0),
    ("漾濞", "culture", 0), ("云南", "emergency", 0), ("云南", "eco", 0), ("元阳", "tax", 0),
    ("富民", "fabu", 0), ("陆良", "fabu", 0), ("师宗", "fabu", 0), ("绥江", "fabu", 0),
    ("墨江", "fabu", 0), ("镇康", "fabu", 0),
    ("耿马", "fabu", 0), ("施甸", "fabu", 0), ("牟定", "fabu", 0), ("大姚", "fabu", 0), ("绿春", "fabu", 0),
    ("丘北", "fabu", 0), ("勐腊", "fabu", 0), ("祥云", "fabu", 0), ("永平", "fabu", 0),
    ("弥渡", "police", 0), ("洱源", "culture", 0), ("维西", "fabu", 0), ("梁河", "fabu", 0),
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
    print("building dev14 ...")
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
