"""Round 16 role shapes (issue #14): an employer with a bracketed aside after dates that open its
line, work on one's own account alone over dates, and "Self Employed" beside a title (made-up
people, employers and duties)."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import lower_employer, parse_role_header
from tests.unit.test_resume_roles_limits15 import HEAD, TAIL, TODAY, _roles

# --- dates opening the line, then "Employer (web address)" or "Employer (aside)" -------------


def test_dates_first_then_employer_with_its_web_address() -> None:
    body = (
        "PROFESSIONAL EXPERIENCE\nFeb 2021/Now QUILLON ROBOTICS (WWW.QUILLON.EXAMPLE)\n"
        "Evening Class Instructor\n- Taught the evening courses.\n"
        "Mar 2017/Jan 2021 Tarnwick Foods (www.tarnwick.example)\nData Analyst\n"
        "- Kept the supplier records."
    )
    assert _roles(body) == [
        ("Evening Class Instructor", "QUILLON ROBOTICS", "2021-02"),
        ("Data Analyst", "Tarnwick Foods", "2017-03"),
    ]


def test_dates_first_then_employer_with_an_aside_keeps_the_bracket() -> None:
    body = (
        "EXPERIENCE\nJan 2019 – Present Quillon Robotics (a Hooli company)\nEngineer\n"
        "- Built the test rigs."
    )
    assert _roles(body) == [("Engineer", "Quillon Robotics (a Hooli company)", "2019-01")]


# --- work on one's own account ------------------------------------------------------------


def test_self_employed_alone_over_dates_is_kept_as_the_post() -> None:
    body = (
        "EXPERIENCE\nSelf-employed\nJan 2020 – Present\n- Built websites for small shops.\n"
        "Data Analyst\nTarnwick Foods\nMar 2016 – Dec 2019\n- Kept the supplier records."
    )
    assert _roles(body) == [
        ("Self-employed", None, "2020-01"),
        ("Data Analyst", "Tarnwick Foods", "2016-03"),
    ]


def test_self_employed_with_a_town_and_freelance_under_its_dates() -> None:
    body = (
        "EXPERIENCE\nSelf-Employed, Austin, TX\n2019 – Present\n- Built websites for shops.\n"
        "2016 – 2018\nFreelance\n- Drew maps for walking guides."
    )
    assert _roles(body) == [("Self-Employed", None, "2019"), ("Freelance", None, "2016")]


def test_self_employed_after_the_title_names_no_employer() -> None:
    body = "EMPLOYMENT\n2010-current\nTutor: Self Employed\n- Tutored children in maths."
    assert _roles(body) == [("Tutor", None, "2010")]


def test_own_account_alone_without_dates_is_no_role() -> None:
    assert parse_role_header(["Self-employed"], dated=False).position is None


def test_hostile_bracket_after_dates_finishes() -> None:
    line = "Jan 2019 – Present " + "Acme (" * 1_500 + ")"
    body = "EXPERIENCE\n" + "\n".join([line, "Engineer", "- Built the rigs."] * 10)
    parse_resume(HEAD + body + TAIL, today=TODAY)  # it just has to finish


# --- an employer's name that opens in lower case ------------------------------------------


def test_lower_case_employer_under_its_title_over_the_dates() -> None:
    body = (
        "EXPERIENCE\nSoftware Engineer\nquillon technologies pvt ltd\nJan 2020 – Present\n"
        "- Built the release tools.\nJan 2016 – Dec 2019\nData Analyst\ntarnwick bank ltd\n"
        "- Kept the supplier records."
    )
    assert _roles(body) == [
        ("Software Engineer", "quillon technologies pvt ltd", "2020-01"),
        ("Data Analyst", "tarnwick bank ltd", "2016-01"),
    ]


def test_employer_opening_in_lower_case_with_its_town() -> None:
    body = (
        "WORK EXPERIENCE\nNetwork Engineer\nquillon Technologies Pvt Ltd, Austin, TX\n"
        "January 2019 to Present\n- Kept the branch routers up."
    )
    assert _roles(body) == [("Network Engineer", "quillon Technologies Pvt Ltd", "2019-01")]


def test_lower_case_name_with_no_company_word_keeps_the_title_and_dates() -> None:
    # "quillon robotics" may be an employer; with no company word it is not taken for one, but
    # the role (its title and dates) is no longer lost
    body = "EXPERIENCE\nSoftware Engineer\nquillon robotics\nJan 2020 – Present\n- Built tools."
    assert _roles(body) == [("Software Engineer", None, "2020-01")]


def test_lower_case_clause_or_skill_under_a_title_is_no_employer() -> None:
    body = (
        "EXPERIENCE\nSoftware Engineer\npython and django\nJan 2020 – Present\n- Built tools.\n"
        "Mar 2016 – Dec 2019\nData Analyst\nand the support staff\n- Kept records."
    )
    assert _roles(body) == [
        ("Software Engineer", None, "2020-01"),
        ("Data Analyst", None, "2016-03"),
    ]


def test_hostile_lower_case_lines_finish() -> None:
    lines = ["Software Engineer", "quillon technologies pvt ltd " * 3, "Jan 2020 – Present"]
    body = "EXPERIENCE\n" + "\n".join(lines * 1_200)
    parse_resume(HEAD + body[:100_000] + TAIL, today=TODAY)  # it just has to finish


# --- a degree's name on a job's header line ------------------------------------------------


def test_a_degree_and_its_field_beside_the_employer_is_never_the_employer() -> None:
    body = "EXPERIENCE\nGrado en Derecho, Quillon Legal\n2018 - 2020\n- Drafted the contracts."
    assert [company for _, company, _ in _roles(body)] == ["Quillon Legal"]
    role = parse_role_header(["Bachelor of Laws, Tarnwick Partners LLP"])
    assert role.company == "Tarnwick Partners LLP"


def test_a_name_going_on_after_a_degree_word_stays_an_employer() -> None:
    assert parse_role_header(["Paralegal", "BA Systems"]).company == "BA Systems"
    assert parse_role_header(["Analyst", "Diploma Holdings Ltd"]).company == "Diploma Holdings Ltd"


# --- "Rep" as a title word -------------------------------------------------------------------


def test_rep_alone_over_the_employer_is_the_title() -> None:
    body = "EXPERIENCE\nRep\nTarnwick Foods\nJan 2020 – Present\n- Sold the spring range."
    assert _roles(body) == [("Rep", "Tarnwick Foods", "2020-01")]


# --- the employer four lines over its dates, a unit of it between ---------------------------


def test_employer_over_its_unit_town_and_title_four_lines_above_the_dates() -> None:
    body = (
        "EXPERIENCE\nData Analyst\nTarnwick Foods\nMar 2020 – Present\n- Kept the records.\n"
        "Quillon Robotics\nQuality Division\nSpringfield, IL\nQuality Analyst\n"
        "Jan 2016 – Feb 2020\n- Tested the releases."
    )
    assert _roles(body) == [
        ("Data Analyst", "Tarnwick Foods", "2020-03"),
        ("Quality Analyst", "Quillon Robotics", "2016-01"),
    ]


def test_employer_over_its_team_and_town_above_a_title_with_dates() -> None:
    body = (
        "EXPERIENCE\nQuillon Robotics\nPayments Team\nSpringfield, IL\n"
        "Data Engineer      Jan 2020 – Present\n- Built the ledgers."
    )
    assert _roles(body) == [("Data Engineer", "Quillon Robotics", "2020-01")]


def test_an_employer_right_under_the_dates_of_the_role_above_stays_with_that_role() -> None:
    body = (
        "EXPERIENCE\nAnalyst\nMar 2020 – Present\nAcme Corp\nFinance Department\n"
        "Springfield, IL\nAccountant\nJan 2016 – Feb 2020\n- Kept the books."
    )
    roles = _roles(body)
    assert roles[0] == ("Analyst", "Acme Corp", "2020-03")
    assert roles[1][0] == "Accountant" and roles[1][2] == "2016-01"


def test_a_description_line_over_a_unit_is_no_parent_employer() -> None:
    for line in ("Reporting for Globex Bank", "Led the Globex Corp", "The Globex Corp"):
        body = (
            "EXPERIENCE\nData Analyst\nInitech\nMar 2020 – Present\n- Built the reports.\n"
            + line
            + "\n"
            "Finance Department\nSpringfield, IL\nAccountant\nJan 2016 – Feb 2020\n- Kept books."
        )
        roles = _roles(body)
        assert roles[0] == ("Data Analyst", "Initech", "2020-03"), line
        assert roles[1][0] == "Accountant" and roles[1][1] != line, line


# --- "Rep" ends a title; a name going on after it is an employer's -------------------------


def test_rep_opening_a_name_is_no_title() -> None:
    role = parse_role_header(["Engineer", "REP Systems Inc"])
    assert (role.position, role.company) == ("Engineer", "REP Systems Inc")
    role = parse_role_header(["Rep Systems Ltd", "Engineer"])
    assert (role.position, role.company) == ("Engineer", "Rep Systems Ltd")
    role = parse_role_header(["Rep Holdings", "Engineer"])
    assert (role.position, role.company) == ("Engineer", "Rep Holdings")


def test_rep_ending_a_title_is_the_title() -> None:
    role = parse_role_header(["Customer Service Rep", "Acme Corp"])
    assert (role.position, role.company) == ("Customer Service Rep", "Acme Corp")
    role = parse_role_header(["Hooli Inc", "Sales Rep"])
    assert (role.position, role.company) == ("Sales Rep", "Hooli Inc")


# --- the lower-case employer: a legal form, right under the title, next to the dates --------


def test_generic_lower_case_phrases_under_a_title_are_no_employer() -> None:
    for line in (
        "internal tools group",
        "private hospital group",
        "insurance company",
        "retail bank branch",
        "supply chain solutions",
    ):
        body = "EXPERIENCE\nSoftware Engineer\n" + line + "\nJan 2020 – Present\n- Built tools."
        assert _roles(body) == [("Software Engineer", None, "2020-01")], line


def test_a_lower_case_line_opening_with_the_is_no_employer() -> None:
    assert not lower_employer("the globex group ltd")
    assert lower_employer("globex group ltd")


def test_lower_case_employer_with_a_legal_form_under_its_title() -> None:
    for line in ("initech llc", "globex solutions pvt ltd", "hooli gmbh", "quillon technologies"):
        body = "EXPERIENCE\nSoftware Engineer\n" + line + "\nJan 2020 – Present\n- Built tools."
        assert _roles(body) == [("Software Engineer", line, "2020-01")], line


def test_lower_case_employer_not_next_to_the_title_is_not_read() -> None:
    role = parse_role_header(["initech llc", "Springfield, IL", "Software Engineer"])
    assert role.position == "Software Engineer" and role.company is None


# --- "Self employed" with a space --------------------------------------------------------------


def test_self_employed_with_a_space_alone_over_dates_is_the_post() -> None:
    body = (
        "EXPERIENCE\nSelf employed\nJan 2020 – Present\n- Built websites for small shops.\n"
        "Data Analyst\nTarnwick Foods\nMar 2016 – Dec 2019\n- Kept the supplier records."
    )
    assert _roles(body) == [
        ("Self employed", None, "2020-01"),
        ("Data Analyst", "Tarnwick Foods", "2016-03"),
    ]


def test_hostile_own_account_and_unit_lines_finish() -> None:
    lines = [
        "Self employed",
        "Jan 2020 – Present",
        "Reporting for Globex Bank",
        "Finance Department",
    ]
    body = "EXPERIENCE\n" + "\n".join(lines * 1_250)
    parse_resume(HEAD + body[:100_000] + TAIL, today=TODAY)  # it just has to finish
    assert not lower_employer("rep systems ltd " * 5_000)
