"""A demo run again in the same data directory serves its imitation website and platforms where they were.

Broken-link, dead-menu and platform-blocked findings are keyed by URL and the URL carries the port: on new ports
every re-run added the same findings again beside the old ones (the demo's 49 alerts became 79)."""

from __future__ import annotations

import json
import socket
import urllib.request
from contextlib import ExitStack

from govwatch.ops.demo import _serve_platforms_again, _serve_website_again


def _get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=5) as resp:  # 127.0.0.1 only
        return resp.status


def test_the_second_run_reuses_the_first_run_s_ports(tmp_path):
    notes: list[str] = []
    with ExitStack() as stack:
        first = _serve_website_again(stack, tmp_path, notes.append)
        assert _get(first + "/portal/index.html") == 200
    saved = json.loads((tmp_path / "demo-ports.json").read_text(encoding="utf-8"))
    assert first.endswith(f":{saved['website']}")
    with ExitStack() as stack:
        second = _serve_website_again(stack, tmp_path, notes.append)
        assert second == first and _get(second + "/portal/index.html") == 200
    assert notes == []


def test_a_taken_port_falls_back_to_a_free_one_and_says_so(tmp_path):
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen(1)
    taken = blocker.getsockname()[1]
    (tmp_path / "demo-ports.json").write_text(json.dumps({"website": taken, "internal": 0}), encoding="utf-8")
    notes: list[str] = []
    try:
        with ExitStack() as stack:
            url = _serve_website_again(stack, tmp_path, notes.append)
            assert not url.endswith(f":{taken}") and _get(url + "/portal/index.html") == 200
    finally:
        blocker.close()
    assert len(notes) == 1 and str(taken) in notes[0] and "被占用" in notes[0]
    assert json.loads((tmp_path / "demo-ports.json").read_text(encoding="utf-8"))["website"] != taken


def test_a_damaged_ports_file_is_ignored(tmp_path):
    (tmp_path / "demo-ports.json").write_text("{not json", encoding="utf-8")
    with ExitStack() as stack:
        url = _serve_website_again(stack, tmp_path, print)
        assert _get(url + "/portal/index.html") == 200


def test_the_platforms_come_back_on_their_port_beside_the_website(tmp_path):
    with ExitStack() as stack:
        first = _serve_platforms_again(stack, tmp_path, print)
        site = _serve_website_again(stack, tmp_path, print)
    saved = json.loads((tmp_path / "demo-ports.json").read_text(encoding="utf-8"))
    assert saved["platforms"] and saved["website"] and site.endswith(f":{saved['website']}")
    with ExitStack() as stack:
        again = _serve_platforms_again(stack, tmp_path, print)
        assert again == first and all(f":{saved['platforms']}/" in url for url in again.values())
