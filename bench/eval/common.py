"""What every evaluation part shares: where the samples are, how two strings "match", P/R.

Fuzzy matching (documented once, used everywhere): both sides are normalised — casefolded,
accents removed and letters NFKD keeps whole folded ("ø" → "o", "ł" → "l"), punctuation to
spaces, whitespace collapsed. A predicted value matches a gold value when the normalised
strings are equal, when one contains the other as whole words and the shorter has at least
``CONTAIN_MIN`` characters, or when their token-set Jaccard is at least ``JACCARD_MIN``. Each
gold value is matched at most once (in order, each predicted value taking the first gold value
left; skills: the most pairs any one-to-one matching makes, ``best_pairs``).
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from atspro.analysis.letters import base_letters  # one fold of base letters

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO.parent / "shared" / "data" / "samples"
CONTAIN_MIN = 4
JACCARD_MIN = 0.6


def norm(text: str) -> str:
    """Lower case, accents and letters such as "ø", "ł" folded, punctuation to spaces."""
    text = base_letters(text or "").casefold()
    return " ".join(re.sub(r"[^\w+#]+", " ", text).split())


def similar(a: str, b: str) -> bool:
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    if len(short) >= CONTAIN_MIN and f" {short} " in f" {long_} ":
        return True
    ta, tb = set(na.split()), set(nb.split())
    return len(ta & tb) / len(ta | tb) >= JACCARD_MIN


def best_pairs(pred: list[str], gold: list[str]) -> dict[int, int]:
    """A one-to-one matching of ``pred`` to ``gold`` (index to index, ``similar`` pairs) with the
    most pairs (augmenting paths, Kuhn's algorithm). The in-order greedy matching can lose a
    pair: "Python" takes "python scripting" before "Python scripting" comes, and "python" is
    left unmatched; here "Python" moves to "python" and both count."""
    edges = [[i for i, g in enumerate(gold) if similar(p, g)] for p in pred]
    owner: dict[int, int] = {}  # gold index -> pred index
    for n in range(len(pred)):
        if edges[n]:
            _augment(n, edges, owner)
    return {n: i for i, n in owner.items()}


def _augment(root: int, edges: list[list[int]], owner: dict[int, int]) -> None:
    """One augmenting path from pred ``root`` (depth-first, with an explicit stack: a long chain
    of pairs would pass Python's recursion limit); ``owner`` is updated along it when found."""
    seen: set[int] = set()
    stack = [(root, 0)]  # (pred index, next edge to try)
    path: list[int] = []  # the gold index each stacked pred (but the last) goes to
    while stack:
        n, k = stack[-1]
        if k == len(edges[n]):
            stack.pop()
            if path:
                path.pop()
            continue
        stack[-1] = (n, k + 1)
        i = edges[n][k]
        if i in seen:
            continue
        seen.add(i)
        if i not in owner:
            path.append(i)
            for (m, _), g in zip(stack, path, strict=True):
                owner[g] = m
            return
        path.append(i)
        stack.append((owner[i], 0))


@dataclass
class PR:
    """Precision/recall counts for one field, summed over documents."""

    tp_pred: int = 0  # predicted values that matched some gold value
    n_pred: int = 0
    tp_gold: int = 0  # gold values matched by some predicted value
    n_gold: int = 0
    docs: int = 0
    examples: list[tuple[list[str], list[str]]] = field(default_factory=list)

    def add(
        self, predicted: Iterable[str], gold: Iterable[str], keep: int = 0, best: bool = False
    ) -> None:
        """Count one document. ``best``: the most pairs any one-to-one matching makes
        (``best_pairs``), not the in-order greedy one (skills; round 16)."""
        pred = [p for p in dict.fromkeys(predicted) if norm(p)]
        gold_l = [g for g in dict.fromkeys(gold) if norm(g)]
        used: set[int] = set(best_pairs(pred, gold_l).values()) if best else set()
        hits = len(used)
        for p in () if best else pred:
            for i, g in enumerate(gold_l):
                if i not in used and similar(p, g):
                    used.add(i)
                    hits += 1
                    break
        self.tp_pred += hits
        self.tp_gold += len(used)
        self.n_pred += len(pred)
        self.n_gold += len(gold_l)
        self.docs += 1
        if keep and hits < max(len(pred), len(gold_l)) and len(self.examples) < keep:
            self.examples.append((pred, gold_l))

    def add_spellings(
        self, predicted: Iterable[list[str]], gold: Iterable[str], best: bool = False
    ) -> None:
        """Like ``add``, but each predicted value is a group: the spelling shown first, then
        the other spellings read from the text (one skill written "HTML" and "HTML5"). The
        shown spellings are matched first, exactly as ``add`` does (so precision is the
        same); then each other distinct spelling may match one gold value still unmatched."""
        gold_l = [g for g in dict.fromkeys(gold) if norm(g)]
        groups = list({g[0]: g for g in predicted if g and norm(g[0])}.values())
        used: set[int] = set()
        matched: set[int] = set()
        if best:
            pairs = best_pairs([g[0] for g in groups], gold_l)
            matched, used = set(pairs), set(pairs.values())
        for n, group in enumerate(() if best else groups):
            for i, g in enumerate(gold_l):
                if i not in used and similar(group[0], g):
                    used.add(i)
                    matched.add(n)
                    break
        for group in groups:
            for spelling in dict.fromkeys(norm(s) for s in group[1:] if norm(s)):
                if spelling == norm(group[0]):
                    continue
                for i, g in enumerate(gold_l):
                    if i not in used and similar(spelling, g):
                        used.add(i)
                        break
        self.tp_pred += len(matched)
        self.tp_gold += len(used)
        self.n_pred += len(groups)
        self.n_gold += len(gold_l)
        self.docs += 1

    def figures(self) -> dict[str, float | int | None]:
        return {
            "precision": round(self.tp_pred / self.n_pred, 3) if self.n_pred else None,
            "recall": round(self.tp_gold / self.n_gold, 3) if self.n_gold else None,
            "predicted": self.n_pred,
            "gold": self.n_gold,
            "docs": self.docs,
        }


def print_figures(value: object, indent: int = 0) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        if value and all(not isinstance(v, dict) for v in value.values()):
            print(pad + "  ".join(f"{k}={v}" for k, v in value.items()))
            return
        for key, sub in value.items():
            if isinstance(sub, dict):
                print(f"{pad}{key}:")
                print_figures(sub, indent + 2)
            else:
                print(f"{pad}{key}: {sub}")
    else:
        print(pad + str(value))


def save_figures(out: Path, parts: dict[str, object]) -> None:
    """Write ``parts`` (figures by part name) into the JSON file ``out``, keeping every other
    part it holds. Runs in parallel are safe: a lock file serialises the read-merge-write, so a
    run never erases a part another run wrote meanwhile, and the new file replaces the old by
    rename, so a reader never sees half a file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.with_name(out.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        figures: dict[str, object] = {}
        if out.is_file():
            with contextlib.suppress(json.JSONDecodeError):  # a damaged file: start afresh
                figures = json.loads(out.read_text())
        figures.update(parts)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w") as file:
                file.write(json.dumps(figures, indent=2, sort_keys=True) + "\n")
            os.chmod(tmp, 0o644)  # mkstemp's 0600 would make the figures private
            os.replace(tmp, out)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


@contextlib.contextmanager
def extract_once() -> Iterator[None]:
    """Within one run, each file is extracted once: several parts read the same real files
    (document kind, tailoring, matching; the image-only one with OCR each time). While this is
    open, ``extract_text`` answers a file it read before (same bytes, name and limits) with a
    copy of that answer, or the same refusal; the parts' code and figures stay as they are
    (they look the function up after this replaced it). Progress callbacks bypass it."""
    from atspro.analysis.documents import extract
    from atspro.analysis.documents.errors import ExtractionError

    original = extract.extract_text
    answers: dict[tuple[bytes, str | None, object], object] = {}

    def extract_text(
        data: bytes,
        filename: str | None = None,
        limits: extract.ExtractLimits = extract.ExtractLimits(),  # noqa: B008 - frozen
        progress: extract.Progress | None = None,
    ) -> extract.ExtractedText:
        if progress is not None:
            return original(data, filename, limits, progress)
        key = (hashlib.sha256(bytes(data)).digest(), filename, limits)
        if key not in answers:
            try:
                answers[key] = original(data, filename, limits)
            except ExtractionError as exc:
                answers[key] = exc
        answer = answers[key]
        if isinstance(answer, ExtractionError):
            raise answer
        return copy.deepcopy(answer)  # type: ignore[return-value]

    extract.extract_text = extract_text  # type: ignore[assignment]
    try:
        yield
    finally:
        extract.extract_text = original  # type: ignore[assignment]


def line_labels(text: str) -> tuple[list[str], list[str]]:
    """A resume text's lines as the parser reads them (one-line texts reflowed) and the
    section each is read in ("header" before the first heading): for the error classes."""
    from atspro.analysis.resume import reflow, sections
    from atspro.analysis.resume import text as tx

    lines = tx.split_lines(reflow.restore_lines(tx.normalise(text, digits=True)))
    _, found = sections.split_sections(lines)
    labels = ["header"] * len(lines)
    for sec in found:
        for i in range(sec.start, sec.end):
            labels[i] = sec.name
    return lines, labels
