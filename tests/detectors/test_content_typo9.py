"""错敏字, tenth round (issue #18): provincial leaders' names next to a provincial title, names of other listed leaders,
and two kinds of correct phrases that read like slips.

Every sentence here was written for these tests (none is taken from the evaluation sets). Each mechanism has
positive sentences and hard negatives: a correct name next to the title, another real person with a similar name,
the name in a non-leader context, a deputy's title, a city's own officials.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detectors.charsim import confusion
from detectors.content import ContentRules, _hits
from detectors.content_typo import (
    AUTONOMOUS,
    LEXICON_DIR,
    MUNICIPALITIES,
    PROVINCIAL_TITLES,
    provincial_leaders,
)


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def typos(rules, text):
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == "typo"]


def found(finder, text):
    return [(h.wrong, h.correct) for h in finder.find(text)]


# ---- the lexicon ---------------------------------------------------------------------------------------------------

def test_every_provincial_level_division_has_its_secretary_and_head():
    divisions = Path(__file__).resolve().parents[2] / "detectors" / "data" / "divisions.tsv"
    names = [row.split("\t")[1] for row in divisions.read_text(encoding="utf-8").splitlines()
             if re.match(r"\d{2}0000\t", row) and row[:2] not in ("71", "81", "82")]  # not Taiwan, Hong Kong, Macao
    assert len(names) == 31
    rows = provincial_leaders([LEXICON_DIR])
    for full in names:
        short = next(p for p in {p for _n, p, _r in rows} if full.startswith(p))
        roles = {r for _n, p, rs in rows if p == short for r in rs}
        assert {"书记", "首长"} <= roles, full
    assert all(r in PROVINCIAL_TITLES["省"] for _n, _p, rs in rows for r in rs)
    assert MUNICIPALITIES | AUTONOMOUS <= {p for _n, p, _r in rows}


def test_listed_names_one_character_apart_are_both_listed(finder):
    # 应勇 (上海市长 until 2020) and 殷勇 (北京市长) sound alike: both are real, both listed, neither is a slip
    assert confusion("应", "殷") == "音近"
    assert {"应勇", "殷勇"} <= finder.listed_names
    assert found(finder, "上海市长殷勇") == [] and found(finder, "北京市长应勇") == []
    assert found(finder, "市长应勇主持召开市政府常务会议，上海") == []


# ---- provincial titles anchor provincial leaders' names ---------------------------------------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("省委书记黄坤名主持会议，研究部署全省秋冬季森林防火工作。", "省委书记黄坤名"),         # 明→名 sound-alike
    ("省委副书记、省长周乃翊到临沂调研春耕备耕。", "省长周乃翊"),                          # 翔→翊 look-alike
    ("周乃详省长在会上强调，要压实防汛责任。", "周乃详省长"),                              # name before the title
    ("自治区党委书记陈晓江在喀什调研。", "区党委书记陈晓江"),                              # 小→晓, an autonomous region
    ("自治区主席艾尔肯·吐尼压孜会见客人。", "自治区主席艾尔肯·吐尼压孜"),                 # a name with a middle dot
    ("省人大常委会主任倪岳锋出席座谈会。", "省人大常委会主任倪岳锋"),                      # 峰→锋
    ("省政协主席林克青出席开幕式。", "省政协主席林克青"),                                  # 庆→青
    ("北京市长殷涌出席活动。", "北京市长殷涌"),                                              # a municipality's full title
    ("北京：市长殷涌到通州调研城市副中心建设。", "市长殷涌"),                              # bare title, city named
    ("黄坤鸣主持召开省委常委会会议，传达学习有关文件精神。", "黄坤鸣主持召开"),           # no title: chairing the
    ("王楷主持召开省政府第十二次常务会议。", "王楷主持召开"),                              # leading body's meeting
])
def test_provincial_leader_misspelt(rules, text, wrong):
    assert typos(rules, text) == [wrong], text


@pytest.mark.parametrize("text", [
    "省委书记黄坤明主持会议，研究部署全省秋冬季森林防火工作。",        # correct name next to the title
    "省委副书记、省长周乃翔到临沂调研春耕备耕。",
    "自治区主席艾尔肯·吐尼亚孜会见客人。",
    "省长黄坤明到企业调研。",                   # a wrong title is not checked (officials move), the name is right
    "副省长周乃祥到黄河滩区调研。",             # a vice governor is another person
    "常务副省长王楷主持召开会议。",
    "村民周乃祥今年种了二十亩大棚蔬菜。",       # the name without a leader's title: an ordinary person
    "市长殷涌到通州调研城市副中心建设。",       # a bare 市长 without the municipality named: any city's mayor
    "省长王楷文主持召开全省春耕备耕工作会议。",  # a two-character name is the start of a longer one
    "周乃祥主持召开全省水利工作会议。",         # a department head chairs a province-wide work meeting
    "县委书记王楷主持召开县委常委会会议。",     # a county's own secretary
    "市委书记尹历主持召开市委常委会会议，郑州市委常委出席。",  # a city's own secretary (尹力 is 北京's)
])
def test_provincial_hard_negatives(rules, text):
    assert typos(rules, text) == [], text


# ---- correct phrases that read like slips --------------------------------------------------------------------------

def test_pinyin_slip_that_makes_another_everyday_word_is_another_phrase(finder):
    # 中国人民银行 → 中国人民进行: j/y one letter apart, but 进行 is an everyday word and the sentence goes on with it
    assert found(finder, "抗战中，中国人民进行了不屈不挠的斗争。") == []
    assert found(finder, "新时代文明实现中心挂牌。") == [("新时代文明实现中心", "新时代文明实践中心")]  # inside
    assert found(finder, "中国人民很行发布通知。") == [("中国人民很行", "中国人民银行")]  # a look-alike stays a slip


def test_added_modifier_that_makes_a_word_is_not_a_slip(rules):
    # 大排查 is a dictionary word (a campaign): 安全隐患排查 with 大 before 排查 is a phrasing, not an extra character
    assert typos(rules, "全市启动燃气领域安全隐患大排查，覆盖所有餐饮场所。") == []
    # …but an extra character inside a fixed name stays a slip, even when it makes a word there
    assert typos(rules, "全国人大常委员会审议通过修正案。") == ["全国人大常委员会"]
    assert typos(rules, "新疆维吾尔族自治区成立70周年。") == ["新疆维吾尔族自治区"]
