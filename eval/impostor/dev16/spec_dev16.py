"""Sixteenth dev part (dev16): built blind as the twelfth held-out part (2026-12-03), demoted to tuning data in the
fourteenth session.
Run: python eval/impostor/dev16/spec_dev16.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev15/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, and counties,
districts, a special district and autonomous counties across all of its prefecture-level divisions, plus a few
towns), plus unused Shandong and Guangdong districts and one unused provincial body each of Shandong and Guangdong,
so the registry is the supervising office's registry for three provinces.  Part-specific machinery (new unit and
town kinds, level forms, traditional-form modes, digit forms, colour filters, frames, screenshot layouts, the
registry's region fix) lives in this file, not in gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageOps  # noqa: E402

PART = "dev16"
SEED = 70843
CRAWL_DAY = "2025-08-26"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "zhengfa16": ("中共{F}委员会政法委员会", "中共{F}委员会政法委员会", ["长安{S}", "{S}政法"], "shield", None,
                  "发布平安建设、法治建设和政法队伍建设信息"),
    "yimin16": ("{F}生态移民局", "{F}生态移民局", ["{S}移民", "{S}生态移民"], "house", None,
                "发布易地扶贫搬迁后续扶持、安置点就业和社区治理信息"),
    "zhengxie16": ("中国人民政治协商会议{F}委员会", "中国人民政治协商会议{F}委员会", ["{S}政协", "{S}政协之声"], "gate",
                   None, "发布政协协商议政、民主监督和委员履职信息"),
    "dangxiao16": ("中共{F}委员会党校", "中共{F}委员会党校", ["{S}党校", "{S}行政学院"], "book", None,
                   "发布干部教育培训、理论研究和决策咨询信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_zz16": ("{F}{DF}综治中心", ["{DS}综治", "{DS}综治中心"], "shield", None,
                  "发布平安创建、矛盾纠纷化解和群防群治信息"),
    "town_gt16": ("{F}自然资源局{DF}自然资源所", ["{DS}国土所", "{DS}自然资源所"], "leaf", None,
                  "发布农村宅基地审批、耕地保护和地质灾害防治信息"),
    "town_cy16": ("{F}{DF}产业发展服务中心", ["{DS}产业发展", "{DS}产业服务"], "leaf", None,
                  "发布特色产业、农业技术推广和农产品销售信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"zhengfa16": "长安", "yimin16": "移民", "zhengxie16": "政协", "dangxiao16": "党校",
               "town_zz16": "综治", "town_gt16": "国土所", "town_cy16": "产业发展"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level division (short, full, kind) is kept here.
_GY, _LPS, _ZY = ("贵阳", "贵阳市", "city"), ("六盘水", "六盘水市", "city"), ("遵义", "遵义市", "city")
_AS, _BJ, _TR = ("安顺", "安顺市", "city"), ("毕节", "毕节市", "city"), ("铜仁", "铜仁市", "city")
_QXN = ("黔西南", "黔西南布依族苗族自治州", "zhou")
_QDN = ("黔东南", "黔东南苗族侗族自治州", "zhou")
_QN = ("黔南", "黔南布依族苗族自治州", "zhou")
PARENT = {"开阳": _GY, "六枝": _LPS,
          "播州": _ZY, "绥阳": _ZY, "正安": _ZY, "务川": _ZY, "凤冈": _ZY,
          "西秀": _AS, "平坝": _AS, "普定": _AS, "镇宁": _AS, "关岭": _AS,
          "七星关": _BJ, "大方": _BJ, "赫章": _BJ,
          "碧江": _TR, "万山": _TR, "玉屏": _TR, "印江": _TR, "沿河": _TR,
          "普安": _QXN, "安龙": _QXN,
          "黄平": _QDN, "台江": _QDN, "施秉": _QDN,
          "贵定": _QN, "独山": _QN, "平塘": _QN, "三都": _QN, "龙里": _QN}
AUTONOMOUS = {"务川", "镇宁", "关岭", "玉屏", "印江", "沿河", "三都"}  # registered autonomous counties
# places whose name or level changed: what they were called before (遵义县 became 播州区 in 2016, 平坝县 became a
# district in 2014, 万山特区 became a district in 2011, 高要市 in 2015, 潮阳市 in 2003)
BEFORE_CHANGE = {"播州": "遵义县", "平坝": "平坝县", "万山": "万山特区", "高要": "高要市", "潮阳": "潮阳市"}
SPECIAL_DISTRICT = {"六枝"}  # a 特区, the only county-level special districts left
REGION_NAME = "贵州"

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4t = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="贵州", F="贵州省", area="0851", landmark="mountain", nick="黔山贵水",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "kuaishou"]}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 0, "platforms": _3, "names": {"wechat": "{S}12320"}}),
                ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("traffic", {"platforms": _3}),
                ("zhengfa16", {"name_idx": 0, "platforms": _3}),
                ("yimin16", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="孔孟故里",
         depts=[("zhengxie16", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="珠江两岸",
         depts=[("dangxiao16", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="贵州省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


CITIES = [
    # ---- counties, districts, the special district and autonomous counties of the new province
    _c("开阳", "开阳县", "0851", "mountain", "十里画廊", ["fabu", "police", ("hotline", {"platforms": _3})]),
    _c("六枝", "六枝特区", "0858", "waves", "牂牁江", [("fabu", {"platforms": _3}), "police", ("hotline", {"platforms": _2})]),
    _c("播州", "播州区", "0851", "pagoda", "乌江寨", ["fabu", "police", ("culture", {"avatar": "distinctive"})]),
    _c("绥阳", "绥阳县", "0851", "mountain", "诗乡",
       [("fabu", {"platforms": _3}), "police", ("hotline", {"platforms": _3}), ("culture", {"avatar": "distinctive"}),
        ("zhengfa16", {"name_idx": 0})]),
    _c("正安", "正安县", "0851", "sun", "吉他之城",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _3}), ("hotline", {"platforms": _2}), ("yimin16", {"name_idx": 0})]),
    _c("务川", "务川仡佬族苗族自治县", "0851", "mountain", "仡佬之源",
       [("fabu", {"platforms": ["weibo", "wechat", "bilibili"]}), ("culture", {"avatar": "distinctive", "platforms": _4})]),
    _c("西秀", "西秀区", "0851", "pagoda", "屯堡", [("fabu", {"platforms": _2})]),
    _c("平坝", "平坝区", "0851", "mountain", "天台山", ["fabu", "police"]),
    _c("普定", "普定县", "0851", "waves", "梭筛", [("fabu", {"platforms": _2})]),
    _c("镇宁", "镇宁布依族苗族自治县", "0851", "waves", "黄果树瀑布", ["fabu", ("culture", {"avatar": "distinctive", "platforms": _3})],
       [dict(DS="黄果树", DF="黄果树镇", depts=["town_zz16"])]),
    _c("关岭", "关岭布依族苗族自治县", "0851", "bridge", "花江峡谷", [("fabu", {"platforms": _2})]),
    _c("七星关", "七星关区", "0857", "mountain", "鸡鸣三省",
       ["fabu", "police", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    _c("大方", "大方县", "0857", "pagoda", "奢香故里", [("fabu", {"platforms": _3}), ("yimin16", {"name_idx": 0})]),
    _c("碧江", "碧江区", "0856", "waves", "锦江古城", [("fabu", {"platforms": _2})]),
    _c("万山", "万山区", "0856", "mountain", "朱砂古镇", [("fabu", {"platforms": _2}), ("culture", {"avatar": "distinctive"})]),
    _c("玉屏", "玉屏侗族自治县", "0856", "sun", "箫笛之乡", [("fabu", {"platforms": _3}), "police"],
       [dict(DS="朱家场", DF="朱家场镇", depts=["town_gt16"])]),
    _c("印江", "印江土家族苗族自治县", "0856", "mountain", "书法之乡",
       ["fabu", ("culture", {"avatar": "distinctive", "platforms": _3k})]),
    _c("沿河", "沿河土家族自治县", "0856", "waves", "乌江画廊", [("fabu", {"platforms": _2})]),
    _c("普安", "普安县", "0859", "mountain", "古茶树之乡", ["fabu", ("zhengfa16", {"name_idx": 0})]),
    _c("安龙", "安龙县", "0859", "pagoda", "招堤荷花", [("fabu", {"platforms": _3}), "police"]),
    _c("黄平", "黄平县", "0855", "sun", "且兰古国", ["fabu", ("hotline", {"platforms": _2})]),
    _c("台江", "台江县", "0855", "sun", "姊妹节故乡", ["fabu", ("culture", {"avatar": "distinctive", "platforms": _3}), ("police", {"platforms": _2})],
       [dict(DS="施洞", DF="施洞镇", depts=["town_cy16"])]),
    _c("贵定", "贵定县", "0854", "mountain", "云雾贡茶", [("fabu", {"platforms": _2})]),
    _c("独山", "独山县", "0854", "bridge", "深河桥", [("fabu", {"platforms": _3}), ("police", {"platforms": _3})]),
    _c("平塘", "平塘县", "0854", "sun", "中国天眼",
       [("fabu", {"platforms": _3}), "police", ("culture", {"avatar": "distinctive"}),
        ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    _c("三都", "三都水族自治县", "0854", "waves", "水书故里", ["fabu", ("culture", {"avatar": "distinctive"})],
       [dict(DS="九阡", DF="九阡镇", depts=["town_zz16"])]),
    # ---- Shandong and Guangdong districts no other part used
    _c("潍坊", "潍坊市", "0536", "waves", "潍水之滨", [],
       [dict(DS="潍城", DF="潍城区", depts=["fabu_d"])], province="山东省"),
    _c("临沂", "临沂市", "0539", "mountain", "蒙山沂水", [],
       [dict(DS="河东", DF="河东区", depts=["fabu_d"])], province="山东省"),
    _c("汕头", "汕头市", "0754", "waves", "侨乡汕头", [],
       [dict(DS="潮阳", DF="潮阳区", depts=["fabu_d"])], province="广东省"),
    _c("肇庆", "肇庆市", "0758", "mountain", "端溪", [],
       [dict(DS="高要", DF="高要区", depts=["fabu_d"])], province="广东省"),
    # ---- places that only have unregistered units here
    _c("凤冈", "凤冈县", "0851", "mountain", "凤冈", []),
    _c("施秉", "施秉县", "0855", "mountain", "施秉", []),
    _c("龙里", "龙里县", "0854", "mountain", "龙里", []),
    _c("赫章", "赫章县", "0857", "mountain", "赫章", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_2, _3, _2, ["wechat", "douyin"], _3, ["weibo", "wechat", "toutiao"], _3, ["wechat", "douyin", "toutiao"],
               _2, _4t]


def _auto_platforms(S, key, town=False):
    import hashlib
    h = int(hashlib.md5(f"{S}/{key}".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.071


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "政府发布")
    if d == "police" and name == S + "公安":
        opts.append(S + "警务发布")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345便民服务")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文化和旅游")
    if d == "zhengfa16" and name == "长安" + S:
        opts.append(S + "长安网")
    if d == "yimin16" and name == S + "移民":
        opts.append(S + "生态移民局")
    if d == "zhengxie16" and name == S + "政协":
        opts.append(S + "政协委员之家")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: one symbol to seven characters; the province's one-character abbreviations (黔, and 筑 and 遵 for two
# of its cities) and regional words, claim/intake words, shop words, a "moved account" and "follow this one" bar, a
# "don't add other accounts" plea, version tags; up to two are stacked by the builder
SUFFIXES = ["黔通办", "黔货直供", "贵人帮", "爽爽办", "夜郎通", "山地通", "申报点", "补录处", "复核点", "认领处",
            "结算处", "领卡处", "预约处", "签到处", "黔货铺", "土特产直发", "带货间", "拼团群", "｜搬家了", "｜认这个",
            "（别加其他号）", "v3", "Max", "Ultra", "Ⅳ", "003", "_02", "2.0"]
PREFIXES = ["黔", "黔·", "多彩", "贵人", "黔北", "黔中", "山地", "【通报】", "【周知】", "【转扩】", "【核实】", "※", "▣",
            "♢", "⌘", "〈公〉", "我们村", "寨子里", "快转·", "赶紧看·", "筑", "遵"]
LOOKALIKE = {
    "贵": ["贲"], "康": ["庸"], "移": ["侈"], "党": ["觉"], "枝": ["技"], "绥": ["绶"], "坝": ["呗"], "普": ["晋"],
    "玉": ["王"], "独": ["烛"], "朱": ["末"], "施": ["旋"], "洞": ["洄"],
    "潍": ["滩"], "潮": ["溯"], "要": ["耍"], "国": ["固"], "产": ["严"], "开": ["升"],
    "土": ["士"],
}
SAME_SOUND = {
    "贵": ["桂", "柜"], "开": ["楷"], "六": ["刘", "流"], "枝": ["支", "芝"], "播": ["波"], "绥": ["随", "遂"],
    "正": ["郑", "证"], "西": ["锡"], "秀": ["修"], "坝": ["霸", "巴"], "普": ["朴"], "定": ["钉"], "镇": ["枕"],
    "关": ["冠"], "岭": ["玲", "令"], "七": ["齐", "奇"], "星": ["型", "幸"], "大": ["答"], "方": ["房"],
    "碧": ["必", "毕"], "万": ["湾", "晚"], "玉": ["宇", "雨"], "印": ["音", "银"], "沿": ["延", "言"], "黄": ["凰"],
    "独": ["读", "杜"], "塘": ["唐", "糖"], "警": ["镜"], "协": ["携"], "党": ["挡"], "校": ["孝", "效"],
    "移": ["遗", "仪"], "果": ["裹"], "树": ["书"], "朱": ["竹"], "家": ["佳", "加"], "施": ["诗", "师"],
    "洞": ["栋", "动"], "九": ["酒"], "阡": ["千", "迁"], "潍": ["微", "唯"], "潮": ["朝"], "要": ["耀"], "综": ["宗"],
    "治": ["志", "致"], "国": ["果"], "土": ["图", "途"], "产": ["铲"], "业": ["野"], "生": ["省"], "态": ["泰"],
    "监": ["建"],
}
TRAD_MODES = ["cross_pair", "first_three", "every_second_from_end"]
# every Unicode space separator and blank-looking character is used by some other part, so this part breaks names
# with visible separators other parts did not use
SPACES = ["⁓", "┄", "┈", "╎", "⎮", "⏐", "꞉", "∘", "⁚", "⁝", "﹣", "‿"]
DOUBLE_SPACE_P = 0.16
ZERO_WIDTH = ["\U000e002a", "\U000e0033", "\U000e0044", "\U000e0057", "\U000e006f", "\U000e007a",
              "\U000e0115", "\U000e0130", "\U000e0148", "\U000e0159", "\U000e0170", "\U000e01c0"]
EMOJI = ["⚽", "🏀", "🍶", "🥃", "🦋", "🐂", "🥁", "🌁", "🌽", "🥔", "🪶", "🧵"]
BRACKETS = [("༺", "༻"), ("ʚ", "ɞ"), ("☙", "❧"), ("⸢", "⸥"), ("⌊", "⌉"), ("【", "」"), ("『", "〕"), ("⊱", "⊰"),
            ("❦", "❦"), ("〝", "〟")]
FULLWIDTH_MODES = ["grave_above", "hook_above", "bridge_below", "inverted_breve_below"]
LEVEL_FORMS = ["prov_one_char", "tequ_as_county", "before_change", "zhou_short_chain", "zhou_wrong_shi",
               "pref_bare_chain", "zizhi_bare", "pref_town_skip"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民连心桥", "{nick}守望者", "{S}防骗小课堂"],
    "fabu": ["{S}时政快递", "{nick}今日说", "{S}新闻早班车"],
    "gov": ["{S}政务驿站", "{nick}便民窗"],
    "health": ["{S}健康加油站", "{nick}医疗小助手"],
    "market": ["{S}消费维权站", "{nick}舌尖安全"],
    "tax": ["{S}纳税服务驿站", "{nick}办税小课堂"],
    "hotline": ["{S}民情热线站", "{nick}民生连线"],
    "culture": ["{S}旅行攻略", "{nick}风物录", "{S}民族节日"],
    "traffic": ["{S}路况早知道", "{nick}安全驾驶"],
    "zhengfa16": ["{S}平安法治", "{nick}法治观察"],
    "yimin16": ["{S}搬迁安置", "{nick}新家园"],
    "zhengxie16": ["{S}委员风采", "{nick}协商议事"],
    "dangxiao16": ["{S}干部学堂", "{nick}理论学习"],
    "fabu_d": ["{S}街坊新闻"],
    "town_zz16": ["{S}平安村寨"],
    "town_gt16": ["{S}宅基地审批"],
    "town_cy16": ["{S}农特产品"],
    "generic": ["{S}百姓连心桥", "{nick}民情连线", "{S}便民信息台"],
}


# ---- digit forms (the registered digit names are 12345, 12366, 12315 and 12320)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "grave_above": lambda s: _marks(s, "\u0300"),
    "hook_above": lambda s: _marks(s, "\u0309"),
    "bridge_below": lambda s: _marks(s, "\u032a"),
    "inverted_breve_below": lambda s: _marks(s, "\u032f"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _prov_one_char(u, acc):
    """The province's one-character abbreviation in place of its name (黔公安 for 贵州公安)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return "黔" + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return "黔" + name[len(pl["S"]):]
    if name.endswith(pl["S"]):
        return name[:-len(pl["S"])] + "黔"
    return None


def _tequ_as_county(u, acc):
    """The special district written as a plain county (六枝县发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in SPECIAL_DISTRICT or not name.startswith(pl["S"]):
        return None
    return pl["S"] + "县" + name[len(pl["S"]):]


def _before_change(u, acc):
    """A place written with the name or level it had before the change (遵义县发布, 万山特区发布, 高要市发布)."""
    name, pl = acc["row"]["name"], u["place"]
    S = pl["DS"] if u["level"] == "district" else pl["S"]
    F = pl["DF"] if u["level"] == "district" else pl["F"]
    old = BEFORE_CHANGE.get(S)
    if u["level"] == "province" or not old or not name.startswith(S):
        return None
    rest = name[len(F):] if name.startswith(F) else name[len(S):]
    return old + rest


def _zhou_short_chain(u, acc):
    """The autonomous prefecture as people shorten it (…州) before the county (黔南州独山发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[2] != "zhou" or not name.startswith(pl["S"]):
        return None
    return par[0] + "州" + name


def _zhou_wrong_shi(u, acc):
    """The autonomous prefecture written as a city, with the county's level word (黔南市独山县发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[2] != "zhou" or not name.startswith(pl["S"]):
        return None
    rest = name[len(pl["F"]):] if name.startswith(pl["F"]) else name[len(pl["S"]):]
    lvl = "县" if pl["F"].endswith("县") else pl["F"][-1]
    return par[0] + "市" + pl["S"] + lvl + rest


def _pref_bare_chain(u, acc):
    """The prefecture's and the county's short names run together without level words (遵义绥阳发布, 汕头潮阳发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "district":
        if pl["province"] == "贵州省" or not name.startswith(pl["DS"]):
            return None
        return pl["S"] + name
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[2] != "city" or not name.startswith(pl["S"]):
        return None
    return par[0] + name


def _zizhi_bare(u, acc):
    """An autonomous county with its ethnic words dropped (务川自治县发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in AUTONOMOUS or not name.startswith(pl["S"]) \
            or name.startswith(pl["F"]):
        return None
    return pl["S"] + "自治县" + name[len(pl["S"]):]


def _pref_town_skip(u, acc):
    """A town put straight under the prefecture, the county left out (安顺黄果树综治)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + name


_FORM_MAKERS = {"prov_one_char": _prov_one_char, "tequ_as_county": _tequ_as_county, "before_change": _before_change,
                "zhou_short_chain": _zhou_short_chain, "zhou_wrong_shi": _zhou_wrong_shi,
                "pref_bare_chain": _pref_bare_chain, "zizhi_bare": _zizhi_bare, "pref_town_skip": _pref_town_skip}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the abbreviation, towns the prefecture form, the special district and changed places their old form,
    autonomous counties the bare form on two accounts in three, counties of autonomous prefectures one of the two
    prefecture forms, the others the bare chain."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("prov_one_char", "pref_town_skip"):
        if f in names:
            return f, names[f]
    for f in ("tequ_as_county", "before_change"):
        if f in names:
            return f, names[f]
    if "zizhi_bare" in names and _h(acc, "zz") % 3:
        return "zizhi_bare", names["zizhi_bare"]
    zs = [f for f in ("zhou_short_chain", "zhou_wrong_shi") if f in names]
    if zs:
        f = zs[_h(acc, "zh") % len(zs)]
        return f, names[f]
    if "pref_bare_chain" in names:
        return "pref_bare_chain", names["pref_bare_chain"]
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


def _t_cross_pair(s, u, r):
    """The first convertible character of the place and the last convertible one of the department's word."""
    a, b = _place_span(s, u)
    c, d = _dept_span(s, u)
    conv = _conv_idx(s)
    pick = [i for i in conv if a <= i < b][:1] + [i for i in conv if c <= i < d and not a <= i < b][-1:]
    if len(pick) == 2:
        return _conv(s, pick)
    return _conv(s, conv[:1]) if len(conv) == 1 else None


def _t_first_three(s, u, r):
    """The first three convertible characters of the whole name (fewer if the name has fewer)."""
    idx = _conv_idx(s)
    return _conv(s, idx[:3]) if idx else None


def _t_every_second_from_end(s, u, r):
    """Counting back from the last convertible character, every second one (the last, the third-last, ...)."""
    idx = _conv_idx(s)
    return _conv(s, idx[::-1][::2]) if idx else None


TRAD_FUNCS = {"cross_pair": _t_cross_pair, "first_three": _t_first_three,
              "every_second_from_end": _t_every_second_from_end}


# ---- image edits
def _riso_pink(img, rng):
    """A risograph look: the picture printed in fluorescent pink and teal with a slight misregistration."""
    g = np.asarray(ImageOps.grayscale(img), float) / 255.0
    dx = rng.randint(2, 3)
    ink1 = 1 - g
    ink2 = np.roll(1 - g, dx, axis=1)
    base = np.ones(g.shape + (3,)) * np.array([246, 242, 232])
    pink, teal = np.array([255, 72, 176]), np.array([0, 131, 138])
    out = base * (1 - 0.8 * ink1[..., None]) + pink * 0.8 * ink1[..., None]
    out = out * (1 - 0.45 * ink2[..., None]) + teal * 0.45 * ink2[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"riso pink/teal offset {dx}px"


def _heatmap(img, rng):
    """A thermal-camera palette: brightness mapped to black, purple, orange and yellow."""
    g = np.asarray(ImageOps.grayscale(img), float) / 255.0
    stops = np.array([[10, 0, 30], [120, 20, 130], [235, 90, 30], [255, 236, 120]], float)
    x = np.clip(g * 3, 0, 2.999)
    k = x.astype(int)
    t = (x - k)[..., None]
    out = stops[k] * (1 - t) + stops[k + 1] * t
    return Image.fromarray(out.astype(np.uint8)), "heatmap palette"


def _hue_warp(img, rng, P=None):
    """The hue turned by about 290 degrees."""
    deg = rng.randint(288, 299)
    hsv = np.asarray(img.convert("HSV")).copy()
    hsv[..., 0] = ((hsv[..., 0].astype(int) + int(round(deg * 255 / 360))) % 256).astype(np.uint8)
    return Image.fromarray(hsv, "HSV").convert("RGB"), f"hue rotated {deg} degrees"


def _low_light_noise(img, rng):
    """A photo taken off a screen in a dim room: darker, warmer, with sensor noise."""
    k = rng.uniform(0.66, 0.74)
    a = np.asarray(img, float) * k + np.array([14, 6, -4])
    nr = np.random.RandomState(rng.randint(0, 2 ** 31 - 1))
    a = a + nr.normal(0, 9, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"low light x{k:.2f} + noise"


def _batik_wax(img, rng, P):
    """A batik frame: indigo ground with white wax dots and spirals around the picture."""
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), (24, 48, 104))
    d = ImageDraw.Draw(out)
    step = max(6, pad // 2)
    for y in range(step // 2, W, step):
        for x in range(step // 2, W, step):
            if pad - 2 <= x < W - pad + 2 and pad - 2 <= y < W - pad + 2:
                continue
            rr = step * 0.22
            if (x // step + y // step) % 3 == 0:
                d.arc([x - rr * 1.6, y - rr * 1.6, x + rr * 1.6, y + rr * 1.6], 0, 300, fill=(236, 240, 248), width=2)
            else:
                d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=(236, 240, 248))
    out.paste(img, (pad, pad))
    return out, "border batik wax"


def _silver_collar(img, rng, P):
    """The picture inside a round silver collar: a ring of bright and dark bands with small bells."""
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), col)
    d = ImageDraw.Draw(out)
    c = W / 2
    for k, rr in enumerate(np.linspace(W / 2 - 3, w / 2 + 1, 6)):
        d.ellipse([c - rr, c - rr, c + rr, c + rr], fill=(206, 210, 218) if k % 2 == 0 else (150, 154, 164))
    for k in range(24):
        a = np.radians(k * 15)
        rr = W / 2 - pad * 0.45
        bx, by = c + rr * np.cos(a), c + rr * np.sin(a)
        d.ellipse([bx - 3, by - 3, bx + 3, by + 3], fill=(250, 250, 252), outline=(110, 112, 120))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border silver collar"


def _stitch_frame(img, rng, P):
    """An embroidered frame: a coloured cloth band with a dashed running stitch and cross-stitch corners."""
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    out = Image.new("RGB", (W, W), col)
    d = ImageDraw.Draw(out)
    m = pad // 2
    dash = max(4, pad // 4)
    for x in range(m, W - m, 2 * dash):
        d.line([(x, m), (min(x + dash, W - m), m)], fill=(250, 214, 60), width=2)
        d.line([(x, W - m), (min(x + dash, W - m), W - m)], fill=(250, 214, 60), width=2)
    for y in range(m, W - m, 2 * dash):
        d.line([(m, y), (m, min(y + dash, W - m))], fill=(250, 214, 60), width=2)
        d.line([(W - m, y), (W - m, min(y + dash, W - m))], fill=(250, 214, 60), width=2)
    for cx, cy in [(m, m), (W - m, m), (m, W - m), (W - m, W - m)]:
        s = pad * 0.3
        d.line([(cx - s, cy - s), (cx + s, cy + s)], fill=(240, 240, 240), width=3)
        d.line([(cx - s, cy + s), (cx + s, cy - s)], fill=(240, 240, 240), width=3)
    out.paste(img, (pad, pad))
    return out, "border stitch frame"


def _shot_sms_thread(img, rng, P, out_px):
    """A text-message thread: grey bubbles, the avatar as the sender's picture at the top."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(246, 246, 248))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), ((S - a) // 2, int(0.015 * S)))
    y = int(0.16 * S)
    for k in range(4):
        wdt = int(S * rng.uniform(0.45, 0.75))
        hh = int(0.09 * S)
        d.rounded_rectangle([int(0.05 * S), y, int(0.05 * S) + wdt, y + hh], radius=14, fill=(229, 229, 234))
        d.rectangle([int(0.08 * S), y + int(0.03 * S), int(0.05 * S) + wdt - int(0.04 * S), y + int(0.045 * S)],
                    fill=(120, 120, 126))
        y += hh + int(0.06 * S)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot sms thread scale {a / S:.3f}"


def _shot_ticket_page(img, rng, P, out_px):
    """A ticket-booking page: a coloured header, the avatar as the seller's logo, a ticket stub and a buy bar."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (242, 244, 247))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.3 * S)], fill=(38, 110, 220))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.07 * S), int(0.33 * S)
    d.rounded_rectangle([int(0.04 * S), int(0.31 * S), int(0.96 * S), int(0.62 * S)], radius=12, fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    for k in range(3):
        yy = y0 + k * int(0.06 * S)
        d.rectangle([x0 + a + int(0.04 * S), yy, x0 + a + int(S * rng.uniform(0.35, 0.6)), yy + int(0.025 * S)],
                    fill=(60, 60, 60) if k == 0 else (170, 170, 170))
    for x in range(int(0.06 * S), int(0.94 * S), int(0.03 * S)):
        d.line([(x, int(0.56 * S)), (x + int(0.015 * S), int(0.56 * S))], fill=(200, 200, 200), width=2)
    d.rectangle([0, int(0.87 * S), S, S], fill=(255, 255, 255))
    d.rounded_rectangle([int(0.55 * S), int(0.89 * S), int(0.95 * S), int(0.97 * S)], radius=20, fill=(255, 120, 30))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot ticket page scale {a / S:.3f}"


def _shot_official_letter(img, rng, P, out_px):
    """A photographed notice on letter paper: the avatar as the header logo, a red rule and grey text lines."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (214, 206, 190))
    d = ImageDraw.Draw(canvas)
    d.rectangle([int(0.06 * S), int(0.04 * S), int(0.94 * S), int(0.98 * S)], fill=(252, 250, 244))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.12 * S), int(0.08 * S)))
    d.rectangle([int(0.12 * S) + a + int(0.03 * S), int(0.1 * S), int(0.86 * S), int(0.1 * S) + int(0.05 * S)],
                fill=(196, 22, 28))
    yy = int(0.1 * S) + a + int(0.04 * S)
    d.line([(int(0.1 * S), yy), (int(0.9 * S), yy)], fill=(196, 22, 28), width=3)
    for k in range(7):
        y2 = yy + int(0.05 * S) + k * int(0.085 * S)
        d.rectangle([int(0.12 * S), y2, int(S * rng.uniform(0.6, 0.88)), y2 + int(0.02 * S)], fill=(150, 150, 150))
    canvas = canvas.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=(214, 206, 190))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.7))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot official letter scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"riso_pink": _riso_pink, "heatmap": _heatmap, "hue_warp": _hue_warp,
                                   "low_light_noise": _low_light_noise},
                   border_funcs={"batik_wax": _batik_wax, "silver_collar": _silver_collar,
                                 "stitch_frame": _stitch_frame},
                   screenshot_funcs={"sms_thread": _shot_sms_thread, "ticket_page": _shot_ticket_page,
                                     "official_letter": _shot_official_letter},
                   resize_px=[149, 201, 207, 212, 218, 226, 236, 248],
                   jpeg_q=(62, 69), crop_frac=(0.3402, 0.3448),
                   border_styles=["batik_wax", "silver_collar", "stitch_frame"],
                   border_colours=[(24, 48, 104), (188, 32, 44), (38, 70, 58), (110, 44, 30), (66, 40, 96),
                                   (20, 96, 112)],
                   border_frac=(0.374, 0.386),
                   recolour_modes=["riso_pink", "heatmap", "hue_warp", "low_light_noise"],
                   hue_shift=(288, 299), rotate_deg=(0.955, 0.995),
                   watermark_texts=["黔办通", "码上认领", "复核入口", "名额已满", "补录通道"],
                   watermark_alpha=(228, 242),
                   screenshot_styles=["sms_thread", "ticket_page", "official_letter"],
                   screenshot_scale=(0.128, 0.158))
P_IMPOSTOR_DERIVED = 0.574
P_IMPOSTOR_DEFAULT = 0.101
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "scenery", "cartoon"]
P_IMPOSTOR_VERIFIED = 0.104
IMPOSTOR_VERIFIED = [("enterprise", "{S}黔智通政务咨询有限公司"), ("personal", "多彩贵州资讯达人"),
                     ("other", "{S}村寨发展促进会")]
IMPOSTOR_DESCS = ["{S}{fn}：易地扶贫搬迁后续扶持资金补发，私信发送身份证号和银行卡号",
                  "【{S}{fn}】村BA总决赛内部门票登记，添加微信{wx}预留",
                  "{name}：退耕还林补助核对，先转账工本费，联系QQ{qq}",
                  "{S}{fn}原账号已停更，办事请加微信{wx}，逾期不再受理",
                  "{S}{fn}：茶园管护补贴申报开始，点击主页链接上传银行卡照片"]
MAX_PER_TARGET = 6

# Every two- and three-tactic combination that the builder can write is used by some other part, and dev15 used
# 16 four-tactic combinations.  This part uses four-tactic combinations that no other part uses (four impostors
# each) and three-tactic combinations that other parts also use (four impostors each).
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    # new: four tactics
    ([_FW, _SU, _LA, _ZW], 4), ([_FW, _PR, _SP, _NP], 4), ([_FW, _LP, _TR, _SU], 4), ([_FW, _RE, _SS, _EB], 4),
    ([_FW, _EB, _ZW, _PR], 4), ([_FW, _LA, _SP, _NP], 4), ([_LA, _SS, _PR, _SP], 4), ([_LP, _LA, _ZW, _NP], 4),
    ([_RE, _TR, _SU, _NP], 4), ([_LP, _SS, _EB, _SP], 4), ([_RE, _LA, _SP, _SU], 4), ([_SS, _TR, _ZW, _NP], 4),
    ([_EB, _TR, _LA, _SU], 4), ([_RE, _PR, _ZW, _EB], 4), ([_LP, _PR, _SS, _TR], 4), ([_SU, _SP, _EB, _NP], 4),
    ([_RE, _SS, _SU, _ZW], 4), ([_LP, _SP, _ZW, _PR], 4), ([_TR, _PR, _EB, _NP], 4), ([_LA, _TR, _SP, _ZW], 4),
    # also used by other parts: three tactics
    ([_FW, _SS, _SP], 4), ([_RE, _NP, _TR], 4), ([_LP, _EB, _SU], 4), ([_SS, _ZW, _PR], 4), ([_RE, _EB, _SP], 4),
    ([_FW, _TR, _ZW], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture"]
OTHER_PLACES_CHAR = [
    dict(reg="贵州", S="凉州", F="武威市凉州区", province="甘肃省", level="province", depts=_F3,
         units={"fabu": "武威市凉州区人民政府新闻办公室", "police": "武威市公安局凉州分局",
                "culture": "武威市凉州区文体广电和旅游局"}),
    dict(reg="绥阳", S="绥中", F="绥中县", province="辽宁省", level=_C),
    dict(reg="正安", S="正宁", F="正宁县", province="甘肃省", level=_C),
    dict(reg="西秀", S="西乡", F="西乡县", province="陕西省", level=_C),
    dict(reg="平坝", S="平定", F="平定县", province="山西省", level=_C),
    dict(reg="普定", S="普格", F="普格县", province="四川省", level=_C),
    dict(reg="镇宁", S="镇平", F="镇平县", province="河南省", level=_C),
    dict(reg="大方", S="大荔", F="大荔县", province="陕西省", level=_C),
    dict(reg="万山", S="万荣", F="万荣县", province="山西省", level=_C),
    dict(reg="玉屏", S="玉田", F="玉田县", province="河北省", level=_C),
    dict(reg="印江", S="印台", F="铜川市印台区", province="陕西省", level=_C),
    dict(reg="安龙", S="安福", F="安福县", province="江西省", level=_C),
    dict(reg="黄平", S="黄陂", F="武汉市黄陂区", province="湖北省", level=_C),
    dict(reg="台江", S="台前", F="台前县", province="河南省", level=_C),
    dict(reg="贵定", S="贵南", F="贵南县", province="青海省", level=_C),
    dict(reg="务川", S="沐川", F="沐川县", province="四川省", level=_C),
    dict(reg="播州", S="甘州", F="张掖市甘州区", province="甘肃省", level=_C),
    dict(reg="开阳", S="开鲁", F="开鲁县", province="内蒙古自治区", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="绥阳", S="睢阳", F="商丘市睢阳区", province="河南省", level=_C),
    dict(reg="正安", S="镇安", F="镇安县", province="陕西省", level=_C),
    dict(reg="平塘", S="平潭", F="平潭县", province="福建省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("依兰", "依兰县", "黑龙江省", "police"), ("木兰", "木兰县", "黑龙江省", "fabu"), ("延寿", "延寿县", "黑龙江省", "procur"),
    ("宾县", "宾县", "黑龙江省", "police"), ("青冈", "青冈县", "黑龙江省", "fabu"), ("望奎", "望奎县", "黑龙江省", "police"),
    ("萝北", "萝北县", "黑龙江省", "fabu"), ("嘉荫", "嘉荫县", "黑龙江省", "police"), ("汤原", "汤原县", "黑龙江省", "fabu"),
    ("桦南", "桦南县", "黑龙江省", "procur"), ("桦川", "桦川县", "黑龙江省", "police"), ("集贤", "集贤县", "黑龙江省", "fabu"),
    ("逊克", "逊克县", "黑龙江省", "police"), ("孙吴", "孙吴县", "黑龙江省", "fabu"), ("宝清", "宝清县", "黑龙江省", "police"),
    ("勃利", "勃利县", "黑龙江省", "fabu"), ("拜泉", "拜泉县", "黑龙江省", "procur"), ("林甸", "林甸县", "黑龙江省", "police"),
    ("景泰", "景泰县", "甘肃省", "fabu"), ("宕昌", "宕昌县", "甘肃省", "police"), ("古浪", "古浪县", "甘肃省", "fabu"),
    ("徽县", "徽县", "甘肃省", "police"), ("两当", "两当县", "甘肃省", "fabu"), ("灵台", "灵台县", "甘肃省", "police"),
    ("崇信", "崇信县", "甘肃省", "fabu"), ("托克托", "托克托县", "内蒙古自治区", "police"),
    ("五原", "五原县", "内蒙古自治区", "fabu"), ("凉城", "凉城县", "内蒙古自治区", "police"),
    ("卓资", "卓资县", "内蒙古自治区", "fabu"), ("化德", "化德县", "内蒙古自治区", "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="贵州日报", platform="weibo", vtype="media", reason="贵州日报社官方微博", desc="贵州新闻。",
         logo_text="黔报"),
    dict(name="当代贵州", platform="wechat", vtype="media", reason="当代贵州杂志社", desc="时政期刊。",
         logo_text="当代"),
    dict(name="贵州都市报", platform="douyin", vtype="media", reason="贵州都市报社官方账号", desc="民生新闻。",
         logo_text="都市"),
    dict(name="天眼新闻", platform="toutiao", vtype="media", reason="贵州日报报刊社天眼新闻客户端官方账号",
         desc="新闻客户端。", logo_text="天眼"),
    dict(name="动静贵州", platform="kuaishou", vtype="media", reason="贵州广播电视台动静新闻官方账号",
         desc="新闻短视频。", logo_text="动静"),
    dict(name="贵阳晚报", platform="weibo", vtype="media", reason="贵阳晚报社官方微博", desc="贵阳新闻。",
         logo_text="筑晚"),
    dict(name="遵义日报", platform="wechat", vtype="media", reason="遵义日报社", desc="遵义新闻。"),
    dict(name="安顺日报", platform="toutiao", vtype="media", reason="安顺日报社官方账号", desc="安顺新闻。"),
    dict(name="毕节日报", platform="wechat", vtype="media", reason="毕节日报社", desc="毕节新闻。"),
    dict(name="铜仁日报", platform="douyin", vtype="media", reason="铜仁日报社官方账号", desc="铜仁新闻。"),
    dict(name="黔西南日报", platform="wechat", vtype="media", reason="黔西南日报社", desc="黔西南新闻。"),
    dict(name="黔东南日报", platform="toutiao", vtype="media", reason="黔东南日报社官方账号", desc="黔东南新闻。"),
    dict(name="黔南日报", platform="kuaishou", vtype="media", reason="黔南日报社官方账号", desc="黔南新闻。"),
    dict(name="六盘水日报", platform="wechat", vtype="media", reason="六盘水日报社", desc="六盘水新闻。"),
    dict(name="贵州民族报", platform="weibo", vtype="media", reason="贵州民族报社官方微博", desc="民族新闻。"),
    dict(name="多彩贵州网", platform="toutiao", vtype="media", reason="多彩贵州网官方账号", desc="新闻资讯。"),
    dict(name="贵州交通广播", platform="weibo", vtype="media", reason="贵州广播电视台交通广播官方微博",
         desc="交通广播。", logo_text="交广"),
    dict(name="台江融媒", platform="douyin", vtype="media", reason="台江县融媒体中心官方账号", desc="台江新闻。"),
    dict(name="平塘电视台", platform="kuaishou", vtype="media", reason="平塘县广播电视台官方账号", desc="平塘新闻。"),
    dict(name="七星关融媒", platform="douyin", vtype="media", reason="七星关区融媒体中心官方账号",
         desc="七星关新闻。"),
    dict(name="贵州发布会现场", platform="douyin", vtype="media", reason="贵州广播电视台新闻频道官方账号",
         desc="新闻频道直播新闻发布会的栏目，并非省政府新闻办账号。", logo_text="现场"),
    dict(name="绥阳12345回音壁", platform="toutiao", vtype="media", reason="遵义日报社官方账号",
         desc="报社民生栏目，回访热线诉求的办理情况。", logo_text="回音"),
    dict(name="务川文旅随拍", platform="wechat", vtype="media", reason="遵义广播电视台",
         desc="电视台文旅栏目，拍摄仡佬族风情，并非文旅局账号。", logo_text="随拍"),
    dict(name="独山公安纪实", platform="douyin", vtype="media", reason="黔南广播电视台官方账号",
         desc="电视台法治栏目，跟拍基层民警，并非公安账号。", logo_text="纪实"),
    dict(name="贵州交警进行时", platform="bilibili", vtype="media", reason="贵州广播电视台官方账号",
         desc="电视台交通安全节目的栏目，并非交警账号。", logo_text="进行"),
    dict(name="七星关税务小课堂", platform="toutiao", vtype="media", reason="毕节日报社官方账号",
         desc="报社财经栏目，讲解办税常识，并非税务局账号。", logo_text="课堂"),
]
PERSONAL = [
    dict(name="台江村BA球迷老杨", platform="douyin", vtype="personal", reason="体育博主"),
    dict(name="三都马尾绣绣娘", platform="kuaishou", avatar="cartoon"),
    dict(name="镇宁瀑布摄影阿飞", platform="weibo", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="平塘天眼科普员", platform="douyin", vtype="personal", reason="科普博主"),
    dict(name="正安吉他匠人小冉", platform="kuaishou"),
    dict(name="务川仡佬阿妹", platform="douyin", avatar="cartoon"),
    dict(name="印江书法老师", platform="toutiao"),
    dict(name="万山朱砂手艺人", platform="kuaishou", avatar="default"),
    dict(name="玉屏箫笛传承人", platform="douyin"),
    dict(name="关岭牛养殖大户", platform="kuaishou"),
    dict(name="大方漆器小作坊主", platform="douyin", avatar="default"),
    dict(name="沿河乌江船老大", platform="kuaishou"),
    dict(name="普定韭黄种植户", platform="douyin"),
    dict(name="开阳茶山守护人", platform="kuaishou", avatar="scenery"),
    dict(name="黄平苗族银匠", platform="douyin"),
    dict(name="绥阳诗词爱好者", platform="weibo"),
    dict(name="安龙荷花摄影", platform="weibo", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="贵定茶农阿兰", platform="kuaishou", avatar="default"),
    dict(name="村医小龙大夫", platform="toutiao", vtype="personal", reason="黄平某村卫生室乡村医生"),
    dict(name="杨律师讲土地法", platform="toutiao", vtype="personal", reason="贵州某律师事务所律师"),
    dict(name="独山辅警阿杰", platform="douyin", vtype="personal", reason="独山县公安局辅警", desc="分享防诈骗常识。"),
    dict(name="六枝岩脚面馆老板", platform="kuaishou"),
    dict(name="碧江锦江夜跑团", platform="weibo"),
    dict(name="天天看贵州发布", platform="weibo", vtype="personal", reason="退休干部",
         desc="转发贵州发布的消息，个人账号，非官方。"),
    dict(name="小潘说开阳12345", platform="toutiao", vtype="personal", reason="本地生活博主",
         desc="个人记录拨打热线的经历，非官方。"),
    dict(name="万山文旅游玩记", platform="wechat", desc="个人游记，记录在万山的吃住行，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="贵州公安警用装备店", platform="weibo", vtype="enterprise", reason="贵阳某警用器材有限公司",
         desc="警用器材、劳保用品销售，私营企业，与公安机关无关。", logo_text="装备"),
    dict(name="台江文旅民宿", platform="wechat", vtype="enterprise", reason="台江某民宿管理有限公司",
         desc="民宿预订，企业账号，与文旅部门无关。"),
    dict(name="贵州税务代账服务部", platform="douyin", vtype="enterprise", reason="贵阳某财务咨询有限公司",
         desc="代理记账、税务筹划，私营企业，与税务局无关。"),
    dict(name="开阳富硒茶", platform="douyin"),
    dict(name="六枝岩脚面", platform="kuaishou", vtype="enterprise", reason="六枝某食品有限公司"),
    dict(name="绥阳空心面", platform="douyin"),
    dict(name="正安白茶", platform="kuaishou", avatar="default"),
    dict(name="务川仡佬豆腐", platform="douyin", vtype="enterprise", reason="务川某食品有限公司"),
    dict(name="平坝灰鹅", platform="kuaishou"),
    dict(name="普定韭黄", platform="douyin"),
    dict(name="镇宁波波糖", platform="kuaishou", vtype="enterprise", reason="镇宁某食品有限公司"),
    dict(name="关岭牛肉", platform="douyin"),
    dict(name="大方漆器", platform="kuaishou"),
    dict(name="玉屏箫笛", platform="douyin", avatar="default"),
    dict(name="印江梵净山茶", platform="kuaishou"),
    dict(name="沿河空心李", platform="douyin"),
    dict(name="普安红茶", platform="kuaishou", vtype="enterprise", reason="普安某茶业有限公司"),
    dict(name="安龙荷花酒", platform="douyin"),
    dict(name="黄平银饰", platform="kuaishou"),
    dict(name="台江苗绣", platform="douyin"),
    dict(name="贵定云雾茶", platform="kuaishou", vtype="enterprise", reason="贵定某茶业有限公司"),
    dict(name="独山虾酸", platform="douyin"),
    dict(name="平塘牙舟陶", platform="kuaishou", avatar="default"),
    dict(name="三都九阡酒", platform="douyin"),
    dict(name="西秀屯堡地戏", platform="wechat", vtype="enterprise", reason="安顺某文化传播有限公司"),
    dict(name="高要裹蒸粽", platform="douyin", vtype="enterprise", reason="高要某食品有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("镇宁", "良田", "良田镇", ["town_gt16"]), ("玉屏", "田坪", "田坪镇", ["town_zz16"]),
    ("台江", "台盘", "台盘乡", ["town_gt16"]), ("三都", "周覃", "周覃镇", ["town_zz16"]),
    ("务川", "丰乐", "丰乐镇", ["town_zz16"]), ("平塘", "克度", "克度镇", ["town_gt16"]),
    ("开阳", "禾丰", "禾丰布依族苗族乡", ["town_gt16"]), ("绥阳", "风华", "风华镇", ["town_zz16"]),
    ("印江", "木黄", "木黄镇", ["town_gt16"]), ("大方", "猫场", "猫场镇", ["town_zz16"]),
]
UNREG_CITY = [
    ("贵州", "edu", 0), ("贵州", "fire", 0), ("贵州", "medins", 0), ("贵州", "civil", 0), ("贵州", "weather", 0),
    ("山东", "dangxiao16", 0), ("广东", "zhengxie16", 0),
    ("开阳", "culture", 0), ("播州", "edu", 0), ("务川", "police", 0), ("西秀", "police", 0),
    ("普定", "police", 0), ("关岭", "police", 0), ("大方", "police", 0), ("碧江", "police", 0), ("万山", "police", 0),
    ("沿河", "police", 0), ("黄平", "police", 0), ("贵定", "police", 0), ("三都", "police", 0), ("台江", "hotline", 0),
    ("贵州", "emergency", 0), ("贵州", "eco", 0), ("贵州", "water", 0), ("贵州", "cyber", 0), ("印江", "medins", 0),
    ("独山", "tax", 0), ("凤冈", "fabu", 0), ("施秉", "fabu", 0), ("龙里", "fabu", 0), ("赫章", "fabu", 0),
    ("凤冈", "police", 0), ("施秉", "police", 0), ("龙里", "police", 0), ("赫章", "police", 0), ("龙里", "culture", 0),
    ("凤冈", "culture", 0), ("普安", "police", 0), ("正安", "culture", 0), ("安龙", "culture", 0),
    ("平坝", "culture", 0), ("七星关", "culture", 0), ("碧江", "culture", 0), ("赫章", "culture", 0),
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
    print("building dev16 ...")
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
