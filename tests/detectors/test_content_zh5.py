"""错敏字, fifth round: politically wrong wording from the official guidance itself
(``detectors/content_political_guidance.py`` and the new rows of ``lexicons/political.tsv``).

Every sentence here was written for these tests (none is taken from the evaluation sets). Each family has
positive sentences and hard negatives: the correct form, the wording quoted, reported or rejected, history, and
words that merely contain the same characters.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_political_guidance import STANDING_ORDER


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def political(rules, text):
    return [text[h.start:h.end] for h in _hits(text, rules, year=2026) if h.cls == "political"]


def rule_of(rules, text):
    return [h.rule for h in _hits(text, rules, year=2026) if h.cls == "political"]


def check(rules, positives, negatives):
    for text in positives:
        assert political(rules, text), text
    for text in negatives:
        assert political(rules, text) == [], (text, political(rules, text))


# ---- separatist formulas need quotation marks; Taiwan's formulas of the 1992 consensus ------------------------

def test_separatist_names_need_quotation_marks(rules):
    check(rules, [
        "岛内台独势力近来活动频繁。",
        "警惕港独思潮向校园渗透。",
        "一些人鼓吹台湾独立。",
        "依法打击藏独、疆独分裂活动。",
    ], [
        "坚决反对“台独”分裂势力。",
        "依法打击“藏独”“疆独”分裂活动。",
        "该平台独家报道了此事。",          # 平台 + 独家
        "香港独特的城市风貌吸引游客。",     # 香港 + 独特
        "宝藏独特的魅力令人难忘。",         # 宝藏 + 独特
        "台湾独立书店联盟来访交流。",       # 独立书店: independent bookshops
    ])


def test_one_china_respective_interpretations(rules):
    check(rules, [
        "国民党主张九二共识、一中各表。",
        "有人把两岸关系说成一国两府。",
    ], [
        "九二共识的核心是一个中国原则，不接受所谓“一中各表”。",
        "坚持体现一个中国原则的九二共识。",
    ])


# ---- the resumption of sovereignty over Hong Kong and Macao; not a colony -------------------------------------

def test_resumption_of_sovereignty(rules):
    check(rules, [
        "1997年中国收回香港主权。",
        "澳门主权回归二十五周年。",
        "中国恢复香港主权的那一天。",
        "香港回归后中国成为新的宗主国。",
    ], [
        "1997年7月1日，中国政府对香港恢复行使主权。",
        "邓小平说，1997年中国收回香港。",          # 收回香港 is the Joint Declaration's own wording
        "香港回归祖国，政权交接仪式隆重举行。",
        "1943年中国收回部分租界的主权。",         # no Hong Kong or Macao in the sentence
    ])


def test_hong_kong_was_under_colonial_rule(rules):
    check(rules, [
        "香港曾是英国的殖民地。",
        "殖民地时期的香港经济以转口贸易为主。",
    ], [
        "英国对香港实行殖民统治。",
        "近代中国沦为半殖民地半封建社会。",
        "所谓香港是殖民地的说法早已被驳斥。",
    ])


# ---- the special administrative regions' own system ----------------------------------------------------------

def test_sar_system(rules):
    check(rules, [
        "香港实行三权分立的政治体制。",
        "深港边界线上的界碑见证历史。",
        "国家主席出访香港。",
        "香港特区政府行政长官出席典礼。",
        "澳门特别行政区政府立法会通过法案。",
    ], [
        "香港特别行政区实行行政主导，不是三权分立。",
        "美国实行三权分立。",                     # not about the SARs
        "香港特别行政区行政长官出席典礼。",
        "国家主席视察香港。",
        "深港两地管理线附近加强巡查。",
    ])


# ---- legal matters across the Strait and with the SARs are internal ------------------------------------------

def test_no_terms_of_international_law_across_the_strait(rules):
    check(rules, [
        "台湾警方将嫌犯引渡回大陆。",
        "海峡两岸开展司法协助。",
        "两名男子偷渡台湾被查获。",
        "香港警方将逃犯引渡回内地。",
    ], [
        "两岸警方依据司法互助协议遣返嫌犯。",
        "内地与香港特区开展司法协助。",           # the official name of the inter-regional arrangements
        "日本将嫌犯引渡至中国。",
        "从越南偷渡入境的人员被抓获。",
    ])


def test_taiwan_names_keep_their_fixed_form(rules):
    check(rules, [
        "依据台湾有关规定办理。",
        "台湾民意代表来访。",
        "台湾亲民党主席访问大陆。",
        "他会讲台语，也会唱台语歌。",
        "台湾经济文化代表处设在东京。",
        "中国台湾在世贸组织中也是成员。",
        "世贸组织成员国有164个。",
    ], [
        "依据台湾地区有关规定办理。",
        "台湾地区民意代表来访。",
        "亲民党主席访问大陆。",
        "电视台语音节目今晚播出。",
        "舞台语言很有张力。",
        "台北经济文化代表处设在东京。",
        "世贸组织成员有164个。",
        "中国台湾的水果在福建热销。",               # no international body in the sentence
    ])


def test_movements_named_by_themselves(rules):
    check(rules, ["雨伞运动期间交通受阻。", "反送中游行造成混乱。"],
          ["修例风波平息后香港恢复秩序。", "非法“占中”严重破坏法治。", "所谓“雨伞运动”实为非法“占中”。"])


# ---- China's territory under another state's claim -----------------------------------------------------------

def test_territory_claimed_by_others(rules):
    check(rules, [
        "印度的藏南地区风光秀丽。",
        "阿克赛钦属于印度。",
        "菲律宾援引南海仲裁案裁决。",
        "尖阁群岛附近海域。",
        "冲之鸟岛周边海域。",
        "斯卡伯勒礁附近的渔船。",
        "帕加萨岛上的设施。",
    ], [
        "印度非法侵占的藏南地区。",
        "所谓南海仲裁案裁决是一张废纸。",
        "中方不接受、不承认仲裁庭裁决，南海诸岛是中国固有领土。",
        "钓鱼岛及其附属岛屿是中国固有领土。",
        "冲之鸟礁周边海域。",
        "劳动争议仲裁庭的裁决已生效。",           # no South China Sea in the sentence
    ])


# ---- ethnic and religious names ------------------------------------------------------------------------------

def test_ethnic_names(rules):
    check(rules, [
        "摩梭族的走婚习俗。",
        "村里的老回回们都来了。",
        "鲜族群众欢度节日。",
        "穿青族的传统服饰。",
        "哈萨克族和乌孜别克族同属突厥族。",
        "回族就是伊斯兰教。",
        "穆斯林群众在节日杀羊。",
        "蒙古大夫看病不靠谱。",
    ], [
        "摩梭人的走婚习俗。",
        "朝鲜族群众欢度节日。",
        "客家族群文化节开幕。",
        "新鲜族群的出现。",
        "来来回回跑了三趟。",
        "他回回都第一个到岗。",                   # 回回 = 每回
        "元代回回人擅长天文历算。",                 # history
        "回族群众信仰伊斯兰教。",
        "穆斯林群众在节日宰羊。",
        "壮族旧称僮族，1965年改为壮族。",           # history of the renaming
    ])


def test_muslim_and_other_foreign_affairs_terms(rules):
    check(rules, ["穆斯林国家的代表出席会议。", "黑非洲的发展问题。", "两岸四地青年交流。"],
          ["伊斯兰国家的代表出席会议。", "撒哈拉以南非洲的发展问题。", "两岸青年和港澳青年交流。"])


# ---- leaders -------------------------------------------------------------------------------------------------

def test_standing_committee_order(rules):
    check(rules, [
        "出席活动的有李强、习近平、赵乐际。",
        "李强总理、习近平总书记出席。",
        "赵乐际、王沪宁、李强等出席。",
    ], [
        "出席活动的有习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正。",
        "李强主持会议。习近平出席并讲话。",           # two sentences, no list
        "中韩正式签署协议，李强出席。",               # 韩正 inside 中韩正式 is no name
    ])
    assert rule_of(rules, "李希、蔡奇出席。") == ["political:领导人排序"]
    assert STANDING_ORDER[0] == "习近平" and len(STANDING_ORDER) == len(set(STANDING_ORDER))


def test_local_official_is_no_state_leader(rules):
    check(rules, ["市委书记张三等国家领导人出席开幕式。"],
          ["国务院总理李强等国家领导人出席开幕式。", "市委书记张三陪同国家领导人考察。"])


# ---- readings recorded in the module: not flagged -----------------------------------------------------------

def test_readings_not_flagged(rules):
    assert political(rules, "有网民讨论武统话题。") == []
    assert political(rules, "外交部：南海有关争议应由直接当事国协商解决。") == []
