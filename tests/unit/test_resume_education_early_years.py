"""A degree's or school's line ending with a year before 1920 (the dates reader starts there):
the year is the graduation (a historical or long career's CV); elsewhere no date (round 9)."""

from atspro.analysis.resume.education import parse_education


def test_early_year_ending_a_degree_line():
    got = parse_education(
        [
            "B.S. Journalism, Quillhaven University, 1919.",
            "M.A. Mathematics, Quillhaven University, 1921.",
        ]
    )
    assert [(e.degree, e.graduation_date) for e in got] == [("B.S.", "1919"), ("M.A.", "1921")]


def test_early_year_in_brackets_after_a_school():
    (e,) = parse_education(["Quillhaven College (1912)", "BA in History"])
    assert (e.institution, e.graduation_date) == ("Quillhaven College", "1912")


def test_early_year_on_a_line_naming_no_school_or_degree_is_no_date():
    assert parse_education(["Born in 1915"]) == []
    (e,) = parse_education(["BA in History, Quillhaven College", "Founded in 1905"])
    assert e.graduation_date is None
