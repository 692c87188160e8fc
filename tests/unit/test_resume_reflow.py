"""Flattened (one-line) resumes get their line structure back before parsing.

Every resume here is made up. Each one-line text is what a web-profile copy-paste, a PDF
with no line breaks in its text layer or a punctuation-stripped export looks like.
"""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import reflow
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel

TODAY = date(2026, 1, 1)

# Punctuation stripped, no line breaks; double spaces where a " - " or a comma was.
STRIPPED = (
    "Priya Venkatesan Springfield Email me on Jobboard httpjobboardexamplecomrpriya1234 "
    "Analyst with six years of reporting experience in retail and logistics "
    "Work Experience Senior Data Analyst Northwind Traders  Springfield 2021 to Present "
    "Built weekly sales dashboards for regional managers and cut the reporting cycle from "
    "five days to one Automated data quality checks across twelve source systems "
    "Data Analyst Contoso Logistics  Shelbyville June 2017 to March 2021 "
    "Maintained shipment tracking reports and trained new analysts on the warehouse data "
    "Education MBA in Business Analytics Riverside School of Management 2017 "
    "BTech in Mechanical Engineering Lakeside Institute of Technology 2015 "
    "Skills  Python  SQL  Tableau  Power BI  Excel"
)

# A web-profile copy-paste: punctuation kept, bullet glyphs and labels, still one line.
PASTED = (
    "Tomasz Brenner Name: Tomasz Brenner Email: tomasz.brenner@example.org "
    "Phone: +44 20 7946 0958 Professional Summary Backend engineer who likes boring, "
    "reliable systems and measurable results. Experience Backend Engineer Fabrikam Ltd "
    "Jan 2020 - Present • Designed the billing service in Go and PostgreSQL • Reduced "
    "p95 latency by 40 % with query plans and caching • Mentored three junior engineers "
    "Software Developer Tailspin Toys Inc. Mar 2016 - Dec 2019 • Built the order API in "
    "Python • Ran the on-call rotation Education Bachelor of Science in Computer Science "
    "Northbridge University 2016 Skills Go, Python, PostgreSQL, Docker, Kubernetes"
)

MULTILINE = """Tomasz Brenner
tomasz.brenner@example.org | +44 20 7946 0958

Professional Summary
Backend engineer who likes boring, reliable systems and measurable results.

Experience
Backend Engineer, Fabrikam Ltd  Jan 2020 - Present
• Designed the billing service in Go and PostgreSQL
• Reduced p95 latency by 40 % with query plans and caching

Education
Bachelor of Science in Computer Science, Northbridge University, 2016

Skills
Go, Python, PostgreSQL, Docker, Kubernetes
"""


def _roles(text: str) -> list[tuple[str | None, str | None, str | None]]:
    r = parse_resume(text, today=TODAY)
    return [(w.position, w.company, w.start) for w in r.work_experience]


def test_one_line_text_is_flattened_and_a_layout_is_not() -> None:
    assert reflow.looks_flattened(STRIPPED)
    assert reflow.looks_flattened(PASTED)
    assert not reflow.looks_flattened(MULTILINE)


def test_normal_resume_is_returned_unchanged() -> None:
    assert reflow.restore_lines(MULTILINE) is MULTILINE
    # One long summary paragraph does not make a layout "flattened".
    long_summary = MULTILINE.replace(
        "measurable results.", "measurable results. " + "Ships small changes often. " * 12
    )
    assert reflow.restore_lines(long_summary) is long_summary


def test_labelled_multi_line_resumes_are_left_alone() -> None:
    """The dotin resumes (real, multi-line) reach the parser exactly as before."""
    from bench.eval.common import SAMPLES
    from bench.eval.resumes import load_dotin

    root = SAMPLES / "resumes_labelled" / "dotin_resume_ner"
    if not root.is_dir():
        pytest.skip("../shared samples not present")
    texts = [doc.text for doc in load_dotin(root)]
    assert len(texts) > 200
    assert [t for t in texts if reflow.restore_lines(t) is not t] == []


def test_headings_date_ranges_and_role_headers_are_restored() -> None:
    lines = reflow.restore_lines(STRIPPED).split("\n")
    assert "Work Experience" in lines
    assert "Education" in lines
    assert "2021 to Present" in lines
    assert "Senior Data Analyst" in lines  # the title, cut from the bullets before it
    assert "Northwind Traders  Springfield" in lines  # the employer after its title


def test_roles_are_read_from_a_stripped_one_line_resume() -> None:
    assert _roles(STRIPPED) == [
        ("Senior Data Analyst", "Northwind Traders", "2021"),
        ("Data Analyst", "Contoso Logistics", "2017-06"),
    ]


def test_education_is_read_from_a_stripped_one_line_resume() -> None:
    r = parse_resume(STRIPPED, today=TODAY)
    got = {(e.level, e.institution, e.graduation_date) for e in r.education}
    assert got == {
        (EducationLevel.MASTER, "Riverside School of Management", "2017"),
        (EducationLevel.BACHELOR, "Lakeside Institute of Technology", "2015"),
    }


def test_skills_section_found_in_one_line_text() -> None:
    r = parse_resume(STRIPPED, today=TODAY)
    assert "skills" in r.sections
    assert {"Python", "SQL", "Tableau"} <= {s.name for s in r.skills if "skills" in s.sections}


def test_bullets_and_labels_get_their_own_lines() -> None:
    lines = reflow.restore_lines(PASTED).split("\n")
    assert "Email: tomasz.brenner@example.org" in lines
    assert "• Designed the billing service in Go and PostgreSQL" in lines
    r = parse_resume(PASTED, today=TODAY)
    assert r.contact.phone and r.contact.phone.endswith("79460958")
    roles = [(w.position, w.company) for w in r.work_experience]
    assert roles == [
        ("Backend Engineer", "Fabrikam Ltd"),
        ("Software Developer", "Tailspin Toys Inc."),
    ]
    assert len(r.work_experience[0].bullets) == 3


def test_pasted_and_multiline_resume_agree() -> None:
    flat, lined = parse_resume(PASTED, today=TODAY), parse_resume(MULTILINE, today=TODAY)
    assert flat.contact.email == lined.contact.email
    assert flat.work_experience[0].company == lined.work_experience[0].company
    assert flat.education[0].institution == lined.education[0].institution


def test_heading_words_inside_sentences_are_not_headings() -> None:
    text = (
        "Work Experience Programme Manager Adventure Works  Springfield 2018 to Present "
        "Handled Projects for three regional clients and reported to the Director of "
        "Education every quarter while running the Training budget for the whole team "
    ) * 3
    lines = reflow.restore_lines(text).split("\n")
    assert not {"Projects", "Education", "Training"} & set(lines)
    assert "Work Experience" in lines


def test_a_one_line_text_takes_no_name_from_its_last_words() -> None:
    r = parse_resume(STRIPPED + " Languages  English  Fluent  Hindi  Native", today=TODAY)
    assert r.contact.full_name in (None, "Priya Venkatesan")


def test_sentences_in_a_one_line_role_are_its_bullets() -> None:
    text = (
        "Dana Whitfield Experience Operations Manager Wingtip Supply Co. Mar 2019 - Present "
        "Ran two warehouses with 40 staff. Cut picking errors by 30 % with barcode checks. "
        "Negotiated carrier rates with U.S. and Canadian partners. "
        "Education Bachelor of Arts in Economics Eastfield College 2012 "
        "Skills Inventory management, forecasting, SQL, Excel, vendor negotiation"
    )
    r = parse_resume(text, today=TODAY)
    role = r.work_experience[0]
    assert (role.position, role.company) == ("Operations Manager", "Wingtip Supply Co.")
    assert role.bullets[:3] == [
        "Ran two warehouses with 40 staff.",
        "Cut picking errors by 30 % with barcode checks.",
        "Negotiated carrier rates with U.S. and Canadian partners.",
    ]


def test_title_with_a_lost_slash_keeps_its_employer() -> None:
    # "IT Support / Network Engineer" lost its slash: the gap is inside the title, and the
    # place follows the last gap.
    text = (
        "Ravi Menon Work Experience IT Support  Network Engineer Contoso Systems Pvt Ltd  "
        "Springfield March 2019 to June 2021 Maintained the office network and fifty "
        "workstations Installed firewalls and kept the asset register up to date "
        "Desktop Support Engineer Litware Infotech  Shelbyville 2016 to 2019 Repaired laptops "
        "and printers for three branch offices Education BSc in Physics Hillcrest College 2015"
    )
    assert [(w.company, w.start) for w in parse_resume(text, today=TODAY).work_experience] == [
        ("Contoso Systems Pvt Ltd", "2019-03"),
        ("Litware Infotech", "2016"),
    ]


def test_title_at_company_stays_one_header() -> None:
    text = (
        "Alex Kim Experience Software Engineer at Globex Jan 2020 - Present Built search "
        "ranking features used by millions of people. Led the migration of the indexing "
        "pipeline to a new storage layer. Data Analyst at Initech Mar 2017 - Dec 2019 Wrote "
        "weekly reports for sales managers. Education BS in Computer Science, State "
        "University, 2017 Skills Python, Go, SQL"
    )
    assert _roles(text) == [
        ("Software Engineer", "Globex", "2020-01"),
        ("Data Analyst", "Initech", "2017-03"),
    ]


def test_profile_copy_with_middle_dots_keeps_title_and_employer() -> None:
    text = (
        "Jordan Lee Experience Senior Product Manager Contoso · Full-time Jan 2021 - Present "
        "Owned the checkout roadmap. Cut payment failures by 12 % in one year. "
        "Product Manager Fabrikam · Contract Jun 2017 - Dec 2020 Led the mobile wallet launch. "
        "Education University of Washington Bachelor of Arts - BA, Economics 2013 - 2017 "
        "Skills Product Management · SQL · A/B Testing"
    )
    assert _roles(text) == [
        ("Senior Product Manager", "Contoso", "2021-01"),
        ("Product Manager", "Fabrikam", "2017-06"),
    ]
    assert "Bachelor of Arts - BA, Economics" in reflow.restore_lines(text).split("\n")


def test_years_of_experience_is_no_heading() -> None:
    text = (
        "Meera Pillai MBA WITH 12 YEARS EXPERIENCE Kochi Kerala Work Experience Branch "
        "Manager Northwind Bank  Kochi Kerala 2015 to Present Ran a branch of 30 staff and "
        "grew deposits every year Opened two new branches and trained their managers "
        "Education MBA in Finance Coastal School of Business 2012 Skills  Retail banking  Credit"
    )
    lines = reflow.restore_lines(text).split("\n")
    assert "EXPERIENCE" not in lines and "Work Experience" in lines
    assert parse_resume(text, today=TODAY).work_experience[0].company == "Northwind Bank"
