"""Extraction over the shared corpus of real resumes (skipped when ../shared is absent)."""

from __future__ import annotations

import csv
import functools
import re
import time
from collections import Counter
from pathlib import Path

import pytest

from atspro.analysis.documents.extract import extract_text

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "samples" / "resumes"
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared sample resumes not present")

MAX_SECONDS_PER_FILE = 10.0  # of this process's CPU: the work a file costs, whatever the load


def manifest() -> list[dict[str, str]]:
    if not SAMPLES.is_dir():
        return []
    with (SAMPLES / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@functools.cache
def read(name: str) -> str:
    return extract_text((SAMPLES / name).read_bytes(), name).text


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9][a-z0-9+#%./-]*", text.lower())


def window_coverage(reference: str, candidate: str, size: int = 6) -> float:
    """Share of the reference's runs of ``size`` consecutive words found in the candidate:
    high only if the candidate keeps sentences in reading order."""
    ref = words(reference)
    haystack = " " + " ".join(words(candidate)) + " "
    windows = [" " + " ".join(ref[i : i + size]) + " " for i in range(len(ref) - size)]
    return sum(1 for w in windows if w in haystack) / len(windows)


@pytest.mark.parametrize("row", manifest(), ids=lambda row: row["file"])
def test_every_sample_extracts_cleanly(row: dict[str, str]) -> None:
    data = (SAMPLES / row["file"]).read_bytes()
    started = time.process_time()
    result = extract_text(data, row["file"])
    assert time.process_time() - started < MAX_SECONDS_PER_FILE
    assert result.kind == row["file"].rsplit(".", 1)[1]
    assert result.word_count >= 100
    if row["pages"]:
        assert result.pages == int(row["pages"])
    # The manifest's character count comes from another extractor (some count junk spaces).
    chars = len("".join(result.text.split()))
    assert 0.4 * int(row["text_chars"]) <= chars <= 1.2 * int(row["text_chars"])
    assert result.hidden_text_chars == 0
    assert "\ufffd" not in result.text
    layout = row["layout"]
    if layout.startswith("two-column"):
        assert result.columns_detected, layout
    elif "single-column" in layout or "dates in left column" in layout:
        assert not result.columns_detected, layout


@pytest.mark.parametrize(
    ("single", "two_column"),
    [
        ("resume-matcher-template__single-column.pdf", "resume-matcher-template__two-column.pdf"),
        (
            "resume-matcher-template__single-column.pdf",
            "resume-matcher-template__modern-two-column.pdf",
        ),
        (
            "resume-matcher-template-v1__single_column.pdf",
            "resume-matcher-template-v1__two_column.pdf",
        ),
    ],
)
def test_two_column_layout_reads_like_the_single_column_one(single: str, two_column: str) -> None:
    """Same content, two layouts: the two-column text keeps the same sentences intact."""
    assert window_coverage(read(single), read(two_column)) >= 0.88


@pytest.mark.parametrize("stem", ["01-Accountant", "01-Desktop_Support", "02-Office_Coordinator"])
def test_docx_and_pdf_of_the_same_resume_give_the_same_words(stem: str) -> None:
    docx = Counter(words(read(f"soupboss__{stem}.docx")))
    pdf = Counter(words(read(f"soupboss__{stem}.pdf")))
    overlap = sum((docx & pdf).values()) / max(sum(docx.values()), sum(pdf.values()))
    assert overlap >= 0.97
    assert window_coverage(read(f"soupboss__{stem}.docx"), read(f"soupboss__{stem}.pdf")) >= 0.95


def test_word_export_glyph_junk_is_cleaned() -> None:
    """Word's PDF export draws "\\t\\r \\xa0" after words and maps hyphens to "-\\xad‐"."""
    text = read("open-resume__laverne-resume.pdf")
    assert not re.search("[\t\r\xa0\xad\u2010]", text)
    assert re.search(r"\b[a-z]+-[a-z]+\b", text)  # a hyphenated word, read with a plain "-"
    assert re.search(r"\(\d{3}\) \d{3}-\d{4}", text)  # the phone number in one piece


def test_justified_latex_text_keeps_its_word_spaces() -> None:
    text = read("awesome-cv__resume.pdf")
    assert max(len(w) for w in re.findall("[A-Za-z]+", text)) <= 20  # no words run together


def test_superscripts_stay_on_their_line() -> None:
    # the year and the rank are two table cells ("<year>  <n>st/<of>"): spacing aside
    text = " ".join(read("deedy__deedy_resume-openfont.pdf").split())
    assert re.search(r"\b\d{4} \d+(?:st|nd|rd|th)/\d+", text)
