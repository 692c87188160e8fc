"""A title glued to a short employer name with no company word on a dated, punctuation-free
header line ("Software Test Engineer Zorbix infotech"): the name after the last title word is
the employer when its case breaks from the title's (round 10, roles)."""

from atspro.analysis.resume.role_header import parse_role_header


def test_bare_employer_after_title_is_split_off() -> None:
    role = parse_role_header(["Software Test Engineer Zorbix infotech", "Dayton Ohio"])
    assert role.position == "Software Test Engineer"
    assert role.company == "Zorbix infotech"


def test_title_case_rest_stays_with_the_title() -> None:
    # "Special Projects", "Field Services": a unit in Title Case, not an employer.
    role = parse_role_header(["Business Analyst Special Projects"])
    assert role.company is None
    assert role.position == "Business Analyst Special Projects"


def test_undated_header_keeps_the_title_whole() -> None:
    role = parse_role_header(["Software Test Engineer Zorbix infotech"], dated=False)
    assert role.company is None


def test_sentence_after_title_is_no_employer() -> None:
    role = parse_role_header(["Records Clerk/Filing Assistant. Managed records"])
    assert role.company is None
