"""Round 16 dates: month names and ongoing ends of more languages (Polish, Turkish, the
Scandinavian languages, Indonesian / Malay, Romanian, Czech, Finnish, Korean), Arabic-Indic and
Persian digits, the body of a role of two stacked stints on its latest stint (as on one line), and
a duty line right under a dates line kept as the body (made-up people and employers)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import dates
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)
HEAD = "Jane Doe\njane@example.com\n\nEXPERIENCE\n"
TAIL = "EDUCATION\nB.Sc. Physics, Lakeside University, 2009\n"


def _roles(experience: str) -> list[tuple]:
    resume = parse_resume(HEAD + experience + TAIL, today=TODAY)
    return [(w.start, w.end, w.is_current, w.bullets) for w in resume.work_experience]


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("stycznia 2019 – marca 2021", "2019-01", "2021-03"),  # Polish genitive
        ("Styczeń 2019 – Grudzień 2020", "2019-01", "2020-12"),
        ("maja 2019 – października 2021", "2019-05", "2021-10"),
        ("Ocak 2019 – Mart 2021", "2019-01", "2021-03"),  # Turkish
        ("ŞUBAT 2019 – KASIM 2020", "2019-02", "2020-11"),
        ("Ağustos 2018 – Eylül 2020", "2018-08", "2020-09"),
        ("augusti 2019 – desember 2021", "2019-08", "2021-12"),  # Swedish, Norwegian
        ("maret 2019 – agustus 2021", "2019-03", "2021-08"),  # Indonesian
        ("ianuarie 2019 – octombrie 2021", "2019-01", "2021-10"),  # Romanian
        ("leden 2019 – prosinec 2020", "2019-01", "2020-12"),  # Czech
        ("tammikuuta 2019 – joulukuuta 2020", "2019-01", "2020-12"),  # Finnish
        ("2019년 3월 – 2021년 6월", "2019-03", "2021-06"),  # Korean
    ],
)
def test_month_names_of_more_languages_date_a_role(written: str, start: str, end: str) -> None:
    got = _roles(f"Quality Analyst, Acme Robotics\n{written}\n- Wrote test plans\n")
    assert [(s, e, now) for s, e, now, _ in got] == [(start, end, False)]


@pytest.mark.parametrize(
    "end",
    [
        "la actualidad", "a la fecha", "hoje", "até o momento", "attuale", "ad oggi",
        "tot heden", "nuvarande", "pågående", "idag", "nu", "nå", "dags dato", "d.d.",
        "teraz", "do dziś", "do chwili obecnej", "şu an", "dosud", "současnost", "prezent",
        "în prezent", "sekarang", "saat ini", "hiện tại", "현재", "aujourd’hui", "jusqu’à présent",
        "laufend", "derzeit", "bis dato", "la fecha", "em curso", "em andamento",
    ],
)  # fmt: skip
def test_ongoing_ends_of_more_languages(end: str) -> None:
    got = _roles(f"Quality Analyst, Acme Robotics\n2019 – {end}\n- Wrote test plans\n")
    assert [(s, e, now) for s, e, now, _ in got] == [("2019", None, True)]


@pytest.mark.parametrize(
    "line",
    [
        "Maja 2019 – 2021",  # a given name (the Polish genitive is read in lower case only)
        "Walmart 2019 – 2021",  # "mart" inside a word
        "Supermart 2019 – 2021",
    ],
)
def test_names_that_hold_a_month_word_are_no_month(line: str) -> None:
    rng = dates.find_range(line)
    assert rng is not None and (rng.start, rng.end) == ("2019", "2021")


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("٢٠١٩ – ٢٠٢١", "2019", "2021"),  # Arabic-Indic digits
        ("۲۰۱۹ – ۲۰۲۱", "2019", "2021"),  # Persian digits
        ("٠٣/٢٠١٩ – ٠٦/٢٠٢١", "2019-03", "2021-06"),
    ],
)
def test_arabic_indic_and_persian_digits_are_read(written: str, start: str, end: str) -> None:
    got = _roles(f"Quality Analyst, Acme Robotics\n{written}\n- Wrote test plans\n")
    assert [(s, e, now) for s, e, now, _ in got] == [(start, end, False)]
    assert tx.normalise("هاتف ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", digits=True) == "هاتف 0123456789 0123456789"


@pytest.mark.parametrize(
    ("first", "second"),
    [("2012 – 2014", "2018 – 2021"), ("2018 – Present", "2012 – 2014")],
)
def test_two_stacked_stints_give_the_body_to_the_latest(first: str, second: str) -> None:
    got = _roles(f"Acme Robotics\nData Analyst\n{first}\n{second}\n• Built dashboards\n")
    assert len(got) == 2
    latest = max(got, key=lambda r: (r[2], r[0]))
    assert latest[3] == ["Built dashboards"]
    assert all(not r[3] for r in got if r is not latest)


def test_stacked_and_one_line_stints_agree() -> None:
    stacked = _roles("Acme Robotics\nData Analyst\n2012 – 2014\n2018 – 2021\n• Built dashboards\n")
    one_line = _roles(
        "Acme Robotics | Data Analyst | 2012 – 2014, 2018 – 2021\n• Built dashboards\n"
    )
    assert stacked == one_line


@pytest.mark.parametrize(
    "duty",
    [
        "Led the move to Ledger Engine 2019 (6 months)",
        "Managed the migration of the Acme Payroll suite",
        "Wrote the Globex Billing test plans (3 months)",
    ],
)
def test_a_duty_line_under_the_dates_line_is_the_body(duty: str) -> None:
    got = _roles(
        f"Acme Robotics, Analyst, 2016 – 2018\n{duty}\nWrote the weekly figures\n\n"
        "Globex, Engineer, 2012 – 2016\nWrote tests\n"
    )
    assert [(s, e) for s, e, _, _ in got] == [("2016", "2018"), ("2012", "2016")]
    assert got[0][3][0] == duty


@pytest.mark.parametrize(
    "title",
    [
        "Registered nurse at Acme Hospital",
        "Licensed practical nurse at Globex Clinic",
        "Chartered accountant at Initech",
        "Certified nurse assistant, Acme Hospital",
    ],
)
def test_a_sentence_case_title_under_the_dates_stays_a_header(title: str) -> None:
    resume = parse_resume(f"{HEAD}2016 – 2018\n{title}\n- Cared for patients\n{TAIL}", today=TODAY)
    roles = resume.work_experience
    assert roles and all(w.position for w in roles)
    assert all(title not in w.bullets for w in roles)


@pytest.mark.parametrize(
    ("line", "position", "company"),
    [
        ("Registered nurse at Acme Hospital", "Registered nurse", "Acme Hospital"),
        ("Licensed practical nurse at Globex Clinic", "Licensed practical nurse", "Globex Clinic"),
        ("Chartered accountant at Initech", "Chartered accountant", "Initech"),
    ],
)
def test_a_licensed_title_at_an_employer_under_the_dates(
    line: str, position: str, company: str
) -> None:
    # "Registered nurse" opens with a participle and read as a duty ("Registered the …")
    resume = parse_resume(f"{HEAD}2016 – 2018\n{line}\n- Cared for patients\n{TAIL}", today=TODAY)
    got = [(w.position, w.company, w.start, w.end) for w in resume.work_experience]
    assert got == [(position, company, "2016", "2018")]


@pytest.mark.parametrize(
    "hostile",
    [
        "stycznia 2019 – ocak " * 5000,
        ("2019 – do chwili obecnej\n" * 5000),
        "٢٠١٩ – ۲۰۲۱ " * 8000,
        ("Led the move to Ledger Engine 2019 (6 months)\n" * 2000),
        ("2019 – 2021\n" + "Managed the Acme " * 6000),
    ],
)
def test_hostile_input_finishes(hostile: str) -> None:
    resume = parse_resume(HEAD + hostile + "\n" + TAIL, today=TODAY)
    assert resume is not None


def test_a_dated_title_wrapped_after_a_function_word_keeps_its_role() -> None:
    # "2014-2017: TITLE FOR" / "EMPLOYER …": the header reader took the line for a sentence,
    # and the role, its dates and its years were lost
    resume = parse_resume(
        HEAD + "2018-2020: SENIOR BUYER, ACME FOODS\nBought fresh produce.\n"
        "2014-2017: FIELD COORDINATOR FOR THE NORTHERN DISTRICT FOR\n"
        "UMBRELLA RELIEF in Springfield.\nPlanned the food drives.\n" + TAIL,
        today=TODAY,
    )
    got = [(w.position, w.start, w.end) for w in resume.work_experience]
    assert ("FIELD COORDINATOR FOR THE NORTHERN DISTRICT", "2014", "2017") in got
    assert resume.total_years_experience == 5.0


@pytest.mark.parametrize(
    "line",
    [
        "2016 – 2018: Worked with the team at",
        "2016 – 2018: Moved to Springfield and",
        "2016 – 2018 – Looked after the children of",
        "2016 – 2018: Cared for patients in",
    ],
)
def test_a_dated_sentence_ending_in_a_function_word_is_no_title(line: str) -> None:
    resume = parse_resume(HEAD + f"{line}\nthe Acme plant.\n" + TAIL, today=TODAY)
    assert [(w.start, w.end) for w in resume.work_experience] == [("2016", "2018")]
    assert all(w.position is None or "Worked" not in w.position for w in resume.work_experience)
    assert all(w.position is None or "Moved" not in w.position for w in resume.work_experience)


def test_a_long_line_ending_in_a_function_word_finishes() -> None:
    line = "2016 – 2018: " + "Analyst " * 20000 + "for"
    assert parse_resume(HEAD + line + "\n" + TAIL, today=TODAY) is not None


def test_a_list_of_posts_ending_in_a_function_word_is_no_title() -> None:
    resume = parse_resume(
        HEAD + "Acme Society, 2003 – 2006\n"
        "Club Treasurer (2011-2012); Chair, Events Committee and\nthe Garden Board.\n" + TAIL,
        today=TODAY,
    )
    assert resume.work_experience
    assert all("Committee" not in (w.position or "") for w in resume.work_experience)


# Review fixes (round 16): month words that are also name words, ongoing words that open a
# name, reversed year ranges, and the export keeping the user's own digits.
@pytest.mark.parametrize(
    "line",
    ["Family Mart 2016 - 2019", "Quick Mart 2016 – 2019", "Quick Kasim 2016 - 2019"],
)
def test_a_capitalised_month_word_after_a_name_word_is_no_month(line: str) -> None:
    rng = dates.find_range(line)
    assert rng is not None and (rng.start, rng.end) == ("2016", "2019")


@pytest.mark.parametrize(
    ("line", "start"),
    [("Mart 2016 – Mayıs 2019", "2016-03"), ("mart 2016 - mayıs 2019", "2016-03")],
)
def test_a_month_word_opening_its_date_is_still_a_month(line: str, start: str) -> None:
    rng = dates.find_range(line)
    assert rng is not None and rng.start == start


@pytest.mark.parametrize(
    "line",
    [
        "2015 – Nu Skin Enterprises, Sales Associate",
        "2015 – Hoje Acme Ltda, Analyst",
        "2015 – Idag Globex, Analyst",
    ],
)
def test_an_ongoing_word_opening_a_name_is_no_end(line: str) -> None:
    rng = dates.find_range(line)
    assert rng is None or not rng.is_current


@pytest.mark.parametrize("line", ["2015 – nu", "2015 – Nu", "2015 – NU | Acme", "2015 – hoje"])
def test_an_ongoing_word_alone_is_an_end(line: str) -> None:
    rng = dates.find_range(line)
    assert rng is not None and rng.is_current


@pytest.mark.parametrize("written", ["٢٠٢١ - ٢٠١٨", "۲۰۲۱ – ۲۰۱۸"])
def test_a_reversed_eastern_digit_year_range_reads_start_first(written: str) -> None:
    got = _roles(f"Quality Analyst, Acme Robotics\n{written}\n- Wrote test plans\n")
    assert [(s, e) for s, e, _, _ in got] == [("2018", "2021")]


def test_a_reversed_ascii_year_range_stays_as_written() -> None:
    # the parser's behaviour before: read as written, no years counted
    got = _roles("Quality Analyst, Acme Robotics\n2021 - 2018\n- Wrote test plans\n")
    assert [(s, e) for s, e, _, _ in got] == [("2021", "2018")]


def test_the_export_keeps_the_users_own_digits() -> None:
    from atspro.export import tailor

    assert tx.normalise("تلفن ۰۹۱۲") == "تلفن ۰۹۱۲"
    assert any("۰۹۱۲" in line for line in tailor._visible_lines("Jane Doe\nتلفن ۰۹۱۲ ۳۴۵ ۶۷۸۹\n"))


def test_hostile_name_months_and_ongoing_words_finish() -> None:
    for hostile in ("Family Mart 2016 - " * 5000, "2015 – Nu Skin " * 6000, "Quick " * 20000):
        assert parse_resume(HEAD + hostile + "\n" + TAIL, today=TODAY) is not None


@pytest.mark.parametrize(
    "duty", ["Registered new patients at the front desk", "Certified the audits of the ward"]
)
def test_a_participle_opening_a_duty_stays_a_duty(duty: str) -> None:
    resume = parse_resume(f"{HEAD}Acme Clinic, Nurse, 2016 – 2018\n{duty}\n{TAIL}", today=TODAY)
    got = [(w.position, w.company, w.bullets) for w in resume.work_experience]
    assert got == [("Nurse", "Acme Clinic", [duty])]


def test_a_hostile_run_of_participle_titles_finishes() -> None:
    line = "2016 – 2018: " + "Registered nurse at " * 5000 + "Acme and"
    assert parse_resume(HEAD + line + "\n" + TAIL, today=TODAY) is not None
