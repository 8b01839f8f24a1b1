"""Thirteenth dev part (dev13): built blind as the ninth held-out part (2026-12-03), demoted to tuning data in the
eleventh session.
Run: python eval/impostor/dev13/spec_dev13.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev12/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, counties,
county-level cities and districts across its prefectures, autonomous ones included, and a few towns), plus two
unused Shandong places and one unused provincial body each of Shandong and Guangdong, so the registry is the
supervising office's registry for three provinces.  Part-specific machinery (new unit and town kinds, level forms,
traditional-form modes, digit forms, colour filters, frames, screenshot layouts, the registry's region fix) lives
in this file, not in gen_common.py.
"""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gen_common as G  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageOps  # noqa: E402

PART = "dev13"
SEED = 64927
CRAWL_DAY = "2025-05-20"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "kexie13": ("{F}科学技术协会", "{F}科学技术协会", ["{S}科协", "{S}科普"], "globe", None,
                "发布科普活动、学会服务和科技工作者之家信息"),
    "minzong13": ("{F}民族宗教事务委员会", "{F}民族宗教事务局", ["{S}民宗", "{S}民族宗教"], "hands", None,
                  "发布民族团结进步、民族文化保护和宗教事务管理信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_sl13": ("{F}{DF}水利服务中心", ["{DS}水利站", "{DS}水利服务"], "waves", None,
                  "发布防汛抗旱、河湖巡查和农田水利信息"),
    "town_tw13": ("共青团{F}{DF}委员会", ["青春{DS}", "{DS}团委"], "star", None,
                  "发布青年志愿服务、青少年活动和团建信息"),
    "town_mz13": ("{F}{DF}民政办公室", ["{DS}民政办", "{DS}民政服务"], "hands", None,
                  "办理低保、特困供养、临时救助和养老服务事项"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"kexie13": "科协", "minzong13": "民宗", "town_sl13": "水利站", "town_tw13": "团委",
               "town_mz13": "民政办"}.items():
    G.FN.setdefault(_k, _v)

# counties, county-level cities and districts are built as "city" places; their prefecture is kept here
_SY, _YC, _XY, _JM = ("十堰", "十堰市"), ("宜昌", "宜昌市"), ("襄阳", "襄阳市"), ("荆门", "荆门市")
_XG, _JZ, _HG, _XN = ("孝感", "孝感市"), ("荆州", "荆州市"), ("黄冈", "黄冈市"), ("咸宁", "咸宁市")
_SZ, _ES = ("随州", "随州市"), ("恩施", "恩施土家族苗族自治州")
PARENT = {"丹江口": _SY, "郧阳": _SY, "竹溪": _SY, "房县": _SY,
          "宜都": _YC, "兴山": _YC, "秭归": _YC, "长阳": _YC, "五峰": _YC, "远安": _YC,
          "老河口": _XY, "宜城": _XY, "南漳": _XY, "谷城": _XY,
          "钟祥": _JM, "京山": _JM, "沙洋": _JM,
          "安陆": _XG, "汉川": _XG, "应城": _XG, "云梦": _XG, "大悟": _XG, "孝昌": _XG,
          "松滋": _JZ, "监利": _JZ,
          "麻城": _HG, "红安": _HG, "蕲春": _HG, "浠水": _HG, "武穴": _HG, "团风": _HG, "黄梅": _HG,
          "赤壁": _XN, "通山": _XN, "通城": _XN, "崇阳": _XN, "嘉鱼": _XN,
          "广水": _SZ, "随县": _SZ,
          "利川": _ES, "巴东": _ES, "咸丰": _ES, "鹤峰": _ES, "宣恩": _ES, "来凤": _ES,
          "成武": ("菏泽", "菏泽市")}
# the prefecture as it was written before the prefecture-level reforms (地区, or the autonomous prefecture's
# former name); used by one of the level forms
OLD_PREF = {"丹江口": "郧阳地区", "竹溪": "郧阳地区",
            "宜都": "宜昌地区", "兴山": "宜昌地区", "秭归": "宜昌地区", "长阳": "宜昌地区", "五峰": "宜昌地区",
            "老河口": "襄阳地区", "宜城": "襄阳地区", "南漳": "襄阳地区", "谷城": "襄阳地区",
            "钟祥": "荆州地区", "京山": "荆州地区", "松滋": "荆州地区", "监利": "荆州地区",
            "安陆": "孝感地区", "汉川": "孝感地区", "广水": "孝感地区",
            "麻城": "黄冈地区", "红安": "黄冈地区", "蕲春": "黄冈地区", "浠水": "黄冈地区",
            "赤壁": "咸宁地区", "通山": "咸宁地区",
            "利川": "鄂西州", "巴东": "鄂西州", "咸丰": "鄂西州", "鹤峰": "鄂西州",
            "成武": "菏泽地区", "茌平": "聊城地区"}
AUTONOMOUS = {"长阳", "五峰"}           # autonomous counties
IN_AUTONOMOUS_PREF = {"利川", "巴东", "咸丰", "鹤峰"}  # counties of the autonomous prefecture

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_4 = ["weibo", "wechat", "douyin", "toutiao"]
_4k = ["wechat", "douyin", "kuaishou", "toutiao"]
PROVINCES = [
    dict(S="湖北", F="湖北省", area="027", landmark="bridge", nick="荆楚",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("market", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12315"}}),
                ("tax", {"platforms": ["weibo", "wechat", "douyin"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _2}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("hrss", {"platforms": _3, "names": {"wechat": "{S}12333"}}),
                ("kexie13", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="鲁风",
         depts=[("housing", {"platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="南国",
         depts=[("civil", {"platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="湖北省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


CITIES = [
    # ---- counties, county-level cities and one district of the new province
    _c("丹江口", "丹江口市", "0719", "waves", "武当",
       ["fabu", "police", ("culture", {"avatar": "distinctive", "platforms": _4})]),
    _c("郧阳", "郧阳区", "0719", "mountain", "恐龙蛋之乡", ["fabu"]),
    _c("竹溪", "竹溪县", "0719", "mountain", "贡米之乡", ["fabu", ("hotline", {"platforms": _3})]),
    _c("宜都", "宜都市", "0717", "waves", "宜红茶乡",
       ["fabu", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    _c("兴山", "兴山县", "0717", "mountain", "香溪源", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("秭归", "秭归县", "0717", "pagoda", "屈原故里",
       ["fabu", "police", ("culture", {"avatar": "distinctive", "platforms": _4k})],
       [dict(DS="茅坪", DF="茅坪镇", depts=["town_sl13"])]),
    _c("长阳", "长阳土家族自治县", "0717", "waves", "清江画廊", ["fabu", ("minzong13", {"name_idx": 0})]),
    _c("五峰", "五峰土家族自治县", "0717", "mountain", "柴埠溪", ["fabu", "police"],
       [dict(DS="渔洋关", DF="渔洋关镇", depts=["town_tw13"])]),
    _c("老河口", "老河口市", "0710", "waves", "光化", ["fabu", ("hotline", {"platforms": _3})]),
    _c("宜城", "宜城市", "0710", "pagoda", "楚皇城", ["fabu", "police"]),
    _c("南漳", "南漳县", "0710", "mountain", "古山寨", ["fabu"]),
    _c("谷城", "谷城县", "0710", "waves", "南河", ["fabu", "police"]),
    _c("钟祥", "钟祥市", "0724", "pagoda", "莫愁故里", ["fabu", "police"]),
    _c("京山", "京山市", "0724", "mountain", "绿林", ["fabu", ("kexie13", {"name_idx": 0})]),
    _c("安陆", "安陆市", "0712", "mountain", "白兆山", ["fabu", "police"]),
    _c("汉川", "汉川市", "0712", "waves", "汈汊湖",
       [("gov", {"name_idx": 0, "names": {"weibo": "{S}政务"}}), ("hotline", {"platforms": _2})]),
    _c("松滋", "松滋市", "0716", "waves", "洈水", ["fabu"]),
    _c("监利", "监利市", "0716", "waves", "稻虾之乡",
       ["fabu", "police", ("tax", {"platforms": _3, "names": {"wechat": "{S}12366"}})]),
    _c("麻城", "麻城市", "0713", "mountain", "龟峰山", ["fabu", "police", ("hotline", {"platforms": _3})]),
    _c("红安", "红安县", "0713", "sun", "将军县", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("蕲春", "蕲春县", "0713", "pagoda", "蕲艾之乡", ["fabu", ("health", {"name_idx": 0})],
       [dict(DS="蕲州", DF="蕲州镇", depts=["town_mz13"])]),
    _c("浠水", "浠水县", "0713", "mountain", "三角山", ["fabu", "police"]),
    _c("赤壁", "赤壁市", "0715", "pagoda", "羊楼洞",
       ["fabu", "police", ("culture", {"avatar": "distinctive", "platforms": _4})]),
    _c("通山", "通山县", "0715", "mountain", "隐水洞", ["fabu", ("culture", {"avatar": "distinctive"})]),
    _c("广水", "广水市", "0722", "mountain", "应山",
       ["fabu", ("hrss", {"platforms": _3, "names": {"wechat": "{S}12333"}})]),
    _c("利川", "利川市", "0718", "mountain", "腾龙洞",
       ["fabu", "police", ("culture", {"avatar": "distinctive", "platforms": _4})],
       [dict(DS="谋道", DF="谋道镇", depts=["town_sl13"])]),
    _c("巴东", "巴东县", "0718", "waves", "神农溪", ["fabu", "police"]),
    _c("咸丰", "咸丰县", "0718", "pagoda", "唐崖", ["fabu", ("minzong13", {"name_idx": 0})]),
    _c("鹤峰", "鹤峰县", "0718", "mountain", "溇水", ["fabu"],
       [dict(DS="容美", DF="容美镇", depts=["town_mz13"])]),
    # ---- one unused county of Shandong, and one Shandong district that was a county until 2019
    _c("成武", "成武县", "0530", "waves", "文亭湖", ["fabu"], province="山东省"),
    _c("聊城", "聊城市", "0635", "pagoda", "圆铃大枣", [],
       [dict(DS="茌平", DF="茌平区", depts=["fabu_d"])], province="山东省"),
    # ---- places that only have unregistered units here
    _c("远安", "远安县", "0717", "mountain", "嫘祖故里", []),
    _c("应城", "应城市", "0712", "waves", "膏都", []),
    _c("云梦", "云梦县", "0712", "pagoda", "睡虎地", []),
    _c("大悟", "大悟县", "0712", "mountain", "鄂北门户", []),
    _c("孝昌", "孝昌县", "0712", "waves", "双峰山", []),
    _c("沙洋", "沙洋县", "0724", "sun", "油菜花海", []),
    _c("武穴", "武穴市", "0713", "waves", "鄂东门户", []),
    _c("团风", "团风县", "0713", "mountain", "大崎山", []),
    _c("黄梅", "黄梅县", "0713", "pagoda", "禅宗圣地", []),
    _c("通城", "通城县", "0715", "mountain", "药姑山", []),
    _c("崇阳", "崇阳县", "0715", "waves", "隽水", []),
    _c("嘉鱼", "嘉鱼县", "0715", "waves", "簰洲湾", []),
    _c("随县", "随县", "0722", "pagoda", "编钟故里", []),
    _c("宣恩", "宣恩县", "0718", "mountain", "贡水", []),
    _c("来凤", "来凤县", "0718", "waves", "酉水", []),
    _c("房县", "房县", "0719", "mountain", "诗经源", []),
]

RENAME_SHARE = 0.072


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "微发布")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安微警务")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345政务热线")
    if d == "culture" and name == S + "文旅":
        opts.append("灵秀" + S if u["level"] == "province" else "游" + S)
    if d == "kexie13" and name == S + "科协":
        opts.append(S + "科普")
    if d == "minzong13" and name == S + "民宗":
        opts.append(S + "民族宗教")
    if d == "town_sl13" and name == S + "水利站":
        opts.append(S + "水利")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: one symbol to eight characters, notices in brackets, platform jargon, province-flavoured words;
# up to two are stacked by the builder
SUFFIXES = ["协管员", "服务部", "值班台", "回复", "分站", "办事群", "协办员", "联系人", "问事处", "帮扶队", "群众之家",
            "红马甲", "志愿岗", "民生直播", "荆楚通", "鄂办事", "｜政策咨询请留言", "分身", "小号", "副号", "QQ群",
            "微信群", "会客厅", "通讯员", "说事", ".gov", "（转）", "楚讯", "客户服务部", "快办", "帮你办", "授权号"]
PREFIXES = ["鄂", "荆楚", "楚天", "鄂·", "【公告】", "公告:", "【公示】", "【辟谣】", "【必读】", "特别提醒", "❗", "➤",
            "☞", "✦", "❶", "#", "(官)", "我县", "我市", "县里", "乡亲们", "已核验"]
# one stroke or one component away, a box drawing for 口 and a Japanese form; no pair is used by another part
# (either table, either direction) and no look-alike is also a homophone of its source (checked with pypinyin)
LOOKALIKE = {
    "北": ["丠"], "府": ["庥"], "科": ["料"], "宗": ["宋"], "利": ["私"], "办": ["力"], "归": ["旧"], "五": ["互"],
    "老": ["考"], "漳": ["潼"], "谷": ["各"], "钟": ["钾"], "京": ["亮"], "应": ["庆"], "滋": ["磁"], "麻": ["痳"],
    "红": ["纤"], "赤": ["亦"], "壁": ["擘"], "巴": ["巳"], "咸": ["戚"], "丰": ["キ"], "茌": ["荏"], "茅": ["芧"],
    "洋": ["详"], "谋": ["谍"], "关": ["美"], "峰": ["岭"], "浠": ["淆"], "陆": ["陡"], "安": ["灾"], "平": ["干"],
    "政": ["放"], "务": ["势"], "委": ["姿"], "场": ["圾"], "监": ["紧"], "税": ["阅"], "文": ["齐"], "旅": ["於"],
    "社": ["吐"], "民": ["氐"], "住": ["任"], "团": ["因"], "丹": ["冉"], "江": ["杠"], "口": ["□"], "宜": ["宙"],
    "都": ["郗"], "兴": ["兰"], "河": ["沔"], "祥": ["洋"], "汉": ["汁"], "春": ["眷"], "通": ["逋"], "成": ["戌"],
    "武": ["弐"], "坪": ["伻"], "道": ["遵"], "容": ["宕"], "美": ["羔"], "建": ["逮"], "湖": ["溯"],
}
# identical toneless pinyin (pypinyin); no pair is used by another part in either table or direction
SAME_SOUND = {
    "北": ["背"], "府": ["附"], "卫": ["未"], "委": ["伟"], "科": ["课"], "协": ["谐"], "宗": ["棕"], "住": ["柱"],
    "建": ["件"], "团": ["湍"], "利": ["力"], "站": ["占"], "办": ["伴"], "丹": ["单"], "竹": ["主"], "溪": ["西"],
    "宜": ["移"], "兴": ["行"], "秭": ["紫"], "归": ["规"], "五": ["午"], "峰": ["风"], "老": ["劳"], "河": ["和"],
    "漳": ["张"], "谷": ["故"], "钟": ["终"], "祥": ["详"], "京": ["经"], "应": ["英"], "陆": ["录"], "汉": ["含"],
    "川": ["船"], "松": ["宋"], "滋": ["姿"], "麻": ["马"], "红": ["洪"], "蕲": ["其"], "春": ["唇"], "浠": ["希"],
    "赤": ["吃"], "壁": ["必"], "通": ["铜"], "巴": ["八"], "咸": ["闲"], "丰": ["封"], "鹤": ["和"], "郧": ["云"],
    "成": ["程"], "武": ["五"], "茌": ["池"], "茅": ["毛"], "坪": ["瓶"], "渔": ["余"], "洋": ["羊"], "关": ["官"],
    "谋": ["眸"], "道": ["到"], "容": ["荣"], "美": ["眉"], "公": ["汞"], "政": ["睁"], "务": ["无"], "市": ["时"],
    "场": ["昌"], "监": ["减"], "旅": ["驴"], "人": ["忍"], "社": ["奢"], "民": ["抿"], "江": ["降"], "口": ["抠"],
    "阳": ["氧"], "城": ["逞"], "健": ["俭"], "湖": ["呼"],
}
TRAD_MODES = ["boundary_pair", "place_last", "dept_word"]
# separators typed to break a name (slash, bar, full stop, enumeration comma, tilde, dashes, full-width low line
# and hyphen, a Hangul dot, a dot operator, a box-drawing bar, a dot accent); every Unicode space separator and
# blank-looking character is used by some other part
SPACES = ["/", "|", ".", "、", "~", "—", "＿", "－", "ㆍ", "⋅", "│", "˙"]
DOUBLE_SPACE_P = 0.14
ZERO_WIDTH = ["\U00013434", "\U000e0021", "\U000e0024", "\U000e002e", "\U000e0050", "\U000e0069", "\U000e007e",
              "\U000e0105", "\U000e0118", "\U000e0160", "\U000e0190", "\U000e01b3"]
EMOJI = ["🦞", "🐟", "🍜", "🌉", "🚢", "‼️", "💬", "📝", "📋", "🔗", "🚧", "👇", "🙏", "🔎"]
BRACKETS = [("(", "）"), ("（", ")"), ("<<", ">>"), ('"', '"'), ("*", "*"), ("〓", "〓"), ("『", "】"), ("[", "】"),
            ("✧", "✧"), ("◤", "◢")]
FULLWIDTH_MODES = ["tilde_overlay", "x_below", "zalgo_light", "devanagari"]
LEVEL_FORMS = ["old_diqu", "autonomy", "town_street", "level_drop"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民驿站", "{nick}平安课堂", "{S}户政服务"],
    "fabu": ["{S}权威播报", "{nick}要事汇", "{S}政务观察"],
    "gov": ["{S}政策问答", "{nick}投资热线"],
    "health": ["{S}健康科普", "{nick}问医"],
    "market": ["{S}消费警示", "{nick}质监速递"],
    "tax": ["{S}税费问答", "{nick}税收宣传"],
    "hotline": ["{S}群众来电", "{nick}民情回访"],
    "culture": ["{S}自驾游", "{nick}民宿推荐", "{S}景区资讯"],
    "hrss": ["{S}招聘资讯", "{nick}就业服务站"],
    "kexie13": ["{S}科普e站", "{nick}科学小站"],
    "minzong13": ["{S}民族团结", "{nick}民俗风情"],
    "housing": ["{S}房屋安全", "{nick}城建动态"],
    "civil": ["{S}救助申领", "{nick}养老政策"],
    "fabu_d": ["{S}城区快讯"],
    "town_tw13": ["{S}青年志愿者"],
    "town_sl13": ["{S}防汛抗旱"],
    "town_mz13": ["{S}低保公示"],
    "generic": ["{S}民生服务站", "{nick}百姓话题", "{S}政务助手"],
}


# ---- digit forms (the registered digit names are 12345, 12366, 12315 and 12333)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


_ZALGO = ["\u0346", "\u034a", "\u0359", "\u035b", "\u0348", "\u033c", "\u0352"]


def _zalgo_light(s):
    """A light 'fancy text' style: one or two random combining marks on every digit (chosen per name)."""
    rr = random.Random("z" + s)
    out = []
    for c in s:
        out.append(c)
        if "0" <= c <= "9":
            out.extend(rr.sample(_ZALGO, rr.choice([1, 1, 2])))
    return "".join(out)


FULLWIDTH_FUNCS = {
    "tilde_overlay": lambda s: _marks(s, "\u0334"),
    "x_below": lambda s: _marks(s, "\u0353"),
    "zalgo_light": _zalgo_light,
    "devanagari": lambda s: "".join(chr(0x0966 + ord(c) - 48) if "0" <= c <= "9" else c for c in s),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _autonomy_applies(pl):
    return pl["S"] in AUTONOMOUS or (pl["S"] in IN_AUTONOMOUS_PREF and pl["F"].endswith("县"))


def _old_diqu(u, acc):
    """The parent written at its pre-reform level (地区, or the autonomous prefecture's former name) in front:
    黄冈地区麻城发布 / 黄冈地区麻城市发布 for a county of a prefecture-level city."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] == "city":
        old = OLD_PREF.get(pl["S"])
        if not old or not name.startswith(pl["S"]):
            return None
        rest = name[len(pl["S"]):]
        return [old + pl["S"] + rest, old + pl["F"] + rest][_h(acc, "d") % 2]
    if u["level"] == "district":
        old = OLD_PREF.get(pl["DS"])
        if old and name.startswith(pl["DS"]):
            return old + name
    return None


def _autonomy(u, acc):
    """The autonomy word: an autonomous county written with 自治县 (长阳自治县发布), and a county of the autonomous
    prefecture wrongly written as an autonomous county."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or not name.startswith(pl["S"]) or not _autonomy_applies(pl):
        return None
    return pl["S"] + "自治县" + name[len(pl["S"]):]


def _town_street(u, acc):
    """A town written as a subdistrict: 茅坪街道水利站 / 茅坪街道办水利站."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or not pl["DF"].endswith("镇"):
        return None
    DS = pl["DS"]
    k = name.find(DS)
    if k < 0:
        return None
    return name[:k + len(DS)] + ["街道", "街道办"][_h(acc, "t") % 2] + name[k + len(DS):]


def _level_drop(u, acc):
    """The level word dropped: from a registered name that carries it (湖北人民政府), otherwise from the unit's own
    full name (湖北公安厅, 麻城公安局, 国家税务总局宜都税务局, 秭归茅坪水利服务中心)."""
    name, pl = acc["row"]["name"], u["place"]
    F, S = pl["F"], pl["S"]
    if F != S and F in name:
        return name.replace(F, S, 1)
    if u["level"] == "district" and pl["DF"] in name:
        return name.replace(pl["DF"], pl["DS"], 1)
    unit = u["unit"]
    if u["level"] == "district":
        unit = unit.replace(pl["DF"], pl["DS"], 1)
    out = unit.replace(F, S, 1) if F != S else unit
    return out if out != unit or u["level"] == "district" else None


_FORM_MAKERS = {"old_diqu": _old_diqu, "autonomy": _autonomy, "town_street": _town_street, "level_drop": _level_drop}


def _chosen_form(u, acc):
    """One level form per account, so that the forms most targets can carry do not crowd out the others: the
    autonomy word in autonomous areas, the subdistrict word for towns, otherwise one of the parent's old level and
    the dropped level word (two to one, picked reproducibly per account).  Other counties carry one on every
    other account (digit names always) and provincial accounts one in four times."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    if u["level"] == "province" and _h(acc, "p") % 4 and not (u["place"]["F"] in acc["row"]["name"]):
        return None
    for f, n in cands:  # the rarer forms first: autonomous areas and towns carry their own
        if f in ("autonomy", "town_street"):
            return f, n
    if u["level"] != "province" and _h(acc, "g") % 2 and not any(c.isdigit() for c in acc["row"]["name"]):
        return None  # other counties: every other account, so that their two forms do not crowd out the rest
    cands = sorted(cands, key=lambda fn: fn[0] != "old_diqu")
    return cands[0] if len(cands) == 1 or _h(acc, "f") % 3 else cands[1]


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
    pl = u["place"].get("DS", u["place"]["S"])
    k = s.find(pl)
    return (k, k + len(pl)) if k >= 0 else (-1, -1)


def _t_boundary_pair(s, u, r):
    """The convertible characters nearest to the place/department boundary, one on each side where possible."""
    a, b = _place_span(s, u)
    idx = _conv_idx(s)
    if not idx:
        return None
    if a < 0:
        mid = len(s) // 2
        before, after = [i for i in idx if i < mid], [i for i in idx if i >= mid]
    else:
        before, after = [i for i in idx if i < b], [i for i in idx if i >= b]
    pick = before[-1:] + after[:1]
    return _conv(s, pick) if pick else None


def _t_place_last(s, u, r):
    """Only the last convertible character of the place name."""
    a, b = _place_span(s, u)
    idx = [i for i in _conv_idx(s) if a <= i < b]
    return _conv(s, idx[-1:]) if idx else None


def _t_dept_word(s, u, r):
    """Every convertible character of the department's own word (发布 -> 發佈, 市场监管 -> 市場監管)."""
    w = G.FN.get(u["dept"], "")
    k = s.find(w) if w else -1
    if k < 0:
        a, b = _place_span(s, u)
        if b <= 0:
            return None
        k, w = b, s[b:]
    idx = [i for i in _conv_idx(s) if k <= i < k + len(w)]
    return _conv(s, idx) if idx else None


TRAD_FUNCS = {"boundary_pair": _t_boundary_pair, "place_last": _t_place_last, "dept_word": _t_dept_word}


# ---- image edits
def _teal_orange(img, rng):
    """A cinematic grade: shadows pushed to teal, highlights to orange."""
    k = rng.uniform(0.34, 0.42)
    a = np.array(img, float)
    lum = (a @ np.array([0.299, 0.587, 0.114]))[..., None] / 255.0
    teal, orange = np.array([0, 128, 128], float), np.array([255, 150, 60], float)
    tone = teal * (1 - lum) + orange * lum
    return Image.fromarray(np.clip((1 - k) * a + k * tone, 0, 255).astype(np.uint8)), f"teal-orange grade {k:.2f}"


def _bloom(img, rng):
    """A soft glow: the bright parts blurred and screened back over the picture."""
    rad = rng.uniform(2.5, 4.0)
    bright = img.point(lambda v: 255 if v > 170 else int(v * 0.3)).filter(ImageFilter.GaussianBlur(rad))
    out = ImageChops.screen(img, ImageEnhance.Brightness(bright).enhance(0.55))
    return out, f"bloom radius {rad:.1f}"


def _emboss_mix(img, rng):
    """A relief look: the picture blended with its emboss filter."""
    k = rng.uniform(0.3, 0.38)
    emb = img.filter(ImageFilter.EMBOSS)
    return Image.blend(img, emb, k), f"emboss blend {k:.2f}"


def _hue_opposite(img, rng):
    hsv = np.array(img.convert("HSV"), dtype=np.int16)
    shift = rng.randint(*EDIT_PARAMS["hue_shift"])
    hsv[..., 0] = (hsv[..., 0] + shift) % 256
    return Image.fromarray(hsv.astype(np.uint8), "HSV").convert("RGB"), f"hue +{shift}/256"


def _seal_ring(img, rng, P):
    """A red 'official seal' ring around the picture, with tick marks and a star, on a coloured card."""
    w = img.size[0]
    pad = max(6, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    red = (205, 20, 30)
    d.ellipse([2, 2, W - 3, W - 3], fill=(250, 246, 240), outline=red, width=max(3, pad // 6))
    c, R = W / 2, W / 2 - pad * 0.45
    for k in range(36):
        a = np.radians(k * 10)
        d.line([c + R * np.cos(a), c + R * np.sin(a), c + (R - pad * 0.25) * np.cos(a),
                c + (R - pad * 0.25) * np.sin(a)], fill=red, width=2)
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    G._star(d, c, pad * 0.45, pad * 0.32, red)
    return out, "border seal ring"


def _shield_mask(img, rng, P):
    """The picture cut to a shield outline on a coloured ground."""
    w = img.size[0]
    pad = max(4, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    big = img.resize((W - pad // 2, W - pad // 2), Image.LANCZOS)
    m = big.size[0]
    mask = Image.new("L", big.size, 0)
    ImageDraw.Draw(mask).polygon([(0.08 * m, 0.04 * m), (0.92 * m, 0.04 * m), (0.92 * m, 0.55 * m), (0.5 * m, 0.97 * m),
                                  (0.08 * m, 0.55 * m)], fill=255)
    out.paste(big, (pad // 4, pad // 4), mask)
    return out, "border shield mask"


def _heart_mask(img, rng, P):
    """The picture cut to a heart on a coloured ground."""
    w = img.size[0]
    pad = max(4, int(w * rng.uniform(*P["border_frac"])))
    W = w + 2 * pad
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    big = img.resize((W - pad // 2, W - pad // 2), Image.LANCZOS)
    m = big.size[0]
    mask = Image.new("L", big.size, 0)
    md = ImageDraw.Draw(mask)
    md.ellipse([0.02 * m, 0.08 * m, 0.52 * m, 0.58 * m], fill=255)
    md.ellipse([0.48 * m, 0.08 * m, 0.98 * m, 0.58 * m], fill=255)
    md.polygon([(0.05 * m, 0.42 * m), (0.95 * m, 0.42 * m), (0.5 * m, 0.97 * m)], fill=255)
    out.paste(big, (pad // 4, pad // 4), mask)
    return out, "border heart mask"


def _shot_video_call(img, rng, P, out_px):
    """An incoming video call: dark screen, the avatar in the middle, a name bar and the red/green buttons."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (28, 30, 36))
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = (S - a) // 2, int(0.16 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    d.rectangle([int(0.3 * S), y0 + a + int(0.05 * S), int(0.7 * S), y0 + a + int(0.09 * S)], fill=(220, 220, 220))
    for cx, col in ((0.28, (230, 60, 60)), (0.72, (60, 190, 90))):
        d.ellipse([cx * S - 0.07 * S, 0.8 * S, cx * S + 0.07 * S, 0.94 * S], fill=col)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot video call scale {a / S:.3f}"


def _shot_payment_page(img, rng, P, out_px):
    """A transfer/payment page: coloured header, the avatar as payee, an amount line and a large button."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (242, 242, 242))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(7, 193, 96) if rng.random() < 0.5 else (22, 119, 255))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = (S - a) // 2, int(0.14 * S)
    d.rectangle([int(0.04 * S), y0 - 6, int(0.96 * S), min(S - 4, y0 + a + int(0.2 * S))], fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    d.rectangle([int(0.2 * S), y0 + a + int(0.05 * S), int(0.8 * S), y0 + a + int(0.11 * S)], fill=(40, 40, 40))
    d.rounded_rectangle([int(0.12 * S), int(0.84 * S), int(0.88 * S), int(0.94 * S)], radius=10, fill=(7, 193, 96))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.55))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot payment page scale {a / S:.3f}"


def _shot_group_notice(img, rng, P, out_px):
    """A chat group's announcement card: title bar, the avatar at the top left, lines of notice text."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (236, 236, 236))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.08 * S)], fill=(237, 237, 237))
    d.rectangle([int(0.35 * S), int(0.025 * S), int(0.65 * S), int(0.055 * S)], fill=(60, 60, 60))
    d.rectangle([int(0.03 * S), int(0.1 * S), int(0.97 * S), int(0.97 * S)], fill=(255, 255, 255))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0, y0 = int(0.06 * S), int(0.13 * S)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
    d.rectangle([x0 + a + int(0.03 * S), y0 + int(0.05 * S), int(0.8 * S), y0 + int(0.09 * S)], fill=(70, 70, 70))
    for k in range(6):
        yy = y0 + a + int(0.05 * S) + k * int(0.06 * S)
        if yy > int(0.94 * S):
            break
        d.rectangle([int(0.06 * S), yy, int(0.06 * S) + int(S * rng.uniform(0.55, 0.88)), yy + int(0.022 * S)],
                    fill=(185, 185, 185))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot group notice scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"teal_orange": _teal_orange, "bloom": _bloom, "emboss_mix": _emboss_mix,
                                   "hue_opposite": _hue_opposite},
                   border_funcs={"seal_ring": _seal_ring, "shield_mask": _shield_mask, "heart_mask": _heart_mask},
                   screenshot_funcs={"video_call": _shot_video_call, "payment_page": _shot_payment_page,
                                     "group_notice": _shot_group_notice},
                   resize_px=[116, 130, 142, 154, 165, 172, 184, 194], jpeg_q=(1, 1), crop_frac=(0.2702, 0.2748),
                   border_styles=["seal_ring", "shield_mask", "heart_mask"],
                   border_colours=[(178, 24, 44), (16, 112, 176), (240, 180, 40), (34, 120, 70), (120, 60, 150),
                                   (90, 90, 96)],
                   border_frac=(0.3005, 0.3045),
                   recolour_modes=["teal_orange", "bloom", "emboss_mix", "hue_opposite"],
                   hue_shift=(111, 114), rotate_deg=(24.05, 24.45),
                   watermark_texts=["缴费通道", "点击办理", "鄂汇办", "退费专员", "补缴入口"],
                   watermark_alpha=(150, 165),
                   screenshot_styles=["video_call", "payment_page", "group_notice"],
                   screenshot_scale=(0.3505, 0.3595))
P_IMPOSTOR_DERIVED = 0.545
P_IMPOSTOR_DEFAULT = 0.095
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "cartoon", "person"]
P_IMPOSTOR_VERIFIED = 0.105
IMPOSTOR_VERIFIED = [("enterprise", "{S}楚汇政务代理服务有限公司"), ("personal", "鄂地资讯分享达人"),
                     ("other", "{S}在外务工人员联谊会")]
IMPOSTOR_DESCS = ["{S}{fn}防汛救灾补助开始发放，私信发送姓名和银行卡号登记，微信{wx}",
                  "【{S}{fn}】系统升级，原账号停用，请添加QQ{qq}迁移个人档案",
                  "{name}代办：新生儿落户、老年证、残疾证、居住证，材料发{wx}",
                  "{S}{fn}公益岗位招录，缴纳服装押金后上岗，咨询{wx}",
                  "{S}{fn}提醒您：养老金资格认证即将截止，点主页链接刷脸认证"]
MAX_PER_TARGET = 6

# Every pair of two tactics that the builder can write is already used by another part, so this part has no
# two-tactic combination; its 26 three-tactic combinations are new (none occurs in dev/ ... dev12/).
IMPOSTOR_PLAN = [
    (["suffix"], 30), (["prefix"], 30), (["reorder"], 30), (["lookalike_char"], 30), (["same_sound"], 30),
    (["traditional"], 30), (["spacing"], 30), (["zero_width"], 30), (["emoji_brackets"], 30),
    (["fullwidth"], 22), (["level_prefix"], 30), (["new_platform"], 30), (["avatar_only"], 36),
    (["emoji_brackets", "fullwidth", "prefix"], 4), (["emoji_brackets", "fullwidth", "traditional"], 4),
    (["fullwidth", "level_prefix", "same_sound"], 4), (["fullwidth", "new_platform", "zero_width"], 4),
    (["fullwidth", "reorder", "suffix"], 4), (["fullwidth", "spacing", "zero_width"], 4),
    (["fullwidth", "level_prefix", "spacing"], 4), (["emoji_brackets", "level_prefix", "suffix"], 4),
    (["emoji_brackets", "lookalike_char", "reorder"], 4), (["emoji_brackets", "new_platform", "traditional"], 4),
    (["level_prefix", "lookalike_char", "traditional"], 4), (["level_prefix", "new_platform", "suffix"], 4),
    (["lookalike_char", "new_platform", "spacing"], 4), (["lookalike_char", "prefix", "zero_width"], 4),
    (["new_platform", "suffix", "zero_width"], 4), (["prefix", "reorder", "same_sound"], 4),
    (["prefix", "spacing", "traditional"], 4), (["reorder", "same_sound", "traditional"], 4),
    (["same_sound", "suffix", "zero_width"], 4), (["emoji_brackets", "spacing", "traditional"], 4),
    (["level_prefix", "lookalike_char", "prefix"], 4), (["same_sound", "spacing", "traditional"], 4),
    (["lookalike_char", "traditional", "zero_width"], 4), (["lookalike_char", "prefix", "spacing"], 4),
    (["new_platform", "traditional", "zero_width"], 4), (["emoji_brackets", "lookalike_char", "prefix"], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
OTHER_PLACES_CHAR = [
    dict(reg="湖北", S="河北", F="河北省", province="河北省", level="province"),
    dict(reg="竹溪", S="贵溪", F="贵溪市", province="江西省", level=_C),
    dict(reg="宜都", S="宜良", F="宜良县", province="云南省", level=_C),
    dict(reg="兴山", S="凤山", F="凤山县", province="广西壮族自治区", level=_C),
    dict(reg="长阳", S="长垣", F="长垣市", province="河南省", level=_C),
    dict(reg="五峰", S="五寨", F="五寨县", province="山西省", level=_C),
    dict(reg="宜城", S="宜丰", F="宜丰县", province="江西省", level=_C),
    dict(reg="京山", S="稷山", F="稷山县", province="山西省", level=_C),
    dict(reg="安陆", S="安图", F="安图县", province="吉林省", level=_C),
    dict(reg="松滋", S="松桃", F="松桃苗族自治县", province="贵州省", level=_C),
    dict(reg="麻城", S="麻江", F="麻江县", province="贵州省", level=_C),
    dict(reg="红安", S="红原", F="红原县", province="四川省", level=_C),
    dict(reg="赤壁", S="赤城", F="赤城县", province="河北省", level=_C),
    dict(reg="通山", S="通许", F="通许县", province="河南省", level=_C),
    dict(reg="广水", S="广河", F="广河县", province="甘肃省", level=_C),
    dict(reg="巴东", S="巴塘", F="巴塘县", province="四川省", level=_C),
    dict(reg="咸丰", S="永丰", F="永丰县", province="江西省", level=_C),
    dict(reg="鹤峰", S="鹤庆", F="鹤庆县", province="云南省", level=_C),
    dict(reg="成武", S="成安", F="成安县", province="河北省", level=_C),
    dict(reg="浠水", S="涟水", F="涟水县", province="江苏省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="宜城", S="翼城", F="翼城县", province="山西省", level=_C),
    dict(reg="通山", S="铜山", F="徐州市铜山区", province="江苏省", level=_C),
    dict(reg="利川", S="黎川", F="黎川县", province="江西省", level=_C),
    dict(reg="浠水", S="习水", F="习水县", province="贵州省", level=_C),
    dict(reg="谷城", S="故城", F="故城县", province="河北省", level=_C),
    dict(reg="郧阳", S="云阳", F="云阳县", province="重庆市", level=_C),
    dict(reg="京山", S="金山", F="上海市金山区", province="上海市", level=_C),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("滦州", "滦州市", "河北省", "police"), ("遵化", "遵化市", "河北省", "fabu"), ("迁安", "迁安市", "河北省", "procur"),
    ("涿州", "涿州市", "河北省", "police"), ("霸州", "霸州市", "河北省", "fabu"), ("泊头", "泊头市", "河北省", "police"),
    ("任丘", "任丘市", "河北省", "fabu"), ("新民", "新民市", "辽宁省", "police"), ("北票", "北票市", "辽宁省", "fabu"),
    ("灯塔", "灯塔市", "辽宁省", "police"), ("洮南", "洮南市", "吉林省", "fabu"), ("桦甸", "桦甸市", "吉林省", "police"),
    ("蛟河", "蛟河市", "吉林省", "procur"), ("讷河", "讷河市", "黑龙江省", "police"),
    ("穆棱", "穆棱市", "黑龙江省", "fabu"), ("富锦", "富锦市", "黑龙江省", "police"),
    ("乌兰浩特", "乌兰浩特市", "内蒙古自治区", "fabu"), ("牙克石", "牙克石市", "内蒙古自治区", "police"),
    ("额尔古纳", "额尔古纳市", "内蒙古自治区", "fabu"), ("贵德", "贵德县", "青海省", "police"),
    ("门源", "门源回族自治县", "青海省", "fabu"), ("米林", "米林市", "西藏自治区", "police"),
    ("江孜", "江孜县", "西藏自治区", "fabu"), ("博乐", "博乐市", "新疆维吾尔自治区", "police"),
    ("轮台", "轮台县", "新疆维吾尔自治区", "fabu"), ("温宿", "温宿县", "新疆维吾尔自治区", "procur"),
    ("靖安", "靖安县", "江西省", "police"), ("分宜", "分宜县", "江西省", "fabu"), ("登封", "登封市", "河南省", "police"),
    ("巩义", "巩义市", "河南省", "fabu"), ("汝州", "汝州市", "河南省", "procur"), ("禹州", "禹州市", "河南省", "police"),
    ("林州", "林州市", "河南省", "fabu"), ("子长", "子长市", "陕西省", "police"), ("旬阳", "旬阳市", "陕西省", "fabu"),
    ("灵武", "灵武市", "宁夏回族自治区", "police"), ("平罗", "平罗县", "宁夏回族自治区", "fabu"),
    ("荔浦", "荔浦市", "广西壮族自治区", "police"), ("岑溪", "岑溪市", "广西壮族自治区", "fabu"),
    ("水富", "水富市", "云南省", "police"), ("泸水", "泸水市", "云南省", "fabu"), ("潼南", "潼南区", "重庆市", "police"),
    ("彭水", "彭水苗族土家族自治县", "重庆市", "fabu"), ("武隆", "武隆区", "重庆市", "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="湖北日报", platform="weibo", vtype="media", reason="湖北日报社官方微博", desc="湖北新闻。",
         logo_text="鄂报"),
    dict(name="极目新闻", platform="toutiao", vtype="media", reason="楚天都市报极目新闻官方账号", desc="新闻资讯。",
         logo_text="极目"),
    dict(name="长江日报", platform="weibo", vtype="media", reason="长江日报社官方微博", desc="武汉新闻。",
         logo_text="长江"),
    dict(name="湖北卫视", platform="bilibili", vtype="media", reason="湖北卫视官方账号", desc="卫视节目。",
         logo_text="鄂视"),
    dict(name="湖北经视", platform="douyin", vtype="media", reason="湖北广播电视台经视频道官方账号",
         desc="经视新闻。", logo_text="经视"),
    dict(name="楚天都市报", platform="weibo", vtype="media", reason="楚天都市报官方微博", desc="都市新闻。",
         logo_text="楚天"),
    dict(name="长江云", platform="toutiao", vtype="media", reason="湖北广播电视台长江云官方账号", desc="新闻客户端。",
         logo_text="长江云"),
    dict(name="荆楚网", platform="wechat", vtype="media", reason="湖北日报传媒集团荆楚网", desc="湖北门户网站。",
         logo_text="荆楚"),
    dict(name="十堰日报", platform="wechat", vtype="media", reason="十堰日报社", desc="十堰新闻。"),
    dict(name="三峡日报", platform="toutiao", vtype="media", reason="三峡日报社官方账号", desc="宜昌新闻。"),
    dict(name="襄阳日报", platform="wechat", vtype="media", reason="襄阳日报社", desc="襄阳新闻。"),
    dict(name="荆门日报", platform="douyin", vtype="media", reason="荆门日报社官方账号", desc="荆门新闻。"),
    dict(name="孝感日报", platform="wechat", vtype="media", reason="孝感日报社", desc="孝感新闻。"),
    dict(name="荆州日报", platform="toutiao", vtype="media", reason="荆州日报社官方账号", desc="荆州新闻。"),
    dict(name="黄冈日报", platform="wechat", vtype="media", reason="黄冈日报社", desc="黄冈新闻。"),
    dict(name="咸宁日报", platform="kuaishou", vtype="media", reason="咸宁日报社官方账号", desc="咸宁新闻。"),
    dict(name="随州日报", platform="wechat", vtype="media", reason="随州日报社", desc="随州新闻。"),
    dict(name="湖北之声", platform="weibo", vtype="media", reason="湖北广播电视台湖北之声官方微博", desc="广播新闻。",
         logo_text="之声"),
    dict(name="丹江口广电", platform="douyin", vtype="media", reason="丹江口市广播电视台官方账号", desc="丹江口新闻。"),
    dict(name="麻城电视台", platform="kuaishou", vtype="media", reason="麻城市广播电视台官方账号", desc="麻城新闻。"),
    dict(name="利川电视台", platform="douyin", vtype="media", reason="利川市广播电视台官方账号", desc="利川新闻。"),
    dict(name="湖北发布会现场", platform="douyin", vtype="media", reason="湖北广播电视台新闻频道官方账号",
         desc="新闻频道的发布会直播栏目，并非省政府新闻办账号。", logo_text="现场"),
    dict(name="麻城12345帮办", platform="toutiao", vtype="media", reason="黄冈广播电视台官方账号",
         desc="电视台民生栏目，跟进热线诉求的办理。", logo_text="帮办"),
    dict(name="赤壁文旅探访", platform="wechat", vtype="media", reason="咸宁日报社",
         desc="报社文旅栏目，走访赤壁景区，并非文旅局账号。", logo_text="探访"),
    dict(name="钟祥公安一线", platform="kuaishou", vtype="media", reason="荆门广播电视台官方账号",
         desc="电视台法治栏目，记者跟拍民警，并非公安账号。", logo_text="一线"),
    dict(name="湖北卫健科普君", platform="bilibili", vtype="media", reason="湖北卫视官方账号",
         desc="卫视健康节目的科普栏目，并非卫健委账号。", logo_text="科普"),
]
PERSONAL = [
    dict(name="麻城辅警小熊", platform="douyin", vtype="personal", reason="麻城市公安局辅警", desc="分享防骗小知识。"),
    dict(name="全科医生汪大夫", platform="kuaishou", vtype="personal", reason="宜都某卫生院全科医生"),
    dict(name="律师小罗谈法", platform="toutiao", vtype="personal", reason="湖北某律师事务所律师"),
    dict(name="秭归脐橙哥", platform="kuaishou"),
    dict(name="长阳山歌王", platform="douyin", avatar="cartoon"),
    dict(name="五峰采茶妹", platform="kuaishou"),
    dict(name="利川莼菜姐", platform="douyin", avatar="cartoon"),
    dict(name="巴东纤夫老谭", platform="kuaishou", avatar="default"),
    dict(name="九宫山徒步客", platform="weibo", avatar="scenery"),
    dict(name="赤壁青砖茶老李", platform="kuaishou", avatar="default"),
    dict(name="钟祥莫愁湖钓友", platform="douyin"),
    dict(name="蕲春艾灸师傅", platform="douyin", vtype="personal", reason="中医理疗师"),
    dict(name="黄梅戏票友阿芳", platform="weibo"),
    dict(name="红安绣花鞋阿姨", platform="kuaishou", avatar="cartoon"),
    dict(name="武当太极小师弟", platform="douyin"),
    dict(name="京山桥米农", platform="kuaishou", avatar="default"),
    dict(name="老河口梨农", platform="kuaishou"),
    dict(name="宜都蜜柑姐", platform="douyin", avatar="cartoon"),
    dict(name="汉川马口窑匠人", platform="weibo", vtype="personal", reason="马口窑陶艺传承人"),
    dict(name="监利龙虾哥", platform="douyin"),
    dict(name="浠水闻一多迷", platform="weibo", avatar="scenery"),
    dict(name="广水退休教师老吴", platform="toutiao"),
    dict(name="咸丰唐崖摄影", platform="weibo", vtype="personal", reason="摄影博主", avatar="scenery"),
    dict(name="天天刷湖北发布", platform="weibo", vtype="personal", reason="退休职工",
         desc="转发湖北发布的消息，个人账号，非官方。"),
    dict(name="小周读宜都税务", platform="toutiao", vtype="personal", reason="财税博主", desc="个人解读，非官方。"),
    dict(name="利川文旅打卡记", platform="wechat", desc="个人游记，记录在利川的吃住行，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="湖北文旅集团", platform="weibo", vtype="enterprise", reason="湖北文化旅游集团有限公司",
         desc="省属国有文旅企业，并非文化和旅游厅。", logo_text="文旅"),
    dict(name="麻城发布会策划", platform="wechat", vtype="enterprise", reason="麻城某文化传播有限公司",
         desc="发布会、年会、庆典策划，企业账号。"),
    dict(name="宜都税务代理记账", platform="douyin", vtype="enterprise", reason="宜都某财务咨询有限公司",
         desc="代理记账、税务筹划，私营企业，与税务局无关。"),
    dict(name="秭归脐橙直供", platform="douyin"),
    dict(name="长阳清江鱼", platform="kuaishou"),
    dict(name="五峰绿茶", platform="douyin", vtype="enterprise", reason="五峰某茶业有限公司"),
    dict(name="利川莼菜", platform="kuaishou", avatar="default"),
    dict(name="蕲春蕲艾堂", platform="douyin", vtype="enterprise", reason="蕲春某艾草制品有限公司"),
    dict(name="黄梅挑花工坊", platform="kuaishou"),
    dict(name="京山桥米", platform="douyin", vtype="enterprise", reason="京山某米业有限公司"),
    dict(name="赤壁青砖茶厂", platform="toutiao", vtype="enterprise", reason="赤壁某茶业有限公司"),
    dict(name="钟祥葛粉", platform="kuaishou"),
    dict(name="麻城菊花茶", platform="douyin"),
    dict(name="红安红苕", platform="kuaishou", avatar="default"),
    dict(name="监利小龙虾城", platform="douyin", vtype="enterprise", reason="监利某餐饮管理有限公司"),
    dict(name="汉川莲藕", platform="kuaishou"),
    dict(name="宜都蜜柑园", platform="douyin"),
    dict(name="丹江口翘嘴鱼", platform="kuaishou"),
    dict(name="房县黄酒坊", platform="douyin"),
    dict(name="竹溪贡米", platform="kuaishou", avatar="default"),
    dict(name="咸丰唐崖茶", platform="douyin"),
    dict(name="鹤峰茶业", platform="wechat", vtype="enterprise", reason="鹤峰某茶业有限公司"),
    dict(name="巴东脐橙", platform="kuaishou"),
    dict(name="安陆白花菜", platform="douyin"),
    dict(name="宜城大虾", platform="kuaishou"),
    dict(name="成武酱菜", platform="douyin", vtype="enterprise", reason="成武某食品有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("丹江口", "六里坪", "六里坪镇", ["town_sl13"]), ("宜都", "红花套", "红花套镇", ["town_tw13"]),
    ("兴山", "昭君", "昭君镇", ["town_mz13"]), ("长阳", "资丘", "资丘镇", ["town_sl13"]),
    ("钟祥", "柴湖", "柴湖镇", ["town_tw13"]), ("麻城", "宋埠", "宋埠镇", ["town_mz13"]),
    ("汉川", "马口", "马口镇", ["town_sl13"]), ("赤壁", "赵李桥", "赵李桥镇", ["town_tw13"]),
    ("利川", "柏杨坝", "柏杨坝镇", ["town_mz13"]), ("通山", "南林桥", "南林桥镇", ["town_sl13"]),
]
UNREG_CITY = [
    ("湖北", "edu", 0), ("湖北", "fire", 0), ("湖北", "emergency", 0), ("湖北", "eco", 0), ("湖北", "medins", 0),
    ("湖北", "transport", 0), ("山东", "hotline", 0), ("广东", "water", 1),
    ("丹江口", "hotline", 0), ("兴山", "police", 0), ("宜都", "police", 0), ("宜城", "tax", 0), ("南漳", "police", 0),
    ("京山", "police", 0), ("松滋", "police", 0), ("红安", "police", 0), ("通山", "police", 0), ("广水", "police", 0),
    ("鹤峰", "police", 0), ("长阳", "civil", 0), ("咸丰", "civil", 0), ("郧阳", "culture", 0), ("巴东", "culture", 0),
    ("成武", "police", 0),
    ("远安", "fabu", 0), ("通城", "fabu", 0), ("崇阳", "fabu", 0), ("应城", "fabu", 0), ("云梦", "fabu", 0),
    ("大悟", "fabu", 0), ("孝昌", "fabu", 0), ("武穴", "fabu", 0), ("团风", "fabu", 0), ("嘉鱼", "fabu", 0),
    ("随县", "fabu", 0), ("宣恩", "fabu", 0), ("来凤", "fabu", 0), ("沙洋", "fabu", 0), ("房县", "fabu", 0),
    ("黄梅", "fabu", 0), ("通城", "culture", 0), ("应城", "police", 0),
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
    print("building dev13 ...")
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
