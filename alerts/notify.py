"""Notifications through Apprise only: immediate notices, one digest per run, resolved notices, reminders.

Who hears about what (``route_urls``): every URL in ``alerts.apprise_urls`` hears about every alert; each entry
of ``alerts.routes`` (``{urls=[…], kinds=[…], regions=[…], min_severity="high"}``, empty lists = any) adds its
URLs for the alerts it matches.

What is sent (``deliver``), per URL:

* immediate — a new or re-opened alert at or above ``alerts.immediate_min_severity``;
* digest — one per run (``alerts.send_digest``) listing that URL's new, re-opened and resolved alerts;
* resolved — an alert resolved automatically (``alerts.notify_resolved``) that the URL had been told about;
* reminder — an alert still ``new`` (unhandled) ``alerts.renotify_hours`` after the URL was last told about it.

Each notification has a deterministic id (what it is about + the URL), recorded in the ``notifications``
collection once Apprise reports success, so the same notification is never sent twice and a failed one is
retried at the next call.

Crawled text is hostile. Each URL gets a body in the format its Apprise plugin renders (``?format=`` on the
URL chooses among the formats a plugin supports): HTML is escaped, Markdown is neutralised (markup, links and
angle brackets become their full-width look-alikes), plain text loses control characters and line breaks.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import apprise

from alerts.lifecycle import IngestResult, stamp
from alerts.severity import SEVERITY_ZH, rank
from alerts.text import neutralise
from core.records import FINDING_KIND_ZH, PLATFORM_ZH, parse_time, stable_hash

log = logging.getLogger(__name__)

TEXT, MARKDOWN, HTML = apprise.NotifyFormat.TEXT, apprise.NotifyFormat.MARKDOWN, apprise.NotifyFormat.HTML
DIGEST_MAX_ITEMS = 30

# ---- hostile text ------------------------------------------------------------------------------------------
_MD_FULLWIDTH = str.maketrans({
    "\\": "＼", "`": "｀", "*": "＊", "_": "＿", "{": "｛", "}": "｝", "[": "［", "]": "］", "(": "（",
    ")": "）", "#": "＃", "+": "＋", "-": "－", "!": "！", "|": "｜", "~": "～", "<": "＜", ">": "＞",
    "&": "＆", "=": "＝", '"': "＂", "'": "＇",
})


def plain(text: object) -> str:
    """One line of crawled text: no control characters, no line breaks, no bidi overrides (``alerts.text``)."""
    return neutralise(text).strip()


def md(text: object) -> str:
    """Crawled text made inert in Markdown (DingTalk / WeCom / Feishu): markup becomes full-width."""
    return plain(text).translate(_MD_FULLWIDTH).replace("://", "：//").replace(".", "．")


def esc(text: object, fmt) -> str:
    if fmt == HTML:
        return html.escape(plain(text), quote=True)
    if fmt == MARKDOWN:
        return md(text)
    return plain(text)


# ---- messages ----------------------------------------------------------------------------------------------
@dataclass
class Message:
    kind: str  # immediate | digest | resolved | reminder
    title: str  # our own words only (no crawled text)
    intro: str  # our own words only
    alerts: list[dict] = field(default_factory=list)
    link: str = ""
    more: int = 0
    notify_type: str = apprise.NotifyType.INFO

    def render(self, fmt, base_url: str) -> str:
        lines = []
        if fmt == HTML:
            lines.append(f"<p>{html.escape(self.intro)}</p><ul>")
            for a in self.alerts:
                link = html.escape(alert_link(base_url, a["_id"]), quote=True)
                lines.append(f'<li>{_line(a, HTML)} <a href="{link}">查看</a></li>')
            lines.append("</ul>")
            if self.more:
                lines.append(f"<p>另有 {self.more} 条，请到审核界面查看。</p>")
            if self.link:
                lines.append(f'<p><a href="{html.escape(self.link, quote=True)}">打开审核界面</a></p>')
            return "\n".join(lines)
        if fmt == MARKDOWN:
            lines.append(f"**{self.intro}**\n")
            for a in self.alerts:
                lines.append(f"- {_line(a, MARKDOWN)} [查看]({alert_link(base_url, a['_id'])})")
            if self.more:
                lines.append(f"\n另有 {self.more} 条，请到审核界面查看。")
            if self.link:
                lines.append(f"\n[打开审核界面]({self.link})")
            return "\n".join(lines)
        lines.append(self.intro)
        for a in self.alerts:
            lines.append(f"· {_line(a, TEXT)} {alert_link(base_url, a['_id'])}")
        if self.more:
            lines.append(f"另有 {self.more} 条，请到审核界面查看。")
        if self.link:
            lines.append(f"审核界面：{self.link}")
        return "\n".join(lines)


def alert_link(base_url: str, alert_id: str) -> str:
    return f"{base_url.rstrip('/')}/alerts/{alert_id}"


def kind_label(alert: dict) -> str:
    """The alert's kind in our own words (for titles, which are never escaped): never text from the record."""
    return FINDING_KIND_ZH.get(alert.get("kind"), "其他问题")


def _line(alert: dict, fmt) -> str:
    """One alert as one line of a body; every part escaped for ``fmt`` (stored fields may hold anything)."""
    sev = SEVERITY_ZH.get(alert.get("severity"), "")
    kind = FINDING_KIND_ZH.get(alert.get("kind")) or alert.get("kind_zh") or alert.get("kind")
    platform = PLATFORM_ZH.get(alert.get("platform")) or alert.get("platform_zh") or alert.get("platform")
    parts = [f"【{esc(sev, fmt)}】{esc(kind, fmt)}", esc(platform, fmt), esc(alert.get("name"), fmt)]
    if alert.get("target_name"):
        parts.append("疑仿冒 " + esc(alert.get("target_name"), fmt))
    if alert.get("region"):
        parts.append(esc(alert.get("region"), fmt))
    return " · ".join(p for p in parts if p)


# ---- routing -----------------------------------------------------------------------------------------------
def url_id(url: str) -> str:
    return stable_hash("apprise-url", url)[:16]


def route_urls(alert: dict, cfg) -> list[str]:
    """The Apprise URLs that should hear about ``alert`` (order kept, no duplicates)."""
    urls = list(cfg["alerts.apprise_urls"])
    for route in cfg["alerts.routes"]:
        if not isinstance(route, dict):
            continue
        kinds, regions = route.get("kinds") or [], route.get("regions") or []
        if kinds and alert.get("kind") not in kinds:
            continue
        if regions and not any(r and r in (alert.get("region") or "") for r in regions):
            continue
        if rank(alert.get("severity")) < rank(route.get("min_severity") or "low"):
            continue
        urls.extend(route.get("urls") or [])
    seen: set[str] = set()
    return [u for u in urls if u and not (u in seen or seen.add(u))]


def all_urls(cfg) -> list[str]:
    urls = list(cfg["alerts.apprise_urls"])
    for route in cfg["alerts.routes"]:
        if isinstance(route, dict):
            urls.extend(route.get("urls") or [])
    seen: set[str] = set()
    return [u for u in urls if u and not (u in seen or seen.add(u))]


# ---- sending -----------------------------------------------------------------------------------------------
class Sender:
    """Sends one message to one URL through Apprise, rendered in the format the URL's plugin takes."""

    def __init__(self, cfg):
        self.cfg = cfg
        self.base_url = cfg["general.base_url"]

    def send(self, url: str, message: Message) -> tuple[bool, str]:
        plugin = apprise.Apprise.instantiate(url)
        if plugin is None:
            return False, "无法识别的 Apprise 地址"
        fmt = plugin.resolve_format(None)
        ap = apprise.Apprise()
        ap.add(plugin)
        ok = ap.notify(body=message.render(fmt, self.base_url), title=message.title, body_format=fmt,
                       notify_type=message.notify_type)
        redacted = plugin.url(privacy=True)
        return bool(ok), redacted


@dataclass
class DeliveryReport:
    sent: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    skipped: int = 0  # already sent before


class Notifier:
    def __init__(self, store, cfg, sender: Sender | None = None):
        self.store, self.cfg = store, cfg
        self.sender = sender or Sender(cfg)
        self.report = DeliveryReport()

    def _send_once(self, notification_id: str, url: str, message: Message, *, at: str, alert_ids: list[str],
                   run_id: str | None = None) -> bool:
        if self.store.get("notifications", notification_id) is not None:
            self.report.skipped += 1
            return False
        try:
            ok, redacted = self.sender.send(url, message)
        except Exception as exc:  # noqa: BLE001 - a broken channel must not stop the others
            ok, redacted = False, f"发送异常：{type(exc).__name__}"
        record = {"_id": notification_id, "kind": message.kind, "channel": url_id(url), "url": redacted,
                  "alert_id": alert_ids[0] if len(alert_ids) == 1 else None, "alert_ids": alert_ids,
                  "run_id": run_id, "sent_at": at, "title": message.title}
        if ok:
            self.store.upsert("notifications", [record])
            self.report.sent.append(record)
        else:
            log.warning("通知发送失败（%s）：%s", redacted, message.title)
            self.report.failed.append(record)
        return ok

    def immediate(self, alerts: Iterable[dict], at: str) -> None:
        threshold = rank(self.cfg["alerts.immediate_min_severity"])
        for a in alerts:
            if rank(a.get("severity")) < threshold or a.get("state") != "new":
                continue
            reopened = int(a.get("reopen_count") or 0) > 0
            msg = Message("immediate", f"【政务新媒体监测】{'告警重新出现' if reopened else '新告警'}："
                                       f"{kind_label(a)}（{SEVERITY_ZH.get(a.get('severity'), '')}）",
                          "发现需要尽快处理的问题：" if not reopened else "此前已处理的问题再次出现：",
                          [a], link=alert_link(self.cfg["general.base_url"], a["_id"]),
                          notify_type=apprise.NotifyType.WARNING)
            for url in route_urls(a, self.cfg):
                nid = stable_hash("immediate", a["_id"], a.get("reopen_count") or 0, url_id(url))
                self._send_once(nid, url, msg, at=at, alert_ids=[a["_id"]])

    def resolved(self, alerts: Iterable[dict], at: str) -> None:
        for a in alerts:
            msg = Message("resolved", f"【政务新媒体监测】告警已解决：{kind_label(a)}",
                          "以下问题已连续多次运行未再出现，已自动置为“已解决”：", [a],
                          link=alert_link(self.cfg["general.base_url"], a["_id"]),
                          notify_type=apprise.NotifyType.SUCCESS)
            for url in route_urls(a, self.cfg):
                told = self.store.count("notifications", {"alert_id": a["_id"], "channel": url_id(url)})
                if not told:
                    continue  # never told about it: no need to say it is over
                nid = stable_hash("resolved", a["_id"], a.get("resolved_at"), url_id(url))
                self._send_once(nid, url, msg, at=at, alert_ids=[a["_id"]])

    def digest(self, result: IngestResult, alerts: dict[str, dict], at: str) -> None:
        base = self.cfg["general.base_url"]
        for url in all_urls(self.cfg):
            mine = {k: [alerts[i] for i in getattr(result, k) if i in alerts and url in route_urls(alerts[i], self.cfg)]
                    for k in ("created", "reopened", "resolved")}
            items = sorted(mine["created"] + mine["reopened"], key=lambda a: -rank(a.get("severity")))
            items += mine["resolved"]
            intro = (f"本次运行（{result.run_id}）：新增 {len(mine['created'])} 条，重新出现 {len(mine['reopened'])} 条，"
                     f"自动解决 {len(mine['resolved'])} 条；当前未处理 {self._open_count()} 条。")
            msg = Message("digest", f"【政务新媒体监测】运行汇总 {at[:10]}", intro, items[:DIGEST_MAX_ITEMS],
                          link=f"{base.rstrip('/')}/alerts?state=new", more=max(0, len(items) - DIGEST_MAX_ITEMS))
            nid = stable_hash("digest", result.run_id, url_id(url))
            self._send_once(nid, url, msg, at=at, alert_ids=[i["_id"] for i in items][:200], run_id=result.run_id)

    def _open_count(self) -> int:
        return self.store.count("alerts", {"state": "new"})

    def reminders(self, now: datetime, at: str) -> None:
        hours = self.cfg["alerts.renotify_hours"]
        if not hours:
            return
        threshold = rank(self.cfg["alerts.immediate_min_severity"])
        for a in list(self.store.scan("alerts", {"state": "new"})):
            if rank(a.get("severity")) < threshold:
                continue
            for url in route_urls(a, self.cfg):
                last = next(iter(self.store.scan("notifications", {"alert_id": a["_id"], "channel": url_id(url)},
                                                 sort=[("sent_at", "desc")], limit=1)), None)
                if last is None or now - parse_time(last["sent_at"]) < timedelta(hours=hours):
                    continue
                msg = Message("reminder", f"【政务新媒体监测】告警仍未处理：{kind_label(a)}",
                              f"以下告警已超过 {hours} 小时未处理：", [a],
                              link=alert_link(self.cfg["general.base_url"], a["_id"]),
                              notify_type=apprise.NotifyType.WARNING)
                nid = stable_hash("reminder", a["_id"], url_id(url), last["sent_at"])
                self._send_once(nid, url, msg, at=at, alert_ids=[a["_id"]])


def deliver(store, result: IngestResult | None, cfg, now: datetime | None = None) -> DeliveryReport:
    """Send what ``result`` (one run's ingest) calls for, then due reminders. Safe to call again."""
    notifier = Notifier(store, cfg)
    if not all_urls(cfg):
        return notifier.report
    at = stamp(now, cfg)
    now_dt = parse_time(at)
    if result is not None:
        ids = set(result.created) | set(result.reopened) | set(result.resolved)
        alerts = store.get_many("alerts", sorted(ids))
        notifier.immediate([alerts[i] for i in result.created + result.reopened if i in alerts], at)
        if cfg["alerts.notify_resolved"]:
            notifier.resolved([alerts[i] for i in result.resolved if i in alerts], at)
        if cfg["alerts.send_digest"]:
            notifier.digest(result, alerts, at)
    notifier.reminders(now_dt, at)
    store.refresh()
    return notifier.report
