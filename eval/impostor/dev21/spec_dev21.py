"""Twenty-first dev part (dev21): built blind as the seventeenth held-out part (2026-12-04, eighteenth session),
demoted to tuning data in the nineteenth session.
Run: python eval/impostor/dev21/spec_dev21.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev20/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, and
districts, counties and county-level cities across all of its prefecture-level cities, plus a few towns), plus one
unused provincial body each of Shandong and Guangdong, so the registry is the supervising office's registry for three
provinces.  Part-specific machinery (new unit and town kinds, level forms, traditional-form modes, digit forms,
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

PART = "dev21"
SEED = 35287
CRAWL_DAY = "2026-01-13"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "dikuang21": ("{F}地质矿产勘查开发局", "{F}地质矿产勘查开发局", ["{S}地矿", "{S}地矿勘查"], "globe", None,
                  "发布地质找矿成果、地质灾害防治和矿产勘查信息"),
    "gongre21": ("{F}供热管理办公室", "{F}供热管理办公室", ["{S}供热", "{S}供暖服务"], "flame", None,
                 "发布供暖期安排、室温达标检查和供热投诉受理信息"),
    "laojian21": ("{F}劳动保障监察总队", "{F}劳动保障监察大队", ["{S}劳动监察", "{S}劳动保障监察"], "hands", None,
                  "发布劳动用工检查、欠薪治理和劳动者维权信息"),
    "yuzheng21": ("{F}渔政监督管理局", "{F}渔政监督管理局", ["{S}渔政", "{S}渔政执法"], "waves", None,
                  "发布伏季休渔、渔船安全和渔政执法信息"),
    "kouan21": ("{F}人民政府口岸办公室", "{F}人民政府口岸办公室", ["{S}口岸", "{S}口岸通关"], "bridge", None,
                "发布口岸开放、通关便利化和跨境贸易服务信息"),
    "gangao21": ("{F}人民政府港澳事务办公室", "{F}人民政府港澳事务办公室", ["{S}港澳办", "{S}港澳事务"], "globe",
                 None, "发布港澳交流合作、港澳居民服务和往来政策信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_zs21": ("{F}{DF}防风治沙站", ["{DS}治沙站", "{DS}防风治沙"], "leaf", None,
                  "发布固沙造林、防风林带管护和沙地治理信息"),
    "town_yf21": ("{F}{DF}渔业服务站", ["{DS}渔服站", "{DS}渔业服务"], "waves", None,
                  "发布海上养殖、渔船出海报备和渔民服务信息"),
    "town_hz21": ("{F}{DF}河长制办公室", ["{DS}河长办", "{DS}河长制"], "waves", None,
                  "发布河湖巡查、河道清理和水环境治理信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"dikuang21": "地矿", "gongre21": "供热", "laojian21": "劳动监察", "yuzheng21": "渔政",
               "kouan21": "口岸", "gangao21": "港澳办", "town_zs21": "治沙站", "town_yf21": "渔服站",
               "town_hz21": "河长办"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level city (short, full)
_SY, _DL, _AS, _FS = ("沈阳", "沈阳市"), ("大连", "大连市"), ("鞍山", "鞍山市"), ("抚顺", "抚顺市")
_BX, _DD, _JZ, _YK = ("本溪", "本溪市"), ("丹东", "丹东市"), ("锦州", "锦州市"), ("营口", "营口市")
_FX, _LY, _PJ, _TL = ("阜新", "阜新市"), ("辽阳", "辽阳市"), ("盘锦", "盘锦市"), ("铁岭", "铁岭市")
_CY, _HLD = ("朝阳", "朝阳市"), ("葫芦岛", "葫芦岛市")
PARENT = {"沈河": _SY, "大东": _SY, "皇姑": _SY, "苏家屯": _SY, "浑南": _SY, "沈北": _SY, "于洪": _SY, "辽中": _SY,
          "西岗": _DL, "沙河口": _DL, "甘井子": _DL, "旅顺口": _DL, "普兰店": _DL, "长海": _DL,
          "铁东": _AS, "立山": _AS, "千山": _AS,
          "新抚": _FS, "东洲": _FS, "望花": _FS, "顺城": _FS,
          "溪湖": _BX, "南芬": _BX,
          "振安": _DD,
          "古塔": _JZ, "凌河": _JZ, "黑山": _JZ, "凌海": _JZ,
          "站前": _YK, "铁西": _AS, "鲅鱼圈": _YK, "老边": _YK,
          "新邱": _FX, "清河门": _FX, "细河": _FX, "彰武": _FX,
          "白塔": _LY, "文圣": _LY, "宏伟": _LY, "弓长岭": _LY, "太子河": _LY,
          "双台子": _PJ, "兴隆台": _PJ, "大洼": _PJ, "盘山": _PJ,
          "银州": _TL, "调兵山": _TL,
          "建平": _CY, "喀左": _CY,
          "南票": _HLD, "建昌": _HLD}
REGION_NAME = "辽宁"
# the province's name before 1929, written in place of its present name by some impostors
OLD_PROVINCE = "奉天"
# old names of the prefecture-level cities (Qing capital, pre-1981 port city, pre-1965 border city, pre-1994 city,
# the ancient commandery seat, the Sui-Tang prefecture), written before a county-level name by some impostors
OLD_CITY = {"沈阳": "盛京", "大连": "旅大", "丹东": "安东", "葫芦岛": "锦西", "辽阳": "襄平", "朝阳": "营州",
            "本溪": "本溪湖"}
# the province's four regional designations; Shenyang and Liaoyang are left out (the central designation is also a
# registered district's name)
QUADRANT = {"丹东": "辽东", "本溪": "辽东", "抚顺": "辽东", "锦州": "辽西", "葫芦岛": "辽西", "朝阳": "辽西",
            "阜新": "辽西", "盘锦": "辽西", "大连": "辽南", "营口": "辽南", "鞍山": "辽南", "铁岭": "辽北"}
# districts and county-level cities with the name and level they had before an upgrade or rename (2016 for Liaozhong
# and Dawa, 2015 for Pulandian, 2014 for Hunnan, 2006 for Shenbei, about 2007 for Qianshan, 1993 for Linghai, 2002
# for Diaobingshan)
FORMER = {"辽中": "辽中县", "普兰店": "普兰店市", "大洼": "大洼县", "浑南": "东陵区", "沈北": "新城子区",
          "千山": "旧堡区", "凌海": "锦县", "调兵山": "铁法市"}
# the capital's "greater" name, written before a Shenyang district by some impostors
CAPITAL_WORD = "大沈阳"

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="辽宁", F="辽宁省", area="024", landmark="tower", nick="辽河两岸",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("hrss", {"platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("market", {"name_idx": 0, "platforms": _2}),
                ("dikuang21", {"name_idx": 0, "platforms": _3}),
                ("laojian21", {"name_idx": 0, "platforms": _3}),
                ("yuzheng21", {"name_idx": 0, "platforms": _2}),
                ("emergency", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="泉城海岱",
         depts=[("kouan21", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="bridge", nick="珠江口岸",
         depts=[("gangao21", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="辽宁省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- districts, counties and county-level cities of the new province
    _c("沈河", "沈河区", "024", "pagoda", "盛京故宫", [("fabu", {"platforms": _2})]),
    _c("大东", "大东区", "024", "tower", "老工业区", [("fabu", {"platforms": _2}), ("gongre21", {"name_idx": 0})]),
    _c("皇姑", "皇姑区", "024", "pagoda", "北陵公园", [("fabu", {"platforms": _2}), ("police", {"platforms": _2})]),
    _c("苏家屯", "苏家屯区", "024", "sun", "苏家屯", ["fabu"]),
    _c("浑南", "浑南区", "024", "skyline", "浑河新城",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("沈北", "沈北新区", "024", "mountain", "七星山", ["fabu"]),
    _c("于洪", "于洪区", "024", "sun", "于洪", [("fabu", {"platforms": _2})]),
    _c("辽中", "辽中区", "024", "waves", "蒲河湿地", [("fabu", {"platforms": _2})]),
    _c("西岗", "西岗区", "0411", "pier", "滨海路", [("fabu", {"platforms": _3})]),
    _c("甘井子", "甘井子区", "0411", "skyline", "甘井子", [("fabu", {"platforms": _2})]),
    _c("旅顺口", "旅顺口区", "0411", "lighthouse", "老铁山灯塔",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("普兰店", "普兰店区", "0411", "sun", "古莲之乡",
       [("fabu", {"platforms": _3}), ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("长海", "长海县", "0411", "lighthouse", "海岛渔乡",
       [("fabu", {"platforms": _3k}), ("yuzheng21", {"name_idx": 0})],
       [dict(DS="獐子岛", DF="獐子岛镇", depts=["town_yf21"])]),
    _c("铁东", "铁东区", "0412", "tower", "钢都老城", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("千山", "千山区", "0412", "mountain", "千朵莲花山", [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("东洲", "东洲区", "024", "waves", "大伙房水库", [("fabu", {"platforms": _2})]),
    _c("望花", "望花区", "024", "tower", "望花", [("fabu", {"platforms": _3})]),
    _c("顺城", "顺城区", "024", "bridge", "浑河北岸", [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("溪湖", "溪湖区", "024", "waves", "煤铁之城", [("fabu", {"platforms": _2})]),
    _c("南芬", "南芬区", "024", "mountain", "南芬峡谷", ["fabu"]),
    _c("振安", "振安区", "0415", "bridge", "鸭绿江畔", [("fabu", {"platforms": _2})]),
    _c("古塔", "古塔区", "0416", "pagoda", "广济寺古塔", [("fabu", {"platforms": _2})]),
    _c("凌河", "凌河区", "0416", "waves", "小凌河畔", ["fabu"]),
    _c("黑山", "黑山县", "0416", "mountain", "黑山阻击战", [("fabu", {"platforms": _3})]),
    _c("凌海", "凌海市", "0416", "waves", "大凌河口",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("鲅鱼圈", "鲅鱼圈区", "0417", "pier", "北海岸线",
       [("fabu", {"platforms": _4})]),
    _c("老边", "老边区", "0417", "sun", "老边", [("fabu", {"platforms": _2})]),
    _c("新邱", "新邱区", "0418", "mountain", "露天矿坑", ["fabu"]),
    _c("细河", "细河区", "0418", "waves", "细河", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("彰武", "彰武县", "0418", "sun", "沙地绿洲",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})],
       [dict(DS="章古台", DF="章古台镇", depts=["town_zs21"])]),
    _c("白塔", "白塔区", "0419", "pagoda", "辽阳白塔", [("fabu", {"platforms": _2})]),
    _c("文圣", "文圣区", "0419", "mountain", "东京陵", ["fabu"]),
    _c("太子河", "太子河区", "0419", "waves", "太子河畔",
       [("fabu", {"platforms": _3}), ("laojian21", {"name_idx": 0})]),
    _c("兴隆台", "兴隆台区", "0427", "tower", "辽河油田", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("大洼", "大洼区", "0427", "waves", "红海滩",
       [("fabu", {"platforms": _3t}), ("yuzheng21", {"name_idx": 0})],
       [dict(DS="赵圈河", DF="赵圈河镇", depts=["town_hz21"])]),
    _c("盘山", "盘山县", "0427", "sun", "稻蟹共生", [("fabu", {"platforms": _3})]),
    _c("银州", "银州区", "024", "bridge", "银冈书院", [("fabu", {"platforms": _3}), ("gongre21", {"name_idx": 0})]),
    _c("调兵山", "调兵山市", "024", "mountain", "煤电之城",
       [("fabu", {"platforms": _3}), ("dikuang21", {"name_idx": 0})]),
    _c("建平", "建平县", "0421", "sun", "红山文化", [("fabu", {"platforms": _2})]),
    _c("喀左", "喀喇沁左翼蒙古族自治县", "0421", "pagoda", "紫陶之乡",
       [("fabu", {"platforms": _3k}), ("culture", dict(_DC))],
       [dict(DS="公营子", DF="公营子镇", depts=["town_hz21"])]),
    _c("南票", "南票区", "0429", "mountain", "南票煤城",
       [("fabu", {"platforms": _3}), ("dikuang21", {"name_idx": 0})]),
    _c("建昌", "建昌县", "0429", "mountain", "白狼山", ["fabu"]),
    # ---- places that only have unregistered units here
    _c("沙河口", "沙河口区", "0411", "skyline", "沙河口", []),
    _c("弓长岭", "弓长岭区", "0419", "mountain", "弓长岭", []),
    _c("清河门", "清河门区", "0418", "sun", "清河门", []),
    _c("宏伟", "宏伟区", "0419", "tower", "宏伟", []),
    _c("站前", "站前区", "0417", "tower", "站前", []),
    _c("立山", "立山区", "0412", "mountain", "立山", []),
    _c("新抚", "新抚区", "024", "tower", "新抚", []),
    _c("双台子", "双台子区", "0427", "waves", "双台子", []),
    _c("铁西", "铁西区", "0412", "tower", "铁西", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_2, _3, ["wechat", "douyin"], _2, _3k, ["weibo", "wechat", "toutiao"], _3, _2, _3t, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|h21".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0725


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布在线")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安在身边")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345接诉即办")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅速览")
    if d == "gongre21" and name == S + "供热":
        opts.append(S + "供热服务中心")
    if d == "yuzheng21" and name == S + "渔政":
        opts.append(S + "渔政快讯")
    if d == "dikuang21" and name == S + "地矿":
        opts.append(S + "地矿动态")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: one symbol to seven characters; the province's real government-service app, dialect words for
# "super quick", "what to do", "chatting" and "made clear", intake desks (heating-fee refund, bought-out service
# years, shanty-town resettlement, winter cabbage subsidy, only-child award, quick unemployment pay), shop words for
# crabs, sea cucumbers, chicken racks, sticky buns, sauerkraut and frozen pears, an arrow before "old account
# closed" or "please follow this account", an "only official account" plea in half-disc corners, version tags
SUFFIXES = ["辽事通", "嘎嘎溜", "有事咋整", "唠嗑屋", "整明白了", "暖气费返还", "买断工龄补差", "棚改回迁登记",
            "冬储菜补贴", "独生子女奖励", "失业补助秒批", "河蟹直发", "刺参直供", "鸡架铺子", "黏豆包", "酸菜缸",
            "冻梨铺", "➾此号顶上", "⤷就认这个", "◖独此一家◗", "ᴺᴱ", "Ⅹ", "024", "v2.3", "ⓛ"]
PREFIXES = ["辽", "辽沈", "关东", "东北老铁▏", "屯子里", "瞧一瞧▏", "老妹儿注意▏", "▐暖气退款▌", "▐工龄补缴▌",
            "▐最后三天▌", "❆", "⛇", "⚓", "⛭", "⟈辽⟉", "嘎哈呢▏", "唠两句▏", "转给老爸老妈▏"]
LOOKALIKE = {
    "河": ["坷"], "姑": ["站"], "苏": ["芳"], "浑": ["滓"], "南": ["甫"], "于": ["子"], "洪": ["拱"], "辽": ["迂"],
    "井": ["并"], "顺": ["顾"], "普": ["替"], "店": ["唐"], "海": ["淘"], "铁": ["铣"], "千": ["壬"], "抚": ["扰"],
    "望": ["塑"], "城": ["械"], "溪": ["澳"], "湖": ["湘"], "振": ["娠"], "塔": ["堪"], "凌": ["凄"], "黑": ["熏"],
    "鱼": ["鲁"], "圈": ["图"], "边": ["迈"], "邱": ["祁"], "细": ["绸"], "彰": ["影"], "圣": ["茎"], "双": ["戏"],
    "隆": ["陵"], "洼": ["佳"], "盘": ["盎"], "银": ["根"], "调": ["谓"], "左": ["右"], "票": ["栗"], "赵": ["趋"],
    "急": ["息"], "地": ["他"], "供": ["俱"], "劳": ["芳"], "动": ["劫"], "岸": ["崖"], "港": ["湛"], "治": ["沿"],
    "沙": ["涉"],
}
SAME_SOUND = {
    "沈": ["身", "深"], "河": ["喝", "赫"], "皇": ["荒", "煌"], "姑": ["股", "骨"], "苏": ["速", "素"],
    "家": ["价", "甲"], "浑": ["魂", "昏"], "北": ["悲", "碑"], "于": ["与", "余"], "洪": ["宏", "弘"],
    "辽": ["疗", "廖"], "中": ["种", "仲"], "西": ["喜", "袭"], "岗": ["钢", "纲"], "甘": ["肝", "柑"],
    "井": ["境", "景"], "子": ["自", "姿"], "普": ["铺", "蒲"], "兰": ["篮", "拦"], "店": ["点", "典"],
    "长": ["常", "肠"], "海": ["孩"], "铁": ["贴", "帖"], "立": ["力", "例"], "千": ["前", "牵"],
    "抚": ["复", "富"], "洲": ["周", "舟"], "望": ["旺", "汪"], "花": ["划", "滑"], "城": ["撑", "秤"],
    "溪": ["息", "习"], "湖": ["忽", "唬"], "芬": ["纷", "粉"], "振": ["阵", "珍"], "古": ["鼓", "固"],
    "塔": ["踏", "塌"], "凌": ["领", "龄"], "鲅": ["八", "拔"], "鱼": ["育", "玉"], "圈": ["泉", "拳"],
    "老": ["烙"], "边": ["鞭", "辩"], "邱": ["求", "酋"], "细": ["席", "系"], "彰": ["张", "掌"],
    "武": ["屋", "误"], "白": ["拜", "佰"], "圣": ["声", "盛"], "太": ["胎", "苔"], "台": ["态", "汰"],
    "兴": ["姓", "邢"], "隆": ["聋", "拢"], "洼": ["娃", "蛙"], "盘": ["攀", "潘"], "银": ["音", "饮"],
    "州": ["肘", "帚"], "调": ["雕", "钓"], "兵": ["饼", "丙"], "建": ["简", "坚"], "喀": ["咖", "卡"],
    "左": ["作", "昨"], "票": ["飘", "瓢"], "昌": ["尝", "倡"], "獐": ["涨", "仗"], "章": ["障", "丈"],
    "营": ["迎", "盈"], "赵": ["兆", "罩"], "务": ["乌", "巫"], "市": ["师", "始"], "监": ["践", "荐"],
    "应": ["婴", "颖"], "急": ["基", "己"], "地": ["帝", "弟"], "矿": ["框", "筐"], "供": ["贡", "恭"],
    "劳": ["牢", "姥"], "动": ["冻", "栋"], "察": ["叉", "岔"], "渔": ["域", "语"], "岸": ["暗", "俺"],
    "港": ["冈", "缸"], "澳": ["傲", "袄"], "办": ["颁", "搬"], "治": ["制", "至"], "沙": ["莎", "刹"],
    "站": ["瞻", "斩"], "服": ["府", "父"],
}
TRAD_MODES = ["second_and_fourth", "leading_pair", "last_two"]
# every Unicode space separator and blank-looking character is used by some other part, so this part breaks names
# with visible separators other parts did not use: Mongolian and Manchu punctuation (comma, full stop, four dots,
# todo soft hyphen, sibe syllable boundary marker, Manchu comma and full stop, nirugu) and a few medieval marks
# (tildes with a dot, daggers with a guard, a turned comma, a raised comma, a paragraphus and a corner mark)
SPACES = ["\u1802", "\u1803", "\u1805", "\u1806", "\u1807", "\u1808", "\u1809", "\u180a", "\u2e1e", "\u2e1f",
          "\u2e4f", "\u2e4d", "\u2e36", "\u2e37", "\u2e32", "\u2e34"]
DOUBLE_SPACE_P = 0.07
# prepended concatenation marks (Kaithi, Arabic, Syriac) and a few tag characters and variation selectors other
# parts did not use
ZERO_WIDTH = ["\U000110bd", "\U000110cd", "\u0890", "\u0891", "\u08e2", "\u070f",
              "\U000e0058", "\U000e0072", "\U000e0158", "\U000e0188", "\U000e01b7", "\U000e01d5"]
EMOJI = ["🦑", "🍢", "🥬", "🫙", "🐯", "🦭", "🏗️", "🔩", "🚋", "🛷", "🧣", "🍺"]
BRACKETS = [("𝄆", "𝄇"), ("⪡", "⪢"), ("⊏", "⊐"), ("⥼", "⥽"), ("⧔", "⧕"), ("⪦", "⪧"), ("⊶", "⊷"), ("⫍", "⫎"),
            ("⤙", "⤚"), ("ᕙ(", ")ᕗ"), ("(づ", ")づ")]
FULLWIDTH_MODES = ["mongol_digits", "seven_segment", "caron_below", "arrow_below"]
LEVEL_FORMS = ["fengtian_province", "old_city_prefix", "former_name", "liao_quadrant", "town_under_pref",
               "greater_capital"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民唠嗑", "{nick}守夜民警", "{S}防骗大喇叭"],
    "fabu": ["{S}官话直说", "{nick}要闻快览", "{S}消息灵通站"],
    "gov": ["{S}掌中办", "{nick}办事一点通"],
    "hrss": ["{S}饭碗帮帮团", "{nick}就业加油站"],
    "emergency": ["{S}防寒保暖提示", "{nick}安全小贴士"],
    "tax": ["{S}税费明白纸", "{nick}纳税小灶"],
    "hotline": ["{S}有啥说啥", "{nick}诉求热炕头"],
    "culture": ["{S}关东风情", "{nick}逛辽宁攻略", "{S}老城漫步"],
    "market": ["{S}大市场守门人", "{nick}吃得安心"],
    "dikuang21": ["{S}找矿人", "{nick}岩芯故事"],
    "gongre21": ["{S}暖气热不热", "{nick}暖屋行动"],
    "laojian21": ["{S}讨薪帮", "{nick}工钱不拖欠"],
    "yuzheng21": ["{S}休渔期提醒", "{nick}渔船平安"],
    "kouan21": ["{S}通关小助手", "{nick}码头资讯"],
    "gangao21": ["{S}湾区通", "{nick}粤港澳连线"],
    "town_zs21": ["{S}绿进沙退"],
    "town_yf21": ["{S}海上牧场"],
    "town_hz21": ["{S}护河人"],
    "generic": ["{S}老乡的事", "{nick}民生茶座", "{S}屯里屯亲"],
}


# ---- digit forms (the registered digit names are 12345 and 12366; no zero occurs)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


def _mongol(s):
    return "".join(chr(0x1810 + int(c)) if "0" <= c <= "9" else c for c in s)


def _segment(s):
    return "".join(chr(0x1FBF0 + int(c)) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "mongol_digits": _mongol,
    "seven_segment": _segment,
    "caron_below": lambda s: _marks(s, "\u032c"),
    "arrow_below": lambda s: _marks(s, "\u20ef"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _fengtian_province(u, acc):
    """The province's name before 1929 in place of its present name (奉天发布 for 辽宁发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return OLD_PROVINCE + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return OLD_PROVINCE + name[len(pl["S"]):]
    return None


def _old_city_prefix(u, acc):
    """The prefecture-level city's old name before a county-level name (安东振安发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] not in OLD_CITY or not name.startswith(pl["S"]):
        return None
    return OLD_CITY[par[0]] + name


def _former_name(u, acc):
    """A district or county-level city written with the name and level it had before (锦县发布 for 凌海发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in FORMER or not name.startswith(pl["S"]):
        return None
    return FORMER[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _liao_quadrant(u, acc):
    """The regional designation (east, west, south, north of the province) before a county-level name (辽西建平发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] not in QUADRANT or not name.startswith(pl["S"]):
        return None
    return QUADRANT[par[0]] + name


def _town_under_pref(u, acc):
    """A town put directly under its prefecture-level city, its county left out (大连獐子岛渔服站)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + name


def _greater_capital(u, acc):
    """The capital's "greater" name before one of its districts (大沈阳皇姑发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] != "沈阳" or not name.startswith(pl["S"]):
        return None
    return CAPITAL_WORD + name


_FORM_MAKERS = {"fengtian_province": _fengtian_province, "old_city_prefix": _old_city_prefix,
                "former_name": _former_name, "liao_quadrant": _liao_quadrant,
                "town_under_pref": _town_under_pref, "greater_capital": _greater_capital}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the pre-1929 province name, towns the prefecture without the county, upgraded or renamed places mostly their
    former name, the other county-level units the old city name, the regional designation or the capital word."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("fengtian_province", "town_under_pref"):
        if f in names:
            return f, names[f]
    rest = [f for f in ("former_name", "old_city_prefix", "liao_quadrant", "greater_capital") if f in names]
    if "former_name" in rest and _h(acc, "fn") % 3:
        return "former_name", names["former_name"]
    rest = [f for f in rest if f != "former_name"] or rest
    f = rest[_h(acc, "oq") % len(rest)]
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


def _t_second_and_fourth(s, u, r):
    """The second and the fourth convertible character (the last one if there are fewer)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    pick = idx[1:2] + idx[3:4]
    return _conv(s, pick or idx[-1:])


def _t_leading_pair(s, u, r):
    """The first two convertible characters (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[:2])


def _t_last_two(s, u, r):
    """The last two convertible characters (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[-2:])


TRAD_FUNCS = {"second_and_fourth": _t_second_and_fourth, "leading_pair": _t_leading_pair,
              "last_two": _t_last_two}


# ---- image edits
def _frost_blue(img, rng):
    """A winter-frost look: colours pulled towards ice blue, lifted, with a few white crystal specks."""
    a = np.asarray(img, float)
    ice = np.array([188, 216, 238], float)
    k = rng.uniform(0.38, 0.46)
    out = a * (1 - k) + ice * k
    seed = int(rng.random() * 2 ** 31)
    specks = np.random.default_rng(seed).random(a.shape[:2]) < 0.02
    out[specks] = 250
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"frost blue k{k:.2f}"


def _rust_belt(img, rng):
    """An old-factory rust look: luminance mapped onto a dark iron to rust-orange ramp, with grain."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([38, 26, 22], float)
    light = np.array([214, 118, 58], float)
    gam = rng.uniform(1.05, 1.15)
    out = dark + (light - dark) * g ** gam
    seed = int(rng.random() * 2 ** 31)
    out += np.random.default_rng(seed).normal(0, 9, out.shape[:2])[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"rust belt g{gam:.2f}"


def _red_beach(img, rng):
    """A red-beach cast (the seepweed marshes): reds lifted, greens and blues pressed down."""
    a = np.asarray(img, float)
    m = np.array([1.18, 0.72, 0.68]) * rng.uniform(0.97, 1.03)
    out = a * m + np.array([26, 0, 4])
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), "red beach"


def _blueprint(img, rng):
    """A factory-blueprint look: edges in white on a deep blue ground with a faint grid."""
    e = np.asarray(ImageOps.grayscale(img).filter(ImageFilter.FIND_EDGES), float)[..., None] / 255.0
    ground = np.array([22, 62, 128], float)
    out = ground * (1 - e) + 240 * e
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    w = im.size[0]
    step = max(8, int(w / rng.uniform(7.5, 8.5)))
    for x in range(0, w, step):
        d.line([(x, 0), (x, w)], fill=(58, 96, 158), width=1)
        d.line([(0, x), (w, x)], fill=(58, 96, 158), width=1)
    return im, "blueprint"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _frost_window(img, rng, P):
    """A frosted window pane: pale blue margin with white feathery ice branches growing from the corners."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    out.paste(img, (pad, pad))
    for cx, cy in ((0, 0), (W, 0), (0, W), (W, W)):
        for _ in range(9):
            ang = rng.uniform(0, 2 * np.pi)
            ln = rng.uniform(0.3, 0.55) * W
            x2, y2 = cx + ln * np.cos(ang), cy + ln * np.sin(ang)
            d.line([(cx, cy), (x2, y2)], fill=(246, 250, 255), width=2)
            for t in (0.3, 0.5, 0.7):
                bx, by = cx + (x2 - cx) * t, cy + (y2 - cy) * t
                for s in (-0.6, 0.6):
                    d.line([(bx, by), (bx + ln * 0.12 * np.cos(ang + s), by + ln * 0.12 * np.sin(ang + s))],
                           fill=(236, 244, 252), width=1)
    return out, "border frost window"


def _porthole(img, rng, P):
    """A ship's porthole: the picture in a circle inside a thick brass ring with rivets, on a steel-grey hull."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    d.ellipse([pad * 0.3, pad * 0.3, W - pad * 0.3, W - pad * 0.3], fill=(176, 142, 66))
    mask = Image.new("L", (w, w), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
    out.paste(img, (pad, pad), mask)
    r = (W - pad * 0.65) / 2
    for k in range(12):
        a = 2 * np.pi * k / 12
        x, y = W / 2 + r * np.cos(a), W / 2 + r * np.sin(a)
        d.ellipse([x - 3, y - 3, x + 3, y + 3], fill=(98, 80, 40))
    return out, "border porthole"


def _factory_gate(img, rng, P):
    """An old factory gate: two brick pillars, an iron arch over the picture and a red star at its top."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    for x0 in (0, W - pad):
        for y in range(0, W, 8):
            off = 0 if (y // 8) % 2 else 6
            for x in range(x0 - off, x0 + pad, 12):
                d.rectangle([x, y, x + 10, y + 6], fill=(150, 62, 44))
    d.arc([pad * 0.5, pad * 0.1, W - pad * 0.5, pad * 1.9], 180, 360, fill=(40, 40, 44), width=max(3, pad // 5))
    out.paste(img, (pad, pad))
    G._star(d, W / 2, pad * 0.45, pad * 0.35, (214, 32, 30))
    return out, "border factory gate"


def _shot_bank_transfer(img, rng, P, out_px):
    """A bank app's "transfer succeeded" page: the avatar small as the payee icon, a big amount block, a tick."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (244, 246, 250))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.12 * S)], fill=(196, 30, 42))
    d.ellipse([int(0.42 * S), int(0.17 * S), int(0.58 * S), int(0.33 * S)], fill=(52, 180, 90))
    d.line([(int(0.46 * S), int(0.25 * S)), (int(0.49 * S), int(0.29 * S)), (int(0.55 * S), int(0.21 * S))],
           fill=(255, 255, 255), width=6)
    d.rectangle([int(0.25 * S), int(0.38 * S), int(0.75 * S), int(0.46 * S)], fill=(40, 40, 40))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    y0 = int(0.52 * S)
    d.rectangle([int(0.05 * S), y0, int(0.95 * S), y0 + a + 20], fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.08 * S), y0 + 10))
    for k in range(3):
        y = y0 + a + 40 + k * int(0.06 * S)
        d.rectangle([int(0.08 * S), y, int(0.08 * S) + int(S * rng.uniform(0.4, 0.8)), y + 8], fill=(150, 150, 150))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot bank transfer scale {a / S:.3f}"


def _shot_ride_hailing(img, rng, P, out_px):
    """A ride-hailing page: a street map with a route, the avatar small as the driver's photo in the bottom card."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (232, 236, 226))
    d = ImageDraw.Draw(canvas)
    for k in range(7):
        y = int(rng.uniform(0, 0.6) * S)
        d.line([(0, y), (S, y + int(rng.uniform(-0.1, 0.1) * S))], fill=(255, 255, 255), width=8)
        x = int(rng.uniform(0, 1) * S)
        d.line([(x, 0), (x + int(rng.uniform(-0.1, 0.1) * S), int(0.65 * S))], fill=(255, 255, 255), width=8)
    pts = [(int(rng.uniform(0.1, 0.9) * S), int(rng.uniform(0.05, 0.6) * S)) for _ in range(4)]
    d.line(pts, fill=(40, 160, 90), width=7)
    d.rectangle([0, int(0.66 * S), S, S], fill=(255, 255, 255))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.06 * S), int(0.7 * S)))
    d.rectangle([int(0.06 * S) + a + 20, int(0.72 * S), int(0.9 * S), int(0.76 * S)], fill=(60, 60, 60))
    d.rectangle([int(0.06 * S) + a + 20, int(0.8 * S), int(0.7 * S), int(0.83 * S)], fill=(160, 160, 160))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot ride hailing scale {a / S:.3f}"


def _shot_live_stream(img, rng, P, out_px):
    """A live-stream room: a dark video area, the avatar small as the host icon at the top left, chat bubbles."""
    S = 3 * out_px
    top, bot = np.array([40, 30, 60], float), np.array([90, 50, 80], float)
    t = np.linspace(0, 1, S)[:, None, None]
    bg = (top * (1 - t) + bot * t) * np.ones((S, S, 3))
    canvas = Image.fromarray(bg.astype(np.uint8))
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    d.rounded_rectangle([int(0.03 * S), int(0.03 * S), int(0.03 * S) + a + int(0.3 * S), int(0.03 * S) + a + 12],
                        radius=20, fill=(20, 20, 20))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.03 * S) + 6, int(0.03 * S) + 6))
    for k in range(5):
        y = int((0.55 + 0.08 * k) * S)
        d.rounded_rectangle([int(0.04 * S), y, int(0.04 * S) + int(S * rng.uniform(0.3, 0.6)), y + int(0.05 * S)],
                            radius=10, fill=(70, 60, 80))
    d.ellipse([int(0.82 * S), int(0.85 * S), int(0.95 * S), int(0.98 * S)], fill=(250, 80, 120))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot live stream scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"frost_blue": _frost_blue, "rust_belt": _rust_belt,
                                   "red_beach": _red_beach, "blueprint": _blueprint},
                   border_funcs={"frost_window": _frost_window, "porthole": _porthole,
                                 "factory_gate": _factory_gate},
                   screenshot_funcs={"bank_transfer": _shot_bank_transfer, "ride_hailing": _shot_ride_hailing,
                                     "live_stream": _shot_live_stream},
                   resize_px=[206, 210, 213, 217, 220, 222, 225],
                   jpeg_q=(64, 68), crop_frac=(0.3570, 0.3596),
                   border_styles=["frost_window", "porthole", "factory_gate"],
                   border_colours=[(203, 222, 236), (120, 128, 136), (94, 104, 112), (196, 214, 232),
                                   (136, 144, 150), (210, 226, 240)],
                   border_frac=(0.3715, 0.3735),
                   recolour_modes=["frost_blue", "rust_belt", "red_beach", "blueprint"],
                   hue_shift=(342, 350), rotate_deg=(31.02, 31.13),
                   watermark_texts=["辽事通", "暖气退费", "工龄核对", "屯里广播", "补缴专办"],
                   watermark_alpha=(178, 186),
                   screenshot_styles=["bank_transfer", "ride_hailing", "live_stream"],
                   screenshot_scale=(0.2460, 0.2490))
P_IMPOSTOR_DERIVED = 0.548
P_IMPOSTOR_DEFAULT = 0.088
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.099
IMPOSTOR_VERIFIED = [("enterprise", "{S}辽通民生信息科技有限公司"), ("personal", "关东乡土生活记录者"),
                     ("other", "{S}老工业基地振兴研究会")]
IMPOSTOR_DESCS = ["{S}{fn}：今冬暖气费按面积返还，加微信{wx}核对房产信息和收款账户",
                  "【{S}{fn}】买断工龄人员可补缴养老保险，仅剩少量指标，私信{wx}办理",
                  "{name}：辽事通认证信息过期，点击主页链接重新上传证件领取失业补助",
                  "{S}{fn}：棚改回迁选房可提前内定楼层，联系扣扣{qq}",
                  "{S}{fn}旧账号不再更新，今后通知以本号为准，咨询请加微信{wx}"]
MAX_PER_TARGET = 6

# Every two- and three-tactic combination that the builder can write is used by some other part, and dev15 ... dev20
# used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses (four
# impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_FW, _SS, _SP, _ZW], 4), ([_FW, _PR, _ZW, _NP], 4), ([_FW, _SU, _ZW, _NP], 4), ([_FW, _SS, _RE, _NP], 4),
    ([_FW, _SP, _EB, _RE], 4), ([_FW, _PR, _TR, _RE], 4), ([_FW, _SS, _ZW, _EB], 4), ([_FW, _SU, _SP, _ZW], 4),
    ([_FW, _SU, _PR, _LA], 4), ([_SS, _TR, _ZW, _RE], 4), ([_SP, _EB, _LP, _NP], 4), ([_PR, _LA, _TR, _LP], 4),
    ([_LA, _SS, _EB, _NP], 4), ([_PR, _SS, _SP, _LP], 4), ([_PR, _SP, _LP, _NP], 4), ([_SU, _SS, _TR, _SP], 4),
    ([_LA, _ZW, _EB, _LP], 4), ([_LA, _SS, _TR, _EB], 4), ([_SU, _PR, _LA, _SP], 4), ([_LA, _EB, _RE, _NP], 4),
    ([_SU, _TR, _EB, _RE], 4), ([_SU, _LA, _EB, _LP], 4), ([_PR, _TR, _SP, _RE], 4), ([_SU, _EB, _LP, _NP], 4),
    ([_LA, _TR, _RE, _NP], 4), ([_SU, _SP, _ZW, _LP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture"]
OTHER_PLACES_CHAR = [
    dict(reg="于洪", S="于田", F="于田县", province="新疆维吾尔自治区", level=_C, depts=_F3),
    dict(reg="西岗", S="西峰", F="庆阳市西峰区", province="甘肃省", level=_C, units={"police": "庆阳市公安局西峰分局"}),
    dict(reg="黑山", S="黑水", F="黑水县", province="四川省", level=_C),
    dict(reg="凌海", S="定海", F="舟山市定海区", province="浙江省", level=_C, units={"police": "舟山市公安局定海分局"}),
    dict(reg="白塔", S="白朗", F="白朗县", province="西藏自治区", level=_C),
    dict(reg="溪湖", S="镜湖", F="芜湖市镜湖区", province="安徽省", level=_C, units={"police": "芜湖市公安局镜湖分局"}),
    dict(reg="古塔", S="古蔺", F="古蔺县", province="四川省", level=_C),
    dict(reg="长海", S="长泰", F="漳州市长泰区", province="福建省", level=_C, units={"police": "漳州市公安局长泰分局"}),
    dict(reg="顺城", S="顺庆", F="南充市顺庆区", province="四川省", level=_C, units={"police": "南充市公安局顺庆分局"}),
    dict(reg="顺城", S="顺河", F="开封市顺河回族区", province="河南省", level=_C,
         units={"police": "开封市公安局顺河分局"}),
    dict(reg="南芬", S="南召", F="南召县", province="河南省", level=_C),
    dict(reg="南芬", S="南涧", F="南涧彝族自治县", province="云南省", level=_C),
    dict(reg="文圣", S="文峰", F="安阳市文峰区", province="河南省", level=_C, units={"police": "安阳市公安局文峰分局"}),
    dict(reg="盘山", S="萧山", F="杭州市萧山区", province="浙江省", level=_C, units={"police": "杭州市公安局萧山区分局"}),
    dict(reg="溪湖", S="滨湖", F="无锡市滨湖区", province="江苏省", level=_C, units={"police": "无锡市公安局滨湖分局"}),
]
OTHER_PLACES_SOUND = [
    dict(reg="银州", S="鄞州", F="宁波市鄞州区", province="浙江省", level=_C, depts=_F3 + ["market"],
         units={"police": "宁波市公安局鄞州分局"}),
    dict(reg="凌河", S="临河", F="巴彦淖尔市临河区", province="内蒙古自治区", level=_C, depts=_F3,
         units={"police": "巴彦淖尔市公安局临河分局"}),
    dict(reg="千山", S="潜山", F="潜山市", province="安徽省", level=_C, depts=_F3 + ["market"]),
    dict(reg="振安", S="镇安", F="镇安县", province="陕西省", level=_C, depts=_F3),
    dict(reg="凌海", S="临海", F="临海市", province="浙江省", level=_C, depts=_F3 + ["hotline"]),
    dict(reg="溪湖", S="西湖", F="杭州市西湖区", province="浙江省", level=_C, depts=_F3 + ["market"],
         units={"police": "杭州市公安局西湖区分局"}),
    dict(reg="细河", S="西和", F="西和县", province="甘肃省", level=_C, depts=_F3),
    dict(reg="黑山", S="合山", F="合山市", province="广西壮族自治区", level=_C, depts=_F3),
    dict(reg="顺城", S="顺昌", F="顺昌县", province="福建省", level=_C, depts=_F3 + ["hotline"]),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("墨竹工卡", "墨竹工卡县", "西藏自治区", "police"), ("达孜", "拉萨市达孜区", "西藏自治区", "fabu"),
    ("林周", "林周县", "西藏自治区", "police"), ("尼木", "尼木县", "西藏自治区", "fabu"),
    ("曲水", "曲水县", "西藏自治区", "procur"), ("拉孜", "拉孜县", "西藏自治区", "police"),
    ("聂拉木", "聂拉木县", "西藏自治区", "fabu"), ("萨迦", "萨迦县", "西藏自治区", "police"),
    ("仁布", "仁布县", "西藏自治区", "fabu"), ("康马", "康马县", "西藏自治区", "police"),
    ("岗巴", "岗巴县", "西藏自治区", "procur"), ("吉隆", "吉隆县", "西藏自治区", "fabu"),
    ("察雅", "察雅县", "西藏自治区", "police"), ("八宿", "八宿县", "西藏自治区", "fabu"),
    ("洛隆", "洛隆县", "西藏自治区", "police"), ("边坝", "边坝县", "西藏自治区", "fabu"),
    ("丁青", "丁青县", "西藏自治区", "procur"), ("类乌齐", "类乌齐县", "西藏自治区", "police"),
    ("贡觉", "贡觉县", "西藏自治区", "fabu"), ("芒康", "芒康县", "西藏自治区", "police"),
    ("工布江达", "工布江达县", "西藏自治区", "fabu"), ("墨脱", "墨脱县", "西藏自治区", "police"),
    ("波密", "波密县", "西藏自治区", "fabu"), ("朗县", "朗县", "西藏自治区", "procur"),
    ("若羌", "若羌县", "新疆维吾尔自治区", "police"), ("且末", "且末县", "新疆维吾尔自治区", "fabu"),
    ("焉耆", "焉耆回族自治县", "新疆维吾尔自治区", "police"), ("和硕", "和硕县", "新疆维吾尔自治区", "fabu"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="辽宁日报", platform="weibo", vtype="media", reason="辽宁日报社官方微博", desc="辽宁新闻。",
         logo_text="辽报"),
    dict(name="辽沈晚报", platform="douyin", vtype="media", reason="辽沈晚报社官方账号", desc="晚报民生新闻。",
         logo_text="辽沈"),
    dict(name="半岛晨报", platform="toutiao", vtype="media", reason="半岛晨报社官方账号", desc="大连都市新闻。",
         logo_text="半岛"),
    dict(name="北国网", platform="wechat", vtype="media", reason="辽宁日报传媒集团北国网",
         desc="重点新闻网站。", logo_text="北国"),
    dict(name="东北新闻网", platform="kuaishou", vtype="media", reason="东北新闻网官方账号",
         desc="新闻短视频。", logo_text="东北"),
    dict(name="沈阳日报", platform="wechat", vtype="media", reason="沈阳日报社", desc="沈阳新闻。"),
    dict(name="沈阳晚报", platform="weibo", vtype="media", reason="沈阳晚报社官方微博", desc="沈阳晚报新闻。"),
    dict(name="大连日报", platform="wechat", vtype="media", reason="大连日报社", desc="大连新闻。",
         logo_text="大连"),
    dict(name="大连晚报", platform="toutiao", vtype="media", reason="大连晚报社官方账号", desc="大连晚报新闻。"),
    dict(name="辽宁法治报", platform="kuaishou", vtype="media", reason="辽宁法治报社官方账号", desc="法治新闻。"),
    dict(name="鞍山日报", platform="douyin", vtype="media", reason="鞍山日报社官方账号", desc="鞍山新闻。"),
    dict(name="千山晚报", platform="wechat", vtype="media", reason="鞍山日报社千山晚报", desc="鞍山晚报新闻。"),
    dict(name="锦州日报", platform="toutiao", vtype="media", reason="锦州日报社官方账号", desc="锦州新闻。"),
    dict(name="营口日报", platform="weibo", vtype="media", reason="营口日报社官方微博", desc="营口新闻。"),
    dict(name="盘锦日报", platform="douyin", vtype="media", reason="盘锦日报社官方账号", desc="盘锦新闻。"),
    dict(name="阜新日报", platform="kuaishou", vtype="media", reason="阜新日报社官方账号", desc="阜新新闻。"),
    dict(name="辽阳日报", platform="wechat", vtype="media", reason="辽阳日报社", desc="辽阳新闻。"),
    dict(name="朝阳日报", platform="toutiao", vtype="media", reason="朝阳日报社官方账号", desc="朝阳新闻。"),
    dict(name="长海融媒", platform="douyin", vtype="media", reason="长海县融媒体中心官方账号", desc="长海新闻。"),
    dict(name="彰武电视台", platform="kuaishou", vtype="media", reason="彰武县广播电视台官方账号", desc="彰武新闻。"),
    dict(name="辽宁公安大案追踪", platform="douyin", vtype="media", reason="辽宁广播电视台官方账号",
         desc="电视台法治栏目，跟踪报道案件侦破，并非公安机关账号。", logo_text="追踪"),
    dict(name="浑南12345回访录", platform="toutiao", vtype="media", reason="沈阳广播电视台官方账号",
         desc="电视台民生栏目，回访热线诉求的办理情况。", logo_text="回访"),
    dict(name="旅顺口文旅探访记", platform="wechat", vtype="media", reason="大连广播电视台",
         desc="电视台文旅栏目，探访近代史遗址，并非文旅局账号。", logo_text="探访"),
    dict(name="皇姑公安夜话", platform="douyin", vtype="media", reason="沈阳广播电视台官方账号",
         desc="电视台法治栏目，讲述民警故事，并非公安账号。", logo_text="夜话"),
    dict(name="辽宁交警路况播报", platform="bilibili", vtype="media", reason="辽宁广播电视台官方账号",
         desc="交通广播的路况节目，并非交警账号。", logo_text="播报"),
    dict(name="普兰店税务课堂", platform="toutiao", vtype="media", reason="大连日报社官方账号",
         desc="报社财经栏目，请税务干部讲解政策，并非税务局账号。", logo_text="课堂"),
]
PERSONAL = [
    dict(name="鲅鱼圈赶海大姐", platform="douyin", vtype="personal", reason="渔村生活博主"),
    dict(name="长海养参人老于", platform="kuaishou", avatar="cartoon"),
    dict(name="旅顺口近代史讲解员小邵", platform="weibo", vtype="personal", reason="博物馆讲解员",
         avatar="scenery"),
    dict(name="彰武治沙老汉", platform="douyin", vtype="personal", reason="治沙志愿者"),
    dict(name="盘山稻田河蟹户", platform="kuaishou"),
    dict(name="大洼红海滩摄影", platform="douyin", avatar="scenery"),
    dict(name="建平荞麦种植户", platform="toutiao"),
    dict(name="喀左紫陶手艺人", platform="kuaishou", avatar="default"),
    dict(name="千山徒步爱好者", platform="douyin", avatar="scenery"),
    dict(name="铁东老钢厂工人", platform="kuaishou"),
    dict(name="新邱矿坑骑行", platform="douyin", avatar="default"),
    dict(name="南芬山里人家", platform="kuaishou"),
    dict(name="黑山猪肉铺老板娘", platform="douyin"),
    dict(name="凌海大凌河钓友", platform="kuaishou"),
    dict(name="古塔书法爱好者", platform="weibo", vtype="personal", reason="书法爱好者"),
    dict(name="调兵山退休矿工", platform="douyin"),
    dict(name="建昌小米粥铺", platform="weibo"),
    dict(name="细河边遛弯儿", platform="kuaishou", avatar="default"),
    dict(name="乡村教师老栾", platform="toutiao", vtype="personal", reason="建平某村小学教师"),
    dict(name="律师老宫讲工伤赔偿", platform="toutiao", vtype="personal", reason="辽宁某律师事务所律师"),
    dict(name="兴隆台辅警小关", platform="douyin", vtype="personal", reason="盘锦市公安局兴隆台分局辅警",
         desc="分享防范电诈小常识。"),
    dict(name="振安鸭绿江边摆摊", platform="kuaishou"),
    dict(name="南票煤城记忆", platform="weibo"),
    dict(name="天天转辽宁发布", platform="weibo", vtype="personal", reason="退休钳工",
         desc="转发辽宁发布的消息，个人账号，非官方。"),
    dict(name="老谭打过浑南12345", platform="toutiao", vtype="personal", reason="街坊生活记录者",
         desc="个人记录拨打热线的经历，非官方。"),
    dict(name="旅顺口文旅游记本", platform="wechat", desc="个人游记，记录在旅顺口游玩的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="辽宁公安器材商店", platform="weibo", vtype="enterprise", reason="沈阳某商贸有限公司",
         desc="警用器材和劳保装备销售，私营企业，与公安机关无关。", logo_text="器材"),
    dict(name="千山文旅客栈", platform="wechat", vtype="enterprise", reason="鞍山某酒店管理有限公司",
         desc="客栈预订，企业账号，与文旅部门无关。"),
    dict(name="辽宁税务咨询事务所", platform="douyin", vtype="enterprise", reason="沈阳某财税咨询有限公司",
         desc="代理记账、税务咨询，私营企业，与税务局无关。"),
    dict(name="盘山河蟹", platform="douyin"),
    dict(name="长海海珍品", platform="kuaishou", vtype="enterprise", reason="大连某水产有限公司"),
    dict(name="大洼稻蟹米", platform="douyin"),
    dict(name="喀左紫陶", platform="kuaishou", avatar="default"),
    dict(name="建平荞面", platform="douyin", vtype="enterprise", reason="朝阳某粮油有限公司"),
    dict(name="彰武沙地西瓜", platform="kuaishou"),
    dict(name="黑山猪肉", platform="douyin"),
    dict(name="凌海杂粮", platform="kuaishou"),
    dict(name="普兰店焖子", platform="douyin", vtype="enterprise", reason="大连某食品有限公司"),
    dict(name="鲅鱼圈海鲜批发", platform="douyin"),
    dict(name="老边饺子馆", platform="kuaishou", avatar="default"),
    dict(name="千山南果梨", platform="douyin"),
    dict(name="调兵山煤炭运销", platform="kuaishou"),
    dict(name="南芬铁矿石", platform="douyin", vtype="enterprise", reason="本溪某矿业有限公司"),
    dict(name="振安草莓园", platform="kuaishou"),
    dict(name="旅顺口樱桃", platform="douyin"),
    dict(name="建昌小米", platform="kuaishou", vtype="enterprise", reason="葫芦岛某农业有限公司"),
    dict(name="兴隆台石油配件", platform="douyin"),
    dict(name="新邱玛瑙工坊", platform="kuaishou"),
    dict(name="太子河渔家乐", platform="douyin", vtype="enterprise", reason="辽阳某餐饮有限公司"),
    dict(name="古塔烧烤", platform="kuaishou", avatar="default"),
    dict(name="铁东钢材市场", platform="wechat", vtype="enterprise", reason="鞍山某钢材贸易有限公司"),
    dict(name="东洲温泉山庄", platform="douyin", vtype="enterprise", reason="抚顺某旅游开发有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("长海", "大长山岛", "大长山岛镇", ["town_yf21"]), ("彰武", "哈尔套", "哈尔套镇", ["town_zs21"]),
    ("黑山", "八道壕", "八道壕镇", ["town_hz21"]), ("盘山", "高升", "高升镇", ["town_hz21"]),
    ("盘山", "沙岭", "沙岭镇", ["town_zs21"]), ("建平", "朱碌科", "朱碌科镇", ["town_zs21"]),
    ("建昌", "八家子", "八家子镇", ["town_hz21"]), ("建昌", "喇嘛洞", "喇嘛洞镇", ["town_zs21"]),
    ("凌海", "双羊", "双羊镇", ["town_hz21"]), ("调兵山", "晓明", "晓明镇", ["town_hz21"]),
]
UNREG_CITY = [
    ("辽宁", "edu", 0), ("辽宁", "fire", 0), ("辽宁", "civil", 0), ("辽宁", "health", 0),
    ("山东", "yuzheng21", 0), ("广东", "kouan21", 0), ("辽宁", "gongre21", 0),
    ("大东", "police", 0), ("沈河", "police", 0), ("浑南", "police", 0), ("于洪", "police", 0),
    ("辽宁", "housing", 0), ("甘井子", "police", 0), ("鲅鱼圈", "police", 0), ("旅顺口", "police", 0),
    ("普兰店", "police", 0), ("千山", "police", 0), ("望花", "police", 0),
    ("辽宁", "transport", 0), ("辽宁", "veterans", 0), ("辽宁", "kouan21", 0),
    ("沙河口", "fabu", 0), ("弓长岭", "fabu", 0), ("清河门", "fabu", 0), ("宏伟", "fabu", 0),
    ("站前", "fabu", 0), ("立山", "fabu", 0), ("新抚", "fabu", 0), ("双台子", "fabu", 0),
    ("铁西", "fabu", 0), ("铁西", "police", 0), ("辽宁", "eco", 0),
    ("彰武", "police", 0), ("建平", "hotline", 0),
    ("大洼", "culture", 0), ("振安", "police", 0), ("长海", "culture", 0),
    ("古塔", "police", 0), ("盘山", "police", 0),
    ("黑山", "police", 0), ("喀左", "police", 0), ("建昌", "police", 0),
    ("大洼", "gongre21", 0), ("凌海", "yuzheng21", 0), ("南芬", "dikuang21", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level places and their towns: region names the prefecture; towns answer to the county-level
    government."""
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
    print("building dev21 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev21\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
