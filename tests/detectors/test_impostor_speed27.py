"""Fast paths of the impostor detector's hot loops (imp-speed27): each gives what the slow path gives, on invented
names."""

from __future__ import annotations

from detectors.affixes import has_separator, name_segments


def test_has_separator_agrees_with_name_segments():
    # a name without a separator is one segment (or none): the fast path of ``_segment_hits`` skips reading it
    names = ["青禾发布", "青禾\u200b发布", "青禾⎸发布", "咋办·青禾公安", "青禾 发布", "青禾\u31c0发布", "", "⎸",
             "ab12青禾", "青禾😀发布", "【青禾】发布", "青禾丨发布", "青禾ｌ发布"]
    for name in names:
        if not has_separator(name):
            assert len(name_segments(name)) <= 1, name
    assert not has_separator("青禾发布") and not has_separator("青禾\u200b发布")
    assert has_separator("咋办⎸青禾发布") and name_segments("咋办⎸青禾发布") == ["咋办", "青禾发布"]


def test_place_syllables_equal_pypinyin_and_reuse_the_character_cache():
    from pypinyin import Style, lazy_pinyin

    from detectors.impostor import _place_syllables

    # phrases pypinyin reads as words (重庆 chong, 长沙 chang, 厦门 xia), places read character by character, a
    # phrase inside a longer place, characters of CJK extension A, and a character twice with different neighbours
    places = ["重庆", "长沙", "厦门", "青禾", "禾青", "重禾", "长禾乐", "禾重庆", "乐亭", "䶮禾", "行唐", "银行禾"]
    read: dict[str, list[str]] = {}
    for place in places:
        assert _place_syllables(place, read) == lazy_pinyin(place, style=Style.NORMAL), place
    assert read["禾"] == ["he"]
    read["禾"] = ["xx"]  # the cache is what is read: a place of cached characters takes them from it
    assert _place_syllables("青禾", read) == ["qing", "xx"]
    assert _place_syllables("重庆", read) == ["chong", "qing"]  # a phrase never goes through the cache


def _automaton(words):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


# invented names: empty ones, hits at the first and last character, several hits in one name, none in others
_TEXTS = ["", "青禾发布", "", "禾", "青禾", "发布青禾禾山", "山水", "禾山青禾", "", "无关名字", "青禾"]
_WORDS = ["青禾", "禾山", "发布", "禾"]


def test_texts_holding_and_places_in_each_agree_with_a_name_by_name_search():
    from detectors.impostor import _places_in_each
    from detectors.name_index import text_starts, texts_holding

    automaton = _automaton(_WORDS)
    one_by_one = {i: [(end, w) for end, w in automaton.iter(t)] for i, t in enumerate(_TEXTS) if t}
    one_by_one = {i: hits for i, hits in one_by_one.items() if hits}
    assert texts_holding(automaton, _TEXTS) == set(one_by_one)
    found = _places_in_each(automaton, _TEXTS)
    assert dict(found) == one_by_one and list(found) == sorted(one_by_one)  # in order of the texts, hits in order
    assert texts_holding(automaton, ["山水", "", "无关"]) == set() and not _places_in_each(automaton, ["", "水"])
    assert text_starts(["ab", "", "c"]).tolist() == [0, 3, 4, 6]


def test_clean_fast_path_gives_what_the_full_reading_gives(monkeypatch):
    import re

    import detectors.names as names

    texts = ["青禾发布", "QingHe发布", "ABC12", "", "青禾丨发布", "青禾丶", "髮布", "発布", "青禾發佈", "ＡＢ青禾",
             "青禾\u200b发布", "青禾 发布", "Ⅲ青禾", "青\u202e禾发布", "乾县发布", "么么", "云南发布", "鿿鿿"]
    texts += [chr(cp) + "禾" for cp in range(0x4E00, 0xA000, 97)]
    assert names._settled().fullmatch("QingHe青禾发布12") and not names._settled().fullmatch("青禾發佈")
    fast = [names._clean(t) for t in texts]
    monkeypatch.setattr(names, "_settled", lambda: re.compile("(?!)"))  # every text through the full reading
    assert fast == [names._clean(t) for t in texts]
