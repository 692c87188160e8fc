"""Every message the bot sends passes Telegram's checks, whatever the documents contain.

Each renderer is fed hostile content (markup characters, entities, quotes, emoji, control
characters, very long lists and texts) and its output, after ``split_html`` as the bot sends it,
goes through the emulator's own checks: tdlib's HTML parser, the text clean-up, the 4,096 UTF-16
unit limit and "message text is empty". The join of the parts must keep every visible character.
"""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atspro.agents.schemas import BulletRewrite, CoverLetter, Rewrites
from atspro.bot import render
from atspro.bot.render import esc, split_html
from atspro.bot.render_writing import render_cover_letter, render_fallback, render_rewrites
from atspro.config import Settings
from atspro.models import (
    Check,
    Contact,
    Education,
    Job,
    MatchReport,
    Resume,
    Salary,
    ScoreComponent,
    Skill,
    Suggestion,
    WorkExperience,
)
from atspro.sandbox.checks import Limits
from atspro.sandbox.formatting import EntityParseError, format_text, parse_html, utf16_len
from atspro.services.library import DocumentItem, PastMatch

REPO = Path(__file__).resolve().parents[2]
LIMITS = Limits()
WHEN = datetime(2025, 3, 9, 12, 30, tzinfo=UTC)
HYPOTHESIS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ----------------------------------------------------------------------------- checks ---


def telegram_accepts(part: str, *, limit: int = LIMITS.max_text_utf16) -> str:
    """What the emulator does to a sendMessage text; returns the stored plain text."""
    try:
        result = format_text(part, "HTML", None, allow_empty=False)
    except EntityParseError as exc:
        raise AssertionError(f"can't parse entities: {exc}\n--- part ---\n{part[:2000]}") from None
    assert result is not None, f"message text is empty: {part!r}"
    plain, _ = result
    assert utf16_len(plain) <= limit, f"message is too long: {utf16_len(plain)} UTF-16 units"
    return plain


def _squash(text: str) -> str:
    # Telegram turns control characters into spaces and trims each message: compare the rest.
    return re.sub(r"[\s\x00-\x1f\x7f]+", "", text)


def assert_sendable(text: str) -> list[str]:
    """Split as the bot does; every part is accepted and together they keep all the text."""
    parts = split_html(text)
    assert parts, "split_html returned nothing to send"
    plains = [telegram_accepts(part) for part in parts]
    whole = format_text(text, "HTML", None, allow_empty=True)  # the unsplit text is valid too
    assert whole is not None
    assert _squash("".join(plains)) == _squash(whole[0]), "split_html lost or added text"
    return parts


def assert_caption(text: str) -> None:
    telegram_accepts(text, limit=LIMITS.max_caption_utf16)


# -------------------------------------------------------------------------- strategies ---

NASTY = [
    "<",
    ">",
    "&",
    '"',
    "'",
    "<b>",
    "</b>",
    "</i>",
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    "&amp;",
    "&lt;b&gt;",
    "&#60;",
    "&#x1F600;",
    "&nbsp;",
    "&",
    "😀",
    "👩‍👩‍👧‍👦",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x07",
    "  ",
    "/start",
    "@someone",
    "#tag",
    "http://example.com/?a=1&b=<2>",
    "C++ & C#",
    "<<>>",
    "a" * 300,
]
_chars = st.characters(blacklist_categories=("Cs",))  # lone surrogates cannot be sent at all
hostile = st.lists(st.one_of(st.sampled_from(NASTY), st.text(_chars, max_size=12)), max_size=6).map(
    "".join
)
hostile_name = hostile.filter(lambda s: s.strip() != "")
maybe = st.one_of(st.none(), hostile)


@st.composite
def resumes(draw: st.DrawFn) -> Resume:
    roles = draw(
        st.lists(
            st.builds(
                WorkExperience,
                company=maybe,
                position=maybe,
                start=maybe,
                end=maybe,
                is_current=st.booleans(),
            ),
            max_size=6,
        )
    )
    skills = draw(
        st.lists(
            st.builds(Skill, name=hostile_name, kind=st.sampled_from(["hard", "soft"])), max_size=40
        )
    )
    return Resume(
        contact=Contact(full_name=draw(maybe), email=draw(maybe), phone=None, location=draw(maybe)),
        work_experience=roles,
        education=draw(st.lists(st.builds(Education, institution=maybe, degree=maybe), max_size=2)),
        skills=skills,
        total_years_experience=draw(st.one_of(st.none(), st.floats(0, 60))),
        warnings=draw(st.lists(hostile, max_size=5)),
    )


@st.composite
def jobs(draw: st.DrawFn) -> Job:
    return Job(
        title=draw(maybe),
        company=draw(maybe),
        location=draw(maybe),
        employment_type=draw(maybe),
        seniority=draw(maybe),
        salary=draw(st.one_of(st.none(), st.builds(Salary, text=maybe))),
        min_years_experience=draw(st.one_of(st.none(), st.floats(0, 40))),
        required_skills=draw(st.lists(hostile, max_size=20)),
        preferred_skills=draw(st.lists(hostile, max_size=12)),
    )


suggestions = st.builds(
    Suggestion,
    category=hostile,
    priority=st.integers(1, 3),
    message=hostile,
    evidence=st.lists(hostile, max_size=3),
    where=maybe,
)


@st.composite
def reports(draw: st.DrawFn) -> MatchReport:
    names = ["hard_skills", "job_title", "experience", "education", "soft_skills", "keywords"]
    components = [
        ScoreComponent(
            name=draw(st.one_of(st.sampled_from(names), hostile)),
            weight=0.1,
            score=draw(st.floats(0, 100)),
            applicable=draw(st.booleans()),
        )
        for _ in range(draw(st.integers(0, 8)))
    ]
    checks = draw(
        st.lists(
            st.builds(
                Check,
                name=hostile,
                passed=st.booleans(),
                severity=st.sampled_from(["info", "warning", "critical"]),
                message=hostile,
            ),
            max_size=8,
        )
    )
    return MatchReport(
        score=draw(st.floats(0, 100)),
        components=components,
        checks=checks,
        missing_keywords=draw(st.lists(hostile, max_size=12)),
        suggestions=draw(st.lists(suggestions, max_size=6)),
    )


def doc_rows(draw: st.DrawFn, n: int) -> list[dict[str, Any]]:
    return [
        {
            "id": i,
            "filename": draw(maybe),
            "title": draw(maybe),
            "company": draw(maybe),
            "created_at": WHEN,
            "snippet": draw(hostile),
        }
        for i in range(n)
    ]


# ------------------------------------------------------------------- render.py messages ---


def test_fixed_texts() -> None:
    for text in (render.WELCOME, render.HELP):
        assert_sendable(text)
    assert_sendable(render.suggestions_list([]))
    assert_sendable(render.document_list("resume", [], None))
    assert_sendable(render.history_list([]))
    assert_sendable(render.tasks_text([]))


@HYPOTHESIS
@given(resume=resumes(), filename=maybe)
def test_resume_summary(resume: Resume, filename: str | None) -> None:
    assert_sendable(render.resume_summary(resume, filename=filename))


@HYPOTHESIS
@given(job=jobs())
def test_job_summary(job: Job) -> None:
    assert_sendable(render.job_summary(job))
    assert_sendable(render.job_summary(job) + "\n\nNow send your resume as a file.")


@HYPOTHESIS
@given(report=reports(), job=jobs())
def test_score_card(report: MatchReport, job: Job) -> None:
    assert_sendable(render.score_card(report, job))
    assert_caption(f"Match score {report.score:.0f}/100")


@HYPOTHESIS
@given(items=st.lists(suggestions, max_size=30))
def test_suggestions_list(items: list[Suggestion]) -> None:
    assert_sendable(render.suggestions_list(items))


@HYPOTHESIS
@given(data=st.data(), n=st.integers(0, 10), kind=st.sampled_from(["resume", "job"]))
def test_document_list(data: st.DataObject, n: int, kind: str) -> None:
    items = [
        DocumentItem(row["id"], row["filename"] or "untitled", row["company"], WHEN)
        for row in doc_rows(data.draw, n)
    ]
    active = data.draw(st.one_of(st.none(), st.integers(0, 10)))
    assert_sendable(render.document_list(kind, items, active))


@HYPOTHESIS
@given(data=st.data(), n=st.integers(0, 12))
def test_history_list(data: st.DataObject, n: int) -> None:
    matches = [
        PastMatch(
            i,
            data.draw(st.floats(0, 100)),
            data.draw(maybe),
            data.draw(maybe),
            data.draw(maybe),
            WHEN,
        )
        for i in range(n)
    ]
    assert_sendable(render.history_list(matches))


@HYPOTHESIS
@given(data=st.data(), query=hostile, n=st.integers(0, 5))
def test_search_results(data: st.DataObject, query: str, n: int) -> None:
    resumes_, jobs_ = doc_rows(data.draw, n), doc_rows(data.draw, n // 2)
    for row in resumes_ + jobs_:  # ts_headline marks hits with <b>…</b> in the raw text
        row["snippet"] = data.draw(
            st.lists(
                st.one_of(hostile, st.sampled_from(["<b>", "</b>", "<b>hit</b>"])), max_size=8
            ).map("".join)
        )
    assert_sendable(render.search_results(query, resumes_, jobs_))


def test_search_snippet_keeps_hit_marks_and_survives_literal_tags() -> None:
    # The marks come back as text that may hold stray "<b>" / "</b>" (ts_headline drops the
    # document's own tags, but a snippet is still text we do not control): never unbalanced.
    row = {"filename": "cv.txt", "snippet": "uses </b> and <b> in <b>Python</b> templates <b>"}
    text = render.search_results("python", [row], [])
    assert_sendable(text)
    plain, entities = parse_html(text)
    units = plain.encode("utf-16-le")  # entity offsets count UTF-16 units
    bold = [
        units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
        for e in entities
        if e["type"] == "bold"
    ]
    assert bold == ["Python"]
    assert "uses </b> and <b> in Python templates <b>" in plain


@HYPOTHESIS
@given(
    first_name=maybe,
    profile=st.fixed_dictionaries(
        {"title": maybe, "location": maybe, "phone": maybe, "bio": maybe}
    ),
)
def test_profile_text(first_name: str | None, profile: dict[str, Any]) -> None:
    assert_sendable(render.profile_text({"first_name": first_name}, profile))
    assert_sendable(render.profile_text({}, None))


@HYPOTHESIS
@given(
    tasks=st.lists(
        st.fixed_dictionaries(
            {
                "kind": st.one_of(st.sampled_from(["ingest_resume", "match", "rewrite"]), hostile),
                "status": hostile,
            }
        ),
        max_size=20,
    )
)
def test_tasks_text(tasks: list[dict[str, Any]]) -> None:
    assert_sendable(render.tasks_text(tasks))


# ------------------------------------------------------------- huge and long messages ---


def test_ten_thousand_character_suggestions() -> None:
    words = ("Add “Kubernetes & <Docker>” 😀 to the summary; " * 400)[:10_000]
    items = [
        Suggestion(category="keywords", priority=1 + i % 3, message=words, evidence=[words[:500]])
        for i in range(12)
    ]
    parts = assert_sendable(render.suggestions_list(items))
    assert len(parts) > 12


def test_one_huge_line_of_emoji_is_split_by_utf16_length() -> None:
    # 😀 is one Python character but two UTF-16 units: Telegram counts the units.
    for body in ("😀" * 9000, "<b>" + "😀" * 5000 + "</b>", "<i>" + "𝔘 " * 4000 + "</i>"):
        parts = assert_sendable(body)
        assert len(parts) >= 2


def test_no_spaces_and_entities_everywhere() -> None:
    for body in (
        esc("<&>" * 5000),
        "<code>" + esc("x&y" * 3000) + "</code>",
        "<b><i>" + esc("a" * 9000) + "</i></b>",
        ("<b>bold</b> &amp; " * 2000),
        "\n".join(f"<b>{i}.</b> " + esc("<tag> & co " * 30) for i in range(200)),
        "\n" * 5000 + "<b>end</b>",
    ):
        assert_sendable(body)


def test_split_html_short_text_is_one_part() -> None:
    text = render.WELCOME
    assert split_html(text) == [text]


@pytest.mark.parametrize("limit", [64, 200, 1000])
def test_split_html_respects_small_limits(limit: int) -> None:
    text = "\n".join(f"<b>{i}</b> " + esc("it's <fine> & 😀 ok " * 5) for i in range(60))
    parts = split_html(text, limit=limit)
    for part in parts:
        telegram_accepts(part, limit=limit)
    plains = [format_text(p, "HTML", None, allow_empty=True)[0] for p in parts]  # type: ignore[index]
    assert _squash("".join(plains)) == _squash(format_text(text, "HTML", None, allow_empty=True)[0])  # type: ignore[index]


@HYPOTHESIS
@given(
    lines=st.lists(
        st.tuples(st.sampled_from(["", "b", "i", "code", "u"]), hostile), min_size=1, max_size=400
    ),
    repeat=st.integers(1, 40),
)
def test_split_html_any_escaped_markup(lines: list[tuple[str, str]], repeat: int) -> None:
    body = "\n".join(
        (f"<{tag}>{esc(text * repeat)}</{tag}>" if tag else esc(text * repeat)) + "."
        for tag, text in lines
    )
    assert_sendable(body)


# ------------------------------------------------------------------ AI writer messages ---


@HYPOTHESIS
@given(
    bullets=st.lists(
        st.builds(
            BulletRewrite,
            original=hostile,
            rewritten=hostile,
            adds_keywords=st.lists(hostile, max_size=4),
            only_if_true=st.booleans(),
        ),
        max_size=12,
    ),
    summary=maybe,
    notes=st.lists(hostile, max_size=4),
    job_title=maybe,
)
def test_rewrites(
    bullets: list[BulletRewrite], summary: str | None, notes: list[str], job_title: str | None
) -> None:
    assert_sendable(
        render_rewrites(Rewrites(bullets=bullets, summary=summary, notes=notes), job_title)
    )


@HYPOTHESIS
@given(greeting=hostile, paragraphs=st.lists(hostile, max_size=5), closing=hostile)
def test_cover_letter(greeting: str, paragraphs: list[str], closing: str) -> None:
    assert_sendable(
        render_cover_letter(CoverLetter(greeting=greeting, paragraphs=paragraphs, closing=closing))
    )


def test_long_cover_letter_and_every_fallback() -> None:
    letter = CoverLetter(
        greeting="Dear <Hiring> Team & co,",
        paragraphs=[("I build 😀 systems & <APIs>. " * 200)] * 4,
        closing='Best, "Alex" O\'Neil',
    )
    assert len(assert_sendable(render_cover_letter(letter))) >= 2
    settings_ = Settings(_env_file=None)  # type: ignore[call-arg]
    for reason in (None, "quota", "no_llm", "injection_suspected", "ungrounded", "timeout", "<x>"):
        assert_sendable(render_fallback({"fallback_reason": reason}, settings_))


# ------------------------------------------------------- strings written in the handlers ---

SENDERS = {"reply", "reply_text", "edit_message_text", "send_message", "edit_status"}
CAPTION_SENDERS = {"reply_document", "send_photo", "send_document", "reply_photo"}
HANDLER_MODULES = [
    *sorted((REPO / "atspro" / "bot" / "handlers").glob("*.py")),
    REPO / "atspro" / "bot" / "app.py",
    REPO / "atspro" / "bot" / "deliver.py",
    REPO / "atspro" / "bot" / "broadcast.py",
    REPO / "atspro" / "bot" / "render_writing.py",
    REPO / "atspro" / "services" / "limits.py",
    REPO / "atspro" / "services" / "account.py",
]
PLACEHOLDER = "x1"  # stands for every {value}: what a value can hold is tested above and live


def _static_variants(node: ast.AST, env: dict[str, list[str]]) -> list[str] | None:
    """The texts a string expression can produce, with placeholders for runtime values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out = ""
        for value in node.values:
            if isinstance(value, ast.Constant):
                out += str(value.value)
            else:
                out += PLACEHOLDER
        return [out]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _static_variants(node.left, env) or [PLACEHOLDER]
        right = _static_variants(node.right, env) or [PLACEHOLDER]
        return [a + b for a in left for b in right]
    if isinstance(node, ast.IfExp):
        return (_static_variants(node.body, env) or []) + (_static_variants(node.orelse, env) or [])
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    return None


def handler_texts() -> list[tuple[str, str, bool]]:
    """(where, text, is_caption) for every literal message text in the handler modules."""
    found: list[tuple[str, str, bool]] = []
    for path in HANDLER_MODULES:
        tree = ast.parse(path.read_text())
        env: dict[str, list[str]] = {}
        for node in ast.walk(tree):  # module constants and local ``text = "…"`` assignments
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    variants = _static_variants(node.value, {})
                    if variants:
                        env.setdefault(target.id, []).extend(variants)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            if name in SENDERS:
                # reply(update, text) / reply_text(text) / send_message(chat, text) / edit_status(bot, chat, id, text)
                for arg in [*node.args, *[k.value for k in node.keywords if k.arg == "text"]]:
                    for text in _static_variants(arg, env) or []:
                        if text.strip():
                            found.append((where, text, False))
            if name in CAPTION_SENDERS:
                for kw in node.keywords:
                    if kw.arg == "caption":
                        for text in _static_variants(kw.value, env) or []:
                            found.append((where, text, True))
    return found


def test_every_literal_message_in_the_handlers_is_valid() -> None:
    texts = handler_texts()
    assert len(texts) >= 40, f"found only {len(texts)} message texts: is the scan still right?"
    for where, text, is_caption in texts:
        try:
            if is_caption:
                assert_caption(text)
            else:
                assert_sendable(text)
        except AssertionError as exc:
            raise AssertionError(f"{where}: {exc}") from None


def test_scanner_sees_known_messages() -> None:
    texts = {text for _, text, _ in handler_texts()}
    assert "Nothing was deleted." in texts
    assert any(t.startswith("<b>📊 Stats</b>") for t in texts)
    assert any("Your answers are kept in /profile" in t for t in texts)


# --------------------------------------------- live: hostile data through the real handlers ---

HOSTILE_NAME = '<b>Eve & "Co"</b> 😀'
HOSTILE_FILE = '<i>cv</i> & "me" 😀.txt'
HOSTILE_JOB = """Senior <Python> & "Go" Developer 😀 — <Acme & Sons>
Location: Berlin <remote>. Full-time.

Requirements
- 5+ years of experience with Python & SQL </b>
- Experience with Kubernetes, Docker & <Kafka>
- Good communication skills

Nice to have
- Terraform <i>
"""


async def test_hostile_data_through_every_handler(pool: Any) -> None:
    """User names, file names, documents, profile fields, queries and task errors full of
    markup go through the real handlers; the emulator never refuses a message."""
    from atspro.sandbox.errors import ApiError
    from tests.bot_harness import ADMIN_TG, running_bot
    from tests.fixtures.documents import SAMPLE_RESUME_TEXT

    async with running_bot(pool) as bot:
        refused: list[tuple[str, str]] = []
        call = bot.emulator.api.call

        async def recording(method: str, params: Any) -> Any:
            try:
                return await call(method, params)
            except ApiError as exc:
                refused.append((method, exc.description))
                raise

        bot.emulator.api.call = recording  # type: ignore[method-assign]

        def said(text: str) -> Any:
            return lambda m: m["sender"] == "bot" and not m["deleted"] and text in m["text"]

        eve = await bot.user(3001, HOSTILE_NAME)
        await eve.send_text("/start")
        await eve.wait_for(said("Welcome"))
        resume = (
            SAMPLE_RESUME_TEXT + "\nTemplates: </b> <b> zebra &amp; <script>alert(1)</script>\n"
        )
        await eve.send_document(HOSTILE_FILE, resume.encode(), mime_type="text/plain")
        summary = await eve.wait_for(said("Resume received"), timeout=30)
        assert HOSTILE_FILE in summary["text"]
        await eve.send_text(HOSTILE_JOB)
        card = await eve.wait_for(said("Match score"), timeout=30)
        assert "<Python>" in card["text"]
        for command, answer in [
            ("/profile bio <b>bold & brave</b> 😀", "<b>bold & brave</b>"),
            ("/search <b>&", "Nothing in your documents"),
            ("/resumes", HOSTILE_FILE),
            ("/jobs", "<Python>"),
            ("/history", "<Python>"),
            ("/status", "progress"),
        ]:
            await eve.send_text(command)
            await eve.wait_for(said(answer))

        await eve.send_text("/search zebra")  # the hit sits next to markup in the document
        found = await eve.wait_for(said("Results for"))
        bold = [e for e in found["message"]["entities"] if e["type"] == "bold"]
        assert len(bold) == 1 and "zebra" in found["text"]
        await pool.execute(
            """INSERT INTO tasks (kind, status, last_error, attempts, finished_at)
               VALUES ('<kind&>', 'failed', $1, 3, now())""",
            "BadRequest: can't parse <b> & </i> " + "😀 <x> & " * 40,
        )
        admin = await bot.user(ADMIN_TG, "Root")
        for command, answer in [
            ("/user 3001", HOSTILE_NAME),
            ("/user <nobody&>", "No user <nobody&>"),
            ("/stats", "Users:"),
            ("/tasks", "<kind&>"),
            ("/health", "database"),
            ("/broadcast <b>unclosed & bad", "not valid Telegram HTML"),
        ]:
            await admin.send_text(command)
            await admin.wait_for(said(answer))
        # The broadcast preview with bad HTML is the one refusal the bot expects (and reports).
        assert len(refused) == 1, refused
        assert refused[0][0] == "sendMessage" and "can't parse entities" in refused[0][1]
        texts = [m["text"] for m in await bot.bot_messages(3001) + await bot.bot_messages(ADMIN_TG)]
        assert not any("Something went wrong" in t for t in texts)
