"""The shared vocabulary of docs/ARCHITECTURE.md: record fields, platform and status codes, finding kinds.

Field names here are a contract with users' files; add fields, never rename them.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from core.settings import DEFAULT_TIMEZONE

REGISTRY_FIELDS = ("unit", "platform", "account_id", "name", "url", "avatar", "status", "region",
                   "competent_unit", "contact", "filed_at")
REGISTRY_HEADERS_ZH = ("开办单位", "平台", "账号ID", "账号名称", "主页链接", "头像", "状态", "地区",
                       "主管单位", "联系人", "备案日期")
REGISTRY_REQUIRED = ("unit", "platform", "account_id", "name")

ACCOUNT_FIELDS = ("platform", "account_id", "name", "url", "avatar", "avatar_url", "verified", "verified_type",
                  "verified_reason", "description", "followers", "posts_count", "last_post_at", "crawled_at",
                  "discovered_by", "raw")
# Added by govwatch (not in the minimum contract): last_original_at, crawl_status (ok|blocked|failed|gone),
# avatar_sha256, avatar_phash, avatar_crop_hashes.
# Written by the crawler too: avatar_path (relative to general.data_dir), avatar_hashes, avatar_error, crawl_error,
# refreshed_at, posts_seen, run_id. crawl_status "ok" means the posts were read; discovery alone leaves it unset.
# Also (adapters, #11/#13): discovered_by is a list of every keyword that found the account (older records: a
# string); gone_suspected_at / gone_suspected_run (an empty answer, "maybe gone", confirmed by a later run);
# unknown_fields (fields the platform's answer did not carry: unknown, not false); truncated + <field>_length
# (crawled text capped at ingestion); douyin uid / unique_id beside the sec_uid account_id.
# Posts may carry created_at_precision ("second"|"minute"|"hour"|"day"; a "day" created_at is the end of that
# day, or the crawl time when the day is today — the latest moment the platform's answer allows), post_type and
# orig_type (Bilibili; orig_type "DYNAMIC_TYPE_NONE" = the reposted original was deleted).
POST_FIELDS = ("platform", "account_id", "post_id", "created_at", "text", "is_original", "is_pinned", "source", "url",
               "crawled_at")
FINDING_FIELDS = ("kind", "platform", "account_id", "score", "target", "unit", "reasons", "evidence", "detected_at")
SWEEP_FIELDS = ("url", "found_on", "via", "menu_path", "status", "http_status", "final_url", "elapsed_ms", "error",
                "checked_at")

FINDING_KINDS = ("impostor", "unregistered", "registry_mismatch", "duplicate", "zombie", "no_original", "content",
                 "broken_link", "dead_menu", "platform_blocked", "crawl_health", "site_unreachable")
FINDING_KIND_ZH = {
    "impostor": "仿冒账号", "unregistered": "未备案账号", "registry_mismatch": "备案信息不符", "duplicate": "重复账号",
    "zombie": "僵尸账号", "no_original": "无原创", "content": "内容问题", "broken_link": "链接失效",
    "dead_menu": "菜单失效", "platform_blocked": "平台拦截", "crawl_health": "爬取异常",
    "site_unreachable": "网站无法访问",
}
SWEEP_STATUSES = ("ok", "broken", "timeout", "soft_404", "redirect_loop", "blocked", "tls_error", "dns_error",
                  "js_error", "no_action")
VERIFIED_TYPES = ("government", "media", "enterprise", "personal", "other")

PLATFORMS = ("weibo", "wechat", "douyin", "kuaishou", "bilibili", "toutiao", "xiaohongshu", "website", "app",
             "miniprogram", "other")
PLATFORM_ZH = {
    "weibo": "新浪微博", "wechat": "微信公众号", "douyin": "抖音", "kuaishou": "快手", "bilibili": "哔哩哔哩",
    "toutiao": "今日头条", "xiaohongshu": "小红书", "website": "网站", "app": "移动客户端", "miniprogram": "小程序",
    "other": "其他",
}
# What a platform's accounts publish: short and long video (抖音, 快手, 哔哩哔哩) or pictures and text (微博 posts, 公众号
# and 头条号 articles, 小红书 notes). An account that re-posts (搬运) a government unit's output to look genuine can only
# take it from the unit's account of the same form; sites, apps and mini-programs publish neither.
PLATFORM_FORMS = {"douyin": "video", "kuaishou": "video", "bilibili": "video", "weibo": "text", "wechat": "text",
                  "toutiao": "text", "xiaohongshu": "text"}
PLATFORM_FORM_ZH = {"video": "视频", "text": "图文"}
_PLATFORM_ALIASES = {
    **{code: code for code in PLATFORMS},
    **{zh: code for code, zh in PLATFORM_ZH.items()},
    "微博": "weibo", "新浪": "weibo", "微信": "wechat", "公众号": "wechat", "b站": "bilibili", "bilibili": "bilibili",
    "头条号": "toutiao", "头条": "toutiao", "app": "app", "客户端": "app", "移动应用": "app", "政务网站": "website",
    "网站": "website", "小程序": "miniprogram", "微信小程序": "miniprogram",
}
STATUSES = ("active", "changed", "closed", "cancelled")
STATUS_ZH = {"active": "正常", "changed": "变更", "closed": "关停", "cancelled": "注销"}
_STATUS_ALIASES = {**{s: s for s in STATUSES}, **{zh: code for code, zh in STATUS_ZH.items()},
                   "canceled": "cancelled", "运行": "active", "在用": "active", "停用": "closed", "已注销": "cancelled",
                   "已关停": "closed"}
LIVE_STATUSES = ("active", "changed")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")


def platform_code(value: str) -> str | None:
    """``微博`` / ``新浪微博`` / ``Weibo`` → ``weibo``; None when unknown."""
    return _PLATFORM_ALIASES.get(_fold(value or ""))


def status_code(value: str) -> str | None:
    """``正常`` / ``active`` → ``active``; None when unknown."""
    return _STATUS_ALIASES.get(_fold(value or ""))


def account_key(platform: str, account_id: str) -> str:
    """The deterministic id of an account (and of the registry entry for it)."""
    return f"{platform}:{account_id}"


def stable_hash(*parts: object) -> str:
    """A short deterministic id from parts (used for findings, sweep results, alerts)."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:32]


def finding_key(finding: dict) -> str:
    """The dedup key of a finding: kind + platform + account_id + target (docs/ARCHITECTURE.md, issue "Alerts")."""
    target = finding.get("target") or {}
    target_key = (f"{target.get('platform', '')}:{target.get('account_id', '')}" if isinstance(target, dict)
                  else str(target))
    extra = finding.get("unit") if finding.get("kind") == "unregistered" else ""
    evidence = finding.get("evidence") or {}
    # Findings about a URL, a menu item, a post or a rule are keyed by what they are about, not only by the account.
    subject = "|".join(str(evidence.get(k) or "") for k in ("url", "post_id", "rule", "signal"))
    subject += "|" + ">".join(evidence.get("menu_path") or [])
    return stable_hash(finding.get("kind"), finding.get("platform"), finding.get("account_id"), target_key, extra,
                       subject)


def now_utc() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime | None) -> str | None:
    """ISO-8601 with offset; naive datetimes are taken as Asia/Shanghai (the platforms' local time)."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE))
    return dt.isoformat(timespec="seconds")


def parse_time(value: str | datetime | None, tz: str = DEFAULT_TIMEZONE) -> datetime | None:
    """Parse an ISO-8601 string (or pass a datetime through); naive times are in ``tz``."""
    if value is None or value == "":
        return None
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo(tz))
    return dt
