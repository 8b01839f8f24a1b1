"""Political wording, seventeenth round: canonical formulations — the order of the Party's and the state's fixed
enumerations and of joint issuers, the attribute each formulation takes (总体布局 / 战略布局, 根本 / 基本, the two
centenary goals, 第一要务 …), and the head title of each body (``detectors/content_political_order.py``,
``lexicons/ordered_formulas.txt``, ``lexicons/issuing_bodies.txt``; ``detectors/content_political_canon.py``;
``lexicons/state_offices.txt`` and ``detectors/content_political_general.py``; checklist items 264–).

Every sentence here was written for these tests (none is taken from an evaluation part). Hard negatives: the right
order and pairing, the same words in ordinary prose (安全和发展 of a firm, 鼓励、引导、支持 of social capital, a city
government beside a Party committee's department), a body's name before a rank (主任科员) or a grade (部长级), the
heads of a ministry's bureaus (公安部的局长们), and 局部 / 布局 before 部长.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from tests.detectors.content_case import check


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def found(rules, text, cls="political"):
    return [(text[h.start:h.end], h.suggestion) for h in _hits(text, rules, year=2026) if h.cls == cls]


# ---- 1. ordered enumerations of guidelines and policies ----------------------------------------------------------

def test_guidelines_and_policies_in_their_official_order(rules):
    check(rules, [
        "座谈会指出，要坚持“一国两制”、和平统一的方针，促进两岸交流。",
        "我们始终坚持一国两制、和平统一基本方针。",
        "要毫不动摇鼓励、引导、支持非公有制经济发展。",
        "坚持支持、鼓励、引导民营经济发展壮大。",
        "充分发挥人民政协民主监督、政治协商、参政议政的职能作用。",
        "坚持互相监督、长期共存、肝胆相照、荣辱与共的方针。",
        "党同各国政党的关系坚持完全平等、独立自主、互相尊重、互不干涉内部事务的原则。",
        "培养有道德、有理想、有文化、有纪律的一代新人。",
        "深入实施人才强国战略、科教兴国战略、创新驱动发展战略。",
        "科技、教育、人才是全面建设社会主义现代化国家的基础性、战略性支撑。",
        "始终做到执政为民、立党为公。",
        "群众路线、实事求是、独立自主是毛泽东思想活的灵魂。",
        "增强自我完善、自我净化、自我革新、自我提高能力。",
        "锻造绝对纯洁、绝对忠诚、绝对可靠的过硬队伍。",
        "坚决维护国家安全、主权、发展利益。",
        "要统筹安全和发展，防范化解重大风险。",
        "实现了从富起来、站起来到强起来的伟大飞跃。",
    ], [
        "坚持和平统一、一国两制方针，推进祖国统一。",
        "全面准确贯彻“一国两制”、“港人治港”、高度自治的方针，推进和平统一进程。",  # two lists, not one
        "毫不动摇鼓励、支持、引导非公有制经济发展。",
        "鼓励、引导、支持社会资本参与养老服务。",  # another field's wording
        "鼓励、引导、支持返乡人员创业，推动民营经济发展。",
        "培育有文化、有道德、有纪律的新型职业农民。",
        "让村集体经济强起来、富起来。",
        "社会主义制度是实现共同富裕的基本制度保障。",
        "充分发挥人民政协政治协商、民主监督、参政议政职能。",
        "坚持长期共存、互相监督、肝胆相照、荣辱与共的方针。",
        "实施科教兴国战略、人才强国战略、创新驱动发展战略。",
        "教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑。",
        "本次活动涵盖科技、教育、人才三个板块。",  # no canonical claim
        "企业要处理好安全和发展的关系。",
        "统筹发展和安全，建设更高水平的平安中国。",
        "坚决维护国家主权、安全、发展利益。",
        "实现了从站起来、富起来到强起来的伟大飞跃。",
    ])
    assert found(rules, "要坚持“一国两制”、和平统一的基本方针。")[0][1] == "和平统一、一国两制"


def test_joint_issuers_in_protocol_order(rules):
    check(rules, [
        "近日，国务院、中共中央印发《关于深化改革的意见》。",
        "国务院办公厅、中共中央办公厅印发《实施方案》。",
        "国务院 中共中央关于加强基层治理的意见",
        "省政府、省委高度重视防汛工作。",
        "市政府、市委联合印发《工作方案》。",
        "县政府办公室、县委办公室联合发文。",
        "镇政府、镇党委及时部署。",
        "省委、中共中央的决策部署要坚决落实。",
        "区委、市委印发通知。",
        "中央军委、国务院联合发布《条例》。",
    ], [
        "近日，中共中央、国务院印发《关于深化改革的意见》。",
        "中共中央办公厅、国务院办公厅印发《实施方案》。",
        "中共中央 国务院关于加强基层治理的意见",
        "认真落实党中央、国务院和省委、省政府决策部署。",
        "市委市政府高度重视。",
        "在市委、市政府和市人大常委会的支持下，项目顺利推进。",  # 人大 and 政府 are not ordered here
        "经国务院、中央军委批准，条例自公布之日起施行。",
        "市政府、市委宣传部联合举办读书月活动。",  # a department of the committee, not the committee
        "区政府、区委组织部有关负责同志参加。",
        "市政府、市委托第三方机构开展评估。",
        "省委、省人大常委会、省政府、省政协领导出席。",
        "市政协、市人大常委会相继召开会议。",  # the two sessions in the order they open
        "市政府、市委办公室联合发文。",  # a body and an office are not ranked against each other
    ])
    assert found(rules, "国务院、中共中央印发《意见》。")[0][1] == "中共中央、国务院"


def test_order_slips_of_single_character_formulations_are_political_not_typos(rules):
    # the labelled sets call any order of a fixed formulation's items political (东南西北中); a swap inside one word
    # (同共, 会全) stays a typo
    text = "专题学习：党政军民学，东南西北中，党是领导一切的。"
    assert found(rules, text)
    assert not found(rules, text, "typo")
    assert found(rules, "携手构建人类命运同共体。", "typo")
    assert not found(rules, "携手构建人类命运同共体。")


# ---- 2. attributes that belong to one formulation ---------------------------------------------------------------

def test_layouts_systems_tasks_and_firsts_with_their_own_attribute(rules):
    check(rules, [
        "统筹推进“五位一体”战略布局。",
        "协调推进“四个全面”总体布局。",
        "统筹推进五位一体的战略布局。",
        "人民代表大会制度是我国的基本政治制度。",
        "坚持和完善人民代表大会制度这一基本政治制度。",
        "我国的基本政治制度是人民代表大会制度。",
        "民族区域自治制度是我国的根本政治制度。",
        "中国共产党领导的多党合作和政治协商制度是我国的一项根本政治制度。",
        "全心全意为人民服务是我们党的基本宗旨。",
        "依法治国是党领导人民治理国家的根本方略。",
        "社会主义制度是我国的基本制度。",
        "全面落实立德树人首要任务。",
        "立德树人是教育的中心任务。",
        "高质量发展是全面建设社会主义现代化国家的根本任务。",
        "中国共产党的首要任务就是团结带领全国各族人民全面建成社会主义现代化强国。",
        "人才是第一动力，创新是第一资源。",
        "科技是第一资源。",
        "发展是党执政兴国的第一动力。",
    ], [
        "统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局。",
        "人民代表大会制度是我国的根本政治制度，是坚持党的领导、人民当家作主、依法治国有机统一的根本制度安排。",
        "中国共产党领导的多党合作和政治协商制度是我国的一项基本政治制度。",
        "基本政治制度包括民族区域自治制度和基层群众自治制度。",
        "全心全意为人民服务是党的根本宗旨。",
        "依法治国是党领导人民治理国家的基本方略。",
        "社会主义制度是中华人民共和国的根本制度。",
        "社会主义基本制度的确立为当代中国一切发展进步奠定了根本政治前提。",
        "落实立德树人根本任务。",
        "高质量发展是全面建设社会主义现代化国家的首要任务。",
        "推动高质量发展是我局今年的中心任务。",  # a unit's own priority, no canonical claim
        "科技是第一生产力、人才是第一资源、创新是第一动力。",
        "创新是引领发展的第一动力。",
        "人才是创新的第一资源。",
        "发展是党执政兴国的第一要务。",
        "安全是第一责任。",
    ])
    assert found(rules, "统筹推进“五位一体”战略布局。")[0][1] == "“五位一体”总体布局"
    assert found(rules, "人才是第一动力。")[0][1] == "人才是第一资源"


def test_the_two_centenary_goals_and_their_dates(rules):
    check(rules, [
        "站在实现第二个百年奋斗目标——全面建成小康社会的新起点上。",
        "第一个百年奋斗目标，即全面建成社会主义现代化强国。",
        "全面建成小康社会这一第二个百年奋斗目标。",
        "到2035年全面建成社会主义现代化强国。",
        "在新中国成立一百年时全面建成小康社会。",
        "到建党一百年时全面建成社会主义现代化强国。",
        "到本世纪中叶基本实现社会主义现代化。",
    ], [
        "第一个百年奋斗目标——全面建成小康社会如期实现。",
        "向第二个百年奋斗目标——全面建成社会主义现代化强国进军。",
        "在全面建成小康社会、实现第一个百年奋斗目标之后，开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军。",
        "我们在全面建成小康社会的基础上，向第二个百年奋斗目标进军。",
        "到2035年基本实现社会主义现代化，到本世纪中叶把我国建成富强民主文明和谐美丽的社会主义现代化强国。",
        "在新中国成立一百年时全面建成社会主义现代化强国。",
        "到2035年全面建设社会主义现代化国家取得重大进展。",  # the course, not the goal of 2035
    ])


# ---- 3. head titles of bodies --------------------------------------------------------------------------------

def test_central_bodies_with_a_head_title_they_do_not_have(rules):
    check(rules, [
        "国台办部长会见台湾青年代表。",
        "国新办局长出席发布会。",
        "国家网信办部长表示。",
        "海关总署局长一行调研口岸。",
        "审计署署长作审计工作报告。",
        "国家发改委部长介绍情况。",
        "国家卫健委局长指出。",
        "中国人民银行局长宣布降准。",
        "国家统计局部长解读数据。",
        "教育部主任出席开学典礼。",
    ], [
        "国台办主任会见台湾青年代表。",
        "国新办新闻发布会介绍有关情况。",
        "海关总署署长一行调研口岸。",
        "审计署审计长作审计工作报告。",
        "国家发改委主任介绍情况。",
        "中国人民银行行长宣布降准。",
        "公安部的局长们分赴各地督导。",  # the heads of the ministry's bureaus
        "国家统计局主任科员参加培训。",  # a rank
        "商务部部长级会议在京举行。",
        "外交部长出席会议。",
    ])
    assert found(rules, "国台办部长会见台湾青年代表。")[0][1].startswith("国台办主任")
    assert found(rules, "审计署署长作报告。")[0][1].startswith("审计署审计长")


def test_local_bodies_with_a_head_title_of_another_kind(rules):
    check(rules, [
        "市台办部长带队走访台资企业。",
        "县卫健委局长到乡镇卫生院调研。",
        "市公安局部长慰问一线民警。",
        "区教育局院长出席开学典礼。",
        "县委宣传部主任主持会议。",
    ], [
        "市台办主任带队走访台资企业。",
        "县卫健委主任到乡镇卫生院调研。",
        "市公安局局长慰问一线民警。",
        "县委宣传部部长主持会议。",
        "要做好城市空间战略布局部长远谋划。",
        "市场监管局部署专项整治。",
        "局部长期降雨可能引发地质灾害。",
    ])


def test_state_organs_and_basic_policies_with_their_own_nature(rules):
    check(rules, [
        "国务院是最高国家权力机关。",
        "人民政协是国家权力机关。",
        "人民检察院是国家审判机关。",
        "人民法院是国家的法律监督机关。",
        "全国人大是最高国家行政机关。",
        "监察委员会是国家审判机关。",
        "依法治国是我国的基本国策。",
        "对外开放是我国的根本国策。",
        "公有制为主体、多种所有制经济共同发展是我国的根本经济制度。",
    ], [
        "国务院即中央人民政府，是最高国家权力机关的执行机关，是最高国家行政机关。",
        "人民政协是专门协商机构。",
        "全国人大常委会是全国人大的常设机关。",
        "全国人民代表大会是最高国家权力机关。",
        "人民法院是国家的审判机关。",
        "人民法院、人民检察院是国家的审判机关和法律监督机关。",  # two subjects, two natures in order
        "地方各级人民政府是地方各级国家权力机关的执行机关，是地方各级国家行政机关。",
        "最高人民检察院是最高检察机关。",
        "监察委员会是国家的监察机关。",
        "政协不是国家权力机关，而是专门协商机构。",
        "对外开放是我国的基本国策。",
        "公有制为主体、多种所有制经济共同发展是我国的基本经济制度。",
    ])
