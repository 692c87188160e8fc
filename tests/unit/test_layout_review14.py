"""Review fixes of round 14's layout work: a hostile embedded font's cmap stays cheap, the
Europass rewrite needs its labels at a line's start, a borrowed label keeps lines in place,
and a sidebar is read once only when it repeats exactly."""

from __future__ import annotations

import struct

from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.pdf_cmap import _glyph_chars


def _font(subtable: bytes) -> bytes:
    """A TrueType file holding only a (3, 1) cmap with one subtable."""
    cmap = struct.pack(">HH", 0, 1) + struct.pack(">HHI", 3, 1, 12) + subtable
    head = struct.pack(">IHHHH", 0x00010000, 1, 0, 0, 0)
    return head + struct.pack(">4sIII", b"cmap", 0, 12 + 16, len(cmap)) + cmap


def _format4(segments: list[tuple[int, int, int]]) -> bytes:
    """(start, end, delta) segments, no glyph arrays."""
    n = len(segments)
    ends = struct.pack(f">{n}H", *[s[1] for s in segments])
    starts = struct.pack(f">{n}H", *[s[0] for s in segments])
    deltas = struct.pack(f">{n}H", *[s[2] for s in segments])
    ranges = struct.pack(f">{n}H", *[0] * n)
    head = struct.pack(">HHHHHHH", 4, 0, 0, 2 * n, 0, 0, 0)
    return head + ends + b"\0\0" + starts + deltas + ranges


def _format12(groups: list[tuple[int, int, int]]) -> bytes:
    body = b"".join(struct.pack(">III", *g) for g in groups)
    return struct.pack(">HHIII", 12, 0, 0, 0, len(groups)) + body


def test_cmap_budget_is_a_setting() -> None:
    assert ExtractLimits().pdf_cmap_budget >= 100_000  # a whole BMP table fits


def test_repeated_format4_segments_spend_one_budget() -> None:
    one = _glyph_chars(_font(_format4([(0x20, 0xFFFE, 1)])), 70_000)
    many = _glyph_chars(_font(_format4([(0x20, 0xFFFE, 1)] * 200)), 70_000)
    assert one and many == one  # the repeats are never walked


def test_repeated_format12_groups_spend_one_budget() -> None:
    one = _glyph_chars(_font(_format12([(0x20, 60_000, 1)])), 70_000)
    many = _glyph_chars(_font(_format12([(0x20, 60_000, 1)] * 500)), 70_000)
    assert one and many == one


def test_reversed_segment_is_skipped() -> None:
    chars = _glyph_chars(_font(_format4([(0x50, 0x41, 0), (0x61, 0x63, 0)])))
    assert sorted(chars.values()) == ["a", "b", "c"]


def test_surrogates_and_control_codes_are_no_text() -> None:
    chars = _glyph_chars(_font(_format12([(0x01, 0x22, 1), (0xD7FF, 0xE000, 100)])))
    texts = set(chars.values())
    assert texts == {" ", "!", '"', "\ud7ff", "\ue000"}


def test_europass_hint_needs_a_label_at_a_lines_start() -> None:
    from atspro.analysis.resume.europass import is_europass

    bullets = (
        "HR Coordinator, Acme Robotics  Jan 2020 - Present\n"
        "- Checked the name and address of employer for each reference\n"
        "- Drafted main activities and responsibilities for new job ads\n"
    )
    assert not is_europass(bullets)
    for sep in (" | ", ": ", "\t", "   "):
        form = (
            f"Occupation or position held{sep}Analyst\nMain activities and responsibilities{sep}x"
        )
        assert is_europass(form), sep
    wrapped = (
        "Title of qualification awarded\nBSc\nName and type of organisation\nproviding education"
    )
    assert is_europass(wrapped)


def test_borrowed_labels_keep_lines_in_place() -> None:
    from atspro.analysis.resume.europass import europass_rows

    lines = [
        "EXPERIENCE",
        "Data Analyst, Acme Robotics  Jan 2020 - Present",
        "Main activities and responsibilities:",
        "- Built weekly dashboards",
        "Occupation or position held: Junior Analyst",
        "- Cleaned supplier data",
        "EDUCATION",
        "BSc Statistics, Springfield University, 2016",
        "Title of qualification awarded: Bachelor of Science",
        "Skills",
        "Python, SQL",
    ]
    assert europass_rows(lines) == [
        "EXPERIENCE",
        "Data Analyst, Acme Robotics  Jan 2020 - Present",
        "- Built weekly dashboards",
        "Junior Analyst",
        "- Cleaned supplier data",
        "EDUCATION",
        "BSc Statistics, Springfield University, 2016",
        "Bachelor of Science",
        "Skills",
        "Python, SQL",
    ]


def test_europass_entry_still_in_resume_order() -> None:
    from atspro.analysis.resume.europass import europass_rows

    lines = [
        "Work experience",
        "Dates | Jan 2020 - Present",
        "Occupation or position held | Data Analyst",
        "Main activities and responsibilities | Built weekly dashboards",
        "Name and address of employer | Acme Robotics, Springfield",
    ]
    assert europass_rows(lines) == [
        "Work experience",
        "Data Analyst",
        "Acme Robotics, Springfield",
        "Jan 2020 - Present",
        "Built weekly dashboards",
    ]


def test_borrowed_employer_label_after_bullets_starts_an_entry() -> None:
    from atspro.analysis.resume.europass import europass_rows

    lines = [
        "Main activities and responsibilities:",
        "- Built weekly dashboards",
        "Name and address of employer: Beta Foods, Springfield",
        "- Cleaned supplier data",
    ]
    assert europass_rows(lines) == [
        "- Built weekly dashboards",
        "Beta Foods, Springfield",
        "- Cleaned supplier data",
    ]


def test_sidebar_read_once_only_when_it_repeats_exactly() -> None:
    from atspro.analysis.documents.pdf_layout import PageLayout, flow_pages

    def page(body: list[str], side: list[str]) -> PageLayout:
        lines = body + side
        return PageLayout(lines=lines, sidebar=list(range(len(body), len(lines))))

    first = page(["Data Analyst", "Acme Robotics"], ["SKILLS", "Python", "SQL"])
    same = page(["- Built weekly dashboards"], ["SKILLS", "Python", "SQL"])
    part = page(["- Cleaned supplier data"], ["SQL", "Python"])
    _, moved = flow_pages([first, same, part])
    assert moved == ["SKILLS", "Python", "SQL", "SQL", "Python"]
