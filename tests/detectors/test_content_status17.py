"""Political wording, thirteenth session (checklist 300–319): Taiwan, Hong Kong and Macao counted among or called
states, state attributes given to Taiwan's authorities and people, 中台 / 中港 / 中澳 set side by side, colonial wording
for Hong Kong, Macao and the concessions, and the Han people's branches (民系) called 民族.

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
forms in other words and places, and with hard negatives that use the same words correctly.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from detectors.content_political_status import HAN_BRANCHES
from tests.detectors.content_case import check, political, suggestions


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_taiwan_hong_kong_macao_in_a_collective_of_states(rules):
    check(rules, [
        "我市水产品主要出口国为日本、韩国、香港和新加坡。",
        "今年全市主要客源国包括韩国、日本、台湾、马来西亚。",
        "本届展会参展国有德国、意大利、台湾、韩国等。",
        "去年我省前五大贸易伙伴国依次是美国、日本、韩国、台湾、德国。",
        "香港、新加坡这两个国家的金融业都很发达。",
        "韩国、台湾这些国家的游客明显增多。",
        "香港是我市第一大外资来源国。",
        "台湾是我省重要的进口来源国之一。",
        "澳门已成为我市第三大客源国。",
        "台湾这个国家的电信诈骗案件多发。",
        "台湾是日本的邻国，两地往来频繁。",
    ], [
        "主要来源地依次为澳大利亚、中国台湾地区、印尼、巴西。",
        "主要来源国和地区依次为澳大利亚、台湾、印尼。",
        "主要来源国（地区）为澳大利亚、台湾、印尼。",
        "香港是我市第一大境外资金来源地。",
        "台湾是我省重要的贸易伙伴，两岸经贸往来密切。",
        "泰国、日本这几个国家的游客明显增多。",
        "参赛国家和地区包括美国、日本、中国台北、中国香港。",
        "主要出口国为日本、韩国，主要出口地区为香港。",
        "参赛的有来自中国香港、中国台北和日本、韩国等国家和地区的选手。",
        "国家为香港、澳门提供坚强后盾，支持港澳融入国家发展大局。",
        "香港为日本等出口国提供转口贸易服务。",
        "亚太经合组织成员包括中国、中国香港、中国台北等21个成员。",
        "涉及国家和地区包括美国、日本、香港地区。",
    ])
    assert any("地区" in s for s in suggestions(rules, "主要客源国依次为韩国、台湾、日本。"))


def test_taiwan_hong_kong_macao_called_another_country(rules):
    check(rules, [
        "站在海边，望着对岸的台湾，就像望着另一个国家。",
        "第一次去香港，感觉像到了另一个国家，处处新鲜。",
        "金门与厦门一水之隔，对岸仿佛是另外一个国度。",
    ], [
        "平潭与台湾隔海相望，对岸就是宝岛台湾。",
        "鸭绿江对岸就是另一个国家，游客可以远眺新义州。",
        "在台湾，他从未觉得身处另一个国家，两岸同胞同根同源。",
        "台湾青年说，来大陆一点也不像到了另一个国家。",
        "他先到香港转机，再飞往另一个国家开会。",
    ])


def test_state_titles_symbols_and_bodies_given_to_taiwan(rules):
    check(rules, [
        "赖清德以台湾国家领导人身份发表讲话。",
        "据台媒报道，国家领导人赖清德近日出席活动。",
        "台当局经济部门首长表示将调整电价。",
        "台湾多名部会首长近日请辞。",
        "岛内府院党高层会商两岸政策。",
        "据台媒报道，府院近日就能源政策召开会议。",
        "台湾的外交空间日益萎缩，两岸关系面临挑战。",
        "民进党当局的外交政策屡屡碰壁。",
        "台湾的国防预算连年增加，岛内民众负担加重。",
        "台湾的国花是梅花，岛内随处可见。",
        "经查，该旅客国籍为台湾，持有效证件入境。",
        "民警帮助一名香港籍外国人找回手机。",
        "一名台湾籍外宾在景区突发疾病，民警及时救助。",
    ], [
        "台湾地区领导人赖清德发表谋“独”言论，国台办予以批驳。",
        "台湾地区有关部门负责人表示将加强两岸交流。",
        "各地要严格落实地方行政首长负责制。",
        "部队首长看望慰问台湾籍官兵。",
        "1917年，北洋政府发生府院之争，段祺瑞与黎元洪矛盾激化。",
        "市政府院内停满了车辆。",
        "该学府院长会见台湾学者代表团。",
        "台湾当局所谓“外交”处处碰壁。",
        "外交部发言人就台湾问题表明立场。",
        "台湾地区对外交往受到一个中国原则的约束。",
        "台湾地区防务部门公布预算。",
        "经查，该旅客国籍为中国，系台湾居民，持台湾居民来往大陆通行证入境。",
        "一名香港籍旅客在口岸遗失证件，民警帮助找回。",
    ])


def test_china_beside_taiwan_hong_kong_macao_as_two_parties(rules):
    check(rules, [
        "海峡论坛上，中台双方代表就青年交流深入交谈。",
        "中台两岸同胞同根同源，血浓于水。",
        "中台关系和平发展符合两岸同胞共同利益。",
        "中港青年交流营在深圳开营，两地青年同台竞技。",
        "湛江与澳门签署协议，中澳双方将共建旅游线路，澳门游客可享优惠。",
    ], [
        "论坛由中共中央台湾工作办公室（中台办）、国务院台湾事务办公室（国台办）指导。",
        "济南市政务数据中台二期上线，服务台湾同胞办事。",
        "台中市的中台禅寺是著名佛教道场，两岸信众往来频繁。",
        "中澳自贸协定生效以来，山东与澳大利亚经贸合作持续深化。",
        "其中台湾同胞参加人数创新高，两岸交流更加密切。",
    ])


def test_colonial_wording_for_hong_kong_macao_and_the_concessions(rules):
    check(rules, [
        "澳门殖民地政府时期修建的建筑保存完好。",
        "回归前，香港的殖民地政府实行高薪养廉。",
        "这张英属香港时期的老照片很珍贵。",
        "殖民地香港的街头，人力车随处可见。",
        "上海公共租界曾是列强在中国的殖民地。",
        "天津的九国租界，实际上就是外国人的殖民地。",
        "鼓浪屿曾是公共租界，也被叫作“洋人的殖民地”。",
    ], [
        "港英统治时期修建的建筑保存完好。",
        "回归前，港英当局实行高薪养廉。",
        "1553年葡萄牙人取得澳门居住权，澳葡政府在此设立机构。",
        "英国对香港实行殖民统治长达一百五十余年。",
        "鼓浪屿曾是公共租界，旧中国是半殖民地半封建社会。",
        "1903年德国殖民时期，英德商人在青岛创办啤酒厂。",
        "鼓浪屿是公共租界而不是殖民地，中国始终保有主权。",
        "二战后，非洲殖民地纷纷独立。",
        "鼓浪屿的建筑融合了东南亚殖民地风格，是万国建筑博览。",
        "鼓浪屿上的殖民地外廊式建筑见证了历史。",
    ])
    assert "“洋人的殖民地”" in political(rules, "鼓浪屿曾是公共租界，也被叫作“洋人的殖民地”。")


def test_han_branches_and_regions_called_nations(rules):
    for branch in ("客家", "潮汕", "广府", "闽南", "莆仙", "疍家"):
        assert political(rules, f"{branch}民族的传统节日丰富多彩。"), branch
    assert {"客家", "广府", "潮汕", "闽南", "莆仙", "疍家"} <= set(HAN_BRANCHES)
    check(rules, [
        "疍家族世代以船为家，以海为田。",
        "广府族的早茶文化闻名全国。",
        "闽南人是一个独立的民族，有自己的语言。",
        "客家人属于少数民族，保留了很多古老习俗。",
        "台湾民族的历史与文化展览在台北开幕。",
    ], [
        "客家人是汉族的一个重要民系，客家民系形成于宋元时期。",
        "中华民族是一个大家庭，56个民族团结一心。",
        "他在家中珍藏着一本客家族谱。",
        "潮汕族群以善于经商闻名。",
        "畲族与客家人长期杂居，文化相互交融。",
        "台湾少数民族同胞来榕参加民族运动会。",
        "客家人是中华民族大家庭的一员。",
        "闽南人不是一个民族，而是汉族的民系。",
        "香港民族音乐节在中环开幕。",
        "台湾民族风情园吸引游客。",
        "所谓台湾人认同，实质是炮制台湾民族。",
    ])
    assert any("民系" in s for s in suggestions(rules, "客家民族的土楼远近闻名。"))
