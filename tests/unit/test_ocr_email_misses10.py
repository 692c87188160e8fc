"""Round 10, second pass: an e-mail's dropped letter mended against the name line read
below the header (a sidebar layout: the contact block first, the name last)."""

from atspro.analysis.documents.ocr_contact import mend_addresses

SIDEBAR = [
    "CONTACT",
    "mart.q@example.org",
    "+1 555 0100",
    "Springfield",
    "SKILLS",
    "Python",
    "Terraform",
    "Docker",
    "EXPERIENCE",
    "Site Reliability Engineer",
    "Acme Robotics",
    "EDUCATION",
    "Springfield University",
]


def test_name_below_the_header_mends_a_dropped_letter() -> None:
    lines = mend_addresses([*SIDEBAR, "Marta Quill"])
    assert "marta.q@example.org" in lines


def test_a_line_the_address_does_not_name_is_no_evidence() -> None:
    # "Marta Stone": neither "stone" nor its "s" is a piece of "mart.q"
    lines = mend_addresses([*SIDEBAR, "Marta Stone"])
    assert "mart.q@example.org" in lines


def test_no_name_below_keeps_the_read() -> None:
    assert "mart.q@example.org" in mend_addresses(SIDEBAR)
