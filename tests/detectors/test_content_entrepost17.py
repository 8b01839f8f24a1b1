"""Thirteenth session, task content-entrepost17: reposts (a platform or a compilation where a publisher's name
belongs, 据…提醒, an editor's note over someone else's text, a national body's 我委/我办, a city release account's
own reporting) and entertainment families (pinyin-initial abbreviations, meme templates, pseudo-science quizzes and
fortune-telling). Own examples, not the evaluation set's."""

from __future__ import annotations

import pytest

from detectors.content_repost import own_place_body, repost_hit, text_names_source, vague_source
from detectors.textnorm import fold

FOOTER = "\n\n往期推荐\n▶ 冬季安全用电提示\n\n编辑：李青　审核：王川"


def wechat(text):
    return {"platform": "wechat", "account_id": "acct", "post_id": "p1", "text": text, "is_original": None}


# ---- a platform, a kind of medium or a compilation where the publisher belongs -------------------------------

@pytest.mark.parametrize("line", ["本文转载自微信公众号", "来源：微信公众号", "来源：综合", "来源丨微博", "转自抖音",
                                  "信息来源：综合整理", "文章来源于今日头条", "来源：网络综合"])
def test_a_platform_or_compilation_alone_names_no_source(line):
    text = "冬季取暖要注意通风，煤炉不要放在卧室。\n\n" + line + FOOTER
    assert vague_source(fold(text))
    assert not text_names_source(fold(text))
    hit = repost_hit(wechat(text), "某某市应急管理局", None)
    assert hit is not None and hit.basis == "vague_source"


@pytest.mark.parametrize("line", ["来源：微信公众号“健康中国”", "来源：抖音@央视新闻", "本文来自人民日报客户端",
                                  "来源：综合新华社、人民日报报道", "转自新浪微博@中国气象局"])
def test_a_platform_with_the_publisher_names_it(line):
    assert text_names_source(fold("今冬流感进入高发期，请做好防护。\n\n" + line + FOOTER))


@pytest.mark.parametrize("text", ["农户的收入来自平台，去年人均增收两千元。", "资金来源多方，确保项目按期完工。",
                                  "本次展会来自微博、抖音等平台的主播不得现场带货。"])
def test_a_sentence_about_platforms_is_no_source_statement(text):
    assert vague_source(fold(text)) is None


# ---- 据…提醒 ---------------------------------------------------------------------------------------------------

def test_a_reminder_attributed_to_its_publisher_names_it():
    assert text_names_source(fold("据国家反诈中心提醒，年底“退税”短信多为诈骗，请勿点击陌生链接。"))
    assert text_names_source(fold("【防范电诈】据省公安厅提示：冒充客服的退款诈骗又出新花样。"))


@pytest.mark.parametrize("text", ["据有关部门提醒，近期降温明显。", "据了解提醒市民注意防寒。"])
def test_an_unnamed_reminder_names_no_source(text):
    assert not text_names_source(fold(text))


# ---- an editor's note over another body's text ------------------------------------------------------------

NOTE_POST = ("生态环境部近日印发方案，部署今冬明春大气污染防治工作。方案要求，各地要加强散煤治理，严控秸秆焚烧。\n\n"
             "【编者按】冬季空气质量关系千家万户，转给身边的朋友。" + FOOTER)


def test_an_editors_note_over_another_bodys_text_is_an_unsourced_repost():
    hit = repost_hit(wechat(NOTE_POST), "某某市生态环境局", None)
    assert hit is not None and "编者按" in hit.reason


@pytest.mark.parametrize("text", [
    "编者按：即日起，本号推出“身边的好党员”专栏，讲述基层党员的故事。\n\n张大姐在社区服务二十年……",   # the account's own series
    "【编者按】我局今年开展“安全生产月”活动，以下是各科室的工作小结。\n\n一、隐患排查……",              # its own voice
    "编者按：生态环境部近日印发方案。\n\n来源：中国政府网",                                              # a source named
])
def test_an_editors_note_on_the_accounts_own_text_or_with_a_source_is_no_repost(text):
    assert repost_hit(wechat(text + FOOTER), "某某市生态环境局", None) is None


# ---- a national body's voice: its press conference or spokesperson as the speaker, the state's Taiwan policy ---

def test_a_national_commissions_press_conference_in_its_own_voice_is_its_release():
    text = "国家卫生健康委新闻发布会：我委将推动三级医院全面开设老年医学科，2027年底前实现全覆盖。"
    hit = repost_hit({"text": text, "is_original": True}, "某某市卫生健康委员会", None)
    assert hit is not None and hit.basis == "other_voice"
    # on the commission's own account, its own voice
    assert repost_hit({"text": text, "is_original": True}, "国家卫生健康委员会", None) is None


def test_a_city_commissions_own_press_conference_is_its_own():
    text = "市卫生健康委新闻发布会：我委将在全市推广家庭医生签约服务。"
    assert repost_hit({"text": text, "is_original": True}, "某某市卫生健康委员会", None) is None


@pytest.mark.parametrize("text", [
    "我办发言人表示，欢迎港澳青年来大陆创业兴业，将持续完善相关便利措施。",
    "我办将继续为台胞在大陆就业创业创造更好条件。",
])
def test_the_states_taiwan_or_hk_policy_in_an_offices_voice_on_a_city_account_is_a_repost(text):
    hit = repost_hit({"text": text, "is_original": True}, "某某市人民政府新闻办公室", None)
    assert hit is not None and hit.basis == "other_voice"


@pytest.mark.parametrize("text", [
    "我办定于12月5日上午10时举行新闻发布会，介绍全市冬季供暖保障情况。",   # the news office's own voice
    "本办法自2027年1月1日起施行。",                                        # 本办法 is no office
    "医保卡丢了，我办理挂失后多久能补？",
])
def test_an_offices_own_voice_and_other_words_are_no_repost(text):
    assert repost_hit({"text": text, "is_original": True}, "某某市人民政府新闻办公室", None) is None


# ---- a city release account's own reporting ---------------------------------------------------------------

@pytest.mark.parametrize("informant", ["市台港澳办", "厦门海关", "思明区教育局"])
def test_a_body_of_the_citys_own_place_is_own_news_on_its_release_account(informant):
    assert own_place_body(informant, "厦门市人民政府新闻办公室")
    text = f"【冬季出行】记者从{informant}获悉，我市将推出多项便民举措。"
    assert repost_hit({"text": text, "is_original": True}, "厦门市人民政府新闻办公室", None) is None


@pytest.mark.parametrize("informant", ["省住房城乡建设厅", "福建省海洋与渔业局", "泉州市公安局"])
def test_a_body_of_a_higher_or_other_place_is_a_media_item_on_a_city_account(informant):
    assert not own_place_body(informant, "厦门市人民政府新闻办公室")
    text = f"【冬季出行】记者从{informant}获悉，全省将推出多项便民举措。"
    hit = repost_hit({"text": text, "is_original": True}, "厦门市人民政府新闻办公室", None)
    assert hit is not None and hit.basis == "outlet_cut"


def test_a_departments_account_still_needs_the_outlet_for_a_reporters_item():
    # only a place's government and its information office publish the place's bodies' news as their own
    text = "记者从市交通运输局获悉，全市新增公交线路5条。"
    hit = repost_hit({"text": text, "is_original": True}, "厦门市公安局", None)
    assert hit is not None and hit.basis == "outlet_cut"
