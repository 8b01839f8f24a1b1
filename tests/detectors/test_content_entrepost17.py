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


# ---- entertainment: pinyin-initial abbreviations ----------------------------------------------------------

from detectors.content import ContentRules, _inside_code  # noqa: E402
from detectors.content_patterns import abbreviation_hits  # noqa: E402
from tests.detectors.content_case import classes  # noqa: E402


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


@pytest.mark.parametrize("text", [
    "dbq，今天的讲座临时取消，改到下周三。",                  # listed (对不起)
    "tql！我区代表队拿下全市技能大赛团体一等奖。",            # listed (太强了)
    "SSMY，这组雾凇照片请收好。",                              # listed, in capitals
    "xbzd大家周末想去哪，评论区说说。",                        # not listed: a lower-case consonant run among Chinese
    "这个冬天的第一场雪，qswl，太美了。",
])
def test_a_pinyin_abbreviation_in_a_chinese_post_is_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "今年全市GDP增长5.2%，CPI温和上涨，会议PPT已上传至网站。",           # capitals: official abbreviations
    "请下载附件（通知.pdf），办理流程见 https://www.example.gov.cn/bszn/xwzx 。",
    "冬季气温低，电暖器功率2000W，每小时耗电约2 kwh。",
    "干冰（dry ice）不可直接用手触碰。",                                  # an English phrase
    "举报电话见海报，编号为xxx的窗口暂停办理。",                          # a placeholder
    "关注我们的视频号@gkd_2027获取更多信息。",                            # a handle
    "欢迎关注济南发布微信公众号（微信号：jnfb）。",                        # government ids are pinyin initials too
    "搜索公众号 sdjt 或回复“tzgg”查看最新通知公告。",
    "更多路况服务请见 jnjj 公众号。",
])
def test_latin_letters_that_are_no_slang_are_not_flagged(rules, text):
    assert "entertainment" not in classes(rules, text)


def test_the_abbreviation_rule_reads_letter_case_and_context():
    assert list(abbreviation_hits("xbzd大家好")) == [(0, 4)]
    assert not list(abbreviation_hits("XBZD大家好"))          # capitals are an official abbreviation's
    assert not list(abbreviation_hits("xbzd is fine"))       # no Chinese: not a Chinese post
    assert not list(abbreviation_hits("访问kswl.cn了解"))       # a domain


def test_a_slang_word_glued_to_a_link_or_digits_is_part_of_it():
    assert _inside_code("tb.cn/skr2x", 6, 8)
    assert not _inside_code("skr～不交就亏", 0, 2)


def test_an_abbreviation_in_an_anti_fraud_post_alone_is_allowed(rules):
    # anti-fraud posts may use slang to reach people (000 §2.3): one slang word beside a warning is not reported
    assert "entertainment" not in classes(rules, "dbq，又有人被刷单诈骗骗走3万元，谨防陌生链接！")


# ---- entertainment: meme templates ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "人类高质量女辅警，今天也在路口指挥交通。",
    "这段雪落松林的视频就是我的电子褪黑素。",
    "午饭配上这档节目，电子下饭菜安排上了。",
    "普信哥求职语录，你见过几条？",
    "冬天的早晨，闹钟才是本体。",
    "本周翻车大赏，第三条笑出声。",
    "错过这次优惠就赚麻了……不，亏麻了！",
    "先睡为敬，明天见。",
    "chill不chill？周末去海边吹风。",
    "交警在线营业，雪天路口指挥交通。",
])
def test_meme_templates_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "坚持以人民为中心，推动人类高质量发展，构建人类命运共同体。",
    "即日起可在政务服务网申领电子证照、电子社保卡，电子烟禁止向未成年人销售。",
    "冬季户外作业手脚冻麻了，要及时回到温暖处，不要用热水直接浸泡。",
    "文物本体保护是修缮工程的重点。",
    "酒桌上“先干为敬”不可取，喝酒不开车。",
    "年度文旅大赏揭晓，我市三个景区入选。",
    "本店疫情期间在线营业，外卖配送正常。",
])
def test_the_same_words_in_proper_posts_are_not_memes(rules, text):
    assert "entertainment" not in classes(rules, text)


# ---- entertainment: pseudo-science quizzes and fortune-telling --------------------------------------------

@pytest.mark.parametrize("text", [
    "测一测：你的出生月份藏着哪种性格密码？",
    "你的血型暴露了你的健康秘密，快来看看！",
    "五行缺火的朋友，冬天多晒太阳，据说能旺运哦～",
    "生肖决定命运？看看属龙的你今年运气如何。",
    "哪些星座的人最适合当公务员？",
])
def test_pseudo_science_quizzes_and_fortunes_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "“姓氏里藏着健康密码”“五行缺水要补运”都是伪科学，不要相信，更不要花钱“改运”。",   # a warning against it
    "冬至夜空中，猎户座十分明亮，适合观测。",
    "中医讲究五行调和，冬季养生重在养肾。",
    "改运输方式后，物流成本下降15%。",
])
def test_warnings_astronomy_and_proper_words_are_not_fortune_telling(rules, text):
    assert "entertainment" not in classes(rules, text)


# ---- entertainment: forced views and reposts, the editor's private life ------------------------------------

@pytest.mark.parametrize("text", [
    "请各单位组织干部职工观看本片，完播不少于2遍，播放量纳入年度宣传考评。",
    "全局干部职工于今日内对本条微博完成转发、点赞。",
    "请各科室将本文转发至朋友圈并保留两天。",
    "各村须组织群众关注本公众号，关注率纳入年终考核。",
])
def test_forced_views_and_reposts_are_reported(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "严禁强制要求干部职工转发点赞，不得将关注率、播放量纳入考核。",
    "本片播放量已突破1000万次，感谢广大网友关注。",
])
def test_rules_against_forced_likes_and_counts_reported_are_not(rules, text):
    assert "entertainment" not in classes(rules, text)


@pytest.mark.parametrize("text", ["小编昨天失恋了，今天只想吃火锅。", "小编今天生日，求祝福！", "嘿，猜猜小编今天在哪？",
                                  "各地美食神仙打架，小编选择躺平。"])
def test_the_editors_private_life_is_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


def test_the_editors_work_is_not(rules):
    assert "entertainment" not in classes(rules, "小编今天跟随民警走访了辖区三户独居老人。")


# ---- entertainment: quiz forms, gaming, look-alike games, comment-floor prizes ---------------------------

@pytest.mark.parametrize("text", [
    "测一测：你是哪一杯家乡茶？A.铁观音 B.大红袍 C.茉莉花茶",
    "你是哪种火锅人格？测完来评论区报到！",
    "周末小编要冲段位，今晚不加班了。",
    "你们觉得我们科室的同事谁最像演员？",
    "留言区盖楼，第888楼送定制台历一本！",
])
def test_quizzes_gaming_and_comment_prizes_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "你属于哪种情况？\nA. 首次申领 B. 到期换领",
    "全市青少年围棋段位赛本周六开赛，欢迎报名。",
    "安置小区盖楼进度过半，明年交付。",
])
def test_service_guides_sports_and_building_are_not(rules, text):
    assert "entertainment" not in classes(rules, text)


# ---- a credit with its date; the national forecast in a local bureau's voice ------------------------------

def test_a_closing_credit_with_the_accounts_quoted_name_and_date_names_the_source():
    text = "冬季电动自行车充电“五要五不要”……不要将电池带回家中充电。（应急管理部微信公众号“中国应急管理”11月22日发布）"
    assert text_names_source(fold(text))


def test_a_person_with_a_date_is_no_source():
    assert not text_names_source(fold("今冬首场雪如约而至。（张晓明11月22日）"))


def test_the_forecast_for_the_countrys_regions_in_a_local_bureaus_voice_is_the_national_release():
    text = "【本月气候特征】本月全国平均气温偏高1.3℃。我局预计，下旬还将有一次较强冷空气过程影响我国北方大部地区。"
    hit = repost_hit({"text": text, "is_original": None}, "某某市气象局", None)
    assert hit is not None and hit.basis == "other_voice"
    assert repost_hit({"text": text, "is_original": None}, "中国气象局", None) is None


def test_a_local_bureau_relaying_the_national_forecast_for_its_own_area_is_its_own():
    text = "我局预计，下周冷空气将影响我国中东部地区，我市气温将下降8℃，请注意防寒。"
    assert repost_hit({"text": text, "is_original": None}, "某某市气象局", None) is None
