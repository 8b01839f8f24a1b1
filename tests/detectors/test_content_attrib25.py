"""Twenty-first session, task content-attrib25 (issue #18): the attribution structures of editorial practice.

An attribution is a named publisher (an outlet, an account, an organisation) in an attributing structure. Read now:
where the full text is (全文见…, 全文请登录…官网查阅, 原文可在…查看), the publisher as the item's agent (本条信息由…发布，
本号转载; …发布，本号转发), an outlet alone in the opening brackets (【××日报】…), a labelled credit (信息发布：…, 资料：…,
稿源：…, in brackets too). A platform, a chat group or the account itself in the publisher's slot names no one, in
every structure (据微信公众号消息, （信息发布：某公众号）, 原载于网络), and a bracketed 据 credit without a name
(（据相关媒体）) is a vague source. Every sentence was written for these tests (none is taken from an evaluation part).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from detectors.content_repost import is_source_name, repost_hit, text_names_source, vague_source
from detectors.textnorm import fold

BODY = "入冬以来，全县累计清理河道垃圾860吨，整治排污口14处，群众反映的问题已全部办结。"
HEAD = "【河道整治进展】"
FOOTER = "\n\n往期推荐\n▶ 冬季河湖巡查安排\n\n编辑：陈立　审核：郑洁"
# real outlets and bodies, and invented ones of the same shapes (a real place with an invented field or outlet)
PUBLISHERS = ["人民日报", "央视新闻", "中国政府网", "水利部", "湖南省水利厅", "桂东融媒体中心", "资江晚报", "平安郴州",
              "郴州发布", "澧水日报"]
NO_ONE = ["微信公众号", "某公众号", "工作群", "朋友圈", "网络", "自媒体"]


def _post(text: str) -> dict:
    return {"platform": "wechat", "account_id": "a", "post_id": "1", "text": text, "is_original": None,
            "source": None}


STRUCTURES = ["{head}{body}\n本通知全文见{p}。", "{head}{body}\n全文请登录{p}官网查阅。", "{head}{body}\n原文可在{p}查看。",
              "{head}{body}本条信息由{p}发布，本号转载。", "{head}{body}\n{p}发布，本号转发。",
              "{body}\n（信息发布：{p}）", "{body}（资料：{p}）", "{body}\n稿源：{p}"]


@pytest.mark.parametrize("template", STRUCTURES)
@pytest.mark.parametrize("publisher", PUBLISHERS)
def test_a_publisher_in_an_attributing_structure_names_the_source(template, publisher):
    text = template.format(head=HEAD, body=BODY, p=publisher) + FOOTER
    assert text_names_source(fold(text)), text
    assert repost_hit(_post(text), "某某县水利局", None) is None


@pytest.mark.parametrize("template", STRUCTURES)
@pytest.mark.parametrize("filler", NO_ONE)
def test_no_publisher_in_the_slot_names_none(template, filler):
    text = template.format(head=HEAD, body=BODY, p=filler) + FOOTER
    assert not text_names_source(fold(text)), text


@pytest.mark.parametrize("outlet", ["新华社", "人民日报", "资江晚报", "桂东融媒体中心", "央视新闻"])
def test_an_outlet_alone_in_the_opening_brackets_names_the_source(outlet):
    assert text_names_source(fold(f"【{outlet}】" + BODY))


@pytest.mark.parametrize("head", ["【郴州警方】", "【湖南省水利厅】", "【河道整治进展】", "【冬季安全提醒】"])
def test_a_body_or_a_title_in_the_opening_brackets_is_no_credit(head):
    # (a body there is the headline's speaker — read by the voice rules — and a title is a title)
    assert not text_names_source(fold(head + BODY))


@pytest.mark.parametrize("line", ["全文见附件。", "全文见本号次条推送。", "原文见下方链接。", "本条信息由本号转载。",
                                  "本次活动由县水利局主办。", "阅读原文", "作者：林一舟", "原标题：河道整治进展"])
def test_lines_that_name_no_source(line):
    assert not text_names_source(fold(HEAD + BODY + "\n" + line + FOOTER)), line


@pytest.mark.parametrize("credit", ["（据相关媒体）", "（据网络消息）", "（据报道）", "【据媒体报道】"])
def test_a_bracketed_credit_without_a_name_is_a_vague_source(credit):
    text = HEAD + BODY + credit
    assert vague_source(fold(text))
    hit = repost_hit(_post(text), "某某县水利局", None)
    assert hit is not None and hit.basis == "vague_source"


@pytest.mark.parametrize("opening", ["据微信公众号消息，", "据工作群消息，", "据网络消息，", "据朋友圈消息，"])
def test_a_platform_or_a_chat_as_the_publisher_of_a_ju_attribution_is_vague(opening):
    assert vague_source(fold(opening + BODY))


@pytest.mark.parametrize("opening", ["据报道，", "据媒体报道，", "据新华社消息，", "据郴州发布消息，"])
def test_a_ju_attribution_in_a_sentence_is_not_read_as_vague(opening):
    # (据报道 and 据媒体报道 inside a sentence are a report's wording; the labelled sets do not call them reposts)
    assert vague_source(fold(opening + BODY)) is None


@pytest.mark.parametrize("name", ["微信公众号", "某公众号", "工作群", "朋友圈", "网络", "抖音", "自媒体"])
def test_a_platform_or_a_chat_group_is_no_publisher(name):
    assert not is_source_name(name)


def test_the_generated_check_reads_every_listed_publisher_and_no_control():
    path = Path(__file__).resolve().parents[2] / "bench" / "attribution_coverage.py"
    spec = importlib.util.spec_from_file_location("attribution_coverage", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.measure()
    real = [row["real"] for row in rows.values()]
    controls = [row["controls"] for row in rows.values()]
    assert sum(got for got, _ in real) == sum(n for _, n in real)
    assert sum(got for got, _ in controls) == 0
