"""Tenth dev part (dev10): built blind as a tuning part (2026-12-02), like dev4/ and dev8/.
Run: python eval/impostor/dev10/spec_dev10.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev9/ and heldout/; the unavoidable reuses are listed in README.intro.md.  Most units
belong to a province that no other part registers (its provincial bodies, counties and county-level cities across
the province and three townships), plus a few unused counties of Shandong and one unused provincial body each of
Shandong and Guangdong.  The registry is therefore the supervising office's registry for three provinces.
Part-specific machinery (three mass-organisation and data unit kinds, three township unit kinds, level forms,
traditional-form modes, digit forms, frame, colour and screenshot edits, rename habits and the registry's region
fix for county-level units and their towns) lives in this file, not in gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageOps  # noqa: E402

PART = "dev10"
SEED = 83929
CRAWL_DAY = "2025-03-11"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "union11": ("{F}总工会", "{F}总工会", ["{S}工会", "{S}职工"], "hands", None,
                "发布工会工作动态、职工维权和普惠服务信息"),
    "redcross11": ("{F}红十字会", "{F}红十字会", ["{S}红十字", "{S}红十字会"], "cross", None,
                   "发布红十字会工作动态、应急救护培训和捐赠信息公开"),
    "data11": ("{F}数据资源管理局", "{F}数据资源管理局", ["数字{S}", "{S}数据资源"], "globe", None,
               "发布数字政府建设、政务数据共享和一网通办服务信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_hd11": ("{F}{DF}人民代表大会主席团", ["{DS}人大", "{DF}人大"], "gate", None,
                  "发布镇人大工作动态、代表联络站活动和民生实事票决信息"),
    "town_xf11": ("{F}{DF}专职消防队", ["{DS}消防", "{DS}专职消防队"], "flame", None,
                  "发布镇域消防安全提示、火灾隐患排查和救援动态"),
    "town_zx11": ("{F}{DF}中心学校", ["{DF}中心学校", "{DS}中心校"], "book", None,
                  "发布镇域中小学教育教学动态、招生入学和校园安全信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"union11": "工会", "redcross11": "红十字会", "data11": "数据资源", "town_hd11": "人大",
               "town_xf11": "消防", "town_zx11": "中心学校"}.items():
    G.FN.setdefault(_k, _v)

# county-level cities and counties are built as "city" places; their prefecture is kept here
PARENT = {"肥西": "合肥市", "庐江": "合肥市", "巢湖": "合肥市", "涡阳": "亳州市", "砀山": "宿州市",
          "灵璧": "宿州市", "怀远": "蚌埠市", "固镇": "蚌埠市", "临泉": "阜阳市", "太和": "阜阳市", "颍上": "阜阳市",
          "界首": "阜阳市", "阜南": "阜阳市", "凤台": "淮南市", "全椒": "滁州市", "定远": "滁州市", "凤阳": "滁州市",
          "天长": "滁州市", "来安": "滁州市", "明光": "滁州市", "舒城": "六安市", "霍邱": "六安市", "霍山": "六安市",
          "当涂": "马鞍山市", "和县": "马鞍山市", "含山": "马鞍山市", "无为": "芜湖市", "南陵": "芜湖市",
          "泾县": "宣城市", "绩溪": "宣城市", "宁国": "宣城市", "广德": "宣城市", "郎溪": "宣城市", "旌德": "宣城市",
          "岳西": "安庆市", "怀宁": "安庆市", "太湖": "安庆市", "望江": "安庆市", "潜山": "安庆市", "枞阳": "铜陵市",
          "黟县": "黄山市", "歙县": "黄山市", "休宁": "黄山市", "祁门": "黄山市", "东至": "池州市", "石台": "池州市",
          "青阳": "池州市",
          "昌乐": "潍坊市", "平原": "德州市", "高青": "淄博市"}

# county-level cities that were counties until their upgrade: the old county form is one of this part's level forms
FORMER_COUNTY = {"天长": "天长县", "宁国": "宁国县", "界首": "界首县", "无为": "无为县", "广德": "广德县",
                 "巢湖": "巢县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3t = ["weibo", "wechat", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="安徽", F="安徽省", area="0551", landmark="mountain", nick="江淮大地",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "kuaishou", "bilibili"]}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": _3t, "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": ["weibo", "wechat", "douyin"]}),
                ("medins", {"platforms": _3}),
                ("union11", {"name_idx": 0, "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("redcross11", {"name_idx": 0, "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("data11", {"name_idx": 0, "avatar": "distinctive", "platforms": _3t})]),
    dict(S="山东", F="山东省", area="0531", landmark="waves", nick="齐鲁水乡",
         depts=[("water", {"name_idx": 1, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="skyline", nick="南粤大地",
         depts=[("hotline", {"platforms": ["weibo", "wechat", "douyin"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="安徽省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_CUL = ("culture", {"avatar": "distinctive"})
CITIES = [
    # ---- counties and county-level cities of the new province
    _c("肥西", "肥西县", "0551", "waves", "三河古镇", ["fabu", "police"]),
    _c("庐江", "庐江县", "0551", "sun", "汤池温泉", ["fabu", "police"]),
    _c("巢湖", "巢湖市", "0551", "waves", "半汤", ["fabu", ("hotline", {"platforms": _3})]),
    _c("涡阳", "涡阳县", "0558", "pagoda", "老子故里", ["fabu", "police"]),
    _c("砀山", "砀山县", "0557", "sun", "梨都", ["fabu", _CUL]),
    _c("灵璧", "灵璧县", "0557", "mountain", "灵璧石", ["fabu"]),
    _c("怀远", "怀远县", "0552", "mountain", "涂山", ["fabu", "police"]),
    _c("固镇", "固镇县", "0552", "waves", "垓下", ["fabu"]),
    _c("临泉", "临泉县", "0558", "skyline", "泉河", ["fabu", "police", ("hotline", {"platforms": _3})]),
    _c("太和", "太和县", "0558", "bridge", "板面之乡", ["fabu", ("medins", {"platforms": _3})]),
    _c("颍上", "颍上县", "0558", "waves", "管仲故里", ["fabu", "police"]),
    _c("阜南", "阜南县", "0558", "waves", "王家坝", ["fabu"]),
    _c("界首", "界首市", "0558", "tower", "彩陶之乡", ["fabu", ("hotline", {"platforms": _4})]),
    _c("凤台", "凤台县", "0554", "waves", "淮河湾", ["fabu", "police"]),
    _c("全椒", "全椒县", "0550", "pagoda", "吴敬梓故里", ["fabu"]),
    _c("定远", "定远县", "0550", "mountain", "池河", ["fabu", "police"]),
    _c("凤阳", "凤阳县", "0550", "pagoda", "明中都", ["fabu", _CUL],
       districts=[dict(DS="小溪河", DF="小溪河镇", depts=["town_hd11"])]),
    _c("天长", "天长市", "0550", "skyline", "千秋之城", ["fabu", "police",
                                                      ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})],
       districts=[dict(DS="秦栏", DF="秦栏镇", depts=["town_xf11"])]),
    _c("舒城", "舒城县", "0564", "waves", "万佛湖", ["fabu", "police"]),
    _c("霍邱", "霍邱县", "0564", "waves", "城西湖", ["fabu"]),
    _c("当涂", "当涂县", "0555", "mountain", "青山太白", ["fabu", "police"]),
    _c("和县", "和县", "0555", "pagoda", "霸王祠", ["fabu"]),
    _c("无为", "无为市", "0553", "skyline", "羽绒之乡", ["fabu", "police", ("union11", {"name_idx": 1})]),
    _c("南陵", "南陵县", "0553", "sun", "大浦", ["fabu"]),
    _c("泾县", "泾县", "0563", "mountain", "宣纸之乡", ["fabu", _CUL]),
    _c("绩溪", "绩溪县", "0563", "pagoda", "徽厨之乡", ["fabu"]),
    _c("宁国", "宁国市", "0563", "mountain", "山核桃之乡", ["fabu", ("police", {"name_idx": 1}),
                                                       ("hotline", {"platforms": _3})]),
    _c("广德", "广德市", "0563", "mountain", "太极洞", ["fabu", "police"]),
    _c("岳西", "岳西县", "0556", "mountain", "天峡", ["fabu", _CUL],
       districts=[dict(DS="天堂", DF="天堂镇", depts=["town_zx11"])]),
    _c("怀宁", "怀宁县", "0556", "waves", "蓝莓之乡", ["fabu"]),
    _c("黟县", "黟县", "0559", "pagoda", "西递宏村", [("culture", {"avatar": "distinctive", "platforms": _4}), "fabu"]),
    _c("歙县", "歙县", "0559", "bridge", "渔梁坝", ["fabu"]),
    # ---- unused counties of Shandong
    _c("平原", "平原县", "0534", "sun", "恩城", ["fabu", "police"], province="山东省"),
    _c("昌乐", "昌乐县", "0536", "mountain", "蓝宝石之都", ["fabu"], province="山东省"),
    _c("高青", "高青县", "0533", "waves", "千乘湖", ["fabu"], province="山东省"),
    # ---- places that only have unregistered units here
    _c("来安", "来安县", "0550", "mountain", "白云山", []),
    _c("明光", "明光市", "0550", "waves", "女山湖", []),
    _c("霍山", "霍山县", "0564", "mountain", "黄芽茶乡", []),
    _c("含山", "含山县", "0555", "sun", "凌家滩", []),
    _c("郎溪", "郎溪县", "0563", "waves", "瑞草之乡", []),
    _c("旌德", "旌德县", "0563", "pagoda", "江村", []),
    _c("太湖", "太湖县", "0556", "waves", "花亭湖", []),
    _c("望江", "望江县", "0556", "waves", "挑花之乡", []),
    _c("潜山", "潜山市", "0556", "mountain", "天柱山", []),
    _c("枞阳", "枞阳县", "0562", "waves", "白荡湖", []),
    _c("休宁", "休宁县", "0559", "pagoda", "状元县", []),
    _c("祁门", "祁门县", "0559", "mountain", "祁红之乡", []),
    _c("东至", "东至县", "0566", "waves", "升金湖", []),
    _c("石台", "石台县", "0566", "mountain", "牯牛降", []),
    _c("青阳", "青阳县", "0566", "mountain", "九华山麓", []),
]

RENAME_SHARE = 0.068


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    opts = []
    if u["dept"] == "fabu" and name == S + "发布" and u["level"] == "city":
        opts.append("微" + S)
    if u["dept"] == "police" and name == S + "公安":
        opts.append(S + "警方")
    if u["dept"] == "hotline" and name == S + "12345":
        opts.append(S + "12345便民热线")
    if u["dept"] == "culture" and name == S + "文旅":
        opts.append("游" + S)
    if u["dept"] == "union11" and name == S + "工会":
        opts.append(S + "总工会")
    if u["dept"] == "redcross11" and name == S + "红十字":
        opts.append(S + "红会")
    return r.choice(opts) if opts else None

# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["补助查询", "登记处", "官博", "议事厅", "政策宝", "联络员", "资格审核", "发声", "回应", "志愿队",
            "工作号", "专班"]
PREFIXES = ["特许", "直属", "正式", "核查", "扩散！", "正牌", "备案", "GOV", "党政", "全网", "政府特许", "№1"]
# one stroke or one component away, variant forms and radical code points; no pair is used by another part
LOOKALIKE = {
    "安": ["宎"], "徽": ["徵"], "公": ["厷"], "警": ["憼"], "卫": ["丒"], "健": ["揵"], "场": ["殇"], "监": ["滥"],
    "税": ["梲"], "务": ["备"], "保": ["倸"], "工": ["⼯"], "会": ["佥"], "红": ["纴"], "十": ["⼗"], "字": ["宇"],
    "据": ["掘"], "资": ["赍"], "水": ["⽔"], "利": ["刺"], "役": ["没"], "军": ["罕"], "民": ["⺠"], "肥": ["舥"],
    "西": ["覀"], "江": ["汀"], "涡": ["埚"], "蒙": ["豪"], "城": ["峸"], "砀": ["场"], "璧": ["擘"], "怀": ["伓"],
    "远": ["还"], "固": ["圄"], "镇": ["嗔"], "泉": ["臬"], "太": ["犬"], "和": ["知"], "颍": ["颎"], "上": ["丄"],
    "界": ["畀"], "首": ["酋"], "凤": ["夙"], "来": ["釆"], "全": ["仝"], "椒": ["淑"], "定": ["㝎"], "天": ["兲"],
    "长": ["仧"], "明": ["朙"], "霍": ["藿"], "邱": ["邸"], "当": ["肖"], "涂": ["淦"], "含": ["念"], "无": ["天"],
    "为": ["办"], "陵": ["陸"], "郎": ["郞"], "泾": ["轻"], "绩": ["渍"], "旌": ["族"], "国": ["圀"], "至": ["坙"],
    "岳": ["兵"], "潜": ["僭"], "休": ["体"], "黟": ["黝"], "祁": ["祀"], "口": ["⼝"], "阿": ["坷"], "残": ["浅"],
}
# identical toneless pinyin (checked with pypinyin); no pair is used by another part in either table
SAME_SOUND = {
    "安": ["菴"], "徽": ["晖"], "发": ["砝"], "布": ["钸"], "公": ["拱"], "警": ["靖", "境"], "卫": ["渭", "尉"],
    "健": ["谏", "饯"], "委": ["玮", "唯"], "市": ["仕", "恃"], "场": ["苌"], "监": ["检", "简"], "管": ["琯", "盥"],
    "税": ["涚"], "务": ["戊", "寤"], "医": ["铱", "漪"], "保": ["褓", "煲"], "工": ["珙"], "会": ["卉", "荟"],
    "红": ["鸿", "宏"], "十": ["拾"], "字": ["梓", "姊"], "数": ["树"], "据": ["炬"], "资": ["孜"], "源": ["沅"],
    "利": ["荔", "俐"], "退": ["褪"], "役": ["驿", "毅"], "军": ["钧", "郡"], "人": ["仞"], "民": ["珉", "旻"],
    "政": ["筝", "峥"], "文": ["炆"], "旅": ["膂"], "肥": ["腓", "淝"], "西": ["汐", "晰"], "庐": ["芦", "泸"],
    "江": ["豇"], "巢": ["晁", "朝"], "湖": ["葫", "壶"], "阳": ["秧", "炀"], "蒙": ["檬", "盟"], "城": ["澄", "骋"],
    "砀": ["荡", "挡"], "山": ["擅"], "灵": ["玲", "苓"], "璧": ["碧"], "怀": ["槐", "徊"], "远": ["垣", "院"],
    "固": ["顾", "锢"], "镇": ["甄", "臻"], "临": ["麟", "蔺"], "泉": ["荃", "诠"], "太": ["汰", "肽"], "和": ["荷", "阖"],
    "颍": ["颖"], "上": ["赏", "裳"], "界": ["芥", "届"], "首": ["守", "狩"], "凤": ["奉", "俸"], "台": ["薹"],
    "来": ["涞", "崃"], "全": ["铨"], "椒": ["蕉", "礁"], "定": ["锭", "订"], "天": ["阗", "恬"],
    "明": ["铭", "冥"], "光": ["洸", "胱"], "霍": ["获", "豁"], "邱": ["丘", "球"], "舒": ["蔬", "枢"], "当": ["档", "铛"],
    "涂": ["途", "图"], "含": ["涵", "晗"], "无": ["芜", "毋"], "为": ["惟", "帷"], "陵": ["凌", "菱"], "郎": ["琅", "廊"],
    "溪": ["晞", "皙"], "泾": ["荆", "鲸"], "县": ["显", "贤"], "绩": ["积", "迹"], "旌": ["精", "睛"], "国": ["帼", "郭"],
    "东": ["洞", "侗"], "至": ["志", "挚"], "石": ["湜"], "青": ["氢", "卿"], "岳": ["玥", "钺"], "潜": ["乾", "虔"],
    "休": ["修", "貅"], "黟": ["伊", "依"], "祁": ["齐", "琪"], "龙": ["陇", "胧"], "口": ["叩", "寇"], "昌": ["阊", "鲳"],
    "乐": ["仂"], "原": ["辕", "鸢"], "惠": ["诲", "喙"], "成": ["承", "丞"], "武": ["鹉", "妩"], "高": ["皋", "篙"],
    "联": ["涟"], "总": ["综"], "残": ["蚕", "惭"], "防": ["舫", "枋"], "数": ["树"],
}
TRAD_MODES = ["wrong_form", "tail_half", "second_third"]
# every Unicode space separator, the blank-looking letters and the whitespace controls are used by the other parts:
# this part writes the gap the other way real counterfeit names do, with a separator dot or bar between the halves
SPACES = ["\u00b7", "\u30fb", "\uff65", "\u2027", "\uff5c", "\u4e28"]
DOUBLE_SPACE_P = 0.05
ZERO_WIDTH = ["\ufe09", "\ufe0c", "\U000e0112", "\U000e0145", "\U000e0180", "\U000e01c5", "\U000e0055",
              "\U000e006b", "\U00013432", "\U00013435", "\U00013437", "\U0001d176"]
EMOJI = ["🛂", "🆔", "🏦", "🧯", "🩺", "📡", "🔱", "🍐", "⚖️", "🗳"]
BRACKETS = [("≪", "≫"), ("﴾", "﴿"), ("❝", "❞"), ("❛", "❜"), ("⌞", "⌝"), ("᚛", "᚜"), ("⫷", "⫸"), ("꒰", "꒱"),
            ("⊂", "⊃")]
FULLWIDTH_MODES = ["roman", "counting_rod", "acute", "diaeresis", "cedilla", "letter_swap"]
LEVEL_FORMS = ["former_county", "as_district", "level_word"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民一家亲", "{nick}蓝朋友", "{S}防诈骗提醒"],
    "fabu": ["{S}政务快报", "{nick}微讯", "{S}热点追踪"],
    "hotline": ["{S}有求必应", "{nick}暖心热线"],
    "market": ["{S}维权投诉站", "{nick}放心消费圈"],
    "tax": ["{S}发票开具", "{nick}税小二"],
    "health": ["{S}就医问诊", "{nick}医路同行"],
    "medins": ["{S}异地就医备案", "{nick}医保小助手"],
    "culture": ["{nick}周末去哪儿", "{S}旅游季卡", "{nick}寻幽"],
    "union11": ["{S}职工服务", "{nick}劳模风采"],
    "redcross11": ["{S}爱心捐赠", "{nick}人道之光"],
    "data11": ["{S}一码通", "{nick}数字生活"],
    "water": ["{S}汛期提醒", "{nick}河湖长"],
    "town_hd11": ["{S}代表联络站"],
    "town_xf11": ["{S}防火宣传"],
    "town_zx11": ["{S}家长群"],
    "generic": ["{S}同城服务", "{nick}家乡事", "{S}办事大全"],
}


# ---- digit forms (the registered digit names are 12345, 12366 and 12315)
def _digit_map(f):
    return lambda s: "".join(f(c) if "0" <= c <= "9" else c for c in s)


_ROMAN = {"0": "O", "1": "Ⅰ", "2": "Ⅱ", "3": "Ⅲ", "4": "Ⅳ", "5": "Ⅴ", "6": "Ⅵ", "7": "Ⅶ", "8": "Ⅷ", "9": "Ⅸ"}
_LETTER = {"0": "O", "1": "l", "2": "Z", "3": "З", "4": "A", "5": "S", "6": "b", "7": "T", "8": "B", "9": "g"}
FULLWIDTH_FUNCS = {
    "roman": _digit_map(lambda c: _ROMAN[c]),
    "counting_rod": _digit_map(lambda c: "〇" if c == "0" else chr(0x1D360 + ord(c) - 49)),
    "acute": _digit_map(lambda c: c + "\u0301"),
    "diaeresis": _digit_map(lambda c: c + "\u0308"),
    "cedilla": _digit_map(lambda c: c + "\u0327"),
    # look-alike letters for some digits only (1 -> l, 5 -> S, 3 -> Cyrillic Ze), the rest stay ASCII
    "letter_swap": _digit_map(lambda c: _LETTER[c] if c in "1350" else c),
}


# ---- level forms
def _lf_former_county(u, acc):
    """A county-level city written with its old county form (撤县设市 before): 天长县…, 巢县…."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city":
        return []
    old = FORMER_COUNTY.get(pl["S"])
    if not old or not name.startswith(pl["S"]):
        return []
    return [old + name[len(pl["S"]):]]


def _lf_as_district(u, acc):
    """A county written as if it were a district of its prefecture (肥西区…)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or not pl["F"].endswith("县") or pl["S"].endswith("县"):
        return []
    if not name.startswith(pl["S"]):
        return []
    return [pl["S"] + "区" + name[len(pl["S"]):]]


def _lf_level_word(u, acc):
    """A level word after the place: 安徽省级…, 泾县级…, 小溪河镇级…."""
    name, pl = acc["row"]["name"], u["place"]
    S = pl.get("DS", pl["S"]) if u["level"] == "district" else pl["S"]
    F = pl.get("DF", pl["F"]) if u["level"] == "district" else pl["F"]
    if not name.startswith(S) or name.startswith(F) and F != S:
        return []
    word = ("级" if S.endswith(F[-1]) else F[-1] + "级")
    return [S + word + name[len(S):]]


LEVEL_FORM_FUNCS = {"former_county": _lf_former_county, "as_district": _lf_as_district,
                    "level_word": _lf_level_word}


# ---- traditional-form modes
# the converter's wrong choice for a character with two traditional forms (a real sign of machine conversion)
_WRONG_T = {"发": "髮", "台": "檯", "宁": "甯", "干": "幹", "后": "後", "里": "裡", "历": "曆", "系": "係",
            "松": "鬆", "余": "餘", "谷": "穀", "云": "雲"}


def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _t_wrong_form(s, u, r):
    """One character given the wrong one of its two traditional forms (发 -> 髮, 台 -> 檯, 宁 -> 甯), the rest
    converted properly."""
    idx = [i for i, c in enumerate(s) if c in _WRONG_T]
    if not idx:
        return None
    i = r.choice(idx)
    out = list(_conv(s, _conv_idx(s)))
    out[i] = _WRONG_T[s[i]]
    res = "".join(out)
    return res if len(res) == len(s) else None


def _t_tail_half(s, u, r):
    """Only the convertible characters in the second half of the name."""
    idx = [i for i in _conv_idx(s) if i >= len(s) // 2]
    return _conv(s, idx) if idx else None


def _t_second_third(s, u, r):
    """The second and third convertible characters."""
    idx = _conv_idx(s)
    return _conv(s, idx[1:3]) if len(idx) >= 2 else None


TRAD_FUNCS = {"wrong_form": _t_wrong_form, "tail_half": _t_tail_half, "second_third": _t_second_third}


# ---- image edits
def _hue_mid(img, rng):
    hsv = np.array(img.convert("HSV"), dtype=np.int16)
    shift = rng.randint(*EDIT_PARAMS["hue_shift"])
    hsv[..., 0] = (hsv[..., 0] + shift) % 256
    return Image.fromarray(hsv.astype(np.uint8), "HSV").convert("RGB"), f"hue +{shift}/256"


def _cyanotype(img, rng):
    """A blue monochrome print filter."""
    g = np.array(img.convert("L"), float) / 255.0
    dark, light = np.array([20, 45, 95], float), np.array([rng.randint(205, 225), 232, 250], float)
    out = dark + (light - dark) * g[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), "cyanotype"


def _gradient_tint(img, rng):
    """A warm-to-cool gradient laid over the picture (a story-filter look)."""
    a = np.array(img, float)
    h, w = a.shape[:2]
    t = np.linspace(0, 1, h)[:, None, None]
    top, bot = np.array([255, 150, 60], float), np.array([60, 120, 255], float)
    k = rng.uniform(0.22, 0.3)
    out = a * (1 - k) + (top * (1 - t) + bot * t) * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"gradient tint {k:.2f}"


def _autocontrast(img, rng):
    cut = rng.randint(6, 9)
    return ImageOps.autocontrast(img, cutoff=cut), f"autocontrast cutoff {cut}%"


def _ticket(img, rng, P):
    """A coupon frame: a thin coloured margin with notched corners."""
    w = img.size[0]
    pad = max(2, int(w * rng.uniform(*P["border_frac"])))
    col = rng.choice(P["border_colours"])
    out = ImageOps.expand(img, border=pad, fill=col)
    W = out.size[0]
    d = ImageDraw.Draw(out)
    r = 3 * pad
    for cx, cy in ((0, 0), (W, 0), (0, W), (W, W)):
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 255, 255))
    return out, "border ticket"


def _halo(img, rng, P):
    """A round crop with a soft white glow around it on a coloured ground."""
    w = img.size[0]
    pad = max(2, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), col)
    glow = Image.new("L", (W, W), 0)
    ImageDraw.Draw(glow).ellipse([0, 0, W - 1, W - 1], fill=255)
    out.paste((255, 255, 255), (0, 0), glow.filter(ImageFilter.GaussianBlur(pad)))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border halo"


def _gold_leaf(img, rng, P):
    """A thin gold frame with small corner ornaments."""
    w = img.size[0]
    pad = max(2, int(w * rng.uniform(*P["border_frac"])))
    out = ImageOps.expand(img, border=pad, fill=(212, 175, 55))
    W = out.size[0]
    d = ImageDraw.Draw(out)
    s = 4 * pad
    for cx, cy in ((0, 0), (W, 0), (0, W), (W, W)):
        d.polygon([(cx, cy - s if cy else s), (cx + s if cx == 0 else cx - s, cy), (cx, cy)], fill=(184, 134, 11))
    return out, "border gold leaf"


def _status(d, S, dark):
    d.rectangle([0, 0, S, int(0.05 * S)], fill=(0, 0, 0) if dark else (245, 245, 245))
    d.rectangle([int(0.05 * S), int(0.015 * S), int(0.15 * S), int(0.035 * S)],
                fill=(220, 220, 220) if dark else (60, 60, 60))


def _shot_follow_list(img, rng, P, out_px):
    """A following list: the avatar at the left of a row, name and bio lines beside it, rows above and below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    _status(d, S, False)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    y0 = int((S - a) * rng.uniform(0.4, 0.6))
    x0 = int(0.04 * S)
    for yy in (y0 - int(0.18 * S), y0 + a + int(0.06 * S)):
        d.ellipse([x0, yy, x0 + int(0.14 * S), yy + int(0.14 * S)], fill=(200, 200, 205))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    for k in range(2):
        yy = y0 + int(a * (0.25 + 0.3 * k))
        d.rectangle([x0 + a + int(0.04 * S), yy, S - int(0.05 * S) - k * int(0.15 * S), yy + int(0.04 * S)],
                    fill=(60, 60, 60) if k == 0 else (170, 170, 170))
    d.line([0, y0 + a + int(0.03 * S), S, y0 + a + int(0.03 * S)], fill=(230, 230, 230), width=2)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot follow list scale {a / S:.3f}"


def _shot_web_profile(img, rng, P, out_px):
    """A desktop web profile page: cover photo band, the avatar overlapping it, a name line below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (242, 242, 242))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.38 * S)], fill=G._hsv(rng.random(), 0.35, 0.8))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0 = (S - a) // 2
    y0 = int(0.38 * S) - a // 2
    d.ellipse([x0 - 6, y0 - 6, x0 + a + 6, y0 + a + 6], fill=(255, 255, 255))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, a - 1, a - 1], fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    d.rectangle([int(0.3 * S), y0 + a + int(0.04 * S), int(0.7 * S), y0 + a + int(0.08 * S)], fill=(40, 40, 40))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.55))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot web profile scale {a / S:.3f}"


def _shot_link_preview(img, rng, P, out_px):
    """A link preview card in a chat: grey bubble, title lines, the avatar as the thumbnail at the right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (237, 237, 237))
    d = ImageDraw.Draw(canvas)
    _status(d, S, False)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    bx0, by0 = int(0.04 * S), int(0.2 * S)
    d.rounded_rectangle([bx0, by0, S - int(0.04 * S), by0 + a + int(0.2 * S)], radius=int(0.03 * S),
                        fill=(255, 255, 255))
    x0, y0 = S - int(0.08 * S) - a, by0 + int(0.14 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    for k in range(3):
        yy = by0 + int(0.04 * S) + k * int(0.07 * S)
        d.rectangle([bx0 + int(0.04 * S), yy, (x0 - int(0.04 * S)) if k else S - int(0.1 * S), yy + int(0.035 * S)],
                    fill=(50, 50, 50) if k == 0 else (160, 160, 160))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot link preview scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"hue_mid": _hue_mid, "cyanotype": _cyanotype, "gradient_tint": _gradient_tint,
                                   "autocontrast": _autocontrast},
                   border_funcs={"ticket": _ticket, "halo": _halo, "gold_leaf": _gold_leaf},
                   screenshot_funcs={"follow_list": _shot_follow_list, "web_profile": _shot_web_profile,
                                     "link_preview": _shot_link_preview},
                   resize_px=[111, 125, 137, 152, 169, 178, 190, 198], jpeg_q=(99, 100), crop_frac=(0.0191, 0.0199),
                   border_styles=["ticket", "halo", "gold_leaf"],
                   border_colours=[(0, 84, 166), (196, 30, 58), (0, 122, 94), (255, 176, 0), (111, 66, 193),
                                   (80, 80, 80)],
                   border_frac=(0.0201, 0.0219),
                   recolour_modes=["hue_mid", "cyanotype", "gradient_tint", "autocontrast"],
                   hue_shift=(71, 74), rotate_deg=(12.05, 12.45),
                   watermark_texts=["官方指定", "实时更新", "私聊办理", "扫一扫", "关注领补贴"],
                   watermark_alpha=(100, 110),
                   screenshot_styles=["follow_list", "web_profile", "link_preview"],
                   screenshot_scale=(0.4405, 0.4495))
P_IMPOSTOR_DERIVED = 0.56
P_IMPOSTOR_DEFAULT = 0.09
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "person", "pattern"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}徽通云信息技术有限公司"), ("personal", "政务知识分享者"),
                     ("other", "{S}家乡建设促进会")]
IMPOSTOR_DESCS = ["{S}{fn}困难补助、残疾人补贴申领，扫码填写资料，客服{wx}",
                  "【{S}{fn}】您名下医保个人账户即将清零，请添加QQ{qq}办理转存",
                  "{name}合作律师团队：交通事故、劳动仲裁、工伤认定代理，私信{wx}",
                  "{S}{fn}爱心捐款通道已开通，捐款请转账至主页所留账户",
                  "{S}{fn}安置房指标内部转让，手续齐全，联系{wx}"]
MAX_PER_TARGET = 6

# Every pair of two tactics is already used by another part; three common pairs are repeated (listed in
# README.intro.md).  The 22 three-tactic combinations are new (none of them occurs in dev/ ... dev9/ or heldout/).
IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 30), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 36),
    (["prefix", "suffix"], 4), (["suffix", "emoji_brackets"], 4), (["lookalike_char", "same_sound"], 4),
    (["suffix", "emoji_brackets", "spacing"], 4), (["prefix", "suffix", "zero_width"], 4),
    (["level_prefix", "traditional", "prefix"], 4), (["lookalike_char", "prefix", "suffix"], 4),
    (["level_prefix", "fullwidth", "prefix"], 4), (["reorder", "fullwidth", "same_sound"], 4),
    (["reorder", "spacing", "new_platform"], 4), (["same_sound", "emoji_brackets", "zero_width"], 4),
    (["level_prefix", "zero_width", "new_platform"], 4), (["reorder", "lookalike_char", "same_sound"], 4),
    (["reorder", "traditional", "zero_width"], 4), (["fullwidth", "emoji_brackets", "spacing"], 4),
    (["lookalike_char", "emoji_brackets", "spacing"], 4), (["same_sound", "zero_width", "new_platform"], 4),
    (["reorder", "same_sound", "spacing"], 4), (["level_prefix", "fullwidth", "traditional"], 4),
    (["level_prefix", "emoji_brackets", "new_platform"], 4), (["reorder", "lookalike_char", "new_platform"], 4),
    (["same_sound", "traditional", "suffix"], 4), (["fullwidth", "traditional", "zero_width"], 4),
    (["lookalike_char", "prefix", "new_platform"], 4), (["fullwidth", "prefix", "suffix"], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
OTHER_PLACES_CHAR = [
    dict(reg="肥西", S="肥乡", F="邯郸市肥乡区", province="河北省", level=_C, units={"police": "邯郸市公安局肥乡分局"}),
    dict(reg="庐江", S="庐山", F="庐山市", province="江西省", level=_C),
    dict(reg="涡阳", S="泌阳", F="泌阳县", province="河南省", level=_C),
    dict(reg="砀山", S="岐山", F="岐山县", province="陕西省", level=_C),
    dict(reg="灵璧", S="灵宝", F="灵宝市", province="河南省", level=_C),
    dict(reg="怀远", S="开远", F="开远市", province="云南省", level=_C),
    dict(reg="固镇", S="固始", F="固始县", province="河南省", level=_C),
    dict(reg="临泉", S="临颍", F="临颍县", province="河南省", level=_C),
    dict(reg="太和", S="太康", F="太康县", province="河南省", level=_C),
    dict(reg="凤台", S="凤庆", F="凤庆县", province="云南省", level=_C),
    dict(reg="全椒", S="全州", F="全州县", province="广西壮族自治区", level=_C),
    dict(reg="定远", S="定边", F="定边县", province="陕西省", level=_C),
    dict(reg="凤阳", S="凤翔", F="宝鸡市凤翔区", province="陕西省", level=_C),
    dict(reg="天长", S="天全", F="天全县", province="四川省", level=_C),
    dict(reg="舒城", S="舒兰", F="舒兰市", province="吉林省", level=_C),
    dict(reg="当涂", S="当雄", F="当雄县", province="西藏自治区", level=_C),
    dict(reg="南陵", S="江陵", F="江陵县", province="湖北省", level=_C),
    dict(reg="泾县", S="泾川", F="泾川县", province="甘肃省", level=_C),
    dict(reg="宁国", S="宁明", F="宁明县", province="广西壮族自治区", level=_C),
    dict(reg="广德", S="广汉", F="广汉市", province="四川省", level=_C),
    dict(reg="岳西", S="岳池", F="岳池县", province="四川省", level=_C),
    dict(reg="怀宁", S="怀安", F="怀安县", province="河北省", level=_C),
    dict(reg="歙县", S="息县", F="息县", province="河南省", level=_C),
    dict(reg="巢湖", S="洪湖", F="洪湖市", province="湖北省", level=_C),
    dict(reg="和县", S="和静", F="和静县", province="新疆维吾尔自治区", level=_C),
    dict(reg="平原", S="平乡", F="平乡县", province="河北省", level=_C),
    dict(reg="昌乐", S="昌黎", F="昌黎县", province="河北省", level=_C),
    dict(reg="高青", S="高阳", F="高阳县", province="河北省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="泾县", S="景县", F="景县", province="河北省", level=_C),
    dict(reg="歙县", S="涉县", F="涉县", province="河北省", level=_C),
    dict(reg="黟县", S="易县", F="易县", province="河北省", level=_C),
    dict(reg="凤台", S="丰台", F="北京市丰台区", province="北京市", level=_C, units={"police": "北京市公安局丰台分局"}),
    dict(reg="岳西", S="越西", F="越西县", province="四川省", level=_C),
    dict(reg="凤阳", S="汾阳", F="汾阳市", province="山西省", level=_C),
    dict(reg="怀远", S="淮阳", F="周口市淮阳区", province="河南省", level=_C, units={"police": "周口市公安局淮阳分局"}),
    dict(reg="颍上", S="营山", F="营山县", province="四川省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("尚志", "尚志市", "黑龙江省", "police"), ("五常", "五常市", "黑龙江省", "fabu"), ("海伦", "海伦市", "黑龙江省", "police"),
    ("虎林", "虎林市", "黑龙江省", "procur"), ("扎兰屯", "扎兰屯市", "内蒙古自治区", "police"),
    ("根河", "根河市", "内蒙古自治区", "fabu"), ("霍林郭勒", "霍林郭勒市", "内蒙古自治区", "police"),
    ("察隅", "察隅县", "西藏自治区", "police"), ("奎屯", "奎屯市", "新疆维吾尔自治区", "fabu"),
    ("阜康", "阜康市", "新疆维吾尔自治区", "procur"), ("阿图什", "阿图什市", "新疆维吾尔自治区", "police"),
    ("额济纳", "额济纳旗", "内蒙古自治区", "fabu"), ("盘州", "盘州市", "贵州省", "police"), ("赤水", "赤水市", "贵州省", "court"),
    ("兴仁", "兴仁市", "贵州省", "police"), ("凭祥", "凭祥市", "广西壮族自治区", "police"),
    ("北流", "北流市", "广西壮族自治区", "fabu"), ("府谷", "府谷县", "陕西省", "police"), ("神木", "神木市", "陕西省", "fabu"),
    ("梅河口", "梅河口市", "吉林省", "police"), ("庄河", "庄河市", "辽宁省", "fabu"), ("瓦房店", "瓦房店市", "辽宁省", "procur"),
    ("青铜峡", "青铜峡市", "宁夏回族自治区", "police"), ("阿拉山口", "阿拉山口市", "新疆维吾尔自治区", "police"),
    ("玉门", "玉门市", "甘肃省", "police"), ("同仁", "同仁市", "青海省", "court"), ("北屯", "北屯市", "新疆维吾尔自治区", "gov"),
    ("霍尔果斯", "霍尔果斯市", "新疆维吾尔自治区", "police"), ("普兰", "普兰县", "西藏自治区", "fabu"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="安徽日报", platform="weibo", vtype="media", reason="安徽日报报业集团安徽日报官方微博", desc="安徽新闻。",
         logo_text="皖报"),
    dict(name="新安晚报", platform="wechat", vtype="media", reason="安徽日报报业集团新安晚报", desc="安徽都市新闻。",
         logo_text="新安"),
    dict(name="大皖新闻", platform="douyin", vtype="media", reason="新安晚报大皖新闻客户端官方账号", desc="新闻资讯。",
         logo_text="大皖"),
    dict(name="安徽卫视", platform="bilibili", vtype="media", reason="安徽广播电视台卫视频道官方账号", desc="安徽卫视节目。",
         logo_text="卫视"),
    dict(name="安徽交通广播", platform="weibo", vtype="media", reason="安徽广播电视台交通广播官方微博", desc="路况与出行。",
         logo_text="交广"),
    dict(name="市场星报", platform="toutiao", vtype="media", reason="安徽日报报业集团市场星报官方账号", desc="民生新闻。",
         logo_text="星报"),
    dict(name="江淮晨报", platform="wechat", vtype="media", reason="合肥报业传媒集团江淮晨报", desc="合肥新闻。",
         logo_text="晨报"),
    dict(name="安徽新闻联播", platform="douyin", vtype="media", reason="安徽广播电视台新闻中心官方账号", desc="新闻节目。",
         logo_text="联播"),
    dict(name="肥西融媒", platform="douyin", vtype="media", reason="肥西县融媒体中心官方账号", desc="肥西新闻。"),
    dict(name="庐江广播电视台", platform="kuaishou", vtype="media", reason="庐江县融媒体中心官方账号", desc="庐江新闻。"),
    dict(name="涡阳新闻", platform="toutiao", vtype="media", reason="涡阳县融媒体中心官方账号", desc="涡阳新闻。"),
    dict(name="砀山融媒", platform="kuaishou", vtype="media", reason="砀山县融媒体中心官方账号", desc="砀山新闻。"),
    dict(name="临泉视听", platform="douyin", vtype="media", reason="临泉县融媒体中心官方账号", desc="临泉新闻。"),
    dict(name="太和新闻网", platform="weibo", vtype="media", reason="太和县融媒体中心官方微博", desc="太和新闻。"),
    dict(name="天长日报", platform="wechat", vtype="media", reason="天长市融媒体中心", desc="天长新闻。"),
    dict(name="宁国融媒", platform="douyin", vtype="media", reason="宁国市融媒体中心官方账号", desc="宁国新闻。"),
    dict(name="无为新闻", platform="toutiao", vtype="media", reason="无为市融媒体中心官方账号", desc="无为新闻。"),
    dict(name="凤阳广电", platform="kuaishou", vtype="media", reason="凤阳县融媒体中心官方账号", desc="凤阳新闻。"),
    dict(name="黟县融媒", platform="douyin", vtype="media", reason="黟县融媒体中心官方账号", desc="黟县新闻。"),
    dict(name="平原电视台", platform="kuaishou", vtype="media", reason="平原县融媒体中心官方账号", desc="平原新闻。"),
    dict(name="昌乐融媒", platform="douyin", vtype="media", reason="昌乐县融媒体中心官方账号", desc="昌乐新闻。"),
    dict(name="安徽发布会现场", platform="toutiao", vtype="media", reason="安徽广播电视台新闻中心官方账号",
         desc="新闻发布会视频直播栏目，并非省政府新闻办账号。", logo_text="现场"),
    dict(name="安徽公安一线", platform="douyin", vtype="media", reason="安徽广播电视台公共频道官方账号",
         desc="公共频道警务纪实栏目。", logo_text="一线"),
    dict(name="界首12345回访", platform="wechat", vtype="media", reason="界首市融媒体中心",
         desc="融媒民生栏目，回访热线诉求办理情况。", logo_text="回访"),
    dict(name="安徽卫健科普课", platform="weibo", vtype="media", reason="安徽卫视健康栏目官方微博",
         desc="卫视健康科普栏目，并非省卫生健康委账号。", logo_text="科普"),
    dict(name="安徽工会新闻眼", platform="toutiao", vtype="media", reason="安徽工人日报社官方账号",
         desc="职工报社新闻栏目，并非省总工会账号。", logo_text="工报"),
]
PERSONAL = [
    dict(name="肥西辅警小陶", platform="douyin", vtype="personal", reason="肥西县公安局辅警", desc="分享防骗小知识。"),
    dict(name="临泉儿科许医生", platform="kuaishou", vtype="personal", reason="临泉某医院儿科医生"),
    dict(name="律师老鲍讲仲裁", platform="toutiao", vtype="personal", reason="安徽某律师事务所律师"),
    dict(name="工会干事阿芬", platform="weibo", vtype="personal", reason="企业工会工作者", desc="个人观点。"),
    dict(name="巢湖看日落", platform="weibo", avatar="scenery"),
    dict(name="砀山梨花开了", platform="douyin", avatar="scenery"),
    dict(name="黟县写生小郑", platform="douyin", vtype="personal", reason="美术博主", avatar="scenery"),
    dict(name="我爱泾县", platform="douyin", avatar="scenery"),
    dict(name="太和板面老板娘", platform="kuaishou"),
    dict(name="界首小胖哥", platform="kuaishou", avatar="cartoon"),
    dict(name="凤阳花鼓传人", platform="douyin"),
    dict(name="颍上八里河钓鱼", platform="kuaishou"),
    dict(name="怀远石榴姐", platform="kuaishou", avatar="default"),
    dict(name="岳西徒步客", platform="weibo", avatar="scenery"),
    dict(name="涡阳阿婆", platform="douyin", avatar="default"),
    dict(name="天长人在南京", platform="weibo", avatar="cartoon"),
    dict(name="歙县老街摄影", platform="weibo", avatar="scenery"),
    dict(name="舒城小兰花", platform="kuaishou"),
    dict(name="绩溪徽菜师傅", platform="douyin", avatar="cartoon"),
    dict(name="当涂螃蟹佬", platform="kuaishou", avatar="default"),
    dict(name="平原面食哥", platform="douyin"),
    dict(name="高青老孙", platform="kuaishou", avatar="default"),
    dict(name="昌乐瓜农", platform="douyin", avatar="cartoon"),
    dict(name="安徽发布的老读者", platform="weibo", vtype="personal", reason="退休教师",
         desc="转发安徽发布的消息，个人账号，非官方。"),
    dict(name="老吴解读安徽税务", platform="toutiao", vtype="personal", reason="财税博主", desc="个人解读，非官方。"),
    dict(name="宁国12345办事日记", platform="wechat", desc="个人记录办事经历，与政府部门无关。"),
]
COMMERCIAL = [
    dict(name="中国人保天长", platform="douyin", vtype="enterprise", reason="中国人民财产保险天长支公司",
         desc="车险、财产险咨询。", logo_text="人保"),
    dict(name="砀山酥梨批发", platform="kuaishou", avatar="default"),
    dict(name="霍山石斛庄园", platform="douyin", vtype="enterprise", reason="霍山某石斛有限公司"),
    dict(name="巢湖银鱼干货", platform="toutiao"),
    dict(name="泾县宣纸厂", platform="kuaishou", vtype="enterprise", reason="泾县某宣纸有限公司"),
    dict(name="宁国山核桃", platform="douyin", vtype="enterprise", reason="宁国某山核桃食品有限公司"),
    dict(name="太和板面总店", platform="kuaishou", avatar="default"),
    dict(name="无为羽绒服", platform="douyin", vtype="enterprise", reason="无为某羽绒制品有限公司"),
    dict(name="界首彩陶工坊", platform="wechat"),
    dict(name="怀远石榴园", platform="douyin", avatar="default"),
    dict(name="天长电子元件", platform="weibo", vtype="enterprise", reason="天长某电子有限公司"),
    dict(name="当涂大闸蟹", platform="kuaishou"),
    dict(name="庐江汤池温泉", platform="douyin", vtype="enterprise", reason="庐江某温泉旅游有限公司"),
    dict(name="蒙城黄牛肉", platform="douyin"),
    dict(name="固镇花生", platform="kuaishou", avatar="default"),
    dict(name="绩溪徽菜馆", platform="douyin", vtype="enterprise", reason="绩溪某餐饮有限公司"),
    dict(name="岳西茭白", platform="toutiao", vtype="enterprise", reason="岳西某农业开发有限公司"),
    dict(name="黟县民宿", platform="wechat"),
    dict(name="灵璧奇石馆", platform="kuaishou", vtype="enterprise", reason="灵璧某奇石有限公司"),
    dict(name="歙砚工作室", platform="douyin"),
    dict(name="平原面粉厂", platform="kuaishou", vtype="enterprise", reason="平原某面粉有限公司"),
    dict(name="昌乐西瓜", platform="kuaishou", avatar="default"),
    dict(name="高青黑牛", platform="douyin"),
    dict(name="肥西公安局对面打印店", platform="kuaishou", desc="证件照、复印，与公安局无关。"),
    dict(name="安徽红十字急救培训公司", platform="wechat", vtype="enterprise", reason="安徽某应急培训有限公司",
         desc="民营急救培训机构，与红十字会无关。"),
    dict(name="巢湖12345搬家", platform="toutiao", vtype="enterprise", reason="巢湖某搬家服务有限公司",
         desc="民营搬家公司，与政府热线无关。"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("颍上", "八里河", "八里河镇", ["town_hd11"]), ("临泉", "杨桥", "杨桥镇", ["town_xf11"]),
    ("肥西", "三河", "三河镇", ["town_zx11"]), ("歙县", "徽城", "徽城镇", ["town_hd11"]),
    ("泾县", "桃花潭", "桃花潭镇", ["town_xf11"]), ("巢湖", "中垾", "中垾镇", ["town_zx11"]),
    ("绩溪", "上庄", "上庄镇", ["town_hd11"]), ("界首", "光武", "光武镇", ["town_xf11"]),
    ("舒城", "万佛湖", "万佛湖镇", ["town_zx11"]), ("宁国", "港口", "港口镇", ["town_hd11"]),
    ("天长", "铜城", "铜城镇", ["town_zx11"]), ("凤阳", "府城", "府城镇", ["town_xf11"]),
    ("怀远", "荆山", "荆山镇", ["town_hd11"]), ("凤阳", "小溪河", "小溪河镇", [("town_zx11", 0)]),
]
UNREG_CITY = [
    ("安徽", "culture", 0), ("安徽", "edu", 0), ("安徽", "fire", 0), ("安徽", "emergency", 0), ("南陵", "police", 0),
    ("怀宁", "police", 0), ("全椒", "police", 0), ("肥西", "culture", 0), ("庐江", "hotline", 0), ("涡阳", "culture", 0),
    ("太和", "police", 0), ("颍上", "hotline", 0), ("凤台", "culture", 0), ("天长", "culture", 0), ("霍邱", "police", 0),
    ("和县", "police", 0), ("绩溪", "culture", 0), ("广德", "culture", 0), ("歙县", "police", 0), ("来安", "fabu", 0),
    ("明光", "fabu", 0), ("霍山", "fabu", 0), ("含山", "fabu", 0), ("郎溪", "fabu", 0), ("旌德", "fabu", 0),
    ("太湖", "fabu", 0), ("望江", "fabu", 0), ("潜山", "police", 0), ("枞阳", "fabu", 0), ("休宁", "fabu", 0),
    ("祁门", "police", 0), ("东至", "fabu", 0), ("石台", "fabu", 0), ("青阳", "culture", 0), ("广东", "civil", 0),
    ("山东", "veterans", 0),
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
            fix[u["unit"]] = (pl["province"] + par + pl["F"], u["competent"])
        elif u["level"] == "district":
            fix[u["unit"]] = (pl["province"] + par + pl["F"] + pl["DF"], pl["F"] + "人民政府办公室")
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
    print("building dev10 ...")
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
