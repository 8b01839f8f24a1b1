"""Classes of imitation first seen when the blind dev4 part was measured (examples here are invented, not
taken from any evaluation part)."""

from __future__ import annotations

import pytest

from detectors.affixes import explain_added
from detectors.names import normalize_name


@pytest.mark.parametrize("raw", ["济南➊➋➌➍➎", "济南⓵⓶⓷⓸⓹", "济南➀➁➂➃➄", "济南❶❷❸❹❺", "济南①②③④⑤"])
def test_enclosed_and_dingbat_digits_read_as_digits(raw):
    assert normalize_name(raw) == "济南12345"


def test_enclosed_numbers_above_nine_and_fractions():
    assert normalize_name("济南⑫") == "济南12"
    assert normalize_name("济南\u2189") == "济南03"  # NFKC: 0⁄3, the fraction slash dropped (unchanged behaviour)


@pytest.mark.parametrize("added", ["快来看", "务必看", "行动中", "美食通"])
def test_owner_words_inside_other_words_are_not_owners(added):
    assert explain_added(added).owner == []


@pytest.mark.parametrize("added,owner", [("老张看", ["看"]), ("看学法律", ["看"]), ("网友评", ["评"]), ("车行", ["行"]),
                                         ("老王饭店", ["店"]), ("泉城美食", ["美食"]), ("美食通讯", ["美食"])])
def test_owner_words_of_a_speaker_or_a_business_still_rule_out(added, owner):
    assert set(owner) <= set(explain_added(added).owner)


def test_affixed_name_with_exhortation_and_slogan_is_flagged():
    from detectors.context import DetectionContext
    from detectors.impostor import detect
    registry = [{"unit": "济南市公安局", "platform": "weibo", "account_id": "r1", "name": "济南公安",
                 "status": "active", "region": "山东省济南市"}]
    accounts = [{"platform": "douyin", "account_id": f"c{k}", "name": name}
                for k, name in enumerate(["快来看济南公安", "济南公安行动中", "老张看济南公安", "看济南公安学法律"])]
    found = {f["account_id"] for f in detect(DetectionContext(registry=registry, accounts=accounts))}
    assert found == {"c0", "c1"}
