"""The one real image-only PDF in the shared samples now yields a resume (skips without them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.ocr import ocr_available
from atspro.analysis.resume.parser import parse_resume

SCANS = Path(__file__).resolve().parents[3] / "shared" / "data" / "samples" / "resumes_more"


@pytest.mark.skipif(not ocr_available(), reason="OCR packages are not installed")
@pytest.mark.skipif(not (SCANS / "SOURCE.md").is_file(), reason="shared samples are absent")
def test_the_image_only_sample_pdf_yields_a_resume() -> None:
    source = (SCANS / "SOURCE.md").read_text()
    names = [
        line.split("|")[2].strip()
        for line in source.splitlines()
        if "image-only PDF" in line and line.count("|") > 3
    ]
    assert names, "SOURCE.md names the image-only PDF"
    result = extract_text((SCANS / "files" / names[0]).read_bytes(), names[0])
    assert result.ocr and result.image_only and result.word_count > 30
    resume = parse_resume(result.text)
    assert resume.contact.full_name and resume.contact.email
    assert resume.education
