"""parse-job and match from the command line: JSON Lines in order, files written, bad inputs
reported on their own line without stopping the run."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from aiohttp import web
from PIL import Image

from atspro.cli import main
from atspro.models import Job, MatchReport
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT, JSONLD_PAGE
from tests.local_server import serve

UNRELATED = """Pastry Chef
Requirements
- 3+ years in a professional bakery
- Laminated doughs, viennoiserie, chocolate tempering
- Food safety certification
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "resume": tmp_path / "cv.pdf",
        "job": tmp_path / "job.txt",
        "other": tmp_path / "chef.txt",
        "html": tmp_path / "posting.html",
    }
    paths["resume"].write_bytes(make_resume_pdf())
    paths["job"].write_text(JOB_TEXT)
    paths["other"].write_text(UNRELATED)
    paths["html"].write_text(JSONLD_PAGE)
    return paths


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_parse_job_files_and_stdin(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(UNRELATED))
    code = main(["parse-job", "--json", str(files["job"]), str(files["html"]), "-", "missing.txt"])
    assert code == 1  # the missing file failed, the others did not
    records = _lines(capsys.readouterr().out)
    assert len(records) == 4
    first, page, stdin = (Job.model_validate(r) for r in records[:3])
    assert first.title == "Senior Python Developer" and "Python" in first.required_skills
    assert (
        page.title == "Data Engineer" and page.company == "Globex" and page.source_kind == "jsonld"
    )
    assert stdin.title == "Pastry Chef"
    assert records[3]["input"] == "missing.txt" and records[3]["error"]


async def test_parse_job_url_served_locally(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=JSONLD_PAGE, content_type="text/html")

    app = web.Application()
    app.router.add_get("/job", page)
    async with serve(app) as base:
        monkeypatch.setenv("FETCH_ALLOW_LOOPBACK", "true")
        code = await asyncio.to_thread(main, ["parse-job", "--json", f"{base}/job"])
        assert code == 0
        (record,) = _lines(capsys.readouterr().out)
        assert record["title"] == "Data Engineer" and record["source_url"].endswith("/job")
        monkeypatch.setenv("FETCH_ALLOW_LOOPBACK", "false")  # the default: loopback is refused
        code = await asyncio.to_thread(main, ["parse-job", "--json", f"{base}/job"])
        assert code == 1 and "error" in _lines(capsys.readouterr().out)[0]


def test_match_reports_in_order_with_files(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_docx, out_png = tmp_path / "tailored.docx", tmp_path / "card.png"
    code = main(
        [
            "match",
            str(files["resume"]),
            str(files["job"]),
            str(files["other"]),
            "--json",
            "--docx",
            str(out_docx),
            "--png",
            str(out_png),
        ]
    )
    assert code == 0
    records = _lines(capsys.readouterr().out)
    assert [r["job"] for r in records] == [str(files["job"]), str(files["other"])]
    matched, unrelated = (MatchReport.model_validate(r) for r in records)
    assert matched.score > unrelated.score
    assert {c.name for c in matched.components} >= {"hard_skills", "job_title", "keywords"}
    headings = {
        p.text.casefold()  # standard names, in the original's case (caps here)
        for p in docx.Document(str(out_docx)).paragraphs
        if p.style.name.startswith("Heading")
    }
    assert {"experience", "skills"} <= headings
    with Image.open(out_png) as card:
        assert card.width >= 600


def test_match_pairs_keeps_going_after_a_bad_pair(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        "\n".join(
            [
                json.dumps({"resume": str(files["resume"]), "job": str(files["job"])}),
                json.dumps({"resume": str(tmp_path / "nope.pdf"), "job": str(files["job"])}),
                "not json",
                json.dumps({"resume": str(files["resume"]), "job": str(files["other"])}),
            ]
        )
        + "\n"
    )
    code = main(["match", "--pairs", str(pairs), "--json"])
    assert code == 1
    records = _lines(capsys.readouterr().out)
    assert len(records) == 4
    assert "score" in records[0] and "score" in records[3]
    assert records[1]["line"] == 2 and records[1]["error"]
    assert records[2]["line"] == 3 and records[2]["error"]
