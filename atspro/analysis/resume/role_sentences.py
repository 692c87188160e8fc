"""Roles written as sentences: "Worked as a Sales Associate at Acme Corp from 2010 to 2012",
"Currently working with Zeta Bank as Analyst", "I joined Acme Corp in 2015 as Buyer", "Served as
Controller for Zeta Bank" -> the title, the employer and the dates the sentence gives.

Read only from a sentence that states the person's own employment (an employment verb with
"as" at its opening, after at most "I", "Currently", "Later", "N years of experience"), never
from one about a client or a project; the title must hold a title word and the employer must
look like an organisation (capitalised or a company word, no place alone, no title).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from atspro.analysis.resume import dates, labelled, places, roles, sections, units
from atspro.analysis.resume import text as tx
from atspro.models import WorkExperience

_A = r"(?:(?:an?|the)\s+)?"
# What may come before the employment verb: a glyph, "I am", "Currently", "Later I",
# "7 years of dedicated service", "1.5 years of work experience".
_OPENER = (
    r"^[\s\-–•*·o>]*(?:[A-Z][A-Za-z ]{2,30}:\s*)?"  # "Career Summary: Currently …"
    r"(?:(?:currently|presently|now|later|then|previously|formerly|initially|recently|since\s+"
    rf"(?:{dates.DATE})|(?:in|from)\s+(?:{dates.DATE}))\s*,?\s+)?"
    r"(?:(?:i|he|she)\s+(?:(?:am|was|have\s+been|had\s+been|has\s+been|'m)\s+)?|i'?m\s+"
    # "Was associated with …", "Have worked as …", "Having 11 years of experience as …"
    r"|(?:was|am|have(?:\s+been)?|has(?:\s+been)?|had(?:\s+been)?|having(?:\s+been)?)\s+)?"
    r"(?:(?:currently|presently|now|also|initially|originally|first|later)\s+)?"
    r"(?:(?:over\s+|about\s+|around\s+)?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?)\s+(?:of\s+)?"
    r"(?:[a-z]+\s+){0,2}?)?"
)
_AS_VERB = (
    r"(?:working|worked|work|employed|serving|served|hired|appointed|engaged|functioning"
    r"|functioned|acting|acted|placed|experience|promoted|joined|started|began|job|role)"
)
_WITH_VERB = r"(?:working|worked|employed|associated|engaged|serving|served|been)"
_ORG_PREP = r"(?:at|in|with|for|of)"
# "Worked as a Sales Associate at Acme Corp"
_AS_AT = re.compile(
    rf"{_OPENER}{_AS_VERB}\s+(?:here\s+|there\s+)?as\s+{_A}(?P<pos>.+?)\s+{_ORG_PREP}\s+{_A}"
    r"(?P<co>\S.*)$",
    re.IGNORECASE,
)
# "Currently working with Acme Corp as Sales Associate", "associated with Zeta Bank as Analyst"
_WITH_AS = re.compile(
    rf"{_OPENER}{_WITH_VERB}\s+(?:with|at|in|for)\s+{_A}(?P<co>\S.+?)\s+as\s+{_A}(?P<pos>\S.*)$",
    re.IGNORECASE,
)
# "I joined Acme Corp in 2015 as a Buyer"
_JOINED = re.compile(
    rf"{_OPENER}joined\s+{_A}(?P<co>\S.+?)\s+as\s+{_A}(?P<pos>\S.*)$", re.IGNORECASE
)

# Where an employer or a title stops in a sentence: a comma, a clause, the dates.
_STOP = re.compile(
    r"\s*(?:[,;(|]|\s[-–—]\s|[.!?](?:\s|$)|\s(?:from|since|during|till|until|through|where"
    r"|which|who|responsible\s+for|in\s+charge\s+of|and\s+(?:was|am|is|have|had|then|later|i)"
    r"|as|for\s+(?:the\s+)?(?:last|past"
    r"|over|about|\d)|for\s+(?:a\s+)?(?:period|duration|span|tenure)|in\s+(?:the\s+)?(?:year|"
    rf"month)|(?:in|on)\s+(?:{dates.DATE})|to\s+(?:{dates.DATE}|present|date))\b)",
    re.IGNORECASE,
)
# Lower-case words that may stand inside a name ("Bank of America", "Tata Sons & Co").
_CONNECTORS = tx.word_set("of and & for the de del da du des la le und y on")
_CLIENT = re.compile(r"\b(?:clients?|customers?|projects?|account)\b", re.IGNORECASE)
_ABBREV = re.compile(rf"{roles.ABBREV_END.pattern}|\b(?:pvt|pte|bros|mfg)\.$", re.IGNORECASE)
_AFTER_NAME = re.compile(
    r"^\s+(?:projects?|teams?|clients?|customers?|accounts?|modules?|division|unit)\b",
    re.IGNORECASE,
)
_PARENT = re.compile(r"^,?\s+(?:at|of)\s+(?:the\s+)?(?P<org>[A-Z].*)$")
_HAS_AS = re.compile(r"\bas\s", re.IGNORECASE)
_ORG_AFTER = re.compile(rf"\s+{_ORG_PREP}\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceRole:
    position: str
    company: str
    range: dates.DateRange | None


def _cut(value: str) -> str:
    """The words up to the first clause break ("Acme Pvt Ltd., Nashik from June 2011" -> "Acme
    Pvt Ltd."), keeping an abbreviation's full stop."""
    for m in _STOP.finditer(value):
        head = value[: m.start()]
        if m.group(0).strip().startswith(".") and _ABBREV.search(head + "."):
            continue  # "Acme Pvt. Ltd. in Pune"
        return head.strip()
    return value.strip().rstrip(".") if not _ABBREV.search(value) else value.strip()


def _name_words(value: str) -> str:
    """A name runs to its first lower-case word that is no connector ("Community Health Care
    Program in the region" -> "Community Health Care Program"); "at" and "in" end it too."""
    out: list[str] = []
    for word in value.split():
        low = word.lower()
        if low in ("at", "in") or word.isdigit() or (word[:1].islower() and low not in _CONNECTORS):
            break
        out.append(word)
    while out and out[-1].lower() in _CONNECTORS:
        out.pop()
    return " ".join(out)


def _title(value: str) -> str | None:
    pos = _ARTICLE.sub("", _cut(value))
    ws = tx.words(pos)
    if not 1 <= len(ws) <= 6 or not roles.is_title(pos) or _about_a_client(pos):
        return None
    if not pos[:1].isalpha():
        return None
    # "as a marketing manager": a title in a sentence may be in lower case.
    return (
        pos
        if roles.plausible_name(pos[:1].upper() + pos[1:]) == pos[:1].upper() + pos[1:]
        else None
    )


def _about_a_client(pos: str) -> bool:
    """ "consultant for client projects": a client's or a project's word in lower case (a title
    in capitals keeps it: "Project Manager", "Account Executive", "Client Services Lead")."""
    return any(m.group(0).islower() for m in _CLIENT.finditer(pos))


# An employer written in lower case that ends in its legal form ("orlin data systems pvt
# ltd"): the words up to the legal form. A template's placeholder ("xyz Software Pvt Ltd")
# names no employer.
_LOWER_LEGAL = re.compile(
    r"^(?P<co>[a-z][\w&.-]*(?:\s+[\w&.-]+){0,5}?\s+(?:pvt\.?\s*ltd|private\s+limited|ltd"
    r"|limited|inc|llc|llp|gmbh|corp(?:oration)?)\b\.?)"
    r"(?!\s+(?:firm|company|concern|organi[sz]ation|entity|business|group)\b)",
    re.IGNORECASE,
)
# Words that describe a firm rather than name it ("a small private limited firm").
_GENERIC = tx.word_set(
    "small large leading reputed reputable private public top major global multinational mnc "
    "medium big well known"
)
_PLACEHOLDER = re.compile(r"^(?:x{2,}|xyz|abc)\b", re.IGNORECASE)


def _organisation(value: str) -> str | None:
    """A name that looks like an employer: capitalised (or a company word), not a place, not a
    title, not a date; in lower case only with its legal form ("… pvt ltd")."""
    cut = _ARTICLE.sub("", _cut(value))
    lower = _LOWER_LEGAL.match(cut) if cut[:1].islower() else None
    if lower:
        co = lower.group("co")
        generic = any(w.lower() in _GENERIC for w in tx.words(co)[:-2]) or _PLACEHOLDER.match(co)
        return None if generic or _CLIENT.search(co) or places.is_place_name(co) else co
    co = _name_words(cut)
    if _AFTER_NAME.match(cut[len(co) :]):
        return None  # "in the KX project", "for the Payments team": a project, not the employer
    parent = _PARENT.match(cut[len(co) :]) if units.opens_unit(co) else None
    if parent:  # "the Department of Physics at Elmhurst Institute": the institute employs
        co = _name_words(parent.group("org"))
    head, _, last = co.rpartition(" ")
    if head and head.split()[-1].lower() not in _CONNECTORS and roles.is_company(head):
        town = places.is_place_name(last) and last.lower() not in places.COUNTRIES
        co = head if town else co  # "Qorvex Technologies Ltd Bangalore"; "Acme India" stays
    ws = tx.words(co)
    if not 1 <= len(ws) <= 8 or not co[:1].isupper() or _CLIENT.search(co):
        return None
    if roles.is_title(co) or places.is_place_name(co) or dates.find_dates(co):
        return None
    if not (roles.is_company(co) or tx.capitalised_ratio(co) >= 0.75):
        return None
    if len(ws) == 1 and not (roles.is_company(co) or (co.isupper() and len(co) >= 2)):
        return None  # "the Board", "Sales": one generic word names no employer
    return roles.plausible_name(co)


# "between 2001 and 2005": a sentence's range ("2001 and 2005" alone lists two years)
_BETWEEN = re.compile(rf"\bbetween\s+({dates.DATE})\s+and\s+(?=(?:{dates.DATE}))", re.IGNORECASE)


def read_sentence(text: str) -> SentenceRole | None:
    """The role a first-person or experience sentence states, or None."""
    text = " ".join(text.split())
    if len(text) > 300 or not _HAS_AS.search(text):
        return None  # every form says "as <title>": most lines end here, cheaply
    for pattern in (_AS_AT, _WITH_AS, _JOINED):
        m = pattern.match(text)
        if not m:
            continue
        position, company = _title(m.group("pos")), _organisation(m.group("co"))
        if position and company:
            dated = _BETWEEN.sub(r"from \1 to ", text) if "etween" in text else text
            return SentenceRole(position, company, dates.find_range(dated))
    return None


_LEAD = re.compile(r"^[\s\-–•*·o>]*")
_SELF_EMPLOYED = re.compile(rf"^{roles.SELF_EMPLOYED}\s+\S", re.IGNORECASE)
_AGENT = re.compile(r"(?:er|or|ist|ant|ent|ian)$")  # "Practitioner", "Consultant"
_CLAUSE_SEP = re.compile(r"^\s*(?::|\s[-–—])\s*")


def dated_clause(text: str) -> SentenceRole | None:
    """ "Nov 2008 to date: Managing Partner, Hale and Co. Advocates, Eastport, a firm …",
    "• 2012 onwards: Legal Counsel, Corran Water Board, which role includes …": a role
    written as its dates, a colon, then "Title, Employer" and a clause about it."""
    text = " ".join(text[:400].split())  # the clause's head is all it reads
    rest = text[_LEAD.match(text).end() :]  # type: ignore[union-attr]
    # cheap tests first: this runs on every sentence of a section
    opens = rest[:1].isalnum() and (":" in rest[:40] or " – " in rest[:40] or " - " in rest[:40])
    rng = dates.find_range(rest) if opens else None
    if rng is None or rng.span[0] != 0:
        return None
    sep = _CLAUSE_SEP.match(rest[rng.span[1] :])
    if sep is None:
        return None
    parts = rest[rng.span[1] + sep.end() :].split(",")
    if len(parts) < 2:
        return None
    position, company = _title(parts[0]), _organisation(parts[1])
    return SentenceRole(position, company, rng) if position and company else None


# "2011 - 2016. Senior Lecturer in Optics. Acme Institute, University of Springfield,
# Australia.", "1990-1995  Executive Director. Acme Centre for Ocean Studies, Shelbyville, Canada.":
# after the dates, a title closing its own sentence (a unit after its comma), then the employer
# with its units and places, one comma-separated part each.
_STOPPED = re.compile(r"^[.:\s]*(?P<pos>[A-Z][^.;:,]{1,80}?)(?:,[^.;:]*)?\.\s+(?P<rest>[A-Z].*)$")
_STOPPED_TITLE_WORDS = 10  # "Senior Lecturer in Applied Optics and Laser Physics"
_STOPPED_NAME_CAPITALS = 0.75  # a part no organisation reads is a long unit's name or a place


def stopped_clause(line: str) -> SentenceRole | None:
    """A dated line "DATES. Title. Unit, Employer, Place." (the parts closed by full stops):
    the title and the employer."""
    text = " ".join(line.split())
    rest = text[_LEAD.match(text).end() :]  # type: ignore[union-attr]
    rng = dates.find_range(rest) if rest[:1].isdigit() or rest[:1].isupper() else None
    m = _STOPPED.match(rest[rng.span[1] :]) if rng is not None and rng.span[0] == 0 else None
    if m is None:
        return None
    pos = m.group("pos").strip()
    if not 1 <= len(tx.words(pos)) <= _STOPPED_TITLE_WORDS or not roles.is_title(pos):
        return None
    if roles.plausible_name(pos) != pos:
        return None
    orgs: list[str] = []
    for part in (p.strip(" .") for p in m.group("rest").split(",")):
        org = None if places.is_place_name(part) else _organisation(part)
        if org and org == _ARTICLE.sub("", part):  # the whole part ("The board sets …" is none)
            orgs.append(org)
        elif tx.capitalised_ratio(part) < _STOPPED_NAME_CAPITALS:
            return None  # "… Acme. The committee sets …": a sentence follows, no employer
    # the last name with a company word (a unit's parent employs), else the first name (the
    # parts after it may be places the places list lacks: "Shelbyville, North Province")
    named = [org for org in orgs if roles.is_company(org)] or orgs[:1]
    return SentenceRole(pos, named[-1], rng) if named else None


# The rest of a dates line that runs on into a sentence, once its dates are cut:
# "Sep 2012 - Sep 2013. Station Coordinator. Scheduled volunteer hosts …" -> ". Station …".
_DATED_REST = re.compile(r"^\.\s+(?P<rest>[A-Z].*)$")
# A short title phrase closing its own sentence before the duties ("Station Coordinator. ").
_TITLE_STOP = re.compile(r"^(?P<pos>[^.,;:]{2,60})\.\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class DatedSentence:
    header: list[str]  # the header lines without the sentence
    position: str | None  # a title opening the sentence ("Station Coordinator.")
    text: str  # what the person did: the role's first duty


def dated_sentence(header: list[str]) -> DatedSentence | None:
    """A role's dates line that runs on into a sentence ("Sep 2011 - Sep 2013. Wrote profiles
    of …", "Sep 2012 - Sep 2013. Station Coordinator. Scheduled …"): the sentence is no
    header text but a duty, and a short title closing its own sentence first is the role's
    title. None when no header line is such a sentence."""
    for n, line in enumerate(header):
        m = _DATED_REST.match(line.strip())
        if m is None:
            continue
        rest = m.group("rest")
        lead = _TITLE_STOP.match(rest)
        pos = lead.group("pos").strip() if lead else ""
        position = None
        if lead and len(tx.words(pos)) <= 6 and not tx.starts_with_verb(pos):
            position = _title(pos)
        text = rest[lead.end() :] if position and lead else rest
        if len(tx.words(text)) < 5 or tx.capitalised_ratio(text) >= 0.5:
            return None  # "Jan 2015 - Dec 2017. Qorvex Ltd, Eastport": the header itself
        return DatedSentence([*header[:n], *header[n + 1 :]], position, text)
    return None


def continued_role(said: DatedSentence, before: WorkExperience | None) -> WorkExperience | None:
    """A dates line with nothing but a sentence under a role ("Sep 2011 - Sep 2013. Wrote
    profiles …" under "Reporter, The Valley Courier" and its later dates): another period at
    the same employer, with the sentence's title or the role's own."""
    if said.header or before is None or not before.company:
        return None
    return WorkExperience(company=before.company, position=said.position or before.position)


# "Worked as office assistant.", "Working as Shift Lead and in charge of …": a title
# with no employer, read only to fill a role whose header names none.
_AS_ONLY = re.compile(rf"{_OPENER}{_AS_VERB}\s+as\s+{_A}(?P<pos>\S.*)$", re.IGNORECASE)
# A header's "Title for Employer" ("Data Consultant for Qorvex Holdings").
_TITLE_FOR = re.compile(r"^(?P<pos>[^()]+?)\s+(?:for|with)\s+(?:the\s+)?(?P<co>[A-Z][^()]*)$")
# A sentence about the person, not a duty: "I …", "He has …", "Currently …", "Later …".
_PERSONAL = re.compile(
    r"^[\s\-–•*·o>]*(?:[A-Z][A-Za-z ]{2,30}:\s*)?(?:i'?m|i|he|she|currently|presently|later|previously|formerly|initially"
    r"|having|(?:was|have|has|had)\s+(?:been\s+)?(?:working|worked|employed|associated|served|serving))\b",
    re.IGNORECASE,
)


# "Owner/Operator - Oversee all aspects of …", "Calendar Clerk. Managed the calendar of …": a
# title opening the body, then what the person did.
_LEAD_TITLE = re.compile(
    r"^[\s\-–•*·o>]*(?P<pos>[A-Z][^.:;,–—(]{1,60}?)(?:\.\s+|\s*:\s*|\s+[-–—]\s+)(?P<rest>[A-Z].*)$"
)


def lead_title(text: str) -> str | None:
    """The title a body line opens with before a sentence of duties ("Vice President of
    Sales – Led a team of …"): a capitalised title of at most six words, then a sentence."""
    m = _LEAD_TITLE.match(" ".join(text.split()))
    if m is None or len(tx.words(m.group("rest"))) < 3:
        return None
    pos = m.group("pos").strip()
    if tx.capitalised_ratio(pos) < 0.75 or tx.starts_with_verb(pos) or roles.is_company(pos):
        return None
    if sections.detect_heading(pos) or labelled.read_label(f"{pos}: x"):
        return None  # "Responsibilities: …", "Client: …"
    return _title(pos)


# "As a senior .NET Developer I was building …", "As Senior Engineer my role was to …"
_AS_I = re.compile(
    rf"^[\s\-–•*·o>]*as\s+{_A}(?P<pos>(?:[^,.;:]|\.(?=\w)){{2,60}}?),?\s+(?:i|my|we|our)\s",
    re.IGNORECASE,
)
# "Senior Software developer for the intranet portal.", "Lead developer in a team working on …",
# "Senior .NET developer in Harbor Payments Platform. …": a title phrase, then what it was for.
_TITLE_PREP = re.compile(
    r"^[\s\-–•*·o>]*(?P<pos>[A-Z](?:[^.,;:()]|\.(?=\w)){1,60}?)\s+(?:for|in|at|on|with)\s+[A-Za-z]"
)


_NOT_TITLE_END = re.compile(r"(?:ing|ed)$|\s(?:for|in|at|on|with)\s")


def opening_title(text: str) -> str | None:
    """The title a role's body opens with in a sentence about the job: "As a Buyer, I …", or a
    title phrase then what it served ("Technical lead for the site redesign.")."""
    text = " ".join(text[:200].split())
    m = _AS_I.match(text) or _TITLE_PREP.match(text)
    if m is None:
        return None
    pos = m.group("pos").strip()
    if tx.starts_with_verb(pos) or roles.is_company(pos) or sections.detect_heading(pos):
        return None
    if _NOT_TITLE_END.search(pos) or not roles.is_title(pos.split()[-1]):
        return None  # "Market leader specializing in X for …", "Consultant work for …"
    return _title(pos)


def title_sentence(text: str) -> str | None:
    """The title an employment sentence states, with or without an employer."""
    text = " ".join(text.split())
    if len(text) > 300 or not _HAS_AS.search(text):
        return None
    m = _AS_ONLY.match(text)
    if m is None:
        return None
    # "as a Software Engineer in a firm the sentence names": the title ends at its employer
    return _title(m.group("pos")) or _title(_ORG_AFTER.split(_cut(m.group("pos")), 1)[0])


# "Planning Group (PG). The PG worked closely …": a sentence begun after the employer's name.
# (A word of four letters or more before the stop: "Mt. Sinai", "St. Mary" are abbreviations.)
_NEXT_SENTENCE = re.compile(r"(?:(?<=[A-Za-z][a-z]{3})|(?<=[)\]]))\.\s+(?=[A-Z][a-z]*\s+\S)")


def _tidy_company(company: str | None) -> str | None:
    """An employer read from a line that runs into a sentence keeps the name before it, and
    the name before an aside a wrapped line left open ("Orlin Group (Coastal Studies");
    a duty ("Taught Introduction to Statistics classes") is no employer."""
    if company is None:
        return None
    if company.count("(") > company.count(")") and company.index("(") > 2:
        company = company[: company.rindex("(")].rstrip(" ,–-")  # "Acme Group (Applied …" wrapped
    cut = _NEXT_SENTENCE.search(company) if ". " in company else None
    if cut and not _ABBREV.search(company[: cut.start() + 1]):
        company = company[: cut.start()]
    lower = [w for w in tx.words(company)[1:] if w[:1].islower() and w not in _CONNECTORS]
    if tx.starts_with_verb(company) and lower and not roles.is_company(company):
        return None
    return company


def amend(
    role: roles.RoleHeader, header: list[str], body: list[str], raw: Sequence[str] = ()
) -> None:
    """A role's header written as a sentence ("Working as Python Developer for Acme Ltd.,
    Nashik, from June 2015") gives its title and employer; a header with no title takes one from the
    first sentence under it ("Worked as office assistant."). ``raw``: the header lines as
    written, dates kept ("Nov. 2008 to date: Managing Partner, Hale and Co., a firm …" is a
    dated clause only with its dates)."""
    role.company = _tidy_company(role.company)
    said = read_sentence(" ".join(header)) if header else None
    said = said or next(filter(None, map(dated_clause, header)), None) or _clause_cut(role, raw)
    said = said or (stopped_clause(raw[0]) if len(raw) == 1 else None)
    if said:
        role.position, role.company = said.position, said.company
        return
    either = role.position or role.company if not (role.position and role.company) else None
    if either and _SELF_EMPLOYED.match(either):
        position = _name_words(either)  # "SELF-EMPLOYED LEGAL PRACTITIONER principally"
        last = tx.words(position)[-1].lower()
        if len(tx.words(position)) > 1 and (roles.is_title(position) or _AGENT.search(last)):
            role.position, role.company = position, None  # a way of working, no employer
            return
    position = title_sentence(" ".join(header)) if header else None
    if position and (not role.company or _AS_ONLY.match(role.company + " as x")):
        # "Working as Analyst in a firm the sentence names unreadably": the sentence's title;
        # the verb is no employer
        role.position, role.company = position, None
        return
    # "Senior Associate in the firm of Hale, Brook and Co." as the header (cut at its commas)
    firm = firm_sentence(" ".join(header)) if role.position and "firm of" in role.position else None
    if firm and firm[0]:
        role.position, role.company = firm[0], firm[1] or role.company
        return
    if role.position:
        split = _TITLE_FOR.match(role.position)
        if split:  # "Data Consultant for Qorvex Holdings", "Analyst with Zeta Bank"
            position, company = _title(split.group("pos")), _organisation(split.group("co"))
            # "Tutor for Young Readers": only a company word makes it the employer.
            if position and company and roles.is_company(company):
                role.position, role.company = position, company
        return
    if not role.company and body and (position := _bare_title(body[0])):
        role.position = position  # "1999 to 2007" / "Freelance musician."
        return
    if role.company and (position := _title_cell(body)):
        role.position = position  # "Acme Ltd ( Jul 11 – Sept 13)" / "Role" / ": Analyst"
        return
    for item in tx.join_wrapped(body)[:3]:
        # a paragraph too long for one sentence: its first sentence ("I was employed as …")
        head = item if len(item) <= _LONG else _SENTENCE_END.split(item, 1)[0]
        said = read_sentence(head)
        if said and (role.company is None or _same(role.company, said.company)):
            role.position, role.company = said.position, role.company or said.company
            return
        firm = firm_sentence(head) if role.company is None else None
        if firm:
            role.position, role.company = role.position or firm[0], firm[1]
            return
        # "“A motto.” Owner/Operator - Oversee …": the title may open the item's next sentence
        later = _SENTENCE_END.split(item)[1:] if "-" in item or ":" in item else []
        position = title_sentence(head) or lead_title(item) or _first(map(lead_title, later))
        position = position or opening_title(head)
        if position:
            role.position = position
            return
    if not role.company and len(header) == 1 and any(map(dates.find_range, raw)):
        role.position = _field_title(header[0])  # "Child Care" / "2002 - Present"
    elif not (header or role.position or role.company) and body:
        role.company = _employer_opening(body[0])  # "Since 2019" / "Acme Bar (Eastport) I …"


_TITLE_CELL_LINES = 8  # how far under an employer's header a table's "Role" cell is looked for


def _title_cell(body: list[str]) -> str | None:
    """A table read one cell per line under the employer: "Project" / ": Billing" / "Role" /
    ": Team Lead" (the label and its value on two lines)."""
    value = labelled.first_value(body[:_TITLE_CELL_LINES], "position", below=True)
    position = value and roles.plausible_name(value)
    return position if position and roles.is_title(position) else None


# A line opening with the employer's name, then (a town in brackets and) what the person did
# there, in the first person or as a span: "Acme Bar and Grill (Eastport) I waited tables on
# weekends …", "Hale & Partners 3 months of filing for the tax team …".
_EMPLOYER_OPENING = re.compile(
    r"^(?P<co>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|&|of|the|de))+)\s*(?:\([^)]{2,30}\)\s*)?"
    r"(?=(?:I|We)\s+[a-z]|\d+\s+(?:weeks?|months?|years?|days?)\b)"
)


def _employer_opening(line: str) -> str | None:
    """The employer a dated entry's first body line opens with (``_EMPLOYER_OPENING``)."""
    m = _EMPLOYER_OPENING.match(line.strip())
    if m is None or roles.skill_phrase(m.group("co")):
        return None  # "Microsoft Excel 5 years": a skill's span
    return _organisation(m.group("co"))


# Words of a sub-heading over dated entries ("Voluntary Work", "Research Experience") or of a
# form's label beside the dates ("Project Duration", "Period").
_NOT_WORK = tx.word_set(
    "work experience voluntary volunteer volunteering internships duration period since start "
    "end month months year years total date dates"
)


def _field_title(line: str) -> str | None:
    """A dated entry's one header line naming the work done, with no title word
    ("Child Care", "Corporate Strategy Planning"): that work is the role's title, as an
    ATS files it. Capitalised, two to four words of business functions or fields of work (or
    a skill filling the line); never a sub-heading, a place or a form's label."""
    text = line.strip()
    ws = tx.words(text)
    if not 2 <= len(ws) <= 4 or not text[:1].isupper() or tx.capitalised_ratio(text) < 1:
        return None
    if any(w.lower() in _NOT_WORK for w in ws) or any(ch.isdigit() or ch in ":|" for ch in text):
        return None
    if sections.detect_heading(text) or places.is_place_name(text) or places.find_place(text):
        return None
    return text if roles.names_a_field(text) or roles.skill_phrase(text) else None


# "Senior Associate in the firm of Hale and Co. Advocates", "Land law practice with the law firm of …":
# the firm named is the person's employer; the words before it, when a title, their title.
_FIRM_OF = re.compile(
    r"^[\s\-–•*·o>]*(?P<pos>[A-Z][^.;:]{1,60}?)\s+(?:in|with|at|joined)\s+the\s+(?:law\s+)?"
    r"firm\s+of\s+(?P<co>[A-Z].*)$"
)


def firm_sentence(text: str) -> tuple[str | None, str | None] | None:
    """(title, employer) of a sentence opening "… in the firm of <Employer>": at least one
    of them (a firm named "Hale, Brook and Co." is cut at its comma: the title alone)."""
    m = _FIRM_OF.match(" ".join(text[:300].split())) if "firm of" in text else None
    if m is None:
        return None
    position = _title(m.group("pos"))
    company = _organisation(m.group("co")) or _up_to_company_word(m.group("co"))
    if position is None and (company is None or tx.starts_with_verb(m.group("pos"))):
        return None  # "Assisted the partners in the firm of …": a duty
    return position, company


def _up_to_company_word(text: str) -> str | None:
    """A firm's name that commas cut ("Dalton, Quill and Company Advocates, Harbour House"):
    its words up to the last company word among the first eight ("Dalton, Quill and Company")."""
    words = text.split()[:8]
    for k in range(len(words), 1, -1):
        if any(w in roles.COMPANY_WORDS for w in roles.lower_words(words[k - 1])):
            name = " ".join(words[:k]).rstrip(",;")
            return name if name[:1].isupper() else None
    return None


def _bare_title(line: str) -> str | None:
    """A role's body opened by its title alone, in sentence case, maybe with a full stop
    ("Freelance musician.", "Night porter"): at most four words, no bullet, no verb."""
    text = line.strip()
    if tx.bullet_glyph(line) or not text[:1].isupper() or tx.starts_with_verb(text):
        return None
    text = text.removesuffix(".")
    return _title(text) if 0 < len(tx.words(text)) <= 4 and "." not in text else None


def _first(values: Iterable[str | None]) -> str | None:
    return next(filter(None, values), None)


def _clause_cut(role: roles.RoleHeader, raw: Sequence[str]) -> SentenceRole | None:
    """A dated clause among the header lines as written ("Nov. 2008 to date: Managing
    Partner, Hale and Co., a firm …") when the header reading took its employer from another
    line (the tail of a sentence above the dates): the clause's title and employer."""
    if role.company is None:
        return None  # nothing read elsewhere ("1998-2001: Member, Advisory Board"): as read
    for line in raw:
        said = dated_clause(line)
        if said and not _same(role.company, line):
            return said
    return None


# A sentence ends at its stop, or at a closing quote after it ("… Situations.” Owner - …").
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])[\"”’]?\s+(?=[A-Z])")


# In text stripped of its punctuation (one long line): where a sentence about the person's
# own job starts ("… in a small support crew Currently working as a Network Engineer on contract …").
_PERSONAL_START = re.compile(
    r"\b(?:currently|presently|i\s+(?:am|was|have\s+been)|i'?m)\s+"
    r"(?:working|employed|associated|serving)\b",
    re.IGNORECASE,
)
_LONG = 300  # read_sentence's limit: a longer item is no one sentence
_WINDOW = 200  # the part of a long item read from a sentence's start


def sentences(lines: list[str]) -> list[str]:
    """The sentences of wrapped lines ("… a team player. Currently working as …"); in an item
    too long to be one sentence (punctuation stripped), the words from each "Currently
    working …" on."""
    out = []
    for item in tx.join_wrapped(lines):
        for x in _SENTENCE_END.split(item):
            out += [x] if x else []
            if len(x) > _LONG:
                out += [x[m.start() : m.start() + _WINDOW] for m in _PERSONAL_START.finditer(x)]
    return out


# A legal form spelled out or cut short names one firm ("… Private Limited", "… Pvt Ltd").
_LEGAL_FORM = re.compile(r"\b(?:private|limited|incorporated|corporation|company)\b", re.I)
_SHORT_FORMS = {"private": "pvt", "limited": "ltd", "incorporated": "inc", "corporation": "corp"}


def _short_form(m: re.Match[str]) -> str:
    return _SHORT_FORMS.get(m.group(0).lower(), "co")


def _same(a: str, b: str) -> bool:
    """One employer written two ways: one name inside the other ("Qorvex Pvt Ltd", "QORVEX
    PvtLtd, Pune"), or most words of a name of three or more words in the other."""
    a, b = _LEGAL_FORM.sub(_short_form, a), _LEGAL_FORM.sub(_short_form, b)
    x, y = re.sub(r"[\W_]+", "", a.casefold()), re.sub(r"[\W_]+", "", b.casefold())
    if x in y or y in x:
        return True
    short, long_ = sorted((set(tx.words(a.casefold())), set(tx.words(b.casefold()))), key=len)
    return len(short) >= 3 and len(short & long_) >= 0.75 * len(short)


def extra_roles(blocks: list[list[str]], known: list[WorkExperience]) -> list[WorkExperience]:
    """Roles stated in sentences of ``blocks`` (runs of lines: a section, the header) — "He also
    worked with Acme Ltd. as Shift Supervisor from May 2016 to June 2017" — whose employer no role
    in ``known`` names: a sentence with its own dates or about the person ("I", "Currently")."""
    seen = {(w.company, w.position, w.start) for w in known}
    out = [p for r in known for p in promotions(r) if (p.company, p.position, p.start) not in seen]
    for item in (x for lines in blocks for x in sentences(lines)):
        said = read_sentence(item) or dated_clause(item)
        if said is None or not (said.range or _PERSONAL.match(item)):
            continue
        if any(w.company and _same(w.company, said.company) for w in [*known, *out]):
            continue
        twin = _same_dates(said, known)
        if twin is not None:  # "Software Programmer  July 2009 - Present" named no employer
            twin.company = said.company
            twin.position = twin.position or said.position
            continue
        role = WorkExperience(company=said.company, position=said.position)
        if said.range:
            role.start, role.end = said.range.start, said.range.end
            role.is_current = said.range.is_current
        out.append(role)
    return out


# "Promoted from Support Engineer to Team Lead in March 2019", "promoted to Shift Manager".
_PROMOTED = re.compile(
    r"\bpromoted\s+(?:from\s+(?:an?\s+)?\S.*?\s+)?to\s+(?:the\s+(?:position|role|post)\s+of\s+)?"
    rf"{_A}(?P<pos>\S.*)$",
    re.IGNORECASE,
)


def promotions(role: WorkExperience) -> list[WorkExperience]:
    """The titles a role's bullets say the person was promoted to, each a role at the same
    employer from the date the bullet gives (within the role's dates), to the role's end."""
    out: list[WorkExperience] = []
    if not role.company or not role.start:
        return out
    for bullet in role.bullets:
        m = _PROMOTED.search(bullet) if "romot" in bullet else None
        position = _title(m.group("pos")) if m else None
        if not position or (role.position and _same(role.position, position)):
            continue
        found = dates.find_dates(bullet[m.start() :]) if m else []
        when = found[0][0] if len(found) == 1 else None
        inside = (
            when
            and dates.month_index(role.start) <= dates.month_index(when)
            and (
                role.is_current
                or (role.end and dates.month_index(when) <= dates.month_index(role.end))
            )
        )
        if inside:
            out.append(
                WorkExperience(
                    company=role.company, position=position, start=when, end=role.end,
                    is_current=role.is_current,
                )
            )  # fmt: skip
    return out


def _same_dates(said: SentenceRole, known: list[WorkExperience]) -> WorkExperience | None:
    """The role with no employer that the sentence names: the same dates, or (an undated
    sentence) the same title."""
    for w in known:
        if w.company is not None:
            continue
        if said.range is None:
            if w.position and w.position.casefold() == said.position.casefold():
                return w
        elif (w.start, w.end) == (said.range.start, said.range.end):
            return w
    return None
