"""Political wording that survives spacing, overlap and context (issue #18, content-robust12).

* the word lists (``lexicons/political.tsv``) read once more with white space between Han characters taken out
  (spaces, a tab, one line break: 台湾 政府, 台湾⏎政府), as the pattern modules do; zero-width characters fold away;
* a political finding overlapping a generated typo wins when it still stands after the typo is corrected
  (南中国海局势 is 南海, not 中国海警局 missing 警); a slip that explains the wording keeps it (付总理张国清);
* a political.tsv exception is read in the whole sentence, and ``re:`` exceptions are regular expressions
  (1912 年孙中山……就任中华民国临时大总统 is history; 2024 年的“中华民国政府” is not);
* a paraphrase sweep over more implemented checklist items (``POLITICAL_CHECKLIST.md``).

Every sentence was written for these tests (none is taken from an evaluation part).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, LexiconError, _hits, load_rules


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def found(rules, text, cls="political", year=2026):
    return [(text[h.start:h.end], h.rule) for h in _hits(text, rules, year=year) if h.cls == cls]


def political(rules, text, year=2026):
    return [m for m, _ in found(rules, text, "political", year)]


# ---- 1. word lists across white space ----------------------------------------------------------------------------

def test_word_list_terms_split_by_spaces_line_breaks_and_invisible_characters(rules):
    for text, match in [("台湾 政府宣布新措施。", "台湾 政府"), ("台湾\n政府宣布新措施。", "台湾\n政府"),
                        ("台湾　\r\n政府宣布新措施。", "台湾　\r\n政府"), ("台湾\u200b政府宣布新措施。", "台湾\u200b政府"),
                        ("北 朝 鲜发射导弹。", "北 朝 鲜"), ("臺灣\t政府宣布新措施。", "臺灣\t政府")]:
        assert political(rules, text) == [match], text
    # a paragraph break (blank line) ends the wording; spaces between Latin letters or digits are not Han gaps
    for text in ["关于台湾\n\n政府工作报告的学习体会。", "台湾地区\n政府工作报告学习会。", "北京当地时间 8 点。"]:
        assert political(rules, text) == [], text
    # the exceptions still read the text: 香港特区政府 spaced is right
    assert political(rules, "香港 特区政府发布通告。") == []


# ---- 2. a political finding and a typo at the same spot ------------------------------------------------------------

def test_political_wording_wins_over_a_typo_guess_at_the_same_spot(rules):
    text = "南中国海局势复杂，各方应保持克制。"
    assert political(rules, text) == ["南中国海"]
    assert found(rules, text, "typo") == []  # not 中国海警局 missing 警
    text = "臺灣總統今日發表講話。"  # a short post in traditional characters: political, not 异体字
    assert political(rules, text) == ["臺灣總統"]
    assert found(rules, text, "typo") == []


def test_a_slip_that_explains_the_wording_keeps_it(rules):
    text = "付总理张国清出席会议。"
    assert [m for m, _ in found(rules, text, "typo")] == ["付总理张国清"]
    assert political(rules, text) == []
    assert political(rules, "國務院總理出席會議。") == []  # the right wording in traditional characters


# ---- 3. history read in the sentence ---------------------------------------------------------------------------------

def test_republic_of_china_in_history_read_in_the_sentence(rules):
    for text in ["1912 年孙中山先生在南京宣誓就任中华民国临时政府临时大总统。",
                 "一九一二年元旦，孙中山先生在南京宣誓就任中华民国临时政府临时大总统。",
                 "孙中山先生于1912年元旦在南京宣誓就任中华民国临时政府临时大总统，开启了共和。"]:
        assert political(rules, text) == [], text
    for text in ["2024年中华民国政府宣布新政策。", "一九九八年中华民国政府宣布新政策。", "他1912年出生。中华民国政府今日宣布新政策。",
                 "中華民國政府宣布新政策。", "19120年中华民国政府宣布"]:
        assert political(rules, text) == ["中华民国" if "中华" in text else "中華民國"], text


def test_regular_expression_exceptions_are_checked_when_the_lexicon_is_read(tmp_path):
    (tmp_path / "political.tsv").write_text("某国政府\t某地区当局\t说明\t历史|re:19[0-4\\d年\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="正则表达式"):
        load_rules(tmp_path)
    (tmp_path / "political.tsv").write_text("某国政府\t某地区当局\t说明\t历史|re:19[0-4]\\d年\n", encoding="utf-8")
    rule = next(r for r in load_rules(tmp_path) if r.category == "political")
    assert rule.exceptions == ("历史",) and len(rule.exception_patterns) == 1
    assert rule.excepted("1937年某国政府成立", 5, 9) and not rule.excepted("2024年某国政府成立", 5, 9)


# ---- 4. paraphrase sweep over more implemented checklist items -------------------------------------------------------

SWEEP = {
    "23 回教": (
        ["回教寺院今日开放参观。", "當地回教信眾慶祝節日。", "回 教寺院今日开放参观。"],
        ["伊斯兰教寺院今日开放参观。", "回教室拿作业。"]),
    "26 藏区": (
        ["藏区农牧民收入稳步增长。", "四川藏區交通條件改善。", "藏 区农牧民收入稳步增长。"],
        ["涉藏地区农牧民收入稳步增长。", "冷藏区温度保持在零下十八度。"]),
    "37 回国": (
        ["台湾同胞回国探亲人数增加。", "香港居民回国旅游更方便了。"],
        ["旅居海外的华侨回国投资。", "台湾同胞回大陆探亲。"]),
    "38 侨胞": (
        ["台湾侨胞踊跃参加活动。", "香港华侨捐资助学。"],
        ["海外侨胞踊跃参加活动。", "台湾同胞踊跃参加活动。"]),
    "42 市政府": (
        ["香港市政府发布通告。", "澳門市政府宣布新措施。", "香港 市政府发布通告。"],
        ["香港特区政府发布通告。", "深圳市政府发布通告。"]),
    "43 港督": (
        ["港督出席今天的活动。", "现任港督会见商界代表。"],
        ["末代港督彭定康离港。", "回归前，港督由英国委派。"]),
    "48 出访": (
        ["国家主席出访香港。", "国家领导人出访澳门特别行政区。"],
        ["国家主席视察香港。", "国家主席出访俄罗斯。"]),
    "54 民进党政府": (
        ["民进党政府宣布新政策。", "賴清德政府宣布新政策。", "民进党 政府宣布新政策。", "蔡英文政府推动所谓改革。"],
        ["民进党当局宣布新政策。", "台湾当局宣布新政策。"]),
    "56 行政院长": (
        ["台湾行政院长出席会议。", "台灣行政院院長出席會議。", "陆委会主委发表谈话。"],
        ["台湾地区行政管理机构负责人出席会议。"]),
    "63 民国纪年": (
        ["民国一一五年台湾地区选举。", "民國115年施行。"],
        ["民国二十六年全面抗战爆发。", "民国时期的老照片。"]),
    "69 台湾民进党": (
        ["台湾民进党召开党代会。", "台灣國民黨主席發表談話。"],
        ["民进党召开党代会。", "中国国民党主席发表谈话。"]),
    "71 国军": (
        ["台湾国军举行演习。", "國軍舉行漢光演習。"],
        ["台湾地区军队举行演习。", "抗战时期国军将士浴血奋战。"]),
    "74 中国国台办": (
        ["中国国台办发言人表示。", "中國國台辦發言人表示。", "中共国台办发言人表示。"],
        ["国务院台办发言人表示。", "国台办发言人表示。"]),
    "77 日治": (
        ["日治时期台湾的建筑。", "日治時期的老建築。", "日 治时期台湾的建筑。"],
        ["日据时期台湾的建筑。", "日治理念"]),
    "91 他国冠名": (
        ["菲律宾黄岩岛附近海域。", "越南西沙群岛渔场。"],
        ["中国黄岩岛附近海域。", "菲律宾声称对黄岩岛拥有主权是非法的。"]),
    "98 外蒙古": (
        ["外蒙古草原风光。", "外蒙古首都乌兰巴托。"],
        ["蒙古国首都乌兰巴托。", "内蒙古草原风光。"]),
    "111 武汉肺炎": (
        ["武汉肺炎疫情期间。", "中国病毒一说。", "武漢肺炎疫情期間。"],
        ["新冠肺炎疫情期间。", "所谓“武汉肺炎”的说法是污名化。"]),
}


@pytest.mark.parametrize("item", sorted(SWEEP))
def test_paraphrases_of_more_implemented_items(rules, item):
    positives, negatives = SWEEP[item]
    for text in positives:
        assert political(rules, text), (item, text)
    for text in negatives:
        assert political(rules, text) == [], (item, text, political(rules, text))
