"""Scoring benchmarks: speed of score+suggest, DOCX and PNG export, and ranking quality.

Speed uses hand-built models (a ~900-word, 2-page resume and a ~600-word posting) so it does not
depend on the parsers. Ranking quality needs the parsers (``atspro.analysis.resume.parser`` and
``atspro.analysis.job.parser``) and is skipped until they exist:

* ``ranking_rjdb_pairwise_accuracy_pct``: on ../shared/data/samples/relevance/rjdb_dev.jsonl
  (synthetic RJDB triples: job, matched resume, unmatched resume = the matched one with skills and
  years removed), the share of jobs where the matched resume scores higher. Ties count as losses.
* ``ranking_own_pairwise_accuracy_pct``: on bench/data/own (10 postings, 10 matched resumes and 3
  distractors), the share of (posting, matched, other) triples ranked right. Ties count as
  losses.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from atspro.analysis.scoring.matching import resume_plain_text
from atspro.analysis.scoring.report import score_match
from atspro.export.card import render_score_card
from atspro.export.docx import build_tailored_docx
from atspro.models import Job, Resume
from bench.stats import median_ms
from tests.score_samples import posting_600_words, two_page_resume

REPO = Path(__file__).resolve().parents[1]
OWN_DIR = REPO / "bench" / "data" / "own"
# ../shared next to the repo; a git worktree under <root>/wt/<name> finds <root>/shared.
SHARED_CANDIDATES = [REPO.parent / "shared", REPO.parent.parent / "shared"]
RJDB_LIMIT = 500
TODAY = date(2025, 6, 1)


def _parsers() -> tuple[Callable[[str], Resume], Callable[[str], Job]] | None:
    try:
        resume_mod = importlib.import_module("atspro.analysis.resume.parser")
        job_mod = importlib.import_module("atspro.analysis.job.parser")
    except ImportError:
        return None
    return resume_mod.parse_resume, job_mod.parse_job_text


def _pair_credit(better: float, worse: float) -> float:
    return 1.0 if better > worse else 0.0  # a tie does not rank the matched resume first


def rjdb_accuracy(
    parse_resume: Callable[[str], Resume], parse_job: Callable[[str], Job]
) -> float | None:
    path = next(
        (p / "data/samples/relevance/rjdb_dev.jsonl" for p in SHARED_CANDIDATES if p.exists()), None
    )
    if path is None or not path.exists():
        return None
    credits = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= RJDB_LIMIT:
                break
            row = json.loads(line)
            job = parse_job(row["Job-Description"])
            scores = []
            for key in ("Resume-matched", "Resume-unmatched"):
                text = row[key]
                scores.append(
                    score_match(parse_resume(text), job, resume_text=text, today=TODAY).score
                )
            credits.append(_pair_credit(*scores))
    return 100 * sum(credits) / len(credits) if credits else None


def own_accuracy(
    parse_resume: Callable[[str], Resume], parse_job: Callable[[str], Job]
) -> float | None:
    jobs = {
        p.stem[:2]: parse_job(p.read_text(encoding="utf-8"))
        for p in sorted((OWN_DIR / "jobs").glob("*.txt"))
    }
    resumes = {}
    for p in sorted((OWN_DIR / "resumes").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        resumes[p.stem] = (p.stem[:2], parse_resume(text), text)
    if not jobs or not resumes:
        return None
    credits = []
    for job_id, job in jobs.items():
        scores = {
            name: score_match(resume, job, resume_text=text, today=TODAY).score
            for name, (_, resume, text) in resumes.items()
        }
        matched = [name for name, (target, _, _) in resumes.items() if target == job_id]
        for m in matched:
            credits += [
                _pair_credit(scores[m], s) for name, s in scores.items() if name not in matched
            ]
    return 100 * sum(credits) / len(credits) if credits else None


def run() -> dict[str, float]:
    resume, job = two_page_resume(), posting_600_words()
    text = resume_plain_text(resume)
    report = score_match(resume, job, resume_text=text, today=TODAY)
    results = {
        "score_suggest_p50_ms": median_ms(
            lambda: score_match(resume, job, resume_text=text, today=TODAY), 60
        ),
        "docx_export_p50_ms": median_ms(lambda: build_tailored_docx(resume, job, report), 20),
        "png_card_p50_ms": median_ms(lambda: render_score_card(report, title=job.title), 20),
    }
    parsers = _parsers()
    if parsers is None:
        print("   ranking benchmarks skipped: resume/job parsers not available yet")
        return results
    rjdb = rjdb_accuracy(*parsers)
    if rjdb is not None:
        results["ranking_rjdb_pairwise_accuracy_pct"] = rjdb
    own = own_accuracy(*parsers)
    if own is not None:
        results["ranking_own_pairwise_accuracy_pct"] = own
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.2f}")
