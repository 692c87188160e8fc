"""Skills read in prose (issue 14, round 6): the taxonomy's reading of sentences and tool lines
outside a Skills section. One synthetic case per class; each fails on the code before the fix.
Employers, projects and people are made up."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.taxonomy.skills import get_index

TODAY = date(2026, 1, 1)


def found(text: str) -> set[str]:
    return {h.name for h in get_index().find(text)}


def recognised(text: str) -> set[str]:
    return {s.name for s in parse_resume(text, today=TODAY).skills if s.recognised}


# ---------------------------------------------------------------- a product name's capitals
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Virtualised the branch servers on VMWare.", "VMware"),
        ("Laid out the newsletter in Pagemaker.", "PageMaker"),
        ("Stored the click stream in Hbase.", "HBase"),
        ("Rebuilt the intranet in Coldfusion.", "ColdFusion"),
    ],
)
def test_a_camel_case_product_written_with_other_capitals_is_read(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moved the files to vmware hosts",  # all lower case: the written form gives no capital
        "Offices in the UNITED KINGDOM",  # a one-capital name ("Kingdom") keeps its exact form
    ],
)
def test_other_capitals_need_a_camel_case_name_and_a_capital(text: str) -> None:
    assert not found(text) & {"VMware", "Kingdom"}


# ---------------------------------------------------------------- products that vouch for each other
def test_three_products_that_each_need_a_neighbour_vouch_for_each_other() -> None:
    """No tool the index takes without context stands near ("Log4j" is unknown to it)."""
    r = recognised(
        "Dana Quill\ndana@example.org\nEXPERIENCE\nDeveloper, Brindle Works Ltd\n"
        "Jan 2019 - Present\nTechnologies: Spring, Hibernate, Oracle 10g, Log4j\n"
    )
    assert {"Spring", "Hibernate"} <= r


@pytest.mark.parametrize(
    "text",
    [
        "In spring we hibernate.",  # lower case: no product spelling at all
        "Spring and Swift",  # two are not a tool list
        "Spring 2019, Swift 2020, Oracle 2021",  # a season (or a name) before a year
    ],
)
def test_common_words_do_not_vouch_for_each_other(text: str) -> None:
    assert not found(text) & {"Spring", "Swift", "Hibernate", "Oracle Database"}


# ---------------------------------------------------------------- a dotted name spelling a word
def test_a_dotted_product_name_that_spells_a_word_is_not_read_in_the_word() -> None:
    assert not found("The study aimed to measure how content spreads.")


# ---------------------------------------------------------------- named cloud services and QA terms
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Built the VPC, RDS and CloudTrail setup on AWS with Elastic Beanstalk.",
            {"Amazon VPC", "Amazon RDS", "AWS CloudTrail", "AWS Elastic Beanstalk"},
        ),
        ("Joined the hubs with a Transit Gateway on Azure AD.", {"Transit Gateway"}),
        (
            "Wrote test cases and ran smoke testing, UAT and API testing.",
            {"Test case design", "Smoke testing", "User acceptance testing", "API testing"},
        ),
    ],
)
def test_named_cloud_services_and_testing_terms_are_skills(text: str, names: set[str]) -> None:
    assert names <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chaired the RDS committee of the Tarnwell school board.",  # no technical neighbour
        "Member of the KMS alumni club.",
    ],
)
def test_bare_cloud_acronyms_need_a_technical_neighbour(text: str) -> None:
    assert not found(text) & {"Amazon RDS", "AWS KMS"}


# ---------------------------------------------------------------- vendors and product lines
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kept the team's mail in Lotus Notes.", "Lotus Notes"),  # IBM's product line "Lotus"
        (
            "Wrote the shaders in DirectX.",
            "DirectX",
        ),  # Microsoft, a vendor ESCO writes in lower case
        ("Versioned the code in Visual SourceSafe.", "Visual SourceSafe"),
    ],
)
def test_a_product_is_read_without_its_vendor(text: str, name: str) -> None:
    assert name in found(text)


# ---------------------------------------------------------------- enterprise IT vocabulary
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Designed VLANs with HSRP and NAT on the core switches and routers.",
            {"VLAN", "HSRP", "NAT"},
        ),
        (
            "Wrote stored procedures, set up log shipping and did performance tuning.",
            {"Stored procedures", "Log shipping", "Performance tuning"},
        ),
        ("Built reports in SSRS and packages in SSIS.", {"SQL Server Reporting Services"}),
        ("Moved the code from CVS to Git.", {"CVS", "Git"}),
    ],
)
def test_enterprise_it_terms_are_skills(text: str, names: set[str]) -> None:
    assert names <= found(text)


def test_sql_queries_is_sql() -> None:
    """A job asking for SQL must still find it in "wrote SQL queries"."""
    assert "SQL" in found("Wrote SQL queries for the monthly report.")


@pytest.mark.parametrize(
    "text",
    [
        "Cashier at the CVS pharmacy on Elm Street.",  # a shop, no technical neighbour
        "Wore latex gloves in the lab.",  # LaTeX needs its capitals
        "Listed on the National Stock Exchange.",  # no bare "Exchange" for Exchange Server
    ],
)
def test_enterprise_acronyms_and_words_keep_their_guards(text: str) -> None:
    assert not found(text) & {"CVS", "LaTeX", "Microsoft Exchange Server"}
