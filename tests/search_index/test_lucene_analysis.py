"""The fake's analysis and full-text query semantics checked on real Lucene (a small JVM harness).

``lucene/LuceneCheck.java`` is compiled here with ``javac`` against the Lucene jars of the Debian package
``liblucene8-java`` (``./run.sh`` installs it where apt is available) and runs the chains govwatch configures —
standard tokenizer + cjk_width + lowercase (+ cjk_bigram with or without unigrams) — and the query construction
of Lucene's ``QueryBuilder``, which Elasticsearch's match queries extend. For a corpus of Chinese, mixed and
hostile texts the token streams (terms, position increments and lengths, offsets, types) must equal the fake's,
and for a set of queries the leaf-clause counts and matching documents must equal what the fake computes for
the same query DSL.

Lucene 8.7 (Debian) is not the Lucene 9/10 of Elasticsearch 8/9: the classes used here behave the same, but the
Unicode version behind ``StandardTokenizer`` differs (characters assigned after Unicode 9 may split differently).
"""

from __future__ import annotations

import glob
import shutil
import subprocess
from pathlib import Path

import pytest

from search_index import es_templates as tpl
from tests.search_index import fake_es_analysis as an
from tests.search_index import fake_es_query as dsl
from tests.search_index.contract import SEARCH_DOCS
from tests.search_index.fake_es_mapping import Analysis, EsError, Mapping, parse_document

HARNESS = Path(__file__).parent / "lucene" / "LuceneCheck.java"
JAR_DIRS = ("/usr/share/java",)


def _jars() -> list[str]:
    found = []
    for name in ("lucene-core", "lucene-analyzers-common"):
        matches = sorted(p for d in JAR_DIRS for p in glob.glob(f"{d}/{name}-[0-9]*.jar"))
        if not matches:
            return []
        found.append(matches[-1])
    return found


LONG_POST = ("【权威发布】济南市人民政府办公厅关于进一步加强政务新媒体管理的通知：各区县人民政府，市政府各部门，"
             "为规范政务新媒体运营，现将有关事项通知如下。联系电话0531-12345，网址https://www.jinan.gov.cn/a_b?x=1。")
HAN_ONLY = "国务院办公厅关于推进政府网站集约化建设和政务新媒体健康有序发展的指导意见全文发布"  # no punctuation
TEXTS = [d for row in SEARCH_DOCS for d in row if d] + [
    LONG_POST,
    HAN_ONLY,
    "🇨🇳政务👍發佈\u200b零宽\u202e反向 ＡＢＣ全角",
    "换行\n制表\t引号\"'反斜杠\\ 𠀀扩展B 〇〡 é",
    "foo_bar a:b 1,000.5 U.S.A don't e-mail user@example.com 3.14 v2.0 2026-11-01T08:00:00+08:00",
    "カタカナ한국어ひらがな ｶﾞｷﾞ ﾊﾟﾝ 漢字かな交じり文",
    "第1条发文内容 编号04321 山东省政务信息编号00017",
    "ＳＤ发布 Ｓｈａｎｄｏｎｇ ＲＥＬＥＡＳＥ（全角括号）【方括号】",
    "测试账号12的简介；某某县人民政府12",
    "Straße İstanbul ΣΊΣΥΦΟΣ",
    "a" * 300 + " 结尾",
]
QUERY_DOCS = {f"d{i}": t for i, t in enumerate(TEXTS)} | {
    "adjacent": "上海发布消息",
    "scattered": "上海市，海发公司，发布会",  # every bigram of 上海发布, never adjacent
    "reversed": "布发海上",
    "spaced": "上海，发布",
}
QUERIES = ["海", "上海", "发布", "上海发布", "上海发", "人民政府", "上海市场监", "驻上海", "sd发", "布ab", "Shandong",
           "中英 text", "上海 发布", "發佈", "𠀀扩展", "ＡＢＣ", "abc", "编号04321", "政务新媒体管理的通知",
           HAN_ONLY[:15], HAN_ONLY[:30], "——", "カタカナ", "한국", "ガ", "通知各区县", "上海，发布"]


@pytest.fixture(scope="module")
def lucene(tmp_path_factory):
    java, javac = shutil.which("java"), shutil.which("javac")
    if not java or not javac:
        pytest.skip("没有 java/javac（需要 JDK 17）：无法在真实 Lucene 上核对分析链")
    jars = _jars()
    if not jars:
        pytest.skip("没有 Lucene jar（Debian 包 liblucene8-java，./run.sh 在有 apt 时安装）：无法在真实 Lucene 上核对分析链")
    out = tmp_path_factory.mktemp("lucene")
    classpath = ":".join(jars)
    subprocess.run([javac, "-encoding", "UTF-8", "-cp", classpath, "-d", str(out), str(HARNESS)], check=True,
                   capture_output=True, timeout=300)

    def run(lines: list[str]) -> list[str]:
        proc = subprocess.run([java, "-cp", f"{out}:{classpath}", "LuceneCheck"], input="\n".join(lines) + "\n",
                              capture_output=True, text=True, encoding="utf-8", timeout=300, check=True)
        return proc.stdout.splitlines()

    return run


def _utf16_to_cp(text: str) -> dict[int, int]:
    out, unit = {0: 0}, 0
    for i, ch in enumerate(text):
        unit += 2 if ord(ch) > 0xFFFF else 1
        out[unit] = i + 1
    return out


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ")  # the harness reads one tab-separated line per command


def lucene_tokens(lucene, chain: str, texts: list[str]) -> list[list[tuple]]:
    lines = lucene([f"A\t{chain}\t{_clean(t)}" for t in texts])
    out: list[list[tuple]] = []
    current: list[tuple] = []
    for text_index, line in enumerate_tokens(lines):
        if line is None:
            out.append(current)
            current = []
            continue
        _, term, inc, length, start, end, kind = line.split("\t")
        conv = _utf16_to_cp(_clean(texts[text_index]))
        current.append((term, int(inc), int(length), conv[int(start)], conv[int(end)], kind))
    return out


def enumerate_tokens(lines: list[str]):
    n = 0
    for line in lines:
        if line == "E":
            yield n, None
            n += 1
        else:
            yield n, line


def fake_tokens(chain: str, text: str) -> list[tuple]:
    name = {"index": tpl.CJK_ANALYZER, "search": tpl.CJK_SEARCH_ANALYZER, "chars": tpl.CHAR_ANALYZER}[chain]
    analyzer = an.build_analyzers(tpl.analysis_settings())[name]
    out, last = [], -1
    for t in analyzer.analyze(_clean(text)):
        out.append((t.term, t.position - last, t.pos_len, t.start, t.end, t.type))
        last = t.position
    return out


@pytest.mark.parametrize("chain", ["index", "search", "chars"])
def test_token_streams_equal_lucene(lucene, chain):
    got = lucene_tokens(lucene, chain, TEXTS)
    assert len(got) == len(TEXTS)
    for text, want in zip(TEXTS, got, strict=True):
        assert fake_tokens(chain, text) == want, text


def _fake_field() -> Mapping:
    mapping = Mapping(Analysis.from_settings({"index": {"analysis": tpl.analysis_settings()}}))
    mapping.merge({"properties": {"f": {"type": "text", "analyzer": tpl.CJK_ANALYZER,
                                        "search_analyzer": tpl.CJK_SEARCH_ANALYZER}}})
    return mapping


FLAT = lambda q: {"bool": {"must": [{"match": {"f": {"query": q, "operator": "and"}}},  # noqa: E731 - table entry
                                    {"match_phrase": {"f": {"query": q, "analyzer": tpl.CHAR_ANALYZER}}}]}}
GRAPH = lambda q: {"match": {"f": {"query": q, "operator": "and", "analyzer": tpl.CJK_ANALYZER}}}  # noqa: E731


def fake_result(kind: str, query: str) -> tuple[str, str]:
    mapping = _fake_field()
    docs = [parse_document(mapping, i, {"f": _clean(t)}) for i, t in QUERY_DOCS.items()]
    compiled = None
    try:
        compiled = dsl.Compiler(mapping, "i").compile((FLAT if kind == "flat" else GRAPH)(_clean(query)))
    except EsError as exc:
        assert exc.caused_by and exc.caused_by["type"] == "too_many_nested_clauses"
        return "TOO_MANY", ""
    ids = sorted(d.id for d in docs if compiled.match(d) is not None)
    return str(compiled.leaves), ",".join(ids)


@pytest.mark.parametrize("kind", ["flat", "graph"])
def test_queries_build_and_match_as_on_lucene(lucene, kind):
    lines = [f"D\t{i}\t{_clean(t)}" for i, t in QUERY_DOCS.items()] + [f"Q\t{kind}\t{_clean(q)}" for q in QUERIES]
    results = [line.split("\t") for line in lucene(lines) if line.startswith("R\t")]
    assert len(results) == len(QUERIES)
    for query, (_, clauses, ids) in zip(QUERIES, results, strict=True):
        want_ids = ",".join(sorted(ids.split(",")) if ids else [])
        got_clauses, got_ids = fake_result(kind, query)
        if clauses == "0":  # no tokens: QueryBuilder returns no query; Elasticsearch a match_none (one leaf each)
            assert got_ids == "" == want_ids, query
        else:
            assert (got_clauses, got_ids) == (clauses, want_ids), query


def test_the_backend_query_is_flat_and_exact_on_lucene(lucene):
    """The facts the issue is about, measured on Lucene: the old query explodes, the new one is flat and exact."""
    docs = {"adjacent": "上海发布消息", "scattered": "上海市，海发公司，发布会"}
    long_query = HAN_ONLY[:30]
    assert len(long_query) == 30 and all(an.char_class(ch) == "Ideographic" for ch in long_query)
    lines = [f"D\t{i}\t{t}" for i, t in docs.items()] + [f"D\tlong\t{HAN_ONLY}"]
    lines += ["Q\tgraph\t上海发布", "Q\tflat\t上海发布", f"Q\tgraph\t{long_query}", f"Q\tflat\t{long_query}",
              f"Q\tgraph\t{HAN_ONLY[:15]}"]
    results = [line.split("\t")[1:] for line in lucene(lines) if line.startswith("R\t")]
    assert results[0] == ["5", "adjacent"]  # a phrase per path; only the adjacent text matches
    assert results[1] == ["4", "adjacent"]  # 3 bigram terms + 1 phrase
    assert results[2] == ["TOO_MANY", ""]  # 30 characters: 1,346,269 paths
    assert results[3] == ["30", "long"]  # 29 bigrams + 1 phrase
    assert results[4][0] == "987"  # 15 characters: Fibonacci(16) phrases
