"""The HTTP server class of the local imitations (platform APIs, the government website)."""

from __future__ import annotations

import socket
from http.server import ThreadingHTTPServer


class ImitationHTTPServer(ThreadingHTTPServer):
    """A thread per connection, and a listen queue the size of a real server's.

    ``socketserver``'s default queue is 5 connections: a crawler opening a few dozen connections at once (16 per
    platform and as many for avatars) overflowed it, the kernel dropped the surplus connection attempts and the
    clients tried again only after TCP's retransmission timeouts (1, 3, 7, 15 s …) — waits of the imitation that
    the crawl benchmark measured as the crawler's. The queue must be set on the class: ``listen()`` is called in
    the constructor. (Linux caps it at ``net.core.somaxconn``.)"""

    request_queue_size = socket.SOMAXCONN
    daemon_threads = True
