"""Local imitations used by the tests and the demo: platform APIs (``imitations.platforms``) and a
government-style website (``imitations.website``). Everything binds 127.0.0.1 only."""
