"""Words read as skills that say something else (issue 14, round 11): the skill's words in a
plural job title, in the name of a body a word or two before its capitalised closing word, or
after "Department of" and a name's other words. Each test fails on the code before the fix.
People, firms and places are made up."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)
HEAD = "Orla Venn\norla@example.org\n"
ROLE = "EXPERIENCE\nSupport Engineer, Brightfold Labs, 2019 - 2023\n"


def skills(text: str) -> set[str]:
    return {s.name for s in parse_resume(HEAD + text, today=TODAY).skills}


def test_skill_words_of_a_plural_job_title_are_no_claim() -> None:
    got = skills(ROLE + "- Coached the Sales Representatives of the northern stores.\n")
    assert "Sales" not in got
    # a named technology before a title word stays ("Java Developers" write Java)
    assert "Java" in skills(ROLE + "- Hired three Java Developers for the payments group.\n")


def test_skill_words_naming_a_body_are_no_claim() -> None:
    got = skills(
        ROLE + "- Member of the Pinecrest MIS Advisory Committee.\n"
        "- Speaker at the Harbor Leadership Centre.\n"
        "- Lecturer in the Department of Information & Communication.\n"
    )
    assert not got & {"MIS", "Leadership", "Communication"}
    # a skill the line claims beside a body's name stays
    assert "Leadership" in skills(ROLE + "- Taught leadership at the Harbor Centre.\n")
