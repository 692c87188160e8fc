"""The person's headline: the professional title they claim at the top of the resume.

Read from the header (the lines before the first heading) and else from the first sentence of
the summary:

- a title-shaped line near the name ("Jane Doe" / "Senior Data Analyst" / contacts), also above
  it, also a template's "Data Analyst Resume" banner;
- the part after (or before) the name on its line, cut at "|", "–", ",", ":" or held in
  brackets ("JANE DOE | Data Analyst", "Jane Doe (Data Analyst)");
- a summary opening with the title ("Results-driven Project Manager with 8 years …" ->
  "Project Manager"), or naming the post held ("Working as a Data Analyst at …").

A headline is a claim: the title the person holds. Never a post wished for (an objective's
"Seeking a position as a Web Developer", "To obtain a role as …", "Aspiring Data Scientist"), a
post left ("Former Teacher"), a membership ("Member, IEEE"), a referee's line ("Hiring
Manager"), a sentence, a place, a contact, a company, a skill list, a heading or the name; an
employer after the title is cut ("Software Engineer at Globex" -> "Software Engineer"). The
title words are the roles reader's (``roles.is_title``, the O*NET title index). The headline is
kept as written. Every rule reads a bounded prefix of the text (a few lines, one sentence).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from atspro.analysis.resume import dates, places, roles, sections
from atspro.analysis.resume import names as nm
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.channels import EMAIL, phone_candidates
from atspro.analysis.resume.contact import looks_like_contact
from atspro.analysis.taxonomy.skills import get_index

if TYPE_CHECKING:
    from atspro.models import Resume

__all__ = [
    "from_header",
    "from_summary",
    "opens_summary",
    "read_headline",
    "title_shaped",
]

TOP_LINES = 10  # header lines read for a headline
ROLE_LINES = 8  # lines below a title line searched for its role's dates (employer, duties)
MAX_WORDS = 8  # a headline's words at most ("Senior Project Manager | Construction Executive")
MAX_CHARS = 80
SENTENCE_CHARS = 300  # the summary's first sentence read at most
LEAD_WORDS = 7  # words a summary may open with before its title ("A highly motivated …")
CUE_LEAD_WORDS = 2  # ... and an objective between its cue and the title ("as an experienced")

# Cells of a header line: bars, bullets, dashes between spaces, commas, semicolons, colons
# after a word, column gaps.
# (Lines are read with a column's gap as two spaces, other runs as one: no adjacent runs.)
_CELLS = re.compile(r" ?(?:\||•|·|▪|◦|●|■| [-–—] |–|—|,|;|: |\t|  ) ?")
# A template's banner: "<title> (CV|Resume)( Template| Sample)?" ("Data Analyst Resume",
# "Graphic Designer CV Resume Template").
_RESUME_WORD = re.compile(
    r"^(?:sample )?(?P<title>.+?) (?:cv )?(?:resume|résumé|cv|curriculum vitae)"
    r"(?: (?:template|sample|example|format))?\b",
    re.IGNORECASE,
)
# Words no headline holds: a search ("Seeking Internship", "Targeting Analyst Positions"), a
# template's or a page's words ("Sample Resume for …", "One Page Nurse"), a licence, a post
# wished for or left ("Aspiring Data Scientist", "Former Teacher transitioning to …"), a
# referee's line ("Referee", "References").
_NOT_HEADLINE = tx.word_set(
    """seeking seek targeting looking desire desiring position positions role roles job jobs
    opportunity opportunities sample samples resume résumé cv template example page pages
    license licence permit having experience years year aspiring aspirant prospective
    would-be former formerly ex retired transitioning transition referee referees reference
    references"""
)
# A referee's post, written over the referee's name ("Hiring Manager", "Reporting Manager").
_REFEREE = re.compile(r"^(?:hiring|reporting)\s+manager$", re.IGNORECASE)
# A membership, not a post, its organisation after it: "Member, IEEE", "Fellow of the Acme
# Society" ("Team Member", "Crew Member" and "Member of Technical Staff" are posts).
_MEMBER = (
    r"^(?:(?:student|life|associate|senior|full|affiliate|chartered|honorary|active"
    r"|professional|general)\s+)?(?:member|fellow)"
)
_MEMBER_OF = re.compile(
    _MEMBER + r"(?:$|\s*,\s*|\s+of\s+(?:the\s+)?|\s+)(?P<org>.*)$", re.IGNORECASE
)
_SOCIETY = tx.word_set(
    """society association institute institution council club academy union chamber guild
    federation league order college"""
)
# Titles written with their organisation after "of" ("CEO of Initech", "Founder of Acme"):
# what follows is the employer unless it names a field ("President of Sales").
_OWNER = re.compile(
    r"^(?:co-?)?(?:founder|owner|proprietor|ceo|cto|coo|cfo|president|chairman|chairwoman"
    r"|chairperson|managing\s+director|partner)$",
    re.IGNORECASE,
)
# A unit of an organisation opening the line: "Office of the Provost", "Department of Physics".
_UNIT = re.compile(
    r"^(?:office|department|dept|school|faculty|division|institute|centre|center|college"
    r"|university|ministry|bureau|board)\b",
    re.IGNORECASE,
)
_GAP = re.compile(r"\s{2,}")
_LINK = re.compile(r"www\.|://|linkedin|github", re.IGNORECASE)
_CLAUSE = tx.word_set("who which that whose where when while because i my we our you your")
_DIGITS = re.compile(r"\d{3,}|(?<![\w-])\d+(?![\w-])")  # a number, not "L1", "SDE-2"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")

# ---------------------------------------------------------------------------- the summary ---

# "Objective: …", "Profile - …": a label opening the summary's sentence.
_LABEL = re.compile(
    r"^(?:(?:job|career|professional)\s+)?(?:objective|profile|summary|headline|title)\s*[:\-–]\s*",
    re.IGNORECASE,
)
# A post wished for: an objective's cue ("Seeking a position as a", "To obtain a role as",
# "Aspiring", "transitioning into"). What the sentence names after it is no claim; a title
# before it is ("Data Analyst with 5 years seeking a role as …" -> "Data Analyst").
_WISH = re.compile(
    r"\b(?:seek(?:s|ing)?|aspir(?:e|es|ing)|looking\s+(?:for|to)|in\s+search\s+of"
    r"|to\s+(?:obtain|secure|pursue|gain|land|join|find|become|work|serve|be)\b"
    r"|(?:wish|want|hope|hoping|would\s+like|desire)(?:s|es|ing)?\s+to|desirous|interested\s+in"
    r"|transition(?:s|ing)?\s+(?:to|into)"
    r"|(?<!\bthe\s)(?<!\bin\sa\s)(?:position|role|post|job|career|opportunity|opening)\s+(?:as|of)"
    r")\b",
    re.IGNORECASE,
)
# The post held, named after its cue: "in the role of", "working as an", "experience as a",
# "I am a".
_CUE = re.compile(
    r"\b(?:(?:position|role|post)\s+(?:as|of)"
    r"|(?:work|working|employed|serve|serving)\s+as"
    r"|experience\s+as"
    r"|^I\s+am|^I['’]m)\s+(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)
# Words a self-description opens with before its title: articles, "I am", praise.
_LEAD_GLUE = tx.word_set("a an and & i am i'm")
_STOP_BEFORE = tx.word_set(
    """of to for with at by from in on as into under over about the my our their his her its
    this that these those who which whose whom not no team teams former formerly ex retired
    aspiring aspirant prospective would-be"""
)
# What may follow a title in a summary's opening (the title stops there).
_CLOSERS = tx.word_set(
    """with who that seeking offering skilled looking having possessing experienced
    specializing specialising specialized specialised focused adept able in at for and bringing
    known passionate dedicated committed eager where to from by whose currently since over
    possesses has brings offers seeks is"""
)
# Praise before a title ("Dedicated IT Assistant"): no part of it.
_PRAISE = tx.word_set(
    """dedicated experienced motivated self-motivated results-driven result-driven
    results-oriented detail-oriented creative passionate accomplished seasoned dynamic
    innovative highly skilled talented versatile enthusiastic proactive hardworking
    hard-working reliable energetic diligent organised organized efficient competent
    exceptional outstanding driven ambitious resourceful qualified focused successful proven
    confident enthusiastic committed professional well-rounded analytical strategic"""
)


def read_headline(
    header: list[str],
    summary: list[str],
    name: str | None = None,
    below: list[str] | None = None,
) -> str | None:
    """The person's headline from the ``header`` lines (before the first heading), else from
    the first sentence of the ``summary`` lines; ``name``: the name read (no part of it);
    ``below``: the lines the header lines were taken from (``from_header``)."""
    return from_header(header, name, below) or from_summary(summary)


def opens_summary(resume: Resume) -> bool:
    """The ``resume``'s headline is the title its summary opens with (the reader's second
    source), not a line at the top: advice about it names the summary."""
    if not resume.headline or not resume.summary:
        return False
    return from_summary([resume.summary]) == resume.headline


def from_header(
    lines: list[str], name: str | None = None, below: list[str] | None = None
) -> str | None:
    """A title-shaped line of the header's first lines, or the title beside the name on its
    line. A title line over a role's dates is that role's, no headline; ``below``: the lines
    the ``lines`` were taken from (the whole header), searched for those dates."""
    prev = ""
    for n, raw in enumerate(lines[:TOP_LINES]):
        line = _GAP.sub("  ", raw.strip())  # a column's gap stays a cell's end
        if not line:
            continue
        if dates.find_range(line[: 3 * MAX_CHARS]):
            break  # a role's dates: past the header
        first, wrapped = not prev, len(prev) > 60 and not prev.endswith((".", "!", "?", ":"))
        prev = line
        found = None
        if not wrapped and len(line) <= 3 * MAX_CHARS:  # not a sentence's part, a paragraph
            found = _on_line(line, name)
        if not found and first:
            found = _flattened(raw, name)
        if found and not _over_dates(lines, n, below):
            return found
    return None


def _over_dates(lines: list[str], n: int, below: list[str] | None) -> bool:
    """Line ``n`` heads a role: dates follow within two lines, or further down past its employer
    and duty lines as the roles reader reads them ("Warehouse Supervisor" / "Globex Inc" /
    "Managed a team of 12" / "Mar 2017 - Dec 2020"), with no e-mail, phone or link between
    (those make it the header's line). ``below``: the lines the header was cut from."""
    after = lines[n + 1 : n + 1 + ROLE_LINES]
    if below is not None and n < len(below) and below[n] == lines[n]:
        after = below[n + 1 : n + 1 + ROLE_LINES]  # the header's lines, not only the contact's
    contact = False
    for k, x in enumerate(after):
        x = x[: 3 * MAX_CHARS]
        if dates.find_range(x):
            return k < 2 or not contact  # the next two lines: a role's however they read
        contact = contact or bool(EMAIL.search(x) or phone_candidates(x) or _LINK.search(x))
    return False


def _flattened(raw: str, name: str | None) -> str | None:
    """A job board's export flattened into one line: "[Name] [Headline] Town Region [Email me
    on Indeed …]  Summary …" ("Lead Database Administrator Pune Maharashtra  Detail-oriented
    …"): the title before the place, else the summary's opening after it."""
    head = raw[:SENTENCE_CHARS]
    place = places.find_city_region(head) or places.find_town_region(head)
    if place is None or place.span[0] > MAX_CHARS:
        return None
    before = re.split(r"\s{2,}", head[: place.span[0]].strip())[0]
    rest, named = _without_name(before, name)
    if rest:
        if named:
            return _tidy(rest) if title_shaped(rest) else None
        return _title_ending(rest)  # the name unread: only the title that ends the part
    after = head[place.span[1] :].strip(" :;,|-–—")
    cue = nm.JOB_BOARD.match(after)  # "Email me on Indeed: indeed.com/r/…" after the place
    if cue:
        after = after[cue.end() :].lstrip(" :")
        link, _, rest = after.partition(" ")
        if link.lower().startswith("indeed") or "/" in link:
            after = rest
        after = after.strip()
    return from_summary([after]) if after else None


def _title_ending(text: str) -> str | None:
    """The O*NET title that ends ``text`` ("Jose Roe CLOUD ENGINEER" -> "CLOUD ENGINEER")."""
    try:
        hits = get_index().find_titles(text[:MAX_CHARS])
    except Exception:  # the taxonomy must never take the parse down
        return None
    end = len(text.rstrip())
    hit = next((h for h in hits if h.end == end), None)
    if hit is None:
        return None
    lead = text[: hit.start].split()
    if lead and not (len(lead) <= 3 and all(w[:1].isupper() and w.isalpha() for w in lead)):
        return _tidy(text) if title_shaped(text) else None  # "DB2 Administrator"
    title = text[hit.start : hit.end]  # after a name's words
    return _tidy(title) if title_shaped(title) else None


def _on_line(line: str, name: str | None) -> str | None:
    low = line.casefold()
    banner = (
        _RESUME_WORD.match(line)
        if any(w in low for w in ("resum", "résum", "cv", "vitae"))
        else None
    )
    if banner and title_shaped(banner["title"]):
        return _tidy(banner["title"])  # "Data Analyst Resume"
    rest, named = _without_name(line, name)
    if named and not rest:
        return None
    if title_shaped(rest):
        return _tidy(rest)
    place = places.find_place(rest) or places.find_city_region(rest)
    if place and place.span[0] > 0:  # "Data Analyst, Tulsa, OK", "Data Analyst Pune Maharashtra"
        before = rest[: place.span[0]].strip(" |•·,;:-–—")
        if title_shaped(before):
            return _tidy(before)
    cells = [c for c in _CELLS.split(rest) if c.strip(" -–—")]
    if len(cells) < 2:
        return None
    titles = [c for c in cells if title_shaped(c)]
    if not titles:
        return None
    others = [c for c in cells if c not in titles]
    # beside contacts, a place or an employer the titles are a headline; among other items
    # (skills, fields: "Payroll Clerk • Vendor Relations") only beside the name
    loose = [c for c in others if not (looks_like_contact(c) or roles.is_company(c))]
    if loose and not named:
        return None
    return " | ".join(_tidy(c) for c in titles)


def _without_name(line: str, name: str | None) -> tuple[str, bool]:
    """``line`` without the person's name at its start or end (and the separators beside it);
    whether the name was there."""
    if not name:
        return line, False
    low, key = line.casefold(), " ".join(name.split()).casefold()
    if low.startswith(key):
        rest, beside = line[len(key) :], line[len(key) : len(key) + 1]
    elif low.endswith(key):
        rest = line[: len(line) - len(key)]
        beside = rest[-1:]
    else:
        return line, False
    if beside.isalnum():
        return line, False  # "Jane Does…", "…ajane doe": another word
    rest = rest.strip(" |•·,;:-–—")
    m = nm.BRACKETED_TITLE.fullmatch(rest)  # "Jane Doe (Data Analyst)"
    return (m[1] if m else rest), True


def title_shaped(text: str) -> bool:
    """A job title of a few words filling ``text``: no sentence, number, contact, place,
    company, heading or verb phrase."""
    t = text.strip(" |•·,;:-–—")
    ws = tx.words(t)
    if not ws or len(ws) > MAX_WORDS or len(t) > MAX_CHARS:
        return False
    if not (t[:1].isupper() or t[:1].isdigit()) or ws[-1].lower() in nm.HEADLINE_END:
        return False
    if _DIGITS.search(t) or "@" in t or "  " in t:
        return False
    if _first_sentence(t) != t.rstrip(".!? ") or (
        t.endswith(".") and not roles.ABBREV_END.search(t)
    ):
        return False  # a sentence; "Sr." and "Inc." are no stop
    if any(w.lower() in _CLAUSE for w in ws):
        return False  # "Analyst who turns data into decisions"
    if len([c for c in _CELLS.split(t) if c.strip()]) > 1 and "," not in t:
        return False  # cells: each is read on its own
    if t.count(",") > 1 or ("," in t and not roles.is_title(t.split(",")[0])):
        return False  # a list, or a title's unit after a comma only ("Sr. Consultant, QA")
    if _membership(t):
        return False  # "Member, IEEE"
    t = _without_employer(t)  # "Software Engineer at Globex": the title is the claim
    ws = tx.words(t)
    if _UNIT.match(t) or _REFEREE.match(t) or _membership(t):
        return False
    if any(w.lower() in _NOT_HEADLINE or w.lower().startswith("ex-") for w in ws):
        return False  # "Aspiring Data Scientist", "Former Teacher", "Referee"
    core = roles.BRACKETED.sub("", t).strip() or t  # "PhD Student (Computer Science)"
    if not roles.is_title(core) or roles.is_company(core) or roles.firm_name(core):
        return False
    if roles.opens_with_verb(core) or sections.detect_heading(t):
        return False
    if places.find_city_region(t) or places.find_town_region(t):
        return False  # "Data Analyst Pune Maharashtra": a place written after the title
    return not (looks_like_contact(t) or places.is_place_name(core))


def _membership(t: str) -> bool:
    """ "Member", "Member, IEEE", "Fellow of the Acme Society": a membership, not a post
    ("Team Member", "Member of Technical Staff" are posts)."""
    m = _MEMBER_OF.match(t)
    if not m:
        return False
    org = m["org"].strip()
    return (
        not org  # "Member" alone
        or any(w.isupper() and len(w) >= 2 for w in org.split())  # "IEEE", "ACM"
        or any(w in _SOCIETY for w in roles.lower_words(org))
        or roles.is_company(org)
    )


def _without_employer(t: str) -> str:
    """ "Software Engineer at Globex" -> "Software Engineer", "Founder, Acme Labs" ->
    "Founder", "CEO of Initech" -> "CEO": the headline is the title, not where it is held. A
    unit or field stays ("Sr. Consultant, QA", "Manager, Operations"), and so does what follows
    "of" but after an owner's or a chief's title ("Director of Software Development")."""
    for sep in (" at ", " @ ", ", ", " of "):
        title, found, org = t.partition(sep)
        if not found or not org[:1].isupper() or not roles.is_title(title):
            continue
        if sep in (" at ", " @ "):
            return title.strip()
        if sep == " of " and not _OWNER.match(title.strip()):
            continue  # "Director of Software Development", "Professor of Information Systems"
        if roles.names_a_field(org) or (org.isupper() and len(org) <= 3) or roles.is_title(org):
            continue  # "Manager, Operations", "Sr. Consultant, QA"
        return title.strip()
    return t


def _tidy(text: str) -> str:
    return _without_employer(" ".join(text.strip(" |•·,;:-–—").split()))


def from_summary(lines: list[str]) -> str | None:
    """The title the summary's first sentence opens with ("Results-driven Project Manager with
    …"), or the post its objective names ("Seeking a position as a Web Developer at …")."""
    text = tx.paragraph(lines[:6])[: 2 * SENTENCE_CHARS]
    text = _LABEL.sub("", text.lstrip("-–—•*· "))
    sentence = _first_sentence(text)
    wish = _WISH.search(sentence)
    if wish:  # only what the person claims before the post they wish for
        sentence = sentence[: wish.start()].rstrip(" ,;:-–—")
    if not sentence:
        return None
    cue = _CUE.search(sentence)
    if cue:
        rest = sentence[cue.end() :]
        found = _title_at(rest, lead=CUE_LEAD_WORDS)
        if found:
            return found
        if cue.start() > 0:
            return None  # the cue names the post: no other title in the sentence counts
    if tx.starts_with_verb(sentence) and sentence.split()[0].lower() not in _PRAISE:
        return None  # "Managed a team of Software Engineers": a duty
    return _title_at(sentence, lead=LEAD_WORDS)


def _first_sentence(text: str) -> str:
    """``text`` up to its first full stop (not an abbreviation's: "Sr. Engineer"), bounded."""
    text = text[:SENTENCE_CHARS]
    for m in _SENTENCE_END.finditer(text):
        if not roles.ABBREV_END.search(text[: m.start() + 1]) and not re.search(
            r"\b[A-Z][a-z]?\.$", text[: m.start() + 1]
        ):
            return text[: m.start()].strip()
    return text.strip()


def _title_at(sentence: str, *, lead: int) -> str | None:
    """A title among the first words of ``sentence``, at most ``lead`` words of praise and
    articles before it, a closing word (or punctuation) after it."""
    head = sentence[:SENTENCE_CHARS]
    try:
        hits = get_index().find_titles(head)
    except Exception:  # the taxonomy must never take the parse down
        hits = []
    spans = [(h.start, h.end) for h in hits[:1]] or _title_run(head)
    for start, end in spans[:1]:
        start = _capitals_before(head, start)  # "Assistant" + "Bank Manager"
        before = tx.words(head[:start])
        if len(before) > lead or any(_blocks(w) for w in before):
            return None
        last = head[start:end].lower()
        if last.endswith("s") and not last.endswith(("ss", "sales")):
            return None  # "Software Engineers": the people worked with, not a claim
        end = _of_tail(head, end)
        if not _closes(head[end:]):
            return None
        title = _tidy(head[start:end])
        if len(tx.words(title)) > MAX_WORDS or roles.is_company(title):
            return None
        return title
    return None


def _capitals_before(text: str, start: int) -> int:
    """``start`` moved back over the capitalised words (no praise) right before it."""
    for m in reversed(list(re.finditer(r"[^\s,;:()]+", text[:start]))[-3:]):
        word = m.group()
        if text[m.end() : start].strip() or not word[:1].isupper() or word.lower() in _PRAISE:
            break
        if word.lower() in _STOP_BEFORE or word.lower() in _LEAD_GLUE:
            break
        start = m.start()
    return start


def _blocks(word: str) -> bool:
    """A word before a summary's title that makes it someone else's or a clause's."""
    low = word.lower().strip(",.")
    return low in _STOP_BEFORE or (low not in _LEAD_GLUE and roles.title_word(low))


def _title_run(text: str) -> list[tuple[int, int]]:
    """The first capitalised run of words ending in a title word ("Dedicated IT Assistant
    Manager" -> "IT Assistant Manager"), praise words left out; [] when none."""
    ms = list(re.finditer(r"[^\s,;:()]+", text[:SENTENCE_CHARS]))[: LEAD_WORDS + 4]
    for k, m in enumerate(ms):
        word = m.group().lower()
        if not roles.title_word(word) or not m.group()[:1].isupper():
            continue
        j = k
        while j + 1 < len(ms) and roles.title_word(ms[j + 1].group().lower()):
            j += 1  # "Assistant Manager"
        i = k
        while (
            i > 0
            and ms[i - 1].group()[:1].isupper()
            and ms[i - 1].group().lower() not in _PRAISE
            and ms[i - 1].group().lower() not in _STOP_BEFORE  # "Former Teacher"
        ):
            i -= 1
        return [(ms[i].start(), ms[j].end())]
    return []


def _of_tail(text: str, end: int) -> int:
    """ "Director" + " of Software Development": a capitalised "of" phrase goes on the title."""
    m = re.match(r"\s+of\s+", text[end : end + 8])
    if not m:
        return end
    stop = end
    for word in re.finditer(r"\S+", text[end + m.end() : end + 80]):
        if word.start() and text[end + m.end() + word.start() - 1] != " ":
            break
        w = word.group().rstrip(",.;:")
        if not (w[:1].isupper() or w == "&") or len(w) != len(word.group()):
            if w[:1].isupper() and stop == end:
                stop = end + m.end() + word.start() + len(w)  # "Director of Sales, …"
            break
        stop = end + m.end() + word.end()
        if word.end() > 60:
            break
    return stop


def _closes(after: str) -> bool:
    """What follows a summary's title ends it: punctuation, the end, or a closing word."""
    rest = after.lstrip()
    if not rest or rest[:1] in ",.;:()-–—!?/|":
        return True
    word = rest.split(None, 1)[0].strip(",.;:")
    # a closing word, or a participle going on in lower case ("… developer building services")
    return word.lower() in _CLOSERS or (word.islower() and word.endswith("ing") and len(word) > 4)
