"""Twenty-ninth dev part (dev29; built 2026-12-05 in the twenty-sixth session as the twenty-fifth blind held-out
part, demoted to tuning data in the twenty-seventh session).
Run: python eval/impostor/dev29/spec_dev29.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev28/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its regional
bodies, and districts, counties and county-level cities across its prefecture-level divisions, plus a few towns),
plus one unused provincial body each of Shandong and Guangdong, so the registry is the supervising office's
registry for three provinces.  Part-specific machinery (new unit and town kinds, level forms, traditional-form
modes, digit forms, colour filters, frames, screenshot layouts, the registry's region fix) lives in this file, not
in gen_common.py.
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

PART = "dev29"
SEED = 40427
CRAWL_DAY = "2026-10-27"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "renying26": ("{F}人工影响天气办公室", "{F}人工影响天气办公室", ["{S}人影", "{S}人工影响天气"], "cloud", None,
                  "发布防雹增雨作业公告、作业空域申请和人工增雨效果信息"),
    "tarim26": ("{S}塔里木河流域管理局", "{F}塔里木河管理站", ["{S}塔里木河", "{S}塔管局"], "waves", None,
                "发布塔里木河生态输水、河道巡查和胡杨林保护信息"),
    "minyu26": ("{F}民族语言文字工作委员会", "{F}民族语言文字工作委员会", ["{S}民语委", "{S}民族语文"], "book", None,
                "发布国家通用语言文字推广、多语种翻译和新词术语规范信息"),
    "weiyi26": ("{F}维吾尔医医院", "{F}维吾尔医医院", ["{S}维吾尔医", "{S}维医"], "cross", None,
                "发布维吾尔医特色诊疗、门诊排班和药茶养生知识"),
    "hushi26": ("{F}边民互市贸易服务中心", "{F}边民互市贸易区管理委员会", ["{S}边民互市", "{S}互市"], "gate", None,
                "发布边民互市交易时间、进口商品落地加工和边民补贴信息"),
    "sanjiaozhou26": ("{S}黄河三角洲国家级自然保护区管理委员会", "{F}黄河三角洲保护区管理站",
                      ["{S}黄河三角洲", "{S}黄河口湿地"], "waves", None,
                      "发布湿地保护、鸟类观测和保护区科普活动信息"),
    "haiyang26": ("{F}海洋综合执法总队", "{F}海洋综合执法支队", ["{S}海洋执法", "{S}海洋综合执法"], "shield", None,
                  "发布海洋伏季休渔执法、非法采砂查处和海岛保护信息"),
    "qihou26": ("{F}气候中心", "{F}气候中心", ["{S}气候", "{S}气候中心"], "cloud", None,
                "发布气候公报、农业气候评估和气候资源利用信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_mh26": ("{F}{DF}农业技术推广站", ["{DS}农技站", "{DS}棉田农技"], "leaf", None,
                  "发布棉花滴灌、病虫害防治和机采棉作业信息"),
    "town_pt26": ("{F}{DF}葡萄产业服务站", ["{DS}葡萄站", "{DS}葡萄晾房"], "sun", None,
                  "发布葡萄种植技术、晾房改造补贴和葡萄干收购信息"),
    "town_dw26": ("{F}{DF}冬季牧场服务站", ["{DS}冬牧场", "{DS}冬窝子"], "house", None,
                  "发布冬季牧场转场、饲草储备和牧民暖圈建设信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"renying26": "人影", "tarim26": "塔里木河", "minyu26": "民语委", "weiyi26": "维吾尔医",
               "hushi26": "边民互市", "sanjiaozhou26": "黄河三角洲", "haiyang26": "海洋执法", "qihou26": "气候",
               "town_mh26": "农技站", "town_pt26": "葡萄站", "town_dw26": "冬牧场"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level division (short, full)
_WQ, _KL = ("乌鲁木齐", "乌鲁木齐市"), ("克拉玛依", "克拉玛依市")
_TL, _HM = ("吐鲁番", "吐鲁番市"), ("哈密", "哈密市")
_CJ, _BT = ("昌吉", "昌吉回族自治州"), ("博尔塔拉", "博尔塔拉蒙古自治州")
_BY, _AK = ("巴音郭楞", "巴音郭楞蒙古自治州"), ("阿克苏", "阿克苏地区")
_KZ, _KS = ("克孜勒苏", "克孜勒苏柯尔克孜自治州"), ("喀什", "喀什地区")
_HT, _YL = ("和田", "和田地区"), ("伊犁", "伊犁哈萨克自治州")
_TC, _AL = ("塔城", "塔城地区"), ("阿勒泰", "阿勒泰地区")
PARENT = {"天山": _WQ, "乌尔禾": _KL, "鄯善": _TL, "托克逊": _TL, "伊吾": _HM,
          "阜康": _CJ, "奇台": _CJ, "木垒": _CJ, "玛纳斯": _CJ,
          "博乐": _BT, "阿拉山口": _BT, "精河": _BT,
          "库尔勒": _BY, "焉耆": _BY, "且末": _BY, "若羌": _BY, "轮台": _BY, "尉犁": _BY,
          "温宿": _AK, "沙雅": _AK, "拜城": _AK, "阿瓦提": _AK,
          "乌恰": _KZ,
          "疏勒": _KS, "英吉沙": _KS, "莎车": _KS, "塔什库尔干": _KS, "叶城": _KS,
          "墨玉": _HT, "策勒": _HT, "于田": _HT, "民丰": _HT,
          "伊宁": _YL, "霍尔果斯": _YL, "察布查尔": _YL, "昭苏": _YL, "巩留": _YL,
          "额敏": _TC, "沙湾": _TC,
          "布尔津": _AL, "哈巴河": _AL, "福海": _AL, "青河": _AL}
REGION_NAME = "新疆"
# the region's tourism brand, written in place of the region's name (the brand contains the name)
BRAND_WORD = "大美新疆"
# the capital's everyday abbreviation written before one of the capital's districts
CAPITAL_WORD = "乌市"
# the everyday abbreviations of the autonomous prefectures, written before their places
ZHOU_ABBR = {"昌吉": "昌吉州", "博尔塔拉": "博州", "巴音郭楞": "巴州", "克孜勒苏": "克州", "伊犁": "伊犁州"}
# the three parts of the region, written before the places of a prefecture-level division
AREA_WORD = {"阿克苏": "南疆", "喀什": "南疆", "和田": "南疆", "克孜勒苏": "南疆", "巴音郭楞": "南疆",
             "乌鲁木齐": "北疆", "克拉玛依": "北疆", "昌吉": "北疆", "博尔塔拉": "北疆", "伊犁": "北疆",
             "塔城": "北疆", "阿勒泰": "北疆", "吐鲁番": "东疆", "哈密": "东疆"}
# prefecture-level cities that were prefectures (地区) until 2015-2016
FORMER_DIQU = {"吐鲁番": "吐鲁番地区", "哈密": "哈密地区"}
# county-level cities written with the level they had before (same name)
PRIOR_LEVEL = {"沙湾": "沙湾县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="新疆", F="新疆维吾尔自治区", area="0991", landmark="mountain", nick="天山南北",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("medins", {"platforms": _2}),
                ("renying26", {"name_idx": 0, "platforms": _3}),
                ("minyu26", {"name_idx": 0, "platforms": _2}),
                ("tarim26", {"name_idx": 0, "platforms": _3}),
                ("weiyi26", {"name_idx": 0, "platforms": _3})]),
    dict(S="山东", F="山东省", area="0531", landmark="bridge", nick="黄河入海",
         depts=[("sanjiaozhou26", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="pier", nick="南粤海关线",
         depts=[("haiyang26", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="新疆维吾尔自治区"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- districts, counties and county-level cities of the new region
    _c("天山", "天山区", "0991", "skyline", "红山脚下", [("fabu", {"platforms": _3})]),
    _c("乌尔禾", "乌尔禾区", "0990", "tower", "魔鬼城下", [("fabu", {"platforms": _3})]),
    _c("鄯善", "鄯善县", "0995", "sun", "库木塔格沙漠",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})],
       [dict(DS="鲁克沁", DF="鲁克沁镇", depts=["town_pt26"])]),
    _c("托克逊", "托克逊县", "0995", "sun", "风库", [("fabu", {"platforms": _2})]),
    _c("伊吾", "伊吾县", "0902", "mountain", "胡杨林海",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("hotline", {"platforms": _2}),
        ("market", {"name_idx": 0, "platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]),
    _c("阜康", "阜康市", "0994", "mountain", "瑶池之畔",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _2})]),
    _c("木垒", "木垒哈萨克自治县", "0994", "waves", "木垒", []),
    _c("奇台", "奇台县", "0994", "sun", "江布拉克", [("fabu", {"platforms": _3k})]),
    _c("玛纳斯", "玛纳斯县", "0994", "waves", "碧玉之乡", [("fabu", {"platforms": _2})],
       [dict(DS="包家店", DF="包家店镇", depts=["town_mh26"])]),
    _c("库尔勒", "库尔勒市", "0996", "skyline", "梨城",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("焉耆", "焉耆回族自治县", "0996", "pagoda", "开都河畔", [("fabu", {"platforms": _3})]),
    _c("且末", "且末县", "0996", "sun", "车尔臣河", [("fabu", {"platforms": _3})]),
    _c("若羌", "若羌县", "0996", "tower", "楼兰故地", [("fabu", {"platforms": _3t})]),
    _c("阿拉山口", "阿拉山口市", "0909", "tower", "风口国门",
       [("fabu", {"platforms": _3}), ("hushi26", {"name_idx": 0})]),
    _c("博乐", "博乐市", "0909", "waves", "赛里木湖畔",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("温宿", "温宿县", "0997", "mountain", "托木尔峰下", [("fabu", {"platforms": _2})]),
    _c("沙雅", "沙雅县", "0997", "sun", "胡杨之乡",
       [("fabu", {"platforms": _3}), ("tarim26", {"name_idx": 0})]),
    _c("拜城", "拜城县", "0997", "pagoda", "克孜尔石窟",
       [("fabu", {"platforms": _3t}), ("police", {"platforms": _2})]),
    _c("乌恰", "乌恰县", "0908", "mountain", "西陲第一县",
       [("fabu", {"platforms": _2}), ("hushi26", {"name_idx": 0})]),
    _c("疏勒", "疏勒县", "0998", "waves", "盘橐城", [("fabu", {"platforms": _3})],
       [dict(DS="罕南力克", DF="罕南力克镇", depts=["town_mh26"])]),
    _c("英吉沙", "英吉沙县", "0998", "tower", "小刀之乡", [("fabu", {"platforms": _3})]),
    _c("莎车", "莎车县", "0998", "skyline", "叶尔羌河",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("塔什库尔干", "塔什库尔干塔吉克自治县", "0998", "mountain", "帕米尔高原",
       [("fabu", {"platforms": _3}), ("hushi26", {"name_idx": 0})]),
    _c("墨玉", "墨玉县", "0903", "waves", "喀拉喀什河", [("fabu", {"platforms": _2})]),
    _c("策勒", "策勒县", "0903", "sun", "昆仑山北", [("fabu", {"platforms": _3})]),
    _c("于田", "于田县", "0903", "waves", "克里雅河",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2}),
        ("culture", dict(_DC)), ("market", {"name_idx": 0, "platforms": _2}),
        ("tax", {"platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]),
    _c("伊宁", "伊宁市", "0999", "skyline", "伊犁河谷",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _2})]),
    _c("霍尔果斯", "霍尔果斯市", "0999", "tower", "西部口岸",
       [("fabu", {"platforms": _3}), ("hushi26", {"name_idx": 0})]),
    _c("察布查尔", "察布查尔锡伯自治县", "0999", "pagoda", "锡伯故里", [("fabu", {"platforms": _2})]),
    _c("昭苏", "昭苏县", "0999", "mountain", "天马故乡", [("fabu", {"platforms": _3})]),
    _c("额敏", "额敏县", "0901", "waves", "额敏河畔", [("fabu", {"platforms": _2})]),
    _c("沙湾", "沙湾市", "0993", "skyline", "大盘鸡故乡",
       [("fabu", {"platforms": _4b}), ("police", {"platforms": _2})]),
    _c("布尔津", "布尔津县", "0906", "mountain", "喀纳斯", [("fabu", {"platforms": _2})],
       [dict(DS="冲乎尔", DF="冲乎尔镇", depts=["town_dw26"])]),
    _c("哈巴河", "哈巴河县", "0906", "waves", "白桦林", [("fabu", {"platforms": _3})]),
    # ---- places that only have unregistered units here
    _c("阿瓦提", "阿瓦提县", "0997", "sun", "阿瓦提", []),
    _c("轮台", "轮台县", "0996", "sun", "轮台", []),
    _c("尉犁", "尉犁县", "0996", "waves", "尉犁", []),
    _c("精河", "精河县", "0909", "waves", "精河", []),
    _c("叶城", "叶城县", "0998", "mountain", "叶城", []),
    _c("民丰", "民丰县", "0903", "sun", "民丰", []),
    _c("巩留", "巩留县", "0999", "mountain", "巩留", []),
    _c("福海", "福海县", "0906", "waves", "福海", []),
    _c("青河", "青河县", "0906", "mountain", "青河", []),
    # ---- prefecture-level divisions (not registered; only unregistered units here)
    _c("乌鲁木齐", "乌鲁木齐市", "0991", "skyline", "乌鲁木齐", []),
    _c("克拉玛依", "克拉玛依市", "0990", "tower", "克拉玛依", []),
    _c("喀什", "喀什地区", "0998", "skyline", "喀什", []),
    _c("伊犁", "伊犁哈萨克自治州", "0999", "mountain", "伊犁", []),
    _c("阿勒泰", "阿勒泰地区", "0906", "mountain", "阿勒泰", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_3, _2, ["wechat", "douyin"], _3t, _2, ["weibo", "wechat", "toutiao"], _3, _3k, _2, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|x26".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0652


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布丝路政声")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安石榴警务")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345诉求速办")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅西域行")
    if d == "hushi26" and name == S + "边民互市":
        opts.append(S + "边民互市服务")
    if d == "tarim26" and name == S + "塔里木河":
        opts.append(S + "塔里木河生态")
    if d == "renying26" and name == S + "人影":
        opts.append(S + "人影作业公告")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["棉花补贴登记", "禁牧补助发放", "援疆教师招聘", "口岸免税代购", "独库公路通行证", "天池门票预约",
            "牧民定居补助", "护边员工资补发", "巴旦木", "薄皮包子", "馕坑肉", "烤包子", "油馕", "灰枣", "葡萄干",
            "恰克恰克", "\u06de亚克西", "\u06de热合麦特", "\u061f速来领取", "\u06d4限三日内办理", "\u06e9",
            "\u06de", "🪕", "帕米尔", "喀纳斯"]
PREFIXES = ["疆", "丝绸之路", "西域", "天山脚下", "塔克拉玛干", "亚克西\u06de", "加油亚克西", "萨拉姆\u06de",
            "\u06d4棉补已下发\u06d4", "\u06d4免税名额\u06d4", "\u06d4棉农请注意\u06d4", "\u06de", "\u06e9",
            "昆仑山下", "赛里木湖", "那拉提"]
LOOKALIKE = {
    "天": ["灭"], "鄯": ["鄙"], "善": ["普"], "托": ["扦"], "克": ["竞"], "逊": ["迸"], "阜": ["皋"], "斯": ["断"],
    "奇": ["奋"], "木": ["水"], "拉": ["抗"], "勒": ["勘"], "若": ["苫"], "羌": ["美"], "且": ["旦"], "末": ["米"],
    "耆": ["蓄"], "温": ["湛"], "宿": ["宦"], "沙": ["浊"], "雅": ["雏"], "城": ["坡"], "恰": ["拾"], "疏": ["硫"],
    "英": ["茧"], "车": ["牟"], "塔": ["培"], "策": ["第"], "霍": ["雹"], "额": ["颜"], "敏": ["敞"], "津": ["漳"],
    "湾": ["滴"], "昭": ["绍"], "果": ["栗"], "纳": ["纲"],
}
SAME_SOUND = {
    "乌": ["钨"], "伊": ["铱"], "克": ["刻"], "博": ["勃", "渤"], "吾": ["梧"], "善": ["膳"], "垒": ["磊"],
    "墨": ["漠"], "奇": ["旗", "歧"], "宿": ["肃", "溯"], "巴": ["扒"], "库": ["酷"], "恰": ["洽"],
    "托": ["拖", "脱"], "拜": ["败"], "敏": ["闽"], "斯": ["丝", "司"], "木": ["暮"], "末": ["沫"], "查": ["茬"],
    "玉": ["豫", "喻"], "玛": ["马"], "疏": ["舒", "蔬"], "禾": ["荷"], "策": ["册"], "纳": ["娜"], "英": ["樱"],
    "莎": ["纱"], "逊": ["迅", "讯"], "鄯": ["扇"], "阜": ["赋"], "额": ["鹅"],
}
TRAD_MODES = ["penultimate_only", "ends_only", "even_positions"]
# visible word separators other parts did not use: Arabic punctuation and signs (the script of the region's
# Uyghur and Kazakh writing)
SPACES = ["\u060d", "\u060e", "\u060f", "\u061e", "\u066b", "\u066c", "\u06d4", "\u06fd", "\u06fe", "\u066a",
          "\u061f", "\u06de"]
DOUBLE_SPACE_P = 0.036
# variation selectors (supplement) no part used
ZERO_WIDTH = ["\U000e0129", "\U000e012d", "\U000e0134", "\U000e013b", "\U000e0140", "\U000e014a", "\U000e0153",
              "\U000e015c", "\U000e016b", "\U000e017c", "\U000e018d", "\U000e0196"]
EMOJI = ["🪕", "🧆", "🍒", "🍯", "🧺", "🪗", "🪈", "🍅", "🥕", "🌬", "🧿", "🌼"]
BRACKETS = [("⬅", "➡"), ("⥾", "⥿"), ("⤎", "⤏"), ("⇷", "⇸"), ("⬸", "⤑"), ("🠀", "🠂"), ("🠈", "🠊"), ("🠐", "🠒"),
            ("🡐", "🡒"), ("🡠", "🡢"), ("🡸", "🡺"), ("🢘", "🢚")]
FULLWIDTH_MODES = ["arabic_indic_digits", "mongolian_digits", "left_harpoon_above", "suspension_mark"]
LEVEL_FORMS = ["damei_brand", "wushi_lead", "zhou_abbrev_lead", "jiang_area_lead", "former_diqu_region",
               "prior_county_level", "diqu_full_lead", "dijishi_short_lead", "town_leap_county"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警务驿站", "{nick}平安巴扎", "{S}巡逻快报"],
    "fabu": ["{S}政务晨读", "{nick}丝路快报", "{S}民生头条"],
    "gov": ["{S}政务服务站", "{nick}惠民直通车"],
    "health": ["{S}健康巴郎", "{nick}健康驿站"],
    "tax": ["{S}税费小课堂", "{nick}办税指南针"],
    "hotline": ["{S}热线帮帮团", "{nick}诉求回音壁"],
    "culture": ["{S}西域风情", "{nick}麦西热甫", "{S}自驾攻略"],
    "medins": ["{S}医保掌上办", "{nick}医保随身查"],
    "market": ["{S}巴扎守护", "{nick}足斤秤"],
    "hushi26": ["{S}互市快讯", "{nick}边民货栈"],
    "tarim26": ["{S}胡杨守望", "{nick}生态输水"],
    "renying26": ["{S}防雹哨", "{nick}云端作业"],
    "minyu26": ["{S}双语小词典", "{nick}通用语课堂"],
    "weiyi26": ["{S}药茶养生", "{nick}沙疗馆"],
    "sanjiaozhou26": ["{S}观鸟台", "{nick}湿地日记"],
    "haiyang26": ["{S}休渔守护", "{nick}蓝色执法"],
    "qihou26": ["{S}气候观察", "{nick}光热资源"],
    "town_mh26": ["{S}棉田管家"],
    "town_pt26": ["{S}葡萄沟里"],
    "town_dw26": ["{S}毡房新居"],
    "generic": ["{S}巴郎子", "{nick}胡杨下", "{S}古丽说"],
}


# ---- digit forms (the registered digit names are 12345 and 12366)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


def _digits(s, zero):
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "arabic_indic_digits": lambda s: _digits(s, 0x660),
    "mongolian_digits": lambda s: _digits(s, 0x1810),
    "left_harpoon_above": lambda s: _marks(s, "\u20d0"),
    "suspension_mark": lambda s: _marks(s, "\u1dc3"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _lead(u, acc, word):
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PARENT or not name.startswith(pl["S"]):
        return None
    return word + name


def _damei_brand(u, acc):
    """The region's tourism brand in place of the region's name (the brand contains the name)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return BRAND_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return BRAND_WORD + name[len(pl["S"]):]
    return None


def _wushi_lead(u, acc):
    """The capital's everyday abbreviation before one of the capital's districts."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] != "乌鲁木齐":
        return None
    return _lead(u, acc, CAPITAL_WORD)


def _zhou_abbrev_lead(u, acc):
    """The autonomous prefecture's everyday abbreviation before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] not in ZHOU_ABBR:
        return None
    return _lead(u, acc, ZHOU_ABBR[par[0]])


def _jiang_area_lead(u, acc):
    """The part of the region (south, north or east) before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] not in AREA_WORD:
        return None
    return _lead(u, acc, AREA_WORD[par[0]])


def _former_diqu_region(u, acc):
    """The prefecture-level city written as the prefecture (地区) it was until 2015-2016, before one of its
    places."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] not in FORMER_DIQU:
        return None
    return _lead(u, acc, FORMER_DIQU[par[0]])


def _prior_county_level(u, acc):
    """A county-level city written with the level it had before (same name)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PRIOR_LEVEL or not name.startswith(pl["S"]):
        return None
    return PRIOR_LEVEL[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _diqu_full_lead(u, acc):
    """A prefecture's full name with its level word before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or not par[1].endswith("地区"):
        return None
    return _lead(u, acc, par[1])


def _dijishi_short_lead(u, acc):
    """A prefecture-level city's short name (the four cities, not the prefectures or autonomous prefectures)
    before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or not par[1].endswith("市"):
        return None
    return _lead(u, acc, par[0])


def _town_leap_county(u, acc):
    """A town put directly under its prefecture-level division's short name, its county left out."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return ZHOU_ABBR.get(par[0], par[0]) + name


_FORM_MAKERS = {"damei_brand": _damei_brand, "wushi_lead": _wushi_lead, "zhou_abbrev_lead": _zhou_abbrev_lead,
                "jiang_area_lead": _jiang_area_lead, "former_diqu_region": _former_diqu_region,
                "prior_county_level": _prior_county_level, "diqu_full_lead": _diqu_full_lead,
                "dijishi_short_lead": _dijishi_short_lead, "town_leap_county": _town_leap_county}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: regional accounts
    the brand, towns their prefecture-level division, the upgraded city mostly its former level, the capital's
    district mostly the capital's abbreviation, places of autonomous prefectures mostly the prefecture's
    abbreviation, the other places the part of the region, the former prefecture, the prefecture's full name or
    the city's short name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("damei_brand", "town_leap_county"):
        if f in names:
            return f, names[f]
    if "prior_county_level" in names and _h(acc, "xp") % 3:
        return "prior_county_level", names["prior_county_level"]
    if "wushi_lead" in names and _h(acc, "xw") % 3:
        return "wushi_lead", names["wushi_lead"]
    if "zhou_abbrev_lead" in names and _h(acc, "xz") % 2:
        return "zhou_abbrev_lead", names["zhou_abbrev_lead"]
    rest = [f for f in ("jiang_area_lead", "former_diqu_region", "diqu_full_lead", "dijishi_short_lead",
                        "zhou_abbrev_lead", "wushi_lead", "prior_county_level") if f in names]
    f = rest[_h(acc, "xr") % len(rest)]
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


def _t_penultimate_only(s, u, r):
    """Only the second-to-last convertible character (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [idx[-2] if len(idx) > 1 else idx[0]])


def _t_ends_only(s, u, r):
    """The first and the last convertible characters."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, sorted({idx[0], idx[-1]}))


def _t_even_positions(s, u, r):
    """The second, fourth, sixth ... convertible characters (the first when there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1::2] or idx[:1])


TRAD_FUNCS = {"penultimate_only": _t_penultimate_only, "ends_only": _t_ends_only,
              "even_positions": _t_even_positions}


# ---- image edits
def _desert_dune(img, rng):
    """Desert light: the picture washed toward sand gold, shadows lifted, a faint haze at the top."""
    a = np.asarray(img, float)
    k = rng.uniform(0.24, 0.3)
    out = a * (1 - k) + np.array([226, 186, 120], float) * k
    out = 30 + out * 0.88
    h = a.shape[0]
    haze = np.clip(1.0 - np.arange(h) / (0.45 * h), 0, 1)[:, None, None] * 0.18
    out = out * (1 - haze) + 244 * haze
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"desert dune k{k:.2f}"


def _atlas_silk(img, rng):
    """Ikat silk colours: wavy vertical bands (red, yellow, green, blue, white) blended over the picture."""
    a = np.asarray(img, float)
    h, w = a.shape[:2]
    cols = np.array([[200, 30, 60], [250, 200, 30], [30, 150, 80], [30, 80, 180], [246, 240, 230]], float)
    yy, xx = np.mgrid[0:h, 0:w]
    shift = (np.sin(yy / max(4.0, h / 9.0)) * w / 24.0)
    band = cols[(((xx + shift) * 5) // w).astype(int) % 5]
    k = rng.uniform(0.19, 0.24)
    out = a * (1 - k) + band * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"atlas silk k{k:.2f}"


def _grape_violet(img, rng):
    """A grape-violet cast: greens lowered, reds and blues raised, colours a little muted."""
    a = np.asarray(img, float)
    g = a.mean(axis=2, keepdims=True)
    s = rng.uniform(0.72, 0.8)
    out = g + (a - g) * s
    out[..., 1] *= 0.8
    out[..., 0] = out[..., 0] * 1.05 + 10
    out[..., 2] = out[..., 2] * 1.1 + 16
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"grape violet s{s:.2f}"


def _poplar_autumn(img, rng):
    """Desert poplars in autumn: luminance mapped from a dark umber to a bright golden yellow."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([62, 40, 20], float)
    light = np.array([252, 214, 70], float)
    gam = rng.uniform(0.78, 0.85)
    out = dark + (light - dark) * (g ** gam)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"poplar autumn g{gam:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _ikat_zigzag(img, rng, P):
    """An ikat frame: zigzag rows of bright colours on a deep red ground."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (150, 20, 40))
    d = ImageDraw.Draw(out)
    cols = [(250, 200, 30), (30, 150, 80), (30, 80, 180), (246, 240, 230), rng.choice(P["border_colours"])]
    s = max(3, pad // 4)
    for i, y in enumerate(range(0, W, s)):
        pts = [(x, y + (s // 2 if (x // s) % 2 else 0)) for x in range(0, W + s, s)]
        d.line(pts, fill=cols[i % len(cols)], width=max(1, s // 3))
    out.paste(img, (pad, pad))
    return out, "border ikat zigzag"


def _carpet_diamond(img, rng, P):
    """A carpet border: a dark blue field with a row of diamonds and a thin gold rule around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (24, 36, 92))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    r = max(3, pad // 3)
    k = 0
    for t in range(r, W, 2 * r):
        for (x, y) in ((t, pad // 2), (t, W - pad // 2), (pad // 2, t), (W - pad // 2, t)):
            k += 1
            d.polygon([(x, y - r + 1), (x + r - 1, y), (x, y + r - 1), (x - r + 1, y)],
                      fill=c2 if k % 3 == 0 else (196, 44, 40))
    d.rectangle([pad - 3, pad - 3, W - pad + 2, W - pad + 2], outline=(222, 184, 70), width=2)
    out.paste(img, (pad, pad))
    return out, "border carpet diamond"


def _doppa_dots(img, rng, P):
    """An embroidered-cap frame: a black ground with white four-petal marks in a grid."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (20, 20, 24))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    step = max(6, pad // 2)
    for y in range(step // 2, W, step):
        for x in range(step // 2, W, step):
            q = max(1, step // 5)
            for dx, dy in ((q, 0), (-q, 0), (0, q), (0, -q)):
                d.ellipse([x + dx - q, y + dy - q, x + dx + q, y + dy + q], fill=(238, 236, 230))
            d.point((x, y), fill=c2)
    out.paste(img, (pad, pad))
    return out, "border doppa dots"


def _shot_cotton_subsidy(img, rng, P, out_px):
    """A cotton-subsidy notice page: a green header, a form with four grey fields, a long blue submit button,
    the avatar small at the top right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 248, 244))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.12 * S)], fill=(36, 140, 72))
    for k in range(4):
        y = int((0.2 + 0.12 * k) * S)
        d.rounded_rectangle([int(0.07 * S), y, int(0.93 * S), y + int(0.07 * S)], radius=8, fill=(255, 255, 255),
                            outline=(196, 206, 198), width=2)
    d.rounded_rectangle([int(0.07 * S), int(0.74 * S), int(0.93 * S), int(0.83 * S)], radius=20, fill=(40, 110, 210))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.96 * S) - a, int(0.02 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot cotton subsidy scale {a / S:.3f}"


def _shot_jade_certificate(img, rng, P, out_px):
    """A stone appraisal certificate: a cream page with a gold double border, a photo box, text lines and a red
    seal, the avatar small at the bottom left."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (250, 246, 232))
    d = ImageDraw.Draw(canvas)
    d.rectangle([int(0.03 * S), int(0.03 * S), int(0.97 * S), int(0.97 * S)], outline=(196, 160, 60), width=5)
    d.rectangle([int(0.06 * S), int(0.06 * S), int(0.94 * S), int(0.94 * S)], outline=(196, 160, 60), width=2)
    d.rectangle([int(0.12 * S), int(0.16 * S), int(0.46 * S), int(0.5 * S)], fill=(214, 226, 206),
                outline=(150, 150, 140), width=2)
    for k in range(5):
        y = int((0.18 + 0.07 * k) * S)
        d.line([int(0.52 * S), y, int(0.88 * S), y], fill=(170, 164, 150), width=3)
    d.ellipse([int(0.62 * S), int(0.62 * S), int(0.86 * S), int(0.86 * S)], outline=(200, 36, 36), width=5)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.09 * S), int(0.9 * S) - a))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot jade certificate scale {a / S:.3f}"


def _shot_duty_free_cart(img, rng, P, out_px):
    """A duty-free shopping cart: an orange header, item rows with square thumbnails and prices, a dark checkout
    bar, the avatar small in the header."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (246, 244, 242))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.13 * S)], fill=(240, 120, 30))
    for k in range(4):
        y = int((0.18 + 0.16 * k) * S)
        d.rectangle([int(0.05 * S), y, int(0.95 * S), y + int(0.13 * S)], fill=(255, 255, 255))
        d.rectangle([int(0.08 * S), y + int(0.02 * S), int(0.18 * S), y + int(0.11 * S)],
                    fill=(200 - 30 * k, 180, 150 + 20 * k))
        d.rectangle([int(0.74 * S), y + int(0.07 * S), int(0.9 * S), y + int(0.1 * S)], fill=(230, 60, 40))
    d.rectangle([0, int(0.88 * S), S, S], fill=(40, 40, 48))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.03 * S), int(0.03 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot duty free cart scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"desert_dune": _desert_dune, "atlas_silk": _atlas_silk,
                                   "grape_violet": _grape_violet, "poplar_autumn": _poplar_autumn},
                   border_funcs={"ikat_zigzag": _ikat_zigzag, "carpet_diamond": _carpet_diamond,
                                 "doppa_dots": _doppa_dots},
                   screenshot_funcs={"cotton_subsidy": _shot_cotton_subsidy,
                                     "jade_certificate": _shot_jade_certificate,
                                     "duty_free_cart": _shot_duty_free_cart},
                   resize_px=[290, 292, 293, 294, 295, 297, 298],
                   jpeg_q=(67, 69), crop_frac=(0.3911, 0.3926),
                   border_styles=["ikat_zigzag", "carpet_diamond", "doppa_dots"],
                   border_colours=[(203, 31, 61), (251, 201, 29), (31, 151, 79), (29, 79, 181),
                                   (223, 185, 71), (25, 37, 93)],
                   border_frac=(0.4436, 0.4461),
                   recolour_modes=["desert_dune", "atlas_silk", "grape_violet", "poplar_autumn"],
                   hue_shift=(321, 323), rotate_deg=(57.1, 57.9),
                   watermark_texts=["棉补登记", "禁牧补助", "免税代购", "援疆招聘", "通行证代办"],
                   watermark_alpha=(183, 187),
                   screenshot_styles=["cotton_subsidy", "jade_certificate", "duty_free_cart"],
                   screenshot_scale=(0.0641, 0.0657))
P_IMPOSTOR_DERIVED = 0.5355
P_IMPOSTOR_DEFAULT = 0.0845
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0905
IMPOSTOR_VERIFIED = [("enterprise", "{S}丝路驼铃文化传媒有限公司"), ("personal", "天山脚下跑长途的司机"),
                     ("other", "{S}巴扎商户互助会")]
IMPOSTOR_DESCS = ["{S}{fn}：棉花目标价格补贴第二批名单已公示，钱没到的棉农加微{wx}报卡号",
                  "【{S}{fn}】草原生态保护补助奖励资金补发，牧户添加{wx}核对户口页后统一发放",
                  "{name}：口岸免税额度内部转让，先付三成定金，加企鹅{qq}排队代购",
                  "{S}{fn}：援疆教师招聘笔试免考名额仅剩几个，私聊{wx}交报名费保录取",
                  "{S}{fn}老号已停用，独库公路通行证改由本号代办，加V{wx}预约日期"]
MAX_PER_TARGET = 6

# Nearly every two- and three-tactic combination the builder can write is used by some other part, and dev15 ...
# dev28 used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses
# (four impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_LA, _SS, _TR, _FW], 4),  # first: few targets carry digits
    ([_RE, _SP, _ZW, _FW], 4),
    ([_SP, _ZW, _EB, _FW], 4),
    ([_LA, _SS, _SP, _FW], 4),
    ([_PR, _TR, _EB, _FW], 4),
    ([_LA, _ZW, _NP, _FW], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_SU, _LA, _SS, _TR], 4),
    ([_SU, _PR, _EB, _RE], 4),
    ([_LA, _SS, _SP, _LP], 4),
    ([_TR, _ZW, _RE, _NP], 4),
    ([_SU, _LA, _SP, _NP], 4),
    ([_SU, _SS, _TR, _NP], 4),
    ([_SU, _PR, _SP, _LP], 4),
    ([_SU, _TR, _LP, _NP], 4),
    ([_PR, _LA, _TR, _ZW], 4),
    ([_SP, _ZW, _RE, _LP], 4),
    ([_PR, _TR, _ZW, _EB], 4),
    ([_TR, _SP, _EB, _RE], 4),
    ([_SU, _PR, _LP, _NP], 4),
    ([_SU, _SP, _EB, _RE], 4),
    ([_LA, _SS, _EB, _LP], 4),
    ([_SP, _ZW, _RE, _NP], 4),
    ([_PR, _LA, _SS, _EB], 4),
    ([_PR, _LA, _RE, _LP], 4),
    ([_SU, _SS, _EB, _NP], 4),
    ([_SU, _ZW, _RE, _LP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market", "health"]
OTHER_PLACES_CHAR = [
    dict(reg="天山", S="天全", F="天全县", province="四川省", level=_C),
    dict(reg="托克逊", S="托克托", F="托克托县", province="内蒙古自治区", level=_C),
    dict(reg="阜康", S="阜宁", F="阜宁县", province="江苏省", level=_C),
    dict(reg="奇台", S="天台", F="天台县", province="浙江省", level=_C),
    dict(reg="博乐", S="博爱", F="博爱县", province="河南省", level=_C),
    dict(reg="温宿", S="温县", F="温县", province="河南省", level=_C),
    dict(reg="沙雅", S="沙县", F="三明市沙县区", province="福建省", level=_C,
         units={"police": "三明市公安局沙县分局"}),
    dict(reg="沙湾", S="沙洋", F="沙洋县", province="湖北省", level=_C),
    dict(reg="乌恰", S="乌兰", F="乌兰县", province="青海省", level=_C),
    dict(reg="伊宁", S="伊川", F="伊川县", province="河南省", level=_C),
    dict(reg="昭苏", S="昭平", F="昭平县", province="广西壮族自治区", level=_C),
    dict(reg="伊吾", S="伊通", F="伊通满族自治县", province="吉林省", level=_C),
    dict(reg="拜城", S="拜泉", F="拜泉县", province="黑龙江省", level=_C),
    dict(reg="于田", S="于都", F="于都县", province="江西省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="伊吾", S="义乌", F="义乌市", province="浙江省", level=_C, depts=_F3),
    dict(reg="于田", S="玉田", F="玉田县", province="河北省", level=_C, depts=_F3),
    dict(reg="拜城", S="白城", F="白城市", province="吉林省", level=_C, depts=_F3,
         units={"police": "白城市公安局", "fabu": "白城市人民政府新闻办公室"}),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_JS, _ZJ, _AH, _HN = "江苏省", "浙江省", "安徽省", "湖南省"
TEMPLATE_NEGS = [
    ("仪征", "仪征市", _JS, "procur"), ("扬中", "扬中市", _JS, "fabu"), ("泰兴", "泰兴市", _JS, "police"),
    ("海安", "海安市", _JS, "procur"), ("临安", "杭州市临安区", _ZJ, "fabu"), ("奉化", "宁波市奉化区", _ZJ, "procur"),
    ("洪泽", "淮安市洪泽区", _JS, "fabu"), ("盱眙", "盱眙县", _JS, "police"), ("淳安", "淳安县", _ZJ, "procur"),
    ("建德", "建德市", _ZJ, "fabu"), ("余姚", "余姚市", _ZJ, "police"), ("永嘉", "永嘉县", _ZJ, "procur"),
    ("德清", "德清县", _ZJ, "fabu"), ("嵊州", "嵊州市", _ZJ, "police"), ("诸暨", "诸暨市", _ZJ, "procur"),
    ("磐安", "磐安县", _ZJ, "fabu"), ("肥东", "肥东县", _AH, "police"), ("庐江", "庐江县", _AH, "procur"),
    ("桐庐", "桐庐县", _ZJ, "fabu"), ("岳西", "岳西县", _AH, "police"), ("歙县", "歙县", _AH, "procur"),
    ("黟县", "黟县", _AH, "fabu"), ("绩溪", "绩溪县", _AH, "police"), ("泾县", "泾县", _AH, "procur"),
    ("隆回", "隆回县", _HN, "fabu"), ("武义", "武义县", _ZJ, "police"), ("双峰", "双峰县", _HN, "procur"),
    ("沭阳", "沭阳县", _JS, "fabu"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="新疆日报", platform="weibo", vtype="media", reason="新疆日报社官方微博", desc="自治区党报，天山南北要闻。",
         logo_text="疆报"),
    dict(name="石榴云", platform="wechat", vtype="media", reason="新疆日报社", desc="新疆日报社新闻客户端。",
         logo_text="石榴"),
    dict(name="天山网", platform="douyin", vtype="media", reason="天山网官方账号", desc="新疆重点新闻网站。",
         logo_text="天网"),
    dict(name="乌鲁木齐晚报", platform="toutiao", vtype="media", reason="乌鲁木齐晚报社官方账号", desc="首府市井新闻。",
         logo_text="乌晚"),
    dict(name="新疆广播电视台", platform="kuaishou", vtype="media", reason="新疆广播电视台官方账号",
         desc="自治区级广电短视频。", logo_text="疆视"),
    dict(name="喀什日报", platform="weibo", vtype="media", reason="喀什日报社官方微博", desc="喀什新闻。"),
    dict(name="伊犁日报", platform="wechat", vtype="media", reason="伊犁日报社", desc="伊犁新闻。"),
    dict(name="和田日报", platform="douyin", vtype="media", reason="和田日报社官方账号", desc="和田新闻，汉维双语。",
         logo_text="和报"),
    dict(name="阿克苏日报", platform="toutiao", vtype="media", reason="阿克苏日报社官方账号", desc="阿克苏新闻。"),
    dict(name="克拉玛依日报", platform="kuaishou", vtype="media", reason="克拉玛依日报社官方账号", desc="油城新闻。"),
    dict(name="巴音郭楞日报", platform="wechat", vtype="media", reason="巴音郭楞日报社", desc="巴州新闻。"),
    dict(name="昌吉日报", platform="douyin", vtype="media", reason="昌吉日报社官方账号", desc="昌吉新闻。"),
    dict(name="吐鲁番日报", platform="kuaishou", vtype="media", reason="吐鲁番日报社官方账号", desc="吐鲁番新闻。"),
    dict(name="新疆交通广播", platform="weibo", vtype="media", reason="新疆广播电视台交通广播官方微博",
         desc="独库、连霍公路路况和自驾出行提示。", logo_text="交广"),
    dict(name="库尔勒融媒", platform="toutiao", vtype="media", reason="库尔勒市融媒体中心官方账号", desc="库尔勒新闻。"),
    dict(name="昭苏融媒", platform="douyin", vtype="media", reason="昭苏县融媒体中心官方账号", desc="昭苏新闻。"),
    dict(name="莎车融媒", platform="wechat", vtype="media", reason="莎车县融媒体中心", desc="莎车新闻。"),
    dict(name="哈巴河融媒", platform="kuaishou", vtype="media", reason="哈巴河县融媒体中心官方账号", desc="哈巴河新闻。"),
    dict(name="鄯善融媒", platform="toutiao", vtype="media", reason="鄯善县融媒体中心官方账号", desc="鄯善新闻。"),
    dict(name="塔城日报", platform="weibo", vtype="media", reason="塔城日报社官方微博", desc="塔城地区新闻。"),
    dict(name="库尔勒公安纪事", platform="douyin", vtype="media", reason="巴音郭楞广播电视台官方账号",
         desc="电视台法治栏目，跟拍民警处置警情，并非公安机关账号。", logo_text="纪事"),
    dict(name="伊宁12345回音", platform="toutiao", vtype="media", reason="伊犁日报社官方账号",
         desc="报社民生栏目，回访热线来电群众的诉求办理情况。", logo_text="回音"),
    dict(name="于田文旅寻踪", platform="wechat", vtype="media", reason="和田日报社",
         desc="报社文旅栏目，走访沙漠绿洲村落，并非文旅局账号。", logo_text="寻踪"),
    dict(name="莎车公安故事", platform="douyin", vtype="media", reason="喀什地区广播电视台官方账号",
         desc="电视台纪实栏目，记录乡村派出所的日常，不是公安部门账号。", logo_text="故事"),
    dict(name="霍尔果斯互市观察", platform="bilibili", vtype="media", reason="新疆广播电视台官方账号",
         desc="电视台财经纪录片栏目，讲述口岸物流和跨境贸易，不是互市管理部门账号。", logo_text="观察"),
    dict(name="伊吾税务课堂", platform="toutiao", vtype="media", reason="哈密日报社官方账号",
         desc="报社财经栏目，请专家讲解小微企业税费优惠，并非税务局账号。", logo_text="课堂"),
]
PERSONAL = [
    dict(name="天山区烤包子店老板", platform="kuaishou", vtype="personal", reason="餐饮探店作者"),
    dict(name="乌尔禾魔鬼城自驾", platform="weibo", avatar="scenery"),
    dict(name="鄯善葡萄晾房主", platform="kuaishou"),
    dict(name="托克逊戈壁骑行", platform="douyin"),
    dict(name="阜康天池摄影", platform="douyin", avatar="scenery"),
    dict(name="奇台旱田麦农", platform="kuaishou", avatar="default"),
    dict(name="玛纳斯碧玉雕刻", platform="toutiao"),
    dict(name="英吉沙小刀匠人", platform="kuaishou", vtype="personal", reason="英吉沙小刀制作技艺传承人"),
    dict(name="温宿托木尔徒步", platform="weibo", avatar="scenery"),
    dict(name="若羌红枣种植户老马", platform="douyin"),
    dict(name="塔什库尔干鹰笛手", platform="kuaishou", vtype="personal", reason="塔吉克族鹰笛演奏者"),
    dict(name="跑独库公路的老刘", platform="douyin"),
    dict(name="且末玉石爱好者", platform="toutiao", vtype="personal", reason="玉石收藏爱好者"),
    dict(name="沙雅胡杨林守护人", platform="douyin", avatar="default"),
    dict(name="焉耆酒庄酿酒师", platform="toutiao"),
    dict(name="察布查尔锡伯射手", platform="toutiao", vtype="personal", reason="锡伯族传统射箭运动员"),
    dict(name="昭苏骑马的少年", platform="weibo"),
    dict(name="布尔津喀纳斯向导", platform="douyin"),
    dict(name="哈巴河白桦林摄影", platform="douyin", avatar="scenery"),
    dict(name="莎车辅警小艾", platform="douyin", vtype="personal", reason="莎车县公安局辅警",
         desc="分享冬季防滑驾驶和防诈骗小知识。"),
    dict(name="律师老吴说法", platform="toutiao", vtype="personal", reason="乌鲁木齐某律师事务所律师"),
    dict(name="援疆老师小周", platform="toutiao", vtype="personal", reason="策勒县某中学援疆教师"),
    dict(name="博乐赛湖骑行", platform="douyin", avatar="scenery"),
    dict(name="每天转新疆发布", platform="weibo", vtype="personal", reason="退休护士",
         desc="转发新疆发布的消息，个人账号，非官方。"),
    dict(name="打过库尔勒12345的老张", platform="toutiao", vtype="personal", reason="小区居民",
         desc="记录自家小区供暖问题的办理经过，个人账号。"),
    dict(name="于田文旅随手拍", platform="wechat", desc="个人游记，记录沙漠公路和克里雅河的自驾经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="新疆公安警用器材店", platform="weibo", vtype="enterprise", reason="乌鲁木齐某商贸有限公司",
         desc="销售执勤防寒服和反光背心，私营企业，与公安机关没有关系。", logo_text="器材"),
    dict(name="阜康文旅民宿", platform="wechat", vtype="enterprise", reason="阜康某旅游服务有限公司",
         desc="天池脚下民宿预订，企业账号，与文旅部门无关。"),
    dict(name="新疆税务筹划中心", platform="douyin", vtype="enterprise", reason="乌鲁木齐某财税咨询有限公司",
         desc="代理记账和发票咨询，私营公司，与税务机关没有关系。"),
    dict(name="英吉沙小刀铺", platform="douyin"),
    dict(name="若羌红枣直营", platform="kuaishou"),
    dict(name="莎车巴旦木批发", platform="douyin"),
    dict(name="鄯善葡萄干仓库", platform="kuaishou", vtype="enterprise", reason="吐鲁番某农产品有限公司"),
    dict(name="库尔勒香梨果园", platform="douyin", vtype="enterprise", reason="巴州某果业有限公司"),
    dict(name="于田玫瑰花酱", platform="kuaishou"),
    dict(name="墨玉地毯工坊", platform="douyin"),
    dict(name="昭苏天马旅游", platform="douyin"),
    dict(name="阿拉山口跨境物流", platform="kuaishou", vtype="enterprise", reason="博州某国际货运代理有限公司"),
    dict(name="且末玉石城", platform="douyin"),
    dict(name="拜城油鸡养殖场", platform="kuaishou", vtype="enterprise", reason="阿克苏某养殖专业合作社"),
    dict(name="焉耆葡萄酒庄", platform="douyin"),
    dict(name="伊吾胡杨旅游", platform="kuaishou"),
    dict(name="奇台面粉厂", platform="douyin", vtype="enterprise", reason="昌吉某面粉有限公司"),
    dict(name="木垒鹰嘴豆", platform="kuaishou"),
    dict(name="玛纳斯碧玉馆", platform="douyin"),
    dict(name="察布查尔锡伯大饼", platform="kuaishou", avatar="default"),
    dict(name="额敏牛肉干", platform="douyin"),
    dict(name="霍尔果斯报关行", platform="wechat", vtype="enterprise", reason="伊犁某报关有限公司"),
    dict(name="沙湾大盘鸡总店", platform="kuaishou", vtype="enterprise", reason="塔城某餐饮管理有限公司"),
    dict(name="布尔津冷水鱼", platform="douyin", avatar="default"),
    dict(name="哈巴河蜂蜜", platform="kuaishou"),
    dict(name="乌恰牦牛肉", platform="douyin", vtype="enterprise", reason="克州某畜产品有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("鄯善", "连木沁", "连木沁镇", ["town_pt26"]), ("鄯善", "七克台", "七克台镇", ["town_pt26"]),
    ("托克逊", "库米什", "库米什镇", ["town_pt26"]), ("玛纳斯", "乐土驿", "乐土驿镇", ["town_mh26"]),
    ("英吉沙", "芒辛", "芒辛镇", ["town_mh26"]), ("阿瓦提", "乌鲁却勒", "乌鲁却勒镇", ["town_mh26"]),
    ("哈巴河", "阿克齐", "阿克齐镇", ["town_dw26"]), ("额敏", "玉什喀拉苏", "玉什喀拉苏镇", ["town_dw26"]),
    ("额敏", "杰勒阿尕什", "杰勒阿尕什镇", ["town_dw26"]), ("布尔津", "窝依莫克", "窝依莫克镇", ["town_dw26"]),
]
UNREG_CITY = [
    ("新疆", "edu", 0),
    ("山东", "qihou26", 0), ("新疆", "qihou26", 0),
    ("天山", "tax", 0), ("乌尔禾", "police", 0), ("库尔勒", "culture", 0),
    ("焉耆", "police", 0), ("莎车", "tax", 0), ("伊宁", "hotline", 0),
    ("广东", "qihou26", 0),
    ("阿瓦提", "fabu", 0), ("轮台", "fabu", 0), ("尉犁", "fabu", 0), ("精河", "fabu", 0),
    ("叶城", "fabu", 0), ("民丰", "fabu", 0), ("乌鲁木齐", "fabu", 0), ("克拉玛依", "fabu", 0),
    ("喀什", "fabu", 0), ("阿勒泰", "fabu", 0),
    ("阜康", "hotline", 0), ("且末", "police", 0),
    ("巩留", "fabu", 0), ("福海", "fabu", 0), ("青河", "fabu", 0),
    ("温宿", "police", 0), ("伊犁", "police", 0),
    ("英吉沙", "police", 0), ("昭苏", "police", 0),
    ("青河", "hushi26", 0),
    ("若羌", "police", 0), ("墨玉", "police", 0), ("哈巴河", "police", 0),
    ("阜康", "renying26", 0),
    ("托克逊", "tax", 0), ("察布查尔", "hotline", 0), ("额敏", "police", 0), ("墨玉", "weiyi26", 0),
    ("尉犁", "tarim26", 0),
    ("且末", "hotline", 0), ("若羌", "hotline", 0), ("博乐", "hotline", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level places and their towns: region names the prefecture-level division; towns answer to the
    county-level government."""
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
    print("building dev29 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev29\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
