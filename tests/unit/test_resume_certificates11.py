"""Certificates, eleventh round (issue 14): a name a narrow sidebar wrapped after a level
written before its subject ("Acme Cloud Advanced" / "Storage Essentials") is one certificate;
a level after a dash ("Spreadsheets - Advanced") ends its item (synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.certificates import parse_certifications


def names(lines: list[str]) -> list[str]:
    return [c.name for c in parse_certifications(lines)]


def test_a_name_wrapped_after_its_level_is_one() -> None:
    assert names(["Acme Cloud Advanced", "Storage Essentials", "Zeta Linux Administrator"]) == [
        "Acme Cloud Advanced Storage Essentials",
        "Zeta Linux Administrator",
    ]


def test_a_level_after_a_dash_ends_its_item() -> None:
    got = names(["Acme Spreadsheets - Advanced", "Zeta Linux Administrator"])
    assert "Zeta Linux Administrator" in got
    assert not any("Advanced Zeta" in n for n in got)
