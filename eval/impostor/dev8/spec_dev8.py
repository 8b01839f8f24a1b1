"""Eighth dev part (dev8): built blind as a tuning part (2026-12-02).
Run: python eval/impostor/dev8/spec_dev8.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev7/ and heldout/; the few unavoidable reuses are listed in README.intro.md.  Most units
belong to a province that no other part registers (its provincial bodies, county-level cities and counties across
the province and a few towns), plus a few unused counties of Shandong and Guangdong and one new provincial body of
each.  The registry is therefore the supervising office's registry for three provinces.  Part-specific machinery
(new department and township unit kinds, level forms, traditional-form modes, digit forms, frame, colour and
screenshot edits, the registry's region fix for county-level units and their towns) lives in this file, not in
gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
import opencc  # noqa: E402
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

PART = "dev8"
SEED = 48611
CRAWL_DAY = "2025-01-14"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    # key: (province-level unit, city-level unit, name formats, motif, usual template, topic)
    "haishi9": ("中华人民共和国{F}海事局", "中华人民共和国{F}海事局", ["{S}海事"], "waves", None,
                "发布通航安全警示、船舶船员管理和海上搜救信息"),
    "sasac9": ("{F}人民政府国有资产监督管理委员会", "{F}人民政府国有资产监督管理委员会", ["{S}国资", "国资{S}"], "gate",
               None, "发布国资国企改革动态、国有企业监管和国企招聘信息"),
    "fao9": ("{F}人民政府外事办公室", "{F}人民政府外事办公室", ["{S}外事", "{S}外办"], "globe", None,
             "发布外事动态、领事认证和因公出国（境）服务信息"),
}
_NEW_TOWN = {
    "wmsj9": ("{F}{DF}新时代文明实践所", ["{DS}文明实践", "{DF}新时代文明实践所"], "star", None,
              "发布镇村志愿服务、移风易俗和文明实践活动信息"),
    "lyz9": ("{F}林业局{DF}林业站", ["{DS}林业站", "{DF}林业站"], "leaf", None,
             "发布森林防火、林木采伐审批和林业技术服务信息"),
    "czs9": ("{F}财政局{DF}财政所", ["{DS}财政所", "{DF}财政所"], "coin", None,
             "发布惠民惠农补贴发放、村级财务和镇级财政信息公开"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"haishi9": "海事", "sasac9": "国资", "fao9": "外事", "wmsj9": "文明实践", "lyz9": "林业站",
               "czs9": "财政所"}.items():
    G.FN.setdefault(_k, _v)

# county-level cities and counties are built as "city" places; their prefecture is kept here
PARENT = {"福清": ("福州", "福州市"), "闽侯": ("福州", "福州市"), "闽清": ("福州", "福州市"), "罗源": ("福州", "福州市"),
          "永安": ("三明", "三明市"), "明溪": ("三明", "三明市"), "宁化": ("三明", "三明市"), "大田": ("三明", "三明市"),
          "尤溪": ("三明", "三明市"), "泰宁": ("三明", "三明市"), "建宁": ("三明", "三明市"), "将乐": ("三明", "三明市"),
          "清流": ("三明", "三明市"),
          "石狮": ("泉州", "泉州市"), "南安": ("泉州", "泉州市"), "安溪": ("泉州", "泉州市"), "永春": ("泉州", "泉州市"),
          "德化": ("泉州", "泉州市"),
          "漳浦": ("漳州", "漳州市"), "诏安": ("漳州", "漳州市"), "东山": ("漳州", "漳州市"), "平和": ("漳州", "漳州市"),
          "云霄": ("漳州", "漳州市"), "华安": ("漳州", "漳州市"),
          "邵武": ("南平", "南平市"), "武夷山": ("南平", "南平市"), "建瓯": ("南平", "南平市"), "松溪": ("南平", "南平市"),
          "政和": ("南平", "南平市"), "光泽": ("南平", "南平市"), "顺昌": ("南平", "南平市"),
          "长汀": ("龙岩", "龙岩市"), "上杭": ("龙岩", "龙岩市"), "武平": ("龙岩", "龙岩市"), "漳平": ("龙岩", "龙岩市"),
          "福安": ("宁德", "宁德市"), "福鼎": ("宁德", "宁德市"), "霞浦": ("宁德", "宁德市"), "屏南": ("宁德", "宁德市"),
          "古田": ("宁德", "宁德市"), "柘荣": ("宁德", "宁德市"), "周宁": ("宁德", "宁德市"), "寿宁": ("宁德", "宁德市"),
          "商河": ("济南", "济南市"), "利津": ("东营", "东营市"), "鱼台": ("济宁", "济宁市"), "宁阳": ("泰安", "泰安市"),
          "连平": ("河源", "河源市"), "东源": ("河源", "河源市")}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3t = ["weibo", "wechat", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
_FJ = "福建省"
PROVINCES = [
    dict(S="福建", F="福建省", area="0591", landmark="mountain", nick="清新福建",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("health", {"platforms": _3, "name_idx": 1}),
                ("tax", {"platforms": _3t}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou"]}),
                ("hotline", {"platforms": _3}),
                ("medins", {"platforms": _2}),
                ("haishi9", {"platforms": _3})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="泰山之东",
         depts=[("sasac9", {"platforms": _2})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="南海之滨",
         depts=[("fao9", {"platforms": _3t})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province=_FJ):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


CITIES = [
    # ---- county-level cities and counties of the province (their prefectures are not registered here)
    _c("福清", "福清市", "0591", "pier", "玉融", [("fabu", {"platforms": _4}), "police", ("hotline", {"platforms": _3})],
       [dict(DS="龙田", DF="龙田镇", depts=["wmsj9"])]),
    _c("闽侯", "闽侯县", "0591", "mountain", "昙石山", ["fabu", "police"]),
    _c("闽清", "闽清县", "0591", "waves", "梅溪", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("罗源", "罗源县", "0591", "pier", "罗源湾", ["fabu"]),
    _c("永安", "永安市", "0598", "mountain", "燕城", ["fabu", "police", ("hotline", {"platforms": _2})]),
    _c("明溪", "明溪县", "0598", "sun", "观鸟胜地", ["fabu"]),
    _c("宁化", "宁化县", "0598", "pagoda", "客家祖地", ["fabu"]),
    _c("大田", "大田县", "0598", "mountain", "高山茶乡", ["fabu"]),
    _c("尤溪", "尤溪县", "0598", "pagoda", "朱子故里", [("fabu", {"platforms": _3}), ("police", {"platforms": _2}),
                                                        ("culture", {"platforms": _2})]),
    _c("泰宁", "泰宁县", "0598", "waves", "大金湖",
       ["fabu", ("culture", {"avatar": "distinctive", "platforms": _4})]),
    _c("石狮", "石狮市", "0595", "skyline", "狮城",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3, "names": {"douyin": "平安{S}"}}),
        ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}})]),
    _c("南安", "南安市", "0595", "skyline", "丰州古城",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("market", {"platforms": _2})]),
    _c("安溪", "安溪县", "0595", "mountain", "铁观音", [("fabu", {"platforms": _3}), "police"],
       [dict(DS="湖头", DF="湖头镇", depts=["wmsj9"])]),
    _c("永春", "永春县", "0595", "sun", "桃城", ["fabu"]),
    _c("德化", "德化县", "0595", "pagoda", "瓷都",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}),
        ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou"]})]),
    _c("漳浦", "漳浦县", "0596", "waves", "绥安", ["fabu", "police"]),
    _c("诏安", "诏安县", "0596", "sun", "南诏", ["fabu"]),
    _c("东山", "东山县", "0596", "lighthouse", "风动石", ["fabu", "police"]),
    _c("平和", "平和县", "0596", "sun", "琯溪", ["fabu", "police"]),
    _c("邵武", "邵武市", "0599", "tower", "铁城", ["fabu", ("police", {"platforms": _3})]),
    _c("武夷山", "武夷山市", "0599", "mountain", "碧水丹山",
       [("fabu", {"platforms": _4}), "police", ("culture", {"avatar": "distinctive",
                                       "platforms": ["weibo", "wechat", "douyin", "kuaishou", "bilibili"]})],
       [dict(DS="星村", DF="星村镇", depts=["lyz9"])]),
    _c("建瓯", "建瓯市", "0599", "bridge", "芝城", ["fabu"]),
    _c("长汀", "长汀县", "0597", "pagoda", "汀州", [("fabu", {"platforms": _3}), "police"]),
    _c("上杭", "上杭县", "0597", "waves", "汀江", [("fabu", {"platforms": _3t}), "police"]),
    _c("福安", "福安市", "0593", "bridge", "坦洋", ["fabu", "police"]),
    _c("福鼎", "福鼎市", "0593", "mountain", "太姥山",
       [("fabu", {"platforms": _3}), "police", ("hotline", {"platforms": _3}), ("culture", {"platforms": _3})],
       [dict(DS="点头", DF="点头镇", depts=["czs9"])]),
    _c("霞浦", "霞浦县", "0593", "waves", "霞浦光影", ["fabu"]),
    _c("屏南", "屏南县", "0593", "bridge", "白水洋",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("culture", {"platforms": _3})]),
    _c("古田", "古田县", "0593", "waves", "翠屏湖", ["fabu", "police"]),
    # ---- unused counties of Shandong and Guangdong
    _c("商河", "商河县", "0531", "waves", "鼓子秧歌", ["fabu"], province="山东省"),
    _c("利津", "利津县", "0546", "waves", "凤凰城", ["fabu", "police"], province="山东省"),
    _c("鱼台", "鱼台县", "0537", "waves", "孝贤故里", ["fabu"], province="山东省"),
    _c("连平", "连平县", "0762", "mountain", "鹰嘴蜜桃", ["fabu"], province="广东省"),
    _c("东源", "东源县", "0762", "waves", "客家古邑", ["fabu"], province="广东省"),
    # ---- places that only have unregistered units here
    _c("建宁", "建宁县", "0598", "sun", "闽江源", []),
    _c("将乐", "将乐县", "0598", "mountain", "龙栖山", []),
    _c("清流", "清流县", "0598", "waves", "九龙湖", []),
    _c("云霄", "云霄县", "0596", "mountain", "将军山", []),
    _c("华安", "华安县", "0596", "pagoda", "土楼玉石", []),
    _c("松溪", "松溪县", "0599", "bridge", "湛卢", []),
    _c("政和", "政和县", "0599", "mountain", "白茶故里", []),
    _c("光泽", "光泽县", "0599", "waves", "乌君山", []),
    _c("顺昌", "顺昌县", "0599", "pagoda", "齐天大圣", []),
    _c("武平", "武平县", "0597", "mountain", "梁野山", []),
    _c("漳平", "漳平市", "0597", "sun", "水仙茶", []),
    _c("柘荣", "柘荣县", "0593", "mountain", "太子参", []),
    _c("周宁", "周宁县", "0593", "waves", "鲤鱼溪", []),
    _c("寿宁", "寿宁县", "0593", "bridge", "北路戏", []),
    _c("宁阳", "宁阳县", "0538", "sun", "大汶河畔", [], province="山东省"),
]

RENAME_SHARE = 0.066


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    opts = []
    if u["dept"] == "police" and name == S + "公安":
        opts.append(S + "警声")
    if u["dept"] == "fabu" and name == S + "发布" and pl["F"] != pl["S"]:
        opts.append(pl["F"] + "发布")
    if u["dept"] == "hotline" and name == S + "12345":
        opts.append(S + "12345便企通")
    if u["dept"] == "culture" and name == S + "文旅":
        opts.append(S + "文体旅")
    if u["dept"] == "tax" and name == S + "税务":
        opts.append(S + "税宣")
    if u["dept"] == "haishi9":
        opts.append(S + "海事局")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary
SUFFIXES = ["预约通道", "退费窗", "资金发放", "工作群", "留言板", "线上大厅", "惠农", "专窗", "粉丝团", "3号", "受理专席",
            "问政"]
PREFIXES = ["阳光", "最美", "好办", "百姓", "乐享", "诚信", "老乡", "指定", "福建老表"]
LOOKALIKE = {
    # place characters (one stroke or one component away, variant forms)
    "福": ["幅"], "建": ["延"], "清": ["淸"], "侯": ["候"], "闽": ["闵"], "罗": ["罖"], "源": ["原"], "永": ["水"],
    "明": ["朋"], "溪": ["渓"], "宁": ["丁"], "化": ["亿"], "田": ["申"], "尤": ["尢"], "泰": ["奏"], "石": ["古"],
    "狮": ["浉"], "南": ["商"], "春": ["秦"], "漳": ["璋"], "浦": ["溥"], "诏": ["沼"], "山": ["屲"], "平": ["半"],
    "和": ["咊"], "邵": ["劭"], "武": ["贰"], "夷": ["夹"], "瓯": ["殴"], "汀": ["汁"], "杭": ["抗"], "霞": ["葭"],
    "古": ["舌"], "屏": ["屛"], "鼎": ["鼐"], "商": ["啇"], "河": ["呵"], "鱼": ["龟"], "连": ["迕"], "湖": ["潮"],
    "头": ["斗"], "星": ["昇"], "村": ["树"], "点": ["占"],
    # function characters
    "布": ["右"], "公": ["伀"], "安": ["字"], "务": ["劳"], "税": ["兑"], "健": ["侓"], "卫": ["丑"], "文": ["支"],
    "旅": ["旌"], "医": ["匡"], "保": ["呆"], "海": ["每"], "事": ["聿"], "政": ["敢"], "场": ["伤"], "监": ["篮"],
    "国": ["囯"], "资": ["赀"], "外": ["夘"], "康": ["庚"], "委": ["秀"], "实": ["买"], "践": ["钱"], "林": ["材"],
    "业": ["北"], "站": ["粘"], "财": ["则"], "所": ["听"],
}
SAME_SOUND = {
    "福": ["蝠"], "建": ["键"], "清": ["氢"], "闽": ["岷"], "侯": ["猴"], "罗": ["骡"], "源": ["猿"], "永": ["泳"],
    "安": ["垵"], "明": ["茗"], "溪": ["曦"], "宁": ["甯"], "化": ["骅"], "田": ["恬"], "尤": ["犹"], "泰": ["酞"],
    "石": ["识"], "狮": ["诗"], "南": ["蝻"], "春": ["椿"], "德": ["锝"], "漳": ["彰"], "浦": ["谱"], "诏": ["兆"],
    "东": ["氡"], "山": ["姗"], "平": ["鲆"], "和": ["禾"], "邵": ["哨"], "武": ["捂"], "夷": ["贻"], "瓯": ["鸥"],
    "汀": ["厅"], "上": ["晌"], "杭": ["航"], "霞": ["匣"], "古": ["股"], "屏": ["萍"], "鼎": ["丁"], "利": ["丽"],
    "津": ["巾"], "商": ["墒"], "河": ["核"], "鱼": ["渔"], "台": ["邰"], "连": ["廉"], "湖": ["蝴"], "头": ["骰"],
    "星": ["猩"], "点": ["碘"], "龙": ["隆"],
    # function characters
    "发": ["珐"], "布": ["钚"], "公": ["蚣"], "务": ["骛"], "健": ["间"], "卫": ["畏"], "生": ["甥"],
    "文": ["紊"], "旅": ["褛"], "医": ["壹"], "保": ["饱"], "海": ["害"], "事": ["侍"], "政": ["挣"], "警": ["刭"],
    "察": ["碴"], "市": ["拭"], "场": ["怅"], "监": ["艰"], "管": ["掼"], "国": ["锅"], "资": ["咨"], "外": ["崴"],
    "康": ["糠"], "委": ["逶"], "实": ["蚀"], "践": ["溅"], "林": ["琳"], "业": ["邺"], "站": ["绽"], "财": ["裁"],
    "所": ["唢"],
}
TRAD_MODES = ["hk", "hk", "inner"]
SPACES = ["\u303f", "\U0001d159"]
DOUBLE_SPACE_P = 0.18
ZERO_WIDTH = ["\ufe04", "\ufe0a", "\U000e0109", "\U000e0120", "\U000e0046", "\U000e0039", "\ufe06", "\U000e0150",
              "\U00013430", "\U0001d17a"]
EMOJI = ["🍵", "🪭", "📮", "🎗", "🪪", "🧾", "🌄", "🎏", "🛳", "🧡"]
BRACKETS = [("﹃", "﹄"), ("︵", "︶"), ("︷", "︸"), ("︹", "︺"), ("︽", "︾"), ("﹇", "﹈"), ("⦓", "⦔"), ("⦕", "⦖"),
            ("⧚", "⧛"), ("⸤", "⸥")]
FULLWIDTH_MODES = ["ring_above", "dot_above", "tilde_above", "macron_below", "slash_overlay"]
LEVEL_FORMS = ["gov_office", "county_office", "sub_unit"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民连线", "{nick}平安守望", "{S}反诈宣传员"],
    "fabu": ["{S}第一眼", "{nick}全知道", "{S}新闻早知道"],
    "hotline": ["{S}有事您说", "{nick}一呼百应"],
    "market": ["{S}消费避坑", "{nick}买得安心"],
    "tax": ["{S}退税小帮手", "{nick}税企连心"],
    "health": ["{S}疫苗接种预约", "{nick}健康守门人"],
    "culture": ["{nick}慢游指南", "{S}旅游攻略大全", "{nick}山水行"],
    "medins": ["{S}医疗报销查询", "{nick}看病不愁"],
    "haishi9": ["{S}航行通告", "{nick}船员之家"],
    "sasac9": ["{S}国企招聘信息", "{nick}国企动态"],
    "fao9": ["{S}签证办理", "{nick}侨务服务"],
    "wmsj9": ["{S}志愿者之家"],
    "lyz9": ["{S}防火瞭望"],
    "czs9": ["{S}补贴查询"],
    "generic": ["{S}民生汇", "{nick}乡音", "{S}跑腿办"],
}


# ---- digit forms (the registered digit names are 12345 and 12315)
def _digit_map(f):
    return lambda s: "".join(f(c) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "ring_above": _digit_map(lambda c: c + "\u030a"),
    "dot_above": _digit_map(lambda c: c + "\u0307"),
    "tilde_above": _digit_map(lambda c: c + "\u0303"),
    "macron_below": _digit_map(lambda c: c + "\u0331"),
    "slash_overlay": _digit_map(lambda c: c + "\u0338"),
}


# ---- level forms
def _lf_gov_office(u, acc):
    """The government office at the same level that runs 发布 and 12345 accounts: the place's full name plus 政府办
    (发布) or 行政服务中心 (12345 hotlines)."""
    pl = u["place"]
    if u["level"] == "district":
        return []
    if u["dept"] == "fabu":
        return [pl["F"] + "政府办"]
    if u["dept"] == "hotline":
        return [pl["F"] + "行政服务中心"]
    return []


_COUNTY_OFFICE = {"wmsj9": "新时代文明实践中心", "lyz9": "林业局", "czs9": "财政局"}


def _lf_county_office(u, acc):
    """A town's account written as the county-level body above it (文明实践所 -> the county's 文明实践中心, 林业站 ->
    the county's 林业局, 财政所 -> the county's 财政局), with the county's full name."""
    if u["level"] != "district" or u["dept"] not in _COUNTY_OFFICE:
        return []
    return [u["place"]["F"] + _COUNTY_OFFICE[u["dept"]]]


_SUB = {"police": "公安巡特警", "market": "市场监管执法大队", "tax": "第一税务所", "hotline": "12345分中心",
        "culture": "文化馆", "health": "疾控中心", "medins": "医保服务站", "haishi9": "海事处"}


def _lf_sub_unit(u, acc):
    """A lower body of the same department written with the place: a patrol brigade, a station, a sub-centre, a
    county-level office of a provincial body."""
    pl = u["place"]
    if u["level"] == "district" or u["dept"] not in _SUB:
        return []
    return [pl["S"] + _SUB[u["dept"]]]


LEVEL_FORM_FUNCS = {"gov_office": _lf_gov_office, "county_office": _lf_county_office, "sub_unit": _lf_sub_unit}

# ---- traditional-form modes
_S2HK = opencc.OpenCC("s2hk")


def _hk_idx(s):
    return [i for i, c in enumerate(s) if _S2HK.convert(c) != c]


def _t_hk(s, u, r):
    """The whole name through the Hong Kong standard converter, character by character (lengths stay equal)."""
    out = "".join(_S2HK.convert(c) if len(_S2HK.convert(c)) == 1 else c for c in s)
    return out if out != s else None


def _t_inner(s, u, r):
    """All convertible characters except the first and the last (only when there are at least three)."""
    idx = [i for i, c in enumerate(s) if G.S2T.convert(c) != c]
    if len(idx) < 3:
        return None
    out = list(s)
    for i in idx[1:-1]:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


TRAD_FUNCS = {"hk": _t_hk, "inner": _t_inner}


# ---- image edits
def _pastel(img, rng):
    k = rng.uniform(0.42, 0.5)
    a = np.array(img, float)
    a = a * (1 - k) + 255 * k
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"pastel wash {k:.2f}"


def _color_splash(img, rng):
    """Keep the most saturated pixels in colour, everything else gray."""
    hsv = np.array(img.convert("HSV"), float)
    gray = np.array(ImageOps.grayscale(img).convert("RGB"), float)
    col = np.array(img, float)
    thr = rng.uniform(150, 175)
    m = (hsv[..., 1] >= thr)[..., None]
    return Image.fromarray(np.where(m, col, gray).astype(np.uint8)), f"colour splash s>={thr:.0f}"


def _bleach(img, rng):
    s = rng.uniform(0.3, 0.4)
    c = rng.uniform(1.35, 1.5)
    out = ImageEnhance.Contrast(ImageEnhance.Color(img).enhance(s)).enhance(c)
    return out, f"bleach bypass sat {s:.2f} contrast {c:.2f}"


def _hue_far(img, rng):
    hsv = np.array(img.convert("HSV"), dtype=np.int16)
    shift = rng.randint(*EDIT_PARAMS["hue_shift"])
    hsv[..., 0] = (hsv[..., 0] + shift) % 256
    return Image.fromarray(hsv.astype(np.uint8), "HSV").convert("RGB"), f"hue +{shift}/256"


def _octagon(img, rng, P):
    w = img.size[0]
    pad = max(3, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    bg = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), bg)
    out.paste(img, (pad, pad))
    mask = Image.new("L", (W, W), 0)
    c = 0.29 * W
    ImageDraw.Draw(mask).polygon([(c, 0), (W - c, 0), (W, c), (W, W - c), (W - c, W), (c, W), (0, W - c), (0, c)],
                                 fill=255)
    final = Image.new("RGB", (W, W), (255, 255, 255))
    final.paste(out, (0, 0), mask)
    return final, "border octagon"


def _tape(img, rng, P):
    w = img.size[0]
    pad = max(3, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), (246, 244, 238))
    out.paste(img, (pad, pad))
    layer = Image.new("RGBA", (W, W), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = rng.choice(P["border_colours"])
    L, T = int(0.34 * W), int(0.09 * W)
    for cx, cy, ang in [(int(0.12 * W), int(0.12 * W), 45), (W - int(0.12 * W), W - int(0.12 * W), 45)]:
        strip = Image.new("RGBA", (L, T), col + (170,))
        strip = strip.rotate(ang, expand=True)
        layer.paste(strip, (cx - strip.size[0] // 2, cy - strip.size[1] // 2), strip)
    out = Image.alpha_composite(out.convert("RGBA"), layer).convert("RGB")
    return out, "border tape corners"


def _checker(img, rng, P):
    w = img.size[0]
    pad = max(4, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    c1 = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), (255, 255, 255))
    d = ImageDraw.Draw(out)
    step = max(3, pad // 2)
    for y in range(0, W, step):
        for x in range(0, W, step):
            if (x // step + y // step) % 2 == 0:
                d.rectangle([x, y, x + step - 1, y + step - 1], fill=c1)
    out.paste(img, (pad, pad))
    return out, "border checker"


def _shot_qr_poster(img, rng, P, out_px):
    """A 'scan to follow' poster: a QR-like block pattern with the avatar pasted in its centre."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    g = np.random.default_rng(rng.randint(0, 2 ** 31))
    n = 25
    cell = S * 0.8 / n
    x0 = y0 = S * 0.1
    bits = g.random((n, n)) < 0.5
    for i in range(n):
        for j in range(n):
            if bits[i, j]:
                d.rectangle([x0 + j * cell, y0 + i * cell, x0 + (j + 1) * cell - 1, y0 + (i + 1) * cell - 1],
                            fill=(20, 20, 20))
    for (fx, fy) in [(0, 0), (n - 7, 0), (0, n - 7)]:
        d.rectangle([x0 + fx * cell, y0 + fy * cell, x0 + (fx + 7) * cell, y0 + (fy + 7) * cell], fill=(20, 20, 20))
        d.rectangle([x0 + (fx + 1) * cell, y0 + (fy + 1) * cell, x0 + (fx + 6) * cell, y0 + (fy + 6) * cell],
                    fill=(255, 255, 255))
        d.rectangle([x0 + (fx + 2) * cell, y0 + (fy + 2) * cell, x0 + (fx + 5) * cell, y0 + (fy + 5) * cell],
                    fill=(20, 20, 20))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    c = (S - a) // 2
    d.rectangle([c - 4, c - 4, c + a + 3, c + a + 3], fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (c, c))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot qr-poster scale {a / S:.2f}"


def _shot_map_pin(img, rng, P, out_px):
    """A map screenshot: streets on a pale ground and a location pin carrying the round avatar."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (236, 232, 222))
    d = ImageDraw.Draw(canvas)
    for k in range(6):
        y = int(S * rng.uniform(0.05, 0.95))
        d.line([0, y, S, y + int(S * rng.uniform(-0.2, 0.2))], fill=(255, 255, 255), width=int(0.025 * S))
        x = int(S * rng.uniform(0.05, 0.95))
        d.line([x, 0, x + int(S * rng.uniform(-0.2, 0.2)), S], fill=(250, 215, 130), width=int(0.018 * S))
    d.rectangle([int(0.6 * S), int(0.1 * S), int(0.85 * S), int(0.3 * S)], fill=(190, 225, 190))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    cx, cy = int(S * rng.uniform(0.4, 0.6)), int(S * rng.uniform(0.35, 0.5))
    r = a // 2 + int(0.02 * S)
    d.polygon([(cx - r * 0.7, cy + r * 0.6), (cx + r * 0.7, cy + r * 0.6), (cx, cy + 2.1 * r)], fill=(225, 50, 50))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(225, 50, 50))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, a - 1, a - 1], fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (cx - a // 2, cy - a // 2), mask)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot map-pin scale {a / S:.2f}"


def _shot_mini_program(img, rng, P, out_px):
    """A shared mini-program card: small avatar and name bar at the top, a large grey preview area, a footer."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (237, 237, 237))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.06 * S), int(0.05 * S), int(0.94 * S), int(0.95 * S)], radius=int(0.03 * S),
                        fill=(255, 255, 255))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.1 * S), int(0.08 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    d.rectangle([x0 + a + int(0.03 * S), y0 + a // 3, x0 + a + int(0.4 * S), y0 + a // 3 + int(0.04 * S)],
                fill=(120, 120, 120))
    d.rectangle([int(0.1 * S), y0 + a + int(0.04 * S), int(0.9 * S), int(0.82 * S)],
                fill=tuple(rng.choice([(200, 215, 235), (220, 205, 190), (205, 225, 205)])))
    d.rectangle([int(0.1 * S), int(0.86 * S), int(0.35 * S), int(0.89 * S)], fill=(90, 110, 160))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.45))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot mini-program scale {a / S:.2f}"


EDIT_PARAMS = dict(recolour_funcs={"pastel": _pastel, "color_splash": _color_splash, "bleach": _bleach,
                                   "hue_far": _hue_far},
                   border_funcs={"octagon": _octagon, "tape": _tape, "checker": _checker},
                   screenshot_funcs={"qr_poster": _shot_qr_poster, "map_pin": _shot_map_pin,
                                     "mini_program": _shot_mini_program},
                   resize_px=[103, 109, 121, 129, 141, 159, 168, 181, 193], jpeg_q=(96, 98),
                   crop_frac=(0.0482, 0.0498),
                   border_styles=["octagon", "tape", "checker"],
                   border_colours=[(128, 0, 0), (0, 100, 0), (72, 61, 139), (233, 150, 122), (95, 158, 160),
                                   (218, 112, 214)],
                   border_frac=(0.181, 0.189), recolour_modes=["pastel", "color_splash", "bleach", "hue_far"],
                   hue_shift=(161, 169), rotate_deg=(17.1, 17.9),
                   watermark_texts=["实名核验", "在线退费", "领取津贴", "预约加急", "新号已启用"],
                   watermark_alpha=(5, 7),
                   screenshot_styles=["qr_poster", "map_pin", "mini_program"], screenshot_scale=(0.205, 0.245))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.1
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "scenery", "cartoon"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}闽通达商务咨询有限公司"), ("personal", "乡镇政策宣讲志愿者"),
                     ("other", "{S}同乡联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}指定受理点，农保退费、失业金代领，微信{wx}",
                  "【{S}{fn}提醒】您有一笔补贴待领取，逾期作废，请添加QQ{qq}登记",
                  "{name}唯一线上窗口，不动产登记、户口迁移加急，费用面议",
                  "{S}{fn}编外招聘内推，包过，详询{wx}",
                  "{S}{fn}海外亲属认证、侨汇办理，添加微信{wx}"]
MAX_PER_TARGET = 6

# Every pair of two tactics is already used by another part; all three-tactic combinations here are used by no
# other part.
IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 30), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 36),
]
COMBOS3 = [
    ["fullwidth", "same_sound", "prefix"], ["fullwidth", "reorder", "zero_width"],
    ["fullwidth", "level_prefix", "emoji_brackets"], ["fullwidth", "lookalike_char", "new_platform"],
    ["fullwidth", "suffix", "zero_width"], ["reorder", "lookalike_char", "suffix"],
    ["reorder", "same_sound", "zero_width"], ["reorder", "traditional", "emoji_brackets"],
    ["reorder", "prefix", "new_platform"], ["level_prefix", "lookalike_char", "zero_width"],
    ["level_prefix", "same_sound", "spacing"], ["level_prefix", "traditional", "new_platform"],
    ["level_prefix", "prefix", "spacing"], ["fullwidth", "lookalike_char", "same_sound"],
    ["lookalike_char", "traditional", "spacing"], ["same_sound", "traditional", "zero_width"],
    ["traditional", "suffix", "emoji_brackets"], ["prefix", "suffix", "new_platform"],
    ["suffix", "spacing", "zero_width"], ["emoji_brackets", "spacing", "new_platform"],
    ["same_sound", "spacing", "new_platform"], ["lookalike_char", "emoji_brackets", "zero_width"],
    ["prefix", "emoji_brackets", "spacing"], ["reorder", "level_prefix", "new_platform"],
    ["level_prefix", "traditional", "zero_width"], ["suffix", "emoji_brackets", "new_platform"],
]
IMPOSTOR_PLAN += [(c, 4) for c in COMBOS3]

# ------------------------------------------------------------------ hard negatives
_C = "county"
OTHER_PLACES_CHAR = [
    dict(reg="福清", S="福泉", F="福泉市", province="贵州省", level=_C),
    dict(reg="罗源", S="罗田", F="罗田县", province="湖北省", level=_C),
    dict(reg="永安", S="永和", F="永和县", province="山西省", level=_C),
    dict(reg="明溪", S="明水", F="明水县", province="黑龙江省", level=_C),
    dict(reg="泰宁", S="泰来", F="泰来县", province="黑龙江省", level=_C),
    dict(reg="石狮", S="石首", F="石首市", province="湖北省", level=_C),
    dict(reg="永春", S="永善", F="永善县", province="云南省", level=_C),
    dict(reg="漳浦", S="漳县", F="漳县", province="甘肃省", level=_C),
    dict(reg="诏安", S="瓮安", F="瓮安县", province="贵州省", level=_C),
    dict(reg="东山", S="东乡", F="东乡族自治县", province="甘肃省", level=_C),
    dict(reg="邵武", S="邵东", F="邵东市", province="湖南省", level=_C),
    dict(reg="上杭", S="上林", F="上林县", province="广西壮族自治区", level=_C),
    dict(reg="古田", S="古交", F="古交市", province="山西省", level=_C),
    dict(reg="屏南", S="屏山", F="屏山县", province="四川省", level=_C),
    dict(reg="建瓯", S="建始", F="建始县", province="湖北省", level=_C),
    dict(reg="商河", S="商水", F="商水县", province="河南省", level=_C),
    dict(reg="利津", S="利辛", F="利辛县", province="安徽省", level=_C),
    dict(reg="东源", S="东辽", F="东辽县", province="吉林省", level=_C),
    dict(reg="长汀", S="长顺", F="长顺县", province="贵州省", level=_C),
    dict(reg="南安", S="南康", F="赣州市南康区", province="江西省",
         units={"fabu": "赣州市南康区人民政府", "police": "赣州市公安局南康分局",
                "market": "赣州市南康区市场监督管理局"}),
    dict(reg="大田", S="大竹", F="大竹县", province="四川省", level=_C),
    dict(reg="德化", S="德江", F="德江县", province="贵州省", level=_C),
    dict(reg="宁化", S="宁乡", F="宁乡市", province="湖南省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="南安", S="南岸", F="重庆市南岸区", province="重庆市",
         units={"fabu": "重庆市南岸区人民政府", "police": "重庆市公安局南岸区分局",
                "market": "重庆市南岸区市场监督管理局"}),
    dict(reg="屏南", S="平南", F="平南县", province="广西壮族自治区", level=_C),
    dict(reg="闽清", S="民勤", F="民勤县", province="甘肃省", level=_C),
    dict(reg="德化", S="德惠", F="德惠市", province="吉林省", level=_C),
    dict(reg="尤溪", S="攸县", F="攸县", province="湖南省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("怒江", "怒江傈僳族自治州", "云南省", "police"), ("乐东", "乐东黎族自治县", "海南省", "fabu"),
    ("海北", "海北藏族自治州", "青海省", "police"), ("白沙", "白沙黎族自治县", "海南省", "police"),
    ("巴音郭楞", "巴音郭楞蒙古自治州", "新疆维吾尔自治区", "police"),
    ("克孜勒苏", "克孜勒苏柯尔克孜自治州", "新疆维吾尔自治区", "fabu"),
    ("五家渠", "五家渠市", "新疆维吾尔自治区", "police"), ("阿拉尔", "阿拉尔市", "新疆维吾尔自治区", "fabu"),
    ("图木舒克", "图木舒克市", "新疆维吾尔自治区", "procur"),
    ("綦江", "重庆市綦江区", "重庆市", "police"), ("昌江", "昌江黎族自治县", "海南省", "fabu"),
    ("璧山", "重庆市璧山区", "重庆市", "court"), ("铜梁", "重庆市铜梁区", "重庆市", "police"),
    ("密云", "北京市密云区", "北京市", "fabu"),
    ("澄迈", "澄迈县", "海南省", "fabu"), ("陵水", "陵水黎族自治县", "海南省", "police"),
    ("琼中", "琼中黎族苗族自治县", "海南省", "fabu"), ("临高", "临高县", "海南省", "police"),
    ("定安", "定安县", "海南省", "procur"),
    ("门头沟", "北京市门头沟区", "北京市", "fabu"), ("延庆", "北京市延庆区", "北京市", "police"),
    ("奉贤", "上海市奉贤区", "上海市", "police"), ("宝坻", "天津市宝坻区", "天津市", "fabu"),
    ("闵行", "上海市闵行区", "上海市", "police"), ("嘉定", "上海市嘉定区", "上海市", "fabu"),
    ("浏阳", "浏阳市", "湖南省", "police"), ("井冈山", "井冈山市", "江西省", "fabu"),
    ("静海", "天津市静海区", "天津市", "gov"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="福建日报", platform="weibo", vtype="media", reason="福建日报社官方微博", desc="福建省委机关报。",
         logo_text="闽报"),
    dict(name="东南网", platform="toutiao", vtype="media", reason="福建日报报业集团东南网官方账号", desc="福建新闻门户。",
         logo_text="东南"),
    dict(name="海峡都市报", platform="wechat", vtype="media", reason="海峡都市报社", desc="福建都市新闻。",
         logo_text="海都"),
    dict(name="东南卫视", platform="douyin", vtype="media", reason="福建广播影视集团东南卫视官方账号",
         desc="东南卫视新闻与节目。", logo_text="东南"),
    dict(name="海峡卫视", platform="bilibili", vtype="media", reason="福建广播影视集团海峡卫视官方账号",
         desc="两岸新闻资讯。", logo_text="海峡"),
    dict(name="东南早报", platform="weibo", vtype="media", reason="东南早报社官方微博", desc="闽南都市新闻。",
         logo_text="早报"),
    dict(name="福建新闻频道", platform="douyin", vtype="media", reason="福建广播影视集团新闻频道官方账号",
         desc="福建电视台新闻频道。", logo_text="新闻"),
    dict(name="福清侨乡报", platform="wechat", vtype="media", reason="福清市融媒体中心", desc="福清本地新闻。",
         logo_text="侨报"),
    dict(name="石狮日报", platform="weibo", vtype="media", reason="石狮市融媒体中心官方微博", desc="石狮新闻。"),
    dict(name="南安商报", platform="toutiao", vtype="media", reason="南安市融媒体中心官方账号", desc="南安新闻。"),
    dict(name="安溪报", platform="douyin", vtype="media", reason="安溪县融媒体中心官方账号", desc="安溪新闻。"),
    dict(name="今日德化", platform="wechat", vtype="media", reason="德化县融媒体中心", desc="德化新闻。"),
    dict(name="武夷山广电", platform="kuaishou", vtype="media", reason="武夷山市融媒体中心官方账号", desc="武夷山新闻。"),
    dict(name="建瓯新闻", platform="toutiao", vtype="media", reason="建瓯市融媒体中心官方账号", desc="建瓯新闻。"),
    dict(name="长汀融媒", platform="douyin", vtype="media", reason="长汀县融媒体中心官方账号", desc="长汀新闻。"),
    dict(name="福鼎新闻网", platform="wechat", vtype="media", reason="福鼎市融媒体中心", desc="福鼎新闻。"),
    dict(name="霞浦电视台", platform="kuaishou", vtype="media", reason="霞浦县融媒体中心官方账号", desc="霞浦新闻。"),
    dict(name="古田新闻", platform="weibo", vtype="media", reason="古田县融媒体中心官方微博", desc="古田新闻。"),
    dict(name="尤溪之窗", platform="toutiao", vtype="media", reason="尤溪县融媒体中心官方账号", desc="尤溪新闻。"),
    dict(name="利津融媒", platform="douyin", vtype="media", reason="利津县融媒体中心官方账号", desc="利津新闻。"),
    dict(name="连平新闻", platform="wechat", vtype="media", reason="连平县融媒体中心", desc="连平新闻。"),
    dict(name="石狮公安零距离", platform="douyin", vtype="media", reason="石狮市融媒体中心官方账号",
         desc="石狮融媒与市公安局合办的警务栏目。", logo_text="栏目"),
    dict(name="福建12345直通车", platform="weibo", vtype="media", reason="福建广播影视集团新闻广播官方微博",
         desc="福建新闻广播民生栏目，回访热线诉求办理。", logo_text="直通"),
    dict(name="德化文旅推荐官", platform="kuaishou", vtype="media", reason="德化县融媒体中心官方账号",
         desc="德化融媒文旅栏目，并非德化县文旅局账号。", logo_text="推荐"),
    dict(name="南安公安夜巡记", platform="toutiao", vtype="media", reason="南安市融媒体中心官方账号",
         desc="南安融媒跟拍民警夜巡的纪实栏目。", logo_text="夜巡"),
    dict(name="福建海事航运观察", platform="wechat", vtype="media", reason="海峡导报社",
         desc="航运新闻栏目，并非福建海事局账号。", logo_text="航运"),
]
PERSONAL = [
    dict(name="福清辅警小柯", platform="douyin", vtype="personal", reason="福清市公安局辅警", desc="分享防诈知识。"),
    dict(name="德化瓷艺人老苏", platform="kuaishou", vtype="personal", reason="陶瓷艺术从业者"),
    dict(name="律师阿雯说社保", platform="toutiao", vtype="personal", reason="福建某律师事务所律师"),
    dict(name="报税会计小黄", platform="weibo", vtype="personal", reason="财税从业者", desc="个人观点，仅供参考。"),
    dict(name="海员老林", platform="douyin", vtype="personal", reason="远洋船员", avatar="scenery"),
    dict(name="武夷岩茶阿松", platform="kuaishou", vtype="personal", reason="茶叶主播"),
    dict(name="霞浦赶海摄影", platform="bilibili", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="医保知识阿珍", platform="toutiao", vtype="personal", reason="医保政策从业者"),
    dict(name="安溪茶农阿水", platform="douyin", vtype="personal", reason="茶叶种植户"),
    dict(name="我爱福清", platform="douyin", avatar="scenery"),
    dict(name="泰宁大金湖小渔", platform="kuaishou", avatar="cartoon"),
    dict(name="东山岛阿伯", platform="douyin", avatar="default"),
    dict(name="长汀老街记忆", platform="toutiao", avatar="scenery"),
    dict(name="永春桃城妹", platform="kuaishou"),
    dict(name="石狮人在广州", platform="weibo", avatar="cartoon"),
    dict(name="南安水头哥", platform="douyin"),
    dict(name="屏南古村摄影", platform="weibo", avatar="scenery"),
    dict(name="福鼎白茶妹", platform="wechat", avatar="cartoon"),
    dict(name="漳浦渔家女", platform="douyin"),
    dict(name="邵武小伙阿斌", platform="kuaishou", avatar="default"),
    dict(name="商河秧歌队长", platform="douyin", avatar="cartoon"),
    dict(name="东源阿婆", platform="kuaishou", avatar="default"),
    dict(name="土楼姑娘小芸", platform="douyin", desc="平和、南靖土楼日常。", avatar="cartoon"),
    dict(name="永安公安的热心粉", platform="toutiao", vtype="personal", reason="社区志愿者",
         desc="转发永安公安的提醒，个人账号，非官方。"),
    dict(name="老吴评福建税务", platform="weibo", vtype="personal", reason="财经博主", desc="个人解读，非官方。"),
    dict(name="福鼎12345办事笔记", platform="wechat", desc="个人记录办事经历，与政府部门无关。"),
]
COMMERCIAL = [
    dict(name="人保财险石狮", platform="douyin", vtype="enterprise", reason="中国人民财产保险股份有限公司石狮支公司",
         desc="车险、财产险咨询。", logo_text="人保"),
    dict(name="安溪铁观音茶庄", platform="kuaishou", avatar="default"),
    dict(name="德化陶瓷直销", platform="douyin", vtype="enterprise", reason="德化县某陶瓷有限公司"),
    dict(name="石狮服装批发城", platform="toutiao", vtype="enterprise", reason="石狮市服装城商贸有限公司"),
    dict(name="福鼎白茶专营", platform="kuaishou"),
    dict(name="武夷岩茶旗舰店", platform="douyin", avatar="default"),
    dict(name="永春老醋坊", platform="toutiao", vtype="enterprise", reason="永春县老醋有限公司"),
    dict(name="平和琯溪蜜柚果园", platform="kuaishou"),
    dict(name="漳浦花卉基地", platform="weibo", vtype="enterprise", reason="漳浦县花卉种植有限公司"),
    dict(name="东山海鲜干货", platform="douyin", avatar="default"),
    dict(name="古田银耳批发", platform="wechat", vtype="enterprise", reason="古田县食用菌贸易有限公司"),
    dict(name="屏南古村民宿", platform="kuaishou"),
    dict(name="泰宁大金湖游船", platform="douyin", vtype="enterprise", reason="泰宁县旅游开发有限公司"),
    dict(name="南安水头石材", platform="kuaishou", avatar="default"),
    dict(name="建瓯笋竹加工", platform="wechat", vtype="enterprise", reason="建瓯市竹业有限公司"),
    dict(name="霞浦海带紫菜", platform="douyin"),
    dict(name="宁化客家米粉", platform="kuaishou", vtype="enterprise", reason="宁化县米粉食品有限公司"),
    dict(name="明溪肉脯店", platform="weibo", vtype="enterprise", reason="明溪县肉脯食品有限公司"),
    dict(name="大田高山茶园", platform="douyin", avatar="default"),
    dict(name="罗源湾鲍鱼", platform="kuaishou"),
    dict(name="利津水煎包老店", platform="douyin", vtype="enterprise", reason="利津县餐饮管理有限公司"),
    dict(name="连平鹰嘴桃合作社", platform="weibo", vtype="enterprise", reason="连平县果业专业合作社"),
    dict(name="鱼台龙虾养殖", platform="toutiao", vtype="enterprise", reason="鱼台县水产养殖有限公司"),
    dict(name="福清公安局对面照相馆", platform="kuaishou", desc="证件照、复印，与公安局无关。"),
    dict(name="福建海事船员培训学校", platform="wechat", vtype="enterprise", reason="福建某船员培训有限公司",
         desc="民办船员培训机构，非海事部门。"),
    dict(name="德化文旅酒店", platform="toutiao", vtype="enterprise", reason="德化县某酒店管理有限公司",
         desc="酒店企业账号，与文旅部门无关。"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("安溪", "感德", "感德镇", ["lyz9"]), ("安溪", "西坪", "西坪镇", ["wmsj9"]), ("武夷山", "五夫", "五夫镇", ["wmsj9"]),
    ("福鼎", "磻溪", "磻溪镇", ["lyz9"]), ("福清", "高山", "高山镇", ["czs9"]), ("石狮", "蚶江", "蚶江镇", ["czs9"]),
    ("南安", "水头", "水头镇", ["wmsj9"]), ("永春", "岵山", "岵山镇", ["lyz9"]), ("屏南", "双溪", "双溪镇", ["czs9"]),
    ("泰宁", "杉城", "杉城镇", ["lyz9"]), ("德化", "三班", "三班镇", ["wmsj9"]), ("福清", "龙田", "龙田镇", ["czs9"]),
    ("武夷山", "星村", "星村镇", ["wmsj9"]),
]
UNREG_CITY = [
    ("福建", "edu", 0), ("福建", "market", 0), ("福清", "tax", 0), ("罗源", "police", 0),
    ("闽清", "tax", 0), ("明溪", "police", 0), ("宁化", "police", 0), ("大田", "police", 0),
    ("泰宁", "police", 0), ("石狮", "tax", 0), ("南安", "culture", 0), ("安溪", "culture", 0),
    ("永春", "police", 0), ("德化", "tax", 0), ("漳浦", "culture", 0), ("诏安", "police", 0), ("东山", "culture", 0),
    ("邵武", "culture", 0), ("长汀", "culture", 0), ("霞浦", "police", 0), ("闽侯", "market", 0), ("上杭", "culture", 0),
    ("福安", "culture", 0), ("古田", "culture", 0),
    ("建宁", "fabu", 0), ("将乐", "fabu", 0), ("清流", "fabu", 0), ("云霄", "fabu", 0),
    ("华安", "fabu", 0), ("松溪", "fabu", 0), ("政和", "fabu", 0), ("光泽", "police", 0), ("顺昌", "fabu", 0),
    ("武平", "fabu", 0), ("漳平", "fabu", 0), ("柘荣", "fabu", 0), ("周宁", "fabu", 0), ("寿宁", "fabu", 0),
    ("商河", "police", 0), ("鱼台", "police", 0), ("宁阳", "fabu", 0), ("东源", "police", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level units and their towns: region names the prefecture; towns answer to the county government."""
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
    print("building dev8 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev8\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
