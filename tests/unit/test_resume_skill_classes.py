"""Skills failure classes on unseen resumes (issue 14, round 2): one synthetic resume each."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def names(r: Resume) -> set[str]:
    return {s.name.casefold() for s in r.skills}


def test_list_items_that_are_not_skills_are_not_kept() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\n"
        "Quillbase (2 years), Zentrix (Less than 1 year)\n"
        "Hold up-to-date information on Quorvex, Brimlet and other tools of the trade\n"
        "Toolsets and, superb academic record, Chicago, IL\n"
        "PERSONAL SUMMARY\n"
    )
    unknown = {s.name for s in r.skills if not s.recognised}
    assert unknown == {"Quillbase", "Zentrix"}


def test_labelled_skill_lists_are_read_outside_the_skills_section() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEXPERIENCE\nDeveloper, Acme Corp\nJan 2019 - Dec 2020\n"
        "Built billing screens.\nEnvironment: Quillbase, Zentrix\n"
        "LANGUAGES\nBrimlet, Quorvex\n"
    )
    assert {"quillbase", "zentrix", "brimlet", "quorvex"} <= names(r)
    assert all(not s.recognised for s in r.skills if s.name in {"Quillbase", "Brimlet"})


def test_a_degree_major_is_not_a_skill() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEDUCATION\nLakeside University\n"
        "Bachelor of Arts in Journalism, 2012\nSKILLS\nPython\n"
    )
    assert "journalism" not in names(r)
    assert "python" in names(r)


def test_contact_channels_and_country_names_are_not_skills() -> None:
    r = parse(
        "Nora Vale\nLondon, United Kingdom\n"
        "nora@example.org | LinkedIn: linkedin.com/in/noravale | Skype: nora.vale\n"
        "SKILLS\nPython\n"
    )
    found = names(r)
    assert not found & {"linkedin", "skype", "kingdom"}
    assert "python" in found
