"""Round 15 dates backlog (note14's "Noticed, left"): each a class, with made-up people and
employers. Every test here failed before round 15 except where it says it guards a behaviour
already built."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import dates, europass, sections
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 12, 1)
HEAD = "Jane Doe\njane.doe@example.com\n"


def _parse(body: str) -> Resume:
    return parse_resume(HEAD + body, today=TODAY)


def _spans(resume: Resume) -> list[tuple]:
    return [(w.start, w.end, w.is_current) for w in resume.work_experience]


# 1. Years of experience ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Data Analyst, Acme Robotics, 2012 – 2014, 2018 – 2021",
        "Data Analyst, Acme Robotics, 2012 – 2014, again 2018 – 2021",
        "Data Analyst, Acme Robotics, 2012 – 2014 and later 2018 – 2021",
    ],
)
def test_the_gap_between_two_stints_at_one_employer_is_no_experience(line: str) -> None:
    resume = _parse(f"EXPERIENCE\n{line}\n- Built the weekly dashboards.\n")
    assert _spans(resume) == [("2012", "2014", False), ("2018", "2021", False)]
    assert {w.company for w in resume.work_experience} == {"Acme Robotics"}
    # the body goes to the latest stint (round 15 review)
    assert resume.work_experience[1].bullets and not resume.work_experience[0].bullets
    assert resume.total_years_experience == 5.0  # 2 + 3, not 9


def test_two_stints_stacked_under_one_header_are_both_read() -> None:
    body = (
        "EXPERIENCE\nAcme Robotics\nData Analyst\n2012 – 2014\n2018 – 2021\n- Built dashboards.\n"
    )
    resume = _parse(body)
    assert _spans(resume) == [("2012", "2014", False), ("2018", "2021", False)]
    # the body goes to the latest stint, as on one line (round 16: it went to the first)
    assert resume.work_experience[1].bullets == ["Built dashboards."]
    assert resume.work_experience[0].bullets == []
    assert resume.total_years_experience == 5.0


def test_find_range_still_spans_the_stints_and_lists_them() -> None:
    rng = dates.find_range("2012 – 2014, again 2018 – Present")
    assert rng is not None and (rng.start, rng.end, rng.is_current) == ("2012", None, True)
    assert rng.stints == (("2012", "2014", False), ("2018", None, True))
    assert dates.find_range("2012 – 2014").stints == ()  # one range: no stints


def test_part_time_counts_internships_and_education_do_not() -> None:
    # guards (built before): what docs/resume.md §8 says the product counts
    body = (
        "EXPERIENCE\nPart-time Barista, Bean Counter Cafe\n2010 – 2012\n"
        "Software Engineering Intern, Acme Robotics\nJun 2013 – Aug 2013\n"
        "EDUCATION\nB.Sc. Physics, Lakeside University, 2009 – 2013\n"
        "VOLUNTEERING\nTreasurer, Springfield Chess Club\n2005 – 2009\n"
    )
    assert _parse(body).total_years_experience == 2.0


def test_a_duration_alone_dates_no_role() -> None:
    resume = _parse("EXPERIENCE\nData Analyst, Acme Robotics (3 years)\n- Built dashboards.\n")
    assert _spans(resume) == [(None, None, False)]
    assert resume.total_years_experience is None


# 2. Headings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "canonical"),
    [
        ("ניסיון תעסוקתי", "experience"), ("الخبرة العملية", "experience"),
        ("Опыт работы", "experience"), ("Doświadczenie zawodowe", "experience"),
        ("İş Deneyimi", "experience"), ("Esperienze professionali", "experience"),
        ("Ervaring", "experience"), ("Experiências profissionais", "experience"),
        ("השכלה", "education"), ("المؤهلات العلمية", "education"), ("Образование", "education"),
        ("Wykształcenie", "education"), ("Eğitim", "education"), ("Onderwijs", "education"),
        ("כישורים", "skills"), ("المهارات", "skills"), ("Ключевые навыки", "skills"),
        ("Umiejętności", "skills"), ("Yetenekler", "skills"), ("Competenties", "skills"),
        ("שפות", "languages"), ("اللغات", "languages"), ("Иностранные языки", "languages"),
        ("Języki obce", "languages"), ("Yabancı Diller", "languages"), ("Idiomas", "languages"),  # a guard
        ("Personal skills and competences", "skills"), ("Job-related skills", "skills"),
        ("Digital competence", "skills"),
    ],
)  # fmt: skip
def test_headings_of_other_languages_and_europass(heading: str, canonical: str) -> None:
    found = sections.detect_heading(heading)
    assert found is not None and found.canonical == canonical and found.strong


def test_a_sentence_in_another_script_is_no_heading() -> None:
    assert sections.detect_heading("Опыт работы с клиентами и поставщиками") is None
    assert (
        sections.detect_heading("Hobby") is not None and not sections.detect_heading("Hobby").strong
    )


def test_a_short_capitals_line_inside_a_europass_entry_does_not_end_it() -> None:
    rows = europass.europass_rows(
        [
            "Dates | Jan 2019 - Dec 2021",
            "Occupation or position held | Data Analyst",
            "Main activities and responsibilities | Built weekly dashboards",
            "SAP BW",
            "Name and address of employer | Acme Robotics, Springfield",
            "EDUCATION",
        ]
    )
    assert rows[:3] == ["Data Analyst", "Acme Robotics, Springfield", "Jan 2019 - Dec 2021"]
    assert rows[-1] == "EDUCATION"  # a heading in capitals still ends it


# 4. Date shapes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2019年4月 – 2021年3月", ("2019-04", "2021-03", False)),
        ("2019年4月 – 現在", ("2019-04", None, True)),
        ("2019年 – 至今", ("2019", None, True)),
        ("2019 – היום", ("2019", None, True)),
        ("ינואר 2019 – מרץ 2021", ("2019-01", "2021-03", False)),
        ("2019 – حتى الآن", ("2019", None, True)),
        ("يناير 2019 – مارس 2021", ("2019-01", "2021-03", False)),
        ("январь 2019 — по настоящее время", ("2019-01", None, True)),
        ("01.2019 – н.в.", ("2019-01", None, True)),
        ("2019 – obecnie", ("2019", None, True)),
        ("2019 (6 months)", ("2019", "2019", False)),
        ("Summer 2019 (3 months)", ("2019", "2019", False)),
    ],
)
def test_date_shapes_of_round_15(line: str, want: tuple) -> None:
    rng = dates.find_range(line)
    assert rng is not None and (rng.start, rng.end, rng.is_current) == want


def test_a_duration_of_a_year_or_more_after_a_date_is_no_range() -> None:
    # a guard: only a stay of under a year after one date makes it a range
    assert dates.find_range("2019 (2 years)") is None
    assert dates.find_range("3 years") is None
    assert dates.find_dates("Spring semester 2020")[0][0] == "2020"
