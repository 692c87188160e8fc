"""AI writing for a stored match: grounded bullet rewrites and a cover letter.

Each call loads the user's own result, spends one unit of the daily LLM quota, runs the
writer and stores the outcome in the result row's ``metadata`` (one atomic merge: the other
kind may be stored concurrently). ``already_stored`` (a retry after the store) only loads it
back: no second LLM run.

The ``metadata`` keys written are the fields of ``services.matching.MatchMeta``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from atspro.agents.schemas import CoverLetter, Rewrites
from atspro.services.container import Services
from atspro.services.errors import UserFacingError
from atspro.services.matching import stored_match

if TYPE_CHECKING:  # the Agents SDK (~60 MB of imports) loads when a writer first runs
    from agents import Model

WritingKind = Literal["rewrite", "cover_letter"]


@dataclass(frozen=True)
class WritingResult:
    """What the writer produced (None: it fell back; ``meta`` says why) for ``job_title``."""

    kind: WritingKind
    output: Rewrites | CoverLetter | None
    job_title: str | None
    meta: dict[str, Any] = field(default_factory=dict)


async def write_for_result(
    svc: Services,
    user_id: int,
    result_id: Any,
    kind: WritingKind,
    *,
    already_stored: bool = False,
    model: Model | None = None,
) -> WritingResult:
    """Run (or, once stored, load) the AI writer ``kind`` for the user's stored result."""
    from atspro.agents.pipeline import (
        llm_quota_ok,
        rewrites_map,
        write_cover_letter,
        write_rewrites,
    )

    repos, settings = svc.repos, svc.settings
    analysis = await stored_match(svc, user_id, result_id)
    if analysis is None:
        raise UserFacingError("That result is no longer available.")
    output: Rewrites | CoverLetter | None
    if already_stored:
        stored_meta = analysis.meta
        if kind == "rewrite":
            meta, stored = stored_meta.llm_rewrite or {}, stored_meta.ai_rewrites
            output = Rewrites.model_validate(stored) if stored else None
        else:
            meta, stored = stored_meta.llm_cover_letter or {}, stored_meta.cover_letter
            output = CoverLetter.model_validate(stored) if stored else None
    else:
        quota = functools.partial(llm_quota_ok, repos.usage, user_id, settings)
        writer = write_rewrites if kind == "rewrite" else write_cover_letter
        # Grounded in the document as uploaded, not only in what the parser kept of it.
        resume_row = await repos.resumes.get(user_id, analysis.row["resume_id"])
        output, meta = await writer(
            analysis.resume,
            analysis.job,
            analysis.report,
            settings,
            model=model,
            quota=quota,
            resume_text=(resume_row or {}).get("raw_text") or None,
        )
        patch: dict[str, object] = {f"llm_{kind}": meta}
        if isinstance(output, Rewrites):
            patch["rewrites"] = rewrites_map(output)
            patch["ai_rewrites"] = output.model_dump(mode="json")
        elif isinstance(output, CoverLetter):
            patch["cover_letter"] = output.model_dump(mode="json")
        await repos.matches.merge_metadata(user_id, analysis.id, patch)
        if meta.get("total_tokens"):
            await repos.usage.add(user_id, "llm_tokens", int(meta["total_tokens"]), window="day")
    return WritingResult(kind, output, analysis.job.title, dict(meta))
