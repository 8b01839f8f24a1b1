"""Issue #12 item 5, twenty-fourth session: a landmark whose name holds other places' names (长白 and 白山 in 长白山)
names the landmark, not those places, for the avatar rules (``detectors.impostor._Officials.places_in``): a copy of a
unit's distinctive avatar on a government-sounding name that gives the landmark by the unit's county is a suspect,
while a place written on its own outside the landmark still refuses; and the fine reading of a tiny screenshot runs
for a unit whose own place the name gives beside the unit's own words or trade (not only beside a government word).
Invented names and generated images; no evaluation string."""

from __future__ import annotations

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.context import DetectionContext
from detectors.names import analyse_name
from detectors.places import nickname_places, nickname_spans
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, _badge, layout
from tests.detectors.test_avatar_profile_shots import acc, reg, run


def _registry() -> list[dict]:
    return [reg("安图发布", "安图县人民政府新闻办公室", "a1", "吉林省延边朝鲜族自治州安图县",
                avatar_hashes=avatar_hashes(png_bytes(layout(label="安图发布", **PURPLE)))),
            reg("长白发布", "长白朝鲜族自治县人民政府新闻办公室", "c1", "吉林省白山市长白朝鲜族自治县",
                avatar_hashes=avatar_hashes(png_bytes(_badge()))),
            reg("白山发布", "白山市人民政府新闻办公室", "b1", "吉林省白山市",
                avatar_hashes=avatar_hashes(png_bytes(layout(label="白山发布", **GREEN))))]


def test_a_landmark_spans_the_places_its_name_holds():
    assert nickname_spans("长白山北坡晨报") == [(0, 3, "长白山")]
    assert {"安图", "抚松", "长白"} <= set(nickname_places("长白山北坡晨报"))
    assert "白山" not in nickname_places("长白山北坡晨报")  # the mountain is not the city it shares a name with
    assert nickname_spans("白山发布") == []


def test_places_written_only_inside_a_landmark_are_not_named():
    officials = impostor._Officials(DetectionContext(registry=_registry(), accounts=[]))
    assert officials.places_in("长白山北坡晨报") == []
    assert officials.places_in("长白山下白山人") == ["白山"]  # 白山 written once more, on its own
    assert officials.places_in("白山新闻") == ["白山"]


def test_a_copy_on_a_name_giving_the_unit_s_landmark_is_a_suspect_and_another_place_still_refuses(tmp_path):
    copy = avatar_hashes(png_bytes(layout(label="安图发布", **PURPLE)))
    found = run(tmp_path, _registry(), [
        acc("长白山北坡政务晨报", "x1", avatar_hashes=copy),  # the mountain, by the unit's county: a suspect
        acc("白山政务晨报", "x2", avatar_hashes=copy),  # another place written out: refused
        acc("长白山下白山政务晨报", "x3", avatar_hashes=copy),  # the landmark, then another place on its own
    ])
    assert set(found) == {"x1"}
    assert found["x1"]["target"]["account_id"] == "a1"
    assert found["x1"]["score"] == impostor.AVATAR_ONLY_SCORE
    assert "安图" in found["x1"]["evidence"]["name_places"]


def test_the_tiny_screenshot_reading_runs_for_the_unit_s_own_words_beside_its_place(tmp_path, monkeypatch):
    registry = [reg("安图市场监管", "安图县市场监督管理局", "m1", "吉林省延边朝鲜族自治州安图县",
                    avatar="m1.png"),
                reg("安图发布", "安图县人民政府新闻办公室", "a1", "吉林省延边朝鲜族自治州安图县", avatar="a1.png")]
    layout(label="安图监管", **PURPLE).save(tmp_path / "m1.png")
    _badge().save(tmp_path / "a1.png")
    layout(label="星河小站", **GREEN).save(tmp_path / "shot.png")
    ctx = DetectionContext(registry=registry, accounts=[], base_dir=tmp_path)
    officials = impostor._Officials(ctx)
    read: list[int] = []

    def tiny(frame, templates, max_gap):
        read.append(1)
        return -1.0, 1.0

    monkeypatch.setattr(impostor, "tiny_shot_reading", tiny)
    search = impostor._PixelSearch(officials, tmp_path, 10 ** 6)
    for name, expected in (("安图价格小喇叭", True),  # 价格: the trade of a 市场监督管理局, beside its county
                           # the place alone: read too since the thirty-third round (imp-avatar33), under the
                           # place-only colour limit (SHOT_TINY_COLOUR_GAP_PLACE_ONLY; tests/detectors/test_impostor_avatar33.py)
                           ("安图唠嗑角", True),
                           ("敦化放心消费哨", False)):  # another place
        read.clear()
        account = acc(name, "s", avatar="shot.png")
        search.verdict(account, analyse_name(name), None)
        assert bool(read) is expected, name
