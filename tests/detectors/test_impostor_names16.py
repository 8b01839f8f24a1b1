"""Name layers, sixteenth round of #12: a character one stroke away from the registered one (read from the IDS
decompositions, not from a list of pairs), a traditional character that is also a Japanese variant of another, and a
swapped name whose place is respelt. Every example is the project's own (places of several provinces)."""

from __future__ import annotations

import pytest

from detectors import impostor
from detectors.context import DetectionContext
from detectors.names import analyse_name, compare_names, decompositions, strokes_apart


@pytest.mark.parametrize("x, y", [
    ("石", "百"),  # 一 丿 口 and 一 丿 日 = 一 丿 口 一: the box given a middle stroke
    ("巾", "布"),  # 布 = 一 丿 巾: the part of bare strokes dropped
    ("大", "太"),
    ("王", "玉"),
    ("日", "目"),
])
def test_characters_one_stroke_apart(x, y):
    assert strokes_apart(x, y) and strokes_apart(y, x)


@pytest.mark.parametrize("x, y", [
    ("一", "二"),  # only bare strokes: no component kept
    ("济", "源"),  # a shared radical is not one stroke
    ("公", "分"),
    ("江", "红"),
    ("石", "石"),
    ("a", "b"),
])
def test_characters_not_one_stroke_apart(x, y):
    assert not strokes_apart(x, y)


def test_a_traditional_form_noted_after_the_components_is_no_component():
    assert ["广", "由"] in decompositions()["庙"]
    assert all("廟" not in parts for parts in decompositions()["庙"])


def test_a_traditional_character_that_is_also_a_japanese_variant_reads_as_its_simplified_form():
    # 連 is the traditional 连; only in Japanese does it also stand for 聯 (联)
    assert analyse_name("大連发布").core == "大连发布"
    assert analyse_name("大連發布").core == "大连发布"


def test_a_changed_character_one_stroke_away_that_breaks_its_word_is_a_look_alike():
    m = compare_names(analyse_name("临朐发巾", None), analyse_name("临朐发布", None))
    assert m is not None and m.layer == "shape" and "只差一笔" in m.reasons[-1]


def _registry():
    return [
        {"unit": "临朐县人民政府新闻办公室", "platform": "weibo", "account_id": "r1", "name": "临朐发布",
         "status": "active", "region": "山东省潍坊市临朐县"},
        {"unit": "石阡县公安局", "platform": "weibo", "account_id": "r2", "name": "石阡公安",
         "status": "active", "region": "贵州省铜仁市石阡县"},
        {"unit": "绩溪县文化和旅游局", "platform": "weibo", "account_id": "r3", "name": "绩溪文旅",
         "status": "active", "region": "安徽省宣城市绩溪县"},
        {"unit": "泗水县公安局", "platform": "weibo", "account_id": "r4", "name": "泗水公安",
         "status": "active", "region": "山东省济宁市泗水县"},
    ]


def _detect(names: dict[str, str]) -> dict[str, dict]:
    accounts = [{"platform": "douyin", "account_id": k, "name": n} for k, n in names.items()]
    return {f["account_id"]: f for f in impostor.detect(DetectionContext(registry=_registry(), accounts=accounts))}


def test_one_stroke_away_with_a_level_word_added_is_found():
    found = _detect({"a": "临朐县发巾", "b": "百阡县公安"})
    assert found["a"]["target"]["account_id"] == "r1"
    assert found["b"]["target"]["account_id"] == "r2"


def test_a_swapped_name_with_its_place_respelt_by_look_alike_and_same_sound_characters_is_found():
    # 绩溪文旅 swapped to 文旅…, with 绩 → 积 (ji) and 溪 → 西 (xi) read alike; 泗水 → 泗氺 (氺 drawn like 水)
    found = _detect({"a": "文旅积西", "b": "公安泗氺"})
    assert found["a"]["target"]["account_id"] == "r3"
    assert found["b"]["target"]["account_id"] == "r4"


@pytest.mark.parametrize("name", [
    "石门公安",  # another real county (石门县, Hunan): its own police
    "公安泗洪",  # 泗洪县 (Jiangsu): a real place swapped in, not the registered one respelt
    "文旅歙县",  # another real county of the same prefecture, swapped: its own bureau
    "百泉公安",  # 百泉 is a word (a spring, a town): the change does not break it
])
def test_other_places_and_words_stay_clean(name):
    assert _detect({"x": name}) == {}
