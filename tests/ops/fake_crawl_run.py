"""A stand-in for ``python -m crawler.run`` in the ``CrawlChild`` tests: prints one result line per spider named
on its command line, as the real one does, and misbehaves as ``GW_FAKE_CRAWL`` says:
``crash:SPIDER`` (the process dies with exit code 1 when it reaches SPIDER, printing nothing for it),
``error:SPIDER`` (SPIDER's line carries an error, the next spiders still run),
``shutdown:SPIDER`` (SPIDER was stopped by a signal: its line says so and the sequence ends there),
``separators`` (every line carries text with line and paragraph separators, NEL and other line breaks of Unicode).
Each start is appended to ``GW_FAKE_CRAWL_STARTS`` (the spiders of that process, space-separated)."""

from __future__ import annotations

import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    spiders = [a for a in argv if not a.startswith("-") and "=" not in a]
    args = [argv[i + 1] for i, a in enumerate(argv) if a == "-a"]
    with open(os.environ["GW_FAKE_CRAWL_STARTS"], "a", encoding="utf-8") as f:
        f.write(" ".join(spiders) + "\n")
    mode, _, target = os.environ.get("GW_FAKE_CRAWL", "").partition(":")
    for name in spiders:
        if mode == "crash" and name == target:
            return 1
        result = {"spider": name, "summary": {"platforms": {"weibo": {"zh": "新浪微博"}}}, "stats": {}, "blocked": {},
                  "finish_reason": "shutdown" if mode == "shutdown" and name == target else "finished",
                  "args": [a for a in args if ":" not in a.split("=", 1)[0] or a.startswith(f"{name}:")]}
        if mode == "error" and name == target:
            result["error"] = "RuntimeError: boom"
        if mode == "separators":  # crawled text (a keyword, a name in an error) with characters splitlines breaks on
            result["summary"]["keyword"] = "济南\u2028公安\u2029发布\x85交警\x1c税务"
        print(json.dumps(result, ensure_ascii=False), flush=True)  # as crawler.run: multi-byte text
        time.sleep(0.3)  # the parent reads the lines as they come, not all at the end
        if result["finish_reason"] == "shutdown":
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
