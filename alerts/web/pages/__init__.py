"""The review UI's pages, one blueprint per page group; ``BLUEPRINTS`` is registered by ``create_app``."""

from alerts.web.pages import alerts, api, audit, overview, registry, runs, session, sweeps

BLUEPRINTS = (session.bp, overview.bp, alerts.bp, registry.bp, sweeps.bp, runs.bp, audit.bp, api.bp)
