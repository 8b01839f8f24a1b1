"""Fourteenth session, task content-entad18: forced engagement by its mechanics (quotas of votes canvassed and reads,
counts tied to appraisal or ranked, completion shown in a work group), fortune read from a number, the editor's
moods and baby-talk homophones, the buzzwords of the 2010–2014 lists; loans and credit repair, franchises for
nothing, deposits counted for more, paid errands, like-collecting for a shop, WeChat by its green colour; reposts in
a lower level's first person (我市 on a province's account), an observatory's (我台), 总局提醒：…, and the account's
own name given as the source. Own examples, not the evaluation set's."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_repost import is_source_name, lower_voice, repost_hit, text_names_source
from detectors.textnorm import fold
from tests.detectors.content_case import classes, kinds

FOOTER = "\n\n往期推荐\n▶ 冬季安全用电提示\n\n编辑：李青　审核：王川"


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def wechat(text, source=None):
    return {"platform": "wechat", "account_id": "acct", "post_id": "p1", "text": text, "is_original": None,
            "source": source}


# ---- forced engagement ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“最美村医”网络评选开始，请各卫生院把投票链接转给亲友，每人至少拉20票，拉票数与年终评优挂钩。",
    "请全体干部职工每人每天刷新阅读“和平发布”推文不少于5次，月底按阅读贡献度排名。",
    "各科室请组织职工对本周视频完成点赞、转发，完成情况将在工作群每日晾晒。",
    "各村每天点击量不少于200次，点击数与村干部绩效考核挂钩。",
])
def test_quotas_ties_to_appraisal_and_shaming_are_forced_engagement(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "严禁将点赞、转发数量与考核挂钩，不得强制要求干部职工刷阅读量。",   # a rule against it
    "全市各县区重点项目完成情况每月晾晒排名，倒逼工作落实。",           # progress of work, not of likes
    "本次评选由专家评审和网络投票两部分组成，投票每人每天限投1次。",     # a vote's own limit
])
def test_rules_against_forced_likes_and_work_rankings_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


def test_a_chain_slogan_that_makes_sharing_belonging_is_begging_for_reposts(rules):
    assert "entertainment" in classes(rules, "雪后的西湖美成了画，不转不是杭州人！")
    assert "entertainment" not in classes(rules, "雪后的西湖美成了画，欢迎转发分享。")


# ---- fortune read from a number, the editor's moods, homophones ------------------------------------------------

@pytest.mark.parametrize("text", [
    "【生日数字测你的2027财运】1号到10号出生：财运亨通；11号到20号：贵人相助。",
    "车牌尾号测出你明年的事业运，快来看看！",
])
def test_fortune_read_from_a_number_is_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


def test_a_warning_against_fortune_quizzes_is_clean(rules):
    text = "警惕“手机尾号测你的健康运”之类的测试链接，这是诈骗分子收集个人信息的套路。"
    assert "entertainment" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "连加三天班，小编已老实，求放过……",
    "哪个大聪明把电动车推进了电梯？",
    "期末周到了，卷王们冲呀，考砸了来找小编哭～",
    "麻麻说下雪天要多穿点，大家记得保暖哦。",
    "周末这场音乐节，城会玩！",
    "发一个精神状态给大家看看：加班到凌晨的小编。",
    "年终盘点，你是懂济南的！",
    "挑战科目二舞！交警在执勤点跳起来了，你给打几分？",
    "“青橙少年团”成员宣布单飞，粉丝吵翻了，你站哪边？",
    "村里的社牛狗又来巡逻了，狠狠夸它！",
])
def test_memes_moods_and_gossip_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "警察蜀黍提醒：雨雪天气骑电动车请减速慢行。",          # the police accounts' own lively name
    "夫妻肺片、卤肥肠、钵钵鸡……这些地道川菜请收好。",      # 肥肠 the dish
    "天刚麻麻亮，环卫工人已经在清扫积雪。",                # 麻麻亮 at dawn
    "旗袍、舞狮、锣鼓，非遗展演精彩纷呈。",
    "本州岛北部发生地震，我国暂无人员伤亡报告。",
])
def test_lively_but_proper_words_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


# ---- loans, franchises, deposits, paid errands, like-collecting ------------------------------------------------

@pytest.mark.parametrize("text", [
    "【急用钱】逾期也能贷！“速易借”最快10分钟放款，月息低至3厘，扫码测额度。",
    "征信修复，专业洗白逾期记录，咨询热线0551-6xxxxx8。",
])
def test_loans_and_credit_repair_are_ads(rules, text):
    assert "ad" in classes(rules, text)


def test_a_warning_against_loan_scams_is_clean(rules):
    text = "警惕“征信花也能贷”“日息万分之二”等网贷广告，扫码测额度往往是诈骗套路。"
    assert "ad" not in classes(rules, text)


def test_a_public_guaranteed_loan_is_clean(rules):
    text = "创业担保贷款个人最高可申请30万元，财政全额贴息，申请可拨打人社服务热线12333咨询。"
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text, kind", [
    ("“老街羊汤”0元加盟，总部带店15天，加盟热线0371-5xxxx21。", "分销"),
    ("“锦绣华庭”年终认筹，交1万认筹金抵3万房款，认筹热线0712-8xxxx66。", "售价"),
    ("专家号代挂，30元一个，私信发姓名和身份证号即可。", "代办"),
    ("转发本条到朋友圈集满20个赞，凭截图到“老王炸鸡”店领鸡腿一只。", "引流"),
])
def test_franchises_deposits_errands_and_like_collecting_are_offers(text, kind):
    assert kind in kinds(text)


def test_wechat_by_its_colour_or_added_with_a_space_is_a_hidden_contact(rules):
    assert "ad" in classes(rules, "考编冲刺班不过退费，早鸟价1980元，咨询💚信：kb_2027。")
    assert "ad" in classes(rules, "演唱会门票代抢，一张加收80元，加蔚信 piao_8888。")


def test_a_shop_on_xiaohongshu_by_its_nickname_is_a_channel(rules):
    assert "ad" in classes(rules, "赣南脐橙上市啦！薯店搜“果园阿叔”，10斤装到手49.9元。")


# ---- reposts ---------------------------------------------------------------------------------------------------

def test_a_citys_first_person_on_a_provincial_account_is_a_city_release():
    text = "我市今年新增城镇就业5.2万人，城镇调查失业率控制在5.5%以内。"
    hit = repost_hit(wechat(text + FOOTER), "湖北省人力资源和社会保障厅", None)
    assert hit is not None and hit.basis == "other_voice"
    assert repost_hit(wechat(text + FOOTER), "宜昌市人力资源和社会保障局", None) is None   # the city's own
    assert repost_hit(wechat(text + FOOTER), "上海市人力资源和社会保障局", None) is None   # a municipality's 我市


def test_a_countys_first_person_on_a_city_account_and_quoted_speech():
    assert lower_voice("我县今年完成高标准农田建设3万亩。", "襄阳市农业农村局") == "我县"
    assert lower_voice("我县今年完成高标准农田建设3万亩。", "襄阳市南漳县农业农村局") is None
    assert lower_voice("县长介绍：“我县今年完成高标准农田建设3万亩。”", "湖北省农业农村厅") is None
    assert lower_voice("全省市场监管系统开展专项检查，本市场主体数量增长。", "湖北省市场监督管理局") is None


def test_a_provincial_body_whose_name_holds_a_level_character_in_a_common_word():
    # 市场监督管理局, 城市管理, 社区矫正: the 市 and 区 of a word, not a city or district below the province — such a body
    # is provincial, and a city's 我市 on its account is another place's voice (it was read as a city's body before).
    for unit in ("西藏自治区市场监督管理局", "浙江省市场监督管理局", "四川省城市管理执法总队", "湖南省社区矫正管理局"):
        assert lower_voice("我市今年新增市场主体2.1万户。", unit) == "我市", unit
    assert lower_voice("我市今年新增市场主体2.1万户。", "广东省深圳市市场监督管理局") is None   # the city's own
    assert lower_voice("我县今年新增市场主体2100户。", "广东省深圳市市场监督管理局") == "我县"


def test_an_observatorys_first_person_on_another_bodys_account():
    text = "我台今天10时发布大风黄色预警，预计今天夜间到明天沿江地区有6至8级大风。"
    hit = repost_hit(wechat(text), "湖北省交通运输厅", None)
    assert hit is not None and hit.basis == "other_voice"
    assert repost_hit(wechat(text), "武汉中心气象台", None) is None


def test_the_administrations_warning_as_a_headline_on_a_city_bureau():
    hit = repost_hit(wechat("总局提醒：冬季选购取暖器要认准3C标志，保存好购物凭证。" + FOOTER), "襄阳市市场监督管理局", None)
    assert hit is not None and hit.basis == "other_voice"
    assert repost_hit(wechat("市场监管总局提醒：冬季选购取暖器要认准3C标志。（来源：人民网）" + FOOTER),
                      "襄阳市市场监督管理局", None) is None


def test_the_accounts_own_name_as_the_source_names_no_source():
    text = "冬季泡脚水温以40℃为宜，时间不宜过长。\n\n（来源：健康襄阳）" + FOOTER
    hit = repost_hit(wechat(text), "襄阳市卫生健康委员会", None, account="健康襄阳")
    assert hit is not None and hit.basis == "self_source"
    assert repost_hit(wechat(text), "襄阳市卫生健康委员会", None, account="襄阳卫健") is None   # another account
    other = "冬季泡脚水温以40℃为宜。\n\n（来源：健康襄阳）\n\n本文转载自“健康中国”公众号" + FOOTER
    assert repost_hit(wechat(other), "襄阳市卫生健康委员会", None, account="健康襄阳") is None


def test_an_authorisation_naming_a_quoted_account_before_its_kind_names_a_source():
    text = "岁末年初消防安全自查清单。\n\n本文由“中国应急管理”公众号授权转载" + FOOTER
    assert text_names_source(fold(text))
    assert is_source_name("“平安北京”微信公众号")
    assert not is_source_name("宜宾教体 整理")   # the account's own editing is no source


@pytest.mark.parametrize("text", [
    "各单位组织观看警示教育片不少于2次，完成情况月底通报。",       # work, not the account's posts
    "每名网格员每周走访关注独居老人不少于2次。",
    "医保电子凭证激活注册量与考核挂钩。",
    "智能手环可以监测你的健康运动数据。",                         # 健康运动, no fortune
])
def test_work_quotas_and_health_data_are_no_entertainment(rules, text):
    assert "entertainment" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "该病发病率约为万分之三，如有疑问请拨打咨询电话：12320。",      # a rate is a statistic
    "企业开办最快当天审批，办理咨询电话：0710-3xxxxx5。",           # a public service's speed
])
def test_rates_and_public_service_speed_are_no_loan_ads(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "犯罪嫌疑人王某已老实交代了全部作案经过。",                   # 已老实 of a suspect
    "生石灰常用作食品干燥剂，误食会灼伤消化道。",                 # 石灰常, no 灰常
    "村民们跳起锅庄舞！欢庆丰收。",                               # a folk dance
    "凡是户籍在本市的外地人都转入社区统一管理。",                 # 转入, no sharing slogan
    "按车牌尾号决定运营日，尾号单号单日运营。",                   # 运营, no fortune
    "熬夜伤身，你的肝伤不起。",                                   # a mild word alone
])
def test_words_shared_with_plain_chinese_are_clean(rules, text):
    assert "entertainment" not in classes(rules, text)
