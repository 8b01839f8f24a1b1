"""Fifth dev part (built blind as the third held-out part on 2026-12-02, measured twice by the lead, demoted to
tuning data on 2026-12-02: see ../README.md).  Run: python eval/impostor/dev5/spec_dev5.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/, dev2/ and dev3/; the few unavoidable reuses are listed in README.intro.md.
Part-specific machinery (township units, level forms, traditional-form modes, digit forms, frame, colour and
screenshot edits, the registry's region fix for county-level units) lives in this file, not in gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

PART = "dev5"
SEED = 4249
CRAWL_DAY = "2024-06-21"

# ------------------------------------------------------------------ township units (this part only)
G.DISTRICT_DEPTS.setdefault("town_pcs", ("{F}公安局{DS}派出所", ["{DS}派出所", "{S}公安{DS}派出所"], "shield",
                                         "police_emblem", "发布辖区治安动态、防范提示和户籍办理指南"))
G.DISTRICT_DEPTS.setdefault("town_dq", ("{F}{DF}党群服务中心", ["{DS}党群服务", "{DF}党群服务中心"], "star", None,
                                        "发布镇街党建动态、为民服务事项和志愿活动"))
G.DISTRICT_DEPTS.setdefault("town_gov", ("{F}{DF}人民政府", ["美丽{DS}", "{DF}人民政府"], "gate", "state_emblem",
                                         "发布镇情动态、乡村建设和惠民政策"))
G.FN.setdefault("town_pcs", "派出所")
G.FN.setdefault("town_dq", "党群服务")
G.FN.setdefault("town_gov", "政务")

# county-level cities and counties are built as "city" places; their prefecture is kept here
PARENT = {"台山": ("江门", "江门市"), "开平": ("江门", "江门市"), "鹤山": ("江门", "江门市"), "廉江": ("湛江", "湛江市"),
          "吴川": ("湛江", "湛江市"), "雷州": ("湛江", "湛江市"), "高州": ("茂名", "茂名市"), "兴宁": ("梅州", "梅州市"),
          "阳春": ("阳江", "阳江市"), "惠东": ("惠州", "惠州市"), "龙川": ("河源", "河源市"), "德庆": ("肇庆", "肇庆市"),
          "平度": ("青岛", "青岛市"), "莱州": ("烟台", "烟台市"), "青州": ("潍坊", "潍坊市"), "诸城": ("潍坊", "潍坊市"),
          "邹城": ("济宁", "济宁市"), "新泰": ("泰安", "泰安市"), "乳山": ("威海", "威海市"), "禹城": ("德州", "德州市"),
          "梁山": ("济宁", "济宁市"), "微山": ("济宁", "济宁市"), "沂水": ("临沂", "临沂市"), "单县": ("菏泽", "菏泽市")}

# ------------------------------------------------------------------ registry
PROVINCES = [
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="海岱",
         depts=[("cyber", {"platforms": ["weibo", "wechat", "douyin", "toutiao"]}), "emergency",
                ("edu", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("court", {"avatar": "state_emblem", "platforms": ["weibo", "wechat", "douyin"],
                           "names": {p: "{S}高法" for p in ["weibo", "wechat", "douyin"]}}),
                ("transport", {"avatar": "distinctive"}), ("gov", {"avatar": "state_emblem"})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="湾区",
         depts=[("traffic", {"platforms": ["weibo", "wechat", "douyin", "kuaishou", "bilibili"]}),
                ("procur", {"platforms": ["weibo", "wechat", "toutiao"]}),
                ("eco", {"avatar": "distinctive"}), ("veterans", {"avatar": "distinctive"})]),
]
_3 = ["weibo", "wechat", "douyin"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
CITIES = [
    # ---- Guangdong county-level cities and counties (every prefecture of Guangdong is used by dev, dev2 or dev3)
    dict(S="台山", F="台山市", province="广东省", area="0750", landmark="pier", nick="侨都",
         depts=["fabu", "police", ("hotline", {"platforms": _3})],
         districts=[dict(DS="广海", DF="广海镇", depts=["town_pcs"])]),
    dict(S="开平", F="开平市", province="广东省", area="0750", landmark="tower", nick="碉楼",
         depts=["fabu", ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin",
                                                                            "kuaishou", "bilibili"]})]),
    dict(S="鹤山", F="鹤山市", province="广东省", area="0750", landmark="waves", nick="古劳水乡",
         depts=["fabu", "police"]),
    dict(S="廉江", F="廉江市", province="广东省", area="0759", landmark="sun", nick="红橙",
         depts=["fabu", "police"]),
    dict(S="吴川", F="吴川市", province="广东省", area="0759", landmark="waves", nick="飘色",
         depts=["fabu", "police"]),
    dict(S="雷州", F="雷州市", province="广东省", area="0759", landmark="pagoda", nick="雷祖",
         depts=["fabu", "police"]),
    dict(S="高州", F="高州市", province="广东省", area="0668", landmark="mountain", nick="荔乡",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou"],
                                    "names": {"douyin": "平安{S}"}}),
                ("hotline", {"platforms": _4})]),
    dict(S="兴宁", F="兴宁市", province="广东省", area="0753", landmark="bridge", nick="齐昌",
         depts=["fabu", "police"]),
    dict(S="阳春", F="阳春市", province="广东省", area="0662", landmark="mountain", nick="春州",
         depts=["fabu", "market"]),
    dict(S="惠东", F="惠东县", province="广东省", area="0752", landmark="pier", nick="巽寮湾",
         depts=["fabu", "police"]),
    dict(S="龙川", F="龙川县", province="广东省", area="0762", landmark="pagoda", nick="佗城",
         depts=["fabu", "police"]),
    dict(S="德庆", F="德庆县", province="广东省", area="0758", landmark="skyline", nick="龙母",
         depts=["fabu", "police"]),
    # ---- Shandong county-level cities and counties (every prefecture of Shandong is used by dev or dev2)
    dict(S="平度", F="平度市", province="山东省", area="0532", landmark="mountain", nick="胶东粮仓",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "toutiao"],
                                    "names": {"wechat": "平安{S}"}}),
                ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}})],
         districts=[dict(DS="南村", DF="南村镇", depts=["town_gov"])]),
    dict(S="莱州", F="莱州市", province="山东省", area="0535", landmark="waves", nick="月季城",
         depts=["fabu", "police"]),
    dict(S="青州", F="青州市", province="山东省", area="0536", landmark="pagoda", nick="云门山",
         depts=["fabu", "police", ("culture", {"avatar": "distinctive"}),
                ("hrss", {"platforms": _3, "names": {"wechat": "{S}12333"}})],
         districts=[dict(DS="王坟", DF="王坟镇", depts=["town_dq"])]),
    dict(S="诸城", F="诸城市", province="山东省", area="0536", landmark="sun", nick="恐龙之乡",
         depts=["fabu", "police"]),
    dict(S="邹城", F="邹城市", province="山东省", area="0537", landmark="pagoda", nick="孟子故里",
         depts=["fabu", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    dict(S="新泰", F="新泰市", province="山东省", area="0538", landmark="mountain", nick="新甫",
         depts=["fabu", "police"],
         districts=[dict(DS="楼德", DF="楼德镇", depts=["town_pcs"])]),
    dict(S="乳山", F="乳山市", province="山东省", area="0631", landmark="lighthouse", nick="母爱",
         depts=["fabu", "police"]),
    dict(S="禹城", F="禹城市", province="山东省", area="0534", landmark="bridge", nick="大禹",
         depts=["fabu", "police"]),
    dict(S="梁山", F="梁山县", province="山东省", area="0537", landmark="mountain", nick="水浒故里",
         depts=["fabu", "police"]),
    dict(S="微山", F="微山县", province="山东省", area="0537", landmark="waves", nick="南四湖",
         depts=["fabu", ("culture", {"avatar": "distinctive"})]),
    dict(S="沂水", F="沂水县", province="山东省", area="0539", landmark="skyline", nick="王城",
         depts=["fabu", "police", ("hotline", {"platforms": _4})]),
    dict(S="单县", F="单县", province="山东省", area="0530", landmark="sun", nick="单父",
         depts=["fabu", "police"]),
    # ---- districts of prefectures whose own units belong to other parts (only the districts are registered here)
    dict(S="广州", F="广州市", province="广东省", area="020", landmark="tower", nick="花城", depts=[],
         districts=[dict(DS="花都", DF="花都区", depts=["fabu_d", "police_d"]),
                    dict(DS="黄埔", DF="黄埔区", depts=["market_d"])]),
    dict(S="深圳", F="深圳市", province="广东省", area="0755", landmark="skyline", nick="大梅沙", depts=[],
         districts=[dict(DS="盐田", DF="盐田区", depts=["fabu_d"])]),
    dict(S="佛山", F="佛山市", province="广东省", area="0757", landmark="pagoda", nick="武术之乡", depts=[],
         districts=[dict(DS="三水", DF="三水区", depts=["police_d"])]),
    dict(S="青岛", F="青岛市", province="山东省", area="0532", landmark="pier", nick="琴岛", depts=[],
         districts=[dict(DS="即墨", DF="即墨区", depts=["police_d", "health_d"])]),
    dict(S="淄博", F="淄博市", province="山东省", area="0533", landmark="mountain", nick="鲁中", depts=[],
         districts=[dict(DS="博山", DF="博山区", depts=["fabu_d"])]),
]

RENAME_SHARE = 0.07


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    opts = []
    if u["dept"] in ("police", "police_d") and name in (S + "公安", "平安" + S):
        opts.append(S + "警方")
    if u["dept"] == "culture" and name == S + "文旅":
        opts.append(S + "文化旅游")
    if u["dept"] == "cyber" and name == S + "网警":
        opts.append(S + "网警巡查执法")
    if u["dept"] in ("market", "market_d") and name == S + "市场监管":
        opts.append(S + "市监")
    if u["dept"] == "edu" and name == S + "教育":
        opts.append(S + "教育发布")
    if u["dept"] in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "政府发布")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (held-out only)
SUFFIXES = ["动态", "播报", "答疑", "综合服务", "小助理", "联络处", "官方认证", "政务微博", "头条号", "全媒体", "融媒号",
            "办事指引"]
PREFIXES = ["今日", "官宣", "正宗", "全新", "@", "V·", "爱", "原", "掌中"]
LOOKALIKE = {
    # place characters (shape: whole-glyph variants, radical code points and partial changes of one component)
    "台": ["抬"], "山": ["屮"], "开": ["幵"], "平": ["坪"], "鹤": ["鹄"], "廉": ["康"], "江": ["茳"], "吴": ["昊"],
    "川": ["\u2f2e"], "雷": ["雪"], "高": ["蒿"], "兴": ["光"], "宁": ["泞"], "阳": ["旧"], "春": ["舂"], "惠": ["蕙"],
    "东": ["陈"], "龙": ["尨"], "庆": ["床"], "度": ["庹"], "莱": ["菜"], "青": ["菁"], "诸": ["渚"], "城": ["铖"],
    "邹": ["绉"], "泰": ["黍"], "乳": ["孔"], "禹": ["禺"], "梁": ["粱"], "微": ["溦"], "沂": ["忻"], "水": ["氺"],
    "单": ["単"], "县": ["悬"], "花": ["苍"], "都": ["郝"], "黄": ["寅"], "埔": ["捕"], "盐": ["盍"], "田": ["甲"],
    "三": ["彡"], "即": ["郎"], "墨": ["黑"], "博": ["傅"], "广": ["扩"], "海": ["悔"], "村": ["材"], "坟": ["玟"],
    "楼": ["搂"], "德": ["徝"],
    # function characters
    "发": ["拨"], "布": ["佈"], "公": ["分"], "安": ["桉"], "警": ["檠"], "交": ["父"], "税": ["悦"], "务": ["各"],
    "健": ["楗"], "康": ["唐"], "市": ["币"], "场": ["炀"], "监": ["鉴"], "管": ["官"], "检": ["脸"], "察": ["寮"],
    "院": ["完"], "法": ["怯"], "生": ["牲"], "教": ["救"], "退": ["追"], "役": ["投"], "军": ["车"], "人": ["\u2f08"],
    "事": ["亊"], "政": ["致"], "府": ["咐"], "民": ["岷"], "网": ["冈"], "通": ["诵"], "运": ["连"], "输": ["榆"],
    "应": ["庄"], "理": ["锂"], "党": ["赏"], "群": ["羣"], "派": ["哌"], "所": ["斫"], "服": ["股"], "中": ["巾"],
    "心": ["\u2f3c"], "美": ["姜"], "文": ["纹"], "旅": ["旗"], "卫": ["刀"], "委": ["娄"],
}
SAME_SOUND = {
    "台": ["太", "胎"], "山": ["衫"], "开": ["凯"], "平": ["屏", "瓶"], "鹤": ["贺"], "廉": ["莲", "帘"], "江": ["浆"],
    "吴": ["梧"], "川": ["穿", "传"], "雷": ["蕾"], "州": ["昼"], "高": ["膏"], "兴": ["星"], "宁": ["拧"], "阳": ["仰"],
    "春": ["纯"], "惠": ["汇", "绘"], "东": ["董"], "龙": ["珑"], "德": ["的"], "庆": ["卿"], "度": ["渡"],
    "莱": ["来"], "青": ["倾"], "诸": ["竹"], "城": ["呈"], "邹": ["奏"], "泰": ["汰"], "乳": ["汝"], "禹": ["羽"],
    "梁": ["粮"], "微": ["薇"], "沂": ["仪"], "水": ["睡"], "县": ["线", "限"], "花": ["画"], "黄": ["皇"],
    "盐": ["岩"], "田": ["甜"], "三": ["伞"], "海": ["骇"], "即": ["吉"], "墨": ["默"], "博": ["波"], "村": ["皴"],
    "楼": ["娄"], "坟": ["焚"],
    # function characters
    "发": ["罚"], "布": ["补", "捕"], "公": ["弓", "供"], "安": ["案", "暗"], "警": ["经", "晶"], "交": ["郊"],
    "通": ["同"], "运": ["韵"], "输": ["舒"], "网": ["往"], "应": ["迎"], "急": ["级"], "管": ["关"], "理": ["礼"],
    "教": ["较"], "育": ["预"], "退": ["推"], "役": ["易"], "军": ["君"], "人": ["刃"], "事": ["世"], "务": ["误"],
    "税": ["谁"], "市": ["室"], "场": ["尝"], "监": ["剪"], "法": ["乏"], "院": ["原"], "检": ["减"], "察": ["插"],
    "生": ["胜"], "态": ["抬"], "环": ["缓"], "境": ["径"], "健": ["溅"], "康": ["抗"], "政": ["郑"], "府": ["付"],
    "民": ["皿"], "党": ["当"], "群": ["裙"], "服": ["伏"], "中": ["终"], "心": ["薪"], "派": ["牌"], "出": ["初"],
    "所": ["锁"], "美": ["镁"], "丽": ["莉"], "文": ["温"], "旅": ["履"], "卫": ["胃"], "委": ["苇"],
}
TRAD_MODES = ["first", "last", "all_but_one"]
# Unicode has only 17 space separators and dev/dev2/dev3 use 16 of them: the last one plus three blank-looking
# letters impostors use as spaces (Braille blank, Hangul fillers)
SPACES = ["\u1680", "\u2800", "\u3164", "\uffa0"]
DOUBLE_SPACE_P = 0.12
ZERO_WIDTH = ["\u202a", "\u202c", "\u2068", "\u2069", "\u206b", "\u206e", "\ufe00", "\U000e0041", "\u061c"]
EMOJI = ["🔥", "💯", "📌", "🆕", "✨", "🚒", "🧧", "🌏", "🔝", "👉"]
BRACKETS = [("｛", "｝"), ("⟦", "⟧"), ("⟪", "⟫"), ("﹙", "﹚"), ("«", "»"), ("〝", "〞"), ("❮", "❯"), ("⸨", "⸩"),
            ("(", ")")]
FULLWIDTH_MODES = ["full", "neg_circled", "parenthesized", "superscript", "segmented"]
LEVEL_FORMS = ["wrong_level", "prov_parent_chain", "prov_full_parent_full"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警讯", "{nick}蓝盾", "{S}治安播报", "{nick}警花说"],
    "traffic": ["{S}违章查询", "{nick}驾考科目"],
    "cyber": ["{S}反电诈", "{nick}清朗网络"],
    "emergency": ["{nick}防灾减灾", "{S}安全员"],
    "edu": ["{S}中考服务", "{nick}家长课堂"],
    "court": ["{S}判决公告", "{nick}法庭内外"],
    "transport": ["{S}公交出行", "{nick}路网信息"],
    "procur": ["{S}举报中心", "{nick}检务公开"],
    "eco": ["{S}空气质量", "{nick}环保监督"],
    "veterans": ["{S}老兵之家", "{nick}拥军服务"],
    "market": ["{S}诚信经营", "{nick}放心购"],
    "tax": ["{S}财税圈", "{nick}纳税提醒"],
    "hrss": ["{S}招聘会", "{nick}养老金查询"],
    "fabu": ["{S}早班车", "{nick}观察", "{S}城事"],
    "hotline": ["{S}有事找政府", "{nick}百姓呼声"],
    "culture": ["{nick}非遗", "{S}景区门票", "{nick}打卡地"],
    "gov": ["{S}政策通"],
    "fabu_d": ["{S}区域动态", "{S}家门口"],
    "police_d": ["{S}片区警务"],
    "market_d": ["{S}放心菜篮子"],
    "health_d": ["{S}家庭医生"],
    "town_pcs": ["{S}治安联防"],
    "town_dq": ["{S}村务公开"],
    "town_gov": ["{S}美丽乡村"],
    "generic": ["{S}百事通", "{nick}生活圈", "{S}掌上办"],
}


def _digit_map(f):
    return lambda s: "".join(f(c) if "0" <= c <= "9" else c for c in s)


_SUP = {"0": "\u2070", "1": "\u00b9", "2": "\u00b2", "3": "\u00b3"}
FULLWIDTH_FUNCS = {
    "neg_circled": _digit_map(lambda c: "\u24ff" if c == "0" else chr(0x2776 + ord(c) - 49)),
    "parenthesized": _digit_map(lambda c: "(0)" if c == "0" else chr(0x2474 + ord(c) - 49)),
    "superscript": _digit_map(lambda c: _SUP.get(c) or chr(0x2070 + ord(c) - 48)),
    "segmented": _digit_map(lambda c: chr(0x1FBF0 + ord(c) - 48)),
}


# ---- level forms
def _lf_wrong_level(u, acc):
    """The unit's place with the wrong level word: a county-level city called 县 or 区, a county called 市, a district
    called 市 (several were county-level cities before they became districts), a town called 乡."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "province":
        return []
    S = pl.get("DS", pl["S"]) if u["level"] == "district" else pl["S"]
    if u["level"] == "district":
        full = pl["DF"]
        word = "乡" if full.endswith(("镇", "街道")) else "市"
    else:
        word = "市" if pl["F"].endswith("县") else "县"
    if S.endswith("县"):  # 单县: the level word is part of the short name and is swapped
        return [name.replace(S, S[:-1] + "市", 1)] if S in name else []
    k = name.find(S)
    if k < 0:
        return []
    return [name[:k] + S + word + name[k + len(S):]]


def _lf_chain(full):
    def f(u, acc):
        name, pl = acc["row"]["name"], u["place"]
        if u["level"] == "province":
            return []
        if u["level"] == "city":
            par = PARENT.get(pl["S"])
            if not par:
                return []
            mid, S = (par[1] if full else par[0]), pl["S"]
        else:
            if pl["S"] in PARENT:  # a town: prefecture + county
                par = PARENT[pl["S"]]
                mid = (par[1] + pl["F"]) if full else (par[0] + pl["S"])
            else:
                mid = pl["F"] if full else pl["S"]
            S = pl["DS"]
        prov = pl["province"] if full else pl["prov_short"]
        if name.startswith(S):
            return [prov + mid + name]
        if S in name and not name.startswith(pl["S"]):
            return [name.replace(S, prov + mid + S, 1)]
        return []
    return f


LEVEL_FORM_FUNCS = {"wrong_level": _lf_wrong_level, "prov_parent_chain": _lf_chain(False),
                    "prov_full_parent_full": _lf_chain(True)}


# ---- traditional-form modes
def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _t_first(s, u, r):
    idx = _conv_idx(s)
    return _conv(s, idx[:1]) if idx else None


def _t_last(s, u, r):
    idx = _conv_idx(s)
    return _conv(s, idx[-1:]) if idx else None


def _t_all_but_one(s, u, r):
    idx = _conv_idx(s)
    if len(idx) < 3:
        return None
    keep = r.choice(idx)
    return _conv(s, [i for i in idx if i != keep])


TRAD_FUNCS = {"first": _t_first, "last": _t_last, "all_but_one": _t_all_but_one}


# ---- image edits
def _duotone(img, rng):
    g = np.array(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array(G._hsv(rng.random(), 0.8, 0.35), float)
    light = np.array(G._hsv(rng.random(), 0.25, 1.0), float)
    return Image.fromarray(np.clip(dark + (light - dark) * g, 0, 255).astype(np.uint8)), "duotone"


def _solarize(img, rng):
    t = rng.randint(150, 200)
    return ImageOps.solarize(img, threshold=t), f"solarize at {t}"


def _fade(img, rng):
    a = np.array(img, float)
    lift = rng.uniform(45, 70)
    a = lift + a * (255 - lift) / 255 * rng.uniform(0.8, 0.9)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"faded (blacks lifted {lift:.0f})"


def _gamma(img, rng):
    g = rng.uniform(1.6, 2.1)
    lut = [int(255 * (i / 255) ** g) for i in range(256)] * 3
    return img.point(lut), f"gamma {g:.2f}"


def _polaroid(img, rng, P):
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"]))
    out = Image.new("RGB", (w + 2 * pad, h + 5 * pad), rng.choice(P["border_colours"]))
    out.paste(img, (pad, pad))
    return out.resize((w + 2 * pad, w + 2 * pad), Image.LANCZOS), "border polaroid"


def _hexagon(img, rng, P):
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"]))
    out = Image.new("RGB", (w + 2 * pad, h + 2 * pad), rng.choice(P["border_colours"]))
    mask = Image.new("L", (w, h), 0)
    pts = [(w * 0.5, 0), (w, h * 0.25), (w, h * 0.75), (w * 0.5, h), (0, h * 0.75), (0, h * 0.25)]
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border hexagon"


def _gradient(img, rng, P):
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"]))
    c1 = np.array(rng.choice(P["border_colours"]), float)
    c2 = np.array(rng.choice(P["border_colours"]), float)
    W = w + 2 * pad
    t = np.linspace(0, 1, W)[:, None, None]
    arr = (c1 + (c2 - c1) * t) * np.ones((W, W, 3))
    out = Image.fromarray(arr.astype(np.uint8))
    out.paste(img, (pad, pad))
    return out, "border gradient"


def _shot_story(img, rng, P, out_px):
    """A story bubble: round avatar inside a coloured ring on a white strip, a name bar below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (252, 252, 252))
    d = ImageDraw.Draw(canvas)
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    x0 = int((S - a) * rng.uniform(0.2, 0.8))
    y0 = int((S - a) * rng.uniform(0.2, 0.5))
    ring = int(0.06 * a)
    d.ellipse([x0 - 2 * ring, y0 - 2 * ring, x0 + a + 2 * ring, y0 + a + 2 * ring], fill=(240, 60, 120))
    d.ellipse([x0 - ring, y0 - ring, x0 + a + ring, y0 + a + ring], fill=(255, 255, 255))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, a - 1, a - 1], fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    d.rectangle([x0, y0 + a + 3 * ring, x0 + a, y0 + a + 3 * ring + int(0.04 * S)], fill=(190, 190, 190))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot story scale {frac:.2f}"


def _shot_card(img, rng, P, out_px):
    """A share card: square avatar at the top of a white card on a grey page, a code block and text bars below."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (200, 200, 205))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.1 * S), int(0.05 * S), int(0.9 * S), int(1.2 * S)], radius=int(0.04 * S),
                        fill=(255, 255, 255))
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    x0, y0 = (S - a) // 2, int(0.1 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    cb = int(0.18 * S)
    cx, cy = int(0.62 * S), y0 + a + int(0.05 * S)
    r_ = __import__("random").Random(int(frac * 1e6))
    for i in range(6):
        for j in range(6):
            if r_.random() < 0.5:
                d.rectangle([cx + i * cb // 6, cy + j * cb // 6, cx + (i + 1) * cb // 6, cy + (j + 1) * cb // 6],
                            fill=(20, 20, 20))
    for k in range(3):
        yy = cy + k * int(0.06 * S)
        d.rectangle([int(0.16 * S), yy, int(0.55 * S), yy + int(0.025 * S)], fill=(180, 180, 180))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot card scale {frac:.2f}"


def _shot_search(img, rng, P, out_px):
    """A search-result row: small square avatar at the left, highlighted name and follow button to the right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (245, 246, 248))
    d = ImageDraw.Draw(canvas)
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    x0 = int(0.04 * S)
    y0 = int((S - a) * rng.uniform(0.35, 0.65))
    d.rectangle([0, y0 - int(0.05 * S), S, y0 + a + int(0.05 * S)], fill=(255, 255, 255))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, a - 1, a - 1], radius=int(0.18 * a), fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    d.rectangle([x0 + a + int(0.05 * S), y0 + int(0.15 * a), int(0.85 * S), y0 + int(0.3 * a)], fill=(235, 90, 40))
    d.rectangle([x0 + a + int(0.05 * S), y0 + int(0.5 * a), int(0.75 * S), y0 + int(0.6 * a)], fill=(190, 190, 190))
    d.rounded_rectangle([int(0.8 * S), y0 + int(0.7 * a), int(0.98 * S), y0 + int(0.95 * a)], radius=8,
                        fill=(250, 40, 80))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.55))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot search-row scale {frac:.2f}"


EDIT_PARAMS = dict(recolour_funcs={"duotone": _duotone, "solarize": _solarize, "fade": _fade, "gamma": _gamma},
                   border_funcs={"polaroid": _polaroid, "hexagon": _hexagon, "gradient": _gradient},
                   screenshot_funcs={"story": _shot_story, "card": _shot_card, "search": _shot_search},
                   resize_px=[98, 108, 124, 146, 164, 176, 192], jpeg_q=(61, 80), crop_frac=(0.02, 0.048),
                   border_styles=["polaroid", "hexagon", "gradient"],
                   border_colours=[(220, 20, 60), (255, 105, 180), (64, 224, 208), (139, 69, 19), (255, 250, 205)],
                   border_frac=(0.022, 0.045), recolour_modes=["duotone", "solarize", "fade", "gamma"],
                   hue_shift=(115, 140), rotate_deg=(1.0, 2.9),
                   watermark_texts=["原创", "限时福利", "内部资料", "私信领取", "授权发布"], watermark_alpha=(35, 69),
                   screenshot_styles=["story", "card", "search"], screenshot_scale=(0.36, 0.44))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.1
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "scenery", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}政通信息服务有限公司"), ("personal", "同城探店达人"), ("other", "{S}社区团购")]
IMPOSTOR_DESCS = ["{S}{fn}业务快速通道，扫码进群，V：{wx}",
                  "恭喜您获得{S}{fn}专项补贴，添加客服QQ{qq}领取",
                  "{name}认证号，违章、社保、证件均可代办",
                  "本号为{S}{fn}授权合作账号，办理请私聊",
                  "{S}{fn}退费通知：点击主页链接填写银行卡信息"]
MAX_PER_TARGET = 6

IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 32), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 20), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 32),
    (["lookalike_char", "same_sound"], 7), (["reorder", "traditional"], 6), (["reorder", "spacing"], 5),
    (["level_prefix", "same_sound"], 6), (["level_prefix", "traditional"], 5), (["level_prefix", "spacing"], 5),
    (["fullwidth", "reorder"], 5), (["fullwidth", "lookalike_char"], 5), (["fullwidth", "prefix"], 4),
    (["new_platform", "spacing"], 5), (["new_platform", "reorder"], 5), (["new_platform", "level_prefix"], 5),
    (["new_platform", "fullwidth"], 3), (["emoji_brackets", "zero_width"], 5), (["traditional", "emoji_brackets"], 5),
    (["same_sound", "zero_width"], 5), (["suffix", "lookalike_char", "zero_width"], 4),
    (["prefix", "same_sound", "spacing"], 4), (["avatar_only", "new_platform"], 4),
]

# real places outside Shandong/Guangdong (this part's other places, and ones a look-alike or homophone could
# produce), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = ["台州", "舟山", "开原", "鹤岗", "晋江", "四川", "吴江", "霍州", "高平", "高邮", "兴义",
                               "兴城", "宜春", "惠安", "龙州", "德兴", "平遥", "平湖", "亳州", "泸州", "诸暨", "韩城",
                               "永泰", "眉山", "晋城", "梁平", "巫山", "丽水", "沛县", "合山", "连江", "武川", "新宁",
                               "会东", "陇川", "德清", "钦州", "虞城", "凉山", "巍山", "泰山", "黄山", "雨城", "太山",
                               "鹤城", "来州", "梧州"]

# ------------------------------------------------------------------ hard negatives
OTHER_PLACES_CHAR = [
    dict(reg="台山", S="台州", F="台州市", province="浙江省"),
    dict(reg="台山", S="舟山", F="舟山市", province="浙江省"),
    dict(reg="开平", S="开原", F="开原市", province="辽宁省", level="county"),
    dict(reg="鹤山", S="鹤岗", F="鹤岗市", province="黑龙江省"),
    dict(reg="廉江", S="晋江", F="晋江市", province="福建省", level="county"),
    dict(reg="吴川", S="吴江", F="苏州市吴江区", province="江苏省", depts=["fabu", "police"],
         units={"fabu": "苏州市吴江区人民政府", "police": "苏州市公安局吴江区分局"}),
    dict(reg="雷州", S="霍州", F="霍州市", province="山西省", level="county"),
    dict(reg="高州", S="高平", F="高平市", province="山西省", level="county"),
    dict(reg="高州", S="高邮", F="高邮市", province="江苏省", level="county"),
    dict(reg="兴宁", S="兴义", F="兴义市", province="贵州省", level="county"),
    dict(reg="兴宁", S="兴城", F="兴城市", province="辽宁省", level="county"),
    dict(reg="阳春", S="宜春", F="宜春市", province="江西省"),
    dict(reg="惠东", S="惠安", F="惠安县", province="福建省", level="county"),
    dict(reg="龙川", S="龙州", F="龙州县", province="广西壮族自治区", level="county"),
    dict(reg="德庆", S="德兴", F="德兴市", province="江西省", level="county"),
    dict(reg="平度", S="平遥", F="平遥县", province="山西省", level="county"),
    dict(reg="平度", S="平湖", F="平湖市", province="浙江省", level="county"),
    dict(reg="莱州", S="亳州", F="亳州市", province="安徽省"),
    dict(reg="青州", S="泸州", F="泸州市", province="四川省"),
    dict(reg="诸城", S="诸暨", F="诸暨市", province="浙江省", level="county"),
    dict(reg="邹城", S="韩城", F="韩城市", province="陕西省", level="county"),
    dict(reg="新泰", S="永泰", F="永泰县", province="福建省", level="county"),
    dict(reg="乳山", S="眉山", F="眉山市", province="四川省"),
    dict(reg="禹城", S="晋城", F="晋城市", province="山西省"),
    dict(reg="梁山", S="梁平", F="重庆市梁平区", province="重庆市", depts=["fabu", "police"],
         units={"fabu": "重庆市梁平区人民政府", "police": "重庆市公安局梁平区分局"}),
    dict(reg="微山", S="巫山", F="巫山县", province="重庆市", level="county",
         units={"fabu": "重庆市巫山县人民政府", "police": "重庆市巫山县公安局"}),
    dict(reg="沂水", S="丽水", F="丽水市", province="浙江省"),
    dict(reg="单县", S="沛县", F="沛县", province="江苏省", level="county"),
]
OTHER_PLACES_SOUND = [
    dict(reg="鹤山", S="合山", F="合山市", province="广西壮族自治区", level="county"),
    dict(reg="廉江", S="连江", F="连江县", province="福建省", level="county"),
    dict(reg="吴川", S="武川", F="武川县", province="内蒙古自治区", level="county"),
    dict(reg="兴宁", S="新宁", F="新宁县", province="湖南省", level="county"),
    dict(reg="惠东", S="会东", F="会东县", province="四川省", level="county"),
    dict(reg="龙川", S="陇川", F="陇川县", province="云南省", level="county"),
    dict(reg="德庆", S="德清", F="德清县", province="浙江省", level="county"),
    dict(reg="青州", S="钦州", F="钦州市", province="广西壮族自治区"),
    dict(reg="禹城", S="虞城", F="虞城县", province="河南省", level="county"),
    dict(reg="梁山", S="凉山", F="凉山彝族自治州", province="四川省"),
    dict(reg="微山", S="巍山", F="巍山彝族回族自治县", province="云南省", level="county"),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("张家口", "张家口市", "河北省", "police"), ("承德", "承德市", "河北省", "fabu"), ("晋中", "晋中市", "山西省", "traffic"),
    ("朔州", "朔州市", "山西省", "police"), ("吕梁", "吕梁市", "山西省", "procur"), ("通辽", "通辽市", "内蒙古自治区", "police"),
    ("乌海", "乌海市", "内蒙古自治区", "fabu"), ("锦州", "锦州市", "辽宁省", "police"), ("盘锦", "盘锦市", "辽宁省", "court"),
    ("白山", "白山市", "吉林省", "fabu"), ("佳木斯", "佳木斯市", "黑龙江省", "police"), ("淮北", "淮北市", "安徽省", "traffic"),
    ("铜陵", "铜陵市", "安徽省", "fabu"), ("南平", "南平市", "福建省", "police"), ("龙岩", "龙岩市", "福建省", "procur"),
    ("景德镇", "景德镇市", "江西省", "fabu"), ("萍乡", "萍乡市", "江西省", "police"), ("许昌", "许昌市", "河南省", "gov"),
    ("漯河", "漯河市", "河南省", "police"), ("荆州", "荆州市", "湖北省", "fabu"), ("孝感", "孝感市", "湖北省", "cyber"),
    ("邵阳", "邵阳市", "湖南省", "police"), ("怀化", "怀化市", "湖南省", "court"), ("百色", "百色市", "广西壮族自治区", "fabu"),
    ("自贡", "自贡市", "四川省", "police"), ("安顺", "安顺市", "贵州省", "traffic"), ("玉溪", "玉溪市", "云南省", "fabu"),
    ("汉中", "汉中市", "陕西省", "police"), ("张掖", "张掖市", "甘肃省", "procur"), ("吴忠", "吴忠市", "宁夏回族自治区", "police"),
    ("哈密", "哈密市", "新疆维吾尔自治区", "fabu"), ("儋州", "儋州市", "海南省", "police"),
]
N_TEMPLATE = 26

MEDIA = [
    dict(name="台山电视台", platform="douyin", vtype="media", reason="台山市广播电视台官方账号", desc="台山新闻。",
         logo_text="台山台"),
    dict(name="开平广播电视台", platform="weibo", vtype="media", reason="开平市广播电视台官方微博", desc="开平新闻。"),
    dict(name="廉江电视台", platform="kuaishou", vtype="media", reason="廉江市广播电视台官方账号", desc="廉江新闻。"),
    dict(name="雷州新闻", platform="toutiao", vtype="media", reason="雷州市融媒体中心官方账号", desc="雷州本地新闻。"),
    dict(name="高州头条", platform="wechat", vtype="media", reason="高州市融媒体中心", desc="高州本地新闻。"),
    dict(name="兴宁电视台", platform="douyin", vtype="media", reason="兴宁市广播电视台官方账号", desc="兴宁新闻。"),
    dict(name="惠东新闻网", platform="weibo", vtype="media", reason="惠东县融媒体中心官方微博", desc="惠东新闻。"),
    dict(name="诸城观察", platform="toutiao", vtype="media", reason="诸城市融媒体中心官方账号", desc="诸城新闻。"),
    dict(name="平度电视台", platform="kuaishou", vtype="media", reason="平度市广播电视台官方账号", desc="平度新闻。"),
    dict(name="青州广播电视台", platform="douyin", vtype="media", reason="青州市广播电视台官方账号", desc="青州新闻。"),
    dict(name="新泰电视台", platform="weibo", vtype="media", reason="新泰市广播电视台官方微博", desc="新泰新闻。"),
    dict(name="沂水之声", platform="wechat", vtype="media", reason="沂水县融媒体中心", desc="沂水新闻。"),
    dict(name="大众新闻", platform="toutiao", vtype="media", reason="大众日报社大众新闻客户端官方账号",
         desc="山东新闻客户端。", logo_text="大众"),
    dict(name="齐鲁壹点", platform="douyin", vtype="media", reason="齐鲁晚报齐鲁壹点官方账号", desc="山东新闻客户端。",
         logo_text="壹点"),
    dict(name="山东商报", platform="weibo", vtype="media", reason="山东商报官方微博", desc="山东财经新闻。"),
    dict(name="新快报", platform="weibo", vtype="media", reason="新快报官方微博", desc="广州都市新闻。"),
    dict(name="南方农村报", platform="wechat", vtype="media", reason="南方农村报社", desc="广东三农新闻。"),
    dict(name="21世纪经济报道", platform="toutiao", vtype="media", reason="21世纪经济报道官方账号", desc="财经新闻。",
         logo_text="21"),
    dict(name="广东卫视", platform="bilibili", vtype="media", reason="广东广播电视台广东卫视官方账号", desc="广东卫视。"),
    dict(name="山东卫视", platform="douyin", vtype="media", reason="山东广播电视台山东卫视官方账号", desc="山东卫视。"),
    dict(name="山东教育电视台", platform="weibo", vtype="media", reason="山东教育电视台官方微博",
         desc="山东教育电视台，转播山东教育发布的招考信息。", logo_text="教育台"),
    dict(name="平度公安在现场", platform="douyin", vtype="media", reason="平度市广播电视台官方账号",
         desc="平度电视台与平度市公安局合办的法治节目。", logo_text="现场"),
    dict(name="广东交警一线", platform="kuaishou", vtype="media", reason="广东广播电视台官方账号",
         desc="广东广播电视台交通栏目，跟拍广东交警执勤。", logo_text="一线"),
    dict(name="青州文旅视界", platform="toutiao", vtype="media", reason="青州市融媒体中心官方账号",
         desc="青州融媒文化旅游栏目。", logo_text="视界"),
    dict(name="沂水12345回音壁", platform="wechat", vtype="media", reason="沂水县融媒体中心",
         desc="沂水融媒民生栏目，回访热线诉求办理情况。", logo_text="回音"),
    dict(name="广东检察风云录", platform="weibo", vtype="media", reason="南方日报社官方微博",
         desc="南方日报法治栏目，讲述广东检察办案故事。", logo_text="风云"),
]
PERSONAL = [
    dict(name="台山民警阿伍", platform="douyin", vtype="personal", reason="台山市公安局民警", desc="分享反诈小知识。"),
    dict(name="高州交警小潘", platform="kuaishou", vtype="personal", reason="交通安全宣传员"),
    dict(name="兴宁妇产科罗医生", platform="douyin", vtype="personal", reason="兴宁某医院妇产科医生"),
    dict(name="律师老郑讲案例", platform="toutiao", vtype="personal", reason="山东某律师事务所律师"),
    dict(name="会计小邓聊个税", platform="weibo", vtype="personal", reason="会计从业者", desc="个人观点。"),
    dict(name="退伍老兵老冯", platform="douyin", vtype="personal", reason="退役军人 自媒体作者", avatar="cartoon"),
    dict(name="生态摄影师阿杜", platform="weibo", vtype="personal", reason="自然摄影师", avatar="scenery"),
    dict(name="开平碉楼讲解员", platform="douyin", vtype="personal", reason="景区讲解员", avatar="scenery"),
    dict(name="梁山武术教练", platform="kuaishou", vtype="personal", reason="武术教练"),
    dict(name="考研老师谈教育", platform="bilibili", vtype="personal", reason="教育博主"),
    dict(name="爱吃台山黄鳝饭", platform="douyin", avatar="cartoon"),
    dict(name="廉江红橙果农", platform="kuaishou", avatar="scenery"),
    dict(name="吴川飘色传人", platform="douyin"),
    dict(name="雷州石狗收藏", platform="toutiao", avatar="default"),
    dict(name="阳春马水桔", platform="kuaishou", avatar="scenery"),
    dict(name="惠东渔家女", platform="douyin"),
    dict(name="龙川佗城人", platform="weibo", avatar="cartoon"),
    dict(name="莱州玉雕小张", platform="kuaishou", avatar="default"),
    dict(name="诸城恐龙迷", platform="bilibili", avatar="cartoon"),
    dict(name="乳山牡蛎哥", platform="douyin", avatar="scenery"),
    dict(name="禹城小伙日常", platform="kuaishou", avatar="default"),
    dict(name="微山湖渔家", platform="douyin", avatar="scenery"),
    dict(name="单县羊肉汤老板", platform="kuaishou"),
    dict(name="广东检察官小陈", platform="weibo", vtype="personal", reason="检察官 普法博主",
         desc="个人账号，言论不代表单位。"),
    dict(name="跟着山东网警学防骗", platform="toutiao", vtype="personal", reason="反诈宣传志愿者",
         desc="转发山东网警的提示，个人账号，非官方。"),
    dict(name="花都街坊阿强", platform="wechat", desc="花都本地生活分享。", avatar="cartoon"),
]
COMMERCIAL = [
    dict(name="人保财险台山", platform="douyin", vtype="enterprise", reason="中国人民财产保险股份有限公司台山支公司",
         desc="车险、财产险咨询。", logo_text="人保"),
    dict(name="开平碉楼旅游", platform="toutiao", vtype="enterprise", reason="开平碉楼文化旅游有限公司"),
    dict(name="鹤山鞋业城", platform="kuaishou", avatar="default"),
    dict(name="廉江小家电", platform="douyin", vtype="enterprise", reason="廉江市安达电器有限公司"),
    dict(name="吴川羽绒厂家", platform="kuaishou"),
    dict(name="雷州海鲜干货", platform="douyin", avatar="default"),
    dict(name="高州荔枝直发", platform="kuaishou"),
    dict(name="兴宁客家腌面", platform="douyin", avatar="default"),
    dict(name="阳春砂仁药材", platform="toutiao", vtype="enterprise", reason="阳春市南药种植专业合作社"),
    dict(name="惠东鞋服批发", platform="weibo", vtype="enterprise", reason="惠东县黄埠鞋业有限公司"),
    dict(name="龙川米粉", platform="kuaishou"),
    dict(name="德庆贡柑", platform="douyin", vtype="enterprise", reason="德庆县农产品有限公司"),
    dict(name="平度葡萄园", platform="kuaishou", avatar="default"),
    dict(name="莱州石材厂", platform="toutiao", vtype="enterprise", reason="莱州市金盛石材有限公司"),
    dict(name="青州花卉市场", platform="wechat", vtype="enterprise", reason="青州花卉市场管理有限公司"),
    dict(name="诸城农家乐", platform="douyin"),
    dict(name="新泰汽修", platform="kuaishou", avatar="default"),
    dict(name="乳山牡蛎直供", platform="douyin", vtype="enterprise", reason="乳山海之宝水产有限公司"),
    dict(name="禹城功能糖", platform="toutiao", vtype="enterprise", reason="禹城生物糖业有限公司"),
    dict(name="梁山专用车", platform="weibo", vtype="enterprise", reason="梁山华通专用汽车有限公司"),
    dict(name="沂水煎饼坊", platform="kuaishou"),
    dict(name="单县羊肉汤店", platform="douyin", avatar="default"),
    dict(name="花都皮具城", platform="weibo", vtype="enterprise", reason="广州花都狮岭皮具城有限公司"),
    dict(name="博山陶琉工坊", platform="wechat", vtype="enterprise", reason="淄博博山琉璃工艺有限公司"),
    dict(name="广东交警同款行车记录仪", platform="douyin", desc="电子产品网店，与交警部门无关。"),
    dict(name="山东教育考试辅导班", platform="wechat", vtype="enterprise", reason="济南学途教育咨询有限公司",
         desc="考试辅导机构，非政府部门。"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("广州", "从化", "从化区", ["fabu_d"]), ("广州", "增城", "增城区", ["police_d"]),
    ("深圳", "坪山", "坪山区", ["fabu_d", "police_d"]), ("佛山", "高明", "高明区", ["fabu_d"]),
    ("青岛", "即墨", "即墨区", ["fabu_d"]), ("淄博", "周村", "周村区", ["fabu_d"]), ("淄博", "淄川", "淄川区", ["police_d"]),
    ("淄博", "博山", "博山区", ["police_d"]),
    ("台山", "台城", "台城街道", ["town_dq"]), ("平度", "同和", "同和街道", ["town_pcs"]),
    ("青州", "益都", "益都街道", ["town_gov"]), ("莱州", "朱桥", "朱桥镇", ["town_pcs"]),
    ("邹城", "钢山", "钢山街道", ["town_dq"]), ("高州", "石鼓", "石鼓镇", ["town_gov"]),
    ("雷州", "雷城", "雷城街道", ["town_dq"]), ("阳春", "春城", "春城街道", ["town_pcs"]),
    ("惠东", "平山", "平山街道", ["town_pcs"]), ("沂水", "沂城", "沂城街道", ["town_dq"]),
    ("单县", "园艺", "园艺街道", ["town_gov"]), ("鹤山", "沙坪", "沙坪街道", ["town_pcs"]),
    ("廉江", "罗州", "罗州街道", ["town_dq"]),
]
UNREG_CITY = [
    ("台山", "edu", 0), ("开平", "tax", 0), ("鹤山", "market", 0), ("廉江", "culture", 0), ("吴川", "tax", 0),
    ("雷州", "market", 0), ("高州", "edu", 0), ("兴宁", "tax", 0), ("阳春", "culture", 0), ("惠东", "market", 0),
    ("龙川", "culture", 0), ("德庆", "tax", 0), ("平度", "tax", 0), ("莱州", "culture", 0), ("青州", "market", 0),
    ("诸城", "tax", 0), ("邹城", "market", 0), ("新泰", "culture", 0), ("乳山", "tax", 0), ("禹城", "market", 0),
    ("梁山", "tax", 0), ("微山", "market", 0), ("沂水", "culture", 0), ("单县", "tax", 0),
    ("山东", "hotline", 0), ("广东", "hotline", 0),
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
    print("building dev5 ...")
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
