"""Settings: parsing, validation with one clear line, and the README documenting every knob."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from atspro.config import Settings, SettingsError, load_settings
from atspro.logs import scrub

REPO = Path(__file__).resolve().parents[2]


def test_defaults_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_IDS", "12, 34;56")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "  ")
    monkeypatch.setenv("MAX_PDF_PAGES", "7")
    s = load_settings()
    assert s.admin_ids == [12, 34, 56]
    assert s.telegram_bot_token is None  # blank means unset
    assert s.max_pdf_pages == 7
    assert not s.llm_enabled


def test_invalid_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAX_FILE_BYTES", "lots")
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert "MAX_FILE_BYTES" in str(info.value.code) and "\n" not in str(info.value.code)


def test_cli_reports_bad_setting_in_one_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "ADMIN_IDS": "alice"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ written into the checkout
    proc = subprocess.run(
        [sys.executable, "main.py", "migrate"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "ADMIN_IDS" in lines[0]


def test_readme_documents_every_setting() -> None:
    readme = (REPO / "README.md").read_text()
    missing = [name.upper() for name in Settings.model_fields if f"`{name.upper()}`" not in readme]
    assert missing == []


def test_secrets_are_scrubbed() -> None:
    line = "GET https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe key sk-abcdefghijklmnopqrstuv"
    out = scrub(line)
    assert "AAHdqTcv" not in out and "sk-abc" not in out and "[secret]" in out


def test_readme_settings_table_is_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "settings_table", REPO / "scripts" / "settings_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.table() in (REPO / "README.md").read_text()


def test_env_file_environment_and_arguments_in_that_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# a comment\nexport MAX_PDF_PAGES=3\nlog_level='DEBUG'\nUPLOADS_PER_HOUR=5\n"
        "NOT_A_SETTING=1\nOPENAI_MODEL\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("uploads_per_hour", "9")  # any case; the environment beats the file
    monkeypatch.delenv("MAX_PDF_PAGES", raising=False)
    monkeypatch.delenv("LOG_LEVEL", raising=False)
    monkeypatch.delenv("OPENAI_MODEL", raising=False)
    s = Settings(_env_file=env_file)  # type: ignore[call-arg]
    assert (s.max_pdf_pages, s.log_level, s.uploads_per_hour) == (3, "DEBUG", 9)
    assert s.openai_model == "gpt-4.1-mini"  # a name with no value leaves the default
    assert Settings(_env_file=env_file, uploads_per_hour=11).uploads_per_hour == 11  # type: ignore[call-arg]
    assert Settings(_env_file=None).max_pdf_pages == 20  # type: ignore[call-arg]


def test_env_file_in_the_working_directory_is_read_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text("ADMIN_IDS=7 8\nFETCH_ALLOW_LOOPBACK=true\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ADMIN_IDS", raising=False)
    monkeypatch.delenv("FETCH_ALLOW_LOOPBACK", raising=False)
    s = load_settings()
    assert s.admin_ids == [7, 8] and s.fetch_allow_loopback is True
