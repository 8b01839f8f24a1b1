"""A mention that is a place alone names no body: ``refers_to_unit`` says no instead of failing (an empty remainder
after the place once raised IndexError and took the whole content detector down for every post of the run)."""

import pytest

from detectors.content_repost import refers_to_unit


@pytest.mark.parametrize("mention", ["山东省", "本省", "我省", "省", "山东省厅", "本省厅"])
def test_a_place_alone_or_with_one_character_names_no_body(mention):
    assert refers_to_unit(mention, "山东省住房和城乡建设厅") is False


@pytest.mark.parametrize("mention", ["本市", "市", "青岛市"])
def test_a_city_alone_names_no_body_of_the_city(mention):
    assert refers_to_unit(mention, "青岛市公安局") is False


def test_the_unit_itself_is_still_read():
    assert refers_to_unit("省住房城乡建设厅", "山东省住房和城乡建设厅") is True
    assert refers_to_unit("本市公安局", "青岛市公安局") is True
