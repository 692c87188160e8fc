"""Content a DOCX imports whole (``w:altChunk``): a web page, a saved web archive (MHT), RTF or
plain text that Word converts when it opens the file.

Web apps' "export to Word" (html-docx-js and the like) write a whole resume so: the document
body holds one altChunk and not one paragraph of its own, and the file read as empty. The
chunk's text is read in its place, HTML rendered as lines (blocks and list items apart, as a
job page's text is).
"""

from __future__ import annotations

import email
import email.policy

from selectolax.lexbor import LexborHTMLParser

from atspro.analysis.documents.errors import ExtractionError
from atspro.analysis.documents.plaintext import decode_text, read_rtf
from atspro.analysis.job.html import MAX_HTML_CHARS, decode_body, render_text

HTML_TYPES = {"text/html", "application/xhtml+xml"}
MHT_TYPES = {"message/rfc822", "multipart/related", "application/x-mimearchive"}
RTF_TYPES = {"application/rtf", "text/rtf"}


def chunk_lines(content_type: str, blob: bytes) -> list[str]:
    """The lines of an imported chunk of ``content_type``; none for a kind we do not read (an
    embedded Word document, a picture)."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in MHT_TYPES:
        message = email.message_from_bytes(blob, policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() in HTML_TYPES:
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    return _html_lines(payload, part.get_content_charset())
        return []
    if kind in HTML_TYPES:
        return _html_lines(blob, None)
    try:
        if kind in RTF_TYPES:
            return read_rtf(blob).text.splitlines()
        if kind == "text/plain":
            return decode_text(blob)[0].splitlines()
    except (ExtractionError, UnicodeDecodeError):
        return []
    return []


def _html_lines(blob: bytes, charset: str | None) -> list[str]:
    text = decode_body(blob, charset)  # a BOM, the part's charset, a <meta charset>, UTF-8…
    body = LexborHTMLParser(text[:MAX_HTML_CHARS]).body
    if body is None:
        return []
    # headings are rendered "## Heading" for the job parser; a resume's text has none
    return [line.removeprefix("## ") for line in render_text(body).splitlines()]
