"""Issue #12, twenty-eighth session (avatar-only impostors): a division's name written only inside a longer geographic
name of jieba's dictionary (a mountain, river, region or sight: 江南 in 大江南北, 泰山 in 阿尔泰山) names that
geographic feature, not the division (``detectors.places.geographic_spans``, read by
``detectors.impostor._Officials.places_in``): for the avatar rules it is no "other place" that refuses a copy of a
unit's distinctive avatar. A place written beside another division's name (南宁 in 广西南宁) or beginning a longer
word (西藏 in 西藏高原) is still the place. Invented names and generated images; no evaluation string."""

from __future__ import annotations

import ahocorasick

from core.avatars import avatar_hashes
from detectors import impostor, places
from detectors.context import DetectionContext
from detectors.places import geographic_spans, geographic_words
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout
from tests.detectors.test_avatar_profile_shots import acc, reg, run


def _registry() -> list[dict]:
    return [reg("安图发布", "安图县人民政府新闻办公室", "a1", "吉林省延边朝鲜族自治州安图县",
                avatar_hashes=avatar_hashes(png_bytes(layout(label="安图发布", **PURPLE)))),
            reg("江南发布", "南宁市江南区人民政府新闻办公室", "j1", "广西壮族自治区南宁市江南区",
                avatar_hashes=avatar_hashes(png_bytes(layout(label="江南发布", **GREEN))))]


def test_the_inventory_is_the_dictionary_s_geographic_names_without_divisions():
    words = geographic_words()
    assert {"大江南北", "阿尔泰山"} <= words
    assert "黄山市" not in words and "长白山区" not in words  # a division's name, or ending in a level word
    assert all(len(w) >= 3 for w in words)


def test_a_place_inside_a_geographic_name_is_not_that_place():
    assert geographic_spans("大江南北政务晨报", "江南", 1)
    assert geographic_spans("阿尔泰山脚下牧场", "泰山", 2)
    assert not geographic_spans("广西南宁便民通", "南宁", 2)  # after another division's name: the place
    assert not geographic_spans("西藏高原便民通", "西藏", 0)  # beginning the word: the place
    assert not geographic_spans("江南政务晨报", "江南", 0)  # on its own


def test_a_place_before_a_compass_pair_is_the_land_on_both_sides(monkeypatch):
    automaton = ahocorasick.Automaton()
    for word in ("青云岭东西", "青云岭南麓"):  # invented geographic words
        automaton.add_word(word, word)
    automaton.make_automaton()
    monkeypatch.setattr(places, "_geographic_automaton", lambda: automaton)
    assert geographic_spans("青云岭东西百姓", "青云岭", 0)
    assert not geographic_spans("青云岭南麓百姓", "青云岭", 0)  # 南麓 is no compass pair: the place


def test_places_in_leaves_out_a_place_written_inside_a_geographic_name():
    officials = impostor._Officials(DetectionContext(registry=_registry(), accounts=[]))
    assert officials.places_in("大江南北政务晨报") == []
    assert officials.places_in("江南政务晨报") == ["江南"]


def test_a_copy_on_a_name_writing_a_geographic_name_is_no_longer_refused_as_another_place(tmp_path):
    copy = avatar_hashes(png_bytes(layout(label="安图发布", **PURPLE)))
    found = run(tmp_path, _registry(), [
        acc("大江南北政务晨报", "x1", avatar_hashes=copy),  # the region, not 南宁's 江南区: a suspect of the avatar's unit
        acc("江南政务晨报", "x2", avatar_hashes=copy),  # 江南 written on its own: another place, refused
    ])
    assert set(found) == {"x1"}
    assert found["x1"]["target"]["account_id"] == "a1"
    assert found["x1"]["score"] == impostor.AVATAR_ONLY_SCORE
