"""Tailored DOCX speed (goal: <= 100 ms median for a 2-page resume).

* ``tailored_docx_p50_ms``: preserve-then-tailor from the resume's text and render the DOCX.
* ``tailored_docx_scored_p50_ms``: the same plus reading the DOCX back and scoring it (what the
  bot does before it sends the file, for "74 (was 52)").
"""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.scoring.matching import resume_plain_text
from atspro.export.docx import render_blocks
from atspro.export.tailor import ConfirmedSkill, tailor_resume
from atspro.services.tailoring import build_tailored
from bench.stats import median_ms
from tests.score_samples import posting_600_words, two_page_resume


def run() -> dict[str, float]:
    text = resume_plain_text(two_page_resume())
    resume, job = parse_resume(text), posting_600_words()
    confirmed = [ConfirmedSkill("Kafka")]

    def tailored() -> bytes:
        return render_blocks(tailor_resume(text, resume, job, confirmed=confirmed).blocks)

    return {
        "tailored_docx_p50_ms": median_ms(tailored, 30),
        "tailored_docx_scored_p50_ms": median_ms(
            lambda: build_tailored(text, resume, job, confirmed=confirmed), 15
        ),
    }
