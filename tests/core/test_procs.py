"""core.procs with real processes: graceful stop, escalation to SIGKILL of the whole family, children that stop
themselves when their parent is killed, signals turned into ``Interrupted``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil
import pytest

from core import procs
from tests.conftest import REPO

ENV = {**os.environ, "PYTHONPATH": str(REPO)}

# A child that ignores SIGTERM and starts a grandchild in a session of its own (as Playwright starts a browser):
# only SIGKILL to the recorded family ends both.
STUBBORN = textwrap.dedent("""
    import signal, subprocess, sys, time
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    g = subprocess.Popen([sys.executable, "-c", "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
                          "time.sleep(300)"], start_new_session=True)
    print(g.pid, flush=True)
    time.sleep(300)
""")

POLITE = textwrap.dedent("""
    import signal, sys, time
    def bye(signum, frame):
        print("graceful", flush=True)
        sys.exit(0)
    signal.signal(signal.SIGTERM, bye)
    print("ready", flush=True)
    time.sleep(300)
""")


def _gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.05)
    return False


def test_stop_is_graceful_first(tmp_path):
    proc = procs.spawn([sys.executable, "-c", POLITE], grace=5, stdout=subprocess.PIPE, text=True, env=ENV)
    assert proc.stdout.readline().strip() == "ready"
    assert os.getpgid(proc.pid) == proc.pid != os.getpgrp()  # its own group, never ours
    t0 = time.monotonic()
    assert procs.stop(proc, grace=30) == 0
    assert time.monotonic() - t0 < 10 and proc.stdout.read().strip() == "graceful"


def test_stop_kills_a_child_ignoring_sigterm_and_its_detached_grandchild():
    proc = procs.spawn([sys.executable, "-c", STUBBORN], grace=1, stdout=subprocess.PIPE, text=True, env=ENV)
    grandchild = int(proc.stdout.readline())
    assert os.getpgid(grandchild) != os.getpgid(proc.pid)  # not reachable through the child's group
    t0 = time.monotonic()
    assert procs.stop(proc, grace=1) == -signal.SIGKILL
    assert time.monotonic() - t0 < 10
    assert _gone(grandchild), "the grandchild survived"


def test_a_second_signal_skips_the_grace_period():
    proc = procs.spawn([sys.executable, "-c", STUBBORN], grace=1, stdout=subprocess.PIPE, text=True, env=ENV)
    grandchild = int(proc.stdout.readline())
    procs.HURRY.set()
    try:
        t0 = time.monotonic()
        assert procs.stop(proc, grace=300) == -signal.SIGKILL
        assert time.monotonic() - t0 < 10
    finally:
        procs.HURRY.clear()
    assert _gone(grandchild)


# The middle process spawns a child that follows it, prints the child's pid and waits to be killed.
MIDDLE = textwrap.dedent("""
    import sys, time
    from core import procs
    child = procs.spawn([sys.executable, "-c", sys.argv[1]], grace=float(sys.argv[2]))
    print(child.pid, flush=True)
    time.sleep(300)
""")

FOLLOWER = textwrap.dedent("""
    import signal, sys, time
    from core import procs
    mode = {mode!r}
    if mode == "stubborn":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    else:
        def bye(signum, frame):
            open({marker!r}, "w").write("graceful")
            sys.exit(0)
        signal.signal(signal.SIGTERM, bye)
    assert procs.follow_parent(poll=0.1)
    time.sleep(300)
""")


@pytest.mark.parametrize("mode", ["polite", "stubborn"])
def test_a_child_stops_itself_when_its_parent_is_killed(tmp_path, mode):
    marker = tmp_path / "marker"
    follower = FOLLOWER.format(mode=mode, marker=str(marker))
    middle = subprocess.Popen([sys.executable, "-c", MIDDLE, follower, "1"], stdout=subprocess.PIPE, text=True,
                              env=ENV, start_new_session=True)
    try:
        child = int(middle.stdout.readline())
        time.sleep(1)  # the follower is watching by now
        middle.kill()
        middle.wait()
        assert _gone(child, timeout=15), "the orphan kept running"
        if mode == "polite":
            assert marker.read_text() == "graceful"  # SIGTERM first: the graceful way
    finally:
        if middle.poll() is None:
            middle.kill()


def test_follow_parent_ignores_a_marker_inherited_from_further_up(monkeypatch):
    if os.getppid() == 1:
        pytest.skip("the test runner's parent is pid 1: no live process other than our parent to name")
    monkeypatch.setenv(procs.PARENT_ENV, "1")  # alive, and not our parent: the marker was meant for an ancestor
    monkeypatch.setenv(procs.GRACE_ENV, "1")
    assert procs.follow_parent() is False
    assert procs.PARENT_ENV not in os.environ  # not passed on to our own children either


def test_killpg_never_signals_our_own_group():
    procs._killpg(os.getpgrp(), signal.SIGKILL)  # would end the test run if it were not refused
    procs._killpg(0, signal.SIGKILL)


def test_sigterm_becomes_interrupted_and_handlers_are_restored():
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(procs.Interrupted) as caught, procs.interrupt_signals():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)
    assert caught.value.signum == signal.SIGTERM and caught.value.exit_code == 143
    assert signal.getsignal(signal.SIGTERM) == before


def test_a_signal_inside_an_asyncio_callback_still_interrupts_the_job():
    """The sweep runs on asyncio: a SIGTERM landing while the loop runs a callback or a connection's
    ``data_received`` raises there, and the loop must not swallow it (it logs anything but KeyboardInterrupt and
    SystemExit as that connection's fatal error and runs on, and the job saved a partial sweep as complete)."""
    import asyncio

    async def job():
        asyncio.get_running_loop().call_soon(os.kill, os.getpid(), signal.SIGTERM)
        await asyncio.sleep(5)

    started = time.monotonic()
    with pytest.raises(procs.Interrupted) as caught, procs.interrupt_signals():
        asyncio.run(job())
    assert caught.value.signum == signal.SIGTERM and time.monotonic() - started < 4


def test_a_second_signal_hurries_the_clean_up_instead_of_interrupting_it():
    cleaned = []
    try:
        with pytest.raises(procs.Interrupted), procs.interrupt_signals():
            try:
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(5)
            finally:
                os.kill(os.getpid(), signal.SIGINT)  # arrives while the job cleans up
                time.sleep(0.2)
                cleaned.append(True)
        assert cleaned and procs.HURRY.is_set()
    finally:
        procs.HURRY.clear()
