"""Round 13: an organisation's address line above the name's line ("Globex HQ. Tulsa, OK,
USA") is no name — the stop after the organisation's name marks an address, while a name
alone before its town ("Jane Doe Pune, Maharashtra") still is one. Invented people and places."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.parser import parse_resume


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Globex HQ. Tulsa, OK, USA\nNora Quint  (555) 010-0199\nnora@example.com\n",
            "Nora Quint",
        ),
        (
            "Initech Labs. Springfield, IL\nOmar Velde  555-010-0142\nomar@example.org\n",
            "Omar Velde",
        ),
        ("Nora Quint Pune, Maharashtra\nnora@example.com\n", "Nora Quint"),
    ],
)
def test_an_address_line_above_the_name_is_no_name(text: str, name: str) -> None:
    assert parse_resume(text).contact.full_name == name
