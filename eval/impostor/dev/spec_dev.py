"""Development part: units, vocabularies and counts.  Run: python eval/impostor/dev/spec_dev.py

Registered units: Shandong provincial news office/police/health/tax/emergency/justice/weather, Guangdong provincial
health/market/HR/weather/fire, and the cities 济南 淄博 烟台 泰安 德州 临沂 日照 东营 (Shandong),
广州 佛山 东莞 韶关 江门 湛江 中山 (Guangdong).  The held-out part uses other cities and other word lists.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402

PART = "dev"
SEED = 611
CRAWL_DAY = "2024-06-11"

# ------------------------------------------------------------------ registry
PROVINCES = [
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="齐鲁",
         depts=[("fabu", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "toutiao"]}),
                ("police", {"avatar": "police_emblem", "platforms": ["weibo", "wechat", "douyin"]}),
                ("health", {"name_idx": 1}), ("justice", {"avatar": "distinctive"}), "weather"]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="岭南",
         depts=[("health", {"name_idx": 1, "avatar": "distinctive"}), "market", ("weather", {"name_idx": 1})]),
]
CITIES = [
    dict(S="济南", F="济南市", province="山东省", area="0531", landmark="fountain", nick="泉城",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "toutiao"]}),
                "traffic", ("cyber", {"name_idx": 1}), "health", "market", "tax", "hrss", ("edu", {"name_idx": 1}),
                "hotline"],
         districts=[dict(DS="历下", DF="历下区", depts=[("fabu_d", {"name_idx": 2}), "police_d"]),
                    dict(DS="市中", DF="市中区", depts=[("fabu_d", {"name_idx": 1})])]),
    dict(S="淄博", F="淄博市", province="山东省", area="0533", landmark="pagoda", nick="齐都",
         depts=["fabu", ("police", {"names": {"wechat": "{S}微警务"}, "platforms": ["weibo", "wechat", "douyin"]}),
                "health", "hotline"]),
    dict(S="烟台", F="烟台市", province="山东省", area="0535", landmark="lighthouse", nick="港城",
         depts=["fabu", "police", "culture"]),
    dict(S="泰安", F="泰安市", province="山东省", area="0538", landmark="mountain", nick="泰山脚下",
         depts=["fabu", "police", "culture", "weather"]),
    dict(S="德州", F="德州市", province="山东省", area="0534", landmark="bridge", nick="九达天衢",
         depts=["fabu", "police", "health"]),
    dict(S="临沂", F="临沂市", province="山东省", area="0539", landmark="mountain", nick="沂蒙",
         depts=["fabu", "police", "market", "hotline"]),
    dict(S="日照", F="日照市", province="山东省", area="0633", landmark="sun", nick="阳光海岸",
         depts=["fabu", "police"]),
    dict(S="东营", F="东营市", province="山东省", area="0546", landmark="waves", nick="黄河口",
         depts=["fabu", "police"]),
    dict(S="广州", F="广州市", province="广东省", area="020", landmark="tower", nick="羊城",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou"],
                                    "names": {"douyin": "平安{S}"}}),
                "traffic", ("health", {"avatar": "distinctive"}), "market", "tax", ("court", {"avatar": "state_emblem"}),
                "hotline",
                ("justice", {"name_idx": 0})],
         districts=[dict(DS="天河", DF="天河区", depts=["fabu_d"]),
                    dict(DS="越秀", DF="越秀区", depts=["police_d"])]),
    dict(S="佛山", F="佛山市", province="广东省", area="0757", landmark="pagoda", nick="禅城",
         depts=["fabu", "police", ("market", {"avatar": "distinctive"}), "hotline"]),
    dict(S="东莞", F="东莞市", province="广东省", area="0769", landmark="skyline", nick="莞邑",
         depts=["fabu", "police", "traffic"]),
    dict(S="韶关", F="韶关市", province="广东省", area="0751", landmark="mountain", nick="丹霞",
         depts=["fabu", "police"]),
    dict(S="江门", F="江门市", province="广东省", area="0750", landmark="bridge", nick="侨乡",
         depts=["fabu", "police", "culture"]),
    dict(S="湛江", F="湛江市", province="广东省", area="0759", landmark="waves", nick="港湾",
         depts=["fabu", "police", "market"]),
    dict(S="中山", F="中山市", province="广东省", area="0760", landmark="pagoda", nick="香山",
         depts=["fabu", "police", "health"]),
]

RENAME_SHARE = 0.07


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    opts = []
    if u["level"] == "city" and name.startswith(pl["S"]) and not name.startswith(pl["F"]):
        opts.append(pl["F"] + name[len(pl["S"]):])
    if name.endswith("委"):
        opts.append(name[:-1])
    if u["level"] != "district":
        opts.append(u["unit"])
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (dev only)
SUFFIXES = ["平台", "在线", "客服", "资讯", "服务中心", "服务站", "之声", "24小时", "官方号", "通知", "直通车", "中心"]
PREFIXES = ["最新", "中国", "真·", "官方", "掌上", "我的", "新"]
LOOKALIKE = {
    # place characters
    "济": ["挤"], "南": ["楠"], "淄": ["湽"], "博": ["搏"], "烟": ["姻"], "台": ["㕣", "合"], "泰": ["秦"],
    "德": ["徳"], "州": ["洲"], "沂": ["圻"], "日": ["曰"], "营": ["莹"], "东": ["车"], "广": ["厂"],
    "佛": ["拂"], "山": ["⼭"], "莞": ["苋"], "韶": ["绍"], "江": ["汪"], "门": ["⻔"], "湛": ["堪"],
    "中": ["申"], "天": ["夭"], "历": ["厉"], "下": ["卞"], "秀": ["莠"],
    # function characters
    "发": ["友"], "警": ["擎"], "委": ["季"], "健": ["徤"], "场": ["扬"], "监": ["盐"], "管": ["菅"],
    "税": ["锐"], "社": ["杜"], "教": ["敎"], "育": ["肓"], "文": ["丈"], "旅": ["族"], "院": ["阮"],
    "检": ["捡"], "察": ["祭"], "消": ["俏"], "防": ["妨"], "气": ["乞"], "生": ["牛"], "环": ["坏"],
    "境": ["镜"], "急": ["怠"], "理": ["埋"], "治": ["冶"], "微": ["徽"], "安": ["妄"],
}
SAME_SOUND = {
    "济": ["记", "霁"], "南": ["男"], "公": ["功", "工"], "安": ["鞍"], "发": ["法"], "布": ["步"], "卫": ["为"],
    "健": ["建", "见"], "警": ["井", "景"], "州": ["舟"], "泰": ["太"], "德": ["得"], "税": ["睡"], "务": ["物"],
    "管": ["馆"], "监": ["坚"], "场": ["厂"], "淄": ["资"], "博": ["伯"], "临": ["林"], "沂": ["宜"], "照": ["兆"],
    "营": ["赢"], "莞": ["管"], "门": ["们"], "湛": ["站"], "中": ["钟"], "山": ["珊"], "历": ["立"], "下": ["夏"],
    "委": ["维"], "交": ["胶"], "消": ["宵"], "防": ["房"], "院": ["愿"], "象": ["像"], "江": ["将"], "烟": ["淹"],
}
TRAD_MODES = ["full", "full", "place"]
SPACES = [" ", "\u3000"]
DOUBLE_SPACE_P = 0.2
ZERO_WIDTH = ["\u200b", "\u200d"]
EMOJI = ["🚔", "🚓", "👮", "📢", "✅", "🔔", "🌟", "🏥"]
BRACKETS = [("「", "」"), ("（", "）"), ("《", "》"), ("[", "]")]
FULLWIDTH_MODES = ["full", "full", "mixed"]
LEVEL_FORMS = ["prov_prefix", "city_full", "unit_name", "district_city", "district_drop_city", "prov_full"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民服务", "{nick}警民通", "{S}警务咨询", "{nick}守护者"],
    "traffic": ["{S}路况通", "{nick}驾驶人服务"],
    "cyber": ["{nick}网安卫士"],
    "health": ["{S}就医指南", "{nick}健康通"],
    "market": ["{S}消费维权", "{nick}放心消费"],
    "tax": ["{S}办税通", "{nick}纳税人之家"],
    "fabu": ["{S}今日要闻", "{nick}新闻速递", "{S}政情速览"],
    "hrss": ["{S}就业社保通", "{nick}人才服务"],
    "edu": ["{S}招考指南", "{nick}学子服务"],
    "culture": ["{nick}旅游指南", "{S}好玩"],
    "weather": ["{nick}晴雨表", "{S}预警服务"],
    "court": ["{S}诉讼服务", "{nick}法官说法"],
    "procur": ["{S}公益诉讼"],
    "fire": ["{nick}火警服务", "{S}防火提醒"],
    "emergency": ["{S}安全生产服务"],
    "hotline": ["{S}市民服务热线"],
    "justice": ["{S}法律服务", "{nick}普法"],
    "eco": ["{nick}蓝天碧水"],
    "fabu_d": ["{S}区情", "{S}民生"],
    "police_d": ["{S}警民服务"],
    "generic": ["{S}政务服务", "{nick}便民通"],
}
EDIT_PARAMS = dict(resize_px=[96, 100, 110, 128, 160, 200], jpeg_q=(30, 60), crop_frac=(0.05, 0.14),
                   border_styles=["plain", "double", "circle"],
                   border_colours=[(255, 255, 255), (0, 0, 0), (240, 240, 240)], border_frac=(0.05, 0.14),
                   recolour_modes=["hue", "gray", "bright"], hue_shift=(12, 40), rotate_deg=(3, 8),
                   watermark_texts=["官方", "认证", "客服"], watermark_alpha=(150, 220),
                   screenshot_styles=["phone", "light"], screenshot_scale=(0.55, 0.75))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.12
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "logo", "scenery"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}智联网络科技有限公司"), ("personal", "政务资讯博主"),
                     ("other", "{S}本地生活服务")]
IMPOSTOR_DESCS = ["{S}{fn}官方服务平台，在线办理、咨询，客服微信：{wx}",
                  "关注我，第一时间了解{S}{fn}最新消息",
                  "本号提供{fn}相关业务代办，收费合理，加V：{wx}",
                  "{fn}政策解读 | 办事指南 | 在线答疑",
                  "{name}，为{S}市民提供便捷服务"]
MAX_PER_TARGET = 6

IMPOSTOR_PLAN = [
    (["suffix"], 32), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 42), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 16), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 32),
    (["lookalike_char", "suffix"], 8), (["reorder", "suffix"], 6), (["traditional", "prefix"], 5),
    (["spacing", "suffix"], 5), (["emoji_brackets", "lookalike_char"], 5), (["same_sound", "suffix"], 5),
    (["level_prefix", "suffix"], 5), (["new_platform", "suffix"], 6), (["zero_width", "prefix"], 5),
    (["fullwidth", "suffix"], 4), (["prefix", "suffix"], 5), (["reorder", "lookalike_char"], 4),
    (["emoji_brackets", "suffix"], 5), (["new_platform", "lookalike_char"], 4), (["traditional", "spacing"], 4),
]

# real places outside Shandong/Guangdong, never to appear inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = ["济源", "淮南", "泰州", "淮安", "德阳", "临汾", "邢台", "杭州", "广安", "韶山", "东阳",
                               "山西", "佛坪", "台安", "荆门", "镇江", "钟山", "临猗", "浮山", "太安"]

# ------------------------------------------------------------------ hard negatives
OTHER_PLACES_CHAR = [
    dict(reg="济南", S="济源", F="济源市", province="河南省", landmark="mountain"),
    dict(reg="济南", S="淮南", F="淮南市", province="安徽省"),
    dict(reg="泰安", S="泰州", F="泰州市", province="江苏省"),
    dict(reg="泰安", S="淮安", F="淮安市", province="江苏省"),
    dict(reg="德州", S="德阳", F="德阳市", province="四川省"),
    dict(reg="临沂", S="临汾", F="临汾市", province="山西省"),
    dict(reg="烟台", S="邢台", F="邢台市", province="河北省"),
    dict(reg="广州", S="杭州", F="杭州市", province="浙江省"),
    dict(reg="广州", S="广安", F="广安市", province="四川省"),
    dict(reg="韶关", S="韶山", F="韶山市", province="湖南省", level="county"),
    dict(reg="东营", S="东阳", F="东阳市", province="浙江省", level="county"),
    dict(reg="山东", S="山西", F="山西省", province="山西省", level="province"),
    dict(reg="佛山", S="佛坪", F="佛坪县", province="陕西省", level="county"),
]
OTHER_PLACES_SOUND = [
    dict(reg="泰安", S="台安", F="台安县", province="辽宁省", level="county"),
    dict(reg="江门", S="荆门", F="荆门市", province="湖北省"),
    dict(reg="湛江", S="镇江", F="镇江市", province="江苏省"),
    dict(reg="中山", S="钟山", F="钟山县", province="广西壮族自治区", level="county"),
    dict(reg="临沂", S="临猗", F="临猗县", province="山西省", level="county"),
    dict(reg="佛山", S="浮山", F="浮山县", province="山西省", level="county"),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("保定", "保定市", "河北省", "police"), ("郑州", "郑州市", "河南省", "police"), ("武汉", "武汉市", "湖北省", "traffic"),
    ("长沙", "长沙市", "湖南省", "police"), ("合肥", "合肥市", "安徽省", "cyber"), ("太原", "太原市", "山西省", "police"),
    ("南京", "南京市", "江苏省", "fabu"), ("石家庄", "石家庄市", "河北省", "fabu"), ("洛阳", "洛阳市", "河南省", "fabu"),
    ("宜昌", "宜昌市", "湖北省", "fabu"), ("芜湖", "芜湖市", "安徽省", "fabu"), ("大同", "大同市", "山西省", "fabu"),
    ("岳阳", "岳阳市", "湖南省", "court"), ("苏州", "苏州市", "江苏省", "procur"), ("邯郸", "邯郸市", "河北省", "court"),
    ("开封", "开封市", "河南省", "gov"), ("襄阳", "襄阳市", "湖北省", "procur"), ("株洲", "株洲市", "湖南省", "traffic"),
    ("无锡", "无锡市", "江苏省", "police"), ("唐山", "唐山市", "河北省", "traffic"), ("南阳", "南阳市", "河南省", "police"),
    ("黄石", "黄石市", "湖北省", "police"), ("衡阳", "衡阳市", "湖南省", "fabu"), ("徐州", "徐州市", "江苏省", "court"),
    ("蚌埠", "蚌埠市", "安徽省", "police"), ("长治", "长治市", "山西省", "procur"), ("秦皇岛", "秦皇岛市", "河北省", "police"),
    ("信阳", "信阳市", "河南省", "cyber"),
]
N_TEMPLATE = 27

MEDIA = [
    dict(name="齐鲁晚报", platform="weibo", vtype="media", reason="齐鲁晚报官方微博",
         desc="齐鲁晚报官方微博。报道济南公安、济南交警等部门最新动态。"),
    dict(name="大众日报", platform="wechat", vtype="media", reason="大众日报社", desc="山东省委机关报。"),
    dict(name="济南时报", platform="douyin", vtype="media", reason="济南时报官方账号", desc="济南本地新闻。"),
    dict(name="生活日报", platform="toutiao", vtype="media", reason="生活日报官方账号", desc="济南民生新闻。"),
    dict(name="闪电新闻", platform="kuaishou", vtype="media", reason="山东广播电视台闪电新闻官方账号",
         desc="山东广播电视台新闻客户端。", logo_text="闪电"),
    dict(name="淄博日报", platform="weibo", vtype="media", reason="淄博日报社官方微博", desc="淄博日报社。"),
    dict(name="烟台日报", platform="wechat", vtype="media", reason="烟台日报传媒集团", desc="烟台新闻。"),
    dict(name="广州日报", platform="weibo", vtype="media", reason="广州日报官方微博",
         desc="广州日报官方微博，关注广州卫健委发布的健康资讯。"),
    dict(name="羊城晚报", platform="douyin", vtype="media", reason="羊城晚报官方账号", desc="羊城晚报。"),
    dict(name="南方都市报", platform="toutiao", vtype="media", reason="南方都市报官方账号", desc="南都。"),
    dict(name="信息时报", platform="weibo", vtype="media", reason="信息时报官方微博", desc="广州本地新闻。"),
    dict(name="佛山日报", platform="wechat", vtype="media", reason="佛山传媒集团", desc="佛山新闻。"),
    dict(name="珠江时报", platform="weibo", vtype="media", reason="珠江时报社官方微博", desc="佛山南海新闻。"),
    dict(name="东莞日报", platform="douyin", vtype="media", reason="东莞日报社官方账号", desc="东莞新闻。"),
    dict(name="湛江日报", platform="toutiao", vtype="media", reason="湛江日报社官方账号", desc="湛江新闻。"),
    dict(name="江门日报", platform="wechat", vtype="media", reason="江门日报社", desc="侨乡新闻。"),
    dict(name="中山日报", platform="weibo", vtype="media", reason="中山日报社官方微博", desc="中山新闻。"),
    dict(name="济南公安故事汇", platform="douyin", vtype="media", reason="济南时报官方账号",
         desc="济南时报与济南市公安局联合出品的警务纪实栏目。", logo_text="故事"),
    dict(name="济南交警在路上", platform="kuaishou", vtype="media", reason="济南广播电视台官方账号",
         desc="济南广播电视台交通广播栏目，记录济南交警一线故事。", logo_text="在路上"),
    dict(name="大众日报·法治山东", platform="toutiao", vtype="media", reason="大众日报社官方账号",
         desc="大众日报法治专版，报道全省法治建设。", logo_text="法治"),
    dict(name="山东发布会直播", platform="douyin", vtype="media", reason="山东广播电视台官方账号",
         desc="直播山东省政府新闻发布会，内容以山东发布为准。", logo_text="直播"),
    dict(name="广州健康播报", platform="weibo", vtype="media", reason="羊城晚报健康频道官方微博",
         desc="羊城晚报健康频道。", logo_text="健康"),
    dict(name="佛山电台交通频道", platform="wechat", vtype="media", reason="佛山市广播电视台",
         desc="佛山交通广播FM94.6。", logo_text="946"),
    dict(name="泰安广播电视台", platform="douyin", vtype="media", reason="泰安广播电视台官方账号",
         desc="泰安本地新闻和泰山文化旅游资讯。", logo_text="泰安台"),
    dict(name="临沂新闻", platform="kuaishou", vtype="media", reason="临沂广播电视台官方账号",
         desc="临沂广播电视台新闻中心。", logo_text="沂"),
    dict(name="德州晚报", platform="weibo", vtype="media", reason="德州日报社官方微博", desc="德州新闻。"),
]
PERSONAL = [
    dict(name="济南民警老王", platform="douyin", vtype="personal", reason="济南市公安局历下区分局民警",
         desc="一名普通民警，分享反诈知识。"),
    dict(name="交警小李说安全", platform="kuaishou", vtype="personal", reason="交通安全宣传志愿者",
         desc="开车安全第一。"),
    dict(name="健康科普张医生", platform="douyin", vtype="personal", reason="济南某三甲医院主治医师"),
    dict(name="律师刘明说法", platform="toutiao", vtype="personal", reason="山东某律师事务所律师"),
    dict(name="老张聊广州税务", platform="weibo", vtype="personal", reason="注册税务师 财税博主",
         desc="个人观点，不代表任何机构。"),
    dict(name="广州急诊科陈医生", platform="weibo", vtype="personal", reason="广州某医院急诊科医生"),
    dict(name="消防员大熊", platform="douyin", vtype="personal", reason="消防救援人员", avatar="cartoon"),
    dict(name="气象主播小雨", platform="weibo", vtype="personal", reason="山东广播电视台气象节目主持人"),
    dict(name="东莞HR老周", platform="toutiao", vtype="personal", reason="人力资源从业者 职场博主"),
    dict(name="韶关旅游达人阿杰", platform="douyin", vtype="personal", reason="旅游博主", avatar="scenery"),
    dict(name="我爱济南", platform="weibo", avatar="scenery", desc="热爱泉城的普通市民。"),
    dict(name="济南吃喝玩乐", platform="douyin", avatar="cartoon"),
    dict(name="泉城老街坊", platform="wechat", avatar="scenery"),
    dict(name="广州街坊阿明", platform="weibo"),
    dict(name="佛山人在佛山", platform="douyin", avatar="cartoon"),
    dict(name="东莞打工人日记", platform="kuaishou", avatar="default"),
    dict(name="烟台海边的猫", platform="bilibili", avatar="cartoon"),
    dict(name="泰山挑山工老李", platform="kuaishou"),
    dict(name="临沂小伙说生活", platform="kuaishou", avatar="default"),
    dict(name="湛江海鲜哥", platform="douyin", avatar="default"),
    dict(name="江门侨乡记忆", platform="bilibili", avatar="scenery"),
    dict(name="中山骑行日记", platform="bilibili", avatar="scenery"),
    dict(name="淄博烧烤老板娘", platform="douyin"),
    dict(name="山东发布会观察员", platform="weibo", desc="转发山东发布会信息，个人账号，非官方。"),
    dict(name="德州小王的日常", platform="kuaishou", avatar="cartoon"),
    dict(name="日照赶海人", platform="douyin", avatar="scenery"),
]
COMMERCIAL = [
    dict(name="济南驾考通", platform="douyin", vtype="enterprise", reason="济南驾考通信息技术有限公司"),
    dict(name="泉城消防器材", platform="wechat", vtype="enterprise", reason="济南泉城消防器材有限公司"),
    dict(name="广州税务师事务所", platform="weibo", vtype="enterprise", reason="广州华粤税务师事务所有限公司",
         desc="专业税务代理、财税咨询。"),
    dict(name="佛山市场网", platform="toutiao", desc="佛山本地批发市场、商铺信息。"),
    dict(name="中国平安广州", platform="douyin", vtype="enterprise",
         reason="中国平安财产保险股份有限公司广东分公司", desc="车险、财产险在线服务。", logo_text="平安"),
    dict(name="济南公安局旁边的饭店", platform="douyin", desc="老济南把子肉，就在公安局旁边。"),
    dict(name="济南体检预约中心", platform="wechat", vtype="enterprise", reason="济南美年大健康体检中心有限公司"),
    dict(name="烟台海鲜大排档", platform="kuaishou", avatar="default"),
    dict(name="泰山国际旅行社", platform="toutiao", vtype="enterprise", reason="泰安泰山国际旅行社有限公司"),
    dict(name="东莞驾校报名", platform="kuaishou", desc="学车报名，包过。"),
    dict(name="德州扒鸡官方旗舰店", platform="douyin", vtype="enterprise", reason="德州扒鸡股份有限公司"),
    dict(name="临沂商城", platform="wechat", vtype="enterprise", reason="临沂商城发展集团有限公司"),
    dict(name="日照绿茶专卖", platform="kuaishou"),
    dict(name="中山灯饰城", platform="toutiao", vtype="enterprise", reason="中山市古镇灯饰城有限公司"),
    dict(name="江门五邑装修", platform="douyin", avatar="default"),
    dict(name="广州便民搬家", platform="kuaishou", avatar="default"),
    dict(name="济南财税代理记账", platform="wechat", vtype="enterprise", reason="济南诚信财税服务有限公司"),
    dict(name="东营石油装备", platform="toutiao", vtype="enterprise", reason="东营胜利石油装备有限公司"),
    dict(name="济南消防设备维保", platform="douyin", vtype="enterprise", reason="济南安泰消防工程有限公司"),
    dict(name="广州气象仪器", platform="weibo", vtype="enterprise", reason="广州天睿气象仪器有限公司"),
    dict(name="佛山教育培训", platform="douyin", vtype="enterprise", reason="佛山启航教育科技有限公司"),
    dict(name="湛江海关报关行", platform="wechat", vtype="enterprise", reason="湛江通达报关有限公司"),
    dict(name="韶关丹霞山特产", platform="kuaishou"),
    dict(name="淄博陶瓷商城", platform="toutiao", vtype="enterprise", reason="淄博华光陶瓷有限公司"),
    dict(name="济南12345搬家公司", platform="douyin", desc="电话就是12345结尾，好记。"),
    dict(name="广州交通驾培", platform="weibo", vtype="enterprise", reason="广州交通驾驶员培训有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("济南", "历城", "历城区", ["police_d", "fabu_d"]), ("济南", "章丘", "章丘区", ["fabu_d"]),
    ("济南", "长清", "长清区", ["police_d"]), ("济南", "槐荫", "槐荫区", ["fabu_d"]),
    ("济南", "天桥", "天桥区", ["market_d"]), ("济南", "市中", "市中区", [("police_d", 1)]),
    ("济南", "历下", "历下区", ["health_d"]),
    ("淄博", "张店", "张店区", ["fabu_d", "police_d"]), ("淄博", "临淄", "临淄区", ["fabu_d"]),
    ("烟台", "芝罘", "芝罘区", ["police_d"]), ("烟台", "福山", "福山区", ["fabu_d"]),
    ("泰安", "岱岳", "岱岳区", ["police_d", "fabu_d"]), ("德州", "德城", "德城区", ["fabu_d"]),
    ("德州", "陵城", "陵城区", ["police_d"]), ("临沂", "兰山", "兰山区", ["fabu_d", "police_d"]),
    ("临沂", "罗庄", "罗庄区", ["fabu_d"]), ("日照", "东港", "东港区", ["fabu_d"]), ("日照", "岚山", "岚山区", ["police_d"]),
    ("东营", "垦利", "垦利区", ["fabu_d"]),
    ("广州", "天河", "天河区", ["police_d"]), ("广州", "白云", "白云区", ["fabu_d"]),
    ("广州", "海珠", "海珠区", ["fabu_d", "court_d"]), ("广州", "番禺", "番禺区", ["police_d"]),
    ("广州", "越秀", "越秀区", ["fabu_d"]), ("佛山", "禅城", "禅城区", ["fabu_d"]),
    ("佛山", "南海", "南海区", ["police_d"]), ("佛山", "顺德", "顺德区", ["fabu_d", "procur_d"]),
    ("韶关", "浈江", "浈江区", ["fabu_d"]), ("江门", "新会", "新会区", ["police_d"]),
    ("江门", "蓬江", "蓬江区", ["fabu_d"]), ("湛江", "赤坎", "赤坎区", ["fabu_d"]), ("湛江", "霞山", "霞山区", ["police_d"]),
]
UNREG_CITY = [
    ("济南", "water", 0), ("济南", "medins", 0), ("淄博", "tax", 0), ("烟台", "health", 0), ("泰安", "edu", 0),
    ("德州", "tax", 0), ("临沂", "health", 1), ("日照", "hotline", 0), ("东营", "market", 0),
    ("广州", "medins", 0), ("广州", "civil", 0), ("广州", "housing", 0), ("佛山", "tax", 0), ("佛山", "court", 0),
    ("东莞", "market", 0), ("东莞", "weather", 1), ("韶关", "health", 0), ("江门", "tax", 0), ("湛江", "fire", 0),
    ("中山", "market", 0), ("山东", "veterans", 0), ("广东", "transport", 0),
]
N_UNREG_SAME_UNIT = 10


def main():
    print("building dev ...")
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
