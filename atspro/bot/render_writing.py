"""Chat text for AI writing results (rewrites, cover letter, and why it did not run)."""

from __future__ import annotations

from typing import Any

from atspro.agents.schemas import CoverLetter, Rewrites
from atspro.bot.render import esc
from atspro.config import Settings
from atspro.services.writing import WritingResult

_POINTER = (
    "Your score and the deterministic suggestions are not affected: tap "
    "“📝 All suggestions” or “📄 Tailored DOCX” under the score card."
)


def render_fallback(meta: dict[str, Any], settings: Settings) -> str:
    """Plain words for why AI writing did not run, and where to go instead."""
    # Here, not at the top: the pipeline loads the Agents SDK (~60 MB), which a bot with no
    # AI writing never needs.
    from atspro.agents.pipeline import quota_message, removed_kinds

    reason = meta.get("fallback_reason")
    if reason == "quota":
        head = quota_message("write", settings)
    elif reason == "no_llm":
        head = "🤖 AI writing is not enabled on this server."
    elif reason == "injection_suspected":
        head = (
            "🤖 I did not send these documents to the AI writer: they contain text addressed "
            "to an AI (like “ignore previous instructions”). Remove it and try again."
        )
    elif reason == "ungrounded":
        why = removed_kinds(meta)
        head = (
            "🤖 The AI draft stated things your resume does not show"
            + (f" ({esc(why)})" if why else "")
            + ", so I discarded it. Try again later."
        )
    else:
        head = "🤖 AI writing is unavailable right now. Please try again later."
    return f"{head}\n\n{_POINTER}"


def _removed(meta: dict[str, Any] | None) -> list[str]:
    from atspro.agents.pipeline import removed_note

    note = removed_note(meta or {})
    return [f"\n{esc(note)}"] if note else []


def render_rewrites(
    r: Rewrites, job_title: str | None = None, meta: dict[str, Any] | None = None
) -> str:
    if not r.bullets and not r.summary:
        head = "✅ Your bullets already read well for this posting: no rewrite suggested."
        return "\n".join([head, *_removed(meta)])
    target = f" for {esc(job_title)}" if job_title else ""
    lines = [
        f"✍️ <b>Bullet rewrites{target}</b>",
        "<i>Checked against your resume: no new employers, titles, dates, numbers or skills.</i>",
    ]
    for i, b in enumerate(r.bullets, 1):
        lines.append(f"\n<b>{i}.</b> Before: {esc(b.original)}")
        lines.append(f"After: <b>{esc(b.rewritten)}</b>")
        if b.adds_keywords:
            lines.append(f"➕ adds: {esc(', '.join(b.adds_keywords))}")
        if b.only_if_true:
            lines.append("⚠️ Use only if true: it says more than your resume shows.")
    if r.summary:
        lines += ["\n<b>Tailored summary</b>", esc(r.summary)]
    if r.notes:
        lines.append("\n<b>Notes</b>")
        lines += [f"• {esc(n)}" for n in r.notes]
    lines += _removed(meta)
    if any(not b.only_if_true for b in r.bullets):
        lines.append("\n📄 “Tailored DOCX” now uses these rewrites.")
    return "\n".join(lines)


def render_cover_letter(letter: CoverLetter, meta: dict[str, Any] | None = None) -> str:
    head = "💌 <b>Cover letter</b> <i>(read it, make it yours, then send)</i>\n\n"
    return "\n".join([head + esc(letter.text), *_removed(meta)])


def render_writing(result: WritingResult, settings: Settings) -> str:
    """The message for one AI writing run: the output, or why there is none."""
    if isinstance(result.output, Rewrites):
        return render_rewrites(result.output, result.job_title, result.meta)
    if isinstance(result.output, CoverLetter):
        return render_cover_letter(result.output, result.meta)
    return render_fallback(result.meta, settings)
