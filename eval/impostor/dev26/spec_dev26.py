"""Twenty-sixth dev part (dev26; built 2026-12-05 in the twenty-third session as the twenty-second blind held-out
part, demoted to tuning data in the twenty-fourth session).
Run: python eval/impostor/dev26/spec_dev26.py

Built blind (see README.intro.md for exactly what the builder read).  Units, places and every word list here are
new relative to dev/ ... dev25/ wherever the real inventory allows; the unavoidable reuses are listed in
README.intro.md.  Most units belong to a province-level division that no other part registers (its provincial
bodies, and districts, counties and county-level cities across all its prefecture-level divisions, plus a few
towns), plus one unused provincial body each of Shandong and Guangdong, so the registry is the supervising office's
registry for three provinces.  Part-specific machinery (new unit and town kinds, level forms, traditional-form
modes, digit forms, colour filters, frames, screenshot layouts, the registry's region fix) lives in this file, not
in gen_common.py.
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

PART = "dev26"
SEED = 81353
CRAWL_DAY = "2026-06-30"

# ------------------------------------------------------------------ unit kinds new in this part
_NEW_DEPTS = {
    "baogeng23": ("{F}保护性耕作推进中心", "{F}保护性耕作工作站", ["{S}保护性耕作", "{S}保耕"], "leaf", None,
                  "发布秸秆覆盖免耕播种、耕地养护和农机作业信息"),
    "renshen23": ("{F}人参产业发展中心", "{F}人参产业服务中心", ["{S}人参产业", "{S}参业"], "leaf", None,
                  "发布人参种植规范、参园用地和道地药材品牌信息"),
    "hubao23": ("东北虎豹国家公园{F}管理分局", "{F}虎豹公园管护站", ["{S}虎豹公园", "{S}虎豹巡护"], "mountain",
                None, "发布野生动物监测、巡护清山和人兽冲突防范信息"),
    "chagan23": ("{F}查干湖渔业管理中心", "{F}查干湖渔政站", ["{S}查干湖", "{S}查干湖渔业"], "waves", None,
                 "发布湖区禁渔期、冰面安全和渔业资源保护信息"),
    "yanwu23": ("{F}盐务局", "{F}盐务局", ["{S}盐务", "{S}盐务局"], "coin", None,
                "发布食盐质量安全、盐业市场监管和碘盐供应信息"),
    "dangshi23": ("中共{F}委党史研究室", "中共{F}委党史研究室", ["{S}党史", "{S}党史研究"], "book", None,
                  "发布地方党史资料、纪念场馆和党史学习教育信息"),
}
for _k, _v in _NEW_DEPTS.items():
    G.DEPTS.setdefault(_k, _v)
_NEW_TOWN = {
    "town_ym23": ("{F}{DF}玉米烘干服务站", ["{DS}烘干站", "{DS}玉米烘干"], "coin", None,
                  "发布玉米烘干排队、晾晒仓储和售粮预约信息"),
    "town_yy23": ("{F}{DF}水稻育秧服务站", ["{DS}育秧站", "{DS}水稻育秧"], "leaf", None,
                  "发布大棚育秧、插秧农时和稻田灌溉信息"),
    "town_lw23": ("{F}{DF}林蛙养殖服务站", ["{DS}林蛙站", "{DS}林蛙养殖"], "waves", None,
                  "发布林蛙放养许可、越冬管理和山林防火信息"),
}
for _k, _v in _NEW_TOWN.items():
    G.DISTRICT_DEPTS.setdefault(_k, _v)
for _k, _v in {"baogeng23": "保护性耕作", "renshen23": "人参产业", "hubao23": "虎豹公园", "chagan23": "查干湖",
               "yanwu23": "盐务", "dangshi23": "党史", "town_ym23": "烘干站", "town_yy23": "育秧站",
               "town_lw23": "林蛙站"}.items():
    G.FN.setdefault(_k, _v)

# county-level places are built as "city" places; their prefecture-level division (short, full)
_CC, _JL, _SP = ("长春", "长春市"), ("吉林", "吉林市"), ("四平", "四平市")
_LY, _TH, _BS = ("辽源", "辽源市"), ("通化", "通化市"), ("白山", "白山市")
_SY, _BC, _YB = ("松原", "松原市"), ("白城", "白城市"), ("延边", "延边朝鲜族自治州")
PARENT = {"南关": _CC, "绿园": _CC, "双阳": _CC, "二道": _CC, "九台": _CC, "农安": _CC, "榆树": _CC, "德惠": _CC,
          "公主岭": _CC,
          "昌邑": _JL, "船营": _JL, "丰满": _JL, "永吉": _JL, "蛟河": _JL, "桦甸": _JL, "舒兰": _JL, "磐石": _JL,
          "梨树": _SP, "伊通": _SP, "双辽": _SP,
          "东丰": _LY, "东辽": _LY,
          "东昌": _TH, "辉南": _TH, "柳河": _TH, "梅河口": _TH, "集安": _TH,
          "浑江": _BS, "江源": _BS, "抚松": _BS, "靖宇": _BS, "长白": _BS, "临江": _BS,
          "宁江": _SY, "前郭": _SY, "长岭": _SY, "乾安": _SY, "扶余": _SY,
          "洮北": _BC, "镇赉": _BC, "通榆": _BC, "洮南": _BC, "大安": _BC,
          "延吉": _YB, "图们": _YB, "敦化": _YB, "珲春": _YB, "龙井": _YB, "和龙": _YB, "汪清": _YB, "安图": _YB}
REGION_NAME = "吉林"
# the province's poetic region word (its mountain and its river), written in place of the province's name
REGION_WORD = "白山松水"
# the capital-region word written before one of the capital's districts or counties
CAPITAL_WORD = "大长春"
# the state-level new area that administers parts of a district of the capital
NEW_AREA_WORD = "长春新区"
NEW_AREA_PLACES = {"九台", "二道"}
# the mountain's name written before the counties around it
MOUNTAIN_WORD = "长白山"
MOUNTAIN_PLACES = {"抚松", "长白", "安图", "临江"}
# the prefecture-level city a county-level city belonged to until 2020
FORMER_PARENT = {"公主岭": "四平"}
# the county-level city the province administers directly: the province's name written before it
PROVINCE_DIRECT = {"梅河口"}
# the autonomous prefecture's short form with the prefecture word
ZHOU_SHORT = "延边州"
# districts and county-level cities written with the level they had before (same name)
PRIOR_LEVEL = {"九台": "九台市", "扶余": "扶余县", "双阳": "双阳县", "江源": "江源县", "敦化": "敦化县"}
# districts and counties written with the name they had before a renaming
OLD_NAME = {"浑江": "八道江区", "前郭": "郭尔罗斯前旗"}

# ------------------------------------------------------------------ registry
_2 = ["weibo", "wechat"]
_3 = ["weibo", "wechat", "douyin"]
_3k = ["wechat", "douyin", "kuaishou"]
_3t = ["wechat", "douyin", "toutiao"]
_4 = ["weibo", "wechat", "douyin", "kuaishou"]
_4b = ["weibo", "wechat", "douyin", "bilibili"]
PROVINCES = [
    dict(S="吉林", F="吉林省", area="0431", landmark="mountain", nick="雾凇江畔",
         depts=[("fabu", {"platforms": ["weibo", "wechat", "douyin", "toutiao", "kuaishou"]}),
                ("police", {"platforms": _3}),
                ("gov", {"name_idx": 1, "avatar": "state_emblem", "platforms": _3}),
                ("health", {"name_idx": 2, "platforms": _3}),
                ("tax", {"platforms": ["weibo", "wechat", "toutiao"], "names": {"wechat": "{S}12366"}}),
                ("hotline", {"platforms": _4}),
                ("culture", {"avatar": "distinctive", "platforms": _4b}),
                ("medins", {"platforms": _2}),
                ("baogeng23", {"name_idx": 0, "platforms": _3}),
                ("renshen23", {"name_idx": 0, "platforms": _3}),
                ("hubao23", {"name_idx": 0, "platforms": _2}),
                ("chagan23", {"name_idx": 0, "platforms": _2})]),
    dict(S="山东", F="山东省", area="0531", landmark="waves", nick="海盐古埠",
         depts=[("yanwu23", {"name_idx": 0, "platforms": _3})]),
    dict(S="广东", F="广东省", area="020", landmark="tower", nick="岭南红色足迹",
         depts=[("dangshi23", {"name_idx": 0, "platforms": ["weibo", "wechat", "toutiao"]})]),
]


def _c(S, F, area, landmark, nick, depts, districts=None, province="吉林省"):
    d = dict(S=S, F=F, province=province, area=area, landmark=landmark, nick=nick, depts=depts)
    if districts:
        d["districts"] = districts
    return d


_DC = {"avatar": "distinctive", "platforms": _3}
CITIES = [
    # ---- districts, counties and county-level cities of the new province
    _c("南关", "南关区", "0431", "mountain", "净月潭边",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2})]),
    _c("绿园", "绿园区", "0431", "skyline", "一汽老厂区", [("fabu", {"platforms": _3})]),
    _c("双阳", "双阳区", "0431", "waves", "双阳湖畔", [("fabu", {"platforms": _2})]),
    _c("二道", "二道区", "0431", "mountain", "劝农山下", [("fabu", {"platforms": _2})]),
    _c("九台", "九台区", "0431", "waves", "饮马河畔", [("fabu", {"platforms": _2})]),
    _c("农安", "农安县", "0431", "pagoda", "黄龙府故地", [("fabu", {"platforms": _3})]),
    _c("榆树", "榆树市", "0431", "sun", "黄金粮仓", [("fabu", {"platforms": _4}), ("police", {"platforms": _3})],
       [dict(DS="弓棚", DF="弓棚镇", depts=["town_ym23"])]),
    _c("德惠", "德惠市", "0431", "waves", "松江湾畔", [("fabu", {"platforms": _2})]),
    _c("公主岭", "公主岭市", "0431", "sun", "岭城沃野",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})],
       [dict(DS="范家屯", DF="范家屯镇", depts=["town_ym23"])]),
    _c("昌邑", "昌邑区", "0432", "mountain", "玄天岭下", [("fabu", {"platforms": _2})]),
    _c("船营", "船营区", "0432", "pagoda", "北山庙会", [("fabu", {"platforms": _3})]),
    _c("永吉", "永吉县", "0432", "waves", "星星哨水库",
       [("fabu", {"platforms": _3}), ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}}),
        ("market", {"name_idx": 0, "platforms": _2})]),
    _c("蛟河", "蛟河市", "0432", "mountain", "拉法山", [("fabu", {"platforms": _2})]),
    _c("桦甸", "桦甸市", "0432", "mountain", "红石林海",
       [("fabu", {"platforms": _3}), ("tax", {"platforms": _2, "names": {"wechat": "{S}12366"}})]),
    _c("磐石", "磐石市", "0432", "mountain", "官马溶洞", [("fabu", {"platforms": _2})]),
    _c("梨树", "梨树县", "0434", "sun", "叶赫那拉故里",
       [("fabu", {"platforms": _3}), ("baogeng23", {"name_idx": 0})]),
    _c("伊通", "伊通满族自治县", "0434", "mountain", "火山群", [("fabu", {"platforms": _3k})]),
    _c("东丰", "东丰县", "0437", "sun", "鹿乡画乡", [("fabu", {"platforms": _3})]),
    _c("东昌", "东昌区", "0435", "pagoda", "玉皇山", [("fabu", {"platforms": _3})]),
    _c("辉南", "辉南县", "0435", "waves", "三角龙湾", [("fabu", {"platforms": _2})]),
    _c("柳河", "柳河县", "0435", "mountain", "罗通山城",
       [("fabu", {"platforms": _3}), ("police", {"platforms": _2}), ("hotline", {"platforms": _2})]),
    _c("梅河口", "梅河口市", "0435", "waves", "海龙湖",
       [("fabu", {"platforms": _4}), ("hotline", {"platforms": _3})],
       [dict(DS="山城", DF="山城镇", depts=["town_yy23"])]),
    _c("集安", "集安市", "0435", "tower", "高句丽王城",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC)), ("market", {"name_idx": 0, "platforms": _3})]),
    _c("浑江", "浑江区", "0439", "waves", "浑江河谷", [("fabu", {"platforms": _2})]),
    _c("江源", "江源区", "0439", "mountain", "松花石之乡", [("fabu", {"platforms": _2})]),
    _c("抚松", "抚松县", "0439", "mountain", "参乡万良",
       [("fabu", {"platforms": _3}), ("renshen23", {"name_idx": 0})],
       [dict(DS="万良", DF="万良镇", depts=["town_lw23"])]),
    _c("长白", "长白朝鲜族自治县", "0439", "mountain", "望天鹅",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    _c("临江", "临江市", "0439", "tower", "四保临江", [("fabu", {"platforms": _2})]),
    _c("宁江", "宁江区", "0438", "tower", "伯都讷古城", [("fabu", {"platforms": _3})]),
    _c("前郭", "前郭尔罗斯蒙古族自治县", "0438", "waves", "查干湖冰面",
       [("fabu", {"platforms": _4}), ("culture", dict(_DC))]),
    _c("长岭", "长岭县", "0438", "sun", "龙凤湖畔", [("fabu", {"platforms": _3t})]),
    _c("扶余", "扶余市", "0438", "tower", "得胜陀",
       [("fabu", {"platforms": _2}), ("hotline", {"platforms": _3})]),
    _c("洮北", "洮北区", "0436", "waves", "鹤鸣湿地", [("fabu", {"platforms": _3})]),
    _c("镇赉", "镇赉县", "0436", "waves", "莫莫格", [("fabu", {"platforms": _2})]),
    _c("通榆", "通榆县", "0436", "sun", "向海", [("fabu", {"platforms": _2})]),
    _c("大安", "大安市", "0436", "waves", "嫩江湾", [("fabu", {"platforms": _2})]),
    _c("延吉", "延吉市", "0433", "skyline", "帽儿山",
       [("fabu", {"platforms": _4}), ("hotline", {"platforms": _3})]),
    _c("敦化", "敦化市", "0433", "pagoda", "六鼎山",
       [("fabu", {"platforms": _3}), ("hotline", {"platforms": _3})]),
    _c("珲春", "珲春市", "0433", "waves", "一眼望三国",
       [("fabu", {"platforms": _3})]),
    _c("和龙", "和龙市", "0433", "sun", "金达莱村", [("fabu", {"platforms": _2})]),
    _c("汪清", "汪清县", "0433", "mountain", "满天星",
       [("fabu", {"platforms": _2})]),
    _c("安图", "安图县", "0433", "mountain", "长白山北麓",
       [("fabu", {"platforms": _3}), ("culture", dict(_DC))]),
    # ---- places that only have unregistered units here
    _c("丰满", "丰满区", "0432", "waves", "丰满", []),
    _c("舒兰", "舒兰市", "0432", "sun", "舒兰", []),
    _c("双辽", "双辽市", "0434", "sun", "双辽", []),
    _c("东辽", "东辽县", "0437", "mountain", "东辽", []),
    _c("靖宇", "靖宇县", "0439", "mountain", "靖宇", []),
    _c("乾安", "乾安县", "0438", "sun", "乾安", []),
    _c("洮南", "洮南市", "0436", "sun", "洮南", []),
    _c("图们", "图们市", "0433", "waves", "图们", []),
    _c("龙井", "龙井市", "0433", "mountain", "龙井", []),
    # ---- prefecture-level cities (not registered; only unregistered units here)
    _c("四平", "四平市", "0434", "tower", "四平", []),
    _c("辽源", "辽源市", "0437", "mountain", "辽源", []),
    _c("通化", "通化市", "0435", "mountain", "通化", []),
    _c("松原", "松原市", "0438", "waves", "松原", []),
    _c("白城", "白城市", "0436", "sun", "白城", []),
]


# Platforms of units without an explicit list: picked from the place and the department by a hash (not from the
# builder's random stream), so that the registry's size could be tuned without reshuffling the rest of the part.
_AUTO_PLATS = [_3, _2, ["wechat", "douyin"], _3t, _2, ["weibo", "wechat", "toutiao"], _3, _3k, _2, _3]


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

RENAME_SHARE = 0.0687


def rename(name, u, acc, r):
    """How registered accounts drift on the platform (label stays 'registered'): another official wording."""
    pl = u["place"]
    S = pl.get("DS", pl["S"])
    d = u["dept"]
    opts = []
    if d in ("fabu", "fabu_d") and name == S + "发布":
        opts.append(S + "发布政情通")
    if d == "police" and name == S + "公安":
        opts.append(S + "公安在线警务室")
    if d == "hotline" and name == S + "12345":
        opts.append(S + "12345吉时应")
    if d == "culture" and name == S + "文旅":
        opts.append(S + "文旅雪乡行")
    if d == "baogeng23" and name == S + "保护性耕作":
        opts.append(S + "保护性耕作在田间")
    if d == "renshen23" and name == S + "人参产业":
        opts.append(S + "人参产业资讯")
    if d == "hubao23" and name == S + "虎豹公园":
        opts.append(S + "虎豹公园巡护日志")
    return r.choice(opts) if opts else None


# ------------------------------------------------------------------ impostor vocabulary (this part only)
SUFFIXES = ["吉事办刷脸核验", "玉米生产者补贴", "免耕播种补助", "人参地补偿款", "头鱼竞拍登记", "棚改新房摇号",
            "供热费清退", "冷面", "打糕", "铁锅炖大鹅", "黏火勺", "油豆角", "杀猪菜", "辣白菜", "苹果梨",
            "松花石砚", "鹿茸片", "\u2e53这嘎达才是真的", "\u2e42那个号别整了", "\u2bea这才是正号\u2beb",
            "\u1d0a\u029f", "\u2603", "\u26f8", "\u2e51", "\u2e52"]
PREFIXES = ["吉", "雪城", "北国江城", "雾凇之都", "贼拉好\u2e4e", "杠杠的\u2e4e", "麻溜儿\u2e4e", "别磨叽\u2e4e",
            "埋汰不\u2e4e", "嘚瑟啥\u2e4e", "整挺好\u2e4e", "\u2bea过期作废\u2beb", "\u2bea名单内部公示\u2beb",
            "\u2bea今晚系统关闭\u2beb", "\u2e4a", "\u2e4b", "松辽平原", "图们江边"]
LOOKALIKE = {
    "绿": ["缘"], "园": ["国"], "惠": ["患"], "船": ["舶"], "蛟": ["蚊"], "桦": ["样"], "甸": ["句"], "舒": ["野"],
    "伊": ["使"], "辽": ["迁"], "柳": ["铆"], "集": ["巢"], "抚": ["托"], "松": ["粉"], "郭": ["鄂"], "扶": ["抉"],
    "洮": ["沸"], "镇": ["镜"], "赉": ["费"], "图": ["圃"], "敦": ["敷"], "汪": ["汗"], "城": ["缄"], "余": ["杂"],
}
SAME_SOUND = {
    "绿": ["律"], "园": ["员", "援"], "九": ["玖", "韭"], "榆": ["于", "逾"], "树": ["术", "述"], "惠": ["讳", "卉"],
    "邑": ["易", "译"], "船": ["传"], "营": ["蝇", "萤"], "丰": ["疯"], "永": ["恿"], "吉": ["级", "籍"],
    "蛟": ["交", "焦"], "河": ["阂"], "桦": ["话", "画"], "甸": ["滇"], "磐": ["盘"], "梨": ["离", "黎"],
    "伊": ["衣", "壹"], "辽": ["僚", "燎"], "源": ["辕"], "化": ["话"], "辉": ["恢"], "梅": ["煤", "枚"],
    "集": ["及", "即"], "江": ["僵"], "抚": ["辅", "斧"], "靖": ["境", "敬"], "宇": ["语", "羽"], "前": ["钳"],
    "郭": ["锅"], "乾": ["钱"], "扶": ["福", "俘"], "余": ["愚"], "洮": ["淘", "陶"], "赉": ["赖"],
    "延": ["言", "颜"], "图": ["徒", "屠"], "敦": ["墩"], "珲": ["灰"], "井": ["颈"], "和": ["盒"], "县": ["腺"],
    "区": ["躯"], "主": ["煮", "嘱"],
}
TRAD_MODES = ["first_only", "every_other", "final_three"]
# visible word separators other parts did not use: the Mongolian birga, ellipsis and colon (the script of the
# Manchu and Mongol names of the province's places), the old Chinese hook and iteration marks, the part alternation
# mark, the postal mark face, the ideographic variation indicator, the vertical ideographic iteration mark, a few
# medieval and Glagolitic punctuation marks (turned semicolon, turned dagger, double suspension mark, the kavyka marks,
# medieval question mark) and the Adlam initial exclamation and question marks
SPACES = ["\u1800", "\u1801", "\u1804", "\U00016fe2", "\U00016fe3", "\u303d", "\u3020", "\u303e", "\u2e35",
          "\u2e38", "\u2e44", "\u2e45", "\u2e46", "\u2e47", "\u2e54", "\U0001e95e", "\U0001e95f", "\u303b"]
DOUBLE_SPACE_P = 0.047
# tag characters and variation selectors other parts did not use
ZERO_WIDTH = ["\U000e003e", "\U000e004f", "\U000e005d", "\U000e0064", "\U000e0070", "\U000e007d",
              "\U000e010f", "\U000e0119", "\U000e012b", "\U000e013c", "\U000e0146", "\U000e014d"]
EMOJI = ["🚗", "🧊", "🐸", "🫚", "❄", "🎿", "🪵", "🐻", "🫧", "🛞", "🚙", "🎐"]
BRACKETS = [("㊧", "㊨"), ("⿸", "⿹"), ("◧", "◨"), ("◭", "◮"), ("╒", "╕"), ("╓", "╖"), ("⚟", "⚞"),
            ("\U0001f57b", "\U0001f57d"), ("⟸", "⟹"), ("⇤", "⇥"), ("◴", "◷"), ("⦫", "⦪")]
FULLWIDTH_MODES = ["wiggly_line_below", "r_below", "anticlockwise_ring_overlay", "reverse_solidus_overlay"]
LEVEL_FORMS = ["songshui_region", "capital_region_word", "xinqu_lead", "mountain_lead", "former_prefecture",
               "province_direct", "zhou_short_lead", "prior_level", "prior_name", "city_short_lead",
               "town_under_city"]
AVATAR_ONLY_NAMES = {
    "police": ["{S}平安守夜人", "{nick}警事直播间", "{S}反诈小喇叭"],
    "fabu": ["{S}政情一览", "{nick}政务早知道", "{S}晨间新闻"],
    "gov": ["{S}政务一点通", "{nick}办事一张图"],
    "health": ["{S}健康小炕桌", "{nick}医事通"],
    "tax": ["{S}税事小课堂", "{nick}办税有问必答"],
    "hotline": ["{S}民意直通站", "{nick}诉求快办"],
    "culture": ["{S}雪国之旅", "{nick}冰雪故事", "{S}边城风物"],
    "medins": ["{S}医保贴心人", "{nick}报销一点通"],
    "market": ["{S}放心消费哨", "{nick}质检小站"],
    "baogeng23": ["{S}免耕田记", "{nick}秸秆覆盖"],
    "renshen23": ["{S}参园日记", "{nick}山参故事"],
    "hubao23": ["{S}林海巡山队", "{nick}红外相机"],
    "chagan23": ["{S}冰湖渔歌", "{nick}渔猎文化"],
    "yanwu23": ["{S}盐业之窗", "{nick}碘盐守护"],
    "dangshi23": ["{S}红色印记", "{nick}革命旧址"],
    "town_ym23": ["{S}粮满仓"],
    "town_yy23": ["{S}稻花香里"],
    "town_lw23": ["{S}林蛙沟"],
    "generic": ["{S}老屯子", "{nick}火炕边", "{S}关外人家"],
}


# ---- digit forms (the registered digit names are 12345 and 12366): a combining mark after every digit
def _marks(s, mark):
    return "".join(c + mark if "0" <= c <= "9" else c for c in s)


FULLWIDTH_FUNCS = {
    "wiggly_line_below": lambda s: _marks(s, "\u1ab6"),
    "r_below": lambda s: _marks(s, "\u1dca"),
    "anticlockwise_ring_overlay": lambda s: _marks(s, "\u20da"),
    "reverse_solidus_overlay": lambda s: _marks(s, "\u20e5"),
}


# ---- level forms
def _h(acc, salt=""):
    return sum(map(ord, salt + acc["row"]["account_id"]))


def _rest(name, short, full):
    return name[len(full):] if name.startswith(full) else name[len(short):]


def _songshui_region(u, acc):
    """The province's poetic region word in place of the province's name (白山松水发布 for 吉林发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "province" or pl["S"] != REGION_NAME:
        return None
    if name.startswith(pl["F"]):
        return REGION_WORD + name[len(pl["F"]):]
    if name.startswith(pl["S"]):
        return REGION_WORD + name[len(pl["S"]):]
    return None


def _capital_region_word(u, acc):
    """The capital-region word before one of the capital's districts or county-level units (大长春绿园发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] != "长春" or not name.startswith(pl["S"]):
        return None
    return CAPITAL_WORD + name


def _xinqu_lead(u, acc):
    """The new area's name before a district it administers in part (长春新区九台发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in NEW_AREA_PLACES or not name.startswith(pl["S"]):
        return None
    return NEW_AREA_WORD + name


def _mountain_lead(u, acc):
    """The mountain's name before a county around it (长白山抚松发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in MOUNTAIN_PLACES or not name.startswith(pl["S"]):
        return None
    return MOUNTAIN_WORD + name


def _former_prefecture(u, acc):
    """The prefecture-level city a county-level city belonged to before it was moved (四平公主岭发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in FORMER_PARENT or not name.startswith(pl["S"]):
        return None
    return FORMER_PARENT[pl["S"]] + name


def _province_direct(u, acc):
    """The province's name before the county-level city it administers directly (吉林梅河口发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PROVINCE_DIRECT or not name.startswith(pl["S"]):
        return None
    return REGION_NAME + name


def _zhou_short_lead(u, acc):
    """The autonomous prefecture's short name with the prefecture word before one of its places (延边州敦化发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or not par[1].endswith("自治州") or not name.startswith(pl["S"]):
        return None
    return ZHOU_SHORT + name


def _prior_level(u, acc):
    """A district or county-level city written with the level it had before (九台市发布 for 九台发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in PRIOR_LEVEL or not name.startswith(pl["S"]):
        return None
    return PRIOR_LEVEL[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _prior_name(u, acc):
    """A district or county written with the name it had before a renaming (八道江区发布 for 浑江发布)."""
    name, pl = acc["row"]["name"], u["place"]
    if u["level"] != "city" or pl["S"] not in OLD_NAME or not name.startswith(pl["S"]):
        return None
    return OLD_NAME[pl["S"]] + _rest(name, pl["S"], pl["F"])


def _city_short_lead(u, acc):
    """The prefecture-level city's short name before a county-level name outside the capital (白城镇赉发布)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "city" or not par or par[0] == "长春" or par[1].endswith("自治州") \
            or not name.startswith(pl["S"]):
        return None
    return par[0] + name


def _town_under_city(u, acc):
    """A town put directly under its prefecture-level city, its county left out (长春范家屯玉米烘干)."""
    name, pl = acc["row"]["name"], u["place"]
    par = PARENT.get(pl["S"])
    if u["level"] != "district" or not par or not name.startswith(pl["DS"]):
        return None
    return par[0] + name


_FORM_MAKERS = {"songshui_region": _songshui_region, "capital_region_word": _capital_region_word,
                "xinqu_lead": _xinqu_lead, "mountain_lead": _mountain_lead, "former_prefecture": _former_prefecture,
                "province_direct": _province_direct, "zhou_short_lead": _zhou_short_lead,
                "prior_level": _prior_level, "prior_name": _prior_name, "city_short_lead": _city_short_lead,
                "town_under_city": _town_under_city}


def _chosen_form(u, acc):
    """One level form per account, picked reproducibly among the forms the account can carry: provincial accounts
    the region word, towns their prefecture, moved, renamed and re-levelled places mostly their former prefecture,
    name or level, the directly administered city mostly the province's name, the other county-level units the
    capital-region word, the new area, the mountain, the prefecture's short form or their city."""
    cands = [(f, m(u, acc)) for f, m in _FORM_MAKERS.items()]
    cands = [(f, n) for f, n in cands if n and n != acc["row"]["name"]]
    if not cands:
        return None
    names = dict(cands)
    for f in ("songshui_region", "town_under_city"):
        if f in names:
            return f, names[f]
    for f in ("former_prefecture", "prior_name", "prior_level", "province_direct", "xinqu_lead"):
        if f in names and _h(acc, "hf") % 3:
            return f, names[f]
    rest = [f for f in ("capital_region_word", "mountain_lead", "zhou_short_lead", "city_short_lead",
                        "former_prefecture", "prior_name", "prior_level", "province_direct", "xinqu_lead")
            if f in names]
    f = rest[_h(acc, "hr") % len(rest)]
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


def _t_first_only(s, u, r):
    """Only the first convertible character."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[:1])


def _t_every_other(s, u, r):
    """Every other convertible character, starting with the first."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[0::2])


def _t_final_three(s, u, r):
    """The last three convertible characters (all of them if there are fewer)."""
    idx = _conv_idx(s)
    if not idx:
        return None
    return _conv(s, idx[-3:])


TRAD_FUNCS = {"first_only": _t_first_only, "every_other": _t_every_other, "final_three": _t_final_three}


# ---- image edits
def _hoarfrost_blue(img, rng):
    """A hoarfrost morning: highlights pushed to a cold white, mid-tones tinted ice blue, contrast lowered."""
    a = np.asarray(img, float)
    g = a.mean(axis=2, keepdims=True) / 255.0
    ice = np.array([196, 222, 240], float)
    k = rng.uniform(0.38, 0.44)
    out = a * (1 - k) + ice * k
    out = out + (g ** 3) * 60
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"hoarfrost blue k{k:.2f}"


def _blackearth_sepia(img, rng):
    """Black-soil sepia: luminance mapped from a near-black brown to a straw yellow."""
    g = np.asarray(ImageOps.grayscale(img), float)[..., None] / 255.0
    dark = np.array([46, 34, 26], float)
    light = np.array([232, 206, 150], float)
    gam = rng.uniform(0.82, 0.9)
    out = dark + (light - dark) * (g ** gam)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"blackearth sepia g{gam:.2f}"


def _ginseng_amber(img, rng):
    """An amber glow like sliced ginseng under glass: red and green lifted, blue cut, a soft vignette."""
    a = np.asarray(img, float)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    d = np.sqrt(((yy - h / 2) / h) ** 2 + ((xx - w / 2) / w) ** 2)
    vig = 1 - np.clip(d * rng.uniform(0.7, 0.8), 0, 0.5)
    out = a * np.array([1.12, 0.98, 0.62]) + np.array([18, 10, 0])
    out = out * vig[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), "ginseng amber"


def _kimchi_red(img, rng):
    """A chilli-paste cast: the red channel raised, the picture mixed with a warm red and slightly posterised."""
    a = np.asarray(img, float)
    k = rng.uniform(0.24, 0.3)
    out = a * (1 - k) + np.array([204, 52, 36], float) * k
    step = 24
    out = np.round(out / step) * step
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), f"kimchi red k{k:.2f}"


def _pad_of(img, rng, P):
    w = img.size[0]
    pad = max(8, int(w * rng.uniform(*P["border_frac"])))
    return w, pad, w + 2 * pad


def _window_paper_cut(img, rng, P):
    """A frosted-window paper-cut frame: a red border with white lattice squares and flower dots."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), (196, 32, 40))
    d = ImageDraw.Draw(out)
    s = max(4, pad // 3)
    for t in range(0, W, s * 2):
        for (x, y) in ((t, pad // 3), (t, W - pad + pad // 3), (pad // 3, t), (W - pad + pad // 3, t)):
            d.rectangle([x, y, x + s - 1, y + s - 1], outline=rng.choice(P["border_colours"]), width=1)
            d.ellipse([x + s // 3, y + s // 3, x + 2 * s // 3, y + 2 * s // 3], fill=(250, 244, 236))
    out.paste(img, (pad, pad))
    return out, "border window paper cut"


def _dancheong_band(img, rng, P):
    """A painted-eaves frame: stripes of green, red, blue and yellow around the picture, like roof-beam paint."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    cols = [(30, 120, 90), (190, 40, 44), (40, 70, 150), (236, 190, 50), (250, 248, 240)]
    step = max(2, pad // 6)
    for k in range(6):
        d.rectangle([k * step, k * step, W - 1 - k * step, W - 1 - k * step], outline=cols[k % 5], width=step)
    out.paste(img, (pad, pad))
    return out, "border dancheong band"


def _corn_braid(img, rng, P):
    """A farmhouse frame: a wall colour with strings of yellow corn cobs hanging down both sides."""
    w, pad, W = _pad_of(img, rng, P)
    out = Image.new("RGB", (W, W), rng.choice(P["border_colours"]))
    d = ImageDraw.Draw(out)
    cw, ch = max(4, pad // 2), max(6, pad // 2 + pad // 4)
    for x0 in ((pad - cw) // 2, W - pad + (pad - cw) // 2):
        for y in range(2, W - ch, ch + 2):
            d.ellipse([x0, y, x0 + cw, y + ch], fill=(238, 186, 40), outline=(160, 110, 20))
    d.rectangle([0, 0, W, max(3, pad // 4)], fill=(120, 84, 50))
    out.paste(img, (pad, pad))
    return out, "border corn braid"


def _shot_face_scan_page(img, rng, P, out_px):
    """A face-verification page: a white screen, a large round scan window with a blue ring, the avatar small in
    the title bar."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.1 * S)], fill=(238, 242, 248))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.04 * S), int(0.01 * S)))
    c, r_ = S // 2, int(0.26 * S)
    d.ellipse([c - r_, int(0.45 * S) - r_, c + r_, int(0.45 * S) + r_], fill=(214, 218, 226), outline=(30, 110, 240),
              width=max(4, S // 60))
    d.rounded_rectangle([int(0.15 * S), int(0.82 * S), int(0.85 * S), int(0.9 * S)], radius=20, fill=(30, 110, 240))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot face scan page scale {a / S:.3f}"


def _shot_live_auction(img, rng, P, out_px):
    """A live-stream auction: a dark video area, a red bid bar at the bottom, comment lines, the avatar small at
    the top left."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (34, 34, 40))
    d = ImageDraw.Draw(canvas)
    d.rectangle([int(0.1 * S), int(0.2 * S), int(0.9 * S), int(0.6 * S)], fill=(90, 110, 130))
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.03 * S), int(0.03 * S)))
    for k in range(4):
        y = int((0.64 + 0.05 * k) * S)
        d.rounded_rectangle([int(0.04 * S), y, int((0.5 - 0.06 * (k % 2)) * S), y + 12], radius=6,
                            fill=(70, 70, 78))
    d.rectangle([0, int(0.88 * S), S, S], fill=(226, 40, 50))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot live auction scale {a / S:.3f}"


def _shot_subsidy_roster(img, rng, P, out_px):
    """A published subsidy list: a red title band, a table of grey rows, the avatar small as a seal at the bottom
    right."""
    S = 3 * out_px
    canvas = Image.new("RGB", (S, S), (252, 250, 246))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, S, int(0.14 * S)], fill=(200, 30, 36))
    for k in range(9):
        y = int((0.2 + 0.07 * k) * S)
        d.rectangle([int(0.06 * S), y, int(0.94 * S), y + int(0.05 * S)], outline=(150, 150, 150), width=2,
                    fill=(236, 236, 236) if k % 2 else None)
    a = int(S * rng.uniform(*P["screenshot_scale"]))
    canvas.paste(img.resize((a, a), Image.BILINEAR), (int(0.8 * S) - a // 2, int(0.88 * S) - a // 2))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    return canvas.resize((out_px, out_px), Image.BILINEAR), f"screenshot subsidy roster scale {a / S:.3f}"


EDIT_PARAMS = dict(recolour_funcs={"hoarfrost_blue": _hoarfrost_blue, "blackearth_sepia": _blackearth_sepia,
                                   "ginseng_amber": _ginseng_amber, "kimchi_red": _kimchi_red},
                   border_funcs={"window_paper_cut": _window_paper_cut, "dancheong_band": _dancheong_band,
                                 "corn_braid": _corn_braid},
                   screenshot_funcs={"face_scan_page": _shot_face_scan_page, "live_auction": _shot_live_auction,
                                     "subsidy_roster": _shot_subsidy_roster},
                   resize_px=[263, 265, 269, 272, 274, 277, 281],
                   jpeg_q=(67, 69), crop_frac=(0.3852, 0.3866),
                   border_styles=["window_paper_cut", "dancheong_band", "corn_braid"],
                   border_colours=[(236, 228, 214), (74, 58, 48), (182, 196, 206), (214, 176, 112),
                                   (96, 120, 88), (168, 72, 60)],
                   border_frac=(0.4331, 0.4359),
                   recolour_modes=["hoarfrost_blue", "blackearth_sepia", "ginseng_amber", "kimchi_red"],
                   hue_shift=(287, 289), rotate_deg=(54.05, 54.75),
                   watermark_texts=["刷脸核验", "头鱼竞拍", "棚改摇号", "供热清退", "参地补偿"],
                   watermark_alpha=(189, 193),
                   screenshot_styles=["face_scan_page", "live_auction", "subsidy_roster"],
                   screenshot_scale=(0.0692, 0.0741))
P_IMPOSTOR_DERIVED = 0.557
P_IMPOSTOR_DEFAULT = 0.089
IMPOSTOR_UNRELATED_KINDS = ["fake_gov", "fake_gov", "fake_gov", "pattern", "logo"]
P_IMPOSTOR_VERIFIED = 0.0935
IMPOSTOR_VERIFIED = [("enterprise", "{S}雪岭农贸科技有限公司"), ("personal", "林海雪原摄影师"),
                     ("other", "{S}参农互助合作社")]
IMPOSTOR_DESCS = ["{S}{fn}：玉米生产者补贴今晚截止核对，加薇{wx}发一卡通和身份证照片",
                  "【{S}{fn}】棚改新房剩余房号内部摇号，私信{wx}交诚意金锁号",
                  "{name}：吉事办刷脸核验没通过的，养老金下月暂停发放，点头像进群重新核验",
                  "{S}{fn}：今年供热费多收的部分开始清退，加企鹅{qq}登记银行卡领取",
                  "{S}{fn}原号已停用，人参地补偿款统一在新号申报，详情加V{wx}"]
MAX_PER_TARGET = 6

# Nearly every two- and three-tactic combination the builder can write is used by some other part, and dev15 ...
# dev25 used many four-tactic combinations.  This part uses 26 four-tactic combinations that no other part uses
# (four impostors each) and no two- or three-tactic combination.
_FW, _SU, _PR, _LA, _SS = "fullwidth", "suffix", "prefix", "lookalike_char", "same_sound"
_TR, _SP, _ZW, _EB, _RE = "traditional", "spacing", "zero_width", "emoji_brackets", "reorder"
_LP, _NP = "level_prefix", "new_platform"
IMPOSTOR_PLAN = [
    ([_SS, _FW, _TR, _LP], 4),  # first: few targets can carry them
    ([_SS, _RE, _FW, _LP], 4),
    ([_SU, _ZW, _FW, _LP], 4),
    ([_SU], 30), ([_PR], 30), ([_RE], 30), ([_LA], 30), ([_SS], 30),
    ([_TR], 30), ([_SP], 30), ([_ZW], 30), ([_EB], 30),
    ([_FW], 22), ([_LP], 30), ([_NP], 30), (["avatar_only"], 36),
    ([_RE, _ZW, _FW, _TR], 4),
    ([_LA, _SS, _RE, _FW], 4),
    ([_SS, _FW, _SP, _NP], 4),
    ([_EB, _FW, _TR, _SP], 4),
    ([_SU, _LA, _FW, _NP], 4),
    ([_SU, _LA, _ZW, _SP], 4),
    ([_PR, _RE, _TR, _NP], 4),
    ([_LA, _EB, _ZW, _NP], 4),
    ([_PR, _SS, _EB, _TR], 4),
    ([_SU, _LA, _SS, _EB], 4),
    ([_RE, _TR, _LP, _NP], 4),
    ([_PR, _RE, _EB, _LP], 4),
    ([_LA, _SS, _LP, _NP], 4),
    ([_SS, _RE, _TR, _NP], 4),
    ([_SU, _PR, _TR, _SP], 4),
    ([_PR, _SS, _RE, _LP], 4),
    ([_SU, _RE, _SP, _LP], 4),
    ([_PR, _EB, _ZW, _SP], 4),
    ([_SU, _PR, _ZW, _NP], 4),
    ([_SU, _ZW, _TR, _LP], 4),
    ([_PR, _SS, _ZW, _SP], 4),
    ([_PR, _LA, _EB, _ZW], 4),
    ([_SU, _LA, _EB, _SP], 4),
]

# ------------------------------------------------------------------ hard negatives
_C = "county"
_F3 = ["fabu", "police", "culture", "hotline", "tax", "market"]
OTHER_PLACES_CHAR = [
    dict(reg="九台", S="九龙坡", F="重庆市九龙坡区", province="重庆市", level=_C,
         units={"police": "重庆市公安局九龙坡区分局"}),
    dict(reg="德惠", S="德格", F="德格县", province="四川省", level=_C),
    dict(reg="德惠", S="德昌", F="德昌县", province="四川省", level=_C),
    dict(reg="柳河", S="柳北", F="柳州市柳北区", province="广西壮族自治区", level=_C),
    dict(reg="集安", S="集美", F="厦门市集美区", province="福建省", level=_C),
    dict(reg="宁江", S="宁洱", F="宁洱哈尼族彝族自治县", province="云南省", level=_C),
    dict(reg="宁江", S="宁蒗", F="宁蒗彝族自治县", province="云南省", level=_C),
    dict(reg="延吉", S="延寿", F="延寿县", province="黑龙江省", level=_C),
    dict(reg="伊通", S="伊川", F="伊川县", province="河南省", level=_C),
    dict(reg="江源", S="江孜", F="江孜县", province="西藏自治区", level=_C),
    dict(reg="长岭", S="长武", F="长武县", province="陕西省", level=_C),
    dict(reg="镇赉", S="镇巴", F="镇巴县", province="陕西省", level=_C),
    dict(reg="和龙", S="和硕", F="和硕县", province="新疆维吾尔自治区", level=_C),
]
OTHER_PLACES_SOUND = [
    dict(reg="榆树", S="玉树", F="玉树市", province="青海省", level=_C, depts=_F3,
         units={"police": "玉树市公安局"}),
    dict(reg="集安", S="吉安", F="吉安市", province="江西省", depts=_F3),
    dict(reg="永吉", S="永济", F="永济市", province="山西省", level=_C, depts=_F3),
    dict(reg="扶余", S="富裕", F="富裕县", province="黑龙江省", level=_C, depts=_F3),
    dict(reg="柳河", S="六合", F="南京市六合区", province="江苏省", level=_C, depts=_F3,
         units={"tax": "国家税务总局南京市六合区税务局"}),
]
N_OTHER_CHAR = 28
N_OTHER_SOUND = 25
_CQ, _XJ, _XZ = "重庆市", "新疆维吾尔自治区", "西藏自治区"
TEMPLATE_NEGS = [
    ("开州", "重庆市开州区", _CQ, "police"), ("忠县", "忠县", _CQ, "fabu"), ("巫溪", "巫溪县", _CQ, "procur"),
    ("石柱", "石柱土家族自治县", _CQ, "police"), ("沙坪坝", "重庆市沙坪坝区", _CQ, "fabu"),
    ("大渡口", "重庆市大渡口区", _CQ, "procur"), ("比如", "比如县", _XZ, "police"),
    ("塔什库尔干", "塔什库尔干塔吉克自治县", _XJ, "fabu"), ("托克逊", "托克逊县", _XJ, "police"),
    ("鄯善", "鄯善县", _XJ, "procur"), ("沙依巴克", "乌鲁木齐市沙依巴克区", _XJ, "police"),
    ("水磨沟", "乌鲁木齐市水磨沟区", _XJ, "fabu"), ("头屯河", "乌鲁木齐市头屯河区", _XJ, "procur"),
    ("彭水", "彭水苗族土家族自治县", _CQ, "police"), ("库车", "库车市", _XJ, "fabu"),
    ("铁门关", "铁门关市", _XJ, "police"), ("可克达拉", "可克达拉市", _XJ, "fabu"),
    ("昆玉", "昆玉市", _XJ, "procur"), ("胡杨河", "胡杨河市", _XJ, "police"),
    ("梁平", "重庆市梁平区", _CQ, "fabu"), ("万州", "重庆市万州区", _CQ, "police"),
    ("涪陵", "重庆市涪陵区", _CQ, "procur"), ("北碚", "重庆市北碚区", _CQ, "fabu"),
    ("城口", "城口县", _CQ, "police"), ("丰都", "丰都县", _CQ, "procur"), ("武隆", "重庆市武隆区", _CQ, "fabu"),
    ("奉节", "奉节县", _CQ, "police"), ("秀山", "秀山土家族苗族自治县", _CQ, "procur"),
]
N_TEMPLATE = 26

# real places outside the three provinces (this part's other places), never inside an impostor name
FORBIDDEN_IN_IMPOSTOR_NAMES = sorted({e["S"] for e in OTHER_PLACES_CHAR + OTHER_PLACES_SOUND}
                                     | {t[0] for t in TEMPLATE_NEGS})

MEDIA = [
    dict(name="吉林日报", platform="weibo", vtype="media", reason="吉林日报社官方微博", desc="白山松水间的权威声音。",
         logo_text="吉报"),
    dict(name="彩练新闻", platform="douyin", vtype="media", reason="吉林日报社彩练新闻客户端官方账号",
         desc="省级党报新媒体。", logo_text="彩练"),
    dict(name="新文化报", platform="toutiao", vtype="media", reason="吉林日报社新文化报官方账号",
         desc="都市生活新闻。", logo_text="新文"),
    dict(name="城市晚报", platform="wechat", vtype="media", reason="吉林日报社城市晚报", desc="长春都市资讯。",
         logo_text="城晚"),
    dict(name="吉林广播电视台", platform="kuaishou", vtype="media", reason="吉林广播电视台官方账号",
         desc="省级广电短视频。", logo_text="吉视"),
    dict(name="长春日报", platform="weibo", vtype="media", reason="长春日报社官方微博", desc="长春新闻。"),
    dict(name="江城日报", platform="wechat", vtype="media", reason="吉林市江城日报社", desc="吉林市新闻。"),
    dict(name="四平日报", platform="kuaishou", vtype="media", reason="四平日报社官方账号", desc="四平新闻。",
         logo_text="四报"),
    dict(name="辽源日报", platform="wechat", vtype="media", reason="辽源日报社", desc="辽源新闻。"),
    dict(name="通化日报", platform="toutiao", vtype="media", reason="通化日报社官方账号", desc="通化新闻。"),
    dict(name="白山日报", platform="douyin", vtype="media", reason="白山日报社官方账号", desc="白山新闻。"),
    dict(name="松原日报", platform="wechat", vtype="media", reason="松原日报社", desc="松原新闻。"),
    dict(name="白城日报", platform="toutiao", vtype="media", reason="白城日报社官方账号", desc="白城新闻。"),
    dict(name="延边日报", platform="weibo", vtype="media", reason="延边日报社官方微博", desc="延边新闻，汉朝双语。"),
    dict(name="延边广播电视台", platform="douyin", vtype="media", reason="延边广播电视台官方账号",
         desc="延边新闻。"),
    dict(name="长春广播电视台", platform="kuaishou", vtype="media", reason="长春广播电视台官方账号",
         desc="长春新闻。"),
    dict(name="集安融媒", platform="douyin", vtype="media", reason="集安市融媒体中心官方账号", desc="集安新闻。"),
    dict(name="珲春融媒", platform="kuaishou", vtype="media", reason="珲春市融媒体中心官方账号", desc="珲春新闻。"),
    dict(name="榆树融媒", platform="toutiao", vtype="media", reason="榆树市融媒体中心官方账号", desc="榆树新闻。"),
    dict(name="吉林交通广播", platform="weibo", vtype="media", reason="吉林广播电视台交通广播官方微博",
         desc="吉林路况和冬季出行提示。", logo_text="交广"),
    dict(name="南关公安在现场", platform="douyin", vtype="media", reason="长春广播电视台官方账号",
         desc="电视台法治栏目，跟拍派出所民警办案，并非公安机关账号。", logo_text="现场"),
    dict(name="延吉12345回访录", platform="toutiao", vtype="media", reason="延边广播电视台官方账号",
         desc="电视台民生栏目，回访热线来电市民的诉求办理情况。", logo_text="回访"),
    dict(name="集安文旅探访", platform="wechat", vtype="media", reason="通化广播电视台",
         desc="电视台文旅栏目，走访古城遗址和边境村落，并非文旅局账号。", logo_text="探访"),
    dict(name="洮北公安纪实", platform="douyin", vtype="media", reason="白城广播电视台官方账号",
         desc="电视台法治栏目，记录冬夜巡逻，不是公安部门账号。", logo_text="纪实"),
    dict(name="吉林高速路况通", platform="bilibili", vtype="media", reason="吉林广播电视台官方账号",
         desc="交通广播的冰雪路况节目，不是交警部门账号。", logo_text="路况"),
    dict(name="桦甸税务问答", platform="toutiao", vtype="media", reason="江城日报社官方账号",
         desc="报社财经栏目，请专家解读税收政策，并非税务局账号。", logo_text="问答"),
]
PERSONAL = [
    dict(name="南关净月跑者", platform="kuaishou", vtype="personal", reason="马拉松爱好者"),
    dict(name="船营北山晨练", platform="weibo", avatar="scenery"),
    dict(name="前郭冬捕老把头", platform="kuaishou"),
    dict(name="绿园汽车厂老师傅", platform="douyin"),
    dict(name="长白望天鹅看瀑布", platform="douyin", avatar="scenery"),
    dict(name="和龙朝鲜族阿妈妮", platform="kuaishou", avatar="default"),
    dict(name="抚松挖参人老于", platform="toutiao"),
    dict(name="通榆开收割机的老杜", platform="douyin"),
    dict(name="延吉长鼓舞传承人", platform="kuaishou", vtype="personal", reason="朝鲜族长鼓舞传承人"),
    dict(name="敦化雪地摄影", platform="weibo", avatar="scenery"),
    dict(name="梅河口大米种植户", platform="kuaishou"),
    dict(name="镇赉看鹤的人", platform="douyin"),
    dict(name="汪清护林员老崔", platform="kuaishou", vtype="personal", reason="林场护林员"),
    dict(name="蛟河拉法山骑行", platform="douyin", avatar="default"),
    dict(name="东丰农民画学徒", platform="toutiao"),
    dict(name="江源松花石雕刻者", platform="toutiao", vtype="personal", reason="松花石砚雕刻艺人"),
    dict(name="临江边境跑山人", platform="weibo"),
    dict(name="双阳养鹿户", platform="douyin"),
    dict(name="集安山城夜景", platform="douyin", avatar="scenery"),
    dict(name="宁江交警辅警小孙", platform="douyin", vtype="personal", reason="松原市公安局宁江分局辅警",
         desc="分享冰雪路面驾驶安全知识。"),
    dict(name="律师老葛讲维权", platform="toutiao", vtype="personal", reason="吉林某律师事务所律师"),
    dict(name="乡村教师小鞠", platform="toutiao", vtype="personal", reason="长岭县某小学教师"),
    dict(name="雾凇岛打卡记", platform="douyin", avatar="scenery"),
    dict(name="天天转吉林发布", platform="weibo", vtype="personal", reason="退休语文教师",
         desc="转发吉林发布的消息，个人账号，非官方。"),
    dict(name="打过敦化12345的老隋", platform="toutiao", vtype="personal", reason="小区楼长",
         desc="记录自家楼道问题的办理经过，个人账号。"),
    dict(name="安图文旅游记本", platform="wechat", desc="个人游记，记录登长白山北坡的经历，与文旅部门无关。"),
]
COMMERCIAL = [
    dict(name="吉林公安执勤装备行", platform="weibo", vtype="enterprise", reason="长春某商贸有限公司",
         desc="销售执勤服装和反光背心，私营企业，与公安机关没有关系。", logo_text="装备"),
    dict(name="长白文旅客栈", platform="wechat", vtype="enterprise", reason="长白某旅游服务有限公司",
         desc="温泉民宿预订，企业账号，与文旅部门无关。"),
    dict(name="吉林税务代账中心", platform="douyin", vtype="enterprise", reason="长春某财税咨询有限公司",
         desc="代理记账和工商注册，私营公司，与税务机关没有关系。"),
    dict(name="舒兰大米直供", platform="douyin"),
    dict(name="梅河口稻花香", platform="kuaishou"),
    dict(name="榆树白酒坊", platform="douyin"),
    dict(name="抚松林下山参", platform="kuaishou", vtype="enterprise", reason="白山某参业有限公司"),
    dict(name="集安冰酒庄园", platform="douyin", vtype="enterprise", reason="通化某葡萄酒有限公司"),
    dict(name="双阳鹿茸铺", platform="kuaishou"),
    dict(name="东丰梅花鹿养殖", platform="douyin"),
    dict(name="前郭查干湖胖头鱼", platform="douyin"),
    dict(name="洮南绿豆", platform="kuaishou"),
    dict(name="通榆葵花籽", platform="douyin"),
    dict(name="延吉冷面馆", platform="kuaishou", vtype="enterprise", reason="延边某餐饮管理有限公司"),
    dict(name="和龙苹果梨园", platform="douyin"),
    dict(name="汪清木耳合作社", platform="kuaishou"),
    dict(name="敦化蓝莓基地", platform="douyin", vtype="enterprise", reason="延边某农业科技有限公司"),
    dict(name="靖宇矿泉水", platform="kuaishou"),
    dict(name="蛟河烟叶收购", platform="douyin"),
    dict(name="农安鲜食玉米", platform="kuaishou", avatar="default"),
    dict(name="德惠肉鸡批发", platform="douyin"),
    dict(name="公主岭农机配件", platform="wechat", vtype="enterprise", reason="四平某农机销售有限公司"),
    dict(name="绿园汽车配件城", platform="kuaishou", vtype="enterprise", reason="长春某汽车零部件有限公司"),
    dict(name="南关烤冷面摊", platform="douyin", avatar="default"),
    dict(name="江源松花石坊", platform="kuaishou"),
    dict(name="珲春帝王蟹市场", platform="douyin", vtype="enterprise", reason="珲春某水产品有限公司"),
]

# ------------------------------------------------------------------ unregistered genuine government accounts
UNREG_DISTRICTS = [
    ("抚松", "松江河", "松江河镇", ["town_lw23"]), ("安图", "二道白河", "二道白河镇", ["town_lw23"]),
    ("农安", "合隆", "合隆镇", ["town_ym23"]), ("德惠", "米沙子", "米沙子镇", ["town_ym23"]),
    ("梨树", "郭家店", "郭家店镇", ["town_ym23"]), ("永吉", "岔路河", "岔路河镇", ["town_yy23"]),
    ("临江", "六道沟", "六道沟镇", ["town_lw23"]), ("珲春", "敬信", "敬信镇", ["town_yy23"]),
    ("镇赉", "坦途", "坦途镇", ["town_yy23"]), ("敦化", "大石头", "大石头镇", ["town_lw23"]),
]
UNREG_CITY = [
    ("吉林", "edu", 0),
    ("山东", "dangshi23", 0), ("广东", "yanwu23", 0), ("吉林", "dangshi23", 0),
    ("船营", "police", 0), ("双阳", "police", 0), ("九台", "police", 0),
    ("集安", "police", 0), ("敦化", "police", 0), ("珲春", "police", 0),
    ("吉林", "yanwu23", 0),
    ("丰满", "fabu", 0), ("舒兰", "fabu", 0), ("双辽", "fabu", 0), ("东辽", "fabu", 0),
    ("靖宇", "fabu", 0), ("乾安", "fabu", 0), ("洮南", "fabu", 0), ("图们", "fabu", 0),
    ("龙井", "fabu", 0),
    ("大安", "police", 0), ("延吉", "police", 0),
    ("南关", "culture", 0), ("延吉", "culture", 0), ("梅河口", "culture", 0),
    ("绿园", "culture", 0), ("抚松", "culture", 0),
    ("长岭", "police", 0), ("通榆", "police", 0), ("梨树", "police", 0),
    ("长白", "hubao23", 1),
    ("永吉", "police", 0), ("桦甸", "police", 0), ("通化", "fabu", 0), ("洮北", "police", 0), ("辽源", "fabu", 0),
]
N_UNREG_SAME_UNIT = 10


def fix_regions(B):
    """County-level places and their towns: region names the prefecture-level division; towns answer to the
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
    print("building dev26 ...")
    B = G.build_part(sys.modules[__name__], HERE)
    fix_regions(B)
    c = G.counts_of(HERE)
    intro_path = os.path.join(HERE, "README.intro.md")
    intro = open(intro_path, encoding="utf-8").read() if os.path.exists(intro_path) else "# dev26\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(intro.rstrip() + "\n\n## Counts (generated)\n\n" + G.counts_markdown(c) + "\n")
    errs = G.check_part(HERE)[0]
    print("\n".join(errs[:30]) or "checks OK")
    return B


if __name__ == "__main__":
    main()
