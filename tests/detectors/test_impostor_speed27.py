"""Fast paths of the impostor detector's hot loops (imp-speed27): each gives what the slow path gives, on invented
names."""

from __future__ import annotations

from detectors.affixes import has_separator, name_segments


def test_has_separator_agrees_with_name_segments():
    # a name without a separator is one segment (or none): the fast path of ``_segment_hits`` skips reading it
    names = ["青禾发布", "青禾\u200b发布", "青禾⎸发布", "咋办·青禾公安", "青禾 发布", "青禾\u31c0发布", "", "⎸",
             "ab12青禾", "青禾😀发布", "【青禾】发布", "青禾丨发布", "青禾ｌ发布"]
    for name in names:
        if not has_separator(name):
            assert len(name_segments(name)) <= 1, name
    assert not has_separator("青禾发布") and not has_separator("青禾\u200b发布")
    assert has_separator("咋办⎸青禾发布") and name_segments("咋办⎸青禾发布") == ["咋办", "青禾发布"]
