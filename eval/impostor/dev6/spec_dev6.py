"""Sixth dev part: the fourth blind held-out part (built 2026-12-02), demoted to tuning data in the sixth session.
Run: python eval/impostor/dev6/spec_dev6.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/, dev2/, dev3/, dev4/ and dev5/; the few unavoidable reuses are listed in README.intro.md.
Part-specific machinery (new provincial and county departments, township unit kinds, level forms,
traditional-form modes, digit forms, frame, colour and screenshot edits, the registry's region fix for county-level
units and their townships) lives in this file, not in gen_common.py.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

PART = "dev6"
SEED = 7717
CRAWL_DAY = "2024-11-05"

# ------------------------------------------------------------------ departments new in this part
_NEW_DEPTS = {
    "audit6": ("{F}审计厅", "{F}审计局", ["{S}审计"], "scales", None, "发布审计工作动态和审计结果公告"),
    "finance6": ("{F}财政厅", "{F}财政局", ["{S}财政"], "coin", None, "发布财政预决算、惠民资金和政府采购信息"),
    "letters6": ("{F}信访局", "{F}信访局", ["{S}信访"], "hands", None, "发布信访工作动态和网上信访指引"),
    "grain6": ("{F}粮食和物资储备局", "{F}粮食和物资储备局", ["{S}粮食和储备"], "leaf", None,
               "发布粮食流通、储备管理和粮食安全宣传信息"),
    "industry6": ("{F}工业和信息化厅", "{F}工业和信息化局", ["{S}工信"], "gate", None,
                  "发布工业和信息化政策、产业动态和企业服务信息"),
    "ndrc6": ("{F}发展和改革委员会", "{F}发展和改革局", ["{S}发改"], "bridge", None,
              "发布发展规划、重大项目和价格监测信息"),
    "radio6": ("{F}广播电视局", "{F}广播电视局", ["{S}广电"], "globe", None, "发布广播电视行业管理和公共服务信息"),
    "prison6": ("{F}监狱管理局", "{F}监狱管理局", ["{S}监狱"], "shield", "police_emblem",
                "发布狱务公开、执法动态和亲情会见指引"),
    "quake6": ("{F}地震局", "{F}地震局", ["{S}地震"], "warning", None, "发布地震速报、防震减灾知识和应急科普"),
    "gjj6": ("{F}住房公积金管理中心", "{F}住房公积金管理中心", ["{S}公积金"], "house", None,
             "发布住房公积金缴存、提取和贷款政策"),
    "cityadm6": ("{F}城市管理和综合执法局", "{F}城市管理和综合执法局", ["{S}城管"], "star", None,
                 "发布市容环境、综合执法和便民服务信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
# township unit kinds (this part only)
_NEW_TOWN = {
    "town_sfs6": ("{F}司法局{DF}司法所", ["{DS}司法所", "{DF}司法所"], "scales", None,
                  "提供人民调解、法律咨询和法治宣传服务"),
    "town_jgs6": ("{F}市场监督管理局{DS}市场监管所", ["{DS}市场监管所"], "scales", None,
                  "发布辖区食品安全、价格监督和消费维权信息"),
    "town_jjzd6": ("{F}公安局交通警察大队{DS}中队", ["{S}交警{DS}中队"], "traffic_light", "police_emblem",
                   "发布辖区路况、交通管制和事故预防提示"),
    "town_tyjr6": ("{F}{DF}退役军人服务站", ["{DS}退役军人服务站"], "star", None,
                   "为辖区退役军人和优抚对象提供政策咨询和帮扶服务"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"audit6": "审计", "finance6": "财政", "letters6": "信访", "grain6": "粮食和储备", "industry6": "工信",
               "ndrc6": "发改", "radio6": "广电", "prison6": "监狱", "quake6": "地震", "gjj6": "公积金",
               "cityadm6": "城管", "town_sfs6": "司法所", "town_jgs6": "市场监管所", "town_jjzd6": "交警中队",
               "town_tyjr6": "退役军人服务站"}.items():
    G.FN.setdefault(_k, _v)

# county-level cities and counties are built as "city" places; their prefecture is kept here
PARENT = {"莒县": ("日照", "日照市"), "栖霞": ("烟台", "烟台市"), "齐河": ("德州", "德州市"), "宁津": ("德州", "德州市"),
          "武城": ("德州", "德州市"), "临朐": ("潍坊", "潍坊市"), "桓台": ("淄博", "淄博市"), "沂南": ("临沂", "临沂市"),
          "阳谷": ("聊城", "聊城市"), "博兴": ("滨州", "滨州市"), "巨野": ("菏泽", "菏泽市"), "东平": ("泰安", "泰安市"),
          "金乡": ("济宁", "济宁市"), "汶上": ("济宁", "济宁市"), "五莲": ("日照", "日照市"), "夏津": ("德州", "德州市"),
          "英德": ("清远", "清远市"), "始兴": ("韶关", "韶关市"), "翁源": ("韶关", "韶关市"), "乳源": ("韶关", "韶关市"),
          "惠来": ("揭阳", "揭阳市"), "紫金": ("河源", "河源市"), "大埔": ("梅州", "梅州市"), "丰顺": ("梅州", "梅州市"),
          "郁南": ("云浮", "云浮市"), "新兴": ("云浮", "云浮市"), "怀集": ("肇庆", "肇庆市"), "徐闻": ("湛江", "湛江市"),
          "蕉岭": ("梅州", "梅州市"), "阳西": ("阳江", "阳江市"), "南澳": ("汕头", "汕头市")}

# ------------------------------------------------------------------ registry
PROVINCES = [  # every shared provincial department is used by another part: this part's own bureaus only
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="齐风鲁韵",
         depts=[("audit6", {"platforms": ["weibo", "wechat", "douyin"]}),
                ("finance6", {"platforms": ["weibo", "wechat", "toutiao", "kuaishou"]}),
                ("letters6", {"platforms": ["weibo", "wechat"]}),
                ("grain6", {"platforms": ["wechat", "douyin", "bilibili"]})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="粤韵",
         depts=[("industry6", {"platforms": ["weibo", "wechat", "douyin", "toutiao"]}),
                ("ndrc6", {"platforms": ["weibo", "wechat"]}),
                ("radio6", {"platforms": ["weibo", "wechat", "douyin", "bilibili", "kuaishou"]}),
                ("prison6", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin"]})]),
]
_3 = ["weibo", "wechat", "douyin"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
CITIES = [
    # ---- Shandong counties and county-level cities (every prefecture is used by another part)
    dict(S="莒县", F="莒县", province="山东省", area="0633", landmark="pagoda", nick="莒国古都",
         depts=["fabu", "police", ("hotline", {"platforms": _3})]),
    dict(S="栖霞", F="栖霞市", province="山东省", area="0535", landmark="mountain", nick="苹果之乡",
         depts=["fabu", ("culture", {"avatar": "distinctive"})],
         districts=[dict(DS="桃村", DF="桃村镇", depts=["town_tyjr6"])]),
    dict(S="齐河", F="齐河县", province="山东省", area="0534", landmark="waves", nick="黄河水乡",
         depts=["fabu", "police"]),
    dict(S="宁津", F="宁津县", province="山东省", area="0534", landmark="skyline", nick="蟋蟀之乡",
         depts=["fabu", "police", ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}})]),
    dict(S="武城", F="武城县", province="山东省", area="0534", landmark="sun", nick="弦歌之城",
         depts=["fabu", "police", ("gjj6", {"platforms": ["weibo", "wechat"], "unit": "德州市住房公积金管理中心武城管理部"})]),
    dict(S="临朐", F="临朐县", province="山东省", area="0536", landmark="mountain", nick="奇石之乡",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou"]})]),
    dict(S="桓台", F="桓台县", province="山东省", area="0533", landmark="waves", nick="江北水乡",
         depts=["fabu"]),
    dict(S="沂南", F="沂南县", province="山东省", area="0539", landmark="pagoda", nick="诸葛故里",
         depts=["fabu", "police"]),
    dict(S="阳谷", F="阳谷县", province="山东省", area="0635", landmark="mountain", nick="景阳冈",
         depts=["fabu", "police", ("culture", {"avatar": "distinctive"})]),
    dict(S="博兴", F="博兴县", province="山东省", area="0543", landmark="bridge", nick="董永故里",
         depts=["fabu", "police"],
         districts=[dict(DS="锦秋", DF="锦秋街道", depts=["town_sfs6"])]),
    dict(S="巨野", F="巨野县", province="山东省", area="0530", landmark="tower", nick="工笔画之乡",
         depts=["fabu", ("cityadm6", {"platforms": _3})]),
    dict(S="东平", F="东平县", province="山东省", area="0538", landmark="waves", nick="水浒东平湖",
         depts=["fabu", "police", ("hrss", {"platforms": _3, "names": {"wechat": "{S}12333"}})]),
    dict(S="金乡", F="金乡县", province="山东省", area="0537", landmark="sun", nick="大蒜之乡",
         depts=["fabu", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    dict(S="汶上", F="汶上县", province="山东省", area="0537", landmark="pagoda", nick="宝相寺",
         depts=["fabu", "police"]),
    # ---- Guangdong counties and county-level cities
    dict(S="英德", F="英德市", province="广东省", area="0763", landmark="mountain", nick="红茶之乡",
         depts=["fabu", "police", ("hotline", {"platforms": _4})],
         districts=[dict(DS="英城", DF="英城街道", depts=["town_jjzd6"])]),
    dict(S="始兴", F="始兴县", province="广东省", area="0751", landmark="skyline", nick="车八岭",
         depts=["fabu"]),
    dict(S="翁源", F="翁源县", province="广东省", area="0751", landmark="sun", nick="兰花之乡",
         depts=["fabu"]),
    dict(S="乳源", F="乳源瑶族自治县", province="广东省", area="0751", landmark="mountain", nick="瑶乡",
         depts=["fabu", ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou",
                                                                            "bilibili"]})]),
    dict(S="惠来", F="惠来县", province="广东省", area="0663", landmark="pier", nick="神泉港",
         depts=["fabu", "police"]),
    dict(S="紫金", F="紫金县", province="广东省", area="0762", landmark="pagoda", nick="蓝塘",
         depts=["fabu", "police", ("hotline", {"platforms": _3})]),
    dict(S="大埔", F="大埔县", province="广东省", area="0753", landmark="bridge", nick="陶瓷之乡",
         depts=["fabu", "police", ("culture", {"avatar": "distinctive"})]),
    dict(S="丰顺", F="丰顺县", province="广东省", area="0753", landmark="waves", nick="汤坑",
         depts=["fabu"]),
    dict(S="郁南", F="郁南县", province="广东省", area="0766", landmark="sun", nick="无核黄皮",
         depts=["fabu", "market"]),
    dict(S="新兴", F="新兴县", province="广东省", area="0766", landmark="pagoda", nick="六祖故里",
         depts=["fabu", "police", ("tax", {"platforms": _3})]),
    dict(S="怀集", F="怀集县", province="广东省", area="0758", landmark="mountain", nick="燕都",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "toutiao"],
                                    "names": {"douyin": "平安{S}"}})]),
    dict(S="徐闻", F="徐闻县", province="广东省", area="0759", landmark="lighthouse", nick="菠萝的海",
         depts=["fabu", "police", ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}})]),
    # ---- places that only have unregistered units here
    dict(S="五莲", F="五莲县", province="山东省", area="0633", landmark="mountain", nick="五莲山", depts=[]),
    dict(S="夏津", F="夏津县", province="山东省", area="0534", landmark="sun", nick="椹果之乡", depts=[]),
    dict(S="蕉岭", F="蕉岭县", province="广东省", area="0753", landmark="mountain", nick="长寿之乡", depts=[]),
    dict(S="阳西", F="阳西县", province="广东省", area="0662", landmark="pier", nick="沙扒湾", depts=[]),
    dict(S="南澳", F="南澳县", province="广东省", area="0754", landmark="lighthouse", nick="海岛之县", depts=[]),
    # ---- districts and towns of prefectures whose own units belong to other parts
    dict(S="济南", F="济南市", province="山东省", area="0531", landmark="waves", nick="泉水之都", depts=[],
         districts=[dict(DS="钢城", DF="钢城区", depts=["court_d"])]),
    dict(S="枣庄", F="枣庄市", province="山东省", area="0632", landmark="pagoda", nick="石榴之都", depts=[],
         districts=[dict(DS="台儿庄", DF="台儿庄区", depts=["procur_d", "fabu_d"])]),
    dict(S="烟台", F="烟台市", province="山东省", area="0535", landmark="lighthouse", nick="仙境海岸", depts=[],
         districts=[dict(DS="牟平", DF="牟平区", depts=["edu_d"])]),
    dict(S="潍坊", F="潍坊市", province="山东省", area="0536", landmark="skyline", nick="风筝都", depts=[],
         districts=[dict(DS="坊子", DF="坊子区", depts=["traffic_d"])]),
    dict(S="深圳", F="深圳市", province="广东省", area="0755", landmark="skyline", nick="前海", depts=[],
         districts=[dict(DS="光明", DF="光明区", depts=["fabu_d"])]),
    dict(S="肇庆", F="肇庆市", province="广东省", area="0758", landmark="mountain", nick="端砚之乡", depts=[],
         districts=[dict(DS="鼎湖", DF="鼎湖区", depts=["police_d"])]),
    dict(S="东莞", F="东莞市", province="广东省", area="0769", landmark="skyline", nick="世界工厂", depts=[],
         districts=[dict(DS="虎门", DF="虎门镇", depts=["town_sfs6"])]),
    dict(S="中山", F="中山市", province="广东省", area="0760", landmark="bridge", nick="伟人故里", depts=[],
         districts=[dict(DS="小榄", DF="小榄镇", depts=["town_jgs6"])]),
]

RENAME_SHARE = 0.07


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    opts = []
    if u["dept"] in ("police", "police_d") and name == S + "公安":
        opts.append(S + "公安发布")
    if u["dept"] in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "新闻发布")
    if u["dept"] == "hotline" and name == S + "12345":
        opts.append(S + "12345热线")
    if u["dept"] == "culture" and name == S + "文旅":
        opts.append(S + "文旅资讯")
    if u["dept"] == "tax" and name == S + "税务":
        opts.append(S + "税务发布")
    if u["dept"] in ("market", "market_d") and name == S + "市场监管":
        opts.append(S + "市场监管发布")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (held-out only)
SUFFIXES = ["备用号", "二号", "办事处", "宣传号", "小编", "要闻", "24h", "矩阵号", "政务大厅", "联盟", "粉丝群",
            "信息公开"]
PREFIXES = ["正规", "置顶", "推荐", "真实", "Hey", "天天", "NEW", "全国", "✓"]
LOOKALIKE = {
    # place characters (shape: classic confusables, variant forms and partial changes of one component)
    "莒": ["筥"], "栖": ["梄"], "霞": ["瑕"], "齐": ["斉"], "河": ["何"], "宁": ["苧"], "津": ["律"], "城": ["珹"],
    "朐": ["胸"], "桓": ["恒"], "台": ["召"], "沂": ["泝"], "南": ["萳"], "阳": ["陌"], "谷": ["俗"], "博": ["溥"],
    "巨": ["叵"], "野": ["墅"], "东": ["岽"], "平": ["苹"], "金": ["佥"], "汶": ["汉"], "上": ["土"], "英": ["荚"],
    "始": ["姑"], "翁": ["翕"], "源": ["螈"], "惠": ["憓"], "来": ["耒"], "紫": ["柴"], "大": ["犬"], "埔": ["浦"],
    "丰": ["韦"], "顺": ["须"], "郁": ["都"], "新": ["斩"], "怀": ["杯"], "集": ["隼"], "徐": ["涂"], "闻": ["问"],
    "钢": ["铜"], "庄": ["圧"], "儿": ["几"], "牟": ["牢"], "坊": ["枋"], "子": ["孑"], "光": ["灮"], "明": ["眀"],
    "鼎": ["鼑"], "湖": ["瑚"], "虎": ["虏"], "门": ["闩"], "小": ["少"], "榄": ["揽"], "桃": ["挑"], "锦": ["绵"],
    "秋": ["秌"], "广": ["疒"],
    # function characters
    "发": ["叐"], "布": ["帀"], "公": ["兮"], "安": ["宊"], "税": ["祱"], "务": ["劣"], "市": ["巾"], "场": ["杨"],
    "监": ["览"], "管": ["篁"], "人": ["乂"], "社": ["灶"], "文": ["父"], "旅": ["旂"], "教": ["数"],
    "法": ["洼"], "院": ["皖"], "检": ["桧"], "察": ["寨"], "审": ["宙"], "计": ["什"], "财": ["材"], "政": ["故"],
    "信": ["估"], "访": ["仿"], "粮": ["狼"], "食": ["\u2fb7"], "储": ["楮"], "备": ["各"], "工": ["エ"], "改": ["攻"],
    "电": ["申"], "狱": ["犹"], "地": ["池"], "震": ["蜃"], "积": ["枳"], "司": ["同"], "交": ["亥"], "警": ["謦"],
    "中": ["串"], "队": ["阢"], "役": ["伇"], "军": ["浑"], "服": ["菔"], "站": ["沾"],
}
SAME_SOUND = {
    "莒": ["举"], "县": ["宪"], "栖": ["其"], "霞": ["侠"], "齐": ["骑"], "河": ["合"], "宁": ["咛"], "津": ["今"],
    "武": ["舞"], "城": ["丞"], "临": ["淋"], "朐": ["渠"], "桓": ["欢"], "台": ["苔"], "沂": ["移"], "南": ["难"],
    "阳": ["佯"], "谷": ["鼓"], "博": ["驳"], "兴": ["杏"], "巨": ["剧"], "野": ["也"], "东": ["动"], "平": ["乒"],
    "金": ["斤"], "乡": ["香"], "汶": ["雯"], "上": ["尚"], "英": ["鹰"], "德": ["嘚"], "始": ["史"], "翁": ["嗡"],
    "源": ["远"], "乳": ["如"], "惠": ["辉"], "来": ["徕"], "紫": ["籽"], "大": ["达"], "埔": ["普"], "丰": ["锋"],
    "顺": ["舜"], "郁": ["玉"], "新": ["鑫"], "怀": ["淮"], "集": ["辑"], "徐": ["许"], "闻": ["稳"], "钢": ["刚"],
    "庄": ["壮"], "儿": ["而"], "牟": ["谋"], "坊": ["房"], "子": ["籽"], "光": ["咣"], "明": ["鸣"], "鼎": ["顶"],
    "湖": ["胡"], "虎": ["琥"], "门": ["扪"], "小": ["晓"], "榄": ["览"], "桃": ["陶"], "村": ["存"], "锦": ["谨"],
    "秋": ["邱"], "山": ["善"], "广": ["桄"],
    # function characters
    "发": ["筏"], "布": ["埠"], "公": ["躬"], "安": ["俺"], "务": ["勿"], "市": ["士"], "场": ["唱"],
    "监": ["肩"], "管": ["惯"], "人": ["壬"], "社": ["摄"], "文": ["吻"], "旅": ["缕"], "教": ["叫"], "育": ["域"],
    "法": ["珐"], "院": ["园"], "检": ["茧"], "察": ["诧"], "卫": ["维"], "健": ["涧"], "审": ["深"], "计": ["记"],
    "财": ["才"], "政": ["蒸"], "信": ["芯"], "访": ["放"], "粮": ["良"], "食": ["实"], "储": ["除"], "备": ["贝"],
    "工": ["攻"], "改": ["盖"], "电": ["垫"], "狱": ["裕"], "地": ["第"], "震": ["振"], "积": ["机"], "司": ["思"],
    "所": ["琐"], "交": ["蕉"], "警": ["颈"], "中": ["忠"], "队": ["对"], "退": ["颓"], "役": ["亿"], "军": ["均"],
    "服": ["福"], "站": ["战"], "局": ["菊"],
}
TRAD_MODES = ["second", "head_two", "non_place", "place_all"]
# All 17 Unicode space separators and the blank-looking letters are used by the other parts: this part uses
# other whitespace control and separator characters that turn up in pasted names
SPACES = ["\t", "\u2028", "\u2029", "\x85"]
DOUBLE_SPACE_P = 0.1
ZERO_WIDTH = ["\u202b", "\u202d", "\u180d", "\u180f", "\ufe05", "\U000e0101", "\U0001bca1", "\U000e007f",
              "\U0001d175"]
EMOJI = ["🚑", "🎉", "⚡", "🌈", "📰", "🏠", "🤝", "💪", "🔴", "🟢"]
BRACKETS = [("{", "}"), ("❨", "❩"), ("❪", "❫"), ("❬", "❭"), ("❲", "❳"), ("⦗", "⦘"), ("⸦", "⸧"), ("⟮", "⟯"),
            ("﹛", "﹜"), ("⦇", "⦈")]
FULLWIDTH_MODES = ["full", "keycap", "enclosing_circle", "digit_comma", "enclosing_square"]
LEVEL_FORMS = ["prov_abbr", "prov_abbr_parent", "bureau_word", "town_full"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}守夜人", "{nick}平安哨兵", "{S}报警求助"],
    "fabu": ["{S}新鲜事", "{nick}晨报", "{S}每日简报"],
    "hotline": ["{S}市民心声", "{nick}为民办实事"],
    "market": ["{S}买得放心", "{nick}质量提醒"],
    "tax": ["{S}退税助手", "{nick}个税小贴士"],
    "hrss": ["{S}用工信息", "{nick}技能培训"],
    "culture": ["{nick}古城游", "{S}旅游年卡", "{nick}风物志"],
    "audit6": ["{nick}经济体检", "{S}账本监督"],
    "finance6": ["{S}惠民资金查询", "{nick}钱袋子"],
    "letters6": ["{S}群众来访", "{nick}民意信箱"],
    "grain6": ["{S}粮油价格", "{nick}大粮仓"],
    "industry6": ["{S}制造业服务", "{nick}智造"],
    "ndrc6": ["{S}价格监测", "{nick}项目建设"],
    "radio6": ["{S}电视节目单", "{nick}视听"],
    "prison6": ["{S}狱务公开", "{nick}高墙内外"],
    "gjj6": ["{S}住房贷款咨询", "{nick}安居贷"],
    "cityadm6": ["{S}市容举报", "{nick}街面秩序"],
    "court_d": ["{S}立案咨询"],
    "procur_d": ["{S}控告申诉"],
    "edu_d": ["{S}学区划分"],
    "traffic_d": ["{S}车管业务"],
    "fabu_d": ["{S}街区新闻"],
    "police_d": ["{S}夜巡"],
    "town_sfs6": ["{S}调解室"],
    "town_jgs6": ["{S}菜市场监督"],
    "town_jjzd6": ["{S}路面执勤"],
    "town_tyjr6": ["{S}老兵驿站"],
    "generic": ["{S}办事宝", "{nick}乡情", "{S}民情日记"],
}


# ---- digit forms (the registered digit names are 12345, 12315, 12333 and 12366)
def _digit_map(f):
    return lambda s: "".join(f(c) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "keycap": _digit_map(lambda c: c + "\u20e3"),
    "enclosing_circle": _digit_map(lambda c: c + "\u20dd"),
    "digit_comma": _digit_map(lambda c: chr(0x1F101 + ord(c) - 48)),
    "enclosing_square": _digit_map(lambda c: c + "\u20de"),
}


# ---- level forms
PROV_ABBR = {"山东省": "鲁", "广东省": "粤"}
BUREAU = [("粮食和储备", "粮食和储备局"), ("公积金", "公积金中心"), ("市场监管", "市场监管局"), ("发布", "政府新闻办"),
          ("公安", "公安局"), ("税务", "税务局"), ("人社", "人社局"), ("文旅", "文旅局"), ("教育", "教育局"),
          ("检察", "检察院"), ("法院", "人民法院"), ("城管", "城管局"), ("财政", None), ("审计", None),
          ("信访", "信访局"), ("工信", None), ("发改", "发改委"), ("广电", "广电局"), ("监狱", "监狱管理局"),
          ("12345", "12345便民热线"), ("12315", "12315投诉举报"), ("12333", "12333人社热线"), ("12366", "12366纳税服务")]


def _lf_prov_abbr(u, acc):
    """One-character province abbreviation in front of a county, district or town account's name."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "province":
        return []
    return [PROV_ABBR[pl["province"]] + name]


def _lf_prov_abbr_parent(u, acc):
    """Province abbreviation plus the prefecture (county-level units) or the host city (districts, towns)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "province":
        return []
    ab = PROV_ABBR[pl["province"]]
    if u["level"] == "city":
        par = PARENT.get(pl["S"])
        return [ab + par[0] + name] if par and name.startswith(pl["S"]) else []
    par = PARENT.get(pl["S"])
    mid = (par[0] + pl["S"]) if par else pl["S"]
    if name.startswith(pl["DS"]):
        return [ab + mid + name]
    if name.startswith(pl["S"]):
        return [ab + (par[0] if par else "") + name]
    return []


def _lf_bureau_word(u, acc):
    """The department word in its bureau form while the place stays short (审计 -> 审计厅 for provinces)."""
    name = acc["row"]["name"]
    prov = u["level"] == "province"
    for a, b in BUREAU:
        if name.endswith(a):
            if b is None:
                b = a + ("厅" if prov else "局")
            if prov and b.endswith("局") and a in ("公安", "人社", "教育", "文旅"):
                b = a + "厅"
            return [name[: len(name) - len(a)] + b]
    return []


def _lf_town_full(u, acc):
    """Townships: the short town name replaced by the full one (虎门 -> 虎门镇)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or not pl["DF"].endswith(("镇", "街道", "乡")):
        return []
    k = name.find(pl["DS"])
    if k < 0 or name[k:].startswith(pl["DF"]):
        return []
    return [name[:k] + pl["DF"] + name[k + len(pl["DS"]):]]


LEVEL_FORM_FUNCS = {"prov_abbr": _lf_prov_abbr, "prov_abbr_parent": _lf_prov_abbr_parent,
                    "bureau_word": _lf_bureau_word, "town_full": _lf_town_full}


# ---- traditional-form modes
def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _place_span(s, u):
    pl = u["place"].get("DS", u["place"]["S"])
    k = s.find(pl)
    return (k, k + len(pl)) if k >= 0 else None


def _t_second(s, u, r):
    idx = _conv_idx(s)
    return _conv(s, idx[1:2]) if len(idx) >= 2 else None


def _t_head_two(s, u, r):
    idx = _conv_idx(s)
    return _conv(s, idx[:2]) if len(idx) >= 2 else None


def _t_non_place(s, u, r):
    sp = _place_span(s, u)
    idx = [i for i in _conv_idx(s) if not sp or not (sp[0] <= i < sp[1])]
    return _conv(s, idx) if idx else None


def _t_place_all(s, u, r):
    sp = _place_span(s, u)
    if not sp:
        return None
    idx = [i for i in _conv_idx(s) if sp[0] <= i < sp[1]]
    return _conv(s, idx) if idx else None


TRAD_FUNCS = {"second": _t_second, "head_two": _t_head_two, "non_place": _t_non_place, "place_all": _t_place_all}


# ---- image edits
def _oversat(img, rng):
    f = rng.uniform(1.9, 2.6)
    return ImageEnhance.Color(img).enhance(f), f"oversaturated x{f:.2f}"


def _vignette(img, rng):
    w, h = img.size
    y, x = np.mgrid[0:h, 0:w]
    d = np.sqrt(((x - w / 2) / (w / 2)) ** 2 + ((y - h / 2) / (h / 2)) ** 2)
    k = rng.uniform(0.45, 0.65)
    m = np.clip(1 - k * np.clip(d - 0.35, 0, None) ** 1.5, 0.15, 1)[..., None]
    return Image.fromarray(np.clip(np.array(img, float) * m, 0, 255).astype(np.uint8)), f"vignette {k:.2f}"


def _chroma_split(img, rng):
    a = np.array(img)
    s = rng.randint(2, 4)
    out = a.copy()
    out[..., 0] = np.roll(a[..., 0], s, axis=1)
    out[..., 2] = np.roll(a[..., 2], -s, axis=0)
    return Image.fromarray(out), f"chromatic split {s}px"


def _equalize(img, rng):
    return ImageOps.equalize(img), "histogram equalised"


def _filmstrip(img, rng, P):
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"]))
    out = Image.new("RGB", (w, h + 2 * pad), (18, 18, 18))
    out.paste(img, (0, pad))
    d = ImageDraw.Draw(out)
    hole = max(3, pad // 3)
    col = rng.choice(P["border_colours"])
    for x in range(hole, w, 3 * hole):
        d.rectangle([x, pad // 2 - hole // 2, x + hole, pad // 2 + hole // 2], fill=col)
        d.rectangle([x, h + pad + pad // 2 - hole // 2, x + hole, h + pad + pad // 2 + hole // 2], fill=col)
    return out.resize((w, w), Image.LANCZOS), "border filmstrip"


def _striped(img, rng, P):
    w = img.size[0]
    pad = int(w * rng.uniform(*P["border_frac"]))
    W = w + 2 * pad
    c1, c2 = rng.sample(P["border_colours"], 2)
    out = Image.new("RGB", (W, W), c1)
    d = ImageDraw.Draw(out)
    step = max(6, W // 14)
    for k in range(-W, 2 * W, 2 * step):
        d.polygon([(k, 0), (k + step, 0), (k + step - W, W), (k - W, W)], fill=c2)
    out.paste(img, (pad, pad))
    return out, "border striped"


def _bevel(img, rng, P):
    w = img.size[0]
    pad = int(w * rng.uniform(*P["border_frac"]))
    W = w + 2 * pad
    base = np.array(rng.choice(P["border_colours"]), float)
    out = Image.new("RGB", (W, W), tuple(int(c) for c in base))
    d = ImageDraw.Draw(out)
    light = tuple(int(min(255, c * 1.4 + 40)) for c in base)
    dark = tuple(int(c * 0.45) for c in base)
    d.polygon([(0, 0), (W, 0), (W - pad, pad), (pad, pad), (pad, W - pad), (0, W)], fill=light)
    d.polygon([(W, W), (0, W), (pad, W - pad), (W - pad, W - pad), (W - pad, pad), (W, 0)], fill=dark)
    out.paste(img, (pad, pad))
    return out, "border bevel"


def _status_bar(d, S, dark):
    d.rectangle([0, 0, S, int(0.045 * S)], fill=(10, 10, 10) if dark else (245, 245, 245))
    for k in range(3):
        d.rectangle([int(0.78 * S) + k * int(0.05 * S), int(0.012 * S), int(0.81 * S) + k * int(0.05 * S),
                     int(0.033 * S)], fill=(200, 200, 200) if dark else (60, 60, 60))


def _shot_badge(img, rng, P, out_px):
    """A profile-page close-up: round avatar almost filling the crop, a verification badge over its rim."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    x0 = (S - a) // 2 + int(rng.uniform(-0.01, 0.01) * S)
    y0 = S - a - int(0.005 * S)
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, a - 1, a - 1], fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    _status_bar(d, S, False)
    r_ = int(0.085 * S)
    cx, cy = x0 + int(0.84 * a), y0 + int(0.84 * a)
    d.ellipse([cx - r_, cy - r_, cx + r_, cy + r_], fill=(255, 255, 255))
    d.ellipse([cx - r_ + 4, cy - r_ + 4, cx + r_ - 4, cy + r_ - 4], fill=(30, 120, 240))
    d.line([cx - r_ // 2, cy, cx - r_ // 8, cy + r_ // 2, cx + r_ // 2, cy - r_ // 3], fill=(255, 255, 255),
           width=max(2, r_ // 4))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot badge scale {frac:.2f}"


def _shot_live(img, rng, P, out_px):
    """A live-stream entry: the avatar in a gradient ring with a LIVE pill across its lower edge."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (20, 20, 24))
    d = ImageDraw.Draw(canvas)
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    x0 = y0 = (S - a) // 2
    ring = max(3, int(0.012 * S))
    d.ellipse([x0 - ring, y0 - ring, x0 + a + ring, y0 + a + ring], fill=(255, 40, 110))
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse([ring, ring, a - 1 - ring, a - 1 - ring], fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    pw, ph = int(0.3 * S), int(0.09 * S)
    px_, py_ = (S - pw) // 2, y0 + a - ph - int(0.01 * S)
    d.rounded_rectangle([px_, py_, px_ + pw, py_ + ph], radius=ph // 2, fill=(255, 40, 110))
    G._text_center(d, (px_, py_, px_ + pw, py_ + ph), "直播", G.font(int(0.06 * S)), (255, 255, 255))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot live scale {frac:.2f}"


def _shot_zoom(img, rng, P, out_px):
    """A pinch-zoomed screenshot: the avatar enlarged past the crop edge, soft, with a status bar on top."""
    S = 3 * out_px
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    small = img.resize((max(24, a // 3), max(24, a // 3)), Image.BILINEAR).resize((a, a), Image.BICUBIC)
    canvas = Image.new("RGB", (S, S), (250, 250, 250))
    canvas.paste(small, ((S - a) // 2, S - a))
    d = ImageDraw.Draw(canvas)
    _status_bar(d, S, rng.random() < 0.5)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.8))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot zoom scale {frac:.2f}"


EDIT_PARAMS = dict(recolour_funcs={"oversat": _oversat, "vignette": _vignette, "chroma_split": _chroma_split,
                                   "equalize": _equalize},
                   border_funcs={"filmstrip": _filmstrip, "striped": _striped, "bevel": _bevel},
                   screenshot_funcs={"badge": _shot_badge, "live": _shot_live, "zoom": _shot_zoom},
                   resize_px=[97, 105, 117, 131, 148, 166, 183, 199], jpeg_q=(81, 88), crop_frac=(0.275, 0.3),
                   border_styles=["filmstrip", "striped", "bevel"],
                   border_colours=[(255, 215, 0), (70, 130, 180), (178, 34, 34), (154, 205, 50), (25, 25, 112),
                                   (245, 222, 179)],
                   border_frac=(0.305, 0.34), recolour_modes=["oversat", "vignette", "chroma_split", "equalize"],
                   hue_shift=(170, 200), rotate_deg=(18.0, 24.0),
                   watermark_texts=["长按识别", "进群领", "免费咨询", "内部通道", "截图保存"], watermark_alpha=(20, 34),
                   screenshot_styles=["badge", "live", "zoom"], screenshot_scale=(0.91, 0.97))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.1
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "person", "scenery", "cartoon"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}万家便民科技有限公司"), ("personal", "本地热点观察员"), ("other", "{S}同乡联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}内部渠道，免排队办理，联系微信{wx}",
                  "{S}{fn}通知：您有一笔补贴待领取，逾期作废，请加QQ{qq}",
                  "{name}唯一官方渠道，罚单消分、证件补办、资质代办",
                  "{S}{fn}招聘编外人员，报名费200元，详询{wx}",
                  "{S}{fn}提示：医保卡即将停用，请点击主页链接重新激活"]
MAX_PER_TARGET = 6

# Every pair of two tactics is already used by another part, so the pairs here repeat other parts' pairs; the
# triples are new.
IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 32), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 32),
    (["suffix", "emoji_brackets"], 6), (["prefix", "lookalike_char"], 6), (["traditional", "zero_width"], 6),
    (["level_prefix", "spacing"], 5), (["new_platform", "lookalike_char"], 6), (["same_sound", "traditional"], 5),
    (["fullwidth", "spacing"], 4), (["reorder", "suffix"], 5),
    (["fullwidth", "prefix", "zero_width"], 4), (["fullwidth", "same_sound", "suffix"], 4),
    (["fullwidth", "new_platform", "emoji_brackets"], 3), (["reorder", "prefix", "spacing"], 5),
    (["reorder", "lookalike_char", "zero_width"], 5), (["level_prefix", "suffix", "zero_width"], 5),
    (["level_prefix", "lookalike_char", "emoji_brackets"], 5), (["new_platform", "traditional", "suffix"], 5),
    (["new_platform", "same_sound", "emoji_brackets"], 5), (["lookalike_char", "traditional", "prefix"], 4),
    (["same_sound", "spacing", "zero_width"], 4), (["avatar_only", "new_platform"], 4),
]

# ------------------------------------------------------------------ hard negatives
OTHER_PLACES_CHAR = [
    dict(reg="莒县", S="蔚县", F="蔚县", province="河北省", level="county"),
    dict(reg="莒县", S="萧县", F="萧县", province="安徽省", level="county"),
    dict(reg="齐河", S="清河", F="清河县", province="河北省", level="county"),
    dict(reg="宁津", S="天津", F="天津市", province="天津市", depts=["fabu", "police"],
         units={"fabu": "天津市人民政府新闻办公室", "police": "天津市公安局"}),
    dict(reg="武城", S="武功", F="武功县", province="陕西省", level="county"),
    dict(reg="临朐", S="临洮", F="临洮县", province="甘肃省", level="county"),
    dict(reg="桓台", S="桓仁", F="桓仁满族自治县", province="辽宁省", level="county"),
    dict(reg="沂南", S="汝南", F="汝南县", province="河南省", level="county"),
    dict(reg="阳谷", S="阳曲", F="阳曲县", province="山西省", level="county"),
    dict(reg="博兴", S="博爱", F="博爱县", province="河南省", level="county"),
    dict(reg="博兴", S="宜兴", F="宜兴市", province="江苏省", level="county"),
    dict(reg="巨野", S="巨鹿", F="巨鹿县", province="河北省", level="county"),
    dict(reg="东平", S="东宁", F="东宁市", province="黑龙江省", level="county"),
    dict(reg="东平", S="东丰", F="东丰县", province="吉林省", level="county"),
    dict(reg="金乡", S="金寨", F="金寨县", province="安徽省", level="county"),
    dict(reg="金乡", S="金堂", F="金堂县", province="四川省", level="county"),
    dict(reg="英德", S="英山", F="英山县", province="湖北省", level="county"),
    dict(reg="乳源", S="沁源", F="沁源县", province="山西省", level="county"),
    dict(reg="惠来", S="惠水", F="惠水县", province="贵州省", level="county"),
    dict(reg="紫金", S="紫阳", F="紫阳县", province="陕西省", level="county"),
    dict(reg="紫金", S="紫云", F="紫云苗族布依族自治县", province="贵州省", level="county"),
    dict(reg="大埔", S="大足", F="重庆市大足区", province="重庆市", depts=["fabu", "police"],
         units={"fabu": "重庆市大足区人民政府", "police": "重庆市公安局大足区分局"}),
    dict(reg="丰顺", S="丰宁", F="丰宁满族自治县", province="河北省", level="county"),
    dict(reg="丰顺", S="丰都", F="丰都县", province="重庆市", level="county",
         units={"fabu": "重庆市丰都县人民政府", "police": "重庆市丰都县公安局"}),
    dict(reg="新兴", S="新乡", F="新乡市", province="河南省"),
    dict(reg="新兴", S="新化", F="新化县", province="湖南省", level="county"),
    dict(reg="怀集", S="怀柔", F="北京市怀柔区", province="北京市", depts=["fabu", "police"],
         units={"fabu": "北京市怀柔区人民政府", "police": "北京市公安局怀柔分局"}),
    dict(reg="徐闻", S="徐水", F="保定市徐水区", province="河北省", depts=["fabu", "police"],
         units={"fabu": "保定市徐水区人民政府", "police": "保定市公安局徐水区分局"}),
]
OTHER_PLACES_SOUND = [
    dict(reg="宁津", S="宁晋", F="宁晋县", province="河北省", level="county"),
    dict(reg="武城", S="婺城", F="金华市婺城区", province="浙江省", depts=["fabu", "police", "gjj6"],
         units={"fabu": "金华市婺城区人民政府", "police": "金华市公安局婺城分局",
                "gjj6": "金华市住房公积金管理中心婺城分中心"}),
    dict(reg="新兴", S="新星", F="新星市", province="新疆维吾尔自治区", level="county"),
    dict(reg="阳谷", S="阳高", F="阳高县", province="山西省", level="county"),
    dict(reg="惠来", S="怀来", F="怀来县", province="河北省", level="county"),
    dict(reg="汶上", S="文山", F="文山市", province="云南省", level="county"),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("石嘴山", "石嘴山市", "宁夏回族自治区", "police"), ("中卫", "中卫市", "宁夏回族自治区", "fabu"),
    ("武威", "武威市", "甘肃省", "police"), ("白银", "白银市", "甘肃省", "fabu"), ("定西", "定西市", "甘肃省", "procur"),
    ("商洛", "商洛市", "陕西省", "police"), ("铜川", "铜川市", "陕西省", "traffic"), ("延安", "延安市", "陕西省", "fabu"),
    ("安康", "安康市", "陕西省", "court"), ("葫芦岛", "葫芦岛市", "辽宁省", "police"), ("抚顺", "抚顺市", "辽宁省", "fabu"),
    ("铁岭", "铁岭市", "辽宁省", "gov"), ("四平", "四平市", "吉林省", "police"), ("七台河", "七台河市", "黑龙江省", "fabu"),
    ("绥化", "绥化市", "黑龙江省", "police"), ("六安", "六安市", "安徽省", "fabu"), ("宣城", "宣城市", "安徽省", "police"),
    ("阜阳", "阜阳市", "安徽省", "cyber"), ("衢州", "衢州市", "浙江省", "police"), ("宁德", "宁德市", "福建省", "fabu"),
    ("抚州", "抚州市", "江西省", "police"), ("鹤壁", "鹤壁市", "河南省", "fabu"), ("三门峡", "三门峡市", "河南省", "police"),
    ("鄂州", "鄂州市", "湖北省", "traffic"), ("益阳", "益阳市", "湖南省", "fabu"), ("永州", "永州市", "湖南省", "police"),
    ("贵港", "贵港市", "广西壮族自治区", "fabu"), ("崇左", "崇左市", "广西壮族自治区", "police"),
    ("资阳", "资阳市", "四川省", "procur"), ("铜仁", "铜仁市", "贵州省", "police"), ("保山", "保山市", "云南省", "fabu"),
    ("琼海", "琼海市", "海南省", "police"),
]
N_TEMPLATE = 26

# real places outside Shandong/Guangdong (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS} | {"冻平", "全乡", "宜南", "林朐"})

MEDIA = [
    dict(name="莒县融媒", platform="weibo", vtype="media", reason="莒县融媒体中心官方微博", desc="莒县新闻。"),
    dict(name="栖霞广播电视台", platform="douyin", vtype="media", reason="栖霞市广播电视台官方账号", desc="栖霞新闻。"),
    dict(name="齐河融媒", platform="toutiao", vtype="media", reason="齐河县融媒体中心官方账号", desc="齐河新闻。"),
    dict(name="宁津电视台", platform="kuaishou", vtype="media", reason="宁津县融媒体中心官方账号", desc="宁津新闻。"),
    dict(name="武城新闻", platform="wechat", vtype="media", reason="武城县融媒体中心", desc="武城本地新闻。"),
    dict(name="临朐融媒", platform="douyin", vtype="media", reason="临朐县融媒体中心官方账号", desc="临朐新闻。"),
    dict(name="桓台广播电视台", platform="weibo", vtype="media", reason="桓台县广播电视台官方微博", desc="桓台新闻。"),
    dict(name="沂南融媒", platform="toutiao", vtype="media", reason="沂南县融媒体中心官方账号", desc="沂南新闻。"),
    dict(name="阳谷电视台", platform="douyin", vtype="media", reason="阳谷县融媒体中心官方账号", desc="阳谷新闻。"),
    dict(name="博兴融媒", platform="kuaishou", vtype="media", reason="博兴县融媒体中心官方账号", desc="博兴新闻。"),
    dict(name="英德电视台", platform="douyin", vtype="media", reason="英德市融媒体中心官方账号", desc="英德新闻。"),
    dict(name="翁源融媒", platform="wechat", vtype="media", reason="翁源县融媒体中心", desc="翁源本地新闻。"),
    dict(name="紫金融媒", platform="toutiao", vtype="media", reason="紫金县融媒体中心官方账号", desc="紫金新闻。"),
    dict(name="大埔电视台", platform="weibo", vtype="media", reason="大埔县融媒体中心官方微博", desc="大埔新闻。"),
    dict(name="新兴融媒", platform="douyin", vtype="media", reason="新兴县融媒体中心官方账号", desc="新兴新闻。"),
    dict(name="怀集广播电视台", platform="kuaishou", vtype="media", reason="怀集县广播电视台官方账号", desc="怀集新闻。"),
    dict(name="徐闻融媒", platform="wechat", vtype="media", reason="徐闻县融媒体中心", desc="徐闻本地新闻。"),
    dict(name="金羊网", platform="toutiao", vtype="media", reason="羊城晚报报业集团金羊网官方账号",
         desc="广东新闻网站。", logo_text="金羊"),
    dict(name="深圳新闻网", platform="weibo", vtype="media", reason="深圳报业集团深圳新闻网官方微博",
         desc="深圳新闻网站。", logo_text="深新"),
    dict(name="山东画报", platform="wechat", vtype="media", reason="山东画报出版社", desc="山东图片新闻。",
         logo_text="画报"),
    dict(name="鲁南日报", platform="douyin", vtype="media", reason="鲁南日报社官方账号", desc="鲁南新闻。",
         logo_text="鲁南"),
    dict(name="粤北时讯", platform="toutiao", vtype="media", reason="清远日报社官方账号", desc="粤北新闻。",
         logo_text="粤北"),
    dict(name="宁津公安110现场", platform="douyin", vtype="media", reason="宁津县融媒体中心官方账号",
         desc="宁津融媒与县公安局合办的警务纪实栏目。", logo_text="现场"),
    dict(name="英德12345跟踪报道", platform="wechat", vtype="media", reason="英德市融媒体中心",
         desc="英德融媒民生栏目，跟踪热线诉求办理。", logo_text="跟踪"),
    dict(name="山东审计纪实", platform="weibo", vtype="media", reason="山东广播电视台官方微博",
         desc="山东广播电视台法治栏目，讲述审计故事。", logo_text="纪实"),
    dict(name="广东监狱开放日直播", platform="bilibili", vtype="media", reason="南方报业传媒集团官方账号",
         desc="南方+法治频道直播栏目。", logo_text="直播"),
]
PERSONAL = [
    dict(name="莒县辅警小魏", platform="douyin", vtype="personal", reason="莒县公安局辅警", desc="分享防诈骗小知识。"),
    dict(name="桓台儿科王大夫", platform="kuaishou", vtype="personal", reason="桓台某医院儿科医生"),
    dict(name="律师阿杰说法", platform="toutiao", vtype="personal", reason="广东某律师事务所律师"),
    dict(name="财税老周", platform="weibo", vtype="personal", reason="财税从业者", desc="个人观点。"),
    dict(name="退伍兵小孟", platform="douyin", vtype="personal", reason="退役军人 自媒体作者", avatar="cartoon"),
    dict(name="地震科普达人", platform="weibo", vtype="personal", reason="科普博主", avatar="scenery"),
    dict(name="英德红茶姐姐", platform="kuaishou", vtype="personal", reason="茶艺师"),
    dict(name="粮仓保管员日记", platform="bilibili", vtype="personal", reason="生活博主"),
    dict(name="工信行业观察", platform="toutiao", vtype="personal", reason="产业分析师"),
    dict(name="我爱大埔", platform="douyin", avatar="scenery"),
    dict(name="徐闻菠萝妹", platform="kuaishou", avatar="cartoon"),
    dict(name="紫金阿伯", platform="douyin", avatar="default"),
    dict(name="博兴老街记忆", platform="toutiao", avatar="scenery"),
    dict(name="临朐奇石老哥", platform="kuaishou"),
    dict(name="阳谷人在北京", platform="weibo", avatar="cartoon"),
    dict(name="金乡大蒜哥", platform="douyin"),
    dict(name="东平湖渔哥", platform="kuaishou", avatar="scenery"),
    dict(name="始兴小城故事", platform="wechat", avatar="scenery"),
    dict(name="翁源兰花姐", platform="douyin"),
    dict(name="郁南黄皮妹", platform="kuaishou", avatar="cartoon"),
    dict(name="丰顺汤坑人", platform="wechat", avatar="default"),
    dict(name="沂南小伙", platform="kuaishou", avatar="default"),
    dict(name="虎门街坊阿珍", platform="douyin", desc="虎门本地生活分享。", avatar="cartoon"),
    dict(name="跟着齐河公安学反诈", platform="toutiao", vtype="personal", reason="反诈宣传志愿者",
         desc="转发齐河公安的提示，个人账号，非官方。"),
    dict(name="老陈聊广东发改", platform="weibo", vtype="personal", reason="财经博主", desc="个人解读，非官方。"),
    dict(name="山东财政政策解读员", platform="wechat", desc="个人学习笔记，与山东省财政厅无关。"),
]
COMMERCIAL = [
    dict(name="太平洋保险栖霞", platform="douyin", vtype="enterprise", reason="中国太平洋财产保险股份有限公司栖霞支公司",
         desc="车险、农险咨询。", logo_text="太保"),
    dict(name="齐河黄河大米", platform="kuaishou", avatar="default"),
    dict(name="宁津健身器材城", platform="douyin", vtype="enterprise", reason="宁津县健身器材有限公司"),
    dict(name="武城辣椒市场", platform="toutiao", vtype="enterprise", reason="武城县辣椒交易市场有限公司"),
    dict(name="临朐铝型材", platform="kuaishou"),
    dict(name="沂南黄瓜批发", platform="douyin", avatar="default"),
    dict(name="阳谷电缆厂", platform="toutiao", vtype="enterprise", reason="阳谷电缆集团有限公司"),
    dict(name="博兴厨具城", platform="kuaishou"),
    dict(name="巨野书画院", platform="weibo", vtype="enterprise", reason="巨野县书画文化有限公司"),
    dict(name="东平湖鱼馆", platform="douyin", avatar="default"),
    dict(name="金乡大蒜交易网", platform="wechat", vtype="enterprise", reason="金乡县大蒜国际交易市场有限公司"),
    dict(name="汶上芦花鸡", platform="kuaishou"),
    dict(name="英德红茶庄", platform="douyin", vtype="enterprise", reason="英德市红茶茶业有限公司"),
    dict(name="始兴杨梅园", platform="kuaishou", avatar="default"),
    dict(name="乳源瑶绣工坊", platform="wechat", vtype="enterprise", reason="乳源县瑶绣文化有限公司"),
    dict(name="惠来鲍鱼养殖", platform="douyin"),
    dict(name="大埔蜜柚", platform="kuaishou", vtype="enterprise", reason="大埔县蜜柚专业合作社"),
    dict(name="丰顺温泉酒店", platform="weibo", vtype="enterprise", reason="丰顺县汤坑温泉酒店有限公司"),
    dict(name="新兴凉果", platform="douyin", avatar="default"),
    dict(name="怀集燕窝铺", platform="kuaishou"),
    dict(name="徐闻菠萝产地店", platform="douyin", vtype="enterprise", reason="徐闻县菠萝产销有限公司"),
    dict(name="虎门服装批发城", platform="weibo", vtype="enterprise", reason="东莞市虎门服装商贸有限公司"),
    dict(name="小榄五金", platform="toutiao", vtype="enterprise", reason="中山市小榄五金制品有限公司"),
    dict(name="宁津公安局对面早餐店", platform="kuaishou", desc="早餐、包子、豆浆，与公安局无关。"),
    dict(name="广东广电网络营业厅", platform="wechat", vtype="enterprise", reason="广东省广电网络股份有限公司",
         desc="有线电视、宽带业务办理，企业账号。"),
    dict(name="山东粮食和储备物流园", platform="toutiao", vtype="enterprise", reason="山东某粮食物流有限公司",
         desc="仓储物流企业，非政府部门。"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("济南", "济阳", "济阳区", ["court_d"]), ("枣庄", "峄城", "峄城区", ["procur_d"]),
    ("烟台", "莱山", "莱山区", ["edu_d"]), ("潍坊", "坊子", "坊子区", ["court_d"]),
    ("深圳", "光明", "光明区", ["police_d"]), ("肇庆", "鼎湖", "鼎湖区", ["fabu_d"]),
    ("东莞", "常平", "常平镇", ["town_sfs6"]), ("中山", "坦洲", "坦洲镇", ["town_jgs6"]),
    ("东莞", "虎门", "虎门镇", ["town_tyjr6"]), ("英德", "英红", "英红镇", ["town_tyjr6"]),
    ("栖霞", "松山", "松山街道", ["town_sfs6"]), ("大埔", "湖寮", "湖寮镇", ["town_jgs6"]),
    ("徐闻", "徐城", "徐城街道", ["town_tyjr6"]), ("巨野", "麒麟", "麒麟镇", ["town_sfs6"]),
    ("紫金", "紫城", "紫城镇", ["town_jgs6"]), ("沂南", "界湖", "界湖街道", ["town_tyjr6"]),
    ("五莲", "洪凝", "洪凝街道", ["town_sfs6"]),
]
UNREG_CITY = [
    ("莒县", "edu", 0), ("栖霞", "tax", 0), ("齐河", "market", 0), ("宁津", "culture", 0), ("武城", "tax", 0),
    ("临朐", "culture", 0), ("桓台", "tax", 0), ("桓台", "market", 0), ("沂南", "market", 0), ("阳谷", "edu", 0),
    ("博兴", "market", 0), ("巨野", "tax", 0), ("东平", "culture", 0), ("金乡", "market", 0), ("汶上", "tax", 0),
    ("英德", "culture", 0), ("始兴", "tax", 0), ("始兴", "police", 0), ("翁源", "finance6", 0), ("翁源", "market", 0),
    ("乳源", "tax", 0), ("惠来", "culture", 0), ("紫金", "tax", 0), ("大埔", "market", 0), ("丰顺", "culture", 0),
    ("郁南", "tax", 0), ("新兴", "market", 0), ("怀集", "tax", 0), ("徐闻", "culture", 0), ("五莲", "fabu", 0),
    ("夏津", "fabu", 0), ("夏津", "police", 0), ("蕉岭", "fabu", 0), ("阳西", "police", 0), ("南澳", "fabu", 0),
    ("山东", "quake6", 0), ("广东", "letters6", 0),
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
    print("building dev6 ...")
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
