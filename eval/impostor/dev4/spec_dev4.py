"""Blind tuning part dev4 (built 2026-12-02 for generalisation checks).  Run: python eval/impostor/dev4/spec_dev4.py

A tuning part, like dev/, dev2/ and dev3/, but built later and blind: units, places and word lists are new relative
to every other part, including heldout/ (the unavoidable reuses are listed in README.intro.md).
Part-specific machinery (new departments and township units, level forms, traditional-form modes, digit forms,
frame, colour and screenshot edits, the registry's region fix for county-level units) lives in this file.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageOps  # noqa: E402

PART = "dev4"
SEED = 5381
CRAWL_DAY = "2024-09-12"

# ------------------------------------------------------------------ departments new in this part
G.DEPTS.setdefault("natres4", ("{F}自然资源厅", "{F}自然资源局", ["{S}自然资源", "{S}自然资源发布"], "mountain", None,
                               "发布国土空间规划、不动产登记和地质灾害防治信息"))
G.DEPTS.setdefault("agri4", ("{F}农业农村厅", "{F}农业农村局", ["{S}农业农村", "{S}三农"], "leaf", None,
                             "发布农业生产、乡村振兴和惠农政策信息"))
G.DEPTS.setdefault("school4", ("{F}实验中学", "{F}第一中学", ["{S}一中", "{F}第一中学"], "book", None,
                               "发布校园动态、招生信息和家校通知"))
G.DEPTS.setdefault("hosp4", ("{F}立医院", "{F}人民医院", ["{F}人民医院", "{S}人医"], "cross", None,
                             "发布就诊指南、专家出诊和健康科普信息"))
G.DEPTS.setdefault("sport4", ("{F}体育局", "{F}体育局", ["{S}体育", "体育{S}"], "star", None,
                              "发布全民健身、体育赛事和场馆开放信息"))
G.DEPTS.setdefault("stats4", ("{F}统计局", "{F}统计局", ["{S}统计", "{S}统计发布"], "coin", None,
                              "发布统计数据、经济运行分析和统计调查信息"))
G.DEPTS.setdefault("commerce4", ("{F}商务厅", "{F}商务局", ["{S}商务", "{S}商务发布"], "globe", None,
                                 "发布商贸流通、招商引资和外贸服务信息"))
G.DEPTS.setdefault("forest4", ("{F}林业局", "{F}林业局", ["{S}林业", "{S}林长制"], "leaf", None,
                               "发布森林防火、自然保护地和林业生态信息"))
G.DEPTS.setdefault("drug4", ("{F}药品监督管理局", "{F}药品监督管理局", ["{S}药监", "{S}药品监管"], "cross", None,
                             "发布药品、医疗器械和化妆品安全监管信息"))
G.DEPTS.setdefault("science4", ("{F}科学技术厅", "{F}科学技术局", ["{S}科技", "{S}科技发布"], "globe", None,
                                "发布科技创新政策、科技项目和科普活动信息"))
G.DISTRICT_DEPTS.setdefault("pcs4", ("{F}公安局{DF}派出所", ["{S}{DS}派出所", "{DS}警务"], "shield",
                                     "police_emblem", "发布辖区警情提示、反诈宣传和户政业务指南"))
G.DISTRICT_DEPTS.setdefault("street4", ("{F}{DF}办事处", ["{DF}", "{DS}街道办"], "house", None,
                                        "发布街道动态、社区服务和网格治理信息"))
G.DISTRICT_DEPTS.setdefault("towngov4", ("{F}{DF}人民政府", ["{DF}政务", "{S}{DF}"], "gate", "state_emblem",
                                         "发布镇情动态、农业生产和便民服务信息"))
for k, v in {"natres4": "自然资源", "agri4": "农业农村", "sport4": "体育", "stats4": "统计", "commerce4": "商务",
             "forest4": "林业", "drug4": "药监", "science4": "科技", "school4": "学校", "hosp4": "医院", "pcs4": "派出所",
             "street4": "街道", "towngov4": "政务"}.items():
    G.FN.setdefault(k, v)

# county-level cities and counties are built as "city" places; their prefecture is kept here
PARENT = {"莱阳": ("烟台", "烟台市"), "招远": ("烟台", "烟台市"), "海阳": ("烟台", "烟台市"), "安丘": ("潍坊", "潍坊市"),
          "高密": ("潍坊", "潍坊市"), "昌邑": ("潍坊", "潍坊市"), "肥城": ("泰安", "泰安市"), "乐陵": ("德州", "德州市"),
          "莱西": ("青岛", "青岛市"), "邹平": ("滨州", "滨州市"), "郯城": ("临沂", "临沂市"), "莒南": ("临沂", "临沂市"),
          "郓城": ("菏泽", "菏泽市"), "嘉祥": ("济宁", "济宁市"), "广饶": ("东营", "东营市"), "阳信": ("滨州", "滨州市"),
          "连州": ("清远", "清远市"), "乐昌": ("韶关", "韶关市"), "南雄": ("韶关", "韶关市"), "四会": ("肇庆", "肇庆市"),
          "恩平": ("江门", "江门市"), "遂溪": ("湛江", "湛江市"), "博罗": ("惠州", "惠州市"), "五华": ("梅州", "梅州市"),
          "饶平": ("潮州", "潮州市"), "揭西": ("揭阳", "揭阳市"), "海丰": ("汕尾", "汕尾市"), "陆河": ("汕尾", "汕尾市"),
          "新丰": ("韶关", "韶关市"), "仁化": ("韶关", "韶关市")}

# ------------------------------------------------------------------ registry
_3 = ["weibo", "wechat", "douyin"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [  # every provincial unit of the shared department list is used by another part: new bureaus only
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="齐鲁大地",
         depts=[("natres4", {"avatar": "distinctive", "platforms": _4}), ("sport4", {"avatar": "distinctive"}),
                ("stats4", {"platforms": _3}),
                ("commerce4", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou"]})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="粤海",
         depts=[("agri4", {"platforms": _4}),
                ("forest4", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "toutiao",
                                                                     "kuaishou"]}),
                ("drug4", {"avatar": "distinctive"}), ("science4", {"platforms": _3})]),
]
CITIES = [
    # ---- Shandong county-level cities and counties
    dict(S="莱阳", F="莱阳市", province="山东省", area="0535", landmark="pagoda", nick="梨乡",
         depts=["fabu", "police", ("hotline", {"platforms": _4})],
         districts=[dict(DS="城厢", DF="城厢街道", depts=["street4"])]),
    dict(S="招远", F="招远市", province="山东省", area="0535", landmark="mountain", nick="金都",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": _4, "names": {"douyin": "平安{S}"}})]),
    dict(S="海阳", F="海阳市", province="山东省", area="0535", landmark="waves", nick="地雷战故乡",
         depts=["fabu"]),
    dict(S="安丘", F="安丘市", province="山东省", area="0536", landmark="bridge", nick="汶水",
         depts=["fabu", ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}})]),
    dict(S="高密", F="高密市", province="山东省", area="0536", landmark="sun", nick="红高粱",
         depts=["fabu", "police", ("hotline", {"platforms": _3})],
         districts=[dict(DS="夏庄", DF="夏庄镇", depts=["towngov4"])]),
    dict(S="昌邑", F="昌邑市", province="山东省", area="0536", landmark="waves", nick="丝绸之乡",
         depts=["fabu"]),
    dict(S="肥城", F="肥城市", province="山东省", area="0538", landmark="mountain", nick="桃都",
         depts=["fabu", ("culture", {"avatar": "distinctive"})]),
    dict(S="乐陵", F="乐陵市", province="山东省", area="0534", landmark="sun", nick="枣乡",
         depts=["fabu"]),
    dict(S="莱西", F="莱西市", province="山东省", area="0532", landmark="waves", nick="月湖",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "kuaishou"]}),
                ("hrss", {"platforms": _3, "names": {"wechat": "{S}12333"}})]),
    dict(S="邹平", F="邹平市", province="山东省", area="0543", landmark="skyline", nick="醴泉",
         depts=["fabu"]),
    dict(S="郯城", F="郯城县", province="山东省", area="0539", landmark="pagoda", nick="银杏之乡",
         depts=["fabu", "police"],
         districts=[dict(DS="马头", DF="马头镇", depts=["pcs4"])]),
    dict(S="莒南", F="莒南县", province="山东省", area="0539", landmark="mountain", nick="天佛",
         depts=["fabu"]),
    dict(S="郓城", F="郓城县", province="山东省", area="0530", landmark="pagoda", nick="水浒好汉",
         depts=["fabu", "police", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    dict(S="嘉祥", F="嘉祥县", province="山东省", area="0537", landmark="tower", nick="石雕之乡",
         depts=["fabu", ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]})]),
    dict(S="广饶", F="广饶县", province="山东省", area="0546", landmark="sun", nick="孙武故里",
         depts=["fabu"]),
    dict(S="阳信", F="阳信县", province="山东省", area="0543", landmark="bridge", nick="梨花",
         depts=["fabu"]),
    # ---- Guangdong county-level cities and counties
    dict(S="连州", F="连州市", province="广东省", area="0763", landmark="mountain", nick="地下河",
         depts=["fabu"]),
    dict(S="乐昌", F="乐昌市", province="广东省", area="0751", landmark="waves", nick="九泷十八滩",
         depts=["fabu"]),
    dict(S="南雄", F="南雄市", province="广东省", area="0751", landmark="bridge", nick="珠玑古巷",
         depts=["fabu", ("culture", {"avatar": "distinctive"})]),
    dict(S="四会", F="四会市", province="广东省", area="0758", landmark="pagoda", nick="贞山",
         depts=["fabu"]),
    dict(S="恩平", F="恩平市", province="广东省", area="0750", landmark="sun", nick="温泉之乡",
         depts=["fabu", "police", ("hotline", {"platforms": _3})]),
    dict(S="遂溪", F="遂溪县", province="广东省", area="0759", landmark="waves", nick="甘蔗之乡",
         depts=["fabu"]),
    dict(S="博罗", F="博罗县", province="广东省", area="0752", landmark="mountain", nick="罗浮山",
         depts=["fabu", ("police", {"avatar": "distinctive", "platforms": _4, "names": {"wechat": "平安{S}"}}),
                ("hotline", {"platforms": _4})],
         districts=[dict(DS="罗阳", DF="罗阳街道", depts=["pcs4"])]),
    dict(S="五华", F="五华县", province="广东省", area="0753", landmark="skyline", nick="足球之乡",
         depts=["fabu"]),
    dict(S="饶平", F="饶平县", province="广东省", area="0768", landmark="pier", nick="单丛茶",
         depts=["fabu"]),
    dict(S="揭西", F="揭西县", province="广东省", area="0663", landmark="mountain", nick="客潮",
         depts=["fabu", ("market", {"platforms": _3, "names": {"wechat": "{S}12315"}})]),
    dict(S="海丰", F="海丰县", province="广东省", area="0660", landmark="pier", nick="红宫红场",
         depts=["fabu", "police", ("hotline", {"platforms": _3})]),
    dict(S="陆河", F="陆河县", province="广东省", area="0660", landmark="mountain", nick="青梅",
         depts=["fabu", "police"]),
    dict(S="新丰", F="新丰县", province="广东省", area="0751", landmark="waves", nick="云髻山",
         depts=["fabu", "police"]),
    dict(S="仁化", F="仁化县", province="广东省", area="0751", landmark="mountain", nick="锦江",
         depts=["fabu", ("culture", {"avatar": "distinctive", "platforms": _4})]),
    # ---- districts of prefectures whose own units belong to other parts (only the districts are registered here)
    dict(S="广州", F="广州市", province="广东省", area="020", landmark="tower", nick="穗城", depts=[],
         districts=[dict(DS="南沙", DF="南沙区", depts=["fabu_d", "police_d"]),
                    dict(DS="荔湾", DF="荔湾区", depts=["health_d"])]),
    dict(S="珠海", F="珠海市", province="广东省", area="0756", landmark="pier", nick="百岛", depts=[],
         districts=[dict(DS="金湾", DF="金湾区", depts=["fabu_d"])]),
    dict(S="汕头", F="汕头市", province="广东省", area="0754", landmark="pier", nick="小公园", depts=[],
         districts=[dict(DS="澄海", DF="澄海区", depts=["police_d"])]),
    dict(S="济南", F="济南市", province="山东省", area="0531", landmark="waves", nick="嬴牟", depts=[],
         districts=[dict(DS="莱芜", DF="莱芜区", depts=["fabu_d", "market_d"])]),
    dict(S="威海", F="威海市", province="山东省", area="0631", landmark="lighthouse", nick="刘公岛", depts=[],
         districts=[dict(DS="文登", DF="文登区", depts=["police_d"])]),
]

RENAME_SHARE = 0.07


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered')."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    opts = []
    if u["dept"] in ("police", "police_d") and name in (S + "公安", "平安" + S):
        opts.append(S + "公安在线")
    if u["dept"] == "culture" and name == S + "文旅":
        opts.append(S + "文旅发布")
    if u["dept"] in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布厅")
    if u["dept"] == "sport4" and name == S + "体育":
        opts.append(S + "体育发布")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["便民号", "官方站", "民生号", "政务通", "热线通", "在行动", "小喇叭", "云窗口", "服务窗", "一点通",
            "号外", "速递"]
PREFIXES = ["今晨", "速看", "本地", "必看", "独家", "快看", "全域", "云", "★", "新版"]
LOOKALIKE = {
    # place characters: whole-glyph look-alikes, radical code points and partial changes of one component
    "莱": ["荚"], "阳": ["旸"], "招": ["诏"], "远": ["逺"], "海": ["晦"], "安": ["宋"], "丘": ["兵"],
    "高": ["亭"], "密": ["蜜"], "昌": ["冒"], "邑": ["色"], "肥": ["肌"], "城": ["诚"], "乐": ["尔"],
    "陵": ["棱"], "西": ["酉"], "邹": ["刍"], "平": ["枰"], "郯": ["谈"], "莒": ["苢"], "南": ["雨"],
    "郓": ["晖"], "嘉": ["喜"], "祥": ["样"], "广": ["邝"], "饶": ["烧"], "信": ["倍"], "连": ["琏"],
    "雄": ["雌"], "四": ["罒"], "会": ["佘"], "恩": ["思"], "遂": ["邃"], "溪": ["谿"],
    "博": ["愽"], "罗": ["萝"], "五": ["丑"], "华": ["哗"], "揭": ["偈"], "丰": ["半"], "陆": ["陸"],
    "河": ["柯"], "新": ["亲"], "仁": ["仨"], "化": ["他"], "沙": ["纱"], "荔": ["茘"], "湾": ["弯"],
    "金": ["全"], "澄": ["橙"], "芜": ["芫"], "文": ["攵"], "登": ["澄"], "东": ["栋"], "山": ["仙"],
    # function characters
    "发": ["拔"], "布": ["冇"], "公": ["仫"], "警": ["譬"], "民": ["氓"], "政": ["改"], "水": ["氷"],
    "利": ["刹"], "住": ["佳"], "建": ["廷"], "自": ["臼"], "然": ["燃"], "资": ["姿"], "源": ["嫄"],
    "退": ["腿"], "役": ["疫"], "军": ["晕"], "事": ["争"], "医": ["匿"], "保": ["葆"], "交": ["较"],
    "通": ["涌"], "运": ["坛"], "输": ["愉"], "农": ["衣"], "业": ["亚"], "村": ["衬"],
    "场": ["埸"], "监": ["槛"], "管": ["箮"], "旅": ["旎"], "社": ["牡"],
    "税": ["棁"], "务": ["夯"], "健": ["犍"], "派": ["泒"], "出": ["岀"], "所": ["肵"],
    "街": ["衔"], "道": ["遒"], "镇": ["滇"], "府": ["腑"], "热": ["熟"], "线": ["钱"],
}
SAME_SOUND = {
    "莱": ["徕"], "阳": ["扬", "漾"], "招": ["昭"], "远": ["苑"], "海": ["嗨"], "安": ["谙"], "丘": ["秋"],
    "高": ["羔"], "密": ["觅"], "昌": ["猖"], "邑": ["亿"], "肥": ["菲"], "城": ["乘"], "乐": ["叻"],
    "陵": ["铃"], "西": ["希"], "邹": ["诹"], "平": ["凭"], "郯": ["痰"], "莒": ["矩"], "南": ["腩"],
    "郓": ["蕴"], "嘉": ["佳"], "祥": ["翔"], "广": ["犷"], "饶": ["娆"], "信": ["衅"], "连": ["涟"],
    "州": ["粥"], "雄": ["熊"], "四": ["寺"], "会": ["烩"], "恩": ["蒽"], "遂": ["碎"], "溪": ["熙"],
    "博": ["舶"], "罗": ["锣"], "五": ["舞"], "华": ["划"], "揭": ["皆"], "丰": ["枫"], "陆": ["禄"],
    "河": ["荷"], "新": ["欣"], "仁": ["壬"], "化": ["桦"], "沙": ["砂"], "荔": ["栗"], "湾": ["剜"],
    "金": ["巾"], "澄": ["惩"], "芜": ["梧"], "文": ["雯"], "登": ["灯"], "东": ["咚"], "山": ["删"],
    # function characters
    "发": ["乏"], "布": ["怖"], "公": ["龚"], "警": ["竞"], "民": ["闽"], "政": ["症"],
    "利": ["莉"], "住": ["注"], "建": ["荐"], "自": ["字"], "然": ["髯"], "资": ["滋"], "源": ["缘"],
    "退": ["蜕"], "役": ["奕"], "军": ["菌"], "事": ["试"], "医": ["伊"], "保": ["豹"], "交": ["焦"],
    "通": ["桐"], "运": ["孕"], "输": ["淑"], "农": ["浓"], "业": ["夜"], "村": ["邨"], "市": ["柿"],
    "场": ["倡"], "监": ["舰"], "管": ["罐"], "旅": ["铝"], "人": ["韧"], "社": ["涉"], "税": ["帨"],
    "务": ["坞"], "健": ["剑"], "卫": ["魏"], "派": ["湃"], "出": ["厨"], "所": ["索"], "街": ["接"],
    "道": ["悼"], "办": ["扮"], "镇": ["阵"], "府": ["腐"], "热": ["惹"], "线": ["腺"], "部": ["埠"],
}
TRAD_MODES = ["alternate", "middle", "tail_two"]
SPACES = ["\u115f", "\u1160"]
DOUBLE_SPACE_P = 0.15
ZERO_WIDTH = ["\u206f", "\u17b4", "\u17b5", "\u2067", "\u206c", "\u206d", "\ufe01", "\ufe0e", "\U000e0062",
              "\u180b", "\u180c"]
EMOJI = ["🏛", "🏅", "🛡", "📍", "🔖", "🎯", "🏆", "💡", "🎖", "🌐"]
BRACKETS = [("⌜", "⌟"), ("⸢", "⸣"), ("⟬", "⟭"), ("⁅", "⁆"), ("❰", "❱"), ("‹", "›"), ("⦃", "⦄"), ("⧼", "⧽"),
            ("꧁", "꧂")]
FULLWIDTH_MODES = ["dingbat_circled", "dingbat_neg_sans", "full_stop", "double_circled", "subscript"]
LEVEL_FORMS = ["parent_chain", "parent_full_chain", "short_unit"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}反诈中心", "{nick}平安卫士", "{S}户籍咨询"],
    "natres4": ["{S}不动产登记", "{nick}国土规划"],
    "sport4": ["{S}全民健身", "{nick}赛事通"],
    "stats4": ["{S}经济数据", "{nick}数说"],
    "commerce4": ["{S}外贸服务", "{nick}好物节"],
    "agri4": ["{S}惠农补贴", "{nick}乡村振兴"],
    "forest4": ["{S}森林防火", "{nick}绿美生态"],
    "drug4": ["{S}用药安全", "{nick}药品查询"],
    "science4": ["{S}科创服务", "{nick}科普"],
    "market": ["{S}食安快检", "{nick}消费维权"],
    "tax": ["{S}发票查验", "{nick}个税申报"],
    "hrss": ["{S}社保卡", "{nick}就业驿站"],
    "fabu": ["{S}身边的政务", "{nick}快讯", "{S}政情"],
    "hotline": ["{S}民声直达", "{nick}民声通道"],
    "culture": ["{nick}古迹游", "{S}非遗传承", "{nick}研学"],
    "fabu_d": ["{S}邻里通"],
    "police_d": ["{S}社区民警"],
    "market_d": ["{S}菜篮子监测"],
    "health_d": ["{S}疫苗预约"],
    "pcs4": ["{S}警民联系"],
    "street4": ["{S}网格员"],
    "towngov4": ["{S}振兴乡村"],
    "generic": ["{S}便民服务", "{nick}生活通", "{S}办事通"],
}


def _digit_map(f):
    return lambda s: "".join(f(c) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {  # the registered digit names (12345, 12315, 12333, 12366) contain no 0
    "dingbat_circled": _digit_map(lambda c: "\U0001F10B" if c == "0" else chr(0x2780 + ord(c) - 49)),
    "dingbat_neg_sans": _digit_map(lambda c: "\U0001F10C" if c == "0" else chr(0x278A + ord(c) - 49)),
    "full_stop": _digit_map(lambda c: "0." if c == "0" else chr(0x2488 + ord(c) - 49)),
    "double_circled": _digit_map(lambda c: "0" if c == "0" else chr(0x24F5 + ord(c) - 49)),
    "subscript": _digit_map(lambda c: chr(0x2080 + ord(c) - 48)),
}


# ---- level forms
def _lf_chain(full):
    """Parent prefecture (short or full) put before the county's or the district's name: 烟台莱阳发布, 烟台市莱阳发布."""
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
            S = pl["DS"]
            if pl["S"] in PARENT:  # a town: county before the town
                mid = pl["F"] if full else pl["S"]
            else:
                mid = pl["F"] if full else pl["S"]
        k = name.find(S)
        if k < 0 or (k > 0 and name[:k] not in ("平安",)) or name.startswith(mid):
            return []
        return [name[:k] + mid + name[k:]]
    return f


def _lf_short_unit(u, acc):
    """The unit's full name with the place in its short form: 莱阳公安局, 山东民政厅."""
    pl, name = u["place"], acc["row"]["name"]
    unit = u["unit"]
    full = pl["DF"] if u["level"] == "district" else pl["F"]
    short = pl["DS"] if u["level"] == "district" else pl["S"]
    if u["level"] == "district":
        unit = unit.replace(pl["F"], "", 1)
    if full not in unit or full == short:
        return []
    nm = unit.replace(full, short, 1)
    return [nm] if nm != name else []


LEVEL_FORM_FUNCS = {"parent_chain": _lf_chain(False), "parent_full_chain": _lf_chain(True),
                    "short_unit": _lf_short_unit}


# ---- traditional-form modes
def _conv_idx(s):
    return [i for i, c in enumerate(s) if G.S2T.convert(c) != c]


def _conv(s, idx):
    out = list(s)
    for i in idx:
        out[i] = G.S2T.convert(s[i])
    return "".join(out)


def _t_alternate(s, u, r):
    idx = _conv_idx(s)
    return _conv(s, idx[::2]) if len(idx) >= 2 else None


def _t_middle(s, u, r):
    idx = _conv_idx(s)
    if not idx:
        return None
    mid = (len(s) - 1) / 2
    return _conv(s, [min(idx, key=lambda i: abs(i - mid))])


def _t_tail_two(s, u, r):
    idx = _conv_idx(s)
    return _conv(s, idx[-2:]) if len(idx) >= 2 else None


TRAD_FUNCS = {"alternate": _t_alternate, "middle": _t_middle, "tail_two": _t_tail_two}


# ---- image edits
def _invert(img, rng):
    return ImageOps.invert(img), "inverted"


def _tint_overlay(img, rng):
    col = np.array(rng.choice([(255, 0, 0), (0, 90, 255), (0, 200, 80), (255, 200, 0)]), float)
    k = rng.uniform(0.3, 0.42)
    a = np.array(img, float) * (1 - k) + col * k
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), f"tint overlay {k:.2f}"


def _mono_red(img, rng):
    g = np.array(ImageOps.grayscale(img), float)
    a = np.stack([np.clip(60 + g, 0, 255), g * 0.35, g * 0.35], -1)
    return Image.fromarray(a.astype(np.uint8)), "red monochrome"


def _palette(img, rng):
    n = rng.choice([6, 8, 12])
    return img.quantize(colors=n, method=Image.MEDIANCUT).convert("RGB"), f"palette {n} colours"


def _rounded_card(img, rng, P):
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"]))
    out = Image.new("RGB", (w + 2 * pad, h + 2 * pad), rng.choice(P["border_colours"]))
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, w - 1, h - 1], radius=int(0.22 * w), fill=255)
    out.paste(img, (pad, pad), mask)
    return out, "border rounded card"


def _dashed(img, rng, P):
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"])) + 3
    out = ImageOps.expand(img, border=pad, fill=(255, 255, 255))
    d = ImageDraw.Draw(out)
    col = rng.choice(P["border_colours"])
    W = w + 2 * pad
    step = max(6, W // 14)
    for x in range(0, W, step):
        d.rectangle([x, 0, x + step // 2, pad - 2], fill=col)
        d.rectangle([x, W - pad + 1, x + step // 2, W], fill=col)
        d.rectangle([0, x, pad - 2, x + step // 2], fill=col)
        d.rectangle([W - pad + 1, x, W, x + step // 2], fill=col)
    return out, "border dashed"


def _stamp(img, rng, P):
    """A postage-stamp frame: white margin with scalloped (perforated) edges on a coloured ground."""
    w, h = img.size
    pad = int(w * rng.uniform(*P["border_frac"])) + 4
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), (255, 255, 255))
    d = ImageDraw.Draw(out)
    col = rng.choice(P["border_colours"])
    rad = max(3, pad // 4)
    for x in range(0, W + 1, 3 * rad):
        for cx, cy in ((x, 0), (x, W), (0, x), (W, x)):
            d.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], fill=col)
    out.paste(img, (pad, pad))
    return out, "border stamp"


def _shot_video(img, rng, P, out_px):
    """A short-video frame: dark picture, the round avatar in the right-hand action column with icons below it."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (30, 32, 40))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, int(0.2 * S), int(0.75 * S), int(0.7 * S)], fill=(70, 90, 80))
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    x0, y0 = S - a - int(0.03 * S), int(0.15 * S)
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, a - 1, a - 1], fill=255)
    d.ellipse([x0 - 4, y0 - 4, x0 + a + 4, y0 + a + 4], fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    for k in range(3):
        cy = y0 + a + int((0.1 + 0.13 * k) * S)
        d.ellipse([x0 + a // 4, cy, x0 + 3 * a // 4, cy + a // 2], fill=(235, 235, 235))
    d.rectangle([int(0.04 * S), int(0.85 * S), int(0.6 * S), int(0.88 * S)], fill=(220, 220, 220))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot video scale {frac:.2f}"


def _shot_notice(img, rng, P, out_px):
    """A lock-screen notification: rounded translucent banner near the top with the avatar as its app icon."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (90, 120, 160))
    d = ImageDraw.Draw(canvas)
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    y0 = int((S - a) * rng.uniform(0.1, 0.4))
    d.rounded_rectangle([int(0.02 * S), y0 - int(0.03 * S), int(0.98 * S), y0 + a + int(0.03 * S)],
                        radius=int(0.05 * S), fill=(225, 228, 235))
    x0 = int(0.05 * S)
    mask = Image.new("L", (a, a), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, a - 1, a - 1], radius=int(0.22 * a), fill=255)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0), mask)
    for k in range(2):
        yy = y0 + int((0.2 + 0.35 * k) * a)
        d.rectangle([x0 + a + int(0.04 * S), yy, int((0.9 - 0.2 * k) * S), yy + int(0.12 * a)], fill=(120, 120, 130))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.55))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot notification scale {frac:.2f}"


def _shot_grid(img, rng, P, out_px):
    """A follow-list grid: the avatar in one cell of a 2x2 grid of grey placeholder avatars."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (250, 250, 250))
    d = ImageDraw.Draw(canvas)
    frac = rng.uniform(*P["screenshot_scale"])
    a = int(S * frac)
    gap = (S - 2 * a) // 3
    cell = rng.randrange(4)
    for k in range(4):
        x0, y0 = gap + (k % 2) * (a + gap), gap + (k // 2) * (a + gap)
        if k == cell:
            canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
        else:
            d.rectangle([x0, y0, x0 + a, y0 + a], fill=(205, 205, 210))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.55))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot grid cell {cell} scale {frac:.2f}"


EDIT_PARAMS = dict(recolour_funcs={"invert": _invert, "tint_overlay": _tint_overlay, "mono_red": _mono_red,
                                   "palette": _palette},
                   border_funcs={"rounded_card": _rounded_card, "dashed": _dashed, "stamp": _stamp},
                   screenshot_funcs={"video": _shot_video, "notice": _shot_notice, "grid": _shot_grid},
                   resize_px=[101, 113, 127, 139, 157, 171, 187], jpeg_q=(6, 11), crop_frac=(0.245, 0.27),
                   border_styles=["rounded_card", "dashed", "stamp"],
                   border_colours=[(0, 128, 128), (218, 165, 32), (75, 0, 130), (46, 139, 87), (199, 21, 133)],
                   border_frac=(0.25, 0.3), recolour_modes=["invert", "tint_overlay", "mono_red", "palette"],
                   hue_shift=(141, 160), rotate_deg=(0.4, 0.95),
                   watermark_texts=["扫码关注", "转发有奖", "独家", "仅供参考", "粉丝专享"], watermark_alpha=(225, 255),
                   screenshot_styles=["video", "notice", "grid"], screenshot_scale=(0.3, 0.35))
P_IMPOSTOR_DERIVED = 0.55
P_IMPOSTOR_DEFAULT = 0.1
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "cartoon", "person", "logo"]
P_IMPOSTOR_VERIFIED = 0.1
IMPOSTOR_VERIFIED = [("enterprise", "{S}惠民数字科技有限公司"), ("personal", "本地生活分享官"),
                     ("other", "{S}便民志愿服务队")]
IMPOSTOR_DESCS = ["{S}{fn}线上受理点，加微信{wx}预约插队",
                  "{S}{fn}发放一次性补助，名额有限，联系QQ{qq}登记",
                  "{name}官方直营，驾照扣分、公积金提取、户口迁移一条龙",
                  "受{S}{fn}委托开展问卷调查，完成可领红包",
                  "{S}{fn}提醒：您的账户异常，请点击主页链接核验身份"]
MAX_PER_TARGET = 6

IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 32), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 32),
    (["fullwidth", "traditional"], 5), (["spacing", "zero_width"], 7), (["fullwidth", "spacing"], 5),
    (["fullwidth", "level_prefix"], 5), (["suffix", "same_sound"], 6), (["prefix", "lookalike_char"], 6),
    (["reorder", "zero_width"], 5), (["level_prefix", "emoji_brackets"], 5), (["level_prefix", "lookalike_char"], 5),
    (["traditional", "spacing"], 5), (["new_platform", "lookalike_char"], 5), (["new_platform", "traditional"], 5),
    (["new_platform", "suffix"], 5), (["new_platform", "zero_width"], 5),
    (["reorder", "same_sound", "emoji_brackets"], 5), (["prefix", "traditional", "zero_width"], 5),
    (["suffix", "lookalike_char", "spacing"], 5), (["level_prefix", "same_sound", "zero_width"], 5),
]

# real places outside Shandong/Guangdong (this part's other places, and ones a look-alike or homophone could
# produce), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = ["安阳", "海城", "海宁", "安庆", "商丘", "高安", "昌吉", "肥东", "醴陵", "蒙城", "嘉善",
                               "广元", "南昌", "乐平", "南宁", "南充", "恩施", "遂宁", "博白", "五河", "饶阳", "怀仁",
                               "肇源", "濉溪", "运城", "阳新", "六合", "信丰", "耒阳", "介休", "仁怀", "乐山", "平阳",
                               "西平", "新华", "海西", "大同"]

# ------------------------------------------------------------------ hard negatives
OTHER_PLACES_CHAR = [
    dict(reg="莱阳", S="安阳", F="安阳市", province="河南省"),
    dict(reg="海阳", S="海城", F="海城市", province="辽宁省", level="county"),
    dict(reg="海丰", S="海宁", F="海宁市", province="浙江省", level="county"),
    dict(reg="安丘", S="安庆", F="安庆市", province="安徽省"),
    dict(reg="安丘", S="商丘", F="商丘市", province="河南省"),
    dict(reg="高密", S="高安", F="高安市", province="江西省", level="county"),
    dict(reg="昌邑", S="昌吉", F="昌吉市", province="新疆维吾尔自治区", level="county"),
    dict(reg="肥城", S="肥东", F="肥东县", province="安徽省", level="county"),
    dict(reg="乐陵", S="醴陵", F="醴陵市", province="湖南省", level="county"),
    dict(reg="嘉祥", S="嘉善", F="嘉善县", province="浙江省", level="county"),
    dict(reg="广饶", S="广元", F="广元市", province="四川省"),
    dict(reg="乐昌", S="南昌", F="南昌市", province="江西省"),
    dict(reg="乐昌", S="乐平", F="乐平市", province="江西省", level="county"),
    dict(reg="南雄", S="南充", F="南充市", province="四川省"),
    dict(reg="恩平", S="恩施", F="恩施市", province="湖北省", level="county"),
    dict(reg="遂溪", S="遂宁", F="遂宁市", province="四川省"),
    dict(reg="博罗", S="博白", F="博白县", province="广西壮族自治区", level="county"),
    dict(reg="五华", S="五河", F="五河县", province="安徽省", level="county"),
    dict(reg="饶平", S="饶阳", F="饶阳县", province="河北省", level="county"),
]
OTHER_PLACES_SOUND = [
    dict(reg="招远", S="肇源", F="肇源县", province="黑龙江省", level="county"),
    dict(reg="遂溪", S="濉溪", F="濉溪县", province="安徽省", level="county"),
    dict(reg="郓城", S="运城", F="运城市", province="山西省"),
    dict(reg="阳信", S="阳新", F="阳新县", province="湖北省", level="county"),
    dict(reg="陆河", S="六合", F="南京市六合区", province="江苏省", depts=["fabu", "police"],
         units={"fabu": "南京市六合区人民政府", "police": "南京市公安局六合分局"}),
    dict(reg="新丰", S="信丰", F="信丰县", province="江西省", level="county"),
    dict(reg="莱阳", S="耒阳", F="耒阳市", province="湖南省", level="county"),
    dict(reg="揭西", S="介休", F="介休市", province="山西省", level="county"),
    dict(reg="仁化", S="仁怀", F="仁怀市", province="贵州省", level="county"),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("衡水", "衡水市", "河北省", "police"), ("营口", "营口市", "辽宁省", "fabu"), ("本溪", "本溪市", "辽宁省", "procur"),
    ("松原", "松原市", "吉林省", "police"), ("白城", "白城市", "吉林省", "fabu"), ("伊春", "伊春市", "黑龙江省", "traffic"),
    ("黑河", "黑河市", "黑龙江省", "police"), ("宿州", "宿州市", "安徽省", "fabu"), ("池州", "池州市", "安徽省", "court"),
    ("三明", "三明市", "福建省", "police"), ("吉安", "吉安市", "江西省", "fabu"), ("新余", "新余市", "江西省", "gov"),
    ("周口", "周口市", "河南省", "police"), ("驻马店", "驻马店市", "河南省", "procur"), ("黄冈", "黄冈市", "湖北省", "police"),
    ("随州", "随州市", "湖北省", "fabu"), ("娄底", "娄底市", "湖南省", "police"), ("张家界", "张家界市", "湖南省", "traffic"),
    ("雅安", "雅安市", "四川省", "fabu"), ("达州", "达州市", "四川省", "police"), ("巴中", "巴中市", "四川省", "court"),
    ("毕节", "毕节市", "贵州省", "police"), ("昭通", "昭通市", "云南省", "fabu"), ("丽江", "丽江市", "云南省", "police"),
    ("平凉", "平凉市", "甘肃省", "traffic"), ("庆阳", "庆阳市", "甘肃省", "fabu"), ("固原", "固原市", "宁夏回族自治区", "police"),
    ("鹰潭", "鹰潭市", "江西省", "fabu"), ("辽源", "辽源市", "吉林省", "police"), ("双鸭山", "双鸭山市", "黑龙江省", "fabu"),
    ("咸宁", "咸宁市", "湖北省", "police"), ("内江", "内江市", "四川省", "procur"),
]
N_TEMPLATE = 26

MEDIA = [
    dict(name="莱阳融媒", platform="douyin", vtype="media", reason="莱阳市融媒体中心官方账号", desc="莱阳本地新闻。",
         logo_text="莱阳"),
    dict(name="招远广播电视台", platform="weibo", vtype="media", reason="招远市广播电视台官方微博", desc="招远新闻。"),
    dict(name="高密融媒", platform="toutiao", vtype="media", reason="高密市融媒体中心官方账号", desc="高密新闻。"),
    dict(name="昌邑电视台", platform="kuaishou", vtype="media", reason="昌邑市广播电视台官方账号", desc="昌邑新闻。"),
    dict(name="肥城新闻", platform="wechat", vtype="media", reason="肥城市融媒体中心", desc="肥城本地新闻。"),
    dict(name="邹平融媒", platform="douyin", vtype="media", reason="邹平市融媒体中心官方账号", desc="邹平新闻。"),
    dict(name="郯城之声", platform="wechat", vtype="media", reason="郯城县融媒体中心", desc="郯城新闻。"),
    dict(name="连州电视台", platform="douyin", vtype="media", reason="连州市广播电视台官方账号", desc="连州新闻。"),
    dict(name="四会新闻", platform="toutiao", vtype="media", reason="四会市融媒体中心官方账号", desc="四会新闻。"),
    dict(name="恩平融媒", platform="weibo", vtype="media", reason="恩平市融媒体中心官方微博", desc="恩平新闻。"),
    dict(name="博罗电视台", platform="kuaishou", vtype="media", reason="博罗县广播电视台官方账号", desc="博罗新闻。"),
    dict(name="五华新闻", platform="wechat", vtype="media", reason="五华县融媒体中心", desc="五华本地新闻。"),
    dict(name="海丰融媒", platform="douyin", vtype="media", reason="海丰县融媒体中心官方账号", desc="海丰新闻。"),
    dict(name="大众网", platform="douyin", vtype="media", reason="大众网官方账号", desc="山东新闻网站。",
         logo_text="大众"),
    dict(name="山东手机报", platform="weibo", vtype="media", reason="山东手机报官方微博", desc="山东新闻。",
         logo_text="手机报"),
    dict(name="鲁中晨报", platform="toutiao", vtype="media", reason="鲁中晨报官方账号", desc="淄博新闻。"),
    dict(name="韶关日报", platform="weibo", vtype="media", reason="韶关日报社官方微博", desc="韶关新闻。"),
    dict(name="广东新闻频道", platform="douyin", vtype="media", reason="广东广播电视台新闻频道官方账号",
         desc="广东新闻。", logo_text="新闻"),
    dict(name="珠江经济台", platform="toutiao", vtype="media", reason="广东广播电视台珠江经济台官方账号",
         desc="广东财经广播。", logo_text="珠江"),
    dict(name="广东珠江频道", platform="bilibili", vtype="media", reason="广东广播电视台珠江频道官方账号", desc="广东新闻。"),
    dict(name="山东商务观察", platform="kuaishou", vtype="media", reason="大众日报社官方账号",
         desc="大众日报经济栏目，常转山东商务的政策。", logo_text="观察"),
    dict(name="莱西公安纪实", platform="douyin", vtype="media", reason="莱西市融媒体中心官方账号",
         desc="莱西融媒与莱西市公安局合办的法治节目。", logo_text="纪实"),
    dict(name="广东林业故事会", platform="weibo", vtype="media", reason="南方日报社官方微博",
         desc="南方日报生态栏目，讲述广东林业护林员故事。", logo_text="故事"),
    dict(name="恩平12345追踪", platform="wechat", vtype="media", reason="恩平市融媒体中心",
         desc="恩平融媒民生栏目，回访热线工单办理情况。", logo_text="追踪"),
    dict(name="嘉祥文旅打卡记", platform="toutiao", vtype="media", reason="嘉祥县融媒体中心官方账号",
         desc="嘉祥融媒文旅栏目。", logo_text="打卡"),
    dict(name="山东体育现场", platform="weibo", vtype="media", reason="山东广播电视台体育频道官方微博",
         desc="山东体育频道赛事栏目，转播山东体育发布的赛事信息。", logo_text="体育"),
]
PERSONAL = [
    dict(name="莱阳辅警小姜", platform="douyin", vtype="personal", reason="莱阳市公安局辅警", desc="分享防骗知识。"),
    dict(name="博罗交警阿钟", platform="kuaishou", vtype="personal", reason="交通安全宣传员"),
    dict(name="五华儿科曾医生", platform="douyin", vtype="personal", reason="五华某医院儿科医生"),
    dict(name="律师小崔说法", platform="toutiao", vtype="personal", reason="广东某律师事务所律师"),
    dict(name="税务师老隋", platform="weibo", vtype="personal", reason="税务师", desc="个人观点。"),
    dict(name="军嫂日记", platform="douyin", vtype="personal", reason="自媒体作者", avatar="cartoon"),
    dict(name="水文爱好者阿川", platform="weibo", vtype="personal", reason="水利工程师", avatar="scenery"),
    dict(name="仁化丹霞导游", platform="douyin", vtype="personal", reason="景区导游", avatar="scenery"),
    dict(name="五华足球少年", platform="kuaishou", vtype="personal", reason="足球教练"),
    dict(name="班主任老宫", platform="bilibili", vtype="personal", reason="教育博主"),
    dict(name="爱吃莱阳梨", platform="douyin", avatar="cartoon"),
    dict(name="招远黄金饰品控", platform="kuaishou", avatar="scenery"),
    dict(name="海阳秧歌队", platform="douyin"),
    dict(name="高密剪纸阿姨", platform="toutiao", avatar="default"),
    dict(name="乐陵小枣人家", platform="kuaishou", avatar="scenery"),
    dict(name="郓城好汉哥", platform="douyin"),
    dict(name="广饶老乡", platform="weibo", avatar="cartoon"),
    dict(name="连州菜心农户", platform="kuaishou", avatar="default"),
    dict(name="南雄腊鸭妹", platform="bilibili", avatar="cartoon"),
    dict(name="饶平茶农阿伯", platform="douyin", avatar="scenery"),
    dict(name="揭西擂茶妹", platform="kuaishou", avatar="default"),
    dict(name="陆河青梅园", platform="douyin", avatar="scenery"),
    dict(name="遂溪牛肉哥", platform="kuaishou"),
    dict(name="广东药监科普志愿者", platform="weibo", vtype="personal", reason="药师",
         desc="个人账号，转发广东药监的用药提示，非官方。"),
    dict(name="我看山东统计数据", platform="toutiao", vtype="personal", reason="财经博主",
         desc="个人解读，非官方。"),
    dict(name="南沙街坊阿华", platform="wechat", desc="南沙本地生活分享。", avatar="cartoon"),
]
COMMERCIAL = [
    dict(name="平安产险莱阳", platform="douyin", vtype="enterprise", reason="中国平安财产保险股份有限公司莱阳支公司",
         desc="车险咨询。", logo_text="平安"),
    dict(name="招远金店", platform="toutiao", vtype="enterprise", reason="招远市金城珠宝有限公司"),
    dict(name="海阳海水浴场", platform="kuaishou", avatar="default"),
    dict(name="安丘大姜批发", platform="douyin", vtype="enterprise", reason="安丘市农丰食品有限公司"),
    dict(name="高密家纺厂", platform="kuaishou"),
    dict(name="昌邑苗木基地", platform="douyin", avatar="default"),
    dict(name="肥城佛桃", platform="kuaishou"),
    dict(name="乐陵金丝枣", platform="douyin", avatar="default"),
    dict(name="莱西花生油", platform="toutiao", vtype="enterprise", reason="莱西市鲁花种植专业合作社"),
    dict(name="邹平铝业配件", platform="weibo", vtype="enterprise", reason="邹平宏达铝材有限公司"),
    dict(name="莒南花生", platform="kuaishou"),
    dict(name="郓城服装城", platform="douyin", vtype="enterprise", reason="郓城县鑫源服饰有限公司"),
    dict(name="嘉祥石雕厂", platform="kuaishou", avatar="default"),
    dict(name="广饶轮胎", platform="toutiao", vtype="enterprise", reason="广饶县宏盛轮胎有限公司"),
    dict(name="连州水晶梨", platform="wechat", vtype="enterprise", reason="连州市果蔬专业合作社"),
    dict(name="乐昌香芋", platform="douyin"),
    dict(name="四会玉器城", platform="kuaishou", avatar="default"),
    dict(name="恩平温泉酒店", platform="douyin", vtype="enterprise", reason="恩平市泉林度假酒店有限公司"),
    dict(name="博罗罗浮山酒", platform="toutiao", vtype="enterprise", reason="博罗县罗浮山酒业有限公司"),
    dict(name="五华长乐烧", platform="weibo", vtype="enterprise", reason="五华县长乐酒业有限公司"),
    dict(name="饶平单丛茶庄", platform="kuaishou"),
    dict(name="海丰海鲜大排档", platform="douyin", avatar="default"),
    dict(name="金湾航展酒店", platform="weibo", vtype="enterprise", reason="珠海金湾航展酒店有限公司"),
    dict(name="莱芜黑猪肉", platform="wechat", vtype="enterprise", reason="济南莱芜黑猪养殖专业合作社"),
    dict(name="广东科技企业代办", platform="douyin", desc="高新企业认定代办公司，与科技部门无关。"),
    dict(name="山东自然资源测绘培训班", platform="wechat", vtype="enterprise", reason="济南测途教育咨询有限公司",
         desc="培训机构，非政府部门。"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
# kinds the other parts lack: street offices, police stations and town governments of this part's counties,
# state-run schools and hospitals
UNREG_DISTRICTS = [
    ("广州", "南沙", "南沙区", ["market_d"]), ("广州", "荔湾", "荔湾区", ["fabu_d"]),
    ("珠海", "金湾", "金湾区", ["police_d"]), ("汕头", "澄海", "澄海区", ["fabu_d"]),
    ("济南", "莱芜", "莱芜区", ["police_d"]), ("威海", "文登", "文登区", ["fabu_d"]),
    ("莱阳", "古柳", "古柳街道", ["street4"]), ("招远", "泉山", "泉山街道", ["street4"]),
    ("海阳", "方圆", "方圆街道", ["pcs4"]), ("安丘", "兴安", "兴安街道", ["street4"]),
    ("昌邑", "奎聚", "奎聚街道", ["pcs4"]), ("肥城", "新城", "新城街道", ["street4"]),
    ("乐陵", "胡家", "胡家街道", ["pcs4"]), ("莒南", "十字路", "十字路街道", ["street4"]),
    ("连州", "连州", "连州镇", ["towngov4"]), ("乐昌", "乐城", "乐城街道", ["street4"]),
    ("四会", "东城", "东城街道", ["pcs4"]), ("遂溪", "遂城", "遂城镇", ["towngov4"]),
    ("五华", "水寨", "水寨镇", ["towngov4"]), ("饶平", "黄冈", "黄冈镇", ["pcs4"]),
    ("陆河", "河田", "河田镇", ["towngov4"]), ("新丰", "丰城", "丰城街道", ["street4"]),
]
UNREG_CITY = [
    ("莱阳", "school4", 0), ("招远", "hosp4", 0), ("海阳", "school4", 0), ("安丘", "hosp4", 0), ("高密", "school4", 0),
    ("昌邑", "hosp4", 0), ("乐陵", "school4", 0), ("邹平", "hosp4", 0), ("郯城", "school4", 0), ("莒南", "hosp4", 0),
    ("郓城", "school4", 0), ("广饶", "hosp4", 0), ("连州", "hosp4", 0), ("乐昌", "school4", 0), ("南雄", "hosp4", 0),
    ("四会", "school4", 0), ("恩平", "hosp4", 0), ("遂溪", "school4", 0), ("五华", "hosp4", 0), ("饶平", "school4", 0),
    ("海丰", "hosp4", 0), ("陆河", "school4", 0), ("新丰", "hosp4", 0), ("仁化", "school4", 0),
    ("山东", "agri4", 0), ("广东", "natres4", 0), ("山东", "forest4", 0),
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
    print("building dev4 ...")
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
