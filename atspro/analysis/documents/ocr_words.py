"""Put back the spaces OCR drops between words ("specializingindesigning", "Anywhere,USA").

Recognition models read glyphs well but lose narrow word gaps, most of all on JPEG photos of
small print. A parser then misses skills and titles glued to their neighbours. Repairs, each
conservative so that a real token is never split:

* punctuation: a space after ``, ; :`` and ``)`` before a letter, and after a sentence's
  ``.`` before a capitalised word — never inside e-mails, links or numbers;
* digits glued to words: "123Main" -> "123 Main", "5years" -> "5 years" (not "3rd", "HTML5");
* a line that is only capitalised words run together ("DanaWhitfield": a name header) is
  split at its capitals, unless it is a known skill ("JavaScript");
* full-width punctuation ("（415）555", "，") is written as ASCII;
* commas read for the dots of an e-mail or a web address ("dana,w@example,org") are dots,
  and so is a comma and a space before the top-level domain of an address ("@gmail, com");
* an "@" read as a letter or a symbol ("g", "e", "a", "Q", "©"…), dropped, or set apart by
  spaces ("tom.bellgexample.org", "janea example.com", "jane @ gmail.com") is put back, only
  in front of a mail provider's domain ("gmail.com", "yahoo.co.in", "example.org"…) and only
  when the result is a valid address; a dropped "@" only before a provider no website is
  named after ("lee.changmail.com"). A real last letter that is also a look-alike
  ("janegmail.com") is read as the "@": OCR misreads the "@" more often than it drops it;
* an "@" read as a symbol no word holds ("(a)", "©", "®") joins any domain; "@cmail" is
  "@email" (an "e" that lost its bar);
* an address's domain with no dot that ends in "com", "org", "net", "edu" or "gov" lost the
  dot before it ("jo@laverneedu" is "jo@laverne.edu"), and so did a provider followed by a
  country code ("@examplejp"); ".corn", ".con", ".c0m" (and ".cm" after a provider) are ".com";
* a place and a phone number glued before an address, or a "-" after its domain, are set
  apart (a contact row's separators lost); so are a place glued before a phone ("Ohio+030…",
  "OH771-555-0199"), a word glued after it ("…555-0199Springfield"; a small letter only after
  a whole international number), a grouped number glued to the address by a "-", and a
  bracket read twice ("(415))") — per OCR box and again per laid-out line (round 11);
* a "|" read as "1" between an e-mail or link and the phone or link after it
  ("jane@x.com1+1 415…", "…gmail.com1www.site.com") is a separator again, and so is a " / "
  that lost its spaces after an e-mail or a phone number ("+91-98…04/jun@x.com/Pune");
* an international phone and an e-mail glued with no separator ("+44 20 7946 0123jane@…",
  "…@mail.com+44…") are set apart (the number must be valid);
* a round separator ("◦") read as "0" and glued to an international phone number is a
  separator again when the number is valid without it and not with it ("+60 12-083 93710
  Seattle");
* glued words: a letter run of 7+ characters that is neither an English word nor a known
  skill is split by word frequencies (``wordninja``) when every piece is a real word of 3+
  letters or a short function word ("of", "in"…): "SpringBoot" -> "Spring Boot", while
  "PostgreSQL", "MongoDB" or "Kubernetes" stay whole. A capitalised word ("Pennyworth") is
  never split: it is far more often a name than two words glued.
"""

from __future__ import annotations

import itertools
import math
import re
from functools import lru_cache
from typing import Any

from atspro.analysis.letters import one_edit

MIN_RUN = 7  # shorter letter runs are left alone ("NoSQL", "MainSt")
MAX_RANK = 40_000  # a split piece must be among this many most frequent English words…
MAX_RANK_SHORT = 20_000  # … and a three-letter piece among these
# a provider's name this long read two letters off is still that provider's ("@outtok.com");
# shorter ones are too near other words ("gmail", "yahoo": one letter off only)
LONG_PROVIDER = 7
VERY_LONG_PROVIDER = 10  # a provider's name this long may be read three letters off
_SHORT_WORDS = frozenset(
    [
        "a",
        "an",
        "as",
        "at",
        "by",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "to",
        "up",
        "we",
        "my",
        "our",
        "and",
        "the",
        "for",
        "with",
        "from",
        "into",
        "per",
        "via",
    ]
)
_LINKISH = re.compile(r"@|://|www\.|\.(com|org|net|io|dev|me|co|edu|ru|de|uk)\b|\.0rg\b", re.I)
# The recogniser was trained on Chinese too: it writes full-width punctuation ("（415）",
# "a，b") that no phone or e-mail pattern expects.
_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x3000: " ",
    0x3001: ",",
    0x3002: ".",
}
_TOKEN = re.compile(r"\S+")
_EMAILISH = re.compile(r"[\w.,+\-]+@[\w,\-]+(?:[.,][\w\-]+)+")
_WEBISH = re.compile(r"^(?:https?://|www[.,])|[.,](?:com|org|net|io|dev|me|edu)(?:/|$)", re.I)
_LINK_COMMA = re.compile(r"(?<=\w),(?=\w)")
_AFTER_PUNCT = re.compile(r"(?<=[A-Za-z\)\]])([,;])(?=[A-Za-z(])")
_AFTER_COLON = re.compile(
    r"(?<![A-Za-z]http)(?<![A-Za-z]https)(?<!mailto)(?<=[A-Za-z])(:)(?=[A-Za-z(])"
)
_SEPARATOR = re.compile(r"\s*([—|•·])\s*")
_SENTENCE_DOT = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")
_CLOSE_PAREN = re.compile(r"\)(?=[A-Za-z0-9])")
_OPEN_PAREN = re.compile(r"(?<=[A-Za-z0-9,])\(")
_DIGIT_WORD = re.compile(r"(?<=\d)(?=[A-Z][a-z]|[a-z]{3,})")
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_CAMEL_NAME = re.compile(r"(?:[A-Z][a-z]+){2,3}")  # a line that is only "FirstLast"
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")
# O/o read for 0 and l/I for 1 inside numbers ("6o7.379.5733", "555-Ol99")
_NUMBERISH = re.compile(r"[\d().+\-oOlI]+")
_LOOKALIKES = str.maketrans("oOlI", "0011")
_LINK_ZERO = re.compile(r"(?<=[A-Za-z.])0(?=[A-Za-z])")  # "example.0rg", "gma0il": letters
# A "|" between a phone and the e-mail after it, read as "1" (or l/I) and glued to both:
# "+82 10-4821-77301jane.doe@mail.com" is "+82 10-4821-7730 | jane.doe@mail.com".
_BAR_AFTER_PHONE = re.compile(r"(\+?[\d(][\d\s().\-]{6,40}\d)[1lI](?=[A-Za-z][\w.\-]*@)")
_TLD = r"(?:com|net|org|edu|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})"
# … and after an e-mail's or a link's top-level domain, before a phone or a link
# a " / " between contact details whose spaces were lost: "x@proton.me/+65…", "…2444/Austin"
# a label glued to an e-mail's top-level domain: "jane@hotmail.co.ukPhone: +91…"
_LABEL_AFTER_EMAIL = re.compile(r"(@[\w\-]+(?:\.[a-z]{2,})+?)(?=[A-Z][a-z])")
_SLASH_BY_PHONE = re.compile(
    r"(?<=\.[a-z]{2})/(?=\+\d)|(?<=\.[a-z]{3})/(?=\+\d)|(?<=\d{4})/(?=[A-Z][a-z])"
)
# … after an e-mail (an address has no path: "jun@mail.com.br/Toronto") and after a phone
# number standing alone (not a link's path: "blog.com/2024/post") before an e-mail or a word
_SLASH_AFTER_EMAIL = re.compile(r"(@[\w\-]+(?:\.[A-Za-z]{2,})+)/(?=[\w+(])")
_SLASH_AFTER_PHONE = re.compile(r"(?<![\w/.:=?&#%-])(\+?\(?\d[\d\s().\-]{6,40}\d)/(?=[A-Za-z])")
_BAR_AFTER_LINK = re.compile(
    rf"((?:@|www\.)[\w\-.]+\.{_TLD})[1lI](?=\+|\(\d|www\.|https?:|linkedin\.|github\.)"
)
# … and one before its local part, the colon lost: "Emailjane.doe@…", "E-mailjane@…",
# "EMAILjane@…", "mailtojane@…" (round 12); an address is written in small letters, so a
# capitalised "Email" (or one read "Emall", "Emai1", "Emait") glued to one is its label
_LABEL_BEFORE_EMAIL = re.compile(
    r"(?<![\w.+\-])(?P<label>E-?ma(?:il|ll|i1|it|ii)|E-?MAIL|mailto)"
    r"(?=[a-z0-9][\w.+\-]+@[\w\-]+\.)"
)
# Mail providers whose name no personal website is likely to end with: an "@" OCR dropped
# ("lee.changmail.com") is put back in front of them. The generic names ("mail", "live",
# "me"…) need the misread "@" itself ("jane.roeamail.com"): "bookmail.com" is a site.
_DISTINCT_PROVIDERS = frozenset(
    [
        "gmail",
        "googlemail",
        "yahoo",
        "ymail",
        "outlook",
        "hotmail",
        "icloud",
        "protonmail",
        "rediffmail",
        "yandex",
        "aol",
        "zohomail",
        "gmx",
        "email",
        # national ISPs' mail (Australia, Brazil, Italy, Czechia, UK, US)
        "bigpond",
        "optusnet",
        "uol",
        "libero",
        "seznam",
        "btinternet",
        "comcast",
        "sbcglobal",
        "wanadoo",
    ]
)
_GENERIC_PROVIDERS = frozenset(
    [
        "mail",
        "live",
        "msn",
        "me",
        "mac",
        "proton",
        "pm",
        "zoho",
        "web",
        "example",
        "naver",
        "qq",
        "orange",
        "laposte",
    ]
)
_PROVIDERS = "|".join(sorted(_DISTINCT_PROVIDERS | _GENERIC_PROVIDERS, key=len, reverse=True))
# What the recogniser reads an "@" as on small, blurred print (measured on JPEG renders):
# "g" and "e" most often, then "a", "Q", "O"/"0" and symbols.
_AT_GLYPHS = frozenset("gaeQO0©®&")
# an e-mail-shaped run without its "@" ending in a provider's domain, or split by spaces
# around an "@"; never inside a link ("www.", "//", a "." before the provider)
_AT_LOST = re.compile(
    rf"(?<![\w.@/+\-])(?P<run>[A-Za-z0-9][\w.%+\-©®&]*?)(?P<gap>\s?@\s?|\s)?"
    rf"(?P<domain>(?P<provider>{_PROVIDERS})\.{_TLD})(?![\w@\-]|\.[A-Za-z])",
    re.IGNORECASE,
)
_VALID_LOCAL = re.compile(r"[A-Za-z0-9](?:[\w%+\-]|\.(?!\.))*[A-Za-z0-9_]")


def restore_spaces(line: str) -> str:
    """``line`` with the word gaps OCR lost put back (see module doc)."""
    line = _mend_phone_glyphs(line.translate(_HALFWIDTH))
    # Separators and list punctuation first: they also free e-mails and links glued to words.
    if _CAMEL_NAME.fullmatch(line.strip()) and not _is_skill(line.strip()):
        return " ".join(_CAMEL_PART.findall(line))  # a name header: "DanaWhitfield"
    line = _BAR_AFTER_PHONE.sub(r"\1 | ", line)
    line = _ROUND_SEPARATOR_BY_PHONE.sub(_round_separator, line)
    line = _PHONE_BEFORE_EMAIL.sub(_phone_apart, line)
    line = _EMAIL_BEFORE_PHONE.sub(r"\1 | ", line)
    line = _NUMBER_GLUED_BEFORE_LOCAL.sub(r"\g<number> | ", line)
    line = split_glued_phone(_mend_phone_marks(_DOUBLED_BRACKET.sub("", line)))
    line = _DASH_AFTER_ADDRESS.sub(r"\1 | ", line)
    line = _DIGITS_AFTER_DOTLESS_DOMAIN.sub(_dotless_domain_phone_apart, line)
    line = _COMMA_IN_DOMAIN.sub(lambda m: ".".join(g for g in m.groups() if g), line)
    line = " ".join(_mend_link(token) for token in _TOKEN.findall(line))
    line = mend_domains(_mend_at(line))
    line = _BAR_AFTER_LINK.sub(r"\1 | ", line)
    line = _SLASH_BY_PHONE.sub(" / ", line)
    line = _SLASH_AFTER_PHONE.sub(r"\1 / ", _SLASH_AFTER_EMAIL.sub(r"\1 / ", line))
    line = _LABEL_AFTER_EMAIL.sub(r"\1 ", line)
    line = _LABEL_BEFORE_EMAIL.sub(r"\g<label>: ", line)
    line = _SEPARATOR.sub(r" \1 ", line)
    line = _AFTER_PUNCT.sub(r"\1 ", line)
    line = _AFTER_COLON.sub(r"\1 ", line)
    return " ".join(_repair_token(token) for token in _TOKEN.findall(line))


# A round separator ("◦", "∘", "°") read as "0" or "o" and glued to an international phone
# number, before the next detail ("+60 12-083 93710 Seattle") or after the one before
# ("x@mail.com 0+60 12…": no number has a digit before its "+"), or standing alone between them
_ROUND_SEPARATOR_BY_PHONE = re.compile(
    r"(?<![\w+])(?P<phone>\+\d{1,3}[\d\s().\-]{6,40}\d)(?P<zero>\s?[0oO])(?=\s+[^\d\s+(])"
    r"|(?<=\s)(?P<lead>[0oO])(?=\+\d)"
)


def _round_separator(match: re.Match[str]) -> str:
    """The separator back where the numbering plan says so: the number is valid without the
    glued "0" and not with it (``phonenumbers``); a "0" right before a "+" always."""
    if match.group("lead"):
        return "| "
    phone, zero = match.group("phone"), match.group("zero")
    if _valid_phone(phone) and not _valid_phone(phone + zero.translate(_LOOKALIKES)):
        return f"{phone} | "
    return match.group()


# an international number with a glyph misread in it: its "+" read "±", a digit read as a
# look-alike letter ("+44 2O 7946 O958", "+1 415 555 Ol34") or a "1" as a bar glued between
# two digits ("+44 20 7946|0958"); …
_GLYPH_PHONE = re.compile(
    r"(?<![\w+±])(?P<sign>[+±])(?P<body>\s?[\dOoIl](?:(?:[\s().\-]{0,2}|\|)[\dOoIl]){7,})(?![\w|])"
)
# … or the bar (or "l"/"I") after it, before the next detail, read as its last "1"
_BAR_READ_ONE = re.compile(
    r"(?<![\w+])(?P<phone>\+\d{1,3}[\d\s().\-]{6,40}\d)(?P<one>\s?[1lI|])(?=\s+[^\d\s|])"
)
# … one standing apart only in a line that separates its details with bars or bullets elsewhere
_ROW_SEPARATORS = "|•·"
GLYPHS_MAX = 2  # look-alikes mended in one number at most: more is letter soup, not a misread
_DIGIT_GROUP_GAP = re.compile(r"[\s().\-]+")  # between a number's digit groups
_PHONE_GLYPHS = str.maketrans("OoIl|", "00111")


def _mend_phone_glyphs(line: str) -> str:
    """The glyphs of ``_GLYPH_PHONE`` and ``_BAR_READ_ONE`` mended only where the numbering
    plan says so (``phonenumbers``): the mended number is valid; a bar is a "1" only when
    the digits before it make no valid number (else it is a separator), and a final "1" a
    separator only when the number is valid without it and not with it (standing apart, only
    in a row with bars or bullets elsewhere: "… 0958 1 High St" keeps its house number). A
    glyph standing alone at a number's start or end is never a digit. No digit is added:
    each glyph stands for the one it replaces."""
    if not any(ch in line for ch in "+±"):
        return line
    line = _GLYPH_PHONE.sub(_glyph_phone, line)
    return _BAR_READ_ONE.sub(lambda match: _bar_read_one(match, line), line)


def _glyph_phone(match: re.Match[str]) -> str:
    sign, body = match.group("sign"), match.group("body")
    glyphs = sum(ch in "OoIl|" for ch in body)
    if (sign == "+" and not glyphs) or glyphs > GLYPHS_MAX:
        return match.group()
    groups = _DIGIT_GROUP_GAP.split(body.strip())
    if not any(ch.isdigit() for ch in groups[0]) or not any(ch.isdigit() for ch in groups[-1]):
        return match.group()  # a glyph standing alone at an end is a separator or a word
    mended = "+" + body.translate(_PHONE_GLYPHS)
    if not _valid_phone(mended):
        return match.group()
    if "|" in body and _valid_phone("+" + body.split("|")[0].translate(_PHONE_GLYPHS)):
        return match.group()
    return mended


def _bar_read_one(match: re.Match[str], line: str) -> str:
    phone, one = match.group("phone"), match.group("one")
    elsewhere = line[: match.start()] + line[match.end() :]
    if one[0].isspace() and not any(ch in elsewhere for ch in _ROW_SEPARATORS):
        return match.group()  # no row of separated details: a real "1" or "I" ("1 High St")
    if _valid_phone(phone) and not _valid_phone(phone + one.strip().translate(_PHONE_GLYPHS)):
        return f"{phone} |"
    return match.group()


# an international number whose "+" was lost altogether, read as one unbroken run of digits
# ("639171201229"): the parser takes no such run (an ID, an account number), so the "+" comes
# back only in the page's header, on the page's one such run, when no other number is there
_BARE_INTERNATIONAL = re.compile(r"(?<![\w+\-.()/:,])[1-9]\d{10,14}(?![\w\-.()/])")
_NUMBER_RUN = re.compile(r"\+?\(?\d(?:[\s().\-/]{0,2}\d){8,}")
PLUS_HEADER_LINES = 8  # the lines of a page's header
# what stands before such a run: nothing, a separator, or a phone's label ("ID", "Order" do not)
_BEFORE_BARE_PHONE = re.compile(
    r"(?:^|[|•·,;/]|(?i:phone|mobile|mob|cell|tel|telephone|whatsapp|contact)\s*:?)\s*$"
)


def restore_plus(lines: list[str]) -> list[str]:
    """The "+" put back before the header's one unbroken run of 11–15 digits (its first no
    "0"), standing alone or after a separator or a phone's label, when the header holds no
    other number run of 9+ digits and the run with a "+" is a valid international number
    (``phonenumbers``)."""
    head = lines[:PLUS_HEADER_LINES]
    runs = [(i, run) for i, line in enumerate(head) for run in _NUMBER_RUN.finditer(line)]
    if len(runs) != 1:
        return lines
    index, run = runs[0]
    bare = _BARE_INTERNATIONAL.fullmatch(head[index], run.start(), run.end())
    line = head[index]
    if bare is None or not _BEFORE_BARE_PHONE.search(line[: run.start()]):
        return lines
    if _national_elsewhere(bare.group()) or not _valid_phone(f"+{bare.group()}"):
        return lines
    return [*lines[:index], f"{line[: run.start()]}+{line[run.start() :]}", *lines[index + 1 :]]


PLUS_NATIONAL_REGIONS = ("CN",)  # a run valid as a national number here keeps no "+"


def _national_elsewhere(run: str) -> bool:
    """A bare run that is a whole national number as written ("15012345678", a Chinese
    mobile) rather than an international one whose "+" was lost. An 11-digit run from "1"
    that no Chinese mobile range holds ("14155550142": CN has no 141 range) is a North
    American number written with its country code: it gets its "+" (round 16)."""
    import phonenumbers

    for region in PLUS_NATIONAL_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


# an international phone and an e-mail glued with no separator at all, either way round:
# "+44 20 7946 0123jane@mail.com", "jane@mail.com+44 20 7946 0123"
_PHONE_BEFORE_EMAIL = re.compile(r"(?<![\w+])(\+\d{1,3}[\d\s().\-]{6,40}\d)(?=[A-Za-z][\w.\-]*@)")
_EMAIL_BEFORE_PHONE = re.compile(r"(@[\w\-]+(?:\.[A-Za-z]{2,})+)(?=\+\d)")
# a contact row whose separators ("·", "|") were lost or read as "-": a place and a phone
# number glued before the address ("Springfield.USA+14155550100-jo.lee@…": printed addresses
# have no capitals, and a 7+ digit number is no part of a local part) …
_NUMBER_GLUED_BEFORE_LOCAL = re.compile(
    r"(?<![\w.+\-])(?P<number>(?=[\w.]*[A-Z])[\w.]*[A-Za-z.]\+?\d{7,15}|\+\d{7,15}"
    r"|\+\d{1,4}(?:-\d{2,5}){2,3})-?"  # … also in groups: "+81-3-1234-5678-kenji.w@…"
    r"(?=[a-z][\w.\-]*@)"
)
# … or a place glued before the number (the gap lost): "Germany+0301234567",
# "Chicago.IL771-555-0100", "Berlin, Germany10301234567": a capitalised word (or capitals)
# and an international number, a number in groups of 3-3-4, or 9+ digits; never a local part
# ("Jane+42…@", "JSmith123456789@": an address goes on to its "@")
_PLACE_GLUED_BEFORE_PHONE = re.compile(
    r"(?<![\w@+\-])(?P<place>[A-Z][a-z]{2,}|[A-Z]{2,})"
    r"(?P<phone>\+\d[\d\s().\-]{6,40}\d|\(?\d{3}\)?[\-.]?\d{3}[\-.]\d{4}|\d{9,15})(?![\w@.+\-])"
)
# … or a word glued after it (two boxes of a row laid out without their gap): "…555-0142San
# Francisco", "(123) 456-7890Jdoe…"; a small letter only after a whole international number
# ("+91-9562871518jo…": ``FULL_PHONE_DIGITS``), never after a shorter one ("12px", "30days")
_PHONE_BEFORE_WORD = re.compile(r"(?<![\w@.+\-])(\+?\(?\d[\d\s().\-]{6,40}\d)(?=[A-Z][a-z]|[a-z])")
MIN_PHONE_DIGITS = 7
FULL_PHONE_DIGITS = 10


def split_glued_phone(line: str) -> str:
    """A phone number of a contact row set apart from a place or a word glued before or after
    it (``_PLACE_GLUED_BEFORE_PHONE``, ``_PHONE_BEFORE_WORD``): the parser reads a number
    only between gaps. Run on each OCR box and again on each laid-out line."""
    line = _PLACE_GLUED_BEFORE_PHONE.sub(r"\g<place> \g<phone>", line)
    return _PHONE_BEFORE_WORD.sub(_phone_before_word, line)


def _phone_before_word(match: re.Match[str]) -> str:
    number = match.group()
    digits = sum(ch.isdigit() for ch in number)
    after = match.string[match.end()]
    enough = FULL_PHONE_DIGITS if after.islower() else MIN_PHONE_DIGITS
    return f"{number} " if digits >= enough else number


# a bracket read twice around an area code: "+1 (415)) 555-0142" (the parser stops at it)
_DOUBLED_BRACKET = re.compile(r"(?<=\(\d{3}\))\)|\((?=\(\d{3}\))")
# an area code's bracket read as a square or curly one: "1-[415)-555-0142" (the parser stops
# at it), with the digit groups after it (``_complete_phone`` decides)
_SQUARE_AREA_CODE = re.compile(
    r"(?P<code>\+\d{1,3}[\s.\-]?)?"
    r"(?:[\[{](?P<open>\d{2,4})\)|\((?P<close>\d{2,4})[\]}])(?P<rest>(?:[\s.\-]?\d+)+)"
)
# a gap after an international number's country code read as a colon: "+48:601234567"
_COLON_AFTER_CODE = re.compile(r"(?<![\w+])(\+\d{1,3}):(?=\d)(?P<rest>\d+(?:[\s.\-]?\d+)*)")
# a phone label's colon read as a semicolon: "Phone; +1 415…" (the parser reads no label then)
_LABEL_SEMICOLON = re.compile(
    r"(?i)^(?P<label>\s*(?:phone|mobile|mob|cell|tel|telephone|whatsapp))\s?;"
    r"(?=(?P<run>\s*\+?\(?\d[\d\s().\-]*\d))"
)
# a " / " before the next detail read as a bare slash glued to a digit: "+971501234567/8e"
_SLASH_BEFORE_DIGIT = re.compile(r"(?<![\w/.:=?&#%-])(\+\d[\d\s().\-]{6,40}\d)/(?=\d)")
# a phone's last two groups: three digits, then four ("555-0142", "(415) 555 0142")
_THREE_FOUR_TAIL = re.compile(r"(?<!\d)\d{3}[\s.\-]?\d{4}$")
MEND_MIN_DIGITS = 9  # digits a number has at least for a misread mark in it to be mended


def _complete_phone(run: str) -> bool:
    """A digit run is a whole phone number, so a mark misread in it may be mended: it has
    ``MEND_MIN_DIGITS`` digits, or ends in a three-then-four digit pair (a year range, a
    time, a part number does not: "[2019) 2020", "+5:30 0900-1800" stay as read)."""
    digits = sum(ch.isdigit() for ch in run)
    return digits >= MEND_MIN_DIGITS or _THREE_FOUR_TAIL.search(run.rstrip()) is not None


def _mend_phone_marks(line: str) -> str:
    """A phone's marks OCR misread, each of which stops the parser, mended only in a whole
    phone (``_complete_phone``): its label's colon read as a semicolon, a square or curly
    bracket around the area code, a colon after the country code (a number valid without it,
    ``phonenumbers``: "GMT +5:30" is a time), a slash glued to a digit after a valid
    international number (a number with "/" in it stays as read)."""
    if not any(mark in line for mark in "[]{}:;/"):
        return line
    line = _LABEL_SEMICOLON.sub(
        lambda m: f"{m.group('label')}:" if _complete_phone(m.group("run")) else m.group(), line
    )
    line = _SQUARE_AREA_CODE.sub(_round_area_code, line)
    line = _COLON_AFTER_CODE.sub(_colon_after_code, line)
    return _SLASH_BEFORE_DIGIT.sub(
        lambda m: f"{m.group(1)} / " if _valid_phone(m.group(1)) else m.group(), line
    )


def _round_area_code(match: re.Match[str]) -> str:
    code, area, rest = (
        match.group("code") or "",
        match.group("open") or match.group("close"),
        match.group("rest"),
    )
    mended = f"{code}({area}){rest}"
    return mended if _complete_phone(mended) else match.group()


def _colon_after_code(match: re.Match[str]) -> str:
    mended = f"{match.group(1)} {match.group('rest')}"
    return mended if _complete_phone(mended) and _valid_phone(mended) else match.group()


# … and a "-" after the address's domain before a number or a capitalised word
# ("jo.lee@acme.co.uk-02079460321-Springfield"): a domain's labels are printed in small letters
_DASH_AFTER_ADDRESS = re.compile(
    r"(@[\w\-]+(?:\.[a-z]{2,})+)-(?=\d{6,}(?![\d.]*\.[a-z])|[A-Z][a-z]+(?![\w\-]*\.[a-z]))"
)


# the generic top-level domains whose dot a read loses ("@acmecom", "@laverneedu")
_GENERIC_TLD = r"(?:com|org|net|edu|gov)"
# a phone glued to an address whose domain has no dot, its "+" lost with the separator:
# "jo@acmeroboticscom14155550100" (no reading of the run is an address as it stands)
_DIGITS_AFTER_DOTLESS_DOMAIN = re.compile(
    rf"(?<=[\w.]@)(?P<domain>[A-Za-z][A-Za-z\-]{{2,}}{_GENERIC_TLD})(?P<digits>\d{{8,15}})"
    r"(?![\w.@])"
)


def _dotless_domain_phone_apart(match: re.Match[str]) -> str:
    """The digits set apart when they make a valid international number with a "+" in
    front (the evidence that they are a phone, not the domain's own)."""
    digits = match.group("digits")
    if not _valid_phone(f"+{digits}"):
        return match.group()
    return f"{match.group('domain')} | {digits}"


def _phone_apart(match: re.Match[str]) -> str:
    """A valid number glued to the e-mail after it gets a separator; digits that make no
    number may be the address's own ("+44 2079jane@…" is left as read)."""
    phone = match.group(1)
    return f"{phone} | " if _valid_phone(phone) else phone


def _valid_phone(text: str) -> bool:
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, None))
    except phonenumbers.NumberParseException:
        return False


# a dot of an address's domain read as a comma and a space: "jane@gmail, com" (a domain with
# no dot yet, or one ending in a second-level label like "co" of "co.uk") is no address without it
_COMMA_IN_DOMAIN = re.compile(
    r"(@[A-Za-z0-9][\w\-]*), ([a-z]{2,4})(?=$|[\s|•·/;])"
    r"|(@[A-Za-z0-9][\w\-]*\.(?:co|com|ac|org|net|edu|gov)), ([a-z]{2})(?=$|[\s|•·/;])"
)


def _mend_link(token: str) -> str:
    """Commas read for the dots of an e-mail or a web address ("john,doe@mail,com",
    "github,com/ann") become dots, before the punctuation rule would split them apart."""
    if "," not in token:
        return token
    if _EMAILISH.fullmatch(token) or _WEBISH.search(token):
        return _LINK_COMMA.sub(".", token)
    return token


# an "@" set apart by a space on one side, before any domain: "jane @acme.fr", "jane@ acme.fr"
_AT_SPACED = re.compile(
    r"(?<![\w.@/+\-])([A-Za-z0-9][\w.%+\-]*[A-Za-z0-9_])(?: @|@ )"
    r"([A-Za-z0-9][\w\-]*(?:\.[A-Za-z0-9][\w\-]*)*\.[a-z]{2,})(?![\w@\-]|\.[A-Za-z])"
)


# an "@" read as a symbol no word holds ("(a)", "©", "®"), glued between a local part and any
# domain: "jane.doe(a)acme-labs.org" (a letter read for it needs the page's evidence:
# ``ocr_contact``)
_AT_AS_SYMBOL = re.compile(
    r"(?<![\w.@/+\-])([A-Za-z0-9][\w.%+\-]*[A-Za-z0-9_])(\s?)(?:\(a\)|[©®])(\s?)"
    r"([A-Za-z0-9][\w\-]*(?:\.[A-Za-z0-9][\w\-]*)*\.[a-z]{2,})(?![\w@\-]|\.[A-Za-z])"
)


def _symbol_address(match: re.Match[str]) -> str:
    """The address, unless a gap sets the symbol apart from a word that is no local part
    ("Copyright © acme.org": an address is written in small letters)."""
    local, domain = match.group(1), match.group(4)
    spaced = match.group(2) or match.group(3)
    if not _VALID_LOCAL.fullmatch(local) or (spaced and not local.islower()):
        return match.group()
    return f"{local}@{domain}"


# an "@" read twice, or with a copy of itself as a symbol, between a local part and a domain:
# "jane@@acme.org", "jane@©acme.org" (no address holds two)
_AT_DOUBLED = re.compile(r"(?<=[A-Za-z0-9_])(?:@[@©®]|[©®]@)(?=[A-Za-z0-9])")


def _mend_at(line: str) -> str:
    """Put back an "@" OCR misread, dropped or spaced out in front of a mail provider; an
    "@" the recogniser kept but spaced out on one side, read as a symbol or read twice
    (``_AT_DOUBLED``), joins any domain."""
    line = _AT_DOUBLED.sub("@", line)
    if "@" in line and not re.search(r"\s@|@\s", line):
        return line  # the e-mail was read whole
    line = _AT_AS_SYMBOL.sub(_symbol_address, line)
    line = _AT_SPACED.sub(_joined_address, line)
    return _AT_LOST.sub(_mended_address, line)


def _joined_address(match: re.Match[str]) -> str:
    local = match.group(1)
    if not _VALID_LOCAL.fullmatch(local):
        return match.group()
    return f"{local}@{match.group(2)}"


def _mended_address(match: re.Match[str]) -> str:
    run, gap, domain = match.group("run"), match.group("gap") or "", match.group("domain")
    provider = match.group("provider").lower()
    if "@" in gap:
        local = run
    elif run[-1] in _AT_GLYPHS:
        local = run[:-1]  # "tom.bellgexample.org", "janea example.com"
        if gap and (len(local) < 3 or not local.islower()):
            return match.group()  # "Ana Gmail.com", "via gmail.com": words, not an address
    elif not gap and provider in _DISTINCT_PROVIDERS:
        local = run  # the "@" was dropped: "lee.changmail.com"
    else:
        return match.group()
    if len(local) < 2 or not _VALID_LOCAL.fullmatch(local):
        return match.group()
    return f"{local}@{domain}"


# "@gmal.com", "@gmalcom", "@hotmial.com": a distinct provider's name one letter off, its
# dot perhaps lost; never a name that is itself a provider ("@email.com", "@ymail.com")
# (round 16: also before a country domain whose second dot was lost, "@yaho.coin": the
# provider is mended here and its dot put back by ``_COUNTRY_DOT_LOST``)
_PROVIDER_TYPO = re.compile(
    r"(?<=@)(?P<name>[a-z01]{3,11}?)(?P<dot>\.?)"
    r"(?P<tld>com|net|co\.[a-z]{2}|com\.[a-z]{2}|co[a-z]{2})(?!\w|\.\w)"
)


# an address's domain with no dot at all ends in a generic top-level domain whose dot was
# lost: "@laverneedu" is "@laverne.edu" (a domain without a dot is no address at all)
_DOMAIN_DOT_LOST = re.compile(
    rf"(?<=[\w.]@)(?P<name>[A-Za-z0-9][A-Za-z0-9\-]{{2,}}?)(?P<tld>{_GENERIC_TLD})(?![\w.@\-])"
)

# a mail provider's country domain whose second dot was lost: "@yahoo.coin" is
# "@yahoo.co.in", "@uol.combr" "@uol.com.br" (no top-level domain is "co"/"com" + a country;
# ".coop" is one, so "op" is no country here)
_COUNTRY_DOT_LOST = re.compile(
    rf"(?<=@)(?P<head>(?:{_PROVIDERS})\.com?)(?P<country>(?!op)[a-z]{{2}})(?![\w.@\-])"
    # … or its only dot: "@examplejp", "@mailru" (a provider of 4+ letters and a country)
    rf"|(?<=@)(?P<bare>{_PROVIDERS})(?P<code>(?!om)[a-z]{{2}})(?![\w.@\-])",
    re.IGNORECASE,
)

# a "1" is an "l" or an "i" that lost its dot: both spellings are tried
_LETTERS_FOR_DIGITS = (str.maketrans("01", "ol"), str.maketrans("01", "oi"))

# an address's ".com" as a blurred photo reads it: ".corn" ("m" read "rn"), ".con", ".c0m" (no
# top-level domain is spelled so), ".cm" (Cameroon's, so only after a mail provider), or
# " com" after a domain with no dot (no address at all without it)
_COM_MISREAD = re.compile(
    r"(?<=@)(?P<name>[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*?)"
    r"(?:\.(?P<wrong>corn|con|c0m|cm)| (?P<spaced>com))(?![\w@\-]|\.[A-Za-z])"
)


def _com(match: re.Match[str]) -> str:
    name = match.group("name")
    if match.group("spaced") and "." in name:
        return match.group()
    if match.group("wrong") == "cm" and not is_provider(name.lower()):
        return match.group()
    return f"{name}.com"


def mend_domains(line: str) -> str:
    """The domains of the line's addresses mended: a provider's name misread, a dot lost
    before the top-level or the country domain, ".corn"/".con"/".c0m" (regexes above)."""
    line = _PROVIDER_TYPO.sub(_mended_provider, line)
    line = _DOMAIN_DOT_LOST.sub(r"\g<name>.\g<tld>", line)
    line = _COUNTRY_DOT_LOST.sub(_country_dot, line)
    return _COM_MISREAD.sub(_com, line)


# providers that give addresses under "co." + a country, and those countries: a dot put back
# to make "co.xx" (``_PROVIDER_TYPO``'s "coin", ``_COUNTRY_DOT_LOST``) needs the pair here, so
# "@gmal.comm" is not "gmail.co.mm" nor "@yahoo.code" "yahoo.co.de" (fix_ocr, round 16)
CO_COUNTRIES = {
    "yahoo": frozenset(["in", "uk", "jp", "id", "nz", "kr", "th", "za", "il"]),
    "hotmail": frozenset(["uk", "jp", "th", "za", "nz", "id", "il"]),
    "outlook": frozenset(["uk", "jp", "th", "nz", "id", "il"]),
    "live": frozenset(["uk", "za", "jp", "nz", "in"]),
    "aol": frozenset(["uk"]),
    "btinternet": frozenset(["uk"]),
    "example": frozenset(["uk", "jp", "in"]),
}


def co_country(provider: str, country: str) -> bool:
    """``provider`` gives addresses under "co." + ``country`` (``CO_COUNTRIES``)."""
    return country.lower() in CO_COUNTRIES.get(provider.lower(), frozenset())


def _country_dot(match: re.Match[str]) -> str:
    """The dot put back only before a country's code (``_country_code``): "@gmail.corn" is
    ".com" misread ("rn" for "m", ``_COM_MISREAD``), not "@gmail.co.rn"."""
    if match.group("bare"):  # a short name ("me", "qq") with two letters may be a domain
        bare, code = match.group("bare"), match.group("code")
        return f"{bare}.{code}" if len(bare) >= 4 and _country_code(code) else match.group()
    country, head = match.group("country"), match.group("head")
    if head.lower().endswith(".co") and not co_country(head[:-3], country):
        return match.group()
    return f"{head}.{country}" if _country_code(country) else match.group()


def _country_code(code: str) -> bool:
    """Two letters that are a country's top-level domain: a region the numbering plan knows
    (``phonenumbers``: ISO 3166 codes) or "uk"."""
    import phonenumbers

    return code.upper() in phonenumbers.SUPPORTED_REGIONS or code.lower() == "uk"


# letters a blurred small print turns into another ("e" loses its bar: "@cmail.com"); a
# provider's name read with one of them is that provider's ("email"), not the one a letter
# away of another shape ("gmail": a "g" keeps its tail)
_PROVIDER_LOOKALIKES = (("c", "e"),)


def _lookalike_provider(name: str) -> str | None:
    """The one provider ``name`` spells with one look-alike letter (``_PROVIDER_LOOKALIKES``)."""
    found = {
        name[:i] + meant + name[i + 1 :]
        for seen, meant in _PROVIDER_LOOKALIKES
        for i, ch in enumerate(name)
        if ch == seen
    } & (_DISTINCT_PROVIDERS | _GENERIC_PROVIDERS)
    return found.pop() if len(found) == 1 else None


def is_provider(label: str) -> bool:
    """A mail provider's name ("gmail", "rediffmail", "example"), in small letters."""
    return label in _DISTINCT_PROVIDERS or label in _GENERIC_PROVIDERS


def _mended_provider(match: re.Match[str]) -> str:
    tld = match.group("tld")
    if len(tld) != 4:
        return _provider_mend(match)
    if not match.group("dot") or tld == "coop" or not _country_code(tld[2:]):
        return match.group()  # "co" + a country, its dot lost, only after the name's dot
    mended = _provider_mend(match)
    if mended == match.group() or not co_country(mended.split(".", 1)[0], tld[2:]):
        return match.group()  # "@gmal.comm": no "gmail.co.mm"; only a provider's countries
    return mended


def _provider_mend(match: re.Match[str]) -> str:
    name, dot, tld = match.group("name"), match.group("dot"), match.group("tld")
    if not name.isalpha():  # "@1ive.com", "@hotmai1.com": a digit for its look-alike letter
        spelled = {name.translate(table) for table in _LETTERS_FOR_DIGITS}
        if not all(read.isalpha() for read in spelled):
            return match.group()
        known = spelled & (_DISTINCT_PROVIDERS | _GENERIC_PROVIDERS)
        if known:
            return f"{known.pop()}.{tld}" if len(known) == 1 else match.group()
        # … and a letter off besides ("@pema1l.com", round 12): the one provider it is
        found = {_near_provider(read, dot) for read in spelled} - {None}
        return f"{found.pop()}.{tld}" if len(found) == 1 else match.group()
    if name in _DISTINCT_PROVIDERS and not dot:
        return f"{name}.{tld}"  # "@gmailcom"
    if is_provider(name):
        return match.group()
    if looked := _lookalike_provider(name):
        return f"{looked}{dot or '.'}{tld}"
    near = _near_provider(name, dot)
    return f"{near}.{tld}" if near else match.group()


def _near_provider(name: str, dot: str) -> str | None:
    """The one distinct provider ``name`` is one letter off, or, for a long one read with its
    dot, two ("@outtok.com", round 12; round 13: a generic one too, "@exampiple.co.uk"), or,
    for one of ``VERY_LONG_PROVIDER`` letters read as long as it is, three ("@rodlifmail.com")
    when no other provider is within five; None when none or several are."""
    near = [p for p in _DISTINCT_PROVIDERS if len(p) >= 5 and one_edit(name, p)]
    if near or not dot:
        return near[0] if len(near) == 1 else None
    known = _DISTINCT_PROVIDERS | _GENERIC_PROVIDERS
    near = [p for p in known if len(p) >= LONG_PROVIDER and _edits(name, p) <= 2]
    if not near:
        distances = sorted((_edits(name, p), p) for p in known)
        (closest, provider), (runner_up, _) = distances[0], distances[1]
        if (
            len(provider) >= VERY_LONG_PROVIDER
            and abs(len(name) - len(provider)) <= 1
            and closest <= 3
            and runner_up >= closest + 2
        ):
            near = [provider]
    return near[0] if len(near) == 1 else None


def _edits(a: str, b: str) -> int:
    """Letters lost, added or changed between ``a`` and ``b`` (Levenshtein distance)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _repair_token(token: str) -> str:
    token = _fix_digits(token)
    if _LINKISH.search(token):
        return _LINK_ZERO.sub("o", token)
    token = _SENTENCE_DOT.sub(". ", token)
    token = _CLOSE_PAREN.sub(") ", token)
    token = _OPEN_PAREN.sub(" (", token)
    token = _DIGIT_WORD.sub(" ", token)
    return _LETTER_RUN.sub(lambda m: _split_run(m.group()), token)


def _fix_digits(token: str) -> str:
    """A run of digits and separators with an O or an l in it is a number misread; a run
    glued to a letter is part of a word ("mateo95@", "isabel80": a name and its digits)."""

    def fix(match: re.Match[str]) -> str:
        run = match.group()
        digits = sum(ch.isdigit() for ch in run)
        lookalikes = sum(ch in "oOlI" for ch in run)
        before = token[match.start() - 1] if match.start() else ""
        after = token[match.end()] if match.end() < len(token) else ""
        if before.isalpha() or after.isalpha():
            return run
        if digits >= 2 and lookalikes and lookalikes * 2 <= digits:
            return run.translate(_LOOKALIKES)
        return run

    return _NUMBERISH.sub(fix, token)


def _split_run(run: str) -> str:
    if len(run) < MIN_RUN:
        return run
    if run[0].isupper() and run[1:].islower():
        return run  # "Pennyworth": a capitalised word is a name more often than a glue
    low = run.lower()
    model = _model()
    if low in model._wordcost or _is_skill(run):
        return run
    import wordninja

    parts = wordninja.split(low)
    if len(parts) < 2 or not all(_real_word(p, model) for p in parts):
        return run
    out, start = [], 0
    for part in parts:  # keep the original capitals
        out.append(run[start : start + len(part)])
        start += len(part)
    return " ".join(out)


def _real_word(part: str, model: Any) -> bool:
    """A function word, or a common word: a rare one ("geun", "kar") is more likely a piece
    of a name or a term than a word the OCR glued on."""
    if part in _SHORT_WORDS:
        return True
    if len(part) < 3 or part not in model._wordcost:
        return False
    return _rank(part, model) < (MAX_RANK_SHORT if len(part) == 3 else MAX_RANK)


def _rank(word: str, model: Any) -> float:
    # wordninja stores cost = log((rank + 1) * log(vocabulary size)) for each word
    return math.exp(model._wordcost[word]) / math.log(len(model._wordcost)) - 1


@lru_cache(maxsize=1)
def _model() -> Any:
    import wordninja

    return wordninja.DEFAULT_LANGUAGE_MODEL


@lru_cache(maxsize=4096)
def _is_skill(run: str) -> bool:
    from atspro.analysis.taxonomy.skills import get_index

    return any(hit.start == 0 and hit.end == len(run) for hit in get_index().find(run))


_HANDLE = re.compile(
    r"[A-Za-z][\w.\-]*(?=@)|(?:linkedin\.com/in/|github\.com/|gitlab\.com/)([A-Za-z][\w.\-]*)",
    re.IGNORECASE,
)
_HEADER_LINES = 6  # a name header is among the page's first lines
_NAME_RUN = re.compile(r"(?<!\S)[A-Za-z]{8,}(?!\S)")  # a whole word, not part of a link


def split_glued_name(lines: list[str]) -> list[str]:
    """A name header read without its word gap ("JANEMARIEDOE", letter-spaced capitals
    lose the wider gap) is split where the page's own e-mail or profile link splits it
    ("janemarie.doe@…", "linkedin.com/in/janemarie-doe"). Word frequencies
    cannot split a name; the person's handle can."""
    pieces = set()
    for line in lines:
        for match in _HANDLE.finditer(line):
            parts = [p for p in re.split(r"[._\-\d]+", match.group(1) or match.group()) if p]
            pieces.add(tuple(p.lower() for p in parts))
    pieces = {p for p in pieces if len(p) >= 2}
    if not pieces:
        return lines

    def split(match: re.Match[str]) -> str:
        run = match.group()
        for parts in pieces:
            for start, end in itertools.combinations(range(len(parts) + 1), 2):
                chosen = parts[start:end]
                if len(chosen) >= 2 and "".join(chosen) == run.lower():
                    cuts = list(itertools.accumulate(len(p) for p in chosen))
                    return " ".join(run[a:b] for a, b in zip([0, *cuts], cuts, strict=False))
        return run

    head = [_NAME_RUN.sub(split, line) for line in lines[:_HEADER_LINES]]
    return head + lines[_HEADER_LINES:]


# Letters whose capital is the small letter drawn larger: on a photo the recogniser often
# reads the capital as the small one ("siti silva", "Rahul sharma").
_CASE_LOOKALIKES = frozenset("cosuvwxzkp")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z]+")  # any script's letters: "sofía", "Núñez"
_ZERO_FOR_O = re.compile(r"(?<!\S)0 ?(?=[a-z]{2,}(?:\s|$))")


def _bare_name_word(word: str) -> bool:
    """A word of letters (accented ones too) whose letters after the first are small."""
    return bool(_NAME_WORD.fullmatch(word)) and word[1:] == word[1:].lower()


def capitalise_name_header(lines: list[str]) -> list[str]:
    """The first line that is a bare name of 2–4 words gets its capitals back when the only
    small initials are case look-alikes ("siti silva" -> "Siti Silva", "sofía cruz" ->
    "Sofía Cruz", "0 liver Chen" ->
    "Oliver Chen"); a line with any other small initial ("software developer") is not a name
    and is left alone. A name before a wide gap is such a line too ("0 lga sánchez  +49 …":
    a two-column header read as one row). Two more small initials count when another word of
    the line was read with its capital, so the line is printed with capitals: an "l" is a
    capital "I" (one stroke in sans-serif print: "Tavin lyerra", "lan Brooks") and a "j" the
    "J" some typefaces draw below the line ("jürgen Smith"); a line read all in small letters
    ("mila jones") may be printed so and keeps them."""
    out = list(lines)
    for index, line in enumerate(lines[:3]):
        head, gap, rest = (*_WIDE_GAP.split(line.strip(), maxsplit=1), "", "")[:3]
        words = _ZERO_FOR_O.sub("O", head).split()  # "0liver", "0 liver": a zero for an "O"
        if not 2 <= len(words) <= 4 or not all(_bare_name_word(w) for w in words):
            continue
        capitals = any(w[0].isupper() for w in words)
        if all(_capital_read_small(w, capitals) for w in words):
            out[index] = " ".join(_capitalised(w) for w in words) + gap + rest
        elif gap:
            continue  # a name-shaped cell beside another: the name may be below
        break
    return out


_WIDE_GAP = re.compile(r"(\s{2,})")
_L_PARTICLES = frozenset(["la", "le", "las", "les", "lo", "los"])  # "de la Cruz": a small "l"


def _capital_read_small(word: str, capitals: bool) -> bool:
    """The word's initial is a capital as read, a case look-alike, or (``capitals``: the
    line shows it is printed with capitals) an "I" read "l" or a "J" read "j"."""
    if word[0].isupper() or word[0] in _CASE_LOOKALIKES:
        return True
    return capitals and word[0] in "lj" and len(word) >= 3 and word not in _L_PARTICLES


def _capitalised(word: str) -> str:
    return ("I" if word[0] == "l" else word[0].upper()) + word[1:]
