"""Skills in prose, round 13 (issue 14): areas of legal practice the open data lacks ("tax law",
"land law") read as skills; a part of a system named bare ("the backend", "a PHP backend") is
a thing built, not back-end development (the work, "backend development", and a bare
"Backend" in a skills list stay). The tests of each reading fail on the code before the fix
(the others guard what must stay). People, places and employers are made up."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from tests.unit.test_resume_skills_series import HEAD, TODAY


def _names(text: str) -> set[str]:
    return {s.name for s in parse_resume(HEAD + text, today=TODAY).skills}


def test_areas_of_legal_practice_are_skills() -> None:
    got = _names(
        "EXPERIENCE\nAssociate, Doe & Roe Legal, 2016 - 2020\n"
        "- Advised clients on tax law, land law and telecom laws.\n"
        "- Drafted opinions in tort law and European Union law.\n"
    )
    assert {"Tax law", "Land law", "Telecommunications law", "Tort law"} <= got
    assert "European Union law" in got


def test_a_faculty_of_a_legal_field_is_no_skill() -> None:
    got = _names("EDUCATION\nLLB, Faculty of Tax Law, Brookvale University, 2012\n")
    assert "Tax law" not in got


def test_a_bare_backend_is_a_thing_built() -> None:
    got = _names(
        "EXPERIENCE\nDeveloper, Acme Robotics, 2016 - 2020\n"
        "- Rewrote the entire backend and set up the database.\n"
        "- Wrote a PHP backend for the parts catalogue.\n"
        "- Built its front-end in C# for the shop floor.\n"
    )
    assert "Back-end development" not in got
    assert "Front-end development" not in got


def test_backend_development_and_a_listed_backend_stay() -> None:
    assert "Back-end development" in _names(
        "EXPERIENCE\nDeveloper, Acme Robotics, 2016 - 2020\n- Handled the backend development.\n"
    )
    assert {"Back-end development", "Front-end development"} <= _names(
        "SKILLS\nJava, Backend, Frontend, SQL\n"
    )
