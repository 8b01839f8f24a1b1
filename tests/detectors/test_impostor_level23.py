"""Issue #12, twenty-third round: the level-prefix tactic from the gazetteer — a place of the unit's own chain written
by a name it had before 1980 (a province renamed, a province dissolved over its prefectures, a city renamed:
``detectors/data/former_divisions_before1980.tsv``, read by ``detectors.places.former_divisions``), and a province's
one-character abbreviation before a place whose first character makes a nickname with it (``_written_beyond``).

Strings written for these tests (Hebei, Beijing, Inner Mongolia, Jiangxi, Shandong, Jiangsu units), not taken from
any evaluation part.
"""

from __future__ import annotations

from detectors.affixes import explain_added
from detectors.impostor import _written_beyond
from detectors.places import former_divisions, former_name_forms, former_places
from tests.detectors.impostor_cases import reg, target_name

REGISTRY = [
    reg("河北税务", "国家税务总局河北省税务局", "h1", "weibo", "河北省"),
    reg("北京应急", "北京市应急管理局", "b1", "weibo", "北京市"),
    reg("兴隆文旅", "兴隆县文化广电和旅游局", "h2", "weibo", "河北省承德市兴隆县"),
    reg("包头医保", "包头市医疗保障局", "n1", "weibo", "内蒙古自治区包头市"),
    reg("江西税务", "国家税务总局江西省税务局", "j1", "weibo", "江西省"),
    reg("余干税务", "国家税务总局余干县税务局", "j2", "weibo", "江西省上饶市余干县"),
    reg("鄱阳应急", "鄱阳县应急管理局", "j3", "weibo", "江西省上饶市鄱阳县"),
    reg("莒县应急", "莒县应急管理局", "s1", "weibo", "山东省日照市莒县"),
]


def _target(name: str, registry=REGISTRY) -> str | None:
    return target_name(registry, name)


# ---- the table ----------------------------------------------------------------------------------------------------

def test_names_from_before_1980_join_the_code_tables_own():
    table = former_divisions()
    assert "直隶省" in table["130000"][0]  # 河北省 until 1928
    assert "热河省" in table["130800"][1]  # 承德 lay in 热河省 until 1955
    assert "旅大市" in table["210200"][0]  # 大连 (the code tables' own, since 1980) is still read
    assert former_name_forms("130000") == ("直隶省", "直隶")  # the province's stem without 省
    assert former_name_forms("110000") == ("北平市", "北平")


def test_a_dissolved_province_is_an_own_place_of_its_prefectures_only():
    assert "热河" in former_places("河北省承德市兴隆县")
    assert "直隶" in former_places("河北省承德市兴隆县")  # the province's former name, for every unit beneath it
    assert "热河" not in former_places("河北省石家庄市赵县")  # 石家庄 never lay in 热河
    assert "热河" not in former_places("山东省日照市莒县")
    added = explain_added("热河", frozenset(former_places("河北省承德市兴隆县")) | {"河北", "承德", "兴隆"})
    assert added.own_places == ["热河"] and not added.unknown


# ---- readings -------------------------------------------------------------------------------------------------------

def test_a_province_written_by_its_name_before_1928():
    assert _target("直隶税务") == "河北税务"
    assert _target("直隶省税务") == "河北税务"
    assert _target("北平应急") == "北京应急"


def test_a_dissolved_province_before_a_unit_it_covered():
    assert _target("热河兴隆文旅") == "兴隆文旅"
    assert _target("绥远包头医保") == "包头医保"


def test_a_dissolved_province_stays_no_name_of_its_own_today():
    # 热河 alone names no registered unit: the province is gone, its parts lie in three provinces
    assert _target("热河税务") is None


def test_the_abbreviation_before_a_place_that_makes_a_nickname_with_it():
    # 赣 + 鄱阳 reads 赣鄱 (a name of Jiangxi) first; the county's own name runs on past it and is the unit
    assert _target("赣鄱阳应急") == "鄱阳应急"
    assert _target("赣余干税务") == "余干税务"
    assert _target("赣鄱税务") == "江西税务"  # the nickname alone still stands for the province


def test_written_beyond_a_nickname():
    assert _written_beyond("赣鄱阳应急", "鄱阳", [(0, 2)])
    assert not _written_beyond("赣鄱应急", "鄱阳", [(0, 2)])
    assert not _written_beyond("燕赵应急", "赵县", [(0, 2)])  # not written at all
    assert _written_beyond("岭南广州发布", "广州", [(0, 2)])  # outside the nickname
    assert not _written_beyond("x", "", [])


# ---- the capital named by its rank ----------------------------------------------------------------------------------

CAPITAL_REGISTRY = [
    reg("长沙公安", "长沙市公安局", "c1", "weibo", "湖南省长沙市"),
    reg("岳麓发布", "岳麓区人民政府新闻办公室", "c2", "weibo", "湖南省长沙市岳麓区"),
    reg("株洲公安", "株洲市公安局", "c3", "weibo", "湖南省株洲市"),
    reg("朝阳应急", "北京市朝阳区应急管理局", "c4", "weibo", "北京市朝阳区"),
]


def test_a_rank_word_before_a_unit_of_the_provincial_capital():
    for name in ("省会长沙公安", "省城长沙公安", "湖南省会长沙公安", "省会岳麓发布", "首府长沙公安"):
        assert _target(name, CAPITAL_REGISTRY) == name[-4:], name
    assert _target("首都朝阳应急", CAPITAL_REGISTRY) == "朝阳应急"


def test_a_rank_word_names_no_other_city_and_no_word_it_ends():
    assert _target("省会株洲公安", CAPITAL_REGISTRY) is None  # 株洲 is no capital: 省 + 会 as before
    assert _target("商会长沙公安", CAPITAL_REGISTRY) is None  # 会 ends 商会, a business
    added = explain_added("会", frozenset({"湖南", "株洲"}), name_end=1)
    assert not added.regions
    added = explain_added("会", frozenset({"湖南", "长沙"}), name_end=1)  # 省会 with 省 taken out, before the name
    assert added.regions == ["会"] and not added.rules_out
