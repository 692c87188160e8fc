"""Words a PDF text layer breaks at a line end with a hyphen are read whole again.

Generated PDFs (fpdf2) with made-up lines; the class was met on typeset real resumes (LaTeX,
a browser's print with ``hyphens: auto``): "deploy-" / "ment", a tool's name cut in two.
"""

from __future__ import annotations

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.pdf_hyphens import join_hyphenated
from tests.fixtures.documents import make_pdf


def _pdf_lines(lines: list[str]) -> list[str]:
    return extract_text(make_pdf(lines), "cv.pdf").text.splitlines()


def test_a_word_broken_at_a_line_end_is_whole_on_the_first_line() -> None:
    # before: "...for the new ware-" / "house robots, and" (and "Kuber-" / "netes." below)
    lines = _pdf_lines(
        [
            "Planned the software architecture and the deploy-",
            "ment pipeline for the warehouse robots, and",
            "moved every service to Kuber-",
            "netes.",
        ]
    )
    assert lines == [
        "Planned the software architecture and the deployment",
        "pipeline for the warehouse robots, and",
        "moved every service to Kubernetes.",
    ]


def test_a_compound_keeps_its_hyphen() -> None:
    # "role-based": "rolebased" is no word, "role" and "based" are
    lines = _pdf_lines(["Built a portal for role-", "based access control"])
    assert lines == ["Built a portal for role-based", "access control"]


def test_the_document_decides_how_a_word_is_written() -> None:
    # "open-source" (written so elsewhere in the file) keeps its hyphen, though "opensource"
    # is a word of the frequency list
    lines = _pdf_lines(["Maintains two open-", "source libraries", "An open-source fan."])
    assert lines[0] == "Maintains two open-source"


def test_links_ranges_dashes_and_capitals_stay_as_drawn() -> None:
    pages = [
        "See github.com/tamsin-\nokafor for code\n"
        "Dates 2019-\n2020 here\n"
        "Wrote a note -\nand then\n"
        "Worked with Anna-\nMaria Lindqvist\n"
        "An e-\nmail list"
    ]
    assert join_hyphenated(pages) == pages


def test_the_next_line_that_was_only_the_word_end_is_gone_and_chains_are_read_on() -> None:
    page = "Managed a large infra-\nstructure mi-\ngration\nNext line"
    assert join_hyphenated([page]) == ["Managed a large infrastructure\nmigration\nNext line"]
