"""Reposts without a source: more ways of naming a source, cut outlet names in brackets, joint signatures, short
copies under a label of their own. Texts are written for these tests."""

from __future__ import annotations

import pytest

from detectors.content_repost import OverlapIndex, repost_hit, text_names_source
from detectors.textnorm import fold


def post(text, *, pid="p1", original=None, account="1001", created="2026-11-20T10:00:00+08:00"):
    return {"platform": "weibo", "account_id": account, "post_id": pid, "created_at": created, "text": text,
            "is_original": original, "is_pinned": False, "source": None, "url": f"https://example/{pid}"}


@pytest.mark.parametrize("text", [
    "寒潮来袭，请注意防寒保暖。（信息源：省气象台）",
    "……减少不必要的留痕，才能让基层把精力用在实处。\n\n本文摘自光明日报",
    "全文转自“中国应急管理”公众号",
    "稿源：大众日报",
    "本文综合整理自新华网、央视新闻",
    "光明日报评论：让基层减负落到实处",
])
def test_more_ways_of_naming_a_source(text):
    assert text_names_source(fold(text))


@pytest.mark.parametrize("text", ["【本台消息】省教育厅近日印发通知，要求减轻学生课业负担。",
                                  "[本报讯] 全市冬季供暖今日正式启动。"])
def test_outlet_cut_in_brackets(text):
    hit = repost_hit(post(text), "梅州市教育局", None)
    assert hit is not None and hit.basis == "outlet_cut"


def test_joint_signature_of_other_bodies():
    doc = "关于延续有关税收优惠政策的公告\n\n现将有关事项公告如下。\n\n人力资源社会保障部　财政部\n2026年11月10日"
    hit = repost_hit(post(doc), "国家税务总局揭阳市税务局", None)
    assert hit is not None and hit.basis == "other_document"
    own = "关于联合开展冬季安全检查的通知\n\n现将有关事项通知如下。\n\n揭阳市应急管理局　揭阳市住房和城乡建设局\n2026年11月10日"
    assert repost_hit(post(own), "揭阳市应急管理局", None) is None


def test_short_copy_under_its_own_label_and_tags():
    source = post("进入冬季，用火用电增多。燃气使用后要及时关闭阀门，人走断电，不要在楼道堆放杂物，保持疏散通道畅通。",
                  pid="src", account="ministry", created="2026-11-19T08:00:00+08:00")
    copy = post("冬季消防提示：燃气使用后要及时关闭阀门，人走断电，不要在楼道堆放杂物，保持疏散通道畅通。#冬季消防#",
                pid="copy")
    own = post("冬季消防提示：我县消防救援大队今天走进社区，为居民讲解灭火器使用方法。#冬季消防#", pid="own")
    units = {"weibo:1001": "某县公安局"}

    def unit_of(p):
        return units.get(f"{p['platform']}:{p['account_id']}") or p["account_id"]

    index = OverlapIndex([source, copy, own], unit_of)
    hit = repost_hit(copy, "某县公安局", index)
    assert hit is not None and hit.basis == "overlap" and hit.copied_from["post_id"] == "src"
    assert repost_hit(own, "某县公安局", index) is None
