"""Whole-resume stress set (round 15, issue 14): invented resumes whose every part is drawn at
random (fixed seed) and whose truth is known by construction.

The other stress sets vary one field around a fixed CV; this one lets the fields meet. Each
resume combines: a header shape (name / title / contact order, separators, a town line, a
job-board line), a regional style (US, UK, Indian, European: section headings, their order,
towns, phones, degrees), how headings are written (as is, capitals, a trailing colon), one to
eight roles whose entry shapes are drawn from the role stress set's layouts (a main shape and,
the way people are inconsistent, another one now and then) and dates in one of several shapes,
one to three schools in the education stress set's orders (school-leaving exams too), a skills
shape (comma list, bullets, table rows, category rows, one line with bullets, prose only),
optional summary / projects / certifications / languages / interests / references / personal
details, and page-2 headers or footers; rendered as plain text, DOCX (python-docx) or PDF
(fpdf2, the layout stress set's ``Page``), extracted as the service does and parsed.

Scored per field with bench/eval's own matcher (``score_doc``, ``similar``): name, e-mail,
phone, location, companies, titles, role start years, institutions, degrees, graduation years,
skills. Every miss is put in a failure CLASS named by the generator choices that made it (for
a missed role: its entry shape; a value read wrongly: the section its text came from); prints
the 20 biggest classes, the miss rate per resume-level choice, and writes a JSON summary:

    .venv/bin/python -m bench.resume_stress [-v] [--n N] [--json PATH] [id part ...]

``-v`` prints each picked resume's text and what was read (use it with an id). Every name,
employer, school and bullet is invented.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.resume.parser import parse_resume
from bench.edu_stress import ORDERS as EDU_ORDERS
from bench.edu_stress import _lines as edu_lines
from bench.eval.common import PR, similar
from bench.eval.resumes import Doc, fields_of, score_doc
from bench.layout_stress import DEJAVU, Page, docx_bytes, docx_doc
from bench.role_stress import BULLETS as ROLE_BULLETS
from bench.role_stress import GAP, LAYOUTS, Role

SEED = 15
N_RESUMES = 300
TODAY = date(2026, 12, 1)
FORMATS = ("text", "docx", "pdf")
FIELDS = (
    "name",
    "email",
    "phone",
    "location",
    "companies",
    "titles",
    "role_starts",
    "institutions",
    "degrees",
    "grad_years",
    "skills",
)
JSON_OUT = Path(__file__).with_name("resume_stress.json")

FIRST = ("Jane", "Tessa", "Oren", "Mira", "Callum", "Anika", "Rohan", "Ines", "Lukas", "Dara")
LAST = (
    "Quillfeather",
    "Brackenridge",
    "Thornwick",
    "Ashcombe",
    "Pellinor",
    "Varden",
    "Merriweather",
    "Oakhurst",
    "Fennimore",
    "Calloway",
)
EMPLOYERS = (
    "Acme Robotics",
    "Brightwater Foods Ltd",
    "Zentrix",
    "Korvath Logistics",
    "Halvern Media Group",
    "Tollbridge Outfitters",
    "Copperfield Dairy",
    "Kestrel Print Ltd",
    "Fenwick Bikes",
    "Larkspur Hotel",
    "Brindle Books",
    "Pinecrest Logistics",
    "Northgate Advisory",
    "Vortel Bank",
    "Harlow Insurance",
    "Tarsel Software Pvt. Ltd.",
    "Glimmerbank Credit Union",
    "Orvane Technologies",
    "Duskfield Analytics",
    "Velloran Consulting GmbH",
    "Ridgefield General Hospital",
    "Lakemont City Council",
)
TITLES = (
    "Software Engineer",
    "Project Manager",
    "Data Analyst",
    "Senior Accountant",
    "Store Manager",
    "Registered Nurse",
    "Marketing Coordinator",
    "Operations Manager",
    "Customer Service Representative",
    "Business Analyst",
    "Mechanical Engineer",
    "HR Generalist",
    "Sales Associate",
    "Graphic Designer",
    "Financial Analyst",
    "Office Administrator",
    "Quality Engineer",
    "Warehouse Supervisor",
)
# (round 15) titles whose last word no title list may hold, and employers named by plain words
# (no legal suffix, no industry word): the pools one resume's roles draw from
TRADE_TITLES = (
    "Barista",
    "Line Cook",
    "Merchandiser",
    "Phlebotomist",
    "Dishwasher",
    "Groundskeeper",
    "Paraprofessional",
    "Loan Processor",
    "Claims Adjuster",
    "Shelf Stocker",
    "Welder",
    "Machinist",
    "Plumber",
    "Florist",
    "Underwriter",
    "Caretaker",
    "Medical Scribe",
)
PLAIN_EMPLOYERS = (
    "Blue Heron",
    "The Copper Kettle",
    "Maple and Main",
    "Silver Birch",
    "Harbour Lights",
    "Redwood & Pine",
    "Juniper Street",
    "Golden Acre",
    "Quiet Fox",
    "Tidewater Row",
)
BULLETS = (
    *ROLE_BULLETS,
    ("- Planned the spring stock count with the floor team.", "- Set up a rota for weekend cover."),
    ("• Wrote the monthly supplier letters.", "• Checked the delivery notes against orders."),
    ("* Looked after the visitor sign-in desk.", "* Booked rooms for the quarterly meetings."),
    ("Handled the returns counter on market days.", "Showed new staff the till routine."),
    ("- Sorted the archive boxes by year and team.", "- Took minutes at the Monday huddle."),
)
SKILLS = (
    "Python",
    "SQL",
    "Excel",
    "Tableau",
    "Java",
    "AutoCAD",
    "Salesforce",
    "QuickBooks",
    "Photoshop",
    "Git",
    "Docker",
    "Power BI",
    "SAP",
    "Jira",
    "JavaScript",
    "Linux",
    "Figma",
    "SPSS",
    "Kubernetes",
    "Microsoft Word",
)
SCHOOLS = (
    "Lakemont State University",
    "Tarnwick College",
    "Pellham State University",
    "Northfield College",
    "Harrowgate Institute of Technology",
    "University of Elmstead",
    "Brackwater Polytechnic",
)
SCHOOLS_LEAVING = ("Kestrel Valley Academy", "Greywater Public School", "St. Aldwyn's High School")

STYLES = ("US", "UK", "IN", "EU")
TOWNS = {
    "US": ("Austin, TX", "Denver, CO", "Columbus, OH"),
    "UK": ("Leeds, UK", "Bristol", "Manchester, United Kingdom"),
    "IN": ("Pune, Maharashtra", "Chennai, Tamil Nadu", "Jaipur"),
    "EU": ("Lyon, France", "Munich, Germany", "Porto, Portugal"),
}
PHONES = {
    "US": ("(512) 555-0147", "+1 303 555 0182"),
    "UK": ("+44 7700 900123", "07700 900456"),
    "IN": ("+91 98765 43210", "9876501234"),
    "EU": ("+49 151 2345 6789", "+33 6 12 34 56 78"),
}
# (experience, education, skills, summary, projects, certifications, languages, interests,
#  references) headings per style
HEADINGS = {
    "US": (
        ("Experience", "Professional Experience", "Work History", "Relevant Experience"),
        ("Education",),
        ("Skills", "Technical Skills", "Core Competencies"),
        ("Summary", "Professional Summary"),
        ("Projects",),
        ("Certifications",),
        ("Languages",),
        ("Interests",),
        ("References",),
    ),
    "UK": (
        ("Employment History", "Career History", "Work Experience", "Employment"),
        ("Education and Qualifications", "Education"),
        ("Key Skills", "Skills"),
        ("Personal Profile", "Profile"),
        ("Projects",),
        ("Training and Certificates",),
        ("Languages",),
        ("Hobbies and Interests",),
        ("References",),
    ),
    "IN": (
        ("Work Experience", "Professional Experience", "Organisational Experience"),
        ("Academic Qualifications", "Educational Qualification", "Education", "Academic Profile"),
        ("Technical Skills", "Skill Set", "IT Skills"),
        ("Career Objective", "Objective"),
        ("Academic Projects", "Projects"),
        ("Certifications",),
        ("Languages Known",),
        ("Hobbies",),
        ("Declaration",),
    ),
    "EU": (
        ("Work experience", "Professional experience", "Professional career"),
        ("Education and training", "Studies"),
        ("Digital skills", "Skills"),
        ("About me", "Profile"),
        ("Projects",),
        ("Certificates",),
        ("Language skills",),
        ("Interests",),
        ("References",),
    ),
}
SECTION_KEYS = (
    "experience",
    "education",
    "skills",
    "summary",
    "projects",
    "certifications",
    "languages",
    "interests",
    "references",
)
ORDERS = {
    "exp, edu, skills": ("experience", "education", "skills"),
    "edu, exp, skills": ("education", "experience", "skills"),
    "skills, exp, edu": ("skills", "experience", "education"),
    "exp, skills, edu": ("experience", "skills", "education"),
}
# degrees per style: (as written, the degree the truth holds or "", school-leaving)
DEGREES = {
    "US": (
        ("B.S. in Biology", "B.S. in Biology", False),
        ("Bachelor of Science in Economics", "Bachelor of Science in Economics", False),
        ("M.S. Computer Science", "M.S. Computer Science", False),
        ("MBA", "MBA", False),
        ("High School Diploma", "High School Diploma", True),
    ),
    "UK": (
        ("BSc (Hons) Psychology", "BSc Psychology", False),
        ("MSc Data Science", "MSc Data Science", False),
        ("BA (Hons) History", "BA History", False),
        ("A-Levels: Maths (A), Physics (B), Art (B)", "A-Levels", True),
        # not a degree in the labels' convention (dotin leaves GCSEs unlabelled): school and
        # year only
        ("GCSEs: 9 subjects including English and Maths", "", True),
    ),
    "IN": (
        ("B.Tech in Mechanical Engineering", "B.Tech in Mechanical Engineering", False),
        ("B.Com", "B.Com", False),
        ("MBA (Finance)", "MBA Finance", False),
        ("HSC (12th)", "HSC", True),
        ("SSC (10th)", "SSC", True),
    ),
    "EU": (
        ("Master in Business Administration", "Master in Business Administration", False),
        ("Bachelor of Arts in Ceramics", "Bachelor of Arts in Ceramics", False),
        ("MSc in Mechanical Engineering", "MSc in Mechanical Engineering", False),
        ("Abitur", "Abitur", True),
    ),
}
# how a school's year is written: the end year -> the text
WHENS = {
    "year": lambda y: f"{y}",
    "range": lambda y: f"{y - 3} – {y}",
    "month year": lambda y: f"May {y}",
    "graduated": lambda y: f"Graduated: {y}",
    "class of": lambda y: f"Class of {y}",
    "month range": lambda y: f"09/{y - 3} – 06/{y}",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# role dates: ((start year, month), (end year, month) or None for current) -> text
DATE_SHAPES = {
    "Mon YYYY – Mon YYYY": lambda s, e: f"{_mon(s)} – {_mon(e) if e else 'Present'}",
    "MM/YYYY - MM/YYYY": lambda s, e: (
        f"{s[1]:02d}/{s[0]} - " + (f"{e[1]:02d}/{e[0]}" if e else "Current")
    ),
    "YYYY – YYYY": lambda s, e: f"{s[0]} – {e[0] if e else 'Present'}",
    "Month YYYY to Month YYYY": lambda s, e: (
        f"{LONG[s[1] - 1]} {s[0]} to " + (f"{LONG[e[1] - 1]} {e[0]}" if e else "date")
    ),
    "Mon 'YY – Mon 'YY": lambda s, e: (
        f"{MONTHS[s[1] - 1]} '{s[0] % 100:02d} – "
        + (f"{MONTHS[e[1] - 1]} '{e[0] % 100:02d}" if e else "Now")
    ),
    "Mon-YYYY to Mon-YYYY": lambda s, e: (
        f"{MONTHS[s[1] - 1]}-{s[0]} to " + (f"{MONTHS[e[1] - 1]}-{e[0]}" if e else "Till Date")
    ),
    "MM.YYYY – MM.YYYY": lambda s, e: (
        f"{s[1]:02d}.{s[0]} – " + (f"{e[1]:02d}.{e[0]}" if e else "today")
    ),
}
HEADERS = (
    "N/T/E | P | L",
    "N/E • P • L",
    "N/T/L/P/E",
    "N | T/P | E/L",
    "T/N/E · P · L",
    "N/labelled lines",
    "CV/N/L | P | E",
    "N/E/P/L/linkedin",
    "N  E  P/L",
    "N/T | L/P | E",
)
NAME_STYLES = ("Title Case", "CAPITALS", "middle initial")
JOB_BOARD = ("none", "none", "Indeed e-mail line", "willing to relocate", "work authorisation")
HEADING_CASES = ("as is", "CAPITALS", "colon")
SKILL_SHAPES = (
    "comma list",
    "bullets",
    "table rows",
    "category rows",
    "one line, bullets",
    "prose only",
)
PAGE2 = ("none", "none", "Page N of M footer", "name – page 2 header", "name | e-mail header")
OPTIONAL = ("summary", "projects", "certifications", "languages", "interests", "references")


def _mon(ym: tuple[int, int]) -> str:
    return f"{MONTHS[ym[1] - 1]} {ym[0]}"


@dataclass
class Line:
    text: str
    section: str  # "header", a SECTION_KEYS key, "personal", "page2"
    heading: bool = False
    role_form: str = ""  # the entry shape of the role the line belongs to


@dataclass
class Resume:
    id: str
    choices: dict[str, str]
    lines: list[Line]
    truth: dict[str, list[str]]
    roles: list[tuple[str, str, str, str]]  # (employer, title, start year, entry shape)
    schools: list[tuple[str, str, str, str]]  # (school, degree, year, entry shape)
    text: str = ""
    extracted: str = ""
    got: dict[str, list[list[str]]] = field(default_factory=dict)


def _heading(text: str, case: str) -> str:
    if case == "CAPITALS":
        return text.upper()
    if case == "colon":
        return f"{text}:"
    return text


def _header(rnd: random.Random, style: str, ch: dict[str, str]) -> tuple[list[str], dict]:
    first, last = rnd.choice(FIRST), rnd.choice(LAST)
    name = f"{first} {last}"
    shown = {
        "Title Case": name,
        "CAPITALS": name.upper(),
        "middle initial": f"{first} {rnd.choice('ABCDEKLMR')}. {last}",
    }[ch["name style"]]
    title = rnd.choice(TITLES)
    email = f"{first}.{last}@example.com".lower()
    phone = rnd.choice(PHONES[style])
    town = rnd.choice(TOWNS[style])
    E, P, L = email, phone, town
    h = ch["header"]
    lines = {
        "N/T/E | P | L": [shown, title, f"{E} | {P} | {L}"],
        "N/E • P • L": [shown, f"{E} • {P} • {L}"],
        "N/T/L/P/E": [shown, title, L, P, E],
        "N | T/P | E/L": [f"{shown} | {title}", f"{P} | {E}", L],
        "T/N/E · P · L": [title, shown, f"{E} · {P} · {L}"],
        "N/labelled lines": [shown, f"Address: 14 Quarry Lane, {L}", f"Phone: {P}", f"Email: {E}"],
        "CV/N/L | P | E": ["Curriculum Vitae", shown, f"{L} | {P} | {E}"],
        "N/E/P/L/linkedin": [shown, E, P, L, f"linkedin.com/in/{first}{last}".lower()],
        "N  E  P/L": [f"{shown}{GAP}{E}{GAP}{P}", L],
        "N/T | L/P | E": [shown, f"{title} | {L}", f"{P} | {E}"],
    }[h]
    board = {
        "none": [],
        "Indeed e-mail line": [f"Email me on Indeed: indeed.com/r/{first}-{last}/a1b2c3d4"],
        "willing to relocate": ["Willing to relocate: Anywhere"],
        "work authorisation": ["Authorized to work in the US for any employer"],
    }[ch["job board"]]
    truth = {"name": [name], "email": [email], "phone": [phone], "location": [town]}
    return lines + board, truth


def _spans(rnd: random.Random, n: int) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """``n`` roles, the latest first and current, each one to four years, gaps now and then."""
    out: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    end: tuple[int, int] | None = None
    year, month = 2026, 10
    for k in range(n):
        months = rnd.randint(8, 48)
        total = year * 12 + month - 1 - months
        start = (total // 12, total % 12 + 1)
        out.append((start, end))
        gap = rnd.choice((1, 1, 2, 5))
        total -= gap
        year, month = total // 12, total % 12 + 1
        end = (year, month)
        del k
    return out


WRAPPED = (
    "- Led a team of four testers on the release plan and wrote the weekly notes",
    "  that went to the board each Friday.",
    "- Cut the monthly report time by half by moving the sheets to one shared",
    "  folder.",
)
# Entry shapes the role stress set lacks (round 15): the role told in a sentence, and bullets
# wrapped onto a second line with no marker.
EXTRA_FORMS: dict[str, Callable[[Role, tuple[str, str]], str]] = {
    "sentence: worked as T at C (D)": lambda r, b: (
        f"Worked as {r.title} at {r.employer} ({r.dates}), looking after the daily plan.\n"
        + "\n".join(b)
    ),
    "T/C/D, wrapped bullets": lambda r, b: (
        f"{r.title}\n{r.employer}\n{r.dates}\n" + "\n".join(WRAPPED)
    ),
}
FORMS = {**LAYOUTS, **EXTRA_FORMS}


def _experience(
    rnd: random.Random, style: str, ch: dict[str, str]
) -> tuple[list[Line], list[tuple]]:
    n = int(ch["roles"])
    spans = _spans(rnd, n)
    forms = list(FORMS)
    main, other = ch["role shape"], rnd.choice(forms)
    pool = {
        "cue words": EMPLOYERS,
        "plain words": PLAIN_EMPLOYERS,
        "mixed": EMPLOYERS + PLAIN_EMPLOYERS,
    }
    employers = rnd.sample(pool[ch["employers"]], n)
    titles = {"common": TITLES, "trade/service": TRADE_TITLES, "mixed": TITLES + TRADE_TITLES}
    lines: list[Line] = []
    roles = []
    for k, (start, end) in enumerate(spans):
        form = other if k and rnd.random() < 0.3 else main
        dates = DATE_SHAPES[ch["dates"]](start, end)
        title = rnd.choice(titles[ch["titles"]])
        town = rnd.choice((None, None, rnd.choice(TOWNS[style])))
        role = Role(title, employers[k], town, dates, str(start[0]))
        block = FORMS[form](role, BULLETS[rnd.randrange(len(BULLETS))])
        if k:
            lines.append(Line("", "experience"))
        lines += [Line(t, "experience", role_form=form) for t in block.split("\n")]
        roles.append((employers[k], title, str(start[0]), form))
    return lines, roles


def _education(rnd: random.Random, style: str, ch: dict[str, str]) -> tuple[list[Line], list]:
    degrees = DEGREES[style]
    picks = rnd.sample(range(len(degrees)), int(ch["schools"]))
    year = rnd.randint(2008, 2022)
    lines: list[Line] = []
    schools = []
    for k, i in enumerate(sorted(picks)):
        written, want, leaving = degrees[i]
        school = rnd.choice(SCHOOLS_LEAVING if leaving else SCHOOLS)
        when = WHENS[ch["edu year"]](year)
        order = ch["edu order"]
        if k:
            lines.append(Line("", "education"))
        for t in edu_lines(order, written, school, when):
            lines.append(Line(t.replace("  ", GAP), "education", role_form=order))
        schools.append((school, want, str(year), order))
        year -= rnd.choice((2, 3, 4))
    return lines, schools


def _skills(rnd: random.Random, shape: str) -> tuple[list[str], list[str]]:
    """The skills section's lines (none for "prose only") and the skills listed."""
    listed = rnd.sample(SKILLS, rnd.randint(4, 9))
    if shape == "comma list":
        return [", ".join(listed)], listed
    if shape == "bullets":
        return [f"• {s}" for s in listed], listed
    if shape == "table rows":
        return [" | ".join(listed[i : i + 3]) for i in range(0, len(listed), 3)], listed
    if shape == "category rows":
        cats = ("Programming", "Tools", "Office", "Design")
        rows = [listed[i : i + 3] for i in range(0, len(listed), 3)]
        return [f"{c}: {', '.join(r)}" for c, r in zip(cats, rows, strict=False)], listed
    if shape == "one line, bullets":
        return [" • ".join(listed)], listed
    named = listed[:4]
    return [], named


SUMMARIES = (
    "Calm and steady worker with a habit of finishing what is started.",
    "Six years in busy teams; happiest when the week's plan is clear.",
    "Looking for a role where careful work and good humour both count.",
)
PROSE = "Day to day I work with {} and {}, and I keep learning."


def _optional(key: str, style: str, ch: dict[str, str], truth: dict) -> list[str]:
    if key == "projects":
        return ["Garden Planner – a booking sheet for a community allotment", "- Drew the plots."]
    if key == "certifications":
        return ["Food Hygiene Level 2, 2018", "Level 3 Award in Education and Training, 2020"]
    if key == "languages":
        return ["English (native), French (B2)"]
    if key == "interests":
        return ["Hill walking, chess, baking bread"]
    if key == "references":  # the Indian style's last section is a declaration
        if style == "IN":
            return [
                "I confirm that everything written here is correct as far as I know.",
                f"Place: {truth['location'][0].split(',')[0]}",
            ]
        if ch["references"] == "referee":
            return ["Tom Ashdown, Shift Lead, Marrow Lane Cafe", "Phone: 07700 900987"]
        return ["Available on request"]
    return []


def generate(i: int, seed: int = SEED) -> Resume:
    rnd = random.Random(seed * 100_003 + i)
    style = rnd.choice(STYLES)
    ch = {
        "format": FORMATS[i % len(FORMATS)],
        "style": style,
        "header": rnd.choice(HEADERS),
        "name style": rnd.choice(NAME_STYLES),
        "job board": rnd.choice(JOB_BOARD),
        "heading case": rnd.choice(HEADING_CASES),
        "order": rnd.choice(list(ORDERS)),
        "role shape": rnd.choice(list(FORMS)),
        "dates": rnd.choice(list(DATE_SHAPES)),
        "roles": str(rnd.choice((1, 2, 2, 3, 3, 4, 5, 6, 8))),
        "schools": str(rnd.choice((1, 1, 2, 2, 3))),
        "edu order": rnd.choice(EDU_ORDERS),
        "edu year": rnd.choice(list(WHENS)),
        "skills shape": rnd.choice(SKILL_SHAPES),
        "page 2": rnd.choice(PAGE2),
        "references": rnd.choice(("on request", "referee")),
    }
    # round 15's second pass: the titles' and the employers' pools
    ch["titles"] = rnd.choice(("common", "common", "trade/service", "mixed"))
    ch["employers"] = rnd.choice(("cue words", "cue words", "plain words", "mixed"))
    extras = [k for k in OPTIONAL if rnd.random() < 0.4]
    ch["extras"] = ",".join(extras) or "none"
    head_lines, truth = _header(rnd, style, ch)
    lines = [Line(t, "header") for t in head_lines]
    exp_lines, roles = _experience(rnd, style, ch)
    edu, schools = _education(rnd, style, ch)
    skill_lines, listed = _skills(rnd, ch["skills shape"])
    headings = dict(zip(SECTION_KEYS, HEADINGS[style], strict=True))
    body = {"experience": exp_lines, "education": edu}
    body["skills"] = [Line(t, "skills") for t in skill_lines]
    prose = ch["skills shape"] == "prose only"
    if prose and "summary" not in extras:
        extras.insert(0, "summary")
    for key in extras:
        if key == "summary":
            text = (
                PROSE.format(", ".join(listed[:3]), listed[3]) if prose else rnd.choice(SUMMARIES)
            )
            body[key] = [Line(text, key)]
        else:
            body[key] = [Line(t, key) for t in _optional(key, style, ch, truth)]
    order = [k for k in ("summary",) if k in extras] + list(ORDERS[ch["order"]])
    order += [k for k in extras if k not in order]
    for key in order:
        if not body.get(key):
            continue
        lines.append(Line("", key))
        title = rnd.choice(headings[key])
        lines.append(Line(_heading(title, ch["heading case"]), key, heading=True))
        lines += body[key]
    truth.update(
        companies=[r[0] for r in roles],
        titles=[r[1] for r in roles],
        role_starts=[r[2] for r in roles],
        institutions=[s[0] for s in schools],
        degrees=[s[1] for s in schools if s[1]],
        grad_years=[s[2] for s in schools],
        skills=listed,
    )
    slug = re.sub(r"[^A-Za-z0-9]+", "_", f"{ch['format']}-{style}-{ch['header']}").strip("_")
    return Resume(f"{i:03d}-{slug}", ch, lines, truth, roles, schools)


def _page2_line(r: Resume, page: int, pages: int) -> str:
    name, email = r.truth["name"][0], r.truth["email"][0]
    return {
        "Page N of M footer": f"Page {page} of {pages}",
        "name – page 2 header": f"{name} – page {page}",
        "name | e-mail header": f"{name} | {email}",
    }[r.choices["page 2"]]


def render_text(r: Resume) -> str:
    """Plain text; a page-2 header or footer goes in at the middle line, as a PDF's text
    puts it wherever the page broke (inside a role too)."""
    out = [ln.text for ln in r.lines]
    if r.choices["page 2"] != "none":
        mid = len(out) // 2
        mark = _page2_line(r, 1 if "footer" in r.choices["page 2"] else 2, 2)
        out[mid:mid] = [mark]
    return "\n".join(out) + "\n"


def render_docx(r: Resume) -> bytes:
    d = docx_doc()
    mid = len(r.lines) // 2
    table = None
    for n, ln in enumerate(r.lines):
        if n == mid and r.choices["page 2"] != "none":
            d.add_page_break()
        table_row = ln.section == "skills" and ln.text and not ln.heading
        if table_row and r.choices["skills shape"] == "table rows":
            table = table or d.add_table(rows=0, cols=3)
            for c, t in zip(table.add_row().cells, ln.text.split(" | "), strict=False):
                c.text = t
            continue
        p = d.add_paragraph()
        run = p.add_run(ln.text.replace(GAP, "\t"))
        run.bold = ln.heading or (n == 0 and ln.section == "header")
    if r.choices["page 2"] != "none":
        part = d.sections[0].footer if "footer" in r.choices["page 2"] else d.sections[0].header
        part.paragraphs[0].text = _page2_line(r, 1, 2)
    return docx_bytes(d)


class _Page(Page):
    """The layout stress set's page, in a Unicode font (dashes, bullets, middle dots)."""

    def __init__(self) -> None:
        super().__init__()
        self.pdf.add_font("dv", "", DEJAVU)  # one regular file: "bold" lines in it too

    def t(self, x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        self.pdf.set_font("dv", size=size)
        self.pdf.text(x, y, text)

    def right(self, xr: float, y: float, text: str, size: float = 10) -> None:
        self.pdf.set_font("dv", size=size)
        self.pdf.text(xr - self.pdf.get_string_width(text), y, text)


def render_pdf(r: Resume) -> bytes:
    """One line a row; a line's part after a wide gap drawn right-aligned (dates at the
    right edge), table rows in three columns; a second page at the middle line when the
    resume has a page-2 header or footer, else when the first is full."""
    p = _Page()
    y, mid, page2 = 50.0, len(r.lines) // 2, r.choices["page 2"]
    for n, ln in enumerate(r.lines):
        if y > 790 or (n == mid and page2 != "none"):
            if page2 != "none" and "footer" in page2:
                p.t(260, 820, _page2_line(r, 1, 2), 8)
            p.pdf.add_page()
            y = 50.0
            if page2 != "none" and "header" in page2:
                p.t(40, 30, _page2_line(r, 2, 2), 8)
        if not ln.text:
            y += 6
            continue
        size, style = (16, "B") if n == 0 else (11, "B") if ln.heading else (10, "")
        if ln.section == "skills" and r.choices["skills shape"] == "table rows" and not ln.heading:
            for k, cell in enumerate(ln.text.split(" | ")):
                p.t(40 + 170 * k, y, cell)
        elif GAP in ln.text or "\t" in ln.text:
            left, right = re.split(rf"{GAP}|\t", ln.text, maxsplit=1)
            p.t(40, y, left, size, style)
            p.right(555, y, right.strip())
        else:
            p.t(40, y, ln.text, size, style)
        y += size + 4
    return p.bytes()


def document_text(r: Resume) -> str:
    """The text the service would parse for the resume's format."""
    fmt = r.choices["format"]
    if fmt == "text":
        return render_text(r)
    data, name = (render_docx(r), "cv.docx") if fmt == "docx" else (render_pdf(r), "cv.pdf")
    got = extract_text(data, name)
    return got.visible_text or got.text


def read(r: Resume) -> Resume:
    r.text = render_text(r)
    r.extracted = document_text(r)
    parsed = parse_resume(r.extracted, today=TODAY)
    r.got = fields_of(parsed)
    r.got["phone"] = [[parsed.contact.phone]] if parsed.contact.phone else []
    r.got["role_starts"] = [[w.start[:4]] for w in parsed.work_experience if w.start]
    return r


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)[-9:]


def score(r: Resume, counts: dict[str, PR]) -> None:
    """The eval's own scoring of the fields it knows; phone by its last nine digits."""
    gold = {k: v for k, v in r.truth.items() if k not in ("phone", "role_starts")}
    score_doc(Doc("stress", "all", r.id, r.extracted, gold), r.got, counts)
    phone = [_digits(a[0]) for a in r.got.get("phone", [])]
    counts.setdefault("phone", PR()).add(phone, [_digits(p) for p in r.truth["phone"]])
    starts = [a[0] for a in r.got.get("role_starts", [])]
    counts.setdefault("role_starts", PR()).add(starts, r.truth["role_starts"])


def _source(r: Resume, value: str) -> str:
    """Where a value read wrongly came from: the section (and entry shape) of the first
    line holding it, else "nowhere"."""
    words = value.casefold().split()
    for ln in r.lines:
        low = ln.text.casefold()
        if value.casefold() in low or (words and all(w in low for w in words)):
            return f"{ln.section} {ln.role_form}".strip()
    return "nowhere (cut or glued)"


def _matches(got: list[str], want: list[str]) -> tuple[set[int], set[int]]:
    """Greedy pairs of the eval's ``similar``: (gold matched, predicted matched)."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    for i, p in enumerate(got):
        for j, g in enumerate(want):
            if j not in used_g and similar(p, g):
                used_g.add(j)
                used_p.add(i)
                break
    return used_g, used_p


def _shown(alts: list[list[str]], gold: list[str]) -> list[str]:
    out = []
    for a in alts:
        out.append(next((x for x in a if any(similar(x, g) for g in gold)), a[0]))
    return out


def failure_classes(r: Resume) -> list[str]:
    """Each miss of the resume as a class: field, FN or FP and the choices behind it."""
    ch = r.choices
    out = []
    item_axis = {
        "name": f"header={ch['header']}, name style={ch['name style']}",
        "email": f"header={ch['header']}",
        "phone": f"header={ch['header']}, style={ch['style']}",
        "location": f"header={ch['header']}, style={ch['style']}, board={ch['job board']}",
        "skills": f"skills shape={ch['skills shape']}",
    }
    per_item = {
        "companies": [(x[0], f"role shape={x[3]}, employers={ch['employers']}") for x in r.roles],
        "titles": [(x[1], f"role shape={x[3]}, titles={ch['titles']}") for x in r.roles],
        "role_starts": [(x[2], f"role shape={x[3]}, dates={ch['dates']}") for x in r.roles],
        "institutions": [(x[0], f"edu order={x[3]!r}") for x in r.schools],
        "degrees": [(x[1], f"edu order={x[3]!r}, degree={x[1]}") for x in r.schools if x[1]],
        "grad_years": [(x[2], f"edu order={x[3]!r}, year={ch['edu year']}") for x in r.schools],
    }
    for f in FIELDS:
        want = r.truth[f]
        got = _shown(r.got.get(f, []), want)
        if f == "phone":
            got, want = [_digits(p) for p in got], [_digits(p) for p in want]
        used_g, used_p = _matches(got, want)
        for j in range(len(want)):
            if j not in used_g:
                why = per_item[f][j][1] if f in per_item else item_axis[f]
                out.append(f"{f} FN | {why}")
        for i, p in enumerate(got):
            if i not in used_p and f not in ("phone",):
                where = _source(r, p) if f not in ("role_starts", "grad_years") else ""
                why = where or (item_axis.get(f) or f"dates={ch['dates']}")
                if f == "skills":  # where in a role does not matter; a skills shape does
                    why = f"{why}; {item_axis[f]}" if why == "skills" else why.split()[0]
                out.append(f"{f} FP | from {why}")
    return out


def run(picks: list[str], n: int = N_RESUMES, verbose: bool = False) -> dict:
    chosen = [
        r for r in (generate(i) for i in range(n)) if not picks or any(p in r.id for p in picks)
    ]
    counts: dict[str, PR] = {}
    classes: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    by_choice: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in chosen:
        read(r)
        score(r, counts)
        misses = failure_classes(r)
        for m in misses:
            classes[m] += 1
            if len(examples[m]) < 3:
                examples[m].append(r.id)
        for axis, value in r.choices.items():
            if axis in (
                "format",
                "style",
                "heading case",
                "order",
                "page 2",
                "job board",
                "extras",
            ):
                for v in value.split(",") if axis == "extras" else [value]:
                    by_choice[axis, v][0] += 1
                    by_choice[axis, v][1] += len(misses)
        if verbose:
            print(f"=== {r.id} {r.choices}\n{r.extracted}\n--- misses: {misses}\n")
    fields = {f: counts[f].figures() for f in FIELDS if f in counts}
    return {
        "resumes": len(chosen),
        "seed": SEED,
        "fields": fields,
        "classes": [
            {"class": c, "count": k, "examples": examples[c]} for c, k in classes.most_common()
        ],
        "misses_per_resume_by_choice": {
            f"{a}={v}": round(m / n_, 2) for (a, v), (n_, m) in sorted(by_choice.items())
        },
    }


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    n, out = N_RESUMES, JSON_OUT
    if "--n" in args:
        k = args.index("--n")
        n = int(args[k + 1])
        del args[k : k + 2]
    if "--json" in args:
        k = args.index("--json")
        out = Path(args[k + 1])
        del args[k : k + 2]
    summary = run(args, n, verbose)
    print(f"{summary['resumes']} resumes (seed {SEED})\n\nfield          P      R")
    for f, fig in summary["fields"].items():
        print(f"{f:13s} {fig['precision']!s:6s} {fig['recall']!s:6s}")
    print("\nworst 20 failure classes:")
    for c in summary["classes"][:20]:
        print(f"  {c['count']:4d}  {c['class']}   e.g. {', '.join(c['examples'][:2])}")
    print("\nmisses per resume by choice:")
    for k, v in summary["misses_per_resume_by_choice"].items():
        print(f"  {v:6.2f}  {k}")
    out.write_text(json.dumps(summary, indent=1) + "\n")
    print(f"\nwritten {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
