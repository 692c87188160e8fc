"""Small bugs found during the redesign, each pinned by the smallest test that showed it."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest

from atspro.bot import render
from atspro.models import Contact, Resume, WorkExperience
from atspro.services.tailoring import FILENAME_STEM_MAX, docx_filename
from tests.unit.test_import_contract import all_imports

REPO = Path(__file__).resolve().parents[2]


def _resume(roles: int, years: float | None = None) -> Resume:
    return Resume(
        contact=Contact(full_name="Ada Example"),
        work_experience=[
            WorkExperience(position=f"Engineer {i}", company=f"Company {i}", start="2020-01")
            for i in range(roles)
        ],
        total_years_experience=years,
    )


def test_one_role_and_one_year_are_singular() -> None:
    text = render.resume_summary(_resume(1, years=1))
    assert "(1 role, 1 year)" in text
    assert "(3 roles, 2.5 years)" in render.resume_summary(_resume(3, years=2.5))


@pytest.mark.parametrize("roles", [4, 5, 6, 11])
def test_summary_counts_the_roles_it_does_not_list(roles: int) -> None:
    text = render.resume_summary(_resume(roles))
    listed = text.count("• Engineer")
    assert listed == min(roles, render.SUMMARY_ROLES)
    hidden = roles - listed
    assert (f"and {hidden} more" in text) == (hidden > 0)


@pytest.mark.parametrize(
    "name, title",
    [
        ("Ada Example", "Senior Staff Platform Reliability Engineer, Payments Infrastructure " * 3),
        ("Ада Пример", 'Lead / "Data" Engineer: ETL\\ML <Remote>?*|'),
        (None, None),
        ("   ", "..."),
    ],
)
def test_tailored_resume_name_keeps_its_extension_and_is_safe(
    name: str | None, title: str | None
) -> None:
    file_name = docx_filename(name, title)
    assert file_name.endswith(".docx") and len(file_name) <= FILENAME_STEM_MAX + len(".docx")
    assert not re.search(r'[\x00-\x1f<>:"/\\|?*]', file_name)
    assert not file_name.startswith((".", "-", "_"))


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_license_is_an_spdx_string() -> None:
    """A TOML table here makes setuptools print a deprecation warning on every install."""
    assert isinstance(_pyproject()["project"]["license"], str)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_runtime_dependency_is_imported() -> None:
    """A dependency nothing uses (pgqueuer was one) only costs install time and CVEs. Used =
    imported, or its package named in the source (model files read from an installed wheel)."""
    modules_of: dict[str, set[str]] = {}
    for module, dists in importlib.metadata.packages_distributions().items():
        for dist in dists:
            modules_of.setdefault(_normal(dist), set()).add(module)
    imported = {imp.target.split(".")[0] for imp in all_imports()}
    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "atspro").rglob("*.py"))
    unused = []
    for requirement in _pyproject()["project"]["dependencies"]:
        name = _normal(re.split(r"[\[<>=!~ ]", requirement, maxsplit=1)[0])
        modules = modules_of.get(name)
        if not modules:
            continue  # not installed here: nothing to judge it by
        if not modules & imported and not any(f'"{m}"' in source for m in modules):
            unused.append(name)
    assert unused == []
