"""Issue #12, twenty-second round: who the target is when two readings of a name, or a name and an avatar, disagree.

- Two readings a score's floor for review makes level: the one that leaves fewer added characters unexplained is the
  one meant (a county's name reversed behind its own province, one character respelt, against the province's name
  with the county's respelt name as unknown words).
- The avatar overrules a name that says little only with the owner's own picture (its colours, or recoloured its
  drawing), and not when the description names the unit the name's words fit.
- 表里山河, the classical name of Shanxi, points at the province as its other customary names do.

Strings written for these tests (Hunan, Guizhou and Shanxi units), not taken from any evaluation part.
"""

from __future__ import annotations

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.context import DetectionContext
from detectors.places import nickname_places
from tests.detectors.evalset import png_bytes
from tests.detectors.impostor_cases import acc, findings, reg
from tests.detectors.test_impostor_affixes15 import _anshun, designs  # noqa: F401  (a pytest fixture)

REGISTRY = [
    reg("湖南发布", "湖南省人民政府新闻办公室", "h1", "weibo", "湖南省"),
    reg("浏阳发布", "浏阳市人民政府新闻办公室", "h2", "weibo", "湖南省长沙市浏阳市"),
    reg("山西发布", "山西省人民政府新闻办公室", "s1", "weibo", "山西省"),
]


def _target(name: str, registry=REGISTRY, **extra) -> str | None:
    found = findings(registry, [acc(name, "x", "weibo", **extra)]).get("x")
    return found["target"]["name"] if found else None


# ---- two readings level on score ----------------------------------------------------------------------------------

def test_the_reading_that_explains_more_of_the_name_wins_a_level_score():
    # 浏阳发布 reversed with 阳 written 杨, behind its own province, leaves 我们别信假号 unexplained; read as 湖南发布 the
    # name leaves 我们浏杨别信假号. Both readings are floored to the score for review: the fuller one wins
    found = findings(REGISTRY, [acc("我们湖南发布浏杨别信假号", "x", "weibo")])["x"]
    assert found["target"]["name"] == "浏阳发布"
    # the province's own name with nothing of a county's beside it stays the province's
    assert _target("我们湖南发布") == "湖南发布"


def _rank(officials, r: int, unknown: int, dist: int, platform: str) -> tuple:
    match = impostor.NameMatch("affix", 0.6, [], added="我们", unknown=unknown)
    return impostor._target_rank(officials, acc("我们湖南发布浏杨别信假号", "x", platform), r, match, dist, 0.5,
                                 (0.6, [], {}), 10)


def test_fewer_unexplained_characters_before_a_nearer_avatar_after_the_platform():
    officials = impostor._Officials(DetectionContext(registry=REGISTRY, accounts=[]))
    # level scores: the county's fuller reading beats the province's nearer (not similar) avatar
    assert _rank(officials, 1, 2, 40, "weibo") > _rank(officials, 0, 6, 20, "weibo")
    # the platform still comes first: one unit's entries read through different layers may leave different words
    douyin = impostor._Officials(DetectionContext(
        registry=[REGISTRY[0], dict(REGISTRY[0], account_id="h1d", platform="douyin")], accounts=[]))
    assert _rank(douyin, 0, 3, 20, "weibo") > _rank(douyin, 1, 1, 20, "weibo")


# ---- the avatar's owner against the name ------------------------------------------------------------------------

def test_a_description_naming_the_name_s_unit_keeps_the_name_s_target(designs):  # noqa: F811
    police = designs[0]
    copy = avatar_hashes(png_bytes(police))
    said = "安顺市便民服务中心：办事预约请私信"
    found = findings(_anshun(designs), [acc("安顺便民服务小助手", "a", "weibo", avatar_hashes=copy,
                                           description=said)])["a"]
    assert found["target"]["account_id"] == "d1"  # the name and the description agree on the desk
    # without it the police badge's owner still wins (test_impostor_affixes15)
    found = findings(_anshun(designs), [acc("安顺便民服务小助手", "b", "weibo", avatar_hashes=copy)])["b"]
    assert found["target"]["account_id"] == "p1"


def test_an_avatar_of_other_colours_overrules_a_name_only_with_the_owner_s_drawing(designs):  # noqa: F811
    registry = _anshun(designs)
    suspect = acc("安顺便民服务小助手", "a", "weibo")  # no local file: its drawing cannot be read
    officials = impostor._Officials(DetectionContext(registry=registry, accounts=[suspect]))
    assert impostor._owner_overrules(officials, suspect, 1, 0, {"colour_distance": 0.05})
    assert impostor._owner_overrules(officials, suspect, 1, 0, {})  # colours unknown: the hash decides, as before
    assert not impostor._owner_overrules(officials, suspect, 1, 0, {"colour_distance": 0.7})
    # recoloured, the drawing already read as the owner's
    assert impostor._owner_overrules(officials, suspect, 1, 0, {"colour_distance": 0.7, "structure_similarity": 0.995})


# ---- 表里山河 ----------------------------------------------------------------------------------------------------

def test_the_classical_name_of_shanxi_points_at_the_province():
    assert nickname_places("表里山河便民通")[:1] == ["山西"]
    assert _target("表里山河发布") == "山西发布"
    assert _target("表里山河美食探店") is None
