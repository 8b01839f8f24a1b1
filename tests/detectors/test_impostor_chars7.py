"""Issue #12, seventh session: every default-ignorable or control character hidden in a name, two substitutions in
one name of four to eight characters (by sound, by shape or by a rare character), and look-alikes of the character a
name wrote before it was simplified. Synthetic names only."""

from __future__ import annotations

import unicodedata

from detectors import impostor
from detectors.context import DetectionContext
from detectors.name_index import AffixIndex, DoubleIndex, double_keys
from detectors.names import analyse_name, compare_names, is_rare
from detectors.textnorm import (
    DEFAULT_IGNORABLE,
    _fold_each_character,
    fold,
    fold_with_offsets,
    is_invisible,
    traditional_forms,
)
from tests.detectors.impostor_cases import crawled as acc
from tests.detectors.impostor_cases import findings
from tests.detectors.impostor_cases import registered_at as reg

REGISTRY = [
    reg("嘉善公安", "嘉善县公安局", "r1", "浙江省嘉兴市嘉善县"),
    reg("湖州卫健委", "湖州市卫生健康委员会", "r2", "浙江省湖州市"),
    reg("阜新发布", "阜新市人民政府新闻办公室", "r3", "辽宁省阜新市"),
    reg("建德公安", "建德市公安局", "r4", "浙江省杭州市建德市"),
    reg("海宁市场监管", "海宁市市场监督管理局", "r5", "浙江省嘉兴市海宁市"),
]


def run(accounts, registry=REGISTRY):
    return findings(registry, accounts)


# ---- hidden characters ------------------------------------------------------------------------------------------

def test_the_invisible_set_is_the_unicode_default_ignorable_property_plus_controls():
    # a sample of each family of Default_Ignorable_Code_Point (DerivedCoreProperties.txt)
    for cp in (0x00AD, 0x180B, 0x200B, 0x2064, 0x3164, 0xFE0F, 0xFEFF, 0x1BCA1, 0x1D175, 0xE0001, 0xE0041, 0xE0100,
               0xE01EF, 0xE0FFF):
        assert cp in DEFAULT_IGNORABLE and is_invisible(chr(cp)), hex(cp)
    # control characters that are not white space are invisible too; letters, digits, spaces and line breaks are not
    assert is_invisible("\x07") and is_invisible("\x1b") and is_invisible("\x9b")
    for ch in ("中", "a", "1", " ", "\n", "\u3000", "\u0300", "\ufe10"):
        assert not is_invisible(ch), repr(ch)
    # everything in the set is a format, mark, control, filler or unassigned code point: no visible character
    assert {unicodedata.category(chr(cp)) for cp in DEFAULT_IGNORABLE} <= {"Cf", "Mn", "Lo", "Cn", "Cc"}


def test_fold_drops_tags_shorthand_controls_and_supplementary_variation_selectors():
    hidden = "嘉\U000e0041善\U0001bca2公\U000e0105安\x07\U0001d173"
    assert fold(hidden) == "嘉善公安"
    folded, offsets = fold_with_offsets(hidden)
    assert (folded, offsets) == _fold_each_character(hidden) == ("嘉善公安", [0, 2, 4, 6])
    assert fold("第一段\n第二段") == "第一段\n第二段"  # line breaks are white space, not hidden characters


def test_vertical_presentation_brackets_fold_to_brackets():
    assert fold("︻嘉善公安︼") == "【嘉善公安】" and fold("︵海宁︶") == "(海宁)"
    form = analyse_name("︽嘉善公安︾")
    assert form.core == "嘉善公安" and "《" in "".join(form.hidden)


def test_a_name_with_hidden_characters_says_which():
    form = analyse_name("嘉善\U000e0063公安\x0c")
    assert form.core == "嘉善公安"
    match = compare_names(form, analyse_name("嘉善公安"))
    assert match.layer == "normalised"
    assert "[U+E0063]" in match.reasons[0] and "[U+000C]" in match.reasons[0]  # a form feed is no plain space
    assert analyse_name("嘉善 公安").hidden == ()  # an ordinary space is


# ---- two substitutions ------------------------------------------------------------------------------------------

def test_rare_means_outside_gb2312_and_every_division_name():
    assert is_rare("兯") and is_rare("皁")
    assert not is_rare("公") and not is_rare("卫")
    assert not is_rare("埇")  # outside GB 2312, but 埇桥区 is a division: places keep such characters
    assert not is_rare("a") and not is_rare("1")


def test_two_substitutions_in_a_five_character_name():
    registry = [analyse_name(n) for n in ("湖州卫健委", "湖州发布")]
    index = DoubleIndex([f.core for f in registry])
    cand = analyse_name("湖州卩荐\ufe0e委")  # 卩 drawn like 卫 less a stroke, 荐 read jian like 健, a selector hidden
    assert index.block(cand.core) == {0}
    match = compare_names(cand, registry[0])
    assert match.layer == "double" and match.score == 0.72
    assert "卫→卩（形近）" in match.reasons[-1] and "健→荐（音近）" in match.reasons[-1]


def test_a_rare_character_counts_as_a_disguise_whatever_it_looks_like():
    match = compare_names(analyse_name("嘉膳兯安"), analyse_name("嘉善公安"))  # 膳 read shan like 善; 兯 for 公
    assert match.layer == "double" and match.score == 0.80
    assert "生僻字“兯”" in match.reasons[-1]
    found = run([acc("嘉\u2060膳兯安", "x")])
    assert found["x"]["target"]["account_id"] == "r1" and found["x"]["score"] >= 0.80


def test_two_substitutions_in_a_six_character_name_are_keyed_and_found():
    assert len(double_keys("海宁市场监管")) == 15 and double_keys("海宁市场监管督察") and not double_keys("海宁市场监管督察局")
    found = run([acc("海宁市畅坚管", "x")])  # 畅 read chang like 场, 坚 read jian like 监
    assert found["x"]["target"]["account_id"] == "r5"


def test_two_substitutions_into_real_words_are_another_place():
    # 剑阁 is a real county whose name differs from 建德 in two characters (剑 read jian like 建): its characters make
    # a word, so it is another place, not a disguise
    assert compare_names(analyse_name("剑阁公安"), analyse_name("建德公安")).layer == "edit"
    assert "x" not in run([acc("剑阁公安", "x")])
    # a common character with an unexplained change is no disguise either, rare companion or not
    assert compare_names(analyse_name("嘉兯交安"), analyse_name("嘉善公安")).layer == "edit"


# ---- look-alikes of what was written before simplification -------------------------------------------------------

def test_a_folded_character_is_tried_as_the_look_alikes_of_its_traditional_form():
    assert "皁" in traditional_forms("皂")
    entries = REGISTRY
    index = AffixIndex(entries, [analyse_name(e["name"]) for e in entries])
    hits = index.find(analyse_name("爆料发布皁新").core)  # 皁 (simplified to 皂) drawn like 阜, halves swapped
    assert any(v.kind == "reorder" and entries[v.position]["account_id"] == "r3" and ("皂", "阜", "shape") in changed
               for v, _before, _after, changed in hits)
    found = run([acc("爆料发布皁新", "x")])
    assert found["x"]["target"]["account_id"] == "r3"


def test_explain_shows_the_two_substitutions():
    ctx = DetectionContext(registry=REGISTRY, accounts=[])
    out = impostor.explain(ctx, acc("嘉膳兯安", "x"))
    text = str(out)
    assert "生僻字“兯”" in text and "double" in text


def test_the_batch_lookup_finds_what_one_name_at_a_time_finds():
    names = ("嘉善公安", "湖州卫健委", "海宁市场监管", "湖州发布", "海宁发布")
    index = DoubleIndex([analyse_name(n).core for n in names])
    cands = ["嘉膳兯安", "湖州卩荐委", "海宁市畅坚管", "无关名称字", "ab", "海宁发布", "湖州发布厅"]
    ci, ri = index.block_many(cands)
    batch = sorted(zip(ci.tolist(), ri.tolist()))
    single = sorted((i, r) for i, c in enumerate(cands) for r in index.block(c))
    assert batch == single and (0, 0) in batch and (1, 1) in batch and (2, 2) in batch and (5, 4) in batch
