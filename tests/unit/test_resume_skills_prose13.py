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
        "- Moved the old backend to a new host.\n"
        "- Wrote a PHP backend for the parts catalogue.\n"
        "- Moved its front-end in C# to the shop floor.\n"
    )
    assert "Back-end development" not in got
    assert "Front-end development" not in got


def test_backend_development_and_a_listed_backend_stay() -> None:
    assert "Back-end development" in _names(
        "EXPERIENCE\nDeveloper, Acme Robotics, 2016 - 2020\n- Led the backend development for the parts catalogue.\n"
    )
    assert {"Back-end development", "Front-end development"} <= _names(
        "SKILLS\nJava, Backend, Frontend, SQL\n"
    )


def test_a_skill_naming_a_programme_is_its_topic() -> None:
    got = _names(
        "EXPERIENCE\nCoordinator, Riverside Youth Trust, 2016 - 2020\n"
        "- Attended weekly tutoring sessions for the fourth grade.\n"
        "- Founded the Riverside Peer Mentoring Scheme.\n"
        "CERTIFICATIONS\nTax Law Seminar, 2019\n"
    )
    assert not {"Tutoring", "Mentoring", "Tax law"} & got


def test_the_work_itself_and_a_technology_workshop_stay() -> None:
    got = _names(
        "EXPERIENCE\nCoordinator, Riverside Youth Trust, 2016 - 2020\n"
        "- Led the marketing efforts and tutoring of new volunteers.\n"
        "- Taught Python workshops for teenagers.\n"
    )
    assert {"Marketing", "Tutoring", "Python"} <= got


def test_a_product_named_after_its_vendor_is_that_product() -> None:
    got = _names(
        "EXPERIENCE\nEngineer, Acme Robotics, 2016 - 2020\n"
        "- Moved the order queue to Apache Camel and the archive to Oracle Exadata.\n"
        "- Ran nightly jobs on Amazon EMR and built a Windows Presentation Foundation client.\n"
        "- Styled the forms with jQuery UI and wrote the admin pages in Oracle ADF.\n"
        "- Set up Cisco ISE for the guest network.\n"
    )
    assert {"Apache Camel", "Exadata", "Amazon EMR", "WPF", "jQuery UI", "Oracle ADF"} <= got
    assert "Cisco ISE" in got
    assert not {"Apache HTTP Server", "Oracle Database", "Electronic health records"} & got
    assert not {"Microsoft Windows", "UI design", "Azure Data Factory", "Cisco IOS"} & got


def test_a_kind_of_tool_before_named_tools_labels_them() -> None:
    got = _names(
        "SUMMARY\nFluent in the programming languages Kotlin Go Rust.\n"
        "EXPERIENCE\nDeveloper, Acme Robotics, 2016 - 2020\n"
        "Operating Systems - macOS, Unix\n"
    )
    assert {"Kotlin", "Go", "Rust", "Apple macOS", "Unix"} <= got
    assert not {"Programming languages", "Operating systems"} & got


def test_a_kind_of_tool_claimed_in_a_sentence_stays() -> None:
    got = _names(
        "EXPERIENCE\nDeveloper, Acme Robotics, 2016 - 2020\n"
        "- Taught source control with Git to new hires.\n"
    )
    assert {"Version control", "Git"} <= got
