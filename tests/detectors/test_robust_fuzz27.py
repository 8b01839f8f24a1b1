"""Every text reader survives any string (issues #12/#18, robust-fuzz27): a deterministic property-based fuzz of the
detectors' text readers and entry points.

Crawled names, descriptions and posts are written by the impostors the project hunts, and registry rows are typed by
people: a unit that is a place alone, a name equal to its place, an empty description, a region missing. The
strategies below build strings from the project's own vocabularies — division and town names, generic places
(本市, 我省, 全县), level words, unit and body words, lexicon terms — cut and spliced at random places (empty remainders,
one-character pieces, a place alone or plus one character, words doubled), with punctuation, brackets, digits, emoji,
zero-width, full-width and traditional characters, in texts of 0, 1, 2 and 5,000 characters. The readers must return,
whatever they read: an exception is a lost finding (a crash of ``content_repost.refers_to_unit`` on a place alone took
the whole content detector down before 806573a1; this file's first test finds it again when that fix is reverted).

Derandomized (``derandomize=True``: the same examples on every run), ``deadline=None`` (the shared machine is slow),
bounded so that the file runs in under a minute under load. The strings are generated, none is taken from an
evaluation part.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from detectors.affixes import explain_added, possessive_mention
from detectors.content_repost import (
    OverlapIndex,
    names_source,
    own_place_body,
    refers_to_unit,
    repost_hit,
    text_names_source,
    vague_source,
)
from detectors.context import DetectionContext
from detectors.names import analyse_name, level_words, normalize_name
from detectors.profile_claims import read_scam
from detectors.run import run_detectors
from detectors.textnorm import fold, fold_with_offsets

DATA = Path(__file__).resolve().parents[2] / "detectors"


@cache
def _column(path: str, col: int, every: int = 1) -> tuple[str, ...]:
    """Column ``col`` of a tab-separated data file, every ``every``-th row (a spread sample keeps the draw small)."""
    out = []
    for k, line in enumerate((DATA / path).read_text(encoding="utf-8").splitlines()):
        parts = line.split("\t")
        if line and not line.startswith("#") and col < len(parts) and k % every == 0:
            out.extend(w for w in re.split(r"[ |]", parts[col]) if w and not w.isascii())
    return tuple(sorted(set(out)))


PROVINCES = tuple(sorted(line.split("\t")[1] for line in (DATA / "data/divisions.tsv").read_text(encoding="utf-8")
                         .splitlines() if line[:6].endswith("0000") and line[:6].isdigit()))
DIVISIONS = tuple(sorted(set(_column("data/divisions.tsv", 1, 7)) | set(PROVINCES)))
TOWNS = _column("data/towns.tsv", 1, 211)
TERMS = (_column("lexicons/political.tsv", 0) + _column("lexicons/political.tsv", 1) + _column("lexicons/leaders.txt", 0)
         + _column("lexicons/formal_terms.txt", 0, 53) + _column("lexicons/advertising.tsv", 0)
         + _column("data/department_abbreviations.tsv", 0) + _column("data/unit_trades.tsv", 1)
         + _column("data/media_outlets.txt", 0, 3) + _column("data/nicknames.tsv", 0))
GENERIC = ("本市", "我省", "全县", "本省", "我市", "本区", "全区", "我县", "本州", "省", "市", "县", "区", "旗", "盟", "自治区", "自治州")
LEVELS = ("省", "市", "县", "区", "乡", "镇", "街道", "村", "社区", "旗", "盟", "州", "自治县", "新区", "开发区", "地区", "省委", "市委")
UNITS = ("公安局", "人民政府", "人民政府新闻办公室", "发布", "教育局", "卫生健康委员会", "卫健委", "住房和城乡建设厅", "交警", "文旅",
         "融媒体中心", "人民法院", "人民检察院", "税务局", "市场监督管理局", "应急管理局", "委员会", "办公室", "厅", "局", "委", "办",
         "官方", "官微", "网信", "共青团", "妇联", "消防救援支队", "分局", "派出所", "司法局", "交通警察支队", "新闻办", "政务服务")
MARKS = tuple("，。、；：？！“”‘’（）《》【】〔〕「」…—·-_ .,:!?()[]<>|/@#＃%*+~\"'\n\t") + ("\n\n", "——", "……", "\r\n")
ODD = ("\u200b", "\u200d", "\ufeff", "\u3000", "\u00a0", "\u202e", "\u0301", "😀", "🇨🇳", "👍🏻", "\U0001f150", "㇀", "\ufffd",
       "Ａ", "１", "０", "①", "Ⅻ", "〇", "一", "十", "1", "0", "9", "2026", "1912", "年", "月", "日", "a", "Z",
       "https://t.cn/x", "#话题#", "@", "臺灣", "國務院", "總書記", "廣東省", "廣州市", "縣", "區", "發佈", "〓", "※", "□")

word = st.sampled_from(DIVISIONS + TOWNS + TERMS + GENERIC + LEVELS + UNITS + MARKS + ODD)
place = st.sampled_from(DIVISIONS + GENERIC)


@st.composite
def piece(draw):
    """A vocabulary word, sometimes cut at a random place (an empty remainder, one character) or doubled."""
    w = draw(word)
    how = draw(st.integers(0, 9))
    if how == 0:
        return w[:draw(st.integers(0, len(w)))]
    if how == 1:
        return w[draw(st.integers(0, len(w))):]
    if how == 2:
        return w * 2
    return w


spliced = st.lists(piece(), max_size=10).map("".join)
texts = st.one_of(
    spliced,
    st.sampled_from(("", "省", "市", "。", "\u200b", "😀", "本市", "山东")),  # 0, 1 and 2 characters
    st.tuples(place, st.sampled_from(("", "厅", "局", "委", "办", "。", "\u200b"))).map("".join),  # a place (+ 1 char)
    st.tuples(spliced, st.integers(1, 60)).map(lambda t: (t[0] * t[1])[:5000]),  # long, up to 5,000 characters
)
# a mention of a body: a place named in full or generically, alone, with one character or with a body's words
mentions = st.one_of(
    place,
    st.tuples(place, st.sampled_from(UNITS + LEVELS + ("", "厅", "局"))).map("".join),
    st.tuples(place, place, st.sampled_from(UNITS)).map("".join),
    texts,
)
# a registered unit: a place and a body, a place alone, a body without a place, two places, empty, anything
units = st.one_of(
    st.tuples(st.sampled_from(DIVISIONS), st.sampled_from(UNITS)).map("".join),
    st.sampled_from(DIVISIONS),
    st.sampled_from(UNITS + ("",)),
    st.tuples(st.sampled_from(DIVISIONS), st.sampled_from(DIVISIONS + TOWNS), st.sampled_from(UNITS)).map("".join),
    texts,
)

FUZZ = settings(derandomize=True, deadline=None, database=None, max_examples=300,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])


# ---- 1. the repost readers: a mention against the account's unit ---------------------------------------------------

@FUZZ
@given(mentions, units)
def test_refers_to_unit_and_own_place_body_read_any_mention(mention, unit):
    assert refers_to_unit(mention, unit) in (True, False)
    assert own_place_body(mention, unit) in (True, False)


@settings(FUZZ, max_examples=150)
@given(texts, units, st.sampled_from(("", "转自", "来源：", "来源：本市", "来源：我省", "（来源：", "据")), st.booleans())
def test_repost_readers_read_any_post(text, unit, lead, original):
    text = lead + text
    post = {"platform": "weibo", "account_id": "a", "post_id": "p", "text": text, "is_original": original,
            "source": None}
    other = {"platform": "weibo", "account_id": "b", "post_id": "q", "text": text[::-1] + text, "is_original": True}
    overlap = OverlapIndex([post, other], lambda p: unit if p["account_id"] == "a" else "别处单位")
    repost_hit(post, unit, overlap, account=unit[-4:])
    repost_hit(post, unit, None)
    names_source(post)
    vague_source(text)
    text_names_source(text)


# ---- 2. the name readers: names, profiles, affixes ---------------------------------------------------------------

@settings(FUZZ, max_examples=200)
@given(texts, st.frozensets(place, max_size=3))
def test_name_and_profile_readers_read_any_string(text, own):
    normalize_name(text)
    form = analyse_name(text)
    level_words(text)
    read_scam(text)
    explain_added(text, own)
    explain_added(text, own, name_end=len(text) // 2, place_things=True, following=form.core[-1:])
    possessive_mention(text, own)
    folded, offsets = fold_with_offsets(text)
    assert len(offsets) >= len(folded) and isinstance(fold(text), str)


# ---- 3. the impostor detectors over hostile registry rows and accounts ------------------------------------------

PLATFORMS = ("weibo", "douyin", "wechat", "kuaishou")


# a place and a thousand characters after it (a registered name as deep as a trie of its words gets; kept under
# 1,200: ``places._place_level_spans`` is slow on registered names thousands long, see the report of robust-fuzz27)
long_after_place = st.tuples(st.sampled_from(PROVINCES), st.lists(st.sampled_from(UNITS), min_size=1, max_size=3).map("".join),
                             st.integers(600, 1200)).map(lambda t: t[0] + (t[1] * t[2])[:1200])


@st.composite
def registry_rows(draw):
    rows = []
    for i in range(draw(st.integers(1, 4))):
        unit = draw(units)
        region = draw(st.one_of(st.none(), st.just(""), st.just(unit), place, st.sampled_from(DIVISIONS + TOWNS)))
        long_names = [draw(long_after_place)] if draw(st.integers(0, 5)) == 0 else []
        name = long_names[0] if long_names else draw(st.one_of(
            spliced, st.just(unit), st.just(region or ""), place, st.tuples(place, st.sampled_from(UNITS)).map("".join)))
        row = {"unit": unit, "platform": draw(st.sampled_from(PLATFORMS)), "account_id": f"r{i}", "name": name,
               "status": "active"}
        if region is not None:  # None: the region missing
            row["region"] = region
        if name in long_names:  # a province's body whose name runs on after the province, a thousand long
            row.update(unit=name[:3] + "人民政府", region=name[:3])
        rows.append(row)
    return rows


@st.composite
def crawled_accounts(draw, rows):
    out = []
    for i in range(draw(st.integers(1, 5))):
        base = draw(st.sampled_from(rows))["name"]
        name = draw(st.one_of(st.just(base), st.tuples(spliced, st.just(base), spliced).map("".join), texts,
                              st.tuples(st.just(base), st.integers(0, 8)).map(lambda t: t[0][:t[1]] + t[0][t[1] + 1:])))
        account = {"platform": draw(st.sampled_from(PLATFORMS)), "account_id": f"a{i}", "name": name,
                   "description": draw(st.one_of(st.just(""), texts))}
        if draw(st.booleans()):
            account.update(verified=True, verified_reason=draw(st.one_of(st.just(""), units)))
        out.append(account)
    return out


@st.composite
def contexts(draw):
    rows = draw(registry_rows())
    return rows, draw(crawled_accounts(rows))


@settings(FUZZ, max_examples=40, phases=[Phase.explicit, Phase.generate])  # no shrinking of names 5,000 long
@given(contexts())
def test_impostor_detectors_run_on_any_registry_and_accounts(ctx):
    registry, accounts = ctx
    logging.disable(logging.ERROR)
    try:
        result = run_detectors(DetectionContext(registry=registry, accounts=accounts),
                               ["impostor", "unregistered", "duplicate"])
    finally:
        logging.disable(logging.NOTSET)
    assert result.errors == []
