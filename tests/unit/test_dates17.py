"""Round 17 dates: date shapes people write that no earlier round read (made-up people and
employers). Ongoing ends ("Till Present", "to the present", "upto date", "- Onwards", "so far"),
a doubled hyphen ("Jan 2019 -- Mar 2021"), a month with a slash ("Mar/2018", "dez/2019"), a
day glued to its month ("04Feb2019") or before it with hyphens ("01-Jan-17"), an apostrophe
after the month ("Dec' 2019", "December' 19") or a season ("Fall '19"), the year before its
month ("2019 Feb – present", "2018 March – 2020 June"), Roman month numerals ("III.2018 –
XII.2019"), whole year-first dates ("2017-01-15 – 2019-12-31", "2019.01.01"), the range words
of German, French, Spanish, Portuguese, Italian, Dutch and Polish ("01.2019 bis 03.2021", "de
mars 2019 à juin 2020", "desde 2019 hasta 2021"), a dotted numeric date read day first
("01.03.2018" is 1 March), an en dash written as mojibake ("2010 â€“ Present") or lost
("2010 ? 2012"), abbreviated and Indian ongoing ends ("Pres.", "Curr.", "On Going", "Todate",
"as on date"), "1st of May 2019", "June through August 2010", and a form's labelled ends
("Start Date: 01/2010  End Date: 12/2012", "DOJ: … DOL: …")."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import dates
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)
HEAD = "Jane Doe\njane@example.com\n\nEXPERIENCE\n"
TAIL = "EDUCATION\nB.Sc. Physics, Lakeside University, 2009\n"


def _range(line: str) -> tuple[str | None, str | None, bool] | None:
    r = dates.find_range(line)
    return (r.start, r.end, r.is_current) if r else None


def _roles(experience: str) -> list[tuple[str | None, str | None, bool]]:
    resume = parse_resume(HEAD + experience + TAIL, today=TODAY)
    return [(w.start, w.end, w.is_current) for w in resume.work_experience]


ONGOING = [
    ("June 2017 - Till Present", "2017-06"),
    ("Mar 2019 – Upto Present", "2019-03"),
    ("2017 upto date", "2017"),
    ("2017 up to now", "2017"),
    ("2009 to the present", "2009"),
    ("Jan 2017 - Onwards", "2017-01"),
    ("2017 - so far", "2017"),
    ("Jan 2017 - Still working", "2017-01"),
    ("2019 – dato", "2019"),
    ("Januar 2019 bis heute", "2019-01"),
    ("mars 2019 à aujourd'hui", "2019-03"),
    ("enero 2019 hasta la fecha", "2019-01"),
    ("maio 2019 até hoje", "2019-05"),
    ("januari 2019 tot heden", "2019-01"),
    ("ab 03/2019", "2019-03"),
    ("2010 – Pres.", "2010"),
    ("2010 – Curr.", "2010"),
    ("2010 – Presently", "2010"),
    ("2010 - On Going", "2010"),
    ("2010 - on-going", "2010"),
    ("2010-Todate", "2010"),
    ("2010 – Tilldate", "2010"),
    ("2010 – As of now", "2010"),
    ("2010 – as on date", "2010"),
    ("Jan 2010 \ufffd Present", "2010-01"),  # a dash the extractor could not map
    ("Joined: Jan 2010 | Left: Present", "2010-01"),
    ("DOJ: 01.03.2015  DOL: Till date", "2015-03"),
]


@pytest.mark.parametrize(("written", "start"), ONGOING)
def test_ongoing_ends_are_read(written: str, start: str) -> None:
    assert _range(written) == (start, None, True)


CLOSED = [
    # a doubled hyphen (plain text, LaTeX) and the mojibake of an en dash
    ("Dec 2019 -- Mar 2021", "2019-12", "2021-03"),
    ("2015 -- 2017", "2015", "2017"),
    ("2010 â€“ 2012", "2010", "2012"),
    ("2010 â€” 2012", "2010", "2012"),
    # a month word with a slash (Portuguese "dez/2019", "Mar/2018")
    ("mar/2018 - dez/2019", "2018-03", "2019-12"),
    ("Mar/2018 – Jun/2020", "2018-03", "2020-06"),
    # the day glued to its month, or before it with hyphens
    ("04Feb2019 – 15Mar2021", "2019-02", "2021-03"),
    ("01-Jan-2017 to 31-Dec-2019", "2017-01", "2019-12"),
    ("01-Jan-17 to 31-Dec-19", "2017-01", "2019-12"),
    # an apostrophe after the month or a season
    ("Dec' 2019 – Mar' 2021", "2019-12", "2021-03"),
    ("December' 19 - March' 21", "2019-12", "2021-03"),
    ("Fall '19 - Spring '21", "2019", "2021"),
    ("Summer'18 – Winter'19", "2018", "2019"),
    # the year before its month
    ("2018 March - 2020 June", "2018-03", "2020-06"),
    ("2010 Mar – 2012 Jun", "2010-03", "2012-06"),
    ("2018, Sept. – 2019, Feb.", "2018-09", "2019-02"),
    # Roman month numerals
    ("III.2018 – XII.2019", "2018-03", "2019-12"),
    ("IX 2015 - VI 2017", "2015-09", "2017-06"),
    ("01.III.2018 – 31.XII.2019", "2018-03", "2019-12"),
    # whole year-first dates
    ("2017-01-15 – 2019-12-31", "2017-01", "2019-12"),
    ("2017/01/15 – 2019/12/31", "2017-01", "2019-12"),
    ("2019.01.01 - 2020.12.31", "2019-01", "2020-12"),
    ("2019-01-01 ~ 2020-12-31", "2019-01", "2020-12"),
    # range words of other languages
    ("01.2019 bis 03.2021", "2019-01", "2021-03"),
    ("von 2017 bis 2019", "2017", "2019"),
    ("de mars 2019 à juin 2020", "2019-03", "2020-06"),
    ("desde 2019 hasta 2021", "2019", "2021"),
    ("enero 2019 a marzo 2021", "2019-01", "2021-03"),
    ("dal 2017 al 2019", "2017", "2019"),
    ("2017 tot 2019", "2017", "2019"),
    ("od 2017 do 2019", "2017", "2019"),
    ("maio 2017 até junho 2019", "2017-05", "2019-06"),
    # a day with "of", months joined by "through", a lost dash shown as "?"
    ("1st of January 2010 - 31st of December 2012", "2010-01", "2012-12"),
    ("June through August 2010", "2010-06", "2010-08"),
    ("2010 ? 2012", "2010", "2012"),
    # a form's labelled ends on one line
    ("Start: Jan 2010 End: Dec 2012", "2010-01", "2012-12"),
    ("Start Date: 01/2010  End Date: 12/2012", "2010-01", "2012-12"),
    ("Date of Joining: 12-Jan-2010, Date of Leaving: 30-Jun-2012", "2010-01", "2012-06"),
]


@pytest.mark.parametrize(("written", "start", "end"), CLOSED)
def test_closed_ranges_are_read(written: str, start: str, end: str) -> None:
    assert _range(written) == (start, end, False)


@pytest.mark.parametrize(
    ("written", "start"),
    [
        ("2019 Feb – present", "2019-02"),
        ("2019, March – Present", "2019-03"),
        ("X.2020 – obecnie", "2020-10"),
        ("2020-03-01 – present", "2020-03"),
        ("Sept' 2019 – Present", "2019-09"),
        ("Spring '20 – Present", "2020"),
    ],
)
def test_new_starts_with_an_ongoing_end(written: str, start: str) -> None:
    assert _range(written) == (start, None, True)


@pytest.mark.parametrize(
    "line",
    [
        "Windows 2000 a new version",  # no range: "a" between a year and a word
        "In 2019 a date was set for the launch",
        "Calgary, AB 2019",  # a province, not German "ab"
        "Part II 2018",  # a Roman numeral that is no month pair
        "2019 March Networks",  # a year and a firm named March …
        "Chapter IV 2017 – Appendix",
        "2010 - President",  # "Pres" only as a word of its own
        "Start Date: 03/2012 End Date: 01/2010",  # an end before its start
    ],
)
def test_no_range_is_made_up(line: str) -> None:
    r = dates.find_range(line)
    assert r is None or (r.start, r.end, r.is_current) != ("2019", None, True)
    if line.startswith(("Windows", "In 2019", "Part", "Chapter", "2010 - P", "Start")):
        assert r is None


def test_calgary_ab_keeps_its_range() -> None:
    assert _range("Acme Oil, Calgary, AB 2019 – 2021") == ("2019", "2021", False)


def test_since_with_an_end_is_a_closed_range() -> None:
    assert _range("desde enero 2019 hasta marzo 2021") == ("2019-01", "2021-03", False)
    assert _range("seit 2019") == ("2019", None, True)


def test_dotted_dates_read_day_first() -> None:
    # "01.03.2018" is European (1 March); a second number above 12 still reads month first
    assert _range("01.03.2018 – 01.06.2019") == ("2018-03", "2019-06", False)
    assert _range("03.15.2018 – 06.20.2019") == ("2018-03", "2019-06", False)
    # slashes keep the US reading unless the document writes day first
    assert _range("01/03/2018 – 01/06/2019") == ("2018-01", "2019-01", False)


@pytest.mark.parametrize(
    ("written", "want"),
    [
        ("June 2017 - Till Present", ("2017-06", None, True)),
        ("Dec 2019 -- Mar 2021", ("2019-12", "2021-03", False)),
        ("2018 March - 2020 June", ("2018-03", "2020-06", False)),
        ("III.2018 – XII.2019", ("2018-03", "2019-12", False)),
        ("2017-01-15 – 2019-12-31", ("2017-01", "2019-12", False)),
        ("01-Jan-2017 to 31-Dec-2019", ("2017-01", "2019-12", False)),
        ("Mar/2018 – Jun/2020", ("2018-03", "2020-06", False)),
        ("Fall '19 - Spring '21", ("2019", "2021", False)),
    ],
)
def test_new_shapes_date_a_role(written: str, want: tuple) -> None:
    got = _roles(f"Quality Analyst, Acme Robotics\n{written}\n- Wrote test plans\n")
    assert got == [want]


@pytest.mark.parametrize(
    "line",
    [
        "III " * 20_000 + "2018",
        "2018 " * 20_000 + "March",
        "Dec' " * 20_000,
        "-- " * 30_000 + "2019",
        "01-Jan-" * 10_000,
        "2019.01." * 10_000,
        "bis " * 20_000 + "2019",
        "â€“ " * 20_000,
        "Start: " * 20_000 + "2019",
        "1st of " * 20_000 + "May 2019",
        "2010 ? " * 20_000,
        "x I.2019 – II.2019 " * 8_000,  # many Roman ranges, none at an edge: linear
    ],
)
def test_hostile_lines_finish(line: str) -> None:
    dates.find_range(line)
    dates.find_dates(line)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2008 2009", ("2008", "2009", False)),  # two years alone, the dash lost
        ("(2007  2008)", ("2007", "2008", False)),
        ("2009 2008", None),  # the end before the start
        ("2008 2009 2010", None),  # a list of years
        ("Awards 2008 2009", None),  # not alone on the line
    ],
)
def test_two_years_alone_on_a_line(line: str, want: tuple | None) -> None:
    assert _range(line) == want


def test_two_years_alone_date_the_role_under_them() -> None:
    got = _roles("2008 2009\nSenior Practitioner - Acme Trust\n- Led reviews\n")
    assert got == [("2008", "2009", False)]


# --- Round 17 review fixes (fix-dates) ---------------------------------------------------------


@pytest.mark.parametrize("blank", [" ", "\t", "\x85", "\u00a0"])
def test_blank_runs_after_a_labelled_date_finish_fast(blank: str) -> None:
    # a run of blanks after a form's start date, no end label: one linear pass (the quadratic
    # pattern took minutes on 50,000 blanks and hit the suite's per-test timeout; no timed assert)
    line = "Start: 2019" + blank * 50_000 + "x"
    found = dates.find_range(line)
    assert found is None or found.end is None
    resume = parse_resume(HEAD + "Analyst, Acme\n" + line[:12_000] + "\n" + TAIL, today=TODAY)
    assert resume.work_experience


def test_labelled_ends_still_read_apart() -> None:
    assert _range("Start: 01/2019      End: 03/2021") == ("2019-01", "2021-03", False)
    assert _range("Start: 01/2019 | End: Present") == ("2019-01", None, True)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("04.01.2019 - 06.30.2021", ("2019-04", "2021-06", False)),
        ("09.15.2016 - 03.31.2019", ("2016-09", "2019-03", False)),
    ],
)
def test_dotted_dates_month_first_when_the_line_shows_it(line: str, want: tuple) -> None:
    assert _range(line) == want


def test_dotted_dates_month_first_when_the_document_shows_it() -> None:
    got = _roles(
        "Analyst, Acme Corp\n04.01.2019 - 06.30.2021\n- Wrote reports\n"
        "Clerk, Globex\n02.01.2017 - 03.01.2019\n- Filed forms\n"
    )
    assert got == [("2019-04", "2021-06", False), ("2017-02", "2019-03", False)]


def test_dotted_dates_day_first_when_nothing_shows_month_first() -> None:
    got = _roles(
        "Analyst, Acme Corp\n01.04.2019 - 30.06.2021\n- Wrote reports\n"
        "Clerk, Globex\n01.02.2017 - 01.03.2019\n- Filed forms\n"
    )
    assert got == [("2019-04", "2021-06", False), ("2017-02", "2019-03", False)]


@pytest.mark.parametrize(
    "line",
    [
        "In 2019 a 2020 budget was approved",
        "Class of 2018 a 2019 cohort",
        "ISO 9001:2015 a 2018 upgrade",
        "Sales up 2019 a Q1 2020",
        "Rated 9/10 a 10/10 by clients",
        "Grew 2019 do 2020 numbers",
        "Acme Corp 2015 al 2018",
        "Published 2019 au 2020",
        "Won 2019 ate 2020 awards",
    ],
)
def test_short_foreign_range_words_need_their_language(line: str) -> None:
    r = dates.find_range(line)
    assert r is None or r.end is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("de 2017 a 2019", ("2017", "2019", False)),
        ("dal 2017 al 2019", ("2017", "2019", False)),
        ("od 2017 do 2019", ("2017", "2019", False)),
        ("du 2017 au 2019", ("2017", "2019", False)),
        ("Analista, Acme – desde 2017 a 2019", ("2017", "2019", False)),
        ("2017 a 2019", ("2017", "2019", False)),  # nothing but the range on the line
        ("enero 2019 a marzo 2021", ("2019-01", "2021-03", False)),
        ("01.2019 bis 03.2021", ("2019-01", "2021-03", False)),
    ],
)
def test_short_foreign_range_words_in_their_language(line: str, want: tuple) -> None:
    assert _range(line) == want


@pytest.mark.parametrize(
    "end",
    ["Presently", "Pres.", "On Going", "curr.", "as of date", "as of now", "as on date",
     "till this date", "tilldate", "Currently", "Present"],
)  # fmt: skip
def test_english_ends_are_not_read_after_a_foreign_range_word(end: str) -> None:
    r = dates.find_range(f"Won 2019 a {end} member")
    assert r is None or r.end is None
    assert dates._ENGLISH_END_RE.fullmatch(end)


def test_since_keeps_its_ongoing_range_before_an_english_a() -> None:
    assert _range("Since 2019 a current member of the board") == ("2019", None, True)
    assert _range("Since 2019 a 2021 roadmap") == ("2019", None, True)
    assert _range("desde 2019 a 2021") == ("2019", "2021", False)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2019 2019", None),  # no span
        ("1999 2024", None),  # too long for a dash lost between two years
        ("2015 2019", ("2015", "2019", False)),
    ],
)
def test_two_years_alone_need_a_plausible_span(line: str, want: tuple | None) -> None:
    assert _range(line) == want


@pytest.mark.parametrize("line", ["2018 â 2020", "Windows 2000 ? 2003", "Is 2019 ? 2020 the year"])
def test_lone_mojibake_letter_or_question_mark_is_no_dash(line: str) -> None:
    assert dates.find_range(line) is None


def test_question_mark_between_two_years_alone_is_a_dash() -> None:
    assert _range("2010 ? 2012") == ("2010", "2012", False)


@pytest.mark.parametrize("line", ["Ab 2019 Acme", "Ab 2019 Globex Holdings"])
def test_capital_ab_before_a_bare_year_is_no_since(line: str) -> None:
    assert dates.find_range(line) is None


def test_german_ab_before_a_month_year_is_since() -> None:
    assert _range("Ab 03/2019 Acme GmbH") == ("2019-03", None, True)
    assert _range("ab März 2019") == ("2019-03", None, True)


def test_question_mark_between_dates_set_off_at_the_line_edge_is_a_dash() -> None:
    assert _range("Jan 2019 ? Mar 2021") == ("2019-01", "2021-03", False)
    assert _range("Analyst, Acme   2015 ? 2018") == ("2015", "2018", False)
    assert dates.find_range("Jan 2019 ? 2021 plan") is None


@pytest.mark.parametrize(
    "line",
    [
        "In 2019 a 2020 " * 8_000,
        "de 2019 a x " * 8_000,
        "2019 a" + " " * 50_000 + "2020",
        "Since 2019 a " * 10_000,
        "2010 ? 2011 x " * 8_000,
        "Ab 2019 " * 10_000,
        "04.01.2019 " * 8_000 + "06.30.2021",
        "Start: 2019" + "\x85" * 50_000 + "End: 2020",
    ],
)
def test_review_hostile_lines_finish(line: str) -> None:
    dates.find_range(line)
    dates.find_dates(line)
