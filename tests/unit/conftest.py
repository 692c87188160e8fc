"""The unit tier is pure: a test here that asks for the database fails at once, with a reason."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pg_server() -> None:
    pytest.fail("tests/unit must not use the database: move the test to tests/db")
