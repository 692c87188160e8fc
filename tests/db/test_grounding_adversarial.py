"""A model that lies: an OpenAI-compatible server on 127.0.0.1 that answers in exactly the
shape each agent asks for (both API shapes) but invents facts. Every lie must be caught; the
score must not move. The documents are synthetic.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web
from pydantic import BaseModel

from atspro.agents.pipeline import (
    enhance_job,
    enhance_resume,
    llm_quota_ok,
    quota_message,
    reading_note,
    removed_note,
    rewrites_map,
    write_cover_letter,
    write_rewrites,
)
from atspro.agents.schemas import (
    BulletRewrite,
    CoverLetterDraft,
    JobDraft,
    ResumeDraft,
    Rewrites,
)
from atspro.analysis.job.parser import parse_job_text
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.scoring.report import score_match
from atspro.config import Settings
from atspro.models import Contact, Education, EducationLevel, WorkExperience
from atspro.storage.repos import Repos
from tests.db.test_agents import chat_completion, response_body
from tests.local_server import serve

BUILT = "Built the payments API used by 12 internal teams"
REDUCED = "Reduced checkout errors by 25% with idempotent retries"
LIVE = "Helped the team go live with weekly releases on a virtual machine fleet"
SESSIONS = "Ran learning sessions on data services for 30 new hires"

RESUME = f"""Sam Rivera
sam.rivera@example.org | Austin, TX
Summary
Software engineer who ships payment services.
Experience
Backend Developer | Initrode Payments | Austin
Jan 2020 - Present
- {BUILT}
- {REDUCED}
- {LIVE}
- {SESSIONS}
Education
B.Sc. Computer Science, University of Texas at Austin, 2019
Certifications
AWS Certified Developer, 2015
Skills
Python, PostgreSQL, Docker
"""

POSTING = """Senior Payments Engineer at Globex
About the role: you will own the billing stack behind Globex checkout.
Requirements:
- Python and PostgreSQL
- 5+ years building backend services
- Bachelor's degree in computer science
Nice to have:
- Go
- Apache Kafka
"""

# Every word of this role is somewhere in the resume; the record as a whole is nowhere.
STITCHED_ROLE = WorkExperience(
    company="University of Texas at Austin",
    position="Software Developer",
    start="2015-09",
    end="2019-05",
)
HONEST_ROLE = WorkExperience(
    company="Initrode Payments",
    position="Backend Developer",
    location="Austin",
    start="2020-01",
    is_current=True,
    bullets=[BUILT, REDUCED],
)
LYING_RESUME = ResumeDraft(
    contact=Contact(full_name="Sam Rivera", email="sam.rivera@example.org"),
    work_experience=[HONEST_ROLE, STITCHED_ROLE],
    education=[
        Education(
            institution="University of Texas at Austin",
            degree="B.Sc.",
            level=EducationLevel.DOCTORATE,  # a doctorate on a bachelor's degree
            field="Computer Science",
            graduation_date="2019",
        ),
        Education(institution="University of Texas at Austin", degree="Computer Science"),
    ],
    skills=["Python", "Go", "Machine Learning", "Data Science"],  # from "go live", "virtual
)  # machine", "learning sessions", "data services"
LYING_JOB = JobDraft(
    title="Senior Payments Engineer",
    company="Globex",
    required_skills=["Python", "PostgreSQL", "Go", "Apache Kafka"],  # promoted from nice-to-have
    preferred_skills=[],
)
HONEST_BULLETS = [
    BulletRewrite(original=BUILT, rewritten="Built the payments API that 12 internal teams use"),
    BulletRewrite(original=REDUCED, rewritten="Cut checkout errors by 25% with idempotent retries"),
]
HONEST_LETTER = [
    "I am applying for the Senior Payments Engineer role at Globex.",
    "At Initrode Payments I built the payments API used by 12 internal teams.",
    "I would welcome a conversation with your team at Globex.",
]


# The property that tells each agent's schema apart, and the answer's name.
_SHAPES = [
    ("paragraphs", "CoverLetterDraft"),
    ("bullets", "Rewrites"),
    ("required_skills", "JobDraft"),
    ("work_experience", "ResumeDraft"),
]


@dataclass
class LyingServer:
    """Answers by the schema an agent asks for: a model's JSON, a raw dict, "500" or "hang"."""

    answers: dict[str, Any] = field(default_factory=dict)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    base_url: str = ""

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.bodies.append(body)
        chat = request.path.endswith("/chat/completions")
        fmt = body["response_format"]["json_schema"] if chat else body["text"]["format"]
        props = set(fmt["schema"].get("properties", {}))
        answer = self.answers[next(n for key, n in _SHAPES if key in props)]
        if answer == "500":
            return web.json_response({"error": {"message": "boom"}}, status=500)
        if answer == "hang":
            await asyncio.Event().wait()
        content = answer.model_dump_json() if isinstance(answer, BaseModel) else json.dumps(answer)
        make = chat_completion if chat else response_body
        return web.json_response(make(body, content))

    def settings(self, api: str, **changes: Any) -> Settings:
        return Settings(  # type: ignore[call-arg]
            _env_file=None,
            openai_api_key="sk-lying-stub",
            openai_base_url=self.base_url,
            openai_api=api,
            llm_timeout_s=changes.pop("llm_timeout_s", 10.0),
            **changes,
        )


@pytest.fixture(params=["chat_completions", "responses"])
async def liar(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[LyingServer, str]]:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_API"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    server = LyingServer(
        answers={
            "ResumeDraft": LYING_RESUME,
            "JobDraft": LYING_JOB,
            "Rewrites": Rewrites(bullets=HONEST_BULLETS),
            "CoverLetterDraft": CoverLetterDraft(paragraphs=HONEST_LETTER),
        }
    )
    app = web.Application()
    app.router.add_post("/v1/chat/completions", server.handle)
    app.router.add_post("/v1/responses", server.handle)
    async with serve(app) as url:
        server.base_url = f"{url}/v1"
        yield server, request.param


# ----------------------------------------------------------------------------- extraction ---


async def test_extraction_keeps_only_records_the_document_holds(
    liar: tuple[LyingServer, str],
) -> None:
    server, api = liar
    base = parse_resume(RESUME)
    resume, meta = await enhance_resume(RESUME, base, server.settings(api))
    assert meta["engine"] == "llm" and resume == parse_resume(RESUME)
    stored = json.dumps(meta["suggested"])
    assert "Software Developer" not in stored and "2015-09" not in stored  # stitched role
    assert meta["dropped"]["role"] == 1
    assert "education" not in meta["suggested"]  # the doctorate and the duplicate entry
    for skill in ("Go", "Machine learning", "Data science"):
        assert skill.casefold() not in stored.casefold()
    assert meta["dropped"]["skill"] == 3


async def test_degree_level_comes_from_our_rules() -> None:
    from atspro.agents.grounding import SourceText, ground_resume_draft

    grounded, dropped = ground_resume_draft(LYING_RESUME, SourceText(RESUME))
    assert [e.level for e in grounded.education] == [EducationLevel.BACHELOR]
    assert dropped["education"] == 1  # "Computer Science" is a field, not a second degree


async def test_job_extraction_never_promotes_a_skill(liar: tuple[LyingServer, str]) -> None:
    server, api = liar
    base = parse_job_text(POSTING)
    assert base.preferred_skills == ["Go", "Apache Kafka"]
    job, meta = await enhance_job(POSTING, base, server.settings(api))
    assert job.preferred_skills == ["Go", "Apache Kafka"]
    assert "Go" not in job.required_skills and "Apache Kafka" not in job.required_skills
    assert meta["dropped"]["tier"] == 2


async def test_the_score_is_identical_with_the_lying_model_on_or_off(
    liar: tuple[LyingServer, str],
) -> None:
    server, api = liar
    settings = server.settings(api)
    resume, _ = await enhance_resume(RESUME, parse_resume(RESUME), settings)
    job, _ = await enhance_job(POSTING, parse_job_text(POSTING), settings)
    with_model = score_match(resume, job, resume_text=RESUME)
    without = score_match(parse_resume(RESUME), parse_job_text(POSTING), resume_text=RESUME)
    assert with_model.model_dump() == without.model_dump()


async def test_bot_and_cli_give_one_score_with_the_lying_model(
    pool: Any, liar: tuple[LyingServer, str]
) -> None:
    from atspro.services import intake, matching

    server, api = liar
    settings = server.settings(api)
    repos = Repos(pool)
    uid = (await repos.users.upsert_telegram_user(9100, first_name="Sam"))["id"]
    ingest = await intake.ingest_resume(repos, settings, uid, RESUME.encode(), filename="cv.txt")
    assert ingest.row["metadata"]["llm"]["engine"] == "llm"
    job_row, _ = await intake.ingest_job_text(repos, uid, POSTING, settings)
    bot = await matching.score_and_store(repos, uid, ingest.row["id"], job_row["id"])
    # The CLI's door: no agents at all.
    offline = Settings(_env_file=None)  # type: ignore[call-arg]
    resume, extracted = await intake.read_resume_file(RESUME.encode(), "cv.txt", offline)
    cli = matching.match_report(
        resume,
        parse_job_text(POSTING),
        resume_text=intake.visible_text(extracted),
        layout=extracted.layout,
    )
    assert bot.report.score == cli.score
    assert [c.matched for c in bot.report.components] == [c.matched for c in cli.components]


# -------------------------------------------------------------------------------- writing ---

REWRITE_LIES = {
    "number elsewhere in the resume": (LIVE, f"{LIVE}, growing team revenue by 30%", "percent"),
    "number words and doubling": (BUILT, f"{BUILT} and forty teams, doubling release speed", None),
    "name at the start": (
        SESSIONS,
        "Netflix adopted the learning sessions for 30 new hires",
        "name",
    ),
    "skill from scattered words": (
        LIVE,
        "Applied Machine Learning to the weekly releases",
        "skill",
    ),
}


@pytest.mark.parametrize("case", list(REWRITE_LIES), ids=list(REWRITE_LIES))
async def test_rewrites_drop_each_lie(liar: tuple[LyingServer, str], case: str) -> None:
    server, api = liar
    original, lie, kind = REWRITE_LIES[case]
    bullets = [b for b in HONEST_BULLETS if b.original != original]
    server.answers["Rewrites"] = Rewrites(
        bullets=[*bullets, BulletRewrite(original=original, rewritten=lie)]
    )
    rewrites, meta = await write_rewrites(
        parse_resume(RESUME), parse_job_text(POSTING), None, server.settings(api),
        resume_text=RESUME,
    )  # fmt: skip
    assert rewrites is not None and meta["engine"] == "llm"
    assert lie not in json.dumps(rewrites.model_dump()) and lie not in rewrites_map(rewrites)
    assert meta["dropped"] == {"ungrounded_rewrite": 1}
    if kind:
        assert kind in meta["removed"]
    note = removed_note(meta)
    assert note is not None and "removed 1 item" in note
    from atspro.bot.render_writing import render_rewrites

    assert "I removed 1 item" in render_rewrites(rewrites, "Payments", meta)  # the user is told


async def test_summary_and_notes_are_checked(liar: tuple[LyingServer, str]) -> None:
    server, api = liar
    server.answers["Rewrites"] = Rewrites(
        bullets=[*HONEST_BULLETS, BulletRewrite(original=LIVE, rewritten=f"{LIVE} every week")],
        summary="Software engineer with ten years of experience in payments.",
        notes=["Mention your 10 years at Google.", "Add only if true: Apache Kafka"],
    )
    rewrites, meta = await write_rewrites(
        parse_resume(RESUME), parse_job_text(POSTING), None, server.settings(api),
        resume_text=RESUME,
    )  # fmt: skip
    assert rewrites is not None
    assert rewrites.summary is None and rewrites.notes == ["Add only if true: Apache Kafka"]
    assert meta["dropped"] == {"ungrounded_summary": 1, "ungrounded_note": 1}
    assert {"duration", "name"} <= set(meta["removed"])


async def test_a_mostly_invented_draft_falls_back(liar: tuple[LyingServer, str]) -> None:
    server, api = liar
    server.answers["Rewrites"] = Rewrites(
        bullets=[HONEST_BULLETS[0]]
        + [BulletRewrite(original=o, rewritten=r) for o, r, _ in list(REWRITE_LIES.values())[:3]]
    )
    rewrites, meta = await write_rewrites(
        parse_resume(RESUME), parse_job_text(POSTING), None, server.settings(api),
        resume_text=RESUME,
    )  # fmt: skip
    assert rewrites is None and meta["fallback_reason"] == "ungrounded"
    assert meta["dropped"]["ungrounded_rewrite"] == 3


LETTER_LIES = {
    "employer trusted me": "Google trusted me with its payments platform for a decade.",
    "posting's name as the past": (
        "As a former Globex engineer, I already know your billing stack from the inside."
    ),
    "number words": "I increased revenue by forty percent and led a team of twelve engineers.",
}


@pytest.mark.parametrize("case", list(LETTER_LIES), ids=list(LETTER_LIES))
async def test_cover_letter_drops_each_lie_and_keeps_the_target(
    liar: tuple[LyingServer, str], case: str
) -> None:
    server, api = liar
    lie = LETTER_LIES[case]
    paragraphs = [HONEST_LETTER[0], f"{HONEST_LETTER[1]} {lie}", HONEST_LETTER[2]]
    server.answers["CoverLetterDraft"] = CoverLetterDraft(paragraphs=paragraphs)
    letter, meta = await write_cover_letter(
        parse_resume(RESUME), parse_job_text(POSTING), None, server.settings(api),
        resume_text=RESUME,
    )  # fmt: skip
    assert letter is not None
    assert lie not in letter.text
    assert "your team at Globex" in letter.text and "role at Globex" in letter.text
    assert meta["dropped"] == {"ungrounded_sentence": 1}


async def test_a_mostly_invented_letter_falls_back(liar: tuple[LyingServer, str]) -> None:
    server, api = liar
    server.answers["CoverLetterDraft"] = CoverLetterDraft(
        paragraphs=[HONEST_LETTER[0], " ".join(LETTER_LIES.values()), HONEST_LETTER[2]]
    )
    letter, meta = await write_cover_letter(
        parse_resume(RESUME), parse_job_text(POSTING), None, server.settings(api),
        resume_text=RESUME,
    )  # fmt: skip
    assert letter is None and meta["fallback_reason"] == "ungrounded"


# -------------------------------------------------------------------------------- shapes ---


@pytest.mark.parametrize("answer", [{"unexpected": True}, {}], ids=["other-fields", "empty"])
async def test_an_answer_without_the_expected_fields_is_malformed(
    liar: tuple[LyingServer, str], answer: dict[str, Any]
) -> None:
    server, api = liar
    server.answers["Rewrites"] = answer
    server.answers["ResumeDraft"] = answer
    rewrites, meta = await write_rewrites(
        parse_resume(RESUME), parse_job_text(POSTING), None, server.settings(api)
    )
    assert rewrites is None and meta["fallback_reason"] == "malformed"
    assert meta["requests"] == 1
    _, meta = await enhance_resume(RESUME, parse_resume(RESUME), server.settings(api))
    assert meta["fallback_reason"] == "malformed" and "suggested" not in meta


@pytest.mark.parametrize(("answer", "reason"), [("500", "error"), ("hang", "timeout")])
async def test_requests_are_counted_when_the_run_fails(
    liar: tuple[LyingServer, str], answer: str, reason: str
) -> None:
    server, api = liar
    server.answers["JobDraft"] = answer
    # Only the hanging server needs a short run limit; a 500 (answered, then retried once with
    # the client's back-off) gets a generous one, so a loaded machine cannot turn it into a timeout.
    settings = server.settings(api, llm_timeout_s=1.0 if answer == "hang" else 30.0)
    _, meta = await enhance_job(POSTING, parse_job_text(POSTING), settings)
    assert meta["fallback_reason"] == reason
    assert meta["requests"] >= 1 and server.bodies


async def test_every_request_says_store_false(liar: tuple[LyingServer, str]) -> None:
    server, api = liar
    settings = server.settings(api)
    resume, job = parse_resume(RESUME), parse_job_text(POSTING)
    await enhance_resume(RESUME, resume, settings)
    await enhance_job(POSTING, job, settings)
    await write_rewrites(resume, job, None, settings, resume_text=RESUME)
    await write_cover_letter(resume, job, None, settings, resume_text=RESUME)
    assert len(server.bodies) >= 4
    assert all(body.get("store") is False for body in server.bodies)


# --------------------------------------------------------------------------------- quota ---


async def test_reading_and_writing_have_separate_allowances(
    pool: Any, liar: tuple[LyingServer, str]
) -> None:
    server, api = liar
    settings = server.settings(api, llm_daily_extract_quota=1, llm_daily_quota=1)
    repos = Repos(pool)
    uid = (await repos.users.upsert_telegram_user(9200, first_name="Q"))["id"]

    async def quota(task: Any) -> bool:
        return await llm_quota_ok(repos.usage, uid, settings, task)

    resume, job = parse_resume(RESUME), parse_job_text(POSTING)
    _, first = await enhance_resume(RESUME, resume, settings, quota=quota)
    _, second = await enhance_job(POSTING, job, settings, quota=quota)
    assert first["fallback_reason"] is None and second["fallback_reason"] == "quota"
    # The upload reply says which allowance stopped the AI reading.
    assert "reading allowance (1 per day)" in (reading_note(second, settings) or "")
    rewrites, meta = await write_rewrites(resume, job, None, settings, quota=quota)
    assert rewrites is not None  # the uploads did not spend the writing allowance
    _, meta = await write_cover_letter(resume, job, None, settings, quota=quota)
    assert meta["fallback_reason"] == "quota"
    assert "reading allowance" in quota_message("extract", settings)
    assert "writing allowance" in quota_message("write", settings)
    from atspro.bot.render_writing import render_fallback

    assert "writing allowance (1 per day)" in render_fallback(meta, settings)
