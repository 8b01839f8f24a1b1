"""Local imitations of the platforms the crawler reads (Weibo, Sogou WeChat, mp.weixin, Bilibili, Douyin,
Kuaishou, a generic portal), serving the shapes documented in docs/PLATFORMS.md on 127.0.0.1.

    with serve_platforms() as urls:          # urls: platform → base URL, ready for crawler.base_urls
        ...

``python -m imitations.platforms`` runs it in the foreground for manual use.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from imitations.platforms.seed import SeedAccount, SeedPost, default_seed, registry_rows
from imitations.platforms.server import FAILURE_MODES, PlatformServer

__all__ = ["FAILURE_MODES", "PlatformServer", "SeedAccount", "SeedPost", "default_seed", "registry_rows",
           "serve_platforms"]


@contextmanager
def serve_platforms(seed_data=None, failures=None, *, page_size: int = 4, port: int = 0,
                    server_out: list | None = None) -> Iterator[dict[str, str]]:
    """Start the imitation server on ``port`` (0: an ephemeral one; a taken port raises ``OSError``); yield
    platform → base URL; stop it on exit.

    ``server_out``, when given, receives the running ``PlatformServer`` (to switch failure modes)."""
    srv = PlatformServer(seed_data, failures, page_size=page_size, port=port).start()
    if server_out is not None:
        server_out.append(srv)
    try:
        yield srv.urls
    finally:
        srv.stop()
