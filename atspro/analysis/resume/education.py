"""Education entries: institution, degree (+ EducationLevel), field, graduation date, GPA.

Lines are read one by one: a line naming an institution or a degree opens a new entry when
the current one already has that part. Dates written in a separate column (two-column PDFs
list them after all the schools) are matched back to the schools in order.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from atspro.analysis.resume import dates, entries, places, roles, sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.degrees import (
    FIELD_WORDS,
    INSTITUTION,
    STATE_CODES,
    find_degree,
    loose_name,
    school_word,
)
from atspro.analysis.resume.edu_lines import (
    columns_to_rows,
    field_name,
    join_wrapped,
    note_or_place,
    one_degree_per_line,
    school_alone,
    school_in_slot,
    table_rows,
    without_place,
)
from atspro.models import Education, EducationLevel

__all__ = [
    "INSTITUTION",
    "dated_degree_lines",
    "degrees_among_skills",
    "degrees_in",
    "education_in_header",
    "find_degree",
    "lists_schools",
    "names_entry",
    "parse_education",
    "school_names",
]

_UNIVERSITY = re.compile(r"universit|\binstitute\s+of\s+technology\b", re.IGNORECASE)
_SUB_UNIT = re.compile(r"^(?:college|school|faculty|department|dept\.?)\s+of\b", re.IGNORECASE)
_GPA_WORD = r"(?:c\.?\s?)?g\.\s?p\.\s?a\.?|\bc?gpa\b|\bgrade point average\b"  # "G.P.A." too
_GPA = re.compile(
    rf"(?:{_GPA_WORD})[^0-9\n]{{0,14}}(\d{{1,2}}(?:\.\d{{1,3}})?(?:\s*/\s*\d{{1,3}}(?:\.\d{{1,2}})?)?)"
    rf"|(\d(?:\.\d{{1,3}})(?:\s*/\s*\d{{1,2}}(?:\.\d{{1,2}})?)?)\s*(?:{_GPA_WORD})",
    re.IGNORECASE,
)
_FIELD_LEAD = re.compile(
    # "BSc (Hons) Marketing", "B.A. with Honors in History", "BS, Physics", "BS in Physics"
    # "MA (Cantab) in History": the awarding university's Latin name in brackets; "Licencjat z
    # ekonomii" (Polish), "Kandidatexamen i ekonomi" (Swedish)
    r"^\s*(?:\(\s*hon(?:ou?r)?s\.?\s*\)|\(\s*(?:cantab|oxon|oxf|dubl|edin|lond|glas)\.?\s*\)"
    r"|,?\s*hon(?:ou?r)?s\.?(?=\s)"
    r"|,?\s*with\s+(?:[a-z]+\s+){0,2}hono(?:u)?rs(?=\s+in\b))?"
    r"\s*(?:[,:/(–—-]\s*)?(?:\bin\b|\bof\b|(?-i:\ben\b|\bem\b|\bde\b|\bz\b|\bi\b|\bzum\b|\bzur\b|\bals\b)|\b(?:major(?:ing)?|speciali[sz]\w*)\s+in\b"
    r"|\bmajor\s*:"  # "BA, Major: History, Minor: Spanish"
    r"|\bwith\s+(?:an?\s+)?(?:emphasis|concentration|focus|major|speciali[sz]ation)\s+(?:in|on)\b)?"
    r"\s*",
    re.IGNORECASE,
)
_FIELD_STOP = re.compile(
    r"[;,(|]|\s[-–—]\s|  |\d"
    r"|\b(?:c?gpa|with|minor|magna|summa|cum\s+laude|complete[ds]?|except)\b",
    re.IGNORECASE,
)
_NOTE = re.compile(
    r"^\(?\s*(?:specializ|specialis|concentrat|major|minor|focus|thesis|honou?rs|coursework|courses"
    r"|class\s+of\b"  # "Class of 2019" (its year cut out)
    # when, as India's resumes say it ("Batch 2016–2020", "Year of passing: 2017", "YOP
    # 2017", "Passed out 2018", "2019 (pursuing)"), and the marks ("Percentage: 72%")
    r"|batch\b|year\s+of\s+(?:passing|graduation|completion)|(?:passing|graduation)\s+year"
    r"|pass(?:ed)?[\s-]?out\b|yop\b|completed\b|pursuing\b|ongoing\b|percentage|aggregate"
    r"|expected|graduat|relevant|dean|magna|summa|cum|overall|gpa|cgpa|g\.\s?p\.\s?a|grade)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Entry:
    institution: str | None = None
    degree: str | None = None
    level: EducationLevel | None = None
    field: str | None = None
    date: str | None = None
    current: bool = False
    gpa: str | None = None
    has_inline_date: bool = False
    school_by_slot: bool = False  # named without a school word, by its place on a degree line
    block: str | None = None  # the kind of list it is under, when not the schools (_other_block)
    under_way: bool = False  # a postgraduate degree still to come (_UNDER_WAY_AFTER)
    joint: bool = False  # "Bachelor of Laws/" of a double degree: the next entry's school is its


_NOT_FIELD = re.compile(
    r"^(?:hons?|honou?rs|thesis|degree|diploma|program(?:me)?|course|studies|scholarship"
    r"|['’‘]s(?:\s+degree)?|comprehensive|track|taught|reform|grade|candidate|student|standard"
    r"|title|place|magna|summa|cum\s+laude|coursework|complete|result|examination|exam"
    r"|expected|pursuing|ongoing|subjects?|board|[IVX]+$)\b",
    re.IGNORECASE,
)


_TOKEN = re.compile(r"\S+")
_SCHOOL_WORD = re.compile(r"(?:universit|college|institut|school|academy|polytechn)", re.I)


# More words a field of study is made of, for telling it from the school named after it on one
# line ("in Fine Art Riverton University", "in Social Work Eastvale College"); kept out of
# FIELD_WORDS, which other readers take for a field's whole name.
_FIELD_MORE = FIELD_WORDS | tx.word_set(
    """art fine music theatre theater drama dance film media journalism philosophy literature
    linguistics languages theology divinity architecture nutrition health social work
    political policy relations environmental performing visual graphic creative writing
    french german spanish italian chinese japanese arabic russian latin greek"""
)


def _school_start(rest: str) -> int:
    """Where a school's name starts after a degree's field on a line with no separator (a
    flattened or punctuation-stripped text): "in Computer Science University of Eastland" ->
    at "University"; "in ECE Northfield Dayanand University" -> at "Northfield". The field is the
    run of field-of-study words after the degree; "Arts and Science College" keeps its words."""
    lead = _FIELD_LEAD.match(rest)
    tokens = list(_TOKEN.finditer(rest, lead.end() if lead else 0))
    k = 0
    while k < len(tokens):
        word = tokens[k].group(0).lower().strip(".,()")
        joins = word in ("and", "&", "of") and k + 1 < len(tokens)
        if word in _FIELD_MORE or (
            joins and k and tokens[k + 1].group(0).lower().strip(".,()") in _FIELD_MORE
        ):
            k += 1
            continue
        break
    if k == 0 and lead and re.search(r"\bin\b", lead.group(0)) and len(tokens) > 2:
        k = 1  # "Masters in Art Sunrise University": a field is named after "in"
    if k == 0 or k == len(tokens):
        return tokens[0].start() if tokens else len(rest)
    if tokens[k].group(0) in ("from", "at") and k + 1 < len(tokens):
        return tokens[k + 1].start()  # "Economics from Universidad de X": the school after it
    after = rest[tokens[k].end() :].lstrip()
    if _SCHOOL_WORD.match(tokens[k].group(0)) and not re.match(r"(?:of|for)\b", after):
        return tokens[0].start()  # "Engineering College", "Arts and Science College"
    return tokens[k].start()


def _caps_label(text: str) -> bool:
    """``text`` is written in capitals and made of words no field is ("ACADEMIC ACHIEVEMENTS
    and AWARDS": a heading the sections reader did not take); "COMPUTER SCIENCE" is a field."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return (
        sum(w.isupper() for w in re.findall(r"[A-Za-z]{2,}", text)) >= 2
        and not re.search(r"[a-z]{2,}", re.sub(r"\b(?:and|of|in|&)\b", "", text))
        and not any(w in _FIELD_MORE for w in words)
    )


def _field_like(text: str) -> bool:
    """Not a label, a note or a degree again: "Bachelor of Science (B.Sc.)" has no field "B.Sc.",
    "Ph.D." over "III" or "Subjects:" none either."""
    found = find_degree(text)
    return not (
        _NOT_FIELD.match(text) or re.search(r"[:\[\]]", text) or (found and found[2][0] == 0)
    )


def _without_town(field: str) -> str:
    """ "Commerce Riverton Punjab" (a punctuation-stripped line): the field without the town
    and region written after it (a town the gazetteer may lack, before a known region)."""
    words = field.split()
    for k in (2, 1):
        region = " ".join(words[-k:])
        if len(words) > k and (places.is_region_name(region) or region in places.IN_STATES):
            words = words[:-k]
            while words and words[-1].lower() not in FIELD_WORDS and words[-1][:1].isupper():
                words.pop()
            return " ".join(words)  # "Lakeview Punjab": a town and region, no field
    return field


_ROMAN = re.compile(r"[IVX]+$")


def _without_school_acronym(field: str) -> str:
    """ "Commerce XYZU Lakeview", "Chemistry Dr ABCU" (a punctuation-stripped line): the field's
    words, then a school named by its acronym (or after "Dr"): the field ends before it."""
    words = field.split()
    for j, word in enumerate(words[1:], 1):
        # ("BSc Physics ICS": a word in capitals is an acronym before a discipline's ending)
        if word.lower() in FIELD_WORDS or word.lower() in ("and", "&", "of"):
            continue
        if not word.isupper() and field_name(word):
            continue
        acronym = len(word) >= 2 and word.isupper() and word.isalpha() and not _ROMAN.match(word)
        if acronym or word in ("Dr", "Dr."):
            return " ".join(words[:j])
        break
    return field


# "en curso", "em andamento", "en cours", "in progress": a degree under way, not its field
_UNDER_WAY_FIELD = re.compile(
    r"(?i:curso|andamento|progreso|proceso|cours|corso|progress|course)", re.IGNORECASE
)


# "Master of Science (M.Sc.) in Chemistry": the degree's abbreviation in brackets before its field
_ABBREVIATION_NEXT = re.compile(r"\s*\(\s*([A-Za-z][\w.\s]{0,10}?)\s*\)")


# A postgraduate degree under way ("Ph.D. candidate", "PhD (ABD)", "pursuing an MBA", "MBA in
# progress"): not held, so the entry counts at the level under it (the one its candidate holds).
_UNDER_WAY_AFTER = re.compile(
    r"\s*(?:\(\s*)?(?:candidate|abd|all\s+but\s+dissertation|in\s+progress|ongoing)\b\s*\)?",
    re.IGNORECASE,
)
_UNDER_WAY_BEFORE = re.compile(
    r"\b(?:pursuing|candidate\s+for|currently\s+(?:studying|enrolled\s+in)|working\s+towards?)"
    r"\s+(?:(?:an?|the|my)\s+)?$",
    re.IGNORECASE,
)
_HELD_BELOW = {EducationLevel.DOCTORATE: EducationLevel.MASTER}
_HELD_BELOW_UNDATED = {EducationLevel.MASTER: EducationLevel.BACHELOR}


def _under_way(text: str, span: tuple[int, int]) -> int | None:
    """Where a degree found at ``span`` of ``text`` ends with its "candidate" / "(ABD)" mark
    (``span``'s end when the mark leads: "pursuing an MBA"); None when it is not marked."""
    after = _UNDER_WAY_AFTER.match(text, span[1])
    if after:
        return after.end()
    return span[1] if _UNDER_WAY_BEFORE.search(text[: span[0]]) else None


def _held_level(e: _Entry) -> EducationLevel | None:
    """The level ``e`` gives its candidate: one under a doctorate under way, one under a
    master's under way with no graduation date (a dated one counts like any expected degree)."""
    if not e.under_way or e.level is None:
        return e.level
    return _HELD_BELOW.get(e.level) or (
        e.level if e.date else _HELD_BELOW_UNDATED.get(e.level, e.level)
    )


def _initials(degree: str, abbr: str) -> bool:
    """``abbr`` is ``degree``'s initials ("Victorian Certificate of Education" and "VCE")."""
    caps = "".join(w[0] for w in re.findall(r"[A-Za-z]+", degree) if w[0].isupper())
    return len(abbr) >= 2 and abbr.isupper() and abbr.isalpha() and abbr == caps


# The kind of school a German title was earned at, in brackets after it ("Diplom-Betriebswirt
# (FH)": a university of applied sciences; "(TU)", "(Univ.)", "(BA)", "(DH)"): no field
_SCHOOL_KIND_NEXT = re.compile(r"\s*\(\s*(?:FH|TU|TH|Uni|Univ\.?|BA|DH|HAW|VWA)\s*\)")


def _field_after(text: str, end: int, degree: str = "") -> str | None:
    if kind := _SCHOOL_KIND_NEXT.match(text, end):
        end = kind.end()
    abbr = _ABBREVIATION_NEXT.match(text, end)
    if abbr and (
        ((found := find_degree(abbr.group(1))) and found[2] == (0, len(abbr.group(1))))
        or _initials(degree, abbr.group(1))
    ):
        end = abbr.end()
    rest = text[end:]
    lead = _FIELD_LEAD.match(rest)
    rest = rest[lead.end() :] if lead else rest
    stop = _FIELD_STOP.search(rest)
    field = (rest[: stop.start()] if stop else rest).strip(" .-–:")
    field = re.split(rf"(?:^|\s+)(?:(?:from|at|to\s+be)\s+|{_OF_SCHOOL})", field, maxsplit=1)[0]
    field = field.rstrip(" )")
    if INSTITUTION.search(field):  # "Bsc in Computer Science University of Eastland"
        # the school starts after the field its "in" leads ("Masters in Art Riverton
        # University"): the cut is measured with the lead
        led = (lead.group(0) if lead else "") + field
        field = led[: _school_start(led)][len(led) - len(field) :].strip(" .-–:")
    field = _without_school_acronym(field)
    if not field or not tx.words(field) or len(field.split()) > 8 or INSTITUTION.search(field):
        return None
    if field.count(")") > field.count("(") or not _field_like(field) or field[:1] in "+/&":
        return None  # "(B.Tech + M.Tech)": a second degree, no field
    field = _without_town(field)
    if places.is_place_name(field) or places.find_place(field):
        return None
    # "High School in English Teacher", "PhD in researcher", "Masters in Research Project: “…"
    if len(field) < 2 or re.search(r"[:“”\"]", field) or roles.is_title(field):
        return None
    if _UNDER_WAY_FIELD.fullmatch(field):
        return None  # "Especialización en curso", "Graduação em andamento": under way, no field
    return field


_PIECES = re.compile(r"\s[|–—-]\s|[,;]\s|\t|\s{2,}")
_SEPARATORS = " \t\n\r\f\v\xa0,;:|–—(-"


def _field_before(text: str, degree: tuple[str, EducationLevel, tuple[int, int]]) -> str | None:
    """The field of study written alone before its degree ("Economics, B.A.", "Biology -
    Bachelor of Science", "Economics (Bachelor's)", "X University | Economics - BS"): the piece
    of the line right before the degree."""
    head = text[: degree[2][0]].rstrip(_SEPARATORS)  # a regex's "[…]+$" rescans a long run
    last = _PIECES.split(head)[-1].strip(_SEPARATORS) if head else ""
    return last if last and _field_only(last) and field_name(last) else None


# Endings and words of a field of study written alone after the degree's comma ("BA,
# Anthropology, 2001", "BFA, Theatre, 2004"), told from a school's name ("B.Sc., Loyola, 2004").
_FIELDISH = re.compile(
    r"(?:ology|graphy|onomy|ics?|istry|ism|ture|sophy|ies|ine|ing|ish|ese|ian|ance|ence|ment"
    r"|ion|ity|try|phy|arts?|law|atre|ater|film|drama|latin|german|french|dutch|greek|design)$",
    re.IGNORECASE,
)


def _field_only(segment: str) -> bool:
    """``segment`` is only a field of study ("Electrical Engineering", "Marine Biology"): its
    words are field words, or its last one ends like a field's name; no school, place or note."""
    words = [w.lower().strip(".,:()") for w in segment.split()]
    if not words or len(words) > 5 or INSTITUTION.search(segment) or not segment[:1].isupper():
        return False
    fieldish = field_name(segment) or bool(_FIELDISH.search(words[-1]))
    return fieldish and _field_like(segment) and not places.find_place(segment)


def _named_not_field(
    text: str, degree: tuple[str, EducationLevel, tuple[int, int]], field: str | None
) -> bool:
    """``field`` (read after the degree) is one name standing alone after a comma, with no
    word of a field of study: the school's place on a dated degree line."""
    after = text[degree[2][1] :].lstrip(" .")
    if not field or not after.startswith(",") or len(field.split()) > 3:
        return False
    words = field.split()
    return not _FIELDISH.search(words[-1]) and bool(school_in_slot([field], None))


_GAP_THEN = re.compile(r"\s{2,}|\t")  # a column gap after the degree


def _named_after(
    text: str, degree: tuple[str, EducationLevel, tuple[int, int]], field: str | None
) -> bool:
    """``field``, read after a school-leaving certificate across a column gap, names no field
    of study: none of its words is a field's ("High school  Riverside": the school's name or
    town; "HSC Maharashtra State Board", run on with one space, stays as written)."""
    return bool(field) and bool(_GAP_THEN.match(text, degree[2][1])) and not _field_only(field)


def _gpa(text: str) -> str | None:
    m = _GPA.search(text)
    if not m:
        return None
    return re.sub(r"\s+", "", m.group(1) or m.group(2))


_DANGLING = re.compile(r"(?:\s+(?:in|at|on|from|during|since|with|and|&|-|–))+$", re.IGNORECASE)
# "Diploma in Nursing (DN) of Hillside University": "of" then a school's name (a capitalised
# name with its school word) names where the degree was awarded.
_OF_SCHOOL = (
    r"of\s+(?:the\s+)?(?=(?:[A-Z][\w.'’&-]*\s+){0,4}"
    r"(?i:universit|college|institut|school|academy|polytech))"
)
_FROM_SCHOOL = re.compile(rf"\s(?:(?:from|at|(?i:degree|diploma)\s+of)\s+|{_OF_SCHOOL})(?=[A-Z])")
_FIELD_IN = re.compile(r"((?:[\w&]+\s+){1,4})in\s+(?=[A-Z])")
_CAMPUS = re.compile(r"^[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?$")


def _institution_in(segments: list[str]) -> str | None:
    # "Teachers College, Riverton University": the university, not its college or school.
    order = sorted(range(len(segments)), key=lambda n: not _UNIVERSITY.search(segments[n]))
    for n in order:
        seg = _after_some_college(segments[n])
        if not school_word(seg):
            continue
        degree = find_degree(seg)
        if (
            degree
            and degree[2][1] - degree[2][0] >= 0.8 * len(seg)
            and not INSTITUTION.search(seg, degree[2][1])  # "Master of Commerce IGNOU"
        ):
            continue  # "High School Diploma" is the degree, "Lincoln High School" a school
        if degree and all(
            degree[2][0] <= m.start() < degree[2][1] for m in INSTITUTION.finditer(seg)
        ):
            continue  # "Senior Secondary School examination (Class XII)": the degree's words
        school = _FROM_SCHOOL.search(seg, degree[2][1]) if degree else None
        if school and INSTITUTION.search(seg, school.end()):
            seg = seg[school.end() :]  # "B.Com from Madras University": the school only
        elif degree and INSTITUTION.search(seg, degree[2][1]):
            # "BA Westbrook University", "BTech in ECE Northfield Dayanand University"
            rest = seg[degree[2][1] :]
            seg = rest[_school_start(rest) :].strip(" ,;-–")
            first = INSTITUTION.search(seg)
            joins = list(re.finditer(r"\bin\s+", seg[: first.start()])) if first else []
            if joins:  # "MPC in Kakatiya Junior College": the school follows the last "in"
                seg = seg[joins[-1].end() :]
        elif degree and INSTITUTION.search(seg[: degree[2][0]]):
            seg = seg[: degree[2][0]]  # "Lakeview University MBA in Finance": the school first
        elif not degree and n and find_degree(segments[n - 1]):
            # "MSc in Applied Microbiology  Biotechnology Greenfield University": the end of
            # the field the line's gap split off
            seg = seg[_school_start(seg) :]
        elif (
            not degree
            and (lead := _FIELD_IN.match(seg))
            and all(w.lower() in FIELD_WORDS for w in lead.group(1).split())
        ):
            seg = seg[lead.end() :]  # "Engineering in Hillside Polytechnic": a wrapped field
        nxt = segments[n + 1] if n + 1 < len(segments) else ""
        if (
            seg.lower().startswith("university of")
            and _CAMPUS.match(nxt)
            and not (INSTITUTION.search(nxt) or find_degree(nxt) or places.is_region_name(nxt))
            and not field_name(nxt)  # "University of X  Economics - BS": the field
        ):
            return f"{seg}, {nxt}"  # "University of California, Davis": the campus is part of it
        return seg
    return None


_UNIT_JOIN = re.compile(r"\s*(?:,|\||\s[-–—])\s*")
_UNIT_WORD = re.compile(r"\b(?:college|school|faculty|institute|academy)\b", re.I)
_SECONDARY = re.compile(r"\b(?:high|secondary|grammar|public|senior|junior)\s+school\b", re.I)


def _unit_and_school(first: str, second: str) -> bool:
    """``first`` and ``second`` are a school and the university (or college) it belongs to:
    one names a university and the other a school, college, faculty or institute ("The
    Wharton School", "School of Kinesiology"), or, with no university, one is a "School of …"
    of the other ("Hillcrest College", "School of Law"). Not two universities, an acronym
    ("MIT"), a secondary school or a town ("College Park")."""
    universities = [bool(_UNIVERSITY.search(x)) for x in (first, second)]
    units = [bool(_SUB_UNIT.match(x)) for x in (first, second)]
    if sum(universities) == 1:
        unit, parent = (second, first) if universities[0] else (first, second)
    elif not any(universities) and sum(units) == 1:
        unit, parent = (first, second) if units[0] else (second, first)
    else:
        return False
    return bool(
        (_UNIT_WORD.search(parent) or _UNIVERSITY.search(parent))
        and _UNIT_WORD.search(unit)
        and _plausible_institution(unit) == unit
        and not any(
            find_degree(x) or _SECONDARY.search(x) or places.is_place_name(x)
            for x in (unit, parent)
        )
    )


def _with_its_unit(inst: str, text: str) -> str:
    """ "The Wharton School, University of Lakeview", "University of Eastvale, School of
    Kinesiology", "Hillcrest College - Lakeview University", "Hillcrest College, School of
    Law": a school and the university (or college) it belongs to, named side by side on one
    line, are kept together as written. The degree is the university's, the school or college
    is where it was taught, and a reader (and a recruiter's search) knows it by either name.
    Any other pair of schools side by side stays apart: the one read is kept."""
    segs = roles.segments(text)
    if inst not in segs:
        return inst
    k = segs.index(inst)
    for a, b in ((k - 1, k), (k, k + 1)):
        if a < 0 or b >= len(segs) or not _unit_and_school(segs[a], segs[b]):
            continue
        first, second = segs[a], segs[b]
        start = text.find(first)
        mid = text.find(second, start + len(first)) if start >= 0 else -1
        if mid >= 0 and _UNIT_JOIN.fullmatch(text[start + len(first) : mid]):
            return text[start : mid + len(second)]
    return inst


def school_names(institution: str) -> list[str]:
    """The schools an entry's institution names: two for a school kept with its university
    ("The Wharton School, University of Lakeview"), else the one name ("University of
    Eastvale, Davis" is one: its campus names no school)."""
    parts = [p for p in _UNIT_JOIN.split(institution) if p]
    return parts if len(parts) == 2 and _unit_and_school(*parts) else [institution]


_NOT_SCHOOL = re.compile(
    r"\d{3}|@|^[^:]{1,20}:\s|\($|^(?:present|title|name|marketing|secondary)$", re.IGNORECASE
)


_SCHOOL_NAME = re.compile(
    r"(?:(?:[A-Z][\w.&'’-]*|of|for|de|and|the)\s+){0,6}"
    r"(?:Universit[yaéè]\w*|College|Institute|School|Academy|Polytechnic|Politecnico|Hochschule)"
    r"(?:\s+(?:of|for|de|and|in|the|at|&)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)*"
    r"|\b(?:[A-Z][\w.&'’-]*\s+){1,5}(?:Universit[yaéè]\w*|College|Institute|School|Academy)\b"
)


# Column labels of education tables ("Examination/Degree", "University/Board", "School Year"),
# words a school's name is made of but that alone name no school.
_LABEL_ONLY = tx.word_set(
    """school schools college colleges university universities institute institution
    institutions academy board year years name names of the and graduate middle high
    secondary senior examination exam degree degrees course qualification location"""
)
_NOT_INSTITUTION = re.compile(
    # publishers and societies in a CV's publication lists, primary schools (a teacher's
    # placements), job titles ("High School English Teacher") and subject-grade lines
    r"\bpress$|\bbulletin\b|\bjournal\b|\bassociation\b|\bsociety\b|\bfraternity\b"
    # professional bodies that certify, not schools
    r"|\bproject\s+management\s+institute\b|\bchartered\s+institute\b|\binstitute\s+of\s+chartered\b"
    r"|\b(?:elementary|primary|middle)\s+schools?\b"
    r"|\b(?:teacher(?!['’]?s?\s+(?:training\s+)?(?:college|institute|school|academy))|coach"
    r"|director|promoter|manager|intern|instructor|tutor|principal)s?\b"
    r"|\([A-E][*+-]?\).*\([A-E][*+-]?\)",
    re.IGNORECASE,
)


# "Veerapuram institute of science and technology" (typed in lower case after the name): a
# capitalised name, then the school word, is a school's name and no sentence.
_NAME_THEN_SCHOOL = re.compile(  # "Lakeview Arts College"; "Saint lucia higher secondary school"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?!(?:of|in|at|for|the|and|to|with|on|an?)\s)[a-z][\w'’-]*\s+){0,3}"
    r"(?i:universit\w*|college|institute|school|academy|polytechnic)"
    r"(?:\s+(?:of|for)\s)?"
)


def _labels_only(text: str) -> bool:
    return all(w.lower().strip(".,/") in _LABEL_ONLY for w in re.split(r"[\s/]+", text) if w)


_FIRST_PERSON = re.compile(r"(?:I|My|We|Our)\s")
_SOME_COLLEGE = re.compile(
    r"^\s*(?i:some\s+college)(?:\s+(?i:coursework|courses|credits?|classes|studies))?"
    r"\s*(?:[,;:|–—-]\s*|\(\s*|$)"
)


def _after_some_college(text: str) -> str:
    """``text`` without a leading "Some college (coursework)" note (and the bracket it opened)."""
    rest = _SOME_COLLEGE.sub("", text)
    if rest != text and rest.count(")") > rest.count("("):
        rest = re.sub(r"\)\s*$", "", rest)
    return rest


def _plausible_institution(text: str | None) -> str | None:
    """``text`` as a school's name, or None for a sentence, a phone line, a label. A school
    named inside a longer phrase is cut out of it ("Completed a BA at the University of
    Oslo with …" -> "University of Oslo")."""
    if not text:
        return None
    # "Some college coursework, Eastvale University": the school after the note ("Some
    # college" alone names a stage of study, no school)
    text = _after_some_college(text)
    if not text.strip():
        return None
    # "Madras University in" (the year cut out after it): no dangling joining word; no
    # "Degree" after the name ("Hillside University Degree")
    text = _DANGLING.sub("", text.strip(" ,;(")).strip(" ,;(")
    text = re.sub(r"(?i)\s+(?:degree|diploma)$", "", text)
    first_person = bool(_FIRST_PERSON.match(text))  # "I graduated from X University in"
    if len(tx.words(text)) > 6 or _NOT_SCHOOL.search(text) or text[:1].islower() or first_person:
        names = [m.group(0).strip() for m in _SCHOOL_NAME.finditer(text)]
        names = [n for n in names if n[:1].isupper() and not n.startswith(("The ", "the "))] or [
            n.removeprefix("The ").removeprefix("the ") for n in names
        ]
        if names:
            name = max(names, key=len).strip(" ,;(")
            # "State University of New York Press", "College preparatory magnet school": no
            bad = _NOT_INSTITUTION.search(name) or _labels_only(name) or len(name.split()) < 2
            return None if bad else name
        if first_person:
            return None
    text = text.strip(" ,;")
    ws = tx.words(text)
    if not ws or text[0].islower() or len(ws) > 10 or _NOT_SCHOOL.search(text):
        return None
    if tx.starts_with_verb(text) or (
        len(ws) >= 5 and tx.capitalised_ratio(text) < 0.5 and not _NAME_THEN_SCHOOL.match(text)
    ):
        return None
    # Precision first: a school is named as one ("… University", "… College", "IIT"). A line
    # with no such word under Education is a field, a course or a heading far more often.
    if not school_word(text) or _NOT_INSTITUTION.search(text):
        return None
    if _labels_only(text) or re.fullmatch(
        r"(?i)cent(?:re|er)|.*\b(?:certification|certificate|course|program)", text
    ):
        return None
    return _without_lead_words(_TAIL_BEFORE.sub("", text))


# A school word alone before another school's name ("College Lakeview University of Arts": the
# last word of the line above's "… Engineering College", a run-together text cut it off).
_TAIL_BEFORE = re.compile(
    r"^(?:College|School|Institute)\s+(?=(?:[A-Z][\w.&'’-]*\s+){1,4}(?:Universit|College|Institute))"
)


# Words a punctuation-stripped line leaves before a school's name: a column label's ("Exam
# Hillcrest University"), or a field's before a school's acronym ("Computer Science NIT").
_LABEL_LEAD = tx.word_set("exam examination board year degree course")
_LEAD_WORDS = FIELD_WORDS | _LABEL_LEAD | tx.word_set("and &")


def _without_lead_words(text: str) -> str:
    """``text`` without the field or label words before the school's own name, when a name
    follows them (not a bare school word: "Science College" is a name; a field's words only
    before an acronym: "Civil Hillside Engineering College" may be a name)."""
    words = text.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _LEAD_WORDS:
        k += 1
    if k == 0 or _SCHOOL_WORD.match(words[k]) or words[k - 1].lower() in ("and", "&", "of"):
        return text
    if not (words[k].isupper() or any(w.lower() in _LABEL_LEAD for w in words[:k])):
        return text
    rest = " ".join(words[k:])
    return rest if INSTITUTION.search(rest) and not _labels_only(rest) else text


def _first_school(leftovers: list[str]) -> str | None:
    return next((s for s in leftovers if _plausible_institution(s)), None)


def _degree_and_school(text: str) -> bool:
    found = find_degree(text)
    return bool(found and found[1] >= EducationLevel.ASSOCIATE and INSTITUTION.search(text))


def _prose(text: str) -> bool:
    ws = tx.words(text)
    return len(ws) >= 12 and (
        tx.capitalised_ratio(text) < 0.5
        or tx.starts_with_verb(text)
        or bool(_FIRST_PERSON.match(text.lstrip()))
    )


_MAJOR = re.compile(
    r"^(?:(?P<double>(?:double|dual)\s+)?majors?|major(?:ing)?\s+in|concentration"
    r"|speciali[sz]ation)\b\s*(?:in\b)?\s*[:\-–]?\s*(\S.*)",
    re.IGNORECASE,
)
# "Expected completion date: November 2015", "Anticipated Graduation May 2011", "Due to
# complete November 2015": when the entry is still under way, this is its graduation date.
_EXPECTED = re.compile(
    r"^\W*(?:expected|anticipated|due\s+to\s+(?:complete|graduate|finish)|to\s+graduate)\b",
    re.IGNORECASE,
)


# The same note after a school or a degree, its date cut out ("Expected Graduation:  ").
_EXPECTED_NOTE = re.compile(
    r"\b(?:expected|anticipated)(?:\s+(?:graduation|completion|date)){0,2}\s*:?(?=\s\s|\s*$)",
    re.IGNORECASE,
)


def _runs_on(line: str) -> bool:
    """``line`` is a sentence wrapped onto the next line ("… thesis on defence policy within
    the" + "European Union"): the next line is no entry's header."""
    text = tx.strip_bullet(line).rstrip()
    return (
        len(tx.words(text)) >= 6
        and not entries.header_like(text)
        and not re.search(r"[.!?:;]$", text)
    )


# A heading of another kind inside the education section, one the section split did not know
# ("Selected Professional Development", "TRAININGS", "Additional Certified Training", "Other
# Responsibilities", "Professional Qualifications"): what follows is no school attended.
_OTHER_BLOCK = re.compile(
    r"(?:training|trainings|development|certifications?|certificates?|courses|workshops"
    r"|seminars|responsibilities|qualifications|projects|publications|memberships"
    r"|affiliations|activities|awards|achievements)$",
    re.IGNORECASE,
)

_BLOCK_LEAD = re.compile(
    r"(?:selected|additional|other|professional|further|continuing|recent|relevant)\s", re.I
)


# Posts held, in an academic CV's Education section ("Faculty Positions",
# "Visiting Appointments"): what follows is jobs, degrees named there included.
_JOBS_BLOCK = re.compile(r"(?:positions|posts|appointments)$", re.IGNORECASE)


def _other_block(text: str) -> str | None:
    """ "jobs" when ``text`` heads a list of posts held, "other" when it heads another kind
    of list (trainings, courses, awards), None when it is no heading."""
    bare = text.strip().rstrip(":").strip()
    words = bare.split()
    if not words or len(words) > 4 or re.search(r"\d", bare) or INSTITUTION.search(bare):
        return None
    if find_degree(bare) or not (tx.is_all_caps(bare) or tx.capitalised_ratio(bare) == 1.0):
        return None
    found = sections.lookup_heading(bare)
    if found:
        if found[0] == "education":
            return None
        return "jobs" if found[0] == "experience" else "other"
    if _JOBS_BLOCK.search(bare):
        return "jobs"
    # by its last word only when styled as a heading ("Human Resource Development" + "Instructor
    # Certification, …" is a wrapped course name)
    styled = tx.is_all_caps(bare) or text.rstrip().endswith(":") or _BLOCK_LEAD.match(bare)
    return "other" if styled and _OTHER_BLOCK.search(bare) else None


# Personal details a two-column layout drops into the Education column ("Born:", "Mobile: …",
# "Children: Sam (b. 2012)", "DOB: 12/09/1985"): their dates are no school's.
_PERSONAL = re.compile(
    r"^\s*(?:address|mobile|cell|phone|tel|telephone|e-?mail|www|web\s*site|website|born"
    r"|date\s+of\s+birth|d\.?o\.?b|children|marital\s+status|nationality|driving\s+licen[cs]e"
    r"|gender|sex|religion|passport|visa)\s*[.:]|^\s*[TMEF]\s*:",
    re.IGNORECASE,
)


# A publication listed under Education ("Roe, J. and K. Lee. 1999. Title, Journal …"): the
# authors' surnames and initials, then the year.
_CITATION = re.compile(
    r"^[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?){1,3}(?:,?\s+(?:and|&)\s+(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+)*"
    r"\.?\s*\(?(?:19|20)\d\d"
)


# An author's initials ("A.C.", "M.", "K.D.") standing as a word.
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){0,2}[A-Z]\.(?=[\s,;&)]|$)")
# A line naming a school is a citation only when as long as one (a title, a journal).
_AUTHORS_SCHOOL_WORDS = 12
# Initials beside a surname: "Poe, K.D." or "K.D. Poe".
_NAMED_INITIALS = re.compile(
    r"\b[A-Z][\w'’-]+,\s((?:[A-Z]\.\s?){1,3})|(?<![\w.])((?:[A-Z]\.\s?){1,3})\s?[A-Z][a-z]"
)


def _a_region(initials: str) -> bool:
    """ "N.Y.", "D.C.", "U.K.": a state's or a country's letters, no author's."""
    return places.is_region_name(re.sub(r"[.\s]", "", initials))


def _authors(text: str) -> bool:
    """A publication's authors listed under Education ("Roe, K.D., J.D. Poe and A.C. Loe,
    2019 …"): two initials or more that name no degree besides any that do ("J.D."), or one
    beside a surname in a dated line ("Poe, J.D., K.E. Loe, 2018")."""
    if INSTITUTION.search(text) and len(tx.words(text)) < _AUTHORS_SCHOOL_WORDS:
        return False  # "P. De S. Lakeview College", "K.R. Nagar": a school named with initials
    others = [x for x in _INITIALS.findall(text) if not (find_degree(x) or _a_region(x))]
    if len(others) >= 2:
        return True
    named = any(
        not (find_degree(x := m.group(1) or m.group(2)) or _a_region(x))
        for m in _NAMED_INITIALS.finditer(text)
    )
    return bool(others and named and re.search(r"\b(?:19|20)\d\d\b", text))


def _post_held(text: str) -> bool:
    """ "Director and Founder: Hillside Schools, …": a post held at a school, not a school
    attended."""
    label = re.match(r"([^:]{2,40}):\s", text)
    if not label or find_degree(label.group(1)):
        return False
    words = {w.lower() for w in tx.words(label.group(1))}
    return roles.is_title(label.group(1)) and not words & FIELD_WORDS  # not "Paralegal Studies"


# "B.S. Journalism, Hillside University, 1919.": a year before the dates reader's range (it
# reads from 1920, where a bare 19xx in prose is seldom a date) ending a degree's or school's
# line is its graduation (a historical or long career's CV).
_EARLY_YEAR = re.compile(r"(?:^|[\s,(])(1(?:8[5-9]|9[01])\d)\)?\.?\s*$")


def _early_year(text: str) -> tuple[str, tuple[int, int]] | None:
    m = _EARLY_YEAR.search(text)
    if not m or not (find_degree(text) or INSTITUTION.search(text)):
        return None
    return m.group(1), m.span(1)


def _dated_detail(text: str, cur: _Entry | None) -> bool:
    """``text`` (a bulleted line) is the dates of the undated entry above, with its field at
    most ("- Computer Science - 2006 - 2009" under "Lakeside University Degree")."""
    rng = dates.find_range(text)
    rest = text[: rng.span[0]] + text[rng.span[1] :] if rng else dates.without_dates(text)
    return bool(
        cur
        and (cur.institution or cur.degree)
        and not (cur.date or cur.current)
        and (rng or dates.find_dates(text))
        and (not tx.words(rest) or field_name(rest))
    )


# A line that only says when the degree was conferred, its date cut out ("Degree  ",
# "Graduated: ", "Degree conferred  ", "Date of graduation - ").
_GRADUATED = re.compile(
    r"\W*(?:degree(?:\s+(?:conferred|awarded|obtained|received|granted))?|graduated"
    r"|graduation(?:\s+date)?|date\s+of\s+graduation|conferred|awarded)(?:\s+(?:on|in))?"
    r"[\s:.,;–-]*$",
    re.IGNORECASE,
)


_MONTH_OR_DIGIT = re.compile(r"\d|\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def _graduated(text: str, spans: list[tuple[int, int]]) -> bool:
    """``text`` only says when the degree was conferred: its words outside the date (or
    before the date's month or digits, the date reader taking "Graduated May 2006" whole)
    are a graduation label."""
    rest = "".join(" " if any(s <= i < e for s, e in spans) else c for i, c in enumerate(text))
    lead = _MONTH_OR_DIGIT.split(text, maxsplit=1)[0]
    return bool(_GRADUATED.match(rest) or (not rest.strip(" ,.;:–-") and _GRADUATED.match(lead)))


def _degree_of_school(text: str, cur: _Entry | None) -> bool:
    """``text`` (a bulleted line) opens with the degree of the school above, which has none
    ("• Master of Science in Geology." under "Lakeside University  2019 – 2021")."""
    found = find_degree(text) if cur and cur.institution and not cur.degree else None
    return bool(found and found[2][0] == 0 and not _prose(text))


def _school_only(line: str) -> bool:
    return bool(INSTITUTION.search(line)) and not find_degree(line)


def _opens_with_degree(line: str) -> bool:
    found = find_degree(tx.strip_bullet(line))
    return bool(found and found[2][0] == 0)


def _degree_next(lines: list[str], i: int) -> bool:
    """The line after ``lines[i]`` opens with a degree, or says only when and the one after
    it does ("EVTU" / "May 2019" / "B.A. in History")."""
    after = lines[i + 1 : i + 3]
    return bool(after) and (
        _opens_with_degree(after[0])
        or (len(after) == 2 and _when_only(after[0]) and _opens_with_degree(after[1]))
    )


def _state_code(text: str, degree: tuple[str, EducationLevel, tuple[int, int]]) -> bool:
    """The degree is a US state's code ending a school's line after a comma ("X University, MD",
    "X College, MA")."""
    start, end = degree[2]
    return (
        degree[0] in STATE_CODES
        and not text[end:].strip(" ,.;|–-")
        and text[:start].rstrip().endswith(",")
        and bool(INSTITUTION.search(text[:start]))
    )


def _entry_ends(lines: list[str], i: int) -> bool:
    """The entry ends before ``lines[i]``: the section's end, a blank line, or a line opening
    the next entry with its degree."""
    return i >= len(lines) or not lines[i].strip() or _opens_with_degree(lines[i])


def _when_only(line: str) -> bool:
    """``line`` only says when: its dates, maybe after "Graduated:" or "Expected"."""
    text = tx.strip_bullet(line)
    rng = dates.find_range(text)
    spans = [rng.span] if rng else [s for _, s in dates.find_dates(text)]
    if not spans:
        return False
    rest = "".join(" " if any(s <= k < e for s, e in spans) else c for k, c in enumerate(text))
    return not rest.strip(" ,.;:–-()") or _graduated(text, spans) or bool(_EXPECTED.match(text))


def loose_job(text: str, degree: tuple[str, EducationLevel, tuple[int, int]]) -> bool:
    """A loose exam or stage spelling ("CA Final", "NCEA Level 3", "Tecnólogo em …") opening an
    experience header names the job, not a degree, when a job-title word follows it on the line
    ("NCEA Level 3 Teacher, Riverside College") or no school names the line ("CA Final
    Articleship, Marlowe & Co")."""
    start, end = degree[2]
    if not loose_name(text, start):
        return False
    if TECNICO.match(text, start):
        # "Técnico Superior en Informática" alone or with its town: no employer, a degree
        at = _TECNICO_AT.search(text, end)
        tail = text[at.end() - 1 :].strip(" .,;") if at else ""
        if not tail or places.is_place_name(tail) or places.find_place(tail):
            return False
    return not school_word(text) or any(map(roles.title_word, roles.lower_words(text[end:])))


# Spain's "Técnico Superior en X": a job's title only with its employer after a separator
# ("… — Acme", "… | Acme", "…, Acme"); alone or with its town (cut before) it is the degree
TECNICO = re.compile(r"(?i)t[ée]cnico\s+superior\b")
_TECNICO_AT = re.compile(r"(?:\s[—–|-]|,|\s(?i:at)\s)\s*[A-ZÁÉÍÓÚÑ]")


def loose_line(line: str, degree: tuple[str, EducationLevel, tuple[int, int]]) -> bool:
    """A role's line opening with a loose spelling ("CA Final audit reviews …", "DUT Informatique
    rig maintained") is the role's own unless a date or a school is on it."""
    return loose_name(line, degree[2][0]) and not (dates.find_dates(line) or school_word(line))


# France's levels ("Bac+5", "Titre RNCP niveau 7"): alone on a line under an entry that has its
# degree, they say that degree's level, no degree of their own
_LEVEL_NOTE = re.compile(r"(?i)bac\s?\+|titre\b|rncp\b")


def _school_alone(text: str) -> bool:
    """``edu_lines.school_alone``, and no note on the studies ("Thesis", "Expected")."""
    return school_alone(text) and not _NOT_FIELD.match(text.strip())


# Entries of a section written school first, each school named alone over its degree line
# ("Harwell" / "MBA, 2012" / "Stanmore" / "BS in Biology, 2008"): a layout shown twice is read
_NAMES_FIRST = 2


def _names_first(lines: list[str]) -> bool:
    """``lines`` show schools named alone over their degrees at least ``_NAMES_FIRST`` times:
    one name over one degree ("Criminal Justice" / "Bachelor of Science", "Acme" / "MBA") is
    the degree's field, a label or an employer as often as its school."""
    seen = 0
    for i in range(len(lines) - 1):
        text = tx.strip_bullet(lines[i])
        if (
            len(text) <= 60
            and len(text.split()) <= 4
            and _opens_with_degree(lines[i + 1])
            and not find_degree(text)
            and not dates.find_dates(text)
            and _school_alone(text)
        ):
            seen += 1
            if seen >= _NAMES_FIRST:
                return True
    return False


def parse_education(lines: list[str]) -> list[Education]:
    rows, table_schools = table_rows(lines)
    lines = one_degree_per_line(join_wrapped(rows))
    out: list[_Entry] = []
    date_lines: list[tuple[int, dates.DateRange | None, str | None]] = []  # (entry idx, …)
    last_degree_line = -2
    dates_lead: bool | None = None  # "2003-2004" above each entry: dates belong to the next
    school_first: bool | None = None  # the first entry opened with a line naming only a school
    last_date_line = -2
    block: str | None = None  # under "Professional Development" ("other") or "Positions" ("jobs")
    personal = False  # the line before was a personal detail's label alone ("Born:")
    joined: set[str] = set()  # a school and its university named together (_with_its_unit)
    names_lead = False  # each entry opens with its school named alone ("Harvard" / "MBA, 2012")
    names_first = _names_first(lines)
    for i, line in enumerate(lines):
        glyph = tx.bullet_glyph(line)
        text = tx.strip_bullet(line)
        label_alone = bool(_PERSONAL.match(text)) and not text.split(":", 1)[-1].strip()
        if _PERSONAL.match(text) or (personal and dates.find_dates(text) and len(text) < 30):
            personal = label_alone
            continue
        personal = False
        if not glyph and (kind := _other_block(text)):
            block = kind
            out.append(_Entry(block=block))  # what follows belongs to none of the schools above
            continue
        cur = out[-1] if out else None
        gpa = _gpa(text)
        if gpa and cur and not cur.gpa:
            cur.gpa = gpa
        if glyph and not (
            entries.header_like(line) and (INSTITUTION.search(text) or find_degree(text))
        ):
            if not (
                _degree_and_school(text) or _dated_detail(text, cur) or _degree_of_school(text, cur)
            ):
                continue  # achievements, coursework; not "• 2002: Master of Laws from X"
        elif cur and _prose(text):
            # "I completed a M.Sc. at the University of Oslo with …" under the entry; a
            # sentence that ends with the years ("Took part in the school olympiad team
            # for three seasons, 2007-2011.") dates the entry that has no date
            if not (cur.date or cur.current) and (rng := _range_at_end(text)):
                _set_date(cur, rng, None)
                cur.has_inline_date = True
            found = find_degree(text) if cur.degree and not cur.field else None
            if found and found[1] == cur.level:
                # "Earned a Bachelors of Arts in History at …" under a "Bachelor of Arts"
                # with no field: the sentence names it
                field = _field_after(text, found[2][1])
                # "… the K.C.S.E. I managed to score …": the sentence goes on, no field
                cur.field = None if field and _FIRST_PERSON.match(field + " ") else field
            continue
        if _post_held(text) or _CITATION.match(text) or _authors(text):
            continue
        major = _MAJOR.match(text)
        if (
            major
            and cur
            and (cur.degree or (major.group("double") and cur.institution))
            and not cur.field
            and not find_degree(text)
        ):
            # "Major: Politics" under "Bachelor of Arts"; "Double major in X & Y" under a school
            subject = major.group(2)
            stop = _FIELD_STOP.search(subject)
            field = (subject[: stop.start()] if stop else subject).strip(" .:-–")
            cur.field = field if field and _field_like(field) else None
            if not (major.group("double") and dates.find_range(text)):
                continue
            cut = major.start(2) + subject.find(field) + len(field)
            text = " " * cut + text[cut:]  # its dates, after the field, still go to the entry
        rng = dates.find_range(text)
        ends_dated = _range_at_end(text, rng) is not None if rng else False
        single = dates.find_dates(text) if not rng else []
        if not rng and not single and (early := _early_year(text)):
            single = [early]
        spans = [rng.span] if rng else [s for _, s in single]
        graduated = bool(single) and not rng and _graduated(text, spans)
        for s, e in sorted(spans, reverse=True):
            text = f"{text[:s]}  {text[e:]}"
        if spans and not _EXPECTED.match(text):
            text = _EXPECTED_NOTE.sub("  ", text)  # "X University  Expected Graduation: May 2026"
        text = without_place(text)
        degree = find_degree(text)
        if (
            degree
            and _state_code(text, degree)
            and ((cur and cur.degree and not cur.institution) or _degree_next(lines, i))
        ):
            degree = None  # "Eastvale University, MD" by its degree's line: Maryland's code
        if (
            degree
            and cur
            and cur.degree
            and _LEVEL_NOTE.match(degree[0])
            and not text.replace(degree[0], "").strip(" ,;:()–-")
        ):
            continue  # "Mastère Spécialisé X" … "Titre RNCP niveau 7": the level of the entry above
        if degree and (kind := _SCHOOL_KIND_NEXT.match(text, degree[2][1])):
            # "Diplom-Kaufmann (Univ.)": the kind of school, not the school's name
            text = text[: degree[2][1]] + " " * (kind.end() - degree[2][1]) + text[kind.end() :]
        inst = _institution_in(roles.segments(text))
        if inst and _labels_only(inst):
            inst = None  # a table's column labels ("College/University"): no school
        if inst and ends_dated and not degree and not _plausible_institution(inst):
            inst = None  # "Took part in the school olympiad team, 2007-2011": a note
        if inst and _SUB_UNIT.match(inst) and cur and cur.institution and not degree:
            continue  # "College of Engineering" under the university line
        if inst and (whole := _with_its_unit(inst, text)) != inst:
            inst = whole
            joined.add(whole)  # both names were checked as schools
        leftovers = [
            s
            for s in roles.segments(text)
            if not _NOTE.match(s) and not _GPA.search(s) and not places.is_region_name(s)
        ]
        date_only = bool(spans) and not leftovers and not degree
        end = single[-1][0] if single else rng.end if rng else None
        if cur and end and not degree and not inst and _EXPECTED.match(text):
            # "Feb 2013 – current" … "Expected completion date: November 2015": the entry
            # is under way and this is when it ends
            pending = date_lines[-1] if date_lines and date_lines[-1][0] == len(out) - 1 else None
            if cur.current:
                cur.date, cur.current = end, False
                continue
            if pending and pending[1] and pending[1].is_current:
                date_lines[-1] = (pending[0], None, end)
                continue
        if cur and graduated and (cur.institution or cur.degree):
            # "Degree 1995", "Graduated: May 2006" under the entry's line of years ("1989-1994"):
            # the year the degree was conferred is its graduation
            cur.date, cur.current, cur.has_inline_date = single[-1][0], False, True
            continue
        if dates_lead is None:
            dates_lead = date_only and not out
        if date_only:
            idx = len(out) if dates_lead else len(out) - 1
            if single and not rng and date_lines and last_date_line == i - 1:
                # "01/2010" over "12/2012": one range written on two lines; it ends last
                date_lines[-1] = (date_lines[-1][0], None, single[-1][0])
            else:
                date_lines.append((idx, rng, single[-1][0] if single else None))
            last_date_line = i
            continue
        # schools over their degrees: a second degree under the school above ("Lakeside
        # University" / "BS in Biology" / "BS in Spanish"), then the next school's line
        second_degree = bool(
            inst
            and school_first
            and cur
            and cur.degree
            and not cur.institution
            and len(out) > 1
            and out[-2].institution
            and out[-2].block == cur.block
        )
        if second_degree:
            assert cur is not None
            cur.institution, cur.school_by_slot = out[-2].institution, out[-2].school_by_slot
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        starts_new = (
            cur is None
            or second_degree
            # "Harvard" / "MBA, 2012" / "Stanford" / "BS in Biology, 2008": the next school
            # named alone over its degree, as the first entry's was
            or (
                names_lead
                and not (inst or degree or spans)
                and bool(cur.degree and cur.institution)
                and _opens_with_degree(next_line)
                and _school_alone(text)
            )
            or (inst and cur.institution)
            or (degree and cur.degree)
            # "2005: In-house seminars" (a dated line naming no school) is not the degree's
            or (degree and not cur.institution and cur.has_inline_date)
            # a dated school, then "BTech in ECE" over its own school's line: degree first
            or (
                degree
                and not school_first
                and not cur.degree
                and cur.has_inline_date
                and i + 1 < len(lines)
                and _school_only(lines[i + 1])
            )
            or (
                not inst
                and not degree
                and leftovers  # a GPA or honours note opens no entry
                and not (cur.degree and not cur.field and i == last_degree_line + 1)
                and cur.institution
                and (cur.degree or cur.date)
                and entries.header_like(text)
                and not (i and _runs_on(lines[i - 1]))
                and not tx.starts_with_verb(text)  # "Achieved High Distinction average"
                and i + 1 < len(lines)
                and not _EXPECTED.match(lines[i + 1])
                and (
                    (
                        (dates.find_range(lines[i + 1]) or dates.find_dates(lines[i + 1]))
                        and not find_degree(lines[i + 1])
                    )
                    # degrees over their schools, each dated: a dated line naming neither,
                    # its school under it ("Exchange Programme in Film (2008 - 2010)")
                    or (
                        spans
                        and school_first is False
                        and cur.has_inline_date
                        and _school_only(lines[i + 1])
                    )
                    # "EVTU  2015 – 2019" over "BSc in Physics": a school named without a
                    # school word opens its entry
                    or (spans and _degree_next(lines, i) and school_in_slot(leftovers, None))
                )
            )
        )
        if not (inst or degree or spans) and not starts_new:
            # A bare line: the field under "B.S.", or the school when none was named yet.
            if cur and cur.degree and not cur.field and i == last_degree_line + 1:
                field = (
                    tx.collapse(text).strip(" ,.()").lstrip(":– ")
                )  # ": Business Administration"
                if entries.header_like(text) and len(text.split()) <= 6 and leftovers:
                    # not "Pune" or "Distinction" under "MBA (2019)": a place or a grade
                    fieldish = _field_like(field) and not note_or_place(field)
                    cur.field = field if fieldish and not _caps_label(field) else None
                    if cur.field and cur.level == EducationLevel.HIGH_SCHOOL:
                        # "Diploma" over "Nursing": named by an academic field, post-secondary
                        # (not "Driving")
                        named = find_degree(f"{cur.degree} – {cur.field}")
                        cur.level = named[1] if named else cur.level
            elif cur and not cur.institution and entries.header_like(text):
                cur.institution = _first_school(leftovers)
                if (
                    not cur.institution
                    and cur.field
                    and i == last_degree_line + 1
                    and i + 1 < len(lines)
                    and _when_only(lines[i + 1])
                    and not tx.is_all_caps(text)
                ):
                    # "MPhil – History" / "Marlowe" / "2019": the school without a school word
                    cur.institution = school_in_slot(leftovers, cur.field)
                    cur.school_by_slot = bool(cur.institution)
                elif (
                    not cur.institution
                    and cur.degree
                    and cur.has_inline_date
                    and i == last_degree_line + 1
                    and len(leftovers) == 1
                    and _entry_ends(lines, i + 1)
                ):
                    # "MBA, Major: Finance (2019)" / "Marlowe", then the next entry: the dated
                    # degree's school named without a school word, the entry's last line
                    cur.institution = school_in_slot(leftovers, cur.field)
                    cur.school_by_slot = bool(cur.institution)
            continue
        if starts_new:
            cur = _Entry(block=block)
            out.append(cur)
            if school_first is None:
                school_first = bool(inst) and not degree
        assert cur is not None
        if degree and not cur.degree:
            cur.degree, cur.level = degree[0].rstrip(","), degree[1]
            under_way = _under_way(text, degree[2])
            cur.under_way = under_way is not None and cur.level in _HELD_BELOW | _HELD_BELOW_UNDATED
            cur.field = _field_after(text, under_way or degree[2][1], degree[0])
            if cur.field and cur.field.casefold() in cur.degree.casefold():
                cur.field = None  # "Master of Business Administration in Business Administration"
            if (
                not cur.field
                and degree[1] > EducationLevel.HIGH_SCHOOL  # not an exam board before "12th"
                and (before := _field_before(text, degree))
            ):
                cur.field = before  # "Economics, B.A.", "Biology - Bachelor of Science"
            if cur.level == EducationLevel.HIGH_SCHOOL and _named_after(text, degree, cur.field):
                cur.field = None  # "High school  Riverside": the school's name or its town
            cur.joint = line.rstrip().endswith("/")
            last_degree_line = i
            degree_seg = text[degree[2][0] : degree[2][1]]
            leftovers = [s for s in leftovers if s not in degree_seg and s != cur.field]
            leftovers = [s for s in leftovers if not (cur.field and s.startswith(cur.field))]
            leftovers = [s for s in leftovers if find_degree(s) is None]
        elif (
            cur.degree
            and not cur.field
            and i == last_degree_line + 1
            and (inst or spans)
            and leftovers
            and _field_only(leftovers[0])
        ):
            # "BS" over "Marine Biology, 1997: Lakeside University": the field leads
            cur.field, leftovers = leftovers[0].strip(" .:"), leftovers[1:]
        if inst and not cur.institution:
            cur.institution = inst
        elif not cur.institution and (degree or not cur.degree):
            # only a school's name: "(Business Administration" left by the degree is a field
            cur.institution = _first_school(leftovers)
        if not cur.institution and table_schools:
            # a table's school cell named without a school word ("Marlowe" under "Institute")
            cur.institution = next((s for s in leftovers if s in table_schools), None)
            cur.school_by_slot = bool(cur.institution)
        if not (cur.institution or cur.degree) and spans and _degree_next(lines, i):
            # "Marlowe  2019" over its degree: the school named without a school word
            cur.institution = school_in_slot(leftovers, None)
            cur.school_by_slot = bool(cur.institution)
        elif (
            not (cur.institution or cur.degree or inst or degree or spans)
            and names_first
            and _opens_with_degree(next_line)
            and _school_alone(text)
        ):
            # "Harvard" over "MBA, 2012": the first entry opens with its school named alone
            cur.institution, cur.school_by_slot = text.strip(" ,;"), True
            names_lead = True
        if (
            not cur.institution
            and cur.degree
            # the degree line dated, or (opening with its degree) its dates alone on the next
            and (spans or (degree and degree[2][0] == 0 and _when_only(next_line)))
            and (degree or (len(tx.words(text)) <= 6 and i - last_degree_line <= 2))
            and not _NOTE.match(text.strip())
        ):
            # "B.Sc., Loyola, 2004": a dated degree line's school named without a school word
            # ("BA, Major: Art from Loyola, 2004": the name after "from" or "at")
            cur.institution = school_in_slot(leftovers, cur.field) or school_in_slot(
                roles.segments(text), cur.field, after_from=True
            )
            if not cur.institution and degree and _named_not_field(text, degree, cur.field):
                # the one name after the degree's comma is the school, not a field
                cur.institution, cur.field = cur.field, None
            cur.school_by_slot = bool(cur.institution)
        if gpa and not cur.gpa:
            cur.gpa = gpa
        # "Awarded Scholarship in 2017 to turn …": a sentence's year is no graduation date
        if (
            spans
            and not cur.date
            and not cur.current
            and (inst or degree or entries.header_like(text) or ends_dated)
        ):
            _set_date(cur, rng, single[-1][0] if single else None)
            cur.has_inline_date = True
    _assign_date_lines(out, date_lines)
    for pair in itertools.pairwise(out):
        if pair[0].joint and pair[1].degree:  # a double degree: one school, one year
            for e, other in (pair, pair[::-1]):
                if not e.institution:
                    e.institution, e.school_by_slot = other.institution, other.school_by_slot
                if not (e.date or e.current):
                    e.date, e.current = other.date, other.current
    # degrees listed under another heading stay; courses, trainings and posts held do not
    out = [e for e in out if not e.block or (e.degree and e.block == "other")]
    for e in out:
        if not e.school_by_slot and e.institution not in joined:
            e.institution = _plausible_institution(e.institution)
    # A school named again without a degree, after its degree entry: a project, a paper or a
    # course there (an unrecognised "Select Projects" heading), not another education entry.
    # (Only when every degree has its school: degrees listed in a column of their own, the
    # schools after them, leave school-only entries that are the degrees' own.)
    if all(e.institution for e in out if e.degree):
        with_degree = {e.institution for e in out if e.degree}
        out = [e for e in out if e.degree or e.institution not in with_degree]
    return [
        Education(
            institution=e.institution,
            degree=e.degree,
            level=_held_level(e),
            field=e.field,
            graduation_date=e.date,
            gpa=e.gpa,
        )
        for e in out
        if e.institution or e.degree
    ]


# "Qualification: B.E. (Mechanical)", "Highest Qualification - MBA", "Education: BSc, …": a
# label whose value is the degree itself.
_DEGREE_LABEL = re.compile(
    r"^\W*(?:(?:highest|educational|academic|professional)\s+)?(?:qualifications?|education"
    r"|degree)\s*[:–-]\s*",
    re.IGNORECASE,
)


# "Hillside Polytech, Master in Management": a school's short name, then the degree.
_SCHOOL_LEAD = re.compile(r"[^,;:]{2,40},\s*")


def education_in_header(lines: list[str]) -> list[Education]:
    """Degrees written before any heading (no "Education" heading at all): a "Qualification:"
    label's degree; else read from the first short line that starts with a degree (associate or
    above), or with a school's short name and then the degree, where only entries that name both
    a degree and a school are kept."""
    labelled = [
        e
        for line in lines
        if (label := _DEGREE_LABEL.match(line)) and len(tx.words(line)) <= 16
        for e in parse_education([line[label.end() :]])
        if e.degree
    ]
    if labelled:
        return labelled
    for i, line in enumerate(lines):
        found = find_degree(line)
        if (
            found
            and (found[2][0] == 0 or _SCHOOL_LEAD.fullmatch(line[: found[2][0]]))
            and found[1] >= EducationLevel.ASSOCIATE
            and len(tx.words(line)) <= 12
        ):
            read = parse_education(lines[i:])
            whole = [k for k, e in enumerate(read) if e.institution and e.degree]
            # a degree listed without its school between whole entries is one of them
            # ("Master of Education …" over "Master of Arts …" and their one school)
            got = [
                e
                for k, e in enumerate(read)
                if e.degree
                and (
                    e.institution
                    or (whole and k < whole[-1] and (e.level or 0) >= EducationLevel.ASSOCIATE)
                )
            ]
            if got:
                return got
    return []


def dated_degree_lines(lines: list[str]) -> list[Education]:
    """With no Education section at all: short lines anywhere that name a degree (associate or
    above), its school and a year ("• Bachelors in Arts, Clifford College, Ohio, 2002" in a
    two-column layout's experience column), each read as one entry."""
    out: list[Education] = []
    for line in lines:
        text = tx.strip_bullet(line)
        found = find_degree(text)
        if (
            _degree_and_school(text)
            and dates.find_dates(text)
            and not dates.find_range(text)  # a role's dates; a degree has its year
            and entries.header_like(text, max_words=14)
            and not _prose(text)
            and not (found and roles.is_title(text[: found[2][0]]))  # "Lecturer, MBA program"
        ):
            out.extend(e for e in parse_education([text]) if e.degree and e.institution)
    return out or awarded_degrees(lines)


# "Awarded Master of Environmental Science (MES) Degree of Lakeview University.": a degree conferred,
# written as a sentence (a CV with no Education heading).
_AWARDED = re.compile(r"^\W*(?:awarded|conferred|obtained|earned)\s+(?:an?\s+|the\s+)?", re.I)


def awarded_degrees(lines: list[str]) -> list[Education]:
    """Degrees (associate or above) a line says were awarded, with the school they were
    awarded by; a school's name wrapped onto the next line is joined first."""
    out: list[Education] = []
    if not any(_AWARDED.match(x) for x in lines):
        return out
    for line in join_wrapped([tx.strip_bullet(x) for x in lines if x.strip()]):
        lead = _AWARDED.match(line)
        found = find_degree(line[lead.end() :]) if lead else None
        if lead and found and found[2][0] == 0 and found[1] >= EducationLevel.ASSOCIATE:
            out.extend(e for e in parse_education([line[lead.end() :]]) if e.institution)
    return out


def lists_schools(lines: list[str]) -> bool:
    """``lines`` (an "Activities:" label's section right after Education) go on listing
    schools: a line naming a school, then one that starts with a degree. The label was the
    entry's own, not a heading of the resume."""
    for prev, line in itertools.pairwise(lines):
        found = find_degree(tx.strip_bullet(line))
        if found and found[2][0] == 0 and _school_only(prev) and entries.header_like(prev):
            return True
    return False


def lists_entries(lines: list[str]) -> bool:
    """``lines`` (a "Relevant coursework: …" or "Honours: …" label's section right after
    Education) go on with an entry naming both a degree and its school. A list naming no
    degree at all (the coursework itself, most often) is not read as education to tell."""
    rows = [tx.strip_bullet(x) for x in one_degree_per_line(join_wrapped(columns_to_rows(lines)))]
    if not any(find_degree(x) or find_degree(dates.without_dates(x)) for x in rows):
        return False
    return any(e.degree and e.institution for e in parse_education(lines))


_LICENCE = re.compile(r"(?i)licen[cs]e\b")  # "Licence, Economics" under a licences heading


def degrees_in(lines: list[str]) -> list[Education]:
    """Degrees listed under another heading when the resume has no Education section
    ("Professional Development: … Master of Arts, 2004"): entries naming a degree of associate
    or above; certificates and courses there are not education, nor a "Licence" under a
    licences heading."""
    return [
        e
        for e in parse_education(lines)
        if e.degree
        and e.level is not None
        and e.level >= EducationLevel.ASSOCIATE
        and not _LICENCE.match(e.degree)
    ]


_SKILLS_DEGREE_WORDS = 8  # "Diploma in Computer Applications": a short line, no sentence


def degrees_among_skills(lines: list[str], read: list[Education]) -> list[Education]:
    """A degree (associate or above) named by its field on a line of its own in a skills
    section ("Diploma in Computer Applications" under "Technical Skills"; a field wrapped onto
    the next line goes on), read as an entry when Education does not already hold it."""
    out: list[Education] = []
    for i, line in enumerate(lines):
        text = tx.strip_bullet(line)
        found = find_degree(text)
        if not (
            found
            and found[2][0] == 0
            and found[1] >= EducationLevel.ASSOCIATE
            and len(text.split()) <= _SKILLS_DEGREE_WORDS
        ):
            continue
        for e in parse_education([text, *lines[i + 1 : i + 2]])[:1]:
            if e.degree and e.field and not any(_same_degree(e, r) for r in read + out):
                out.append(e)
    return out


def _same_degree(a: Education, b: Education) -> bool:
    """The same degree named twice ("Diploma in Computer Application(s)"): its words and its
    field's first word."""
    fields = [(e.field or "").casefold().split()[:1] for e in (a, b)]
    return (a.degree or "").casefold() == (b.degree or "").casefold() and fields[0] == fields[1]


def names_entry(text: str, read: list[Education]) -> bool:
    """``text`` (a line of a "Professional Development" list) is one of the education entries
    ``read`` there: its degree ("Master of Arts, Curriculum Design") or its school
    ("Big State University, Dallas, TX"). Such a line is no certification."""
    found = find_degree(text)
    folded = text.casefold()
    for e in read:
        if (
            e.degree
            and found
            and found[1] >= EducationLevel.ASSOCIATE
            and e.degree.casefold() in folded
        ):
            return True
        if e.institution and folded.startswith(e.institution.casefold()):
            return True
    return False


def _range_at_end(text: str, rng: dates.DateRange | None = None) -> dates.DateRange | None:
    """The range ``text`` ends with (``rng``: the one already found in it), or None."""
    rng = rng or dates.find_range(text)
    return rng if rng and not text[rng.span[1] :].strip(" .;)") else None


def _set_date(entry: _Entry, rng: dates.DateRange | None, single: str | None) -> None:
    if rng:
        entry.current = rng.is_current
        entry.date = rng.end if not rng.is_current else None
    else:
        entry.date = single


def _assign_date_lines(
    out: list[_Entry], date_lines: list[tuple[int, dates.DateRange | None, str | None]]
) -> None:
    undated = [e for e in out if not e.has_inline_date]
    if len(date_lines) >= 2 and len(date_lines) == len(undated):
        # Dates in their own column, listed after the schools: pair them up in order.
        for entry, (_, rng, single) in zip(undated, date_lines, strict=True):
            _set_date(entry, rng, single)
        return
    for idx, rng, single in date_lines:
        if 0 <= idx < len(out) and not out[idx].date and not out[idx].current:
            _set_date(out[idx], rng, single)
