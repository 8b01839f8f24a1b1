"""Political wording, seventh round: territory, sovereignty and names (``detectors/content_political_territory.py``;
checklist items 151–159, ``detectors/lexicons/POLITICAL_CHECKLIST.md``).

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
paraphrases — other transliterations, word order, an inserted word, traditional characters, spaces — and with hard
negatives: the other side's name reported as theirs, quotation marks, 所谓, the right wording, lookalike words.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_political_territory import _latin_key, _pinyin_keys, _sound_match, foreign_names
from tests.detectors.content_case import check


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


# ---- 151 other sides' names of Chinese territory --------------------------------------------------------------

def test_transliterations_are_read_by_their_sound():
    # the same Filipino name in the transliterations different writers choose
    for zh in ("潘加尼班", "帕那尼班", "潘嘉尼班"):
        assert _latin_key("panganiban") in _pinyin_keys(zh), zh
    for zh in ("班加尼班", "帕纳尼邦", "帕那尼班"):  # near enough: one sound off
        found = _sound_match(zh)
        assert found is not None and found[1].standard == "美济礁", zh
    assert _sound_match("崇明") is None and _sound_match("海南") is None
    assert _latin_key("ayungin") in _pinyin_keys("阿云金")
    assert _latin_key("masinlok") in _pinyin_keys("马辛洛克")


def test_philippine_names_of_nansha_and_huangyan_features(rules):
    check(rules, [
        "我市船员在南海帕那尼班礁附近作业时突发疾病。",
        "菲律宾海警船在潘加尼班礁附近滋扰我渔船。",
        "菲律宾船只在萨比纳浅滩附近海域非法滞留。",
        "菲船在帕那尼班礁附近挑衅，我海警依法处置。",
        "海警船在帕 那 尼 班礁附近执法。",
        "渔船在阿云金浅滩附近作业。",
        "渔船在阿雲金礁附近作業。",
        "菲律宾在帕格阿萨岛修建跑道。",
        "船只在埃斯科达浅滩聚集。",
        "中国海警在胡利安·费利佩礁附近巡航。",
        "渔民在马辛洛克浅滩附近捕鱼。",
        "卡拉延群岛附近海域天气预报。",
        "Ayungin Shoal 附近海况良好。",
        "渔船在西菲律宾海作业。",
    ], [
        "仁爱礁（菲方称阿云金礁）位于南沙群岛。",
        "黄岩岛，菲律宾称之为马辛洛克浅滩。",
        "所谓“帕那尼班礁”就是我国美济礁。",
        "菲方所谓的埃斯科达浅滩即我国仙宾礁。",
        "“卡拉延群岛”是菲方非法设立的所谓行政单位。",
        "青岛、海南岛、崇明岛旅游线路推介。",
        "南麂岛、涠洲岛都是美丽的海岛。",
    ])


def test_vietnamese_malaysian_japanese_and_indian_names(rules):
    check(rules, [
        "越南渔船在长沙群岛附近作业。",
        "黄沙群岛附近海域出现台风。",
        "南海富林岛上的机场。",
        "日本海上保安厅船只在尖阁群岛周边巡逻。",
        "尖閣諸島附近海域。",
        "冲绳县的鱼钓岛。",
        "阿鲁纳恰尔邦举行选举。",
        "马来西亚拉央拉央岛潜水之旅。",
        "Hoàng Sa 群岛天气。",
    ], [
        "日本人把钓鱼岛称为尖阁诸岛，这是错误的。",
        "“尖阁诸岛”是日方的叫法。",
        "长沙县政府召开会议。",
        "生存岛真人秀节目开播。",
        "印方所谓的“阿鲁纳恰尔邦”是我国藏南地区。",
    ])


def test_english_chart_names(rules):
    check(rules, ["渔船在斯卡伯勒浅滩附近作业。", "帕拉塞尔群岛附近海域。", "Scarborough Shoal 附近海况。",
                  "第二托马斯浅滩补给。"],
          ["英国斯卡伯勒镇举办音乐节。", "Scarborough Fair 是一首英国民谣。"])


def test_data_file_is_well_formed():
    names = foreign_names()
    assert len(names) >= 80
    assert {n.kind for n in names} == {"sound", "latin", "zh"}
    assert {n.feature for n in names} <= {"y", "c", "n", "s"}
    assert all(n.standard for n in names)


# ---- 152 Chinese territory framed as disputed -----------------------------------------------------------------

def test_territory_called_disputed(rules):
    check(rules, [
        "展出了钓鱼岛等争议岛屿的历史资料。",
        "有争议的钓鱼岛引发关注。",
        "南沙群岛主权存在争议。",
        "藏南这一争议地区。",
        "钓鱼岛的归属至今未定。",
        "釣魚島等爭議島嶼。",
    ], [
        "钓鱼岛及其附属岛屿是中国固有领土，不存在争议。",
        "中方对南沙群岛拥有无可争辩的主权。",
        "日方企图把钓鱼岛变成争议岛屿。",
        "南海有关争议应由直接当事方协商解决。",
    ])


# ---- 153 the Strait's "median line" -------------------------------------------------------------------------

def test_median_line_as_a_real_line(rules):
    check(rules, [
        "越过台海中间线的解放军战机。",
        "解放军军机越过海峡中线。",
        "台湾海峡中线附近有渔船作业。",
        "解放軍戰機越過台海 中間線。",
        "战机多次飞越中线，展示决心。",
    ], [
        "解放军战机越过所谓“海峡中线”。",
        "根本不存在所谓海峡中线。",
        "海峽中線是臺當局自行劃設的。",
        "台湾当局炒作“中间线”。",
        "马路中间线要清晰。",
        "南水北调中线工程通水。",
        "足球越过中线后被断。",
    ])


# ---- 154 Hong Kong, Macao or Taiwan inside a list of countries ------------------------------------------------

def test_hong_kong_macao_taiwan_among_countries(rules):
    check(rules, [
        "入境游客主要来自香港、日本等国。",
        "产品远销美国、台湾、新加坡等20多个国家。",
        "据菲律宾、日本、澳门等国家统计。",
        "包括香港在内的十多个国家参加。",
        "新加坡、香港等亚洲国家游客增多。",
        "遊客來自香港、韓國等國。",
    ], [
        "产品远销美国、台湾、新加坡等20多个国家和地区。",
        "游客来自日本、韩国等国家和香港地区。",
        "入境游客来自日本、韩国等国家以及香港、澳门地区。",
        "美国、日本、韩国等国游客增多。",
    ])


# ---- 155 "from China" said to Hong Kong or Macao ----------------------------------------------------------

def test_from_china_said_to_hong_kong_or_macao(rules):
    check(rules, [
        "香港第二次迎接来自中国的大熊猫。",
        "今年來自中國的遊客在澳門消費增長。",
        "中国赠送给香港的大熊猫。",
        "澳门从中国运来的蔬菜供应充足。",
    ], [
        "香港迎来来自中国内地的大熊猫。",
        "中央政府赠送给香港的大熊猫。",
        "来自中国、美国、日本的选手在香港同场竞技。",
        "来自中国香港的选手表现出色。",
        "香港居民从中国内地购买商品。",
    ])


# ---- 156–158 ethnic-region and separatist names -------------------------------------------------------------

def test_tibetan_area_after_a_region_name(rules):
    check(rules, ["川西藏区冬春季防火部署会召开。", "滇西北藏区旅游发展。", "川西 藏区牧民定居。", "川西藏區防火。"],
          ["西藏区域经济发展。", "四川涉藏地区防火。", "川西涉藏州县防火。"])


def test_east_turkestan_movement_needs_quotes(rules):
    check(rules, ["严厉打击东突恐怖势力。", "东突分子在境外活动。"],
          ["严厉打击“东突”恐怖势力。", "部队向东突破敌军防线。", "东突厥斯坦伊斯兰运动即“东伊运”。"])


def test_old_insulting_names(rules):
    check(rules, ["回子们来了。", "他管人家叫番子。"], ["那回子事我记得。", "这回子可好了。", "明代东厂的番子四处侦缉。"])


# ---- 159 Taiwan presented as a state ------------------------------------------------------------------------

def test_taiwan_flag_and_state_to_state_relations(rules):
    check(rules, ["岛内民众挥舞青天白日满地红旗。", "两岸是国与国的关系。", "兩岸屬於特殊的國與國關係。", "集会现场青天白日旗飘扬。"],
          ["1945 年抗战胜利，城头升起青天白日满地红旗。", "两岸关系不是国与国关系。", "李登辉抛出所谓“两国论”，称两岸是国与国关系。",
           "所谓青天白日旗只是台湾地区的旗帜。"])
