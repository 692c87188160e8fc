"""Split Telegram HTML into messages that each pass Telegram's checks.

Telegram measures a message *after* parsing the HTML, in UTF-16 code units (an emoji counts 2),
and refuses a part whose tags do not balance. So the text is read as atoms — a tag, an entity
(``&lt;``, ``&#128512;``), a word or one space, each with its visible width — and packed into parts
at blank lines (between items), else at line breaks, else at spaces, else anywhere between atoms;
a tag or entity is never cut. Tags
open at a cut are closed at the end of the part and reopened at the start of the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A tag (quoted attribute values may hold '>'), an entity, a word, one space, or a lone < or &.
_ATOM = re.compile(
    r"""(?P<tag><(?:[^<>"']|"[^"]*"|'[^']*')*>)"""
    r"|(?P<entity>&(?:#x[0-9a-fA-F]{1,6}(?![0-9a-fA-F])|#[0-9]{1,7}(?![0-9])"
    r"|(?:lt|gt|amp|quot)(?![A-Za-z]));?)"
    r"|(?P<word>[^<&\s]+)|(?P<char>[\s\S])"
)
_TAG_NAME = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
# Characters Telegram drops from a text (see atspro/sandbox/formatting.py, from tdlib).
_DROPPED = frozenset("\r\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u0333\u033f\u030a")


@dataclass(frozen=True, slots=True)
class _Atom:
    source: str
    text: str  # what Telegram shows for it ("" for a tag)
    units: int  # its UTF-16 length


def _width(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _entity_text(source: str) -> str:
    body = source[1:].rstrip(";")
    if body.startswith("#"):
        code = int(body[2:], 16) if body[1:2] == "x" else int(body[1:])
        if 0 < code < 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return chr(code)
        return source  # not an entity for Telegram: shown as written
    return _NAMED[body]


def _atoms(html: str) -> Iterator[_Atom]:
    for m in _ATOM.finditer(html):
        kind, source = m.lastgroup, m.group(0)
        if kind == "tag":
            yield _Atom(source, "", 0)
        else:
            shown = _entity_text(source) if kind == "entity" else source
            yield _Atom(source, shown, _width(shown))


def _is_blank(text: str) -> bool:
    """True when Telegram would find nothing to show (it trims spaces/newlines, drops a few)."""
    return all(ch in _DROPPED or ch == " " or ord(ch) < 32 for ch in text)  # \n is < 32


def _segments(atoms: list[_Atom], limit: int) -> Iterator[list[_Atom]]:
    """Paragraphs (lines up to a blank line) that fit whole; else lines; else words; else cuts.

    Keeping a paragraph whole means an item and its detail lines ("└ …") never start a message
    of their own: a cut falls between items.
    """
    paragraph: list[list[_Atom]] = []
    line: list[_Atom] = []

    def flush() -> Iterator[list[_Atom]]:
        whole = [atom for ln in paragraph for atom in ln]
        if sum(a.units for a in whole) <= limit:
            yield whole
        else:
            for ln in paragraph:
                yield from _fit(ln, limit)
        paragraph.clear()

    for atom in atoms:
        line.append(atom)
        if atom.text == "\n":
            paragraph.append(line)
            if _is_blank("".join(a.text for a in line)):
                yield from flush()
            line = []
    if line:
        paragraph.append(line)
    if paragraph:
        yield from flush()


def _fit(line: list[_Atom], limit: int) -> Iterator[list[_Atom]]:
    if sum(a.units for a in line) <= limit:
        yield line
        return
    words: list[list[_Atom]] = [[]]
    for atom in line:
        words[-1].append(atom)
        if atom.text.isspace():
            words.append([])
    for word in words:
        if sum(a.units for a in word) <= limit:
            yield word
            continue
        for atom in word:  # a word longer than a message: cut it between characters
            if atom.units <= limit:
                yield [atom]
                continue
            piece = ""
            for ch in atom.text:
                if _width(piece + ch) > limit:
                    yield [_Atom(piece, piece, _width(piece))]
                    piece = ""
                piece += ch
            if piece:
                yield [_Atom(piece, piece, _width(piece))]


def _update_open_tags(open_tags: list[tuple[str, str]], tag: str) -> None:
    m = _TAG_NAME.match(tag)
    if m is None:
        return
    closing, name = m.group(1), m.group(2).lower()
    if not closing:
        open_tags.append((name, tag))
        return
    for i in range(len(open_tags) - 1, -1, -1):
        if open_tags[i][0] == name:
            del open_tags[i]
            return


def visible_units(text: str) -> int:
    """How long Telegram finds ``text`` after parsing its HTML, in UTF-16 units (what its
    4,096-unit message and 1,024-unit caption limits count)."""
    return sum(a.units for a in _atoms(text))


def split_html(text: str, limit: int = 4096) -> list[str]:
    """Split HTML into messages of at most ``limit`` visible UTF-16 units, each valid alone.

    Parts with nothing visible are left out; a text that fits is returned unchanged.
    """
    atoms = list(_atoms(text))
    if sum(a.units for a in atoms) <= limit:
        return [text]
    limit = max(limit, 2)  # one astral character must fit
    parts: list[str] = []
    open_tags: list[tuple[str, str]] = []  # (name, opening tag) still open at this point
    current: list[str] = []
    shown: list[str] = []  # visible text of the current part
    units = 0

    def restart() -> None:
        nonlocal current, shown, units
        current = [tag for _, tag in open_tags]
        shown, units = [], 0

    for segment in _segments(atoms, limit):
        size = sum(a.units for a in segment)
        if units + size > limit:
            if _is_blank("".join(shown)):
                restart()  # only spaces so far: Telegram would trim them anyway
            else:
                closing = "".join(f"</{name}>" for name, _ in reversed(open_tags))
                parts.append("".join(current) + closing)
                restart()
        for atom in segment:
            current.append(atom.source)
            if atom.units:
                shown.append(atom.text)
            elif atom.source.startswith("<"):
                _update_open_tags(open_tags, atom.source)
        units += size
    if not _is_blank("".join(shown)):
        parts.append("".join(current))
    return parts


def number_parts(parts: list[str]) -> list[str]:
    """Mark continuing messages "(2/3)" so a reader knows a reply goes on; one part stays as is."""
    if len(parts) < 2:
        return parts
    total = len(parts)
    return [part if i == 1 else f"<i>({i}/{total})</i>\n{part}" for i, part in enumerate(parts, 1)]


def split_message(text: str, limit: int = 4096) -> list[str]:
    """What the bot sends: parts that fit with room for the "(2/3)" mark, numbered."""
    return number_parts(split_html(text, limit=limit - NUMBER_ROOM))


NUMBER_ROOM = 16  # visible units reserved for "(12/34)\n"
