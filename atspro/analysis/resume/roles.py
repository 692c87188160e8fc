"""The words that tell a title from an employer ("Senior Engineer, Acme Corp"), a header line
cut into segments, whether a segment can name either, and promotions nested under one employer
(role_header.py reads a header, entries.py cuts the entries).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from atspro.analysis.resume import channels, dates, labelled, places, sections, units
from atspro.analysis.resume import text as tx
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import WorkExperience

# A line ending in an abbreviation's full stop ("Acme Inc.") is not a sentence.
ABBREV_END = re.compile(
    r"\b(?:inc|ltd|llc|co|corp|jr|sr|st|dept|univ|intl|l\.l\.c|l\.p|s\.a|b\.s|m\.s|ph\.d|b\.a|m\.a|p\.a"
    r"|p\.c|l\.l\.p|esqs?)\.$",
    re.IGNORECASE,
)

# The last line: Italian titles, read under the Italian headings ("Esperienza lavorativa").
TITLE_WORDS = tx.word_set(
    """engineer engineers developer manager director lead leader head analyst scientist
    consultant architect designer administrator admin specialist coordinator assistant associate
    intern internship officer accountant technician representative executive president vp ceo
    cto cfo coo cio ciso founder co-founder cofounder owner partner programmer researcher fellow
    contributor member volunteer coach teacher tutor instructor professor lecturer nurse
    physician clerk cashier supervisor agent advisor adviser strategist editor writer auditor
    controller recruiter sre trainee apprentice attorney lawyer paralegal therapist pharmacist
    mechanic electrician operator receptionist secretary bookkeeper planner buyer chef cook
    driver mentor principal chief evangelist maintainer creator reporter journalist producer
    photographer artist translator interpreter investigator inspector estimator surveyor
    dentist hygienist scholar postdoc ta ra sde swe mts staff employee copywriter aide laborer
    labourer contractor waitress waiter bartender worker educator dispatcher ranger
    ambassador treasurer chairman chairperson chairwoman adjunct teller courier housekeeper
    caregiver nanny counsel solicitor barrister advocate placement trainer counselor counsellor
    practitioner provost dean registrar organiser co-ordinator headteacher headmaster
    headmistress roustabout negotiator surgeon midwife steward liaison moderator facilitator
    tester examiner babysitter newsreader expert senator chair co-chair attendant waitperson
    sergeant corporal lieutenant commander airman soldier infantryman
    ricercatore ricercatrice assistente sviluppatore sviluppatrice ingegnere tirocinante stagista
    docente consulente responsabile lifeguard concierge chauffeur bellhop valet notary doula
    deckhand umpire cadet chaplain rabbi imam saleswoman bursar governess operative
    tecnólogo tecnóloga tecnologo tecnologa técnico tecnico articleship paraprofessional
    generalist"""
)
COMPANY_WORDS = tx.word_set(
    """inc inc. llc ltd ltd. limited corp corp. corporation company co co. group gmbh plc ag
    technologies technology tech solutions systems labs lab laboratory bank university college
    institute school academy agency partners consulting foundation hospital department
    district studios studio entertainment media financial capital industries international
    enterprises holdings ventures firm clinic organization organisation association council
    ministry government authority inc.,
    center centre restaurant cafe café hotel store church museum bakery
    associates consultants software networks communications telecom airlines airways motors
    productions publishing shop salon pharmacy
    pvt pty pte llp pllc ltda srl spa dept dept."""
)
_EMPLOYMENT = re.compile(
    r"^(?:full[- ]?time|part[- ]?time|contract(?:or)?|freelance|temporary|permanent|seasonal"
    r"|self[- ]employed|remote|hybrid|on[- ]?site|locum|interim|acting"
    r"|(?:night|day|evening|weekend|rotating)\s+shifts?|weekends?"
    r"|\d+\s*(?:yrs?|years?|mos?|months?)"
    r"(?:\s*\d+\s*(?:mos?|months?))?)$",
    re.IGNORECASE,
)


def employment_note(segment: str) -> bool:
    """ "(8months)", "Full-time", "2 yrs 3 mos": how or how long the person worked, beside the
    dates; no name."""
    return _EMPLOYMENT.match(tx.balanced(segment.strip(" ,;"))) is not None


_SUFFIX_ONLY = re.compile(
    r"^(?:inc|llc|ltd|l\.l\.c|corp|co|plc|gmbh|ag|s\.a|limited|pvt|pte|llp|l\.l\.p|pllc|p\.c|pc|p\.a"
    r"|esqs?)\.?$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*(?:\||•|·|▪|◦|\s[-/]\s|–|—|,|;|  +)\s*")
# "Research Fellow. Acme Centre": a full stop ending a word of three letters or more that is no
# abbreviation ("Assoc. Professor", "Acme Inc. Springfield"), before a word that is none either
# ("Elec. Eng. Dept.", "Zorblat. Co., Ltd."), parts two segments.
_STOP = re.compile(r"\b(?P<word>[A-Za-z]{3,})\.\s+(?=[A-Z][a-z]+\b(?![.,]))")
_ABBREVIATIONS = tx.word_set(
    "assoc asst mgmt govt intl dept univ corp inc ltd bros mfg natl admin dist est approx"
    " mgr eng engr tech prof dir coord exec assn pvt gov int nat svcs"
)
_AT = re.compile(r"^(?P<pos>.+?)\s+(?:at\s+|@\s+|@(?=[A-Z0-9]))(?P<co>\S.*)$")
# "Working as a Software Engineer in Acme Pvt Ltd", "Employed as Analyst with Zeta Bank".
_WORKING = re.compile(
    r"^(?:(?:currently|presently)\s+)?(?:working|worked|employed|serving|served)\s+as\s+"
    r"(?:an?\s+)?(?P<pos>.+?)\s+(?:in|at|with|for)\s+(?:the\s+)?(?P<co>[A-Z].*?)"
    r"(?:\s+(?:from|since)\b.*)?$",
    re.IGNORECASE,
)
# "Executive Secretary of the Northern Rail Conference", "Special Adviser to the Harbour Board".
_OF_THE = re.compile(r"^(?P<pos>.+?)\s+(?:of|to|for)\s+the\s+(?P<co>[A-Z].*)$")
# "Company as Position" (job-board profiles, LinkedIn exports).
_AS = re.compile(r"^(?P<co>[A-Z].+?)\s+as\s+(?:an?\s+)?(?P<pos>[A-Z].*)$")
# Sub-headings inside a role and labels for someone else's organisation: never the employer
# or the title ("Key Responsibilities", "Environment: Java", "Client: Dell").
_NOT_ROLE = re.compile(
    r"^(?:(?:key|main|major|job|roles?\s+(?:and|&)|my)\s+)?(?:responsibilit(?:y|ies)|duties"
    r"|description|job\s+description|project\s+description|environment|achievements?"
    r"|accomplishments?|highlights|technologies(?:\s+used)?|tools(?:\s+used)?|team\s+size"
    r"|duration|summary|role|projects?|tasks|skills|date|dates|period|reference|details"
    r"|key\s+contributions?|contributions?)(?:\s*[:\-]?\s*$|\s*:)"
    r"|^(?:client|customer|end\s+client|project|environment|technolog(?:y|ies)|tools?)\s*:"
    # "Tech Stack – Python": a colon or a spaced dash ("Client-side Developer" is a title)
    r"|^tech(?:nology)?\s+stack(?:\s*:|\s+[–—-]\s)"
    # "Consulting at Pellam Foods", "on assignment for …": the client of a consultancy.
    r"|^(?:consulting|contracting|on\s+assignment|deployed|placed)\s+(?:at|for|with|to)\s"
    r"|^[>»]",
    re.IGNORECASE,
)
# "Environment: Windows XP, VPN connectivity, PHP" (the previous role's last line): the label
# covers the whole list, every segment of it; so does "Supervisor: Dr. Ada Pembry, 555 0100"
# (the person the candidate reported to, as forms ask: a name, never the employer).
LIST_LABEL = re.compile(
    r"^(?:(?:key|main|core)\s+)?(?:environment|technolog(?:y|ies)(?:\s+used)?|tools?(?:\s+used)?"
    r"|clients?|customers?)\s*:|^tech(?:nology)?\s+stack(?:\s*:|\s+[–—-]\s)"
    r"|^(?:supervisor|reporting\s+to|reports?\s+to|reported\s+to)\s*[:|]"
    # "Authors: Doe, Jane; Roe, Richard": a paper's authors (a publication list read as roles).
    r"|^(?:co-?)?authors?\s*:",
    re.IGNORECASE,
)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def lower_words(segment: str) -> list[str]:
    # "SiteReliabilityEngineer" (PDF text without spaces) still reads as a title.
    # "Team Leader/Laborer", "Owner/Consultant": each title of a slash-joined pair counts.
    return [
        w.lower().strip(".,()")
        for word in tx.words(segment)
        for part in word.split("/")
        for w in ([part] if part.isupper() else _CAMEL.split(part))
        if w
    ]


_INTERNSHIP = re.compile(
    r"\b(?:intern|internship|interns|trainee|apprentice(?:ship)?|co-?op|student\s+\w+|werkstudent"
    r"|placement"
    r"|praktikant(?:in)?|stagiaire)\b",
    re.IGNORECASE,
)


def is_internship(position: str | None) -> bool:
    """ "Software Engineering Intern", "Co-op Student", "Trainee Analyst" — not a career that
    began as one ("Trainee Engineer to Divisional Manager": the last post counts)."""
    last = re.split(r"\s+to\s+(?=[A-Z])", position)[-1] if position else ""
    return bool(_INTERNSHIP.search(last))


@lru_cache(maxsize=8192)  # asked of the same segment by many rules
def is_title(segment: str) -> bool:
    return not firm_name(segment) and _names_title(segment)


def _names_title(segment: str) -> bool:
    """A title word in ``segment`` or a title the O*NET index knows (a firm's name not ruled
    out: :func:`is_title` does)."""
    # "Hydrologist", "Radiologist", "Technologist": a practitioner of a field of study.
    # "Co-Editor", "Vice-President": a title word after a hyphen.
    lowered = lower_words(segment)
    # "SDE-2", "Engineer-III": a level after a hyphen.
    words = [part for w in lowered for part in {w, w.rpartition("-")[2], without_level(w)}]
    # "Welder (Blue Heron)": a name in brackets after it takes no share of the title's cover
    core = _TRAILING_BRACKET.sub("", segment)
    # "Trained Barista": the index knows the title after the participle (round 17)
    first, _, after = core.strip().partition(" ")
    if first.lower() in _TITLE_PARTICIPLES and after[:1].isupper():
        # short, ending in one person's title word, no phrase after it (round 17 review:
        # "Trained Nurses and Doctors in triage", "Trained Customer Service Agents on the new
        # CRM" are duties); "Registered Nurse, ICU": the part before a comma
        if not _participle_title(re.split(r"[,(|–—]|\s-\s", core, maxsplit=1)[0]):
            return False
        core = after
    return (
        any(map(title_word, words))
        or lowered[-1:] == ["student"]  # "Visiting PhD Student", not "Student Union"
        or lowered[-1:] in _LAST_TITLE_WORDS  # "Sales Rep", "Rep"; not "Rep Systems Ltd"
        or _taxonomy_title(core)
        or agent_title(core)
    )


# "Self-employed", "Self employed", "Selfemployed": work on one's own account (a pattern's part).
SELF_EMPLOYED = r"self[-\s]?employed"
# Title words only as a title's last word (or alone): a name going on after them is an
# employer's ("Sales Rep" / "Rep Holdings").
_LAST_TITLE_WORDS = (["rep"], ["reps"])
_LEVEL = re.compile(r"-(?:\d{1,2}|[ivx]{1,4})$")
_TRAILING_BRACKET = re.compile(r"(?<=\S)\s*\([^()]*\)\s*$")


def without_level(word: str) -> str:
    """ "sde-2" -> "sde": a lower-case word without the level after its hyphen."""
    return _LEVEL.sub("", word)


# "Advertiser", "Arborist", "Underwriter": one capitalised agent noun.
_AGENT_NOUN = re.compile(r"^[A-Z][a-z]{3,}(?:er|or|ist)$")


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    try:
        return get_index().title_heads()
    except Exception:  # the taxonomy must never take the parse down
        return frozenset()


def agent_title(segment: str) -> bool:
    """ "Advertiser" alone: an agent noun (-er, -or, -ist) that ends a job title of the O*NET
    index ("Aerial Advertiser") though the index lacks it as a title of its own."""
    word = segment.strip(" .,")
    return _AGENT_NOUN.match(word) is not None and word.lower() in _title_heads()


def short_title(line: str, *, max_words: int = 4, stops: str = ".!?:;") -> bool:
    """ "Sales consultant", "Software developer, part-time": a title of a few words, the first
    capitalised, no ``stops`` character ending it."""
    text = line.strip()
    return (
        0 < len(tx.words(text)) <= max_words
        and text[:1].isupper()
        and text[-1:] not in stops
        and is_title(text)
    )


def title_word(word: str) -> bool:
    """A lower-case word that names a post: one of the list, a practitioner of a field
    ("Hydrologist") or of a craft ("Musician", "Statistician")."""
    return word in TITLE_WORDS or word.endswith(("ologist", "ician"))


# Title words that also end a newspaper's name ("Valley Courier", "Daily Examiner").
_PAPER_WORDS = tx.word_set("courier examiner advocate")


def paper_name(segment: str) -> bool:
    """ "Valley Courier": a capitalised name ending in a title word a newspaper takes (read as
    a name only beside a title: "Bike Courier" alone is the title)."""
    ws = tx.words(segment)
    return (
        len(ws) >= 2
        and ws[-1].lower() in _PAPER_WORDS
        and tx.capitalised_ratio(segment) == 1
        and not is_title(" ".join(ws[:-1]))
    )


# Words that end the name of an organisation or a scheme, never a title ("Acme Developer
# Program", "Northside Teachers Network").
_SCHEME_ENDS = tx.word_set("program programme network initiative society club league")


def scheme_name(segment: str) -> bool:
    """ "Acme Developer Program": a capitalised name holding a title word but ending in a
    scheme's or a body's word (read as a name only beside a title, as :func:`paper_name`)."""
    ws = tx.words(segment)
    return len(ws) >= 2 and ws[-1].lower() in _SCHEME_ENDS and tx.capitalised_ratio(segment) == 1


# "Brandt & Partner", "Lee and Associates", "Miller & Sons": a firm named after its people.
_FIRM_TAIL = re.compile(r"\s(?:&|and)\s+(?:partners?|associates?|sons)$", re.IGNORECASE)


def _titled(segment: str) -> bool:
    """A title word of our own list in ``segment`` (the O*NET index also knows "Miller")."""
    return any(w in TITLE_WORDS for w in lower_words(segment))


def firm_name(segment: str) -> bool:
    """ "Brandt & Partner", not "Founder and Partner" (two titles)."""
    m = _FIRM_TAIL.search(segment.strip())
    return m is not None and segment[:1].isupper() and not is_title(segment[: m.start()])


# "Paralegal/Bookkeeper", "Co-Founder and CFO", "Architect, Lead Developer": one role held
# under two or more titles.
_TITLE_JOIN = re.compile(r"\s*[/,]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")


def title_names(position: str) -> list[str]:
    """The titles a role's position names: each of two to four joined titles when every part is
    a title of its own ("Paralegal/Office Manager", "Co-Founder and CFO"), else the position
    ("Director of Sales and Marketing", "PHP/MySQL Developer", "Senior A/R Team Leader")."""
    parts = [p.strip() for p in _TITLE_JOIN.split(position)]
    if not 2 <= len(parts) <= 4 or not all(p and is_title(p) for p in parts):
        return [position]
    return parts


@lru_cache(maxsize=8192)
def _taxonomy_title(segment: str) -> bool:
    """ "Barista", "Paralegal", "Dental Hygienist": a job title the O*NET index knows, covering
    most of the segment (a title inside a company name does not count)."""
    if len(segment) > 60:
        return False
    try:
        hits = get_index().find_titles(segment)
    except Exception:  # the taxonomy must never take the parse down
        return False
    text = segment.strip()
    return any(h.end - h.start >= 0.6 * len(text) for h in hits)


@lru_cache(maxsize=4096)
def skill_phrase(segment: str, *, one_word: bool = False) -> bool:
    """ "Machine Learning", "Version Control Systems": a skill of two or more words filling the
    segment is a skill, not an employer (one word may be both: "Oracle", so ``one_word`` only
    where nothing else names an employer)."""
    text = segment.strip()
    if len(tx.words(text)) < (1 if one_word else 2) or len(text) > 60:
        return False
    try:
        hits = get_index().find(text)
    except Exception:  # the taxonomy must never take the parse down
        return False
    return any(h.start == 0 and h.end >= len(text) - 1 for h in hits)


# Business functions and fields of work: "Applications Support", "Media Relations", "Child Care"
# and the work itself ("Drafting and Editing", "Lecturing / Teaching") name what the
# person worked on or the unit they sat in, never the employer; nor do a form's labels
# ("Start Month", "Project Duration").
_FIELD_WORDS = tx.word_set(
    """support design planning relations media social business international applications
    application solutions sales telesales marketing care child development research management
    operations finance financial accounting engineering technology technologies computer
    computing information human resources customer service services quality assurance legal
    personal injury public communications corporate strategy strategic project projects
    maintenance training leadership voluntary volunteer work observations quantitative
    decisions data analytics network security administration production logistics
    procurement purchasing product products general construction advertising advertisement
    innovation requirements campus hardware software networking private
    start end month months year years duration since period total industry banking insurance
    telecom telecommunications retail healthcare energy manufacturing automotive hospitality
    pharmaceutical pharmaceuticals oil gas web website professional teaching lecturing coaching
    tutoring mentoring drafting counselling counseling proofreading editing translation"""
)
_JOINING = tx.word_set("of and & for the in")


def names_a_field(segment: str) -> bool:
    """ "Applications Support", "Social Media & Marketing", "Computer/Technology": every word a
    business function or a field of work."""
    ws = [w for w in lower_words(segment) if w and w not in _JOINING]
    return bool(ws) and all(w.strip("&") in _FIELD_WORDS for w in ws)


@lru_cache(maxsize=8192)  # asked of the same segment by many rules
def is_company(segment: str) -> bool:
    if firm_name(segment):
        return True
    return any(w in COMPANY_WORDS for w in lower_words(segment)) and not _names_title(segment)


BRACKETED = re.compile(r"\s*\([^()]*\)")  # a note in brackets: "(part time)", "(Co-Op)"
# "(Zenith Systems, Inc.)", "(part time to 2012, full time from 2014)": an aside with
# separators of its own (a former or parent name, a note) is no segment; "(Houston, TX)" left
# empty once its place was cut.
ASIDE = re.compile(r"\s*\((?:[^()]*[,;|][^()]*|\s*)\)")
# "Volunteer: Jellop Primary School", "Internship: Atlanta Legal Aid Society".
_COLON = re.compile(r"^(?P<pos>[^:]{2,60}?)\s*:\s+(?P<co>[A-Z].*)$")


# "Brook, Tally & Hart": the partners' names listed before "&" name one law or accounting
# firm, never an employer and its town ("Literature, History and Geography" is a list).
_NAME_RUN = re.compile(
    r"(?:^|(?<=[,;|•·]\s)|(?<=\s\s))[A-Z][a-z][\w'’-]*(?:,\s+[A-Z][a-z][\w'’-]*)+,?\s+&\s+"
    r"[A-Z][a-z][\w'’-]*"
)
_KEPT_COMMA = "\x1f"


def _keep_firm_names(line: str) -> str:
    """``line`` with the commas inside a firm's list of names hidden from the split."""

    def keep(m: re.Match[str]) -> str:
        names = re.split(r"(?<=,)\s+", m.group(0))
        # "Paralegal, Brook, Tally & Hart": the title first ("Miller" may be a surname).
        lead = list(itertools.takewhile(lambda n: _titled(n.rstrip(",")), names))
        names = names[len(lead) :]
        if len(names) < 2 or all(places.is_place_name(n.rstrip(",")) for n in names[:-1]):
            return m.group(0)
        return " ".join([*lead, *(n.replace(",", _KEPT_COMMA) for n in names[:-1]), names[-1]])

    return _NAME_RUN.sub(keep, line)


def _at_stops(line: str) -> str:
    """``line`` parted at its sentence stops (``_STOP``) by a separator; a sentence going on with
    a verb ("… Assistant. Managed records") is no header text and is cut."""
    out, at = [], 0
    for m in _STOP.finditer(line):
        if m["word"].lower() in _ABBREVIATIONS:
            continue
        out.append(line[at : m.end("word")])
        at = m.end()
        if tx.starts_with_verb(line[at:]):
            return "".join(out)
        out.append("; ")
    return "".join(out) + line[at:]


def segments(line: str) -> list[str]:
    out: list[str] = []
    line = _at_stops(line)
    for seg in _SEPARATORS.split(_keep_firm_names(ASIDE.sub(" ", line))):
        seg = seg.replace(_KEPT_COMMA, ",").strip(" :[]")
        if seg.endswith(".") and not ABBREV_END.search(seg):
            seg = seg.rstrip(". ")  # a full stop, not "Inc."
        seg = tx.balanced(seg.lstrip("."))
        if not seg or not tx.words(seg) or _EMPLOYMENT.match(seg):
            continue
        if _SUFFIX_ONLY.match(seg) and out:
            out[-1] = f"{out[-1]}, {seg}"
            continue
        working = _WORKING.match(seg)
        if working and is_title(working.group("pos")) and working.group("co")[:1].isupper():
            out.extend([working.group("pos").strip(), working.group("co").strip()])
            continue
        at = _AT.match(seg)
        if at and is_title(at.group("pos")) and not verb_phrase(at.group("pos")):
            co = re.sub(r"^the\s+(?=[A-Z])", "", at.group("co").strip())
            out.extend([at.group("pos").strip(), co])
            continue
        of_the = _OF_THE.match(seg)
        if of_the and _title_of_the(of_the.group("pos"), of_the.group("co")):
            out.extend([of_the.group("pos").strip(), of_the.group("co").strip()])
            continue
        as_ = _AS.match(seg)
        if as_ and is_title(as_.group("pos")) and not is_title(as_.group("co")):
            out.extend([as_.group("pos").strip(), as_.group("co").strip()])
            continue
        if _NOT_ROLE.match(seg) or _is_date_words(seg):
            continue
        colon = _COLON.match(seg)
        if colon and _one_side_titled(colon.group("pos"), colon.group("co")):
            # "Volunteer: Jellop Primary School", "Harbour Lounge: Bartender": one side names
            # the post, the other the employer (either order).
            out.extend([colon.group("pos").strip(), colon.group("co").strip()])
            continue
        out.append(seg)
    return out


def after_colon(line: str, title: str) -> str | None:
    """ "Senior Manager: Retail Segment" -> "Retail Segment": what follows ``title`` and a colon
    on ``line`` (the employer, or a unit of the employer named on another line)."""
    m = _COLON.match(line.strip())
    return m.group("co").strip() if m and m.group("pos").strip() == title else None


def _one_side_titled(left: str, right: str) -> bool:
    """ "Volunteer: Jellop Primary School" or "Harbour Lounge: Bartender", not a heading or a
    label before the colon ("ASSOCIATIONS: Teachers Association")."""
    if is_title(left):
        return not is_title(right)
    return is_title(right) and sections.detect_heading(left) is None and not tx.is_all_caps(left)


def _title_of_the(pos: str, org: str) -> bool:
    """ "Executive Secretary" of "the Northern Rail Conference": a short title ending with a
    title word, then a capitalised name of two words or more (not a unit: "Head of the
    Department of Physics", "Assistant Head of the English Department" stay one title)."""
    ws = tx.words(pos)
    last = lower_words(ws[-1]) if ws else []
    if not 1 <= len(ws) <= 4 or not pos[:1].isupper() or not last or last[-1] not in TITLE_WORDS:
        return False
    org_words = tx.words(org)
    return (
        len(org_words) >= 2
        and tx.capitalised_ratio(org) >= 0.75
        and not units.names_unit(org)
        and not is_title(org)
    )


def _is_date_words(seg: str) -> bool:
    """ "November 2012", "Summer 2019", "Date": a date, not a company or a title."""
    found = dates.find_dates(seg)
    if not found:
        return False
    rest = seg
    for _, (s, e) in sorted(found, key=lambda x: -x[1][0]):
        rest = rest[:s] + rest[e:]
    return not re.search(r"[A-Za-z]{2,}", re.sub(r"(?i)\b(?:to|till|until|from|since)\b", "", rest))


_NOT_A_NAME = re.compile(
    r"@|https?://|www\.|\bc?gpa\b|\bgrade\s*[:\d]|^\d+\s+\w+\s+(?:street|st|avenue|ave|road|rd|drive|dr"
    r"|lane|ln|boulevard|blvd)\b|^[\d\W]*$|^(?:present|current|now|today|till\s+date|to\s+date"
    r"|ongoing)$|^\d{4}\s*-?\s*(?:present|current|now)$|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}",
    re.IGNORECASE,
)


# Words that name a publication, a meeting, a prize or a course, never an employer or a title
# ("Northwind Rail Conference (NRC)" ending a name is a body: its "Conference" is let pass).
NOT_EMPLOYER = re.compile(
    r"\bconference\b(?!\s*(?:\((?-i:[A-Z]{2,})\))?\s*$)|"
    r"[“”\"]|\b(?:committee|proceedings|symposium|award|awards|awarded|thesis"
    r"|winner|winners|finalist|finisher|contest|competition|prize|scholarship"
    r"|dissertation|coursework|certificate)\b"
    r"|\b(?:course|workshop|seminar|webinar|bootcamp)s?\s+(?:at|in|on|from|by|with)\b"  # attended
    r"|(?-i:\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\s+[a-z])",  # "Presently I am associated with …"
    re.IGNORECASE,
)
# One generic word is never a name: a level ("Advanced"), a bare kind of organisation
# ("University"), a function ("Sales" in "Vice President, Sales"), a page note ("Continued").
_GENERIC_ALONE = tx.word_set(
    """basic beginner intermediate advanced expert fluent native proficient continued cont
    university college school institute academy company companies systems international industry
    resources services service professional function history phd mba degree various multiple
    confidential none n/a na self sales marketing operations finance engineering parts qa
    support research development administration management accounting production logistics
    remunerated new working"""
)
# A template's placeholder: "Employers name", "Name of College", "Company Name, City, State".
_PLACEHOLDER_WORDS = tx.word_set(
    """name names company company's employer employers employer's organisation organization
    college school university institution job title position location
    your the of here insert"""
)
_FILL_IN = tx.word_set("name names your insert here")
CUT_SHORT = re.compile(r"\b(?:of|and|the|for|in|at|to|with|from|on|by)$|&$", re.IGNORECASE)
HEADING_WORD = re.compile(
    r"\b(?:resume|curriculum|vitae|skills|memberships?|experience|education|references"
    r"|objective|summary|profile|qualifications|activities|interests|publications|studies)\b",
    re.IGNORECASE,
)
_LEADING_DATE = re.compile(rf"^[\d\s/.]*(?:{dates.DATE})\s*[,:;–—-]?\s*(?=[A-Z])", re.IGNORECASE)
# "Instructor Summer 2001", "Member and Treasurer (2004-2009)": the role without its dates.
_TRAILING_DATE = re.compile(
    rf"\s*[(,]?\s*(?:{dates.DATE})(?:\s*(?:-|–|—|to)\s*(?:{dates.DATE}|{dates.PRESENT}))?\)?\s*$",
    re.IGNORECASE,
)


def opens_with_verb(line: str) -> bool:
    """ "Managed the team", not "Research Associate at …", "Test Lead" or "Teaching Assistant
    and examiner" (a title whose first word can be a verb)."""
    if not tx.starts_with_verb(line):
        return False
    ws = tx.words(line)
    if _phrase_title(ws):
        return False
    # "Reading Specialist Lead, Acme Schools, Springfield": the title before the line's first
    # comma (round 17: the whole line's length hid it)
    before, comma, _ = line.partition(",")
    if comma and _phrase_title(tx.words(before)):
        return False
    return not (len(ws) > 1 and ws[1][:1].isupper() and is_title(" ".join(ws[:2])))


# The most words of a title opened by an -ing word ("Marketing content creator").
ING_TITLE_MAX_WORDS = 4
# Title words that also name a group of people ("Managing staff", "Training team member").
_GROUP_WORDS = tx.word_set("staff member members employee employees worker workers team")
_PHRASE_GLUE = tx.word_set("of and & for the in a an to on at with by as")


# Participles that open a title of a licensed trade ("Registered nurse", "Chartered accountant",
# "Certified nurse assistant"), no duty's verb (round 16: "Registered nurse at Acme Hospital"
# under the dates read as a bullet and the role was lost).
# Round 17: "Trained nurse", "Experienced driver", "Skilled machinist": a participle naming the
# holder's training or standing opens a title the same way ("Trained new staff", "Experienced
# the outage" stay duties: a group word, a plural or a function word is no title's end).
_TITLE_PARTICIPLES = tx.word_set(
    """registered certified licensed chartered qualified accredited enrolled trained
    experienced skilled"""
)


def _phrase_title(ws: list[str]) -> bool:
    """ "Marketing content creator", "Consulting engineer", "Registered nurse": an -ing word or a
    licensing participle opening a short noun phrase that ends in one person's title word (not
    "Training new engineers", "Managing staff", "Leading the editor", "Certified the audits",
    "Registered new patients")."""
    first = ws[0].lower() if ws else ""
    last = ws[-1].lower() if ws else ""
    return (
        2 <= len(ws) <= ING_TITLE_MAX_WORDS
        and (first.endswith("ing") or first in _TITLE_PARTICIPLES)
        and all(w.isalpha() and w.lower() not in _PHRASE_GLUE for w in ws)
        and title_word(last)
        and not last.endswith("s")
        and last not in _GROUP_WORDS
    )


def _participle_title(text: str) -> bool:
    """ "Trained Barista", "Certified Nurse Assistant": a participle, then at most three
    words ending in one person's title (a title word or one the index knows), no function
    word, plural or group after it ("Trained Nurses and Doctors in triage" is a duty)."""
    ws = tx.words(text)
    last = ws[-1].lower() if ws else ""
    return (
        2 <= len(ws) <= ING_TITLE_MAX_WORDS
        and all(w.isalpha() and w.lower() not in _PHRASE_GLUE for w in ws)
        and not last.endswith("s")
        and last not in _GROUP_WORDS
        and (title_word(last) or _taxonomy_title(" ".join(ws[1:])))
    )


def verb_phrase(value: str) -> bool:
    """ "Managed the regional budget": a bullet. "United Kingdom Literacy Trust" and "Allied
    Health Partners" open with an -ed word too, but a name keeps its words capitalised."""
    return opens_with_verb(value) and tx.capitalised_ratio(value) < 0.75


def joins_name(word: str) -> bool:
    """A word a name may hold in lower case: "of", "and", "ltd"."""
    return (
        word[:1].isupper()
        or not word[:1].isalpha()
        or word.lower() in _JOINING
        or bool(_SUFFIX_ONLY.match(word))
    )


def _company_name(value: str) -> bool:
    """A company word in a name whose every lower-case word joins ("Allied Health Partners of
    Ohio"), not a bullet that mentions one ("Taught Introduction to Network Systems
    classes")."""
    return is_company(value) and all(joins_name(w) for w in tx.words(value))


def _verb_clause(value: str) -> bool:
    """ "Taught Introduction to Network Systems classes": a verb, then a lower-case word no
    name holds ("United Kingdom Literacy Trust", "Learning Resource Teacher" are names)."""
    return opens_with_verb(value) and not all(joins_name(w) for w in tx.words(value))


def _lower_clause(value: str, ws: list[str]) -> bool:
    """ "presented at …", "people": lower case where a name would be capitalised ("eBay" and
    "kelkoo.com" are names)."""
    if not value[0].islower():
        return False
    return len(ws) > 1 or ("." not in value and not value[1:2].isupper())


@lru_cache(maxsize=4096)
def plausible_name(value: str | None) -> str | None:
    """``value`` as an employer or a title, or None when it cannot be one: an email, a phone,
    a street address, a date, a place on its own, a sentence from the role's bullets."""
    if not value:
        return None
    value = value.strip(" ,;:-–—")
    ws = tx.words(value)
    if not ws or _NOT_A_NAME.search(value) or _is_date_words(value) or labelled.bare_key(value):
        return None  # "Location", "Company name": a template's label
    if dates.month_only(value) or places.is_place_name(value):
        return None
    if NOT_EMPLOYER.search(value) or _lower_clause(value, ws):
        return None  # a publication, a committee, an award; a clause cut from a sentence
    if len(ws) == 1 and (len(value.strip(".")) < 2 or ws[0].lower() in _GENERIC_ALONE):
        return None
    low = {w.lower() for w in ws}
    if low <= _PLACEHOLDER_WORDS and low & _FILL_IN:
        return None  # "Employers name", "Name of College": the template's words
    if CUT_SHORT.search(value) or (tx.is_all_caps(value) and HEADING_WORD.search(value)):
        return None  # "University of" (cut by a line break), "RELEVANT STUDIES AND SKILLS"
    if dates.find_dates(value):
        lead = _LEADING_DATE.match(value)
        if lead:  # "0708 2005 Kelkoo.com": the dates a column put before the name
            value = value[lead.end() :]
        else:
            value = _TRAILING_DATE.sub("", value).strip(" ,;:-–—")
            if value and not is_title(value):
                return None  # "Windows 2000", "Software Integration (1995)": a course or a tool
        if not value or dates.find_dates(value) or not re.search(r"[A-Za-z]{2}", value):
            return None
        ws = tx.words(value)
    heading = sections.detect_heading(value)
    if heading and heading.rest is None and (heading.strong or tx.is_all_caps(value)):
        return None  # "PROFESSIONAL MEMBERSHIPS": a heading the section split missed
    place = places.find_place(value)
    if place and place.span == (0, len(value)):
        return None  # "Boston, MA"
    bare = BRACKETED.sub("", value)  # "Support Engineer (40 % part time)"
    if len(ws) > 9 or (
        len(ws) >= 4 and (verb_phrase(bare) or _verb_clause(bare)) and not _company_name(value)
    ):
        return None
    if len(ws) >= 5 and tx.capitalised_ratio(bare) < 0.5:
        return None  # a sentence from the bullets
    if re.search(r"[.!?]$", value) and len(ws) > 4 and not ABBREV_END.search(value):
        return None
    return value


def without_own_name(
    group: list[tuple[int, str]], own_name: str | None, top: list[str]
) -> list[tuple[int, str]]:
    """The experience lines without the candidate's own name on a line of its own (a running
    page header between roles), which would otherwise head a role as its employer. Only a
    name written in ``top`` (the lines above the first heading) counts: a name read from
    elsewhere may be a misread role line. A phone-and-e-mail run glued before a line (the
    same header's contact part) is cut off it."""
    group = [(i, _after_contact(line)) for i, line in group]
    if not own_name or not any(own_name.casefold() in line.casefold() for line in top):
        return group
    key = tx.words(own_name.casefold())
    return [(i, line) for i, line in group if tx.words(line.casefold()) != key]


# "Tel: 555 0100 | jane@example.com Senior Analyst, Acme…": a running page header of phone
# and e-mail glued before a role's line; only those, their labels and separators before it.
_CONTACT_LABELS = re.compile(
    r"(?i)\b(?:tel|phone|mobile|mob|cell|e-?mail|mail|contact)\b\.?:?|[\s|•●·,;:/()-]"
)


def _after_contact(line: str) -> str:
    """``line`` without a phone-and-e-mail run glued before a capitalised text."""
    if "@" not in line:
        return line
    found = channels.EMAIL.search(line)
    if found is None:
        return line
    unphoned, phones = channels.PHONE.subn("", line[: found.start()])
    lead = _CONTACT_LABELS.sub("", unphoned)
    rest = line[found.end() :].lstrip(" |•●·,;")
    if lead or not rest[:1].isupper() or not phones:
        return line
    return rest


@dataclass(slots=True)
class RoleHeader:
    position: str | None
    company: str | None
    location: str | None


def _span(role: WorkExperience) -> tuple[int, float] | None:
    if not role.start:
        return None
    end = float("inf") if role.is_current else dates.month_index(role.end or role.start, end=True)
    return dates.month_index(role.start), end


def nest_titles(work: list[WorkExperience]) -> list[WorkExperience]:
    """ "NORTHWIND TRADERS  2009 to Present" / "Regional Sales Manager, 2015 to present" / "Sales
    Representative, 2009 to 2015": an employer dated with no title, then titles dated within its span with no employer
    (promotions at one employer) -> one role per title, each with the employer."""
    out: list[WorkExperience] = []
    i = 0
    while i < len(work):
        parent = work[i]
        outer = _span(parent) if parent.company and not parent.position else None
        j = i + 1
        while outer and j < len(work) and work[j].position and not work[j].company:
            inner = _span(work[j])
            if inner is None or inner[0] < outer[0] - 12 or inner[1] > outer[1] + 12:
                break
            j += 1
        if j == i + 1:
            out.append(parent)
            i += 1
            continue
        for child in work[i + 1 : j]:
            child.company = parent.company
            child.location = child.location or parent.location
            child.bullets = child.bullets or parent.bullets
        out.extend(work[i + 1 : j])
        i = j
    return out


def _words(text: str | None) -> tuple[str, ...]:
    return tuple(lower_words(text or ""))


def _repeats(kept: WorkExperience, role: WorkExperience, words: dict[int, tuple]) -> bool:
    """``role`` lists ``kept`` again (a document whose text repeats, an export that lists each
    post twice), both with the same dates (the caller's grouping): the same employer and
    title; or one of them names no employer and its title holds the other's words
    ("Networking Engineer" / "Computer hardware networking engineer"). Never two roles whose
    bullets or places differ, nor two that both name no employer. ``words``: each role's
    (employer words, title words), by id."""
    if kept.bullets and role.bullets and kept.bullets != role.bullets:
        return False
    if kept.location and role.location and kept.location != role.location:
        return False
    (kc, kt), (rc, rt) = words[id(kept)], words[id(role)]
    if kc and rc and kc == rc:
        return kt == rt or not (kt and rt)
    if (kc and rc) or not (kc or rc) or not (kt and rt):
        return False
    return set(kt) <= set(rt) or set(rt) <= set(kt)


def merge_repeats(work: list[WorkExperience]) -> list[WorkExperience]:
    """One role for each dated role listed again: the first kept, with the longer title, and
    what it lacks taken from the repeat (employer, place, bullets)."""
    out: list[WorkExperience] = []
    groups: dict[tuple, list[WorkExperience]] = {}
    words = {id(r): (_words(r.company), _words(r.position)) for r in work if r.start}
    for role in work:
        group = groups.setdefault((role.start, role.end, role.is_current), []) if role.start else []
        kept = next((k for k in group if _repeats(k, role, words)), None)
        if kept is None:
            out.append(role)
            group.append(role)
            continue
        kept.company = kept.company or role.company
        if len(role.position or "") > len(kept.position or ""):
            kept.position = role.position
        kept.location = kept.location or role.location
        kept.bullets = kept.bullets or role.bullets
        words[id(kept)] = (_words(kept.company), _words(kept.position))
    return out
