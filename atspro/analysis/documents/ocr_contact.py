"""Page-level repairs of an OCR'd contact block, each checked against the page's own evidence.

Line-level repairs (``ocr_words``) see one line; these see the page's first lines together:

* ``mend_addresses``: an e-mail's local part that differs from a word the page spells
  elsewhere (the name in the header, a profile handle, the same address read a second time)
  only by one letter the recogniser dropped ("jnastan64@" beside "Jonas Tan", "hannah-wiliams@"
  beside "Hannah Williams"; a doubled letter is the most common loss) or by a look-alike
  ("0"/"o", "1"/"l", "rn"/"m", "vv"/"w") takes the evidence's spelling. Nothing is invented:
  without evidence, or with two pieces of evidence that disagree, the read is kept.
  A dot of the local part read as a comma and a space ("jane, doe@…") is a dot again when the
  header spells the two words as the name's, and an underscore read as a gap ("jane doe.85@…")
  an underscore again when both words are the name's.
  An "@" read as an "a" before a domain no provider is put back only with evidence (the
  name before it, or the domain linked elsewhere on the page; round 11: also an "@" dropped
  altogether, the name also as "first name + initial" or "initial + surname", or a name line
  read below a sidebar), and a surname's initial "t"/"f"
  read "1" before the address's number ("olwen-195@" beside "Olwen Tarrow") is the initial.
  A name line read below the header (a sidebar layout) is evidence too when the address names
  it (one of its words, or its initial, is a piece of the local part).
* ``mend_name_words``: the mirror: a name word missing one letter of the page's own address,
  handle or personal site gets it back ("Vardoan" beside "ilse@vardogan.dev"), and its umlaut
  where the address writes the vowel with an "e" ("KUSTNER" beside "kuestner.de": "KÜSTNER");
  a name word whose capital "I" was read "l" or "1" ("lbáñez" beside "joao-ibanez") gets it,
  and a "g" where the address has "c" is a "ç" ("Frangon" beside "francon@": its hook).
* ``split_boilerplate``: a name header glued to "RESUME"/"CV" ("JANE DOEIRESUME", "JANE DOE I
  RESUME": the "|" between them read as "I") gets its separator back, so the parser does not
  take "Doei" or "Doe I" for the surname. An "I" is a name's last letter, not a bar, when the
  page's e-mail or handle spells the name with it ("rossi").
"""

from __future__ import annotations

import re

from atspro.analysis.documents.ocr_words import is_provider, mend_domains
from atspro.analysis.letters import base_letters, letters_lost

HEADER_LINES = 8  # the name and the contact block are among the page's first lines
MAX_LOCAL = 64  # an address's local part is at most this long (RFC 5321) …
MAX_DOMAIN = 253  # … and its domain this long, each of its labels at most MAX_LABEL
MAX_LABEL = 63
MIN_EVIDENCE = 5  # shorter words are too easily one letter away from something else
_EMAIL = re.compile(r"(?<![\w.+\-])([A-Za-z0-9][\w.+\-]*)@([\w\-]+(?:\.[\w\-]+)+)")
_HANDLE = re.compile(
    r"(?:linkedin\.com/in/|github\.com/|gitlab\.com/|twitter\.com/|x\.com/)([A-Za-z0-9][\w\-.]*)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")  # letters of any script: "Zoě" is one word, not "Zo"
_SITE = re.compile(r"\bwww[.,]?([a-z0-9\-]+)\.[a-z]{2,}\b", re.IGNORECASE)  # a personal site
_CHUNK = re.compile(r"([A-Za-z01]+)|([^A-Za-z01]+)")  # letters (and look-alike digits), the rest
# OCR look-alikes, folded to one spelling for comparison
_FOLDS = (("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("i", "l"))


def mend_addresses(lines: list[str]) -> list[str]:
    """``lines`` with e-mail local parts mended where the page's evidence spells them (see
    module doc). Only the page's first ``HEADER_LINES`` lines give evidence."""
    head = lines[:HEADER_LINES]
    named = [line for line in head if _name_like(line)][:1]  # the name, not a title under it
    lines = _at_read_as_letter(
        lines, _name_evidence(named) | _handle_evidence(lines), _header_name_words(named)
    )
    if not any("@" in line for line in lines):
        return lines
    lines = _comma_in_local_part(lines, _name_evidence(head), _initials(head))
    lines = _underscore_as_gap(lines, _header_name_words(head))
    lines = _word_glued_before(lines, _header_name_words(head))
    head = lines[:HEADER_LINES]
    reads = [m for line in lines if "@" in line for m in _EMAIL.finditer(line)]
    if not reads:
        return lines
    evidence = _name_evidence(head) | _handle_evidence(lines)
    initials = _initials(head)
    names = _name_evidence([line for line in head if _name_like(line)])
    addresses = {(m.group(1).lower(), m.group(2).lower()) for m in reads}
    page = "\n".join(lines)
    words = _header_name_words(head)
    name = _header_name_words(head[:1]) or words  # the first line: the name, above a title

    def mend(match: re.Match[str]) -> str:
        local, domain = match.group(1), match.group(2).lower()
        # a second read of the same address (same domain): a referee's address is no evidence
        others = (
            evidence
            | _named_below(lines[HEADER_LINES:], local)
            | {
                piece
                for other, where in addresses
                if where == domain and other != local.lower()
                for piece in _pieces(other)
            }
        )
        mended = "".join(
            _final_zero(_doubled_initial(_mend_chunk(chunk, others, initials, names), words), page)
            for chunk in _chunks(local)
        )
        initial = _LONE_INITIAL.match(mended)
        if initial and _initial_l_misread(initial.group(1) + initial.group(2), others, initials):
            mended = "l" + mended[1:]  # "1_mansour" beside "Layla Mansour"
        elif initial and initial.group(1) == "0" and _initial_o_misread(initial, others, initials):
            mended = "o" + mended[1:]  # "0_lopez" beside "Olga Lopez"
        return f"{_initial_read_one(mended, name)}@{match.group(2)}"

    return [_EMAIL.sub(mend, line) if "@" in line else line for line in lines]


# a link-shaped run with no "@" that may hold one read as a letter or lost
# ("janedoeaacme-labs.org", "jane.doeacme-labs.org")
_AT_AS_LETTER_RUN = re.compile(
    r"(?<![\w.@/+\-:])[a-z0-9][\w.+\-]*[a-z0-9][\w\-]*(?:\.[a-z0-9][\w\-]*)*\.[a-z]{2,}"
    r"(?![\w@/\-]|\.[A-Za-z])"
)
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
_LOCAL = re.compile(r"[a-z0-9](?:[\w+\-]|\.(?!\.))*[a-z0-9_]")
_HOSTS = re.compile(r"(?<![\w@.\-])(?:https?://)?(?:www\.)?([a-z0-9][a-z0-9\-]*)\.[a-z]{2,}", re.I)


def _at_read_as_letter(lines: list[str], evidence: set[str], name: list[str]) -> list[str]:
    """ "deedyafb.com" is "deedy@fb.com" when the page shows which "a" is the "@": the part
    before it is the person's name (the header's first name-like line, also as a first name
    and the surname's initial or an initial and the surname: ``name``'s words; or the name
    read below the header, ``_named_below``) or handle ("janedoeaacme.org" beside "Jane
    Doe"), or the part after it a site the page links elsewhere ("fb.co/jd"). An "@" dropped
    altogether ("jane.doeacme-labs.org") is put back with the same evidence when the page
    has no address yet and the cut neither leaves a word of the name as the domain nor runs
    through one ("janedoe.com" is her site: ``_cuts_a_name_word``). A
    mail provider's domain needs no evidence (``ocr_words``); a run that is a web address
    ("www.", a path after it) is none; with no evidence, or two readings with it, the run is
    kept as read."""
    head = lines[:HEADER_LINES]
    hosts: dict[str, list[int]] = {}  # a site's label → where the header names it
    for m in _HOSTS.finditer("\n".join(head)):
        hosts.setdefault(m.group(1).lower(), []).append(m.start())
    evidence = evidence | _initial_forms(name)
    addressed = any("@" in line for line in head)
    below = lines[HEADER_LINES:]

    def reading(local: str, domain: str, offset: int, run: str, loose: bool) -> str | None:
        """The address, its domain mended (``mend_domains``), when the page's evidence
        says so (the lines below the header read only when the rest says nothing)."""
        if not _LOCAL.fullmatch(local) or max(map(len, domain.split("."))) > MAX_LABEL:
            return None
        address = mend_domains(f"{local}@{domain}")
        domain = address.split("@", 1)[1]
        if not _DOMAIN.fullmatch(domain):
            return None
        label = domain.split(".", 1)[0]
        elsewhere = any(not offset <= at < offset + len(run) for at in hosts.get(label, ()))
        letters = re.sub(r"[^a-z]+", "", local)
        if elsewhere or letters in evidence or letters in _named_below(below, local):
            return address
        spelled = _name_spelling(local, name) if loose else None
        if spelled and _provider_mended(domain, run):
            return f"{spelled}@{domain}"
        return None

    def mend(match: re.Match[str], offset: int) -> str:
        run = match.group()
        loose = _contact_line(match.string[: match.start()])
        # a local part is at most 64 characters, a domain 253: only cuts that leave both
        # (the work per run bounded, hostile 255-character runs too; fix_ocr round 16)
        cuts = range(max(1, len(run) - MAX_DOMAIN - 1), min(len(run), MAX_LOCAL + 1))
        # the "@" read as "a" first: the recogniser misreads it far more often than it drops it
        readings = [
            found
            for i in cuts
            if run[i] == "a" and (found := reading(run[:i], run[i + 1 :], offset, run, loose))
        ]
        if not readings and not addressed:
            readings = [
                found
                for i in cuts
                if not _cuts_a_name_word(run[:i], run[i:], name)
                and (found := reading(run[:i], run[i:], offset, run, loose))
            ]
        return readings[0] if len(readings) == 1 else run

    def gap(match: re.Match[str]) -> str:
        """ "lefevre_mei98 yaho.coin": the "@" read as a gap before a provider read a
        letter off (``_provider_mended``), the local part the name's (``_names_loosely``)."""
        local, domain = match.group("local"), match.group("domain")
        if not any(ch.isdigit() or ch == "_" for ch in local):
            return match.group()  # a word before a domain ("visit acme.com")
        address = mend_domains(f"{local}@{domain}")
        mended = address.split("@", 1)[1]
        spelled = _name_spelling(local, name)
        if not _provider_mended(mended, domain) or not spelled:
            return match.group()
        if not _contact_line(match.string[: match.start()]):
            return match.group()  # "Skills: jane2 gmal.com": no contact line
        return f"{spelled}@{mended}"

    out, offset = list(lines), 0
    for index, line in enumerate(head):
        line = _AT_AS_LETTER_RUN.sub(lambda m, at=offset: mend(m, at + m.start()), line)
        if not addressed and " " in line:
            line = _AT_AS_GAP.sub(gap, line)
        if not addressed and len(name) >= 2:
            line = _ROLE_AT_OWN_DOMAIN.sub(lambda m: _role_address(m, name), line)
        offset += len(head[index]) + 1
        out[index] = line
    return out


# an address with its "@" read as a gap: a local part with a digit or an underscore (a word
# has none), a gap, a domain; a "-" glued after it is a separator read so ("…in-Manchester")
_AT_AS_GAP = re.compile(
    r"(?<![\w.@/+\-])(?P<local>[a-z][a-z0-9._\-]{0,62}[a-z0-9_]) "
    r"(?P<domain>[a-z][a-z0-9\-]{1,30}(?:\.[a-z0-9\-]{2,10}){0,2}\.[a-z]{2,6})"
    r"(?![\w@/]|\.[A-Za-z]|-[a-z0-9])"
)


# a role mailbox at the person's own domain, its "@" read as "a" and the domain's dot
# perhaps lost too: "infoaannamuellercom" for "info@annamueller.com" beside "Anna Müller";
# never a path after it or a site's label before it ("Portfolio: hellojanedoe.com/work" is
# her site: an "@" lost altogether is no reading here, fix_ocr round 16)
_ROLE_AT_OWN_DOMAIN = re.compile(
    r"(?<![\w.@/+\-])(?P<role>info|contact|hello|mail|office|kontakt)"
    r"(?P<rest>[a-z][a-z\-]{3,41}?)\.?(?P<tld>com|net|org|dev|io|me|de|eu)(?![\w@./\-])",
    re.IGNORECASE,
)
_SITE_LABEL = re.compile(
    r"(?:portfolio|site|website|web|www|https?|homepage|blog)\s*[:.]?\s*(?://)?\s*$",
    re.IGNORECASE,
)


def _role_address(match: re.Match[str], name: list[str]) -> str:
    """The address when the domain's label after the "a" read for the "@" is the header's
    name written as one word (``_own_name``) and no site's label stands before the run
    ("Website: …"); else the run as read."""
    rest = match.group("rest").lower()
    if rest[0] != "a" or not _own_name(rest[1:], name):
        return match.group()
    if _SITE_LABEL.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group()
    return f"{match.group('role').lower()}@{rest[1:]}.{match.group('tld').lower()}"


def _own_name(label: str, name: list[str]) -> bool:
    """``label`` is the name's words run together ("annamuller"), or so with an umlaut the
    OCR'd name lost written out as a vowel and "e" ("annamueller" beside "ANNA MULLER")."""
    form = "".join(name)
    if label == form:
        return True
    # the one letter the name lacks is an umlaut's "e" (the rule of ``_one_letter_lost``)
    return any(label[i] == "e" and label[i - 1] in "aou" for i in letters_lost(form, label) if i)


def _provider_mended(domain: str, read: str) -> bool:
    """The domain is a mail provider's that ``mend_domains`` mended from the read (a letter
    or two off: "redifmal.com" → "rediffmail.com"): a known domain shape, so the read's
    "@" lost or read as a gap may be put back on looser evidence of the local part."""
    label = domain.split(".", 1)[0].lower()
    return is_provider(label) and label not in read.lower()


# a label before an address-shaped run on a contact line ("E-mail:", "Contact:"); any other
# label ("Skills:", "Tools:") says the run is no address of hers
_LINE_LABEL = re.compile(r"([A-Za-z][A-Za-z\-]*)\s*:")
_CONTACT_LABELS = frozenset(["email", "e-mail", "mail", "contact", "contacts", "e", "m"])


def _contact_line(before: str) -> bool:
    """No label but a contact one stands before the run on its line."""
    return all(m.group(1).lower() in _CONTACT_LABELS for m in _LINE_LABEL.finditer(before))


def _name_spelling(local: str, name: list[str]) -> str | None:
    """The local part written with the name's spelling when every letter run of it is a word
    of the header's name, its initial, or the one such word it misses by a letter lost or
    misread ("chle-183" beside "Chloé Fraser" is "chloe-183"), one run of 4+ letters: how
    people write their name into an address, as a blurred photo reads it. None otherwise:
    the misread letters are never kept ("dane_85" beside "Jane Doe" is "jane_85")."""
    low = local.lower()
    runs = [run for run in re.split(r"[^a-z]+", low) if run]
    if not runs or not name or max(len(run) for run in runs) < MIN_EVIDENCE - 1:
        return None

    def named(run: str) -> str | None:
        if run in name or (len(run) == 1 and any(word[0] == run for word in name)):
            return run
        if len(run) < MIN_EVIDENCE - 1:
            return None
        found = {
            word
            for word in name
            if _one_letter_lost(run, word) or _letter_misread(run, word) or _looks_alike(run, word)
        }
        return found.pop() if len(found) == 1 else None

    spelled = [named(run) for run in runs]
    if None in spelled:
        return None
    pieces = iter(spelled)
    return re.sub(r"[a-z]+", lambda m: next(pieces) or m.group(), low)


def _cuts_a_name_word(local: str, domain: str, words: list[str]) -> bool:
    """The domain is a name word, or the cut runs through one ("tamsinw|renfold.org" for
    Tamsin Wrenfold): the run is the person's site, or the cut is in the wrong place."""
    label = domain.split(".", 1)[0]
    return label in words or any(
        local.endswith(word[:k]) and domain.startswith(word[k:])
        for word in words
        for k in range(1, len(word))
    )


def _initial_forms(words: list[str]) -> set[str]:
    """How an address writes a two-word name with one initial: "kenjiw", "kwatanabe"."""
    if len(words) != 2:
        return set()
    first, last = words
    forms = {first + last[0], first[0] + last}
    return {form for form in forms if len(form) >= MIN_EVIDENCE}


# a name word, a separator, then a "1" before the address's number: "olga-195@" for Olga T.
_ONE_AFTER_WORD = re.compile(r"(?P<word>[a-z]{2,})(?P<sep>[._\-])1(?P<digits>\d{1,2})")
# letters whose small form is one upright stroke that blurs into a "1" (the crossbar lost)
_ONE_LOOKALIKES = frozenset("tf")


def _initial_read_one(local: str, words: list[str]) -> str:
    """ "olga-195" is "olga-t95" when "olga" is a word of the name (``words``: the first
    line's, else the header's name-like lines') and its only other word starts with a "t" or
    an "f": a first name, the surname's initial and a number
    is how people write an address, and the initial's upright stroke blurs into a "1". With
    two other words, or another initial, the read is kept."""
    match = _ONE_AFTER_WORD.fullmatch(local)
    if match is None or match.group("word") not in words:
        return local
    initials = {word[0] for word in words if word != match.group("word")}
    if len(initials) != 1 or not initials <= _ONE_LOOKALIKES:
        return local
    return f"{match.group('word')}{match.group('sep')}{initials.pop()}{match.group('digits')}"


def _header_name_words(head: list[str]) -> list[str]:
    """The words of the header's name lines, without accents, in small letters ("Summary"
    alone is a heading, not a name)."""
    return [
        base_letters(word).lower()
        for line in head
        if _name_like(line) and len(_name_words(line)) >= 2
        for word in _name_words(line)
        if len(word) >= 2
    ]


# an underscore of the local part read as a gap: "jane doe.85@mail.com" for Jane Doe
_GAP_LOCAL = re.compile(r"(?<![\w.@/+\-])([a-z]{2,}) ([a-z]+)(?=[\w.+\-]*@)")


def _underscore_as_gap(lines: list[str], words: list[str]) -> list[str]:
    """ "jane doe.85@…" is "jane_doe.85@…" when both words are words of the header's name:
    the underscore sits on the baseline, and a blurred photo loses it; a dot or a hyphen
    stays. Nothing else tells them apart, so the underscore, the one read as a gap."""

    def join(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        if first not in words or not any(second.startswith(w) for w in words if w != first):
            return match.group()
        return f"{first}_{second}"

    if not words:
        return lines
    return [_GAP_LOCAL.sub(join, line) if "@" in line else line for line in lines]


# a place after a comma glued in front of an address ("Oak Lane, Springfieldwrenfold.jane@"):
# the gap after it lost
_GLUED_BEFORE_LOCAL = re.compile(rf"(?<=, )[A-Z][a-z]{{{MIN_EVIDENCE + 3},}}(?=[\w.+\-]*@)")


def _word_glued_before(lines: list[str], words: list[str]) -> list[str]:
    """ ", Springfieldwrenfold.jane@…" is ", Springfield wrenfold.jane@…" when what follows a
    capitalised word of 4+ letters after a comma (a place: "Town, Region") is a word of the
    header's name (5+ letters) and the word before it is none: an address is written in
    small letters, a place with a capital. The one cut the name allows, else the read."""
    long_words = [w for w in words if len(w) >= MIN_EVIDENCE]

    def apart(match: re.Match[str]) -> str:
        run = match.group()
        cuts = [
            i
            for i in range(4, len(run) - MIN_EVIDENCE + 1)
            if any(run[i:].startswith(w) for w in long_words)
            and base_letters(run[:i]).lower() not in words
        ]
        return f"{run[: cuts[0]]} {run[cuts[0] :]}" if len(cuts) == 1 else run

    if not long_words:
        return lines
    return [_GLUED_BEFORE_LOCAL.sub(apart, line) if "@" in line else line for line in lines]


# a dot of the local part read as a comma and a space: "jane, doe@mail.com" for Jane Doe
_COMMA_LOCAL = re.compile(r"(?<![\w.@/+\-])([A-Za-z]{2,}), ([A-Za-z]+)(?=[\w.+\-]*@)")


def _comma_in_local_part(lines: list[str], evidence: set[str], initials: set[str]) -> list[str]:
    """ "jane, doe@…" is "jane.doe@…" when the header spells the two words as the name's, or
    the first as a name word and the second as an initial ("helene, j.79@")."""

    def join(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        whole = (first + second).lower() in evidence
        initial = len(second) == 1 and first.lower() in evidence and second.lower() in initials
        if not (whole or initial):
            return match.group()
        return f"{first}.{second}"

    return [_COMMA_LOCAL.sub(join, line) if ", " in line else line for line in lines]


_NAME_WORD = re.compile(r"(?<![\w@./])(?:[A-Z][a-z]{4,}|[A-Z]{5,})(?![\w@])")
_NOT_A_NAME_PIECE = frozenset(["gmail", "yahoo", "outlook", "hotmail", "icloud", "linkedin"])


def mend_name_words(lines: list[str]) -> list[str]:
    """A word of the name header (first three lines) that misses one letter of the page's own
    e-mail or profile handle gets it back ("Ilse Vardoan" beside "ilse@vardogan.dev"; a letter
    outside the recogniser's reach, or a doubled one, is dropped). The mirror of
    ``mend_addresses``: only a lost letter is put back, never one taken away."""
    pieces = _address_pieces(lines, MIN_EVIDENCE + 1)
    if not pieces and not _address_pieces(lines, MIN_EVIDENCE):
        return lines

    def mend(match: re.Match[str]) -> str:
        word = match.group()
        low = word.lower()
        if any(low in piece for piece in pieces):
            return word
        found = {
            piece[i : i + len(low) + 1]
            for piece in pieces
            for i in range(len(piece) - len(low))
            if _one_letter_lost(low, piece[i : i + len(low) + 1], umlaut=False)
        }
        if not found:
            found = _umlauts(low, pieces) | _cedillas(low, pieces)
        if len(found) != 1:
            return word
        spelled = found.pop()
        return spelled.upper() if word.isupper() else spelled.capitalize()

    head = [_NAME_WORD.sub(mend, line) for line in lines[:3]]
    # "lyer" beside "liyer@": the whole word must be in the piece, so a shorter piece will do
    short = _address_pieces(lines, MIN_EVIDENCE)
    head = [_CAPITAL_I_MISREAD.sub(lambda m: _capital_i(m, short), line) for line in head]
    return head + lines[3:]


def _address_pieces(lines: list[str], shortest: int) -> set[str]:
    """Letter runs of ``shortest`` letters or more in the page's e-mails, profile handles and
    personal sites ("ilse@vardogan.dev" -> "vardogan"), providers' names left out."""
    return {
        piece
        for line in lines
        if "@" in line or "/" in line or "www" in line.lower()
        for match in [*_EMAIL.finditer(line), *_HANDLE.finditer(line), *_SITE.finditer(line)]
        for group in match.groups()
        for piece in re.split(r"[^a-z]+", (group or "").lower())
        if len(piece) >= shortest and piece not in _NOT_A_NAME_PIECE
    }


# a name word whose capital "I" was read as "l", "1" or "|" ("lbáñez" for "Ibáñez")
_CAPITAL_I_MISREAD = re.compile(r"(?<!\S)[l1|](?=[^\W\d_]{3,}(?!\S))([^\W\d_]+)")


def _capital_i(match: re.Match[str], pieces: set[str]) -> str:
    """ "I" when the page's address or handle spells the word with an "i" and no piece with
    an "l" ("lbáñez" beside "joao-ibanez" is "Ibáñez"); else the word as read."""
    rest = match.group(1)
    if not rest[0].islower():
        return match.group()
    folded = base_letters(rest).lower()
    if any("l" + folded in piece for piece in pieces):
        return match.group()
    if any("i" + folded in piece for piece in pieces):
        return "I" + rest
    return match.group()


def _cedillas(low: str, pieces: set[str]) -> set[str]:
    """``low`` with a "ç" where it reads "g" and the page's address "c" ("frangon" beside
    "francon.lukas@" is "françon"): the recogniser reads the cedilla's hook as a "g"'s tail."""
    return {
        low[:i] + "ç" + low[i + 1 :]
        for i, ch in enumerate(low)
        if ch == "g" and any(low[:i] + "c" + low[i + 1 :] in piece for piece in pieces)
    }


_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def _umlauts(low: str, pieces: set[str]) -> set[str]:
    """``low`` with an umlaut where the page's address writes the vowel with an "e" after it
    ("bruner" beside "bruener.de" is "brüner"): the recogniser drops the dots far more often
    than a whole letter, so a name printed "Bruener" is read as such."""
    return {
        low[:i] + _UMLAUT[ch] + low[i + 1 :]
        for i, ch in enumerate(low)
        if ch in _UMLAUT and any(low[: i + 1] + "e" + low[i + 1 :] in piece for piece in pieces)
    }


def _chunks(local: str) -> list[str]:
    return [m.group() for m in _CHUNK.finditer(local)]


def _pieces(local: str) -> set[str]:
    return {c.lower() for c in _chunks(local) if len(c) >= MIN_EVIDENCE and c.isalpha()}


def _name_evidence(head: list[str]) -> set[str]:
    """Words of the header lines, alone and run together two or three at a time ("jonas",
    "tan" -> "jonastan"): an address is often the name written without its gaps, and
    without its accents ("Núñez" is evidence for "nunez")."""
    out: set[str] = set()
    for line in head:
        line = _CAMEL_GAP.sub(" ", _EMAIL.sub(" ", line))  # "KwameCampbell": a gap OCR lost
        words = [base_letters(w).lower() for w in _WORD.findall(line) if len(w) >= 2]
        for size in (1, 2, 3):
            for start in range(len(words) - size + 1):
                joined = "".join(words[start : start + size])
                if len(joined) >= MIN_EVIDENCE:
                    out.add(joined)
    return out


_CAMEL_GAP = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")


def _named_below(lines: list[str], local: str) -> set[str]:
    """The name read below the header (a sidebar layout read before its name line) is
    evidence when the address names that line: a 2–3-word name-like line one of whose words
    is a piece of the local part, whole or as its initial ("mart.q@" beside "Marta Quill": the
    "q"). Lines the address does not name give none (a school or a city is no evidence)."""
    pieces = {p for p in re.split(r"[^a-z]+", local.lower()) if p}
    out: set[str] = set()
    for line in lines:
        words = [base_letters(w).lower() for w in _name_words(line)]
        if not 2 <= len(words) <= 3 or not _name_like(line):
            continue
        if any(w in pieces or w[0] in pieces for w in words):
            out |= _name_evidence([line])
    return out


def _handle_evidence(lines: list[str]) -> set[str]:
    return {
        piece
        for line in lines
        if "/" in line
        for match in _HANDLE.finditer(line)
        for piece in re.split(r"[._\-]+", match.group(1).lower())
        if len(piece) >= MIN_EVIDENCE and piece.isalnum()
    }


def _initials(head: list[str]) -> set[str]:
    """First letters of the words of the header's name-like lines (2–4 capitalised words, no
    digits or links): an address may add one ("bakkerl" for Lars Bakker)."""
    return {word[0].lower() for line in head if _name_like(line) for word in _name_words(line)}


# degrees written after a name: "JANE DOE, PHD", "Jane Doe, MBA, CPA"
_CREDENTIALS = re.compile(r"(?:,\s*[A-Z][A-Za-z.]{1,4})+\s*$")


def _name_words(line: str) -> list[str]:
    return _CAMEL_GAP.sub(" ", _CREDENTIALS.sub("", line)).split()


def _name_like(line: str) -> bool:
    """1–4 capitalised words of letters: a name line."""
    words = _name_words(line)
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)


# letters people swap on purpose when they write their name into an address (Dmitri/Dmitry,
# Katrin/Catrin): a name and an address differing by one of these pairs are both right; and
# "c"/"g": the large print misread too, a "ç" read as "g" ("Frangon" beside "francon@")
_SPELLING_VARIANTS = frozenset(
    frozenset(pair) for pair in ("iy", "ck", "sz", "jy", "vw", "kq", "ae", "ou", "ij", "cg")
)


def _letter_misread(read: str, word: str) -> bool:
    """``read`` is ``word`` with one letter read as another, not a spelling variant."""
    if len(read) != len(word) or not read.isalpha():
        return False
    diff = [(a, b) for a, b in zip(read, word, strict=True) if a != b]
    return len(diff) == 1 and frozenset(diff[0]) not in _SPELLING_VARIANTS


def _mend_chunk(chunk: str, evidence: set[str], initials: set[str], names: set[str]) -> str:
    """The one evidence word ``chunk`` misses by a dropped letter or look-alikes, else the
    chunk as read. A chunk that is part of a word ("jonas" inside "jonastan") is left to the
    longer evidence; the chunk keeps its case. Failing that, the one name-line word (large
    print, read better than the address's small print) it misses by one misread letter
    ("picrre" beside "Pierre Lund")."""
    low = chunk.lower()
    if len(low) < MIN_EVIDENCE - 1 or low in evidence:
        return chunk
    found = {word for word in evidence if _one_letter_lost(low, word) or _looks_alike(low, word)}
    if not found and _initial_l_misread(low, evidence, initials):
        return "l" + chunk[1:]
    if not found and len(low) >= MIN_EVIDENCE:
        found = {word for word in names if _letter_misread(low, word)}
    if len(found) != 1:
        return _digits_after_word(chunk, evidence, initials)
    word = found.pop()
    return word.upper() if chunk.isupper() else word


def _doubled_initial(chunk: str, words: list[str]) -> str:
    """A name word of the header with its own first letter read twice in front ("sschmidt"
    beside "Oliver Schmidt": an icon or a mark read as a letter) is the word: an address puts
    another name's initial before a surname, not the surname's own, so the extra letter is
    dropped only when no other name word starts with it ("sschmidt" for Sara Schmidt stays)."""
    low = chunk.lower()
    if len(low) <= MIN_EVIDENCE or low[0] != low[1] or low[1:] not in words:
        return chunk
    return chunk[1:] if sum(word[0] == low[0] for word in words) == 1 else chunk


def _final_zero(chunk: str, page: str) -> str:
    """A chunk ending in "o" where the page spells the same word ending in "0" elsewhere
    ("posquito.bj@" beside the handle "posquit0"): the zero. Between letters the recogniser
    reads a letter unless the glyph is plainly a digit, so the read with the digit is the one
    that saw it; a zero read for a letter "o" is met in domains ("example.0rg"), not here."""
    if len(chunk) < MIN_EVIDENCE or chunk[-1] not in "oO" or not chunk[:-1].isalpha():
        return chunk
    digit = re.compile(rf"(?<![^\W\d_]){re.escape(chunk[:-1])}0(?![^\W\d_])", re.IGNORECASE)
    return chunk[:-1] + "0" if digit.search(page) else chunk


_LONE_INITIAL = re.compile(r"([1iI0])[._\-]([a-z]+)(?![a-z])")


def _initial_o_misread(initial: re.Match[str], evidence: set[str], initials: set[str]) -> bool:
    """ "0_lopez" beside "Olga Lopez": the initial "o" read as a zero, when the header has a
    word starting with "o" and the word after it is the header's."""
    return initial.group(2) in evidence and "o" in initials


def _initial_l_misread(low: str, evidence: set[str], initials: set[str]) -> bool:
    """ "1taylor" or "itaylor" beside "Lena Taylor": the initial "l" read as a "1" or an "i",
    when the header has a word starting with "l" and none starting with "i"."""
    return (
        low[:1] in ("1", "i", "I")
        and low[1:] in evidence
        and "l" in initials
        and "i" not in initials
    )


_DIGIT_LOOKS = str.maketrans("lIiOo", "11100")


def _digits_after_word(chunk: str, evidence: set[str], initials: set[str]) -> str:
    """An evidence word followed by one or two of "l", "I", "o", "O": the address's number
    read as letters ("meichenll" beside "Mei Chen" is "meichen11"). A tail that doubles the
    word's last letter is left alone ("campbel" + "l": the header may have lost a letter), and
    so is one that starts with an initial of the header's words ("bakkerl…" for Lars Bakker)."""
    low = chunk.lower()
    found = {
        word
        for word in evidence
        if low.startswith(word)
        and 1 <= len(low) - len(word) <= 2
        and set(low[len(word) :]) <= set("lio")
        and low[len(word)] != word[-1]
        and low[len(word)] not in initials
    }
    if len(found) != 1:
        return chunk
    cut = len(found.pop())
    return chunk[:cut] + chunk[cut:].translate(_DIGIT_LOOKS)


def _one_letter_lost(read: str, word: str, *, umlaut: bool = True) -> bool:
    """``word`` is ``read`` with one letter more. With ``umlaut=False`` an "e" after "a", "o"
    or "u" does not count: an address writes "ü" as "ue" ("kuestner"), and a name read
    "Kustner" for "Küstner" lost two dots, not a letter."""
    if not read.isalpha():
        return False
    return any(
        umlaut or not (word[i] == "e" and i and word[i - 1] in "aou")
        for i in letters_lost(read, word)
    )


def _fold(text: str) -> str:
    for seen, meant in _FOLDS:
        text = text.replace(seen, meant)
    return text


def _looks_alike(read: str, word: str) -> bool:
    return read != word and _fold(read) == _fold(word)


_BOILERPLATE = r"RESUME|RÉSUMÉ|CURRICULUM VITAE|CV|Resume|Résumé|Curriculum Vitae"
# "DOEIRESUME", "DOE I RESUME", "DOE|RESUME", "DOERESUME"; a bar glued on one side only
# ("Daniel Resume") is a name's last letter
_GLUED_BOILERPLATE = re.compile(
    rf"(?<![\w@./])(?P<word>[A-Za-zÀ-ÖØ-öø-ÿ]{{2,}}?)(?P<bar>[|Il1]|\s[|Il1]\s|\s?\|\s?|)"
    rf"(?P<tail>{_BOILERPLATE})$"
)


def split_boilerplate(lines: list[str]) -> list[str]:
    """A name header glued to "RESUME"/"CV" gets its gap and its "|" back (module doc)."""
    out = list(lines)
    for index, line in enumerate(lines[:3]):
        match = _GLUED_BOILERPLATE.search(line)
        if match is None:
            continue
        word, bar = match.group("word"), match.group("bar").strip()
        spelled = {p for line in lines for p in re.split(r"[^a-z]+", line.lower()) if p}
        if bar == "I" and (len(word) < 3 or f"{word}i".lower() in spelled):
            word, bar = f"{word}I", ""  # "ROSSIRESUME" beside "mario.rossi@…": a name's "I"
        separator = " | " if bar else " "
        out[index] = line[: match.start()] + word + separator + match.group("tail")
        break
    return out


__all__ = ["mend_addresses", "mend_name_words", "split_boilerplate"]
