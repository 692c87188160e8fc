"""Find section headings and cut the lines into canonical sections.

A heading is recognised by its words, whatever the styling: "WORK EXPERIENCE", "Work History",
"Experience:", "WorkExperience" (PDF text without spaces), "EXPERIENCESoftware Engineer…"
(heading glued to the next line) or "Skills: Python, SQL" (heading with its content).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from atspro.analysis.letters import is_word, one_edit
from atspro.analysis.resume import dates
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.heading_words import AMBIGUOUS_KEYS as _AMBIGUOUS_KEYS
from atspro.analysis.resume.heading_words import LOOKUP as _LOOKUP
from atspro.analysis.resume.heading_words import SYNONYMS
from atspro.analysis.resume.heading_words import key as _key
from atspro.analysis.taxonomy.skills import get_index

# The heading words (canonical name -> synonyms: English, foreign, a table per language) live in
# heading_words.

# Headings that may carry their content after a colon ("Skills: Python, SQL").
_INLINE_OK = frozenset(
    ("summary", "skills", "languages", "certifications", "interests", "links", "awards",
     "coursework", "objective", "education")
)  # fmt: skip


# "EXPERIENCESoftware Engineer": an all-caps heading glued to a capitalised word.
_GLUED = re.compile(
    r"^(?P<head>"
    + "|".join(
        sorted(
            {re.escape(n.upper()) for names in SYNONYMS.values() for n in names if len(n) > 4},
            key=len,
            reverse=True,
        )
    )
    + r")(?=[A-Z][a-z])"
)
_EXPERIENCE_ENDINGS = (
    "experience", "experiences", "employment", "employmentrecord", "employmenthistory",
    "workhistory", "careerhistory", "workrecord", "positionsheld",
)  # fmt: skip
# "Adjunct Academic Positions", "Hospital Appointments": a CV's blocks of posts, in a short
# heading only ("Targeting Software Engineering Positions" is an objective).
_POSITION_ENDINGS = ("positions", "appointments")
_POSITION_WORDS = 3
_EXPERIENCE_IN = re.compile(
    r"(?:related|relevant|other|additional|professional|teaching|clinical|previous|prior"
    r"|industry|practical)experiencein[a-z]{3,30}$"
)
_EXPERIENCE_IN_WORDS = 6
# "PROFESSIONAL ASSOCIATION MEMBERSHIPS", "Professional Membership": a short heading of bodies
# the person belongs to.
_ACTIVITY_ENDINGS = ("memberships", "membership", "associations", "affiliations")
_ACTIVITY_WORDS = 4
_JOINED_WEAK_WORDS = 3  # "Organizations & Awards"
# Sections an ambiguous word does not qualify: "CAREER OVERVIEW" may head the roles
# themselves, "Research Interests" are a researcher's fields.
_NOT_QUALIFIED = (None, "summary", "interests")
_INLINE = re.compile(r"^(?P<head>[A-Za-z][A-Za-z &/]{1,40}?)\s*:\s*(?P<rest>\S.*)$")


@dataclass(slots=True)
class Heading:
    canonical: str
    rest: str | None = None  # text glued to or following the heading on the same line
    strong: bool = True  # not one of the ambiguous single words
    lines: int = 1  # "EDUCATIONAL" / "BACKGROUND": a heading wrapped over two lines


@lru_cache(maxsize=8192)  # a blob of one phrase repeated asks the same label thousands of times
def _lookup(label: str) -> tuple[str, bool] | None:
    key = _key(label)  # "Опыт работы", "השכלה": a heading in another script by its letters
    if not key or len(key) > 45:
        return None
    canon = _LOOKUP.get(key)
    if canon:
        return canon, key not in _AMBIGUOUS_KEYS
    # "Clinical Experience", "ICT Related Experience", "Employment Record", "Other Employment":
    # any short heading that ends like an experience heading (styled like one: see callers).
    for suffix in _EXPERIENCE_ENDINGS:
        if key.endswith(suffix) and not key.startswith("skills"):
            return "experience", False
    if key.endswith(_POSITION_ENDINGS) and len(label.split()) <= _POSITION_WORDS:
        return "experience", False
    # "Related Experience in Education", "OTHER EXPERIENCE IN RETAIL": a qualified experience
    # heading naming its field (weak: styled like a heading to count); not "Experience in Java"
    if _EXPERIENCE_IN.match(key) and len(label.split()) <= _EXPERIENCE_IN_WORDS:
        return "experience", False
    # Two headings joined: "Skills & Awards", "Honors/Awards", "Education and Certifications".
    for cut in range(3, len(key) - 2):
        head, tail = key[:cut], key[cut:]
        if tail.startswith("and"):
            tail = tail[3:]
        first, second = _LOOKUP.get(head), _LOOKUP.get(tail)
        if {first, second} == {"volunteering", "experience"}:
            return "experience", True  # "Volunteer Work and Job History": paid posts too
        if first and second and head not in _AMBIGUOUS_KEYS:
            return first, True
        if (
            first
            and key[cut:].startswith("and")
            and head not in _AMBIGUOUS_KEYS
            and len(tail) <= 14
        ):
            return first, True  # "Education & Licensure": the first heading names it
    if key.endswith(_ACTIVITY_ENDINGS) and len(label.split()) <= _ACTIVITY_WORDS:
        return "activities", False
    return None


# Misspelt headings ("EXPERIANCE", "AFFILATIONS", "Eduction"): a heading's words one letter
# off (lost, added, changed or two swapped), read as a weak heading (styled like one to count).
# Not the ambiguous words (a "Tool" is no "Tools"), nor those a real word is one letter off
# ("CONTRACT", "PATIENTS"), nor a word ending "ed" ("Experienced", "EXPERIENCED").
_MISSPELT_MIN = 5  # letters of the misspelt key
_MISSPELT_MAX = 30
_NOT_MISSPELT = frozenset(("contact", "contacts", "patents", "career", "about", "bio"))


def _deletions(key: str) -> list[str]:
    return [key[:i] + key[i + 1 :] for i in range(len(key))]


_NEAR: dict[str, set[str]] = {}  # an English heading key and its one-letter deletions -> keys
for _names in SYNONYMS.values():
    for _k in map(_key, _names):
        if len(_k) >= _MISSPELT_MIN and _k not in _AMBIGUOUS_KEYS and _k not in _NOT_MISSPELT:
            for _v in (_k, *_deletions(_k)):
                _NEAR.setdefault(_v, set()).add(_k)


_MISSPELT_WORDS = 3  # the most words of a misspelt heading


def _styled_alone(bare: str, line: str) -> bool:
    """A short line styled as a weak heading must be to count (see detect_heading): capitals,
    a colon, or capitalised words (a cheap test before the misspelling search)."""
    if bare.count(" ") >= _MISSPELT_WORDS or len(bare) > _MISSPELT_MAX + _MISSPELT_WORDS:
        return False
    return tx.is_all_caps(bare) or line.rstrip().endswith(":") or tx.capitalised_ratio(bare) == 1


def _singular(key: str, heading: str) -> bool:
    """``key`` is ``heading`` with one "s" left out ("positionheld" of "positionsheld")."""
    return len(key) + 1 == len(heading) and any(
        heading[i] == "s" and heading[:i] + heading[i + 1 :] == key for i in range(len(heading))
    )


def _misspelt(label: str) -> tuple[str, bool] | None:
    """The section a heading misspelt by one letter names (weak), when only one does; not a
    heading's word in the singular ("Position held", "Website": a form's label, a line of
    links), nor a name with a letter after it ("Project A"), nor a content line of a list or
    a role (``_content_word``)."""
    key = _key(label)
    if not _MISSPELT_MIN <= len(key) <= _MISSPELT_MAX or key.endswith("ed"):
        return None
    if any(len(w) == 1 and w.isalpha() for w in label.split()) or _content_word(label, key):
        return None
    near = set(_NEAR.get(key, ()))
    for variant in _deletions(key):
        near |= _NEAR.get(variant, set())
    canon = {_LOOKUP[k] for k in near if one_edit(key, k) and not _singular(key, k)}
    return (canon.pop(), False) if len(canon) == 1 else None


def _content_word(label: str, key: str) -> bool:
    """A line one letter off a heading that is a list's or a role's content: a hyphenated
    term ("Objective-C"), a heading's word in the plural ("Educations", "Professional
    Services"), a line of real English words only ("Wards", "Preferences", "Donors") or a
    skill's name ("Profiler"). A misspelt heading holds at least one word that is none."""
    if "-" in label or (key.endswith("s") and key[:-1] in _LOOKUP):
        return True
    words = re.findall(r"[A-Za-z]+", label)
    return all(is_word(w) for w in words) or get_index().is_skill(label)


def _qualified(label: str) -> tuple[str, bool] | None:
    """ "ORGANIZATIONS/AWARDS", "Research Publications", "Prizes and Awards": a short line of
    its own, an ambiguous word before a section's name, which names the section (weak: styled
    like a heading to count, see the callers)."""
    key = _key(label)
    if len(label.split()) > _JOINED_WEAK_WORDS or len(key) > 45:
        return None
    for cut in range(3, len(key) - 2):
        head, tail = key[:cut], key[cut:]
        if head not in _AMBIGUOUS_KEYS:
            continue
        tail = tail.removeprefix("and")
        second = _LOOKUP.get(tail)
        if second not in _NOT_QUALIFIED and tail not in _AMBIGUOUS_KEYS:
            return second, False  # "SOCIAL WORK" (a field) is two ambiguous words: none
    return None


def _skills_ending(label: str) -> tuple[str, bool] | None:
    """ "PERSONAL SKILLS", "IT skills:", "SOFTWAREAND HARDWARE SKILLS" (glued words): a short
    line of its own that ends like a skills heading (styled like one: see the callers);
    "Excellent ... skills" is prose."""
    key = _key(label)
    if key.endswith(_SKILLS_ENDINGS) and not key.startswith(_PRAISE) and len(key) <= 40:
        return "skills", False
    return None


def _interests_ending(label: str) -> tuple[str, bool] | None:
    """ "COMMUNITY & LEISURE INTERESTS:", "Outside Interests": a short line of its own that
    ends like an interests heading (styled like one: see the callers); a researcher's or a
    teacher's interests are their fields, not pastimes."""
    key = _key(label)
    if key.endswith("interests") and not key.startswith(_FIELD_INTERESTS) and len(key) <= 40:
        return "interests", False
    return None


_PROJECTS_WORDS = (2, 5)  # "ACADEMIC AND PERSONAL PROJECTS", "RELEVANT IT PROJECTS"


def _projects_ending(label: str, line: str) -> tuple[str, bool] | None:
    """ "RELEVANT SOFTWARE PROJECTS", "Key Client Projects:": a short line
    of its own that ends like a projects heading, in capitals or Title Case with a colon, not
    opening with a verb ("Managed Projects", "Led large projects:" are a duty's words)."""
    key = _key(label)
    low, high = _PROJECTS_WORDS
    if not (key.endswith("projects") and low <= len(label.split()) <= high):
        return None
    titled = line.rstrip().endswith(":") and tx.capitalised_ratio(label) == 1
    if not (tx.is_all_caps(label) or titled) or tx.starts_with_verb(label):
        return None  # "Led large infrastructure projects:" over a duty's items
    if _names_a_post_or_firm(tx.words(label)[:-1]):
        return None  # "DIRECTOR, SPECIAL PROJECTS", "ACME CORP PROJECTS": a role's line
    return "projects", False


# Words of a firm's name, never of a kind of projects ("UMBRELLA CAPITAL PROJECTS", "ACME
# CORP PROJECTS"; "SOFTWARE", "UNIVERSITY", "CONSULTING PROJECTS" name the kind).
_FIRM_WORDS = tx.word_set(
    """inc llc ltd limited corp corporation company co gmbh plc ag pvt pty pte llp pllc ltda srl
    spa capital holdings enterprises ventures industries partners associates firm"""
)


# Words of a post that a department of projects follows ("DIRECTOR, SPECIAL PROJECTS",
# "Manager of Capital Projects"; roles imports this module, so its title words are not read).
_POST_WORDS = tx.word_set(
    """director manager head lead leader coordinator co-ordinator officer engineer analyst
    consultant specialist administrator supervisor vp president chief executive associate
    assistant architect planner controller principal partner"""
)


def _names_a_post_or_firm(words: list[str]) -> bool:
    """The words before "projects" hold a post's word ("Director", "Manager of Capital") or a
    firm's word ("Corp", "Holdings"): a role's title, department or employer ends so."""
    return any(w.lower().strip(".") in _FIRM_WORDS | _POST_WORDS for w in words)


_FIELD_INTERESTS = ("research", "teaching", "specific", "academic", "professional", "scholarly")
_SKILLS_ENDINGS = ("skills", "skill", "competencies", "competences", "capabilities")
_PRAISE = ("excellent", "strong", "good", "great", "effective", "proven", "outstanding",
           "exceptional", "superb", "solid", "possess", "have", "very", "highly")  # fmt: skip


def lookup_heading(label: str) -> tuple[str, bool] | None:
    """(canonical section, strong) when ``label``'s words name a heading, else None."""
    return _lookup(label)


_RULE_AFTER = re.compile(r"(?<=\w)\s*:?\s*[_=~]{3,}\s*$")
# "Experience (Continued)", "EXPERIENCE cont.", "Work History, continued", "Publications
# (Selected)": a heading repeated on a new page, or a partial list, says so after its words.
# Also an order note: "Employment History (most recent first)", "(reverse chronological)".
CARRIED_ON = r"(?:continued|cont['’]?d\.?|cont\.)"  # "continued", "cont'd", "contd.", "cont."
_QUALIFIER_AFTER = re.compile(
    rf"(?<=[A-Za-z])(?:\s*\(\s*(?:selected|{CARRIED_ON}"
    r"|(?:in\s+)?(?:reverse\s+)?chronological(?:\s+order)?|(?:most\s+)?recent\s+first"
    r"|latest\s+first|newest\s+first)\s*\)"
    rf"|(?:\s+|\s*[,\-\u2013\u2014]\s*){CARRIED_ON})\s*:?\s*$",
    re.IGNORECASE,
)


# "— EXPERIENCE —", "== Skills ==", "*** EDUCATION ***": a heading framed by the same rule
# on both sides (a list item has its glyph before it only).
_FRAME_GLYPHS = "-–—=~*#_•·◆■"
_FRAMED = re.compile(
    rf"^\s*(?P<rule>[{_FRAME_GLYPHS}]{{1,6}})\s+(?P<head>[^\W\d_][^{_FRAME_GLYPHS}]*?)\s+(?P=rule)\s*$"
)

# "WORK EXPERIENCE (10+ years)", "Education (2010 – 2014)": a note in brackets after a heading.
# Its figures only: "Skills (Python, SQL)" holds the list itself.
_NOTE_AFTER = re.compile(r"(?<=[A-Za-z])\s*\((?=[^()]*\d)[^()]{1,30}\)\s*:?\s*$")

# "6. Employment History", "3) Education:": a form's numbered heading.
# Also "II. Experience", "A. EDUCATION": a Roman numeral or a capital letter (round 13).
_HEADING_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|[A-H])\s*[.)]\s+(?=[A-Za-z])")


# The sections a heading with an icon before it names even as "•" (text.normalise reads a
# dingbat arrow, "➤ Experience", as a list's bullet): no list item is one of these words alone
# ("• Education" may be a sector in a list: only in capitals). Other headings in capitals are
# not read after a bullet: "• PROJECTS" inside a role, "• LANGUAGES" above a list are items.
_ICON_HEADINGS = frozenset(("experience", "skills"))
_ICON_CAPS_HEADINGS = frozenset(("education",))


def _icon_heading(line: str) -> str | None:
    """ "• Experience", "• WORK EXPERIENCE", "• EDUCATION" (an icon read as a bullet): the
    section a strong heading of ``_ICON_HEADINGS`` names, or of ``_ICON_CAPS_HEADINGS`` in
    capitals; else None."""
    bare = tx.strip_bullet(line).strip().rstrip(":").strip()
    found = _lookup(bare) if len(bare) <= 40 else None
    if not found or not found[1]:
        return None
    if found[0] in _ICON_HEADINGS:
        return found[0]
    return found[0] if found[0] in _ICON_CAPS_HEADINGS and tx.is_all_caps(bare) else None


# ambiguous words that a lone capitalised line ("Conferences" among a role's bullets or in a
# skills list) never makes a heading: only in capitals or with a colon (or a Europass form row)
_CAPS_OR_COLON_ONLY = frozenset(("conferences",))


def detect_heading(line: str) -> Heading | None:
    """The heading this line is (or starts with), if any."""
    if line[:1].islower() and line.rstrip().endswith(".") and ":" not in line:
        return None  # "… to widen my" / "experience.": a sentence's last words
    first = line[:3].strip()[:1]
    numbered = _HEADING_NUMBER.match(line) if first.isdigit() or "A" <= first <= "X" else None
    if numbered:  # only a heading no list item could be ("2. Training" may be an item)
        found = detect_heading(line[numbered.end() :])
        if found and found.strong and not found.rest:
            return found
        if first.isdigit():
            return None  # a letter's line reads on as before ("A. Committee Memberships,")
    framed = _FRAMED.match(line) if line[-1:] in _FRAME_GLYPHS else None
    if framed:  # "— EXPERIENCE —", "== Skills ==": a heading between two rules
        found = detect_heading(framed.group("head"))
        return found if found and found.rest is None else None
    glyph = tx.bullet_glyph(line)
    if glyph == "•" and (icon := _icon_heading(line)):
        return Heading(icon)
    if glyph and glyph in "•·◦-–—*>":
        return None
    if glyph:  # "■ Professional Experience": a decorated heading, not a list item
        line = tx.strip_bullet(line)
        found = _lookup(line.rstrip(":"))
        return Heading(found[0]) if found and found[1] and len(line.split()) <= 4 else None
    if line.rstrip().endswith(("_", "=", "~")):  # cheap tests first: both patterns end lines
        line = _RULE_AFTER.sub("", line)  # "REFEREES________": a heading ruled to the margin
    if line.rstrip().endswith((")", "d", "D", ".", ":")):
        line = _QUALIFIER_AFTER.sub("", line)  # "EXPERIENCE (Continued)", "Publications (Selected)"
    noted = _NOTE_AFTER.search(line) if line.endswith(")") else None
    if noted:  # "WORK EXPERIENCE (10+ years)": a strong heading and a note on it
        found = detect_heading(line[: noted.start()])
        return found if found and found.strong and found.rest is None else None
    bare = line.strip().rstrip(":").strip()
    if len(line) <= 60 and not any(c.isdigit() for c in line):
        found = (
            _lookup(bare)
            or _qualified(bare)
            or _skills_ending(bare)
            or _interests_ending(bare)
            or _projects_ending(bare, line)
            or (_misspelt(bare) if _styled_alone(bare, line) else None)
        )
        if found and len(bare.split()) <= 6:
            canon, strong = found
            if strong or tx.is_all_caps(bare) or line.rstrip().endswith(":"):
                return Heading(canon, None, strong)
            if tx.capitalised_ratio(bare) == 1.0 and _key(bare) not in _CAPS_OR_COLON_ONLY:
                return Heading(canon, None, strong=False)
            return None
    glued = _GLUED.match(line)
    if glued:
        found = _lookup(glued.group("head"))
        if found:
            return Heading(found[0], line[glued.end() :].strip() or None)
    cell = "  " if "  " in line else " | "  # a PDF's or a DOCX table's cell gap
    if cell in line:  # "EDUCATION  University of X" (heading in its own column or cell)
        head, _, rest = line.partition(cell)
        found = _lookup(head)
        if (
            found
            and found[1]
            and (tx.is_all_caps(head) or head.endswith(":"))
            and not _headings_only(rest)  # "SKILLS | EXPERIENCE | EDUCATION": a menu
        ):
            return Heading(found[0], rest.strip() or None)
    inline = _INLINE.match(line)
    return _inline_heading(inline) if inline else None


def _headings_only(text: str) -> bool:
    """Cells of a line that are each a heading ("EXPERIENCE | EDUCATION"): a menu of links."""
    cells = [c for c in re.split(r"\s*\|\s*|\s{2,}", text.strip()) if c]
    return bool(cells) and all(_lookup(c.rstrip(":")) for c in cells)


def _inline_heading(m: re.Match[str]) -> Heading | None:
    found = _lookup(m.group("head"))
    if not found or found[0] not in _INLINE_OK:
        return None
    return Heading(found[0], m.group("rest").strip())


@dataclass(slots=True)
class Section:
    name: str  # canonical
    title: str  # heading as written ("" for the header block)
    lines: list[str] = field(default_factory=list)
    start: int = 0  # index of the heading line in the document's lines
    end: int = 0  # index after the section's last line


_EXPERIENCE_OPENING = re.compile(
    r"^(?:(?:work|professional|relevant)\s+experience|experience|employment(?:\s+history)?"
    r"|work\s+history|career\s+history|academic\s+career)\s+(?=[A-Z][\w&.-]*\s+[A-Z0-9])"
    r"(?!(?:with|in|on|using)\s)",  # "Experience with REST, Docker": a skills line, no heading
    re.IGNORECASE,
)


def _experience_opening_a_line(lines: list[str]) -> list[tuple[int, Heading]]:
    """ "Experience Acme Media Group January 2008 – Present": with no experience heading of
    its own line anywhere, a line opening with one (then Title-Case words) is that heading with
    the first role glued to it. The first such line only."""
    for i, line in enumerate(lines):
        m = _EXPERIENCE_OPENING.match(line)
        if m and line[: m.end()].strip()[:1].isupper():
            return [(i, Heading("experience", line[m.end() :].strip()))]
    return []


def _dated(lines: list[str], *, as_role: bool = False) -> bool:
    """A date range on one of ``lines``; ``as_role``: on a role's header line (the range
    alone, or with a title or an employer: short parts, no words of a sentence around it, not
    "Operations leader, 2010 - 2024, across retail teams."; role_header imports this module,
    so the shape is tested here, not parsed)."""
    return any(
        (rng := dates.find_range(x)) and (not as_role or _role_around(x, rng)) for x in lines
    )


_SENTENCE_WORDS = 8  # more words than a title or an employer on one side of a range
_HEADER_CHARS = 120  # longer than a role header's side of a range


def _role_around(line: str, rng: dates.DateRange) -> bool:
    s, e = rng.span
    parts = [p for p in (line[:s].strip(" |,;·•-–—/("), line[e:].strip(" |,;:·•-–—/)")) if p]
    # no sentence's words around the range ("eVolt" is a name: not lower case)
    return not any(
        len(p) > _HEADER_CHARS
        or p.split()[0].islower()
        or p.endswith(".")
        or len(p.split()) > _SENTENCE_WORDS
        for p in parts
    )


def _without_dated_skills_lists(
    kept: list[tuple[int, Heading]], lines: list[str]
) -> list[tuple[int, Heading]]:
    """A heading read only by its "... SKILLS" ending is dropped when what follows it holds a
    date range: that is a role or a school (two-column layouts interleave the sidebar's
    "PERSONAL SKILLS" with the roles), not a list of skills."""
    out: list[tuple[int, Heading]] = []
    for n, (i, h) in enumerate(kept):
        end = kept[n + 1][0] if n + 1 < len(kept) else len(lines)
        dated = _dated(lines[i + 1 : end])
        if (
            h.canonical == "skills"
            and dated
            and not h.strong
            and _lookup(lines[i].strip().rstrip(":")) is None
        ):
            continue
        if h.canonical == "skills" and ((dated and _in_role(h, out)) or _tool_list(h, out)):
            continue
        if not dated and _experience_in_prose(h, lines[i], out):
            continue
        if _department_over_dates(h, lines, i, out):
            continue
        out.append((i, h))
    return out


_DEPARTMENT_LOOK = 3  # lines under a role's title or department in which its dates stand


def _department_over_dates(
    h: Heading, lines: list[str], i: int, kept: list[tuple[int, Heading]]
) -> bool:
    """ "Senior Analyst" / "SPECIAL PROJECTS" / "Globex Corporation, 2018 - 2022": a heading
    read only by its "... PROJECTS" ending, inside the experience section, with a role's date
    range on one of the next lines, is a role's department (or title, or employer), not a
    projects section."""
    bare = lines[i].strip().rstrip(":").strip()
    return (
        h.canonical == "projects"
        and not h.strong
        and bool(kept)
        and kept[-1][1].canonical == "experience"
        and _lookup(bare) is None
        and _dated(lines[i + 1 : i + 1 + _DEPARTMENT_LOOK], as_role=True)
    )


def _experience_in_prose(h: Heading, line: str, kept: list[tuple[int, Heading]]) -> bool:
    """ "Clinical Experience in Pediatrics" in a Summary, "Professional Experience in Java"
    in Skills: a qualified "... Experience in <field>" read inside a summary or skills section
    with no dated entry under it is that section's words, not an experience heading."""
    return (
        h.canonical == "experience"
        and not h.strong
        and bool(kept)
        and kept[-1][1].canonical in ("summary", "skills")
        and _EXPERIENCE_IN.match(_key(line.strip().rstrip(":"))) is not None
    )


def _in_role(h: Heading, kept: list[tuple[int, Heading]]) -> bool:
    """ "Technologies: PHP, Drupal" under a role: a role's tool list (inline, or a weak word
    of its own line), inside the Experience section when more dated roles follow it."""
    return (
        bool(kept)
        and kept[-1][1].canonical == "experience"
        and (h.rest is not None or not h.strong)
    )


def _tool_list(h: Heading, kept: list[tuple[int, Heading]]) -> bool:
    """ "Technologies: React, Node.js" under a project, or under a role once the Skills
    section was read: the entry's tool list (inline, or a weak word of its own line), not a
    second Skills section."""
    if not kept or (h.rest is None and h.strong):
        return False
    current = kept[-1][1].canonical
    if current == "projects":
        return True
    return current != "skills" and any(k.canonical == "skills" for _, k in kept)


# The last word of a line a name or a sentence goes on from: a connector, or a word that opens
# a compound with a heading word ("Board of Intermediate" / "Education", "Journal of Higher" /
# "Education: …", "training, and" / "presentation skills.").
_GOES_ON = re.compile(
    r"(?:^|\s)(?:of|and|&|for|the|in|to|with|at|on|higher|intermediate|secondary"
    r"|continuing|adult)$",
    re.IGNORECASE,
)


def _wrapped_into(previous: str, line: str, lower_headings: bool = False) -> bool:
    """``line`` continues the words of ``previous`` (a heading's words inside a wrapped name
    or sentence), unless the two lines together are one heading ("Honors &" / "Activities").
    Also one lower-case word alone under a line that goes on without a stop ("Worked with the
    sales team on several client" / "projects"): the sentence's wrapped last word, unless the
    document writes its headings in lower case (``lower_headings``) and the word is a section's
    name under a line that is no long prose ("Graphic Designer" / "experience")."""
    before = previous.rstrip()
    m = _GOES_ON.search(before)
    if m is None:
        return _ends_a_sentence_line(before, line) and not (
            lower_headings and not _prose(before) and _strong_alone(line)
        )
    if detect_heading(before):
        return False
    if tx.is_all_caps(line) and not tx.is_all_caps(before):
        return False  # "… sales, marketing and" / "EXPERIENCE": a heading styled apart
    if m.group(0).strip().lower() in ("and", "&") and _heading_like(before):
        return False  # "ASSOCIATIONS AND" / "MEMBERSHIPS:": one heading on two lines
    return detect_heading(f"{before} {line.strip()}") is None


def _ends_a_sentence_line(previous: str, line: str) -> bool:
    """``line`` is one lower-case word ("presentations", "projects") right under a line of
    words that goes on without a stop ("Worked with the sales team on their client"): the
    sentence's last word, wrapped."""
    bare, before = line.strip(), previous.rstrip()
    return (
        bare.isalpha()
        and bare.islower()
        and before[-1:].isalpha()
        and before[-1:].islower()
        and len(before.split()) >= 2
        and detect_heading(before) is None
    )


_PROSE_WORDS = 8  # words of a sentence's line (a title, an employer or a school has fewer)


def _prose(line: str) -> bool:
    """A long line of mostly lower-case words: a sentence, not a title or an entry's line."""
    return len(tx.words(line)) >= _PROSE_WORDS and tx.capitalised_ratio(line) < 0.5


def _strong_alone(line: str) -> bool:
    found = detect_heading(line)
    return found is not None and found.strong and found.rest is None


def _lower_case_headings(lines: list[str], heads: list[Heading | None]) -> bool:
    """The document writes its headings in lower case: two or more of its section names alone
    on a line are, and no fewer than half of them ("experience", "education", "skills")."""
    strong = [i for i, h in enumerate(heads) if h and h.strong and h.rest is None]
    lower = sum(1 for i in strong if lines[i].strip().islower())
    return lower >= 2 and 2 * lower >= len(strong)


def _heading_like(line: str) -> bool:
    """A short line of capitalised words, as a heading's first half is written."""
    return len(tx.words(line)) <= 4 and tx.capitalised_ratio(line) == 1


_WRAPPED_HEADING_WORDS = 2  # words on each line of a heading wrapped over two
# Every heading key and every start of one ("educational" of "educationalbackground").
_KEY_STARTS = frozenset(k[:i] for k in _LOOKUP for i in range(3, len(k) + 1))


def _wrapped_heading(
    line: str, following: str, first: Heading | None, alone: Heading | None
) -> Heading | None:
    """ "EDUCATIONAL" / "BACKGROUND", "Professional" / "Experience" (a narrow column wrapped
    the heading): two short lines in one style, neither a strong heading alone, that make one
    strong heading together (``first``, ``alone``: the headings each line is alone)."""
    if not (0 < len(line.split()) <= _WRAPPED_HEADING_WORDS >= len(following.split()) > 0):
        return None
    if _key(line) not in _KEY_STARTS or not line[:1].isupper():
        return None  # no heading starts with the first line's words (a cheap test first)
    if tx.is_all_caps(line) != tx.is_all_caps(following):
        return None
    if tx.capitalised_ratio(line) < 1 or tx.capitalised_ratio(following) < 1:
        return None
    if alone and alone.strong and first is None:
        return None  # "PROFESSIONAL" / "EXPERIENCE": the second line is the heading already
    found = detect_heading(f"{line.strip()} {following.strip()}")
    if found is None or not found.strong or found.rest is not None:
        return None
    return Heading(found.canonical, None, True, lines=2)


_LIST_ITEM_WORDS = 4  # words of a one-item-per-line list's item ("Event planning")


def _list_item(line: str) -> bool:
    """A short line as a one-item-per-line list writes its items: a few words, no figure,
    no comma (a place, an employer's "Acme, Inc", a list of its own), no sentence's or
    label's end, no heading of its own."""
    bare = line.strip()
    return (
        0 < len(bare.split()) <= _LIST_ITEM_WORDS
        and "," not in bare
        and not bare.endswith((".", ":"))
        and _GOES_ON.search(bare) is None  # "DTP &" / "Tools": one name wrapped
        and not any(c.isdigit() for c in bare)
        and detect_heading(bare) is None
    )


def _item_among_items(lines: list[str], i: int, heading: Heading, current: str | None) -> bool:
    """ "Presentation" between "Event planning" and "Budgeting" in a Skills list, "Training"
    between two "- " bullets: an ambiguous word alone in Title Case (a weak heading: no
    capitals, no colon) standing where a list's item stands, between two items of one shape
    (two bullets of one glyph, or two short plain lines inside the ``current`` Skills
    section), is that item, not a heading. Short plain lines elsewhere may be a table's labels
    read down a column ("Project" / "Name" / "Role", "French" / "Writing" / "Excellent")."""
    line = lines[i]
    if heading.strong or heading.rest is not None or heading.lines != 1:
        return False
    if len(line.split()) != 1 or _key(line) not in _AMBIGUOUS_KEYS:
        return False  # "Computer Skills": a qualified heading, not an item
    if tx.is_all_caps(line) or line.rstrip().endswith(":"):
        return False
    before, after = lines[i - 1], lines[i + 1]
    glyph = tx.bullet_glyph(before)
    if glyph:  # the shape text.join_wrapped keeps as an item of its own
        return tx.lone_item_word(line.strip(), glyph, tx.bullet_glyph(after))
    return (
        current == "skills"
        and tx.bullet_glyph(after) is None
        and _list_item(before)
        and _list_item(after)
    )


_OVERVIEW_KEYS = frozenset(("careeroverview", "employmentoverview"))
_OVERVIEW_LOOK = 3  # lines after the heading in which the first role's dates stand


def _overview_over_roles(lines: list[str]) -> list[tuple[int, Heading]]:
    """ "CAREER OVERVIEW" (a summary heading as often) heading the roles themselves, in a text
    with no experience heading: a line of its own, capitals or ending ":", with a date range
    on a role's header line among the next ones ("OPERATIONS MANAGER (Mar 2014 – Present)
    Initech, Springfield, IL")."""
    for i, line in enumerate(lines):
        bare = line.strip().rstrip(":").strip()
        if len(bare) > 30 or _key(bare) not in _OVERVIEW_KEYS:
            continue
        if not (tx.is_all_caps(bare) or line.rstrip().endswith(":")):
            continue
        if _dated(lines[i + 1 : i + 1 + _OVERVIEW_LOOK], as_role=True):
            return [(i, Heading("experience"))]
    return []


def split_sections(lines: list[str]) -> tuple[list[str], list[Section]]:
    """-> (lines before the first heading, sections in document order).

    Ambiguous headings ("Research", "Community") count only when the document's clear
    headings use the same style (all caps vs Title Case).
    """
    found: list[tuple[int, Heading]] = []
    heads = [detect_heading(line) for line in lines]
    lower_headings = _lower_case_headings(lines, heads)
    skip = -1
    for i, line in enumerate(lines):
        if i == skip:
            continue
        heading = heads[i]
        wrapped = (
            _wrapped_heading(line, lines[i + 1], heading, heads[i + 1])
            if i + 1 < len(lines) and (heading is None or not heading.strong)
            else None
        )
        if wrapped:
            found.append((i, wrapped))
            skip = i + 1
        elif heading and not (i and _wrapped_into(lines[i - 1], line, lower_headings)):
            current = found[-1][1].canonical if found else None
            if not (0 < i < len(lines) - 1 and _item_among_items(lines, i, heading, current)):
                found.append((i, heading))
    if not any(h.canonical == "experience" for _, h in found):
        found = sorted(found + _experience_opening_a_line(lines), key=lambda x: x[0])
    if not any(h.canonical == "experience" for _, h in found):
        found = sorted(found + _overview_over_roles(lines), key=lambda x: x[0])
    strong_caps = [tx.is_all_caps(lines[i]) for i, h in found if h.strong and h.rest is None]
    caps_style = bool(strong_caps) and sum(strong_caps) * 2 >= len(strong_caps)
    kept = [
        (i, h)
        for i, h in found
        if h.strong
        or tx.is_all_caps(lines[i]) == caps_style
        or lines[i].endswith(":")
        or (h.canonical == "experience" and len(lines[i].split()) >= 2)  # "CLINICAL EXPERIENCE"
        or (h.canonical == "skills" and tx.is_all_caps(lines[i]))  # "PERSONAL SKILLS"
    ]
    kept = _without_dated_skills_lists(kept, lines)
    if not kept:
        return list(lines), []
    header = lines[: kept[0][0]]
    sections: list[Section] = []
    for n, (i, heading) in enumerate(kept):
        end = kept[n + 1][0] if n + 1 < len(kept) else len(lines)
        title = lines[i] if heading.rest is None else lines[i][: len(lines[i]) - len(heading.rest)]
        if heading.lines > 1:
            title = " ".join(x.strip() for x in lines[i : i + heading.lines])
        body = ([heading.rest] if heading.rest else []) + lines[i + heading.lines : end]
        # a heading over two lines: its section starts at its last line (lines number from there)
        sections.append(
            Section(heading.canonical, title.strip(" :"), body, i + heading.lines - 1, end)
        )
    return header, sections
