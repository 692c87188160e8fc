"""Failure classes met on real resumes, each as a small synthetic case."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from atspro.export.docx import docx_text, render_blocks
from atspro.export.tailor import missing_lines, tailor_resume, unknown_tokens
from atspro.models import Job

JOB = Job(required_skills=["SQL", "React"], preferred_skills=["Python"])


def tailored_text(text: str) -> str:
    return docx_text(render_blocks(tailor_resume(text, parse_resume(text), JOB).blocks))


def test_numbers_and_prose_in_a_skills_section_are_not_split_as_lists() -> None:
    text = (
        "Sam Doe\nsam@example.org\n\nSKILLS\nPython, SQL\n"
        "Trained 10,000 users on the new CRM, in person and online\n"
    )
    back = tailored_text(text)
    assert "Trained 10,000 users on the new CRM, in person and online" in back
    assert "SQL, Python" in back  # the real list is still ordered by the posting
    assert unknown_tokens(text, back) == []


def test_a_role_after_a_comma_ended_bullet_is_not_glued_to_it() -> None:
    text = (
        "Sam Doe\nsam@example.org\n\nEXPERIENCE\nData Engineer, Initech\nJan 2018 - Dec 2020\n"
        "- Built the billing pipeline for the finance and sales teams,\n"
        "Globex Corporation in Springfield, Oregon\nAnalyst  Feb 2015 - Dec 2017\n"
        "- Wrote weekly SQL reports\n"
    )
    back = tailored_text(text)
    before = [(w.company, w.position) for w in parse_resume(text).work_experience]
    assert [(w.company, w.position) for w in parse_resume(back).work_experience] == before
    assert missing_lines(text, back) == []


def test_heading_case_follows_the_original() -> None:
    text = (
        "Sam Doe\nsam@example.org\n\nWORK HISTORY\nAnalyst, Initech\n2019 - 2021\n"
        "VOLUNTEER EXPERIENCE\nFood Bank, Austin  2015 - 2019\nVolunteer\n- Sorted donations\n"
    )
    back = tailored_text(text)
    assert "EXPERIENCE" in back.splitlines() and "VOLUNTEERING" in back.splitlines()
    before = [(w.company, w.position) for w in parse_resume(text).work_experience]
    assert [(w.company, w.position) for w in parse_resume(back).work_experience] == before


def test_short_tokens_keep_their_spaces() -> None:
    text = "Sam Doe\nsam@example.org\n\nSkills\n• CSS 3 | • React JS | • Go\n"
    back = tailored_text(text)
    assert "CSS 3" in back and "React JS" in back
    assert unknown_tokens(text, back) == []


def test_the_headline_goes_below_a_long_one_line_header_that_names_the_person() -> None:
    # A one-line header longer than a name line: the added headline (latest title and the
    # posting's skills; there is no summary) must not stand above it, where it was read back
    # as the name. (Round 17: the header names no title of its own — one it names is kept and
    # none is added.)
    text = (
        "Sam Doe · Springfield, Oregon · sam@example.org · +1 555 010 2030 · Open to relocation\n"
        "EXPERIENCE\nReact Python Developer, Initech\nJan 2019 - Present\n- Wrote SQL reports\n"
        "SKILLS\nSQL, React, Python\n"
    )
    tailored = tailor_resume(text, parse_resume(text), JOB)
    assert tailored.changes.headline
    lines = docx_text(render_blocks(tailored.blocks)).splitlines()
    assert lines.index(tailored.changes.headline) > 0
    assert lines[0].startswith("Sam Doe")
