"""Web addresses wrapped at a column's edge (layout round 9, docs/extract.md).

A narrow sidebar breaks a long profile address over two lines ("linkedin.com/in/jane-" /
"a1b2c3"): the address was read cut in two. Generated PDFs (fpdf2), made-up addresses.
"""

from __future__ import annotations

from atspro.analysis.documents.extract import extract_text


def _sidebar(lines: list[str]) -> bytes:
    """``lines`` down a narrow column, 11 pt apart, at 8 pt."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=8)
    for i, line in enumerate(lines):
        pdf.text(40, 80 + 11 * i, line)
    return bytes(pdf.output())


def _lines(lines: list[str]) -> list[str]:
    return extract_text(_sidebar(lines), "cv.pdf").text.splitlines()


def test_an_address_wrapped_at_the_column_edge_is_one_line() -> None:
    lines = _lines(
        ["Jordan Vale", "LINKS", "github.com/jordanvale/ledger-service-", "backend2", "Lakeview"]
    )
    assert lines == [
        "Jordan Vale",
        "LINKS",
        "github.com/jordanvale/ledger-service-backend2",
        "Lakeview",
    ]


def test_an_address_short_of_the_edge_or_followed_by_another_stays() -> None:
    short = ["Jordan Vale", "Profile and portfolio links below", "jordanvale.dev/cv", "python"]
    assert _lines(short) == short
    two = ["Jordan Vale", "github.com/jordanvale/ledger-service", "jordanvale.dev/blog"]
    assert _lines(two) == two
