"""Monotone and stable: the score moves with content, not with layout or wording noise.

Property tests (hypothesis) on a synthetic resume scored through the real parsers:
adding a required skill to a bullet never lowers the score, removing one never raises it;
whitespace, bullet glyphs, line order within a section and punctuation move it by <= 1 point;
the same content as PDF, DOCX and TXT scores within 2 points.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atspro.analysis.documents.extract import extract_text
from tests.unit.score_helpers import BULLETS, REQUIRED, resume_text, score_text

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
skill_sets = st.lists(st.sampled_from(REQUIRED), unique=True, max_size=len(REQUIRED))


@SETTINGS
@given(listed=skill_sets, shown=skill_sets, extra=st.sampled_from(REQUIRED), at=st.integers(0, 3))
def test_adding_a_required_skill_to_a_bullet_never_lowers_the_score(listed, shown, extra, at):
    bullets = list(BULLETS)
    if shown:
        bullets[0] += " using " + ", ".join(shown)
    before = score_text(resume_text(bullets, listed)).score
    bullets[at] += f" with {extra}"
    after = score_text(resume_text(bullets, listed)).score
    assert after >= before


@SETTINGS
@given(listed=skill_sets, shown=st.lists(st.sampled_from(REQUIRED), unique=True, min_size=1))
def test_removing_a_required_skill_never_raises_the_score(listed, shown):
    full = [BULLETS[0] + " using " + ", ".join(shown), *BULLETS[1:]]
    fewer = [BULLETS[0] + " using " + ", ".join(shown[1:]), *BULLETS[1:]]
    if not shown[1:]:
        fewer[0] = BULLETS[0]
    assert (
        score_text(resume_text(fewer, listed)).score <= score_text(resume_text(full, listed)).score
    )


def _noisy(text: str, how: int, seed: int) -> str:
    lines = text.split("\n")
    if how == 0:  # whitespace: trailing spaces, indented bullets, doubled blank lines
        return "\n".join(
            ("  " + ln if ln.startswith("- ") else ln) + (" " * (i % 3)) + ("\n" if not ln else "")
            for i, ln in enumerate(lines)
        )
    if how == 1:  # another bullet glyph
        return text.replace("\n- ", "\n• ")
    if how == 2:  # bullets of the first role in another order
        first = [i for i, ln in enumerate(lines) if ln.startswith("- ")][: len(BULLETS)]
        moved = [lines[i] for i in first]
        k = seed % len(moved)
        moved = moved[k:] + moved[:k]
        for i, ln in zip(first, moved, strict=True):
            lines[i] = ln
        return "\n".join(lines)
    # punctuation: bullets end with a full stop, the skills list uses semicolons
    return "\n".join(
        (
            ln + "."
            if ln.startswith("- ")
            else ln.replace(", ", "; ")
            if "," in ln and "@" not in ln and "—" not in ln
            else ln
        )
        for ln in lines
    )


@SETTINGS
@given(listed=skill_sets, shown=skill_sets, how=st.integers(0, 3), seed=st.integers(0, 10))
def test_layout_noise_moves_the_score_by_at_most_one_point(listed, shown, how, seed):
    bullets = list(BULLETS)
    if shown:
        bullets[1] += " in " + ", ".join(shown)
    text = resume_text(bullets, listed)
    assert abs(score_text(_noisy(text, how, seed)).score - score_text(text).score) <= 1


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in text.split("\n"):
        pdf.multi_cell(w=0, h=5, text=line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _docx(text: str) -> bytes:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    for line in text.split("\n"):
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("shown", [[], ["SQL", "Tableau"], REQUIRED])
def test_same_content_as_pdf_docx_and_txt_scores_within_two_points(shown):
    bullets = [BULLETS[0] + (" using " + ", ".join(shown) if shown else ""), *BULLETS[1:]]
    text = resume_text(bullets, ["Excel", "Python"])
    scores = {"txt": score_text(text).score}
    for kind, data in (("pdf", _pdf(text)), ("docx", _docx(text))):
        scores[kind] = score_text(extract_text(data, f"resume.{kind}").text).score
    assert max(scores.values()) - min(scores.values()) <= 2, scores
