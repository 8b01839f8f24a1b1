"""Issue #12, twenty-first round of added words: a shop sign hung on a unit's whole name, waivers as bait, the
village's loudspeaker and the people of a place as a whole.

- A business's words (a shop, a firm, a trade: …面皮店, …搬家公司) around a registered name written whole rule the
  match out only when the account shows a business of its own: any verification, or a description of its own. With
  neither — or with the unit's own description copied — the shop's words are the disguise and count as unknown
  words: the name is flagged at the review floor. A person's handle (老周聊…, …日记), a medium's title, a spatial
  relation (…对面面馆) or another place still rule it out whatever the profile.
- A fee noun with a waiver verb (罚单减免, 违章消分) is bait, a claim of the unit's own like a payout (补贴直领); a
  waiver verb alone is a service word.
- A village, a township or a hamlet before a word for a broadcast (村广播, 镇大喇叭) is the village's own channel:
  a generic word, not a radio's title.
- The people of a place as a whole (…儿女, 街坊四邻, 村里人) are read like the other words for the people of a place,
  and "the only one" (仅此一家) is a claim of authority.
- A crop cut deep into a flat badge, under the pixel layer's usual bar, counts from a lower one when the description
  both claims the unit and runs a scam and the name gives the unit's place (``PIXEL_MIN_SCAM_CLAIM``).

Strings and images made for these tests (Shaanxi, Hunan, Gansu and Yunnan units), not taken from any evaluation part.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageEnhance

from detectors.affixes import (
    HANDLE_OWNER_WORDS,
    OWNER_WORDS,
    UNKNOWN_FLOOR,
    explain_added,
    trade_words_only,
)
from detectors.impostor import PIXEL_MIN, PIXEL_MIN_SCAM_CLAIM
from tests.detectors.impostor_cases import acc, findings, reg
from tests.detectors.test_avatar_only import GREEN, PURPLE, layout
from tests.detectors.test_impostor_pixels import ORANGE, deep_crop, run, save
from tests.detectors.test_impostor_pixels import reg as pixel_reg

REGISTRY = [
    reg("汉中公安", "汉中市公安局", "h1", "weibo", "陕西省汉中市"),
    reg("岳阳发布", "岳阳市人民政府新闻办公室", "y1", "weibo", "湖南省岳阳市"),
    reg("天水12345", "天水市12345政务服务便民热线", "t1", "weibo", "甘肃省天水市"),
    reg("大理文旅", "大理白族自治州文化和旅游局", "d1", "weibo", "云南省大理白族自治州"),
]
REVIEW_BAND_TOP = 0.75  # the top of the "suspicious, review needed" band (``detectors.impostor``)
NO_PROFILE = {"verified": False, "verified_type": None, "verified_reason": "", "description": ""}
OFFICIAL_DESCRIPTION = "岳阳市人民政府新闻办公室官方微博。发布权威政务信息、新闻发布会实录和政策解读。"


def _found(name: str, registry=REGISTRY, others=(), **extra) -> dict | None:
    return findings(registry, [acc(name, "x", **extra), *others]).get("x")


def _target(name: str, **extra) -> str | None:
    found = _found(name, **extra)
    return found["target"]["name"] if found else None


# ---- the classes ------------------------------------------------------------------------------------------------

def test_handle_words_are_owner_words():
    assert HANDLE_OWNER_WORDS <= set(OWNER_WORDS) | {"跟着", "跟我", "我家", "我和", "我与", "陪我"}


@pytest.mark.parametrize("text, owner", [
    ("面皮店", ["店"]), ("搬家公司", ["搬家", "公司"]), ("牛肉粉铺", ["铺"]), ("同款墨镜", ["同款"]), ("民宿", ["民宿"]),
])
def test_a_business_s_words_are_trade_words(text, owner):
    assert trade_words_only(text) == owner


@pytest.mark.parametrize("text", ["老周聊", "日记", "日报", "对面面馆", "爱好者面馆", "故事铺"])
def test_a_handle_a_medium_a_relation_or_a_person_is_no_trade_alone(text):
    assert trade_words_only(text) == []


@pytest.mark.parametrize("text", ["罚单减免", "违章消分", "滞纳金免除", "扣分清零"])
def test_a_waived_fee_is_bait(text):
    added = explain_added(text)
    assert added.service == [text] and added.claims == [text]


def test_a_waiver_alone_is_a_service_word_but_no_claim():
    added = explain_added("减免")
    assert added.service == ["减免"] and not added.claims


@pytest.mark.parametrize("text", ["村广播", "镇大喇叭", "村头喇叭", "乡广播站"])
def test_the_village_loudspeaker_is_a_channel(text):
    added = explain_added(text)
    assert added.generic == [text] and not added.owner


def test_a_broadcast_alone_is_still_a_medium_s_word():
    assert explain_added("广播").owner == ["广播"]


@pytest.mark.parametrize("text", ["儿女", "街坊四邻", "村里人", "屯里人", "华夏儿女"])
def test_the_people_of_a_place_as_a_whole(text):
    added = explain_added(text)
    assert added.people == [text] and not added.unknown and not added.rules_out


def test_the_only_one_is_a_claim_of_authority():
    assert explain_added("仅此一家").generic == ["仅此一家"]


# ---- whole names: the profile decides ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("汉中公安面皮店", "汉中公安"), ("岳阳发布烧烤铺", "岳阳发布"), ("天水12345搬家公司", "天水12345"),
    ("大理文旅客栈", "大理文旅"),
])
def test_a_shop_sign_on_a_whole_name_without_a_profile_is_for_review(name, target):
    found = _found(name, **NO_PROFILE)
    assert found is not None and found["target"]["name"] == target
    assert UNKNOWN_FLOOR <= found["score"] < REVIEW_BAND_TOP  # suspicious, review needed: never more
    assert any("既无认证也无简介" in reason for reason in found["reasons"])


@pytest.mark.parametrize("record", [
    {},  # a name alone: the profile was never read
    {"verified": False},  # no description field
    {**NO_PROFILE, "unknown_fields": ["description"]},  # the platform's answer did not carry it
])
def test_an_unread_profile_is_unknown_not_empty(record):
    assert _target("汉中公安面皮店", **record) is None


@pytest.mark.parametrize("extra", [
    {"description": "汉中面皮、凉皮，店在汉台区东大街，欢迎光临。"},
    {"description": "搬家拉货，电话尾号12345，好记。"},
    {"verified": True, "verified_type": "enterprise", "verified_reason": "汉中某餐饮管理有限公司"},
    {"verified": True, "verified_type": "personal", "verified_reason": "美食博主"},
])
def test_a_shop_with_a_profile_of_its_own_is_not_flagged(extra):
    assert _target("汉中公安面皮店", **extra) is None
    assert _target("天水12345搬家公司", **extra) is None


def test_a_copied_official_description_makes_the_shop_sign_a_disguise():
    official = acc("岳阳发布", "y1", "weibo", description=OFFICIAL_DESCRIPTION)
    found = _found("岳阳发布烧烤铺", description=OFFICIAL_DESCRIPTION,
                   verified=True, verified_type="personal", verified_reason="生活分享者", others=[official])
    assert found is not None and found["target"]["name"] == "岳阳发布"
    assert any("简介抄袭该单位的官方简介" in reason for reason in found["reasons"])


@pytest.mark.parametrize("name", ["老周聊汉中公安", "汉中公安日记", "汉中公安局对面面馆", "岳阳发布会观察员"])
def test_handles_relations_and_persons_stay_ruled_out_without_a_profile(name):
    assert _target(name, **NO_PROFILE) is None


def test_a_look_alike_of_the_name_is_not_read_by_the_profile_rule():
    # the profile rule is for the name written whole; a changed character is judged as before (a look-alike that
    # breaks no word and no other disguise: a shop's pun)
    assert _target("汉中公按面皮店", **NO_PROFILE) in (None, "汉中公安")


@pytest.mark.parametrize("name, target", [
    ("岳阳发布罚单减免烧烤铺", "岳阳发布"), ("汉中公安违章消分面皮店", "汉中公安"),
])
def test_a_waived_fee_outweighs_the_shop_even_with_a_description(name, target):
    # the bait is the unit's own claim: a shop's description beside it does not make the name a shop's
    assert _target(name, description="烧烤、面皮，欢迎光临。") == target


def test_the_village_loudspeaker_before_a_whole_name_is_flagged():
    assert _target("村广播岳阳发布") == "岳阳发布"
    assert _target("三湘儿女岳阳发布") == "岳阳发布"


# ---- a deep crop beside a description that claims the unit and runs a scam ------------------------------------------

def _disc_badge(left, right, disc) -> Image.Image:
    """A flat badge: a ground split on the diagonal, a small disc in the middle, a ring and a band of text."""
    img = Image.new("RGB", (160, 160), left)
    d = ImageDraw.Draw(img)
    d.polygon([(160, 0), (160, 160), (0, 160)], fill=right)
    d.ellipse((58, 56, 106, 104), fill=disc)
    d.ellipse((30, 30, 60, 60), outline=(255, 255, 255), width=5)
    d.rectangle((20, 110, 140, 130), fill=(230, 230, 250))
    return img


def _jpeg(img: Image.Image, quality: int = 80) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def test_a_deep_crop_counts_lower_when_the_description_claims_the_unit_and_runs_a_scam(tmp_path):
    """A crop cut to a quarter of the side into a flat badge correlates ~0.88 with its unit's avatar whole, under
    ``PIXEL_MIN``. With its colours shifted (brightened, so the deep fine reading, which needs the registry avatar's
    own colours, does not take it), beside a description that names the unit and runs a takeover scam, on a name
    giving the unit's place, it counts from ``PIXEL_MIN_SCAM_CLAIM``; not with a plain description naming the unit,
    not without a description, not on a name giving another place. With its colours as they are, the deep fine
    reading finds it whatever the description (only on a name giving the unit's place)."""
    badge = _disc_badge((40, 90, 190), (230, 80, 160), (170, 200, 240))
    save(tmp_path, "a.png", badge)
    save(tmp_path, "b.png", layout(label="天水发布", **PURPLE))
    save(tmp_path, "c.png", layout(label="陇南公安", **GREEN))
    save(tmp_path, "d.png", layout(label="陇南慈善", **ORANGE))
    registry = [pixel_reg("天水慈善", "天水市慈善总会", "a", "甘肃省天水市", "a.png"),
                pixel_reg("天水发布", "天水市人民政府新闻办公室", "b", "甘肃省天水市", "b.png"),
                pixel_reg("陇南公安", "陇南市公安局", "c", "甘肃省陇南市", "c.png"),
                pixel_reg("陇南慈善", "陇南市慈善总会", "d", "甘肃省陇南市", "d.png")]
    crop = save(tmp_path, "crop.jpg", _jpeg(deep_crop(badge, 0.26)))
    shifted = save(tmp_path, "shifted.jpg", ImageEnhance.Brightness(_jpeg(deep_crop(badge, 0.26))).enhance(1.15))
    scam = "天水市慈善总会旧号停用，今后以本号为准，办事咨询加微信tscs2026"
    plain = "天水市慈善总会的志愿者，分享公益活动。"

    def accounts(avatar):
        def account(account_id, name, **extra):
            return {"platform": "toutiao", "account_id": account_id, "name": name, "avatar": avatar, **extra}
        return [account("s", "天水老乡服务台", description=scam), account("p", "天水老乡服务台", description=plain),
                account("n", "天水老乡服务台"), account("o", "陇南老乡服务台", description=scam)]

    deep = run(tmp_path, registry, accounts(crop))
    assert set(deep) == {"s", "p", "n"}
    assert all(f["target"]["account_id"] == "a" and f["evidence"]["pixel_similarity"] >= PIXEL_MIN
               for f in deep.values())
    found = run(tmp_path, registry, accounts(shifted))
    assert set(found) == {"s"}
    f = found["s"]
    assert f["target"]["account_id"] == "a" and f["evidence"]["layer"] == "avatar_pixels"
    assert PIXEL_MIN_SCAM_CLAIM <= f["evidence"]["pixel_similarity"] < PIXEL_MIN
    assert f["evidence"]["pixel_scam_claim"] is True
    assert any("诈骗话术" in r for r in f["reasons"])
