"""Skills failure classes, round 4 (issue 14): one synthetic resume each; each fails on the code
before the fix."""

from __future__ import annotations

import re
from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def test_ms_dos_is_read_whole_not_as_dos() -> None:
    r = parse("Nora Vale\nnora@example.org\nSKILLS\nMS-DOS, Novell NetWare, Lotus Notes\n")
    found = {s.name: s.surface_forms for s in r.skills}
    assert found.get("MS-DOS") == ["MS-DOS"]
    assert "DOS" not in found


def test_a_tilde_separates_list_items() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nCORE COMPETENCIES\n"
        "Quorvex Planning ~ Brimlet Studies ~ Zentrix Tuning\n"
    )
    unknown = {s.name for s in r.skills if not s.recognised}
    assert unknown == {"Quorvex Planning", "Brimlet Studies", "Zentrix Tuning"}


def test_version_leftovers_and_a_wrapped_sentence_end_are_not_skills() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nTECHNICAL SKILLS\n"
        "PostgreSQL 9x, Python 3x, Zentrix\n"
        "Comfortable with many kinds of data tooling and\n"
        "orchestration.\n"
    )
    assert {s.name for s in r.skills if not s.recognised} == {"Zentrix"}
    assert {"PostgreSQL", "Python"} <= {s.name for s in r.skills}


def test_select_projects_is_a_heading() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEXPERIENCE\nDeveloper, Acme Corp\nJan 2019 - Dec 2020\n"
        "Built billing screens.\nSELECT PROJECTS\n• Ledger Lens: a budget tracker\n"
    )
    assert [p.name for p in r.projects] == ["Ledger Lens"]
    assert [w.bullets for w in r.work_experience] == [["Built billing screens."]]


def test_a_category_label_over_a_list_is_not_a_skill() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nTECHNICAL SKILLS\n"
        "Operating Systems: Windows, Linux, Solaris\n"
        "Leadership: led a team of five engineers\n"
    )
    found = {s.name for s in r.skills}
    assert {"Linux", "Solaris", "Leadership"} <= found
    assert "Operating systems" not in found


def test_a_language_word_that_begins_a_place_name_is_no_language() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nLANGUAGES\nEnglish (fluent)\n"
        "Lived and worked in Chennai, Tamil Nadu for six years\n"
    )
    assert [lang.name for lang in r.languages] == ["English"]


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Observability Datadog PagerDuty", {"datadog"}),
        ("Java, JavaScript and C++ (C)", {"java", "javascript", "c++", "c"}),
        ("ASP.NET and .NET, Node.js", {"asp.net", ".net", "node.js"}),
        ("javascripts; C++Builder; MS SQL Server 2008", {"javascript", "c++", "c", "sql server"}),
    ],
)
def test_known_spellings_cut_a_list_item_as_a_whole_word_pattern_would(
    text: str, forms: set[str]
) -> None:
    """The first-word lookup splits exactly where one pattern of all spellings would."""
    from atspro.analysis.resume.skill_lists import _KnownForms

    pattern = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    expected = re.split(rf"(?<![\w])(?:{pattern})(?![\w])", text, flags=re.IGNORECASE)
    assert _KnownForms(forms).split(text) == expected
