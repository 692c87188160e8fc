"""Skills read from skills LISTS (issue 14): the items of a Skills section, labelled lists
and competency columns that the taxonomy does not know ("Drupal theming"), kept as the
candidate's own words and marked not recognised; spoken languages among the items handed back.
Which lines are lists is ``skill_lines``' task."""

from __future__ import annotations

import re
from dataclasses import dataclass

from atspro.analysis.resume import dates, places, roles, sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.education import find_degree
from atspro.analysis.resume.extras import LANGUAGE_NAMES, PROFICIENCY, language_item
from atspro.analysis.resume.phrases import EDGE_WORDS, WORD, Phrases
from atspro.analysis.resume.skill_hits import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    RATING_SCALE,
    SCORE,
    cites,
)
from atspro.analysis.taxonomy.skills import SkillInfo, get_index
from atspro.models import Skill

_SEPARATORS = (  # "Office including Word"
    r"[,;|•·▪◦●♦❖~]|\s[-–—/]\s|\s{2,}|\s(?:including|such\s+as|e\.\s*g\.|like)\b:?"
)
_AND_OR_WORD = r"\b(?:and|or)\b(?=\s+[A-Z])"
ITEM_SPLIT = re.compile(rf"\s*(?:{_SEPARATORS}|{_AND_OR_WORD})\s*")
_NOT_AND = re.compile(rf"\s*(?:{_SEPARATORS})\s*")
_AND_OR = re.compile(_AND_OR_WORD)


def _split_items(body: str) -> list[str]:
    """``body``'s items (``ITEM_SPLIT``), where a known name written with "and" stays one
    ("Mergers and Acquisitions", not "Mergers" and "Acquisitions")."""
    raws = ITEM_SPLIT.split(body)
    if len(raws) < 2 or not _AND_OR.search(body):
        return raws
    index = get_index()
    pieces = _NOT_AND.split(body)
    known = [bool(_AND_OR.search(p)) and index.is_skill(p.strip(" .:()[]*-–/&+")) for p in pieces]
    if not any(known):
        return raws
    return [
        x for p, k in zip(pieces, known, strict=True) for x in ([p] if k else ITEM_SPLIT.split(p))
    ]


_LIST_WORDS = tx.word_set(
    "and or with etc more other others including various basic advanced good spoken written"
)
# the levels a list gives its items ("Expert", "Good"; "Working knowledge" is ``PROFICIENCY``)
_LEVEL_WORDS = (
    "beginner elementary intermediate advanced expert proficient excellent fluent strong good"
    " average fair native basic weak"
)
_LEVELS = tx.word_set(_LEVEL_WORDS)
ITEM_LABEL = re.compile(r"^[^:]{2,40}:\s*")
# "Bilingual", "Bilingual: English and Spanish": speaking two languages, claimed as a skill
MULTILINGUAL = re.compile(r"^\W*((?:bi|tri|multi)lingual)\b(?=\s*(?::|$))", re.IGNORECASE)
# "Proficient in 3D Studio Max, Maya", "Strong knowledge of SQL": the words leading a list
# into a sentence; what follows them is the list.
_LEAD_IN = re.compile(
    r"^(?:(?:very\s+)?(?:good|strong|excellent|sound|solid|basic|working|extensive|thorough"
    r"|in-depth|hands-on|practical|advanced|prior|some|outstanding|superb|exceptional|deep"
    r"|broad|comprehensive|proven|fair)\s+)?(?:knowledge|experience|expertise"
    r"|understanding|proficiency|familiarity|exposure)\s+(?:of|in|with|on|using)\s+"
    r"(?:using\s+)?"
    r"|^(?:highly\s+|very\s+)?(?:proficient|skilled|experienced|(?:well\s+)?versed|familiar"
    r"|competent|expert|conversant)\s+(?:in|with|at|on|using)\b\s*:?\s*"
    r"|^(?:including|such\s+as|e\.\s*g\.|i\.\s*e\.|like|especially)\s+",
    re.IGNORECASE,
)
# "C# (2 years)", "Less than 1 year": how long, not what (job-board skill lists). The number
# starts at its first digit: a long run of digits is scanned once, not from each digit.
_HOW_LONG = (
    r"\(?\s*(?:less\s+than\s+|over\s+|more\s+than\s+)?(?<!\d)\d+\+?\s*"
    r"(?:years?|yrs?|months?)\s*\)?"
)
_DURATION = re.compile(rf"{_HOW_LONG}|\byears?\b|\bmonths?\b", re.IGNORECASE)
_HOW_LONG_RE = re.compile(_HOW_LONG, re.IGNORECASE)


# the item a duration follows in a job board's table: "DATABASE (2 years)", "Networking 3 years"
_TIMED_ITEM = re.compile(
    rf"(?:^|[,;|•·]|\s{{2}})\s*([A-Za-z](?:[\w&/]|\s(?!\s)){{0,40}}?)\s*{_HOW_LONG}", re.IGNORECASE
)


def _undurated(text: str) -> str:
    """``text`` with its durations cut; in a job board's table of skills read as one line
    ("Kiln Loading 3 years  Sail Rigging 2 years", two durations or more) each duration ends
    its item (it had eaten the spaces that separated them)."""
    if len(_HOW_LONG_RE.findall(text)) >= 2:
        text = _HOW_LONG_RE.sub(", ", text)
    return _DURATION.sub(" ", text)


# "Python (4/5)", "Glaze Mixing ★★★★☆", "Tovix ▰▰▰▱▱", "Kiln Loading 75%", "Excel - 8/10": how
# well, not what
# (each run of spaces taken once, from where it starts: no backtracking into a long run)
_RATING = re.compile(
    r"(?<!\s)\s*+(?:[-–—:]\s*+)?(?:[★☆✩✪✫✬✭✮✯⭐◉◎◯○●⚫⚪▰▱■□◼◻⬛⬜█▓▒░]{2,}|\(?\b\d{1,3}\s*%\)?"
    rf"|{SCORE})(?=\s*+(?:$|[,;|•·])|\s{{2}})"
)
# "Sketching Good Carving Good", "Microsoft Word good 4 Glaze Mixing excellent 5": a level (and
# its score) after each item separates the items of a rated list (two or more such levels)
_RATED_LEVEL = re.compile(
    rf"\s+(?:very\s+)?(?:{'|'.join(_LEVEL_WORDS.split())})(?:\s+\d{{1,2}}(?:\s*/\s*\d{{1,2}})?)?"
    r"(?=\s+(?-i:[A-Z])|\s*$)",
    re.IGNORECASE,
)
_RATED_MIN = 2  # levels after items that make a line a rated list


# under a rating scale, the score (and its level) after an item: "Python 4 Kiln Loading good 3"
_SCALED = re.compile(
    rf"(?:\s+(?:very\s+)?(?:{'|'.join(_LEVEL_WORDS.split())}))?\s+(?:10|[1-9])(?=\s+\S|\s*$)",
    re.IGNORECASE,
)
_SCALED_TAIL = 8  # words of an item ("Kiln Loading and Glaze Mixing"): more end the list


def _scaled_from(lines: list[str]) -> list[bool]:
    """Per line, whether a rating scale is stated on it or above it ("Proficiency levels 1-5
    below"): the scores follow the scale; "Windows 10" over it is a version."""
    out, scaled = [], False
    for line in lines:
        scaled = scaled or RATING_SCALE.search(line) is not None
        out.append(scaled)
    return out


def _unrated(line: str, scaled: bool = False) -> list[str]:
    """``line`` with the ratings after its items cut ("Python (4/5)", "Excel ★★★★") and, in a
    rated list, each level after an item made a separator: "Sketching Good Carving Good" ->
    "Sketching, Carving"; what follows the last level, when longer than an item, is a line of
    its own (a flattened text's next sentences). Under a rating scale (``scaled``: "Rating from
    1 to 5" in the list), the scale's own words go and each score after an item separates."""
    if scaled:
        if cue := RATING_SCALE.search(line):
            line = line[cue.end() :]  # "Skills Rating from 1 to 5 Python 4": the list follows
        items, pos = [], 0
        for m in _SCALED.finditer(line):  # each score ends an item, up to a longer stretch
            if len(tx.words(line[pos : m.start()])) > _SCALED_TAIL:
                break
            items.append(line[pos : m.start()].strip())
            pos = m.end()
        if items:  # what follows the last score's item: the text's next line
            return [", ".join(x for x in items if x), *([line[pos:]] if line[pos:].strip() else [])]
        if cue and not any(w[:1].isupper() for w in tx.words(line)):
            return []  # "Proficiency levels 1-5 below": the cue and words about it, no item
    line = _RATING.sub("", line)
    if len(_RATED_LEVEL.findall(line)) < _RATED_MIN:
        return [line]
    pieces = _RATED_LEVEL.split(line)
    sizes = [len(tx.words(p)) for p in pieces]
    # the items between the levels, but for a longer lead-in ("Self rating out of five Excel") and
    # what follows the last level: short ("Routers Basic Setup …" is no rated list)
    core = sizes[int(sizes[0] > 4) : len(sizes) - int(not 1 <= sizes[-1] <= 4)]
    short = sum(1 <= n <= 4 for n in core)
    if short < _RATED_MIN or short * 3 < 2 * len(core):
        return [line]
    if sizes[-1] <= 4:
        return [", ".join(p.strip() for p in pieces).rstrip(" ,")]
    return [", ".join(p.strip() for p in pieces[:-1]), pieces[-1]]


_ITEM_EDGE = EDGE_WORDS | tx.word_set("under using via as like based how what why about into")
_CATEGORY = (
    r"(?:languages?|software|hardware|databases?|tools?|platforms?|technolog(?:y|ies)"
    r"|frameworks?|others?|misc\w*|general|technical|computer|methodolog(?:y|ies)|concepts"
    r"|techniques|principles|applications|systems|solutions|services|protocols|utilities"
    r"|packages|environments?)"
)
_NOT_ITEM = re.compile(
    r"\b(?:summary|objective|course?work|courswork|(?:academic|track)\s+record|references?"
    r"|member|knowledgeable|experience[ds]?|skills?|proficien\w*|abilit\w+|details"
    r"|description|interests?|areas?|participant|honoree"
    r"|role|duties|functions|responsibilit(?:y|ies)|achievements|certifications|declaration"
    r"|copyright|undertaken)\b"
    # a heading of the document's own ("Key Projects", "Sample Resume", "Resume of Jane Doe")
    r"|^(?:key|academic|major|minor|personal|relevant|other)\s+projects\b"
    r"|^(?:(?:sample|my|\w+'s)\s+)?(?:\w+\s+)?r[eé]sum[eé]$|^r[eé]sum[eé]\s+of\b"
    # "Training", "Relevant Training": a heading ("Staff Development & Training" and "Training
    # Plan Design" are skills)
    r"|^(?:relevant\s+|professional\s+)?trainings?"
    r"(?:$|\s+(?:attended|undergone|programs?|courses?)\b|\s*(?:[/&,]|\band\b)\s*"
    r"(?:seminars?|workshops?|courses?|conferences?|certifications?|projects?|internships?"
    r"|programs?|placements?)\b)"
    r"|^(?:the\s+)?organi[sz]ation$"
    r"|^(?:basic|good|strong|sound|working|some|fair|excellent)\s+knowledge\b"
    r"|\b(?:attended|undergone)$"  # "Seminars / Workshops attended": a heading
    # a form's labels: "City", "Job Title" ("Multi Location Scheduling" is a skill)
    r"|^(?:\w+\s+){0,2}(?:title|city|state|location)$|^city\s*(?:&|and)\s*guilds\b"
    r"|\b(?:name|address)$"  # a form's labels ("Street Address", "Mother's Name")
    r"|^(?:date\s+of\s+birth|d\.?o\.?b|nationality|sex|gender|marital\s+status|married"
    r"|unmarried|single|male|female|religion|(?:zip|postal|pin)\s*code|page|zip|phone|cell"
    r"|fax|yes|no|(?:cell|home|work|office)\s*/\s*(?:cell|home|work|office))$"
    r"|^(?:married|single)\s+d\.?o\.?b$"
    # a skills table's header row: "Skill | Level | Years", "Proficiency Rating", "Last Used"
    r"|^(?:(?:skill|proficiency|experience)\s+)?(?:levels?|ratings?|last\s+used|years?"
    r"|categor(?:y|ies))$",
    re.IGNORECASE,
)
# a category label on its own ("Software", "Databases", "Systems & Environments") names no
# skill, but where a table gives it a duration ("DATABASE (2 years)") it is the skill listed
_CATEGORY_ALONE = re.compile(
    rf"^{_CATEGORY}(?:\s*(?:&|,|/|\band\b)\s*{_CATEGORY})*$", re.IGNORECASE
)


# a list's label of a kind of thing: "Programming Languages", "Ticketing Tools", "Web
# Technologies", "Cloud Providers" (its words generic: "MVC Frameworks", "Hand Tools" are items)
_KIND_LABEL = re.compile(
    r"^(?:(?:programming|scripting|computer|web|internet|development|database|ticketing|working"
    r"|mobile|cloud|operating|design(?:ing)?|testing|office|software|hardware|markup|query"
    r"|wireless|networking|reporting|monitoring|other|misc|it|version\s+control"
    r"|productivity)\s+)"
    r"(?:languages?|technolog(?:y|ies)|platforms?|frameworks|environments?|packages|utilities"
    r"|providers|tools?)\s*:?$",
    re.IGNORECASE,
)
# a job title's last word: the post held ("Test Director", "Enterprise Architect" name tools)
_HELD_TITLE = re.compile(
    r"\b(?:engineer|developer|programmer|administrator|manager|analyst|consultant|officer"
    r"|executive|assistant|specialist|technician|coordinator)s?$",
    re.IGNORECASE,
)
_GERUND = re.compile(r"[a-z]{3,}ing\b")
_PAGE_MARK = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\b", re.IGNORECASE)
# a sentence's stop inside an item, and what follows it: the writer's next sentence
_NEW_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])\s+[A-Z].*$")
# software named like a degree: "MS FrontPage"; "BBM" alone (a messenger; the degree is read
# in the education section or with its field or year beside it)
_MS_PRODUCT = re.compile(r"^(?:MS[\s-]+[A-Z][\w-]*|BBM)$")


def _plausible_item(
    item: str,
    ws: list[str],
    listed: bool = False,
    among_known: bool = False,
    timed: frozenset[str] = frozenset(),
) -> bool:
    """A list item as a skill: not a fragment of a sentence ("toolsets and", "of valuable
    soft skills"), a heading, a place or a bare state code ("Chicago", "IL"). In a list of
    short items (``listed``) lower case is how it is written ("team spirit, record keeping");
    among known skills (``among_known``: "MySQL, Derby, Struts") a town's name is a product's."""
    if ws[0].lower() in _ITEM_EDGE or ws[-1].lower() in _ITEM_EDGE:
        return False  # "toolsets and", "Banking under", "Testing by using": a sentence's piece
    lower = sum(w[:1].islower() for w in ws) == len(ws)
    duty = len(ws) >= 3 and _GERUND.match(item)  # "sorting kiln shelf orders" after "Skilled in"
    if len(ws) >= 2 and item[:1].islower() and lower and (not listed or duty):
        return False  # "superb academic record": prose, not a name
    heading = sections.detect_heading(item)
    degree = find_degree(item) and not _MS_PRODUCT.match(item)  # "MS FrontPage", "BBM": software
    category = (_CATEGORY_ALONE.search(item) or _KIND_LABEL.match(item)) and (
        item.casefold() not in timed
    )
    if _NOT_ITEM.search(item) or category or degree or (heading and heading.strong):
        return False  # a heading inside the list, a degree ("Diploma in Computer Applications")
    if len(ws) >= 2 and ws[0].lower() in _AFTER_SKILLS:
        return False  # "Hobbies swimming": a flattened text's next section glued on
    if len(ws) >= 2 and tx.is_all_caps(item) and sections.lookup_heading(ws[-1]):
        return False  # "MAJOR ACHIEVEMENTS", "PROFESSIONAL MEMBERSHIPS": a heading of its own
    # "Reading" alone names what is done, not the town
    town = places.is_place_name(item) and not (len(ws) == 1 and tx.starts_with_verb(item))
    return not ((town and not among_known) or places.is_region_name(item))


# the sections after a Skills list whose heading a flattened text glues onto its last item
_AFTER_SKILLS = tx.word_set("hobbies interests references")


def _qualifies_known(raw: str, rest: list[str]) -> bool:
    """What a known skill's cut leaves of a two-word item is only its platform ("Mac OSX"), an
    edition word after it ("Windows XP professional") or the kind of thing it is ("Quillet
    Services", "Wrenly Framework"): no skill of its own."""
    if all(p.islower() and p in _EDITIONS for p in rest):  # but "Flash Professional"
        return True
    if len(rest) == 1 and _LABEL_WORD.fullmatch(rest[0]) and raw.rstrip().endswith(rest[0]):
        return True
    return len(tx.words(raw)) == 2 and len(rest) == 1 and raw.startswith(rest[0] + " ")


_EDITIONS = tx.word_set("professional enterprise edition standard ultimate premium home server")

# a phone number, a postcode or a figure: no skill, but "Win2000", "Access 2013" name versions
_NUMBER = re.compile(r"(?<![\w.])\d{5,}|\d{3,}\W+\d{3,}|^\d(?![Dd]\b)|\b\d{3,}\b(?!\s*$)")
_WHEN = re.compile(
    rf"(?:{dates.MONTH}|spring|summer|fall|autumn|winter)(?:\W*(?:\d{{2}}|\d{{4}}|\d\dxx))?",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"@|https?:|www\.|\w\.(?:com|org|edu|info|io|co|fr|de|in|uk)\b"
    # its punctuation stripped: "httpwwwexamplecom", "httpsjanedoe85gmailcom"
    r"|(?-i:\bhttps?(?:www)?[a-z0-9]{3,}(?:com|org|net|in)\b)",
    re.I,
)
_WHOLE_BRACKET = re.compile(r"^(?P<name>[^(\[]+)[(\[](?P<inner>[^()\[\]]+)[)\]]\W*$")
_CUT_BRACKET = re.compile(r"^(?P<tail>[^(\[]*)[)\]]|[(\[][^)\]]*$")


def _short_form(piece: str) -> str | None:
    """The acronym in brackets after the name it spells out ("Good Manufacturing Practice
    (GMP)"): that item's short spelling, no item of its own."""
    whole = _WHOLE_BRACKET.match(piece)
    if whole is None:
        return None
    short = whole.group("inner").strip()
    initials = "".join(
        w[0] for w in WORD.findall(whole.group("name")) if w.lower() not in EDGE_WORDS
    )
    return short if 2 <= len(short) <= 6 and short.isupper() and short == initials.upper() else None


# one lower-case word or a version in brackets after an item: what kind of thing it is
_GENERIC_NOTE = re.compile(r"[a-z][a-z-]*|v?\d+(?:\.\d+)*")


def _bracket_parts(piece: str) -> list[str]:
    """Brackets inside a list: "Office (Excel" and "Publisher)" (the split cut the bracket) or
    "Pemberly (Tovix)" -> the name and the items it holds, each an item of the list."""
    whole = _WHOLE_BRACKET.match(piece)
    if whole and _GENERIC_NOTE.fullmatch(whole.group("inner").strip()):
        return [whole.group("name")]  # "Zentrix (desktop)", "Quorvex (v2)": a note, no item
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
    names = Phrases(not_skills or [])
    known_forms = _KnownForms(seen)
    out: dict[str, Skill] = {}
    spoken: list[str] = []

    def heard(raws: list[str]) -> None:
        spoken.extend(raw for raw in raws if language_item(raw))

    def keep(
        item: str, alone: bool, listed: bool, among_known: bool = False, short: str | None = None
    ) -> None:
        item = _NEW_SENTENCE.sub("", item)  # "Flask frameworks. I built …": the list ended
        item = _PAGE_MARK.sub(" ", item)  # "Jane Doe Page 2": a page's footer glued on
        item = _LEAD_IN.sub("", _MORE.sub("", _unquoted(item.strip(" .:()[]*-–/&+"))))
        if listed:
            item = _LIST_AND.sub("", item)  # "Leadership, teamwork, and time management"
        if alone and len(tx.words(item)) == 1 and item[:1].islower():
            return  # "performing." a wrapped sentence's end
        if not (alone and tx.capitalised_ratio(item) == 1):  # "Applied Skills": a heading
            item = _skill_of(item)
        ws = tx.words(item)
        if not 1 <= len(ws) <= 4 or len(item) > ITEM_CHARS or len(item) < 2:
            return
        if len(ws) == 1 and item[0].isdigit():
            return  # "10g" left of "Oracle 10g"
        if _WHEN.fullmatch(item):
            return  # "Jun" of a date the list's split cut; "Summer 2012", "Fall 20XX"
        key = item.casefold()
        if key in abilities and key != "writing":
            # "Speaking Fair, Reading Fluent, Listening Fair": a language's abilities ("Writing" is
            # a skill of its own as well: written communication)
            return
        if key in seen or key in LANGUAGE_NAMES or key in _LIST_WORDS or key in _LEVELS:
            return  # "Advanced", "Intermediate": the level a table gives the skill beside it
        if PROFICIENCY.fullmatch(item) and not MULTILINGUAL.match(item):
            return  # "Working knowledge", "Upper-intermediate": a level too
        if not _plausible_item(item, ws, listed, among_known, timed):
            return
        if (
            alone
            and tx.is_all_caps(item)
            and any(len(w) >= 5 or w.lower() in _SKILL_CATEGORY for w in ws)
        ):
            return  # "CLERICAL", "PERSONAL DOSSIER", "SOFT" alone on a line: a sub-heading
        if alone and (heading := sections.detect_heading(item)) and heading.canonical == "skills":
            return  # "Strengths", "Toolbox": the list's own heading
        if not item[0].isalnum() or _NUMBER.search(item) or _ADDRESS.search(item):
            return
        if _HELD_TITLE.search(item) and roles.is_title(item):
            return  # "Welder 1 year", "Database Programmer": a post, not a skill
        if names.spans_in(item).covers(0, len(item)):
            return  # "Acme Printing Services" read from a line that names the employer
        if key not in out:
            out[key] = Skill(name=item, surface_forms=[item], sections=["skills"], recognised=False)
        if short and short not in out[key].surface_forms:
            out[key].surface_forms.append(short)  # the acronym is the item's spelling

    def add_known(word: str, info: SkillInfo) -> None:
        key = info.name.casefold()
        skill = by_form.get(key) or out.get(key)
        if skill is None:
            skill = out[key] = Skill(name=info.name, kind=info.kind, sections=["skills"])
        if word not in skill.surface_forms:
            skill.surface_forms.append(word)

    lines = [x for line in lines for n in _numbered_items(line) for x in _stopped_items(n)]
    parts = [_unrated(x, scaled) for x, scaled in zip(lines, _scaled_from(lines), strict=True)]
    rated = {p[0] for p, x in zip(parts, lines, strict=True) if p and p[0] != _RATING.sub("", x)}
    timed: frozenset[str] = frozenset()  # the line's items a duration follows
    abilities: frozenset[str] = frozenset()  # the line's language abilities, two or more
    joined = _join_cut_items([part for p in parts for part in p])
    labels = _bullet_labels(joined)
    for n, line in enumerate(joined):
        if n in labels:
            continue
        body = _LIST_NUMBER.sub("", tx.strip_bullet(line))  # "2. Kiln Loading"
        if m := MULTILINGUAL.match(body):
            keep(m.group(1), True, False)  # "Bilingual: English and Spanish": a claim of its own
        read = _LEAD_IN.sub("", _unlabelled(body))
        timed = frozenset(m.group(1).casefold() for m in _TIMED_ITEM.finditer(read))
        said = {w.casefold() for w in tx.words(body)} & _ABILITIES
        abilities = frozenset(said) if len(said) >= 2 else frozenset()
        label = None
        flat = _flat_run(read, known_forms)
        if (
            (dated := _dated(body))  # "Acme Ltd, Pune (Jun 06 - Jul 11)": a role read into it
            or cites(body)  # "Doe, J. and Roe, K. “A study of ...”": authors
            or (label := _described_label(body))  # "Team Work: Developed the ability to ..."
            # a sentence; prose with commas ("Hold up-to-date information on SEM, SEO")
            or (not flat and line not in rated and _sentence(body, read))
        ):
            if label:
                keep(label, True, False)
            elif not dated and _led_in(body, read):
                for item in _led_phrase(read):  # "Skilled at seed saving, as …"
                    keep(item, False, True, among_known=False)
            heard(ITEM_SPLIT.split(_undurated(body)))
            continue
        if flat:
            # "Oracle Quillet Studio Java Wrenly Cloud Git": names with their separators lost;
            # what the known skills leave between them, capitalised, are the other names
            for piece in known_forms.split(_undurated(read)):
                if _flat_name(piece := piece.strip(" .:()[]*-–/&+")):
                    keep(piece, False, True)
            continue
        led = _led_in(body, read)
        body = _undurated(read)
        raws = _split_items(body)
        parts = raws[-1:]
        if led or _LIST_COMMA.search(body) or _SHARED_HEAD.search(body):
            raws[-1:] = parts = _last_items(raws[-1], seen)
        if _SHARED_HEAD.search(body) and len(raws) > 1:
            raws[0] = _QUALITY_LEAD.sub("", raws[0])
        heard(raws)
        if len(raws) > 1 and all(roles.is_title(r.strip(" .")) for r in raws if r.strip()):
            continue  # "Chief Finance Officer / COO / CTO": the titles held, no skills
        # items of a series are how the writer names them: "glazing and kiln loading"
        listed = led or len(parts) > 1 or _short_items(body, raws)
        known_here = sum(r.strip(" .:()[]*-–/&+").casefold() in seen for r in raws)
        among_known = known_here >= 2 and known_here * 2 >= len(raws)
        # "Methods: Kiln Loading" after a separator: a second list under its own label
        raws = [_INNER_LABEL.sub("", r) if n else r for n, r in enumerate(raws)]
        for raw in (p for r in raws for p in _purpose_parts(_LEAD_IN.sub("", r.strip()), seen)):
            run = _tool_run(raw, seen)
            for word, info in run:
                add_known(word, info)
            if run:
                continue
            # Known skills are cut out: "Observability Datadog PagerDuty" (a two-column PDF
            # line) leaves "Observability" and "PagerDuty", as the one-column render does.
            pieces = [p.strip(" .:()[]*-–/&+") for p in known_forms.split(raw)]
            if len(pieces) > 1 and _qualifies_known(raw, [p for p in pieces if p]):
                # "Mac OSX", "Windows XP professional": the known skill, written so
                cut = known_forms.split(raw)
                skill = by_form.get(raw[len(cut[0]) : len(raw) - len(cut[-1])].casefold())
                written = tx.balanced(raw)  # "MS Office (Word, Excel)": no "Excel)"
                if skill is not None and written not in skill.surface_forms:
                    skill.surface_forms.append(written)
                continue
            if (tail := _and_tail(pieces)) is not None:
                keep(tail, False, True, among_known)  # "Business analysis and kiln loading"
                continue
            if len(pieces) == 1 or any(p[:1].islower() for p in pieces):
                pieces = [raw]  # "Drupal theming": one phrase, not a run of names
            alone = len(raws) == 1 and len(pieces) == 1
            for piece in pieces:
                short = _short_form(piece)  # "Good Manufacturing Practice (GMP)"
                for item in (
                    [_WHOLE_BRACKET.sub(r"\g<name>", piece)] if short else _bracket_parts(piece)
                ):
                    if (info := _letter_skill(item)) and (known_here or len(pieces) > 1):
                        add_known(item, info)  # "C/C++", "Java, C, Git": the language C
                        continue
                    keep(item, alone, listed, among_known, short)
    return ListItems(list(out.values()), spoken)


_QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES


def _unquoted(item: str) -> str:
    """Quotes round a whole item are no part of it: “Quorvex”, ‘Kiln Loading’ (a quotation
    opened and not closed, “Mrs. Roe said …, is a testimonial's start, kept as written; and
    quotes inside, “Kiln” or “Glaze”, “Six” Sigma”, show the outer ones hold no one item)."""
    if len(item) > 2 and item[0] in OPENING_QUOTES and item[-1] in CLOSING_QUOTES:
        inner = item[1:-1]
        if not any(c in _QUOTE_MARKS for c in inner):
            return inner.strip()
    return item


_LIST_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{2,4})[.)]\s+(?=\S)")
# "1) Kiln Loading 2) Sail Rigging": numbered items run on one line
_INLINE_NUMBER = re.compile(r"\s+\(?\d{1,2}[.)]\s+(?=[A-Za-z])")


def _numbered_items(line: str) -> list[str]:
    """A line of numbered items ("1) Kiln Loading 2) Sail Rigging") -> one line per item."""
    body = tx.strip_bullet(line)
    if not (body[:1].isdigit() or body[:2] == "(1") or not _LIST_NUMBER.match(body):
        return [line]
    return _INLINE_NUMBER.split(body) if _INLINE_NUMBER.search(body) else [line]


# a stop between names, not one after a short capitalised abbreviation ("Dr. Smith", "St. Louis")
_STOP = re.compile(r"(?<=[\w)+#])(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.\s+(?=[A-Z])")
_ABBREVIATED = re.compile(r"\b[A-Z][a-z]{0,2}\.\s")  # "Dr. Smith": a person's or a place's name
_STOPPED_MIN = 3  # items a line of stopped names holds at least
_STOPPED_WORDS = 4  # words of each


def _stopped_items(line: str) -> list[str]:
    """ "Quorvex. Kiln Loading. Sail Rigging.": three or more names of one to four capitalised
    words, each ended by a stop, are a list's items, not sentences -> one line per item; an
    item that abbreviates a title or a place ("Dr. Smith", "St. Louis") names no skill."""
    pieces = _STOP.split(tx.strip_bullet(line).rstrip(" ."))
    if len(pieces) < _STOPPED_MIN or not all(
        1 <= len(tx.words(p)) <= _STOPPED_WORDS and tx.capitalised_ratio(p) == 1 for p in pieces
    ):
        return [line]
    return [p for p in pieces if not _ABBREVIATED.search(p)]


def _bullet_labels(lines: list[str]) -> set[int]:
    """Lines of no bullet between bulleted items, a short name of no separator, followed by
    bulleted items: the label of the items below ("• Quorvex" / "Craft" / "• Kiln Loading")."""
    out = set()
    for n in range(1, len(lines) - 1):
        body = lines[n].strip()
        if tx.bullet_glyph(body) or not (_bulleted(lines[n - 1]) and _bulleted(lines[n + 1])):
            continue
        if 1 <= len(tx.words(body)) <= _LABEL_WORDS and not ITEM_SPLIT.search(body):
            out.add(n)
    return out


_LABEL_WORDS = 3


def _bulleted(line: str) -> bool:
    """An item after a bullet glyph (not a glyph alone on its line)."""
    return bool(tx.bullet_glyph(line)) and bool(tx.words(line))


_ABILITIES = tx.word_set("reading writing speaking listening")
# "…; Methods: Kiln Loading": a capitalised label of one to three words inside the line
_INNER_LABEL = re.compile(r"^\s*[A-Z][\w&/]*(?:\s+[\w&/]+){0,2}:\s+(?=\S)")


def _unlabelled(body: str) -> str:
    """``body`` without its label ("Tools: Jira, Git" -> "Jira, Git"), but where all the label
    is followed by is a level, the label is the item ("Kiln Loading: Advanced")."""
    m = ITEM_LABEL.match(body)
    if m is None:
        # "Tools & Technologies – Jira, Git": a label before a dash, over a list
        m = _DASH_LABEL.match(body)
        return body[m.end() :] if m and _LIST_SEPARATOR.search(body, m.end()) else body
    rest = body[m.end() :].strip(" .")
    if rest.casefold() in _LEVELS or PROFICIENCY.fullmatch(rest):
        return body[: m.end()].rstrip(" :")
    return body[m.end() :]


_DASH_LABEL = re.compile(r"^[A-Z][\w&/]*(?:\s+[\w&/]+){0,3}\s+[-–—]\s+(?=\S)")
_LIST_SEPARATOR = re.compile(r"[,;|•·]")


def _and_tail(pieces: list[str]) -> str | None:
    """What a known skill leaves of an item when it is only "and" and a short phrase ("Business
    analysis and kiln loading" -> "kiln loading"): a second item."""
    rest = [p for p in pieces if p]
    if len(pieces) < 2 or len(rest) != 1 or pieces[-1] != rest[0]:
        return None
    m = _LIST_AND.match(rest[0])
    tail = rest[0][m.end() :] if m else ""
    return tail if 1 <= len(tx.words(tail)) <= _AND_TAIL_WORDS else None


_AND_TAIL_WORDS = 3


def _letter_skill(item: str) -> SkillInfo | None:
    """A one-letter item the taxonomy names as a sought-after technology ("C", "R"): too short
    for an unknown item, a language among the known skills beside it."""
    if len(item) != 1 or not item.isupper():
        return None
    info = get_index().info(item)
    return info if info is not None and info.tech and info.hot else None


_FLAT_WORDS = 12  # words of a line with no separator: a sentence, or names run together
_FLAT_CAPITALISED = 0.8  # share of capitalised words in a run of names
_FLAT_KNOWN = 0.5  # share of its letters that known skills' spellings cover
_FLAT_PIECE_WORDS = 3  # words of a name left between two known skills


def _flat_run(read: str, known_forms: _KnownForms) -> bool:
    """ "Oracle Quillet Studio Java Wrenly Cloud Git Docker Jira …": a long line of a list with
    no separator, capitalised like names and half of it known skills, is a list whose
    separators were lost (a flattened copy), not a sentence."""
    if len(tx.words(read)) <= _FLAT_WORDS or ITEM_SPLIT.search(read):
        return False
    if tx.capitalised_ratio(read) < _FLAT_CAPITALISED:
        return False
    letters = len(read.replace(" ", ""))
    left = sum(len(p.replace(" ", "")) for p in known_forms.split(read))
    return letters > 0 and (letters - left) >= _FLAT_KNOWN * letters


def _flat_name(piece: str) -> bool:
    """What known skills leave of a run of names that is a name itself: a few capitalised
    words, not a category's label glued on ("Development Tools", "Quillet Language") nor a job
    title ("Database Administrator")."""
    ws = tx.words(piece)
    if not 1 <= len(ws) <= _FLAT_PIECE_WORDS or not all(w[0].isupper() for w in ws):
        return False
    return not (_LABEL_WORD.fullmatch(ws[-1]) or roles.is_title(piece))


# the last word of a category's label: "Development Tools", "Quillet Billing Module"
_LABEL_WORD = re.compile(rf"{_CATEGORY}|modules?|languages?|skills?|basics", re.IGNORECASE)


def _purpose_parts(raw: str, seen: set[str]) -> list[str]:
    """ "Wrenly for Project Management", "Source control with Git": a tool and what it is
    for or used with, one of them a known skill; each is an item of its own."""
    m = _PURPOSE.fullmatch(raw.strip())
    if m is None or not {m.group(1).casefold(), m.group(2).casefold()} & seen:
        return [raw]
    last = re.split(r"[.!?]\s+", m.group(1))[-1].lstrip("-–•* ")
    if _LEAD_IN.match(f"{last} with it"):
        return [raw]  # "-Well versed with C", "… XML. Familiar with FrontPage": a lead-in
    return [m.group(1), m.group(2)]


_PURPOSE = re.compile(r"(\S+(?:\s+\S+){0,2}?)\s+(?:for|with)\s+(\S+(?:\s+\S+){0,2})")


def _tool_run(raw: str, seen: set[str]) -> list[tuple[str, SkillInfo]]:
    """ "svn github git jira": a lower-case run of tools with no separators, half of them known
    already; the rest are tools too, however their case rules read them alone ("spring boot"
    is one tool's name)."""
    ws = raw.split()
    if not 2 <= len(ws) <= _RUN_MAX or not all(w.islower() for w in ws):
        return []
    if raw.casefold() in seen or get_index().canonical(raw):
        return []
    infos = [get_index().info(w) for w in ws]
    if not all(i is not None and i.tech for i in infos) or sum(w in seen for w in ws) * 2 < len(ws):
        return []
    return [(w, i) for w, i in zip(ws, infos, strict=True) if i is not None]


_RUN_MAX = 8  # words of one tool run


ITEM_CHARS = 40  # characters of a list's item kept as a skill
# characters of an item that a join makes (with its bracket or version): no longer, so that
# thousands of "Kiln Loading and" lines glue into no one item (a hostile text; round 15)
_JOINED_CHARS = 2 * ITEM_CHARS


def _joins(glued: int, more: str) -> int | None:
    """The characters an item holds that joins made once ``more`` ends it (``glued``: those it
    holds now), or None when the item would be longer than one could be."""
    pieces = _LIST_SEPARATOR.split(more)  # "and", "&" join the words of one item
    if glued + len(pieces[0]) >= _JOINED_CHARS:
        return None
    return glued + len(more) + 1 if len(pieces) == 1 else len(pieces[-1])


def _join_cut_items(lines: list[str]) -> list[str]:
    """ "Regional Fleet Planning & Contract" / "Management": a line ending in "&", "and",
    "of" or a slash was cut inside an item; the next line (no bullet of its own) ends it
    (``_joins``: up to an item's length)."""
    out: list[str] = []
    glued = 0  # characters joins put in the last item of out[-1]
    for line in lines:
        if out and (cells := _join_cut_cells(out[-1], line)):
            out[-1], line = cells  # "Kiln Loading &   Sail Rigging" / "Firing   Seed Saving"
            if tx.words(line):
                out.append(line)
            glued = 0
        elif (
            out
            and _CUT_END.search(out[-1])
            and line.strip()
            and not tx.bullet_glyph(line)
            and not ITEM_LABEL.match(line.strip())  # "Tools: …": a list of its own
            and (more := _joins(glued, line.strip())) is not None
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
            glued = more
        elif (
            out
            and (head := _wrapped_head(out[-1], line) or _known_wrap(out[-1], line))
            and (more := _joins(glued, head)) is not None
        ):
            # "…, bookbinding and glaze" / "recipes, kept in a binder.": the
            # item cut at the line's end ends with the next line's lower-case first piece
            out[-1] = f"{out[-1].rstrip()} {head}"
            rest = _EMPTY_CELL.sub("", line.strip())[len(head) :]
            glued = 0 if tx.words(rest) else more
            if tx.words(rest):
                out.append(rest)
        else:
            out.append(line)
            glued = 0
    return out


def _known_wrap(line: str, nxt: str) -> str | None:
    """The first word of ``nxt`` when it ends a skill's name the taxonomy knows that ``line``'s
    last item begins ("Machine" / "Learning", "…, Project" / "Management, …"): a name wrapped
    at the line's end, not two items (a row of names, "Python Java SQL" / "Machine", stays)."""
    if not line.rstrip()[-1:].isalpha() or tx.bullet_glyph(nxt):
        return None
    body = _EMPTY_CELL.sub("", nxt.strip())
    tail = ITEM_SPLIT.split(tx.strip_bullet(line))[-1].strip()
    m = _FIRST_WORD.match(body)
    if m is None or not 1 <= len(tx.words(tail)) <= _WRAP_WORDS or ITEM_LABEL.match(body):
        return None
    index = get_index()
    name = index.canonical(f"{tail} {m.group(0)}")
    if name is None or name in {index.canonical(tail), index.canonical(m.group(0))}:
        return None  # "Python" / "Programming": the name of one of the words already
    return m.group(0)


_FIRST_WORD = re.compile(r"[A-Za-z][\w+#.-]*(?<![.])")
_WRAP_WORDS = 2  # words of a name's first part at a line's end


def _wrapped_head(line: str, nxt: str) -> str | None:
    """The first piece of ``nxt`` (up to its first separator) when it ends an item ``line``
    cut at a word: one or two lower-case words, or, in a paragraph of a comma list ("…,
    Quorvex Cost" / "Modelling, Tovix."), one capitalised word; else None. A table's cell
    that wrapped begins its next row with an empty cell ("| Loading, SQL")."""
    body = _EMPTY_CELL.sub("", nxt.strip())
    if not (line.rstrip()[-1:].isalpha() and len(tx.words(line)) >= 3):
        return None
    if tx.bullet_glyph(nxt) or ITEM_LABEL.match(body):
        return None
    head = ITEM_SPLIT.split(body, maxsplit=1)[0]
    if body[:1].islower():
        return head if 1 <= len(tx.words(head)) <= 2 else None
    return head if _paragraph_wrap(line, body, head) else None


def _paragraph_wrap(line: str, body: str, head: str) -> bool:
    """``body`` goes on with the item ``line`` ends: the line is a comma list cut at its width
    (the list goes on past ``body``'s end: a comma or a stop ends it), ``head`` a capitalised
    word before a comma ("…, Sail" / "Rigging, Tovix."), not the first item of a row ("…,
    Quorvex" / "Glaze Mixing, Tovix"; rows of long lines: "…, Quorvex" / "Tovix, Zentrix")."""
    if len(tx.words(head)) != 1 or head == body or len(_LIST_COMMA.findall(line)) < 2:
        return False
    if not _ROW_WORD.fullmatch(head):
        return False
    return bool(_GOES_ON.search(body))


_ROW_WORD = re.compile(r"[A-Z][a-z]{2,}")
_EMPTY_CELL = re.compile(r"^\|\s*")
_GOES_ON = re.compile(r"[,;.]\s*$")


_CUT_END = re.compile(r"(?:[&/]|\b(?:and|or|of|for|with))\s*$", re.IGNORECASE)
_CELL_GAP = re.compile(r"\s{2,}")  # the text keeps two spaces of a wider gap


def _join_cut_cells(line: str, nxt: str) -> tuple[str, str] | None:
    """A grid of two columns or more whose cell was cut in an item ("Kiln Loading &" over
    "Firing"): each cut cell ends with the cell under it -> (``line``, what is left of
    ``nxt``); None when no cell was cut or the rows' cells do not line up."""
    cells, below = _CELL_GAP.split(line.strip()), _CELL_GAP.split(nxt.strip())
    if len(cells) < 2 or len(cells) != len(below):
        return None
    cut = [bool(_CUT_END.search(c)) for c in cells]
    if not any(cut) or tx.bullet_glyph(nxt):
        return None
    if any(
        k and len(c) + len(b) >= _JOINED_CHARS for c, b, k in zip(cells, below, cut, strict=True)
    ):
        return None  # a cell as long as no item is (rows of "Kiln Loading &" in a hostile text)
    joined = [f"{c} {b}" if k else c for c, b, k in zip(cells, below, cut, strict=True)]
    left = [b for b, k in zip(below, cut, strict=True) if not k]
    return "  ".join(joined), "  ".join(left)


def is_list_sentence(line: str) -> bool:
    """A line of a skills list that the list reading skips as a sentence or prose (what the
    prose reading is for): "Skilled at initiating brand development ideas"."""
    body = tx.strip_bullet(line)
    return _sentence(body, _LEAD_IN.sub("", _unlabelled(body)))


def _led_phrase(read: str) -> list[str]:
    """The phrase a lead-in announces in a sentence of a skills list, up to the sentence's
    next clause ("Skilled at seed saving, as shown by …" -> "seed saving";
    "Skilled in kiln loading and glaze mixing for …" -> both): names of two words or more, or a
    capitalised one ("Skilled in Quorvex")."""
    phrase = _CLAUSE.split(read, maxsplit=1)[0].strip()
    parts = _AND.split(phrase)
    if not all(1 <= len(tx.words(p)) <= 4 for p in parts):
        return []
    return [p for p in parts if len(tx.words(p)) >= 2 or p[:1].isupper()]


# where the phrase a lead-in announces ends: a stop, a comma or a clause's first word
_CLAUSE = re.compile(
    r"[,.;:()!?]|\s(?:while|with|as|to|for|in|at|by|through|from|that|which|who|where|when|so"
    r"|using|including|such|of|on|within|across|into|under|via)\b",
    re.IGNORECASE,
)


def _led_in(body: str, read: str) -> bool:
    """A lead-in was cut from the line's items (``read``): "Proficient in …", "Knowledge of
    …" announce a list."""
    return len(read) < len(_unlabelled(body))


def _sentence(body: str, read: str) -> bool:
    if len(tx.words(body)) > 12 and not ITEM_SPLIT.search(body):
        return True
    return _prose(read) and not _series(body, read)


def _series(body: str, read: str) -> bool:
    """Short items in a series, however lower-case: "Bookbinding, glaze mixing,
    loom threading", "Knowledge of sail rigging and seed saving" (a lead-in's list);
    not a duty ("Managed budgets, staff and vendors")."""
    led = _led_in(body, read)
    # not a duty, a sentence's clause ("Every shelf was dusted, sorted, …") nor a wrapped
    # sentence's middle ("mixing of glazes, kiln loads, and")
    raws = ITEM_SPLIT.split(read.rstrip(" ,;"))  # "…, questionnaire design,": a list wrapped on
    duty = tx.starts_with_verb(read) and len(tx.words(raws[0])) >= 2  # but "Budgeting, …"
    if duty or any(w.lower() in _CLAUSE_WORDS for w in tx.words(read)):
        return False
    # lower case after a label is how the list is written ("Research - data entry, literature
    # search, questionnaire design"); without one it may be a wrapped sentence's middle
    labelled = read[:1].isupper() or _unlabelled(body) != body
    commas = len(_LIST_COMMA.findall(read)) >= 2 and labelled
    if not (led or commas or _SHARED_HEAD.search(read)):
        return False
    items = [*raws[:-1], *_AND.split(raws[-1])]
    return all(1 <= len(tx.words(i)) <= 4 for i in items)


def _short_items(body: str, raws: list[str]) -> bool:
    """ "Leadership, teamwork, and time management": three or more items of at most four words."""
    return len(_LIST_COMMA.findall(body)) >= 2 and all(len(tx.words(r)) <= 4 for r in raws)


_LIST_COMMA = re.compile(r"[,;]")
# "Wrenly etc", "Cobbleworks and more", "Other Quillet tools": the list's own words at an edge
_MORE = re.compile(
    r"\s+(?:etc\.?|and\s+(?:more|others|so\s+on)|(?:and\s+)?many\s+more)$|^others?\s+(?=\w)",
    re.IGNORECASE,
)
_LIST_AND = re.compile(r"^(?:and|or|&)\s+(?:other\s+)?(?=\w)", re.IGNORECASE)
# "Drafting skills", "Strong writing skills": the skill is what the skills are in; "Soft
# Skills", "Technical Skills" name a category.
_QUALITY = (
    r"(?:(?:possess\w*\s+|hav(?:e|ing)\s+)?(?:very\s+|highly\s+)?(?:good|strong|excellent"
    r"|sound|solid|effective|superb|great|outstanding|exceptional|proven|advanced|basic)\s+)"
)
_SKILLS_IN = re.compile(rf"^{_QUALITY}?(?P<what>.+?)\s+skills?$", re.IGNORECASE)
# "Sound glazing, kiln-loading and bookbinding skills": the quality of the whole series
_QUALITY_LEAD = re.compile(rf"^{_QUALITY}(?=\w)", re.IGNORECASE)
_SKILL_CATEGORY = tx.word_set(
    """soft hard technical key core other special personal professional additional general
    transferable computer it language languages relevant life"""
)


# "… and bookbinding skills": the head the items of the list share
_SHARED_HEAD = re.compile(r"\b(?:skills|abilities)\W*$", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|or)\s+")
_SENTENCE_END = re.compile(r"\w[.!?]\s")
_CLAUSE_WORDS = tx.word_set(
    "is are was were be been being has have had will would can could should i we my our you"
    " your he she they it its this that which who"
)


def _last_items(raw: str, seen: set[str]) -> list[str]:
    """The last item of a series, a lead-in's list or a shared head: "glazing and kiln
    loading", "glazing and bookbinding skills" -> two items ("and" before a capital is
    split already); a known skill written with "and" ("Research and Development") stays one."""
    whole = _skill_of(_MORE.sub("", raw.strip(" .:;()[]*-–/&+")))
    if whole.casefold() in seen or _SENTENCE_END.search(whole):
        return [raw]  # "Leeds. Kilns and wheels": two sentences, no series
    parts = _AND.split(whole)
    if len(parts) != 2 or not all(1 <= len(tx.words(p)) <= 4 for p in parts):
        return [raw]
    return parts


def _skill_of(item: str) -> str:
    m = _SKILLS_IN.match(item)
    if m is None or all(w.lower() in _SKILL_CATEGORY for w in tx.words(m.group("what"))):
        return item
    return m.group("what")


def _prose(body: str) -> bool:
    first = ITEM_SPLIT.split(body, maxsplit=1)[0]
    return len(tx.words(body)) >= 6 and (
        tx.capitalised_ratio(body) < 0.4
        or (tx.starts_with_verb(body) and len(tx.words(first)) >= 4)
    )


def _described_label(body: str) -> str | None:
    """ "Time Management: Balanced work and study ...": a short capitalised label that a
    sentence describes names the skill (not a heading: "Strengths: Highly motivated")."""
    m = ITEM_LABEL.match(body)
    if m is None or not body[:1].isupper():
        return None
    label, rest = body[: m.end()].strip(" :"), body[m.end() :]
    if not 1 <= len(tx.words(label)) <= 4 or sections.lookup_heading(label):
        return None
    if not (len(tx.words(rest)) >= 6 and (tx.starts_with_verb(rest) or _prose(rest))):
        return None
    items = ITEM_SPLIT.split(rest)
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
            m = WORD.search(form)
            if m:
                self.by_word.setdefault(m.group(0), []).append((m.start(), form))

    def split(self, text: str) -> list[str]:
        """``text`` cut around each known spelling (leftmost, longest first)."""
        low = text.casefold()
        if len(low) != len(text) or not self.by_word:
            return [text]  # "ß" -> "ss" would shift every offset; rare enough to skip
        pieces, last = [], 0
        for m in WORD.finditer(low):
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
