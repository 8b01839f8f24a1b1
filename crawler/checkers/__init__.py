"""Link and menu availability checkers (issue "Checkers").

- ``linksweep``  — recursive link check of a site (external links checked without recursing), links written by
  scripts found by rendering, every redirect hop checked before it is requested.
- ``http``       — the link sweep's HTTP path: aiohttp session, address guard, robots.txt, bounded reads.
- ``politeness`` — per-host concurrency, spacing, backoff and retries (429/5xx/408/timeouts, Retry-After).
- ``browser``    — the sweep's one lazily started Chromium, shared by rendering and the menu sweep.
- ``menusweep``  — find menu items, click each on a fresh page with its parent menu open, say what it did.
- ``soft404``    — pages that answer 200 but say (or look like) "not found".
- ``pages``      — decoding (GBK without charset header), link classification and extraction, anchors.
- ``errors``     — download exceptions → sweep status (timeout, dns_error, tls_error, …).
- ``agents``     — the user agents (desktop, WeChat) and the "open in WeChat" text.
- ``results``    — the sweep result record (docs/ARCHITECTURE.md) and what counts as a failure.
- ``findings``   — confirmed failures → ``broken_link`` / ``dead_menu`` findings.
- ``report``     — terminal progress and summary (rich), the HTML report (Jinja2, autoescaped), ``--json``.
- ``probes``     — homepage availability probes and the weekly unreachable share.
- ``runner``     — one sweep run end to end: start URLs, both sweeps, store, JSONL, findings.
"""
