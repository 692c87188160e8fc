"""Every knob of the service, read once from the environment and ``.env``.

Nothing else in the code reads ``os.environ``: settings are built here and passed down.
Invalid values stop the start with one line that names the variable (see ``load_settings``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import platformdirs
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

MB = 1024 * 1024


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("atspro", appauthor=False))


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("atspro", appauthor=False))


class Settings(BaseSettings):
    """Configuration; each field maps to the upper-case environment variable of its name."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    # --- Telegram -----------------------------------------------------------------------------
    telegram_bot_token: SecretStr | None = Field(
        None, description="Bot token from @BotFather. Empty: `make run` opens the local sandbox."
    )
    telegram_api_base_url: str = Field(
        "https://api.telegram.org/bot",
        description="Bot API base URL (the sandbox points this at its emulator).",
    )
    admin_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list, description="Comma-separated Telegram user ids with admin rights."
    )
    webhook_url: str | None = Field(
        None, description="Public HTTPS URL for webhook mode. Empty: long polling."
    )
    webhook_secret: SecretStr | None = Field(
        None, description="Secret token Telegram must send with each webhook call."
    )
    webhook_listen: str = Field("0.0.0.0", description="Address the webhook server binds to.")
    webhook_port: int = Field(8443, ge=1, le=65535, description="Port of the webhook server.")

    # --- Storage ------------------------------------------------------------------------------
    database_url: SecretStr | None = Field(
        None, description="PostgreSQL DSN. Empty: an embedded PostgreSQL in DATA_DIR/pgdata."
    )
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Where the embedded database and local files live.",
    )
    cache_dir: Path = Field(
        default_factory=default_cache_dir,
        description="Precompiled indexes (skills, places) that speed up start-up; safe to delete.",
    )
    db_pool_min_size: int = Field(1, ge=0, le=100, description="asyncpg pool minimum size.")
    db_pool_max_size: int = Field(10, ge=1, le=200, description="asyncpg pool maximum size.")
    db_command_timeout_s: float = Field(30.0, gt=0, description="Per-statement timeout (s).")

    # --- LLM (optional) -----------------------------------------------------------------------
    openai_api_key: SecretStr | None = Field(
        None, description="API key of an OpenAI-compatible endpoint. Empty: deterministic only."
    )
    openai_base_url: str | None = Field(
        None, description="Base URL of an OpenAI-compatible endpoint (Ollama, vLLM, OpenRouter…)."
    )
    openai_model: str = Field("gpt-4.1-mini", description="Default model for every agent.")
    openai_model_extract: str | None = Field(None, description="Model for extraction agents.")
    openai_model_write: str | None = Field(None, description="Model for rewrites/cover letters.")
    openai_api: Literal["chat_completions", "responses"] = Field(
        "chat_completions", description="Which OpenAI API shape the endpoint speaks."
    )
    llm_timeout_s: float = Field(60.0, gt=0, description="Time limit of one agent run (s).")
    llm_max_turns: int = Field(6, ge=1, le=50, description="Max agent turns (tool round trips).")
    llm_daily_quota: int = Field(
        20, ge=0, description="AI writing runs (rewrites, letters) per user per day (0 = none)."
    )
    llm_daily_extract_quota: int = Field(
        40, ge=0, description="AI reading runs (uploaded resumes, postings) per user per day."
    )
    llm_tracing: bool = Field(False, description="Send Agents SDK traces (off unless enabled).")

    # --- Document limits ----------------------------------------------------------------------
    max_file_bytes: int = Field(
        10 * MB, ge=1, le=20 * MB, description="Largest upload accepted (bytes, ≤ 20 MB)."
    )
    max_pdf_pages: int = Field(20, ge=1, description="Most pages read from a PDF.")
    max_text_chars: int = Field(200_000, ge=1000, description="Most characters kept from a file.")
    resume_max_line_chars: int = Field(
        12_000,
        ge=200,
        description="A longer line of a resume is cut before parsing (bounded time on a blob).",
    )
    paste_join_s: float = Field(
        3.0,
        ge=0,
        le=30,
        description="Seconds to wait for the next part of a long paste Telegram split.",
    )
    resume_wait_s: float = Field(
        20.0,
        ge=0,
        le=300,
        description="Longest a job waits for a resume sent just before it, to answer with one card (s).",
    )
    max_unzipped_bytes: int = Field(
        50 * MB, ge=1, description="Largest uncompressed size of a DOCX/ODT (zip bombs)."
    )
    extract_timeout_s: float = Field(15.0, gt=0, description="Time limit to extract one file (s).")
    ocr_max_pages: int = Field(
        5, ge=1, le=20, description="Most pages (photos, scanned PDF pages) read with OCR."
    )
    ocr_max_pixels: int = Field(
        40_000_000, ge=1_000_000, description="Largest picture decoded for OCR (width × height)."
    )
    ocr_page_timeout_s: float = Field(30.0, gt=0, description="Time limit to OCR one page (s).")
    ocr_timeout_s: float = Field(60.0, gt=0, description="Time limit to OCR one document (s).")
    ocr_threads: int = Field(2, ge=1, le=16, description="CPU threads one OCR run uses.")
    ocr_header_look: bool = Field(
        True, description="Detect a page's header again when its read lacks e-mail or phone."
    )
    ocr_header_look_boxes: int = Field(
        8, ge=0, le=64, description="New header boxes that second look recognises at most."
    )
    ocr_header_look_pages: int = Field(
        2, ge=0, le=64, description="Later pages of a document whose header is looked at again."
    )
    ocr_header_band_scale: float = Field(
        2.0,
        ge=0,
        le=4,
        description="A dark header band read inverted in the second look, enlarged so (0: off).",
    )
    card_draw_timeout_s: float = Field(
        10.0,
        gt=0,
        description="Time limit to draw one score-card picture (s); the text card answers.",
    )

    # --- Job links ----------------------------------------------------------------------------
    fetch_connect_timeout_s: float = Field(5.0, gt=0, description="Connect timeout (s).")
    fetch_total_timeout_s: float = Field(20.0, gt=0, description="Whole-request timeout (s).")
    fetch_max_bytes: int = Field(3 * MB, ge=1024, description="Largest page body read (bytes).")
    fetch_max_redirects: int = Field(5, ge=0, le=20, description="Redirect hops followed.")
    fetch_retries: int = Field(2, ge=0, le=5, description="Retries on 5xx/timeouts.")
    fetch_per_host_concurrency: int = Field(2, ge=1, description="Parallel requests per host.")
    fetch_allow_loopback: bool = Field(
        False, description="Allow 127.0.0.1/::1 targets. Tests and the local sandbox only."
    )
    fetch_user_agent: str = Field(
        "ATSProBot/0.1 (+resume-job matching; fetches only links users send)",
        description="User-Agent sent when fetching job links.",
    )

    # --- Abuse limits and tasks -----------------------------------------------------------------
    uploads_per_hour: int = Field(20, ge=1, description="Resume/job uploads per user per hour.")
    analyses_per_hour: int = Field(30, ge=1, description="Analyses per user per hour.")
    user_max_concurrent_tasks: int = Field(2, ge=1, description="Running tasks per user.")
    worker_concurrency: int = Field(
        16, ge=1, le=64, description="Tasks one worker runs at once (mostly waiting on I/O)."
    )
    task_max_attempts: int = Field(3, ge=1, le=20, description="Attempts before a task fails.")
    task_timeout_s: float = Field(120.0, gt=0, description="Time limit of one task attempt (s).")
    run_workers_in_bot: bool = Field(True, description="Run task workers inside the bot process.")
    worker_stale_after_s: float = Field(
        30.0, gt=0, description="/healthz fails when a worker has not polled the queue this long."
    )
    session_ttl_days: int = Field(30, ge=1, description="Idle chat sessions expire after this.")
    broadcast_rate_per_s: float = Field(25.0, gt=0, le=30, description="Broadcast pace (msg/s).")

    # --- Local sandbox, health, logging -------------------------------------------------------
    sandbox_host: str = Field("127.0.0.1", description="Address of the local sandbox web chat.")
    sandbox_port: int = Field(8088, ge=0, le=65535, description="Port of the sandbox web chat.")
    health_port: int = Field(
        0, ge=0, le=65535, description="Port for /healthz and /metrics (0 = off)."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="Log level."
    )
    log_format: Literal["text", "json"] = Field("text", description="Log line format.")

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [part for part in value.replace(";", ",").replace(" ", ",").split(",") if part]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("ocr_header_band_scale")
    @classmethod
    def _band_scale_off_or_enlarging(cls, value: float) -> float:
        if 0 < value < 1:
            raise ValueError("0 (off) or from 1 to 4: a band is enlarged, never shrunk")
        return value

    @field_validator("telegram_bot_token", "openai_api_key", "database_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def llm_enabled(self) -> bool:
        """True when an OpenAI-compatible endpoint is configured."""
        return self.openai_api_key is not None

    @property
    def pgdata_dir(self) -> Path:
        return self.data_dir / "pgdata"


class SettingsError(SystemExit):
    """Raised at start-up with one human line naming the bad variable."""


def load_settings(**overrides: object) -> Settings:
    """Read settings; on a bad value exit with a one-line message naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            name = str(err["loc"][0]).upper() if err["loc"] else "?"
            problems.append(f"{name}: {err['msg']}")
        raise SettingsError("Invalid configuration: " + "; ".join(problems)) from None
