"""Deeply nested JSON (or YAML/TOML) from crawled answers, the spool and the configuration (issue #13, item 9):
a clear "malformed" error, never a RecursionError that takes a crawl callback or the process down."""

from __future__ import annotations

import json
import os

import pytest
from scrapy.http import TextResponse

from core.settings import ConfigError, load_config

DEEP = 100_000


def deep_json(levels: int = DEEP) -> str:
    return '{"data": ' + "[" * levels + "]" * levels + "}"


def test_a_deeply_nested_platform_answer_is_malformed_not_a_crash():
    from crawler.platforms.base import Malformed, load_json

    response = TextResponse("https://api.bilibili.com/x/space", body=deep_json().encode(),
                            headers={"Content-Type": "application/json"})
    with pytest.raises(Malformed, match="嵌套层数超过"):
        load_json(response)
    moderately = TextResponse("https://api.bilibili.com/x/space", body=deep_json(500).encode())
    with pytest.raises(Malformed):  # parses, but nothing real nests 500 levels: refused before code walks it
        load_json(moderately)


def test_a_deeply_nested_answer_to_a_generic_json_profile_is_malformed(cfg):
    from crawler.platforms.base import Malformed
    from crawler.platforms.generic import GenericAdapter

    profile = {"name": "portal", "platform": "app", "format": "json", "base_url": "https://app.example.gov.cn",
               "search": {"url": "{base}/s?q={keyword}", "items": "json:data"}}
    adapter = GenericAdapter.for_profile(profile, cfg, {})
    response = TextResponse("https://app.example.gov.cn/s?q=x", body=deep_json().encode(), encoding="utf-8",
                            headers={"Content-Type": "application/json"})
    with pytest.raises(Malformed, match="嵌套层数超过"):
        adapter._page(response)


def test_a_deeply_nested_spool_line_is_set_aside(tmp_path):
    from crawler.pipelines import read_spool

    path = tmp_path / "spool.jsonl"
    good = json.dumps({"_collection": "posts", "post_id": "1"})
    path.write_text("\n".join([good, deep_json(), good]) + "\n", encoding="utf-8")
    items, bad = read_spool(path)
    assert len(items) == 2 and bad == [2]


def test_deeply_nested_configuration_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigError, match="GOVWATCH_SWEEP__START_URLS"):
        load_config(env={"GOVWATCH_SWEEP__START_URLS": "[" * DEEP + "]" * DEEP})
    toml = tmp_path / "govwatch.toml"
    toml.write_text("[crawler]\nkeywords = " + "[" * DEEP + "]" * DEEP + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="govwatch.toml"):
        load_config(toml, env={})
    with pytest.raises(ConfigError, match="无法读取配置文件"):
        load_config(tmp_path, env={})  # a directory


def test_a_deeply_nested_site_profile_is_a_profile_error(tmp_path):
    from crawler.platforms.generic import ProfileError, load_profiles

    (tmp_path / "deep.yaml").write_text("name: x\nplatform: app\nsearch: " + "[" * 5000 + "]" * 5000 + "\n",
                                        encoding="utf-8")
    with pytest.raises(ProfileError, match="deep.yaml"):
        load_profiles(tmp_path)


@pytest.mark.e2e
def test_deeply_nested_config_through_the_cli(tmp_path):
    import subprocess
    import sys

    from tests.conftest import REPO

    proc = subprocess.run([sys.executable, "-m", "govwatch.cli.main", "config", "show"], cwd=REPO, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), "GOVWATCH_CRAWLER__KEYWORDS": "[" * DEEP},
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "配置错误" in proc.stderr and "Traceback" not in proc.stderr
