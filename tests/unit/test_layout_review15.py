"""Review findings on the round-15 layout work, each on a small made-up document: long hostile
right-to-left lines (no recursion, no quadratic pattern), a left-to-right line holding one
right-to-left word, an ambiguous one-word heading wrapped into a Europass entry, a field left
unclosed in a Word file, and an /ActualText span never closed in a PDF."""

from __future__ import annotations

import time

import pytest

from atspro.analysis.documents import pdf_bidi
from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.pdf_bidi import logical_order
from atspro.analysis.resume import europass

HEB = "\u05d0\u05d1"  # two Hebrew letters
HEB_WORD = "\u05e2\u05d1\u05e8\u05d9\u05ea"  # the language's name
ARABIC = "\u062c\u064a\u0646"


def _no_line_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_bidi, "RTL_MAX_LINE", 10**9, raising=False)


def test_long_list_of_numbers_after_right_to_left_word(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_line_bound(monkeypatch)
    line = HEB + " " + ("1, " * 1500 + "x")[::-1]  # one "N, " group per number
    assert len(logical_order(line)) == len(line)


def test_long_run_of_dots_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_line_bound(monkeypatch)
    line = HEB + " " + ("1" + "." * 20_000 + "x")[::-1]
    start = time.monotonic()
    assert len(logical_order(line)) == len(line)
    assert time.monotonic() - start < 3.0


def test_overlong_line_left_as_drawn() -> None:
    line = HEB + " ab" * (pdf_bidi.RTL_MAX_LINE // 3 + 1)
    assert logical_order(line) == line


def test_left_to_right_line_with_one_right_to_left_word() -> None:
    page = [
        "Jane Doe",
        "Software Engineer",
        "Springfield | jane@example.com",
        f"Languages: English (native), Hebrew ({HEB_WORD}) - fluent",
        f"Jane Doe / {ARABIC} - Acme Robotics, 2019 - 2021",
    ]
    # a left-to-right paragraph draws each right-to-left run's letters reversed, in place
    drawn = [line.replace(HEB_WORD, HEB_WORD[::-1]).replace(ARABIC, ARABIC[::-1]) for line in page]
    assert logical_order("\n".join(drawn)) == "\n".join(page)


@pytest.mark.parametrize("word", ["training", "research", "tools", "work"])
def test_ambiguous_word_heads_a_europass_entry_only_in_capitals(word: str) -> None:
    assert not europass._heading_like(word)
    assert europass._heading_like(word.upper())
    assert europass._heading_like("Work experience")


def test_wrapped_ambiguous_word_stays_in_the_entry() -> None:
    lines = [
        "Work experience",
        "Dates | 2019 - 2021",
        "Occupation or position held | QA Lead",
        "Main activities and responsibilities | Ran weekly demos and planned staff",
        "training",
        "Name and address of employer | Acme Robotics, Springfield",
    ]
    rows = europass.europass_rows(lines)
    assert "Acme Robotics, Springfield" in rows
    assert rows.index("Acme Robotics, Springfield") < rows.index("training")


def test_unclosed_field_hides_no_later_field() -> None:
    from bench.layout_stress import _field, _p, _r, docx_xml

    stray = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + _r("Software Engineer")
    body = [
        _p(_r("Jane Doe")),
        _p(stray),
        _p(_r("Email: ") + _field('HYPERLINK "mailto:jane@example.com"', "jane@example.com")),
        _p(_r("EXPERIENCE")),
    ]
    text = extract_text(docx_xml(body), "cv.docx").text
    assert "Email: jane@example.com" in text


def test_unclosed_actual_text_span_keeps_no_space_pieces() -> None:
    from bench.layout_stress14 import OpsPage

    page = OpsPage()
    page.ops += [
        "BT /F1 10 Tf 50 740 Td /Span << /ActualText (QA Lead) >> BDC (QA Lead) Tj ET",
        "BT /F1 10 Tf 50 720 Td (Acme) Tj ( ) Tj ( ) Tj ( ) Tj (Robotics) Tj ET",
    ]
    text = extract_text(page.bytes(), "cv.pdf").text
    assert "Acme Robotics" in text
