"""Resume ingestion end to end: extract + parse, as the bot does it (through the time-limited
extraction worker), for a generated 2-page PDF and a DOCX; pypdf's bare extract_text() on the
same PDF for comparison. Goals: PDF ≤ 100 ms, DOCX ≤ 30 ms (medians)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.resume.parser import parse_resume
from atspro.extract_pool import extract_text_limited, shutdown_pool
from bench.stats import median_ms

ROUNDS = 40


def run() -> dict[str, float]:
    from tests.fixtures.documents import make_resume_docx, make_resume_pdf

    pdf, docx = make_resume_pdf(), make_resume_docx()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    limits = ExtractLimits()
    try:
        results = {
            "ingest_pdf_pages": float(pages),
            "ingest_pdf_extract_parse_p50_ms": median_ms(
                lambda: parse_resume(extract_text_limited(pdf, "cv.pdf", limits).text),
                ROUNDS,
            ),
            "ingest_docx_extract_parse_p50_ms": median_ms(
                lambda: parse_resume(extract_text_limited(docx, "cv.docx", limits).text),
                ROUNDS,
            ),
            "ingest_pypdf_bare_extract_p50_ms": median_ms(
                lambda: [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages],
                ROUNDS,
            ),
        }
    finally:
        shutdown_pool()
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.2f}")
