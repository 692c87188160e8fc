"""Skills-list items lost (issue 14, round 11): a one-letter language the index drops beside
brackets ("C" of "C/C++"), a list whose separators were lost (names run together on one long
line), a lead-in's list after "Outstanding knowledge of". Each test fails on the code before
the fix. People and tools are made up."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from tests.unit.test_resume_skills_series import HEAD, TODAY, unknown


def _names(text: str) -> set[str]:
    return {s.name for s in parse_resume(HEAD + text, today=TODAY).skills}


def test_a_one_letter_language_in_a_list_is_the_language() -> None:
    got = _names("Software Development Lifecycle (SDLC)\nC/C++\nQuillet systems programming\n")
    assert {"C", "C++"} <= got
    assert "C" in _names("Java, C, Quillet, Git\n")


def test_a_one_letter_item_alone_is_no_skill() -> None:
    assert not {"C", "J"} & _names("Grade\nC\nJ\n")


def test_a_run_of_names_with_no_separators_gives_the_unknown_names() -> None:
    got = unknown(
        "Python Docker Java Quillet Studio Kubernetes Jenkins Git Terraform Wrenly Cloud "
        "Ansible Linux MySQL Database Administrator Oracle Development Tools Jira\n"
    )
    assert {"Quillet Studio", "Wrenly Cloud"} <= got
    assert not got & {"Database Administrator", "Development Tools"}


def test_a_capitalised_line_of_few_known_skills_is_no_run_of_names() -> None:
    got = unknown(
        "Senior Quillet Consultant At Acme Robotics Springfield Office Leading The Wrenly "
        "Programme For Four Years With Java\n"
    )
    assert not got


def test_outstanding_knowledge_leads_in_a_list() -> None:
    got = unknown("Outstanding knowledge of Quillet, Wrenly and Cobbleworks\n")
    assert {"Quillet", "Wrenly", "Cobbleworks"} <= got
    assert {"Quillet", "Wrenly"} <= unknown("Knowledge in using Quillet and Wrenly\n")


def test_a_known_skill_with_the_kind_of_thing_it_is_is_that_skills_spelling() -> None:
    r = parse_resume(HEAD + "Docker Services, Jenkins, Kotlin framework, Quillet\n", today=TODAY)
    by_name = {s.name: s for s in r.skills}
    assert "Docker Services" in by_name["Docker"].surface_forms
    assert "Kotlin framework" in by_name["Kotlin"].surface_forms
    assert not {s.name for s in r.skills if not s.recognised} & {"Kotlin framework", "Services"}
