"""错字, eighteenth round: misspelt proper names — landmarks, World Heritage sites, intangible heritage, the provinces'
government-service brands, the 两弹一星 scientists — a post that corrects itself (the right form in a hashtag or inside
a longer word), a national leader's name opening a 在…会议上强调 sentence, and two correct phrases that read like slips.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content_typo import LEXICON_DIR, TypoFinder, in_post_variants, load_terms, read_list
from detectors.textnorm import fold_with_offsets


@pytest.fixture(scope="module")
def finder():
    return TypoFinder(load_terms())


def found(finder, text):
    return [(h.wrong, h.correct) for h in finder.find(text)]


def variants(text):
    folded, offsets = fold_with_offsets(text)
    return [(h.wrong, h.correct) for h in in_post_variants(text, folded, offsets, frozenset())]


# ---- proper names of the lexicon ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wrong, right", [
    ("周末到嵩县的白云山看日出，再去龙门石哭看卢舍那大佛。", "龙门石哭", "龙门石窟"),
    ("暑期来平遥古成的游客比去年多了两成。", "平遥古成", "平遥古城"),
    ("今冬的西递、洪村游人如织，请注意路面湿滑。", "西递、洪村", "西递、宏村"),
    ("组织党员干部赴凤阳县小钢村开展现场教学。", "小钢村", "小岗村"),
    ("市黄梅戏剧团送戏下乡，黄煤戏唱进了田间地头。", "黄煤戏", "黄梅戏"),
    ("徽墨歙艳、宣纸湖笔都是文房珍品。", "徽墨歙艳", "徽墨歙砚"),
    ("打开“浙理办”，进入“社保服务”专区即可办理。", "浙理办", "浙里办"),
    ("企业开办、不动产登记都能在渝块办上一次办好。", "渝块办", "渝快办"),
    ("“跨省同办”事项清单再扩容，群众异地办事更方便。", "跨省同办", "跨省通办"),
    ("两弹一星元勋钱学深的事迹激励着一代代科研人员。", "两弹一星元勋钱学深", "两弹一星元勋钱学森"),
    ("学生们走进郭永坏纪念馆，聆听科学家精神故事。", "郭永坏纪念馆", "郭永怀纪念馆"),
    ("全力以赴稳就业，实现高质量充分就页。", "实现高质量充分就页", "实现高质量充分就业"),
])
def test_proper_name_one_slip_away_is_reported(finder, text, wrong, right):
    assert (wrong, right) in found(finder, text)


@pytest.mark.parametrize("text", [
    "请及时办理相关手续，逾期不予受理。",  # 及时 is no 冀时办 misspelt
    "工作人员精心办好每一件民生实事。",  # 精心 is no 津心办
    "请赶快办理社保卡挂失。",  # 赶快 is no 甘快办
    "证件可以随身办理吗？",  # 随身 + 办理, not 随申办 (the next word starts with 办)
    "他曾是部队的勤务员，后来转业到地方。",  # 勤务员 is a word of its own, not 秦务员
    "采茶季到了，茶农们忙着上山采茶。",
    "黄梅县的黄梅戏和皮影戏、木偶戏同台演出。",
    "今年端午节假期安排如下。",
    "安徽省黄山市黟县宏村镇的古民居修缮完成。",
    "大运河文化带建设稳步推进。",
    "钱学森图书馆今天闭馆一天。",
    "邓稼先故居迎来研学高峰。",
])
def test_correct_or_other_words_are_not_reported(finder, text):
    assert found(finder, text) == []


def test_every_service_brand_line_is_a_term():
    """The provinces' service brands are formal terms (a misspelt brand is checked like any term)."""
    forms = {row[0] for row in read_list(LEXICON_DIR / "formal_terms.txt")}
    for brand in ("皖事通", "浙里办", "粤省事", "随申办", "苏服办", "闽政通", "赣服通", "湘易办", "鄂汇办", "豫事办",
                  "渝快办", "天府通办", "爱山东", "一网通办"):
        assert brand in forms


# ---- the post corrects itself ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wrong, right", [
    # the right form is a whole hashtag: a three-character stretch, and a place's name (jieba: ns) is no excuse
    ("冬日的辉州古城，粉墙黛瓦，欢迎来黄山。#黄山 #徽州古城", "辉州古城", "徽州古城"),
    ("环潮湖绿道骑行注意安全，请勿逆行。#合肥交警 #环巢湖", "环潮湖", "环巢湖"),
    # the right form is a dictionary word inside a longer word (黄梅戏剧院)
    ("黄霉戏进校园，孩子们学唱经典选段\n\n11月20日，市黄梅戏剧院走进实验小学。", "黄霉戏", "黄梅戏"),
    # a region word after the changed character: 革命 is an everyday word, not a place's name
    ("大别山革名老区振兴发展再添新动能。全市召开大别山革命老区高质量发展推进会。", "大别山革名老区", "大别山革命老区"),
])
def test_post_corrects_itself(text, wrong, right):
    assert (wrong, right) in variants(text)


@pytest.mark.parametrize("text", [
    "民警直播讲反诈！今晚8点，公安直播间，反诈民警在线答疑。#反诈",  # 直播讲 / 直播间: the changed character at the edge
    "华林村和花林村的村民代表参加了座谈会。#乡村振兴",  # two villages' names before 村
    "张晓东和张小东两位同志获评先进个人。",  # two people
    "黄梅县举办黄梅戏艺术节，黄海县代表团应邀参加。",  # 黄梅 / 黄海 are two places
])
def test_two_real_forms_are_kept_apart(text):
    assert variants(text) == []


def test_wrong_form_in_the_hashtag_is_still_reported():
    text = "我们将始终坚持人民至上，守护好万家灯火。#坚持人民至尚 #平安社区"
    assert ("坚持人民至尚", "坚持人民至上") in variants(text)


# ---- a national leader's name opening a 在…会议上强调 sentence --------------------------------------------------------

@pytest.mark.parametrize("text, wrong, right", [
    ("【蔡祺在全国公安机关视频会议上强调】坚定不移推进公安工作现代化。", "蔡祺", "蔡奇"),
    ("李墙在国务院常务会议上强调，要稳就业稳预期。", "李墙", "李强"),
    ("王小红在全国公安厅局长会议上强调，坚决维护社会稳定。", "王小红", "王小洪"),
])
def test_leader_in_a_national_meeting_sentence(finder, text, wrong, right):
    assert (wrong, right) in found(finder, text)


@pytest.mark.parametrize("text", [
    "蔡奇在全国公安机关视频会议上强调，坚定不移推进公安工作现代化。",  # written right
    "张伟在全国公安机关视频会议上强调，要提升执法规范化水平。",  # no listed leader's name one slip away
    "副市长蔡祺在全国公安机关视频会议上强调，要抓好落实。",  # a title before the name: a local official
    "蔡祺在市委常委会会议上强调，要抓好落实。",  # no national body: a local meeting
    "王永在全国劳动模范和先进工作者表彰大会上作交流发言。",  # a two-character name before 作: anyone
])
def test_other_speakers_are_not_reported(finder, text):
    assert found(finder, text) == []


# ---- correct phrases that read like slips ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "澳门特别行政区区旗和国旗一同升起。",  # 区旗 is the region's flag
    "全市各族群众要让各民族像石榴籽一样紧紧抱在一起。",  # the formula without 要
])
def test_correct_phrases(finder, text):
    assert found(finder, text) == []


def test_a_doubled_region_word_is_still_reported(finder):
    assert ("澳门特别行政区区", "澳门特别行政区") in found(finder, "热烈庆祝澳门特别行政区区成立二十五周年。")


# ---- the word-probability layer: a corrected word that makes a longer word with its neighbour -----------------------

@pytest.mark.parametrize("text, wrong, right", [
    ("用好大数据精准对接供需，才能实现更加充分就叶。", "就叶", "就业"),  # 充分 + 就业 = 充分就业: 7.1 nats suffice
    ("全力做好预防为住、综合治理各项工作。", "为住", "为主"),  # 预防为主
])
def test_longer_word_with_the_neighbour_lowers_the_margin(text, wrong, right):
    from detectors.content_typo_lm import MARGIN, probable_slips
    from detectors.textnorm import fold

    got = [(fold(text)[a:b], word, gain) for a, b, word, _how, gain in probable_slips(fold(text))]
    assert any(w == wrong and r == right and gain < MARGIN for w, r, gain in got)


@pytest.mark.parametrize("text", [
    "叶落归根，游子们回到家乡过年。",
    "就叶片的颜色来看，这棵树已经进入休眠期。",
    "他充分就此事作了说明。",
])
def test_no_longer_word_no_correction(text):
    from detectors.content_typo_lm import probable_slips
    from detectors.textnorm import fold

    assert probable_slips(fold(text)) == []
