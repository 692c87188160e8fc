"""Job part of ``make eval``: what a posting asks, measured on data the parser was not tuned to.

- ``skillspan``: per posting, the Skill + Knowledge spans (gold) against every ask the parser
  finds (required + preferred + mentioned). Splits train / dev / test reported separately.
- ``green2022``: the LREC 2022 job-ad sentences (one split, test only), gold Skill spans against
  every ask found in the sentence.
- ``labelled``: our own synthetic postings (bench/data/postings_labelled, README there): P/R of
  each kind of ask, requirement-kind accuracy, one-of groups, education, never-a-skill
  violations, title and company. Files 01-22 are ``dev``, 23-32 ``test``.

Spans are matched with the shared fuzzy rule of ``common.py``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.job.parser import parse_job_text
from atspro.analysis.job.triage import classify_document
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import EducationLevel, Job
from bench.eval.common import PR, REPO, norm, similar

LABELLED = REPO / "bench" / "data" / "postings_labelled"
TEST_FROM = 23  # labelled files numbered from here are the untouched test part
KINDS = ("required", "preferred", "mentioned")


# ------------------------------------------------------------------------- BIO helpers ---


def bio_spans(tokens: list[str], tags: list[str]) -> list[str]:
    """Surface strings of the B-/I- spans of one BIO layer."""
    spans: list[str] = []
    current: list[str] = []
    for token, tag in zip(tokens, tags, strict=False):
        if tag.startswith("B"):
            if current:
                spans.append(" ".join(current))
            current = [token]
        elif tag.startswith("I") and current:
            current.append(token)
        else:
            if current:
                spans.append(" ".join(current))
            current = []
    if current:
        spans.append(" ".join(current))
    return spans


def all_asks(job: Job) -> list[str]:
    return [name for req in job.requirements for name in req.skills]


# --------------------------------------------------------------------------- skillspan ---


def _skillspan(samples: Path) -> dict:
    folder = samples / "jobs" / "skillspan" / "data"
    if not folder.is_dir():
        return {"skipped": f"{folder} is absent"}
    out: dict = {}
    for split in ("train", "dev", "test"):
        path = folder / f"{split}.json"
        if not path.is_file():
            continue
        postings: dict[tuple[str, int], tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            lines, gold = postings[(row.get("source", ""), row["idx"])]
            lines.append(" ".join(row["tokens"]))
            gold += bio_spans(row["tokens"], row["tags_skill"])
            gold += bio_spans(row["tokens"], row["tags_knowledge"])
        both = PR()
        kinds = []
        for lines, gold in postings.values():
            text = "\n".join(lines)
            job = parse_job_text(text)
            both.add(all_asks(job), gold)
            kinds.append(classify_document(text, job).kind)
        out[split] = {
            "skill+knowledge": both.figures(),
            "read as a job": round(kinds.count("job") / len(kinds), 3) if kinds else None,
        }
    return out


# ----------------------------------------------------------------------------- green ---


def _green(samples: Path) -> dict:
    path = samples / "jobs" / "jd_entity_ner_green2022" / "testset.conll.txt"
    if not path.is_file():
        return {"skipped": f"{path} is absent"}
    skill = PR()
    tokens: list[str] = []
    tags: list[str] = []
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = raw.split()
        if len(parts) >= 2:
            tokens.append(parts[0])
            tags.append(parts[-1])
            continue
        if tokens:
            gold = bio_spans(tokens, [t if t.endswith("Skill") else "O" for t in tags])
            skill.add(all_asks(parse_job_text(" ".join(tokens))), gold)
        tokens, tags = [], []
    return {"test": {"skill": skill.figures()}}


# -------------------------------------------------------------------------- labelled ---


@dataclass
class Labels:
    singles: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    groups: list[tuple[str, list[str]]] = field(default_factory=list)
    education: tuple[str, list[str], bool] | None = None
    never: list[str] = field(default_factory=list)
    title: str | None = None
    company: str | None = None


def _split(value: str, sep: str) -> list[str]:
    return [v.strip() for v in value.split(sep) if v.strip()]


def canonical(label: str) -> str:
    """A gold label as the taxonomy names it ("SEO" -> "Search engine optimization") when the
    taxonomy reads the whole label as one skill; else the label as written."""
    hits = get_index().find(label)
    if len(hits) == 1 and len(hits[0].surface) >= 0.8 * len(label.strip()):
        return hits[0].name
    return label


def read_labelled(path: Path) -> tuple[str, Labels]:
    text, _, raw = path.read_text(encoding="utf-8").partition("\n=== labels\n")
    labels = Labels()
    for line in raw.splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key in KINDS:
            labels.singles[key] = [canonical(v) for v in _split(value, ";")]
        elif key.startswith("oneof "):
            labels.groups.append((key.split()[1], [canonical(v) for v in _split(value, "|")]))
        elif key == "education":
            level, fields, equivalent = ([*value.split("|"), "", ""])[:3]
            labels.education = (level.strip(), _split(fields, ","), bool(equivalent.strip()))
        elif key == "never":
            labels.never = _split(value, ";")
        elif key in ("title", "company"):
            setattr(labels, key, value or None)
    return text, labels


def _matches(names: list[str], gold: list[str]) -> bool:
    return any(similar(n, g) for n in names for g in gold)


@dataclass
class _Tally:
    kinds: dict[str, PR] = field(default_factory=lambda: {k: PR() for k in KINDS})
    required_view: PR = field(default_factory=PR)
    preferred_view: PR = field(default_factory=PR)
    kind_right: int = 0
    kind_seen: int = 0
    groups: PR = field(default_factory=PR)
    edu_level: list[bool] = field(default_factory=list)
    edu_fields: PR = field(default_factory=PR)
    edu_equivalent: list[bool] = field(default_factory=list)
    never_hits: int = 0
    never_docs: int = 0
    skills_shown: int = 0
    title: list[bool] = field(default_factory=list)
    company: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, job: Job, labels: Labels) -> None:
        for kind in KINDS:
            predicted = [s for r in job.requirements if r.kind == kind for s in r.skills]
            gold = labels.singles[kind] + [m for k, g in labels.groups if k == kind for m in g]
            self.kinds[kind].add(predicted, gold)
        gold_req = labels.singles["required"] + [
            m for k, g in labels.groups if k == "required" for m in g
        ]
        gold_pref = labels.singles["preferred"] + [
            m for k, g in labels.groups if k == "preferred" for m in g
        ]
        self.required_view.add(job.required_skills, gold_req)
        self.preferred_view.add(job.preferred_skills, gold_pref)
        # Kind accuracy over gold asks the parser found at all (any kind).
        gold_items = [(k, [s]) for k in KINDS for s in labels.singles[k]] + labels.groups
        for kind, members in gold_items:
            found = [r for r in job.requirements if _matches(r.skills, members)]
            if found:
                self.kind_seen += 1
                self.kind_right += any(r.kind == kind for r in found)
        predicted_groups = [" / ".join(r.skills) for r in job.requirements if len(r.skills) > 1]
        self._groups(job, labels, predicted_groups)
        if labels.education is not None:
            level, fields, equivalent = labels.education
            got = job.education
            want = EducationLevel[level.upper()]
            self.edu_level.append(got is not None and got.level == want)
            self.edu_fields.add(got.fields if got else [], fields)
            self.edu_equivalent.append(bool(got and got.equivalent_experience) == equivalent)
        shown = job.required_skills + job.preferred_skills
        self.skills_shown += len(shown)
        bad = [s for s in shown if any(norm(s) == norm(n) for n in labels.never)]
        self.never_hits += len(bad)
        self.never_docs += bool(bad)
        if labels.title:
            self.title.append(bool(job.title) and similar(job.title or "", labels.title))
        if labels.company:
            self.company.append(bool(job.company) and similar(job.company or "", labels.company))

    def _groups(self, job: Job, labels: Labels, predicted: list[str]) -> None:
        gold = [" / ".join(g) for _, g in labels.groups]
        hits_pred = sum(
            any(_group_match(p, g) for g in gold) for p in predicted
        )  # a predicted group matches a gold one when at least two members agree
        hits_gold = sum(any(_group_match(p, g) for p in predicted) for g in gold)
        self.groups.tp_pred += hits_pred
        self.groups.n_pred += len(predicted)
        self.groups.tp_gold += hits_gold
        self.groups.n_gold += len(gold)
        self.groups.docs += 1

    def figures(self) -> dict:
        def rate(values: list[bool]) -> float | None:
            return round(sum(values) / len(values), 3) if values else None

        return {
            **{f"{k}": pr.figures() for k, pr in self.kinds.items()},
            "required_skills view": self.required_view.figures(),
            "preferred_skills view": self.preferred_view.figures(),
            "kind accuracy": {
                "accuracy": round(self.kind_right / self.kind_seen, 3) if self.kind_seen else None,
                "found": self.kind_seen,
            },
            "one-of groups": self.groups.figures(),
            "education": {
                "level_accuracy": rate(self.edu_level),
                "equivalence_accuracy": rate(self.edu_equivalent),
                "fields_precision": self.edu_fields.figures()["precision"],
                "fields_recall": self.edu_fields.figures()["recall"],
                "postings": len(self.edu_level),
            },
            "never-a-skill": {
                "violations": self.never_hits,
                "postings_with_one": self.never_docs,
                "skills_shown": self.skills_shown,
            },
            "title": {"accuracy": rate(self.title), "postings": len(self.title)},
            "company": {"accuracy": rate(self.company), "postings": len(self.company)},
        }


def _group_match(predicted: str, gold: str) -> bool:
    p = predicted.split(" / ")
    g = gold.split(" / ")
    return sum(any(similar(a, b) for b in g) for a in p) >= 2


def _labelled() -> dict:
    if not LABELLED.is_dir():
        return {"skipped": f"{LABELLED} is absent"}
    tallies = {"dev": _Tally(), "test": _Tally()}
    for path in sorted(LABELLED.glob("*.txt")):
        number = int(re.match(r"\d+", path.name).group(0))  # type: ignore[union-attr]
        text, labels = read_labelled(path)
        part = "test" if number >= TEST_FROM else "dev"
        tallies[part].add(path.name, parse_job_text(text), labels)
    return {part: tally.figures() for part, tally in tallies.items()}


# ---------------------------------------------------------------------- document kind ---


def _kind_counts(texts: list[str], want: str) -> dict:
    got = [classify_document(t, parse_job_text(t)).kind for t in texts]
    return {
        "accuracy": round(sum(k == want for k in got) / len(got), 3) if got else None,
        "documents": len(got),
        **{f"as_{k}": got.count(k) for k in ("job", "resume", "other") if k != want},
    }


def _file_texts(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.glob("*")):
        if path.suffix.lower() not in (".pdf", ".docx"):
            continue
        try:
            texts.append(extract_text(path.read_bytes(), filename=path.name).text)
        except Exception:  # an unreadable sample is the extraction part's business
            continue
    return texts


def _document_kind(samples: Path) -> dict:
    """Is it a job or a resume? rjdb (synthetic) first half dev, second half test; real
    resume files (resumes/ dev, resumes_more/ test); real job PDFs; SkillSpan postings."""
    out: dict = {}
    rjdb = samples / "relevance" / "rjdb_dev.jsonl"
    if rjdb.is_file():
        rows = [json.loads(x) for x in rjdb.read_text(encoding="utf-8").splitlines() if x]
        half = len(rows) // 2
        for part, chunk in (("dev", rows[:half]), ("test", rows[half:])):
            out[f"rjdb {part}"] = {
                "jobs": _kind_counts([r["Job-Description"] for r in chunk], "job"),
                "resumes": _kind_counts([r["Resume-matched"] for r in chunk], "resume"),
            }
    for name, folder in (("dev", "resumes"), ("test", "resumes_more/files")):
        if (samples / folder).is_dir():
            out[f"real resumes {name}"] = _kind_counts(_file_texts(samples / folder), "resume")
    pdfs = samples / "jobs" / "jd_pdf_resume_matcher"
    if pdfs.is_dir():
        out["job pdfs"] = _kind_counts(_file_texts(pdfs), "job")
    return out


def run(samples: Path) -> dict:
    return {
        "document kind": _document_kind(samples),
        "labelled (ours)": _labelled(),
        "skillspan": _skillspan(samples),
        "green2022": _green(samples),
    }
