#!/usr/bin/env bash
# govwatch: set-up and run in one command.
#
#   ./run.sh demo [ARGS…]   set up everything, then run the demo (local platform imitations → report)
#   ./run.sh test [ARGS…]   set up everything, then lint (ruff, import-linter layers) and run the tests (ARGS go to
#                           pytest; -m "not slow" is the quick loop; one pytest-xdist worker per CPU, at most
#                           GOVWATCH_TEST_WORKERS=4, unless ARGS choose -n themselves)
#   ./run.sh setup          set up only
#   ./run.sh govwatch ARGS  set up, then run any govwatch command
#
# Set-up is idempotent and fast when nothing changed: system packages (Chromium, CJK fonts, Redis) are
# installed with apt-get only when missing; the virtualenv .venv is (re)installed only when pyproject.toml
# changed. Without apt (or root/sudo), a Playwright-managed Chromium is installed instead of Debian's.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
VENV=${GOVWATCH_VENV:-$ROOT/.venv}

say() { printf '[govwatch] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}

find_python() {
  for py in python3.13 python3.12 python3.11 python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$py"; return 0
    fi
  done
  return 1
}

system_chromium() {
  for b in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$b" >/dev/null 2>&1 && { command -v "$b"; return 0; }
  done
  return 1
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq >/dev/null || return 1; APT_UPDATED=1; fi
  say "安装系统软件包：$*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

setup_system() {
  local want=()
  find_python >/dev/null || want+=(python3 python3-venv)
  system_chromium >/dev/null || want+=(chromium)
  if command -v fc-list >/dev/null 2>&1; then fc-list 2>/dev/null | grep -qi 'cjk' || want+=(fonts-noto-cjk); else want+=(fontconfig fonts-noto-cjk); fi
  command -v redis-server >/dev/null 2>&1 || want+=(redis-server)
  if [ ${#want[@]} -gt 0 ]; then
    if ! apt_install "${want[@]}"; then
      # Install what can be installed one by one; report what is missing.
      for pkg in "${want[@]}"; do apt_install "$pkg" || say "无法安装 $pkg（无 apt 或无 root 权限）；相关功能将降级或跳过。"; done
    fi
  fi
}

setup_venv() {
  local py stamp want
  py=$(find_python) || { say "需要 Python ≥ 3.11（含 venv 模块）"; exit 2; }
  [ -x "$VENV/bin/python" ] || { say "创建虚拟环境 $VENV"; "$py" -m venv "$VENV"; }
  want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
  stamp="$VENV/.govwatch-installed"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! "$VENV/bin/python" -c 'import govwatch' 2>/dev/null; then
    say "安装 Python 依赖（首次较慢）"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -e ".[test]" 2> >(grep -v "Location 'file:" >&2)
    echo "$want" > "$stamp"
  fi
}

setup_browser() {
  # A system Chromium is used when present; otherwise Playwright's own build.
  if system_chromium >/dev/null; then return 0; fi
  if ! "$VENV/bin/python" -c 'from core.browser import find_executable; import sys; sys.exit(0 if find_executable() else 1)' 2>/dev/null; then
    say "未找到系统 Chromium，安装 Playwright 自带的 Chromium"
    "$VENV/bin/python" -m playwright install chromium || say "Playwright 浏览器安装失败；需要浏览器的功能将不可用。"
  fi
}

setup_test_tools() {
  # Test-only tools: real Lucene and a JDK for the analysis check (tests/search_index/lucene), shellcheck for
  # deploy/smoke.sh. Missing ones make those tests skip with the reason.
  local want=()
  command -v javac >/dev/null 2>&1 || want+=(default-jdk-headless)
  compgen -G "/usr/share/java/lucene-core-*.jar" >/dev/null || want+=(liblucene8-java)
  command -v shellcheck >/dev/null 2>&1 || want+=(shellcheck)
  [ ${#want[@]} -gt 0 ] || return 0
  for pkg in "${want[@]}"; do apt_install "$pkg" || say "无法安装 $pkg（无 apt 或无 root 权限）；相关测试将跳过。"; done
}

setup_ime() {
  # The input method's language model for the typo layer (detectors/content_typo_ime.py): fcitx5/libime's zh_CN.lm
  # (KenLM word trigram, 17 MB, LGPL-2.1+), fetched per host and never committed — the installed Debian package's
  # file, else the package unpacked without root into .cache/libime — and its reader kenlm (the [ime] extra, built
  # with g++ and cmake). Without them the layer turns itself off with a note in the log.
  local cache="$ROOT/.cache/libime" tmp
  if ! compgen -G "/usr/lib/*/libime/zh_CN.lm" >/dev/null && ! compgen -G "$cache/usr/lib/*/libime/zh_CN.lm" >/dev/null; then
    if command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1; then
      say "下载输入法语言模型（libime-data-language-model，约 14 MB）"
      tmp=$(mktemp -d)
      if ! (cd "$tmp" && apt-get download -qq libime-data-language-model >/dev/null 2>&1); then
        # no package lists yet: refresh them when we may
        if [ "$APT_UPDATED" = 0 ] && as_root apt-get update -qq >/dev/null 2>&1; then APT_UPDATED=1; fi
        (cd "$tmp" && apt-get download -qq libime-data-language-model >/dev/null 2>&1) || true
      fi
      if compgen -G "$tmp/libime-data-language-model_*.deb" >/dev/null && mkdir -p "$cache" \
          && dpkg -x "$tmp"/libime-data-language-model_*.deb "$cache"; then
        say "输入法语言模型已解压到 $cache"
      else
        say "无法获取输入法语言模型（无网络或软件源中没有该包）；输入法语言模型错字层关闭，其余功能不受影响。"
      fi
      rm -rf "$tmp"
    else
      say "没有 apt-get / dpkg，无法获取输入法语言模型；输入法语言模型错字层关闭，其余功能不受影响。"
    fi
  fi
  if ! "$VENV/bin/python" -c 'import kenlm' 2>/dev/null; then
    if ! command -v g++ >/dev/null 2>&1 || ! command -v cmake >/dev/null 2>&1; then
      apt_install build-essential cmake || say "无法安装编译工具（build-essential、cmake）；kenlm 可能无法编译。"
    fi
    say "安装 kenlm（输入法语言模型的读取库，需编译，首次较慢）"
    "$VENV/bin/python" -m pip install -q -e ".[ime]" 2> >(grep -v "Location 'file:" >&2) \
      || say "kenlm 安装失败；输入法语言模型错字层关闭，其余功能不受影响。"
  fi
}

setup() { setup_system; setup_venv; setup_ime; setup_browser; }

test_workers() {
  # pytest-xdist workers for the suite: one per CPU this process may use, at most GOVWATCH_TEST_WORKERS (default 4;
  # 1 runs serially). Nothing is added when the arguments already choose (-n, --numprocesses, -p no:xdist, --pdb).
  local arg max=${GOVWATCH_TEST_WORKERS:-4} cpus
  for arg in "$@"; do
    case "$arg" in -n|-n[0-9a]*|--numprocesses*|no:xdist|--pdb) return 0 ;; esac
  done
  cpus=$("$VENV/bin/python" -c 'import os; print(len(os.sched_getaffinity(0)))')
  [ "$cpus" -lt "$max" ] && max=$cpus
  [ "$max" -gt 1 ] && printf '%s\n' -n "$max"
  return 0
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  demo) setup; exec "$VENV/bin/govwatch" demo "$@" ;;
  test)
    setup
    setup_test_tools
    say "ruff（代码检查）"; "$VENV/bin/ruff" check --quiet .
    say "import-linter（分层约束）"; "$VENV/bin/lint-imports" --no-cache >/dev/null || "$VENV/bin/lint-imports" --no-cache
    mapfile -t workers < <(test_workers "$@")
    exec "$VENV/bin/python" -m pytest "${workers[@]}" "$@" ;;
  setup) setup; say "完成。" ;;
  govwatch) setup; exec "$VENV/bin/govwatch" "$@" ;;
  *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
