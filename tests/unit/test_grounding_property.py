"""Property: for any document and any model output, every number, name and degree the user
receives (chat text, the tailored DOCX, stored JSON) is in the document, or the item carrying it
is marked "only if true".

The oracle below is deliberately simpler than the grounding code: it knows the small pools the
documents and the "model" draw from, and checks each pooled fact by plain word matching.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atspro.agents.grounding import (
    SourceText,
    ground_letter,
    ground_resume_draft,
    ground_rewrites,
)
from atspro.agents.pipeline import rewrites_map
from atspro.agents.schemas import BulletRewrite, CoverLetterDraft, ResumeDraft, Rewrites
from atspro.agents.suggestions import suggest_resume
from atspro.analysis.resume.parser import parse_resume
from atspro.export.docx import build_tailored_docx, docx_text
from atspro.models import Education, Job, WorkExperience

NAMES = ["Initrode", "Globex", "Hooli", "Vandelay", "Umbrella", "Netflix", "Google", "Stark"]
NUMBERS = {2: "two", 3: "three", 7: "seven", 12: "twelve", 30: "thirty", 40: "forty"}
DEGREES = {"PhD": 5, "MBA": 4, "Master's degree": 4, "B.Sc.": 3, "Bachelor's degree": 3}
WORDS = ["built", "the", "payments", "service", "for", "team", "with", "data", "reports", "and"]
WORDS += ["led", "ran", "over"]
HEADINGS = ["Experience", "Education", "Skills", "Summary"]

number_forms = st.sampled_from(sorted(NUMBERS)).flatmap(
    lambda n: st.sampled_from([str(n), NUMBERS[n], f"{n}%", f"{NUMBERS[n]} years"])
)
token = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(NAMES), number_forms, st.sampled_from(list(DEGREES))
)
sentence = st.lists(token, min_size=2, max_size=9).map(
    lambda ws: " ".join(ws)[:1].upper() + " ".join(ws)[1:]
)
line = st.one_of(sentence, sentence.map(lambda s: f"- {s}"), st.sampled_from(HEADINGS))
document = st.lists(line, min_size=3, max_size=14).map("\n".join)


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])", text, re.IGNORECASE) is not None


def _numbers_in(text: str) -> set[int]:
    found = {int(d) for d in re.findall(r"(?<![\d.])\d+(?![\d.])", text) if int(d) in NUMBERS}
    found |= {n for n, word in NUMBERS.items() if _has_word(text, word)}
    return found


def _degree_levels(text: str) -> set[int]:
    return {level for surface, level in DEGREES.items() if surface.lower() in text.lower()}


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def unsupported(received: str, doc: str) -> list[str]:
    """Pooled facts in ``received`` that ``doc`` lacks (the test's own oracle)."""
    bad = [name for name in NAMES if _has_word(received, name) and not _has_word(doc, name)]
    bad += [str(n) for n in _numbers_in(received) - _numbers_in(doc)]
    bad += [f"degree {lv}" for lv in _degree_levels(received) - _degree_levels(doc)]
    return bad


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    doc=document,
    rewritten=st.lists(sentence, min_size=1, max_size=4),
    flags=st.lists(st.booleans(), min_size=4, max_size=4),
    summary=st.one_of(st.none(), sentence),
    notes=st.lists(st.one_of(sentence, sentence.map(lambda s: f"Add only if true: {s}"))),
    letter=st.lists(st.lists(sentence, min_size=1, max_size=3).map(". ".join), min_size=1),
    draft_names=st.lists(st.sampled_from(NAMES), min_size=2, max_size=2),
    draft_skills=st.lists(token, max_size=4),
)
def test_whatever_the_model_says_the_user_gets_only_document_facts(
    doc: str,
    rewritten: list[str],
    flags: list[bool],
    summary: str | None,
    notes: list[str],
    letter: list[str],
    draft_names: list[str],
    draft_skills: list[str],
) -> None:
    resume, job = parse_resume(doc), Job()
    bullets = [b for role in resume.work_experience for b in role.bullets] or [doc.split("\n")[0]]
    model_rewrites = Rewrites(
        bullets=[
            BulletRewrite(original=bullets[i % len(bullets)], rewritten=r, only_if_true=flags[i])
            for i, r in enumerate(rewritten)
        ],
        summary=summary,
        notes=notes,
    )
    rewrites, _ = ground_rewrites(model_rewrites, resume, job, doc)
    paragraphs, _ = ground_letter(CoverLetterDraft(paragraphs=letter), resume, job, doc)
    draft = ResumeDraft(
        work_experience=[WorkExperience(company=draft_names[0], position=draft_names[1])],
        education=[
            Education(institution=draft_names[0], degree=draft_skills[0] if draft_skills else None)
        ],
        skills=draft_skills,
    )
    grounded, _ = ground_resume_draft(draft, SourceText(doc))

    confirmed = [b.rewritten for b in rewrites.bullets if not b.only_if_true]
    chat = [*confirmed, rewrites.summary or "", *paragraphs]
    chat += [n for n in rewrites.notes if "only if true" not in n.lower()]
    docx = docx_text(build_tailored_docx(resume, job, rewrites=rewrites_map(rewrites)))
    stored = _strings(suggest_resume(resume, grounded))  # values, not structure ("level": 3)
    for received in [*chat, docx, *stored]:
        assert unsupported(received, doc) == [], received
