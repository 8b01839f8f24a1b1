"""Issue #12, ninth session: hotline numbers written with characters drawn like digits (l for 1, З for 3, S for 5,
Roman numerals Ⅰ–Ⅴ), and company-verified accounts whose description claims to be the unit's government body under
a look-alike of its name. Names and descriptions written for these tests (places outside the evaluation parts; real
other places as hard negatives); none is taken from an evaluation part."""

from __future__ import annotations

import pytest

from detectors.government import claimed_government_bodies
from detectors.textnorm import lookalike_digit_runs, lookalike_digits
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("修水12345", "修水县12345政务服务便民热线", "r1", "江西省九江市修水县"),
    reg("武冈12315", "武冈市市场监督管理局", "r2", "湖南省邵阳市武冈市"),
    reg("宜城发布", "宜城市人民政府新闻办公室", "r3", "湖北省襄阳市宜城市"),
    reg("潜山公安", "潜山市公安局", "r4", "安徽省安庆市潜山市"),
]


def run(accounts, registry=REGISTRY):
    return findings(registry, accounts)


# ---- digits drawn with letters and number forms ------------------------------------------------------------------

def test_lookalike_table_comes_from_unicode_names_and_numeric_values():
    table = lookalike_digits()
    assert table["l"] == "1" and table["I"] == "1" and table["Ӏ"] == "1"  # Latin l, I, Cyrillic palochka
    assert table["З"] == "3" and table["Ʒ"] == "3"  # Cyrillic ze, Latin ezh
    assert table["S"] == "5" and table["Ѕ"] == "5" and table["Ｓ"] == "5"  # full-width through NFKC
    assert table["O"] == "0" and table["Ο"] == "0" and table["О"] == "0"  # Latin, Greek, Cyrillic
    assert table["Ⅲ"] == "3" and table["ⅳ"] == "4" and table["⑸"] == "5"  # number forms through unicodedata.numeric
    assert "A" not in table and "中" not in table and "5" not in table


def test_runs_are_read_only_where_a_number_is_spelled():
    assert lookalike_digit_runs("修水l2З4S") == [(2, 7, "12345")]
    assert lookalike_digit_runs("修水ⅠⅡⅢⅣⅤ") == [(2, 7, "12345")]
    # invisible characters and spaces inside the number are skipped
    assert lookalike_digit_runs("修水l\u200b2 З4S") == [(2, 9, "12345")]
    # a plain number needs no look-alike reading; Latin words stay words
    assert lookalike_digit_runs("修水12345") == []
    for text in ("Solo", "hello12345", "GOV正牌", "SOSabc", "Ol"):
        assert all(len(d) >= 3 for _, _, d in lookalike_digit_runs(text))
        assert not any(d.endswith("12345") and i > 0 for i, _, d in lookalike_digit_runs(text)), text
    assert lookalike_digit_runs("hello12345") == []


def test_a_hotline_spelled_with_lookalike_letters_or_roman_numerals_is_flagged():
    found = run([acc("修水l2З4S", "a1"), acc("脩水ⅠⅡⅢⅣⅤ", "a2", platform="douyin"),
                 acc("武冈l2З1Ｓ", "a3", platform="toutiao"), acc("修水l2З\u200b4S热线", "a4")])
    assert found["a1"]["target"]["account_id"] == "r1"
    assert "l2З4S→12345" in " ".join(found["a1"]["reasons"])
    assert found["a2"]["target"]["account_id"] == "r1"
    assert found["a3"]["target"]["account_id"] == "r2"
    assert found["a4"]["target"]["account_id"] == "r1"


def test_letters_that_spell_no_registered_number_stay_letters():
    # another county's hotline, a number nobody registered, and an ordinary Latin word
    found = run([acc("武宁l2З4S", "n1"), acc("修水lOlOl", "n2"), acc("修水SOS救援队", "n3"), acc("Solo修水", "n4")])
    assert "n1" not in found and "n2" not in found and "n4" not in found
    assert "n3" not in found


@pytest.mark.timeout(120)  # a hang guard for hostile input; speed itself is measured in bench/
def test_hostile_lookalike_names_stay_cheap_and_unflagged():
    found = run([acc("l2З4S" * 4000, "x1"), acc("Ⅰ" * 20000 + "修水", "x2"), acc("\u200b" * 20000 + "lSO", "x3")])
    assert "x1" not in found and "x3" not in found


# ---- a company that says it is the government body ---------------------------------------------------------------

def test_claimed_bodies_are_the_subject_of_a_sentence_without_a_relation():
    assert claimed_government_bodies("宜城市人民政府新闻办公室官方公众号。发布权威信息。") == ["宜城市人民政府新闻办公室"]
    assert claimed_government_bodies("本号为潜山市公安局官方账号") == ["潜山市公安局"]
    for text in ("民营搬家公司，与宜城市人民政府无关。", "本店位于潜山市公安局对面。", "宜城市人民政府新闻办公室合作单位",
                 "服务客户：宜城市人民政府", "为宜城市人民政府提供技术支持", "宜城本地生活资讯", "", None):
        assert claimed_government_bodies(text) == [], text


def company(name, account_id, description, reason="宜城智联信息科技有限公司", platform="kuaishou"):
    return acc(name, account_id, platform=platform, verified=True, verified_type="enterprise",
               verified_reason=reason, description=description)


def test_company_claiming_the_units_body_under_a_lookalike_name_is_flagged():
    found = run([
        company("宜成发部", "c1", "宜城市人民政府新闻办公室官方公众号。发布权威政务信息。"),
        company("潜汕公按", "c2", "这里是潜山市公安局。便民服务、警情通报。", reason="潜山某网络科技有限公司"),
    ])
    assert found["c1"]["target"]["account_id"] == "r3"
    assert found["c1"]["evidence"]["claims_to_be"] == "宜城市人民政府新闻办公室"
    assert any("简介却自称" in r for r in found["c1"]["reasons"])
    assert found["c2"]["target"]["account_id"] == "r4"


def test_company_look_alikes_without_a_claim_or_with_a_relation_keep_their_veto():
    found = run([
        company("宜成发部", "h1", "宜城本地生活资讯，每日更新。"),
        company("宜成发部", "h2", "民营广告公司，与宜城市人民政府新闻办公室无关。"),
        company("宜成发部", "h3", "宜城市人民政府新闻办公室合作媒体服务商。"),
        company("潜汕公按", "h4", "本店位于潜山市公安局对面，专业开锁。", reason="潜山某开锁服务有限公司"),
        # a claim to be another place's body does not point at this unit
        company("宜成发部", "h5", "襄州区人民政府新闻办公室官方公众号。"),
    ])
    assert found == {}


def test_a_media_outlet_naming_the_body_is_not_turned_into_a_claim():
    media = acc("宜成发部", "m1", platform="kuaishou", verified=True, verified_type="media",
                verified_reason="宜城日报社", description="宜城市人民政府新闻办公室官方公众号。")
    assert run([media]) == {}
