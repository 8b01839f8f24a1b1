"""Ads, reposts and entertainment, eleventh round (#18): the families behind dev11's misses, implemented as
general rules. Ads: the apps named by euphemism as a contact channel (绿色软件, 企鹅, 某宝, 小红薯 … with a search
or an add and an id); a price judged in the seller's words beside the one business a post names. Reposts: a
region's headline statistics pasted without naming the statistics authority; 总局：… with the administration's own
我局; 出自/摘录自 statements with the text as subject; 卫健委 read as the unit's own 卫生健康委员会. Entertainment: the
account's own shopping-festival chatter; blood-type personality. Each family has hard negatives (anti-fraud posts
quoting the wording, inspection results naming businesses, consumer tips about the festival, the statistics bureau's
own account, a sector's own figures). Every sentence is written for these tests (none is taken from an evaluation
part)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits, screen_posts
from detectors.content_model import Opinion
from detectors.content_repost import refers_to_unit, repost_hit, statistics_release, text_names_source
from detectors.textnorm import fold


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def classes(rules, text):
    return {h.cls for h in _hits(text, rules, year=2026)}


def post(text, pid="p1"):
    return {"platform": "wechat", "account_id": "acct", "post_id": pid, "created_at": "2026-11-20T10:00:00+08:00",
            "text": text, "is_original": None, "is_pinned": False, "source": None, "url": f"https://example/{pid}"}


def repost_basis(text, unit):
    hit = repost_hit(post(text), unit, None)
    return hit.basis if hit else None


# ---- ads: app euphemisms as contact channels ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "自家果园脐橙开始采摘了，十斤装包邮到家，要的朋友绿色软件搜：gy_chengzi2026",
    "冬季养生膏方现货，企鹅加 2938475610 了解详情。",
    "腊肉香肠接受预订，某宝搜 lrxc_laorou 进店。",
    "考证培训小班开课，小红薯搜：peixun_xiaoban 看学员反馈。",
    "手工红糖现熬现发，加绿泡泡 hongtang_888 下单。",
])
def test_app_euphemism_with_an_id_is_an_ad(rules, text):
    assert "ad" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    # an anti-fraud post quoting the seller's wording
    "【反诈提醒】骗子常以“绿色软件搜：xxx”引流，诱导投资理财，请勿添加陌生账号，谨防上当。",
    # the words without an id
    "动物园企鹅馆今日起延长开放时间，欢迎市民前来参观。",
    "请通过绿色软件“国家反诈中心”App开启来电预警功能。",
])
def test_app_euphemism_hard_negatives(rules, text):
    assert "ad" not in classes(rules, text), text


# ---- ads: one named business endorsed with a price judgement --------------------------------------------------

@pytest.mark.parametrize("text", [
    "【消费提示】选购电暖器看能效等级。我们走访了“暖阳家电工厂店”，产品能效一级，良心价188元，就在城南商贸街。",
    "冬季进补不盲目。小编推荐“百草堂”药房的阿胶糕，价格实惠，性价比超高，值得大家购买。",
])
def test_one_business_with_a_price_judgement_is_an_ad(rules, text):
    assert "ad" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    # a regulator's inspection results naming businesses, with results
    "市市场监管局近日抽检羽绒服20批次，其中“暖冬服饰店”1批次含绒量不达标，已责令下架并立案调查。",
    # a price judgement with no business named: a consumer tip
    "【消费提示】买羽绒服不是越贵越好，选择价格公道、标识齐全的正规商家，保留购物凭证。",
    # several businesses named: a survey
    "本周平价蔬菜监测：“惠民超市”“丰收菜场”“邻里便利店”白菜价格实惠，每斤1.2元左右。",
])
def test_price_judgement_hard_negatives(rules, text):
    assert "ad" not in classes(rules, text), text


# ---- reposts: a statistics release pasted ------------------------------------------------------------------------

STATS = "上半年全省实现地区生产总值28650亿元，同比增长5.6%；居民消费价格同比上涨0.3%；社会消费品零售总额同比增长4.9%。"


def test_statistics_pasted_by_another_unit_is_a_repost():
    assert repost_basis(STATS, "宜宾市交通运输局") == "other_document"
    assert repost_basis("#经济数据# 1-10月全市规模以上工业增加值同比增长6.1%，城镇居民人均可支配收入41235元，增长4.4%。",
                        "南充市农业农村局") == "other_document"


@pytest.mark.parametrize("text,unit", [
    (STATS, "四川省统计局"),  # the statistics authority's own release
    (STATS, "四川省人民政府新闻办公室"),  # the government's release platform
    ("据四川省统计局消息，" + STATS, "宜宾市交通运输局"),  # the source named
    (STATS + "（数据：省统计局）", "宜宾市交通运输局"),
    # a sector's own figure, one indicator, no statistics office's own figure
    ("前三季度全市交通固定资产投资完成86亿元，同比增长12%，高速公路建设提速。", "宜宾市交通运输局"),
    # a target, no period's results
    ("今年的目标是地区生产总值增长5.5%左右，居民消费价格涨幅3%左右。", "宜宾市交通运输局"),
])
def test_statistics_hard_negatives(text, unit):
    assert repost_basis(text, unit) is None, (text, unit)


def test_statistics_release_names_the_indicators():
    assert statistics_release(fold(STATS), "宜宾市交通运输局") == "地区生产总值、居民消费价格、社会消费品零售总额"


# ---- reposts: 总局：… in the administration's own voice ----------------------------------------------------------

def test_national_short_speaker_with_its_own_voice_is_a_repost():
    text = "总局：明年起开展网售食品专项抽检。我局将组织各地对网络销售的婴幼儿辅食开展全覆盖抽检，不合格产品一律下架。"
    assert repost_basis(text, "宜宾市市场监督管理局") == "other_voice"
    text = "国家药监局：加强冬季药品质量监管。我局将对疫苗、血液制品生产企业开展飞行检查。"
    assert repost_basis(text, "宜宾市市场监督管理局") == "other_voice"


@pytest.mark.parametrize("text", [
    # the headline quotes 总局, the local bureau speaks of its own follow-up without 我局 pasted from the release
    "总局：明年起开展网售食品专项抽检。市市场监管局将按照部署，对本地电商平台开展抽检。",
    # the national body's own account
])
def test_national_short_speaker_hard_negatives(text):
    assert repost_basis(text, "宜宾市市场监督管理局") is None


def test_the_administration_itself_may_head_its_post_with_its_short_name():
    text = "总局：明年起开展网售食品专项抽检。我局将组织各地开展全覆盖抽检。"
    assert repost_basis(text, "国家市场监督管理总局") is None


# ---- reposts: attribution words and the unit's short forms -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "冬季取暖安全指南\n\n内容出自“健康四川”公众号\n\n一、选购合格产品……",
    "本文摘录自《中国应急管理报》，有删节。",
    "以上内容编选自四川省气象局发布的冬季气候展望。",
])
def test_source_statements_with_the_text_as_subject(text):
    assert text_names_source(fold(text))


@pytest.mark.parametrize("text", [
    "“不积跬步，无以至千里”出自《荀子·劝学》，与同学们共勉。",  # a quotation's origin
    "这项技术出自本地一家企业的研发团队。",
])
def test_a_bare_chuzi_names_no_source(text):
    assert not text_names_source(fold(text))


def test_the_units_short_forms():
    assert refers_to_unit("市卫健委", "泸州市卫生健康委员会")
    assert refers_to_unit("省卫健委", "贵州省卫生健康委员会")
    assert not refers_to_unit("市卫健委", "泸州市公安局")
    assert not refers_to_unit("市教委", "泸州市卫生健康委员会")
    assert repost_basis("记者从市卫健委获悉，全市家庭医生签约服务覆盖率超过80%。", "泸州市卫生健康委员会") is None
    assert repost_basis("记者从市卫健委获悉，全市家庭医生签约服务覆盖率超过80%。", "泸州市公安局") == "outlet_cut"


# ---- entertainment: shopping-festival chatter and blood types ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "双十二剁手成功！小编的购物车终于清空了，你们都买了啥？",
    "晒晒你们的战利品，评论区见～",
    "618凑单凑到头秃，尾款人今晚又要熬夜了。",
    "血型性格大揭秘：O型血的人天生乐观，快看看你是哪一型。",
])
def test_shopping_chatter_and_blood_types_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    "【消费提示】双十一将至，请理性消费，谨防先涨后降，遇到纠纷请拨打12315投诉。",
    "双11快递高峰到来，邮政管理局提醒寄递企业做好安全生产。",
    "无偿献血不分血型，O型、A型、B型、AB型血液库存偏紧，欢迎市民参与献血。",
])
def test_shopping_and_blood_type_hard_negatives(rules, text):
    assert "entertainment" not in classes(rules, text), text


def test_a_meme_praising_goods_in_an_ad_is_the_ads_pitch(rules):
    text = "羊肉汤店今冬新品，汤底鲜到犯规，双人套餐只要98，点左下角团购下单。"
    found = classes(rules, text)
    assert "ad" in found and "entertainment" not in found
    # the same meme on the account's own chatter stays entertainment
    assert "entertainment" in classes(rules, "今天办公室的羊肉汤鲜到犯规，小编连喝三碗哈哈哈～")


# ---- the model's second opinion on shopping chatter ---------------------------------------------------------------

class _Says:
    """A model that gives one opinion on every post (to test how screening weighs it, not the model itself)."""

    name = "test-model"

    def __init__(self, cls):
        self.cls = cls

    def opinions(self, text):
        return [Opinion(self.cls, 0.9, 0.5, [])]


def _screened(rules, text, says):
    with_model = ContentRules(rules.screener, rules.typos, rules.leaders, _Says(says))
    return {f["evidence"]["class"] for f in screen_posts([post(text)], with_model)}


def test_the_models_ad_opinion_on_shopping_chatter_stands_down(rules):
    chatter = "双十二剁手清单来了！小编的购物车里有电热毯和羽绒服，你们买了啥？"
    assert _screened(rules, chatter, "ad") == {"entertainment"}


def test_the_models_ad_opinion_stands_on_other_posts(rules):
    # a chatty post without the shopping-chatter rule: the opinion is the model's to give
    assert "ad" in _screened(rules, "冬天到了，小编给大家整理了暖身好物，羊毛袜和暖手宝都很实用。", "ad")
    # shopping chatter that also sells: the ad rules report it, and the chatter rule does not hide it
    selling = "双十二剁手清单来了！小编的购物车里有电热毯，同款链接私发给你，加v：shop_dianre88"
    assert "ad" in _screened(rules, selling, "ad")


# ---- more of the same families: a listing's shipping, chain letters, which-are-you quizzes, game fandom ------------

@pytest.mark.parametrize("text", [
    "高山土蜂蜜新货上架，拍下即发货，库存只剩80瓶。",
    "手工麻花今日开抢，拍下就发，现货只有200袋！",
])
def test_an_online_listing_is_an_ad(rules, text):
    assert "ad" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    "交警提醒：发现违法停车可拍下照片通过随手拍平台举报。",
    "【反诈提醒】骗子谎称“拍下就发货”，收款后即拉黑，网购请走正规平台。",
    "防疫物资储备充足，库存只有少量口罩需要补充。",
])
def test_listing_hard_negatives(rules, text):
    assert "ad" not in classes(rules, text), text


@pytest.mark.parametrize("text", [
    "这只锦鲤送给大家，转给你最在乎的人，不转的话一年都没好运哦～",
    "测一测：你是哪种节气美食？\nA. 腊八粥\nB. 饺子\n评论区告诉小编～",
    "测一测你属于哪种打工人，看完快转发。",
    "新出的武侠游戏你们玩了吗？谁敢跟我组队通关，评论区报出你的通关时长！",
])
def test_chain_letters_quizzes_and_game_fandom_are_entertainment(rules, text):
    assert "entertainment" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    "该路段不转弯车辆请走直行车道，不转向时请勿占用右转道。",
    "你是哪种情况？请对照下表选择办理渠道：A. 首次申领 B. 补领换领。",  # a service guide asks which case applies
    "灵活就业人员参保，你属于哪种参保对象？\nA. 个体工商户\nB. 非全日制从业人员",
    "消防救援站组织全体指战员开展实战化通关考核，检验队伍战斗力。",
])
def test_chain_quiz_game_hard_negatives(rules, text):
    assert "entertainment" not in classes(rules, text), text


def test_one_business_pointed_at_with_its_price_is_an_ad(rules):
    assert "ad" in classes(rules, "城南这家羊肉馆我们替大家尝过了，汤鲜肉嫩，一碗只要25元。")
    assert "ad" in classes(rules, "古镇里这家民宿性价比超高，推荐大家入住体验。")


@pytest.mark.parametrize("text", [
    "这家超市因销售过期食品被罚款2万元，一盒只要5元的面包已过期。",  # an enforcement case
    "这家社区食堂价格实惠，老人就餐还有补贴。",  # a public canteen is no business
    "市场监管局检查发现，这家药店的口罩每只0.5元，明码标价。",  # an inspection's finding
])
def test_one_business_pointed_at_hard_negatives(rules, text):
    assert "ad" not in classes(rules, text), text
