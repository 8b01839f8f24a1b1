"""Latin-initials keys of long pinyin names do not depend on the interpreter's string hash seed.

``latin_initials_keys`` keeps at most ``limit`` spellings; the cut used to follow set iteration order, so the keys
(and with them which registered names a Latin-spelled impostor could reach) changed with ``PYTHONHASHSEED``.
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = (
    "import sys; sys.path.insert(0, '.')\n"
    "from detectors.names import latin_initials_keys\n"
    "for n in ['shandongshengzhengfu发布xinxi', 'zhongguoshaanxixianyangshi', 'henanjiaojing']:\n"
    "    print(n, sorted(latin_initials_keys(n)))\n"
)


def _keys_with_seed(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True, timeout=120)
    return out.stdout


def test_long_latin_names_keep_the_same_keys_under_any_hash_seed():
    first = _keys_with_seed(1)
    assert "shandongshengzhengfu发布xinxi" in first
    for seed in (2, 3, 4):
        assert _keys_with_seed(seed) == first

