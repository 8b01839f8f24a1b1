"""Politically wrong wording, thirty-fourth session (content-political34; POLITICAL_CHECKLIST.md items 472–476 and 478; sources
in ``lexicons/SOURCES.md``, “第三十四次会话”): relations read over whole inventories — a religion given an attribute
that belongs to a people, to terrorism or to food, a fixed formulation with its defining word replaced or dropped, and
an armed movement given a label or a government China does not give it, the state or the government written before the
Party in 党和国家 / 党和政府 (``_party_second_hits``, item 478).

* **A religion given a people's name** (``_faith_hits``, kind ``people``, item 472) — every religion or its adherents
  (``FAITHS``: 伊斯兰教, 穆斯林, 回教, 佛教, 基督教, 天主教, 东正教, 犹太教, 印度教, 道教, 喇嘛教 …) + 民族 (穆斯林民族, 佛教
  民族): none of the 56 peoples is a religion (新华社《禁用词和慎用词》: 不把宗教和民族混为一谈; 信仰伊斯兰教的民族). Item 410
  reads the same relation with 族, item 449 the converse.
* **A religion tied to terrorism or extremism** (kind ``terror``, item 473) — every religion + 恐怖主义 / 恐怖分子 / 恐怖
  组织 / 恐怖袭击 / 极端主义 / 极端分子 … (伊斯兰恐怖主义, 穆斯林极端分子): 中国反对把恐怖主义、极端主义同特定国家、民族、宗教
  挂钩 (国务院新闻办《新疆的反恐、去极端化斗争与人权保障》白皮书 2019; 外交部历次表态); the state's word is 暴力恐怖主义, 宗教
  极端主义. The named organisation “伊斯兰国” (伊斯兰国恐怖组织) is not the religion.
* **Halal food named by the religion** (kind ``food``, item 474) — 穆斯林 / 伊斯兰 (教) / 回教 + 餐厅, 餐馆, 饭店, 食堂,
  食品, 小吃, 美食 …: food and eateries that follow the Muslim peoples' customs are 清真 (各省《清真食品管理条例》,
  国家民委), not named by a religion (item 420 reads the converse, 清真 stretched beyond food).
* **A fixed formulation with its defining word replaced or dropped** (``_formula_slot_hits``, item 475) — every line of
  ``lexicons/formal_terms.txt`` (the inventory of the Party's and the state's formulations) whose defining word is the
  nation as a whole (中华民族), the direction of 中国化 or 人民 between two parts of a formulation, written with the whole
  replaced by a part or by a generic word (中华民族 → 各民族, 多民族, 少数民族, 全民族, 本民族; 中国化 → 本土化, 本地化, 地方化,
  民族化) or with 人民 dropped (全过程人民民主 → 全过程民主). A proper name that begins 中国 / 中华 (中国人民抗日战争, 中国人民
  志愿军) is not read for the dropped 人民 — its short forms are in use. The quotes of a slogan do not right it; 所谓 or a
  sentence that corrects the wording does.
* **An armed movement given a label or a government China does not give it** (``_movement_hits``, item 476) — the
  movements China deals with by name and does not list as terrorist (外交部: 巴勒斯坦伊斯兰抵抗运动（哈马斯）, 黎巴嫩真主党,
  也门胡塞武装, 阿富汗塔利班) written as 恐怖组织 + the name (恐怖组织哈马斯, 哈马斯恐怖组织), and the Taliban's administration
  named after the movement (塔利班政府, 塔利班政权 → 阿富汗临时政府, the Ministry's name since 2021). Another side's
  designation reported (以方称, 美国将…列为, 认定) or rejected is right.

``faith_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from detectors.content_political import _sentence, so_called
from detectors.textnorm import fold

Hit = tuple[int, int, str, str, str]

# a sentence that names, reports or rejects the wording rather than using it
NAMED = re.compile(r"所谓|称为|称作|称之为|叫做|说法|不能|不应|不宜|不得|不要|不是|并非|而非|而不是|错误|误称|混为一谈|挂钩|"
                   r"等同|应称|应为|改称|改为|纠正|更正|规范")

# ---- 472–474: a religion given a people's, terrorism's or food's attribute --------------------------------------------

# every religion of the State Council white paper《中国保障宗教信仰自由的政策和实践》(2018: 佛教, 道教, 伊斯兰教, 天主教,
# 基督教) and the world religions the Xinhua list names, with their adherents' names
FAITHS = (r"伊斯兰教|伊斯兰|穆斯林|回教|佛教徒|佛教|基督教徒|基督徒|基督教|天主教徒|天主教|东正教|犹太教徒|犹太教|印度教徒|印度教|"
          r"锡克教|道教|喇嘛教|藏传佛教")
MUSLIM = r"伊斯兰教|伊斯兰|穆斯林|回教"
TERROR = (r"恐怖主义|恐怖分子|恐怖组织|恐怖袭击|恐怖活动|恐怖势力|恐怖份子|极端主义|极端分子|极端份子|极端组织|极端势力|"
          r"暴恐分子|暴恐活动|圣战分子")
FOOD = r"餐厅|餐馆|饭店|饭馆|食堂|食品|小吃|美食|菜馆|面馆|拉面馆|餐饮店|餐饮企业|餐饮单位|餐饮服务|肉食|牛羊肉店|超市|窗口"
# (信仰伊斯兰教的民族 is the right wording: the people kind reads the religion written straight before 民族)
FAITH_ATTRIBUTE = re.compile(
    rf"(?<![国斯])(?<!信仰)(?<!信奉)(?P<f>{FAITHS})(?:(?P<people>民族)(?!宗教|工作|事务|团结|政策|地区|区域)|(?:的)?(?P<terror>{TERROR}))|"
    rf"(?P<m>{MUSLIM})(?P<food>{FOOD})")
FAITH_KIND = {
    "people": ("民族宗教", "信仰{f}的民族", "宗教不是民族：不把宗教和民族混为一谈，称“信仰××教的民族”"),
    "terror": ("民族宗教", "暴力恐怖主义 / 宗教极端主义", "不把恐怖主义、极端主义同特定宗教挂钩（称“暴力恐怖主义”“宗教极端主义”）"),
    "food": ("民族宗教", "清真{food}", "按少数民族风俗习惯制作的食品和餐饮称“清真”，不以宗教或信徒命名"),
}


def _faith_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in FAITH_ATTRIBUTE.finditer(folded):
        kind = "people" if m.group("people") else "terror" if m.group("terror") else "food"
        a = m.start()
        if kind == "terror" and folded[max(0, a - 1):a] == "“" and folded[m.end("f"):m.end("f") + 1] in "”国":
            continue  # “伊斯兰国”恐怖组织: the organisation's name, not the religion
        if in_quotes(a, m.end()) or so_called(folded, a) or NAMED.search(_sentence(folded, a)):
            continue
        rule, right, note = FAITH_KIND[kind]
        faith = m.group("f") or m.group("m")
        yield (a, m.end(), rule, right.format(f=faith.replace("穆斯林", "伊斯兰教").rstrip("徒"), food=m.group("food") or ""),
               note)


# content-political39: one of the 56 peoples told as another people of a faith (回族是信仰伊斯兰教的汉族, 回族就是汉族穆斯林,
# 东乡族是信奉伊斯兰教的蒙古族): each is a people of its own (国家民族事务委员会, the ethnic identification of the 1950s; 新华社
# 禁用词: 不把宗教和民族混为一谈) — every pair of different names of data/ethnic_groups.txt (and 汉人) with every faith of
# FAITHS between; one people's own faith (回族是信仰伊斯兰教的民族) names no second people and is right.
ETHNIC_FILE = Path(__file__).resolve().parent / "data" / "ethnic_groups.txt"


@lru_cache(maxsize=1)
def _people_of_faith() -> re.Pattern:
    names = [line.split()[0] for line in ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    people = "|".join(sorted(names + ["汉人"], key=len, reverse=True))
    return re.compile(rf"(?P<a>{people})(?:其实|实际上|本来|原本|就|也|都)?(?:是|即|乃|属于|就是)(?:一群|一支|一部分|一种)?"
                      rf"(?:(?:信仰|信奉|皈依)(?:了)?(?:{FAITHS})(?:的)?(?P<b>{people})|(?P<b2>{people})(?:的)?"
                      r"(?:穆斯林|佛教徒|基督徒|教徒|信徒|伊斯兰教徒))")


def _people_of_faith_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "族" not in folded and "汉人" not in folded:
        return
    for m in _people_of_faith().finditer(folded):
        a, b = m.group("a"), m.group("b") or m.group("b2")
        if a == b or {a, b} == {"汉族", "汉人"}:
            continue
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "民族宗教", f"{a}是一个单独的民族",
               f"{a}是我国的一个民族，不是“信仰某种宗教的{b}”：不把宗教和民族混为一谈")


# ---- 475: a fixed formulation with its defining word replaced or dropped -----------------------------------------------

FORMAL_TERMS = Path(__file__).resolve().parent / "lexicons" / "formal_terms.txt"
# the whole nation replaced by a part of it or by a generic people; the direction 中国化 by a generic localisation
REPLACED = {"中华民族": ("各民族", "多民族", "少数民族", "全民族", "本民族", "各族"),
            "中国化": ("本土化", "本地化", "地方化", "民族化")}
DROPPED = "人民"
# 人民 in an organ's name (最高人民法院 → 最高法院, 中央人民政府, 全国人民代表大会 → the Party's 全国代表大会, 人民群众) has
# short forms in use or another referent: the dropped word is read in formulations only
ORGAN_AFTER = re.compile(r"代表|法院|检察|政府|群众|政协|银行|解放军|武装|警察|团体|日报|广播|医院|大会堂|英雄")


@lru_cache(maxsize=1)
def formula_variants() -> dict[str, str]:
    """Every wrong variant of ``formal_terms.txt`` by the reading above → the right formulation it comes from."""
    lines = [x.strip() for x in FORMAL_TERMS.read_text(encoding="utf-8").splitlines()]
    right = {x for x in lines if x and not x.startswith("#")}
    out: dict[str, str] = {}
    for line in right:
        if "{" in line or "“" in line:
            continue  # (a template of names or a line that quotes another formulation)
        for whole, parts in REPLACED.items():
            i = line.find(whole)
            if i < 0 or len(line) - len(whole) < 2:
                continue
            for part in parts:
                out.setdefault(line[:i] + part + line[i + len(whole):], line)
        i = line.find(DROPPED)
        if 0 < i and i + len(DROPPED) < len(line) and not line.startswith(("中国", "中华")) \
                and len(line) - len(DROPPED) >= 5 and not ORGAN_AFTER.match(line, i + len(DROPPED)):
            out.setdefault(line[:i] + line[i + len(DROPPED):], line)
    # (keys folded as the text is read: full-width commas become ASCII ones)
    return {fold(k): v for k, v in out.items() if k not in right}


@lru_cache(maxsize=1)
def _formula_slots() -> re.Pattern:
    return re.compile("|".join(re.escape(v) for v in sorted(formula_variants(), key=len, reverse=True)))


def _formula_slot_hits(folded: str) -> Iterator[Hit]:
    variants = formula_variants()
    for m in _formula_slots().finditer(folded):
        if so_called(folded, m.start()) or NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "规范提法", variants[m.group()],
               f"规范提法是“{variants[m.group()]}”，其中的关键词不能替换或省略")


# ---- 476: an armed movement given a label or a government China does not give it ------------------------------------

# (content-political39: and the state forces and movements other states list and China does not — China's list is
# the UN Security Council's: Iran's 伊斯兰革命卫队 (listed by the US in 2019), the 圣城旅 (Iran's or the Palestinian
# one), the 穆斯林兄弟会 (listed by Egypt and others; 待核 whether China ever named it so))
MOVEMENTS = r"哈马斯|真主党|胡塞武装|胡塞|塔利班|伊朗伊斯兰革命卫队|伊斯兰革命卫队|革命卫队|圣城旅|穆斯林兄弟会"
MOVEMENT_RIGHT = {"哈马斯": "巴勒斯坦伊斯兰抵抗运动（哈马斯）", "真主党": "黎巴嫩真主党", "胡塞武装": "也门胡塞武装",
                  "胡塞": "也门胡塞武装", "塔利班": "阿富汗塔利班", "伊朗伊斯兰革命卫队": "伊朗伊斯兰革命卫队",
                  "伊斯兰革命卫队": "伊朗伊斯兰革命卫队", "革命卫队": "伊朗伊斯兰革命卫队", "圣城旅": "圣城旅",
                  "穆斯林兄弟会": "穆斯林兄弟会"}
MOVEMENT = re.compile(rf"恐怖组织(?:的)?(?P<a>{MOVEMENTS})|(?P<b>{MOVEMENTS})(?:这一|这个|等)?恐怖组织|"
                      r"(?P<t>塔利班)(?P<gov>政府|政权|当局|内阁)")
# (宣布 alone — 美方宣布对……实施制裁 — announces something else, not the designation: content-political39)
REPORTED = re.compile(r"[美以英欧]方?(?:国)?(?:政府)?[\u4e00-\u9fff]{0,6}?(?:称|认定|列为|指认|定性|宣布(?:将|把)?[^。；;]{0,12}?"
                      r"(?:列为|认定为|定性为|列入))|以色列[\u4e00-\u9fff]{0,6}?称|"
                      r"声称|宣称|指称|认定|列为|列入|定性为|视为|被称")


def _movement_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not any(w in folded for w in ("哈马斯", "真主党", "胡塞", "塔利班", "革命卫队", "圣城旅", "兄弟会")):
        return
    for m in MOVEMENT.finditer(folded):
        a = m.start()
        sentence = _sentence(folded, a)
        if in_quotes(a, m.end()) or so_called(folded, a) or NAMED.search(sentence) or REPORTED.search(sentence):
            continue
        if m.group("gov"):
            yield (a, m.end(), "外交", "阿富汗临时政府", "阿富汗现政权称“阿富汗临时政府”，不以塔利班命名")
            continue
        name = m.group("a") or m.group("b")
        yield (a, m.end(), "外交", MOVEMENT_RIGHT[name], f"我国不把{name}列为恐怖组织，不称“恐怖组织{name}”")


# ---- 478: the state or the government written before the Party in the fixed pairs --------------------------------------

# 党和国家, 党和政府 name the Party first (党章总纲: 党政军民学，东西南北中，党是领导一切的; every dispatch: 党和国家领导人,
# 党和国家机构改革, 党和政府的关怀): the pair turned round before a noun the pair governs (国家和党的领导人, 政府和党的关怀)
PARTY_SECOND = re.compile(r"(?P<s>国家|政府)和党(?:的)?(?=领导人|领导同志|领导|机构|机关|事业|各项事业|方针|政策|关怀|关心|重托|期望|"
                          r"培养|号召|要求|部署|工作)")


def _party_second_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "和党" not in folded:
        return
    for m in PARTY_SECOND.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1] in "的各本":
            continue  # 中国的国家和党的…: (the pair itself is read; a longer list before it is another statement)
        if so_called(folded, m.start()) or NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.start() + len(m.group("s")) + 2, "提法顺序", f"党和{m.group('s')}",
               f"固定搭配是“党和{m.group('s')}”（党的领导在前）")


def faith_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the families of the module docstring."""
    yield from _faith_hits(folded, in_quotes)
    yield from _people_of_faith_hits(folded, in_quotes)
    yield from _formula_slot_hits(folded)
    yield from _movement_hits(folded, in_quotes)
    yield from _party_second_hits(folded, in_quotes)
