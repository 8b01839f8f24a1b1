"""Twenty-fourth session, task content-repost28 (issue #18): source statements that name no one in new forms, and
Weibo's repost credit without 自.

* 转发@<account>：…, 【转@<account>】, 转载 @<account>： name the account reposted (as 转发自@… did); a call to share
  that tags the readers' friends (转发@三位好友, 转发@你的家人) or a platform in the account's place names no one.
* A source deferred to a picture's watermark or logo (来源见水印, 出处：见视频台标), a kind of body where a body's name
  belongs (转自气象部门, 来源：有关部门), and material presented as the net's (一段来自网络的视频：…) are vague sources;
  a named body in the same slot, a rumour's rebuttal reporting the net's video, and a department inside a sentence are
  not.
Every sentence was written for these tests (none is taken from an evaluation part).
"""

from __future__ import annotations

import pytest

from detectors.content_repost import OverlapIndex, repost_hit, text_names_source, vague_source
from detectors.textnorm import fold

BODY = "今冬全县新建应急避难点23处，储备棉被4600床，群众可通过小程序查询最近的避难点。"
UNIT, ACCOUNT = "溪口县应急管理局", "溪口应急"


def _post(text: str, account_id: str = "a", post_id: str = "1", when: str = "2026-11-20T18:00:00+08:00") -> dict:
    return {"platform": "weibo", "account_id": account_id, "post_id": post_id, "created_at": when, "text": text,
            "is_original": None, "source": None}


def _hit(text: str):
    return repost_hit(_post(text), UNIT, None, account=ACCOUNT)


@pytest.mark.parametrize("template", ["转发@{p}：{body}", "【转@{p}】{body}", "转载 @{p}：{body}", "#冬季安全# 转发@{p} {body}"])
@pytest.mark.parametrize("publisher", ["国家减灾委", "澜沧融媒", "平安溪口", "中国消防", "青禾晚报"])
def test_weibo_repost_credit_without_zi_names_the_account(template, publisher):
    assert text_names_source(fold(template.format(p=publisher, body=BODY)))


@pytest.mark.parametrize("text", [f"{BODY}欢迎转发@三位好友，一起学习避险知识。", f"转发@你的家人：{BODY}",
                                  f"转发@身边的朋友，{BODY}", f"转发@朋友圈：{BODY}", f"转发@工作群：{BODY}",
                                  f"转发@某公众号：{BODY}"])
def test_a_call_to_share_or_a_platform_after_the_at_names_no_one(text):
    assert not text_names_source(fold(text))


def test_a_copy_credited_with_zhuanfa_at_is_no_unsourced_repost():
    source_text = "【冬季防火提醒】取暖设备远离可燃物，人走断电，发现火情立即拨打119，切勿贪恋财物返回火场。"
    source = _post(source_text, "fire", "9", "2026-11-19T09:00:00+08:00")
    credited = _post("转发@中国消防：" + source_text, "b", "2")
    bare = _post(source_text, "c", "3")
    units = {"fire": "应急管理部消防救援局", "b": UNIT, "c": UNIT}
    index = OverlapIndex([source, credited, bare], lambda p: units[p["account_id"]],
                         lambda p: "中国消防" if p["account_id"] == "fire" else "")
    assert repost_hit(credited, UNIT, index, account=ACCOUNT) is None
    hit = repost_hit(bare, UNIT, index, account=ACCOUNT)
    assert hit is not None and hit.basis == "overlap"


@pytest.mark.parametrize("line", ["（来源见水印）", "\n来源：见图片水印", "\n出处见视频台标", "\n图片来源详见图中水印",
                                  "（以上内容转自气象部门）", "\n来源：有关部门", "\n信息来源：相关单位", "（转自公安部门）"])
def test_a_source_slot_without_a_publisher_is_vague(line):
    text = BODY + line
    assert not text_names_source(fold(text)), line
    hit = _hit(text)
    assert hit is not None and hit.basis == "vague_source", line


@pytest.mark.parametrize("text", ["一段来自网络的视频：暴雪中，护林员徒步巡山两小时。", "这是转自网上的图片，大家看看。",
                                  "分享几张来自朋友圈的照片，山里的雾凇真美。"])
def test_material_presented_as_the_nets_is_a_vague_source(text):
    assert vague_source(fold(text)) is not None, text
    hit = _hit(text)
    assert hit is not None and hit.basis == "vague_source", text


@pytest.mark.parametrize("text", [BODY + "\n来源：溪口县气象局", BODY + "（以上内容转自国家气候中心）",
                                  BODY + "具体点位见图。",
                                  "近日，一段来自网络的视频称溪口县发生山体滑坡。经核实，该视频系谣言，请勿转发。",
                                  BODY + "全县气象部门将加强值守，有关部门要做好物资调配。",
                                  BODY + "\n来源：教育部门户网站"])
def test_named_bodies_rebuttals_and_sentences_stay_unflagged(text):
    assert _hit(text) is None, text
