"""Twenty-fifth dev part (dev25; built 2026-12-04 in the twenty-second session as the twenty-first blind held-out
part, demoted to tuning data in the twenty-third session).
Run: python eval/impostor/dev25/spec_dev25.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev24/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its provincial
bodies, and districts, counties and county-level cities across its prefecture-level divisions, plus a few towns),
plus one unused provincial body each of Shandong and Guangdong, so the registry is the supervising office's registry
for three provinces.  Part-specific machinery (new unit and town kinds, level forms, traditional-form modes, digit
forms, colour filters, frames, screenshot layouts, the registry's region fix) lives in this file, not in
gen_common.py.
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

PART = "dev25"
SEED = 74519
CRAWL_DAY = "2026-05-26"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "qilian22": ("祁连山国家公园{F}管理局", "{F}祁连山自然保护站", ["{S}祁连山保护", "{S}祁连山"], "leaf", None,
                 "发布祁连山生态修复、雪豹监测和林草巡护信息"),
    "fengsha22": ("{F}风沙源治理中心", "{F}风沙源治理站", ["{S}风沙治理", "{S}风沙源"], "cloud", None,
                  "发布草方格压沙、沙区造林和沙尘天气防护信息"),
    "jiandu22": ("{F}简牍博物馆", "{F}简牍博物馆", ["{S}简牍", "{S}简牍博物馆"], "book", None,
                 "发布汉简整理、简牍展览和社会教育活动信息"),
    "shiku22": ("{F}石窟寺保护研究中心", "{F}石窟寺文物保护所", ["{S}石窟寺", "{S}石窟保护"], "pagoda", None,
                "发布石窟壁画修复、洞窟开放预约和文物安全信息"),
    "dashuju22": ("{F}大数据局", "{F}大数据局", ["{S}大数据", "{S}数据要素"], "globe", None,
                  "发布数据共享开放、电子证照和数字政府建设信息"),
    "zhengshu22": ("{F}政务服务和数据管理局", "{F}政务服务和数据管理局", ["{S}政数", "{S}数据管理"], "phone",
                   None, "发布政务服务事项、一网办理指引和公共数据管理信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_sj22": ("{F}{DF}集雨水窖管理站", ["{DS}水窖站", "{DS}集雨水窖"], "waves", None,
                  "发布集雨场维护、水窖清淤和人畜饮水安全信息"),
    "town_nm22": ("{F}{DF}农膜回收站", ["{DS}农膜回收", "{DS}回收站"], "house", None,
                  "发布废旧地膜回收兑换、残膜捡拾和田间清洁信息"),
    "town_yz22": ("{F}{DF}压砂地服务站", ["{DS}压砂地", "{DS}砂田服务"], "coin", None,
                  "发布砂田保墒、压砂瓜种植和农资供应信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"qilian22": "祁连山保护", "fengsha22": "风沙治理", "jiandu22": "简牍", "shiku22": "石窟寺",
               "dashuju22": "大数据", "zhengshu22": "政数", "town_sj22": "水窖站", "town_nm22": "农膜回收",
               "town_yz22": "压砂地"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level division (short, full)
_LZ, _JC, _BY = ("兰州", "兰州市"), ("金昌", "金昌市"), ("白银", "白银市")
_TS, _WW, _ZY = ("天水", "天水市"), ("武威", "武威市"), ("张掖", "张掖市")
_PL, _JQ, _QY = ("平凉", "平凉市"), ("酒泉", "酒泉市"), ("庆阳", "庆阳市")
_DX, _LN = ("定西", "定西市"), ("陇南", "陇南市")
_LX, _GN = ("临夏", "临夏回族自治州"), ("甘南", "甘南藏族自治州")
PARENT = {"城关": _LZ, "七里河": _LZ, "西固": _LZ, "安宁": _LZ, "红古": _LZ, "榆中": _LZ, "皋兰": _LZ,
          "永登": _LZ,
          "金川": _JC, "永昌": _JC,
          "平川": _BY, "靖远": _BY, "景泰": _BY,
          "麦积": _TS, "甘谷": _TS, "武山": _TS, "秦安": _TS,
          "凉州": _WW, "民勤": _WW, "古浪": _WW,
          "甘州": _ZY, "临泽": _ZY, "山丹": _ZY, "民乐": _ZY, "高台": _ZY,
          "崆峒": _PL, "静宁": _PL, "华亭": _PL, "泾川": _PL,
          "肃州": _JQ, "敦煌": _JQ, "瓜州": _JQ, "玉门": _JQ,
          "西峰": _QY, "庆城": _QY, "环县": _QY, "镇原": _QY,
          "安定": _DX, "陇西": _DX, "临洮": _DX, "岷县": _DX, "通渭": _DX,
          "武都": _LN, "宕昌": _LN, "成县": _LN, "礼县": _LN,
          "永靖": _LX,
          "碌曲": _GN, "夏河": _GN, "卓尼": _GN}
REGION_NAME = "甘肃"
# the province's classical region word, written in place of the province's name by some impostors
REGION_WORD = "陇原"
# the capital-region word written before one of the capital's districts
CAPITAL_WORD = "大兰州"
# the state-level new area that administers parts of a county of the capital
NEW_AREA_WORD = "兰州新区"
NEW_AREA_PLACES = {"皋兰"}
# the corridor word written before county-level names of the corridor's prefecture-level cities
CORRIDOR_WORD = "河西走廊"
CORRIDOR_PARENTS = {"武威", "张掖", "酒泉", "金昌"}
# districts and county-level cities written with the level they had before (same name)
PRIOR_LEVEL = {"华亭": "华亭县", "敦煌": "敦煌县", "玉门": "玉门县", "西峰": "西峰市", "武都": "武都县"}
# districts and counties written with the name they had before a renaming
OLD_NAME = {"麦积": "北道区", "安定": "定西县", "瓜州": "安西县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="甘肃", F="甘肃省", area="0931", landmark="mountain", nick="丝路黄金段",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("medins", {"platforms": _2}),
                ("qilian22", {"name_idx": 0, "platforms": _3}),
                ("jiandu22", {"name_idx": 0, "platforms": _3}),
                ("shiku22", {"name_idx": 0, "platforms": _2}),
                ("fengsha22", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="齐鲁数港",
         depts=[("dashuju22", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="bridge", nick="粤政数智",
         depts=[("zhengshu22", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="甘肃省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- districts, counties and county-level cities of the new province
    _c("城关", "城关区", "0931", "bridge", "五泉山下",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("七里河", "七里河区", "0931", "mountain", "阿干古镇",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("西固", "西固区", "0931", "skyline", "石化城", [("fabu", {"platforms": _3})]),
    _c("安宁", "安宁区", "0931", "sun", "桃花会", [("fabu", {"platforms": _3})]),
    _c("红古", "红古区", "0931", "waves", "湟水河畔", [("fabu", {"platforms": _2})]),
    _c("榆中", "榆中县", "0931", "mountain", "兴隆山下",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("皋兰", "皋兰县", "0931", "sun", "什川梨园", [("fabu", {"platforms": _3})]),
    _c("金川", "金川区", "0935", "skyline", "镍都", [("fabu", {"platforms": _3})]),
    _c("永昌", "永昌县", "0935", "tower", "骊靬古城", [("fabu", {"platforms": _2})]),
    _c("平川", "平川区", "0943", "mountain", "屈吴山", ["fabu"]),
    _c("靖远", "靖远县", "0943", "waves", "法泉寺", [("fabu", {"platforms": _2})]),
    _c("景泰", "景泰县", "0943", "mountain", "黄河石林", [("fabu", {"platforms": _3})],
       [dict(DS="一条山", DF="一条山镇", depts=["town_yz22"])]),
    _c("麦积", "麦积区", "0938", "pagoda", "麦积山石窟",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("甘谷", "甘谷县", "0938", "sun", "毛家坪遗址", [("fabu", {"platforms": _2})]),
    _c("武山", "武山县", "0938", "mountain", "水帘洞",
       [("fabu", {"platforms": _3}), ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("凉州", "凉州区", "0935", "tower", "雷台汉墓",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("民勤", "民勤县", "0935", "sun", "青土湖",
       [("fabu", {"platforms": _3k}), ("fengsha22", {"name_idx": 0})]),
    _c("古浪", "古浪县", "0935", "sun", "八步沙",
       [("fabu", {"platforms": _2}), ("fengsha22", {"name_idx": 1})]),
    _c("甘州", "甘州区", "0936", "pagoda", "大佛寺",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3}), ("qilian22", {"name_idx": 0})]),
    _c("临泽", "临泽县", "0936", "mountain", "七彩丹霞",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("山丹", "山丹县", "0936", "mountain", "焉支山", [("fabu", {"platforms": _2})]),
    _c("崆峒", "崆峒区", "0933", "mountain", "道源圣地",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("静宁", "静宁县", "0933", "tower", "成纪古城",
       [("fabu", {"platforms": _3}), ("market", {"name_idx": 0, "platforms": _2})]),
    _c("华亭", "华亭市", "0933", "mountain", "莲花台", [("fabu", {"platforms": _2})]),
    _c("肃州", "肃州区", "0937", "tower", "夜光杯",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("qilian22", {"name_idx": 1})]),
    _c("敦煌", "敦煌市", "0937", "pagoda", "鸣沙山下",
       [("fabu", {"platforms": _4}), ("culture", dict(_DC))],
       [dict(DS="月牙泉", DF="月牙泉镇", depts=["town_nm22"])]),
    _c("瓜州", "瓜州县", "0937", "tower", "锁阳城", [("fabu", {"platforms": _3})]),
    _c("玉门", "玉门市", "0937", "skyline", "老君庙油田", [("fabu", {"platforms": _2})]),
    _c("西峰", "西峰区", "0934", "sun", "董志塬",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("庆城", "庆城县", "0934", "tower", "周祖陵", [("fabu", {"platforms": _3t})]),
    _c("环县", "环县", "0934", "sun", "道情皮影", [("fabu", {"platforms": _2})]),
    _c("安定", "安定区", "0932", "mountain", "西岩山", [("fabu", {"platforms": _3})]),
    _c("陇西", "陇西县", "0932", "tower", "李氏故里", [("fabu", {"platforms": _3})],
       [dict(DS="首阳", DF="首阳镇", depts=["town_sj22"])]),
    _c("临洮", "临洮县", "0932", "waves", "洮砚之乡",
       [("fabu", {"platforms": _2}), ("hotline", {"platforms": _3})]),
    _c("岷县", "岷县", "0932", "mountain", "当归之乡", ["fabu"]),
    _c("武都", "武都区", "0939", "mountain", "万象洞", [("fabu", {"platforms": _3})]),
    _c("宕昌", "宕昌县", "0939", "mountain", "官鹅沟", ["fabu"],
       [dict(DS="哈达铺", DF="哈达铺镇", depts=["town_sj22"])]),
    _c("成县", "成县", "0939", "mountain", "西狭颂", [("fabu", {"platforms": _2})]),
    _c("永靖", "永靖县", "0930", "waves", "刘家峡", [("fabu", {"platforms": _4})]),
    _c("碌曲", "碌曲县", "0941", "waves", "尕海湖", ["fabu"]),
    _c("夏河", "夏河县", "0941", "pagoda", "桑科草原",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("卓尼", "卓尼县", "0941", "mountain", "洮河林海", [("fabu", {"platforms": _2})]),
    # ---- places that only have unregistered units here
    _c("永登", "永登县", "0931", "sun", "永登", []),
    _c("秦安", "秦安县", "0938", "mountain", "秦安", []),
    _c("民乐", "民乐县", "0936", "sun", "民乐", []),
    _c("高台", "高台县", "0936", "sun", "高台", []),
    _c("泾川", "泾川县", "0933", "waves", "泾川", []),
    _c("镇原", "镇原县", "0934", "sun", "镇原", []),
    _c("通渭", "通渭县", "0932", "mountain", "通渭", []),
    _c("礼县", "礼县", "0939", "mountain", "礼县", []),
    # ---- prefecture-level cities (not registered; only unregistered units here)
    _c("天水", "天水市", "0938", "pagoda", "天水", []),
    _c("武威", "武威市", "0935", "tower", "武威", []),
    _c("张掖", "张掖市", "0936", "mountain", "张掖", []),
    _c("平凉", "平凉市", "0933", "mountain", "平凉", []),
    _c("定西", "定西市", "0932", "sun", "定西", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_3, _2, ["wechat", "douyin"], _3t, _2, ["weibo", "wechat", "toutiao"], _3, _3k, _2, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|g22".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0712


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布快讯台")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安警务号")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345民声速办")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅驼铃")
    if d == "qilian22" and name == S + "祁连山保护":
        opts.append(S + "祁连山生态站")
    if d == "fengsha22" and name == S + "风沙治理":
        opts.append(S + "风沙治理进行时")
    if d == "jiandu22" and name == S + "简牍":
        opts.append(S + "简牍寻踪")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["甘快办刷脸续期", "种薯补贴登记", "地膜玉米补助", "易地搬迁房选号", "冰雹灾害理赔", "医保码激活",
            "戈壁农业贷款", "牛肉面", "酿皮子", "灰豆子", "甜醅子", "手抓羊肉", "花牛苹果", "李广杏",
            "岷县当归", "搓鱼子", "羊羔肉", "洋芋搅团", "\u2b46搬到这搭了", "\U0001f846那个号嫑用了",
            "\u2be8只认这个号\u2be9", "\u0262\ua731", "\u1d38\u1dbb", "\u2638", "\u2e19"]
PREFIXES = ["陇", "陇上", "陇右", "交响丝路", "丝路重镇", "攒劲\u2e41", "没麻达\u2e41", "尕娃们\u2e41", "喧个谎\u2e41",
            "阿么了\u2e41", "亮清些\u2e41", "嫑着急\u2e41", "\u2be8截止今晚\u2be9", "\u2be8名额不多\u2be9",
            "\u2be8错过再等一年\u2be9", "\u2e3f", "\u2324", "黄河之滨"]
LOOKALIKE = {
    "肃": ["萧"], "城": ["减"], "关": ["夹"], "里": ["重"], "固": ["困"], "昌": ["易"], "靖": ["晴"], "远": ["近"],
    "景": ["量"], "泰": ["奉"], "麦": ["表"], "凉": ["凛"], "勤": ["勒"], "泽": ["铎"], "峒": ["炯"], "亭": ["亳"],
    "敦": ["教"], "瓜": ["爪"], "玉": ["主"], "庆": ["灰"], "县": ["且"], "陇": ["陡"], "岷": ["峨"], "宕": ["岩"],
    "成": ["咸"], "曲": ["曳"], "夏": ["复"], "卓": ["阜"], "应": ["庇"], "七": ["匕"], "皋": ["旱"], "崆": ["峻"],
    "碌": ["砚"],
}
SAME_SOUND = {
    "甘": ["敢", "感"], "肃": ["苏", "速"], "关": ["棺"], "七": ["起", "气"], "里": ["利", "丽"], "西": ["系", "细"],
    "固": ["故", "股"], "红": ["哄", "弘"], "古": ["骨", "估"], "榆": ["余", "语"], "皋": ["搞", "糕"],
    "兰": ["览", "缆"], "金": ["尽", "筋"], "川": ["喘"], "永": ["用", "庸"], "昌": ["肠", "偿"], "靖": ["经", "京"],
    "远": ["元", "圆"], "景": ["竟", "颈"], "泰": ["抬", "胎"], "麦": ["买", "卖"], "积": ["及", "级"],
    "谷": ["顾", "孤"], "武": ["无", "物"], "山": ["煽", "膳"], "凉": ["两", "粮"], "州": ["骤"], "勤": ["亲", "琴"],
    "浪": ["狼", "朗"], "临": ["鳞", "吝"], "丹": ["担", "胆"], "崆": ["空", "孔"], "峒": ["东", "冬"],
    "静": ["精", "惊"], "亭": ["听", "停"], "敦": ["吨", "蹲"], "煌": ["慌", "荒"], "瓜": ["挂", "刮"],
    "玉": ["誉", "羽"], "峰": ["封", "疯"], "庆": ["请", "倾"], "环": ["患", "唤"], "县": ["嫌", "衔"],
    "陇": ["笼", "垄"], "洮": ["逃", "桃"], "岷": ["敏", "悯"], "宕": ["荡", "档"], "成": ["称", "乘"],
    "碌": ["路", "录"], "曲": ["取", "趋"], "夏": ["瞎", "侠"], "卓": ["捉", "桌"], "尼": ["倪", "霓"],
    "政": ["狰"], "卫": ["尾", "纬"], "健": ["肩", "捡"], "文": ["瘟"], "医": ["移", "异"], "保": ["苞", "雹"],
    "应": ["赢", "映"], "急": ["即", "机"], "祁": ["奇", "骑"], "连": ["怜", "链"], "简": ["拣", "减"],
    "牍": ["读", "毒"], "沙": ["啥", "傻"], "石": ["使", "世"], "窟": ["哭", "酷"], "寺": ["司", "丝"],
    "月": ["越", "阅"], "牙": ["亚", "雅"], "泉": ["劝", "犬"], "哈": ["蛤"], "达": ["瘩"], "铺": ["扑", "谱"],
    "首": ["手", "受"], "阳": ["殃"], "条": ["跳", "迢"],
}
TRAD_MODES = ["second_and_on", "middle_one", "final_pair"]
# visible word separators other parts did not use, several from scripts of the Silk Road manuscripts: the Sogdian
# two vertical bars, the Manichaean dot within dot, the Kharoshthi punctuation dot, the Phags-pa single head mark,
# the Soyombo tsheg, the Zanabazar square shad, the Marchen head mark, the Bhaiksuki danda, the Khojki, Sharada,
# Newa, Modi and Chakma dandas, the Avestan small two dots over one dot, the Imperial Aramaic section sign, the Mro
# danda, the Medefaidrin comma and the medieval comma
SPACES = ["\U00010f55", "\U00010af3", "\U00010a50", "\ua874", "\U00011a9a", "\U00011a42", "\U00011c70",
          "\U00011c41", "\U00011238", "\U000111c5", "\U0001144b", "\U00011641", "\U00011141", "\U00010b3b",
          "\U00010857", "\U00016a6e", "\U00016e97", "\u2e4c"]
DOUBLE_SPACE_P = 0.055
# SignWriting fill modifier-5 and rotation modifier-7, and a few tag characters and variation selectors other parts
# did not use
ZERO_WIDTH = ["\U0001da9e", "\U0001daa6", "\U000e0051", "\U000e005e", "\U000e006a", "\U000e0079",
              "\U000e0138", "\U000e0157", "\U000e0174", "\U000e019b", "\U000e01c7", "\U000e01e5"]
EMOJI = ["🚀", "🛰", "🍈", "🌹", "🛤", "🌵", "🌪", "📿", "🏕", "🦌", "🦬", "🪔"]
BRACKETS = [("⎨", "⎬"), ("⎢", "⎥"), ("◐", "◑"), ("⨭", "⨮"), ("⨴", "⨵"), ("⟕", "⟖"), ("≺", "≻"),
            ("⪨", "⪩"), ("⊴", "⊵"), ("⨻", "⨼"), ("┣", "┫"), ("\U0001f66e", "\U0001f66c")]
FULLWIDTH_MODES = ["vertical_line_below", "x_x_below", "almost_equal_below", "parentheses_below"]
LEVEL_FORMS = ["longyuan_region", "big_capital", "newarea_lead", "corridor_lead", "earlier_level", "earlier_name",
               "prefecture_lead", "zhou_full_lead", "town_skip_county"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民连心路", "{nick}守夜灯", "{S}反诈守门员"],
    "fabu": ["{S}要闻速递", "{nick}政讯直通车", "{S}政事快览"],
    "gov": ["{S}政务快办", "{nick}办件直通"],
    "health": ["{S}健康驿路", "{nick}医声热线"],
    "tax": ["{S}税宣小喇叭", "{nick}税务零距离"],
    "hotline": ["{S}民声回音壁", "{nick}有诉即应"],
    "culture": ["{S}丝路行记", "{nick}壁画故事", "{S}飞天之旅"],
    "medins": ["{S}医保小管家", "{nick}报销明白纸"],
    "market": ["{S}放心消费岗", "{nick}质量守护"],
    "qilian22": ["{S}雪豹守望", "{nick}护林巡山"],
    "fengsha22": ["{S}沙海绿洲", "{nick}锁沙人"],
    "jiandu22": ["{S}汉简密码", "{nick}木简书房"],
    "shiku22": ["{S}窟龛守护", "{nick}佛窟印记"],
    "dashuju22": ["{S}数据强省", "{nick}数字工匠"],
    "zhengshu22": ["{S}数字政务厅", "{nick}指尖办事"],
    "town_sj22": ["{S}一窖清水"],
    "town_nm22": ["{S}白色污染治理"],
    "town_yz22": ["{S}砂田瓜香"],
    "generic": ["{S}尕老乡", "{nick}喧谎院", "{S}陇上人家"],
}


# ---- digit forms (the registered digit names are 12345 and 12366): a combining mark after every digit
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "vertical_line_below": lambda s: _marks(s, "\u0329"),
    "x_x_below": lambda s: _marks(s, "\u1ab5"),
    "almost_equal_below": lambda s: _marks(s, "\u1dfd"),
    "parentheses_below": lambda s: _marks(s, "\u1abd"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _longyuan_region(u, acc):
    """The province's classical region word in place of the province's name (陇原发布 for 甘肃发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return REGION_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return REGION_WORD + name[len(pl["S"]):]
    return None


def _big_capital(u, acc):
    """The capital-region word before one of the capital's districts or counties (大兰州城关发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] != "兰州" or not name.startswith(pl["S"]):
        return None
    return CAPITAL_WORD + name


def _newarea_lead(u, acc):
    """The new area's name before a county it administers in part (兰州新区皋兰发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in NEW_AREA_PLACES or not name.startswith(pl["S"]):
        return None
    return NEW_AREA_WORD + name


def _corridor_lead(u, acc):
    """The corridor word before a county-level name of one of the corridor's cities (河西走廊甘州发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] not in CORRIDOR_PARENTS or not name.startswith(pl["S"]):
        return None
    return CORRIDOR_WORD + name


def _earlier_level(u, acc):
    """A district or county-level city written with the level it had before (敦煌县发布 for 敦煌发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PRIOR_LEVEL or not name.startswith(pl["S"]):
        return None
    return PRIOR_LEVEL[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _earlier_name(u, acc):
    """A district or county written with the name it had before a renaming (北道区发布 for 麦积发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    return OLD_NAME[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _prefecture_lead(u, acc):
    """The prefecture-level city's name before a county-level name outside the capital (天水甘谷发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] == "兰州" or not name.startswith(pl["S"]):
        return None
    return par[0] + name


def _zhou_full_lead(u, acc):
    """The autonomous prefecture's full name before one of its counties (甘南藏族自治州夏河发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or not par[1].endswith("自治州") or not name.startswith(pl["S"]):
        return None
    return par[1] + name


def _town_skip_county(u, acc):
    """A town put directly under its prefecture-level city, its county left out (酒泉月牙泉农膜回收)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + name


_FORM_MAKERS = {"longyuan_region": _longyuan_region, "big_capital": _big_capital, "newarea_lead": _newarea_lead,
                "corridor_lead": _corridor_lead, "earlier_level": _earlier_level, "earlier_name": _earlier_name,
                "prefecture_lead": _prefecture_lead, "zhou_full_lead": _zhou_full_lead,
                "town_skip_county": _town_skip_county}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the region word, towns their prefecture, renamed and re-levelled places mostly their former name or level,
    autonomous-prefecture counties mostly the prefecture's full name, the other county-level units the
    capital-region word, the new area, the corridor word or their prefecture."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("longyuan_region", "town_skip_county"):
        if f in names:
            return f, names[f]
    for f in ("earlier_name", "earlier_level", "zhou_full_lead", "newarea_lead"):
        if f in names and _h(acc, "gf") % 3:
            return f, names[f]
    rest = [f for f in ("big_capital", "corridor_lead", "prefecture_lead", "newarea_lead", "earlier_level",
                        "earlier_name", "zhou_full_lead") if f in names]
    f = rest[_h(acc, "gr") % len(rest)]
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


def _t_second_and_on(s, u, r):
    """Every convertible character from the second one on (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1:] if len(idx) >= 2 else idx)


def _t_middle_one(s, u, r):
    """Only the middle convertible character (the later of the two middle ones)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [idx[len(idx) // 2]])


def _t_final_pair(s, u, r):
    """The last two convertible characters (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[-2:])


TRAD_FUNCS = {"second_and_on": _t_second_and_on, "middle_one": _t_middle_one, "final_pair": _t_final_pair}


# ---- image edits
def _mogao_mural(img, rng):
    """A faded cave-mural look: luminance mapped onto an ochre, malachite and lapis palette, the colours dulled."""
    g = np.asarray(ImageOps.grayscale(img), float) / 255.0
    pal = np.array([[58, 44, 38], [62, 120, 108], [178, 112, 62], [226, 206, 170]], float)
    t = np.clip(g * 3, 0, 2.999)
    i = t.astype(int)
    w = (t - i)[..., None]
    out = pal[i] * (1 - w) + pal[np.minimum(i + 1, 3)] * w
    fade = rng.uniform(0.16, 0.22)
    out = out * (1 - fade) + np.array([214, 196, 164], float) * fade
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"mogao mural fade {fade:.2f}"


def _danxia_bands(img, rng):
    """Rainbow-mountain strata: horizontal bands of red, orange, cream and grey-green laid over the picture."""
    a = np.asarray(img, float)
    h = a.shape[0]
    cols = np.array([[196, 84, 62], [226, 150, 88], [236, 214, 168], [150, 160, 126], [204, 112, 84]], float)
    bh = max(4, int(h * rng.uniform(0.09, 0.12)))
    band = cols[(np.arange(h) // bh) % len(cols)][:, None, :]
    k = rng.uniform(0.3, 0.36)
    out = a * (1 - k) + band * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"danxia bands k{k:.2f}"


def _gobi_dusk(img, rng):
    """A gobi dusk: a purple sky to orange ground gradient multiplied over the picture."""
    a = np.asarray(img, float)
    h = a.shape[0]
    top = np.array([150, 110, 170], float)
    bot = np.array([250, 170, 96], float)
    y = np.linspace(0, 1, h)[:, None, None]
    grad = top * (1 - y) + bot * y
    k = rng.uniform(0.55, 0.65)
    out = a * (1 - k) + a * grad / 255.0 * k * 1.25
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"gobi dusk k{k:.2f}"


def _silt_river(img, rng):
    """A silt-laden river tint: colours pulled towards a muddy yellow-brown, shadows lifted."""
    a = np.asarray(img, float)
    silt = np.array([170, 128, 78], float)
    k = rng.uniform(0.4, 0.46)
    out = a * 0.85 + 30
    out = out * (1 - k) + silt * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"silt river k{k:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _caisson_ceiling(img, rng, P):
    """A cave-ceiling caisson frame: nested squares in lapis, malachite and ochre around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (40, 64, 120))
    d = ImageDraw.Draw(out)
    cols = [(40, 64, 120), (60, 130, 110), (200, 140, 70), rng.choice(P["border_colours"])]
    step = max(2, pad // 5)
    for k in range(5):
        d.rectangle([k * step, k * step, W - 1 - k * step, W - 1 - k * step], outline=cols[k % 4], width=step)
    for (x, y) in ((pad // 2, pad // 2), (W - pad // 2, pad // 2), (pad // 2, W - pad // 2),
                   (W - pad // 2, W - pad // 2)):
        d.ellipse([x - pad // 4, y - pad // 4, x + pad // 4, y + pad // 4], fill=(226, 206, 170))
    out.paste(img, (pad, pad))
    return out, "border caisson ceiling"


def _beacon_tower(img, rng, P):
    """A beacon-tower frame: a rammed-earth wall with a square tower block at each corner."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    lh = max(3, pad // 6)
    for y in range(0, W, lh * 2):
        d.line([(0, y), (W, y)], fill=(150, 120, 84), width=1)
    t = int(pad * 1.2)
    for (x, y) in ((0, 0), (W - t, 0), (0, W - t), (W - t, W - t)):
        d.rectangle([x, y, x + t, y + t], fill=(172, 140, 98), outline=(110, 84, 56), width=2)
    out.paste(img, (pad, pad))
    return out, "border beacon tower"


def _prayer_flags(img, rng, P):
    """A prayer-flag frame: rows of small blue, white, red, green and yellow flags along each side."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    flags = [(40, 90, 200), (245, 245, 245), (210, 40, 40), (40, 150, 70), (240, 200, 40)]
    s = max(5, pad // 2)
    k = 0
    for t in range(0, W - s, s + 2):
        for (x, y) in ((t, (pad - s) // 2), (t, W - pad + (pad - s) // 2), ((pad - s) // 2, t),
                       (W - pad + (pad - s) // 2, t)):
            d.rectangle([x, y, x + s, y + s], fill=flags[k % 5])
            k += 1
    out.paste(img, (pad, pad))
    return out, "border prayer flags"


def _shot_sms_notice(img, rng, P, out_px):
    """A text-message screen: a grey header, a grey message bubble with a link bar, the avatar small beside the
    bubble."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (246, 246, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.09 * S)], fill=(226, 226, 230))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.04 * S), int(0.2 * S)))
    d.rounded_rectangle([int(0.16 * S), int(0.18 * S), int(0.9 * S), int(0.52 * S)], radius=26, fill=(228, 228, 232))
    for k in range(4):
        y = int((0.23 + 0.06 * k) * S)
        d.rectangle([int(0.2 * S), y, int((0.8 - 0.1 * (k == 3)) * S), y + 10], fill=(150, 150, 156))
    d.rectangle([int(0.2 * S), int(0.47 * S), int(0.7 * S), int(0.47 * S) + 8], fill=(40, 110, 230))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot sms notice scale {a / S:.3f}"


def _shot_service_grid(img, rng, P, out_px):
    """A government-service app home page: a blue banner, a grid of round service icons, the avatar small at the
    top left of the banner."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (252, 252, 254))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.28 * S)], fill=(24, 96, 200))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.05 * S), int(0.05 * S)))
    cols = [(250, 140, 40), (40, 180, 120), (230, 70, 80), (90, 120, 240)]
    for row in range(3):
        for col in range(4):
            cx, cy = int((0.14 + 0.24 * col) * S), int((0.4 + 0.18 * row) * S)
            r_ = int(0.06 * S)
            d.ellipse([cx - r_, cy - r_, cx + r_, cy + r_], fill=cols[(row + col) % 4])
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot service grid scale {a / S:.3f}"


def _shot_qr_page(img, rng, P, out_px):
    """A 'scan to claim' page: an orange header, a large black-and-white code square, the avatar small in the
    code's centre."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 250, 240))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.12 * S)], fill=(240, 120, 30))
    x0, y0, q = int(0.2 * S), int(0.2 * S), int(0.6 * S)
    d.rectangle([x0, y0, x0 + q, y0 + q], fill=(255, 255, 255))
    cell = max(3, q // 21)
    bits = rng.getrandbits(21 * 21)
    for i in range(21):
        for j in range(21):
            if (bits >> (i * 21 + j)) & 1:
                d.rectangle([x0 + j * cell, y0 + i * cell, x0 + (j + 1) * cell - 1, y0 + (i + 1) * cell - 1],
                            fill=(20, 20, 20))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0 + q // 2 - a // 2, y0 + q // 2 - a // 2))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot qr page scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"mogao_mural": _mogao_mural, "danxia_bands": _danxia_bands,
                                   "gobi_dusk": _gobi_dusk, "silt_river": _silt_river},
                   border_funcs={"caisson_ceiling": _caisson_ceiling, "beacon_tower": _beacon_tower,
                                 "prayer_flags": _prayer_flags},
                   screenshot_funcs={"sms_notice": _shot_sms_notice, "service_grid": _shot_service_grid,
                                     "qr_page": _shot_qr_page},
                   resize_px=[246, 250, 255, 259, 261, 264, 266],
                   jpeg_q=(58, 64), crop_frac=(0.3792, 0.3806),
                   border_styles=["caisson_ceiling", "beacon_tower", "prayer_flags"],
                   border_colours=[(184, 150, 104), (92, 70, 52), (208, 186, 150), (164, 132, 92),
                                   (120, 60, 44), (222, 204, 172)],
                   border_frac=(0.4245, 0.4275),
                   recolour_modes=["mogao_mural", "danxia_bands", "gobi_dusk", "silt_river"],
                   hue_shift=(270, 274), rotate_deg=(52.55, 53.25),
                   watermark_texts=["刷脸续期", "种薯补贴", "房源认购", "冰雹理赔", "地膜补助"],
                   watermark_alpha=(154, 163),
                   screenshot_styles=["sms_notice", "service_grid", "qr_page"],
                   screenshot_scale=(0.0765, 0.0828))
P_IMPOSTOR_DERIVED = 0.546
P_IMPOSTOR_DEFAULT = 0.096
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0965
IMPOSTOR_VERIFIED = [("enterprise", "{S}丝路云商科技有限公司"), ("personal", "戈壁星空摄影人"),
                     ("other", "{S}果蔬产销互助会")]
IMPOSTOR_DESCS = ["{S}{fn}：马铃薯种薯补贴今天截止，加薇{wx}发身份证和社保卡照片",
                  "【{S}{fn}】易地搬迁安置点剩余房源内部登记，私信{wx}排号",
                  "{name}：甘快办认证到期会停发养老钱，点我们头像进去刷脸续期",
                  "{S}{fn}：冰雹灾害理赔款已拨付，没领到的加企鹅{qq}核对银行卡",
                  "{S}{fn}原来的号不用了，地膜补助都在这个号里报名，详情加V{wx}"]
MAX_PER_TARGET = 6

# Nearly every two- and three-tactic combination the builder can write is used by some other part, and dev15 ...
# dev24 used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses (four
# impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_PR, _SS, _FW, _TR], 4),  # first: few targets can carry it
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_SU, _SS, _RE, _EB], 4),
    ([_PR, _LA, _SS, _RE], 4),
    ([_RE, _FW, _TR, _NP], 4),
    ([_PR, _LA, _FW, _NP], 4),
    ([_SU, _SS, _SP, _NP], 4),
    ([_LA, _EB, _SP, _LP], 4),
    ([_SU, _SS, _EB, _SP], 4),
    ([_LA, _RE, _EB, _TR], 4),
    ([_PR, _LA, _ZW, _SP], 4),
    ([_PR, _ZW, _FW, _SP], 4),
    ([_ZW, _TR, _LP, _NP], 4),
    ([_SU, _PR, _SS, _LP], 4),
    ([_PR, _LA, _RE, _TR], 4),
    ([_FW, _TR, _LP, _NP], 4),
    ([_SU, _PR, _ZW, _TR], 4),
    ([_EB, _TR, _LP, _NP], 4),
    ([_PR, _SS, _RE, _NP], 4),
    ([_SU, _EB, _FW, _LP], 4),
    ([_LA, _RE, _FW, _NP], 4),
    ([_LA, _SS, _ZW, _NP], 4),
    ([_PR, _FW, _SP, _LP], 4),
    ([_SS, _RE, _EB, _NP], 4),
    ([_SU, _SS, _ZW, _TR], 4),
    ([_EB, _FW, _SP, _LP], 4),
    ([_PR, _RE, _ZW, _TR], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market"]
OTHER_PLACES_CHAR = [
    dict(reg="城关", S="城北", F="西宁市城北区", province="青海省", level=_C,
         units={"police": "西宁市公安局城北分局"}),
    dict(reg="红古", S="红塔", F="玉溪市红塔区", province="云南省", level=_C),
    dict(reg="甘谷", S="甘洛", F="甘洛县", province="四川省", level=_C),
    dict(reg="临洮", S="临桂", F="桂林市临桂区", province="广西壮族自治区", level=_C),
    dict(reg="古浪", S="古冶", F="唐山市古冶区", province="河北省", level=_C),
    dict(reg="静宁", S="静安", F="上海市静安区", province="上海市", level=_C),
    dict(reg="武都", S="武陵", F="常德市武陵区", province="湖南省", level=_C),
    dict(reg="西固", S="西城", F="北京市西城区", province="北京市", level=_C),
    dict(reg="金川", S="金山", F="上海市金山区", province="上海市", level=_C),
    dict(reg="平川", S="平谷", F="北京市平谷区", province="北京市", level=_C),
    dict(reg="永昌", S="永川", F="重庆市永川区", province="重庆市", level=_C),
    dict(reg="安宁", S="西宁", F="西宁市", province="青海省"),
    dict(reg="敦煌", S="敦化", F="敦化市", province="吉林省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="榆中", S="渝中", F="重庆市渝中区", province="重庆市", level=_C, depts=_F3,
         units={"police": "重庆市公安局渝中区分局"}),
    dict(reg="武山", S="巫山", F="巫山县", province="重庆市", level=_C, depts=_F3,
         units={"tax": "国家税务总局巫山县税务局"}),
    dict(reg="甘州", S="赣州", F="赣州市", province="江西省", depts=_F3),
    dict(reg="肃州", S="苏州", F="苏州市", province="江苏省", depts=_F3),
    dict(reg="肃州", S="宿州", F="宿州市", province="安徽省", depts=_F3),
    dict(reg="西峰", S="西丰", F="西丰县", province="辽宁省", level=_C, depts=_F3),
    dict(reg="静宁", S="晋宁", F="昆明市晋宁区", province="云南省", level=_C, depts=_F3),
    dict(reg="民勤", S="闽清", F="闽清县", province="福建省", level=_C, depts=_F3),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_HI, _XZ, _XJ = "海南省", "西藏自治区", "新疆维吾尔自治区"
TEMPLATE_NEGS = [
    ("秀英", "海口市秀英区", _HI, "police"), ("琼山", "海口市琼山区", _HI, "procur"),
    ("美兰", "海口市美兰区", _HI, "procur"), ("天涯", "三亚市天涯区", _HI, "police"),
    ("吉阳", "三亚市吉阳区", _HI, "fabu"), ("崖州", "三亚市崖州区", _HI, "procur"),
    ("扎囊", "扎囊县", _XZ, "fabu"), ("桑日", "桑日县", _XZ, "police"),
    ("安多", "安多县", _XZ, "procur"), ("索县", "索县", _XZ, "police"),
    ("尼玛", "尼玛县", _XZ, "fabu"), ("萨嘎", "萨嘎县", _XZ, "police"),
    ("阿合奇", "阿合奇县", _XJ, "fabu"), ("阿克陶", "阿克陶县", _XJ, "police"),
    ("疏附", "疏附县", _XJ, "procur"), ("英吉沙", "英吉沙县", _XJ, "police"),
    ("莎车", "莎车县", _XJ, "fabu"), ("青河", "青河县", _XJ, "police"),
    ("吉木乃", "吉木乃县", _XJ, "fabu"), ("屯昌", "屯昌县", _HI, "police"),
    ("澄迈", "澄迈县", _HI, "fabu"), ("临高", "临高县", _HI, "procur"),
    ("乐东", "乐东黎族自治县", _HI, "police"), ("陵水", "陵水黎族自治县", _HI, "fabu"),
    ("琼中", "琼中黎族苗族自治县", _HI, "procur"), ("墨脱", "墨脱县", _XZ, "fabu"),
    ("察隅", "察隅县", _XZ, "police"), ("岗巴", "岗巴县", _XZ, "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="甘肃日报", platform="weibo", vtype="media", reason="甘肃日报社官方微博", desc="陇原要闻。",
         logo_text="甘报"),
    dict(name="每日甘肃", platform="douyin", vtype="media", reason="甘肃日报社每日甘肃网官方账号",
         desc="省级重点新闻网站。", logo_text="每日"),
    dict(name="新甘肃", platform="toutiao", vtype="media", reason="甘肃日报社新甘肃客户端官方账号",
         desc="新甘肃客户端。", logo_text="新甘"),
    dict(name="兰州晚报", platform="wechat", vtype="media", reason="兰州日报社", desc="金城晚报公众号。",
         logo_text="兰晚"),
    dict(name="视听甘肃", platform="kuaishou", vtype="media", reason="甘肃广播电视总台官方账号",
         desc="广电新媒体短视频。", logo_text="视听"),
    dict(name="兰州日报", platform="weibo", vtype="media", reason="兰州日报社官方微博", desc="兰州新闻。"),
    dict(name="西部商报", platform="wechat", vtype="media", reason="甘肃日报社西部商报", desc="兰州都市生活资讯。"),
    dict(name="天水日报", platform="kuaishou", vtype="media", reason="天水日报社官方账号", desc="天水新闻。",
         logo_text="天报"),
    dict(name="武威日报", platform="wechat", vtype="media", reason="武威日报社", desc="武威新闻。"),
    dict(name="张掖日报", platform="toutiao", vtype="media", reason="张掖日报社官方账号", desc="张掖新闻。"),
    dict(name="酒泉日报", platform="douyin", vtype="media", reason="酒泉日报社官方账号", desc="酒泉新闻。"),
    dict(name="平凉日报", platform="wechat", vtype="media", reason="平凉日报社", desc="平凉新闻。"),
    dict(name="陇东报", platform="toutiao", vtype="media", reason="陇东报社官方账号", desc="庆阳新闻。"),
    dict(name="定西日报", platform="weibo", vtype="media", reason="定西日报社官方微博", desc="定西新闻。"),
    dict(name="陇南日报", platform="douyin", vtype="media", reason="陇南日报社官方账号", desc="陇南新闻。"),
    dict(name="甘南日报", platform="kuaishou", vtype="media", reason="甘南日报社官方账号", desc="甘南新闻。"),
    dict(name="敦煌融媒", platform="douyin", vtype="media", reason="敦煌市融媒体中心官方账号", desc="敦煌新闻。"),
    dict(name="临泽融媒", platform="kuaishou", vtype="media", reason="临泽县融媒体中心官方账号", desc="临泽新闻。"),
    dict(name="靖远融媒", platform="toutiao", vtype="media", reason="靖远县融媒体中心官方账号", desc="靖远新闻。"),
    dict(name="甘肃交通广播", platform="weibo", vtype="media", reason="甘肃广播电视总台交通广播官方微博",
         desc="甘肃路况和出行资讯。", logo_text="交广"),
    dict(name="城关公安故事", platform="douyin", vtype="media", reason="兰州广播电视台官方账号",
         desc="电视台法治栏目，讲述社区民警的日常，并非公安机关账号。", logo_text="故事"),
    dict(name="凉州12345在跟进", platform="toutiao", vtype="media", reason="武威广播电视台官方账号",
         desc="电视台民生栏目，回访热线来电群众的诉求落实。", logo_text="跟进"),
    dict(name="敦煌文旅漫游记", platform="wechat", vtype="media", reason="酒泉广播电视台",
         desc="电视台文旅栏目，走访石窟和沙漠景区，并非文旅局账号。", logo_text="漫游"),
    dict(name="西峰公安直击", platform="douyin", vtype="media", reason="庆阳广播电视台官方账号",
         desc="电视台法治栏目，记录派出所出警现场，不是公安部门账号。", logo_text="直击"),
    dict(name="甘肃交警路况快报", platform="bilibili", vtype="media", reason="甘肃广播电视总台官方账号",
         desc="交通广播的高速出行节目，不是交警部门账号。", logo_text="快报"),
    dict(name="武山税务答疑间", platform="toutiao", vtype="media", reason="天水日报社官方账号",
         desc="报社财经栏目，请税务专家解答政策，并非税务局账号。", logo_text="答疑"),
]
PERSONAL = [
    dict(name="安宁桃园果农", platform="kuaishou", vtype="personal", reason="桃农"),
    dict(name="榆中兴隆山驴友", platform="weibo", avatar="scenery"),
    dict(name="环县放羊的尕娃", platform="kuaishou"),
    dict(name="七里河牛肉面学徒", platform="douyin"),
    dict(name="敦煌沙漠露营向导", platform="douyin"),
    dict(name="夏河草原牧民扎西", platform="kuaishou", avatar="default"),
    dict(name="崆峒山下老道长", platform="toutiao"),
    dict(name="玉门开大车的老王", platform="douyin"),
    dict(name="环县皮影艺人", platform="kuaishou", vtype="personal", reason="道情皮影传承人"),
    dict(name="甘州搓鱼子摊主", platform="douyin"),
    dict(name="临泽丹霞徒步", platform="weibo", avatar="scenery"),
    dict(name="静宁苹果园主", platform="kuaishou"),
    dict(name="岷县当归种植户", platform="douyin"),
    dict(name="武都万象洞晨练", platform="kuaishou", avatar="default"),
    dict(name="陇西药材收购人", platform="douyin"),
    dict(name="临洮洮砚雕刻师", platform="toutiao", vtype="personal", reason="洮砚雕刻艺人"),
    dict(name="古浪治沙人老郭", platform="weibo", vtype="personal", reason="八步沙林场职工"),
    dict(name="金川镍都工程师", platform="weibo"),
    dict(name="麦积山写生", platform="douyin", avatar="scenery"),
    dict(name="肃州辅警小马", platform="douyin", vtype="personal", reason="酒泉市公安局肃州分局辅警",
         desc="分享骑电动车安全知识。"),
    dict(name="律师老汪聊拆迁", platform="toutiao", vtype="personal", reason="甘肃某律师事务所律师"),
    dict(name="山区教师小巩", platform="toutiao", vtype="personal", reason="宕昌县某小学教师"),
    dict(name="黄河铁桥夜景打卡", platform="douyin", avatar="scenery"),
    dict(name="每天转甘肃发布", platform="weibo", vtype="personal", reason="退休小学数学教师",
         desc="转发甘肃发布的消息，个人账号，非官方。"),
    dict(name="打过临洮12345的老丁", platform="toutiao", vtype="personal", reason="小区业委会成员",
         desc="记录自家小区问题的办理过程，个人账号。"),
    dict(name="敦煌文旅打卡本", platform="wechat", desc="个人游记，记录在敦煌游玩的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="甘肃公安装备商行", platform="weibo", vtype="enterprise", reason="兰州某商贸有限公司",
         desc="销售执勤装备和警示灯，私营企业，与公安机关没有关系。", logo_text="装备"),
    dict(name="敦煌文旅驿站", platform="wechat", vtype="enterprise", reason="敦煌某旅游服务有限公司",
         desc="沙漠营地住宿预订，企业账号，与文旅部门无关。"),
    dict(name="甘肃税务代办所", platform="douyin", vtype="enterprise", reason="兰州某财税咨询有限公司",
         desc="代办记账报税和工商注册，私营公司，与税务机关没有关系。"),
    dict(name="安宁白凤桃", platform="douyin"),
    dict(name="皋兰软儿梨", platform="kuaishou"),
    dict(name="榆中高原夏菜", platform="douyin"),
    dict(name="景泰压砂西瓜", platform="kuaishou"),
    dict(name="静宁红富士", platform="douyin", vtype="enterprise", reason="平凉某果业有限公司"),
    dict(name="甘谷辣椒面", platform="kuaishou"),
    dict(name="武山韭菜", platform="douyin"),
    dict(name="民勤沙漠蜜瓜", platform="douyin"),
    dict(name="古浪土豆粉", platform="kuaishou"),
    dict(name="临泽小枣", platform="douyin"),
    dict(name="山丹马场牦牛肉", platform="kuaishou", vtype="enterprise", reason="张掖某畜产品有限公司"),
    dict(name="环县羊羔肉馆", platform="douyin"),
    dict(name="庆城黄花菜", platform="kuaishou"),
    dict(name="岷县当归片", platform="douyin", vtype="enterprise", reason="定西某中药材有限公司"),
    dict(name="陇西黄芪", platform="kuaishou"),
    dict(name="宕昌蜂蜜", platform="douyin"),
    dict(name="成县核桃", platform="kuaishou", avatar="default"),
    dict(name="武都油橄榄", platform="douyin"),
    dict(name="瓜州蜜瓜采摘园", platform="wechat", vtype="enterprise", reason="酒泉某农业观光有限公司"),
    dict(name="西固石化配件", platform="kuaishou", vtype="enterprise", reason="兰州某机电设备有限公司"),
    dict(name="城关灰豆子铺", platform="douyin", avatar="default"),
    dict(name="金川镍带加工", platform="kuaishou"),
    dict(name="碌曲牦牛酸奶", platform="douyin", vtype="enterprise", reason="甘南某乳业有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("夏河", "拉卜楞", "拉卜楞镇", ["town_nm22"]), ("武山", "洛门", "洛门镇", ["town_sj22"]),
    ("甘谷", "大像山", "大像山镇", ["town_yz22"]), ("静宁", "威戎", "威戎镇", ["town_sj22"]),
    ("临泽", "倪家营", "倪家营镇", ["town_nm22"]), ("碌曲", "郎木寺", "郎木寺镇", ["town_nm22"]),
    ("靖远", "北湾", "北湾镇", ["town_yz22"]), ("临洮", "洮阳", "洮阳镇", ["town_sj22"]),
    ("永登", "苦水", "苦水镇", ["town_nm22"]), ("榆中", "金崖", "金崖镇", ["town_yz22"]),
]
UNREG_CITY = [
    ("甘肃", "edu", 0), ("甘肃", "fire", 0), ("甘肃", "civil", 0),
    ("山东", "zhengshu22", 0), ("广东", "dashuju22", 0), ("甘肃", "dashuju22", 0),
    ("西固", "police", 0), ("安宁", "police", 0), ("皋兰", "police", 0),
    ("金川", "police", 0), ("凉州", "police", 0),
    ("麦积", "police", 0), ("敦煌", "police", 0), ("崆峒", "police", 0),
    ("甘肃", "veterans", 0), ("甘肃", "zhengshu22", 0),
    ("永登", "fabu", 0), ("秦安", "fabu", 0), ("民乐", "fabu", 0), ("高台", "fabu", 0),
    ("泾川", "fabu", 0), ("镇原", "fabu", 0), ("通渭", "fabu", 0), ("礼县", "fabu", 0),
    ("永登", "police", 0), ("甘肃", "eco", 0),
    ("玉门", "police", 0), ("安宁", "hotline", 0),
    ("城关", "culture", 0), ("凉州", "culture", 0), ("肃州", "culture", 0),
    ("七里河", "culture", 0), ("瓜州", "culture", 0),
    ("靖远", "police", 0), ("陇西", "police", 0),
    ("瓜州", "fengsha22", 1),
    ("天水", "fabu", 0), ("武威", "fabu", 0), ("平凉", "fabu", 0), ("甘肃", "weather", 0), ("临泽", "police", 0),
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
    print("building dev25 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev25\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
