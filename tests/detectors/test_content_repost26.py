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


# ---- entertainment: the editor as a private person, coaxed follows, gossip columns ------------------------------

from detectors.content import ContentRules  # noqa: E402
from tests.detectors.content_case import classes  # noqa: E402


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


@pytest.mark.parametrize("text", [
    "北湖的荷叶都枯了，小编好难过呀，今天只想窝在家里～",                       # the editor's mood
    "今天降温十度，小编在公交站台等车冻成了一根冰棍。",                          # the editor's body in the weather
    "年货节刚过，小编的钱包已经见底了，你们囤了些什么？",                        # the wallet after shopping
    "今天不发通知，只发小编的午饭：酸菜炖排骨配米饭！",                          # meals instead of news
    "周末小编们一起去看了电影，笑到停不下来，强烈推荐！",                        # leisure
    "今晚的比赛小编押主队2比1，评论区说说你们的预测。",                          # a bet on a match
    "小编掐指一算，下周你们都会有好运气。",                                      # fortune-telling
    "听说有明星要来拍戏，小编一定第一个冲过去要签名！",                          # an autograph chased
])
def test_the_editor_as_a_private_person_is_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "你们不点赞，小编就一直在这里等着～",                                        # a jesting threat for likes
    "我们的粉丝马上要突破3万啦，家人们多多支持！",                              # a follower milestone at hand
    "【八卦时刻】听说隔壁科室的小张又去相亲了，这次能成吗？",                    # a gossip column
    "加班到深夜，委屈吗？有亿点点！谁来哄哄我们～",                              # cute self-pity
    "值班民警给大家比个小心心，晚安！",
])
def test_coaxing_milestones_and_gossip_columns_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "小编提醒：寒潮来袭，请注意防寒保暖，关好门窗。",                            # the editor's voice of service
    "小编为大家整理了春节假期各景区开放时间，建议收藏。",
    "小编实地探访了新开通的公交线路，全程约40分钟。",
    "水管冻成冰柱怎么办？请用温水慢慢浇开，不要用明火烘烤。",                    # weather advice, no editor
    "全市粉丝经济产业链产值今年突破30亿元，同比增长12%。",                      # no follower milestone of the account
    "本次八卦掌表演赛共有40名选手参加。",                                        # a martial art, not a gossip column
    "我市公益电影放映活动今晚在文化广场举行，欢迎市民观看。",                    # a screening announced
])
def test_the_editors_service_voice_and_neighbours_are_no_entertainment(rules, text):
    assert "entertainment" not in classes(rules, text)


def test_a_follow_coaxed_in_a_sellers_post_is_entertainment_too(rules):
    # a seller's livestream asks for a follow to reach its sale (the ad); coaxed with 嘛/求求了 it is the account's 卖萌
    coaxed = "家人们！今天小编穿上玩偶服给大家跳一段～跳得好看就点点关注嘛，求求了 想要同款的戳小蓝袋买起来！"
    assert {"ad", "entertainment"} <= classes(rules, coaxed, platform="douyin")
    plain = "点点关注进直播间，今晚8点整点秒杀，戳小黄车下单！"
    assert "entertainment" not in classes(rules, plain, platform="douyin")


@pytest.mark.parametrize("text", [
    "医保年度结算又来了，这波真是“结算刺客”，还没办的举个小爪爪，线上办理简直快到起飞！",
    "本周最受欢迎的冬季美食评选开始啦，投票走起～",
    "周末音乐节门票开抢，乐迷们赶紧安排起来！",
])
def test_meme_families_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "《史记·刺客列传》记载了荆轲刺秦的故事，本次讲座将为大家详细解读。",
    "全民健身日，全市万人健步走活动在滨江公园举行。",
    "各单位要把冬季供暖保障工作安排好，确保群众温暖过冬。",
])
def test_neighbours_of_the_meme_families_are_no_entertainment(rules, text):
    assert "entertainment" not in classes(rules, text)


# ---- another place as the headline's speaker ----------------------------------------------------------------------

from detectors.content_repost import other_place_headline  # noqa: E402


@pytest.mark.parametrize("text, unit", [
    ("【云南：冬季避寒游升温】昆明、西双版纳等地推出冬季旅游产品，11月接待游客同比增长9%。", "吉林省文化和旅游厅"),
    ("【十堰市：前三季度外贸进出口增长6%】十堰全市外贸保持平稳。", "襄阳市人民政府新闻办公室"),
])
def test_a_headline_spoken_by_a_place_outside_the_region_is_that_places_news(text, unit):
    assert other_place_headline(fold(text), unit)
    hit = repost_hit(_post("bureau", "5", text, "2026-11-10T09:00:00+08:00"), unit, None)
    assert hit is not None and hit.basis == "other_voice"


@pytest.mark.parametrize("text, unit", [
    ("【延边：冬季冰雪游升温】长白山等景区推出冬季旅游产品。", "吉林省文化和旅游厅"),           # its own region
    ("【云南：与吉林互送客源】两省签署冬季旅游合作协议，吉林游客可享优惠。", "吉林省文化和旅游厅"),  # home named
    ("【云南：冬季避寒游升温】昆明推出冬季旅游产品。", "文化和旅游部"),                          # a state body
    ("【冬季避寒游：云南升温】昆明推出冬季旅游产品。", "吉林省文化和旅游厅"),                    # a topic as speaker
    ("【云南：冬季避寒游升温】昆明推出冬季旅游产品。\n\n来源：云南日报", "吉林省文化和旅游厅"),  # sourced
])
def test_own_region_cooperation_state_bodies_and_sourced_items_are_no_place_headline_repost(text, unit):
    hit = repost_hit(_post("bureau", "6", text, "2026-11-10T09:00:00+08:00"), unit, None)
    assert hit is None or hit.basis != "other_voice"
