"""The ground floor of govwatch: settings, record vocabulary, findings, working-day calendar, avatar storage and the
browser locator. Every other package may import ``core``; ``core`` imports no other govwatch package
(docs/ARCHITECTURE.md)."""
