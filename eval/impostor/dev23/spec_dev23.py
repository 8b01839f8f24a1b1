"""Twenty-third dev part (dev23; built 2026-12-04 in the twentieth session as the nineteenth blind held-out part,
demoted to tuning data in the twenty-first session).
Run: python eval/impostor/dev23/spec_dev23.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev22/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its provincial
bodies, and districts, counties and county-level cities across its prefecture-level cities, plus a few towns), plus
one unused provincial body each of Shandong and Guangdong, so the registry is the supervising office's registry for
three provinces.  Part-specific machinery (new unit and town kinds, level forms, traditional-form modes, digit forms,
colour filters, frames, screenshot layouts, the registry's region fix) lives in this file, not in gen_common.py.
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

PART = "dev23"
SEED = 57203
CRAWL_DAY = "2026-03-17"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "bianjian23": ("{F}出入境边防检查总站", "{F}出入境边防检查站", ["{S}边检", "{S}边检站"], "shield", None,
                   "发布口岸通关提示、出入境边防检查政策和边检服务信息"),
    "shuiwen23": ("{F}水文水资源中心", "{F}水文水资源分中心", ["{S}水文", "{S}水情"], "waves", None,
                  "发布江河水情、凌汛开江监测和水文测报信息"),
    "dongji23": ("{F}冬季运动项目管理中心", "{F}冬季运动项目管理中心", ["{S}冬管中心", "{S}冰雪运动"], "star", None,
                 "发布冰雪赛事、群众冬季运动和冰场雪场开放信息"),
    "shidi23": ("{F}湿地保护管理中心", "{F}湿地保护中心", ["{S}湿地", "{S}湿地保护"], "leaf", None,
                "发布湿地监测、候鸟迁徙保护和湿地科普信息"),
    "cehui23": ("{F}国土测绘院", "{F}测绘院", ["{S}测绘", "{S}测绘地理"], "globe", None,
                "发布基础测绘成果、标准地图服务和测绘地理信息动态"),
    "hangdao23": ("{F}航道事务中心", "{F}航道事务中心", ["{S}航道", "{S}航道通"], "bridge", None,
                  "发布内河航道维护、通航水位和航道通告信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_hw23": ("{F}{DF}环卫所", ["{DS}环卫", "{DS}环卫清雪"], "house", None,
                  "发布清雪除冰、垃圾清运和镇容整治信息"),
    "town_yj23": ("{F}{DF}应急管理站", ["{DS}应急站", "{DS}应急管理站"], "warning", None,
                  "发布防汛防火、雪天出行和安全隐患排查信息"),
    "town_lc23": ("{F}{DF}粮食收储服务站", ["{DS}收储站", "{DS}粮食收储"], "coin", None,
                  "发布玉米大豆收购价格、烘干晾晒和售粮预约信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"bianjian23": "边检", "shuiwen23": "水文", "dongji23": "冬管中心", "shidi23": "湿地",
               "cehui23": "测绘", "hangdao23": "航道", "town_hw23": "环卫", "town_yj23": "应急站",
               "town_lc23": "收储站"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level city or prefecture (short, full)
_HRB, _QQ, _JX = ("哈尔滨", "哈尔滨市"), ("齐齐哈尔", "齐齐哈尔市"), ("鸡西", "鸡西市")
_HG, _SYS, _DQ = ("鹤岗", "鹤岗市"), ("双鸭山", "双鸭山市"), ("大庆", "大庆市")
_YC, _HH, _SH = ("伊春", "伊春市"), ("黑河", "黑河市"), ("绥化", "绥化市")
_QTH, _MDJ, _JMS = ("七台河", "七台河市"), ("牡丹江", "牡丹江市"), ("佳木斯", "佳木斯市")
_DXAL = ("大兴安岭", "大兴安岭地区")
PARENT = {"道里": _HRB, "南岗": _HRB, "道外": _HRB, "平房": _HRB, "松北": _HRB, "香坊": _HRB, "呼兰": _HRB,
          "阿城": _HRB, "方正": _HRB,
          "建华": _QQ, "铁锋": _QQ, "昂昂溪": _QQ, "富拉尔基": _QQ, "碾子山": _QQ, "梅里斯": _QQ, "富裕": _QQ,
          "鸡冠": _JX, "恒山": _JX, "滴道": _JX, "城子河": _JX, "麻山": _JX,
          "工农": _HG,
          "尖山": _SYS, "岭东": _SYS, "四方台": _SYS, "友谊": _SYS,
          "萨尔图": _DQ, "让胡路": _DQ, "龙凤": _DQ, "红岗": _DQ, "杜蒙": _DQ,
          "伊美": _YC, "乌翠": _YC, "友好": _YC, "金林": _YC, "丰林": _YC, "大箐山": _YC, "南岔": _YC, "汤旺": _YC,
          "爱辉": _HH, "五大连池": _HH,
          "北林": _SH,
          "桃山": _QTH, "茄子河": _QTH,
          "爱民": _MDJ,
          "前进": _JMS,
          "加格达奇": _DXAL, "松岭": _DXAL, "新林": _DXAL, "呼中": _DXAL}
REGION_NAME = "黑龙江"
# the province of 1945-1954 whose capital was Harbin, written in place of the province's name by some impostors
OLD_PROVINCE = "松江"
# the capital's nickname, written before one of its districts or counties
CAPITAL_WORD = "冰城"
# districts written with the level they had before (a county until 2004, a county-level city until 2006, a county
# until 1980)
FORMER = {"呼兰": "呼兰县", "阿城": "阿城市", "爱辉": "爱辉县"}
# the 2019 reform of the forest city: counties and districts written with the district they were formed from
PRE_REFORM = {"伊美": "伊春区", "乌翠": "翠峦区", "丰林": "五营区", "大箐山": "带岭区", "南岔": "南岔区",
              "汤旺": "汤旺河区"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="黑龙江", F="黑龙江省", area="0451", landmark="tower", nick="界江北岸",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("hrss", {"platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("market", {"name_idx": 0, "platforms": _2}),
                ("bianjian23", {"name_idx": 0, "platforms": _3}),
                ("dongji23", {"name_idx": 1, "platforms": _3}),
                ("shuiwen23", {"name_idx": 0, "platforms": _2}),
                ("emergency", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="齐鲁测区",
         depts=[("cehui23", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="bridge", nick="珠江航段",
         depts=[("hangdao23", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="黑龙江省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- districts, counties and county-level cities of the new province
    _c("道里", "道里区", "0451", "tower", "中央大街", [("fabu", {"platforms": _3})]),
    _c("南岗", "南岗区", "0451", "pagoda", "秋林商圈", [("fabu", {"platforms": _3}), ("dongji23", {"name_idx": 1})]),
    _c("道外", "道外区", "0451", "bridge", "中华巴洛克", [("fabu", {"platforms": _3})]),
    _c("平房", "平房区", "0451", "skyline", "哈南工业新城", ["fabu"]),
    _c("松北", "松北区", "0451", "waves", "太阳岛畔", [("fabu", {"platforms": _3})]),
    _c("方正", "方正县", "0451", "waves", "林河湿地", ["fabu"],
       [dict(DS="会发", DF="会发镇", depts=["town_lc23"])]),
    _c("香坊", "香坊区", "0451", "tower", "老香坊", [("fabu", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("呼兰", "呼兰区", "0451", "waves", "萧红故居", [("fabu", {"platforms": _2}), ("police", {"platforms": _2})]),
    _c("阿城", "阿城区", "0451", "pagoda", "金上京会宁府", [("fabu", {"platforms": _3})],
       [dict(DS="松峰山", DF="松峰山镇", depts=["town_yj23"])]),
    _c("建华", "建华区", "0452", "skyline", "龙沙公园", [("fabu", {"platforms": _3})]),
    _c("昂昂溪", "昂昂溪区", "0452", "pagoda", "中东铁路车站", [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("富拉尔基", "富拉尔基区", "0452", "tower", "重型机器厂",
       [("fabu", {"platforms": _3}), ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("杜蒙", "杜尔伯特蒙古族自治县", "0459", "sun", "连环湖",
       [("fabu", {"platforms": _3k}), ("shidi23", {"name_idx": 0})],
       [dict(DS="烟筒屯", DF="烟筒屯镇", depts=["town_lc23"])]),
    _c("铁锋", "铁锋区", "0452", "waves", "扎龙鹤乡", [("fabu", {"platforms": _3})]),
    _c("碾子山", "碾子山区", "0452", "mountain", "雅鲁河谷", [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("梅里斯", "梅里斯达斡尔族区", "0452", "sun", "哈拉新村", [("fabu", {"platforms": _2})]),
    _c("富裕", "富裕县", "0452", "sun", "乌裕尔河", [("fabu", {"platforms": _3})]),
    _c("鸡冠", "鸡冠区", "0467", "mountain", "石墨之乡",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("恒山", "恒山区", "0467", "mountain", "恒山矿区", [("fabu", {"platforms": _2})]),
    _c("滴道", "滴道区", "0467", "tower", "滴道河畔", ["fabu"]),
    _c("城子河", "城子河区", "0467", "bridge", "穆棱河北岸", [("fabu", {"platforms": _2})]),
    _c("麻山", "麻山区", "0467", "mountain", "麻山林海", [("fabu", {"platforms": _2})]),
    _c("工农", "工农区", "0468", "skyline", "鹤岗老街", ["fabu"]),
    _c("萨尔图", "萨尔图区", "0459", "tower", "铁人故里",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("让胡路", "让胡路区", "0459", "skyline", "百湖之城",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("龙凤", "龙凤区", "0459", "waves", "龙凤湿地", [("fabu", {"platforms": _4})]),
    _c("红岗", "红岗区", "0459", "tower", "磕头机林立", [("fabu", {"platforms": _3})]),
    _c("尖山", "尖山区", "0469", "mountain", "安邦河畔", ["fabu"]),
    _c("伊美", "伊美区", "0458", "mountain", "红松故乡",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("爱辉", "爱辉区", "0456", "waves", "黑龙江畔",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})],
       [dict(DS="西岗子", DF="西岗子镇", depts=["town_hw23"])]),
    _c("岭东", "岭东区", "0469", "mountain", "七星河岸", [("fabu", {"platforms": _2})]),
    _c("四方台", "四方台区", "0469", "tower", "四方台煤矿", ["fabu"]),
    _c("五大连池", "五大连池市", "0456", "mountain", "火山堰塞湖",
       [("fabu", {"platforms": _3}), ("shuiwen23", {"name_idx": 0})]),
    _c("北林", "北林区", "0455", "sun", "寒地黑土", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("友谊", "友谊县", "0469", "sun", "垦区第一犁",
       [("fabu", {"platforms": _3t}), ("shidi23", {"name_idx": 0})]),
    _c("乌翠", "乌翠区", "0458", "mountain", "翠峦林场", [("fabu", {"platforms": _3})]),
    _c("友好", "友好区", "0458", "mountain", "上甘岭林区",
       [("fabu", {"platforms": _3}), ("dongji23", {"name_idx": 1})]),
    _c("金林", "金林区", "0458", "mountain", "五花山色",
       [("fabu", {"platforms": _3}), ("shuiwen23", {"name_idx": 0})]),
    _c("丰林", "丰林县", "0458", "mountain", "原始红松林", [("fabu", {"platforms": _2})]),
    _c("大箐山", "大箐山县", "0458", "mountain", "凉水林区",
       [("fabu", {"platforms": _3k}), ("culture", dict(_DC))]),
    _c("南岔", "南岔县", "0458", "waves", "汤旺河口",
       [("fabu", {"platforms": _3}), ("shidi23", {"name_idx": 0})]),
    _c("桃山", "桃山区", "0464", "pagoda", "桃山湖", ["fabu"]),
    # ---- places that only have unregistered units here
    _c("汤旺", "汤旺县", "0458", "mountain", "汤旺", []),
    _c("茄子河", "茄子河区", "0464", "mountain", "茄子河", []),
    _c("爱民", "爱民区", "0453", "waves", "爱民", []),
    _c("前进", "前进区", "0454", "waves", "前进", []),
    _c("加格达奇", "加格达奇区", "0457", "mountain", "加格达奇", []),
    _c("松岭", "松岭区", "0457", "mountain", "松岭", []),
    _c("新林", "新林区", "0457", "mountain", "新林", []),
    _c("呼中", "呼中区", "0457", "mountain", "呼中", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_2, _3, ["wechat", "douyin"], _2, _3k, ["weibo", "wechat", "toutiao"], _3, _2, _3t, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|h23".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0705


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布号外")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安守夜人")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345热线通")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅冰雪季")
    if d == "shidi23" and name == S + "湿地":
        opts.append(S + "湿地观鸟")
    if d == "dongji23" and name == S + "冰雪运动":
        opts.append(S + "冰雪运动汇")
    if d == "shuiwen23" and name == S + "水文":
        opts.append(S + "水文测报")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["全省事实名", "玉米大豆补贴", "耕地地力补贴", "黑土保护补助", "采暖费补贴", "秸秆离田补助",
            "回迁楼摇号", "林区职工补缴", "冰雪季门票", "红肠直发", "大列巴", "格瓦斯", "五常稻花香", "蓝莓干",
            "黑木耳", "榛蘑", "冻柿子", "粘豆包", "↬挪窝了", "⥅旧账号注销", "⮚就这一个号⮘", "ʰˡʲ", "0451", "ᵥ₃", "⛶"]
PREFIXES = ["黑", "雪国", "北大仓", "白山黑水", "干哈呢⎸", "咋整啊⎸", "唠唠嗑⎸", "瞅一眼⎸", "⸾取暖费返还⸾",
            "⸾过了这村没这店⸾", "⸾仅剩三天⸾", "❅", "⛆", "⚲", "➹", "⪝黑⪞", "老铁们⎸", "林区老职工⎸"]
LOOKALIKE = {
    "道": ["遣"], "房": ["肩"], "北": ["此"], "香": ["昏"], "坊": ["坑"], "呼": ["哼"], "阿": ["阻"], "城": ["戚"], "正": ["王"],
    "铁": ["秩"], "拉": ["粒"], "基": ["塞"], "梅": ["悔"], "斯": ["期"], "裕": ["祖"], "鸡": ["鸦"], "冠": ["寇"], "恒": ["恨"],
    "滴": ["漓"], "岭": ["峙"], "四": ["皿"], "友": ["支"], "谊": ["谓"], "萨": ["薛"], "图": ["围"], "让": ["计"], "胡": ["朗"],
    "路": ["略"], "红": ["扛"], "杜": ["牡"], "美": ["类"], "好": ["奸"], "金": ["余"], "岔": ["盆"], "连": ["逢"], "池": ["沧"],
    "茄": ["茹"], "进": ["逊"], "达": ["这"], "中": ["由"], "边": ["迪"], "检": ["栓"], "雪": ["雹"], "地": ["她"], "绘": ["给"],
    "航": ["舱"], "碾": ["碰"], "富": ["蓄"],
}
SAME_SOUND = {
    "道": ["倒", "岛"], "里": ["力", "立"], "岗": ["刚", "缸"], "外": ["歪"], "房": ["访"], "松": ["送", "颂"], "北": ["被", "卑"],
    "香": ["向", "像"], "坊": ["仿"], "呼": ["忽", "虎"], "兰": ["揽", "滥"], "正": ["争", "征"], "建": ["间", "兼"],
    "华": ["画", "化"], "锋": ["奉", "缝"], "溪": ["系", "细"], "富": ["副", "复"], "拉": ["辣", "喇"], "尔": ["儿", "耳"],
    "基": ["及", "即"], "碾": ["年", "念"], "子": ["兹"], "梅": ["没", "每"], "斯": ["死", "寺"], "裕": ["与", "于"], "鸡": ["极", "急"],
    "冠": ["官", "观"], "恒": ["亨"], "滴": ["第"], "麻": ["吗", "骂"], "工": ["共", "功"], "尖": ["剑", "渐"], "岭": ["另", "零"],
    "四": ["丝", "私"], "友": ["有", "又"], "谊": ["一", "以"], "萨": ["撒", "洒"], "图": ["吐", "途"], "让": ["嚷"], "胡": ["户", "护"],
    "路": ["露", "录"], "龙": ["拢"], "凤": ["风", "封"], "红": ["轰", "虹"], "杜": ["度", "读"], "蒙": ["孟"], "伊": ["依", "宜"],
    "美": ["媒", "枚"], "乌": ["吴", "屋"], "翠": ["脆", "催"], "好": ["号", "郝"], "金": ["紧", "禁"], "林": ["拎"], "丰": ["冯", "讽"],
    "箐": ["清", "轻"], "岔": ["茶", "差"], "汤": ["唐", "堂"], "旺": ["往", "忘"], "爱": ["艾", "哀"], "辉": ["挥", "汇"],
    "五": ["无"], "连": ["练", "恋"], "池": ["持", "赤"], "桃": ["逃", "套"], "前": ["浅", "迁"], "进": ["近", "尽"],
    "格": ["隔", "革"], "达": ["搭"], "奇": ["其", "骑"], "黑": ["嘿"], "边": ["变", "遍"], "检": ["见", "舰"], "冰": ["并", "病"],
    "雪": ["学", "血"], "湿": ["是", "时"], "地": ["低", "底"], "测": ["侧", "策"], "绘": ["毁", "灰"], "峰": ["枫", "蜂"],
    "烟": ["言", "眼"], "筒": ["同", "通"], "西": ["洗", "戏"],
}
TRAD_MODES = ["even_slots", "middle_char", "all_but_second"]
# visible word separators other parts did not use: Thai fongman and angkhankhu, Balinese panti and pamada, Javanese
# pada lingsa and lungsi, Lisu comma and full stop, Lepcha ta-rol, the Ethiopic question mark, the Tibetan gter tsheg,
# Khmer camnuc pii kuuh and khan, Ol Chiki mucaad, the Myanmar little section, the Syriac supralinear full stop, the
# Saurashtra danda, a Phoenician word separator and a cuneiform word divider
SPACES = ["\u0e4f", "\u1b5a", "\u1b5b", "\ua9c8", "\ua9c9", "\ua4fe", "\ua4ff", "\u1c3b", "\u1367", "\u0f14",
          "\u17d6", "\u1c7e", "\u17d4", "\u104a", "\u0e5a", "\u0701", "\ua8ce", "\U0001091f", "\U00012470"]
DOUBLE_SPACE_P = 0.04
# the Khitan small-script filler, the Egyptian-hieroglyph mirror control and a few tag characters and variation
# selectors other parts did not use
ZERO_WIDTH = ["\U00016fe4", "\U00013440", "\U000e002f", "\U000e0037", "\U000e003b", "\U000e0045",
              "\U000e004c", "\U000e0056", "\U000e010a", "\U000e010e", "\U000e0114", "\U000e0124"]
EMOJI = ["🐅", "🏒", "🥶", "🌲", "🍞", "⛄", "🎣", "🦫", "🦉", "🧤", "🏂", "🥌"]
BRACKETS = [("◜", "◝"), ("◸", "◹"), ("⧏", "⧐"), ("⩹", "⩺"), ("⯇", "⯈"), ("⮜", "⮞"), ("🞀", "🞂"), ("⊲", "⊳"),
            ("⋐", "⋑"), ("⫏", "⫐"), ("ฅ(", ")ฅ")]
FULLWIDTH_MODES = ["double_ring_below", "double_arch_below", "twoway_arrow_below", "arrowhead_left_below"]
LEVEL_FORMS = ["songjiang_province", "bingcheng_capital", "county_before_district", "pre_reform_district",
               "pref_city_lead", "town_under_prefecture"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民热炕头", "{nick}夜巡队", "{S}防骗广播站"],
    "fabu": ["{S}新鲜事儿", "{nick}冰城快讯", "{S}头条快报站"],
    "gov": ["{S}办事指南针", "{nick}政务小管家"],
    "hrss": ["{S}找活儿平台", "{nick}就业暖心屋"],
    "emergency": ["{S}大烟炮预警", "{nick}避险小课堂"],
    "tax": ["{S}税收明白纸", "{nick}办税小灶"],
    "hotline": ["{S}有事吱一声", "{nick}民声热炕"],
    "culture": ["{S}冰雪奇缘季", "{nick}松花江游记", "{S}雪乡风光"],
    "market": ["{S}放心菜市", "{nick}放心秤"],
    "bianjian23": ["{S}国门卫士", "{nick}口岸哨兵"],
    "shuiwen23": ["{S}开江早知道", "{nick}江河情报"],
    "dongji23": ["{S}冰上飞人", "{nick}雪场打卡"],
    "shidi23": ["{S}丹顶鹤之家", "{nick}鸟浪观测"],
    "cehui23": ["{S}地图册", "{nick}量天尺"],
    "hangdao23": ["{S}行船指南", "{nick}水路畅通"],
    "town_hw23": ["{S}扫雪小分队"],
    "town_yj23": ["{S}平安屯"],
    "town_lc23": ["{S}卖粮帮手"],
    "generic": ["{S}炕头唠嗑", "{nick}屯里大事", "{S}东北老家"],
}


# ---- digit forms (the registered digit names are 12345 and 12366): a combining mark after every digit
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "double_ring_below": lambda s: _marks(s, "\u035a"),
    "double_arch_below": lambda s: _marks(s, "\u032b"),
    "twoway_arrow_below": lambda s: _marks(s, "\u034d"),
    "arrowhead_left_below": lambda s: _marks(s, "\u0354"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _songjiang_province(u, acc):
    """The 1945-1954 province's name in place of the province's name (松江发布 for 黑龙江发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return OLD_PROVINCE + "省" + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return OLD_PROVINCE + name[len(pl["S"]):]
    return None


def _bingcheng_capital(u, acc):
    """The capital's nickname before one of its districts or counties (冰城道里发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] != "哈尔滨" or not name.startswith(pl["S"]):
        return None
    return CAPITAL_WORD + name


def _county_before_district(u, acc):
    """A district written with the level it had before (呼兰县发布 for 呼兰发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in FORMER or not name.startswith(pl["S"]):
        return None
    return FORMER[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _pre_reform_district(u, acc):
    """A county or district of the forest city written as the district it was formed from in 2019 (带岭区发布 for
    大箐山发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PRE_REFORM or not name.startswith(pl["S"]):
        return None
    return PRE_REFORM[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _pref_city_lead(u, acc):
    """The prefecture-level city's name before a county-level name outside the capital (鸡西滴道发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] == "哈尔滨" or not name.startswith(pl["S"]):
        return None
    return par[0] + name


def _town_under_prefecture(u, acc):
    """A town put directly under its prefecture-level city, its county left out (大庆烟筒屯收储站)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + name


_FORM_MAKERS = {"songjiang_province": _songjiang_province, "bingcheng_capital": _bingcheng_capital,
                "county_before_district": _county_before_district, "pre_reform_district": _pre_reform_district,
                "pref_city_lead": _pref_city_lead, "town_under_prefecture": _town_under_prefecture}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the old province's name, towns their prefecture, the re-levelled and reformed places mostly their former
    level or district, the other county-level units the capital's nickname or their prefecture's name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("songjiang_province", "town_under_prefecture"):
        if f in names:
            return f, names[f]
    for f in ("county_before_district", "pre_reform_district"):
        if f in names and _h(acc, "fl") % 3:
            return f, names[f]
    rest = [f for f in ("bingcheng_capital", "pref_city_lead", "county_before_district", "pre_reform_district")
            if f in names]
    f = rest[_h(acc, "lb") % len(rest)]
    return f, names[f]


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


def _t_even_slots(s, u, r):
    """The second, fourth, sixth ... convertible characters (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1::2] or idx)


def _t_middle_char(s, u, r):
    """Only the middle convertible character (the later of the two middle ones)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [idx[len(idx) // 2]])


def _t_all_but_second(s, u, r):
    """Every convertible character except the second (all if there are fewer than three)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, [i for k, i in enumerate(idx) if k != 1] if len(idx) >= 3 else idx)


TRAD_FUNCS = {"even_slots": _t_even_slots, "middle_char": _t_middle_char, "all_but_second": _t_all_but_second}


# ---- image edits
def _ice_lantern(img, rng):
    """An ice-lantern look: colours pulled towards cyan, highlights lifted, a soft glow."""
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(0.8)), float)
    ice = np.array([120, 214, 236], float)
    k = rng.uniform(0.27, 0.33)
    out = a * (1 - k) + ice * k
    out = 255 * (out / 255.0) ** 0.82
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"ice lantern k{k:.2f}"


def _aurora_band(img, rng):
    """A northern-lights look: a green-to-violet vertical gradient blended over a darkened picture."""
    a = np.asarray(img, float) * 0.62
    h = a.shape[0]
    t = np.linspace(0, 1, h)[:, None, None]
    grad = np.array([70, 220, 140], float) * (1 - t) + np.array([150, 80, 200], float) * t
    k = rng.uniform(0.36, 0.42)
    out = a * (1 - k) + grad * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"aurora band k{k:.2f}"


def _rime_frost(img, rng):
    """Rime: a pale grey-blue cast with white frost specks, as if photographed through a frozen window."""
    a = np.asarray(img, float)
    out = a * 0.7 + np.array([200, 212, 226], float) * 0.3
    seed = int(rng.random() * 2 ** 31)
    specks = np.random.default_rng(seed).random(a.shape[:2]) < rng.uniform(0.02, 0.03)
    out[specks] = 250
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), "rime frost"


def _black_earth(img, rng):
    """A black-soil look: luminance mapped onto a near-black to warm-brown ramp."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([22, 16, 12], float)
    light = np.array([196, 160, 118], float)
    gam = rng.uniform(1.08, 1.16)
    out = dark + (light - dark) * g ** gam
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"black earth g{gam:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _ice_block(img, rng, P):
    """An ice-block frame: pale translucent blue slabs with white crack lines around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    d.rectangle([pad * 0.2, pad * 0.2, W - pad * 0.2, W - pad * 0.2], fill=(168, 212, 232))
    seed = int(rng.random() * 2 ** 31)
    cr = np.random.default_rng(seed)
    for _ in range(14):
        x, y = cr.uniform(0, W), cr.choice([cr.uniform(0, pad), cr.uniform(W - pad, W)])
        d.line([(x, y), (x + cr.uniform(-pad, pad), y + cr.uniform(-pad / 2, pad / 2))], fill=(246, 250, 255),
               width=1)
    out.paste(img, (pad, pad))
    return out, "border ice block"


def _birch_bark(img, rng, P):
    """A birch-bark frame: a white ground with short black horizontal bark marks."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (236, 232, 222))
    d = ImageDraw.Draw(out)
    seed = int(rng.random() * 2 ** 31)
    br = np.random.default_rng(seed)
    for _ in range(40):
        x, y = br.uniform(0, W), br.uniform(0, W)
        if pad < x < W - pad and pad < y < W - pad:
            continue
        L = br.uniform(pad * 0.2, pad * 0.6)
        d.line([(x, y), (x + L, y)], fill=(34, 30, 28), width=2)
    d.rectangle([pad - 3, pad - 3, W - pad + 3, W - pad + 3], outline=rng.choice(P["border_colours"]), width=3)
    out.paste(img, (pad, pad))
    return out, "border birch bark"


def _window_flower(img, rng, P):
    """A paper-cut window flower: a red lattice of diamonds and circles around the picture."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    r = max(4, pad // 3)
    red = (204, 28, 36)
    for t in range(0, W, 2 * r):
        for cx, cy in ((t, pad / 2), (t, W - pad / 2), (pad / 2, t), (W - pad / 2, t)):
            d.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], outline=red)
            d.ellipse([cx - r / 3, cy - r / 3, cx + r / 3, cy + r / 3], fill=red)
    out.paste(img, (pad, pad))
    return out, "border window flower"


def _shot_heating_bill(img, rng, P, out_px):
    """A heating-fee payment page: an orange header, a bill card with grey lines, the avatar small as the company
    icon."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 244, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.12 * S)], fill=(236, 120, 40))
    d.rounded_rectangle([int(0.06 * S), int(0.18 * S), int(0.94 * S), int(0.8 * S)], radius=18, fill=(255, 255, 255))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.1 * S), int(0.22 * S)))
    for k in range(5):
        y = int((0.42 + 0.07 * k) * S)
        d.rectangle([int(0.1 * S), y, int(0.9 * S), y + 8], fill=(214, 214, 218))
    d.rounded_rectangle([int(0.2 * S), int(0.84 * S), int(0.8 * S), int(0.93 * S)], radius=20, fill=(236, 120, 40))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot heating bill scale {a / S:.3f}"


def _shot_group_chat(img, rng, P, out_px):
    """A group-chat page: grey background, chat bubbles left and right, the avatar small beside one bubble."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (236, 236, 236))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(246, 246, 246))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    for k in range(4):
        y = int((0.16 + 0.2 * k) * S)
        if k % 2 == 0:
            canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.04 * S), y))
            d.rounded_rectangle([int(0.06 * S) + a, y, int(0.7 * S), y + int(0.1 * S)], radius=10, fill=(255, 255, 255))
        else:
            d.rounded_rectangle([int(0.35 * S), y, int(0.9 * S), y + int(0.1 * S)], radius=10, fill=(150, 230, 110))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot group chat scale {a / S:.3f}"


def _shot_grain_receipt(img, rng, P, out_px):
    """A grain-sale receipt page: a blue title bar, a table grid, a red stamp circle, the avatar small at the top."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (250, 250, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.12 * S)], fill=(40, 92, 170))
    for k in range(7):
        y = int((0.34 + 0.08 * k) * S)
        d.line([(int(0.08 * S), y), (int(0.92 * S), y)], fill=(150, 150, 150), width=2)
    for x in (0.08, 0.4, 0.92):
        d.line([(int(x * S), int(0.34 * S)), (int(x * S), int(0.82 * S))], fill=(150, 150, 150), width=2)
    d.ellipse([int(0.62 * S), int(0.66 * S), int(0.86 * S), int(0.9 * S)], outline=(210, 40, 40), width=5)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.5 * S) - a // 2, int(0.16 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot grain receipt scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"ice_lantern": _ice_lantern, "aurora_band": _aurora_band,
                                   "rime_frost": _rime_frost, "black_earth": _black_earth},
                   border_funcs={"ice_block": _ice_block, "birch_bark": _birch_bark,
                                 "window_flower": _window_flower},
                   screenshot_funcs={"heating_bill": _shot_heating_bill, "group_chat": _shot_group_chat,
                                     "grain_receipt": _shot_grain_receipt},
                   resize_px=[237, 238, 239, 241, 242, 243, 245],
                   jpeg_q=(66, 73), crop_frac=(0.3752, 0.3788),
                   border_styles=["ice_block", "birch_bark", "window_flower"],
                   border_colours=[(214, 232, 244), (150, 22, 30), (58, 44, 36), (226, 238, 246),
                                   (130, 18, 26), (70, 54, 44)],
                   border_frac=(0.4162, 0.4238),
                   recolour_modes=["ice_lantern", "aurora_band", "rime_frost", "black_earth"],
                   hue_shift=(351, 358), rotate_deg=(51.2, 52.4),
                   watermark_texts=["供暖费退还", "地力补贴核对", "回迁摇号", "垦区公示", "售粮结算"],
                   watermark_alpha=(181, 193),
                   screenshot_styles=["heating_bill", "group_chat", "grain_receipt"],
                   screenshot_scale=(0.0835, 0.0905))
P_IMPOSTOR_DERIVED = 0.547
P_IMPOSTOR_DEFAULT = 0.094
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.095
IMPOSTOR_VERIFIED = [("enterprise", "{S}黑土云科技服务有限公司"), ("personal", "雪乡摄影爱好者"),
                     ("other", "{S}寒地农业发展联合会")]
IMPOSTOR_DESCS = ["{S}{fn}：今年耕地地力补贴复核开始，加微信{wx}上传承包合同和一卡通照片",
                  "【{S}{fn}】林区职工社保断档的今年能续上，名额紧张，私信{wx}登记",
                  "{name}：全省事认证过期了，进主页点小程序再刷一次脸才能领取暖费",
                  "{S}{fn}：棚改回迁楼号明天摇号，内部名额请加扣扣{qq}",
                  "{S}{fn}旧号已停止更新，玉米大豆补贴一律在本号办理，有疑问加V信{wx}"]
MAX_PER_TARGET = 6

# Every two- and three-tactic combination that the builder can write is used by some other part, and dev15 ... dev22
# used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses (four
# impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_LA, _FW, _TR, _NP], 4), ([_SU, _FW, _SP, _NP], 4), ([_PR, _SS, _FW, _LP], 4), ([_SU, _PR, _SS, _FW], 4),
    ([_SU, _RE, _FW, _NP], 4), ([_SU, _EB, _FW, _SP], 4), ([_SU, _RE, _EB, _FW], 4), ([_PR, _ZW, _FW, _LP], 4),
    ([_SS, _RE, _FW, _TR], 4), ([_LA, _SS, _RE, _ZW], 4), ([_LA, _ZW, _TR, _LP], 4), ([_PR, _ZW, _LP, _NP], 4),
    ([_SU, _PR, _SS, _ZW], 4), ([_SU, _PR, _EB, _NP], 4), ([_SS, _RE, _EB, _SP], 4), ([_SU, _LA, _TR, _SP], 4),
    ([_RE, _ZW, _TR, _SP], 4), ([_PR, _LA, _EB, _NP], 4), ([_RE, _EB, _SP, _NP], 4), ([_LA, _SS, _ZW, _LP], 4),
    ([_TR, _SP, _LP, _NP], 4), ([_EB, _ZW, _TR, _LP], 4), ([_SU, _PR, _TR, _LP], 4), ([_SS, _EB, _TR, _NP], 4),
    ([_LA, _SS, _ZW, _SP], 4), ([_PR, _LA, _RE, _SP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture"]
_XJ = "新疆维吾尔自治区"
OTHER_PLACES_CHAR = [
    dict(reg="北林", S="北碚", F="重庆市北碚区", province="重庆市", level=_C, units={"police": "重庆市公安局北碚区分局"}),
    dict(reg="金林", S="金台", F="宝鸡市金台区", province="陕西省", level=_C),
    dict(reg="南岗", S="南郑", F="汉中市南郑区", province="陕西省", level=_C),
    dict(reg="南岗", S="南关", F="长春市南关区", province="吉林省", level=_C),
    dict(reg="伊美", S="伊州", F="哈密市伊州区", province=_XJ, level=_C, units={"police": "哈密市公安局伊州区分局"}),
    dict(reg="平房", S="平川", F="白银市平川区", province="甘肃省", level=_C),
    dict(reg="红岗", S="红古", F="兰州市红古区", province="甘肃省", level=_C),
    dict(reg="丰林", S="丰满", F="吉林市丰满区", province="吉林省", level=_C),
    dict(reg="龙凤", S="龙潭", F="吉林市龙潭区", province="吉林省", level=_C),
    dict(reg="建华", S="建邺", F="南京市建邺区", province="江苏省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="恒山", S="衡山", F="衡山县", province="湖南省", level=_C, depts=_F3),
    dict(reg="北林", S="碑林", F="西安市碑林区", province="陕西省", level=_C, depts=_F3,
         units={"police": "西安市公安局碑林分局"}),
    dict(reg="富裕", S="扶余", F="扶余市", province="吉林省", level=_C, depts=_F3),
    dict(reg="麻山", S="马山", F="马山县", province="广西壮族自治区", level=_C, depts=_F3),
    dict(reg="友谊", S="右玉", F="右玉县", province="山西省", level=_C, depts=_F3 + ["shidi23"]),
    dict(reg="香坊", S="襄汾", F="襄汾县", province="山西省", level=_C, depts=_F3 + ["hotline"]),
    dict(reg="丰林", S="丰宁", F="丰宁满族自治县", province="河北省", level=_C, depts=_F3),
    dict(reg="金林", S="晋宁", F="昆明市晋宁区", province="云南省", level=_C, depts=_F3 + ["shuiwen23"]),
    dict(reg="南岗", S="南康", F="赣州市南康区", province="江西省", level=_C, depts=_F3 + ["dongji23"]),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("拜城", "拜城县", _XJ, "police"), ("阿瓦提", "阿瓦提县", _XJ, "fabu"),
    ("柯坪", "柯坪县", _XJ, "police"), ("岳普湖", "岳普湖县", _XJ, "fabu"),
    ("伽师", "伽师县", _XJ, "procur"), ("巴楚", "巴楚县", _XJ, "police"),
    ("麦盖提", "麦盖提县", _XJ, "fabu"), ("墨玉", "墨玉县", _XJ, "police"),
    ("策勒", "策勒县", _XJ, "fabu"), ("民丰", "民丰县", _XJ, "procur"),
    ("托里", "托里县", _XJ, "police"), ("裕民", "裕民县", _XJ, "fabu"),
    ("额敏", "额敏县", _XJ, "police"), ("乌尔禾", "克拉玛依市乌尔禾区", _XJ, "fabu"),
    ("白碱滩", "克拉玛依市白碱滩区", _XJ, "police"), ("独山子", "克拉玛依市独山子区", _XJ, "procur"),
    ("达坂城", "乌鲁木齐市达坂城区", _XJ, "fabu"), ("米东", "乌鲁木齐市米东区", _XJ, "police"),
    ("吉木萨尔", "吉木萨尔县", _XJ, "fabu"), ("奇台", "奇台县", _XJ, "police"),
    ("木垒", "木垒哈萨克自治县", _XJ, "procur"), ("精河", "精河县", _XJ, "fabu"),
    ("察布查尔", "察布查尔锡伯自治县", _XJ, "police"), ("特克斯", "特克斯县", _XJ, "fabu"),
    ("尼勒克", "尼勒克县", _XJ, "police"), ("布尔津", "布尔津县", _XJ, "fabu"),
    ("福海", "福海县", _XJ, "police"), ("哈巴河", "哈巴河县", _XJ, "fabu"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="黑龙江日报", platform="weibo", vtype="media", reason="黑龙江日报报业集团官方微博", desc="全省要闻。",
         logo_text="黑报"),
    dict(name="极光新闻", platform="douyin", vtype="media", reason="黑龙江日报报业集团新媒体平台官方账号",
         desc="龙江新闻客户端。", logo_text="极光"),
    dict(name="东北网", platform="toutiao", vtype="media", reason="黑龙江东北网络台官方账号", desc="重点新闻网站。",
         logo_text="东北"),
    dict(name="新晚报", platform="wechat", vtype="media", reason="黑龙江日报报业集团新晚报社", desc="都市晚报公众号。",
         logo_text="新晚"),
    dict(name="黑龙江晨报", platform="kuaishou", vtype="media", reason="黑龙江日报报业集团晨报社官方账号",
         desc="民生新闻短视频。", logo_text="生活"),
    dict(name="哈尔滨日报", platform="wechat", vtype="media", reason="哈尔滨日报社", desc="冰城要闻。"),
    dict(name="齐齐哈尔日报", platform="weibo", vtype="media", reason="齐齐哈尔日报社官方微博", desc="鹤城新闻。"),
    dict(name="大庆日报", platform="wechat", vtype="media", reason="大庆日报社", desc="大庆新闻。", logo_text="庆报"),
    dict(name="大庆晚报", platform="toutiao", vtype="media", reason="大庆日报社晚报官方账号", desc="大庆晚报新闻。"),
    dict(name="鸡西日报", platform="kuaishou", vtype="media", reason="鸡西日报社官方账号", desc="鸡西新闻。"),
    dict(name="伊春日报", platform="douyin", vtype="media", reason="伊春日报社官方账号", desc="林都新闻。"),
    dict(name="黑河日报", platform="wechat", vtype="media", reason="黑河日报社", desc="黑河新闻。"),
    dict(name="绥化日报", platform="toutiao", vtype="media", reason="绥化日报社官方账号", desc="绥化新闻。"),
    dict(name="双鸭山日报", platform="weibo", vtype="media", reason="双鸭山日报社官方微博", desc="双鸭山新闻。"),
    dict(name="七台河日报", platform="douyin", vtype="media", reason="七台河日报社官方账号", desc="七台河新闻。"),
    dict(name="鹤岗日报", platform="kuaishou", vtype="media", reason="鹤岗日报社官方账号", desc="鹤岗新闻。"),
    dict(name="牡丹江日报", platform="wechat", vtype="media", reason="牡丹江日报社", desc="牡丹江新闻。"),
    dict(name="佳木斯日报", platform="toutiao", vtype="media", reason="佳木斯日报社官方账号", desc="佳木斯新闻。"),
    dict(name="杜蒙融媒", platform="douyin", vtype="media", reason="杜尔伯特蒙古族自治县融媒体中心官方账号",
         desc="杜蒙新闻。"),
    dict(name="五大连池融媒", platform="kuaishou", vtype="media", reason="五大连池市融媒体中心官方账号",
         desc="五大连池新闻。"),
    dict(name="道里公安夜话", platform="douyin", vtype="media", reason="哈尔滨广播电视台官方账号",
         desc="电视台法治栏目，讲述夜班民警的故事，并非公安机关账号。", logo_text="夜话"),
    dict(name="让胡路12345回访", platform="toutiao", vtype="media", reason="大庆广播电视台官方账号",
         desc="电视台民生栏目，回访热线诉求的办理结果。", logo_text="回访"),
    dict(name="大箐山文旅探林", platform="wechat", vtype="media", reason="伊春广播电视台",
         desc="电视台文旅栏目，走进林区，并非文旅局账号。", logo_text="探林"),
    dict(name="萨尔图公安纪实", platform="douyin", vtype="media", reason="大庆广播电视台官方账号",
         desc="电视台法治栏目，记录民警出警，并非公安账号。", logo_text="纪实"),
    dict(name="黑龙江交警雪天路况", platform="bilibili", vtype="media", reason="黑龙江广播电视台官方账号",
         desc="交通广播的冬季路况节目，并非交警账号。", logo_text="路况"),
    dict(name="富拉尔基税务课堂", platform="toutiao", vtype="media", reason="齐齐哈尔日报社官方账号",
         desc="报社财经栏目，请税务干部解答问题，并非税务局账号。", logo_text="课堂"),
]
PERSONAL = [
    dict(name="杜蒙连环湖捕鱼人", platform="douyin", vtype="personal", reason="渔民生活博主"),
    dict(name="五大连池火山石收藏", platform="kuaishou", avatar="cartoon"),
    dict(name="铁锋扎龙观鹤志愿者", platform="weibo", vtype="personal", reason="观鸟志愿者", avatar="scenery"),
    dict(name="友谊垦区种地老王", platform="douyin", vtype="personal", reason="农场职工"),
    dict(name="北林黑土地种粮户", platform="kuaishou"),
    dict(name="松北太阳岛拍雪人", platform="douyin", avatar="scenery"),
    dict(name="方正大米种植户", platform="toutiao"),
    dict(name="鸡冠石墨工人老刘", platform="kuaishou", avatar="default"),
    dict(name="伊美红松林看山人", platform="douyin", avatar="scenery"),
    dict(name="富拉尔基老一重工人", platform="kuaishou"),
    dict(name="萨尔图采油工日记", platform="douyin", avatar="default"),
    dict(name="滴道矿区老住户", platform="kuaishou"),
    dict(name="道外老街烧烤摊", platform="douyin"),
    dict(name="爱辉江边冬泳队", platform="kuaishou"),
    dict(name="道里冰雕爱好者", platform="weibo", vtype="personal", reason="冰雕爱好者"),
    dict(name="恒山退休矿工", platform="douyin"),
    dict(name="阿城金源文化迷", platform="weibo"),
    dict(name="碾子山溜达溜达", platform="kuaishou", avatar="default"),
    dict(name="林场教师老孙", platform="toutiao", vtype="personal", reason="丰林县某林场学校教师"),
    dict(name="律师老韩说土地流转", platform="toutiao", vtype="personal", reason="黑龙江某律师事务所律师"),
    dict(name="呼兰辅警小萧", platform="douyin", vtype="personal", reason="哈尔滨市公安局呼兰分局辅警",
         desc="分享防范电诈小知识。"),
    dict(name="南岔江边摆摊", platform="kuaishou"),
    dict(name="让胡路湖边遛弯", platform="weibo"),
    dict(name="天天看黑龙江发布", platform="weibo", vtype="personal", reason="退休锅炉工",
         desc="转发黑龙江发布的消息，个人账号，非官方。"),
    dict(name="老董打过让胡路12345", platform="toutiao", vtype="personal", reason="社区日常记录者",
         desc="个人记录拨打热线的经历，非官方。"),
    dict(name="昂昂溪文旅打卡本", platform="wechat", desc="个人游记，记录在昂昂溪游玩的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="黑龙江公安器材商店", platform="weibo", vtype="enterprise", reason="哈尔滨某商贸有限公司",
         desc="警用器材和劳保用品销售，私营企业，与公安机关无关。", logo_text="器材"),
    dict(name="大箐山文旅木屋", platform="wechat", vtype="enterprise", reason="伊春某旅游服务有限公司",
         desc="木屋住宿预订，企业账号，与文旅部门无关。"),
    dict(name="黑龙江税务筹划中心", platform="douyin", vtype="enterprise", reason="哈尔滨某财税咨询有限公司",
         desc="代理记账、税务咨询，私营企业，与税务局无关。"),
    dict(name="方正稻米", platform="douyin"),
    dict(name="杜蒙鱼", platform="kuaishou", vtype="enterprise", reason="大庆某水产有限公司"),
    dict(name="北林鲜食玉米", platform="douyin"),
    dict(name="鸡冠石墨", platform="kuaishou", avatar="default"),
    dict(name="五大连池矿泉水", platform="douyin", vtype="enterprise", reason="黑河某饮品有限公司"),
    dict(name="富裕老窖", platform="kuaishou"),
    dict(name="友谊大豆", platform="douyin"),
    dict(name="爱辉俄罗斯商品", platform="kuaishou"),
    dict(name="富拉尔基铸件", platform="douyin", vtype="enterprise", reason="齐齐哈尔某机械有限公司"),
    dict(name="道外红肠", platform="douyin"),
    dict(name="道里马迭尔冰棍", platform="kuaishou", avatar="default"),
    dict(name="乌翠蓝莓", platform="douyin"),
    dict(name="金林木耳", platform="kuaishou"),
    dict(name="城子河煤炭运销", platform="douyin", vtype="enterprise", reason="鸡西某物流有限公司"),
    dict(name="丰林松子", platform="kuaishou"),
    dict(name="阿城粘豆包", platform="douyin"),
    dict(name="平房汽车配件城", platform="kuaishou", vtype="enterprise", reason="哈尔滨某汽车配件有限公司"),
    dict(name="红岗油田设备", platform="douyin"),
    dict(name="四方台农机", platform="kuaishou"),
    dict(name="南岔榛蘑合作社", platform="douyin", vtype="enterprise", reason="伊春某农业有限公司"),
    dict(name="香坊烧烤", platform="kuaishou", avatar="default"),
    dict(name="松北冰雪乐园", platform="wechat", vtype="enterprise", reason="哈尔滨某旅游开发有限公司"),
    dict(name="龙凤大鹅馆", platform="douyin", vtype="enterprise", reason="大庆某餐饮有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("呼兰", "石人", "石人镇", ["town_yj23"]), ("富裕", "塔哈", "塔哈镇", ["town_lc23"]),
    ("杜蒙", "他拉哈", "他拉哈镇", ["town_hw23"]), ("方正", "大罗密", "大罗密镇", ["town_yj23"]),
    ("爱辉", "罕达汽", "罕达汽镇", ["town_lc23"]), ("梅里斯", "雅尔塞", "雅尔塞镇", ["town_hw23"]),
    ("北林", "绥胜", "绥胜镇", ["town_lc23"]), ("铁锋", "扎龙", "扎龙镇", ["town_yj23"]),
    ("松北", "对青山", "对青山镇", ["town_hw23"]), ("五大连池", "双泉", "双泉镇", ["town_lc23"]),
]
UNREG_CITY = [
    ("黑龙江", "edu", 0), ("黑龙江", "fire", 0), ("黑龙江", "civil", 0), ("黑龙江", "health", 0),
    ("山东", "hangdao23", 0), ("广东", "cehui23", 0), ("黑龙江", "shidi23", 0),
    ("道里", "police", 0), ("南岗", "police", 0), ("道外", "police", 0), ("松北", "police", 0),
    ("黑龙江", "housing", 0), ("平房", "police", 0), ("铁锋", "police", 0), ("碾子山", "police", 0),
    ("富拉尔基", "police", 0), ("鸡冠", "police", 0), ("让胡路", "police", 0),
    ("黑龙江", "veterans", 0), ("黑龙江", "cehui23", 0),
    ("汤旺", "fabu", 0), ("茄子河", "fabu", 0), ("爱民", "fabu", 0), ("前进", "fabu", 0),
    ("加格达奇", "fabu", 0), ("松岭", "fabu", 0), ("新林", "fabu", 0), ("呼中", "fabu", 0),
    ("汤旺", "police", 0), ("加格达奇", "police", 0), ("黑龙江", "eco", 0),
    ("爱辉", "police", 0), ("岭东", "hotline", 0),
    ("友谊", "culture", 0), ("南岗", "culture", 0), ("杜蒙", "culture", 0),
    ("香坊", "culture", 0), ("道里", "culture", 0),
    ("黑龙江", "weather", 0), ("五大连池", "police", 0), ("桃山", "police", 0),
    ("松岭", "dongji23", 1), ("呼中", "dongji23", 1),
    ("爱辉", "bianjian23", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level places and their towns: region names the prefecture-level city or prefecture; towns answer to
    the county-level government."""
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
    print("building dev23 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# heldout\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
