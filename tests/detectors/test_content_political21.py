"""Political wording, twenty-first session (content-political21; checklist 388–393): the English chart names of the
South China Sea features in any Chinese transliteration and given as a feature's "English name", a foreign name listed
among "our" islands, 藏南 places written in a region or town of India, the Japanese army's names of its incidents and
operations (奉天事变, 攻略战, X作战) and 进入 for the capture of a city, the titles of congresses', procuratorates' and
courts' heads (人大主任, 检察总长), and the 2015 cross-strait meeting called a summit.

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
forms in other words and places, and with hard negatives that use the same words correctly.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_political_territory import foreign_names
from tests.detectors.content_case import check, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_english_chart_names_in_any_transliteration(rules):
    check(rules, [
        "西沙的特里同岛附近海域今天有大风。",
        "渔政船在科莫多尔礁一带巡航。",
        "渔民在夸特隆礁附近捕鱼。",
        "我们在埃里卡礁开展珊瑚调查。",
        "南沙的伊图阿帕岛上有淡水井。",
    ], [
        "印尼科莫多岛上的科莫多巨蜥吸引了很多游客。",  # Komodo is an island of Indonesia, not Commodore Reef
        "得克萨斯州达拉斯礁石公园开放。",  # 礁石 is a rock
        "特里同是希腊神话里的海神。",
        "司令礁附近海域今天风浪较大。",
    ])
    assert "华阳礁" in suggestions(rules, "渔民在库阿特隆礁附近捕鱼。")


def test_english_name_given_as_the_features_own(rules):
    check(rules, [
        "西沙的中建岛，英文名特里同岛，是一座珊瑚岛。",
        "美济礁（英文名称米斯奇夫礁）位于南沙群岛东部。",
        "永暑礁，它的英文名叫火十字礁，建有海洋观测站。",
    ], [
        "中建岛，英国海图旧称特里同岛，现已统一使用标准地名。",  # named as the old chart name
        "美济礁，菲律宾称之为“米斯奇夫礁”，是我国南沙群岛的岛礁。",
        "美济礁的英文名是Meiji Jiao，按汉语拼音拼写。",  # the pinyin name is China's English name
    ])


def test_foreign_name_listed_among_our_islands(rules):
    check(rules, [
        "科考队走遍了我国西沙群岛，包括帕特尔岛、邓肯岛等岛屿。",
        "我国南沙群岛中的伊图阿巴岛面积最大。",
    ], [
        "菲律宾所称的帕格阿萨岛，即我国中业岛。",  # the foreign name with the feature's own standard name
        "科考队走遍了我国西沙群岛，包括珊瑚岛、琛航岛等岛屿。",
    ])


def test_every_english_zh_row_is_read_as_an_english_name(rules):
    rows = [n for n in foreign_names() if n.kind == "zh" and n.side == "英文旧称" and n.standard.endswith(("礁", "岛", "滩"))]
    assert len(rows) > 20
    for n in rows:
        assert political(rules, f"南海的{n.standard}，英文名{n.name}，是我国的岛礁。"), n
        assert not political(rules, f"南海的{n.standard}，英文旧称“{n.name}”，是我国的岛礁。"), n


def test_zangnan_place_in_a_region_or_town_of_india(rules):
    check(rules, [
        "他年轻时在印度东北部的邦迪拉做过生意。",
        "纪录片拍摄了印度东北地区的瓦弄。",
        "印度边境小镇达旺吸引了不少游客。",
        "这支登山队从印度北部的阿克赛钦出发。",
        "菲律宾西部的仁爱礁附近出现多艘渔船。",
    ], [
        "中印边境东段的邦迪拉是我国藏南地区的一部分。",
        "印度声称达旺归其所有，中方坚决反对。",
        "印度东北部的阿萨姆邦盛产红茶。",
        "菲律宾北部的吕宋岛遭遇台风。",
        "1962年，我军在克节朗、西山口一带作战。",
    ])


def test_japanese_names_of_incidents_and_operations(rules):
    check(rules, [
        "九十五年前的奉天事变，是日本侵华的开端。",
        "1938年春，日军发动徐州作战，我军在台儿庄迎敌。",
        "1944年日军的大陆打通作战使豫湘桂大片国土沦陷。",
        "这位老兵参加过1937年的南京攻略战。",
        "武汉攻略战结束后，日军的战略进攻走到了尽头。",
    ], [
        "九一八事变是日本侵华的开端。",
        "日军所谓“南京攻略战”，就是我国的南京保卫战。",
        "南京攻略：冬季十个必去景点。",
        "长沙作战指挥中心正式启用。",
        "1938年，八路军在太原作战，牵制了大批日军。",  # 在 + place + 作战: to fight there
        "1944年，他奉命赴衡阳作战。",
        "徐州会战中，我军在台儿庄取得大捷。",
    ])
    assert "九一八事变" in suggestions(rules, "奉天事变后，东北三省相继沦陷。")
    assert "南京保卫战" in suggestions(rules, "1937年的南京攻略战中，守城将士英勇牺牲。")


def test_invaders_entering_a_city(rules):
    check(rules, [
        "1938年10月，日军进入武汉，随即开始烧杀抢掠。",
        "1937年11月，侵华日军开进太原城，城中百姓四散逃难。",
    ], [
        "1938年10月，侵华日军攻占武汉，随即开始烧杀抢掠。",
        "1937年，大批难民进入南京城避难。",
        "今年美日军队进入南海举行联合演习。",
        "日本教科书把侵略说成“进入”，篡改历史。",
    ])


def test_heads_of_congresses_procuratorates_and_courts(rules):
    check(rules, [
        "市人大主任一行到我区调研。",
        "自治区人大副主任出席开幕式。",
        "最高检检察总长近日到基层调研。",
        "省人民检察院检事总长带队检查。",
        "最高法长官出席会议并讲话。",
        "江苏省知事会见了代表团。",
        "省监委主席到市里调研。",
    ], [
        "日本爱知县知事会见了代表团。",
        "省监委主任到市里调研。",
        "国家监察委员会主任出席会议。",
        "市人大常委会主任一行到我区调研。",
        "区人大办主任参加座谈。",
        "省人大法制委主任委员作说明。",
        "乡人大主席主持会议。",
        "最高人民检察院检察长、首席大检察官作工作报告。",
        "台湾“最高检察署”检察总长对此表示。",
        "香港特区终审法院首席法官出席法律年度开启典礼。",
    ])
    assert political(rules, "县人大主任到乡镇检查工作。") == ["县人大主任"]


def test_cross_strait_meeting_not_a_summit(rules):
    check(rules, [
        "十年前的两岸首脑会谈在新加坡举行。",
        "2015年两岸峰会上，习近平与马英九握手。",
    ], [
        "2015年两岸领导人在新加坡会面。",
        "第十届海峡两岸经贸峰会在厦门开幕。",
        "两岸青年峰会吸引了三百名青年。",
        "中美元首在旧金山会晤。",
    ])
