"""Certificates and licences, wherever a resume names them — the one reader of
``Resume.certifications``.

- Under a Certifications / Licences / Training heading (``parse_certifications``): each item
  is one ("Name - Issuer - 2019", "2023 Name, Issuer", "Name (Issuer)", several names on one
  "|"-separated line); the heading vouches for the item, but a sub-heading, a place, a school
  or issuer on its own line, a lone word, a job title or a course's description is none.
- Elsewhere (``certificates_in``): a line that names a certificate, a certification, a
  licence or a credential ("Certificate in Child Psychology" under Education, "CPR
  Certification" under Awards, "Certified Payroll Technician" in a skills list). It names no
  degree or school-leaving certificate ("Higher National Certificate" and "Secondary School
  Certificate" are read as education), and is short and no sentence ("Eligible for Teaching
  Certification by …", "Progressive certification to attain …" are not). Outside Education
  the certificate must be the whole line or the whole "|"-separated piece of it.
"""

from __future__ import annotations

import itertools
import re

from atspro.analysis.resume import dates, places, sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.degrees import INSTITUTION, find_degree
from atspro.models import Certification

# (never "re-certification of the terminals": a task)
_CERT = re.compile(
    r"(?<!-)\b(?:certificate|certification|certified|licen[cs]e|licensed|credential)s?\b"
    # the UK's vocational qualifications: "NVQ Level 3 in Retailing", "GNVQ Advanced …"
    r"|\b(?-i:G?NVQ|SVQ)s?\b",
    re.IGNORECASE,
)
# "Eligible for …", "Working towards …", "Pending …", "(expected)": not held (yet).
_NOT_HELD = re.compile(
    r"\b(?:eligible|pending|expected|working\s+towards?|in\s+progress|pursuing|to\s+attain"
    r"|preparing|applied)\b",
    re.IGNORECASE,
)
# School-leaving certificates ("Certificate of Secondary Education", "… 'O Level") are
# education; a society of certified accountants is a membership; a driving licence is a
# personal detail; a "Certificate of Appreciation" is an award.
_NOT_CERT = re.compile(
    r"\bcertificate\s+of\s+(?:\w+\s+){0,2}education\b|\b[OA]\s*['’‘]?\s*levels?\b"
    r"|\b(?:society|association|member(?:ship)?)\b|\bboard\s+of\b|\bdriv\w*['’‘]?s?\s+licen"
    r"|\bcertificates?\s+of\s+(?:appreciation|achievement|excellence|merit|recognition"
    r"|participation|hono(?:u)?r|attendance)\b|\blicen[cs]e\s+(?:number|no\b|#)",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[A-Z][\w ]{0,30}:\s*")  # "Licensure: …", "Certificate Held: …"
# "A valid Teacher's License"
_LEAD = re.compile(r"^(?:an?\s+)?(?:valid|current)\s+", re.IGNORECASE)
# The sections besides Education and Certifications where a certificate stands as an entry.
ELSEWHERE = ("awards", "skills", "additional", "languages", "activities", "summary")
# Pieces of one line that each name a certificate: "First Aid | CPR Certified".
_PIECES = re.compile(r"\s*[|•·♦]\s*|\s+~\s+")


def _opens_with_verb(text: str) -> bool:
    """ "Completed …", "Create classes …": a sentence; "Certified Public Accountant",
    "Advanced …" are none."""
    return tx.starts_with_verb(text) and not _ADJECTIVE.match(text)


# Participles that open a certificate's name ("Advanced Diving Certificate", "Registered Nurse").
_ADJECTIVE = re.compile(
    r"(?i)(?:certified|advanced|applied|licensed|registered|chartered|accredited|qualified)\b"
)


# Products named with their release year ("SharePoint 2007", "Windows Server 2012", "Office
# 2016", "AutoCAD 2018"): the year is the version in the certificate's name, not its date.
_VERSIONED = re.compile(
    r"(?i:\b(?:windows|server|sharepoint|office|exchange|studio|sql|dynamics|excel|word|access"
    r"|outlook|powerpoint|project|visio|lync|autocad|revit|inventor|civil\s+3d|tfs))\s+$"
)


def _undated(text: str) -> tuple[str, str | None]:
    """``text`` with its dates cut out, and the last of them (the certificate's date); a
    product's version year stays in the name."""
    found = [
        (value, (s, e))
        for value, (s, e) in dates.find_dates(text)
        if not (re.fullmatch(r"\d{4}", text[s:e]) and _VERSIONED.search(text[:s]))
    ]
    return dates.without_dates(text, found), found[-1][0] if found else None


def _certificate(text: str) -> Certification | None:
    text, date = _undated(text)
    text = re.sub(r"\(\s*\)", "", text)
    text = _LEAD.sub("", _LABEL.sub("", text)).split(";")[0]
    parts = [tx.balanced(p.strip(" .-–:")) for p in re.split(r"\s*,\s*", text)]
    parts = [p[1:-1] if p[:1] + p[-1:] == "()" else p for p in parts]
    parts = [p for p in parts if tx.words(p)]
    name = next((p for p in parts if _CERT.search(p)), None)
    if not name:
        return None
    name = tx.collapse(name)
    words = tx.words(name)
    if (
        not 2 <= len(words) <= 12
        or not name[:1].isupper()
        or tx.is_all_caps(name)  # "ADDITIONAL CERTIFIED TRAINING": a heading
        or find_degree(name)
        or not _held(name)
        or _opens_with_verb(name)
        or (len(words) >= 5 and tx.capitalised_ratio(name) < 0.5)  # a sentence
        or re.search(r"(?i)x{4,}", text)  # a template's "xxxxx"
    ):
        return None
    school = INSTITUTION.search(name)
    if school and not re.search(r"(?i)\b(?:of|in|for)\s+$", name[: school.start()]):
        return None  # "Certificate in X Hillcrest College Town": runs into a school's name
    issuer = next((p for p in parts if tx.collapse(p) != name and INSTITUTION.search(p)), None)
    return Certification(name=name, issuer=issuer, date=date)


def elsewhere(
    education: list[str],
    others: list[str],
    experience: list[str],
    known: list[Certification],
) -> list[Certification]:
    """The certificates named outside a Certifications section, less those ``known`` has:
    lines of ``education``, whole lines or pieces of ``others`` (Awards, skills lists, the
    header …) and, in all three and in ``experience``, the lists under a sub-heading naming
    certificates or licences ("Lifesaving Certifications", "State Licences")."""
    out: list[Certification] = []
    for lines, whole in ((education, False), (others, True), (experience, None)):
        rest, blocks = _blocks(lines)
        for block in blocks:
            for cert in parse_certifications(block):
                if _held(cert.name) and _new(cert, [*known, *out]):
                    out.append(cert)
        if whole is not None:
            out += certificates_in(rest, [*known, *out], whole=whole)
    return out


def _held(name: str) -> bool:
    """Not "Eligible for …", a membership, a school-leaving certificate or a template's "xxxx"."""
    return not (_NOT_HELD.search(name) or _NOT_CERT.search(name) or re.search(r"(?i)x{4,}", name))


def _new(cert: Certification, known: list[Certification]) -> bool:
    return cert.name.casefold() not in {tx.collapse(c.name).casefold() for c in known}


# A sub-heading over a list of certificates or licences inside another section ("Lifesaving
# Certifications"); a list of trainings or courses is none (a course is not a credential).
_SUBHEADING = re.compile(
    r"(?:[\w&-]+\s+){0,3}(?:certifications|certificates|licen[cs]es)", re.IGNORECASE
)


_SUB_END = re.compile(r"(?:certifications|certificates|licen[cs]es)\s*:?\s*$", re.IGNORECASE)


def _subheading(line: str) -> bool:
    if len(line) > 80 or not _SUB_END.search(line):
        return False  # the quick test: most lines end otherwise
    text = tx.strip_bullet(line).strip().rstrip(":").strip()
    if not 1 <= len(tx.words(text)) <= 4 or not _SUBHEADING.fullmatch(text) or find_degree(text):
        return False
    if not (tx.is_all_caps(text) or tx.capitalised_ratio(text) == 1.0):
        return False
    found = sections.lookup_heading(text)  # "EDUCATION & TRAINING" heads the section
    return found is None or found[0] == "certifications"


def _ends_block(line: str) -> bool:
    """A line after which a sub-heading's list goes on no more: a blank, a degree, a school,
    another heading in capitals."""
    text = tx.strip_bullet(line).strip()
    label = text.split(":")[0] if ":" in text else ""
    return (
        not text
        or bool(label and sections.lookup_heading(label))  # "REFERENCES: On request"
        or bool(find_degree(text))
        # a school's line, not a certificate's with its issuer ("X Diver – Y Academy")
        or (
            bool(INSTITUTION.search(re.split(r"\s+[-–—|]\s+|,", text)[0]))
            and not _CERT.search(text)
        )
        or (tx.is_all_caps(text) and len(tx.words(text)) <= 5 and not re.search(r"\d", text))
    )


def _blocks(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """``lines`` -> (the lines outside sub-headed lists, the lists)."""
    rest: list[str] = []
    blocks: list[list[str]] = []
    block: list[str] | None = None
    for line in lines:
        if _subheading(line):
            block = []
            blocks.append(block)
        elif block is not None and not _ends_block(line):
            if not (tx.bullet_glyph(line) and any(not tx.bullet_glyph(x) for x in block)):
                block.append(line)  # bullets under a certificate's line are its topics
        else:
            block = None
            rest.append(line)
    return rest, [b for b in blocks if b]


def certificates_in(
    lines: list[str], known: list[Certification], *, whole: bool = False
) -> list[Certification]:
    """The certificates ``lines`` name, less those ``known`` has. ``whole``: each must be the
    whole line or a whole "|"-separated piece of it (lines outside Education, where a
    certificate inside a sentence is a claim, not an entry)."""
    seen = {tx.collapse(c.name).casefold() for c in known}
    out: list[Certification] = []
    for line in lines:
        text = tx.strip_bullet(line).strip()
        for piece in _PIECES.split(text) if whole else [text]:
            bare = re.sub(r"\([^()]*\)", " ", piece)  # "(5 days, Microsoft Certified)": a note
            if not _CERT.search(bare) or find_degree(piece) or len(tx.words(piece)) > 20:
                continue
            cert = _certificate(piece)
            if not cert or cert.name.casefold() in seen or _a_heading(cert.name):
                continue
            if whole and len(tx.words(cert.name)) < len(tx.words(_part_of(cert.name, piece))) - 1:
                continue  # "Passed the … certification exam in May": a sentence
            seen.add(cert.name.casefold())
            out.append(cert)
    return out


# ------------------------------------------------------------------ a Certifications section

_CERT_WORD = re.compile(r"(?i:certif|licen[cs])|\b[A-Z]{2,6}\b")
_CERT_SPLIT = re.compile(r"\s+[-–—|]\s+|\s*\|\s*|\s+·\s+")
_ISSUED_BY = re.compile(
    r"\s*[,(]?\s*\b(?:issued\s+by|by|from)\s+(?P<issuer>[^,()]+)\)?", re.IGNORECASE
)


def parse_certifications(lines: list[str]) -> list[Certification]:
    """The items of a Certifications section (its heading vouches for them)."""
    out: list[Certification] = []
    issuers = _issuer_lines(lines)
    schooling = False  # under "SECONDARY SCHOOL" inside the section: schools and subjects
    for item in _joined(_items(lines, issuers)):
        if _schooling_heading(item) or (schooling and not _subheading(item)):
            schooling = True
            continue
        if item in issuers:
            if out and out[-1].issuer is None:
                out[-1] = out[-1].model_copy(update={"issuer": item})
            continue
        pieces = [p for p in _SECTION_PIECES.split(item) if tx.words(p)]
        if len(pieces) >= 2 and (
            sum(bool(_CERT_WORD.search(p)) for p in pieces) >= 2
            or all(dates.find_dates(p) for p in pieces)
        ):
            # "AWS Certified X | Google Certified Y", "CPR, 2002 | First Aid, 2001": several
            # certificates on one line.
            found = [_certification(p, split=False) for p in pieces]
        else:
            found = [_certification(item, split=True)]
        out.extend(c for c in found if c and not _no_certificate(c.name))
    return out


def _schooling_heading(item: str) -> bool:
    """ "SECONDARY SCHOOL", "HIGH SCHOOL" in capitals inside a Certifications section: a
    school-leaving block follows (its school, its subjects), no certificates."""
    return (
        tx.is_all_caps(item)
        and len(tx.words(item)) <= 3
        and bool(INSTITUTION.search(item) or find_degree(item))
        and not _CERT.search(item)
    )


# Pieces of one item that each name a certificate: "A Certified | B Certified", "A ~ B".
_SECTION_PIECES = re.compile(r"\s*\|\s*|\s+~\s+")


def _items(lines: list[str], issuers: set[str]) -> list[str]:
    """A Certifications section's lines -> its items (``tx.join_wrapped``), where a line that
    opens with its date and goes on with a name starts an item of its own when two lines or
    more do ("2023  Name, Issuer": "2021" no continuation of the line above), an issuer's
    line (``_issuer_lines``) is an item of its own, and bullets drawn on lines of their own,
    none with text, start none (every line would continue the first item)."""
    if all(tx.strip_bullet(x) == "" for x in lines if tx.bullet_glyph(x)):
        lines = [x for x in lines if not tx.bullet_glyph(x)]
    led = [i for i, x in enumerate(lines) if _date_led(x)]
    cuts = {0, len(lines)} | (set(led) if len(led) >= 2 else set())
    for i, x in enumerate(lines):
        if tx.strip_bullet(x) in issuers:
            cuts |= {i, i + 1}
    ends = sorted(cuts)
    return [item for a, b in itertools.pairwise(ends) for item in tx.join_wrapped(lines[a:b])]


def _issuer_lines(lines: list[str]) -> set[str]:
    """Short lines written twice or more in a Certifications section and naming no
    certificate: the issuer under each certificate's name ("Name" / "Coursera" / "Name" /
    "Coursera")."""
    seen: dict[str, int] = {}
    for line in lines:
        text = tx.strip_bullet(line)
        if 1 <= len(tx.words(text)) <= 4 and not _CERT.search(text) and not dates.find_dates(text):
            seen[text] = seen.get(text, 0) + 1
    return {text for text, n in seen.items() if n >= 2}


def _date_led(line: str) -> bool:
    """ "2023  AWS Certified X, Issuer", "Jun 2019 - First Aid Certificate": a date, then a
    name of two words or more."""
    text = tx.strip_bullet(line)
    found = dates.find_dates(text)
    if not found or text[: found[0][1][0]].strip():
        return False
    return len(tx.words(dates.without_dates(text, found[:1]))) >= 2


def _heading_parts(text: str) -> list[str]:
    """ "Awards / Certifications / Achievements" -> its headings."""
    return [p for p in re.split(r"\s*(?:[/&,]|\b(?i:and)\b)\s*", text) if p.strip()]


def _a_heading(text: str) -> bool:
    """ "Awards / Certifications / Achievements", "Licences and Certificates": a heading."""
    parts = _heading_parts(text)
    return bool(parts) and all(sections.lookup_heading(p) for p in parts)


# A heading in capitals glued before its first item ("HONORS, AWARDS, SPECIAL MENTIONS: Bonus").
_GLUED_HEADING = re.compile(r"^([A-Z][A-Z&/ ,]+?)\s*:\s+(?=\S)")


def _under_glued_heading(item: str) -> str | None:
    """``item`` without a capitals heading glued before it; None when that heading names
    other things than certificates (honours, awards): the item is none."""
    glued = _GLUED_HEADING.match(item)
    kinds = {
        found[0]
        for p in (_heading_parts(glued.group(1)) if glued else [])
        if (found := sections.lookup_heading(p))
    }
    if not kinds:
        return item
    return item[glued.end() :] if "certifications" in kinds else None


# Words no certificate's name ends with: "QRX, Glassware Certified" / "Kiln Designer"; a level
# written before its subject ("Acme Cloud Advanced" / "Storage Essentials"), not after a dash
# ("Spreadsheets - Advanced": a level).
_CUT_AFTER = re.compile(
    r"(?i)\b(?:certified|of|in|and|for|&)$|(?<=\w\s)(?i:advanced|introductory)$"
)


def _joined(items: list[str]) -> list[str]:
    """An item cut after a word no name ends with ("QRX, Glassware Certified" / "Kiln
    Designer") joined to the next; a lone "Certificate" or "Foundations" (a wrapped name's
    last word) to the name before it."""
    out: list[str] = []
    for item in items:
        cut = out and _CUT_AFTER.search(out[-1].strip())
        alone = re.fullmatch(
            rf"(?i)\W*(?:certificate|certification|licen[cs]e|{_LAST_WORD})\W*", item
        )
        if (alone and out) or (
            cut and not (_CERT.search(item) or tx.is_all_caps(item) or len(tx.words(item)) > 4)
        ):
            out[-1] = f"{out[-1].strip()} {item.strip()}"
        else:
            out.append(item)
    return out


def _no_certificate(name: str) -> bool:
    """What a Certifications section holds besides certificates: a sub-heading ("TECHNICAL
    CERTIFICATIONS", "PROFESSIONAL"), a place ("Dayton, Ohio"), the issuer or school on a line
    of its own, a lone word ("Year", "Subjects", "Certified") or a line describing a course
    ("Build a small web server …"). A name like a job title stays ("Crane Operator
    Associate" is a certificate)."""
    words = tx.words(name)
    if len(words) == 1:
        return not _product(name)
    if _CERT.search(name) and not tx.is_all_caps(name):
        return False  # "Certified Scrum Master", "First Aid Certificate"
    return bool(
        (len(words) >= 6 and tx.capitalised_ratio(name) < 0.5)  # "Two weeks of training in …"
        or (tx.is_all_caps(name) and sections.lookup_heading(name))
        or (tx.is_all_caps(name) and len(words) <= 3 and all(len(w) >= 5 for w in words))
        or places.is_place_name(name)
        or places.find_city_line(name)
        or (INSTITUTION.search(name) and not re.search(rf"(?i)\b{_LAST_WORD}$", name))
        # "Baking for Beginners: Rye and Spelt": a course's title and subtitle, no sentence
        or (_opens_with_verb(name) and not _TITLED.match(name))
    )


# Two words or more, then a colon and a subtitle.
_TITLED = re.compile(r"\S+\s[^:]*\S:\s")


def _product(name: str) -> bool:
    """A one-word certificate: an acronym ("CCNA"), a product's name ("FlowDesk"), a name
    with a version ("QLT 2") — not a plain word ("Year", "English")."""
    if not re.fullmatch(r"[A-Za-z][\w+&.-]*(?:\s+[\dIVX]+(?:\.\d+)*)?", name):
        return False  # "Updated: 10", "Module 1,2 & 3"
    word = name.split()[0]
    vowels = len(re.findall(r"[AEIOU]", word))
    return bool(
        re.search(r"\d", name)
        or (word.isupper() and 2 < len(word) <= 6 and (len(word) <= 4 or vowels <= 1))
        or (not word.isupper() and re.search(r"[a-z][A-Z]", word))
    )


def _part_of(name: str, piece: str) -> str:
    """The comma-separated part of ``piece`` (dates out) that holds ``name``'s first word
    ("Certificate of Teaching, Eastvale University": the first)."""
    first = name.split()[0].casefold()
    parts = re.split(r"\s*[,;]\s*", _undated(piece)[0])
    return next((p for p in parts if first in p.casefold()), piece)


def _certification(item: str, *, split: bool) -> Certification | None:
    """ "Name - Issuer - 2019", "2023 Name, Issuer", "Name (Issuer)" -> Certification."""
    item = item.strip()
    if not tx.words(item) or len(item) > 200 or _NOT_HELD.search(item):
        return None  # "… (Expected: May 2025)": not held yet
    item = _NOTE_AFTER.sub("", _under_glued_heading(item) or "")
    if not tx.words(item):
        return None
    item, date = _undated(item)
    item = re.sub(r"\(\s*\)", "", re.sub(r"[,;]\s*\)", ")", item))
    parts = _CERT_SPLIT.split(item) if split else [item]
    parts = [tx.balanced(p.strip(" ,.-–:|")) for p in parts]
    parts = [p for p in parts if p and tx.words(p)]
    if not parts:
        return None
    level = _LEVEL.match(parts[1]) if len(parts) > 1 else None
    if level:  # "AWS Certified Developer – Associate, Amazon": the level is the name's
        dash = re.search(rf"{re.escape(parts[0])}\W*?(\s*[-–—]\s*)", item)
        joint = dash.group(1) if dash else " – "
        parts[:2] = [f"{parts[0]}{joint}{level.group(1)}", parts[1][level.end() :]]
        parts = [p for p in parts if tx.words(p)]
    name, issuer = parts[0], (parts[1] if len(parts) > 1 else None)
    by = _ISSUED_BY.search(name)
    comma = _COMMA_ISSUER.fullmatch(name)
    if issuer is None and by and by.start() > 3:
        issuer = by.group("issuer").strip()
        name = name[: by.start()].strip(" ,")
    elif issuer is None and comma and _CERT_NAMED.search(comma.group(1)):
        name, issuer = comma.group(1), comma.group(2)
    return Certification(name=tx.collapse(name), issuer=issuer, date=date)


# A note after the name, from its label on: "… Score: 517 (Certificate Number: …)",
# "… Credential ID: AB-12".
_NOTE_AFTER = re.compile(
    r"\s*[(,;–-]?\s*\b(?:score|result|grade|band|marks"
    r"|(?:certificate|credential|licen[cs]e)\s+(?:number|no\.?|id))\s*[:#]\s*\S.*$",
    re.IGNORECASE,
)
# The last word of a certificate's name, never a name alone ("Kite Academy Rigging Foundations":
# a school's word before it names its programme, not the school).
_LAST_WORD = r"(?:foundations?|fundamentals|essentials)"
# A certificate's level written after a dash ("… – Associate", "… - Specialty"), an issuer
# following it after a comma.
_LEVEL = re.compile(
    r"(?i)(associate|professional|specialty|speciality|expert|practitioner|foundation"
    r"|fundamentals)\b\s*(?:,\s*|$)"
)
# "Name, Issuer": one comma, then a capitalised name of one to six words.
_COMMA_ISSUER = re.compile(
    r"([^,]+?),\s*([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|the|for|&)){0,5}"
    r"(?:\s*\([A-Z]+\))?)"
)
# What says the part before the comma names the certificate: a certificate word or an
# acronym in brackets ("Project Management Professional (PMP)").
_CERT_NAMED = re.compile(r"(?i:certif|licen[cs]|credential)|\([A-Z]{2,6}\)")
