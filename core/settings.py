"""Every govwatch setting, its default and what it means — the one place they are defined.

Settings come, later ones winning, from:

1. the defaults below;
2. a TOML file (``--config FILE``, else ``$GOVWATCH_CONFIG``, else ``./govwatch.toml`` when it exists),
   whose tables map to the dotted keys (``[store]`` / ``backend = "sqlite"`` is ``store.backend``);
3. environment variables ``GOVWATCH_<KEY>`` with dots written as ``__`` (``GOVWATCH_STORE__BACKEND``).
   Lists and tables are given in the environment as JSON.

Values are validated when loaded; an error names the key and where the bad value came from.
``govwatch config show`` prints the effective configuration, ``govwatch config doc`` this list.

Province profiles: ``report.province`` (``shandong`` | ``guangdong``) selects the defaults of the settings listed
in ``PROVINCE_PROFILES`` (sample share, filing deadline and its unit, veto list, the original-post rule…). A
setting given in the file or the environment wins over its profile value; ``cfg.source(key)`` says which applied.
The declared default of a profiled setting is the Shandong value (the default province). docs/SCORING.md gives
each value's source in the provincial documents.

Sections are grouped by the part that reads them. To add a setting, add one ``Setting`` line in its
section: key, default, type, documentation (Chinese or English, one sentence). The meta-test
``tests/test_settings.py`` fails when a setting lacks documentation or a valid default.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import inputs


class ConfigError(ValueError):
    """A setting has an invalid value; the message names the key and its source."""


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: str  # str | int | float | bool | list | dict | path | choice
    doc: str
    choices: tuple = ()
    min: float | None = None
    max: float | None = None
    check: Callable[[Any], str | None] | None = None  # extra validation: returns a Chinese problem, or None
    items: str = ""  # "url": every item of a list must be an http(s) URL with a host

    @property
    def env_name(self) -> str:
        return "GOVWATCH_" + self.key.upper().replace(".", "__")


S = Setting

# The inspection indicators (检查指标) the report scores; alerts/report/scoring.py defines them and their sources
# (docs/SCORING.md). Listed here because settings name them (veto list, deductions) and are checked on load.
REPORT_INDICATORS = ("not_updated", "improper_content", "app_unusable", "site_unreachable", "no_interaction",
                     "forced_likes", "closure_unfinished", "account_gone", "no_original", "service_broken", "advertising",
                     "entertainment", "repost_source", "content_other", "registry", "duplicate")


def _check_indicator_list(value: Any) -> str | None:
    unknown = [v for v in value if v not in REPORT_INDICATORS]
    return f"含未知的指标编号 {unknown}（可选：{'、'.join(REPORT_INDICATORS)}）" if unknown else None


def _check_deductions(value: Any) -> str | None:
    for name, rule in value.items():
        if name not in REPORT_INDICATORS:
            return f"含未知的指标编号 {name!r}（可选：{'、'.join(REPORT_INDICATORS)}）"
        if not isinstance(rule, dict) or set(rule) != {"points", "cap"}:
            return f"指标 {name} 应写作 {{points = 每项扣分, cap = 上限}}"
        for part in ("points", "cap"):
            if isinstance(rule[part], bool) or not isinstance(rule[part], int) or not 0 <= rule[part] <= 100:
                return f"指标 {name} 的 {part} 应为 0 到 100 的整数"
    return None


def _check_holiday_file(value: Any) -> str | None:
    if not value:
        return None
    from core.workdays import HolidayFileError, parse_holiday_file

    try:
        parse_holiday_file(Path(value).expanduser())
    except HolidayFileError as exc:
        return str(exc)
    return None


SETTINGS: tuple[Setting, ...] = (
    # ---- general -----------------------------------------------------------------------------------------
    S("general.data_dir", "./data", "path", "数据目录：头像、截图、报告、补写队列等都放在这里。"),
    S("general.timezone", "Asia/Shanghai", "str", "判断时间（僵尸账号、工作日、调度）所用的时区。"),
    S("general.log_level", "INFO", "choice", "日志级别。", choices=("DEBUG", "INFO", "WARNING", "ERROR")),
    S("general.base_url", "http://127.0.0.1:8080", "str", "审核界面的对外地址，通知与报告里的链接以此开头。"),
    S("general.holiday_file", "", "path",
      "节假日文件：补充或更正 chinese-calendar 尚未收录的年份的节假日与调休（每行“日期,休”或“日期,班”）；为空则不用。"
      "未收录的年份按周一至周五估算，报告中的期限标为“估算”。", check=_check_holiday_file),
    # ---- security ----------------------------------------------------------------------------------------
    S("security.allowed_private_hosts", [], "list",
      "来自抓取内容的网址（头像、页面中的链接、跳转目标）默认只能访问公网地址；此处列出的主机名、IP 或网段（如 127.0.0.1、"
      "10.0.0.0/8）例外。本地平台仿真（测试、演示）用它放行 127.0.0.1。"),
    # ---- store (search_index/) ---------------------------------------------------------------------------
    S("store.backend", "auto", "choice",
      "存储后端：auto（配置了 elasticsearch_url 用 Elasticsearch，否则 SQLite）、sqlite、elasticsearch。",
      choices=("auto", "sqlite", "elasticsearch")),
    S("store.sqlite_path", "./data/govwatch.db", "path", "内置 SQLite 存储的文件路径。"),
    S("store.sqlite_index_batch", 20000, "int",
      "内置 SQLite 存储：写入先排队，排队的文档达到这个数目时在写入调用结束时统一建全文索引；检索前总会先补完。", min=1),
    S("store.elasticsearch_url", "", "str", "Elasticsearch 地址，例如 https://es.example:9200；为空则不用。"),
    S("store.elasticsearch_api_key", "", "str", "Elasticsearch API key（可选）。"),
    S("store.elasticsearch_username", "", "str", "Elasticsearch 用户名（可选，与密码一起用）。"),
    S("store.elasticsearch_password", "", "str", "Elasticsearch 密码（可选）。"),
    S("store.elasticsearch_ca_certs", "", "path", "Elasticsearch 的 CA 证书文件（可选）。"),
    S("store.elasticsearch_verify_certs", True, "bool", "是否校验 Elasticsearch 的 TLS 证书。"),
    S("store.index_prefix", "govwatch", "str", "Elasticsearch 索引、模板和别名的前缀。"),
    S("store.bulk_max_docs", 500, "int", "批量写入时每批最多的文档数。", min=1),
    S("store.bulk_max_seconds", 2.0, "float", "批量写入缓冲的最长时间（秒），到时即写。", min=0.01),
    S("store.request_timeout", 30.0, "float", "存储请求超时（秒）。", min=0.1),
    S("store.elasticsearch_refresh", "wait_for", "choice",
      "Elasticsearch 写入后何时可被搜索到：wait_for（等下一次刷新，读到自己的写入）、false（最快）、true（立即刷新，慢）。",
      choices=("wait_for", "false", "true")),
    S("store.bulk_max_retries", 5, "int", "Elasticsearch 批量写入遇到 429（集群繁忙）时的最多重试次数。", min=0),
    S("store.bulk_initial_backoff", 1.0, "float", "429 重试的初始等待（秒），之后每次加倍。", min=0),
    S("store.number_of_shards", 1, "int", "每个新建 Elasticsearch 索引的主分片数。", min=1),
    S("store.replicas", "0-1", "str", "副本数：整数，或范围如 0-1（按节点数自动调整：单节点 0，多节点 1）。"),
    S("store.rollover_max_age", "30d", "str", "时间序列集合（发文、巡检、历史记录…）的索引滚动周期（ILM max_age）。"),
    S("store.rollover_max_primary_shard_size", "50gb", "str", "时间序列索引的主分片达到此大小即滚动（ILM）。"),
    S("store.retention_days", 0, "int", "时间序列索引滚动后保留多少天再删除；0 表示永久保留。", min=0),
    # ---- registry ----------------------------------------------------------------------------------------
    S("registry.filing_deadline_workdays", 5, "int",
      "账号开设、变更、关停后应在多长时间内备案（单位见 registry.filing_deadline_unit）。", min=0),
    S("registry.filing_deadline_unit", "workday", "choice",
      "备案时限的单位：workday（工作日，山东“5个工作日内”）或 day（自然日，广东“3日内”）。",
      choices=("workday", "day")),
    S("registry.import_max_rows", 200_000, "int",
      "备案文件最多的数据行数（空行也计入），超出则整个文件不导入（防超大或恶意文件）。", min=1),
    S("registry.import_max_cell_chars", 2000, "int", "备案文件单个单元格的最大字符数，超出记为错误。", min=10),
    S("registry.import_max_name_chars", 100, "int",
      "备案文件“账号名称”一列的最大字符数（实际账号名称不过几十字），超出记为错误并指明行和列；其他列按 "
      "registry.import_max_cell_chars。", min=10),
    S("registry.import_max_columns", 200, "int", "备案文件最多的列数，其后的列还有内容则整个文件不导入。", min=20),
    S("registry.import_max_mb", 100, "int",
      "备案文件的大小上限（MB）：CSV 按文件大小，XLSX 按解压后的内容总大小（解压前检查，防压缩炸弹）。", min=1),
    # ---- crawler/ ----------------------------------------------------------------------------------------
    S("crawler.platforms", ["weibo", "wechat", "bilibili", "douyin", "kuaishou"], "list", "启用的平台代码。"),
    S("crawler.keywords", [], "list", "额外的发现关键词（另有从备案库推导的关键词）。"),
    S("crawler.max_search_pages", 5, "int", "每个关键词每个平台最多翻的搜索结果页数。", min=1),
    S("crawler.max_post_pages", 3, "int", "刷新账号时最多翻的发文列表页数。", min=1),
    S("crawler.download_delay", 1.0, "float", "每个平台的请求间隔（秒，带随机抖动）；0 表示不限速。", min=0),
    S("crawler.concurrency_per_platform", 2, "int", "每个平台的并发请求数。", min=1),
    S("crawler.autothrottle", True, "bool", "是否启用 Scrapy AutoThrottle。"),
    S("crawler.retry_times", 3, "int", "失败请求的重试次数（指数退避）。", min=0),
    S("crawler.download_timeout", 30, "int", "下载超时（秒）。", min=1),
    S("crawler.max_response_bytes", 10 * 1024 * 1024, "int", "单个响应的最大字节数，超出即丢弃并记录。", min=1024),
    S("crawler.proxies", {}, "dict", "按平台设置代理，例如 {weibo = \"http://proxy:8080\"}。"),
    S("crawler.user_agents", {}, "dict", "按平台设置 User-Agent；未设置的平台用内置的默认值。"),
    S("crawler.base_urls", {}, "dict",
      "按平台覆盖接口地址（测试与演示用本地仿真服务）。可用的键：weibo（m.weibo.cn 接口）、weibo_passport（访客凭证）、"
      "wechat（搜狗微信）、wechat_mp（公众平台）、bilibili（api.bilibili.com）、bilibili_www（www.bilibili.com，取 buvid3）、"
      "douyin、kuaishou，以及通用站点描述的名称或 generic；其他键由 govwatch config check 和爬取命令报错。"),
    S("crawler.site_profiles_dir", "", "path", "通用站点描述（YAML）所在目录；为空则只用内置的。"),
    S("crawler.jobdir", "", "path", "Scrapy JOBDIR（可中断续爬）；为空则不保存爬取状态。"),
    S("crawler.avatar_max_bytes", 5 * 1024 * 1024, "int", "头像文件的最大字节数。", min=1024),
    S("crawler.avatar_max_pixels", 20_000_000, "int", "头像的最大像素数（防解压炸弹）。", min=1024),
    S("crawler.redis_url", "", "str", "设置后用 scrapy-redis 共享调度队列与去重（分布式爬取）。"),
    S("crawler.wechat_mp_cookie", "", "str", "微信公众平台管理员会话 Cookie（可选，启用文章列表与原创标记）。"),
    S("crawler.wechat_mp_token", "", "str", "微信公众平台会话 token（与 Cookie 一起使用）。"),
    S("crawler.wechat_snuid_churn_limit", 3, "int",
      "搜狗微信连续多少个响应都把我们带去的 SNUID Cookie 换成新值，就判定本次运行被拦截（SNUID 频繁更换）。", min=1),
    S("crawler.retry_backoff", 2.0, "float", "重试的指数退避基数（秒）：第 n 次重试前等待 基数×2^(n-1)（带抖动）；限速为 0 时不等待。",
      min=0),
    S("crawler.discover_from_registry", True, "bool", "发现爬取时是否从备案库推导关键词（单位名、账号名、地区简称）。"),
    S("crawler.max_name_chars", 200, "int", "入库时账号名称的最大字符数，超出部分截去（原长度记在 name_length）。", min=10),
    S("crawler.max_post_text_chars", 20_000, "int", "入库时单条发文正文的最大字符数，超出部分截去（原长度记在 text_length）。",
      min=100),
    S("crawler.max_text_chars", 5_000, "int",
      "入库时其他抓取文本（简介、认证信息、raw 中的字符串等）的最大字符数，超出部分截去并记录原长度。", min=100),
    # ---- browser (Playwright) ----------------------------------------------------------------------------
    S("browser.executable_path", "auto", "str",
      "Chromium 路径；auto 表示有系统 Chromium（/usr/bin/chromium 等）就用它，否则用 playwright install 的浏览器。"),
    S("browser.headless", True, "bool", "是否无界面运行浏览器。"),
    S("browser.max_pages_per_context", 50, "int", "每个浏览器上下文处理多少页面后回收（控制内存）。", min=1),
    S("browser.navigation_timeout_ms", 30000, "int", "页面导航超时（毫秒）。", min=100),
    # ---- detectors/ --------------------------------------------------------------------------------------
    S("detect.zombie_days", 14, "int", "多少天没有发文算“僵尸账号”（置顶不算）。", min=1),
    S("detect.no_original_days", 14, "int", "多少天没有原创发文算“无原创”。", min=1),
    S("detect.max_crawl_age_hours", 48, "int",
      "账号最近一次抓取距检查时间超过多少小时即视为状态未知：不判僵尸、无原创、已注销、注销仍在运行。", min=1),
    S("detect.impostor_min_score", 0.6, "float", "仿冒嫌疑的最低得分（0..1）。", min=0, max=1),
    S("detect.avatar_max_distance", 10, "int", "头像感知哈希（64 位）被视为相似的最大汉明距离。", min=0, max=64),
    S("detect.avatar_pixel_max_pairs", 500, "int",
      "每次检测运行中按像素比对头像（找深度裁切与截图里的头像）的最多对数（每对约 15-35 毫秒）；超出后其余嫌疑账号"
      "不做像素比对，运行摘要报告其数量。", min=0),
    S("detect.workers", 1, "int",
      "仿冒检测读名称（每个嫌疑账号的名称与备案名称比对，与其他账号无关）所用的进程数（含本进程）；1 即只在本进程内读。"
      "大于 1 且嫌疑账号不少于 2 万个时，建好备案索引后分出（进程数 − 1）个子进程，与本进程一起逐段领取名称来读"
      "（各进程从拼接好的名称串自行解析，子进程不碰账号记录），结果按账号顺序合并，"
      "头像、像素比对和发现仍在主进程，发现与单进程完全相同。子进程与主进程共享内存页，写到的页才复制："
      "100 万嫌疑账号、10 万备案时 2 个进程的内存（各进程 PSS 之和）约 1.9 GB，单进程约 1.6 GB。", min=1),
    S("detect.name_decorations", ["官方", "官微", "官博", "服务号", "订阅号", "公众号", "微博", "频道", "账号", "新闻"],
      "list", "账号名称中的装饰词，比较名称时去掉。"),
    S("detect.jurisdiction", [], "list",
      "辖区（省、市或县的名称，如 山东、临沂市、郯城县，含其下所有区县与乡镇街道）：只报告认证单位在辖区内的"
      "未备案账号；为空则从备案库的地区与开办单位推断。"),
    S("detect.lexicon_dir", "", "path", "内容检查词库目录；为空则用内置的起步词库。"),
    S("detect.content_model", True, "bool", "是否用学习模型（线性模型）复核商业广告与过度娱乐化，模型把握大的帖子列为待复核"
      "（待复核的发现不扣分；转发帖按被转发的原文判断）。"),
    S("detect.content_typo_ime", True, "bool",
      "是否用输入法语言模型（fcitx5 / libime 的词三元模型 zh_CN.lm，经 kenlm 读取）找词库之外的错别字：把一个字换成"
      "音近或形近字后整段文字的概率大幅提高时报告。模型文件或 kenlm 缺失时此层自动关闭并记一次日志。"),
    S("detect.content_typo_ime_model", "", "path",
      "输入法语言模型文件（KenLM 二进制，libime-data-language-model 的 zh_CN.lm）；为空则依次查找 ./run.sh setup "
      "下载到 .cache/libime/ 的副本和系统安装的 /usr/lib/<架构>/libime/zh_CN.lm。"),
    # ---- checkers (crawler/checkers) ---------------------------------------------------------------------
    S("sweep.start_urls", [], "list", "定期巡检的起始网址（另有备案库中网站、APP、小程序的地址）。", items="url"),
    S("sweep.max_depth", 3, "int", "站内递归的最大深度。", min=0),
    S("sweep.max_pages", 2000, "int", "每个站点最多检查的页面数。", min=1),
    S("sweep.concurrency_per_host", 2, "int", "每个主机的并发请求数。", min=1),
    S("sweep.delay", 0.25, "float", "同一主机请求间隔（秒）。", min=0),
    S("sweep.timeout", 15, "int", "单个链接的超时（秒）。", min=1),
    S("sweep.obey_robots", False, "bool", "是否遵守 robots.txt（检查本单位网站时一般不遵守）。"),
    S("sweep.render_js", "auto", "choice",
      "是否用浏览器渲染站内页面、检查只在渲染后出现的链接：auto（带脚本的页面）、always（所有页面）、never。",
      choices=("auto", "always", "never")),
    S("sweep.render_max_pages", 200, "int", "每个站点最多用浏览器渲染的页面数（渲染预算；超出的页面只检查静态链接）。", min=0),
    S("sweep.render_settle_ms", 1000, "int", "渲染页面加载完成后再等多少毫秒，让脚本写入链接。", min=0),
    S("sweep.recheck_delay", 5.0, "float", "发现故障后隔多少秒复查一次，复查仍失败才报警。", min=0),
    S("sweep.retry_times", 2, "int", "超时、5xx、408、429 时的重试次数（其他错误不重试）。", min=0),
    S("sweep.max_retry_after", 120.0, "float", "服从 Retry-After 等待的最长秒数，超过则不再重试。", min=0),
    S("sweep.concurrency_total", 16, "int", "巡检的总并发请求数（各主机仍受每主机并发限制）。", min=1),
    S("sweep.use_head", True, "bool", "外部链接和文件先用 HEAD 检查（被拒绝或报错时改用 GET）。"),
    S("sweep.soft404_similarity", 0.95, "float", "页面与网站对不存在网址的回应相似度达到多少算软404。",
      min=0, max=1),
    S("sweep.wechat_oauth_pattern", r"^https?://open\.weixin\.qq\.com/connect/oauth2/", "str",
      "微信网页授权地址的正则；跳转到这里的 H5 页面记为“需在微信中打开”，不算失效。"),
    S("sweep.h5_patterns", ["/h5/", "/wap/", r"^https?://m\."], "list",
      "按 H5 页面处理（用微信手机浏览器 User-Agent 访问）的网址正则。"),
    S("sweep.menu_settle_ms", 1500, "int", "点击菜单后等待页面反应的毫秒数。", min=100),
    S("sweep.max_menu_items", 200, "int", "每个页面最多点击的菜单项数。", min=1),
    S("probe.urls", [], "list", "额外探测的首页网址（另有备案库中的网站与 sweep.start_urls）。", items="url"),
    S("probe.min_per_day", 20, "int",
      "判断“无法访问”所需的每天最少探测次数（2019 年指标：每天至少 20 次）；不足时不下结论。探测频率见 schedule.probe。",
      min=1),
    S("probe.timeout", 15, "int", "可用性探测的超时（秒）。", min=1),
    S("probe.unreachable_share", 0.05, "float", "一周内探测失败比例达到多少算“无法访问”。", min=0, max=1),
    # ---- alerts/ -----------------------------------------------------------------------------------------
    S("alerts.resolve_after_runs", 3, "int", "发现连续多少次运行未再出现后自动置为“已解决”。", min=1),
    S("alerts.renotify_hours", 72, "int", "未处理告警的再次提醒间隔（小时）；0 表示不再提醒。", min=0),
    S("alerts.apprise_urls", [], "list", "Apprise 通知地址列表（钉钉、企业微信、飞书、邮件、JSON webhook…）。"),
    S("alerts.routes", [], "list",
      "通知路由：每项为 {urls=[…], kinds=[…], min_severity=\"high\", regions=[…]}；空则全部发往 apprise_urls。"),
    S("alerts.immediate_min_severity", "high", "choice", "新告警达到此严重度即时通知，其余进入日报。",
      choices=("low", "medium", "high", "critical")),
    S("alerts.platform_blocked_severity", "high", "choice",
      "“平台拦截”告警的严重度：爬虫被拦截的夜里什么都看不到，默认 high 以便即时通知值班人员。",
      choices=("low", "medium", "high", "critical")),
    S("web.host", "127.0.0.1", "str", "审核界面监听地址。"),
    S("web.port", 8080, "int", "审核界面端口。", min=1, max=65535),
    S("web.secret_key", "", "str", "会话签名密钥；为空时在数据目录生成并保存一个随机密钥。"),
    S("web.session_hours", 12, "int", "登录会话的最长有效期（小时），到期必须重新登录。", min=1),
    S("web.session_idle_minutes", 30, "int", "登录会话的空闲超时（分钟）：这么久没有请求即退出登录。", min=1),
    S("web.password_min_length", 10, "int", "审核界面用户密码的最少字符数（另拒绝常见密码、全空白和同一字符重复的密码）。",
      min=8),
    S("web.login_max_attempts", 5, "int",
      "同一账号从同一地址连续登录失败多少次后开始退避（同一账号或同一地址合计的门槛为其 3 倍）。", min=1),
    S("web.login_window_minutes", 15, "int", "登录失败记录保留多久（分钟）：这么久没有新的失败即清零。", min=1),
    S("web.login_backoff_seconds", 30, "int", "超过失败次数后第一次须等待的秒数，之后每失败一次加倍。", min=1),
    S("web.login_backoff_max_seconds", 300, "int", "登录退避的最长等待（秒）：不会硬性锁定账号。", min=1),
    S("web.login_requests_per_minute", 30, "int", "每个地址每分钟最多提交多少次登录表单（限制口令猜测和 CPU 消耗）。",
      min=1),
    S("web.cookie_secure", False, "bool", "会话 Cookie 是否带 Secure 标志；general.base_url 为 https 时总是带。"),
    S("web.page_size", 50, "int", "告警列表每页条数。", min=5, max=500),
    S("web.threads", 8, "int", "审核界面（waitress）的工作线程数。", min=1, max=64),
    S("alerts.send_digest", True, "bool", "每次运行结束后是否发送一份汇总（日报）。"),
    S("alerts.notify_resolved", True, "bool", "告警自动解决时是否发送通知。"),
    S("alerts.takedown_confirm_runs", 2, "int",
      "已申请下线的账号需在连续多少次运行中被平台明确答复“不存在”才确认为已下线（拦截、失败都不算）。", min=2, max=10),
    S("alerts.takedown_dir", "", "path", "下线申请材料（DOCX、PDF、证据包）的默认输出目录；为空则为数据目录下的 takedowns。"),
    # ---- reports -----------------------------------------------------------------------------------------
    S("report.province", "shandong", "choice",
      "省份规则档案：选定标注“随省份”的配置项的默认值（见 docs/SCORING.md）；单独设置的配置项优先。",
      choices=("shandong", "guangdong")),
    S("report.sample_share", 0.1, "float", "每个地市的抽查比例（山东不低于 10%，广东不低于 30%）。", min=0, max=1),
    S("report.provincial_full_check", True, "bool",
      "地区只到省一级的账号（省直单位）是否全部抽查（山东：省直部门全覆盖检查；广东未规定，按比例抽查）。"),
    S("report.vetoes", ["not_updated", "improper_content", "app_unusable", "site_unreachable", "no_interaction",
                        "forced_likes", "closure_unfinished", "account_gone"], "list",
      "单项否决的指标编号（见 docs/SCORING.md）；命中任一项即不合格。", check=_check_indicator_list),
    S("report.original_rule", True, "bool",
      "是否按“每 2 周至少发布 1 条原创”扣分（山东有此规定；广东没有，只列出不扣分）。"),
    S("report.deductions", {
        "no_original": {"points": 5, "cap": 15}, "service_broken": {"points": 5, "cap": 20},
        "advertising": {"points": 5, "cap": 15}, "entertainment": {"points": 3, "cap": 10},
        "repost_source": {"points": 2, "cap": 10}, "content_other": {"points": 3, "cap": 10},
        "registry": {"points": 5, "cap": 10}, "duplicate": {"points": 5, "cap": 10}}, "dict",
      "扣分指标：每个问题扣 points 分，同一指标最多扣 cap 分（即该指标的权重）；本地设定（山东、广东的文件均未规定分值）。",
      check=_check_deductions),
    S("report.pass_score", 60, "int", "合格线（满分 100，低于此分不合格）；本地设定（山东、广东的文件均未规定）。", min=0, max=100),
    S("report.improper_content_categories", ["sensitive"], "list",
      "哪些内容问题类别（发现的 evidence.category）算“发布不当内容”，其余类别按扣分指标计。"),
    S("report.rectify_workdays", 5, "int",
      "其他问题的整改期限（工作日，自报告之日起）；本地设定（山东、广东的文件只要求“及时整改”）。", min=1),
    S("report.impostor_deadline_days", 0, "int",
      "仿冒账号的处置期限（自然日，自首次发现起；0 表示当天，山东“一旦发现……要立即采取应急处置措施”）。", min=0),
    S("report.internal_links", False, "bool",
      "可发布的 HTML / PDF 报告是否带指向审核界面（内部）的证据链接；XLSX 工作底稿总是带。"),
    # ---- scheduler ---------------------------------------------------------------------------------------
    S("schedule.nightly", "0 2 * * *", "str", "夜间全量爬取与检测的 cron 表达式（时区见 general.timezone）。"),
    S("schedule.sweep", "0 3 * * 6", "str", "每周链接与菜单巡检的 cron 表达式。"),
    S("schedule.probe", "0 * * * *", "str", "首页可用性探测的 cron 表达式（默认每小时一次，每天 24 次）。"),
    S("schedule.report", "0 6 1 1,4,7,10 *", "str", "季度检查报告的 cron 表达式。"),
    S("schedule.misfire_grace_seconds", 3600, "int", "错过的任务在多少秒内仍补跑。", min=0),
    # ---- operations (govwatch/ops) -----------------------------------------------------------------------
    S("ops.health_drop_ratio", 0.5, "float",
      "健康检查：某平台本次爬到的账号或发文数低于上次的这一比例即告警（0.5 表示少了一半以上）。", min=0, max=1),
    S("ops.health_error_spike", 3.0, "float", "健康检查：错误数超过上次的多少倍（且至少 10 个）即告警。", min=1),
    S("ops.job_timeout_minutes", 360, "int", "调度器运行的单个任务的最长时间（分钟），超时即终止。", min=1),
    S("ops.stop_grace_seconds", 60, "int",
      "任务被停止（SIGTERM/Ctrl+C、超时）时给子进程（爬虫等）保存进度、正常退出的时间（秒），超时即强制结束。", min=1),
)

_BY_KEY = {s.key: s for s in SETTINGS}

# report.province → the defaults it selects (sources: docs/SCORING.md). Keys set in a file or the environment win.
PROVINCE_ZH = {"shandong": "山东", "guangdong": "广东"}
PROVINCE_PROFILES: dict[str, dict[str, Any]] = {
    "shandong": {
        "report.sample_share": 0.1, "report.provincial_full_check": True, "report.original_rule": True,
        "registry.filing_deadline_workdays": 5, "registry.filing_deadline_unit": "workday",
        "report.impostor_deadline_days": 0, "report.vetoes": list(_BY_KEY["report.vetoes"].default),
    },
    "guangdong": {
        "report.sample_share": 0.3, "report.provincial_full_check": False, "report.original_rule": False,
        "registry.filing_deadline_workdays": 3, "registry.filing_deadline_unit": "day",
        "report.impostor_deadline_days": 0, "report.vetoes": list(_BY_KEY["report.vetoes"].default),
    },
}
PROFILE_SOURCE = "省份档案"
_TRUE = {"1", "true", "yes", "on", "是"}
_FALSE = {"0", "false", "no", "off", "否", ""}


def _coerce(setting: Setting, value: Any, source: str) -> Any:
    """Convert ``value`` to the setting's type, or raise ConfigError naming key and source."""
    key, kind = setting.key, setting.type

    def fail(why: str) -> ConfigError:
        return ConfigError(f"配置项 {key}（来自 {source}）{why}：{value!r}")

    if kind in ("str", "path", "choice"):
        if not isinstance(value, str):
            raise fail("应为字符串")
        if kind == "choice" and value not in setting.choices:
            raise fail(f"应为 {', '.join(setting.choices)} 之一")
        return _checked(setting, value, fail)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise fail("应为布尔值（true/false）")
    if kind in ("int", "float"):
        if isinstance(value, bool):
            raise fail("应为数字")
        try:
            number = int(value) if kind == "int" else float(value)
        except (TypeError, ValueError):
            raise fail("应为整数" if kind == "int" else "应为数字") from None
        if kind == "int" and isinstance(value, float) and not value.is_integer():
            raise fail("应为整数")
        if setting.min is not None and number < setting.min:
            raise fail(f"不能小于 {setting.min}")
        if setting.max is not None and number > setting.max:
            raise fail(f"不能大于 {setting.max}")
        return number
    if kind in ("list", "dict"):
        if isinstance(value, str):
            try:
                value = inputs.loads(value)
            except ValueError as exc:  # a syntax error, or nested absurdly deep
                raise fail(f"应为 JSON（{exc}）") from None
        expected = list if kind == "list" else dict
        if not isinstance(value, expected):
            raise fail("应为列表" if kind == "list" else "应为表（键值对）")
        if setting.items == "url":
            for item in value:
                if not isinstance(item, str):
                    raise fail("中的网址应为字符串")
                try:
                    inputs.check_http_url(item)
                except inputs.BadURL as exc:
                    raise fail(f"中有无效的网址（{exc}）") from None
        return _checked(setting, value, fail)
    raise AssertionError(f"unknown setting type {kind} for {key}")


def _checked(setting: Setting, value: Any, fail: Callable[[str], ConfigError]) -> Any:
    problem = setting.check(value) if setting.check is not None else None
    if problem:
        raise fail(problem)
    return value


def _apply_profile(cfg: Config) -> Config:
    """Set the profiled settings not given explicitly to the values of ``report.province``'s profile."""
    province = cfg.values["report.province"]
    for key, value in PROVINCE_PROFILES[province].items():
        source = cfg.sources.get(key)
        if source is None or source.startswith(PROFILE_SOURCE):
            cfg.values[key] = value
            cfg.sources[key] = f"{PROFILE_SOURCE}：{PROVINCE_ZH[province]}（report.province）"
    return cfg


def _flatten(table: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and key not in _BY_KEY:
            yield from _flatten(value, key + ".")
        else:
            yield key, value


@dataclass
class Config:
    """The effective configuration: ``cfg["store.backend"]``; ``cfg.source(key)`` tells where a value came from."""

    values: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)
    file: Path | None = None

    def __getitem__(self, key: str) -> Any:
        if key not in _BY_KEY:
            raise KeyError(f"unknown setting {key!r}")
        return self.values[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def source(self, key: str) -> str:
        return self.sources.get(key, "默认值")

    def path(self, key: str) -> Path:
        """A path setting resolved against the current directory."""
        return Path(self[key]).expanduser()

    @property
    def data_dir(self) -> Path:
        return self.path("general.data_dir")

    def with_overrides(self, overrides: Mapping[str, Any], source: str = "override") -> Config:
        values, sources = dict(self.values), dict(self.sources)
        for key, value in overrides.items():
            setting = _BY_KEY.get(key)
            if setting is None:
                raise ConfigError(f"未知的配置项 {key}（来自 {source}）")
            values[key] = _coerce(setting, value, source)
            sources[key] = source
        return _apply_profile(Config(values, sources, self.file))


def load_config(path: str | os.PathLike | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Defaults, then the TOML file, then ``GOVWATCH_*`` environment variables; validated."""
    env = os.environ if env is None else env
    cfg = _apply_profile(Config({s.key: s.default for s in SETTINGS}))
    file = Path(path) if path else (Path(env["GOVWATCH_CONFIG"]) if env.get("GOVWATCH_CONFIG") else None)
    if file is None and Path("govwatch.toml").is_file():
        file = Path("govwatch.toml")
    if file is not None:
        try:
            table = tomllib.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"配置文件不存在：{file}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"配置文件 {file} 格式错误：{exc}") from None
        except RecursionError:
            raise ConfigError(f"配置文件 {file} 格式错误：嵌套层数过多") from None
        except OSError as exc:  # a directory, no permission
            raise ConfigError(f"无法读取配置文件 {file}：{exc.strerror or exc}") from None
        cfg = cfg.with_overrides(dict(_flatten(table)), source=f"配置文件 {file}")
        cfg.file = file
    env_overrides = {}
    for name, value in env.items():
        if not name.startswith("GOVWATCH_") or name == "GOVWATCH_CONFIG":
            continue
        key = name[len("GOVWATCH_"):].lower().replace("__", ".")
        if key not in _BY_KEY:
            raise ConfigError(f"未知的环境变量 {name}（没有配置项 {key}）")
        env_overrides[key] = value
    for key, value in env_overrides.items():
        cfg = cfg.with_overrides({key: value}, source=f"环境变量 {_BY_KEY[key].env_name}")
    if env.get("ELASTICSEARCH_URL") and "store.elasticsearch_url" not in env_overrides and not cfg.get(
            "store.elasticsearch_url"):
        cfg = cfg.with_overrides({"store.elasticsearch_url": env["ELASTICSEARCH_URL"]}, "环境变量 ELASTICSEARCH_URL")
    return cfg


def setting(key: str) -> Setting:
    return _BY_KEY[key]


_DEFAULTS: Config | None = None


def defaults() -> Config:
    """The configuration of the defaults alone: what code uses when no configuration was given (never a literal)."""
    global _DEFAULTS
    if _DEFAULTS is None:
        _DEFAULTS = Config({s.key: s.default for s in SETTINGS})
    return _DEFAULTS


DEFAULT_TIMEZONE: str = _BY_KEY["general.timezone"].default


def documentation_markdown() -> str:
    """The settings table for ``docs/SETTINGS.md`` and ``govwatch config doc``."""
    lines = ["| 配置项 | 环境变量 | 默认值 | 说明 |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = json.dumps(s.default, ensure_ascii=False)
        doc = s.doc + (f"（可选：{' / '.join(s.choices)}）" if s.choices else "")
        profiled = [(PROVINCE_ZH[p], values[s.key]) for p, values in PROVINCE_PROFILES.items() if s.key in values]
        if profiled and len({json.dumps(v, ensure_ascii=False) for _, v in profiled}) > 1:
            doc += "（随省份：" + "；".join(f"{name} `{json.dumps(v, ensure_ascii=False)}`" for name, v in profiled) + "）"
        elif profiled:
            doc += "（随省份，两省相同）"
        lines.append(f"| `{s.key}` | `{s.env_name}` | `{default}` | {doc} |")
    return "\n".join(lines) + "\n"
