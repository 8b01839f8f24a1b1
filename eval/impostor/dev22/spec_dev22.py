"""Twenty-second dev part (dev22; built 2026-12-04 in the nineteenth session as the eighteenth blind held-out part,
demoted to tuning data in the twentieth session).
Run: python eval/impostor/dev22/spec_dev22.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev21/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its regional bodies,
and districts, banners, counties and county-level cities across its cities and leagues, plus a few towns), plus one
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

PART = "dev22"
SEED = 48119
CRAWL_DAY = "2026-02-10"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "nongmu22": ("{F}农牧厅", "{F}农牧局", ["{S}农牧", "{S}农牧动态"], "leaf", None,
                 "发布农牧业生产、接羔保育和强农惠牧政策信息"),
    "caoyuan22": ("{F}草原工作站", "{F}草原工作站", ["{S}草原站", "{S}草原保护"], "leaf", None,
                  "发布草原监测、禁牧休牧和草原保护修复信息"),
    "wlmq22": ("{F}直属乌兰牧骑", "{F}乌兰牧骑", ["{S}乌兰牧骑", "{S}乌兰牧骑演出"], "star", None,
               "发布基层惠民演出、民族艺术传承和演出排期信息"),
    "minwei22": ("{F}民族事务委员会", "{F}民族事务委员会", ["{S}民委", "{S}民族事务"], "hands", None,
                 "发布民族政策宣传、民族团结进步创建和民族事务信息"),
    "haiyang22": ("{F}海洋局", "{F}海洋局", ["{S}海洋", "{S}海洋发布"], "waves", None,
                  "发布海洋生态保护、海域使用管理和海洋防灾减灾信息"),
    "dasi22": ("{F}打击走私综合治理办公室", "{F}打击走私综合治理办公室", ["{S}打私", "{S}反走私"], "shield", None,
               "发布打击走私综合治理、反走私宣传和典型案件信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_qx22": ("{F}{DF}气象信息服务站", ["{DS}气象服务", "{DS}气象信息站"], "cloud", None,
                  "发布白灾黑灾预警、牧区天气和转场出行提示"),
    "town_cg22": ("{F}{DF}草原管护站", ["{DS}草原管护", "{DS}管护员"], "leaf", None,
                  "发布草原巡护、禁牧休牧和草原防火信息"),
    "town_mf22": ("{F}{DF}牧民服务中心", ["{DS}牧民服务", "{DS}牧民之家"], "hands", None,
                  "发布惠牧补贴、牧区便民服务和牧民培训信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"nongmu22": "农牧", "caoyuan22": "草原站", "wlmq22": "乌兰牧骑", "minwei22": "民委",
               "haiyang22": "海洋", "dasi22": "打私", "town_qx22": "气象服务", "town_cg22": "草原管护",
               "town_mf22": "牧民服务"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level city or league (short, full)
_HH, _BT, _WH = ("呼和浩特", "呼和浩特市"), ("包头", "包头市"), ("乌海", "乌海市")
_CF, _TL, _ED = ("赤峰", "赤峰市"), ("通辽", "通辽市"), ("鄂尔多斯", "鄂尔多斯市")
_HB, _BY, _WC = ("呼伦贝尔", "呼伦贝尔市"), ("巴彦淖尔", "巴彦淖尔市"), ("乌兰察布", "乌兰察布市")
_XA, _XL = ("兴安", "兴安盟"), ("锡林郭勒", "锡林郭勒盟")
PARENT = {"回民": _HH, "玉泉": _HH, "赛罕": _HH, "土左旗": _HH, "和林格尔": _HH,
          "昆都仑": _BT, "东河": _BT, "石拐": _BT, "白云鄂博": _BT, "九原": _BT, "土右旗": _BT, "达茂旗": _BT,
          "海勃湾": _WH, "乌达": _WH,
          "巴林左旗": _CF, "巴林右旗": _CF, "克什克腾旗": _CF, "翁牛特旗": _CF,
          "科尔沁": _TL, "扎鲁特旗": _TL, "科左中旗": _TL, "科左后旗": _TL,
          "东胜": _ED, "康巴什": _ED, "伊金霍洛旗": _ED, "鄂托克前旗": _ED, "鄂托克旗": _ED,
          "海拉尔": _HB, "扎赉诺尔": _HB, "莫旗": _HB, "鄂温克旗": _HB, "陈旗": _HB, "新左旗": _HB,
          "乌拉特前旗": _BY, "乌拉特中旗": _BY, "乌拉特后旗": _BY, "杭锦后旗": _BY,
          "四子王旗": _WC, "察右后旗": _WC, "察右中旗": _WC, "商都": _WC,
          "扎赉特旗": _XA, "科右中旗": _XA,
          "锡林浩特": _XL, "东乌旗": _XL, "西乌旗": _XL, "正蓝旗": _XL, "多伦": _XL, "阿巴嘎旗": _XL,
          "镶黄旗": _XL, "苏右旗": _XL}
REGION_NAME = "内蒙古"
# the name of the western province merged into the region in 1954, written in place of the region's name by some
# impostors
OLD_PROVINCE = "绥远"
# the colloquial league names of the prefecture-level cities that were leagues until 1983-2003 (and of the two that
# still are), written before a county-level name by some impostors
LEAGUE_SHORT = {"鄂尔多斯": "伊盟", "赤峰": "昭盟", "通辽": "哲盟", "巴彦淖尔": "巴盟", "乌兰察布": "乌盟",
                "呼伦贝尔": "呼盟", "锡林郭勒": "锡盟", "兴安": "兴安盟"}
# districts written with the level they had before (county-level cities until 2001, a "new district" until 2016)
FORMER = {"东胜": "东胜市", "海拉尔": "海拉尔市", "康巴什": "康巴什新区"}
# the capital's colloquial two-character name, written before one of its districts and banners
CAPITAL_WORD = "呼市"

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="内蒙古", F="内蒙古自治区", area="0471", landmark="mountain", nick="北疆草原",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("hrss", {"platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("market", {"name_idx": 0, "platforms": _2}),
                ("nongmu22", {"name_idx": 0, "platforms": _3}),
                ("minwei22", {"name_idx": 0, "platforms": _3}),
                ("caoyuan22", {"name_idx": 0, "platforms": _2}),
                ("emergency", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="齐鲁海岸",
         depts=[("haiyang22", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="bridge", nick="南粤关口",
         depts=[("dasi22", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="内蒙古自治区"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- districts, banners, counties and county-level cities of the new region
    _c("回民", "回民区", "0471", "pagoda", "清真大寺", [("fabu", {"platforms": _3})]),
    _c("玉泉", "玉泉区", "0471", "pagoda", "大召寺前", [("fabu", {"platforms": _2}), ("wlmq22", {"name_idx": 0})]),
    _c("赛罕", "赛罕区", "0471", "skyline", "如意河畔", [("fabu", {"platforms": _3})]),
    _c("土左旗", "土默特左旗", "0471", "mountain", "大青山下", ["fabu"]),
    _c("昆都仑", "昆都仑区", "0472", "tower", "草原钢城", [("fabu", {"platforms": _3})]),
    _c("和林格尔", "和林格尔县", "0471", "sun", "盛乐古城", ["fabu"]),
    _c("东河", "东河区", "0472", "bridge", "北梁老城", [("fabu", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("九原", "九原区", "0472", "waves", "黄河湿地", [("fabu", {"platforms": _2}), ("police", {"platforms": _2})]),
    _c("石拐", "石拐区", "0472", "mountain", "五当召", [("fabu", {"platforms": _3})]),
    _c("白云鄂博", "白云鄂博矿区", "0472", "mountain", "稀土之都", [("fabu", {"platforms": _2})]),
    _c("土右旗", "土默特右旗", "0472", "pagoda", "美岱召", [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("达茂旗", "达尔罕茂明安联合旗", "0472", "sun", "希拉穆仁草原",
       [("fabu", {"platforms": _3}), ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("东乌旗", "东乌珠穆沁旗", "0479", "sun", "乌珠穆沁草原",
       [("fabu", {"platforms": _3k}), ("nongmu22", {"name_idx": 0})],
       [dict(DS="嘎达布其", DF="嘎达布其镇", depts=["town_qx22"])]),
    _c("海勃湾", "海勃湾区", "0473", "waves", "乌海湖畔", [("fabu", {"platforms": _3})]),
    _c("乌达", "乌达区", "0473", "mountain", "书法之城", [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("巴林左旗", "巴林左旗", "0476", "pagoda", "辽上京遗址", [("fabu", {"platforms": _2})]),
    _c("巴林右旗", "巴林右旗", "0476", "mountain", "巴林奇石", [("fabu", {"platforms": _3})]),
    _c("克什克腾旗", "克什克腾旗", "0476", "mountain", "阿斯哈图石林",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("翁牛特旗", "翁牛特旗", "0476", "sun", "玉龙沙湖", [("fabu", {"platforms": _2})]),
    _c("商都", "商都县", "0474", "sun", "察哈尔故地", ["fabu"]),
    _c("科尔沁", "科尔沁区", "0475", "bridge", "西辽河畔", [("fabu", {"platforms": _2})]),
    _c("扎鲁特旗", "扎鲁特旗", "0475", "mountain", "山地草原", [("fabu", {"platforms": _2})]),
    _c("科左中旗", "科尔沁左翼中旗", "0475", "sun", "嘎达梅林故乡", ["fabu"]),
    _c("东胜", "东胜区", "0477", "skyline", "羊绒之都", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("康巴什", "康巴什区", "0477", "skyline", "乌兰木伦湖",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("伊金霍洛旗", "伊金霍洛旗", "0477", "pagoda", "成吉思汗陵", [("fabu", {"platforms": _4})]),
    _c("鄂托克前旗", "鄂托克前旗", "0477", "sun", "毛乌素南缘", [("fabu", {"platforms": _2})]),
    _c("鄂托克旗", "鄂托克旗", "0477", "mountain", "阿尔巴斯山", ["fabu"]),
    _c("海拉尔", "海拉尔区", "0470", "bridge", "伊敏河畔", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("陈旗", "陈巴尔虎旗", "0470", "waves", "莫尔格勒河",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})],
       [dict(DS="呼和诺尔", DF="呼和诺尔镇", depts=["town_cg22"])]),
    _c("扎赉诺尔", "扎赉诺尔区", "0470", "waves", "呼伦湖畔", [("fabu", {"platforms": _2})]),
    _c("鄂温克旗", "鄂温克族自治旗", "0470", "sun", "红花尔基林海", ["fabu"]),
    _c("莫旗", "莫力达瓦达斡尔族自治旗", "0470", "waves", "嫩江西岸",
       [("fabu", {"platforms": _3}), ("minwei22", {"name_idx": 0})]),
    _c("锡林浩特", "锡林浩特市", "0479", "pagoda", "贝子庙", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("乌拉特前旗", "乌拉特前旗", "0478", "waves", "乌梁素海",
       [("fabu", {"platforms": _3t}), ("nongmu22", {"name_idx": 0})],
       [dict(DS="乌拉山", DF="乌拉山镇", depts=["town_mf22"])]),
    _c("杭锦后旗", "杭锦后旗", "0478", "sun", "河套粮仓", [("fabu", {"platforms": _3})]),
    _c("乌拉特中旗", "乌拉特中旗", "0478", "mountain", "阴山岩画",
       [("fabu", {"platforms": _3}), ("wlmq22", {"name_idx": 0})]),
    _c("四子王旗", "四子王旗", "0474", "sun", "神舟着陆场",
       [("fabu", {"platforms": _3}), ("caoyuan22", {"name_idx": 0})]),
    _c("察右后旗", "察哈尔右翼后旗", "0474", "mountain", "火山草原", [("fabu", {"platforms": _2})]),
    _c("正蓝旗", "正蓝旗", "0479", "pagoda", "元上都遗址",
       [("fabu", {"platforms": _3k}), ("culture", dict(_DC))],
       [dict(DS="上都", DF="上都镇", depts=["town_mf22"])]),
    _c("扎赉特旗", "扎赉特旗", "0482", "waves", "绰尔河畔",
       [("fabu", {"platforms": _3}), ("caoyuan22", {"name_idx": 0})]),
    _c("多伦", "多伦县", "0479", "waves", "多伦湖", ["fabu"]),
    # ---- places that only have unregistered units here
    _c("西乌旗", "西乌珠穆沁旗", "0479", "sun", "西乌旗", []),
    _c("科左后旗", "科尔沁左翼后旗", "0475", "sun", "科左后旗", []),
    _c("察右中旗", "察哈尔右翼中旗", "0474", "mountain", "察右中旗", []),
    _c("乌拉特后旗", "乌拉特后旗", "0478", "mountain", "乌拉特后旗", []),
    _c("科右中旗", "科尔沁右翼中旗", "0482", "sun", "科右中旗", []),
    _c("新左旗", "新巴尔虎左旗", "0470", "waves", "新左旗", []),
    _c("阿巴嘎旗", "阿巴嘎旗", "0479", "sun", "阿巴嘎旗", []),
    _c("镶黄旗", "镶黄旗", "0479", "sun", "镶黄旗", []),
    _c("苏右旗", "苏尼特右旗", "0479", "sun", "苏右旗", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_2, _3, ["wechat", "douyin"], _2, _3k, ["weibo", "wechat", "toutiao"], _3, _2, _3t, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|h22".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0715


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布微视窗")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安在线")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345一号响应")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅向北")
    if d == "nongmu22" and name == S + "农牧":
        opts.append(S + "农牧惠民通")
    if d == "wlmq22" and name == S + "乌兰牧骑":
        opts.append(S + "乌兰牧骑红色文艺轻骑兵")
    if d == "caoyuan22" and name == S + "草原站":
        opts.append(S + "草原站资讯")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["那达慕报名", "赛白努", "巴雅尔拉", "草原补奖", "禁牧补贴领取", "草畜平衡奖励", "牧民养老补缴",
            "生态移民安置", "煤改电补助", "羊绒直供", "手把肉", "奶皮子铺", "炒米奶茶", "风干牛肉条", "莜面窝窝",
            "沙葱", "焙子铺", "⇝新号在这", "⤳旧号不用了", "◄真号在此►", "ᴹᴳ", "ᵛ⁹", "0471", "r4.1", "ⓜ"]
PREFIXES = ["蒙", "北疆", "塞外", "俺们这儿▕", "眊一眊▕", "拉话话▕", "咋介办▕", "⫶补奖到账⫶", "⫶限时补缴⫶",
            "⫶最后一批⫶", "✥", "♘", "⚶", "⛮", "⩽蒙⩾", "转给阿爸额吉▕", "牧民兄弟▕", "牧区快瞧▕"]
LOOKALIKE = {
    "回": ["固"], "民": ["良"], "玉": ["正"], "泉": ["隶"], "赛": ["寨"], "罕": ["早"], "土": ["圭"], "左": ["友"],
    "和": ["积"], "林": ["株"], "格": ["略"], "昆": ["显"], "都": ["郎"], "仑": ["仓"], "东": ["来"], "河": ["泪"],
    "原": ["厘"], "石": ["召"], "拐": ["捐"], "白": ["由"], "鄂": ["郡"], "博": ["缚"], "右": ["君"], "达": ["适"],
    "茂": ["蔑"], "海": ["浦"], "勃": ["勒"], "湾": ["渭"], "巴": ["已"], "克": ["完"], "什": ["仟"], "腾": ["膊"],
    "牛": ["午"], "特": ["持"], "商": ["裔"], "科": ["斜"], "扎": ["孔"], "鲁": ["曹"], "中": ["甲"], "胜": ["驻"],
    "康": ["废"], "伊": ["便"], "金": ["企"], "霍": ["翟"], "洛": ["洽"], "前": ["削"], "拉": ["技"], "陈": ["阵"],
    "赉": ["贵"], "诺": ["谨"], "温": ["混"], "莫": ["葵"], "锡": ["镍"], "浩": ["洁"], "杭": ["机"], "锦": ["镀"],
    "后": ["盾"], "察": ["案"], "四": ["凹"], "子": ["予"], "王": ["壬"], "蓝": ["盔"], "多": ["冬"], "伦": ["价"],
    "嘎": ["嘻"], "布": ["车"], "其": ["具"], "呼": ["坪"], "上": ["士"], "牧": ["枚"], "草": ["章"], "站": ["帖"],
    "兰": ["益"], "委": ["妻"], "安": ["宏"], "内": ["肉"], "蒙": ["篆"], "古": ["虫"],
}
SAME_SOUND = {
    "回": ["挥", "汇"], "玉": ["于", "与"], "泉": ["券", "拳"], "赛": ["塞", "腮"], "罕": ["汉", "含"],
    "土": ["突", "徒"], "左": ["做", "坐"], "旗": ["其", "起"], "和": ["何", "核"], "林": ["鳞", "凛"],
    "格": ["个", "各"], "尔": ["而", "二"], "昆": ["困", "坤"], "都": ["抖", "陡"], "仑": ["论", "轮"],
    "河": ["褐", "涸"], "九": ["就", "究"], "原": ["员", "园"], "石": ["是", "事"], "拐": ["怪", "乖"],
    "白": ["败", "摆"], "云": ["晕", "孕"], "鄂": ["额", "俄"], "博": ["播", "拨"], "右": ["又", "由"],
    "达": ["打", "答"], "茂": ["毛", "冒"], "乌": ["无", "物"], "海": ["还", "骸"], "勃": ["波", "伯"],
    "湾": ["完", "晚"], "巴": ["把", "吧"], "克": ["可", "客"], "什": ["时", "识"], "腾": ["疼", "藤"],
    "翁": ["瓮"], "牛": ["纽", "扭"], "商": ["晌", "裳"], "科": ["颗", "壳"], "沁": ["亲", "侵"],
    "扎": ["炸", "闸"], "鲁": ["路", "陆"], "中": ["重", "肿"], "胜": ["省", "声"], "康": ["扛"],
    "伊": ["一", "以"], "金": ["近", "仅"], "霍": ["或", "活"], "洛": ["罗", "逻"], "前": ["钱", "潜"],
    "拉": ["啦", "腊"], "陈": ["沉", "臣"], "赉": ["来", "莱"], "诺": ["挪", "糯"], "温": ["问", "稳"],
    "莫": ["模", "末"], "锡": ["系", "息"], "浩": ["好", "号"], "杭": ["夯"], "锦": ["今", "紧"],
    "后": ["候", "厚"], "四": ["司", "斯"], "子": ["字", "滋"], "王": ["往", "网"], "蓝": ["览", "拦"],
    "多": ["夺", "躲"], "伦": ["纶", "抡"], "嘎": ["噶"], "其": ["期", "七"], "呼": ["护", "户"],
    "上": ["墒"], "农": ["脓"], "牧": ["目", "木"], "草": ["糙"], "站": ["詹", "毡"], "兰": ["烂", "懒"],
    "委": ["为", "位"], "内": ["馁"], "蒙": ["猛", "梦"], "古": ["故", "顾"],
}
TRAD_MODES = ["first_and_last", "odd_positions", "skip_first"]
# visible word separators other parts did not use: Ethiopic section mark, full stop and semicolon, a Tibetan
# non-breaking syllable mark and shad, the Georgian paragraph separator, the Hebrew paseq, the Devanagari single and
# double danda, a few dotted punctuation marks (two asterisks, three, five and four dots, a dotted cross), an Aegean
# word separator and the Ugaritic word divider
SPACES = ["\u1360", "\u1362", "\u1364", "\u0f0c", "\u0f0d", "\u10fb", "\u05c0", "\u0964", "\u0965", "\u2051",
          "\u2056", "\u2059", "\u205b", "\u205c", "\U00010100", "\U0001039f"]
DOUBLE_SPACE_P = 0.06
# Arabic prepended number signs (the year, the footnote, page and Samvat signs, the number mark above, the end of
# ayah) and a few tag characters and variation selectors other parts did not use
ZERO_WIDTH = ["\u0600", "\u0601", "\u0602", "\u0603", "\u0604", "\u0605", "\u06dd",
              "\U000e0032", "\U000e004a", "\U000e005a", "\U000e010d", "\U000e0131"]
EMOJI = ["🐫", "🏇", "🦅", "🐺", "🍖", "🐄", "⛺", "🎻", "🏹", "🥩", "🌌", "🐏"]
BRACKETS = [("◂", "▸"), ("⏴", "⏵"), ("◁", "▷"), ("⋖", "⋗"), ("⪪", "⪫"), ("⬖", "⬗"), ("⎰", "⎱"), ("⟤", "⟥"),
            ("⋉", "⋊"), ("⫹", "⫺"), ("૮(", ")ა")]
FULLWIDTH_MODES = ["outlined_digits", "comma_below", "breve_below", "bridge_above"]
LEVEL_FORMS = ["suiyuan_region", "league_short", "former_level", "banner_as_county", "capital_colloquial",
               "town_as_xiang"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}草原110", "{nick}巡逻骑警", "{S}反诈马背宣讲"],
    "fabu": ["{S}敖包消息", "{nick}风向标", "{S}一手资讯台"],
    "gov": ["{S}指尖政务厅", "{nick}办事一站达"],
    "hrss": ["{S}打工人驿站", "{nick}饭碗加油"],
    "emergency": ["{S}白毛风预警", "{nick}避险指南"],
    "tax": ["{S}税事好商量", "{nick}纳税帐房"],
    "hotline": ["{S}有话就说", "{nick}民声直通车"],
    "culture": ["{S}那达慕之约", "{nick}草原游记", "{S}马背风光"],
    "market": ["{S}放心消费驿站", "{nick}放心奶桶"],
    "nongmu22": ["{S}牛羊满圈", "{nick}接羔季"],
    "caoyuan22": ["{S}绿色草场", "{nick}草场守望"],
    "wlmq22": ["{S}马头琴声", "{nick}轻骑兵"],
    "minwei22": ["{S}石榴籽", "{nick}手足情"],
    "haiyang22": ["{S}蓝色粮仓", "{nick}海岸守望"],
    "dasi22": ["{S}缉私前哨", "{nick}关口卫士"],
    "town_qx22": ["{S}天气早报"],
    "town_cg22": ["{S}草场巡护"],
    "town_mf22": ["{S}牧民帮办"],
    "generic": ["{S}敖包相会", "{nick}百姓茶话", "{S}嘎查邻里"],
}


# ---- digit forms (the registered digit names are 12345 and 12366; no zero occurs)
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


def _outlined(s):
    return "".join(chr(0x1CCF0 + int(c)) if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "outlined_digits": _outlined,
    "comma_below": lambda s: _marks(s, "\u0326"),
    "breve_below": lambda s: _marks(s, "\u032e"),
    "bridge_above": lambda s: _marks(s, "\u20e9"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _suiyuan_region(u, acc):
    """The merged western province's name in place of the region's name (绥远发布 for 内蒙古发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return OLD_PROVINCE + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return OLD_PROVINCE + name[len(pl["S"]):]
    return None


def _league_short(u, acc):
    """The colloquial league name of the prefecture before a county-level name (伊盟东胜发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] not in LEAGUE_SHORT or not name.startswith(pl["S"]):
        return None
    return LEAGUE_SHORT[par[0]] + name


def _former_level(u, acc):
    """A district written with the level it had before (东胜市发布 for 东胜发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in FORMER or not name.startswith(pl["S"]):
        return None
    return FORMER[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _banner_as_county(u, acc):
    """A banner written as a county (东乌县发布 for 东乌旗发布); one-character colloquial banner names are left
    alone."""
    name, pl = acc["row"]["name"], u["place"]
    S = pl["S"]
    if u["level"] != "city" or len(S) < 3 or not S.endswith("旗") or not name.startswith(S):
        return None
    return S[:-1] + "县" + name[len(S):]


def _capital_colloquial(u, acc):
    """The capital's colloquial name before one of its districts or banners (呼市赛罕发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] != "呼和浩特" or not name.startswith(pl["S"]):
        return None
    return CAPITAL_WORD + name


def _town_as_xiang(u, acc):
    """A town written as a township, the level word put after its name (上都乡牧民服务 for 上都牧民服务)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "district" or not name.startswith(pl["DS"]):
        return None
    return pl["DS"] + "乡" + name[len(pl["DS"]):]


_FORM_MAKERS = {"suiyuan_region": _suiyuan_region, "league_short": _league_short, "former_level": _former_level,
                "banner_as_county": _banner_as_county, "capital_colloquial": _capital_colloquial,
                "town_as_xiang": _town_as_xiang}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: regional accounts
    the merged province's name, towns the township word, the three re-levelled districts mostly their former level,
    the other county-level units the league name, the banner-as-county form or the capital's colloquial name."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("suiyuan_region", "town_as_xiang"):
        if f in names:
            return f, names[f]
    rest = [f for f in ("former_level", "league_short", "banner_as_county", "capital_colloquial") if f in names]
    if "former_level" in rest and _h(acc, "fl") % 3:
        return "former_level", names["former_level"]
    rest = [f for f in rest if f != "former_level"] or rest
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


def _t_first_and_last(s, u, r):
    """The first and the last convertible character (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, sorted({idx[0], idx[-1]}))


def _t_odd_positions(s, u, r):
    """The first, third, fifth ... convertible characters."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[0::2])


def _t_skip_first(s, u, r):
    """Every convertible character except the first (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[1:] or idx)


TRAD_FUNCS = {"first_and_last": _t_first_and_last, "odd_positions": _t_odd_positions,
              "skip_first": _t_skip_first}


# ---- image edits
def _grass_green(img, rng):
    """A summer-pasture look: colours pulled towards grass green, saturation lifted."""
    a = np.asarray(img, float)
    grass = np.array([92, 168, 72], float)
    k = rng.uniform(0.31, 0.37)
    out = a * (1 - k) + grass * k
    g = out.mean(axis=2, keepdims=True)
    out = g + (out - g) * 1.25
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"grass green k{k:.2f}"


def _sand_dune(img, rng):
    """A desert look: luminance mapped onto a brown to pale-sand ramp, with fine sand grain."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([96, 64, 30], float)
    light = np.array([242, 214, 160], float)
    gam = rng.uniform(0.86, 0.94)
    out = dark + (light - dark) * g ** gam
    seed = int(rng.random() * 2 ** 31)
    out += np.random.default_rng(seed).normal(0, 6, out.shape[:2])[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"sand dune g{gam:.2f}"


def _night_sky(img, rng):
    """A starry-night look: darkened, pushed to deep blue, with scattered white stars."""
    a = np.asarray(img, float)
    out = a * np.array([0.42, 0.48, 0.78]) + np.array([6, 10, 38])
    seed = int(rng.random() * 2 ** 31)
    stars = np.random.default_rng(seed).random(a.shape[:2]) < 0.012
    out[stars] = 255
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), "night sky"


def _white_out(img, rng):
    """A snowstorm white-out: contrast flattened towards white, a faint blue cast, blurred."""
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(1.2)), float)
    k = rng.uniform(0.52, 0.58)
    out = a * (1 - k) + np.array([236, 242, 250], float) * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"white out k{k:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _yurt_door(img, rng, P):
    """A yurt door: the picture in a red wooden door frame with a band of blue-and-gold square ornaments."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    d.rectangle([pad * 0.35, pad * 0.35, W - pad * 0.35, W - pad * 0.35], fill=(178, 34, 30))
    step = max(6, pad // 3)
    for x in range(0, W, step * 2):
        d.rectangle([x, pad * 0.05, x + step, pad * 0.3], fill=(30, 70, 160))
        d.rectangle([x + step, pad * 0.05, x + 2 * step, pad * 0.3], fill=(222, 178, 40))
    out.paste(img, (pad, pad))
    return out, "border yurt door"


def _hada_scarf(img, rng, P):
    """A blue ceremonial scarf: pale blue silk bands draped over the top corners and down both sides."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    out.paste(img, (pad, pad))
    silk = (122, 176, 226)
    d.polygon([(0, 0), (pad * 2.2, 0), (pad * 0.9, W), (0, W)], fill=silk)
    d.polygon([(W, 0), (W - pad * 2.2, 0), (W - pad * 0.9, W), (W, W)], fill=silk)
    for k in range(1, 6):
        y = W * k / 6
        d.line([(0, y), (pad * 1.2, y + pad * 0.3)], fill=(200, 224, 246), width=2)
        d.line([(W, y), (W - pad * 1.2, y + pad * 0.3)], fill=(200, 224, 246), width=2)
    return out, "border hada scarf"


def _cloud_scroll(img, rng, P):
    """An auspicious-cloud border: rows of small scroll curls in gold around the picture on a dark red ground."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    r = max(3, pad // 4)
    for t in range(0, W, 3 * r):
        for cx, cy in ((t, pad / 2), (t, W - pad / 2), (pad / 2, t), (W - pad / 2, t)):
            d.arc([cx - r, cy - r, cx + r, cy + r], 0, 270, fill=(226, 188, 70), width=2)
            d.arc([cx - r / 2, cy - r / 2, cx + r / 2, cy + r / 2], 90, 360, fill=(226, 188, 70), width=1)
    out.paste(img, (pad, pad))
    return out, "border cloud scroll"


def _shot_lucky_money(img, rng, P, out_px):
    """A lucky-money (red envelope) page: a red card with a gold opening button, the avatar small as the sender's icon."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (60, 60, 64))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.12 * S), int(0.06 * S), int(0.88 * S), int(0.94 * S)], radius=24, fill=(214, 64, 52))
    d.ellipse([int(0.38 * S), int(0.6 * S), int(0.62 * S), int(0.84 * S)], fill=(234, 196, 110))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.5 * S) - a // 2, int(0.16 * S)))
    d.rectangle([int(0.3 * S), int(0.16 * S) + a + 20, int(0.7 * S), int(0.16 * S) + a + 44], fill=(250, 222, 200))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot lucky money scale {a / S:.3f}"


def _shot_face_call(img, rng, P, out_px):
    """A video-call page: a dark full-screen feed, the avatar small in the corner, red and grey round buttons."""
    S = 3 * out_px
    top, bot = np.array([34, 40, 48], float), np.array([70, 76, 84], float)
    t = np.linspace(0, 1, S)[:, None, None]
    canvas = Image.fromarray(((top * (1 - t) + bot * t) * np.ones((S, S, 3))).astype(np.uint8))
    d = ImageDraw.Draw(canvas)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    x0 = int(0.92 * S) - a
    d.rectangle([x0 - 4, int(0.06 * S) - 4, x0 + a + 4, int(0.06 * S) + a + 4], fill=(240, 240, 240))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, int(0.06 * S)))
    for k, col in enumerate([(120, 120, 126), (226, 60, 56), (120, 120, 126)]):
        cx = int((0.25 + 0.25 * k) * S)
        d.ellipse([cx - int(0.07 * S), int(0.8 * S), cx + int(0.07 * S), int(0.94 * S)], fill=col)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot face call scale {a / S:.3f}"


def _shot_pay_code(img, rng, P, out_px):
    """A payment-code page: a green header, a big square code block, the avatar small above the code."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (236, 240, 236))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.14 * S)], fill=(26, 160, 90))
    d.rectangle([int(0.2 * S), int(0.38 * S), int(0.8 * S), int(0.96 * S)], fill=(255, 255, 255))
    cell = int(0.6 * S) // 21
    seed = int(rng.random() * 2 ** 31)
    bits = np.random.default_rng(seed).random((19, 19)) < 0.5
    for i in range(19):
        for j in range(19):
            if bits[i, j]:
                x, y = int(0.2 * S) + cell * (j + 1), int(0.38 * S) + cell * (i + 1)
                d.rectangle([x, y, x + cell - 1, y + cell - 1], fill=(20, 20, 20))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.5 * S) - a // 2, int(0.2 * S)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot pay code scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"grass_green": _grass_green, "sand_dune": _sand_dune,
                                   "night_sky": _night_sky, "white_out": _white_out},
                   border_funcs={"yurt_door": _yurt_door, "hada_scarf": _hada_scarf,
                                 "cloud_scroll": _cloud_scroll},
                   screenshot_funcs={"lucky_money": _shot_lucky_money, "face_call": _shot_face_call,
                                     "pay_code": _shot_pay_code},
                   resize_px=[224, 227, 228, 230, 231, 234, 235],
                   jpeg_q=(72, 77), crop_frac=(0.3705, 0.3745),
                   border_styles=["yurt_door", "hada_scarf", "cloud_scroll"],
                   border_colours=[(246, 242, 232), (118, 30, 34), (34, 58, 112), (238, 232, 214),
                                   (96, 26, 30), (28, 50, 96)],
                   border_frac=(0.406, 0.414),
                   recolour_modes=["grass_green", "sand_dune", "night_sky", "white_out"],
                   hue_shift=(321, 329), rotate_deg=(49.8, 50.9),
                   watermark_texts=["牧区补贴", "补奖核验", "禁牧登记", "嘎查张榜", "草场确权"],
                   watermark_alpha=(202, 212),
                   screenshot_styles=["lucky_money", "face_call", "pay_code"],
                   screenshot_scale=(0.092, 0.103))
P_IMPOSTOR_DERIVED = 0.541
P_IMPOSTOR_DEFAULT = 0.091
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.097
IMPOSTOR_VERIFIED = [("enterprise", "{S}草原通数字服务有限公司"), ("personal", "马背上的记录者"),
                     ("other", "{S}牧区发展促进会")]
IMPOSTOR_DESCS = ["{S}{fn}：本年度草原生态补奖开始发放，加微信{wx}核对草场面积和收款卡号",
                  "【{S}{fn}】牧民养老保险可一次性补缴十五年，指标不多，私信{wx}预约",
                  "{name}：蒙速办实名信息失效，打开主页小程序重新认证后领取禁牧补贴",
                  "{S}{fn}：生态移民安置房可提前选号，请加扣扣号{qq}",
                  "{S}{fn}原账号已迁移，补贴申领请认准本号，详情加微信{wx}"]
MAX_PER_TARGET = 6

# Every two- and three-tactic combination that the builder can write is used by some other part, and dev15 ... dev21
# used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses (four
# impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_SS, _TR, _LP, _NP], 4), ([_SU, _EB, _SP, _LP], 4), ([_SU, _SS, _RE, _TR], 4), ([_SU, _FW, _SP, _LP], 4),
    ([_SU, _PR, _ZW, _FW], 4), ([_PR, _LA, _EB, _LP], 4), ([_SU, _ZW, _SP, _NP], 4), ([_ZW, _FW, _TR, _NP], 4),
    ([_PR, _LA, _ZW, _NP], 4), ([_LA, _EB, _FW, _NP], 4), ([_RE, _EB, _ZW, _FW], 4), ([_SU, _PR, _RE, _FW], 4),
    ([_SU, _PR, _EB, _SP], 4), ([_LA, _SS, _RE, _TR], 4), ([_LA, _EB, _TR, _LP], 4), ([_SS, _FW, _SP, _LP], 4),
    ([_SU, _FW, _LP, _NP], 4), ([_PR, _SS, _SP, _NP], 4), ([_PR, _SS, _ZW, _LP], 4), ([_LA, _RE, _ZW, _NP], 4),
    ([_SU, _LA, _RE, _NP], 4), ([_EB, _ZW, _SP, _LP], 4), ([_PR, _SS, _EB, _ZW], 4), ([_PR, _FW, _TR, _NP], 4),
    ([_LA, _RE, _TR, _SP], 4), ([_LA, _SS, _RE, _EB], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture"]
OTHER_PLACES_CHAR = [
    dict(reg="东河", S="东湖", F="南昌市东湖区", province="江西省", level=_C, units={"police": "南昌市公安局东湖分局"}),
    dict(reg="东河", S="东川", F="昆明市东川区", province="云南省", level=_C, units={"police": "昆明市公安局东川分局"}),
    dict(reg="东河", S="东坡", F="眉山市东坡区", province="四川省", level=_C, units={"police": "眉山市公安局东坡分局"}),
    dict(reg="东河", S="东丽", F="天津市东丽区", province="天津市", level=_C, units={"police": "天津市公安局东丽分局"}),
    dict(reg="乌达", S="乌当", F="贵阳市乌当区", province="贵州省", level=_C, units={"police": "贵阳市公安局乌当分局"}),
    dict(reg="乌达", S="乌恰", F="乌恰县", province="新疆维吾尔自治区", level=_C),
    dict(reg="乌达", S="乌苏", F="乌苏市", province="新疆维吾尔自治区", level=_C),
    dict(reg="乌达", S="乌什", F="乌什县", province="新疆维吾尔自治区", level=_C),
    dict(reg="玉泉", S="玉州", F="玉林市玉州区", province="广西壮族自治区", level=_C,
         units={"police": "玉林市公安局玉州分局"}),
    dict(reg="玉泉", S="玉龙", F="玉龙纳西族自治县", province="云南省", level=_C),
    dict(reg="石拐", S="石渠", F="石渠县", province="四川省", level=_C),
    dict(reg="石拐", S="石峰", F="株洲市石峰区", province="湖南省", level=_C, units={"police": "株洲市公安局石峰分局"}),
    dict(reg="商都", S="商州", F="商洛市商州区", province="陕西省", level=_C, units={"police": "商洛市公安局商州分局"}),
]
OTHER_PLACES_SOUND = [
    dict(reg="东胜", S="东兴", F="东兴市", province="广西壮族自治区", level=_C, depts=_F3 + ["hotline"]),
    dict(reg="东河", S="通河", F="通河县", province="黑龙江省", level=_C, depts=_F3 + ["hotline"]),
    dict(reg="东河", S="东海", F="东海县", province="江苏省", level=_C, depts=_F3 + ["hotline"]),
    dict(reg="玉泉", S="余庆", F="余庆县", province="贵州省", level=_C, depts=_F3),
    dict(reg="九原", S="酒泉", F="酒泉市", province="甘肃省", depts=_F3 + ["market"]),
    dict(reg="乌达", S="武定", F="武定县", province="云南省", level=_C, depts=_F3),
    dict(reg="回民", S="辉南", F="辉南县", province="吉林省", level=_C, depts=_F3),
    dict(reg="商都", S="尚志", F="尚志市", province="黑龙江省", level=_C, depts=_F3),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("玛多", "玛多县", "青海省", "police"), ("称多", "称多县", "青海省", "fabu"),
    ("治多", "治多县", "青海省", "police"), ("杂多", "杂多县", "青海省", "fabu"),
    ("囊谦", "囊谦县", "青海省", "procur"), ("曲麻莱", "曲麻莱县", "青海省", "police"),
    ("甘德", "甘德县", "青海省", "fabu"), ("达日", "达日县", "青海省", "police"),
    ("久治", "久治县", "青海省", "fabu"), ("班玛", "班玛县", "青海省", "police"),
    ("玛沁", "玛沁县", "青海省", "procur"), ("同德", "同德县", "青海省", "fabu"),
    ("兴海", "兴海县", "青海省", "police"), ("尖扎", "尖扎县", "青海省", "fabu"),
    ("天峻", "天峻县", "青海省", "police"), ("茫崖", "茫崖市", "青海省", "fabu"),
    ("永宁", "永宁县", "宁夏回族自治区", "procur"), ("大武口", "石嘴山市大武口区", "宁夏回族自治区", "police"),
    ("沙坡头", "中卫市沙坡头区", "宁夏回族自治区", "fabu"), ("利通", "吴忠市利通区", "宁夏回族自治区", "police"),
    ("金凤", "银川市金凤区", "宁夏回族自治区", "fabu"), ("西夏", "银川市西夏区", "宁夏回族自治区", "police"),
    ("兴庆", "银川市兴庆区", "宁夏回族自治区", "fabu"), ("红寺堡", "吴忠市红寺堡区", "宁夏回族自治区", "procur"),
    ("措美", "措美县", "西藏自治区", "police"), ("隆子", "隆子县", "西藏自治区", "fabu"),
    ("加查", "加查县", "西藏自治区", "police"), ("曲松", "曲松县", "西藏自治区", "fabu"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="内蒙古日报", platform="weibo", vtype="media", reason="内蒙古日报社官方微博", desc="自治区新闻。",
         logo_text="内日"),
    dict(name="北方新报", platform="douyin", vtype="media", reason="北方新报社官方账号", desc="都市民生新闻。",
         logo_text="北方"),
    dict(name="正北方网", platform="toutiao", vtype="media", reason="内蒙古日报社正北方网官方账号",
         desc="重点新闻网站。", logo_text="正北"),
    dict(name="内蒙古新闻网", platform="wechat", vtype="media", reason="内蒙古日报传媒集团新闻网站",
         desc="新闻网站公众号。", logo_text="新闻"),
    dict(name="草原云", platform="kuaishou", vtype="media", reason="内蒙古广播电视台融媒体平台官方账号",
         desc="新闻短视频。", logo_text="草原"),
    dict(name="呼和浩特日报", platform="wechat", vtype="media", reason="呼和浩特日报社", desc="首府新闻。"),
    dict(name="呼和浩特晚报", platform="weibo", vtype="media", reason="呼和浩特日报社晚报官方微博",
         desc="晚报民生新闻。"),
    dict(name="包头日报", platform="wechat", vtype="media", reason="包头日报社", desc="包头新闻。", logo_text="包报"),
    dict(name="包头晚报", platform="toutiao", vtype="media", reason="包头日报社晚报官方账号", desc="包头晚报新闻。"),
    dict(name="鄂尔多斯日报", platform="kuaishou", vtype="media", reason="鄂尔多斯日报社官方账号", desc="鄂尔多斯新闻。"),
    dict(name="赤峰日报", platform="douyin", vtype="media", reason="赤峰日报社官方账号", desc="赤峰新闻。"),
    dict(name="通辽日报", platform="wechat", vtype="media", reason="通辽日报社", desc="通辽新闻。"),
    dict(name="呼伦贝尔日报", platform="toutiao", vtype="media", reason="呼伦贝尔日报社官方账号", desc="呼伦贝尔新闻。"),
    dict(name="巴彦淖尔日报", platform="weibo", vtype="media", reason="巴彦淖尔日报社官方微博", desc="巴彦淖尔新闻。"),
    dict(name="乌兰察布日报", platform="douyin", vtype="media", reason="乌兰察布日报社官方账号", desc="乌兰察布新闻。"),
    dict(name="锡林郭勒日报", platform="kuaishou", vtype="media", reason="锡林郭勒日报社官方账号", desc="锡林郭勒新闻。"),
    dict(name="兴安日报", platform="wechat", vtype="media", reason="兴安日报社", desc="兴安新闻。"),
    dict(name="乌海日报", platform="toutiao", vtype="media", reason="乌海日报社官方账号", desc="乌海新闻。"),
    dict(name="伊金霍洛融媒", platform="douyin", vtype="media", reason="伊金霍洛旗融媒体中心官方账号",
         desc="伊金霍洛新闻。"),
    dict(name="东乌旗融媒", platform="kuaishou", vtype="media", reason="东乌珠穆沁旗融媒体中心官方账号",
         desc="东乌旗新闻。"),
    dict(name="赛罕警事追踪", platform="douyin", vtype="media", reason="呼和浩特广播电视台官方账号",
         desc="电视台法治栏目，跟踪报道警情和案件，并非公安机关账号。", logo_text="警事"),
    dict(name="康巴什12345跟进", platform="toutiao", vtype="media", reason="鄂尔多斯广播电视台官方账号",
         desc="电视台民生栏目，跟进热线诉求的办理情况。", logo_text="跟进"),
    dict(name="正蓝旗文旅寻迹", platform="wechat", vtype="media", reason="锡林郭勒广播电视台",
         desc="电视台文旅栏目，寻访古城遗址，并非文旅局账号。", logo_text="寻迹"),
    dict(name="东胜公安纪事", platform="douyin", vtype="media", reason="鄂尔多斯广播电视台官方账号",
         desc="电视台法治栏目，讲述民警故事，并非公安账号。", logo_text="纪事"),
    dict(name="内蒙古交警路况速递", platform="bilibili", vtype="media", reason="内蒙古广播电视台官方账号",
         desc="交通广播的路况节目，并非交警账号。", logo_text="速递"),
    dict(name="达茂旗税务讲堂", platform="toutiao", vtype="media", reason="包头日报社官方账号",
         desc="报社财经栏目，请税务干部讲解政策，并非税务局账号。", logo_text="讲堂"),
]
PERSONAL = [
    dict(name="东乌旗放牧大哥", platform="douyin", vtype="personal", reason="牧区生活博主"),
    dict(name="锡林浩特马倌老巴", platform="kuaishou", avatar="cartoon"),
    dict(name="正蓝旗元上都讲解员小乌", platform="weibo", vtype="personal", reason="遗址讲解员",
         avatar="scenery"),
    dict(name="四子王旗种草老汉", platform="douyin", vtype="personal", reason="草原修复志愿者"),
    dict(name="杭锦后旗河套种瓜户", platform="kuaishou"),
    dict(name="乌拉特前旗湖边拍鸟", platform="douyin", avatar="scenery"),
    dict(name="商都马铃薯种植户", platform="toutiao"),
    dict(name="巴林右旗玩石头的", platform="kuaishou", avatar="default"),
    dict(name="克什克腾自驾客", platform="douyin", avatar="scenery"),
    dict(name="昆都仑老钢铁工人", platform="kuaishou"),
    dict(name="白云鄂博矿山骑行", platform="douyin", avatar="default"),
    dict(name="石拐山沟人家", platform="kuaishou"),
    dict(name="翁牛特羊肉铺老板娘", platform="douyin"),
    dict(name="多伦湖冬捕钓友", platform="kuaishou"),
    dict(name="玉泉剪纸爱好者", platform="weibo", vtype="personal", reason="剪纸爱好者"),
    dict(name="乌达退休煤矿工", platform="douyin"),
    dict(name="和林格尔莜面馆", platform="weibo"),
    dict(name="九原河边溜达", platform="kuaishou", avatar="default"),
    dict(name="牧区教师老包", platform="toutiao", vtype="personal", reason="科左中旗某嘎查小学教师"),
    dict(name="律师老乔讲草场纠纷", platform="toutiao", vtype="personal", reason="内蒙古某律师事务所律师"),
    dict(name="海拉尔辅警小鄂", platform="douyin", vtype="personal", reason="呼伦贝尔市公安局海拉尔分局辅警",
         desc="分享防范电诈小常识。"),
    dict(name="扎赉诺尔湖边摆摊", platform="kuaishou"),
    dict(name="海勃湾葡萄园记事", platform="weibo"),
    dict(name="天天转内蒙古发布", platform="weibo", vtype="personal", reason="退休电焊工",
         desc="转发内蒙古发布的消息，个人账号，非官方。"),
    dict(name="老郝打过康巴什12345", platform="toutiao", vtype="personal", reason="小区生活记录者",
         desc="个人记录拨打热线的经历，非官方。"),
    dict(name="正蓝旗文旅游记簿", platform="wechat", desc="个人游记，记录在正蓝旗游玩的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="内蒙古公安装备商行", platform="weibo", vtype="enterprise", reason="呼和浩特某商贸有限公司",
         desc="警用装备和户外用品销售，私营企业，与公安机关无关。", logo_text="装备"),
    dict(name="乌达文旅民宿", platform="wechat", vtype="enterprise", reason="乌海某酒店管理有限公司",
         desc="民宿预订，企业账号，与文旅部门无关。"),
    dict(name="内蒙古税务代办中心", platform="douyin", vtype="enterprise", reason="呼和浩特某财税服务有限公司",
         desc="代理记账、税务咨询，私营企业，与税务局无关。"),
    dict(name="东乌旗羊肉", platform="douyin"),
    dict(name="锡林浩特奶食品", platform="kuaishou", vtype="enterprise", reason="锡林郭勒某乳业有限公司"),
    dict(name="杭锦后旗蜜瓜", platform="douyin"),
    dict(name="巴林右旗奇石", platform="kuaishou", avatar="default"),
    dict(name="商都土豆", platform="douyin", vtype="enterprise", reason="乌兰察布某薯业有限公司"),
    dict(name="翁牛特小米", platform="kuaishou"),
    dict(name="科左中旗黄牛", platform="douyin"),
    dict(name="扎鲁特旗荞麦", platform="kuaishou"),
    dict(name="东胜羊绒衫", platform="douyin", vtype="enterprise", reason="鄂尔多斯某服饰有限公司"),
    dict(name="海拉尔风干肉", platform="douyin"),
    dict(name="九原烧麦馆", platform="kuaishou", avatar="default"),
    dict(name="乌拉特前旗河套面粉", platform="douyin"),
    dict(name="白云鄂博稀土材料", platform="kuaishou"),
    dict(name="石拐煤炭物流", platform="douyin", vtype="enterprise", reason="包头某物流有限公司"),
    dict(name="海勃湾葡萄酒庄", platform="kuaishou"),
    dict(name="伊金霍洛奶茶", platform="douyin"),
    dict(name="多伦滑雪场", platform="kuaishou", vtype="enterprise", reason="锡林郭勒某旅游开发有限公司"),
    dict(name="昆都仑钢管配件", platform="douyin"),
    dict(name="克什克腾马场", platform="kuaishou"),
    dict(name="莫旗大豆合作社", platform="douyin", vtype="enterprise", reason="呼伦贝尔某农业有限公司"),
    dict(name="玉泉焙子铺", platform="kuaishou", avatar="default"),
    dict(name="扎赉诺尔鱼庄", platform="wechat", vtype="enterprise", reason="呼伦贝尔某餐饮有限公司"),
    dict(name="康巴什汽车城", platform="douyin", vtype="enterprise", reason="鄂尔多斯某汽车销售有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("东乌旗", "满都胡宝拉格", "满都胡宝拉格镇", ["town_qx22"]), ("陈旗", "巴彦库仁", "巴彦库仁镇", ["town_cg22"]),
    ("四子王旗", "红格尔", "红格尔苏木", ["town_cg22"]), ("达茂旗", "百灵庙", "百灵庙镇", ["town_mf22"]),
    ("土左旗", "察素齐", "察素齐镇", ["town_qx22"]), ("土右旗", "萨拉齐", "萨拉齐镇", ["town_cg22"]),
    ("克什克腾旗", "经棚", "经棚镇", ["town_cg22"]), ("巴林左旗", "林东", "林东镇", ["town_qx22"]),
    ("莫旗", "尼尔基", "尼尔基镇", ["town_qx22"]), ("翁牛特旗", "乌丹", "乌丹镇", ["town_cg22"]),
]
UNREG_CITY = [
    ("内蒙古", "edu", 0), ("内蒙古", "fire", 0), ("内蒙古", "civil", 0), ("内蒙古", "health", 0),
    ("山东", "dasi22", 0), ("广东", "haiyang22", 0), ("内蒙古", "wlmq22", 0),
    ("回民", "police", 0), ("玉泉", "police", 0), ("赛罕", "police", 0), ("昆都仑", "police", 0),
    ("内蒙古", "housing", 0), ("东河", "police", 0), ("海勃湾", "police", 0), ("石拐", "police", 0),
    ("达茂旗", "police", 0), ("乌达", "police", 0), ("康巴什", "police", 0),
    ("内蒙古", "transport", 0), ("内蒙古", "veterans", 0), ("内蒙古", "dasi22", 0),
    ("西乌旗", "fabu", 0), ("科左后旗", "fabu", 0), ("察右中旗", "fabu", 0), ("乌拉特后旗", "fabu", 0),
    ("科右中旗", "fabu", 0), ("新左旗", "fabu", 0), ("阿巴嘎旗", "fabu", 0), ("镶黄旗", "fabu", 0),
    ("苏右旗", "fabu", 0), ("西乌旗", "police", 0), ("内蒙古", "eco", 0),
    ("陈旗", "police", 0), ("察右后旗", "hotline", 0),
    ("乌拉特前旗", "culture", 0), ("玉泉", "culture", 0), ("东乌旗", "culture", 0),
    ("东河", "culture", 0), ("回民", "culture", 0),
    ("内蒙古", "weather", 0), ("正蓝旗", "police", 0), ("多伦", "police", 0),
    ("乌拉特前旗", "caoyuan22", 0), ("内蒙古", "water", 0), ("鄂托克旗", "caoyuan22", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level places and their towns: region names the prefecture-level city or league; towns answer to the
    county-level government."""
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
    print("building dev22 ...")
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
