"""Grounding of AI writing: does the claim check catch invented facts and spare true ones?

On the labelled resumes (dotin, train and test parts reported apart), for each resume and each
kind of fact, two sentences are written from templates: one states a fact the labels show *in
this resume* (honest), one states a fact of the same kind taken from *another* resume and absent
from this one (invented). ``unsupported_claims`` flags a sentence when it finds a claim the
resume does not support. Precision: flagged sentences that were invented; recall: invented
sentences flagged. Numbers are invented by value (digits or words) absent from the resume.
"""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from atspro.analysis.grounding import Evidence, unsupported_claims
from bench.eval.common import PR

FOLDER = "resumes_labelled/dotin_resume_ner/data"
PARTS = {"train": "545_cvs_train_v2", "test": "set_aside_test_v2_50cvs"}
LABELS = {
    "employer": "Companies worked at",
    "title": "Designation",
    "degree": "Degree",
    "skill": "Tech Tools",
}
TEMPLATES = {
    "employer": "At {} I improved how the weekly reports were prepared.",
    "title": "I worked as {} and improved the weekly reports.",
    "degree": "I hold a {} and use it at work.",
    "skill": "I used {} every day to prepare the weekly reports.",
    "number": "I prepared {} weekly reports for the managers.",
}
_WORDS = {12: "twelve", 15: "fifteen", 40: "forty", 70: "seventy", 90: "ninety"}


def _read(path: Path) -> tuple[str, dict[str, list[str]]]:
    root = ET.fromstring(path.read_text(encoding="utf-8", errors="replace"))
    text = "".join(root.itertext()).strip().strip('"')
    spans: dict[str, list[str]] = {}
    for el in root.iter("label"):
        spans.setdefault(el.get("type") or "", []).append(" ".join((el.text or "").split()))
    return text, spans


def _numbers(text: str) -> set[int]:
    """Standalone numbers (not inside "B2B", "J2EE" or an e-mail address)."""
    return {int(n) for n in re.findall(r"(?<![\w.@])\d{1,3}(?![\w.@%])", text)}


def _part(docs: list[tuple[str, dict[str, list[str]]]], rng: random.Random) -> dict:
    counts = {kind: PR() for kind in TEMPLATES}
    for i, (text, spans) in enumerate(docs):
        evidence = Evidence(text)
        low = text.casefold()
        for kind, template in TEMPLATES.items():
            honest, invented = _facts(kind, text, low, spans, docs, rng)
            flagged, fake = [], []
            for n, (fact, is_fake) in enumerate([(honest, False), (invented, True)]):
                if fact is None:
                    continue
                key = f"d{i}k{kind}n{n}"
                if is_fake:
                    fake.append(key)
                if unsupported_claims(template.format(fact), evidence):
                    flagged.append(key)
            counts[kind].add(flagged, fake)
    return {kind: pr.figures() for kind, pr in counts.items()}


def _facts(
    kind: str,
    text: str,
    low: str,
    spans: dict[str, list[str]],
    docs: list[tuple[str, dict[str, list[str]]]],
    rng: random.Random,
) -> tuple[str | None, str | None]:
    if kind == "number":
        have = _numbers(text)
        honest = next((str(n) for n in sorted(have) if 2 <= n <= 99), None)
        absent = [n for n in _WORDS if n not in have and _WORDS[n] not in low]
        invented = rng.choice([str(absent[0]), _WORDS[absent[0]]]) if absent else None
        return honest, invented
    label = LABELS[kind]
    own = [s for s in spans.get(label, []) if len(s) > 2]
    honest = own[0] if own else None
    others = [s for _, sp in docs for s in sp.get(label, []) if len(s) > 3]
    rng.shuffle(others)
    invented = next((s for s in others[:200] if s.casefold() not in low), None)
    return honest, invented


def run(samples: Path) -> dict:
    rng = random.Random(20)
    out = {}
    for part, folder in PARTS.items():
        files = sorted((samples / FOLDER / folder).glob("*.xml"))
        docs = [_read(f) for f in files]
        out[part] = _part(docs, rng)
    return out
