"""Extraction speed on generated resumes (no shared data needed).

extract_pdf_2p_p50_ms           our extract_text on a 2-page resume PDF (in process)
pypdf_bare_2p_p50_ms            pypdf's own PdfReader(...).pages[i].extract_text(), same PDF
extract_docx_p50_ms             extract_text on the same resume as DOCX
extract_pdf_2p_worker_p50_ms    extract_text_limited: the same PDF through a warm worker
extract_sidebar_pdf_p50_ms      a 1-page two-column (sidebar) PDF, column detection included
"""

from __future__ import annotations

import io

from pypdf import PdfReader

from atspro.analysis.documents.extract import extract_text
from atspro.extract_pool import ExtractionPool, extract_text_limited
from bench.stats import median_ms
from tests.fixtures.documents import (
    SAMPLE_RESUME_LINES,
    make_pdf,
    make_resume_docx,
    make_resume_pdf,
)

ROUNDS = 25


def _bare_pypdf(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(reader.pages[i].extract_text() for i in range(len(reader.pages)))


def run() -> dict[str, float]:
    pdf = make_resume_pdf()
    docx = make_resume_docx()
    sidebar = make_pdf(
        SAMPLE_RESUME_LINES[4:24],
        sidebar=["CONTACT", "alex@example.com", "SKILLS", "Python", "Go", "Kubernetes", "AWS"],
        header=["Alex Morgan"],
    )
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2
    results = {
        "extract_pdf_2p_p50_ms": median_ms(lambda: extract_text(pdf), ROUNDS),
        "pypdf_bare_2p_p50_ms": median_ms(lambda: _bare_pypdf(pdf), ROUNDS),
        "extract_docx_p50_ms": median_ms(lambda: extract_text(docx), ROUNDS),
        "extract_sidebar_pdf_p50_ms": median_ms(lambda: extract_text(sidebar), ROUNDS),
    }
    pool = ExtractionPool(max_workers=1)
    try:
        pool.warm()
        results["extract_pdf_2p_worker_p50_ms"] = median_ms(
            lambda: extract_text_limited(pdf, pool=pool), ROUNDS
        )
    finally:
        pool.close()
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:32s} {value:8.2f}")
