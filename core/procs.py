"""Child processes that never outlive the job that started them.

A job (``govwatch run …``, the scheduler) starts its children with ``spawn``:

- each child gets its own process group, so a terminal's Ctrl-C reaches the job alone and the job stops its
  children in order (a child in the terminal's group would get the signal twice: once from the terminal, once
  from the job, and Scrapy treats a second signal as "stop now, uncleanly");
- the child inherits the descriptors given in ``pass_fds`` (the job's run locks): an ``flock`` stays held as
  long as any process holding its descriptor lives, so the lock outlives a job killed with SIGKILL until its
  children are gone too, and no second job starts beside them;
- the environment tells the child who its parent is and how long the grace period is (``follow_parent``).

``stop`` ends a child: SIGTERM first (Scrapy finishes in-flight requests and keeps its JOBDIR state), then, when
the grace period is over or ``HURRY`` is set by a second signal, SIGKILL to the child's process group and to
every descendant seen while it ran (a browser started by Playwright runs in a group of its own).

A child calls ``follow_parent()`` at start-up: when its parent dies without stopping it (SIGKILL, a crash), the
child sends itself SIGTERM — the same graceful stop — and kills itself and its descendants if it is still alive
after the grace period.

``interrupt_signals()`` turns SIGTERM and SIGINT into an ``Interrupted`` exception in the main thread, so a job
unwinds its ``with`` blocks: children stopped, run record marked ``interrupted``, run lock released last. A second
signal does not interrupt that clean-up; it skips the rest of the grace period given to children.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterable, Iterator, Sequence

import psutil

log = logging.getLogger(__name__)

# Not GOVWATCH_*: those names are settings and an unknown one is a configuration error.
PARENT_ENV = "GW_PARENT_PID"
GRACE_ENV = "GW_STOP_GRACE"

HURRY = threading.Event()  # set by a second SIGTERM/SIGINT: end children without waiting for the grace period
_stopping = 0  # how many ``stop`` calls are waiting for a child (a signal then hurries them instead of raising)


class Interrupted(KeyboardInterrupt):
    """The job received SIGTERM or SIGINT. A KeyboardInterrupt, so that code catching ``Exception`` (a failing
    stage that the run survives) does not swallow it, and neither does asyncio: its event loop re-raises only
    KeyboardInterrupt and SystemExit from callbacks and protocols, and logs any other exception (a BaseException
    included) as a "fatal error" of that one connection, after which the job carried on and saved a partial sweep
    as a complete one."""

    def __init__(self, signum: int):
        self.signum = int(signum)
        super().__init__(f"收到信号 {signal.Signals(self.signum).name}")

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


# ---- in the job -------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def interrupt_signals(signals: Sequence[int] = (signal.SIGTERM, signal.SIGINT)) -> Iterator[None]:
    """SIGTERM/SIGINT raise ``Interrupted`` in the main thread while the block runs (a no-op elsewhere)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    raised = []

    def handler(signum, frame):
        if raised or _stopping:  # the job is unwinding already: a second signal means "don't wait", it must not
            HURRY.set()          # interrupt the clean-up itself (stopping children, marking the run)
            return
        raised.append(signum)
        raise Interrupted(signum)

    previous = {s: signal.getsignal(s) for s in signals}
    for s in signals:
        signal.signal(s, handler)
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


def spawn(cmd: Sequence[str], *, grace: float, pass_fds: Iterable[int] = (), env: dict[str, str] | None = None,
          **popen_kwargs) -> subprocess.Popen:
    """Start ``cmd`` (an argument list, never a shell) as a child that ``stop`` can end with everything it
    started; see the module docstring."""
    env = dict(os.environ if env is None else env)
    env[PARENT_ENV] = str(os.getpid())
    env[GRACE_ENV] = str(float(grace))
    proc = subprocess.Popen(list(cmd), start_new_session=True, pass_fds=tuple(pass_fds), env=env, **popen_kwargs)
    proc.gw_pgid = proc.pid  # a new session: the child leads its own process group
    return proc


def _family(pid: int) -> dict[int, psutil.Process]:
    try:
        return {p.pid: p for p in psutil.Process(pid).children(recursive=True)}
    except psutil.Error:
        return {}


def _killpg(pgid: int | None, sig: int) -> None:
    """Signal a child's process group — never our own (that would hit the job, or a test runner)."""
    if not pgid or pgid <= 1 or pgid == os.getpgrp():
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _kill_all(processes: Iterable[psutil.Process]) -> None:
    for p in processes:
        with contextlib.suppress(psutil.Error):
            p.kill()  # psutil refuses to signal a pid that was reused by another process


def stop(proc: subprocess.Popen, grace: float, *, poll: float = 0.1) -> int:
    """End ``proc`` and everything it started; return its exit status (negative: killed by that signal).

    SIGTERM to the child, up to ``grace`` seconds for it to finish (less when ``HURRY`` is set), then SIGKILL to
    its process group and to every descendant seen meanwhile. Descendants still alive after the child ended
    (orphans it left behind) are killed too."""
    global _stopping
    family = _family(proc.pid)
    pgid = getattr(proc, "gw_pgid", None)
    _stopping += 1
    try:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + max(0.0, grace)
            while proc.poll() is None and time.monotonic() < deadline and not HURRY.is_set():
                family.update(_family(proc.pid))
                time.sleep(poll)
            if proc.poll() is None:
                log.warning("子进程 %s 在 %.0f 秒内没有结束，强制终止", proc.pid, grace)
                family.update(_family(proc.pid))
                _killpg(pgid, signal.SIGKILL)
                _kill_all(family.values())
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
        code = proc.wait()
        _killpg(pgid, signal.SIGKILL)  # anything left in its group
        _kill_all(p for p in family.values() if _alive(p))
        return code
    finally:
        _stopping -= 1


def _alive(p: psutil.Process) -> bool:
    try:
        return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


# ---- in the child -------------------------------------------------------------------------------------------------


def follow_parent(poll: float = 0.5) -> bool:
    """Stop this process when the parent that ``spawn``-ed it dies without stopping it; True when watching.

    Reads (and removes, so that grandchildren do not inherit them) the variables ``spawn`` set. A variable left
    over from an ancestor (our parent is alive but is not the one named) is ignored."""
    text = os.environ.pop(PARENT_ENV, "")
    grace_text = os.environ.pop(GRACE_ENV, "")
    if not text.isdigit():
        return False
    parent = int(text)
    try:
        grace = float(grace_text)
    except ValueError:
        grace = 0.0
    if os.getppid() != parent:
        if psutil.pid_exists(parent):
            return False  # not ours: inherited from further up
        _stop_self(grace)  # the parent died before we got here
        return True

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll)
        _stop_self(grace)

    threading.Thread(target=watch, name="follow-parent", daemon=True).start()
    return True


def _stop_self(grace: float) -> None:
    log.warning("父进程已退出，本进程停止（宽限 %.0f 秒）", grace)

    def hard_stop() -> None:
        time.sleep(grace)
        me = psutil.Process()
        _kill_all(_family(me.pid).values())
        if os.getpgrp() == os.getpid():
            _killpg_self()
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=hard_stop, name="hard-stop", daemon=True).start()
    os.kill(os.getpid(), signal.SIGTERM)


def _killpg_self() -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(os.getpgrp(), signal.SIGKILL)
