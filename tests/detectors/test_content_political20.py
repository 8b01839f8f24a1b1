"""Political wording, sixteenth session (content-political20; checklist 375–387): the war dated from 1937 in any word
order, the other sides' names of wars (6·25战争, 北部边界战争), 满洲 as a region, the Kuomintang's names of the Party and
its army, discriminatory names of persons with disabilities (新华社 2016), the honorifics of Japan's imperial house, a
foreign label for the top leader, offices a body does not have (中央政治局主席), Taiwan's 主委 with a short body name,
a foreign name of a feature given as its other name, 所谓 that belongs to another word, and the two- to five-part
formulations whose order is fixed.

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
forms in other words and places, and with hard negatives that use the same words correctly.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_war_dated_from_1937(rules):
    check(rules, [
        "1937年爆发的抗日战争使这座小城成为后方重镇。",
        "一九三七年开始的抗战改变了他的一生。",
        "1937年7月7日，抗日战争爆发，学生们纷纷投笔从戎。",
        "抗日战争（1937—1945年）期间，这所中学三次搬迁。",
        "从1937年到1945年的抗日战争中，这里共走出三百名战士。",
        "卢沟桥事变标志着抗日战争的开始。",
    ], [
        "1937年全面抗战爆发后，这所中学迁到了山区。",
        "1937年抗日战争全面爆发，学生们纷纷投笔从戎。",
        "全面抗战（1937—1945年）期间，这所中学三次搬迁。",
        "七七事变拉开了全民族抗战的序幕。",
        "抗日战争从1931年九一八事变开始，1937年进入全面抗战阶段。",
        "1937年7月7日，卢沟桥事变爆发。",
    ])


def test_other_sides_names_of_wars(rules):
    check(rules, [
        "六二五战争爆发后，他随部队跨过鸭绿江。",
        "1950年的6.25战争中，这位老兵负伤三次。",
        "“6·25战争”打响后，全村青年报名参军。",
        "1979年的北部边界战争中，他所在的连队坚守阵地。",
    ], [
        "韩国把这场战争称为“6·25战争”，我国称抗美援朝战争。",
        "6月25日，抗美援朝纪念馆举办专题展览。",
        "越南方面所称的北部边界战争，即我国的对越自卫反击战。",
        "《抗美援朝战争史》一书中提到了韩国的“6·25战争”叫法。",
    ])
    assert "抗美援朝战争（朝鲜战争）" in suggestions(rules, "六二五战争爆发后，他随部队跨过鸭绿江。")


def test_manchuria_as_a_region(rules):
    check(rules, [
        "这批大豆将销往满洲地区各大市场。",
        "冬季的满洲大地银装素裹，吸引大批游客。",
        "他年轻时闯荡满洲一带，后来回到家乡。",
    ], [
        "满洲里口岸今年货运量创新高。",
        "伪满洲国是日本扶植的傀儡政权。",
        "清朝的满洲八旗制度在这里留下了不少遗迹。",
        "日本殖民者所称的“满洲”，就是我国东北地区。",
    ])


def test_kuomintang_names_of_the_party_and_army(rules):
    check(rules, [
        "1948年，共军攻克县城，当地百姓夹道欢迎。",
        "这份资料记载了当年奸匪活动的情况。",
        "冷战时期，西方记者在赤色中国的见闻被编成了书。",
    ], [
        "国共军队在这一带对峙了半年。",
        "国民党当局在电报中称我军为“共军”。",
        "1948年，人民解放军攻克县城。",
        "全体共产党员要带头遵守纪律。",
        "这次演练总共军费开支不到一百万元。",
        "全市共军转干部120人，已全部妥善安置。",
        "全县共军属300余户，春节前逐户走访。",
    ])


def test_disability_slurs(rules):
    check(rules, [
        "社区为辖区内的残废人办理了护理补贴。",
        "这位瞎子按摩师在街道开了一家店。",
        "学校新招收了三名聋子学生。",
        "村里的瘸子老王领到了新轮椅。",
        "特教学校专门招收弱智儿童。",
    ], [
        "社区为辖区内的残疾人办理了护理补贴。",
        "盲人按摩师在街道开了一家店。",
        "成语“瞎子摸象”比喻以偏概全。",
        "不要吃哑巴亏，遇到侵权要及时维权。",
        "他是个书呆子，整天泡在图书馆。",
        "请勿使用“聋子”“瞎子”等歧视性称呼。",
        "不要把消费者当傻子。",
        "1952年，他领到了革命残废军人证。",
    ])
    assert "残疾人" in suggestions(rules, "社区为辖区内的残废人办理了护理补贴。")


def test_japanese_imperial_honorifics(rules):
    check(rules, [
        "天皇陛下向地震灾区发去慰问。",
        "日本皇太子殿下参观了兵马俑。",
        "今上天皇即位后首次出访。",
    ], [
        "日本天皇德仁向地震灾区发去慰问。",
        "影片中，日军士兵高喊“天皇陛下万岁”冲锋。",
        "侵华日军效忠天皇陛下的军国主义教育贻害无穷。",
        "泰国国王陛下出席了庆典。",
        "英国菲利普亲王殿下曾到访西安。",
    ])
    assert political(rules, "雅子皇后陛下参观了故宫。") == ["皇后陛下"]


def test_top_leader_label_and_offices_a_body_lacks(rules):
    check(rules, [
        "中国最高领导人习近平视察了这所学校。",
        "会议传达学习了中央政治局主席会议精神。",
        "中共中央政治局书记王沪宁出席会议。",
    ], [
        "中共中央总书记、国家主席、中央军委主席习近平视察了这所学校。",
        "会议传达学习了中央政治局会议精神。",
        "中共中央政治局常委、全国政协主席王沪宁出席会议。",
        "中央政治局常委会会议听取了汇报。",
        "全国政协主席会议审议了有关文件。",
        "全国人大常委会委员长会议在京举行。",
    ])


def test_taiwan_chair_with_short_body_name(rules):
    check(rules, [
        "据台湾媒体报道，台湾农委主委表示将调整补贴政策。",
        "台当局海委副主委日前赴金门视察。",
        "岛内舆论关注，陆委主委近日再次发表挑衅言论。",
    ], [
        "台盟福建省委主委出席座谈会。",
        "民盟市委主委出席了台湾同胞联谊活动。",
        "据台湾媒体报道，台湾地区农业主管部门负责人表示将调整补贴政策。",
        "农工党省委主委在台胞企业调研。",
    ])


def test_foreign_name_given_as_another_name(rules):
    check(rules, [
        "永暑礁又称火十字礁，是我国南沙群岛的岛礁。",
        "永兴岛也叫伍迪岛，是西沙群岛中最大的岛屿。",
    ], [
        "永兴岛是西沙群岛中最大的岛屿。",
        "永兴岛，英文旧称伍迪岛，是西沙群岛中最大的岛屿。",
        "赤瓜礁，越方称之为“鬼礁”，是我国南沙群岛的岛礁。",
    ])


def test_so_called_of_another_word(rules):
    check(rules, [
        "有商家销售印着台湾的国旗的所谓“纪念T恤”，已被依法查处。",
    ], [
        "所谓台湾的国旗在国际体育赛事中不得出现。",
        "所谓“中华民国国旗”不能出现在我国境内的公共场合。",
    ])


def test_fixed_formulations_out_of_order(rules):
    check(rules, [
        "全体党员要牢记使命、不忘初心，走好新时代长征路。",
        "防汛救灾必须坚持生命至上、人民至上。",
        "要发扬善于斗争、敢于斗争的精神。",
        "培养好怎样培养人、培养什么人、为谁培养人这一根本问题。",
        "争做能吃苦、有理想、敢担当、肯奋斗的新时代好青年。",
    ], [
        "全体党员要不忘初心、牢记使命，走好新时代长征路。",
        "防汛救灾必须坚持人民至上、生命至上。",
        "我们要不忘初心、牢记嘱托，奋力谱写新篇章。",
        "坚持党要管党、全面从严治党。",
        "要敢于斗争、敢于胜利。",
        "牢记使命，在不忘初心中砥砺前行。",
    ])
    assert political(rules, "全体党员要牢记使命、不忘初心，走好新时代长征路。") == ["牢记使命、不忘初心"]
