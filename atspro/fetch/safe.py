"""SSRF-safe HTTP GET for links that users send.

Every hop of a request is checked before it is made: http(s) only, a host that is a public
address (literal IPs in any notation are normalised first; names are resolved by
``VettingResolver``, which hands aiohttp only the addresses it checked), a bounded number of
redirects followed by hand, timeouts, a body cap that stops reading, an allow-list of content
types, a few retries with backoff on 5xx and timeouts, and a cap on parallel requests per host.

    async with SafeFetcher(FetchPolicy.from_settings(settings)) as fetcher:
        response = await fetcher.get(url, accept=("text/html",))
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING

import aiohttp
from multidict import CIMultiDict
from yarl import URL

from atspro.fetch.addresses import Lookup, VettingResolver, check_address, parse_ip_literal
from atspro.fetch.errors import (
    BadUrl,
    BlockedAddress,
    FetchError,
    FetchTimeout,
    HttpStatusError,
    LoginWall,
    TooLarge,
    TooManyRedirects,
    UnsupportedContent,
)

if TYPE_CHECKING:
    from atspro.config import Settings

__all__ = [
    "ALLOWED_CONTENT_TYPES",
    "DOCX_TYPE",
    "BadUrl",
    "BlockedAddress",
    "FetchError",
    "FetchPolicy",
    "FetchTimeout",
    "FetchedResponse",
    "HttpStatusError",
    "LoginWall",
    "SafeFetcher",
    "TooLarge",
    "TooManyRedirects",
    "UnsupportedContent",
]

log = logging.getLogger(__name__)

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALLOWED_CONTENT_TYPES: frozenset[str] = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "application/json",
        "application/ld+json",
        "text/plain",
        "application/pdf",
        DOCX_TYPE,
    }
)
# Servers often label files as octet-stream; such bodies are accepted only if they sniff as
# a PDF or DOCX (see ``_sniff``).
_OCTET_STREAM = "application/octet-stream"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUSES = frozenset({500, 502, 503, 504})
_CHUNK = 64 * 1024
_DEFAULT_USER_AGENT = "ATSProBot/0.1 (+resume-job matching; fetches only links users send)"


@dataclass
class FetchPolicy:
    """Limits of one fetcher. ``from_settings`` maps the ``fetch_*`` settings onto it."""

    connect_timeout_s: float = 5.0
    total_timeout_s: float = 20.0
    max_bytes: int = 3 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff_s: float = 0.5
    per_host_concurrency: int = 2
    allow_loopback: bool = False
    user_agent: str = _DEFAULT_USER_AGENT

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls(
            connect_timeout_s=settings.fetch_connect_timeout_s,
            total_timeout_s=settings.fetch_total_timeout_s,
            max_bytes=settings.fetch_max_bytes,
            max_redirects=settings.fetch_max_redirects,
            retries=settings.fetch_retries,
            per_host_concurrency=settings.fetch_per_host_concurrency,
            allow_loopback=settings.fetch_allow_loopback,
            user_agent=settings.fetch_user_agent,
        )


@dataclass
class FetchedResponse:
    url: str  # final URL, after redirects
    status: int
    content_type: str  # lower-case MIME type without parameters
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)
    charset: str | None = None  # from the Content-Type header, when given


class _Retryable(Exception):
    """An attempt failed in a way worth another try; ``error`` is raised if none is left."""

    def __init__(self, error: FetchError) -> None:
        super().__init__(str(error))
        self.error = error


def _status_error(status: int, url: URL) -> FetchError:
    if status in (401, 407):
        return LoginWall(f"HTTP {status} from {url.host}")
    if status in (404, 410):
        message = "That page wasn't found — the posting may have closed. Check the link."
    elif status in (403, 429):
        message = "That site refused automated access. Paste the job text instead."
    elif status >= 500:
        message = "The site is having trouble right now. Try again later, or paste the job text."
    else:
        message = None
    return HttpStatusError(status, f"HTTP {status} from {url.host}", user_message=message)


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in head[:4096]:
        return DOCX_TYPE
    return None


class SafeFetcher:
    """One aiohttp session with the SSRF guard, limits and per-host semaphores.

    ``lookup`` replaces DNS (tests inject a fake mapping); ``trace_configs`` are passed to
    aiohttp (tests use them to prove that no connection was attempted).
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        lookup: Lookup | None = None,
        trace_configs: list[aiohttp.TraceConfig] | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._resolver = VettingResolver(allow_loopback=self.policy.allow_loopback, lookup=lookup)
        self._trace_configs = trace_configs
        self._session: aiohttp.ClientSession | None = None
        # Semaphores live while someone holds them; idle hosts cost nothing.
        self._host_slots: weakref.WeakValueDictionary[str, asyncio.Semaphore] = (
            weakref.WeakValueDictionary()
        )

    async def __aenter__(self) -> SafeFetcher:
        connector = aiohttp.TCPConnector(
            resolver=self._resolver,
            ttl_dns_cache=30,  # only vetted answers are cached
            limit=32,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            headers={"User-Agent": self.policy.user_agent},
            timeout=aiohttp.ClientTimeout(
                total=None,
                connect=self.policy.connect_timeout_s,
                sock_connect=self.policy.connect_timeout_s,
            ),
            cookie_jar=aiohttp.DummyCookieJar(),  # one session serves many users: no cookies
            trust_env=False,  # never route user links through an environment proxy
            trace_configs=self._trace_configs,
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    # ------------------------------------------------------------------------------ public --

    async def get(
        self,
        url: str,
        *,
        accept: Iterable[str] | None = None,
        on_redirect: Callable[[URL], None] | None = None,
    ) -> FetchedResponse:
        """GET ``url`` within the policy; ``accept`` narrows the allowed content types.

        ``on_redirect`` sees each redirect target before it is requested and may raise
        (``fetch_job_source`` uses it to stop at login-walled sites).
        """
        if self._session is None:
            raise RuntimeError("SafeFetcher must be used as 'async with SafeFetcher(...)'")
        allowed = ALLOWED_CONTENT_TYPES
        if accept is not None:
            allowed = ALLOWED_CONTENT_TYPES & {kind.lower() for kind in accept}
        try:
            async with asyncio.timeout(self.policy.total_timeout_s):
                return await self._follow(url, allowed, on_redirect)
        except TimeoutError:
            raise FetchTimeout(
                f"no complete answer within {self.policy.total_timeout_s}s for {url}"
            ) from None

    # ----------------------------------------------------------------------------- private --

    def _checked_url(self, raw: str | URL) -> URL:
        try:
            url = raw if isinstance(raw, URL) else URL(raw.strip())
        except (ValueError, TypeError):
            raise BadUrl(f"unparseable URL {str(raw)[:200]!r}") from None
        if url.scheme not in ("http", "https"):
            raise BadUrl(f"scheme {url.scheme!r} not allowed")
        if not url.host:
            raise BadUrl("URL without a host")
        if url.user or url.password:
            raise BadUrl("credentials in URL")
        try:
            port = url.port
        except ValueError:
            raise BadUrl("invalid port") from None
        if port is None or not 0 < port < 65536:
            raise BadUrl("invalid port")
        literal = parse_ip_literal(url.host)
        if literal is not None:
            check_address(literal, allow_loopback=self.policy.allow_loopback, host=url.host)
            # aiohttp skips the resolver for IP literals and refuses odd notations: hand it
            # the canonical form of the very address that was checked.
            url = url.with_host(str(literal))
        return url

    async def _follow(
        self,
        raw_url: str,
        allowed: frozenset[str],
        on_redirect: Callable[[URL], None] | None,
    ) -> FetchedResponse:
        url = self._checked_url(raw_url)
        for _hop in range(self.policy.max_redirects + 1):
            result = await self._with_retries(url, allowed)
            if isinstance(result, FetchedResponse):
                return result
            url = self._checked_url(result)
            if on_redirect is not None:
                on_redirect(url)
        raise TooManyRedirects(f"more than {self.policy.max_redirects} redirects")

    async def _with_retries(self, url: URL, allowed: frozenset[str]) -> FetchedResponse | URL:
        attempt = 0
        while True:
            try:
                return await self._attempt(url, allowed)
            except _Retryable as retry:
                if attempt >= self.policy.retries:
                    raise retry.error from None
                delay = self.policy.backoff_s * (2**attempt)
                log.info("fetch retry host=%s attempt=%d reason=%s", url.host, attempt + 1, retry)
                attempt += 1
                await asyncio.sleep(delay)

    def _slot(self, host: str) -> asyncio.Semaphore:
        slot = self._host_slots.get(host)
        if slot is None:
            slot = asyncio.Semaphore(self.policy.per_host_concurrency)
            self._host_slots[host] = slot
        return slot

    async def _attempt(self, url: URL, allowed: frozenset[str]) -> FetchedResponse | URL:
        """One request; returns the response, or the next URL when redirected."""
        assert self._session is not None
        accept_header = ", ".join(sorted(allowed)) + ", */*;q=0.1"
        slot = self._slot(url.host or "")
        async with slot:
            try:
                async with self._session.get(
                    url,
                    allow_redirects=False,
                    headers={"Accept": accept_header},
                ) as response:
                    return await self._handle(url, response, allowed)
            except FetchError:
                raise
            except aiohttp.ClientConnectorDNSError as exc:
                raise FetchError(
                    f"DNS failure for {url.host}: {exc}",
                    user_message="I couldn't find that website. Check the link for typos.",
                ) from None
            except (aiohttp.ClientSSLError, aiohttp.ClientConnectorCertificateError) as exc:
                raise FetchError(
                    f"TLS failure for {url.host}: {exc}",
                    user_message="I couldn't open a secure connection to that site.",
                ) from None
            except aiohttp.ServerTimeoutError as exc:
                raise _Retryable(FetchTimeout(f"timeout talking to {url.host}: {exc}")) from None
            except aiohttp.InvalidURL as exc:
                raise BadUrl(f"invalid URL: {exc}") from None
            except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError) as exc:
                raise _Retryable(
                    FetchError(
                        f"connection problem with {url.host}: {exc!r}",
                        user_message="I couldn't reach that site. Try again later, "
                        "or paste the job text.",
                    )
                ) from None
            except aiohttp.ClientResponseError as exc:
                raise FetchError(f"bad response from {url.host}: {exc}") from None

    async def _handle(
        self, url: URL, response: aiohttp.ClientResponse, allowed: frozenset[str]
    ) -> FetchedResponse | URL:
        status = response.status
        if status in _REDIRECT_STATUSES:
            location = response.headers.get("Location")
            if not location:
                raise HttpStatusError(status, f"redirect without Location from {url.host}")
            try:
                return url.join(URL(location))
            except ValueError:
                raise BadUrl(f"bad redirect target {location[:200]!r}") from None
        if status in _RETRY_STATUSES:
            raise _Retryable(_status_error(status, url))
        if status >= 400:
            raise _status_error(status, url)
        if not 200 <= status < 300:
            raise HttpStatusError(status, f"unexpected HTTP {status} from {url.host}")

        content_type = (response.content_type or "").lower()
        header_given = "Content-Type" in response.headers
        if header_given and content_type != _OCTET_STREAM and content_type not in allowed:
            raise UnsupportedContent(f"content type {content_type!r} from {url.host}")
        declared = response.content_length
        if declared is not None and declared > self.policy.max_bytes:
            raise TooLarge(f"declared {declared} bytes > {self.policy.max_bytes}")

        body = await self._read_capped(response)
        if not header_given or content_type == _OCTET_STREAM:
            sniffed = _sniff(body[:4096])
            if sniffed is None and not header_given and body.lstrip()[:1] == b"<":
                sniffed = "text/html"
            if sniffed is None or sniffed not in allowed:
                raise UnsupportedContent(f"unrecognised body ({content_type or 'no type'})")
            content_type = sniffed
        return FetchedResponse(
            url=str(url),
            status=status,
            content_type=content_type,
            body=body,
            headers=CIMultiDict(response.headers),
            charset=response.charset,
        )

    async def _read_capped(self, response: aiohttp.ClientResponse) -> bytes:
        """Read at most ``max_bytes``; past that, drop the connection instead of draining it."""
        limit = self.policy.max_bytes
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > limit:
                response.close()  # closes the socket: the server sees us stop reading
                raise TooLarge(f"body over {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
