"""Twentieth dev part (dev20): built blind as the sixteenth held-out part (2026-12-04, seventeenth session), demoted to
tuning data in the eighteenth session.
Run: python eval/impostor/dev20/spec_dev20.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev19/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province that no other part registers (its provincial bodies, and counties,
county-level cities and districts across all of its prefecture-level cities, plus a few towns), plus one unused
provincial body each of Shandong and Guangdong (no Guangdong district is left unused), so the registry is the
supervising office's registry for three provinces.  Part-specific machinery (new unit and town kinds, level forms,
traditional-form modes, digit forms, colour filters, frames, screenshot layouts, the registry's region fix) lives in
this file, not in gen_common.py.
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

PART = "dev20"
SEED = 62164
CRAWL_DAY = "2025-12-16"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "nengyuan20": ("{F}能源局", "{F}能源局", ["{S}能源", "{S}能源发布"], "flame", None,
                   "发布能源政策、煤炭电力保供和新能源项目信息"),
    "wenwu20": ("{F}文物局", "{F}文物局", ["{S}文物", "{S}文物保护"], "pagoda", None,
                "发布文物保护、考古发现和古建筑开放信息"),
    "kuangjian20": ("国家矿山安全监察局{S}局", "国家矿山安全监察局{S}局", ["{S}矿山安监", "{S}矿山安全"], "warning",
                    None, "发布矿山安全监察通报、事故警示和安全生产知识"),
    "hewu20": ("{S}黄河河务局", "{F}黄河河务局", ["{S}黄河河务", "{S}河务"], "waves", None,
               "发布黄河防汛、河道管理和水情信息"),
    "yancao20": ("{F}烟草专卖局", "{F}烟草专卖局", ["{S}烟草专卖", "{S}烟草"], "leaf", None,
                 "发布烟草专卖法规、打假打私和卷烟市场监管信息"),
    "laoqu20": ("{F}老区建设促进会", "{F}老区建设促进会", ["{S}老促会", "{S}老区建设"], "star", None,
                "发布革命老区振兴发展、老区帮扶和红色文化信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_gbz20": ("{F}{DF}广播电视站", ["{DS}广电站", "{DS}广电服务站"], "megaphone", None,
                   "发布广播电视节目、应急广播和户户通维护信息"),
    "town_mgz20": ("{F}{DF}煤炭管理站", ["{DS}煤管站", "{DS}煤管"], "warning", None,
                   "发布煤矿安全检查、采空区治理和民用煤供应信息"),
    "town_nmg20": ("{F}{DF}农民工服务站", ["{DS}农民工服务", "{DS}务工服务站"], "hands", None,
                   "发布劳务输出、返乡创业和欠薪维权信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"nengyuan20": "能源局", "wenwu20": "文物局", "kuangjian20": "矿山安监", "hewu20": "黄河河务局",
               "yancao20": "烟草专卖局", "laoqu20": "老促会", "town_gbz20": "广电站", "town_mgz20": "煤管站",
               "town_nmg20": "农民工服务站"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level city (short, full)
_TY, _DT, _SZ, _XZ = ("太原", "太原市"), ("大同", "大同市"), ("朔州", "朔州市"), ("忻州", "忻州市")
_YQ, _LL, _JZ, _CZ = ("阳泉", "阳泉市"), ("吕梁", "吕梁市"), ("晋中", "晋中市"), ("长治", "长治市")
_JC, _LF, _YC = ("晋城", "晋城市"), ("临汾", "临汾市"), ("运城", "运城市")
PARENT = {"尖草坪": _TY, "万柏林": _TY, "晋源": _TY,
          "云州": _DT, "广灵": _DT, "左云": _DT, "新荣": _DT,
          "平鲁": _SZ, "山阴": _SZ, "右玉": _SZ, "朔城": _SZ,
          "原平": _XZ, "静乐": _XZ, "保德": _XZ, "忻府": _XZ,
          "盂县": _YQ,
          "离石": _LL, "交城": _LL, "中阳": _LL,
          "榆次": _JZ, "太谷": _JZ, "灵石": _JZ, "寿阳": _JZ, "昔阳": _JZ, "榆社": _JZ,
          "上党": _CZ, "屯留": _CZ, "潞城": _CZ, "襄垣": _CZ, "黎城": _CZ, "武乡": _CZ,
          "泽州": _JC, "阳城": _JC, "沁水": _JC,
          "尧都": _LF, "襄汾": _LF, "隰县": _LF, "汾西": _LF,
          "盐湖": _YC, "闻喜": _YC, "垣曲": _YC, "芮城": _YC}
REGION_NAME = "山西"
# the prefectures' old prefecture (fu/zhou) names, written before a county by some impostors
OLD_FU = {"太原": "并州", "大同": "云中", "朔州": "马邑", "忻州": "秀容", "吕梁": "汾州", "长治": "潞安",
          "运城": "蒲州"}
# the province's four regional designations (north, west, east, south-east, south); Taiyuan and Jinzhong are left
# out because their designation is also a prefecture's name
QUADRANT = {"大同": "晋北", "朔州": "晋北", "忻州": "晋北", "吕梁": "晋西", "阳泉": "晋东", "长治": "晋东南",
            "晋城": "晋东南", "临汾": "晋南", "运城": "晋南"}
# districts (and one former county-level city) with the level they had before their upgrade or rename (2018-2019
# for the Datong and Changzhi districts and Taigu, 1999 for Yuci, 2003 for Lishi, 1989 for Pinglu)
FORMER = {"云州": "大同县", "上党": "长治县", "屯留": "屯留县", "潞城": "潞城市", "太谷": "太谷县", "榆次": "榆次市",
          "离石": "离石市", "平鲁": "平鲁县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4t = ["weibo", "wechat", "douyin", "toutiao"]
PROVINCES = [
    dict(S="山西", F="山西省", area="0351", landmark="mountain", nick="表里山河",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 0, "avatar": "state_emblem", "platforms": _3}),
                ("emergency", {"name_idx": 0, "platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": ["weibo", "wechat", "douyin", "bilibili"]}),
                ("medins", {"platforms": _2}),
                ("nengyuan20", {"name_idx": 0, "platforms": _3}),
                ("wenwu20", {"name_idx": 0, "platforms": _3}),
                ("kuangjian20", {"name_idx": 0, "platforms": _2}),
                ("hewu20", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="tower", nick="泰岱鲁风",
         depts=[("yancao20", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="waves", nick="南粤侨乡",
         depts=[("laoqu20", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="山西省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- counties, county-level cities and districts of the new province
    _c("尖草坪", "尖草坪区", "0351", "mountain", "崛围红叶", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("万柏林", "万柏林区", "0351", "tower", "西山新城", ["fabu"]),
    _c("晋源", "晋源区", "0351", "pagoda", "晋祠古邑", [("fabu", {"platforms": _2}), ("culture", dict(_DC))]),
    _c("云州", "云州区", "0352", "sun", "黄花之乡", [("fabu", {"platforms": _2})]),
    _c("广灵", "广灵县", "0352", "sun", "剪纸之乡", ["fabu"]),
    _c("左云", "左云县", "0352", "tower", "长城古堡",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _2})]),
    _c("新荣", "新荣区", "0352", "mountain", "得胜堡", ["fabu"]),
    _c("平鲁", "平鲁区", "0349", "mountain", "塞上煤海",
       [("fabu", {"platforms": _3}), ("nengyuan20", {"name_idx": 0})]),
    _c("山阴", "山阴县", "0349", "sun", "奶牛之乡", [("fabu", {"platforms": _2})]),
    _c("右玉", "右玉县", "0349", "mountain", "塞上绿洲", [("fabu", {"platforms": _4t}), ("culture", dict(_DC))]),
    _c("原平", "原平市", "0350", "sun", "锅魁飘香", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("静乐", "静乐县", "0350", "mountain", "藜麦之乡", ["fabu"]),
    _c("保德", "保德县", "0350", "waves", "海红果乡",
       [("fabu", {"platforms": _3}), ("hewu20", {"name_idx": 0})]),
    _c("盂县", "盂县", "0353", "mountain", "藏山忠义", [("fabu", {"platforms": _3})]),
    _c("离石", "离石区", "0358", "bridge", "三川交汇",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("交城", "交城县", "0358", "pagoda", "卦山古刹", ["fabu"]),
    _c("中阳", "中阳县", "0358", "sun", "中阳剪纸", [("fabu", {"platforms": _3})]),
    _c("榆次", "榆次区", "0354", "tower", "老城衙署", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("太谷", "太谷区", "0354", "pagoda", "晋商故里", [("fabu", {"platforms": _3})]),
    _c("灵石", "灵石县", "0354", "tower", "王家大院",
       [("fabu", {"platforms": _4t}), ("culture", dict(_DC)), ("hotline", {"platforms": _3})]),
    _c("寿阳", "寿阳县", "0354", "sun", "寿阳", ["fabu"]),
    _c("昔阳", "昔阳县", "0354", "mountain", "大寨精神", [("fabu", {"platforms": _3})]),
    _c("上党", "上党区", "0355", "sun", "荫城铁货", [("fabu", {"platforms": _3})]),
    _c("屯留", "屯留区", "0355", "waves", "绛河之滨", ["fabu"]),
    _c("潞城", "潞城区", "0355", "bridge", "潞城",
       [("fabu", {"platforms": _3}), ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("襄垣", "襄垣县", "0355", "waves", "襄垣", [("fabu", {"platforms": _3})]),
    _c("黎城", "黎城县", "0355", "mountain", "黎侯古国", ["fabu"]),
    _c("武乡", "武乡县", "0355", "mountain", "八路军总部旧址",
       [("fabu", {"platforms": _3k}), ("laoqu20", {"name_idx": 0}), ("culture", dict(_DC))],
       [dict(DS="蟠龙", DF="蟠龙镇", depts=["town_nmg20"])]),
    _c("泽州", "泽州县", "0356", "pagoda", "珏山晚照",
       [("fabu", {"platforms": _3}), ("nengyuan20", {"name_idx": 0})]),
    _c("阳城", "阳城县", "0356", "tower", "皇城相府", [("fabu", {"platforms": _3}), ("culture", dict(_DC))],
       [dict(DS="北留", DF="北留镇", depts=["town_mgz20"])]),
    _c("沁水", "沁水县", "0356", "waves", "沁河湾", ["fabu"]),
    _c("尧都", "尧都区", "0357", "pagoda", "帝尧古都",
       [("fabu", {"platforms": _4}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("襄汾", "襄汾县", "0357", "sun", "丁村遗址", [("fabu", {"platforms": _2})]),
    _c("隰县", "隰县", "0357", "mountain", "玉露香梨", ["fabu"]),
    _c("汾西", "汾西县", "0357", "waves", "汾西", [("fabu", {"platforms": _3})]),
    _c("盐湖", "盐湖区", "0359", "waves", "关公故里", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})],
       [dict(DS="解州", DF="解州镇", depts=["town_gbz20"])]),
    _c("闻喜", "闻喜县", "0359", "sun", "煮饼之乡", ["fabu", ("hotline", {"platforms": _3})]),
    _c("垣曲", "垣曲县", "0359", "mountain", "历山舜乡", [("fabu", {"platforms": _3})]),
    _c("芮城", "芮城县", "0359", "pagoda", "永乐宫",
       [("fabu", {"platforms": _3k}), ("hewu20", {"name_idx": 0})],
       [dict(DS="风陵渡", DF="风陵渡镇", depts=["town_gbz20"])]),
    # ---- places that only have unregistered units here
    _c("忻府", "忻府区", "0350", "sun", "忻府", []),
    _c("朔城", "朔城区", "0349", "tower", "朔城", []),
    _c("榆社", "榆社县", "0354", "mountain", "榆社", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_2, _3, ["wechat", "douyin"], _2, _3k, ["weibo", "wechat", "toutiao"], _3, _2, _4t, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|h20".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0735


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布台")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安之声")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345办事通")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅速递")
    if d == "nengyuan20" and name == S + "能源":
        opts.append(S + "能源资讯")
    if d == "wenwu20" and name == S + "文物":
        opts.append(S + "文物动态")
    if d == "laoqu20" and name == S + "老促会":
        opts.append(S + "老促会工作")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
# added words: one symbol to seven characters; the province's real government-service app and an app-like "quick
# arrival" word, a village loudspeaker and an "anything gets done" desk in the local dialect, intake desks
# (coal-to-electricity heating subsidy, heating-fee aid, old-age allowance, social-security card review, veterans'
# aid), shop words for the region's jujubes, vinegar, noodles, day lilies, sea-buckthorn and Taigu cakes, an arrow
# before "this account takes over" or "use this account", an "every other account is fake" plea in black triangle
# corners, version tags
SUFFIXES = ["三晋通", "晋速达", "额村高音喇叭", "甚事也给办", "煤改电补贴", "采暖费补助", "高龄津贴", "社保卡年审",
            "退役补助", "骏枣直销", "老陈醋作坊", "刀削面馆", "黄花菜批发", "沙棘汁", "太谷饼铺", "⟿本号接替",
            "↪改用此号", "◤余号皆假◢", "Xs", "HD", "Ⅺ", "0351", "_v7", "4.0", "ⓙ"]
PREFIXES = ["晋", "三晋", "老西儿", "额们山西", "表里山河", "众乡亲·", "快来看哇·", "【钱已到账】", "【截止倒计时】",
            "【逾期作废】", "⛬", "♜", "⛫", "♖", "⎛晋⎞", "俺们村", "村委高音喇叭", "转给爹娘·"]
LOOKALIKE = {
    "风": ["凡"], "汾": ["汶"], "沁": ["泌"], "右": ["古"], "离": ["禽"], "曲": ["由"], "矿": ["扩"],     "昔": ["音"], "襄": ["囊"], "黎": ["黍"], "闻": ["阊"], "都": ["鄙"], "垣": ["坦"], "荣": ["茉"],
    "阴": ["阻"], "坪": ["怦"], "柏": ["粕"], "保": ["倮"], "左": ["在"], "屯": ["电"], "隰": ["隔"], "党": ["堂"],
    "源": ["湄"], "原": ["厚"], "泽": ["泾"], "烟": ["炯"], "玉": ["壬"], "草": ["革"], "尖": ["尘"], "榆": ["偷"],
    "次": ["欢"], "物": ["吻"], "晋": ["昔"],
}
SAME_SOUND = {
    "尖": ["见", "间"], "草": ["操"], "坪": ["屏", "苹"], "万": ["弯", "丸"], "柏": ["拜", "摆"], "林": ["磷"],
    "晋": ["今", "津"], "源": ["苑", "渊"], "云": ["韵", "蕴"], "灵": ["零", "岭"], "左": ["佐", "座"],
    "荣": ["溶", "熔"], "鲁": ["鹿", "露"], "阴": ["音", "因"], "右": ["有", "游"], "玉": ["遇", "御"],
    "原": ["元", "圆"], "静": ["境", "景"], "保": ["褒", "鲍"], "盂": ["余", "鱼"], "县": ["先", "陷"],
    "离": ["里", "理"], "石": ["食", "史"], "交": ["礁"], "中": ["衷"], "榆": ["鱼"], "次": ["刺", "词"],
    "谷": ["骨", "股"], "寿": ["兽", "瘦"], "昔": ["稀"], "上": ["伤"], "党": ["荡"], "屯": ["吞"],
    "留": ["流", "柳"], "潞": ["路", "露"], "襄": ["香", "相"], "垣": ["袁", "源"], "黎": ["李", "力"],
    "武": ["吾", "雾"], "乡": ["响", "项"], "沁": ["琴", "勤"], "尧": ["窑", "摇"], "都": ["督", "杜"], "汾": ["分", "粉"],
    "隰": ["习", "席"], "西": ["稀", "膝"], "盐": ["言", "燕"], "湖": ["护", "沪"], "闻": ["温", "纹"],
    "喜": ["洗", "戏"], "曲": ["趣", "躯"], "芮": ["瑞", "锐"], "物": ["雾"], "区": ["渠", "趋"],
    "黄": ["惶", "簧"], "务": ["捂", "芜"], "矿": ["况", "旷"], "解": ["界", "节"], "北": ["倍", "杯"],
    "蟠": ["盘", "磐"], "风": ["封", "锋"], "陵": ["岭", "玲"], "渡": ["杜", "读"], "促": ["簇"],
    "会": ["辉", "徽"], "卫": ["围", "唯"], "应": ["营", "影"], "急": ["集", "及"], "线": ["弦", "仙"],
    "警": ["荆"], "监": ["剑", "箭"],
}
TRAD_MODES = ["all_but_last", "third_and_last", "first_and_penult"]
# every Unicode space separator and blank-looking character is used by some other part, so this part breaks names
# with visible separators other parts did not use: a stenographic full stop, heavy box-drawing half lines, a
# horizontal line extension, a modifier minus, a wavy overline, dotted punctuation marks, a Tibetan syllable dot,
# the Ethiopic word space, vertical six dots, a Hebrew maqaf, the Canadian syllabics hyphen, a runic cross and two
# dashes with turned ends
SPACES = ["\u2e3c", "\u2578", "\u257e", "\u23af", "\u02d7", "\ufe4b", "\u2e2a", "\u2e2d", "\u0f0b", "\u1361",
          "\u2e3d", "\u05be", "\u1400", "\u16ed", "\u2e43", "\u2e5d"]
DOUBLE_SPACE_P = 0.09
# Egyptian hieroglyph format controls and a few tag characters and variation selectors other parts did not use
ZERO_WIDTH = ["\U00013439", "\U0001343a", "\U0001343b", "\U0001343c", "\U0001343d", "\U0001343e", "\U0001343f",
              "\U000e005b", "\U000e007b", "\U000e0177", "\U000e01a4", "\U000e01e2"]
EMOJI = ["⛏️", "⚒️", "🏭", "🫓", "🐑", "🥛", "🎭", "🛕", "🐎", "🪨", "🏜️", "🐪"]
BRACKETS = [("⎧", "⎫"), ("⎩", "⎭"), ("⏞", "⏟"), ("⟓", "⟔"), ("⦙", "⦚"), ("⪻", "⪼"), ("⟢", "⟣"), ("⌠", "⌡"),
            ("ლ(", ")ლ"), ("┗(", ")┛"), ("໒(", ")७")]
FULLWIDTH_MODES = ["plus_below", "square_below", "x_above", "harpoon_above"]
LEVEL_FORMS = ["sanjin_prefix", "old_fu_prefix", "pre_district_level", "jin_quadrant", "town_chain_jin"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民鱼水情", "{nick}灯下值守", "{S}防诈小广播"],
    "fabu": ["{S}政情快览", "{nick}时政眼", "{S}消息树"],
    "gov": ["{S}掌上办事处", "{nick}便民大厅"],
    "emergency": ["{S}安全明白卡", "{nick}避险锦囊"],
    "tax": ["{S}纳税百事通", "{nick}税事通"],
    "hotline": ["{S}有事您吱声", "{nick}诉求直通车"],
    "culture": ["{S}古堡巡礼", "{nick}游晋攻略", "{S}古建打卡"],
    "medins": ["{S}医保明白人", "{nick}看病报销通"],
    "nengyuan20": ["{S}煤电小百科", "{nick}能源前沿"],
    "wenwu20": ["{S}古建守望者", "{nick}文物话廊"],
    "kuangjian20": ["{S}井下安全哨", "{nick}矿工守护"],
    "hewu20": ["{S}黄河岸线", "{nick}河湾巡查"],
    "yancao20": ["{S}控烟打假", "{nick}专卖在线"],
    "laoqu20": ["{S}红色老区情", "{nick}老区新貌"],
    "town_gbz20": ["{S}村村响"],
    "town_mgz20": ["{S}煤安哨"],
    "town_nmg20": ["{S}打工人之家"],
    "generic": ["{S}百姓直通车", "{nick}民情驿站", "{S}乡亲服务社"],
}


# ---- digit forms (the registered digit names are 12345 and 12366)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "plus_below": lambda s: _marks(s, "\u031f"),
    "square_below": lambda s: _marks(s, "\u033b"),
    "x_above": lambda s: _marks(s, "\u033d"),
    "harpoon_above": lambda s: _marks(s, "\u20d1"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _sanjin_prefix(u, acc):
    """The province's 'three Jin' name in place of its level-bearing name (三晋发布 for 山西发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return "三晋" + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return "三晋" + name[len(pl["S"]):]
    return None


def _old_fu_prefix(u, acc):
    """The prefecture's old fu/zhou name before a county-level name (潞安黎城发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] not in OLD_FU or not name.startswith(pl["S"]):
        return None
    return OLD_FU[par[0]] + name


def _pre_district_level(u, acc):
    """A district written with the county or county-level city it was before (长治县发布 for 上党发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in FORMER or not name.startswith(pl["S"]):
        return None
    return FORMER[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _jin_quadrant(u, acc):
    """The regional designation (north, west, east, south-east, south of the province) before a county-level
    name (晋南芮城发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] not in QUADRANT or not name.startswith(pl["S"]):
        return None
    return QUADRANT[par[0]] + name


def _town_chain_jin(u, acc):
    """A town under its prefecture's and county's short names (运城盐湖解州广电站)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + pl["S"] + name


_FORM_MAKERS = {"sanjin_prefix": _sanjin_prefix, "old_fu_prefix": _old_fu_prefix,
                "pre_district_level": _pre_district_level, "jin_quadrant": _jin_quadrant,
                "town_chain_jin": _town_chain_jin}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the 'three Jin' name, towns the prefecture-county chain, upgraded districts mostly their former level, the other
    county-level units the old prefecture name or the regional designation."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("sanjin_prefix", "town_chain_jin"):
        if f in names:
            return f, names[f]
    rest = [f for f in ("pre_district_level", "old_fu_prefix", "jin_quadrant") if f in names]
    if "pre_district_level" in rest and _h(acc, "pd") % 3:
        return "pre_district_level", names["pre_district_level"]
    rest = [f for f in rest if f != "pre_district_level"] or rest
    f = rest[_h(acc, "fq") % len(rest)]
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


def _t_all_but_last(s, u, r):
    """Every convertible character except the last (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[:-1] or idx)


def _t_third_and_last(s, u, r):
    """The third and the last convertible character (the last alone if there are fewer than three)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, sorted(set(idx[2:3] + idx[-1:])))


def _t_first_and_penult(s, u, r):
    """The first and the second-to-last convertible character (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, sorted(set(idx[:1] + (idx[-2:-1] or idx))))


TRAD_FUNCS = {"all_but_last": _t_all_but_last, "third_and_last": _t_third_and_last,
              "first_and_penult": _t_first_and_penult}


# ---- image edits
def _coal_soot(img, rng):
    """Coal-dust soot: colours drained towards charcoal grey, darkened, with dark specks."""
    a = np.asarray(img, float)
    g = a.mean(axis=2, keepdims=True)
    k = rng.uniform(0.55, 0.65)
    out = (a * (1 - k) + g * k) * rng.uniform(0.62, 0.7)
    seed = int(rng.random() * 2 ** 31)
    specks = np.random.default_rng(seed).random(a.shape[:2]) < 0.035
    out[specks] = out[specks] * 0.3
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"coal soot k{k:.2f}"


def _vinegar_amber(img, rng):
    """A deep vinegar-amber toning: luminance mapped onto a dark brown to amber ramp."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([46, 22, 10], float)
    light = np.array([236, 168, 72], float)
    gam = rng.uniform(0.85, 0.95)
    out = dark + (light - dark) * g ** gam
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"vinegar amber g{gam:.2f}"


def _mural_fade(img, rng):
    """An old temple-mural look: colours snapped to mineral green, ochre, vermilion and lime white, contrast lowered,
    a few hairline cracks."""
    pal = np.array([[74, 122, 98], [176, 132, 70], [168, 64, 48], [226, 216, 190], [70, 62, 56]], float)
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(1.0)), float)
    d = ((a[:, :, None, :] - pal[None, None, :, :]) ** 2).sum(-1)
    out = pal[d.argmin(-1)]
    out = out * 0.8 + 0.2 * np.array([210, 196, 170])
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    dr = ImageDraw.Draw(im)
    w = im.size[0]
    for _ in range(4):
        x, y = rng.uniform(0, w), rng.uniform(0, w)
        pts = [(x, y)]
        for _ in range(5):
            x, y = x + rng.uniform(-w / 8, w / 8), y + rng.uniform(-w / 8, w / 8)
            pts.append((x, y))
        dr.line(pts, fill=(96, 84, 72), width=1)
    return im, "mural fade"


def _furnace_glow(img, rng):
    """Coke-furnace glow: an orange-red cast rising from the bottom edge, highlights pushed to yellow."""
    a = np.asarray(img, float) / 255.0
    h = a.shape[0]
    ramp = np.linspace(0.15, 0.75, h)[:, None, None] * rng.uniform(0.9, 1.1)
    glow = np.array([1.0, 0.42, 0.1])
    out = a * (1 - ramp * 0.5) + glow * ramp * 0.5
    out = np.clip(out * 1.08, 0, 1)
    return Image.fromarray((out * 255).astype(np.uint8)), "furnace glow"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _cave_arch(img, rng, P):
    """A cave-dwelling front: loess-coloured wall, the picture seen through an arched window with a lattice rim."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    for y in range(0, W, max(4, pad // 5)):
        d.line([(0, y), (W, y)], fill=(196, 168, 120), width=1)
    mask = Image.new("L", (w, w), 0)
    md = ImageDraw.Draw(mask)
    md.rectangle([0, w // 2, w - 1, w - 1], fill=255)
    md.pieslice([0, 0, w - 1, w - 1], 180, 360, fill=255)
    md.rectangle([0, w // 2 - 1, w - 1, w // 2 + 1], fill=255)
    rim = (128, 40, 30)
    d.pieslice([pad - 6, pad - 6, W - pad + 5, W - pad + 5], 180, 360, fill=rim)
    d.rectangle([pad - 6, pad + w // 2, W - pad + 5, W - pad + 5], fill=rim)
    out.paste(img, (pad, pad), mask)
    return out, "border cave arch"


def _rammed_earth(img, rng, P):
    """A rammed-earth wall: horizontal loess layers of alternating shades, the picture set in with a dark lintel."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    shades = [(206, 176, 128), (188, 156, 110), (214, 188, 142), (176, 146, 104)]
    y, k = 0, 0
    while y < W:
        hgt = int(pad * rng.uniform(0.22, 0.34)) + 2
        d.rectangle([0, y, W, y + hgt], fill=shades[k % 4])
        y += hgt
        k += 1
    d.rectangle([pad - 8, pad - 10, W - pad + 7, pad - 2], fill=(70, 52, 40))
    out.paste(img, (pad, pad))
    return out, "border rammed earth"


def _bracket_eaves(img, rng, P):
    """A temple eave: a row of timber bracket sets (dougong) over the picture and two red pillars at its sides."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    d.rectangle([0, 0, W, int(pad * 0.35)], fill=(56, 70, 64))
    n = 7
    step = W / n
    for k in range(n):
        x = k * step + step * 0.15
        d.rectangle([x, pad * 0.35, x + step * 0.7, pad * 0.55], fill=(46, 110, 96))
        d.rectangle([x + step * 0.2, pad * 0.55, x + step * 0.5, pad * 0.8], fill=(196, 150, 60))
    d.rectangle([pad * 0.25, pad * 0.8, pad * 0.75, W], fill=(172, 36, 32))
    d.rectangle([W - pad * 0.75, pad * 0.8, W - pad * 0.25, W], fill=(172, 36, 32))
    out.paste(img, (pad, pad))
    return out, "border bracket eaves"


def _shot_weather_app(img, rng, P, out_px):
    """A weather app: blue sky gradient, big temperature block, hourly strip; the avatar small as the city icon."""
    S = 3 * out_px
    top, bot = np.array([60, 130, 210], float), np.array([160, 205, 240], float)
    t = np.linspace(0, 1, S)[:, None, None]
    sky = (top * (1 - t) + bot * t) * np.ones((S, S, 3))
    canvas = Image.fromarray(sky.astype(np.uint8))
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.06 * S), int(0.06 * S)))
    d.rectangle([int(0.35 * S), int(0.18 * S), int(0.62 * S), int(0.36 * S)], fill=(250, 250, 255))
    for k in range(6):
        x = int((0.05 + 0.155 * k) * S)
        d.rounded_rectangle([x, int(0.55 * S), x + int(0.13 * S), int(0.75 * S)], radius=8, fill=(235, 242, 252))
        d.ellipse([x + int(0.03 * S), int(0.58 * S), x + int(0.1 * S), int(0.65 * S)], fill=(250, 200, 60))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot weather app scale {a / S:.3f}"


def _shot_parcel_tracking(img, rng, P, out_px):
    """A parcel-tracking page: the avatar small as the sender icon, a vertical timeline of delivery steps."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (246, 246, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.14 * S)], fill=(230, 60, 40))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    d.rectangle([int(0.04 * S), int(0.17 * S), int(0.96 * S), int(0.17 * S) + a + 16], fill=(255, 255, 255))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.06 * S), int(0.17 * S) + 8))
    x0 = int(0.12 * S)
    d.line([(x0, int(0.35 * S)), (x0, int(0.95 * S))], fill=(200, 200, 200), width=3)
    for k in range(5):
        y = int((0.38 + 0.12 * k) * S)
        d.ellipse([x0 - 7, y - 7, x0 + 7, y + 7], fill=(230, 60, 40) if k == 0 else (190, 190, 190))
        d.rectangle([x0 + 20, y - 6, x0 + 20 + int(S * rng.uniform(0.4, 0.7)), y + 4], fill=(120, 120, 120))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot parcel tracking scale {a / S:.3f}"


def _shot_admit_card(img, rng, P, out_px):
    """An exam admission ticket: ruled table on white paper, the avatar small in the photo box, a red seal."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (252, 252, 248))
    d = ImageDraw.Draw(canvas)
    d.rectangle([int(0.2 * S), int(0.05 * S), int(0.8 * S), int(0.1 * S)], fill=(40, 40, 40))
    for k in range(7):
        y = int((0.16 + 0.1 * k) * S)
        d.line([(int(0.05 * S), y), (int(0.95 * S), y)], fill=(60, 60, 60), width=2)
    d.line([(int(0.3 * S), int(0.16 * S)), (int(0.3 * S), int(0.76 * S))], fill=(60, 60, 60), width=2)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    bx, by = int(0.7 * S), int(0.2 * S)
    d.rectangle([bx - 4, by - 4, bx + a + 4, by + int(a * 1.3) + 4], outline=(60, 60, 60), width=2)
    canvas.paste(img.resize((a, a), Image.BILINEAR), (bx, by + int(a * 0.15)))
    d.ellipse([int(0.6 * S), int(0.78 * S), int(0.85 * S), int(0.98 * S)], outline=(210, 30, 30), width=5)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot admit card scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"coal_soot": _coal_soot, "vinegar_amber": _vinegar_amber,
                                   "mural_fade": _mural_fade, "furnace_glow": _furnace_glow},
                   border_funcs={"cave_arch": _cave_arch, "rammed_earth": _rammed_earth,
                                 "bracket_eaves": _bracket_eaves},
                   screenshot_funcs={"weather_app": _shot_weather_app, "parcel_tracking": _shot_parcel_tracking,
                                     "admit_card": _shot_admit_card},
                   resize_px=[202, 205, 208, 211, 215, 219, 223],
                   jpeg_q=(71, 75), crop_frac=(0.3455, 0.3495),
                   border_styles=["cave_arch", "rammed_earth", "bracket_eaves"],
                   border_colours=[(224, 198, 150), (230, 206, 162), (218, 190, 146), (236, 214, 172),
                                   (212, 186, 140), (228, 210, 168)],
                   border_frac=(0.3590, 0.3615),
                   recolour_modes=["coal_soot", "vinegar_amber", "mural_fade", "furnace_glow"],
                   hue_shift=(330, 338), rotate_deg=(46.85, 47.15),
                   watermark_texts=["三晋通", "补助快领", "核验通道", "村委广播", "代缴专柜"],
                   watermark_alpha=(160, 170),
                   screenshot_styles=["weather_app", "parcel_tracking", "admit_card"],
                   screenshot_scale=(0.1245, 0.1275))
P_IMPOSTOR_DERIVED = 0.543
P_IMPOSTOR_DEFAULT = 0.093
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.101
IMPOSTOR_VERIFIED = [("enterprise", "{S}晋通惠民信息技术有限公司"), ("personal", "三晋乡村生活记录者"),
                     ("other", "{S}晋商文化交流促进会")]
IMPOSTOR_DESCS = ["{S}{fn}：煤改电采暖补贴今日起申领，加微信{wx}登记身份证和银行卡号",
                  "【{S}{fn}】社保卡年审未通过将停发养老金，私信{wx}代办",
                  "{name}：三晋通账号异常，点击主页链接重新认证领取高龄津贴",
                  "{S}{fn}：驾照扣分可代消，扣扣{qq}",
                  "{S}{fn}原账号已注销，后续通知均在本号发布，业务咨询加微信{wx}"]
MAX_PER_TARGET = 6

# Every two- and three-tactic combination that the builder can write is used by some other part, and dev15 ... dev19
# used 114 four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses (four
# impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_RE, _SS, _PR, _ZW], 4), ([_LP, _TR, _PR, _NP], 4), ([_RE, _SS, _SP, _NP], 4), ([_RE, _LA, _PR, _SU], 4),
    ([_LP, _SP, _ZW, _NP], 4), ([_FW, _PR, _SU, _SP], 4), ([_RE, _TR, _ZW, _EB], 4), ([_LP, _FW, _TR, _EB], 4),
    ([_RE, _SS, _SU, _SP], 4), ([_RE, _PR, _SU, _ZW], 4), ([_LA, _TR, _PR, _NP], 4), ([_RE, _FW, _EB, _NP], 4),
    ([_RE, _TR, _EB, _NP], 4), ([_LP, _FW, _LA, _TR], 4), ([_FW, _LA, _TR, _ZW], 4), ([_LP, _PR, _SP, _EB], 4),
    ([_LA, _TR, _SP, _EB], 4), ([_FW, _LA, _PR, _ZW], 4), ([_LP, _FW, _SS, _NP], 4), ([_LP, _SS, _SU, _NP], 4),
    ([_SS, _PR, _SU, _EB], 4), ([_FW, _TR, _ZW, _EB], 4), ([_FW, _SS, _TR, _SP], 4), ([_LA, _SS, _PR, _SU], 4),
    ([_SS, _PR, _SU, _NP], 4), ([_PR, _ZW, _EB, _NP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture"]
OTHER_PLACES_CHAR = [
    dict(reg="晋源", S="晋安", F="福州市晋安区", province="福建省", level=_C, depts=_F3,
         units={"police": "福州市公安局晋安分局"}),
    dict(reg="左云", S="左贡", F="左贡县", province="西藏自治区", level=_C),
    dict(reg="山阴", S="山丹", F="山丹县", province="甘肃省", level=_C),
    dict(reg="山阴", S="山阳", F="山阳县", province="陕西省", level=_C),
    dict(reg="襄垣", S="襄城", F="襄城县", province="河南省", level=_C),
    dict(reg="襄垣", S="襄州", F="襄阳市襄州区", province="湖北省", level=_C, units={"police": "襄阳市公安局襄州分局"}),
    dict(reg="平鲁", S="平武", F="平武县", province="四川省", level=_C),
    dict(reg="原平", S="原州", F="固原市原州区", province="宁夏回族自治区", level=_C,
         units={"police": "固原市公安局原州分局"}),
    dict(reg="中阳", S="中方", F="中方县", province="湖南省", level=_C),
    dict(reg="榆次", S="榆阳", F="榆林市榆阳区", province="陕西省", level=_C, units={"police": "榆林市公安局榆阳分局"}),
    dict(reg="上党", S="上高", F="上高县", province="江西省", level=_C),
    dict(reg="泽州", S="泽普", F="泽普县", province="新疆维吾尔自治区", level=_C),
    dict(reg="盐湖", S="盐边", F="盐边县", province="四川省", level=_C),
    dict(reg="盐湖", S="盐源", F="盐源县", province="四川省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="山西", S="陕西", F="陕西省", province="陕西省", level="province", depts=["fabu", "police", "culture",
                                                                                 "health"]),
    dict(reg="潞城", S="鹿城", F="温州市鹿城区", province="浙江省", level=_C, depts=_F3 + ["market"],
         units={"police": "温州市公安局鹿城分局"}),
    dict(reg="交城", S="蕉城", F="宁德市蕉城区", province="福建省", level=_C, depts=_F3,
         units={"police": "宁德市公安局蕉城分局"}),
    dict(reg="黎城", S="鲤城", F="泉州市鲤城区", province="福建省", level=_C, depts=_F3 + ["market"],
         units={"police": "泉州市公安局鲤城分局"}),
    dict(reg="广灵", S="广陵", F="扬州市广陵区", province="江苏省", level=_C, depts=_F3,
         units={"police": "扬州市公安局广陵分局"}),
    dict(reg="屯留", S="屯溪", F="黄山市屯溪区", province="安徽省", level=_C, depts=_F3,
         units={"police": "黄山市公安局屯溪分局"}),
    dict(reg="武乡", S="吴兴", F="湖州市吴兴区", province="浙江省", level=_C, depts=_F3,
         units={"police": "湖州市公安局吴兴分局"}),
    dict(reg="隰县", S="息县", F="息县", province="河南省", level=_C, depts=_F3),
    dict(reg="盂县", S="蔚县", F="蔚县", province="河北省", level=_C, depts=_F3),
    dict(reg="灵石", S="灵寿", F="灵寿县", province="河北省", level=_C, depts=_F3),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("九台", "长春市九台区", "吉林省", "police"), ("永吉", "永吉县", "吉林省", "fabu"),
    ("磐石", "磐石市", "吉林省", "procur"), ("辉南", "辉南县", "吉林省", "police"),
    ("乾安", "乾安县", "吉林省", "fabu"), ("长岭", "长岭县", "吉林省", "police"),
    ("扶余", "扶余市", "吉林省", "fabu"), ("镇赉", "镇赉县", "吉林省", "procur"),
    ("通榆", "通榆县", "吉林省", "police"), ("克山", "克山县", "黑龙江省", "fabu"),
    ("克东", "克东县", "黑龙江省", "police"), ("依安", "依安县", "黑龙江省", "fabu"),
    ("肇州", "肇州县", "黑龙江省", "police"), ("绥棱", "绥棱县", "黑龙江省", "procur"),
    ("肇东", "肇东市", "黑龙江省", "fabu"), ("饶河", "饶河县", "黑龙江省", "police"),
    ("绥滨", "绥滨县", "黑龙江省", "fabu"), ("嫩江", "嫩江市", "黑龙江省", "police"),
    ("塔河", "塔河县", "黑龙江省", "fabu"), ("呼玛", "呼玛县", "黑龙江省", "police"),
    ("林口", "林口县", "黑龙江省", "procur"), ("密山", "密山市", "黑龙江省", "fabu"),
    ("肃北", "肃北蒙古族自治县", "甘肃省", "police"), ("阿克塞", "阿克塞哈萨克族自治县", "甘肃省", "fabu"),
    ("西和", "西和县", "甘肃省", "police"), ("富蕴", "富蕴县", "新疆维吾尔自治区", "fabu"),
    ("迭部", "迭部县", "甘肃省", "police"), ("积石山", "积石山保安族东乡族撒拉族自治县", "甘肃省", "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="山西日报", platform="weibo", vtype="media", reason="山西日报社官方微博", desc="山西新闻。",
         logo_text="晋报"),
    dict(name="山西晚报", platform="douyin", vtype="media", reason="山西晚报社官方账号", desc="晚报民生新闻。",
         logo_text="晚报"),
    dict(name="三晋都市报", platform="toutiao", vtype="media", reason="三晋都市报社官方账号", desc="都市新闻。",
         logo_text="都市"),
    dict(name="黄河新闻网", platform="wechat", vtype="media", reason="山西广播电视台黄河新闻网",
         desc="重点新闻网站。", logo_text="黄河"),
    dict(name="山西新闻网", platform="kuaishou", vtype="media", reason="山西日报报业集团山西新闻网官方账号",
         desc="新闻短视频。", logo_text="新闻"),
    dict(name="太原日报", platform="wechat", vtype="media", reason="太原日报社", desc="太原新闻。"),
    dict(name="太原晚报", platform="weibo", vtype="media", reason="太原晚报社官方微博", desc="太原晚报新闻。"),
    dict(name="山西青年报", platform="wechat", vtype="media", reason="山西青年报社", desc="青年新闻。",
         logo_text="青年"),
    dict(name="山西经济日报", platform="toutiao", vtype="media", reason="山西经济日报社官方账号", desc="经济新闻。",
         logo_text="经济"),
    dict(name="山西农民报", platform="kuaishou", vtype="media", reason="山西农民报社官方账号", desc="三农新闻。"),
    dict(name="大同日报", platform="douyin", vtype="media", reason="大同日报社官方账号", desc="大同新闻。"),
    dict(name="长治日报", platform="wechat", vtype="media", reason="长治日报社", desc="长治新闻。"),
    dict(name="晋城日报", platform="toutiao", vtype="media", reason="晋城日报社官方账号", desc="晋城新闻。"),
    dict(name="临汾日报", platform="weibo", vtype="media", reason="临汾日报社官方微博", desc="临汾新闻。"),
    dict(name="运城日报", platform="douyin", vtype="media", reason="运城日报社官方账号", desc="运城新闻。"),
    dict(name="吕梁日报", platform="kuaishou", vtype="media", reason="吕梁日报社官方账号", desc="吕梁新闻。"),
    dict(name="晋中日报", platform="wechat", vtype="media", reason="晋中日报社", desc="晋中新闻。"),
    dict(name="忻州日报", platform="toutiao", vtype="media", reason="忻州日报社官方账号", desc="忻州新闻。"),
    dict(name="阳城融媒", platform="douyin", vtype="media", reason="阳城县融媒体中心官方账号", desc="阳城新闻。"),
    dict(name="右玉电视台", platform="kuaishou", vtype="media", reason="右玉县广播电视台官方账号", desc="右玉新闻。"),
    dict(name="山西公安在一线", platform="douyin", vtype="media", reason="山西广播电视台官方账号",
         desc="电视台法治栏目，跟拍基层民警，并非公安机关账号。", logo_text="一线"),
    dict(name="尧都12345回音壁", platform="toutiao", vtype="media", reason="临汾广播电视台官方账号",
         desc="电视台民生栏目，回访热线诉求的办理情况。", logo_text="回音"),
    dict(name="晋源文旅寻访录", platform="wechat", vtype="media", reason="太原广播电视台",
         desc="电视台文旅栏目，寻访古建名胜，并非文旅局账号。", logo_text="寻访"),
    dict(name="离石公安纪事", platform="douyin", vtype="media", reason="吕梁广播电视台官方账号",
         desc="电视台法治栏目，讲述民警办案，并非公安账号。", logo_text="纪事"),
    dict(name="山西交警路况早知道", platform="bilibili", vtype="media", reason="山西广播电视台官方账号",
         desc="交通广播的路况节目，并非交警账号。", logo_text="路况"),
    dict(name="潞城税务讲堂", platform="toutiao", vtype="media", reason="长治日报社官方账号",
         desc="报社财经栏目，请税务干部讲解政策，并非税务局账号。", logo_text="讲堂"),
]
PERSONAL = [
    dict(name="太谷饼老师傅", platform="douyin", vtype="personal", reason="面点手艺人"),
    dict(name="闻喜煮饼手艺人", platform="kuaishou", avatar="cartoon"),
    dict(name="灵石大院讲解员小温", platform="weibo", vtype="personal", reason="古建讲解员", avatar="scenery"),
    dict(name="右玉植树老汉", platform="douyin", vtype="personal", reason="乡村生活博主"),
    dict(name="隰县梨园小郭", platform="kuaishou"),
    dict(name="交城骏枣种植户", platform="douyin", avatar="cartoon"),
    dict(name="云州黄花菜农", platform="toutiao"),
    dict(name="山阴奶牛养殖户", platform="kuaishou", avatar="default"),
    dict(name="左云长城摄影人", platform="douyin", avatar="scenery"),
    dict(name="广灵剪纸艺人", platform="kuaishou"),
    dict(name="阳城蚕桑大姐", platform="douyin", avatar="default"),
    dict(name="沁水山里娃", platform="kuaishou"),
    dict(name="武乡小米种植户", platform="douyin"),
    dict(name="黎城核桃户", platform="kuaishou"),
    dict(name="芮城壁画临摹人", platform="weibo", vtype="personal", reason="美术爱好者"),
    dict(name="原平锅魁师傅", platform="douyin"),
    dict(name="静乐藜麦农户", platform="weibo"),
    dict(name="保德海红果农", platform="kuaishou", avatar="default"),
    dict(name="乡村教师老樊", platform="toutiao", vtype="personal", reason="襄汾某村小学教师"),
    dict(name="律师老阎讲劳动仲裁", platform="toutiao", vtype="personal", reason="山西某律师事务所律师"),
    dict(name="潞城辅警小牛", platform="douyin", vtype="personal", reason="长治市公安局潞城分局辅警",
         desc="分享交通安全小常识。"),
    dict(name="尧都刀削面师傅", platform="kuaishou"),
    dict(name="盐湖晒盐人", platform="weibo"),
    dict(name="每天转山西发布", platform="weibo", vtype="personal", reason="退休矿工",
         desc="转发山西发布的消息，个人账号，非官方。"),
    dict(name="老郝打过尧都12345", platform="toutiao", vtype="personal", reason="市井生活记录者",
         desc="个人记录拨打热线的经历，非官方。"),
    dict(name="晋源文旅打卡日记", platform="wechat", desc="个人游记，记录在晋源游玩的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="山西公安装备商行", platform="weibo", vtype="enterprise", reason="太原某商贸有限公司",
         desc="警用器材和户外装备销售，私营企业，与公安机关无关。", logo_text="装备"),
    dict(name="灵石文旅客舍", platform="wechat", vtype="enterprise", reason="晋中某酒店管理有限公司",
         desc="客舍预订，企业账号，与文旅部门无关。"),
    dict(name="山西税务代理事务所", platform="douyin", vtype="enterprise", reason="太原某财税服务有限公司",
         desc="代理记账、税务代理，私营企业，与税务局无关。"),
    dict(name="太谷饼", platform="douyin"),
    dict(name="闻喜煮饼", platform="kuaishou", vtype="enterprise", reason="闻喜某食品有限公司"),
    dict(name="交城骏枣", platform="douyin"),
    dict(name="隰县玉露香梨", platform="kuaishou", avatar="default"),
    dict(name="云州黄花", platform="douyin", vtype="enterprise", reason="大同某农业开发有限公司"),
    dict(name="右玉沙棘", platform="kuaishou"),
    dict(name="山阴乳业", platform="douyin"),
    dict(name="广灵剪纸工坊", platform="kuaishou"),
    dict(name="原平锅魁", platform="douyin", vtype="enterprise", reason="原平某食品有限公司"),
    dict(name="静乐藜麦", platform="douyin"),
    dict(name="保德海红果", platform="kuaishou", avatar="default"),
    dict(name="武乡小米", platform="douyin"),
    dict(name="黎城核桃", platform="kuaishou"),
    dict(name="盐湖芒硝", platform="douyin", vtype="enterprise", reason="运城某化工有限公司"),
    dict(name="尧都刀削面馆", platform="kuaishou"),
    dict(name="灵石大院民宿", platform="douyin"),
    dict(name="芮城苹果", platform="kuaishou", vtype="enterprise", reason="芮城某果业有限公司"),
    dict(name="昔阳大寨核桃露", platform="douyin"),
    dict(name="晋祠大米", platform="kuaishou"),
    dict(name="平鲁煤炭销售", platform="douyin", vtype="enterprise", reason="朔州某煤炭运销有限公司"),
    dict(name="阳城蚕丝被", platform="kuaishou", avatar="default"),
    dict(name="太谷玛钢", platform="wechat", vtype="enterprise", reason="太谷某铸造有限公司"),
    dict(name="沁水黄土窑洞民宿", platform="douyin", vtype="enterprise", reason="晋城某旅游开发有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("灵石", "静升", "静升镇", ["town_mgz20"]), ("泽州", "大阳", "大阳镇", ["town_gbz20"]),
    ("上党", "荫城", "荫城镇", ["town_mgz20"]), ("黎城", "东阳关", "东阳关镇", ["town_gbz20"]),
    ("原平", "崞阳", "崞阳镇", ["town_nmg20"]), ("右玉", "右卫", "右卫镇", ["town_gbz20"]),
    ("垣曲", "历山", "历山镇", ["town_mgz20"]), ("阳城", "润城", "润城镇", ["town_mgz20"]),
    ("广灵", "壶泉", "壶泉镇", ["town_gbz20"]), ("交城", "天宁", "天宁镇", ["town_gbz20"]),
]
UNREG_CITY = [
    ("山西", "edu", 0), ("山西", "fire", 0), ("山西", "civil", 0), ("山西", "health", 0),
    ("山东", "laoqu20", 0), ("广东", "yancao20", 0), ("山西", "laoqu20", 0),
    ("万柏林", "police", 0), ("云州", "police", 0), ("广灵", "police", 0), ("平鲁", "police", 0),
    ("山西", "housing", 0), ("静乐", "police", 0), ("盂县", "police", 0), ("交城", "police", 0), ("太谷", "police", 0),
    ("昔阳", "police", 0), ("上党", "police", 0), ("屯留", "police", 0), ("襄垣", "police", 0),
    ("山西", "market", 0), ("山西", "eco", 0), ("山西", "veterans", 0), ("山西", "yancao20", 0),
    ("忻府", "fabu", 0), ("朔城", "fabu", 0), ("榆社", "fabu", 0),
    ("山阴", "police", 0), ("朔城", "police", 0), ("榆社", "police", 0),
    ("闻喜", "police", 0), ("襄汾", "hotline", 0),
    ("左云", "culture", 0), ("黎城", "police", 0), ("芮城", "culture", 0),
    ("泽州", "police", 0), ("太谷", "hotline", 0), ("芮城", "police", 0),
    ("山西", "transport", 0),
    ("寿阳", "police", 0), ("隰县", "police", 0), 
    ("垣曲", "police", 0),
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
    print("building dev20 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev20\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
