"""Link and menu availability checkers (issue "Checkers").

- ``linksweep``  — Scrapy spider: recursive link check of a site, external links checked without recursing.
- ``menusweep``  — Playwright: find menu items, click each on a fresh page, classify what happened.
- ``soft404``    — pages that answer 200 but say (or look like) "not found".
- ``pages``      — decoding (GBK without charset header), link and anchor extraction, "script-built" guess.
- ``errors``     — download exceptions → sweep status (timeout, dns_error, tls_error, …).
- ``politeness`` — per-host backoff and retries (429/5xx/408/timeouts, Retry-After).
- ``results``    — the sweep result record (docs/ARCHITECTURE.md) and what counts as a failure.
- ``findings``   — confirmed failures → ``broken_link`` / ``dead_menu`` findings.
- ``report``     — terminal summary (rich) and the HTML report (Jinja2, autoescaped).
- ``probes``     — homepage availability probes and the weekly unreachable share.
- ``runner``     — one sweep run end to end: start URLs, both sweeps, store, JSONL, findings.
"""
