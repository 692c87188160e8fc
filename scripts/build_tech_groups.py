#!/usr/bin/env python
"""Build ``atspro/data/tech_groups.json.gz``: O*NET technology groups of the index's skills.

O*NET 29.2 "Technology Skills" files every named tool under a UNSPSC commodity (e.g.
"Spreadsheet software": Microsoft Excel, Google Sheets). Two tools in the same commodity are
siblings: one on a resume partly shows the other (``atspro/analysis/taxonomy/hierarchy.py``).
Each O*NET name is mapped to the skills index's canonical name (``get_index().canonical``), so
the file follows the shipped index; rebuild it when the index is rebuilt. Deterministic output.

Usage:  python scripts/build_tech_groups.py [--source DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from atspro.analysis.taxonomy.hierarchy import DATA_FILE, GROUPS_VERSION  # noqa: E402
from atspro.analysis.taxonomy.skills import get_index  # noqa: E402
from scripts.build_taxonomy import find_source  # noqa: E402

DEFAULT_SOURCE = find_source()  # the same shared/data/taxonomy the index is built from


def build(source: Path = DEFAULT_SOURCE) -> dict:
    path = source / "onet-technology-skills" / "technology_skills.tsv"
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    index = get_index()
    titles: dict[str, str] = {}
    members: dict[str, set[str]] = {}
    for row in rows:
        code, example = row["Commodity Code"], row["Example"]
        titles[code] = row["Commodity Title"]
        name = index.canonical(example)
        if name and index.kind(name) == "hard":
            members.setdefault(name.lower(), set()).add(code)
    sizes: dict[str, int] = {}
    for codes in members.values():
        for code in codes:
            sizes[code] = sizes.get(code, 0) + 1
    return {
        "version": GROUPS_VERSION,
        "source": "O*NET 29.2 Technology Skills (UNSPSC commodity per tool), CC BY 4.0",
        "groups": {c: [titles[c], sizes[c]] for c in sorted(sizes)},
        "skills": {name: sorted(codes) for name, codes in sorted(members.items())},
    }


def serialize(data: dict) -> bytes:
    raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    return gzip.compress(raw, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DATA_FILE)
    args = parser.parse_args(argv)
    data = build(args.source)
    args.out.write_bytes(serialize(data))
    print(f"{args.out}: {len(data['skills'])} skills in {len(data['groups'])} groups")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
