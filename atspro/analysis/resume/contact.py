"""Contact block: name (``names.py``), e-mail and phone (``channels.py``), location and profile
links."""

from __future__ import annotations

import re

from atspro.analysis.resume import dates, labelled, places, roles, sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.channels import (
    EMAIL,
    find_email,
    find_labelled_phone,
    find_phone,
    find_phone_cell,
    find_phone_line,
    phone_candidates,
    without_emails,
)
from atspro.analysis.resume.names import (
    find_name,
    greeted,
    handle_letters,
    name_after_request,
    split_as_spelled,
)
from atspro.models import Contact, Link

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
    r"(?<![\w.])(?P<site>linkedin|github|gitlab)(?:-in|-square|-alt)?\s*(?::|://|/|\|)?\s*"
    r"(?:/?in/)?(?P<handle>@?[A-Za-z0-9][\w.\-]{1,38})(?![\w.@/])",
    re.IGNORECASE,
)
# Words after a site's label that are no handle ("LinkedIn | GitHub": a row of labels).
_NO_HANDLE = tx.word_set(
    "com in profile linkedin github gitlab portfolio website web email e-mail phone blog"
)
_SITE_URL = {
    "linkedin": "https://www.linkedin.com/in/{}",
    "github": "https://github.com/{}",
    "gitlab": "https://gitlab.com/{}",
}


def looks_like_contact(line: str) -> bool:
    """An email, phone, URL or "City, ST" line (not part of a summary paragraph)."""
    return bool(
        EMAIL.search(line)
        or phone_candidates(line)
        or _URL.search(line)
        or (len(line) < 60 and (places.find_place(line) or places.find_city_line(line)))
    )


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
        if "." not in line:
            continue  # cheap test first: every _URL holds a dot (scrubbing adds none)
        scrubbed = without_emails(line)
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
        for m in _HANDLE.finditer(without_emails(_URL.sub(" ", line))):
            site = m.group("site").lower()
            handle = m.group("handle").lstrip("@")
            if site in have or handle.lower() in _NO_HANDLE:
                continue
            add(_SITE_URL[site].format(handle), site)
            have.add(site)
    return list(found.values())


# Where a job board's export writes the candidate's town and region: just before its
# "Email me on Indeed" line, or before "Willing to relocate".
_PLACE_CUE = re.compile(
    r"\s(?:email\s+me\s+on\s+indeed|(?:willing|ready|open)\s+to\s+relocat)", re.IGNORECASE
)
# "Based in Berlin", "Currently living in Pune", "Data analyst based in Leiden": the cue
# before the place (and the headline before it).
_LIVES = r"(?:based|located|living|residing|lives)"
_BASED_IN = re.compile(
    rf"^.*?\b(?:currently\s+)?{_LIVES}\s+(?:in|at|out\s+of)\s+",
    re.IGNORECASE,
)
# "Tulsa-based analyst", "UK based": the place before the cue, read in a short window before
# each of a line's first cues (a long capitalised run before no cue is not scanned again and
# again from each of its capitals).
_BASED_CUE = re.compile(r"[- ]based\b", re.IGNORECASE)
_PLACE_WORDS = r"[A-Z][\w.'’]*(?:,? [A-Z][\w.'’]*){0,2}"
_PLACE_BASED = re.compile(rf"\b({_PLACE_WORDS})$")
_BASED_WINDOW = 80  # characters before a cue where its place is read
_BASED_CUES = 4  # the cues of a line looked at


def _place_based(line: str, own: bool = False) -> tuple[str, int, int] | None:
    """ "Tulsa-based", "UK based": the capitalised words before the line's first cue that has
    some (text, start, end). ``own``: the person's own place only ("UK based, open to remote"
    starting a sentence, "Freelance tester, Leeds-based." closing one; not "a Chicago-based,
    fast-growing start-up", an employer's)."""
    if "based" not in line.casefold():
        return None
    for n, cue in enumerate(_BASED_CUE.finditer(line)):
        if n >= _BASED_CUES:
            break
        if not line[cue.start() + 1 : cue.end()].islower():
            continue  # "BASED": the cue is written in lower case
        w0 = max(cue.start() - _BASED_WINDOW, 0)
        m = _PLACE_BASED.search(line, w0, cue.start())
        if not m:
            continue
        if own:
            after = line[cue.end() :].lstrip()
            before = line[: m.start(1)].rstrip()
            closes = not after or after[0] in ".;)"
            if not (
                (after[:1] == "," or closes) and (not before or before[-1] in ".!?;:•·-–—|")
            ) and not (closes and before.endswith(",")):
                continue
        return m[1], m.start(1), m.end(1)
    return None


_RELOCATE = re.compile(
    r"\b(?:(?:willing|ready|open|happy)\s+to\s+relocat\w*|relocat\w*\s+to|preferred\s+"
    r"(?:job\s+)?locations?|open\s+to\s+relocation)\b.*$",
    re.IGNORECASE,
)


# "Pune (open to remote)", "Leeds [hybrid]": a note on how the person would work, after the place.
_WORK_NOTE = re.compile(
    r"\s*[(\[][^()\[\]]*\b(?:remote|hybrid|on-?site|relocat\w*)\b[^()\[\]]*[)\]]", re.IGNORECASE
)


_WRAPPED_PLACE_CHARS = 30  # a narrow column's line: a place cut at its comma is not longer


def _comma_wraps_joined(lines: list[str]) -> list[str]:
    """ "Springfield," / "Freedonia" in a narrow sidebar -> "Springfield, Freedonia": a short
    line ending with its comma goes on on the next line when that one names a place alone."""
    out: list[str] = []
    for line in lines:
        prev = out[-1].strip() if out else ""
        if (
            prev.endswith(",")
            and len(prev) <= _WRAPPED_PLACE_CHARS
            and places.is_place_name(line.strip())
        ):
            out[-1] = f"{prev} {line.strip()}"
        else:
            out.append(line)
    return out


def _wrapped_on(value: str, lines: list[str]) -> str:
    """ "Address: 12, Some Street, Springfield," / "Lakeview, Freedonia - 600057": a value
    whose line ends with a comma goes on on the next line."""
    at = next((i for i, x in enumerate(lines) if value in x), None)
    if at is None or not lines[at].rstrip().endswith(",") or at + 1 >= len(lines):
        return value
    nxt = lines[at + 1].strip()
    return value if not nxt or ":" in nxt else f"{value}, {nxt}"


def find_location(
    lines: list[str], labelled_lines: list[str] | None = None, name: str | None = None
) -> places.Place | None:
    """A "Location:"/"Address:" field; else the first "City, Region" of the contact lines;
    else a contact line that names only places ("Edinburgh", "Pune, India")."""
    lines = _comma_wraps_joined(lines)
    labelled_lines = _comma_wraps_joined(labelled_lines) if labelled_lines else None
    for below in (False, True):
        value = labelled.first_value(labelled_lines or lines, "location", below)
        if not value:
            continue
        value = _wrapped_on(value, labelled_lines or lines)
        value = _JOB_BOARD_PLACE.sub(r"\2, \1", value)
        value = _NEXT_KEY.split(value)[0]  # "Coimbra – Region: Centro – Country: …"
        value = _WORK_NOTE.sub("", value) or value
        found = (
            places.find_place(value)
            or places.find_city_line(value)
            or places.find_address_town(value)  # "Address: 14 X Street, Hillview, 4821"
        )
        if found:
            return found
        if not below and len(value) <= 60 and not any(ch.isdigit() for ch in value):
            return places.Place(value, places.region_of(value), (0, len(value)))
    # "Jane Doe, MS": a degree, not Mississippi: the name is cut off its line first.
    # "Willing to relocate to Pune": where they would go, not where they are.
    for line in lines:
        cue = _PLACE_CUE.search(line)
        before = line[: cue.start()] if cue else ""
        if name and before.casefold().startswith(
            name.casefold()
        ):  # "Ravi Verma Uttar Pradesh": no town "Verma"
            before = " " * len(name) + before[len(name) :]
        place = _place_before_cue(before) if cue else None
        if place and not _job_words(place.text.rsplit(" ", 1)[0]):
            return place
    scrubbed = [_scrubbed(line, name) for line in lines]
    for line in scrubbed:
        place = places.find_place(line)
        if place and place.text.lower() != "remote":
            return place
    for line in scrubbed:
        m = _place_based(line)
        place = m and (places.find_place(m[0]) or places.find_city_line(m[0]))
        if place or (m and places.is_place_name(m[0])):  # "UK based": a country alone too
            text = place.text if place else m[0]
            return places.Place(text, places.region_of(text), (m[1], m[2]))
    for line in scrubbed:
        place = places.find_city_line(line)
        if place:
            return place
    for line in scrubbed:
        place = places.find_city_region(line[:300])
        if place:
            return place
    for line in scrubbed:
        line = line.strip(" ,|•·")
        place = places.find_town_region(line)
        if (
            place
            and not _job_words(place.text.rsplit(" ", 1)[0])
            and not _names_employer(line, place)
        ):
            return place
    for line in scrubbed:
        place = places.find_metro_area(line)
        if place:
            return place
    for line in scrubbed:
        place = places.find_address_town(line.strip())
        if place:
            return place
    return _region_before_sentence(scrubbed[0]) if scrubbed else None


def _place_before_cue(before: str) -> places.Place | None:
    """The place a job board's export writes before its cue: "Town, Region, Country" whole
    (not "Region, Country"), else the town and region written any way ("Ravi Verma Pune
    Maharashtra"), else a known town alone on its line ("Dubai - Email me on Indeed")."""
    text = before.rstrip(" -–—|")
    full = places.find_place(text)
    if full and full.span[1] == len(text) and full.text.count(",") >= 2:
        return full
    place = places.find_place_before(before)
    if place or not places.is_known_city(text.strip()) or places.is_region_name(text.strip()):
        return place
    start = len(text) - len(text.lstrip())
    return places.Place(text.strip(), places.region_of(text.strip()), (start, len(text)))


# "Kerala I have 4 years of …": a job board's one-line export whose name was left out
# starts with the region the person gave, then the summary's first sentence.
_REGION_LEAD = re.compile(
    r"^\W*((?:[A-Z][a-z]+\s+){1,2}?)(?:I|My|To|Seeking|Looking|Having|Over|With)\s+[a-z\d]"
)


def _region_before_sentence(line: str) -> places.Place | None:
    m = _REGION_LEAD.match(line)
    if not m:
        return None
    region = m.group(1).strip()
    if places.is_region_name(region) or region in places.IN_STATES:
        return places.Place(
            region, places.region_of(region), (m.start(1), m.start(1) + len(region))
        )
    return None


def _scrubbed(line: str, name: str | None) -> str:
    """A contact line with what is no place taken out: the name before it, links, e-mails,
    phones, "Willing to relocate to …", a "Based in" cue."""
    line = line[len(name) :] if name and line.casefold().startswith(name.casefold()) else line
    line = _WORK_NOTE.sub("", _phones_out(EMAIL.sub(" ", _URL.sub(" ", line))))
    return _BASED_IN.sub("", _RELOCATE.sub("", line))


# "US-NJ-Jersey City": country, state and city as job boards write them.
_JOB_BOARD_PLACE = re.compile(r"^(?:US|USA)-([A-Z]{2})-([A-Z][\w.'’ -]+?)(?=\s*\(|$)")


_NEXT_KEY = re.compile(r"\s+[–—|•-]\s+(?=[A-Z][\w ]{1,20}:)")


def _job_words(town: str) -> bool:
    """A "town" that is a job title or an employer ("Engineer Maharashtra")."""
    return roles.is_title(town) or roles.is_company(town)


def _names_employer(line: str, place: places.Place) -> bool:
    """The place's last word starts an employer's name ("… Kerala Coastal Bank"): the
    capitalised words after it make one with it."""
    name = re.match(r"(?:\s+(?:[A-Z][\w&.'’-]*|of|&)){1,5}", line[place.span[1] :])
    return bool(name) and roles.is_company(f"{place.text.split()[-1]}{name.group(0)}")


def _phones_out(line: str) -> str:
    """ "Culver City, Ca 91604 ■ (123)345-7890": the phone is no part of the address."""
    for raw in phone_candidates(line):
        if raw[:1] in "+(" or len(re.sub(r"\D", "", raw)) >= 10:  # not "98402-3311", a ZIP+4
            line = line.replace(raw, " ")
    return line


_CONTACT_BLOCK = 12  # the contact lines a location is looked for in
_NEAR_EMAIL = 3  # lines either side of a late e-mail that make its contact block


def _near_late_email(lines: list[str], name: str | None) -> places.Place | None:
    """A template's preface or a cover note before the contact block (a "… CV Template" title,
    a paragraph on what it should show): the block is where the e-mail is, past the first
    lines looked in; its place is on the lines around it."""
    at = next((i for i, x in enumerate(lines) if EMAIL.search(x)), 0)
    if at < _CONTACT_BLOCK:
        return None
    return find_location(lines[at - _NEAR_EMAIL : at + _NEAR_EMAIL], None, name)


_FIRST_SECTIONS = ("summary", "contact", "links")  # sections a place under the name may open
_PLACE_LINE_SLACK = 8  # what a place line may hold besides the place: a postcode, a glyph


def _place_under_name(lines: list[str], read: list[str], name: str | None) -> places.Place | None:
    """ "Seattle, WA" on a line of its own in the first section's body (a profile or summary
    heading set between the name and the place): a line that names only a place, before any
    dated line and any section other than a summary. The contact lines (``read``) were read
    already; the name is cut off a line first ("Jane Doe, MS, PMP": no Mississippi)."""
    for line in lines[:_CONTACT_BLOCK]:
        if line in read:
            continue
        head = sections.detect_heading(line)
        if dates.find_range(line) or (head and head.canonical not in _FIRST_SECTIONS):
            return None
        if head:
            continue  # "About ME": a heading, not a town in Maine
        text = _scrubbed(line, name).strip(" ,|•·")
        place = places.find_place(text) or places.find_city_line(text)
        if place and place.text != "Remote" and len(text) - len(place.text) <= _PLACE_LINE_SLACK:
            return place
    return None


_ADDRESS_LINES = 16  # the first lines where a street address read inside a section is the person's


_EMPLOYER_SECTIONS = ("experience", "projects", "volunteering")  # an address there is theirs
_CONTACT_SECTIONS = ("contact",)  # "Contact", "Personal Details": where an address is the person's
_HEADING_CHARS = 60  # a longer line is no heading
_CONTACT_REACH = 2  # lines either side of an address where its phone or e-mail is


def _among_contacts(lines: list[str], at: int) -> bool:
    """An address set among the person's phone or e-mail (the contact block beside a heading,
    read under it), not an employer's or a school's."""
    near = [*lines[max(at - _CONTACT_REACH, 0) : at], *lines[at + 1 : at + _CONTACT_REACH + 2]]
    return any(EMAIL.search(x) or phone_candidates(x) for x in near)


def _address_in_section(lines: list[str]) -> places.Place | None:
    """A street address whose block was read under a heading (the contact block set beside or
    below the first heading: "Education" / "12 Wattle Street Ballarat VIC 3350" / "Tel: …"):
    a numbered street on its line with its town and postcode, or a numbered street line
    ("12 Acacia Street") over its town's line ("Hillview, MD 20901"), among the first lines."""
    under = None  # the heading the line is under (None: the header before any)
    heads = 0
    reached = False  # a phone or e-mail in the header above the first heading
    for n, line in enumerate(lines[:_ADDRESS_LINES]):
        text = line.strip(" ,.|•·")
        if not text[:1].isdigit():
            head = sections.detect_heading(line) if len(text) <= _HEADING_CHARS else None
            if head:
                heads += 1
                under = head.canonical
            elif not heads:
                reached = reached or bool(EMAIL.search(line) or phone_candidates(line))
            continue
        if not (
            under in (None, *_CONTACT_SECTIONS)
            or _among_contacts(lines, n)
            or (heads == 1 and reached and under not in _EMPLOYER_SECTIONS)
        ):
            continue  # "Acme Corporation" / "100 Main Street" under Experience: the employer's
        found = places.find_address_town(text)
        if found:
            return found
        if places.is_street_line(text) and n + 1 < len(lines):
            below = lines[n + 1].strip(" ,.|•·")
            place = places.find_place(below) or places.find_city_line(below)
            if place and place.text != "Remote" and len(below) - len(place.text) <= 12:
                return place
    return None


# "I am based in Leeds", "Currently based in Leeds": the person's own place in the summary's
# prose ("UK based, open to remote work": see ``_place_based``).
_SELF_BASED_IN = re.compile(
    rf"\b(?i:I\s+am|I'm|I’m|currently|presently|now)\s+(?i:{_LIVES})\s+"
    r"(?i:in)\s+(?P<place>[A-Z][\w.'’]*(?:,?\s[A-Z][\w.'’]*){0,3})"
)


def _place_in_summary(lines: list[str]) -> places.Place | None:
    """The person's own place said in the first lines' prose (a summary before any other
    section): "UK based, preference for remote work", "I am currently based in Leeds"."""
    for line in lines[:_CONTACT_BLOCK]:
        head = sections.detect_heading(line)
        if dates.find_range(line) or (head and head.canonical not in _FIRST_SECTIONS):
            return None
        m = _SELF_BASED_IN.search(line)
        value = m["place"] if m else None
        if value is None and (own := _place_based(line, own=True)):
            value = own[0]
        if not value:
            continue
        place = places.find_place(value) or places.find_city_line(value)
        if place and place.text != "Remote":
            return place
        if places.is_place_name(value):
            return places.Place(value, places.region_of(value), (0, len(value)))
    return None


_DECLARATION_LINES = 12  # the last lines, where an Indian CV's declaration gives "Place: Pune"
# "Place: Pune", "Place - Pune   (Jane Doe)", "Date: 12/03/2024  Place: Pune": the town a
# declaration is signed in, up to a wide gap, a bracket, a bar or the next label ("Birth
# Place: …", "Preferred Place: …" are no declaration's: the key starts its line or cell).
_DECLARED = re.compile(
    r"(?:^|\s{2,}|\t|[|,]|(?<=\d)\s)\W{0,3}place\s*[:：\-–]\s*(?P<town>[A-ZÀ-Ý][^\d:()|\t]{1,40}?)"
    r"(?=\s{2,}|\t|\s*[(|]|\s+(?i:date|signature|sign)\b|\s*$)",
    re.IGNORECASE,
)


_DECLARATION_HEAD = re.compile(r"^\W*(?:self[- ])?declaration\b", re.IGNORECASE)
_SIGNED_LABEL = re.compile(r"\b(?:date|dated|signature|signed|sign)\b", re.IGNORECASE)
_KEY_END = re.compile(r"place\s*[:：\-–]\s*$", re.IGNORECASE)
_CELL_START = re.compile(r"(?:^|\s{2,}|\t|\|)\W*$")  # the text before a key that starts its cell


def _declared_place(lines: list[str]) -> places.Place | None:
    """The town an Indian CV's closing declaration names ("Place: Pune" above "Date: …"):
    where the person lives when the header names no place. Only a known town or a "Town,
    Region" counts ("Place: Bangalore"; not "Place: ______"), and only a declaration's: the
    key starts its line or cell, a Date/Signature label is on its line or a neighbouring
    one, or a "Declaration" heading is above it ("Safety Course 2019, Place: Springfield"
    under Trainings is where the course was)."""
    declared = False
    for n, line in enumerate(lines):
        declared = declared or bool(_DECLARATION_HEAD.match(line))
        m = _DECLARED.search(line) if "place" in line.lower() else None
        if not m or not (
            declared
            or _CELL_START.search(_KEY_END.sub("", line[: m.start("town")]))
            or any(_SIGNED_LABEL.search(x) for x in lines[max(n - 1, 0) : n + 2])
        ):
            continue
        town = m["town"].strip(" ,.")
        found = places.find_place(town) or places.find_city_line(town)
        if found:
            return found
        if places.is_known_city(town) and not places.is_region_name(town):
            return places.Place(town, places.region_of(town), m.span("town"))
    return None


_ADDRESSEE_LINES = 6  # a cover letter's addressee block above its greeting


def _without_addressee(lines: list[str]) -> list[str]:
    """The lines without a cover letter's addressee block: the lines above a greeting that
    names a person ("Dear Ms. Roe,"), after the sender's own e-mail or phone, from the line
    that names the addressee when one does (the employer's address is no one's location; the
    sender's own town above "Dear Hiring Manager," is theirs)."""
    at, who = next(
        ((n, w) for n, x in enumerate(lines[: _CONTACT_BLOCK * 2]) if (w := greeted(x))),
        (None, None),
    )
    if at is None or who is None:
        return lines
    start = max(at - _ADDRESSEE_LINES, 0)
    reached = [n for n in range(start, at) if EMAIL.search(lines[n]) or phone_candidates(lines[n])]
    start = reached[-1] + 1 if reached else start
    named = [n for n in range(start, at) if who in re.findall(r"[\w'’-]+", lines[n].casefold())]
    start = named[0] if named else start
    return lines[:start] + lines[at + 1 :]


def extract_contact(
    header: list[str],
    contact_lines: list[str],
    all_lines: list[str],
    fallback_region: str | None,
    name_lines: list[str] | None = None,
    last_lines: list[str] | None = None,
) -> Contact:
    """``header``: the contact lines before the first heading; ``contact_lines``: header plus
    any "Contact"/"Links" sections; ``fallback_region``: phone region implied elsewhere;
    ``name_lines``: where the name is looked for first (default ``header``); ``last_lines``:
    the document's last lines (a references section's too), where a footer name after
    "References available on request" is read when nothing else gives one."""
    # A plain address first; a spelled or spaced one ("jane [at] example.org") only on the
    # contact lines (in a cell of its own), before a plain one elsewhere (a referee's).
    email = (
        find_email(contact_lines, loose=False)
        or find_email(contact_lines)
        or find_email(all_lines, loose=False)
    )
    links = find_links(all_lines, contact_lines)
    top = all_lines[:40]  # where job-board profile blocks put "Current Location:" and co.
    handles = (handle_letters(email, links, all_lines[:40]), all_lines[:80])
    footer = name_after_request(last_lines or all_lines)
    name = find_name(
        name_lines or header or contact_lines,
        [*([footer] if footer else []), *all_lines[-3:]],
        top,
        all_lines[:40],
        handles,
        all_lines[40:],
    )
    name = split_as_spelled(name, email, links)
    # A label/value table read column by column leaves its colons on lines of their own: they
    # take no place among the first contact lines.
    worded = _without_addressee([x for x in contact_lines if any(ch.isalnum() for ch in x)])
    lone = worded[0].strip() if worded and len(worded[0].split()) == 1 else ""
    if not name and lone and places.is_known_city(lone):
        # "Savannah" heading the page with no name found: the name reader's to reject, a
        # one-word name that is a town too ("Savannah" / "sav@…"), not where they live (a
        # state alone, "Karnataka", is where they live: no one-word name). A town of the
        # phone's country is no safer ("Austin" over "+1 512 …" is a first name as often):
        # round 16's review dropped that rule.
        worded = worded[1:]
    place = (
        find_location(worded[:_CONTACT_BLOCK], top, name)
        or _near_late_email(worded, name)
        or _place_under_name(_without_addressee(all_lines), contact_lines, name)
        or _address_in_section(_without_addressee(all_lines))
        or _place_in_summary(all_lines)
        or _declared_place(all_lines[-_DECLARATION_LINES:])
        or places.city_state_of(worded[:_CONTACT_BLOCK])
    )
    region = (place.region if place else None) or fallback_region
    phone = (
        find_phone(worded[:15], region)
        or find_labelled_phone(all_lines, region)
        or find_phone_line(all_lines, region)
        or find_phone_cell(all_lines, region)
    )
    return Contact(
        full_name=name,
        email=email,
        phone=phone,
        location=place.text if place else None,
        links=links,
    )
