"""Rate-limit wording comes from one place and reads as English for any count."""

from __future__ import annotations

from atspro.services.limits import limit_message


def test_limit_message_pluralises_each_kind() -> None:
    assert "limit of 50 analyses per hour" in limit_message("match", 50)
    assert "limit of 1 analysis per hour" in limit_message("match", 1)
    assert "limit of 20 uploads per hour" in limit_message("upload", 20)
    assert "limit of 1 upload per hour" in limit_message("upload", 1)
    assert "analysiss" not in limit_message("match", 2)
