"""Words read as skills that say something else (issue 14, round 11): the skill's words in a
plural job title, in the name of a body a word or two before its capitalised closing word, or
after "Department of" and a name's other words. Each test fails on the code before the fix.
People, firms and places are made up."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)
HEAD = "Orla Venn\norla@example.org\n"
ROLE = "EXPERIENCE\nSupport Engineer, Brightfold Labs, 2019 - 2023\n"


def skills(text: str) -> set[str]:
    return {s.name for s in parse_resume(HEAD + text, today=TODAY).skills}


def test_skill_words_of_a_plural_job_title_are_no_claim() -> None:
    got = skills(ROLE + "- Coached the Sales Representatives of the northern stores.\n")
    assert "Sales" not in got
    # a named technology before a title word stays ("Java Developers" write Java)
    assert "Java" in skills(ROLE + "- Hired three Java Developers for the payments group.\n")


def test_skill_words_naming_a_body_are_no_claim() -> None:
    got = skills(
        ROLE + "- Member of the Pinecrest MIS Advisory Committee.\n"
        "- Speaker at the Harbor Leadership Centre.\n"
        "- Lecturer in the Department of Information & Communication.\n"
    )
    assert not got & {"MIS", "Leadership", "Communication"}
    # a skill the line claims beside a body's name stays
    assert "Leadership" in skills(ROLE + "- Taught leadership at the Harbor Centre.\n")


def test_windows_network_services_beside_dns_are_read() -> None:
    got = skills(ROLE + "- Set up DNS Terminal Services for the Springfield office.\n")
    assert {"DNS", "Remote Desktop Services"} <= got
    got = skills(ROLE + "- Ran DHCP, DNS, WINS and Terminal Services for the depot.\n")
    assert {"DHCP", "DNS", "WINS", "Remote Desktop Services"} <= got


def test_obscure_product_acronyms_read_as_what_resumes_mean() -> None:
    got = skills(
        ROLE + "- Balanced the VMware hosts with DRS and vMotion.\n- Tested Telecom BSS and CRM.\n"
    )
    assert {"VMware DRS", "Business support systems"} <= got
    assert not any("Delivery Routing" in s or "Biometric" in s for s in got)
    got = skills(
        ROLE
        + "- Wrote the LLD for the Triple DES and TSS module.\n- Taught an ACES pipeline class.\n"
    )
    assert not any("(TSS)" in s or "(ACES)" in s or "LLD" in s for s in got)


def test_a_messenger_handle_is_no_skill() -> None:
    assert "Skype" not in skills("Skype: orla.venn82\n\n" + ROLE + "- Wrote reports.\n")
    assert "Skype" in skills(ROLE + "- Ran weekly calls with clients over Skype: 30 a month.\n")


def test_one_web_application_built_is_no_skill() -> None:
    got = skills(ROLE + "- Tuned a shared web application for the Acme fleet desk.\n")
    assert "Web application" not in got
    got = skills(ROLE + "- Sped up Acme's internal search engine with Python.\n")
    assert "Search engines" not in got
    assert "Web application" in skills(ROLE + "- Built and tested web applications in Python.\n")


def test_a_department_acronym_among_people_is_its_staff() -> None:
    assert "Quality assurance" not in skills(ROLE + "- Coached the new developers and QA.\n")
    assert "Human resources" not in skills(ROLE + "- Briefed HR and recruiters weekly.\n")
    assert "Quality assurance" in skills(ROLE + "- Led QA and release planning.\n")


def test_skills_esco_named_only_as_loose_alternatives_are_their_own() -> None:
    got = skills(ROLE + "- Wrote the strategic plan and ran quality management reviews.\n")
    assert {"Strategic planning", "Quality management"} <= got


def test_skill_words_a_few_capitalised_words_before_a_title_word_are_no_claim() -> None:
    got = skills(
        ROLE + "- Worked beside the Data Migration/Cutover Specialist on the Acme rollout.\n"
        "- Mentored a new Customer Support Desk Engineer.\n"
    )
    assert not got & {"Data migration", "Customer service"}
    # a soft skill before a title describes the person; words naming skills between are a list
    got = skills(ROLE + "- Detail-oriented Payroll Clerk for the Springfield stores.\n")
    assert "Attention to detail" in got
    assert "Payroll" not in got


def test_a_framework_for_web_applications_and_hvac_are_skills() -> None:
    got = skills(ROLE + "- Built an Acme mobile application framework in Kotlin.\n")
    assert "Mobile application" in got
    assert "HVAC" in skills(ROLE + "- Serviced HVAC systems in the Springfield depot.\n")
