"""Spoken languages and projects. Skills live in ``skill_hits`` (the taxonomy index's hits),
``skill_lines`` (which lines are lists) and ``skill_lists`` (the lists' items); certifications in
``certificates``."""

from __future__ import annotations

import re

from atspro.analysis.resume import dates, entries, places
from atspro.analysis.resume import text as tx
from atspro.models import Language, Project

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
PROFICIENCY = re.compile(
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


def language_item(raw: str) -> bool:
    ws = [w.lower() for w in tx.words(raw)]
    return any(w in LANGUAGE_NAMES for w in ws) and all(
        w in LANGUAGE_NAMES or w in _LEVEL_WORDS for w in ws
    )


_LEVEL_WORDS = tx.word_set(
    """language languages native fluent fluency proficient proficiency full professional
    working limited elementary conversational intermediate advanced beginner basic business
    level mother tongue bilingual expert good read write speak spoken written and"""
)


def naming_languages(lines: list[str]) -> list[str]:
    """The lines of a languages section that list languages: a section opened by a line
    "Languages: English, Marathi" may go on with skills ("Hindi typing", "MS Office"), where
    a language's name only says which keyboard or subject."""
    return [line for line in lines if not _NOT_LANGUAGES.search(tx.strip_bullet(line))]


# a language's name before a lowercase word that is no language, level or filler ("Hindi typing")
_LANGUAGE_WORD = rf"(?i:{'|'.join(sorted(LANGUAGE_NAMES))})"
_NOT_LANGUAGES = re.compile(
    rf"\b{_LANGUAGE_WORD}[ \t]+(?!{_LANGUAGE_WORD}\b|(?:and|or|with|in|as|at|to|is|are|language|languages|spoken"
    r"|written|speaking|writing|reading|read|write|speak|mother|native|first|second|level|skills?"
    r"|proficiency|proficient|fluent|fluency|conversational|intermediate|advanced|basic|beginner"
    r"|elementary|bilingual|business|full|professional|limited|working|upper|good|very|excellent"
    r"|fair|medium|high|low)\b)[a-z]{3,}\b"
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
                prof = PROFICIENCY.search(item)
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
    return tx.collapse(dates.without_dates(text)).strip(" ,|-–()")


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
