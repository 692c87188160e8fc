"""Resume parser: fixtures with known answers (several layouts), units, properties, samples.

Skill assertions only use skills every taxonomy knows (Python, SQL, Kubernetes/k8s,
communication) and check membership, so they hold for the real index too.
"""

from __future__ import annotations

import functools
import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atspro.analysis.resume import dates, sections
from atspro.analysis.resume.parser import EmptyResumeText, parse_resume
from atspro.analysis.resume.text import normalise
from atspro.models import EducationLevel, Resume

TODAY = date(2025, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def role_tuples(resume: Resume) -> list[tuple]:
    return [
        (r.position, r.company, r.location, r.start, r.end, r.is_current)
        for r in resume.work_experience
    ]


# ---------------------------------------------------------------------------- fixtures ---

CLASSIC = """\
Jane Q. Public
Austin, TX | (512) 555-0198 | jane.public@example.com | linkedin.com/in/janepublic | github.com/janeq

PROFESSIONAL SUMMARY
Backend engineer with 6 years of experience building data platforms in Python and SQL.
Known for clear communication and calm incident response.

WORK EXPERIENCE
Acme Analytics Inc. — Senior Software Engineer
Austin, TX
Jan 2021 – Present
• Designed a streaming pipeline in Python that processes 2M events per day
• Cut cloud costs by 30% by moving batch jobs to Kubernetes
Globex Corporation — Software Engineer
Dallas, TX
06/2018 - 12/2020
• Built REST APIs and SQL reporting used by 40 analysts
• Mentored two interns

EDUCATION
University of Texas at Austin
B.S. in Computer Science, May 2018
GPA: 3.7/4.0

SKILLS
Python, SQL, Kubernetes, Docker, communication

CERTIFICATIONS
AWS Certified Solutions Architect - Amazon Web Services - 2022

LANGUAGES
English (Native), Spanish (Professional working proficiency)

PROJECTS
Tiny Queue
• A minimal task queue in Python; see github.com/janeq/tiny-queue
"""

POSITION_AT = """\
Marco Rossi
marco.rossi@example.it
+39 02 1234 5678
Milan, Italy

Summary
Data engineer who likes clean pipelines.

Experience
Data Engineer at Fintech Srl, Milan, Italy    March 2019 to June 2022
- Built ETL jobs in Python and SQL
- Ran the team's k8s cluster
Junior Developer at Startup Lab, Turin, Italy    Sep 2017 - Feb 2019
- Wrote internal tools

Education
Master of Science in Data Science, Politecnico di Milano, 2017
Bachelor of Engineering in Computer Engineering, University of Turin, 2015
"""

PIPES = """\
Priya Sharma | priya.sharma@example.in | +91 98765 43210 | Bengaluru, India

SKILLS
Python • SQL • Kubernetes

EXPERIENCE
Lead Developer | Infosys Ltd | Bengaluru, India | 2020 – now
• Led a team of 8 developers
Developer | Wipro | Pune, India | 2016-2020
• Built payment services

EDUCATION
B.Tech | Indian Institute of Technology Bombay | 2016
"""

ALL_CAPS = """\
ROBERT BROWN
CHICAGO, IL • 312-555-0123 • ROBERT.BROWN@EXAMPLE.COM

OBJECTIVE
SEEKING A ROLE AS A SUPPLY CHAIN ANALYST.

EMPLOYMENT HISTORY
NORTHWIND TRADERS, CHICAGO, IL, SUPPLY CHAIN ANALYST
AUG 2019 – CURRENT
• FORECAST DEMAND FOR 300 PRODUCTS USING SQL
CONTOSO LTD, EVANSTON, IL, INVENTORY COORDINATOR
FEB 2016 – JUL 2019
• MANAGED STOCK LEVELS

ACADEMIC BACKGROUND
NORTHWESTERN UNIVERSITY
BACHELOR OF ARTS IN ECONOMICS
"""

GLUED = """\
Alex Kim
alex.kim@example.com
Skills: Python, SQL, communication
EXPERIENCESoftware Engineer at Initech, Seattle, WA  Jan 2020 - Present
• Shipped the billing service in Python
EDUCATIONUniversity of Washington
BSc Computer Science, 2019
"""

# Sidebar first (contact, skills, languages), then the main column; the name is printed last.
SIDEBAR = """\
CONTACT
sam.lee@example.com
+1 646 555 0147
New York, NY
SKILLS
Python
Kubernetes
SQL
LANGUAGES
English - Native
French - B2
SUMMARY
Platform engineer focused on reliability.
EXPERIENCE
Site Reliability Engineer
Big Bank Corp
New York, NY
Mar 2022 - Present
• Runs Kubernetes clusters for 200 services
Systems Administrator
Hosting Co
Newark, NJ
Jan 2018 - Feb 2022
• Automated server builds
EDUCATION
Rutgers University
B.S. Information Technology
2017
Sam Lee
"""

UK = """\
Oliver Smith
London, UK · 020 7946 0958 · oliver@example.co.uk · oliversmith.dev

Profile
Accountant with a decade in audit.

Career History
Senior Auditor, Deloitte, London, UK
September 2015 – Present
- Led audits for FTSE 250 clients
Audit Associate, KPMG, Manchester, UK
2012 – 2015
- Prepared audit files

Qualifications
Diploma in Accounting, Manchester College, 2011
PhD in Finance, University of Manchester, 2020
"""


def test_classic_single_column_fields():
    r = parse(CLASSIC)
    assert r.contact.full_name == "Jane Q. Public"
    assert r.contact.email == "jane.public@example.com"
    assert r.contact.phone == "+15125550198"
    assert r.contact.location == "Austin, TX"
    assert [(x.kind, x.url) for x in r.contact.links] == [
        ("linkedin", "https://linkedin.com/in/janepublic"),
        ("github", "https://github.com/janeq"),
    ]
    assert r.summary and r.summary.startswith("Backend engineer with 6 years")
    assert r.summary.endswith("calm incident response.")
    assert role_tuples(r) == [
        ("Senior Software Engineer", "Acme Analytics Inc.", "Austin, TX", "2021-01", None, True),
        ("Software Engineer", "Globex Corporation", "Dallas, TX", "2018-06", "2020-12", False),
    ]
    assert r.work_experience[0].bullets == [
        "Designed a streaming pipeline in Python that processes 2M events per day",
        "Cut cloud costs by 30% by moving batch jobs to Kubernetes",
    ]
    assert len(r.work_experience[1].bullets) == 2
    (edu,) = r.education
    assert edu.institution == "University of Texas at Austin"
    assert (edu.degree, edu.level, edu.field) == (
        "B.S.",
        EducationLevel.BACHELOR,
        "Computer Science",
    )
    assert (edu.graduation_date, edu.gpa) == ("2018-05", "3.7/4.0")
    (cert,) = r.certifications
    assert (cert.name, cert.issuer, cert.date) == (
        "AWS Certified Solutions Architect",
        "Amazon Web Services",
        "2022",
    )
    assert [(x.name, x.proficiency) for x in r.languages] == [
        ("English", "Native"),
        ("Spanish", "Professional working proficiency"),
    ]
    assert [p.name for p in r.projects] == ["Tiny Queue"]
    assert r.projects[0].url == "github.com/janeq/tiny-queue"
    assert r.sections == [
        "contact",
        "summary",
        "experience",
        "education",
        "skills",
        "certifications",
        "languages",
        "projects",
    ]
    # Jun 2018 .. Dec 2020 (31 months, end month included) + Jan 2021 .. today (48)
    assert r.total_years_experience == 6.6
    assert r.warnings == []


def test_classic_skills_carry_sections_surfaces_and_counts():
    r = parse(CLASSIC)
    by_name = {s.name: s for s in r.skills}
    assert {"Python", "SQL", "Kubernetes"} <= set(by_name)
    python = by_name["Python"]
    assert python.kind == "hard"
    assert python.surface_forms == ["Python"]
    assert python.sections[:3] == ["summary", "experience", "skills"]
    assert python.count >= 4
    communication = next(s for s in r.skills if s.name.lower() == "communication")
    assert communication.kind == "soft"
    assert communication.sections == ["summary", "skills"]


def test_position_at_company_with_dates_on_the_title_line():
    r = parse(POSITION_AT)
    assert r.contact.full_name == "Marco Rossi"
    assert r.contact.phone == "+390212345678"
    assert r.contact.location == "Milan, Italy"
    assert role_tuples(r) == [
        ("Data Engineer", "Fintech Srl", "Milan, Italy", "2019-03", "2022-06", False),
        ("Junior Developer", "Startup Lab", "Turin, Italy", "2017-09", "2019-02", False),
    ]
    assert r.work_experience[0].bullets == [
        "Built ETL jobs in Python and SQL",
        "Ran the team's k8s cluster",
    ]
    assert [(e.institution, e.level, e.field, e.graduation_date) for e in r.education] == [
        ("Politecnico di Milano", EducationLevel.MASTER, "Data Science", "2017"),
        ("University of Turin", EducationLevel.BACHELOR, "Computer Engineering", "2015"),
    ]
    kubernetes = next(s for s in r.skills if s.name == "Kubernetes")
    assert "k8s" in kubernetes.surface_forms
    assert r.total_years_experience == 4.8  # Sep 2017 .. Jun 2022, no gap


def test_pipe_separated_layout():
    r = parse(PIPES)
    c = r.contact
    assert (c.full_name, c.email, c.phone, c.location) == (
        "Priya Sharma",
        "priya.sharma@example.in",
        "+919876543210",
        "Bengaluru, India",
    )
    assert role_tuples(r) == [
        ("Lead Developer", "Infosys Ltd", "Bengaluru, India", "2020", None, True),
        ("Developer", "Wipro", "Pune, India", "2016", "2020", False),
    ]
    (edu,) = r.education
    assert (edu.degree, edu.level, edu.institution, edu.graduation_date) == (
        "B.Tech",
        EducationLevel.BACHELOR,
        "Indian Institute of Technology Bombay",
        "2016",
    )
    assert r.sections == ["contact", "skills", "experience", "education"]


def test_all_caps_headings_and_company_city_position_lines():
    r = parse(ALL_CAPS)
    assert r.contact.full_name == "Robert Brown"  # all-caps names are title-cased
    assert r.contact.email == "ROBERT.BROWN@EXAMPLE.COM"
    assert r.contact.phone == "+13125550123"
    assert role_tuples(r) == [
        ("SUPPLY CHAIN ANALYST", "NORTHWIND TRADERS", "CHICAGO, IL", "2019-08", None, True),
        ("INVENTORY COORDINATOR", "CONTOSO LTD", "EVANSTON, IL", "2016-02", "2019-07", False),
    ]
    (edu,) = r.education
    assert (edu.institution, edu.degree, edu.level, edu.field) == (
        "NORTHWESTERN UNIVERSITY",
        "BACHELOR OF ARTS",
        EducationLevel.BACHELOR,
        "ECONOMICS",
    )
    assert r.sections == ["contact", "summary", "experience", "education"]


def test_headings_glued_to_text_and_inline_skills():
    r = parse(GLUED)
    assert r.sections == ["contact", "skills", "experience", "education"]
    assert role_tuples(r) == [
        ("Software Engineer", "Initech", "Seattle, WA", "2020-01", None, True),
    ]
    assert r.work_experience[0].bullets == ["Shipped the billing service in Python"]
    (edu,) = r.education
    assert (edu.institution, edu.degree, edu.level, edu.field, edu.graduation_date) == (
        "University of Washington",
        "BSc",
        EducationLevel.BACHELOR,
        "Computer Science",
        "2019",
    )
    skills = {s.name.lower(): s.sections for s in r.skills}
    assert skills["python"] == ["skills", "experience"]
    assert skills["sql"] == ["skills"]
    assert skills["communication"] == ["skills"]


def test_sidebar_first_two_column_order():
    r = parse(SIDEBAR)
    c = r.contact
    assert (c.full_name, c.email, c.phone, c.location) == (
        "Sam Lee",
        "sam.lee@example.com",
        "+16465550147",
        "New York, NY",
    )
    assert r.sections == ["contact", "skills", "languages", "summary", "experience", "education"]
    assert r.summary == "Platform engineer focused on reliability."
    assert role_tuples(r) == [
        ("Site Reliability Engineer", "Big Bank Corp", "New York, NY", "2022-03", None, True),
        ("Systems Administrator", "Hosting Co", "Newark, NJ", "2018-01", "2022-02", False),
    ]
    assert [(x.name, x.proficiency) for x in r.languages] == [
        ("English", "Native"),
        ("French", "B2"),
    ]
    (edu,) = r.education
    assert (edu.institution, edu.degree, edu.field, edu.graduation_date) == (
        "Rutgers University",
        "B.S.",
        "Information Technology",
        "2017",
    )
    names = {s.name for s in r.skills}
    assert {"Python", "Kubernetes", "SQL"} <= names


def test_non_us_phone_uses_the_region_of_the_location():
    r = parse(UK)
    c = r.contact
    assert (c.full_name, c.phone, c.location) == ("Oliver Smith", "+442079460958", "London, UK")
    assert [(x.kind, x.url) for x in c.links] == [("portfolio", "https://oliversmith.dev")]
    assert r.summary == "Accountant with a decade in audit."
    assert role_tuples(r) == [
        ("Senior Auditor", "Deloitte", "London, UK", "2015-09", None, True),
        ("Audit Associate", "KPMG", "Manchester, UK", "2012", "2015", False),
    ]
    assert [(e.institution, e.level, e.field) for e in r.education] == [
        ("Manchester College", EducationLevel.ASSOCIATE, "Accounting"),  # a diploma by its field
        ("University of Manchester", EducationLevel.DOCTORATE, "Finance"),
    ]


def test_phone_without_a_known_region_is_kept_as_written():
    r = parse("Ana Lima\nana@example.com\n(11) 2345-6789\n\nExperience\nNothing dated here\n")
    assert r.contact.phone == "(11) 2345-6789"


# ------------------------------------------------------------------------------- units ---


@pytest.mark.parametrize(
    ("line", "start", "end", "current"),
    [
        ("Jan 2019 – Present", "2019-01", None, True),
        ("01/2019 - 03/2021", "2019-01", "2021-03", False),
        ("2019-2021", "2019", "2021", False),
        ("March 2018 to June 2020", "2018-03", "2020-06", False),
        ("2019 – now", "2019", None, True),
        ("Sept. 2020 — Current", "2020-09", None, True),
        ("Summer 2021 - Fall 2022", "2021", "2022", False),
        ("Engineer, Acme   Feb 2020 – Mar 2021", "2020-02", "2021-03", False),
        ("Jan2015-May2018", "2015-01", "2018-05", False),
        ("since 2016", "2016", None, True),
    ],
)
def test_date_ranges(line, start, end, current):
    rng = dates.find_range(line)
    assert rng is not None
    assert (rng.start, rng.end, rng.is_current) == (start, end, current)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("EXPERIENCE", "experience"),
        ("Work History", "experience"),
        ("Professional Experience:", "experience"),
        ("Career History", "experience"),
        ("WorkExperience", "experience"),
        ("Academic Background", "education"),
        ("Core Competencies", "skills"),
        ("SKILLS & AWARDS", "skills"),
        ("Honors/Awards", "awards"),
        ("Licenses & Certifications", "certifications"),
        ("Volunteer Experience", "volunteering"),
        ("Hobbies", "interests"),
        ("References", "references"),
    ],
)
def test_heading_synonyms(line, heading):
    found = sections.detect_heading(line)
    assert found is not None and found.canonical == heading


@pytest.mark.parametrize(
    "line", ["Managed a team of 5 engineers", "Python, SQL, Docker", "Jane Doe", "Communication"]
)
def test_ordinary_lines_are_not_headings(line):
    assert sections.detect_heading(line) is None


@pytest.mark.parametrize(
    ("degree", "level"),
    [
        ("BSc Physics", EducationLevel.BACHELOR),
        ("B.S. in Biology", EducationLevel.BACHELOR),
        ("Bachelor of Commerce", EducationLevel.BACHELOR),
        ("MSc Data Science", EducationLevel.MASTER),
        ("MBA", EducationLevel.MASTER),
        ("M.S. in Statistics", EducationLevel.MASTER),
        ("PhD in Chemistry", EducationLevel.DOCTORATE),
        ("Associate of Applied Science", EducationLevel.ASSOCIATE),
        ("High School Diploma", EducationLevel.HIGH_SCHOOL),
    ],
)
def test_education_levels(degree, level):
    r = parse(f"Kim Doe\nkim@example.com\n\nEducation\n{degree}, Springfield College, 2010\n")
    (edu,) = r.education
    assert edu.level == level
    assert edu.institution == "Springfield College"


def test_links_with_and_without_scheme():
    text = (
        "Lee Park\nlee@example.com | https://www.linkedin.com/in/leepark/ | "
        "gitlab.com/leepark | https://leepark.io\n\nSkills\nPython\n"
    )
    r = parse(text)
    assert [(x.kind, x.url) for x in r.contact.links] == [
        ("linkedin", "https://www.linkedin.com/in/leepark/"),
        ("gitlab", "https://gitlab.com/leepark"),
        ("portfolio", "https://leepark.io"),
    ]


def test_overlapping_roles_are_merged_and_present_uses_today():
    text = """Dana White
dana@example.com

Experience
Engineer, Alpha Inc
Jan 2020 - Present
Consultant, Beta LLC
Jun 2021 - Dec 2021
Analyst, Gamma Corp
Jan 2015 - Dec 2015
"""
    r = parse_resume(text, today=date(2022, 1, 1))
    assert r.total_years_experience == 3.0  # all of 2015 (12 months) + Jan 2020..Jan 2022 (24)
    later = parse_resume(text, today=date(2024, 1, 1))
    assert later.total_years_experience == 5.0


def test_warnings_for_missing_parts():
    r = parse("Someone Name\n\nSkills\nPython\n\nExperience\nEngineer at Nowhere Inc\n")
    assert "no email found" in r.warnings
    assert any(w.startswith("dates not parseable: ") for w in r.warnings)
    r2 = parse("Someone Name\nsomeone@example.com\n\nSkills\nPython\n")
    assert "no experience section found" in r2.warnings
    assert "no email found" not in r2.warnings


def test_european_dates_letter_o_bullets_and_german_headings():
    text = """Lena Fischer
Hamburg, Germany · +49 40 1234567 · lena.fischer@example.de

BERUFSERFAHRUNG
Otto Group | Product Owner | 03.2019 – 05.2021
o Owned the checkout roadmap
o Grew conversion by 4%

AUSBILDUNG
Universität Hamburg — M.A. Media Studies (2016)

SPRACHEN
German: native; English: C1
"""
    r = parse(text)
    assert r.contact.phone == "+49401234567"
    assert r.sections == ["contact", "experience", "education", "languages"]
    (role,) = r.work_experience
    assert (role.company, role.position, role.start, role.end) == (
        "Otto Group", "Product Owner", "2019-03", "2021-05",
    )  # fmt: skip
    assert role.bullets == ["Owned the checkout roadmap", "Grew conversion by 4%"]
    (edu,) = r.education
    assert (edu.institution, edu.level, edu.field, edu.graduation_date) == (
        "Universität Hamburg", EducationLevel.MASTER, "Media Studies", "2016",
    )  # fmt: skip
    assert [(x.name, x.proficiency) for x in r.languages] == [
        ("German", "native"),
        ("English", "C1"),
    ]


def test_a_referees_email_is_not_the_candidates():
    text = "Lou Reed\n+1 212 555 0100\n\nReferences\nJohn Cale, boss@example.com, 212-555-0199\n"
    r = parse(text)
    assert r.contact.email is None
    assert r.contact.phone == "+12125550100"
    assert "no email found" in r.warnings


def test_summary_paragraph_without_a_heading():
    text = (
        "Ana Ruiz\n"
        "Operations manager with twelve years of experience running warehouses and teams "
        "across three countries, focused on safety and on-time delivery.\n"
        "ana.ruiz@example.com\n\nSkills\nSQL\n"
    )
    r = parse(text)
    assert r.summary is not None and r.summary.startswith("Operations manager with twelve")
    assert r.summary.endswith("on-time delivery.")
    assert r.contact.email == "ana.ruiz@example.com"
    assert r.sections[:2] == ["contact", "summary"]


def test_roles_without_an_experience_heading_are_still_read():
    text = """Pat Jones
pat@example.com | 555-201-3344 | Denver, CO
Data Analyst    Feb 2019 – Present
Acme Corp – Denver, CO
Built dashboards in SQL.
"""
    r = parse(text)
    assert role_tuples(r) == [("Data Analyst", "Acme Corp", "Denver, CO", "2019-02", None, True)]
    assert "experience" in r.sections
    assert any("no experience section heading" in w for w in r.warnings)


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "\u200b\u200b", "•••", "\x00"])
def test_empty_text_raises_the_typed_error(text):
    with pytest.raises(EmptyResumeText) as info:
        parse_resume(text)
    assert isinstance(info.value, ValueError)
    assert "no readable text" in str(info.value)


def test_parse_is_deterministic_and_json_round_trips():
    first = parse(CLASSIC).model_dump(mode="json")
    second = parse(CLASSIC).model_dump(mode="json")
    assert first == second
    assert Resume.model_validate(json.loads(json.dumps(first))) == parse(CLASSIC)


# -------------------------------------------------------------------------- properties ---

_resume_words = st.sampled_from(
    [
        "Experience", "EDUCATION", "Skills:", "Python", "Jan 2019 – Present", "2019-2021",
        "Engineer at Acme", "•", "|", "—", "B.S. in CS", "University", "john@x.io",
        "+1 555 123 4567", "linkedin.com/in/x", "\n", "\t", "  ", "Present", "MBA", ",",
        "github.com/", "(", ")", "01/2020", "Summary", "Remote", "New York, NY", "\u00ad",
    ]
)  # fmt: skip
_resume_like = st.lists(st.one_of(_resume_words, st.text(max_size=12)), max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), _resume_like))
def test_any_text_gives_a_resume_or_the_typed_error(text):
    try:
        first = parse_resume(text, today=TODAY)
    except EmptyResumeText:
        assert not any(ch.isalnum() for ch in normalise(text))
        return
    assert isinstance(first, Resume)
    Resume.model_validate(first.model_dump(mode="json"))
    assert first == parse_resume(text, today=TODAY)  # deterministic
    for role in first.work_experience:
        for value in (role.start, role.end):
            assert value is None or len(value) in (4, 7)
    assert first.total_years_experience is None or first.total_years_experience >= 0


# ----------------------------------------------------------------------- real samples ---

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "samples" / "resumes"


@functools.cache  # pypdf is the slow part: read each sample once
def _sample_text(name: str) -> str:
    path = SAMPLES / name
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    import docx

    return "\n".join(p.text for p in docx.Document(io.BytesIO(path.read_bytes())).paragraphs)


def _sample(name: str) -> Resume:
    return parse_resume(_sample_text(name), today=TODAY)


needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared samples not present")

# A LinkedIn copy-paste with no name, email or phone in it at all.
_NO_CONTACT_IN_DOCUMENT = {"soupboss__Minnie01_docx.docx"}


def _sample_names() -> list[str]:
    if not SAMPLES.is_dir():
        return []
    return sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".docx"))


@needs_samples
@pytest.mark.parametrize("name", _sample_names())
def test_every_sample_has_name_contact_and_sections(name):
    r = _sample(name)
    if name in _NO_CONTACT_IN_DOCUMENT:
        assert "no name found" in r.warnings
        assert "experience" in r.sections and len(r.work_experience) >= 3
        return
    assert len(r.sections) >= 2
    assert r.contact.full_name
    assert r.contact.email or r.contact.phone


def _core(r: Resume) -> dict:
    return {
        "contact": r.contact.model_dump(),
        "roles": role_tuples(r),
        "education": [e.model_dump() for e in r.education],
        "years": r.total_years_experience,
    }


@needs_samples
@pytest.mark.parametrize(
    "stem",
    [
        "01-Accountant", "01-Desktop_Support", "01-Office_Coordinator",
        "02-Accountant", "02-Desktop_Support", "02-Office_Coordinator",
    ],
)  # fmt: skip
def test_pdf_and_docx_twins_give_the_same_fields(stem):
    pdf, docx_ = _sample(f"soupboss__{stem}.pdf"), _sample(f"soupboss__{stem}.docx")
    assert _core(pdf) == _core(docx_)
    assert [r.bullets for r in pdf.work_experience] == [r.bullets for r in docx_.work_experience]
    assert pdf.sections == docx_.sections
    assert pdf.certifications == docx_.certifications
    assert [s.name for s in pdf.skills] == [s.name for s in docx_.skills]
    assert pdf.work_experience and pdf.education


_JOHN_DOE = [
    "resume-matcher-template__single-column.pdf",
    "resume-matcher-template__two-column.pdf",
    "resume-matcher-template__modern-single-column.pdf",
    "resume-matcher-template__modern-two-column.pdf",
    "resume-matcher-template-v1__single_column.pdf",
    "resume-matcher-template-v1__two_column.pdf",
]


@needs_samples
def test_john_doe_layouts_give_the_same_fields():
    parsed = {name: _sample(name) for name in _JOHN_DOE}
    first = parsed[_JOHN_DOE[0]]
    assert first.contact.full_name == "John Doe"
    assert role_tuples(first)[0] == (
        "Senior Software Engineer", "Stripe", "San Francisco, CA", "2023-01", None, True,
    )  # fmt: skip
    for name, r in parsed.items():
        assert _core(r) == _core(first), name
        assert [p.name for p in r.projects] == [p.name for p in first.projects], name
        assert {"contact", "summary", "experience", "education", "projects", "skills"} <= set(
            r.sections
        ), name
    # The four current renders share the same content, so the same taxonomy skills too
    # (unrecognised Skills-section items depend on how a layout wraps its list lines).
    current = [parsed[n] for n in _JOHN_DOE[:4]]

    def known(r: Resume) -> set[str]:
        return {s.name for s in r.skills if s.recognised}

    assert all(known(r) == known(current[0]) for r in current)


def test_timeline_layout_end_date_opens_the_next_line():
    # Dates in a narrow left column: the range's end ("Present", "May 2020") starts the line below.
    text = "\n".join(
        [
            "Bruno Diaz",
            "bruno@example.com",
            "Experience",
            "June 2020 – MEAN Stack Developer, Initech, Austin, USA",
            "Present Working on the billing service using Node.js and React.",
            "July 2015 – Full Stack Developer, Globex, Denver, USA",
            "May 2020 Developed and maintained internal web tools.",
            "Education",
            "2008 – 2011 PhD in Computer Science, NorthTech, Springfield, USA",
        ]
    )
    resume = parse_resume(text, today=date(2025, 6, 1))
    spans = [(r.position, r.start, r.end, r.is_current) for r in resume.work_experience]
    assert spans == [
        ("MEAN Stack Developer", "2020-06", None, True),
        ("Full Stack Developer", "2015-07", "2020-05", False),
    ]
    assert resume.work_experience[0].bullets[0].startswith("Working on the billing service")
    assert resume.total_years_experience == pytest.approx(9.9, abs=0.1)


def test_student_without_experience_section_gets_dated_volunteer_roles():
    text = "\n".join(
        [
            "Nora Quill",
            "nora@example.edu",
            "EDUCATION",
            "Westbrook College, Springfield, OH  Expected Graduation: June 2016",
            "Bachelor of Arts, Economics",
            "ON CAMPUS INVOLVEMENT",
            "Debate Society, Westbrook College  August 2013 – Present",
            "Member",
            "• Coached teams of 5 first-year students for regional debate contests",
            "VOLUNTEER EXPERIENCE",
            "Harbor Lights Shelter, Riverton, OH  June 2012 – May 2015",
            "Volunteer",
            "• Sorted donations at the weekly food drive",
        ]
    )
    resume = parse_resume(text, today=date(2016, 1, 1))
    assert sorted((r.position, r.start, r.end) for r in resume.work_experience) == [
        ("Member", "2013-08", None),
        ("Volunteer", "2012-06", "2015-05"),
    ]
    assert any("volunteer and campus roles were read as experience" in w for w in resume.warnings)
    assert resume.total_years_experience == pytest.approx(3.6, abs=0.1)
