"""Clean extracted text into lines, and the small line-level helpers every section uses.

Extractors leave artefacts that break naive parsing: ligatures, soft hyphens used as dashes,
one word per line (some Word PDFs through pypdf), letter-spaced names ("J A R E D"), page
numbers, running footers, and date ranges split over two lines ("2017 –" / "Present").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from atspro.analysis.resume import dates, europass
from atspro.analysis.resume.channels import EMAIL
from atspro.analysis.resume.heading_words import AMBIGUOUS_KEYS
from atspro.analysis.resume.heading_words import key as heading_key

# pypdf on some Word PDFs emits every word as "word\t\n \xa0next": a word break, not a line.
_PDF_WORD_BREAK = re.compile(r"\t\n[ \u00a0]+(?=\S)")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\x00-\x08\x0e-\x1f\x7f]")
_ANY_MARK = re.compile(r"[\u0300-\u036f]")
_FLOATING_MARK = re.compile(r"(?<=\w) ?([\u0300-\u036f])(\w)")
_HYPHENS = re.compile(r"[\u00ad\u2010\u2011\u2012\u2212\ufe63\uff0d]")
_HYPHEN_RUN = re.compile(r"-{2,}")
# Arabic-Indic and Persian digits ("٢٠١٩", "۲۰۱۹") read as ASCII digits (dates, phones): round 16.
_EASTERN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_EASTERN_DIGITS = {
    **{0x660 + n: str(n) for n in range(10)},
    **{0x6F0 + n: str(n) for n in range(10)},
}
# "٢٠٢١ - ٢٠١٨": two years of these digits, end first (a right-to-left PDF's order of
# "٢٠١٨ - ٢٠٢١"), written start first when read (round 16; an ASCII "2021 - 2018" stays as
# written: the parser counts no years for it).
_EASTERN_YEARS = re.compile(
    "(?<![\u0660-\u0669\u06f0-\u06f9])([\u0660-\u0669\u06f0-\u06f9]{4})([ \t]*[-–—][ \t]*)([\u0660-\u0669\u06f0-\u06f9]{4})"
    "(?![\u0660-\u0669\u06f0-\u06f9])"
)
_WIDE_GAP = re.compile(r"[ \t]*\t[ \t]*| {3,}")
_SPACES = re.compile(r" {2,}")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–]?\s*\d{1,2}\s*(?:(?:/|of)\s*\d{1,2})?\s*[-–]?$", re.IGNORECASE
)
_RUNNING_FOOTER = re.compile(r"(?:résumé|resume|curriculum\s*vitae|\bcv)\s*\d{1,2}$", re.IGNORECASE)
# "Page 2 of 3" ending a short line ("Dana Reyes - Page 2 of 3": a running header or footer)
# or glued before the next page's first line ("-Page2of2Quillby Corp.").
_PAGE_OF = r"page\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}"
# The lookbehind starts the separator run at its first character only: a long run of "| | |"
# is scanned once, not once from each of its characters (quadratic).
_PAGE_MARK_END = re.compile(rf"(?<![\s,;|–—-])[\s,;|–—-]*\b{_PAGE_OF}\s*$", re.IGNORECASE)
_PAGE_MARK_START = re.compile(rf"^[\s–—-]*{_PAGE_OF}\s*[–—-]?\s*", re.IGNORECASE)
# "Jane Doe – page 2", "Jane Doe | Page 2": a later page's running header with no "of N" (after a
# dash or bar; "Jane Doe | Page 1" heads the first page and may be all the name written)
_PAGE_N_END = re.compile(r"\s[|–—-]\s*page\s*(?:[2-9]|[1-9]\d{1,2})\s*$", re.IGNORECASE)
RUNNING_MAX_WORDS = 6  # words before a page mark that make a running header or footer
# A line repeating the header's e-mail ("Jane Doe | jane@example.com" atop page 2) is a running
# header when, the address taken out, at most this many words and no digit are left (a
# referee's or a supervisor's line names a phone or a post too) and it comes ``RUNNING_GAP``
# lines or more after the e-mail's first line (one of the first ``HEADER_LINES``).
RUNNING_CONTACT_MAX_WORDS = 4
RUNNING_GAP = 6
HEADER_LINES = 15
# "Resume" / "CV" alone beside such a line: the same running header's first line
_RUNNING_WORD = re.compile(r"^(?:r[ée]sum[ée]|cv|curriculum vitae)$", re.IGNORECASE)

BULLET_CHARS = "•·◦▪▫●○■□◆◇►▸▹➢➤➔→✓✔✗❖∙⁃‣⦿⦾*-–—>"
# Symbol fonts' bullets beyond that list (round 13): dingbat arrows ("➨", "➜"), "❑", "▶", "✦",
# "⇒". Read as "•" where they stand before an item (not stars or dots: they rate skills).
_SYMBOL_BULLETS = "\u2794-\u27bf\u2751\u2752\u25b6\u2726\u2727\u21d2"
_SYMBOL_BULLET = re.compile(rf"(?<!\S)[{_SYMBOL_BULLETS}](?=\s*\w)")
_BULLET = re.compile(rf"^(?:[{re.escape(BULLET_CHARS)}{_SYMBOL_BULLETS}]|[\ue000-\uf8ff])+\s*")


def word_set(text: str) -> frozenset[str]:
    """A readable way to write a set of words: one string, split on whitespace."""
    return frozenset(text.split())


# Words that stay lower-case in a Title Case heading or name.
_MINOR_WORDS = word_set(
    "a an and as at by de del der di du for from in into la le of on or the to van von via with y e"
)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’.\-&/+#]*")


def normalise(text: str, *, digits: bool = False) -> str:
    """Unicode and whitespace clean-up that keeps line structure. ``digits``: Arabic-Indic and
    Persian digits read as ASCII (the parser's path only: an export keeps the user's digits)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _PDF_WORD_BREAK.sub(" ", text)
    # "Ya ̆gmur": a PDF may emit an accent as a mark of its own before its letter.
    text = unicodedata.normalize("NFKC", text)  # a spacing breve becomes " " + mark here
    if _ANY_MARK.search(text):
        text = unicodedata.normalize("NFC", _FLOATING_MARK.sub(r"\2\1", text))
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n")
    text = text.replace("\x0c", "\n")
    text = _INVISIBLE.sub("", text)
    text = _HYPHENS.sub("-", text)
    if digits and _EASTERN_DIGIT.search(text):
        text = _EASTERN_YEARS.sub(_start_first, text).translate(_EASTERN_DIGITS)
    text = _SYMBOL_BULLET.sub("•", text)  # "➨Python  ➨SQL": items of a list, as "•" parts them
    return _HYPHEN_RUN.sub("-", text)


def _start_first(m: re.Match[str]) -> str:
    """Two years of Eastern digits, the earlier first."""
    first, sep, second = m.groups()
    if first.translate(_EASTERN_DIGITS) > second.translate(_EASTERN_DIGITS):
        return second + sep + first
    return m.group(0)


def close_gaps(line: str) -> str:
    """Each inner gap (a tab, three or more spaces) as a two-space column separator."""
    if "\t" not in line and "   " not in line:  # cheap tests first (what _WIDE_GAP reads)
        return line
    return _WIDE_GAP.sub("  ", line)


# A hostile or pasted line (a blob of "HTML/HTML/…", a run of bullets) is cut into pieces of at
# most this many characters before any rule reads it, so the parse stays bounded in time; the
# longest real line in the sample sets (after ``reflow``) is under 10,000 characters.
MAX_LINE_CHARS = 12_000
_LINE_CUT = re.compile(r"[\s,;|/•·]")  # where a too-long line is cut: a space or a separator


def bound_lines(text: str, max_chars: int = MAX_LINE_CHARS) -> str:
    """``text`` with every line longer than ``max_chars`` cut into lines of at most that many
    characters, each at the last space or separator that fits (a hard cut when none does)."""
    if max_chars <= 0 or all(len(line) <= max_chars for line in text.split("\n")):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > max_chars:
            cut = max_chars
            for m in _LINE_CUT.finditer(line, max_chars // 2, max_chars):
                cut = m.end()
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


# "Jane Doe - Page 2 of 3": a name (two to four capitalised words) beside a page mark.
_NAME_BESIDE_PAGE = re.compile(
    r"^[ \t]*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})[ \t]*[,;|–—-]*[ \t]*"
    r"(?i:page)[ \t]*\d{1,3}[ \t]*(?:(?i:of)|/)[ \t]*\d{1,3}[ \t]*$",
    re.MULTILINE,
)


def _only_name_written(text: str, line: str, seen: dict[str, int]) -> str | None:
    """ "Jane Doe - Page 2 of 3" where the name is written nowhere else (every page's footer
    is the only place): the name, once, for the name reader (round 16)."""
    m = _NAME_BESIDE_PAGE.match(line)
    if not m:
        return None
    if "" not in seen:  # counted once per text ("": the count is made)
        seen[""] = 0
        for found in _NAME_BESIDE_PAGE.finditer(text):
            seen[found[1]] = seen.get(found[1], 0) + 1
    head = m[1]
    if seen.get(head, 0) <= 0 or text.count(head) > seen[head]:
        return None
    seen[head] = -1  # kept once
    return head


def split_lines(text: str) -> list[str]:
    """Non-empty lines; inner gaps (tabs, 3+ spaces) become a two-space column separator."""
    lines: list[str] = []
    repeated: dict[str, bool] = {}  # a page-2 mark's words -> written elsewhere in the text too
    footer_names: dict[str, int] = {}  # a name beside "Page N of M" -> such lines (once kept: -1)
    footer_name: str | None = None
    for raw in text.split("\n"):
        line = close_gaps(raw).strip()
        if not line:
            continue
        line = _fix_letter_spacing(line)
        line = _undouble(line)
        numbered = line.rstrip()[-1:].isdecimal()  # both patterns below end in a number
        footer = numbered and len(line) <= 90 and _RUNNING_FOOTER.search(line)
        if _PAGE_NUMBER.match(line) or footer:
            continue
        end = _PAGE_MARK_END.search(line) if numbered else None
        if end is None and numbered and (end := _PAGE_N_END.search(line)):
            # "Jane Doe | Page 2" is a running header when its words are written elsewhere too;
            # as the only place the name is written it stays (the name reader cuts the mark)
            # (the words are counted first: one search of the text per distinct head)
            head = line[: end.start()].strip()
            if len(head.split()) <= RUNNING_MAX_WORDS and head not in repeated:
                repeated[head] = text.count(head) > 1
            end = end if repeated.get(head) else None
        if end and len(line[: end.start()].split()) <= RUNNING_MAX_WORDS:
            # the running header or footer; the name it alone writes goes after the last line
            # (in place it would be glued onto the bullet above it)
            footer_name = footer_name or _only_name_written(text, line, footer_names)
            continue
        line = _PAGE_MARK_START.sub("", line)
        if not line:
            continue
        lines.append(line)
    if footer_name:
        lines.append(footer_name)
    if europass.is_europass(text):
        lines = europass.europass_rows(lines)
    return _join_split_date_ranges(_without_running_contact(lines))


def _without_running_contact(lines: list[str]) -> list[str]:
    """``lines`` less the later short lines that repeat the header's e-mail address (a page-2
    running header "Jane Doe | jane@example.com", which would split a role in two)."""
    first = next(
        (i for i, x in enumerate(lines[:HEADER_LINES]) if "@" in x and EMAIL.search(x)), None
    )
    if first is None:
        return lines
    cut = first + RUNNING_GAP
    if "@" not in "".join(lines[cut:]):
        return lines
    own = {m.group().casefold() for m in EMAIL.finditer(lines[first])}

    def running(line: str) -> bool:
        found = {m.group().casefold() for m in EMAIL.finditer(line)} if "@" in line else set()
        rest = re.sub(r"[|•·,;:–—-]", " ", EMAIL.sub(" ", line))
        return (
            bool(found)
            and found <= own
            and len(rest.split()) <= RUNNING_CONTACT_MAX_WORDS
            and not any(c.isdigit() for c in rest)
        )

    drop = {i for i in range(cut, len(lines)) if running(lines[i])}
    drop |= {
        j
        for i in drop
        for j in (i - 1, i + 1)
        if cut <= j < len(lines) and _RUNNING_WORD.match(lines[j])
    }
    return [x for i, x in enumerate(lines) if i not in drop]


_WHOLE_WORD = 4  # letters of a token no letter-spaced run leaves ("JA N E" has none)
_WHOLE_WORDS = 2  # such tokens that make a line words, not letters


def _fix_letter_spacing(line: str) -> str:
    """ "JA N E  D O E" -> "JANE DOE" (letter-spaced display headings)."""
    tokens = line.split()
    if len(tokens) < 4 or len(line) > 80:
        return line
    # ("V. S. S. Pranavesh": initials with their stops are no letter-spacing)
    if sum(len(t) <= 2 and not t.endswith(".") for t in tokens) < 0.7 * len(tokens):
        return line
    # "Rated on a scale of 1 to 5 as follows": short words among whole ones are a sentence;
    # but "J A N E   D O E   Data Analyst": the spaced runs merge, the whole words stay apart
    if sum(len(t) >= _WHOLE_WORD and t.isalpha() for t in tokens) >= _WHOLE_WORDS:
        if "\t" in line:
            return line  # a tab-separated table's cells, as written
        runs = _RUN_GAP.split(line.strip())
        merged = [_merged_run(run) for run in runs]
        return line if merged == runs else " ".join(merged)  # (a column's gap kept otherwise)
    words = [w.replace(" ", "") for w in line.split("  ")]
    if any(len(w) > 30 for w in words):
        return line
    return " ".join(w for w in words if w)


_RUN_GAP = re.compile(r" {2,}")  # the gap between a letter-spaced line's words


def _merged_run(run: str) -> str:
    """A run of letters spaced one apart ("J A N E", "JA N E") as its word; any other run (words,
    "1 to 5", "of a") as written."""
    tokens = run.split()
    if (
        len(tokens) >= 2
        and all(len(t) <= 2 and t.isalpha() for t in tokens)
        and 2 * sum(len(t) == 1 for t in tokens) > len(tokens)
    ):
        return "".join(tokens)
    return run


def _undouble(line: str) -> str:
    """Some exporters write each run twice ("EngineerEngineer"): keep one copy."""
    n = len(line)
    if n < 16:
        return line
    half = n // 2
    for cut in (half, half + 1):
        first, second = line[:cut].strip(), line[cut:].strip()
        if first and first == second:
            return first
    if n <= _DOUBLED_LINE_MAX and _GLUED.search(line):
        # A web profile copied into Word (a screen reader's copy of each piece beside the
        # shown one) doubles pieces inside the line: "Acme Robotics · Full-timeAcme Robotics ·
        # Full-time Jan 2020 - …", "SpringfieldSpringfield": the employer read twice.
        return _DOUBLED_PIECE.sub(r"\1", line)
    return line


_DOUBLED_LINE_MAX = 400  # a profile's row is short; the search is quadratic in the line's length
_GLUED = re.compile(r"[a-z.)][A-Z]")  # a piece's copy glued to it: a word running into a capital
_DOUBLED_PIECE = re.compile(r"(?<!\w)([A-Z].{7,}?[a-z.)])\1(?!\w)")


def _join_split_date_ranges(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and dates.ends_with_open_range(out[-1]) and dates.starts_with_date(line):
            out[-1] = f"{out[-1]} {line}"
            continue
        if out and (_date_pair(out[-1], line) or dates.dashless_pair(out[-1], line)):
            # "July 2012" / "till date", "January" / "May 2011": one range on two lines.
            out[-1] = f"{out[-1]} – {line}"
            continue
        cut = dates.open_range_at_start(out[-1], line) if out else None
        end = dates.leading_date(line) if cut is not None else None
        if cut is not None and end is not None:
            # "June 2020 – Developer, OpenAI" + "Present Working on…": the end date belongs above.
            out[-1] = f"{out[-1][:cut]}{end} {out[-1][cut:]}"
            line = line[len(end) :].strip()
            if not line:
                continue
        out.append(line)
    return out


_DATE_ONLY = re.compile(rf"^\(?(?:{dates.DATE}|{dates.MONTH})\)?$", re.IGNORECASE)
_OPEN_PAREN_DATE = re.compile(rf"\(\s*(?:{dates.DATE})$", re.IGNORECASE)
_CLOSE_PAREN_END = re.compile(rf"^(?:{dates.DATE}|{dates.PRESENT})\)$", re.IGNORECASE)
_END_ONLY = re.compile(rf"^\(?(?:{dates.DATE}|{dates.PRESENT})\)?$", re.IGNORECASE)


def _date_pair(first: str, second: str) -> bool:
    """Two lines that are one date each and read as a range (the end not before the start);
    or "Paralegal (2013" / "present)"."""
    if second.endswith(")") and "(" in first:
        return bool(_OPEN_PAREN_DATE.search(first) and _CLOSE_PAREN_END.match(second))
    if len(first) > 20 or len(second) > 20 or not _DATE_ONLY.match(first.strip()):
        return False
    if not _END_ONLY.match(second.strip()):
        return False
    joined = dates.find_range(f"{first.strip(' ()')} – {second.strip(' ()')}")
    if joined is None or joined.start is None:
        return False
    return joined.is_current or dates.month_index(joined.end or "0") >= dates.month_index(
        joined.start
    )


# ------------------------------------------------------------------------------ line helpers


_LETTER_O_BULLET = re.compile(r"^o\s+(?=[A-Z0-9])")  # Word's sub-bullet, as text


@lru_cache(maxsize=4096)  # asked of the same line by many rules
def bullet_glyph(line: str) -> str | None:
    """The bullet character a line starts with, if any ("- " and "* " need a following space)."""
    if _LETTER_O_BULLET.match(line):
        return "o"
    m = _BULLET.match(line)
    if not m:
        return None
    glyph = m.group(0).strip()
    if not glyph:
        return None
    if glyph[0] in "-–—*>" and (len(m.group(0)) == len(glyph) or len(line) == len(glyph)):
        return None  # "-5%" or "--" is not a bullet
    return glyph[0]


@lru_cache(maxsize=4096)  # asked of the same line by many rules
def strip_bullet(line: str) -> str:
    glyph = bullet_glyph(line)
    if glyph is None:
        return line.strip()
    if glyph == "o":
        return _LETTER_O_BULLET.sub("", line, count=1).strip()
    return _BULLET.sub("", line, count=1).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def capitalised_ratio(text: str) -> float:
    """Share of the significant words that start with a capital (headers ~1, sentences ~0.2)."""
    significant = [w for w in words(text) if w.lower() not in _MINOR_WORDS]
    if not significant:
        return 0.0
    return sum(w[0].isupper() for w in significant) / len(significant)


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


_FUNCTION_END = re.compile(
    r"(?:\b(?:and|or|of|the|to|in|for|with|by|a|an|on|at|from|as|into|via|using|including)"
    r"|[,;:&/(+\-–])$",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?]['\")\]]?$")


def _ends_sentence(text: str) -> bool:
    """``text`` ends with a full stop, "!" or "?" (maybe closed by a quote or bracket). Only
    its last characters are searched: an item joined from many lines is not scanned again."""
    return bool(_TERMINAL.search(text, max(0, len(text) - 3)))


_BULLET_VERBS = word_set(
    """manage lead develop build create design implement maintain use provide speak install
    meet compute monitor prepare oversee engage perform complete handle train negotiate direct
    automate collaborate coordinate support ensure write deliver drive own run analyze analyse
    assist help conduct establish improve increase reduce optimize optimise mentor work serve
    plan organize organise review test deploy migrate architect spearhead launch ship define
    research identify resolve respond communicate partner participate contribute responsible
    set answer assess advise update produce oversaw led built wrote ran drove made met took
    grew won taught"""
)


def join_wrapped(lines: list[str]) -> list[str]:
    """Re-join items that the layout wrapped over several lines.

    Glyph bullets start items. Without glyphs, a line continues the previous item when it
    starts in lower case or with a digit, when the previous line ends mid-phrase ("and", ",",
    "-"), or — when the block's items end with full stops — when the previous one did not.
    """
    has_glyphs = any(bullet_glyph(line) for line in lines)
    sentence_style = sum(_ends_sentence(line) for line in lines) >= max(1, len(lines) // 4)
    items: list[str] = []
    item_glyph: str | None = None  # the glyph the last item opened with
    for n, line in enumerate(lines):
        glyph = bullet_glyph(line)
        body = strip_bullet(line)
        if not body:
            continue
        if not items or glyph:
            items.append(body)
            item_glyph = glyph
            continue
        prev = items[-1]
        if has_glyphs:
            # In a glyph list a line without a glyph is a wrapped continuation, unless the
            # previous item ended its sentence and this one starts a new one, or it is a
            # sub-heading's word alone between two items ("Conferences", "Training").
            cont = not (_ends_sentence(prev) and body[0].isupper()) and not (
                n + 1 < len(lines)
                and lone_item_word(body, item_glyph, bullet_glyph(lines[n + 1]))
                and _ends_an_item(prev)
            )
        else:
            cont = (
                body[0].islower()
                or body[0].isdigit()
                or body[0] in "([%&"
                or prev.endswith("-")
                or (
                    (
                        bool(_FUNCTION_END.search(prev))
                        or (sentence_style and not _ends_sentence(prev))
                    )
                    and not starts_with_verb(body)
                )
            )
        if cont:
            items[-1] = prev + body if prev.endswith("-") else f"{prev} {body}"
        else:
            items.append(body)
            item_glyph = None
    return [collapse(item) for item in items]


def lone_item_word(word: str, before: str | None, after: str | None) -> bool:
    """ "- Built the monthly reports" / "Training" / "- Spoke at two trade fairs": one
    ambiguous heading word alone in Title Case ("Training", "Conferences", "Research": a list's
    item or a sub-heading among a role's items as often as a heading) between two items opened
    by one glyph (``before``, ``after``: their glyphs). The one shape both the section reader
    (no heading) and :func:`join_wrapped` (an item of its own) read."""
    return (
        before is not None
        and before == after
        and word.isalpha()
        and word[:1].isupper()
        and not is_all_caps(word)
        and heading_key(word) in AMBIGUOUS_KEYS
    )


# Words a noun still follows: numbers, quantifiers, determiners ("across three" / "Research").
_OPEN_WORDS = word_set(
    """one two three four five six seven eight nine ten eleven twelve twenty fifty hundred
    several many multiple various all both each every other few some new key our their its
    his her my your this these those"""
)
# Endings of the adjectives that go on into a noun ("the annual" / "Conferences").
_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ful", "ly", "ary")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W{0,2}$")


def _ends_an_item(prev: str) -> bool:
    """``prev`` (an item, no full stop) ends as a phrase that is whole: its last word lower
    case (a capitalised one opens a compound with the next line's word: "in Customer" /
    "Service", "company Leadership" / "Training"), no function word, number, quantifier or
    adjective that a noun would follow ("across three" / "Research", "the annual" /
    "Conferences")."""
    m = _LAST_WORD.search(prev, max(0, len(prev) - 40))
    if m is None or _FUNCTION_END.search(prev):
        return False
    last = m.group(1)
    return (
        last.islower()
        and last not in _OPEN_WORDS
        and not (len(last) >= 5 and last.endswith(_ADJECTIVE_ENDS))
    )


def starts_with_verb(text: str) -> bool:
    """ "Advised …", "Leading …", "Manage …": the way a new bullet starts, not a wrapped line."""
    m = re.match(r"([A-Z][a-z]+)\b", text)
    if not m:
        return False
    word = m.group(1).lower()
    return (
        word in _BULLET_VERBS
        or (word.endswith("ed") and len(word) > 4)
        or (word.endswith("ing") and len(word) > 5)
    )


def paragraph(lines: list[str]) -> str:
    """Lines of running text -> one paragraph (hyphenated line ends kept as written)."""
    out = ""
    for line in lines:
        body = strip_bullet(line)
        if not body:
            continue
        if not out:
            out = body
        elif out.endswith("-"):
            out += body
        else:
            out += " " + body
    return collapse(out)


def balanced(text: str) -> str:
    """Strip a dangling "(" or ")" left by splitting; keep "(CPA)" and "(Front-End)"."""
    text = text.strip()
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip()
    return text
