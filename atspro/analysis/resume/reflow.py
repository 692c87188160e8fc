"""Give flattened resume text its lines back before the line-based parser reads it.

Copy-paste from web profiles and job boards, PDFs whose text layer has no line breaks, DOCX
soft breaks lost on the way, punctuation-stripped exports: a whole resume arrives as one or
a few very long lines, and a parser that finds headings, roles and degrees line by line sees
none. When most of the text sits in very long lines (``looks_flattened``), each such line is
cut again:

- around section headings, recognised by the parser's own vocabulary
  (``sections.lookup_heading``) when written in Title Case or capitals and followed by
  content, not by a lower-case word ("handled Projects for …" is a sentence);
- around date ranges ("2018 to 2021", "Jan 2020 - Present"), and before the role header
  written just before a range ("… client needs Cloud Engineer ACME  Pune 2021 to Present"):
  the run of capitalised words back to the previous sentence, with the title (up to its
  title word) cut from the employer that follows it;
- in an Education section, before each degree ("MBA …", "Bachelor of …");
- before bullet glyphs ("• Led …") and "Label: value" fields ("Email: …", "Phone: …").

Normal multi-line resumes are returned unchanged (the same string). Linear time: every cue
is found by one left-to-right scan; degree cues look at a bounded window.
"""

from __future__ import annotations

import bisect
import re

from atspro.analysis.resume import dates, education, labelled, roles, sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.degrees import FIELD_ENDS
from atspro.analysis.resume.units import LEGAL_WORDS
from atspro.models import EducationLevel

__all__ = ["looks_flattened", "restore_lines"]

LONG_LINE = 300  # characters: longer than any line a layout wraps
FLAT_SHARE = 0.75  # share of the text in long lines that makes a document "flattened"
_HEADING_WORDS = 4  # longest heading, in words ("Licenses and Certifications")
_HEADER_WORDS = 12  # longest role header read back from a date range
_TITLE_WORDS = 4  # words of a job title up to its first title word ("Senior Data Analyst")
_INSTITUTION_WORDS = 5  # words of a school's name before "University", "College", …
_EDU_WINDOW = 3000  # characters of an Education section searched for degree cues

_TOKEN = re.compile(r"\S+")
_MINOR = frozenset(("of", "and", "&", "the", "for", "in", "at", "on", "de", "-", "–", "|"))
_CONNECTOR = frozenset(("of", "for", "and", "in", "to", "&", "the", "on", "at", "with"))
_DURATION = frozenset(("years", "yrs", "year", "months"))  # "5 YEARS EXPERIENCE": no heading
# A company's legal form ("pvt", "Ltd.", "Co"), written with or without its stop.
_LEGAL_FORMS = frozenset(LEGAL_WORDS.split("|")) | {"private", "ltd.", "inc.", "co", "co."}
# Words that carry on an organisation's name after a heading word: "Acme Education Services
# Pvt Ltd", "Springfield Education Trust" open no section (school words may follow a heading).
_NAME_GOES_ON = _LEGAL_FORMS | frozenset(
    ("services", "service", "society", "council", "trust", "foundation", "commission")
)
_RANGE = re.compile(
    rf"(?<![\w/.])(?:{dates.DATE}){dates.SEP}(?:{dates.DATE}|{dates.PRESENT})(?![\w/])",
    re.IGNORECASE,
)
# The list glyphs of text.BULLET_CHARS but those that also stand in running text (a middle
# dot, arrows, a cross, ASCII marks and dashes, hollow circles).
_GLYPHS = "".join(c for c in tx.BULLET_CHARS if c not in "·➔→✗⁃⦿⦾*-–—>")
# A list item's glyph; not one another glyph follows (a run of empty items, "• • •", is no list:
# a break before each made a line of each, and a blob of them a hundred thousand lines).
_GLYPH = re.compile(rf"(?<=\s)[{_GLYPHS}](?=\s)(?!\s+[{_GLYPHS}](?:\s|$))")
_COLON = re.compile(r"(?<=[A-Za-z]):(?=\s)")
# Lower-case words a role header may hold: "Acme software pvt ltd", "Network support engineer".
# "Initech division of Globex": a firm named as a part of another, in one role header.
_UNIT_OF = frozenset(("division", "subsidiary"))
_SEPS = frozenset(("·", "|", "-", "–", "—", "/"))  # "Contoso · Full-time", "Acme | Remote"
_HEADER_LOWER = (
    _MINOR | _SEPS | roles.TITLE_WORDS | roles.COMPANY_WORDS | _UNIT_OF | {"pvt", "private"}
)
# The last word of a firm's name written in lower case ("acme software pvt ltd", "globex
# data systems", "initech solution"): a company word or a legal form (or its singular).
_FIRM_END = roles.COMPANY_WORDS | _LEGAL_FORMS
_LOWER_NAME_WORDS = 5  # lower-case words of such a name ("acme data systems solution pvt")
_SENTENCE_SECTIONS = frozenset(("experience", "projects", "volunteering", "activities"))
# "Inc.", "Ltd.", "Sr.", "J.", "e.g.", "U.S.": a full stop that ends no sentence.
_ABBREVIATION = re.compile(
    r"(?:^|\b)(?:inc|ltd|llc|co|corp|jr|sr|st|dept|univ|intl|no|vs|etc|approx|mr|ms|mrs|dr"
    r"|[A-Za-z])\.$|\.[A-Za-z]\.$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;:,)]$")


def looks_flattened(text: str) -> bool:
    """Most of the text in lines longer than any layout wraps (one-line resumes)."""
    lengths = [len(line.strip()) for line in text.split("\n")]
    total = sum(lengths)
    return total >= LONG_LINE and sum(n for n in lengths if n >= LONG_LINE) >= FLAT_SHARE * total


def restore_lines(text: str) -> str:
    """``text`` with line breaks put back when it looks flattened; otherwise ``text`` itself."""
    if not looks_flattened(text):
        return text
    return "\n".join(_reflow(line) if len(line) >= LONG_LINE else line for line in text.split("\n"))


class _Line:
    """One long line, its tokens and the breaks found so far (token indexes)."""

    def __init__(self, line: str) -> None:
        self.text = line
        self.spans = [m.span() for m in _TOKEN.finditer(line)]
        self.starts = [s for s, _ in self.spans]
        self.breaks: list[int] = []  # sorted, no duplicates

    def add(self, *indexes: int) -> None:
        for i in indexes:
            at = bisect.bisect_left(self.breaks, i)
            if at == len(self.breaks) or self.breaks[at] != i:
                self.breaks.insert(at, i)

    def break_before(self, i: int) -> int:
        """The last break before token ``i`` (0 when none)."""
        at = bisect.bisect_left(self.breaks, i)
        return self.breaks[at - 1] if at else 0

    def break_after(self, i: int, default: int) -> int:
        at = bisect.bisect_right(self.breaks, i)
        return self.breaks[at] if at < len(self.breaks) else default

    def word(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]

    def index_at(self, pos: int) -> int:
        """The first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def gap_before(self, i: int) -> bool:
        """Two or more spaces before token ``i`` (where punctuation or a break was lost)."""
        return i > 0 and self.spans[i][0] - self.spans[i - 1][1] >= 2

    def joined(self) -> str:
        out: list[str] = []
        prev = 0
        for i in self.breaks:
            if 0 < i < len(self.spans):
                out.append(self.text[prev : self.spans[i][0]].strip())
                prev = self.spans[i][0]
        out.append(self.text[prev:].strip())
        return "\n".join(x for x in out if x)


def _reflow(line: str) -> str:
    flat = _Line(line)
    if not flat.spans:
        return line
    headings = _headings(flat)
    flat.add(*(flat.index_at(m.start()) for m in _GLYPH.finditer(line)))
    flat.add(*(_label_start(flat, flat.index_at(m.start()) - 1) for m in _COLON.finditer(line)))
    schooling = [(start, stop) for start, stop, canon in headings if canon == "education"]
    for m in _RANGE.finditer(line):
        first, stop = flat.index_at(m.start()), flat.index_at(m.end())
        flat.add(first, stop)
        if not any(a <= first < b for a, b in schooling):  # degrees are cut in _education
            _role_header(flat, first)
    for start, stop in schooling:
        _education(flat, start, stop)
    for start, stop, canon in headings:
        if canon in _SENTENCE_SECTIONS:
            _sentences(flat, start, stop)
    return flat.joined()


def _sentences(flat: _Line, start: int, stop: int) -> None:
    """In roles and projects, each sentence is an item: "… in Go. Reduced latency …"."""
    for i in range(start + 1, stop):
        prev = flat.word(i - 1)
        if (
            prev.endswith((".", "!", "?"))
            and _capitalised(flat.word(i))
            and not _ABBREVIATION.search(prev)
        ):
            flat.add(i)


def _label_start(flat: _Line, i: int) -> int:
    """Where the "Label:" whose colon ends token ``i`` starts: a known field label of up to
    three words ("Current Company:"), else the one capitalised word ("Email:")."""
    for k in (3, 2):
        if i - k + 1 > 0 and labelled.read_label(
            " ".join(flat.word(j) for j in range(i - k + 1, i + 1)) + " x"
        ):
            return i - k + 1
    return i if _capitalised(flat.word(i)) else 0


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _headings(flat: _Line) -> list[tuple[int, int, str]]:
    """Section headings -> (first token, token after the section, canonical name); their
    own lines are recorded as breaks."""
    found: list[tuple[int, int, str]] = []
    n = len(flat.spans)
    i = 0
    while i < n:
        hit = _heading_at(flat, i, (found[-1][2], found[-1][1]) if found else None)
        if hit is None:
            i += 1
            continue
        k, canon = hit
        flat.add(i, i + k)
        found.append((i, i + k, canon))
        i += k
    return [
        (start, found[m + 1][0] if m + 1 < len(found) else n, canon)
        for m, (start, _, canon) in enumerate(found)
    ]


def _heading_at(flat: _Line, i: int, current: tuple[str, int] | None) -> tuple[int, str] | None:
    """A heading starting at token ``i``: (its words, canonical name). ``current``: the
    heading before it (canonical name, token after it)."""
    if not _capitalised(flat.word(i)):
        return None
    before = flat.word(i - 1).lower() if i > 0 and not flat.gap_before(i) else ""
    if before in _CONNECTOR:
        return None  # "Director of Education", "Head of Training"
    n = len(flat.spans)
    for k in range(min(_HEADING_WORDS, n - i), 0, -1):
        toks = [flat.word(j) for j in range(i, i + k)]
        if not _capitalised(toks[-1]) or any(
            not _capitalised(t) and t.lower() not in _MINOR for t in toks
        ):
            continue
        if any(flat.gap_before(j) for j in range(i + 1, i + k)):
            continue  # a heading is one phrase
        label = " ".join(toks)
        found = sections.lookup_heading(label)
        if not found:
            continue
        canon, strong = found
        if canon == "experience" and before in _DURATION:
            return None
        if not strong:
            continue  # "Research", "YEARS EXPERIENCE": words that are not only headings
        if current and canon == current[0] and i - current[1] <= 3:
            return None  # "Skills  IT Skills": a sub-heading of the section it is in
        nxt = flat.word(i + k) if i + k < n else ""
        if nxt.lower() in _NAME_GOES_ON:
            continue  # "… Education Services Pvt Ltd": the heading's words begin a name
        if nxt[:1].islower():
            return None  # "Projects for clients", "Experience of …": words in a sentence
        return k, canon
    return None


def _role_header(flat: _Line, first: int) -> None:
    """Break before the capitalised run that heads the date range at token ``first``, and
    between its title and its employer ("Cloud Engineer ACME  Pune" -> title, employer)."""
    j = first
    floor = flat.break_before(first)
    while j > floor and first - j < _HEADER_WORDS:
        tok = flat.word(j - 1)
        if _SENTENCE_END.search(tok) and j < first:
            break
        if not (_capitalised(tok) or tok[:1].isdigit() or tok.lower() in _HEADER_LOWER):
            # "… Engineer acme data systems pvt ltd  Springfield": a name in lower case ending in a
            # firm word, right before the place or the dates, is read through
            last = j - 1
            while last + 1 < first and flat.word(last + 1)[:1].islower():
                last += 1  # the lower-case words read already ("… technologies  Springfield")
            run = _lower_name_start(flat, last, first, floor)
            if run is None or run >= j:
                break  # j only moves back: a name read already ("qa engineer acme … ltd")
            j = run
            continue
        j -= 1
    while j < first and not _capitalised(flat.word(j)):
        j += 1  # "… for the company Acme": a header starts with a capital
    if j == first:
        return
    # Before the place (after the last double space) come the title and the employer: the
    # title runs to its last title word ("Cloud Engineer and IT Administrator Acme  Pune").
    end = next(
        (t for t in range(first - 1, j, -1) if flat.gap_before(t) or flat.word(t - 1) in _SEPS),
        first,
    )
    # "Software Tester Acme software pvt ltd": a name opening with a capital and going on in
    # lower case to a firm word; the parser reads it glued to its title, not on a line alone.
    # ("Acme Pvt ltd", a legal form alone in lower case, is read on a line of its own).
    # "Senior Data Analyst acme solutions": a name all in lower case right after the title's
    # last word is kept on the title's line too (a line of its own reads as no employer).
    low = _lower_name_start(flat, end - 1, end, j)
    opening = low is not None and low - 1 > j and _name_opening(flat.word(low - 1))
    glued = (
        low is not None
        and (opening or (low > j and _is_title_word(flat.word(low - 1))))
        and any(flat.word(t).lower() not in _LEGAL_FORMS for t in range(low, end))
    )
    if glued:
        end = low - 1 if opening else low  # the title ends before the name's first word
    ends = [
        t
        for t in range(j, end)
        if _is_title_word(flat.word(t))
        # "Test Engineer Tanner Technologies": a title word after a title word opens a name
        # when a firm word (no singular) is the header's last word right after it; "Staff
        # Accountant Bank of Springfield", "Lead Engineer Software AG" keep their titles
        and not (
            t > j
            and t + 2 == end
            and _is_title_word(flat.word(t - 1))
            and flat.word(t + 1).strip(".,").lower() in roles.COMPANY_WORDS
        )
    ]
    if glued and ends:
        flat.add(max(j, ends[0] + 1 - _TITLE_WORDS))
        return
    if ends and ends[0] + 1 < end:
        last = max(t for t in ends if t + 1 < end)
        if last + 2 < end and _initials(flat, j, last + 1):
            last += 1  # "Quality Assurance Lead QAL Acme": the title's own short form
        flat.add(max(j, ends[0] + 1 - _TITLE_WORDS))
        if flat.word(last + 1).lower() not in ("at", "@"):  # "Engineer at Acme" stays whole
            flat.add(last + 1)
        return
    flat.add(j)


def _firm_word(token: str) -> bool:
    """ "pvt", "Technologies", "solution", "foundation": a word a firm's name ends with."""
    word = token.strip(".,").lower()
    return word in _FIRM_END or word + "s" in _FIRM_END


def _name_opening(token: str) -> bool:
    """ "Acme", "INITECH": a capitalised word that is no title word (a name's first word)."""
    return _capitalised(token) and token.isalnum() and not _is_title_word(token)


def _lower_name_start(flat: _Line, last: int, first: int, floor: int) -> int | None:
    """Where a firm's name in lower case that ends at token ``last`` in a firm word starts
    ("acme data systems pvt ltd", "Acme software pvt ltd" -> "software"): ``last`` sits right
    before the dates (token ``first``) or a double space; at most
    ``_LOWER_NAME_WORDS`` lower-case words; a capitalised word or a title word before them.
    None when there is no such name."""
    if last <= floor or not (last + 1 == first or flat.gap_before(last + 1)):
        return None
    if not (flat.word(last)[:1].islower() and _firm_word(flat.word(last))):
        return None
    start = last
    while (
        start - 1 > floor
        and last - start + 1 < _LOWER_NAME_WORDS
        and not flat.gap_before(start)
        and flat.word(start - 1)[:1].islower()
        and flat.word(start - 1).isalpha()
    ):
        start -= 1
    before = flat.word(start - 1) if start > floor else ""
    if flat.gap_before(start) or not (_capitalised(before) or _is_title_word(before)):
        return None
    return start


def _initials(flat: _Line, first: int, i: int) -> bool:
    """Token ``i`` is a capitals short form of the words just before it (from ``first``)."""
    short = flat.word(i)
    n = len(short)
    if not (2 <= n <= i - first and short.isalpha() and short.isupper()):
        return False
    return "".join(flat.word(t)[:1] for t in range(i - n, i)).upper() == short


def _is_title_word(token: str) -> bool:
    """ "Engineer", "Tester", "Accountant": a word a job title ends with."""
    word = token.strip(".,")
    if word.lower() in roles.TITLE_WORDS:
        return True
    return word[:1].isupper() and not word.isupper() and roles.is_title(word)


_YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d$")


def _education(flat: _Line, start: int, stop: int) -> None:
    """In an Education section (a bounded window of it): break before each degree, after each
    year (a year or a range ends an entry), and between a field of study and the institution
    named after it ("BTech in Civil Engineering Acme Institute of Technology")."""
    if start >= stop:
        return
    base = flat.spans[start][0]
    limit = min(flat.spans[stop - 1][1], base + _EDU_WINDOW)
    stop = flat.index_at(limit)
    text = flat.text[base:limit]
    pos = 0
    while pos < len(text):
        found = education.find_degree(text[pos:])
        if not found:
            break
        s, e = found[2]
        i = flat.index_at(base + pos + s)
        named = i > start and _capitalised(flat.word(i - 1)) and not flat.gap_before(i)
        aside = i > start and (flat.word(i - 1) in _SEPS or flat.word(i - 1).endswith(","))
        if not aside and not (found[1] == EducationLevel.HIGH_SCHOOL and named):
            flat.add(i)  # not "St Mary High School", not "Bachelor of Arts - BA"
        pos += max(e, 1)
    for i in range(start + 1, stop - 1):
        if _YEAR_TOKEN.match(flat.word(i)) and _capitalised(flat.word(i + 1)):
            flat.add(i + 1)
    for i in range(start + 1, stop):
        if education.INSTITUTION.match(flat.word(i)):
            _field_before(flat, i)


def _field_before(flat: _Line, i: int) -> None:
    """Break after the field of study that ends just before the institution named at token
    ``i``: "… Civil Engineering | Acme Institute", "… Computer Science | University of X"."""
    of_follows = i + 1 < len(flat.spans) and flat.word(i + 1).lower() == "of"
    floor = max(flat.break_before(i + 1), i - _INSTITUTION_WORDS - 1)
    for t in range(i - 1, floor - 1, -1):
        if (
            flat.word(t).lower() in FIELD_ENDS
            and (t + 1 < i or of_follows)
            and flat.word(t + 1).lower() not in _MINOR  # "Arts and Science College"
            and not flat.gap_before(t + 1)  # "Electronics  Telecom": an "&" was lost
        ):
            head = flat.text[flat.spans[flat.break_before(t + 1)][0] : flat.spans[t][1]]
            if education.find_degree(head):  # the line left holds a degree the parser reads
                flat.add(t + 1)
            return
