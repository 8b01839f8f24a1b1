"""govwatch — monitoring of Chinese government new-media accounts (政务新媒体监测)."""

__version__ = "0.1.0"
