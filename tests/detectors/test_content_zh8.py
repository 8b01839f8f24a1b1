"""Political wording, fourth round: the items of the official lists implemented as whole families
(``detectors/content_political_lists.py``; checklist ``detectors/lexicons/POLITICAL_CHECKLIST.md``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has positive
sentences across the family (not one form) and hard negatives: the correct form, the wording quoted, reported or
rejected, history, foreign context, and words that merely contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_political_lists import tw_officials


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def political(rules, text):
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == "political"]


def check(rules, positives, negatives):
    for text in positives:
        assert political(rules, text), text
    for text in negatives:
        assert political(rules, text) == [], (text, political(rules, text))


def test_taiwan_office_holders_with_state_titles(rules):
    check(rules, [
        "台湾方面，郑丽君副院长昨日出席了一场岛内经贸座谈。",
        "据岛内媒体报道，顾立雄部长就军购案接受质询。",
        "台湾陆委会称，邱垂正主委将于下周出席记者会。",
        "民进党当局的外事部门由林佳龙部长主持工作。",
        "岛内舆论关注，院长韩国瑜主持了当日的会议。",
    ], [
        "台湾地区行政管理机构负责人卓荣泰当天出席活动。",       # the right form
        "国民党主席朱立伦与台北市长蒋万安出席了活动。",         # party and city titles are not a state's
        "所谓“院长”卓荣泰的言论遭到岛内舆论批评。",             # quoted title
        "我市卫健委陈主任部署冬季防疫工作。",                   # no Taiwan official
        "森林全部长满了新芽，防火部长期值守。",                 # characters of a name that is not listed
    ])


def test_officials_lexicon_loaded():
    names = tw_officials()
    assert "卓荣泰" in names and "林全" not in names  # short names that sit inside ordinary words are left out


def test_sar_government_called_a_city_or_province(rules):
    check(rules, [
        "代表团拜访了香港市政府有关部门。",
        "学生们走进澳门市政府大院参观。",
        "澳门市议会议员与游客合影。",
        "香港省政府发布了防疫措施。",
    ], [
        "代表团拜访了香港特区政府有关部门。",
        "澳门市政署在议事亭前地举办花展。",                     # Macao's municipal affairs bureau
        "游客参观了澳门民政总署大楼。",
        "珠海市政府与澳门特区政府签署合作协议。",
    ])


def test_territory_attributed_to_another_state(rules):
    check(rules, [
        "渔船从菲律宾黄岩岛附近返航。",
        "纪录片拍摄了日本钓鱼岛的海鸟。",
        "越南西沙群岛的旅游线路不可信。",
        "有网文把印度藏南写成旅游目的地。",
        "马来西亚弹丸礁潜水线路广告被下架。",
    ], [
        "菲律宾声称对黄岩岛拥有主权，遭到我国驳斥。",           # the claim reported as a claim
        "菲律宾船只非法闯入黄岩岛海域，中国海警依法驱离。",
        "1974年中国军队在西沙海战中击败南越海军。",
        "中菲黄岩岛争端由来已久。",
        "我国黄岩岛渔场渔获丰收。",
        "日本冲绳县那霸市旅游推介会举行。",
    ])


def test_china_against_hk_macao_taiwan_by_movement_or_comparison(rules):
    check(rules, [
        "海关查获一批由香港转运至中国的走私冻肉。",
        "该公司产品从中国出口到香港、新加坡等地。",
        "国庆假期中国游客赴澳门旅游人数大增。",
        "台湾企业纷纷到中国投资设厂。",
        "香港的房价比中国高出许多。",
        "与中国相比，台湾的年轻人更早面临老龄化压力。",
    ], [
        "海关查获一批由香港走私入境内地的冻肉。",
        "国庆假期内地游客赴澳门旅游人数大增。",
        "台湾青年到中国科技馆参观学习。",                        # an institution whose name begins with 中国
        "香港比中国内地更早进入老龄化社会。",
        "中国游客赴澳大利亚旅游持续升温。",
        "中国女排赴香港参加世界女排联赛。",                      # the national team, a national event
        "外国游客赴澳门需办理签证。",
        "国庆假期中国游客赴中国香港旅游的人数创新高。",
    ])


def test_embassy_in_taiwan(rules):
    check(rules, [
        "有网友称自己曾在美国驻台大使馆工作。",
        "多国驻台湾领事馆人员出席了活动。",
        "他声称在台湾的日本大使馆办过签证。",
    ], [
        "美国在台协会官员出席活动。",
        "1979年中美建交后，美国驻台大使馆关闭。",                # history
        "主持人站在台上介绍来访的大使。",
    ])


def test_npc_named_as_a_parliament(rules):
    check(rules, [
        "老师介绍了全国人大议长的产生方式。",
        "有网民问：“中国议会怎样制定法律？”",
        "我国国会每年三月召开会议。",
        "人大就是中国的议会，这种说法流传很广。",
        "市人大议员视察了重点项目。",
    ], [
        "全国人大常委会委员长由全国人民代表大会选举产生。",
        "全国人大不是西方的议会，而是最高国家权力机关。",
        "代表团访问了欧洲议会。",
        "英国议会通过了新的法案。",
        "县人大常委会主任主持会议，审议了议案。",
    ])


def test_n_countries_counting_taiwan_hong_kong_macao(rules):
    check(rules, [
        "我市柑橘出口泰国、香港、马来西亚三国。",
        "家电远销欧洲，出口越南、台湾两国的订单大增。",
        "海鲜干货销往日本、韩国、澳门三国和北美地区。",
        "美日台三国举行所谓联合演习的消息不实。",
        "新港两国的金融合作受到关注。",
    ], [
        "我市柑橘出口泰国、马来西亚两国和香港地区。",
        "荔枝销往新加坡、马来西亚两国及港澳地区。",
        "出口香港、澳门和新加坡、马来西亚两国。",                # the two are the last two
        "中美两国元首通话。",
        "中澳两国签署自贸协定。",
    ])


def test_taiwan_bodies_named_with_zhonghua(rules):
    check(rules, [
        "台湾中华邮政发行了一套生肖邮票。",
        "网购的“台湾中华电信”电话卡无法使用。",
        "岛内媒体称，中华航空将增开航线。",
    ], [
        "台湾“中华邮政”发行了一套生肖邮票。",
        "1935年中华邮政发行的邮票在台湾拍卖。",                  # the Republic's post before 1949
        "中华电信诈骗案中，犯罪嫌疑人冒充客服。",                # no Taiwan in the sentence
        "中华人民共和国邮政法明确了邮政普遍服务。",
    ])


def test_compatriots_counted_as_overseas_chinese(rules):
    check(rules, [
        "各地华侨华人（含港澳同胞）踊跃捐款。",
        "港澳同胞等海外侨胞回乡投资。",
        "台湾同胞和其他华侨纷纷发来贺电。",
        "包括香港同胞在内的海外侨胞关心家乡建设。",
    ], [
        "港澳同胞、台湾同胞和海外侨胞踊跃捐款。",
        "华侨华人和港澳台同胞纷纷发来贺电。",
        "市侨联组织港澳台侨青年开展交流。",
    ])


def test_war_of_resistance_dated_from_1937(rules):
    check(rules, [
        "抗日战争（1937—1945）期间，游击队坚持敌后斗争。",
        "1937年至1945年的抗日战争中，这里是重要的交通线。",
        "1937年抗日战争爆发后，学校被迫内迁。",
        "七七事变标志着抗日战争的开始。",
    ], [
        "全面抗战（1937—1945）期间，游击队坚持敌后斗争。",
        "1937年七七事变后，抗日战争全面爆发。",
        "中国人民抗日战争（1931—1945）历时十四年。",
        "七七事变标志着全民族抗战的开始。",
        "1937年至1945年，学校先后三次内迁。",
    ])


def test_leaders_called_by_nicknames(rules):
    check(rules, [
        "习大大说，幸福都是奋斗出来的。",
        "彭麻麻出席了活动。",
    ], [
        "习近平总书记指出，幸福都是奋斗出来的。",
        "同学们学习大大小小的安全知识。",
        "他复习大大的单词卡片。",
        "孩子们给习爷爷写信汇报学习情况。",
    ])


def test_taiwan_restoration_is_right(rules):
    check(rules, [], [
        "10月25日是台湾光复纪念日，1945年台湾回到祖国怀抱。",
        "1945年台湾光复，回归中国。",
    ])
