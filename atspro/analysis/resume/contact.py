"""Contact block: name, email, phone (E.164 via ``phonenumbers``), location and profile links."""

from __future__ import annotations

import re

import phonenumbers

from atspro.analysis.resume import dates, entries, labelled, places
from atspro.analysis.resume import text as tx
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import Contact, Link

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

_TLD = (
    r"(?:com|io|dev|me|net|org|co|ai|app|page|site|tech|xyz|info|us|uk|de|in|ca|eu|fr|nl|se"
    r"|ch|es|it|pl|ru|jp|kr|cn|au|sh|ly|to|gg|so|cc|tv|pro|online|blog|design|codes|one|life)"
)
_URL = re.compile(
    rf"(?<![\w@.\-/])(?:(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+{_TLD}(?![a-z0-9-])"
    r"(?:/[\w\-./~%#?=&+@]*)?)",
    re.IGNORECASE,
)
# Icon-font labels and "GitHub: handle" as PDF text shows them.
_HANDLE = re.compile(
    r"(?<![\w.])(?P<site>linkedin|github|gitlab)(?:-in|-square|-alt)?\s*(?::|://|/)?\s*"
    r"(?P<handle>@?[A-Za-z0-9][\w.\-]{1,38})(?![\w.@/])",
    re.IGNORECASE,
)
_SITE_URL = {
    "linkedin": "https://www.linkedin.com/in/{}",
    "github": "https://github.com/{}",
    "gitlab": "https://gitlab.com/{}",
}
_LABEL_BEFORE = re.compile(
    r"\b(?:e-?mail|phone|mobile|cell|tel|address|location|linkedin|github|website|web|portfolio"
    r"|name)\s*:.*$",
    re.IGNORECASE,
)

# Words that mark a line as a job title or heading, not a person's name.
_NOT_NAME_WORDS = tx.word_set(
    """resume résumé cv curriculum vitae engineer developer manager director analyst scientist
    consultant architect designer administrator specialist coordinator assistant intern officer
    accountant technician representative executive president founder programmer researcher
    student teacher nurse senior junior lead principal staff software data systems system
    product project marketing sales business finance financial services solutions technology
    technologies university college school institute inc llc ltd company corporation summary
    profile experience education skills contact page updated last objective professional
    stack full front back end devops cloud web mobile machine learning reliability support
    desktop office certified phone email address street avenue road suite apartment
    city state united states america kingdom highlights career relations investor salary
    drawn current featured sample template example examples objectives references skill
    personal details information qualifications achievements accomplishments responsibilities
    key core areas expertise work history employment declaration hobbies interests languages
    projects training certifications strengths vita build create write your my our room hall
    styles font margins of the and for name title communications expert seeker"""
)
# "JANE DOE Featured Resume", "Curriculum Vitae of Jane Doe", "Resume - Jane Doe": the
# boilerplate around a name.
_BOILERPLATE = re.compile(
    r"^(?:(?:sample\s+)?(?:resume|résumé|curriculum\s+vitae|cv|bio[- ]?data)\s*(?:of|:|-|–)?\s+)"
    r"|\s*(?:[-–|:,]\s*)?(?:featured\s+)?(?:resume|résumé|curriculum\s+vitae|cv|profile)$",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|miss|prof|professor)\.?\s+(?=[A-Z])", re.IGNORECASE)
_GLUED_CAPS = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{2,})")
# Letters after a name: "Jane Doe, MBA, PMP", "Jane Doe, M.Ed.", "Jane Doe, MS (CS), PMP".
# One two-letter code alone ("Jane Doe, MS") could be a state, so it takes two of them.
_CRED = (
    r"(?:MBA|Ph\.?D\.?|M\.?S\.?c?|M\.?A\.?|B\.?S\.?c?|B\.?A\.?|M\.?D\.?|RN|PMP|CPA|CFA|CSM"
    r"|M\.?Ed\.?|J\.?D\.?|P\.?E\.?|CISSP|SPHR|PHR|MPH|MSW|LCSW|Ed\.?D\.?|CMA|ACCA|FRM)"
    r"(?:\s*\([A-Z]{2,5}\))?"
)
_CREDENTIALS = re.compile(
    rf"(?:(?:,\s*{_CRED}){{2,}}|,\s*(?:MBA|Ph\.?D\.?|M\.Ed\.?|PMP|CPA|CFA|CISSP|RN)\.?)\s*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÝĀ-ž][a-zà-ÿā-ž'’\-]+|[A-ZÀ-Ý]{2,}|[A-ZÀ-Ý]\.?|[A-ZÀ-Ý][a-z]+[A-Z][a-z]+"
    r"|[A-ZÀ-Ý][a-z]?['’][A-ZÀ-Ý][a-zà-ÿ]+|[A-ZÀ-Ý]+['’][A-ZÀ-Ý]+"
    r"|[A-ZÀ-Ý][a-zà-ÿ]{2,}\.[A-Z]\.?|(?:[A-Z]\.){1,2}[A-ZÀ-Ý][a-zà-ÿ]{2,}"  # "Kumar.V", "R.K.Rao"
    r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)+)$"  # "Mary-Jane"
)
_NAME_PARTICLE = tx.word_set("van von de der den da di del la le bin binti al el dos das du ter")
_SPLITTERS = re.compile(r"\s*(?:\||•|·|▪|—|–| - |,|  |\t|(?<=[a-z]{2})\.\s)\s*")


def looks_like_contact(line: str) -> bool:
    """An email, phone, URL or "City, ST" line (not part of a summary paragraph)."""
    return bool(
        EMAIL.search(line)
        or phone_candidates(line)
        or _URL.search(line)
        or (len(line) < 60 and (places.find_place(line) or places.find_city_line(line)))
    )


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


def _link_kind(url: str) -> str:
    low = url.lower()
    if "linkedin.com" in low:
        return "linkedin"
    if "github.com" in low or "github.io" in low:
        return "github" if "github.com" in low else "portfolio"
    if "gitlab.com" in low:
        return "gitlab"
    return "portfolio"


def _full_url(url: str) -> str:
    url = url.rstrip(".,;)")
    return url if re.match(r"https?://", url, re.IGNORECASE) else f"https://{url}"


def find_links(all_lines: list[str], contact_lines: list[str]) -> list[Link]:
    """Profile links: LinkedIn/GitHub/GitLab anywhere; other sites only in the contact block."""
    found: dict[str, Link] = {}

    def add(url: str, kind: str) -> None:
        key = re.sub(r"^https?://(www\.)?", "", url.lower()).rstrip("/")
        if key not in found:
            found[key] = Link(kind=kind, url=url)  # type: ignore[arg-type]

    contact_set = set(contact_lines)
    for line in [*contact_lines, *(x for x in all_lines if x not in contact_set)]:
        scrubbed = EMAIL.sub(" ", line)
        for m in _URL.finditer(scrubbed):
            url = m.group(0)
            kind = _link_kind(url)
            host = re.sub(r"^https?://(www\.)?", "", url.lower()).split("/")[0]
            if kind in ("linkedin", "github", "gitlab"):
                path = [p for p in url.split("//")[-1].split("/")[1:] if p]
                if not path:
                    continue  # bare "linkedin.com" is not a profile
                if line not in contact_set and len(path) > (2 if kind == "linkedin" else 1):
                    continue  # a repository or post link in a project, not a profile
            elif line not in contact_set or host.endswith(".js"):
                continue
            add(_full_url(url), kind)
    have = {link.kind for link in found.values()}
    for line in contact_lines:
        for m in _HANDLE.finditer(EMAIL.sub(" ", _URL.sub(" ", line))):
            site = m.group("site").lower()
            handle = m.group("handle").lstrip("@")
            if site in have or handle.lower() in ("com", "in", "profile"):
                continue
            add(_SITE_URL[site].format(handle), site)
            have.add(site)
    return list(found.values())


def _name_from(segment: str) -> str | None:
    segment = _LABEL_BEFORE.sub("", segment).strip(" :,-")
    segment = re.sub(r"^name\s*:\s*", "", segment, flags=re.IGNORECASE)
    if not segment or len(segment) > 40 or any(c.isdigit() for c in segment):
        return None
    if "@" in segment or "/" in segment or "&" in segment:
        return None
    parts = segment.split()
    if not 1 <= len(parts) <= 5:
        return None
    real = [p for p in parts if p.lower() not in _NAME_PARTICLE]
    if not real or not all(_NAME_WORD.match(p) for p in real):
        return None
    if any(p.lower().strip(".") in _NOT_NAME_WORDS for p in parts):
        return None
    if len(real) == 1 and not (tx.is_all_caps(real[0]) or len(real[0]) >= 3):
        return None
    # A region or country, or a city of two words or more ("New South Wales", "Santa Clara");
    # one-word cities are also surnames ("Anderson").
    town = places.find_town_region(segment)
    if (
        places.find_place(segment)
        or places.find_city_region(segment)
        or (places.is_place_name(segment) and (len(parts) > 1 or places.is_region_name(segment)))
        or (town and town.span == (0, len(segment)))  # "Barasat West Bengal"
    ):
        return None
    if entries.is_company(segment) or _is_skill(segment):
        return None  # "Globex Holdings", "Human Resources": an employer or a job family
    return _tidy_name(segment)


def _is_skill(segment: str) -> bool:
    """The whole segment is one skill of the taxonomy ("Customer Service")."""
    try:
        hits = get_index().find(segment)
    except Exception:  # the taxonomy never takes the contact block down
        return False
    return any(h.start == 0 and h.end == len(segment) for h in hits)


def _tidy_name(name: str) -> str:
    if not tx.is_all_caps(name):
        return name
    out = []
    for part in name.split():
        low = part.lower()
        if low in _NAME_PARTICLE:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in low.split("-")))
    return " ".join(out)


def _unwrap_name_line(line: str) -> str:
    """Drop the boilerplate, credentials and address glued to a name line."""
    line = _GLUED_CAPS.sub(" ", line.strip().lstrip("#*>=~_ "))  # "# Jane Doe" (Markdown)
    line = re.sub(r"^page\s+\d+\s+", "", line, flags=re.IGNORECASE)  # running header
    line = _HONORIFIC.sub("", line)
    m = EMAIL.search(line)
    if m and line[: m.start()].strip():
        line = line[: m.start()].strip()  # "Jane Doe jane@example.org | Homepage"
    for _ in range(2):
        line = _BOILERPLATE.sub("", line).strip()
    line = _CREDENTIALS.sub("", line)
    # "Jane Doe 87 Some Street": the address starts at the first number; "Jane Doe Texas
    # 75019": so does the place before a postcode.
    m = re.match(r"^(\D+?)\s+\d", line)
    if m and len(m.group(1).split()) >= 2:
        words = m.group(1).split()
        while len(words) > 2 and "," not in m.group(1) and places.is_place_name(words[-1]):
            words.pop()
        line = " ".join(words)
    return line


def _name_on(raw: str) -> str | None:
    """The name a header line starts with, unless the line is a place."""
    line = _unwrap_name_line(raw)
    first = _SPLITTERS.split(line)[0]
    place = places.find_place(line)
    if place and (place.span[0] < len(first) or not line[len(first) : place.span[0]].strip(" ,")):
        return None  # "New York, NY", "Google HQ, Mountain View, CA": where, not who
    if len(first.split()) >= 4:  # "Jane Doe Subject Matter Expert": the headline first
        return _name_before_title(first) or _name_from(first) or _name_before_place(line)
    return _name_from(first) or _name_before_title(first) or _name_before_place(line)


_HEADLINE_END = tx.word_set("with and or of for in at to the a an by from having")


def _name_before_title(line: str) -> str | None:
    """ "Jane Doe Software Engineer": the name and the headline on one line. A headline
    starts with a capital and ends with no connector ("… Oracle cloud consultant with" is
    the start of a sentence)."""
    words = line.split()
    for k in (3, 2):
        tail = " ".join(words[k:])
        if not 0 < len(words) - k <= 6 or any(c.isdigit() for c in tail):
            continue  # a headline is a few words, not the rest of a flattened text
        if not tail[:1].isupper() or words[-1].lower() in _HEADLINE_END:
            continue
        if entries.is_title(tail) and not entries.is_company(tail):
            name = _name_from(" ".join(words[:k]))
            if name and not entries.is_title(name):
                return name
    return None


def _name_before_place(line: str) -> str | None:
    """ "Aman Kumar Kurukshetra Haryana Email me …": a flattened header, the name then the
    town and region with no punctuation. The town is a known city, else one word."""
    words = line.split()[:8]
    for known in (True, False):
        for k in (2, 3):
            rest = " ".join(words[k:])
            place = places.find_city_region(rest) if known else places.find_town_region(rest)
            if not place or place.span[0] != 0:
                continue
            if not known and len(place.text.split()) - len(_region_words(place.text)) != 1:
                continue
            name = _name_from(" ".join(words[:k]))
            if name and not entries.is_title(name):
                return name
    return None


def _region_words(place_text: str) -> list[str]:
    """The words of the region that ends ``place_text`` ("Andhra Pradesh")."""
    words = place_text.split()
    for k in range(len(words) - 1, 0, -1):
        if places.is_place_name(" ".join(words[-k:])):
            return words[-k:]
    return words[-1:]


def find_name(
    header: list[str],
    tail: list[str],
    labelled_lines: list[str] | None = None,
    top: list[str] | None = None,
    handles: tuple[list[str], list[str]] | None = None,
) -> str | None:
    """A "Name:" field; else the first name-like line of the header; else a line whose
    words the e-mail or profile handle spells (``handles``: (their letters, the lines to
    look in)); else a name-like line right above contact details in the ``top`` lines
    (template banners, a summary first); else the last lines (some two-column PDFs put the
    name after the body)."""
    for below in (False, True):
        value = labelled.first_value(labelled_lines or header, "name", below)
        name = value and _name_from(_unwrap_name_line(value))
        if name:
            return name
    for n, raw in enumerate(header[:8]):
        if dates.find_range(raw):
            break  # past the header: a role line
        name = _name_on(raw)
        if name and n == 0 and len(name.split()) == 1 and len(header) > 1:
            second = _name_from(header[1].strip())  # "Jane" / "Doe": a name set in two lines
            if (
                second
                and len(second.split()) == 1
                and not re.search(r"(?:cv|resume)$", second, re.IGNORECASE)  # "CHRONOLOGICALCV"
                and tx.is_all_caps(raw.strip()) == tx.is_all_caps(header[1].strip())
            ):
                return f"{name} {second}"
        if name and (len(name.split()) >= 2 or n == 0) and (n < 5 or len(name.split()) >= 2):
            return name
    if handles:
        name = _name_spelled_by(*handles)
        if name:
            return name
    top = top or []
    for n, raw in enumerate(top):
        name = _name_on(raw)
        if name and len(name.split()) >= 2 and any(_reachable(x) for x in top[n + 1 : n + 4]):
            return name
    for line in reversed(tail):
        name = _name_from(line)
        if name and len(name.split()) >= 2:
            return name
    return None


# A job board's profile address, also with its punctuation stripped ("indeedcomrJaneDoe1a2b…").
_PROFILE_HANDLE = re.compile(r"indeed\W?com\W?r\W?([A-Za-z][\w\-]{3,})", re.IGNORECASE)


def handle_letters(email: str | None, links: list[Link], lines: list[str]) -> list[str]:
    """The letters of the e-mail's local part and of the profile handles ("jane.doe42@…",
    "linkedin.com/in/jane-doe-5a3", a job board's "indeed.com/r/Jane-Doe/…" in ``lines``) that
    a name may be spelled in."""
    found = [email.split("@")[0]] if email else []
    found += [link.url.rstrip("/").rsplit("/", 1)[-1] for link in links if link.kind != "portfolio"]
    found += [  # the profile's 16-digit hex id is no part of the name
        re.sub(r"[0-9a-f]{16}$", "", m.group(1))
        for line in lines
        if "ndeed" in line or "NDEED" in line
        for m in _PROFILE_HANDLE.finditer(line)
    ]
    return [x for h in found if len(x := re.sub(r"[^a-z]", "", h.lower())) >= 4]


def _name_spelled_by(handles: list[str], lines: list[str]) -> str | None:
    """ "Kaveen Nimsara" under a sidebar, "Alistair M Senior" (a surname that is also a job
    word), "Rahul N Devops Engineer …" (a one-line export): a short line, or the first two to
    four words of a long one, whose words of two letters or more all appear in one handle
    (or whose letters begin it), two words at least, none of them a heading or a place."""
    for line in lines:
        words = line.strip().split()
        sizes = [len(words)] if len(words) <= 4 else [4, 3, 2]
        for k in sizes:
            name = _spelled(words[:k], handles)
            if name and not (places.find_place(name) or places.is_place_name(name)):
                return name
    return None


def _spelled(words: list[str], handles: list[str]) -> str | None:
    if len(words) < 2 or not all(
        _NAME_WORD.match(w) or (w.isalpha() and w.islower()) for w in words
    ):
        return None
    long_words = [w.lower().strip(".") for w in words if len(w.strip(".")) >= 2]
    if not long_words or long_words[0] in _NOT_NAME_WORDS:
        return None
    if sum(w in _NOT_NAME_WORDS for w in long_words) > 1:
        return None  # "sales.manager@…" and a "Sales Manager" line
    letters = "".join(w.lower().strip(".") for w in words)
    initial_last = len(words[-1].strip(".")) == 1  # "Rahul N": only a handle that begins so
    if not any(
        (len(long_words) >= 2 and not initial_last and all(w in h for w in long_words))
        or (len(letters) >= 5 and h.startswith(letters))
        for h in handles
    ):
        return None
    return _tidy_name(" ".join(w.title() if w.islower() else w for w in words))


# Words a file name carries besides the name: "Jane_Doe_CV_final_v2.pdf".
_FILE_WORDS = tx.word_set(
    """resume résumé cv curriculum vitae bio biodata data final updated update new latest
    copy draft version ver rev en english eng de fr public private my the of and for doc docx
    pdf file document report letter cover application portfolio sample template example
    scan scanned img image photo"""
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_FILE_SPLIT = re.compile(r"[\s_.\-–()\[\]+,]+")


def name_from_filename(filename: str | None) -> str | None:
    """ "Jane_Doe_CV.pdf", "jane-doe-resume-2024.docx", "JaneDoe_Resume.pdf" -> "Jane Doe":
    two to four name-like words before the file's other words (never a lone word, a job
    title, a place, an employer or a skill). Used only when the text names nobody, and
    marked as read from the file name."""
    if not filename:
        return None
    stem = re.sub(r"\.[A-Za-z0-9]{2,5}$", "", filename.rsplit("/", 1)[-1])
    tokens = [t for raw in _FILE_SPLIT.split(_CAMEL.sub(" ", stem)) if (t := raw.strip())]
    run: list[str] = []
    for token in tokens:
        low = token.lower()
        if low in _FILE_WORDS or re.search(r"\d", token):
            if run:
                break
            continue  # "CV_Jane_Doe.pdf"
        if not re.fullmatch(r"[^\W\d_]{1,20}", token) or low in _NOT_NAME_WORDS:
            if len(run) >= 2:
                break  # "Jane_Doe_Director_of_Engineering"
            return None  # "Sales_Manager_Resume": no name in front
        run.append(token if token[:1].isupper() and not token.isupper() else token.title())
    if not 2 <= len(run) <= 4 or sum(len(t) >= 2 for t in run) < 2:
        return None
    return _name_from(" ".join(run))


def _reachable(line: str) -> bool:
    """An email or phone number: how to reach the person named just above."""
    return bool(EMAIL.search(line) or phone_candidates(line))


# Where a job board's export writes the candidate's town and region: just before its
# "Email me on Indeed" line, or before "Willing to relocate".
_PLACE_CUE = re.compile(
    r"\s(?:email\s+me\s+on\s+indeed|(?:willing|ready|open)\s+to\s+relocat)", re.IGNORECASE
)
_RELOCATE = re.compile(
    r"\b(?:(?:willing|ready|open|happy)\s+to\s+relocat\w*|relocat\w*\s+to|preferred\s+"
    r"(?:job\s+)?locations?|open\s+to\s+relocation)\b.*$",
    re.IGNORECASE,
)


def find_location(
    lines: list[str], labelled_lines: list[str] | None = None, name: str | None = None
) -> places.Place | None:
    """A "Location:"/"Address:" field; else the first "City, Region" of the contact lines;
    else a contact line that names only places ("Edinburgh", "Pune, India")."""
    for below in (False, True):
        value = labelled.first_value(labelled_lines or lines, "location", below)
        if not value:
            continue
        value = _JOB_BOARD_PLACE.sub(r"\2, \1", value)
        value = _NEXT_KEY.split(value)[0]  # "Taroudant – Region: Souss-Massa – Country: …"
        found = places.find_place(value) or places.find_city_line(value)
        if found:
            return found
        if not below and len(value) <= 60 and not any(ch.isdigit() for ch in value):
            return places.Place(value, places.region_of(value), (0, len(value)))
    # "Jane Doe, MS": a degree, not Mississippi: the name is cut off its line first.
    # "Willing to relocate to Pune": where they would go, not where they are.
    for line in lines:
        cue = _PLACE_CUE.search(line)
        place = places.find_place_before(line[: cue.start()]) if cue else None
        if place and not _job_words(place.text.rsplit(" ", 1)[0]):
            return place
    scrubbed = [
        _RELOCATE.sub(
            "",
            _phones_out(
                EMAIL.sub(
                    " ",
                    _URL.sub(" ", line[len(name) :] if name and line.startswith(name) else line),
                )
            ),
        )
        for line in lines
    ]
    for line in scrubbed:
        place = places.find_place(line)
        if place and place.text.lower() != "remote":
            return place
    for line in scrubbed:
        place = places.find_city_line(line)
        if place:
            return place
    for line in scrubbed:
        place = places.find_city_region(line[:300])
        if place:
            return place
    for line in scrubbed:
        place = places.find_town_region(line.strip(" ,|•·"))
        if place and not _job_words(place.text.rsplit(" ", 1)[0]):
            return place
    return None


# "US-NJ-Jersey City": country, state and city as job boards write them.
_JOB_BOARD_PLACE = re.compile(r"^(?:US|USA)-([A-Z]{2})-([A-Z][\w.'’ -]+?)(?=\s*\(|$)")


_NEXT_KEY = re.compile(r"\s+[–—|•-]\s+(?=[A-Z][\w ]{1,20}:)")


def _job_words(town: str) -> bool:
    """A "town" that is a job title or an employer ("Engineer Maharashtra")."""
    return entries.is_title(town) or entries.is_company(town)


def _phones_out(line: str) -> str:
    """ "Culver City, Ca 91604 ■ (123)345-7890": the phone is no part of the address."""
    for raw in phone_candidates(line):
        if raw[:1] in "+(" or len(re.sub(r"\D", "", raw)) >= 10:  # not "98195-2600", a ZIP+4
            line = line.replace(raw, " ")
    return line


def extract_contact(
    header: list[str],
    contact_lines: list[str],
    all_lines: list[str],
    fallback_region: str | None,
    name_lines: list[str] | None = None,
) -> Contact:
    """``header``: the contact lines before the first heading; ``contact_lines``: header plus
    any "Contact"/"Links" sections; ``fallback_region``: phone region implied elsewhere;
    ``name_lines``: where the name is looked for first (default ``header``)."""
    email = find_email(contact_lines) or find_email(all_lines)
    links = find_links(all_lines, contact_lines)
    top = all_lines[:40]  # where job-board profile blocks put "Current Location:" and co.
    handles = (handle_letters(email, links, all_lines[:40]), all_lines[:80])
    name = find_name(
        name_lines or header or contact_lines, all_lines[-3:], top, all_lines[:40], handles
    )
    place = find_location(contact_lines[:12], top, name)
    region = (place.region if place else None) or fallback_region
    phone = (
        find_phone(contact_lines[:15], region)
        or find_labelled_phone(all_lines, region)
        or find_phone_line(all_lines, region)
    )
    return Contact(
        full_name=name,
        email=email,
        phone=phone,
        location=place.text if place else None,
        links=links,
    )
