"""Political wording, fourteenth session (checklist 340–354): Hong Kong and Macao written as abroad (a state's
symbols, China's consulates there, residents' passports to the mainland, 港人 crossing "into China"), a border
across the Strait or between the mainland and the regions, the Taiwan authorities' own terms (台澎金马, 中华民国 as a
state of today), and the national organs and the head of state under wrong names (中国政协主席, 最高领袖); and the
doubled level character of a region's own flag (澳门特别行政区区旗) read as a typo.

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
forms in other words and places, and with hard negatives that use the same words correctly.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, classes, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_state_symbols_given_to_hong_kong_and_macao(rules):
    check(rules, [
        "回归纪念日当天，广场上同时升起五星红旗和香港国旗。",
        "澳门特区国徽悬挂在政府总部大楼正门上方。",
        "现场奏响澳门国歌，全体起立。",
        "香港的国花是紫荆花，这一点很多游客并不知道。",
        "港澳国旗和五星红旗一起飘扬在交流周主会场。",
        "澳门的国土面积只有30多平方公里。",
    ], [
        "香港特区规划署负责土地和空间规划。",
        "澳门特别行政区区旗和国旗同时升起，全场响起掌声。",
        "香港特区依照《国旗及国徽条例》规范国旗的使用。",
        "香港《国歌条例》于2020年6月生效。",
        "香港升旗队总会的国旗护卫队员进行了升旗表演。",
        "在香港国旗区旗同时升起的那一刻，现场一片欢腾。",
        "紫荆花是香港特别行政区区花，区旗上也有它的图案。",
        "广场上升起中华人民共和国国旗和香港特别行政区区旗。",
    ])
    assert any("区旗" in s for s in suggestions(rules, "交流周开幕式上升起了五星红旗和澳门国旗。"))


def test_chinese_missions_in_hong_kong_and_macao(rules):
    check(rules, [
        "在香港丢失证件，可以联系中国驻香港总领事馆补办。",
        "我国驻澳门领事馆提醒游客注意台风天气。",
        "中华人民共和国驻香港特别行政区大使馆将举办国庆招待会。",
        "游客可前往香港的中国领事馆咨询签证事宜。",
        "中国在澳门设立的领事馆负责为内地居民提供协助。",
        "香港驻北京领事馆为港人提供协助。",
        "澳门特区驻葡萄牙大使馆举办了招待会。",
    ], [
        "香港特别行政区政府驻北京办事处为在京港人提供协助。",
        "香港驻布鲁塞尔经济贸易办事处举办了推介会。",
        "在香港遇到困难，可联系外交部驻香港特别行政区特派员公署。",
        "美国驻香港总领事馆今天发布了签证预约通知。",
        "中国驻澳大使肖千出席了在悉尼举行的招待会。",
        "各国驻港领事馆的外交官参观了故宫文化博物馆。",
        "日本驻澳门领事馆已并入驻香港总领事馆。",
    ])


def test_residents_of_the_regions_crossing_into_china(rules):
    check(rules, [
        "港人入境中国须持有效的回乡证。",
        "澳门回归以来，澳人回中国探亲的人数明显增多。",
        "港青到中国创业可以申请多项补贴。",
        "港商进入中国投资的意愿持续回升。",
        "台生来中国求学的人数逐年上升。",
        "1950年，他离开中国前往香港谋生。",
        "上世纪八十年代，她离开中国移居澳门。",
    ], [
        "1950年，他离开内地前往香港谋生。",
        "上世纪八十年代，她离开中国大陆移居台湾。",
        "港人来往内地可凭港澳居民来往内地通行证。",
        "海港人员进入中国境内须接受检疫。",
        "港青到内地创业可以申请多项补贴。",
        "外国游客经香港入境内地可享受144小时过境免签。",
        "澳企进入中国市场的步伐加快，澳大利亚葡萄酒销量回升。",
        "澳商来中国投资的热情不减。",
    ])


def test_residents_passports_to_the_mainland(rules):
    check(rules, [
        "香港居民持特区护照来内地旅游需要提前办理签证。",
        "台湾同胞凭台湾护照入境大陆即可入住酒店。",
        "澳门居民可以使用澳门护照往来内地。",
    ], [
        "港澳居民来往内地须持回乡证，不能使用护照入境内地。",
        "香港居民出国旅游持香港特区护照，来往内地持回乡证。",
        "内地居民办理护照和往来港澳通行证可在任一窗口申请。",
    ])


def test_mainland_residents_documents_for_the_regions_called_passport_or_visa(rules):
    check(rules, [
        "春节去香港旅游，记得提前办理港澳签证。",
        "内地居民赴澳门旅游须办理护照。",
        "大陆居民前往台湾需要办理签证。",
        "本周末可集中办理赴港护照。",
    ], [
        "外国人赴港须持有效护照和签证。",
        "内地居民赴港澳请办理往来港澳通行证及签注，不需要护照。",
        "赴港澳签注可在自助机办理。",
        "市民办理护照、港澳通行证请提前预约。",
    ])
    assert "签注" in suggestions(rules, "春节去香港旅游，记得提前办理港澳签证。")


def test_a_border_across_the_strait_or_with_the_regions(rules):
    check(rules, [
        "台胞经两岸边境口岸往返，请携带台胞证。",
        "海峡两岸之间的国境线并不存在于任何地图上。",
        "大陆与台湾的边界在台湾海峡中线附近。",
        "内地与香港边境的管理线附近禁止无人机飞行。",
        "澳门与内地之间的边境口岸今天客流创新高。",
        "金门与厦门之间的边境海域今天举行了联合救援演练。",
        "马祖和福州之间的国界线是一条看不见的线。",
        "台湾海峡上的国境线是冷战的产物。",
        "两岸领土争端由来已久。",
    ], [
        "金门与厦门之间的航线今天恢复运营。",
        "台湾与菲律宾之间的海上边界尚未划定。",
        "中印边界争端须通过谈判解决。",
        "内地与香港之间的口岸今天出入境客流创新高。",
        "两岸往来日益密切，对台口岸通关便利化水平不断提升。",
        "中越边境口岸今年进出口货物明显增长。",
        "港珠澳大桥珠海公路口岸出入境旅客突破千万人次。",
    ])


def test_the_taiwan_authorities_own_terms(rules):
    check(rules, [
        "台澎金马地区居民在本市就业可享受同等待遇。",
        "来自台澎金马的青年参加了夏令营。",
        "根据中华民国自由地区的规定，他需要服兵役。",
        "台湾当局至今沿用中华民国宪法。",
        "现行的中华民国宪法规定了台湾地区的选举制度。",
        "这位台胞持有中华民国身份证。",
        "赖清德自称中华民国元首，岛内舆论哗然。",
    ], [
        "台湾以“台澎金马单独关税区”名义加入世界贸易组织。",
        "1946年，国民政府召开“制宪国大”，通过了中华民国宪法。",
        "1912年中华民国成立后，济南商埠区迎来建设高峰。",
        "1928年，中华民国政府定都南京。",
        "1948年，中华民国政府仍在南京办公。",
        "台湾地区现行“宪法”的有关规定不能改变两岸同属一个中国的事实。",
        "1947年，中华民国宪法正式施行，国民政府随后改组。",
    ])


def test_national_organs_and_the_head_of_state_under_wrong_names(rules):
    check(rules, [
        "中国政协主席王沪宁出席座谈会。",
        "中国政协委员张先生提交了一份提案。",
        "中国人大委员长赵乐际会见外宾。",
        "中国人大代表在两会期间审议政府工作报告。",
        "中国军委主席签署命令，发布新修订的条令。",
        "最高领袖习近平出席亚太经合组织领导人非正式会议。",
        "中国最高领袖将出席峰会。",
        "中国纪委书记李希出席会议。",
        "中国监委主任刘金国作报告。",
        "中国政法委书记陈文清出席会议。",
    ], [
        "全国政协主席王沪宁出席座谈会。",
        "《中国政协》杂志刊发了专题报道。",
        "登录中国人大网可以查询法律草案。",
        "中国政协文史馆举办书画展。",
        "国家主席习近平出席亚太经合组织领导人非正式会议。",
        "伊朗最高领袖哈梅内伊发表讲话。",
        "中央军委主席习近平签署命令。",
        "中央纪委书记李希出席会议。",
        "国家监委主任刘金国作报告。",
    ])
    assert "全国政协主席王沪宁" in suggestions(rules, "中国政协主席王沪宁出席座谈会。")


def test_a_regions_own_flag_after_its_level_character_is_no_typo(rules):
    for text in ("澳门特别行政区区旗和国旗同时升起，全场响起热烈掌声。",
                 "香港特别行政区区徽由紫荆花图案组成。",
                 "广西壮族自治区区旗并不存在，这是网友的误会。"):
        assert "typo" not in classes(rules, text), text
        assert not political(rules, text), text
