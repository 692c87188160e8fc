"""Round 17 skills classes (issue 14): a table read down its label column is no skills list,
two columns of competencies side by side before the first heading are a list, Office programs
named in lower case in a series are the programs, "C/C++" in a sentence names C too. Every
name here is made up."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import skill_hits, skill_lines
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TOP = "Jane Doe\njane.doe@example.com\n\n"
ROLE = "EXPERIENCE\nPlanner, Acme Corp\nJan 2015 - Dec 2020\n- Kept the shelves in order\n"


def _parse(body: str) -> Resume:
    return parse_resume(TOP + body, today=date(2026, 1, 1))


def _names(body: str) -> set[str]:
    return {s.name for s in _parse(body).skills}


def _forms(body: str) -> set[str]:
    return {f for s in _parse(body).skills for f in (s.name, *s.surface_forms)}


# ------------------------------------------------------------- label-column tables ---

TABLE = (
    "SKILLS\nJava, Spring, Quorvex\nProject Name\nStock Tracker\nClient\nInitech Retail\n"
    "Role\nModule Lead\nTeam Size\nFour\nEnvironment\nJava, Spring\n"
)


def test_a_label_column_table_inside_skills_gives_no_items() -> None:
    names = _names(TABLE)
    assert {"Java", "Spring", "Quorvex"} <= names
    for value in ("Stock Tracker", "Initech Retail", "Module Lead", "Team Size", "Four", "Client"):
        assert value not in names


def test_one_item_a_line_then_a_table() -> None:
    body = (
        "TECHNICAL SKILLS\nPython\nKiln Loading\nProject\nShelf Planner\nDuration\nSix Months\n"
        "Role\nTeam Lead\nClient\nHooli Stores\n"
    )
    names = _names(body)
    assert {"Python", "Kiln Loading"} <= names
    assert not names & {"Shelf Planner", "Duration", "Six", "Team Lead", "Client", "Hooli Stores"}


def test_two_form_labels_or_labels_without_values_are_no_table() -> None:
    lines = ["Project", "Stock Tracker", "Client", "Initech", "Kiln Loading", "Sail Rigging"]
    assert skill_lines._label_column_table(lines) == set()
    lines = ["Project", "Client", "Role", "Duration"]  # labels alone: a list's items as likely
    assert skill_lines._label_column_table(lines) == set()
    lines = ["Project", "Stock Tracker", "Client:", "Initech", "Role", "Module Lead"]
    assert skill_lines._label_column_table(lines) == set(range(6))


def test_a_long_value_ends_the_table_but_a_description() -> None:
    lines = ["Project", "A", "Client", "B", "Stack", " ".join(["word"] * 20), "Role", "C"]
    assert skill_lines._label_column_table(lines) == set()  # two labels, then none: no table
    lines = ["Project", "A", "Client", "B", "Description", " ".join(["word"] * 20), "Role", "C"]
    assert skill_lines._label_column_table(lines) == set(range(8))
    assert skill_lines._label_column_table(["Role", "X"] * 3) == set(range(6))


# -------------------------------------------------- two columns before the first heading ---

COLUMNS = (
    "Project Management      Budget Forecasting\n"
    "Stakeholder Relations      Vendor Negotiation\n"
    "Risk Assessment      Process Improvement\n\n"
)


def test_two_columns_of_competencies_before_the_first_heading() -> None:
    forms = _forms(COLUMNS + ROLE)
    for item in ("Budget Forecasting", "Stakeholder Relations", "Vendor Negotiation"):
        assert item in forms


def test_a_name_and_title_header_in_two_columns_is_no_list() -> None:
    body = "Operations Manager      Acme Corp\nSpringfield      2019 - 2021\n\n" + ROLE
    assert not _names(body) & {"Operations Manager", "Acme Corp", "Springfield"}


# ---------------------------------------------------- Office programs in lower case ---


def test_office_programs_in_a_lower_case_series() -> None:
    names = _names("SUMMARY\nGood at using word and excel for the stock counts.\n\n" + ROLE)
    assert {"Microsoft Word", "Microsoft Excel"} <= names
    names = _names("SUMMARY\nGood with ms word, excel, power point.\n\n" + ROLE)
    assert {"Microsoft Word", "Microsoft Excel", "Microsoft PowerPoint"} <= names


OFFICE = {
    "Microsoft Word",
    "Microsoft Excel",
    "Microsoft Access",
    "Microsoft Outlook",
    "Microsoft PowerPoint",
}


def test_prose_words_are_no_office_programs() -> None:
    body = "SUMMARY\nI excel and access new markets. A word or two of thanks.\n\n" + ROLE
    assert not _names(body) & OFFICE
    assert not _names("SUMMARY\nTo excel at work, keep your word.\n\n" + ROLE) & OFFICE
    for sentence in (  # a series of everyday words with no evidence that it names the programs
        "Improved the financial outlook, and access to credit for growers.",
        "Strong outlook, and access to senior buyers.",
        "A word, and access to the files, was all it took.",
        "No word or access was given to the auditors.",
    ):
        assert not _names(f"SUMMARY\n{sentence}\n\n" + ROLE) & OFFICE, sentence
    # ("power point" alone is the index's own reading; the series adds no Access)
    assert "Microsoft Access" not in _names(
        "SUMMARY\nThe power point and access road were surveyed.\n\n" + ROLE
    )


def test_evidence_that_a_series_names_the_programs() -> None:
    for sentence, want in (
        ("Built reports in ms access and excel.", {"Microsoft Access", "Microsoft Excel"}),
        ("Proficient in word and outlook.", {"Microsoft Word", "Microsoft Outlook"}),
        ("Kept notes in word, outlook and access.", {"Microsoft Word", "Microsoft Outlook"}),
        ("Slides in powerpoint and word for the board.", {"Microsoft PowerPoint"}),
        ("Month-end reports in word and excel.", {"Microsoft Word", "Microsoft Excel"}),
    ):
        assert want <= _names(f"SUMMARY\n{sentence}\n\n" + ROLE), sentence
    assert {"Microsoft Word", "Microsoft Access"} <= _names("SKILLS\nword, access\n\n" + ROLE)


def test_an_office_series_without_evidence_is_no_programs() -> None:
    lines = ["A word and access were all it took, and the outlook or access was good."]
    assert skill_hits.office_series([], lines, [0]) == []
    assert skill_hits.office_series([], lines, [0], ["summary"]) == []
    assert len(skill_hits.office_series([], lines, [0], ["skills"])) == 4


def test_a_capitalised_program_is_not_counted_twice() -> None:
    skills = _parse("SUMMARY\nUsed Microsoft word, excel daily.\n\n" + ROLE).skills
    word = next(s for s in skills if s.name == "Microsoft Word")
    assert word.count == 1
    assert "Microsoft Excel" in {s.name for s in skills}


# ------------------------------------------------------------------- C/C++ in prose ---


def test_c_slashed_to_cpp_in_a_sentence_is_the_language_c() -> None:
    skills = _parse("SUMMARY\nTen years of C/C++ and Python work at the plant.\n\n" + ROLE).skills
    by_name = {s.name: s for s in skills}
    assert {"C", "C++", "Python"} <= set(by_name)
    assert "C/C++" in by_name["C++"].surface_forms
    assert "C/C++" in by_name["C"].surface_forms


def test_other_letters_before_a_slash_are_no_language() -> None:
    names = _names("SUMMARY\nRan A/B testing and R&D/QA work in Python.\n\n" + ROLE)
    assert "C" not in names and "R" not in names
    # a letter glued to a word or an ampersand before the slash is no item of its own
    names = _names("SUMMARY\nBuilt AC/Python rigs and R&C/C++ tools with Java.\n\n" + ROLE)
    assert "C" not in names and "R" not in names
    assert {"Python", "C++"} <= names


def test_a_letter_labelled_by_the_word_before_is_no_language() -> None:
    for sentence in (
        "Grade C/SQL exam passed with Python.",
        "Passed the Grade C/SQL exam.",
        "Holds a Class C/C++ licence.",
        "Wrote R/SQL drafts for the board.",  # no other technology around: no list of skills
    ):
        names = _names(f"SUMMARY\n{sentence}\n\n" + ROLE)
        assert "C" not in names and "R" not in names, sentence


def test_a_letter_amid_skills_is_the_language() -> None:
    for sentence, letter in (
        ("Strong C/C++ skills.", "C"),
        ("Wrote R/SQL and Python reports.", "R"),
        ("Tools used: Excel, R/SQL.", "R"),
    ):
        assert letter in _names(f"SUMMARY\n{sentence}\n\n" + ROLE), sentence


# -------------------------------------------------------------------- hostile input ---


def test_hostile_inputs_finish() -> None:
    lines = ["Project", "x"] * 2500
    assert len(skill_lines._label_column_table(lines)) == 5000
    assert len(skill_lines._label_column_table(["Project"] * 5000)) == 0
    long_office = ", ".join(["ms word and excel"] * 20000)  # ~ 360,000 characters
    hits = skill_hits.office_series([], [long_office], [0])
    assert hits
    assert skill_hits.office_series([], ["word " * 20000], [0]) == []
    prose = "the outlook, and access " * 5000  # ~ 120,000 characters, no evidence
    assert skill_hits.office_series([], [prose], [0]) == []
    assert skill_hits.office_series([], ["using  " * 20000 + "word and access"], [0])
    parse_resume(TOP + "SUMMARY\n" + "Grade " * 20000 + "C/SQL\n", today=date(2026, 1, 1))
    parse_resume(TOP + "SUMMARY\n" + " " * 100000 + "R/SQL\n", today=date(2026, 1, 1))
    parse_resume(TOP + "SKILLS\n" + "\n".join(lines) + "\n", today=date(2026, 1, 1))
    parse_resume(TOP + ("C/" * 50000) + "C++\n", today=date(2026, 1, 1))
    parse_resume(TOP + "SUMMARY\n" + "Alpha Beta      Gamma Delta\n" * 2000, today=date(2026, 1, 1))


# ------------------------------------------------------------ a suite's bracket ---


def test_the_last_program_in_a_suites_bracket_keeps_no_bracket() -> None:
    skills = _parse(
        "SKILLS\nMS Office (Word, Excel), Python\nOffice (Word, PowerPoint), Git\n"
    ).skills
    forms = {f for s in skills for f in s.surface_forms}
    assert {"Excel", "PowerPoint", "Word"} <= forms
    assert not any(f.endswith(")") and "(" not in f for f in forms)


# ------------------------------------------------------------- the eval's classes ---


def test_a_skills_label_labelled_as_a_skill_is_label_noise() -> None:
    from bench.eval.resume_skills import _fn_class

    lines = ["IT Skills  Kiln Loading  Sail Rigging"]
    normed = [" it skills kiln loading sail rigging "]
    for gold in ("it skills", "technical skills"):
        assert _fn_class(gold, normed, {0}, False, lines).startswith("noise: a skills label")
    assert not _fn_class("kiln loading", normed, {0}, False, lines).startswith("noise")


# ---------------------------------------------------------------- taxonomy gaps ---


def test_embedded_buses_chips_and_test_tools_are_known() -> None:
    names = _names(
        "SUMMARY\nFirmware in Embedded C on an MCU under FreeRTOS, talking I2C, UART, RS232 and "
        "CAN bus; boards drawn with PCB design tools; tests with Appium and QTP; VB and VHDL.\n\n"
        + ROLE
    )
    assert {
        "Embedded C",
        "Microcontrollers",
        "FreeRTOS",
        "I2C",
        "UART",
        "RS-232",
        "CAN bus",
        "Printed circuit board design",
        "Appium",
        "QuickTest Professional",
        "Visual Basic",
        "VHDL",
    } <= names


def test_the_new_short_names_keep_their_case_rules() -> None:
    names = _names("SUMMARY\nI vb the uart and the mcu; a can bus stop.\n\n" + ROLE)
    assert not names & {"Visual Basic", "UART", "Microcontrollers"}
