"""Issue #12, seventh round: a unit's own (or other) name used as the account name, macro-regions before a name,
numbers written in Chinese numerals, and added words scored by their class (service words are evidence; a column's,
a post's words and an idiom the name only begins are not)."""

from __future__ import annotations

from detectors.affixes import explain_added, heads_an_idiom, region_covering, regions
from detectors.name_index import unit_aliases
from detectors.textnorm import numeral_runs
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("余杭发布", "杭州市余杭区人民政府新闻办公室", "y1", "weibo", "浙江省杭州市余杭区"),
    reg("余杭12345", "余杭区12345政务服务便民热线", "y2", "weibo", "浙江省杭州市余杭区"),
    reg("义乌发布", "义乌市人民政府", "i1", "weibo", "浙江省金华市义乌市"),
    reg("绍兴公安", "绍兴市公安局", "s1", "weibo", "浙江省绍兴市"),
    reg("浙江环境", "浙江省生态环境厅", "e1", "weibo", "浙江省"),
    reg("温州12345", "温州市12345政务服务便民热线", "w1", "weibo", "浙江省温州市"),
    reg("襄阳气象", "襄阳市气象局", "q1", "weibo", "湖北省襄阳市"),
    reg("宜昌发布", "宜昌市人民政府新闻办公室", "c1", "weibo", "湖北省宜昌市"),
]


# ---- a unit's name as the account name -----------------------------------------------------------------------

def test_unit_aliases_cover_the_other_name_of_a_press_office_and_the_body_running_a_hotline():
    aliases = {text: kind for kind, text in unit_aliases("杭州市余杭区人民政府新闻办公室", ["浙江", "杭州", "余杭"])}
    assert aliases["余杭人民政府新闻办公室"] == "unit"  # without the city above it
    assert aliases["余杭委宣传部"] == "office"  # 区委宣传部: one institution, two names
    hotline = {text for _, text in unit_aliases("温州市12345政务服务便民热线", ["浙江", "温州"])}
    assert "温州政务办" in hotline and "温州政务服务中心" in hotline
    assert unit_aliases("绍兴市公安局", ["浙江", "绍兴"]) == []  # no other name known


def test_the_propaganda_department_name_imitates_the_press_office_account():
    found = findings(REGISTRY, [acc("余杭区委宣传部", "x1"), acc("中共宜昌市委宣传部", "x2"), acc("温州市政务办", "x3")])
    assert found["x1"]["target"]["account_id"] == "y1" and found["x1"]["evidence"]["layer"] == "office"
    assert found["x2"]["target"]["account_id"] == "c1"
    assert found["x3"]["target"]["account_id"] == "w1"
    assert any("一个机构两块牌子" in r for r in found["x1"]["reasons"])


def test_a_unit_name_in_its_own_level_form_imitates_the_unit():
    found = findings(REGISTRY, [acc("义乌人民政府", "x1"), acc("余杭区人民政府新闻办公室", "x2")])
    assert found["x1"]["target"]["account_id"] == "i1"
    assert found["x2"]["target"]["account_id"] == "y1"


def test_a_verified_government_account_named_like_a_unit_is_never_an_impostor():
    gov = acc("余杭区委宣传部", "x1", verified=True, verified_type="government", verified_reason="中共杭州市余杭区委宣传部")
    assert findings(REGISTRY, [gov]) == {}


def test_another_place_s_propaganda_department_is_no_imitation():
    assert findings(REGISTRY, [acc("萧山区委宣传部", "x1"), acc("金华市政务办", "x2")]) == {}


# ---- macro-regions --------------------------------------------------------------------------------------------

def test_regions_cover_their_divisions():
    assert "浙江" in regions()["华东"] and "宁波" in regions()["浙东"]
    assert region_covering("华中", frozenset({"湖北", "襄阳"}))
    assert not region_covering("华南", frozenset({"湖北", "襄阳"}))


def test_a_macro_region_before_the_name_is_a_place_above_the_unit():
    found = findings(REGISTRY, [acc("华东浙江环境", "x1"), acc("鄂北襄阳气象", "x2"), acc("长三角绍兴公安", "x3")])
    assert {k: f["target"]["account_id"] for k, f in found.items()} == {"x1": "e1", "x2": "q1", "x3": "s1"}
    assert found["x1"]["score"] >= 0.85
    assert any("上级区域名" in r for r in found["x2"]["reasons"])


def test_a_region_that_does_not_cover_the_unit_is_no_evidence():
    added = explain_added("华南", frozenset({"湖北", "襄阳"}))
    assert not added.regions and added.unknown == "华南"


# ---- numbers in Chinese numerals ------------------------------------------------------------------------------

def test_numeral_runs_read_chinese_numerals_digit_by_digit():
    assert numeral_runs("温州壹贰叁肆伍") == [(2, 7, "12345")]
    assert numeral_runs("温州12三45热线") == [(2, 7, "12345")]
    assert numeral_runs("温州一二") == []  # too short to be a number
    assert numeral_runs("温州12345") == []  # already digits


def test_a_registered_number_written_in_chinese_numerals_imitates_the_name():
    found = findings(REGISTRY, [acc("温州一二三四五", "x1"), acc("溫州壹貳叁肆伍", "x2"), acc("一二三四五温州", "x3")])
    assert {k: f["target"]["account_id"] for k, f in found.items()} == {"x1": "w1", "x2": "w1", "x3": "w1"}
    assert any("汉字数字" in r for r in found["x1"]["reasons"])


def test_numerals_no_registered_name_holds_stay_words():
    assert findings(REGISTRY, [acc("温州三六九", "x1"), acc("一二三四五六七", "x2")]) == {}


# ---- added words by class -------------------------------------------------------------------------------------

def test_service_and_transaction_words_are_evidence():
    added = explain_added("直播间补贴申领")
    assert added.service and not added.unknown
    found = findings(REGISTRY, [acc("宜昌发布医保缴费代办点", "x1"), acc("绍兴公安办证预约", "x2")])
    assert found["x1"]["score"] >= 0.85 and found["x2"]["target"]["account_id"] == "s1"


def test_column_and_experience_words_rule_a_match_out():
    assert explain_added("面对面").rules_out and explain_added("使用心得").rules_out
    assert findings(REGISTRY, [acc("绍兴公安面对面", "x1"), acc("温州12345使用心得", "x2"), acc("宜昌发布零距离", "x3")]) == {}


def test_a_name_that_only_begins_an_idiom_is_no_imitation():
    assert heads_an_idiom("襄阳气象", "", "一新") == "气象一新"
    assert heads_an_idiom("襄阳气象", "", "在线") == ""
    assert findings(REGISTRY, [acc("襄阳气象一新", "x1")]) == {}
    assert "x2" in findings(REGISTRY, [acc("襄阳气象在线", "x2")])
