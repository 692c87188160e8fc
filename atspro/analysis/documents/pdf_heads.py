"""Running heads and feet of a PDF's later pages: page 1's name (or header line) again at the
top of each page, with its page number ("Jane Roe  Page 2", "Jane Roe, Analyst  2"), and a
footer line repeated at the bottom of each page.

Word writes a document's header and footer on every page; a "different first page" header
carries the name and the page number. Read in place, the name came between two roles, right
above the next role's title, and was taken for that role's employer. The DOCX reader skips
header parts (``wordml``); a PDF draws them into the page, so they are dropped here from the
second page on, by their text: the first page's copy stays (it may be the only name).
"""

from __future__ import annotations

import re

from atspro.analysis.documents.wordml import PAGE_LABEL, TYPED_PAGE, contact_detail

HEAD_LINES = 3  # a later page's numbered first line may repeat one of page 1's first lines
_LONE_NUMBER = re.compile(r"(?:[,|–-]\s*|\s)\d{1,3}\s*$")  # "Jane Roe  2"
_NOT_WORD = re.compile(r"[\W_]+")
_NOT_PAGE = re.compile(r"\d{3}")  # "2019" alone is a year, no page number


def without_running_heads(pages: list[list[str] | None]) -> list[list[str] | None]:
    """``pages`` (lines of each page in reading order; None: a page read another way) without
    the running head opening, and the running foot closing, each page after the first."""
    pages = [_without_page_numbers(lines) if lines else lines for lines in pages]
    first = pages[0] if pages else None
    if not first or len(pages) < 2:
        return pages
    heads = {key for line in first[:HEAD_LINES] if (key := _key(line)[0])}
    name = _key(first[0])[0]
    foot = _key(first[-1])[0]
    out: list[list[str] | None] = [first]
    for lines in pages[1:]:
        if lines:
            lines = list(lines)
            key, marked = _key(lines[0])
            # page 1's first line again (the name); another of its first lines (a headline
            # may also be an older role's title) or the name with more words, numbered only
            if key and (key == name or (marked and (key in heads or key.startswith(f"{name} ")))):
                lines.pop(0)
                # the head's contact line under the name, repeated too (a Word header part)
                while len(lines) > 1 and contact_detail(lines[0]) and _key(lines[0])[0] in heads:
                    lines.pop(0)
            if lines and foot and len(lines) > 1 and _key(lines[-1])[0] == foot:
                lines.pop()
        out.append(lines)
    return out


def feet_apart(
    feet: list[str],
    pages: list[list[str] | None],
    replaced: set[int] | frozenset[int] = frozenset(),
) -> list[list[str] | None]:
    """``pages`` with each page's running footer (``feet``: the footer each page's layout
    found, "" for none) read where it belongs: the first page's footer holding the contact
    details before the name's lines (read last, they fell into the section above it), and the
    footer of any page but the last after the last page's lines. Read in place, a page-1
    footer ("Jane Roe - Data Analyst", "Portfolio shared on request") came between the two halves of
    a role crossing the page break and was read as a role of its own. ``replaced``: indexes of
    pages whose text OCR replaces (scans, unmapped fonts); the feet go to none of them."""
    pages = list(pages)
    moved: list[str] = []
    for k, (foot, lines) in enumerate(zip(feet, pages, strict=True)):
        if not foot or not lines or lines[-1] != foot:
            continue
        if k == 0 and contact_detail(foot):
            pages[0] = [foot, *lines[:-1]]
        elif k < len(pages) - 1:
            pages[k] = lines[:-1]
            if foot not in moved:
                moved.append(foot)
    kept = [k for k, lines in enumerate(pages) if lines is not None and k not in replaced]
    last = max(kept, default=None)
    if moved and last is not None:
        pages[last] = [*(pages[last] or []), *moved]
    return pages


def _key(line: str) -> tuple[str, bool]:
    """A line's words, lower case, without a page number at its end; whether it had one."""
    mark = TYPED_PAGE.search(line) if "age" in line else None
    mark = mark or _LONE_NUMBER.search(line)
    text = line[: mark.start()] if mark else line
    return _NOT_WORD.sub(" ", text).strip().casefold(), mark is not None


def _without_page_numbers(lines: list[str]) -> list[str]:
    """A page's lines without a first or last line that is only its page number ("Page 1 of
    2", "2 / 3", "- 2 -": a profile export's foot), on every page: it came between the last
    role of a page and the next page's first one."""
    while lines and _page_number(lines[-1]):
        lines = lines[:-1]
    while lines and _page_number(lines[0]):
        lines = lines[1:]
    return lines


def _page_number(line: str) -> bool:
    return bool(
        PAGE_LABEL.fullmatch(line) and any(c.isdigit() for c in line) and not _NOT_PAGE.search(line)
    )
