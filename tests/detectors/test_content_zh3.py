"""错敏字, third round: a character's part written for the whole, edge words that belong elsewhere, more correct
forms, and politically wrong wording read as the policy (international sport, Taiwan's legislators and so-called
diplomatic relations, the SARs' governments, Japanese names of the war, names retired by reforms and the handovers,
the whole title before a leader's name).

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.charsim import component_of, confusion
from detectors.content import ContentRules, _hits
from detectors.content_typo import TypoFinder, load_terms


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def found(rules, text, cls):
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == cls]


def flagged(rules, text):
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls in ("typo", "political")]


def finder_of(tmp_path, terms: str) -> TypoFinder:
    (tmp_path / "formal_terms.txt").write_text(terms, encoding="utf-8")
    return TypoFinder(load_terms(tmp_path))


# ---- typos --------------------------------------------------------------------------------------------------

def test_a_part_written_for_the_whole_character():
    assert component_of("院", "完") and component_of("必", "心") and component_of("元", "园")
    assert confusion("院", "完") == "形近" and confusion("必", "心") == "形近"
    assert not component_of("中", "丨")  # a bare stroke is no character people write for the whole
    assert not component_of("在", "土")  # only characters of exactly two parts
    assert not component_of("院", "员")


def test_component_slip_in_a_term(tmp_path):
    finder = finder_of(tmp_path, "虚构人民法院\n虚构三个务必\n")
    assert [h.wrong for h in finder.find("学习虚构人民法完的报告")] == ["虚构人民法完"]
    assert [h.wrong for h in finder.find("牢记虚构三个务心。")] == ["虚构三个务心"]
    assert finder.find("学习虚构人民法院的报告") == []


def test_component_slip_is_not_reported_for_a_word_or_a_place(rules):
    assert found(rules, "坚持把一老一少作为民生工作的重点。", "typo") == []  # 一老一少 is a phrase (一老一小)
    assert found(rules, "天水市、林州市、鹤岗市的代表参加了会议。", "typo") == []  # real divisions
    assert found(rules, "弘扬伟大建党精神，牢记“三个务必”，心系群众。", "typo") == []
    assert found(rules, "牢记三个务心，勇于自我革命。", "typo") == ["三个务心"]


def test_edge_neighbour_that_belongs_to_a_commoner_word(rules):
    # 完工 is a word, but 工 starts 工作, a far commoner one: the span is still 最高人民法院 misspelt
    assert found(rules, "会议传达学习最高人民法完工作报告。", "typo") == ["最高人民法完"]
    assert found(rules, "会议传达学习最高人民法院工作报告。", "typo") == []
    assert found(rules, "组织开展教育培训工作。", "typo") == []  # 培训 is not 教育部 misspelt


def test_more_correct_forms(rules):
    assert found(rules, "以刀刃向内的自我格命精神推动整改。", "typo") == ["自我格命"]
    assert found(rules, "长城国家文化公圆建设稳步推进。", "typo") == ["长城国家文化公圆"]
    assert found(rules, "以自我革命精神推动整改，长城国家文化公园建设稳步推进。", "typo") == []
    assert found(rules, "国际原子能机构总干事访华。", "typo") == []  # not 国家原子能机构 misspelt


def test_rank_added_to_a_leaders_title_is_a_wrong_title_not_a_typo(rules):
    text = "全国人大常委会副委员长赵乐际出席会议。"
    assert found(rules, text, "typo") == []
    assert found(rules, text, "political") == ["全国人大常委会副委员长赵乐际"]
    assert found(rules, "全国人大常委会委员长赵乐际出席会议。", "political") == []


# ---- political wording ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("亚洲青年锦标赛决赛中，中国队对阵台湾队。", "台湾队"),
    ("亚洲杯预选赛上，澳门队与中国队同组。", "澳门队"),
    ("世界大学生运动会上，中国队战胜台湾女排。", "台湾女排"),
])
def test_teams_in_international_sport(rules, text, span):
    assert found(rules, text, "political") == [span]


@pytest.mark.parametrize("text", [
    "中国香港队在亚运会男子接力项目中获得铜牌，中国队获得金牌。",
    "第十五届全运会上，香港队与澳门队在亚洲一流的场馆同场竞技。",  # the National Games
    "海峡两岸青少年篮球邀请赛在厦门举行，台湾队与福建队进行友谊赛。",
    "省港杯足球赛第二回合，广东队主场迎战香港队。",
    "香港队队员参观了市青少年宫。",  # no international event
])
def test_teams_outside_international_sport(rules, text):
    assert found(rules, text, "political") == []


def test_taiwan_legislators(rules):
    assert found(rules, "近期岛内部分立委鼓噪“台独”言论。", "political") == ["立委"]
    assert found(rules, "台湾地区部分立法委员窜访美国。", "political") == ["立法委员"]
    assert found(rules, "国台办表示，所谓“立委”选举改变不了台湾是中国一部分的事实。", "political") == []
    assert found(rules, "区委决定成立委员会推进工作，并设立委员会办公室。", "political") == []
    assert found(rules, "1948年南京国民政府选出首届立法委员。", "political") == []  # history


@pytest.mark.parametrize("text, span", [
    ("一些与台湾建交的国家人员来访。", "与台湾建交"),
    ("该国与台湾断交后同我国建立外交关系。", "与台湾断交"),
    ("少数与台湾保持外交关系的国家。", "与台湾保持外交关系"),
    ("企业在展会上遇到台湾驻外使馆人员。", "台湾驻外使馆"),
    ("某国驻台湾大使馆发表声明。", "驻台湾大使馆"),
])
def test_taiwan_has_no_diplomatic_relations(rules, text, span):
    assert found(rules, text, "political") == [span]


@pytest.mark.parametrize("text", [
    "少数国家与台湾地区保持所谓“外交关系”，违背一个中国原则。",
    "某国宣布与台湾当局“断交”，并同中华人民共和国建立外交关系。",
    "菲律宾驻华大使馆、泰国驻广州总领事馆的代表出席了活动。",
    "美国在台协会是美国与台湾地区保持非官方关系的机构。",
])
def test_so_called_relations_and_real_embassies(rules, text):
    assert found(rules, text, "political") == []


def test_taiwan_authorities_are_no_government(rules):
    assert found(rules, "会议指出，赖清德政府持续推行“台独”路线。", "political") == ["赖清德政府"]
    assert found(rules, "蔡英文政府推动所谓“新南向政策”。", "political") == ["蔡英文政府"]
    assert found(rules, "会议指出，赖清德当局持续推行“台独”路线。", "political") == []
    assert found(rules, "1927年国民党政府定都南京。", "political") == []  # the Nationalist government in history


def test_sar_governments_are_not_authorities(rules):
    assert found(rules, "海关关于澳门当局通报的召回信息。", "political") == ["澳门当局"]
    assert found(rules, "香港特区当局宣布新措施。", "political") == ["香港特区当局"]
    assert found(rules, "港英当局在殖民统治时期实行歧视性政策。", "political") == []
    assert found(rules, "香港特别行政区政府宣布新一轮消费券。", "political") == []


def test_cross_strait_relations_are_not_bilateral(rules):
    assert found(rules, "论坛指出，两岸双边关系持续发展。", "political") == ["两岸双边关系"]
    assert found(rules, "大陆与台湾的双边会谈在金门举行。", "political") == ["大陆与台湾的双边会谈"]
    assert found(rules, "两岸关系和平发展；中俄双边关系保持高水平运行。", "political") == []


def test_japanese_names_of_the_war(rules):
    assert found(rules, "图片记录了日中战争期间客家子弟参军的历史。", "political") == ["日中战争"]
    assert found(rules, "展览介绍了日清战争期间北洋水师的事迹。", "political") == ["日清战争"]
    assert found(rules, "七七事变后日本发动全面侵华战争，抗日战争时期客家子弟踊跃参军。", "political") == []


@pytest.mark.parametrize("text, span", [
    ("代表团拜会了香港立法局有关议员。", "香港立法局"),
    ("港督出席了交流晚宴。", "港督"),
    ("市卫计委组织开展义诊活动。", "卫计委"),
    ("县工商局开展年检。", "工商局"),
    ("市安监局检查企业安全生产。", "安监局"),
    ("中国银保监会发布风险提示。", "中国银保监会"),
    ("省农业部门与农业部联合发文。", "农业部"),
])
def test_names_retired_by_reforms_and_handovers(rules, text, span):
    assert found(rules, text, "political") == [span]


@pytest.mark.parametrize("text", [
    "1997年以前，香港立法局是港英当局的咨询机构，回归后设立香港特别行政区立法会。",
    "2018年机构改革前，我市原卫计委承担计划生育管理职责。",
    "原市工商局、质监局、食药监局整合组建市市场监督管理局。",
    "他曾任市安监局局长，现任市应急管理局局长。",
    "农业农村部门组织秋冬种技术指导，文化部门开展非遗进校园。",
    "美国农业部公布的数据显示，大豆出口下降。",
    "台湾地区“农业部”发布的数据显示。",
])
def test_retired_names_in_history_or_elsewhere(rules, text):
    assert found(rules, text, "political") == []


def test_whole_title_before_a_leaders_name(rules):
    assert found(rules, "传达学习中央纪委副书记李希的讲话精神。", "political") == ["中央纪委副书记李希"]
    assert found(rules, "传达学习中央纪委书记李希的讲话精神。", "political") == []
    assert found(rules, "中央纪委副书记、国家监委主任刘金国出席会议。", "political") == []


def test_foreign_titles_for_chinas_leaders(rules):
    assert found(rules, "在全国职业技能大赛上，习近平总统致贺信。", "political") == ["习近平总统"]
    assert found(rules, "李强首相会见外宾。", "political") == ["李强首相"]
    assert found(rules, "国家主席习近平同俄罗斯总统普京举行会谈。", "political") == []
    assert found(rules, "李强总理会见日本首相。", "political") == []


# ---- everyday official vocabulary outside the lexicon ----------------------------------------------------------

@pytest.mark.parametrize("text, span, right", [
    ("提升公共服物水平。", "公共服物", "公共服务"),
    ("城乡居民养老保显参保率稳定。", "养老保显", "养老保险"),
    ("全面提升城市管里水平。", "管里水平", "管理水平"),
])
def test_vocabulary_slip_next_to_a_word_that_vouches_for_it(tmp_path, text, span, right):
    finder = finder_of(tmp_path, "虚构条目\n")  # none of these words is in the lexicon
    hits = finder.find(text)
    assert [(h.wrong, h.correct) for h in hits] == [(span, right)]


@pytest.mark.parametrize("text", [
    "提升公共服务水平，城乡居民养老保险参保率稳定。",
    "学生党均可报名参加。",  # 均 is a function word, not a slip for 党员
    "东营市高素质农民培育计划启动。",  # 市 ends a place name
    "中国国青队在亚洲杯取得佳绩。",  # 国青队 is a word of its own
    "英格兰银行宣布维持利率不变。",
    "乾隆年间修建的古桥。",  # folded to 干隆, the dictionary's own spelling
    "小区居民王伊楠：感谢社区网格员的帮助。",  # a name: no word next to it makes a dictionary word with 伊朗
])
def test_no_vocabulary_slip_in_clean_text(tmp_path, text):
    assert finder_of(tmp_path, "虚构条目\n").find(text) == []


# ---- political wording, continued: more of each policy -----------------------------------------------------------

def test_presidential_office_in_a_sentence_about_taiwan(rules):
    assert found(rules, "台湾地区领导人在总统府发表讲话。", "political") == ["总统府"]
    assert found(rules, "菲律宾总统府发言人就南海问题发表声明，台湾问题也有提及。", "political") == []
    assert found(rules, "台湾地区领导人在所谓“总统府”发表讲话。", "political") == []


def test_islands_said_to_belong_to_another_state_or_disputed(rules):
    assert found(rules, "有人说黄岩岛属于菲律宾。", "political") == ["黄岩岛属于菲律宾"]
    assert found(rules, "南沙群岛是争议地区。", "political") == ["南沙群岛是争议地区"]
    assert found(rules, "菲律宾声称黄岩岛属于菲律宾，这是完全错误的。", "political") == []
    assert found(rules, "中国对南沙群岛拥有无可争辩的主权，不存在所谓争议地区。", "political") == []


def test_going_back_to_china_said_of_compatriots(rules):
    assert found(rules, "香港人回中国探亲。", "political") == ["香港人回中国"]
    assert found(rules, "台湾青年到大陆实习，回到中国后感受很深。", "political") == ["回到中国"]
    assert found(rules, "香港青年回到内地工作，台湾青年来大陆创业。", "political") == []
    assert found(rules, "留学生学成后回到中国工作。", "political") == []


def test_eight_years_of_war_in_other_orders(rules):
    assert found(rules, "抗日战争八年期间，我省人民作出重大牺牲。", "political") == ["抗日战争八年"]
    assert found(rules, "全面抗战八年，中华儿女浴血奋战。", "political") == []


def test_outdated_principal_contradiction(rules):
    text = "进入新时代，我国社会主要矛盾已经转化为人民日益增长的物质文化需要同落后的社会生产之间的矛盾。"
    assert found(rules, text, "political") == ["物质文化需要同落后的社会生产"]
    assert found(rules, "1981年党的十一届六中全会指出，我国社会主要矛盾是人民日益增长的物质文化需要同落后的社会生产"
                        "之间的矛盾。", "political") == []


def test_islamic_countries_and_diaoyutai(rules):
    assert found(rules, "伊斯兰国家驻华使节参观了清真寺。", "political") == []
    assert found(rules, "钓鱼台国宾馆举行欢迎仪式。", "political") == []
    assert found(rules, "钓鱼台列岛自古以来是中国领土。", "political") == ["钓鱼台列岛"]


@pytest.mark.parametrize("text", [
    "农业部分领域仍存在短板，文化部分内容需要更新。",
    "环境保护部门和国土资源部门做好衔接。",
    "深港督导组到我市检查工作。",
    "济南布政司街历史文化街区改造完成。",  # a Ming-dynasty office in a street name
    "组织公安消防应急等部门开展联合演练。",
    "深港杯青少年足球赛上，深圳队与香港队踢成平局，亚洲足联官员观赛。",
    "双方订立委托合同，台湾客商表示满意。",
])
def test_look_alikes_of_retired_names_teams_and_legislators(rules, text):
    assert flagged(rules, text) == []


# ---- leaders' names: untitled slips of 习近平, local officials who share a leader's name ------------------------

def test_untitled_slip_of_the_name_in_the_guiding_thought(rules):
    assert found(rules, "深入学习贯彻习近乎关于教育的重要论述。", "typo") == ["习近乎"]
    assert found(rules, "深入学习贯彻习近平关于教育的重要论述。", "typo") == []
    assert found(rules, "同学习进平获得奖学金。", "typo") == []  # no word of the Party's leadership in the sentence
    assert found(rules, "刘国忠关于乡村振兴的重要论述学习笔记。", "typo") == []  # only the name in a thought's name


@pytest.mark.parametrize("text", [
    "县委书记刘国忠强调，要抓好冬季安全生产。",
    "市委副书记张国庆出席活动。",
    "公司党委书记王沪林讲话。",
    "副市长何立锋出席签约仪式。",
])
def test_local_officials_who_share_a_leaders_name(rules, text):
    assert found(rules, text, "typo") == []


def test_national_leaders_misnamed_after_their_titles_still_found(rules):
    assert found(rules, "中央书记处书记蔡齐出席会议。", "typo") == ["中央书记处书记蔡齐"]
    assert found(rules, "赵乐纪出席全国人大常委会会议。", "typo") == ["赵乐纪出席"]
