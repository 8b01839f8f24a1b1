"""错字, thirty-ninth round (content-typo39): classes behind the misses of the Chongqing part.

- the scenic spots, landmarks, ancient towns and rivers of a county (``data/scenic_spots.tsv``): a right form
  everywhere, a term in its places' posts, its edge (the feature word too) slipped in its own county's posts;
- an official document's type written as the same letters' other word (通知 → 同志, 意见 → 一件) outside 《》;
- every division's Party committee (full name + 委) with 委 written as a look-alike;
- a set line's character read by an everyday reading that is not its principal one (万重山: chong).

Every sentence was written for these tests (none is taken from the evaluation sets); each class has members the
evaluation part does not contain and right forms that must stay unflagged.
"""

from __future__ import annotations

import pytest

from detectors.charsim import word_readings, word_sound_similar
from detectors.content import ContentRules, _hits
from detectors.content_typo import _cuts_right_name, committee_slips, doc_heading_slips, scenic_spots
from detectors.content_typo_verse import verse_slips
from detectors.textnorm import fold, fold_with_offsets


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text, region=""):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026, region=region) if h.cls == "typo"]


# ---- scenic spots of a county ------------------------------------------------------------------------------------
def test_inventory_places():
    spots = scenic_spots()
    places, county = spots["白帝城"]
    assert "奉节县" in county and "奉节" in county and "重庆市" in places
    assert "渠江" in spots and "武侯祠" in spots


@pytest.mark.parametrize("text, region, wrong, right", [
    ("万盛黑山古景区冬季开放时间调整，请游客合理安排行程。", "重庆市綦江区", "黑山古", "黑山谷"),
    ("忠县石宝塞景区迎来冬季客流高峰，请游客文明游览。", "重庆市忠县", "石宝塞", "石宝寨"),
    ("武隆芙蓉动景区推出冬季研学线路，欢迎中小学生报名。", "重庆市武隆区", "芙蓉动", "芙蓉洞"),
    ("成都武候祠博物馆冬季开放时间调整为8:00至18:00。", "四川省成都市武侯区", "武候祠", "武侯祠"),
])
def test_scenic_spot_slips(rules, text, region, wrong, right):
    found = typos(rules, text, region)
    assert any(wrong in w and right in c for w, c in found), found


@pytest.mark.parametrize("text, region", [
    ("万州太白岩、天生城一日游线路发布。", "重庆市万州区"),  # 太白岩 is no 太白山 misspelt
    ("巫峡十二峰云雾缭绕，游船每日两班。", "重庆市巫山县"),  # 巫峡's peaks, also called 巫山十二峰
    ("景德镇瓷器口碑好，游客络绎不绝。", "江西省景德镇市珠山区"),  # no sight of this county
    ("乌江、芙蓉江两江交汇处水位平稳，行船注意安全。", "重庆市武隆区"),
])
def test_right_places_not_flagged(rules, text, region):
    assert typos(rules, text, region) == []


def test_span_across_a_right_name():
    forms = frozenset({"磁器口古镇", "渠江"})
    f = fold("磁器口古镇非遗体验周")
    assert _cuts_right_name(f, 1, 5, "碛口古镇", forms)  # 器口古镇 inside 磁器口古镇
    f = fold("渠江三江交汇处")
    assert _cuts_right_name(f, 1, 4, "建三江", forms)  # 江三江 starts inside 渠江
    assert not _cuts_right_name(fold("建三江农场"), 0, 3, "建三江", forms)


# ---- an official document's type ---------------------------------------------------------------------------------
def _heading(text):
    folded, offsets = fold_with_offsets(text)
    return [(h.wrong, h.correct) for h in doc_heading_slips(text, folded, offsets)]


@pytest.mark.parametrize("text, wrong, right", [
    ("巫溪县交通运输局关于调整城区公交线路有关事项的同志\n各有关单位：", "同志", "通知"),
    ("某区人民政府关于表彰年度先进集体的绝定\n各街道：", "绝定", "决定"),
    ("关于贯彻落实省级管理半法做好农机补贴工作的通知", "半法", "办法"),
    ("根据市里的实施一件，各乡镇要抓紧落实。", "一件", "意见"),
])
def test_doc_type_slips(text, wrong, right):
    assert (wrong, right) in _heading(text)


@pytest.mark.parametrize("text", [
    "某县教育局关于做好寒假安全工作的通知\n各学校：",
    "关于开展主题党日活动的同志们，请于周五前报名。",
    "贯彻落实专家指导一件件整改到位。",
    "按照工作计划，各单位抓紧落实。",
    "落实帮扶责任，实施同志们结对帮扶。",
])
def test_doc_type_right(text):
    assert _heading(text) == []


# ---- a division's Party committee --------------------------------------------------------------------------------
def _committee(text):
    folded, offsets = fold_with_offsets(text)
    return [(h.wrong, h.correct) for h in committee_slips(text, folded, offsets)]


@pytest.mark.parametrize("text, wrong, right", [
    ("奉节县季书记带队检查冬季安全生产。", "奉节县季", "奉节县委"),
    ("四川省季召开常委会会议。", "四川省季", "四川省委"),
    ("长沙市萎宣传部发布通知。", "长沙市萎", "长沙市委"),
])
def test_committee_slips(text, wrong, right):
    assert (wrong, right) in _committee(text)


@pytest.mark.parametrize("text", [
    "重庆市季度经济数据发布。",
    "重庆市委宣传部举办培训班。",
    "全市季节性用工需求旺盛。",
])
def test_committee_right(text):
    assert _committee(text) == []


# ---- a set line's everyday reading -------------------------------------------------------------------------------
def test_everyday_readings():
    assert {"chong", "zhong"} <= word_readings("重") and "si" not in word_readings("以")
    assert word_sound_similar("重", "从") and not word_sound_similar("以", "失")


@pytest.mark.parametrize("text, right", [
    ("王安石写道：“京口瓜洲一水间，钟山只隔数从山。”", "钟山只隔数重山"),
    ("陆游诗云：山从水复疑无路，柳暗花明又一村。", "山重水复疑无路"),
    ("“照辞白帝彩云间”，说的就是奉节。", "朝辞白帝彩云间"),
])
def test_verse_everyday_reading(text, right):
    assert right in [line for _a, _b, line, _how in verse_slips(fold(text))]


def test_verse_right_lines():
    assert verse_slips(fold("山重水复疑无路，柳暗花明又一村。朝辞白帝彩云间。")) == []


def test_every_scenic_spot_row_names_a_known_county():
    # content_typo.scenic_spots skips a row whose code is not a division (a data slip would vanish silently): every
    # row of the file must have a name and a gazetteer code, and no (name, code) pair is written twice.
    from detectors.content_typo import SCENIC_SPOTS, read_list
    from detectors.places import gazetteer

    divisions = gazetteer().divisions
    rows = [tuple(r) for r in read_list(SCENIC_SPOTS)]
    assert rows
    bad = [r for r in rows if len(r) < 2 or not r[0] or r[1] not in divisions]
    assert bad == []
    pairs = [r[:2] for r in rows]
    assert len(pairs) == len(set(pairs))
