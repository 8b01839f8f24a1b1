"""Political wording, eighteenth round: official names of wars and events, the 1949 retreat told as a government's
move, pejoratives for peoples and groups, China's territory placed in another state's divisions, and foreign-policy
positions (``content_political_history``: WAR_NAMES, KMT_RETREAT, SLURS; ``content_political_territory``:
PLACED_ABROAD, POSITIONS; checklist items 274–278).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has positives
across its inventory and hard negatives: the official name, other wars and other times, the word reported, quoted
or in a title, and words that only contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits


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


def test_wars_and_events_under_other_names(rules):
    check(rules, [
        "走访慰问：南陵县的陈大爷曾参加中越边境战争，左腿至今留有弹片。",
        "他1979年参加惩越战争，荣立二等功。",
        "我县参加过中印边境战争的老兵还有12位。",
        "1969年珍宝岛事件中，他所在连队坚守阵地。",
        "1974年黄沙海战中牺牲的烈士安葬在西沙。",
        "1941年1月新四军事件发生后，军部在盐城重建。",
        "1911年10月10日，武昌兵变打响了推翻清王朝的第一枪。",
        "第二次英中战争期间，圆明园被英法联军焚毁。",
        "1900年庚子拳变后，清政府被迫签订《辛丑条约》。",
        "1946年，第二次中国内战全面爆发，我县成为前线。",
        "他在中国内战时期参加了淮海战役的支前工作。",
        "1947年，国民政府颁布戡乱令，大肆镇压爱国民主运动。",
        "1927年蒋介石在上海发动清党，大批共产党人被杀害。",
        "1936年12月西安兵变后，国共两党开始第二次合作。",
        "1959年西藏起义的亲历者接受了采访。",
        "1950年解放军入侵西藏时，他还是个孩子。",
    ], [
        "1927年，部分共产党员被捕入狱。",
        "肃清党内腐败分子，共产党人要勇于自我革命。",
        "1904年英国侵略西藏，西藏军民在江孜奋起抵抗。",
        "1951年西藏和平解放，1959年平息西藏武装叛乱。",
        "中越边境自卫还击战老兵座谈会在县武装部召开。",
        "走访慰问：南陵县的陈大爷曾参加对越自卫反击战，左腿至今留有弹片。",
        "我县参加过中印边境自卫反击战的老兵还有12位。",
        "1969年珍宝岛自卫反击战中，他所在连队坚守阵地。",
        "1974年西沙海战中牺牲的烈士安葬在西沙。",
        "1941年1月皖南事变发生后，新四军军部在盐城重建。",
        "国民党反动派污蔑新四军叛变，宣布取消新四军番号。",     # the KMT's word reported
        "明代中越之间的朝贡往来频繁。",                          # other times
        "美国越战老兵纪念碑位于华盛顿。",                        # the Vietnam War
        "武昌起义爆发于1911年10月10日。",
        "越方所称的“黄沙海战”即我国的西沙海战。",
        "1946年6月，国民党反动派发动全面内战，解放战争开始。",
    ])


def test_the_1949_retreat_as_a_government_moving(rules):
    check(rules, [
        "1949年12月，国民政府迁都台北，大批档案随之运往台湾。",
        "1949年底，中华民国政府撤退来台，带走大批黄金。",
        "国民党政府于1949年播迁台湾后，这批古籍下落不明。",
        "那年行政院迁往台北，他随父母去了台湾。",
    ], [
        "1949年国民党当局退踞台湾，带走了大批故宫文物。",
        "1937年11月，国民政府迁往重庆。",                    # the Republic's move in the war
        "1927年国民政府迁都南京。",
        "故宫部分文物1948年底运往台湾。",
    ])


def test_pejoratives_for_peoples(rules):
    check(rules, [
        "老兵讲述：“那一仗我们把小日本打得落花流水。”",           # a present-day slur in a published speech
        "有网友发帖称高丽棒子抢注端午节，我们要理性看待。",
        "这家餐馆的老板说印度阿三又来抢生意了。",
        "街头采访：有市民说黑鬼太多不安全。",
        "边境贸易中，老毛子最喜欢买我们的羽绒服。",
        "八路军在村外设伏，打鬼子一个措手不及。",                  # 鬼子 in the account's own narrative
        "清咸丰三年，长毛攻破安庆城，城中古建损毁严重。",
        "同治年间回乱波及陕甘，人口锐减。",
        "这个台巴子在夜市摆摊，生意不错。",
        "他在群里说绿教的教规太多。",
    ], [
        "网上有人骂台巴子，这种言论要坚决抵制。",               # the insult reported and rejected
        "今年蝗虫灾害得到有效防治。",
        "电影《鬼子来了》将在市文化馆免费放映。",                  # a film title
        "老兵回忆：“那年鬼子进村扫荡，我才十二岁。”",              # a historical quotation
        "“小日本”这样的蔑称不应出现在政务新媒体中。",              # the word named as a slur
        "他家养了一只长毛兔，毛色雪白。",
        "明代倭寇侵扰东南沿海，戚继光率军抗倭。",
        "《后汉书》记载倭国遣使来朝。",
        "来回乱跑容易摔倒。",
        "清咸丰三年，太平军攻破安庆城。",
        "印度人口超过14亿。",
    ])


def test_china_territory_in_another_states_divisions(rules):
    check(rules, [
        "比如印度拉达克的阿克赛钦地区，平均海拔超过5000米。",
        "拉达克中央直辖区的阿克赛钦是高寒荒漠。",
        "据介绍，日本冲绳县石垣市的钓鱼岛周边渔业资源丰富。",
        "菲律宾巴拉望省的仁爱礁附近发现大量珊瑚。",
        "越南庆和省的南沙群岛是他们的度假地之一。",
    ], [
        "阿克赛钦位于我国新疆和田地区，平均海拔超过5000米。",
        "中印边境西段的阿克赛钦地区常年积雪。",
        "印度拉达克地区与我国阿克赛钦相邻。",
        "菲律宾声称巴拉望省的仁爱礁归其管辖，中方坚决反对。",
        "钓鱼岛及其附属岛屿是中国的固有领土。",
    ])


def test_foreign_policy_positions(rules):
    check(rules, [
        "近期有中介发布“赴以色列首都耶路撒冷务工月薪3万”信息。",
        "耶路撒冷是以色列的首都，也是三大宗教的圣城。",
        "以色列的戈兰高地盛产葡萄酒。",
        "今年暑假他去了俄罗斯的克里米亚半岛旅游。",
        "英属福克兰群岛位于南大西洋。",
        "他曾在印度的克什米尔地区徒步旅行。",
        "科索沃首都普里什蒂纳举行了马拉松比赛。",
    ], [
        "美国宣布承认耶路撒冷为以色列首都，遭到国际社会普遍反对。",
        "中方支持建立以东耶路撒冷为首都的巴勒斯坦国。",
        "以色列占领的叙利亚戈兰高地。",
        "俄罗斯克里米亚大桥发生爆炸。",
        "马尔维纳斯群岛（英称福克兰群岛）位于南大西洋。",
        "印控克什米尔地区发生地震。",
        "以色列驻华大使出席活动。",
    ])


def test_the_other_sides_claim_to_chinese_islands_reported_is_no_wrong_wording():
    # the older island rule (content_patterns, 岛礁归属) reads the post's own wording, not a claim it reports
    from detectors.content_patterns import political_hits

    def rules(text):
        return [h.rule for h in political_hits(text, {})]

    assert "political:岛礁归属" in rules("日本冲绳县的钓鱼岛风光秀丽，欢迎大家来打卡。")
    assert "political:岛礁归属" in rules("菲律宾的黄岩岛附近海域今天天气晴好。")
    assert rules("日本声称冲绳县石垣市的钓鱼岛归其管辖，中方坚决反对。") == []
    assert rules("越南宣称越南的西沙群岛自古属于越南，这一说法毫无依据。") == []
