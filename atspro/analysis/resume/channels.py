"""How to reach the person: the e-mail address and phone numbers (E.164 via ``phonenumbers``)."""

from __future__ import annotations

import re

import phonenumbers

EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
PHONE = re.compile(
    r"(?<![\w+/])(?:(?:\+\s?\d{1,3}(?:\s?[-–]\s?|[\s.\-])?)?(?:\(\+?\d{1,4}\)[\s.\-]?)?\d{1,7}"
    r"(?:[\s.\-]\d{2,8}){1,4}"
    r"|(?:\+\s?\d{1,3}|\(\+?\d{1,4}\)|00[1-9]\d{0,2})(?:\s?[-–]\s?|[\s.\-])?\d{7,12}"  # "(+91) 8087996634"
    r"|\d{10,11})(?![\w/])"  # "9398588761": a mobile number written in one piece
)
_PHONE_LABEL = re.compile(
    r"\b(?:phone|mobile|mob|cell|tel|telephone|contact|whatsapp)\b\.?\s*(?:no\.?|number)?\s*[:#]?\s*$",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d$")


def find_email(lines: list[str]) -> str | None:
    for line in lines:
        m = EMAIL.search(line)
        if m:
            return m.group(0).rstrip(".")
    return None


# A number partly hidden ("+49 176 313 *** **"): no number to call.
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


def find_phone(lines: list[str], region: str | None) -> str | None:
    """First phone number in the contact lines, as E.164 when it can be read as one."""
    for line in lines:
        for raw in phone_candidates(EMAIL.sub(" ", line)):
            return normalise_phone(raw, region)
    return None


def find_phone_line(lines: list[str], region: str | None) -> str | None:
    """A line that is nothing but a phone number, anywhere (a sidebar's contact block read
    under another heading)."""
    for line in lines:
        found = phone_candidates(line)
        if len(found) == 1 and found[0] == line.strip(" •|:"):
            return normalise_phone(found[0], region)
    return None


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
