"""Education stress set (round 13, issue 14): made-up Education sections from a small grammar.

Each case is a whole resume (name, contact, one role, skills) whose Education section holds
one entry drawn from five axes — the degree's spelling, how its field is written, how the
school is named, how degree / school / year are ordered over one, two or three lines (with
ranges, "Expected …", "Graduated: …", GPA, honours and "Relevant coursework:" lines), and the
section's heading (a "Degree | Institute | Year | %" table too) — followed by a plain second
entry. Every entry's degree, school and graduation year must be read, and nothing else may
become an entry (``known_left``: the one class left on purpose). Prints the failures per axis
value (``-v``: each failing case's text and what was read; other arguments pick cases by a
part of their name):

    .venv/bin/python -m bench.edu_stress [-v] [name part ...]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Education

TODAY = date(2026, 1, 1)
FIELDS = ["Computer Science", "Economics", "Marine Ecology", "Mechanical Engineering", "History"]
MINOR = "Spanish"

# (label, how the degree is written with "{f}" for its field or None for the field-form axis,
#  the degree text expected (compared without dots, spaces and case))
DEGREES: list[tuple[str, str | None, str]] = [
    ("BS", None, "BS"),
    ("B.S.", None, "B.S."),
    ("BSc (Hons)", None, "BSc"),
    ("B.A.", None, "B.A."),
    ("BA (Hons)", None, "BA"),
    ("B.Tech", None, "B.Tech"),
    ("B.E.", None, "B.E."),
    ("BBA", None, "BBA"),
    ("MBA", None, "MBA"),
    ("M.S.", None, "M.S."),
    ("MSc", None, "MSc"),
    ("MEng", None, "MEng"),
    ("MPhil", None, "MPhil"),
    ("PhD", None, "PhD"),
    ("Ph.D.", None, "Ph.D."),
    ("D.Phil", None, "D.Phil"),
    ("JD", "JD", "JD"),
    ("MD", "MD", "MD"),
    ("LLB", "LLB", "LLB"),
    ("LLM", "LLM", "LLM"),
    ("Associate of Arts", None, "Associate of Arts"),
    ("A.A.S.", None, "A.A.S."),
    ("Diploma", None, "Diploma"),
    ("HND", None, "HND"),
    ("Licence", None, "Licence"),
    ("Licenciatura", None, "Licenciatura"),
    ("Laurea", None, "Laurea"),
    ("Magister", None, "Magister"),
    ("Master's", None, "Master's"),
    ("Bachelor's", None, "Bachelor's"),
    ("Bachelor of Science in X", "Bachelor of Science in {f}", "Bachelor of Science"),
    ("X (BSc)", "{f} (BSc)", "BSc"),
    ("Masters in X", "Masters in {f}", "Masters"),
    ("Doctorate", None, "Doctorate"),
    ("Postgraduate Certificate", None, "Postgraduate Certificate"),
]
FIELD_FORMS = {
    "in X": "{d} in {f}",
    ", X": "{d}, {f}",
    "– X": "{d} – {f}",
    "X major": "{d}, {f} major",
    "Major/Minor": "{d}, Major: {f}, Minor: " + MINOR,
}
# (label, the school as written, the institution expected)
SCHOOLS: list[tuple[str, str, str]] = [
    ("University of X", "University of Quarrytown", "University of Quarrytown"),
    ("X University", "Eastvale University", "Eastvale University"),
    ("X College", "Hillcrest College", "Hillcrest College"),
    (
        "Institute of Technology",
        "Ashdown Institute of Technology",
        "Ashdown Institute of Technology",
    ),
    ("acronym", "EVTU", "EVTU"),
    ("one word", "Marlowe", "Marlowe"),
    ("École", "École Supérieure de Valmont", "École Supérieure de Valmont"),
    ("Universität", "Universität Lindenau", "Universität Lindenau"),
    ("Universidad", "Universidad de Montevera", "Universidad de Montevera"),
    ("with its town", "Larkspur University, Redfern, TX", "Larkspur University"),
    ("capitals", "PELLHAM STATE UNIVERSITY", "PELLHAM STATE UNIVERSITY"),
]
# how the date is written: (label, as written, the graduation year expected)
WHENS = [
    ("year", "2019", "2019"),
    ("range", "2015 – 2019", "2019"),
    ("month year", "May 2019", "2019"),
    ("expected", "Expected May 2027", "2027"),
    ("graduated", "Graduated: 2019", "2019"),
    ("class of", "Class of 2019", "2019"),
    ("month/year range", "09/2015 – 06/2019", "2019"),
]
# the layout: lines made of D (degree), S (school), W (when); "  " a column gap
ORDERS = [
    "D, S, W",
    "D | S | W",
    "S, D, W",
    "S  D  W",
    "W  D, S",
    "W  S, D",
    "D, S\nW",
    "D\nS  W",
    "S  W\nD",
    "S\nD  W",
    "W\nD, S",
    "W\nS\nD",
    "D\nS\nW",
    "S\nD\nW",
    "D\nW\nS",
    "S\nW\nD",
    "W\nD\nS",
    "D from S, W",
    "D – S – W",
    "S | D | W",
    "D (W)\nS",
    "S (W)\nD",
    "D  W  S",
    "S  W  D",
    "W\nS, D",
    "S, D\nW",
    "W  D\nS",
    "D\nW  S",
]
EXTRAS = {
    "none": [],
    "GPA": ["GPA: 3.8/4.0"],
    "honours": ["Honours: First Class, Dean's List"],
    "coursework": ["Relevant coursework: Statistics, Data Structures, Operations Research"],
}
HEADINGS = [
    "EDUCATION",
    "Academic Background",
    "Qualifications",
    "Education & Training",
    "table",
    "columns",
    "columns, no year",
]
TABLE_HEAD = "Degree | Institute | Year | %"
# the plain second entry, in the same layout: (degree written, school, year)
SECOND = ("Bachelor of Arts in Ceramics", "Tarnwick College", "2012")

HEAD = [
    "Jane Doe",
    "jane.doe@example.com | +1 217 555 0134 | Springfield, IL",
    "",
    "EXPERIENCE",
    "Acme Robotics, Springfield",
    "Test Engineer  Jan 2020 – Present",
    "• Led a team of four testers on weekly release checks.",
    "",
]
TAIL = ["", "SKILLS", "Python, SQL, Excel"]


def _styled(lines: list[str], heading: str) -> list[str]:
    """The other headings written as the education heading is (all capitals or Title Case)."""
    if heading.isupper():
        return lines
    return [x.title() if x in ("EXPERIENCE", "SKILLS") else x for x in lines]


@dataclass(frozen=True)
class Case:
    name: str
    axes: dict[str, str]
    text: str
    expected: list[tuple[str, str, str]]  # (degree, institution, year) per entry, in order


def _degree_text(i: int) -> tuple[str, str, str, str | None]:
    """The degree as written, the degree expected, the field form's label and the field."""
    label, written, expected = DEGREES[i % len(DEGREES)]
    field = FIELDS[i % len(FIELDS)]
    if written is not None:
        return written.format(f=field), expected, "fixed", field if "{f}" in written else None
    form = list(FIELD_FORMS)[(i // len(DEGREES) + i) % len(FIELD_FORMS)]
    return FIELD_FORMS[form].format(d=label, f=field), expected, form, field


def _lines(order: str, d: str, s: str, w: str) -> list[str]:
    return (
        order.replace("D", "\0d")
        .replace("S", "\0s")
        .replace("W", "\0w")
        .replace("\0d", d)
        .replace("\0s", s)
        .replace("\0w", w)
        .split("\n")
    )


def _table(d: str, s: str, w: str) -> list[str]:
    return [f"{d} | {s} | {w} | 78%"]


def cases() -> list[Case]:
    """Every degree spelling in six layouts; the other axes turn at their own pace."""
    out: list[Case] = []
    n = len(DEGREES) * 6
    for i in range(n):
        degree, want_degree, form, _ = _degree_text(i)
        sl, school, want_school = SCHOOLS[(i * 7 + i // len(DEGREES)) % len(SCHOOLS)]
        wl, when, want_year = WHENS[(i * 3 + i // 5) % len(WHENS)]
        order = ORDERS[(i * 5 + i // len(DEGREES)) % len(ORDERS)]
        xl = list(EXTRAS)[(i + i // len(DEGREES)) % len(EXTRAS)]
        heading = HEADINGS[(i * 2 + i // 7) % len(HEADINGS)]
        if heading == "table":
            when = when.replace("Graduated: ", "").replace("Expected ", "")
            body = [TABLE_HEAD, *_table(degree, school, when), *_table(*SECOND)]
            order, xl = "table", "none"
            heading_line = "Academic Qualifications"
        elif heading.startswith("columns"):
            # a table drawn column by column: each column's label, then its cells
            when = when.replace("Graduated: ", "").replace("Expected ", "")
            body = ["Degree", degree, SECOND[0], "Institute", school, SECOND[1]]
            if heading == "columns":
                body += ["Year", when, SECOND[2]]
            else:
                want_year = ""
            order, xl = "columns", "none"
            heading_line = "EDUCATION"
        else:
            if wl == "graduated" and "\n" not in order:
                wl, when, want_year = WHENS[0]
            body = [*_lines(order, degree, school, when), *EXTRAS[xl], ""]
            body += _lines(order, *SECOND)
            heading_line = heading
        axes = {
            "degree": DEGREES[i % len(DEGREES)][0],
            "field": form,
            "school": sl,
            "when": wl,
            "order": order.replace("\n", " / "),
            "extra": xl,
            "heading": heading,
        }
        name = f"{i:03d} " + " · ".join(axes.values())
        text = "\n".join(_styled([*HEAD, heading_line, *body, *TAIL], heading_line))
        second_year = SECOND[2] if want_year else ""  # no year column
        expected = [
            (want_degree, want_school, want_year),
            ("Bachelor of Arts", SECOND[1], second_year),
        ]
        out.append(Case(name, axes, text, expected))
    return out


def known_left(case: Case) -> bool:
    """Left on purpose: "School, MD" (a state's code there). Read as the degree it would give
    a Maryland school's entry with its degree on another line a doctorate it does not hold
    (a wrong level is worse than a missed degree)."""
    return case.axes["degree"] == "MD" and bool(re.search(r", MD\b", case.text))


def _norm(text: str | None) -> str:
    """A degree compared without dots, spaces, apostrophes, case and an honours note."""
    return re.sub(r"[\s.’']|\(hons\)", "", (text or "").lower())


def problems(case: Case) -> list[str]:
    """What the parser read wrong in this case (empty when all is right)."""
    got = parse_resume(case.text, today=TODAY).education
    out: list[str] = []
    if len(got) != len(case.expected):
        out.append(f"entries {len(got)} != {len(case.expected)}")
    for k, (degree, school, year) in enumerate(case.expected):
        e: Education | None = next((g for g in got if g.institution == school), None)
        if e is None:
            e = got[k] if k < len(got) else None
            out.append(f"school {school!r}: read {e.institution if e else None!r}")
        if e is None:
            continue
        if _norm(e.degree) != _norm(degree):
            out.append(f"degree {degree!r}: read {e.degree!r}")
        if (e.graduation_date or "")[:4] != year:
            out.append(f"year {year}: read {e.graduation_date!r}")
    return out


def main(argv: list[str]) -> int:
    only = [a for a in argv if not a.startswith("-")]
    chosen = [c for c in cases() if not only or any(o in c.name for o in only)]
    bad: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    kinds: Counter[str] = Counter()
    failed = left = 0
    for case in chosen:
        found = problems(case)
        if found and known_left(case):
            left += 1
            continue
        for axis in case.axes.items():
            seen[axis] += 1
            bad[axis] += bool(found)
        failed += bool(found)
        for p in found:
            kinds[p.split(" ", 1)[0]] += 1
        if found and "-v" in argv:
            print(f"FAIL {case.name}\n  " + "\n  ".join(found))
            print("  | " + "\n  | ".join(case.text.splitlines()[len(HEAD) :]))
    print(
        f"{len(chosen) - failed - left}/{len(chosen)} cases pass, {left} known left fail;"
        f" other failures by kind: {dict(kinds)}"
    )
    for axis in ["degree", "field", "school", "when", "order", "extra", "heading"]:
        row = [f"{v} {bad[(a, v)]}/{seen[(a, v)]}" for a, v in seen if a == axis and bad[(a, v)]]
        if row:
            print(f"  {axis}: " + " · ".join(row))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
