"""Never a skill: places, team names, people, the employer's products, benefits, EEO, filler."""

from __future__ import annotations

from atspro.analysis.job.parser import parse_job_text


def asked(text: str) -> set[str]:
    job = parse_job_text(text)
    return {s.casefold() for r in job.requirements for s in r.skills}


def test_place_names_are_not_skills() -> None:
    found = asked(
        "Compliance Officer\nRedhill Bank plc, London, United Kingdom\n\nRequirements\n"
        "- Right to work in the United Kingdom\n- Knowledge of AML regulation\n"
    )
    assert "kingdom" not in found
    assert "anti-money laundering" in found


def test_team_names_used_as_nouns_are_not_skills() -> None:
    found = asked(
        "Compliance Analyst\n\nAbout the role\nJoin our Sales team's neighbours: you will work "
        "with the Sales and Marketing teams and report to our Compliance team.\n\n"
        "Requirements\n- Experience with regulatory compliance\n"
    )
    assert not {"sales", "marketing"} & found
    assert "regulatory compliance" in found


def test_sales_as_a_skill_still_counts() -> None:
    assert "sales" in asked("Account Executive\n\nRequirements\n- 3+ years of B2B sales\n")


def test_people_are_not_skills() -> None:
    found = asked(
        "Designer\n\nOur founder, Jordan Swift, started the studio in 2019.\n\n"
        "Requirements\n- Figma\n"
    )
    assert "swift" not in found
    assert "figma" in found


def test_employer_products_are_not_skills() -> None:
    found = asked(
        "Support Engineer\nZentrix Labs · Remote\n\nZentrix Labs makes ZentrixCloud and Zentrix "
        "Analytics for clinics.\n\nRequirements\n- Linux\n"
    )
    assert not any(s.startswith("zentrix") for s in found)
    assert "linux" in found


def test_benefits_and_eeo_sentences_are_not_asks() -> None:
    found = asked(
        "Chef\n\nRequirements\n- Menu planning\n\nWe are an equal opportunity employer. Benefits "
        "include free Italian lessons, a pension and yoga classes.\n"
    )
    assert not {"italian", "yoga"} & found
    assert "menu planning" in found


def test_pronouns_and_filler_are_not_asks() -> None:
    found = asked(
        "Sales Representative\n\nRequirements\n- You're a go-getter and we're a team of "
        "self-starters\n- Salesforce\n"
    )
    assert found <= {"salesforce", "sales"}


def test_currency_codes_and_the_employers_own_processes_are_not_skills() -> None:
    found = asked(
        "MLOps Engineer\n\nRequirements\n- Kubernetes\n\nThe base pay range is CAD 120,000 - "
        "150,000. You will be paid through our payroll partner. Candidate screening is done "
        "by our AI.\n"
    )
    assert not {"computer-aided design", "payroll", "candidate screening"} & found
    assert "kubernetes" in found


def test_payroll_as_a_duty_still_counts() -> None:
    assert "payroll" in asked("Bookkeeper\n\nRequirements\n- Run payroll every two weeks\n")


def test_what_the_employer_sells_is_not_an_ask() -> None:
    found = asked(
        "Frontend Developer\nKitebird Labs · Remote\n\nKitebird Labs builds booking tools for "
        "yoga studios and bookkeeping software for gyms.\n\nRequirements\n- Strong React and TypeScript\n"
    )
    assert not {"yoga", "bookkeeping software", "bookkeeping"} & found
    assert "react" in found
