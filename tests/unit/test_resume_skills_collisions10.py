"""Skills the taxonomy lacked and words read as skills that say something else (issue 14,
round 10): developer tools named in a skills line, a bare "C" among them, a network's "Node",
an acronym naming a team or opening a firm's name, "sales" that a sum of money measures, and a
language's name in a skills line under a languages section. Each test fails on the code
before the fix. People, firms and places are made up."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)
HEAD = "Orla Venn\norla@example.org\n"
ROLE = "EXPERIENCE\nSupport Engineer, Brightfold Labs, 2019 - 2023\n"


def parse(text: str) -> Resume:
    return parse_resume(HEAD + text, today=TODAY)


def skills(text: str) -> set[str]:
    return {s.name for s in parse(text).skills}


def test_developer_tools_in_a_skills_line_are_read() -> None:
    got = skills("SKILLS\nTools: Vim, Valgrind, Sublime Text, GDB, Parasoft, Emacs, Notepad++\n")
    assert {"Vim", "Valgrind", "Sublime Text", "GDB", "Parasoft", "Emacs", "Notepad++"} <= got


def test_a_lone_c_between_tools_without_commas_is_the_language() -> None:
    assert "C" in skills("SKILLS\nVim C GDB Valgrind\n")


def test_everyday_words_spelling_a_tool_are_none() -> None:
    got = skills(ROLE + "- Kept the shop running with vim during the gcc region tour.\n")
    assert not got & {"Vim", "GCC"}


def test_a_networks_node_is_no_nodejs() -> None:
    text = ROLE + (
        "- Ran the 3 Node setup of the Linux and Python build farm.\n"
        "- Node Maintenance for the Kubernetes and Docker hosts.\n"
    )
    assert "Node.js" not in skills(text)
    assert "Node.js" in skills("SKILLS\nNode, Python, Docker\n")


def test_an_acronym_opening_a_firms_name_is_no_skill() -> None:
    text = ROLE + "- Guarded the depot on contract to CPP Harbor Guard Services.\n"
    assert "C++" not in skills(text)


def test_an_acronym_naming_a_team_is_no_skill() -> None:
    text = ROLE + "- Sent weekly reports to the QA team and to HR staff.\n"
    assert not skills(text) & {"Quality assurance", "Human resources"}


def test_sales_that_money_measures_are_no_skill() -> None:
    text = "SUMMARY\nA manager whose stores reached $3B sales and $2M in new sales.\n"
    assert "Sales" not in skills(text)


def test_a_skills_line_under_a_languages_line_gives_no_language() -> None:
    text = ROLE + "Languages: English, Marathi\nHindi typing\nMS Office, Tally\n"
    names = {x.name for x in parse(text).languages}
    assert names == {"English", "Marathi"}


def test_a_line_naming_two_languages_still_counts() -> None:
    text = ROLE + "LANGUAGES\nTamil french  Fluent\nHindi typing\n"
    names = {x.name for x in parse(text).languages}
    assert names == {"Tamil", "French"}


def test_a_technology_team_and_a_products_services_keep_their_skills() -> None:
    text = ROLE + "- Joined the AI team.\n- Built bots on Kestrel AI Lantern Services.\n"
    assert "Artificial intelligence" in skills(text)
    assert "Artificial intelligence" in skills(
        ROLE + "- Built bots on Kestrel AI Lantern Services.\n"
    )
