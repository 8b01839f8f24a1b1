"""Political wording, twenty-eighth session (content-political28): more typed readings
(``detectors/content_political_typed.py``) and the 台湾:机构 rules reading quotes and 所谓 as the typed readings do.

* a place of China's own territory (every land name of ``data/territory_names.tsv`` and the territory module's list)
  given a disputed area's attribute (争议地区, 争议区, 争端地区, 有争议的…, 主权存在争议, 归属未定) within a clause, whatever
  few words stand between; the other side's claim reported, a rejection, a quote, 所谓, a dispute between parties and
  a dispute over something else are right;
* a Taiwan body named in quotation marks or after 所谓 is the right use (the guidance asks for quotes);
* a people's name malformed: 族 doubled or the stem + 民族 where the official name differs.

Every sentence here was written for these tests (none is taken from the evaluation sets).
"""

from __future__ import annotations

import pytest

from detectors.content import ContentRules
from tests.detectors.content_case import check, political


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def test_own_territory_called_a_disputed_area(rules):
    check(rules, [
        "南薇滩是争议地区，渔民作业需注意安全。",
        "渔政船在簸箕礁一带的争议区巡航。",
        "有争议的盘石屿附近发现外国船只。",
        "争议地区中的美济礁附近发现外国船只。",
        "赤瓜礁的主权存在争议。",
        "晋卿岛归属未定，各方应保持克制。",
        "金银岛、甘泉岛等争端地区局势紧张。",
        "永兴岛主权有争议。",
    ], [
        "菲方声称仁爱礁是争议地区，我方予以驳斥。",
        "南薇滩不是争议地区。",
        "所谓“争议地区”南薇滩是我国固有领土。",
        "中菲在仁爱礁问题上存在分歧。",
        "中菲在仁爱礁存在争议。",
        "黄岩岛争端由来已久。",
        "珠穆朗玛峰高度存在争议。",
        "南海争议应由当事方协商解决。",
        "永兴岛有争议的建设项目暂停。",
        "这是一起有争议的判罚，黄岩岛附近海域天气晴好。",
        "我国对赤瓜礁拥有无可争辩的主权。",
        "外方把“争议岛礁”的帽子扣在华阳礁头上，是歪曲事实。",
    ])


def test_the_span_covers_place_and_attribute(rules):
    assert political(rules, "海警在簸箕礁一带的争议区执法。") == ["簸箕礁一带的争议区"]
    assert political(rules, "有争议的盘石屿附近有船只。") == ["有争议的盘石屿"]


def test_a_quoted_taiwan_body_or_one_after_so_called_is_right(rules):
    check(rules, [
        "台湾财政部近日发布报告。",
        "台湾外交部长发表谈话。",
        "台湾国防部近日发布报告。",
        "他自称来自台湾国。",
        "有帖子称“台湾经济部将调整电价”，经核实为旧闻。",  # a quoted claim that merely contains the name
    ], [
        "民进党当局所谓“台湾财政部”近日发布报告。",
        "民进党当局所谓\"台湾财政部\"近日发布报告。",
        "“台湾教育部”近日发布报告。",
        "所谓台湾经济部近日发布报告。",
        "所谓“台湾外交部长”发表谈话。",
        "“台湾国防部”近日发布报告。",
        "台湾地区“外交部”发言人称。",
    ])


def test_a_peoples_name_malformed(rules):
    check(rules, [
        "锡伯民族同胞欢度西迁节。",
        "仡佬民族的传统文化源远流长。",
        "独龙族族同胞迎来了丰收。",
        "这里是傈僳族族聚居区。",
    ], [
        "锡伯族同胞欢度西迁节。",
        "仡佬族民族服饰展示吸引了游客。",
        "独龙族族人聚在一起过节。",
        "少数民族同胞迎来了丰收。",
        "铸牢中华民族共同体意识。",
        "汉民族共同语是普通话的基础。",
        "藏民族优秀传统文化得到保护。",
        "“锡伯民族”的写法不规范，应为锡伯族。",
        "俄罗斯民族音乐会在哈尔滨举行。",
    ])
    assert political(rules, "锡伯民族同胞欢度西迁节。") == ["锡伯民族"]
