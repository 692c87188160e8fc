"""Extraction agents: read a resume or a job posting into a structured draft.

Each agent has one job and no tools: the whole document is in the prompt (trimmed to a
character budget), the answer is a strict JSON schema (``ResumeDraft`` / ``JobDraft``). The
pipeline then grounds the draft in the source text and merges it into the deterministic parse.
"""

from __future__ import annotations

from agents import Agent

from atspro.agents.guardrails import (
    DATA_NOTICE,
    DocumentContext,
    injection_guardrail,
    wrap_document,
)
from atspro.agents.schemas import JobDraft, ResumeDraft

# About 6k and 4k tokens: a long resume or posting fits; pasted junk does not cost a fortune.
RESUME_CHAR_BUDGET = 24_000
JOB_CHAR_BUDGET = 16_000

_COPY_RULES = (
    "Copy names, titles, employers, dates and bullets exactly as written in the document. "
    "Never guess, infer or complete anything that is not written: use null or an empty list. "
    "Dates as YYYY-MM or YYYY."
)

resume_extractor: Agent[DocumentContext] = Agent(
    name="resume_extractor",
    instructions=(
        "You read one resume and return its structure. "
        + _COPY_RULES
        + " Skills: every tool, technology, method or soft skill the resume names, spelled as "
        "written. Education level: 1 high school, 2 associate, 3 bachelor, 4 master, "
        "5 doctorate. " + DATA_NOTICE
    ),
    output_type=ResumeDraft,
    input_guardrails=[injection_guardrail],
)

job_extractor: Agent[DocumentContext] = Agent(
    name="job_extractor",
    instructions=(
        "You read one job posting and return its structure. "
        + _COPY_RULES
        + " Required skills are the ones the posting says are required or must-have; "
        "preferred skills are 'nice to have', 'a plus', 'bonus'. Responsibilities: what the "
        "person will do, one item per duty. min_years_experience only when a number of years "
        "is stated. " + DATA_NOTICE
    ),
    output_type=JobDraft,
    input_guardrails=[injection_guardrail],
)


def trim_to_budget(text: str, budget: int) -> tuple[str, bool]:
    """``text`` cut to ``budget`` characters at a line break; True when something was cut."""
    if len(text) <= budget:
        return text, False
    cut = text.rfind("\n", 0, budget)
    return text[: cut if cut > budget // 2 else budget], True


def extraction_input(kind: str, text: str, budget: int) -> tuple[str, str, bool]:
    """(prompt, the document text sent, truncated?) for an extraction run."""
    sent, truncated = trim_to_budget(text, budget)
    note = " The document was cut at the length limit; extract what is there." if truncated else ""
    prompt = f"Extract the {kind} below.{note}\n\n{wrap_document(kind, sent)}"
    return prompt, sent, truncated
