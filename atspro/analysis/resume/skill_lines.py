"""Which lines of a resume are skills lists (issue 14): the Skills section, labelled lists
anywhere ("Tools: …"), lists mostly of known skills, grids of competencies between bars and
columns of competencies under a heading that names them."""

from __future__ import annotations

import re

from atspro.analysis.resume import dates, places, roles, sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.channels import _CELL_GAP as CELL_GAP  # one cell-gap pattern
from atspro.analysis.resume.extras import LANGUAGE_NAMES, PROFICIENCY
from atspro.analysis.resume.labelled import _KEYS as LABELLED_KEYS
from atspro.analysis.resume.skill_hits import CONTACT_LINE
from atspro.analysis.resume.skill_lists import ITEM_LABEL, ITEM_SPLIT, MULTILINGUAL
from atspro.analysis.resume.units import LEGAL_WORDS
from atspro.models import Skill

# "Operating Systems: Windows, Solaris", "Environment: Java, Oracle": a list of skills under its
# category label, wherever it stands (Education, Projects, a role, a "Languages" section).
_SKILL_LABEL_LINE = re.compile(
    r"^\W*(?:(?:programming|scripting|computer|software|technical|it|web|mobile|database|cloud"
    r"|development|testing|key|core|soft|other)\s+)?(?:languages?|skills?|tools?"
    r"|technolog(?:y|ies)|platforms?|operating\s+systems?|os|databases?|frameworks?"
    r"|environments?|ide'?s?|packages|software|proficiency|libraries|servers?|methodologies"
    r"|tech(?:nology)?\s+stack)(?:\s+used)?"
    r"\s*(?::|\s[–—-])\s*\S.*[,;/|]",  # "Key Skills – Jira, Git" too
    re.IGNORECASE,
)


def skill_list_lines(
    lines: list[str], labels: list[str], known: list[Skill] | None = None
) -> list[str]:
    """Lines to read list items from: the Skills section (but for spoken languages), a
    "Languages" section that lists programming languages, labelled skill lists anywhere,
    anywhere a list of short items a third of which are ``known`` skills ("C++, Actionscript,
    Cocos2d-X, Box2D"), and the line after a list's line that ends in a comma (the list wrapped:
    "Environment: Java, Tomcat," / "Oracle, Quorvex")."""
    forms = {f.casefold() for s in known or [] for f in (s.name, *s.surface_forms)}
    labels = _skills_going_on(lines, labels)
    columns = _competency_columns(lines, labels, forms)
    table = _label_column_table(lines)
    out = []
    carried = False  # the line before was a list's and ended in a comma: this one goes on
    for n, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label == "references" or n in table:
            continue
        going_on = carried and labels[n - 1] == label and _goes_on(line)
        carried = False
        if (
            label == "skills"
            or going_on
            or n in columns
            or (_LABEL_MARK.search(line) and _SKILL_LABEL_LINE.match(line))
            or (
                forms
                # a header's list of tools, but not its "LinkedIn | GitHub | e-mail" line
                and (label != "contact" or not CONTACT_LINE.search(line))
                and _mostly_known(line, forms)
            )
            or (label not in ("contact", "interests") and _competencies(line))
        ):
            if not (_LANGUAGES_LABEL.match(line) and _spoken(line)):
                out.append(line)
                carried = bool(_WRAPPED.search(line))
        elif label == "languages" and (
            (not _spoken(line) and not PROFICIENCY.search(line)) or MULTILINGUAL.match(line)
        ):
            out.append(line)
    return out


_WRAPPED = re.compile(r"[,;]\s*$")
# The labels of a project's or a role's form read down its label column ("Project" / "Stock
# Tracker" / "Client" / "Initech" / "Role" / "Module Lead"), case-folded, a colon dropped: a
# project's own, and the labels of a post, an employer or a place that ``labelled`` reads
# ("Designation", "Company", "Location")
_PROJECT_LABELS = (
    "project",
    "project name",
    "project title",
    "client",
    "customer",
    "my role",
    "team size",
    "duration",
    "period",
    "description",
    "project description",
    "responsibilities",
    "roles and responsibilities",
    "domain",
)
FORM_LABELS = frozenset(
    (*_PROJECT_LABELS, *(key for key, field in LABELLED_KEYS.items() if field != "name"))
)
_TABLE_LABELS = 3  # form labels, each over its value, that make a label-column table
_TABLE_VALUE_WORDS = 8  # words of a value cell (but a description's, a sentence)


_PROSE_LABELS = frozenset(
    ("description", "project description", "responsibilities", "roles and responsibilities")
)


def _label_of(line: str) -> str:
    return tx.strip_bullet(line).strip().rstrip(":").strip().casefold()


def _form_label(line: str) -> bool:
    return _label_of(line) in FORM_LABELS


def _label_column_table(lines: list[str]) -> set[int]:
    """Lines of a table read down its label column: three or more of a project's or a role's
    form labels ("Project", "Client", "Role", "Team Size"), each alone on its line over its
    short value. The values name a project, a client, a post: no skills list, though the
    table stands in Skills (its "Environment" / "Java, Spring" row stays a labelled list).
    Linear: each line is looked at once or twice."""
    out: set[int] = set()
    n = 0
    while n < len(lines):
        if not _form_label(lines[n]):
            n += 1
            continue
        run: list[int] = []  # label and value lines of one table
        k = n
        while (
            k + 1 < len(lines)
            and _form_label(lines[k])
            and lines[k + 1].strip()
            and not _form_label(lines[k + 1])
            and (
                len(tx.words(lines[k + 1])) <= _TABLE_VALUE_WORDS
                or _label_of(lines[k]) in _PROSE_LABELS
            )
        ):
            run += [k, k + 1]
            k += 2
        if len(run) >= 2 * _TABLE_LABELS:
            out.update(run)
        n = max(k, n + 1)
    return out


_LABEL_MARK = re.compile(r":|\s[–—-]\s")


def _skills_going_on(lines: list[str], labels: list[str]) -> list[str]:
    """ "Languages: English, French" inside a Skills section opened a languages section that
    ran on over the rest of the list ("Glaze Mixing, Kiln Loading (expert)"): a languages
    section opened by a labelled line right after Skills lines is the Skills section going
    on, for reading its lists (the languages are read from the labelled line all the same);
    so is a languages or "Other:" section opened by a label alone on its line ("Languages:" /
    "Python, Quorvex") when no line of it names a spoken language."""
    out = list(labels)
    last = None  # the section of the last non-blank line
    for n, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label in _SUB_LABELS and last == "skills" and (n == 0 or labels[n - 1] != label):
            end = n + 1
            while end < len(lines) and labels[end] == label:
                end += 1
            if (label == "languages" and _INLINE_LANGUAGES.match(line)) or (
                _LABEL_ALONE.match(line) and not any(_spoken(x) for x in lines[n + 1 : end])
            ):
                out[n:end] = ["skills"] * (end - n)
        if line.strip():
            last = out[n]
    return out


_SUB_LABELS = frozenset(("languages", "additional"))
_INLINE_LANGUAGES = re.compile(r"^\W*(?:spoken\s+)?languages?\s*:?\s+\S", re.IGNORECASE)
_LABEL_ALONE = re.compile(r"^\W*[A-Za-z][\w &/]{0,30}:\s*$")


def _goes_on(line: str) -> bool:
    """The rest of a list a comma ended on the line before: items, not a heading or a role."""
    heading = sections.detect_heading(line)
    return bool(tx.words(line)) and not (heading and heading.strong) and not _role_line(line)


def _mostly_known(line: str, forms: set[str]) -> bool:
    """A list of four or more short items, two or more (and a third) of them known skills."""
    if sum(line.count(c) for c in ",;|") < 3:
        return False
    body = ITEM_LABEL.sub("", tx.strip_bullet(line))
    items = [i.strip(" .:()[]*-–/&+") for i in ITEM_SPLIT.split(body)]
    items = [i.casefold() for i in items if i]
    if len(items) < 4 or any(len(tx.words(i)) > 4 for i in items):
        return False
    hits = sum(i in forms or i.split(" ")[0] in forms for i in items)
    return hits >= 2 and hits * 3 >= len(items)


def _competencies(line: str) -> bool:
    """ "Layout & Design | Cost Controls | Contract Negotiations": three or more short items in
    title case between bars or bullets, a grid of competencies wherever it stands."""
    body = tx.strip_bullet(line)
    if len(_GRID_BAR.findall(body)) < 2 or CONTACT_LINE.search(body) or _GRID_NOT.search(body):
        return False  # "GPA: 8.0 · First Class Honours", "CPR, 2002 | First Aid, 2001"
    items = _grid_items(body, " .,;()*-–/")
    return (
        len(items) >= 3
        and all(1 <= len(tx.words(i)) <= 4 and tx.capitalised_ratio(i) == 1 for i in items)
        # not a role's line: "Senior Analyst | Quorvex | Remote", "Acme Corp | … | Dublin"
        and not roles.is_title(items[0])
        and not any(places.is_place_name(i) or _LEGAL_FORM.search(i) for i in items)
    )


def _competency_columns(lines: list[str], labels: list[str], forms: set[str]) -> set[int]:
    """Lines of a column of competencies outside a Skills section: three or more short items
    in a row, one or a few a line ("Revenue Enhancement", "Conflict Management"), under a
    heading that names them ("Core Working Strengths", "Areas of Expertise"), or, with no
    such heading, two and a third of them ``forms`` of known skills and none a role's line
    ("Company name / City / Title": a title, a place or a date ends that run)."""
    pairs = zip(lines, labels, strict=True)
    cells = [[] if lab in _NO_HEADED_COLUMN else _column_items(x) for x, lab in pairs]
    heads = [bool(c) and _column_heading(x) for x, c in zip(lines, cells, strict=True)]
    bare = [_bare_glyph(x) for x in lines]  # "•" alone between the items: no break in the run
    out: set[int] = set()
    start = 0
    while start < len(lines):
        if not cells[start]:
            start += 1
            continue
        if heads[start] and not _headed(lines, start, labels[start] in _NO_COLUMN):
            start += 1  # the heading heads the run below it ("Clerical skills" under one: an item)
            continue
        stop = start + 1  # a run of item lines in one section, up to the next column's heading
        while (
            stop < len(lines)
            and (cells[stop] or bare[stop])
            and not heads[stop]
            and labels[stop] == labels[start]
        ):
            stop += 1
        rows = sum(bool(c) for c in cells[start:stop])
        if rows >= 3 and _headed(lines, start, labels[start] in _NO_COLUMN):
            out.update(range(start, stop))
        elif rows >= 3 and labels[start] not in _NO_COLUMN:
            # no heading: known skills, and a role's line ends the run
            for first, end in _split_at_roles(lines, start, stop):
                items = [i.casefold() for n in range(first, end) for i in cells[n]]
                hits = sum(i in forms for i in items)
                rows = sum(bool(c) for c in cells[first:end])
                if rows >= 3 and hits >= 2 and hits * 3 >= len(items):
                    out.update(range(first, end))
        start = stop
    return out


def _headed(lines: list[str], start: int, skills_only: bool = False) -> bool:
    """The line above ``start`` (blank lines skipped) names a column of competencies: "PERSONAL
    SKILLS" over "Patience" / "Tidiness" / …, in whatever section the heading was read; in
    ``skills_only`` sections (education) it names skills ("Academic Qualifications" heads
    schools and degrees)."""
    above = start - 1
    while above >= 0 and not tx.words(lines[above]):  # blank, or a bullet glyph alone
        above -= 1
    if above < 0 or not _column_heading(lines[above]):
        return False
    return not skills_only or bool(_SKILLS_HEADING.search(lines[above]))


def _bare_glyph(line: str) -> bool:
    """A bullet glyph alone on its line ("•", a symbol font's private-use bullet)."""
    return bool(line.strip()) and not tx.words(line)


def _split_at_roles(lines: list[str], start: int, stop: int) -> list[tuple[int, int]]:
    """The runs of ``lines[start:stop]`` between lines that read as a role's (dropped)."""
    runs, first = [], start
    for n in range(start, stop):
        if _role_line(lines[n]):
            runs.append((first, n))
            first = n + 1
    runs.append((first, stop))
    return [(f, e) for f, e in runs if e > f]


def _column_heading(line: str) -> bool:
    """ "Core Working Strengths", "PERSONAL SKILLS", "Key skills:" — but not a line of praise
    among the items ("Good planning skill")."""
    body = tx.strip_bullet(line).strip()
    if not (len(tx.words(body)) <= 6 and _COLUMN_HEADING.search(body)):
        return False
    return body.endswith(":") or tx.capitalised_ratio(body) >= _HEADING_CAPITALS


_HEADING_CAPITALS = 0.6  # share of a column heading's words written with a capital


def _column_items(line: str) -> list[str]:
    """A line's items when it is a short item or a few between bullets, else none."""
    if len(line) > 120:
        return []
    body = tx.strip_bullet(line)
    # "Project Management      Budget Forecasting": two columns side by side, a cell gap
    # between them (the text keeps two spaces of a wider gap)
    items = [i for cell in CELL_GAP.split(body) for i in _grid_items(cell, " .,;*-–/")]
    if not items or not items[0][:1].isupper() or _COLUMN_NOT.search(body):
        return []
    if any(
        not 1 <= len(tx.words(i)) <= _COLUMN_ITEM_WORDS or len(i) > _COLUMN_ITEM_CHARS
        for i in items
    ):
        return []
    heading = sections.detect_heading(body)
    if heading and heading.strong:
        return []  # "CONTACT", "Education": the next section, not an item
    return items


_COLUMN_ITEM_WORDS = 5  # words of a column's item
_COLUMN_ITEM_CHARS = 45


def _grid_items(body: str, strip: str) -> list[str]:
    """The items between a grid's bars or bullets, ``strip`` cut from their edges."""
    return [i for i in (p.strip(strip) for p in _GRID_BAR.split(body)) if i]


def _role_line(line: str) -> bool:
    body = tx.strip_bullet(line)
    return roles.is_title(body) or places.is_place_name(body) or bool(dates.find_dates(body))


# a Skills section is read whole; schools' and courses' lines are no competencies, but for a
# column under a heading that names competencies (a sub-heading the section reading missed)
_NO_HEADED_COLUMN = frozenset(("skills", "references", "languages", "interests", "coursework"))
_NO_COLUMN = _NO_HEADED_COLUMN | {"education", "certifications"}
_COLUMN_NOT = re.compile(r"[:@]|\d{3,}|https?:|www\.")
_COLUMN_HEADING = re.compile(
    r"\b(?:skills?|competenc\w*|strengths|expertise|qualifications|proficienc\w*|highlights"
    r"|capabilities|speciali[sz]ations?|specialties|specialities|strong\s+points"
    r"|qualities|attributes|traits|quality\s+summary)\b",
    re.IGNORECASE,
)
_SKILLS_HEADING = re.compile(
    r"\b(?:skills?|competenc\w*|strengths|expertise|abilities|capabilities)\b", re.IGNORECASE
)
_GRID_BAR = re.compile(r"[|•·▪♦❖]")
_LEGAL_FORM = re.compile(rf"\b(?:{LEGAL_WORDS})\.?$", re.IGNORECASE)
_GRID_NOT = re.compile(r"[:\d@]")


_LANGUAGES_LABEL = re.compile(r"^\W*(?:spoken\s+)?languages?\b", re.IGNORECASE)


def _spoken(line: str) -> bool:
    return any(w.lower() in LANGUAGE_NAMES for w in tx.words(line))
