"""Issue #12, twelfth round of added words: who speaks in them, and who the target is when the name says little.

- A verb of speaking right after a registered name has the unit as its subject (…谈发展, …讲政策): the account speaks
  as the unit — evidence, like 发布/发声. Before the name, after a speaker, the same verbs stay somebody's commentary.
- A reader's verb right before the name makes the unit its object (小李读…, 每晚刷…, 跟读…): a reader's or a
  follower's account about the unit — a mention. Not when an adverb urges the reader (必读, 快来看) or the verb ends a
  longer word of a class (速看, 请看).
- On an account verified as a medium, the words of a service offered to its audience (…受理点, …服务窗口) are the
  outlet's help desk about the unit, like its programme words (…直通车).
- When the name says no more than a place and words of no department, and the avatar is a near copy of one unit's
  distinctive avatar, the avatar's owner is the target — not the unit of that place the name's words happen to fit.
- The pixel layer, like rule 5 by hashes, lets a description that names the unit decide among near copies.

Strings written for these tests (Yunnan and Guizhou units), not taken from any evaluation part.
"""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from core.avatars import avatar_hashes
from detectors.affixes import (
    EVIDENCE_CLASSES,
    READER_VERBS,
    SPEAKING_VERBS,
    explain_added,
    medium_desk_words,
    person_words,
    reader_act,
)
from tests.detectors.evalset import png_bytes
from tests.detectors.impostor_cases import acc, findings, reg
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout
from tests.detectors.test_impostor_pixels import story

REGISTRY = [
    reg("昆明发布", "昆明市人民政府新闻办公室", "k1", "weibo", "云南省昆明市"),
    reg("曲靖税务", "国家税务总局曲靖市税务局", "q1", "weibo", "云南省曲靖市"),
    reg("遵义12345", "遵义市12345政务服务便民热线", "z1", "weibo", "贵州省遵义市"),
    reg("贵州发布", "贵州省人民政府新闻办公室", "g1", "weibo", "贵州省"),
]


def _flagged(name: str, account_id: str = "x", registry=REGISTRY, **extra) -> dict | None:
    return findings(registry, [acc(name, account_id, **extra)]).get(account_id)


# ---- the classes ------------------------------------------------------------------------------------------------

def test_reader_and_speaking_verbs_are_no_evidence_words():
    evidence = {w for ws in EVIDENCE_CLASSES.values() for w in ws}
    assert not set(READER_VERBS) & evidence  # 速看, 必看 of the feed words are read whole before a reader's verb
    assert not set(SPEAKING_VERBS) & evidence


@pytest.mark.parametrize("before, verb", [
    ("小李读", "读"), ("每晚刷", "刷"), ("老杨追", "追"), ("阿美听", "听"), ("每天看", "看"), ("跟读", "跟读"),
    ("一起学习", "学习"),
])
def test_a_reader_s_verb_before_the_name_makes_the_unit_its_object(before, verb):
    assert reader_act(before) == verb


@pytest.mark.parametrize("before", ["必读", "速看", "快看", "请看", "快来看", "赶紧看", "直击", "关注", "认准", "官方",
                                    "正版", "", "小李"])
def test_urged_reading_and_words_of_a_class_are_no_reader(before):
    assert reader_act(before) == ""


def test_a_speaking_verb_right_after_the_name_is_the_unit_s_voice():
    after = explain_added("说两句", name_end=0)
    assert after.generic == ["说"] and not after.rules_out
    assert explain_added("讲政策", name_end=0).generic == ["讲", "政策"]
    # elsewhere the same verb is a speaker's (老张说…) or part of a column's word (评论)
    assert explain_added("说两句").owner == ["说"]
    assert explain_added("评论", name_end=0).columns == ["评论"]


def test_a_medium_s_desk_words():
    assert medium_desk_words("受理点") == ["受理点"]
    assert medium_desk_words("直通车") == ["直通车"]
    assert medium_desk_words("官方") == []


# ---- the detector -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["昆明发布说两句", "昆明发布讲政策", "曲靖税务聊民生"])
def test_the_unit_speaking_after_its_name_is_flagged(name):
    found = _flagged(name)
    assert found is not None and found["score"] >= 0.6
    assert found["target"]["account_id"] in {"k1", "q1"}


@pytest.mark.parametrize("name", ["小李读昆明发布", "每晚刷昆明发布", "老杨追曲靖税务", "跟读贵州发布",
                                  "阿美听昆明发布", "老张说曲靖税务"])
def test_a_reader_of_the_unit_is_not_flagged(name):
    assert _flagged(name, verified=True, verified_type="personal", verified_reason="退休教师") is None
    assert _flagged(name) is None  # unverified as well: the name is about the unit


@pytest.mark.parametrize("name", ["必读昆明发布", "速看曲靖税务", "直击贵州发布", "权威昆明发布"])
def test_urging_and_claims_before_the_name_stay_flagged(name):
    assert _flagged(name) is not None


def test_a_medium_s_help_desk_is_its_own_column():
    media = {"verified": True, "verified_type": "media", "verified_reason": "遵义广播电视台官方账号"}
    assert _flagged("遵义12345受理点", **media) is None
    assert _flagged("遵义12345直通车", **media) is None
    assert _flagged("遵义12345", **media) is not None  # the name itself, by a medium: still an imitation
    assert _flagged("遵义12345受理点") is not None  # unverified, the desk's words claim the unit's service


# ---- the avatar's owner -------------------------------------------------------------------------------------------

def _tiles(fill, mark) -> Image.Image:
    """A design of its own (tiles and bars), unlike the badge layout."""
    img = Image.new("RGB", (160, 160), (250, 250, 245))
    d = ImageDraw.Draw(img)
    for k in range(4):
        d.rectangle((12 + 36 * k, 20, 36 + 36 * k, 140 - 20 * k), fill=fill)
    d.rectangle((10, 146, 150, 154), fill=mark)
    d.ellipse((100, 24, 140, 64), outline=mark, width=6)
    return img


@pytest.fixture(scope="module")
def designs():
    police = layout(label="安顺公安", **PURPLE)
    desk = _tiles((30, 90, 170), (220, 60, 40))
    tax = layout(label="安顺税务", **GREEN)
    return police, desk, tax


def _anshun(designs, *, shared: bool = False):
    police, desk, tax = designs
    h = lambda img: avatar_hashes(png_bytes(img))  # noqa: E731
    return [
        reg("安顺公安", "安顺市公安局", "p1", "weibo", "贵州省安顺市") | {"avatar_hashes": h(police)},
        reg("安顺便民服务", "安顺市便民服务中心", "d1", "weibo", "贵州省安顺市") | {"avatar_hashes": h(desk)},
        reg("安顺税务", "国家税务总局安顺市税务局", "t1", "weibo", "贵州省安顺市")
        | {"avatar_hashes": h(police if shared else tax)},
    ]


def test_the_avatar_s_owner_wins_when_the_name_names_no_department(designs):
    police = designs[0]
    copy = avatar_hashes(png_bytes(police))
    found = findings(_anshun(designs), [acc("安顺便民服务小助手", "a", "weibo", avatar_hashes=copy)])["a"]
    assert found["target"]["account_id"] == "p1"  # the police badge copied, not the desk the words fit
    assert found["evidence"]["name_pair"]["target"]["account_id"] == "d1"
    assert any("目标取头像所属单位" in r for r in found["reasons"])


def test_a_name_that_names_a_department_keeps_its_target(designs):
    police = designs[0]
    copy = avatar_hashes(png_bytes(police))
    found = findings(_anshun(designs), [acc("安顺税务小助手", "a", "weibo", avatar_hashes=copy)])["a"]
    assert found["target"]["account_id"] == "t1"  # 税务 names the department: the name decides
    assert "name_pair" not in found["evidence"]


def test_a_template_avatar_never_decides(designs):
    police = designs[0]
    copy = avatar_hashes(png_bytes(police))
    # the police badge is shared by two units: a template, which singles out no one
    found = findings(_anshun(designs, shared=True), [acc("安顺便民服务小助手", "a", "weibo", avatar_hashes=copy)])["a"]
    assert found["target"]["account_id"] == "d1"
    assert "name_pair" not in found["evidence"]


def test_an_unrelated_avatar_keeps_the_name_s_target(designs):
    other = avatar_hashes(png_bytes(_tiles((120, 120, 120), (10, 10, 10)).rotate(90)))
    found = findings(_anshun(designs), [acc("安顺便民服务小助手", "a", "weibo", avatar_hashes=other)])["a"]
    assert found["target"]["account_id"] == "d1"


@pytest.mark.timeout(120)
def test_hostile_long_names_stay_bounded():
    long_before = "每晚刷" * 3000 + "昆明发布"
    assert reader_act("读" * 10_000) == "读"
    assert _flagged(long_before) is None
    assert _flagged("昆明发布" + "说两句" * 5000) is None  # far too long to be an affixed name at all


# ---- the pixel layer: the description decides among near copies ------------------------------------------------

ORANGE = {"ring": (220, 110, 20), "arch": (40, 90, 200), "back": (250, 245, 235)}


def _deep_crop(img: Image.Image, keep: float = 0.5) -> Image.Image:
    w, h = img.size
    m = (1 - keep) / 2
    return img.crop((int(w * m), int(h * m), int(w * (1 - m)), int(h * (1 - m)))).resize((150, 150))


def test_a_description_naming_the_unit_decides_among_one_layout_s_copies(tmp_path):
    from detectors.context import DetectionContext
    from detectors.impostor import detect

    # one badge layout drawn for two units of two places: in grey levels the pixels barely tell them apart
    layout(label="发布", **PURPLE).save(tmp_path / "r1.png")
    layout(label="发布", **ORANGE).save(tmp_path / "r2.png")
    registry = [reg("六盘水发布", "六盘水市人民政府新闻办公室", "r1", "weibo", "贵州省六盘水市") | {"avatar": "r1.png"},
                reg("铜仁发布", "铜仁市人民政府新闻办公室", "r2", "weibo", "贵州省铜仁市") | {"avatar": "r2.png"}]
    _deep_crop(layout(label="发布", **PURPLE)).save(tmp_path / "c.png")

    def run(description: str) -> dict | None:
        account = acc("每日资讯站", "a", "douyin", avatar="c.png", description=description)
        ctx = DetectionContext(registry=registry, accounts=[account], base_dir=tmp_path)
        return {f["account_id"]: f for f in detect(ctx)}.get("a")

    found = run("本号由六盘水发布授权转载，咨询请私信")
    assert found is not None and found["target"]["account_id"] == "r1"
    assert found["evidence"]["layer"] == "avatar_pixels"
    assert any("简介点名的是该单位" in r for r in found["reasons"])
    # without the description the deep fine reading (the registry avatar's own colours) still tells the two layouts
    # apart, so the image alone points at r1 — for review, and without the description's reason
    alone = run("每天分享生活小知识")
    assert alone is not None and alone["target"]["account_id"] == "r1" and alone["score"] < 0.8
    assert not any("简介点名的是该单位" in r for r in alone["reasons"])


@pytest.mark.parametrize("name, flagged", [("凯里资讯站", True), ("凯里酸汤妹", False), ("凯里酸汤哥", False),
                                           ("凯里老杨", False)])
def test_a_place_and_a_person_s_nickname_is_somebody_s_picture(tmp_path, name, flagged):
    """Only a place points at the unit: a person's nickname (…妹, …哥, 老X) says whose name it is, and a copy of the
    unit's avatar inside it (a screenshot of the unit's page) is that person's picture."""
    from detectors.context import DetectionContext
    from detectors.impostor import detect

    _tiles((30, 90, 170), (220, 60, 40)).save(tmp_path / "r1.png")
    registry = [reg("凯里发布", "凯里市人民政府新闻办公室", "r1", "weibo", "贵州省黔东南苗族侗族自治州凯里市")
                | {"avatar": "r1.png"},
                reg("都匀发布", "都匀市人民政府新闻办公室", "r2", "weibo", "贵州省黔南布依族苗族自治州都匀市")]
    story(_tiles((30, 90, 170), (220, 60, 40))).save(tmp_path / "c.png")  # shrunk into a screenshot of a story
    account = acc(name, "a", "douyin", avatar="c.png", description="分享日常")
    found = {f["account_id"]: f for f in detect(DetectionContext(registry=registry, accounts=[account],
                                                                 base_dir=tmp_path))}
    assert ("a" in found) is flagged
    if flagged:
        assert found["a"]["target"]["account_id"] == "r1"
        assert found["a"]["evidence"]["layer"] == "avatar_pixels"


def test_kin_nicknames_are_a_person_s_words():
    assert explain_added("酸汤妹").owner == ["妹"] and explain_added("表弟").owner == ["弟"]
    assert person_words("凯里酸汤妹") == ["妹"] and person_words("凯里老杨") == ["老"]
    assert person_words("凯里生活圈") == []  # a business's or a lifestyle blog's word names no person
    assert not explain_added("小姐姐").owner  # a persona of the account's own voice stays evidence
