"""Job-link fetching: SSRF guard, limits, retries, board APIs and login walls.

Everything runs against an aiohttp server on 127.0.0.1 started here. Two fakes keep the
network closed: ``FakeDNS`` answers name lookups (no real DNS), and ``ConnectGuard`` sits in
front of every socket connect aiohttp makes — it records the address, refuses anything that
is not loopback, and can route one made-up public address to the local server, so that a
fetcher with loopback *disallowed* still has a "public" site to talk to.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import aiohappyeyeballs
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from fpdf import FPDF

from atspro.config import Settings
from atspro.fetch import (
    BadUrl,
    BlockedAddress,
    FetchError,
    FetchPolicy,
    FetchTimeout,
    HttpStatusError,
    LoginWall,
    SafeFetcher,
    TooLarge,
    TooManyRedirects,
    UnsupportedContent,
    fetch_job_source,
    is_login_walled,
    match_board,
)
from atspro.fetch.addresses import block_reason, parse_ip_literal
from atspro.fetch.boards import BoardLink, api_url

# A globally routable address that the guard routes to the local server (never dialled).
FAKE_PUBLIC_IP = "93.184.216.34"
BIG_BODY_BYTES = 20 * 1024 * 1024


# ---------------------------------------------------------------------------- fakes ----


class FakeDNS:
    """Injected resolver: a fixed mapping; unknown names fail like NXDOMAIN."""

    def __init__(self, mapping: dict[str, list[str]] | None = None) -> None:
        self.mapping = mapping or {}
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        if host not in self.mapping:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.mapping[host]


@dataclass
class ConnectGuard:
    attempts: list[str] = field(default_factory=list)
    public_port: int | None = None  # where FAKE_PUBLIC_IP is routed


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[ConnectGuard]:
    state = ConnectGuard()
    real_start = aiohappyeyeballs.start_connection

    async def guarded_start(addr_infos: Any, **kwargs: Any) -> socket.socket:
        routed = []
        for family, type_, proto, canon, sockaddr in addr_infos:
            host = sockaddr[0]
            state.attempts.append(host)
            if host == FAKE_PUBLIC_IP and state.public_port is not None:
                routed.append(
                    (socket.AF_INET, type_, proto, canon, ("127.0.0.1", state.public_port))
                )
                continue
            if not ipaddress.ip_address(host).is_loopback:
                raise OSError(f"test guard refused a connect to non-loopback {host}")
            routed.append((family, type_, proto, canon, sockaddr))
        return await real_start(routed, **kwargs)

    monkeypatch.setattr(aiohappyeyeballs, "start_connection", guarded_start)
    yield state


# --------------------------------------------------------------------------- server ----


JOB_JSONLD = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Senior Python Engineer",
    "description": "<p>Build APIs with Python, PostgreSQL and asyncio.</p>",
    "hiringOrganization": {"@type": "Organization", "name": "Acme"},
}
JOB_TEXT = (
    "Senior Python Engineer at Acme. You will build APIs with Python, PostgreSQL and "
    "asyncio, review code, and mentor engineers. Requirements: 5+ years of Python. "
) * 4


def _pdf_bytes() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Data Analyst - Acme. Requirements: SQL, Python, Tableau.")
    return bytes(pdf.output())


@dataclass
class Site:
    server: TestServer
    hits: Counter[str]
    state: dict[str, Any]

    def url(self, path: str) -> str:
        return str(self.server.make_url(path))

    @property
    def port(self) -> int:
        assert self.server.port is not None
        return self.server.port


def _board_fixtures() -> dict[str, Any]:
    return {
        "/gh/v1/boards/acme/jobs/4012345": {
            "id": 4012345,
            "title": "Backend Engineer",
            "company_name": "Acme Corp",
            "updated_at": "2025-05-02T10:00:00-04:00",
            "first_published": "2025-04-28T09:00:00-04:00",
            "location": {"name": "Remote - US"},
            "absolute_url": "https://boards.greenhouse.io/acme/jobs/4012345",
            "metadata": [{"id": 1, "name": "Employment Type", "value": "Full-time"}],
            "content": "&lt;p&gt;Build &amp;amp; run Go services.&lt;/p&gt;",
            "pay_input_ranges": [
                {
                    "min_cents": 15000000,
                    "max_cents": 19000000,
                    "currency_type": "USD",
                    "title": "US base salary",
                    "blurb": "",
                }
            ],
        },
        "/lever/v0/postings/acme/0f6b8c1e-3a1d-4f57-9a2e-0c4b6c2f9d10": {
            "id": "0f6b8c1e-3a1d-4f57-9a2e-0c4b6c2f9d10",
            "text": "Data Engineer",
            "categories": {
                "commitment": "Full-time",
                "department": "Engineering",
                "location": "Berlin, Germany",
                "team": "Data",
            },
            "country": "DE",
            "createdAt": 1714550400000,
            "description": "<div>We move data.</div>",
            "descriptionPlain": "We move data.",
            "lists": [
                {"text": "Requirements", "content": "<li>Airflow</li><li>Spark</li>"},
            ],
            "additional": "<div>Visa support.</div>",
            "hostedUrl": "https://jobs.lever.co/acme/0f6b8c1e-3a1d-4f57-9a2e-0c4b6c2f9d10",
            "workplaceType": "hybrid",
            "salaryRange": {
                "currency": "EUR",
                "interval": "per-year-salary",
                "min": 70000,
                "max": 90000,
            },
        },
        "/ashby/posting-api/job-board/acme": {
            "apiVersion": "1",
            "jobs": [
                {
                    "id": "11111111-2222-4333-8444-555555555555",
                    "title": "Someone Else",
                    "descriptionHtml": "<p>Not this one</p>",
                    "jobUrl": "https://jobs.ashbyhq.com/acme/11111111-2222-4333-8444-555555555555",
                },
                {
                    "id": "7458d4e9-da2e-47bd-98cb-adfda43d42b2",
                    "title": "Product Designer",
                    "location": "Toronto, Canada",
                    "department": "Design",
                    "isRemote": True,
                    "workplaceType": "Remote",
                    "employmentType": "FullTime",
                    "descriptionHtml": "<p>Design in Figma.</p>",
                    "descriptionPlain": "Design in Figma.",
                    "publishedAt": "2025-03-04T14:29:08.532+00:00",
                    "address": {
                        "postalAddress": {
                            "addressLocality": "Toronto",
                            "addressRegion": "Ontario",
                            "addressCountry": "Canada",
                        }
                    },
                    "jobUrl": "https://jobs.ashbyhq.com/acme/7458d4e9-da2e-47bd-98cb-adfda43d42b2",
                    "compensation": {
                        "compensationTierSummary": "CA$120K – CA$150K • Offers Equity",
                        "summaryComponents": [
                            {
                                "compensationType": "EquityPercentage",
                                "interval": "NONE",
                                "currencyCode": None,
                                "minValue": 0.1,
                                "maxValue": 0.2,
                            },
                            {
                                "compensationType": "Salary",
                                "interval": "1 YEAR",
                                "currencyCode": "CAD",
                                "minValue": 120000,
                                "maxValue": 150000,
                            },
                        ],
                    },
                },
            ],
        },
        "/workable/api/v1/widget/accounts/acme": {
            "name": "Acme Ltd",
            "description": "Acme makes things.",
            "jobs": [
                {
                    "title": "Support Specialist",
                    "shortcode": "AB12CD34EF",
                    "employment_type": "Part-time",
                    "telecommuting": False,
                    "department": "Support",
                    "url": "https://apply.workable.com/j/AB12CD34EF",
                    "published_on": "2025-02-10",
                    "created_at": "2025-02-09",
                    "country": "Greece",
                    "city": "Athens",
                    "state": "Attica",
                    "locations": [
                        {
                            "country": "Greece",
                            "countryCode": "GR",
                            "city": "Athens",
                            "region": "Attica",
                            "hidden": False,
                        }
                    ],
                    "description": "<p>Help customers with Zendesk.</p>",
                }
            ],
        },
        "/sr/v1/companies/acme/postings/744000012345678": {
            "id": "744000012345678",
            "name": "Field Service Technician",
            "company": {"identifier": "acme", "name": "Acme GmbH"},
            "releasedDate": "2025-01-15T08:00:00.000Z",
            "location": {
                "city": "Munich",
                "region": "Bavaria",
                "country": "de",
                "remote": False,
            },
            "typeOfEmployment": {"id": "permanent", "label": "Full-time"},
            "postingUrl": "https://jobs.smartrecruiters.com/acme/744000012345678-technician",
            "jobAd": {
                "sections": {
                    "companyDescription": {"title": "Company", "text": "<p>Acme builds.</p>"},
                    "jobDescription": {"title": "Job", "text": "<p>Repair PLCs.</p>"},
                    "qualifications": {"title": "You bring", "text": "<ul><li>PLC</li></ul>"},
                    "additionalInformation": {"title": "More", "text": ""},
                }
            },
        },
    }


def _build_app(site_state: dict[str, Any], hits: Counter[str]) -> web.Application:
    routes = web.RouteTableDef()

    @web.middleware
    async def count_hits(request: web.Request, handler: Any) -> web.StreamResponse:
        hits[request.path] += 1
        return await handler(request)

    @routes.get("/jsonld")
    async def jsonld(_: web.Request) -> web.Response:
        page = (
            "<html><head><title>Job</title><script type='application/ld+json'>"
            f"{json.dumps(JOB_JSONLD)}</script></head><body><h1>Senior Python Engineer</h1>"
            "</body></html>"
        )
        return web.Response(text=page, content_type="text/html")

    @routes.get("/plain")
    async def plain(_: web.Request) -> web.Response:
        page = f"<html><body><h1>Senior Python Engineer</h1><p>{JOB_TEXT}</p></body></html>"
        return web.Response(text=page, content_type="text/html")

    @routes.get("/latin1")
    async def latin1(_: web.Request) -> web.Response:
        page = (
            "<html><head><meta charset='windows-1252'></head><body>Café crème – señor</body></html>"
        )
        return web.Response(body=page.encode("cp1252"), headers={"Content-Type": "text/html"})

    @routes.get("/text")
    async def text(_: web.Request) -> web.Response:
        return web.Response(text=JOB_TEXT, content_type="text/plain")

    @routes.get("/login")
    async def login(_: web.Request) -> web.Response:
        page = (
            "<html><body><h2>Sign in to view this job</h2><form action='/session'>"
            "<input name='email'><input type='password' name='pw'><button>Sign in</button>"
            "</form></body></html>"
        )
        return web.Response(text=page, content_type="text/html")

    @routes.get("/redirect/{n}")
    async def redirect(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if n == 0:
            return web.Response(text="<p>arrived</p>", content_type="text/html")
        raise web.HTTPFound(f"/redirect/{n - 1}")

    @routes.get("/to")
    async def to(request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["target"])

    @routes.get("/secret")
    async def secret(_: web.Request) -> web.Response:
        return web.Response(text="internal only", content_type="text/plain")

    @routes.get("/big")
    async def big(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        if request.query.get("declare"):
            response.content_length = BIG_BODY_BYTES
        # A small send buffer makes the server feel back-pressure soon after the client
        # stops reading, so "bytes written" measures the client rather than the kernel.
        sock = request.transport.get_extra_info("socket") if request.transport else None
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 128 * 1024)
        await response.prepare(request)
        chunk = b"x" * 65536
        try:
            while site_state["big_written"] < BIG_BODY_BYTES:
                await response.write(chunk)
                site_state["big_written"] += len(chunk)
        except (ConnectionError, asyncio.CancelledError):
            # The client hung up: the write failed, or aiohttp cancelled the handler.
            site_state["big_aborted"] = True
            raise
        finally:
            site_state["big_done"].set()
        return response

    @routes.get("/trickle")
    async def trickle(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        await response.write(b"<html><body>")
        await site_state["release"].wait()  # never set while the client waits
        return response

    @routes.get("/pdf")
    async def pdf(_: web.Request) -> web.Response:
        return web.Response(
            body=_pdf_bytes(),
            headers={
                "Content-Type": "application/pdf",
                "Content-Disposition": 'attachment; filename="data-analyst.pdf"',
            },
        )

    @routes.get("/octet.pdf")
    async def octet(_: web.Request) -> web.Response:
        return web.Response(body=_pdf_bytes(), content_type="application/octet-stream")

    @routes.get("/image")
    async def image(_: web.Request) -> web.Response:
        return web.Response(body=b"\x89PNG\r\n\x1a\n" + b"0" * 100, content_type="image/png")

    @routes.get("/flaky")
    async def flaky(request: web.Request) -> web.Response:
        if hits["/flaky"] <= int(request.query.get("fail", "2")):
            return web.Response(status=503, text="busy")
        return web.Response(text="<p>ok after retries</p>", content_type="text/html")

    @routes.get("/missing")
    async def missing(_: web.Request) -> web.Response:
        return web.Response(status=404, text="gone")

    @routes.get("/gated")
    async def gated(_: web.Request) -> web.Response:
        site_state["active"] += 1
        site_state["max_active"] = max(site_state["max_active"], site_state["active"])
        site_state["arrived"].set()
        if site_state["active"] > 2:
            site_state["over_cap"].set()
        if site_state["active"] >= 2:
            site_state["two_active"].set()
        try:
            await site_state["gate"].wait()
        finally:
            site_state["active"] -= 1
        return web.Response(text="<p>done</p>", content_type="text/html")

    boards = _board_fixtures()

    async def board_api(request: web.Request) -> web.Response:
        path = request.path
        if path not in boards:
            return web.Response(status=404, text="{}", content_type="application/json")
        return web.json_response(boards[path])

    app = web.Application(middlewares=[count_hits])
    app.add_routes(routes)
    app.router.add_get("/{board:(gh|lever|ashby|workable|sr)}/{tail:.*}", board_api)
    return app


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    hits: Counter[str] = Counter()
    state: dict[str, Any] = {
        "big_written": 0,
        "big_aborted": False,
        "big_done": asyncio.Event(),
        "release": asyncio.Event(),
        "active": 0,
        "max_active": 0,
        "arrived": asyncio.Event(),
        "two_active": asyncio.Event(),
        "over_cap": asyncio.Event(),
        "gate": asyncio.Event(),
    }
    server = TestServer(_build_app(state, hits), host="127.0.0.1")
    await server.start_server()
    try:
        yield Site(server, hits, state)
    finally:
        state["release"].set()
        state["gate"].set()
        await server.close()


def _policy(**overrides: Any) -> FetchPolicy:
    base: dict[str, Any] = {
        "allow_loopback": True,
        "backoff_s": 0.0,
        "total_timeout_s": 10.0,
        "connect_timeout_s": 2.0,
    }
    return FetchPolicy(**{**base, **overrides})


# ------------------------------------------------------------------------ happy paths ----


async def test_jsonld_page_is_returned_as_html(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(), lookup=FakeDNS()) as fetcher:
        source = await fetch_job_source(site.url("/jsonld"), fetcher)
    assert source.kind == "html"
    assert source.html is not None and '"JobPosting"' in source.html
    assert source.url == site.url("/jsonld")
    assert source.posting is None and source.file_bytes is None


async def test_plain_html_page(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(), lookup=FakeDNS()) as fetcher:
        source = await fetch_job_source(site.url("/plain"), fetcher)
    assert source.kind == "html"
    assert source.html is not None and "mentor engineers" in source.html


async def test_meta_charset_is_used_when_header_has_none(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(), lookup=FakeDNS()) as fetcher:
        source = await fetch_job_source(site.url("/latin1"), fetcher)
    assert source.html is not None and "Café crème – señor" in source.html


async def test_text_plain_page(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(), lookup=FakeDNS()) as fetcher:
        source = await fetch_job_source(site.url("/text"), fetcher)
    assert source.kind == "text"
    assert source.text == JOB_TEXT


async def test_pdf_served_as_job_is_a_file(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(), lookup=FakeDNS()) as fetcher:
        source = await fetch_job_source(site.url("/pdf"), fetcher)
        octet = await fetch_job_source(site.url("/octet.pdf"), fetcher)
    assert source.kind == "file"
    assert source.file_bytes is not None and source.file_bytes.startswith(b"%PDF-")
    assert source.filename == "data-analyst.pdf"
    assert octet.kind == "file" and octet.filename == "octet.pdf"


async def test_unsupported_content_type_is_refused(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(), lookup=FakeDNS()) as fetcher:
        with pytest.raises(UnsupportedContent) as caught:
            await fetch_job_source(site.url("/image"), fetcher)
    assert "paste" in caught.value.user_message.lower()


async def test_hostname_is_resolved_through_the_injected_lookup(
    site: Site, guard: ConnectGuard
) -> None:
    dns = FakeDNS({"jobs.local.test": ["127.0.0.1"]})
    async with SafeFetcher(_policy(), lookup=dns) as fetcher:
        response = await fetcher.get(f"http://jobs.local.test:{site.port}/plain")
    assert response.status == 200 and b"mentor engineers" in response.body
    assert dns.calls == ["jobs.local.test"]
    assert guard.attempts == ["127.0.0.1"]


async def test_user_agent_is_sent(site: Site, guard: ConnectGuard) -> None:
    seen: list[str] = []

    async def capture(request: web.Request) -> web.Response:
        seen.append(request.headers.get("User-Agent", ""))
        return web.Response(text="<p>x</p>", content_type="text/html")

    app = web.Application()
    app.router.add_get("/", capture)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with SafeFetcher(_policy(user_agent="ATSProTest/1.0"), lookup=FakeDNS()) as f:
            await f.get(str(server.make_url("/")))
    finally:
        await server.close()
    assert seen == ["ATSProTest/1.0"]


# ------------------------------------------------------------------------ board APIs ----


def _api_bases(site: Site) -> dict[str, str]:
    return {
        "greenhouse": site.url("/gh"),
        "lever": site.url("/lever"),
        "ashby": site.url("/ashby"),
        "workable": site.url("/workable"),
        "smartrecruiters": site.url("/sr"),
    }


async def _board(site: Site, url: str) -> dict[str, Any]:
    dns = FakeDNS()  # board links must never be resolved: only the API base is used
    async with SafeFetcher(_policy(), lookup=dns) as fetcher:
        source = await fetch_job_source(url, fetcher, api_bases=_api_bases(site))
    assert source.kind == "board_api" and source.posting is not None
    assert dns.calls == []
    return source.posting


async def test_greenhouse_api_is_mapped(site: Site, guard: ConnectGuard) -> None:
    posting = await _board(site, "https://boards.greenhouse.io/acme/jobs/4012345")
    assert posting["title"] == "Backend Engineer"
    assert posting["description"] == "<p>Build &amp; run Go services.</p>"
    assert posting["hiringOrganization"]["name"] == "Acme Corp"
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["jobLocation"]["address"] == {"@type": "PostalAddress", "addressCountry": "US"}
    assert posting["employmentType"] == "FULL_TIME"
    assert posting["baseSalary"]["currency"] == "USD"
    assert posting["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 150000.0,
        "maxValue": 190000.0,
        "unitText": "YEAR",
    }
    assert posting["datePosted"] == "2025-04-28T09:00:00-04:00"
    assert posting["url"] == "https://boards.greenhouse.io/acme/jobs/4012345"
    assert site.hits["/gh/v1/boards/acme/jobs/4012345"] == 1


async def test_greenhouse_new_host_and_embed_links_are_recognised() -> None:
    expected = BoardLink("greenhouse", "acme", "4012345")
    assert match_board("https://job-boards.greenhouse.io/acme/jobs/4012345") == expected
    embed = "https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345"
    assert match_board(embed) == expected


async def test_lever_api_is_mapped(site: Site, guard: ConnectGuard) -> None:
    url = "https://jobs.lever.co/acme/0f6b8c1e-3a1d-4f57-9a2e-0c4b6c2f9d10"
    posting = await _board(site, url)
    assert posting["title"] == "Data Engineer"
    assert "We move data." in posting["description"]
    assert "<h3>Requirements</h3><ul><li>Airflow</li><li>Spark</li></ul>" in posting["description"]
    assert "Visa support." in posting["description"]
    assert posting["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Berlin",
        "addressCountry": "Germany",
    }
    assert "jobLocationType" not in posting  # hybrid is not remote
    assert posting["employmentType"] == "FULL_TIME"
    assert posting["baseSalary"]["currency"] == "EUR"
    assert posting["baseSalary"]["value"]["minValue"] == 70000
    assert posting["baseSalary"]["value"]["unitText"] == "YEAR"
    assert posting["datePosted"] == "2024-05-01"
    assert posting["url"] == url


async def test_ashby_api_picks_the_job_by_id(site: Site, guard: ConnectGuard) -> None:
    url = "https://jobs.ashbyhq.com/acme/7458d4e9-da2e-47bd-98cb-adfda43d42b2"
    posting = await _board(site, url)
    assert posting["title"] == "Product Designer"
    assert posting["description"] == "<p>Design in Figma.</p>"
    assert posting["jobLocation"]["address"]["addressRegion"] == "Ontario"
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["employmentType"] == "FULL_TIME"
    assert posting["baseSalary"]["currency"] == "CAD"
    assert posting["baseSalary"]["value"]["maxValue"] == 150000
    assert posting["baseSalary"]["value"]["unitText"] == "YEAR"
    assert posting["datePosted"].startswith("2025-03-04")
    assert site.hits["/ashby/posting-api/job-board/acme"] == 1


async def test_ashby_job_missing_from_board_is_a_404(site: Site, guard: ConnectGuard) -> None:
    url = "https://jobs.ashbyhq.com/acme/99999999-2222-4333-8444-555555555555"
    async with SafeFetcher(_policy(), lookup=FakeDNS()) as fetcher:
        with pytest.raises(HttpStatusError) as caught:
            await fetch_job_source(url, fetcher, api_bases=_api_bases(site))
    assert caught.value.status == 404
    assert "closed" in caught.value.user_message


async def test_workable_api_picks_the_job_by_shortcode(site: Site, guard: ConnectGuard) -> None:
    posting = await _board(site, "https://apply.workable.com/acme/j/AB12CD34EF/")
    assert posting["title"] == "Support Specialist"
    assert posting["hiringOrganization"]["name"] == "Acme Ltd"
    assert "Zendesk" in posting["description"]
    assert posting["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Athens",
        "addressRegion": "Attica",
        "addressCountry": "Greece",
    }
    assert posting["employmentType"] == "PART_TIME"
    assert "jobLocationType" not in posting
    assert posting["datePosted"] == "2025-02-10"


async def test_smartrecruiters_api_is_mapped(site: Site, guard: ConnectGuard) -> None:
    url = "https://jobs.smartrecruiters.com/acme/744000012345678-field-service-technician"
    posting = await _board(site, url)
    assert posting["title"] == "Field Service Technician"
    assert posting["hiringOrganization"]["name"] == "Acme GmbH"
    assert "<h3>Job</h3><p>Repair PLCs.</p>" in posting["description"]
    assert "<h3>You bring</h3>" in posting["description"]
    assert "<h3>More</h3>" not in posting["description"]  # empty sections are skipped
    assert posting["jobLocation"]["address"]["addressCountry"] == "DE"
    assert posting["employmentType"] == "FULL_TIME"
    assert posting["datePosted"] == "2025-01-15T08:00:00.000Z"


async def test_board_api_404_is_reported_not_scraped(site: Site, guard: ConnectGuard) -> None:
    dns = FakeDNS()
    async with SafeFetcher(_policy(), lookup=dns) as fetcher:
        with pytest.raises(HttpStatusError) as caught:
            await fetch_job_source(
                "https://boards.greenhouse.io/acme/jobs/999", fetcher, api_bases=_api_bases(site)
            )
    assert caught.value.status == 404
    assert dns.calls == []  # the board page itself was not fetched


def test_board_links_and_api_urls() -> None:
    lever_eu = match_board(
        "https://jobs.eu.lever.co/acme/0F6B8C1E-3A1D-4F57-9A2E-0C4B6C2F9D10/apply"
    )
    assert lever_eu == BoardLink("lever_eu", "acme", "0f6b8c1e-3a1d-4f57-9a2e-0c4b6c2f9d10")
    assert api_url(lever_eu).startswith("https://api.eu.lever.co/v0/postings/acme/")
    legacy = match_board("https://acme.workable.com/j/AB12CD34EF")
    assert legacy == BoardLink("workable", "acme", "AB12CD34EF")
    assert api_url(legacy) == "https://apply.workable.com/api/v1/widget/accounts/acme?details=true"
    ashby = match_board("https://jobs.ashbyhq.com/acme/7458d4e9-da2e-47bd-98cb-adfda43d42b2")
    assert ashby is not None
    assert api_url(ashby) == (
        "https://api.ashbyhq.com/posting-api/job-board/acme?includeCompensation=true"
    )
    gh = match_board("https://boards.greenhouse.io/acme/jobs/1")
    assert gh is not None
    assert api_url(gh) == (
        "https://boards-api.greenhouse.io/v1/boards/acme/jobs/1?pay_transparency=true"
    )
    for other in (
        "https://boards.greenhouse.io/acme",  # a board, not a job
        "https://jobs.lever.co/acme/not-a-uuid",
        "https://example.com/acme/jobs/1",
        "https://jobs.smartrecruiters.com/acme/",
    ):
        assert match_board(other) is None, other


# ------------------------------------------------------------------------ login walls ----


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/jobs/view/3912345678/",
        "https://uk.indeed.com/viewjob?jk=abc123",
        "https://www.indeed.co.uk/viewjob?jk=abc123",
        "https://www.glassdoor.com/job-listing/x.htm",
        "https://lnkd.in/abc",
    ],
)
async def test_login_walled_domains_are_not_fetched(url: str, guard: ConnectGuard) -> None:
    dns = FakeDNS()
    async with SafeFetcher(_policy(), lookup=dns) as fetcher:
        with pytest.raises(LoginWall) as caught:
            await fetch_job_source(url, fetcher)
    assert "paste the job text" in caught.value.user_message
    assert dns.calls == [] and guard.attempts == []


def test_login_wall_domain_matching_is_not_fooled_by_lookalikes() -> None:
    assert is_login_walled("https://de.linkedin.com/jobs/view/1")
    assert is_login_walled("https://www.glassdoor.co.in/x")
    assert not is_login_walled("https://notlinkedin.com/jobs/1")
    assert not is_login_walled("https://indeed.example.com/jobs/1")
    assert not is_login_walled("https://linkedin.com.evil.example/jobs")


async def test_login_page_is_detected_by_its_cues(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(), lookup=FakeDNS()) as fetcher:
        with pytest.raises(LoginWall):
            await fetch_job_source(site.url("/login"), fetcher)


async def test_redirect_to_login_walled_site_stops_before_it(
    site: Site, guard: ConnectGuard
) -> None:
    dns = FakeDNS()
    target = "https://www.linkedin.com/jobs/view/1"
    async with SafeFetcher(_policy(), lookup=dns) as fetcher:
        with pytest.raises(LoginWall):
            await fetch_job_source(site.url(f"/to?target={target}"), fetcher)
    assert dns.calls == []


# -------------------------------------------------------------------------- redirects ----


async def test_redirect_chain_within_limit_is_followed(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(max_redirects=3), lookup=FakeDNS()) as fetcher:
        response = await fetcher.get(site.url("/redirect/3"))
    assert response.url == site.url("/redirect/0")
    assert response.body == b"<p>arrived</p>"


async def test_redirect_chain_beyond_limit_fails(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(max_redirects=3), lookup=FakeDNS()) as fetcher:
        with pytest.raises(TooManyRedirects):
            await fetcher.get(site.url("/redirect/4"))
    assert site.hits["/redirect/0"] == 0  # the 5th hop was never requested


async def test_redirect_to_loopback_is_refused_when_loopback_is_disallowed(
    site: Site, guard: ConnectGuard
) -> None:
    # The "public" site (a made-up public IP routed to the local server) redirects to
    # 127.0.0.1: the hop must be refused before anything connects to it.
    guard.public_port = site.port
    dns = FakeDNS({"careers.example.org": [FAKE_PUBLIC_IP]})
    secret = site.url("/secret")
    async with SafeFetcher(_policy(allow_loopback=False), lookup=dns) as fetcher:
        ok = await fetcher.get(f"http://careers.example.org:{site.port}/plain")
        assert b"mentor engineers" in ok.body  # the public hop itself works
        with pytest.raises(BlockedAddress):
            await fetcher.get(f"http://careers.example.org:{site.port}/to?target={secret}")
    assert site.hits["/to"] == 1
    assert site.hits["/secret"] == 0
    assert "127.0.0.1" not in guard.attempts


async def test_public_ip_in_odd_notation_connects_to_the_normalised_address(
    site: Site, guard: ConnectGuard
) -> None:
    guard.public_port = site.port
    decimal = int(ipaddress.IPv4Address(FAKE_PUBLIC_IP))
    async with SafeFetcher(_policy(allow_loopback=False), lookup=FakeDNS()) as fetcher:
        for host in (str(decimal), hex(decimal), "0135.184.216.34"):
            response = await fetcher.get(f"http://{host}:{site.port}/plain")
            assert b"mentor engineers" in response.body
    assert guard.attempts == [FAKE_PUBLIC_IP]  # one pooled connection, to the checked address


async def test_scheme_less_link_is_read_as_https(guard: ConnectGuard) -> None:
    dns = FakeDNS()
    async with SafeFetcher(_policy(), lookup=dns) as fetcher:
        with pytest.raises(FetchError):
            await fetch_job_source("careers.acme.test/jobs/1", fetcher)
    assert dns.calls == ["careers.acme.test"]


async def test_redirect_to_private_address_is_refused(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(allow_loopback=True), lookup=FakeDNS()) as fetcher:
        with pytest.raises(BlockedAddress):
            await fetcher.get(site.url("/to?target=http://10.0.0.1/admin"))
    assert site.hits["/to"] == 1
    assert "10.0.0.1" not in guard.attempts


async def test_redirect_to_a_name_resolving_privately_is_refused(
    site: Site, guard: ConnectGuard
) -> None:
    dns = FakeDNS({"intranet.example.org": ["192.168.1.20"]})
    async with SafeFetcher(_policy(allow_loopback=True), lookup=dns) as fetcher:
        with pytest.raises(BlockedAddress):
            await fetcher.get(site.url("/to?target=http://intranet.example.org/"))
    assert dns.calls == ["intranet.example.org"]
    assert guard.attempts == ["127.0.0.1"]  # only the local server


# ------------------------------------------------------------------------------- SSRF ----


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "10.0.0.1",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "[::1]",
        "[fc00::1]",
        "[fe80::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:10.0.0.1]",
        "[2002:a00:1::]",  # 6to4 around 10.0.0.1
        "[64:ff9b::a9fe:a9fe]",  # NAT64 around 169.254.169.254
        "224.0.0.1",
        "240.0.0.1",
        "2130706433",
        "0x7f000001",
        "017700000001",
        "127.1",
        "0177.0.0.1",
        "intranet.example.org",  # resolves to a private address
        "rebind.example.org",  # one public and one private answer
    ],
)
async def test_ssrf_targets_are_refused_before_any_connect(
    host: str, site: Site, guard: ConnectGuard
) -> None:
    dns = FakeDNS(
        {
            "localhost": ["127.0.0.1", "::1"],
            "intranet.example.org": ["10.1.2.3"],
            "rebind.example.org": [FAKE_PUBLIC_IP, "192.168.0.10"],
        }
    )
    url = f"http://{host}:{site.port}/secret"
    async with SafeFetcher(_policy(allow_loopback=False), lookup=dns) as fetcher:
        with pytest.raises(BlockedAddress) as caught:
            await fetcher.get(url)
    assert "private or local" in caught.value.user_message
    assert guard.attempts == []
    assert site.hits["/secret"] == 0


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/job",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "http://user:pw@example.org/",
        "http://1.2.3.999/",
        "http:///nohost",
        "not a url",
    ],
)
async def test_bad_urls_are_refused(url: str, guard: ConnectGuard) -> None:
    dns = FakeDNS()
    async with SafeFetcher(_policy(), lookup=dns) as fetcher:
        with pytest.raises(BadUrl):
            await fetcher.get(url)
    assert dns.calls == [] and guard.attempts == []


def test_loose_ipv4_notations_match_inet_aton() -> None:
    for text in ("2130706433", "0x7f000001", "017700000001", "127.1", "0x7f.0.0.1", "10.1",
                 "192.168.257", "1.2.3.4", "0", "0x0a.0x0.01"):  # fmt: skip
        expected = socket.inet_ntoa(socket.inet_aton(text))
        assert str(parse_ip_literal(text)) == expected, text
    assert parse_ip_literal("example.com") is None
    assert parse_ip_literal("deadbeef") is None


def test_allow_loopback_does_not_open_private_ranges() -> None:
    def reason(text: str) -> str | None:
        return block_reason(ipaddress.ip_address(text), allow_loopback=True)

    assert reason("127.0.0.1") is None and reason("127.8.9.10") is None and reason("::1") is None
    for text in ("10.0.0.1", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                 "0.0.0.0", "::", "fc00::1", "fe80::1", "::ffff:127.0.0.1", "ff02::1"):  # fmt: skip
        assert reason(text) is not None, text
    assert block_reason(ipaddress.ip_address("8.8.8.8")) is None
    assert block_reason(ipaddress.ip_address("2606:4700:4700::1111")) is None


# --------------------------------------------------------------------- body and time ----


async def test_large_body_stops_reading_early(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(max_bytes=1024 * 1024), lookup=FakeDNS()) as fetcher:
        with pytest.raises(TooLarge):
            await fetcher.get(site.url("/big"))
    await asyncio.wait_for(site.state["big_done"].wait(), timeout=10)
    assert site.state["big_aborted"] is True
    assert site.state["big_written"] < BIG_BODY_BYTES // 4


async def test_declared_large_body_is_refused_from_headers(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(max_bytes=1024 * 1024), lookup=FakeDNS()) as fetcher:
        with pytest.raises(TooLarge):
            await fetcher.get(site.url("/big?declare=1"))
    await asyncio.wait_for(site.state["big_done"].wait(), timeout=10)
    assert site.state["big_written"] < BIG_BODY_BYTES // 2


async def test_trickling_body_times_out_quickly(site: Site, guard: ConnectGuard) -> None:
    started = time.monotonic()
    async with SafeFetcher(_policy(total_timeout_s=0.3, retries=0), lookup=FakeDNS()) as fetcher:
        with pytest.raises(FetchTimeout) as caught:
            await fetcher.get(site.url("/trickle"))
    assert time.monotonic() - started < 2.0
    assert "too long" in caught.value.user_message


# ---------------------------------------------------------------- retries and limits ----


async def test_503_is_retried_until_success(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(retries=2), lookup=FakeDNS()) as fetcher:
        response = await fetcher.get(site.url("/flaky?fail=2"))
    assert response.body == b"<p>ok after retries</p>"
    assert site.hits["/flaky"] == 3


async def test_retries_run_out(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(retries=1), lookup=FakeDNS()) as fetcher:
        with pytest.raises(HttpStatusError) as caught:
            await fetcher.get(site.url("/flaky?fail=5"))
    assert caught.value.status == 503
    assert site.hits["/flaky"] == 2


async def test_404_is_not_retried(site: Site, guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(retries=3), lookup=FakeDNS()) as fetcher:
        with pytest.raises(HttpStatusError) as caught:
            await fetcher.get(site.url("/missing"))
    assert caught.value.status == 404
    assert site.hits["/missing"] == 1
    assert "wasn't found" in caught.value.user_message


async def test_per_host_concurrency_cap(site: Site, guard: ConnectGuard) -> None:
    state = site.state
    async with SafeFetcher(_policy(per_host_concurrency=2), lookup=FakeDNS()) as fetcher:
        tasks = [asyncio.create_task(fetcher.get(site.url("/gated"))) for _ in range(5)]
        await asyncio.wait_for(state["two_active"].wait(), timeout=5)
        # Two requests are parked on the server; a third must not arrive while they are.
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(state["over_cap"].wait(), timeout=0.3)
        state["gate"].set()
        responses = await asyncio.gather(*tasks)
    assert [r.status for r in responses] == [200] * 5
    assert state["max_active"] == 2
    assert site.hits["/gated"] == 5


def test_policy_from_settings() -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        fetch_max_bytes=2048,
        fetch_max_redirects=2,
        fetch_allow_loopback=True,
        fetch_user_agent="X/1",
    )
    policy = FetchPolicy.from_settings(settings)
    assert policy.max_bytes == 2048 and policy.max_redirects == 2
    assert policy.allow_loopback is True and policy.user_agent == "X/1"
    assert policy.connect_timeout_s == settings.fetch_connect_timeout_s
    assert policy.per_host_concurrency == settings.fetch_per_host_concurrency


async def test_fetch_errors_have_friendly_messages(guard: ConnectGuard) -> None:
    async with SafeFetcher(_policy(), lookup=FakeDNS()) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get("http://no-such-host.example.org/")
    assert "couldn't find that website" in caught.value.user_message


async def test_fetch_job_command_prints_what_was_found(
    site: Site, guard: ConnectGuard, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from atspro.commands import fetch_job

    settings = Settings(_env_file=None, fetch_allow_loopback=True)  # type: ignore[call-arg]
    args = argparse.Namespace(url=site.url("/plain"), full=False)
    # The command runs its own event loop; a thread keeps this test's loop serving the site.
    assert await asyncio.to_thread(fetch_job.run, args, settings) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["kind"] == "html" and "mentor engineers" in printed["text"]

    args = argparse.Namespace(url="https://www.linkedin.com/jobs/view/1", full=False)
    assert await asyncio.to_thread(fetch_job.run, args, settings) == 1
    assert "paste the job text" in capsys.readouterr().err
