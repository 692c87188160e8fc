"""Score card: a phone-friendly picture of a MatchReport (1080 x 1350, the 4:5 portrait feed
size): PNG for files, JPEG for the chat.

The overall score sits big in a ring coloured by band; each component gets a labelled bar with
its percentage. Fonts come from Pillow itself (``ImageFont.load_default(size=…)``, Pillow >= 10.1)
so the card renders the same on any machine, with no system fonts.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

from atspro.analysis.scoring.bands import band
from atspro.analysis.scoring.score import component_label
from atspro.models import MatchReport

WIDTH, HEIGHT = 1080, 1350
MARGIN = 80
BACKGROUND = (247, 248, 250)
INK = (28, 32, 38)
MUTED = (120, 128, 140)
TRACK = (226, 229, 234)


@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


@lru_cache(maxsize=256)
def _stamp(text: str, size: int, anchor: str, stroke: int) -> tuple[Image.Image, int, int]:
    """``text`` rendered once as a coverage mask, and where it goes from its anchor point.
    Most of a card's words come back on every card (the score, the band, the component names
    and percentages): drawing glyphs was over half of a card's time."""
    font = _font(size)
    left, top, right, bottom = font.getbbox(text, anchor=anchor, stroke_width=stroke)
    mask = Image.new("L", (max(right - left, 1), max(bottom - top, 1)), 0)
    ImageDraw.Draw(mask).text(
        (-left, -top),
        text,
        font=font,
        fill=255,
        anchor=anchor,
        stroke_width=stroke,
        stroke_fill=255,
    )
    return mask, left, top


def _words(
    image: Image.Image,
    xy: tuple[int, int],
    text: str,
    size: int,
    fill: tuple[int, int, int],
    anchor: str,
    stroke: int = 0,
) -> None:
    """Draw words every card repeats, from the stamp cache (one colour, stroke included)."""
    mask, left, top = _stamp(text, size, anchor, stroke)
    image.paste(fill, (xy[0] + left, xy[1] + top), mask)


def _fit(draw: ImageDraw.ImageDraw, text: str, size: int, width: int) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` pixels."""
    font = _font(size)
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def render_score_card(
    report: MatchReport, *, title: str | None = None, fmt: Literal["PNG", "JPEG"] = "PNG"
) -> bytes:
    """The score card for ``report`` as PNG (files) or JPEG (chat) bytes; ``title`` is usually
    the job title."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    shown = band(report.score)
    colour, label = shown.rgb, shown.label
    inner = WIDTH - 2 * MARGIN

    heading = _fit(draw, title or "ATS match score", 46, inner)
    draw.text(
        (WIDTH // 2, 90),
        heading,
        font=_font(46),
        fill=INK,
        anchor="mm",
        stroke_width=1,
        stroke_fill=INK,
    )

    # Score ring
    cx, cy, r, ring = WIDTH // 2, 390, 210, 34
    box = (cx - r, cy - r, cx + r, cy + r)
    draw.ellipse(box, outline=TRACK, width=ring)
    if report.score > 0:
        draw.arc(box, start=-90, end=-90 + 360 * report.score / 100, fill=colour, width=ring)
    _words(image, (cx, cy - 10), f"{report.score:.0f}", 170, colour, "mm", stroke=2)
    _words(image, (cx, cy + 105), "out of 100", 34, MUTED, "mm")
    _words(image, (cx, cy + r + 55), label, 48, colour, "mm", stroke=1)

    if report.summary:  # what drives the number, as on the chat card
        summary = _fit(draw, report.summary, 30, inner)
        draw.text((cx, cy + r + 100), summary, font=_font(30), fill=MUTED, anchor="mm")

    # Component bars
    y = 745
    bar_h = 26
    for comp in report.components[:6]:
        name = component_label(comp.name)
        _words(image, (MARGIN, y), name, 38, INK, "ls")
        value = f"{comp.score:.0f}%" if comp.applicable else "not in posting"
        _words(image, (WIDTH - MARGIN, y), value, 38, INK if comp.applicable else MUTED, "rs")
        top = y + 14
        draw.rounded_rectangle(
            (MARGIN, top, WIDTH - MARGIN, top + bar_h), radius=bar_h // 2, fill=TRACK
        )
        if comp.applicable and comp.score > 0:
            right = MARGIN + max(bar_h, round(inner * comp.score / 100))
            draw.rounded_rectangle(
                (MARGIN, top, right, top + bar_h), radius=bar_h // 2, fill=band(comp.score).rgb
            )
        y += 82

    if report.missing_keywords:
        missing = _fit(draw, "Missing: " + ", ".join(report.missing_keywords[:6]), 34, inner)
        draw.text(
            (MARGIN, min(y + 20, HEIGHT - 90)), missing, font=_font(34), fill=INK, anchor="ls"
        )
    _words(image, (WIDTH // 2, HEIGHT - 40), "ATSPro", 30, MUTED, "mm")

    out = io.BytesIO()
    if fmt == "JPEG":  # Telegram re-encodes a photo as JPEG anyway; 5x faster than PNG here
        image.save(out, format="JPEG", quality=90)
    else:
        image.save(out, format="PNG", compress_level=1)  # speed over size: ~100 KB
    return out.getvalue()
