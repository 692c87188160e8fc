"""A place reader taking the employer for the town ("Zorblat Inc, Delaware", "Zorblat
Group-Springfield, IL", "Zorblat Books, Inc., NY"): a town with a company word is the employer's
name, only the region (or the town glued after a hyphen) is the place (round 10, roles)."""

from atspro.analysis.resume.role_header import parse_role_header


def test_employer_before_a_region_is_no_town() -> None:
    role = parse_role_header(["Chief Technology Officer, Zorblat Inc, Delaware"])
    assert (role.position, role.company, role.location) == (
        "Chief Technology Officer",
        "Zorblat Inc",
        "Delaware",
    )


def test_town_glued_after_a_hyphen() -> None:
    role = parse_role_header(["Zorblat Group-Springfield, IL", "Production Specialist"])
    assert role.company == "Zorblat Group"
    assert role.location == "Springfield, IL"


def test_legal_suffix_is_no_town() -> None:
    role = parse_role_header(["Zorblat Books, Inc., New York, NY", "Editor"])
    assert role.company is not None and role.company.startswith("Zorblat Books")


def test_county_stays_a_place() -> None:
    # "Co." alone before the region is a county's, not a company's suffix
    role = parse_role_header(["Park Ranger- Quarry Co., NY"])
    assert not (role.company or "").endswith("Co.")
