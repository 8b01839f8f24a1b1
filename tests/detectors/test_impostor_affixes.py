"""Issue #12: affixes of any length, reordered parts, full unit names, glyph look-alikes, distinctive avatars;
#13 item 6: name indexing linear in the length of a name."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from core.avatars import avatar_hashes
from detectors import impostor
from detectors.affixes import explain_added
from detectors.context import DetectionContext
from detectors.name_index import AffixIndex, NameIndex
from detectors.names import analyse_name, glyph_similarity, is_shape_similar, normalize_name
from tests.detectors.evalset import png_bytes, template_avatar

ROOT = Path(__file__).resolve().parents[2]


def reg(name, unit, account_id, region="山东省济南市", platform="weibo", **extra):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": "active",
            "region": region, **extra}


def acc(name, account_id, platform="weibo", **extra):
    return {"platform": platform, "account_id": account_id, "name": name, **extra}


REGISTRY = [reg("济南公安", "济南市公安局", "r1"), reg("泰安公安", "泰安市公安局", "r2", region="山东省泰安市"),
            reg("广州税务", "国家税务总局广州市税务局", "r3", region="广东省广州市"),
            reg("平安广州", "广州市公安局", "r4", region="广东省广州市"),
            reg("法治山东", "山东省司法厅", "r5", region="山东省")]


def run(accounts, registry=REGISTRY):
    return {f["account_id"]: f for f in impostor.detect(DetectionContext(registry=registry, accounts=accounts))}


# ---- affixes ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["济南公安在线客服", "最新济南公安", "掌上济南公安服务平台", "真·济南公安", "中国济南公安资讯",
                                  "山东济南公安", "济南公安官方号24小时"])
def test_generic_words_around_a_registered_name_are_evidence(name):
    f = run([acc(name, "x")])["x"]
    assert f["target"]["account_id"] == "r1" and f["score"] >= 0.8, f
    assert f["evidence"]["layer"] == "affix"


@pytest.mark.parametrize("name", ["济南公安局旁边的饭店", "老张聊广州税务", "广州税务师事务所", "泰安济南公安"])
def test_words_of_a_business_a_person_or_another_place_are_not(name):
    assert run([acc(name, "x")]) == {}


def test_unknown_added_words_cost_per_character():
    one = run([acc("济南公安巡逻", "a")])["a"]["score"]
    assert explain_added("巡逻").unknown == "巡逻"
    assert run([acc("济南公安巡逻车队的那些事儿", "b")]) == {}  # too much that is not a name
    assert one < run([acc("济南公安在线", "c")])["c"]["score"]


def test_added_words_that_are_the_verified_owners_own_name():
    brand = acc("中国平安广州", "x", verified=True, verified_type="enterprise",
                verified_reason="中国平安财产保险股份有限公司广东分公司")
    assert run([brand]) == {}
    company = acc("泰安公安在线", "y", verified=True, verified_type="enterprise", verified_reason="泰安智联网络科技有限公司")
    assert run([company])["y"]["target"]["account_id"] == "r2"


def test_reordered_parts_and_full_unit_name():
    found = run([acc("公安济南", "a"), acc("山东法治", "b"), acc("济南市公安局", "c"), acc("税务广州在线", "d")])
    assert found["a"]["target"]["account_id"] == "r1" and found["a"]["evidence"]["layer"] == "reorder"
    assert found["b"]["target"]["account_id"] == "r5"
    assert found["c"]["target"]["account_id"] == "r1" and found["c"]["evidence"]["layer"] == "unit"
    assert found["d"]["target"]["account_id"] == "r3"


def test_lookalike_or_homophone_inside_an_affixed_name():
    found = run([acc("广洲税务平台", "a"), acc("济南公按客服", "b")])
    assert found["a"]["target"]["account_id"] == "r3" and any("州→洲" in r for r in found["a"]["reasons"])
    assert found["b"]["target"]["account_id"] == "r1" and any("同音" in r for r in found["b"]["reasons"])


# ---- glyphs ----------------------------------------------------------------------------------------------------

def test_glyph_table_finds_lookalikes_no_list_names():
    for a, b in (("锐", "税"), ("汪", "江"), ("杜", "社"), ("夭", "天")):
        assert glyph_similarity(a, b) >= 0.8 and is_shape_similar(a, b)
    assert not is_shape_similar("济", "源") and glyph_similarity("南", "源") < 0.78
    assert normalize_name("江⻔公安") == "江门公安" and normalize_name("健康⼭东") == "健康山东"


def test_glyph_table_is_regenerated_by_its_script(tmp_path):
    font = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    if not font.exists():
        pytest.skip("Noto Sans CJK is not installed here (apt-get install fonts-noto-cjk)")
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_glyph_table", ROOT / "scripts" / "build_glyph_table.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from PIL import ImageFont
    f = ImageFont.truetype(str(font), 44, index=2)
    vecs, drawn = mod.render(["税", "锐", "门", "⻔", "山"], f)
    sims = vecs @ vecs.T
    assert drawn.all() and sims[0, 1] > 0.85 and sims[2, 3] > 0.99 and sims[0, 4] < 0.6
    shipped = (ROOT / "detectors" / "data" / "glyph_similar.txt").read_text(encoding="utf-8")
    assert "\n锐\t税:" in shipped


# ---- distinctive avatars ------------------------------------------------------------------------------------

def _badge(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    img = Image.new("RGB", (120, 120), tuple(int(x) for x in rng.integers(0, 255, 3)))
    d = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = (int(v) for v in rng.integers(0, 90, 2))
        d.ellipse((x, y, x + 30, y + 30), fill=tuple(int(v) for v in rng.integers(0, 255, 3)))
    return avatar_hashes(png_bytes(img))


def test_a_distinctive_avatar_counts_on_its_own_a_template_never():
    own, police = _badge(1), avatar_hashes(png_bytes(template_avatar("police", "")))
    registry = [reg("济南发布", "济南市人民政府新闻办公室", "r1", avatar_hashes=own),
                reg("济南公安", "济南市公安局", "r2", avatar_hashes=police),
                reg("泰安公安", "泰安市公安局", "r3", region="山东省泰安市", avatar_hashes=police)]
    found = run([acc("泉城政情速览", "a", avatar_hashes=own),  # government-sounding, no other place
                 acc("泰安政情速览", "b", avatar_hashes=own),  # names another place
                 acc("泉城吃喝玩乐", "c", avatar_hashes=own),  # not government-sounding
                 acc("泉城警务咨询", "d", avatar_hashes=police)],  # the police template: proves nothing
                registry)
    assert set(found) == {"a"} and found["a"]["target"]["account_id"] == "r1"
    assert found["a"]["evidence"]["layer"] == "avatar"


# ---- linear indexing (#13 item 6) --------------------------------------------------------------------------

def test_name_keys_are_linear_in_the_length_of_the_name():
    forms = [analyse_name(r["name"]) for r in REGISTRY]
    index, affixes = NameIndex(forms), AffixIndex(REGISTRY, forms)
    for n in (1_000, 200_000):
        long = analyse_name("".join(chr(0x4E00 + (i * 7919) % 30_000) for i in range(n)))
        keys = index.keys_for(long)
        assert len(keys) <= 4 and sum(map(len, keys)) <= 3 * (n + 1)  # not n keys of n characters
        assert affixes.find(long.core) == []
    short = analyse_name("济南公安局")
    assert len(index.keys_for(short)) >= len(short.core)  # short names keep their one-deletion keys
    assert len(analyse_name("官方" * 100_000 + "济南公安").decorations) <= 16


@pytest.mark.slow
def test_a_200000_character_name_of_30000_distinct_characters_stays_small(tmp_path):
    name = "".join(chr(0x4E00 + (i * 7919) % 30_000) for i in range(200_000))
    (tmp_path / "a.jsonl").write_text(json.dumps({"platform": "weibo", "account_id": "x", "name": name + "济南公安"},
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    code = f"""
import json, resource, sys
sys.path.insert(0, {str(ROOT)!r})
from detectors import impostor
from detectors.context import DetectionContext
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
registry = {json.dumps(REGISTRY, ensure_ascii=False)}
accounts = [json.loads(line) for line in open({str(tmp_path / "a.jsonl")!r}, encoding="utf-8")]
found = list(impostor.detect(DetectionContext(registry=registry, accounts=accounts)))
print(json.dumps({{"grew_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024,
                  "found": len(found)}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["grew_mb"] < 200, result  # quadratic keys took gigabytes


# ---- govwatch detect explain ----------------------------------------------------------------------------------

@pytest.mark.e2e
def test_detect_explain_prints_layers_and_score_against_threshold(tmp_path, capsys):
    from govwatch.cli.main import main
    avatar = tmp_path / "a.png"
    rng = np.random.default_rng(3)
    img = Image.new("RGB", (120, 120), (30, 90, 160))
    d = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = (int(v) for v in rng.integers(0, 90, 2))
        d.ellipse((x, y, x + 30, y + 30), fill=tuple(int(v) for v in rng.integers(0, 255, 3)))
    img.save(avatar)
    (tmp_path / "registry.csv").write_text(
        "unit,platform,account_id,name,url,avatar,status,region\n"
        "济南市公安局,weibo,r1,济南公安,https://weibo.com/u/r1,a.png,active,山东省济南市\n"
        "泰安市公安局,weibo,r2,泰安公安,https://weibo.com/u/r2,,active,山东省泰安市\n", encoding="utf-8")
    reg_file = str(tmp_path / "registry.csv")
    assert main(["detect", "explain", "--name", "济南公安在线客服", "--registry", reg_file]) == 0
    text = capsys.readouterr().out
    assert "会被标记为仿冒" in text and "阈值 0.60" in text and "在线、客服" in text and "济南公安" in text
    assert main(["detect", "explain", "--name", "<b>泰安吃喝</b>", "--registry", reg_file, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["flagged"] is False and result["threshold"] == 0.6 and result["closest"]
    assert result["closest"][0]["target"]["name"] == "泰安公安"
    assert main(["detect", "explain", "--name", "泉城警务咨询", "--avatar", str(avatar), "--registry", reg_file,
                 "--platform", "douyin"]) == 0
    text = capsys.readouterr().out
    assert "专属头像" in text and "距离 0（相似，专属）" in text
    assert main(["detect", "explain", "--name", "x", "--avatar", str(tmp_path / "missing.png"),
                 "--registry", reg_file]) == 2
    assert "无法读取头像文件" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["济南\u3164公安", "济南\u115f公安", "\uffa0济南公安", "济南\u2800公安", "济南\u205f公安",
                                  "【济南公安】", "🚔济南公安", "济南公安\U000e0020"])
def test_blank_letters_spaces_emoji_and_brackets_are_normalised_away(name):
    assert normalize_name(name) == "济南公安"
    assert run([acc(name, "x")])["x"]["score"] >= 0.9


def test_avatar_index_groups_bands_and_marks_templates():
    from detectors.avatar import MAX_BAND_BUCKET, AvatarIndex, hash_matrix
    rng = np.random.default_rng(5)
    base = [int(x) for x in rng.integers(0, 2**63, 3)]
    hashes = [{"phash": f"{base[0] ^ (1 << int(rng.integers(0, 16))):016x}"} for _ in range(MAX_BAND_BUCKET + 5)]
    hashes += [{"phash": f"{base[1]:016x}"}, {"phash": f"{base[1] ^ 0b101:016x}"}, {"phash": f"{base[2]:016x}"}]
    index = AvatarIndex(hash_matrix(hashes))
    n = MAX_BAND_BUCKET + 5
    assert index.crowded[:n].all() and not index.crowded[n:].any()
    shared = index.shared_across(np.arange(len(hashes)), 3)
    assert shared[n] and shared[n + 1] and not shared[n + 2] and not shared[:n].any()
    assert index.near(hash_matrix([{"phash": f"{base[2] ^ 1:016x}"}])[0], 3) == [(n + 2, 1)]


@pytest.mark.e2e
def test_detect_explain_takes_the_accounts_verification_and_description(tmp_path, capsys):
    """The same name explains differently for an unverified account and for one verified as a government body."""
    from govwatch.cli.main import main
    (tmp_path / "registry.csv").write_text(
        "unit,platform,account_id,name,url,avatar,status,region\n"
        "济南市公安局,weibo,r1,济南公安,https://weibo.com/u/r1,,active,山东省济南市\n", encoding="utf-8")
    reg_file = str(tmp_path / "registry.csv")
    assert main(["detect", "explain", "--name", "济南公安在线客服", "--registry", reg_file, "--json"]) == 0
    unverified = json.loads(capsys.readouterr().out)
    assert unverified["flagged"] is True and unverified["government_verified"] is False
    assert main(["detect", "explain", "--name", "济南公安在线客服", "--registry", reg_file, "--json",
                 "--verified-type", "government", "--verified-reason", "济南市公安局历下区分局"]) == 0
    verified = json.loads(capsys.readouterr().out)
    assert verified["government_verified"] is True and verified["flagged"] is False
    assert main(["detect", "explain", "--name", "济南公安在线客服", "--registry", reg_file,
                 "--verified-type", "enterprise", "--verified-reason", "济南某某信息咨询有限公司"]) == 0
    text = capsys.readouterr().out
    assert "认证为“济南某某信息咨询有限公司”" in text
    with pytest.raises(SystemExit) as exit_:  # argparse refuses an unknown kind of verification
        main(["detect", "explain", "--name", "x", "--registry", reg_file, "--verified-type", "police"])
    assert exit_.value.code == 2
