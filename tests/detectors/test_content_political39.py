"""Political wording, thirty-ninth session (content-political39; POLITICAL_CHECKLIST.md items 530–543): each class read
over its inventory — Macao's short name in a trip, the endorsement's kinds before 签证, Hong Kong, Macao and Taiwan
residents going "abroad" to the mainland, their capital fused with 外商, Taiwan's "return" as a thing to come, a people
called by its stem + 民, the two conferred Tibetan titles crossed, Taiwan's delegation at APEC and the WTO, China's seas
called international waters or disputed as a whole, 所谓 after a word of the list, Hong Kong and Macao as a British or
Portuguese territory, movements China does not list as terrorist, a people told as another people of a faith, the
divisions India set up in Kashmir.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_macao_by_its_short_name_in_a_trip(rules):
    check(rules, [
        "大陆旅行团抵澳后入住酒店。请随身携带港澳通行证。",
        "春节期间大陆游客来澳人数创新高，澳门各口岸通关顺畅。",
        "大陆居民访澳需办理签注，往来港澳通行证可在自助机办理。",
    ], [
        "大陆居民赴澳旅游，需办理澳大利亚签证。",
        "内地居民赴澳旅游高峰来了！往来港澳通行证签注可在自助机上办理。",
        "大陆游客赴澳旅游人数增长。",  # no Macao named: 澳 may be Australia
    ])


def test_every_endorsement_kind_before_visa(rules):
    check(rules, [
        "近期有市民咨询赴港探亲签证如何办理。",
        "赴台湾探亲签证办理指南。",
        "赴澳个人旅游签证办理指南。港澳通行证可在自助机上办理签注。",
        "赴台团队旅游签证开放办理。",
    ], [
        "赴澳旅游签证办理，请准备澳大利亚使馆要求的材料。",
        "赴澳旅游签证办理攻略。",
        "赴台旅游签注如何办理？",
        "外国人赴香港旅游签证由香港特区入境事务处签发。",
    ])


def test_residents_going_abroad_to_the_mainland(rules):
    check(rules, [
        "港澳同胞出国来内地旅游的人数增加。",
        "台胞出国来京就医。",
        "台商出国到大陆投资。",
    ], [
        "台湾居民出国到日本旅游。",
        "台湾居民来渝探亲访友人数增多。",
    ])


def test_hmt_capital_fused_with_foreign_business(rules):
    check(rules, ["港资外企和台企代表参加座谈。", "会议邀请台商外商代表参加。", "台资外国企业在我区投资兴业。"],
          ["会议邀请台商、外商代表参加。", "12家台资企业和5家外资企业参加。", "澳资外商在我市投资。"])


def test_taiwan_return_as_a_thing_to_come(rules):
    check(rules, [
        "台湾早日回归祖国是两岸同胞的共同心愿。",
        "我们期待台湾重回祖国怀抱。",
        "台湾终将回到祖国。",
    ], [
        "1945年，台湾光复，回归祖国。",
        "纪念台湾光复暨回归祖国80周年。",
        "我们期待早日实现祖国完全统一。",
    ])


def test_a_people_by_its_stem_and_min(rules):
    check(rules, ["当地苗民热情好客。", "牧区的蒙民以放牧为生。", "彝民们载歌载舞欢度火把节。"], [
        "收藏民俗文物的爱好者越来越多。", "启蒙民众思想是他的毕生追求。", "黎民百姓安居乐业。", "回民区位于呼和浩特市。",
        "藏民族是中华民族大家庭的一员。", "当地藏族群众热情好客。",
    ])


def test_conferred_titles_crossed(rules):
    check(rules, ["十世班禅喇嘛曾到重庆视察。", "展出与历世达赖额尔德尼有关的文物。"],
          ["达赖喇嘛与班禅额尔德尼的称号由清朝中央政府册封。", "第十世班禅大师生前十分关心家乡建设。"])


def test_taiwan_delegation_at_bodies_of_economies(rules):
    check(rules, ["亚太经合组织会议上，台湾代表发言。", "世贸组织部长级会议上，台湾经济体代表提出意见。",
                  "亚洲开发银行年会上，台湾代表团提出提案。"],
          ["亚太经合组织会议上，中国台北代表发言。", "台湾代表团来渝参加海峡两岸经贸交流会。"])


def test_china_seas_called_international_waters_or_disputed(rules):
    check(rules, ["东海国际水域有大量渔船作业。", "北部湾是国际水域。", "西沙群岛海域是国际水域。", "我国东海争议海域油气资源丰富。"],
          ["美舰妄称在南海国际水域航行自由。", "太平洋国际水域的鲸鱼种群恢复。", "中日东海争议海域油气开发问题。"])


def test_so_called_after_the_word_does_not_right_it(rules):
    check(rules, ["美国通过涉及新疆再教育营的所谓法案。"], ["美方炮制所谓“再教育营”谎言。"])


def test_hong_kong_and_macao_as_a_possession(rules):
    check(rules, ["1842年后香港沦为英国的领土。", "澳门曾是葡萄牙的属地。", "葡萄牙海外领土澳门当时人口不多。"],
          ["英国占领下的香港，大批文化人士辗转来到重庆。", "直布罗陀是英国海外领土。"])


def test_movements_china_does_not_list_as_terrorist(rules):
    check(rules, ["以色列空袭了真主党恐怖组织的据点。", "近日，穆斯林兄弟会恐怖组织发表声明。",
                  "美方宣布对革命卫队恐怖组织相关人员实施制裁。"],
          ["美方宣布将伊斯兰革命卫队列为恐怖组织，伊方强烈反对。", "伊朗伊斯兰革命卫队举行军事演习。"])


def test_a_people_told_as_another_people_of_a_faith(rules):
    check(rules, ["东乡族是信奉伊斯兰教的蒙古族。", "回族就是汉族穆斯林。", "撒拉族其实是信仰伊斯兰教的汉人。"],
          ["回族是信仰伊斯兰教的民族。", "回族不是信仰伊斯兰教的汉族，而是一个单独的民族。", "维吾尔族是信仰伊斯兰教的民族之一。"])


def test_india_divisions_in_kashmir(rules):
    check(rules, ["印度查谟和克什米尔中央直辖区举行选举。", "游客从列城进入拉达克联邦直辖区。"],
          ["中方从不承认印方单方面设立的所谓“拉达克中央直辖区”。", "拉达克地区冰川退缩明显。"])
