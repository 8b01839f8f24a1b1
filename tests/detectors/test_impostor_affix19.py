"""Issue #12, nineteenth round: impostor names the detector excluded or never reached, by mechanism.

- A place of the registry written in Latin letters (the initials of its pinyin, or its whole pinyin) before the rest
  of a name is read as the place (GD交警退款专席 for 广东交警): ``_Officials.latin_place_matches``. A spelling that
  stands for two places of which neither lies inside the other is no reading (GZ: 贵州, 广州).
- 老 and 阿 begin a person's name (老张, 阿峰) only before a character of everyday writing (GB 2312): 老俵 is a word.
- A claim only the unit's own account makes — which account this is (此号, 旧号) or which desk (领款点) — outweighs a
  trade's word in the same added words (此号接替米粉铺): the trade's word is the disguise. Without the claim the
  trade's word still rules the match out (长沙发布米粉铺 is a shop).

Strings written for these tests (Guangdong, Guizhou, Hunan and Henan units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.affixes import explain_added
from tests.detectors.impostor_cases import acc, findings, reg, target_name

REGISTRY = [
    reg("广东交警", "广东省公安厅交通管理局", "g1", "weibo", "广东省"),
    reg("广东机关事务", "广东省机关事务管理局", "g2", "weibo", "广东省"),
    reg("深圳公安", "深圳市公安局", "g3", "weibo", "广东省深圳市"),
    reg("贵州发布", "贵州省人民政府新闻办公室", "z1", "weibo", "贵州省"),
    reg("广州发布", "广州市人民政府新闻办公室", "z2", "weibo", "广东省广州市"),
    reg("湖南发布", "湖南省人民政府新闻办公室", "h1", "weibo", "湖南省"),
    reg("长沙发布", "长沙市人民政府新闻办公室", "h2", "weibo", "湖南省长沙市"),
    reg("长沙公安", "长沙市公安局", "h3", "weibo", "湖南省长沙市"),
    reg("长沙12345", "长沙市12345政务服务便民热线", "h4", "weibo", "湖南省长沙市"),
    reg("浏阳文旅", "浏阳市文化旅游广电体育局", "h5", "weibo", "湖南省长沙市浏阳市"),
]


def _target(name: str, registry=REGISTRY) -> str | None:
    return target_name(registry, name)


# ---- a place written in Latin letters --------------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("GD交警退款专席", "广东交警"),  # initials, then added words
    ("【限时】GD交警", "广东交警"),
    ("GD‑机关事物", "广东机关事务"),  # initials and a same-sound character
    ("guangdong交警客服", "广东交警"),  # the whole pinyin
    ("◈SZ公安专窗", "深圳公安"),  # a prefecture
])
def test_a_place_in_latin_letters_is_read_as_the_place(name, target):
    assert _target(name) == target


def test_the_province_counts_over_a_county_inside_it_spelled_alike():
    registry = REGISTRY + [reg("华容发布", "华容县人民政府新闻办公室", "h6", "weibo", "湖南省岳阳市华容县"),
                           reg("海南发布", "海南省人民政府新闻办公室", "n1", "weibo", "海南省")]
    # hn is 湖南 and 海南 (two provinces): no reading; hr is only 华容
    assert _target("HN发布客服专席", registry) is None
    assert _target("HR发布客服专席", registry) == "华容发布"


def test_two_places_apart_spelled_alike_are_no_reading():
    assert _target("GZ发布客服专席") is None  # 贵州发布 and 广州发布 both registered
    assert _target("GZ发布客服专席", [r for r in REGISTRY if r["name"] != "广州发布"]) == "贵州发布"


@pytest.mark.parametrize("name", [
    "abgd交警客服",  # the letters end a longer run
    "GD交警装备商城",  # a shop's words still rule the match out
    "GD美食探店",  # no registered name after the place
])
def test_latin_letters_that_are_no_place_before_a_name_stay_unflagged(name):
    assert _target(name) is None


# ---- 老 and 阿 before a character outside everyday writing -------------------------------------------------------

def test_lao_before_a_rare_character_is_no_persons_name():
    assert "老" not in explain_added("老俵帮").owner
    assert "老" in explain_added("老张帮").owner
    assert _target("长沙公安老俵帮") == "长沙公安"
    assert _target("老俵长沙公安") == "长沙公安"


@pytest.mark.parametrize("name", ["长沙公安老张帮", "阿强打过长沙12345", "老刘读长沙发布"])
def test_a_persons_handle_still_rules_the_match_out(name):
    assert _target(name) is None


# ---- a claim of the unit's own account outweighs a trade's word ------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("长沙发布｜此号接替米粉铺", "长沙发布"),
    ("长沙公安花炮专卖｜旧号作废", "长沙公安"),
    ("长沙12345领款点湘绣好物", "长沙12345"),
    ("浏阳文旅本号接替烟花铺", "浏阳文旅"),
])
def test_a_claim_of_the_units_account_or_desk_outweighs_a_trades_word(name, target):
    assert _target(name) == target


@pytest.mark.parametrize("name", [
    "长沙发布米粉铺", "长沙公安花炮专卖", "长沙12345湘绣好物", "长沙公安制服用品店", "浏阳文旅烟花铺",
    "长沙发布的忠实读者",
])
def test_a_trades_word_without_a_claim_still_rules_the_match_out(name):
    assert _target(name) is None


def test_the_claims_are_read_as_claims():
    added = explain_added("此号接替米粉铺", frozenset({"长沙"}), name_end=0)
    assert added.claims == ["此号"] and added.owner == ["铺"]
    assert explain_added("领款点瓷都好物", name_end=0).claims == ["领款点"]
    assert explain_added("米粉铺", name_end=0).claims == []


# ---- a separator splitting a word is a disguise ---------------------------------------------------------------

@pytest.mark.parametrize("name, word", [
    ("长沙公安花ꞏ炮专卖", "花炮"), ("长沙发布米·粉铺", "米粉"), ("長沙公‗安", "公安"),
])
def test_a_separator_inside_a_word_splits_it(name, word):
    from detectors.impostor import split_word
    assert split_word(name) == word


@pytest.mark.parametrize("name", ["大众日报·法治湖南", "长沙发布·米粉铺", "GD·交警", "长沙公安花炮专卖"])
def test_a_separator_between_words_splits_none(name):
    from detectors.impostor import split_word
    assert split_word(name) == ""


def test_a_trades_word_beside_a_split_word_is_the_disguise():
    assert _target("长沙公安花ꞏ炮专卖") == "长沙公安"
    assert _target("长沙发布米·粉铺") == "长沙发布"
    assert _target("长沙发布·米粉铺") is None  # the separator stands between the name and the shop's words


# ---- an organisation that writes its own place otherwise in its account's name ---------------------------------

def _as_organisation(name: str, org: str) -> dict | None:
    account = acc(name, "o", verified=True, verified_type="enterprise", verified_reason=org)
    return findings(REGISTRY, [account]).get("o")


def test_an_organisation_respelling_its_own_place_imitates_the_unit():
    found = _as_organisation("發布‗長紗", "长沙市烟花爆竹行业协会")  # 长沙 written 長紗, the name reordered
    assert found is not None and found["target"]["name"] == "长沙发布"
    assert any("长沙" in r and "写成别的字" in r for r in found["reasons"])


def test_an_organisation_writing_another_place_or_its_place_as_it_is_is_not_read_so():
    assert _as_organisation("發布‗長紗", "湘江烟花爆竹行业协会") is None  # its own name does not write 长沙
    assert _as_organisation("长沙发布会服务", "长沙市会展服务有限公司") is None


def test_explain_shows_the_latin_reading_for_the_entry():
    from detectors.context import DetectionContext
    from detectors.impostor import explain
    out = explain(DetectionContext(registry=REGISTRY, accounts=[]), {"name": "GD交警退款专席", "platform": "weibo"})
    assert out["flagged"]
    row = next(c for c in out["closest"] if c["target"]["name"] == "广东交警")
    assert row["affix_layer"] == "initials" and row["affix_score"] >= 0.6


def test_an_organisation_whose_description_writes_places_as_they_are_keeps_its_veto():
    account = acc("發布‗長紗", "o", verified=True, verified_type="enterprise", verified_reason="长沙市烟花爆竹行业协会",
                  description="长沙本地烟花爆竹行业资讯，每周更新。")
    assert findings(REGISTRY, [account]) == {}


# ---- a look-alike pair beginning a registered name after added words ------------------------------------------

def test_a_lookalike_pair_beginning_a_registered_name_is_folded_as_a_pair_after_an_added_word():
    from detectors.context import DetectionContext
    from detectors.impostor import _Officials
    registry = [reg("遂川发布", "遂川县人民政府新闻办公室", "s1", "weibo", "江西省吉安市遂川县"),
                reg("成都发布", "成都市人民政府新闻办公室", "c1", "weibo", "四川省成都市"),
                reg("江西公安", "江西省公安厅", "j1", "weibo", "江西省")]
    officials = _Officials(DetectionContext(registry=registry, accounts=[]))
    # 都 (known: 成都) ends the added words and goes on with no 遂; 逐串 is 遂川 written by shape and sound: read as
    # a registered pair right after the first spelling, before the one-character alternatives spend the probes
    spellings = [spelling for spelling, _subs in officials.affixes.folds("苏红都逐串发布")]
    assert spellings[1].endswith("遂川发布")
    found = [(v.text, before) for v, before, _after, _changed in officials.affixes.find("苏区红都逐串发布")]
    assert ("逐串发布", "苏红都") in found
