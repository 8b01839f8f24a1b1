"""Content screening throughput: Aho-Corasick screener vs a naive per-term ``in`` scan.

    python bench/content.py [--posts 1000000] [--terms 10000] [--sample 2000] [--seed 7] [--full 50000]

Generates synthetic Chinese posts (about 1 in 50 contains a lexicon term) and a lexicon of ``--terms`` terms,
screens all posts with ``detectors.content.Screener`` (folding included), then runs the naive baseline — fold
the post, then ``term in text`` for every term — on a sample of ``--sample`` posts in the same process, and
prints posts/s of both, the speed-up ratio and whether both found the same posts in the sample; finally the full
content rules (``ContentRules``: lexicons, generated typos, patterns, repost rules) on ``--full`` posts, with their
ratio to the lexicon-only scan, and the same rules without the input method's language-model typo layer (its cost);
and the content model (``detectors/content_model.py``) on the same posts, with
the ratio of rules + model to the rules alone.
"""

from __future__ import annotations

import argparse
import copy
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.content import ContentRules, Rule, Screener, screen_posts
from detectors.content_model import load_model
from detectors.textnorm import fold

COMMON = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所"
          "民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社"
          "义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直"
          "题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被"
          "干做必战先回则任取据处府研质信改")
TEMPLATES = ("{a}发布关于{b}的通知，请广大市民注意{c}。", "今日{a}召开{b}工作会议，部署{c}相关工作。",
             "【提醒】{a}期间{b}，请{c}。", "{a}：{b}{c}，欢迎转发。")


def make_terms(n: int, rng: random.Random) -> list[str]:
    terms: set[str] = set()
    while len(terms) < n:
        terms.add("".join(rng.choice(COMMON) for _ in range(rng.randint(3, 6))))
    return sorted(terms)


def make_posts(n: int, terms: list[str], rng: random.Random) -> list[str]:
    posts = []
    for i in range(n):
        fill = {k: "".join(rng.choice(COMMON) for _ in range(rng.randint(4, 12))) for k in "abc"}
        text = rng.choice(TEMPLATES).format(**fill)
        if i % 50 == 0:
            cut = rng.randrange(len(text))
            text = text[:cut] + rng.choice(terms) + text[cut:]
        posts.append(text)
    return posts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=1_000_000)
    ap.add_argument("--terms", type=int, default=10_000)
    ap.add_argument("--sample", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--full", type=int, default=50_000, help="posts screened with the full content rules")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    terms = make_terms(args.terms, rng)
    rules = [Rule(f"bench:{i}", "sensitive", t, fold(t), "", "", ()) for i, t in enumerate(terms)]
    t0 = time.perf_counter()
    posts = make_posts(args.posts, terms, rng)
    print(f"generated {len(posts):,} posts, {len(terms):,} terms in {time.perf_counter() - t0:.1f}s")

    t0 = time.perf_counter()
    screener = Screener(rules)
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    hits = 0
    for text in posts:
        for _ in screener.matches(text):
            hits += 1
    ac_seconds = time.perf_counter() - t0
    ac_rate = len(posts) / ac_seconds
    print(f"aho-corasick: automaton built in {build:.2f}s; {len(posts):,} posts in {ac_seconds:.1f}s = "
          f"{ac_rate:,.0f} posts/s; {hits:,} matches")

    sample = posts[: args.sample]
    folded_terms = [r.folded for r in rules]
    t0 = time.perf_counter()
    naive_found = []
    for text in sample:
        folded = fold(text)
        naive_found.append(any(term in folded for term in folded_terms))
    naive_seconds = time.perf_counter() - t0
    naive_rate = len(sample) / naive_seconds
    ac_found = [any(True for _ in screener.matches(text)) for text in sample]
    print(f"naive per-term 'in' scan: {len(sample):,} posts in {naive_seconds:.2f}s = {naive_rate:,.0f} posts/s")
    print(f"speed-up (aho-corasick / naive): {ac_rate / naive_rate:.1f}x")
    same = sum(a == b for a, b in zip(ac_found, naive_found))
    print(f"agreement on sample: {same}/{len(sample)} posts classified the same")

    # The whole content screening of one post (built-in lexicons, typos generated from correct forms, political /
    # ad / entertainment patterns, repost rules) on the first --full posts, against the lexicon scan above.
    rules = ContentRules.load()
    full = [{"platform": "weibo", "account_id": "1", "post_id": str(i), "text": t, "is_original": None}
            for i, t in enumerate(posts[: args.full])]
    t0 = time.perf_counter()
    found = sum(1 for _ in screen_posts(full, rules))
    full_seconds = time.perf_counter() - t0
    full_rate = len(full) / full_seconds
    print(f"full content rules: {len(full):,} posts in {full_seconds:.1f}s = {full_rate:,.0f} posts/s "
          f"({found:,} findings); ratio full / lexicon-only aho-corasick: {full_rate / ac_rate:.2f}")

    # The input method's language-model typo layer (detectors/content_typo_ime.py; on when ./run.sh setup fetched its
    # model and kenlm): the same rules without it on the same posts, after it (so with warm caches: an upper bound on
    # the layer's cost).
    if rules.typos is not None and rules.typos.ime is not None:
        # the same rules object without the layer (a second ContentRules.load would make its own lexicon sets, and
        # the caches keyed by them compare equal sets element by element)
        bare = replace(rules, typos=copy.copy(rules.typos))
        bare.typos.ime = None
        t0 = time.perf_counter()
        bare_found = sum(1 for _ in screen_posts(full, bare))
        bare_seconds = time.perf_counter() - t0
        print(f"IME typo layer: rules without it {len(full) / bare_seconds:,.0f} posts/s ({bare_found:,} findings); "
              f"the layer costs {(full_seconds - bare_seconds) / len(full) * 1000:.2f} ms a post, throughput with / "
              f"without it: {bare_seconds / full_seconds:.2f}")
    else:
        print("IME typo layer: off (its model or kenlm is missing: ./run.sh setup)")

    # The learned second opinion on ads and entertainment (detect.content_model, on by default) on the same posts,
    # timed on its own (a second pass of the rules would be faster only because the first pass warmed its caches).
    model = load_model()
    t0 = time.perf_counter()
    opinions = sum(len(model.opinions(p["text"])) for p in full)
    model_seconds = time.perf_counter() - t0
    combined_rate = len(full) / (full_seconds + model_seconds)
    print(f"content model: {len(full):,} posts in {model_seconds:.1f}s = {len(full) / model_seconds:,.0f} posts/s "
          f"({opinions:,} opinions on these synthetic posts); rules + model {combined_rate:,.0f} posts/s, "
          f"ratio with model / without: {combined_rate / full_rate:.2f}")

if __name__ == "__main__":
    main()
