"""Seventeenth dev part (dev17): built blind as the thirteenth held-out part (2026-12-03), demoted to tuning data in
the fifteenth session.
Run: python eval/impostor/dev17/spec_dev17.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev16/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, and counties,
county-level cities and districts across all of its prefecture-level cities, plus a few towns), plus unused
Guangdong districts and one unused provincial body each of Shandong and Guangdong, so the registry is the
supervising office's registry for three provinces.  Part-specific machinery (new unit and town kinds, level forms,
traditional-form modes, digit forms, colour filters, frames, screenshot layouts, the registry's region fix) lives in
this file, not in gen_common.py.
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

PART = "dev17"
SEED = 91537
CRAWL_DAY = "2025-09-23"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "guodong17": ("{F}国防动员办公室", "{F}国防动员办公室", ["{S}国动", "{S}国防动员"], "shield", None,
                  "发布国防动员、人民防空和防空警报试鸣信息"),
    "jgsw17": ("{F}机关事务管理局", "{F}机关事务管理局", ["{S}机关事务", "{S}机关事务管理"], "house", None,
               "发布公共机构节能、公务用车和机关后勤服务信息"),
    "renda17": ("{F}人民代表大会常务委员会", "{F}人民代表大会常务委员会", ["{S}人大", "{S}人大常委会"], "gate", None,
                "发布人大立法、监督工作和代表履职信息"),
    "gsl17": ("{F}工商业联合会", "{F}工商业联合会", ["{S}工商联", "{S}民营经济"], "hands", None,
              "发布民营经济政策、商会建设和非公经济人士服务信息"),
    "youzheng17": ("{F}邮政管理局", "{F}邮政管理局", ["{S}邮政管理", "{S}邮管"], "star", None,
                   "发布快递市场监管、寄递安全和消费者申诉信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_nj17": ("{F}{DF}农村经济经营管理站", ["{DS}农经", "{DS}农经站"], "leaf", None,
                  "发布农村集体三资管理、土地承包经营和农民负担监督信息"),
    "town_aj17": ("{F}{DF}安全生产监督管理站", ["{DS}安监", "{DS}安监站"], "warning", None,
                  "发布安全生产检查、烟花爆竹和森林防火提示"),
    "town_na17": ("{F}{DF}农产品质量安全监管站", ["{DS}农安", "{DS}农产品质量安全"], "scales", None,
                  "发布农产品质量抽检、农药使用指导和食用农产品承诺达标合格证信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"guodong17": "国动", "jgsw17": "机关事务", "renda17": "人大", "gsl17": "工商联",
               "youzheng17": "邮政管理", "town_nj17": "农经", "town_aj17": "安监", "town_na17": "农安"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level city (short, full) is kept here.
_NC, _JDZ, _PX, _JJ = ("南昌", "南昌市"), ("景德镇", "景德镇市"), ("萍乡", "萍乡市"), ("九江", "九江市")
_XY, _YT, _GZ, _JA = ("新余", "新余市"), ("鹰潭", "鹰潭市"), ("赣州", "赣州市"), ("吉安", "吉安市")
_YC, _FZ, _SR = ("宜春", "宜春市"), ("抚州", "抚州市"), ("上饶", "上饶市")
PARENT = {"进贤": _NC, "安义": _NC, "新建": _NC, "浮梁": _JDZ, "上栗": _PX,
          "湖口": _JJ, "瑞昌": _JJ, "共青城": _JJ, "柴桑": _JJ, "渝水": _XY, "余江": _YT,
          "赣县": _GZ, "上犹": _GZ, "定南": _GZ, "于都": _GZ, "兴国": _GZ, "会昌": _GZ, "石城": _GZ, "宁都": _GZ,
          "吉水": _JA, "遂川": _JA, "万安": _JA, "峡江": _JA,
          "奉新": _YC, "万载": _YC,
          "南城": _FZ, "宜黄": _FZ, "资溪": _FZ, "广昌": _FZ, "崇仁": _FZ,
          "广信": _SR, "玉山": _SR, "鄱阳": _SR, "横峰": _SR, "余干": _SR}
# places whose name or level changed: what they were called before (新建县 became a district in 2015, 九江县 became
# 柴桑区 in 2017, 余江县 a district in 2018, 上饶县 became 广信区 in 2019; 曲江县 in 2004, 阳东县 in 2014)
BEFORE_CHANGE = {"新建": "新建县", "柴桑": "九江县", "余江": "余江县", "广信": "上饶县", "曲江": "曲江县",
                 "阳东": "阳东县"}
WAS_COUNTY = {"瑞昌"}  # a county-level city that was a county until 1989
REGION_NAME = "江西"
REGION_INITIALS = "JX"

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4t = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="江西", F="江西省", area="0791", landmark="mountain", nick="赣鄱大地",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 0, "platforms": _3, "names": {"wechat": "{S}12320"}}),
                ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("traffic", {"platforms": _3}),
                ("guodong17", {"name_idx": 0, "platforms": _3}),
                ("jgsw17", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="大美山东",
         depts=[("renda17", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="粤海潮头",
         depts=[("gsl17", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="江西省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


CITIES = [
    # ---- counties, county-level cities and districts of the new province
    _c("进贤", "进贤县", "0791", "pagoda", "华夏笔都", ["fabu", ("hotline", {"platforms": _3})],
       [dict(DS="文港", DF="文港镇", depts=["town_nj17"])]),
    _c("安义", "安义县", "0791", "pagoda", "千年古村", [("fabu", {"platforms": _3})]),
    _c("新建", "新建区", "0791", "waves", "汪山土库",
       [("fabu", {"platforms": _3}), "police", ("hotline", {"platforms": _2}), "culture",
        ("market", {"platforms": _2})]),
    _c("浮梁", "浮梁县", "0798", "pagoda", "瓷之源", ["fabu", ("culture", {"avatar": "distinctive", "platforms": _3})],
       [dict(DS="瑶里", DF="瑶里镇", depts=["town_aj17"])]),
    _c("上栗", "上栗县", "0799", "sun", "中国花炮之乡",
       [("fabu", {"platforms": _2}), "police", ("hotline", {"platforms": _3}), "culture"]),
    _c("湖口", "湖口县", "0792", "waves", "石钟山", [("fabu", {"platforms": _3})]),
    _c("瑞昌", "瑞昌市", "0792", "mountain", "铜岭遗址", ["fabu", ("hotline", {"platforms": _2})]),
    _c("共青城", "共青城市", "0792", "bridge", "青年城", [("fabu", {"platforms": _3})]),
    _c("柴桑", "柴桑区", "0792", "mountain", "陶渊明故里", ["fabu", ("police", {"platforms": _3})]),
    _c("渝水", "渝水区", "0790", "waves", "仙女湖",
       [("fabu", {"platforms": _3}), "police", ("hotline", {"platforms": _2}), ("culture", {"avatar": "distinctive"})]),
    _c("余江", "余江区", "0701", "sun", "眼镜之乡", ["fabu", "police"]),
    _c("赣县", "赣县区", "0797", "pagoda", "客家摇篮", [("fabu", {"platforms": _3})]),
    _c("上犹", "上犹县", "0797", "waves", "阳明湖", ["fabu", ("culture", {"avatar": "distinctive", "platforms": _3})]),
    _c("定南", "定南县", "0797", "mountain", "九曲河", [("fabu", {"platforms": _2})]),
    _c("于都", "于都县", "0797", "bridge", "长征源",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3}), ("renda17", {"name_idx": 0})]),
    _c("兴国", "兴国县", "0797", "mountain", "模范县",
       ["fabu", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})],
       [dict(DS="长冈", DF="长冈乡", depts=["town_na17"])]),
    _c("会昌", "会昌县", "0797", "sun", "这边独好", [("fabu", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("石城", "石城县", "0797", "waves", "赣江源", [("culture", {"avatar": "distinctive", "platforms": _3})]),
    _c("吉水", "吉水县", "0796", "pagoda", "燕坊古村", [("fabu", {"platforms": _3})]),
    _c("遂川", "遂川县", "0796", "mountain", "狗牯脑茶乡", ["fabu", ("guodong17", {"name_idx": 0})]),
    _c("万安", "万安县", "0796", "waves", "农民画之乡", [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("奉新", "奉新县", "0795", "mountain", "百丈山", ["fabu", ("police", {"platforms": _3})]),
    _c("万载", "万载县", "0795", "sun", "康乐古城", [("fabu", {"platforms": _3}), ("jgsw17", {"name_idx": 0})],
       [dict(DS="株潭", DF="株潭镇", depts=["town_aj17"])]),
    _c("南城", "南城县", "0794", "mountain", "麻姑山", [("fabu", {"platforms": _3})]),
    _c("宜黄", "宜黄县", "0794", "pagoda", "戏窝子", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("资溪", "资溪县", "0794", "mountain", "面包之乡", ["fabu", ("culture", {"avatar": "distinctive", "platforms": _3})]),
    _c("广昌", "广昌县", "0794", "waves", "白莲之乡", ["fabu", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    _c("广信", "广信区", "0793", "mountain", "望仙谷", ["fabu", ("hotline", {"platforms": _3})]),
    _c("玉山", "玉山县", "0793", "mountain", "三清胜境", [("police", {"platforms": _3})]),
    _c("鄱阳", "鄱阳县", "0793", "waves", "候鸟王国", [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    # ---- Guangdong districts no other part used
    _c("韶关", "韶关市", "0751", "mountain", "丹霞山下", [],
       [dict(DS="曲江", DF="曲江区", depts=["fabu_d"])], province="广东省"),
    _c("阳江", "阳江市", "0662", "waves", "漠阳江畔", [],
       [dict(DS="阳东", DF="阳东区", depts=["fabu_d"])], province="广东省"),
    _c("湛江", "湛江市", "0759", "waves", "雷州半岛", [],
       [dict(DS="麻章", DF="麻章区", depts=["fabu_d"])], province="广东省"),
    # ---- places that only have unregistered units here
    _c("宁都", "宁都县", "0797", "mountain", "宁都", []),
    _c("峡江", "峡江县", "0796", "mountain", "峡江", []),
    _c("崇仁", "崇仁县", "0794", "mountain", "崇仁", []),
    _c("横峰", "横峰县", "0793", "mountain", "横峰", []),
    _c("余干", "余干县", "0793", "mountain", "余干", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_2, _3, ["wechat", "douyin"], _2, _3t, ["weibo", "wechat", "toutiao"], _3, _2, _4t, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.074


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "政务")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安局")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "政务热线")
    if d == "culture" and name == S + "文旅":
        opts.append("文旅" + S)
    if d == "guodong17" and name == S + "国动":
        opts.append(S + "国动办")
    if d == "renda17" and name == S + "人大":
        opts.append(S + "人大之声")
    if d == "jgsw17" and name == S + "机关事务":
        opts.append(S + "机关后勤")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: one symbol to seven characters; the province's one-character abbreviation and its old name, the
# name of the province's real service app, the local word for "fellow countrymen", cash-out / write-off / refund
# desks, shop words for local produce, a "moved to the new account" bar, a "only this one" plea, version tags
SUFFIXES = ["赣服通", "赣惠办", "老俵帮", "红土地通", "兑现点", "核销处", "领款点", "取号处", "退款专席", "补发窗",
            "瓷都好物", "脐橙直发", "米粉铺", "花炮专卖", "｜此号接替", "｜旧号作废", "（只此一号）", "SE", "XL", "Neo",
            "Ⅴ", "004", "-3", "3.0"]
PREFIXES = ["赣", "赣鄱", "江右", "老俵", "苏区", "红都", "【提级办理】", "【限时核对】", "【兑现公示】", "◈", "⚐",
            "♧", "⛳", "〈赣〉", "乡里乡亲", "村口喇叭", "快领·", "抢先看·"]
LOOKALIKE = {
    "进": ["迸"], "贤": ["肾"], "栗": ["粟"], "口": ["曰"], "余": ["氽"], "犹": ["扰"], "于": ["千"], "吉": ["告"],
    "遂": ["逐"], "奉": ["奏"], "载": ["截"], "信": ["倌"], "鄱": ["鄯"], "株": ["袜"], "潭": ["漂"], "章": ["童"],
    "动": ["劢"], "共": ["井"],
}
SAME_SOUND = {
    "江": ["匠"], "西": ["昔", "析"], "政": ["争"], "务": ["吾", "屋"], "卫": ["伟"], "健": ["箭", "渐"],
    "市": ["诗"], "监": ["件"], "旅": ["虑"], "交": ["角"], "警": ["径"], "国": ["过"], "动": ["冬"], "机": ["激"],
    "关": ["贯"], "事": ["示"], "工": ["宫"], "商": ["赏"], "联": ["练"], "进": ["锦", "晋"], "贤": ["闲", "仙"],
    "义": ["谊", "艺"], "新": ["心"], "建": ["见"], "浮": ["扶"], "梁": ["良"], "栗": ["立", "力"], "湖": ["虎", "户"],
    "瑞": ["锐"], "昌": ["畅", "唱"], "共": ["供"], "青": ["情"], "渝": ["愉", "娱"], "余": ["鱼", "俞"],
    "赣": ["甘", "感"], "县": ["咸"], "犹": ["由", "游"], "定": ["叮"], "于": ["愚", "予"], "都": ["兜", "豆"],
    "兴": ["醒"], "会": ["绘", "慧"], "石": ["师"], "吉": ["集", "及"], "遂": ["岁", "穗"], "川": ["串"],
    "万": ["完", "玩"], "奉": ["峰", "枫"], "载": ["再", "栽"], "宜": ["依"], "黄": ["晃"], "资": ["紫"],
    "溪": ["夕", "惜"], "信": ["辛"], "玉": ["域", "语"], "鄱": ["婆", "坡"], "港": ["钢"], "瑶": ["遥", "窑"],
    "里": ["礼"], "长": ["张"], "冈": ["岗"], "株": ["朱", "竹"], "潭": ["谈", "坛"], "经": ["精"], "站": ["盏"],
    "曲": ["屈"], "麻": ["码"], "章": ["樟"],
}
TRAD_MODES = ["middle_two", "last_three", "second_and_last"]
# every Unicode space separator and blank-looking character is used by some other part, so this part breaks names
# with visible hyphens, dashes, low lines and dots other parts did not use
SPACES = ["\u2011", "\u2012", "\u2043", "\u2e1a", "\u2e40", "\u30a0", "\ufe58", "\u2574", "\u02cd", "\u2017",
          "\u2e33", "\ua78f"]
DOUBLE_SPACE_P = 0.19
ZERO_WIDTH = ["\U000e0027", "\U000e002b", "\U000e0036", "\U000e0038", "\U000e003f", "\U000e0048", "\U000e004b",
              "\U000e0065", "\U000e010c", "\U000e013e", "\U000e0163", "\U000e01d4"]
EMOJI = ["🎆", "🎇", "🏺", "🫖", "🦢", "🍚", "🦆", "🖌", "⛵", "🦐", "🍠", "🪁"]
BRACKETS = [("⹕", "⹖"), ("⹗", "⹘"), ("〖", "』"), ("《", "」"), ("〔", "〗"), ("﹝", "】"), ("⚘", "⚘"), ("❃", "❃"),
            ("༼", "༽"), ("ʕ", "ʔ")]
FULLWIDTH_MODES = ["horn", "ogonek", "comma_above", "inverted_breve_above"]
LEVEL_FORMS = ["renamed_from", "gan_head_county", "xian_as_shi", "shi_as_xian", "pref_short_county_full",
               "county_full_town", "prov_initials"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}平安夜巡", "{nick}警民对话", "{S}反诈前哨"],
    "fabu": ["{S}政情直通", "{nick}时事汇", "{S}要闻速览"],
    "gov": ["{S}政声传递", "{nick}民情驿"],
    "health": ["{S}健康哨兵", "{nick}医卫资讯"],
    "market": ["{S}放心购联盟", "{nick}消费观察"],
    "tax": ["{S}税收讲堂", "{nick}纳税服务圈"],
    "hotline": ["{S}接诉回音", "{nick}百姓心声"],
    "culture": ["{S}游玩指南", "{nick}山水寻踪", "{S}红色研学"],
    "traffic": ["{S}出行提示", "{nick}畅行路上"],
    "guodong17": ["{S}全民国防", "{nick}国防教育园地"],
    "jgsw17": ["{S}公务保障", "{nick}节约型机关"],
    "renda17": ["{S}代表履职", "{nick}民主法治"],
    "gsl17": ["{S}民企之声", "{nick}商会动态"],
    "fabu_d": ["{S}区情快报"],
    "town_nj17": ["{S}三资监管"],
    "town_aj17": ["{S}安全生产早知道"],
    "town_na17": ["{S}放心农资"],
    "generic": ["{S}乡音连线", "{nick}民意通道", "{S}群众呼声"],
}


# ---- digit forms (the registered digit names are 12345, 12366, 12315 and 12320)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "horn": lambda s: _marks(s, "\u031b"),
    "ogonek": lambda s: _marks(s, "\u0328"),
    "comma_above": lambda s: _marks(s, "\u0313"),
    "inverted_breve_above": lambda s: _marks(s, "\u0311"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, pl, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _renamed_from(u, acc):
    """A place written with the name or level it had before the change (九江县发布, 上饶县12345, 曲江县发布)."""
    name, pl = acc["row"]["name"], u["place"]
    S = pl["DS"] if u["level"] == "district" else pl["S"]
    F = pl["DF"] if u["level"] == "district" else pl["F"]
    old = BEFORE_CHANGE.get(S)
    if u["level"] == "province" or not old or not name.startswith(S):
        return None
    return old + _rest(name, pl, S, F)


def _gan_head_county(u, acc):
    """The province's one-character abbreviation put before a county's name (赣于都发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["province"] != "江西省" or not name.startswith(pl["S"]):
        return None
    return "赣" + name


def _xian_as_shi(u, acc):
    """A county written as if it were a county-level city (于都市发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["province"] != "江西省" or not pl["F"].endswith("县") \
            or not name.startswith(pl["S"]) or name.startswith(pl["F"]):
        return None
    return pl["S"] + "市" + name[len(pl["S"]):]


def _shi_as_xian(u, acc):
    """A county-level city written with the county level it had before (瑞昌县发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in WAS_COUNTY or not name.startswith(pl["S"]):
        return None
    return pl["S"] + "县" + _rest(name, pl, pl["S"], pl["F"])


def _pref_short_county_full(u, acc):
    """The prefecture's short name before the county's full name (赣州于都县发布, 韶关曲江区发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "district":
        if pl["province"] == "江西省" or not name.startswith(pl["DS"]):
            return None
        return pl["S"] + pl["DF"] + _rest(name, pl, pl["DS"], pl["DF"])
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or not name.startswith(pl["S"]):
        return None
    return par[0] + pl["F"] + _rest(name, pl, pl["S"], pl["F"])


def _county_full_town(u, acc):
    """A town put under its county's full name (兴国县长冈农安)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or pl["province"] != "江西省" or not name.startswith(pl["DS"]):
        return None
    return pl["F"] + name


def _prov_initials(u, acc):
    """The province's pinyin initials in place of its name (JX公安 for 江西公安)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return REGION_INITIALS + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return REGION_INITIALS + name[len(pl["S"]):]
    return None


_FORM_MAKERS = {"renamed_from": _renamed_from, "gan_head_county": _gan_head_county, "xian_as_shi": _xian_as_shi,
                "shi_as_xian": _shi_as_xian, "pref_short_county_full": _pref_short_county_full,
                "county_full_town": _county_full_town, "prov_initials": _prov_initials}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the initials, towns the county's full name, renamed places their old name, the former county its county level,
    the other counties one of the county forms."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("prov_initials", "county_full_town", "renamed_from", "shi_as_xian"):
        if f in names:
            return f, names[f]
    rest = [f for f in ("xian_as_shi", "gan_head_county", "pref_short_county_full") if f in names]
    if rest:
        f = rest[_h(acc, "jx") % len(rest)]
        return f, names[f]
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


def _t_middle_two(s, u, r):
    """The two convertible characters nearest the middle of the list of convertible ones (all if two or fewer)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    if len(idx) <= 2:
        return _conv(s, idx)
    m = len(idx) // 2
    return _conv(s, idx[m - 1:m + 1])


def _t_last_three(s, u, r):
    """The last three convertible characters (fewer if the name has fewer)."""
    idx = _conv_idx(s)
    return _conv(s, idx[-3:]) if idx else None


def _t_second_and_last(s, u, r):
    """The second and the last convertible character (the only one if there is one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, sorted({idx[min(1, len(idx) - 1)], idx[-1]}))


TRAD_FUNCS = {"middle_two": _t_middle_two, "last_three": _t_last_three, "second_and_last": _t_second_and_last}


# ---- image edits
def _porcelain_blue(img, rng):
    """Blue-and-white porcelain: the picture in cobalt on a glaze white."""
    g = np.asarray(ImageOps.grayscale(img), float) / 255.0
    ink = np.array([28, 58, 150], float)
    glaze = np.array([244, 246, 250], float)
    k = rng.uniform(0.9, 1.0)
    out = glaze * g[..., None] + ink * (1 - g[..., None]) * k + glaze * (1 - g[..., None]) * (1 - k)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"porcelain blue k{k:.2f}"


def _infrared(img, rng):
    """An infrared-film look: channels swapped, greens turned bright pink, blues darkened."""
    a = np.asarray(img, float)
    r_, g_, b_ = a[..., 0], a[..., 1], a[..., 2]
    out = np.stack([np.minimum(255, g_ * 1.25 + 20), r_ * 0.8, b_ * 0.65], -1)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), "infrared channel swap"


def _hue_slide(img, rng, P=None):
    """The hue turned by about 280 degrees."""
    deg = rng.randint(276, 284)
    hsv = np.asarray(img.convert("HSV")).copy()
    hsv[..., 0] = ((hsv[..., 0].astype(int) + int(round(deg * 255 / 360))) % 256).astype(np.uint8)
    return Image.fromarray(hsv, "HSV").convert("RGB"), f"hue turned {deg} degrees"


def _scanline_crt(img, rng):
    """Filmed off an old monitor: dark scan lines every other row and a one-pixel red/blue fringe."""
    a = np.asarray(img, float).copy()
    a[1::2] *= rng.uniform(0.7, 0.78)
    a[..., 0] = np.roll(a[..., 0], 1, axis=1)
    a[..., 2] = np.roll(a[..., 2], -1, axis=1)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), "crt scan lines"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _blue_white_rim(img, rng, P):
    """A porcelain-plate rim: white glaze with a ring of cobalt scrolls around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (244, 246, 250))
    d = ImageDraw.Draw(out)
    c = W / 2
    d.ellipse([3, 3, W - 4, W - 4], outline=(28, 58, 150), width=3)
    d.ellipse([pad - 5, pad - 5, W - pad + 4, W - pad + 4], outline=(28, 58, 150), width=2)
    rr = (W / 2 + w / 2) / 2
    for k in range(16):
        a = np.radians(k * 22.5)
        x, y = c + rr * np.cos(a), c + rr * np.sin(a)
        s = pad * 0.28
        d.arc([x - s, y - s, x + s, y + s], 20, 300, fill=(28, 58, 150), width=2)
    out.paste(img, (pad, pad))
    return out, "border blue-and-white rim"


def _firework_burst(img, rng, P):
    """Fireworks: a night-blue ground with coloured bursts of rays around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (16, 20, 52))
    d = ImageDraw.Draw(out)
    cols = [(255, 70, 70), (255, 210, 60), (120, 230, 255), (200, 120, 255), (120, 255, 140)]
    for k in range(10):
        side = k % 4
        t = rng.uniform(0.1, 0.9) * W
        x, y = [(t, pad / 2), (W - pad / 2, t), (t, W - pad / 2), (pad / 2, t)][side]
        col = cols[k % len(cols)]
        for j in range(12):
            a = np.radians(j * 30 + rng.uniform(0, 15))
            L = pad * rng.uniform(0.3, 0.45)
            d.line([(x, y), (x + L * np.cos(a), y + L * np.sin(a))], fill=col, width=2)
    out.paste(img, (pad, pad))
    return out, "border firework bursts"


def _lotus_petal(img, rng, P):
    """A lotus: pink petals in a ring, the picture round in the middle."""
    w, pad, W = _pad_of(img, rng, P)
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), col)
    d = ImageDraw.Draw(out)
    c = W / 2
    for k in range(12):
        a = np.radians(k * 30)
        rr = w / 2 + pad * 0.45
        x, y = c + rr * np.cos(a), c + rr * np.sin(a)
        s = pad * 0.5
        d.ellipse([x - s, y - s, x + s, y + s], fill=(246, 170, 196), outline=(214, 96, 140))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border lotus petals"


def _shot_group_invite(img, rng, P, out_px):
    """A chat-group invitation card: green header, the avatar small beside the group name, a grey code block."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (237, 237, 237))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.08 * S)], fill=(7, 193, 96))
    d.rounded_rectangle([int(0.08 * S), int(0.12 * S), int(0.92 * S), int(0.94 * S)], radius=16, fill=(255, 255, 255))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.12 * S), int(0.16 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    for k in range(2):
        d.rectangle([x0 + a + int(0.03 * S), y0 + k * int(0.07 * S), x0 + a + int(S * rng.uniform(0.3, 0.5)),
                     y0 + k * int(0.07 * S) + int(0.03 * S)], fill=(60, 60, 60) if k == 0 else (160, 160, 160))
    q0 = int(0.25 * S)
    d.rectangle([q0, int(0.45 * S), S - q0, int(0.45 * S) + S - 2 * q0], fill=(40, 40, 40))
    for k in range(6):
        xx = q0 + int(rng.uniform(0.05, 0.4) * S)
        yy = int(0.45 * S) + int(rng.uniform(0.05, 0.4) * S)
        d.rectangle([xx, yy, xx + int(0.04 * S), yy + int(0.04 * S)], fill=(255, 255, 255))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot group invite scale {a / S:.3f}"


def _shot_shop_header(img, rng, P, out_px):
    """A shop page: an orange header with the avatar as the shop's logo and a grid of product tiles below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (246, 246, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.28 * S)], fill=(255, 102, 0))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.05 * S), int(0.06 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    d.rectangle([x0 + a + int(0.03 * S), y0, x0 + a + int(0.45 * S), y0 + int(0.035 * S)], fill=(255, 255, 255))
    d.rounded_rectangle([int(0.72 * S), y0, int(0.95 * S), y0 + int(0.07 * S)], radius=12, fill=(255, 230, 0))
    for i in range(2):
        for j in range(2):
            xx, yy = int((0.05 + 0.47 * j) * S), int((0.32 + 0.33 * i) * S)
            d.rectangle([xx, yy, xx + int(0.43 * S), yy + int(0.3 * S)], fill=(255, 255, 255))
            d.rectangle([xx + 6, yy + 6, xx + int(0.43 * S) - 6, yy + int(0.2 * S)],
                        fill=tuple(int(v) for v in rng.choice([(250, 200, 120), (170, 210, 140), (200, 180, 220)])))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot shop header scale {a / S:.3f}"


def _shot_news_article(img, rng, P, out_px):
    """A news-app article: a headline, the avatar small as the source's logo beside the byline, a photo block."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.07 * S)], fill=(214, 36, 36))
    for k in range(2):
        d.rectangle([int(0.06 * S), int((0.11 + 0.06 * k) * S), int(S * rng.uniform(0.7, 0.94)),
                     int((0.15 + 0.06 * k) * S)], fill=(30, 30, 30))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.06 * S), int(0.26 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    d.rectangle([x0 + a + int(0.03 * S), y0 + a // 3, x0 + a + int(0.35 * S), y0 + a // 3 + int(0.025 * S)],
                fill=(150, 150, 150))
    d.rectangle([int(0.06 * S), y0 + a + int(0.04 * S), int(0.94 * S), y0 + a + int(0.36 * S)], fill=(188, 200, 212))
    for k in range(3):
        yy = y0 + a + int(0.4 * S) + k * int(0.05 * S)
        if yy < S - 10:
            d.rectangle([int(0.06 * S), yy, int(S * rng.uniform(0.6, 0.94)), yy + int(0.02 * S)], fill=(170, 170, 170))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot news article scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"porcelain_blue": _porcelain_blue, "infrared": _infrared, "hue_slide": _hue_slide,
                                   "scanline_crt": _scanline_crt},
                   border_funcs={"blue_white_rim": _blue_white_rim, "firework_burst": _firework_burst,
                                 "lotus_petal": _lotus_petal},
                   screenshot_funcs={"group_invite_card": _shot_group_invite, "shop_header": _shot_shop_header,
                                     "news_article": _shot_news_article},
                   resize_px=[204, 209, 216, 229, 233, 244, 252, 258],
                   jpeg_q=(70, 76), crop_frac=(0.3505, 0.3565),
                   border_styles=["blue_white_rim", "firework_burst", "lotus_petal"],
                   border_colours=[(250, 236, 240), (232, 244, 236), (244, 238, 222), (226, 236, 248),
                                   (248, 228, 214), (236, 230, 246)],
                   border_frac=(0.3412, 0.3458),
                   recolour_modes=["porcelain_blue", "infrared", "hue_slide", "scanline_crt"],
                   hue_shift=(276, 284), rotate_deg=(0.062, 0.118),
                   watermark_texts=["赣服通", "兑现登记", "核销入口", "限时补发", "老俵认领"],
                   watermark_alpha=(244, 250),
                   screenshot_styles=["group_invite_card", "shop_header", "news_article"],
                   screenshot_scale=(0.2, 0.204))
P_IMPOSTOR_DERIVED = 0.527
P_IMPOSTOR_DEFAULT = 0.112
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "scenery", "pattern"]
P_IMPOSTOR_VERIFIED = 0.107
IMPOSTOR_VERIFIED = [("enterprise", "{S}赣惠通信息咨询有限公司"), ("personal", "赣鄱生活资讯分享者"),
                     ("other", "{S}老俵互助协会")]
IMPOSTOR_DESCS = ["{S}{fn}：脐橙种植补贴开始发放，添加微信{wx}登记身份证和银行卡",
                  "【{S}{fn}】烟花爆竹经营许可证年审可加急代办，私信{wx}",
                  "{name}：赣服通账户异常需重新认证，点击主页链接输入验证码",
                  "{S}{fn}：耕地地力保护补贴补发，先交手续费，联系QQ{qq}",
                  "{S}{fn}原号被盗已停用，本号为唯一新号，办事请加微信{wx}"]
MAX_PER_TARGET = 6

# Every two- and three-tactic combination that the builder can write is used by some other part, and dev15 and
# dev16 used 36 four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses
# (four impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_FW, _TR, _PR, _SP], 4), ([_LP, _SS, _SP, _ZW], 4), ([_RE, _SS, _TR, _SP], 4), ([_LP, _SS, _TR, _SU], 4),
    ([_SS, _TR, _SP, _ZW], 4), ([_SS, _TR, _SP, _NP], 4), ([_FW, _SS, _TR, _EB], 4), ([_RE, _FW, _LA, _ZW], 4),
    ([_FW, _TR, _SP, _NP], 4), ([_LP, _FW, _SS, _EB], 4), ([_LA, _TR, _SU, _ZW], 4), ([_LA, _SS, _PR, _NP], 4),
    ([_LP, _LA, _SS, _PR], 4), ([_LP, _SU, _SP, _NP], 4), ([_RE, _FW, _TR, _SP], 4), ([_LA, _EB, _SP, _ZW], 4),
    ([_RE, _FW, _LA, _PR], 4), ([_RE, _FW, _ZW, _NP], 4), ([_RE, _FW, _PR, _NP], 4), ([_RE, _LA, _SU, _EB], 4),
    ([_RE, _LA, _PR, _EB], 4), ([_LP, _LA, _SU, _NP], 4), ([_SU, _EB, _ZW, _NP], 4), ([_RE, _SU, _ZW, _NP], 4),
    ([_LP, _FW, _PR, _EB], 4), ([_LP, _PR, _SU, _EB], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture"]
OTHER_PLACES_CHAR = [
    dict(reg="江西", S="江达", F="江达县", province="西藏自治区", level="province", depts=_F3,
         units={"fabu": "江达县人民政府新闻办公室", "police": "江达县公安局", "culture": "江达县文化和旅游局"}),
    dict(reg="安义", S="安泽", F="安泽县", province="山西省", level=_C),
    dict(reg="新建", S="新绛", F="新绛县", province="山西省", level=_C),
    dict(reg="湖口", S="湖里", F="厦门市湖里区", province="福建省", level=_C),
    dict(reg="渝水", S="渝中", F="重庆市渝中区", province="重庆市", level=_C,
         units={"police": "重庆市公安局渝中区分局"}),
    dict(reg="于都", S="武都", F="陇南市武都区", province="甘肃省", level=_C,
         units={"police": "陇南市公安局武都分局"}),
    dict(reg="兴国", S="安国", F="安国市", province="河北省", level=_C),
    dict(reg="石城", S="石楼", F="石楼县", province="山西省", level=_C),
    dict(reg="遂川", S="遂平", F="遂平县", province="河南省", level=_C),
    dict(reg="万安", S="万全", F="张家口市万全区", province="河北省", level=_C,
         units={"police": "张家口市公安局万全区分局"}),
    dict(reg="定南", S="定襄", F="定襄县", province="山西省", level=_C),
    dict(reg="宜黄", S="宜阳", F="宜阳县", province="河南省", level=_C),
    dict(reg="广昌", S="广平", F="广平县", province="河北省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="新建", S="新津", F="成都市新津区", province="四川省", level=_C,
         units={"police": "成都市公安局新津区分局"}),
    dict(reg="渝水", S="榆树", F="榆树市", province="吉林省", level=_C),
    dict(reg="上栗", S="尚义", F="尚义县", province="河北省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("大宁", "大宁县", "山西省", "police"), ("乡宁", "乡宁县", "山西省", "fabu"), ("阜城", "阜城县", "河北省", "police"),
    ("深泽", "深泽县", "河北省", "fabu"), ("赞皇", "赞皇县", "河北省", "procur"), ("临城", "临城县", "河北省", "police"),
    ("柏乡", "柏乡县", "河北省", "fabu"), ("隆尧", "隆尧县", "河北省", "police"), ("馆陶", "馆陶县", "河北省", "fabu"),
    ("曲周", "曲周县", "河北省", "police"), ("顺平", "顺平县", "河北省", "procur"), ("博野", "博野县", "河北省", "fabu"),
    ("阳原", "阳原县", "河北省", "police"), ("涿鹿", "涿鹿县", "河北省", "fabu"), ("沽源", "沽源县", "河北省", "police"),
    ("滦平", "滦平县", "河北省", "fabu"), ("武强", "武强县", "河北省", "police"), ("昌图", "昌图县", "辽宁省", "fabu"),
    ("康平", "康平县", "辽宁省", "police"), ("法库", "法库县", "辽宁省", "procur"), ("柳河", "柳河县", "吉林省", "police"),
    ("宽城", "宽城满族自治县", "河北省", "police"), ("井陉", "井陉县", "河北省", "fabu"), ("灵寿", "灵寿县", "河北省", "police"),
    ("行唐", "行唐县", "河北省", "fabu"), ("高邑", "高邑县", "河北省", "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="江西日报", platform="weibo", vtype="media", reason="江西日报社官方微博", desc="江西新闻。",
         logo_text="赣报"),
    dict(name="江南都市报", platform="douyin", vtype="media", reason="江南都市报社官方账号", desc="民生新闻。",
         logo_text="江南"),
    dict(name="信息日报", platform="toutiao", vtype="media", reason="信息日报社官方账号", desc="都市新闻。",
         logo_text="信息"),
    dict(name="今视频", platform="kuaishou", vtype="media", reason="江西广播电视台今视频客户端官方账号",
         desc="新闻短视频。", logo_text="今视"),
    dict(name="中国江西网", platform="wechat", vtype="media", reason="大江网", desc="新闻网站。", logo_text="大江"),
    dict(name="新法制报", platform="weibo", vtype="media", reason="新法制报社官方微博", desc="法治新闻。",
         logo_text="法制"),
    dict(name="南昌日报", platform="wechat", vtype="media", reason="南昌日报社", desc="南昌新闻。"),
    dict(name="赣南日报", platform="toutiao", vtype="media", reason="赣南日报社官方账号", desc="赣州新闻。"),
    dict(name="井冈山报", platform="wechat", vtype="media", reason="井冈山报社", desc="吉安新闻。"),
    dict(name="上饶日报", platform="douyin", vtype="media", reason="上饶日报社官方账号", desc="上饶新闻。"),
    dict(name="宜春日报", platform="wechat", vtype="media", reason="宜春日报社", desc="宜春新闻。"),
    dict(name="抚州日报", platform="toutiao", vtype="media", reason="抚州日报社官方账号", desc="抚州新闻。"),
    dict(name="九江日报", platform="kuaishou", vtype="media", reason="九江日报社官方账号", desc="九江新闻。"),
    dict(name="萍乡日报", platform="wechat", vtype="media", reason="萍乡日报社", desc="萍乡新闻。"),
    dict(name="景德镇日报", platform="weibo", vtype="media", reason="景德镇日报社官方微博", desc="景德镇新闻。"),
    dict(name="新余日报", platform="toutiao", vtype="media", reason="新余日报社官方账号", desc="新余新闻。"),
    dict(name="江西新闻广播", platform="weibo", vtype="media", reason="江西广播电视台新闻广播官方微博",
         desc="新闻广播。", logo_text="广播"),
    dict(name="于都融媒", platform="douyin", vtype="media", reason="于都县融媒体中心官方账号", desc="于都新闻。"),
    dict(name="鄱阳电视台", platform="kuaishou", vtype="media", reason="鄱阳县广播电视台官方账号", desc="鄱阳新闻。"),
    dict(name="资溪融媒", platform="douyin", vtype="media", reason="资溪县融媒体中心官方账号", desc="资溪新闻。"),
    dict(name="江西发布会直播间", platform="douyin", vtype="media", reason="江西广播电视台新闻频道官方账号",
         desc="新闻频道直播新闻发布会的栏目，并非省政府新闻办账号。", logo_text="直播"),
    dict(name="万安12345跟踪报道", platform="toutiao", vtype="media", reason="井冈山报社官方账号",
         desc="报社民生栏目，跟踪热线诉求的办理结果。", logo_text="跟踪"),
    dict(name="浮梁文旅探访", platform="wechat", vtype="media", reason="景德镇广播电视台",
         desc="电视台文旅栏目，走访瓷源古村，并非文旅局账号。", logo_text="探访"),
    dict(name="奉新公安档案", platform="douyin", vtype="media", reason="宜春广播电视台官方账号",
         desc="电视台法治栏目，讲述基层民警办案，并非公安账号。", logo_text="档案"),
    dict(name="江西交警一线", platform="bilibili", vtype="media", reason="江西广播电视台官方账号",
         desc="电视台交通安全节目的栏目，并非交警账号。", logo_text="一线"),
    dict(name="兴国税务面对面", platform="toutiao", vtype="media", reason="赣南日报社官方账号",
         desc="报社财经栏目，请税务干部解答办税问题，并非税务局账号。", logo_text="面对"),
]
PERSONAL = [
    dict(name="于都长征路上的老李", platform="douyin", vtype="personal", reason="历史博主"),
    dict(name="浮梁拉坯师傅", platform="kuaishou", avatar="cartoon"),
    dict(name="湖口江豚观察员", platform="weibo", vtype="personal", reason="自然博主", avatar="scenery"),
    dict(name="资溪面包师阿明", platform="douyin", vtype="personal", reason="美食博主"),
    dict(name="进贤毛笔匠人", platform="kuaishou"),
    dict(name="上栗烟花设计师", platform="douyin", avatar="cartoon"),
    dict(name="宜黄戏票友", platform="toutiao"),
    dict(name="兴国山歌手", platform="kuaishou", avatar="default"),
    dict(name="广昌莲农老黄", platform="douyin"),
    dict(name="万安农民画画师", platform="kuaishou"),
    dict(name="遂川茶农小曾", platform="douyin", avatar="default"),
    dict(name="鄱阳湖边渔家", platform="kuaishou"),
    dict(name="南城麻姑米种植户", platform="douyin"),
    dict(name="上犹阳明湖钓友", platform="kuaishou", avatar="scenery"),
    dict(name="会昌风景摄影", platform="weibo", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="赣县客家美食", platform="douyin"),
    dict(name="共青城羽绒服工人", platform="weibo"),
    dict(name="余江眼镜小店主", platform="kuaishou", avatar="default"),
    dict(name="乡村医生钟大夫", platform="toutiao", vtype="personal", reason="宁都某村卫生室乡村医生"),
    dict(name="刘律师谈拆迁", platform="toutiao", vtype="personal", reason="江西某律师事务所律师"),
    dict(name="渝水辅警小邓", platform="douyin", vtype="personal", reason="新余市公安局渝水分局辅警",
         desc="分享反诈知识。"),
    dict(name="定南脐橙果农", platform="kuaishou"),
    dict(name="瑞昌剪纸阿姨", platform="weibo"),
    dict(name="每天转江西发布", platform="weibo", vtype="personal", reason="退休教师",
         desc="转发江西发布的消息，个人账号，非官方。"),
    dict(name="阿峰打过鄱阳12345", platform="toutiao", vtype="personal", reason="本地生活博主",
         desc="个人记录拨打热线的经历，非官方。"),
    dict(name="上栗文旅打卡记", platform="wechat", desc="个人游记，记录在上栗看烟花的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="江西公安制服用品店", platform="weibo", vtype="enterprise", reason="南昌某服装有限公司",
         desc="制式服装、劳保用品销售，私营企业，与公安机关无关。", logo_text="制服"),
    dict(name="渝水文旅客栈", platform="wechat", vtype="enterprise", reason="新余某酒店管理有限公司",
         desc="客栈预订，企业账号，与文旅部门无关。"),
    dict(name="江西税务咨询工作室", platform="douyin", vtype="enterprise", reason="南昌某财税咨询有限公司",
         desc="代理记账、税务咨询，私营企业，与税务局无关。"),
    dict(name="进贤文港毛笔", platform="douyin"),
    dict(name="浮梁红茶", platform="kuaishou", vtype="enterprise", reason="浮梁某茶业有限公司"),
    dict(name="上栗花炮", platform="douyin"),
    dict(name="湖口糟鱼", platform="kuaishou", avatar="default"),
    dict(name="瑞昌山药", platform="douyin", vtype="enterprise", reason="瑞昌某农业有限公司"),
    dict(name="共青城鸭鸭羽绒", platform="kuaishou"),
    dict(name="余江木雕", platform="douyin"),
    dict(name="赣县脐橙", platform="kuaishou", vtype="enterprise", reason="赣县某果业有限公司"),
    dict(name="上犹绿茶", platform="douyin"),
    dict(name="于都梓山蔬菜", platform="kuaishou"),
    dict(name="兴国灰鹅", platform="douyin", avatar="default"),
    dict(name="会昌豆干", platform="kuaishou"),
    dict(name="石城白莲", platform="douyin"),
    dict(name="遂川狗牯脑茶", platform="kuaishou", vtype="enterprise", reason="遂川某茶业有限公司"),
    dict(name="万安鱼头", platform="douyin"),
    dict(name="奉新大米", platform="kuaishou"),
    dict(name="万载花炮", platform="douyin"),
    dict(name="宜黄擂茶", platform="kuaishou", vtype="enterprise", reason="宜黄某食品有限公司"),
    dict(name="资溪面包坊", platform="douyin"),
    dict(name="广信麻糍", platform="kuaishou", avatar="default"),
    dict(name="玉山罗纹砚", platform="douyin"),
    dict(name="鄱阳湖银鱼", platform="wechat", vtype="enterprise", reason="鄱阳某水产有限公司"),
    dict(name="曲江马坝油粘米", platform="douyin", vtype="enterprise", reason="韶关某米业有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("进贤", "李渡", "李渡镇", ["town_aj17"]), ("安义", "石鼻", "石鼻镇", ["town_nj17"]),
    ("湖口", "双钟", "双钟镇", ["town_na17"]), ("于都", "罗坳", "罗坳镇", ["town_nj17"]),
    ("会昌", "筠门岭", "筠门岭镇", ["town_aj17"]), ("石城", "琴江", "琴江镇", ["town_na17"]),
    ("遂川", "草林", "草林镇", ["town_nj17"]), ("上犹", "营前", "营前镇", ["town_aj17"]),
    ("广昌", "驿前", "驿前镇", ["town_na17"]), ("玉山", "樟村", "樟村镇", ["town_nj17"]),
]
UNREG_CITY = [
    ("江西", "edu", 0), ("江西", "fire", 0), ("江西", "medins", 0), ("江西", "civil", 0),
    ("山东", "gsl17", 0), ("广东", "renda17", 0), ("江西", "youzheng17", 0),
    ("进贤", "police", 0), ("安义", "police", 0), ("浮梁", "police", 0), ("湖口", "police", 0),
    ("瑞昌", "police", 0), ("赣县", "police", 0), ("上犹", "police", 0),
    ("于都", "police", 0), ("兴国", "police", 0), ("会昌", "police", 0), ("万安", "police", 0), ("吉水", "police", 0),
    ("江西", "emergency", 0), ("江西", "eco", 0), ("江西", "water", 0), ("于都", "medins", 0),
    ("鄱阳", "tax", 0), ("宁都", "fabu", 0), ("峡江", "fabu", 0), ("崇仁", "fabu", 0), ("横峰", "fabu", 0),
    ("宁都", "police", 0), ("峡江", "police", 0), ("崇仁", "police", 0), ("余干", "police", 0), ("宁都", "culture", 0),
    ("余干", "fabu", 0), ("鄱阳", "police", 0), ("兴国", "culture", 0),
    ("遂川", "culture", 0), ("万安", "culture", 0), ("万载", "hotline", 0),
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
    print("building dev17 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev17\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
