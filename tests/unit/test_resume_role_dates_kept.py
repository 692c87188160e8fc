"""Dated lines whose role was dropped or given the wrong dates (round 9): a dates-first
layout under a sub-heading or after a wrapped sentence, an export's "Employer" / "-" /
"Town" header over its dates, and an undated header whose dates sit under a place line
(synthetic resumes; made-up names, employers and places)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)


def _roles(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    r = parse_resume(text, today=TODAY)
    return [(w.position, w.company, w.start, w.end) for w in r.work_experience]


def test_dates_first_roles_under_a_sub_heading_keep_their_own_dates() -> None:
    text = (
        "Dana Whitlock\ndana.whitlock@example.org\n\nEMPLOYMENT HISTORY\n"
        "A. Teaching Posts\n"
        "2016 – present\n"
        "Senior Lecturer, Eastmoor University\n"
        "2011 – 2016\n"
        "Lecturer, Brackwater College\n"
        "2008 – 2011\n"
        "Teaching Fellow, Halden Institute\n"
    )
    assert _roles(text) == [
        ("Senior Lecturer", "Eastmoor University", "2016", None),
        ("Lecturer", "Brackwater College", "2011", "2016"),
        ("Teaching Fellow", "Halden Institute", "2008", "2011"),
    ]


def test_dates_first_roles_after_a_wrapped_sentence_keep_their_own_dates() -> None:
    text = (
        "Oren Falk\noren.falk@example.org\n\nPROFESSIONAL EXPERIENCE\n"
        "Board Member of the Kestrel Harbour Trust (KHT)\n"
        "2012 - 2019\n"
        "Chief Inspector, Northfield Port Authority\n"
        "Led the inspection programme of the eastern harbour and wrote the\n"
        "rules adopted by the Harbour Safety\n"
        "Board.\n"
        "2006 - 2012\n"
        "Deputy Inspector, Northfield Port Authority\n"
        "Reviewed cargo safety plans for the river terminals and trained the\n"
        "new staff of the Dock\n"
        "Board.\n"
        "2003 - 2006\n"
        "Safety Officer, Greyhaven Shipping Ltd\n"
    )
    assert _roles(text)[-3:] == [
        ("Chief Inspector", "Northfield Port Authority", "2012", "2019"),
        ("Deputy Inspector", "Northfield Port Authority", "2006", "2012"),
        ("Safety Officer", "Greyhaven Shipping Ltd", "2003", "2006"),
    ]


def test_an_employer_over_its_dates_keeps_the_dates_last_reading() -> None:
    text = (
        "Mira Colt\nmira.colt@example.org\n\nEXPERIENCE\n"
        "Brightwell Foods\n"
        "2015 - 2019\n"
        "Store Manager\n"
        "• Ran a team of twelve cashiers.\n"
        "Lakeside Hardware\n"
        "2011 - 2015\n"
        "Sales Associate\n"
        "• Restocked the garden aisle every week.\n"
    )
    assert _roles(text) == [
        ("Store Manager", "Brightwell Foods", "2015", "2019"),
        ("Sales Associate", "Lakeside Hardware", "2011", "2015"),
    ]


def test_an_exported_header_with_a_dash_line_keeps_its_title_and_employer() -> None:
    text = (
        "Priya Lund\nSpringfield, IL\npriya.lund@example.org\n\nWork Experience\n"
        "Research Intern\n"
        "QUILLON ANALYTICS, INC.\n"
        "-\n"
        "Springfield, IL\n"
        "March 2018 to Present\n"
        "• Cleaned survey data for the quarterly reports.\n"
        "• Wrote summaries of the findings [a long note that runs on and on to the\n"
        "end of the line]\n"
        "Volunteer Tutor\n"
        "ELMWOOD LEARNING CENTER\n"
        "-\n"
        "Shelbyville, IL\n"
        "June 2016 to August 2017\n"
        "• Tutored children in reading.\n"
    )
    assert _roles(text) == [
        ("Research Intern", "QUILLON ANALYTICS, INC.", "2018-03", None),
        ("Volunteer Tutor", "ELMWOOD LEARNING CENTER", "2016-06", "2017-08"),
    ]


def test_dates_under_an_undated_header_and_its_place_lines_are_its_own() -> None:
    text = (
        "Noel Barrow\nnoel.barrow@example.org\n\nTeaching Experience:\n"
        "Lecturer - Eastmoor University\n"
        "Springfield, IL\n"
        "Statistics\n"
        "Graduate Programme\n"
        "2010 - Present\n"
        "Instructor: Brackwater College\n"
        "Shelbyville, IL\n"
        "2004 - 2010\n"
    )
    roles = _roles(text)
    assert roles[0] == ("Lecturer", "Eastmoor University", "2010", None)
    assert ("Instructor", "Brackwater College", "2004", "2010") in roles


def test_dates_stacked_over_one_header_are_that_roles_periods() -> None:
    text = (
        "Ada Quill\nada.quill@example.org\n\nEmployment History\n"
        "2019-current\n"
        "2012-2015\n"
        "Harbour Savings Bank, Springfield\n"
        "Position: Teller\n"
        "Served customers at the counter and by phone.\n"
    )
    assert [
        (w.company, w.start, w.end, w.is_current)
        for w in parse_resume(text, today=TODAY).work_experience
    ] == [
        ("Harbour Savings Bank", "2019", None, True),
        ("Harbour Savings Bank", "2012", "2015", False),
    ]


def test_a_dates_line_above_another_roles_header_lends_it_no_period() -> None:
    text = (
        "Ada Quill\nada.quill@example.org\n\nEXPERIENCE\n"
        "Jun - Sept 2019\n"
        "Summer intern / Qorvex Labs, Springfield\n"
        "Jun - Sept 2018\n"
        "Summer intern / Halden Systems, Shelbyville\n"
    )
    roles = parse_resume(text, today=TODAY).work_experience
    assert len([w for w in roles if w.company == "Halden Systems"]) <= 1
    assert len([w for w in roles if w.company == "Qorvex Labs"]) <= 1
