"""错敏字 in the names of county-level divisions (issue #18, eleventh session): every county, county-level city,
district and banner of the gazetteer is a correct form by its full name with its level word; a span one character
off it is the name misspelt in a post of an account of the county's province, or in a post naming the province or
prefecture — unless the span is another division, a zone of another place, or another place's short form before
ordinary words.

Every sentence here was written for these tests (none is taken from the evaluation sets). Each mechanism has
positive sentences and hard negatives.
"""

from __future__ import annotations

import pytest

from core.records import account_key
from detectors.content import ContentRules, screen_posts
from detectors.content_typo import county_names, division_names
from tests.detectors.content_case import post


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def slips(finder, text, region=""):
    return [(h.wrong, h.correct) for h in finder.find(text, region=region)]


def test_county_names_come_from_the_gazetteer_with_their_places():
    names = county_names()
    assert len(names) > 2500
    assert {"浏阳市", "芙蓉区", "寿光市", "科尔沁右翼前旗"} <= set(names)
    assert {"湖南省", "湖南", "长沙市", "长沙"} <= set(names["浏阳市"])
    assert "赵县" not in names  # two characters: the stem alone is one character, read only with the prefecture
    # a name several provinces share carries every province's places
    assert {"北京", "江苏"} <= set(names["通州区"])


@pytest.mark.parametrize(("text", "region", "wrong", "right"), [
    ("刘阳市开展春季植树活动，市民踊跃参加。", "湖南省", "刘阳市", "浏阳市"),  # sound
    ("寿广市蔬菜产业发展大会开幕。", "山东省潍坊市", "寿广市", "寿光市"),  # sound
    ("荣城市海洋牧场建设稳步推进。", "山东省", "荣城市", "荣成市"),  # shape
    ("科尔沁右翼钱旗开展草原防火演练。", "内蒙古自治区", "科尔沁右翼钱旗", "科尔沁右翼前旗"),  # sound, not 中旗
    ("湖南省刘阳市开展春季植树活动。", "", "刘阳市", "浏阳市"),  # the post names the province
    ("长沙市芙容区举办社区运动会。", "", "芙容区", "芙蓉区"),  # …or the prefecture
])
def test_county_name_one_slip_off(finder, text, region, wrong, right):
    assert (wrong, right) in slips(finder, text, region)


@pytest.mark.parametrize(("text", "region"), [
    ("刘阳市开展春季植树活动，市民踊跃参加。", ""),  # no province in sight: one of ~2,800 names is no evidence
    ("刘阳市开展春季植树活动，市民踊跃参加。", "广东省深圳市"),  # another province's account
    ("乳山市与荣成市签订合作协议。", "山东省"),  # written right
    ("东兴区与东兴市开展交流。", "四川省"),  # two real divisions one level word apart
    ("浏阳河畔灯光璀璨，游客络绎不绝。", "湖南省"),  # the stem inside ordinary words, no level word
    ("内江市城东新区建设提速。", "四川省"),  # a zone of another place (城东 + 新区), not 东兴区
    ("福建与湛江区位互补，合作前景广阔。", "福建省"),  # 湛江 is the city before 区位, not 洛江区 misspelt
    ("金水区、二七区、中原区联合开展执法行动。", "河南省"),
    ("历城区、历下区、槐荫区开展文明创建。", "山东省济南市"),
])
def test_real_places_and_words_stay_clean(finder, text, region):
    assert slips(finder, text, region) == []


def test_no_division_is_a_slip_of_another(finder):
    """Every division of the gazetteer written right, in the widest context (every province named), is clean."""
    provinces = "".join(n for n in division_names() if n.endswith(("省", "自治区")))
    flagged = [name for name in sorted(division_names())
               if any(h.start < len(name) for h in finder.find(name + "，全力推进重点项目建设。", region=provinces))]
    assert flagged == []


def test_screen_posts_reads_the_accounts_region(rules):
    text = "刘阳市开展春季植树活动，市民踊跃参加。"
    acct = post(text)
    key = account_key(acct["platform"], acct["account_id"])
    own = list(screen_posts([acct], rules, regions={key: "湖南省长沙市"}))
    other = list(screen_posts([acct], rules, regions={key: "广东省"}))
    assert any(f["evidence"]["class"] == "typo" and "浏阳市" in str(f["evidence"]) for f in own)
    assert not any(f["evidence"]["class"] == "typo" for f in other)


@pytest.mark.timeout(120)
def test_hostile_long_name_stays_bounded(finder):
    text = ("刘阳市芙容区" * 2000)[:10000]
    assert len(slips(finder, text, "湖南省")) > 0
