"""The Scrapy add-on that turns govwatch's configuration into Scrapy settings when ``scrapy crawl`` starts a crawler.

Scrapy calls ``update_settings`` while it builds the crawler, so the configuration (TOML file and
``GOVWATCH_*`` environment variables) is read then — never when a module is imported — and a bad value stops
the command with the message that names the key, not with a traceback from an import.
"""

from __future__ import annotations

from scrapy.exceptions import UsageError

from core.settings import ConfigError, load_config
from crawler.settings import scrapy_settings


class GovwatchSettings:
    """Applies ``scrapy_settings(cfg)`` at add-on priority (a ``-s`` option or a spider's own settings win)."""

    def update_settings(self, settings) -> None:
        cfg = settings.get("GOVWATCH_CONFIG_OBJECT")
        if cfg is None:
            try:
                cfg = load_config()
            except ConfigError as exc:
                raise UsageError(str(exc)) from None
            settings.set("GOVWATCH_CONFIG_OBJECT", cfg, priority="addon")
        for name, value in scrapy_settings(cfg).items():
            settings.set(name, value, priority="addon")
