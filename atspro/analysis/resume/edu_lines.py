"""Education lines made ready for reading: one line per degree, names wrapped by the layout
joined again, a place cut out without cutting the school's name."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from atspro.analysis.resume import dates, entries, heading_words, places, roles
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.degrees import (
    FIELD_ENDS,
    FIELD_WORDS,
    INSTITUTION,
    field_word,
    find_degree,
)
from atspro.analysis.resume.extras import LANGUAGE_NAMES
from atspro.analysis.taxonomy.skills import get_index

_NAMED_DEGREE = re.compile(r"(?i)(?:bachelor|master|doctor)\w*['’‘]?s?\s+of\s")


def _two_named(first: str, nxt: str, between: str) -> bool:
    """ "Bachelor of Laws/Bachelor of Arts" (a double degree): two degrees each named in words
    with its field, set apart by a slash. Not "BS/MS" (one programme's abbreviations)."""
    return between.strip() == "/" and all(_NAMED_DEGREE.match(d) for d in (first, nxt))


def one_degree_per_line(lines: list[str]) -> list[str]:
    """ "BSc in IT University of Mumbai HSC State Board SSC State Board" (a text whose line
    breaks were lost): one line per degree. A second degree right after the first ("Bachelor
    of Arts - BA", "BS/MS") or in brackets ("Master of Science (M.S.)") stays; two named in
    words across a slash ("Bachelor of Laws/Bachelor of Arts") are two (the first line keeps
    the slash: ``parse_education`` gives it the school and year of the second)."""
    out: list[str] = []
    for line in lines:
        first = find_degree(line)
        while first:
            nxt = find_degree(line[first[2][1] :])
            if not nxt:
                break
            cut = first[2][1] + nxt[2][0]
            between = line[first[2][1] : cut]
            place = places.find_place(line)
            if (
                (len(tx.words(between)) < 2 and not _two_named(first[0], nxt[0], between))
                or between.count("(") > between.count(")")
                or (place and place.span[0] <= cut < place.span[1])  # "Baltimore, MD"
            ):
                break
            out.append(line[:cut].rstrip())
            line = line[cut:]
            first = find_degree(line)
        out.append(line)
    return out


_NAME_GOES_ON = re.compile(
    r"(?:universit\w*|college|institute|school|academy)\s+(?:of|at)\s+$", re.I
)


# "School of Visual " before "Arts, New York": a school's "of …" name still going on.
_NAME_OF_WORDS = re.compile(
    r"(?:universit\w*|college|institute|school|academy)\s+(?:of|for)\s+(?:[A-Z][\w'’-]*\s+){1,3}$",
    re.IGNORECASE,
)


def _town_in_name(text: str, start: int, end: int) -> bool:
    """The place found starts with the last word of a school's name, no town ("School of Visual
    Arts, New York": "Arts" is no town before "New York")."""
    comma = text.find(",", start, end)
    return (
        comma > start
        and bool(_NAME_OF_WORDS.search(text[:start]))
        and not places.is_place_name(text[start:comma].strip())
    )


def without_place(text: str) -> str:
    """``text`` without the place it names, but not without the school's own name: "Karnataka
    University, India" keeps "Karnataka University"; "University of New York, NY" keeps "New
    York" (the name goes on into the place)."""
    place = places.find_place(text)
    if not place:
        return text
    start, end = place.span
    if (degree := find_degree(text)) and start <= degree[2][0] < end:
        return text  # "X Academy, CA Inter": a degree, not California's code
    school = next(reversed(list(INSTITUTION.finditer(text, start, end))), None)
    if school:  # the last school word inside the place
        start = text.find(",", school.end(), end) if "," in text[school.end() : end] else end
    elif _NAME_GOES_ON.search(text[:start]) or _town_in_name(text, start, end):
        comma = text.find(",", start, end)
        start = comma if comma >= 0 else end
    return f"{text[:start]}  {text[end:]}" if start < end else text


_OPEN_END = re.compile(r"(?:^|\s)(?:of|and|&|for|the|de)$", re.IGNORECASE)
_DEGREE_WORD = re.compile(r"(?i:bachelor|master|doctor|associate|diploma)")
_DEGREE_IN = re.compile(rf"{_DEGREE_WORD.pattern}\w*['’]?s?\s+in")
_SCHOOL_TAIL = re.compile(r"^(?:Universit[yé]\w*|College|Institute|School|Academy)\b")


# A school's whole name opening the line ("University of Alabama", "College of Charleston").
_SCHOOL_OF = re.compile(
    r"^(?:Universit[yé]\w*|College|Institute|School|Academy)\s+(?:of|de|du|des|di|do|da)\s+[A-Z]"
)  # "Université de Valmont" too


# Words joining a field's or a note's words ("Science and Technology", "First Class with
# Distinction", "Faculty of Arts")
JOINING = tx.word_set("of and & de the for with in")
# Words that qualify a field's name before it ("Marine Ecology", "Political Science")
_FIELD_QUALIFIERS = tx.word_set(
    """marine molecular political environmental cognitive social physical organic theoretical
    clinical cellular behavioral behavioural biomedical nuclear liberal fine visual"""
)


_field_word = field_word  # degrees' (one word list for both)


def field_name(text: str, whole: bool = True) -> bool:
    """``text`` names a field of study ("Economics", "Marine Ecology", "Science and
    Technology"): every word a field's word, a discipline's ("-ology", "-ics"), a qualifier
    or a joining word (not "Acme Logistics", "Varsity Athletics", "Minor in Economics"); with
    ``whole`` False only its last word is looked at ("Michigan State" is none)."""
    words = [w.lower().strip(".'’") for w in tx.words(text)]
    if not words or not _field_word(words[-1]):
        return False
    return not whole or all(_field_word(w) or w in JOINING or w in _FIELD_QUALIFIERS for w in words)


def _field_goes_on(prev: str, nxt: str) -> bool:
    """``prev`` ends a degree's line with a field's first word ("… in Computer") and ``nxt``
    opens with the word that ends such a field ("Science, …"): one field wrapped."""
    found = find_degree(prev)
    last = prev.rsplit(None, 1)[-1].lower()
    first = re.match(r"[A-Za-z]+(?=\s*(?:$|[,;|(–—-]))", nxt)
    return bool(
        found
        and re.search(r"\sin\s+(?:\S+\s+){0,2}\S+$", prev[found[2][1] :])
        and last in FIELD_WORDS
        and last not in FIELD_ENDS
        and first
        and first.group(0).lower() in FIELD_ENDS
    )


# A line opening in lower case with the end of a school's name ("high school", "higher
# secondary school", "college of engineering")
_LOWER_SCHOOL = re.compile(
    r"(?:[a-z][\w'’.-]*\s+){0,3}(?:school|college|institute|university|academy|vidyala\w*)\b"
)


def _continues(prev: str, nxt: str) -> bool:
    """``nxt`` goes on with the name ``prev`` started (a line wrapped by the layout)."""
    # "Board of" + "Intermediate …": an examining board's name goes on too
    named = bool(INSTITUTION.search(prev) or find_degree(prev) or re.search(r"(?i)\bboard\b", prev))
    if not prev:
        return False
    if prev.count("(") > prev.count(")") and not dates.find_dates(prev):
        return True  # "(Electronics and" + "Communication)"
    if INSTITUTION.search(prev) and re.match(r"(?:of|de)\s+[A-Z]", nxt):
        return True  # "The University" + "of Missouri"
    if nxt[:1].islower() and find_degree(prev) and len(tx.words(nxt)) <= 4:
        return not dates.find_dates(prev)  # "Senior Secondary School" + "examination (XII)"
    if named and _LOWER_SCHOOL.match(nxt) and not dates.find_dates(prev):
        return True  # "SSC Lakeview" + "high school  Springfield": the school's name goes on
    if not nxt[:1].isupper():
        return False
    if named and _OPEN_END.search(prev):
        return True  # "University of" + "Edinburgh", "Masters of" + "Commerce"
    if _DEGREE_IN.fullmatch(prev):
        return True  # "Bachelors in" + "BCA Lakeside University" (a reflowed one-line text)
    if named and re.fullmatch(r"(?:Universit[yé]\w*|College|Institute)[.,]?", nxt):
        return True  # "…, Michigan Technological" + "University"
    if _field_goes_on(prev, nxt):
        return True  # "BEng in Electrical" + "Engineering, Lakeside University"
    return bool(
        _SCHOOL_TAIL.match(nxt)
        and not named
        and not (
            _SCHOOL_OF.match(nxt) and field_name(prev, whole=False)
        )  # "Biology" + "College of X"
        and not dates.find_dates(prev)
        and entries.header_like(prev)
        and len(tx.words(prev)) <= 5
    )


def join_wrapped(lines: list[str]) -> list[str]:
    """A school's or degree's name wrapped onto the next line is one line again."""
    out: list[str] = []
    for line in lines:
        nxt = tx.strip_bullet(line).strip()
        if out and _DEGREE_IN.fullmatch(out[-1].strip()) and _DEGREE_WORD.match(nxt):
            found = find_degree(nxt)
            if found and found[2][0] == 0:
                out[-1] = line  # "Masters in" over "Master of Arts, …": the degree named once
                continue
        if out and not tx.bullet_glyph(line) and _continues(out[-1].rstrip(), nxt):
            out[-1] = f"{out[-1].rstrip()} {nxt}"
            continue
        out.append(line)
    return out


# Words of a segment that is a grade, a study mode or a note, not a school ("First Class",
# "Upper Second", "Part-time", "Distinction", "Dean's List").
_NOT_SCHOOL_WORDS = tx.word_set(
    """first second third upper lower class division distinction merit pass honours honors hons
    full part time full-time part-time distance online remote evening weekend dean's list
    minor major thesis summa magna cum laude graduated graduate candidate ongoing pursuing
    completed expected present current honor honour society association club team committee
    council chair department award scholarship fellowship specialization specialisation
    concentration emphasis track option valedictorian salutatorian exchange semester abroad
    erasmus program programme pending captain president medal medalist medallist gold silver
    bronze prize winner topper rank ranker project projects capstone dissertation research"""
)
_REDACTED = re.compile(r"[Xx*]{3,}")
AFTER_FROM = re.compile(r"^.*?\s(?:from|at)\s+(?=[A-Z])")  # "Economics from X": X
_SLOT_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&|de|the|for)){0,4}")


def _a_place(text: str) -> bool:
    """A town, a region or "Town Region" ("Riverton Punjab": a town the gazetteer may lack)."""
    words = text.split()
    return bool(
        places.is_place_name(text)
        or places.find_place(text)
        or any(
            places.is_region_name(" ".join(words[-k:])) or " ".join(words[-k:]) in places.IN_STATES
            for k in (1, 2)
            if len(words) >= k
        )
    )


# Words of a short line under Education that labels a part of it ("Undergraduate", "Diplomas",
# "Post-Graduate"): no school's name (whole headings: ``heading_words.section_of``)
_LABEL_WORDS = tx.word_set(
    """undergraduate postgraduate post-graduate graduate academic academics qualification
    qualifications education educational studies training degree degrees diploma diplomas
    certificate certificates certification certifications apprenticeship apprenticeships
    coursework courses course relevant selected other additional professional details
    background history summary overview tertiary secondary primary higher further formal
    continuing ongoing online schooling"""
)
# Words of a line that says how the studies stand ("In Progress", "Currently Enrolled",
# "Dropped Out", "Conferred"), names an honour ("Phi Beta Kappa"), a time of year, a campus, a
# club or a sport, or a subject a degree that names its own may still be followed by ("Human
# Resources", "Supply Chain", "Real Estate", "Public Policy"): no school named alone
_NOT_ALONE_WORDS = tx.word_set(
    """progress currently enrolled enrolment enrollment incomplete dropped withdrawn withdrew
    transferred transfer deferred awarded conferred completed complete pending attended
    attending expected anticipated in-progress alpha beta gamma delta epsilon zeta theta iota
    kappa lambda sigma tau upsilon phi chi psi omega summer winter spring fall autumn campus
    main bootcamp boot camp varsity intramural soccer football basketball baseball tennis
    hockey cricket rugby volleyball swimming athletics toastmasters volunteer volunteering
    resources relations chain estate operations strategy policy health justice work welfare
    affairs administration management marketing finance accounting analytics security
    communications leadership entrepreneurship references awards skills interests activities
    languages hobbies certifications"""
)
# The endings of abstract nouns (a skill's or a topic's name, not a school's)
_ABSTRACT_END = places._PROSE_WORD


def school_alone(text: str) -> bool:
    """``text``, alone on its line beside a degree's line, is a school named without a school
    word ("Harvard", "Stanford", "Carnegie Mellon"): one to four capitalised words, not all in
    capitals, that name no field of study, discipline, subject, place, title, employer, skill,
    language, grade, honour, status, note or heading (``school_in_slot``'s tests)."""
    text = text.strip(" ,;")
    words = [w.lower().strip(".'’") for w in tx.words(text)]
    return (
        0 < len(words) <= 4
        and not _ABSTRACT_END.search(words[-1])  # "Accessibility", "Leadership": a topic
        and not tx.is_all_caps(text)
        and not field_name(text, whole=False)
        and not any(
            w in _LABEL_WORDS
            or w in _NOT_ALONE_WORDS
            or w in _NOT_SCHOOL_WORDS
            or field_word(w)
            or heading_words.section_of(w)
            for w in words
        )
        and not heading_words.section_of(text)  # "References", "Awards", "Skills"
        and not roles.is_company(text)  # "Acme Corp"
        and not get_index().is_skill(text)  # "Python", "Excel"
        and not _a_place(text)
        and school_in_slot([text], None) is not None
    )


def note_or_place(text: str) -> bool:
    """``text`` is a grade or honour note ("Distinction", "First Class with Distinction") or a
    place ("Pune", "Riverton Punjab"): no field of study ("Commerce", a town's name too) and no
    school's name."""
    if field_name(text):
        return False
    words = [w.strip(".,:;()").lower() for w in text.split()]
    notes = [w for w in words if w and w not in JOINING]
    return (bool(notes) and all(w in _NOT_SCHOOL_WORDS for w in notes)) or _a_place(text)


def _after_from(segments: list[str], only: bool) -> list[str]:
    """``segments`` with the words up to "from"/"at" cut ("Economics from X": X); with ``only``,
    just the segments that have them."""
    cut = ((s, AFTER_FROM.match(s)) for s in segments)
    return [(s[m.end() :] if m else s).strip(" .;") for s, m in cut if m or not only]


def school_in_slot(
    segments: list[str], field: str | None, *, after_from: bool = False
) -> str | None:
    """The school of a dated degree line named without a school word ("B.Sc., Loyola, 2004",
    "BA English Studies, Oxford Brookes, 1998 – 2001"): the one segment left beside the degree
    that is a capitalised name — not a field of study, a town or region, a job title, a grade
    or a study mode. With ``after_from``, only a name after "from" or "at" counts. None when
    there is no such segment or more than one."""
    found = [
        seg
        for seg in _after_from(segments, after_from)
        if _SLOT_NAME.fullmatch(seg)
        and len(seg) >= 3
        and not (field and seg.casefold() == field.casefold())
        and not any(w.lower() in FIELD_WORDS | _NOT_SCHOOL_WORDS for w in seg.split())
        and seg.casefold() not in LANGUAGE_NAMES  # "French": a language studied or spoken
        and not find_degree(seg)
        and not _a_place(seg)
        and not roles.is_title(seg)
        # a table's column labels ("Degree", "Board University"), a redaction ("XXXXXX")
        and not _COLUMN_LABEL.fullmatch(seg)
        and not all(_COLUMN_LABEL.fullmatch(w) for w in seg.split())
        and not _REDACTED.fullmatch(seg)
    ]
    return found[0] if len(found) == 1 else None


# An education table flattened column by column: each column's label alone on its line
# ("Degree", "Board/University", "Year of Passing", "Percentage"), then its cells.
_COLUMN_LABEL = re.compile(
    r"(?i)(?:degree|qualification|course|examination|exam|class|standard|school|college"
    r"|institute|institution|university|board|year|year\s+of\s+(?:passing|pass-?out|completion)"
    r"|percentage|marks|grade|cgpa|gpa|result|score|aggregate|name\s+of\s+(?:the\s+)?\w+)"
    r"(?:\s*[/&,]\s*\w+(?:\s+\w+)?)*\s*:?"
)
_BOARD = re.compile(r"(?i:\bboard\b)|^[A-Z]{3,6}$")  # "CBSE", "State Board"
_GRADE = re.compile(r"(?i)^\d{1,3}(?:\.\d{1,2})?\s*(?:%|cgpa|gpa|/\s*10|/\s*4(?:\.0)?)?$")


_CELL_WORDS = 9  # a degree's cell: "Associate of Arts, Major: Law, Minor: Spanish"


def _bare_degree(line: str) -> bool:
    found = find_degree(line)
    return bool(
        found
        # the degree first, or in brackets after its field ("Economics (BSc)")
        and (found[2][0] == 0 or (line[: found[2][0]].endswith("(") and line.endswith(")")))
        and len(line.split()) <= _CELL_WORDS
        and not INSTITUTION.search(line)
        and not dates.find_dates(line)
    )


def _school_cell(line: str) -> bool:
    return bool(
        (INSTITUTION.search(line) or _BOARD.search(line))
        and not find_degree(line)
        and not dates.find_dates(line)
    )


def _named_school_cell(line: str) -> bool:
    """A cell under a school column's label: a school, or a name without a school word."""
    return _school_cell(line) or school_in_slot([line], None) == line


_WHEN_LABEL = re.compile(r"(?i)^\W*(?:class\s+of|graduated|expected)\W*$")  # "Class of 2019"


def _date_cell(line: str) -> bool:
    found = dates.find_range(line)
    if found:
        rest = f"{line[: found.span[0]]} {line[found.span[1] :]}"
    else:
        single = dates.find_dates(line)
        if not single:
            return False
        rest = dates.without_dates(line, single)
    return not rest.strip(" ,.;:–-") or bool(_WHEN_LABEL.match(rest))


class _Runs:
    """How many lines from a start are cells of one kind, each line tested once per kind: a
    run's length is kept for every line in it, so a long run of one kind of cell (3,000
    degree lines) is scanned once, not once per line it starts from."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.known: dict[tuple[int, Callable[[str], bool]], int] = {}

    def __call__(self, start: int, cell: Callable[[str], bool]) -> int:
        if (start, cell) not in self.known:
            n = start
            while (
                n < len(self.lines) and (n, cell) not in self.known and cell(self.lines[n].strip())
            ):
                n += 1
            end = n + self.known.get((n, cell), 0)
            for m in range(start, n):
                self.known[(m, cell)] = end - m
            self.known.setdefault((n, cell), 0)
        return self.known[(start, cell)]


def _after_label(lines: list[str], start: int) -> int:
    while start < len(lines) and _COLUMN_LABEL.fullmatch(lines[start].strip()):
        start += 1
    return start


def _grade_cell(line: str) -> bool:
    return bool(_GRADE.match(line))


# A row's cells in the order they are written back: degree, school, years, grade.
_CELLS: tuple[Callable[[str], bool], ...] = (_bare_degree, _school_cell, _date_cell, _grade_cell)


def _columns(lines: list[str], i: int, run: _Runs) -> tuple[dict[int, int], int, int] | None:
    """The columns of a table flattened column by column from line ``i``: each kind of cell
    (its place in ``_CELLS``) -> the line its run starts at, the line after the last run and
    the rows (every run's length); None unless a run of degrees and another run as long
    follow one another."""
    first = next((n for n, cell in enumerate(_CELLS) if cell(lines[i].strip())), None)
    if first is None:
        return None
    k = run(i, _CELLS[first])
    if k < 2:
        return None
    starts, end = {first: i}, i + k
    while len(starts) < len(_CELLS):
        start = _after_label(lines, end)
        # under "Institute" or "University", a name without a school word is a school too
        named = any(INSTITUTION.search(lines[n]) for n in range(end, start))
        kind = next(
            (
                n
                for n, cell in enumerate(_CELLS)
                if n not in starts
                and run(start, _named_school_cell if named and n == 1 else cell) == k
            ),
            None,
        )
        if kind is None:
            break
        starts[kind], end = start, start + k
    return (starts, end, k) if 0 in starts and len(starts) > 1 else None


def table_rows(lines: list[str]) -> tuple[list[str], set[str]]:
    """An education table flattened column by column ("B.Tech" / "12th" / "10th", then their
    schools, then their years, each run under its label; or the years' column first) as one
    line per row: "B.Tech, X Institute, 2012". Only when a column of degrees and another are
    as long; the other columns are taken when they are too. Also the cells of the schools'
    column (a name without a school word is a school there, dated or not)."""
    rows, schools = _table_rows(tuple(lines))  # read once: ``lists_entries`` asks twice
    return list(rows), set(schools)


_TABLE_CACHE = 8  # sections whose table reading is kept


@functools.lru_cache(maxsize=_TABLE_CACHE)
def _table_rows(section: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    lines = list(section)
    out: list[str] = []
    schools: set[str] = set()
    i, run = 0, _Runs(lines)
    while i < len(lines):
        found = _columns(lines, i, run)
        if not found:
            out.append(lines[i])
            i += 1
            continue
        starts, i, k = found
        out.extend(
            ", ".join(lines[starts[kind] + n].strip() for kind in sorted(starts)) for n in range(k)
        )
        if 1 in starts:
            schools.update(lines[starts[1] + n].strip() for n in range(k))
    return tuple(out), frozenset(schools)


def columns_to_rows(lines: list[str]) -> list[str]:
    """The lines with a table flattened column by column read back one row a line
    (``table_rows``)."""
    return table_rows(lines)[0]
