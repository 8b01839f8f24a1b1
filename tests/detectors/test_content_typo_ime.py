"""The input method's language-model typo layer (``detectors.content_typo_ime``): slips outside the lexicons in
places, landmarks and terms found by fcitx5/libime's word trigram; correct text, quoted wrong forms, names, divisions
and posts that sell left alone; the layer off (no crash, nothing reported) when the model or ``kenlm`` is missing.

Tests that need the model skip with the reason when ``./run.sh setup`` has not fetched it (CI has it)."""

from __future__ import annotations

import logging
import sys

import pytest

from detectors import content_typo_ime
from detectors.content import ContentRules, screen_posts
from detectors.content_typo import division_forms
from detectors.textnorm import fold

LM = content_typo_ime.load()
needs_model = pytest.mark.skipif(
    LM is None, reason="输入法语言模型或 kenlm 缺失（./run.sh setup 获取 libime-data-language-model 与 kenlm）")


def slips(text: str, places: frozenset[str] | None = None) -> list[tuple[str, str]]:
    folded = fold(text)
    return [(folded[a:b], word) for a, b, word, _how, _gain in
            LM.slips(folded, division_forms() if places is None else places)]


def typo_findings(text: str, rules: ContentRules) -> list[tuple[str, str, str]]:
    post = {"platform": "weibo", "account_id": "1", "post_id": "1", "text": text}
    return [(f["evidence"]["match"], f["evidence"]["correct"], f["evidence"]["note"])
            for f in screen_posts([post], rules) if f["evidence"].get("class") == "typo"]


@pytest.fixture(scope="module")
def rules() -> ContentRules:
    return ContentRules.load()


@needs_model
@pytest.mark.parametrize("text, wrong, right", [
    ("都江燕水利工程是世界文化遗产，至今仍在发挥灌溉作用。", "都江燕", "都江堰"),  # a landmark, by sound
    ("九寨勾景区冬季门票半价优惠。", "九寨勾", "九寨沟"),  # a landmark, by shape
    ("秦始皇兵马涌博物馆推出夜游项目。", "兵马涌", "兵马俑"),
    ("黄果树瀑步景区推出冬季特惠。", "瀑步", "瀑布"),
    ("武彝山国家公园今年接待游客再创新高。", "武彝山", "武夷山"),  # a national park (dev15, blind-time miss)
    ("安庆黄霉戏艺术节开幕，各地剧团同台献艺。", "黄霉戏", "黄梅戏"),  # an opera form (dev16)
    ("这里是大别山革名老区，红色资源丰富。", "革名", "革命"),  # a formal term inside a body's name
    ("坚持人民至上、生命至上，生命重于秦山，安全生产责任必须压实。", "秦山", "泰山"),  # a set phrase
    ("市场监管局开展食品安全专项整冶行动。", "整冶", "整治"),
])
def test_slips_in_places_landmarks_and_terms_are_found(text, wrong, right):
    assert (wrong, right) in slips(text)


@needs_model
@pytest.mark.parametrize("text", [
    "游客登上泰山之巅观赏日出，玉皇顶上人头攒动。",
    "乐山大佛景区实行预约游览，请游客提前在线购票。",
    "西湖景区断桥残雪吸引众多游客。",
    "呼伦贝尔大草原迎来初雪，牧民转场过冬。",
    "我省积极推进乡村振兴战略，农民收入稳步增长。",
    "今年以来，全县累计发放创业担保贷款三千万元。",
    "市卫健委提醒：冬季是呼吸道疾病高发期，请做好防护。",
    "景阳冈景区推出武松打虎情景剧。",  # a landmark the 2022 model lacks, known to jieba (KNOWN_NAME_MIN)
])
def test_correct_text_is_left_alone(text):
    assert slips(text) == []


@needs_model
def test_quoted_wrong_form_is_not_a_slip():
    assert slips("都江燕水利工程是世界文化遗产。") != []
    assert slips("有人把“都江燕”当成景区名称，其实是都江堰。") == []
    assert slips("#都江燕水利工程# 话题引发讨论，网友纷纷留言。") == []


@needs_model
def test_division_names_are_never_corrected():
    text = "南丰县开展柑橘产业技术培训，帮助果农增收。"
    # without the gazetteer's names the layer may read a county as a slip; with them it never does
    assert all(not division_forms().intersection({w[:k] for k in range(2, len(w) + 1)}) for w, _c in slips(text))
    places = frozenset({"南丰县", "南丰"})
    assert not any(w.startswith("南丰") or w in places for w, _c in slips(text, places))


@needs_model
def test_a_division_misspelt_is_left_to_the_gazetteer_rules():
    text = "刘阳市开展春季植树活动，市民踊跃参加。"
    assert ("刘阳市", "浏阳市") in slips(text, frozenset())
    assert slips(text) == []  # 浏阳市 is a division: the county rule decides by the account's region


@needs_model
def test_a_person_after_a_title_is_not_corrected():
    assert slips("生命重于秦山，安全生产不容松懈。") != []
    assert slips("会上，村委会主任秦山介绍了今年的工作。") == []
    assert slips("秦山同志在会上讲话，部署冬季安全工作。") == []


@needs_model
def test_finding_names_the_layer_and_the_gain(rules):
    (found,) = typo_findings("都江燕水利工程是世界文化遗产，至今仍在发挥灌溉作用。", rules)
    assert found[:2] == ("都江燕", "都江堰")
    assert "输入法语言模型" in found[2] and "增益" in found[2]


@needs_model
def test_leaders_names_and_lexicon_forms_stand(rules):
    assert typo_findings("省委书记王清宪主持召开省委常委会会议。", rules) == []
    assert typo_findings("市应急管理局联合住建、消防等部门开展安全检查。", rules) == []  # a department's short form


@needs_model
def test_a_post_that_sells_keeps_its_own_spelling(rules):
    assert typo_findings("打开手机陶宝，即可购买本地好茶，先到先得，限时秒杀！", rules) == []


@needs_model
def test_margin_decides(monkeypatch):
    folded = fold("都江燕水利工程是世界文化遗产。")
    (score,) = [content_typo_ime.counted(word, how, g) for *_x, word, how, g in LM.slips(folded, division_forms())]
    assert score >= content_typo_ime.MARGIN
    monkeypatch.setattr(content_typo_ime, "MARGIN", score + 0.5)
    assert LM.slips(folded, division_forms()) == []


@needs_model
def test_setting_switches_the_layer_off():
    rules = ContentRules.load(ime=None)
    assert rules.typos.ime is None
    assert typo_findings("市场监管局开展食品安全专项整冶行动。", rules) == []


def test_missing_model_turns_the_layer_off(tmp_path, caplog):
    missing = str(tmp_path / "zh_CN.lm")
    with caplog.at_level(logging.WARNING, logger="detectors.content_typo_ime"):
        assert content_typo_ime.load(missing) is None
        assert content_typo_ime.load(missing) is None
    assert sum("输入法语言模型错字层已关闭" in r.getMessage() for r in caplog.records) == 1  # logged once
    rules = ContentRules.load(ime=missing)
    assert rules.typos.ime is None
    # the rest of the typo rules still work, and the finding of another layer says nothing of the model
    for _match, _correct, note in typo_findings("市场监管局开展食品安全专项整冶行动。", rules):
        assert "输入法语言模型" not in note


def test_missing_kenlm_turns_the_layer_off(tmp_path, monkeypatch, caplog):
    model = tmp_path / "zh_CN.lm"
    model.write_bytes(b"mmap lm http://kheafield.com/code format version 5\n")
    monkeypatch.setitem(sys.modules, "kenlm", None)  # import kenlm raises ImportError
    with caplog.at_level(logging.WARNING, logger="detectors.content_typo_ime"):
        assert content_typo_ime.load(str(model)) is None
    assert any("kenlm" in r.getMessage() for r in caplog.records)


def test_unreadable_model_turns_the_layer_off(tmp_path, caplog):
    pytest.importorskip("kenlm", reason="kenlm 未安装（./run.sh setup）")
    model = tmp_path / "broken.lm"
    model.write_bytes(b"not a language model")
    with caplog.at_level(logging.WARNING, logger="detectors.content_typo_ime"):
        assert content_typo_ime.load(str(model)) is None
    assert any("无法读取模型" in r.getMessage() for r in caplog.records)


def test_model_file_lookup(tmp_path, monkeypatch):
    assert content_typo_ime.find_model(str(tmp_path / "nowhere.lm")) is None
    lm = tmp_path / ".cache" / "libime" / "usr" / "lib" / "x86_64-linux-gnu" / "libime" / "zh_CN.lm"
    lm.parent.mkdir(parents=True)
    lm.write_bytes(b"")
    assert content_typo_ime.find_model(str(lm)) == lm
    monkeypatch.setattr(content_typo_ime, "REPO_ROOT", tmp_path)
    assert content_typo_ime.find_model("") == lm  # run.sh setup's copy comes first
