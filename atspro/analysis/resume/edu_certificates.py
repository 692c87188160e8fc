"""Certificates and licences written under Education ("Certificate in Child Psychology", "CPR
Certification", "Standard Teaching License"): qualifications a recruiter looks for, read
into the resume's certifications — never as degrees (a degree has a level; these have none).

A line is one when it names a certificate, a certification, a licence or a credential, names
no degree or school-leaving certificate ("Higher National Certificate" and "Secondary School
Certificate" are read as education), and is short and no sentence ("Eligible for Teaching
Certification by …", "Progressive certification to attain …" are not).
"""

from __future__ import annotations

import re

from atspro.analysis.resume import dates
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.degrees import INSTITUTION, find_degree
from atspro.models import Certification

_CERT = re.compile(
    r"\b(?:certificate|certification|certified|licen[cs]e|credential)s?\b", re.IGNORECASE
)
# "Eligible for …", "Working towards …", "Pending …", "(expected)": not held (yet).
_NOT_HELD = re.compile(
    r"\b(?:eligible|pending|expected|working\s+towards?|in\s+progress|pursuing|to\s+attain"
    r"|preparing|applied)\b",
    re.IGNORECASE,
)
# School-leaving certificates ("Certificate of Secondary Education", "… 'O Level") are
# education; a society of certified accountants is a membership; a driving licence is a
# personal detail.
_NOT_CERT = re.compile(
    r"\bcertificate\s+of\s+(?:\w+\s+){0,2}education\b|\b[OA]\s*['’‘]?\s*levels?\b"
    r"|\b(?:society|association|member(?:ship)?)\b|\bdriv\w*['’‘]?s?\s+licen",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[A-Z][\w ]{0,30}:\s*")  # "Licensure: …", "Certificate Held: …"
# "A valid Teacher's License"
_LEAD = re.compile(r"^(?:an?\s+)?(?:valid|current)\s+", re.IGNORECASE)


def _certificate(text: str) -> Certification | None:
    found = dates.find_dates(text)
    date = found[-1][0] if found else None
    for _, (s, e) in reversed(found):
        text = f"{text[:s]} {text[e:]}"
    text = _LEAD.sub("", _LABEL.sub("", text)).split(";")[0]
    parts = [p.strip(" .-–:()") for p in re.split(r"\s*,\s*", text)]
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
        or _NOT_HELD.search(name)
        or _NOT_CERT.search(name)
        or tx.starts_with_verb(name)
        or (len(words) >= 5 and tx.capitalised_ratio(name) < 0.5)  # a sentence
        or re.search(r"(?i)x{4,}", text)  # a template's "xxxxx"
    ):
        return None
    school = INSTITUTION.search(name)
    if school and not re.search(r"(?i)\b(?:of|in|for)\s+$", name[: school.start()]):
        return None  # "Certificate in X Hillcrest College Town": runs into a school's name
    issuer = next((p for p in parts if tx.collapse(p) != name and INSTITUTION.search(p)), None)
    return Certification(name=name, issuer=issuer, date=date)


def certificates_in(lines: list[str], known: list[Certification]) -> list[Certification]:
    """The certificates ``lines`` (an Education section) name, less those ``known`` has."""
    seen = {tx.collapse(c.name).casefold() for c in known}
    out: list[Certification] = []
    for line in lines:
        text = tx.strip_bullet(line).strip()
        bare = re.sub(r"\([^()]*\)", " ", text)  # "(5 days, Microsoft Certified)": a note
        if not _CERT.search(bare) or find_degree(text) or len(tx.words(text)) > 20:
            continue
        cert = _certificate(text)
        if cert and cert.name.casefold() not in seen:
            seen.add(cert.name.casefold())
            out.append(cert)
    return out
