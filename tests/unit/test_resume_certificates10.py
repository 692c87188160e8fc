"""Certificates, tenth round (issue 14): the items of a Certifications section laid out as
"2023  Name – Level, Issuer" rows, under bullets drawn on lines of their own, as
"A ~ B", as a name over its issuer repeated on the next line, and no course descriptions
or certificates still to come (synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.certificates import parse_certifications
from atspro.models import Certification


def read(lines: list[str]) -> list[tuple[str, str | None, str | None]]:
    return [(c.name, c.issuer, c.date) for c in parse_certifications(lines)]


def test_rows_opening_with_their_year_are_items_of_their_own() -> None:
    got = read(
        [
            "2024  Zephyr Cloud Certified Builder - Specialty, Zephyr Cloud Works (ZCW)",
            "2022  Zephyr Cloud Certified Operator – Associate, Zephyr Cloud Works (ZCW)",
            "2021  Quillstack Certified: Pipeline Steward, Quillstack",
        ]
    )
    assert got == [
        ("Zephyr Cloud Certified Builder - Specialty", "Zephyr Cloud Works (ZCW)", "2024"),
        ("Zephyr Cloud Certified Operator – Associate", "Zephyr Cloud Works (ZCW)", "2022"),
        ("Quillstack Certified: Pipeline Steward", "Quillstack", "2021"),
    ]


def test_a_lone_year_line_still_dates_the_name_above() -> None:
    got = read(["Harbour Crane Licence", "2019", "Forklift Operator Certificate", "2020"])
    assert got == [
        ("Harbour Crane Licence", None, "2019"),
        ("Forklift Operator Certificate", None, "2020"),
    ]


def test_bullets_drawn_on_lines_of_their_own_start_no_item() -> None:
    got = read(
        [
            "•",
            "•",
            "Certified Quarry Auditor (CQA), Guild of Quarry Auditors",
            "Certified Kiln Steward (CKS), Kiln Alliance",
        ]
    )
    assert got == [
        ("Certified Quarry Auditor (CQA)", "Guild of Quarry Auditors", None),
        ("Certified Kiln Steward (CKS)", "Kiln Alliance", None),
    ]


def test_tilde_separates_two_certificates_on_one_line() -> None:
    got = [n for n, _, _ in read(["Certified Dune Surveyor (CDS) ~ Licensed Reef Pilot"])]
    assert got == ["Certified Dune Surveyor (CDS)", "Licensed Reef Pilot"]


def test_an_issuer_repeated_under_each_name_is_the_issuer() -> None:
    got = read(
        [
            "Baking for Everyone: Rye and Spelt",
            "Learnfield",
            "Sourdough Toolbox",
            "Learnfield",
        ]
    )
    assert got == [
        ("Baking for Everyone: Rye and Spelt", "Learnfield", None),
        ("Sourdough Toolbox", "Learnfield", None),
    ]


def test_course_descriptions_and_certificates_to_come_are_no_items() -> None:
    got = [
        n
        for n, _, _ in read(
            [
                "Kiln Safety Basics",
                "Three weeks of evening classes on glazes and the care of electric kilns",
                "Lantern Rigging Certificate (Expected: Aug 2031)",
            ]
        )
    ]
    assert got == ["Kiln Safety Basics"]


def test_a_comma_keeps_a_plain_name_whole() -> None:
    # no certificate word before the comma: "Current" is no issuer
    assert parse_certifications(["Water Rescue Basics, Current"]) == [
        Certification(name="Water Rescue Basics, Current")
    ]


def test_a_school_leaving_block_inside_the_section_gives_no_certificates() -> None:
    got = read(
        [
            "Kiln Steward Certificate",
            "2006 – 2006",
            "SECONDARY SCHOOL",
            "Hillview Secondary",
            "1995 – 1999",
            "Subjects",
            "Physical Science",
            "Computer Studies",
        ]
    )
    assert got == [("Kiln Steward Certificate", None, "2006")]


def test_dated_pieces_of_one_line_are_items_of_their_own() -> None:
    got = [
        n
        for n, _, _ in read(
            [
                "Dust Safety Basics, 2002 | CPR Certification, 2002 | Quarry Law Seminar, 2000",
                "Kiln Operator Licence | Kiln Board | 2019",
            ]
        )
    ]
    assert got == [
        "Dust Safety Basics",
        "CPR Certification",
        "Quarry Law Seminar",
        "Kiln Operator Licence",
    ]
