#!/usr/bin/env bash
# deploy/smoke.sh — the first thing to run where Docker is available: govwatch on a real Elasticsearch.
#
# Starts Elasticsearch from deploy/docker-compose.yml in a throw-away compose project (its own containers,
# volumes and passwords; your own stack and deploy/.env are not touched), then:
#   1. govwatch index setup            templates, ILM policy, write aliases — refused by a real cluster if wrong
#   2. govwatch index status           template / alias / ILM health
#   3. govwatch demo --store elasticsearch
#                                      the whole product on local imitations, stored in the cluster
#                                      (index prefix govwatch-demo)
#   4. counts per collection, and Chinese searches through the cluster's analyzers
# and tears everything down (containers and volumes), also when a step fails.
#
# Usage:  deploy/smoke.sh            (from anywhere; needs docker with the compose plugin, ~3 GB RAM free)
# Environment (all optional):
#   SMOKE_ES_PORT        host port for Elasticsearch (default 19200, so a running stack on 9200 is left alone)
#   SMOKE_STACK_VERSION  Elasticsearch version (default: the one pinned in docker-compose.yml)
#   SMOKE_ES_HEAP        Elasticsearch heap (default 1g)
#   SMOKE_KEEP=1         keep the stack running afterwards (prints how to remove it)
#   SMOKE_GOVWATCH       the govwatch command (default .venv/bin/govwatch, else ./run.sh govwatch)
#   SMOKE_WAIT_SECONDS   how long to wait for Elasticsearch to become healthy (default 600)
#   SMOKE_POLL_SECONDS   how often to check meanwhile (default 5)
# Exit code: 0 when every step passed; the failing step's code otherwise; 2 when Docker is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COMPOSE_FILE="$ROOT/deploy/docker-compose.yml"
PROJECT=govwatch-smoke
ES_PORT=${SMOKE_ES_PORT:-19200}
WAIT_SECONDS=${SMOKE_WAIT_SECONDS:-600}
POLL_SECONDS=${SMOKE_POLL_SECONDS:-5}

say() { printf '[smoke] %s\n' "$*" >&2; }

if ! command -v docker >/dev/null 2>&1 || ! docker compose version >/dev/null 2>&1; then
  say "需要 Docker 及 docker compose 插件（docker compose version 应能运行）"
  exit 2
fi

if [ -n "${SMOKE_GOVWATCH:-}" ]; then
  read -r -a GOVWATCH <<<"$SMOKE_GOVWATCH"
elif [ -x "$ROOT/.venv/bin/govwatch" ]; then
  GOVWATCH=("$ROOT/.venv/bin/govwatch")
else
  GOVWATCH=("$ROOT/run.sh" govwatch)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/govwatch-smoke.XXXXXX")
ENV_FILE="$WORK/compose.env"

compose() { docker compose -p "$PROJECT" -f "$COMPOSE_FILE" --env-file "$ENV_FILE" "$@"; }

cleanup() {
  local code=$?
  if [ "${SMOKE_KEEP:-0}" = 1 ]; then
    say "保留运行中的集群（SMOKE_KEEP=1）；删除：docker compose -p $PROJECT -f $COMPOSE_FILE --env-file $ENV_FILE down -v"
  else
    say "清理：停止并删除冒烟测试的容器与数据卷"
    compose down -v --remove-orphans >/dev/null 2>&1 || say "清理失败，请手动运行：docker compose -p $PROJECT down -v"
    rm -rf "$WORK"
  fi
  if [ "$code" = 0 ]; then say "冒烟测试通过"; else say "冒烟测试失败（退出码 $code）"; fi
  exit "$code"
}
trap cleanup EXIT

secret() { od -An -N18 -tx1 /dev/urandom | tr -d ' \n'; }  # 36 hex digits (no SIGPIPE under pipefail)
ELASTIC_PASSWORD=$(secret)
umask 077
{
  echo "ELASTIC_PASSWORD=$ELASTIC_PASSWORD"
  echo "KIBANA_PASSWORD=$(secret)"
  echo "REDIS_PASSWORD=$(secret)"
  echo "ES_PORT=$ES_PORT"
  echo "ES_HEAP=${SMOKE_ES_HEAP:-1g}"
  if [ -n "${SMOKE_STACK_VERSION:-}" ]; then echo "STACK_VERSION=$SMOKE_STACK_VERSION"; fi
} >"$ENV_FILE"

if [ -r /proc/sys/vm/max_map_count ] && [ "$(cat /proc/sys/vm/max_map_count)" -lt 262144 ]; then
  say "提示：vm.max_map_count 小于 262144，Elasticsearch 可能无法启动：sudo sysctl -w vm.max_map_count=262144"
fi

say "启动 Elasticsearch（项目 $PROJECT，端口 127.0.0.1:$ES_PORT；首次需要下载镜像）…"
compose up -d elasticsearch
CONTAINER=$(compose ps -q elasticsearch)
if [ -z "$CONTAINER" ]; then
  say "没有找到 elasticsearch 容器"
  exit 1
fi
waited=0
until [ "$(docker inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$CONTAINER")" = healthy ]; do
  if [ "$waited" -ge "$WAIT_SECONDS" ]; then
    say "Elasticsearch 在 ${WAIT_SECONDS} 秒内没有就绪；最近的日志："
    compose logs --tail 40 elasticsearch >&2 || true
    exit 1
  fi
  sleep "$POLL_SECONDS"
  waited=$((waited + POLL_SECONDS))
done
say "Elasticsearch 已就绪（${waited} 秒）"

compose cp elasticsearch:/usr/share/elasticsearch/config/certs/ca/ca.crt "$WORK/ca.crt"

export GOVWATCH_GENERAL__DATA_DIR="$WORK/data"
export GOVWATCH_STORE__BACKEND=elasticsearch
export GOVWATCH_STORE__ELASTICSEARCH_URL="https://127.0.0.1:$ES_PORT"
export GOVWATCH_STORE__ELASTICSEARCH_USERNAME=elastic
export GOVWATCH_STORE__ELASTICSEARCH_PASSWORD="$ELASTIC_PASSWORD"
export GOVWATCH_STORE__ELASTICSEARCH_CA_CERTS="$WORK/ca.crt"

say "1/4 govwatch index setup"
"${GOVWATCH[@]}" index setup
say "2/4 govwatch index status"
"${GOVWATCH[@]}" index status
say "3/4 govwatch demo --store elasticsearch（几分钟）"
"${GOVWATCH[@]}" demo --store elasticsearch --data-dir "$WORK/demo"
say "4/4 文档数与中文检索（索引前缀 govwatch-demo）"
export GOVWATCH_STORE__INDEX_PREFIX=govwatch-demo
"${GOVWATCH[@]}" index status
"${GOVWATCH[@]}" registry list --search 济南
"${GOVWATCH[@]}" alerts list --search 发布
