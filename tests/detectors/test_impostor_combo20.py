"""Issue #12, sixteenth session (imp-combo20): several weak edits on one name scored as a combination.

- A name that writes the registered name with a look-alike or same-sound character that breaks its word *and* hides
  characters in the name (combining marks on its digits, tag or zero-width characters) or splits a word with a
  symbol is disguised twice over: unknown words after it (a product, a shop's stock) no longer push it below the
  candidate floor, it is floored for review as the registered name written whole already is
  (``double_disguise``, ``affix_match(disguised=…)``).
- The scam reading of a description knows three more everyday wordings of moves it already reads: 停更 (停止更新) in a
  takeover story, 过期 (an account's certification "expired") in a false alarm, and 领 written alone before the money
  (领补贴) as bait.

Every name and description here is written for these tests (Shaanxi, Sichuan, Hubei), none is taken from an
evaluation set.
"""

from __future__ import annotations

import pytest

from detectors import impostor
from detectors.context import DetectionContext
from detectors.impostor import double_disguise, hidden_marks
from detectors.profile_claims import read_scam
from tests.detectors.test_avatar_only import acc, reg, run

REG = [reg("泾阳12345", "泾阳县12345政务服务便民热线", "r1", "陕西省咸阳市泾阳县"),
       reg("龙市治理", "龙市镇社会治理中心", "r6", "四川省成都市"),
       reg("富平发布", "富平县人民政府新闻办公室", "r2", "陕西省渭南市富平县"),
       reg("郫都公安", "成都市公安局郫都区分局", "r3", "四川省成都市郫都区"),
       reg("秭归12345", "秭归县12345政务服务便民热线", "r4", "湖北省宜昌市秭归县")]

MARKS = "\u030b"  # combining double acute, written on each digit


def _marked(digits: str) -> str:
    return "".join(d + MARKS for d in digits)


def _flag(name, **extra):
    return run(REG, [acc(name, "x", **extra)]).get("x")


# ---- two disguises on one name ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("经阳" + _marked("12345") + "茯砖黑茶礼盒装", "泾阳12345"),   # 泾 → 经 (same sound), marks on the digits
    ("子归" + _marked("12345") + "脐橙果园礼盒", "秭归12345"),     # 秭 → 子 (same sound)
    ("经阳1234\U000e0041" + "5茯砖黑茶礼盒装", "泾阳12345"),      # a tag character instead of the marks
])
def test_a_respelt_name_with_hidden_marks_survives_many_unknown_words(name, target):
    found = _flag(name)
    assert found and found["target"]["name"] == target, found
    assert found["score"] >= 0.60
    assert any("两种伪装叠加" in r for r in found["reasons"]), found["reasons"]


def test_one_disguise_alone_is_still_outweighed_by_many_unknown_words():
    # the same names with only one of the two edits: the look-alike alone is not floored
    assert _flag("经阳12345茯砖黑茶礼盒装") is None
    assert _flag("子归12345脐橙果园礼盒") is None


def test_a_word_split_by_a_symbol_is_the_second_disguise_too():
    found = _flag("经阳12345茯砖黑茶礼·盒装")
    assert found and found["target"]["name"] == "泾阳12345", found
    assert any("拆开" in r for r in found["reasons"]), found["reasons"]


def test_double_disguise_needs_a_change_that_breaks_its_word():
    assert double_disguise("经阳" + _marked("12345"), "经阳12345", [("经", "泾", "sound")])
    assert double_disguise("经阳12345", "经阳12345", [("经", "泾", "sound")]) == ""  # nothing hidden
    assert double_disguise("泾阳" + _marked("12345"), "泾阳12345", []) == ""  # nothing respelt
    # 重庆 → 重情 makes a word (重情): another name, not a disguise, whatever else the name hides
    assert double_disguise("重情发\u200b布", "重情发布", [("情", "庆", "sound")]) == ""


def test_mention_words_still_rule_a_doubly_disguised_name_out():
    # another place's name after it is a mention of the unit, however the name is written
    assert _flag("经阳" + _marked("12345") + "西安分店") is None


def test_explain_reads_the_combination_as_the_run_does():
    told = impostor.explain(DetectionContext(registry=REG, accounts=[]),
                            {"name": "经阳" + _marked("12345") + "茯砖黑茶礼盒装", "platform": "weibo"})
    assert told["flagged"]


# ---- enclosing marks on digits are hidden marks too ----------------------------------------------------------

def test_enclosing_marks_on_digits_are_hidden_marks_but_the_keycap_is_not():
    assert hidden_marks("泾阳1\u20e42\u20e4") == ["U+20E4"]  # enclosing upward triangle
    assert hidden_marks("泾阳1\u20e2") == ["U+20E2"]  # enclosing screen
    assert hidden_marks("1\ufe0f\u20e3号店") == []  # the keycap emoji


def test_enclosing_marks_make_shop_words_a_disguise():
    found = _flag("泾阳" + "".join(d + "\u20e2" for d in "12345") + "便民小铺")
    assert found and found["target"]["name"] == "泾阳12345", found
    assert any("U+20E2" in r for r in found["reasons"]), found["reasons"]
    assert _flag("泾阳12345便民小铺") is None  # written plainly: a shop may mention the hotline


# ---- a level character inside a place still counts in the name's length ------------------------------------

def test_two_changes_in_a_four_character_name_with_a_level_character():
    # 龙市治理 (the town of 龙市) is matched as 龙治理, but two changed characters are two of four, both breaking their
    # words: the same as in any name of four characters (0.88 - 2 x 0.04 - 0.08)
    found = _flag("每日泷市冶理")  # 龙 → 泷 (same sound), 治 → 冶 (drawn alike)
    assert found and found["target"]["name"] == "龙市治理", found
    assert found["score"] >= 0.60
    # one change that makes a word is another name: 龙市 → 龙市 kept, 治理 → 料理 (a word)
    assert _flag("每日泷市料理") is None


# ---- the scam reading's new wordings ------------------------------------------------------------------------

@pytest.mark.parametrize("description, kinds", [
    ("郫都公安原号已停更，以后只认本号，咨询办事加微信abc12345", {"takeover", "handoff"}),
    ("医保账户认证过期，点击主页链接重新认证", {"alarm", "link"}),
    ("点击简介链接，在线领补贴", {"bait", "link"}),
    ("私信登记领津贴，名额有限", {"bait", "handoff"}),
])
def test_new_wordings_of_known_moves(description, kinds):
    found = read_scam(description)
    assert found is not None and kinds <= set(found.kinds), found


@pytest.mark.parametrize("description", [
    "本号已停更，请关注新号富平发布",            # a unit pointing at its own new account
    "身份证过期了请到出入境大厅办理",            # the official channel
    "谨防诈骗：账户认证过期、点击链接领补贴都是骗局",  # a warning
    "带领群众领补贴，详询村委会",                # no private contact, no link
])
def test_plain_or_warning_sentences_with_the_new_words_are_no_scam(description):
    assert read_scam(description) is None


def test_a_company_badge_no_longer_covers_a_takeover_story_with_a_hand_off():
    # a company-verified account under a look-alike of the unit's name: its badge stood for it until the description
    # was read as the scam it is (原号已停更 … 加微信)
    name = "郫却公安只认这个"  # 都 → 却 (drawn alike), 只认这个 added
    badge = {"verified": True, "verified_type": "enterprise", "verified_reason": "成都某某便民服务有限公司"}
    assert _flag(name, **badge) is None
    found = _flag(name, description="郫都公安原号已停更，以后只认本号，咨询办事加微信abc12345", **badge)
    assert found and found["target"]["name"] == "郫都公安", found


# ---- a look-alike inside a name written with its place's former name -----------------------------------------

def test_a_former_place_name_with_a_look_alike_after_it():
    # 郧县 is the former name of 郧阳区 (十堰): 郧县发布 is matched as the former-name form of 郧阳发布; with 布 → 希 the
    # folded name still goes on after the former name as the registered one does
    registry = [reg("郧阳发布", "十堰市郧阳区人民政府新闻办公室", "y1", "湖北省十堰市郧阳区")]
    for name in ("郧县发希", "最新郧县发希"):
        found = run(registry, [acc(name, "x")]).get("x")
        assert found and found["target"]["name"] == "郧阳发布", (name, found)
        assert any("旧名" in r for r in found["reasons"]) and any("布→希" in r for r in found["reasons"])
    # the former name followed by another function is no imitation of it
    assert run(registry, [acc("郧县文旅", "x")]).get("x") is None


def test_a_look_alike_inside_the_former_name_is_no_former_name():
    # 通县 is the former name of 通州区; 达 is a look-alike of 通, but a former name is read only as written: 通达县发布
    # (a county of another place) must not become 通 + 通县发布
    registry = [reg("通州发布", "北京市通州区人民政府新闻办公室", "t1", "北京市通州区")]
    assert run(registry, [acc("通达县发布", "x")]).get("x") is None
    found = run(registry, [acc("通县发希", "y")]).get("y")
    assert found and found["target"]["name"] == "通州发布", found
