"""Political wording, fifth round: the families the checklist named only by example, implemented generally
(``detectors/content_political_families.py``; checklist items 113–; ``detectors/lexicons/POLITICAL_CHECKLIST.md``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has positives
across the family (other divisions, other words, other orders) and hard negatives: the right form, foreign and Hong
Kong institutions, history, the wording reported or rejected, and words that only contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_political_families import _division_before, _mainland_names


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


def test_mainland_divisions_given_a_parliament(rules):
    check(rules, [
        "这项地方性法规草案已提交湖南省议会审议。",          # full provincial name
        "浙江议会近日表决通过了垃圾分类条例。",              # short provincial name
        "昆明市议员走访了社区养老服务站。",                  # a city's full name + 议员
        "我省议会通过了新修订的旅游条例。",                  # the writer's own province
        "该草案经市议会表决通过后正式施行。",                # own level, no place named
        "成都议长出席了开幕式。",                            # short city name + 议长
        "海淀区议员视察了中关村科技园区。",                  # a district
    ], [
        "湖南省人民代表大会常务委员会审议了条例草案。",      # the right name
        "美国国会参议院当天投票通过了该法案。",              # a foreign parliament
        "欧洲议会议员代表团访问了浙江。",                    # the European Parliament, a place in the sentence
        "香港立法会议员到访深圳前海。",                      # Hong Kong's legislators
        "香港东区区议会主席出席了活动。",                    # Hong Kong's district councils
        "广东省咨议局旧址是清末广东省议会的前身。",          # history (1909–1928)
        "民国初年，湖北省议会曾在此办公。",                  # history
        "洛杉矶市议会与我市友好交流。",                      # a foreign city's council
        "旧金山市议会通过了一项决议。",                      # 金山 is a Shanghai district, but not here
        "德州州长签署了一项能源法案。",                      # Texas
        "把人大称作“省议会”是错误的，我省是人民代表大会。",  # rejected
        "会议结束后，全体参会人员合影留念。",                # 会议 + 员 are other words
        "村民议事会讨论了道路硬化方案。",                    # a village council is no parliament
    ])


def test_cppcc_and_state_council_as_parliament_or_cabinet(rules):
    check(rules, [
        "市政协议员们深入企业开展调研。",
        "全国政协议长主持了闭幕会。",
        "有人说政协就是中国的上议院。",
        "两会议员围绕民生话题建言献策。",
        "国务院内阁会议部署了稳就业工作。",
    ], [
        "市政协委员们深入企业开展调研。",                    # the right form
        "区政协议政建言，助推高质量发展。",                  # 政协 + 议政
        "政协不是上议院，而是专门协商机构。",                # rejected
        "明代中国内阁制度逐步形成。",                        # history
        "国务院常务会议部署了稳就业工作。",                  # the right name
    ])


def test_division_names_are_read_from_the_gazetteer():
    names, longest = _mainland_names()
    assert "山东省" in names and "山东" in names and "海淀区" in names
    assert "香港" not in names and "台湾省" not in names and "德州" not in names and "东区" not in names
    assert longest >= 6
    assert _division_before("提交江苏省", 5) == "江苏省"
    assert _division_before("我市", 2) == "我市"
    assert _division_before("会议", 2) == ""


def test_hong_kong_macao_taiwan_people_called_foreign(rules):
    check(rules, [
        "民警帮助一名来自澳门的外国游客找回了手机。",        # compatriots called foreigners
        "从台湾来的外宾参观了我市非遗工坊。",
        "学校接待了香港外宾一行。",
        "医院聘请了来自英国、新加坡和台湾的外籍医生。",      # listed with states as the origin of 外籍
        "访华的台湾交流团参观了博物馆。",                    # 访华 / 来华 said of compatriots
        "赴中国投资的港商越来越多。",
        "全年接待外国游客8万人次，其中台湾游客1万人次。",    # counted inside the foreigners' figure
    ], [
        "欢迎港澳台及外籍人士来我市创业。",                  # listed side by side: right
        "在香港工作的外籍人士可以申请。",                    # foreigners living in Hong Kong
        "外国游客和港澳同胞纷纷来到珠海。",                  # side by side
        "来华外国游客和港澳台同胞人数稳步回升。",            # 来华 is the foreigners'
        "全年接待入境游客8万人次，其中台湾游客1万人次。",    # 入境 includes compatriots
        "全市新增外资企业30家，其中港资企业12家。",          # investment law counts them by reference
        "今年接待港澳台同胞和外国友人2万人次。",
    ])


def test_other_sides_names_of_territory_and_history(rules):
    check(rules, [
        "东段边界大致沿麦线一线划分。",                      # the McMahon line's short name as a boundary
        "日治时期，这座老街的建筑多为闽南风格。",            # Taiwan's colonial framing
        "清领时期，大批福建移民渡海来台。",
        "渔政船在民主礁附近海域巡航。",                      # the 1947 name of 黄岩岛
        "日本海上保安厅船只在鱼钓岛附近活动。",              # Japan's name of 钓鱼岛
        "岛内舆论关注两岸交流。总统府发言人当天表示……",      # 总统府 in a post about Taiwan
        "岛内媒体关注。陆委会发言人当天回应记者提问。",      # a body only Taiwan's authorities bear
        "有学者认为台湾地位至今未定。",                      # the undetermined-status thesis as a fact
    ], [
        "所谓“台湾地位未定论”早已站不住脚。",                # rejected
        "我国从未承认非法的“麦克马洪线”，中印边界东段从未正式划定。",
        "小麦线虫病防治技术培训在田间举行。",
        "日据时期，台湾同胞坚持抗日斗争。",                  # the right form
        "节日治安巡逻，确保群众平安过节。",                  # 节日 + 治安
        "患者需每日治疗三次。",
        "黄岩岛又名民主礁，是中沙群岛唯一露出水面的岛礁。",  # the old name reported as a name
        "日方所称的“鱼钓岛”就是我国钓鱼岛。",
        "南京总统府景区今年接待台湾游客10万人次。",          # the Nanjing museum
        "韩国总统府发言人当天表示，将加强与台湾的经贸往来。",  # another state's
    ])


def test_leader_shortened_and_xinjiang_smears(rules):
    check(rules, [
        "习总强调，要坚持以人民为中心的发展思想。",
        "据外媒报道，新疆强迫劳动问题引发关注。",
    ], [
        "认真做好学习总结，实习总时长不少于两周。",
        "学习总书记重要讲话精神。",
        "美方炮制所谓“新疆强迫劳动”谎言，遭到各方驳斥。",
        "所谓“新疆种族灭绝”是彻头彻尾的世纪谎言。",
    ])
