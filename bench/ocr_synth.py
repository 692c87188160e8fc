"""Generated resume pages for the OCR evaluation: random people, contact details in many national
formats, one- and two-column layouts, five typefaces at several sizes.

Seeded (``pages(count, seed)`` always returns the same documents), rendered to one-page PDFs
with fpdf2. Typefaces: its three core fonts (Helvetica, Times, Courier; no font file needed)
and DejaVu Sans and DejaVu Sans Condensed, the TrueType files the ``opencv-python`` wheel ships
(a dependency of the OCR engine, so present wherever the evaluation runs; without them a page
falls back to Helvetica). What real phone photos meet and the generator covers: small print
in contact lines (8–9 pt), a two-column header (name left, contact details right), contact
details joined by "|", "•" or "·" or led by icons (✉ ☎ ⌂, Unicode fonts only), e-mail local
parts with digits, dots and underscores, names with diacritics the recogniser's dictionary
has (é, ñ, ö, ç, ü, ã, ø; ł, č, ş, ğ in the Unicode fonts), profile links, and phone numbers
as written in 22 countries. The evaluation photographs each page and
compares the parse of the photo with the parse of the page's text layer, exactly as it does
for the sample PDFs; these figures are reported apart from the real files' figures.

The generator was written before its test split was measured and is not tuned to the figures:
its lists are chosen to cover the formats users send, not the ones the OCR reads well.
"""

from __future__ import annotations

import os
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.resume_fixtures import MONTHS

DEFAULT_COUNT = 200
FRESH_SEED = 7
FRESH_COUNT = 60
SPLITS = ("train", "test", "fresh")
HARD_SEED, HARD_COUNT = 41, 80  # the hard variant (``hard_pages``): 60 train, 20 test pages
HARD_FRESH_SEED, HARD_FRESH_COUNT = 43, 40

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
# names with diacritics; those outside Windows-1252 only in the Unicode fonts (``_fits``)
FIRST_ACCENTED = (
    "José", "Inés", "Zoë", "Renée", "Françoise", "Noël", "Björn", "Jürgen", "Søren", "Ángel",
    "Iñaki", "João", "Chloé", "Hélène", "Łukasz", "Çağla", "Ömer", "Tomáš", "Agnieszka",
)  # fmt: skip
LAST_ACCENTED = (
    "Núñez", "Peña", "Müller", "Schröder", "Gonçalves", "Françon", "Lefèvre", "Ibáñez",
    "Østergaard", "Conceição", "Brontë", "Özdemir", "Yılmaz", "Dvořák", "Kovač", "Şahin",
    "Wójcik", "Sánchez", "Görgülü",
)  # fmt: skip
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
    "rediffmail.com",
    "yahoo.com.br",
    "bigpond.com",
    "uol.com.br",
    "mail.ru",
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
SEPARATORS = (" | ", "  |  ", " • ", " · ", "   ", " / ", " ⋅ ", " ◦ ")
CORE_FONTS = ("Helvetica", "Times", "Courier")
# (family, regular file, bold file) inside the opencv-python wheel's ``qt/fonts`` folder
WHEEL_FONTS = (
    ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("DejaVu Sans Condensed", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
)
ICONS = {"email": "✉", "phone": "☎", "city": "⌂"}
HEADERS = ("stacked", "one line", "two columns", "sidebar")


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def _phone(rng: random.Random) -> str:
    """A phone number as people write it in one of 22 countries (Asia, Europe, the Americas,
    Africa, Oceania), with the spacing, dashes, dots and brackets each commonly uses."""
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
        lambda: f"+55 11 9{d(4)}-{d(4)}",  # Brazil
        lambda: f"+55 (21) 9{d(4)}-{d(4)}",
        lambda: f"+61 4{d(2)} {d(3)} {d(3)}",  # Australia
        lambda: f"+27 8{d(1)} {d(3)} {d(4)}",  # South Africa
        lambda: f"+234 80{d(1)} {d(3)} {d(4)}",  # Nigeria
        lambda: f"+254 7{d(2)} {d(3)} {d(3)}",  # Kenya
        lambda: f"+971 50 {d(3)} {d(4)}",  # UAE
        lambda: f"+63 917 {d(3)} {d(4)}",  # Philippines
        lambda: f"+60 12-{d(3)} {d(4)}",  # Malaysia
        lambda: f"+62 812-{d(4)}-{d(4)}",  # Indonesia
        lambda: f"+81 90-{d(4)}-{d(4)}",  # Japan
        lambda: f"+52 55 {d(4)} {d(4)}",  # Mexico
        lambda: f"+92 3{d(2)} {d(7)}",  # Pakistan
        lambda: f"+48 {d(3)} {d(3)} {d(3)}",  # Poland
        lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",  # Turkey
    )
    return rng.choice(formats)()


def _ascii(text: str) -> str:
    """A name as an e-mail address spells it: accents dropped ("José Núñez" → "jose nunez")."""
    text = text.lower().translate(
        str.maketrans({"ł": "l", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss"})
    )
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _email(rng: random.Random, first: str, last: str, hard: bool = False) -> str:
    f, l = _ascii(first), _ascii(last)  # noqa: E741
    n, year = rng.randrange(1, 99), rng.randrange(70, 100)
    shapes = (
        (f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{l}{n}", f"{l}.{f}",
         f"{f}-{l}", f"{f}{year}", f"{f}.{l}{n}", f"{f}_{l}_{year}", f"{f[0]}.{l}",
         f"{l}{f[0]}{rng.randrange(100, 999)}", f"{f}.{l[0]}.{n}", f"{f}{l}_{n}",
         f"{f[0]}_{l}{year}")
    )  # fmt: skip
    if hard:  # "_", "-" and "." mixed, with digits
        shapes = (
            f"{f}_{l}.{n}", f"{f}-{l}_{year}", f"{f}.{l}-{n}", f"{f[0]}_{l}-{n}",
            f"{l}_{f}{n}", f"{f}.{l}_{n}", f"{f}-{l[0]}{year}", f"{f[0]}-{l}.{year}",
        )  # fmt: skip
    return f"{rng.choice(shapes)}@{rng.choice(DOMAINS)}"


@dataclass(frozen=True)
class Page:
    name: str
    email: str
    phone: str
    pdf: bytes
    # what the generator chose for the page (typeface, sizes, header layout, …): only to
    # compare the splits' mix (``choices_by_split``), never read by the evaluation
    choices: dict[str, str] = field(default_factory=dict)


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


def _contact_parts(
    rng: random.Random, email: str, phone: str, city: str, profile: str | None, icons: bool
) -> list[str]:
    labelled = not icons and rng.random() < 0.3
    if labelled:
        parts = [f"Email: {email}", f"Phone: {phone}"]
    elif icons:
        parts = [f"{ICONS['email']} {email}", f"{ICONS['phone']} {phone}"]
    else:
        parts = [email, phone]
    rng.shuffle(parts)
    parts.append(f"{ICONS['city']} {city}" if icons else city)
    return [*parts, profile] if profile else parts


def _person(rng: random.Random, unicode_font: bool, accented: float = 0.15) -> tuple[str, str]:
    """(first, last): about one in four names has a diacritic in one of its words."""

    def pick(plain: list[str], accented_words: tuple[str, ...]) -> str:
        if rng.random() < accented:
            return rng.choice([w for w in accented_words if unicode_font or _fits(w)])
        return rng.choice(plain)

    return pick(FIRST, FIRST_ACCENTED), pick(LAST, LAST_ACCENTED)


def _fits(text: str) -> bool:
    """Text a core font can draw (Windows-1252)."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _font(pdf: Any, rng: random.Random) -> tuple[str, bool]:
    """(family, is Unicode) of a typeface picked for the page, registered with ``pdf``."""
    choice = rng.randrange(len(CORE_FONTS) + len(WHEEL_FONTS))
    if choice < len(CORE_FONTS):
        return CORE_FONTS[choice], False
    family, regular, bold = WHEEL_FONTS[choice - len(CORE_FONTS)]
    folder = _wheel_font_folder()
    if folder is None or not (folder / regular).is_file() or not (folder / bold).is_file():
        return "Helvetica", False
    pdf.add_font(family, "", str(folder / regular))
    pdf.add_font(family, "B", str(folder / bold))
    return family, True


def _wheel_font_folder() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("cv2")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "qt" / "fonts"


# the hard variant's header band colours (white print on them)
BANDS = ((31, 56, 100), (0, 98, 105), (110, 28, 40), (52, 52, 58), (70, 40, 110))


@dataclass(frozen=True)
class HardStyle:
    """What a ``hard`` page adds (its own seeded draw): a coloured header band with white
    print, the name in letter-spaced capitals, a two-column body."""

    band: tuple[int, int, int] | None
    spacing: float  # letter spacing of the name, pt (0: none)
    two_columns: bool

    @classmethod
    def draw(cls, seed: int) -> HardStyle:
        rng = random.Random(f"hard-{seed}")
        band = rng.choice(BANDS) if rng.random() < 0.5 else None
        spacing = rng.choice((1.0, 1.5, 2.0, 3.0)) if rng.random() < 0.4 else 0.0
        return cls(band=band, spacing=spacing, two_columns=rng.random() < 0.4)


def page(seed: int, hard: bool = False) -> Page:
    """One generated resume page (deterministic per ``seed``); ``hard`` adds ``HardStyle``,
    e-mails with "_", "-", "." and digits, and accented names twice as often."""
    from fpdf import FPDF

    rng = random.Random(seed)
    extra = HardStyle.draw(seed) if hard else HardStyle(None, 0.0, False)
    pdf = FPDF(format=rng.choice(("A4", "Letter")))
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=False)
    font, unicode_font = _font(pdf, rng)
    first, last = _person(rng, unicode_font, 0.3 if hard else 0.15)
    name = f"{first} {last}"
    email, phone, city = _email(rng, first, last, hard), _phone(rng), rng.choice(CITIES)
    body = rng.choice((8.5, 9, 9.5, 10, 10.5, 11))
    contact_size = rng.choice((8, 8.5, 9, body))
    title_size = rng.choice((14, 16, 18, 22))
    separator = rng.choice([s for s in SEPARATORS if unicode_font or _fits(s)])
    icons = unicode_font and rng.random() < 0.35
    profile = (
        f"linkedin.com/in/{_ascii(first)}-{_ascii(last)}{rng.choice(('', str(rng.randrange(10, 99))))}"
        if rng.random() < 0.3
        else None
    )
    contact = _contact_parts(rng, email, phone, city, profile, icons)
    header = rng.choice(HEADERS)
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

    pdf.add_page()
    margin = rng.choice((12, 15, 18))
    line_h = body * 0.45

    def write(
        x: float,
        width: float,
        text: str,
        size: float,
        style: str = "",
        align: str = "L",
        banded: bool = False,
    ) -> None:
        pdf.set_font(font, style, size)
        pdf.set_x(x)
        fill = banded and extra.band is not None
        if fill:  # white print on the band (only on hard pages: others stay as they were)
            pdf.set_fill_color(*extra.band)
            pdf.set_text_color(255, 255, 255)
        pdf.multi_cell(
            width, size * 0.45, text, new_x="LMARGIN", new_y="NEXT", align=align, fill=fill
        )
        if fill:
            pdf.set_text_color(0, 0, 0)

    def write_name(x: float, width: float) -> None:
        if not extra.spacing:
            write(x, width, name, title_size, "B", banded=True)
            return
        pdf.set_char_spacing(extra.spacing)
        write(x, width, name.upper(), title_size, "B", banded=True)
        pdf.set_char_spacing(0)

    def block(x: float, width: float, heading: str, lines: list[str], size: float = body) -> None:
        pdf.ln(line_h * 0.6)
        write(x, width, heading.upper() if rng.random() < 0.6 else heading, body + 1.5, "B")
        for line in lines:
            if pdf.get_y() > pdf.h - margin - line_h:
                return
            if line:
                write(x, width, line, size)
            else:
                pdf.ln(line_h * 0.5)

    pdf.set_y(margin)
    content_w = pdf.w - 2 * margin
    if header == "two columns":  # name (and a headline) left, contact details right-aligned
        half = content_w * rng.uniform(0.45, 0.55)
        write_name(margin, half)
        write(margin, half, rng.choice(TITLES), body + 1, banded=True)
        below = pdf.get_y()
        pdf.set_y(margin)
        for line in contact:
            write(margin + half, content_w - half, line, contact_size, align="R", banded=True)
        pdf.set_y(max(below, pdf.get_y()))
    else:
        write_name(margin, 0)
    if header == "sidebar":  # contact and skills in a left sidebar, the rest beside it
        top = pdf.get_y() + line_h
        side_w = content_w * rng.uniform(0.28, 0.34)
        pdf.set_y(top)
        block(margin, side_w, "Contact", contact, contact_size)
        block(margin, side_w, "Skills", skills)
        pdf.set_y(top)
        main_x = margin + side_w + 6
        block(main_x, content_w - side_w - 6, "Summary", [summary])
        block(main_x, content_w - side_w - 6, "Experience", experience)
        block(main_x, content_w - side_w - 6, "Education", education)
    else:
        if header == "stacked":
            for line in contact:
                write(margin, content_w, line, contact_size, banded=True)
        elif header == "one line":
            write(margin, content_w, separator.join(contact), contact_size, banded=True)
        block(margin, content_w, "Summary", [summary])
        if extra.two_columns:  # experience left; education and skills in a right column
            top, left_w = pdf.get_y(), content_w * 0.6
            block(margin, left_w - 4, "Experience", experience)
            pdf.set_y(top)
            block(margin + left_w + 4, content_w - left_w - 4, "Education", education)
            block(margin + left_w + 4, content_w - left_w - 4, "Skills", skills)
        else:
            block(margin, content_w, "Experience", experience)
            block(margin, content_w, "Education", education)
            joins = [s for s in (", ", " | ", " • ") if unicode_font or _fits(s)]
            block(margin, content_w, "Skills", [rng.choice(joins).join(skills)])
    choices = {
        "typeface": font,
        "page format": f"{pdf.w:.0f} mm wide",
        "name alphabet": "accented" if not name.isascii() else "plain",
        "header": header,
        "contact print": f"{contact_size:g} pt",
        "name size": f"{title_size:g} pt",
        "separator": repr(separator) if header == "one line" else "(not one line)",
        "icons": str(icons),
        "profile link": str(profile is not None),
        "phone country": _country(phone),
        "e-mail has digits": str(any(ch.isdigit() for ch in email)),
    }
    if hard:
        choices |= {
            "header band": str(extra.band is not None),
            "name letter spacing": f"{extra.spacing:g} pt",
            "two-column body": str(extra.two_columns),
        }
    return Page(name=name, email=email, phone=phone, pdf=bytes(pdf.output()), choices=choices)


def _country(phone: str) -> str:
    """The calling code a generated number starts with; "local" for a national format."""
    if phone.startswith("+"):
        return phone[1:].replace("-", " ").split(" ")[0]
    return "local"


def choices_by_split(count: int | None = None) -> dict[str, dict[str, dict[str, int]]]:
    """For each generator choice, how many train, test and fresh pages took each value: the
    split (``bench/eval/ocr.split_of``) must not follow any of them, and the fresh pages (another
    seed) must draw them as often as the others."""
    from collections import Counter, defaultdict

    from bench.eval.ocr import split_of

    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for name, generated in pages(count) + fresh_pages():
        for choice, value in generated.choices.items():
            table[choice][value][split_of(name)] += 1
    return {c: {v: dict(n) for v, n in sorted(vs.items())} for c, vs in table.items()}


def pages(
    count: int | None = None, seed: int = 18, prefix: str = "synthetic", hard: bool = False
) -> list[tuple[str, Page]]:
    """``count`` generated pages (``OCR_SYNTH_COUNT``, default ``DEFAULT_COUNT``: about 150
    train and 50 test), each named ``<prefix>-NNN`` (the evaluation splits by name)."""
    if count is None:
        count = int(os.environ.get("OCR_SYNTH_COUNT", "0")) or DEFAULT_COUNT
    return [(f"{prefix}-{n:03d}", page(seed * 100_003 + n, hard)) for n in range(count)]


def hard_pages() -> list[tuple[str, Page]]:
    """The hard variant's pages (``OCR_EVAL_VARIANT=hard``): ``HARD_COUNT`` pages of their own
    seed (train and test by number, as ``pages``) and ``HARD_FRESH_COUNT`` fresh ones of
    another, each with ``HardStyle`` and the harder e-mails and names."""
    count = int(os.environ.get("OCR_SYNTH_COUNT", "0")) or HARD_COUNT
    return pages(count, HARD_SEED, "synthetic", hard=True) + pages(
        HARD_FRESH_COUNT, HARD_FRESH_SEED, "fresh", hard=True
    )


def fresh_pages() -> list[tuple[str, Page]]:
    """The held-out ``fresh`` split: ``FRESH_COUNT`` pages of another seed, named ``fresh-NNN``.
    Added in round 7 after every earlier page had been developed on; nobody looks at their
    misses, they are run only to report (``OCR_EVAL_SPLIT=fresh``)."""
    return pages(FRESH_COUNT, FRESH_SEED, "fresh")


if __name__ == "__main__":  # each generator choice's count per split
    for choice, values in choices_by_split().items():
        print(choice)
        for value, counts in values.items():
            row = "  ".join(f"{split} {counts.get(split, 0):3d}" for split in SPLITS)
            print(f"   {value:<24} {row}")
