"""Skill errors of the resume parser on the TRAIN parts, counted by class (terminal and
``bench/eval.json``): what is worth fixing, and what is label noise.

A missed gold skill (FN) is classed by where its words stand in the text: on a line the parser
reads as a skills list (a real miss: the candidate listed it), in a sentence inside a skills
section, alone on a line of no list (a column of competencies not read), only in prose (the
parser reads prose through the taxonomy only, by design), wrapped over two lines, or on
neither one line nor two (glued or garbled); a gold value one of the parser's spellings matches ("HTML5", grouped under HTML) was
read but is scored once per skill (the skill matched another gold value). Gold that is a spoken
language, a sentence (five words or more) or a skills list's own label ("IT Skills") is
label noise. An extracted skill that matched no
gold value (FP) is classed by what it is: a heading, the employer, a place, a job
title, a spoken language, a short acronym (a collision?), an unrecognised list item, or a
taxonomy skill the labels left out (in a skills list: most likely unlabelled; in prose: unlabelled
or a wrong reading). The classes are rough automatic guesses; read the examples before fixing.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from itertools import pairwise

from bench.eval.common import best_pairs, line_labels, norm, similar

SETS = ("dotin_resume_ner", "vrundag91_resume_corpus", "minhquan_resume_ner_fragments")
# ATSPRO_EVAL_SKILL_MISSES="wrapped": print each train error whose class holds these words, with
# the lines it stands on (terminal only; no figure changes); "wrapped|alone" shows either class
SHOW = [w for w in os.environ.get("ATSPRO_EVAL_SKILL_MISSES", "").split("|") if w]


# a skills list's own label the labels mark as a skill ("IT Skills", "Technical Skills"),
# normalised as ``norm`` gives it
_SKILLS_LABEL = re.compile(
    r"(?:it|technical|computer|soft|hard|key|core|other|additional|professional|personal)"
    r" skills?"
)


def _fn_class(
    gold: str, normed: list[str], list_lines: set[int], known: bool, lines: list[str]
) -> str:
    from atspro.analysis.resume.extras import LANGUAGE_NAMES
    from atspro.analysis.resume.skill_lists import is_list_sentence

    words = gold.split()
    if _SKILLS_LABEL.fullmatch(gold):
        return 'noise: a skills label ("IT Skills"), never an item'
    if any(w in LANGUAGE_NAMES for w in words) and len(words) <= 3:
        return "noise: a spoken language"
    if len(words) >= 5:
        return "noise: a phrase or sentence"
    where = [i for i, line in enumerate(normed) if f" {gold} " in line]
    taxonomy = "known to the taxonomy" if known else "unknown to the taxonomy"
    listed = [i for i in where if i in list_lines]
    if listed and all(is_list_sentence(lines[i]) for i in listed):
        return f"in a sentence of a skills section, not kept ({taxonomy})"
    if listed:
        return f"in a skills list, not kept ({taxonomy})"
    if any(normed[i].strip() == gold for i in where):
        return f"alone on a line outside a list (a column not read?) ({taxonomy})"
    if where:
        return f"only in prose ({taxonomy})"
    if any(f" {gold} " in f"{a.rstrip()} {b.lstrip()}" for a, b in pairwise(normed)):
        return f"wrapped over two lines ({taxonomy})"
    return "not found on one line nor two (glued or garbled)"


def _fp_class(
    value: str,
    skill: object,
    gold: dict[str, list[str]],
    companies: list[str],
    gold_skills: list[str],
) -> str:
    from atspro.analysis.resume import places, roles, sections
    from atspro.analysis.resume.extras import LANGUAGE_NAMES

    if norm(value) in LANGUAGE_NAMES:
        return "a spoken language"
    if any(f" {norm(value)} " in f" {g} " for g in gold_skills):
        return "noise: inside a labelled span that lists several skills"
    heading = sections.detect_heading(value)
    if heading and heading.strong:
        return "a section heading"
    if any(similar(value, c) or norm(value) in norm(c) for c in companies):
        return "part of an employer's name"
    if any(similar(value, t) for t in gold.get("titles", [])) or (
        roles.is_title(value) and not getattr(skill, "recognised", True)
    ):
        return "a job title"
    if places.is_place_name(value) or places.is_region_name(value):
        return "a place"
    if not getattr(skill, "recognised", True):
        return "an unrecognised list item (a fragment?)"
    surfaces = getattr(skill, "surface_forms", [])
    if any(re.fullmatch(r"[A-Z][A-Za-z]{0,3}", s) for s in surfaces):
        return "a short acronym or word (a collision?)"
    if "skills" in getattr(skill, "sections", []):
        return "noise?: a taxonomy skill in a skills list, unlabelled"
    return "a taxonomy skill in prose (unlabelled, or a wrong reading)"


def skill_error_counts(doc: object) -> dict[str, int]:
    """One labelled document's skill errors by class (run in the eval's worker pool)."""
    return skill_errors(doc)[0]


def skill_errors(doc: object) -> tuple[dict[str, int], list[str]]:
    """One labelled document's skill errors by class, and those of the ``SHOW`` class shown
    with the lines they stand on."""
    from atspro.analysis.resume.parser import parse_resume
    from atspro.analysis.resume.skill_lines import skill_list_lines
    from atspro.analysis.taxonomy.skills import get_index
    from bench.eval.resumes import TODAY, _pick

    gold_raw: dict[str, list[str]] = doc.gold  # type: ignore[attr-defined]
    if "skills" not in gold_raw:
        return {}, []
    try:
        r = parse_resume(doc.text, today=TODAY)  # type: ignore[attr-defined]
    except ValueError:
        return {}, []
    lines, labels = line_labels(doc.text)  # type: ignore[attr-defined]
    listed = set(skill_list_lines(lines, labels, r.skills))
    list_lines = {i for i, line in enumerate(lines) if line in listed}
    normed = [f" {norm(line)} " for line in lines]
    gold = list(dict.fromkeys(norm(g) for g in gold_raw["skills"] if norm(g)))
    companies = [
        *gold_raw.get("companies", []),
        *(w.company for w in r.work_experience if w.company),
    ]
    index = get_index()
    out: Counter[str] = Counter()
    shown: list[str] = []
    matched: dict[str, str] = {}  # skill -> the gold value it matched
    values = [
        _pick([s.surface_forms[0] if s.surface_forms else s.name, s.name, *s.surface_forms], gold)
        for s in r.skills
    ]
    # the scorer's pairs: the most a one-to-one matching makes (a value shown twice counts once)
    firsts = list(dict.fromkeys(v for v in values if norm(v)))
    pairs = {firsts[n]: i for n, i in best_pairs(firsts, gold).items()}
    used = set(pairs.values())
    for s, value in zip(r.skills, values, strict=True):
        hit = pairs.pop(value, None)
        if hit is None:
            key = "FP " + _fp_class(value, s, gold_raw, companies, gold)
            out[key] += 1
            if any(w in key for w in SHOW):
                shown.append(f"{key[:40]} | {value!r} {s.surface_forms[:3]}")
        else:
            matched[s.name] = gold[hit]
    # Every spelling the parser found ("HTML5" under HTML, "MS Excel" under Excel): a gold value one
    # of them matches was read, but scored once per skill it is counted missed.
    for i, g in enumerate(gold):
        if i in used:
            continue
        under = [s.name for s in r.skills if any(similar(f, g) for f in s.surface_forms)]
        if under:
            key = "FN read, grouped under another spelling of a skill (scored once)"
        else:
            key = "FN " + _fn_class(g, normed, list_lines, index.is_skill(g), lines)
        out[key] += 1
        if any(w in key for w in SHOW):
            where = (
                f"under {[(u, matched.get(u)) for u in under[:2]]}"
                if under
                else _context(g, normed, lines, labels, list_lines)
            )
            shown.append(f"{key[:40]} | {g!r} | {where}")
    return dict(out), shown


def _context(
    gold: str, normed: list[str], lines: list[str], labels: list[str], list_lines: set[int]
) -> str:
    """The line (or two) a missed gold value stands on and its section, marked L when read
    as a list's."""
    for i, line in enumerate(normed):
        if f" {gold} " in line:
            return f"{'L' if i in list_lines else '-'} {labels[i]} {lines[i].strip()[:160]!r}"
    for i, (a, b) in enumerate(pairwise(normed)):
        if f" {gold} " in f"{a.rstrip()} {b.lstrip()}":
            return f"{labels[i]} {lines[i].strip()[-80:]!r} / {lines[i + 1].strip()[:80]!r}"
    return "(not found)"


def print_skill_error_classes(docs: list, pool: object) -> dict[str, dict[str, int]]:
    """Sum the classes per labelled set over the TRAIN parts and print them."""
    train = [d for d in docs if d.split == "train" and d.set in SETS]
    tables: dict[str, Counter[str]] = {}
    for doc, (counts, shown) in zip(
        train, pool.map(skill_errors, train, chunksize=16), strict=True
    ):  # type: ignore[attr-defined]
        tables.setdefault(doc.set, Counter()).update(counts)
        for line in shown:
            print(f"   [{doc.set[:6]} {doc.key}] {line}")
    for set_name, table in tables.items():
        print(f"   skill error classes, {set_name} train:")
        for key, n in sorted(table.items(), key=lambda x: (x[0][:2], -x[1])):
            print(f"      {n:4d}  {key}")
    return {k: dict(v) for k, v in tables.items()}
