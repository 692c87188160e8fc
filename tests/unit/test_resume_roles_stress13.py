"""Round 13 role-block stress set (bench/role_stress.py): every case's roles read with their
employer, title and start; and one small test per class of layout the set found unread
(made-up people, employers and duties)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header
from bench import role_stress

TODAY = date(2026, 6, 1)
CASES = role_stress.cases()
# Round 15 read the last of round 13's limits: one date alone between two bullets under its
# role's header, a title and an employer run together before a town cut from the line, a
# sentence-case title over a bullet above its dates (tests/unit/test_resume_roles_limits15.py).
# Round 14's review: an owner's or founder's post older than the post above it is no longer
# chained to that employer (it may be one's own business): the two-title layouts with the
# older "Owner" / "Founder" are ambiguous, known.
OWNERS = ("Nurse Practitioner/Owner", "Founder & CEO/Teaching Assistant")
# Roles told in prose ("From 2018 to 2021 I worked as a data analyst at …") give the employer
# and the dates but no title: known (role_sentences.py reads such sentences).
KNOWN = {
    c.id
    for c in CASES
    if (c.axes["layout"] in role_stress.TWO_TITLES and c.axes["title"] in OWNERS)
    or c.axes["layout"] == "roles in prose"
}


def _roles(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (w.position, w.company, w.start) for w in parse_resume(text, today=TODAY).work_experience
    ]


def test_the_set_is_big_and_systematic() -> None:
    assert len(CASES) >= 150
    layouts = {c.axes["layout"] for c in CASES}
    extra = 3 + len(role_stress.EXTRA_BLOCKS)  # whole blocks of one shape each
    assert len(layouts) == len(role_stress.LAYOUTS) + len(role_stress.TWO_TITLES) + extra
    for axis in ("dates", "employer", "title", "heading"):
        assert len({c.axes[axis] for c in CASES}) > 3


@pytest.mark.parametrize("layout", sorted({c.axes["layout"] for c in CASES}))
def test_stress_cases_of_a_layout(layout: str) -> None:
    # one test per layout (the cases are many and small): every case reads right but the known
    # (which may pass or fail)
    failed = {
        c.id: role_stress.check(c)
        for c in CASES
        if c.axes["layout"] == layout and c.id not in KNOWN
    }
    assert {k: v for k, v in failed.items() if v} == {}


def test_a_weak_heading_over_the_first_role_is_no_employer() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nCareer\nOrvane\nField Technician\n"
        "Apr 2019 – Present\n- Serviced the pumps.\n\nEDUCATION\nB.A., Lakemont College, 2012\n"
    )
    assert _roles(text) == [("Field Technician", "Orvane", "2019-04")]


def test_one_date_alone_two_lines_from_the_title_or_set_apart_on_the_employer_line() -> None:
    text = (
        "Jane Doe\nEXPERIENCE\nLifeguard\nPellworth Pools\nSummer 2019\n- Watched the deep end.\n"
        "Tamsin Bakery      Summer 2018\nCounter Assistant\n- Served the morning queue.\n"
    )
    assert _roles(text) == [
        ("Lifeguard", "Pellworth Pools", "2019"),
        ("Counter Assistant", "Tamsin Bakery", "2018"),
    ]


def test_a_client_in_brackets_after_the_employer_is_no_part_of_it() -> None:
    role = parse_role_header(["Data Engineer", "Quarrow Consulting (Client: Ferris Mutual)"])
    assert (role.position, role.company) == ("Data Engineer", "Quarrow Consulting")
    role = parse_role_header(["Tester, Brightline Ltd [End Client - Harlow Bank]"])
    assert (role.position, role.company) == ("Tester", "Brightline Ltd")


def test_titles_dated_under_one_employer_keep_it() -> None:
    text = (
        "Jane Doe\nEXPERIENCE\nQuarrow Logistics\nShift Supervisor      Jan 2020 – Present\n"
        "- Ran the night crew.\nWarehouse Operative      Mar 2017 – Dec 2019\n"
        "- Picked the outgoing orders.\n"
        "Pellworth Foods\nDriver\n2014 - 2016\n- Drove the morning route.\nLoader\n2012 - 2014\n"
        "- Loaded the vans.\n"
    )
    assert _roles(text) == [
        ("Shift Supervisor", "Quarrow Logistics", "2020-01"),
        ("Warehouse Operative", "Quarrow Logistics", "2017-03"),
        ("Driver", "Pellworth Foods", "2014"),
        ("Loader", "Pellworth Foods", "2012"),
    ]


def test_a_title_with_no_employer_line_of_its_own_keeps_none() -> None:
    # Each role names its employer on the line above: a later title with none stays without.
    text = (
        "Jane Doe\nEXPERIENCE\nQuarrow Logistics\nShift Supervisor      Jan 2020 – Present\n"
        "- Ran the night crew.\nPellworth Foods\nDriver      2014 - 2016\n"
        "- Drove the morning route.\nFreelance Courier\n2012 - 2014\n- Delivered parcels.\n"
    )
    assert [(p, c) for p, c, _ in _roles(text)] == [
        ("Shift Supervisor", "Quarrow Logistics"),
        ("Driver", "Pellworth Foods"),
        ("Freelance Courier", None),
    ]


def test_the_dates_under_the_first_bullet_date_the_role_above() -> None:
    text = (
        "Jane Doe\nEXPERIENCE\nParalegal\nHarlow & Finch LLP\n- Drafted the lease files.\n"
        "Jun 2018 – Present\n- Kept the court calendar.\n"
        "Legal Secretary\nTamsin Law Ltd\n- Typed the letters.\nJan 2015 – May 2018\n"
        "- Filed the deeds.\n"
    )
    assert _roles(text) == [
        ("Paralegal", "Harlow & Finch LLP", "2018-06"),
        ("Legal Secretary", "Tamsin Law Ltd", "2015-01"),
    ]


def test_dates_first_roles_with_one_bullet_stay_apart() -> None:
    text = (
        "Jane Doe\nEXPERIENCE\nJun 2018 – Present\nParalegal\nHarlow & Finch LLP\n"
        "- Drafted the lease files.\nJan 2015 – May 2018\nLegal Secretary\nTamsin Law Ltd\n"
        "- Typed the letters.\n"
    )
    assert _roles(text) == [
        ("Paralegal", "Harlow & Finch LLP", "2018-06"),
        ("Legal Secretary", "Tamsin Law Ltd", "2015-01"),
    ]


def test_a_brand_in_brackets_after_the_title_is_the_employer() -> None:
    for header, want in [
        (["Nurse Practitioner (Quarrow Robotics)"], ("Nurse Practitioner", "Quarrow Robotics")),
        (["OPERATIONS MANAGER (PELLWORTH MEDIA)"], ("OPERATIONS MANAGER", "PELLWORTH MEDIA")),
        (["Sous Chef (Vantrelo)"], ("Sous Chef", "Vantrelo")),
        (
            ["Software Engineer II (Lakemont University)"],
            ("Software Engineer II", "Lakemont University"),
        ),
    ]:
        role = parse_role_header(header)
        assert (role.position, role.company) == want
    # a note, a field, a skill or a common word in brackets stays the title's
    for header in (["Analyst (Night Shift)"], ["Physician (Locum)"], ["Teacher (Maths)"],
                   ["Engineer (Contract)"], ["Developer (Java)"], ["Nurse (Oncology)"]):  # fmt: skip
        assert parse_role_header(header).company is None, header


def test_a_brand_after_a_title_with_no_separator() -> None:
    for line, want in [
        ("Network Engineer Vantrelo  Pune Maharashtra", ("Network Engineer", "Vantrelo")),
        ("Sous Chef PELLWORTH FOODS  Austin TX", ("Sous Chef", "PELLWORTH FOODS")),
        ("Software Engineer II Quarrow Labs Inc", ("Software Engineer II", "Quarrow Labs Inc")),
    ]:
        role = parse_role_header([line])
        assert (role.position, role.company) == want, line
    # English words after a title stay the title's; so do a skill and a unit
    for line in ("Business Analyst Special Projects", "Software Engineer Kubernetes",
                 "Engineer Embedded Systems", "Volunteer Vantrelo Projects"):  # fmt: skip
        assert parse_role_header([line]).company is None, line
