"""Political wording, twelfth round: the Party's canonical formulations (guiding ideologies' names and order, the two
核心 phrases, the verb of each slogan, 以习近平同志为核心的党中央) and history in the Kuomintang's, the dynasties' and the
colonisers' words (``detectors/content_political_canon.py``; the orders in ``lexicons/ordered_formulas.txt``;
checklist items 220–231).

Every sentence here was written for these tests (none is taken from an evaluation part); the frames differ from the
ones of ``bench/political_coverage.py`` families 14 and 15. Hard negatives: the right wordings, the terms named as
someone else's (称为, 所谓, quoted as a word, a title in 《》), the Japanese occupation's 沦陷, the PLA's 剿匪 of
bandits, 蒋公子 and a company's 蒋总裁, 失守 of a Kuomintang line, and a long quoted speech without the wrong word.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_political_canon import canon_hits
from detectors.textnorm import fold
from tests.detectors.content_case import check


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def found(rules, text, cls="political"):
    return [(text[h.start:h.end], h.suggestion) for h in _hits(text, rules, year=2026) if h.cls == cls]


def test_guiding_ideologies_under_another_kinds_name(rules):
    check(rules, [
        "局党组理论学习中心组集中学习了“三个代表”重要理论。",
        "我们党始终坚持三个代表思想和科学发展观。",
        "会议强调，要把科学发展理论贯穿工作全过程。",
        "深入学习邓小平重要思想。",
        "用习近平新时代中国特色社会主义重要思想武装头脑。",
        "學習“三個代表”重要理論。",  # traditional characters
        "科学发展思想是党的重要指导思想。",
        "学习邓小平理论、“三个代表”重要思想和科学发展思想。",
    ], [
        "研究邓小平的科学发展思想。",  # a subject of study, not the ideology's name
        "坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想。",
        "中国特色社会主义理论体系是党的理论创新成果。",
        "有人把它错误地称为“三个代表”重要理论。",
        "推动可持续发展与科学发展理念深度融合。",
        "毛泽东思想概论课程开课。",
    ])
    assert found(rules, "全面贯彻“三个代表”重要理论。")[0][1] == "“三个代表”重要思想"


def test_guiding_ideologies_in_the_party_constitutions_order(rules):
    check(rules, [
        "全体党员要以毛泽东思想、马克思列宁主义为指导。",
        "坚持邓小平理论、毛泽东思想，坚持“三个代表”重要思想。",
        "以科学发展观、“三个代表”重要思想为指导。",
    ], [
        "以马克思列宁主义、毛泽东思想、邓小平理论为指导。",
        "以“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。",
        "毛泽东思想是马克思列宁主义在中国的运用和发展。",  # two names in prose, not one enumeration
    ])


def test_the_two_core_phrases_in_their_order(rules):
    check(rules, [
        "习近平同志是全党的核心、党中央的核心。",
        "确立习近平同志全党的核心、党中央的核心地位。",
    ], [
        "确立习近平同志党中央的核心、全党的核心地位。",
        "维护习近平总书记党中央的核心、全党的核心地位。",
    ])


def test_a_slogan_with_another_slogans_verb(rules):
    check(rules, [
        "全体干部职工要坚决做到“两个确立”。",
        "坚定拥护“两个维护”，坚决做到“两个确立”。",
        "党员干部要坚定“四个意识”。",
        "教育引导党员做到“四个自信”。",
        "要增强“两个确立”，树牢“四个自信”。",
        "深刻领悟“两个维护”的决定性意义。",
        "全体党员要坚决做到 “两个确立”。",  # a space
    ], [
        "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
        "坚定拥护“两个确立”、坚决做到“两个维护”。",
        "树牢“四个意识”，坚定“四个自信”，坚决做到“两个维护”。",
        "增强“四个自信”，做到“两个维护”。",  # 增强 with the four confidences is used; not read as wrong
        "坚决捍卫“两个确立”。",
    ])


def test_the_leader_formula_and_its_required_words(rules):
    check(rules, [
        "在以习近平为核心的党中央坚强领导下，我市各项事业取得新进展。",
        "紧紧团结在以习近平总书记为核心的党中央周围。",
        "以习近平同志为首的党中央作出重大部署。",
        "以胡锦涛同志为核心的党中央作出重大部署。",
        "以江泽民为核心的第三代中央领导集体。",
        "在以习近平总书记为领导核心的党中央带领下，全县脱贫攻坚取得胜利。",
    ], [
        "社会主义核心价值观深入人心。",
        "在以习近平同志为核心的党中央坚强领导下，我市各项事业取得新进展。",
        "以胡锦涛同志为总书记的党中央作出重大部署。",
        "以江泽民同志为核心的党的第三代中央领导集体。",
        "以毛泽东同志为核心的党的第一代中央领导集体。",
        "以王某为首的犯罪团伙被一举打掉。",
    ])
    check(rules, [
        "确立习近平党中央的核心、全党的核心地位。",
        "坚决维护习近平同志党中央的核心、全党的核心地位。",
    ], [
        "确立习近平同志党中央的核心、全党的核心地位。",
        "坚决维护习近平总书记党中央的核心、全党的核心地位。",
    ])
    assert list(canon_hits(fold("在习近平同志为核心的党中央领导下"))), "以 dropped"
    assert not list(canon_hits(fold("在以 习近平同志为核心的党中央领导下")))


def test_party_uprisings_are_uprisings(rules):
    check(rules, [
        "1927年，周恩来、贺龙、叶挺等领导了南昌暴动。",
        "毛泽东领导的秋收暴动，创建了工农革命军。",
        "1929年12月，邓小平领导百色暴乱，建立红七军。",
        "广州暴动失败后，起义军余部转战海陆丰。",
        "平江暴动后，彭德怀率部上井冈山。",
    ], [
        "1927年，周恩来、贺龙、叶挺等领导了南昌起义。",
        "国民党反动派诬称之为“南昌暴动”。",
        "馆内陈列着《秋收暴动计划》手稿。",  # a document of that time in its own words
        "闽西暴动是闽西革命根据地创建的开端。",  # the Party's own name keeps 暴动
        "2008年广州暴雨致多处积水。",
    ])


def test_kuomintang_names_of_battles_and_campaigns(rules):
    check(rules, [
        "八二三炮战期间，厦门军民坚守前线。",
        "参观古宁头战役史迹。",
        "徐蚌会战中，国民党军损失惨重。",
        "国民政府颁布动员戡乱令。",
        "1934年，国民党军对中央苏区进行剿匪，红军开始长征。",
        "赤匪进入县境。",
        "1934年10月，中央红军被迫西窜。",
        "英中战争后，清政府被迫签订《南京条约》。",
        "北清事变后，列强强迫清政府签订条约。",
        "展柜里陈列着“八二三”炮战时的弹壳。",
    ], [
        "1934年10月，中央红军被迫实行战略转移，开始长征。",
        "鸦片战争后，清政府被迫签订《南京条约》。",
        "国民党报纸污蔑红军“西窜”。",
        "犯罪嫌疑人流窜作案。",
        "红军打击流窜的土匪，保护群众。",
        "红军追击，敌军溃逃。",
        "金门炮战期间，厦门军民坚守前线。",
        "淮海战役中，国民党军损失惨重。",
        "台湾方面所称的“八二三炮战”即金门炮战。",
        "1951年，人民解放军在大别山剿匪，肃清残匪。",
        "国民党调集重兵围剿共产党领导的红军。",
        "淞沪会战是抗日战争中规模最大的战役之一。",
    ])


def test_kuomintang_honorifics_for_chiang(rules):
    check(rules, [
        "西安事变后，蒋委员长被迫接受停止内战的主张。",
        "抗战时期蒋公曾在此办公。",
        "民国二十六年，蒋总裁发表庐山谈话。",
        "老兵回忆：“那年蒋委员长来视察，我们站了一上午……”",  # a quoted speech published by the account
    ], [
        "西安事变后，蒋介石被迫接受停止内战的主张。",
        "蒋公子在镇上开了一家茶馆。",
        "蒋总裁表示，公司今年将扩大产能。",
        "国民党人称蒋介石为“蒋公”。",
        "蒋公祠始建于清代。",
    ])


def test_liberation_told_as_a_fall(rules):
    check(rules, [
        "1949年5月，上海沦陷，国民党残部退往舟山。",
        "人民解放军渡江后，南京陷落。",
    ], [
        "1949年5月27日，上海解放。",
        "1937年11月，上海沦陷，日军占领租界以外地区。",
        "沦陷区人民在日伪统治下苦不堪言。",
        "1948年，国民党军防线失守。",
    ])


def test_peasant_uprisings_under_the_dynasties_words(rules):
    check(rules, [
        "唐末黄巢之乱，长安残破。",
        "清军镇压太平天国叛乱。",
        "八国联军以镇压拳匪为名侵入北京。",
        "曾国藩组建湘军对付太平军叛乱。",
        "清廷视捻匪为心腹大患。",
    ], [
        "唐末黄巢起义，长安残破。",
        "义和团运动是反帝爱国运动。",
        "旧史书称之为“黄巢之乱”。",
        "安史之乱是唐朝由盛转衰的转折点。",  # a rebellion of a general, named so by every history
    ])


def test_colonial_rule_not_written_as_neutral_rule(rules):
    check(rules, [
        "英治时期的香港，华人被排斥在管治之外。",
        "葡治下的澳门，赌业畸形发展。",
        "荷治时期台湾的热兰遮城。",
        "英殖时期留下的建筑。",
        "葡殖年代的澳门老街。",
    ], [
        "港英统治时期的香港，华人被排斥在管治之外。",
        "澳葡时期的澳门，赌业畸形发展。",
        "荷据时期台湾的热兰遮城。",
        "所谓“英治时期”的说法美化了殖民统治。",
        "精英治理与基层治理相结合。",
    ])


@pytest.mark.timeout(120)
def test_hostile_long_text_stays_bounded():
    text = ("坚定拥护“两个维护”蒋公英治时期南昌暴动黄巾之乱1949年沦陷" * 400)[:10000]
    hits = list(canon_hits(fold(text)))
    assert hits
    assert not list(canon_hits(fold("好" * 10000)))
