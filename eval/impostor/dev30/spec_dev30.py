"""Thirtieth impostor part (dev30; built 2026-12-05 in the twenty-seventh session as the twenty-sixth blind
held-out part, demoted to tuning data in the twenty-eighth session).
Run: python eval/impostor/dev30/spec_dev30.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev29/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its regional
bodies, and districts, counties and county-level cities across its prefecture-level cities, plus a few towns),
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

PART = "dev30"
SEED = 52709
CRAWL_DAY = "2026-11-24"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "gouqi27": ("{F}枸杞产业发展中心", "{F}枸杞产业发展中心", ["{S}杞乡", "{S}杞乡红"], "leaf", None,
                "发布枸杞标准化种植、病虫害绿色防控和枸杞质量追溯信息"),
    "jiuqu27": ("{S}贺兰山东麓葡萄酒产业园区管理委员会", "{F}葡萄酒产业发展服务中心",
                ["{S}贺兰山东麓", "{S}葡萄酒产区"], "sun", None,
                "发布酒庄评级、产区风土和葡萄酒文化旅游信息"),
    "xixialing27": ("{S}西夏陵区管理处", "{F}西夏陵区管理处", ["{S}西夏陵", "{S}西夏陵区"], "pagoda", None,
                    "发布世界文化遗产保护、遗址开放时间和考古研学信息"),
    "liupan27": ("{S}六盘山林业局", "{F}六盘山林场", ["{S}六盘山林业", "{S}六盘山林"], "mountain", None,
                 "发布天然林保护、森林防火和林区生态旅游信息"),
    "fangsha27": ("{F}防沙治沙工作站", "{F}防沙治沙工作站", ["{S}防沙治沙", "{S}沙漠锁边"], "leaf", None,
                  "发布草方格压沙、封育禁牧和沙区造林信息"),
    "diaoshui27": ("{F}调水工程运行维护中心", "{F}调水工程运行维护中心", ["{S}调水", "{S}调水工程"], "waves", None,
                   "发布引黄济青、南水北调东线调水运行和输水渠道安全信息"),
    "beijiang27": ("{F}北江流域管理局", "{F}北江流域管理局", ["{S}北江流域", "{S}北江管理"], "bridge", None,
                   "发布北江堤防巡查、飞来峡水利枢纽调度和汛期水情信息"),
    "qxt27": ("{F}气象台", "{F}气象台", ["{S}气象台", "{S}气象台预报"], "cloud", None,
              "发布短时临近预报、强对流天气警报和雷达回波实况"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_gq27": ("{F}{DF}枸杞技术服务站", ["{DS}杞园服务", "{DS}枸杞技术站"], "leaf", None,
                  "发布枸杞修剪、制干和鲜果收购信息"),
    "town_ty27": ("{F}{DF}滩羊养殖服务站", ["{DS}滩羊站", "{DS}滩羊养殖"], "house", None,
                  "发布滩羊舍饲养殖、防疫和良种补贴信息"),
    "town_ym27": ("{F}{DF}移民安置服务中心", ["{DS}移民服务", "{DS}安置中心"], "hands", None,
                  "发布生态移民就业培训、安置房和劳务输出信息"),
    "town_xs27": ("{F}{DF}硒砂瓜产业服务站", ["{DS}硒砂瓜", "{DS}瓜农服务站"], "sun", None,
                  "发布压砂地保护、硒砂瓜种植和产销对接信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"gouqi27": "枸杞", "jiuqu27": "葡萄酒产区", "xixialing27": "西夏陵", "liupan27": "六盘山林业",
               "fangsha27": "防沙治沙", "diaoshui27": "调水", "beijiang27": "北江流域", "qxt27": "气象台",
               "town_gq27": "杞园服务", "town_ty27": "滩羊站", "town_ym27": "移民服务",
               "town_xs27": "硒砂瓜"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level city (short, full)
_YC, _SZ = ("银川", "银川市"), ("石嘴山", "石嘴山市")
_WZ, _GY, _ZW = ("吴忠", "吴忠市"), ("固原", "固原市"), ("中卫", "中卫市")
PARENT = {"兴庆": _YC, "西夏": _YC, "金凤": _YC, "永宁": _YC, "贺兰": _YC, "灵武": _YC,
          "大武口": _SZ, "惠农": _SZ, "平罗": _SZ,
          "利通": _WZ, "红寺堡": _WZ, "盐池": _WZ, "同心": _WZ, "青铜峡": _WZ,
          "原州": _GY, "西吉": _GY, "隆德": _GY, "泾源": _GY, "彭阳": _GY,
          "沙坡头": _ZW, "中宁": _ZW, "海原": _ZW}
REGION_NAME = "宁夏"
# the region's tourism brand, written in place of the region's name (the brand contains the name)
BRAND_WORD = "神奇宁夏"
# the capital's everyday nickname, written before the capital's districts and counties
CAPITAL_NICK = "凤城"
# the old name of the dry southern hill counties, written before their places
HILL_WORD = "西海固"
HILL_PLACES = {"原州", "西吉", "隆德", "泾源", "彭阳", "海原"}
# the prefecture (地区) of the south until 2001
OLD_PREFECTURE = {"固原": "固原地区"}
# county-level places written as the county they were before (name and level)
OLD_COUNTY = {"沙坡头": "中卫县", "灵武": "灵武县", "青铜峡": "青铜峡县", "利通": "吴忠县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="宁夏", F="宁夏回族自治区", area="0951", landmark="mountain", nick="塞上江南",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("medins", {"platforms": _2}),
                ("gouqi27", {"name_idx": 0, "platforms": _3}),
                ("jiuqu27", {"name_idx": 0, "platforms": _4b}),
                ("xixialing27", {"name_idx": 0, "platforms": _3}),
                ("liupan27", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="bridge", nick="引黄济青",
         depts=[("diaoshui27", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="pier", nick="北江两岸",
         depts=[("beijiang27", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="宁夏回族自治区"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
_FULL = [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("culture", dict(_DC)),
         ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}), ("hotline", {"platforms": _2}),
         ("market", {"name_idx": 0, "platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]
CITIES = [
    # ---- districts, counties and county-level cities of the new region
    _c("兴庆", "兴庆区", "0951", "skyline", "鼓楼南北",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2}),
        ("tax", {"platforms": _2})]),
    _c("西夏", "西夏区", "0951", "pagoda", "贺兰山下",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC))]),
    _c("永宁", "永宁县", "0951", "waves", "黄河金岸", list(_FULL),
       [dict(DS="闽宁", DF="闽宁镇", depts=["town_ym27"])]),
    _c("贺兰", "贺兰县", "0951", "mountain", "稻渔空间", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("灵武", "灵武市", "0951", "sun", "白芨滩",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("fangsha27", {"name_idx": 0})]),
    _c("惠农", "惠农区", "0952", "tower", "沙湖之北", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("平罗", "平罗县", "0952", "waves", "沙湖之畔", [("fabu", {"platforms": _3k}), ("police", {"platforms": _2})]),
    _c("利通", "利通区", "0953", "skyline", "早茶之城", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("红寺堡", "红寺堡区", "0953", "sun", "移民新区",
       [("fabu", {"platforms": _3t}), ("police", {"platforms": _2})]),
    _c("盐池", "盐池县", "0953", "sun", "滩羊之乡",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _3}), ("fangsha27", {"name_idx": 0})],
       [dict(DS="大水坑", DF="大水坑镇", depts=["town_ty27"])]),
    _c("同心", "同心县", "0953", "pagoda", "清水河畔",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("青铜峡", "青铜峡市", "0953", "waves", "一百零八塔",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("原州", "原州区", "0954", "skyline", "萧关古道", list(_FULL)),
    _c("西吉", "西吉县", "0954", "mountain", "文学之乡",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("隆德", "隆德县", "0954", "pagoda", "六盘西麓", [("fabu", {"platforms": _2}), ("police", {"platforms": _2})]),
    _c("泾源", "泾源县", "0954", "mountain", "老龙潭",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("tax", {"platforms": _2}), ("hotline", {"platforms": _2}), ("health", {"name_idx": 0, "platforms": _2})]),
    _c("沙坡头", "沙坡头区", "0955", "sun", "沙都",
       [("fabu", {"platforms": _4b}), ("police", {"platforms": _2}), ("culture", dict(_DC)),
        ("fangsha27", {"name_idx": 0})],
       [dict(DS="宣和", DF="宣和镇", depts=["town_xs27"])]),
    _c("中宁", "中宁县", "0955", "waves", "枸杞之乡",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})],
       [dict(DS="新堡", DF="新堡镇", depts=["town_gq27"])]),
    _c("海原", "海原县", "0955", "mountain", "南华山下", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    # ---- places that only have unregistered units here
    _c("金凤", "金凤区", "0951", "skyline", "金凤", []),
    _c("大武口", "大武口区", "0952", "tower", "大武口", []),
    _c("彭阳", "彭阳县", "0954", "mountain", "彭阳", []),
    # ---- prefecture-level cities (not registered; only unregistered units here)
    _c("银川", "银川市", "0951", "skyline", "银川", []),
    _c("石嘴山", "石嘴山市", "0952", "tower", "石嘴山", []),
    _c("吴忠", "吴忠市", "0953", "skyline", "吴忠", []),
    _c("固原", "固原市", "0954", "mountain", "固原", []),
    _c("中卫", "中卫市", "0955", "sun", "中卫", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_3, _2, ["wechat", "douyin"], _3t, _2, ["weibo", "wechat", "toutiao"], _3, _3k, _2, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|n27".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0595


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布塞上政务")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安枸杞红警务")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345民声回音")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅星星故乡")
    if d == "fangsha27" and name == S + "防沙治沙":
        opts.append(S + "防沙治沙草方格")
    if d == "gouqi27" and name == S + "杞乡":
        opts.append(S + "杞乡红果")
    if d == "jiuqu27" and name == S + "贺兰山东麓":
        opts.append(S + "贺兰山东麓产区")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["枸杞烘干补贴", "滩羊保险理赔", "移民搬迁补偿", "闽宁协作招工", "压砂瓜补助", "酒庄品鉴名额",
            "陵区门票预订", "沙湖船票", "中宁枸杞", "盐池滩羊", "燕面揉揉", "八宝茶", "羊杂碎", "油香", "馓子",
            "蒿子面", "\u3190色俩目", "\u31d4速来登记", "\ufe12逾期不补", "\u2042", "🍷", "贺兰山",
            "六盘山", "沙漠星空"]
PREFIXES = ["宁", "塞上江南", "贺兰山下", "黄河金岸", "花儿唱响", "色俩目\u3190", "枸杞红了", "西北望",
            "\ufe19搬迁名单\ufe19", "\ufe12滩羊理赔\ufe12", "\u3191枸杞农户请注意\u3191", "\u2042", "🍷",
            "六盘山下", "腾格里", "长城脚下"]
LOOKALIKE = {
    "兴": ["关"], "庆": ["压"], "西": ["两"], "夏": ["厦"], "永": ["汞"], "宁": ["字"], "贺": ["贸"], "兰": ["并"],
    "灵": ["炎"], "武": ["载"], "惠": ["恿"], "罗": ["罚"], "利": ["刮"], "通": ["遇"],
    "红": ["杠"], "寺": ["寻"], "盐": ["益"], "池": ["他"], "同": ["间"], "心": ["小"], "青": ["胄"], "铜": ["锅"],
    "峡": ["挟"], "吉": ["圭"], "隆": ["陡"], "德": ["循"], "泾": ["汪"], "源": ["涯"],
    "沙": ["吵"], "坡": ["彼"], "头": ["买"], "海": ["渔"],
}
SAME_SOUND = {
    "西": ["硒", "犀"], "贺": ["赫"], "兰": ["岚"], "灵": ["菱", "凌"], "惠": ["晦"], 
    "利": ["立", "栗"], "寺": ["肆"], "堡": ["葆"], "盐": ["研", "炎"], "池": ["弛"], "同": ["瞳"],
    "心": ["欣", "忻"], "铜": ["童", "彤"], "峡": ["霞", "侠"], "原": ["缘", "垣"], "吉": ["汲", "棘"],
    "泾": ["京", "晶"], "中": ["盅"],
}
TRAD_MODES = ["only_second_conv", "skip_first_conv", "centre_conv"]
# visible word separators other parts did not use: vertical presentation forms, CJK stroke forms, kanbun marks
SPACES = ["\ufe10", "\ufe11", "\ufe12", "\ufe19", "\u31d0", "\u31d2", "\u31d4", "\u31cf", "\u3190", "\u3191",
          "\u203d", "\u2042"]
DOUBLE_SPACE_P = 0.034
# variation selectors (supplement) no part used
ZERO_WIDTH = ["\U000e012e", "\U000e0136", "\U000e013d", "\U000e0143", "\U000e014c", "\U000e0156", "\U000e015e",
              "\U000e0165", "\U000e016e", "\U000e0175", "\U000e017e", "\U000e0187"]
EMOJI = ["🍷", "🌅", "🍂", "🍁", "🐮", "🪿", "🫐", "🪴", "🐦", "🌛", "🪢", "🪇"]
BRACKETS = [("⇐", "⇒"), ("⬰", "⇴"), ("⬲", "⟴"), ("⬴", "⤀"), ("⭀", "⥱"), ("⭁", "⭇"), ("⭰", "⭲"), ("⭪", "⭬"),
            ("⮠", "⮡"), ("⮰", "⮱"), ("🡨", "🡪"), ("🢔", "🢖")]
FULLWIDTH_MODES = ["thai_digits", "myanmar_digits", "four_dots_above", "double_stroke_overlay"]
LEVEL_FORMS = ["shenqi_brand", "fengcheng_lead", "xihaigu_lead", "ningxia_county_lead", "old_guyuan_prefecture",
               "pre_district_county", "prefcity_full_lead", "town_under_prefcity", "capital_city_lead"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警务枸杞红", "{nick}夜巡日志", "{S}防诈小课堂"],
    "fabu": ["{S}政务早茶", "{nick}时政速览", "{S}民生快讯站"],
    "gov": ["{S}政务服务通", "{nick}便民直通"],
    "health": ["{S}健康百宝箱", "{nick}养生茶话"],
    "tax": ["{S}税务百事通", "{nick}减税降费"],
    "hotline": ["{S}热线解忧", "{nick}帮您问"],
    "culture": ["{S}塞上风光", "{nick}花儿漫游", "{S}星空露营"],
    "medins": ["{S}医保一点通", "{nick}医保明白卡"],
    "market": ["{S}菜篮子守护", "{nick}足两足秤"],
    "gouqi27": ["{S}红果果", "{nick}杞园管家"],
    "jiuqu27": ["{S}酒庄漫步", "{nick}葡萄园日志"],
    "xixialing27": ["{S}王陵讲堂", "{nick}党项往事"],
    "liupan27": ["{S}林海守护", "{nick}护林员日记"],
    "fangsha27": ["{S}麦草方格", "{nick}草格子"],
    "diaoshui27": ["{S}渠首巡线", "{nick}输水日报"],
    "beijiang27": ["{S}堤防巡查", "{nick}水情速递"],
    "qxt27": ["{S}云图说", "{nick}今天带伞吗"],
    "town_gq27": ["{S}杞农之家"],
    "town_ty27": ["{S}羊倌学堂"],
    "town_ym27": ["{S}搬迁新村"],
    "town_xs27": ["{S}砂田瓜事"],
    "generic": ["{S}老乡亲", "{nick}八宝盖碗", "{S}黄河边"],
}


# ---- digit forms (the registered digit names are 12345 and 12366)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


def _digits(s, zero):
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "thai_digits": lambda s: _digits(s, 0xE50),
    "myanmar_digits": lambda s: _digits(s, 0x1040),
    "four_dots_above": lambda s: _marks(s, "\u20dc"),
    "double_stroke_overlay": lambda s: _marks(s, "\u20e6"),
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


def _shenqi_brand(u, acc):
    """The region's tourism brand in place of the region's name (the brand contains the name)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return BRAND_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return BRAND_WORD + name[len(pl["S"]):]
    return None


def _fengcheng_lead(u, acc):
    """The capital's everyday nickname before one of the capital's districts or counties."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] != "银川":
        return None
    return _lead(u, acc, CAPITAL_NICK)


def _capital_city_lead(u, acc):
    """The capital's short name before one of its districts or counties."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] != "银川":
        return None
    return _lead(u, acc, par[0])


def _xihaigu_lead(u, acc):
    """The old name of the dry southern hill counties before one of them."""
    if u["place"]["S"] not in HILL_PLACES:
        return None
    return _lead(u, acc, HILL_WORD)


def _ningxia_county_lead(u, acc):
    """The region's short name before a county-level place."""
    return _lead(u, acc, REGION_NAME)


def _old_guyuan_prefecture(u, acc):
    """The prefecture-level city written as the prefecture (地区) it was until 2001, before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par or par[0] not in OLD_PREFECTURE:
        return None
    return _lead(u, acc, OLD_PREFECTURE[par[0]])


def _old_county_name(u, acc):
    """A district or county-level city written as the county it was before (old name and level)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_COUNTY or not name.startswith(pl["S"]):
        return None
    return OLD_COUNTY[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _prefcity_full_lead(u, acc):
    """The prefecture-level city's full name before one of its places."""
    par = PARENT.get(u["place"]["S"])
    if not par:
        return None
    return _lead(u, acc, par[1])


def _town_skip_county(u, acc):
    """A town put directly under its prefecture-level city's full name, its county left out."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[1] + name


_FORM_MAKERS = {"shenqi_brand": _shenqi_brand, "fengcheng_lead": _fengcheng_lead, "xihaigu_lead": _xihaigu_lead,
                "ningxia_county_lead": _ningxia_county_lead, "old_guyuan_prefecture": _old_guyuan_prefecture,
                "pre_district_county": _old_county_name, "prefcity_full_lead": _prefcity_full_lead,
                "town_under_prefcity": _town_skip_county, "capital_city_lead": _capital_city_lead}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: regional accounts
    the brand, towns their prefecture-level city, the renamed places mostly their old county, the southern
    prefecture's places sometimes the old prefecture, the hill counties mostly their old name, the capital's places mostly the capital's nickname, the other places the region's
    short name, the old prefecture or the city's full name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("shenqi_brand", "town_under_prefcity"):
        if f in names:
            return f, names[f]
    if "pre_district_county" in names and _h(acc, "np") % 3:
        return "pre_district_county", names["pre_district_county"]
    if "old_guyuan_prefecture" in names and _h(acc, "ng") % 3 == 0:
        return "old_guyuan_prefecture", names["old_guyuan_prefecture"]
    if "xihaigu_lead" in names and _h(acc, "nx") % 2:
        return "xihaigu_lead", names["xihaigu_lead"]
    if "fengcheng_lead" in names and _h(acc, "nf") % 2:
        return "fengcheng_lead", names["fengcheng_lead"]
    rest = [f for f in ("ningxia_county_lead", "old_guyuan_prefecture", "prefcity_full_lead", "capital_city_lead",
                        "xihaigu_lead", "fengcheng_lead", "pre_district_county") if f in names]
    f = rest[_h(acc, "nr") % len(rest)]
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
    """Only the second convertible character (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [idx[1] if len(idx) > 1 else idx[0]])


def _t_all_but_first(s, u, r):
    """Every convertible character except the first (the only one when there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1:] or idx)


def _t_middle_one(s, u, r):
    """The middle convertible character (the later of the two middle ones when their number is even)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [idx[len(idx) // 2]])


TRAD_FUNCS = {"only_second_conv": _t_second_only, "skip_first_conv": _t_all_but_first, "centre_conv": _t_middle_one}


# ---- image edits
def _goji_red(img, rng):
    """Goji red: the picture washed toward a deep orange-red, highlights kept warm."""
    a = np.asarray(img, float)
    k = rng.uniform(0.21, 0.27)
    out = a * (1 - k) + np.array([214, 58, 34], float) * k
    out[..., 2] *= 0.9
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"goji red k{k:.2f}"


def _wine_burgundy(img, rng):
    """A burgundy duotone: luminance mapped from near black purple to a pale rose."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([48, 10, 30], float)
    light = np.array([246, 214, 222], float)
    gam = rng.uniform(0.88, 0.95)
    out = dark + (light - dark) * (g ** gam)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"wine burgundy g{gam:.2f}"


def _loess_dust(img, rng):
    """Loess dust: colours muted toward yellow-brown, contrast lowered, a faint fog at the bottom."""
    a = np.asarray(img, float)
    g = a.mean(axis=2, keepdims=True)
    s = rng.uniform(0.5, 0.58)
    out = g + (a - g) * s
    out = out * 0.8 + np.array([196, 160, 104], float) * 0.2
    h = a.shape[0]
    fog = np.clip((np.arange(h) - 0.6 * h) / (0.4 * h), 0, 1)[:, None, None] * 0.22
    out = out * (1 - fog) + 232 * fog
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"loess dust s{s:.2f}"


def _reed_lake(img, rng):
    """Reeds on a lake: blue-green shadows and pale gold highlights (split toning)."""
    a = np.asarray(img, float)
    lum = a.mean(axis=2, keepdims=True) / 255.0
    k = rng.uniform(0.16, 0.22)
    tone = (1 - lum) * np.array([20, 110, 120], float) + lum * np.array([236, 214, 140], float)
    out = a * (1 - k) + tone * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"reed lake k{k:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _rammed_wall(img, rng, P):
    """A rammed-earth wall with battlements: an ochre ground, crenels cut along the outer edge, layer lines."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (184, 146, 96))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    step = max(6, pad // 2)
    for y in range(0, W, max(3, pad // 5)):
        d.line([(0, y), (W, y)], fill=(164, 126, 80), width=1)
    q = max(3, pad // 3)
    for t in range(0, W, 2 * step):
        for box in ([t, 0, t + step - 1, q], [t, W - q, t + step - 1, W], [0, t, q, t + step - 1],
                    [W - q, t, W, t + step - 1]):
            d.rectangle(box, fill=(244, 236, 220))
    d.rectangle([pad - 3, pad - 3, W - pad + 2, W - pad + 2], outline=c2, width=2)
    out.paste(img, (pad, pad))
    return out, "border rammed wall"


def _goji_twigs(img, rng, P):
    """Goji twigs: a pale green ground with thin brown diagonal twigs and small red berries."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (226, 238, 214))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    step = max(8, pad)
    for t in range(-W, W, step):
        d.line([(t, 0), (t + W, W)], fill=(120, 90, 60), width=max(1, pad // 10))
    r = max(2, pad // 7)
    k = 0
    for t in range(-W, W, step):
        for s in range(0, W, max(6, step // 2)):
            x, y = t + s, s
            if 0 <= x < W and (x < pad or x > W - pad or y < pad or y > W - pad):
                k += 1
                d.ellipse([x - r, y - r, x + r, y + r], fill=c2 if k % 4 == 0 else (222, 40, 30))
    out.paste(img, (pad, pad))
    return out, "border goji twigs"


def _tangut_lattice(img, rng, P):
    """A lattice of small square stamps on dark bronze, like a page of old script blocks."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (70, 56, 40))
    d = ImageDraw.Draw(out)
    c2 = rng.choice(P["border_colours"])
    step = max(6, pad // 2)
    for y in range(2, W, step):
        for x in range(2, W, step):
            d.rectangle([x, y, x + step - 4, y + step - 4], outline=(212, 190, 140), width=1)
            d.line([x + 2, y + (step - 4) // 2, x + step - 6, y + (step - 4) // 2], fill=c2, width=1)
    out.paste(img, (pad, pad))
    return out, "border tangut lattice"


def _shot_goji_claim(img, rng, P, out_px):
    """A subsidy claim page: a red header, a photo-upload box, three input lines, a yellow button, the avatar
    small at the top left under the header."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (250, 244, 240))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(200, 40, 36))
    d.rectangle([int(0.3 * S), int(0.16 * S), int(0.7 * S), int(0.4 * S)], outline=(180, 170, 166), width=3)
    for k in range(3):
        y = int((0.47 + 0.09 * k) * S)
        d.line([int(0.08 * S), y, int(0.92 * S), y], fill=(200, 190, 186), width=3)
    d.rounded_rectangle([int(0.2 * S), int(0.8 * S), int(0.8 * S), int(0.88 * S)], radius=24, fill=(250, 200, 40))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.04 * S), int(0.12 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot goji claim scale {a / S:.3f}"


def _shot_winery_ticket(img, rng, P, out_px):
    """A winery tasting ticket: a wine-red page, a white ticket with a perforated stub, a bar code, the avatar
    small at the bottom right of the ticket."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (110, 20, 44))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.08 * S), int(0.2 * S), int(0.92 * S), int(0.8 * S)], radius=18, fill=(252, 248, 240))
    for y in range(int(0.22 * S), int(0.78 * S), 14):
        d.ellipse([int(0.68 * S) - 3, y - 3, int(0.68 * S) + 3, y + 3], fill=(110, 20, 44))
    for k in range(22):
        x = int(0.14 * S) + k * int(0.02 * S)
        d.line([x, int(0.62 * S), x, int(0.74 * S)], fill=(30, 30, 30), width=1 + (k * 7) % 3)
    d.rectangle([int(0.14 * S), int(0.28 * S), int(0.6 * S), int(0.34 * S)], fill=(160, 40, 60))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.88 * S) - a, int(0.76 * S) - a))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot winery ticket scale {a / S:.3f}"


def _shot_relocation_roster(img, rng, P, out_px):
    """A relocation-compensation list: a blue header, a table with a shaded first column and row lines, a red
    stamp circle, the avatar small at the top right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (248, 250, 252))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.11 * S)], fill=(30, 90, 170))
    d.rectangle([int(0.05 * S), int(0.16 * S), int(0.25 * S), int(0.9 * S)], fill=(226, 232, 240))
    for k in range(10):
        y = int((0.16 + 0.074 * k) * S)
        d.line([int(0.05 * S), y, int(0.95 * S), y], fill=(170, 176, 186), width=2)
    d.ellipse([int(0.64 * S), int(0.66 * S), int(0.9 * S), int(0.92 * S)], outline=(210, 30, 30), width=6)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.97 * S) - a, int(0.01 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot relocation roster scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"goji_red": _goji_red, "wine_burgundy": _wine_burgundy,
                                   "loess_dust": _loess_dust, "reed_lake": _reed_lake},
                   border_funcs={"rammed_wall": _rammed_wall, "goji_twigs": _goji_twigs,
                                 "tangut_lattice": _tangut_lattice},
                   screenshot_funcs={"goji_claim": _shot_goji_claim, "winery_ticket": _shot_winery_ticket,
                                     "relocation_roster": _shot_relocation_roster},
                   resize_px=[300, 302, 303, 304, 305, 307, 308],
                   jpeg_q=(64, 66), crop_frac=(0.3934, 0.3951),
                   border_styles=["rammed_wall", "goji_twigs", "tangut_lattice"],
                   border_colours=[(213, 57, 33), (109, 19, 43), (183, 147, 97), (21, 109, 121), (237, 213, 139),
                                   (71, 55, 41)],
                   border_frac=(0.4471, 0.4492),
                   recolour_modes=["goji_red", "wine_burgundy", "loess_dust", "reed_lake"],
                   hue_shift=(317, 319), rotate_deg=(58.2, 58.9),
                   watermark_texts=["枸杞补贴", "滩羊理赔", "搬迁补偿", "酒庄名额", "船票代订"],
                   watermark_alpha=(177, 180),
                   screenshot_styles=["goji_claim", "winery_ticket", "relocation_roster"],
                   screenshot_scale=(0.0624, 0.0637))
P_IMPOSTOR_DERIVED = 0.5245
P_IMPOSTOR_DEFAULT = 0.0815
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0895
IMPOSTOR_VERIFIED = [("enterprise", "{S}塞上枸杞电子商务有限公司"), ("personal", "贺兰山下开酒庄的老板"),
                     ("other", "{S}滩羊养殖户联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}：今年枸杞烘干补贴名单已出，未到账的杞农加微{wx}报上卡号",
                  "【{S}{fn}】滩羊养殖保险理赔开始受理，养殖户添加{wx}上传耳标照片即可领取",
                  "{name}：易地搬迁小区还空着几套，先交两万诚意金，扣扣{qq}排号",
                  "{S}{fn}：闽宁协作劳务输出名额有限，私聊{wx}交培训费包分配",
                  "{S}{fn}原账号停更，贺兰山东麓酒庄品鉴券由本号发放，加V{wx}领券"]
MAX_PER_TARGET = 6

# Nearly every two- and three-tactic combination the builder can write is used by some other part, and dev15 ...
# dev29 used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses
# (four impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU, _RE, _SP, _FW], 4),  # first: few targets carry digits
    ([_SU, _RE, _SS, _FW], 4),
    ([_PR, _LA, _SS, _FW], 4),
    ([_PR, _RE, _SP, _FW], 4),
    ([_SS, _ZW, _NP, _FW], 4),
    ([_LA, _SS, _NP, _FW], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_PR, _RE, _SP, _LP], 4),
    ([_TR, _SP, _ZW, _EB], 4),
    ([_LA, _SS, _TR, _SP], 4),
    ([_PR, _EB, _LP, _NP], 4),
    ([_PR, _SS, _EB, _LP], 4),
    ([_PR, _TR, _ZW, _NP], 4),
    ([_SS, _SP, _EB, _NP], 4),
    ([_SU, _PR, _ZW, _EB], 4),
    ([_PR, _TR, _SP, _EB], 4),
    ([_RE, _LA, _ZW, _LP], 4),
    ([_SU, _RE, _TR, _LP], 4),
    ([_RE, _LA, _SS, _LP], 4),
    ([_SU, _LA, _EB, _NP], 4),
    ([_SU, _PR, _LA, _TR], 4),
    ([_SU, _SP, _ZW, _EB], 4),
    ([_PR, _RE, _LP, _NP], 4),
    ([_RE, _SP, _ZW, _EB], 4),
    ([_SU, _RE, _LA, _ZW], 4),
    ([_LA, _SS, _TR, _LP], 4),
    ([_LA, _TR, _SP, _NP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market", "health"]
OTHER_PLACES_CHAR = [
    dict(reg="兴庆", S="兴山", F="兴山县", province="湖北省", level=_C),
    dict(reg="西夏", S="西华", F="西华县", province="河南省", level=_C),
    dict(reg="永宁", S="永和", F="永和县", province="山西省", level=_C),
    dict(reg="贺兰", S="贺州", F="贺州市", province="广西壮族自治区", level="city"),
    dict(reg="灵武", S="灵丘", F="灵丘县", province="山西省", level=_C),
    dict(reg="惠农", S="惠水", F="惠水县", province="贵州省", level=_C),
    dict(reg="平罗", S="平陆", F="平陆县", province="山西省", level=_C),
    dict(reg="利通", S="利辛", F="利辛县", province="安徽省", level=_C),
    dict(reg="盐池", S="盐亭", F="盐亭县", province="四川省", level=_C),
    dict(reg="同心", S="同仁", F="同仁市", province="青海省", level=_C),
    dict(reg="隆德", S="隆化", F="隆化县", province="河北省", level=_C),
    dict(reg="中宁", S="中牟", F="中牟县", province="河南省", level=_C),
    dict(reg="海原", S="海晏", F="海晏县", province="青海省", level=_C),
    dict(reg="西吉", S="西丰", F="西丰县", province="辽宁省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="原州", S="袁州", F="宜春市袁州区", province="江西省", level=_C, depts=_F3,
         units={"police": "宜春市公安局袁州分局"}),
    dict(reg="泾源", S="靖远", F="靖远县", province="甘肃省", level=_C, depts=_F3),
    dict(reg="永宁", S="邕宁", F="南宁市邕宁区", province="广西壮族自治区", level=_C, depts=_F3,
         units={"police": "南宁市公安局邕宁分局"}),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_JX, _HUN, _FJ, _AH, _SC = "江西省", "湖南省", "福建省", "安徽省", "四川省"
TEMPLATE_NEGS = [
    ("全南", "全南县", _JX, "procur"), ("乐安", "乐安县", _JX, "fabu"), ("金溪", "金溪县", _JX, "police"),
    ("万年", "万年县", _JX, "procur"), ("德安", "德安县", _JX, "fabu"), ("崇义", "崇义县", _JX, "police"),
    ("南岳", "衡阳市南岳区", _HUN, "procur"), ("广昌", "广昌县", _JX, "fabu"), ("繁昌", "芜湖市繁昌区", _AH, "police"),
    ("旺苍", "旺苍县", _SC, "procur"), ("南丰", "南丰县", _JX, "fabu"), ("梓潼", "梓潼县", _SC, "police"),
    ("大英", "大英县", _SC, "procur"), ("蓬安", "蓬安县", _SC, "fabu"), ("黎川", "黎川县", _JX, "police"),
    ("邻水", "邻水县", _SC, "procur"), ("上犹", "上犹县", _JX, "fabu"), ("弋阳", "弋阳县", _JX, "police"),
    ("资溪", "资溪县", _JX, "procur"), ("寻乌", "寻乌县", _JX, "fabu"), ("石城", "石城县", _JX, "police"),
    ("宜黄", "宜黄县", _JX, "procur"), ("浮梁", "浮梁县", _JX, "fabu"), ("铜鼓", "铜鼓县", _JX, "police"),
    ("桃江", "桃江县", _HUN, "procur"), ("沅陵", "沅陵县", _HUN, "fabu"), ("汝城", "汝城县", _HUN, "police"),
    ("屏南", "屏南县", _FJ, "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="宁夏日报", platform="weibo", vtype="media", reason="宁夏日报报业集团官方微博", desc="自治区党报，塞上要闻。",
         logo_text="宁报"),
    dict(name="宁夏新闻网", platform="wechat", vtype="media", reason="宁夏新闻网", desc="宁夏重点新闻网站。",
         logo_text="宁网"),
    dict(name="宁夏广播电视台", platform="douyin", vtype="media", reason="宁夏广播电视台官方账号",
         desc="自治区级广电短视频。", logo_text="宁视"),
    dict(name="银川日报", platform="toutiao", vtype="media", reason="银川日报社官方账号", desc="首府新闻。",
         logo_text="银报"),
    dict(name="新消息报", platform="kuaishou", vtype="media", reason="新消息报社官方账号", desc="宁夏都市民生新闻。",
         logo_text="新消"),
    dict(name="吴忠日报", platform="weibo", vtype="media", reason="吴忠日报社官方微博", desc="吴忠新闻。"),
    dict(name="固原日报", platform="wechat", vtype="media", reason="固原日报社", desc="固原新闻。"),
    dict(name="石嘴山日报", platform="douyin", vtype="media", reason="石嘴山日报社官方账号", desc="石嘴山新闻。",
         logo_text="石报"),
    dict(name="中卫日报", platform="toutiao", vtype="media", reason="中卫日报社官方账号", desc="中卫新闻。"),
    dict(name="宁夏法治报", platform="kuaishou", vtype="media", reason="宁夏法治报社官方账号", desc="法治新闻和普法。"),
    dict(name="华兴时报", platform="wechat", vtype="media", reason="华兴时报社", desc="宁夏统一战线和民生新闻。"),
    dict(name="宁夏交通广播", platform="weibo", vtype="media", reason="宁夏广播电视台交通广播官方微博",
         desc="京藏、青银高速路况和自驾出行提示。", logo_text="交广"),
    dict(name="兴庆融媒", platform="douyin", vtype="media", reason="兴庆区融媒体中心官方账号", desc="兴庆新闻。"),
    dict(name="永宁融媒", platform="toutiao", vtype="media", reason="永宁县融媒体中心官方账号", desc="永宁新闻。"),
    dict(name="原州融媒", platform="wechat", vtype="media", reason="原州区融媒体中心", desc="原州新闻。"),
    dict(name="盐池融媒", platform="kuaishou", vtype="media", reason="盐池县融媒体中心官方账号", desc="盐池新闻。"),
    dict(name="西吉融媒", platform="douyin", vtype="media", reason="西吉县融媒体中心官方账号", desc="西吉新闻。"),
    dict(name="泾源融媒", platform="toutiao", vtype="media", reason="泾源县融媒体中心官方账号", desc="泾源新闻。"),
    dict(name="中宁融媒", platform="weibo", vtype="media", reason="中宁县融媒体中心官方微博", desc="中宁新闻。"),
    dict(name="海原融媒", platform="kuaishou", vtype="media", reason="海原县融媒体中心官方账号", desc="海原新闻。"),
    dict(name="永宁公安夜巡", platform="douyin", vtype="media", reason="银川广播电视台官方账号",
         desc="电视台法治栏目，跟拍民警夜间巡逻，并非公安机关账号。", logo_text="夜巡"),
    dict(name="原州12345回访", platform="toutiao", vtype="media", reason="固原日报社官方账号",
         desc="报社民生栏目，回访热线来电群众的诉求办理情况。", logo_text="回访"),
    dict(name="泾源文旅探访", platform="wechat", vtype="media", reason="固原日报社",
         desc="报社文旅栏目，走访六盘山下的村落，并非文旅局账号。", logo_text="探访"),
    dict(name="盐池公安实录", platform="douyin", vtype="media", reason="吴忠广播电视台官方账号",
         desc="电视台纪实栏目，记录草原派出所的日常，不是公安部门账号。", logo_text="实录"),
    dict(name="沙坡头治沙纪事", platform="bilibili", vtype="media", reason="宁夏广播电视台官方账号",
         desc="电视台纪录片栏目，讲述几代人扎草方格的故事，不是治沙部门账号。", logo_text="纪事"),
    dict(name="原州税务讲堂", platform="toutiao", vtype="media", reason="固原日报社官方账号",
         desc="报社财经栏目，请专家讲解个体工商户税费优惠，并非税务局账号。", logo_text="讲堂"),
]
PERSONAL = [
    dict(name="兴庆区手抓羊肉店老板", platform="kuaishou", vtype="personal", reason="美食视频作者"),
    dict(name="镇北堡影城群演小丁", platform="douyin"),
    dict(name="永宁葡萄园修剪工", platform="kuaishou"),
    dict(name="贺兰稻田养蟹人", platform="douyin", avatar="scenery"),
    dict(name="灵武长枣种植户", platform="kuaishou", avatar="default"),
    dict(name="惠农沙湖摄影", platform="weibo", avatar="scenery"),
    dict(name="平罗黄河湿地观鸟", platform="toutiao", avatar="scenery"),
    dict(name="利通早茶探店", platform="douyin"),
    dict(name="红寺堡移民二代", platform="kuaishou", vtype="personal", reason="乡村振兴青年代表"),
    dict(name="盐池滩羊养殖户老马", platform="douyin"),
    dict(name="同心花儿歌手", platform="kuaishou", vtype="personal", reason="宁夏花儿演唱者"),
    dict(name="青铜峡百八塔摄影", platform="weibo", avatar="scenery"),
    dict(name="原州萧关徒步", platform="douyin"),
    dict(name="西吉马铃薯种植大户", platform="toutiao", avatar="default"),
    dict(name="隆德书法爱好者", platform="toutiao", vtype="personal", reason="书法爱好者"),
    dict(name="泾源老龙潭骑行", platform="douyin", avatar="scenery"),
    dict(name="沙坡头滑沙教练", platform="kuaishou"),
    dict(name="中宁枸杞采摘工", platform="douyin"),
    dict(name="海原南华山护林员", platform="toutiao"),
    dict(name="贺兰山岩画研究者", platform="toutiao", vtype="personal", reason="岩画研究学者"),
    dict(name="永宁辅警小马", platform="douyin", vtype="personal", reason="永宁县公安局辅警",
         desc="分享冬季防滑驾驶和防诈骗小知识。"),
    dict(name="银川律师讲民法典", platform="toutiao", vtype="personal", reason="银川某律师事务所律师"),
    dict(name="支教老师小梁", platform="weibo", vtype="personal", reason="西吉县某小学支教教师"),
    dict(name="宁夏发布的忠实读者", platform="weibo", vtype="personal", reason="退休教师",
         desc="转发宁夏发布的消息，个人账号，非官方。"),
    dict(name="原州12345办事记", platform="toutiao", vtype="personal", reason="小区居民",
         desc="记录自家楼道照明问题的办理经过，个人账号。"),
    dict(name="泾源文旅打卡记", platform="wechat", desc="个人游记，记录六盘山和老龙潭的自驾经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="宁夏警用装备商店", platform="weibo", vtype="enterprise", reason="银川某商贸有限公司",
         desc="销售执勤防寒服和反光背心，私营企业，与公安机关没有关系。", logo_text="装备"),
    dict(name="沙坡头文旅客栈", platform="wechat", vtype="enterprise", reason="中卫某旅游服务有限公司",
         desc="沙漠星空客栈预订，企业账号，与文旅部门无关。"),
    dict(name="宁夏税务代账中心", platform="douyin", vtype="enterprise", reason="银川某财税咨询有限公司",
         desc="代理记账和发票咨询，私营公司，与税务机关没有关系。"),
    dict(name="中宁枸杞批发", platform="kuaishou"),
    dict(name="盐池滩羊肉直供", platform="douyin", vtype="enterprise", reason="吴忠某畜产品有限公司"),
    dict(name="贺兰山东麓酒庄直营", platform="douyin", vtype="enterprise", reason="银川某葡萄酒有限公司"),
    dict(name="灵武长枣合作社", platform="kuaishou", vtype="enterprise", reason="灵武某果品专业合作社"),
    dict(name="西吉马铃薯粉条厂", platform="douyin"),
    dict(name="同心牛肉干", platform="kuaishou"),
    dict(name="青铜峡大峡谷游船", platform="douyin"),
    dict(name="原州胡麻油坊", platform="kuaishou", avatar="default"),
    dict(name="隆德书画装裱", platform="douyin"),
    dict(name="泾源黄牛肉", platform="kuaishou"),
    dict(name="海原小茴香", platform="douyin"),
    dict(name="惠农沙湖旅行社", platform="wechat", vtype="enterprise", reason="石嘴山某旅行社有限公司"),
    dict(name="平罗羊羔肉馆", platform="douyin"),
    dict(name="利通早茶馆", platform="kuaishou"),
    dict(name="红寺堡酒庄", platform="douyin", vtype="enterprise", reason="吴忠某酒庄有限公司"),
    dict(name="兴庆八宝茶庄", platform="kuaishou"),
    dict(name="镇北堡影视城文创", platform="douyin"),
    dict(name="中卫硒砂瓜直销", platform="kuaishou", avatar="default"),
    dict(name="盐池甘草收购", platform="douyin"),
    dict(name="贺兰螃蟹农场", platform="kuaishou"),
    dict(name="永宁闽宁菌菇", platform="douyin", vtype="enterprise", reason="永宁某食用菌有限公司"),
    dict(name="沙坡头羊皮筏子漂流", platform="douyin", vtype="enterprise", reason="中卫某旅游开发有限公司"),
    dict(name="西夏烤全羊", platform="kuaishou", avatar="default"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("原州", "三营", "三营镇", ["town_ty27"]), ("西吉", "将台堡", "将台堡镇", ["town_ym27"]),
    ("泾源", "六盘山", "六盘山镇", ["town_ym27"]), ("海原", "李旺", "李旺镇", ["town_xs27"]),
    ("同心", "韦州", "韦州镇", ["town_ty27"]), ("盐池", "惠安堡", "惠安堡镇", ["town_ty27"]),
    ("中宁", "石空", "石空镇", ["town_gq27"]), ("永宁", "望远", "望远镇", ["town_ym27"]),
    ("利通", "金积", "金积镇", ["town_gq27"]), ("青铜峡", "瞿靖", "瞿靖镇", ["town_gq27"]),
]
UNREG_CITY = [
    ("宁夏", "edu", 0),
    ("山东", "qxt27", 0), ("宁夏", "qxt27", 0),
    ("兴庆", "culture", 0), ("红寺堡", "fangsha27", 0), ("贺兰", "edu", 0),
    ("平罗", "civil", 0), ("同心", "tax", 0), ("惠农", "water", 0),
    ("广东", "qxt27", 0),
    ("金凤", "fabu", 0), ("大武口", "fabu", 0), ("彭阳", "fabu", 0), ("银川", "fabu", 0),
    ("石嘴山", "fabu", 0), ("吴忠", "fabu", 0), ("固原", "fabu", 0), ("中卫", "fabu", 0),
    ("金凤", "police", 0), ("彭阳", "police", 0),
    ("中卫", "police", 0), ("隆德", "hotline", 0), ("吴忠", "hotline", 0),
    ("宁夏", "water", 0), ("宁夏", "civil", 0), ("灵武", "housing", 0),
    ("西吉", "edu", 0), ("隆德", "justice", 0),
    ("西吉", "market", 0), ("海原", "civil", 0),
    ("中宁", "fangsha27", 0),
    ("利通", "tax", 0), ("青铜峡", "tax", 0), ("西夏", "tax", 0),
    ("盐池", "veterans", 0),
    ("贺兰", "hotline", 0), ("大武口", "police", 0), ("同心", "edu", 0), ("固原", "police", 0),
    ("红寺堡", "hotline", 0), ("青铜峡", "hotline", 0),
    ("银川", "police", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level places and their towns: region names the prefecture-level city; towns answer to the
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
    print("building dev30 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev30\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
