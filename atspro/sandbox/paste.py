"""Split a too-long paste the way Telegram clients do: several messages of at most 4,096
characters (UTF-16 units), cut at a line break, else at a space, never inside a word when
avoidable. The web chat uses it so a long job posting arrives in parts instead of being lost.
"""

from __future__ import annotations

from atspro.sandbox.formatting import utf16_len


def _prefix_within(text: str, limit: int) -> int:
    """The longest prefix length (in characters) whose UTF-16 length is at most ``limit``."""
    if utf16_len(text) <= limit:
        return len(text)
    lo, hi = 0, min(len(text), limit)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if utf16_len(text[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


def split_like_telegram(text: str, limit: int = 4096) -> list[str]:
    """Parts of ``text``, each non-empty and at most ``limit`` UTF-16 units long."""
    parts: list[str] = []
    rest = text.strip()
    while rest:
        cut = _prefix_within(rest, limit)
        if cut < len(rest):
            head = rest[:cut]
            for sep in ("\n\n", "\n", " "):
                at = head.rfind(sep)
                if at >= cut // 2:
                    cut = at + len(sep)
                    break
        part, rest = rest[:cut].strip(), rest[cut:].strip()
        if part:
            parts.append(part)
    return parts
