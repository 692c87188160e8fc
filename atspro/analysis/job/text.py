"""Job posting text -> cleaned lines with sections and required/preferred cues.

Pure helpers for ``job.py``. The output is a :class:`JobDoc`: one cleaned string (bullets and
markdown removed) plus the lines it is made of, the section each line belongs to and, for every
character range, whether a skill mentioned there reads as *required*, *preferred* or as company
boilerplate to *ignore*. Skill hits, years and degrees found in ``JobDoc.text`` are then labelled
with :meth:`JobDoc.label_at`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

Label = Literal["req", "pref", "ignore"]

# Section kinds. BODY is text before any heading; OTHER is a heading we do not know.
TITLE = "title"
SUMMARY = "summary"
COMPANY = "company"
RESPONSIBILITIES = "responsibilities"
REQUIRED = "required"
PREFERRED = "preferred"
BENEFITS = "benefits"
EEO = "eeo"
APPLY = "apply"
OTHER = "other"
BODY = "body"

# Real postings have a handful of amounts, year counts and degrees; text with thousands of
# them is junk, and examining each would make parsing slow on adversarial input.
MAX_CANDIDATES = 300

# Sections whose words describe the employer, not the job: skills there are not requirements.
IGNORED_SECTIONS = frozenset({COMPANY, BENEFITS, EEO, APPLY})

# ------------------------------------------------------------------------ normalisation ---

_TRANSLATE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\t": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2028": "\n",
        "\u2029": "\n",
        "\x0c": "\n",
        "\x0b": "\n",
        "\r": "\n",
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ ]{2,}")
_BULLET = re.compile(
    r"^(?:[-*+•●▪◦·‣⁃∙○■□➢➤►▸▹✓✔☑→»–—]\s*|\(?\d{1,2}[.)]\s+|\(?[a-hA-H][.)]\s+|[ivx]{1,4}[.)]\s+)"
)
_MID_BULLET = re.compile(r"\s+[•●▪◦‣➢➤►✓✔☑]\s*")
_MD_HEADING = re.compile(r"^#{1,6}\s+")  # "#python" is a hashtag, not a heading
# Emoji that Telegram posts put before headings and list items ("📌 Requirements:", "✅ SQL").
_EMOJI_PREFIX = re.compile(
    r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u25A0-\u25FF]"
    r"[\ufe0f\u20e3]?\s*)+"
)
_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:[^)\s]{1,500})\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.{1,80}?)(?:\*\*|__):?$")


def normalize_text(text: str) -> str:
    """Unify spaces, quotes and line breaks so the regexes below see one spelling."""
    text = text.replace("\r\n", "\n").translate(_TRANSLATE)
    return _CONTROL.sub("", text)


# --------------------------------------------------------------------------- headings ---

_HEADING_RULES: list[tuple[str, re.Pattern[str]]] = [
    (TITLE, re.compile(r"^(?:job |position |role )?title$|^(?:the )?position$|^role$|^job$")),
    (
        PREFERRED,
        re.compile(
            r"\b(?:preferred|preferable|nice to haves?|good to haves?|bonus|pluses|plus|desired|"
            r"desirable|recommended|extra credit|even better|would be (?:great|nice)|advantageous|"
            r"optional|not required|ideally|added advantage|assets?|stand out|differentiators?|"
            r"meriting|merits?|even better|great if)\b"
        ),
    ),
    (
        EEO,
        re.compile(
            r"equal (?:employment )?opportunit|\beeo\b|diversity|inclusion|accommodation|"
            r"non ?discrimination|disclaimer|privacy|legal"
        ),
    ),
    (
        BENEFITS,
        re.compile(
            r"benefit|perks|what we offer|we offer|our offer|compensation|salary|\bpay\b|"
            r"why (?:join|work)|what s in it for you|what you get|total rewards|package|rewards"
        ),
    ),
    (
        APPLY,
        re.compile(r"how to apply|\bapply\b|application|next steps|(?:interview|hiring) process"),
    ),
    (
        SUMMARY,
        re.compile(
            r"about (?:the|this) (?:role|job|position|opportunity)|(?:job|position|role) "
            r"(?:summary|description|overview|purpose)|overview|summary|the opportunity|^the role$|"
            r"^description$|introduction|^purpose|^about the team$|^the team$|^job details$"
        ),
    ),
    (
        REQUIRED,
        re.compile(
            r"requirement|qualification|must ?haves?|require|what you (?:ll |will )?(?:bring|need|have)|"
            r"you have|you bring|who you are|about you|profile|skills|experience|looking for|"
            r"essential|competenc|knowledge|expertise|background|ideal candidate|candidate|"
            r"you should have|you will need|what it takes|criteria|eligibility|education|\bmust\b|"
            r"need to|abilities|tech stack|technologies|our stack|tools"
        ),
    ),
    (
        RESPONSIBILITIES,
        re.compile(
            r"responsib|what you (?:ll |will )?(?:do|be doing|work on|achieve)|duties|your role|"
            r"day to day|impact|accountabilit|key tasks|functions|in this role|mission|tasks|"
            r"^the job$|the work|your day|you will|you ll|role and|scope"
        ),
    ),
    (
        COMPANY,
        re.compile(
            r"^about\b|who we are|our (?:story|company|team|culture|values|mission)|company|"
            r"^the team$|^culture$|^why us$"
        ),
    ),
]


# Words a short unmarked line may consist of to be read as a heading ("Requirements",
# "What you'll do"), so that a bare list item like "Experience with SQL" is not one.
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_HEADING_WORDS = _word_set(
    """
    a about additional and are basic be bonus bring core desired desirable do doing duties
    education essential experience for functions get good have having ideal job key knowledge
    looking main minimum must need nice of offer on our perks plus pluses position preferred
    profile qualifications required requirements responsibilities role skills summary team tech
    stack technical the this to we what who will with work you you'll your benefits
    responsibility requirement qualification overview description company culture mission apply
    how why join us candidate details compensation competencies abilities the day in it takes
    expect expected should can bonus points extra credit would great optional title name
    criteria assets asset meriting merits if we're you'll you're you've looking include
    includes must-have must-haves nice-to-have nice-to-haves good-to-have good-to-haves
    requisites prerequisites even better especially ideally also love really
    """
)

_NORM_HEADING = re.compile(r"[^a-z0-9'&+ ]+")


def _heading_key(text: str) -> str:
    key = _NORM_HEADING.sub(" ", text.lower().replace("'", " "))
    return " ".join(key.split())


def classify_heading(text: str) -> str | None:
    """Section kind of a heading text, or None when it is not a heading we know."""
    key = _heading_key(text)
    if not key or len(key) > 60:
        return None
    for kind, pattern in _HEADING_RULES:
        if pattern.search(key):
            return kind
    return None


def _looks_like_bare_heading(text: str) -> bool:
    """A short line made only of heading words, e.g. 'Nice to have' or 'About the role'."""
    words = text.lower().replace("’", "'").rstrip(":").split()
    if not words or len(words) > 8:
        return False
    if words[0] == "about" and 1 < len(words) <= 4 and text[:1].isupper():
        return True  # "About Acme Corp"
    return all(w.strip("&,.()-") in _HEADING_WORDS for w in words if w.strip("&,.()-"))


# ------------------------------------------------------------------------ meta labels ---

_META_LABELS: dict[str, str] = {
    "job title": "title",
    "title": "title",
    "position": "title",
    "position title": "title",
    "role": "title",
    "job": "title",
    "job name": "title",
    "company": "company",
    "company name": "company",
    "employer": "company",
    "organization": "company",
    "organisation": "company",
    "hiring company": "company",
    "hiring organization": "company",
    "hiring organisation": "company",
    "client": "company",
    "location": "location",
    "locations": "location",
    "job location": "location",
    "work location": "location",
    "office": "location",
    "office location": "location",
    "based in": "location",
    "city": "location",
    "where": "location",
    "employment type": "employment_type",
    "job type": "employment_type",
    "type": "employment_type",
    "contract type": "employment_type",
    "employment": "employment_type",
    "schedule": "employment_type",
    "work type": "employment_type",
    "commitment": "employment_type",
    "work mode": "work_mode",
    "workplace type": "work_mode",
    "workplace": "work_mode",
    "remote": "work_mode",
    "work arrangement": "work_mode",
    "salary": "salary",
    "salary range": "salary",
    "pay": "salary",
    "pay range": "salary",
    "compensation": "salary",
    "base salary": "salary",
    "rate": "salary",
    "seniority": "seniority",
    "seniority level": "seniority",
    "level": "seniority",
    "experience level": "seniority",
    "career level": "seniority",
    "department": "department",
    "team": "department",
}
_LABEL_LINE = re.compile(r"^([A-Za-z][A-Za-z /&'-]{0,30}?)\s*[:|–—]\s*(\S.{0,300})$")
_INLINE_HEADING = re.compile(r"(?<=[.!?;])\s+([A-Z][A-Za-z'& /-]{2,40}?):\s+(?=\S)")

# ---------------------------------------------------------------------------- cues ---

_PREF_CUE = re.compile(
    r"\b(?:preferred|preferably|preferable|ideally|desired|desirable|nice[- ]to[- ]haves?|"
    r"good[- ]to[- ]haves?|bonus(?:\s+points?)?|pluses|a\s+(?:big\s+|huge\s+|definite\s+|real\s+)?plus|"
    r"plus\s*:|(?:is|be|are)\s+(?:an?\s+)?(?:big\s+|huge\s+|definite\s+|strong\s+|real\s+|added\s+)?"
    r"(?:plus|bonus|advantage|asset)|advantageous|optional|not\s+(?:required|mandatory|necessary|essential)|"
    r"extra\s+credit|even\s+better|would\s+be\s+(?:great|nice|helpful|beneficial|ideal)|"
    r"(?:is|are|be)\s+(?:helpful|beneficial|appreciated|welcome)|we(?:'d|\s+would)\s+love|would\s+love|"
    r"an\s+advantage|added\s+advantage|is\s+a\s+bonus)\b",
    re.IGNORECASE,
)
_REQ_CUE = re.compile(
    r"\b(?:required|requires?|must|mandatory|essential|need(?:s|ed)?\s+(?:to\s+)?have|minimum|"
    r"at\s+least|\d+\s*\+?\s*(?:years?|yrs)|proven|strong|solid|expert|proficien\w*|deep|"
    r"extensive|demonstrated)\b",
    re.IGNORECASE,
)
# A clause with its own subject ("you know SQL") does not take a cue from the next clause.
_SUBJECT = re.compile(r"\b(?:you|we|i|they|candidates?|applicants?)\b", re.IGNORECASE)
_SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|;\s*|\s+(?:but|whereas|while|however)\s+", re.IGNORECASE
)
_PIECE_SPLIT = re.compile(r",\s*|\s+(?:and|or|as well as|and/or)\s+|\s*&\s*|\s*/\s*(?=[A-Za-z])")
_LEADING_JOINER = re.compile(r"^(?:and|or|with|plus|also|-|\()\s+", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]{0,200})\)")


@dataclass(slots=True)
class Line:
    text: str
    start: int  # offset in JobDoc.text
    section: str
    heading: bool = False
    bullet: bool = False
    label: str | None = None  # meta label ("location") when the line is "Label: value"
    value: str | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class JobDoc:
    text: str
    lines: list[Line]
    sections: list[tuple[str, str]] = field(default_factory=list)  # (heading text, kind)
    meta: dict[str, str] = field(default_factory=dict)  # first value per meta label
    _span_starts: list[int] = field(default_factory=list)
    _span_labels: list[Label] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list)

    def label_at(self, pos: int) -> Label:
        """Whether a mention at ``pos`` reads as required, preferred or boilerplate."""
        i = bisect.bisect_right(self._span_starts, pos) - 1
        return self._span_labels[i] if i >= 0 else "req"

    def line_at(self, pos: int) -> Line | None:
        i = bisect.bisect_right(self._line_starts, pos) - 1
        return self.lines[i] if 0 <= i < len(self.lines) else None


# ------------------------------------------------------------------------- segmenting ---


@dataclass(slots=True)
class _Raw:
    text: str
    marked: bool  # markdown heading or a bold-only line
    bullet: bool
    decorated: bool  # began with an emoji: a bullet unless it reads as a heading or label
    blank_before: bool = False


def _clean_line(raw: str) -> _Raw:
    """One raw line with heading, emoji and bullet markers removed and noted."""
    line = raw.strip().lstrip(">").strip()
    marked = False
    if _MD_HEADING.match(line):
        line = _MD_HEADING.sub("", line).strip().rstrip("#").strip()
        marked = True
    bold = _BOLD_LINE.match(line)
    if bold:
        line = bold.group(1).strip() + (":" if raw.rstrip().endswith(":") else "")
        marked = True
    decorated = False
    emoji = _EMOJI_PREFIX.match(line)
    if emoji and len(line) > emoji.end():
        line = line[emoji.end() :].strip()
        decorated = True
    bullet = False
    m = _BULLET.match(line)
    if m and len(line) > m.end():
        line = line[m.end() :].strip()
        bullet = True
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_EMPH.sub(r"\2", line)
    line = _SPACES.sub(" ", line.replace("`", ""))
    return _Raw(line.strip(), marked, bullet, decorated)


def _split_raw_lines(text: str) -> list[str]:
    """Lines, with inline bullets ('• a • b') and inline headings ('. Requirements: x') split."""
    out: list[str] = []
    for raw in text.split("\n"):
        if _MID_BULLET.search(raw):
            raw = _MID_BULLET.sub("\n• ", raw)
        for part in raw.split("\n"):
            start = 0
            for m in _INLINE_HEADING.finditer(part):
                if classify_heading(m.group(1)) or m.group(1).lower() in _META_LABELS:
                    out.append(part[start : m.start()])
                    start = m.start()
            out.append(part[start:])
    return out


_SPLIT_SUFFIX = re.compile(
    r"(?:[a-z]{1,3}|[a-z]*(?:tion|tions|sion|ment|ments|ing|ity|ities|ness|ance|ence|able|ible|"
    r"ally|ical|ular|ous|ive|ized|izes|ise|ised))\b"
)
_HYPHEN_PREFIXES = _word_set(
    """
    non co pre re self cross multi inter sub semi anti post well high low full part long short
    real end front back open user client server data cloud mid over under
    """
)
_CONTINUES = re.compile(r"(?:[,\-–/(]|\b(?:and|or|of|the|a|an|to|in|with|for|such as|including))$")


def _reflow(items: list[_Raw]) -> list[_Raw]:
    """Join lines hard-wrapped by PDF export or e-mail back into one line each.

    A line continues the previous one when it starts in lower case (or the previous one ends
    mid-phrase) and is not a new bullet, heading or paragraph.
    """
    merged: list[_Raw] = []
    for item in items:
        starts_item = item.bullet or item.decorated or item.marked or item.blank_before
        if merged and not starts_item:
            prev = merged[-1]
            ends_open = not prev.text.endswith((".", ":", ";", "!", "?"))
            starts_lower = item.text[:1].islower()
            if (
                not prev.marked
                and ends_open
                and ((starts_lower and len(prev.text) >= 30) or _CONTINUES.search(prev.text))
            ):
                joined = prev.text + " " + item.text
                if prev.text.endswith("-") and starts_lower:
                    # "man-/agement" was hyphenated by the layout; "object-/oriented" was not.
                    stem = prev.text[:-1].rsplit(" ", 1)[-1].lower()
                    keep = stem in _HYPHEN_PREFIXES or not _SPLIT_SUFFIX.match(item.text)
                    joined = (prev.text if keep else prev.text[:-1]) + item.text
                prev.text = joined
                continue
        merged.append(item)
    return merged


def _heading_of(text: str, marked: bool, bullet: bool) -> tuple[bool, str | None]:
    """(is_heading, kind) for a cleaned line."""
    if bullet or not text:
        return False, None
    words = len(text.split())
    stripped = text.rstrip(":").strip()
    kind = classify_heading(stripped)
    if marked and words <= 12:
        return True, kind or OTHER
    if text.endswith(":") and words <= 8 and not re.search(r"[.!?;,]", stripped):
        return True, kind or OTHER
    if words <= 8 and not re.search(r"[.!?;,:]$", text):
        if kind and _looks_like_bare_heading(stripped):
            return True, kind
        letters = [c for c in stripped if c.isalpha()]
        if len(letters) >= 4 and all(c.isupper() for c in letters):  # "REQUIREMENTS"
            return True, kind or OTHER
    return False, None


def segment(text: str) -> JobDoc:
    """Split a posting into labelled lines. Never raises on odd input."""
    text = normalize_text(text)
    items: list[_Raw] = []
    blank = False
    for raw in _split_raw_lines(text):
        if not raw or raw.isspace():
            blank = True
            continue
        item = _clean_line(raw)
        if not item.text or (item.text.isdigit() and len(item.text) <= 3):  # page number
            blank = True
            continue
        item.blank_before = blank
        items.append(item)
        blank = False
    items = _reflow(items)

    lines: list[Line] = []
    sections: list[tuple[str, str]] = []
    meta: dict[str, str] = {}
    section = BODY
    line_section: str | None = None  # an inline "Nice to have: x" scope: only bullets after it
    pos = 0
    for item in items:
        cleaned, marked, bullet = item.text, item.marked, item.bullet
        is_heading, kind = _heading_of(cleaned, marked, bullet)
        if item.decorated and not bullet and not is_heading and not _LABEL_LINE.match(cleaned):
            bullet = True  # "✅ Python": an emoji list item
        label = value = None
        current = section
        if is_heading and kind:
            section = kind
            line_section = None
            current = kind
            sections.append((cleaned.rstrip(":").strip(), kind))
        else:
            m = _LABEL_LINE.match(cleaned) if not bullet else None
            if m:
                key = " ".join(m.group(1).lower().split())
                head_kind = classify_heading(m.group(1)) if len(m.group(1).split()) <= 5 else None
                if key in _META_LABELS:
                    label, value = _META_LABELS[key], m.group(2).strip()
                    meta.setdefault(label, value)
                    if label == "salary":
                        current = BENEFITS
                    line_section = None
                elif head_kind and head_kind != TITLE:
                    current = line_section = head_kind
                    sections.append((m.group(1).strip(), head_kind))
                else:
                    line_section = None
                    current = section
            elif bullet and line_section:
                current = line_section
            else:
                line_section = None
        lines.append(Line(cleaned, pos, current, is_heading, bullet, label, value))
        pos += len(cleaned) + 1
    doc = JobDoc("\n".join(line.text for line in lines), lines, sections, meta)
    doc._line_starts = [line.start for line in lines]
    _label_spans(doc)
    return doc


# ------------------------------------------------------------------------------ cues ---


def _default_label(section: str) -> Label:
    if section in IGNORED_SECTIONS:
        return "ignore"
    if section == PREFERRED:
        return "pref"
    return "req"


def _cue_of(piece: str) -> tuple[Label | None, bool]:
    """(cue, cue_is_prefix) for one comma/and-separated piece of a sentence."""
    m = _PREF_CUE.search(piece)
    if m:
        lead = _LEADING_JOINER.sub("", piece.lstrip(" ,;:-(")).lower()
        prefix = lead.startswith(m.group(0).lower().split()[0]) or piece[m.end() :].lstrip()[
            :1
        ] in (":", "-")
        return "pref", prefix
    if _REQ_CUE.search(piece):
        return "req", False
    return None, False


def _sentence_labels(sentence: str, default: Label) -> list[tuple[int, int, Label]]:
    """Label the pieces of one sentence; offsets are relative to the sentence."""
    if default == "ignore" or not _PREF_CUE.search(sentence):
        # Without a nice-to-have cue every piece keeps the section's label.
        return [(0, len(sentence), default)]
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _PIECE_SPLIT.finditer(sentence):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(sentence):
        bounds.append((start, len(sentence)))
    if not bounds:
        return [(0, len(sentence), default)]
    cues = [_cue_of(sentence[a:b]) for a, b in bounds]
    labels: list[Label | None] = [c for c, _ in cues]
    # Prefix cues ("Ideally:", "bonus points for") carry forward to uncued pieces.
    for i, (cue, prefix) in enumerate(cues):
        if cue == "pref" and prefix:
            for j in range(i + 1, len(bounds)):
                if cues[j][0] is not None:
                    break
                labels[j] = "pref"
    # Suffix cues ("X, Y or Z is a plus") carry back over uncued pieces without a subject.
    for i, (cue, prefix) in enumerate(cues):
        if cue == "pref" and not prefix:
            for j in range(i - 1, -1, -1):
                if cues[j][0] is not None or labels[j] is not None:
                    break
                if _SUBJECT.search(sentence[bounds[j][0] : bounds[j][1]]):
                    break
                labels[j] = "pref"
    out: list[tuple[int, int, Label]] = []
    for (a, b), label in zip(bounds, labels, strict=True):
        if default == "ignore":
            final: Label = "ignore"
        elif default == "pref":
            final = "pref"  # "3+ years of Go" under "Nice to have" is still nice to have
        else:
            final = label or default
        out.append((a, b, final))
    return out


_CUE_MODIFIERS = _word_set("strongly highly very but not definitely would also though")


def _is_bare_cue(text: str) -> bool:
    """'(preferred)', '(a plus)', '(required)': a cue with nothing else in it."""
    if not (_PREF_CUE.search(text) or _REQ_CUE.search(text)):
        return False
    rest = _REQ_CUE.sub(" ", _PREF_CUE.sub(" ", text)).lower()
    return all(w in _CUE_MODIFIERS for w in re.findall(r"[a-z]{3,}", rest))


def _label_text(text: str, default: Label) -> list[tuple[int, int, Label]]:
    """Label a line: parenthesised asides get their own sentences unless they are only a cue."""
    if default == "ignore" or not _PREF_CUE.search(text):
        return [(0, len(text), default)]
    asides = [
        m
        for m in _PAREN.finditer(text)
        # "(preferred)" qualifies what precedes it: keep such a cue in the outer sentence.
        if not _is_bare_cue(m.group(1))
    ]
    if not asides:
        return _label_sentences(text, default)
    masked = list(text)
    for m in asides:
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
    outer = _label_sentences("".join(masked), default)
    spans = list(outer)
    for m in asides:
        # An aside without a cue of its own reads like the words around it: "(e.g. AWS, GCP)
        # is a plus" is a plus.
        around = next((lab for a, b, lab in outer if a <= m.start() < b), default)
        for off, end, lab in _label_sentences(m.group(1), around):
            spans.append((m.start(1) + off, m.start(1) + end, lab))
        # Resume the outer sentence's label right after the aside.
        resume = next((lab for a, b, lab in outer if a <= m.end() < b), None)
        if resume:
            spans.append((m.end(), m.end(), resume))
    return spans


def _label_sentences(text: str, default: Label) -> list[tuple[int, int, Label]]:
    spans: list[tuple[int, int, Label]] = []
    start = 0
    for m in [*_SENTENCE_SPLIT.finditer(text), None]:
        end = m.start() if m else len(text)
        if end > start:
            for a, b, lab in _sentence_labels(text[start:end], default):
                spans.append((start + a, start + b, lab))
        if m:
            start = m.end()
    return spans


def _label_spans(doc: JobDoc) -> None:
    spans: list[tuple[int, Label]] = []
    for line in doc.lines:
        default = _default_label(line.section)
        if line.heading:
            spans.append((line.start, "ignore"))
            continue
        body = line.text
        offset = line.start
        if line.label and line.value is not None:
            offset += len(body) - len(line.value)
            body = line.value
            spans.append((line.start, "ignore"))
        local = sorted(_label_text(body, default))
        if not local:
            spans.append((line.start, default))
        for a, _b, lab in local:
            spans.append((offset + a, lab))
    spans.sort(key=lambda s: s[0])
    doc._span_starts = [s for s, _ in spans]
    doc._span_labels = [lab for _, lab in spans]
