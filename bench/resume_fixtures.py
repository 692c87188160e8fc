"""Labelled resume fixtures for the parse-quality benchmark.

Each person is structured ground truth; each layout renders a person as resume text the way
real templates do (classic, "Position at Company", pipes, ALL CAPS, two-line headers,
stacked headers, dates in a left column, sidebar first with the name printed last). The
labels come from the structured data, never from the parser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@dataclass(frozen=True)
class Role:
    company: str
    position: str
    city: str
    start: tuple[int, int]  # (year, month)
    end: tuple[int, int] | None  # None = Present
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class School:
    institution: str
    degree: str
    field: str
    year: int


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    phone: str  # as written
    phone_e164: str
    city: str
    summary: str
    roles: tuple[Role, ...]
    schools: tuple[School, ...]
    skills: tuple[str, ...]


@dataclass
class Labelled:
    layout: str
    text: str
    name: str
    email: str
    phone: str
    companies: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)  # (start, end or "present")
    institutions: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)  # canonical names from PROBE_SKILLS


# Skills every version of the taxonomy knows; the benchmark scores only these.
PROBE_SKILLS = {"python": "Python", "sql": "SQL", "kubernetes": "Kubernetes", "k8s": "Kubernetes"}

PEOPLE = (
    Person(
        "Maria Garcia", "maria.garcia@example.com", "(415) 555-0111", "+14155550111",
        "San Francisco, CA",
        "Backend engineer with eight years in payments and data platforms.",
        (
            Role("Stripe", "Senior Software Engineer", "San Francisco, CA", (2021, 3), None,
                 ("Built a ledger service in Python handling 5M writes per day",
                  "Moved 40 services to Kubernetes with zero downtime")),
            Role("Square", "Software Engineer", "Oakland, CA", (2017, 6), (2021, 2),
                 ("Wrote SQL reports for the risk team", "Cut p99 latency by 35%")),
        ),
        (School("University of California, Davis", "B.S.", "Computer Science", 2017),),
        ("Python", "SQL", "Kubernetes", "Go"),
    ),
    Person(
        "Tom Becker", "tom.becker@example.de", "030 1234567", "+49301234567", "Berlin, Germany",
        "Data engineer focused on reliable pipelines.",
        (
            Role("Zalando SE", "Data Engineer", "Berlin, Germany", (2019, 9), None,
                 ("Designed batch jobs in Python and SQL", "Ran Airflow on k8s")),
            Role("SoundCloud", "Junior Data Analyst", "Berlin, Germany", (2016, 1), (2019, 8),
                 ("Built dashboards for 12 teams",)),
        ),
        (School("Technical University of Munich", "MSc", "Informatics", 2015),),
        ("Python", "SQL", "Spark"),
    ),
    Person(
        "Aisha Bello", "aisha.bello@example.com", "+234 802 123 4567", "+2348021234567",
        "Lagos, Nigeria",
        "Product-minded full stack developer.",
        (
            Role("Flutterwave", "Lead Developer", "Lagos, Nigeria", (2020, 4), None,
                 ("Led a team of 6 engineers", "Introduced code review for every change")),
            Role("Andela", "Software Developer", "Lagos, Nigeria", (2017, 2), (2020, 3),
                 ("Shipped 14 client projects",)),
            Role("Interswitch", "Intern", "Lagos, Nigeria", (2016, 6), (2016, 12),
                 ("Tested payment terminals",)),
        ),
        (School("University of Lagos", "Bachelor of Science", "Computer Science", 2016),),
        ("Python", "Kubernetes"),
    ),
    Person(
        "Kenji Watanabe", "kenji.w@example.jp", "+81 3-1234-5678", "+81312345678",
        "Tokyo, Japan",
        "Site reliability engineer who automates everything twice.",
        (
            Role("Rakuten Group", "Site Reliability Engineer", "Tokyo, Japan", (2018, 10), None,
                 ("Ran 300 Kubernetes nodes", "Wrote runbooks and Python tooling")),
            Role("LINE Corporation", "Systems Administrator", "Tokyo, Japan", (2014, 4),
                 (2018, 9), ("Automated server builds",)),
        ),
        (
            School("Keio University", "Master of Engineering", "Computer Science", 2014),
            School("Keio University", "Bachelor of Engineering", "Electrical Engineering", 2012),
        ),
        ("Kubernetes", "Python", "Terraform"),
    ),
    Person(
        "Emily Clark", "emily.clark@example.co.uk", "020 7946 0321", "+442079460321",
        "London, UK",
        "Analytics lead who turns questions into SQL and answers.",
        (
            Role("Monzo Bank", "Analytics Lead", "London, UK", (2020, 1), None,
                 ("Owns the SQL models behind monthly reporting",)),
            Role("Deliveroo", "Data Analyst", "London, UK", (2017, 5), (2019, 12),
                 ("Built experiments tooling in Python",)),
        ),
        (School("University of Manchester", "BA", "Economics", 2017),),
        ("SQL", "Python", "Tableau"),
    ),
    Person(
        "Carlos Mendes", "carlos.mendes@example.com.br", "(11) 98765-4321", "+5511987654321",
        "São Paulo, Brazil",
        "Platform engineer for high-traffic commerce.",
        (
            Role("Mercado Libre", "Platform Engineer", "São Paulo, Brazil", (2019, 2), None,
                 ("Maintains the Kubernetes platform for 900 services",)),
            Role("Nubank", "DevOps Engineer", "São Paulo, Brazil", (2016, 8), (2019, 1),
                 ("Wrote Python automation for deployments",)),
        ),
        (School("University of São Paulo", "Bachelor of Science", "Computer Engineering", 2016),),
        ("Kubernetes", "Python", "SQL"),
    ),
)  # fmt: skip


def _ym(d: tuple[int, int] | None, style: str) -> str:
    if d is None:
        return {"caps": "CURRENT", "numeric": "Present"}.get(style, "Present")
    year, month = d
    if style == "numeric":
        return f"{month:02d}/{year}"
    if style == "long":
        return f"{LONG_MONTHS[month - 1]} {year}"
    if style == "year":
        return str(year)
    if style == "caps":
        return f"{MONTHS[month - 1].upper()} {year}"
    return f"{MONTHS[month - 1]} {year}"


def _label_dates(role: Role, year_only: bool) -> tuple[str, str]:
    def one(d: tuple[int, int]) -> str:
        return str(d[0]) if year_only else f"{d[0]}-{d[1]:02d}"

    return one(role.start), ("present" if role.end is None else one(role.end))


def _bullets(role: Role, glyph: str = "•") -> list[str]:
    return [f"{glyph} {b}" if glyph else b for b in role.bullets]


def _education_lines(p: Person, style: str) -> list[str]:
    out = []
    for s in p.schools:
        if style == "two_line":
            out += [s.institution, f"{s.degree} in {s.field}, {s.year}"]
        else:
            out.append(f"{s.degree} in {s.field}, {s.institution}, {s.year}")
    return out


def classic(p: Person) -> list[str]:
    lines = [p.name, f"{p.city} | {p.phone} | {p.email}", "", "SUMMARY", p.summary, ""]
    lines.append("EXPERIENCE")
    for r in p.roles:
        lines += [
            f"{r.company} — {r.position}",
            r.city,
            f"{_ym(r.start, 'mon')} – {_ym(r.end, 'mon')}",
        ]
        lines += _bullets(r)
    lines += ["", "EDUCATION", *_education_lines(p, "two_line"), "", "SKILLS", ", ".join(p.skills)]
    return lines


def position_at(p: Person) -> list[str]:
    lines = [p.name, p.email, p.phone, p.city, "", "Summary", p.summary, "", "Work Experience"]
    for r in p.roles:
        lines.append(
            f"{r.position} at {r.company}, {r.city}    {_ym(r.start, 'long')} to {_ym(r.end, 'long')}"
        )
        lines += _bullets(r, "-")
    lines += ["", "Education", *_education_lines(p, "one_line"), "", "Skills"]
    lines += [f"- {s}" for s in p.skills]
    return lines


def pipes(p: Person) -> list[str]:
    lines = [f"{p.name} | {p.email} | {p.phone} | {p.city}", "", "Skills: " + ", ".join(p.skills)]
    lines += ["", "Professional Experience"]
    for r in p.roles:
        lines.append(
            f"{r.position} | {r.company} | {r.city} | {_ym(r.start, 'numeric')} - {_ym(r.end, 'numeric')}"
        )
        lines += _bullets(r, "▪")
    lines += ["", "Education"]
    lines += [f"{s.degree} in {s.field} | {s.institution} | {s.year}" for s in p.schools]
    return lines


def caps(p: Person) -> list[str]:
    lines = [p.name.upper(), f"{p.city.upper()} • {p.phone} • {p.email}", "", "EMPLOYMENT HISTORY"]
    for r in p.roles:
        lines += [f"{r.company.upper()}, {r.city.upper()}, {r.position.upper()}"]
        lines += [f"{_ym(r.start, 'caps')} – {_ym(r.end, 'caps')}", *_bullets(r)]
    lines += ["", "ACADEMIC BACKGROUND", *_education_lines(p, "two_line"), "", "CORE COMPETENCIES"]
    lines += ["  ".join(p.skills)]
    return lines


def two_line(p: Person) -> list[str]:
    lines = [
        p.name,
        f"{p.email} · {p.phone} · {p.city}",
        "",
        "Profile",
        p.summary,
        "",
        "Experience",
    ]
    for r in p.roles:
        lines += [
            f"{r.position}    {_ym(r.start, 'mon')} - {_ym(r.end, 'mon')}",
            f"{r.company}  {r.city}",
        ]
        lines += _bullets(r)
    lines += ["", "Education", *_education_lines(p, "two_line"), "", "Technical Skills"]
    lines += [" ".join(p.skills)]
    return lines


def stacked(p: Person) -> list[str]:
    lines = [p.name, f"{p.phone} • {p.email} • {p.city}", "", "Employment"]
    for r in p.roles:
        lines += [
            r.company,
            r.position,
            r.city,
            f"{_ym(r.start, 'numeric')} - {_ym(r.end, 'numeric')}",
        ]
        lines += [b for b in r.bullets]
    lines += [
        "",
        "Education",
        *_education_lines(p, "two_line"),
        "",
        "Key Skills",
        ", ".join(p.skills),
    ]
    return lines


def dates_left(p: Person) -> list[str]:
    lines = [p.name, p.city, p.phone, p.email, "", "Professional Summary", p.summary, ""]
    lines.append("Experience")
    for r in p.roles:
        end = "Present" if r.end is None else str(r.end[0])
        lines.append(f"{r.start[0]} – {end} {r.position}, {r.company}, {r.city}")
        lines.append(" ".join(r.bullets) + ".")
    lines += ["", "Education"]
    lines += [
        f"{s.year - 4} – {s.year} {s.degree} in {s.field}, {s.institution}" for s in p.schools
    ]
    lines += ["", "Skills", ", ".join(p.skills)]
    return lines


def sidebar(p: Person) -> list[str]:
    lines = ["CONTACT", p.email, p.phone, p.city, "SKILLS", *p.skills, "EXPERIENCE"]
    for r in p.roles:
        lines += [r.position, r.company, f"{_ym(r.start, 'mon')} - {_ym(r.end, 'mon')}", r.city]
        lines += _bullets(r)
    lines += ["EDUCATION", *_education_lines(p, "two_line"), p.name]
    return lines


LAYOUTS: dict[str, tuple[Callable[[Person], list[str]], bool]] = {
    # name -> (renderer, dates written as years only)
    "classic": (classic, False),
    "position_at": (position_at, False),
    "pipes": (pipes, False),
    "caps": (caps, False),
    "two_line": (two_line, False),
    "stacked": (stacked, False),
    "dates_left": (dates_left, True),
    "sidebar": (sidebar, False),
}


def _probe_skills(person: Person) -> list[str]:
    """Probe skills the person's data mentions anywhere (skills list, summary, bullets)."""
    words = [*person.skills, *person.summary.split()]
    words += [w for r in person.roles for b in r.bullets for w in b.split()]
    return sorted({PROBE_SKILLS[w.lower()] for w in words if w.lower() in PROBE_SKILLS})


def labelled_fixtures() -> list[Labelled]:
    out = []
    for person in PEOPLE:
        for layout, (render, year_only) in LAYOUTS.items():
            upper = layout == "caps"
            out.append(
                Labelled(
                    layout=layout,
                    text="\n".join(render(person)) + "\n",
                    name=person.name,
                    email=person.email,
                    phone=person.phone_e164,
                    companies=[r.company.upper() if upper else r.company for r in person.roles],
                    positions=[r.position.upper() if upper else r.position for r in person.roles],
                    dates=[_label_dates(r, year_only) for r in person.roles],
                    institutions=[s.institution for s in person.schools],
                    skills=_probe_skills(person),
                )
            )
    return out
