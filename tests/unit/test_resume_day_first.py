"""Numeric dates read day first when the document writes them so (decided per document)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import dates
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 6, 1)


def _roles(first: str, second: str) -> str:
    return (
        "Jordan Vale\nEXPERIENCE\n"
        f"Data Analyst, Acme Logistics  {first}\n- Built weekly stock reports.\n"
        f"Junior Analyst, Borealis Freight  {second}\n- Cleaned shipment data.\n"
    )


def test_a_day_first_document_reads_every_numeric_date_day_first() -> None:
    # 25/03/2019 can only be day first: so 05/03/2016 is 5 March 2016, not May 3.
    r = parse_resume(_roles("25/03/2019 - Present", "05/03/2016 - 10/02/2019"), today=TODAY)
    assert [(w.start, w.end) for w in r.work_experience] == [
        ("2019-03", None),
        ("2016-03", "2019-02"),
    ]


def test_dotted_day_first_dates_are_read() -> None:
    r = parse_resume(_roles("14.09.2020 - Present", "01.06.2017 - 31.08.2020"), today=TODAY)
    assert [(w.start, w.end) for w in r.work_experience] == [
        ("2020-09", None),
        ("2017-06", "2020-08"),
    ]


def test_a_month_first_document_keeps_us_order() -> None:
    r = parse_resume(_roles("03/25/2019 - Present", "05/03/2016 - 10/02/2019"), today=TODAY)
    assert [(w.start, w.end) for w in r.work_experience] == [
        ("2019-03", None),
        ("2016-05", "2019-10"),
    ]


def test_the_mode_ends_with_the_document() -> None:
    parse_resume(_roles("25/03/2019 - Present", "05/03/2016 - 10/02/2019"), today=TODAY)
    assert dates.parse_date("05/03/2016") == "2016-05"  # outside a parse: US order
    assert dates.is_day_first(["Born 27/09/1988", "Analyst 05/03/2016"])
    assert not dates.is_day_first(["27/09/1988", "09/27/1988"])  # both orders: undecided
