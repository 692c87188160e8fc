"""Contact icons read as a letter glued to the detail after them (recogniser output made up)."""

from __future__ import annotations

from atspro.analysis.documents.ocr import _without_icons


def _recognised(text: str, icon_at: int | None) -> tuple[str, float, tuple]:
    """A line as the recogniser returns it: each character's column and confidence; the
    character at ``icon_at`` read unsure and two letter steps before the next one."""
    columns, confidences, x = [], [], 0
    for i, _ in enumerate(text):
        columns.append(x)
        confidences.append(0.3 if i == icon_at else 0.98)
        x += 8 if i == icon_at else 4
    return text, 0.95, (None, None, [columns], None, confidences)


def test_an_icon_after_a_separator_that_lost_its_spaces_is_taken_out() -> None:
    line = "+1 555 0100/sjane.roe@mail.test/London"
    text, _ = _without_icons(_recognised(line, line.index("sjane")))
    assert text == "+1 555 0100/ jane.roe@mail.test/London"
    bar = "+1 555 0100|sjane.roe@mail.test"
    assert (
        _without_icons(_recognised(bar, bar.index("sjane")))[0] == "+1 555 0100| jane.roe@mail.test"
    )


def test_a_letter_read_surely_after_a_slash_is_kept() -> None:
    line = "+1 555 0100/sjane.roe@mail.test"
    assert _without_icons(_recognised(line, None))[0] == line
    link = "linkedin.com/in/jane-roe"  # no contact detail follows an unsure "i" here
    assert _without_icons(_recognised(link, link.index("in/")))[0] == link
