"""The score card's caption (under its picture): within Telegram's 1,024 visible UTF-16 units
after HTML parsing, the richest form that fits, or None when none does."""

from __future__ import annotations

import io

from PIL import Image

from atspro.analysis.scoring.report import score_match
from atspro.bot.html_split import visible_units
from atspro.bot.render import CAPTION_LIMIT, card_caption, tailored_caption
from atspro.export.card import render_score_card
from atspro.models import Check, Job, MatchReport, ScoreComponent, Suggestion
from tests.score_samples import backend_job, backend_resume


def test_visible_units_count_what_telegram_shows() -> None:
    assert visible_units("<b>a&lt;b</b>") == 3  # tags are nothing, an entity is one character
    assert visible_units("🎯 x") == 4  # an emoji is two UTF-16 units


def test_a_real_card_fits_with_score_job_and_fixes() -> None:
    job = backend_job()
    report = score_match(backend_resume(), job)
    caption = card_caption(report, job)
    assert caption is not None and visible_units(caption) <= CAPTION_LIMIT
    assert f"Match score: {report.score:.0f}/100" in caption
    assert job.title and job.title in caption
    if report.suggestions:
        assert "Top fixes" in caption
    assert "█" not in caption and "░" not in caption  # the bars are on the picture


def _report(*, message: str, keywords: int = 10) -> MatchReport:
    return MatchReport(
        score=61,
        summary="4 of 6 must-haves shown; title close",
        components=[ScoreComponent(name="hard_skills", score=60, weight=1)],
        checks=[Check(name="dates", passed=False, severity="critical", message=message[:200])],
        missing_keywords=[f"Keyword{i}" for i in range(keywords)],
        suggestions=[
            Suggestion(category="skills", priority=1, message=f"{i}. {message}") for i in range(5)
        ],
    )


def test_long_fixes_are_shortened_until_it_fits() -> None:
    job = Job(title="Data Engineer", company="Initech", location="Remote")
    report = _report(message="Add the tools of this posting to your recent roles " * 6)
    caption = card_caption(report, job)
    assert caption is not None and visible_units(caption) <= CAPTION_LIMIT
    assert "Data Engineer — Initech" in caption and "Remote" in caption
    assert "1. 0." in caption  # the first fix kept
    assert "3. 2." not in caption  # later ones dropped to fit


def test_none_when_even_the_shortest_form_cannot_fit() -> None:
    job = Job(title="Engineer " * 150)  # a title longer than a caption
    assert card_caption(_report(message="x"), job) is None


def test_html_escapes_do_not_count_as_their_source_length() -> None:
    """A caption of many '&' measured as written ('&amp;' = 5) would be dropped for nothing."""
    job = Job(title="R&D " * 110, company="A&B")  # 440 shown characters, 440 more as written
    caption = card_caption(_report(message="Q&A " * 10, keywords=0), job)
    assert caption is not None
    assert len(caption) > CAPTION_LIMIT >= visible_units(caption)


def test_chat_picture_is_a_jpeg_of_the_card_size() -> None:
    report = score_match(backend_resume(), backend_job())
    with Image.open(io.BytesIO(render_score_card(report, fmt="JPEG"))) as picture:
        assert picture.format == "JPEG" and picture.size == (1080, 1350)


def test_tailored_caption_counts_utf16_units_not_characters() -> None:
    # Emoji are 2 UTF-16 units each: 600 of them are 1,200 units in 600 characters.
    changes = " ".join(["🚀 added"] * 150)
    caption = tailored_caption(changes, 52, 71)
    assert visible_units(caption) <= CAPTION_LIMIT
    assert caption.endswith("Check it before you send it.") and "…" in caption
    assert "Score of this file: 71 (was 52)" in caption


def test_tailored_caption_escapes_count_once_and_short_changes_stay_whole() -> None:
    caption = tailored_caption("Q&A <b> added", 40, 60)
    assert "Q&amp;A &lt;b&gt; added." in caption and "…" not in caption
    many = tailored_caption("R&D " * 400, 40, 60)  # "&amp;" is one character to Telegram
    assert visible_units(many) <= CAPTION_LIMIT and visible_units(many) > CAPTION_LIMIT - 20
