"""Reposts without a source, tenth round (#18): the source statement as a grammar of marker + publisher + position —
an agency's opener without a date (据新华社电, 新华社电), a plain headline speaker over the speaker's own copied text,
来稿单位 — and the author distinguished from a source: a body named as the headline speaker (X：…, X提醒：…)
or as the closing signer (…（X局）) whose first person the text speaks in is the author of a pasted release, not a
source credit; another body's release reproduced under 全文如下; 总局 speaking of its next steps. Each with hard
negatives: the unit's own name as speaker or signer, its own sub-unit, a credit that says it credits (供稿), a
speaker without any first person, the unit forwarding (转发) a document. Texts are written for these tests (none is
taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import (
    OverlapIndex,
    credit_named,
    repost_hit,
    signs_own_voice,
    speaking_bodies,
    text_names_source,
)
from detectors.textnorm import fold


def post(text, *, original=None, pid="p1", account="acct", created="2026-11-20T10:00:00+08:00"):
    return {"platform": "weibo", "account_id": account, "post_id": pid, "created_at": created,
            "text": text, "is_original": original, "is_pinned": False, "source": None, "url": f"https://example/{pid}"}


def basis(text, unit):
    hit = repost_hit(post(text), unit, None)
    return hit.basis if hit else None


EDU = "南阳市教育局"
TAX_HR = "南阳市人力资源和社会保障局"
PROV_HEALTH = "河南省卫生健康委员会"
PROV_MARKET = "河南省市场监督管理局"
CITY_TOUR = "洛阳市文化广电和旅游局"
POLICE = "南阳市公安局"


# ---- source statements: marker + publisher ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "据新华社电 黄河小浪底水库本月完成调水调沙任务，下游河道主槽过流能力进一步提升。",
    "据中新社电，今年全国秋粮收购进度快于上年。",
    "新华社电 全国铁路今日起实行新的列车运行图。",
    "【新华社讯】全国冬小麦播种基本结束。",
    "寒假安全提示……\n来稿单位：南阳市应急管理局",
])
def test_an_agency_opener_and_other_statements_name_a_source(text):
    assert text_names_source(fold(text))


@pytest.mark.parametrize("text", [
    "据悉，全国铁路今日起实行新的列车运行图。",  # an unnamed cue
    "他一直用电脑工作，据电工师傅说线路老化了。",  # 据…电 is no dateline here
    "来源：网络\n冬季取暖注意事项……",  # a vague source
    "冬季取暖用电量创新高。\n数据来源：国家能源局",  # a data provider, not the text's source
])
def test_look_alikes_name_no_source(text):
    assert not text_names_source(fold(text))


def test_a_plain_headline_speaker_over_its_own_text_names_it():
    original = post("【警惕“社保卡异常”诈骗电话！】近期有骗子冒充社保部门工作人员，谎称社保卡涉嫌违规将被冻结，随后转接给假冒的"
                    "“民警”，要求将资金转入“安全账户”。社保部门不会电话通知冻结社保卡，接到此类电话请立即挂断。",
                    account="ministry", pid="m1", created="2026-11-18T09:00:00+08:00")
    copy_named = post("公安部刑侦局：" + original["text"], account="city", pid="c1")
    copy_bare = post("紧急提醒：" + original["text"], account="city", pid="c2")
    names = {"ministry": "公安部刑侦局", "city": "平安南阳"}
    units = {"ministry": "公安部刑事侦查局", "city": POLICE}
    index = OverlapIndex([original, copy_named, copy_bare], lambda p: units[p["account_id"]],
                         lambda p: names[p["account_id"]])
    assert repost_hit(copy_named, POLICE, index) is None
    assert repost_hit(copy_bare, POLICE, index).basis == "overlap"


# ---- the author named as speaker or signer ----------------------------------------------------------------------

AUTHOR_POSITIVES = [
    # a body of another field named as the headline speaker, its first person kept
    (TAX_HR, "国家税务总局南阳市税务局提醒：2027年度城乡居民养老保险费缴费已开始。我局将持续优化缴费服务。"),
    # a national body of the unit's own kind, named before a colon
    (PROV_HEALTH, "国家卫生健康委：明年将推广检查检验结果互认\n\n我委将在总结试点经验的基础上，推动互认项目达到200项以上。"),
    (PROV_HEALTH, "【国家卫生健康委】我委近日部署冬季呼吸道疾病防治工作，要求各地加强儿科门诊力量。"),
    # another city's bureau signing its own words at the end
    (EDU, "各位家长：寒假将至，我局提醒您做好防溺水、防火灾工作……（信阳市教育局）"),
    (EDU, "各位家长：寒假将至，我局提醒您做好防溺水、防火灾工作。\n——信阳市教育局"),
]


@pytest.mark.parametrize("unit, text", AUTHOR_POSITIVES)
def test_another_body_named_as_author_speaks_its_own_first_person(unit, text):
    assert basis(text, unit) == "other_voice"


AUTHOR_NEGATIVES = [
    # the unit's own name, in full or shortened, as speaker or signer
    (EDU, "南阳市教育局提醒：寒假将至，我局提醒家长做好防溺水工作。"),
    (EDU, "市教育局：寒假将至，我局提醒家长做好防溺水工作。"),
    (EDU, "各位家长：寒假将至，我局提醒您做好防溺水工作。（南阳市教育局）"),
    # the unit's own sub-unit signing
    (POLICE, "我支队民警在宛城区开展冬季交通安全宣传，发放资料2000余份。（南阳市公安局交通警察支队）"),
    # a credit that says it credits: a source named
    (EDU, "各位家长：寒假将至，我局提醒您做好防溺水工作。（信阳市教育局供稿）"),
    # another body named, but the text speaks in no first person of its kind
    (PROV_HEALTH, "国家卫生健康委：明年将在全国推广检查检验结果互认，互认项目将达到200项以上。"),
    (EDU, "信阳市教育局提醒：寒假将至，请家长做好防溺水工作。"),
    # a speaker that is no body (a headline label)
    (EDU, "寒假安全提醒：我局提醒家长做好防溺水工作。"),
]


@pytest.mark.parametrize("unit, text", AUTHOR_NEGATIVES)
def test_own_name_sub_unit_credit_or_no_first_person_is_no_other_voice(unit, text):
    assert basis(text, unit) is None


def test_a_signature_in_the_signers_own_voice_is_no_credit():
    signed = fold("寒假将至，我局提醒您做好防溺水工作……（信阳市教育局）")
    assert signs_own_voice(signed, "信阳市教育局")
    assert not credit_named(signed)
    credited = fold("寒假将至，请家长做好防溺水工作。（信阳市教育局）")
    assert not signs_own_voice(credited, "信阳市教育局")
    assert credit_named(credited)  # no first person: the bracket credits the body (the old rule)
    assert not signs_own_voice(fold("寒假将至，我局提醒您。（信阳市教育局供稿）"), "信阳市教育局供稿")


def test_speaking_bodies_positions():
    assert speaking_bodies(fold("国家卫生健康委：明年推广互认")) == ["国家卫生健康委"]
    assert speaking_bodies(fold("【信阳市教育局】寒假提醒")) == ["信阳市教育局"]
    assert speaking_bodies(fold("寒假提醒……（信阳市教育局）")) == ["信阳市教育局"]
    assert speaking_bodies(fold("寒假安全提醒：请家长注意")) == []
    assert speaking_bodies(fold("寒假提醒。（新华社）")) == []  # an outlet is no body that speaks as 我局


# ---- another body's release in full -------------------------------------------------------------------------------

@pytest.mark.parametrize("unit, text", [
    (CITY_TOUR, "冬游河南精品线路发布：省文化和旅游厅今日发布冬游河南百条精品线路，涵盖温泉康养、非遗体验等主题。全文如下……"),
    (EDU, "省教育厅近日印发《中小学寒假安全工作指引》，以下为全文：一、……"),
])
def test_another_bodys_release_in_full_is_a_repost(unit, text):
    assert basis(text, unit) == "other_document"


@pytest.mark.parametrize("unit, text", [
    ("河南省文化和旅游厅", "今天省文化和旅游厅发布冬游河南百条精品线路，涵盖温泉康养、非遗体验等主题。全文如下……"),  # own
    (EDU, "我局今日发布寒假安全提示，全文如下：……"),  # own first person
    ("南阳市人民政府", "市政府转发省应急管理厅发布的冬季安全通知，全文如下：……"),  # forwarded, issuer named
    (CITY_TOUR, "省文化和旅游厅今日发布冬游河南百条精品线路，洛阳6条线路入选。"),  # news, no full text
    (CITY_TOUR, "省文化和旅游厅今日发布冬游线路。全文如下……\n来源：河南省文化和旅游厅"),  # source named
])
def test_own_forwarded_reported_or_sourced_releases_stay_clean(unit, text):
    assert basis(text, unit) is None


# ---- 总局 of its next steps ---------------------------------------------------------------------------------------

def test_the_administrations_short_self_with_a_next_step():
    assert basis("【总局：持续加强直播电商监管】下一步，总局将会同有关部门开展直播电商专项整治。", PROV_MARKET) == "other_voice"
    assert basis("接下来，总局将持续推进食品安全抽检。", PROV_MARKET) == "other_voice"
    # a national administration's full name in the text is no short self-reference
    assert basis("国家市场监督管理总局将会同有关部门开展直播电商专项整治，我局将认真贯彻落实。", PROV_MARKET) is None


# ---- a first person acting across the whole country ------------------------------------------------------------

def test_a_city_voice_acting_nationwide_is_a_national_bodys():
    text = "国家移民管理局发布消息，自明年1月1日起外国人入境可预先申报，我局将在全国主要口岸设置快捷通道。"
    assert basis(text, POLICE) == "other_voice"


@pytest.mark.parametrize("text", [
    "我局在全国公安机关执法质量考评中位列第三。",  # a ranking
    "我局配合公安部在全国范围内开展的专项行动，破获案件12起。",  # following a national action
    "我局积极参加在全国范围内开展的“净网”行动。",
    "我局将在全市范围内开展冬季交通整治。",  # its own territory
])
def test_a_city_voice_ranked_or_following_nationwide_work_is_its_own(text):
    assert basis(text, POLICE) is None
