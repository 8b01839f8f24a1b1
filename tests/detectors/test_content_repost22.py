"""Eighteenth session, task content-fp22: reposts that do name their source, and documents that are the unit's own.

A 资料 / 参考资料 line naming a publisher and an outlet named as the reporter (新华社记者报道：) name the source (资料：网络,
a bare 记者报道 do not); the office of a coordinating body that the unit hosts (a city's flood-control or fire-prevention
headquarters' office on its emergency-management bureau's account) issues the unit's own documents. Every sentence
was written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content_repost import repost_hit, text_names_source
from detectors.textnorm import fold

FOOTER = "\n\n往期推荐\n▶ 冬季防火安全提示\n\n编辑：周明　审核：吴芳"


# ---- naming a source: 资料 lines, an outlet as the reporter ------------------------------------------------------

BODY = "11月，全市共发生森林火灾2起，未造成人员伤亡。各地持续加强野外火源管控，开展防火宣传进村入户活动。"


@pytest.mark.parametrize("line", ["资料：省林业和草原局网站、中国林业微信公众号", "参考资料：国家林业和草原局",
                                  "资料｜市应急管理局"])
def test_a_material_line_naming_a_publisher_names_the_source(line):
    text = BODY + "\n\n" + line + FOOTER
    assert text_names_source(fold(text)), line
    assert repost_hit({"platform": "wechat", "account_id": "a", "post_id": "1", "text": text, "is_original": None,
                       "source": None}, "某某市文化和旅游局", None) is None


@pytest.mark.parametrize("line", ["资料：网络", "资料：李华整理", "资料图：无"])
def test_a_material_line_naming_no_publisher_names_none(line):
    assert not text_names_source(fold(BODY + "\n\n" + line + FOOTER)), line


@pytest.mark.parametrize("opener", ["新华社记者报道：", "人民日报记者获悉，", "大众日报记者了解到："])
def test_an_outlet_named_as_the_reporter_names_the_source(opener):
    assert text_names_source(fold(opener + BODY))


@pytest.mark.parametrize("opener", ["记者报道：", "记者获悉，", "近日，记者了解到，"])
def test_a_reporter_without_an_outlet_names_none(opener):
    assert not text_names_source(fold(opener + BODY))


# ---- the office of a coordinating body the unit hosts ------------------------------------------------------------

HOSTED_DOC = ("{issuer}关于做好今冬明春森林火灾防范工作的通知\n\n各县（市、区）：入冬以来，我市降水偏少，森林火险等级持续偏高。"
              "请各地严格落实野外火源管控措施，加强巡山护林。" + FOOTER)


@pytest.mark.parametrize("issuer, unit", [("温州市森林防灭火指挥部办公室", "温州市应急管理局"),
                                          ("温州市安全生产委员会办公室", "温州市应急管理局"),
                                          ("湖州市食品安全委员会办公室", "湖州市市场监督管理局")])
def test_a_hosted_office_document_is_the_units_own(issuer, unit):
    post = {"platform": "wechat", "account_id": "a", "post_id": "1", "text": HOSTED_DOC.format(issuer=issuer),
            "is_original": None, "source": None}
    assert repost_hit(post, unit, None) is None


@pytest.mark.parametrize("issuer, unit", [("丽水市森林防灭火指挥部办公室", "温州市应急管理局"),  # another city's
                                          ("国务院安委会办公室", "浙江省应急管理厅"),  # a higher level's
                                          ("温州市森林防灭火指挥部办公室", "温州市交通运输局")])  # not the host
def test_an_office_the_unit_does_not_host_is_another_bodys(issuer, unit):
    post = {"platform": "wechat", "account_id": "a", "post_id": "1", "text": HOSTED_DOC.format(issuer=issuer),
            "is_original": None, "source": None}
    hit = repost_hit(post, unit, None)
    assert hit is not None and hit.basis == "other_document"


# ---- a citation of the newspaper's page on a line of its own -----------------------------------------------------

@pytest.mark.parametrize("line", ["《浙江日报》（2026年11月20日 第03版）", "刊于《经济日报》2026年11月20日第7版",
                                  "（《求是》2026年第21期）", "首发于《湖北日报》11月20日 2版"])
def test_a_papers_page_cited_names_the_source(line):
    assert text_names_source(fold(BODY + "\n\n" + line + FOOTER)), line


@pytest.mark.parametrize("line", ["《中国统计年鉴2025》第3期", "《关于做好冬季防火工作的通知》11月20日1版", "《浙江日报》",
                                  "刊于本报"])
def test_a_book_a_document_or_a_bare_paper_name_names_none(line):
    assert not text_names_source(fold(BODY + "\n\n" + line + FOOTER)), line
