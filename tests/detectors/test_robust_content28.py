"""Every content rule survives any post (issue #18, robust28): a deterministic property-based fuzz of the content
screening — its readers (typo, political, repost, ad and entertainment), ``screen_posts`` and
``run_detectors(ctx, ["content"])``.

Post texts are written by the accounts the project watches, impostors included. The strategies below build texts from
the content rules' own vocabularies — the lexicons' wrong and right wordings, formal terms, leaders' names and titles,
ordered formulas, anniversaries, state names, sales and gossip words — cut and spliced at random places (empty
remainders, one character, doubled words, a character swapped for a look-alike), with the markers the readers key on
(更正, 提醒, 来源：, 转自, 原标题, 本报讯, 电头, （完）, 编者按, quotation marks and book-title marks), punctuation, digits,
years, emoji, zero-width, full-width and traditional characters, in texts of 0, 1, 2 and up to 5,000 characters, with
odd publishing dates (none, not a date, year 0001 or 9999) and registry units and regions of any shape. Whatever they
read, the readers must return, with spans inside the text, and a screening must report no error (``screen_posts``
skips a post a rule fails on and names it in the run's errors: a lost finding).

Derandomized (``derandomize=True``: the same examples on every run), ``deadline=None`` (the shared machine is slow),
bounded so that the file runs in about a minute under load; the lexicons and the learned model are loaded once for the
module (``RULES``), and ``run_detectors`` is given them instead of loading its own per example. The texts are
generated, none is taken from an evaluation part.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from detectors import content
from detectors.content import ContentRules, _hits, screen_posts
from detectors.content_patterns import abbreviation_hits, ad_hits, entertainment_hits, political_hits, quoted_spans
from detectors.content_repost import OverlapIndex, repost_hit
from detectors.content_typo import dated_slips
from detectors.context import DetectionContext
from detectors.run import run_detectors
from detectors.textnorm import fold_with_offsets

DATA = Path(__file__).resolve().parents[2] / "detectors"


@cache
def _column(path: str, col: int, every: int = 1) -> tuple[str, ...]:
    """Column ``col`` of a tab-separated lexicon, every ``every``-th row, split at | and spaces."""
    out = []
    for k, line in enumerate((DATA / path).read_text(encoding="utf-8").splitlines()):
        parts = line.split("\t")
        if line and not line.startswith("#") and col < len(parts) and k % every == 0:
            out.extend(w for w in re.split(r"[ |]", parts[col]) if w and w != "-")
    return tuple(sorted(set(out)))


@cache
def rules() -> ContentRules:
    """The content rules as a run loads them by default (learned model and input-method model on), once."""
    return ContentRules.load(model=True)


TERMS = (_column("lexicons/political.tsv", 0) + _column("lexicons/political.tsv", 1, 3)
         + _column("lexicons/sensitive.tsv", 0) + _column("lexicons/advertising.tsv", 0)
         + _column("lexicons/entertainment.tsv", 0, 3) + _column("lexicons/formal_terms.txt", 0, 29)
         + _column("lexicons/leaders.txt", 0, 2) + _column("lexicons/leaders.txt", 1, 5)
         + _column("lexicons/ordered_formulas.txt", 2, 5) + _column("lexicons/anniversaries.txt", 0, 3)
         + _column("lexicons/state_names.txt", 0, 7) + _column("lexicons/tw_officials.txt", 0))
LOOKALIKE = tuple("".join(p) for p in (line.split("\t") for line in (DATA / "lexicons/confusables.txt").read_text(
    encoding="utf-8").splitlines() if line and not line.startswith("#")))
MARKERS = ("更正", "更正：", "勘误", "提醒", "警惕", "谨防诈骗", "不要点击", "来源：", "来源：人民日报", "转自", "转载自", "据",
           "原标题：", "本报讯", "本台消息", "新华社北京1月1日电", "（完）", "编者按：", "记者 王明", "作者系某大学教授",
           "往期推荐", "编辑：", "审核：", "诞辰", "逝世", "周年", "成立", "第十四届", "2026年", "1949年", "130周年", "同志",
           "总书记", "主席", "副总理", "委员长", "我省", "我市", "本县", "全区", "某某市民政局", "某某日报", "点击链接", "下单",
           "直播间", "优惠券", "包邮", "加微信", "淘宝", "拼多多", "明星", "爆料", "吃瓜", "绝绝子", "家人们", "宝子们",
           "哈哈哈", "冲鸭", "#话题#", "@某某发布", "https://t.cn/x", "扫码", "电话：0951-1234567", "¥99", "9.9元")
MARKS = tuple("，。、；：？！“”‘’（）《》【】〔〕「」…—·-_ .,:!?()[]<>|/@#＃%*+~\"'\n\t") + ("\n\n", "——", "……", "\r\n")
ODD = ("\u200b", "\u200d", "\ufeff", "\u3000", "\u00a0", "\u202e", "\u0301", "😀", "🇨🇳", "👍🏻", "\ufffd", "Ａ", "１", "①",
       "〇", "一", "十", "1", "0", "9", "a", "Z", "臺灣", "國務院", "總書記", "發佈", "□", "\ud800")
PLACES = ("银川市", "宁夏回族自治区", "吉林省", "长春市", "延边朝鲜族自治州", "本市", "我省", "全县", "北京", "台湾", "香港", "澳门")
UNITS = ("公安局", "人民政府", "人民政府新闻办公室", "教育局", "卫生健康委员会", "融媒体中心", "人民法院", "税务局", "日报社",
         "广播电视台", "气象局", "统计局", "文化和旅游局", "委员会", "办公室")

word = st.sampled_from(TERMS + MARKERS + MARKS + ODD + PLACES + UNITS)


@st.composite
def piece(draw):
    """A vocabulary word, sometimes cut (an empty remainder, one character), doubled, or with a look-alike swapped in."""
    w = draw(word)
    how = draw(st.integers(0, 11))
    if how == 0:
        return w[:draw(st.integers(0, len(w)))]
    if how == 1:
        return w[draw(st.integers(0, len(w))):]
    if how == 2:
        return w * 2
    if how == 3 and w:
        group = draw(st.sampled_from(LOOKALIKE))
        k = draw(st.integers(0, len(w) - 1))
        return w[:k] + draw(st.sampled_from(group)) + w[k + 1:]
    if how == 4:  # a quoted or titled word
        return draw(st.sampled_from(("“{}”", "《{}》", "【{}】", "「{}」", "（{}）"))).format(w)
    return w


spliced = st.lists(piece(), max_size=14).map("".join)
texts = st.one_of(
    spliced,
    spliced,
    st.sampled_from(("", "。", "更", "\u200b", "😀", "来源", "原标题", "（完）", "习近平")),  # 0, 1 and 2 characters
    st.tuples(spliced, st.sampled_from(("\n", "\n\n", "：")), spliced).map("".join),  # a headline over a text
    st.tuples(spliced, st.integers(1, 80)).map(lambda t: (t[0] * t[1])[:5000]),  # long, up to 5,000 characters
    # blank runs, alone or around words (a post of blank lines once took minutes of ``repost_hit``: robust28)
    st.tuples(st.sampled_from(("\n", " ", "\u3000", "\t", "\r\n", "\n \u3000")), st.integers(1, 1500), spliced).map(
        lambda t: t[0] * t[1] + t[2] + t[0] * (t[1] // 2)),
)
units = st.one_of(st.tuples(st.sampled_from(PLACES), st.sampled_from(UNITS)).map("".join), st.sampled_from(PLACES),
                  st.sampled_from(UNITS + ("",)), texts)
regions = st.one_of(st.just(""), st.sampled_from(PLACES), st.sampled_from(("吉林省长春市", "宁夏回族自治区银川市兴庆区")), texts)
years = st.one_of(st.none(), st.integers(1, 9999), st.sampled_from((1949, 2025, 2026)))
created = st.one_of(st.none(), st.just(""), st.sampled_from(("abcd", "2026-13-45", "0001-01-01T00:00:00", "9999-12-31")),
                    years.map(lambda y: f"{y:04d}-07-01T08:00:00+08:00" if y else ""))

FUZZ = settings(derandomize=True, deadline=None, database=None, max_examples=150,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])


def _inside(spans, n: int) -> bool:
    return all(0 <= a <= b <= n for a, b in spans)


# ---- 1. the readers, one by one and through ``_hits`` ------------------------------------------------------------

@FUZZ
@given(texts, years, regions)
def test_typo_political_ad_and_entertainment_readers_read_any_text(text, year, region):
    rules_ = rules()
    folded, offsets = fold_with_offsets(text)
    quoted = quoted_spans(folded)
    assert _inside(quoted, len(folded))
    assert _inside([(p.start, p.end) for p in political_hits(folded, rules_.leaders, year)], len(folded))
    ads, weak = ad_hits(folded, quoted)
    assert _inside([(p.start, p.end) for p in ads] + weak, len(folded))
    assert _inside([(p.start, p.end) for p in entertainment_hits(folded)], len(folded))
    assert _inside(list(abbreviation_hits(text)), len(text))
    typos = rules_.typos.find(text, folded, offsets, region) + dated_slips(text, folded, offsets, year)
    assert _inside([(t.start, t.end) for t in typos], len(text))
    assert _inside([(h.start, h.end) for h in _hits(text, rules_, folded, offsets, year, region)], len(text))


@settings(FUZZ, max_examples=100)
@given(texts, units, st.sampled_from(("", "转自", "来源：", "来源：本市", "据", "【某某日报：】")), st.sampled_from(
    (None, True, False)), st.sampled_from((None, "", "某某日报")))
def test_repost_reader_reads_any_post_against_any_copy(text, unit, lead, original, source):
    text = lead + text
    post = {"platform": "wechat", "account_id": "a", "post_id": "p", "text": text, "is_original": original,
            "source": source, "created_at": "2026-07-01T18:00:00+08:00"}
    # the copied post: the same text, the same head over another text, or the text's first line alone
    head = text.split("\n")[0]
    for other_text in (text, head + "\n" + text[::-1], head):
        other = {"platform": "weibo", "account_id": "b", "post_id": "q", "text": other_text, "is_original": True,
                 "created_at": "2026-07-01T07:00:00+08:00"}
        overlap = OverlapIndex([other, post], lambda p: unit if p["account_id"] == "a" else "某某日报社",
                               lambda p: "某某日报" if p["account_id"] == "b" else unit[-6:],
                               lambda p: "某某日报社" if p["account_id"] == "b" else "")
        repost_hit(post, unit, overlap, account=unit[-6:])


# ---- 2. ``screen_posts`` and ``run_detectors(ctx, ["content"])`` --------------------------------------------------

@st.composite
def accounts_and_posts(draw):
    """One to three registered accounts with one to four posts each; posts of one account repeat some wording (the
    reading of an account's own recurring words) and one account may post another's text (a copy)."""
    registry, posts = [], []
    for i in range(draw(st.integers(1, 3))):
        registry.append({"unit": draw(units), "platform": draw(st.sampled_from(("weibo", "wechat", "douyin"))),
                         "account_id": f"r{i}", "name": draw(st.one_of(st.just(""), spliced)),
                         "status": draw(st.sampled_from(("active", "changed", "closed"))),
                         "region": draw(regions)})
    for k in range(draw(st.integers(1, 6))):
        row = draw(st.sampled_from(registry))
        text = draw(st.one_of(texts, st.sampled_from([p["text"] for p in posts] or [""])))
        posts.append({"platform": row["platform"], "account_id": row["account_id"], "post_id": f"p{k}",
                      "text": text, "created_at": draw(created), "is_original": draw(st.sampled_from((None, True, False))),
                      "source": draw(st.sampled_from((None, "", "某某日报")))})
    return registry, posts


@settings(FUZZ, max_examples=60, phases=[Phase.explicit, Phase.generate])  # no shrinking of texts 5,000 long
@given(accounts_and_posts())
def test_screen_posts_reports_no_error_on_any_posts(case):
    registry, posts = case
    key = lambda r: f"{r['platform']}:{r['account_id']}"  # noqa: E731
    names = {key(r): r["name"] for r in registry}
    units_ = {key(r): r["unit"] for r in registry}
    regions_ = {key(r): r["region"] for r in registry}
    overlap = OverlapIndex(posts, lambda p: units_.get(key(p), ""), lambda p: names.get(key(p), ""))
    errors: list[str] = []
    logging.disable(logging.ERROR)
    try:
        found = list(screen_posts(posts, rules(), names, units_, overlap, regions_, errors))
    finally:
        logging.disable(logging.NOTSET)
    assert errors == []
    texts_ = {p["post_id"]: p["text"] or "" for p in posts}
    for f in found:
        ev = f["evidence"]
        if ev.get("start") is not None:
            assert 0 <= ev["start"] <= ev["end"] <= len(texts_[ev["post_id"]])


@settings(FUZZ, max_examples=25, phases=[Phase.explicit, Phase.generate])
@given(accounts_and_posts())
def test_run_detectors_content_reports_no_error_on_any_posts(case):
    registry, posts = case
    accounts = [{"platform": r["platform"], "account_id": r["account_id"], "name": r["name"] or "某账号"}
                for r in registry]
    ctx = DetectionContext(registry=registry, accounts=accounts, posts=posts)
    logging.disable(logging.ERROR)
    try:
        with mock.patch.object(content.ContentRules, "load", lambda *a, **k: rules()):
            result = run_detectors(ctx, ["content"])
    finally:
        logging.disable(logging.NOTSET)
    assert result.errors == [] and result.failed_kinds == []
