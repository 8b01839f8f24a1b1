"""alerts — findings become deduplicated alerts that security staff review.

* ``lifecycle`` — dedup key, states and transitions, automatic resolve / re-open, allow-list, history.
* ``severity`` — the severity table (impostor with copied avatar > name only > …).
* ``notify`` — Apprise notifications: immediate, digest per run, resolved, reminders; each sent once.
* ``pipeline.process_run`` — the one call a nightly job makes: ingest findings, then notify.
* ``files`` / ``evidence`` — the evidence behind an alert and the ZIP packs with a SHA-256 manifest.
* ``users`` — review UI users (Argon2id hashes, roles viewer / reviewer / admin).
* ``web`` — the review UI (Flask, served by waitress through ``govwatch serve``).
"""
