"""Typos, ads, reposts and entertainment, thirteenth round (#18): the families behind dev12's misses, as general
rules. Typos: a listed leader's name with one part of a character changed beside a national title (the radical
or the phonetic swapped), a glyph drawn nearly alike inside a formal term (not inside a place name), the names of
national projects, a quoted numbered formula one character off after the verb the lexicon writes it with or before
the words that follow it there. Ads: a shop tag under a short video, a chat group's number with 群 written by sound
or its digits spaced, a seller's enterprise WeChat added for free goods or coupons. Reposts: another body's first
person (我景区, 我公司), an outside author's signed commentary (作者系…) without the publication. Entertainment: the
"X本X" meme, 谁懂这种…. Each family has hard negatives. Every sentence is written for these tests (none is taken
from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.charsim import same_part
from detectors.content import ContentRules, _hits
from detectors.content_repost import repost_hit
from detectors.content_typo import formula_contexts


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def classes(rules, text):
    return {h.cls for h in _hits(text, rules, year=2026)}


def post(text, pid="p1"):
    return {"platform": "wechat", "account_id": "acct", "post_id": pid, "created_at": "2026-11-20T10:00:00+08:00",
            "text": text, "is_original": None, "is_pinned": False, "source": None, "url": f"https://example/{pid}"}


def repost_basis(text, unit):
    hit = repost_hit(post(text), unit, None)
    return hit.basis if hit else None


# ---- typos: leaders' names, near glyphs, national projects, numbered formulas -----------------------------------

def test_same_part_is_one_shared_component_in_place():
    assert same_part("贻", "胎")  # 台 on the right
    assert same_part("清", "请")  # 青 on the right
    assert not same_part("贻", "贻")
    assert not same_part("中", "国")


@pytest.mark.parametrize("text, correct", [
    # neither a look-alike by the shape tables nor a sound-alike: only the shared part makes them slips
    ("国务委员谌抬琴在调研时强调。", "国务委员谌贻琴"),  # 贻 → 抬: 台 kept, 贝 swapped for 扌
    ("国务院副总理何立岭出席会议。", "国务院副总理何立峰"),  # 峰 → 岭: 山 kept
])
def test_leader_name_with_a_part_changed_beside_a_national_title(finder, text, correct):
    assert correct in {h.correct for h in finder.find(text)}, text


@pytest.mark.parametrize("text", [
    "国务委员王小洪出席会议并讲话。",
    "全国人大常委会副委员长雪克来提·扎克尔出席开幕式。",
    "全国政协副主席帕巴拉·格列朗杰出席活动。",
    "中央军委副主席张升民出席仪式。",
    "市委副书记王小红主持召开会议。",  # a local official, no national title
    "社区书记张国请大家排队登记。",  # 张国 and 请: no title of a listed leader
])
def test_leader_name_hard_negatives(finder, text):
    assert not [h for h in finder.find(text) if h.leader], text


@pytest.mark.parametrize("text", [
    "局党组传达学习党申央关于安全生产的决策部署。",
    "全市上下坚决贯彻党申央决策部署。",
])
def test_near_glyph_inside_a_formal_term(finder, text):
    assert "党中央" in {h.correct for h in finder.find(text)}, text


@pytest.mark.parametrize("text, correct", [
    ("坚定“四个白信”。", "四个自信"),  # 自 / 白 (confusables.txt)
    ("南水比调工程通水十周年。", "南水北调工程"),  # 北 / 比
    ("中央政治局常委王泸宁出席会议。", "中央政治局常委王沪宁"),  # 沪 / 泸 beside the standing committee title
])
def test_classic_look_alikes(finder, text, correct):
    assert correct in {h.correct for h in finder.find(text)}, text


@pytest.mark.parametrize("text", [
    "“惠民保”由市医疗保障局指导，保险公司共保。",  # 保…市 is no misspelt 保山市
    "学习贯彻党中央决策部署。",
    "申请人应于申报截止前提交材料。",
])
def test_near_glyph_hard_negatives(finder, text):
    assert not finder.find(text), text


@pytest.mark.parametrize("text, correct", [
    ("南水北吊中线工程累计调水超过700亿立方米。", "南水北调中线工程"),
    ("西气东书管道冬季保供平稳。", "西气东输"),
    ("港珠奥大桥客流创新高。", "港珠澳大桥"),
])
def test_national_project_names(finder, text, correct):
    assert correct in {h.correct for h in finder.find(text)}, text


@pytest.mark.parametrize("text", [
    "南水北调中线工程累计调水超过700亿立方米。",
    "西气东输、西电东送工程保障能源供应。",
    "川藏铁路、青藏铁路沿线生态保护。",
])
def test_national_project_names_written_right(finder, text):
    assert not finder.find(text), text


def test_formula_contexts_come_from_the_lexicon():
    contexts = formula_contexts(["坚定拥护“两个确立”、坚决做到“两个维护”", "“两个确立”的决定性意义"])
    assert contexts["两个确立"] == (frozenset({"拥护"}), frozenset({"的决定性意义"}))
    assert contexts["两个维护"] == (frozenset({"做到"}), frozenset())


@pytest.mark.parametrize("text, correct", [
    ("党员干部要坚决做到“两个拥护”。", "“两个维护”"),  # after the formula's verb
    ("切实增强“四个意志”。", "四个意识"),
    ("深刻认识“两个确认”的决定性意义。", "“两个确立”的决定性意义"),  # before the formula's words
    ("牢固树立“四个意识”、坚定“四个自信”、坚决践行“两个拥护”。", "“两个维护”"),  # in a series of formulas
])
def test_quoted_formula_with_a_wrong_word(finder, text, correct):
    assert correct in {h.correct for h in finder.find(text)}, text


@pytest.mark.parametrize("text", [
    "深刻领会“两个确立”的决定性意义。",  # another verb: 领会 and 领悟 are both right
    "坚定拥护“两个确立”、坚决做到“两个维护”。",
    "各地要做到“两个确保”。",  # a formula of its own
    "落实食品安全“两个责任”。",
    "做到“两个结合”。",  # one formula after another's verb: the lexicon lists it
    "坚定“四个自信”，推进“两个融合”。",  # a form one character from a formula the lexicon has no context for
])
def test_quoted_formula_hard_negatives(finder, text):
    assert not finder.find(text), text


# ---- ads -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "这款车载手机支架很实用，点击视频左下角“同款”标签进店。",
    "冬季露营装备加入徒步群，裙号：52 846 1937，群内每周特价团购。",
    "想学摄影的朋友加交流群，群号 735 118 264，群里有课程优惠。",
    "想要定制健身计划的朋友，添加私教顾问企业微信，免费领健身食谱和代金券。",
    "添加店长微信，免费领护手霜小样。",
    "进君羊领福利：736 284 951",  # 君羊: 群 split in two
    "护肤套装咨询扣扣 2836 015 947",
])
def test_ad_families(rules, text):
    assert "ad" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    # a warning describing the trick
    "警惕！骗子常让你点击视频下方链接购买“特效药”，这是诈骗。",
    # a unit's own group, written plainly
    "志愿者交流群号：528461937，欢迎报名参加冬季义诊。",
    # a service account without an offer
    "添加社区网格员企业微信，可在线咨询养老服务政策。",
    # the government's consumption vouchers handed out by a platform's service staff
    "添加客服微信领取政府消费券。",
    # spaced digits that are no contact
    "咨询电话：0371 6688 1234",
])
def test_ad_hard_negatives(rules, text):
    assert "ad" not in classes(rules, text), text


# ---- reposts ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("游客朋友们：因索道检修，我景区将于1月5日至1月10日暂停索道运营，其余游览项目照常开放。", "某市文化广电和旅游局"),
    ("尊敬的用户：因线路改造，我公司将于本周六对城区部分路段停水，敬请谅解。", "某县住房和城乡建设局"),
    ("尊敬的客户：因系统升级，我行将于12月6日凌晨暂停网上银行服务。", "某县人民政府"),
    ("守住文物的“本来面目”\n\n文物活化不能以牺牲真实为代价……\n\n（作者系某师范大学文学院副教授 林知远）", "某市文物局"),
])
def test_repost_families(text, unit):
    assert repost_basis(text, unit) in ("other_voice", "outlet_cut"), text


@pytest.mark.parametrize("text, unit", [
    # the scenic area's own management speaks as 我景区
    ("游客朋友们：因索道检修，我景区将于1月5日起暂停索道运营。", "某山风景名胜区管理委员会"),
    ("尊敬的用户：我公司将于本周六对城区部分路段停水。", "某市自来水有限公司"),
    ("尊敬的客户：我行将于12月6日凌晨暂停网上银行服务。", "某县农村商业银行"),
    ("推动本行业高质量发展，支持本行政区域内企业。", "某市商务局"),
    ("欢迎我台湾同胞来豫投资兴业。", "某市人民政府台湾事务办公室"),
    ("在外工作的乡亲接受了本台采访。", "某市人民政府新闻办公室"),
    # the author is the unit's own
    ("冬季消防安全心得……\n\n（作者系本支队防火监督科科长）", "某市消防救援支队"),
    ("浅谈基层减负……\n\n（作者系某市教育局干部）", "某市教育局"),
    # 作者 alone names no outside publication's commentary (the existing rules judge such posts)
    ("我们的冬季服务安排如下。\n\n作者：某某", "某市教育局"),
])
def test_repost_hard_negatives(text, unit):
    assert repost_basis(text, unit) is None, text


# ---- entertainment ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "加班到深夜，小编已经是社恐本恐了。",
    "下雪天出门堵了两小时，谁懂这种感觉啊。",
    "一根雪糕卖到二十块，真是雪糕刺客。",
    "今天零下十度，小编上班路上直接冻成冰雕。",
    "排了三小时队，我真的会谢。",
])
def test_entertainment_memes(rules, text):
    assert "entertainment" in classes(rules, text), text


@pytest.mark.parametrize("text", [
    "请当事人本人携带身份证到窗口办理。",
    "寒风中老人冻得瑟瑟发抖，民警及时送上棉衣。",
    "请上传文本文件，格式为txt。",
    "村里谁懂电脑，帮老人填一下申请表。",
    "气温骤降，路面结冰冻成冰块，市民出行注意防滑。",
    "社恐人士也能轻松办理的自助服务终端上线。",  # a light meme word alone
])
def test_entertainment_hard_negatives(rules, text):
    assert "entertainment" not in classes(rules, text), text
