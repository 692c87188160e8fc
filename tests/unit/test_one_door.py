"""One behaviour, several doors: the CLI reads a file exactly as the bot's service does.

Each test here failed while the fact lived in two places: the layout facts (a bool in the
extractor, an int compared with ``> 1`` in the scorer: two-column resumes never warned) and the
``parse-resume`` command, which parsed hidden text the bot leaves out.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from atspro.cli import main
from atspro.config import Settings
from atspro.services import intake
from tests.fixtures.documents import SAMPLE_RESUME_LINES, make_pdf, make_pdf_with_hidden_text
from tests.fixtures.postings import JOB_TEXT

HIDDEN = "Kubernetes Terraform Kafka Ansible Kubernetes Terraform Kafka Ansible"


@pytest.fixture
def settings() -> Settings:
    return Settings(_env_file=None)  # type: ignore[call-arg]


def _plain_lines() -> list[str]:
    banned = ("kubernetes", "terraform", "kafka", "ansible")
    return [line for line in SAMPLE_RESUME_LINES if not any(b in line.lower() for b in banned)]


def _file_check(report: dict) -> dict:
    return next(c for c in report["checks"] if c["name"] == "file_type")


@pytest.mark.parametrize("layout", ["columns", "sidebar"])
def test_match_cli_warns_about_a_two_column_resume(
    layout: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = list(SAMPLE_RESUME_LINES)
    pdf = (
        make_pdf(lines, columns=2)
        if layout == "columns"
        else make_pdf(lines[6:], sidebar=lines[:6])
    )
    (tmp_path / "cv.pdf").write_bytes(pdf)
    (tmp_path / "job.txt").write_text(JOB_TEXT, encoding="utf-8")
    assert main(["match", "--json", str(tmp_path / "cv.pdf"), str(tmp_path / "job.txt")]) == 0
    check = _file_check(json.loads(capsys.readouterr().out.splitlines()[0]))
    assert not check["passed"] and "several columns" in check["evidence"]


def test_one_column_resume_gets_no_column_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cv.pdf").write_bytes(make_pdf(SAMPLE_RESUME_LINES))
    (tmp_path / "job.txt").write_text(JOB_TEXT, encoding="utf-8")
    assert main(["match", "--json", str(tmp_path / "cv.pdf"), str(tmp_path / "job.txt")]) == 0
    report = json.loads(capsys.readouterr().out.splitlines()[0])
    assert all(c["passed"] for c in report["checks"] if c["name"] == "file_type")


async def test_layout_facts_keep_the_extractor_answer(settings: Settings) -> None:
    """What the bot stores with a resume is what the extractor saw (not a lossy copy)."""
    _, two = await intake.read_resume_file(
        make_pdf(SAMPLE_RESUME_LINES, columns=2), "cv.pdf", settings
    )
    _, one = await intake.read_resume_file(make_pdf(SAMPLE_RESUME_LINES), "cv.pdf", settings)
    assert two.layout.columns_detected is True and one.layout.columns_detected is False
    assert two.layout.file_kind == "pdf" and two.layout.word_count == two.word_count


@pytest.mark.parametrize("how", ["white", "tiny"])
def test_parse_resume_cli_reads_what_the_bot_reads(
    how: str, settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = make_pdf_with_hidden_text(_plain_lines(), HIDDEN, how=how)
    path = tmp_path / "cv.pdf"
    path.write_bytes(pdf)
    assert main(["parse-resume", "--json", str(path)]) == 0
    from_cli = json.loads(capsys.readouterr().out.splitlines()[0])
    from_bot, _ = asyncio.run(intake.read_resume_file(pdf, "cv.pdf", settings))
    assert from_cli == from_bot.model_dump(mode="json")
    assert "Kubernetes" not in {s["name"] for s in from_cli["skills"]}
