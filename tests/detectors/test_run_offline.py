"""The detector runner and ``govwatch detect``: offline on files and on the store, through the installed CLI."""

import json
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import detectors.run as runner
from core.records import iso
from detectors.context import DetectionContext
from detectors.io import InputFileError, read_accounts, read_posts
from tests.detectors.test_registry_mismatch import _avatar_a as avatar_a
from tests.detectors.test_registry_mismatch import _avatar_b as avatar_b

SH = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=SH)
MINE = "zombie,no_original,registry_mismatch"

REGISTRY_CSV = """开办单位,平台,账号ID,账号名称,头像,状态,备案日期
济南市人民政府新闻办公室,新浪微博,1001,济南发布,img/jinan.png,正常,2024-03-01
济南市公安局,微博,1002,济南公安,,正常,2024-03-01
济南市文化和旅游局,微博,1003,济南文旅,,关停,2024-03-01
济南市交通运输局,微博,1004,济南交通,,正常,2026-11-15
济南市教育局,微博,1005,济南教育,,正常,2024-03-01
"""


def _avatar(path: Path, which: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    (avatar_a() if which == "registered" else avatar_b()).save(path)


def _jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


ACCOUNTS = [
    # renamed, avatar changed (path relative to the accounts file), last post 23 days ago
    {"platform": "weibo", "account_id": "1001", "name": "泉城发布", "avatar": "avatars/new.png", "crawl_status": "ok"},
    {"platform": "微博", "account_id": "1002", "name": "济南公安", "crawl_status": "blocked"},  # unknown
    {"platform": "weibo", "account_id": "1003", "name": "济南文旅", "crawl_status": "ok"},  # closed but live
    {"platform": "weibo", "account_id": "1004", "name": "济南交通", "posts_count": 0},  # filed 5 days ago
    {"platform": "weibo", "account_id": "1005", "name": "济南教育", "posts_count": 0},  # never posted: zombie
]
POSTS = [
    {"platform": "weibo", "account_id": "1001", "post_id": "a", "created_at": "2026-10-28T09:00:00+08:00",
     "is_original": True, "is_pinned": False},
    {"platform": "weibo", "account_id": "1001", "post_id": "pin", "created_at": "2026-11-19T09:00:00+08:00",
     "is_original": True, "is_pinned": True},
    {"platform": "weibo", "account_id": "1003", "post_id": "b", "created_at": "2026-11-18T09:00:00+08:00",
     "is_original": True, "is_pinned": False},
]


@pytest.fixture
def files(tmp_path):
    reg_dir, acc_dir = tmp_path / "registry", tmp_path / "export"
    reg_dir.mkdir()
    acc_dir.mkdir()
    _avatar(reg_dir / "img" / "jinan.png", "registered")
    _avatar(acc_dir / "avatars" / "new.png", "other")
    (reg_dir / "备案.csv").write_text(REGISTRY_CSV, encoding="utf-8-sig")
    return {"registry": reg_dir / "备案.csv", "accounts": _jsonl(acc_dir / "accounts.jsonl", ACCOUNTS),
            "posts": _jsonl(acc_dir / "posts.jsonl", POSTS), "dir": tmp_path}


def govwatch(bin_path, *args, cwd):
    return subprocess.run([bin_path, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120)


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _summary(found: list[dict]) -> list[tuple]:
    return sorted((f["kind"], f["account_id"], f["evidence"].get("rule")) for f in found)


EXPECTED = [
    ("registry_mismatch", "1001", "avatar"),
    ("registry_mismatch", "1001", "name"),
    ("registry_mismatch", "1003", "closed_but_live"),
    ("zombie", "1001", "zombie"),
    ("zombie", "1005", "zombie"),
]


def test_offline_end_to_end(govwatch_bin, files):
    out = files["dir"] / "out" / "发现.jsonl"
    proc = govwatch(govwatch_bin, "detect", "--registry", files["registry"], "--accounts", files["accounts"],
                    "--posts", files["posts"], "--as-of", "2026-11-20T10:00", "--kinds", MINE, "--out", out,
                    cwd=files["dir"])
    assert proc.returncode == 0, proc.stderr
    found = _read(out)
    assert _summary(found) == EXPECTED
    assert {f["detected_at"] for f in found} == {iso(AS_OF)}
    assert len({f["run_id"] for f in found}) == 1 and found[0]["run_id"].startswith("detect-")
    zombie = next(f for f in found if f["kind"] == "zombie" and f["account_id"] == "1001")
    assert "已 23 天未更新（最后发文 2026-10-28）" in zombie["reasons"]
    assert "僵尸账号" in proc.stdout and "备案信息不符" in proc.stdout and "合计" in proc.stdout
    assert not (files["dir"] / "data" / "govwatch.db").exists()  # offline never touches the store


def test_offline_json_summary_and_stdout(govwatch_bin, files):
    proc = govwatch(govwatch_bin, "detect", "--registry", files["registry"], "--accounts", files["accounts"],
                    "--as-of", "2026-11-20T10:00", "--kinds", "zombie", "--kinds", "no_original", "--json",
                    "--out", "-", cwd=files["dir"])
    assert proc.returncode == 0, proc.stderr
    # Without posts only the account records speak: 1001 has no last_post_at and no posts_count → unknown.
    assert _summary([json.loads(line) for line in proc.stdout.splitlines()]) == [("zombie", "1005", "zombie")]
    summary = json.loads(proc.stderr[proc.stderr.index("{"):])
    assert summary["counts"] == {"zombie": 1, "no_original": 0} and summary["mode"] == "offline"


def test_bad_jsonl_line_is_rejected_with_its_number(govwatch_bin, files):
    lines = files["accounts"].read_text(encoding="utf-8").splitlines()
    lines.insert(2, '{"platform": "weibo", "account_id": ')  # line 3 is cut off
    files["accounts"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = files["dir"] / "out.jsonl"
    proc = govwatch(govwatch_bin, "detect", "--registry", files["registry"], "--accounts", files["accounts"],
                    "--kinds", MINE, "--out", out, cwd=files["dir"])
    assert proc.returncode == 2
    assert "accounts.jsonl" in proc.stderr and "第 3 行" in proc.stderr and "不是合法的 JSON" in proc.stderr
    assert not out.exists()


def test_bad_registry_row_is_rejected_with_its_number(govwatch_bin, files):
    files["registry"].write_text(REGISTRY_CSV.replace("微博,1002", "火星,1002"), encoding="utf-8")
    proc = govwatch(govwatch_bin, "detect", "--registry", files["registry"], "--accounts", files["accounts"],
                    "--kinds", MINE, "--out", files["dir"] / "o.jsonl", cwd=files["dir"])
    assert proc.returncode == 2 and "备案.csv" in proc.stderr and "第 3 行" in proc.stderr


@pytest.mark.parametrize("args, message", [
    (["--kinds", "ghosts"], "未知的检测类型"),
    (["--as-of", "下周一"], "--as-of"),
    (["--posts", "p.jsonl"], "--posts"),
    (["--accounts", "a.jsonl", "--out", "o.jsonl"], "--registry"),
])
def test_usage_errors(govwatch_bin, tmp_path, args, message):
    proc = govwatch(govwatch_bin, "detect", *args, cwd=tmp_path)
    assert proc.returncode == 2 and message in proc.stderr


def test_on_the_store_and_again(govwatch_bin, files, store):
    from registry.read import read_registry

    store.upsert("registry", read_registry(files["registry"]).entries)
    accounts = read_accounts(files["accounts"])
    for a in accounts:
        a["avatar"] = str(files["accounts"].parent / a["avatar"]) if a.get("avatar") else None
    store.upsert("accounts", accounts)
    # An old post far outside the window: the store loader must still find it as the newest post.
    posts = read_posts(files["posts"]) + [
        {"platform": "weibo", "account_id": "1005", "post_id": "old", "created_at": "2026-08-01T09:00:00+08:00",
         "is_original": False}]  # no is_pinned field at all
    store.upsert("posts", posts)

    proc = govwatch(govwatch_bin, "detect", "--as-of", "2026-11-20T10:00", "--kinds", MINE, "--json",
                    cwd=files["dir"])
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["mode"] == "store" and summary["stored"] is True
    found = list(store.scan("findings"))
    assert _summary(found) == EXPECTED
    zombie = next(f for f in found if f["kind"] == "zombie" and f["account_id"] == "1005")
    assert zombie["evidence"]["days_since_last_post"] == 111  # 2026-08-01 → 2026-11-20
    run = store.get("runs", summary["run_id"])
    assert run["status"] == "ok" and run["counts"]["zombie"] == 2

    # A week later: the same problems, no duplicates, first seen kept, working days counted.
    proc = govwatch(govwatch_bin, "detect", "--as-of", "2026-11-27T10:00", "--kinds", MINE, cwd=files["dir"])
    assert proc.returncode == 0, proc.stderr
    again = list(store.scan("findings"))
    assert len(again) == len(found)
    rename = next(f for f in again if f["evidence"].get("rule") == "name")
    assert rename["evidence"]["first_seen_at"] == iso(AS_OF)
    assert rename["evidence"]["workdays_since_first_seen"] == 5 and not rename["evidence"]["deadline_exceeded"]
    assert rename["detected_at"] == iso(AS_OF + timedelta(days=7))

    # Fixed, then renamed again: the second rename is a new problem with its own first-seen time.
    store.update("accounts", "weibo:1001", {"name": "济南发布"})
    assert govwatch(govwatch_bin, "detect", "--as-of", "2026-11-30T10:00", "--kinds", MINE,
                    cwd=files["dir"]).returncode == 0
    store.update("accounts", "weibo:1001", {"name": "泉城济南"})
    assert govwatch(govwatch_bin, "detect", "--as-of", "2026-12-07T10:00", "--kinds", MINE,
                    cwd=files["dir"]).returncode == 0
    rename = next(f for f in store.scan("findings") if f["evidence"].get("rule") == "name")
    assert rename["evidence"]["first_seen_at"] == "2026-12-07T10:00:00+08:00"
    assert rename["evidence"]["workdays_since_first_seen"] == 0
    assert store.count("runs", {"kind": "detect"}) == 4


def test_dry_run_and_registry_override_on_the_store(govwatch_bin, files, store):
    store.upsert("accounts", read_accounts(files["accounts"]))
    proc = govwatch(govwatch_bin, "detect", "--registry", files["registry"], "--as-of", "2026-11-20T10:00",
                    "--kinds", "zombie", "--dry-run", "--out", files["dir"] / "f.jsonl", cwd=files["dir"])
    assert proc.returncode == 0, proc.stderr
    assert _summary(_read(files["dir"] / "f.jsonl")) == [("zombie", "1005", "zombie")]
    assert store.count("findings") == 0


def test_previous_findings_file_gives_first_seen(govwatch_bin, files):
    previous = files["dir"] / "previous.jsonl"
    _jsonl(previous, [{"kind": "registry_mismatch", "platform": "weibo", "account_id": "1003", "target": None,
                       "evidence": {"rule": "closed_but_live"}, "detected_at": "2026-11-09T09:00:00+08:00"}])
    out = files["dir"] / "f.jsonl"
    proc = govwatch(govwatch_bin, "detect", "--registry", files["registry"], "--accounts", files["accounts"],
                    "--posts", files["posts"], "--previous", previous, "--as-of", "2026-11-20T10:00",
                    "--kinds", "registry_mismatch", "--out", out, cwd=files["dir"])
    assert proc.returncode == 0, proc.stderr
    closed = next(f for f in _read(out) if f["evidence"]["rule"] == "closed_but_live")
    assert closed["evidence"]["workdays_since_first_seen"] == 9 and closed["evidence"]["deadline_exceeded"]


# ---- runner internals -------------------------------------------------------------------------------------

def test_missing_detector_module_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(runner.DETECTOR_MODULES, "impostor", "detectors.not_written_yet")
    with pytest.raises(runner.DetectorUnavailable, match="detectors/not_written_yet.py"):
        runner.load_detectors(["impostor", "zombie"])
    assert [name for name, _ in runner.load_detectors(["zombie", "no_original"])] == ["detectors.zombie"]


def test_a_crashing_detector_does_not_lose_the_others(monkeypatch, cfg):
    import detectors.registry_mismatch as rm

    def boom(ctx):
        raise RuntimeError("broken")
        yield  # pragma: no cover

    monkeypatch.setattr(rm, "detect", boom)
    ctx = DetectionContext(registry=[{"unit": "u", "platform": "weibo", "account_id": "1", "name": "n",
                                      "filed_at": "2020-01-01"}],
                           accounts=[{"platform": "weibo", "account_id": "1", "posts_count": 0}], as_of=AS_OF, cfg=cfg)
    result = runner.run_detectors(ctx, ["zombie", "registry_mismatch"])
    assert [f["kind"] for f in result.findings] == ["zombie"]
    assert len(result.errors) == 1 and "registry_mismatch" in result.errors[0] and "broken" in result.errors[0]
    assert result.counts == {"registry_mismatch": 0, "zombie": 1}


def test_kinds_filter_what_a_module_yields(cfg):
    ctx = DetectionContext(registry=[{"unit": "u", "platform": "weibo", "account_id": "1", "name": "n",
                                      "filed_at": "2020-01-01"}],
                           accounts=[{"platform": "weibo", "account_id": "1", "posts_count": 0}], as_of=AS_OF, cfg=cfg)
    assert runner.run_detectors(ctx, ["no_original"]).findings == []
    assert len(runner.run_detectors(ctx, ["zombie"]).findings) == 1


def test_jsonl_reader_contract(tmp_path):
    good = _jsonl(tmp_path / "a.jsonl", [{"platform": "抖音", "account_id": 42, "verified": "是"}])
    [record] = read_accounts(good)
    assert record["platform"] == "douyin" and record["account_id"] == "42" and record["verified"] is True
    bad = tmp_path / "b.jsonl"
    bad.write_bytes(b'\xef\xbb\xbf{"platform": "weibo", "account_id": "1"}\n\n[1]\n'
                    b'{"platform": "weibo"}\n{"platform": "weibo", "account_id": "1"}\n'
                    b'{"platform": "weibo", "account_id": "2", "last_post_at": "yesterday"}\n\xff\n')
    with pytest.raises(InputFileError) as err:
        read_accounts(bad)
    lines = [n for n, _ in err.value.problems]
    assert lines == [3, 4, 5, 6, 7]
    text = str(err.value)
    assert "第 3 行" in text and "缺少必填字段 account_id" in text and "与第 1 行重复" in text
    assert "无法解析" in text and "UTF-8" in text


def test_jsonl_lines_end_only_at_newline(tmp_path):
    """Crawled names may hold line and paragraph separators, NEL and other characters that ``str.splitlines`` breaks
    on; ``json.dumps(..., ensure_ascii=False)`` leaves them raw, so a record line ends only at ``\\n``."""
    names = ["济南\u2028公安", "济南\u2029发布", "泉城\x85交警", "济南\x1c税务", "济南\x0b教育", "济南\x0c文旅"]
    path = _jsonl(tmp_path / "a.jsonl", [{"platform": "weibo", "account_id": str(i), "name": n}
                                         for i, n in enumerate(names)])
    assert len(path.read_text(encoding="utf-8").splitlines()) > len(names)  # the trap this reader must avoid
    assert [r["name"] for r in read_accounts(path)] == names
