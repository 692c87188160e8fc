"""Generated resume pages for the OCR evaluation: random people, contact details in many national
formats, one- and two-column layouts, three typefaces at several sizes.

Seeded (``pages(count, seed)`` always returns the same documents), rendered to one-page PDFs
with fpdf2's core fonts (no font files needed). The evaluation photographs each page and
compares the parse of the photo with the parse of the page's text layer, exactly as it does
for the sample PDFs; these figures are reported apart from the real files' figures.

The generator was written before its test split was measured and is not tuned to the figures:
its lists are chosen to cover the formats users send, not the ones the OCR reads well.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.resume_fixtures import MONTHS

FIRST = [
    "Aarav",
    "Priya",
    "Rohan",
    "Ananya",
    "Vikram",
    "Lakshmi",
    "Wei",
    "Mei",
    "Jun",
    "Hui",
    "Siti",
    "Arjun",
    "Chloe",
    "Oliver",
    "Amelia",
    "Jack",
    "Emily",
    "Lucas",
    "Sofia",
    "Mateo",
    "Camila",
    "Lukas",
    "Anna",
    "Jonas",
    "Marie",
    "Pierre",
    "Camille",
    "Giulia",
    "Marco",
    "Ines",
    "Tiago",
    "Olga",
    "Dmitri",
    "Fatima",
    "Omar",
    "Aisha",
    "Kwame",
    "Ngozi",
    "Sipho",
    "Hiroshi",
    "Yuki",
    "Minh",
    "Linh",
    "Carlos",
    "Grace",
    "Daniel",
    "Hannah",
    "Noah",
    "Zara",
    "Ethan",
    "Isabel",
    "Kenji",
    "Thandiwe",
    "Rahul",
    "Sneha",
    "Farhan",
    "Nadia",
]
LAST = [
    "Sharma",
    "Patel",
    "Iyer",
    "Reddy",
    "Nair",
    "Krishnan",
    "Tan",
    "Lim",
    "Ng",
    "Wong",
    "Chen",
    "Rahman",
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Murphy",
    "Kelly",
    "Garcia",
    "Martinez",
    "Lopez",
    "Fernandez",
    "Muller",
    "Schmidt",
    "Weber",
    "Dubois",
    "Lefevre",
    "Rossi",
    "Bianchi",
    "Silva",
    "Santos",
    "Ivanova",
    "Petrov",
    "Haddad",
    "Mansour",
    "Mensah",
    "Okafor",
    "Nkosi",
    "Tanaka",
    "Sato",
    "Nguyen",
    "Tran",
    "Rodriguez",
    "Johnson",
    "Anderson",
    "Kowalski",
    "Novak",
    "Jansen",
    "Bakker",
    "Khan",
    "Hussain",
    "Fraser",
    "Campbell",
    "Osei",
    "Adeyemi",
]
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.in",
    "hotmail.co.uk",
    "proton.me",
    "example.org",
    "mail.com",
    "icloud.com",
    "yahoo.com.sg",
    "web.de",
    "orange.fr",
    "live.com",
    "zoho.in",
    "gmx.net",
]
TITLES = (
    "Software Engineer", "Senior Software Engineer", "Data Analyst", "Data Scientist",
    "Product Manager", "Project Manager", "DevOps Engineer", "QA Engineer", "Business Analyst",
    "Frontend Developer", "Backend Developer", "Machine Learning Engineer", "Marketing Manager",
    "Financial Analyst", "Accountant", "HR Manager", "Sales Executive", "Operations Manager",
    "Network Engineer", "UX Designer", "Full Stack Developer", "Technical Lead",
)  # fmt: skip
COMPANY_HEAD = [
    "Blue",
    "Harbor",
    "Northwind",
    "Silverline",
    "Redwood",
    "Apex",
    "Crescent",
    "Granite",
    "Lumen",
    "Meridian",
    "Orbit",
    "Pinecrest",
    "Quantum",
    "Riverbend",
    "Summit",
    "Tidewater",
    "Vertex",
    "Willow",
    "Zenith",
    "Brightpath",
    "Coral",
]
COMPANY_TAIL = (
    "Technologies", "Solutions", "Systems", "Labs", "Analytics", "Pvt Ltd", "GmbH", "Ltd",
    "Inc.", "Consulting", "Software", "Logistics", "Pte Ltd", "Group",
)  # fmt: skip
CITIES = (
    "Bengaluru, India", "Mumbai, India", "Pune, India", "Singapore", "London, UK",
    "Manchester, UK", "Austin, TX", "New York, NY", "Seattle, WA", "Berlin, Germany",
    "Paris, France", "Amsterdam, Netherlands", "Madrid, Spain", "Milan, Italy", "Toronto, Canada",
)  # fmt: skip
SKILLS = (
    "Python", "Java", "SQL", "JavaScript", "TypeScript", "React", "Node.js", "Docker",
    "Kubernetes", "AWS", "Azure", "Git", "Linux", "Excel", "Tableau", "Power BI", "Pandas",
    "TensorFlow", "PostgreSQL", "MongoDB", "Jira", "Agile", "Scrum", "C++", "Go", "Spark",
    "Terraform", "Jenkins", "Figma", "Salesforce", "SAP", "HTML", "CSS", "REST APIs", "Kafka",
)  # fmt: skip
VERBS = (
    "Built", "Led", "Designed", "Automated", "Improved", "Migrated", "Delivered", "Reduced",
    "Managed", "Launched",
)  # fmt: skip
OBJECTS = (
    "reporting pipelines used by {n} teams", "a customer portal serving {n}k users",
    "monthly close process, saving {n} hours", "test suites covering {n}% of services",
    "data models for {n} markets", "onboarding for {n} new hires", "cloud costs by {n}%",
)  # fmt: skip
DEGREES = (
    "B.Tech in Computer Science", "B.Sc. Mathematics", "MBA", "M.Sc. Data Science",
    "Bachelor of Commerce", "BEng Electrical Engineering", "MA Economics", "BA Psychology",
)  # fmt: skip
SCHOOLS = (
    "University of Mumbai", "National University of Singapore", "University of Leeds",
    "Texas A&M University", "Technical University of Munich", "Anna University",
    "University of Toronto", "Universidad Complutense de Madrid", "Politecnico di Milano",
)  # fmt: skip
SEPARATORS = (" | ", "  |  ", " • ", " · ", "   ", " / ")
FONTS = ("Helvetica", "Times", "Courier")


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def _phone(rng: random.Random) -> str:
    """A phone number as people write it in India, Singapore, the UK, the US or the EU."""
    d = lambda n: _digits(rng, n)  # noqa: E731
    mobile_in = str(rng.choice((6, 7, 8, 9))) + d(4)
    formats = (
        lambda: f"+91 {mobile_in} {d(5)}",
        lambda: f"+91-{mobile_in}{d(5)}",
        lambda: f"+91 {mobile_in[:3]} {mobile_in[3:]}{d(2)} {d(3)}",
        lambda: f"0{mobile_in} {d(5)}",
        lambda: f"+65 {rng.choice('689')}{d(3)} {d(4)}",
        lambda: f"+65-{rng.choice('689')}{d(3)}-{d(4)}",
        lambda: f"+44 20 {d(4)} {d(4)}",
        lambda: f"+44 (0)7{d(3)} {d(6)}",
        lambda: f"07{d(3)} {d(6)}",
        lambda: f"+44 7{d(3)}-{d(3)}-{d(3)}",
        lambda: f"({rng.randrange(201, 990)}) {d(3)}-{d(4)}",
        lambda: f"{rng.randrange(201, 990)}-{d(3)}-{d(4)}",
        lambda: f"+1 {rng.randrange(201, 990)}.{d(3)}.{d(4)}",
        lambda: f"+1 ({rng.randrange(201, 990)}) {d(3)} {d(4)}",
        lambda: f"+49 30 {d(8)}",
        lambda: f"+49 (0) 151 {d(4)} {d(4)}",
        lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"+31 6 {d(8)}",
        lambda: f"+34 6{d(2)} {d(3)} {d(3)}",
        lambda: f"+39 3{d(2)} {d(3)} {d(4)}",
    )
    return rng.choice(formats)()


def _email(rng: random.Random, first: str, last: str) -> str:
    f, l = first.lower(), last.lower()  # noqa: E741
    local = rng.choice(
        (f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{l}{rng.randrange(1, 99)}", f"{l}.{f}",
         f"{f}-{l}", f"{f}{rng.randrange(80, 100)}")
    )  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


@dataclass(frozen=True)
class Page:
    name: str
    email: str
    phone: str
    pdf: bytes


def _role_lines(rng: random.Random, year: int) -> tuple[list[str], int]:
    start = year - rng.randrange(1, 5)
    title, company = rng.choice(TITLES), f"{rng.choice(COMPANY_HEAD)} {rng.choice(COMPANY_TAIL)}"
    dates = f"{rng.choice(MONTHS)} {start} - {rng.choice(MONTHS)} {year}"
    style = rng.randrange(3)
    if style == 0:
        head = [f"{title}, {company}", dates]
    elif style == 1:
        head = [title, f"{company} | {dates}"]
    else:
        head = [f"{title} at {company} ({dates})"]
    bullets = [
        f"- {rng.choice(VERBS)} {rng.choice(OBJECTS).format(n=rng.randrange(3, 60))}"
        for _ in range(rng.randrange(2, 4))
    ]
    return head + bullets, start


def _contact_parts(rng: random.Random, email: str, phone: str, city: str) -> list[str]:
    labelled = rng.random() < 0.3
    parts = [f"Email: {email}", f"Phone: {phone}"] if labelled else [email, phone]
    rng.shuffle(parts)
    return [*parts, city]


def page(seed: int) -> Page:
    """One generated resume page (deterministic per ``seed``)."""
    from fpdf import FPDF

    rng = random.Random(seed)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {last}"
    email, phone, city = _email(rng, first, last), _phone(rng), rng.choice(CITIES)
    font, body = rng.choice(FONTS), rng.choice((8.5, 9, 9.5, 10, 10.5, 11))
    title_size = rng.choice((14, 16, 18, 22))
    contact = _contact_parts(rng, email, phone, city)
    one_line = rng.random() < 0.5
    separator = rng.choice(SEPARATORS)
    experience, year = [], 2025
    for _ in range(rng.randrange(2, 6)):
        lines, year = _role_lines(rng, year)
        experience += [*lines, ""]
    skills = rng.sample(SKILLS, rng.randrange(6, 12))
    summary = f"{rng.choice(TITLES)} with {rng.randrange(2, 15)} years of experience."
    education = [
        f"{rng.choice(DEGREES)}, {rng.choice(SCHOOLS)}, {year - rng.randrange(0, 8)}"
        for _ in range(rng.randrange(1, 3))
    ]

    pdf = FPDF(format=rng.choice(("A4", "Letter")))
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    margin = rng.choice((12, 15, 18))
    line_h = body * 0.45
    columns = rng.random() < 0.4

    def write(x: float, width: float, text: str, size: float, style: str = "") -> None:
        pdf.set_font(font, style, size)
        pdf.set_x(x)
        pdf.multi_cell(width, size * 0.45, text, new_x="LMARGIN", new_y="NEXT")

    def block(x: float, width: float, heading: str, lines: list[str]) -> None:
        pdf.ln(line_h * 0.6)
        write(x, width, heading.upper() if rng.random() < 0.6 else heading, body + 1.5, "B")
        for line in lines:
            if pdf.get_y() > pdf.h - margin - line_h:
                return
            if line:
                write(x, width, line, body)
            else:
                pdf.ln(line_h * 0.5)

    pdf.set_y(margin)
    write(margin, 0, name, title_size, "B")
    content_w = pdf.w - 2 * margin
    if columns:  # contact and skills in a left sidebar, the rest beside it
        top = pdf.get_y() + line_h
        side_w = content_w * rng.uniform(0.28, 0.34)
        pdf.set_y(top)
        block(margin, side_w, "Contact", contact)
        block(margin, side_w, "Skills", skills)
        pdf.set_y(top)
        main_x = margin + side_w + 6
        block(main_x, content_w - side_w - 6, "Summary", [summary])
        block(main_x, content_w - side_w - 6, "Experience", experience)
        block(main_x, content_w - side_w - 6, "Education", education)
    else:
        for line in [separator.join(contact)] if one_line else contact:
            write(margin, content_w, line, body)
        block(margin, content_w, "Summary", [summary])
        block(margin, content_w, "Experience", experience)
        block(margin, content_w, "Education", education)
        block(margin, content_w, "Skills", [rng.choice((", ", " | ", " • ")).join(skills)])
    return Page(name=name, email=email, phone=phone, pdf=bytes(pdf.output()))


def pages(count: int = 80, seed: int = 18) -> list[tuple[str, Page]]:
    """``count`` generated pages, each named ``synthetic-NNN`` (the evaluation splits by name)."""
    return [(f"synthetic-{n:03d}", page(seed * 100_003 + n)) for n in range(count)]
