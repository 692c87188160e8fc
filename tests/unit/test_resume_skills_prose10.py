"""Skills read in prose, round 10 (issue 14): products named by an everyday word or a name need a
technical neighbour; a quality ("usability") is no method unless listed; a device or a network
feature named with a product's word is not that product. One synthetic case per class; each
fails on the code before the fix. Employers, places and people are made up."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.taxonomy.skills import get_index


def names(text: str) -> set[str]:
    return {h.name for h in get_index().find(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kept six colonies and led the weekly hive inspection.", "Hive"),
        ("Volunteer dog walker at the Sunrise Animal Rescue in Springfield.", "Sunrise"),
        ("Played bass in the Velvet Owls, a cover band.", "Velvet"),
        ("Guide for the Frontier Trail Walkers since 2015.", "Frontier"),
        ("Sold tickets at the Jersey Street fair every summer.", "Jersey"),
    ],
)
def test_a_product_named_by_an_everyday_word_needs_a_technical_neighbour(
    text: str, name: str
) -> None:
    assert name not in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Batch jobs with Hadoop, Hive and Pig on a Linux cluster.", "Hive"),
        ("Supported desktops on Windows XP/Vista/7.", "Vista"),
    ],
)
def test_the_same_product_beside_a_technical_skill_is_still_read(text: str, name: str) -> None:
    assert name in names(text)


def test_usability_in_a_sentence_is_a_quality_not_usability_testing() -> None:
    assert "Usability testing" not in names("Reworked the checkout page so it is easy to use and")
    assert "Usability testing" not in names("Redesigned the checkout page for more usability.")
    assert "Usability testing" in names("Skills: usability, wireframes, user research")


def test_access_points_are_network_devices_not_microsoft_access() -> None:
    got = names("Installed wireless Access Points and VLANs beside Cisco switches and DHCP.")
    assert "Microsoft Access" not in got


def test_access_lists_and_express_route_are_skills_of_their_own() -> None:
    assert "Access control lists" in names("Configured Access lists and NAT on the edge routers.")
    got = names("Linked the office network to Azure over an Express Route circuit.")
    assert "Azure ExpressRoute" in got
    assert "Express.js" not in got


def skills_of(text: str) -> set[str]:
    return {s.name for s in parse_resume(text).skills}


SUBJECTS = """Jane Doe
jane.doe@example.com

Work Experience
Teaching Assistant
Springfield Grammar School, Springfield
2015 to 2018
Marked homework for two year groups.

Awards
Regional Mathematics Olympiad, second place, 2012

Certifications
Physics for Beginners, an online course, 2016
Computer Science Essentials, an online course, 2017
"""


def test_a_school_subject_outside_work_and_skills_is_no_skill_claimed() -> None:
    got = skills_of(SUBJECTS)
    assert not got & {"Mathematics", "Physics", "Computer science"}


def test_a_school_subject_in_the_work_or_the_skills_stays() -> None:
    taught = SUBJECTS.replace("Marked homework for", "Taught Mathematics to")
    assert "Mathematics" in skills_of(taught)
    got = skills_of(SUBJECTS + "\nSkills\nMathematics, Physics, Python\n")
    assert {"Mathematics", "Physics"} <= got


ACRONYMS = """Jane Doe
jane.doe@example.com

Work Experience
Data Analyst
Acme Robotics, Springfield
2015 to 2018
Ran the surveys of the LAMP (Local Area Music Project) pilot in three schools.
Kept the trial files in line with (Good Clinical Practice) GCP and local rules.
Wrote an API (Application Programming Interface) for the billing team.
"""


def test_an_acronym_beside_the_name_it_spells_is_that_name_not_a_skill() -> None:
    got = skills_of(ACRONYMS)
    assert "LAMP Stack" not in got
    assert "Google Cloud" not in got
    assert "API development" in got  # the brackets spell the skill itself
