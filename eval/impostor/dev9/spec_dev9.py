"""Ninth dev part (dev9): built blind as the sixth held-out part (2026-12-02), demoted to tuning data in the
eighth session.
Run: python eval/impostor/dev9/spec_dev9.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev7/; the unavoidable reuses are listed in README.intro.md.  Most units belong to a
province that no other part registers (its provincial bodies, county-level units across the whole province and a
few townships), plus a few unused counties and provincial bodies of Shandong and Guangdong.  The registry is
therefore the supervising office's registry for three provinces.  Part-specific machinery (three party and
township unit kinds, three township kinds, level forms, traditional-form modes, digit forms, frame, colour and
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

PART = "dev9"
SEED = 30517
CRAWL_DAY = "2024-12-17"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "cyber8": ("中共{F}委网络安全和信息化委员会办公室", "中共{F}委网络安全和信息化委员会办公室", ["网信{S}", "{S}网信"],
               "globe", None, "发布网络安全和信息化工作动态、网络谣言澄清和违法不良信息举报渠道"),
    "disc8": ("中共{F}纪律检查委员会", "中共{F}纪律检查委员会", ["清廉{S}", "{S}纪检监察"], "scales", None,
              "发布纪检监察工作动态、审查调查信息和廉政教育内容"),
    "youth8": ("共青团{F}委员会", "共青团{F}委员会", ["{S}共青团", "共青团{S}"], "star", None,
               "发布青年工作动态、志愿服务和青少年权益保护信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_dj8": ("中共{F}{DF}委员会", ["{DS}党建", "红色{DS}"], "star", None,
                 "发布镇域党建动态、党员教育和基层治理信息"),
    "town_zl8": ("{F}{DF}社会治理中心", ["{DS}治理", "{DS}矛调中心"], "hands", None,
                 "受理群众诉求，发布矛盾纠纷调解和基层治理信息"),
    "town_jq8": ("{F}{DF}旅游景区管理委员会", ["{DS}景区", "{DS}旅游"], "pagoda", None,
                 "发布景区动态、游览预约和节庆活动信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"cyber8": "网信", "disc8": "纪检监察", "youth8": "共青团", "town_dj8": "党建", "town_zl8": "治理",
               "town_jq8": "景区"}.items():
    G.FN.setdefault(_k, _v)

# county-level cities and counties are built as "city" places; their prefecture is kept here
PARENT = {"桐庐": ("杭州", "杭州市"), "淳安": ("杭州", "杭州市"), "余姚": ("宁波", "宁波市"), "慈溪": ("宁波", "宁波市"),
          "宁海": ("宁波", "宁波市"), "象山": ("宁波", "宁波市"), "瑞安": ("温州", "温州市"), "乐清": ("温州", "温州市"),
          "永嘉": ("温州", "温州市"), "苍南": ("温州", "温州市"), "文成": ("温州", "温州市"), "泰顺": ("温州", "温州市"),
          "龙港": ("温州", "温州市"), "桐乡": ("嘉兴", "嘉兴市"), "海盐": ("嘉兴", "嘉兴市"), "长兴": ("湖州", "湖州市"),
          "安吉": ("湖州", "湖州市"), "嵊州": ("绍兴", "绍兴市"), "新昌": ("绍兴", "绍兴市"), "兰溪": ("金华", "金华市"),
          "义乌": ("金华", "金华市"), "永康": ("金华", "金华市"), "武义": ("金华", "金华市"), "浦江": ("金华", "金华市"),
          "磐安": ("金华", "金华市"), "江山": ("衢州", "衢州市"), "常山": ("衢州", "衢州市"), "开化": ("衢州", "衢州市"),
          "龙游": ("衢州", "衢州市"), "岱山": ("舟山", "舟山市"), "嵊泗": ("舟山", "舟山市"), "温岭": ("台州", "台州市"),
          "玉环": ("台州", "台州市"), "仙居": ("台州", "台州市"), "缙云": ("丽水", "丽水市"), "遂昌": ("丽水", "丽水市"),
          "松阳": ("丽水", "丽水市"), "云和": ("丽水", "丽水市"), "景宁": ("丽水", "丽水市"),
          "临沭": ("临沂", "临沂市"), "庆云": ("德州", "德州市"), "莘县": ("聊城", "聊城市"), "冠县": ("聊城", "聊城市"),
          "兰陵": ("临沂", "临沂市"), "龙门": ("惠州", "惠州市"), "连南": ("清远", "清远市"), "阳山": ("清远", "清远市"),
          "平远": ("梅州", "梅州市"), "和平": ("河源", "河源市")}

# the county seat (town or subdistrict) of each registered county-level unit, used by one level form
SEAT = {"桐庐": "城南", "淳安": "千岛湖", "余姚": "阳明", "慈溪": "浒山", "象山": "丹西", "瑞安": "锦湖",
        "乐清": "乐成", "永嘉": "上塘", "苍南": "灵溪", "桐乡": "梧桐", "海盐": "武原", "长兴": "雉城",
        "安吉": "递铺", "新昌": "南明", "兰溪": "兰江", "义乌": "稠城", "永康": "西城", "武义": "壶山", "浦江": "浦阳",
        "温岭": "城东", "仙居": "安洲", "景宁": "鹤溪", "龙门": "龙城", "连南": "三江"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="浙江", F="浙江省", area="0571", landmark="pagoda", nick="之江",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("cyber8", {"name_idx": 0, "platforms": _3}),
                ("health", {"name_idx": 1, "platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou"]}),
                ("disc8", {"name_idx": 0, "platforms": _2}),
                ("youth8", {"name_idx": 0, "platforms": ["weibo", "wechat", "bilibili"]})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="岭表",
         depts=[("gov", {"name_idx": 1, "avatar": "distinctive", "platforms": _3})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="海岱之间",
         depts=[("disc8", {"name_idx": 1, "platforms": _2})]),
]
CITIES = [
    # ---- county-level units of the new province
    dict(S="桐庐", F="桐庐县", province="浙江省", area="0571", landmark="waves", nick="富春山居",
         depts=["fabu", "police"]),
    dict(S="淳安", F="淳安县", province="浙江省", area="0571", landmark="waves", nick="千岛湖",
         depts=["fabu", ("culture", {"avatar": "distinctive", "platforms": _4})]),
    dict(S="余姚", F="余姚市", province="浙江省", area="0574", landmark="mountain", nick="阳明故里",
         depts=["fabu", "police", ("hotline", {"platforms": _3})]),
    dict(S="慈溪", F="慈溪市", province="浙江省", area="0574", landmark="bridge", nick="慈孝之城",
         depts=["fabu", "police", ("market", {"platforms": _3})]),
    dict(S="象山", F="象山县", province="浙江省", area="0574", landmark="pier", nick="半岛渔乡",
         depts=["fabu", "police"], districts=[dict(DS="石浦", DF="石浦镇", depts=["town_jq8"])]),
    dict(S="瑞安", F="瑞安市", province="浙江省", area="0577", landmark="tower", nick="玉海",
         depts=["fabu", "police", ("hotline", {"platforms": _4})]),
    dict(S="乐清", F="乐清市", province="浙江省", area="0577", landmark="mountain", nick="雁荡山",
         depts=["fabu", "police", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})],
         districts=[dict(DS="柳市", DF="柳市镇", depts=["town_zl8"])]),
    dict(S="永嘉", F="永嘉县", province="浙江省", area="0577", landmark="waves", nick="楠溪江",
         depts=["fabu", ("culture", {"avatar": "distinctive"})]),
    dict(S="苍南", F="苍南县", province="浙江省", area="0577", landmark="lighthouse", nick="矾都",
         depts=["fabu", "police"], districts=[dict(DS="灵溪", DF="灵溪镇", depts=["town_zl8"])]),
    dict(S="泰顺", F="泰顺县", province="浙江省", area="0577", landmark="bridge", nick="廊桥之乡", depts=["fabu"]),
    dict(S="桐乡", F="桐乡市", province="浙江省", area="0573", landmark="pagoda", nick="菊乡",
         depts=["fabu", "police"], districts=[dict(DS="濮院", DF="濮院镇", depts=["town_dj8"])]),
    dict(S="海盐", F="海盐县", province="浙江省", area="0573", landmark="sun", nick="秦山",
         depts=["fabu", "police"]),
    dict(S="长兴", F="长兴县", province="浙江省", area="0572", landmark="waves", nick="顾渚",
         depts=["fabu", "police", ("hotline", {"platforms": _3})]),
    dict(S="安吉", F="安吉县", province="浙江省", area="0572", landmark="mountain", nick="余村",
         depts=["fabu", ("culture", {"avatar": "distinctive"}), ("cyber8", {"name_idx": 1})],
         districts=[dict(DS="天荒坪", DF="天荒坪镇", depts=["town_jq8"])]),
    dict(S="新昌", F="新昌县", province="浙江省", area="0575", landmark="mountain", nick="天姥山",
         depts=["fabu", "police"]),
    dict(S="兰溪", F="兰溪市", province="浙江省", area="0579", landmark="pier", nick="兰江古埠",
         depts=["fabu", "police", ("culture", {"avatar": "distinctive"})]),
    dict(S="义乌", F="义乌市", province="浙江省", area="0579", landmark="skyline", nick="鸡毛换糖",
         depts=["fabu", ("police", {"platforms": _4}), ("hotline", {"platforms": _4}), "market",
                ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})],
         districts=[dict(DS="佛堂", DF="佛堂镇", depts=["town_dj8"])]),
    dict(S="永康", F="永康市", province="浙江省", area="0579", landmark="skyline", nick="方岩",
         depts=["fabu", "police"]),
    dict(S="武义", F="武义县", province="浙江省", area="0579", landmark="sun", nick="温泉城",
         depts=["fabu", "police"]),
    dict(S="浦江", F="浦江县", province="浙江省", area="0579", landmark="mountain", nick="仙华", depts=["fabu"]),
    dict(S="温岭", F="温岭市", province="浙江省", area="0576", landmark="sun", nick="千年曙光",
         depts=["fabu", "police", ("hotline", {"platforms": _3})]),
    dict(S="仙居", F="仙居县", province="浙江省", area="0576", landmark="mountain", nick="神仙居",
         depts=["fabu", ("culture", {"avatar": "distinctive"})]),
    dict(S="景宁", F="景宁畲族自治县", province="浙江省", area="0578", landmark="mountain", nick="畲乡",
         depts=["fabu", ("culture", {"avatar": "distinctive"})]),
    # ---- unused counties of Shandong and Guangdong
    dict(S="临沭", F="临沭县", province="山东省", area="0539", landmark="waves", nick="柳编之乡",
         depts=["fabu", "police"]),
    dict(S="庆云", F="庆云县", province="山东省", area="0534", landmark="pagoda", nick="金山寺", depts=["fabu"]),
    dict(S="龙门", F="龙门县", province="广东省", area="0752", landmark="mountain", nick="南昆山", depts=["fabu"]),
    dict(S="连南", F="连南瑶族自治县", province="广东省", area="0763", landmark="mountain", nick="千年瑶寨",
         depts=["fabu"]),
    # ---- places that only have unregistered units here
    dict(S="宁海", F="宁海县", province="浙江省", area="0574", landmark="mountain", nick="十里红妆", depts=[]),
    dict(S="龙港", F="龙港市", province="浙江省", area="0577", landmark="skyline", nick="农民城", depts=[]),
    dict(S="文成", F="文成县", province="浙江省", area="0577", landmark="waves", nick="刘基故里", depts=[]),
    dict(S="嵊州", F="嵊州市", province="浙江省", area="0575", landmark="pagoda", nick="越剧故里", depts=[]),
    dict(S="磐安", F="磐安县", province="浙江省", area="0579", landmark="mountain", nick="浙八味", depts=[]),
    dict(S="江山", F="江山市", province="浙江省", area="0570", landmark="mountain", nick="江郎山", depts=[]),
    dict(S="常山", F="常山县", province="浙江省", area="0570", landmark="sun", nick="胡柚", depts=[]),
    dict(S="开化", F="开化县", province="浙江省", area="0570", landmark="waves", nick="钱江源", depts=[]),
    dict(S="龙游", F="龙游县", province="浙江省", area="0570", landmark="pagoda", nick="姑蔑", depts=[]),
    dict(S="岱山", F="岱山县", province="浙江省", area="0580", landmark="pier", nick="渔都", depts=[]),
    dict(S="嵊泗", F="嵊泗县", province="浙江省", area="0580", landmark="lighthouse", nick="列岛", depts=[]),
    dict(S="玉环", F="玉环市", province="浙江省", area="0576", landmark="bridge", nick="漩门湾", depts=[]),
    dict(S="缙云", F="缙云县", province="浙江省", area="0578", landmark="mountain", nick="仙都", depts=[]),
    dict(S="遂昌", F="遂昌县", province="浙江省", area="0578", landmark="mountain", nick="汤公", depts=[]),
    dict(S="松阳", F="松阳县", province="浙江省", area="0578", landmark="sun", nick="古村落", depts=[]),
    dict(S="云和", F="云和县", province="浙江省", area="0578", landmark="mountain", nick="梯田", depts=[]),
    dict(S="莘县", F="莘县", province="山东省", area="0635", landmark="sun", nick="瓜菜", depts=[]),
    dict(S="冠县", F="冠县", province="山东省", area="0635", landmark="sun", nick="梨园", depts=[]),
    dict(S="兰陵", F="兰陵县", province="山东省", area="0539", landmark="mountain", nick="荀子", depts=[]),
    dict(S="阳山", F="阳山县", province="广东省", area="0763", landmark="mountain", nick="贤令山", depts=[]),
    dict(S="平远", F="平远县", province="广东省", area="0753", landmark="mountain", nick="五指石", depts=[]),
    dict(S="和平", F="和平县", province="广东省", area="0762", landmark="waves", nick="猕猴桃", depts=[]),
]

RENAME_SHARE = 0.065


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    opts = []
    if u["dept"] == "police" and name == S + "公安":
        opts.append(S + "市公安" if pl["F"].endswith("市") else S + "县公安")
    if u["dept"] == "fabu" and name == S + "发布":
        opts.append("发布" + S if u["level"] == "province" else S + "新闻发布")
    if u["dept"] == "hotline" and name == S + "12345":
        opts.append(S + "12345热线")
    if u["dept"] == "culture" and name == S + "文旅":
        opts.append(S + "文旅体")
    if u["dept"] == "cyber8" and name.startswith("网信"):
        opts.append(name[2:] + "网信办")
    if u["dept"] == "market" and name == S + "市场监管":
        opts.append(S + "市监局")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["专线", "工作站", "服务群", "政策解读", "投诉通道", "办证处", "专区", "福利社", "在这里", "小秘书", "公告栏",
            "通讯站"]
PREFIXES = ["聚焦", "直击", "实时", "每日", "快报", "金牌", "官号", "☆", "优选"]
# one stroke or one component away, variant forms and radical code points; no pair is used by another part
LOOKALIKE = {
    "浙": ["淅"], "江": ["红"], "桐": ["铜"], "庐": ["户"], "淳": ["谆"], "安": ["妥"], "余": ["佘"], "姚": ["桃"], "慈": ["滋"],
    "溪": ["蹊"], "象": ["潒"], "瑞": ["端"], "清": ["倩"], "永": ["氷"], "嘉": ["熹"], "苍": ["仓"], "泰": ["恭"], "顺": ["顽"],
    "海": ["侮"], "盐": ["盈"], "长": ["⻓"], "吉": ["古"], "新": ["靳"], "昌": ["晶"], "义": ["叉"], "乌": ["鸟"], "康": ["慷"],
    "武": ["式"], "浦": ["捕"], "温": ["湿"], "岭": ["呤"], "仙": ["仚"], "居": ["届"], "景": ["影"], "沭": ["述"], "庆": ["庄"],
    "云": ["坛"], "龙": ["⻰"], "门": ["闪"], "石": ["⽯"], "柳": ["栁"], "灵": ["炅"], "濮": ["璞"], "天": ["夫"], "坪": ["评"],
    "佛": ["沸"], "发": ["叏"], "公": ["讼"], "网": ["⺲"], "信": ["伩"], "健": ["毽"], "税": ["蜕"], "廉": ["濂"], "纪": ["记"],
    "检": ["硷"], "察": ["詧"], "共": ["其"], "青": ["責"], "团": ["困"], "党": ["尝"], "红": ["缸"], "色": ["⾊"], "治": ["洽"],
    "理": ["浬"], "警": ["驚"], "场": ["疡"], "区": ["叵"],
}
# identical toneless pinyin; no pair is used by another part in either table
SAME_SOUND = {
    "浙": ["柘"], "江": ["缰"], "桐": ["潼"], "庐": ["鲈"], "淳": ["醇"], "安": ["铵"], "余": ["瑜"], "姚": ["窑"], "慈": ["瓷"],
    "溪": ["犀"], "象": ["湘"], "山": ["舢"], "瑞": ["蕊"], "清": ["卿"], "永": ["咏"], "嘉": ["珈"], "苍": ["舱"], "南": ["赧"],
    "泰": ["钛"], "顺": ["瞬"], "乡": ["湘"], "海": ["醢"], "盐": ["沿"], "兴": ["猩"], "吉": ["极"], "新": ["芯"], "昌": ["菖"],
    "兰": ["澜"], "义": ["亿"], "乌": ["巫"], "康": ["亢"], "武": ["伍"], "浦": ["圃"], "温": ["雯"], "岭": ["领"], "仙": ["鲜"],
    "居": ["驹"], "景": ["境"], "宁": ["狞"], "临": ["琳"], "沭": ["殊"], "庆": ["磬"], "云": ["耘"], "龙": ["笼"], "连": ["联"],
    "石": ["拾"], "柳": ["浏"], "市": ["释"], "灵": ["羚"], "濮": ["葡"], "院": ["媛"], "天": ["添"], "荒": ["凰"], "坪": ["萍"],
    "堂": ["塘"], "发": ["垡"], "布": ["瓿"], "公": ["觥"], "网": ["汪"], "信": ["鑫"], "健": ["鉴"], "务": ["晤"], "文": ["玟"],
    "旅": ["屡"], "廉": ["怜"], "纪": ["迹"], "检": ["拣"], "监": ["缄"], "察": ["搽"], "共": ["贡"], "青": ["蜻"], "团": ["抟"],
    "党": ["宕"], "建": ["涧"], "红": ["泓"], "治": ["秩"], "理": ["鲤"], "政": ["铮"], "警": ["阱"], "交": ["跤"], "区": ["驱"],
    "场": ["氅"], "色": ["瑟"], "东": ["鸫"],
}
TRAD_MODES = ["twp", "penultimate", "every_third"]
# every Unicode space separator, the blank-looking letters and the other whitespace controls are used by the other
# parts: this part uses the two whitespace controls left (line feed, carriage return)
SPACES = ["\n", "\r"]
DOUBLE_SPACE_P = 0.08
ZERO_WIDTH = ["\ufe02", "\ufe08", "\U000e0107", "\U000e01ef", "\U000e0001", "\U000e0077", "\U0001bca2",
              "\U0001d173", "\U0001d179", "\ufff9"]
EMOJI = ["🏢", "🔵", "📯", "🌸", "👍", "🐼", "🎀", "💎", "🌊", "🗞"]
BRACKETS = [("⸂", "⸃"), ("⸄", "⸅"), ("⸜", "⸝"), ("⸠", "⸡"), ("⦋", "⦌"), ("⦍", "⦎"), ("⁽", "⁾"), ("₍", "₎"),
            ("⟅", "⟆"), ("⸉", "⸊")]
FULLWIDTH_MODES = ["double_underline", "short_stroke", "dot_below", "financial", "suzhou"]
LEVEL_FORMS = ["wrong_bureau", "national_prefix", "county_seat"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警情速报", "{nick}守护人", "{S}反诈哨兵"],
    "fabu": ["{S}今日关注", "{nick}资讯台", "{S}官方消息"],
    "hotline": ["{S}诉求受理", "{nick}民情热线"],
    "market": ["{S}消费投诉", "{nick}放心市场"],
    "tax": ["{S}社保费缴纳", "{nick}税务小管家"],
    "culture": ["{nick}旅行记", "{S}景点预约", "{nick}文化之旅"],
    "health": ["{S}医院挂号", "{nick}健康小屋"],
    "cyber8": ["{S}网络举报", "{nick}清朗空间"],
    "disc8": ["{S}廉政广角", "{nick}正风肃纪"],
    "youth8": ["{S}青年之声", "{nick}志愿汇"],
    "gov": ["{S}政府公报", "{nick}营商环境"],
    "town_dj8": ["{S}先锋"],
    "town_zl8": ["{S}调解员"],
    "town_jq8": ["{S}游客中心"],
    "generic": ["{S}办事直通", "{nick}邻里帮", "{S}民生热线"],
}


# ---- digit forms (the registered digit names are 12345 and 12366)
def _digit_map(f):
    return lambda s: "".join(f(c) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "double_underline": _digit_map(lambda c: c + "\u0333"),
    "short_stroke": _digit_map(lambda c: c + "\u0335"),
    "dot_below": _digit_map(lambda c: c + "\u0323"),
    "financial": _digit_map(lambda c: "零壹贰叁肆伍陆柒捌玖"[ord(c) - 48]),
    "suzhou": _digit_map(lambda c: "〇〡〢〣〤〥〦〧〨〩"[ord(c) - 48]),
}


# ---- level forms
_WRONG = [("公安", {"province": "公安局", "city": "公安厅"}), ("文旅", {"province": "文旅局", "city": "文旅厅"}),
          ("税务", {"province": "税务分局", "city": "税务总局"}), ("市场监管", {"city": "市场监管厅"}),
          ("网信", {"city": "网信委"})]


def _lf_wrong_bureau(u, acc):
    """The department word with the bureau word of another level: a county's 公安厅 or 税务总局, a province's
    公安局 or 文旅局."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "district":
        return []
    own = pl["S"]
    out = []
    for word, tails in _WRONG:
        tail = tails.get(u["level"])
        if tail and name == own + word:
            out.append(own + tail)
    return out


_NATIONAL = {"tax": "国家税务总局", "market": "国家市场监管总局", "cyber8": "国家网信办"}


def _lf_national_prefix(u, acc):
    """The national body of a vertically led system in front of the local account's name."""
    pre = _NATIONAL.get(u["dept"])
    name = acc["row"]["name"]
    if not pre or name.isdigit():
        return []
    return [pre + name]


def _lf_county_seat(u, acc):
    """A lower level: the county seat's town or subdistrict put after the county's name (义乌稠城-style)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city":
        return []
    seat = SEAT.get(pl["S"])
    if not seat or seat == pl["S"] or not name.startswith(pl["S"]):
        return []
    return [pl["S"] + seat + name[len(pl["S"]):]]


LEVEL_FORM_FUNCS = {"wrong_bureau": _lf_wrong_bureau, "national_prefix": _lf_national_prefix,
                    "county_seat": _lf_county_seat}


# ---- traditional-form modes
_S2TWP = opencc.OpenCC("s2twp")


def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _t_twp(s, u, r):
    """The whole name through the Taiwan-phrase converter (character by character, so lengths stay equal)."""
    out = "".join(_S2TWP.convert(c) for c in s)
    return out if out != s else None


def _t_penultimate(s, u, r):
    """The second-to-last convertible character."""
    idx = _conv_idx(s)
    return _conv(s, idx[-2:-1]) if len(idx) >= 2 else None


def _t_every_third(s, u, r):
    """Convertible characters 1, 4, 7 ... (only when there are at least two)."""
    idx = _conv_idx(s)
    return _conv(s, idx[0::3]) if len(idx) >= 2 else None


TRAD_FUNCS = {"twp": _t_twp, "penultimate": _t_penultimate, "every_third": _t_every_third}


# ---- image edits
def _hue_nudge(img, rng):
    hsv = np.array(img.convert("HSV"), dtype=np.int16)
    shift = rng.randint(*EDIT_PARAMS["hue_shift"])
    hsv[..., 0] = (hsv[..., 0] + shift) % 256
    return Image.fromarray(hsv.astype(np.uint8), "HSV").convert("RGB"), f"hue +{shift}/256"


def _night_shift(img, rng):
    """A phone's night mode captured in a screenshot: blue cut, red and green kept."""
    k = rng.uniform(0.55, 0.7)
    a = np.array(img, float) * np.array([1.0, rng.uniform(0.86, 0.93), k])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"night shift blue x{k:.2f}"


def _levels(img, rng):
    lo, hi = rng.randint(38, 55), rng.randint(196, 215)
    a = (np.array(img, float) - lo) * 255.0 / (hi - lo)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"levels {lo}-{hi}"


def _cross_process(img, rng):
    a = np.array(img, float) / 255.0
    s = rng.uniform(5.5, 7.5)
    r_ = 1 / (1 + np.exp(-s * (a[..., 0] - 0.5)))
    b_ = 0.12 + 0.76 * a[..., 2]
    out = np.stack([r_, a[..., 1] ** 0.85, b_], -1) * 255
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"cross process s{s:.1f}"


def _flag_ring(img, rng, P):
    """A holiday avatar frame: red ring with gold stars over the picture's rim, round crop."""
    w = img.size[0]
    pad = max(3, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), (255, 255, 255))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    d = ImageDraw.Draw(out)
    col = rng.choice(P["border_colours"])
    d.ellipse([pad // 2, pad // 2, W - pad // 2, W - pad // 2], outline=col, width=2 * pad)
    for k in range(5):
        a = np.radians(-150 + k * 30)
        G._star(d, W / 2 + (W / 2 - pad) * np.cos(a), W / 2 + (W / 2 - pad) * np.sin(a), pad * 0.9, (250, 210, 60))
    return out, "border flag ring"


def _ribbon(img, rng, P):
    """A thin margin and a diagonal sash across the top-left corner."""
    w = img.size[0]
    pad = max(2, int(w * rng.uniform(*P["border_frac"])))
    out = ImageOps.expand(img, border=pad, fill=(245, 245, 245))
    W = out.size[0]
    d = ImageDraw.Draw(out)
    col = rng.choice(P["border_colours"])
    b = int(W * 0.2)
    d.polygon([(0, b), (b, 0), (b + 3 * pad, 0), (0, b + 3 * pad)], fill=col)
    return out, "border ribbon"


def _neon(img, rng, P):
    """A glowing coloured outline round the picture."""
    w = img.size[0]
    pad = max(3, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    col = rng.choice(P["border_colours"])
    glow = Image.new("RGB", (W, W), (20, 20, 26))
    ImageDraw.Draw(glow).rectangle([pad // 2, pad // 2, W - pad // 2, W - pad // 2], outline=col, width=pad)
    glow = glow.filter(ImageFilter.GaussianBlur(pad / 2))
    glow.paste(img, (pad, pad))
    return glow, "border neon"


def _shot_viewer(img, rng, P, out_px):
    """The full-screen avatar viewer: the picture fills the width, a status bar and a caption over it."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (0, 0, 0))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), ((S - a) // 2, (S - a) // 2))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.045 * S)], fill=(0, 0, 0))
    d.rectangle([int(0.04 * S), int(0.012 * S), int(0.16 * S), int(0.03 * S)], fill=(230, 230, 230))
    d.rectangle([int(0.82 * S), int(0.012 * S), int(0.95 * S), int(0.03 * S)], fill=(230, 230, 230))
    d.rectangle([int(0.3 * S), int(0.94 * S), int(0.7 * S), int(0.965 * S)], fill=(90, 90, 90))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot viewer scale {a / S:.3f}"


def _shot_edit(img, rng, P, out_px):
    """The profile-edit page: the avatar nearly filling the crop, a camera badge at its lower right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (246, 246, 248))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), ((S - a) // 2, (S - a) // 2))
    d = ImageDraw.Draw(canvas)
    r = int(0.09 * S)
    cx, cy = int(0.84 * S), int(0.84 * S)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(60, 60, 60), outline=(255, 255, 255), width=4)
    d.rectangle([cx - r // 2, cy - r // 3, cx + r // 2, cy + r // 3], fill=(240, 240, 240))
    d.ellipse([cx - r // 5, cy - r // 5, cx + r // 5, cy + r // 5], fill=(60, 60, 60))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.4))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot edit-page scale {a / S:.3f}"


def _shot_share(img, rng, P, out_px):
    """A shared-image preview: the avatar almost full, a translucent bottom sheet over its lower part."""
    S = 3 * out_px
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas = Image.new("RGB", (S, S), (30, 30, 30))
    canvas.paste(img.resize((a, a), Image.BILINEAR), ((S - a) // 2, (S - a) // 2))
    sheet = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    ImageDraw.Draw(sheet).rounded_rectangle([0, int(0.83 * S), S, S + 20], radius=int(0.04 * S),
                                            fill=(250, 250, 250, 205))
    canvas = Image.alpha_composite(canvas.convert("RGBA"), sheet).convert("RGB")
    d = ImageDraw.Draw(canvas)
    for k in range(4):
        x = int((0.12 + 0.22 * k) * S)
        d.ellipse([x - int(0.04 * S), int(0.87 * S), x + int(0.04 * S), int(0.95 * S)],
                  fill=[(7, 193, 96), (40, 120, 230), (230, 60, 60), (250, 180, 0)][k])
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.45))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot share-sheet scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"hue_nudge": _hue_nudge, "night_shift": _night_shift, "levels": _levels,
                                   "cross_process": _cross_process},
                   border_funcs={"flag_ring": _flag_ring, "ribbon": _ribbon, "neon": _neon},
                   screenshot_funcs={"viewer": _shot_viewer, "edit_page": _shot_edit, "share": _shot_share},
                   resize_px=[102, 118, 134, 153, 162, 174, 185, 197], jpeg_q=(91, 95), crop_frac=(0.302, 0.322),
                   border_styles=["flag_ring", "ribbon", "neon"],
                   border_colours=[(230, 0, 18), (255, 127, 80), (0, 191, 255), (148, 0, 211), (34, 139, 34),
                                   (184, 134, 11)],
                   border_frac=(0.0455, 0.0495),
                   recolour_modes=["hue_nudge", "night_shift", "levels", "cross_process"],
                   hue_shift=(246, 253), rotate_deg=(24.5, 31.0),
                   watermark_texts=["认准本号", "政务专线", "一键办理", "添加好友", "便民热线号"],
                   watermark_alpha=(8, 19),
                   screenshot_styles=["viewer", "edit_page", "share"], screenshot_scale=(0.972, 0.995))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.1
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "logo", "person"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}便民通数字服务有限公司"), ("personal", "政务热点搬运工"),
                     ("other", "{S}在外商会")]
IMPOSTOR_DESCS = ["{S}{fn}线上代办，材料齐全当天出证，加微信{wx}",
                  "【{S}{fn}】您的社保卡已冻结，请添加QQ{qq}办理解冻",
                  "{name}官方合作渠道：落户积分、学区名额、车牌指标，私信咨询",
                  "{S}{fn}志愿者招募，缴纳保证金后安排岗位，联系{wx}",
                  "{S}{fn}消费券今日发放，点击主页链接登记身份证号领取"]
MAX_PER_TARGET = 6

# Every pair of two tactics is already used by another part, so this part has no two-tactic combination; its 26
# three-tactic combinations are new (none of them occurs in dev/ ... dev7/).
IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 30), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 36),
    (["reorder", "lookalike_char", "fullwidth"], 4), (["fullwidth", "level_prefix", "new_platform"], 4),
    (["traditional", "spacing", "fullwidth"], 4), (["prefix", "traditional", "fullwidth"], 4),
    (["spacing", "zero_width", "new_platform"], 4), (["lookalike_char", "spacing", "zero_width"], 4),
    (["spacing", "zero_width", "level_prefix"], 4), (["same_sound", "traditional", "new_platform"], 4),
    (["suffix", "lookalike_char", "emoji_brackets"], 4), (["suffix", "prefix", "reorder"], 4),
    (["reorder", "emoji_brackets", "new_platform"], 4), (["lookalike_char", "same_sound", "level_prefix"], 4),
    (["suffix", "lookalike_char", "traditional"], 4), (["reorder", "spacing", "zero_width"], 4),
    (["suffix", "reorder", "new_platform"], 4), (["same_sound", "traditional", "level_prefix"], 4),
    (["reorder", "zero_width", "emoji_brackets"], 4), (["prefix", "emoji_brackets", "new_platform"], 4),
    (["prefix", "traditional", "emoji_brackets"], 4), (["suffix", "same_sound", "level_prefix"], 4),
    (["prefix", "same_sound", "new_platform"], 4), (["reorder", "lookalike_char", "spacing"], 4),
    (["prefix", "lookalike_char", "same_sound"], 4), (["same_sound", "traditional", "emoji_brackets"], 4),
    (["suffix", "prefix", "same_sound"], 4), (["reorder", "traditional", "spacing"], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
OTHER_PLACES_CHAR = [
    dict(reg="桐庐", S="桐柏", F="桐柏县", province="河南省", level=_C),
    dict(reg="淳安", S="淳化", F="淳化县", province="陕西省", level=_C),
    dict(reg="余姚", S="余庆", F="余庆县", province="贵州省", level=_C),
    dict(reg="慈溪", S="慈利", F="慈利县", province="湖南省", level=_C),
    dict(reg="象山", S="象州", F="象州县", province="广西壮族自治区", level=_C),
    dict(reg="瑞安", S="瑞金", F="瑞金市", province="江西省", level=_C),
    dict(reg="乐清", S="乐亭", F="乐亭县", province="河北省", level=_C),
    dict(reg="永嘉", S="永济", F="永济市", province="山西省", level=_C),
    dict(reg="苍南", S="苍溪", F="苍溪县", province="四川省", level=_C),
    dict(reg="泰顺", S="泰和", F="泰和县", province="江西省", level=_C),
    dict(reg="桐乡", S="桐城", F="桐城市", province="安徽省", level=_C),
    dict(reg="海盐", S="海原", F="海原县", province="宁夏回族自治区", level=_C),
    dict(reg="长兴", S="长丰", F="长丰县", province="安徽省", level=_C),
    dict(reg="安吉", S="安岳", F="安岳县", province="四川省", level=_C),
    dict(reg="新昌", S="新蔡", F="新蔡县", province="河南省", level=_C),
    dict(reg="兰溪", S="兰考", F="兰考县", province="河南省", level=_C),
    dict(reg="义乌", S="义马", F="义马市", province="河南省", level=_C),
    dict(reg="永康", S="永靖", F="永靖县", province="甘肃省", level=_C),
    dict(reg="武义", S="武宁", F="武宁县", province="江西省", level=_C),
    dict(reg="浦江", S="浦城", F="浦城县", province="福建省", level=_C),
    dict(reg="温岭", S="温县", F="温县", province="河南省", level=_C),
    dict(reg="仙居", S="仙游", F="仙游县", province="福建省", level=_C),
    dict(reg="景宁", S="景东", F="景东彝族自治县", province="云南省", level=_C),
    dict(reg="临沭", S="临潭", F="临潭县", province="甘肃省", level=_C),
    dict(reg="庆云", S="庆安", F="庆安县", province="黑龙江省", level=_C),
    dict(reg="龙门", S="龙陵", F="龙陵县", province="云南省", level=_C),
    dict(reg="连南", S="连城", F="连城县", province="福建省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="兰溪", S="兰西", F="兰西县", province="黑龙江省", level=_C),
    dict(reg="景宁", S="静宁", F="静宁县", province="甘肃省", level=_C),
    dict(reg="海盐", S="海晏", F="海晏县", province="青海省", level=_C),
    dict(reg="义乌", S="伊吾", F="伊吾县", province="新疆维吾尔自治区", level=_C),
    dict(reg="武义", S="武邑", F="武邑县", province="河北省", level=_C),
    dict(reg="浦江", S="蒲江", F="蒲江县", province="四川省", level=_C),
    dict(reg="永康", S="永昌", F="永昌县", province="甘肃省", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("阿拉善", "阿拉善盟", "内蒙古自治区", "police"), ("那曲", "那曲市", "西藏自治区", "fabu"),
    ("朝阳", "朝阳市", "辽宁省", "police"), ("延边", "延边朝鲜族自治州", "吉林省", "police"),
    ("阿里", "阿里地区", "西藏自治区", "police"), ("湘西", "湘西土家族苗族自治州", "湖南省", "police"),
    ("三沙", "三沙市", "海南省", "fabu"), ("五指山", "五指山市", "海南省", "police"),
    ("万州", "重庆市万州区", "重庆市", "fabu"), ("永川", "重庆市永川区", "重庆市", "procur"),
    ("阿坝", "阿坝藏族羌族自治州", "四川省", "police"), ("甘孜", "甘孜藏族自治州", "四川省", "fabu"),
    ("贵阳", "贵阳市", "贵州省", "police"), ("黔东南", "黔东南苗族侗族自治州", "贵州省", "fabu"),
    ("西双版纳", "西双版纳傣族自治州", "云南省", "police"), ("果洛", "果洛藏族自治州", "青海省", "fabu"),
    ("迪庆", "迪庆藏族自治州", "云南省", "court"), ("昌都", "昌都市", "西藏自治区", "police"),
    ("黔西南", "黔西南布依族苗族自治州", "贵州省", "police"), ("博尔塔拉", "博尔塔拉蒙古自治州", "新疆维吾尔自治区", "fabu"),
    ("兰州", "兰州市", "甘肃省", "traffic"), ("阿勒泰", "阿勒泰地区", "新疆维吾尔自治区", "police"),
    ("海东", "海东市", "青海省", "procur"), ("东方", "东方市", "海南省", "police"),
    ("喀什", "喀什地区", "新疆维吾尔自治区", "police"), ("阿克苏", "阿克苏地区", "新疆维吾尔自治区", "fabu"),
    ("伊犁", "伊犁哈萨克自治州", "新疆维吾尔自治区", "police"), ("和田", "和田地区", "新疆维吾尔自治区", "gov"),
    ("塔城", "塔城地区", "新疆维吾尔自治区", "procur"), ("江津", "重庆市江津区", "重庆市", "police"),
    ("黔南", "黔南布依族苗族自治州", "贵州省", "court"), ("合川", "重庆市合川区", "重庆市", "fabu"),
    ("黔江", "重庆市黔江区", "重庆市", "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="钱江晚报", platform="weibo", vtype="media", reason="浙江日报报业集团钱江晚报官方微博",
         desc="浙江新闻。", logo_text="钱江"),
    dict(name="都市快报", platform="wechat", vtype="media", reason="杭州日报报业集团都市快报", desc="杭州都市新闻。",
         logo_text="快报"),
    dict(name="浙江日报", platform="douyin", vtype="media", reason="浙江日报官方账号", desc="浙江新闻。", logo_text="浙报"),
    dict(name="潮新闻", platform="toutiao", vtype="media", reason="浙江日报报业集团潮新闻客户端官方账号",
         desc="浙江新闻客户端。", logo_text="潮"),
    dict(name="天目新闻", platform="douyin", vtype="media", reason="杭州日报报业集团天目新闻官方账号", desc="新闻资讯。",
         logo_text="天目"),
    dict(name="浙江之声", platform="weibo", vtype="media", reason="浙江广播电视集团浙江之声官方微博",
         desc="浙江新闻广播。", logo_text="之声"),
    dict(name="1818黄金眼", platform="douyin", vtype="media", reason="浙江广电集团民生休闲频道官方账号",
         desc="民生新闻栏目。", logo_text="1818"),
    dict(name="温州都市报", platform="wechat", vtype="media", reason="温州日报报业集团", desc="温州新闻。",
         logo_text="温都"),
    dict(name="义乌商报", platform="weibo", vtype="media", reason="义乌市融媒体中心官方微博", desc="义乌新闻。"),
    dict(name="慈溪日报", platform="wechat", vtype="media", reason="慈溪市融媒体中心", desc="慈溪新闻。"),
    dict(name="余姚日报", platform="toutiao", vtype="media", reason="余姚市融媒体中心官方账号", desc="余姚新闻。"),
    dict(name="瑞安日报", platform="douyin", vtype="media", reason="瑞安市融媒体中心官方账号", desc="瑞安新闻。"),
    dict(name="乐清日报", platform="kuaishou", vtype="media", reason="乐清市传媒中心官方账号", desc="乐清新闻。"),
    dict(name="长兴传媒", platform="douyin", vtype="media", reason="长兴传媒集团官方账号", desc="长兴新闻。"),
    dict(name="安吉新闻", platform="wechat", vtype="media", reason="安吉县融媒体中心", desc="安吉新闻。"),
    dict(name="温岭日报", platform="weibo", vtype="media", reason="温岭市融媒体中心官方微博", desc="温岭新闻。"),
    dict(name="永康日报", platform="toutiao", vtype="media", reason="永康市融媒体中心官方账号", desc="永康新闻。"),
    dict(name="桐乡融媒", platform="douyin", vtype="media", reason="桐乡市传媒中心官方账号", desc="桐乡新闻。"),
    dict(name="象山广电", platform="kuaishou", vtype="media", reason="象山县传媒中心官方账号", desc="象山新闻。"),
    dict(name="临沭融媒", platform="douyin", vtype="media", reason="临沭县融媒体中心官方账号", desc="临沭新闻。"),
    dict(name="龙门电视台", platform="kuaishou", vtype="media", reason="龙门县融媒体中心官方账号", desc="龙门新闻。"),
    dict(name="浙江卫视", platform="bilibili", vtype="media", reason="浙江卫视官方账号", desc="浙江卫视节目。",
         logo_text="蓝台"),
    dict(name="义乌发布会实录", platform="toutiao", vtype="media", reason="义乌市融媒体中心官方账号",
         desc="义乌融媒新闻发布会图文直播栏目，并非义乌市政府新闻办账号。", logo_text="实录"),
    dict(name="浙江公安面对面", platform="douyin", vtype="media", reason="浙江广电集团公共新闻频道官方账号",
         desc="公共频道与省公安厅合办的警务访谈栏目。", logo_text="访谈"),
    dict(name="瑞安12345跟踪报道", platform="wechat", vtype="media", reason="瑞安市融媒体中心",
         desc="瑞安融媒民生栏目，回访热线诉求办理情况。", logo_text="跟踪"),
    dict(name="健康浙江大讲堂", platform="weibo", vtype="media", reason="浙江卫视健康栏目官方微博",
         desc="卫视健康科普栏目，并非省卫生健康委账号。", logo_text="讲堂"),
]
PERSONAL = [
    dict(name="义乌辅警小叶", platform="douyin", vtype="personal", reason="义乌市公安局辅警", desc="分享防骗小知识。"),
    dict(name="慈溪儿科吴医生", platform="kuaishou", vtype="personal", reason="慈溪某医院儿科医生"),
    dict(name="律师老金说合同", platform="toutiao", vtype="personal", reason="浙江某律师事务所律师"),
    dict(name="社保小白老周", platform="weibo", vtype="personal", reason="人力资源从业者", desc="个人观点。"),
    dict(name="温岭看日出", platform="weibo", avatar="scenery"),
    dict(name="楠溪江钓鱼佬", platform="kuaishou"),
    dict(name="千岛湖骑行小陈", platform="douyin", vtype="personal", reason="骑行博主", avatar="scenery"),
    dict(name="我爱安吉", platform="douyin", avatar="scenery"),
    dict(name="长兴小胖", platform="kuaishou", avatar="cartoon"),
    dict(name="永康五金阿伟", platform="douyin"),
    dict(name="桐乡杭白菊姐", platform="kuaishou"),
    dict(name="余姚杨梅哥", platform="douyin", avatar="default"),
    dict(name="象山渔家阿强", platform="kuaishou"),
    dict(name="仙居徒步记", platform="weibo", avatar="scenery"),
    dict(name="苍南阿婆", platform="douyin", avatar="default"),
    dict(name="瑞安人在杭州", platform="weibo", avatar="cartoon"),
    dict(name="泰顺廊桥摄影", platform="weibo", avatar="scenery"),
    dict(name="浦江小馄饨", platform="kuaishou"),
    dict(name="景宁畲家妹", platform="douyin", avatar="cartoon"),
    dict(name="新昌炒年糕", platform="kuaishou", avatar="default"),
    dict(name="临沭柳编大姐", platform="douyin"),
    dict(name="庆云老宋", platform="kuaishou", avatar="default"),
    dict(name="连南瑶家阿妹", platform="douyin", avatar="cartoon"),
    dict(name="浙江发布的忠实读者", platform="weibo", vtype="personal", reason="社区志愿者",
         desc="转发浙江发布的消息，个人账号，非官方。"),
    dict(name="老陈聊义乌税务", platform="toutiao", vtype="personal", reason="财税博主", desc="个人解读，非官方。"),
    dict(name="温岭12345办事记", platform="wechat", desc="个人记录办事经历，与政府部门无关。"),
]
COMMERCIAL = [
    dict(name="中国太保义乌", platform="douyin", vtype="enterprise", reason="中国太平洋保险义乌中心支公司",
         desc="车险、寿险咨询。", logo_text="太保"),
    dict(name="义乌小商品批发", platform="kuaishou", avatar="default"),
    dict(name="永康五金城", platform="douyin", vtype="enterprise", reason="永康五金城集团有限公司"),
    dict(name="余姚杨梅基地", platform="toutiao"),
    dict(name="慈溪小家电", platform="kuaishou", vtype="enterprise", reason="慈溪某电器有限公司"),
    dict(name="安吉白茶庄园", platform="douyin", vtype="enterprise", reason="安吉某白茶有限公司"),
    dict(name="长兴紫笋茶", platform="kuaishou", avatar="default"),
    dict(name="濮院羊毛衫", platform="douyin", vtype="enterprise", reason="桐乡市濮院某针织有限公司"),
    dict(name="千岛湖鱼头馆", platform="wechat"),
    dict(name="象山海鲜码头", platform="douyin", avatar="default"),
    dict(name="乐清电器城", platform="weibo", vtype="enterprise", reason="乐清某电器有限公司"),
    dict(name="瑞安汽配", platform="kuaishou"),
    dict(name="温岭鞋业", platform="douyin", vtype="enterprise", reason="温岭某鞋业有限公司"),
    dict(name="仙居杨梅合作社", platform="douyin"),
    dict(name="兰溪小萝卜", platform="kuaishou", avatar="default"),
    dict(name="浦江水晶", platform="douyin", vtype="enterprise", reason="浦江某水晶有限公司"),
    dict(name="武义温泉度假村", platform="toutiao", vtype="enterprise", reason="武义某温泉旅游有限公司"),
    dict(name="海盐民宿", platform="wechat"),
    dict(name="苍南印刷包装", platform="kuaishou", vtype="enterprise", reason="苍南某印刷有限公司"),
    dict(name="景宁惠明茶", platform="douyin"),
    dict(name="临沭柳编工艺品", platform="kuaishou", vtype="enterprise", reason="临沭某柳编工艺品有限公司"),
    dict(name="龙门米饼", platform="kuaishou", avatar="default"),
    dict(name="连南稻田鱼", platform="douyin"),
    dict(name="义乌公安局对面照相馆", platform="kuaishou", desc="证件照、复印，与公安局无关。"),
    dict(name="浙江网信科技服务公司", platform="wechat", vtype="enterprise", reason="浙江某信息科技有限公司",
         desc="网站建设、网络推广，企业账号。"),
    dict(name="长兴12345家政", platform="toutiao", vtype="enterprise", reason="长兴某家政服务有限公司",
         desc="民营家政公司，与政府热线无关。"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("乐清", "虹桥", "虹桥镇", ["town_zl8"]), ("义乌", "大陈", "大陈镇", ["town_dj8"]),
    ("慈溪", "周巷", "周巷镇", ["town_zl8"]), ("余姚", "梁弄", "梁弄镇", ["town_dj8"]),
    ("永康", "古山", "古山镇", ["town_dj8"]), ("长兴", "水口", "水口乡", ["town_jq8"]),
    ("温岭", "石塘", "石塘镇", ["town_jq8"]), ("瑞安", "塘下", "塘下镇", ["town_zl8"]),
    ("淳安", "千岛湖", "千岛湖镇", ["town_jq8"]), ("桐庐", "富春江", "富春江镇", ["town_jq8"]),
    ("象山", "石浦", "石浦镇", ["town_dj8"]), ("苍南", "灵溪", "灵溪镇", ["town_dj8"]),
    ("桐乡", "乌镇", "乌镇镇", ["town_zl8"]), ("安吉", "天荒坪", "天荒坪镇", ["town_zl8"]),
]
UNREG_CITY = [
    ("浙江", "market", 0), ("浙江", "edu", 0), ("浙江", "fire", 0), ("桐庐", "culture", 0), ("淳安", "police", 0),
    ("余姚", "culture", 0), ("慈溪", "tax", 0), ("瑞安", "market", 0), ("永嘉", "police", 0), ("苍南", "hotline", 0),
    ("泰顺", "police", 0), ("桐乡", "hotline", 0), ("长兴", "tax", 0), ("安吉", "police", 0), ("兰溪", "market", 0),
    ("义乌", "culture", 0), ("永康", "hotline", 0), ("武义", "culture", 0), ("温岭", "market", 0),
    ("景宁", "police", 0), ("宁海", "fabu", 0), ("龙港", "fabu", 0), ("文成", "fabu", 0), ("嵊州", "fabu", 0),
    ("磐安", "fabu", 0), ("江山", "fabu", 0), ("开化", "police", 0), ("龙游", "fabu", 0), ("岱山", "fabu", 0),
    ("玉环", "fabu", 0), ("缙云", "fabu", 0), ("遂昌", "police", 0), ("莘县", "fabu", 0), ("冠县", "police", 0),
    ("兰陵", "fabu", 0), ("阳山", "fabu", 0), ("平远", "police", 0), ("广东", "youth8", 0),
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
    print("building dev9 ...")
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
