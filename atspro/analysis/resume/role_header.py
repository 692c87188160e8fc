"""Read a role's header lines (entries.py cuts them): the employer, the title and the place
("Senior Engineer, Acme Corp  Berlin"), labelled values ("Position: Analyst"), and a title
opening the body under a header that names only the employer. The words that tell a title
from an employer are in roles.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from atspro.analysis.letters import is_word
from atspro.analysis.resume import channels, dates, labelled, places, sections, units
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.roles import (
    _FIELD_WORDS,
    ABBREV_END,
    ASIDE,
    CUT_SHORT,
    HEADING_WORD,
    LIST_LABEL,
    NOT_EMPLOYER,
    SELF_EMPLOYED,
    TITLE_WORDS,
    RoleHeader,
    _taxonomy_title,
    after_colon,
    employment_note,
    is_company,
    is_title,
    joins_name,
    lower_words,
    names_a_field,
    opens_with_verb,
    paper_name,
    plausible_name,
    scheme_name,
    segments,
    short_title,
    skill_phrase,
    title_word,
    verb_phrase,
    without_level,
)


def _is_country(text: str) -> bool:
    t = text.strip(" ,.")
    return t.lower() in places.COUNTRIES


# "Associate ConsultantDesigned a billing tool": a title glued to the first sentence of the
# role (the line break lost): a capitalised word then a lower-case one right after a word.
_GLUED_SENTENCE = re.compile(r"[A-Za-z]*[a-z](?=[A-Z][a-z]+\s+[a-z])")
_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly\s")  # "Successfully led …"


def cut_glued_sentence(line: str) -> str:
    """The line up to a sentence glued to a title word ("Associate Consultant"), the sentence
    opening with a verb or an adverb ("LeaderBoard ranks" is a name)."""
    for m in _GLUED_SENTENCE.finditer(line):
        last = lower_words(m.group(0))[-1:]
        tail = line[m.end() :]
        if last and title_word(last[0]) and (tx.starts_with_verb(tail) or _ADVERB.match(tail)):
            return line[: m.end()]
    return line


def _join_cut_lines(header: list[str]) -> list[str]:
    """ "Office of the Commissioner of" / "Securities, Madison, WI": a name wrapped after a
    connecting word continues on the next line."""
    out: list[str] = []
    for line in header:
        if out and out[-1].rstrip().endswith("/") and line[:1].isupper():
            out[-1] = f"{out[-1].rstrip()}{line}"  # "Project Leader/" / "Technical Analyst"
        elif out and CUT_SHORT.search(out[-1].rstrip(" ,")) and line[:1].isupper():
            out[-1] = f"{out[-1].rstrip()} {line}"
        else:
            out.append(line)
    return out


_MEMBERSHIP = re.compile(
    r"^(?:members?$|member\s+of\b"
    r"|(?:student\s+)?(?:society|association|federation|council|institute)\s+(?:of|for)\b"
    r"|.*\(member\b)",
    re.IGNORECASE,
)


_MEMBER_BODY = re.compile(
    r"\b(?:association|society|council|federation|institute|committee|board|chapter|academy"
    r"|advisory|panel|senate|commission|steering)\b",
    re.IGNORECASE,
)
# "Member", "Member and Chair", "Voting Member" ("Board Member" may be a seat).
_MEMBER_FIRST = re.compile(
    r"^(?:alternate\s+|voting\s+)?members?\b|^(?:[\w-]+\s+){0,4}honorary\s+member$", re.IGNORECASE
)


# "Member of Technical Staff", "Member Services Representative": job titles opening with "Member"
_MEMBER_JOB = re.compile(
    r"^members?\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}staff|services?)\b", re.I
)


def membership(position: str | None, company: str | None) -> bool:
    """ "Member, Budget Advisory Committee", "Member and Chair, Policy Advisory Board": a seat
    on a committee, a board or a professional body, held beside a job (no role of its own)."""
    m = _MEMBER_FIRST.match(position or "")
    if position is None or m is None or "/" in position[m.end() :] or _MEMBER_JOB.match(position):
        return False  # "Member/Vice President": an officer's post in a club
    return company is None or bool(_MEMBER_BODY.search(company) or _MEMBER_BODY.search(position))


def _campus_member(position: str, company: str) -> bool:
    """ "Member" of a student club or a team it names (a campus role) stays; "Member" of a
    professional association or a committee is a membership."""
    return position.lower().startswith("member") and not _MEMBER_BODY.search(company)


# "Advisory Board", "Board of Directors", "Chair": a seat on a board, not an employer.
_BOARD_SEAT = re.compile(
    r"^(?:(?:advisory|executive|editorial|governing)\s+)?(?:board|council)(?:\s+of\s+\w+)?$"
    r"|^(?:co-?)?chair(?:man|person|woman)?$",
    re.IGNORECASE,
)


def _unsupported_employer(company: str, location: str | None, dated: bool) -> bool:
    """An employer named with no title beside it: a heading, a skill, a board seat; with no
    company word, no place and no dates, a line from a list ("Attended State DECA convention")."""
    if is_company(company):
        return skill_phrase(company)  # "Management Information Systems"
    return bool(
        HEADING_WORD.search(company)  # "Professional Memberships", "Key Skills"
        or _BOARD_SEAT.match(company)
        or skill_phrase(company, one_word=True)  # "Subversion", "Leadership"
        or not (dated or location)
    )


# The most words of a bare name (no company word) read after a title on a dated header line.
BARE_EMPLOYER_MAX_WORDS = 3


def _bare_employer(title: str, rest: str) -> bool:
    """ "Zorbix infotech" after "Software Test Engineer": a short name after a title on a dated
    header line with no company word, whose case breaks from the title's (a word in lower case
    after a title in Title Case: "Business Analyst Special Projects" stays whole), and that is
    no skill, field, unit, place or employment note."""
    ws = tx.words(rest)
    lower = [w for w in ws[1:] if not joins_name(w)]
    return (
        bool(lower)
        and all(w[:1].isupper() for w in tx.words(title))
        and not title.endswith(".")
        and not opens_with_verb(rest)
        and len(ws) <= BARE_EMPLOYER_MAX_WORDS
        and not skill_phrase(rest, one_word=True)
        and not names_a_field(rest)
        and not units.names_unit(rest)
        and not employment_note(rest)
        and not places.find_place(rest)
        and plausible_name(rest) is not None
    )


def _title_then_employer(
    segment: str, *, dated: bool, placed: bool = False
) -> tuple[str, str] | None:
    """ "Network Engineer Qorvex Datanet Pvt Ltd": a title and its employer with no
    separator (flattened text) -> (title, employer), when the words after the last title word
    name a company ("Software Engineer Intern", "Engineer Embedded Systems" stay whole), or,
    on a dated header, a short bare name ("Test Engineer Zorbix infotech"); with a town cut
    from the line (``placed``), any short capitalised name ("Sous Chef Acme Robotics  Austin
    TX  2021 – 2024")."""
    ws = segment.split()
    ends = [
        i
        for i, w in enumerate(ws)
        if any(without_level(x) in TITLE_WORDS for x in lower_words(w))  # "SDE-2"
    ]
    if not ends:
        return None
    end = ends[-1] + 1
    while end < len(ws) and _LEVEL.fullmatch(ws[end]):
        end += 1  # "Software Engineer II": the level is the title's
    if end == len(ws):
        return None
    title, rest = " ".join(ws[:end]), " ".join(ws[end:])
    if not (rest[0].isupper() or rest[0].isdigit()) or len(ws) - end > 6:  # "3M", "7-Eleven"
        return None
    if skill_phrase(rest) or re.match(r"(?i)(?:of|for|in|at)\b", rest):
        return None
    if not (
        is_company(rest)
        or (
            dated
            and (_bare_employer(title, rest) or _brand_after_title(title, rest, placed=placed))
        )
    ):
        return None
    return title, rest


# A company's legal form closing its name ("Acme Pvt Ltd", "Globex GmbH").
_LEGAL_FORMS = tx.word_set(
    units.LEGAL_WORDS.replace("|", " ") + " ag pty pte llp pllc ltda srl spa"
)
# The last words of an employer's name that no title opens with ("Acme Technologies Software
# Engineer"; "Systems", "Solutions", "Group", "Company" and "Bank" do: "Acme Systems Engineer",
# "Company Secretary", "Bank Teller" stay unread): a legal form, or a closing word that also
# ends a field of work ("Information Technologies Manager", "Research Labs Manager").
_FIELD_CLOSING = tx.word_set("technologies labs holdings enterprises industries ventures")
_NAME_CLOSING = _LEGAL_FORMS | _FIELD_CLOSING
# Words that open a field of work before a closing word ("Learning Technologies Coordinator",
# "Creative Industries Lecturer", "Global Holdings Accountant"): no employer's own name.
_DOMAIN_WORDS = tx.word_set(
    """information learning assistive emerging enterprise creative research corporate global
    digital clinical advanced applied educational education instructional interactive new
    environmental green clean renewable health medical financial cultural strategic
    innovative innovation emerging future media music film sports social international
    national regional local community family private public business commercial industrial
    mobile web cloud library museum academic biomedical scientific science life lab labs"""
)


def _proper_name(head: list[str]) -> bool:
    """A word of ``head`` (an employer's name without its closing word) that names it and
    no field of work ("Acme", "Globex"), or a legal form in it."""
    for w in head:
        low = w.lower().strip(",.")
        if low in _LEGAL_FORMS:
            return True
        if (
            w[:1].isupper()
            and low not in _DOMAIN_WORDS
            and low not in _FIELD_WORDS
            and low not in TITLE_WORDS
            and low not in _FIELD_CLOSING
        ):
            return True
    return False


# The most words of an employer's name glued before a title on a dated line ("Weekly Report Desk
# Acme Systems Pvt Ltd": a longer run holds more than the name).
GLUED_EMPLOYER_MAX_WORDS = 6


def _employer_then_title(segment: str, *, dated: bool) -> tuple[str, str] | None:
    """ "2019 – 2022 Acme Technologies Software Engineer": on a dated header, an employer whose
    name closes with a legal form or a word no title opens with, then a title, no separator
    (round 17) -> (title, employer). The title must be one on its own, capitalised, and no
    company's name."""
    if not dated:
        return None
    ws = segment.split()
    for k in range(2, min(len(ws), GLUED_EMPLOYER_MAX_WORDS + 1)):
        closing = [w.lower().strip(",.") in _NAME_CLOSING for w in ws[k - 1 : k + 1]]
        if not closing[0] or closing[1]:
            continue  # "Acme Pvt" / "Ltd Engineer": the name goes on
        head, tail = " ".join(ws[:k]).rstrip(","), " ".join(ws[k:])
        if ws[k - 1].lower().strip(",.") in _FIELD_CLOSING and (
            not _proper_name(ws[: k - 1]) or _taxonomy_title(segment)
        ):
            return None  # "Information Technologies Manager": a field of work and a title
        if (
            tail[:1].isupper()
            and all(w[:1].isupper() or not w[:1].isalpha() for w in ws[:k])
            and is_title(tail)
            and not is_company(tail)
            and not is_title(head)
            and not opens_with_verb(head)
        ):
            return tail, head
        return None
    return None


# "II", "3", "L2", "Sr.": a level after a title's last word.
_LEVEL = re.compile(r"(?:I{1,3}|IV|V|[1-5]|L[1-5]|Sr\.?|Jr\.?)")
# The most words of a brand's name after a title with no separator (text stripped of its
# punctuation: "Network Engineer Zentrix", "Sous Chef KORVATH LOGISTICS").
BRAND_MAX_WORDS = 3


# "(EMEA)", "Sales Manager LATAM": a sales region, never a brand.
_REGION_CODES = tx.word_set("emea apac latam dach anz mena na amer emeia nordics benelux")
# "(Fintech)", "Engineer Healthtech": an industry, never a brand.
_SECTORS = tx.word_set(
    """fintech edtech healthtech insurtech proptech regtech medtech adtech martech legaltech
    cleantech agritech saas ecommerce"""
)
# "(Maternity Cover)", "(Fixed Term)", "(Graduate Scheme)", "(Payments Squad)": a note on the
# post (its term, its kind or the team it sat in), never an employer.
_POST_NOTE = re.compile(
    r"(?:\b(?:cover|term|role|sector|scheme|secondment|squad|team|platform|rotation|placement"
    r"|programme|program|assignment|success)|\bpro\s+bono)$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-Z]{2,4}")  # "SAP", "MERN": a product's or a stack's initials


def _no_brand(name: str) -> bool:
    """A region code, an industry, a note on the post or a run of short acronyms ("SAP FICO")
    after a title: words that read as a brand's and never are one."""
    ws = tx.words(name)
    return bool(
        not ws
        or all(w.lower() in _REGION_CODES for w in ws)
        or any(w.lower() in _SECTORS for w in ws)
        or _POST_NOTE.search(name.strip())
        or all(_ACRONYM.fullmatch(w) for w in ws)
    )


def _capital_or_numeral(word: str) -> bool:
    """ "Acme", "3M", "7-Eleven": a word of a name."""
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


# "Software Engineer Senior Level": the post's level after its title, never a name.
_LEVEL_WORDS = tx.word_set("senior junior mid entry level principal staff associate trainee")
# "Software Engineer Backend Services": a team's or a function's closing word, never a name's.
_FUNCTION_ENDS = tx.word_set("services platform platforms infrastructure operations support")


def _placed_name(words: list[str]) -> bool:
    """Capitalised words after a title, set apart by a town cut from the line, that may name
    the employer: not a run of skills ("Java Python"), a level ("Senior Level") or a team or a
    function ("Backend Services")."""
    return not (
        all(skill_phrase(w, one_word=True) for w in words)
        or any(w.lower() in _LEVEL_WORDS for w in words)
        or words[-1].lower() in _FUNCTION_ENDS
        or units.closes_unit(" ".join(words))
    )


def _brand_after_title(title: str, rest: str, *, placed: bool = False) -> bool:
    """A short name after a title on a dated header, each word capitalised: one opening with a
    word no English word list holds ("Zentrix", "Infosys"), or one in capitals after a title
    that is not ("Sous Chef KORVATH LOGISTICS"), or any such name with a town after it on the
    line (``placed``); never a skill, a field, a unit, a place or an employment note."""
    ws = tx.words(rest)
    if not 1 <= len(ws) <= BRAND_MAX_WORDS or not all(map(_capital_or_numeral, ws)):
        return False
    first = ws[0]
    brand = (
        len(first) >= BRAND_MIN_LETTERS
        and first.isalpha()
        and not is_word(first)
        and not _ACRONYM.fullmatch(first)  # "Engineer MERN Stack"
    )
    capitals = len(ws) >= 2 and tx.is_all_caps(rest) and not tx.is_all_caps(title)
    return (
        (brand or capitals or (placed and _placed_name(ws)))
        and not _no_brand(rest)
        and not skill_phrase(rest, one_word=True)
        and not names_a_field(rest)
        and not units.names_unit(rest)
        and not employment_note(rest)
        and sections.lookup_heading(ws[-1]) is None  # "Weekend Projects"
        and not places.find_place(rest)
        and not places.is_place_name(rest)
        and not any(map(title_word, lower_words(rest)))
        and plausible_name(rest) is not None
    )


# "Dispatcher (County Sheriff's Office)", "Sales Assistant (Acme Stores)": the employer in
# brackets after the title; the words that end an organisation's name there.
_TITLE_BRACKET = re.compile(r"^(?P<pos>[^()]+?)\s*\((?P<co>[^()]+)\)$")
_ORG_TAIL = tx.word_set(
    """office offices store stores shop shops restaurant hotel cafe services center centre church
    library museum club trust fund board bureau station"""
)


# The most words of a name in brackets after a title on a dated header with no company word
# ("Nurse Practitioner (Acme Robotics)").
BRACKET_NAME_MAX_WORDS = 4
BRAND_MIN_LETTERS = 4  # the fewest letters of a one-word brand's name in brackets
_NUMERAL_BRAND = re.compile(r"\d{1,2}(?:[A-Z]{1,3}|-[A-Z][a-z]+)")  # "3M", "7-Eleven"
# "(2D)", "(4K)", "(5G)", "(10-Month)": a dimension, a resolution, a network or a term, no brand.
_NUMERAL_NOTE = re.compile(r"\d{1,2}(?:[DKG]|-(?:Hour|Day|Week|Month|Year)s?)", re.IGNORECASE)


def _title_bracket_employer(segment: str, *, dated: bool) -> tuple[str, str] | None:
    """ "Dispatcher (County Sheriff's Office)" -> (title, employer): a capitalised name of two
    words or more in brackets after a title, that names an organisation, or on a dated header
    any such name of every word capitalised (a note, a place, a field or a skill in brackets
    stays the title's: "Analyst (Risk Management)")."""
    m = _TITLE_BRACKET.match(segment.strip())
    if not m or not is_title(m.group("pos")):
        return None
    co = m.group("co").strip()
    if dated and _NUMERAL_BRAND.fullmatch(co) and not _NUMERAL_NOTE.fullmatch(co):
        return m.group("pos").strip(), co  # "Lecturer (3M)", "Cashier (7-Eleven)"
    ws = tx.words(co)
    # "Nurse (Zentrix)": one word no English word list holds is a brand's name
    brand = dated and len(ws) == 1 and len(co) >= BRAND_MIN_LETTERS and co.isalpha()
    if (
        (len(ws) < 2 and not (brand and not is_word(co)))
        or tx.capitalised_ratio(co) < 0.75
        or re.search(r"\d", co)
        or any(map(title_word, lower_words(co)))  # the index knows "Sheriff" as a title
        or employment_note(co)
        or _no_brand(co)
        or names_a_field(co)
        or skill_phrase(co, one_word=True)
        or scheme_name(co)  # "(Skills for Life Program)"
        or units.names_unit(co)
        or places.find_place(co)
        or places.is_place_name(co)
    ):
        return None
    named = dated and len(ws) <= BRACKET_NAME_MAX_WORDS and tx.capitalised_ratio(co) == 1.0
    if not (is_company(co) or ws[-1].lower() in _ORG_TAIL or (named and plausible_name(co))):
        return None
    return m.group("pos").strip(), co


# The fewest "Title (Name)" lines of an undated list of roles that vouch for each other.
LISTED_BRACKETS_MIN = 2


def bracket_list(headers: list[list[str]]) -> bool:
    """Undated roles listed one a line, "Sales Assistant (Hooli)" / "Barista (Acme Coffee)": at
    least two one-line headers of a title with a name in brackets, and they make up half the
    headers or more; the list's shape vouches for each name as the employer (round 17: only
    the first, with a company word, was read; the rest kept the bracket in the title)."""
    shaped = [h for h in headers if listed_bracket_employer(h)]
    return len(shaped) >= LISTED_BRACKETS_MIN and 2 * len(shaped) >= len(headers)


def listed_bracket_employer(header: list[str]) -> tuple[str, str] | None:
    """(title, employer) of a one-line "Title (Name)" header in such a list, read as a dated
    header's would be (a note, a place, a field or a skill in brackets stays the title's)."""
    if len(header) != 1:
        return None
    return _title_bracket_employer(header[0], dated=True)


_COUNTY = re.compile(r",\s*(?:Co\.|County)\s+[A-Z][a-z]+\s*$")
# "Bank of", "Miller &": a name cut before a town it goes on with ("… in Boston" does not).
_NAME_GOES_ON = re.compile(r"(?:\bof|\band|&)$", re.IGNORECASE)


# "… Springfield, PA & Acme Middle School, …": the second of two places named for one role.
_SECOND_NAMED = re.compile(r"^(?:&|and)\s", re.IGNORECASE)
# "45/Week", "$52,000/Annually", "40 hours / week": a form's hours or pay.
_RATE = re.compile(
    r"\d[\d,.]*\s*(?:hours?|hrs?)?\s*/\s*(?:week|wk|month|mo|hour|hr|year|yr|annum|annually|day)\b",
    re.IGNORECASE,
)
# "Seasonal farm positions", "Temporary agency assignments": a sub-heading over a kind of work.
_KINDS_OF_WORK = re.compile(r"\b(?:positions|roles|assignments|engagements|contracts)$", re.I)
# "[Forthcoming]": an editorial note in square brackets (a publication list's).
_EDITORIAL_NOTE = re.compile(r"^\[[^\[\]]*\]\.?$")
# "(An ISO 9001 Company)": a note on the line above, all in brackets.
_ALL_BRACKETED = re.compile(r"^\([^()]*\)$")


def _never_employer(segment: str) -> bool:
    """A business function or field ("Applications Support"), a bracketed note, a town and
    its region written out ("Nashik Maharashtra")."""
    if (
        names_a_field(segment)
        or _ALL_BRACKETED.match(segment)
        or _SECOND_NAMED.match(segment)
        or _RATE.search(segment)
        or _KINDS_OF_WORK.search(segment)
        or _degree_name(segment)
    ):
        return True
    town = places.find_town_region(segment)
    return town is not None and town.span == (0, len(segment))


# After a degree's name, the word that joins its field ("Grado en Derecho", "BS in Biology").
_FIELD_JOIN = re.compile(r"\s*(?:in|en|of|de|em|di|im|:|,|-|–)\s+\S|\s*$", re.IGNORECASE)


def _degree_name(segment: str) -> bool:
    """ "Grado en Derecho", "Bachelor of Laws", "MBA": a degree (and its field) is never the
    employer; "BA Systems", "Diploma Holdings Ltd" (a name going on after it) may be."""
    found = find_degree(segment)
    if not found or found[2][0] != 0 or is_company(segment):
        return False
    return _FIELD_JOIN.match(segment, found[2][1]) is not None


# "Mt. Pleasant", "Ft. Wayne": an abbreviated word opening a town's name.
_TOWN_PREFIX = re.compile(r"\b(?:Mt|St|Ft|Pt)\.\s*$")


def _with_town_prefix(line: str, place: places.Place) -> places.Place:
    """``place`` with the "Mt." / "St." / "Ft." before it on ``line`` (never an employer)."""
    m = _TOWN_PREFIX.search(line[: place.span[0]])
    if m is None:
        return place
    text = f"{line[m.start() : place.span[0]]}{place.text}"
    return places.Place(text, place.region, (m.start(), place.span[1]))


def _employer_as_town(town: str) -> bool:
    """ "Zorblat Inc", "Acme Group-Springfield", "Inc.", "Acme Robotics-Springfield": a town read
    where an employer's name or its legal suffix is ("Westchester Co., NY": "Co." alone is a county's)."""
    name, _, tail = town.rpartition("-")
    if name.strip() and not places.is_known_city(town) and places.is_known_city(tail.strip()):
        return True  # "Acme Robotics-Springfield": any name glued to a known town by a hyphen
    name = name or town
    return is_company(name) and name.strip(" .").lower() != "co"


def _place_after_employer(place: places.Place, town: str) -> places.Place:
    """The place read as "Zorblat Inc, Delaware" or "Acme Group-Springfield, IL" (an employer
    taken for the town): the region, or the town glued after a hyphen, and what follows."""
    head, sep, tail = town.rpartition("-")
    glued = sep and head.strip() and places.is_known_city(tail.strip())
    keep = len(head) + 1 if glued else len(town) + 1  # else only the region
    return places.Place(
        place.text[keep:].strip(" ,"), place.region, (place.span[0] + keep, place.span[1])
    )


def _city_region_at_end(line: str) -> places.Place | None:
    """ "Pune Maharashtra", "… Austin Texas": a known town and its region ending the line with
    no comma (text stripped of its punctuation)."""
    place = places.find_city_region(line)
    return place if place and not line[place.span[1] :].strip(" ,.") else None


_IN_BEFORE_PLACE = re.compile(r"(?<=\w)\s+(?:in|at)\s*$")
# "Quillfeather Bank in Springfield": an employer and its town joined by "in".
_IN_TOWN = re.compile(r"\s+in\s+(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*$")


def _town_after_in(line: str) -> places.Place | None:
    """The town an employer's name is said to be "in" at the end of ``line`` (a name with a
    company word: "Head of Sales in London" is a title and a town, left whole)."""
    m = _IN_TOWN.search(line)
    if m is None or not places.is_place_name(m.group("town")):
        return None
    if not is_company(line[: m.start()]):
        return None
    return places.Place(m.group("town"), None, (m.start(), m.end()))


_IN_BRACKETS = re.compile(r"\((?P<town>[A-Z][^()\d]{1,30})\)")


def _town_in_brackets(line: str) -> places.Place | None:
    """ "Acme Robotics (Austin) — Data Analyst": a known town in brackets after a name."""
    for m in _IN_BRACKETS.finditer(line):
        town = m.group("town").strip()
        if line[: m.start()].strip() and places.is_known_city(town):
            return places.Place(town, None, m.span())
    return None


def _next_to(
    candidates: list[tuple[int, str]], position_at: tuple[int, str] | None
) -> tuple[int, str] | None:
    """The candidate on the title's line, else the first one."""
    same = [x for x in candidates if position_at is not None and x[0] == position_at[0]]
    return (same or candidates or [None])[0]


# What joins two titles of one role: a slash, a comma, "and", "&".
_TITLE_GAP = re.compile(r"\s*(?:/|,|&|\band\b|,\s*and\b)\s*", re.IGNORECASE)


def _joined_titles(
    line: str, line_segments: list[str], first: str, company_at: tuple[int, str] | None
) -> str | None:
    """ "Senior Engineer / Team Lead", "Architect, Lead Developer": the titles written after the
    first one on its line, each joined to the one before by a slash, a comma or "and" (a role
    held under both) -> the span of ``line`` from the first to the last, as written; None when
    no title follows."""
    end = line.find(first)
    if end < 0:
        return None
    start, end = end, end + len(first)
    joined = None
    for seg in line_segments[line_segments.index(first) + 1 :]:
        seg = re.sub(r"^(?:and|&)\s+", "", seg)
        at = line.find(seg, end)
        if (
            at >= 0
            and line[end:at].strip() == "/"
            and units.names_unit(seg)
            and not is_title(seg)
            and len(tx.words(seg)) <= 4
            and (company_at is None or seg != company_at[1])
        ):
            # "Software Engineer / Payments Team - Acme": the unit the person sat in, written
            # with the title, stays with it (round 17: it was dropped)
            return line[start : at + len(seg)]
        if (
            at < 0
            or not _TITLE_GAP.fullmatch(line[end:at])
            or (company_at is not None and seg == company_at[1])
            or not is_title(seg)
            or paper_name(seg)
            or scheme_name(seg)
            or units.names_unit(seg)
            or len(tx.words(seg)) > 5
        ):
            break
        end = at + len(seg)
        joined = line[start:end]
    return joined


# "2 ACME CASTINGS LTD, Springfield", "3. Zeta Bank": the number of an employers' list; a
# bare number only before a name in capitals ("2 Sisters Bakery" keeps its own).
_LIST_NUMBER = re.compile(r"^\d{1,2}(?:[.)]\s+(?=[A-Z])|\s+(?=[A-Z]{2,}[\s,]+[A-Z]{2,}))")
# "Acme [http://acme.example]", "GLOBEX (globex.example)": the firm's web address in brackets.
_WEB_IN_BRACKETS = re.compile(r"[\[(<]\s*(?:https?://|www\.)[^\s\])>]*\s*[\])>]", re.IGNORECASE)


# (Neither opens with "\s*": that is quadratic on a long run of spaces; the line is stripped.)
# "Acme Consulting (Client: Vortex Bank)", "[End client – Zeta Corp]": the client a consultancy
# placed the person with, in brackets after the employer (the consultancy employs them).
_CLIENT_ASIDE = re.compile(
    r"[(\[]\s*(?:end\s+)?clients?\s*[:：–—-]\s*[^()\[\]]+[)\]]", re.IGNORECASE
)


def _name_with_title_word(segment: str) -> bool:
    """ "Valley Courier", "Acme Developer Program": a name, not a title, beside a title."""
    return paper_name(segment) or scheme_name(segment)


def _parent_after(
    flat: list[tuple[int, str]],
    company_at: tuple[int, str] | None,
    position_at: tuple[int, str] | None,
) -> tuple[int, str] | None:
    """ "Principal, Lakeside High School, Greene County Public Schools": the organisation the
    employer read belongs to, named after it on its line or opening the next, employs the
    person (the issue's rule: a department or a school is where the person sat)."""
    if company_at is None or company_at not in flat:
        return company_at
    at = flat.index(company_at)
    return next(
        (
            x
            for k, x in enumerate(flat[at + 1 :], at + 1)
            # on its line or opening the next ("… Records Services," / "Halvorsen University")
            if (x[0] == company_at[0] or (x[0] == company_at[0] + 1 and flat[k - 1][0] != x[0]))
            and x != position_at
            and units.parent_of(company_at[1], x[1])
            and plausible_name(x[1])
            # "Sales Team, Contract", "Engineering Department, Python": a note, a skill or a
            # place after a unit names no organisation
            and not (
                employment_note(x[1])
                or skill_phrase(x[1], one_word=True)
                or places.is_place_name(x[1])
            )
        ),
        company_at,
    )


def parse_role_header(header: list[str], *, dated: bool = True) -> RoleHeader:
    """``dated``: the entry has dates (an undated entry needs more to name an employer)."""
    # The same header is read by several rules of one parse: read once, a copy to each.
    role = _read_once(tuple(header), dated, dates.reads_day_first())
    return RoleHeader(role.position, role.company, role.location)


@lru_cache(maxsize=2048)
def _read_once(header: tuple[str, ...], dated: bool, day_first: bool | None) -> RoleHeader:
    """``day_first``: part of the cache key only (the date readers read the mode)."""
    return _parse_role_header(list(header), dated=dated)


def _parse_role_header(header: list[str], *, dated: bool = True) -> RoleHeader:
    location: str | None = None
    per_line: list[list[str]] = []
    cut_lines: list[str] = []  # each line as its segments were cut from (places removed)
    placed: list[bool] = []  # a place was cut from the line
    given: dict[str, str] = {}  # "Company: Acme", "Position: Analyst"
    label_value = False
    # a gap of any width reads as two spaces (and a hostile run of spaces costs no time)
    for line in _join_cut_lines([tx.close_gaps(x) for x in header]):
        line = _LIST_NUMBER.sub("", cut_glued_sentence(line))
        for aside in (_WEB_IN_BRACKETS, _CLIENT_ASIDE):
            cut = aside.sub("", line)
            line = cut.rstrip() if cut != line else line
        if label_value and not (is_title(line) or is_company(line)):
            label_value = False
            continue  # the value under a label ("AREA OF PRACTICE:" / "Tax law")
        label_value = line.rstrip().endswith(":") and not is_title(line)
        if label_value or LIST_LABEL.match(tx.strip_bullet(line)):
            continue  # "AREA OF PRACTICE:", "Key Results:": a label over what follows
        if channels.EMAIL.search(line):
            continue  # "Manager | Jane Roe | jane@acme.example": a referee's contact line
        if _EDITORIAL_NOTE.match(line.strip()) and not (is_title(line) or is_company(line)):
            continue  # "[Forthcoming]" ("[Research Assistant]" is a title in brackets)
        aside = labelled.bracketed_label(line)
        if aside:  # "Worldspan L.P. (Designation: Software Intern)": the label in brackets
            (start, end), pairs = aside
            for key, value in pairs:
                given.setdefault(key, value)
            line = f"{line[:start]}  {line[end:]}".strip()
            if not tx.words(line):
                continue
        found = [
            x
            for x in labelled.read_labels(tx.strip_bullet(line))
            if x[0] in ("company", "position", "location")
        ]
        for key, value in found:
            given.setdefault(key, value)
        if found:
            continue
        whole = line
        county = _COUNTY.search(line)
        if county:  # "SuperValu, Fermoy, Co. Cork": a county, no "Co." of a company name
            location = location or county.group(0).strip(" ,")
            line = line[: county.start()]
        place = (
            places.find_place(line)
            or _city_region_at_end(line)
            or _town_after_in(line)
            or _town_in_brackets(line)
        )
        if place:
            place = _with_town_prefix(line, place)
            town, _, region = place.text.partition(",")
            if not places.is_known_city(town) and _is_country(region):
                # "Capgemini, Canada", "Peak Analysis and Automation, England": an employer
                # and its country, not a town.
                cut = (place.span[0] + len(town) + 1, place.span[1])
                place = places.Place(region.strip(), place.region, cut)
            elif _employer_as_town(town) or units.ends_in_district(line[: place.span[0]] + town):
                # "Zorblat Inc, Delaware", "Greene County Public Schools, MD"
                place = _place_after_employer(place, town)
            elif _NAME_GOES_ON.search(line[: place.span[0]].rstrip(" ,")):
                # "Lakeview Bank of Dayton, OH", "Brook & Tally, PA": the town ends the
                # employer's name; only the region after it is cut.
                comma = line.find(",", place.span[0], place.span[1])
                end = comma if comma >= 0 else place.span[1]
                if places.is_known_city(line[place.span[0] : end]):
                    location = location or place.text
                line = f"{line[:end]}  {line[place.span[1] :]}"
                place = None
        if place:
            location = location or place.text
            # "Acme Mobility in Springfield, Kansas": the "in" goes with the place
            before = _IN_BEFORE_PLACE.sub("", line[: place.span[0]])
            line = f"{before}  {line[place.span[1] :]}"
        per_line.append(segments(line))
        cut_lines.append(line)
        # "Remote", "Hybrid": how the person worked, no town that sets a name apart
        placed.append(line != whole and not (place and employment_note(place.text)))
    flat = [(n, seg) for n, segs in enumerate(per_line) for seg in segs]
    titled = [(n, s) for n, s in flat if is_title(s)]
    # "Valley Courier, Reporter": a newspaper's name gives way to the title beside it.
    position_at = next((x for x in titled if not _name_with_title_word(x[1])), None) or next(
        iter(titled), None
    )
    # "Finance Department" is where in the employer the person sat, when another line names it.
    # A company word in a function's name ("Solutions Design", "(An ISO 9001 Company)") names
    # no employer, and no other segment is guessed in its place.
    # "Acme Bank" / "Senior Manager: Retail Segment": with a name on a line above, what follows
    # the title's colon is where in the employer the person sat (no employer, no part of the
    # title). A line above with a place may be another role's ("Ranger, Parks Co., NY" over
    # "Intern: Tenants Union").
    unit = after_colon(cut_lines[position_at[0]], position_at[1]) if position_at else None
    if (
        position_at
        and unit
        and not any(placed[: position_at[0]])
        and any(n < position_at[0] and not is_title(s) for n, s in flat)
    ):
        flat = [x for x in flat if x != (position_at[0], unit)]
    worded = [(n, s) for n, s in flat if is_company(s) and not _SECOND_NAMED.match(s)]
    companies = [x for x in worded if not _never_employer(x[1])]
    company_at = next((x for x in companies if not units.names_unit(x[1])), None) or next(
        iter(companies), None
    )
    # An office or a programme inside a university ("Halvorsen University, Office of
    # Admissions") is a department: the university stays the employer (the issue's rule, though
    # dotin's labels name the office).
    rest = [(n, s) for n, s in flat if (n, s) not in (position_at, company_at)]
    # An industry line ("Banking / Financial Services") names no employer but leaves the
    # guess to the other lines; a function's name beside other words does not.
    industry = {n for n, segs in enumerate(per_line) if segs and all(map(names_a_field, segs))}
    blocking = [x for x in worded if x not in companies and x[0] not in industry]
    if company_at is None and rest and not blocking:
        # "Engineer, Google": prefer the segment next to the title, else the next line's.
        # A title's second half ("Senior Programmer / Analyst") or a department acronym ("QA")
        # is not the employer when another line names one.
        # A segment that reads as a title is never taken for the employer.
        # A town or a country left as a segment ("Pakistan" / "Consultant" / "Northbridge
        # Relief Programme", "Intern engineer / QXL, Lyon") names no employer.
        named = [
            x
            for x in rest
            if not (
                (is_title(x[1]) and not (position_at and _name_with_title_word(x[1])))
                or skill_phrase(x[1])
                or places.is_place_name(x[1])
            )
            and not _never_employer(x[1])
            # "Vice President, Key Clients Division": a unit beside the title says where
            # the person sat (on a line of its own it may be all the employer written; "Office
            # of the Commissioner" may be the employer).
            and not (position_at and x[0] == position_at[0] and units.closes_unit(x[1]))
            # With a title, a segment that can be no name ("Remunerated" over the title) is
            # no candidate; with none, nothing vouches for a later line.
            and (position_at is None or plausible_name(x[1]))
        ]
        named = [x for x in named if len(x[1]) > 3] or named
        # A one-word skill beside the title ("Head of Product, Android," / "Lumeo")
        # gives way to a name on another line.
        plain = [x for x in named if position_at and not skill_phrase(x[1], one_word=True)]
        company_at = _next_to(plain, position_at) or _next_to(named, position_at)
        if company_at:
            rest.remove(company_at)
    company_at = _parent_after(flat, company_at, position_at)
    # No title word and no title the O*NET index knows: the position stays empty rather than
    # take a place, a skill or a template word ("City", "Jira") for the title.
    position = position_at[1] if position_at else None
    if position_at and company_at is None:
        # a town cut from the title's line, nothing else left on it: "Title Employer  Town";
        # or the town alone on the next line ("Title Employer" / "Pune")
        n = position_at[0]
        alone = len(per_line[n]) == 1 and (
            placed[n] or (n + 1 < len(placed) and placed[n + 1] and not per_line[n + 1])
        )
        glued = (
            _title_bracket_employer(position_at[1], dated=dated)
            or _title_then_employer(position_at[1], dated=dated, placed=alone)
            or _employer_then_title(position_at[1], dated=dated)
        )
        if glued:
            position, employer = glued
            company_at = (position_at[0], employer)
    if position_at and position == position_at[1]:
        n = position_at[0]
        position = _joined_titles(cut_lines[n], per_line[n], position_at[1], company_at) or position
    if position_at and company_at and company_at[0] != position_at[0] and is_company(company_at[1]):
        # "Director – IT Operations": the rest of the title line belongs to the title.
        extras = [s for n, s in rest if n == position_at[0] and not is_title(s) and s != unit]
        # "Data Analyst, Springfield" over the employer: the town is the place, not the title.
        towns = [s for s in extras if places.is_place_name(s)]
        location = location or next(iter(towns), None)
        extras = [s for s in extras if s not in towns]
        if extras:
            position = " – ".join([position_at[1], *extras])
    company = company_at[1] if company_at else None
    if company:
        company = re.sub(r"\s+logo$", "", company, flags=re.IGNORECASE)  # LinkedIn copy-paste
    if given:
        company = given.get("company", company)
        position = given.get("position", position)
        if company == position:  # the one segment left was taken for both
            company, position = given.get("company"), given.get("position")
        location = given.get("location", location)
    if (
        position
        and _MEMBERSHIP.search(position)
        and not _MEMBER_JOB.match(position)
        and not (company and _campus_member(position, company))
    ):
        if membership(position, company):
            company = None  # "Member, Budget Advisory Council": a seat, no employer either
        position = None  # "Member", "Society of Automotive Engineers": a membership, not a job
    # the employer's name as written, on the title's line or a line next to it
    written = (
        company if company_at and position_at and abs(company_at[0] - position_at[0]) <= 1 else None
    )
    position, company = (
        plausible_name(position) or title_phrase(position, dated=dated),
        plausible_name(company),
    )
    if dated and position and written and not company and lower_employer(written):
        # "acme technologies pvt ltd, Software Engineer" or the name on the line over the
        # title: a lower-case employer with its legal form beside a title (round 17)
        company = written.strip(" ,;:-–—")
    if company and not position and _unsupported_employer(company, location, dated):
        company = None
    if company and OWN_ACCOUNT_ALONE.match(company):
        company = None  # "Tutor: Self Employed": one's own account, no employer's name
    if position and not company and dated and position_at:
        # "Software Engineer" / "acme technologies pvt ltd": the employer in lower case, alone
        # on the header's last line, right under the title's line (next to the dates)
        n = position_at[0] + 1
        low = per_line[n] if n == len(per_line) - 1 else []
        company = (
            low[0] if len(low) == 1 and lower_employer(low[0]) and low[0] != position else None
        )
    alone = " ".join(cut_lines).strip(" ,;|-–—")
    if dated and not (position or company) and OWN_ACCOUNT_ALONE.match(alone):
        position = alone  # "Self-employed" over dates: the post itself, no employer named
    return RoleHeader(position, company, location)


# The most words of an employer's name that opens in lower case ("acme technologies pvt ltd").
LOWER_EMPLOYER_MAX_WORDS = 6
# A function word opening a line: a clause or a sentence, no name and no title.
FUNCTION_WORD_FIRST = re.compile(
    r"(?:as|a|an|the|with|for|to|and|or|but|of|in|at|by|on|from|my|our|his|her|their|which"
    r"|who|that|this|these|those|including|using|such|also|then|while|when)\b",
    re.IGNORECASE,
)


def lower_name_shape(line: str) -> bool:
    """ "acme technologies pvt ltd", "globex foods": a short name line that opens in lower case,
    no stop, no clause (a verb or a function word first), no dates, no title."""
    text = tx.strip_bullet(line).strip() if not tx.bullet_glyph(line) else ""
    ws = tx.words(text)
    return (
        bool(ws)
        and len(ws) <= LOWER_EMPLOYER_MAX_WORDS
        and text[:1].isalpha()
        and text[:1].islower()
        and len(text) <= 80
        and not re.search(r"[.!?:;,]$", text)
        and not FUNCTION_WORD_FIRST.match(text)
        and not tx.starts_with_verb(text)
        and not dates.find_dates(text)
        and not is_title(text)
        and not employment_note(text)
    )


# The last words of an employer's name in lower case: a legal form or "technologies" ("acme
# technologies pvt ltd", "globex llc"); a generic company word ("group", "bank") is not enough.
_LEGAL_FORM_END = _LEGAL_FORMS | {"technologies"}


def lower_employer(line: str) -> bool:
    """An employer's name that opens in lower case: :func:`lower_name_shape` ending in a legal
    form ("acme technologies pvt ltd", "globex llc")."""
    ws = tx.words(line.lower())
    return (
        lower_name_shape(line)
        and len(ws) >= 2
        and ws[-1].strip(".") in _LEGAL_FORM_END
        and not skill_phrase(line.strip())
    )


# Work on one's own account written alone as a dated entry's header ("Self-employed",
# "Freelance"): the post (the labelled sets name no employer for it).
OWN_ACCOUNT_ALONE = re.compile(rf"^(?:{SELF_EMPLOYED}|freelance|freelancing)$", re.IGNORECASE)


# The most words a title phrase in lower case may hold ("Negotiator of regional freight
# agreements", "Freelance web developer and consultant").
TITLE_PHRASE_MAX_WORDS = 8


def title_phrase(value: str | None, *, dated: bool = True) -> str | None:
    """ "Freelance web developer and consultant" on a dated entry's header: a title word opening
    or closing a phrase in lower case, which :func:`plausible_name` takes for a bullet's
    sentence. No verb first, no sentence's stop, no pronoun, no dates."""
    if not dated or not value:
        return None
    value = value.strip(" ,;:-–—")
    ws = tx.words(value)
    ends = [lower_words(w) for w in (ws[:1] + ws[-1:])] if ws else []
    if (
        not 2 <= len(ws) <= TITLE_PHRASE_MAX_WORDS
        or not value[:1].isupper()
        or opens_with_verb(value)
        or re.search(r"[.!?;:]", value)
        or NOT_EMPLOYER.search(value)
        or dates.find_dates(value)
        or not any(e and title_word(e[-1]) for e in ends)
    ):
        return None
    return value


# Lines at the end of the previous role's body searched for the employer of a header that
# names only a title: its name, its town, a description of one or two lines.
EMPLOYER_ABOVE_LINES = 4
_SENTENCE_END = re.compile(r"[.!?]$")


def _place_line(line: str) -> bool:
    place = places.find_place(line)
    return place is not None and not (line[: place.span[0]] + line[place.span[1] :]).strip(" ,.")


def employer_above(lines: list[str]) -> tuple[RoleHeader, int] | None:
    """ "Acme Data, Inc." / "Springfield, NJ" / "Maker of garden tools." over "VICE PRESIDENT
    (2003 to 2007)": an employer with a company word written above a sentence describing it,
    ending the lines above a header that names only a title -> (the employer's header, the
    number of lines it takes from the end of ``lines``)."""
    n = len(lines)
    for k in range(n - 2, max(n - EMPLOYER_ABOVE_LINES, 0) - 1, -1):
        rest = [x.strip() for x in lines[k + 1 :]]
        town = rest[0] if _place_line(rest[0]) else None
        below = rest[1:] if town else rest
        if (
            not 1 <= len(below) <= 2
            or any(tx.bullet_glyph(x) for x in below)
            or not _SENTENCE_END.search(below[-1])
        ):
            continue
        line, before = lines[k].strip(), lines[k - 1].strip() if k else ""
        if tx.bullet_glyph(line) or (before and not _SENTENCE_END.search(before)):
            continue  # the name opens a new part: the line above ends a sentence
        role = parse_role_header([line])
        if role.company and not role.position and is_company(role.company):
            role.location = role.location or town
            return role, n - k
    return None


# The most words of a title line opening a role's body under a header naming the employer,
# or alone on a line inside a role's body (``entries``): "Data Migration Specialist".
BODY_TITLE_MAX_WORDS = 6


# Place lines (and a wrapped tail of the employer's name) skipped between the header and a title
# line opening the body ("… - Advanced Science" / "and Technology Institute" / "Metro City," /
# "Freedonia" / "Student Assistant").
BODY_PLACE_LINES = 3


# The most words of the wrapped tail of the employer's name opening the body ("and
# Technology Institute").
WRAPPED_NAME_MAX_WORDS = 4


def _above_title(text: str, i: int) -> str | None:
    """ "place": a town or a country alone on its line; "wrapped": the first body line going on
    with the header's name in lower case ("and Technology Institute"); else None."""
    if _place_line(text) or places.is_place_name(text.strip(" ,.")):
        return "place"
    ws = tx.words(text)
    wrapped = (
        i == 0
        and bool(ws)
        and ws[0] in ("and", "of", "&", "for")
        and len(ws) <= WRAPPED_NAME_MAX_WORDS
        and not re.search(r"[.!?:]$", text)
    )
    return "wrapped" if wrapped else None


def title_from_body(role: RoleHeader, body: list[str]) -> list[str]:
    """ "Acme, Denver, CO  1997-1999" / ("Maker of sensors.") / "Account Manager": a header with
    an employer and no title, and a short title line opening the body (after at most one
    sentence about the employer, maybe wrapped). Sets ``role.position`` and returns the body without it.
    A labelled title under the header ("2009-2011" / "Acme Bank, Melbourne" / "Position:
    Customer Service Advisor (part time to 2012, …)") counts with or without an employer."""
    if role.position:
        return body
    for i, line in enumerate(body[:3]):
        found = labelled.read_label(tx.strip_bullet(line))
        if found and found[0] == "position":
            value = ASIDE.sub(" ", found[1]).strip()
            if value.endswith(".") and not ABBREV_END.search(value):
                value = value.rstrip(". ")  # "Position: Trainee Engineer to Manager."
            position = plausible_name(value)
            if position and is_title(position) and not _MEMBERSHIP.search(position):
                role.position = position
                return body[:i] + body[i + 1 :]
    if not role.company:
        return body
    skipped = 0  # the employer's town and a wrapped tail of its name, above the title
    for i, line in enumerate(body[: 3 + BODY_PLACE_LINES]):
        if i - skipped >= 3:
            break
        text = line.strip()
        above = _above_title(text, i) if skipped < BODY_PLACE_LINES else None
        if above and not tx.bullet_glyph(line):
            if above == "place":
                role.location = role.location or text.strip(" ,.")
            skipped += 1
            continue
        if (
            not tx.bullet_glyph(line)
            and short_title(text, max_words=BODY_TITLE_MAX_WORDS, stops=".!?:;,")
            and not verb_phrase(text)
            and not is_company(text)
        ):
            position = plausible_name(text)
            if position and not _MEMBERSHIP.search(position):
                role.position = position
                return body[:i] + body[i + 1 :]
        wraps = i == 0 and len(body) > 1 and body[1].strip()[:1].islower()
        if tx.bullet_glyph(line) or not (re.search(r"[.!?]$", text) or wraps):
            break  # only a sentence about the employer (maybe wrapped) may come before it
    return body
