"""Twenty-seventh dev part (dev27; built 2026-12-05 in the twenty-fourth session as the twenty-third blind held-out
part, demoted to tuning data in the twenty-fifth session).
Run: python eval/impostor/dev27/spec_dev27.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev26/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its provincial
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

PART = "dev27"
SEED = 86719
CRAWL_DAY = "2026-08-04"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "jiangyuan24": ("{F}三江源生态保护服务中心", "{F}三江源生态管护站", ["{S}三江源", "{S}江源生态"], "mountain",
                    None, "发布生态管护员巡护、退化草场修复和源头水质监测信息"),
    "yanhu24": ("{F}盐湖资源管理局", "{F}盐湖资源管理站", ["{S}盐湖资源", "{S}盐湖资源管理"], "waves", None,
                "发布盐湖矿权管理、钾肥生产安全和湖区生态信息"),
    "chongcao24": ("{F}冬虫夏草采集管理办公室", "{F}虫草采集管理站", ["{S}虫草采集", "{S}虫草管理"], "leaf", None,
                   "发布虫草采挖期、采集证办理和草场秩序信息"),
    "maoniu24": ("{F}牦牛产业发展中心", "{F}牦牛产业服务站", ["{S}牦牛产业", "{S}牦牛良种"], "hands", None,
                 "发布牦牛良种繁育、活畜交易和畜产品溯源信息"),
    "meishu24": ("{F}美术馆", "{F}美术馆", ["{S}美术馆", "{S}美术馆展览"], "pagoda", None,
                 "发布馆藏精品、公共美育课程和参观预约信息"),
    "kexue24": ("{F}科学中心", "{F}科学中心", ["{S}科学中心", "{S}科学中心展讯"], "globe", None,
                "发布常设展厅、青少年科学课和场馆开放信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_lm24": ("{F}{DF}拉面经济服务站", ["{DS}拉面站", "{DS}拉面经济"], "coin", None,
                  "发布外出拉面务工登记、创业贴息贷款和店面转让信息"),
    "town_gq24": ("{F}{DF}枸杞产业服务站", ["{DS}枸杞站", "{DS}枸杞产业"], "leaf", None,
                  "发布枸杞采摘用工、制干晾晒和有机认证信息"),
    "town_sy24": ("{F}{DF}牧民定居服务站", ["{DS}定居点", "{DS}牧民定居"], "house", None,
                  "发布定居点住房维修、冬季供暖和牲畜防疫信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"jiangyuan24": "三江源", "yanhu24": "盐湖资源", "chongcao24": "虫草采集", "maoniu24": "牦牛产业",
               "meishu24": "美术馆", "kexue24": "科学中心", "town_lm24": "拉面站", "town_gq24": "枸杞站",
               "town_sy24": "定居点"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level division (short, full)
_XN, _HD = ("西宁", "西宁市"), ("海东", "海东市")
_HB, _HN = ("海北", "海北藏族自治州"), ("黄南", "黄南藏族自治州")
_HZ, _GL = ("海南", "海南藏族自治州"), ("果洛", "果洛藏族自治州")
_YS, _HX = ("玉树", "玉树藏族自治州"), ("海西", "海西蒙古族藏族自治州")
PARENT = {"城东": _XN, "城中": _XN, "城西": _XN, "城北": _XN, "湟中": _XN, "湟源": _XN, "大通": _XN,
          "乐都": _HD, "平安": _HD, "民和": _HD, "互助": _HD, "化隆": _HD, "循化": _HD,
          "门源": _HB, "祁连": _HB, "海晏": _HB, "刚察": _HB,
          "同仁": _HN, "尖扎": _HN, "泽库": _HN,
          "共和": _HZ, "同德": _HZ, "贵德": _HZ, "兴海": _HZ, "贵南": _HZ,
          "玛沁": _GL, "班玛": _GL, "甘德": _GL, "达日": _GL, "久治": _GL, "玛多": _GL,
          "玉树": _YS, "杂多": _YS, "称多": _YS, "治多": _YS, "囊谦": _YS, "曲麻莱": _YS,
          "德令哈": _HX, "格尔木": _HX, "茫崖": _HX, "乌兰": _HX, "都兰": _HX, "天峻": _HX}
REGION_NAME = "青海"
# the province's tourism slogan, written around the province's name
SLOGAN_WORD = "大美青海"
# the capital's summer-resort nickname written before one of the capital's districts or counties
CAPITAL_WORD = "夏都"
# the lake-ring word written before the counties around the lake
LAKE_WORD = "环青海湖"
LAKE_PLACES = {"海晏", "刚察", "共和"}
# the source-region word written before the counties at the rivers' sources
SOURCE_WORD = "三江源"
SOURCE_PLACES = {"玛多", "杂多", "治多", "曲麻莱", "称多", "久治"}
# the basin's name written before the places of the basin
BASIN_WORD = "柴达木"
BASIN_PLACES = {"德令哈", "格尔木", "茫崖", "乌兰", "都兰"}
# the prefecture that was an administrative region (地区) until 2013
FORMER_REGION = ("海东", "海东地区")
# districts, county-level cities and counties written with the level they had before (same name)
PRIOR_LEVEL = {"湟中": "湟中县", "平安": "平安县", "乐都": "乐都县", "同仁": "同仁县", "玉树": "玉树县",
               "茫崖": "茫崖行委"}
# counties written with the name they had before a renaming
OLD_NAME = {"门源": "亹源县", "乐都": "碾伯县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="青海", F="青海省", area="0971", landmark="mountain", nick="江河源头",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("medins", {"platforms": _2}),
                ("jiangyuan24", {"name_idx": 0, "platforms": _3}),
                ("yanhu24", {"name_idx": 0, "platforms": _3}),
                ("chongcao24", {"name_idx": 0, "platforms": _2}),
                ("maoniu24", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="pagoda", nick="齐鲁志书",
         depts=[("meishu24", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="五邑侨乡",
         depts=[("kexue24", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="青海省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- districts, counties and county-level cities of the new province
    _c("城东", "城东区", "0971", "skyline", "东关清真大寺旁",
       [("fabu", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("城北", "城北区", "0971", "skyline", "北川河畔", [("fabu", {"platforms": _2})]),
    _c("湟中", "湟中区", "0971", "pagoda", "莲花山下",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}),
        ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("湟源", "湟源县", "0971", "mountain", "日月山口", [("fabu", {"platforms": _3})]),
    _c("大通", "大通回族土族自治县", "0971", "mountain", "老爷山",
       [("fabu", {"platforms": _3}), ("market", {"name_idx": 0, "platforms": _2}),
        ("hotline", {"platforms": _2})]),
    _c("乐都", "乐都区", "0972", "pagoda", "瞿昙古刹",
       [("fabu", {"platforms": _3})]),
    _c("平安", "平安区", "0972", "sun", "驿站古道", [("fabu", {"platforms": _2})]),
    _c("民和", "民和回族土族自治县", "0972", "waves", "喇家遗址",
       [("fabu", {"platforms": _2})]),
    _c("互助", "互助土族自治县", "0972", "tower", "彩虹故乡",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("化隆", "化隆回族自治县", "0972", "mountain", "拉面之乡",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})],
       [dict(DS="群科", DF="群科镇", depts=["town_lm24"])]),
    _c("循化", "循化撒拉族自治县", "0972", "waves", "孟达天池", [("fabu", {"platforms": _3})]),
    _c("门源", "门源回族自治县", "0970", "sun", "百里花海", [("fabu", {"platforms": _3})]),
    _c("祁连", "祁连县", "0970", "mountain", "卓尔山",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("海晏", "海晏县", "0970", "waves", "金银滩草原",
       [("fabu", {"platforms": _2}), ("police", {"platforms": _2})]),
    _c("刚察", "刚察县", "0970", "waves", "沙柳河", [("fabu", {"platforms": _2})]),
    _c("同仁", "同仁市", "0973", "pagoda", "热贡画乡",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC)), ("police", {"platforms": _2})]),
    _c("尖扎", "尖扎县", "0973", "waves", "坎布拉", [("fabu", {"platforms": _2})]),
    _c("泽库", "泽库县", "0973", "sun", "和日石经墙", [("fabu", {"platforms": _3k})]),
    _c("共和", "共和县", "0974", "waves", "龙羊峡", [("fabu", {"platforms": _3})]),
    _c("同德", "同德县", "0974", "sun", "宗日遗址", [("fabu", {"platforms": _2})]),
    _c("贵德", "贵德县", "0974", "waves", "天下黄河贵德清", [("fabu", {"platforms": _4})],
       [dict(DS="河阴", DF="河阴镇", depts=["town_sy24"])]),
    _c("兴海", "兴海县", "0974", "mountain", "阿尼玛卿东麓", [("fabu", {"platforms": _2})]),
    _c("贵南", "贵南县", "0974", "sun", "茫拉河谷", [("fabu", {"platforms": _3t})]),
    _c("玛沁", "玛沁县", "0975", "mountain", "雪山阿尼玛卿",
       [("fabu", {"platforms": _3}), ("maoniu24", {"name_idx": 0})]),
    _c("班玛", "班玛县", "0975", "tower", "红军沟", [("fabu", {"platforms": _2})]),
    _c("甘德", "甘德县", "0975", "sun", "格萨尔狮龙宫", [("fabu", {"platforms": _2})]),
    _c("久治", "久治县", "0975", "mountain", "年保玉则", [("fabu", {"platforms": _2})]),
    _c("玛多", "玛多县", "0975", "waves", "千湖之县",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC)), ("jiangyuan24", {"name_idx": 0})]),
    _c("玉树", "玉树市", "0976", "skyline", "结古新城",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("杂多", "杂多县", "0976", "mountain", "澜沧江源",
       [("fabu", {"platforms": _2}), ("chongcao24", {"name_idx": 0})]),
    _c("称多", "称多县", "0976", "pagoda", "通天河畔", [("fabu", {"platforms": _2})]),
    _c("囊谦", "囊谦县", "0976", "tower", "尕尔寺峡谷", [("fabu", {"platforms": _3})]),
    _c("曲麻莱", "曲麻莱县", "0976", "waves", "黄河源头第一县",
       [("fabu", {"platforms": _2}), ("jiangyuan24", {"name_idx": 0})]),
    _c("德令哈", "德令哈市", "0977", "skyline", "金色的世界",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2})],
       [dict(DS="柯鲁柯", DF="柯鲁柯镇", depts=["town_gq24"])]),
    _c("格尔木", "格尔木市", "0979", "skyline", "盐桥之城",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _2}), ("hotline", {"platforms": _3}),
        ("yanhu24", {"name_idx": 0})]),
    _c("茫崖", "茫崖市", "0977", "sun", "翡翠湖畔", [("fabu", {"platforms": _3})]),
    _c("乌兰", "乌兰县", "0977", "waves", "茶卡天空之镜", [("fabu", {"platforms": _2})]),
    _c("都兰", "都兰县", "0977", "sun", "吐谷浑古墓群", [("fabu", {"platforms": _3})],
       [dict(DS="宗加", DF="宗加镇", depts=["town_gq24"])]),
    # ---- places that only have unregistered units here
    _c("城中", "城中区", "0971", "skyline", "城中", []),
    _c("城西", "城西区", "0971", "skyline", "城西", []),
    _c("达日", "达日县", "0975", "mountain", "达日", []),
    _c("治多", "治多县", "0976", "mountain", "治多", []),
    _c("天峻", "天峻县", "0977", "sun", "天峻", []),
    # ---- prefecture-level divisions (not registered; only unregistered units here)
    _c("西宁", "西宁市", "0971", "skyline", "西宁", []),
    _c("海东", "海东市", "0972", "mountain", "海东", []),
    _c("海北", "海北藏族自治州", "0970", "waves", "海北", []),
    _c("果洛", "果洛藏族自治州", "0975", "mountain", "果洛", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_3, _2, ["wechat", "douyin"], _3t, _2, ["weibo", "wechat", "toutiao"], _3, _3k, _2, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|h24".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0675


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布高原政讯")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安牧区警务")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345青心办")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅大美游踪")
    if d == "jiangyuan24" and name == S + "三江源":
        opts.append(S + "三江源管护手记")
    if d == "maoniu24" and name == S + "牦牛产业":
        opts.append(S + "牦牛产业动态")
    if d == "chongcao24" and name == S + "虫草采集":
        opts.append(S + "虫草采集公告栏")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["青松办人脸复核", "草场奖补到户", "退牧还草补助", "虫草采集证预约", "拉面贷贴息", "游牧民定居补贴",
            "牧区取暖补贴", "炮仗面", "糌粑", "狗浇尿", "尕面片", "炕锅羊排", "焜锅馍馍", "诺木洪枸杞",
            "青稞酒", "昆仑玉", "藏毯", "\u0f13攒劲得很", "\u0f13稀罕得很", "\u0fd3正号在这\u0fd4",
            "\ua7af\u029c", "\u26df", "\u26f4", "\u2e0e", "\u2e49"]
PREFIXES = ["青", "夏都", "雪域明珠", "河湟谷地", "阿么个\u2e10", "阿门了\u2e10", "好着呢\u2e10", "浪一趟\u2e10",
            "谝个传\u2e10", "胀饱了\u2e10", "嫑慌\u2e10", "\u0fd3奖补末批公示\u0fd4", "\u0fd3仅限牧户本人\u0fd4",
            "\u0fd3采集证临时加号\u0fd4", "\u2e11", "\u2e48", "柴达木盆地", "祁连山下"]
LOOKALIKE = {
    "湟": ["涅"], "通": ["递"], "都": ["邹"], "隆": ["隋"], "循": ["微"], "门": ["问"], "祁": ["礼"], "连": ["还"],
    "刚": ["刷"], "察": ["崇"], "泽": ["滓"], "库": ["底"], "贵": ["责"], "南": ["离"], "玛": ["坞"], "沁": ["沦"],
    "班": ["玩"], "谦": ["嫌"], "囊": ["裹"], "莱": ["蔡"], "哈": ["恰"], "格": ["桔"], "峻": ["陵"], "互": ["瓦"],
    "助": ["劫"], "晏": ["曼"], "尖": ["夹"], "扎": ["扑"], "共": ["兵"], "杂": ["杀"], "令": ["今"], "木": ["本"],
}
SAME_SOUND = {
    "湟": ["皇", "煌"], "源": ["员", "援"], "乐": ["勒"], "互": ["户", "护"], "助": ["驻", "祝"], "隆": ["咙"],
    "循": ["巡", "询"], "祁": ["其"], "连": ["镰"], "晏": ["燕"], "刚": ["纲", "缸"], "尖": ["兼", "肩"],
    "扎": ["渣"], "贵": ["跪"], "玛": ["码", "蚂"], "班": ["般", "颁"], "甘": ["竿"], "治": ["置", "质"],
    "杂": ["砸"], "称": ["撑"], "谦": ["千", "牵"], "曲": ["驱"], "令": ["另"], "尔": ["饵", "洱"],
    "木": ["幕", "睦"], "茫": ["忙", "芒"], "崖": ["牙", "芽"], "乌": ["呜", "污"], "兰": ["婪"],
    "峻": ["郡", "俊"], "同": ["铜", "桐"], "多": ["哆"],
}
TRAD_MODES = ["second_only", "drop_last", "first_two"]
# visible word separators other parts did not use: Tibetan head marks and shad marks (the script of most of the
# province's place names outside the capital), and the Arabic comma, semicolon and five-pointed star (the script
# of the province's Hui and Salar mosques)
SPACES = ["\u0f04", "\u0f05", "\u0f06", "\u0f07", "\u0f08", "\u0f09", "\u0f0a", "\u0f0f", "\u0f10", "\u0f11",
          "\u0f12", "\u0fd0", "\u0fd1", "\u0fd2", "\u060c", "\u061b", "\u066d", "\u0f85"]
DOUBLE_SPACE_P = 0.043
# tag characters and variation selectors other parts did not use
ZERO_WIDTH = ["\U000e0060", "\U000e006e", "\U000e0076", "\U000e0116", "\U000e0117", "\U000e011a",
              "\U000e0121", "\U000e0132", "\U000e0154", "\U000e0167", "\U000e0181", "\U000e01a5"]
EMOJI = ["🐆", "🦙", "🧂", "🧈", "🏍", "🚜", "🌙", "🥣", "🧶", "🐇", "🌠", "🪡"]
BRACKETS = [("⬘", "⬙"), ("⟵", "⟶"), ("⤆", "⤇"), ("⏮", "⏭"), ("⪽", "⪾"), ("⫃", "⫄"), ("◩", "◪"),
            ("◰", "◳"), ("⬒", "⬓"), ("⇽", "⇾"), ("⤛", "⤜"), ("⧀", "⧁")]
FULLWIDTH_MODES = ["doubled_circumflex", "long_vertical_overlay", "leftwards_arrow_overlay", "dot_above_right"]
LEVEL_FORMS = ["slogan_region", "xiadu_lead", "lake_ring_lead", "river_source_lead", "basin_lead",
               "former_diqu", "zhou_lead", "old_level_name", "prerename_name", "shi_short_lead", "town_prefecture_lead"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}牧区平安哨", "{nick}警务马背队", "{S}护牧防骗"],
    "fabu": ["{S}政务每日谈", "{nick}高原快讯", "{S}政声速递"],
    "gov": ["{S}政务直通车", "{nick}办事路线图"],
    "health": ["{S}高原健康课", "{nick}健康帐篷"],
    "tax": ["{S}税事问答台", "{nick}纳税小贴士"],
    "hotline": ["{S}民声直播间", "{nick}有求必应台"],
    "culture": ["{S}大美风物", "{nick}花儿会", "{S}唐蕃古道行"],
    "medins": ["{S}医保一站通", "{nick}看病报销指南"],
    "market": ["{S}消费维权哨", "{nick}足斤足两"],
    "jiangyuan24": ["{S}源头守护者", "{nick}巡护手记"],
    "yanhu24": ["{S}盐湖之窗", "{nick}钾肥故事"],
    "chongcao24": ["{S}采挖季", "{nick}草山秩序"],
    "maoniu24": ["{S}牦牛牧场", "{nick}高原畜牧"],
    "meishu24": ["{S}画廊周末", "{nick}油画长廊"],
    "kexue24": ["{S}好奇实验室", "{nick}星空课堂"],
    "town_lm24": ["{S}拉面人家"],
    "town_gq24": ["{S}红果园"],
    "town_sy24": ["{S}定居新村"],
    "generic": ["{S}河湟人家", "{nick}帐房边", "{S}青海老家"],
}


# ---- digit forms (the registered digit names are 12345 and 12366): a combining mark after every digit
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "doubled_circumflex": lambda s: _marks(s, "\u1ab0"),
    "long_vertical_overlay": lambda s: _marks(s, "\u20d2"),
    "leftwards_arrow_overlay": lambda s: _marks(s, "\u20ea"),
    "dot_above_right": lambda s: _marks(s, "\u0358"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _lead(u, acc, places, word):
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in places or not name.startswith(pl["S"]):
        return None
    return word + name


def _slogan_region(u, acc):
    """The province's tourism slogan in place of the province's name (the slogan contains the name)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return SLOGAN_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return SLOGAN_WORD + name[len(pl["S"]):]
    return None


def _xiadu_lead(u, acc):
    """The capital's summer-resort nickname before one of the capital's districts or counties."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] != "西宁":
        return None
    return _lead(u, acc, {u["place"]["S"]}, CAPITAL_WORD)


def _lake_ring_lead(u, acc):
    """The lake-ring word before a county around the lake."""
    return _lead(u, acc, LAKE_PLACES, LAKE_WORD)


def _river_source_lead(u, acc):
    """The source-region word before a county at the rivers' sources."""
    return _lead(u, acc, SOURCE_PLACES, SOURCE_WORD)


def _basin_lead(u, acc):
    """The basin's name before one of its places."""
    return _lead(u, acc, BASIN_PLACES, BASIN_WORD)


def _former_diqu(u, acc):
    """The prefecture written as the administrative region it was until 2013, before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] != FORMER_REGION[0]:
        return None
    return _lead(u, acc, {u["place"]["S"]}, FORMER_REGION[1])


def _zhou_lead(u, acc):
    """The autonomous prefecture's short name with the prefecture word before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or not par[1].endswith("自治州"):
        return None
    return _lead(u, acc, {u["place"]["S"]}, par[0] + "州")


def _earlier_level(u, acc):
    """A place written with the level it had before (same name)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PRIOR_LEVEL or not name.startswith(pl["S"]):
        return None
    return PRIOR_LEVEL[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _earlier_name(u, acc):
    """A county written with the name it had before a renaming."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    return OLD_NAME[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _shi_short_lead(u, acc):
    """The prefecture-level city's short name (the two cities, not the prefectures) before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[1].endswith("自治州"):
        return None
    return _lead(u, acc, {u["place"]["S"]}, par[0])


def _town_to_prefecture(u, acc):
    """A town put directly under its prefecture-level division's short name, its county left out."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + name


_FORM_MAKERS = {"slogan_region": _slogan_region, "xiadu_lead": _xiadu_lead, "lake_ring_lead": _lake_ring_lead,
                "river_source_lead": _river_source_lead, "basin_lead": _basin_lead, "former_diqu": _former_diqu,
                "zhou_lead": _zhou_lead, "old_level_name": _earlier_level, "prerename_name": _earlier_name,
                "shi_short_lead": _shi_short_lead, "town_prefecture_lead": _town_to_prefecture}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the slogan, towns their prefecture, renamed and re-levelled places mostly their former name or level, places
    of the capital, the lake ring, the source region, the basin and the former region mostly that word, the other
    county-level units the prefecture's short form or their city."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("slogan_region", "town_prefecture_lead"):
        if f in names:
            return f, names[f]
    for f in ("prerename_name", "old_level_name"):
        if f in names and _h(acc, "qf") % 3:
            return f, names[f]
    special = [f for f in ("xiadu_lead", "lake_ring_lead", "river_source_lead", "basin_lead", "former_diqu")
               if f in names]
    if special and _h(acc, "qs") % 4:
        f = special[_h(acc, "qt") % len(special)]
        return f, names[f]
    rest = [f for f in ("xiadu_lead", "lake_ring_lead", "river_source_lead", "basin_lead", "former_diqu",
                        "zhou_lead", "shi_short_lead", "prerename_name", "old_level_name") if f in names]
    f = rest[_h(acc, "qr") % len(rest)]
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


def _t_second_only(s, u, r):
    """Only the second convertible character (the first if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1:2] or idx[:1])


def _t_drop_last(s, u, r):
    """Every convertible character except the last one (the only one if there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[:-1] or idx)


def _t_first_two(s, u, r):
    """The first two convertible characters."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[:2])


TRAD_FUNCS = {"second_only": _t_second_only, "drop_last": _t_drop_last, "first_two": _t_first_two}


# ---- image edits
def _salt_mirror(img, rng):
    """A salt-lake sky mirror: the picture washed toward a pale sky white, the lower half mirrored faintly."""
    a = np.asarray(img, float)
    k = rng.uniform(0.33, 0.39)
    out = a * (1 - k) + np.array([232, 240, 246], float) * k
    h = out.shape[0]
    low = out[h // 2:][::-1][: h - h // 2]
    out[h - low.shape[0]:] = out[h - low.shape[0]:] * 0.7 + low * 0.3
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"salt mirror k{k:.2f}"


def _rapeseed_gold(img, rng):
    """A rapeseed-field gold: luminance mapped from a deep green to a bright yellow."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([38, 62, 30], float)
    light = np.array([250, 224, 70], float)
    gam = rng.uniform(0.92, 1.04)
    out = dark + (light - dark) * (g ** gam)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"rapeseed gold g{gam:.2f}"


def _mineral_pigment(img, rng):
    """Mineral pigments of scroll painting: colours pulled toward malachite green, cinnabar and lapis blue."""
    a = np.asarray(img, float)
    pal = np.array([[34, 139, 110], [200, 56, 40], [36, 62, 150], [236, 200, 120], [246, 240, 226]], float)
    d = ((a[..., None, :] - pal[None, None]) ** 2).sum(-1)
    near = pal[d.argmin(-1)]
    k = rng.uniform(0.44, 0.5)
    out = a * (1 - k) + near * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"mineral pigment k{k:.2f}"


def _plateau_glare(img, rng):
    """Plateau sunlight: strong contrast, saturated colours, a bright centre fading to the corners."""
    a = np.asarray(img, float)
    m = a.mean()
    c = rng.uniform(1.3, 1.38)
    out = (a - m) * c + m
    g = out.mean(axis=2, keepdims=True)
    out = g + (out - g) * 1.35
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    d = np.sqrt(((yy - h / 2) / h) ** 2 + ((xx - w / 2) / w) ** 2)
    out = out + (0.35 - np.clip(d, 0, 0.35))[..., None] * 70
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"plateau glare c{c:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _carpet_fret(img, rng, P):
    """A woven-rug frame: a dark red field with a key-fret band of small squares in two colours."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (120, 28, 34))
    d = ImageDraw.Draw(out)
    s = max(3, pad // 4)
    c2 = rng.choice(P["border_colours"])
    for t in range(0, W, s * 2):
        for (x, y) in ((t, pad // 2 - s // 2), (t, W - pad // 2 - s // 2), (pad // 2 - s // 2, t),
                       (W - pad // 2 - s // 2, t)):
            d.rectangle([x, y, x + s - 1, y + s - 1], fill=c2 if (t // (s * 2)) % 2 else (236, 200, 120))
    out.paste(img, (pad, pad))
    return out, "border carpet fret"


def _flower_sea(img, rng, P):
    """A flower-sea frame: a yellow band of round blossoms on green, like a rapeseed field in July."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (70, 120, 48))
    d = ImageDraw.Draw(out)
    r = max(2, pad // 5)
    for t in range(r, W, 3 * r):
        for (x, y) in ((t, pad // 3), (t, W - pad // 3), (pad // 3, t), (W - pad // 3, t)):
            d.ellipse([x - r, y - r, x + r, y + r], fill=(246, 214, 40))
    d.rectangle([pad - 2, pad - 2, W - pad + 1, W - pad + 1], outline=rng.choice(P["border_colours"]), width=2)
    out.paste(img, (pad, pad))
    return out, "border flower sea"


def _black_tent(img, rng, P):
    """A herder's tent frame: dark yak-hair cloth with pale woven stripes and a white top band."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (40, 36, 34))
    d = ImageDraw.Draw(out)
    step = max(3, pad // 5)
    for x in range(0, W, step * 2):
        d.line([x, 0, x, W], fill=(70, 64, 58), width=1)
    d.rectangle([0, 0, W, max(3, pad // 3)], fill=(244, 242, 236))
    d.rectangle([pad - 3, pad - 3, W - pad + 2, W - pad + 2], outline=rng.choice(P["border_colours"]), width=3)
    out.paste(img, (pad, pad))
    return out, "border black tent"


def _shot_grassland_notice(img, rng, P, out_px):
    """A grassland-subsidy notice page: a green title band, an amount box, a list of households, the avatar small
    at the top right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (248, 250, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.12 * S)], fill=(40, 140, 80))
    d.rectangle([int(0.1 * S), int(0.18 * S), int(0.9 * S), int(0.36 * S)], fill=(255, 244, 214),
                outline=(220, 150, 40), width=4)
    for k in range(6):
        y = int((0.44 + 0.07 * k) * S)
        d.line([int(0.08 * S), y, int(0.92 * S), y], fill=(190, 196, 190), width=3)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.94 * S) - a, int(0.015 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot grassland notice scale {a / S:.3f}"


def _shot_permit_form(img, rng, P, out_px):
    """A collecting-permit application form: grey input fields, a photo box, an orange submit bar, the avatar
    small at the top left."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 244, 246))
    d = ImageDraw.Draw(canvas)
    for k in range(5):
        y = int((0.16 + 0.1 * k) * S)
        d.rounded_rectangle([int(0.08 * S), y, int(0.92 * S), y + int(0.065 * S)], radius=10,
                            fill=(255, 255, 255), outline=(200, 200, 206), width=2)
    d.rectangle([int(0.3 * S), int(0.68 * S), int(0.7 * S), int(0.8 * S)], outline=(160, 160, 170), width=3)
    d.rectangle([0, int(0.88 * S), S, S], fill=(246, 130, 30))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.03 * S), int(0.02 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot permit form scale {a / S:.3f}"


def _shot_loan_chat(img, rng, P, out_px):
    """A loan-offer chat: alternating grey and green speech bubbles, a red transfer card, the avatar small beside
    the first bubble."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (236, 236, 236))
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.03 * S), int(0.1 * S)))
    for k in range(4):
        y = int((0.1 + 0.14 * k) * S)
        if k % 2:
            d.rounded_rectangle([int(0.45 * S), y, int(0.94 * S), y + int(0.08 * S)], radius=12, fill=(150, 226, 110))
        else:
            d.rounded_rectangle([int(0.06 * S) + a, y, int(0.6 * S) + a, y + int(0.08 * S)], radius=12,
                                fill=(255, 255, 255))
    d.rounded_rectangle([int(0.2 * S), int(0.7 * S), int(0.8 * S), int(0.86 * S)], radius=12, fill=(238, 120, 60))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot loan chat scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"salt_mirror": _salt_mirror, "rapeseed_gold": _rapeseed_gold,
                                   "mineral_pigment": _mineral_pigment, "plateau_glare": _plateau_glare},
                   border_funcs={"carpet_fret": _carpet_fret, "flower_sea": _flower_sea, "black_tent": _black_tent},
                   screenshot_funcs={"grassland_notice": _shot_grassland_notice, "permit_form": _shot_permit_form,
                                     "loan_chat": _shot_loan_chat},
                   resize_px=[260, 268, 270, 273, 275, 276, 278],
                   jpeg_q=(71, 73), crop_frac=(0.3871, 0.3885),
                   border_styles=["carpet_fret", "flower_sea", "black_tent"],
                   border_colours=[(238, 232, 206), (58, 44, 40), (120, 168, 200), (228, 190, 96),
                                   (84, 132, 104), (150, 60, 70)],
                   border_frac=(0.4363, 0.4391),
                   recolour_modes=["salt_mirror", "rapeseed_gold", "mineral_pigment", "plateau_glare"],
                   hue_shift=(291, 293), rotate_deg=(54.82, 55.5),
                   watermark_texts=["草场奖补", "虫草采集证", "拉面贴息", "退牧还草", "定居补贴"],
                   watermark_alpha=(195, 199),
                   screenshot_styles=["grassland_notice", "permit_form", "loan_chat"],
                   screenshot_scale=(0.0745, 0.0762))
P_IMPOSTOR_DERIVED = 0.552
P_IMPOSTOR_DEFAULT = 0.087
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0925
IMPOSTOR_VERIFIED = [("enterprise", "{S}雪域牧业科技有限公司"), ("personal", "青藏线上的摄影人"),
                     ("other", "{S}牧民联户合作社")]
IMPOSTOR_DESCS = ["{S}{fn}：草场奖补到户名单最后一轮复查，加薇{wx}发牧户一卡通和户口簿照片",
                  "【{S}{fn}】虫草采集证还有内部指标，找{wx}先付保证金占名额",
                  "{name}：青松办人脸复核没过的牧户，退休金下个月起冻结，扫二维码入群补录",
                  "{S}{fn}：拉面创业贷款贴息开始申领，加企鹅{qq}报卡号和店铺地址",
                  "{S}{fn}原来的号作废了，游牧民定居补贴统一到这里申报，详情加V{wx}"]
MAX_PER_TARGET = 6

# Nearly every two- and three-tactic combination the builder can write is used by some other part, and dev15 ...
# dev26 used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses
# (four impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_PR, _FW, _LP, _NP], 4),  # first: few targets can carry them
    ([_LA, _FW, _LP, _NP], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_SU, _PR, _SS, _SP], 4),
    ([_SU, _PR, _RE, _LP], 4),
    ([_SU, _LA, _EB, _FW], 4),
    ([_SU, _LA, _ZW, _NP], 4),
    ([_SU, _SS, _EB, _ZW], 4),
    ([_SU, _SS, _FW, _TR], 4),
    ([_SU, _RE, _EB, _LP], 4),
    ([_SU, _RE, _ZW, _SP], 4),
    ([_SU, _EB, _ZW, _LP], 4),
    ([_PR, _LA, _SS, _ZW], 4),
    ([_PR, _LA, _EB, _SP], 4),
    ([_PR, _SS, _EB, _FW], 4),
    ([_PR, _SS, _ZW, _NP], 4),
    ([_PR, _SS, _TR, _NP], 4),
    ([_PR, _ZW, _TR, _SP], 4),
    ([_LA, _RE, _FW, _SP], 4),
    ([_LA, _RE, _LP, _NP], 4),
    ([_LA, _ZW, _FW, _SP], 4),
    ([_LA, _TR, _LP, _NP], 4),
    ([_SS, _EB, _ZW, _TR], 4),
    ([_SS, _EB, _TR, _LP], 4),
    ([_RE, _EB, _SP, _LP], 4),
    ([_RE, _TR, _SP, _NP], 4),
    ([_ZW, _TR, _SP, _NP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market"]
OTHER_PLACES_CHAR = [
    dict(reg="大通", S="通道", F="通道侗族自治县", province="湖南省", level=_C),
    dict(reg="乐都", S="乐业", F="乐业县", province="广西壮族自治区", level=_C),
    dict(reg="民和", S="民勤", F="民勤县", province="甘肃省", level=_C),
    dict(reg="化隆", S="化德", F="化德县", province="内蒙古自治区", level=_C),
    dict(reg="门源", S="门头沟", F="北京市门头沟区", province="北京市", level=_C,
         units={"police": "北京市公安局门头沟分局"}),
    dict(reg="祁连", S="祁东", F="祁东县", province="湖南省", level=_C),
    dict(reg="海晏", S="海伦", F="海伦市", province="黑龙江省", level=_C),
    dict(reg="同仁", S="同心", F="同心县", province="宁夏回族自治区", level=_C),
    dict(reg="泽库", S="泽普", F="泽普县", province="新疆维吾尔自治区", level=_C),
    dict(reg="贵德", S="贵溪", F="贵溪市", province="江西省", level=_C),
    dict(reg="班玛", S="班戈", F="班戈县", province="西藏自治区", level=_C),
    dict(reg="甘德", S="甘泉", F="甘泉县", province="陕西省", level=_C),
    dict(reg="玛多", S="多伦", F="多伦县", province="内蒙古自治区", level=_C),
    dict(reg="都兰", S="都安", F="都安瑶族自治县", province="广西壮族自治区", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="大通", S="大同", F="大同市", province="山西省", depts=_F3),
    dict(reg="同仁", S="铜仁", F="铜仁市", province="贵州省", depts=_F3),
    dict(reg="玉树", S="榆树", F="榆树市", province="吉林省", level=_C, depts=_F3,
         units={"police": "榆树市公安局"}),
    dict(reg="化隆", S="华龙", F="濮阳市华龙区", province="河南省", level=_C, depts=_F3,
         units={"tax": "国家税务总局濮阳市华龙区税务局"}),
    dict(reg="海晏", S="海盐", F="海盐县", province="浙江省", level=_C, depts=_F3),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_NX, _HI = "宁夏回族自治区", "海南省"
_SH, _TJ, _BJ = "上海市", "天津市", "北京市"
TEMPLATE_NEGS = [
    ("徐汇", "上海市徐汇区", _SH, "procur"), ("虹口", "上海市虹口区", _SH, "fabu"), ("杨浦", "上海市杨浦区", _SH, "procur"),
    ("浦东", "上海市浦东新区", _SH, "fabu"), ("普陀", "上海市普陀区", _SH, "procur"), ("南开", "天津市南开区", _TJ, "fabu"),
    ("津南", "天津市津南区", _TJ, "procur"), ("北辰", "天津市北辰区", _TJ, "fabu"), ("宁河", "天津市宁河区", _TJ, "procur"),
    ("石景山", "北京市石景山区", _BJ, "fabu"), ("海淀", "北京市海淀区", _BJ, "procur"),
    ("海棠", "三亚市海棠区", _HI, "police"),
    ("兴庆", "银川市兴庆区", _NX, "police"), ("金凤", "银川市金凤区", _NX, "fabu"), ("永宁", "永宁县", _NX, "procur"),
    ("贺兰", "贺兰县", _NX, "police"), ("灵武", "灵武市", _NX, "fabu"), ("大武口", "石嘴山市大武口区", _NX, "procur"),
    ("惠农", "石嘴山市惠农区", _NX, "police"), ("利通", "吴忠市利通区", _NX, "procur"),
    ("文昌", "文昌市", _HI, "fabu"), ("万宁", "万宁市", _HI, "procur"), ("五指山", "五指山市", _HI, "police"),
    ("儋州", "儋州市", _HI, "fabu"), ("澄迈", "澄迈县", _HI, "procur"), ("临高", "临高县", _HI, "police"),
    ("屯昌", "屯昌县", _HI, "fabu"), ("定安", "定安县", _HI, "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="青海日报", platform="weibo", vtype="media", reason="青海日报社官方微博", desc="江河源头的党报声音。",
         logo_text="青报"),
    dict(name="西海都市报", platform="douyin", vtype="media", reason="青海日报社西海都市报官方账号",
         desc="高原都市新闻。", logo_text="西海"),
    dict(name="青海法治报", platform="toutiao", vtype="media", reason="青海法治报社官方账号", desc="法治新闻。",
         logo_text="法治"),
    dict(name="西宁晚报", platform="wechat", vtype="media", reason="西宁晚报社", desc="夏都市井资讯。",
         logo_text="宁晚"),
    dict(name="青海广播电视台", platform="kuaishou", vtype="media", reason="青海广播电视台官方账号",
         desc="省级广电短视频。", logo_text="青视"),
    dict(name="海东时报", platform="weibo", vtype="media", reason="海东时报社官方微博", desc="海东新闻。"),
    dict(name="柴达木日报", platform="wechat", vtype="media", reason="海西州柴达木日报社", desc="海西新闻。"),
    dict(name="果洛报", platform="kuaishou", vtype="media", reason="果洛报社官方账号", desc="果洛新闻，汉藏双语。",
         logo_text="果报"),
    dict(name="玉树报", platform="toutiao", vtype="media", reason="玉树报社官方账号", desc="玉树新闻。"),
    dict(name="黄南报", platform="douyin", vtype="media", reason="黄南报社官方账号", desc="黄南新闻。"),
    dict(name="海北报", platform="wechat", vtype="media", reason="海北报社", desc="海北新闻。"),
    dict(name="格尔木融媒", platform="toutiao", vtype="media", reason="格尔木市融媒体中心官方账号",
         desc="格尔木新闻。"),
    dict(name="西宁广播电视台", platform="kuaishou", vtype="media", reason="西宁广播电视台官方账号",
         desc="西宁新闻。"),
    dict(name="青海藏语广播", platform="weibo", vtype="media", reason="青海广播电视台藏语广播官方微博",
         desc="藏语新闻和牧区服务节目。", logo_text="藏广"),
    dict(name="海东广播电视台", platform="douyin", vtype="media", reason="海东市广播电视台官方账号",
         desc="海东新闻。"),
    dict(name="互助融媒", platform="douyin", vtype="media", reason="互助县融媒体中心官方账号", desc="互助新闻。"),
    dict(name="门源融媒", platform="kuaishou", vtype="media", reason="门源县融媒体中心官方账号", desc="门源新闻。"),
    dict(name="贵德融媒", platform="toutiao", vtype="media", reason="贵德县融媒体中心官方账号", desc="贵德新闻。"),
    dict(name="德令哈融媒", platform="wechat", vtype="media", reason="德令哈市融媒体中心", desc="德令哈新闻。"),
    dict(name="青海交通广播", platform="weibo", vtype="media", reason="青海广播电视台交通广播官方微博",
         desc="青藏公路路况和高原出行提示。", logo_text="交广"),
    dict(name="湟中公安在一线", platform="douyin", vtype="media", reason="西宁广播电视台官方账号",
         desc="电视台法治栏目，跟拍派出所民警出警，并非公安机关账号。", logo_text="一线"),
    dict(name="格尔木12345回音壁", platform="toutiao", vtype="media", reason="柴达木日报社官方账号",
         desc="报社民生栏目，回访热线来电市民的诉求办理结果。", logo_text="回音"),
    dict(name="祁连文旅寻踪", platform="wechat", vtype="media", reason="海北报社",
         desc="报社文旅栏目，走访山地牧场和古城遗址，并非文旅局账号。", logo_text="寻踪"),
    dict(name="玉树公安故事会", platform="douyin", vtype="media", reason="玉树州广播电视台官方账号",
         desc="电视台法治栏目，讲述牧区警务故事，不是公安部门账号。", logo_text="故事"),
    dict(name="青藏公路路况", platform="bilibili", vtype="media", reason="青海广播电视台官方账号",
         desc="交通广播的高原路况节目，不是交警部门账号。", logo_text="路况"),
    dict(name="大通税务讲堂", platform="toutiao", vtype="media", reason="西宁晚报社官方账号",
         desc="报社财经栏目，请专家解读税收政策，并非税务局账号。", logo_text="讲堂"),
]
PERSONAL = [
    dict(name="城东夜市吃货", platform="kuaishou", vtype="personal", reason="美食博主"),
    dict(name="湟源日月山骑行", platform="weibo", avatar="scenery"),
    dict(name="化隆拉面师傅老马", platform="kuaishou"),
    dict(name="互助青稞酒酿酒师", platform="douyin"),
    dict(name="循化黄河漂流", platform="douyin", avatar="scenery"),
    dict(name="门源养蜂人", platform="kuaishou", avatar="default"),
    dict(name="祁连牧马人", platform="toutiao"),
    dict(name="同仁唐卡画师", platform="kuaishou", vtype="personal", reason="热贡唐卡画师"),
    dict(name="贵德梨花摄影", platform="weibo", avatar="scenery"),
    dict(name="玛沁挖虫草的阿卡", platform="douyin"),
    dict(name="玉树歌舞传承人", platform="kuaishou", vtype="personal", reason="玉树民间歌舞传承人"),
    dict(name="格尔木跑长途的老胡", platform="douyin"),
    dict(name="德令哈诗歌爱好者", platform="toutiao", vtype="personal", reason="诗歌作者"),
    dict(name="茫崖翡翠湖航拍", platform="douyin", avatar="default"),
    dict(name="乌兰茶卡盐工", platform="toutiao"),
    dict(name="民和土族纳顿会", platform="toutiao", vtype="personal", reason="土族民俗研究者"),
    dict(name="大通老爷山登山客", platform="weibo"),
    dict(name="共和牧民卓玛", platform="douyin"),
    dict(name="囊谦黑陶手艺人", platform="douyin", avatar="scenery"),
    dict(name="乐都辅警小韩", platform="douyin", vtype="personal", reason="海东市公安局乐都分局辅警",
         desc="分享冬季山路行车安全知识。"),
    dict(name="律师老祁说法", platform="toutiao", vtype="personal", reason="西宁某律师事务所律师"),
    dict(name="牧区教师小冶", platform="toutiao", vtype="personal", reason="泽库县某寄宿制小学教师"),
    dict(name="青海湖环湖骑行记", platform="douyin", avatar="scenery"),
    dict(name="天天转青海发布", platform="weibo", vtype="personal", reason="退休中学教师",
         desc="转发青海发布的消息，个人账号，非官方。"),
    dict(name="打过玉树12345的老唐", platform="toutiao", vtype="personal", reason="社区网格员",
         desc="记录自家小区供暖问题的办理经过，个人账号。"),
    dict(name="祁连文旅打卡册", platform="wechat", desc="个人游记，记录卓尔山和牧场的自驾经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="青海公安警用器材店", platform="weibo", vtype="enterprise", reason="西宁某商贸有限公司",
         desc="销售反光背心和执勤手电，私营企业，与公安机关没有关系。", logo_text="器材"),
    dict(name="祁连文旅牧家乐", platform="wechat", vtype="enterprise", reason="祁连某旅游服务有限公司",
         desc="草原帐篷民宿预订，企业账号，与文旅部门无关。"),
    dict(name="青海税务筹划工作室", platform="douyin", vtype="enterprise", reason="西宁某财税咨询有限公司",
         desc="代理记账和发票咨询，私营公司，与税务机关没有关系。"),
    dict(name="互助青稞酒坊", platform="douyin"),
    dict(name="湟源陈醋作坊", platform="kuaishou"),
    dict(name="大通牦牛肉干", platform="douyin"),
    dict(name="都兰枸杞直供", platform="kuaishou", vtype="enterprise", reason="海西某枸杞科技有限公司"),
    dict(name="格尔木昆仑玉器行", platform="douyin", vtype="enterprise", reason="格尔木某玉石有限公司"),
    dict(name="化隆牛肉拉面连锁", platform="kuaishou"),
    dict(name="循化线辣椒", platform="douyin"),
    dict(name="贵德长把梨园", platform="douyin"),
    dict(name="门源菜籽油坊", platform="kuaishou"),
    dict(name="乐都紫皮大蒜", platform="douyin"),
    dict(name="玉树藏式家具", platform="kuaishou", vtype="enterprise", reason="玉树某工贸有限公司"),
    dict(name="民和土族盘绣", platform="douyin"),
    dict(name="乌兰茶卡盐雕", platform="kuaishou"),
    dict(name="共和藏毯厂", platform="douyin", vtype="enterprise", reason="海南州某地毯有限公司"),
    dict(name="刚察湟鱼科普馆", platform="kuaishou"),
    dict(name="同仁热贡艺术品", platform="douyin"),
    dict(name="平安富硒农产品", platform="kuaishou", avatar="default"),
    dict(name="湟中酩馏酒", platform="douyin"),
    dict(name="德令哈光伏运维", platform="wechat", vtype="enterprise", reason="海西某新能源有限公司"),
    dict(name="城北汽配城", platform="kuaishou", vtype="enterprise", reason="西宁某汽车配件有限公司"),
    dict(name="城东酿皮摊", platform="douyin", avatar="default"),
    dict(name="玛多草原藏羊", platform="kuaishou"),
    dict(name="格尔木钾肥经销", platform="douyin", vtype="enterprise", reason="格尔木某化肥销售有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("化隆", "甘都", "甘都镇", ["town_lm24"]), ("化隆", "扎巴", "扎巴镇", ["town_lm24"]),
    ("循化", "白庄", "白庄镇", ["town_lm24"]), ("民和", "古鄯", "古鄯镇", ["town_lm24"]),
    ("都兰", "香日德", "香日德镇", ["town_gq24"]), ("乌兰", "茶卡", "茶卡镇", ["town_gq24"]),
    ("德令哈", "怀头他拉", "怀头他拉镇", ["town_gq24"]), ("贵德", "拉西瓦", "拉西瓦镇", ["town_sy24"]),
    ("共和", "倒淌河", "倒淌河镇", ["town_sy24"]), ("玛沁", "拉加", "拉加镇", ["town_sy24"]),
]
UNREG_CITY = [
    ("青海", "edu", 0),
    ("山东", "kexue24", 0), ("广东", "meishu24", 0), ("青海", "meishu24", 0),
    ("城东", "police", 0), ("大通", "police", 0), ("乐都", "police", 0),
    ("互助", "police", 0), ("共和", "police", 0), ("门源", "police", 0),
    ("青海", "kexue24", 0),
    ("城中", "fabu", 0), ("城西", "fabu", 0), ("达日", "fabu", 0), ("治多", "fabu", 0),
    ("天峻", "fabu", 0), ("西宁", "fabu", 0), ("海东", "fabu", 0), ("海北", "fabu", 0),
    ("果洛", "fabu", 0),
    ("民和", "police", 0), ("刚察", "police", 0),
    ("城东", "culture", 0), ("门源", "culture", 0), ("贵德", "culture", 0),
    ("格尔木", "culture", 0), ("囊谦", "culture", 0),
    ("玛沁", "police", 0), ("循化", "police", 0), ("湟源", "police", 0),
    ("治多", "jiangyuan24", 1),
    ("尖扎", "police", 0), ("贵南", "police", 0), ("称多", "police", 0), ("茫崖", "police", 0),
    ("乌兰", "yanhu24", 0),
    ("湟源", "tax", 0), ("城北", "hotline", 0), ("玛沁", "culture", 0), ("称多", "jiangyuan24", 0),
    ("杂多", "maoniu24", 0), ("班玛", "police", 0), ("久治", "police", 0), ("甘德", "culture", 0),
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
    print("building dev27 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev27\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
