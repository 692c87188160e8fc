"""Task handlers for the bot's AI buttons: "✍️ Rewrite bullets" and "💌 Cover letter".

The lead registers them (task kinds ``rewrite`` and ``cover_letter``) through
``svc.extras["task_handler_factories"]``. Payload: ``result_id``, ``chat_id``,
``status_message_id``. Each handler loads the user's own result, spends one unit of the daily
LLM quota, runs the writer, stores the outcome in the result row's ``metadata`` and edits the
status message. A retry after the result is stored only re-sends it (no second LLM run).

``metadata`` keys written: ``rewrites`` ({original: new}, read by the tailored DOCX),
``ai_rewrites`` (the full ``Rewrites``), ``cover_letter`` and ``llm_<kind>`` (``LlmRunInfo``).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from agents import Model

from atspro.agents.pipeline import llm_quota_ok, rewrites_map, write_cover_letter, write_rewrites
from atspro.agents.schemas import CoverLetter, Rewrites
from atspro.bot.render import esc
from atspro.config import Settings

if TYPE_CHECKING:
    from telegram import Bot

    from atspro.bot.app import BotServices
    from atspro.tasks.queue import Task
    from atspro.tasks.worker import TaskContext

Handler = Callable[["Task", "TaskContext"], Awaitable[dict[str, Any]]]

_POINTER = (
    "Your score and the deterministic suggestions are not affected: tap "
    "“📝 All suggestions” or “📄 Tailored DOCX” under the score card."
)


def render_fallback(meta: dict[str, Any], settings: Settings) -> str:
    """Plain words for why AI writing did not run, and where to go instead."""
    reason = meta.get("fallback_reason")
    if reason == "quota":
        head = (
            f"🤖 You have used today's AI writing allowance ({settings.llm_daily_quota} "
            "per day). It resets tomorrow."
        )
    elif reason == "no_llm":
        head = "🤖 AI writing is not enabled on this server."
    elif reason == "injection_suspected":
        head = (
            "🤖 I did not send these documents to the AI writer: they contain text addressed "
            "to an AI (like “ignore previous instructions”). Remove it and try again."
        )
    elif reason == "ungrounded":
        head = (
            "🤖 The AI draft stated things your resume does not show, so I discarded it. "
            "Try again later."
        )
    else:
        head = "🤖 AI writing is unavailable right now. Please try again later."
    return f"{head}\n\n{_POINTER}"


def render_rewrites(r: Rewrites, job_title: str | None = None) -> str:
    if not r.bullets and not r.summary:
        return "✅ Your bullets already read well for this posting: no rewrite suggested."
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
    if any(not b.only_if_true for b in r.bullets):
        lines.append("\n📄 “Tailored DOCX” now uses these rewrites.")
    return "\n".join(lines)


def render_cover_letter(letter: CoverLetter) -> str:
    return "💌 <b>Cover letter</b> <i>(read it, make it yours, then send)</i>\n\n" + esc(
        letter.text
    )


async def _write(
    bot: Bot, svc: BotServices, task: Task, ctx: TaskContext, kind: str, model: Model | None
) -> dict[str, Any]:
    # Imported here: services pulls in every parser, and this module must import without them.
    from atspro import services
    from atspro.tasks.handlers import edit_status

    p, uid = task.payload, task.user_id
    assert uid is not None  # AI tasks are always enqueued for a user
    chat_id, status_id = p["chat_id"], p.get("status_message_id")
    repos, settings = svc.repos, svc.settings
    analysis = await services.load_analysis(repos, uid, p["result_id"])
    if analysis is None:
        await edit_status(bot, chat_id, status_id, "❌ That result is no longer available.")
        return {"error": "not_found"}
    rid = analysis.row["id"]
    metadata = dict(analysis.row.get("metadata") or {})
    result: Rewrites | CoverLetter | None
    if ctx.task.progress.get("stored"):
        meta = metadata.get(f"llm_{kind}") or {}
        stored = metadata.get("ai_rewrites" if kind == "rewrite" else "cover_letter")
        model_cls = Rewrites if kind == "rewrite" else CoverLetter
        result = model_cls.model_validate(stored) if stored else None
    else:
        quota = functools.partial(llm_quota_ok, repos.usage, uid, settings)
        writer = write_rewrites if kind == "rewrite" else write_cover_letter
        result, meta = await writer(
            analysis.resume, analysis.job, analysis.report, settings, model=model, quota=quota
        )
        # One atomic merge: the other AI button may store its own keys concurrently.
        patch: dict[str, object] = {f"llm_{kind}": meta}
        if isinstance(result, Rewrites):
            patch["rewrites"] = rewrites_map(result)
            patch["ai_rewrites"] = result.model_dump(mode="json")
        elif isinstance(result, CoverLetter):
            patch["cover_letter"] = result.model_dump(mode="json")
        await repos.results.merge_metadata(uid, rid, patch)
        if meta.get("total_tokens"):
            await repos.usage.add(uid, "llm_tokens", int(meta["total_tokens"]), window="day")
        await ctx.save_progress(stored=True)
    if isinstance(result, Rewrites):
        text = render_rewrites(result, analysis.job.title)
    elif isinstance(result, CoverLetter):
        text = render_cover_letter(result)
    else:
        text = render_fallback(meta, settings)
    await edit_status(bot, chat_id, status_id, text)
    return {"engine": meta.get("engine"), "fallback_reason": meta.get("fallback_reason")}


def make_rewrite_handler(bot: Bot, svc: BotServices, *, model: Model | None = None) -> Handler:
    """Task handler for ``rewrite``: grounded bullet rewrites for a stored result."""

    async def handler(task: Task, ctx: TaskContext) -> dict[str, Any]:
        return await _write(bot, svc, task, ctx, "rewrite", model)

    return handler


def make_cover_letter_handler(bot: Bot, svc: BotServices, *, model: Model | None = None) -> Handler:
    """Task handler for ``cover_letter``: a short grounded letter for a stored result."""

    async def handler(task: Task, ctx: TaskContext) -> dict[str, Any]:
        return await _write(bot, svc, task, ctx, "cover_letter", model)

    return handler
