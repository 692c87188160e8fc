"""Education, tenth round (issue 14): a list of publications run on under Education (a
heading the section split does not know) names its authors by their initials — "J.D. Poe",
"Loe, M.A." — which are no degrees; a school named with initials and a town's "N.Y." stay
(synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.education import parse_education


def degrees(lines: list[str]) -> list[str | None]:
    return [e.degree for e in parse_education(lines)]


def test_authors_initials_in_citations_are_no_degrees() -> None:
    got = degrees(
        [
            "1999  B.Sc., Geology, Eastvale University, Brookfield, Canada.",
            "PAPERS in Journals (recent ones):",
            "Roe K.D., N.R. Loe, B.S. Moe, J.D. Poe, A.C. Doe. 2019, Trends in pond levels.",
            "Poe, J.D., K.E. Loe, 2018. A short study of river mud.",
            "Hale, M.A. & Vance, T. 2017. Silt and sand in small creeks.",
        ]
    )
    assert got == ["B.Sc."]


def test_degrees_and_schools_written_with_initials_stay() -> None:
    got = [
        (e.degree, e.institution)
        for e in parse_education(
            [
                "Jane Doe, B.A., M.A., M.Ed.",
                "B.S. in Geology, Eastvale U., 2011",
                "G. De R. Hillview College",
                "2014 - 2019",
                "The Graduate Center for the Eastvale University of New York, N.Y., 1991",
            ]
        )
    ]
    assert got == [
        ("B.A.", None),
        ("B.S.", "Eastvale U"),
        (None, "G. De R. Hillview College"),
        (None, "Graduate Center for the Eastvale University of New York"),
    ]
