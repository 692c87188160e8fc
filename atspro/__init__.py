"""ATSPro: resume scoring and tailoring, served as a Telegram bot."""

__version__ = "0.1.0"
