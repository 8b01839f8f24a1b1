"""Issue #12, twenty-fourth round: level forms of minority-area divisions that the gazetteer's own forms do not give —
a registered name that writes its banner by a customary abbreviation no gazetteer lists (阿左旗 of 阿拉善左旗), with
its level word swapped, dropped or the place written out in full (``detectors.name_index._level_forms``, pattern kind
``level``); a level word after a place respelt by a look-alike or same-sound character (``_level_after_respelt``: the
folded spelling writes the place, so its 旗 is a level word there too); the customary abbreviation of a league, today's
or former (``detectors.places.league_abbreviations``: 哲盟 before a banner of 通辽); a province merged whole into
today's (绥远 for 内蒙古, ``former_divisions_before1980.tsv``).

Strings written for these tests (units of 阿拉善, 鄂尔多斯, 呼伦贝尔, 锡林郭勒, 兴安, 通辽 and the region itself),
not taken from any evaluation part.
"""

from __future__ import annotations

from detectors.name_index import written_abbreviation
from detectors.places import former_name_forms, league_abbreviations, region_division
from tests.detectors.impostor_cases import acc, findings, reg, target_name

REGISTRY = [
    reg("阿左旗公安", "阿拉善左旗公安局", "a1", "weibo", "内蒙古自治区阿拉善盟阿拉善左旗"),
    reg("准旗税务", "国家税务总局准格尔旗税务局", "a2", "weibo", "内蒙古自治区鄂尔多斯市准格尔旗"),
    reg("新右旗应急", "新巴尔虎右旗应急管理局", "a3", "weibo", "内蒙古自治区呼伦贝尔市新巴尔虎右旗"),
    reg("西乌旗文旅", "西乌珠穆沁旗文化和旅游局", "a4", "weibo", "内蒙古自治区锡林郭勒盟西乌珠穆沁旗"),
    reg("奈曼旗医保", "奈曼旗医疗保障局", "a5", "weibo", "内蒙古自治区通辽市奈曼旗"),
    reg("内蒙古林草", "内蒙古自治区林业和草原局", "a6", "weibo", "内蒙古自治区"),
    reg("科右前旗气象", "科尔沁右翼前旗气象局", "a7", "weibo", "内蒙古自治区兴安盟科尔沁右翼前旗"),
]


def _target(name: str) -> str | None:
    return target_name(REGISTRY, name)


def _read(name: str) -> tuple[str | None, float]:
    """(the registered name pointed at, the score) of one account named ``name``."""
    found = findings(REGISTRY, [acc(name, "x")]).get("x")
    return (found["target"]["name"], found["score"]) if found else (None, 0.0)


# ---- the abbreviation a registered name writes ---------------------------------------------------------------------

def test_the_abbreviation_of_the_place_is_read_from_the_name_and_the_region():
    assert written_abbreviation("阿左旗公安", region_division("内蒙古自治区阿拉善盟阿拉善左旗"), []) == (0, "阿左", "旗")
    assert written_abbreviation("准旗税务", region_division("内蒙古自治区鄂尔多斯市准格尔旗"), []) == (0, "准", "旗")
    # the short form itself is the gazetteer's, read by the level words everywhere already
    assert written_abbreviation("奈曼旗医保", region_division("内蒙古自治区通辽市奈曼旗"), [])[0] == -1
    # characters not of the place in order are no abbreviation of it
    assert written_abbreviation("左阿旗公安", region_division("内蒙古自治区阿拉善盟阿拉善左旗"), [])[0] == -1


# ---- the abbreviated place at another level word, without one, or written out -------------------------------------

def test_a_banner_abbreviation_written_as_a_county():
    # as likely as a whole name one level word away (the ``level`` layer), not a character changed for review
    for name, registered in (("阿左县公安", "阿左旗公安"), ("新右县应急", "新右旗应急"), ("准县税务", "准旗税务")):
        target, score = _read(name)
        assert target == registered and score >= 0.85


def test_the_level_form_beside_a_second_disguise():
    assert _target("西呜县文旅") == "西乌旗文旅"  # 呜 sounds like 乌, and 旗 became 县
    assert _target("科右前县气像") == "科右前旗气象"  # 像 sounds like 象


def test_the_abbreviated_place_without_its_level_word_or_in_full():
    for name, registered in (("阿左公安", "阿左旗公安"), ("阿拉善左旗公安", "阿左旗公安"),
                             ("西乌珠穆沁旗文旅", "西乌旗文旅")):
        target, score = _read(name)
        assert target == registered and score >= 0.85


def test_a_one_character_stem_counts_only_with_a_level_word():
    # 准 alone names no place: 准税务 is the registered name with a character dropped (for review), not a level form
    found = findings(REGISTRY, [acc("准税务", "x")])["x"]
    assert found["score"] < 0.85 and not any("简写的地名" in r for r in found["reasons"])
    assert _target("小准税务") is None


# ---- a level word after a respelt place ------------------------------------------------------------------------------

def test_a_level_word_after_a_place_respelt_with_words_before_it():
    # 慢 is drawn like 曼: folded, the name writes 奈曼旗, whose 旗 the registered name's key leaves out
    assert _read("俺们这儿奈慢旗医保") == ("奈曼旗医保", 0.84)  # 0.88, one look-alike
    assert _read("通辽奈慢旗医保") == ("奈曼旗医保", 0.84)


# ---- a league by its customary abbreviation ----------------------------------------------------------------------------

def test_league_abbreviations_today_and_former():
    assert "锡盟" in league_abbreviations("内蒙古自治区锡林郭勒盟西乌珠穆沁旗")
    assert "哲盟" in league_abbreviations("内蒙古自治区通辽市奈曼旗")  # 哲里木盟 until 1999
    assert "阿盟" in league_abbreviations("内蒙古自治区阿拉善盟阿拉善左旗")
    assert league_abbreviations("内蒙古自治区兴安盟科尔沁右翼前旗") == ()  # 兴安: too short to be shortened
    assert league_abbreviations("山东省日照市莒县") == ()


def test_a_league_abbreviation_before_a_unit_of_it_is_its_own_place():
    assert _read("哲盟奈曼旗医保") == ("奈曼旗医保", 0.88)  # as its own place: nothing unexplained added
    assert _target("哲盟奈慢旗医保") == "奈曼旗医保"
    assert _read("锡盟奈曼旗医保")[1] < 0.88  # 锡林郭勒 is another league


# ---- a province merged whole into today's --------------------------------------------------------------------------

def test_a_province_merged_whole_reads_as_a_former_name():
    assert "绥远" in former_name_forms("150000")
    assert _target("绥远林草") == "内蒙古林草"
    assert _target("绥远省林草") == "内蒙古林草"


# ---- a township written with another township's level word ---------------------------------------------------------

TOWNSHIPS = [
    reg("宏村文旅", "黟县宏村镇文化旅游服务中心", "t1", "weibo", "安徽省黄山市黟县宏村镇"),
    reg("查干哈达牧业", "达尔罕茂明安联合旗查干哈达苏木畜牧业服务站", "t2", "weibo",
        "内蒙古自治区包头市达尔罕茂明安联合旗查干哈达苏木"),
]


def test_a_township_written_with_another_townships_level_word():
    assert target_name(TOWNSHIPS, "宏村乡文旅") == "宏村文旅"
    assert target_name(TOWNSHIPS, "宏村街道文旅") == "宏村文旅"
    assert target_name(TOWNSHIPS, "查干哈达乡牧业") == "查干哈达牧业"  # 苏木 is the region's 乡
    assert target_name(TOWNSHIPS, "查干哈达镇牧业") == "查干哈达牧业"


def test_a_township_level_word_that_names_a_real_township_elsewhere_is_not_read():
    # 东坪乡 is a township of its own (another county's); a 东坪镇 unit's 东坪农服 is not imitated by 东坪乡农服
    registry = [reg("东坪农服", "某县东坪镇农业综合服务中心", "t3", "weibo", "湖南省益阳市安化县东坪镇")]
    found = findings(registry, [acc("东坪乡农服", "x")]).get("x")
    assert found is None or found["score"] < 0.6


# ---- a league before a look-alike, beside words of no class ---------------------------------------------------------

def test_a_league_with_its_level_word_keeps_the_evidence_of_its_level_word():
    # the added words are of no class; 哲盟 is the banner's own league, and its 盟 is a level word as before
    assert _read("马头琴声响哲盟奈慢旗医保") == ("奈曼旗医保", 0.6)  # for review
    assert _target("马头琴声响奈慢旗医保") is None  # five characters of no class and a look-alike alone


def test_a_township_level_word_after_a_townships_place_that_makes_a_real_township_is_not_read():
    # 石湾街道 of 化州市; 石湾镇 is a township of several other counties, whose own accounts read 石湾镇便民服务
    registry = [reg("石湾便民服务", "化州市石湾街道便民服务中心", "t4", "weibo", "广东省茂名市化州市石湾街道")]
    found = findings(registry, [acc("石湾镇便民服务", "x"), acc("石湾便民服务中心号", "y"), acc("石湾乡便民服务", "z")])
    assert "x" not in found or found["x"]["score"] < 0.6
    assert "y" in found  # the registered name itself, written whole, is still read
    assert found["z"]["score"] >= 0.8  # 石湾乡 is no township: the unit's place at another township's level word
