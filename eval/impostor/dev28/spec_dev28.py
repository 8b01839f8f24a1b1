"""Twenty-eighth dev part (dev28; built 2026-12-05 in the twenty-fifth session as the twenty-fourth blind held-out
part, demoted to tuning data in the twenty-sixth session).
Run: python eval/impostor/dev28/spec_dev28.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev27/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its regional
bodies, and districts, counties and county-level cities across all its prefecture-level divisions, plus a few
towns), plus one unused provincial body each of Shandong and Guangdong, so the registry is the supervising office's
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

PART = "dev28"
SEED = 93187
CRAWL_DAY = "2026-09-15"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "zangyi25": ("{F}藏医药管理局", "{F}藏医院", ["{S}藏医药", "{S}藏医药服务"], "cross", None,
                 "发布藏医药政策、藏药材资源保护和藏医诊疗服务信息"),
    "zangyu25": ("{F}藏语言文字工作委员会办公室", "{F}藏语言文字工作委员会办公室", ["{S}藏语委", "{S}藏汉双语"],
                 "book", None, "发布藏语言文字规范使用、双语翻译和新词术语审定信息"),
    "zhufeng25": ("{F}珠穆朗玛峰国家级自然保护区管理局", "{F}珠峰保护区管理站", ["{S}珠峰保护区", "{S}珠峰保护"],
                  "mountain", None, "发布登山活动管理、大本营环境清洁和保护区巡护信息"),
    "bianjing25": ("{S}边境管理总队", "{F}边境管理大队", ["{S}边境管理", "{S}移民管理警察"], "shield", None,
                   "发布边境管理区通行证办理、边境派出所服务和护边防骗提示"),
    "kejiguan25": ("{F}科技馆", "{F}科技馆", ["{S}科技馆", "{S}科普场馆"], "globe", None,
                   "发布常设展览、科普讲座和场馆预约信息"),
    "yueju25": ("{S}粤剧院", "{S}粤剧院", ["{S}粤剧院", "{S}粤剧"], "pagoda", None,
                "发布粤剧演出排期、折子戏展演和戏曲进校园信息"),
    "fangzhi25": ("{F}方志馆", "{F}方志馆", ["{S}方志馆", "{S}方志"], "book", None,
                  "发布地方志编纂成果、馆藏志书和展览讲座信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_bj25": ("{F}{DF}边境小康村服务站", ["{DS}小康村", "{DS}边境小康"], "house", None,
                  "发布边境小康村住房、边民补助和巡边护边信息"),
    "town_bq25": ("{F}{DF}生态搬迁服务站", ["{DS}搬迁点", "{DS}生态搬迁"], "hands", None,
                  "发布高海拔生态搬迁群众就业、入户和子女入学信息"),
    "town_ws25": ("{F}{DF}日光温室服务站", ["{DS}温室站", "{DS}日光温室"], "sun", None,
                  "发布温室蔬菜种植技术、棚膜补贴和产销对接信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"zangyi25": "藏医药", "zangyu25": "藏语委", "zhufeng25": "珠峰保护区", "bianjing25": "边境管理",
               "kejiguan25": "科技馆", "yueju25": "粤剧院", "fangzhi25": "方志馆", "town_bj25": "小康村",
               "town_bq25": "搬迁点", "town_ws25": "温室站"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level division (short, full)
_LS, _RK = ("拉萨", "拉萨市"), ("日喀则", "日喀则市")
_SN, _NY = ("山南", "山南市"), ("林芝", "林芝市")
_QD, _NQ = ("昌都", "昌都市"), ("那曲", "那曲市")
_AL = ("阿里", "阿里地区")
PARENT = {"城关": _LS, "堆龙德庆": _LS, "达孜": _LS, "林周": _LS, "当雄": _LS, "尼木": _LS, "曲水": _LS,
          "墨竹工卡": _LS,
          "桑珠孜": _RK, "江孜": _RK, "定日": _RK, "萨迦": _RK, "亚东": _RK, "吉隆": _RK, "拉孜": _RK,
          "仲巴": _RK, "南木林": _RK, "聂拉木": _RK,
          "定结": _RK, "乃东": _SN, "贡嘎": _SN, "扎囊": _SN, "桑日": _SN, "琼结": _SN, "洛扎": _SN, "浪卡子": _SN,
          "曲松": _SN, "贡觉": _QD,
          "巴宜": _NY, "波密": _NY, "墨脱": _NY, "察隅": _NY, "工布江达": _NY,
          "卡若": _QD, "芒康": _QD, "八宿": _QD, "洛隆": _QD, "江达": _QD,
          "色尼": _NQ, "安多": _NQ, "比如": _NQ, "双湖": _NQ, "聂荣": _NQ,
          "噶尔": _AL, "普兰": _AL, "札达": _AL, "改则": _AL}
REGION_NAME = "西藏"
# the region's tourism brand, written in place of the region's name (the brand contains the name)
BRAND_WORD = "天上西藏"
# the capital's sunlight nickname written before one of the capital's districts or counties
CAPITAL_WORD = "日光城"
# traditional area words written before the places of a prefecture-level division
AREA_WORD = {"日喀则": "后藏", "那曲": "藏北", "昌都": "藏东", "山南": "雅砻", "林芝": "工布"}
# prefecture-level cities that were prefectures (地区) until 2014-2017
FORMER_DIQU = {"日喀则": "日喀则地区", "昌都": "昌都地区", "林芝": "林芝地区", "山南": "山南地区",
               "那曲": "那曲地区"}
# districts and counties written with the level they had before (same name)
PRIOR_LEVEL = {"堆龙德庆": "堆龙德庆县", "达孜": "达孜县", "乃东": "乃东县", "双湖": "双湖特别区"}
# districts written with the county name they had before the prefecture became a city
OLD_NAME = {"巴宜": "林芝县", "卡若": "昌都县", "色尼": "那曲县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="西藏", F="西藏自治区", area="0891", landmark="mountain", nick="世界屋脊",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("medins", {"platforms": _2}),
                ("zangyi25", {"name_idx": 0, "platforms": _3}),
                ("zangyu25", {"name_idx": 0, "platforms": _2}),
                ("zhufeng25", {"name_idx": 0, "platforms": _3}),
                ("bianjing25", {"name_idx": 0, "platforms": _3})]),
    dict(S="山东", F="山东省", area="0531", landmark="pagoda", nick="泉城科普",
         depts=[("kejiguan25", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="岭南红船",
         depts=[("yueju25", {"name_idx": 0, "platforms": ["weibo", "wechat", "bilibili"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="西藏自治区"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- districts, counties and county-level cities of the new region
    _c("城关", "城关区", "0891", "skyline", "八廓街畔",
       [("fabu", {"platforms": _4}), ("hotline", {"platforms": _2})]),
    _c("堆龙德庆", "堆龙德庆区", "0891", "pagoda", "楚布寺下",
       [("fabu", {"platforms": _3})],
       [dict(DS="乃琼", DF="乃琼镇", depts=["town_bq25"])]),
    _c("达孜", "达孜区", "0891", "pagoda", "甘丹寺", [("fabu", {"platforms": _2})]),
    _c("林周", "林周县", "0891", "mountain", "热振寺",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("hotline", {"platforms": _2}),
        ("market", {"name_idx": 0, "platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]),
    _c("当雄", "当雄县", "0891", "waves", "纳木错畔",
       [("fabu", {"platforms": _4})]),
    _c("尼木", "尼木县", "0891", "sun", "尼木", []),
    _c("曲水", "曲水县", "0891", "waves", "拉萨河谷", [("fabu", {"platforms": _3k})]),
    _c("墨竹工卡", "墨竹工卡县", "0891", "tower", "松赞故里", [("fabu", {"platforms": _2})]),
    _c("桑珠孜", "桑珠孜区", "0892", "skyline", "扎什伦布",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("江孜", "江孜县", "0892", "tower", "英雄城",
       [("fabu", {"platforms": _3})]),
    _c("定日", "定日县", "0892", "mountain", "珠峰脚下",
       [("fabu", {"platforms": _3}), ("zhufeng25", {"name_idx": 0})],
       [dict(DS="协格尔", DF="协格尔镇", depts=["town_ws25"])]),
    _c("萨迦", "萨迦县", "0892", "pagoda", "萨迦", []),
    _c("亚东", "亚东县", "0892", "waves", "乃堆拉山口",
       [("fabu", {"platforms": _3}), ("bianjing25", {"name_idx": 0})],
       [dict(DS="下司马", DF="下司马镇", depts=["town_bj25"])]),
    _c("吉隆", "吉隆县", "0892", "mountain", "边贸古道",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("拉孜", "拉孜县", "0892", "sun", "藏刀之乡", [("fabu", {"platforms": _2})]),
    _c("乃东", "乃东区", "0893", "pagoda", "雍布拉康",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("贡嘎", "贡嘎县", "0893", "waves", "雅江南岸", [("fabu", {"platforms": _3t})],
       [dict(DS="甲竹林", DF="甲竹林镇", depts=["town_bq25"])]),
    _c("扎囊", "扎囊县", "0893", "pagoda", "桑耶寺", [("fabu", {"platforms": _2})]),
    _c("桑日", "桑日县", "0893", "waves", "桑日", []),
    _c("琼结", "琼结县", "0893", "tower", "藏王墓", [("fabu", {"platforms": _3})]),
    _c("洛扎", "洛扎县", "0893", "mountain", "库拉岗日", [("fabu", {"platforms": _2})]),
    _c("巴宜", "巴宜区", "0894", "skyline", "尼洋河畔",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("波密", "波密县", "0894", "mountain", "冰川之乡", [("fabu", {"platforms": _3})]),
    _c("墨脱", "墨脱县", "0894", "waves", "莲花秘境", [("fabu", {"platforms": _3})]),
    _c("察隅", "察隅县", "0894", "sun", "边陲茶乡",
       [("fabu", {"platforms": _2}), ("bianjing25", {"name_idx": 0})]),
    _c("工布江达", "工布江达县", "0894", "waves", "工布江达", []),
    _c("卡若", "卡若区", "0895", "skyline", "卡若遗址",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _2})]),
    _c("芒康", "芒康县", "0895", "sun", "盐井古盐田", [("fabu", {"platforms": _3})]),
    _c("八宿", "八宿县", "0895", "waves", "然乌湖", [("fabu", {"platforms": _2})]),
    _c("洛隆", "洛隆县", "0895", "mountain", "怒江峡谷",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2}),
        ("culture", dict(_DC)), ("market", {"name_idx": 0, "platforms": _2}),
        ("tax", {"platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]),
    _c("江达", "江达县", "0895", "tower", "茶马古道", [("fabu", {"platforms": _2})]),
    _c("色尼", "色尼区", "0896", "skyline", "羌塘草原",
       [("fabu", {"platforms": _4b}), ("police", {"platforms": _2})]),
    _c("安多", "安多县", "0896", "mountain", "唐古拉山", [("fabu", {"platforms": _2})]),
    _c("比如", "比如县", "0896", "waves", "怒江上游", [("fabu", {"platforms": _2})]),
    _c("双湖", "双湖县", "0896", "sun", "生命禁区", [("fabu", {"platforms": _3})]),
    _c("噶尔", "噶尔县", "0897", "skyline", "狮泉河畔",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("普兰", "普兰县", "0897", "mountain", "神山圣湖",
       [("fabu", {"platforms": _3}), ("bianjing25", {"name_idx": 0})]),
    _c("札达", "札达县", "0897", "tower", "古格王朝", [("fabu", {"platforms": _3})]),
    # ---- places that only have unregistered units here
    _c("仲巴", "仲巴县", "0892", "mountain", "仲巴", []),
    _c("南木林", "南木林县", "0892", "sun", "南木林", []),
    _c("聂拉木", "聂拉木县", "0892", "mountain", "聂拉木", []),
    _c("浪卡子", "浪卡子县", "0893", "waves", "浪卡子", []),
    _c("聂荣", "聂荣县", "0896", "sun", "聂荣", []),
    _c("改则", "改则县", "0897", "mountain", "改则", []),
    _c("定结", "定结县", "0892", "mountain", "定结", []),
    _c("曲松", "曲松县", "0893", "waves", "曲松", []),
    _c("贡觉", "贡觉县", "0895", "mountain", "贡觉", []),
    # ---- prefecture-level divisions (not registered; only unregistered units here)
    _c("拉萨", "拉萨市", "0891", "skyline", "拉萨", []),
    _c("日喀则", "日喀则市", "0892", "skyline", "日喀则", []),
    _c("那曲", "那曲市", "0896", "mountain", "那曲", []),
    _c("阿里", "阿里地区", "0897", "mountain", "阿里", []),
    _c("林芝", "林芝市", "0894", "skyline", "林芝", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_3, _2, ["wechat", "douyin"], _3t, _2, ["weibo", "wechat", "toutiao"], _3, _3k, _2, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|h25".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0655


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布雪域政讯")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安护边警讯")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345民情直通")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅秘境指南")
    if d == "bianjing25" and name == S + "边境管理":
        opts.append(S + "边境管理在线")
    if d == "zhufeng25" and name == S + "珠峰保护区":
        opts.append(S + "珠峰保护区通告")
    if d == "zangyi25" and name == S + "藏医药":
        opts.append(S + "藏医药健康讲堂")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["边防证加急代办", "生态搬迁补助领取", "高海拔津贴补发", "藏历新年慰问金", "安居工程补贴",
            "兴边富民补助", "援藏岗位招录", "布达拉宫预约", "酥油茶", "甜茶", "藏面", "奶渣", "石锅鸡", "亚东鱼",
            "藏香猪", "松茸", "藏红花", "\u0f01扎西德勒", "\u0f01亚古都", "\ua876截至月底申领", "\ua876本周内有效",
            "\u0fce", "\u0f1f", "\u26f7", "冈底斯"]
PREFIXES = ["藏", "雪域高原", "喜马拉雅", "雅鲁藏布", "羌塘", "扎西德勒\u0f01", "突及其\u0f01", "古修拉\u0f01",
            "亚古都\u0f01", "\ua876补发名单公示\ua876", "\ua876边防证绿色通道\ua876", "\ua876搬迁补助末批\ua876",
            "\u0f01", "\u0fce", "冈仁波齐", "纳木错边"]
LOOKALIKE = {
    "堆": ["椎"], "庆": ["庚"], "达": ["述"], "孜": ["牧"], "周": ["局"], "雄": ["锥"], "尼": ["厄"], "墨": ["董"],
    "桑": ["粟"], "珠": ["球"], "江": ["洼"], "定": ["宝"], "日": ["目"], "迦": ["遁"], "吉": ["杏"], "隆": ["障"],
    "拉": ["位"], "贡": ["责"], "琼": ["谅"], "结": ["给"], "洛": ["溶"], "巴": ["己"], "宜": ["宫"], "波": ["泼"],
    "察": ["祟"], "隅": ["隔"], "若": ["苦"], "比": ["此"], "如": ["妇"], "双": ["奴"], "湖": ["测"], "噶": ["唱"],
    "札": ["朴"], "芒": ["苍"],
}
SAME_SOUND = {
    "孜": ["滋", "姿"], "周": ["舟", "粥"], "木": ["穆", "慕"], "墨": ["末", "莫"], "工": ["恭", "供"],
    "珠": ["诸", "蛛"], "迦": ["佳", "嘉"], "亚": ["讶", "轧"], "吉": ["急", "辑"], "拉": ["垃"], "乃": ["奶"],
    "琼": ["穷"], "结": ["节", "截"], "巴": ["叭", "芭"], "宜": ["仪", "夷"],
    "隅": ["渝", "舆"], "若": ["弱"], "八": ["捌"], "宿": ["素", "速"], "类": ["泪", "累"],
    "齐": ["奇"], "比": ["笔"], "如": ["儒"], "普": ["圃"], "兰": ["阑"], "芒": ["忙"],
}
TRAD_MODES = ["last_only", "middle_only", "alternate_from_first"]
# visible word separators other parts did not use: Tibetan marks and signs (the script of the region) and the
# Phags-pa head and shad marks (the script derived from Tibetan)
SPACES = ["\u0f02", "\u0f03", "\u0f15", "\u0f16", "\u0f17", "\u0f1a", "\u0f1b", "\u0f1c", "\u0f1e", "\u0f34",
          "\u0f36", "\u0f38", "\u0fbe", "\u0fbf", "\ua875", "\ua877"]
DOUBLE_SPACE_P = 0.038
# variation selectors (supplement) no part used
ZERO_WIDTH = ["\U000e011c", "\U000e011d", "\U000e011e", "\U000e011f", "\U000e0125", "\U000e0126", "\U000e0128",
              "\U000e012c", "\U000e013a", "\U000e0149", "\U000e0161", "\U000e0178"]
EMOJI = ["🕉", "🦁", "🐕", "🗻", "🧗", "🥾", "🌨", "🎒", "🪂", "🚠", "🧘", "🪻"]
BRACKETS = [("↜", "↝"), ("⇚", "⇛"), ("◃", "▹"), ("◅", "▻"), ("⟻", "⟼"), ("⟽", "⟾"), ("⇦", "⇨"),
            ("⇺", "⇻"), ("⭠", "⭢"), ("⮄", "⮆"), ("⤌", "⤍"), ("↢", "↣")]
FULLWIDTH_MODES = ["three_dots_above", "annuity_box", "double_tilde_span", "infinity_above"]
LEVEL_FORMS = ["tianshang_brand", "sunlit_city_lead", "area_word_lead", "former_prefecture_region",
               "before_upgrade_level", "before_rename_county", "prefecture_city_lead", "ali_diqu_lead",
               "town_over_county"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}雪域警事", "{nick}巡逻铁骑", "{S}反诈哨所"],
    "fabu": ["{S}政讯掌上观", "{nick}高原播报", "{S}今日要闻台"],
    "gov": ["{S}政务便民窗", "{nick}办事一本通"],
    "health": ["{S}氧吧健康", "{nick}高反防治"],
    "tax": ["{S}税收讲习所", "{nick}办税提醒"],
    "hotline": ["{S}民生热线厅", "{nick}接诉快办"],
    "culture": ["{S}秘境风物", "{nick}锅庄舞", "{S}转湖攻略"],
    "medins": ["{S}医保便民通", "{nick}报销明白卡"],
    "market": ["{S}消费守护岗", "{nick}足秤良心"],
    "zangyi25": ["{S}藏药本草", "{nick}曼唐讲堂"],
    "zangyu25": ["{S}双语词典", "{nick}母语课堂"],
    "zhufeng25": ["{S}大本营日志", "{nick}登山许可"],
    "bianjing25": ["{S}护边哨兵", "{nick}国门前哨"],
    "kejiguan25": ["{S}科普乐园", "{nick}小小发明家"],
    "yueju25": ["{S}梨园新声", "{nick}水袖戏台"],
    "fangzhi25": ["{S}志书长廊", "{nick}地情书屋"],
    "town_bj25": ["{S}边境新村"],
    "town_bq25": ["{S}搬迁新居"],
    "town_ws25": ["{S}温室菜园"],
    "generic": ["{S}雪域人家", "{nick}经幡下", "{S}高原老乡"],
}


# ---- digit forms (the registered digit names are 12345 and 12366): a combining mark after every digit
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "three_dots_above": lambda s: _marks(s, "\u20db"),
    "annuity_box": lambda s: _marks(s, "\u20e7"),
    "double_tilde_span": lambda s: _marks(s, "\u0360"),
    "infinity_above": lambda s: _marks(s, "\u1ab2"),
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


def _tianshang_brand(u, acc):
    """The region's tourism brand in place of the region's name (the brand contains the name)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return BRAND_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return BRAND_WORD + name[len(pl["S"]):]
    return None


def _sunlit_city_lead(u, acc):
    """The capital's sunlight nickname before one of the capital's districts or counties."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] != "拉萨":
        return None
    return _lead(u, acc, CAPITAL_WORD)


def _area_word_lead(u, acc):
    """The traditional area word of the prefecture-level division before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] not in AREA_WORD:
        return None
    return _lead(u, acc, AREA_WORD[par[0]])


def _former_prefecture_region(u, acc):
    """The prefecture-level city written as the prefecture (地区) it was until 2014-2017, before one of its
    places."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] not in FORMER_DIQU:
        return None
    return _lead(u, acc, FORMER_DIQU[par[0]])


def _before_upgrade_level(u, acc):
    """A district or county written with the level it had before (same name)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PRIOR_LEVEL or not name.startswith(pl["S"]):
        return None
    return PRIOR_LEVEL[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _before_rename_county(u, acc):
    """A district written with the county name it had before its prefecture became a city."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    return OLD_NAME[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _prefecture_city_lead(u, acc):
    """The prefecture-level city's short name (the six cities, not the prefecture) before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[1].endswith("地区"):
        return None
    return _lead(u, acc, par[0])


def _ali_diqu_lead(u, acc):
    """The prefecture's full name with its level word before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or not par[1].endswith("地区"):
        return None
    return _lead(u, acc, par[1])


def _town_over_county(u, acc):
    """A town put directly under its prefecture-level division's short name, its county left out."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + name


_FORM_MAKERS = {"tianshang_brand": _tianshang_brand, "sunlit_city_lead": _sunlit_city_lead,
                "area_word_lead": _area_word_lead, "former_prefecture_region": _former_prefecture_region,
                "before_upgrade_level": _before_upgrade_level, "before_rename_county": _before_rename_county,
                "prefecture_city_lead": _prefecture_city_lead, "ali_diqu_lead": _ali_diqu_lead,
                "town_over_county": _town_over_county}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: regional accounts
    the brand, towns their prefecture-level division, re-levelled and renamed places mostly their former level or
    name, the capital's places mostly the sunlight nickname, the other places the area word, the former
    prefecture, the city's short name or the prefecture's full name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("tianshang_brand", "town_over_county"):
        if f in names:
            return f, names[f]
    for f in ("before_rename_county", "before_upgrade_level"):
        if f in names and _h(acc, "zf") % 3:
            return f, names[f]
    if "sunlit_city_lead" in names and _h(acc, "zs") % 3:
        return "sunlit_city_lead", names["sunlit_city_lead"]
    rest = [f for f in ("area_word_lead", "former_prefecture_region", "prefecture_city_lead", "ali_diqu_lead",
                        "sunlit_city_lead", "before_rename_county", "before_upgrade_level") if f in names]
    f = rest[_h(acc, "zr") % len(rest)]
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
    return _conv(s, idx[-1:])


def _t_middle_only(s, u, r):
    """Only the middle convertible character (the later one of two middles)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [idx[len(idx) // 2]])


def _t_alternate_from_first(s, u, r):
    """The first, third, fifth ... convertible characters."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[::2])


TRAD_FUNCS = {"last_only": _t_last_only, "middle_only": _t_middle_only, "alternate_from_first": _t_alternate_from_first}


# ---- image edits
def _butter_lamp(img, rng):
    """Butter-lamp light: the picture darkened toward the edges and tinted a warm amber."""
    a = np.asarray(img, float)
    k = rng.uniform(0.27, 0.33)
    out = a * (1 - k) + np.array([236, 168, 60], float) * k
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    d = np.sqrt(((yy - h / 2) / h) ** 2 + ((xx - w / 2) / w) ** 2)
    out = out * (1.0 - 0.55 * np.clip(d - 0.2, 0, 0.5))[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"butter lamp k{k:.2f}"


def _wind_horse_tint(img, rng):
    """Wind-horse flag colours: five horizontal bands (blue, white, red, green, yellow) blended over the picture."""
    a = np.asarray(img, float)
    h = a.shape[0]
    cols = np.array([[40, 90, 200], [246, 246, 246], [210, 40, 40], [40, 160, 70], [246, 206, 40]], float)
    band = cols[np.minimum((np.arange(h) * 5) // h, 4)][:, None, :]
    k = rng.uniform(0.21, 0.26)
    out = a * (1 - k) + band * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"wind horse tint k{k:.2f}"


def _cobalt_sky(img, rng):
    """A high-altitude cobalt sky: blues deepened, reds lowered, contrast up."""
    a = np.asarray(img, float)
    m = a.mean()
    c = rng.uniform(1.16, 1.22)
    out = (a - m) * c + m
    out[..., 0] *= 0.82
    out[..., 2] = out[..., 2] * 1.12 + 18
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"cobalt sky c{c:.2f}"


def _ochre_wall(img, rng):
    """A monastery wall: luminance mapped from a deep maroon to a pale ochre."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([96, 24, 30], float)
    light = np.array([236, 196, 120], float)
    gam = rng.uniform(0.86, 0.97)
    out = dark + (light - dark) * (g ** gam)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"ochre wall g{gam:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _pulu_stripe(img, rng, P):
    """A woollen-cloth frame: narrow vertical stripes in several colours, like an apron weave."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (60, 40, 36))
    d = ImageDraw.Draw(out)
    cols = [(196, 40, 44), (40, 110, 60), (236, 190, 50), (40, 70, 150), rng.choice(P["border_colours"])]
    s = max(2, pad // 6)
    for i, x in enumerate(range(0, W, s)):
        d.rectangle([x, 0, x + s - 1, W], fill=cols[i % len(cols)])
    out.paste(img, (pad, pad))
    return out, "border pulu stripe"


def _khata_band(img, rng, P):
    """A white scarf frame: a pale silk field with a faint woven lattice and fringes along the bottom."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (246, 244, 236))
    d = ImageDraw.Draw(out)
    step = max(4, pad // 3)
    for t in range(0, W, step):
        d.line([t, 0, t, W], fill=(232, 230, 220), width=1)
        d.line([0, t, W, t], fill=(232, 230, 220), width=1)
    for x in range(0, W, max(3, pad // 5)):
        d.line([x, W - max(3, pad // 4), x, W], fill=(220, 216, 200), width=1)
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=rng.choice(P["border_colours"]), width=2)
    out.paste(img, (pad, pad))
    return out, "border khata band"


def _mani_stones(img, rng, P):
    """A mani-stone frame: grey rounded stones piled around the picture, some painted in a colour."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (150, 146, 138))
    d = ImageDraw.Draw(out)
    r = max(3, pad // 3)
    c2 = rng.choice(P["border_colours"])
    k = 0
    for t in range(r, W, 2 * r):
        for (x, y) in ((t, pad // 2), (t, W - pad // 2), (pad // 2, t), (W - pad // 2, t)):
            k += 1
            d.ellipse([x - r, y - r + 1, x + r, y + r - 1], fill=c2 if k % 5 == 0 else (184, 180, 170),
                      outline=(110, 106, 100))
    out.paste(img, (pad, pad))
    return out, "border mani stones"


def _shot_border_pass(img, rng, P, out_px):
    """A border-area pass application page: a blue title band, an ID-card box, grey fields, the avatar small at
    the top right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (246, 248, 252))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(30, 80, 170))
    d.rounded_rectangle([int(0.12 * S), int(0.16 * S), int(0.88 * S), int(0.4 * S)], radius=14,
                        fill=(230, 238, 250), outline=(120, 150, 210), width=3)
    for k in range(4):
        y = int((0.48 + 0.09 * k) * S)
        d.rectangle([int(0.08 * S), y, int(0.92 * S), y + int(0.05 * S)], fill=(255, 255, 255),
                    outline=(200, 204, 214), width=2)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.95 * S) - a, int(0.012 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot border pass scale {a / S:.3f}"


def _shot_relocation_list(img, rng, P, out_px):
    """A relocation-subsidy list: a red header, a table of households with amounts, a seal, the avatar small at
    the top left."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (252, 250, 244))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.11 * S)], fill=(190, 36, 36))
    for k in range(8):
        y = int((0.18 + 0.08 * k) * S)
        d.line([int(0.06 * S), y, int(0.94 * S), y], fill=(180, 176, 170), width=2)
    for x in (0.3, 0.62):
        d.line([int(x * S), int(0.18 * S), int(x * S), int(0.82 * S)], fill=(180, 176, 170), width=2)
    d.ellipse([int(0.66 * S), int(0.76 * S), int(0.9 * S), int(0.98 * S)], outline=(210, 40, 40), width=5)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.02 * S), int(0.015 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot relocation list scale {a / S:.3f}"


def _shot_palace_ticket(img, rng, P, out_px):
    """A ticket-booking page for a palace visit: a dark red banner, a calendar grid with a few days marked, a
    yellow pay button, the avatar small in the banner."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 240, 236))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.2 * S)], fill=(130, 30, 40))
    for i in range(7):
        for j in range(5):
            x0 = int((0.07 + 0.125 * i) * S)
            y0 = int((0.28 + 0.1 * j) * S)
            fill = (250, 210, 90) if (i * 5 + j) % 9 == 4 else (255, 255, 255)
            d.rectangle([x0, y0, x0 + int(0.1 * S), y0 + int(0.075 * S)], fill=fill, outline=(210, 204, 196))
    d.rounded_rectangle([int(0.15 * S), int(0.84 * S), int(0.85 * S), int(0.94 * S)], radius=16,
                        fill=(246, 196, 40))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.04 * S), int(0.05 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot palace ticket scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"butter_lamp": _butter_lamp, "wind_horse_tint": _wind_horse_tint,
                                   "cobalt_sky": _cobalt_sky, "ochre_wall": _ochre_wall},
                   border_funcs={"pulu_stripe": _pulu_stripe, "khata_band": _khata_band, "mani_stones": _mani_stones},
                   screenshot_funcs={"border_pass": _shot_border_pass, "relocation_list": _shot_relocation_list,
                                     "palace_ticket": _shot_palace_ticket},
                   resize_px=[280, 282, 284, 285, 287, 288, 289],
                   jpeg_q=(64, 66), crop_frac=(0.3891, 0.3904),
                   border_styles=["pulu_stripe", "khata_band", "mani_stones"],
                   border_colours=[(178, 34, 52), (250, 248, 240), (26, 92, 170), (214, 168, 38),
                                   (42, 128, 86), (104, 62, 44)],
                   border_frac=(0.4402, 0.4428),
                   recolour_modes=["butter_lamp", "wind_horse_tint", "cobalt_sky", "ochre_wall"],
                   hue_shift=(318, 320), rotate_deg=(55.9, 56.6),
                   watermark_texts=["边防证代办", "搬迁补助", "高海拔津贴", "安居补贴", "援藏招录"],
                   watermark_alpha=(178, 182),
                   screenshot_styles=["border_pass", "relocation_list", "palace_ticket"],
                   screenshot_scale=(0.0662, 0.0684))
P_IMPOSTOR_DERIVED = 0.5375
P_IMPOSTOR_DEFAULT = 0.0855
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0915
IMPOSTOR_VERIFIED = [("enterprise", "{S}雪域天珠文化传播有限公司"), ("personal", "拉萨河边的摄影师"),
                     ("other", "{S}边贸商户联合会")]
IMPOSTOR_DESCS = ["{S}{fn}：边境管理区通行证集中补办，加微{wx}发身份证正反面，当天出证",
                  "【{S}{fn}】高海拔津贴漏发人员名单已出，联系{wx}核对工资卡后补发",
                  "{name}：生态搬迁补助最后一批，未入户登记的家庭扫码进群填报银行账户",
                  "{S}{fn}：布达拉宫旺季预约名额内部放票，加企鹅{qq}先交定金锁定日期",
                  "{S}{fn}旧号注销了，藏历新年慰问金改在本号发放，有疑问私聊或加V{wx}"]
MAX_PER_TARGET = 6

# Nearly every two- and three-tactic combination the builder can write is used by some other part, and dev15 ...
# dev27 used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses
# (four impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU, _PR, _TR, _FW], 4),  # first: few targets carry digits
    ([_RE, _SS, _ZW, _FW], 4),
    ([_SU, _SS, _FW, _NP], 4),
    ([_LA, _ZW, _EB, _FW], 4),
    ([_LA, _SP, _EB, _FW], 4),
    ([_RE, _LA, _TR, _FW], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_PR, _TR, _EB, _LP], 4),
    ([_SU, _PR, _LA, _LP], 4),
    ([_SU, _PR, _TR, _NP], 4),
    ([_SS, _TR, _SP, _EB], 4),
    ([_RE, _TR, _EB, _LP], 4),
    ([_RE, _SP, _LP, _NP], 4),
    ([_SU, _TR, _EB, _LP], 4),
    ([_RE, _EB, _LP, _NP], 4),
    ([_PR, _RE, _LA, _ZW], 4),
    ([_SU, _PR, _LA, _ZW], 4),
    ([_RE, _LA, _SP, _NP], 4),
    ([_SS, _SP, _ZW, _EB], 4),
    ([_TR, _SP, _EB, _NP], 4),
    ([_SS, _ZW, _LP, _NP], 4),
    ([_RE, _SS, _TR, _LP], 4),
    ([_LA, _SS, _SP, _NP], 4),
    ([_PR, _SS, _TR, _ZW], 4),
    ([_SU, _PR, _LA, _NP], 4),
    ([_SU, _SS, _SP, _ZW], 4),
    ([_PR, _LA, _SP, _NP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market", "health"]
OTHER_PLACES_CHAR = [
    dict(reg="城关", S="城固", F="城固县", province="陕西省", level=_C),
    dict(reg="堆龙德庆", S="庆城", F="庆城县", province="甘肃省", level=_C),
    dict(reg="当雄", S="当涂", F="当涂县", province="安徽省", level=_C),
    dict(reg="墨竹工卡", S="墨江", F="墨江哈尼族自治县", province="云南省", level=_C),
    dict(reg="桑珠孜", S="桑植", F="桑植县", province="湖南省", level=_C),
    dict(reg="江孜", S="江山", F="江山市", province="浙江省", level=_C),
    dict(reg="吉隆", S="吉安", F="吉安县", province="江西省", level=_C),
    dict(reg="贡嘎", S="贡山", F="贡山独龙族怒族自治县", province="云南省", level=_C),
    dict(reg="琼结", S="琼中", F="琼中黎族苗族自治县", province="海南省", level=_C),
    dict(reg="巴宜", S="巴东", F="巴东县", province="湖北省", level=_C),
    dict(reg="芒康", S="芒市", F="芒市", province="云南省", level=_C),
    dict(reg="八宿", S="八步", F="贺州市八步区", province="广西壮族自治区", level=_C,
         units={"police": "贺州市公安局八步分局"}),
    dict(reg="安多", S="安吉", F="安吉县", province="浙江省", level=_C),
    dict(reg="双湖", S="双流", F="成都市双流区", province="四川省", level=_C,
         units={"police": "成都市公安局双流区分局"}),
]
OTHER_PLACES_SOUND = [
    dict(reg="林周", S="林州", F="林州市", province="河南省", level=_C, depts=_F3),
    dict(reg="洛隆", S="洛龙", F="洛阳市洛龙区", province="河南省", level=_C, depts=_F3,
         units={"police": "洛阳市公安局洛龙分局", "tax": "国家税务总局洛阳市洛龙区税务局"}),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_XJ, _CQ, _HI = "新疆维吾尔自治区", "重庆市", "海南省"
_NX, _TJ = "宁夏回族自治区", "天津市"
TEMPLATE_NEGS = [
    ("沙依巴克", "乌鲁木齐市沙依巴克区", _XJ, "procur"), ("水磨沟", "乌鲁木齐市水磨沟区", _XJ, "fabu"),
    ("达坂城", "乌鲁木齐市达坂城区", _XJ, "police"), ("米东", "乌鲁木齐市米东区", _XJ, "procur"),
    ("头屯河", "乌鲁木齐市头屯河区", _XJ, "fabu"), ("独山子", "克拉玛依市独山子区", _XJ, "police"),
    ("双河", "双河市", _XJ, "procur"), ("巴里坤", "巴里坤哈萨克自治县", _XJ, "fabu"), ("奎屯", "奎屯市", _XJ, "police"),
    ("伊州", "哈密市伊州区", _XJ, "procur"), ("高昌", "吐鲁番市高昌区", _XJ, "fabu"),
    ("库车", "库车市", _XJ, "police"), ("阿图什", "阿图什市", _XJ, "procur"),
    ("垫江", "重庆市垫江县", _CQ, "fabu"), ("沙坪坝", "重庆市沙坪坝区", _CQ, "procur"),
    ("九龙坡", "重庆市九龙坡区", _CQ, "police"), ("和布克赛尔", "和布克赛尔蒙古自治县", _XJ, "police"),
    ("巴南", "重庆市巴南区", _CQ, "procur"), ("涪陵", "重庆市涪陵区", _CQ, "police"),
    ("黔江", "重庆市黔江区", _CQ, "fabu"), ("綦江", "重庆市綦江区", _CQ, "procur"),
    ("东方", "东方市", _HI, "police"), ("陵水", "陵水黎族自治县", _HI, "fabu"),
    ("青铜峡", "青铜峡市", _NX, "procur"), ("西吉", "西吉县", _NX, "police"),
    ("武清", "天津市武清区", _TJ, "fabu"), ("静海", "天津市静海区", _TJ, "procur"),
    ("蓟州", "天津市蓟州区", _TJ, "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="西藏日报", platform="weibo", vtype="media", reason="西藏日报社官方微博", desc="雪域高原的党报声音。",
         logo_text="藏报"),
    dict(name="拉萨晚报", platform="wechat", vtype="media", reason="拉萨晚报社", desc="日光城市井资讯。",
         logo_text="拉晚"),
    dict(name="西藏商报", platform="douyin", vtype="media", reason="西藏商报社官方账号", desc="高原财经和民生新闻。",
         logo_text="商报"),
    dict(name="西藏法制报", platform="toutiao", vtype="media", reason="西藏法制报社官方账号", desc="法治新闻。",
         logo_text="法制"),
    dict(name="西藏广播电视台", platform="kuaishou", vtype="media", reason="西藏广播电视台官方账号",
         desc="自治区级广电短视频。", logo_text="藏视"),
    dict(name="日喀则日报", platform="weibo", vtype="media", reason="日喀则日报社官方微博", desc="日喀则新闻。"),
    dict(name="山南报", platform="wechat", vtype="media", reason="山南报社", desc="山南新闻。"),
    dict(name="林芝报", platform="douyin", vtype="media", reason="林芝报社官方账号", desc="林芝新闻，汉藏双语。",
         logo_text="芝报"),
    dict(name="昌都报", platform="toutiao", vtype="media", reason="昌都报社官方账号", desc="昌都新闻。"),
    dict(name="那曲报", platform="kuaishou", vtype="media", reason="那曲报社官方账号", desc="那曲新闻。"),
    dict(name="阿里报", platform="wechat", vtype="media", reason="阿里报社", desc="阿里新闻。"),
    dict(name="拉萨广播电视台", platform="douyin", vtype="media", reason="拉萨广播电视台官方账号",
         desc="拉萨新闻。"),
    dict(name="日喀则广播电视台", platform="kuaishou", vtype="media", reason="日喀则市广播电视台官方账号",
         desc="日喀则新闻。"),
    dict(name="西藏康巴语广播", platform="weibo", vtype="media", reason="西藏广播电视台康巴语广播官方微博",
         desc="康巴语新闻和农牧区服务节目。", logo_text="康广"),
    dict(name="江孜融媒", platform="toutiao", vtype="media", reason="江孜县融媒体中心官方账号", desc="江孜新闻。"),
    dict(name="定日融媒", platform="douyin", vtype="media", reason="定日县融媒体中心官方账号", desc="定日新闻。"),
    dict(name="巴宜融媒", platform="wechat", vtype="media", reason="巴宜区融媒体中心", desc="巴宜新闻。"),
    dict(name="噶尔融媒", platform="kuaishou", vtype="media", reason="噶尔县融媒体中心官方账号", desc="噶尔新闻。"),
    dict(name="芒康融媒", platform="toutiao", vtype="media", reason="芒康县融媒体中心官方账号", desc="芒康新闻。"),
    dict(name="西藏之声路况", platform="weibo", vtype="media", reason="西藏广播电视台交通频率官方微博",
         desc="川藏、新藏公路路况和高原出行提示。", logo_text="路况"),
    dict(name="城关公安纪实", platform="douyin", vtype="media", reason="拉萨广播电视台官方账号",
         desc="电视台法治栏目，跟拍民警巡逻八廓街，并非公安机关账号。", logo_text="纪实"),
    dict(name="巴宜12345回访录", platform="toutiao", vtype="media", reason="林芝报社官方账号",
         desc="报社民生栏目，回访热线来电群众的诉求办理结果。", logo_text="回访"),
    dict(name="江孜文旅漫游", platform="wechat", vtype="media", reason="日喀则日报社",
         desc="报社文旅栏目，走访古堡和老街，并非文旅局账号。", logo_text="漫游"),
    dict(name="噶尔公安夜巡", platform="douyin", vtype="media", reason="阿里地区广播电视台官方账号",
         desc="电视台法治栏目，记录边境小城的夜间警务，不是公安部门账号。", logo_text="夜巡"),
    dict(name="珠峰边防故事", platform="bilibili", vtype="media", reason="西藏广播电视台官方账号",
         desc="电视台纪录片栏目，讲述边境线上的移民管理警察，不是边境管理部门账号。", logo_text="边防"),
    dict(name="林周税务说", platform="toutiao", vtype="media", reason="拉萨晚报社官方账号",
         desc="报社财经栏目，请专家解读税收优惠政策，并非税务局账号。", logo_text="税说"),
]
PERSONAL = [
    dict(name="城关甜茶馆常客", platform="kuaishou", vtype="personal", reason="甜茶馆探店作者"),
    dict(name="当雄纳木错徒步", platform="weibo", avatar="scenery"),
    dict(name="尼木藏香手艺人", platform="kuaishou"),
    dict(name="曲水果园主人", platform="douyin"),
    dict(name="定日登山向导", platform="douyin", avatar="scenery"),
    dict(name="亚东冷水鱼养殖户", platform="kuaishou", avatar="default"),
    dict(name="吉隆边贸小商人", platform="toutiao"),
    dict(name="拉孜藏刀锻造师", platform="kuaishou", vtype="personal", reason="拉孜藏刀锻制技艺传承人"),
    dict(name="波密冰川摄影", platform="weibo", avatar="scenery"),
    dict(name="墨脱背夫老李", platform="douyin"),
    dict(name="萨迦壁画临摹者", platform="kuaishou", vtype="personal", reason="藏族壁画临摹师"),
    dict(name="八宿跑川藏线的老周", platform="douyin"),
    dict(name="札达土林徒步客", platform="toutiao", vtype="personal", reason="户外领队"),
    dict(name="双湖无人区科考", platform="douyin", avatar="default"),
    dict(name="琼结藏王墓讲解员", platform="toutiao"),
    dict(name="扎囊氆氇编织者", platform="toutiao", vtype="personal", reason="扎囊氆氇织造技艺传承人"),
    dict(name="工布江达骑马游", platform="weibo"),
    dict(name="安多牧民次仁", platform="douyin"),
    dict(name="察隅茶农扎西", platform="douyin", avatar="scenery"),
    dict(name="卡若辅警小向", platform="douyin", vtype="personal", reason="昌都市公安局卡若分局辅警",
         desc="分享冬季高原驾驶安全知识。"),
    dict(name="律师老白讲法", platform="toutiao", vtype="personal", reason="拉萨某律师事务所律师"),
    dict(name="支教老师小德吉", platform="toutiao", vtype="personal", reason="比如县某寄宿制小学教师"),
    dict(name="普兰转湖记", platform="douyin", avatar="scenery"),
    dict(name="天天转西藏发布", platform="weibo", vtype="personal", reason="退休医生",
         desc="转发西藏发布的消息，个人账号，非官方。"),
    dict(name="打过噶尔12345的老杨", platform="toutiao", vtype="personal", reason="居民代表",
         desc="记录自家楼栋供氧问题的办理经过，个人账号。"),
    dict(name="芒康文旅打卡记", platform="wechat", desc="个人游记，记录盐井和怒江七十二拐的自驾经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="西藏公安执勤装备店", platform="weibo", vtype="enterprise", reason="拉萨某商贸有限公司",
         desc="销售防寒执勤服和反光标识，私营企业，与公安机关没有关系。", logo_text="装备"),
    dict(name="江孜文旅客栈", platform="wechat", vtype="enterprise", reason="江孜某旅游服务有限公司",
         desc="古城民宿预订，企业账号，与文旅部门无关。"),
    dict(name="西藏税务代理中心", platform="douyin", vtype="enterprise", reason="拉萨某财税咨询有限公司",
         desc="代理记账和开票咨询，私营公司，与税务机关没有关系。"),
    dict(name="尼木藏香作坊", platform="douyin"),
    dict(name="拉孜藏刀铺", platform="kuaishou"),
    dict(name="当雄牦牛酸奶", platform="douyin"),
    dict(name="察隅高山茶园", platform="kuaishou", vtype="enterprise", reason="林芝某茶业有限公司"),
    dict(name="芒康盐井红盐", platform="douyin", vtype="enterprise", reason="昌都某盐业有限公司"),
    dict(name="城关唐卡画廊", platform="kuaishou"),
    dict(name="波密天麻直供", platform="douyin"),
    dict(name="墨脱石锅", platform="douyin"),
    dict(name="曲水净土蔬菜", platform="kuaishou"),
    dict(name="江达藏式木雕", platform="douyin"),
    dict(name="桑珠孜卡垫厂", platform="kuaishou", vtype="enterprise", reason="日喀则某民族手工业有限公司"),
    dict(name="乃东氆氇坊", platform="douyin"),
    dict(name="萨迦陶器", platform="kuaishou"),
    dict(name="巴宜松茸收购", platform="douyin", vtype="enterprise", reason="林芝某农产品有限公司"),
    dict(name="贡嘎机场包车", platform="kuaishou"),
    dict(name="林周酥油铺", platform="douyin"),
    dict(name="色尼风干肉", platform="kuaishou", avatar="default"),
    dict(name="堆龙德庆青稞饼", platform="douyin"),
    dict(name="噶尔光伏安装", platform="wechat", vtype="enterprise", reason="阿里某新能源有限公司"),
    dict(name="卡若汽修厂", platform="kuaishou", vtype="enterprise", reason="昌都某汽车修理有限公司"),
    dict(name="达孜甜茶外卖", platform="douyin", avatar="default"),
    dict(name="普兰边贸商店", platform="kuaishou"),
    dict(name="吉隆口岸报关", platform="douyin", vtype="enterprise", reason="日喀则某国际货运代理有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("亚东", "帕里", "帕里镇", ["town_bj25"]), ("聂拉木", "樟木", "樟木镇", ["town_bj25"]),
    ("察隅", "下察隅", "下察隅镇", ["town_bj25"]), ("洛扎", "拉康", "拉康镇", ["town_bj25"]),
    ("札达", "托林", "托林镇", ["town_bj25"]), ("贡嘎", "吉雄", "吉雄镇", ["town_bq25"]),
    ("乃东", "昌珠", "昌珠镇", ["town_bq25"]), ("萨迦", "吉定", "吉定镇", ["town_ws25"]),
    ("定日", "岗嘎", "岗嘎镇", ["town_ws25"]), ("拉孜", "曲下", "曲下镇", ["town_ws25"]),
]
UNREG_CITY = [
    ("西藏", "edu", 0),
    ("山东", "fangzhi25", 0), ("西藏", "kejiguan25", 0),
    ("城关", "tax", 0), ("堆龙德庆", "police", 0), ("桑珠孜", "culture", 0),
    ("江孜", "police", 0), ("乃东", "hotline", 0), ("芒康", "police", 0),
    ("广东", "fangzhi25", 0),
    ("仲巴", "fabu", 0), ("南木林", "fabu", 0), ("聂拉木", "fabu", 0), ("浪卡子", "fabu", 0),
    ("聂荣", "fabu", 0), ("改则", "fabu", 0), ("拉萨", "fabu", 0), ("日喀则", "fabu", 0),
    ("那曲", "fabu", 0), ("阿里", "fabu", 0),
    ("当雄", "police", 0), ("定日", "police", 0),
    ("定结", "fabu", 0), ("曲松", "fabu", 0), ("贡觉", "fabu", 0),
    ("洛扎", "police", 0), ("林芝", "police", 0),
    ("察隅", "police", 0), ("安多", "police", 0),
    ("聂拉木", "bianjing25", 1),
    ("琼结", "police", 0), ("桑日", "police", 0), ("比如", "police", 0), ("双湖", "police", 0),
    ("定日", "zangyi25", 0),
    ("曲水", "tax", 0), ("卡若", "hotline", 0), ("札达", "police", 0), ("仲巴", "bianjing25", 0),
    ("噶尔", "zangyi25", 0),
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
    print("building dev28 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev28\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
