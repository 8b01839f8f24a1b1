"""core.files: output paths checked before work, atomic writes, private files and directories."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from core.files import OutputError, atomic_output, atomic_outputs, check_output, private_dir, private_file, tighten


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_unusable_output_paths_are_refused_before_anything_is_written(tmp_path):
    (tmp_path / "a-file").write_text("keep", encoding="utf-8")
    (tmp_path / "a-dir").mkdir()
    cases = {tmp_path / "a-dir": "是一个目录", tmp_path / "a-file" / "out.xlsx": "是文件，不是目录",
             tmp_path / "a-file" / "deeper" / "out.xlsx": "是文件，不是目录"}
    for path, reason in cases.items():
        with pytest.raises(OutputError, match=reason) as caught:
            check_output(path)
        assert caught.value.code == 2
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "keep" and not list((tmp_path / "a-dir").iterdir())
    assert check_output(tmp_path / "new" / "dirs" / "out.jsonl") and not (tmp_path / "new").exists()  # creates nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-dir", "a-file"]  # the write probe left nothing


def test_atomic_outputs_all_or_nothing(tmp_path):
    first, second = tmp_path / "r.xlsx", tmp_path / "sub" / "r.html"
    with pytest.raises(RuntimeError), atomic_outputs([first, second]) as (t1, t2):
        assert t1.parent == tmp_path and t1.suffix == ".xlsx" and t2.parent == second.parent
        t1.write_text("one", encoding="utf-8")
        raise RuntimeError("the second writer failed")
    assert not first.exists() and not second.exists()
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == []  # no temporary file left
    with atomic_outputs([first, second]) as (t1, t2):
        t1.write_text("one", encoding="utf-8")
        t2.write_text("two", encoding="utf-8")
        assert not first.exists()  # nothing visible until all are written
    assert first.read_text(encoding="utf-8") == "one" and second.read_text(encoding="utf-8") == "two"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["r.html", "r.xlsx", "sub"]


def test_atomic_output_gives_ordinary_modes_and_keeps_a_replaced_files_mode(tmp_path):
    old = os.umask(0o022)
    try:
        with atomic_output(tmp_path / "new.txt") as tmp:
            tmp.write_text("x", encoding="utf-8")
        assert mode(tmp_path / "new.txt") == 0o644  # what open() would give, not mkstemp's 0600
        (tmp_path / "kept.txt").write_text("old", encoding="utf-8")
        os.chmod(tmp_path / "kept.txt", 0o640)
        with atomic_output(tmp_path / "kept.txt") as tmp:
            tmp.write_text("new", encoding="utf-8")
        assert mode(tmp_path / "kept.txt") == 0o640
    finally:
        os.umask(old)


def test_a_device_is_written_in_place_never_replaced():
    with atomic_output("/dev/null") as target:
        assert str(target) == "/dev/null"
        target.write_text("discarded", encoding="utf-8")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_private_dir_and_file_whatever_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        d = private_dir(tmp_path / "data" / "spool")
        f = private_file(d / "x.db")
    finally:
        os.umask(old)
    assert mode(tmp_path / "data") == mode(d) == 0o700 and mode(f) == 0o600


def test_existing_loose_permissions_are_tightened_with_a_warning(tmp_path, caplog):
    d, f = tmp_path / "data", tmp_path / "data" / "k.key"
    d.mkdir()
    f.write_text("s", encoding="utf-8")
    os.chmod(d, 0o755)
    os.chmod(f, 0o644)
    with caplog.at_level(logging.WARNING):
        private_dir(d)
        private_file(f)
    assert mode(d) == 0o700 and mode(f) == 0o600
    assert "0755" in caplog.text and "0644" in caplog.text and "已收紧" in caplog.text
    caplog.clear()
    assert tighten(f, 0o600) is False and caplog.text == ""  # already private: no warning
