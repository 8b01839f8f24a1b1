"""What a crawl process pays before its first request (the crawl benchmark runs two such processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_a_crawl_process_does_not_import_the_remote_control_or_aiohttp():
    """Disabling Scrapy's remote control in ``EXTENSIONS`` still imported it (and aiohttp, ~0.25 s): Scrapy loads
    every class named in ``EXTENSIONS`` and ``EXTENSIONS_BASE``; the base list now leaves it out."""
    code = (
        "import sys\n"
        "from scrapy.utils.test import get_crawler\n"
        "from core.settings import load_config\n"
        "from crawler.settings import scrapy_settings\n"
        "crawler = get_crawler(settings_dict=scrapy_settings(load_config()))\n"
        "crawler._apply_settings()\n"
        "names = [type(e).__name__ for e in crawler.extensions.middlewares]\n"
        "assert 'CoreStats' in names and 'LogStats' in names and 'RemoteControl' not in names, names\n"
        "print(sorted(m for m in ('aiohttp', 'scrapy.extensions.remote_control') if m in sys.modules))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**env, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip() == "[]"
