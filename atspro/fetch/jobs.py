"""Turn a job link into something the job parser can read.

Order of business: refuse login-walled sites without fetching them; read known job boards
through their public APIs; otherwise fetch the page safely and return its HTML (JSON-LD
included — ``analysis/job.py`` extracts it), its text, or the PDF/DOCX it serves.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import Message
from typing import Any

from selectolax.lexbor import LexborHTMLParser
from yarl import URL

from atspro.analysis.job.html import decode_body, postings_in
from atspro.fetch.boards import fetch_board_posting, match_board
from atspro.fetch.errors import (
    BadUrl,
    BlockedAddress,
    FetchError,
    HttpStatusError,
    LoginWall,
    TooManyRedirects,
)
from atspro.fetch.safe import DOCX_TYPE, FetchedResponse, SafeFetcher
from atspro.models import SourceKind

log = logging.getLogger(__name__)


# Sites that show postings only to signed-in users or behind anti-bot walls. Fetching them
# wastes the user's time and ends in a login page; asking for the text is the honest answer.
_LOGIN_WALL_DOMAINS = frozenset(
    {
        "linkedin.com",
        "lnkd.in",
        "facebook.com",
        "fb.com",
        "instagram.com",
        "xing.com",
        "wellfound.com",
        "angel.co",
    }
)
# Brands present under many country domains (indeed.co.uk, de.indeed.com, glassdoor.ca …).
_LOGIN_WALL_BRANDS = frozenset({"indeed", "glassdoor", "ziprecruiter"})
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "or", "ne", "gv"})

_LOGIN_CUES = re.compile(
    r"(?i)\b(?:sign|log)[\s-]?in\s+to\s+(?:view|see|continue|read)"
    r"|\bjoin\s+(?:now\s+)?to\s+(?:view|see)"
    r"|\b(?:create|have)\s+an\s+account\s+to\s+(?:view|see|continue)"
    r"|\byou\s+(?:must|need\s+to)\s+(?:be\s+)?(?:logged|signed)\s+in"
    r"|\bplease\s+(?:log|sign)\s?in\b"
    r"|\bauthwall\b"
)
_LOGIN_PATH = re.compile(r"(?i)/(?:login|log-in|signin|sign-in|sign_in|authwall|uas/login|auth)\b")
# Below this much visible text, a page with login cues is a login page, not a posting.
_THIN_PAGE_CHARS = 1500
_BARE_DOMAIN = re.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:[/?#]|$)")


@dataclass
class JobSource:
    """What a job link turned out to be. Exactly one of posting/html/text/file_bytes is set."""

    kind: SourceKind
    url: str  # final URL (after redirects), or the link itself for board APIs
    posting: dict[str, Any] | None = None  # board API or raw JSON-LD, JobPosting-shaped
    html: str | None = None
    text: str | None = None  # text/plain pages
    file_bytes: bytes | None = None  # PDF/DOCX served as the job
    filename: str | None = None


def is_login_walled(url: str | URL) -> bool:
    """True for sites known to hide postings behind a login or anti-bot wall."""
    try:
        host = (URL(url) if isinstance(url, str) else url).host or ""
    except ValueError:
        return False
    labels = host.lower().rstrip(".").split(".")
    for i in range(len(labels) - 1):
        if ".".join(labels[i:]) in _LOGIN_WALL_DOMAINS:
            return True
    if len(labels) >= 2 and labels[-2] in _LOGIN_WALL_BRANDS:
        return True
    return len(labels) >= 3 and labels[-3] in _LOGIN_WALL_BRANDS and labels[-2] in _SECOND_LEVEL


def _refuse_login_walled(url: URL) -> None:
    if is_login_walled(url):
        raise LoginWall(f"login-walled site {url.host}")


async def fetch_job_source(
    url: str,
    fetcher: SafeFetcher,
    *,
    api_bases: Mapping[str, str] | None = None,
) -> JobSource:
    """Fetch a job link the safest and most useful way. Raises ``FetchError`` subclasses."""
    url = url.strip()
    if _BARE_DOMAIN.match(url):
        url = "https://" + url  # phones often share "careers.acme.com/jobs/1" without a scheme
    try:
        parsed = URL(url)
    except ValueError:
        raise BadUrl(f"unparseable URL {url[:200]!r}") from None
    _refuse_login_walled(parsed)

    link = match_board(str(parsed))
    if link is not None:
        try:
            posting = await fetch_board_posting(
                link, fetcher, source_url=str(parsed), api_bases=api_bases
            )
            return JobSource(kind="board_api", url=str(parsed), posting=posting)
        except HttpStatusError as exc:
            if exc.status in (404, 410):
                raise  # the posting is gone; its page would only say so in more words
            log.info("board API failed, reading the page instead: board=%s %s", link.board, exc)
        except FetchError as exc:
            if not _worth_page_fallback(exc):
                raise
            log.info("board API failed, reading the page instead: board=%s %s", link.board, exc)

    response = await fetcher.get(str(parsed), on_redirect=_refuse_login_walled)
    return _source_from_response(response)


def _worth_page_fallback(error: FetchError) -> bool:
    # An odd API answer or a flaky API: the public page may still work. A blocked address or
    # a login wall would be the same for the page.
    return not isinstance(error, BlockedAddress | LoginWall | TooManyRedirects)


def _source_from_response(response: FetchedResponse) -> JobSource:
    kind = response.content_type
    if kind in ("application/pdf", DOCX_TYPE):
        return JobSource(
            kind="file",
            url=response.url,
            file_bytes=response.body,
            filename=_filename(response),
        )
    text = decode_body(response.body, response.charset, sniff_meta=kind != "text/plain")
    if kind in ("application/json", "application/ld+json"):
        posting = find_job_posting(text)
        if posting is None:
            raise FetchError(
                "JSON without a JobPosting",
                user_message="That link returns data, not a job posting. Send the job page link.",
            )
        return JobSource(kind="jsonld", url=response.url, posting=posting)
    if kind == "text/plain":
        if _looks_like_login(text, response.url, visible_text=text):
            raise LoginWall(f"login cues in text page {URL(response.url).host}")
        return JobSource(kind="text", url=response.url, text=text)
    if _looks_like_login(text, response.url, visible_text=visible_text(text)):
        raise LoginWall(f"login page at {URL(response.url).host}")
    return JobSource(kind="html", url=response.url, html=text)


def visible_text(page: str) -> str:
    """The words a reader would see (scripts, styles and templates removed)."""
    tree = LexborHTMLParser(page)
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    return " ".join(root.text(separator=" ").split())


def _has_job_posting_jsonld(page: str) -> bool:
    return bool(re.search(r"""(?i)["']@type["']\s*:\s*\[?\s*["']JobPosting["']""", page))


def _looks_like_login(page: str, url: str, *, visible_text: str) -> bool:
    """A login form or "sign in to view" page with little else on it."""
    if _has_job_posting_jsonld(page) or len(visible_text) >= _THIN_PAGE_CHARS:
        return False
    has_password = re.search(r"""(?i)<input[^>]+type\s*=\s*["']?password""", page) is not None
    on_login_path = _LOGIN_PATH.search(URL(url).path or "") is not None
    return has_password or on_login_path or _LOGIN_CUES.search(visible_text) is not None


def find_job_posting(text: str) -> dict[str, Any] | None:
    """The first JobPosting object in a JSON(-LD) document (top level, list or @graph)."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return next(iter(postings_in(data)), None)


def _filename(response: FetchedResponse) -> str:
    disposition = response.headers.get("Content-Disposition")
    if disposition:
        message = Message()
        message["content-disposition"] = disposition
        name = message.get_filename()
        if name:
            return _safe_filename(name)
    last = URL(response.url).name
    if last and "." in last:
        return _safe_filename(last)
    return "job.pdf" if response.content_type == "application/pdf" else "job.docx"


def _safe_filename(name: str) -> str:
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[^\w.() -]", "_", name).strip(" .")
    return name[:120] or "job"
