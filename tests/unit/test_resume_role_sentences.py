"""Roles written as sentences and the date forms that lost roles (synthetic resumes; made-up
names)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import dates
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_sentences import read_sentence, title_sentence

TODAY = date(2026, 1, 1)


def _roles(text: str) -> list[tuple[str | None, str | None, str | None, str | None, bool]]:
    resume = parse_resume(text, today=TODAY)
    return [(w.position, w.company, w.start, w.end, w.is_current) for w in resume.work_experience]


@pytest.mark.parametrize(
    ("sentence", "position", "company"),
    [
        ("Worked as a Sales Associate at Brindle Outfitters from 2010 to 2012.", "Sales Associate", "Brindle Outfitters"),
        ("Currently working with Zelkova Bank as Credit Analyst.", "Credit Analyst", "Zelkova Bank"),
        ("I joined Qorvex Systems Pvt. Ltd. in 2015 as a Buyer.", "Buyer", "Qorvex Systems Pvt. Ltd."),
        ("Served as Controller for Marlow Freight Inc.", "Controller", "Marlow Freight Inc."),
        ("Presently I am associated with Tarn Infotech as a Support Engineer since 2019.", "Support Engineer", "Tarn Infotech"),
        ("-Worked as PHP programmer for Fenwick Soft Ltd., Nashik from July 2011 to May 2013.", "PHP programmer", "Fenwick Soft Ltd."),
        ("Later I worked as a coordinator of Lakeview Literacy Program in the county.", "coordinator", "Lakeview Literacy Program"),
    ],
)  # fmt: skip
def test_an_employment_sentence_gives_title_and_employer(
    sentence: str, position: str, company: str
) -> None:
    said = read_sentence(sentence)
    assert said is not None
    assert (said.position, said.company) == (position, company)


@pytest.mark.parametrize(
    "sentence",
    [
        "Worked on a project for the Harbor City Department of Transport.",  # no "as <title>"
        "Worked as an adviser for clients such as Delmont Energy.",  # a client
        "I was working as a QA analyst in the KX project for a retail app.",  # a project
        "Served as Recording Secretary of the Board at its meetings.",  # no employer
        "Worked as Developer in Pune.",  # a town is no employer
        "Worked as a Helper for Grades 4 and 5 at Oakfield School.",  # not a name
        "Led the team that worked as a unit at Brindle Outfitters.",  # a duty, not an opener
    ],
)
def test_no_role_from_a_sentence_about_clients_projects_or_places(sentence: str) -> None:
    assert read_sentence(sentence) is None


def test_title_only_sentence() -> None:
    assert title_sentence("Worked as office assistant.") == "office assistant"
    assert title_sentence("Handled the phones as needed.") is None


def test_experience_written_in_sentences() -> None:
    text = """Jane Roe
jane.roe@example.com

PROFESSIONAL EXPERIENCE
Worked as a Tutor in the Department of Physics at Elmhurst
Institute of Technology, Elmhurst from 2006 to 2010.
Presently I am associated with Tarn Infotech as a Support Engineer
since March 2013 to Till Date.
-Working as Sr. Python developer for Fenwick Soft LTD., Nashik, from June
2015 to till date.

EDUCATION
B.E. Computer Science, Nashik University, 2005
"""
    assert _roles(text) == [
        ("Tutor", "Elmhurst Institute of Technology", "2006", "2010", False),
        ("Support Engineer", "Tarn Infotech", "2013-03", None, True),
        ("Sr. Python developer", "Fenwick Soft LTD.", "2015", None, True),
    ]


def test_summary_sentence_names_a_role_the_roles_lack() -> None:
    text = """John Poe
john.poe@example.com

SUMMARY
Currently employed as a Marketing Intern at Walnut Ridge Systems. Skilled in SQL.

EDUCATION
BS Information Systems, Lakeside University, 2024
"""
    assert _roles(text) == [("Marketing Intern", "Walnut Ridge Systems", None, None, False)]


def test_summary_sentence_does_not_repeat_a_listed_employer() -> None:
    text = """John Poe

SUMMARY
Currently working as Senior Accountant at Northwind Traders.

EXPERIENCE
Senior Accountant, Northwind Traders, 2019 - Present
- Closed the books every month
"""
    assert _roles(text) == [("Senior Accountant", "Northwind Traders", "2019", None, True)]


def test_summary_sentence_names_the_employer_a_role_lacks() -> None:
    text = """John Poe

SUMMARY
Currently working as Senior Accountant at Northwind Traders.

EXPERIENCE
Senior Accountant
2019 - Present
- Closed the books every month
"""
    assert _roles(text) == [("Senior Accountant", "Northwind Traders", "2019", None, True)]


def test_title_for_employer_on_the_dates_line() -> None:
    text = """Ann Doe

EXPERIENCE
Data Consultant for Qorvex Holdings - Pensions Unit (since 2004)
- Built reporting tools
"""
    assert _roles(text)[0][:2] == ("Data Consultant", "Qorvex Holdings")


@pytest.mark.parametrize(
    "line",
    [
        "Reading Teacher (Skills for Life Program), 2001 - 2004",
        "Youth Team Leader for Elmsworth Chapel, 2001 - 2004",  # no company word
    ],
)
def test_title_for_what_is_no_employer(line: str) -> None:
    text = f"Ann Doe\n\nEXPERIENCE\n{line}\n- Planned lessons\n"
    assert all("Program" not in (c or "") and c != "Elmsworth Chapel" for _, c, *_ in _roles(text))


def test_a_title_sentence_under_an_employer_gives_the_title() -> None:
    text = """Ann Doe

EXPERIENCE
Marlow Freight Inc., Springfield, IL   2003 - 2005
Worked as office assistant.
- Answered phones
"""
    assert _roles(text)[0][:2] == ("office assistant", "Marlow Freight Inc.")


@pytest.mark.parametrize(
    ("line", "start", "end", "current"),
    [
        ("2015 – till now", "2015", None, True),
        ("2016 – Till Today", "2016", None, True),
        ("2010 to till now", "2010", None, True),
        ("Oct 2010 - Continuing", "2010-10", None, True),
        ("June 2015 onwards", "2015-06", None, True),
        ("Oct 2013 Present", "2013-10", None, True),
        ("Q1 2016 - Q3 2018", "2016-01", "2018-07", False),
        ("2nd Quarter, 2017 - 2018", "2017-04", "2018", False),
        ("Jan-19 - Mar-21", "2019-01", "2021-03", False),
        ("March-2019 - June-2020", "2019-03", "2020-06", False),
        ("Mar 08/Jun 11", "2008-03", "2011-06", False),
        ("Apr 06/Now", "2006-04", None, True),
    ],
)
def test_date_forms(line: str, start: str, end: str | None, current: bool) -> None:
    rng = dates.find_range(line)
    assert rng is not None
    assert (rng.start, rng.end, rng.is_current) == (start, end, current)


@pytest.mark.parametrize(
    "line",
    [
        "Posted Mar-14-11",
        "Windows 2000",
        "2019 Current Projects",
        "Mar 08",  # a day, or a month and a year: alone it is no range
        "Held Jan 15 - Mar 20, 2019",  # days before a year
    ],
)
def test_no_range_from_other_numbers(line: str) -> None:
    assert dates.find_range(line) is None


def test_an_open_ended_role_is_dated() -> None:
    text = """Ann Doe

EXPERIENCE
Freelance Level Designer
June 2015 onwards
- Shipped three mobile games
"""
    assert _roles(text) == [("Freelance Level Designer", None, "2015-06", None, True)]


@pytest.mark.parametrize(
    ("line", "position"),
    [
        ("Owner/Operator - Oversee all aspects of landscaping and mulch operations", "Owner/Operator"),
        ("Vice President of Operations – Promoted to approve plans and budgets", "Vice President of Operations"),
        ("Calendar Clerk/Litigation Assistant. Managed the calendar of in-house counsel", "Calendar Clerk/Litigation Assistant"),
        ("Team Leader: Led the night shift of six people", "Team Leader"),
    ],
)  # fmt: skip
def test_a_title_opening_the_body_fills_a_role_with_no_title(line: str, position: str) -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\nHollis Builders, Inc., Fairview, AK\n"
        f"2011 - 2014\n{line}.\nKept the projects on budget.\n"
    )
    assert _roles(text)[0][:2] == (position, "Hollis Builders, Inc.")


@pytest.mark.parametrize(
    "line",
    [
        "Responsibilities: Managed the team of five",
        "Key Achievements: Reduced costs by a fifth",
        "Project: Payroll System for the head office",
        "Managed Accounts - Handled all the client work",
    ],
)
def test_a_heading_label_or_verb_opening_the_body_is_no_title(line: str) -> None:
    from atspro.analysis.resume.role_sentences import lead_title

    assert lead_title(line) is None


def test_a_sentence_header_whose_employer_is_unreadable_keeps_only_its_title() -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\n"
        "Working as a Software Engineer in xyz Software Pvt Ltd, Pune from May 2007 – to June 2009\n"
        "Wrote the billing module.\n"
    )
    assert _roles(text)[0][:2] == ("Software Engineer", None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• 2012 onwards: Legal Counsel, Corran Water Board, which role includes drafting", ("Legal Counsel", "Corran Water Board", "2012", None, True)),
        ("• 14/8/12 onwards: Legal Counsel, Corran Water Board, which role includes drafting", ("Legal Counsel", "Corran Water Board", "2012-08", None, True)),
        ("Nov. 2008 to date: Managing Partner, Hale Wiru and Co. Advocates, Eastport, a firm of advocates", ("Managing Partner", "Hale Wiru and Co. Advocates", "2008-11", None, True)),
    ],
)  # fmt: skip
def test_a_dated_clause_in_the_body_is_a_role(line: str, expected: tuple) -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\nSenior Clerk, Tamsin Freight Ltd\n"
        f"2001 - 2006\n{line} with local groups on many matters.\nFiled the returns.\n"
    )
    assert expected in _roles(text)


def test_a_clause_whose_dates_open_no_title_and_employer_is_no_role() -> None:
    from atspro.analysis.resume.role_sentences import dated_clause

    assert dated_clause("2010 - 2012: Managed the store, Acme") is None
    assert dated_clause("2006 TO 2012: worked mostly in land law") is None


def test_self_employed_before_a_title_is_the_title_not_the_employer() -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\n2006 - 2012\n"
        "SELF-EMPLOYED LEGAL PRACTITIONER principally\nworking in land law for local groups.\n"
    )
    assert _roles(text)[0][:2] == ("SELF-EMPLOYED LEGAL PRACTITIONER", None)


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("Regional Planning Group (RPG). The RPG worked closely with", "Regional Planning Group (RPG)"),
        ("Organised weekly workshops for new staff", None),
        ("Tarn Co. The Best Bakery", "Tarn Co. The Best Bakery"),
        ("Managed Care Partners Inc", "Managed Care Partners Inc"),
        ("Mt. Carmel Area School District", "Mt. Carmel Area School District"),
    ],
)  # fmt: skip
def test_an_employer_running_into_a_sentence_is_cut_or_dropped(
    company: str, expected: str | None
) -> None:
    from atspro.analysis.resume.role_sentences import _tidy_company

    assert _tidy_company(company) == expected


def test_a_dated_promotion_in_a_bullet_is_a_role_at_the_same_employer() -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\nSoftware Engineer, Qorvex Technologies Pvt. Ltd.\n"
        "March 2009 - Present\n"
        "• Promoted from Software Engineer Trainee to Software Developer in March 2010\n"
        "• Built the billing module.\n"
        "• Promoted to Team Lead after good reviews from the client\n"
    )
    assert _roles(text) == [
        ("Software Engineer", "Qorvex Technologies Pvt. Ltd.", "2009-03", None, True),
        ("Software Developer", "Qorvex Technologies Pvt. Ltd.", "2010-03", None, True),
    ]


def test_a_promotion_dated_outside_the_role_is_no_role() -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\nClerk, Tamsin Freight Ltd\n2001 - 2004\n"
        "• Promoted to Senior Clerk in 2007 after the merger.\n"
    )
    assert [r[0] for r in _roles(text)] == ["Clerk"]


def test_a_personal_job_sentence_inside_punctuation_stripped_text_is_read() -> None:
    text = (
        "Ravi Kumar Nashik Maharashtra Network professional with hands on experience in routers "
        "and firewalls for over 2 years looking for a challenging position in a growing company "
        "where steady work on branch networks and careful change records are valued and where "
        "I can keep learning new platforms with a friendly team of engineers every single day "
        "Currently working as a Network Engineer with Qorvex "
        "Technologies PVT Ltd Bangalore on contract through Tarn Staffing Pvt Ltd Skills Routing"
    )
    roles = parse_resume(text, today=TODAY).work_experience
    assert ("Network Engineer", "Qorvex Technologies PVT Ltd") in [
        (w.position, w.company) for w in roles
    ]


def test_an_employer_written_two_ways_is_one_role() -> None:
    from atspro.analysis.resume.role_sentences import _same

    assert _same("Qorvex Software Solutions Pvt Ltd", "Qorvex Software Solutions PvtLtd")
    assert _same(
        "HOD Elmhurst Institute of Management Rivers HP",
        "Elmhurst Institute of Management Rivers High",
    )
    assert not _same("Lakeview Bank", "Lakeview Foods")


def test_a_dated_clause_whose_header_took_the_line_above_keeps_its_own_role() -> None:
    # The sentence of the role above wraps onto a short line ("Tarn Medical School, …"),
    # which the header reading takes as the employer of the dated clause below it.
    text = (
        "Jane Roe\njane@example.com\nExperience\n2003 - 2008\nBrindle General Hospital\n"
        "Head of Compliance\n• Led the compliance team and taught contract law both at\n"
        "Tarn Medical School, Eastport University\n"
        "Nov. 2008 to date: Managing Partner, Hale Wiru and Co. Advocates, Eastport, a Firm\n"
        "of Advocates handling civil matters on behalf of clients\n"
    )
    assert ("Managing Partner", "Hale Wiru and Co. Advocates", "2008-11", None, True) in _roles(
        text
    )


def test_a_dated_committee_line_with_no_employer_read_stays_as_read() -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\nProfessor, Brindle State University\n"
        "1990 - 2010\nTaught policy.\nService\n"
        "1998-2001: Member, Advisory Board, Urban Studies Program, BSU.\n"
        "1996-1997: Member, Library Review Committee, BSU\n"
    )
    assert "Advisory Board" not in [r[1] for r in _roles(text)]


def test_a_title_after_a_quoted_motto_opens_the_body() -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\nBrindle Builders, LLC, Eastport, CA\n"
        "2010 to Present\n"
        "“Provide solutions for Industrial and Residential Maintenance Needs.”\n"
        "Owner/Operator - Oversee all aspects of several ongoing landscaping and mulch jobs,\n"
        "including crews, contracts and supplies.\n"
    )
    assert _roles(text)[0][:2] == ("Owner/Operator", "Brindle Builders, LLC")


@pytest.mark.parametrize(
    ("body", "position"),
    [
        ("Senior Software developer for the intranet portal. I took part in several releases.", "Senior Software developer"),
        ("Senior .NET developer in a squad building a rewards app.", "Senior .NET developer"),
        ("As a senior .NET Developer I was building a new claims portal.", "senior .NET Developer"),
        ("As Senior Software engineer my job was to build and run the mobile client.", "Senior Software engineer"),
        ("Technical lead for the main website redesign.", "Technical lead"),
        ("Project Manager for the billing platform.", "Project Manager"),
    ],
)  # fmt: skip
def test_a_title_opening_the_body_in_a_sentence_about_the_job(body: str, position: str) -> None:
    text = f"Jane Roe\njane@example.com\nExperience\nBrindle Telecom | October 2015 – Current\n{body}\n"
    assert _roles(text)[0][:2] == (position, "Brindle Telecom")


@pytest.mark.parametrize(
    "body",
    [
        "Market leader specializing in backup power for phone networks.",  # a company blurb
        "Responsible for the payroll of 40 staff.",
        "Managed a team of five in the Eastport office.",
        "Consultant work for client projects across the region.",
    ],
)
def test_a_body_opening_with_no_title_gives_none(body: str) -> None:
    text = f"Jane Roe\njane@example.com\nExperience\nBrindle Telecom | October 2015 – Current\n{body}\n"
    assert _roles(text)[0][:2] == (None, "Brindle Telecom")


def test_a_long_first_paragraph_is_read_from_its_first_sentence() -> None:
    rest = " ".join(["Planned and ran the access reviews for the trading systems."] * 6)
    text = (
        "Jane Roe\njane@example.com\nExperience\nZelkova Bank | Feb 2008 – May 2010\n"
        f"I was hired as a senior .NET Developer in the Fraud Analytics unit. {rest}\n"
    )
    assert _roles(text)[0][:2] == ("senior .NET Developer", "Zelkova Bank")
