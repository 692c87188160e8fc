"""Long replies split between items, never mid-item, and continuing parts are numbered."""

from __future__ import annotations

import re

from atspro.bot.html_split import split_html, split_message
from atspro.bot.render import suggestions_list
from atspro.models import Suggestion
from atspro.sandbox.checks import Limits
from atspro.sandbox.formatting import format_text, utf16_len

LIMITS = Limits()


def _suggestions(n: int) -> list[Suggestion]:
    return [
        Suggestion(
            category="keywords",
            priority=1 + i % 3,
            message=f"Add the posting's wording for skill number {i} " + "detail " * 30,
            evidence=[f"keyword weight 0.{i % 10}0", "seen in the Requirements block " * 3],
            where="your Skills list",
        )
        for i in range(n)
    ]


def _accepted(part: str) -> str:
    result = format_text(part, "HTML", None, allow_empty=False)
    assert result is not None
    plain, _ = result
    assert utf16_len(plain) <= LIMITS.max_text_utf16
    return plain


def test_long_suggestion_list_splits_only_between_items() -> None:
    text = suggestions_list(_suggestions(60))
    parts = split_message(text)
    assert len(parts) >= 3
    plains = [_accepted(p) for p in parts]
    for i, plain in enumerate(plains, 1):
        body = plain.strip().splitlines()
        if i > 1:
            assert body[0] == f"({i}/{len(parts)})"
            body = body[1:]
        first = next(line for line in body if line.strip())
        assert not first.lstrip().startswith("└"), f"part {i} starts mid-item: {first!r}"
        # every item's detail lines stay in the same part as the item
        numbers = re.findall(r"^\S+ (\d+)\. ", "\n".join(body), flags=re.M)
        assert numbers, f"part {i} has no whole item"
    # all items are there, in order, once
    seen = [int(n) for p in plains for n in re.findall(r"^\S+ (\d+)\. ", p, flags=re.M)]
    assert seen == list(range(1, 61))


def test_short_reply_is_one_unnumbered_part() -> None:
    text = suggestions_list(_suggestions(2))
    assert split_message(text) == [text]


def test_item_longer_than_a_message_still_splits_by_lines() -> None:
    text = "head\n\n" + "\n".join("line " * 50 for _ in range(40)) + "\n\ntail"
    parts = split_html(text, limit=1000)
    assert all(utf16_len(_accepted(p)) <= 1000 for p in parts)
    assert len(parts) > 3
