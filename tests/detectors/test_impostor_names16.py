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


def test_a_recoloured_copy_nearer_by_hash_to_another_places_badge_goes_to_the_named_places_unit(tmp_path):
    """A copy recoloured by the impostor can come out nearer by hash to another county's badge of the same layout
    than to its own unit's (a few bits beyond the usual radius). The name gives the place; the drawing without
    colours decides. The hash distances are set by hand (the images are the project's own drawings); the edge maps
    are computed from the files."""
    from detectors.avatar import colour_matrix, hash_matrix, hashes_for_record
    from tests.detectors.test_avatar_recolour import emblem_badge, hue_turned

    own = emblem_badge((200, 40, 40), (250, 240, 220), "tower", "石阡公安")
    own.save(tmp_path / "own.png")
    emblem_badge((40, 40, 200), (220, 240, 250), "leaf", "思南公安").save(tmp_path / "rival.png")
    hue_turned(own, 100).save(tmp_path / "copy.png")
    registry = [
        {"unit": "石阡县公安局", "platform": "weibo", "account_id": "r1", "name": "石阡公安", "status": "active",
         "region": "贵州省铜仁市石阡县", "avatar": "own.png"},
        {"unit": "思南县公安局", "platform": "weibo", "account_id": "r2", "name": "思南公安", "status": "active",
         "region": "贵州省铜仁市思南县", "avatar": "rival.png"},
    ]
    suspect = {"platform": "douyin", "account_id": "s", "name": "石阡警民心连心", "avatar": "copy.png"}
    officials = impostor._Officials(DetectionContext(registry=registry, accounts=[], base_dir=tmp_path))
    form = analyse_name(suspect["name"])
    hashes = [hashes_for_record(suspect, tmp_path)]
    row, colour = hash_matrix(hashes)[0], colour_matrix(hashes)[0]
    by_name = {e["account_id"]: k for k, e in enumerate(officials.entries)}
    rival, target = by_name["r2"], by_name["r1"]

    def near(_row, radius):  # the rival's badge at 6 bits, the unit's own recoloured badge at 11
        return [(x, d) for x, d in ((rival, 6), (target, 11)) if d <= radius]

    officials.distinctive.near = near
    found, _why = impostor.avatar_only_verdict(officials, suspect, form, row, colour, 10)
    assert found is not None and officials.entries[found[1]]["account_id"] == "r1"
    assert found[3]["structure_similarity"] >= impostor.STRUCTURE_BARE

    # the name giving the rival's place keeps the old reading: the avatar points elsewhere, nothing is reported
    other = dict(suspect, name="思南警民心连心")
    found, _why = impostor.avatar_only_verdict(officials, other, analyse_name(other["name"]), row, colour, 10)
    assert found is None or officials.entries[found[1]]["account_id"] != "r1"
