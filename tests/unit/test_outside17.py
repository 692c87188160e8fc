"""Round 17, outside: roles the parser missed because of where they are written — a role's
repeated "Achievements" sub-heading, UK "Past Posts" headings, lone ambiguous heading words
among a role's bullets (synthetic resumes: invented people and employers)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


ACHIEVEMENTS_RUN = """Jane Doe
jane.doe@example.com

Employment History
2016-current
Globex Freight, Springfield
Position: Dispatch Planner
Responsibilities
Planned the weekly truck routes
Achievements
Cut empty miles by a tenth
2014
Acme University, Shelbyville
Position: Teaching Assistant
Responsibilities
Marked the weekly problem sets
Achievements
Rewrote the lab safety sheet
2011-2013
Initech Stores, Springfield
Position: Stock Clerk
Responsibilities
Counted the stock each Friday

Education
Bachelor of Arts, Acme University, 2013
"""


def test_a_run_of_achievements_subheadings_keeps_the_roles() -> None:
    """Each role repeats "Achievements"; the first one's role is dated by a year alone, so
    only a later sub-heading of the run holds a range: the whole run is the roles'."""
    assert _roles(ACHIEVEMENTS_RUN) == [
        ("Dispatch Planner", "Globex Freight"),
        ("Teaching Assistant", "Acme University"),
        ("Stock Clerk", "Initech Stores"),
    ]


ACHIEVEMENTS_THEN_AWARDS = """Jane Doe
jane.doe@example.com

Experience
Globex Corporation, Analyst, 2016 - 2020
Built the monthly reports
Achievements
Employee of the year

Awards
Achievements
Dean's list 2012
"""


def test_an_undated_achievements_section_stays_awards() -> None:
    assert _roles(ACHIEVEMENTS_THEN_AWARDS) == [("Analyst", "Globex Corporation")]


PAST_POSTS = """John Smith
john.smith@example.com

Education
1990 - 1994
Bachelor of Laws, Acme University

Present Post:
Since 2015
Legal Counsel, Globex Holdings, Springfield

Past Posts:
March 2009 - October 2014
Contracts Manager, Initech Engineering, Shelbyville
June 2005 - February 2009
Operations Supervisor, Umbrella Freight, Springfield
"""


def test_present_and_past_posts_head_the_roles() -> None:
    assert _roles(PAST_POSTS) == [
        ("Legal Counsel", "Globex Holdings"),
        ("Contracts Manager", "Initech Engineering"),
        ("Operations Supervisor", "Umbrella Freight"),
    ]


@pytest.mark.parametrize(
    "words",
    [
        "Present Post",
        "Current Post",
        "Last Post",
        "Previous Post",
        "Previous Posts",
        "Past Posts",
        "Posts Held",
        "Other Posts",
        "Earlier Posts",
        "Present Position",
    ],
)
@pytest.mark.parametrize("styled", ["{}", "{}:", "{upper}"])
def test_a_posts_heading_heads_experience(words: str, styled: str) -> None:
    found = sections.detect_heading(styled.format(words, upper=words.upper()))
    assert found is not None and found.canonical == "experience" and found.rest is None


WRAPPED_WORD = """Jane Doe
jane.doe@example.com

Experience
Globex Corporation, Designer, 2016 - 2020
Worked with the sales team each quarter on their client
presentations
Kept the price lists up to date
Initech, Junior Designer, 2014 - 2016
Drew the spring catalogue

Education
BA, Acme University, 2012
"""


def test_a_lower_case_heading_word_ending_a_wrapped_sentence_is_no_heading() -> None:
    assert [c for _, c in _roles(WRAPPED_WORD)] == ["Globex Corporation", "Initech"]


LOWER_CASE_HEADINGS = """jane doe
janedoe.example.com
interests
bird watching, chess
education
2008 - 2012 bsc, acme university
experience
2013 - 2016 globex labs, lab technician
"""


def test_lower_case_headings_of_a_lower_case_document_stay() -> None:
    lines = tx.split_lines(tx.normalise(LOWER_CASE_HEADINGS))
    names = [s.name for s in sections.split_sections(lines)[1]]
    assert names == ["interests", "education", "experience"]


LONE_WORD_IN_BULLETS = """Jane Doe
jane.doe@example.com
Experience
Globex Corporation, Analyst, 2016 - 2020
• Built the monthly reports
{word}
• Spoke at two trade fairs
Education
BA, Acme University, 2012
"""


@pytest.mark.parametrize("word", ["Conferences", "Talks", "Presentation", "Training"])
def test_a_lone_heading_word_between_bullets_joins_no_bullet(word: str) -> None:
    r = parse_resume(LONE_WORD_IN_BULLETS.format(word=word), today=TODAY)
    assert [w.company for w in r.work_experience] == ["Globex Corporation"]
    assert r.work_experience[0].bullets[0] == "Built the monthly reports"


def test_a_wrapped_word_after_a_function_word_still_joins() -> None:
    assert tx.join_wrapped(["• Presented results at", "Conferences", "• Led a team"]) == [
        "Presented results at Conferences",
        "Led a team",
    ]


SKILLS_WITH_PRESENTATIONS = """Jane Doe
Skills
Event planning
Presentations
Budgeting
Experience
Globex Corporation, Analyst, 2016 - 2020
"""


def test_presentations_alone_in_a_skills_list_is_an_item() -> None:
    """ "Presentations", like "Presentation", is a list's item as often as a heading: an
    ambiguous word (round 16's rule then reads it as the item it stands between)."""
    lines = tx.split_lines(tx.normalise(SKILLS_WITH_PRESENTATIONS))
    names = [s.name for s in sections.split_sections(lines)[1]]
    assert names == ["skills", "experience"]


def test_hostile_repeats_finish() -> None:
    """5,000 lines of each new shape (a test that it finishes, not a timed assert)."""
    wrapped = "Experience\n" + "Coordinated with the team to make\npresentations\n" * 2500
    runs = "Experience\nGlobex, Analyst, 2016 - 2020\n" + "Achievements\nWon an award\n" * 2500
    bullets = "Experience\nGlobex, Analyst, 2016 - 2020\n" + "• Built reports\nTraining\n" * 2500
    for text in (wrapped, runs, bullets):
        assert parse_resume(text, today=TODAY) is not None
    items = ["• Built reports", "Training"] * 50_000 + ["• Ran demos"]
    assert len(tx.join_wrapped(items)) == 100_001


@pytest.mark.parametrize("line", ["RELEVANT SOFTWARE PROJECTS", "ACADEMIC AND PERSONAL PROJECTS"])
def test_a_capitals_line_ending_in_projects_heads_projects(line: str) -> None:
    found = sections.detect_heading(line)
    assert found is not None and found.canonical == "projects"


@pytest.mark.parametrize(
    "line", ["Managed Projects", "Led large infrastructure projects:", "Delivered 12 projects:"]
)
def test_a_duty_ending_in_projects_heads_nothing(line: str) -> None:
    assert sections.detect_heading(line) is None


# --- the outside review's findings (round 17 fix) -------------------------------------------

ROLE_LINES_ENDING_PROJECTS = """Jane Doe
jane.doe@example.com

EXPERIENCE
DIRECTOR, SPECIAL PROJECTS
Globex Corporation, Springfield
2018 - 2022
Ran the yearly capital budget
MANAGER OF CAPITAL PROJECTS
Initech, Shelbyville
2014 - 2018
Led the plant upgrade

EDUCATION
BA, Acme University, 2012
"""


def test_a_title_line_ending_in_projects_is_a_role_not_a_heading() -> None:
    roles = _roles(ROLE_LINES_ENDING_PROJECTS)
    assert [c for _, c in roles] == ["Globex Corporation", "Initech"]
    titles = [" ".join(tx.words(t or "")) for t, _ in roles]  # the comma may become a dash
    assert titles == ["DIRECTOR SPECIAL PROJECTS", "MANAGER OF CAPITAL PROJECTS"]


EMPLOYER_ENDING_PROJECTS = """Jane Doe
jane.doe@example.com

WORK HISTORY
UMBRELLA CAPITAL PROJECTS
Project Engineer
2018 - 2022
Ran the site office
INITECH
Site Engineer
2014 - 2018
Led the plant upgrade

EDUCATION
BA, Acme University, 2012
"""


def test_an_employer_ending_in_projects_is_a_role_not_a_heading() -> None:
    roles = _roles(EMPLOYER_ENDING_PROJECTS)
    assert len(roles) == 2
    assert [t for t, _ in roles] == ["Project Engineer", "Site Engineer"]
    assert (roles[0][1] or "").startswith("UMBRELLA CAPITAL")


DEPARTMENT_LINE_ENDING_PROJECTS = """Jane Doe
jane.doe@example.com

EXPERIENCE
Senior Analyst
SPECIAL PROJECTS
Globex Corporation, 2018 - 2022
Ran the yearly capital budget
Analyst
Initech, 2014 - 2018
Built the monthly reports
"""


def test_a_department_line_ending_in_projects_above_a_role_s_dates_is_no_heading() -> None:
    lines = tx.split_lines(tx.normalise(DEPARTMENT_LINE_ENDING_PROJECTS))
    assert [s.name for s in sections.split_sections(lines)[1]] == ["experience"]
    assert len(_roles(DEPARTMENT_LINE_ENDING_PROJECTS)) == 2


@pytest.mark.parametrize(
    "line",
    [
        "DIRECTOR, SPECIAL PROJECTS",
        "MANAGER OF CAPITAL PROJECTS",
        "Director of Special Projects:",
        "UMBRELLA CAPITAL PROJECTS",
        "CAPITAL PROJECTS",
        "ACME CORP PROJECTS",
        "GLOBEX HOLDINGS PROJECTS",
    ],
)
def test_a_title_or_a_firm_ending_in_projects_heads_nothing(line: str) -> None:
    assert sections.detect_heading(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "RELEVANT SOFTWARE PROJECTS",
        "RELEVANT INFORMATION TECHNOLOGY PROJECTS",
        "KEY COURSE RELATED PROJECTS",
        "Key Client Projects:",
        "UNIVERSITY PROJECTS",
    ],
)
def test_a_qualified_projects_heading_still_heads(line: str) -> None:
    found = sections.detect_heading(line)
    assert found is not None and found.canonical == "projects"


PROJECTS_AFTER_ROLES = """Jane Doe
jane.doe@example.com

EXPERIENCE
Globex Corporation, Analyst, 2016 - 2020
Built the monthly reports

RELEVANT SOFTWARE PROJECTS
Inventory Tracker
A stock app for a corner shop in Python

EDUCATION
BA, Acme University, 2012
"""


def test_a_projects_heading_over_undated_projects_still_heads() -> None:
    lines = tx.split_lines(tx.normalise(PROJECTS_AFTER_ROLES))
    names = [s.name for s in sections.split_sections(lines)[1]]
    assert names == ["experience", "projects", "education"]


LOWER_CASE_HEADINGS_AFTER_OPEN_LINES = """Jane Doe
Graphic Designer
experience
Globex Corporation, Designer, 2016 - 2020
Drew the spring catalogue
Laid out the monthly newsletter
education
2008 - 2012 BA Graphic Design, Acme University
skills
Illustrator, InDesign, Photoshop
"""


def test_lower_case_headings_after_lines_without_a_stop_stay_headings() -> None:
    lines = tx.split_lines(tx.normalise(LOWER_CASE_HEADINGS_AFTER_OPEN_LINES))
    names = [s.name for s in sections.split_sections(lines)[1]]
    assert names == ["experience", "education", "skills"]


LOWER_CASE_HEADINGS_AND_A_WRAPPED_WORD = """jane doe
experience
globex corporation, designer, 2016 - 2020
worked with the sales team each quarter on several small client
projects
kept the price lists up to date
education
2008 - 2012 ba graphic design, acme university
"""


def test_a_lower_case_document_s_wrapped_section_word_under_long_prose_is_no_heading() -> None:
    lines = tx.split_lines(tx.normalise(LOWER_CASE_HEADINGS_AND_A_WRAPPED_WORD))
    assert [s.name for s in sections.split_sections(lines)[1]] == ["experience", "education"]


WRAPPED_PROJECTS_WORD = """Jane Doe
jane.doe@example.com

Experience
Globex Corporation, Designer, 2016 - 2020
Worked with the sales team each quarter on several small client
projects
Kept the price lists up to date

Education
BA, Acme University, 2012
"""


def test_a_strong_heading_word_ending_a_long_sentence_is_no_heading() -> None:
    lines = tx.split_lines(tx.normalise(WRAPPED_PROJECTS_WORD))
    assert [s.name for s in sections.split_sections(lines)[1]] == ["experience", "education"]


@pytest.mark.parametrize(
    "items",
    [
        ["• Ran a team of six agents in Customer", "Service", "• Cut the reply time by half"],
        ["• Completed the company Leadership", "Training", "• Cut the reply time by half"],
        ["• Ran the survey team across three", "Research", "• Cut the reply time by half"],
        ["• Spoke twice at the annual", "Conferences", "• Cut the reply time by half"],
    ],
)
def test_a_wrapped_bullet_s_last_word_joins_its_bullet(items: list[str]) -> None:
    assert tx.join_wrapped(items) == [f"{items[0][2:]} {items[1]}", items[2][2:]]


@pytest.mark.parametrize(
    "items",
    [
        ["• Built the monthly reports", "Education", "• Cut the reply time by half"],
        ["- Built the monthly reports", "Training", "• Cut the reply time by half"],
    ],
)
def test_a_lone_word_between_bullets_splits_only_for_an_ambiguous_word_and_one_glyph(
    items: list[str],
) -> None:
    assert tx.join_wrapped(items) == [f"{items[0][2:]} {items[1]}", items[2][2:]]


AWARDS_UNDER_A_ROLE = """Jane Doe
jane.doe@example.com

Experience
Globex Corporation, Analyst, 2016 - 2020
Built the monthly reports
Achievements
Employee of the year
Accomplishments
Dean's list, Acme University, 2010 - 2012
"""


def test_a_dated_award_under_achievements_is_no_role() -> None:
    r = parse_resume(AWARDS_UNDER_A_ROLE, today=TODAY)
    assert [(w.position, w.company) for w in r.work_experience] == [
        ("Analyst", "Globex Corporation")
    ]
    assert r.work_experience[0].bullets == ["Built the monthly reports"]


def test_hostile_repeats_of_the_review_shapes_finish() -> None:
    """5,000 lines of each shape the review's fixes read, and a 100,000-character line (a test
    that it finishes, not a timed assert)."""
    role = "DIRECTOR, SPECIAL PROJECTS\nGlobex Corporation, 2018 - 2022\n"
    lower = "experience\nworked with the sales team each quarter on several small client\n"
    honours = "Achievements\nDean's list, Acme University, 2010 - 2012\n"
    for text in (
        "EXPERIENCE\n" + role * 2500,
        "SPECIAL PROJECTS\n" * 5000,
        "education\n" + lower * 2500,
        "Experience\nGlobex, Analyst, 2016 - 2020\n" + honours * 2500,
        "Experience\n" + "x" * 100_000 + "\nprojects\n",
    ):
        assert parse_resume(text, today=TODAY) is not None
    items = ["• Ran a team in Customer", "Service"] * 2500 + ["• " + "a" * 100_000, "Training"]
    assert len(tx.join_wrapped([*items, "• Ran demos"])) == 2503  # "Training" apart
