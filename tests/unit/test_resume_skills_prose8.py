"""Skills read in prose, round 8 (issue 14): common skills the open data lacks or spells
otherwise, and words read in a wrong sense. One synthetic case per class; each fails on the index
and code before the fix. Employers, places and people are made up."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.taxonomy.skills import get_index


def found(text: str) -> set[str]:
    return {h.name for h in get_index().find(text)}


# ------------------------------------------ common skills neither ESCO nor O*NET names as written
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Built a wallet service on blockchain for a payments start-up.", "Blockchain"),
        (
            "Moved the billing modules to a service-oriented architecture.",
            "Service-oriented architecture",
        ),
        ("Ran the shop sites on LAMP with nightly backups.", "LAMP Stack"),
        ("Led the team through a CMMI level 3 appraisal.", "CMMI"),
        ("Tuned OLTP workloads on the order database.", "OLTP"),
        ("Logged the defects in Mercury Quality Center.", "HP Quality Center"),
        ("Set up wireless networking for three branch offices.", "Wireless networking"),
        ("Did system analysis for the new ticketing tool.", "Systems analysis"),
        ("Wrote technical specifications for the handheld scanner.", "Technical specifications"),
        ("Ran product development for a range of garden tools.", "Product development"),
        ("Shaped the strategic marketing of the new cereal brand.", "Strategic marketing"),
        ("Advised clients on company law and shareholder disputes.", "Company law"),
        ("Represented tenants in arbitration with the landlord.", "Arbitration"),
        ("Gave legal advice to small charities.", "Legal advice"),
        ("Handled personal injury claims for the firm.", "Personal injury"),
        ("Kept strong customer relationships across the region.", "Customer relationships"),
        ("Known for logical thinking under deadlines.", "Logical thinking"),
        ("Ran the staff development programme for 60 teachers.", "Staff development"),
    ],
)
def test_a_common_skill_in_a_sentence_is_read(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wrote LUA for the ticket kiosk plug-ins.", "Lua"),
        ("Stored orders in My Sql and PHP.", "MySQL"),
        ("Kept the kiosk code on Bit Bucket with pull requests.", "Bitbucket"),
        ("Did requirement analysis with the client.", "Requirements gathering"),
        ("Advised the union on labor law.", "Labour law"),
        ("Ran Oracle eBusiness Suite upgrades.", "E-Business Suite"),
    ],
)
def test_another_spelling_of_a_known_skill_is_read(text: str, name: str) -> None:
    assert name in found(text)


def test_a_product_suite_is_not_cut_into_a_business_skill() -> None:
    """ "Oracle eBusiness Suite" is one product: no "E-business" skill beside two leftovers."""
    assert "E-business" not in found("Ran Oracle eBusiness Suite upgrades.")


# ---------------------------------------------------------------- a product name used as a verb
@pytest.mark.parametrize(
    "text",
    [
        "Excel in calming upset callers and closing tickets on the first call.",
        "• Excel at building trust with new suppliers",
    ],
)
def test_excel_opening_a_sentence_before_a_preposition_is_the_verb(text: str) -> None:
    assert "Microsoft Excel" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prepared the stock reports in Excel at month end.",
        "Excel, Word and Outlook.",
        "Excel: pivot tables and lookups",
    ],
)
def test_excel_elsewhere_is_still_the_product(text: str) -> None:
    assert "Microsoft Excel" in found(text)


# --------------------------------------------------- a related term ESCO lists as a synonym
def test_evaluation_systems_are_no_grading_systems() -> None:
    assert "Grading systems" not in found("Set up evaluation systems for the volunteer programme.")


# ------------------------------------------------------ a subject a major or minor names
def _skills(line: str, heading: str = "SUMMARY") -> set[str]:
    text = f"Jane Roe\njane.roe@example.com\n{heading}\n{line}\n"
    return {s.name for s in parse_resume(text).skills}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("B.A. in Earth Sciences, Major: Geology", "Geology"),
        ("Minors: Statistics & Astronomy", "Astronomy"),
        ("Graduate diploma; Major in Accounting and Economics", "Economics"),
        (
            "B.S. Business with a concentration in Supply Chain Management",
            "Supply chain management",
        ),
    ],
)
def test_a_subject_named_by_a_major_or_minor_is_no_skill(line: str, name: str) -> None:
    assert name not in _skills(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Built a loyalty app for a major grocery chain in Java and Kotlin.", "Java"),
        ("Minor Project: a ferry timetable app in Kotlin", "Kotlin"),
        ("Minor in Geology. Wrote Python tools for the survey team.", "Python"),
    ],
)
def test_a_skill_after_no_study_cue_or_past_its_clause_is_kept(line: str, name: str) -> None:
    assert name in _skills(line, "EXPERIENCE")


def test_two_esco_groupings_that_named_another_skill():
    """ "direct marketing" is no Network marketing (ESCO grouped them); "Yahoo UI" is the YUI
    library, not UI design."""
    from atspro.analysis.taxonomy.skills import get_index

    index = get_index()
    mail = "Planned the direct marketing mail-outs for a garden centre."
    assert [h.name for h in index.find(mail)] == ["Direct marketing"]
    assert [h.name for h in index.find("Built the shop pages with Yahoo UI and jQuery.")] == [
        "YUI",
        "jQuery",
    ]
