"""Name readings in forked worker processes (imp-speed30, ``detect.workers``): the pairs of every candidate and the
findings are those of one process. Invented names only (no eval strings)."""

from __future__ import annotations

import random

from core.settings import defaults
from detectors import impostor
from detectors.context import DetectionContext
from tests.detectors.impostor_cases import acc, reg

REGISTRY = [reg("青禾公安", "青禾县公安局", "r1", "weibo", "浙江省湖州市青禾县"),
            reg("青禾发布", "青禾县人民政府新闻办公室", "r2", "weibo", "浙江省湖州市青禾县"),
            reg("白桦林税务", "白桦林县税务局", "r3", "weibo", "黑龙江省哈尔滨市白桦林县"),
            reg("东篱市场监管", "东篱县市场监督管理局", "r4", "weibo", "江苏省苏州市东篱县"),
            reg("东篱市场监管", "东篱县市场监督管理局", "r5", "douyin", "江苏省苏州市东篱县"),
            reg("青禾12345", "青禾县人民政府便民服务热线", "r6", "weibo", "浙江省湖州市青禾县")]

# names of every kind the name layers read: whole, decorated, affixed, reordered, look-alike, parted by separators,
# a unit's full name, a shop's words beside a scam, and names of nothing
NAMES = ["青禾公安", "青禾公安官方", "今日青禾公安", "公安青禾", "青和公按", "青禾⎸公安", "青禾县公安局", "青禾公安旗舰店",
         "青禾发布厅", "青禾县府新闻办", "白化淋税务", "白桦林税务服务", "税务白桦林", "东离市场监官", "东篱市监局",
         "东篱市场监管小店", "春夏秋冬早晚", "咕咚咕咚", "小王的日记", "青禾美食攻略", "白桦林摄影", "東籬市場監管",
         "青禾一二三四五", "青禾壹贰叁肆伍热线", "𠀀青禾发布", "青禾公安\ud800", "东篱\u200b市场监管"]
SCAM = "旧号已停用，新号请加QQ领取补贴，上传身份证和银行卡"


def _accounts(n: int) -> list[dict]:
    rng = random.Random(30)
    filler = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉禾青林东"
    out = []
    for i in range(n):
        name = NAMES[i % len(NAMES)] if i % 3 else "".join(rng.choice(filler) for _ in range(rng.randrange(2, 9)))
        extra = {"description": SCAM} if i % 7 == 0 else {}
        out.append(acc(name, f"c{i}", rng.choice(["douyin", "weibo", "kuaishou"]), **extra))
    return out


def _findings(accounts: list[dict], workers: int) -> list[dict]:
    cfg = defaults().with_overrides({"detect.workers": workers})
    ctx = DetectionContext(registry=REGISTRY, accounts=accounts, cfg=cfg)
    return [{k: v for k, v in f.items() if k != "detected_at"} for f in impostor.detect(ctx)]


def _counting_forks(monkeypatch) -> list[int]:
    forks = []
    get_context = impostor.multiprocessing.get_context

    def counted(method):
        forks.append(1)
        return get_context(method)
    monkeypatch.setattr(impostor.multiprocessing, "get_context", counted)
    return forks


def test_findings_with_two_or_three_workers_are_those_of_one(monkeypatch):
    monkeypatch.setattr(impostor, "PARALLEL_MIN_CANDIDATES", 50)
    accounts = _accounts(400)
    forks = _counting_forks(monkeypatch)
    one = _findings(accounts, 1)
    assert not forks
    assert len(one) > 100  # the names reach many layers
    assert _findings(accounts, 2) == one
    assert _findings(accounts, 3) == one
    assert len(forks) == 2  # both ran in forked workers


def test_each_candidates_form_numerals_and_pairs_are_those_of_one_process_in_the_same_order(monkeypatch):
    monkeypatch.setattr(impostor, "PARALLEL_MIN_CANDIDATES", 50)
    monkeypatch.setattr(impostor, "PARALLEL_SLICE", 37)  # many slices, the last one short
    accounts = _accounts(300)
    ctx = DetectionContext(registry=REGISTRY, accounts=accounts)
    officials = impostor._Officials(ctx)
    decorations = ctx.setting("detect.name_decorations")
    forms, numerals, alone = impostor._read_names(officials, accounts, decorations, 0.6, 1)
    assert len(forms) == len(accounts)
    assert numerals  # the Chinese numerals of a registered number are read
    forks = _counting_forks(monkeypatch)
    forked_forms, forked_numerals, forked = impostor._read_names(officials, accounts, decorations, 0.6, 2)
    assert forks and impostor._FORKED is None
    assert forked_forms == forms  # made from the joined names, here and in the worker
    assert forked_numerals == numerals
    assert len(forked) == len(alone) > 100

    def by_candidate(pairs: list) -> dict[int, list]:
        out: dict[int, list] = {}
        for c, r, match in pairs:
            out.setdefault(c, []).append((r, match))
        return out
    assert by_candidate(forked) == by_candidate(alone)


def test_a_daemonic_process_reads_every_name_itself(monkeypatch):
    monkeypatch.setattr(impostor, "PARALLEL_MIN_CANDIDATES", 50)
    monkeypatch.setattr(impostor.multiprocessing.current_process(), "daemon", True, raising=False)
    forks = _counting_forks(monkeypatch)
    accounts = _accounts(120)
    assert _findings(accounts, 2) == _findings(accounts, 1)
    assert not forks  # a daemonic process may not have children: no pool is started


def test_few_candidates_are_read_in_this_process(monkeypatch):
    forks = _counting_forks(monkeypatch)
    accounts = _accounts(60)
    assert _findings(accounts, 2) == _findings(accounts, 1)
    assert not forks  # under PARALLEL_MIN_CANDIDATES no worker is forked
