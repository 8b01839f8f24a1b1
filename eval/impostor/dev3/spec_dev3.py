"""Third dev part (built blind as the held-out part on 2026-12-02, measured twice by the lead, demoted to tuning
data on 2026-12-02: see ../README.md).  Run: python eval/impostor/dev3/spec_dev3.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ and dev2/; the few unavoidable reuses are listed in README.intro.md.
Part-specific machinery (township units, level forms, traditional-form modes, digit forms, frame, colour and
screenshot edits, the registry's region fix for county-level cities) lives in this file, not in gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

PART = "dev3"
SEED = 2917
CRAWL_DAY = "2024-06-17"

# ------------------------------------------------------------------ township service windows (this part only)
G.DISTRICT_DEPTS.setdefault("town_svc", ("{F}{DF}便民服务中心", ["{DS}便民服务", "{DF}便民服务中心"], "hands", None,
                                         "发布镇街便民服务事项、办事指南和惠民政策"))
G.DISTRICT_DEPTS.setdefault("town_fabu", ("{F}{DF}人民政府", ["{DF}发布", "魅力{DS}"], "megaphone", "fabu_badge",
                                          "发布镇村动态、乡村振兴和民生服务信息"))
G.FN.setdefault("town_svc", "便民服务")
G.FN.setdefault("town_fabu", "发布")

# county-level cities and counties are built as "city" places; their prefecture is kept here
PARENT = {"寿光": ("潍坊", "潍坊市"), "曲阜": ("济宁", "济宁市"), "荣成": ("威海", "威海市"), "胶州": ("青岛", "青岛市"),
          "滕州": ("枣庄", "枣庄市"), "临清": ("聊城", "聊城市"), "曹县": ("菏泽", "菏泽市"),
          "信宜": ("茂名", "茂名市"), "化州": ("茂名", "茂名市"), "陆丰": ("汕尾", "汕尾市"), "普宁": ("揭阳", "揭阳市"),
          "罗定": ("云浮", "云浮市")}


def _county(F, dept, extra=None):
    """A county-level unit's name (大队/局 instead of 支队/委员会)."""
    pu, cu, *_ = G.DEPTS[dept]
    unit = G.fmt(cu, F=F)
    for a, b in G.COUNTY_FIX:
        unit = unit.replace(a, b)
    d = dict(unit=unit)
    d.update(extra or {})
    return (dept, d)


# ------------------------------------------------------------------ registry
PROVINCES = [
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="孔孟之乡",
         depts=[("traffic", {"platforms": ["weibo", "wechat", "douyin", "kuaishou"]}), "tax",
                ("eco", {"avatar": "distinctive"}), ("procur", {"platforms": ["weibo", "wechat", "toutiao"]}),
                ("medins", {"avatar": "distinctive"})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="粤",
         depts=[("cyber", {"platforms": ["weibo", "wechat", "douyin", "bilibili"]}), "hrss",
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou",
                                                                     "toutiao"]}),
                "fire", ("court", {"avatar": "state_emblem", "platforms": ["weibo", "wechat", "douyin"],
                                   "names": {p: "{S}高院" for p in ["weibo", "wechat", "douyin"]}}),
                "housing"]),
]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
CITIES = [
    # ---- Guangdong prefecture-level cities (none used by dev or dev2)
    dict(S="茂名", F="茂名市", province="广东省", area="0668", landmark="tower", nick="油城",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou"],
                                    "names": {"wechat": "平安{S}"}}),
                ("health", {"name_idx": 1}), "market", ("hotline", {"platforms": _4})],
         districts=[dict(DS="茂南", DF="茂南区", depts=["fabu_d"]), dict(DS="电白", DF="电白区", depts=["police_d"])]),
    dict(S="梅州", F="梅州市", province="广东省", area="0753", landmark="mountain", nick="客都",
         depts=["fabu", "police", ("culture", {"avatar": "distinctive"}),
                ("tax", {"platforms": ["weibo", "wechat", "douyin"], "names": {"wechat": "{S}12366"}})],
         districts=[dict(DS="梅江", DF="梅江区", depts=["fabu_d"])]),
    dict(S="汕尾", F="汕尾市", province="广东省", area="0660", landmark="waves", nick="海陆丰",
         depts=["fabu", "police", "weather"]),
    dict(S="潮州", F="潮州市", province="广东省", area="0768", landmark="bridge", nick="韩江",
         depts=["fabu", ("police", {"names": {"douyin": "{S}警方"}, "platforms": ["weibo", "wechat", "douyin"]}),
                ("culture", {"avatar": "distinctive"}), ("hotline", {"platforms": ["weibo", "wechat", "douyin",
                                                                                    "kuaishou"]})],
         districts=[dict(DS="湘桥", DF="湘桥区", depts=["police_d"])]),
    dict(S="揭阳", F="揭阳市", province="广东省", area="0663", landmark="pagoda", nick="榕江",
         depts=["fabu", "police", ("hotline", {"platforms": ["weibo", "wechat", "douyin"]})],
         districts=[dict(DS="揭东", DF="揭东区", depts=["police_d"])]),
    dict(S="云浮", F="云浮市", province="广东省", area="0766", landmark="mountain", nick="石都",
         depts=["fabu", "police", "eco"]),
    # ---- Guangdong county-level cities (with township service windows)
    dict(S="信宜", F="信宜市", province="广东省", area="0668", landmark="mountain", nick="玉都",
         depts=["fabu", "police"],
         districts=[dict(DS="镇隆", DF="镇隆镇", depts=[("town_fabu", {"name_idx": 1})])]),
    dict(S="化州", F="化州市", province="广东省", area="0668", landmark="waves", nick="橘州",
         depts=["fabu", "police"]),
    dict(S="陆丰", F="陆丰市", province="广东省", area="0660", landmark="pier", nick="碣石湾",
         depts=["fabu", "police"],
         districts=[dict(DS="碣石", DF="碣石镇", depts=["town_fabu"])]),
    dict(S="普宁", F="普宁市", province="广东省", area="0663", landmark="skyline", nick="青梅之乡",
         depts=["fabu", "police"]),
    dict(S="罗定", F="罗定市", province="广东省", area="0766", landmark="pagoda", nick="泷州",
         depts=["fabu", "police"]),
    # ---- Shandong county-level cities and counties (every prefecture of Shandong is used by dev or dev2)
    dict(S="寿光", F="寿光市", province="山东省", area="0536", landmark="sun", nick="菜乡",
         depts=["fabu", ("police", {"avatar": "distinctive"}), "market",
                _county("寿光市", "traffic"), ("hotline", {"platforms": _4})],
         districts=[dict(DS="古城", DF="古城街道", depts=["town_svc"]),
                    dict(DS="羊口", DF="羊口镇", depts=["town_fabu"])]),
    dict(S="曲阜", F="曲阜市", province="山东省", area="0537", landmark="pagoda", nick="孔子故里",
         depts=["fabu", "police", ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin",
                                                                                     "toutiao", "kuaishou"]})],
         districts=[dict(DS="尼山", DF="尼山镇", depts=["town_fabu"])]),
    dict(S="荣成", F="荣成市", province="山东省", area="0631", landmark="lighthouse", nick="好运角",
         depts=["fabu", "police", _county("荣成市", "health", {"name_idx": 2})]),
    dict(S="胶州", F="胶州市", province="山东省", area="0532", landmark="bridge", nick="少海",
         depts=["fabu", "police", "tax"],
         districts=[dict(DS="李哥庄", DF="李哥庄镇", depts=["town_svc"])]),
    dict(S="滕州", F="滕州市", province="山东省", area="0632", landmark="pagoda", nick="善国",
         depts=["fabu", "police", _county("滕州市", "health", {"name_idx": 1, "avatar": "distinctive"})]),
    dict(S="临清", F="临清市", province="山东省", area="0635", landmark="pagoda", nick="运河钞关",
         depts=["fabu", "police"]),
    dict(S="曹县", F="曹县", province="山东省", area="0530", landmark="sun", nick="曹州",
         depts=["fabu", "police", ("market", {"platforms": ["weibo", "wechat", "douyin"],
                                              "names": {"wechat": "{S}12315"}})]),
]

RENAME_SHARE = 0.07


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    opts = []
    if name == S + "公安":
        opts.append("平安" + S)
    if name == "平安" + S:
        opts.append(S + "公安")
    if u["level"] == "district" and not name.startswith(pl["S"]):
        opts.append(pl["S"] + name)
    if u["level"] != "district":
        opts.append(u["unit"])
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (held-out only)
SUFFIXES = ["政务号", "官网", "咨询台", "驿站", "窗口", "值班室", "有问必答", "微服务", "信息港", "办事通", "e家", "总站"]
PREFIXES = ["唯一", "官·", "云上", "指尖", "数字", "i", "热门", "第一"]
LOOKALIKE = {
    # place characters (shape: whole-glyph variants and partial changes of one component)
    "东": ["冻"], "广": ["圹"], "茂": ["戊"], "名": ["各"], "信": ["佶"], "宜": ["宣"], "化": ["北"], "州": ["川"],
    "梅": ["栂"], "江": ["冮"], "汕": ["灿"], "尾": ["屋"], "陆": ["阽"], "丰": ["丯"], "潮": ["淖"], "湘": ["缃"],
    "桥": ["侨"], "揭": ["掲"], "阳": ["阻"], "普": ["谱"], "宁": ["守"], "云": ["去"], "浮": ["俘"], "寿": ["涛"],
    "光": ["先"], "古": ["占"], "羊": ["芈"], "口": ["囗"], "曲": ["典"], "阜": ["埠"], "尼": ["泥"], "荣": ["荥"],
    "成": ["戍"], "胶": ["皎"], "李": ["孛"], "庄": ["庒"], "滕": ["縢"], "清": ["请"], "曹": ["曺"],
    "县": ["具"], "镇": ["缜"], "隆": ["降"], "石": ["右"], "电": ["甩"], "白": ["自"], "罗": ["岁"], "定": ["淀"],
    "碣": ["竭"],
    # function characters
    "发": ["犮"], "布": ["希"], "公": ["么"], "安": ["宴"], "交": ["文"], "警": ["敬"], "税": ["说"], "务": ["条"],
    "生": ["王"], "环": ["怀"], "境": ["璄"], "检": ["险"], "察": ["擦"], "医": ["区"], "保": ["俣"], "网": ["罔"],
    "人": ["八"], "社": ["祉"], "文": ["汶"], "旅": ["施"], "消": ["硝"], "防": ["访"], "院": ["垸"], "住": ["往"],
    "建": ["津"], "健": ["腱"], "市": ["帀"], "场": ["肠"], "监": ["蓝"], "管": ["棺"], "气": ["氕"], "象": ["彖"],
    "便": ["使"], "民": ["泯"], "服": ["报"], "政": ["玫"], "高": ["髙"], "平": ["乎"], "心": ["必"], "力": ["刀"],
    "魅": ["魁"],
}
SAME_SOUND = {
    "山": ["杉"], "东": ["冬"], "广": ["逛"], "茂": ["贸", "貌"], "名": ["明", "铭"], "信": ["欣"], "宜": ["怡"],
    "化": ["花"], "州": ["轴"], "梅": ["美", "媒"], "江": ["疆"], "汕": ["山"], "尾": ["伟", "未"], "陆": ["路", "鹿"],
    "丰": ["峰", "风"], "潮": ["超", "巢"], "湘": ["香"], "桥": ["乔"], "揭": ["接", "杰"], "阳": ["洋", "央"],
    "普": ["浦"], "宁": ["柠"], "云": ["芸"], "浮": ["福", "符"], "罗": ["落"], "定": ["鼎"], "寿": ["首", "守"],
    "光": ["广"], "古": ["谷"], "城": ["承", "橙"], "羊": ["养"], "口": ["扣"], "曲": ["渠"], "阜": ["富", "复"],
    "尼": ["妮"], "荣": ["融", "蓉"], "成": ["诚"], "胶": ["焦", "椒"], "李": ["里"], "哥": ["歌"], "庄": ["桩", "妆"],
    "滕": ["腾", "藤"], "临": ["邻", "霖"], "清": ["晴", "情"], "曹": ["草", "槽"], "县": ["现", "鲜"], "镇": ["振"],
    "隆": ["笼"], "电": ["店", "点"], "白": ["百", "柏"], "石": ["时", "实"], "碣": ["节"], "街": ["阶"], "道": ["稻"],
    # function characters
    "发": ["伐", "阀"], "布": ["簿", "不"], "公": ["共", "恭"], "安": ["岸", "庵"], "平": ["萍", "评"],
    "交": ["骄", "浇"], "警": ["京", "静", "精"], "务": ["悟", "舞"], "生": ["声", "升"], "态": ["太"],
    "环": ["欢", "换"], "境": ["敬", "净"], "检": ["件", "剑"], "察": ["查", "差"], "医": ["依", "衣"],
    "保": ["宝", "堡"], "网": ["望", "旺"], "人": ["任", "认"], "社": ["设", "射"], "文": ["闻", "问"],
    "旅": ["侣", "吕"], "消": ["晓", "萧"], "防": ["放", "纺"], "院": ["援", "缘"], "住": ["驻", "助"],
    "建": ["箭", "鉴"], "卫": ["位", "味"], "健": ["荐", "舰"], "委": ["纬"], "市": ["式", "视"], "场": ["畅", "常"],
    "监": ["兼", "尖"], "管": ["观", "冠"], "气": ["器", "企"], "象": ["向", "项"], "便": ["变", "边"], "民": ["敏"],
    "服": ["扶"], "政": ["证", "征"], "高": ["稿", "糕"], "心": ["芯"], "方": ["芳"],
}
TRAD_MODES = ["func", "two", "alt"]
SPACES = ["\u2000", "\u2001", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u200a", "\u205f"]
DOUBLE_SPACE_P = 0.15
ZERO_WIDTH = ["\u200e", "\u200f", "\u2061", "\u2062", "\u2064", "\u2066", "\u206a", "\ufe0f", "\U000e0020"]
EMOJI = ["🏛️", "📞", "🆘", "🔰", "🏮", "❤️", "📱", "☑️", "🎖️", "🌺"]
BRACKETS = [("〈", "〉"), ("〘", "〙"), ("〚", "〛"), ("［", "］"), ("｢", "｣"), ("⦅", "⦆"), ("﹝", "﹞")]
FULLWIDTH_MODES = ["full", "double_struck", "sans_bold", "circled"]
LEVEL_FORMS = ["parent_prefix", "parent_full_prefix", "unit_short", "prov_dot", "city_dot"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民连心", "{nick}民警在身边", "{S}平安守护岗", "{nick}警察故事"],
    "traffic": ["{S}行车提示", "{nick}交通违法查询"],
    "cyber": ["{nick}反诈课堂", "{S}网络辟谣"],
    "health": ["{S}挂号预约", "{nick}健康百事通", "{S}医事问答"],
    "market": ["{S}消费者之友", "{nick}价格监督哨"],
    "tax": ["{S}发票查询", "{nick}税收小课堂"],
    "fabu": ["{S}头条", "{nick}时讯", "{S}大事小情"],
    "hotline": ["{S}民生诉求", "{nick}接诉即办"],
    "culture": ["{S}去哪玩", "{nick}文化周末"],
    "weather": ["{S}风雨早知道"],
    "eco": ["{nick}绿水青山"],
    "procur": ["{nick}公益守护"],
    "court": ["{nick}执行曝光台"],
    "fire": ["{S}119安全课"],
    "hrss": ["{S}找工作", "{nick}社保查询"],
    "housing": ["{S}房产服务", "{nick}安居"],
    "medins": ["{nick}看病报销"],
    "town_svc": ["{S}办事指南"],
    "town_fabu": ["{S}乡村振兴", "{S}镇里事"],
    "fabu_d": ["{S}身边事"],
    "police_d": ["{S}平安社区"],
    "generic": ["{S}百姓之家", "{nick}市民之友", "{S}一网通办"],
}


def _digit_map(f):
    return lambda s: "".join(f(c) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "double_struck": _digit_map(lambda c: chr(0x1D7D8 + ord(c) - 48)),
    "sans_bold": _digit_map(lambda c: chr(0x1D7EC + ord(c) - 48)),
    "circled": _digit_map(lambda c: "\u24ea" if c == "0" else chr(0x2460 + ord(c) - 49)),
}


# ---- level forms
ABBR = [("人民政府新闻办公室", "新闻办"), ("卫生健康委员会", "卫健委"), ("卫生健康局", "卫健局"), ("市场监督管理局", "市场监管局"),
        ("人力资源和社会保障厅", "人社厅"), ("人力资源和社会保障局", "人社局"), ("文化和旅游厅", "文旅厅"),
        ("文化和旅游局", "文旅局"), ("交通警察总队", "交警总队"), ("交通警察大队", "交警大队"),
        ("网络安全保卫总队", "网安总队"), ("住房和城乡建设厅", "住建厅"), ("12345政务服务便民热线", "12345热线"),
        ("高级人民法院", "高院"), ("人民检察院", "检察院"), ("便民服务中心", "便民中心"), ("消防救援总队", "消防总队"),
        ("医疗保障局", "医保局"), ("生态环境厅", "环境厅"), ("生态环境局", "环境局"), ("人民政府", "政府")]


def _lf_parent(full):
    def f(u, acc):
        name, pl = acc["row"]["name"], u["place"]
        par = PARENT.get(pl["S"])
        if u["level"] != "city" or not par:
            return []
        p = par[1] if full else par[0]
        if name.startswith(pl["S"]):
            return [p + name]
        if pl["S"] in name:
            return [name.replace(pl["S"], p + pl["S"], 1)]
        return []
    return f


def _lf_unit_short(u, acc):
    s = u["unit"].replace("国家税务总局", "")
    pl = u["place"]
    s = s.replace(pl["F"], pl["S"], 1)
    for a, b in ABBR:
        s = s.replace(a, b)
    return [s] if s != u["unit"] else []


def _lf_prov_dot(u, acc):
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "province" or name.startswith(pl["prov_short"]):
        return []
    return [pl["prov_short"] + "·" + name]


def _lf_city_dot(u, acc):
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or name.startswith(pl["S"]):
        return []
    return [pl["S"] + "·" + name]


LEVEL_FORM_FUNCS = {"parent_prefix": _lf_parent(False), "parent_full_prefix": _lf_parent(True),
                    "unit_short": _lf_unit_short, "prov_dot": _lf_prov_dot, "city_dot": _lf_city_dot}


# ---- traditional-form modes
def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _t_func(s, u, r):
    """Only the function part (发布, 公安, ...) in traditional form; the place stays simplified."""
    pl = u["place"].get("DS", u["place"]["S"])
    k = s.find(pl)
    idx = [i for i in _conv_idx(s) if not (k >= 0 and k <= i < k + len(pl))]
    return _conv(s, idx) if idx else None


def _t_two(s, u, r):
    idx = _conv_idx(s)
    return _conv(s, r.sample(idx, 2)) if len(idx) >= 2 else None


def _t_alt(s, u, r):
    """Every second convertible character: a simplified/traditional mix."""
    idx = _conv_idx(s)
    return _conv(s, idx[r.choice([0, 1])::2]) if len(idx) >= 3 else None


TRAD_FUNCS = {"func": _t_func, "two": _t_two, "alt": _t_alt}


# ---- image edits
def _cool(img, rng):
    a = np.array(img, float)
    a[..., 0] *= rng.uniform(0.75, 0.85)
    a[..., 2] = a[..., 2] * rng.uniform(1.1, 1.2) + 12
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), "cool blue filter"


def _desat(img, rng):
    f = rng.uniform(0.2, 0.45)
    return ImageEnhance.Color(img).enhance(f), f"saturation x{f:.2f}"


def _swap(img, rng):
    order = rng.choice([(2, 0, 1), (1, 2, 0), (2, 1, 0)])
    a = np.array(img)[..., list(order)]
    return Image.fromarray(a), f"channels {order}"


def _posterize(img, rng):
    b = rng.choice([2, 3])
    return ImageOps.posterize(img, b), f"posterize {b} bits"


def _rounded(img, rng, P):
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"]))
    out = Image.new("RGB", (w + 2 * pad, h + 2 * pad), rng.choice(P["border_colours"]))
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, w - 1, h - 1], radius=int(0.22 * w), fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border rounded"


def _shadow(img, rng, P):
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"]))
    out = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (246, 246, 246))
    sh = Image.new("L", out.size, 0)
    off = max(3, pad // 3)
    ImageDraw.Draw(sh).rectangle([pad + off, pad + off, pad + off + w, pad + off + h], fill=140)
    sh = sh.filter(ImageFilter.GaussianBlur(max(2, pad // 4)))
    out.paste(Image.new("RGB", out.size, (60, 60, 60)), (0, 0), sh)
    out.paste(img, (pad, pad))
    return out, "border shadow"


def _ring(img, rng, P):
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"]))
    out = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (255, 255, 255))
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, h - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    ImageDraw.Draw(out).ellipse([pad // 3, pad // 3, w + 2 * pad - pad // 3, h + 2 * pad - pad // 3],
                                outline=rng.choice(P["border_colours"]), width=max(3, int(pad * 0.7)))
    return out, "border ring"


def _shot_chat(img, rng, P, out_px):
    """A chat-list screenshot cropped roughly to the avatar (rounded square), a bubble edge beside it."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (237, 237, 237))
    d = ImageDraw.Draw(canvas)
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    x0 = int((S - a) * rng.uniform(0.1, 0.4))
    y0 = int((S - a) * rng.uniform(0.3, 0.7))
    d.rounded_rectangle([x0 + a + int(0.03 * S), y0 + int(0.1 * a), S + 40, y0 + int(0.45 * a)], radius=12,
                        fill=(255, 255, 255))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, a - 1, a - 1], radius=int(0.1 * a), fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot chat scale {frac:.2f}"


def _shot_profile(img, rng, P, out_px):
    """A profile page: coloured banner, round avatar overlapping it, name and counters as grey bars."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.42 * S)], fill=G._hsv(rng.random(), 0.45, 0.75))
    frac = rng.uniform(0.36, 0.44)
    a = int(S * frac)
    x0, y0 = int(0.06 * S), int(0.42 * S - a * 0.55)
    d.ellipse([x0 - 6, y0 - 6, x0 + a + 6, y0 + a + 6], fill=(255, 255, 255))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, a - 1, a - 1], fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    for k in range(3):
        yy = int(0.5 * S + k * 0.1 * S)
        d.rectangle([x0 + a + int(0.05 * S), yy, int(S * rng.uniform(0.7, 0.95)), yy + int(0.03 * S)],
                    fill=(205, 205, 205))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.7))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot profile scale {frac:.2f}"


def _shot_feed(img, rng, P, out_px):
    """A dark video-feed overlay cropped near the avatar: round avatar, a follow badge, caption bars."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (18, 18, 22))
    d = ImageDraw.Draw(canvas)
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    x0 = int((S - a) * rng.uniform(0.3, 0.7))
    y0 = int((S - a) * rng.uniform(0.1, 0.4))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, a - 1, a - 1], fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    r_ = int(0.07 * S)
    cx, cy = x0 + a // 2, y0 + a
    d.ellipse([cx - r_, cy - r_, cx + r_, cy + r_], fill=(250, 40, 80))
    d.rectangle([cx - r_ // 2, cy - 3, cx + r_ // 2, cy + 3], fill=(255, 255, 255))
    d.rectangle([cx - 3, cy - r_ // 2, cx + 3, cy + r_ // 2], fill=(255, 255, 255))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot feed scale {frac:.2f}"


EDIT_PARAMS = dict(recolour_funcs={"cool": _cool, "desat": _desat, "swap": _swap, "posterize": _posterize},
                   border_funcs={"rounded": _rounded, "shadow": _shadow, "ring": _ring},
                   screenshot_funcs={"chat": _shot_chat, "profile": _shot_profile, "feed": _shot_feed},
                   resize_px=[104, 112, 136, 150, 170, 188], jpeg_q=(12, 19), crop_frac=(0.185, 0.24),
                   border_styles=["rounded", "shadow", "ring"],
                   border_colours=[(0, 128, 0), (255, 140, 0), (128, 0, 128), (90, 90, 90), (0, 160, 200)],
                   border_frac=(0.19, 0.24), recolour_modes=["cool", "desat", "swap", "posterize"],
                   hue_shift=(75, 110), rotate_deg=(12.5, 17),
                   watermark_texts=["扫码办理", "热线咨询", "点击关注", "转发有礼", "直播中"], watermark_alpha=(70, 119),
                   screenshot_styles=["chat", "profile", "feed"], screenshot_scale=(0.76, 0.9))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.1
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "logo", "person", "cartoon"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}惠民信息咨询有限公司"), ("personal", "热门生活博主"), ("other", "{S}同城信息")]
IMPOSTOR_DESCS = ["{S}{fn}办事咨询请私信，加急办理，VX：{wx}",
                  "代缴罚款、代开{fn}证明，联系QQ{qq}",
                  "【{name}】唯一指定账号，其他均为假冒",
                  "{S}{fn}最新政策汇总，每日更新，点击主页链接领取补贴",
                  "免费领取{S}{fn}补贴名额，限时申请，先到先得"]
MAX_PER_TARGET = 6

IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 32), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 20), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 32),
    (["lookalike_char", "traditional"], 8), (["same_sound", "spacing"], 7), (["reorder", "same_sound"], 6),
    (["level_prefix", "lookalike_char"], 6), (["level_prefix", "zero_width"], 6), (["fullwidth", "emoji_brackets"], 5),
    (["fullwidth", "zero_width"], 5), (["fullwidth", "same_sound"], 4), (["new_platform", "traditional"], 6),
    (["new_platform", "emoji_brackets"], 5), (["new_platform", "zero_width"], 4), (["spacing", "emoji_brackets"], 5),
    (["reorder", "zero_width"], 5), (["lookalike_char", "spacing"], 5), (["same_sound", "traditional"], 5),
    (["suffix", "same_sound", "emoji_brackets"], 4), (["prefix", "level_prefix"], 5), (["prefix", "emoji_brackets"], 5),
]

# real places outside Shandong/Guangdong (and one inside-China place a look-alike would produce), never inside an
# impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = ["寿县", "曲沃", "曲阳", "荣昌", "沧州", "常州", "滁州", "临夏", "临沧", "茂县", "郴州",
                               "柳州", "湖州", "濮阳", "咸阳", "云南", "陆川", "普洱", "容城", "新沂", "华州", "禄丰",
                               "焦作", "罗甸", "晋宁", "梅川", "榕城"]

# ------------------------------------------------------------------ hard negatives
OTHER_PLACES_CHAR = [
    dict(reg="寿光", S="寿县", F="寿县", province="安徽省", level="county"),
    dict(reg="曲阜", S="曲沃", F="曲沃县", province="山西省", level="county"),
    dict(reg="曲阜", S="曲阳", F="曲阳县", province="河北省", level="county"),
    dict(reg="荣成", S="荣昌", F="重庆市荣昌区", province="重庆市", depts=["fabu", "police"],
         units={"fabu": "重庆市荣昌区人民政府", "police": "重庆市公安局荣昌区分局"}),
    dict(reg="胶州", S="沧州", F="沧州市", province="河北省"),
    dict(reg="胶州", S="常州", F="常州市", province="江苏省"),
    dict(reg="滕州", S="滁州", F="滁州市", province="安徽省", depts=["fabu", "police"]),
    dict(reg="临清", S="临夏", F="临夏市", province="甘肃省", level="county"),
    dict(reg="临清", S="临沧", F="临沧市", province="云南省"),
    dict(reg="茂名", S="茂县", F="茂县", province="四川省", level="county"),
    dict(reg="梅州", S="郴州", F="郴州市", province="湖南省"),
    dict(reg="梅州", S="柳州", F="柳州市", province="广西壮族自治区"),
    dict(reg="潮州", S="湖州", F="湖州市", province="浙江省"),
    dict(reg="揭阳", S="濮阳", F="濮阳市", province="河南省"),
    dict(reg="揭阳", S="咸阳", F="咸阳市", province="陕西省"),
    dict(reg="云浮", S="云南", F="云南省", province="云南省",
         units={"fabu": "云南省人民政府新闻办公室", "police": "云南省公安厅", "eco": "云南省生态环境厅"}),
    dict(reg="陆丰", S="陆川", F="陆川县", province="广西壮族自治区", level="county"),
    dict(reg="普宁", S="普洱", F="普洱市", province="云南省"),
]
OTHER_PLACES_SOUND = [
    dict(reg="荣成", S="容城", F="容城县", province="河北省", level="county"),
    dict(reg="信宜", S="新沂", F="新沂市", province="江苏省", level="county"),
    dict(reg="化州", S="华州", F="渭南市华州区", province="陕西省", depts=["fabu", "police"],
         units={"fabu": "渭南市华州区人民政府", "police": "渭南市公安局华州分局"}),
    dict(reg="陆丰", S="禄丰", F="禄丰市", province="云南省", level="county"),
    dict(reg="胶州", S="焦作", F="焦作市", province="河南省"),
    dict(reg="罗定", S="罗甸", F="罗甸县", province="贵州省", level="county"),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("桂林", "桂林市", "广西壮族自治区", "police"), ("北海", "北海市", "广西壮族自治区", "fabu"),
    ("梧州", "梧州市", "广西壮族自治区", "traffic"), ("玉林", "玉林市", "广西壮族自治区", "court"),
    ("呼和浩特", "呼和浩特市", "内蒙古自治区", "police"), ("包头", "包头市", "内蒙古自治区", "fabu"),
    ("鄂尔多斯", "鄂尔多斯市", "内蒙古自治区", "procur"), ("赤峰", "赤峰市", "内蒙古自治区", "traffic"),
    ("乌鲁木齐", "乌鲁木齐市", "新疆维吾尔自治区", "police"), ("克拉玛依", "克拉玛依市", "新疆维吾尔自治区", "fabu"),
    ("格尔木", "格尔木市", "青海省", "police"), ("绍兴", "绍兴市", "浙江省", "fabu"), ("金华", "金华市", "浙江省", "police"),
    ("南通", "南通市", "江苏省", "traffic"), ("扬州", "扬州市", "江苏省", "fabu"), ("安庆", "安庆市", "安徽省", "police"),
    ("上饶", "上饶市", "江西省", "court"), ("十堰", "十堰市", "湖北省", "police"), ("常德", "常德市", "湖南省", "fabu"),
    ("安阳", "安阳市", "河南省", "procur"), ("廊坊", "廊坊市", "河北省", "police"), ("运城", "运城市", "山西省", "traffic"),
    ("榆林", "榆林市", "陕西省", "fabu"), ("酒泉", "酒泉市", "甘肃省", "police"), ("宜宾", "宜宾市", "四川省", "cyber"),
    ("三亚", "三亚市", "海南省", "police"), ("六盘水", "六盘水市", "贵州省", "procur"), ("大理", "大理市", "云南省", "gov"),
    ("丹东", "丹东市", "辽宁省", "police"), ("通化", "通化市", "吉林省", "fabu"), ("大庆", "大庆市", "黑龙江省", "traffic"),
    ("莆田", "莆田市", "福建省", "police"),
]
N_TEMPLATE = 26

MEDIA = [
    dict(name="茂名日报", platform="weibo", vtype="media", reason="茂名日报社官方微博", desc="茂名新闻。"),
    dict(name="茂名广播电视台", platform="douyin", vtype="media", reason="茂名广播电视台官方账号", desc="茂名新闻。",
         logo_text="茂名台"),
    dict(name="梅州日报", platform="toutiao", vtype="media", reason="梅州日报社官方账号", desc="客都新闻。"),
    dict(name="梅州网", platform="wechat", vtype="media", reason="梅州日报社", desc="梅州本地资讯。"),
    dict(name="汕尾日报", platform="kuaishou", vtype="media", reason="汕尾日报社官方账号", desc="汕尾新闻。"),
    dict(name="潮州日报", platform="weibo", vtype="media", reason="潮州日报社官方微博", desc="潮州新闻。"),
    dict(name="揭阳日报", platform="douyin", vtype="media", reason="揭阳日报社官方账号", desc="揭阳新闻。"),
    dict(name="云浮日报", platform="toutiao", vtype="media", reason="云浮日报社官方账号", desc="云浮新闻。"),
    dict(name="南方+", platform="wechat", vtype="media", reason="南方日报社", desc="南方日报新闻客户端。", logo_text="南方"),
    dict(name="触电新闻", platform="douyin", vtype="media", reason="广东广播电视台触电新闻官方账号", desc="广东新闻。",
         logo_text="触电"),
    dict(name="羊城派", platform="weibo", vtype="media", reason="羊城晚报羊城派官方微博", desc="羊城晚报客户端。"),
    dict(name="海报新闻", platform="toutiao", vtype="media", reason="大众日报社海报新闻官方账号", desc="山东新闻客户端。",
         logo_text="海报"),
    dict(name="齐鲁网", platform="weibo", vtype="media", reason="山东广播电视台齐鲁网官方微博", desc="山东新闻。"),
    dict(name="新黄河", platform="douyin", vtype="media", reason="济南日报报业集团新黄河官方账号", desc="山东新闻客户端。"),
    dict(name="寿光融媒", platform="wechat", vtype="media", reason="寿光市融媒体中心", desc="寿光本地新闻。"),
    dict(name="曲阜融媒", platform="kuaishou", vtype="media", reason="曲阜市融媒体中心官方账号", desc="曲阜新闻。"),
    dict(name="荣成融媒", platform="weibo", vtype="media", reason="荣成市融媒体中心官方微博", desc="荣成新闻。"),
    dict(name="滕州日报", platform="toutiao", vtype="media", reason="滕州日报社官方账号", desc="滕州新闻。"),
    dict(name="胶州融媒", platform="douyin", vtype="media", reason="胶州市融媒体中心官方账号", desc="胶州新闻。"),
    dict(name="普宁融媒", platform="wechat", vtype="media", reason="普宁市融媒体中心", desc="普宁新闻。"),
    dict(name="山东交警路况直播间", platform="kuaishou", vtype="media", reason="山东广播电视台交通广播官方账号",
         desc="交通广播节目，连线山东交警发布高速路况。", logo_text="路况"),
    dict(name="茂名公安纪实", platform="douyin", vtype="media", reason="茂名广播电视台官方账号",
         desc="茂名广播电视台与茂名市公安局合办的警务纪实节目。", logo_text="纪实"),
    dict(name="广东消防零距离", platform="bilibili", vtype="media", reason="广东广播电视台官方账号",
         desc="走进广东消防救援队伍的电视栏目。", logo_text="零距离"),
    dict(name="潮州文旅印象", platform="toutiao", vtype="media", reason="潮州日报社官方账号",
         desc="潮州日报文化旅游专栏。", logo_text="印象"),
    dict(name="揭阳12345追踪", platform="weibo", vtype="media", reason="揭阳广播电视台官方微博",
         desc="揭阳电视台民生栏目，跟进市民热线诉求办理情况。", logo_text="追踪"),
    dict(name="云浮生态环境观察", platform="wechat", vtype="media", reason="云浮日报社",
         desc="云浮日报生态环境专栏。", logo_text="观察"),
]
PERSONAL = [
    dict(name="茂名刑警老梁", platform="douyin", vtype="personal", reason="茂名市公安局民警", desc="讲讲身边的案子。"),
    dict(name="寿光辅警小马", platform="kuaishou", vtype="personal", reason="社区辅警"),
    dict(name="潮州儿科陈医生", platform="douyin", vtype="personal", reason="潮州某医院儿科医生"),
    dict(name="律师黄文说合同", platform="toutiao", vtype="personal", reason="广东某律师事务所律师"),
    dict(name="税务师阿芳", platform="weibo", vtype="personal", reason="注册税务师", desc="个人观点。"),
    dict(name="消防宣传员小叶", platform="douyin", vtype="personal", reason="消防安全宣传志愿者", avatar="cartoon"),
    dict(name="气象迷老徐", platform="weibo", vtype="personal", reason="气象爱好者 科普博主"),
    dict(name="曲阜导游小孔", platform="douyin", vtype="personal", reason="持证导游", avatar="scenery"),
    dict(name="云浮石材工程师", platform="toutiao", vtype="personal", reason="石材行业从业者"),
    dict(name="人社政策解读员老何", platform="weibo", vtype="personal", reason="社保从业者",
         desc="个人解读，办事以官方为准。"),
    dict(name="爱潮州的阿姨", platform="weibo", avatar="cartoon"),
    dict(name="茂名荔枝园主", platform="kuaishou", avatar="scenery"),
    dict(name="梅州客家妹", platform="douyin"),
    dict(name="汕尾渔家小哥", platform="kuaishou", avatar="default"),
    dict(name="揭阳玉器街老陈", platform="douyin"),
    dict(name="寿光种菜大叔", platform="kuaishou", avatar="scenery"),
    dict(name="荣成海带姐", platform="douyin"),
    dict(name="临清小吃地图", platform="bilibili", avatar="cartoon"),
    dict(name="曹县汉服小姐姐", platform="douyin"),
    dict(name="滕州菜煎饼", platform="kuaishou", avatar="default"),
    dict(name="胶州大白菜哥", platform="kuaishou", avatar="scenery"),
    dict(name="罗定稻米人家", platform="bilibili", avatar="scenery"),
    dict(name="化州橘红爷爷", platform="douyin", avatar="default"),
    dict(name="跟着广东文旅去旅行", platform="weibo", vtype="personal", reason="旅游博主",
         desc="个人旅行记录，常转发广东文旅的活动。", avatar="scenery"),
    dict(name="老刘读山东税务公告", platform="toutiao", vtype="personal", reason="财税博主",
         desc="个人学习笔记，非官方。"),
    dict(name="汕尾气象爱好者小林", platform="weibo", desc="转发汕尾气象预警，个人账号。"),
]
COMMERCIAL = [
    dict(name="中国平安茂名", platform="douyin", vtype="enterprise",
         reason="中国平安人寿保险股份有限公司茂名中心支公司", desc="保险咨询与理赔服务。", logo_text="平安"),
    dict(name="茂名石化加油站", platform="wechat", vtype="enterprise", reason="茂名石化油品销售有限公司"),
    dict(name="梅州金柚直供", platform="kuaishou"),
    dict(name="汕尾海鲜批发", platform="douyin", avatar="default"),
    dict(name="潮州单丛茶庄", platform="toutiao", vtype="enterprise", reason="潮州凤凰单丛茶业有限公司"),
    dict(name="揭阳玉器城", platform="weibo", vtype="enterprise", reason="揭阳阳美玉器城有限公司"),
    dict(name="云浮石材市场", platform="toutiao", desc="石材批发、加工。"),
    dict(name="寿光蔬菜批发市场", platform="wechat", vtype="enterprise", reason="寿光农产品物流园有限公司"),
    dict(name="曲阜孔府酒坊", platform="douyin", vtype="enterprise", reason="曲阜孔府酒坊有限公司"),
    dict(name="荣成海参旗舰店", platform="douyin", vtype="enterprise", reason="荣成海洋食品有限公司"),
    dict(name="胶州驾校报名处", platform="kuaishou", desc="学车报名，随到随学。"),
    dict(name="滕州马铃薯合作社", platform="kuaishou"),
    dict(name="龙口粉丝旗舰店", platform="douyin", vtype="enterprise", reason="龙口粉丝食品有限公司"),
    dict(name="临清轴承城", platform="weibo", vtype="enterprise", reason="临清烟店轴承市场管理有限公司"),
    dict(name="曹县汉服工厂店", platform="douyin"),
    dict(name="信宜三华李果园", platform="kuaishou", avatar="default"),
    dict(name="化州橘红堂", platform="toutiao", vtype="enterprise", reason="化州橘红药业有限公司"),
    dict(name="普宁服装批发", platform="douyin", vtype="enterprise", reason="普宁服装城经营管理有限公司"),
    dict(name="陆丰甲子鱼丸", platform="kuaishou"),
    dict(name="罗定蒸籺老店", platform="kuaishou", avatar="default"),
    dict(name="梅州客天下景区", platform="weibo", vtype="enterprise", reason="梅州客天下旅游开发有限公司"),
    dict(name="山东医保定点大药房", platform="wechat", vtype="enterprise", reason="山东益康大药房连锁有限公司",
         desc="医保定点零售药店，非政府部门。"),
    dict(name="潮州12345开锁王", platform="kuaishou", desc="开锁换锁，号码尾号12345。"),
    dict(name="寿光交警大队旁停车场", platform="douyin", desc="就在交警大队旁边，按小时收费。"),
    dict(name="茂名荔枝电商", platform="toutiao", vtype="enterprise", reason="茂名果乡电子商务有限公司"),
    dict(name="揭阳五金城", platform="wechat", vtype="enterprise", reason="揭阳五金城实业有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("茂名", "茂南", "茂南区", ["police_d"]), ("茂名", "电白", "电白区", ["fabu_d"]),
    ("梅州", "梅县", "梅县区", ["fabu_d", "police_d"]), ("梅州", "梅江", "梅江区", ["police_d"]),
    ("潮州", "潮安", "潮安区", ["fabu_d", "police_d"]), ("潮州", "湘桥", "湘桥区", ["fabu_d"]),
    ("揭阳", "榕城", "榕城区", ["fabu_d", "police_d"]), ("揭阳", "揭东", "揭东区", ["fabu_d"]),
    ("云浮", "云城", "云城区", ["fabu_d"]), ("云浮", "云安", "云安区", ["police_d"]),
    ("寿光", "洛城", "洛城街道", ["town_svc"]), ("寿光", "侯", "侯镇", ["town_fabu"]),
    ("曲阜", "书院", "书院街道", ["town_svc"]), ("荣成", "俚岛", "俚岛镇", ["town_fabu"]),
    ("胶州", "胶东", "胶东街道", ["town_svc"]), ("滕州", "龙泉", "龙泉街道", ["town_svc"]),
    ("临清", "烟店", "烟店镇", ["town_fabu"]), ("曹县", "庄寨", "庄寨镇", ["town_fabu"]),
    ("信宜", "东镇", "东镇街道", ["town_svc"]), ("普宁", "流沙东", "流沙东街道", ["town_svc"]),
    ("陆丰", "甲子", "甲子镇", ["town_fabu"]), ("化州", "河西", "河西街道", ["town_svc"]),
    ("罗定", "罗城", "罗城街道", ["town_svc"]),
]
UNREG_CITY = [
    ("茂名", "tax", 0), ("茂名", "culture", 0), ("梅州", "health", 0), ("汕尾", "market", 0), ("潮州", "health", 1),
    ("揭阳", "culture", 0), ("云浮", "tax", 0), ("信宜", "market", 0), ("化州", "culture", 0), ("陆丰", "market", 0),
    ("普宁", "tax", 0), ("罗定", "edu", 0), ("寿光", "tax", 0), ("曲阜", "market", 0), ("荣成", "tax", 0),
    ("胶州", "market", 0), ("滕州", "culture", 0), ("临清", "market", 0), ("曹县", "edu", 0),
    ("山东", "civil", 0), ("山东", "housing", 0), ("广东", "medins", 0), ("广东", "water", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level cities and their townships: region names the prefecture; townships answer to the county."""
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
    print("building dev3 ...")
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
