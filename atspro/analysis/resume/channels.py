"""How to reach the person: the e-mail address and phone numbers (E.164 via ``phonenumbers``)."""

from __future__ import annotations

import re

import phonenumbers

# The local part is at most 64 characters (RFC 5321): a longer run before an "@" is no address.
EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
PHONE = re.compile(
    r"(?<![\w+/])(?:(?:\+\s?\d{1,3}(?:\s?[-–]\s?|[\s.\-])?)?(?:\(\+?\d{1,4}\)[\s.\-]?)?\d{1,7}"
    r"(?:[\s.\-]\d{2,8}){1,4}"
    r"|(?:\+\s?\d{1,3}|\(\+?\d{1,4}\)|00[1-9]\d{0,2})(?:\s?[-–]\s?|[\s.\-])?\d{7,12}"  # "(+91) 8087996634"
    r"|\d{10,11})(?![\w/])"  # "9876501234": a mobile number written in one piece
)
_PHONE_LABEL = re.compile(
    r"\b(?:phone|mobile|mob|cell|tel|telephone|contact|whatsapp)\b\.?\s*(?:no\.?|number)?\s*[:#]?\s*$",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d$")


# "jane.doe [at] example [dot] org", "jane.doe(at)example.org": an address written so that
# crawlers miss it.
_SPELLED_DOT = r"\s*(?:\.|[\[(]\s*dot\s*[\])])\s*"
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.+-])(?P<local>[A-Za-z0-9][\w.+-]{{0,63}})\s*[\[(]\s*at\s*[\])]\s*"
    rf"(?P<domain>[A-Za-z0-9-]+(?:{_SPELLED_DOT}[A-Za-z0-9-]+)*{_SPELLED_DOT}[A-Za-z]{{2,}})\b",
    re.IGNORECASE,
)
# "JANE DOEjane.doe@example.org": the capitals that open the address are the end of a name in
# capitals glued to it (the address itself is in lower case).
_GLUED_CAPITALS = re.compile(r"^[A-Z]{3,}(?=[a-z0-9][a-z0-9._+-]*@)(?=[^A-Z]*$)")
# The name's first words in capitals before it (not a label: "E: RKdoe@…", "EMAIL JDOEj@…").
_CAPITALS_BEFORE = re.compile(r"(?:^|\s)(?!E-?MAIL\b|MAIL\b)[A-Z][A-Z'’\-]+$")


# "+44 7700 900123jane@example.org": a phone glued to the address that follows it. Bounded
# (a phone starts after no word character and is at most 22 characters long; the local part
# at most 64), so that a hostile line of digits is read in linear time.
_PHONE_GLUED = re.compile(r"(?<![\w.+-])(\+?\d[\d\s().\-]{6,20}\d)(?=[A-Za-z][\w.+-]{0,63}@)")
# "Email: 9876543210jane@…": digits right after an e-mail label open the address.
_EMAIL_LABEL = re.compile(r"\b(?:e-?mail|mail)\s*(?:id|address)?\s*[:\-–]?\s*$", re.IGNORECASE)
# "jane.doe @ example.org", "jane.doe@ example.org": spaces around the "@" (a PDF's spacing);
# in lower case only ("Engineer @ Acme.com" is a role).
_SPACED_AT = re.compile(
    r"(?<![\w.+-])(?P<local>[a-z0-9][a-z0-9._+-]{0,63})(?:\s+@\s*|@\s+)"
    r"(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b"
)


def unglued(line: str) -> str:
    """The line with a phone glued to the e-mail after it parted from it (not digits right
    after an e-mail label: they open the address)."""
    if "@" not in line:
        return line
    return _PHONE_GLUED.sub(
        lambda m: m[0] if _EMAIL_LABEL.search(line[: m.start()]) else f"{m[1]} ", line
    )


def _loose_emails(line: str) -> list[tuple[int, int, str]]:
    """The line's addresses spelled with "[at]"/"(at)" or spaced around the "@" (start, end,
    address): only one that is a cell of its own, or follows an e-mail label in its cell —
    "Led the migration (at) Acme.Corp team", "engineer @ example.com" are prose and roles."""
    if "@" not in line and "(" not in line and "[" not in line:
        return []  # neither an "@" nor a bracketed "at": most lines, skipped cheaply
    out = []
    for rx in (_SPELLED_EMAIL, _SPACED_AT):
        for m in rx.finditer(line):
            before = _CELL_GAP.split(line[: m.start()])[-1].strip(" •|:")
            after = _CELL_GAP.split(line[m.end() :])[0].strip(" •|.,;")
            if after or (before and not _EMAIL_LABEL.search(before)):
                continue
            domain = re.sub(_SPELLED_DOT, ".", m["domain"]) if rx is _SPELLED_EMAIL else m["domain"]
            out.append((m.start(), m.end(), f"{m['local']}@{domain}".lower()))
    return sorted(out)


def email_at(line: str, loose: bool = True) -> tuple[int, str] | None:
    """Where the line's e-mail address starts and the address: one a phone is glued before,
    and one a name in capitals is glued to ("JANE DOEjane@…": the address starts after the
    capitals); with ``loose`` also one spelled with "[at]" / "(at)" or spaced around its "@"
    when it stands in a cell of its own."""
    line = unglued(line)
    m = EMAIL.search(line)
    if m:
        address, start = m.group(0).rstrip("."), m.start()
        glued = _GLUED_CAPITALS.match(address)
        if glued and _CAPITALS_BEFORE.search(line[:start].rstrip()):
            return start + glued.end(), address[glued.end() :]
        return start, address
    found = _loose_emails(line) if loose else []
    return (found[0][0], found[0][2]) if found else None


def without_emails(line: str) -> str:
    """The line with its e-mail addresses (also spelled ones in a cell of their own) blanked."""
    line = EMAIL.sub(" ", unglued(line))
    for start, end, _ in reversed(_loose_emails(line)):
        line = f"{line[:start]} {line[end:]}"
    return line


# "jane.doe@" / "example.org": an address a narrow column broke after its "@" (or before it).
_ENDS_AT = re.compile(r"[\w.+-]@$")
_STARTS_AT = re.compile(r"^@[\w-]+\.")
_LOCAL_MARK = re.compile(r"[._\d+]")  # "Follow me" / "@example.org" is no address


def find_email(lines: list[str], loose: bool = True) -> str | None:
    """The first address on the lines (also one a narrow column broke over two); ``loose``:
    also a spelled or spaced one (see ``email_at``)."""
    for n, line in enumerate(lines):
        found = email_at(line, loose)
        if found:
            return found[1]
        nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
        local = line.split()[-1] if line.strip() else ""  # "jane.doe" / "@example.org"
        before_at = _STARTS_AT.match(nxt) and (local == line.strip() or _LOCAL_MARK.search(local))
        if (_ENDS_AT.search(line.rstrip()) or before_at) and not EMAIL.search(nxt):
            found = email_at(f"{line.rstrip()}{nxt}", loose)
            if found:
                return found[1]
    return None


# A number partly hidden ("+49 152 284 *** **"): no number to call.
_MASKED_AFTER = re.compile(r"\s?[*xX#•]{2,}")
# Digits set one by one ("9 8 7 6 5 4 3 2 1 0", letter-spaced PDF text).
_SPACED_DIGITS = re.compile(r"(?<![\w.])(?:\d ){6,14}\d(?![\w.])")


def phone_candidates(line: str) -> list[str]:
    out = []
    line = _SPACED_DIGITS.sub(lambda m: m.group(0).replace(" ", ""), line)
    for m in PHONE.finditer(line):
        if _MASKED_AFTER.match(line, m.end()):
            continue
        raw = m.group(0).strip()
        digits = re.sub(r"\D", "", raw)
        if not 7 <= len(digits) <= 15 or _YEAR_RANGE.match(raw):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", digits[:4]) and len(digits) == 8 and "-" in raw:
            continue  # 2019-2021
        out.append(raw)
    return out


# What a number's label says it is. A fax is no number to call; of several numbers, the
# mobile is the one a recruiter rings (the same person's layouts list them in different
# orders), else the first.
_FAX = r"fax|facsimile|f"
_MOBILE = r"mobile|mob|cell|cellphone|cell\s+phone|whats\s?app|handy|m|c"
_LANDLINE = r"home|office|work|landline|residence|res|direct|desk|h|o|w"
_LABEL_BEFORE = re.compile(
    rf"\b(?:(?P<fax>{_FAX})|(?P<mobile>{_MOBILE})|(?P<land>{_LANDLINE})|phone|tel|telephone)"
    r"\.?\s*(?:no\.?|number|#)?\s*[:.\-–]?\s*$",
    re.IGNORECASE,
)
_LABEL_AFTER = re.compile(
    rf"^\s*\((?:(?P<fax>{_FAX})|(?P<mobile>{_MOBILE})|(?P<land>{_LANDLINE}))\)", re.IGNORECASE
)
_RANK = {"mobile": 0, None: 1, "land": 1}
# A number the layout broke over two lines ("+49 152" / "284 610 37"): its country code and
# first group end one line, the rest opens the next.
_DANGLING = re.compile(
    r"(?:^|[\s:|•])(?P<head>(?:\+\s?\d{1,3}|\(\+\d{1,4}\))(?:[\s.\-]\d{1,4})?)\s*$"
)
_CONTINUED = re.compile(r"^\s*(?P<tail>\d{2,5}(?:[\s.\-]\d{2,5}){0,3})(?![\w/])")


_ZIP4 = re.compile(r"\d{5}-\d{4}")
_STATE_BEFORE = re.compile(r"\b[A-Z]{2},?\s*$")


# "Tel./Fax", "Phone & Fax": one number for both, a phone.
_PHONE_AND_FAX = re.compile(r"\b(?:tel|phone|ph|telephone)\.?\s*(?:/|&|and)\s*$", re.IGNORECASE)


def _label_of(line: str, start: int, end: int, prev_end: int) -> str | bool | None:
    """The kind of the number at ``line[start:end]``: "mobile", "land", None (unlabelled or
    plain phone, also "Tel./Fax") or False (a fax)."""
    before = line[prev_end:start]
    label = _LABEL_BEFORE.search(before)
    if label and label.group("fax") and _PHONE_AND_FAX.search(before[: label.start("fax")]):
        label = None
    for m in (_LABEL_AFTER.match(line[end:]), label):
        if m and m.group("fax"):
            return False
        if m and (m.group("mobile") or m.group("land")):
            return "mobile" if m.group("mobile") else "land"
    return None


def _joined(lines: list[str]) -> list[str]:
    """Lines with a number the layout split over two of them put back on the first."""
    out = list(lines)
    for i in range(len(out) - 1):
        head = _DANGLING.search(out[i])
        tail = _CONTINUED.match(out[i + 1]) if head else None
        if head and tail and 7 <= sum(ch.isdigit() for ch in head["head"] + tail["tail"]) <= 15:
            out[i] = f"{out[i].rstrip()} {tail['tail']}"
            out[i + 1] = out[i + 1][tail.end() :]
    return out


def find_phone(lines: list[str], region: str | None) -> str | None:
    """The contact lines' phone number, as E.164 when it can be read as one: never a fax or a
    ZIP+4; the one labelled mobile when there is one; else the first."""
    best: tuple[int, str] | None = None
    for line in _joined(lines):
        line = EMAIL.sub(" ", unglued(line))
        prev_end = 0
        for raw in phone_candidates(line):
            start = line.find(raw, prev_end)
            kind = _label_of(line, start, start + len(raw), prev_end)
            prev_end = start + len(raw)
            if _ZIP4.fullmatch(raw) and _STATE_BEFORE.search(line[:start]):
                continue  # "Seattle, WA 98402-3311": a ZIP+4
            if kind is not False and (best is None or _RANK[kind] < best[0]):
                best = (_RANK[kind], raw)
    return normalise_phone(best[1], region) if best else None


def find_phone_line(lines: list[str], region: str | None) -> str | None:
    """A line that is nothing but a phone number, anywhere (a sidebar's contact block read
    under another heading), or a row of contact cells: the number beside a link or an
    e-mail, parted by a cell gap ("+1 555 0100  example.dev/users/12")."""
    for line in lines:
        found = phone_candidates(line)
        if len(found) != 1:
            continue
        cells = _cells(line)
        if found[0] in cells and all(
            c in ("", found[0]) or EMAIL.fullmatch(c) or _LINK_CELL.fullmatch(c) for c in cells
        ):
            return normalise_phone(found[0], region)
    return None


def find_phone_cell(lines: list[str], region: str | None) -> str | None:
    """A sidebar's phone read on one row with the main column's text (an OCR'd photo or a
    flattened two-column page: "(555) 010-0199  • Signals and Systems"): the row's first cell
    is the number alone, written as a phone is (its area code in brackets, or a "+" country
    code), parted from the rest by a cell gap. Only the page's first lines are looked at."""
    for line in lines[:_SIDEBAR_ROWS]:
        cells = _cells(line)
        if len(cells) < 2 or not _WRITTEN_AS_PHONE.match(cells[0]):
            continue
        found = phone_candidates(cells[0])
        if found == [cells[0]]:
            return normalise_phone(found[0], region)
    return None


def _cells(line: str) -> list[str]:
    """A row's cells, parted by a column's gap or a bar/bullet between spaces."""
    return [c.strip(" •|:") for c in _CELL_GAP.split(line.strip())]


_SIDEBAR_ROWS = 40
_WRITTEN_AS_PHONE = re.compile(r"\(\d{2,5}\)|\+\s?\d")
_CELL_GAP = re.compile(r"\s{2,}|\s+[|•]\s+")
_LINK_CELL = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?")


def find_labelled_phone(lines: list[str], region: str | None) -> str | None:
    """A phone anywhere in the document, only when labelled ("Mobile: …")."""
    for line in lines:
        for m in PHONE.finditer(line):
            if _MASKED_AFTER.match(line, m.end()):
                continue
            if _PHONE_LABEL.search(line[: m.start()]) and phone_candidates(m.group(0)):
                return normalise_phone(m.group(0).strip(), region)
    return None


def normalise_phone(raw: str, region: str | None) -> str:
    cleaned = re.sub(r"^\(\s*(\+\d{1,4})\s*\)", r"\1", raw.strip())  # "(+91) 80879…"
    if re.match(r"^00[1-9]", cleaned) and len(re.sub(r"\D", "", cleaned)) >= 11:
        cleaned = "+" + cleaned[2:]  # "0091 98765 43210": 00 dials out, like "+"
    international = cleaned.startswith("+")
    if not international and region is None:
        return cleaned
    try:
        number = phonenumbers.parse(cleaned, None if international else region)
    except phonenumbers.NumberParseException:
        return cleaned
    # A region guessed from the address must fit the number: an Indian mobile on a resume
    # that names Austin is not a US number, so it is kept as written.
    if not (international or phonenumbers.is_valid_number(number)):
        return cleaned
    if not phonenumbers.is_possible_number(number):
        return cleaned
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
