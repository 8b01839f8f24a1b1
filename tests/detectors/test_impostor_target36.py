"""Issue #12, thirty-sixth round: a respelt name that fits two entries alike on score, avatar and platform points at
the entry whose characters it stands for by the strong likenesses (the shape table, the same reading with its tone),
not at the one first in the registry. Names written for these tests (real counties, invented accounts), none taken
from an evaluation part."""

from __future__ import annotations

from detectors.impostor import _strong_likenesses
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg


def test_strong_likenesses_count_shape_table_and_toned_sound_only():
    assert _strong_likenesses("主田发布", "玉田发布") == 1  # 主 is drawn like 玉 (shape table)
    assert _strong_likenesses("主田发布", "古田发布") == 0  # 主 is only near 古 (glyph table)
    assert _strong_likenesses("玉田发布", "玉田发布") == 0


def test_tie_between_two_entries_goes_to_the_strong_likeness_not_registry_order():
    registry = [
        reg("古田发布", "古田县人民政府新闻办公室", "g1", "福建省宁德市古田县"),  # first in the registry
        reg("玉田发布", "玉田县人民政府新闻办公室", "y1", "河北省唐山市玉田县"),
    ]
    found = findings(registry, [acc("发布主田", "c1")])
    assert found["c1"]["target"]["account_id"] == "y1"
