"""Broader/narrower credit: a sibling tool of the same O*NET technology group earns partial
credit, shown as such (atspro/analysis/taxonomy/hierarchy.py)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys

import pytest

from atspro.analysis.scoring.report import score_match
from atspro.analysis.taxonomy.hierarchy import DATA_FILE, sibling_in
from atspro.models import Job, Resume
from tests.unit.score_helpers import TODAY

SHEETS = "Experience\nBudget Analyst (2019 - 2024)\n- Built 30 cost models in Google Sheets\n"


def _hard(text: str, skill: str):
    job = Job(required_skills=[skill])
    report = score_match(Resume(), job, resume_text=text, today=TODAY)
    return next(c for c in report.components if c.name == "hard_skills")


def test_tools_of_one_small_group_are_siblings() -> None:
    sibling = sibling_in("microsoft excel", ["google sheets", "python"])
    assert sibling is not None and sibling.skill == "google sheets"
    assert sibling.group == "Spreadsheet software"
    assert sibling_in("microsoft excel", ["python"]) is None
    assert sibling_in("not a skill at all", ["google sheets"]) is None


def test_a_sibling_tool_earns_partial_credit_shown_as_such() -> None:
    hard = _hard(SHEETS, "Excel")
    assert hard.missing == ["Microsoft Excel"]  # still missing: it is not claimed
    assert 0 < hard.score < 50
    assert "Google Sheets for Microsoft Excel (Spreadsheet software)" in hard.detail
    assert _hard(SHEETS.replace("Google Sheets", "Excel"), "Excel").score == 100
    assert _hard(SHEETS.replace("Google Sheets", "pen and paper"), "Excel").score == 0


def test_a_group_too_broad_to_say_much_gives_no_credit() -> None:
    # SPSS and MATLAB share only "Analytical or scientific software" (1,600+ tools)
    assert sibling_in("matlab", ["spss"]) is None


def test_committed_groups_follow_the_sources_and_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """The groups are rebuilt from O*NET through the skills index; a rebuilt index may rename a
    few skills (their sibling credit then waits for a rebuild), so almost all must agree."""
    path = DATA_FILE.parents[2] / "scripts" / "build_tech_groups.py"
    spec = importlib.util.spec_from_file_location("build_tech_groups", path)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_tech_groups", build)
    spec.loader.exec_module(build)
    if not build.DEFAULT_SOURCE.is_dir():
        pytest.skip("taxonomy sources (../shared/data/taxonomy) are not available")
    fresh = build.build(build.DEFAULT_SOURCE)["skills"]
    committed = json.loads(gzip.decompress(DATA_FILE.read_bytes()))["skills"]
    differ = {k for k in fresh.keys() | committed.keys() if fresh.get(k) != committed.get(k)}
    assert len(differ) <= 0.02 * len(committed), (
        f"{len(differ)} skills changed groups: run python scripts/build_tech_groups.py"
    )
