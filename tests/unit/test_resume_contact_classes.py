"""Contact failure classes on unseen resumes (issue 14, round 2): one synthetic resume each."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def test_a_town_the_gazetteer_lacks_before_a_state_written_in_full() -> None:
    r = parse("Ravi Kulkarni\nMorvadi Maharashtra\nravi@example.org\nSKILLS\nPython\n")
    assert r.contact.location == "Morvadi Maharashtra"


def test_a_job_title_before_a_state_is_not_a_town() -> None:
    r = parse("Ravi Kulkarni\nSoftware Engineer Maharashtra\nravi@example.org\nSKILLS\nPython\n")
    assert r.contact.location != "Software Engineer Maharashtra"


def test_where_they_would_relocate_is_not_where_they_live() -> None:
    r = parse(
        "Ravi Kulkarni\nravi@example.org\nWilling to relocate to Pune, Maharashtra\n"
        "SKILLS\nPython\n"
    )
    assert r.contact.location is None


def test_phone_dialled_with_00_reads_as_international() -> None:
    r = parse("Ravi Kulkarni\nPh: 0091 98765 43210\nravi@example.org\nSKILLS\nPython\n")
    assert r.contact.phone == "+919876543210"


def test_a_number_that_does_not_fit_the_address_region_is_kept_as_written() -> None:
    # An Indian mobile on a resume that names Austin is not a US number.
    r = parse("Ravi Kulkarni\nAustin, TX\nMobile: 98765 43210\nravi@example.org\n")
    assert r.contact.phone == "98765 43210"
    r = parse("Ravi Kulkarni\nAustin, TX\nMobile: (512) 555 0198\nravi@example.org\n")
    assert r.contact.phone == "+15125550198"


def test_name_and_headline_on_one_line() -> None:
    r = parse("Jane Q Doe Senior Software Engineer\njane@example.org\nSKILLS\nPython\n")
    assert r.contact.full_name == "Jane Q Doe"
    r = parse("Senior Software Engineer\njane@example.org\nSKILLS\nPython\n")
    assert r.contact.full_name is None


def test_more_profile_labels_give_the_name() -> None:
    r = parse(
        "Curriculum Vitae\nCandidate's Name: Ravi Kulkarni\n"
        "Address for Communication: 12 Lake Road, Nagpur, Maharashtra\nravi@example.org\n"
        "SKILLS\nPython\n"
    )
    assert (r.contact.full_name, r.contact.location) == ("Ravi Kulkarni", "Nagpur, Maharashtra")


def test_a_phone_whose_first_space_was_lost() -> None:
    """OCR and careless typing drop a space: "0207946 0958" is "020 7946 0958" (a first group
    of 6–7 digits), read in the region the address names."""
    r = parse(
        "Priya Natarajan\nLondon, United Kingdom\npriya.n@example.org | 0207946 0958\n"
        "SKILLS\nSQL, Python\n"
    )
    assert r.contact.phone == "+442079460958"
