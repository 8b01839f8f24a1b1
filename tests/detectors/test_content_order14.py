"""Political wording, ninth round: fixed formulations out of their official order or with one item changed
(``detectors/content_political_order.py``, inventory ``detectors/lexicons/ordered_formulas.txt``; checklist item 187).

Every sentence here was written for these tests (none is taken from an evaluation part). The inventory itself is
checked formulation by formulation: its official order is clean and the order with two items swapped is not. Hard
negatives: the other official wordings, two items in prose, the points of the compass, a list of personal virtues,
enumerations that cross the groups of the core values, numbered sessions.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_political_order import _near, inventory, order_hits
from detectors.textnorm import fold
from tests.detectors.content_case import check


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def found(rules, text, cls="political"):
    return [(text[h.start:h.end], h.suggestion) for h in _hits(text, rules, year=2026) if h.cls == cls]


# ---- the inventory, formulation by formulation --------------------------------------------------------------

def test_every_official_order_is_clean_and_a_swap_is_not():
    inv = inventory()
    official = {}
    for v in inv.versions:
        official.setdefault(v.name, set()).add(v.items)
    checked = 0
    for v in inv.versions:
        text = "会议强调，要坚持" + "、".join(v.items) + "。"
        assert not list(order_hits(fold(text))), (v.name, text)
        swapped = (v.items[1], v.items[0]) + v.items[2:]
        # swapping two items of a formulation whose least is all of them keeps every item; skip a swap that is itself
        # another official wording of the formulation
        if any(swapped == tuple(o[:len(swapped)]) for o in official[v.name]):
            continue
        if v.context is not None:
            continue  # read only in a sentence with its context word (test_content_canon17 covers each)
        text = "会议强调，要坚持" + "、".join(swapped) + "。"
        hits = list(order_hits(fold(text)))
        assert hits and hits[0][2] == "提法顺序", (v.name, text)
        checked += 1
    assert checked >= 60  # the inventory is read: dozens of formulations


def test_single_character_formulations():
    for right in ("党政军民学，东西南北中，党是领导一切的", "促进学生德智体美劳全面发展", "统筹山水林田湖草沙一体化保护和系统治理",
                  "山水林田湖草是生命共同体"):
        assert not list(order_hits(fold(right))), right
    for wrong in ("党政军民学，东南西北中，党是领导一切的", "促进学生德智美体劳全面发展", "统筹山水田林湖草沙一体化保护"):
        assert list(order_hits(fold(wrong))), wrong
    # the points of the compass outside the formulation
    assert not list(order_hits(fold("城区分为东南西北中五个片区，各设一个服务站。")))


def test_inventory_lines_have_sources():
    inv = inventory()
    assert all(v.source.strip() and v.source != "-" for v in inv.versions)
    assert all(f.source.strip() for f in inv.char_formulas)
    names = {v.name for v in inv.versions}
    for required in ("四个自信", "四个意识", "四个全面", "五位一体总体布局", "新发展理念", "四项基本原则", "一国两制方针",
                     "党的领导、人民当家作主、依法治国有机统一", "乡村振兴总要求", "四化同步", "五个必由之路", "六个必须坚持",
                     "三个务必", "总体国家安全观", "四个伟大", "中国式现代化的中国特色", "两个确立", "两个维护",
                     "社会主义现代化强国", "党的建设"):
        assert required in names, required


# ---- out of order ---------------------------------------------------------------------------------------------

def test_items_out_of_their_order(rules):
    check(rules, [
        "支部党员表示要坚定制度自信、道路自信、理论自信、文化自信。",
        "要不断增强大局意识、政治意识、核心意识、看齐意识。",
        "我们要统筹推进经济建设、文化建设、政治建设、社会建设、生态文明建设。",
        "协调推进全面深化改革、全面建设社会主义现代化国家、全面依法治国、全面从严治党。",
        "坚持依法治国、党的领导、人民当家作主有机统一，推进法治政府建设。",
        "为建设民主富强文明和谐美丽的社会主义现代化强国而奋斗。",
        "大力弘扬爱国、诚信、敬业、友善的公民道德。",
        "全面贯彻创新、绿色、协调、开放、共享的新发展理念。",
        "推动乡村生态宜居、产业兴旺、乡风文明、治理有效、生活富裕。",
        "坚持一国两制、高度自治、港人治港的方针。",
        "民警们牢记对党忠诚、执法公正、服务人民、纪律严明的训词。",
        "全体党员重温入党誓词：拥护党的纲领，遵守党的章程，执行党的决定，履行党员义务。",
        "加快推进新型工业化、城镇化、信息化、农业现代化。",
        "坚持科学立法、公正司法、严格执法、全民守法。",
        "做到增强“四个意识”、做到“两个维护”、坚定“四个自信”。",
        "全面推进党的思想建设、政治建设、组织建设、作风建设、纪律建设。",
    ], [])


def test_shared_head_or_tail_written_once(rules):
    check(rules, [
        "坚定理论、道路、制度、文化自信。",
        "全面深化改革、建设社会主义现代化国家、依法治国、从严治党。",
        "统筹推进政治、经济、文化、社会、生态文明建设。",
    ], [
        "坚定道路、理论、制度、文化自信。",
        "统筹推进经济、政治、文化、社会、生态文明建设。",
        "全面建设社会主义现代化国家、深化改革、依法治国、从严治党。",
        # no item carries the tail word: not read as the four confidences unless all four are there
        "加强理论、道路、制度研究。",
    ])


def test_quoted_full_width_and_spaced_enumerations(rules):
    check(rules, [
        "坚定“理论自信”“道路自信”“制度自信”“文化自信”。",
        "坚定「理论自信」、「道路自信」、「制度自信」、「文化自信」。",
        "坚定理论自信，道路自信，制度自信，文化自信。",
        "坚定理论自信 道路自信 制度自信 文化自信。",
        "坚定理论自信、道路自信、制度自信和文化自信。",
    ], [
        "坚定“道路自信”“理论自信”“制度自信”“文化自信”。",
        "坚定道路自信，理论自信，制度自信，文化自信。",
        "坚定道路自信 理论自信 制度自信 文化自信。",
        "坚定道路自信、理论自信、制度自信与文化自信。",
    ])


def test_the_span_is_the_stretch_out_of_place(rules):
    text = "大力倡导富强、民主、文明、和谐，平等、自由、公正、法治，爱国、敬业、诚信、友善。"
    assert found(rules, text) == [("平等、自由", "自由、平等")]


# ---- hard negatives -----------------------------------------------------------------------------------------

def test_other_official_wordings_are_right(rules):
    check(rules, [], [
        # the 2014–2020 wording, right in its time; in a post of 2021 or later without a word of the past it is the
        # superseded wording (content_political_shapes, POLITICAL_CHECKLIST item 506, twenty-ninth session)
        "2015年，协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。",
        "全面准确贯彻“一国两制”、“港人治港”、高度自治的方针。",
        "全面准确贯彻“一国两制”、“澳人治澳”、高度自治的方针。",
        "全面准确贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针。",
        "2007年，全面推进党的思想建设、组织建设、作风建设、制度建设和反腐倡廉建设。",  # 十七大 (dated: item 506 as above)
        "2012年，全面加强党的思想建设、组织建设、作风建设、反腐倡廉建设、制度建设。",  # 十八大 (dated)
        "全面推进党的政治建设、思想建设、组织建设、作风建设、纪律建设，把制度建设贯穿其中。",  # 十九大
        "加强支部组织建设、思想建设、作风建设和制度建设。",  # a branch's own tasks: party building is read from five items
        "倡导富强、民主、文明、和谐，倡导自由、平等、公正、法治，倡导爱国、敬业、诚信、友善。",
        "把我国建成富强民主文明和谐美丽的社会主义现代化强国。",
        "坚持道路自信、理论自信、制度自信、文化自信、历史自信。",
    ])


def test_prose_and_partial_mentions_stay_clean(rules):
    check(rules, [], [
        "在依法治国和深化改革方面取得新进展。",
        "我局在深化改革、依法治国两方面开展调研。",
        "她诚信、友善、敬业，深受群众好评。",
        "他们追求自由、民主、平等、公正的理想。",  # crosses the groups of the core values
        "文化自信和道路自信是讲座的两个主题。",
        "学习贯彻党的二十大和二十届三中全会、四中全会精神。",
        "市委召开十三届五次、六次全会。",
        "城区分为东南西北中五个片区，各设一个服务站。",
        "坚持一国两制、港人治港，高度重视青年工作。",  # not one changed item: the sentence goes on
        "坚持一国两制、高度自治。",  # an item left out is not an item changed
    ])


# ---- one item changed --------------------------------------------------------------------------------------

def test_one_item_changed_into_another_word(rules):
    check(rules, [
        "坚持“一国两制”、“澳人自治”、高度自治方针。",
        "统筹推进伟大斗争、伟大工程、伟大事业、伟大理想。",
        "坚持一国二制、港人治港、澳人治澳、高度自治的方针。",
    ], [
        "统筹推进伟大斗争、伟大工程、伟大事业、伟大梦想。",
        "统筹推进伟大斗争、伟大工程、伟大事业，实现伟大理想。",
    ])
    assert found(rules, "坚持“一国两制”、“澳人自治”、高度自治方针。") == [("澳人自治", "澳人治澳（一国两制、澳人治澳、高度自治）")]


def test_one_character_slip_in_an_item_is_a_typo(rules):
    text = "民警们牢记对党忠诚、服务人民、执法公证、纪律严明的训词。"
    # one typo finding, never a political one; the typo lexicon also holds the whole motto (content-typo15), and
    # the finding that survives may be the item or the whole motto: both name the slip and its correct form
    (span, suggestion), = found(rules, text, "typo")
    assert "执法公证" in span and "执法公正" in suggestion and "执法公证" not in suggestion
    assert not found(rules, text)


def test_near_variant_measure():
    assert _near("港人自治", "港人治港", True)  # one word off between two items
    assert not _near("港人自治", "港人治港", False)  # at an end only one character
    assert _near("高度自制", "高度自治", False)
    assert not _near("高度重视", "高度自治", False)
    assert not _near("澳人治澳", "港人治港", True)  # another item, not a variant
    assert not _near("生态环境建设", "生态文明建设", True)
    assert not _near("高度自治", "高度自治", True)


# ---- bounded work -----------------------------------------------------------------------------------------

@pytest.mark.timeout(120)
def test_hostile_long_enumerations_stay_bounded():
    items = "、".join(["理论自信", "道路自信", "制度自信", "文化自信", "港人自治", "高度自治"] * 300)
    hits = list(order_hits(fold(items)))
    assert hits  # the first enumeration out of order is still read
    spaced = " ".join("党政军民学东西南北中富强民主文明和谐" * 500)
    list(order_hits(fold(spaced)))
