"""Round-10 education leftovers: small synthetic classes (invented schools and people)."""

from __future__ import annotations

from atspro.analysis.resume.certificates import parse_certifications
from atspro.analysis.resume.contact import find_location
from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel


def _levels(text: str) -> list[EducationLevel | None]:
    return [e.level for e in parse_education(text.splitlines())]


def test_doctorate_candidate_counts_one_level_under() -> None:
    (entry,) = parse_education(["Ph.D. candidate in Marine Acoustics", "Quarry Hill University"])
    assert (entry.degree, entry.level) == ("Ph.D.", EducationLevel.MASTER)
    assert entry.field == "Marine Acoustics"
    assert entry.institution == "Quarry Hill University"


def test_all_but_dissertation_is_not_held() -> None:
    assert _levels("PhD (ABD), Quarry Hill University") == [EducationLevel.MASTER]


def test_pursuing_an_undated_masters_is_not_held() -> None:
    assert _levels("Quarry Hill University\nPursuing an MBA") == [EducationLevel.BACHELOR]


def test_held_and_dated_degrees_keep_their_level() -> None:
    assert _levels("Quarry Hill University\nMBA, 2019") == [EducationLevel.MASTER]
    # an expected degree counts like every dated one (the student rule reads its level)
    assert _levels("Quarry Hill University\nPursuing an MBA, expected May 2030") == [
        EducationLevel.MASTER
    ]
    assert _levels("Doctor of Philosophy in Geology, Quarry Hill University, 2011") == [
        EducationLevel.DOCTORATE
    ]


def test_indonesian_state_secondary_school_is_a_school() -> None:
    (school, college) = parse_education(
        [
            "SMA Negeri 7 Springfield  2015 - 2018",
            "Natural Sciences",
            "Universitas Springfield Raya  2018 - Present",
        ]
    )
    assert (school.institution, school.graduation_date) == ("SMA Negeri 7 Springfield", "2018")
    assert college.institution == "Universitas Springfield Raya"


def test_a_score_note_is_cut_from_the_certificate_name() -> None:
    certs = parse_certifications(
        [
            "• Certified Harmonica Tutor",
            "Score: 612 (Certificate Number: XQ-0042/ZZ/2021)",
            "• Spreadsheet Basics Level 2",
            "Score: 77",
        ]
    )
    assert [c.name for c in certs] == ["Certified Harmonica Tutor", "Spreadsheet Basics Level 2"]


def test_an_awards_heading_glued_to_its_item_is_no_certificate() -> None:
    certs = parse_certifications(
        [
            "Forklift Operator Certificate, 2012",
            "HONORS, AWARDS, SPECIAL MENTIONS: Team Spirit Prize, 2014",
            "CERTIFICATIONS: Certified Kite Inspector, 2016",
        ]
    )
    assert [c.name for c in certs] == ["Forklift Operator Certificate", "Certified Kite Inspector"]


def test_a_place_wrapped_at_its_comma_in_a_sidebar_is_whole() -> None:
    place = find_location(["Jane Doe", "Address", "Nakuru,", "Kenya", "Phone"])
    assert place is not None and place.text == "Nakuru, Kenya"


def test_a_double_major_names_the_schools_fields_and_keeps_its_dates() -> None:
    (entry,) = parse_education(
        ["Quarry Hill University  Springfield", "Double major in Robotics & Geology  2015 – 2019"]
    )
    assert (entry.field, entry.graduation_date) == ("Robotics & Geology", "2019")
    (held,) = parse_education(
        ["B.S., Quarry Hill University, 2015", "Dual major in Robotics and Geology"]
    )
    assert held.field == "Robotics and Geology"


def test_a_certificate_name_wrapped_before_its_last_word_is_whole() -> None:
    certs = parse_certifications(
        [
            "Kite Rigging Basics",
            "Skyward",
            "Weather Reading",
            "Skyward",
            "Skyward Academy Gliding",
            "Foundations",
        ]
    )
    assert [c.name for c in certs][-1] == "Skyward Academy Gliding Foundations"
