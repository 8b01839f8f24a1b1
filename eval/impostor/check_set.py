"""Sanity checks for the parts: python eval/impostor/check_set.py [dev|dev2|…|dev34|heldout ...]

Checks: CSV parses with the contract header; every avatar opens with PIL; one label per account line in the
same order; ids unique per platform; every registered label is a registry row and every registry row has a
crawled record; impostor targets exist in the registry; unregistered accounts are verified government.
Prints counts only (no names), so running it on heldout/ does not expose its vocabulary.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_part, counts_of  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for part in sys.argv[1:] or [p for p in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "heldout") if os.path.isdir(os.path.join(HERE, p))]:
    d = os.path.join(HERE, part)
    errs, rows, accs, labs = check_part(d)
    c = counts_of(d)
    print(f"{part}: registry {len(rows)} rows, {len(accs)} accounts, labels {dict(c['label'])}, "
          f"{c['bytes'] / 1e6:.2f} MB")
    for e in errs[:50]:
        print("  ERROR", e)
    bad += len(errs)
print("OK" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
