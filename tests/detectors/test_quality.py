"""Quality bar of the impostor/unregistered/duplicate detectors on the labelled evaluation set (evalset.py)."""

from __future__ import annotations

import pytest

from tests.detectors.evalset import build, evaluate, run_detectors


@pytest.fixture(scope="module", params=[7, 8], ids=lambda seed: f"seed{seed}")
def result(request, tmp_path_factory):
    es = build(seed=request.param)
    es.write_files(tmp_path_factory.mktemp("evalset"))
    findings = run_detectors(es)
    return es, findings, evaluate(es, findings)


def test_set_is_big_and_varied(result):
    es, _, m = result
    assert len(es.registry) >= 300
    regions = {e["region"][:2] for e in es.registry}
    assert regions == {"山东", "广东"}
    assert {e["platform"] for e in es.registry} >= {"weibo", "wechat", "douyin"}
    assert set(m["by_family"]) >= {"decoration", "traditional", "shape", "sound", "level", "swap_drop", "latin",
                                   "hidden", "avatar_desc"}
    assert set(m["by_transform"]) >= {"copy", "resize", "jpeg", "crop", "border", "padding", "recolour",
                                      "watermark", "rotation"}
    assert m["hard_negatives"] >= 60 and m["unregistered"] >= 10
    assert es.files, "some avatars must come from local files, not only precomputed hashes"


def test_impostor_precision_and_recall(result):
    _, _, m = result
    assert m["precision"] >= 0.95, m["false_positives"]
    assert m["recall"] >= 0.95, m["missed"]
    assert m["right_target"] >= 0.95


def test_every_family_and_transform_is_caught_mostly(result):
    _, _, m = result
    weak = {k: v for k, v in {**m["by_family"], **m["by_transform"]}.items() if v["recall"] < 0.8}
    assert not weak


def test_registered_accounts_never_flagged(result):
    _, _, m = result
    assert m["registered_flagged"] == []


def test_hard_negatives_rarely_flagged(result):
    _, _, m = result
    assert len(m["hard_negatives_flagged"]) <= 0.03 * m["hard_negatives"], m["hard_negatives_flagged"]


def test_unregistered_reported_and_never_impostor(result):
    _, findings, m = result
    assert len(m["unregistered_reported"]) == m["unregistered"]
    assert m["unregistered_as_impostor"] == []
    assert m["unregistered_false"] == []  # look-alike places elsewhere are outside the registry's remit
    assert all(f["unit"] for f in findings["unregistered"])


def test_second_accounts_are_duplicates_not_impostors(result):
    _, _, m = result
    assert len(m["duplicates_reported"]) == m["duplicates"]
    assert m["duplicates_as_impostor"] == []


def test_findings_are_explained(result):
    _, findings, _ = result
    for f in findings["impostor"]:
        assert f["kind"] == "impostor" and 0.6 <= f["score"] <= 1
        assert f["target"]["platform"] and f["target"]["account_id"] and f["target"]["name"]
        assert f["reasons"] and all(any("\u4e00" <= c <= "\u9fff" for c in r) for r in f["reasons"])
