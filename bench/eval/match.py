"""Match part of ``make eval``: does the score rank resumes the way the labels do?

Sets:
* ``rjdb``: ../shared/data/samples/relevance/rjdb_dev.jsonl (synthetic triples: a posting, its
  matched resume, and an unmatched twin with skills/years removed). Wins, ties and losses of the
  matched resume (ties count as losses), split into ``train`` (lines 1-250, used while
  developing) and ``test`` (lines 251-500, reported untouched), plus the medians of the scores
  and two AUCs: matched vs unmatched resumes over all pairs, and each matched resume against its
  own posting vs three other postings (fit / not fit across postings).
* ``resume_matcher``: three real (fictional-person) PDF postings and six PDF resumes whose file
  names imply which resume each posting was written for: the intended resume's rank (ties count
  against it) and the AUC.
* ``calibration``: bench/data/calibration (our own synthetic pairs, labelled strong / good /
  mismatch, see its README): medians per label, AUCs between neighbouring labels, how each
  label spreads over the score bands, and whether each label's median sits in its band.

Every figure is given for the product's score and for two baselines (bench/eval/baselines.py).
``stability`` applies layout noise (bullet glyphs, whitespace, punctuation) to the first 100
RJDB matched resumes and reports how often the score moves by at most one point.
``properties`` runs the property tests (tests/unit/test_score_properties.py) and summarises them.
"""

from __future__ import annotations

import csv
import json
import re
import statistics
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path

from atspro.analysis.job.parser import parse_job_text
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.scoring.bands import BANDS, band
from atspro.analysis.scoring.report import score_match
from atspro.models import Job, Resume
from bench.eval.baselines import Tfidf, source, word_overlap
from bench.eval.common import REPO

TODAY = date(2025, 6, 1)
DATA = REPO / "bench" / "data"
CALIBRATION = DATA / "calibration"
TRAIN_LINES = 250
OTHER_JOBS = 3  # cross-posting AUC: each matched resume against this many other postings
Scorer = Callable[[str, str], float]


@lru_cache(maxsize=2048)
def _job(text: str) -> Job:
    return parse_job_text(text)


@lru_cache(maxsize=2048)
def _resume(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def product_score(job_text: str, resume_text: str) -> float:
    report = score_match(_resume(resume_text), _job(job_text), resume_text=resume_text, today=TODAY)
    return report.score


def auc(positives: list[float], negatives: list[float]) -> float | None:
    """Probability that a random positive outscores a random negative (ties count half)."""
    if not positives or not negatives:
        return None
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return round(wins / (len(positives) * len(negatives)), 3)


def _scorers(corpus: list[str]) -> dict[str, Scorer]:
    tfidf = Tfidf(corpus)
    return {
        "score": product_score,
        "word_overlap": word_overlap,
        "tfidf_cosine": tfidf.cosine,
    }


def _pairwise(rows: list[tuple[float, float]]) -> dict[str, float | int]:
    wins = sum(1 for m, u in rows if m > u)
    ties = sum(1 for m, u in rows if m == u)
    return {
        "wins": wins,
        "ties": ties,
        "losses": len(rows) - wins - ties,
        "win_rate": round(wins / len(rows), 3) if rows else 0.0,
    }


def rjdb(samples: Path) -> dict[str, object]:
    path = samples / "relevance" / "rjdb_dev.jsonl"
    if not path.exists():
        return {"skipped": f"{path} is absent"}
    triples = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    corpus = [
        t[k] for t in triples for k in ("Job-Description", "Resume-matched", "Resume-unmatched")
    ]
    out: dict[str, object] = {"triples": len(triples), "baseline_impl": source()}
    for name, scorer in _scorers(corpus).items():
        rows = [
            (
                scorer(t["Job-Description"], t["Resume-matched"]),
                scorer(t["Job-Description"], t["Resume-unmatched"]),
            )
            for t in triples
        ]
        figures: dict[str, object] = {
            "train": _pairwise(rows[:TRAIN_LINES]),
            "test": _pairwise(rows[TRAIN_LINES:]),
            "all": _pairwise(rows),
            "auc_all_pairs": auc([m for m, _ in rows], [u for _, u in rows]),
            "auc_all_pairs_train": auc(
                [m for m, _ in rows[:TRAIN_LINES]], [u for _, u in rows[:TRAIN_LINES]]
            ),
            "auc_all_pairs_test": auc(
                [m for m, _ in rows[TRAIN_LINES:]], [u for _, u in rows[TRAIN_LINES:]]
            ),
        }
        # Fit vs not fit across postings: each matched resume against its own posting and
        # OTHER_JOBS others at fixed offsets (a resume sent to postings it was not written for).
        n = len(triples)
        others = [
            scorer(
                triples[(i + 1 + k * n // (OTHER_JOBS + 1)) % n]["Job-Description"],
                t["Resume-matched"],
            )
            for i, t in enumerate(triples)
            for k in range(OTHER_JOBS)
        ]
        figures["auc_own_vs_other_postings"] = auc([m for m, _ in rows], others)
        if name == "score":
            figures["median_matched"] = round(statistics.median(m for m, _ in rows), 1)
            figures["median_unmatched"] = round(statistics.median(u for _, u in rows), 1)
            figures["median_other_postings"] = round(statistics.median(others), 1)
            for key, values in (
                ("matched", [m for m, _ in rows]),
                ("unmatched", [u for _, u in rows]),
            ):
                bands = [band(v).key for v in values]
                figures[f"bands_{key}"] = {b.key: bands.count(b.key) for b in BANDS}
        out[name] = figures
    return out


def load_calibration() -> list[dict[str, str]]:
    """Rows of labels.csv with the texts: resume, job, label, industry, resume_text, job_text.

    Paths in labels.csv are relative to bench/data, without ``.txt``."""
    rows = []
    with (CALIBRATION / "labels.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            row["resume_text"] = (DATA / f"{row['resume']}.txt").read_text("utf-8")
            row["job_text"] = (DATA / f"{row['job']}.txt").read_text("utf-8")
            rows.append(row)
    return rows


# Labels of the calibration set, best fit first (bench/data/calibration/README.md), and the band
# each label's median should sit in: the bands' meaning for a user (atspro/analysis/scoring/bands.py).
CALIBRATION_LABELS = {"strong": "strong", "good": "good", "mismatch": "weak"}


def calibration() -> dict[str, object]:
    if not (CALIBRATION / "labels.csv").exists():
        return {"skipped": "bench/data/calibration is absent"}
    rows = load_calibration()
    corpus = list({r["resume_text"] for r in rows} | {r["job_text"] for r in rows})
    out: dict[str, object] = {
        f"{label}_pairs": sum(r["label"] == label for r in rows) for label in CALIBRATION_LABELS
    }
    out["industries"] = len({r["industry"] for r in rows})
    for name, scorer in _scorers(corpus).items():
        scores: dict[str, list[float]] = {label: [] for label in CALIBRATION_LABELS}
        for r in rows:
            scores[r["label"]].append(scorer(r["job_text"], r["resume_text"]))
        figures: dict[str, object] = {
            f"median_{label}": round(statistics.median(values), 3)
            for label, values in scores.items()
        }
        figures["auc_strong_vs_good"] = auc(scores["strong"], scores["good"])
        figures["auc_good_vs_mismatch"] = auc(scores["good"], scores["mismatch"])
        if name == "score":
            for label, values in scores.items():
                bands = [band(v).key for v in values]
                figures[f"bands_{label}"] = {k: bands.count(k) for k in dict.fromkeys(bands)}
                median_band = band(statistics.median(values)).key
                figures[f"median_{label}_in_{CALIBRATION_LABELS[label]}_band"] = (
                    median_band == CALIBRATION_LABELS[label]
                )
        out[name] = figures
    return out


# Resume-Matcher's fictional PDFs: the file names imply three posting <-> resume pairs.
RESUME_MATCHER_PAIRS = {
    "front_end_engineer": "barry_allen_fe",
    "full_stack_engineer": "bruce_wayne_fullstack",
    "product_manager": "alfred_pennyworth_pm",
}


def resume_matcher(samples: Path) -> dict[str, object]:
    """Real PDF files end to end: does each posting rank its implied resume above the others?"""
    from atspro.analysis.documents.extract import extract_text

    jobs_dir, resumes_dir = samples / "jobs" / "jd_pdf_resume_matcher", samples / "resumes"
    if not jobs_dir.is_dir():
        return {"skipped": f"{jobs_dir} is absent"}

    def read(path: Path) -> str:
        return extract_text(path.read_bytes(), path.name).text

    jobs = {k: read(jobs_dir / f"job_desc_{k}.pdf") for k in RESUME_MATCHER_PAIRS}
    resumes = {
        p.stem.split("__")[1]: read(p) for p in sorted(resumes_dir.glob("resume-matcher__*.pdf"))
    }
    out: dict[str, object] = {"postings": len(jobs), "resumes": len(resumes)}
    for name, scorer in _scorers([*jobs.values(), *resumes.values()]).items():
        ranks, pos, neg = [], [], []
        for job, intended in RESUME_MATCHER_PAIRS.items():
            scores = {r: scorer(jobs[job], text) for r, text in resumes.items()}
            ranks.append(
                1 + sum(1 for r, v in scores.items() if r != intended and v >= scores[intended])
            )
            pos.append(scores[intended])
            neg += [v for r, v in scores.items() if r != intended]
        out[name] = {"rank_of_intended": ", ".join(map(str, ranks)), "auc": auc(pos, neg)}
    return out


# Layout noise that must not move the score by more than a point (issue #15).
_BULLET_RE = re.compile(r"(?m)^(\s*)(?:[-*•]|\d{1,2}[.)])\s+")
NOISE: dict[str, Callable[[str], str]] = {
    "bullet_glyphs": lambda t: _BULLET_RE.sub(r"\1• ", t),
    "whitespace": lambda t: "\n".join(ln + "  " for ln in t.split("\n")).replace("\n\n", "\n\n\n"),
    "punctuation": lambda t: re.sub(r"(?m)^(\s*(?:[-*•]|\d{1,2}[.)])\s+.*[^.\s])\s*$", r"\1.", t),
}
STABILITY_RESUMES = 100


def stability(samples: Path) -> dict[str, object]:
    """How far layout noise moves the score of real-looking resumes (RJDB matched, first 100)."""
    path = samples / "relevance" / "rjdb_dev.jsonl"
    if not path.exists():
        return {"skipped": f"{path} is absent"}
    lines = path.read_text(encoding="utf-8").splitlines()[:STABILITY_RESUMES]
    rows = [json.loads(line) for line in lines if line]
    out: dict[str, object] = {}
    for name, noise in NOISE.items():
        deltas = []
        for row in rows:
            job, text = row["Job-Description"], row["Resume-matched"]
            deltas.append(abs(product_score(job, noise(text)) - product_score(job, text)))
        out[name] = {
            "within_1_point": round(sum(d <= 1 for d in deltas) / len(deltas), 3),
            "max_delta": round(max(deltas), 1),
        }
    return out


def properties() -> dict[str, object]:
    test = REPO / "tests" / "unit" / "test_score_properties.py"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    failed = [ln.split(" ")[1] for ln in lines if ln.startswith("FAILED")]
    return {"summary": lines[-1] if lines else proc.stderr[-200:], "failed": ", ".join(failed)}


def run(samples: Path) -> dict[str, object]:
    return {
        "rjdb": rjdb(samples),
        "resume_matcher": resume_matcher(samples),
        "calibration": calibration(),
        "stability": stability(samples),
        "properties": properties(),
    }
