"""deploy/docker-compose.yml (Elasticsearch + Kibana + Redis for users) is valid and complete.

Docker cannot run here, so the file is checked as data: the services exist with pinned images of the right
products and versions, ports only on 127.0.0.1, health checks, persistent volumes, security switched on and
no password written into the file. The settings it tells users to set must exist in core.settings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from core.settings import SETTINGS

COMPOSE = Path(__file__).resolve().parent.parent / "deploy" / "docker-compose.yml"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def env(service: dict) -> dict:
    value = service.get("environment") or {}
    if isinstance(value, list):
        return dict(item.split("=", 1) for item in value)
    return value


def test_expected_services(services):
    assert {"elasticsearch", "kibana", "redis"} <= set(services)


@pytest.mark.parametrize("name, image", [
    ("elasticsearch", r"^docker\.elastic\.co/elasticsearch/elasticsearch:\$\{STACK_VERSION:-8\.\d+\.\d+\}$"),
    ("kibana", r"^docker\.elastic\.co/kibana/kibana:\$\{STACK_VERSION:-8\.\d+\.\d+\}$"),
    ("redis", r"^redis:7\.\d+(-alpine)?$"),
])
def test_images_are_pinned(services, name, image):
    assert re.match(image, services[name]["image"]), services[name]["image"]


def test_elastic_stack_versions_match(services):
    assert services["elasticsearch"]["image"].split(":", 1)[1] == services["kibana"]["image"].split(":", 1)[1]


@pytest.mark.parametrize("name, port", [("elasticsearch", 9200), ("kibana", 5601), ("redis", 6379)])
def test_ports_published_on_localhost_only(services, name, port):
    ports = services[name]["ports"]
    assert ports and all(str(p).startswith("127.0.0.1:") for p in ports)
    assert any(str(p).endswith(f":{port}") for p in ports)


@pytest.mark.parametrize("name", ["elasticsearch", "kibana", "redis"])
def test_health_checks_and_volumes(compose, services, name):
    check = services[name]["healthcheck"]
    assert check["test"][0] in ("CMD", "CMD-SHELL") and check["retries"] >= 3
    mounts = [str(v).split(":", 1)[0] for v in services[name]["volumes"]]
    data = {"elasticsearch": "esdata", "kibana": "kibanadata", "redis": "redisdata"}[name]
    assert data in mounts and data in compose["volumes"]


def test_elasticsearch_single_node_with_security_and_tls(services):
    es = env(services["elasticsearch"])
    assert es["discovery.type"] == "single-node"
    assert es["xpack.security.enabled"] == "true" and es["xpack.security.http.ssl.enabled"] == "true"
    assert "missing authentication credentials" in services["elasticsearch"]["healthcheck"]["test"][1]
    assert services["elasticsearch"]["depends_on"]["setup"]["condition"] == "service_healthy"
    assert services["kibana"]["depends_on"]["elasticsearch"]["condition"] == "service_healthy"
    assert env(services["kibana"])["ELASTICSEARCH_HOSTS"].startswith("https://")


def test_no_secret_is_written_in_the_file(services):
    for name, service in services.items():
        for key, value in env(service).items():
            if "PASSWORD" in key or key == "REDISCLI_AUTH":
                assert re.fullmatch(r"\$\{[A-Z_]+:\?[^}]+\}", str(value)), (name, key, value)
    assert "--requirepass" in services["redis"]["command"]


def test_settings_the_comments_mention_exist():
    keys = {s.key for s in SETTINGS}
    text = COMPOSE.read_text(encoding="utf-8")
    table = None
    for line in text.splitlines():
        m = re.match(r"^#\s+\[(\w+)\]\s*$", line)
        if m:
            table = m.group(1)
            continue
        m = re.match(r"^#\s+(\w+)\s*=", line)
        if m and table:
            assert f"{table}.{m.group(1)}" in keys, f"{table}.{m.group(1)} is not a govwatch setting"
    assert "govwatch index setup" in text


def test_every_dollar_is_valid_compose_interpolation():
    """Compose rejects a bare "$": variables are ${NAME…}, a literal dollar for the container shell is "$$"."""
    text = "\n".join(line for line in COMPOSE.read_text(encoding="utf-8").splitlines()
                     if not line.lstrip().startswith("#"))
    stripped = re.sub(r"\$\$|\$\{[A-Z_][A-Z0-9_]*(:?[-?][^}]*)?\}", "", text)
    assert "$" not in stripped, [line for line in stripped.splitlines() if "$" in line]
