"""错敏字, sixteenth round (issue #18): complete inventories of what government posts quote most.

* ``formal_terms.txt`` gains the slogans and quotations a government account quotes (the widely quoted sayings of
  习近平, the Party's standing slogans and the classical lines of his speeches, the safety, environment, traffic,
  anti-fraud and integrity slogans of the ministries), the geography a post names (great rivers and their tributaries,
  lakes, the five sacred mountains and famous mountains, national parks, the core names of the national 5A scenic
  areas) and revolutionary and modern history (uprisings, meetings, battles, long-march sites, memorial halls,
  monuments and former sites, red-tourism classics);
* a span whose changed characters all lie in its first characters, and these are another division's short form where
  the term too starts with a place or word (荆州古城 for 青州古城), names that place's own feature: no slip; nor is a
  span whose only changed character is an edge function word and which is another listed form without it
  (在 + 右江革命根据地).

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content_typo import _starts_with_other_place
from tests.detectors.content_case import typo_pairs


def _corrected(finder, text, right):
    return any(right in c or c in right for _w, c in typo_pairs(finder, text))


@pytest.mark.parametrize("text, right", [
    # 在 / 再 and 的 / 得 / 地 where the slogan fixes the character
    ("全体干部要牢记，作风建设永远再路上。", "作风建设永远在路上"),
    ("我们坚信功成不必再我，功成必定有我。", "功成不必在我，功成必定有我"),
    ("反腐败斗争永远再路上，必须一刻不停歇。", "反腐败斗争永远在路上"),
    ("人民对美好生活地向往，就是我们的奋斗目标。", "人民对美好生活的向往，就是我们的奋斗目标"),
    ("各民族要像石榴籽那样紧紧报在一起。", "各民族要像石榴籽那样紧紧抱在一起"),
    # shape and sound in the sayings
    ("牢固树立绿水清山理念，做好生态文章。", "绿水青山"),
    ("要始终牢记生命重于秦山，守牢安全底线。", "生命重于泰山"),
    ("一张兰图绘到底，推动各项工作落地。", "一张蓝图绘到底"),
    ("以钉丁子精神抓落实，确保任务完成。", "以钉钉子精神抓落实"),
    ("发扬踏石留印、抓铁有恨的作风。", "踏石留印、抓铁有痕"),
    ("弛而不息纠治“四风”。", "驰而不息"),
    ("全党要卓厉奋发、勇毅前行。", "踔厉奋发、勇毅前行"),
    ("坚持人民至上、生命至尚，全力开展救援。", "人民至上、生命至上"),
    # ministries' slogans and classical lines
    ("记住：隐患险于明火，防范胜于救灾，责任重于太山。", "隐患险于明火，防范胜于救灾，责任重于泰山"),
    ("牢记未知链接不点击，陌生来电不轻信，个人信息不透漏，转账汇款多核实。",
     "未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实"),
    ("倡导开车不喝酒，喝酒不开车，一盔一带，安全常再。", "一盔一带，安全常在"),
    ("干部要常修为政之德、常思贪欲之害、常怀律己之新。", "常修为政之德、常思贪欲之害、常怀律己之心"),
    ("古人云：治大国如烹小鲜，为政以德。", None),
])
def test_slogan_misspelt(finder, text, right):
    if right is None:
        assert typo_pairs(finder, text) == []  # written right: nothing to report
    else:
        assert _corrected(finder, text, right), typo_pairs(finder, text)


@pytest.mark.parametrize("text, right", [
    ("冬季婆阳湖水位走低，请勿进入湖床。", "鄱阳湖"),  # pinyin po
    ("洞廷湖区开展禁捕执法检查。", "洞庭湖"),
    ("游客在青海胡畔观鸟。", "青海湖"),
    ("雅鲁藏布大峡谷与澜仓江两岸的生态保护。", "澜沧江"),
    ("组织党员赴井岗山开展红色教育。", "井冈山"),
    ("登顶东岳秦山，领略五岳之首的风采。", "东岳泰山"),
    ("九塞沟景区恢复开放。", "九寨沟"),
    ("武夷山国家公圆开展巡护。", "武夷山国家公园"),
    ("嘉凌江沿岸开展清漂行动。", "嘉陵江"),
])
def test_geography_misspelt(finder, text, right):
    assert _corrected(finder, text, right), typo_pairs(finder, text)


@pytest.mark.parametrize("text, right", [
    ("民警在南昌起意纪念塔前重温誓词。", "南昌起义纪念塔"),  # pinyin yi
    ("参观遵义会义会址，追寻红色足迹。", "遵义会议会址"),
    ("古田会仪纪念馆迎来研学团队。", "古田会议纪念馆"),
    ("纪念百团大站胜利，缅怀革命先烈。", "百团大战"),
    ("重走长征路，瞻仰四渡赤水纪念管。", "四渡赤水纪念馆"),
    ("走进西柏坡纪念官，重温“两个务必”。", "西柏坡纪念馆"),
    ("党员们来到渡江战疫纪念馆参观学习。", "渡江战役纪念馆"),
    ("在人民英雄记念碑前敬献花篮。", "人民英雄纪念碑"),
])
def test_history_misspelt(finder, text, right):
    assert _corrected(finder, text, right), typo_pairs(finder, text)


@pytest.mark.parametrize("text", [
    # the slogans, places and memorials written right, and their variants the lexicon lists as right
    "作风建设永远在路上，全面从严治党永远在路上。",
    "打铁还需自身硬，打铁必须自身硬。",
    "各族群众像石榴籽一样紧紧抱在一起。",
    "韩愈笔下的“踔厉风发”，今天我们说踔厉奋发、勇毅前行。",
    "纳木措和纳木错说的是同一个湖。",
    "游客在鄱阳湖、洞庭湖、洪泽湖和青海湖观鸟。",
    "南昌八一起义纪念馆与八一南昌起义纪念塔隔街相望。",
    "遵义会议会址、古田会议纪念馆、西柏坡纪念馆都是全国爱国主义教育示范基地。",
    "丹江口库区和三峡库区开展水质监测。",
    "雅鲁藏布江大峡谷和雅鲁藏布大峡谷是同一处峡谷。",
    "昌江流域和湘江流域开展禁渔巡查。",  # other rivers' basins, not 长江流域 misspelt
    # another place's own feature, one character from a listed name
    "荆州古城墙修缮工程完工。",  # 荆州, not 青州古城
    "湛江口岸对冷链货物加强查验。",  # 湛江, not 长江口
    "信阳都市圈建设规划征求意见。",  # 信阳, not 沈阳都市圈
    # real words one character from a listed name
    "黄埔军校旧址纪念馆开展主题活动。",
    "观鸟爱好者在林间拍到了太阳鸟。",
    "呼和浩特大召寺迎来游客。",
    "我们再路上见面时，他已经完成了任务。",  # 再 in ordinary prose, no slogan
    "新时代党的治藏方略深入人心。",
    # the writer's own wording of a slogan, listed as right: a word more or less is no slip
    "好日子都是干出来的，幸福是奋斗出来的。",
    "天上不会掉下馅饼，发展不能以牺牲安全为代价。",
    "各族群众像石榴籽一样紧紧地抱在一起。",
    # a listed name plus an ordinary character before it, not a longer name with its first character misspelt
    "党员们在右江革命根据地旧址重温入党誓词。",
])
def test_right_forms_and_neighbours_stay_clean(finder, text):
    assert typo_pairs(finder, text) == []


def test_edge_character_that_is_no_function_word_stays_a_slip(finder):
    # 白 is no function word: 白千万工程 is 百千万工程 misspelt, not 白 + a listed 千万工程
    text = "扎实推进白千万工程，促进城乡融合。"
    assert _corrected(finder, text, "百千万工程"), typo_pairs(finder, text)


def test_other_place_prefix_rule():
    assert _starts_with_other_place("青州古城", "荆州古城")  # both start with a place
    assert _starts_with_other_place("长江口", "湛江口")  # 长江 is a word of the term, 湛江 a city
    assert not _starts_with_other_place("新时代党的治藏方略", "新市代党的治藏方略")  # 新时 is no word of the term
    assert not _starts_with_other_place("鄱阳湖", "婆阳湖")  # 婆阳 is no place
    assert not _starts_with_other_place("南昌起义", "南昌起意")  # the change is not in the place


@pytest.mark.timeout(120)
def test_hostile_long_post_stays_bounded(finder):
    # a long post made of slogan fragments and near-misses: bounded work, and the slips are found
    text = ("作风建设永远再路上，" + "绿水青山就是金山银山，" * 50 + "婆阳湖。") * 20
    hits = finder.find(text)
    assert any(h.correct == "鄱阳湖" for h in hits)
    assert any("永远在路上" in h.correct for h in hits)
