"""What kind of file is this? Decided from the bytes (magic numbers, structure), never the name.

Kinds: ``pdf``, ``docx``, ``odt``, ``rtf``, ``txt`` (plain text and Markdown) — the ones we
read — and ``doc`` (legacy Word / other OLE2), ``image``, ``html``, ``zip`` (other archives and
Office formats), ``binary`` (anything else) and ``empty``.
"""

from __future__ import annotations

import io
import zipfile

READABLE_KINDS = frozenset({"pdf", "docx", "odt", "rtf", "txt"})

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_ODT_MIMETYPES = (
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.text-template",
)
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif"}
_SNIFF_TEXT_BYTES = 64 * 1024


def sniff_type(data: bytes) -> str:
    """Kind of document in ``data`` judged by content only (see module doc for the kinds)."""
    if not data or not data.strip(b" \t\r\n\x00"):
        return "empty"
    # Signatures at offset 0 first: a stored zip or an image may contain "%PDF-" early on.
    if data.startswith(OLE2_MAGIC):
        return "doc"
    if data.startswith(ZIP_MAGICS):
        return _sniff_zip(data)
    if _is_image(data):
        return "image"
    if b"%PDF-" in data[:1024]:  # readers accept junk before the header, so do we
        return "pdf"
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:5].lower() == b"{\\rtf":
        return "rtf"
    from atspro.analysis.documents.plaintext import looks_like_text

    if looks_like_text(data[:_SNIFF_TEXT_BYTES]):
        lowered = stripped[:512].lower()
        if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:200]:
            return "html"
        return "txt"
    return "binary"


def _sniff_zip(data: bytes) -> str:
    # ODF puts an uncompressed "mimetype" member first so it can be sniffed from the header.
    if data[30:38] == b"mimetype" and any(m in data[38:120] for m in _ODT_MIMETYPES):
        return "odt"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and "content.xml" in names:
                info = archive.getinfo("mimetype")
                if info.file_size < 200 and archive.read("mimetype").strip() in _ODT_MIMETYPES:
                    return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, NotImplementedError):
        return "zip"
    return "zip"


def _is_image(data: bytes) -> bool:
    if data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")):
        return True
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return True
    if data.startswith((b"II*\x00", b"MM\x00*")):  # TIFF
        return True
    # BMP: "BM" then the file size; checked so a text starting with "BM" is not an image
    return data[:2] == b"BM" and len(data) > 26 and int.from_bytes(data[2:6], "little") == len(data)
