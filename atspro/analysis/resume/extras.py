"""Skills (via the taxonomy index), languages and projects (certifications: ``certificates``)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from atspro.analysis.resume import dates, entries, places, prose_skills, roles, sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.education import find_degree
from atspro.analysis.taxonomy.skills import SkillHit, get_index
from atspro.models import Language, Project, Skill

# --------------------------------------------------------------------------------- skills


def skills_from_hits(
    hits: list[SkillHit],
    line_starts: list[int],
    line_sections: list[str],
    lines: list[str] | None = None,
    not_skills: list[str] | None = None,
) -> list[Skill]:
    """Group index hits by canonical name, in order of first mention, with the sections
    (by line offset) each one appears in. A hit inside one of ``not_skills`` on its line
    (the employer "Acme Robotics", a school, the person's name, a place, a job title) is not
    a mention of the skill; spoken languages belong to ``languages``; a skill named only in
    the References section (a referee's title) is none of the candidate's."""
    by_name: dict[str, Skill] = {}
    names = _Phrases([*(not_skills or []), *_COUNTRY_NAMES])
    spans: dict[int, _Spans] = {}  # line -> where the not-skills sit in it
    for hit in hits:
        line_no = max(0, bisect.bisect_right(line_starts, hit.start) - 1)
        section = line_sections[line_no] if line_no < len(line_sections) else "other"
        if hit.name.casefold() in LANGUAGE_NAMES or prose_skills.not_claimed(hit, section):
            continue
        if lines and hit.name.casefold() in _CHANNELS and _CONTACT_LINE.search(lines[line_no]):
            continue  # "LinkedIn: linkedin.com/in/x | Skype: x": how to reach them, not a skill
        if lines and _names_a_title(hit, lines[line_no], hit.end - line_starts[line_no]):
            continue
        if lines and _spells_out_a_name(hit, lines[line_no], hit.start - line_starts[line_no]):
            continue
        if lines and _labels_a_list(
            lines[line_no], hit.start - line_starts[line_no], hit.end - line_starts[line_no]
        ):
            continue
        if lines and _names_a_body(
            lines[line_no], hit.start - line_starts[line_no], hit.end - line_starts[line_no]
        ):
            continue
        if lines and _collides(
            hit, lines[line_no], hit.start - line_starts[line_no], hit.end - line_starts[line_no]
        ):
            continue
        if lines:
            if line_no not in spans:
                spans[line_no] = names.spans_in(lines[line_no])
            start = hit.start - line_starts[line_no]
            if spans[line_no].covers(start, start + len(hit.surface)):
                continue
        surface = hit.surface
        if lines:  # "IIS 5.0", "Maven 2.0.9": the version written is part of what was named
            version = _VERSION.match(lines[line_no], hit.end - line_starts[line_no])
            surface += version.group(0) if version else ""
        skill = by_name.get(hit.name)
        if skill is None:
            by_name[hit.name] = Skill(
                name=hit.name,
                kind=hit.kind,
                surface_forms=[surface],
                sections=[section],
                count=1,
            )
            continue
        skill.count += 1
        if surface not in skill.surface_forms:
            skill.surface_forms.append(surface)
        if section not in skill.sections:
            skill.sections.append(section)
    # named only among the referees ("Professor of Economics", "a team player"): no claim
    return [s for s in by_name.values() if s.sections != ["references"]]


def _names_a_title(hit: SkillHit, line: str, end: int) -> bool:
    """ "Front End Supervisor", "Customer Service Advisor": the skill words only say which job
    it is (a named technology is kept: a "Java Developer" writes Java)."""
    m = _NEXT_WORD.match(line, end)
    if not m or m.group(1).lower() not in roles.TITLE_WORDS:
        return False
    info = get_index().info(hit.name)
    return info is not None and not info.hot


# "5.0", "v8.0", "2.0.9", "10g" right after the name; not a year ("Windows 2000") and not a
# duration ("Python 3 years", "Java 5+ yrs").
_VERSION = re.compile(
    r"[ \t]?v?(?:\d{1,2}(?:\.\d+)+|\d{1,2}[a-z]?)\b"
    r"(?![.\d]|-?bit|[ \t]*\+?[ \t]*(?:years?|yrs?|months?|bit)\b)",
    re.IGNORECASE,
)


def _collides(hit: SkillHit, line: str, start: int, end: int) -> bool:
    """Words that only look like the skill: part of a mail or web address ("me@site.com",
    "www.site.com" are not COM), of a Romance place or body name ("Rio de Janeiro"), or a short
    acronym in a publication's reference ("Doe, J. (2004). Reframing PMS: …", a journal "ACES
    Spectrum")."""
    left = line.rfind(" ", 0, start) + 1
    right = line.find(" ", end)
    token = line[left : right if right >= 0 else len(line)]
    if _WEB_ADDRESS.search(token):
        return True
    if _ROMANCE_OF.match(line, end):
        return True
    return len(hit.surface) <= 5 and hit.surface.isupper() and bool(_CITATION.search(line))


_WEB_ADDRESS = re.compile(r"@|://|www\.", re.IGNORECASE)
_ROMANCE_OF = re.compile(r"[ \t]+(?:de|del|da|do|dos|das|du|des|di)(?:[ \t]+[A-Z]|[ \t]*$)")


def _labels_a_list(line: str, start: int, end: int) -> bool:
    """ "Operating Systems: Windows, Linux", "Web Servers: Apache, IIS": the category a list is
    filed under, not a skill claimed (but "Leadership: led a team of five" stays)."""
    if line[:start].strip(" \t•·▪◦●*-–>"):
        return False
    m = _LABEL_END.match(line, end)
    return m is not None and bool(_LIST_SEPARATOR.search(line, m.end()))


_LABEL_END = re.compile(r"[ \t]*:")


def _names_a_body(line: str, start: int, end: int) -> bool:
    """ "Department of Computer Science", "Institute of Information Technology", "Web Design
    Company": the skill's words name a school's or an employer's unit, not a skill claimed."""
    tail = line[max(0, start - 4) : start].lower()
    if tail.endswith(("of ", "for ", "the ")) and _BODY_BEFORE.search(
        line, max(0, start - 30), start
    ):
        return True
    return bool(_BODY_AFTER.match(line, end) or _FIRM_AFTER.match(line, end))


_BODY_BEFORE = re.compile(
    r"\b(?:department|dept\.?|institute|school|faculty|college|cent(?:er|re)|office|division"
    r"|ministry|academy|university|bureau)\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BODY_AFTER = re.compile(
    r"\s+(?:department|dept\b|institute|faculty|company|inc\b|ltd\b|llc\b|corporation|society)",
    re.IGNORECASE,
)
# "Automated Data Processing, Inc.", "Quality Systems Riverton Healthcare Pvt Ltd": the skill's
# words begin a run of capitalised words that a company's legal form ends
_LEGAL_WORDS = r"pvt|ltd|inc|llc|limited|corp|corporation|gmbh|plc"  # a company's legal form
_FIRM_AFTER = re.compile(rf"(?:[ \t]+[A-Z][\w&.-]*){{0,3}},?[ \t]+(?i:{_LEGAL_WORDS})\b")
_LIST_SEPARATOR = re.compile(r"[,;|]")


def _spells_out_a_name(hit: SkillHit, line: str, start: int) -> bool:
    """ "Symposium for Research and Innovation (ESRI)": a bracketed acronym made of the initials
    of the capitalised words before it is that name's short form, not the skill "ESRI" (but
    "Search Engine Optimization (SEO)" spells the skill itself)."""
    acronym = hit.surface
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return False
    if (
        line[start - 1 : start] != "("
        or line[start + len(acronym) : start + len(acronym) + 1] != ")"
    ):
        return False
    words = [w for w in _WORD.findall(line[: start - 1]) if w.lower() not in _EDGE_WORDS]
    before = words[-len(acronym) :]
    if len(before) < len(acronym) or "".join(w[0] for w in before).upper() != acronym:
        return False
    if not all(w[:1].isupper() for w in before):
        return False
    return get_index().canonical(" ".join(before)) != hit.name


_NEXT_WORD = re.compile(r"[ \t]*/?[ \t]*([A-Za-z][\w-]*)")

# Multi-word countries: "United Kingdom" is not the skill "Kingdom".
_COUNTRY_NAMES = [c for c in places.COUNTRIES if " " in c]
_CHANNELS = tx.word_set("linkedin skype twitter github gitlab facebook instagram whatsapp telegram")
_CONTACT_LINE = re.compile(r"@|https?://|www\.|\.com\b|/in/|\d{3}[\s.)-]*\d{3}", re.IGNORECASE)


_WORD = re.compile(r"\w+")
_MAX_PHRASE_WORDS = 12  # a longer "employer" or "title" is a misread sentence, not a name


@dataclass(slots=True)
class _Spans:
    """Where phrases stand in a line: their starts, in order, and the furthest end reached by
    any phrase starting at or before each start (so one bisection answers "is it inside?")."""

    starts: list[int]
    reach: list[int]

    def covers(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and self.reach[k] >= end


class _Phrases:
    """Names matched word by word, whatever the case and punctuation between words. Finding
    them costs the line's words times the few distinct phrase lengths: linear in the text,
    however many employers, titles and schools the resume names."""

    def __init__(self, names: list[str]) -> None:
        self.keys: set[tuple[str, ...]] = set()
        for name in names:
            key = tuple(w.casefold() for w in _WORD.findall(name))
            if 0 < len(key) <= _MAX_PHRASE_WORDS:
                self.keys.add(key)
        self.firsts = {k[0] for k in self.keys}
        self.lengths = sorted({len(k) for k in self.keys}, reverse=True)

    def spans_in(self, line: str) -> _Spans:
        if self.firsts.isdisjoint(_WORD.findall(line.casefold())):
            return _Spans([], [])  # most lines: no name starts in them
        found = list(_WORD.finditer(line))
        words = [m.group(0).casefold() for m in found]
        starts: list[int] = []
        reach: list[int] = []
        for i, word in enumerate(words):
            if word not in self.firsts:
                continue
            for n in self.lengths:  # longest first: the widest span at this start
                if i + n <= len(words) and tuple(words[i : i + n]) in self.keys:
                    starts.append(found[i].start())
                    reach.append(max(found[i + n - 1].end(), reach[-1] if reach else -1))
                    break
        return _Spans(starts, reach)


_ITEM_SPLIT = re.compile(
    r"\s*(?:[,;|•·▪◦●♦❖]|\s[-~]\s|\s{2,}|\band\b(?=\s+[A-Z])"
    r"|\s(?:including|such\s+as|e\.\s*g\.|like)\b:?)\s*"  # "Office including Word"
)
_LIST_WORDS = tx.word_set("and or with etc other others including various basic advanced good")
_LEVELS = tx.word_set(
    "beginner elementary intermediate advanced expert proficient excellent fluent"
)
_ITEM_LABEL = re.compile(r"^[^:]{2,40}:\s*")
# "Proficient in 3D Studio Max, Maya", "Strong knowledge of SQL": the words leading a list
# into a sentence; what follows them is the list.
_LEAD_IN = re.compile(
    r"^(?:(?:very\s+)?(?:good|strong|excellent|sound|solid|basic|working|extensive|thorough"
    r"|in-depth|hands-on|practical|advanced|prior|some)\s+)?(?:knowledge|experience|expertise"
    r"|understanding|proficiency|familiarity|exposure)\s+(?:of|in|with|on|using)\s+"
    r"|^(?:highly\s+|very\s+)?(?:proficient|skilled|experienced|(?:well\s+)?versed|familiar"
    r"|competent|expert|conversant)\s+(?:in|with|at|on|using)\b\s*:?\s*"
    r"|^(?:including|such\s+as|e\.\s*g\.|i\.\s*e\.|like|especially)\s+",
    re.IGNORECASE,
)
# "C# (2 years)", "Less than 1 year": how long, not what (job-board skill lists)
_DURATION = re.compile(
    r"\(?\s*(?:less\s+than\s+|over\s+|more\s+than\s+)?\d+\+?\s*(?:years?|yrs?|months?)\s*\)?"
    r"|\byears?\b|\bmonths?\b",
    re.IGNORECASE,
)
_EDGE_WORDS = tx.word_set("of and or on in to for with the a an at by from than")
_ITEM_EDGE = _EDGE_WORDS | tx.word_set("under using via as like based")
_NOT_ITEM = re.compile(
    r"\b(?:summary|objective|course?work|courswork|(?:academic|track)\s+record|references?"
    r"|member|knowledgeable|experience[ds]?|skills?|proficien\w*|abilit\w+|details"
    r"|description|interests?|areas?|participant|honoree"
    r"|role|duties|functions|responsibilit(?:y|ies))\b"
    # "Training", "Relevant Training": a heading ("Staff Development & Training" and "Training
    # Plan Design" are skills)
    r"|^(?:relevant\s+|professional\s+)?trainings?"
    r"(?:$|\s*[/&,]|\s+(?:and|attended|undergone|programs?|courses?)\b)"
    r"|^(?:the\s+)?organi[sz]ation$"
    # a form's labels: "City", "Job Title" ("Multi Location Scheduling" is a skill)
    r"|^(?:\w+\s+){0,2}(?:title|city|state|location)$|^city\s*(?:&|and)\s*guilds\b"
    r"|\b(?:name|address)$"  # a form's labels ("Street Address", "Mother's Name")
    r"|^(?:date\s+of\s+birth|d\.?o\.?b|nationality|sex|gender|marital\s+status|married"
    r"|unmarried|single|male|female|religion|(?:zip|postal|pin)\s*code|page)$"
    # a category label on its own ("Software", "Databases") names no skill
    r"|^(?:languages?|software|hardware|databases?|tools?|platforms?|technolog(?:y|ies)"
    r"|frameworks?|others?|misc\w*|general|technical|computer|methodolog(?:y|ies)|concepts"
    r"|techniques|principles|applications|systems|solutions|services|protocols|utilities"
    r"|packages|environments?)$",
    re.IGNORECASE,
)


_MS_PRODUCT = re.compile(r"^MS[\s-]+[A-Z][\w-]*$")


def _plausible_item(
    item: str, ws: list[str], listed: bool = False, among_known: bool = False
) -> bool:
    """A list item as a skill: not a fragment of a sentence ("toolsets and", "of valuable
    soft skills"), a heading, a place or a bare state code ("Chicago", "IL"). In a list of
    short items (``listed``) lower case is how it is written ("team spirit, record keeping");
    among known skills (``among_known``: "MySQL, Derby, Struts") a town's name is a product's."""
    if ws[0].lower() in _ITEM_EDGE or ws[-1].lower() in _ITEM_EDGE:
        return False  # "toolsets and", "Banking under", "Testing by using": a sentence's piece
    lower = sum(w[:1].islower() for w in ws) == len(ws)
    if not listed and len(ws) >= 2 and item[:1].islower() and lower:
        return False  # "superb academic record": prose, not a name
    heading = sections.detect_heading(item)
    degree = find_degree(item) and not _MS_PRODUCT.match(item)  # "MS FrontPage" is software
    if _NOT_ITEM.search(item) or degree or (heading and heading.strong):
        return False  # a heading inside the list, a degree ("Diploma in Computer Applications")
    if len(ws) >= 2 and tx.is_all_caps(item) and sections.lookup_heading(ws[-1]):
        return False  # "MAJOR ACHIEVEMENTS", "PROFESSIONAL MEMBERSHIPS": a heading of its own
    return not ((places.is_place_name(item) and not among_known) or places.is_region_name(item))


def _qualifies_known(raw: str, rest: list[str]) -> bool:
    """What a known skill's cut leaves of a two-word item is only its platform ("Mac OSX") or
    an edition word after it ("Windows XP professional"): no skill of its own."""
    if all(p.islower() and p in _EDITIONS for p in rest):  # but "Flash Professional"
        return True
    return len(tx.words(raw)) == 2 and len(rest) == 1 and raw.startswith(rest[0] + " ")


_EDITIONS = tx.word_set("professional enterprise edition standard ultimate premium home server")


# "Operating Systems: Windows, Solaris", "Environment: Java, Oracle": a list of skills under its
# category label, wherever it stands (Education, Projects, a role, a "Languages" section).
_SKILL_LABEL_LINE = re.compile(
    r"^\W*(?:(?:programming|scripting|computer|software|technical|it|web|mobile|database|cloud"
    r"|development|testing)\s+)?(?:languages?|skills?|tools?|technolog(?:y|ies)|platforms?"
    r"|operating\s+systems?|os|databases?|frameworks?|environments?|ide'?s?|packages"
    r"|software|proficiency|libraries|servers?|methodologies)\s*:\s*\S.*[,;/|]",
    re.IGNORECASE,
)


def skill_list_lines(
    lines: list[str], labels: list[str], known: list[Skill] | None = None
) -> list[str]:
    """Lines to read list items from: the Skills section (but for spoken languages), a
    "Languages" section that lists programming languages, labelled skill lists anywhere, and
    anywhere a list of short items a third of which are ``known`` skills ("C++, Actionscript,
    Cocos2d-X, Box2D")."""
    forms = {f.casefold() for s in known or [] for f in (s.name, *s.surface_forms)}
    columns = _competency_columns(lines, labels, forms)
    out = []
    for n, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label == "references":
            continue
        if (
            label == "skills"
            or n in columns
            or (":" in line and _SKILL_LABEL_LINE.match(line))
            or (
                forms
                # a header's list of tools, but not its "LinkedIn | GitHub | e-mail" line
                and (label != "contact" or not _CONTACT_LINE.search(line))
                and _mostly_known(line, forms)
            )
            or (label not in ("contact", "interests") and _competencies(line))
        ):
            if not (_LANGUAGES_LABEL.match(line) and _spoken(line)):
                out.append(line)
        elif label == "languages" and not _spoken(line) and not _PROFICIENCY.search(line):
            out.append(line)
    return out


def _mostly_known(line: str, forms: set[str]) -> bool:
    """A list of four or more short items, two or more (and a third) of them known skills."""
    if sum(line.count(c) for c in ",;|") < 3:
        return False
    body = _ITEM_LABEL.sub("", tx.strip_bullet(line))
    items = [i.strip(" .:()[]*-–/&+") for i in _ITEM_SPLIT.split(body)]
    items = [i.casefold() for i in items if i]
    if len(items) < 4 or any(len(tx.words(i)) > 4 for i in items):
        return False
    hits = sum(i in forms or i.split(" ")[0] in forms for i in items)
    return hits >= 2 and hits * 3 >= len(items)


def _competencies(line: str) -> bool:
    """ "Layout & Design | Cost Controls | Contract Negotiations": three or more short items in
    title case between bars or bullets, a grid of competencies wherever it stands."""
    body = tx.strip_bullet(line)
    if len(_GRID_BAR.findall(body)) < 2 or _CONTACT_LINE.search(body) or _GRID_NOT.search(body):
        return False  # "GPA: 8.0 · First Class Honours", "CPR, 2002 | First Aid, 2001"
    items = [i.strip(" .,;()*-–/") for i in _GRID_BAR.split(body)]
    items = [i for i in items if i]
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
    cells = [[] if lab in _NO_COLUMN else _column_items(x) for x, lab in pairs]
    heads = [bool(c) and _column_heading(x) for x, c in zip(lines, cells, strict=True)]
    out: set[int] = set()
    start = 0
    while start < len(lines):
        if not cells[start]:
            start += 1
            continue
        if heads[start] and not (start and _column_heading(lines[start - 1])):
            start += 1  # the heading heads the run below it ("Clerical skills" under one: an item)
            continue
        stop = start + 1  # a run of item lines in one section, up to the next column's heading
        while (
            stop < len(lines) and cells[stop] and not heads[stop] and labels[stop] == labels[start]
        ):
            stop += 1
        if stop - start >= 3 and start and _column_heading(lines[start - 1]):
            out.update(range(start, stop))
        elif stop - start >= 3:  # no heading: known skills, and a role's line ends the run
            for first, end in _split_at_roles(lines, start, stop):
                items = [i.casefold() for n in range(first, end) for i in cells[n]]
                hits = sum(i in forms for i in items)
                if end - first >= 3 and hits >= 2 and hits * 3 >= len(items):
                    out.update(range(first, end))
        start = stop
    return out


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
    return len(tx.words(line)) <= 6 and bool(_COLUMN_HEADING.search(line))


def _column_items(line: str) -> list[str]:
    """A line's items when it is a short item or a few between bullets, else none."""
    if len(line) > 120:
        return []
    body = tx.strip_bullet(line)
    items = [i.strip(" .,;*-–/") for i in _GRID_BAR.split(body)]
    items = [i for i in items if i]
    if not items or not items[0][:1].isupper() or _COLUMN_NOT.search(body):
        return []
    if any(not 1 <= len(tx.words(i)) <= 5 or len(i) > 45 for i in items):
        return []
    heading = sections.detect_heading(body)
    if heading and heading.strong:
        return []  # "CONTACT", "Education": the next section, not an item
    return items


def _role_line(line: str) -> bool:
    body = tx.strip_bullet(line)
    return roles.is_title(body) or places.is_place_name(body) or bool(dates.find_dates(body))


# a Skills section is read whole; schools' and courses' lines are no competencies
_NO_COLUMN = frozenset(
    ("skills", "references", "languages", "interests", "education", "coursework", "certifications")
)
_COLUMN_NOT = re.compile(r"[:@]|\d{3,}|https?:|www\.")
_COLUMN_HEADING = re.compile(
    r"\b(?:skills?|competenc\w*|strengths|expertise|qualifications|proficienc\w*|highlights"
    r"|capabilities|speciali[sz]ations?|specialties|specialities|strong\s+points)\b",
    re.IGNORECASE,
)
_GRID_BAR = re.compile(r"[|•·▪♦❖]")
_LEGAL_FORM = re.compile(rf"\b(?:{_LEGAL_WORDS})\.?$", re.IGNORECASE)
_GRID_NOT = re.compile(r"[:\d@]")


_LANGUAGES_LABEL = re.compile(r"^\W*(?:spoken\s+)?languages?\b", re.IGNORECASE)


def _spoken(line: str) -> bool:
    return any(w.lower() in LANGUAGE_NAMES for w in tx.words(line))


# a phone number, a postcode or a figure: no skill, but "Win2000", "Access 2013" name versions
_NUMBER = re.compile(r"(?<![\w.])\d{5,}|\d{3,}\W+\d{3,}|^\d|\b\d{3,}\b(?!\s*$)")
_WHEN = re.compile(
    rf"(?:{dates.MONTH}|spring|summer|fall|autumn|winter)(?:\W*(?:\d{{2}}|\d{{4}}|\d\dxx))?",
    re.IGNORECASE,
)
_CITATION = re.compile(
    r"[“”]|\bet\s+al\b|\b[A-Z]\.\s*[A-Z]?\.?\s*(?:and|&)\s+[A-Z][a-z]+,"
    r"|^\W*[A-Z][\w'’-]+,\s+[A-Z]\.(?:\s*[A-Z]\.)*.*\(\d{4}\b"  # "Doe, J. (2004)." (APA)
)
_ADDRESS = re.compile(r"@|https?:|www\.|\w\.(?:com|org|edu|info|io|co|fr|de|in|uk)\b", re.I)
_WHOLE_BRACKET = re.compile(r"^(?P<name>[^(\[]+)[(\[](?P<inner>[^()\[\]]+)[)\]]\W*$")
_CUT_BRACKET = re.compile(r"^(?P<tail>[^(\[]*)[)\]]|[(\[][^)\]]*$")


def _bracket_parts(piece: str) -> list[str]:
    """Brackets inside a list: "Office (Excel" and "Publisher)" (the split cut the bracket) or
    "Pemberly (Tovix)" -> the name and the items it holds, each an item of the list."""
    whole = _WHOLE_BRACKET.match(piece)
    if whole:
        return [whole.group("name"), whole.group("inner")]
    m = _CUT_BRACKET.search(piece)
    if m is None:
        return [piece]
    if m.group("tail") is not None:
        return [m.group("tail")]
    return [piece[: m.start()], piece[m.start() + 1 :]]


def _dated(line: str) -> bool:
    """A month and year or a date range: a role's or a project's line, not a list of skills."""
    return dates.find_range(line) is not None or any("-" in d for d, _ in dates.find_dates(line))


@dataclass(slots=True)
class ListItems:
    """One pass over the skills lists: the items the taxonomy does not know, as skills, and
    the items that name spoken languages ("WAN, LAN, English, Docker"), as written."""

    skills: list[Skill]
    spoken: list[str]


def read_skill_lists(
    lines: list[str], known: list[Skill], not_skills: list[str] | None = None
) -> ListItems:
    """Skills-section list items the taxonomy does not know ("Drupal theming"), kept and
    marked ``recognised=False``: a Skills section is the candidate's own list. An item that is
    one of ``not_skills`` (the person's name, an employer, a school, a title) is none. Items
    naming spoken languages are handed back for ``languages_listed``."""
    by_form = {form.casefold(): s for s in known for form in (s.name, *s.surface_forms)}
    seen = set(by_form)
    names = _Phrases(not_skills or [])
    known_forms = _KnownForms(seen)
    out: dict[str, Skill] = {}
    spoken: list[str] = []

    def heard(raws: list[str]) -> None:
        spoken.extend(raw for raw in raws if _language_item(raw))

    def keep(item: str, alone: bool, listed: bool, among_known: bool = False) -> None:
        item = _LEAD_IN.sub("", item.strip(" .:()[]*-–/&+"))
        if listed:
            item = _LIST_AND.sub("", item)  # "Leadership, teamwork, and time management"
        if alone and len(tx.words(item)) == 1 and item[:1].islower():
            return  # "performing." a wrapped sentence's end
        if not (alone and tx.capitalised_ratio(item) == 1):  # "Applied Skills": a heading
            item = _skill_of(item)
        ws = tx.words(item)
        if not 1 <= len(ws) <= 4 or len(item) > 40 or len(item) < 2:
            return
        if len(ws) == 1 and item[0].isdigit():
            return  # "10g" left of "Oracle 10g"
        if _WHEN.fullmatch(item):
            return  # "Jun" of a date the list's split cut; "Summer 2012", "Fall 20XX"
        key = item.casefold()
        if key in seen or key in LANGUAGE_NAMES or key in _LIST_WORDS or key in _LEVELS:
            return  # "Advanced", "Intermediate": the level a table gives the skill beside it
        if not _plausible_item(item, ws, listed, among_known):
            return
        if alone and tx.is_all_caps(item) and any(len(w) >= 5 for w in ws):
            return  # "CLERICAL", "PERSONAL DOSSIER" alone on a line: a sub-heading
        if not item[0].isalnum() or _NUMBER.search(item) or _ADDRESS.search(item):
            return
        if names.spans_in(item).covers(0, len(item)):
            return  # "Acme Printing Services" read from a line that names the employer
        if key not in out:
            out[key] = Skill(name=item, surface_forms=[item], sections=["skills"], recognised=False)

    for line in _join_cut_items(lines):
        body = tx.strip_bullet(line)
        read = _LEAD_IN.sub("", _ITEM_LABEL.sub("", body))
        label = None
        if (
            _dated(body)  # "Acme Ltd, Pune (Jun 06 - Jul 11)": a role read into the list
            or _CITATION.search(body)  # "Doe, J. and Roe, K. “A study of ...”": authors
            or (label := _described_label(body))  # "Team Work: Developed the ability to ..."
            # a sentence; prose with commas ("Hold up-to-date information on SEM, SEO")
            or _sentence(body, read)
        ):
            if label:
                keep(label, True, False)
            heard(_ITEM_SPLIT.split(_DURATION.sub(" ", body)))
            continue
        body = _DURATION.sub(" ", read)
        raws = _ITEM_SPLIT.split(body)
        heard(raws)
        listed = _short_items(body, raws)
        known_here = sum(r.strip(" .:()[]*-–/&+").casefold() in seen for r in raws)
        among_known = known_here >= 2 and known_here * 2 >= len(raws)
        for raw in raws:
            raw = _LEAD_IN.sub("", raw.strip())
            # Known skills are cut out: "Observability Datadog PagerDuty" (a two-column PDF
            # line) leaves "Observability" and "PagerDuty", as the one-column render does.
            pieces = [p.strip(" .:()[]*-–/&+") for p in known_forms.split(raw)]
            if len(pieces) > 1 and _qualifies_known(raw, [p for p in pieces if p]):
                # "Mac OSX", "Windows XP professional": the known skill, written so
                cut = known_forms.split(raw)
                skill = by_form.get(raw[len(cut[0]) : len(raw) - len(cut[-1])].casefold())
                if skill is not None and raw.strip() not in skill.surface_forms:
                    skill.surface_forms.append(raw.strip())
                continue
            if len(pieces) == 1 or any(p[:1].islower() for p in pieces):
                pieces = [raw]  # "Drupal theming": one phrase, not a run of names
            alone = len(raws) == 1 and len(pieces) == 1
            for item in (part for p in pieces for part in _bracket_parts(p)):
                keep(item, alone, listed, among_known)
    return ListItems(list(out.values()), spoken)


def _join_cut_items(lines: list[str]) -> list[str]:
    """ "Regional Fleet Planning & Contract" / "Management": a line ending in "&", "and",
    "of" or a slash was cut inside an item; the next line (no bullet of its own) ends it."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and _CUT_END.search(out[-1])
            and line.strip()
            and not tx.bullet_glyph(line)
            and not _ITEM_LABEL.match(line.strip())  # "Tools: …": a list of its own
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


_CUT_END = re.compile(r"(?:[&/]|\b(?:and|or|of|for|with))\s*$", re.IGNORECASE)


def is_list_sentence(line: str) -> bool:
    """A line of a skills list that the list reading skips as a sentence or prose (what the
    prose reading is for): "Skilled at initiating brand development ideas"."""
    body = tx.strip_bullet(line)
    return _sentence(body, _LEAD_IN.sub("", _ITEM_LABEL.sub("", body)))


def _sentence(body: str, read: str) -> bool:
    return (len(tx.words(body)) > 12 and not _ITEM_SPLIT.search(body)) or _prose(read)


def _short_items(body: str, raws: list[str]) -> bool:
    """ "Leadership, teamwork, and time management": three or more items of at most four words."""
    return len(_LIST_COMMA.findall(body)) >= 2 and all(len(tx.words(r)) <= 4 for r in raws)


_LIST_COMMA = re.compile(r"[,;]")
_LIST_AND = re.compile(r"^(?:and|or|&)\s+(?:other\s+)?(?=\w)", re.IGNORECASE)
# "Drafting skills", "Strong writing skills": the skill is what the skills are in; "Soft
# Skills", "Technical Skills" name a category.
_SKILLS_IN = re.compile(
    r"^(?:(?:very\s+|highly\s+)?(?:good|strong|excellent|sound|solid|effective|superb|great"
    r"|outstanding|exceptional|proven|advanced|basic)\s+)?(?P<what>.+?)\s+skills?$",
    re.IGNORECASE,
)
_SKILL_CATEGORY = tx.word_set(
    """soft hard technical key core other special personal professional additional general
    transferable computer it language languages relevant life"""
)


def _skill_of(item: str) -> str:
    m = _SKILLS_IN.match(item)
    if m is None or all(w.lower() in _SKILL_CATEGORY for w in tx.words(m.group("what"))):
        return item
    return m.group("what")


def _prose(body: str) -> bool:
    first = _ITEM_SPLIT.split(body, maxsplit=1)[0]
    return len(tx.words(body)) >= 6 and (
        tx.capitalised_ratio(body) < 0.4
        or (tx.starts_with_verb(body) and len(tx.words(first)) >= 4)
    )


def _described_label(body: str) -> str | None:
    """ "Time Management: Balanced work and study ...": a short capitalised label that a
    sentence describes names the skill (not a heading: "Strengths: Highly motivated")."""
    m = _ITEM_LABEL.match(body)
    if m is None or not body[:1].isupper():
        return None
    label, rest = body[: m.end()].strip(" :"), body[m.end() :]
    if not 1 <= len(tx.words(label)) <= 4 or sections.lookup_heading(label):
        return None
    if not (len(tx.words(rest)) >= 6 and (tx.starts_with_verb(rest) or _prose(rest))):
        return None
    items = _ITEM_SPLIT.split(rest)
    if len(items) >= 3 and len(tx.words(rest)) < 4 * len(items):
        return None  # "Platforms: Embedded PC, Microchip PIC, ...": a list under its label
    return label


class _KnownForms:
    """Known skills' spellings found in a list item as whole words, whatever the case; looked
    up by their first word, so nothing is compiled per document and the cost is linear."""

    def __init__(self, forms: set[str]) -> None:
        # first word -> (where that word starts in the spelling, the spelling), longest first
        self.by_word: dict[str, list[tuple[int, str]]] = {}
        for form in sorted(forms, key=lambda f: (-len(f), f)):
            m = _WORD.search(form)
            if m:
                self.by_word.setdefault(m.group(0), []).append((m.start(), form))

    def split(self, text: str) -> list[str]:
        """``text`` cut around each known spelling (leftmost, longest first)."""
        low = text.casefold()
        if len(low) != len(text) or not self.by_word:
            return [text]  # "ß" -> "ss" would shift every offset; rare enough to skip
        pieces, last = [], 0
        for m in _WORD.finditer(low):
            if m.start() < last:
                continue
            for lead, form in self.by_word.get(m.group(0), ()):
                start, end = m.start() - lead, m.start() - lead + len(form)
                if (
                    start >= last
                    and low.startswith(form, start)
                    and not (start and _WORD_CHAR.match(low, start - 1))
                    and not _WORD_CHAR.match(low, end)
                ):
                    pieces.append(text[last:start])
                    last = end
                    break
        pieces.append(text[last:])
        return pieces


_WORD_CHAR = re.compile(r"\w")

# ------------------------------------------------------------------------------ languages

LANGUAGE_NAMES = tx.word_set(
    """english spanish french german italian portuguese russian chinese mandarin cantonese
    japanese korean arabic hindi bengali bangla urdu punjabi tamil telugu marathi gujarati
    kannada malayalam odia turkish persian farsi dari pashto dutch flemish swedish norwegian
    danish finnish polish czech slovak hungarian romanian bulgarian greek hebrew ukrainian
    belarusian serbian croatian bosnian slovenian macedonian lithuanian latvian estonian
    vietnamese thai indonesian malay filipino tagalog swahili amharic yoruba hausa igbo zulu
    xhosa afrikaans somali catalan basque galician irish welsh icelandic albanian armenian
    georgian azerbaijani kazakh uzbek mongolian nepali sinhala burmese khmer lao latin
    esperanto luxembourgish maltese tibetan kurdish tigrinya"""
)
_SIGN = re.compile(r"\b(?:american|british|french)\s+sign\s+language|\b(?:ASL|BSL)\b")
_PROFICIENCY = re.compile(
    r"\b(?:native(?:\s+speaker)?|mother\s+tongue|bilingual|fluent|fluency|proficient"
    r"|full\s+professional(?:\s+proficiency)?|professional\s+working(?:\s+proficiency)?"
    r"|limited\s+working(?:\s+proficiency)?|working\s+(?:knowledge|proficiency)"
    r"|elementary(?:\s+proficiency)?|conversational|intermediate|upper[- ]intermediate"
    r"|advanced|beginner|basic|business\s+level|[ABC][12](?![\w]))",
    re.IGNORECASE,
)


def languages_listed(items: list[str], found: list[Language]) -> list[Language]:
    """Spoken languages written as items of a skills list ("WAN, LAN, English, Docker",
    "LANGUAGE Bengali English Hindi"): ``items`` made only of language names and proficiency
    words (``ListItems.spoken``). Those not already in ``found``."""
    have = {lang.name.casefold() for lang in found}
    return [lang for lang in parse_languages(items) if lang.name.casefold() not in have]


def _language_item(raw: str) -> bool:
    ws = [w.lower() for w in tx.words(raw)]
    return any(w in LANGUAGE_NAMES for w in ws) and all(
        w in LANGUAGE_NAMES or w in _LEVEL_WORDS for w in ws
    )


_LEVEL_WORDS = tx.word_set(
    """language languages native fluent fluency proficient proficiency full professional
    working limited elementary conversational intermediate advanced beginner basic business
    level mother tongue bilingual expert good read write speak spoken written and"""
)


def parse_languages(lines: list[str]) -> list[Language]:
    found: dict[str, Language] = {}
    for line in lines:
        body = tx.strip_bullet(line)
        body = re.sub(r"^(?:spoken\s+)?languages?\s*:?\s*", "", body, flags=re.IGNORECASE)
        for item in _split_language_items(body):
            for m in re.finditer(r"[A-Za-zÀ-ÿ]+", item):
                word = m.group(0).lower()
                if word not in LANGUAGE_NAMES or word in found or _in_place_name(item, m):
                    continue
                prof = _PROFICIENCY.search(item)
                found[word] = Language(
                    name=m.group(0)[:1].upper() + m.group(0)[1:].lower(),
                    proficiency=tx.collapse(prof.group(0)) if prof else None,
                )
        sign = _SIGN.search(body)
        if sign and sign.group(0).lower() not in found:
            found[sign.group(0).lower()] = Language(name=sign.group(0), proficiency=None)
    return list(found.values())


_NEXT_NAME = re.compile(r"\s+([A-Z][a-z]+)")


def _in_place_name(item: str, m: re.Match[str]) -> bool:
    """ "Tamil Nadu", "Punjabi Bagh": the language's word begins the name of a place."""
    nxt = _NEXT_NAME.match(item, m.end())
    return nxt is not None and places.is_place_name(f"{m.group(0)} {nxt.group(1)}")


def _split_language_items(body: str) -> list[str]:
    # "English (native), Spanish - fluent": split on list separators but keep "(native)".
    depth, items, cur = 0, [], ""
    for ch in body:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth == 0 and ch in ",;|•·▪":
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    return [i.strip() for i in items if i.strip()]


# ------------------------------------------------------------------------------- projects

_URL_IN = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|io|dev|app|org|net)/\S*", re.IGNORECASE
)
_NAME_COLON = re.compile(r"^(?P<name>[^:]{2,60}?):\s+(?P<desc>\S.*)$")


def parse_projects(lines: list[str]) -> list[Project]:
    body_lines = [x for x in lines if x.strip()]
    if (
        body_lines
        and all(tx.bullet_glyph(x) for x in body_lines[:1])
        and not any(not tx.bullet_glyph(x) and entries.header_like(x) for x in body_lines)
    ):
        return _projects_from_bullets(body_lines)
    out: list[Project] = []
    for block in entries.segment_by_headers(body_lines):
        header = [_without_dates(h) for h in block.header]
        header = [h for h in header if tx.words(h)]
        if not header:
            continue
        name = tx.collapse(header[0]).strip(" ,|-–")
        extra = [tx.collapse(h) for h in header[1:]]
        bullets = [
            tx.strip_bullet(x) for x in tx.join_wrapped([b for b in block.body if b.strip()])
        ]
        glyphs = any(tx.bullet_glyph(b) for b in block.body)
        prose = [] if glyphs else bullets
        description = " ".join([*extra, *prose]).strip() or None
        url = _first_url([*block.raw_header, *block.body])
        out.append(
            Project(
                name=name,
                description=description,
                url=url,
                bullets=bullets if glyphs else [],
            )
        )
    return out


def _without_dates(text: str) -> str:
    for _, (s, e) in reversed(dates.find_dates(text)):
        text = f"{text[:s]} {text[e:]}"
    return tx.collapse(text).strip(" ,|-–()")


def _projects_from_bullets(lines: list[str]) -> list[Project]:
    out = []
    for item in tx.join_wrapped(lines):
        m = _NAME_COLON.match(item)
        if m:
            out.append(
                Project(
                    name=m.group("name").strip(),
                    description=m.group("desc").strip(),
                    url=_first_url([item]),
                )
            )
        else:
            out.append(
                Project(
                    name=item[:80].strip(),
                    description=item if len(item) > 80 else None,
                    url=_first_url([item]),
                )
            )
    return out


def _first_url(lines: list[str]) -> str | None:
    for line in lines:
        m = _URL_IN.search(line)
        if m:
            return m.group(0).rstrip(".,;)")
    return None
