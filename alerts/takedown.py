"""Takedown packages: the complaint material a platform's impersonation channel asks for, for impostor alerts.

For each platform among the alerts, one document (DOCX and PDF, in Chinese) with, per impostor:

* the official unit and its filing record (the registry entry: unit, competent unit, region, filing date,
  official name, account id and home page);
* the impostor's account id, home page and name;
* both names side by side with the differing characters marked, and the avatar hash distance;
* both avatars and the screenshots the evidence pack holds;
* capture times and the SHA-256 of the evidence pack (``alerts.evidence.build_pack``, written beside it).

Crawled text (names, descriptions) is neutralised (``alerts.text.neutralise``: no bidi overrides, invisible or
control characters) before it goes anywhere, escaped by Jinja2 in the HTML the PDF is printed from, and written as
plain text runs in the DOCX. File names are built from the platform code and hashes of alert ids, never from
crawled text.

``file_takedown`` also moves each alert to ``takedown_requested`` (through ``lifecycle.set_state``, which records
who filed it and when); a ``new`` alert is confirmed first, in the same call, so the history shows both steps.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from alerts.evidence import build_pack
from alerts.files import gather
from alerts.lifecycle import STATE_ZH, IllegalTransition, set_state, stamp
from alerts.text import neutralise
from core.records import PLATFORM_ZH, PLATFORMS, stable_hash

FILED_STATE = "takedown_requested"
# States from which filing is allowed (a "new" alert is confirmed on the way) or repeated (documents re-made).
FILEABLE_STATES = ("new", "confirmed", FILED_STATE)
MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pdf": "application/pdf",
        "zip": "application/zip"}
_GENERATED = re.compile(r"(takedown-[a-z]+-[0-9a-f]{16}\.(docx|pdf)|evidence-[0-9a-f]{16}\.zip)")


def takedown_dir(cfg) -> Path:
    """Where takedown material goes: ``alerts.takedown_dir``, or ``takedowns`` in the data directory when empty."""
    configured = cfg["alerts.takedown_dir"]
    return (cfg.path("alerts.takedown_dir") if configured else cfg.data_dir / "takedowns").resolve()


def is_generated_name(name: str) -> bool:
    """True for the file names this module makes (the web UI serves nothing else from the takedown folder)."""
    return bool(_GENERATED.fullmatch(name))


class TakedownError(ValueError):
    """An alert that cannot be filed (not an impostor, or in a closed state); the message is Chinese."""


@dataclass
class Case:
    """One impostor alert as it appears in the complaint."""

    alert_id: str
    platform: str
    official_rows: list[tuple[str, str]]
    impostor_rows: list[tuple[str, str]]
    official_name: str
    suspect_name: str
    diff: list[tuple[str, str, str]]  # (op, official part, suspect part) with op "equal" / "replace" / …
    diff_text: str
    avatar_distance: int | None
    times: list[tuple[str, str]]
    images: list[tuple[str, bytes]] = field(default_factory=list)  # (caption, PNG/JPEG bytes)
    pack_name: str = ""
    pack_sha256: str = ""
    pack_bytes: bytes = b""


@dataclass
class Document:
    platform: str
    title: str
    generated_at: str
    filed_by: str
    cases: list[Case]
    stem: str  # file name without extension (platform code + hash of the alert ids)


def _t(value) -> str:
    return neutralise(value).strip() if value not in (None, "") else ""


def _safe_id(alert_id: str) -> str:
    """The alert id if it is the hex hash the lifecycle makes, otherwise a hash of it (never a path piece)."""
    text = str(alert_id)
    return text[:16] if re.fullmatch(r"[0-9a-f]{16,64}", text) else stable_hash("alert", text)[:16]


def _platform_code(platform) -> str:
    return platform if platform in PLATFORMS else "other"


def name_diff_parts(official: str, suspect: str) -> list[tuple[str, str, str]]:
    return [(op, official[i1:i2], suspect[j1:j2]) for op, i1, i2, j1, j2 in
            difflib.SequenceMatcher(None, official, suspect, autojunk=False).get_opcodes()]


def describe_diff(parts: list[tuple[str, str, str]]) -> str:
    """The differing characters in words: 多出“官方”、把“发”换成“癹”…"""
    said = []
    for op, a, b in parts:
        if op == "insert":
            said.append(f"多出“{b}”")
        elif op == "delete":
            said.append(f"少了“{a}”")
        elif op == "replace":
            said.append(f"把“{a}”换成“{b}”")
    return "、".join(said) if said else "名称完全相同"


def _image_bytes(path: Path) -> bytes | None:
    """PNG bytes of a verified image (DOCX and the PDF page both take PNG; WebP and others are converted)."""
    try:
        from PIL import Image

        with Image.open(path) as im:
            im.load()
            buf = io.BytesIO()
            im.convert("RGBA" if im.mode in ("RGBA", "LA", "P") else "RGB").save(buf, "PNG")
            return buf.getvalue()
    except Exception:  # noqa: BLE001 - PIL raises many types for corrupt files: the image is left out
        return None


def _case(store, alert: dict, cfg, user: str, now: datetime | None) -> Case:
    ev = gather(store, alert, cfg)
    official = ev.official
    suspect = ev.suspect
    target = alert.get("target") if isinstance(alert.get("target"), dict) else {}
    official_name = _t(official.get("name") or alert.get("target_name") or target.get("name"))
    suspect_name = _t(suspect.get("name") or alert.get("name"))
    parts = name_diff_parts(official_name, suspect_name)
    platform = alert.get("platform") or ""
    official_rows = [
        ("开办单位", _t(official.get("unit") or alert.get("unit"))),
        ("主管单位", _t(official.get("competent_unit"))),
        ("地区", _t(official.get("region") or alert.get("region"))),
        ("官方账号名称", official_name),
        ("官方账号ID", _t(official.get("account_id") or target.get("account_id"))),
        ("官方主页", _t(official.get("url") or ev.official_account.get("url"))),
        ("备案状态", _t(official.get("status"))),
        ("备案日期", _t(official.get("filed_at"))),
        ("备案来源", _t(f"{official.get('source_file')} 第 {official.get('source_row')} 行"
                     if official.get("source_file") else "")),
    ]
    impostor_rows = [
        ("平台", PLATFORM_ZH.get(platform, _t(platform))),
        ("仿冒账号名称", suspect_name),
        ("仿冒账号ID", _t(alert.get("account_id"))),
        ("仿冒账号主页", _t(suspect.get("url") or alert.get("url"))),
        ("认证信息", _t(suspect.get("verified_reason"))),
        ("简介", _t(suspect.get("description"))),
        ("粉丝数", _t(suspect.get("followers"))),
        ("判定理由", _t("；".join(str(r) for r in alert.get("reasons") or []))),
    ]
    times = [
        ("仿冒账号抓取时间", _t(suspect.get("crawled_at"))),
        ("官方账号抓取时间", _t(ev.official_account.get("crawled_at"))),
        ("首次发现", _t(alert.get("first_seen"))),
        ("最近一次发现", _t(alert.get("last_seen"))),
    ]
    images = []
    for slot, caption in (("official_avatar", "官方账号头像"), ("suspect_avatar", "仿冒账号头像")):
        data = _image_bytes(ev.files[slot]) if slot in ev.files else None
        if data:
            images.append((caption, data))
    for n, slot in enumerate(ev.screenshots, 1):
        data = _image_bytes(ev.files[slot])
        if data:
            images.append((f"截图 {n}", data))
    pack = build_pack(store, [alert], cfg, user=user, now=now)
    sid = _safe_id(alert["_id"])
    return Case(alert_id=alert["_id"], platform=platform, official_rows=[r for r in official_rows if r[1]],
                impostor_rows=[r for r in impostor_rows if r[1]], official_name=official_name,
                suspect_name=suspect_name, diff=parts, diff_text=describe_diff(parts),
                avatar_distance=ev.avatar_distance, times=[r for r in times if r[1]], images=images,
                pack_name=f"evidence-{sid}.zip", pack_sha256=hashlib.sha256(pack).hexdigest(), pack_bytes=pack)


def check_fileable(alert: dict) -> None:
    if alert.get("kind") != "impostor":
        raise TakedownError(f"告警 {alert['_id'][:12]} 不是仿冒账号告警，不能生成下线申请材料")
    if alert.get("state") not in FILEABLE_STATES:
        raise TakedownError(f"告警 {alert['_id'][:12]} 当前状态为“{STATE_ZH.get(alert.get('state'), '')}”，"
                            "不能申请下线（只有待审核、已确认或已申请下线的告警可以）")


def build_documents(store, alerts: list[dict], cfg, *, user: str, now: datetime | None = None) -> list[Document]:
    """One document per platform among ``alerts`` (all impostor alerts in a fileable state)."""
    for alert in alerts:
        check_fileable(alert)
    at = stamp(now, cfg)
    by_platform: dict[str, list[dict]] = {}
    for alert in alerts:
        by_platform.setdefault(_platform_code(alert.get("platform")), []).append(alert)
    docs = []
    for code, group in sorted(by_platform.items()):
        ids = sorted(a["_id"] for a in group)
        docs.append(Document(
            platform=code, title=f"关于{PLATFORM_ZH.get(code, '该平台')}仿冒政务新媒体账号的投诉材料",
            generated_at=at, filed_by=_t(user), cases=[_case(store, a, cfg, user, now) for a in group],
            stem=f"takedown-{code}-{stable_hash('takedown', *ids)[:16]}"))
    return docs


# --- DOCX ---------------------------------------------------------------------------------------------------

def _docx_table(doc, rows: list[tuple[str, str]]) -> None:
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value


def _docx_intro(d: Document) -> str:
    return (f"我方监测发现，下列{PLATFORM_ZH.get(d.platform, '')}账号冒用政务新媒体账号的名称和头像，"
            "可能误导公众。现提交官方账号的备案信息和仿冒证据，请依照平台的仿冒投诉规则予以处理（下线或更名）。")


def write_docx(d: Document, path: Path) -> Path:
    from docx import Document as Docx
    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml.ns import qn
    from docx.shared import Cm

    doc = Docx()
    normal = doc.styles["Normal"]
    normal.font.name = "SimSun"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    doc.add_heading(d.title, level=1)
    doc.add_paragraph(f"生成时间：{d.generated_at}　申请人：{d.filed_by}")
    doc.add_paragraph(_docx_intro(d))
    for n, case in enumerate(d.cases, 1):
        doc.add_heading(f"{n}. 仿冒账号“{case.suspect_name}”", level=2)
        doc.add_heading("官方账号与备案信息", level=3)
        _docx_table(doc, case.official_rows)
        doc.add_heading("仿冒账号", level=3)
        _docx_table(doc, case.impostor_rows)
        doc.add_heading("名称对比（标出不同的字）", level=3)
        for label, side in (("官方名称：", 1), ("仿冒名称：", 2)):
            para = doc.add_paragraph(label)
            for part in case.diff:
                text = part[side]
                if not text:
                    continue
                run = para.add_run(text)
                if part[0] != "equal":
                    run.bold = True
                    run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        doc.add_paragraph(f"不同之处：{case.diff_text}")
        doc.add_paragraph("头像相似度（感知哈希距离，0 为相同，64 位中不同的位数）："
                          + (str(case.avatar_distance) if case.avatar_distance is not None else "无法计算（缺少头像）"))
        if case.images:
            doc.add_heading("头像与截图", level=3)
            for caption, data in case.images:
                doc.add_paragraph(caption)
                width = Cm(4) if "头像" in caption else Cm(15)
                doc.add_picture(io.BytesIO(data), width=width)
        doc.add_heading("抓取时间与证据包", level=3)
        _docx_table(doc, case.times + [("证据包文件", case.pack_name), ("证据包 SHA-256", case.pack_sha256),
                                       ("告警编号", case.alert_id)])
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


# --- HTML (printed to PDF) ----------------------------------------------------------------------------------

_ENV = Environment(loader=FileSystemLoader(Path(__file__).with_name("report") / "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True))
_ENV.filters["b64"] = lambda data: base64.b64encode(data).decode("ascii")
_HTML = _ENV.get_template("takedown.html")


def render_html(d: Document) -> str:
    return _HTML.render(d=d, intro=_docx_intro(d))


def write_pdf(d: Document, path: Path, cfg) -> Path:
    from alerts.report.pdf import html_to_pdf

    return html_to_pdf(render_html(d), path, cfg, landscape=False)


# --- filing -------------------------------------------------------------------------------------------------

@dataclass
class Filed:
    files: list[Path]
    moved: list[str]  # alert ids moved to takedown_requested by this call


def file_takedown(store, alerts: list[dict], cfg, out_dir: Path, *, user: str, note: str = "",
                  now: datetime | None = None, pdf: bool = True) -> Filed:
    """Write the documents (DOCX, PDF) and evidence packs into ``out_dir``, then move the alerts to
    ``takedown_requested``. Nothing is written and no state changes when an alert cannot be filed or (with
    ``pdf``) Chromium is missing."""
    from alerts.report.pdf import require_chromium

    docs = build_documents(store, alerts, cfg, user=user, now=now)
    if pdf:
        require_chromium(cfg)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for d in docs:
        files.append(write_docx(d, out_dir / f"{d.stem}.docx"))
        if pdf:
            files.append(write_pdf(d, out_dir / f"{d.stem}.pdf", cfg))
        for case in d.cases:
            pack_path = out_dir / case.pack_name
            pack_path.write_bytes(case.pack_bytes)
            files.append(pack_path)
    moved = []
    filed_note = note or "已生成下线申请材料并提交平台仿冒投诉渠道"
    names = {d.platform: [f.name for f in files if f.name.startswith(d.stem)] for d in docs}
    for d in docs:
        for case in d.cases:
            state = (store.get("alerts", case.alert_id) or {}).get("state")
            changes = {"takedown_files": names[d.platform] + [case.pack_name],
                       "takedown_pack_sha256": case.pack_sha256}
            if state != FILED_STATE:
                try:
                    if state == "new":
                        set_state(store, case.alert_id, "confirmed", user=user, note="申请下线时确认", now=now,
                                  cfg=cfg)
                    set_state(store, case.alert_id, FILED_STATE, user=user, note=filed_note, now=now, cfg=cfg)
                except IllegalTransition as exc:  # changed by someone else meanwhile
                    raise TakedownError(str(exc)) from None
                changes.update(takedown_filed_at=stamp(now, cfg), takedown_filed_by=user)
                moved.append(case.alert_id)
            store.update("alerts", case.alert_id, changes)
    store.refresh()
    return Filed(files=files, moved=moved)
