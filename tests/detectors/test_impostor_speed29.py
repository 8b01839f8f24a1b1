"""The pigeonhole gate of ``DoubleIndex`` (imp-speed29): a name whose two-substitution keys cannot meet any registered
name's is given none, and everything found is what the ungated index finds. Invented names only (no eval strings)."""

from __future__ import annotations

import itertools
import random

import numpy as np

from detectors import name_index
from detectors.name_index import _DOUBLE_BLOCKS, DOUBLE_MAX_LEN, DOUBLE_NAME_LEN, DoubleIndex, double_keys
from tests.detectors.impostor_cases import acc, findings, reg
from tests.detectors.test_hostile_names23 import HOSTILE

# invented registered names of four to eight characters, and two outside the keyed lengths
REGISTERED = ["青禾公安", "禾山发布", "清溪文旅局", "白桦林税务", "云岭县交警大队", "北湾镇应急管理", "东篱市场监管发布",
              "南塘人社", "西岙消防救援大队", "禾", "石门"]


def _ungated(index: DoubleIndex, cores: list[str]) -> tuple[np.ndarray, np.ndarray]:
    return index.table.lookup_many([double_keys(core) for core in cores])


def test_the_blocks_part_every_keyed_length():
    for n in range(DOUBLE_NAME_LEN, DOUBLE_MAX_LEN + 1):
        blocks = _DOUBLE_BLOCKS[n]
        assert len(blocks) == 3 and blocks[0][0] == 0 and blocks[-1][1] == n
        assert all(a[1] == b[0] and a[0] < a[1] for a, b in itertools.pairwise(blocks))


def test_a_name_two_changes_away_may_share_and_one_unlike_every_block_may_not():
    index = DoubleIndex(REGISTERED)
    assert index.may_share("青和公按")  # two look-alikes in a four-character name
    assert index.may_share("白化淋税务")  # two in five
    assert index.may_share("东离市场监管发部")  # two in eight, apart
    assert not index.may_share("咕咚咕咚咕咚")  # six characters: no registered name of six
    assert not index.may_share("春夏秋冬早晚间")  # seven: no block of 云岭县交警大队 written where it stands
    assert index.keys("春夏秋冬早晚间") == [] and index.keys("青和公按") == double_keys("青和公按")
    assert index.block("春夏秋冬早晚间") == set()


def test_gated_blocking_equals_the_blocking_by_every_key_on_random_neighbours():
    rng = random.Random(29)
    alphabet = "".join(sorted(set("".join(REGISTERED)))) + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
    cores = []
    for _ in range(3000):
        base = list(rng.choice(REGISTERED))
        for _ in range(rng.randrange(0, 5)):  # up to four changes: some still share a key, most do not
            if base:
                base[rng.randrange(len(base))] = rng.choice(alphabet)
        if rng.random() < 0.2:
            base.insert(rng.randrange(len(base) + 1), rng.choice(alphabet))
        cores.append("".join(base))
    cores += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 10))) for _ in range(2000)]
    cores += [h for h in HOSTILE if len(h) < 100] + ["ab12", "青禾公a", "青禾 公安"]
    index = DoubleIndex(REGISTERED)
    ci, ri = index.block_many(cores)
    cj, rj = _ungated(index, cores)
    assert np.array_equal(ci, cj) and np.array_equal(ri, rj)
    assert len(ci) > 100  # the test reaches names that do share keys
    skipped = [c for c in cores if not index.may_share(c)]
    assert skipped and all(not (_ungated(index, [c])[0]).size for c in skipped)  # the gate skipped only idle names
    for core in cores[:300]:
        assert index.block(core) == index.table.lookup(double_keys(core))


def test_detection_is_the_same_with_the_gate_and_without(monkeypatch):
    registry = [reg("青禾公安", "青禾县公安局", "r1", "weibo", "浙江省湖州市青禾县"),
                reg("白桦林税务", "白桦林县税务局", "r2", "weibo", "黑龙江省哈尔滨市白桦林县"),
                reg("东篱市场监管", "东篱县市场监督管理局", "r3", "weibo", "江苏省苏州市东篱县")]
    names = ["青和公按", "白化淋税务", "东离市场监官", "春夏秋冬早晚", "咕咚咕咚", "今日青禾", *HOSTILE]
    accounts = [acc(name, f"c{i}") for i, name in enumerate(names)]

    def read() -> dict:
        return {k: {f: v for f, v in found.items() if f != "detected_at"}
                for k, found in findings(registry, accounts).items()}
    gated = read()
    with monkeypatch.context() as patch:
        patch.setattr(name_index.DoubleIndex, "may_share", lambda self, core: True)
        ungated = read()
    assert gated == ungated
    assert {"c0", "c1"} <= set(gated)  # two changes each: the double layer's
