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


def test_a_crawl_of_built_in_platforms_does_not_read_site_profiles():
    """Checking ``crawler.base_urls`` read every YAML site profile (PyYAML's import alone ~0.14 s) in each crawl
    process, even when every configured key is a built-in platform's."""
    code = (
        "import sys\n"
        "from core.settings import load_config\n"
        "from crawler.platforms import build_adapters\n"
        "from crawler.settings import scrapy_settings\n"
        "cfg = load_config().with_overrides({'crawler.base_urls': {'weibo': 'http://127.0.0.1:9/weibo',\n"
        "    'weibo_passport': 'http://127.0.0.1:9/weibo', 'generic': 'http://127.0.0.1:9/generic'}})\n"
        "scrapy_settings(cfg)\n"
        "assert sorted(build_adapters(cfg, ['weibo', 'bilibili'])) == ['bilibili', 'weibo']\n"
        "print('yaml' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**env, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip() == "False"


def test_config_check_still_reads_every_site_profile(tmp_path):
    """``govwatch config check`` reports a broken site profile even when no base URL needs the profiles."""
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "broken.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    conf = tmp_path / "g.toml"
    conf.write_text(f'[crawler]\nsite_profiles_dir = "{profiles}"\nbase_urls = {{weibo = "http://127.0.0.1:1"}}\n',
                    encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
    proc = subprocess.run([sys.executable, "-m", "govwatch.cli.main", "--config", str(conf), "config", "check"],
                          cwd=REPO, capture_output=True, text=True, timeout=60, env={**env, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 2 and "broken.yaml" in proc.stderr, proc.stderr[-2000:]
