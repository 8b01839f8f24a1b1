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


# ---- ads: selling mechanisms (content-attrib25) ----------------------------------------------------------------
# A token copied and pasted into a shopping app's search box; a product recommended with the purchase link in the
# comments; a fee offset written in Chinese numerals with a seat locked by scanning; a factory price for buyers
# beside one named shop. Each needs both halves (an offer and a channel); the public forms stay clean.

from detectors.content import ContentRules  # noqa: E402
from tests.detectors.content_case import classes, kinds  # noqa: E402


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


@pytest.mark.parametrize("text", [
    "腊月好货上新，复制这段编码「Lk27Pq9X」粘贴到购物app搜索框，马上领店铺红包。",
    "冬季暖手宝种草，复制代码【7hTq2mWn】粘贴进某宝搜索栏即可查看。",
])
def test_a_code_pasted_into_a_shopping_apps_search_box_is_a_shops_token(text):
    assert "口令" in kinds(text)


@pytest.mark.parametrize("text", [
    "推荐一款除螨仪，我们办公室都在用，购买链接见评论区置顶。",
    "给大家安利几款暖脚宝，链接放在评论区了。",
])
def test_a_product_recommended_with_its_link_in_the_comments_is_an_ad(rules, text):
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "春季书法集训班招生，报名即抵扣三百元学费，名额有限，扫码锁位。",
    "少儿编程寒假班开课，报名立抵二百元，扫码占位。",
])
def test_a_fee_offset_and_a_seat_locked_by_scanning_are_an_ad(rules, text):
    assert "ad" in classes(rules, text)


def test_a_factory_price_beside_one_named_shop_is_an_ad(rules):
    assert "ad" in classes(rules, "降温啦！本号联合“暖洋洋棉衣工厂店”宠粉：下单即可享厂家价，评论区抽两位送棉拖。")


@pytest.mark.parametrize("text", [
    "国家反诈中心app请在官方应用商店下载安装，切勿点击陌生链接。",  # an app recommended by the state, no sale
    "市图书馆寒假书法公益班报名开始，免费参加，扫码预约。",  # a public course: no fee offset, nothing sold
    "请复制文末的申报表编码，粘贴到政务服务网搜索框即可找到办理入口。",  # a public service's code
    "推荐一款适合冬季的养生茶饮做法：红枣、桂圆、枸杞煮水即可。",  # a recipe recommended, nowhere to buy
])
def test_public_forms_of_the_same_words_are_no_ad(rules, text):
    assert "ad" not in classes(rules, text)


# ---- entertainment: the meme register's cosmic hyperbole and irony mark ------------------------------------------

@pytest.mark.parametrize("text", [
    "全宇宙最贴心的社保窗口上线啦，办业务不用排队！",
    "宇宙最强的图书馆寒假开放时间来了（狗头）",
    "本周末暂停供水，请提前储水[狗头]",
])
def test_cosmic_hyperbole_and_the_irony_mark_are_meme_talk(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "科学家观测到宇宙第一代恒星形成的新证据。",
    "天文馆讲座：宇宙级尺度下的星系演化。",  # (宇宙级 is a scale)
    "本周六晚可观测到宇宙中最亮的恒星之一天狼星。",
])
def test_astronomy_is_no_hyperbole(rules, text):
    assert "entertainment" not in classes(rules, text)
