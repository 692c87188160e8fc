"""Skills from the taxonomy index's hits on a resume's lines (issue 14): grouped by canonical
name with the sections they appear in, minus the hits that are no claim of the skill: words of
a name the resume gives (employer, school, title, place), a job title's words, a list's category
label, a unit of a school or firm, a collision (a web address, an acronym of a name)."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from atspro.analysis.resume import dates, places, prose_skills, roles, sections, units
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.extras import LANGUAGE_NAMES
from atspro.analysis.resume.phrases import EDGE_WORDS, WORD, Phrases, Spans
from atspro.analysis.resume.units import LEGAL_WORDS
from atspro.analysis.taxonomy.skills import SkillHit, SkillInfo, get_index
from atspro.models import Skill, SkillKind


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
    if lines:
        hits = office_series(hits, lines, line_starts, line_sections)
    names = Phrases([*(not_skills or []), *_COUNTRY_NAMES])
    acronyms = {h.surface for h in hits if _ACRONYM.fullmatch(h.surface)}
    named = acronyms_of_names(lines, acronyms) if lines and acronyms else set()
    spans: dict[int, Spans] = {}  # line -> where the not-skills sit in it
    paired = ""  # "C/C++": the pair the hit before ended with this hit's words
    scaled: list[bool] | None = None  # per line, its section states a rating scale: when needed
    for k, hit in enumerate(hits):
        pair, paired = paired, ""
        line_no = max(0, bisect.bisect_right(line_starts, hit.start) - 1)
        section = line_sections[line_no] if line_no < len(line_sections) else "other"
        line = lines[line_no] if lines else ""
        start = hit.start - line_starts[line_no]  # where the hit stands in its line
        end = hit.end - line_starts[line_no]
        if hit.name.casefold() in LANGUAGE_NAMES or prose_skills.not_claimed(
            hit, section, line, start
        ):
            continue
        if hit.surface in named or (lines and _not_a_claim(hit, line, start, end, section)):
            continue
        following = hits[k + 1].start - line_starts[line_no] if k + 1 < len(hits) else -1
        after = hits[k + 1].end - line_starts[line_no] if following >= 0 else -1
        if (
            lines
            and following <= len(line)
            and _heads_a_run(hit, line, start, end, following, after)
        ):
            continue
        if lines:
            if line_no not in spans:
                spans[line_no] = names.spans_in(line)
            if spans[line_no].covers(start, end):
                continue
        surface = hit.surface
        if lines:  # "IIS 5.0", "Maven 2.0.9": the version written is part of what was named
            version = _VERSION.match(line, end)
            if version and scaled is None:
                scaled = _scaled_lines(lines, line_sections)
            if version and not _a_rating(version.group(0), lines, bool(scaled and scaled[line_no])):
                surface += version.group(0)
            if following == end + 1 and line[end : end + 1] == "/":
                paired = line[start : hits[k + 1].end - line_starts[line_no]]
        if (
            lines
            and not pair
            and (letter := _letter_before(hit, line, start))
            and _amid_skills(hits, k, line_starts[line_no], line, start, section)
        ):
            # "languages C/C++ C#": the index keeps a one-letter language only as a list's item;
            # slashed to the skill after it, "C" is that language all the same
            pair = line[start - 2 : end]
            _add(by_name, letter.name, letter.kind, [line[start - 2], pair], section)
        spellings = [surface, *(p for p in (pair, paired) if p)]
        _add(by_name, hit.name, hit.kind, spellings, section)
        if second := _second_half(hit):  # "C#/.NET": the index read C# alone
            _add(by_name, second.name, second.kind, [hit.surface], section)
    # named only among the referees ("Professor of Economics", "a team player"): no claim
    return [s for s in by_name.values() if s.sections != ["references"]]


# Microsoft Office's programs written in lower case ("word and excel"): each name is a word of
# prose as well ("excel at", "a word", "the outlook", "access to", "a power point"), and so is a
# series of them ("the outlook, and access to credit"); a series names the programs only with
# evidence that it does (``_office_evidence``)
_OFFICE_NAME = r"(?:ms[ \t-]?)?(?:word|excel|power[ \t]?point|outlook|access|one[ \t]?note)\b"
_OFFICE_SERIES = re.compile(
    rf"(?<![\w-]){_OFFICE_NAME}(?:[ \t]*(?:,|/|&|\band\b|\bor\b)(?:[ \t]*and\b)?[ \t]*"
    rf"{_OFFICE_NAME}){{1,6}}",
    re.IGNORECASE,
)
_OFFICE_ONE = re.compile(_OFFICE_NAME, re.IGNORECASE)
_OFFICE_SERIES_MIN = 3  # programs in a series that name the suite without other evidence
# the programs' names that are no word of English: "powerpoint", "onenote" written as one word
_OFFICE_COINED = frozenset({"powerpoint", "onenote"})
# just before the series: the suite's maker ("Microsoft word, excel", "MS Office: word, excel")
_OFFICE_MAKER = re.compile(r"\b(?:microsoft|ms|office)[ \t]*[:(-]?[ \t]*$", re.IGNORECASE)
# just before the series: a cue of use or skill ("Knowledge in using word and excel",
# "Proficient in word, outlook", "Computer skills: word and excel"), up to three small words
# between the cue and the series
_OFFICE_CUE = re.compile(
    r"\b(?:us(?:e|es|ed|ing)|knowledge|proficien(?:t|cy)|skill(?:s|ed)?|familiar(?:ity)?"
    r"|expert(?:ise)?|experienced?|competen(?:t|ce|cy)|fluent|trained|literate|literacy"
    r"|software|tools?|applications?|programs?|packages?|computers?|office|suite)"
    r"(?:[ \t]*[:,(-]?[ \t]+(?:in|of|with|on|at|like|such|as|including|e\.?g\.?|the|both"
    r"|ms|microsoft|office|tools?|programs?|applications?|software|suite|packages?)\b){0,3}"
    r"[ \t]*[:(-]?[ \t]*$",
    re.IGNORECASE,
)
_OFFICE_CUE_CHARS = 80  # of the line before the series where the cue is looked for
# right after the series, the shape of a list's end ("word and excel.", "… and excel files")
# rather than a sentence going on ("excel and access new markets", "access to credit")
_OFFICE_LIST_END = re.compile(
    r"[ \t]*(?:$|[,;.:!?)\]|/]|(?:etc|for|daily|files?|sheets?|spreadsheets?|documents?"
    r"|reports?|skills?|tools?|programs?|applications?|software)\b)",
    re.IGNORECASE,
)


def office_series(
    hits: list[SkillHit],
    lines: list[str],
    line_starts: list[int],
    line_sections: list[str] | None = None,
) -> list[SkillHit]:
    """``hits`` with the Office programs a lower-case series names ("Good at using word and
    excel", "ms word, excel"), which the index's exact-case rule left out, in text order. A
    series holds two or more programs and some evidence that it names them
    (``_office_evidence``); "the outlook, and access to credit" has none."""
    spans = sorted((h.start, h.end) for h in hits)

    def taken(at: int) -> bool:
        k = bisect.bisect_right(spans, (at, 1 << 62)) - 1
        return k >= 0 and spans[k][0] <= at < spans[k][1]

    extra: list[SkillHit] = []
    for n, (line, at) in enumerate(zip(lines, line_starts, strict=False)):
        if not _OFFICE_HINT.search(line):
            continue
        in_skills = bool(line_sections) and _section_of(line_sections or [], n) == "skills"
        for series in _OFFICE_SERIES.finditer(line):
            names = list(_OFFICE_ONE.finditer(series.group(0)))
            bare = [re.sub(r"^ms[ \t-]?|[ \t]", "", m.group(0).casefold()) for m in names]
            if len(set(bare)) < 2:
                continue
            if not (in_skills or _office_evidence(line, series, names, bare)):
                continue
            for m in names:
                start = at + series.start() + m.start()
                info = get_index().info(m.group(0))  # (loaded once; the call is not free)
                if taken(start) or info is None:
                    continue
                extra.append(
                    SkillHit(info.name, info.kind, m.group(0), start, start + len(m.group(0)))
                )
    if not extra:
        return hits
    return sorted([*hits, *extra], key=lambda h: h.start)


def _office_evidence(
    line: str, series: re.Match[str], names: list[re.Match[str]], bare: list[str]
) -> bool:
    """A series of Office programs' names (``names``, their ``bare`` names) on ``line`` names the
    programs: three of them or more; a member written "ms word"; the maker before it
    ("Microsoft word, excel"); a cue of use or skill before it ("knowledge in using word and
    excel"); a name that is no English word ("powerpoint"); or "excel" after the first member
    (a noun there) in a series that ends as a list does ("reports in word and excel.")."""
    if len(set(bare)) >= _OFFICE_SERIES_MIN:
        return True
    written = [m.group(0).casefold() for m in names]
    if any(w[:2] == "ms" or w in _OFFICE_COINED for w in written):
        return True  # "ms word", "powerpoint" (but "a power point")
    before = line[max(0, series.start() - _OFFICE_CUE_CHARS) : series.start()]
    if _OFFICE_MAKER.search(before) or _OFFICE_CUE.search(before):
        return True
    return "excel" in bare[1:] and _OFFICE_LIST_END.match(line, series.end()) is not None


_OFFICE_HINT = re.compile(r"\b(?:word|excel|point|outlook|access|note)\b")  # one in lower case


_LINE_END = re.compile(r"[,;.:|)\]!?]\s*$")
WRAP_LINE_WORDS = 4  # words of a line that wraps a sentence, not a list's item


def wrapped_name(line: str, nxt: str) -> bool:
    """``line`` ends in the first words of a known name that ``nxt`` finishes ("… in Google"
    over "Analytics and …"): the layout wrapped it, and the two lines read as one. Only from a
    line of a sentence (a list's short items, "Staff Development" over "Supervision", stay
    apart), not after a stop or a separator, not before a bullet or into a heading or a line
    dated as a role's is."""
    if len(line.split()) < WRAP_LINE_WORDS or _LINE_END.search(line):
        return False
    if not get_index().wrapped_name(line, nxt):  # a cheap test of the line's last words first
        return False
    return not (
        tx.bullet_glyph(nxt)
        or tx.is_all_caps(nxt)
        or sections.detect_heading(nxt)
        or dates.find_range(nxt)  # "OFFICE MANAGER, Kelp Ltd 2018 - 2019": a role's line
    )


def _add(
    by_name: dict[str, Skill], name: str, kind: SkillKind, spellings: list[str], section: str
) -> None:
    """One mention of the skill ``name``, written each of the ``spellings`` (the words of the
    hit, and of the slashed pair it stands in: "C/C++"), in ``section``."""
    skill = by_name.get(name)
    if skill is None:
        skill = by_name[name] = Skill(name=name, kind=kind, sections=[section], count=0)
    skill.count += 1
    skill.surface_forms.extend(x for x in dict.fromkeys(spellings) if x not in skill.surface_forms)
    if section not in skill.sections:
        skill.sections.append(section)


_LETTER_PAIR = re.compile(r"(?<![\w+#.&/-])[A-Z]/")


def _letter_before(hit: SkillHit, line: str, start: int) -> SkillInfo | None:
    """The one-letter language slashed before a technology's hit ("C" of "C/C++"): a letter the
    taxonomy names as a sought-after technology, other than the hit's own skill; not "A/B"
    nor a glued "R&D/…"."""
    if start < 2 or not _LETTER_PAIR.match(line, start - 2, start):
        return None
    info = get_index().info(line[start - 2])
    here = get_index().info(hit.name)
    if info is None or not (info.tech and info.hot) or info.name == hit.name:
        return None
    return info if here is not None and here.tech else None


# a word that a letter labels ("Grade C", "Class B", "Type C", "Level A"): "Grade C/SQL exam"
_LETTER_LABELS = re.compile(
    r"\b(?:grades?|class(?:es)?|levels?|types?|category|categories|tiers?|bands?|groups?"
    r"|sections?|parts?|plans?|phases?|stages?|steps?|options?|vitamins?|sizes?|models?|blocks?"
    r"|units?|forms?|series|divisions?|leagues?|licen[cs]es?|visas?|rooms?|rows?|zones?|floors?"
    r"|wings?|gates?|batch(?:es)?|teams?|shifts?|appendix|annex|figures?|tables?|exhibits?"
    r"|ranks?|scores?|marks?|ratings?|hepatitis|building|block|platoon|company|squad)[ \t]*$",
    re.IGNORECASE,
)
_AROUND_HITS = 12  # hits each side of a letter's pair looked at for another technology


def _amid_skills(
    hits: list[SkillHit], k: int, line_start: int, line: str, start: int, section: str
) -> bool:
    """The letter slashed before ``hits[k]`` (at ``start - 2`` in ``line``, which starts at
    ``line_start`` in the text) stands where skills are named: no word it labels before it
    ("Grade C/SQL exam"), and the Skills section, the letter's own kin after it ("C/C++"),
    the start of its line or item ("• R/SQL", "Python, R/SQL") or another technology's hit on
    its line ("R/SQL and Python")."""
    before = line[: start - 2].rstrip(" \t")
    if _LETTER_LABELS.search(before[-_LABEL_CHARS:]):
        return False
    if section == "skills" or hits[k].name[:1] == line[start - 2]:  # "C/C++", "C/C#"
        return True
    if not before.strip(" \t-–•*·▪") or before[-1:] in ",;:|(•·▪":
        return True  # the letter starts its line or its item
    line_end = line_start + len(line)
    index = get_index()
    for j in (*range(k - 1, k - 1 - _AROUND_HITS, -1), *range(k + 1, k + 1 + _AROUND_HITS)):
        if 0 <= j < len(hits) and line_start <= hits[j].start < line_end:
            other = index.info(hits[j].name)
            if other is not None and other.tech and hits[j].name != hits[k].name:
                return True
    return False


_LABEL_CHARS = 40  # of the line before a letter where its label word is looked for


def _second_half(hit: SkillHit) -> SkillInfo | None:
    """ "C#/.NET" read as C# alone (the index takes "C#.NET" for the language): the pair's
    second half when it is a skill of its own, other than the first ("TCP/IP", "CI/CD", "PL/SQL"
    are one skill's name; "React/Redux" one hit of its own name)."""
    first, slash, second = hit.surface.partition("/")
    if not slash or "/" in second or "/" in hit.name:
        return None
    index = get_index()
    if index.canonical(first) != hit.name:
        return None
    info = index.info(second)
    return info if info is not None and info.name != hit.name else None


def _heads_a_run(
    hit: SkillHit, line: str, start: int, end: int, following: int, after: int
) -> bool:
    """ "Programming languages Kotlin Go Rust", "Operating Systems - macOS, Unix", "IDE
    Eclipse": a skill naming a kind of tool (from ``start`` to ``end``), right before a named
    tool (``following``: where the next hit starts in the line, -1 when none does; ``after``:
    where it ends), labels the run of tools after it — a label whose colon was lost, not a
    skill claimed. Not when the tool's name goes on into a common word: it says which kind
    ("Set up version control Git workflows"; "source control with Git" stays too) — unless
    the kind starts the line or its bullet ("• Web server Apache on premises": a label)."""
    return (
        following >= end
        and hit.name.casefold() in _TOOL_KINDS
        and _LABEL_GAP.fullmatch(line, end, following) is not None
        and (
            not tx.strip_bullet(line[:start]).strip() or _PHRASE_GOES_ON.match(line, after) is None
        )
    )


# a lower-case word right after a tool's name, but for a series' "and"/"or" or a preposition
# ("Jira with the QA team": the phrase ends at the tool)
_PHRASE_GOES_ON = re.compile(r"[ \t]+(?!(?:and|or|etc|for|in|on|with|at|to)\b)[a-z]")

# skills that name a kind of tool (canonical names, case-folded)
_TOOL_KINDS = frozenset(
    {
        "programming languages",
        "operating systems",
        "operating system",
        "ide",
        "web server",
        "version control",
        "bug tracking",
    }
)
_LABEL_GAP = re.compile(r"[ \t]*[:–—-]?[ \t]*")


def _not_a_claim(hit: SkillHit, line: str, start: int, end: int, section: str) -> bool:
    """The hit's words on its ``line`` (from ``start`` to ``end``) are no claim of the skill: a
    channel to reach the person, a job title's words, an acronym spelling out another name, a
    list's label, a body's name, a collision, a sentence that reads them otherwise."""
    if hit.name.casefold() in _CHANNELS and (
        CONTACT_LINE.search(line) or _HANDLE_AFTER.match(line, end)
    ):
        return True  # "LinkedIn: linkedin.com/in/x | Skype: x": how to reach them, not a skill
    return (
        _names_a_title(hit, line, end, section == "skills")
        or _spells_out_a_name(hit, line, start)
        or _labels_a_list(line, start, end)
        or _names_a_body(line, start, end)
        or _collides(hit, line, start, end, section == "skills")
        or _reads_otherwise(hit, line, start, end)
        or _in_a_cited_title(line, start)
    )


def _in_a_cited_title(line: str, start: int) -> bool:
    """ "Doe, J. and Roe, K. “A Framework for Statistical Analysis”, 2009": inside the quoted
    title of a work a reference cites, a skill is the work's topic, not a claim."""
    opened = line.rfind("“", 0, start)
    if opened < 0 or "”" in line[opened:start]:
        return False
    # words quoted before the skill's: a title about it ("“Python”" alone quotes the name)
    return bool(line[opened + 1 : start].strip()) or cites(line)


def _names_a_title(hit: SkillHit, line: str, end: int, listed: bool = False) -> bool:
    """ "Front End Supervisor", "Customer Service Advisor", "the Sales Representatives": the
    skill words only say which job it is (a named technology is kept: a "Java Developer" writes
    Java)."""
    if not _title_follows(line, end, listed):
        return False
    info = get_index().info(hit.name)
    # a soft skill before a title describes the person ("Detail-oriented Database Administrator")
    return info is not None and not info.hot and info.kind != "soft"


# "Rating from 1 to 5", "Level (1-5)", "Self rating on a scale of 1 to 10": the numbers after
# the items that follow are how well, not which version
RATING_SCALE = re.compile(
    r"\b(?:rat(?:ing|ed)|levels?|scores?|scale|proficiency)\b\W*(?:[a-z]+\W+){0,3}?"
    r"\(?1\s*(?:to|[-–])\s*(?:5|10)\b\)?",
    re.IGNORECASE,
)
# "4/5", "(8 / 10)", "4 out of 5": a score out of five or ten (skill_lists' ratings share it)
SCORE = r"\(?\b(\d{1,2})\s*(?:/|out\s+of)\s*(5|10)\b\)?(?![./\d])"
# a score after a name, when the resume gives two or more (one alone may be a version pair,
# "Windows 7/10"); its spaces taken once, from where they start (no backtracking into a run)
_SCORE = re.compile(rf"(?<!\s)\s*+{SCORE}")
_SCORES_MIN = 2
_SCALED_DIGIT = re.compile(r"\s*(?:10|[1-9])")


def _scaled_lines(lines: list[str], line_sections: list[str]) -> list[bool]:
    """Per line, whether the run of lines of its section states a rating scale ("Rating from 1
    to 5"): the digits after the names of that list are scores; a scale in another section's
    prose ("ran level 1 to 5 support desks") leaves "Java 8" a version."""
    out = [False] * len(lines)
    start = 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or _section_of(line_sections, k) != _section_of(line_sections, start):
            if any(RATING_SCALE.search(x) for x in lines[start:k]):
                out[start:k] = [True] * (k - start)
            start = k
    return out


def _section_of(line_sections: list[str], k: int) -> str:
    return line_sections[k] if k < len(line_sections) else "other"


def _a_rating(version: str, lines: list[str], scaled: bool) -> bool:
    """``version`` read after a name is a rating: a digit in a list under a rating scale, or a
    score "4/5" where the resume scores two or more."""
    if scaled and _SCALED_DIGIT.fullmatch(version):
        return True
    m = _SCORE.fullmatch(version)
    if not m or int(m.group(1)) > int(m.group(2)):
        return False
    scores = (s for line in lines for s in _SCORE.finditer(line) if s.group(2) == m.group(2))
    return sum(1 for _ in itertools.islice(scores, _SCORES_MIN)) >= _SCORES_MIN


# "5.0", "v8.0", "2.0.9", "10g" right after the name; not a year ("Windows 2000"), not a
# duration ("Python 3 years", "Java 5+ yrs") and not the number of the next item of a numbered
# list run into one line ("… security standards 6 Implemented firewalls …").
_VERSION = re.compile(
    r"(?:(?<=\d)|[ \t]?v?(?:\d{1,2}(?:\.(?:\d+|x))+|\d{1,2}[a-z]?(?![ \t]+(?-i:[A-Z][a-z]))))"
    # "Python 3.x", "Java 8/11", "Angular 2+", and after a name ending in its version ("Windows 10/11")
    r"(?:\.(?:\d+|x))*(?:/\d{1,2}(?:\.(?:\d+|x))*)*\b\+?"
    r"(?![.\d+]|-?bit|[ \t]*\+?[ \t]*(?:years?|yrs?|months?|bit)\b)",
    re.IGNORECASE,
)


def _collides(hit: SkillHit, line: str, start: int, end: int, listed: bool = False) -> bool:
    """Words that only look like the skill: part of a mail or web address ("me@site.com",
    "www.site.com" are not COM), of a Romance place or body name ("Rio de Janeiro"), of a
    town's or a street's name ("Chula Vista", "12 Maya Avenue, Springfield"), or a short
    acronym in a publication's reference ("Doe, J. (2004). Rethinking CRM: …", a journal "ERP
    Review"). ``listed``: the line is in a skills section, where an acronym in its own quotes is
    a list's item ("Tools: “SAP”"); in prose ("Managed the “ERP” migration") it is not."""
    left = line.rfind(" ", 0, start) + 1
    right = line.find(" ", end)
    token = line[left : right if right >= 0 else len(line)]
    if _in_web_address(token):
        return True
    if _ROMANCE_OF.match(line, end) or _in_a_place(hit.surface, line, start, end):
        return True
    if _region_code(hit.surface, line, start, end):
        return True
    # a short acronym on a line of quotes is held to the old, wider rule (dotin train precision),
    # unless the quotes of a skills list hold it alone ("Tools: “SAP”, “Excel”": the name
    # itself, quoted; a straight ' is an apostrophe as often as a quote, and counts not)
    if len(hit.surface) > 5 or not hit.surface.isupper():
        return False
    if cites(line):
        return True
    quoted_alone = (
        listed
        and line[start - 1 : start] in OPENING_QUOTES
        and line[end : end + 1] in CLOSING_QUOTES
    )
    return bool(_QUOTES.search(line)) and not quoted_alone


@functools.lru_cache(maxsize=64)
def cites(line: str) -> bool:
    """The line reads as a publication's reference: its authors, or a quoted title and a year,
    a volume or a venue (quotes alone mark no reference: "Tools: “Tableau”, “Python”"). Searched once per line, not
    once per hit (a long line of short acronyms made it quadratic)."""
    if CITATION.search(line):
        return True
    return ("“" in line or "”" in line) and _PUBLISHED.search(line) is not None


# what dates or places a quoted title as a work: a year, a volume, an issue, pages, a venue
_PUBLISHED = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:vol|no|pp)\.|\b(?:journal|proceedings|conference|symposium|forum"
    r"|review|press|published|magazine)\b",
    re.IGNORECASE,
)


_QUOTES = re.compile(r"[“”]")
# the quote marks round a list's item, one definition for skill_hits and skill_lists (a
# straight ' is no quote: "Jane's", "the '90s")
OPENING_QUOTES = frozenset('"“‘')
CLOSING_QUOTES = frozenset('"”’')
_WEB_ADDRESS = re.compile(r"@|://|www\.", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _in_web_address(token: str) -> bool:
    """The token is (part of) a mail or web address: searched once per token, not per hit."""
    return bool(_WEB_ADDRESS.search(token))


def _reads_otherwise(hit: SkillHit, line: str, start: int, end: int) -> bool:
    """Words the sentence reads otherwise: an acronym naming a team or a department ("the QA
    team", "HR staff") or opening a firm's name ("ABC Security Services"), a bare "Node" that
    is a network's node ("a 3 node cluster", "Node Maintenance"), the sales a sum of money
    measures ("$3B sales", "$2M in new sales")."""
    surface = hit.surface
    if 2 <= len(surface) <= 5 and surface.isupper() and surface.isalpha():
        info = get_index().info(hit.name)
        if (
            info is not None
            and not info.tech
            and (_TEAM_AFTER.match(line, end) or _among_people(line, start, end))
        ):
            return True  # "the QA team" (an "AI team" or "DevOps team" does the technology)
        # the name opens at the acronym (no capitalised word before it: "LUIS AI Cognitive
        # Services" is a product's); its other words name no skill ("DNS Terminal Services")
        firm = _FIRM_NAMED_AFTER.match(line, end)
        if (
            firm
            and not _NAME_WORD_BEFORE.search(line, 0, start)
            and not get_index().find(firm.group(0))
        ):
            return True
    if surface.lower() == "node" and (
        _COUNT_BEFORE.search(line, max(0, start - 12), start) or _NODE_NOUN_AFTER.match(line, end)
    ):
        return True
    return surface.lower() in _MEASURED and bool(
        _MONEY_BEFORE.search(line, max(0, start - 40), start)
    )


def _among_people(line: str, start: int, end: int) -> bool:
    """ "coached the developers and QA", "QA and testers": a department's acronym joined to
    people named by their posts stands for its staff."""
    before = _PEOPLE_BEFORE.search(line, max(0, start - 40), start)
    after = _PEOPLE_AFTER.match(line, end)
    return any(m is not None and roles.title_word(m.group(1).lower()[:-1]) for m in (before, after))


_PEOPLE_BEFORE = re.compile(r"\b([A-Za-z]+s)[ \t]*(?:,|&|\band\b)[ \t]*$")
_PEOPLE_AFTER = re.compile(r"[ \t]*(?:,|&|\band\b)[ \t]*([A-Za-z]+s)\b")
_TEAM_AFTER = re.compile(
    r"[ \t]+(?:teams?|department|dept\b|staff|personnel|function|division)\b", re.IGNORECASE
)
# words closing a firm's name (the legal forms are _FIRM_AFTER's): "Acme Security Services"
FIRM_WORDS = (
    "services|solutions|group|associates|enterprises|industries|holdings|partners"
    "|consultants|agency|agencies"
)
_FIRM_NAMED_AFTER = re.compile(
    rf"(?:[ \t]+[A-Z][a-z][\w&-]*){{1,2}}[ \t]+(?:{FIRM_WORDS.title()})\b"
)
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w&.-]*[ \t]+$")
_COUNT_BEFORE = re.compile(
    r"(?:\b\d+|\b(?:single|multi|two|three|four|five|six|eight|ten))[ \t-]*$", re.IGNORECASE
)
_NODE_NOUN_AFTER = re.compile(
    r"[ \t-]+(?:maintenance|setup|set-up|clusters?|failures?|failover|configuration|replacement"
    r"|installation|upgrades?|health|redundancy|pools?|capacity)\b",
    re.IGNORECASE,
)
# what a sum of money measures: "$3B sales", "$2M in annual revenue"
_MEASURED = tx.word_set("sales revenue revenues turnover profit profits billing billings bookings")
# a sum of money before the words: "$3B", "USD 2.5 million", "Rs. 40 lakh", "3 crore" (+ "in")
_MONEY_BEFORE = re.compile(
    r"(?:[$€£₹][ \t]?\d[\d.,]*|\b(?:usd|eur|gbp|inr|rs\.?)[ \t]?\d[\d.,]*|\b\d[\d.,]*(?=[ \t]?"
    r"(?:million|billion|crore|lakhs?|mn|bn)\b))[ \t]?(?:[kmb]n?|mm|million|billion|crore|lakhs?"
    r"|thousand)?\+?[ \t]+(?:(?:in|of)[ \t]+)?(?:(?:annual|yearly|monthly|total|new|net|gross)"
    r"[ \t]+)?$",
    re.IGNORECASE,
)


def _in_a_place(surface: str, line: str, start: int, end: int) -> bool:
    """A capitalised name with a street word after it ("Maya Avenue,", "Swift St.") or a
    known town's name made of it and the capitalised words around it ("Chula Vista")."""
    if not surface[:1].isupper():
        return False
    if _STREET_AFTER.match(line, end):
        return True
    before = _CAPITALISED_BEFORE.search(line, max(0, start - 40), start)
    after = _CAPITALISED_AFTER.match(line, end)
    left = before.group(0).split() if before else []
    right = [after.group(1)] if after else []
    return any(
        places.is_known_city(" ".join([*left[k:], surface, *tail]))
        for k in range(len(left) + 1)
        for tail in ([], right)
        if k < len(left) or tail
    )


def _region_code(surface: str, line: str, start: int, end: int) -> bool:
    """ "Montreal, QC", "Diliman, QC  Select Projects", "Austin, TX 78701": a state's or a
    province's code after a town and a comma, closing the place, is no skill ("QC" is no quality
    control there); "Software Testing, QC" (a skill before the comma) stays."""
    if surface not in _REGION_CODES:
        return False
    town = _TOWN_BEFORE.search(line, max(0, start - 40), start)
    return (
        town is not None
        and _PLACE_CLOSED.match(line, end) is not None
        and not get_index().find(town.group(1))
    )


_REGION_CODES = frozenset([*places.US_STATES, *places.CA_PROVINCES, *places.AU_STATES])
_TOWN_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2}),[ ]?$")
# what may follow a place's region: the line's or a column's end, a separator, a postcode
_PLACE_CLOSED = re.compile(r"[ \t]*(?:$|[|•·,;)–—]|\d{3,}|[A-Z]\d[A-Z])|[ \t]{2}")


# a street word closing an address's street, capitalised: "Road,", "Cir.", "Ave 5"
_STREET_AFTER = re.compile(
    rf"[ \t]+(?:{'|'.join(w.capitalize() for w in places.STREET_WORDS.split('|'))})\b\.?"
    r"(?=[ \t]*(?:[,;|)]|$|\d))"
)
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,2}$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
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
    word = line[start:end].split(maxsplit=1)[0] if line[start:end].strip() else ""
    if word[:1].isupper() and (
        (word.istitle() and _BODY_BEFORE_NAMED.search(line, max(0, start - 80), start))
        or _BODY_AFTER_NAMED.match(line, end)
    ):
        return True  # "Department of Information & Communication", "MIS Advisory Committee"
    return bool(
        _BODY_AFTER.match(line, end) or _UNIT_AFTER.match(line, end) or _FIRM_AFTER.match(line, end)
    )


_BODY_WORDS = (
    r"department|dept\.?|institute|school|faculty|college|cent(?:er|re)|office|division"
    r"|ministry|academy|university|bureau"
)
_BODY_BEFORE = re.compile(rf"\b(?:{_BODY_WORDS})\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)
# capitalised words of the same name between the body word and the skill's words
_NAME_WORDS_BETWEEN = r"(?:(?:[A-Z][\w'’-]*|&|and),?[ \t]+){1,3}"
_BODY_BEFORE_NAMED = re.compile(
    rf"\b(?i:{_BODY_WORDS})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_NAME_WORDS_BETWEEN}$"
)
# "Ledger and Securities Office Department", "Cloud Security Symposium (…)":
# a capitalised skill a name's word or two away from a body's capitalised word
_BODY_AFTER_NAMED = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+(?:Department|Dept\b|Institute|Faculty|Conference"
    r"|Committee|Council|Association|Society|Club|Cent(?:er|re)|Academy|Symposium|Workshop)\b"
)
# "Human Resources Division", "Key Accounts Unit": a unit word closing a name, capitalised as a
# name's word is ("unit tests" stay; "Leadership Team" and "Project Management Team" are left:
# a team is named after its work as often as after a unit)
_UNIT_WORDS = "|".join(w.capitalize() for w in units.CLOSING_WORDS if w != "team")
_UNIT_AFTER = re.compile(rf"[ \t]+(?:{_UNIT_WORDS})\b")
_BODY_AFTER = re.compile(
    r"\s+(?:department|dept\b|institute|faculty|company|inc\b|ltd\b|llc\b|corporation|society)",
    re.IGNORECASE,
)
# "Automated Data Processing, Inc.", "Quality Systems Riverton Healthcare Pvt Ltd": the skill's
# words begin a run of capitalised words that a company's legal form ends
_FIRM_AFTER = re.compile(rf"(?:[ \t]+[A-Z][\w&.-]*){{0,3}},?[ \t]+(?i:{LEGAL_WORDS})\b")
_LIST_SEPARATOR = re.compile(r"[,;|]")


def _spells_out_a_name(hit: SkillHit, line: str, start: int) -> bool:
    """ "LAMP (Local Area Music Project)", "(Good Clinical Practice) GCP": an acronym beside
    brackets holding the capitalised words whose initials it is, is that name's short form, not
    the skill "LAMP" or "GCP" (but "Search Engine Optimization (SEO)" spells the skill itself;
    an acronym in brackets after its name, "Student Alumni Society (SAS)", is
    ``acronyms_of_names``'s, for the whole resume)."""
    acronym = hit.surface
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return False
    end = start + len(acronym)
    m = _BRACKETS_AFTER.match(line, end) or _BRACKETS_BEFORE.search(line, 0, start)
    return m is not None and _names_other_than_a_skill(acronym, _name_words(m.group(1)))


def _names_other_than_a_skill(acronym: str, words: list[str]) -> bool:
    """The capitalised ``words`` are what ``acronym`` abbreviates, and they name no skill."""
    if len(words) != len(acronym) or "".join(w[0] for w in words).upper() != acronym:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    # "API (Application Programming Interface)": words the taxonomy reads as a skill spell the
    # skill out, even where it does not know the whole expansion
    return not get_index().find(" ".join(words))


def acronyms_of_names(lines: list[str], acronyms: set[str]) -> set[str]:
    """ "Academic Performance Index (API)" once, then "raised the API by 40 points": an acronym
    the resume spells out as a name that is no skill means that name wherever it stands in the
    resume, not the skill the acronym also writes (of ``acronyms``, the ones the index read)."""
    out: set[str] = set()
    tried: set[tuple[str, ...]] = set()  # each spelling-out judged once (one index look-up)
    for line in lines:
        if "(" not in line:
            continue
        for m in _ACRONYM_IN_BRACKETS.finditer(line):
            acronym = m.group(1)
            if acronym not in acronyms or acronym in out:
                continue
            words = (acronym, *_name_words(line[: m.start()])[-len(acronym) :])
            if words not in tried:
                tried.add(words)
                if _names_other_than_a_skill(acronym, list(words[1:])):
                    out.add(acronym)
    return out


_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{2,6})\)")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _name_words(text: str) -> list[str]:
    return [w for w in WORD.findall(text) if w.lower() not in EDGE_WORDS]


_BRACKETS_AFTER = re.compile(r"[ \t]*\(([^()]{3,80})\)")  # "LAMP (Local Area Music …)"
_BRACKETS_BEFORE = re.compile(r"\(([^()]{3,80})\)[ \t]*$")  # "(Good Clinical Practice) GCP"


def _title_follows(line: str, end: int, listed: bool = False) -> bool:
    """A title word next, or closing the capitalised words that go on after the skill's
    ("Support Services Engineer"); words between that name a skill of their own, or any words
    between in a skills section (``listed``), are a list run together ("Vim Jira SQL
    Developer")."""
    m = _TITLE_WORDS_AFTER.match(line, end)
    words = _WORD_IN_TITLE.findall(m.group(0)) if m else []
    for k, word in enumerate(words):
        low = word.lower()
        if roles.title_word(low) or (low.endswith("s") and roles.title_word(low[:-1])):
            return k == 0 or not (listed or get_index().find(" ".join(words[:k])))
        if not word[:1].isupper():
            return False  # the name ends before any title word
    return False


# up to four words after the skill's, joined by spaces, "/", "&" or "and"
_TITLE_WORDS_AFTER = re.compile(r"(?:[ \t]*(?:/|&|\band\b)?[ \t]*[A-Za-z][\w-]*){1,4}")
_WORD_IN_TITLE = re.compile(r"(?!and\b)[A-Za-z][\w-]*")

# Multi-word countries: "United Kingdom" is not the skill "Kingdom".
_COUNTRY_NAMES = [c for c in places.COUNTRIES if " " in c]
_CHANNELS = tx.word_set("linkedin skype twitter github gitlab facebook instagram whatsapp telegram")
# "Skype: jdoe.1990", "Skype ID - jdoe": a handle after the channel's name, alone to the line's
# end or the next field ("Skype: a, b" lists no handle)
_HANDLE_AFTER = re.compile(
    r"[ \t]*(?i:id|name|handle)?[ \t]*[:–-][ \t]*[\w.@-]*[\d._@][\w.@-]*[ \t]*(?:[|;]|$)"
)
CONTACT_LINE = re.compile(r"@|https?://|www\.|\.com\b|/in/|\d{3}[\s.)-]*\d{3}", re.IGNORECASE)


# a publication's reference: its authors (a quoted title counts only with a year: ``cites``)
CITATION = re.compile(
    r"\bet\s+al\b|\b[A-Z]\.\s*[A-Z]?\.?\s*(?:and|&)\s+[A-Z][a-z]+,"
    r"|^\W*[A-Z][\w'’-]+,\s+[A-Z]\.(?:\s*[A-Z]\.)*.*\(\d{4}\b"  # "Doe, J. (2004)." (APA)
)


# "Make your resume easy to read", "tailor your CV to the job": advice spoken to the reader
_TO_THE_READER = re.compile(
    r"\byour\s+(?:own\s+)?(?:r[eé]sum[eé]s?|cv|cover\s+letter)\b", re.IGNORECASE
)
_GUIDE_LINES = 6  # lines of such advice that make the text a guide (a sample résumé with a
# sidebar of tips says it two or three times; its skills are the sample's, and labelled)


# sections that hold the person's own doings: a careers advisor's workshops under a role
# ("Build your resume", "Polish your resume") are their work, no advice to the reader (a skills
# section counts: a guide's tips run on under a sample's SKILLS when "Tips" is no heading)
_OWN_SECTIONS = frozenset({"experience", "projects", "volunteering", "activities"})


def writing_guide(lines: list[str], labels: list[str] | None = None) -> bool:
    """The text is a guide to writing a résumé (a careers office's packet of advice and sample
    résumés), not one person's: its skills are examples, no one's claim. ``labels``: the
    section of each line; advice inside the person's own sections (``_OWN_SECTIONS``) does not
    count. Lines are searched until enough are found; a line is searched once."""
    found = 0
    for k, line in enumerate(lines):
        if labels is not None and k < len(labels) and labels[k] in _OWN_SECTIONS:
            continue
        if ("our" in line or "OUR" in line) and _TO_THE_READER.search(line):
            found += 1
            if found >= _GUIDE_LINES:
                return True
    return False
