"""Role-block stress set (round 13): made-up resumes whose experience blocks are drawn from a
small grammar, parsed as text, every role's employer, title and start checked.

Axes: the block's layout (title / employer / dates on one, two or three lines in every order,
"Title at Employer", "Employer | Title | Town | dates", dates right of a line or under the first
bullet, one employer over two dated titles, a client or a placement named beside the employer;
round 14: "·" / "•" separated one-line roles, "Employer — Town" over "Title, dates", a tab
before the dates, a table's title cell over its "Employer, Town, dates" cell, a role with no
bullets; and two whole blocks: eight roles in a row, a consultancy's three placements),
the dates' shape, the employer's form, the title's form and the section heading (round 14:
"Internships", "Freelance Work", "Volunteer Experience" too). Round 15: "Employer (Town) —
Title", a year alone, employers with "&", "+" or digits ("3M", "7-Eleven"), a level after a
hyphen ("SDE-2"), six more headings ("Military Service", "Relevant Experience", …), and whole
blocks: LinkedIn's grouped positions, two roles on one line, oldest role first, roles told in
prose. Round 17: a dated role with no names, participle titles, "dates Employer Title", a
lower-case employer over its title, an undated "Title (Employer)" list, an -ing title before a
comma, labels over undated one-line roles, "Title / Unit - Employer". Every layout
meets every date shape; employer, title and heading forms rotate over them so each pair of
employer and heading forms meets. Each resume holds the block twice (other values, the first
role current) and an Education section. Prints the failures and, per axis value, how many
cases fail; arguments pick cases by a part of their id:

    .venv/bin/python -m bench.role_stress [-v] [id part ...]

Every name, employer, school and bullet is invented.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import product

from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 12, 1)
HEADER = "Jane Doe\njane.doe@example.com | (555) 010-2345 | Springfield, IL\n"
EDUCATION = "EDUCATION\nB.S. in Biology, Lakemont State University, 2012\n"
BULLETS = (
    ("- Led a team of four testers on the release plan.", "- Cut the monthly report time by half."),
    ("- Answered customer requests within a day.", "- Kept the weekly stock records."),
    ("- Drew up the yearly training calendar.", "- Ran the Friday safety walk."),
    ("- Tidied the shared files for the audit.", "- Trained two new starters."),
)
DEFAULT_TOWN = "Springfield, IL"


@dataclass(frozen=True)
class Role:
    title: str
    employer: str
    town: str | None
    dates: str
    start: str  # what the parser must give: "YYYY-MM" or "YYYY"


# Date shapes: (current role's dates, its start), (past role's dates, its start), and the
# dates of the two titles under one employer (later, earlier) reuse them with other years.
DATES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "Mon YYYY – Present": (("Jan 2021 – Present", "2021-01"), ("Mar 2016 – Dec 2020", "2016-03")),
    "MM/YYYY - MM/YYYY": (("01/2021 - 03/2024", "2021-01"), ("05/2016 - 12/2020", "2016-05")),
    "YYYY–YY": (("2021–24", "2021"), ("2016–20", "2016")),
    "Since YYYY": (("Since 2021", "2021"), ("2016 - 2020", "2016")),
    "Month YYYY to date": (
        ("March 2021 to date", "2021-03"),
        ("June 2016 to February 2021", "2016-06"),
    ),
    "YYYY - Current": (("2021 - Current", "2021"), ("2016 - 2020", "2016")),
    "Mon 'YY – Mon 'YY": (("Jun '21 – Aug '24", "2021-06"), ("Feb '16 – May '20", "2016-02")),
    "Summer YYYY": (("Summer 2022", "2022"), ("Summer 2021", "2021")),
    "range (2 yrs 3 mos)": (
        ("Jan 2021 – Mar 2023 (2 yrs 3 mos)", "2021-01"),
        ("Feb 2016 – Dec 2020 (4 yrs 11 mos)", "2016-02"),
    ),
    # round 15
    "YYYY only": (("2021", "2021"), ("2016", "2016")),
}
# Employer forms: (name, town or None) for the first and the second block.
EMPLOYERS: dict[str, tuple[tuple[str, str | None], tuple[str, str | None]]] = {
    "legal word": (("Acme Robotics Inc.", None), ("Brightwater Foods Ltd", None)),
    "bare brand": (("Zentrix", None), ("Mollo", None)),
    "all caps": (("KORVATH LOGISTICS", None), ("HALVERN MEDIA GROUP", None)),
    "with town": (("Acme Robotics", "Austin, TX"), ("Zentrix", "Portland, OR")),
    "university/hospital": (("Ridgefield University", None), ("Ridgefield General Hospital", None)),
    "government": (("State Department of Revenue", None), ("Ministry of Fisheries", None)),
    # round 15
    "&/+/digits": (("Harlow & Finch", None), ("7-Eleven", None)),
    "digits/plus": (("3M", None), ("Bolt + Mortar", None)),
}
TITLES: dict[str, tuple[str, str]] = {
    "common": ("Software Engineer", "Project Manager"),
    "Sous Chef/Paralegal": ("Sous Chef", "Paralegal"),
    "SRE/Lecturer": ("Site Reliability Engineer", "Lecturer"),
    "Nurse Practitioner/Owner": ("Nurse Practitioner", "Owner"),
    "Founder & CEO/Teaching Assistant": ("Founder & CEO", "Teaching Assistant"),
    "level II/Sr.": ("Software Engineer II", "Sr. Accountant"),
    "all caps": ("OPERATIONS MANAGER", "DATA ANALYST"),
    "sentence case": ("Cloud engineer", "Assistant professor"),
    # round 15
    "level SDE-2/L5": ("SDE-2", "Engineer L5"),
}
HEADINGS = (
    "EXPERIENCE",
    "Work History",
    "Professional Experience",
    "Employment",
    "Career",
    "",
    "Internships",
    "Freelance Work",
    "Volunteer Experience",
    # round 15
    "Professional Experience (selected)",
    "Relevant Experience",
    "Other Experience",
    "Military Service",
    "Teaching Experience",
    "Research Experience",
)
CLIENT = "Vortel Bank"
GAP = "      "  # dates drawn to the right of a line


def _at(r: Role) -> str:
    return f"{r.employer}, {r.town}" if r.town else r.employer


def _town(r: Role) -> str:
    return r.town or DEFAULT_TOWN


def _b(bullets: tuple[str, str]) -> str:
    return "\n".join(bullets)


Layout = Callable[[Role, tuple[str, str]], str]
LAYOUTS: dict[str, Layout] = {
    "T/C/D": lambda r, b: f"{r.title}\n{_at(r)}\n{r.dates}\n{_b(b)}",
    "T/D/C": lambda r, b: f"{r.title}\n{r.dates}\n{_at(r)}\n{_b(b)}",
    "C/T/D": lambda r, b: f"{_at(r)}\n{r.title}\n{r.dates}\n{_b(b)}",
    "C/D/T": lambda r, b: f"{_at(r)}\n{r.dates}\n{r.title}\n{_b(b)}",
    "D/T/C": lambda r, b: f"{r.dates}\n{r.title}\n{_at(r)}\n{_b(b)}",
    "D/C/T": lambda r, b: f"{r.dates}\n{_at(r)}\n{r.title}\n{_b(b)}",
    "T, C/D": lambda r, b: f"{r.title}, {_at(r)}\n{r.dates}\n{_b(b)}",
    "C, T/D": lambda r, b: f"{_at(r)}, {r.title}\n{r.dates}\n{_b(b)}",
    "T  D/C": lambda r, b: f"{r.title}{GAP}{r.dates}\n{_at(r)}\n{_b(b)}",
    "T/C  D": lambda r, b: f"{r.title}\n{_at(r)}{GAP}{r.dates}\n{_b(b)}",
    "C  D/T": lambda r, b: f"{_at(r)}{GAP}{r.dates}\n{r.title}\n{_b(b)}",
    "C/T  D": lambda r, b: f"{_at(r)}\n{r.title}{GAP}{r.dates}\n{_b(b)}",
    "T at C/D": lambda r, b: f"{r.title} at {_at(r)}\n{r.dates}\n{_b(b)}",
    "T at C  D": lambda r, b: f"{r.title} at {_at(r)}{GAP}{r.dates}\n{_b(b)}",
    "T, C, Town/D": lambda r, b: f"{r.title}, {r.employer}, {_town(r)}\n{r.dates}\n{_b(b)}",
    "C — T/D": lambda r, b: f"{_at(r)} — {r.title}\n{r.dates}\n{_b(b)}",
    "C | T | Town | D": lambda r, b: f"{r.employer} | {r.title} | {_town(r)} | {r.dates}\n{_b(b)}",
    "T C  Town D (no commas)": lambda r, b: (
        f"{r.title} {r.employer.replace(',', '').rstrip('.')}  {_town(r).replace(',', '')} "
        f"{r.dates}\n{_b(b)}"
    ),
    "T (C)/D": lambda r, b: f"{r.title} ({r.employer})\n{r.dates}\n{_b(b)}",
    "D  T, C": lambda r, b: f"{r.dates}{GAP}{r.title}, {_at(r)}\n{_b(b)}",
    "T/C/bullet/D": lambda r, b: f"{r.title}\n{_at(r)}\n{b[0]}\n{r.dates}\n{b[1]}",
    "T/C (Client: X)/D": lambda r, b: (
        f"{r.title}\n{r.employer} (Client: {CLIENT})\n{r.dates}\n{_b(b)}"
    ),
    "T/C – placed at X/D": lambda r, b: (
        f"{r.title}\n{r.employer} – placed at {CLIENT}\n{r.dates}\n{_b(b)}"
    ),
    # round 14
    "T · C · Town · D": lambda r, b: f"{r.title} · {r.employer} · {_town(r)} · {r.dates}\n{_b(b)}",
    "T • C • Town • D": lambda r, b: f"{r.title} • {r.employer} • {_town(r)} • {r.dates}\n{_b(b)}",
    "C — Town/T, D": lambda r, b: f"{r.employer} — {_town(r)}\n{r.title}, {r.dates}\n{_b(b)}",
    "T<tab>D/C": lambda r, b: f"{r.title}\t{r.dates}\n{_at(r)}\n{_b(b)}",
    # a two-column table read cell by cell: the title cell, then "Employer, Town, dates"
    "T cell/C, Town, D cell": lambda r, b: (
        f"{r.title}\n{r.employer}, {_town(r)}, {r.dates}\n{_b(b)}"
    ),
    "T/C/D (no bullets)": lambda r, b: f"{r.title}\n{_at(r)}\n{r.dates}",
    # round 15: the town in brackets after the employer, an em dash before the title
    "C (Town) — T/D": lambda r, b: f"{r.employer} ({_town(r)}) — {r.title}\n{r.dates}\n{_b(b)}",
}
# One employer over two dated titles (the block's roles share the employer): the dates
# beside each title or on a line under it.
TWO_TITLES = ("C/T  D/T  D", "C/T/D/T/D")


@dataclass(frozen=True)
class Case:
    id: str
    axes: dict[str, str]
    text: str
    roles: tuple[
        tuple[str | None, str | None, str], ...
    ]  # (title or None, employer or None, start)


def _shift(dates: str, start: str, years: int) -> tuple[str, str]:
    """The same dates moved back ``years`` years (four-digit and two-digit years)."""

    def four(m: re.Match[str]) -> str:
        return str(int(m.group()) - years)

    def two(m: re.Match[str]) -> str:
        return f"{m.group(1)}{int(m.group(2)) - years:02d}"

    moved = re.sub(r"\b(?:19|20)\d\d\b", four, dates)
    moved = re.sub(r"([–-]|')(\d\d)\b", two, moved)
    return moved, re.sub(r"^\d{4}", lambda m: four(m), start)


def _block(layout: str, roles: list[Role], bullets: list[tuple[str, str]]) -> str:
    if layout not in TWO_TITLES:
        return LAYOUTS[layout](roles[0], bullets[0])
    first, second = roles
    gap = GAP if layout == TWO_TITLES[0] else "\n"
    return (
        f"{_at(first)}\n{first.title}{gap}{first.dates}\n{_b(bullets[0])}\n"
        f"{second.title}{gap}{second.dates}\n{_b(bullets[1])}"
    )


def _case(i: int, layout: str, shape: str, employer_form: str, title_form: str) -> Case:
    heading = HEADINGS[(i // len(EMPLOYERS)) % len(HEADINGS)]
    axes = {
        "layout": layout,
        "dates": shape,
        "employer": employer_form,
        "title": title_form,
        "heading": heading or "(none)",
    }
    blocks, roles = [], []
    for k in range(2):
        dates, start = DATES[shape][k]
        name, town = EMPLOYERS[employer_form][k]
        title = TITLES[title_form][k]
        if layout in TWO_TITLES:
            # The block's later title, then an earlier one; the second block years before.
            later = _shift(*DATES[shape][k], 0) if k == 0 else _shift(*DATES[shape][1], 4)
            earlier = _shift(*DATES[shape][1], 0 if k == 0 else 7)
            pair = [
                Role(title, name, town, *later),
                Role(TITLES[title_form][1 - k], name, town, *earlier),
            ]
            blocks.append(_block(layout, pair, [BULLETS[2 * k], BULLETS[2 * k + 1]]))
            roles += pair
            continue
        role = Role(title, name, town, dates, start)
        blocks.append(_block(layout, [role], [BULLETS[k]]))
        roles.append(role)
    head = f"{heading}\n" if heading else ""
    text = HEADER + "\n" + head + "\n\n".join(blocks) + "\n\n" + EDUCATION
    slug = re.sub(r"[^A-Za-z0-9]+", "_", "-".join(axes.values())).strip("_")
    return Case(
        f"{i:03d}-{slug}",
        axes,
        text,
        tuple((r.title, r.employer, r.start) for r in roles),
    )


# Whole experience blocks of one shape each (round 14): many roles in a row, and a
# consultancy's placements at its clients (the employer is the consultancy).
EIGHT = (
    ("Store Manager", "Tollbridge Outfitters", "Jan 2024 – Present", "2024-01"),
    ("Shift Supervisor", "Marrow Lane Cafe", "Mar 2022 – Dec 2023", "2022-03"),
    ("Dairy Technician", "Copperfield Dairy", "Jun 2020 – Feb 2022", "2020-06"),
    ("Print Operator", "Kestrel Print Ltd", "Apr 2018 – May 2020", "2018-04"),
    ("Bike Mechanic", "Fenwick Bikes", "Sep 2016 – Mar 2018", "2016-09"),
    ("Night Auditor", "Larkspur Hotel", "Jan 2015 – Aug 2016", "2015-01"),
    ("Sales Assistant", "Brindle Books", "May 2013 – Dec 2014", "2013-05"),
    ("Warehouse Associate", "Pinecrest Logistics", "Jun 2011 – Apr 2013", "2011-06"),
)
PLACEMENTS = (
    ("Business Analyst", "Vortel Bank", "2020 – Present", "2020"),
    ("Data Analyst", "Harlow Insurance", "2017 – 2020", "2017"),
    ("Reporting Analyst", "Pinecrest Council", "2015 – 2017", "2015"),
)
CONSULTANCY = "Northgate Advisory"
# Round 15: LinkedIn's grouped positions (the employer, its total duration, then each title
# with its dates), two roles on one line, roles told in prose.
EXTRA_BLOCKS: dict[str, tuple[str, tuple[tuple[str | None, str | None, str], ...]]] = {
    "LinkedIn grouped positions": (
        f"{CONSULTANCY}\n5 yrs 2 mos\nBusiness Analyst\nJan 2020 – Present (4 yrs 11 mos)\n"
        f"{BULLETS[0][0]}\nData Analyst\nMar 2017 – Dec 2019 (2 yrs 10 mos)\n{BULLETS[1][0]}\n"
        f"Tollbridge Outfitters\nStore Manager\nJan 2015 – Feb 2017\n{BULLETS[2][0]}",
        (
            ("Business Analyst", CONSULTANCY, "2020-01"),
            ("Data Analyst", CONSULTANCY, "2017-03"),
            ("Store Manager", "Tollbridge Outfitters", "2015-01"),
        ),
    ),
    "two roles on one line": (
        f"Business Analyst, {CONSULTANCY}, 2019–2021; Store Manager, Tollbridge Outfitters, "
        "2016–2019",
        (
            ("Business Analyst", CONSULTANCY, "2019"),
            ("Store Manager", "Tollbridge Outfitters", "2016"),
        ),
    ),
    # round 16 (outside): "Selected projects:" under a role, then the roles go on
    "roles go on after a projects subheading": (
        f"Initech Consulting, Consultant, 2016 – Present\n{BULLETS[0][0]}\nSelected projects:\n"
        "Billing Portal Rollout (Client: Hooli Health) 2018 – 2019\n"
        f"{BULLETS[1][0]}\n{CONSULTANCY}, Business Analyst, Springfield, IL 2013 – 2016\n"
        f"{BULLETS[2][0]}\nTollbridge Outfitters, Store Manager, Shelbyville, IN 2010 – 2013\n"
        f"{BULLETS[0][1]}",
        (
            ("Consultant", "Initech Consulting", "2016"),
            ("Business Analyst", CONSULTANCY, "2013"),
            ("Store Manager", "Tollbridge Outfitters", "2010"),
        ),
    ),
    "roles in prose": (
        f"From 2018 to 2021 I worked as a data analyst at {CONSULTANCY}, where I built the "
        "weekly reports.\nSince 2021 I have been a store manager at Tollbridge Outfitters.",
        (
            ("data analyst", CONSULTANCY, "2018"),
            ("store manager", "Tollbridge Outfitters", "2021"),
        ),
    ),
    # round 16: dates opening the line before "Employer (web address)"; an employer written in
    # lower case; a degree beside the employer; the employer over a unit, a town and the title;
    # work on one's own account alone over its dates
    "dates, employer (web address)": (
        f"Jan 2020 – Present {CONSULTANCY} (www.northgate.example)\nBusiness Analyst\n"
        f"{BULLETS[0][0]}\nMar 2017 – Dec 2019 Tollbridge Outfitters (WWW.TOLLBRIDGE.EXAMPLE)\n"
        f"Store Manager\n{BULLETS[1][0]}",
        (
            ("Business Analyst", CONSULTANCY, "2020-01"),
            ("Store Manager", "Tollbridge Outfitters", "2017-03"),
        ),
    ),
    "employer in lower case": (
        f"Business Analyst\nnorthgate advisory services pvt ltd\nJan 2020 – Present\n"
        f"{BULLETS[0][0]}\nMar 2017 – Dec 2019\nStore Manager\ntollbridge outfitters ltd\n"
        f"{BULLETS[1][0]}",
        (
            ("Business Analyst", "northgate advisory services pvt ltd", "2020-01"),
            ("Store Manager", "tollbridge outfitters ltd", "2017-03"),
        ),
    ),
    "degree beside the employer": (
        f"Paralegal\nGrado en Derecho, {CONSULTANCY}\nJan 2020 – Present\n{BULLETS[0][0]}\n"
        f"Store Manager, BA Systems\nMar 2017 – Dec 2019\n{BULLETS[1][0]}",
        (
            ("Paralegal", CONSULTANCY, "2020-01"),
            ("Store Manager", "BA Systems", "2017-03"),
        ),
    ),
    "employer, unit, town, title, dates": (
        f"Store Manager\nTollbridge Outfitters\nMar 2020 – Present\n{BULLETS[0][0]}\n"
        f"{CONSULTANCY}\nAdvisory Division\nSpringfield, IL\nBusiness Analyst\n"
        f"Jan 2016 – Feb 2020\n{BULLETS[1][0]}",
        (
            ("Store Manager", "Tollbridge Outfitters", "2020-03"),
            ("Business Analyst", CONSULTANCY, "2016-01"),
        ),
    ),
    "self-employed alone": (
        f"Self-employed\nJan 2020 – Present\n{BULLETS[0][0]}\nStore Manager\n"
        f"Tollbridge Outfitters\nMar 2017 – Dec 2019\n{BULLETS[1][0]}",
        (
            ("Self-employed", None, "2020-01"),
            ("Store Manager", "Tollbridge Outfitters", "2017-03"),
        ),
    ),
    # round 17: a dated role naming neither title nor employer; titles opened by "Trained" or
    # "Experienced"; "dates Employer Title" with no separator; a lower-case employer over its
    # title (dates first or last); an undated list of "Title (Employer)" lines; an -ing title
    # before its line's first comma
    "dates and bullets, no names": (
        f"Jan 2020 – Present\n{BULLETS[0][0]}\n{BULLETS[0][1]}\nStore Manager\n"
        f"Tollbridge Outfitters\nMar 2017 – Dec 2019\n{BULLETS[1][0]}",
        ((None, None, "2020-01"), ("Store Manager", "Tollbridge Outfitters", "2017-03")),
    ),
    "participle titles": (
        f"2020 – Present\nTrained nurse at {CONSULTANCY} Clinic\n{BULLETS[0][0]}\n"
        f"2016 – 2019\nExperienced driver at Tollbridge Outfitters\n{BULLETS[1][0]}",
        (
            ("Trained nurse", f"{CONSULTANCY} Clinic", "2020"),
            ("Experienced driver", "Tollbridge Outfitters", "2016"),
        ),
    ),
    "dates employer title, no separator": (
        f"Jan 2020 – Present Northgate Technologies Business Analyst\n{BULLETS[0][0]}\n"
        f"Mar 2017 – Dec 2019 Tollbridge Outfitters Ltd Store Manager\n{BULLETS[1][0]}",
        (
            ("Business Analyst", "Northgate Technologies", "2020-01"),
            ("Store Manager", "Tollbridge Outfitters Ltd", "2017-03"),
        ),
    ),
    "lower-case employer over the title": (
        f"Jan 2020 – Present\nnorthgate advisory pvt ltd\nBusiness Analyst\n{BULLETS[0][0]}\n"
        f"tollbridge outfitters llc\nStore Manager\nMar 2017 – Dec 2019\n{BULLETS[1][0]}",
        (
            ("Business Analyst", "northgate advisory pvt ltd", "2020-01"),
            ("Store Manager", "tollbridge outfitters llc", "2017-03"),
        ),
    ),
    "undated title (employer) list": (
        f"Business Analyst ({CONSULTANCY})\n{BULLETS[0][0]}\n"
        f"Store Manager (Tollbridge Outfitters)\n{BULLETS[1][0]}\n"
        f"Barista (Quillon Coffee)\n{BULLETS[2][0]}",
        (
            ("Business Analyst", CONSULTANCY, ""),
            ("Store Manager", "Tollbridge Outfitters", ""),
            ("Barista", "Quillon Coffee", ""),
        ),
    ),
    "-ing title before a comma": (
        f"2020 – Present\nBusiness Analyst, {CONSULTANCY}\n{BULLETS[0][0]}\n2016 – 2019\n"
        "Tutoring Program Lead Teacher, Tollbridge County Schools, Springfield, IL",
        (
            ("Business Analyst", CONSULTANCY, "2020"),
            ("Tutoring Program Lead Teacher", "Tollbridge County Schools", "2016"),
        ),
    ),
    "early career label, one-line role": (
        f"Business Analyst, {CONSULTANCY}, 2018 – Present\n{BULLETS[0][0]}\n{BULLETS[0][1]}\n"
        "Early Career: Store Manager, Tollbridge Outfitters Ltd",
        (
            ("Business Analyst", CONSULTANCY, "2018"),
            ("Store Manager", "Tollbridge Outfitters Ltd", ""),
        ),
    ),
    "capitals label over one-line roles": (
        f"Business Analyst, {CONSULTANCY}, 2018 – Present\n{BULLETS[0][0]}\n"
        "OTHER JOBS IN RETAIL\nStore Manager, Tollbridge Outfitters Ltd\n"
        "Groundskeeper (Quillon Dept. of Parks)",
        (
            ("Business Analyst", CONSULTANCY, "2018"),
            ("Store Manager", "Tollbridge Outfitters Ltd", ""),
            ("Groundskeeper", "Quillon Dept. of Parks", ""),
        ),
    ),
    "title / unit - employer": (
        f"Business Analyst / Advisory Team - {CONSULTANCY}  Jan 2020 – Present\n{BULLETS[0][0]}",
        (("Business Analyst / Advisory Team", CONSULTANCY, "2020-01"),),
    ),
}


def _extra_cases(start: int) -> list[Case]:
    eight = "\n".join(
        f"{title}\n{employer}\n{when}\n{BULLETS[n % len(BULLETS)][0]}"
        for n, (title, employer, when, _) in enumerate(EIGHT)
    )
    placed = "\n".join(
        f"{title} – placed at {client}{GAP}{when}\n{BULLETS[n][0]}"
        for n, (title, client, when, _) in enumerate(PLACEMENTS)
    )
    oldest_first = "\n".join(
        f"{title}\n{employer}\n{when}\n{BULLETS[n % len(BULLETS)][0]}"
        for n, (title, employer, when, _) in enumerate(reversed(EIGHT))
    )
    shapes = {
        "eight roles in a row": (eight, tuple((t, e, st) for t, e, _, st in EIGHT)),
        "consultancy, three placements": (
            f"{CONSULTANCY}\n{placed}",
            tuple((t, CONSULTANCY, st) for t, _, _, st in PLACEMENTS),
        ),
        # round 15
        "eight roles, oldest first": (
            oldest_first,
            tuple((t, e, st) for t, e, _, st in reversed(EIGHT)),
        ),
        **{name: (block, roles) for name, (block, roles) in EXTRA_BLOCKS.items()},
    }
    out = []
    for n, (layout, (block, roles)) in enumerate(shapes.items()):
        axes = {
            "layout": layout,
            "dates": "Mon YYYY – Present",
            "employer": "legal word",
            "title": "common",
            "heading": "EXPERIENCE",
        }
        slug = re.sub(r"[^A-Za-z0-9]+", "_", layout).strip("_")
        text = f"{HEADER}\nEXPERIENCE\n{block}\n\n{EDUCATION}"
        out.append(Case(f"{start + n:03d}-{slug}", axes, text, roles))
    return out


def cases() -> list[Case]:
    """Every layout with every date shape, every employer form and every title form; the
    other axes rotate (each pair of employer form and heading meets)."""
    layouts = [*LAYOUTS, *TWO_TITLES]
    grid = [
        *((lay, shape, None, None) for lay, shape in product(layouts, DATES)),
        *((lay, None, emp, None) for lay, emp in product(layouts, EMPLOYERS)),
        *((lay, None, None, title) for lay, title in product(layouts, TITLES)),
    ]
    grid_cases = [
        _case(
            i,
            lay,
            shape or list(DATES)[i % len(DATES)],
            emp or list(EMPLOYERS)[i % len(EMPLOYERS)],
            title or list(TITLES)[i % len(TITLES)],
        )
        for i, (lay, shape, emp, title) in enumerate(grid)
    ]
    return grid_cases + _extra_cases(len(grid_cases))


def _norm(value: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[.,]", "", value or "")).strip().casefold()


def check(case: Case) -> list[str]:
    """What the parser reads differently from the case's roles (empty when all match)."""
    got = parse_resume(case.text, today=TODAY).work_experience
    read = [(w.position, w.company, w.start) for w in got]
    want = list(case.roles)
    bad = []
    if len(read) != len(want):
        bad.append(f"{len(read)} roles, {len(want)} expected")
    for (title, employer, start), (g_title, g_employer, g_start) in zip(want, read, strict=False):
        if _norm(g_title) != _norm(title):
            bad.append(f"title {g_title!r} != {title!r}")
        if _norm(g_employer) != _norm(employer):
            bad.append(f"employer {g_employer!r} != {employer!r}")
        if not (g_start or "").startswith(start):
            bad.append(f"start {g_start!r} != {start!r}")
    return bad


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    picks = [a for a in argv if a != "-v"]
    chosen = [c for c in cases() if not picks or any(p in c.id for p in picks)]
    failed: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    n_bad = 0
    for case in chosen:
        bad = check(case)
        for axis, value in case.axes.items():
            total[axis, value] += 1
            failed[axis, value] += bool(bad)
        if bad:
            n_bad += 1
            print(f"FAIL {case.id}: {'; '.join(bad)}")
            if verbose:
                print(case.text)
    print(f"\n{n_bad} of {len(chosen)} cases fail")
    for axis in ("layout", "dates", "employer", "title", "heading"):
        print(f"\n{axis}:")
        for (a, value), n in total.items():
            if a == axis:
                print(f"  {failed[a, value]:3d} / {n:3d}  {value}")
    return 1 if n_bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
