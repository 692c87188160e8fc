"""Plain text, Markdown and RTF.

Text files come in any encoding: BOMs (UTF-8/16/32) are honoured, UTF-8 is tried next, then
Windows-1252 for Western text (the usual "ANSI" of Windows editors; Latin-1 where it fails),
and charset-normalizer for other scripts (Cyrillic, Greek, CJK…). Bytes that decode to
control-character soup raise :class:`BinaryText` rather than returning junk.
"""

from __future__ import annotations

import re
import unicodedata

import charset_normalizer

from atspro.analysis.documents.base import RawText
from atspro.analysis.documents.errors import BinaryText, CorruptFile

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_PREFERRED = ["cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "koi8_r", "cp1255", "cp1256"]
MAX_CONTROL_SHARE = 0.01  # of characters: more means it's not a text file
MIN_WORDISH_SHARE = 0.5  # of non-space characters that must be letters, digits or punctuation
MAX_FOREIGN_LETTER_SHARE = 0.3  # non-ASCII letters above this: not Western text, ask the detector


def decode_text(data: bytes, *, partial: bool = False) -> tuple[str, str]:
    """Decode text bytes; return (text, encoding) or raise :class:`BinaryText`.

    ``partial`` means ``data`` is a prefix of the file (sniffing): a multi-byte character cut
    at the end is not an error.
    """
    text, encoding = _decode(data, partial=partial)
    if not _looks_readable(text):
        raise BinaryText(detail=f"decoded as {encoding} but not readable")
    return text, encoding


def looks_like_text(sample: bytes) -> bool:
    try:
        decode_text(sample, partial=True)
    except BinaryText:
        return False
    return True


def _decode(data: bytes, *, partial: bool) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, partial=partial), encoding
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise BinaryText(detail="NUL bytes")
        return _decode_as(data, encoding, partial=partial), encoding
    try:
        return _decode_as(data, "utf-8", partial=partial), "utf-8"
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise BinaryText(detail="no character set fits")
    best = matches[0]
    # Among near-equal guesses, the Windows code pages are what real files use (a Russian
    # cp1251 file also "fits" mac_cyrillic, with a few letters wrong).
    close = [
        m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.15
    ]
    close.sort(key=lambda m: _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else 99)
    return str(close[0]), close[0].encoding


def _decode_as(data: bytes, encoding: str, *, partial: bool) -> str:
    if not partial:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            if encoding == "utf-8":
                raise
            raise BinaryText(detail=f"invalid {encoding}") from None
    import codecs

    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        return decoder.decode(data, final=False)
    except UnicodeDecodeError:
        if encoding == "utf-8":
            raise
        raise BinaryText(detail=f"invalid {encoding}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[: 64 * 1024]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even_zero = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd_zero = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    # ASCII-heavy UTF-16 has a zero in one half of nearly every pair and almost none in the other.
    if even_zero > 0.3 * pairs and odd_zero < 0.02 * pairs:
        return "utf-16-be"
    if odd_zero > 0.3 * pairs and even_zero < 0.02 * pairs:
        return "utf-16-le"
    return None


def _western(data: bytes) -> tuple[str, str] | None:
    """Windows-1252 (else Latin-1) when the result reads like mostly-ASCII Western text."""
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    foreign = sum(1 for ch in letters if ord(ch) > 0x7F)
    if foreign > MAX_FOREIGN_LETTER_SHARE * len(letters):
        return None  # mostly accented "letters": another script decoded wrongly
    return text, encoding


def _looks_readable(text: str) -> bool:
    if not text.strip():
        return True  # empty/blank is "text"; emptiness is reported separately
    control = wordish = visible = 0
    for ch in text:
        if ch in "\n\r\t\f":
            continue
        category = unicodedata.category(ch)
        if category[0] == "C" and category != "Cf":
            control += 1
            continue
        if ch.isspace():
            continue
        visible += 1
        if category[0] in "LNP" or ch in "•·–—":
            wordish += 1
    total = control + visible
    if control > MAX_CONTROL_SHARE * total:
        return False
    return wordish >= MIN_WORDISH_SHARE * visible


# ---------------------------------------------------------------------------------- md ---

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^(\s*)[-*+]\s+(?=\S)")
_MD_ORDERED = re.compile(r"^\s*\d{1,3}[.)]\s+\S")
_MD_RULE = re.compile(r"^\s{0,3}([-*_=])(\s*\1){2,}\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_CODE = re.compile(r"`([^`]+)`")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$")


def looks_like_markdown(text: str) -> bool:
    lines = text.splitlines()[:400]
    headings = sum(1 for line in lines if _MD_HEADING.match(line))
    bullets = sum(1 for line in lines if _MD_LIST.match(line))
    marks = len(_MD_LINK.findall(text[:20000])) + len(_MD_STRONG.findall(text[:20000]))
    return headings >= 1 and (bullets + marks + headings) >= 3


def markdown_to_text(text: str) -> str:
    """Plain reading text from Markdown: no #, ** or link syntax; list items as bullets."""
    out: list[str] = []
    for line in text.splitlines():
        if _MD_RULE.match(line) or _MD_TABLE_RULE.match(line):
            continue
        heading = _MD_HEADING.match(line)
        line = heading.group(2) if heading else _MD_LIST.sub(lambda m: m.group(1) + "• ", line)
        if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
            line = " | ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        line = _MD_IMAGE.sub(lambda m: m.group(1), line)
        line = _MD_LINK.sub(
            lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} ({m.group(2)})",
            line,
        )
        line = _MD_STRONG.sub(lambda m: m.group(2), line)
        line = _MD_CODE.sub(lambda m: m.group(1), line)
        out.append(line)
    return "\n".join(out)


def read_txt(data: bytes) -> RawText:
    text, encoding = decode_text(data)
    if looks_like_markdown(text):
        text = markdown_to_text(text)
    return RawText(text=text, encoding=encoding)


# --------------------------------------------------------------------------------- rtf ---

_RTF_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def read_rtf(data: bytes) -> RawText:
    from striprtf.striprtf import rtf_to_text

    match = _RTF_CODEPAGE.search(data[:4096])
    encoding = f"cp{int(match.group(1))}" if match else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    # RTF is 7-bit ASCII with \'hh escapes; stray 8-bit bytes are read in the declared codepage.
    source = data.decode(encoding, errors="replace")
    try:
        text = rtf_to_text(source, encoding=encoding, errors="replace")
    except (ValueError, IndexError, LookupError, RecursionError) as exc:
        raise CorruptFile(detail=f"rtf: {type(exc).__name__}") from None
    # striprtf writes table cells as "|": keep them readable as "a | b"
    text = re.sub(r"[ \t]*\|[ \t]*", " | ", text)
    text = re.sub(r"(^| \| )+(?=\n|$)", "", text, flags=re.MULTILINE)
    return RawText(text=text, has_tables="\\cell" in source, encoding=encoding)
