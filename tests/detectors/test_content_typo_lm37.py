"""错字, thirty-seventh round: the word-probability layer (``content_typo_lm``) reads a second, independent word-frequency
source (wordfreq's large Chinese table) beside jieba's dictionary: a correction jieba lacks or holds with too low a
frequency (溧阳, 治党, 珲春) is found; the shared jieba tokenizer and the other layers' vocabulary stay jieba's own.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors import content_typo_lm as lm
from detectors.textnorm import fold


def slips(text):
    folded = fold(text)
    return [(folded[a:b], word) for a, b, word, _how, _gain in lm.probable_slips(folded)]


@pytest.fixture
def jieba_only(monkeypatch):
    """The layer with jieba's dictionary alone (the second source switched off, its caches emptied before and after)."""
    for f in (lm._second, lm._model, lm._candidates):
        f.cache_clear()
    monkeypatch.setattr(lm, "SECOND_SOURCE", False)
    yield
    monkeypatch.undo()
    for f in (lm._second, lm._model, lm._candidates):
        f.cache_clear()


@pytest.mark.parametrize("text, wrong, right", [
    ("这次调研走访了漂阳市的几个村。", "漂阳", "溧阳"),  # 溧阳: 29 in jieba, too rare for a correction
    ("全面从严治当永远在路上，各级组织要扛起责任。", "治当", "治党"),  # 治党: 3 in jieba
    ("这次调研走访了溧阳和浑春市的几个村。", "浑春", "珲春"),  # 珲春 34 in jieba
])
def test_second_source_supplies_the_correction(text, wrong, right):
    assert (wrong, right) in slips(text)


@pytest.mark.parametrize("text, wrong", [
    ("这次调研走访了漂阳市的几个村。", "漂阳"),
    ("全面从严治当永远在路上，各级组织要扛起责任。", "治当"),
])
def test_jieba_alone_does_not_see_it(jieba_only, text, wrong):
    assert wrong not in [w for w, _r in slips(text)]


@pytest.mark.parametrize("text", [
    "遇大雾等恶劣天气时，交警部门将视情采取临时交通管制措施。",
    "会员到店消费可专享九五折优惠，详情请咨询门店。",
    "往期推荐：社保卡办理指南、医保缴费须知。",
    "这次活动吸引了不少市民前来打卡，现场气氛热烈。",
])
def test_real_words_stay_quiet(text):
    assert slips(text) == []


def test_shared_tokenizer_and_vocabulary_stay_jiebas():
    lm.probable_slips(fold("这次调研走访了漂阳市的几个村。"))
    dt = lm._tokenizer()
    assert lm._model() is not dt  # a copy: the content model and the other layers keep jieba's frequencies
    jieba_words, candidates = lm._vocabulary()[0], lm._candidates()[0]
    assert "港珠澳" not in dt.FREQ and "港珠澳" not in jieba_words  # a word jieba lacks …
    assert "港珠澳" in candidates and lm._model().FREQ.get("港珠澳", 0) >= 1  # … enters the layer's copy only
    # a frequency jieba holds too low for a correction is raised in the copy only; a common word keeps jieba's
    assert "治党" not in jieba_words and candidates["治党"] > dt.FREQ["治党"] and lm._model().FREQ["治党"] > dt.FREQ["治党"]
    assert candidates["办公"] == jieba_words["办公"] == lm._model().FREQ["办公"] == dt.FREQ["办公"]


def test_second_source_is_lazy():
    # importing the layer reads no table: wordfreq is imported on the layer's first call only
    import subprocess
    import sys

    code = "import sys, detectors.content_typo_lm; print('wordfreq' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
