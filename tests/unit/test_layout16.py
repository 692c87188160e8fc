"""Layout round 16: Europass form rows that end an entry, right-to-left pages (edge
punctuation of Latin lines, years between right-to-left and Latin words, the page gate),
one page-mark pattern."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.pdf_bidi import logical_order
from atspro.analysis.resume import europass
from atspro.analysis.resume.parser import parse_resume
from bench.layout_stress import check
from bench.layout_stress15 import FRIBIDI, visual
from bench.layout_stress16 import CASES16

HEB_YEARS = "\u05e9\u05e0\u05d9\u05dd"  # "years"
HEB_PHONE = "\u05d8\u05dc\u05e4\u05d5\u05df"  # "phone"
HEB_FULL = "\u05de\u05e9\u05e8\u05d4 \u05de\u05dc\u05d0\u05d4"  # "full time"
ARABIC_YEARS = "\u0633\u0646\u0648\u0627\u062a"
needs_fribidi = pytest.mark.skipif(not FRIBIDI, reason="no FriBidi to lay the lines out")


def _rtl_page(lines: list[str]) -> list[str]:
    """``lines`` drawn by right-to-left paragraphs (visual order) and read back."""
    return logical_order("\n".join(visual(line) for line in lines)).split("\n")


RTL_HEAD = [f"{HEB_PHONE}: +1 555 0100", f"{HEB_FULL} 2019 - 2021: Acme Robotics"]

EUROPASS = [
    "Work experience",
    "Dates | 2019 - 2021",
    "Occupation or position held | QA Lead",
    "Main activities and responsibilities | Ran weekly demos",
    "Name and address of employer | Acme Robotics, Springfield",
    "Dates | 2016 - 2019",
    "Occupation or position held | Tester",
    "Main activities and responsibilities | Wrote test plans",
    "Name and address of employer | Globex, Shelbyville",
    "CONFERENCES",
    "Initech Testing Summit, Capital City, 2020",
    "DRIVING LICENCE",
    "Category B since 2010",
    "Education and training",
    "Dates | 2012 - 2016",
    "Title of qualification awarded | BSc Computer Science",
    "Name and type of organisation providing education and training | Hooli University",
]


def test_europass_form_rows_end_an_entry() -> None:
    rows = europass.europass_rows(EUROPASS)
    # the second entry keeps its own fields together; the form's rows follow it
    at = rows.index("Tester")
    assert rows[at : at + 4] == ["Tester", "Globex, Shelbyville", "2016 - 2019", "Wrote test plans"]
    assert rows.index("CONFERENCES:") > rows.index("Wrote test plans")
    assert "DRIVING LICENCE:" in rows  # a labelled row, its value on the next line


def test_europass_driving_licence_is_no_employer() -> None:
    text = "Jane Doe\njane@example.com\n" + "\n".join(EUROPASS)
    roles = parse_resume(text).work_experience
    assert ("Tester", "Globex") in [(w.position, w.company) for w in roles]
    assert all("LICENCE" not in (w.company or "") for w in roles)
    assert len(roles) == 2  # the conference's town and year are no role


def test_europass_wrapped_lower_case_word_stays_in_the_entry() -> None:
    lines = [
        "Dates | 2019 - 2021",
        "Occupation or position held | QA Lead",
        "Main activities and responsibilities | Spoke at two testing",
        "conferences",
        "Name and address of employer | Acme Robotics, Springfield",
    ]
    rows = europass.europass_rows(lines)
    assert rows.index("Acme Robotics, Springfield") < rows.index("conferences")


@pytest.mark.parametrize("name", sorted(CASES16))
def test_layout_stress16_reads_the_whole_cv(name: str) -> None:
    data, filename = CASES16[name]()
    assert check(name, data, filename) == []


@needs_fribidi
@pytest.mark.parametrize(
    "line",
    [
        "- Built dashboards for sales.",
        "\u2022 Led a team of 5.",
        "Python, SQL (advanced).",
        "Skills:",
        "- Grew sales by 20%.",
        "Skills: SQL (4/5), Excel (5/5).",
        "Data Analyst (2016 - 2019).",
        "1. Built dashboards.",
        "12) Ran weekly demos.",
        # one left-to-right run, drawn as written: stays
        "(Jane Doe)",
        "Data Analyst (2016 - 2019)",
        "Acme Robotics (2019)",
        "\u2022 Python \u2022 SQL \u2022",
    ],
)
def test_latin_line_on_a_right_to_left_page_keeps_its_edges(line: str) -> None:
    assert _rtl_page([*RTL_HEAD, line])[-1] == line


@needs_fribidi
@pytest.mark.parametrize(
    "line",
    [
        f"{HEB_YEARS} 2012 - 2016 Hooli University",
        f"{ARABIC_YEARS} 2012 - 2016 Hooli University",
        f"{HEB_YEARS} 03/2016 - 12/2019 Acme Robotics",
        f"Hooli University 2012 - 2016 {HEB_YEARS}",  # after the Latin words: as before
        f"BSc Economics, Hooli University, {HEB_YEARS} 2012 - 2016",
        # years in a bracket date the words before them; a count stands among the words
        f"{HEB_YEARS}: Data Analyst (2016 - 2019)",
        f"{HEB_YEARS}: (2016 - 2019) Data Analyst",
        f"{HEB_YEARS}: Acme Robotics (2019)",
        f"{HEB_YEARS}: SQL (advanced), Excel",
        f"{HEB_YEARS} (4), Power BI",
    ],
)
def test_years_between_right_to_left_and_latin_words(line: str) -> None:
    assert _rtl_page([*RTL_HEAD, line])[-1] == line


@needs_fribidi
def test_right_to_left_page_with_many_english_bullets() -> None:
    # the page gate: English bullets drawn by right-to-left paragraphs are the page's sign,
    # not a count against it (ten of them turned the old gate's page left-to-right)
    bullets = [f"- Shipped release {n} of the Globex tracker." for n in range(10)]
    lines = [
        "Jane Doe",
        f"{HEB_PHONE}: Springfield, IL",
        "Data Analyst, Acme Robotics",
        *bullets,
        "2016 - 2019",
    ]
    assert _rtl_page(lines) == lines


@needs_fribidi
def test_right_to_left_page_with_english_paragraphs_set_left_to_right() -> None:
    # a Hebrew CV whose English bullets are left-to-right paragraphs: still a right-to-left
    # page for its own lines ("<label>: Springfield, IL" drawn "Springfield, IL :<label>")
    rtl = [f"{HEB_PHONE}: Springfield, IL", f"{HEB_YEARS}: Python, SQL", *RTL_HEAD]
    english = [f"- Built dashboards number {n}." for n in range(8)]
    page = [visual(line) for line in rtl] + english
    assert logical_order("\n".join(page)).split("\n") == rtl + english


def test_left_to_right_page_with_a_right_to_left_name_line() -> None:
    # an English page: its bullets and stops sign it left-to-right, so a range of numbers
    # alone and the Latin lines stay as drawn
    heb_name = HEB_PHONE[::-1]  # a right-to-left word as drawn (any letters)
    page = [
        "Jane Doe",
        heb_name,
        "- Built dashboards.",
        "- Ran weekly demos.",
        "2016 - 2019",
        "Skills: SQL, Python.",
    ]
    assert logical_order("\n".join(page)).split("\n")[2:] == page[2:]


def test_a_range_alone_drawn_oldest_first_stays() -> None:
    page = f"{HEB_YEARS}\n{HEB_PHONE} 2019\n2016 - 2019\n2021 - 2019"
    assert logical_order(page).split("\n")[2:] == ["2016 - 2019", "2019 - 2021"]


def test_hostile_right_to_left_pages_finish() -> None:
    # 5,000 lines and 100,000 characters each: the gate, the edges, the ranges and the
    # brackets are linear (a test that it finishes, not a timed assert)
    lines = [f"{HEB_YEARS} 2012 - 2016 ((((x" if n % 2 else ".Built (a) -" for n in range(5_000)]
    assert len(logical_order("\n".join(lines)).split("\n")) == 5_000
    for line in (
        "1 " * 990 + HEB_YEARS,
        HEB_YEARS + " " + "2012 - " * 280 + "x",
        HEB_YEARS + " " + "(" * 1_500 + "a)" * 200,
        ". " + "- " * 999,
        HEB_YEARS + ": x (" + "1." * 900 + "1 - 2 x",
        HEB_YEARS + ": x (" + "2019 " * 390 + ") x",
    ):
        assert logical_order(f"{HEB_PHONE}\n{line}\n" * 50)


# ---------------------------------------------------------------- review fixes (round 16)
def test_english_page_with_one_hebrew_word_and_dash_endings_stays_left_to_right() -> None:
    # Latin lines ending " -" / " ·" tip no page by themselves: no right-to-left line edges it
    page = [
        "Jane Doe",
        "Data Analyst \u2013",
        "Acme Robotics, Springfield \u00b7",
        "Built dashboards for sales -",
        "Languages",
        f"English, Hebrew ({HEB_YEARS}) - fluent",
    ]
    assert logical_order("\n".join(page)).split("\n")[:5] == page[:5]


@needs_fribidi
@pytest.mark.parametrize("line", [".NET Core, C#, SQL Server", "...and more"])
def test_latin_line_opening_with_its_own_dot_stays(line: str) -> None:
    page = [visual(x) for x in RTL_HEAD] + [line]
    assert logical_order("\n".join(page)).split("\n")[-1] == line


def test_own_dot_lines_are_no_right_to_left_sign() -> None:
    page = ["Jane Doe", f"{HEB_PHONE}: x", ".NET Core", "...and more"]
    assert logical_order("\n".join(page)).split("\n")[2:4] == [".NET Core", "...and more"]


def test_lone_conferences_line_starts_no_section() -> None:
    from atspro.analysis.resume.sections import detect_heading, split_sections

    lines = [
        "Experience",
        "Data Analyst, Acme Robotics",
        "- Built dashboards",
        "Conferences",
        "- Ran weekly demos",
        "Skills",
        "Python",
        "Conferences",
        "SQL",
    ]
    assert [s.name for s in split_sections(lines)[1]] == ["experience", "skills"]
    assert detect_heading("CONFERENCES") and detect_heading("Conferences:")


def test_europass_wrapped_form_label_words_in_a_sentence_are_no_row() -> None:
    lines = [
        "Occupation or position held | QA Lead",
        "Main activities and responsibilities | Ran demos",
        "Organisational / managerial experience gained at Acme Corp.",
    ]
    assert europass.europass_rows(lines)[-1] == lines[-1]
    wrapped = europass.europass_rows(["Organisational / managerial", "skills | Led a team"])
    assert wrapped[0] == "Organisational / managerial skills:"


def test_english_pdf_with_one_hebrew_word_keeps_its_roles() -> None:
    # an English CV drawn left to right (fpdf2, DejaVu) whose lines end " -" or " ·" and whose
    # languages line holds one Hebrew word: a left-to-right page, its roles read
    from datetime import date

    from atspro.analysis.documents.extract import extract_text
    from bench.layout_stress import DEJAVU, Page

    lines = [
        "Jane Doe",
        "jane@example.com",
        "EXPERIENCE",
        "Data Analyst, Acme Robotics \u2013",
        "Jan 2019 - Dec 2021",
        "Built dashboards for the sales team \u00b7",
        "Ran weekly demos for the board -",
        "QA Engineer, Globex \u2013",
        "Mar 2016 - Dec 2018",
        "LANGUAGES",
        "English, Hebrew (\u05e2\u05d1\u05e8\u05d9\u05ea) - fluent",
    ]
    p = Page()
    p.pdf.add_font("dv", "", DEJAVU)
    p.pdf.set_font("dv", size=10)
    for n, line in enumerate(lines):
        p.pdf.text(40, 50 + 16 * n, line)
    got = extract_text(p.bytes(), "cv.pdf")
    roles = parse_resume(got.visible_text or got.text, today=date(2026, 12, 1)).work_experience
    assert [(w.position, w.company) for w in roles] == [
        ("Data Analyst", "Acme Robotics"),
        ("QA Engineer", "Globex"),
    ]


def test_hostile_own_dot_lines_finish() -> None:
    lines = [".NET " + "A" * 15 if n % 2 else f"{HEB_PHONE} ..." + "." * 15 for n in range(5_000)]
    assert len(logical_order("\n".join(lines)).split("\n")) == 5_000
    assert logical_order(f"{HEB_PHONE}\n." + "A" * 1_990 + "\n" + "." * 1_990)


# ---- a lone ambiguous word in Title Case among a list's items is that item (round 16) ----

_AMBIGUOUS_ITEMS = ["Presentation", "Talks", "Papers", "Training", "Tools", "Writing", "Service"]


@pytest.mark.parametrize("word", _AMBIGUOUS_ITEMS)
def test_lone_ambiguous_word_in_a_skills_list_is_an_item(word: str) -> None:
    from atspro.analysis.resume.sections import split_sections

    lines = [
        "Experience",
        "Event Coordinator, Acme Events",
        "Jan 2019 - Present",
        "- Ran weekly demos",
        "Skills",
        "Event planning",
        word,
        "Budgeting",
        "Education",
        "BSc Marketing, Hooli University, 2015",
    ]
    found = split_sections(lines)[1]
    assert [s.name for s in found] == ["experience", "skills", "education"]
    assert word in found[1].lines


@pytest.mark.parametrize("word", _AMBIGUOUS_ITEMS)
def test_lone_ambiguous_word_between_bullets_is_a_bullet_line(word: str) -> None:
    from atspro.analysis.resume.sections import split_sections

    lines = [
        "Experience",
        "Data Analyst, Globex",
        "Jan 2019 - Present",
        "- Built dashboards",
        word,
        "- Ran weekly demos",
        "Skills",
        "Python",
    ]
    assert [s.name for s in split_sections(lines)[1]] == ["experience", "skills"]


def test_ambiguous_word_where_a_heading_stands_still_heads() -> None:
    from atspro.analysis.resume.sections import split_sections

    # followed by its own content, in capitals, with a colon, or a table's label column
    for lines in (
        ["Skills", "Python", "SQL", "Talks", "Keynote at Initech Summit, 2020"],
        ["SKILLS", "Python", "TALKS", "Docker"],
        ["Skills", "Python", "Talks:", "Docker"],
        ["Languages", "French", "Writing", "Excellent"],
    ):
        names = [s.name for s in split_sections(lines)[1]]
        assert len(names) == 2, lines


def test_ambiguous_word_item_check_on_hostile_lists_finishes() -> None:
    from atspro.analysis.resume.sections import split_sections

    lines = ["Skills"] + ["Event planning", "Presentation", "- Training"] * 1700
    assert split_sections(lines)[1][0].name == "skills"
    long = ["Skills"] + ["x" * 20 + " Training" * 3000, "Training", "y, " * 30000] * 2
    split_sections(long)
