"""错敏字: misspelt formal terms and names generated from correct forms (typo), politically wrong wording (political).

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_typo import TypoFinder, expand, leaders_table, load_terms


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def found(rules, text, cls):
    """The matched spans of class ``cls`` in ``text``."""
    return [text[h.start:h.end] for h in _hits(text, rules) if h.cls == cls]


def rules_of(rules, text):
    return [h.rule for h in _hits(text, rules) if h.cls in ("typo", "political")]


# ---- lexicon families and the candidate generator --------------------------------------------------------

def test_expand_writes_every_member_of_a_family():
    assert expand("十四届全国人大{一|二|三}次会议") == ["十四届全国人大一次会议", "十四届全国人大二次会议",
                                                        "十四届全国人大三次会议"]
    assert expand("{省|市}委{十|十一}届全会") == ["省委十届全会", "省委十一届全会", "市委十届全会", "市委十一届全会"]
    assert expand("没有花括号") == ["没有花括号"]


def test_families_reach_the_lexicon(tmp_path):
    (tmp_path / "formal_terms.txt").write_text("第九届虚构联合会第{一|二}次代表大会\n", encoding="utf-8")
    forms = {t.correct for t in load_terms(tmp_path)}
    assert {"第九届虚构联合会第一次代表大会", "第九届虚构联合会第二次代表大会"} <= forms


@pytest.mark.parametrize("text, wrong", [
    ("全市各级领导干部认真学习十四届全国人大三次会意精神。", "十四届全国人大三次会意"),  # 议 → 意 (sound)
    ("市政协召开党组会议，传达全国政协十四届四次会仪精神。", "全国政协十四届四次会仪"),
    ("我局党组传达学习中央城市工做会议精神。", "中央城市工做会议"),
    ("开展《中华人民共和国反外国制栽法》宣传。", "反外国制栽法"),
    ("持续开展粮食安全保障发宣传活动。", "粮食安全保障发"),
    ("推动新质生产立加快发展。", "新质生产立"),
    ("围绕全国统一大市厂建设出台措施。", "全国统一大市厂"),
    ("深入开展安全生产治本功坚三年行动。", "安全生产治本功坚三年行动"),
])
def test_lexicon_of_correct_forms_generates_the_slip(rules, text, wrong):
    assert wrong in found(rules, text, "typo")


@pytest.mark.parametrize("text", [
    "学习贯彻党的二十届三中全会和四中全会精神。",  # numbered plenums differ only in numerals
    "十四届全国人大常委会第十八次会议在京闭幕。",
    "市委十三届九次全会召开。",
    "二十届中央纪委五次全会和十四届全国人大常委会十九次会议",  # 第 may be left out
    "中央纪委第五次全会，全国人大常委会的第十九次会议",  # …or put in
    "市场监管部门开展民营经济促进法宣传。",
    "全省安全生产治本攻坚三年行动推进会召开。",
])
def test_correct_numbered_sessions_and_terms_are_clean(rules, text):
    assert found(rules, text, "typo") == []


def test_doubled_last_character_unless_it_starts_the_next_word(rules):
    assert found(rules, "应急管理部部等四部门联合印发通知。", "typo") == ["应急管理部部"]
    assert found(rules, "应急管理部部署冬季安全防范工作。", "typo") == []  # 部署
    assert found(rules, "应急管理部部长主持会议。", "typo") == []  # 部长
    assert found(rules, "潍坊市市场监督管理局发布提示。", "typo") == []  # the first 市 ends the city's name


def test_doubled_numeral_in_a_numbered_session(rules):
    assert found(rules, "传达学习十四届全国人大三三次会议精神。", "typo") == ["十四届全国人大三三次会议"]
    assert found(rules, "全国人大常委会第三十三次会议审议。", "typo") == []


# ---- leaders ------------------------------------------------------------------------------------------------

def test_misspelt_vice_premier_next_to_his_title(rules):
    assert "国务院副总理刘国忠" in found(rules, "国务院副总理刘国忠到我省调研。", "typo")
    assert found(rules, "国务院副总理刘国中到我省调研。", "typo") == []


def test_a_slip_in_the_title_is_one_typo_finding_not_a_title_error(rules):
    text = "会议传达了国务院付总理刘国中的批示。"
    assert found(rules, text, "typo") and found(rules, text, "political") == []


def test_name_only_officials_are_anchored_by_their_own_titles_only(rules):
    assert "国务委员吴正隆" in found(rules, "国务委员吴正隆出席开幕式。", "typo")
    # 同志 anchors no name-only official (a common name), and their other titles are not checked
    assert found(rules, "张俊同志任村党支部书记。", "typo") == []
    assert "张军" not in leaders_table() and "何立峰" in leaders_table()
    assert found(rules, "书记王小洪强调", "political") == []


def test_name_only_rows_do_not_anchor_other_leaders_titles(tmp_path):
    (tmp_path / "leaders.txt").write_text("赵虚构\t虚构局局长\t仅查姓名\n", encoding="utf-8")
    finder = TypoFinder(load_terms(tmp_path))
    assert [h.wrong for h in finder.find("虚构局局长赵虚够出席。")] == ["虚构局局长赵虚够"]
    assert finder.find("总书记赵虚够出席。") == []


# ---- political wording ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("会议传达了国务院副主席关于防汛工作的批示。", "国务院副主席"),
    ("全国政协副委员长一行来我市调研。", "全国政协副委员长"),
    ("传达学习中央纪委主任的讲话精神。", "中央纪委主任"),
    ("观看中共主席的讲话视频。", "中共主席"),
    ("最高人民法院检察长作工作报告。", "最高人民法院检察长"),
])
def test_a_title_the_institution_does_not_have(rules, text, span):
    assert span in found(rules, text, "political")


@pytest.mark.parametrize("text", [
    "全国人大常委会副委员长、全国政协副主席出席。",
    "国务院副总理、国务委员出席会议。",
    "中央纪委副书记、国家监委副主任主持。",
    "最高人民检察院检察长作报告，国家主席签署主席令。",
])
def test_institutions_with_their_own_titles_are_clean(rules, text):
    assert found(rules, text, "political") == []


@pytest.mark.parametrize("text, span", [
    ("台湾地区的农业署公布了统计数据。", "台湾地区的农业署"),
    ("据报道，立法院长发表涉陆言论。", "立法院长"),
    ("岛内防务部门称，岛内国防部将采购武器。", "岛内国防部"),
    ("他在台北总统府前拍了照片。", "台北总统府"),
    ("交流团参观了阳明山国家公园。", "阳明山国家公园"),
    ("台湾学生介绍了国立成功大学的情况。", "国立成功大学"),
    ("他的祖父在国立故宫博物院工作过。", "国立故宫博物院"),
])
def test_taiwan_authorities_named_as_a_state(rules, text, span):
    assert span in found(rules, text, "political")


@pytest.mark.parametrize("text", [
    "台湾地区“农业署”公布了统计数据。",
    "岛内“立法院长”发表涉陆言论。",
    "1947年，国民政府行政院长在南京宣布改组。",
    "西南联合大学由国立北京大学、国立清华大学和私立南开大学组成。",
    "北京故宫博物院举办特展。",
    "三江源国家公园、大熊猫国家公园建设稳步推进。",
])
def test_quoted_historical_and_mainland_names_are_clean(rules, text):
    assert found(rules, text, "political") == []


@pytest.mark.parametrize("text, span", [
    ("老人翻出一张写着民国112年的车票。", "民国112年"),
    ("民国一百一十年出生的孩子已上小学。", "民国一百一十年"),
    ("展出日治时期的老报纸。", "日治时期"),
    ("这里曾是满洲国的官署。", "满洲国"),
    ("讲述八年抗战中的英雄故事。", "八年抗战"),
])
def test_history_and_calendar_wording(rules, text, span):
    assert span in found(rules, text, "political")


@pytest.mark.parametrize("text", [
    "民国二十六年，卢沟桥事变爆发。",
    "日据时期的台湾同胞奋起反抗。",
    "参观伪满皇宫博物院，了解伪满洲国的历史。",
    "纪念十四年抗战胜利，其中全面抗战八年。",
])
def test_correct_history_wording_is_clean(rules, text):
    assert found(rules, text, "political") == []


@pytest.mark.parametrize("text, span", [
    ("台湾同胞在大陆享受同等待遇。", None),
    ("现场有不少台湾公民排队品尝。", "台湾公民"),
    ("香港、澳门是暑期出国游的热门目的地。", "香港、澳门是暑期出国"),
    ("开往香港的国际货车可在线预约。", "开往香港的国际货车"),
    ("外籍人员（含港澳台）须办理登记。", "外籍人员（含港澳"),
    ("与新加坡、马来西亚、台湾等国的学校结对。", "台湾等国"),
    ("台湾民众与中国人民同根同源。", "台湾民众与中国人民"),
    ("台湾的邦交国数量一再减少。", "邦交国"),
    ("不少内地企业与台湾企业合作，两岸产业互补。", "内地"),
    ("大陆旅客赴港购物热情高涨。", "大陆"),
    ("增强三个意识，做到两个维护。", "三个意识"),
    ("深入学习习近平思想。", "习近平思想"),
])
def test_hong_kong_macao_taiwan_and_formulations(rules, text, span):
    hits = found(rules, text, "political")
    if span is None:
        assert hits == []
    else:
        assert any(span in h or h in span for h in hits), hits


@pytest.mark.parametrize("text", [
    "台湾居民可持台胞证办理入住。",
    "办理出国（境）证件请提前预约。",
    "香港国际机场客流量回升。",
    "外国人和港澳台居民须办理登记。",
    "与新加坡、马来西亚等国家和台湾地区的学校结对。",
    "香港等国内外城市参加展会。",
    "两岸同胞同根同源，中国人民解放军守护和平。",
    "港澳居民来往内地通行证与台湾居民来往大陆通行证都能用。",
    "内地游客赴港购物热情高涨。",
    "欧亚大陆桥连接东西。",
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "深入学习习近平新时代中国特色社会主义思想和习近平法治思想。",
    "巴拿马与我国建交后，两国关系快速发展。",
])
def test_hong_kong_macao_taiwan_correct_wording_is_clean(rules, text):
    assert found(rules, text, "political") == []


@pytest.mark.parametrize("text, rule_fragment", [
    ("所谓西藏流亡政府毫无合法性。", None),
    ("渔船在斯普拉特利群岛附近作业。", "political:"),
    # 中华台北 is the name agreed for Chinese Taipei's teams in 1989 (test_content_zh4): outside sport it is wrong
    ("中华台北队夺得金牌。", None),
    ("中华台北的经济数据今天公布。", "political:"),
])
def test_political_lexicon_of_wrong_names(rules, text, rule_fragment):
    got = rules_of(rules, text)
    if rule_fragment is None:
        assert got == []
    else:
        assert any(r.startswith(rule_fragment) for r in got)


def test_two_swapped_characters(rules):
    assert found(rules, "庆祝中华人民和共国成立七十七周年。", "typo") == ["中华人民和共国"]
    assert found(rules, "加强党风政廉建设。", "typo") == ["党风政廉建设"]  # across the middle
    assert found(rules, "坚持全面从严治党。", "typo") == []


def test_mainland_word_needs_a_context_of_one_side_only(rules):
    # 港澳台 together: 大陆 and 内地 are both in place
    assert found(rules, "港澳台同胞和大陆同胞欢聚一堂，内地企业踊跃参展。", "political") == []


@pytest.mark.parametrize("text, span", [
    ("省人大常委会委员长一行来我市调研。", "省人大常委会委员长"),
    ("市政协委员长出席开幕式。", "市政协委员长"),
    ("县委主任在会上讲话。", "县委主任"),
])
def test_local_institutions_have_their_own_titles(rules, text, span):
    assert span in found(rules, text, "political")
    assert found(rules, "省人大常委会主任、市政协主席、县委书记、区纪委副书记出席。", "political") == []


@pytest.mark.parametrize("text, span", [
    ("认真学习邓小平思想。", "邓小平思想"),
    ("深入学习习近平新时代中国特色社会主义理论。", "习近平新时代中国特色社会主义理论"),
])
def test_names_of_guiding_theories(rules, text, span):
    assert span in found(rules, text, "political")
    assert found(rules, "以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观为指导，"
                        "坚持中国特色社会主义理论体系。", "political") == []


@pytest.mark.parametrize("text", [
    "中国共产党第一次全国代表大会在上海召开。",  # numbered: 一 is shorter than 二十, not a dropped character
    "中国国民党革命委员会中央委员会发布公告。",  # 革命委员会 is no sound-alike of 居民委员会 at its edge
    "中国人民解放军军乐团演奏国歌。",  # the doubled 军 starts 军乐团
])
def test_real_names_next_to_lexicon_terms_are_clean(rules, text):
    assert found(rules, text, "typo") == []


def test_three_character_leader_name_before_what_the_news_says_of_a_leader(rules):
    assert found(rules, "赵乐济强调，要做好新时代人大工作。", "typo") == ["赵乐济强调"]
    assert found(rules, "赵乐际强调，要做好新时代人大工作。", "typo") == []
    assert found(rules, "李墙强调安全。", "typo") == []  # two-character names are too common


@pytest.mark.parametrize("text, span", [
    ("我国与台湾的经贸往来日益密切。", "我国与台湾"),
    ("蒋经国总统执政时期。", "蒋经国总统"),
    ("统筹推进四位一体总体布局。", "四位一体总体布局"),
    ("会场悬挂台湾国旗的照片被删除。", "台湾国旗"),
])
def test_more_wording_policies(rules, text, span):
    assert span in found(rules, text, "political")
    assert found(rules, "统筹推进“五位一体”总体布局，两岸同胞往来密切。", "political") == []


def test_three_character_term_with_a_wrong_middle_character(rules):
    assert found(rules, "广洲市召开安全生产会议。", "typo") == ["广洲市"]
    assert found(rules, "海牙国际法院作出裁决，国际法学者评论。", "typo") == []  # 国际法 is no slip for 国籍法


def test_provinces_are_all_listed_so_none_is_a_slip_for_another(rules):
    assert found(rules, "陕西省、山西省、湖北省、河北省联合举办。", "typo") == []


@pytest.mark.parametrize("text", [
    "欢迎港澳台及海外学生报考。",  # 海外 is no country: 港澳台和海外 is the usual wording
    "港澳台居民来大陆就业可享受同等待遇。",  # 港澳台 together: 大陆 is in place
])
def test_usual_wording_for_hong_kong_macao_taiwan_together(rules, text):
    assert found(rules, text, "political") == []


def test_a_correction_notice_quotes_the_wrong_wording_it_corrects(rules):
    notice = "更正：本号昨日推文中“台湾政府”“香港与中国”的表述有误，应为“台湾当局”“香港与内地”，特此更正。"
    assert found(rules, notice, "political") == []
    # the same wording outside a correction notice, or unquoted in one, is still wrong
    assert found(rules, "昨日推文提到“台湾政府”回应。", "political")
    assert found(rules, "更正：台湾政府一词有误。", "political")


@pytest.mark.parametrize("text, flagged", [
    ("践行“两个代表”重要思想。", True),
    ("协调推进“三个全面”战略布局。", True),
    ("牢记“两个务必”，践行“三个务必”。", False),  # 1949 and 2022: both right
    ("每村推选两个代表参加会议，做到三个全面，确保质量。", False),  # ordinary words
    ("台湾同胞出国旅游人数增加。", False),  # people of Taiwan going abroad, not travel to Taiwan
])
def test_numbered_formulations_and_abroad_only_where_they_are_meant(rules, text, flagged):
    assert bool(found(rules, text, "political")) is flagged


def test_national_prefix_in_a_sentence_about_taiwan_but_not_in_history(rules):
    assert found(rules, "来自高雄的国立中山大学学生到访。", "political") == ["国立中山大学"]
    assert found(rules, "1924年孙中山创办的国立广东大学后改名国立中山大学。", "political") == []


def test_a_former_title_is_not_a_wrong_title(rules):
    assert found(rules, "全国政协副主席刘国中出席。", "political")
    assert found(rules, "时任全国政协副主席刘国中出席。", "political") == []


def test_a_character_dropped_from_a_five_character_term_unless_a_word_is_left(rules):
    assert found(rules, "深入推进数字政建设。", "typo") == ["数字政建设"]
    assert found(rules, "国家疾控局、国家卫委联合发文。", "typo") == ["国家卫委"]
    assert found(rules, "支持中小企业和基层组织发展，农业与农村委员会调研。", "typo") == []  # words, not slips


def test_foreign_names_of_chinese_territory_after_so_called_are_clean(rules):
    assert found(rules, "渔船在西菲律宾海作业。", "political")
    assert found(rules, "印方所谓“阿鲁纳恰尔邦”是中国藏南地区，菲方所谓的“西菲律宾海”即南海。", "political") == []
