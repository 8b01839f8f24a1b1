"""One reader of verification texts (``core.bodies.verification_names``): the crawler's typing and the detectors'
``organisation_in`` read the same organisation from the same text. Every example is invented for the test."""

from __future__ import annotations

import detectors.government as government
from core.bodies import VERIFY_SPLIT, names_government_body, verification_names
from crawler.platforms.base import classify_verification
from detectors.government import government_unit_in, organisation_in


def test_the_detectors_have_no_reader_of_their_own():
    assert not hasattr(government, "_verification_segments")
    assert not hasattr(government, "_VERIFY_HEADS") and not hasattr(government, "_VERIFY_TAILS")


def test_two_heads_in_a_row_are_both_taken_off():
    assert list(verification_names("微博认证认证信息某丘县应急管理局")) == ["某丘县应急管理局"]
    assert list(verification_names("认证主体认证信息某丘县应急管理局官方微博")) == ["某丘县应急管理局"]
    assert organisation_in("机构认证认证主体某丘县应急管理局") == "某丘县应急管理局"


def test_a_phrase_of_heads_only_is_no_phrase_and_empty_phrases_are_not_yielded():
    assert list(verification_names("认证信息：")) == []
    assert list(verification_names("微博认证认证信息：  ；；")) == []
    assert list(verification_names("认证主体：某丘县水务局，，")) == ["某丘县水务局"]
    assert list(verification_names("")) == [] and list(verification_names(None)) == []


def test_two_tails_in_a_row_are_both_taken_off_and_a_short_name_is_kept():
    assert list(verification_names("某丘县水务局政务新媒体平台")) == ["某丘县水务局"]
    assert list(verification_names("某丘县水务局官方网站门户网站")) == ["某丘县水务局"]
    assert list(verification_names("快手官方账号")) == ["快手"]  # two characters stay


def test_title_marks_split_a_programme_from_its_organisation_for_every_layer():
    text = "《某丘夜话》栏目 某丘县融媒体中心"
    assert VERIFY_SPLIT.split(text)[:2] == ["", "某丘夜话"]
    assert "某丘县融媒体中心" in list(verification_names(text))
    assert organisation_in(text) == "某丘县融媒体中心" == government_unit_in(text)
    assert names_government_body(text) and classify_verification(text) == "government"


def test_crawler_and_detectors_read_the_same_organisation():
    for text in ("认证信息：某丘县公安局官方微博", "微信认证：某丘县司法局", "账号主体：某丘县人民政府办公室政务号"):
        names = list(verification_names(text))
        assert organisation_in(text) == names[0]
        assert names_government_body(text) and classify_verification(text) == "government"
