"""Issue #12, sixteenth helper: what an account's profile asks of its reader (``detectors.profile_claims``).

A description that runs a government-impersonation scam — a hand-off to a private contact, a fee, an ID or bank card
to upload, a subsidy to claim, a takeover story — is evidence of impersonation where a name already points at a
registered unit: it overrides a company's or another organisation's badge, lifts a name matched with unknown words or
below the threshold, turns a shop's words around a registered name into its disguise, and lets a near copy of a
distinctive avatar count. Hard negatives — businesses that write 加微信, anti-fraud warnings, a unit's own procedure,
subsidy notices, an account pointing at its own new account — stay clean. The examples are written for these tests.
"""

from __future__ import annotations

import pytest

from core.avatars import avatar_hashes
from core.settings import defaults
from detectors import impostor
from detectors.avatar import colour_matrix, hash_matrix
from detectors.context import DetectionContext
from detectors.names import analyse_name
from detectors.profile_claims import MAX_READ, _triggered, read_scam, read_sentences
from detectors.textnorm import fold
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import PURPLE, acc, layout, reg, run

SCAMS = {
    "bait+personal": "区人社局提醒：本年度养老保险补贴开始申领，请私信登记姓名和手机号",
    "takeover+handoff": "本号原账号已停用，业务请添加微信 zhengwu2026 办理",
    "recruit+fee": "辅警招录报名，缴纳保证金500元，联系人 wang8899",
    "recruit+money+handoff": "公益岗位招聘，名额有限，报名费300元，联系微信abc12345",
    "service+handoff+urgency": "港澳通行证、护照加急办理，三天出证，加V：xyz8899",
    "secret": "个人所得税退税已开放，发送手机验证码即可到账",
    "link+secret": "医保个人账户返还资金，点击置顶链接填写银行卡号",
    "takeover+qq": "本公众号迁移，新号请加QQ群 556677889，逾期不再受理",
    "bait+group": "失业补助金申领，扫码进群，工作人员一对一指导",
    "bait+credential": "独生子女奖励金发放：拍照上传身份证和银行卡到后台",
    "alarm+handoff": "您的社保卡信息异常，请于今日内添加QQ 12345678 核实",
    "alarm+link": "医保账户即将冻结，点击主页链接重新认证",
    "service+id": "公积金提取、社保补缴，微信 gjj2026a",
    "quota+handoff": "重点中学内部名额，私信咨询",
    "prize+handoff": "恭喜您获得年度惠民奖品，联系qq 889977665 领取",
    "recruit+money": "编外人员招聘，先交培训费后上岗",
    "bait+form+link": "消费补贴今日发放，点击链接填写银行卡信息",
    "online+id": "市场监管线上受理点，营业执照在线办理，客服微信：scjg2026",
    "fullwidth": "高龄津贴年审开始，请加ＱＱ：７７８８９９００ 办理",
}

CLEAN = {
    "police warning": "县公安局官方微博。发布警情通报、防骗提示。公安机关不会通过QQ、微信办案，不会要求转账。",
    "warning of impostors": "谨防冒充本号的账号以补贴申领为名索要身份证和银行卡，切勿添加陌生QQ。",
    "if you meet": "如遇自称工作人员要求提供验证码的，均为诈骗，请拨打110。",
    "subsidy notice": "市财政局官方微博。发布惠民惠农补贴发放、财政信息公开。",
    "own migration": "本号已停止更新，请尽快关注新号“某某发布”。",
    "official procedure": "高龄津贴年审请登录省政务服务网上传身份证照片办理。",
    "free at the hall": "出入境证件加急服务免费办理，请到出入境接待大厅。",
    "procedure with documents": "补贴申领需提供身份证、户口本、银行卡，到村委会登记。",
    "fee at the hall": "办理身份证需携带户口本，工本费20元。",
    "policy text": "签订劳动合同并按月足额缴纳社会保险费的企业，按每招用1人1500元的标准发放一次性扩岗补助。",
    "pension text": "缴费越多、缴费年限越长，领取的养老金越多。",
    "photo studio": "证件照拍摄，微信 photo8888",
    "wedding studio": "专业婚纱摄影，预约请加微信 hs88888，名额有限！",
    "tea shop": "茶叶批发零售，欢迎咨询，微信：tea12345，支持转账",
    "driving school": "驾校招生，报名费3000元，联系电话13800000000",
    "shop red packet": "关注领红包，私信咨询，回复必回",
    "shop recruiting": "招聘店员，加微信shop123，包吃住",
    "food blogger": "每日分享美食，商务合作微信 food2026",
    "lawyer": "律师事务所，案件咨询 微信lawyer01",
    "training school": "育婴员、电工证培训招生，包过班3280元，进群领福利",
    "car agency": "汽车年检一条龙，代办只需198，加v:cdcg_110",
    "follow us": "欢迎扫码关注，获取最新政务信息。",
    "two sentences": "本号提供养老金政策解读。\n如需咨询请加微信 abc12345",
}


@pytest.mark.parametrize("family", sorted(SCAMS))
def test_scam_descriptions_are_read(family):
    reading = read_scam(SCAMS[family])
    assert reading is not None, family
    assert reading.kinds and len(reading.kinds) == len(reading.phrases)
    assert reading.summary().startswith("简介像冒充政务的诈骗话术")


@pytest.mark.parametrize("family", sorted(CLEAN))
def test_clean_descriptions_are_not_read_as_scams(family):
    assert read_scam(CLEAN[family]) is None, family


def test_the_trigger_words_let_every_scam_through():
    """The Aho-Corasick prefilter never hides a scam the patterns would read (it only saves their cost)."""
    for text in [*SCAMS.values(), *CLEAN.values()]:
        if read_sentences(fold(text)) is not None:
            assert _triggered(fold(text)), text
    assert not _triggered(fold("每日分享本地美食与风景，欢迎关注"))


def test_a_warning_in_the_same_sentence_voids_it_but_not_another_sentence():
    assert read_scam("谨防诈骗：旧号已停用，新号请加QQ 12345678") is None
    assert read_scam("本号为官方账号。旧号已停用，新号请加QQ 12345678") is not None


@pytest.mark.timeout(120)
def test_a_hostile_description_is_bounded():
    huge = ("补贴" + "，" * 50 + "加" * 200 + "a1" * 300) * 30
    assert read_scam(huge) is None or read_scam(huge).kinds
    assert read_scam("补贴申领，私信登记姓名" + "啊" * (MAX_READ * 20)) is not None
    assert read_scam("啊" * (MAX_READ * 3) + "补贴申领，私信登记姓名") is None  # past the part read


REG = [reg("济南公安", "济南市公安局", "r1", "山东省济南市"),
       reg("泰安发布", "泰安市人民政府新闻办公室", "r2", "山东省泰安市"),
       reg("历城税务", "国家税务总局济南市历城区税务局", "r3", "山东省济南市历城区")]
SCAM = SCAMS["takeover+qq"]
SHOP = "店铺经营本地特产，欢迎加微信 tc2026 订购，支持转账"
WARNING = CLEAN["warning of impostors"]
COMPANY = {"verified": True, "verified_type": "enterprise", "verified_reason": "泉城便民信息咨询有限公司"}
ASSOCIATION = {"verified": True, "verified_type": "other", "verified_reason": "泉城青年企业家商会"}


def _flag(name, description, **extra):
    return run(REG, [acc(name, "x", description=description, **extra)]).get("x")


@pytest.mark.parametrize("name,badge", [("济南公安丨私信必回", COMPANY), ("济南公安丨私信必回", ASSOCIATION)])
def test_a_scam_overrides_another_organisations_badge(name, badge):
    assert _flag(name, None, **badge) is None
    assert _flag(name, SHOP, **badge) is None  # a business's own 加微信 says nothing
    assert _flag(name, WARNING, **badge) is None
    found = _flag(name, SCAM, **badge)
    assert found and found["target"]["account_id"] == "r1"
    assert found["evidence"]["verified_as"] and found["evidence"]["profile_scam"]["kinds"]
    assert any("诈骗话术" in r and "认证为" in r for r in found["reasons"])


def test_a_scam_does_not_override_a_medium_or_the_organisations_own_words():
    medium = {"verified": True, "verified_type": "media", "verified_reason": "济南日报社官方微博"}
    assert _flag("济南公安丨私信必回", SCAM, **medium) is None
    assert _flag("济南公安便民服务", SCAM, **COMPANY) is None  # 便民 is the company's own name


@pytest.mark.parametrize("name", ["济南公安旗舰店", "泰安发布小店", "济南公安小店ღ"])
def test_a_scam_makes_shop_words_a_disguise(name):
    assert _flag(name, None) is None and _flag(name, SHOP) is None and _flag(name, WARNING) is None
    found = _flag(name, SCAM)
    assert found and found["score"] >= 0.6
    assert any("伪装" in r for r in found["reasons"]) and found["evidence"]["profile_scam"]


def test_other_mentions_still_rule_the_name_out():
    for name in ("济南公安对面", "泉城公安"):  # a spatial relation; a name that holds no registered name
        assert _flag(name, SCAM) is None


def test_a_scam_adds_its_bonus_and_reasons_and_a_warning_adds_nothing():
    plain = _flag("泰安發佈咕噜咕噜", None)
    warned = _flag("泰安發佈咕噜咕噜", WARNING)
    scam = _flag("泰安發佈咕噜咕噜", SCAM)
    assert plain["score"] == warned["score"]
    assert scam["score"] == pytest.approx(plain["score"] + impostor.SCAM_BONUS)
    assert "profile_scam" not in warned["evidence"] and scam["evidence"]["profile_scam"]["kinds"]
    assert any(r.startswith("简介像冒充政务的诈骗话术") for r in scam["reasons"])


def test_a_scam_lifts_a_name_matched_below_the_threshold():
    cfg = {**defaults().values, "detect.impostor_min_score": 0.65}

    def flagged(description):
        ctx = DetectionContext(registry=REG, accounts=[acc("济南公按巴拉巴拉", "x", description=description)], cfg=cfg)
        return {f["account_id"] for f in impostor.detect(ctx)}
    assert flagged(None) == set() and flagged(SHOP) == set() and flagged(WARNING) == set()
    assert flagged(SCAM) == {"x"}


def test_registered_and_government_verified_accounts_stay_out():
    registered = acc("济南公安", "r1", description=SCAM)
    verified = acc("济南公安服务号", "g", description=SCAM, verified=True, verified_type="government",
                   verified_reason="济南市公安局")
    assert run(REG, [registered, verified]) == {}


def test_an_avatar_suspect_with_a_scam_description():
    """A company's account with a recoloured copy of one unit's distinctive emblem: not enough on its own (a company
    needs a close copy in the same colours), enough with a scam description — for review."""
    jinan = layout(label="济南公安", **PURPLE)
    registry = [reg("济南公安", "济南市公安局", "r1", "山东省济南市", avatar_hashes=avatar_hashes(png_bytes(jinan)))]
    blue = avatar_hashes(png_bytes(layout(label="济南公安", ring=(40, 60, 200), arch=(200, 200, 40),
                                          back=(240, 240, 255))))
    company = {"verified": True, "verified_type": "enterprise", "verified_reason": "某某信息咨询有限公司"}
    found = run(registry, [acc("惠民小站", "a", avatar_hashes=blue, description=SCAMS["bait+group"], **company),
                           acc("惠民小站", "b", avatar_hashes=blue, description=SHOP, **company),
                           acc("惠民小站", "c", avatar_hashes=blue, description=WARNING, **company),
                           acc("惠民小站", "d", avatar_hashes=blue, **company)])
    assert set(found) == {"a"}
    assert found["a"]["score"] == impostor.AVATAR_ONLY_BARE_SCORE and found["a"]["target"]["account_id"] == "r1"
    assert found["a"]["evidence"]["profile_scam"] and any("诈骗话术" in r for r in found["a"]["reasons"])
    # asked whether the avatar overrules a name pair's target (``_avatar_owners``), the scam does not count: it says
    # the account is an impostor, not whose emblem it copied
    suspect = acc("惠民小站", "a", avatar_hashes=blue, description=SCAMS["bait+group"], **company)
    officials = impostor._Officials(DetectionContext(registry=registry, accounts=[suspect]))
    row, colour = hash_matrix([blue])[0], colour_matrix([blue])[0]
    form = analyse_name("惠民小站")
    assert impostor._avatar_only(officials, suspect, form, row, colour, 10) is not None
    assert impostor._avatar_only(officials, suspect, form, row, colour, 10, read_scam_description=False) is None


def test_explain_shows_the_reading():
    ctx = DetectionContext(registry=REG, accounts=[])
    told = impostor.explain(ctx, {"name": "济南公安旗舰店", "platform": "weibo", "description": SCAM})
    assert told["flagged"] and told["profile_scam"].startswith("简介像冒充政务的诈骗话术")
    plain = impostor.explain(ctx, {"name": "济南公安旗舰店", "platform": "weibo", "description": SHOP})
    assert not plain["flagged"] and plain["profile_scam"].startswith("简介未见")
    assert impostor.explain(ctx, {"name": "济南公安旗舰店", "platform": "weibo"})["profile_scam"] == "未提供简介"
    # the closest-entries table reads the description as the run does: with the scam the shop word is a disguise,
    # not a reason to rule the pair out (it said "排除：商家…旗舰店" under a flagged verdict)
    row = next(c for c in told["closest"] if c["target"]["name"] == "济南公安")
    assert row["affix_score"] is not None and row["affix_ruled_out"] is None
    row = next(c for c in plain["closest"] if c["target"]["name"] == "济南公安")
    assert row["affix_score"] is None and row["affix_ruled_out"].startswith("商家、个人或媒体用词")


@pytest.mark.timeout(120)
def test_hostile_names_with_a_scam_description_stay_bounded():
    hostile = [acc("济南公安小店" * 1500, "h1", description=SCAM), acc("店" * 10_000, "h2", description=SCAM * 50),
               acc("济南公安" + "旗舰店" * 3000, "h3", description=SCAMS["bait+group"] * 100)]
    found = run(REG, hostile)
    assert set(found) <= {"h1", "h3"}
