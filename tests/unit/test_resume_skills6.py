"""Skills-list failure classes, round 6 (issue 14): one synthetic resume each; each fails on the
code before the fix. Made-up product names ("Quorvex", "Brimlet") stand for items no taxonomy
knows; people, employers and schools are made up too."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def unknown(r: Resume) -> set[str]:
    return {s.name for s in r.skills if not s.recognised}


def spellings(r: Resume) -> set[str]:
    return {f for s in r.skills for f in s.surface_forms}


def test_an_item_written_as_x_skills_names_x_but_a_heading_of_skills_names_none() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nApplied Skills\nQuorvex drafting skills\n"
        "Strong brimlet skills\nTechnical Skills\n"
    )
    found = unknown(r)
    assert {"Quorvex drafting", "brimlet"} <= found
    assert not found & {"Applied", "Technical", "Applied Skills"}


def test_the_last_item_after_an_oxford_comma_and_is_kept_without_the_and() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nQuorvex Planning, Brimlet Audits, and zentrix design\n"
    )
    found = unknown(r)
    assert "zentrix design" in found
    assert not any(n.lower().startswith("and ") for n in found)


def test_training_record_keeping_and_organisation_items_are_skills_not_headings() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\n• Quorvex Development & Training\n"
        "• Record-keeping\n• Classroom Organization\n• Training\n"
    )
    found = unknown(r)
    assert {"Quorvex Development & Training", "Classroom Organization"} <= found
    assert "Record-keeping" in spellings(r)  # a known skill since round 8 (Record keeping)
    assert "Training" not in found


def test_a_version_after_a_known_skill_is_part_of_its_spelling_but_not_a_duration() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nIIS 5.0, Maven 2.0.9, Oracle 10g, Tomcat 5 years, "
        "Windows 64-bit\n"
    )
    forms = spellings(r)
    assert {"IIS 5.0", "Maven 2.0.9", "Oracle 10g"} <= forms
    assert "Tomcat 5" not in forms and "Windows 64" not in forms


def test_words_inside_an_address_a_place_name_or_a_reference_are_no_skills() -> None:
    r = parse(
        "Nora Vale\nnora.vale@quorvex.com | www.brimlet.com\n"
        "EXPERIENCE\nAnalyst, Zentrix Ltd\nJan 2019 - Present\n"
        "Presented our results at the Nursing Congress, Rio de\nJaneiro, 2016.\n"
        "PUBLICATIONS\nVale, N. (2006). Rethinking CRM: a study. ERP Review, 12, p. 4.\n"
    )
    names = {s.name.lower() for s in r.skills}
    surfaces = {f.lower() for f in spellings(r)}
    assert not {"com", "rio", "crm", "erp"} & (names | surfaces)


def test_an_item_that_is_the_persons_name_or_an_employer_is_no_skill() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nNora Vale, Quorvex, Brimlet, Tallow Printing Services\n"
        "EXPERIENCE\nAnalyst, Tallow Printing Services\nJan 2019 - Present\n"
    )
    found = unknown(r)
    assert {"Quorvex", "Brimlet"} <= found
    assert not found & {"Nora Vale", "Tallow Printing Services"}


def test_form_labels_and_terms_are_no_skills() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nQuorvex, Brimlet\nDate of Birth\nNationality\n"
        "Marital Status\nSummer 2012, Fall 20XX\n"
    )
    found = unknown(r)
    assert {"Quorvex", "Brimlet"} <= found
    assert not found & {
        "Date of Birth",
        "Nationality",
        "Marital Status",
        "Summer 2012",
        "Fall 20XX",
    }


def test_a_grid_of_competencies_between_bars_is_a_skills_list_outside_skills() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nPROFILE\nOperations leader with twenty years in logistics.\n"
        "Quorvex Planning | Brimlet Supervision | Tender Proposals | Zentrix Controls\n"
        "EXPERIENCE\nAnalyst, Tallow Ltd\nJan 2019 - Present\n"
        "On-Site Management • Vendor Quorvex Relations • Brimlet Review\n"
    )
    found = unknown(r)
    assert {"Quorvex Planning", "Brimlet Supervision", "Tender Proposals"} <= found
    assert {"On-Site Management", "Brimlet Review"} <= found


def test_bars_of_grades_years_or_pastimes_are_no_grid_of_competencies() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEDUCATION\nBSc Economics, Tallow University, 2015\n"
        "GPA: 3.9 · First Class Honours · School: Quorvex Studies\n"
        "CERTIFICATIONS\nBrimlet Safety, 2012 | Zentrix Rescue, 2011 | Tallow Law Seminar, 2010\n"
        "INTERESTS\nPiano · Quorvex Cooking · Brimlet Running · Chess\n"
        "EXPERIENCE\nSenior Analyst | Quorvex Labs | Remote\nJan 2019 - Present\n"
        "Tallow Corp | Brimlet Unit | Zentrix Desk\nJan 2015 - Dec 2018\n"
    )
    found = unknown(r)
    assert not found & {"First Class Honours", "Brimlet Safety", "Quorvex Cooking"}
    assert not found & {"Remote", "Quorvex Labs", "Brimlet Unit", "Zentrix Desk"}


def test_a_piece_of_a_sentence_or_a_capitals_sub_heading_is_no_item() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nQuorvex, Brimlet\nCLERICAL\n"
        "Library management under Zentrix\nPERSONAL DOSSIER\n"
    )
    found = unknown(r)
    assert {"Quorvex", "Brimlet"} <= found
    assert not found & {"CLERICAL", "PERSONAL DOSSIER", "Library management under"}


def test_skill_words_that_begin_a_company_name_ending_in_its_legal_form_are_no_skill() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSUMMARY\nAnalyst writing Python, formerly with Automated\n"
        "Data Processing, Inc. and with Quality Systems Quorvex Health Pvt Ltd, Tallow.\n"
    )
    assert "Python" in {s.name for s in r.skills}
    assert not {"data processing", "quality systems"} & {f.lower() for f in spellings(r)}
