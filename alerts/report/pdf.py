"""PDF export of an inspection report: the self-contained HTML page printed by headless Chromium.

Printing the same page that is published keeps one layout for screen and paper; Chinese renders with the CJK
fonts the set-up installs. Needs a browser (system Chromium or ``playwright install chromium``).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from alerts.report.html import render_html
from alerts.report.inspection import InspectionReport
from core.settings import defaults


class PdfUnavailable(RuntimeError):
    pass


async def _print(html: str, path: Path, launch: dict, landscape: bool = True) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(**launch)
        try:
            page = await browser.new_page()
            # The page is self-contained (inline CSS, charts as data URIs): block any request it might still make.
            await page.route("**/*", lambda route: route.abort())
            await page.set_content(html, wait_until="load")
            await page.pdf(path=str(path), format="A4", landscape=landscape, print_background=True,
                           margin={"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"},
                           display_header_footer=True, header_template="<span></span>",
                           footer_template='<div style="font-size:8px;width:100%;text-align:center">'
                                           '<span class="pageNumber"></span> / <span class="totalPages"></span></div>')
        finally:
            await browser.close()


def write_pdf(report: InspectionReport, path: str | Path, cfg=None) -> Path:
    return html_to_pdf(render_html(report), path, cfg)


def require_chromium(cfg=None) -> None:
    """Raise ``PdfUnavailable`` (Chinese message) when no Chromium can print."""
    from core.browser import find_executable

    if not find_executable((cfg or defaults())["browser.executable_path"]):
        raise PdfUnavailable("没有找到 Chromium，无法生成 PDF（请安装系统 chromium 或运行 playwright install chromium）")


def html_to_pdf(html: str, path: str | Path, cfg=None, *, landscape: bool = True) -> Path:
    """Print a self-contained HTML page (no external requests are let through) to ``path``."""
    from core.browser import launch_options

    require_chromium(cfg)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    asyncio.run(_print(html, path, launch_options(cfg), landscape))
    return path
