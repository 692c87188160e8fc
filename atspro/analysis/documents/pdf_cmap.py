"""Text of a composite font with no /ToUnicode, read back from the font file it embeds.

A Type0 font with an Identity encoding and no /ToUnicode shows glyph numbers (CIDs): with
no text mapping they read as gibberish, and such pages went to OCR (seconds a page, and it
lost a letter of a town and a skill). A TrueType font file embedded with it (/FontFile2)
often keeps its own "cmap" table (Unicode -> glyph), and the font's /CIDToGIDMap gives each
CID its glyph: inverted, the two give each CID its character, exactly. Only Unicode cmaps
are read (a symbol font's maps to private-use codes); a CFF font (/FontFile3) has none.
"""

from __future__ import annotations

import struct
from typing import Any

from atspro.analysis.documents.base import ExtractLimits

MAX_FONT_BYTES = 8_000_000  # a larger embedded font file is not parsed
_BUDGET = ExtractLimits().pdf_cmap_budget
_UNICODE_TABLES = ((3, 10), (0, 4), (3, 1), (0, 3), (0, 1), (0, 0))  # best first


def embedded_text_map(font: Any, budget: int = _BUDGET) -> dict[str, str] | None:
    """{CID as one character: its text} for a Type0 font dictionary (pypdf), or None when
    its descendant embeds no TrueType file with a Unicode cmap. ``budget``: the most steps
    (codes, segments, groups) one cmap subtable may cost (``ExtractLimits.pdf_cmap_budget``)."""
    try:
        cid_font = font["/DescendantFonts"][0].get_object()
        descriptor = cid_font["/FontDescriptor"].get_object()
        file = descriptor.get("/FontFile2")
        if file is None:
            return None
        data = file.get_object().get_data()
        if len(data) > MAX_FONT_BYTES:
            return None
        glyph_chars = _glyph_chars(data, budget)
        if not glyph_chars:
            return None
        to_gid = cid_font.get("/CIDToGIDMap")
        to_gid = to_gid.get_object() if to_gid is not None else None
        if to_gid is None or not hasattr(to_gid, "get_data"):  # /Identity: CID = glyph
            return {chr(gid): ch for gid, ch in glyph_chars.items()}
        table = to_gid.get_data()
        out = {}
        for cid in range(len(table) // 2):
            gid = table[2 * cid] << 8 | table[2 * cid + 1]
            if gid and gid in glyph_chars:
                out[chr(cid)] = glyph_chars[gid]
        return out or None
    except (KeyError, IndexError, TypeError, ValueError, AttributeError, struct.error):
        return None


def _glyph_chars(data: bytes, budget: int = _BUDGET) -> dict[int, str]:
    """{glyph: character} from a TrueType file's best Unicode cmap subtable (the lowest code
    where several characters share a glyph). Surrogates and C0 control codes are no text."""
    if len(data) < 12:
        return {}
    (count,) = struct.unpack_from(">H", data, 4)
    cmap = None
    for k in range(count):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * k)
        if tag == b"cmap":
            cmap = offset
    if cmap is None:
        return {}
    (n,) = struct.unpack_from(">H", data, cmap + 2)
    subtables = {}
    for k in range(n):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * k)
        subtables.setdefault((platform, encoding), cmap + offset)
    for key in _UNICODE_TABLES:
        if key in subtables:
            codes = _read_subtable(data, subtables[key], budget)
            if codes:
                out: dict[int, str] = {}
                for code, gid in sorted(codes.items(), reverse=True):
                    if code >= 0x20 and not 0xD800 <= code <= 0xDFFF:
                        out[gid] = chr(code)
                return out
    return {}


def _read_subtable(data: bytes, at: int, budget: int) -> dict[int, int]:
    """{code: glyph} of a format 4 or 12 cmap subtable. One step budget covers the whole
    table: every code and every segment or group spends one, so a tiny hostile font whose
    segments all repeat one large range stops early instead of looping segments x 65,535."""
    (fmt,) = struct.unpack_from(">H", data, at)
    out: dict[int, int] = {}
    if fmt == 4:
        (seg2,) = struct.unpack_from(">H", data, at + 6)
        ends = at + 14
        starts = ends + seg2 + 2
        deltas = starts + seg2
        ranges = deltas + seg2
        for i in range(seg2 // 2):
            (end,) = struct.unpack_from(">H", data, ends + 2 * i)
            (start,) = struct.unpack_from(">H", data, starts + 2 * i)
            (delta,) = struct.unpack_from(">H", data, deltas + 2 * i)
            (offset,) = struct.unpack_from(">H", data, ranges + 2 * i)
            end = min(end, 0xFFFE)
            budget -= 1 + max(end - start + 1, 0)
            if budget < 0:
                return out
            for code in range(start, end + 1):
                if offset == 0:
                    gid = (code + delta) & 0xFFFF
                else:
                    (gid,) = struct.unpack_from(
                        ">H", data, ranges + 2 * i + offset + 2 * (code - start)
                    )
                    gid = (gid + delta) & 0xFFFF if gid else 0
                if gid:
                    out[code] = gid
    elif fmt == 12:
        (groups,) = struct.unpack_from(">I", data, at + 12)
        for g in range(groups):
            start, end, gid = struct.unpack_from(">III", data, at + 16 + 12 * g)
            end = min(end, 0x10FFFF)
            budget -= 1 + max(end - start + 1, 0)
            if budget < 0:
                return out
            for code in range(start, end + 1):
                out[code] = gid + code - start
    return out
