"""``python -m imitations.platforms [--port N] [--fail platform=mode …]`` — run the imitations in the foreground."""

import argparse
import json
import time

from imitations.platforms.server import PlatformServer


def main() -> None:
    ap = argparse.ArgumentParser(description="本地平台仿真服务（仅监听 127.0.0.1）")
    ap.add_argument("--port", type=int, default=0, help="端口；0 表示随机")
    ap.add_argument("--fail", action="append", default=[], metavar="平台=模式", help="故障模式，例如 weibo=http_432")
    args = ap.parse_args()
    failures = dict(item.split("=", 1) for item in args.fail)
    srv = PlatformServer(failures=failures, port=args.port).start()
    print(json.dumps(srv.urls, ensure_ascii=False, indent=2), flush=True)
    print("按 Ctrl+C 停止。", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()


if __name__ == "__main__":
    main()
