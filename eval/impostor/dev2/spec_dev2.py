"""Second dev part (the held-out part until 2026-12-02, then demoted: see ../README.md).  Run: python eval/impostor/dev2/spec_dev2.py

Held-out: do not read or tune on this part; it is for final measurement only.

Registered units: Guangdong provincial news office/police/tax/emergency/justice/education, Shandong provincial
market/HR/culture/fire, and the cities 青岛 潍坊 济宁 威海 滨州 菏泽 枣庄 聊城 (Shandong),
深圳 珠海 惠州 肇庆 汕头 阳江 清远 河源 (Guangdong).  Every word list below differs from the dev part's.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageEnhance, ImageOps  # noqa: E402

PART = "dev2"
SEED = 1306
CRAWL_DAY = "2024-06-13"

# ------------------------------------------------------------------ registry
PROVINCES = [
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="南粤",
         depts=[("fabu", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "toutiao"]}),
                ("police", {"avatar": "police_emblem", "platforms": ["weibo", "wechat", "douyin"]}),
                "tax", "emergency", ("justice", {"avatar": "distinctive"}), ("edu", {"name_idx": 1})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="好客",
         depts=["market", "hrss", ("culture", {"avatar": "distinctive"}), "fire"]),
]
CITIES = [
    dict(S="青岛", F="青岛市", province="山东省", area="0532", landmark="pier", nick="岛城",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "toutiao"]}),
                "traffic", ("health", {"avatar": "distinctive"}), "market", "tax", "culture", "hotline"],
         districts=[dict(DS="市南", DF="市南区", depts=["fabu_d"]),
                    dict(DS="崂山", DF="崂山区", depts=["police_d"])]),
    dict(S="潍坊", F="潍坊市", province="山东省", area="0536", landmark="sun", nick="鸢都",
         depts=["fabu", "police", "health", "hotline"]),
    dict(S="济宁", F="济宁市", province="山东省", area="0537", landmark="pagoda", nick="运河之都",
         depts=["fabu", "police", "market", "culture"]),
    dict(S="威海", F="威海市", province="山东省", area="0631", landmark="lighthouse", nick="海滨",
         depts=["fabu", "police", "culture"]),
    dict(S="滨州", F="滨州市", province="山东省", area="0543", landmark="waves", nick="渤海之滨",
         depts=["fabu", "police", "health", "market"]),
    dict(S="菏泽", F="菏泽市", province="山东省", area="0530", landmark="sun", nick="牡丹城",
         depts=["fabu", "police"]),
    dict(S="枣庄", F="枣庄市", province="山东省", area="0632", landmark="bridge", nick="运河古城",
         depts=["fabu", "police", "culture"]),
    dict(S="聊城", F="聊城市", province="山东省", area="0635", landmark="pagoda", nick="江北水城",
         depts=["fabu", "police", "eco"]),
    dict(S="深圳", F="深圳市", province="广东省", area="0755", landmark="skyline", nick="鹏城",
         depts=["fabu", ("police", {"avatar": "distinctive",
                                    "platforms": ["weibo", "wechat", "douyin", "kuaishou", "bilibili"],
                                    "names": {"weibo": "平安{S}"}}),
                ("traffic", {"avatar": "distinctive"}), "health", ("market", {"name_idx": 1}), "tax",
                ("court", {"avatar": "state_emblem"}), "procur",
                "hotline"],
         districts=[dict(DS="福田", DF="福田区", depts=["fabu_d"]),
                    dict(DS="南山", DF="南山区", depts=["police_d"]),
                    dict(DS="龙华", DF="龙华区", depts=["police_d"])]),
    dict(S="珠海", F="珠海市", province="广东省", area="0756", landmark="bridge", nick="百岛之城",
         depts=["fabu", "police", "culture", "hotline"]),
    dict(S="惠州", F="惠州市", province="广东省", area="0752", landmark="pagoda", nick="鹅城",
         depts=["fabu", "police", ("health", {"name_idx": 1}), "market", "hotline"]),
    dict(S="肇庆", F="肇庆市", province="广东省", area="0758", landmark="mountain", nick="砚都",
         depts=["fabu", "police", "culture"]),
    dict(S="汕头", F="汕头市", province="广东省", area="0754", landmark="waves", nick="鮀城",
         depts=["fabu", "police", "tax"]),
    dict(S="阳江", F="阳江市", province="广东省", area="0662", landmark="sun", nick="漠阳",
         depts=["fabu", "police"]),
    dict(S="清远", F="清远市", province="广东省", area="0763", landmark="mountain", nick="凤城",
         depts=["fabu", "police", "culture", "weather"]),
    dict(S="河源", F="河源市", province="广东省", area="0762", landmark="waves", nick="槎城",
         depts=["fabu", "police"]),
]

RENAME_SHARE = 0.07


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    opts = []
    if u["level"] == "district" and name.startswith(pl["DS"]):
        opts.append(pl["S"] + name)
    if u["level"] == "city" and name.startswith(pl["S"]) and name.endswith("发布"):
        opts.append(pl["F"] + "人民政府新闻办")
    if u["level"] != "district":
        opts.append(u["unit"])
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (held-out only)
SUFFIXES = ["官方", "发布厅", "便民", "热线", "助手", "官微", "办事大厅", "频道", "快讯", "服务号", "之窗", "工作室"]
PREFIXES = ["【官方】", "正版", "权威", "网上", "智慧", "认证", "〔官〕"]
LOOKALIKE = {
    # place characters
    "青": ["靑"], "岛": ["㠀", "乌"], "潍": ["维"], "坊": ["纺"], "济": ["剂"], "宁": ["宇"], "威": ["咸", "戚"],
    "海": ["诲"], "滨": ["浜"], "菏": ["荷"], "泽": ["择"], "庄": ["压"], "城": ["域"], "深": ["探"],
    "圳": ["训", "川"], "珠": ["殊"], "惠": ["恵"], "肇": ["肈"], "庆": ["厌"], "汕": ["讪"], "阳": ["阴"],
    "清": ["凊"], "远": ["运"], "源": ["塬"], "崂": ["唠"], "南": ["喃"], "福": ["褔"], "田": ["由"],
    "华": ["毕"], "龙": ["尤"], "广": ["⼴"], "河": ["诃"], "江": ["扛"], "州": ["卅"], "东": ["乐"],
    # function characters
    "布": ["市"], "市": ["巿"], "安": ["按"], "警": ["儆"], "健": ["键"], "委": ["萎"], "场": ["汤"],
    "监": ["临"], "管": ["筦"], "税": ["脱"], "社": ["\ufa4c"], "教": ["效"], "文": ["又"], "旅": ["旋"],
    "院": ["浣"], "检": ["俭"], "察": ["蔡"], "消": ["销"], "防": ["坊"], "气": ["汽"], "生": ["主"],
    "环": ["杯"], "境": ["竟"], "急": ["忽"], "理": ["狸"], "政": ["攻"], "府": ["俯"], "民": ["氏"],
    "区": ["匹"], "人": ["入"],
}
SAME_SOUND = {
    "青": ["清", "轻"], "岛": ["导", "倒"], "潍": ["维", "围"], "坊": ["芳", "方"], "济": ["季"], "宁": ["凝"],
    "威": ["微", "危"], "海": ["亥"], "滨": ["缤"], "州": ["周"], "菏": ["合", "禾"], "泽": ["则"], "枣": ["早"],
    "庄": ["装"], "聊": ["辽"], "城": ["成", "程"], "深": ["申", "伸"], "圳": ["镇"], "珠": ["朱", "株"],
    "惠": ["会", "慧"], "肇": ["照", "赵"], "汕": ["善"], "头": ["投"], "阳": ["羊", "杨"], "远": ["园"],
    "河": ["禾"], "源": ["元", "圆"], "公": ["宫", "攻"], "安": ["氨"], "布": ["部"], "卫": ["喂"],
    "健": ["践"], "税": ["水"], "务": ["雾"], "市": ["事", "是"], "监": ["间"], "管": ["贯"], "警": ["憬"],
    "检": ["简"], "察": ["茶"], "政": ["正"], "府": ["辅"], "人": ["仁"], "社": ["舍"], "交": ["娇"],
}
TRAD_MODES = ["one", "place", "full"]
SPACES = ["\u00a0", "\u2002", "\u2003", "\u202f", "\u2009"]
DOUBLE_SPACE_P = 0.1
ZERO_WIDTH = ["\u200c", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e", "\u2063"]
EMOJI = ["🚨", "🛡️", "💂", "📣", "☎️", "🇨🇳", "⭐", "💙", "✔️", "♨️"]
BRACKETS = [("『", "』"), ("〖", "〗"), ("【", "】"), ("〔", "〕"), ("⟨", "⟩")]
FULLWIDTH_MODES = ["full", "math_bold", "math_mono", "math_sans"]
LEVEL_FORMS = ["prov_full_prefix", "prov_unit", "unit_name", "district_city_full", "prov_full"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警务通", "{nick}护民", "{nick}卫士", "{S}反诈联盟"],
    "traffic": ["{S}车驾管服务", "{nick}畅行"],
    "health": ["{S}医疗服务台", "{nick}健康守护", "{S}看病指南"],
    "market": ["{S}食安守护", "{nick}质量服务"],
    "tax": ["{S}纳税服务站", "{nick}税月"],
    "fabu": ["{S}要闻快递", "{nick}新闻台", "{S}时政观察"],
    "hrss": ["{S}社保服务", "{nick}就业帮"],
    "edu": ["{S}升学指南"],
    "culture": ["{nick}游记", "{S}旅游攻略站"],
    "weather": ["{nick}天气通"],
    "court": ["{S}诉讼通"],
    "fire": ["{nick}消安服务"],
    "emergency": ["{nick}安全守望"],
    "hotline": ["{S}民意直通"],
    "justice": ["{S}法律援助站"],
    "eco": ["{nick}生态守护"],
    "fabu_d": ["{S}街坊事", "{S}社区通"],
    "police_d": ["{S}警务通"],
    "generic": ["{S}民生通", "{nick}政务小助手"],
}
def _digits(base):
    return lambda s: "".join(chr(base + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {"math_bold": _digits(0x1D7CE), "math_mono": _digits(0x1D7F6), "math_sans": _digits(0x1D7E2)}


def _sepia(img, rng):
    g = np.array(ImageOps.grayscale(img), float)
    return Image.fromarray(np.stack([np.clip(g * 1.07 + 20, 0, 255), np.clip(g * 0.95 + 8, 0, 255),
                                     np.clip(g * 0.75, 0, 255)], -1).astype(np.uint8)), "sepia"


def _warm(img, rng):
    a = np.array(img, float)
    a[..., 0] *= 1.12
    a[..., 2] *= 0.85
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), "warm filter"


def _contrast(img, rng):
    f = rng.uniform(1.3, 1.7)
    img = ImageEnhance.Contrast(ImageEnhance.Color(img).enhance(rng.uniform(1.2, 1.6))).enhance(f)
    return img, f"contrast x{f:.2f} + saturation"


EDIT_PARAMS = dict(recolour_funcs={"sepia": _sepia, "warm": _warm, "contrast": _contrast},
                   resize_px=[96, 120, 140, 180, 196], jpeg_q=(20, 50), crop_frac=(0.08, 0.18),
                   border_styles=["plain", "circle", "double"],
                   border_colours=[(212, 175, 55), (200, 0, 0), (30, 60, 150), (255, 255, 255)],
                   border_frac=(0.08, 0.18), recolour_modes=["sepia", "warm", "contrast", "hue"],
                   hue_shift=(30, 70), rotate_deg=(5, 12),
                   watermark_texts=["@服务号", "VIP", "加V咨询", "正版"], watermark_alpha=(120, 200),
                   screenshot_styles=["dark", "phone"], screenshot_scale=(0.45, 0.7))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.1
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "cartoon", "pattern", "person"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}云服网络技术有限公司"), ("personal", "知名民生博主"), ("other", "城市便民服务")]
IMPOSTOR_DESCS = ["权威发布{S}{fn}资讯，合作请私信",
                  "专业代办{fn}业务，QQ：{qq}",
                  "{S}{fn}便民服务号，转发扩散",
                  "信息来源于网络，如有侵权请联系删除",
                  "欢迎关注{name}，{S}{fn}相关问题可留言咨询"]
MAX_PER_TARGET = 6

IMPOSTOR_PLAN = [
    (["suffix"], 32), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 42), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 16), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 32),
    (["lookalike_char", "prefix"], 7), (["reorder", "prefix"], 5), (["traditional", "suffix"], 6),
    (["spacing", "prefix"], 5), (["emoji_brackets", "same_sound"], 5), (["zero_width", "suffix"], 6),
    (["level_prefix", "emoji_brackets"], 5), (["new_platform", "prefix"], 5), (["fullwidth", "suffix", "spacing"], 4),
    (["lookalike_char", "zero_width"], 5), (["same_sound", "prefix"], 5), (["reorder", "emoji_brackets"], 4),
    (["traditional", "zero_width"], 4), (["new_platform", "same_sound"], 4), (["suffix", "prefix"], 5),
]

FORBIDDEN_IN_IMPOSTOR_NAMES = ["青海", "南宁", "西宁", "深州", "贵州", "忻州", "重庆", "清镇", "河池", "阳泉", "上海",
                               "广西", "滨海", "威宁", "枣阳", "青田", "彬州", "徽州", "集宁", "清原", "庆元"]

# ------------------------------------------------------------------ hard negatives
OTHER_PLACES_CHAR = [
    dict(reg="青岛", S="青田", F="青田县", province="浙江省", level="county"),
    dict(reg="济宁", S="南宁", F="南宁市", province="广西壮族自治区"),
    dict(reg="济宁", S="西宁", F="西宁市", province="青海省"),
    dict(reg="深圳", S="深州", F="深州市", province="河北省", level="county"),
    dict(reg="惠州", S="忻州", F="忻州市", province="山西省"),
    dict(reg="肇庆", S="重庆", F="重庆市", province="重庆市"),
    dict(reg="清远", S="清镇", F="清镇市", province="贵州省", level="county"),
    dict(reg="河源", S="河池", F="河池市", province="广西壮族自治区"),
    dict(reg="阳江", S="阳泉", F="阳泉市", province="山西省"),
    dict(reg="珠海", S="上海", F="上海市", province="上海市"),
    dict(reg="广东", S="广西", F="广西壮族自治区", province="广西壮族自治区", level="province"),
    dict(reg="滨州", S="滨海", F="滨海县", province="江苏省", level="county"),
    dict(reg="威海", S="威宁", F="威宁彝族回族苗族自治县", province="贵州省", level="county"),
    dict(reg="枣庄", S="枣阳", F="枣阳市", province="湖北省", level="county"),
]
OTHER_PLACES_SOUND = [
    dict(reg="滨州", S="彬州", F="彬州市", province="陕西省", level="county"),
    dict(reg="惠州", S="徽州", F="黄山市徽州区", province="安徽省",
         units={"fabu": "黄山市徽州区人民政府", "police": "黄山市公安局徽州分局",
                "health": "黄山市徽州区卫生健康局", "market": "黄山市徽州区市场监督管理局",
                "hotline": "黄山市徽州区政务服务中心"}),
    dict(reg="济宁", S="集宁", F="乌兰察布市集宁区", province="内蒙古自治区",
         units={"fabu": "乌兰察布市集宁区人民政府", "police": "乌兰察布市公安局集宁区分局",
                "market": "乌兰察布市集宁区市场监督管理局", "culture": "乌兰察布市集宁区文化旅游体育局"}),
    dict(reg="清远", S="清原", F="清原满族自治县", province="辽宁省", level="county"),
    dict(reg="清远", S="庆元", F="庆元县", province="浙江省", level="county"),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("成都", "成都市", "四川省", "police"), ("绵阳", "绵阳市", "四川省", "fabu"), ("宁波", "宁波市", "浙江省", "police"),
    ("温州", "温州市", "浙江省", "traffic"), ("厦门", "厦门市", "福建省", "fabu"), ("泉州", "泉州市", "福建省", "police"),
    ("南昌", "南昌市", "江西省", "police"), ("赣州", "赣州市", "江西省", "fabu"), ("昆明", "昆明市", "云南省", "traffic"),
    ("天水", "天水市", "甘肃省", "police"), ("沈阳", "沈阳市", "辽宁省", "police"), ("大连", "大连市", "辽宁省", "fabu"),
    ("长春", "长春市", "吉林省", "police"), ("吉林", "吉林市", "吉林省", "court"), ("哈尔滨", "哈尔滨市", "黑龙江省", "police"),
    ("齐齐哈尔", "齐齐哈尔市", "黑龙江省", "fabu"), ("西安", "西安市", "陕西省", "police"), ("宝鸡", "宝鸡市", "陕西省", "procur"),
    ("遵义", "遵义市", "贵州省", "police"), ("乐山", "乐山市", "四川省", "court"), ("嘉兴", "嘉兴市", "浙江省", "procur"),
    ("漳州", "漳州市", "福建省", "cyber"), ("九江", "九江市", "江西省", "traffic"), ("曲靖", "曲靖市", "云南省", "police"),
    ("鞍山", "鞍山市", "辽宁省", "traffic"), ("牡丹江", "牡丹江市", "黑龙江省", "police"), ("银川", "银川市", "宁夏回族自治区", "fabu"),
    ("拉萨", "拉萨市", "西藏自治区", "gov"), ("海口", "海口市", "海南省", "cyber"),
]
N_TEMPLATE = 27

MEDIA = [
    dict(name="青岛日报", platform="weibo", vtype="media", reason="青岛日报官方微博", desc="青岛日报社。"),
    dict(name="半岛都市报", platform="douyin", vtype="media", reason="半岛都市报官方账号", desc="青岛本地新闻。"),
    dict(name="观海新闻", platform="toutiao", vtype="media", reason="青岛日报社观海新闻客户端", desc="青岛新闻客户端。",
         logo_text="观海"),
    dict(name="潍坊晚报", platform="wechat", vtype="media", reason="潍坊日报社", desc="潍坊新闻。"),
    dict(name="济宁日报", platform="kuaishou", vtype="media", reason="济宁日报社官方账号", desc="济宁新闻。"),
    dict(name="威海晚报", platform="weibo", vtype="media", reason="威海日报社官方微博", desc="威海新闻。"),
    dict(name="滨州日报", platform="toutiao", vtype="media", reason="滨州日报社官方账号", desc="滨州新闻。"),
    dict(name="深圳特区报", platform="weibo", vtype="media", reason="深圳特区报官方微博",
         desc="深圳特区报官方微博，转载平安深圳警情通报。"),
    dict(name="深圳晚报", platform="douyin", vtype="media", reason="深圳晚报官方账号", desc="深圳新闻。"),
    dict(name="晶报", platform="wechat", vtype="media", reason="深圳报业集团晶报", desc="深圳都市报。"),
    dict(name="南方日报", platform="toutiao", vtype="media", reason="南方日报官方账号", desc="广东省委机关报。"),
    dict(name="珠海特区报", platform="weibo", vtype="media", reason="珠海特区报社官方微博", desc="珠海新闻。"),
    dict(name="惠州日报", platform="douyin", vtype="media", reason="惠州日报社官方账号", desc="惠州新闻。"),
    dict(name="西江日报", platform="wechat", vtype="media", reason="西江日报社", desc="肇庆新闻。"),
    dict(name="汕头特区晚报", platform="kuaishou", vtype="media", reason="汕头特区晚报官方账号", desc="汕头新闻。"),
    dict(name="清远日报", platform="weibo", vtype="media", reason="清远日报社官方微博", desc="清远新闻。"),
    dict(name="河源日报", platform="toutiao", vtype="media", reason="河源日报社官方账号", desc="河源新闻。"),
    dict(name="平安深圳面对面", platform="douyin", vtype="media", reason="深圳广播电影电视集团官方账号",
         desc="深圳卫视与深圳市公安局合办的警务节目。", logo_text="面对面"),
    dict(name="青岛交警说路况", platform="kuaishou", vtype="media", reason="青岛广播电视台交通广播官方账号",
         desc="青岛交通广播FM897，连线青岛交警发布实时路况。", logo_text="897"),
    dict(name="南方日报·法治广东", platform="toutiao", vtype="media", reason="南方日报官方账号",
         desc="南方日报法治新闻专栏。", logo_text="法治"),
    dict(name="广东发布会现场", platform="bilibili", vtype="media", reason="广东广播电视台官方账号",
         desc="广东省政府新闻发布会现场视频，权威信息以广东发布为准。", logo_text="现场"),
    dict(name="深圳卫健新闻眼", platform="weibo", vtype="media", reason="深圳特区报健康新闻官方微博",
         desc="深圳特区报健康新闻栏目。", logo_text="新闻眼"),
    dict(name="潍坊广播电视台", platform="douyin", vtype="media", reason="潍坊广播电视台官方账号", desc="潍坊新闻。",
         logo_text="潍坊台"),
    dict(name="惠州电台", platform="wechat", vtype="media", reason="惠州广播电视台", desc="惠州广播。", logo_text="FM"),
    dict(name="枣庄新闻网", platform="weibo", vtype="media", reason="枣庄日报社官方微博", desc="枣庄新闻。"),
    dict(name="聊城晚报", platform="kuaishou", vtype="media", reason="聊城日报社官方账号", desc="聊城新闻。"),
]
PERSONAL = [
    dict(name="青岛片警小刘", platform="douyin", vtype="personal", reason="青岛市公安局市北分局社区民警",
         desc="社区民警日常，分享防骗知识。"),
    dict(name="深圳交警阿强的一天", platform="kuaishou", vtype="personal", reason="交通安全宣传员",
         desc="个人账号，记录执勤生活。"),
    dict(name="皮肤科林医生", platform="douyin", vtype="personal", reason="深圳某三甲医院皮肤科医生"),
    dict(name="王律师聊民法典", platform="toutiao", vtype="personal", reason="广东某律师事务所律师"),
    dict(name="老陈说深圳社保", platform="weibo", vtype="personal", reason="社保政策研究者 财经博主",
         desc="个人解读，以官方发布为准。"),
    dict(name="消防老兵阿辉", platform="douyin", vtype="personal", reason="退役消防员", avatar="cartoon"),
    dict(name="天气先生老赵", platform="weibo", vtype="personal", reason="气象科普博主"),
    dict(name="威海导游小孙", platform="douyin", vtype="personal", reason="持证导游 旅游博主", avatar="scenery"),
    dict(name="惠州税务小课堂笔记", platform="toutiao", vtype="personal", reason="会计从业者",
         desc="自学税务知识的笔记。"),
    dict(name="珠海HR小吴", platform="kuaishou", vtype="personal", reason="人力资源从业者"),
    dict(name="爱青岛的猫", platform="weibo", avatar="cartoon", desc="岛城生活记录。"),
    dict(name="青岛啤酒街老王", platform="douyin", avatar="default"),
    dict(name="潍坊放风筝的人", platform="bilibili", avatar="scenery"),
    dict(name="济宁运河边", platform="kuaishou", avatar="scenery"),
    dict(name="滨州小姐姐日常", platform="douyin", avatar="default"),
    dict(name="菏泽牡丹花开", platform="kuaishou", avatar="scenery"),
    dict(name="深圳打工仔", platform="bilibili", avatar="cartoon"),
    dict(name="鹏城夜跑团", platform="weibo", avatar="scenery"),
    dict(name="珠海看海", platform="douyin", avatar="scenery"),
    dict(name="肇庆七星岩游记", platform="bilibili", avatar="scenery"),
    dict(name="汕头牛肉火锅探店", platform="douyin"),
    dict(name="阳江刀剪老师傅", platform="kuaishou", avatar="default"),
    dict(name="清远鸡农场主", platform="kuaishou"),
    dict(name="河源万绿湖钓鱼", platform="douyin", avatar="scenery"),
    dict(name="看广东发布学政策", platform="weibo", desc="个人学习笔记，转载广东发布内容。"),
    dict(name="聊城老街坊", platform="wechat", avatar="cartoon"),
]
COMMERCIAL = [
    dict(name="中国平安深圳", platform="douyin", vtype="enterprise",
         reason="中国平安人寿保险股份有限公司深圳分公司", desc="保险咨询与理赔服务。", logo_text="平安"),
    dict(name="青岛啤酒官方旗舰店", platform="douyin", vtype="enterprise", reason="青岛啤酒股份有限公司"),
    dict(name="青岛交通驾校", platform="kuaishou", desc="学车报名，周末班。"),
    dict(name="深圳税务师事务所", platform="weibo", vtype="enterprise", reason="深圳鹏诚税务师事务所有限公司",
         desc="税务代理与筹划。"),
    dict(name="深圳市场调研", platform="toutiao", vtype="enterprise", reason="深圳零点市场调研有限公司"),
    dict(name="潍坊风筝厂", platform="kuaishou"),
    dict(name="济宁文旅酒店", platform="wechat", vtype="enterprise", reason="济宁文旅酒店管理有限公司"),
    dict(name="威海海鲜市场", platform="douyin", avatar="default"),
    dict(name="滨州医药连锁", platform="toutiao", vtype="enterprise", reason="滨州康泰医药连锁有限公司"),
    dict(name="菏泽牡丹园", platform="weibo", vtype="enterprise", reason="菏泽曹州牡丹园旅游有限公司"),
    dict(name="枣庄石榴园特产", platform="kuaishou"),
    dict(name="聊城阿胶", platform="douyin", vtype="enterprise", reason="东阿阿胶股份有限公司"),
    dict(name="珠海长隆", platform="weibo", vtype="enterprise", reason="珠海长隆投资发展有限公司"),
    dict(name="惠州消防器材城", platform="wechat", vtype="enterprise", reason="惠州安盾消防器材有限公司"),
    dict(name="肇庆端砚", platform="douyin"),
    dict(name="汕头玩具批发", platform="kuaishou", avatar="default"),
    dict(name="阳江刀具旗舰店", platform="douyin", vtype="enterprise", reason="阳江十八子集团有限公司"),
    dict(name="清远漂流", platform="toutiao", vtype="enterprise", reason="清远黄腾峡旅游开发有限公司"),
    dict(name="河源客家菜馆", platform="kuaishou", avatar="default"),
    dict(name="深圳公安局对面的茶餐厅", platform="douyin", desc="就在公安局对面，港式茶餐厅。"),
    dict(name="青岛人社考试培训", platform="wechat", vtype="enterprise", reason="青岛学优教育科技有限公司",
         desc="职业资格考试培训机构，非政府部门。"),
    dict(name="深圳12345家政", platform="kuaishou", desc="家政保洁，电话尾号12345。"),
    dict(name="珠海文旅集团", platform="wechat", vtype="enterprise", reason="珠海九洲控股集团有限公司"),
    dict(name="惠州卫浴", platform="toutiao", vtype="enterprise", reason="惠州洁雅卫浴有限公司"),
    dict(name="深圳交警科技", platform="weibo", vtype="enterprise", reason="深圳智慧交通科技有限公司",
         desc="交通信号设备供应商。"),
    dict(name="青岛市南房产中介", platform="douyin"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("青岛", "市北", "市北区", ["fabu_d", "police_d"]), ("青岛", "李沧", "李沧区", ["police_d"]),
    ("青岛", "黄岛", "黄岛区", ["fabu_d"]), ("青岛", "城阳", "城阳区", ["fabu_d", "court_d"]),
    ("青岛", "市南", "市南区", ["police_d"]), ("潍坊", "奎文", "奎文区", ["fabu_d"]),
    ("潍坊", "寒亭", "寒亭区", ["police_d"]), ("济宁", "任城", "任城区", ["fabu_d", "police_d"]),
    ("济宁", "兖州", "兖州区", ["police_d"]), ("威海", "环翠", "环翠区", ["fabu_d"]),
    ("滨州", "滨城", "滨城区", ["fabu_d", "police_d"]), ("菏泽", "牡丹", "牡丹区", ["fabu_d"]),
    ("枣庄", "薛城", "薛城区", ["police_d"]), ("聊城", "东昌府", "东昌府区", ["fabu_d"]),
    ("深圳", "龙岗", "龙岗区", ["police_d", "fabu_d"]), ("深圳", "宝安", "宝安区", ["fabu_d", "health_d"]),
    ("深圳", "南山", "南山区", ["fabu_d"]), ("深圳", "福田", "福田区", ["police_d"]),
    ("深圳", "罗湖", "罗湖区", ["procur_d"]), ("珠海", "香洲", "香洲区", ["fabu_d"]),
    ("珠海", "斗门", "斗门区", ["police_d"]), ("惠州", "惠城", "惠城区", ["fabu_d"]),
    ("惠州", "惠阳", "惠阳区", ["police_d"]), ("肇庆", "端州", "端州区", ["fabu_d"]),
    ("汕头", "金平", "金平区", ["fabu_d"]), ("汕头", "龙湖", "龙湖区", ["police_d"]),
    ("阳江", "江城", "江城区", ["fabu_d"]), ("清远", "清城", "清城区", ["fabu_d", "police_d"]),
    ("河源", "源城", "源城区", ["fabu_d"]),
]
UNREG_CITY = [
    ("青岛", "medins", 0), ("青岛", "water", 0), ("潍坊", "tax", 0), ("济宁", "health", 1), ("威海", "weather", 0),
    ("滨州", "tax", 0), ("菏泽", "market", 0), ("枣庄", "hotline", 0), ("聊城", "health", 0),
    ("深圳", "medins", 0), ("深圳", "civil", 0), ("深圳", "transport", 0), ("珠海", "tax", 0), ("惠州", "court", 0),
    ("肇庆", "market", 0), ("汕头", "health", 1), ("阳江", "culture", 0), ("清远", "fire", 0), ("河源", "tax", 0),
    ("广东", "civil", 0), ("山东", "water", 0),
]
N_UNREG_SAME_UNIT = 10


def main():
    print("building dev2 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    c = G.counts_of(HERE)
    intro = open(os.path.join(HERE, "README.intro.md"), encoding="utf-8").read()
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
