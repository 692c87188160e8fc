"""Skills failure classes, round 5 (issue 14): one synthetic resume each; each fails on the code
before the fix. Made-up product names ("Quorvex", "Brimlet") stand for items no taxonomy knows."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import Resume
from bench.eval.common import PR

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def unknown(r: Resume) -> set[str]:
    return {s.name for s in r.skills if not s.recognised}


def test_a_lead_in_before_a_list_is_no_part_of_its_first_item() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\n"
        "• Proficient in Quorvex Studio, Brimlet, Zentrix Designer and Flarnet\n"
        "• Strong knowledge of Pemberly Suite\n"
    )
    assert {"Quorvex Studio", "Brimlet", "Zentrix Designer", "Pemberly Suite"} <= unknown(r)
    assert not any(n.lower().startswith(("proficient", "strong")) for n in unknown(r))


def test_bracketed_sub_items_of_a_list_are_kept() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\n"
        "Quorvex Office (Brimlet, Zentrix, Flarnet), Pemberly (including Tovix)\n"
    )
    assert {"Quorvex Office", "Brimlet", "Zentrix", "Flarnet", "Pemberly", "Tovix"} <= unknown(r)
    assert not any("including" in n for n in unknown(r))


def test_a_version_written_with_digits_is_kept_but_not_a_phone_or_a_month() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nQuorvex2000, Brimlet 2013, Zentrix 12345678, Jun\n"
    )
    found = unknown(r)
    assert {"Quorvex2000", "Brimlet 2013"} <= found
    assert "Zentrix 12345678" not in found and "Jun" not in found


def test_key_strengths_opens_a_skills_section() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nKEY STRENGTHS\nQuorvex Planning\nBrimlet Studies\n"
        "EXPERIENCE\nAnalyst, Zentrix Ltd\nJan 2019 - Present\n"
    )
    assert {"Quorvex Planning", "Brimlet Studies"} <= unknown(r)


def test_capital_ios_beside_routers_is_cisco_ios_and_apple_ios_stays() -> None:
    index = get_index()
    near = [h.name for h in index.find("Configured routers and switches running IOS 15")]
    assert "Cisco IOS" in near and "iOS" not in near
    assert next(h.name for h in index.find("Built apps for IOS and Android")) == "iOS"
    assert next(h.name for h in index.find("Wrote iOS apps; set up office routers")) == "iOS"


def test_skills_named_only_among_the_referees_are_not_claimed() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nPython, SQL\n"
        "REFERENCES\nDr Tom Quill, Professor of Economics, Brimlet University\n"
        "Tom praised her leadership\n"
    )
    names = {s.name for s in r.skills}
    assert {"Python", "SQL"} <= names
    assert not {"Economics", "Leadership"} & names


def test_eval_counts_each_spelling_read_once_per_gold_value() -> None:
    strict, spelled = PR(), PR()
    groups = [["HTML", "HTML", "HTML5"], ["Quorvex"]]
    gold = ["html", "html5", "brimlet"]
    strict.add([g[0] for g in groups], gold)
    spelled.add_spellings(groups, gold)
    assert strict.figures()["recall"] == round(1 / 3, 3)
    assert spelled.figures()["recall"] == round(2 / 3, 3)
    assert spelled.figures()["precision"] == strict.figures()["precision"] == 0.5


def test_list_headings_and_form_labels_are_no_items_and_including_splits() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\n"
        "Quorvex Suite including Brimlet, Zentrix\n"
        "Street Address, Mother's Name\n"
        "MAJOR ACHIEVEMENTS\n"
    )
    found = unknown(r)
    assert {"Quorvex Suite", "Brimlet", "Zentrix"} <= found
    assert not {"Street Address", "Mother's Name", "MAJOR ACHIEVEMENTS"} & found
    assert not any("including" in n for n in found)


def test_a_label_a_sentence_describes_names_the_skill() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\n"
        "Quorvex Awareness: Developed a sense of how the trade works through two placements\n"
        "Role: Led a team of four people through the planning of the annual fair\n"
        "Brimlet Platforms: Zentrix PC, Flarnet Board, Tovix Kit\n"
    )
    found = unknown(r)
    assert "Quorvex Awareness" in found
    assert {"Zentrix PC", "Flarnet Board", "Tovix Kit"} <= found
    assert not {"Role", "Brimlet Platforms"} & found


def test_a_list_of_tools_in_the_header_is_read_but_not_a_contact_line() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nTechnical Tools\n"
        "Python, SQL, Docker, Quorvex, Kubernetes\n"
        "LinkedIn, GitHub, Skype, www.example.org/nora, Brimlet\n"
        "EXPERIENCE\nAnalyst, Zentrix Ltd\nJan 2019 - Present\n"
    )
    found = unknown(r)
    assert "Quorvex" in found
    assert "Brimlet" not in found


def test_ms_and_a_product_name_in_a_list_is_software_not_a_degree() -> None:
    r = parse("Nora Vale\nnora@example.org\nSKILLS\nQuorvex, MS Brimlet, Zentrix\n")
    assert "MS Brimlet" in unknown(r)


def test_a_skill_naming_a_department_or_a_company_is_no_claim() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEXPERIENCE\nLecturer, Department of Computer Science\n"
        "Jan 2019 - Present\nTaught at the Institute of Information Technology\n"
        "Built sites for a Web Design Company\nSKILLS\nPython, SQL\n"
    )
    names = {s.name for s in r.skills}
    assert {"Python", "SQL"} <= names
    assert not {"Computer science", "Web design"} & names


def test_a_citation_in_a_skills_list_gives_no_author_names() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nQuorvex, Brimlet\n"
        "Vale, N. and Quill, T. “Tuning of Zentrix Engines”, Flarnet Journal\n"
    )
    found = unknown(r)
    assert {"Quorvex", "Brimlet"} <= found
    assert not {"Vale", "Quill", "Quill T", "N"} & found


def test_a_list_a_third_of_whose_items_are_known_is_read_anywhere() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSUMMARY\nAnalyst who enjoys hard problems.\n"
        "Quorvex, Brimlet, Python, SQL, Zentrix, Flarnet\n"
    )
    assert {"Quorvex", "Brimlet", "Zentrix", "Flarnet"} <= unknown(r)


def test_a_spoken_language_listed_among_skills_goes_to_languages() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\n"
        "Docker, Quorvex, English (fluent), Hindi 10 years, Tamil Nadu office\n"
    )
    assert {lang.name for lang in r.languages} == {"English", "Hindi"}
    assert not {"English", "Hindi", "Tamil"} & {s.name for s in r.skills}
