"""Who the sweep says it is: a desktop browser, or WeChat's in-app browser for H5 pages."""

from __future__ import annotations

import re

DESKTOP_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/124.0 Safari/537.36 govwatch-sweep")
WECHAT_UA = ("Mozilla/5.0 (Linux; Android 13; V2049A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 "
             "MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64")
OPEN_IN_WECHAT = re.compile(r"请在微信(客户端)?(中)?打开|请使用微信(扫码|打开)|仅支持微信")
