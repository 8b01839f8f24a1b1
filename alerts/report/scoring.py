"""Inspection indicators (检查指标): which findings hit which indicator, vetoes, capped deductions, the pass line.

Every indicator names its source in the provincial documents, or says it is a local setting (本地设定):

- 鲁办便函〔2021〕226号 — 山东省人民政府办公厅《关于进一步规范政府系统政务新媒体建设管理工作的意见》;
- 粤办函〔2019〕90号 — 《广东省推进政务新媒体健康有序发展的实施意见》.

Neither document gives point values or a pass line: the deductions (``report.deductions``: points per problem
and a cap, the indicator's weight) and the pass line (``report.pass_score``) are local settings. The veto list
(``report.vetoes``) is the State Council's half-year inspection list quoted in 粤办函〔2019〕90号 §四（四）, plus
the local items marked so. docs/SCORING.md is the same table in prose; a test keeps the two in step.

A finding maps to at most one indicator (``classify``); impostors, unregistered accounts and monitoring notes
(platform blocked, crawl health) are not indicators of the account they concern. An indicator's role is one of
``veto`` (the account fails whatever its score), ``deduction`` (``points`` per finding, at most ``cap``) or
``listed`` (shown, not scored: e.g. no original posts where the province has no such rule).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SD = "鲁办便函〔2021〕226号"
GD = "粤办函〔2019〕90号"
LOCAL = "本地设定"
SWEPT_PLATFORMS = ("website", "app", "miniprogram")


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str  # as printed in the report
    source: str  # document and section, or 本地设定 with what it follows
    detected_by: str  # which findings feed it (Chinese)
    automated: bool = True  # False: no detector; only the manual re-check can hit it


INDICATORS: tuple[Indicator, ...] = (
    Indicator("not_updated", "超过 2 周未更新", f"{GD} §四（四）（国务院办公厅抽查单项否决）；天数见 detect.zombie_days",
              "僵尸账号（zombie）"),
    Indicator("improper_content", "发布不当内容（错敏字、严重表述错误）",
              f"{GD} §四（四）；{SD} §二（二）“坚决杜绝文字表述错误”",
              "内容问题中 report.improper_content_categories 所列类别（默认 sensitive：错敏字）"),
    Indicator("app_unusable", "移动客户端、小程序无法下载使用",
              f"{GD} §四（四）“APP无法下载使用”（小程序比照，{LOCAL}）",
              "APP、小程序的备案网址（下载页）在巡检中经复查确认无法打开"),
    Indicator("site_unreachable", "网站无法访问",
              f"{LOCAL}（比照 {GD} §四（四）“APP无法下载使用”；判定规则见 probe.*）",
              "首页可用性探测：一周内每天探测不少于 probe.min_per_day 次，失败比例达到 probe.unreachable_share"),
    Indicator("no_interaction", "未提供有效互动", f"{GD} §四（四）", "无自动检测：由人工复核判定", automated=False),
    Indicator("forced_likes", "强制要求点赞", f"{GD} §四（四）", "无自动检测：由人工复核判定", automated=False),
    Indicator("closure_unfinished", "已报关停但仍在运行（关停未完成）",
              f"{GD} §四（二）（关停＝停止更新并在平台作出说明）；{SD} §一（三）（四）；列为单项否决为{LOCAL}",
              "备案信息不符中 closed_but_live（备案为关停/注销，平台上仍存在或仍在发文）"),
    Indicator("account_gone", "账号已不存在（已删除或被封禁），备案仍为在用",
              f"{SD} §一（三）、{GD} §四（二）（注销后应备案）；列为单项否决为{LOCAL}（平台上已无法访问，比照“2周未更新”）",
              "备案信息不符中 gone（备案为正常或变更，平台答复账号不存在）"),
    Indicator("no_original", "2 周内无原创",
              f"{SD} §二（四）“原则上各类政务新媒体每2周至少发布1条原创信息”（{GD}无此规定）；天数见 detect.no_original_days",
              "无原创（no_original）"),
    Indicator("service_broken", "功能无法使用（链接、菜单失效）",
              f"{GD} §三（二）“功能无法使用”；{SD} §三（一）“对有关菜单、链接等进行点击，检查服务可用性”",
              "链接失效（broken_link）、菜单失效（dead_menu），网站首页本身除外（由可用性探测判定）"),
    Indicator("advertising", "刊登商业广告", f"{SD} §二（二）；{GD} §三（五）“不得刊登商业广告或链接商业广告页面”",
              "内容问题 advertising"),
    Indicator("entertainment", "过度娱乐化（不分场景“卖萌”“卖惨”）", f"{SD} §二（二）", "内容问题 entertainment"),
    Indicator("repost_source", "转载未注明来源", f"{SD} §二（一）“转载时必须注明来源”；{GD} §三（五）",
              "内容问题 repost_source"),
    Indicator("content_other", "其他内容问题", f"{SD} §二（二）；{GD} §三（五）", "其他类别的内容问题"),
    Indicator("registry", "备案信息不符或未及时报备", f"{SD} §一（二）（三）；{GD} §四（二）",
              "备案信息不符（registry_mismatch：名称、头像、认证单位与平台不符）"),
    Indicator("duplicate", "同一单位同一平台重复开设",
              f"{GD} §三（二）“一个单位原则上在同一平台只开设一个政务新媒体账号”；{SD} §一（四）", "重复账号（duplicate）"),
)
BY_ID = {i.id: i for i in INDICATORS}

CONTENT_CATEGORY_INDICATOR = {"advertising": "advertising", "entertainment": "entertainment",
                              "repost_source": "repost_source"}
ROLE_ZH = {"veto": "单项否决", "deduction": "扣分", "listed": "只列出，不计分"}


def is_start_page(finding: dict) -> bool:
    """A sweep finding about the registered URL itself (no page it was found on)."""
    return not (finding.get("evidence") or {}).get("found_on")


def classify(finding: dict, platform: str, improper_categories) -> str | None:
    """The indicator a finding about a registered account of ``platform`` hits, or None."""
    kind = finding.get("kind")
    evidence = finding.get("evidence") or {}
    if kind == "zombie":
        return "not_updated"
    if kind == "no_original":
        return "no_original"
    if kind == "content":
        if evidence.get("review"):
            return None  # a model's opinion awaits a reviewer (detectors/content.py: review band), it scores nothing
        category = evidence.get("category")
        if category in improper_categories:
            return "improper_content"
        return CONTENT_CATEGORY_INDICATOR.get(category, "content_other")
    if kind == "site_unreachable":
        return "site_unreachable" if platform == "website" else "app_unusable"
    if kind in ("broken_link", "dead_menu"):
        if kind == "broken_link" and is_start_page(finding):
            if platform in ("app", "miniprogram"):
                return "app_unusable"
            if platform == "website":
                return None  # the start page of a site: availability is judged by the probes, the sweep is void
        return "service_broken"
    if kind == "registry_mismatch":
        return {"closed_but_live": "closure_unfinished", "gone": "account_gone"}.get(evidence.get("rule"), "registry")
    if kind == "duplicate":
        return "duplicate"
    return None


@dataclass(frozen=True)
class Rules:
    """The scoring rules in effect (from the settings; see docs/SCORING.md)."""

    vetoes: tuple[str, ...]
    deductions: dict[str, tuple[int, int]]  # indicator -> (points per finding, cap)
    pass_score: int
    original_rule: bool
    improper_categories: tuple[str, ...]

    @classmethod
    def from_cfg(cls, cfg) -> Rules:
        return cls(tuple(cfg["report.vetoes"]),
                   {k: (int(v["points"]), int(v["cap"])) for k, v in cfg["report.deductions"].items()},
                   int(cfg["report.pass_score"]), bool(cfg["report.original_rule"]),
                   tuple(cfg["report.improper_content_categories"]))

    def role(self, indicator: str) -> str:
        if indicator == "no_original" and not self.original_rule:
            return "listed"
        if indicator in self.vetoes:
            return "veto"
        return "deduction" if indicator in self.deductions else "listed"

    def describe(self, indicator: str) -> str:
        """The role in words: 单项否决 / 每项扣 5 分，最多扣 20 分 / 只列出，不计分."""
        role = self.role(indicator)
        if role == "deduction":
            points, cap = self.deductions[indicator]
            return f"扣分：每项 {points} 分，最多 {cap} 分"
        return ROLE_ZH[role]


@dataclass
class Hit:
    """One indicator hit by an account's findings, and what it costs."""

    indicator: Indicator
    role: str
    findings: list[dict] = field(default_factory=list)
    points: int = 0  # deducted, after the cap
    uncapped: int = 0  # points × findings, before the cap
    cap: int | None = None

    @property
    def capped(self) -> bool:
        return self.uncapped > self.points

    @property
    def label(self) -> str:
        n = len(self.findings)
        if self.role == "veto":
            return f"{self.indicator.name}（单项否决）" + (f"×{n}" if n > 1 else "")
        if self.role == "deduction":
            text = f"{self.indicator.name} {n} 项，-{self.points}"
            return text + (f"（已达上限 {self.cap} 分）" if self.capped else "")
        return f"{self.indicator.name} {n} 项（不计分）"


def score_hits(found: dict[str, list[dict]], rules: Rules) -> list[Hit]:
    """Hits in catalogue order, with capped deductions."""
    hits = []
    for indicator in INDICATORS:
        findings = found.get(indicator.id)
        if not findings:
            continue
        hit = Hit(indicator, rules.role(indicator.id), list(findings))
        if hit.role == "deduction":
            points, cap = rules.deductions[indicator.id]
            hit.uncapped, hit.cap = points * len(findings), cap
            hit.points = min(cap, hit.uncapped)
        hits.append(hit)
    return hits
