"""Political wording, twenty-second session (``detectors/content_political_wording.py``; the Ryukyu island groups and the
border phrase of ``content_political_territory``; Taiwan's short ministers' titles in ``content_political_lists``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has positives in
several forms and hard negatives: the right wording, the old name named as old, history before the change, and words
that merely contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_hong_kong_and_macao_returned_to_china(rules):
    check(rules, [
        "香港、澳门先后回归中国，一国两制实践举世瞩目。",
        "港澳顺利回归中国以来，经济持续发展。",
        "社区举办“香港和澳门回归中国”知识竞赛。",
        "澳门特区回到中国已经二十多年。",
    ], [
        "香港、澳门先后回归祖国，一国两制实践举世瞩目。",
        "港澳回归祖国以来，与内地交流日益密切。",
        "不能说“港澳回归中国”，应说港澳回归祖国。",
        "1945年台湾回归中国，台湾同胞欢欣鼓舞。",          # Taiwan's return of 1945 is not read
        "香港青年回到中国内地创业的越来越多。",              # HK youth coming to the mainland: another rule's field
    ])


def test_old_names_of_peoples_places_and_buddhism(rules):
    check(rules, [
        "山寨里的倮黑同胞喜迎新年。",
        "猺族群众身着盛装欢度盘王节。",
        "村里的獞人世代种植水稻。",
        "犵狫村寨举办吃新节。",
        "仲家人的蜡染远近闻名。",
        "窝尼梯田层层叠叠。",
        "迪化的冬天很冷，市民在室内滑冰。",
        "景区内有一座小乘佛教寺院。",
        "傣族群众信仰小乘佛教。",
    ], [
        "拉祜族旧称倮黑，新中国成立后正式定名。",
        "瑶族群众身着盛装欢度盘王节。",
        "景区内有一座南传上座部佛教寺院。",
        "这么些年来，村里变化很大。",
        "迪化街是台北的一条老街。",
        "启迪化学课堂的创新思维。",
        "镇南关大捷是中法战争中的重要胜利。",
        "书僮人物形象栩栩如生。",
        "佛教有大乘与小乘之分，这是学术史上的说法。",
    ])


def test_fixed_statements_with_their_halves_swapped(rules):
    check(rules, [
        "各村要把金山银山就是绿水青山写进村规民约。",
        "我们宁要金山银山，不要绿水青山吗？",
        "金山银山也是冰天雪地，冰雪经济大有可为。",
        "保护生产力就是保护生态环境。",
    ], [
        "各村要把绿水青山就是金山银山写进村规民约。",
        "既要绿水青山，也要金山银山。",
        "冰天雪地也是金山银山。",
        "江山就是人民，人民就是江山。",                        # the statement runs both ways
        "绿水青山和金山银山是辩证统一的。",
    ])


def test_former_capital_named_as_the_capital(rules):
    check(rules, [
        "商会组团考察缅甸首都仰光的农产品市场。",
        "尼日利亚首都拉各斯是西非最大城市。",
        "这批货物将运往哈萨克斯坦首都阿拉木图。",
        "巴西的首都是里约热内卢。",
        "代表团访问了坦桑尼亚首都达累斯萨拉姆。",
        "土耳其首都伊斯坦布尔的文化交流活动开幕。",
    ], [
        "商会组团考察缅甸最大城市仰光的农产品市场。",
        "缅甸首都内比都。",
        "1990年，缅甸首都仰光举行了大选。",                    # before the move
        "巴西原首都里约热内卢以狂欢节闻名。",
        "西德首都波恩是一座小城。",                              # West Germany's capital is history
        "印度尼西亚首都雅加达的交通改善项目开工。",              # the move to Nusantara is pending
    ])


def test_peak_named_only_by_the_neighbours_name_on_the_border(rules):
    check(rules, [
        "科考队员讲述了攀登萨加玛塔峰的经历，这座山峰是中尼边界上的界山。",
        "萨加玛塔峰北坡的冰川正在退缩，日喀则科考站持续监测。",
    ], [
        "科考队员讲述了攀登珠穆朗玛峰的经历，这座山峰是中尼边界上的界山。",
        "登山者从尼泊尔一侧攀登萨加玛塔峰。",                  # the neighbour's side: its own name
    ])


def test_chinese_islands_placed_in_a_japanese_island_group(rules):
    check(rules, [
        "海洋科普展介绍了琉球诸岛所辖的钓鱼岛。",
        "西南诸岛的赤尾屿附近发现鲣鱼群。",
        "先岛群岛所辖的黄尾屿风景秀丽。",
    ], [
        "钓鱼岛及其附属岛屿是台湾的附属岛屿，不属于琉球群岛。",
        "琉球群岛的风光吸引了大批游客。",
        "我国西南地区的山地旅游火热。",
    ])


def test_taiwan_officials_with_short_state_titles(rules):
    check(rules, [
        "短视频标题“外长林佳龙宣布断交”为编造内容。",           # a quoted rumour repeats the title
        "有帖子称外长林佳龙将出访，纯属捏造。",                  # no word of Taiwan: the name and the title suffice
        "岛内舆论批评经长郭智辉的能源政策。",
    ], [
        "所谓“外长”林佳龙的言论遭到批评。",
        "台湾地区外事部门负责人林佳龙的言论遭到批评。",
        "“防长”顾立雄的说法不值一驳。",                         # the title alone quoted
        "美国财长出席了会议。",                                   # another state's minister
    ])
