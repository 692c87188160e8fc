"""The web chat in a real browser: Debian's chromium, headless, driven by Playwright.

The emulator and the bot run as in `make run`; the page uploads a resume through its file
input, a job posting is pasted and sent, and the score card must appear. The screenshot is
saved under $ATSPRO_TEST_ARTIFACTS (default: the system temporary directory), never into the
checkout; CI points the variable at the folder it keeps as an artefact.
Skipped when chromium or Playwright's driver is missing (CI installs chromium in .ci/run).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.documents import make_resume_pdf
from tests.sandbox_helpers import JOB_TEXT, running_sandbox, sandbox_settings

playwright_api = pytest.importorskip("playwright.async_api")

ARTIFACTS = (
    Path(os.environ.get("ATSPRO_TEST_ARTIFACTS") or tempfile.gettempdir()) / "atspro-artifacts"
)
SCREENSHOT = ARTIFACTS / "sandbox-chat.png"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SLOW_MS = 30_000  # parsing and scoring run in the bot's worker; generous for a loaded CI box


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("no chromium installed (apt-get install chromium)")
    try:
        manager = await playwright_api.async_playwright().start()
    except Exception as exc:  # the package is there but its driver is not
        pytest.skip(f"Playwright's driver is not usable: {exc}")
    try:
        browser = await manager.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            await browser.close()
    finally:
        await manager.stop()


async def test_web_chat_resume_job_and_score_card(browser: Any, db_dsn: str) -> None:
    expect = playwright_api.expect
    async with running_sandbox(sandbox_settings(db_dsn)) as sandbox:
        page = await browser.new_page(viewport={"width": 480, "height": 1500})
        problems: list[str] = []
        page.on("pageerror", lambda exc: problems.append(str(exc)))
        page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
        await page.goto(f"{sandbox.base_url}/")
        await expect(page.locator("#bot-name")).to_have_text("ATSPro")
        await expect(page.locator(".notice")).to_contain_text("/start")

        await page.set_input_files(
            "#file-input",
            files=[
                {
                    "name": "Alex Morgan CV.pdf",
                    "mimeType": "application/pdf",
                    "buffer": make_resume_pdf(),
                }
            ],
        )
        await expect(page.locator(".msg.user .doc-name")).to_have_text("Alex Morgan CV.pdf")
        summary = page.locator(".msg.bot", has_text="Resume received")
        await expect(summary).to_be_visible(timeout=SLOW_MS)
        await expect(summary).to_contain_text("Alex Morgan CV.pdf")
        await expect(summary.locator("b").first).to_have_text("Resume received")

        await page.locator("#text").fill(JOB_TEXT)
        await page.locator("#send-button").click()
        await expect(page.locator("#text")).to_have_value("")
        card = page.locator(".msg.bot", has_text="Match score")
        await expect(card.first).to_be_visible(timeout=SLOW_MS)
        await expect(card.first.locator("b").first).to_contain_text("/100")
        await expect(
            card.first.locator(".keyboard button", has_text="All suggestions")
        ).to_be_visible()
        picture = page.locator(".msg.bot .photo img")
        await expect(picture).to_be_visible(timeout=SLOW_MS)
        await page.wait_for_function(
            "() => { const i = document.querySelector('.msg.bot .photo img');"
            " return i && i.complete && i.naturalWidth > 0; }"
        )

        # The chat stays at the bottom when the picture arrives: its caption is in view.
        await expect(page.locator(".msg.bot", has_text="Match score").last).to_be_in_viewport(
            ratio=1
        )
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        SCREENSHOT.unlink(missing_ok=True)
        await page.screenshot(path=str(SCREENSHOT))
        assert SCREENSHOT.stat().st_size > 10_000

        # A button works from the page too.
        await card.first.locator(".keyboard button", has_text="All suggestions").click()
        await expect(page.locator(".msg.bot", has_text="All suggestions").first).to_be_visible()

        assert problems == []
        await page.close()


CONTROLS = ["#reset-button", "#commands-button", "label.attach", "#send-button"]
_EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 800)])
async def test_controls_are_svg_icons_with_labels(
    browser: Any, db_dsn: str, tmp_path: Path, width: int, height: int
) -> None:
    """No control depends on an emoji font: each is an inline SVG with a text or aria label.

    This machine has no emoji font installed (fc-list finds none), so the screenshots show the page
    as a system without one renders it; the structural checks hold with or without such a font.
    """
    expect = playwright_api.expect
    async with running_sandbox(sandbox_settings(db_dsn)) as sandbox:
        page = await browser.new_page(viewport={"width": width, "height": height})
        await page.goto(f"{sandbox.base_url}/")
        await expect(page.locator("#bot-name")).to_have_text("ATSPro")
        for selector in CONTROLS:
            control = page.locator(selector)
            await expect(control).to_be_visible()
            await expect(control).to_be_in_viewport(ratio=1)
            icon = control.locator("svg.icon")
            box = await icon.bounding_box()
            assert box is not None and box["width"] >= 12 and box["height"] >= 12, selector
            name = await control.get_attribute("aria-label")
            assert name, f"{selector} has no accessible name"
            text = await control.evaluate("el => el.textContent")
            assert not re.search(_EMOJI, text), f"{selector} shows an emoji: {text!r}"
        shot = tmp_path / f"sandbox-{width}x{height}.png"
        await page.screenshot(path=str(shot))
        assert shot.stat().st_size > 5_000
        await page.close()


async def test_web_chat_sends_several_pictures_as_one_album(browser: Any, db_dsn: str) -> None:
    from tests.fixtures import images

    expect = playwright_api.expect
    async with running_sandbox(sandbox_settings(db_dsn)) as sandbox:
        page = await browser.new_page(viewport={"width": 480, "height": 1200})
        await page.goto(f"{sandbox.base_url}/")
        await expect(page.locator("#bot-name")).to_have_text("ATSPro")
        pages = [images.text_page(images.RESUME_LINES[:3]), images.text_page(("Python, SQL",))]
        await page.set_input_files(
            "#file-input",
            files=[
                {"name": f"page{n}.png", "mimeType": "image/png", "buffer": images.encode(p)}
                for n, p in enumerate(pages, start=1)
            ],
        )
        # one status for the album, not one per photo (edited in place as the pages are read)
        status = re.compile("Got 2 photos|Reading page|Resume received|couldn't read")
        await expect(page.locator(".msg.bot", has_text=status)).to_have_count(1, timeout=SLOW_MS)
        await expect(page.locator(".msg.user .photo")).to_have_count(2)
