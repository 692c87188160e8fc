"""Certificates, eighth round (issue 14): one reader for them wherever they stand — a
Certifications section without its sub-headings, places, issuers, lone words and course
descriptions; a certificate standing as an entry under Awards, in a skills list or in the
header's "|" row (synthetic resumes only)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.certificates import certificates_in, parse_certifications
from atspro.analysis.resume.parser import parse_resume


def names(text: str) -> list[str]:
    return [c.name for c in parse_resume(text, today=date(2026, 1, 1)).certifications]


def test_a_certifications_section_keeps_only_its_certificates() -> None:
    got = [
        c.name
        for c in parse_certifications(
            [
                "INDUSTRY CERTIFICATIONS",
                "Certified Quarry Safety Officer (CQSO)",
                "Dayton, Ohio",
                "Harlow Institute of Technology",
                "GWCP",
                "Year",
                "Build a small web server over sockets",
                "Certified",
                "Kiln Operator Licence, 2014",
                "Dockside Crane Operator Associate",
                "FlowDesk",
                "QLT 2",
            ]
        )
    ]
    assert got == [
        "Certified Quarry Safety Officer (CQSO)",
        "GWCP",
        "Kiln Operator Licence",
        "Dockside Crane Operator Associate",  # named like a job, still a certificate
        "FlowDesk",
        "QLT 2",
    ]


def test_a_certificate_name_wrapped_after_certified_is_joined() -> None:
    got = [c.name for c in parse_certifications(["QRX, Glassware Certified", "Kiln Designer"])]
    assert got == ["QRX, Glassware Certified Kiln Designer"]
    got = [c.name for c in parse_certifications(["Pool Plant Operations", "Certificate"])]
    assert got == ["Pool Plant Operations Certificate"]
    # an adjective "Certified" before a sub-heading or another certificate stays apart
    got = [
        c.name
        for c in parse_certifications(["Harbour Pilot Certified", "Certified Rigging Inspector"])
    ]
    assert got == ["Harbour Pilot Certified", "Certified Rigging Inspector"]


def test_certificates_standing_as_entries_outside_their_section_are_read() -> None:
    text = (
        "Rowan Pellworth\nrowan.p@example.com\n"
        "Crew Scheduling | Site Audits | CPR Certified\n"
        "SUMMARY\nYard lead holding a forklift certification and a calm manner.\n"
        "EXPERIENCE\nYard Lead, Brightwater Logistics  2015 - 2019\n- Ran the night shift.\n"
        "AWARDS\nHazardous Goods Handling Certification\nCertificate of Appreciation, 2017\n"
        "Awards / Certifications / Honours\n"
        "EDUCATION\nCertified Payroll Technician\nHarlow Institute of Technology, 2012\n"
    )
    got = names(text)
    assert got == [
        "Certified Payroll Technician",
        "CPR Certified",
        "Hazardous Goods Handling Certification",
    ]


def test_no_certificate_from_a_task_a_licence_number_or_a_heading() -> None:
    assert (
        certificates_in(
            [
                "Ran the yearly re-certification of the depot scales",
                "Licence No. 40417",
                "Licences and Certificates",
            ],
            [],
            whole=True,
        )
        == []
    )


def test_a_list_under_a_certificates_sub_heading_in_another_section_is_read() -> None:
    text = (
        "Rowan Pellworth\nrowan.p@example.com\n"
        "EXPERIENCE\nSwim Coach, Harlow Aquatics Club  2015 - 2019\n- Coached juniors.\n"
        "Lifesaving Certifications\nLifeguard Rescue Level 2\nOpen Water Safety Award\n"
        "EDUCATION\nBA in Sport Science, Harlow Institute of Technology, 2012\n"
        "Harbour Licences\nSkipper Day Licence\nREFERENCES: On request\n"
    )
    assert names(text) == [
        "Skipper Day Licence",
        "Lifeguard Rescue Level 2",
        "Open Water Safety Award",
    ]


def test_bullets_under_a_certificate_are_its_topics_and_advanced_opens_a_name() -> None:
    text = (
        "Rowan Pellworth\nrowan.p@example.com\n"
        "EDUCATION\nBSc in Marine Biology, Harlow Institute of Technology, 2012\n"
        "Diving Certificates\n"
        "Advanced Reef Survey Diver – Coralline Academy – 2014\n"
        "• Night navigation\n• Buoyancy control drills\n"
    )
    assert names(text) == ["Advanced Reef Survey Diver"]


def test_licensed_titles_and_a_certificate_before_its_school_are_read() -> None:
    text = (
        "Rowan Pellworth\nrowan.p@example.com\n"
        "EXPERIENCE\nCounsellor, Harlow Family Centre  2015 - 2019\n- Ran group sessions.\n"
        "AWARDS\nLicensed Family Therapist (LFT) - Westmoor\n"
        "Certificate of Tutoring Practice, Eastvale University\n"
        "Westmoor Board of Licensed Therapists\n"
        "LANGUAGES\nPortuguese: good command (B2), QELT Certificate\n"
    )
    assert names(text) == [
        "Licensed Family Therapist (LFT) - Westmoor",
        "Certificate of Tutoring Practice",
        "QELT Certificate",
    ]
