"""Twenty-fourth dev part (dev24; built 2026-12-04 in the twenty-first session as the twentieth blind held-out part,
demoted to tuning data in the twenty-second session).
Run: python eval/impostor/dev24/spec_dev24.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev23/ wherever the real inventory allows; the unavoidable reuses are listed in
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

PART = "dev24"
SEED = 66137
CRAWL_DAY = "2026-04-21"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "qinling24": ("{F}秦岭生态环境保护委员会办公室", "{F}秦岭生态环境保护委员会办公室", ["{S}秦岭办", "{S}秦岭守护"],
                  "leaf", None, "发布秦岭北麓违建整治、峪口管控和珍稀动植物保护信息"),
    "shuibao24": ("{F}水土保持监测中心", "{F}水土保持工作站", ["{S}水保", "{S}水土保持"], "waves", None,
                  "发布淤地坝建设、坡耕地治理和水土流失监测信息"),
    "wenshi24": ("{F}文史研究馆", "{F}文史研究馆", ["{S}文史馆", "{S}文史研究"], "book", None,
                 "发布地方文史研究、馆员书画展览和古籍整理信息"),
    "tushu24": ("{F}图书馆", "{F}图书馆", ["{S}图书馆", "{S}悦读"], "book", None,
                "发布阅读推广、古籍修复和馆藏借阅服务信息"),
    "tejian24": ("{F}特种设备检验检测研究院", "{F}特种设备检验所", ["{S}特检", "{S}特检院"], "scales", None,
                 "发布电梯、锅炉和气瓶等特种设备检验与安全提示"),
    "taiban24": ("{F}人民政府台湾事务办公室", "{F}人民政府台湾事务办公室", ["{S}台办", "{S}对台"], "star", None,
                 "发布对台交流、台胞台企服务和两岸政策信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_jg24": ("{F}{DF}集体资产管理站", ["{DS}经管站", "{DS}资产管理"], "coin", None,
                  "发布村集体资产清查、土地承包经营和农村财务公开信息"),
    "town_sb24": ("{F}{DF}水土保持站", ["{DS}水保站", "{DS}淤地坝"], "waves", None,
                  "发布梯田修复、淤地坝巡查和汛期沟道安全信息"),
    "town_jl24": ("{F}{DF}敬老院", ["{DS}敬老院", "{DS}老人之家"], "house", None,
                  "发布五保供养、入住须知和老人生活照料信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"qinling24": "秦岭办", "shuibao24": "水保", "wenshi24": "文史馆", "tushu24": "图书馆",
               "tejian24": "特检", "taiban24": "台办", "town_jg24": "经管站", "town_sb24": "水保站",
               "town_jl24": "敬老院"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level city (short, full)
_XA, _TC, _BJ = ("西安", "西安市"), ("铜川", "铜川市"), ("宝鸡", "宝鸡市")
_XY, _WN, _YA = ("咸阳", "咸阳市"), ("渭南", "渭南市"), ("延安", "延安市")
_HZ, _YL, _AK, _SL = ("汉中", "汉中市"), ("榆林", "榆林市"), ("安康", "安康市"), ("商洛", "商洛市")
PARENT = {"莲湖": _XA, "灞桥": _XA, "未央": _XA, "雁塔": _XA, "阎良": _XA, "临潼": _XA, "高陵": _XA, "鄠邑": _XA,
          "长安": _XA,
          "王益": _TC, "印台": _TC, "耀州": _TC,
          "渭滨": _BJ, "陈仓": _BJ, "凤翔": _BJ, "眉县": _BJ, "千阳": _BJ,
          "秦都": _XY, "杨陵": _XY, "渭城": _XY, "兴平": _XY, "乾县": _XY,
          "临渭": _WN, "华州": _WN, "澄城": _WN, "蒲城": _WN, "韩城": _WN,
          "宝塔": _YA, "安塞": _YA, "延长": _YA, "子长": _YA, "洛川": _YA,
          "汉台": _HZ, "南郑": _HZ, "勉县": _HZ, "略阳": _HZ, "城固": _HZ,
          "神木": _YL, "横山": _YL, "榆阳": _YL, "绥德": _YL, "米脂": _YL,
          "汉滨": _AK, "旬阳": _AK, "白河": _AK, "石泉": _AK,
          "商州": _SL, "洛南": _SL, "丹凤": _SL, "山阳": _SL}
REGION_NAME = "陕西"
# the province's classical region word, written in place of the province's name by some impostors
REGION_WORD = "三秦"
# the capital-region word written before one of the capital's districts
CAPITAL_WORD = "大西安"
# the new area that administers parts of two districts of the neighbouring prefecture-level city
NEW_AREA_WORD = "西咸"
NEW_AREA_PLACES = {"秦都", "渭城"}
# districts and county-level cities written with the level they had before (same name)
PRIOR_LEVEL = {"临潼": "临潼县", "长安": "长安县", "高陵": "高陵县", "凤翔": "凤翔县", "安塞": "安塞县",
                "子长": "子长县", "南郑": "南郑县", "神木": "神木县", "横山": "横山县", "旬阳": "旬阳县",
                "商州": "商州市"}
# districts written with the county name they had before a renaming
OLD_NAME = {"鄠邑": "户县", "耀州": "耀县", "陈仓": "宝鸡县", "华州": "华县", "临渭": "渭南县", "汉滨": "安康县"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="陕西", F="陕西省", area="029", landmark="pagoda", nick="黄土高坡",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("hrss", {"platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _3}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("market", {"name_idx": 0, "platforms": _2}),
                ("qinling24", {"name_idx": 0, "platforms": _3}),
                ("wenshi24", {"name_idx": 0, "platforms": _3}),
                ("shuibao24", {"name_idx": 0, "platforms": _2}),
                ("emergency", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="mountain", nick="泉城特检",
         depts=[("tejian24", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="bridge", nick="岭南两岸",
         depts=[("taiban24", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="陕西省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- districts, counties and county-level cities of the new province
    _c("莲湖", "莲湖区", "029", "pagoda", "北院门", [("fabu", {"platforms": _2})]),
    _c("灞桥", "灞桥区", "029", "bridge", "灞柳风雪", [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("未央", "未央区", "029", "pagoda", "汉长安城遗址", [("fabu", {"platforms": _2})]),
    _c("雁塔", "雁塔区", "029", "pagoda", "曲江池畔",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("阎良", "阎良区", "029", "skyline", "航空城", ["fabu"]),
    _c("临潼", "临潼区", "029", "mountain", "骊山脚下",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("高陵", "高陵区", "029", "sun", "泾渭分明处", [("fabu", {"platforms": _3})]),
    _c("鄠邑", "鄠邑区", "029", "sun", "渼陂湖", [("fabu", {"platforms": _2})]),
    _c("长安", "长安区", "029", "mountain", "终南山下",
       [("fabu", {"platforms": _3}), ("qinling24", {"name_idx": 1})]),
    _c("王益", "王益区", "0919", "tower", "耀瓷古窑", ["fabu"]),
    _c("印台", "印台区", "0919", "mountain", "玉华宫", [("fabu", {"platforms": _2})]),
    _c("耀州", "耀州区", "0919", "mountain", "药王故里", [("fabu", {"platforms": _3})],
       [dict(DS="照金", DF="照金镇", depts=["town_jg24"])]),
    _c("渭滨", "渭滨区", "0917", "bridge", "石鼓山下",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("陈仓", "陈仓区", "0917", "sun", "周原故地", [("fabu", {"platforms": _3})]),
    _c("凤翔", "凤翔区", "0917", "pagoda", "泥塑之乡",
       [("fabu", {"platforms": _3}), ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("眉县", "眉县", "0917", "mountain", "太白山麓", [("fabu", {"platforms": _3k}), ("qinling24", {"name_idx": 0})],
       [dict(DS="横渠", DF="横渠镇", depts=["town_jl24"])]),
    _c("千阳", "千阳县", "0917", "waves", "西秦刺绣", [("fabu", {"platforms": _2})]),
    _c("秦都", "秦都区", "029", "tower", "古渡廊桥", [("fabu", {"platforms": _2})]),
    _c("杨陵", "杨陵区", "029", "sun", "农科城", [("fabu", {"platforms": _3}), ("shuibao24", {"name_idx": 0})]),
    _c("渭城", "渭城区", "029", "pagoda", "五陵原", [("fabu", {"platforms": _2})]),
    _c("兴平", "兴平市", "029", "pagoda", "茂陵脚下", [("fabu", {"platforms": _2})]),
    _c("乾县", "乾县", "029", "mountain", "无字碑前", [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("临渭", "临渭区", "0913", "waves", "沋河湿地",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("华州", "华州区", "0913", "mountain", "少华山下", [("fabu", {"platforms": _2})]),
    _c("澄城", "澄城县", "0913", "sun", "尧头窑", [("fabu", {"platforms": _3})]),
    _c("蒲城", "蒲城县", "0913", "tower", "桥陵石刻", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("韩城", "韩城市", "0913", "pagoda", "太史公祠",
       [("fabu", {"platforms": _4}), ("culture", dict(_DC))]),
    _c("宝塔", "宝塔区", "0911", "pagoda", "延河岸边",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})],
       [dict(DS="南泥湾", DF="南泥湾镇", depts=["town_jg24"])]),
    _c("安塞", "安塞区", "0911", "sun", "腰鼓之乡", [("fabu", {"platforms": _3})],
       [dict(DS="砖窑湾", DF="砖窑湾镇", depts=["town_sb24"])]),
    _c("延长", "延长县", "0911", "tower", "陆上第一口油井", [("fabu", {"platforms": _2})]),
    _c("子长", "子长市", "0911", "mountain", "瓦窑堡", [("fabu", {"platforms": _3})]),
    _c("汉台", "汉台区", "0916", "pagoda", "拜将坛", [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("南郑", "南郑区", "0916", "mountain", "汉山脚下", [("fabu", {"platforms": _2})]),
    _c("勉县", "勉县", "0916", "mountain", "武侯墓前", [("fabu", {"platforms": _3t})]),
    _c("略阳", "略阳县", "0916", "waves", "乌鸡之乡", [("fabu", {"platforms": _2})]),
    _c("神木", "神木市", "0912", "skyline", "红碱淖",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("横山", "横山区", "0912", "sun", "无定河畔", [("fabu", {"platforms": _3}), ("shuibao24", {"name_idx": 0})]),
    _c("汉滨", "汉滨区", "0915", "waves", "安澜楼下",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("旬阳", "旬阳市", "0915", "waves", "太极城", [("fabu", {"platforms": _3k}), ("culture", dict(_DC))]),
    _c("白河", "白河县", "0915", "mountain", "木瓜之乡", ["fabu"]),
    _c("商州", "商州区", "0914", "mountain", "二龙山", [("fabu", {"platforms": _3}), ("qinling24", {"name_idx": 1})]),
    _c("洛南", "洛南县", "0914", "sun", "洛河源头", ["fabu"]),
    # ---- places that only have unregistered units here
    _c("榆阳", "榆阳区", "0912", "sun", "榆阳", []),
    _c("洛川", "洛川县", "0911", "sun", "洛川", []),
    _c("城固", "城固县", "0916", "mountain", "城固", []),
    _c("石泉", "石泉县", "0915", "waves", "石泉", []),
    _c("丹凤", "丹凤县", "0914", "mountain", "丹凤", []),
    _c("山阳", "山阳县", "0914", "mountain", "山阳", []),
    _c("绥德", "绥德县", "0912", "sun", "绥德", []),
    _c("米脂", "米脂县", "0912", "sun", "米脂", []),
    # ---- prefecture-level cities (not registered; only unregistered units here)
    _c("宝鸡", "宝鸡市", "0917", "bridge", "宝鸡", []),
    _c("渭南", "渭南市", "0913", "waves", "渭南", []),
    _c("延安", "延安市", "0911", "pagoda", "延安", []),
    _c("汉中", "汉中市", "0916", "waves", "汉中", []),
    _c("商洛", "商洛市", "0914", "mountain", "商洛", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_2, _3, ["wechat", "douyin"], _2, _3k, ["weibo", "wechat", "toutiao"], _3, _2, _3t, _3]


def _auto_platforms(S, key, town=False):
    h = int(hashlib.md5(f"{S}|{key}|q24".encode("utf-8")).hexdigest()[:8], 16)
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

RENAME_SHARE = 0.0708


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布号角")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安一键通")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345马上办")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅古韵")
    if d == "qinling24" and name == S + "秦岭办":
        opts.append(S + "秦岭生态")
    if d == "shuibao24" and name == S + "水保":
        opts.append(S + "水保之窗")
    if d == "wenshi24" and name == S + "文史馆":
        opts.append(S + "文史馆藏")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["秦务员扫码激活", "苹果套袋补助", "一喷三防补贴", "城改安置房摇号", "养老待遇年审", "农村危房补助",
            "地铁口公寓认购", "肉夹馍", "羊肉泡馍", "油泼辣子", "擀面皮", "洋芋擦擦", "裤带面", "浆水面",
            "甑糕", "花馍", "石子馍", "锅盔", "\u2964挪到这达咧", "\u21f6旧的不用咧", "\U0001f892只此一家\U0001f890",
            "\u02e2\u207f", "\u1d43\u1d56\u1d56", "\u26b1", "\u2637"]
PREFIXES = ["秦", "关中", "八百里秦川", "十三朝古都", "嫽扎咧\ufe33", "谝一哈\ufe33", "乡党们\ufe33", "额给你说\ufe33",
            "美得很\ufe33", "陕北婆姨\ufe33", "\u2055补贴最后一天\u2055", "\u2055过期不候\u2055", "\u2055手慢无\u2055",
            "\u2635", "\u268d", "\u2bca秦\u2bcb", "西府", "老陕\ufe33"]
LOOKALIKE = {
    "莲": ["蓬"], "未": ["末"], "央": ["夹"], "阎": ["阁"], "鄠": ["鄂"], "益": ["盆"], "印": ["即"], "渭": ["滑"],
    "滨": ["演"], "陈": ["除"], "秦": ["奏"], "塞": ["寒"], "延": ["廷"], "木": ["术"], "旬": ["句"], "照": ["熙"],
    "窑": ["窖"], "陕": ["狭"], "特": ["恃"], "略": ["酪"], "横": ["模"], "雁": ["鹰"], "塔": ["墙"], "凤": ["凰"],
    "乾": ["翰"], "蒲": ["藩"], "汉": ["叹"], "郑": ["郸"], "勉": ["勋"], "神": ["祥"], "洛": ["浩"], "办": ["亦"],
}
SAME_SOUND = {
    "莲": ["练", "恋"], "湖": ["乎"], "灞": ["八", "巴"], "桥": ["悄", "俏"], "未": ["微", "味"], "央": ["扬", "洋"],
    "雁": ["言", "沿"], "塔": ["他", "它"], "阎": ["眼", "演"], "良": ["凉", "量"], "临": ["拎"], "潼": ["童", "铜"],
    "高": ["搞"], "陵": ["领", "另"], "鄠": ["户", "虎"], "邑": ["亦", "义"], "长": ["唱", "畅"], "王": ["旺", "望"],
    "益": ["意"], "印": ["引", "阴"], "耀": ["药", "腰"], "州": ["咒"], "渭": ["位", "围"], "滨": ["宾", "斌"],
    "陈": ["晨", "尘"], "仓": ["舱"], "凤": ["缝", "锋"], "翔": ["想", "乡"], "眉": ["煤", "枚"], "县": ["弦", "纤"],
    "千": ["浅", "钱"], "阳": ["痒"], "秦": ["琴", "勤"], "都": ["毒", "独"], "杨": ["养", "样"], "兴": ["性"],
    "乾": ["前", "迁"], "澄": ["程", "呈"], "蒲": ["铺", "葡"], "韩": ["含", "寒"], "宝": ["报", "包"], "塞": ["腮"],
    "延": ["严", "盐"], "子": ["咨"], "汉": ["旱", "涵"], "郑": ["整", "征"], "勉": ["免", "面"], "略": ["掠"],
    "神": ["深", "身"], "木": ["目", "墓"], "横": ["亨"], "旬": ["寻", "巡"], "洛": ["萝", "骡"], "照": ["找", "罩"],
    "金": ["晋", "劲"], "渠": ["趣", "驱"], "泥": ["腻"], "湾": ["丸", "挽"], "砖": ["专", "转"], "窑": ["摇", "咬"],
    "陕": ["扇", "善"], "西": ["悉", "惜"], "岭": ["铃", "凌"], "办": ["拌", "斑"],
    "保": ["暴"], "检": ["箭", "渐"],
}
TRAD_MODES = ["two_ends", "one_in_three", "all_save_final"]
# visible word separators other parts did not use: the runic multiple punctuation, the Aegean word separator dot, the
# Old Persian word divider, the Ethiopic comma and colon, the Tibetan double shad, Vai comma and full stop, the Bamum
# comma, the Brahmi danda, the Batak bindu na metek, the Lepcha nyet thyoom ta-rol, the Tai Tham kaan, the Buginese
# pallawa, the Cham danda, the Kayah Li shya, the Javanese pada pangkat, the Kharoshthi danda and the Siddham danda
SPACES = ["\u16ec", "\U00010101", "\U000103d0", "\u1363", "\u1365", "\u0f0e", "\ua60d", "\ua60e", "\ua6f5",
          "\U00011047", "\u1bfc", "\u1c3c", "\u1aa8", "\u1a1e", "\uaa5d", "\ua92f", "\ua9c7", "\U00010a56",
          "\U000115c2"]
DOUBLE_SPACE_P = 0.045
# the Duployan thick letter selector, the SignWriting fill modifier-2 and a few tag characters and variation
# selectors other parts did not use
ZERO_WIDTH = ["\U0001bc9d", "\U0001da9b", "\U000e003d", "\U000e004e", "\U000e0053", "\U000e005c",
              "\U000e006c", "\U000e0071", "\U000e007c", "\U000e0110", "\U000e011b", "\U000e012a"]
EMOJI = ["🥙", "🥝", "🗿", "🍑", "🎺", "🍇", "🛖", "🐐", "🥘", "🫑", "🧅", "🌯"]
BRACKETS = [("\U0001f676", "\U0001f677"), ("⟝", "⟞"), ("⧑", "⧒"), ("⩤", "⩥"), ("⊆", "⊇"), ("⋋", "⋌"),
            ("⊢", "⊣"), ("⋲", "⋺"), ("\U0001f880", "\U0001f882"), ("⮈", "⮊"), ("⯬", "⯮")]
FULLWIDTH_MODES = ["left_angle_below", "right_head_below", "left_half_ring_below", "right_half_ring_below"]
LEVEL_FORMS = ["sanqin_region", "daxian_capital", "xixian_area", "relevelled_name", "old_county_name",
               "prefecture_ahead", "town_to_prefecture"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}警民同心", "{nick}同心圆", "{S}反诈大喇叭"],
    "fabu": ["{S}大小事", "{nick}政声快递", "{S}政务百事"],
    "gov": ["{S}办事少跑腿", "{nick}跑一次就办"],
    "hrss": ["{S}稳岗就业", "{nick}人才港湾"],
    "emergency": ["{S}防灾明白人", "{nick}避险口诀"],
    "tax": ["{S}税事早知道", "{nick}税宣驿站"],
    "hotline": ["{S}有事您说话", "{nick}有呼必应"],
    "culture": ["{S}秦风雅韵", "{nick}访古笔记", "{S}皮影戏台"],
    "market": ["{S}公平秤", "{nick}明白秤"],
    "qinling24": ["{S}秦岭四宝", "{nick}护山人"],
    "shuibao24": ["{S}黄土变绿", "{nick}治沟造地"],
    "wenshi24": ["{S}书画雅集", "{nick}旧影留声"],
    "tushu24": ["{S}书香满城", "{nick}读书会"],
    "tejian24": ["{S}电梯安全课", "{nick}气瓶检验"],
    "taiban24": ["{S}台胞之家", "{nick}同胞情"],
    "town_jg24": ["{S}村账公开"],
    "town_sb24": ["{S}沟道平安"],
    "town_jl24": ["{S}老有所依"],
    "generic": ["{S}老陕聊天", "{nick}乡党圈", "{S}塬上人家"],
}


# ---- digit forms (the registered digit names are 12345 and 12366): a combining mark after every digit
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "left_angle_below": lambda s: _marks(s, "\u0349"),
    "right_head_below": lambda s: _marks(s, "\u0355"),
    "left_half_ring_below": lambda s: _marks(s, "\u031c"),
    "right_half_ring_below": lambda s: _marks(s, "\u0339"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _sanqin_region(u, acc):
    """The province's classical region word in place of the province's name (三秦发布 for 陕西发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return REGION_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return REGION_WORD + name[len(pl["S"]):]
    return None


def _daxian_capital(u, acc):
    """The capital-region word before one of the capital's districts (大西安雁塔发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] != "西安" or not name.startswith(pl["S"]):
        return None
    return CAPITAL_WORD + name


def _xixian_area(u, acc):
    """The new area's name before a district it administers in part (西咸秦都发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in NEW_AREA_PLACES or not name.startswith(pl["S"]):
        return None
    return NEW_AREA_WORD + name


def _relevelled_name(u, acc):
    """A district or county-level city written with the level it had before (临潼县发布 for 临潼发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PRIOR_LEVEL or not name.startswith(pl["S"]):
        return None
    return PRIOR_LEVEL[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _old_county_name(u, acc):
    """A district written with the county name it had before a renaming (户县发布 for 鄠邑发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    return OLD_NAME[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _prefecture_ahead(u, acc):
    """The prefecture-level city's name before a county-level name outside the capital (宝鸡渭滨发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] == "西安" or not name.startswith(pl["S"]):
        return None
    return par[0] + name


def _town_to_prefecture(u, acc):
    """A town put directly under its prefecture-level city, its county left out (延安南泥湾经管站)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + name


_FORM_MAKERS = {"sanqin_region": _sanqin_region, "daxian_capital": _daxian_capital, "xixian_area": _xixian_area,
                "relevelled_name": _relevelled_name, "old_county_name": _old_county_name,
                "prefecture_ahead": _prefecture_ahead, "town_to_prefecture": _town_to_prefecture}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the region word, towns their prefecture, renamed places mostly their old county name, re-levelled places mostly
    their former level, the other county-level units the capital-region word, the new area or their prefecture."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("sanqin_region", "town_to_prefecture"):
        if f in names:
            return f, names[f]
    for f in ("old_county_name", "relevelled_name", "xixian_area"):
        if f in names and _h(acc, "qf") % 3:
            return f, names[f]
    rest = [f for f in ("daxian_capital", "prefecture_ahead", "xixian_area", "relevelled_name", "old_county_name")
            if f in names]
    f = rest[_h(acc, "qr") % len(rest)]
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


def _t_two_ends(s, u, r):
    """The first and the last convertible characters (the one if there is only one)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, sorted({idx[0], idx[-1]}))


def _t_one_in_three(s, u, r):
    """The first, fourth, seventh ... convertible characters."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[::3])


def _t_all_save_final(s, u, r):
    """Every convertible character except the last (all if there are fewer than two)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[:-1] if len(idx) >= 2 else idx)


TRAD_FUNCS = {"two_ends": _t_two_ends, "one_in_three": _t_one_in_three, "all_save_final": _t_all_save_final}


# ---- image edits
def _terracotta(img, rng):
    """A terracotta look: luminance mapped onto a grey-ochre clay ramp, a little grain."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([74, 58, 46], float)
    light = np.array([208, 176, 140], float)
    gam = rng.uniform(0.9, 0.98)
    out = dark + (light - dark) * g ** gam
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"terracotta g{gam:.2f}"


def _loess_haze(img, rng):
    """A dust-storm haze: colours pulled towards a pale loess yellow, contrast flattened."""
    a = np.asarray(img, float)
    dust = np.array([222, 196, 142], float)
    k = rng.uniform(0.33, 0.39)
    out = (a - 128) * 0.8 + 128
    out = out * (1 - k) + dust * k
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"loess haze k{k:.2f}"


def _lacquer_two_tone(img, rng):
    """A black-and-vermilion lacquer look: dark tones to lacquer black, light tones to vermilion red."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    t = rng.uniform(0.44, 0.52)
    black = np.array([28, 20, 18], float)
    red = np.array([188, 46, 34], float)
    w = np.clip((g - t) * 6 + 0.5, 0, 1)
    out = black * (1 - w) + red * w
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"lacquer two-tone t{t:.2f}"


def _puppet_backlight(img, rng):
    """A shadow-puppet look: saturated colours over a warm backlit screen, edges darkened."""
    a = np.asarray(img, float)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    light = np.clip(1.1 - 0.45 * r2, 0.35, 1.0)[..., None]
    warm = np.array([255, 214, 150], float)
    k = rng.uniform(0.24, 0.3)
    mean = a.mean(axis=2, keepdims=True)
    sat = mean + (a - mean) * 1.35
    out = (sat * (1 - k) + warm * k) * light
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"puppet backlight k{k:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _city_wall(img, rng, P):
    """A city-wall frame: grey brick courses with crenellations along the top edge."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    bh = max(4, pad // 4)
    for row, y in enumerate(range(0, W, bh)):
        off = (row % 2) * bh
        for x in range(-off, W, 2 * bh):
            d.rectangle([x, y, x + 2 * bh - 2, y + bh - 2], fill=(128, 124, 118))
    step = max(6, W // 9)
    for x in range(0, W, step):
        d.rectangle([x, 0, x + step // 2, pad // 3], fill=(236, 232, 226))
    out.paste(img, (pad, pad))
    return out, "border city wall"


def _yaodong_window(img, rng, P):
    """A cave-dwelling window: an earth-yellow wall with a round arch, the picture behind a lattice."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (196, 162, 112))
    out.paste(img, (pad, pad))
    d = ImageDraw.Draw(out)
    m = Image.new("L", (W, W), 255)
    md = ImageDraw.Draw(m)
    md.rectangle([pad, pad + w // 2, W - pad, W - pad], fill=0)
    md.ellipse([pad, pad, W - pad, pad + w], fill=0)
    out.paste(Image.new("RGB", (W, W), rng.choice(P["border_colours"])), (0, 0), m)
    for k in range(1, 4):
        x = pad + k * w // 4
        d.line([(x, pad + w // 4), (x, W - pad)], fill=(92, 60, 36), width=2)
    return out, "border yaodong window"


def _bronze_band(img, rng, P):
    """A bronze-vessel band: a verdigris frame with a row of square spirals on each side."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (64, 112, 96))
    d = ImageDraw.Draw(out)
    s = max(6, pad // 2)
    col = rng.choice(P["border_colours"])
    for t in range(0, W - s, s + 2):
        for (x, y) in ((t, (pad - s) // 2), (t, W - pad + (pad - s) // 2), ((pad - s) // 2, t),
                       (W - pad + (pad - s) // 2, t)):
            d.rectangle([x, y, x + s, y + s], outline=col)
            d.rectangle([x + s // 4, y + s // 4, x + 3 * s // 4, y + 3 * s // 4], outline=col)
    out.paste(img, (pad, pad))
    return out, "border bronze band"


def _shot_face_check(img, rng, P, out_px):
    """A face-verification page for pension status: a blue header, a large empty circle, the avatar small above it,
    a long button."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (250, 251, 253))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(32, 110, 220))
    d.ellipse([int(0.25 * S), int(0.3 * S), int(0.75 * S), int(0.8 * S)], outline=(32, 110, 220), width=6)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.5 * S) - a // 2, int(0.14 * S)))
    d.rounded_rectangle([int(0.12 * S), int(0.86 * S), int(0.88 * S), int(0.94 * S)], radius=22, fill=(32, 110, 220))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot face check scale {a / S:.3f}"


def _shot_live_room(img, rng, P, out_px):
    """A live-stream room: a dark picture area, translucent comment bars at the bottom left, the avatar small in the
    host badge at the top left."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (38, 34, 44))
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle([int(0.03 * S), int(0.03 * S), int(0.42 * S), int(0.13 * S)], radius=20, fill=(80, 74, 90))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.04 * S), int(0.04 * S)))
    for k in range(4):
        y = int((0.6 + 0.08 * k) * S)
        d.rounded_rectangle([int(0.03 * S), y, int((0.45 + 0.08 * (k % 2)) * S), y + int(0.055 * S)], radius=12,
                            fill=(96, 90, 104))
    d.ellipse([int(0.84 * S), int(0.84 * S), int(0.95 * S), int(0.95 * S)], fill=(250, 60, 90))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot live room scale {a / S:.3f}"


def _shot_subsidy_list(img, rng, P, out_px):
    """A subsidy list notice: a red header band, numbered rows with a grey bar each, the avatar small at the top
    left beside the title."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 253, 248))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.16 * S)], fill=(196, 30, 36))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.05 * S), int(0.03 * S)))
    for k in range(8):
        y = int((0.24 + 0.085 * k) * S)
        d.ellipse([int(0.06 * S), y, int(0.1 * S), y + int(0.04 * S)], fill=(196, 30, 36))
        d.rectangle([int(0.14 * S), y + 6, int((0.6 + 0.04 * (k % 3)) * S), y + 16], fill=(200, 200, 204))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot subsidy list scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"terracotta": _terracotta, "loess_haze": _loess_haze,
                                   "lacquer_two_tone": _lacquer_two_tone, "puppet_backlight": _puppet_backlight},
                   border_funcs={"city_wall": _city_wall, "yaodong_window": _yaodong_window,
                                 "bronze_band": _bronze_band},
                   screenshot_funcs={"face_check": _shot_face_check, "live_room": _shot_live_room,
                                     "subsidy_list": _shot_subsidy_list},
                   resize_px=[247, 249, 251, 253, 254, 256, 257],
                   jpeg_q=(63, 71), crop_frac=(0.3388, 0.3398),
                   border_styles=["city_wall", "yaodong_window", "bronze_band"],
                   border_colours=[(168, 160, 150), (120, 34, 28), (212, 186, 120), (150, 142, 134),
                                   (100, 28, 24), (226, 204, 138)],
                   border_frac=(0.3863, 0.3877),
                   recolour_modes=["terracotta", "loess_haze", "lacquer_two_tone", "puppet_backlight"],
                   hue_shift=(254, 261), rotate_deg=(43.02, 43.18),
                   watermark_texts=["扫码激活", "套袋补助", "安置房认购", "人脸核验", "危房补助"],
                   watermark_alpha=(166, 178),
                   screenshot_styles=["face_check", "live_room", "subsidy_list"],
                   screenshot_scale=(0.1033, 0.1047))
P_IMPOSTOR_DERIVED = 0.549
P_IMPOSTOR_DEFAULT = 0.092
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.096
IMPOSTOR_VERIFIED = [("enterprise", "{S}秦川数智科技有限公司"), ("personal", "关中古建摄影人"),
                     ("other", "{S}果农互助促进会")]
IMPOSTOR_DESCS = ["{S}{fn}：苹果套袋补助本周截止，加薇{wx}上传果园照片和社保卡正反面",
                  "【{S}{fn}】城中村改造安置房内部认购，房源不多了，私信{wx}预约看房",
                  "{name}：秦务员账号异常会影响养老金发放，戳首页小程序做人脸年审",
                  "{S}{fn}：一喷三防补贴已下发，未到账的请联系企鹅号{qq}办理",
                  "{S}{fn}老号不再使用了，农村危房改造补助统一在本号登记，咨询加威信{wx}"]
MAX_PER_TARGET = 6

# Every two- and three-tactic combination that the builder can write is used by some other part, and dev15 ... dev23
# used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses (four
# impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_PR, _SS, _LP, _NP], 4),
    ([_SU, _PR, _SS, _RE], 4),
    ([_PR, _SS, _FW, _SP], 4),
    ([_SS, _ZW, _FW, _TR], 4),
    ([_LA, _SS, _EB, _SP], 4),
    ([_PR, _LA, _RE, _NP], 4),
    ([_EB, _ZW, _SP, _NP], 4),
    ([_PR, _RE, _ZW, _SP], 4),
    ([_EB, _FW, _LP, _NP], 4),
    ([_SU, _ZW, _FW, _TR], 4),
    ([_LA, _EB, _LP, _NP], 4),
    ([_SS, _RE, _EB, _TR], 4),
    ([_SU, _TR, _SP, _LP], 4),
    ([_SS, _SP, _LP, _NP], 4),
    ([_SU, _SS, _FW, _LP], 4),
    ([_SU, _LA, _TR, _LP], 4),
    ([_LA, _RE, _EB, _FW], 4),
    ([_PR, _SS, _FW, _NP], 4),
    ([_SU, _PR, _RE, _TR], 4),
    ([_PR, _LA, _FW, _SP], 4),
    ([_SU, _LA, _SS, _ZW], 4),
    ([_LA, _ZW, _SP, _LP], 4),
    ([_RE, _EB, _ZW, _NP], 4),
    ([_PR, _RE, _EB, _NP], 4),
    ([_SU, _ZW, _TR, _SP], 4),
    ([_RE, _EB, _FW, _TR], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture"]
_XZ = "西藏自治区"
OTHER_PLACES_CHAR = [
    dict(reg="莲湖", S="莲池", F="保定市莲池区", province="河北省", level=_C),
    dict(reg="莲湖", S="莲都", F="丽水市莲都区", province="浙江省", level=_C),
    dict(reg="雁塔", S="雁江", F="资阳市雁江区", province="四川省", level=_C),
    dict(reg="雁塔", S="雁峰", F="衡阳市雁峰区", province="湖南省", level=_C),
    dict(reg="临潼", S="临翔", F="临沧市临翔区", province="云南省", level=_C),
    dict(reg="高陵", S="高淳", F="南京市高淳区", province="江苏省", level=_C),
    dict(reg="高陵", S="高坪", F="南充市高坪区", province="四川省", level=_C),
    dict(reg="凤翔", S="凤泉", F="新乡市凤泉区", province="河南省", level=_C),
    dict(reg="秦都", S="秦州", F="天水市秦州区", province="甘肃省", level=_C),
    dict(reg="汉台", S="汉阳", F="武汉市汉阳区", province="湖北省", level=_C,
         units={"police": "武汉市公安局汉阳区分局"}),
    dict(reg="汉台", S="汉南", F="武汉市汉南区", province="湖北省", level=_C,
         units={"police": "武汉市公安局汉南区分局"}),
    dict(reg="洛南", S="洛龙", F="洛阳市洛龙区", province="河南省", level=_C),
    dict(reg="洛南", S="洛江", F="泉州市洛江区", province="福建省", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="蒲城", S="浦城", F="浦城县", province="福建省", level=_C, depts=_F3),
    dict(reg="旬阳", S="浔阳", F="九江市浔阳区", province="江西省", level=_C, depts=_F3,
         units={"police": "九江市公安局浔阳分局"}),
    dict(reg="兴平", S="新平", F="新平彝族傣族自治县", province="云南省", level=_C, depts=_F3),
    dict(reg="略阳", S="洛阳", F="洛阳市", province="河南省", depts=_F3),
    dict(reg="陕西", S="山西", F="山西省", province="山西省", level="province",
         depts=["fabu", "police", "hrss", "hotline", "culture"]),
    dict(reg="凤翔", S="奉贤", F="上海市奉贤区", province="上海市", level=_C, depts=_F3 + ["tax"],
         units={"tax": "国家税务总局上海市奉贤区税务局"}),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
TEMPLATE_NEGS = [
    ("堆龙德庆", "拉萨市堆龙德庆区", _XZ, "police"), ("桑珠孜", "日喀则市桑珠孜区", _XZ, "fabu"),
    ("卡若", "昌都市卡若区", _XZ, "police"), ("巴宜", "林芝市巴宜区", _XZ, "fabu"),
    ("乃东", "山南市乃东区", _XZ, "procur"), ("贡嘎", "贡嘎县", _XZ, "police"),
    ("琼结", "琼结县", _XZ, "fabu"), ("洛扎", "洛扎县", _XZ, "police"),
    ("错那", "错那市", _XZ, "fabu"), ("浪卡子", "浪卡子县", _XZ, "police"),
    ("色尼", "那曲市色尼区", _XZ, "procur"), ("嘉黎", "嘉黎县", _XZ, "fabu"),
    ("聂荣", "聂荣县", _XZ, "police"), ("申扎", "申扎县", _XZ, "fabu"),
    ("班戈", "班戈县", _XZ, "police"), ("巴青", "巴青县", _XZ, "procur"),
    ("双湖", "双湖县", _XZ, "police"), ("噶尔", "噶尔县", _XZ, "police"),
    ("札达", "札达县", _XZ, "fabu"), ("日土", "日土县", _XZ, "police"),
    ("革吉", "革吉县", _XZ, "fabu"), ("改则", "改则县", _XZ, "procur"),
    ("措勤", "措勤县", _XZ, "police"), ("南木林", "南木林县", _XZ, "fabu"),
    ("昂仁", "昂仁县", _XZ, "police"), ("谢通门", "谢通门县", _XZ, "fabu"),
    ("定结", "定结县", _XZ, "procur"), ("仲巴", "仲巴县", _XZ, "police"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="陕西日报", platform="weibo", vtype="media", reason="陕西日报社官方微博", desc="三秦要闻。",
         logo_text="陕报"),
    dict(name="群众新闻", platform="douyin", vtype="media", reason="陕西日报社新媒体平台官方账号",
         desc="陕西日报社新闻客户端。", logo_text="群众"),
    dict(name="三秦都市报", platform="toutiao", vtype="media", reason="陕西日报社三秦都市报官方账号",
         desc="西安都市新闻。", logo_text="三秦"),
    dict(name="华商报", platform="wechat", vtype="media", reason="华商报社", desc="都市报公众号。", logo_text="华商"),
    dict(name="西部网", platform="kuaishou", vtype="media", reason="陕西广播电视台西部网官方账号",
         desc="重点新闻网站短视频。", logo_text="西部"),
    dict(name="西安日报", platform="wechat", vtype="media", reason="西安日报社", desc="古城要闻。"),
    dict(name="西安晚报", platform="weibo", vtype="media", reason="西安日报社晚报官方微博", desc="西安晚报新闻。"),
    dict(name="宝鸡日报", platform="kuaishou", vtype="media", reason="宝鸡日报社官方账号", desc="宝鸡新闻。",
         logo_text="宝报"),
    dict(name="咸阳日报", platform="wechat", vtype="media", reason="咸阳日报社", desc="咸阳新闻。"),
    dict(name="渭南日报", platform="toutiao", vtype="media", reason="渭南日报社官方账号", desc="渭南新闻。"),
    dict(name="延安日报", platform="douyin", vtype="media", reason="延安日报社官方账号", desc="延安新闻。"),
    dict(name="汉中日报", platform="wechat", vtype="media", reason="汉中日报社", desc="汉中新闻。"),
    dict(name="安康日报", platform="toutiao", vtype="media", reason="安康日报社官方账号", desc="安康新闻。"),
    dict(name="商洛日报", platform="weibo", vtype="media", reason="商洛日报社官方微博", desc="商洛新闻。"),
    dict(name="榆林日报", platform="douyin", vtype="media", reason="榆林日报社官方账号", desc="榆林新闻。"),
    dict(name="铜川日报", platform="kuaishou", vtype="media", reason="铜川日报社官方账号", desc="铜川新闻。"),
    dict(name="韩城融媒", platform="douyin", vtype="media", reason="韩城市融媒体中心官方账号", desc="韩城新闻。"),
    dict(name="眉县融媒", platform="kuaishou", vtype="media", reason="眉县融媒体中心官方账号", desc="眉县新闻。"),
    dict(name="乾县融媒", platform="toutiao", vtype="media", reason="乾县融媒体中心官方账号", desc="乾县新闻。"),
    dict(name="陕西交通广播", platform="weibo", vtype="media", reason="陕西广播电视台交通广播官方微博",
         desc="路况与出行广播。", logo_text="交广"),
    dict(name="雁塔公安警事", platform="douyin", vtype="media", reason="西安广播电视台官方账号",
         desc="电视台法治栏目，讲述派出所民警的日常，并非公安机关账号。", logo_text="警事"),
    dict(name="临渭12345追踪", platform="toutiao", vtype="media", reason="渭南广播电视台官方账号",
         desc="电视台民生栏目，追踪热线诉求的办理进度。", logo_text="追踪"),
    dict(name="灞桥文旅行", platform="wechat", vtype="media", reason="西安广播电视台",
         desc="电视台文旅栏目，走访灞河沿岸，并非文旅局账号。", logo_text="旅行"),
    dict(name="汉台公安现场", platform="douyin", vtype="media", reason="汉中广播电视台官方账号",
         desc="电视台法治栏目，跟拍民警出警，并非公安账号。", logo_text="现场"),
    dict(name="陕西交警高速播报", platform="bilibili", vtype="media", reason="陕西广播电视台官方账号",
         desc="交通广播的高速路况节目，并非交警账号。", logo_text="播报"),
    dict(name="凤翔税务讲堂", platform="toutiao", vtype="media", reason="宝鸡日报社官方账号",
         desc="报社经济栏目，邀请税务干部答疑，不是税务机关账号。", logo_text="讲堂"),
]
PERSONAL = [
    dict(name="临潼石榴园果农", platform="kuaishou", vtype="personal", reason="果农"),
    dict(name="眉县太白山驴友", platform="weibo", avatar="scenery"),
    dict(name="乾县梁山放羊娃", platform="kuaishou"),
    dict(name="杨陵农科城研究生", platform="weibo", vtype="personal", reason="西北农林科技大学学生"),
    dict(name="韩城古城民宿老板娘", platform="douyin"),
    dict(name="安塞腰鼓队老刘", platform="kuaishou", avatar="default"),
    dict(name="宝塔山下老知青", platform="toutiao"),
    dict(name="神木开车的老张", platform="douyin"),
    dict(name="横山说书人", platform="kuaishou", vtype="personal", reason="陕北说书艺人"),
    dict(name="汉台面皮摊主", platform="douyin"),
    dict(name="南郑汉山徒步", platform="weibo", avatar="scenery"),
    dict(name="旬阳拐枣树下", platform="kuaishou"),
    dict(name="白河木瓜园主", platform="douyin"),
    dict(name="商州二龙山晨练", platform="kuaishou", avatar="default"),
    dict(name="洛南核桃种植户", platform="douyin"),
    dict(name="澄城黑陶手艺人", platform="toutiao", vtype="personal", reason="黑陶手艺人"),
    dict(name="蒲城杆火技艺", platform="weibo", vtype="personal", reason="民间焰火艺人"),
    dict(name="阎良飞机迷", platform="weibo"),
    dict(name="灞桥骑车看柳", platform="douyin", avatar="scenery"),
    dict(name="高陵辅警小雷", platform="douyin", vtype="personal", reason="西安市公安局高陵分局辅警",
         desc="分享交通安全常识。"),
    dict(name="律师老秦聊征收", platform="toutiao", vtype="personal", reason="陕西某律师事务所律师"),
    dict(name="山村教师小杜", platform="toutiao", vtype="personal", reason="略阳县某小学教师"),
    dict(name="大唐不夜城打卡", platform="douyin", avatar="scenery"),
    dict(name="天天转陕西发布", platform="weibo", vtype="personal", reason="退休中学语文教师",
         desc="转发陕西发布的消息，个人账号，非官方。"),
    dict(name="打过雁塔12345的老郭", platform="toutiao", vtype="personal", reason="社区楼栋长",
         desc="记录自己反映问题的经过，个人账号。"),
    dict(name="乾县文旅游记本", platform="wechat", desc="个人游记，记录在乾县游玩的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="陕西公安器材专卖", platform="weibo", vtype="enterprise", reason="西安某商贸有限公司",
         desc="销售执勤装备和反光背心，私营企业，与公安机关没有关系。", logo_text="器材"),
    dict(name="韩城文旅客栈", platform="wechat", vtype="enterprise", reason="韩城某旅游服务有限公司",
         desc="客栈住宿预订，企业账号，与文旅部门无关。"),
    dict(name="陕西税务代理中心", platform="douyin", vtype="enterprise", reason="西安某财税咨询有限公司",
         desc="代办记账报税和财税咨询，私营公司，与税务机关没有关系。"),
    dict(name="临潼石榴", platform="douyin"),
    dict(name="乾县锅盔", platform="kuaishou"),
    dict(name="兴平辣椒", platform="douyin"),
    dict(name="澄城手工挂面", platform="kuaishou"),
    dict(name="蒲城酥梨", platform="douyin", vtype="enterprise", reason="渭南某果品有限公司"),
    dict(name="韩城花椒", platform="kuaishou"),
    dict(name="宝塔小米", platform="douyin"),
    dict(name="延长红富士", platform="douyin"),
    dict(name="子长煎饼", platform="kuaishou"),
    dict(name="汉台热米皮", platform="douyin"),
    dict(name="略阳乌鸡", platform="kuaishou", vtype="enterprise", reason="汉中某养殖有限公司"),
    dict(name="神木炖羊肉", platform="douyin"),
    dict(name="横山羊肉馆", platform="kuaishou"),
    dict(name="旬阳拐枣酒", platform="douyin", vtype="enterprise", reason="安康某酒业有限公司"),
    dict(name="白河木瓜酒", platform="kuaishou"),
    dict(name="商州核桃", platform="douyin"),
    dict(name="洛南豆腐", platform="kuaishou", avatar="default"),
    dict(name="阎良甜瓜", platform="douyin"),
    dict(name="灞桥樱桃采摘园", platform="wechat", vtype="enterprise", reason="西安某农业观光有限公司"),
    dict(name="未央汽配城", platform="kuaishou", vtype="enterprise", reason="西安某汽车配件有限公司"),
    dict(name="莲湖泡馍馆", platform="douyin", avatar="default"),
    dict(name="渭滨机床配件", platform="kuaishou"),
    dict(name="勉县茶叶", platform="douyin", vtype="enterprise", reason="汉中某茶业有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("陈仓", "坪头", "坪头镇", ["town_jl24"]), ("临渭", "下邽", "下邽镇", ["town_jg24"]),
    ("蒲城", "罕井", "罕井镇", ["town_sb24"]), ("澄城", "尧头", "尧头镇", ["town_jl24"]),
    ("勉县", "定军山", "定军山镇", ["town_jg24"]), ("略阳", "接官亭", "接官亭镇", ["town_sb24"]),
    ("汉滨", "瀛湖", "瀛湖镇", ["town_jl24"]), ("白河", "构扒", "构扒镇", ["town_jg24"]),
    ("千阳", "草碧", "草碧镇", ["town_sb24"]), ("乾县", "注泔", "注泔镇", ["town_jl24"]),
]
UNREG_CITY = [
    ("陕西", "edu", 0), ("陕西", "fire", 0), ("陕西", "civil", 0), ("陕西", "health", 0),
    ("山东", "taiban24", 0), ("广东", "tejian24", 0), ("陕西", "tushu24", 0),
    ("莲湖", "police", 0), ("灞桥", "police", 0), ("未央", "police", 0), ("雁塔", "police", 0),
    ("阎良", "police", 0), ("临潼", "police", 0), ("长安", "police", 0),
    ("秦都", "police", 0), ("宝塔", "police", 0), ("神木", "police", 0),
    ("陕西", "veterans", 0), ("陕西", "tejian24", 0),
    ("榆阳", "fabu", 0), ("洛川", "fabu", 0), ("城固", "fabu", 0), ("石泉", "fabu", 0),
    ("丹凤", "fabu", 0), ("山阳", "fabu", 0), ("绥德", "fabu", 0), ("米脂", "fabu", 0),
    ("榆阳", "police", 0), ("陕西", "eco", 0),
    ("韩城", "police", 0), ("子长", "hotline", 0),
    ("雁塔", "culture", 0), ("宝塔", "culture", 0), ("汉台", "culture", 0),
    ("鄠邑", "culture", 0), ("莲湖", "culture", 0),
    ("陕西", "weather", 0), ("华州", "police", 0), ("安塞", "police", 0),
    ("鄠邑", "qinling24", 1), ("洛南", "qinling24", 1),
    ("宝鸡", "fabu", 0), ("渭南", "fabu", 0), ("延安", "fabu", 0), ("汉中", "fabu", 0), ("商洛", "fabu", 0),
    ("延长", "shuibao24", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level places and their towns: region names the prefecture-level city; towns answer to the
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
    print("building dev24 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev24\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
