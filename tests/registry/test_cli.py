"""``govwatch registry …`` handlers, run in-process through ``govwatch.cli.main.main``."""

from __future__ import annotations

import json

import pytest

from govwatch.cli.main import main
from tests.registry.helpers import HEADERS_ZH, ROWS_ZH, write_csv


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(tmp_path, capsys):
    code, out, _ = run(capsys, "registry", "import", str(write_csv(tmp_path / "r.csv", encoding="gbk")))
    assert code == 0, out
    return tmp_path


def test_import_summary_in_chinese(tmp_path, capsys):
    path = write_csv(tmp_path / "r.csv")
    code, out, _ = run(capsys, "registry", "import", str(path))
    assert code == 0 and "新增 4、变更 0、未变 0" in out
    code, out, _ = run(capsys, "registry", "import", str(path))
    assert code == 0 and "新增 0、变更 0、未变 4" in out


def test_import_errors_exit_2_with_rows_and_columns(tmp_path, capsys):
    rows = [list(r) for r in ROWS_ZH]
    rows[1][1] = "脸书"
    rows[2][10] = "2026-02-30"
    code, out, err = run(capsys, "registry", "import", str(write_csv(tmp_path / "bad.csv", HEADERS_ZH, rows)))
    assert code == 2
    assert "第 3 行，“平台”列" in out and "第 4 行，“备案日期”列" in out
    assert "未导入任何数据" in err
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert json.loads(out)["total"] == 0


def test_import_json(tmp_path, capsys):
    rows = [list(r) for r in ROWS_ZH]
    rows[0][6] = "暂停"
    code, out, _ = run(capsys, "registry", "import", "--json", str(write_csv(tmp_path / "bad.csv", HEADERS_ZH, rows)))
    data = json.loads(out)
    assert code == 2 and data["ok"] is False and data["written"] is False
    assert [(e["kind"], e["row"], e["column"]) for e in data["errors"]] == [("unknown_status", 2, "状态")]
    code, out, _ = run(capsys, "registry", "import", "--json", "--dry-run", str(write_csv(tmp_path / "ok.csv")))
    data = json.loads(out)
    assert code == 0 and data["summary"]["new"] == 4 and data["written"] is False and data["dry_run"] is True


def test_import_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "registry", "import", str(tmp_path / "nope.csv"))
    assert code == 2 and "文件不存在" in err


def test_list_filters(imported, capsys):
    def ids(*args):
        code, out, _ = run(capsys, "registry", "list", "--json", *args)
        assert code == 0
        return sorted(e["account_id"] for e in json.loads(out)["entries"])

    assert len(ids()) == 4
    assert ids("--platform", "微博") == ["1234567890"]
    assert ids("--platform", "wechat") == ["jngaj"]
    assert ids("--status", "关停") == ["dy_jnedu"]
    assert ids("--region", "济南") == ["1234567890", "dy_jnedu", "jngaj"]
    assert ids("--search", "教育") == ["dy_jnedu"]
    assert ids("--search", "公安", "--platform", "微信") == ["jngaj"]
    code, out, _ = run(capsys, "registry", "list", "--json", "--limit", "2")
    data = json.loads(out)
    assert (data["total"], data["shown"]) == (4, 2)
    code, _, err = run(capsys, "registry", "list", "--platform", "脸书")
    assert code == 2 and "未知的平台" in err


def test_list_table_uses_chinese_names(imported, capsys):
    code, out, _ = run(capsys, "registry", "list")
    assert code == 0
    assert "新浪微博" in out and "关停" in out and "共 4 条" in out


def test_show_entry_and_history(imported, tmp_path, capsys):
    rows = [list(r) for r in ROWS_ZH]
    rows[1][6] = "注销"
    assert run(capsys, "registry", "import", str(write_csv(tmp_path / "v2.csv", HEADERS_ZH, rows)))[0] == 0
    code, out, _ = run(capsys, "registry", "show", "微信", "jngaj", "--json")
    data = json.loads(out)
    assert code == 0 and data["entry"]["status"] == "cancelled"
    assert [(h["field"], h["old"], h["new"]) for h in data["history"]][-1] == ("status", "changed", "cancelled")
    code, out, _ = run(capsys, "registry", "show", "wechat", "jngaj")
    assert code == 0 and "变更记录" in out and "注销" in out and "v2.csv" in out
    code, _, err = run(capsys, "registry", "show", "微博", "000")
    assert code == 1 and "没有" in err


def test_export_then_import(imported, tmp_path, capsys):
    out_file = tmp_path / "导出.xlsx"
    code, out, _ = run(capsys, "registry", "export", "--out", str(out_file))
    assert code == 0 and "已导出 4 条" in out and out_file.is_file()
    code, out, _ = run(capsys, "registry", "import", str(out_file))
    assert code == 0 and "未变 4" in out
    code, _, err = run(capsys, "registry", "export", "--out", str(tmp_path / "x.csv"))
    assert code == 2 and ".xlsx" in err
