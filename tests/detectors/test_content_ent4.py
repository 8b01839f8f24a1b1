"""Fourth round of over-entertainment: follow and like quotas by rate or per head, counts reported for ranking,
promises on like counts, coaxing, moaning about reading figures, a star's looks praised, meme templates on formal
notices, fortune-telling; and the look-alikes that stay clean. Texts are written for these tests (none from eval/)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import classes


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


@pytest.mark.parametrize("text", [
    # forced follows, likes and votes
    "请各街道于本月底前完成推广任务，居民关注率须达80%以上。",
    "请各村每名网格员带动不少于30人关注本号，完成情况报镇宣传办。",
    "各单位点赞数每周五上报，区委宣传部将进行排名。",
    "请全体职工每天参与网络投票，投票截图于当日17时前发至局办公室。",
    # begging: a promise on the count, coaxing, moaning
    "这条视频转发不到五百小编就不下班了！",
    "评论破1000我们就请局长来唱歌！",
    "还没关注的朋友点个关注嘛，关注一下下嘛～",
    "路过的朋友手下留赞，拜托拜托！",
    "小编熬夜写的稿子阅读量只有86，心里苦，想哭……",
    # a star's looks praised
    "某综艺男嘉宾来我市录节目，本人真的超帅，同事们都看呆了。",
    # meme templates
    "质疑高铁，理解高铁，成为高铁常客～",
    "公主请查收本周天气预报！",
    "这次检查结果好到飞起！",
    "我不允许还有人不知道这项惠民政策！",
    "浅浅给大家总结一下新规要点。",
    # fortune-telling
    "今日黄历：宜开市、纳财；忌搬家。",
    "你属什么？属虎的小伙伴本月财运爆棚～",
])
def test_new_entertainment_forms_are_found(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    # a public vote or a follower count reported as news
    "“最美社区工作者”网络投票今日开始，欢迎市民参与，投票结果将作为评选参考。",
    "本号今年发布政务信息1200条，阅读量超过50万次。",
    "该救人视频点赞超10万，网友纷纷为民警点赞。",
    # a rule against forced likes
    "严禁层层摊派点赞转发任务，不得将关注率纳入考核。",
    # tourism copy with lively words, scenery hyperbole
    "万绿湖冬日晨雾，美到窒息～欢迎来赏湖光山色。",
    # a warning against fortune-telling scams and superstition
    "警惕“转运符”骗局！所谓“财运爆棚”“犯太岁”都是封建迷信，切勿轻信。",
    # an anti-fraud post using a meme
    "警惕刷单诈骗！质疑骗子，理解骗子，成为骗子的提款机？千万别！",
    # a coaxing word in another sense, a princess in history
    "公主坟地铁站临时封闭，请乘客绕行。",
])
def test_look_alikes_stay_clean(rules, text):
    assert "entertainment" not in classes(rules, text)
