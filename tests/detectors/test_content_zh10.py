"""Political wording, sixth round: rules that survive rewording (``detectors/content_political_general.py`` and the
space-insensitive reading in ``content_patterns.political_hits``; checklist items 126–136 and the paraphrase sweep of
the implemented items, ``detectors/lexicons/POLITICAL_CHECKLIST.md``).

Every sentence here was written for these tests (none is taken from an evaluation part). Each family is checked with
paraphrases — another word order, a word inserted, traditional characters, spaces, quotation marks — and with hard
negatives: the right form, history, foreign contexts, the wording reported or rejected, lookalike words.
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits
from detectors.content_political_general import offices


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def political(rules, text, year=2026):
    return [text[h.start:h.end] for h in _hits(text, rules, year=year) if h.cls == "political"]


# ---- paraphrase sweep over items the checklist already marks as implemented --------------------------------------

SWEEP = {
    # item: (paraphrases that must be caught, hard negatives that must not)
    "12 全国人大副委员长": (["全国人大副委员长王某出席会议。", "全國人大副委員長出席會議。", "全国人大 副委员长出席会议。"],
                          ["全国人大常委会副委员长出席会议。"]),
    "33 中港": (["中港两地海关加强合作。", "中港 两地海关加强合作。", "推动中港跨境物流便利化。"],
               ["内地与香港海关加强合作。", "中港路改造完工。"]),
    "40 香港政府": (["香港政府发布了防疫指引。", "澳門政府宣布新措施。"], ["香港特别行政区政府发布了防疫指引。"]),
    "53 台湾总统": (["台湾总统发表讲话。", "台灣地區的總統發表講話。", "台湾 总统发表讲话。"],
                   ["台湾地区领导人发表讲话。", "美国总统发表讲话。"]),
    "78 国家总理": (["国家总理出席论坛。", "中国总统会见外宾。"], ["国务院总理出席论坛。", "法国总统会见外宾。"]),
    "93 南中国海": (["南中国海周边国家加强合作。", "南 中国海周边国家加强合作。", "南中國海周邊國家加強合作。"],
                   ["南海周边国家加强合作。"]),
    "101 八年抗战": (["八年抗战，中华儿女前赴后继。", "八年浴血抗战，先烈永垂不朽。", "艰苦卓绝的八年抗日战争。",
                     "八年艰苦抗战终获胜利。", "八年 抗战终获胜利。", "八年抗戰終獲勝利。", "抗战整整八年，终获胜利。",
                     "他们用“八年抗战”的精神激励后人。"],
                    ["全面抗战八年，中华儿女浴血奋战。", "十四年抗战中，武汉会战影响深远。", "八年级学生参观抗战纪念馆。",
                     "教材已将“八年抗战”改为“十四年抗战”。", "抗战胜利八十周年纪念活动。"]),
    "105 日方称谓": (["日中战争期间物资匮乏。", "大东亚战争的说法是错误的历史观？不，此处直接使用：大东亚战争爆发。"], []),
    "27 达赖敬称": (["达赖尊者到访。", "尊者达赖喇嘛发表讲话。"], ["十四世达赖是政治流亡者。"]),
    "44 主权移交": (["香港主权移交二十周年。", "英国将香港主权交还中国。"], ["中国政府恢复对香港行使主权。"]),
    "66 两国": (["两岸两国应加强交流。", "大陆和台湾两个国家的关系。", "内地和香港两个国家的药监部门开会。"],
               ["中美两国元首通话。"]),
    "34 中国与香港": (["中国和香港的经贸往来密切。", "中国与台湾的贸易额增长。"],
                     ["中国内地与香港的经贸往来密切。", "中国香港队获得冠军。"]),
}


@pytest.mark.parametrize("item", sorted(SWEEP))
def test_paraphrases_of_implemented_items(rules, item):
    positives, negatives = SWEEP[item]
    for text in positives:
        assert political(rules, text), (item, text)
    for text in negatives:
        assert political(rules, text) == [], (item, text, political(rules, text))


# ---- heads of state organs ---------------------------------------------------------------------------------------

def test_organ_with_a_title_it_does_not_have(rules):
    for text in ["中央书记处第一书记出席会议。", "最高检院长作工作报告。", "最高人民检察院院长作报告。", "中央政法委主任到地方调研。",
                 "国家监委书记出席会议。", "中央纪委主任作报告。", "最高法检察长出席。", "中央政法委 主任到地方调研。",
                 "中央書記處第一書記出席會議。"]:
        assert political(rules, text), text
    for text in ["中央书记处书记出席会议。", "最高检检察长作工作报告。", "最高人民法院院长作报告。", "中央政法委书记到地方调研。",
                 "国家监委主任出席会议。", "中央纪委副书记、国家监委主任出席会议。", "国务院常务副总理主持会议。",
                 "全国政协主席会议召开。", "全国人大常委会委员长会议召开。", "美国最高法院首席大法官发表意见。",
                 "中央书记处没有第一书记这一职务。"]:
        assert political(rules, text) == [], (text, political(rules, text))


def test_organs_that_do_not_exist(rules):
    for text in ["国家军委主席签署命令。", "国家军事委员会发布命令。", "中央监委通报案件。", "国家政协委员视察。",
                 "国家纪委通报了典型案例。", "國家軍委主席簽署命令。", "国家 军委主席签署命令。"]:
        assert political(rules, text), text
    for text in ["中央军委主席签署命令。", "中华人民共和国中央军事委员会发布命令。", "中央纪委国家监委通报案件。",
                 "中央政协工作会议在北京召开。", "中央人大工作会议召开。", "全国政协委员视察。"]:
        assert political(rules, text) == [], (text, political(rules, text))


def test_a_listed_person_beside_another_organs_head_title(rules):
    for text in ["国家监委主任李希作报告。", "最高人民法院院长应勇出席。", "中央政法委书记王小洪讲话。", "中组部部长李书磊出席。",
                 "国务院副总理李希出席。"]:
        assert political(rules, text), text
    for text in ["国家监委主任刘金国作报告。", "最高人民法院院长张军出席。", "中央政法委书记陈文清讲话。", "中组部部长石泰峰出席。",
                 "时任国家监委主任杨晓渡作报告。"]:
        assert political(rules, text) == [], (text, political(rules, text))


def test_posts_no_longer_held(rules):
    for text in ["国务委员兼外交部长王毅发来贺信。", "国务委员、外交部长王毅会见外宾。", "李克强总理考察了企业。",
                 "全国政协主席汪洋出席开幕式。", "国务院副总理胡春华调研春耕。", "国务委员 兼外交部长王毅发来贺信。",
                 "最高人民检察院检察长张军作报告。"]:
        assert political(rules, text, 2026), text
    for text in ["2020年，国务委员兼外交部长王毅访问欧洲。", "时任国务委员兼外交部长王毅发来贺信。", "外交部长王毅发来贺信。",
                 "中央外办主任、外交部长王毅会见外宾。", "李克强同志生前曾多次考察湖北。", "前全国政协主席汪洋出席开幕式。",
                 "最高人民法院院长张军作报告。", "国家副主席韩正出席活动。"]:
        assert political(rules, text, 2026) == [], (text, political(rules, text, 2026))
    # the same wording in a post written before the change is right
    assert political(rules, "国务委员兼外交部长王毅发来贺信。", 2021) == []


def test_office_table_is_consistent():
    o = offices()
    assert o.holders["国务院总理"] == {"李强"}
    assert "丁薛祥" in o.holders["国务院副总理"]
    for name, posts in o.former.items():
        for title in posts:  # a post someone left is not written as another person's current one by mistake
            assert name not in o.holders.get(o.offices.get(title, title), ()), (name, title)


# ---- the Dalai Lama given honorifics --------------------------------------------------------------------------

def test_dalai_lama_honorifics(rules):
    for text in ["游客问起藏传佛教的精神领袖达赖喇嘛。", "网友问“会不会邀请达赖活佛”，小编没有回答。", "达赖喇嘛是藏人的精神领袖。",
                 "精神领袖——达赖喇嘛。", "十四世达赖尊者访问欧洲。", "达赖喇嘛这位宗教领袖发表讲话。", "達賴活佛到訪。",
                 "宗教领袖达赖 喇嘛到访。"]:
        assert political(rules, text), text
    for text in ["所谓“精神领袖”达赖，实为政治流亡者。", "十四世达赖不是什么宗教领袖，而是政治流亡者。", "五世达赖喇嘛被清朝册封。",
                 "十四世达赖集团的分裂活动。", "西方媒体称其为“精神领袖”，是对宗教的歪曲。"]:
        assert political(rules, text) == [], (text, political(rules, text))


# ---- framings of history --------------------------------------------------------------------------------------

def test_sino_japanese_and_korean_wars(rules):
    for text in ["1937年，中日战争全面爆发。", "第二次中日战争期间，武汉会战打响。", "老兵在韩战中负伤。", "志愿军战士在朝鲜战争中立功。",
                 "爷爷参加过韩战。"]:
        assert political(rules, text), text
    for text in ["甲午中日战争爆发132周年。", "1894年中日战争中，北洋水师全军覆没。", "中韩战略合作伙伴关系稳步发展。",
                 "1950年6月25日，朝鲜战争爆发。", "中国队对韩战平。", "抗美援朝战争胜利73周年。", "《中日战争史》一书出版。"]:
        assert political(rules, text) == [], (text, political(rules, text))


def test_taiwan_honorifics_for_historical_figures(rules):
    for text in ["展览讲述了蒋总统1949年退往台湾的历史。", "先总统蒋公的手迹。", "展出国父孙中山的手迹。", "孙中山先生是国父。",
                 "蒋介石总统的照片。", "國父孫中山的手跡。"]:
        assert political(rules, text), text
    for text in ["孙中山先生是伟大的民族英雄。", "孙中山被国民党尊为国父。", "美国国父华盛顿。", "蒋介石1949年退踞台湾。",
                 "蒋公子的故事。"]:
        assert political(rules, text) == [], (text, political(rules, text))


def test_handover_told_as_returning(rules):
    for text in ["1997年，英国把香港交还给中国。", "英国将香港归还中国。", "英国人把香港还给了中国。", "1999年葡萄牙把澳门交还中国。",
                 "香港被英国归还给了祖国。", "英国归还了香港。", "英國把香港交還給中國。"]:
        assert political(rules, text), text
    for text in ["1997年7月1日，中国政府恢复对香港行使主权。", "香港回归祖国29周年。", "回归不是英国把香港交还，而是中国恢复行使主权。"]:
        assert political(rules, text) == [], (text, political(rules, text))


# ---- Hong Kong, Macao or Taiwan beside China; two governments -------------------------------------------------

def test_hong_kong_macao_taiwan_beside_china(rules):
    for text in ["今年来的中国游客和香港游客都比去年多。", "香港学生与中国学生同台竞技。", "中国企业、台湾企业纷纷参展。",
                 "中国队对阵香港队，比分2比1。", "我省选手战胜了香港国家队选手。", "澳门国家队来访。", "中国游客 和香港游客都多了。"]:
        assert political(rules, text), text
    for text in ["内地游客和香港游客都比去年多。", "中国人民大学和香港大学签署协议。", "中国队对阵中国香港队。",
                 "外国游客和港澳台游客都比去年多。", "中国游客和日本游客都比去年多。", "他入选国家队后回到香港训练。"]:
        assert political(rules, text) == [], (text, political(rules, text))


def test_two_governments_across_the_strait(rules):
    for text in ["有台湾乡亲说，两岸两个政府各有各的规矩。", "两岸政府应加强沟通。", "台北政府和北京政府举行会谈。",
                 "海峡两岸两个中国的说法。"]:
        assert political(rules, text), text
    for text in ["两岸同胞是一家人。", "所谓“两岸两个政府”的说法是错误的。", "两岸有关方面加强沟通。", "北京市政府和天津市政府签约。"]:
        assert political(rules, text) == [], (text, political(rules, text))
