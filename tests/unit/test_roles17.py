"""Round 17 role shapes (issue #14): a dated role naming neither title nor employer, titles
opened by "Trained" / "Experienced" / "Skilled", "dates Employer Title" with no separator, a
lower-case employer over its title, undated "Title (Employer)" lists, an -ing title before
its line's first comma, labels over undated one-line roles and "Title / Unit - Employer"
(made-up people, employers and duties)."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header
from atspro.analysis.resume.roles import is_title, opens_with_verb
from tests.unit.test_resume_roles_limits15 import HEAD, TAIL, TODAY, _roles

# --- a dated role with no title and no employer -------------------------------------------


def test_dates_and_bullets_alone_keep_their_role() -> None:
    body = (
        "EXPERIENCE\nJan 2019 – Present\n- Built the test rigs for the lab.\n"
        "- Wrote the weekly reports.\nMar 2015 – Dec 2018\nData Analyst, Tarnwick Foods\n"
        "- Kept the supplier records."
    )
    resume = parse_resume(HEAD + body + TAIL, today=TODAY)
    first = resume.work_experience[0]
    assert (first.position, first.company, first.start, first.is_current) == (
        None,
        None,
        "2019-01",
        True,
    )
    assert first.bullets == ["Built the test rigs for the lab.", "Wrote the weekly reports."]
    assert _roles(body)[1] == ("Data Analyst", "Tarnwick Foods", "2015-03")


def test_a_dated_block_under_a_named_role_is_a_sub_block_of_it() -> None:
    body = (
        "EXPERIENCE\nData Analyst, Tarnwick Foods\nMar 2015 – Dec 2018\n"
        "- Kept the supplier records.\nNotable work:\n2016 – 2017\n- Built the billing engine."
    )
    resume = parse_resume(HEAD + body + TAIL, today=TODAY)
    assert [(w.position, w.company, w.start) for w in resume.work_experience] == [
        ("Data Analyst", "Tarnwick Foods", "2015-03")
    ]
    assert resume.work_experience[0].bullets[-1] == "Built the billing engine."


def test_a_dated_block_under_a_named_role_outside_its_dates_is_another_role() -> None:
    body = (
        "EXPERIENCE\nData Analyst, Tarnwick Foods\nMar 2015 – Dec 2018\n"
        "- Kept the supplier records.\n2012 – 2014\nManaged the night shift at the depot."
    )
    assert _roles(body) == [("Data Analyst", "Tarnwick Foods", "2015-03"), (None, None, "2012")]


def test_a_dated_block_under_an_undated_named_role_gives_it_its_dates() -> None:
    body = (
        "EXPERIENCE\nFlorist\nAcme Flowers Ltd, Springfield\nSold the wreaths on market days.\n"
        "Dec 2013 – Feb 2016\nShowed new staff the till routine."
    )
    assert _roles(body) == [("Florist", "Acme Flowers Ltd", "2013-12")]


_NOT_WORK = (
    "- Graduated B.Sc. Biology",
    "- Studied Computer Science at Lakemont State University",
    "- Travelled across South America",
    "- Completed the Data Analytics certificate",
    "• Completed PMP certification coursework",
    "- Cared for a family member",
    "• Unemployed; job seeking and retraining",
    "- Travelled and volunteered abroad",
    "• Volunteered at the animal shelter",
    "• Doe J, Roe A. Scaling queues. Journal of Systems 12(3).",
)


def test_a_dated_block_of_study_travel_care_or_citation_is_no_nameless_role() -> None:
    for line in _NOT_WORK:
        body = (
            f"EXPERIENCE\n2019 – 2020\n{line}\n2015 – 2018\nData Analyst, Acme Corp\n- Ran reports."
        )
        assert _roles(body) == [("Data Analyst", "Acme Corp", "2015")], line


def test_a_nameless_role_keeps_its_town_as_location() -> None:
    body = "EXPERIENCE\n2019 – 2022 | Springfield\n- Built the test rigs."
    resume = parse_resume(HEAD + body + TAIL, today=TODAY)
    assert [(w.position, w.company, w.location, w.start) for w in resume.work_experience] == [
        (None, None, "Springfield", "2019")
    ]


def test_dated_activities_of_a_student_are_no_nameless_roles() -> None:
    body = (
        "ACTIVITIES\n2019 – 2020\n- Organised the chess club.\n"
        "2020 – 2021\n- Ran the debate society."
    )
    assert _roles(body) == []


def test_a_career_break_is_no_nameless_role() -> None:
    body = (
        "EXPERIENCE\nData Analyst, Tarnwick Foods\nMar 2015 – Dec 2018\n"
        "- Kept the supplier records.\n2012 – 2014\n- Career break: raised a family."
    )
    assert _roles(body) == [("Data Analyst", "Tarnwick Foods", "2015-03")]


# --- participles opening a title ----------------------------------------------------------


def test_trained_and_experienced_open_a_title_under_the_dates() -> None:
    body = (
        "EXPERIENCE\n2016 – 2018\nTrained nurse at Quillon Hospital\n- Cared for patients.\n"
        "2013 – 2015\nExperienced driver at Globex Logistics\n- Drove the vans.\n"
        "2010 – 2012\nSkilled electrician at Initech Works\n- Wired the plant."
    )
    assert _roles(body) == [
        ("Trained nurse", "Quillon Hospital", "2016"),
        ("Experienced driver", "Globex Logistics", "2013"),
        ("Skilled electrician", "Initech Works", "2010"),
    ]


def test_a_participle_before_a_title_the_index_knows() -> None:
    role = parse_role_header(["Trained Barista, Quillon Coffee"])
    assert (role.position, role.company) == ("Trained Barista", "Quillon Coffee")


def test_participle_duties_stay_duties() -> None:
    for duty in ("Trained new staff", "Trained the barista team", "Experienced the move"):
        assert opens_with_verb(duty), duty


# --- "dates Employer Title" on one line, no separator ------------------------------------


def test_dates_then_employer_then_title_without_punctuation() -> None:
    body = (
        "EXPERIENCE\n2019 – 2022 Acme Technologies Software Engineer\n"
        "- Built the billing service.\n2015 – 2018 Globex Ltd Data Analyst\n"
        "- Kept the supplier records.\nJan 2012 – Dec 2014 Initech Pvt Ltd Senior Project Manager\n"
        "- Ran the rollout."
    )
    assert _roles(body) == [
        ("Software Engineer", "Acme Technologies", "2019"),
        ("Data Analyst", "Globex Ltd", "2015"),
        ("Senior Project Manager", "Initech Pvt Ltd", "2012-01"),
    ]


def test_a_title_opening_word_after_the_name_is_not_split() -> None:
    # "Systems", "Company", "Bank" open titles: no split without a closing word
    for line in ("Acme Systems Engineer", "Acme Company Secretary", "Globex Bank Teller"):
        role = parse_role_header([line])
        assert role.company is None, line


def test_a_long_run_before_a_title_is_no_employer() -> None:
    role = parse_role_header(["Weekly Report Desk Quillon Works Pvt Ltd Network Administrator"])
    assert role.company != "Weekly Report Desk Quillon Works Pvt Ltd"


# --- a lower-case employer before the title -----------------------------------------------


def test_lower_case_employer_over_the_title_under_the_dates() -> None:
    body = (
        "EXPERIENCE\nJan 2019 – Dec 2022\nacme technologies pvt ltd\nSoftware Engineer\n"
        "- Built the billing service.\nMar 2015 – Dec 2018\nglobex llc\nData Analyst\n"
        "- Kept the supplier records."
    )
    assert _roles(body) == [
        ("Software Engineer", "acme technologies pvt ltd", "2019-01"),
        ("Data Analyst", "globex llc", "2015-03"),
    ]


def test_lower_case_employer_over_the_title_over_the_dates() -> None:
    body = (
        "EXPERIENCE\nacme technologies pvt ltd\nSoftware Engineer\nJan 2019 – Dec 2022\n"
        "- Built the billing service.\nglobex llc\nData Analyst\nMar 2015 – Dec 2018\n"
        "- Kept the supplier records."
    )
    assert _roles(body) == [
        ("Software Engineer", "acme technologies pvt ltd", "2019-01"),
        ("Data Analyst", "globex llc", "2015-03"),
    ]


def test_lower_case_employer_before_the_title_on_one_line() -> None:
    body = (
        "EXPERIENCE\nacme technologies pvt ltd, Software Engineer, Jan 2019 – Dec 2022\n"
        "- Built the billing service."
    )
    assert _roles(body) == [("Software Engineer", "acme technologies pvt ltd", "2019-01")]


def test_lower_case_words_without_a_legal_form_stay_unread() -> None:
    role = parse_role_header(["acme robotics, Software Engineer"])
    assert (role.position, role.company) == ("Software Engineer", None)


# --- undated "Title (Employer)" lists -----------------------------------------------------


def test_an_undated_list_of_titles_with_employers_in_brackets() -> None:
    body = (
        "EXPERIENCE\nSales Assistant (Hooli)\n- Served customers at the till.\n"
        "Barista (Acme Coffee)\n- Made the coffee.\nWaiter (Initech Diner)\n- Took the orders."
    )
    assert _roles(body) == [
        ("Sales Assistant", "Hooli", None),
        ("Barista", "Acme Coffee", None),
        ("Waiter", "Initech Diner", None),
    ]


def test_notes_in_brackets_in_a_list_stay_the_titles() -> None:
    body = (
        "EXPERIENCE\nData Analyst (Risk Management)\n- Kept the records.\n"
        "Barista (Night Shift)\n- Made the coffee."
    )
    assert [r[1] for r in _roles(body)] == [None, None]


# --- an -ing title before the line's first comma ------------------------------------------


def test_an_ing_title_before_a_comma_under_the_dates() -> None:
    body = (
        "EXPERIENCE\n2019 – Present\nSenior Analyst, Globex Ltd\n- Ran the reports.\n"
        "2015 – 2018\nTutoring Program Lead Teacher, Lakemont County Schools, Springfield, IL"
    )
    assert _roles(body) == [
        ("Senior Analyst", "Globex Ltd", "2019"),
        ("Tutoring Program Lead Teacher", "Lakemont County Schools", "2015"),
    ]


def test_an_ing_duty_before_a_comma_stays_a_duty() -> None:
    assert opens_with_verb("Training new hires, onboarding and payroll")
    assert opens_with_verb("Leading the team, Friday reviews")


# --- undated one-line roles under a dated role: a label before them -----------------------


def test_an_early_career_label_before_a_one_line_role() -> None:
    body = (
        "EXPERIENCE\nDirector of Finance, Globex Ltd, 2015 – 2022\n- Ran the budgets.\n"
        "- Closed the books.\nEarly Career: Manager of Logistics and Supply, Initech Corporation"
    )
    assert _roles(body) == [
        ("Director of Finance", "Globex Ltd", "2015"),
        ("Manager of Logistics and Supply", "Initech Corporation", None),
    ]


def test_a_label_in_capitals_over_a_list_of_one_line_roles() -> None:
    body = (
        "EXPERIENCE\nStore Supervisor, Hooli Retail LLC, 2015 – 2022\n- Drafted the filings.\n"
        "OTHER POSTS IN RETAIL\nStock Clerk (Lakemont Dept. of Supplies)\n"
        "Cashier, Lakemont Farm Shop\nDelivery Driver, Lakemont Bakery"
    )
    resume = parse_resume(HEAD + body + TAIL, today=TODAY)
    assert resume.work_experience[0].bullets == ["Drafted the filings."]
    assert _roles(body) == [
        ("Store Supervisor", "Hooli Retail LLC", "2015"),
        ("Stock Clerk", "Lakemont Dept. of Supplies", None),
        ("Cashier", "Lakemont Farm Shop", None),
        ("Delivery Driver", "Lakemont Bakery", None),
    ]


def test_a_label_in_capitals_over_duties_stays_in_the_body() -> None:
    body = (
        "EXPERIENCE\nStore Supervisor, Hooli Retail LLC, 2015 – 2022\n- Drafted the filings.\n"
        "- Filed the briefs.\nMAIN CLIENTS SERVED\n- Kept the case diary."
    )
    assert _roles(body) == [("Store Supervisor", "Hooli Retail LLC", "2015")]


# --- "Title / Unit - Employer": the unit stays with the title -----------------------------


def test_a_unit_after_the_title_and_a_slash_stays_with_the_title() -> None:
    role = parse_role_header(["Software Engineer / Payments Team - Acme Corporation"])
    assert (role.position, role.company) == (
        "Software Engineer / Payments Team",
        "Acme Corporation",
    )
    role = parse_role_header(["Data Analyst / Research Unit - Globex Logistics"])
    assert (role.position, role.company) == ("Data Analyst / Research Unit", "Globex Logistics")


def test_a_second_title_after_a_slash_is_still_joined() -> None:
    role = parse_role_header(["Senior Engineer / Team Lead, Acme Corp"])
    assert (role.position, role.company) == ("Senior Engineer / Team Lead", "Acme Corp")


# --- hostile input --------------------------------------------------------------------------


def test_hostile_headers_finish() -> None:
    lines = ["EXPERIENCE"]
    for n in range(1250):
        lines += [
            f"20{n % 90:02d} – 2099 Acme Technologies " + "Pvt " * 3 + "Software Engineer",
            "acme technologies pvt ltd",
            "OTHER JOBS IN THE FIELD",
            "Early Career: Sales Assistant (Hooli)",
            "- Built the rigs.",
        ]
    text = "\n".join(lines)[:100_000]
    parse_resume(HEAD + text + TAIL, today=TODAY)  # must finish
    long = "Acme " * 20_000 + "Ltd Software Engineer"
    parse_role_header([long[:12_000]])


def test_a_thousand_undated_one_line_roles_in_one_body_do_not_overflow() -> None:
    # each undated role read inside a dated role's body was a recursion: ~1,000 overflowed
    lines = ["EXPERIENCE", "Data Analyst, Globex Ltd, 2015 – 2022"]
    for _ in range(1000):
        lines += ["- Ran the reports.", "Store Manager, Tollbridge Ltd"]
    resume = parse_resume(HEAD + "\n".join(lines) + TAIL, today=TODAY)
    assert len(resume.work_experience) == 1001


def test_a_long_body_of_labelled_one_line_roles_is_read_in_one_pass() -> None:
    # each role found rebuilt the rest of the body (labels cut, the label line dropped by a
    # copy): 2,400 roles took seconds; one pass over the body now (must finish)
    lines = ["EXPERIENCE", "Data Analyst, Globex Ltd, 2015 – 2022"]
    for _ in range(2400):
        lines += ["- Ran the reports.", "OTHER POSTS IN RETAIL", "Store Manager, Acme Ltd"]
    resume = parse_resume(HEAD + "\n".join(lines) + TAIL, today=TODAY)
    assert len(resume.work_experience) == 2401
    assert resume.work_experience[-1].company == "Acme Ltd"


# --- review: a field of work before a title is no employer ---------------------------------


_FIELD_TITLES = (
    "Information Technologies Manager",
    "Learning Technologies Coordinator",
    "Assistive Technologies Specialist",
    "Emerging Technologies Analyst",
    "Enterprise Technologies Architect",
    "Creative Industries Lecturer",
    "Research Labs Manager",
    "Corporate Ventures Associate",
    "Global Holdings Accountant",
)


def test_a_field_of_work_before_a_title_is_no_employer() -> None:
    for title in _FIELD_TITLES:
        role = parse_role_header([f"2019 – 2022 {title}"], dated=True)
        assert (role.position, role.company) == (title, None), title


def test_a_made_up_name_before_the_closing_word_is_still_the_employer() -> None:
    role = parse_role_header(["2019 – 2022 Initech Holdings Accountant"], dated=True)
    assert (role.position, role.company) == ("Accountant", "Initech Holdings")
    role = parse_role_header(["2019 – 2022 Globex Labs Data Scientist"], dated=True)
    assert (role.position, role.company) == ("Data Scientist", "Globex Labs")


# --- review: a label in capitals must name a list of jobs -----------------------------------


def test_a_label_in_capitals_naming_no_jobs_keeps_its_list_in_the_body() -> None:
    for label in ("REPORTED TO THE FOLLOWING", "KEY CLIENTS MANAGED", "REFEREES AVAILABLE"):
        body = (
            "EXPERIENCE\nData Analyst, Globex Ltd, 2015 – 2022\n- Ran the reports.\n"
            f"{label}\nChief Executive Officer, Acme Corp\nFinance Director, Acme Corp"
        )
        assert _roles(body) == [("Data Analyst", "Globex Ltd", "2015")], label


# --- review: a participle over a plural or a phrase is a duty -------------------------------


def test_a_participle_over_people_or_a_phrase_is_a_duty() -> None:
    assert opens_with_verb("Trained Nurses and Doctors in triage")
    assert opens_with_verb("Trained Customer Service Agents on the new CRM")
    assert not is_title("Trained Customer Service Agents on the new CRM")
    assert not opens_with_verb("Certified Nurse Assistant")
    assert is_title("Trained Barista")
