"""Issue #12, scale (fifteenth session): the shortcuts of the 1M × 100k path answer exactly as the plain code they
replace — a level-word stripping that skips names with no level character, one avatar row's band codes in Python
integers, batch-hashed key tables, precomputed two-substitution keys, pair tests by one substring search per
neighbour, and the affix/abbreviation/place passes that search 50k names joined before looking at any one name."""

from __future__ import annotations

import random

import numpy as np
import pytest

from detectors import avatar, impostor, name_index
from detectors.context import DetectionContext
from detectors.name_index import AffixIndex, KeyTable, double_keys, texts_holding
from detectors.names import (
    _AUTONOMOUS,
    _NO_LEVELS,
    _is_cjk,
    _strip_levels,
    all_cjk,
    analyse_name,
    fold_misspelt_levels,
    has_latin,
    misspelt_level_words,
)
from detectors.places import DIVISION_LEVEL_WORDS, LEVEL_HEADS, LEVEL_RANKS, strip_place_levels


def reg(name, unit, account_id, region, platform="weibo"):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": "active",
            "region": region}


REGISTRY = [
    reg("新昌公安", "新昌县公安局", "r1", "浙江省绍兴市新昌县"),
    reg("柳市治理", "乐清市柳市镇社会治理中心", "r2", "浙江省温州市乐清市柳市镇"),
    reg("荣成发布", "荣成市人民政府新闻办公室", "r3", "山东省威海市荣成市"),
    reg("汕尾发布", "汕尾市人民政府新闻办公室", "r4", "广东省汕尾市"),
    reg("共青团浙江省委", "共青团浙江省委员会", "r5", "浙江省"),
    reg("兴安盟发布", "兴安盟行政公署新闻办公室", "r6", "内蒙古自治区兴安盟"),
    reg("迪庆州公安", "迪庆藏族自治州公安局", "r7", "云南省迪庆藏族自治州"),
    reg("沧源文旅", "沧源佤族自治县文化和旅游局", "r8", "云南省临沧市沧源佤族自治县"),
    reg("山东市场监管", "山东省市场监督管理局", "r9", "山东省"),
]

NAMES = ["新昌公安", "直击芯昌公安", "每日浏市洽理", "荣成市府新闻办", "荣成新闻办", "灿尾新闻办", "浙江其青抟",
         "兴安盟发布", "迪庆自治州公安", "黔北关岭自致县发布", "恩施土家族苗族自治州公安", "安徽省级12345", "县级融媒体中心",
         "文旅沦园", "沧源文旅", "山东市监局", "石王美食日记", "泉城生活", "广州天河", "xinchang gongan", "", "市", "市县区"]


def _plain_strip(text: str) -> str:
    """``_strip_levels`` without its shortcut: the four steps on every text."""
    text = strip_place_levels(fold_misspelt_levels(text))
    if "自治" in text:
        text = _AUTONOMOUS.sub("", text)
    return text.translate(_NO_LEVELS)


def test_level_stripping_with_its_shortcut_strips_every_level_word_as_before():
    words = {*DIVISION_LEVEL_WORDS, *LEVEL_HEADS, *misspelt_level_words()}
    words |= {head + rank for head in LEVEL_HEADS for rank in LEVEL_RANKS}
    texts = list(NAMES)
    for w in sorted(words):  # each level word, misspelt one and level-naming word after a place, alone and first
        texts += [f"迪庆{w}公安", f"兴安{w}", f"{w}发布", f"达拉特{w}12345", f"副{w}"]
    for text in texts:
        assert _strip_levels(text) == _plain_strip(text), text
    assert _strip_levels("迪庆州公安") == "迪庆公安" and _strip_levels("济南市公安局") == "济南公安局"
    plain = "石王美食日记"
    assert _strip_levels(plain) is plain  # no level character: the text itself, no work


def test_latin_and_ideograph_tests_by_regex_read_as_the_character_tests():
    rng = random.Random(19)
    pool = "新昌公安㐀龥豈﨩𠀀𱍊ａAzq1٣カ丨 \u200b" + chr(0x31350) + chr(0x33FF)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 6)))
        assert has_latin(text) == any("a" <= c <= "z" for c in text), text
        assert all_cjk(text) == all(map(_is_cjk, text)), text


def test_one_rows_band_codes_are_the_matrix_codes():
    rng = np.random.default_rng(19)
    n = 500
    matrix = rng.integers(0, 2**63, size=(n, avatar.SLOTS + 1), dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    matrix[:, avatar.SLOTS] = rng.integers(0, 2**avatar.SLOTS, size=n, dtype=np.uint64)  # slots missing at random
    matrix[0, avatar.SLOTS], matrix[1, avatar.SLOTS] = 2**avatar.SLOTS - 1, 0
    for every_variant in (False, True):
        index = avatar.AvatarIndex(matrix[:50], every_variant=every_variant)
        wanted = index._query_codes(matrix)
        for i in range(n):
            assert index._row_query_codes(matrix[i].tolist()) == wanted[i].tolist()


def test_batch_hashed_key_table_equals_the_table_built_key_by_key(monkeypatch):
    monkeypatch.setattr(name_index, "_KEY_BATCH", 3)  # flush in the middle of a name's keys
    keys = [["=新昌公安", "-新昌公安", "L新昌公安"], [], ["I xcga", "=柳市治理"], ["=荣成发布"], ["=新昌公安"]]

    def limit(key: str) -> int:
        return 1 if key[0] == "I" else 5
    table = KeyTable.of((iter(k) for k in keys), limit)  # any iterables, one per position
    plain = KeyTable(np.asarray([hash(k) for ks in keys for k in ks], dtype=np.int64),
                     np.asarray([r for r, ks in enumerate(keys) for _ in ks], dtype=np.int32), len(keys),
                     np.asarray([limit(k) for ks in keys for k in ks], dtype=np.int32))
    assert table.size == plain.size == 5
    assert table.hashes.tolist() == plain.hashes.tolist() and table.positions.tolist() == plain.positions.tolist()
    assert table.lookup({"=新昌公安"}) == {0, 4} and table.lookup({"-新昌公安"}) == {0}


def test_two_substitution_keys_blank_every_pair_of_positions():
    for name in ("单县发布", "东台公安", "新昌县公安局", "共青团浙江省委会"):
        n = len(name)
        assert double_keys(name) == [name[:i] + "?" + name[i + 1:j] + "?" + name[j + 1:]
                                     for i in range(n) for j in range(i + 1, n)]
    assert double_keys("新昌") == [] and double_keys("xinchang") == []


def _plain_stray_alternatives(index: AffixIndex, text: str, k: int, stray: frozenset) -> tuple:
    """``AffixIndex._stray_alternatives`` as first written: each neighbour tested against the alternative's pairs."""
    follows, alphabet, precedes = index.follows, index.alphabet, index._precedes_()
    firm, loose = [], []
    for n, right in ((k - 1, False), (k + 1, True)):
        if 0 <= n < len(text):
            (loose if n in stray or text[n] not in alphabet else firm).append((text[n], right))
    if not firm:
        return ()
    ch = text[k]
    kept = sum((n in follows.get(ch, "")) if right else (n in precedes.get(ch, "")) for n, right in firm + loose)
    ranked = []
    for c, how, _ in index._fold_char(ch):
        after, before = follows.get(c, ""), precedes.get(c, "")
        if not all((n in after) if right else (n in before) for n, right in firm):
            continue
        made = len(firm) + sum((n in after) if right else (n in before) for n, right in loose)
        if made > kept:
            ranked.append((-made, len(ranked), c, how))
    return tuple((c, how) for _, _, c, how in sorted(ranked))


@pytest.fixture(scope="module")
def affixes():
    return AffixIndex(REGISTRY, [analyse_name(e["name"]) for e in REGISTRY])


def test_stray_alternatives_by_substring_search_rank_as_before(affixes):
    tried = 0
    for name in NAMES:
        text = _strip_levels(analyse_name(name).core)
        at = affixes.strays(text)
        for k in range(len(text)):
            expected = _plain_stray_alternatives(affixes, text, k, frozenset(at))
            assert affixes._stray_alternatives(text, k, frozenset(at)) == expected, (text, k)
            tried += bool(expected)
    assert tried  # some changed character has alternatives (芯 → 新, 浏 → 柳 …)
    assert any(v.position == 0 for v, *_ in affixes.find("直击芯昌公安", strays=True))


def test_texts_holding_finds_the_names_an_automaton_pass_finds_one_by_one(affixes):
    texts = [_strip_levels(analyse_name(n).core) for n in NAMES]
    one_by_one = {i for i, t in enumerate(texts) if next(affixes.automaton.iter(t), None) is not None}
    assert texts_holding(affixes.automaton, texts) == one_by_one and one_by_one


def test_affix_search_of_many_names_finds_what_each_search_finds(affixes):
    cores = [analyse_name(n).core for n in NAMES] + ["新昌公安" * 30]
    expected = [(i, found) for i, core in enumerate(cores) for found in (affixes.find(core),) if found]
    assert list(affixes.find_each(cores)) == expected
    found = {NAMES[i] for i, _ in expected}
    assert {"直击芯昌公安", "每日浏市洽理", "灿尾新闻办", "文旅沦园"} <= found  # names found only by folding
    assert "石王美食日记" not in found and "xinchang gongan" not in found


def test_abbreviation_layer_over_many_names_finds_what_each_name_finds():
    officials = impostor._Officials(DetectionContext(registry=REGISTRY, accounts=[]))
    forms = [analyse_name(n) for n in NAMES]
    expected = [(c, r, match) for c, form in enumerate(forms) if len(form.core) >= 2 + impostor.MIN_ABBREVIATED
                for r, match in officials.abbreviation_matches(form.core)]
    assert impostor._abbreviated_pairs(officials, forms, [], 0.0) == expected
    assert {c for c, _, _ in expected} >= {NAMES.index("荣成市府新闻办")}
