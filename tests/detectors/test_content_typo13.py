"""错敏字, tenth session (issue #18): coverage of the lexicon of correct forms, and the coverage bench.

The typo rule finds only misspellings of terms it knows, so the lexicon was audited against public inventories (laws
in force, State Council and Party-centre bodies, people's organisations, plenum formulations, national strategies,
government-work terms, national campaigns; ``lexicons/SOURCES.md``). Recall: a one-character slip of an added term is
found and corrected to it. Precision: the added terms' real neighbours (another correct wording, a longer name, a
local body) stay clean, and the three-character ministry abbreviations the audit left out stay out.

``bench/typo_coverage.py`` makes the slips it measures with the project's own tables: each generated case is one
character off its term, by look or by sound, and sits where the case says.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from detectors.charsim import confusion
from detectors.content import ContentRules, _hits
from detectors.content_typo import TypoFinder, canonical, load_terms
from detectors.textnorm import fold

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text):
    return [(text[h.start:h.end], h.term) for h in _hits(text, rules, year=2026) if h.cls == "typo"]


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("我县组织边境群众学习《陆地国届法》。", "陆地国届法", "陆地国界法"),  # a law in force (2021)
    ("司法局开展《境外非政府组织境内活动管理发》宣传。", "境外非政府组织境内活动管理发", "境外非政府组织境内活动管理法"),
    ("市民政局认真贯彻《殡葬管理条利》。", "殡葬管理条利", "殡葬管理条例"),  # an administrative regulation
    ("传达学习中央网信半有关通知精神。", "中央网信半", "中央网信办"),  # a Party-centre office's short name
    ("中国国际贸易促进委圆会分会举办对接会。", "中国国际贸易促进委圆会", "中国国际贸易促进委员会"),  # a people's organisation
    ("加快形成同新质生产力更相适应的新型生厂关系。", "新型生厂关系", "新型生产关系"),  # a formulation
    ("坚持以新安全格局保障新发展各局。", "以新安全格局保障新发展各局", "以新安全格局保障新发展格局"),
    ("全面推行重大执法决定法制审合制度。", "重大执法决定法制审合制度", "重大执法决定法制审核制度"),  # government work
    ("我市推行“免申既享”，让企业少跑腿。", "免申既享", "免申即享"),
    ("严格落实永久基本农天保护制度。", "永久基本农天", "永久基本农田"),
    ("我镇开展“我为群众办实是”实践活动。", "我为群众办实是", "我为群众办实事"),
    ("全省深入开展安全生产专项整治三年行洞。", "安全生产专项整治三年行洞", "安全生产专项整治三年行动"),  # a campaign
    ("全国人大宪法和法律委员汇召开全体会议。", "全国人大宪法和法律委员汇", "全国人大宪法和法律委员会"),
    ("深入践行八八站略，奋力打造重要窗口。", "八八站略", "八八战略"),  # a province's strategy
])
def test_slips_of_audited_terms_are_found(rules, text, wrong, right):
    assert (wrong, right) in typos(rules, text)


@pytest.mark.parametrize("text", [
    "我县组织边境群众学习《中华人民共和国陆地国界法》。",
    "推行容缺受理、容缺办理，首违不罚、首违免罚清单动态调整。",  # two wordings in use, neither a slip of the other
    "中央农村工作会议召开，中央农办主任作说明。",
    "全国总工会、全国妇联、中国残联联合开展慰问活动。",
    "中国作协会员座谈会在我市举行，市文联、市作协负责同志参加。",
    "全国工商联执委会议召开，各地工商联主席参加。",
    "本次培训邀请国家防总办公室专家授课。",
    "一窗受理、全程网办、帮办代办，让群众少跑腿。",
    "村务监督委员会主任列席会议，研究国土空间规划和多规合一工作。",
    "全国青年联合会、全国学生联合会的代表参加座谈。",  # 全国青联 / 全国学联 left out: 联 and 年 sound alike
    "规范涉企行政检查，减少行政检查频次。",  # 行政检察 left out: 行政检查 is another right term
    "省人大财政经济委员会、市政协提案委员会负责同志参加。",  # a local body's committee, not the national one
])
def test_real_neighbours_of_audited_terms_stay_clean(rules, text):
    assert typos(rules, text) == []


@pytest.mark.parametrize("text", [
    "科技为民、文旅为民，住建部门陪伴群众走访老旧小区。",
    "人社窗口不断优化服务，科技不断赋能基层治理。",
])
def test_three_character_ministry_abbreviations_stay_out(rules, text):
    # 人社部 / 住建部 / 文旅部 / 科技部 / 发改委 are left out of the lexicon: a domain word followed by any verb or
    # adverb one sound or look from 部 / 委 is an ordinary sentence
    terms = {t.correct for t in load_terms()}
    assert not {"人社部", "住建部", "文旅部", "工信部", "科技部", "发改委"} & terms
    assert typos(rules, text) == []


# ---- the coverage bench ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("typo_coverage", ROOT / "bench" / "typo_coverage.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return module


def test_generated_slips_are_one_character_off_by_look_or_sound(bench):
    common, by_sound = bench.common_chars()
    rng = random.Random(1)
    for term in ("外国国家豁免法", "中央网信办", "新型生产关系", "免申即享"):
        made = bench.slips(term, rng, common, by_sound, frozenset())
        assert {how for _w, how in made} <= {"形近", "音近"} and made
        for wrong, how in made:
            diff = [(a, b) for a, b in zip(term, wrong) if a != b]
            assert len(wrong) == len(term) and len(diff) == 1
            assert confusion(*diff[0]) == how


def test_generated_cases_sit_in_prose_where_they_say(bench, tmp_path):
    lexicon = tmp_path / "terms.txt"
    lexicon.write_text("# ---- 测试 ----\n中华人民共和国陆地国界法\n县级融媒体中心\n", encoding="utf-8")
    cases = bench.make_cases(bench.lexicon_blocks(lexicon), per_term=2, seed=0)
    assert cases and {c.block for c in cases} == {"测试"}
    for c in cases:
        assert c.text[c.start:c.end] == c.wrong
        if c.term.endswith("法"):
            assert c.text[c.start - 1] == "《" and c.text[c.end] == "》"  # a law is cited in 《》
    finder = TypoFinder(load_terms())
    found, stray = bench.score(finder, cases)
    assert all(right for _f, right in found) and stray == 0


def test_reference_inventory_parses_into_blocks(bench):
    forms = bench.lexicon_blocks(ROOT / "bench" / "data" / "typo_reference_terms.txt")
    blocks = {b for _f, b in forms}
    assert len(forms) > 500 and len(blocks) >= 10
    assert all(not f.startswith("#") for f, _b in forms)
    assert all(canonical(fold(f)) for f, _b in forms)
