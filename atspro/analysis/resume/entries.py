"""Cut a section into entries (one role, one degree, one project); roles.py reads role headers.

Entries are anchored on their date range: "Senior Engineer  Jan 2023 - Present" or a date
line of its own. The header is the anchor plus the short Title-Case lines just before it
(company / title / city stacked one per line) and just after it ("Stripe  San Francisco, CA").
Everything else up to the next header is the body.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from atspro.analysis.resume import certificates, dates, places, sections, units
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.role_header import (
    BODY_TITLE_MAX_WORDS,
    FUNCTION_WORD_FIRST,
    OWN_ACCOUNT_ALONE,
    lower_employer,
    lower_name_shape,
    parse_role_header,
    title_phrase,
)
from atspro.analysis.resume.roles import (
    ABBREV_END,
    BRACKETED,
    SELF_EMPLOYED,
    RoleHeader,
    employment_note,
    is_company,
    is_title,
    lower_words,
    opens_with_verb,
    plausible_name,
    segments,
    short_title,
    title_word,
    without_level,
)
from atspro.analysis.resume.years import NUMBER_WORDS


@dataclass(slots=True)
class Block:
    header: list[str]  # header lines with the date range cut out ("" parts dropped)
    body: list[str]
    range: dates.DateRange | None = None
    raw_header: list[str] = field(default_factory=list)
    first: int = 0  # index of the block's first line in the lines it was cut from
    stop: int = 0  # index after its last line


def header_like(line: str, *, max_words: int = 12) -> bool:
    """Short, Title-Case, not a sentence: a company, title, place or degree line."""
    body = tx.strip_bullet(line)
    if not body or len(body) > 110 or body[0].islower():
        return False
    ws = tx.words(body)
    if not ws or len(ws) > max_words:
        return False
    # "Acme Ltd, Springfield, India.": a place's full stop ends no sentence
    sentence = re.search(r"[.!?]$", body) and not ABBREV_END.search(body) and len(ws) > 4
    if sentence and not _stop_ends_header(body):
        return False
    if dates.find_range(body):
        return True
    # "Support Engineer (40 % part time)": a note in brackets is no part of the name.
    bare = BRACKETED.sub("", body) if "(" in body else body
    return tx.capitalised_ratio(bare if tx.words(bare) else body) >= 0.6


# False while the lines are a reflow's guesses (a text flattened to one line): a short line's
# own shape tells nothing there.
_OWN_LINES: ContextVar[bool] = ContextVar("own_lines", default=True)


@contextmanager
def guessed_lines(guessed: bool) -> Iterator[None]:
    """Within the block, ``guessed``: the document's lines were cut by the reflow, so a title in
    sentence case on a line of its own (:func:`_sentence_title_by`) is not read."""
    token = _OWN_LINES.set(not guessed)
    try:
        yield
    finally:
        _OWN_LINES.reset(token)


# The most words of a title in sentence case read as a header line ("Senior data analyst").
SENTENCE_TITLE_MAX_WORDS = 4


def _sentence_case_title(line: str) -> bool:
    """ "Cloud engineer", "Senior data analyst": a short title in sentence case (which
    :func:`header_like` refuses), a title word ending it, no verb first, no stop."""
    text = _bracketed_name(line)[0]
    ws = tx.words(text)
    if not 2 <= len(ws) <= SENTENCE_TITLE_MAX_WORDS or tx.bullet_glyph(text):
        return False
    return (
        not FUNCTION_WORD_FIRST.match(text)
        and title_phrase(text) is not None
        and any(map(title_word, lower_words(text)[-1:]))
    )


_NAME_IN_BRACKETS = re.compile(r"^(?P<out>[^()]*[^()\s])\s*\((?P<name>[^()]+)\)$")


def _bracketed_name(line: str) -> tuple[str, str]:
    """ "Cloud engineer (Acme)" -> ("Cloud engineer", "Acme"); a line with no name in brackets
    at its end -> (the line, "")."""
    m = _NAME_IN_BRACKETS.match(line.strip())
    return (m["out"], m["name"]) if m else (line.strip(), "")


def _employer_form(line: str) -> bool:
    """A short name line that names no title: an employer (maybe with its town)."""
    return (
        not tx.bullet_glyph(line)
        and header_like(line, max_words=8)
        and not is_title(line)
        and not dates.find_dates(line)
        and plausible_name(line) is not None
    )


def _sentence_title_by(lines: list[str], j: int, a: int) -> bool:
    """``lines[j]`` is a sentence-case title in the header of the role dated on line ``a``: at
    most two lines from it, only an employer's line between them, and an employer's name next
    to the title or to the dates or beside the dates on their line ("Cloud engineer" / "Acme"
    / "2019 – 2021", "Acme" / "Cloud engineer" / "2019 – 2021", "Acme  2019 – 2021" / "Cloud
    engineer")."""
    if not _OWN_LINES.get() or j == a or abs(a - j) > 2 or not _sentence_case_title(lines[j]):
        return False
    between = lines[min(a, j) + 1 : max(a, j)]
    if not all(map(_employer_form, between)):
        return False
    near = {k for k in (j - 1, j + 1, a - 1, a + 1) if 0 <= k < len(lines)} - {j, a}
    rng = dates.find_range(lines[a]) or _only_date(lines[a])
    beside = " ".join(_cut_range(lines[a], rng)) if rng else ""
    named = [_bracketed_name(lines[j])[1], beside, *(lines[k] for k in near)]
    return any(_employer_form(x) for x in named if x)


def _sentence_title_doubtful(lines: list[str], j: int, a: int, floor: int) -> bool:
    """The sentence-case ``lines[j]`` over the dates on line ``a`` more likely ends the body of
    the role dated on line ``floor`` ("- Drove" / "Backup for shift manager" / "Bolt" / "2016 –
    2019" / "Driver"): the line above it is that body (plain or bulleted) and a title stands
    right under the dates."""
    above = lines[j - 1] if floor < j - 1 else ""
    below = lines[a + 1] if a + 1 < len(lines) else ""
    return bool(
        above
        and floor >= 0
        and (tx.bullet_glyph(above) or not header_like(above))
        and below
        and not tx.bullet_glyph(below)
        and is_title(below)
    )


def _next_post_title(lines: list[str], j: int, a: int, prev: int, prev_start: int) -> bool:
    """ "Acme" / "Cloud engineer" / "2021 – 2024" / bullets / "Data analyst" / "2016 – 2021": a
    sentence-case title right over its dates, under the body of a post whose header is an
    employer's line over a title over its dates (the next post at that employer)."""
    return (
        _OWN_LINES.get()
        and j == a - 1
        and prev_start + 2 == prev
        and bool(tx.bullet_glyph(lines[j - 1]))
        and _employer_form(lines[prev_start])
        and is_title(lines[prev - 1])
        and _sentence_case_title(lines[j])
    )


_LEVEL_AS_DAY = re.compile(r"\d{1,2}(?=\s)")


def _cut_range(line: str, rng: dates.DateRange) -> list[str]:
    """The parts of ``line`` left and right of its date range."""
    s, e = rng.span
    level = _LEVEL_AS_DAY.match(line, s)
    if level and re.search(r"[A-Za-z]-$", line[:s]):
        s = level.end()  # "SDE-2  Jan 2021 – Present": the level is no day of the month
    left, right = line[:s].strip(" |,;·•-–—/("), line[e:].strip(" |,;:·•-–—/)")
    if (
        right.count("(") > right.count(")")
        and not right.startswith("(")
        and line.rstrip().endswith(")")
    ):
        right += ")"  # "03/2015 – Present GLOBEX (globex.example)": the bracket closes the name
    return [p for p in (left, right) if p]


def _lower_name_under_title(lines: list[str], j: int, a: int, floor: int) -> bool:
    """ "Software Engineer" / "acme robotics" / "Jan 2020 – Present" (or the dates first): a
    name line in lower case right under a title line, next to the role's dates line ``a``, in
    a text with its own lines."""
    if not _OWN_LINES.get() or j not in (a - 1, a + 2) or j - 1 <= floor:
        return False
    above = lines[j - 1]
    return (
        lower_name_shape(lines[j])
        and not tx.bullet_glyph(above)
        and header_like(above, max_words=8)
        and is_title(above)
        and not dates.find_dates(above)
    )


def _parent_over_unit(lines: list[str], j: int, floor: int) -> bool:
    """``lines[j]`` names an organisation and the header under it opens with a unit of it
    ("Acme Robotics" / "Quality Division"): the unit's parent, the employer, heads the role.
    Not a line right under the dates line ``floor`` of the role above (that role's employer)
    nor a clause ("Reporting for Globex Bank", "Led the Globex Corp")."""
    line, unit = lines[j], tx.strip_bullet(lines[j + 1]).strip(" ,")
    return (
        (floor < 0 or j > floor + 1)
        and units.names_unit(unit)
        and not FUNCTION_WORD_FIRST.match(line.strip())
        and not tx.starts_with_verb(line.strip())
        and not opens_with_verb(line.strip())
        and not is_title(unit)
        and _employer_form(line)
        and not _heading_line(line)
        and not _ends_clause(line)
        and not places.find_place(line)
    )


def _is_date_only(line: str, rng: dates.DateRange) -> bool:
    """Nothing but the dates, maybe a place and a note on the work ("May 2007 to October 2007
    (8months)", "2019 – Present (Full-time)")."""
    parts = _cut_range(tx.strip_bullet(line), rng)
    rest = " ".join(p for p in parts if not employment_note(p))
    place = places.find_place(rest)
    if place:
        rest = rest[: place.span[0]] + rest[place.span[1] :]
    return not tx.words(rest)


def _heading_line(line: str) -> bool:
    """ "Career", "Employment": a section's name alone on its line (a weak heading the sections
    left inside the roles), no title and no employer."""
    heading = sections.detect_heading(line.strip())
    return heading is not None and heading.rest is None and not (is_title(line) or is_company(line))


def _opens_with_date(line: str) -> bool:
    """ "10/2018 Software Engineer @Acme": a date opens the line."""
    if not line[:1].isdigit() and not line[:1].isupper():
        return False
    found = dates.find_dates(line)
    return bool(found) and not line[: min(s for _, (s, _e) in found)].strip()


def _dominant_glyph(lines: list[str]) -> str | None:
    glyphs = Counter(g for g in (tx.bullet_glyph(x) for x in lines) if g)
    return glyphs.most_common(1)[0][0] if glyphs else None


def anchor_range(line: str) -> dates.DateRange | None:
    """The dates that make ``line`` an entry anchor: a range, or one date at the end of a
    title line ("Software Engineer Intern  Summer 2022")."""
    if tx.bullet_glyph(line):
        return _bulleted_role(tx.strip_bullet(line))
    rng = dates.find_range(line)
    if rng:
        return rng
    rng = _only_date(line)
    if rng is None or not is_title(line):
        return None
    s, e = rng.span
    left = line[:s].strip(" |,·•-–—/(\t")
    if not header_like(line, max_words=10) and not _sentence_title(left):
        return None  # "Cloud engineer, 2021": a short title in sentence case
    if line[:s].strip(" |,·•-–—/(") and line[e:].strip(" |,·•-–—/)"):
        return None  # a year in the middle of a phrase
    return rng


_OF_THE = re.compile(r"\bof\s+the\b", re.IGNORECASE)


def _sentence_title(left: str) -> bool:
    """ "Cloud engineer", "Data analyst (contract)": a short title in sentence case whose name
    ends in a title word; never an award or a phrase ("Employee of the month", "Team of five
    engineers")."""
    name = re.split(r"[,(]", left, maxsplit=1)[0]
    ws = lower_words(name)
    return (
        short_title(left)
        and not opens_with_verb(left)
        and bool(ws)
        and title_word(without_level(ws[-1]))
        and not _OF_THE.search(name)
        and not any(w in NUMBER_WORDS for w in ws)
    )


def _ends_in_place(text: str) -> bool:
    """ "Acme Corp, Springfield, IL,": a name, then its town, then a comma."""
    body = text.rstrip()
    if not body.endswith(","):
        return False
    place = places.find_place(body[:-1])
    return place is not None and place.span[1] == len(body) - 1 and place.span[0] > 0


def _certificate_in_body(lines: list[str], i: int, rng: dates.DateRange) -> bool:
    """ "AWS Certified Developer      2020" among a role's bullets: a certificate and the year
    it was earned (one date, no range), not a role of its own."""
    return (
        rng.start == rng.end
        and i > 0
        and tx.bullet_glyph(lines[i - 1]) is not None
        and not tx.bullet_glyph(lines[i])
        and _names_certificate(lines[i])
        and not _employer_by(lines, i, rng)
    )


_PROMOTED = re.compile(r"^\W*promoted\s+to\b", re.IGNORECASE)


def _promotion(lines: list[str], i: int, rng: dates.DateRange) -> bool:
    """ "Promoted to Senior Engineer (2019)": a line of the role's body dated by one date (the
    role's bullets give the promotion its post), not a role of its own."""
    return (
        rng.start == rng.end
        and _PROMOTED.match(lines[i]) is not None
        and not _employer_by(lines, i, rng)
    )


def _employer_by(lines: list[str], i: int, rng: dates.DateRange) -> bool:
    """An employer's line follows the line ``i`` dated by ``rng``, or an employer's name
    stands beside its title on it ("Certified Pharmacy Technician   2016" / "Acme Pharmacy",
    "Sales Lead, Acme Robotics   2019"): the header of a role of its own."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    rest = " ".join(_cut_range(lines[i], rng))
    return _employer_form(below) or any(_employer_form(p) for p in rest.split(",")[1:])


def _names_certificate(line: str) -> bool:
    """The whole line names a certificate ("AWS Certified Developer      2020")."""
    return bool(certificates.certificates_in([line], [], whole=True))


def _only_date(line: str) -> dates.DateRange | None:
    """The one date ``line`` holds, as a range from it to itself; None for none or several."""
    found = dates.find_dates(line)
    if len(found) != 1:
        return None
    value, span = found[0]
    return dates.DateRange(value, value, False, span)


def _bulleted_role(body: str) -> dates.DateRange | None:
    """ "- Paralegal (2012 - 2015)": a one-line role written as a list item (a title and its
    dates, nothing else), not a bullet that mentions dates."""
    rng = dates.find_range(body)
    if rng is None:
        return None
    rest = " ".join(_cut_range(body, rng)).strip(" ()")
    if not rest or len(tx.words(rest)) > 8 or opens_with_verb(rest):  # not "Test Lead, …"
        return None
    return rng if is_title(rest) and header_like(rest, max_words=8) else None


def _employer_line(line: str) -> bool:
    """ "Department of Biology Field Lab of Northfield University, Riverton, MD": a long
    employer line that ends with its place."""
    place = places.find_place(line)
    return (
        place is not None
        and not line[place.span[1] :].strip(" .,")
        and is_company(line[: place.span[0]])
        and header_like(line, max_words=12)
    )


def _role_line_after_dates(line: str) -> bool:
    """The line under a dates-only line that names the role, even when it is long or ends
    with a full stop: a title in it, Title-Case, not a sentence; or a short title in sentence
    case ("Sales consultant, part-time")."""
    if tx.bullet_glyph(line) or opens_with_verb(line):
        return False
    head = segments(line)
    if len(tx.words(line)) <= 12 and head and title_phrase(head[0]) and line.startswith(head[0]):
        return True  # "Negotiator of freight agreements, Ministry of Transport"
    if not header_like(line.rstrip("."), max_words=12) and not short_title(line):
        return False
    return is_title(line) and line.count(".") <= 1 + len(ABBREV_END.findall(line))


def _name_over_title(lines: list[str], k: int, stop: int) -> bool:
    """ "2005-2007" / "Miles ford Auto shop" / "Automobile Engineer": under a dates-only line,
    a short name in lower-case words over a title line."""
    line, below = lines[k].strip(), lines[k + 1] if k + 1 < stop else ""
    ws = tx.words(line)
    return (
        0 < len(ws) <= 5
        and line[:1].isupper()
        and not re.search(r"[.!?:;,]$", line)
        and not tx.bullet_glyph(line)
        and not opens_with_verb(line)
        and not is_title(line)
        and _title_line(below)
    )


def _title_line(line: str) -> bool:
    """A short header line naming a title, no bullet ("Software Engineer")."""
    return not tx.bullet_glyph(line) and is_title(line) and header_like(line, max_words=8)


def _lower_employer_over_title(lines: list[str], k: int, stop: int) -> bool:
    """ "acme technologies pvt ltd" / "Software Engineer": an employer in lower case with its
    legal form right over a title line (above the role's dates or under a dates-only line), in
    a text with its own lines (round 17)."""
    if not _OWN_LINES.get() or k + 1 >= stop:
        return False
    line, below = lines[k], lines[k + 1]
    return lower_employer(line) and _title_line(below) and not dates.find_dates(below)


# "Springfield 600 057, India", "Springfield 12345": a postal code after the town.
_POSTAL_CODE = re.compile(r"\s+(?:\d{3}\s?\d{3}|\d{5})(?=\s*(?:,|$))")


def _stop_ends_header(line: str) -> bool:
    """A full stop after an employer's place (its postal code left out) or after a title ends
    a header line, not a sentence ("Acme Labs, Burbank, California." / "Freelance Android
    Developer.")."""
    body = line.strip()
    if not body.endswith(".") or body.endswith(".."):
        return False
    body = _POSTAL_CODE.sub("", body[:-1].rstrip())
    if len(tx.words(body)) > 8 or "." in body:
        return False
    place = places.find_place(body)
    if place and "," in body[: place.span[0]] and not body[place.span[1] :].strip(" ,"):
        return not tx.starts_with_verb(body)
    return len(tx.words(body)) <= 5 and is_title(body)  # "Research Assistant." leads with a verb


# The longest line holding one date alone, and one holding a name and the date set apart.
LONE_DATE_MAX = 24
LONE_DATE_LINE_MAX = 80
# The most words of the role line next to a date alone on its line ("Software Engineer II,
# State Department of Revenue, Springfield, IL" / "2021"; 8 beside a name's line and its date).
LONE_DATE_NEIGHBOUR_WORDS = 10
# The most words of a name's line holding the date, and of any neighbour but the line above.
LONE_DATE_NAME_WORDS = 8
_GAP_BEFORE = re.compile(r"\S(?:\s{2,}|\t|\s*\|\s*)$")


def _lone_date_of_role(lines: list[str], i: int) -> dates.DateRange | None:
    """ "Summer 2011", "April 2014": one date on a line of its own, under or above a title
    line ("Intern" / "Summer 2011") or an employer's line next to one, dates the role; so does
    one set apart at the end of the employer's line (a range needs no such neighbour)."""
    line = lines[i].strip()
    rng = _only_date(line) if len(line) <= LONE_DATE_LINE_MAX else None
    if rng is None or dates.find_range(line):
        return None
    s, e = rng.span
    if line[e:].strip(" ).,"):
        return None
    if line[:s].strip(" ("):
        # "Acme Corp      Summer 2011": a name's line with the date set apart at its end, or
        # after the employer's town ("Acme Corp, Springfield, IL, Summer 2011")
        if not (_GAP_BEFORE.search(line[:s]) or _ends_in_place(line[:s])) or not header_like(
            line[:s], max_words=LONE_DATE_NAME_WORDS
        ):
            return None
    elif len(line) > LONE_DATE_MAX:
        return None
    # a date alone on its line may sit under a long role line ("Title, Employer, Town" / "2021")
    most = LONE_DATE_NAME_WORDS if line[:s].strip(" (") else LONE_DATE_NEIGHBOUR_WORDS
    for step in (-1, 1):
        # the title next to it, or past the employer's line ("Intern" / "Acme" / "Summer 2011")
        for j in (i + step, i + 2 * step):
            near = lines[j] if 0 <= j < len(lines) else ""
            if not near or tx.bullet_glyph(near):
                break
            wide = most if j == i - 1 else LONE_DATE_NAME_WORDS
            if not header_like(near, max_words=wide) and not _sentence_title_by(lines, j, i):
                break
            if anchor_range(near) or dates.find_dates(near):
                break  # a dated line is another role's header, never the neighbouring title
            if is_title(near):
                return rng
    # "Lifeguard" / "Pellworth Pools" / "- Watched the pool." / "Summer 2019" / "- …"
    return rng if not line[:s].strip(" (") and _run_over_bullet(lines, i, -1) is not None else None


_NAME_AND_YEAR = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<year>(?:19|20)\d\d)\)$")


def _year_over_bullets(
    lines: list[str], i: int, *, company: bool = False
) -> dates.DateRange | None:
    """ "Pellam Foods (2005)" over bullets, in a section with no other dates: the year dates
    the role the line names. ``company``: only a name with a company word ("Acme Toys, Inc.
    (2005)" among dated roles; a project's name over its bullets is no role)."""
    line = lines[i].strip()
    m = _NAME_AND_YEAR.match(line) if line.endswith(")") else None  # cheap test first
    below = lines[i + 1] if i + 1 < len(lines) else ""
    if not m or tx.bullet_glyph(line) or not tx.bullet_glyph(below):
        return None
    if not header_like(m.group("name"), max_words=8):
        return None
    if company and not is_company(m.group("name")):
        return None
    return _only_date(line)


def _dates_alone(line: str) -> dates.DateRange | None:
    """ "2007-2009", "2003": a line holding one date range or one date and nothing else."""
    rng = dates.find_range(line) or _only_date(line)
    return rng if rng is not None and _is_date_only(line, rng) else None


def _one_line_role(line: str) -> bool:
    """ "Soccer Coach, Acme Youth Club, Springfield": a title and an employer on one line, no
    dates."""
    return (
        not tx.bullet_glyph(line)
        and header_like(line)
        and not dates.find_dates(line)
        and _role_lines([line])
    )


def _date_column(lines: list[str]) -> dict[int, dates.DateRange]:
    """A column of one-line roles, then a column of their dates, as a two-column layout comes
    out when read row by row ("Coach, Acme Club" / "Tutor, Zeta School" / "2008-2009" /
    "2006-2008"): role line -> the dates in the same place of the dates column (as many dates
    as roles, else none is paired). Each range's span is put at its role line's end."""
    alone = [_dates_alone(line) if len(line) <= 40 else None for line in lines]
    paired: dict[int, dates.DateRange] = {}
    for j, rng in enumerate(alone):
        if rng is None or (j and alone[j - 1]):
            continue
        found = list(itertools.takewhile(bool, alone[j:]))
        if len(found) < 2:
            continue
        k = 0  # the role lines right above, as many as there are dates, and no more
        while k <= len(found) and j - k - 1 >= 0 and _one_line_role(lines[j - k - 1]):
            k += 1
        if k < 2 or k != len(found):
            continue
        for n, date_range in enumerate(found):
            role, end = j - k + n, len(lines[j - k + n])
            paired[role] = dataclasses.replace(date_range, span=(end, end))
            paired[j + n] = date_range
    return paired


def _opens_header(lines: list[str], i: int) -> bool:
    """``lines[i]`` can be the first header line under a dates line."""
    if i >= len(lines):
        return False
    line = lines[i]
    if _role_line_after_dates(line):
        return True
    return not tx.bullet_glyph(line) and header_like(line, max_words=8) and not anchor_range(line)


def _label_above(line: str) -> bool:
    """ "Professional", "Full-time roles": a short label over the roles, no name or title."""
    return (
        len(tx.words(line)) <= 3
        and not is_title(line)
        and not is_company(line)
        and plausible_name(line) is None
    )


def _dates_lead(
    lines: list[str],
    ranges: list[dates.DateRange | None],
    anchors: list[int],
    starts: list[int],
) -> bool:
    """The layout puts each role's dates on a line of their own above its header: the first
    role's dates line has nothing header-like above it (but a label no name can be:
    "Professional", "Full-time roles") and its header under it; or, when a sub-heading or an
    undated role stands above it, the later dates lines tell (``_later_dates_lead``)."""
    a = anchors[0]
    rng = ranges[a]
    if rng is None or len(anchors) < 2 or not _is_date_only(lines[a], rng):
        return False
    if not _opens_header(lines, a + 1):
        return False
    return all(_label_above(x) for x in lines[starts[0] : a]) or _later_dates_lead(
        lines, ranges, anchors, starts
    )


def _no_body_between(lines: list[str], prev: int, a: int) -> bool:
    """Only header lines between two dates lines: a role with no body, its header under the
    earlier dates in a dates-first layout, above the later in a dates-last one."""
    return all(not tx.bullet_glyph(x) and header_like(x) for x in lines[prev + 1 : a])


def _later_dates_lead(
    lines: list[str],
    ranges: list[dates.DateRange | None],
    anchors: list[int],
    starts: list[int],
) -> bool:
    """A dates-first layout whose first dates line has a sub-heading or an undated role above it
    ("B. Teaching Posts" / "2017 – present" / "Head of Department, Eastland University"): the
    later dates lines tell. Each with a header under it votes by what is above it: nothing
    header-like, or the wrapped tail of a sentence ("… the Harbour Safety" / "Board."),
    votes for dates first; a short header run after a body line (an employer over its dates)
    votes against, and one such vote decides. A run with no body between two dates lines is a
    role's header either way and does not vote; when none votes, the ends tell: a sub-heading
    above the first dates line and a header under the last dates-only line."""
    lead = 0
    for n in range(1, len(anchors)):
        a = anchors[n]
        rng = ranges[a]
        if rng is None or not _is_date_only(lines[a], rng) or not _opens_header(lines, a + 1):
            continue
        run = starts[n]
        if run == a:
            lead += 1
        elif _no_body_between(lines, anchors[n - 1], a):
            continue
        elif _ends_clause(lines[a - 1]) and run > 0 and not _ends_clause(lines[run - 1]):
            lead += 1  # a wrapped sentence's last words, not an employer's name
        else:
            return False
    only = [a for a in anchors if _is_date_only(lines[a], ranges[a])]  # type: ignore[arg-type]
    return lead >= 1 or (
        _sub_heading(lines[starts[0] : anchors[0]]) and _opens_header(lines, only[-1] + 1)
    )


def _sub_heading(run: list[str]) -> bool:
    """ "B. Teaching Posts", "Clinical Posts": one short line naming no role, no entry."""
    return (
        len(run) == 1
        and "," not in run[0]
        and len(tx.words(run[0])) <= 4
        and not is_title(run[0])
        and not is_company(run[0])
    )


_ASIDE_DASH = re.compile(r"\s+[—–-]\s+")


def _name_with_aside(line: str) -> bool:
    """ "ACME PARTNERS, Springfield, IL — a print shop for local bakeries": an employer's
    line with a note in lower case on what the firm does after a dash."""
    parts = _ASIDE_DASH.split(line.strip(), maxsplit=1)
    return (
        len(parts) == 2
        and not tx.bullet_glyph(line)
        and header_like(parts[0], max_words=8)
        and parts[1][:1].isalpha()
        and tx.capitalised_ratio(parts[1]) < 0.5
        and not dates.find_dates(line)
    )


_DASHES = ("-", "–", "—")  # a line holding a dash alone (an export's "Employer - Town")


def _dates_close(
    lines: list[str], ranges: list[dates.DateRange | None], anchors: list[int]
) -> bool:
    """The layout closes each role with its dates on a line of their own ("Office Assistant" /
    "Acme Print, Clayton" / duties / "March 2012 – current"): every anchor a dates-only line, the
    last one ends the section, a role's header and duties above the first one, and a header
    right under each of the others."""
    if len(anchors) < 2 or anchors[-1] != len(lines) - 1:
        return False
    if not all(_is_date_only(lines[a], rng) for a in anchors if (rng := ranges[a])):
        return False
    first = lines[: anchors[0]]
    if len(first) < 2 or not _short_header(first[0]) or _short_header(first[-1]):
        return False
    return all(_short_header(lines[a + 1]) and not ranges[a + 1] for a in anchors[:-1])


def _closed_by_dates(
    lines: list[str], ranges: list[dates.DateRange | None], anchors: list[int]
) -> list[Block]:
    """Each role: the lines after the previous dates line, its header the short lines that
    open them (at most three), dated by the line that closes it."""
    blocks, begin = [], 0
    for a in anchors:
        span = lines[begin:a]
        size = 0
        while size < min(3, len(span)) and _short_header(span[size]):
            size += 1
        header = span[:size]
        blocks.append(Block(header, span[size:], ranges[a], [*header, lines[a]], begin, a + 1))
        begin = a + 1
    return blocks


def split_joined_roles(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "Analyst, Acme Corp, 2019–2021; Engineer, Globex, 2021–2023": roles run into one line,
    each with its own date range and words beside it -> one line per role (same index)."""
    out: list[tuple[int, str]] = []
    for i, line in lines:
        parts = [p.strip() for p in line.split(";")]
        if (
            len(parts) > 1
            and not tx.bullet_glyph(line)
            and all(dates.find_range(p) and len(tx.words(p)) > 1 for p in parts)
            and all(not _is_date_only(p, dates.find_range(p)) for p in parts)
        ):
            out += [(i, p) for p in _with_employer(parts)]
        else:
            out.append((i, line))
    return out


def _with_employer(parts: list[str]) -> list[str]:
    """ "Analyst, Acme Corp, 2015 – 2017" / "Senior Analyst, 2017 – 2019": a part naming a title
    alone goes on at the employer of the part before it (a promotion written on one line)."""
    out: list[str] = []
    company: str | None = None
    for part in parts:
        rng = dates.find_range(part)
        words = " ".join(_cut_range(part, rng)) if rng else part
        role = parse_role_header([words])
        if role.company is None and role.position and company and rng:
            s = rng.span[0]
            part = f"{part[:s].rstrip(' ,;|·–—-')}, {company}, {part[s:]}"
        company = role.company or company
        out.append(part)
    return out


# At most three digits, not after a digit: a long run of digits is no duration (and is read
# in linear time).
_DURATION = re.compile(r"(?<!\d)\d{1,3}\s*(?:yrs?|years?|mos?|months?)\b", re.IGNORECASE)


def _total_duration(line: str) -> bool:
    """ "3 yrs 2 mos", "Full-time · 3 yrs 2 mos": a line of notes on the work, one of them a
    duration, and nothing else."""
    parts = [p for p in re.split(r"\s*[·•|,]\s*", line.strip()) if p]
    return (
        bool(parts) and any(_DURATION.search(p) for p in parts) and all(map(employment_note, parts))
    )


# "Side Project" / "6 months": a project's or a course's name over its length, no employer.
_NO_GROUP = re.compile(r"\b(?:projects?|courses?|programmes?|programs?)\W*$", re.IGNORECASE)


def _grouped_employers(lines: list[str], ranges: list[dates.DateRange | None]) -> dict[int, str]:
    """LinkedIn's grouped positions: "Acme Corp" / "3 yrs 2 mos" (the employer, its total
    duration) over several titles, each with its own dates -> {index of the duration line: the
    employer}."""
    out: dict[int, str] = {}
    for d in range(1, len(lines)):
        name = lines[d - 1].strip()
        if (
            _total_duration(lines[d])
            and not (ranges[d] or ranges[d - 1] or tx.bullet_glyph(lines[d - 1]))
            and header_like(name, max_words=8)
            and not employment_note(name)
            and not _NO_GROUP.search(name)
        ):
            out[d] = name
    return out


def _employer_of_group(blocks: list[Block], groups: dict[int, str]) -> None:
    """Every title under a grouped employer ("Acme Corp" / "3 yrs 2 mos" / "Analyst" / dates /
    … / "Engineer" / dates) names that employer, up to a header with an employer of its own."""
    employer: str | None = None
    at = sorted(groups)
    for block in blocks:
        opened = [d for d in at if d < block.first]
        if opened:
            employer, at = groups[opened[-1]], at[len(opened) :]
        if not (employer and block.header):
            continue
        if parse_role_header(block.header).company:
            employer = employer if opened else None
            continue
        block.header.append(employer)


def _duty_opening(line: str) -> bool:
    """A line opening with a duty's verb and going on in lower case ("Led the move to Ledger
    Engine 2019 (6 months)", round 16: read as a header line under the dates and dropped), not
    a sentence-case title ("Registered nurse at Acme", "Leading hand")."""
    words = line.split(None, 4)
    return (
        len(words) >= 4
        and words[1][:1].islower()
        and not words[0].endswith("ing")
        and tx.starts_with_verb(line)
        and not is_title(line)
    )


def segment_by_dates(
    lines: list[str], *, lead_roles: bool = False
) -> tuple[list[str], list[Block]]:
    """-> (lines before the first entry, entries). No dated line: ([], []). ``lead_roles``:
    undated roles before the first dated one are entries too (in an experience section)."""
    ranges = [anchor_range(line) for line in lines]
    for i, rng in enumerate(ranges):
        if rng is None:
            ranges[i] = _lone_date_of_role(lines, i)
    for i, rng in enumerate(ranges):
        if rng and (_certificate_in_body(lines, i, rng) or _promotion(lines, i, rng)):
            ranges[i] = None
    column = _date_column(lines)
    for i, rng in column.items():  # the role lines date their roles; the dates lines no one
        ranges[i] = rng if rng.span[0] == len(lines[i]) else None
    anchors = [i for i, rng in enumerate(ranges) if rng]
    groups = _grouped_employers(lines, ranges) if anchors else {}
    grouped = {i for d in groups for i in (d - 1, d)}
    if anchors and lead_roles:  # among dated roles, only a company's name dated by a year
        for i, rng in enumerate(ranges):
            if rng is None:
                ranges[i] = _year_over_bullets(lines, i, company=True)
        anchors = [i for i, rng in enumerate(ranges) if rng]
    if not anchors and lead_roles:
        ranges = [_year_over_bullets(lines, i) for i in range(len(lines))]
        anchors = [i for i, rng in enumerate(ranges) if rng]
    if not anchors:
        return list(lines), []
    if lead_roles and _dates_close(lines, ranges, anchors):
        return [], [
            part for b in _closed_by_dates(lines, ranges, anchors) for part in _undated_roles(b)
        ]
    main_glyph = _dominant_glyph(lines)
    starts: list[int] = []
    early: set[int] = set()  # a first bullet above its role's dates line (body, not header)
    for n, a in enumerate(anchors):
        rng = ranges[a]
        assert rng is not None
        limit = 3 if _is_date_only(lines[a], rng) else 2
        floor = anchors[n - 1] if n else -1
        timeline = _opens_with_date(lines[a])
        j = a - 1
        while j > floor and a - j <= limit and j not in grouped:
            line = lines[j]
            glyph = tx.bullet_glyph(line)
            if timeline and _opens_with_date(line):
                break  # a timeline: "10/2020 Harbour Conference" / "10/2018 Engineer @Acme"
            if line.strip() in _DASHES and j > floor + 1 and header_like(lines[j - 1]):
                limit += 1  # "Acme Inc" / "-" / "Springfield, IL": the dash joined the two
                j -= 1
                continue
            if _heading_line(line):
                break  # "Career" over the first role: a heading the sections let pass
            if glyph:
                # "• Google  Mountain View, CA" heads an entry only in outline layouts.
                if j != a - 1 or not header_like(line):
                    break
                if glyph == main_glyph and not places.find_place(line):
                    break
            elif not (
                header_like(line)
                or _name_with_aside(line)
                or (
                    _sentence_title_by(lines, j, a)
                    and not _sentence_title_doubtful(lines, j, a, floor)
                )
                or (n and _next_post_title(lines, j, a, anchors[n - 1], starts[n - 1]))
                or _lower_name_under_title(lines, j, a, floor)
                or _lower_employer_over_title(lines, j, a)
                or OWN_ACCOUNT_ALONE.match(line.strip())  # "Self employed" over its dates
            ):
                break
            j -= 1
        if (
            a - j == limit + 1
            and j > floor
            and j not in grouped
            and _parent_over_unit(lines, j, floor)
        ):
            j -= 1  # "Acme Corp" / "Quality Division" / "Springfield, IL" / "Analyst" / dates
        header_at = _header_over_bullet(lines, a, floor, rng) if j + 1 == a else None
        if header_at is not None:
            early.add(a - 1)
        starts.append(j + 1 if header_at is None else header_at)
    if _dates_lead(lines, ranges, anchors, starts):
        # Each role opens with its dates ("2006 to 2008" / "Siemens PLM, Cypress, CA" / "Sr.
        # Engineer"): the short lines above a dates line end the previous role's body.
        for n, a in enumerate(anchors):
            rng = ranges[a]
            assert rng is not None
            if not _is_date_only(lines[a], rng):
                continue
            # header lines alone under the previous dates line are that role's header
            if _opens_header(lines, a + 1) or (n and _no_body_between(lines, anchors[n - 1], a)):
                starts[n] = a
    blocks: list[Block] = []
    for n, a in enumerate(anchors):
        start = starts[n]
        stop = starts[n + 1] if n + 1 < len(anchors) else len(lines)
        rng = ranges[a]
        assert rng is not None
        end_header = a + 1
        date_only = start == a and _is_date_only(lines[a], rng)
        timeline = _opens_with_date(lines[a])
        while end_header < stop and end_header - a <= 2:
            line = lines[end_header]
            if end_header in column:
                break  # the dates column under the roles
            if timeline and _opens_with_date(line):
                break  # the timeline's next item
            if (
                date_only
                and end_header == a + 1
                and (
                    _role_line_after_dates(line)
                    or _name_over_title(lines, end_header, stop)
                    or _lower_employer_over_title(lines, end_header, stop)
                )
            ):
                end_header += 1  # "2007 - 2008" / "Systems Programmer, MIT Media Lab."
                continue
            if _duty_opening(line):
                break  # "Led the move to Ledger Engine 2019 (6 months)": the body's first duty
            if tx.bullet_glyph(line) or not (
                header_like(line, max_words=8)
                or _employer_line(line)
                or _sentence_title_by(lines, end_header, a)
                or (end_header > a + 1 and _lower_name_under_title(lines, end_header, a, a))
            ):
                break
            stop_ends = date_only and _stop_ends_header(line)
            if re.search(r"[.!?]$", line) and not ABBREV_END.search(line) and not stop_ends:
                break
            if line.rstrip().endswith(":") and not is_title(line):
                break  # "Key Results:", "COMMUNITY INTERESTS:": a label over what follows
            end_header += 1
        raw = [x for i, x in enumerate(lines[start:end_header], start) if i not in early]
        header: list[str] = []
        for i in range(start, end_header):
            text = tx.strip_bullet(lines[i])
            if i not in early:
                header.extend(_cut_range(text, rng) if i == a else [text])
        body = [lines[i] for i in range(start, end_header) if i in early] + [
            x
            for i, x in enumerate(lines[end_header:stop], end_header)
            if i not in column and i not in grouped
        ]
        blocks.append(Block(header, body, rng, raw, start, stop))
    _employer_of_group(blocks, groups)
    _employer_over_titles(blocks)
    found = [part for block in blocks for part in _undated_roles(block)]
    before = [x for i, x in enumerate(lines[: starts[0]]) if i not in grouped]
    if lead_roles and before:
        # An undated role before the first dated one ("Interim Director, IT Services").
        head, *undated = _undated_roles(Block([], before, stop=starts[0]), start=0)
        return head.body, undated + found
    return before, found


# "Freelance Developer", "- Self-employed; …": work on one's own account, never another post at
# the employer above; "Owner", "Founder" only when the post's first lines say the business is
# the writer's own ("- Ran a small bakery of my own"): else the post is at the employer above.
_OWN_ACCOUNT = re.compile(rf"\b(?:freelanc\w*|{SELF_EMPLOYED}|independent)\b", re.IGNORECASE)
_OWNER = re.compile(r"\b(?:owner|(?:co-?)?founder)\b", re.IGNORECASE)
_OWN_BUSINESS = re.compile(r"\b(?:my|our)\s+own\b|\bown\s+(?:business|company|firm)", re.I)
# The most years between one post's end and the start of the post above it (or the reverse,
# oldest first) for both to be posts at one employer.
CHAIN_GAP_YEARS = 1
_NO_END = 9999  # a current role's end year


def _years(rng: dates.DateRange) -> tuple[int, int] | None:
    if rng.start is None or not rng.start[:4].isdigit():
        return None
    end = rng.end[:4] if rng.end else None
    if end is not None and not end.isdigit():
        return None
    return int(rng.start[:4]), int(end) if end else _NO_END


def _chains(upper: dates.DateRange, lower: dates.DateRange) -> bool:
    """Two posts at one employer: their dates overlap or one ends about when the other starts
    (either order); a post of one year ("Summer 2014") may come back at any gap."""
    a, b = _years(upper), _years(lower)
    if a is None or b is None:
        return False
    if a[0] == a[1] or b[0] == b[1]:
        return True
    return b[0] <= a[1] + CHAIN_GAP_YEARS and a[0] <= b[1] + CHAIN_GAP_YEARS


def _own_account(block: Block, position: str, above: dates.DateRange) -> bool:
    """A post on one's own account or a note on the post ("Self-employed") in its header or
    first body line; or an owner's or founder's post that started no later than the post
    ``above`` it ("Acme" / "Engineer  2020 – 2023" / "Founder  2017 – 2020")."""
    lines = [position, *block.raw_header, *block.body[:1]]
    if employment_note(position) or any(_OWN_ACCOUNT.search(x) for x in lines):
        return True
    if not _OWNER.search(position):
        return False
    start, top = block.range.start if block.range else None, above.start
    return not (start and top and start > top) or any(
        _OWN_BUSINESS.search(x) for x in block.body[:2]
    )


def _employer_over_titles(blocks: list[Block]) -> None:
    """ "Acme Corp" / "Senior Engineer  2019 – Present" / its body / "Engineer  2015 – 2019" /
    its body: an employer alone on the first line of a role's header, over its title and dates,
    and under that role's body more headers of the same lines but the employer's, naming a
    title alone: each is another post at that employer (its name is added to their headers)."""
    employer: str | None = None
    size = 0  # the header lines of each title under the employer
    last: dates.DateRange | None = None  # the dates of the post above
    for block in blocks:
        raw, header = block.raw_header, block.header
        if not (block.range and header):
            employer = None
            continue
        own = parse_role_header(header)
        if own.position and not (own.company or own.location):
            if (
                employer
                and last
                and len(raw) == size
                and _chains(last, block.range)
                and not _own_account(block, own.position, last)
            ):
                block.header.append(employer)
                last = block.range
            else:
                employer = None
            continue
        employer = None
        if len(raw) < 2 or not (own.position and own.company) or dates.find_dates(raw[0]):
            continue
        above, below = parse_role_header(raw[:1]), parse_role_header(header[1:])
        if above.company and not above.position and below.position and not below.company:
            employer, size, last = above.company, len(raw) - 1, block.range


def _header_over_bullet(lines: list[str], a: int, floor: int, rng: dates.DateRange) -> int | None:
    """ "Paralegal" / "Acme Law LLP" / "- Drafted leases" / "2019 – Present" / "- …": a dates
    line under the first bullet of its role, the body going on under it -> where the role's
    header (a title and an employer, at most three short lines) starts. Not when the header
    lines follow another dates line (dates first: they are that role's)."""
    if not _is_date_only(lines[a], rng):
        return None
    return _run_over_bullet(lines, a, floor)


def _run_over_bullet(lines: list[str], a: int, floor: int) -> int | None:
    """The dates line ``a`` between two bullets, a role's header (a title and an employer) over
    the first -> where the header starts."""
    if a < 2 or a + 1 >= len(lines) or a - 1 <= floor:
        return None
    if not (tx.bullet_glyph(lines[a - 1]) and tx.bullet_glyph(lines[a + 1])):
        return None
    k = a - 2
    while (
        k > floor
        and a - 1 - k <= 3
        and (_short_header(lines[k]) or short_title(lines[k]))  # "Cloud engineer"
        and not (anchor_range(lines[k]) or _heading_line(lines[k]))
    ):
        k -= 1
    run = lines[k + 1 : a - 1]
    if not run or a - 1 - k > 3 or (k >= 0 and k == floor):
        return None
    role = parse_role_header(run)
    return k + 1 if role.position and role.company else None


def _role_lines(lines: list[str]) -> bool:
    """Header lines that name both an employer and a title ("ACME CORP, Engineer";
    "Teach for America, Miami, FL" / "English Teacher")."""
    role = parse_role_header(lines)
    if not (role.company and role.position):
        return False
    return (
        is_company(role.company)
        or role.location is not None
        or len(lines) == 1
        or _caps_over_title(lines)
    )


def _caps_over_title(lines: list[str]) -> bool:
    """ "ORBIT SYSTEMS" / "Software Engineer, Intern": an employer in capitals over a
    Title-Case title line."""
    return (
        len(lines) == 2
        and tx.is_all_caps(lines[0])
        and not tx.is_all_caps(lines[1])
        and is_title(lines[1])
        and not is_title(lines[0])
    )


def _ends_clause(line: str) -> bool:
    """A sentence or a label ends the line ("… in C++.", "Earlier Career:"), not "Inc."."""
    text = line.strip()
    return bool(re.search(r"[.!?:]$", text)) and not ABBREV_END.search(text)


def _short_header(line: str) -> bool:
    return not tx.bullet_glyph(line) and header_like(line, max_words=8) and not _ends_clause(line)


# The fewest words of a sentence of duties under a title (not "Planning strategically").
DUTY_MIN_WORDS = 6


def _duty(line: str) -> bool:
    """A bullet or a sentence: a role's body, not a list of competencies."""
    if tx.bullet_glyph(line):
        return True
    return len(tx.words(line)) >= DUTY_MIN_WORDS and not header_like(line)


def _next_title(block: Block, k: int, header: Callable[[], RoleHeader]) -> str | None:
    """A title alone on its line inside a dated role's body, after a bullet or a sentence and
    over a line of its own body (a bullet or a sentence), where the role's header names its
    employer and another title -> that employer (the person's next post there). ``header``:
    the block's header read (once per block)."""
    body = block.body
    line = body[k]
    if (
        k + 1 >= len(body)
        or not _duty(body[k + 1])
        or not short_title(line, max_words=BODY_TITLE_MAX_WORDS)
        or not header_like(line)
        or sections.detect_heading(line) is not None
        or _names_certificate(line)
    ):
        return None
    own = parse_role_header([line])
    if not own.position or own.company or own.location:
        return None
    role = header()
    if not role.company or not role.position or role.position == own.position:
        return None
    return role.company


# "Early Career: Manager, Acme Corp": a label opening a one-line role inside a dated body.
_LEAD_LABEL = re.compile(
    r"^(?:early|earlier|previous|prior|other|additional|past|further)\s+"
    r"(?:career|experience|employment|positions|roles|jobs|work)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
# The most words of a label line in capitals over a list of one-line roles ("OTHER POSTS
# IN RETAIL").
CAPS_LABEL_MAX_WORDS = 8
# A word a label over a list of roles names them by ("OTHER POSTS IN RETAIL", "EARLIER
# ROLES"): never "KEY CLIENTS MANAGED", "REFEREES AVAILABLE" or "REPORTED TO THE FOLLOWING".
_ROLE_LIST_WORDS = tx.word_set(
    """job jobs post posts role roles position positions experience work employment career
    appointment appointments engagement engagements assignment assignments"""
)


def _without_lead_label(line: str) -> str:
    """``line`` without an "Early Career:" label when what follows names a role (round 17)."""
    m = _LEAD_LABEL.match(line.strip())
    rest = line.strip()[m.end() :] if m else ""
    return rest if rest and _role_lines([rest]) else line


def _role_list_label(lines: list[str], k: int) -> bool:
    """ "OTHER POSTS IN RETAIL" over "Cashier, Lakemont Farm Shop": a label in
    capitals that names no role but a list of them (a job word), right over a line that does
    (round 17: the label, read as a line of the body, hid the list under it)."""
    return _caps_list_label(lines, k) and _names_jobs(lines[k])


def _names_jobs(line: str) -> bool:
    """ "OTHER POSTS IN RETAIL", "EARLIER ROLES": a word naming jobs."""
    return any(w.lower() in _ROLE_LIST_WORDS for w in tx.words(line))


def _caps_list_label(lines: list[str], k: int) -> bool:
    """A label in capitals, naming no role or employer, right over a line naming a role."""
    line = lines[k].strip()
    return (
        k + 1 < len(lines)
        and tx.is_all_caps(line)
        and 2 <= len(tx.words(line)) <= CAPS_LABEL_MAX_WORDS
        and not tx.bullet_glyph(line)
        and not is_title(line)
        and not _role_lines([line])
        and _role_lines([lines[k + 1]])
    )


def _undated_roles(block: Block, *, start: int = 1) -> list[Block]:
    """Undated roles inside a dated role's body: after a bullet or a sentence, a short run of
    header lines naming an employer and a title ("Earlier Career:" / "ACME CORP, Engineer" /
    "BRASILO LTD., Geologist"), each with the lines under it; a label in capitals over the run
    is dropped, an "Early Career:" label before a role's line cut off (round 17). One pass over
    the body: the labels are cut once, each role found is searched for from the end of the one
    before, and each block's body is sliced once (round 17 review: a rebuilt body per role was
    quadratic)."""
    body = [_without_lead_label(x) if _LEAD_LABEL.match(x.strip()) else x for x in block.body]
    base = block.stop - len(body)
    done: list[Block] = []
    cur, lo = block, 0  # the block being read, its body's first line (body[lo:])
    while True:
        found = _split_undated(cur.header, body, lo, start)
        if found is None:
            return [*done, cur if cur is block else dataclasses.replace(cur, body=body[lo:])]
        k, label, head, cuts = found
        stop = base + k + (1 if label else 0)  # a label line dropped: in neither block
        done.append(Block(cur.header, body[lo:k], cur.range, cur.raw_header, cur.first, stop))
        for n, cut in enumerate(cuts):
            end = cuts[n + 1] if n + 1 < len(cuts) else len(body)
            hdr = body[cut : cut + 1] if len(cuts) > 1 else head
            raw = [x for x in hdr if x in body[cut : min(end, cut + len(hdr))]]
            part = Block(list(hdr), [], None, raw, base + cut, base + end)
            lo = cut + len(raw)
            if n + 1 < len(cuts):
                done.append(dataclasses.replace(part, body=body[lo:end]))
        if lo >= len(body):
            return [*done, part]
        cur, start = part, 1


def _split_undated(
    header_lines: list[str], body: list[str], lo: int, start: int
) -> tuple[int, bool, list[str], list[int]] | None:
    """The first undated role in ``body[lo:]`` (the body of the block headed by
    ``header_lines``) from line ``lo + start`` on -> (its index, whether a label line in
    capitals over it was dropped, its header lines, the index of each one-line role's line),
    or None."""
    header = functools.cache(lambda: parse_role_header(header_lines))
    view = Block(header_lines, body)  # `_next_title` reads on in the body
    for k in range(lo + start, len(body)):
        prev = body[k - 1] if k > lo else ""
        if k > lo and not (tx.bullet_glyph(prev) or _ends_clause(prev)):
            continue  # "Earlier Career:" ends what comes before too
        if _role_list_label(body, k):  # neither the role above's duty nor a role
            found = _role_run(body, k + 1, view, header)
            if found:
                return k, True, *found
        elif _caps_list_label(body, k) and not is_company(body[k]):
            continue  # "KEY CLIENTS MANAGED" / "Finance Director, Acme Corp": not the writer's
        found = _role_run(body, k, view, header)
        if found:
            return k, False, *found
    return None


def _role_run(
    body: list[str], k: int, view: Block, header: Callable[[], RoleHeader]
) -> tuple[list[str], list[int]] | None:
    """The role whose header starts at ``body[k]`` -> (its header lines, the index of each
    one-line role's line), or None."""
    run = 0
    while k + run < len(body) and run < 3 and _short_header(body[k + run]):
        run += 1
    head = body[k : k + run]
    if not head:
        return None
    if all(_role_lines([x]) for x in head):
        # One role per line, as many as the list holds ("VERITAN DGC, Roustabout" fourth).
        while k + run < len(body) and _short_header(body[k + run]):
            if not _role_lines([body[k + run]]):
                break
            run += 1
        return body[k : k + run], [k + n for n in range(run)]
    if _role_lines(head):
        return head, [k]
    if employer := _next_title(view, k, header):
        # "Data Migration Specialist" over its own bullets: another title, same employer
        # ("Acme Corp, 2015 - Present" / "Senior Manager" / "• …" / "Team Lead" / "• …").
        return [body[k], employer], [k]
    return None


def _tool_list(line: str) -> bool:
    heading = sections.detect_heading(line)
    return heading is not None and heading.canonical == "skills" and heading.rest is not None


def _one_line_roles(header: list[str], line: str) -> bool:
    """An undated header whose every line names an employer and a title, and a next line that
    does too ("Barista, Bean Cafe, Springfield, IL" / "Cashier, Zeta Foods, Inc."): a list of
    one-line roles, not one role's header."""
    return bool(header) and all(_role_lines([x]) for x in [*header, line])


def segment_by_headers(lines: list[str]) -> list[Block]:
    """Entries without dates: a header-like line after a body line starts a new entry."""
    blocks: list[Block] = []
    in_body = True
    for i, line in enumerate(lines):
        glyph = tx.bullet_glyph(line)
        starts_entry = not glyph and header_like(line, max_words=10)
        if starts_entry and blocks and _tool_list(line):
            starts_entry = False  # "Technologies: React, Node.js": the entry's own tool list
        if starts_entry and not in_body and _one_line_roles(blocks[-1].raw_header, line):
            in_body = True  # "Barista, Bean Cafe, Springfield" / "Cashier, Zeta Foods": a role each
        if (starts_entry and in_body) or not blocks:
            blocks.append(Block([], [], None, [], i, i))
            in_body = not starts_entry
        block = blocks[-1]
        block.stop = i + 1
        if starts_entry and not in_body and len(block.raw_header) < 3:
            rng = dates.find_range(line)
            block.header.extend(_cut_range(line, rng) if rng else [line])
            block.raw_header.append(line)
            if rng and block.range is None:
                block.range = rng
        else:
            block.body.append(line)
            in_body = True
    return blocks


ROLE_LIKE_SECTIONS = ("projects", "activities")


@dataclass(frozen=True, slots=True)
class EntryShape:
    """What a dated entry's header names, for telling roles from projects."""

    first: int  # index of the entry's first line
    header_titled: bool  # a title in the header
    titled: bool  # a title in the header, or the first body line a title of its own
    employer: bool  # an employer (or a project's name: see ``firm``)
    firm: bool  # a company word or a place with the employer


def entry_shapes(lines: list[str]) -> list[EntryShape]:
    """Each dated entry of ``lines`` (one segmentation, shared by ``continues_roles`` and
    ``roles_from``)."""
    _, blocks = segment_by_dates(lines)
    out: list[EntryShape] = []
    for b in blocks:
        role = parse_role_header(b.header)
        below = bool(b.body and header_like(b.body[0], max_words=8) and is_title(b.body[0].strip()))
        out.append(
            EntryShape(
                b.first,
                bool(role.position),
                bool(role.position) or below,
                bool(role.company),
                bool(role.company and (is_company(role.company) or role.location)),
            )
        )
    return out


_ROLES_FROM = 2  # the fewest entries (two with a company word or a place) that go on as roles


def roles_from(shapes: list[EntryShape]) -> tuple[int, int] | None:
    """Where the roles run to the end of a section: the first entry from which on every entry
    names an employer and half or more a title ("Globex Corporation, Product Manager,
    Springfield, IL 2013-2016"; the title may be the line under the dates), that entry one,
    two of them with a company word or a place -> (its first line, 0 for the first entry;
    how many entries from there), else None. Client projects named by a client and no title
    ("Acme Corp, Website Redesign, Springfield, IL") are no roles. Linear."""
    start = len(shapes)  # the entries from ``start`` on all name an employer
    while start and shapes[start - 1].employer:
        start -= 1
    titled_after = sum(s.titled for s in shapes[start:])
    firm_after = sum(s.firm for s in shapes[start:])
    for k in range(start, len(shapes)):
        left = len(shapes) - k
        if shapes[k].titled and 2 * titled_after >= left and firm_after >= _ROLES_FROM <= left:
            return (shapes[k].first if k else 0), left
        titled_after -= shapes[k].titled
        firm_after -= shapes[k].firm
    return None


def holds_roles(shapes: list[EntryShape]) -> bool:
    """Every entry names a title and an employer in its header, half of them or more with a
    company word or a place."""
    return (
        bool(shapes)
        and all(s.header_titled and s.employer for s in shapes)
        and 2 * sum(s.firm for s in shapes) >= len(shapes)
    )


def continues_roles(section: str, lines: list[str]) -> bool:
    """A "Projects" or "Activities" section right after Experience that holds roles only
    ("Senior Analyst" / "Contoso Infosystems Ltd  Pune" / "January 2014 to July 2019")."""
    return section in ROLE_LIKE_SECTIONS and holds_roles(entry_shapes(lines))
