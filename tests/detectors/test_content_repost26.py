"""Twenty-second session, task content-repost26 (issue #18): a copied post's own title, and a higher level's addressees.

* A copy that keeps the copied post's own title (××日报评论：…, the title the outlet gave its commentary) names no
  source by that title: it is part of the copied text. A headline the copy writes itself (××日报：… over a text whose
  title was different), a 来源 line or a kept wire dateline still names the source.
* A city's or a county's body whose first person issues a document requiring "every locality's" departments of its
  field (我委印发…通知要求，各地卫生健康行政部门…) posts a national body's release.
Every sentence was written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import OverlapIndex, higher_addressees, repost_hit
from detectors.textnorm import fold

FOOTER = "\n\n往期推荐\n▶ 冬季安全用电提示\n\n编辑：吴明　审核：郑洁"
COMMENTARY = ("让社区食堂既便宜又好吃\n\n社区食堂开在家门口，一荤两素十几元，解决了不少老人和上班族的吃饭难题。"
              "办好社区食堂，既要控住成本，也要守住食品安全底线，让群众吃得放心、吃得舒心。")


def _post(account: str, pid: str, text: str, when: str, is_original=None, source=None) -> dict:
    return {"platform": "wechat", "account_id": account, "post_id": pid, "text": text, "created_at": when,
            "is_original": is_original, "source": source}


def _index(*posts: dict) -> OverlapIndex:
    units = {"paper": "某某日报社", "bureau": "某某市民政局"}
    names = {"paper": "某某日报"}
    return OverlapIndex(posts, lambda p: units[p["account_id"]], lambda p: names.get(p["account_id"], ""))


def _copy_case(source_text: str, copy_text: str, **copy_fields):
    source = _post("paper", "1", source_text, "2026-11-10T07:00:00+08:00")
    copy = _post("bureau", "2", copy_text, "2026-11-10T18:00:00+08:00", **copy_fields)
    return repost_hit(copy, "某某市民政局", _index(source, copy))


@pytest.mark.parametrize("head", ["人民日报评论：", "经济日报时评：", "【新华网评论：】"])
def test_the_copied_posts_own_title_names_no_source(head):
    text = head + COMMENTARY
    hit = _copy_case(text, text + FOOTER)
    assert hit is not None and hit.basis == "overlap"
    assert hit.copied_from["account_id"] == "paper"


def test_the_copied_title_with_an_author_line_names_no_source():
    text = "光明日报评论：" + COMMENTARY
    hit = _copy_case(text, text + "\n\n作者：李文" + FOOTER, is_original=True)
    assert hit is not None and hit.basis == "overlap"


def test_a_headline_the_copy_writes_itself_names_the_source():
    # the outlet's commentary was titled without the outlet's name; the copy adds it as the speaker
    hit = _copy_case("今日短评：" + COMMENTARY, "人民日报评论：" + COMMENTARY + FOOTER)
    assert hit is None


@pytest.mark.parametrize("credit", ["\n\n来源：人民日报", "\n\n本文转载自人民日报客户端", "\n\n（原载于《人民日报》）"])
def test_the_copied_title_with_a_source_line_names_the_source(credit):
    text = "人民日报评论：" + COMMENTARY
    assert _copy_case(text, text + credit + FOOTER) is None


def test_a_kept_dateline_still_names_the_outlet():
    text = ("新华社北京11月9日电（记者 王力）记者9日从民政部获悉，全国已建成社区老年食堂和助餐点超过8万个。\n\n"
            "下一步将推动助餐服务向农村延伸。")
    assert _copy_case(text, text + FOOTER) is None


def test_a_platform_source_field_names_the_source():
    text = "人民日报评论：" + COMMENTARY
    assert _copy_case(text, text + FOOTER, is_original=False, source="人民日报") is None


def test_a_one_line_post_has_no_title_apart_from_its_text():
    # (the whole post is one line: the headline speaker names the outlet, as the labelled sets read it)
    text = "人民日报评论：办好社区食堂，既要控住成本，也要守住食品安全底线，让群众吃得放心、吃得舒心，老人吃得满意。"
    assert _copy_case(text, text) is None


# ---- a higher level's addressees ---------------------------------------------------------------------------------

DOC = "我委印发《关于做好冬季常用药品供应保障工作的通知》\n\n通知要求，各地卫生健康行政部门要摸清药品库存，做好应急储备。"


@pytest.mark.parametrize("unit", ["某某市卫生健康委员会", "某某市某某县卫生健康局"])
def test_a_city_or_county_requiring_every_localitys_departments_speaks_for_a_higher_body(unit):
    assert higher_addressees(fold(DOC), unit)
    hit = repost_hit(_post("bureau", "3", DOC + FOOTER, "2026-11-10T09:00:00+08:00"), unit, None)
    assert hit is not None and hit.basis == "other_voice"


@pytest.mark.parametrize("unit", ["某某省卫生健康委员会", "国家卫生健康委员会", "上海市卫生健康委员会"])
def test_a_province_a_municipality_or_the_state_addresses_every_locality_itself(unit):
    assert higher_addressees(fold(DOC), unit) is None


@pytest.mark.parametrize("text", [
    "我委转发省卫生健康委印发的通知，要求各地卫生健康行政部门做好药品储备。",  # relayed, and said so
    "我委召开冬季药品保障工作会议，要求各县（市、区）卫生健康局做好药品储备。",  # its own counties
    "省卫生健康委印发通知，要求各地卫生健康行政部门做好药品储备。我委将认真抓好落实。",  # no document of its own
])
def test_a_citys_own_work_or_a_relayed_notice_is_no_higher_voice(text):
    assert higher_addressees(fold(text), "某某市卫生健康委员会") is None
