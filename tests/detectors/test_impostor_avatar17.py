"""Thirteenth session (imp-avatar17): avatar-only copies the pixel layer missed on dev15.

- A copy turned further than 45° (the blind parts turned copies up to 8°, 12°, 31°, 43°, then 47°): any turn is
  turned back (``detectors.avatar.ROTATION_MAX_ANGLE``); different designs are still not joined by turning.
- A crop deep into the centre (a third of the side): read again twice as fine (``detectors.avatar.
  fine_crop_similarity``) when the coarse reading already puts the pair near (``detectors.impostor.FINE_FROM``).
- The units of an autonomous region's own level (广西交警, whose places are 广西 and 广西区) are listed for a name that
  gives the region when the region is crowded, as a province's own units are (``detectors.impostor._province_level``).
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.avatar import (
    FINE_SIDE,
    fine_crop_similarity,
    grey_levels,
    pixel_similarity,
    rotated_similarity,
    shot_pixels_for_record,
)
from detectors.government import is_government_body, looks_governmental
from detectors.name_index import AffixIndex
from detectors.names import analyse_name
from detectors.systems import trade_words
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import acc as aacc
from tests.detectors.test_avatar_only import reg as areg
from tests.detectors.test_avatar_only import run as run_hashes
from tests.detectors.test_impostor_pixels import acc, deep_crop, reg, run, story
from tests.detectors.test_impostor_rotated import design, grey, turned


@pytest.mark.parametrize("angle", [-47, 52, 90, -120, 165])
def test_a_copy_turned_further_than_45_degrees_is_found(tmp_path, angle):
    original = design(11)
    a, b = grey(tmp_path, "c.png", turned(original, angle, "ground")), grey(tmp_path, "o.png", original)
    sim, found, _zoom = rotated_similarity(a, b)
    assert sim >= impostor.PIXEL_MIN
    assert min(abs(abs(found) - abs(angle)), 360 - abs(found) - abs(angle)) < 2.0
    assert pixel_similarity(a, b, turned=False) < impostor.PIXEL_MIN  # the crop and frame searches miss it


def test_different_designs_are_not_joined_at_any_angle(tmp_path):
    images = [grey(tmp_path, f"d{k}.png", design(20 + k)) for k in range(6)]
    for i, a in enumerate(images):
        for angle in (60, 135):
            copy = grey(tmp_path, f"t{i}.png", turned(design(20 + i), angle, "white"))
            for j, b in enumerate(images):
                if i != j:
                    assert rotated_similarity(copy, b)[0] < impostor.PIXEL_MIN
                    assert rotated_similarity(a, b)[0] < impostor.PIXEL_MIN


def fine(tmp_path, name: str, img: Image.Image) -> np.ndarray:
    img.save(tmp_path / name)
    return grey_levels(shot_pixels_for_record({"avatar": name}, tmp_path, FINE_SIDE))


def lettered(seed: int, text: str) -> Image.Image:
    """A unit's badge of thin strokes: a coloured tile with its name in two lines of blocky 'characters'."""
    rng = np.random.default_rng(seed)
    img = Image.new("RGB", (144, 144), (230, 60, 160))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((14, 14, 130, 130), 14, fill=(70, 80, 170))
    for row, y in enumerate((34, 78)):
        for col, x in enumerate((36, 76)):
            for _ in range(5):  # strokes of one character
                x0, y0 = x + int(rng.integers(0, 26)), y + int(rng.integers(0, 26))
                if rng.random() < 0.5:
                    d.line((x0, y0, x0 + int(rng.integers(6, 16)), y0), fill=(235, 235, 250), width=3)
                else:
                    d.line((x0, y0, x0, y0 + int(rng.integers(6, 16))), fill=(235, 235, 250), width=3)
    return img


def test_a_crop_to_a_third_is_read_finer(tmp_path):
    badges = [lettered(k, "") for k in range(5)]
    copy = deep_crop(badges[0], keep=0.32).resize((132, 132))
    mine = fine(tmp_path, "c.png", copy)
    own = fine_crop_similarity(mine, fine(tmp_path, "b0.png", badges[0]))
    assert own >= impostor.PIXEL_MIN_PLACE_ONLY
    for k in range(1, 5):
        assert fine_crop_similarity(mine, fine(tmp_path, f"b{k}.png", badges[k])) < own - impostor.PIXEL_MARGIN
    with pytest.raises(ValueError):
        fine_crop_similarity(mine[:64, :64], mine)


def test_a_crop_to_a_third_on_a_name_of_the_place_is_a_suspect_for_review(tmp_path):
    badges = {f"r{k}": lettered(k, "") for k in range(1, 4)}
    for k, img in badges.items():
        img.save(tmp_path / f"{k}.png")
    registry = [reg("隆安公安", "隆安县公安局", "r1", "广西壮族自治区南宁市隆安县", "r1.png"),
                reg("隆安发布", "隆安县人民政府新闻办公室", "r2", "广西壮族自治区南宁市隆安县", "r2.png"),
                reg("东兰发布", "东兰县人民政府新闻办公室", "r3", "广西壮族自治区河池市东兰县", "r3.png")]
    deep_crop(badges["r1"], keep=0.32).resize((132, 132)).save(tmp_path / "c.jpg", quality=90)
    found = run(tmp_path, registry, [acc("隆安百姓服务站", "a", "c.jpg"),
                                     acc("东兰百姓服务站", "b", "c.jpg")])  # names another place: never
    assert set(found) == {"a"}
    f = found["a"]
    assert f["target"]["account_id"] == "r1" and f["evidence"]["layer"] == "avatar_pixels"
    assert f["score"] == impostor.AVATAR_ONLY_BARE_SCORE


def test_an_autonomous_regions_own_units_are_its_own_level():
    assert impostor._province_level({"region": "广西壮族自治区"}, ["广西区", "广西"])
    assert impostor._province_level({"region": "山东省"}, ["山东"])
    assert not impostor._province_level({"region": "广西壮族自治区南宁市隆安县"}, ["广西区", "广西", "南宁", "隆安"])
    assert not impostor._province_level({"region": "云南省昆明市禄劝彝族苗族自治县"}, ["云南", "昆明", "禄劝县", "禄劝"])


def test_a_region_crowded_with_avatars_still_lists_its_own_level_units(tmp_path):
    """广西 holds more distinctive avatars than a place may list (``PIXEL_MAX_PER_PLACE``): a name giving only 广西
    is searched against the region's own units (广西交警), not against every county's."""
    counties = [("隆安", "南宁市隆安县"), ("横州", "南宁市横州市"), ("东兰", "河池市东兰县"), ("都安", "河池市都安瑶族自治县"),
                ("凌云", "百色市凌云县"), ("乐业", "百色市乐业县"), ("平果", "百色市平果市"), ("恭城", "桂林市恭城瑶族自治县"),
                ("灵川", "桂林市灵川县"), ("昭平", "贺州市昭平县"), ("富川", "贺州市富川瑶族自治县"), ("浦北", "钦州市浦北县"),
                ("忻城", "来宾市忻城县"), ("金秀", "来宾市金秀瑶族自治县"), ("三江", "柳州市三江侗族自治县"),
                ("融水", "柳州市融水苗族自治县"), ("环江", "河池市环江毛南族自治县"), ("大新", "崇左市大新县")]
    registry = []
    for k, (short, region) in enumerate(counties):
        for j, (name, unit) in enumerate((("发布", "人民政府新闻办公室"), ("公安", "公安局"), ("文旅", "文化和旅游局"))):
            design(100 + 3 * k + j).save(tmp_path / f"c{k}-{j}.png")
            registry.append(reg(f"{short}{name}", f"{short}县{unit}", f"c{k}-{j}", f"广西壮族自治区{region}",
                                f"c{k}-{j}.png"))
    assert len(registry) > impostor.PIXEL_MAX_PER_PLACE
    design(300).save(tmp_path / "police.png")
    registry.append(reg("广西交警", "广西壮族自治区公安厅交通警察总队", "p1", "广西壮族自治区", "police.png"))
    story(design(300), scale=0.4).save(tmp_path / "s.jpg", quality=85)  # shrunk into a story: the hashes are far
    found = run(tmp_path, registry, [acc("广西政务广播站", "a", "s.jpg")])
    assert found["a"]["target"]["account_id"] == "p1" and found["a"]["evidence"]["layer"] == "avatar_pixels"


# ---- names that point at the unit without naming it: service posts and the unit's trade -------------------------

@pytest.mark.parametrize("name", ["百姓服务站", "为民服务代办站", "群众服务中心", "民声直通"])
def test_service_post_words_sound_official_to_the_avatar_rules(name):
    assert not looks_governmental(name)
    assert impostor.sounds_official({"name": name}, analyse_name(name, None))


@pytest.mark.parametrize("unit", ["隆安百姓服务站", "沧源在外老乡服务站"])
def test_the_station_rule_of_verification_is_unchanged(unit):
    assert not is_government_body(unit)  # a station needs a department's word to be a government body


@pytest.mark.parametrize("unit, words", [
    ("广东省供销合作社联合社", {"农资", "农技"}),
    ("广西壮族自治区公安厅交通警察总队", {"路况", "出行"}),  # the last kind word decides: 交通警察, not 公安
    ("东兰县12345政务服务便民热线", {"热线", "民声"}),
    ("中共融水苗族自治县委员会老干部局", {"离退休", "银发"}),
])
def test_a_units_trade_words_follow_its_kind(unit, words):
    assert words <= set(trade_words(unit))
    assert "警务" not in trade_words("广西壮族自治区公安厅交通警察总队")


def test_trade_words_need_a_unit_kind():
    assert trade_words("广西桂通达政务信息咨询有限公司") == () and trade_words(None) == ()


@pytest.fixture(scope="module")
def emblems():
    return design(41), design(42)


def test_a_name_of_the_units_trade_with_its_emblem_is_a_suspect(emblems):
    coop, police = emblems
    registry = [
        areg("广东供销", "广东省供销合作社联合社", "g1", "广东省", avatar_hashes=avatar_hashes(png_bytes(coop))),
        areg("广东交警", "广东省公安厅交通警察总队", "g2", "广东省", avatar_hashes=avatar_hashes(png_bytes(police))),
    ]
    copy = avatar_hashes(png_bytes(coop))
    found = run_hashes(registry, [
        aacc("农资服务在线", "a", avatar_hashes=copy),  # the co-op's trade, no place
        aacc("晨光小站", "b", avatar_hashes=copy),  # neither a trade nor a desk: the bare rule's review score
        aacc("路况出行", "c", avatar_hashes=copy),  # another unit's trade does not make it that unit's copy
    ])
    assert found["a"]["target"]["account_id"] == "g1" and found["a"]["score"] == impostor.AVATAR_ONLY_SCORE
    assert "农资" in found["a"]["evidence"]["name_unit_words"]
    assert found["b"]["score"] == impostor.AVATAR_ONLY_BARE_SCORE
    assert found.get("c", {}).get("score", 0.0) < impostor.AVATAR_ONLY_SCORE


def test_a_crowded_places_own_unit_is_listed_by_its_trade(tmp_path, monkeypatch):
    """A province whose units' avatars are too many to list by place: its own units are listed by the trade words the
    name repeats (山东农资服务 → 山东供销), and a rotated copy of the co-op's emblem is found by pixels."""
    cities = ["济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州",
              "聊城", "滨州", "菏泽", "莱芜"]
    registry = []
    for k, city in enumerate(cities):
        design(200 + k).save(tmp_path / f"c{k}.png")
        registry.append(reg(f"{city}发布", f"{city}市人民政府新闻办公室", f"c{k}", f"山东省{city}市", f"c{k}.png"))
    for k, (name, unit) in enumerate([("山东发布", "山东省人民政府新闻办公室"), ("山东公安", "山东省公安厅"),
                                      ("山东文旅", "山东省文化和旅游厅"), ("山东税务", "国家税务总局山东省税务局"),
                                      ("山东教育", "山东省教育厅"), ("山东卫健", "山东省卫生健康委员会"),
                                      ("山东交通", "山东省交通运输厅"), ("山东应急", "山东省应急管理厅"),
                                      ("山东民政", "山东省民政厅"), ("山东人社", "山东省人力资源和社会保障厅"),
                                      ("山东医保", "山东省医疗保障局"), ("山东气象", "山东省气象局"),
                                      ("山东水利", "山东省水利厅"), ("山东司法", "山东省司法厅"),
                                      ("山东统计", "山东省统计局"), ("山东审计", "山东省审计厅"),
                                      ("山东供销", "山东省供销合作社联合社")]):
        design(300 + k).save(tmp_path / f"p{k}.png")
        registry.append(reg(name, unit, f"p{k}", "山东省", f"p{k}.png"))
    turned(design(316), 40, "ground").save(tmp_path / "t.jpg")
    accounts = [acc("山东农资服务", "a", "t.jpg"), acc("山东生活服务", "b", "t.jpg")]
    with monkeypatch.context() as m:
        m.setattr(impostor, "TURN_NEAREST", 0)  # the listing by the name alone (no file listed by its turn signature)
        found = run(tmp_path, registry, accounts)
    assert "b" not in found  # the province alone lists too many units to search
    assert found["a"]["target"]["account_id"] == "p16" and found["a"]["evidence"]["layer"] == "avatar_pixels"
    # the turned copy itself lists its unit (``_PixelSearch._nearest_turned``, imp-avatar26): the province's own
    # supply co-op's emblem turned, on a name of the province, is a suspect however crowded the province is
    found = run(tmp_path, registry, accounts)
    assert {f["target"]["account_id"] for f in found.values()} == {"p16"} and set(found) == {"a", "b"}


# ---- two changed characters side by side, with words added -------------------------------------------------------

PAIR_REGISTRY = [
    areg("昭平统战", "中共昭平县委统一战线工作部", "z1", "广西壮族自治区贺州市昭平县"),
    areg("昭平文旅", "昭平县文化和旅游局", "z5", "广西壮族自治区贺州市昭平县"),
    areg("金秀文旅", "金秀瑶族自治县文化和旅游局", "z6", "广西壮族自治区来宾市金秀瑶族自治县"),
    areg("都安发布", "都安瑶族自治县人民政府新闻办公室", "z7", "广西壮族自治区河池市都安瑶族自治县"),
    areg("南丹发布", "南丹县人民政府新闻办公室", "z8", "广西壮族自治区河池市南丹县"),
    areg("硕龙农机站", "大新县硕龙镇农业机械化服务站", "z9", "广西壮族自治区崇左市大新县硕龙镇"),
    areg("浦北服务", "浦北县政务服务中心", "z10", "广西壮族自治区钦州市浦北县"),
    areg("方城发布", "方城县人民政府新闻办公室", "z11", "河南省南阳市方城县"),
    areg("昭平发布", "昭平县人民政府新闻办公室", "z2", "广西壮族自治区贺州市昭平县"),
    areg("浦北老干部", "中共浦北县委员会老干部局", "z3", "广西壮族自治区钦州市浦北县"),
    areg("浦北发布", "浦北县人民政府新闻办公室", "z4", "广西壮族自治区钦州市浦北县"),
]


def test_two_unknown_characters_side_by_side_are_folded_as_a_registered_pair():
    forms = [analyse_name(e["name"]) for e in PAIR_REGISTRY]
    index = AffixIndex(PAIR_REGISTRY, forms, [e["unit"] for e in PAIR_REGISTRY])
    spellings = [s for s, _ in index.folds("昭平纺湛桂讯")]
    assert any(s.startswith("昭平统战") for s in spellings)  # 纺 → 统 (shape), 湛 → 战 (sound): 统战 is registered
    found = {(v.text, tuple(b for _, b, _ in subs)) for v, _, _, subs in index.find("浦北老于簿代领点")}
    assert ("浦北老于簿", ("干", "部")) in found


def test_a_name_with_two_changed_characters_and_added_words_is_a_suspect():
    found = run_hashes(PAIR_REGISTRY, [aacc("昭平纺湛桂讯", "a"), aacc("浦北老于簿代领点", "b", description="欢迎关注"),
                                       aacc("昭平纺织厂", "c")])  # a mill of the place: no registered pair
    assert found["a"]["target"]["account_id"] == "z1"
    assert found["b"]["target"]["account_id"] == "z3"
    assert "c" not in found
