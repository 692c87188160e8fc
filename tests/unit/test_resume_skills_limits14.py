"""Skills, round 14 (issue 14): the known limits of round 13's skills stress set, each a class
with a synthetic test that failed on the code before: a kind of tool inside a sentence ("Set
up version control Git workflows"), a slashed pair of two skills ("C/C++": two skills, each
spelled as written; "TCP/IP", "PL/SQL", "CI/CD": one), and a skill's name wrapped over two
lines of a list ("Machine" / "Learning") beside a row of names ("Python Java SQL"); then the
classes the round's new stress-set shapes found (a role's "Tech stack:" / "Tools Used:" line,
versions, ratings in bars). A title-case category line over its list ("Operating Systems",
"Web Services") stays read: dotin labels it as a skill (measured, see docs/resume.md)."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume, Skill
from bench import skills_stress
from bench.skills_stress import TODAY


def parse(skills: str, body: str = skills_stress.BODY) -> Resume:
    return parse_resume(skills_stress.TOP + body + skills + "\n", today=TODAY)


def skill(r: Resume, name: str) -> Skill:
    return next(s for s in r.skills if s.name.casefold() == name.casefold())


def names(r: Resume) -> set[str]:
    return {s.name.casefold() for s in r.skills}


# ---------------------------------------------------------------- a kind of tool in a sentence


def test_a_kind_of_tool_inside_a_sentence_is_claimed() -> None:
    body = skills_stress.BODY.replace(
        "- Kept the shelves in order", "- Set up version control Git workflows for four testers"
    )
    r = parse("SKILLS\nQuorvex, Kiln Loading", body)
    assert {"version control", "git"} <= names(r)


# ------------------------------------------------------------------------------ slashed pairs


def test_a_slashed_pair_of_two_skills_gives_both_each_spelled_as_written() -> None:
    r = parse("SKILLS\nC/C++, HTML/CSS, Quorvex")
    for name, pair in (("C", "C/C++"), ("C++", "C/C++"), ("HTML", "HTML/CSS"), ("CSS", "HTML/CSS")):
        assert pair in skill(r, name).surface_forms


def test_a_pair_the_taxonomy_reads_as_its_first_half_gives_the_second_too() -> None:
    r = parse("SKILLS\nC#/.NET, Quorvex, Kiln Loading")
    assert {"c#", ".net"} <= names(r)
    assert "C#/.NET" in skill(r, ".NET").surface_forms


def test_a_slashed_name_of_one_skill_stays_one() -> None:
    r = parse("SKILLS\nTCP/IP, PL/SQL, CI/CD, Quorvex")
    assert {"tcp/ip", "pl/sql", "ci/cd"} <= names(r)
    assert not {"tcp", "ip", "pl", "sql", "ci", "cd"} & names(r)


def test_a_pair_in_a_sentence_gives_both() -> None:
    body = skills_stress.BODY.replace(
        "- Kept the shelves in order", "- Wrote stock tools in C/C++ for the back room"
    )
    r = parse("SKILLS\nQuorvex, Kiln Loading", body)
    assert "C/C++" in skill(r, "C++").surface_forms
    assert "C/C++" in skill(r, "C").surface_forms


# ------------------------------------------------------------------- rows and wrapped names


def test_a_known_name_wrapped_over_two_lines_of_a_list_is_one_skill() -> None:
    r = parse("SKILLS\nPython Java SQL\nMachine\nLearning\nQuorvex")
    assert {"python", "java", "sql", "machine learning", "quorvex"} <= names(r)
    assert not {"machine", "learning"} & names(r)


def test_a_known_name_cut_at_a_comma_rows_end_is_one_skill() -> None:
    r = parse("SKILLS\nQuorvex, Tovix, Project\nManagement, Kiln Loading")
    assert {"project management", "quorvex", "kiln loading"} <= names(r)
    assert not {"project", "management"} & names(r)


def test_one_word_items_that_name_no_skill_together_stay_items() -> None:
    r = parse("SKILLS\nQuorvex\nTovix\nKiln Loading")
    assert {"quorvex", "tovix"} <= names(r)


# ----------------------------------------------------------- round 14 shapes of the stress set


ROLES = (
    "EXPERIENCE\nPlanner, Hollin Works\nJan 2015 - Dec 2020\n- Kept the shelves in order\n{0}\n"
    "Clerk, Dunmore Yard\nJan 2012 - Dec 2014\n- Counted the boxes\n{1}\n\n"
    "EDUCATION\nBA History, Northfield College, 2014\n\n"
)


def test_a_tech_stack_line_in_a_role_lists_skills_and_names_no_employer() -> None:
    body = ROLES.format("Tech stack: Python, Quorvex", "Tech Stack – Tovix, Kiln Loading")
    r = parse("", body)
    assert {"python", "quorvex", "tovix", "kiln loading"} <= names(r)
    assert [x.company for x in r.work_experience] == ["Hollin Works", "Dunmore Yard"]


def test_a_tools_used_line_at_a_roles_end_lists_skills() -> None:
    r = parse("", ROLES.format("Tools Used: Jira, Quorvex", "Technologies Used: Tovix, Git"))
    assert {"jira", "quorvex", "tovix", "git"} <= names(r)


def test_a_known_skills_version_is_its_spelling_not_another_item() -> None:
    r = parse("SKILLS\nPython 3.x, Java 8/11, Angular 2+, Windows 10/11, Quorvex")
    assert "Python 3.x" in skill(r, "Python").surface_forms
    assert "Java 8/11" in skill(r, "Java").surface_forms
    assert "Windows 10/11" in skill(r, "Microsoft Windows").surface_forms
    assert not {"python 3.x", "java 8/11"} & names(r)


def test_a_rating_in_bars_or_squares_is_cut_from_its_item() -> None:
    r = parse("SKILLS\nQuorvex ▰▰▰▱▱\nTovix ■■■□□\nKiln Loading ▰▰▱▱▱")
    assert {"Quorvex", "Tovix", "Kiln Loading"} <= {s.name for s in r.skills}
