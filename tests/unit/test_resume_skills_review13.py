"""Skills in prose, round 13 review: a programme, initiative or workshop the candidate ran names
the work ("Led the onboarding marketing program"), only one taken part in or one with a proper
name is its topic; a back-end / front-end built, designed, owned or scaled is back-end /
front-end development (a kind of tool labelling a run stays dropped). Each reading fails on
the code before the fix; the others guard what must stay. People, places and employers are made up."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.parser import parse_resume
from tests.unit.test_resume_skills_series import HEAD, TODAY

ROLE = "EXPERIENCE\nCoordinator, Acme Robotics, 2016 - 2020\n"


def _names(text: str) -> set[str]:
    return {s.name for s in parse_resume(HEAD + text, today=TODAY).skills}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Led the content marketing program for the spring range.", "Content marketing"),
        ("Launched digital marketing programmes in three regions.", "Digital marketing"),
        ("Ran change management workshops for the depot teams.", "Change management"),
        ("Ran sprint planning workshops every other Monday.", "Sprint planning"),
        ("Led process improvement initiatives on the packing line.", "Process improvement"),
        ("Delivered strategic planning sessions for the trustees.", "Strategic planning"),
    ],
)
def test_a_programme_run_names_the_work(line: str, skill: str) -> None:
    assert skill in _names(ROLE + "- " + line + "\n")


def test_a_programme_taken_part_in_or_named_is_its_topic() -> None:
    got = _names(
        ROLE + "- Attended weekly tutoring sessions at the town library.\n"
        "- Founded the Brookvale Peer Mentoring Scheme.\n"
        "- Member of the content marketing club.\n"
    )
    assert not {"Tutoring", "Mentoring", "Content marketing"} & got


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        (
            "Sole developer of the backend and the front-end of a ferry app.",
            "Front-end development",
        ),
        ("Sole developer of the backend and the front-end of a ferry app.", "Back-end development"),
        ("Built the backend for a parcel tracking platform.", "Back-end development"),
        ("Designed and built the front-end for our ferry booking site.", "Front-end development"),
        ("Scaled our backend to ten times the traffic.", "Back-end development"),
    ],
)
def test_a_part_built_is_its_development(line: str, skill: str) -> None:
    assert skill in _names("EXPERIENCE\nDeveloper, Acme Robotics, 2016 - 2020\n- " + line + "\n")


def test_a_part_moved_or_written_stays_a_thing() -> None:
    got = _names(
        "EXPERIENCE\nDeveloper, Acme Robotics, 2016 - 2020\n"
        "- Moved the old backend to a new host.\n"
        "- Wrote a PHP backend for the parts catalogue.\n"
    )
    assert "Back-end development" not in got


def test_a_kind_of_tool_labelling_a_run_stays_dropped() -> None:
    got = _names("SKILLS\nEmbedded Operating Systems - Linux, Unix\nIDE Eclipse\n")
    assert {"Linux", "Unix", "Eclipse"} <= got
    assert not {"Operating systems", "IDE"} & got
