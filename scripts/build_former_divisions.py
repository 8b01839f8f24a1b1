"""Regenerate ``detectors/data/former_divisions.tsv``: former names and former parents of today's divisions.

    python scripts/build_former_divisions.py /work/.mirror/cn+GB2260/repo \
        --lineage /work/.mirror/yescallop+areacodes/repo [--out detectors/data/former_divisions.tsv] \
        [--lineage-out bench/data/division_lineage.tsv]

Input: a git checkout (a bare clone will do: files are read with ``git show``) of the public repository
https://github.com/cn/GB2260, which mirrors the national division codes (GB/T 2260, 县及县以上行政区划代码) as the
Ministry of Civil Affairs (民政部) published them, one file per revision: ``mca/YYYYMM.tsv`` (columns Source,
Revision, Code, Name), 1980-12 to 2019-04. The last revision is followed by the project's own gazetteer
(``detectors/data/divisions.tsv``, county level as of the 民政部 codes of 2021-01), so every line of the output is
keyed by a code of that gazetteer.

A division is followed from revision to revision (``lineage``):

- a code present in both revisions under the same name is the same division; a name found under one other code of
  the same province and level in the revision before is that division renumbered (a 地区 turned city renumbers its
  counties: 512527 宜宾县 → 511521 宜宾县; 肥东县 and 肥西县 swapped codes in 1983 and swapped back); a code whose
  old name lives on nowhere is the same division renamed in place (思茅地区 → 思茅市 → 普洱市 under 530800);
- any other code that appears is linked to a code of the same level (prefecture or county) that disappeared in the same
  step, in this order: the same full name, the same short form (宜宾地区 → 宜宾市), one short form beginning the other (郧县 → 郧阳区), and
  finally the one county that disappeared beside the one that appeared under the same four-digit prefix (宜宾县 →
  叙州区); the first three in the same province (or anywhere when only one code of that name disappeared: 海南's
  and 重庆's counties changed province), ties narrowed to the same prefix and otherwise left unlinked.

For every division of the gazetteer the output lists the names its lineage had in any revision that differ from
today's (former names: 郧县 for 郧阳区, 宜宾县 for 叙州区, 通县 for 通州区) and the prefecture-level divisions that
governed it (former parents: the 地区/专区/盟/自治州 or city of its code's first four digits in that revision, when
that is a prefecture of that revision) other than its parent today (郧阳地区 for 郧西县 of 十堰市). A county that a
province governed directly has no former parent in that revision. Provinces are left out.

With ``--lineage`` (a checkout of https://github.com/yescallop/areacodes, CC0 1.0: the same 民政部 codes 1981 to
today, each abolished or changed code with the codes its territory went to, read from the State Council's approvals
and the ministry's 县级以上行政区划变更情况), the links of that table are added to the ones above (``lineage_rows``):
they say what names cannot — a division formed from two or more (撤销伊春区、美溪区，设立伊美区: 伊春区 and 美溪区
for 伊美区), a district abolished into its neighbour (港闸区 into 崇川区, 江东区 into 鄞州区), and every change after
the last ``mca`` revision (2019-04). A code that went to several is read, first, as the ones its approval says took
it whole (the change descriptions of ``diff/*.diff``: 以原上海县和闵行区的行政区域为新的闵行区的行政区域 makes 上海县
闵行区's, though 浦东新区 took its 三林乡), then as its own code when that is one of them
(renamed in place: 庐山区 → 濂溪区, part of it to 庐山市), else as the one whose short form it shares (呼兰县 → 呼兰区,
not the 松北区 that took part of it), else as the ones the change set up (宜宾县 → 叙州区, not the 翠屏区 that lived on
and took a part), else as a former name of each (乌马河区 of 伊美区 and 乌翠区: a name several divisions had is read
for none, ``detectors.places.former_name_forms``); a transfer of part of a division that lives on (磁县's townships
to 邯山区) is no former name. For a county-level division, a former name the first linking gave that the change table
has in the province but leading elsewhere is that linking's slip (a code used again for another county: 招远县 for
邹城市) and goes, with the former parents the first linking gave it (``merge_rows``). The links as read are written to
``--lineage-out`` (``lineage_table``), the source of ``bench/level_prefix_coverage.py``'s merged and renamed forms.

Output: ``code<TAB>name<TAB>former names<TAB>former parents`` (names space-separated, full names as published),
for the divisions with something to list, sorted by code; a header comment records the source commit and the
revisions read.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors.places import short_form  # noqa: E402  (after the path: the script runs from a checkout)

OUT = ROOT / "detectors" / "data" / "former_divisions.tsv"
GAZETTEER = ROOT / "detectors" / "data" / "divisions.tsv"
LINEAGE_OUT = ROOT / "bench" / "data" / "division_lineage.tsv"
# Placeholder rows of the code tables, not divisions: 市辖区 (a city's districts), 县 (a municipality's counties),
# 省直辖县级行政区划 / 自治区直辖县级行政区划 (counties a province governs directly).
PLACEHOLDERS = ("市辖区", "县", "辖区")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def _is_placeholder(name: str) -> bool:
    return name in PLACEHOLDERS or name.endswith("直辖县级行政区划") or name.endswith("直辖行政单位")


def _level(code: str) -> int:
    return 1 if code.endswith("0000") else 2 if code.endswith("00") else 3


def read_revisions(repo: Path) -> tuple[str, list[tuple[str, dict[str, str]]]]:
    """The checkout's commit and its ``mca`` revisions, oldest first: (revision, {code: name})."""
    commit = _git(repo, "rev-parse", "HEAD").strip()
    files = sorted(f for f in _git(repo, "ls-tree", "--name-only", "HEAD", "mca/").split()
                   if f.endswith(".tsv"))
    out = []
    for f in files:
        names: dict[str, str] = {}
        for line in _git(repo, "show", f"HEAD:{f}").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) >= 4 and cols[2].isdigit() and len(cols[2]) == 6 and not _is_placeholder(cols[3].strip()):
                names[cols[2]] = cols[3].strip()
        out.append((Path(f).stem, names))
    return commit, out


def read_gazetteer(path: Path = GAZETTEER) -> dict[str, str]:
    with path.open(encoding="utf-8") as fh:
        return {cols[0]: cols[1] for cols in (line.rstrip("\n").split("\t") for line in fh) if len(cols) >= 2}


def _short(code: str, name: str) -> str:
    return short_form(name, code=code, parent=code[:2] + "0000" if _level(code) == 3 else "")


def _links(prev: dict[str, str], nxt: dict[str, str]) -> dict[str, list[str]]:
    """Each code of ``nxt`` -> the codes of ``prev`` it continues (see the module docstring)."""
    out: dict[str, list[str]] = {}
    by_name: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    for c, name in prev.items():
        by_name[(c[:2], _level(c), name)].append(c)
    nxt_names = {(c[:2], _level(c), name) for c, name in nxt.items()}
    for c, name in nxt.items():
        if prev.get(c) == name:
            out[c] = [c]
            continue
        moved = by_name.get((c[:2], _level(c), name), [])
        if len(moved) == 1 and moved[0] not in nxt:
            out[c] = moved  # renumbered under its own name (a 地区 turned city: 512527 宜宾县 → 511521 宜宾县)
        elif c in prev and (c[:2], _level(c), prev[c]) not in nxt_names:
            out[c] = [c]  # renamed in place (思茅市 → 普洱市)
        # else: a code whose old division lives on under another code (肥东县 and 肥西县 swapping codes in 1983)
    used = {p for ps in out.values() for p in ps}
    gone = [c for c in prev if c not in used and _level(c) > 1]
    new = [c for c in nxt if c not in out and _level(c) > 1]

    def pick(n: str, cands: list[str]) -> list[str]:
        same_province = [c for c in cands if c[:2] == n[:2]]
        cands = same_province or (cands if len(cands) == 1 else [])
        if len(cands) > 1:
            cands = [c for c in cands if c[:4] == n[:4]]
        return cands if len(cands) == 1 else []

    tests = (
        lambda g, n: prev[g] == nxt[n],
        lambda g, n: _short(g, prev[g]) == _short(n, nxt[n]),
        lambda g, n: g[:2] == n[:2] and (_short(n, nxt[n]).startswith(_short(g, prev[g]))
                                         or _short(g, prev[g]).startswith(_short(n, nxt[n]))),
    )
    for test in tests:
        for n in new:
            if n in out:
                continue
            found = pick(n, [g for g in gone if _level(g) == _level(n) and g not in used and test(g, n)])
            if found:
                out[n] = found
                used.update(found)
    # one county gone and one new under the same four-digit prefix: the same county renamed and renumbered
    by_prefix_gone: dict[str, list[str]] = defaultdict(list)
    by_prefix_new: dict[str, list[str]] = defaultdict(list)
    for g in gone:
        if _level(g) == 3 and g not in used:
            by_prefix_gone[g[:4]].append(g)
    for n in new:
        if _level(n) == 3 and n not in out:
            by_prefix_new[n[:4]].append(n)
    for prefix, ns in by_prefix_new.items():
        gs = by_prefix_gone.get(prefix, [])
        if len(ns) == 1 and len(gs) == 1:
            out[ns[0]] = gs
    return out


def _parent(code: str, names: dict[str, str]) -> str:
    """The prefecture that governs a county-level ``code`` in one revision, "" when none (a province's own)."""
    if _level(code) != 3:
        return ""
    p = code[:4] + "00"
    return p if p in names else ""


def build(revisions: list[tuple[str, dict[str, str]]], current: dict[str, str]) -> list[tuple[str, str, list, list]]:
    """(code, name, former names, former parents) of each division of ``current`` that has any."""
    steps = [names for _, names in revisions] + [current]
    # predecessors of (step, code) in the step before
    preds: list[dict[str, list[str]]] = [{}]
    for k in range(1, len(steps)):
        prev, nxt = steps[k - 1], steps[k]
        preds.append(_links(prev, nxt))
    current_by_name = set(current.values())
    out = []
    for code, name in sorted(current.items()):
        if _level(code) == 1:
            continue
        today_parent = current.get(_parent(code, current), "")
        names: list[str] = []
        parents: list[str] = []
        frontier = {code}
        for k in range(len(steps) - 1, -1, -1):
            revision = steps[k]
            for c in frontier:
                if revision.get(c) and revision[c] != name and revision[c] not in names:
                    names.append(revision[c])
                p = _parent(c, revision)
                if p and revision[p] != today_parent and revision[p] not in parents:
                    parents.append(revision[p])
            if k:
                frontier = {p for c in frontier for p in preds[k].get(c, ())}
            if not frontier:
                break
        # a former name that is today another division's is a slip of the source tables (198712 lists 339008
        # 东阳市 as 合肥市) or a name now used elsewhere: either way it names that division, not this one
        names = [n for n in names if n not in current_by_name]
        if names or parents:
            out.append((code, name, names, parents))
    return out


def read_lineage(repo: Path) -> tuple[str, list[dict[str, str]]]:
    """The checkout's commit and the rows of its ``result.csv`` (代码, 二级行政区, 名称, 级别, 状态, 启用时间,
    变更/弃用时间, 新代码; see the repository's README), each with the text of the approvals that describe its change
    (key ``APPROVAL``: the comment block above its line in ``diff/<year>-<year>.diff``, ``read_approvals``)."""
    commit = _git(repo, "rev-parse", "HEAD").strip()
    lines = _git(repo, "show", "HEAD:result.csv").lstrip("\ufeff").splitlines()
    head = lines[0].split(",")
    rows = [dict(zip(head, line.split(","))) for line in lines[1:] if line.strip()]
    approvals = read_approvals(repo)
    for r in rows:
        text = approvals.get((r["变更/弃用时间"], r["代码"], r["名称"]))
        if text:
            r[APPROVAL] = text
    return commit, rows


APPROVAL = "批复"  # the approvals' text of a record's change (not a column of result.csv)


def read_approvals(repo: Path) -> dict[tuple[str, str, str], str]:
    """(year, code, name) -> the change description (变更描述: the State Council's or the ministry's approval, quoted)
    of each record's line in the repository's ``diff/<from>-<to>.diff`` files (their ``diff-spec.md``: the comment
    lines just above a run of change lines describe every line of the run)."""
    out: dict[tuple[str, str, str], str] = {}
    listing = _git(repo, "ls-tree", "--name-only", "HEAD", "diff/").split()
    for path in listing:
        m = re.fullmatch(r"diff/\d{4}-(\d{4})\.diff", path)
        if not m:
            continue
        block: list[str] = []
        changes = False
        for line in _git(repo, "show", f"HEAD:{path}").splitlines():
            if line.startswith("#"):
                if changes:
                    block, changes = [], False
                block.append(line.lstrip("#").strip())
            elif line[:1] in "-+=":
                changes = True
                found = re.match(r"[-+=](\d{6}) ([^<>]+)[<>]", line)
                if found:
                    out[(m.group(1), found.group(1), found.group(2))] = "\n".join(block)
    return out


def _approved_whole(row: dict[str, str], successors: list[dict[str, str]]) -> list[dict[str, str]]:
    """The successors whose territory the approval of ``row``'s change says is ``row``'s own, whole or but for some
    townships: a clause 以原…<row>…的行政区域（不含…）为（新的）…<successor>的行政区域 naming ``row`` as a whole (followed
    by 的行政区域, （不含, 、, 和 or the clause's end), not one of its townships (原大庸市的协合、中和两乡, 庐山区牯岭镇).
    撤销上海县和闵行区，设立新的闵行区，以原上海县和闵行区的行政区域为新的闵行区的行政区域 makes 闵行区 上海县's
    successor, though 闵行区 kept its code and 浦东新区, set up the same year, took 上海县的三林乡."""
    text = row.get(APPROVAL, "")
    name = re.escape(row["名称"])
    whole = re.compile(name + r"(?=的行政区域|（不含|、|和|$)")
    out = []
    for s in successors:
        clause = re.compile(r"以([^。；;\n为]*?)的行政区域(?:（[^）]*）)?为(?:新的)?[^，。；;\n为]{0,8}?"
                            + re.escape(s["名称"]) + "的行政区域")
        if any(whole.search(m.group(1)) for m in clause.finditer(text)):
            out.append(s)
    return out


def _successors(row: dict[str, str], by_code: dict[str, list[dict[str, str]]]) -> list[dict[str, str]]:
    """The records an abolished or changed record ``row`` went to whole (its 新代码 at its end year; a code marked with
    an earlier year is part of its territory given away before, no successor), narrowed to the one sharing its short
    form when there are several (呼兰县 → 呼兰区 beside 松北区), else to the ones set up by the change (宜宾县 → 叙州区,
    not the 翠屏区 that took a part of it); one that keeps its code is renamed in place, whatever else took a part
    (庐山区 → 濂溪区 under 360402, not the 庐山市 that took a part). Before all these, the approval's own words when
    they name the successors that took it whole (``_approved_whole``: 上海县 → 闵行区, 江干区 → 上城区)."""
    end = row["变更/弃用时间"]
    out = []
    for item in filter(None, row["新代码"].split(";")):
        m = re.fullmatch(r"(\d{6})(?:\[(\d{4})\])?", item.strip())
        if not m or (m.group(2) and m.group(2) != end):
            continue
        cands = by_code.get(m.group(1), [])
        exact = [r for r in cands if r["启用时间"] == end]
        live = [r for r in cands if r["启用时间"] <= end and (not r["变更/弃用时间"] or r["变更/弃用时间"] > end)]
        found = exact or live
        if found:
            out.append(found[0])
    approved = _approved_whole(row, out) if len(out) > 1 else []
    if approved:  # what the approval says (上海县 → the new 闵行区, not 浦东新区 that took one township)
        return approved
    if len(out) > 1 and any(r["代码"] == row["代码"] for r in out):
        # renamed in place, a part given to another (庐山区 → 濂溪区 under its code, part of it to 庐山市)
        return [r for r in out if r["代码"] == row["代码"]]
    if len(out) > 1:
        mine = _short(row["代码"], row["名称"])
        same = [r for r in out if (s := _short(r["代码"], r["名称"])).startswith(mine) or mine.startswith(s)]
        # else the division set up by this very change, beside one that lived on and took a part (宜宾县 → 叙州区,
        # set up in 2018, not 翠屏区)
        new = [r for r in out if r["启用时间"] == end]
        out = same or (new if len(new) < len(out) else out)
    return out


def lineage_rows(rows: list[dict[str, str]], current: dict[str, str]) -> dict[str, tuple[list[str], list[str]]]:
    """Code of ``current`` -> (former names, former parents) read from the change links of ``read_lineage``: every
    record whose territory went whole, step by step, into the division's record of today (the one of its code and
    name), its name and, for a county-level record, its prefecture (二级行政区) other than today's. Every division the
    table has a record of is a key, with nothing before it too."""
    by_code: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_code[r["代码"]].append(r)
    key = lambda r: (r["代码"], r["名称"], r["启用时间"])  # noqa: E731
    preds: dict[tuple, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        if r["状态"] != "在用":  # a division in use with 新代码 gave part of its territory away: no successor
            for s in _successors(r, by_code):
                preds[key(s)].append(r)
    out: dict[str, tuple[list[str], list[str]]] = {}
    for code, name in current.items():
        if _level(code) == 1:
            continue
        mine = sorted((r for r in by_code.get(code, []) if r["名称"] == name), key=lambda r: r["启用时间"])
        if not mine:
            continue
        today_parent = current.get(_parent(code, current), "")
        names: list[str] = []
        parents: list[str] = []
        seen = {key(mine[-1])}
        todo = [mine[-1]]
        while todo:
            r = todo.pop()
            if r["名称"] != name and r["名称"] not in names:
                names.append(r["名称"])
            parent = r.get("二级行政区", "")
            if (r["级别"] == "县级" and parent and parent != "直辖" and parent != today_parent
                    and parent not in parents):
                parents.append(parent)
            for p in preds.get(key(r), ()):
                if key(p) not in seen:
                    seen.add(key(p))
                    todo.append(p)
        out[code] = (names, parents)  # empty too: the change table followed it and found nothing before
    return out


def lineage_table(rows: list[dict[str, str]]) -> list[str]:
    """The change links as read (``_successors``), one line per record that ended with its territory going whole
    somewhere: ``code<TAB>name<TAB>prefecture<TAB>from<TAB>until<TAB>successors`` (``code:name:from`` of each successor
    record, space-separated). Kept beside ``former_divisions.tsv`` as the table it was read from, for review and for
    ``bench/level_prefix_coverage.py``, which writes its merged and renamed forms from it, not from the reading."""
    by_code: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_code[r["代码"]].append(r)
    out = []
    for r in sorted(rows, key=lambda r: (r["代码"], r["启用时间"])):
        if r["状态"] == "在用":
            continue
        succ = _successors(r, by_code)
        if succ:
            out.append("\t".join((r["代码"], r["名称"], r.get("二级行政区", ""), r["启用时间"], r["变更/弃用时间"],
                                  " ".join(f"{s['代码']}:{s['名称']}:{s['启用时间']}" for s in succ))) + "\n")
    return out


def merge_rows(rows: list[tuple[str, str, list, list]], extra: dict[str, tuple[list[str], list[str]]],
               current: dict[str, str], known: set[tuple[str, str]] = frozenset()
               ) -> list[tuple[str, str, list, list]]:
    """``rows`` (``build``) with the names and parents of ``extra`` (``lineage_rows``) added, a former name that is
    today another division's full name left out as in ``build``. ``known``: (province code prefix, name) of every
    record of the change table; for a county-level division a former name of ``rows`` that the change table has in
    that province but does not lead to the division is a slip of the name-and-code linking (a code read again for
    another county: 招远县 for 邹城市), and it goes, with the former parents of ``rows`` for that division (they came
    with the slip: 烟台市 over 邹城市); those of ``extra`` stay."""
    by_code = {c: (n, list(fn), list(fp)) for c, n, fn, fp in rows}
    current_by_name = set(current.values())
    for code, (names, parents) in extra.items():
        name, fn, fp = by_code.get(code, (current[code], [], []))
        slips = [n for n in fn if _level(code) == 3 and (code[:2], n) in known and n not in names]
        if slips:
            fn = [n for n in fn if n not in slips]
            fp = []
        fn += [n for n in names if n not in fn and n not in current_by_name]
        fp += [p for p in parents if p not in fp]
        if fn or fp:
            by_code[code] = (name, fn, fp)
        else:
            by_code.pop(code, None)
    return [(c, *by_code[c]) for c in sorted(by_code)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("repo", type=Path, help="cn/GB2260 的 git 仓库（可为裸仓库）")
    ap.add_argument("--lineage", type=Path, help="yescallop/areacodes 的 git 仓库（可为裸仓库）：区划变更的新旧代码对应关系")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--lineage-out", type=Path, default=LINEAGE_OUT, help="与 --lineage 一起：变更对应关系表的输出")
    args = ap.parse_args(argv)
    commit, revisions = read_revisions(args.repo)
    current = read_gazetteer()
    rows = build(revisions, current)
    lineage = ""
    if args.lineage:
        lineage_commit, lineage = read_lineage(args.lineage)
        rows = merge_rows(rows, lineage_rows(lineage, current), current,
                          {(r["代码"][:2], r["名称"]) for r in lineage})
        args.lineage_out.write_text(
            f"# 民政部 行政区划代码 1981- change links via https://github.com/yescallop/areacodes commit {lineage_commit} "
            "(result.csv, CC0 1.0), as scripts/build_former_divisions.py reads them: code, name, prefecture, from, "
            "until, successors (code:name:from, the records its territory went to whole)\n"
            + "".join(lineage_table(lineage)), encoding="utf-8")
        lineage = (f"; change links (merges, abolitions into a neighbour, changes after 2019-04) from "
                   f"https://github.com/yescallop/areacodes commit {lineage_commit} (result.csv, CC0 1.0)")
    header = (f"# 民政部 行政区划代码 (GB/T 2260) via https://github.com/cn/GB2260 commit {commit}; "
              f"revisions mca/{revisions[0][0]} … mca/{revisions[-1][0]} ({len(revisions)}), then divisions.tsv"
              f"{lineage}. Made by scripts/build_former_divisions.py; code, name, former names, former parents.\n")
    args.out.write_text(header + "".join(f"{c}\t{n}\t{' '.join(fn)}\t{' '.join(fp)}\n" for c, n, fn, fp in rows),
                        encoding="utf-8")
    print(f"{len(rows)} 条区划写入 {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
