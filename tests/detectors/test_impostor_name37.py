"""Issue #12, thirty-seventh round (imp-name37): candidate generation for a registered name whose place of two
characters is respelt in both characters, with words added around it.

- Two changed characters side by side that registered names also use (strays, ``AffixIndex.strays``): the one next to
  the body's words is read by them as before; the other has no neighbour as written to go by, and is now tried as the
  registered characters that make a registered pair with its neighbour's alternatives (``AffixIndex._paired_spellings``).
- A short registered name (four characters) so found with both characters of its own place changed is a disguise of
  it (``detectors.impostor._place_respelt_whole``), as in the whole-name ``double`` layer; half of its body changed
  is still another name.
- A name that keeps a registered name's body as written (``_Officials.tail_automaton``) is read by the refolding pass
  even when it writes no place and no government word (猕猴桃 after a respelt place).

Strings made for these tests, not taken from any evaluation part.
"""

from __future__ import annotations

import pytest

from detectors.name_index import AffixIndex
from detectors.names import analyse_name
from tests.detectors.impostor_cases import acc, findings, reg

REGISTRY = [
    reg("同心12345", "同心县12345政务服务便民热线", "t1", "weibo", "宁夏回族自治区吴忠市同心县"),
    reg("铜川发布", "铜川市人民政府新闻办公室", "t2", "weibo", "陕西省铜川市"),
    reg("新昌发布", "新昌县人民政府新闻办公室", "t3", "weibo", "浙江省绍兴市新昌县"),
    reg("武功发布", "武功县人民政府新闻办公室", "w1", "weibo", "陕西省咸阳市武功县"),
    reg("舞阳发布", "舞阳县人民政府新闻办公室", "w2", "weibo", "河南省漯河市舞阳县"),
    reg("陕西工信", "陕西省工业和信息化厅", "w3", "weibo", "陕西省"),
    reg("武功猕猴桃", "武功县猕猴桃产业发展中心", "w4", "weibo", "陕西省咸阳市武功县"),
    reg("前郭发布", "前郭尔罗斯蒙古族自治县人民政府新闻办公室", "q1", "weibo", "吉林省松原市前郭尔罗斯蒙古族自治县"),
    reg("钱塘发布", "钱塘区人民政府新闻办公室", "q2", "weibo", "浙江省杭州市钱塘区"),
    reg("鄂州发布", "鄂州市人民政府新闻办公室", "q3", "weibo", "湖北省鄂州市"),
]


def _found(name):
    return findings(REGISTRY, [acc(name, "x")]).get("x")


def test_a_stray_without_a_neighbour_is_read_as_a_pair_with_the_next():
    entries = [{"name": e["name"], "region": e["region"], "unit": e["unit"]} for e in REGISTRY]
    index = AffixIndex(entries, [analyse_name(e["name"]) for e in entries])
    text = "老街坊铜新12345"  # 铜 and 新 are registered characters, neither makes a registered pair here
    strays = index.strays(text)
    assert {3, 4} <= set(strays)
    assert "老街坊同心12345" in [spelling for spelling, _ in index.folds(text, strays)]


@pytest.mark.parametrize("name, target", [
    ("老街坊铜新12345", "同心12345"),  # 同 → 铜 (sound), 心 → 新 (sound), words before
    ("铜新12345便民", "同心12345"),  # … and after
    ("掌上舞工发布", "武功发布"),  # a short name: its whole place respelt, words before
    ("舞工发布小站", "武功发布"),
    ("钱鄂发布小站", "前郭发布"),  # 前郭 written by the first two characters of 前郭尔罗斯
    ("老街坊舞工猕猴桃", "武功猕猴桃"),  # no place and no government word written: the body kept as written
])
def test_an_affixed_name_with_its_place_respelt_in_both_characters_is_flagged(name, target):
    found = _found(name)
    assert found and found["target"]["name"] == target
    assert found["score"] >= 0.6


@pytest.mark.parametrize("name", [
    "掌上舞钢发布",  # 舞钢 is a real city: another place's account, not 武功 respelt
    "舞钢发布小站",
    "今日钱江发布",
    "铜仁12345便民",  # 铜仁 is a real city
    "老街坊同仁12345",
])
def test_another_real_place_is_not_a_respelt_place(name):
    assert _found(name) is None


# -- the scam reader: a job promised for a charge, a place in a queue sold for a deposit ----------------------------

@pytest.mark.parametrize("text", [
    "县里对口帮扶外出务工名额紧张，先交培训费，包就业，微信abc12345",
    "园区用工名额最后几个，交材料费安排就业",
    "保障房剩余几套，先交五千定金，加微信xyz2468锁号",
    "安置房抢号通道开启，交意向金后联系客服排号",
])
def test_a_charge_for_a_job_or_a_deposit_for_a_queue_place_is_a_scam(text):
    from detectors.profile_claims import read_scam
    assert read_scam(text) is not None


@pytest.mark.parametrize("text", [
    "本店支持线上排号，到店即可就餐。",  # a queue without a deposit, a charge or a hand-off
    "职业技能培训学校，常年招生，包就业指导。",  # no charge written
    "本院门诊实行预约排号，请勿轻信号贩子加价抢号。",  # a warning
    "交通违法处理窗口取号排号，节假日照常办公。",
])
def test_ordinary_queue_and_job_words_are_no_scam(text):
    from detectors.profile_claims import read_scam
    assert read_scam(text) is None


def test_a_one_character_place_as_written_is_not_changed_into_another_pair(monkeypatch):
    import detectors.name_index as name_index
    entries = [{"name": "赵县发布", "region": "河北省石家庄市赵县", "unit": "赵县人民政府新闻办公室"},
               {"name": "召陵发布", "region": "河南省漯河市召陵区", "unit": "召陵区人民政府新闻办公室"}]
    text = "赵菱发布"  # 赵 of 赵县 as written; read as a pair, 赵菱 would be 召陵
    index = AffixIndex(entries, [analyse_name(e["name"]) for e in entries])
    assert "召陵发布" not in [s for s, _ in index.folds(text, index.strays(text))]
    monkeypatch.setattr(name_index, "ONE_CHARACTER_PLACE_LEVELS", ())
    index = AffixIndex(entries, [analyse_name(e["name"]) for e in entries])
    assert "召陵发布" in [s for s, _ in index.folds(text, index.strays(text))]
