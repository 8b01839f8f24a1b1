"""deploy/smoke.sh: the commands it runs, in order, with a fake ``docker`` and a fake ``govwatch`` on PATH.

Docker cannot run here, so the script is checked by what it would do: start only Elasticsearch from the
compose file in its own project on its own port, wait for it to be healthy, copy the CA certificate out, run
``govwatch index setup``/``status``, the demo on Elasticsearch, counts and searches — with the store settings
pointing at that cluster — and tear everything down, also when a step fails. shellcheck must find nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

SMOKE = REPO / "deploy" / "smoke.sh"

FAKE_DOCKER = r"""#!/usr/bin/env bash
printf '%s\n' "$*" >> "$SMOKE_TEST_LOG/docker.log"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = "--env-file" ]; then cp "${args[$((i + 1))]}" "$SMOKE_TEST_LOG/compose.env"; fi
  if [ "${args[$i]}" = "cp" ]; then echo "FAKE CA" > "${args[$((i + 2))]}"; fi
  if [ "${args[$i]}" = "ps" ]; then echo "cid-elasticsearch"; fi
done
if [ "$1" = "inspect" ]; then
  n=$(cat "$SMOKE_TEST_LOG/polls" 2>/dev/null || echo 0); echo $((n + 1)) > "$SMOKE_TEST_LOG/polls"
  if [ "$n" -ge 1 ]; then echo healthy; else echo starting; fi
fi
exit 0
"""

FAKE_GOVWATCH = r"""#!/usr/bin/env bash
python3 - "$@" <<'EOF'
import json, os, sys
env = {k: v for k, v in os.environ.items() if k.startswith("GOVWATCH_")}
ca = env.get("GOVWATCH_STORE__ELASTICSEARCH_CA_CERTS")
with open(os.path.join(os.environ["SMOKE_TEST_LOG"], "govwatch.log"), "a") as fh:
    fh.write(json.dumps({"argv": sys.argv[1:], "env": env, "ca_exists": bool(ca and os.path.isfile(ca))}) + "\n")
EOF
if [ "$1" = "${SMOKE_TEST_FAIL_AT:-none}" ]; then exit 3; fi
"""


@pytest.fixture
def sandbox(tmp_path):
    if not shutil.which("bash"):
        pytest.skip("没有 bash：无法运行 deploy/smoke.sh")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in (("docker", FAKE_DOCKER), ("govwatch", FAKE_GOVWATCH)):
        (bin_dir / name).write_text(text, encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    log = tmp_path / "log"
    log.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVWATCH_", "SMOKE_"))}
    env.update(PATH=f"{bin_dir}:{env['PATH']}", SMOKE_TEST_LOG=str(log), SMOKE_GOVWATCH=str(bin_dir / "govwatch"),
               TMPDIR=str(tmp_path), SMOKE_POLL_SECONDS="1")
    return env, log


def run_smoke(env, **extra):
    return subprocess.run(["bash", str(SMOKE)], env={**env, **extra}, capture_output=True, text=True, timeout=120,
                          cwd="/")


@pytest.mark.slow
def test_smoke_runs_the_steps_against_its_own_cluster_and_tears_down(sandbox):
    env, log = sandbox
    proc = run_smoke(env, SMOKE_WAIT_SECONDS="30")
    assert proc.returncode == 0, proc.stderr
    assert "冒烟测试通过" in proc.stderr
    compose = f"compose -p govwatch-smoke -f {REPO}/deploy/docker-compose.yml --env-file "
    docker = (log / "docker.log").read_text().splitlines()
    assert docker[0] == "compose version"
    assert [line.split(" --env-file ")[1].split(" ", 1)[1] for line in docker if line.startswith(compose)] == [
        "up -d elasticsearch", "ps -q elasticsearch",
        "cp elasticsearch:/usr/share/elasticsearch/config/certs/ca/ca.crt " + docker[-2].rsplit(" ", 1)[-1],
        "down -v --remove-orphans"]
    assert "inspect --format" in "\n".join(docker) and int((log / "polls").read_text()) == 2  # waited for healthy
    settings = dict(line.split("=", 1) for line in (log / "compose.env").read_text().splitlines())
    assert settings["ES_PORT"] == "19200" and len(settings["ELASTIC_PASSWORD"]) == 36
    assert settings["KIBANA_PASSWORD"] != settings["ELASTIC_PASSWORD"] and settings["REDIS_PASSWORD"]

    calls = [json.loads(line) for line in (log / "govwatch.log").read_text().splitlines()]
    argv = [c["argv"] for c in calls]
    assert argv[:3] == [["index", "setup"], ["index", "status"], ["demo", "--store", "elasticsearch", "--data-dir",
                                                                   argv[2][-1]]]
    assert argv[3:] == [["index", "status"], ["registry", "list", "--search", "济南"],
                        ["alerts", "list", "--search", "发布"]]
    for call in calls:
        store = call["env"]
        assert store["GOVWATCH_STORE__BACKEND"] == "elasticsearch"
        assert store["GOVWATCH_STORE__ELASTICSEARCH_URL"] == "https://127.0.0.1:19200"
        assert store["GOVWATCH_STORE__ELASTICSEARCH_USERNAME"] == "elastic"
        assert store["GOVWATCH_STORE__ELASTICSEARCH_PASSWORD"] == settings["ELASTIC_PASSWORD"]
        assert call["ca_exists"]
    assert [c["env"].get("GOVWATCH_STORE__INDEX_PREFIX") for c in calls] == [None, None, None] + ["govwatch-demo"] * 3
    assert not list(Path(env["TMPDIR"]).glob("govwatch-smoke.*"))  # the work directory (password, CA) is gone


@pytest.mark.slow
def test_a_failing_step_still_tears_down_and_fails(sandbox):
    env, log = sandbox
    proc = run_smoke(env, SMOKE_TEST_FAIL_AT="demo", SMOKE_WAIT_SECONDS="30")
    assert proc.returncode == 3 and "冒烟测试失败" in proc.stderr
    assert (log / "docker.log").read_text().splitlines()[-1].endswith("down -v --remove-orphans")
    assert [json.loads(x)["argv"][0] for x in (log / "govwatch.log").read_text().splitlines()] == [
        "index", "index", "demo"]


def test_elasticsearch_never_healthy_is_reported(sandbox):
    env, log = sandbox
    (Path(env["SMOKE_TEST_LOG"]) / "polls").write_text("-1000")
    proc = run_smoke(env, SMOKE_WAIT_SECONDS="2")
    assert proc.returncode == 1 and "没有就绪" in proc.stderr
    assert not (log / "govwatch.log").exists()
    assert "down -v" in (log / "docker.log").read_text()


def test_without_docker_the_script_says_so(sandbox, tmp_path):
    env, _ = sandbox
    (tmp_path / "bin" / "docker").unlink()
    proc = run_smoke(env, PATH="/usr/bin:/bin")
    assert proc.returncode == 2 and "需要 Docker" in proc.stderr


def test_shellcheck_finds_nothing():
    if not shutil.which("shellcheck"):
        pytest.skip("没有 shellcheck（Debian 包 shellcheck，./run.sh 在有 apt 时安装）")
    proc = subprocess.run(["shellcheck", str(SMOKE)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout
