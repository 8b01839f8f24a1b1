"""Issue #12, fifth session: a description that points at one unit, and two look-alike changes in a short name.

1. An avatar-only suspect whose description copies one unit's official description or spells out its full name or a
   registered account name ("本号为济南公安授权合作账号") is tied to that unit twice: the near copy of its distinctive
   avatar then counts even on a name that neither sounds governmental nor names the place, and even with the
   account's own words (生活圈, 观察); the description also picks that unit where the image alone fits two units'
   avatars equally (one layout recoloured).
2. A four-character registered name with *two* characters changed to look-alike or same-sound ones counts, when
   both changed characters break the words they stand in (菜州供安 for 莱州公安); two changes that still make words
   are another name.
"""

from __future__ import annotations

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.affixes import affix_match
from detectors.name_index import AffixIndex
from detectors.names import analyse_name
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, acc, jpeg, layout, reg, run


def _registry():
    jinan = layout(label="济南公安", **PURPLE)
    taian = layout(label="泰安公安", **GREEN)
    return jinan, [reg("济南公安", "济南市公安局", "r1", "山东省济南市", avatar_hashes=avatar_hashes(png_bytes(jinan))),
                   reg("泰安公安", "泰安市公安局", "r2", "山东省泰安市", avatar_hashes=avatar_hashes(png_bytes(taian)))]


def test_a_description_naming_the_account_makes_an_own_worded_name_a_suspect():
    jinan, registry = _registry()
    copy = avatar_hashes(png_bytes(jpeg(jinan)))
    found = run(registry, [
        acc("泉城生活圈", "a", avatar_hashes=copy, description="本号为济南公安授权合作账号，办理请私聊"),
        acc("泉城观察", "b", avatar_hashes=copy, description="受济南市公安局委托开展问卷调查，完成可领红包"),
        acc("泉城生活圈", "c", avatar_hashes=copy, description="泉城吃喝玩乐，每日分享"),  # its own words only
        acc("泰安生活圈", "d", avatar_hashes=copy, description="本号为济南公安授权合作账号"),  # names another place
    ])
    assert set(found) == {"a", "b"}
    for k in "ab":
        assert found[k]["target"]["account_id"] == "r1" and found[k]["score"] == impostor.AVATAR_ONLY_SCORE
        assert found[k]["evidence"]["description_points_at_unit"] is True
        assert any("简介抄袭或点名" in r for r in found[k]["reasons"])


def test_a_description_picks_the_unit_when_a_recoloured_copy_fits_two_layouts():
    jinan, registry = _registry()
    blue = avatar_hashes(png_bytes(layout(label="济南公安", ring=(40, 60, 200), arch=(200, 200, 40),
                                          back=(240, 240, 255))))
    plain = acc("泉城守望者", "x", avatar_hashes=blue)
    told = acc("泉城守望者", "y", avatar_hashes=blue, description="泰安公安业务快速通道，扫码进群")
    found = run(registry, [plain, told])
    assert set(found) == {"y"} and found["y"]["target"]["account_id"] == "r2"


def test_a_description_naming_the_unit_does_not_help_a_medium():
    jinan, registry = _registry()
    copy = avatar_hashes(png_bytes(jinan))
    medium = acc("泉城观察", "m", avatar_hashes=copy, description="转载济南公安的提示", verified=True,
                 verified_type="media", verified_reason="济南日报社官方微博")
    assert run(registry, [medium]) == {}


def _affix(registry_names, candidate):
    entries = [reg(n, u, f"r{i}", region) for i, (n, u, region) in enumerate(registry_names)]
    forms = [analyse_name(e["name"]) for e in entries]
    index = AffixIndex(entries, forms)
    out = []
    for variant, before, after, changed in index.find(analyse_name(candidate).core):
        e = entries[variant.position]
        m = affix_match(variant, before, after, changed, e["name"], e["unit"], frozenset(index.places[variant.position]),
                        index.all_places)
        if m is not None:
            out.append((e["name"], m))
    return out


REGISTRY = [("莱州公安", "莱州市公安局", "山东省烟台市莱州市"), ("开平文旅", "开平市文化和旅游局", "广东省江门市开平市"),
            ("济南发布", "济南市人民政府新闻办公室", "山东省济南市")]


def test_two_word_breaking_changes_in_a_four_character_name():
    found = _affix(REGISTRY, "菜州供安")  # 菜~莱 drawn alike, 供~公 the same sound; 菜州, 供安 are no words
    assert [name for name, _ in found] == ["莱州公安"]
    match = found[0][1]
    assert match.score == 0.72 and impostor_threshold() <= match.score < 0.75
    assert any("形近字替换" in r for r in match.reasons) and any("同音字替换" in r for r in match.reasons)
    found = _affix(REGISTRY, "幵瓶文旅")
    assert [name for name, _ in found] == ["开平文旅"]


def test_two_changes_that_still_make_words_are_another_name():
    # 郊 ~ 交 and 旗 ~ 旅 would be look-alikes, but 郊区 / 旗舰 … here: 济南郊区 is made of words
    assert _affix(REGISTRY, "济南郊区") == []
    # one change only is still the ordinary substitution (no extra penalty)
    found = _affix(REGISTRY, "莱州供安")
    assert found and found[0][1].score == 0.84


def test_the_detector_reports_a_double_disguise_for_review():
    registry = [reg(n, u, f"r{i}", region) for i, (n, u, region) in enumerate(REGISTRY)]
    found = run(registry, [acc("菜州供安", "x")])
    assert found["x"]["target"]["name"] == "莱州公安" and found["x"]["score"] == 0.72


def impostor_threshold() -> float:
    from core.settings import load_config
    return float(load_config(None, env={})["detect.impostor_min_score"])


def test_the_double_layer_compares_whole_names_with_characters_registered_names_use():
    from detectors.name_index import DoubleIndex
    from detectors.names import compare_names
    # 悬 and 罚 are characters registered names may use, so no folding happens: the whole-name layer compares
    # the two changed positions (悬 drawn like 县 with a part added, 罚 read fa like 发)
    registry = [analyse_name(n) for n in ("单县发布", "济南发布", "莱州公安")]
    index = DoubleIndex([f.core for f in registry])
    cand = analyse_name("单悬罚布")
    assert index.block(cand.core) == {0}  # found by a key with two positions blanked out
    match = compare_names(cand, registry[0])
    assert match.layer == "double" and match.score == 0.72
    assert "县→悬（形近）" in match.reasons[0] and "发→罚（音近）" in match.reasons[0]
    # when one changed character still makes a word (公案), the name is a weaker double (ninth session): each changed
    # character reads like the registered one with its tone and 来州 names no division, so 来州公案 is still a
    # disguise of 莱州公安, for review; a word-making character that neither looks nor sounds alike is not (公园)
    weaker = compare_names(analyse_name("来州公案"), registry[2])
    assert weaker.layer == "double" and weaker.score == 0.66 and "成词" in weaker.reasons[-1]
    assert compare_names(analyse_name("来州公园"), registry[2]).layer == "edit"


def test_an_inserted_character_that_reads_like_a_level_word():
    from detectors.names import LAYER_SCORES, compare_names
    reg_form = analyse_name("三水公安")
    match = compare_names(analyse_name("三水室公安"), reg_form)  # 室 reads shi like 市 and makes no word here
    assert match.layer == "level" and match.score == LAYER_SCORES["level_sound"]
    assert "同音" in match.reasons[-1]
    assert compare_names(analyse_name("三水市公安"), reg_form).score == LAYER_SCORES["level"]  # the level word itself
    # a character of that sound that makes a word with its neighbours is just an inserted character
    assert compare_names(analyse_name("济南师公安"), analyse_name("济南公安")).layer == "insert"


def test_a_character_with_a_part_added_is_a_look_alike_from_decomposition_data():
    from detectors.names import adds_a_part, compare_names, part_of
    assert adds_a_part("仙", "山") and adds_a_part("拨", "发") and adds_a_part("冈", "网")  # 网 = 冈 + 乂
    assert not adds_a_part("江", "红") and not adds_a_part("山", "山")  # a shared part only is not enough
    assert "山" in part_of("仙")
    # in the double layer: 画 reads hua like 花, 拨 is 发 with a hand added
    assert compare_names(analyse_name("画都拨布"), analyse_name("花都发布")).layer == "double"
    # in folding: 仙 is tried as 山, so 仙东商务厅 contains 山东商务 (and spells the unit 山东省商务厅)
    found = _affix([("山东商务", "山东省商务厅", "山东省")], "仙东商务厅")
    assert found and all(any("山→仙" in r for r in m.reasons) for _, m in found)
