"""Scrapy's downloader, with each download slot's concurrency held when requests are dispatched in a burst.

Scrapy 2.19's ``Downloader._process_queue`` hands queued requests to ``_wait_for_download`` coroutines while
``slot.free_transfer_slots() > 0``; the request is counted as transferring only when the coroutine runs. Under
the asyncio reactor the coroutine is a task that starts on the *next* turn of the event loop, so without a
download delay the loop empties the whole slot queue at once: a platform with ``crawler.concurrency_per_platform``
16 got up to ``CONCURRENT_REQUESTS`` (80) requests at the same time, each on a new connection. (With a delay
the loop stops after one request, so polite crawls were not affected.) Against the local imitation server the
bursts of new connections overflowed its listen queue, and the dropped connection attempts waited for TCP's
retransmission (1, 3, 7, 15 s …): the wall-clock stalls of ``bench/crawl.py``. Against a real platform they
are simply more parallel requests than configured.

``SlotLimitedDownloader`` counts the request as transferring as soon as it is dispatched (Scrapy adds it again
when the download starts — a set — and removes it when the download ends, as before).
"""

from __future__ import annotations

from scrapy.core.downloader import Downloader


class SlotLimitedDownloader(Downloader):
    def _wait_for_download(self, slot, request, queue_dfd):
        slot.transferring.add(request)  # before the coroutine starts: _process_queue's loop sees the slot taken
        return super()._wait_for_download(slot, request, queue_dfd)
