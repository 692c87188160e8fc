"""Read an ``arangoexport`` directory: ``<collection>.json`` or ``<collection>.jsonl`` per collection.

``arangoexport --type json`` writes one JSON array per collection, ``--type jsonl`` one document
per line; ``--compress-output true`` adds ``.gz``. Every document carries ``_key``, ``_id`` and
``_rev``; edge documents also carry ``_from`` and ``_to`` (``"resumes/123"``).

A file that does not parse stops the whole import before anything is written: half an export
imported is worse than none. Duplicate ``_key``s inside one collection keep one document, chosen
deterministically (greatest ``_rev``, else the last one seen), and are reported.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

_FILE = re.compile(r"^(?P<name>[^.]+)\.(?P<ext>json|jsonl)(?P<gz>\.gz)?$")
# ArangoDB >= 3.1 writes _rev as a hybrid logical clock in this base-64 alphabet (see
# lib/Basics/HybridLogicalClock.cpp); decoding it gives a number that grows with time.
_HLC_ALPHABET = "-_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_HLC_VALUE = {ch: i for i, ch in enumerate(_HLC_ALPHABET)}


class ExportError(ValueError):
    """The export directory cannot be read as an arangoexport output."""


@dataclass(frozen=True)
class SourceDoc:
    """One document exactly as exported, and where it came from."""

    collection: str
    key: str
    body: dict[str, Any]
    file: str
    position: int  # 1-based line (JSONL) or array index + 1 (JSON)

    @property
    def arango_id(self) -> str:
        return f"{self.collection}/{self.key}"

    @property
    def rev(self) -> str | None:
        rev = self.body.get("_rev")
        return None if rev is None else str(rev)

    @property
    def is_edge(self) -> bool:
        return isinstance(self.body.get("_from"), str) and isinstance(self.body.get("_to"), str)


@dataclass
class Duplicate:
    key: str
    occurrences: int
    kept_rev: str | None
    rule: str  # "greatest _rev" or "last seen"


@dataclass
class Collection:
    name: str
    file: str
    source_count: int
    docs: list[SourceDoc]
    duplicates: list[Duplicate] = field(default_factory=list)
    invalid: list[tuple[int, str]] = field(default_factory=list)  # (position, reason)

    @property
    def is_edge(self) -> bool:
        return bool(self.docs) and all(d.is_edge for d in self.docs)


@dataclass
class Export:
    path: Path
    collections: dict[str, Collection]
    ignored_files: list[str]
    warnings: list[str]


def rev_order(rev: Any) -> int | None:
    """A number that orders revisions of one document, or None when ``rev`` is not a _rev."""
    if isinstance(rev, int) and not isinstance(rev, bool):
        return rev
    if not isinstance(rev, str) or not rev:
        return None
    if rev.isdigit():  # ArangoDB < 3.1 revisions were decimal integers
        return int(rev)
    value = 0
    for ch in rev:
        digit = _HLC_VALUE.get(ch)
        if digit is None:
            return None
        value = value * 64 + digit
    return value


def _open(path: Path) -> TextIO:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open("r", encoding="utf-8")


def _read_documents(path: Path, ext: str) -> list[tuple[int, Any]]:
    try:
        with _open(path) as fh:
            if ext == "json":
                try:
                    data = json.load(fh)
                except json.JSONDecodeError as exc:
                    raise ExportError(
                        f"{path.name}: not valid JSON (line {exc.lineno}: {exc.msg}). "
                        "Export it again with arangoexport --type json or --type jsonl."
                    ) from None
                if not isinstance(data, list):
                    raise ExportError(
                        f"{path.name}: expected a JSON array of documents (arangoexport --type "
                        f"json), found a {type(data).__name__}"
                    )
                return list(enumerate(data, start=1))
            out = []
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    out.append((lineno, json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise ExportError(
                        f"{path.name}, line {lineno}: not valid JSON ({exc.msg}). A JSONL file "
                        "holds one document per line (arangoexport --type jsonl)."
                    ) from None
            return out
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise ExportError(f"{path.name}: cannot read the file ({exc})") from None


def _dedupe(docs: list[SourceDoc]) -> tuple[list[SourceDoc], list[Duplicate]]:
    groups: dict[str, list[SourceDoc]] = {}
    for doc in docs:
        groups.setdefault(doc.key, []).append(doc)
    kept: list[SourceDoc] = []
    duplicates: list[Duplicate] = []
    for key, group in groups.items():  # dicts keep first-seen order: output order is stable
        if len(group) == 1:
            kept.append(group[0])
            continue
        orders = [rev_order(d.body.get("_rev")) for d in group]
        if all(o is not None for o in orders):
            # ties on _rev fall back to the later document
            best = max(range(len(group)), key=lambda i: (orders[i], i))
            rule = "greatest _rev"
        else:
            best, rule = len(group) - 1, "last seen"
        kept.append(group[best])
        duplicates.append(Duplicate(key, len(group), group[best].rev, rule))
    return kept, duplicates


def read_export(path: Path) -> Export:
    """Load every collection file of an arangoexport directory."""
    if not path.exists():
        raise ExportError(f"export directory not found: {path}")
    if not path.is_dir():
        raise ExportError(f"not a directory: {path} (give the arangoexport --output-directory)")
    files: dict[str, tuple[Path, str]] = {}
    ignored: list[str] = []
    warnings: list[str] = []
    for entry in sorted(path.iterdir()):
        match = _FILE.match(entry.name)
        if entry.name.startswith(".") or not entry.is_file() or not match:
            if not entry.name.startswith("."):
                ignored.append(entry.name)
            continue
        stem = match.group("name")
        if stem in files:
            raise ExportError(
                f"two files for collection {stem!r}: {files[stem][0].name} and {entry.name}; "
                "keep one of them"
            )
        files[stem] = (entry, match.group("ext"))
    if not files:
        raise ExportError(
            f"no <collection>.json or <collection>.jsonl files in {path}; "
            "see docs/arango-import.md for the arangoexport command"
        )

    collections: dict[str, Collection] = {}
    for stem, (file_path, ext) in files.items():
        raw = _read_documents(file_path, ext)
        # The real collection name is the _id prefix: edges refer to it, whatever the file is called.
        name = stem
        for _, body in raw:
            if isinstance(body, dict) and isinstance(body.get("_id"), str) and "/" in body["_id"]:
                name = body["_id"].split("/", 1)[0]
                break
        if name != stem:
            warnings.append(f"{file_path.name} holds collection {name!r} (from _id)")
        if name in collections:
            raise ExportError(f"collection {name!r} appears in two files")
        docs: list[SourceDoc] = []
        invalid: list[tuple[int, str]] = []
        for position, body in raw:
            if not isinstance(body, dict):
                invalid.append((position, "not a JSON object"))
                continue
            key = body.get("_key")
            if isinstance(key, int) and not isinstance(key, bool):
                key = str(key)
            if not isinstance(key, str) or not key:
                invalid.append((position, "no _key"))
                continue
            docs.append(SourceDoc(name, key, body, file_path.name, position))
        kept, duplicates = _dedupe(docs)
        collections[name] = Collection(name, file_path.name, len(raw), kept, duplicates, invalid)
    return Export(path, collections, ignored, warnings)
