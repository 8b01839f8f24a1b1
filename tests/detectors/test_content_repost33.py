"""Twenty-sixth session, task content-repost33 (issue #18): readings of another body's voice generalised.

* A state body's information retold (its data, forecast, reminder or announcement: ××局数据显示, ××部预计, 国家××中心
  监测显示) in a sentence of the text's opening — after a headline, a title line or a one-sentence lead — posted by a
  unit below the state with no source, no first person and no place of its own, is the body's item retold. Speech
  verbs (××发言人表示) and relative clauses (以××部发布的为准) are not read.
* A state body's name alone closing the text (…（××部××局）) is the issuing body's signature, not a source credit.
* A title line whose subject is a division outside the unit's region (××州…), over a text in an institutional first
  person (我局), is that place's body's release.
* A first person publishing the whole country's figures (我局发布数据，全国…) is a national body's voice.
* A headline speaker that is the copied publisher's own name names the source, even where the publisher titled its
  own post so; a document issued under the unit's own name with one character of its place's full name slipped is
  the unit's own.
Every sentence and name was written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import (
    OverlapIndex,
    _one_edit,
    _own_issuer,
    _own_place_slipped,
    national_voice,
    other_place_headline,
    repost_hit,
    state_announcement,
    state_signature,
)
from detectors.textnorm import fold

FOOTER = "\n\n往期推荐\n▶ 冬季安全用电提示\n\n编辑：吴明　审核：郑洁"
CITY_BUREAU = "威海市水务局"


def _post(text: str, **fields) -> dict:
    return {"platform": "wechat", "account_id": "a", "post_id": "1", "text": text, "is_original": None,
            "source": None, "created_at": "2026-11-20T10:00:00+08:00"} | fields


def _hit(text: str, unit: str = CITY_BUREAU, **fields):
    return repost_hit(_post(text, **fields), unit, None)


# ---- a state body's information retold ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "水利部数据显示，全国大中型水库蓄水总量较常年同期偏多一成。",
    "国家能源局预计，今冬全国最高用电负荷将同比增长约八个百分点。",
    "国家海洋环境预报中心监测显示，近海海温较常年同期偏高。",
    "【#冬季供暖#】住房和城乡建设部提醒，各类供热企业要做好设备检修。",
    "冬季用水形势总体平稳。水利部数据显示，全国主要江河来水正常。",
    "全国农村供水保障水平提升\n\n水利部近日通报，全国农村自来水普及率达到九成以上。" + FOOTER,
    "自然资源部信息中心测算，全国耕地保有量保持稳定。",
    # an unnamed cue before the body names no one; the body acting across the whole country
    "据悉，水利部近日印发《农村供水工程运行管理办法》，明年起施行。",
    "据了解，国家医保局将在全国推广医保码结算服务。",
])
def test_a_state_bodys_information_opening_the_text_is_retold(text):
    hit = _hit(text)
    assert hit is not None and hit.basis == "other_document"


@pytest.mark.parametrize("text", [
    # speech of a named speaker: reported words
    "国台办发言人表示，两岸同胞要携手维护和平稳定。",
    "水利部有关负责人日前表示，将进一步完善农村供水工程建设。",
    # a relative clause, no statement
    "【提示】网传地图系谣言。标准地图请以自然资源部发布的为准。",
    # the unit's own work, ground or place beside the news
    "水利部数据显示，全国大中型水库蓄水总量偏多，我局将做好冬季调度。",
    "国家能源局预计，今冬全国最高用电负荷将增长，全市供电保障有力。",
    "水利部数据显示，全国主要江河来水正常，荣成各水库蓄水充足。",
    # a headline speaker names a source by the set's rule
    "水利部提醒：冬季河道结冰，请勿上冰嬉戏。",
    # a source named
    "水利部数据显示，全国主要江河来水正常。（来源：中国水利报）",
    # the sentence is not in the opening
    "冬季用水。请节约用水。保护水源。水利部数据显示，全国主要江河来水正常。",
])
def test_speech_relative_clauses_own_content_sources_and_later_sentences_are_not_read(text):
    assert _hit(text) is None


def test_the_state_bodys_own_account_is_not_read():
    assert state_announcement(fold("水利部数据显示，全国主要江河来水正常。"), "中华人民共和国水利部") is None


# ---- a state body's signature --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "冬季饮水安全提示：烧开再喝，不喝生水。（水利部农村水利水电司）",
    "冬季饮水安全提示：烧开再喝，不喝生水。\n——国家疾病预防控制局",
    "冬季饮水安全提示：烧开再喝，不喝生水。（国家疾控局）" + FOOTER,
])
def test_a_state_bodys_signature_is_no_source(text):
    assert state_signature(_post(text), fold(text), CITY_BUREAU)
    hit = _hit(text)
    assert hit is not None and hit.basis == "other_document"


@pytest.mark.parametrize("text", [
    "冬季饮水安全提示：烧开再喝，不喝生水。（人民日报）",                 # an outlet is a credit
    "冬季饮水安全提示：烧开再喝，不喝生水。（水利部供稿）",               # a credit says what it credits
    "冬季饮水安全提示：烧开再喝，不喝生水。（潍坊市水利局）",             # a local body: read by the voice rules
    "冬季饮水安全提示：我局提醒市民烧开再喝。（水利部农村水利水电司）",   # the unit's own voice beside it
    "冬季饮水安全提示：荣成市民请烧开再喝。（国家疾控局）",               # the unit's own place
    "冬季饮水安全提示：烧开再喝。来源：中国水利报（国家疾控局）",         # another source named
])
def test_outlets_credits_local_bodies_and_own_content_are_no_state_signature(text):
    assert state_signature(_post(text), fold(text), CITY_BUREAU) is None


def test_a_state_signature_on_a_state_account_or_with_a_source_field_is_not_read():
    text = "冬季饮水安全提示：烧开再喝。（国家疾控局）"
    assert state_signature(_post(text), fold(text), "中华人民共和国水利部") is None
    assert state_signature(_post(text, source="健康中国"), fold(text), CITY_BUREAU) is None


# ---- another place's title over a first person -------------------------------------------------------------------

def test_a_title_naming_another_division_over_a_first_person_is_that_places_release():
    text = fold("延边州中小学寒假自1月15日开始\n\n我局提醒各校做好假期安全教育。")
    assert other_place_headline(text, "威海市教育局") == "延边州"
    hit = _hit("延边州中小学寒假自1月15日开始\n\n我局提醒各校做好假期安全教育。", "威海市教育局")
    assert hit is not None and hit.basis == "other_voice"


@pytest.mark.parametrize("text, unit", [
    ("延边州中小学寒假自1月15日开始\n\n请家长做好假期安全教育。", "威海市教育局"),      # no first person
    ("威海市中小学寒假自1月15日开始\n\n我局提醒各校做好假期安全教育。", "威海市教育局"),  # its own place
    ("延边州中小学寒假自1月15日开始\n\n我局提醒荣成各校做好安全教育。", "威海市教育局"),  # its region named
    ("新安江水质持续向好\n\n我局将继续做好跨省流域协作。", "黄山市生态环境局"),          # a bare short name
    ("延边州教育局发布寒假安排\n\n我局提醒各校做好假期安全教育。", "威海市教育局"),      # a body as the subject
])
def test_no_first_person_own_place_a_bare_short_name_or_a_body_is_no_other_place_title(text, unit):
    assert other_place_headline(fold(text), unit) is None


# ---- the country's figures as the first person's data -------------------------------------------------------------

@pytest.mark.parametrize("text", ["我局日前发布数据，全国湿地保护率稳步提高。", "我局监测显示，全国大部地区气温偏高。"])
def test_the_whole_countrys_figures_as_own_data_are_a_national_voice(text):
    assert national_voice(fold(text), "威海市自然资源局")


@pytest.mark.parametrize("text", ["我局日前发布数据，全市湿地保护率稳步提高。", "我局转发数据，全国湿地保护率稳步提高。"])
def test_own_area_figures_or_relayed_figures_are_no_national_voice(text):
    assert national_voice(fold(text), "威海市自然资源局") is None


# ---- the copied publisher named as the headline speaker; the unit's own place slipped ----------------------------

def _index(posts: list[dict], names: dict[str, str]) -> OverlapIndex:
    return OverlapIndex(posts, lambda p: p["account_id"], lambda p: names.get(p["account_id"], ""))


BODY_TEXT = ("一座城市的温度，藏在街角巷尾的细节里。把便民服务做细做实，群众的获得感才会一点点累积起来。"
             "多一些耐心，多一些倾听，城市治理才能真正贴近人心。")


def test_the_publishers_own_name_as_the_copied_headline_names_the_source():
    outlet = _post("光明日报：城市温度在细节里\n\n" + BODY_TEXT, account_id="outlet", post_id="o1",
                   created_at="2026-11-18T08:00:00+08:00")
    copy = _post("光明日报：城市温度在细节里\n\n" + BODY_TEXT, account_id="a", post_id="c1")
    index = _index([outlet, copy], {"outlet": "光明日报", "a": "某市发布"})
    assert repost_hit(copy, "某某市人民政府新闻办公室", index) is None


def test_a_column_title_kept_from_the_copied_post_still_names_no_source():
    outlet = _post("光明日报评论：城市温度在细节里\n\n" + BODY_TEXT, account_id="outlet", post_id="o1",
                   created_at="2026-11-18T08:00:00+08:00")
    copy = _post("光明日报评论：城市温度在细节里\n\n" + BODY_TEXT, account_id="a", post_id="c1")
    index = _index([outlet, copy], {"outlet": "光明日报", "a": "某市发布"})
    hit = repost_hit(copy, "某某市人民政府新闻办公室", index)
    assert hit is not None and hit.basis == "overlap"


def test_the_units_own_place_with_a_slipped_full_name_is_its_own():
    unit = "延边州市场监督管理局"
    assert _own_place_slipped("延边朝鲜自治州市场监督管理局", unit)      # 族 dropped from its full name
    assert _own_issuer("延边朝鲜自治州市场监督管理局", unit)
    assert not _own_place_slipped("延边朝鲜族自治州市场监督管理局", unit)  # not a slip (read by the other rules)
    assert not _own_place_slipped("黔南州市场监督管理局", unit)           # another division
    assert not _own_place_slipped("延边朝鲜自治州教育局", unit)           # another field


def test_one_edit():
    assert _one_edit("甲乙丙", "甲丙") and _one_edit("甲乙丙", "甲丁丙") and _one_edit("甲丙", "甲乙丙")
    assert not _one_edit("甲乙丙", "甲乙丙") and not _one_edit("甲乙丙", "丁戊丙")
