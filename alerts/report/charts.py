"""Charts for reports (matplotlib, Agg backend, Noto CJK fonts so Chinese labels render)."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib import font_manager

_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "SimHei",
                 "Microsoft YaHei", "PingFang SC")


def _cjk_font() -> list[str]:
    available = {f.name for f in font_manager.fontManager.ttflist}
    return [name for name in _CJK_FAMILIES if name in available] or ["DejaVu Sans"]


def bar_chart(title: str, labels: list[str], series: dict[str, list[float]]) -> bytes:
    """A grouped bar chart as PNG bytes; ``series`` maps legend label → values aligned with ``labels``."""
    plt.rcParams["font.sans-serif"] = _cjk_font()
    plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["axes.unicode_minus"] = False
    width = max(6.0, min(16.0, 0.6 * len(labels) * max(1, len(series)) + 2))
    fig, ax = plt.subplots(figsize=(width, 3.6), dpi=110)
    try:
        n = max(1, len(series))
        bar = 0.8 / n
        for i, (name, values) in enumerate(series.items()):
            xs = [x + (i - (n - 1) / 2) * bar for x in range(len(labels))]
            ax.bar(xs, values, width=bar, label=name)
        ax.set_xticks(range(len(labels)))
        ax.set_xticklabels(labels, rotation=30 if len(labels) > 6 else 0, ha="right" if len(labels) > 6 else "center")
        ax.set_title(title)
        ax.yaxis.get_major_locator().set_params(integer=True)
        if len(series) > 1:
            ax.legend(fontsize=8)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        return buf.getvalue()
    finally:
        plt.close(fig)
