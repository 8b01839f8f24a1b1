"""错敏字, sixth round: rule families written from the official sources (``detectors/content_political.py``,
``third_round_hits``), the national titles that anchor every leader's name and the titles of the Five-Year-Plan
proposals and plenum documents (``lexicons/formal_terms.txt``, ``lexicons/leaders.txt``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has positive
sentences and hard negatives: the correct form, the wording quoted, reported or rejected, history, and words that
merely contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_political import roc_year


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def political(rules, text):
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == "political"]


def typos(rules, text):
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == "typo"]


def check(rules, positives, negatives, found=political):
    for text in positives:
        assert found(rules, text), text
    for text in negatives:
        assert found(rules, text) == [], (text, found(rules, text))


# ---- colonial and foreign names of China's land and seas -----------------------------------------------------

def test_shina_in_every_compound(rules):
    check(rules, [
        "渔船在东支那海捕捞带鱼。",
        "台风进入南支那海后加强。",
        "一本旧书里把中国写作支那。",
    ], [
        "日本右翼把中国人称为支那人，这是侮辱性的蔑称。",  # reported as an insult
        "印度支那半岛上的湄公河流经五国。",               # Indochina
        "法国殖民者曾在交趾支那设立总督。",               # Cochinchina, in Vietnam
        "这支那么年轻的队伍屡获殊荣。",                   # measure word 支 + 那么
        "一支那样的钢笔要价不菲。",
        "收支那边还需要再核对。",
        "渔船在东海捕捞带鱼。",
    ])


def test_diaoyutai_for_diaoyu_island(rules):
    check(rules, [
        "钓鱼台岛自古就是中国的领土。",
        "海警船在钓鱼台附近海域巡航，日本船只被驱离。",
    ], [
        "钓鱼岛及其附属岛屿是中国的固有领土。",
        "会谈在钓鱼台国宾馆举行，双方谈到东海局势。",   # the Beijing state guesthouse
        "周末游客去钓鱼台景区赏银杏。",
        "台湾方面称之为“钓鱼台”，标准名称是钓鱼岛。",     # reported as a name, in quotation marks
    ])


def test_separatist_names_of_chinese_regions(rules):
    check(rules, ["这个网站介绍南蒙古的草原风光。", "展板上写着维吾尔斯坦的字样。"], [
        "境外分裂势力炮制所谓“南蒙古”问题。",
        "内蒙古自治区成立于1947年。",
    ])


# ---- Taiwan's authorities named as a state's ------------------------------------------------------------------

def test_taiwan_bodies_current_and_former_names(rules):
    check(rules, [
        "台湾农委会公布了今年的稻米产量。",
        "台湾环保署发布空气质量报告。",
        "台湾地区卫福部发布流感预警。",
        "立法院今天审议预算，岛内舆论哗然。",          # bare: only Taiwan's authorities have a 立法院
        "陆委会发言人就两岸交流发表谈话。",
    ], [
        "台湾地区农业主管部门发布的数据显示两岸贸易增长。",   # the guidance's own form
        "台湾“行政院”今天开会。",                             # in quotation marks
        "1947年国民政府立法院通过宪法草案。",                 # the Republic of China before 1949
        "市农委会组织农技专家赴台湾交流。",                   # a mainland city's body
        "香港卫生署与台湾地区卫生主管部门交流防疫经验。",     # Hong Kong's department of health
    ])


def test_taiwan_leader_surname_with_president(rules):
    check(rules, [
        "赖总统的“新两国论”遭到岛内舆论批评。",
        "马总统任内两岸签署了经济合作框架协议。",
    ], [
        "巴拿马总统会见中国企业代表。",                 # a country's name ends in 马
        "韩国李总统访问日本。",                         # another state's president
        "台湾地区领导人赖清德抛出“新两国论”。",
    ])


def test_roc_calendar_after_1949_in_any_numeral_form(rules):
    assert roc_year("一一五") == 115
    assert roc_year("一百一十五") == 115
    assert roc_year("三十八") == 38
    assert roc_year("115") == 115
    assert roc_year("一百零五") == 105
    check(rules, [
        "民国一一五年出产的台湾乌龙茶。",
        "包装上印着民国一百一十五年。",
        "民国115年的台湾米酒。",
    ], [
        "民国三十八年国民党败退台湾。",                 # 1949
        "台湾地区仍使用民国纪年，民国一一五年即2026年。",  # explains the calendar
        "标签上的“民国115年”应写作2026年。",           # quoted
    ])


def test_double_ten_as_national_day(rules):
    check(rules, ["台湾双十国庆期间有烟火表演。", "中华民国国庆当天岛内放假。"], [
        "台湾当局举办所谓“双十”庆典。",
        "1911年10月10日武昌起义爆发，后来这一天被称为双十节国庆。",   # history of 1911
    ])


# ---- the mainland set against Hong Kong, Macao or Taiwan as another country ----------------------------------

def test_domestic_set_against_hong_kong_macao_taiwan(rules):
    check(rules, ["香港与国内的物价差异不小。", "国内和澳门的医保政策不同。"], [
        "欢迎港澳台及国内外客商参会。",             # 国内外
        "内地与香港合作不断深化。",
        "台湾和国内其他省份一样是中国的一部分。",
    ])


def test_chinese_people_set_against_hong_kong_people(rules):
    check(rules, [
        "中国人与香港人的生活习惯不同。",
        "这被称为“中国人民与澳门同胞”的友谊。",   # quotation marks do not mend the juxtaposition
    ], [
        "“中国人民与香港同胞”的说法是错误的，香港同胞就是中国人民。",
        "香港同胞与内地同胞共庆回归祖国。",
    ])


def test_mainland_bodies_with_china_prefix(rules):
    check(rules, ["中国国台办发言人回答记者提问。", "中共海协会会长会见台湾客人。"], [
        "国台办发言人回答记者提问。",
        "海协会与海基会恢复商谈。",
    ])


def test_taiwan_authorities_1949_narrative(rules):
    check(rules, [
        "1949年大陆沦陷后，大批军政人员去了台湾。",
        "书中写道：“政府迁台以后，经济逐步恢复。”",   # a quoted sentence reproduces the wording
    ], [
        "蒋介石集团叫嚣反攻大陆，终成泡影。",          # rejected
        "台湾当局曾提出“反攻大陆”口号。",              # the term itself in quotation marks
        "1949年10月1日，中华人民共和国成立。",
    ])


# ---- honorifics of separatist figures -------------------------------------------------------------------------

def test_dalai_honorifics(rules):
    check(rules, [
        "有网友转发达赖喇嘛法王的语录。",
        "视频里称达赖尊者为和平使者。",
        "藏人行政中央发布了声明。",
    ], [
        "揭穿所谓“尊者”达赖的伪善面目。",
        "十四世达赖长期从事分裂祖国的活动。",
        "所谓“藏人行政中央”毫无合法性。",
    ])


# ---- typo: leaders anchored by any national title; titles of the plan proposals ------------------------------

def test_national_title_anchors_every_leaders_name(rules):
    check(rules, [
        "全国政协副主席谌贻芹到企业调研。",           # a listed leader's name beside a national office
        "全国人大常委会副委员长铁宁出席开幕式。",
        "国务委员王小红出席会议。",
    ], [
        "国务委员谌贻琴出席会议。",
        "市政协副主席王永出席会议。",                 # a local office: any name may follow
        "县政协副主席周强主持会议。",
    ], found=typos)


def test_plan_proposal_and_plenum_document_titles(rules):
    check(rules, [
        "深入学习“十五五”规划建意。",
        "认真学习十五五规划建仪。",
        "学习《中共中央关于制定国民经济和社会发展第十五个五年规划的建意》。",
    ], [
        "深入学习“十五五”规划建议。",
        "推进城市规划建设。",
        "全市规划建设管理工作会议召开。",
        "规划建成后将新增绿地。",
    ], found=typos)


def test_false_panchen_and_separatist_slogans(rules):
    check(rules, [
        "班禅根敦确吉尼玛的照片在网上流传。",
        "有人在街头高喊光复香港的口号。",
        "海外网站称热比娅为维吾尔之母。",
    ], [
        "十一世班禅额尔德尼·确吉杰布在日喀则主持法会。",
        "法院裁定“光复香港，时代革命”口号具有分裂国家的含义。",   # quoted and judged
        "人工智能带来一场时代革命。",                               # ordinary words
        "热比娅自封维吾尔之母，到处散布谎言。",                     # rejected
    ])


def test_a_sector_of_taiwan_is_no_body(rules):
    """台湾地区农业部门 is the prescribed wording (a sector, not a body): the old 机构 rule read 农业部 in it."""
    check(rules, ["台湾农业部昨天宣布调整进口规定。"],
          ["台湾地区农业部门近日发布病虫害预警。", "台湾地区教育部门和交通部门的有关人士参加了交流。", "台湾地区财政部分预算遭到削减。"])
