"""Europass CVs (the EU's template, 2004-2012 and its Word / PDF exports): a label column
beside the values, one row a field — "Dates | Jan 2020 - Present", "Occupation or position
held | Data Analyst", "Main activities and responsibilities | …", "Name and address of
employer | Acme Robotics, Springfield". The labels are the form's, not the resume's words, and
the employer comes after the activities, so no role reader found the employer (and the name
row "First name(s) / Surname(s) | Jane Doe" was no name). Read as a resume writes them: each
entry's title, employer (or school), dates, then the rest; the contact rows' values alone;
a skills row's label a heading of its own ("Computer skills and competences:").

Cells arrive parted by " | " (a DOCX table), two spaces or a tab (a PDF's columns), or ":";
a long label wrapped in its column ("Name and type of organisation" / "providing education and
training") loses its wrapped words.
"""

from __future__ import annotations

import re

from atspro.analysis.resume.heading_words import AMBIGUOUS_KEYS, key, section_of

_ENTRY = {  # label -> the field of an entry it gives
    "dates": "dates",
    "occupation or position held": "title",
    "name and address of employer": "employer",
    "main activities and responsibilities": "body",
    "type of business or sector": "body",
    "title of qualification awarded": "title",
    "name and type of organisation providing education and training": "employer",
    "principal subjects/occupational skills covered": "body",
    "level in national or international classification": "drop",
}
_VALUE = (  # personal rows: the value alone
    "first name(s) / surname(s)",
    "surname(s) / first name(s)",
    "first name / surname",
    "address(es)",
    "address",
    "telephone(s)",
    "telephone",
    "mobile",
    "e-mail(s)",
    "e-mail",
    "nationality",
    "date of birth",
    "gender",
)
_LABELLED = (  # rows whose label names what the value is: a heading line of its own
    "mother tongue(s)",
    "other language(s)",
    "social skills and competences",
    "organisational skills and competences",
    "technical skills and competences",
    "computer skills and competences",
    "computer skills",
    "artistic skills and competences",
    "other skills and competences",
    "personal skills and competences",
    "job-related skills",  # the 2013 form's skills rows
    "digital competence",
    "digital skills",
    "additional information",
)
# the 2013 form's rows under "Personal skills" / "Additional information" that no resume heading
# names: a row ("Conferences | …", "DRIVING LICENCE") ends an entry and heads its value; never
# a lower-case wrapped body line ("conferences") nor a sentence ("Communication skills were …")
_FORM_ROWS = (
    "conferences",
    "seminars",
    "conferences and seminars",
    "seminars and workshops",
    "citations",
    "driving licence(s)",
    "driving licence",
    "driving license",
    "personal skills",
    "job applied for",
    "communication skills",
    "organisational / managerial skills",
    "other skills",
)
_KINDS = {
    **_ENTRY,
    **dict.fromkeys(_VALUE, "value"),
    **dict.fromkeys(_LABELLED + _FORM_ROWS, "label"),
}
# the labels only a Europass form has: two of them make a document one. A label counts only
# at a line's start and followed by its cell's separator or the line's end: the same words
# inside a bullet sentence ("wrote main activities and responsibilities for …") are no form.
_HINT = re.compile(
    r"^[ \t]*(occupation or position held|name and address of employer"
    r"|title of qualification awarded|name and type of organisation"
    r"|main activities and responsibilities)"
    r"(?=[ \t]*(?:[|:\t]|$)|[ \t]{2}| providing education and training)",
    re.IGNORECASE | re.MULTILINE,
)
HINTS_NEEDED = 2
HEADING_CAPS_WORDS = 3  # a capitals line of at most this many words ending in a heading word
WRAP_MIN_WORDS = 3  # a long label wrapped in its column: its first words, at least this many


def _prefixes() -> dict[str, tuple[str, str]]:
    """Each label and each wrapped first part of a long one -> (kind, the wrapped rest)."""
    out: dict[str, tuple[str, str]] = {}
    for label, kind in _KINDS.items():
        words = label.split()
        for n in range(WRAP_MIN_WORDS, len(words)):
            out.setdefault(" ".join(words[:n]), (kind, " ".join(words[n:])))
        out[label] = (kind, "")
    return out


_PREFIXES = _prefixes()
# the form rows' labels and their wrapped first words ("organisational / managerial"): the
# guard against a sentence or a lower-case body line covers both
_FORM_ROW_PREFIXES = frozenset(
    p for p, (_, rest) in _PREFIXES.items() if f"{p} {rest}".strip() in _FORM_ROWS
)
_ROW = re.compile(
    r"^("
    + "|".join(re.escape(k) for k in sorted(_PREFIXES, key=len, reverse=True))
    + r")(\s*[|:\t]\s*|\s+|$)(.*)$",
    re.IGNORECASE,
)
_HEADINGS = frozenset(  # the form's section rows: they end an entry
    (
        "personal information",
        "work experience",
        "education and training",
        "desired employment / occupational field",
        "desired employment",
        "language(s)",
        "languages",
        "annexes",
    )
)
_SPOKEN = re.compile(r"[\d+(]")  # a one-word label parted by one space: before a number only


def is_europass(text: str) -> bool:
    """Whether ``text`` holds the labels of the Europass form (two different ones)."""
    found = {m.group(1).casefold() for m in _HINT.finditer(text)}
    return len(found) >= HINTS_NEEDED


def europass_rows(lines: list[str]) -> list[str]:
    """The lines of a Europass CV without its labels, each entry's fields in resume order.
    A free-format CV that borrows a label or two keeps its lines in place: a new title after
    an entry's body starts the next entry, and a heading closes an entry."""
    out: list[str] = []
    entry: dict[str, list[str]] = {}
    last = ""  # the field a following unlabelled line continues
    rest = ""  # a wrapped label's rest, expected alone on the next line

    def flush() -> None:
        for field in ("title", "employer", "dates", "body"):
            out.extend(entry.get(field, ()))
        entry.clear()

    for line in lines:
        if rest and line.casefold().strip(" :") == rest:
            rest = ""
            continue
        rest = ""
        m = _ROW.match(line)
        if m is not None and m.group(2) == " " and " " not in m.group(1):
            m = m if _SPOKEN.match(m.group(3)) else None  # "Mobile app developer": no label
        if m is not None and m.group(1).casefold() in _FORM_ROW_PREFIXES:
            m = None if m.group(2) == " " or m.group(1).islower() else m
        if m is None or line.casefold().strip(" :") in _HEADINGS:
            if _heading_like(line):
                flush()
                last = ""
            if last and entry:
                entry.setdefault(last, []).append(line)
            else:
                out.append(line)
            continue
        label, value = m.group(1), m.group(3).strip(" |")
        kind, rest = _PREFIXES[label.casefold()]  # a wrapped label's rest: written in full
        # a title after a body starts the next entry (the form's title comes first), and so does
        # an employer after a body with no title or dates (a borrowed label's entry); the
        # form's employer row follows its activities in one entry
        starts_next = bool(entry.get("body")) and (
            kind == "title" or (kind == "employer" and not {"title", "dates"} & entry.keys())
        )
        if kind in ("value", "label") or kind in entry or starts_next:
            flush()
            last = ""
        if kind == "value":
            out.extend([value] if value else [])
        elif kind == "label":
            out.append(f"{label.rstrip(' :')}{' ' + rest if rest else ''}:")
            out.extend([value] if value else [])
        elif kind != "drop":
            entry[kind] = [value] if value else []
            last = kind
        else:
            last = ""
    flush()
    return out


def _heading_like(line: str) -> bool:
    """A line that ends an entry: the form's section row, any resume's section heading
    (``heading_words``: ``sections`` itself reads ``text``, which calls this module), or a
    short line in capitals whose last word is a heading's ("KEY PROJECTS", "CLINICAL
    EXPERIENCE"); not other capitals an entry's body holds ("SAP", "ISO 9001"), nor a
    wrapped body line that is one ambiguous word ("training", "tools") unless in capitals."""
    bare = line.strip(" :")
    if bare.casefold() in _HEADINGS:
        return True
    if section_of(bare) and (bare.isupper() or key(bare) not in AMBIGUOUS_KEYS):
        return True
    words = bare.split()
    return bare.isupper() and 0 < len(words) <= HEADING_CAPS_WORDS and bool(section_of(words[-1]))
