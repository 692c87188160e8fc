"""A product its maker names in the plural ("WinForms", "NetBeans", "Windows Forms") written in
the singular (round 12, issue 14): the index stores the singular of such names; a common noun's
singular ("test case" of "test cases", "programming language") is left out, as is a one-word
singular that is an everyday word ("doc" of Google Docs). Text is made up."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from atspro.analysis.taxonomy.skills import get_index

REPO = Path(__file__).resolve().parents[2]


def _names(text: str) -> set[str]:
    return {h.name for h in get_index().find(text)}


def test_a_plural_product_name_written_in_the_singular_is_the_product() -> None:
    got = _names("Built a desktop tool in C# with WinForm, coded in NetBean.")
    assert {"Windows Forms", "NetBeans"} <= got
    assert "Windows Forms" in _names("Ported a Windows Form screen to WPF.")


def test_a_common_nouns_singular_is_no_skill() -> None:
    got = _names("Wrote a test case for each story and picked a programming language.")
    assert not {"Test case design", "Programming languages"} & got
    assert not _names("Sent the doc to the client.")


def _build_module(monkeypatch: pytest.MonkeyPatch):  # the build script, loaded
    spec = importlib.util.spec_from_file_location(
        "build_taxonomy", REPO / "scripts" / "build_taxonomy.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_taxonomy", module)  # dataclasses look it up
    spec.loader.exec_module(module)
    return module


def test_the_singular_of_a_plural_word(monkeypatch: pytest.MonkeyPatch) -> None:
    build = _build_module(monkeypatch)
    assert build._singular_word("forms") == "form"
    assert build._singular_word("processes") == "process"
    assert build._singular_word("pandas") is None
    assert build._named_in_plural("Windows Forms")
    assert build._named_in_plural("NetBeans")
    assert not build._named_in_plural("Design patterns")
    assert not build._named_in_plural("Microprocessors")
