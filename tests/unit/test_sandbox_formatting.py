"""Unit tests of the sandbox's copy of Telegram's text rules (HTML, clean-up, auto entities)."""

from __future__ import annotations

import pytest

from atspro.sandbox.formatting import (
    EntityParseError,
    checked_link,
    find_entities,
    format_text,
    parse_html,
    utf16_len,
)


def test_offsets_are_utf16_code_units() -> None:
    text, entities = parse_html("😀 <b>Zoë 😀</b> <i>x</i>")
    assert text == "😀 Zoë 😀 x"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 6},
        {"type": "italic", "offset": 10, "length": 1},
    ]
    assert utf16_len(text) == 11


def test_nested_tags_links_code_and_entities() -> None:
    source = (
        '<b>Skills <i>Python</i></b> &amp; <a href="https://example.com">site</a> '
        '<pre><code class="language-python">x &lt; 1</code></pre> <code>y</code> &#x41;&#66;&nbsp;'
    )
    text, entities = parse_html(source)
    assert text == "Skills Python & site x < 1 y AB&nbsp;"
    assert entities == [
        {"type": "bold", "offset": 0, "length": 13},
        {"type": "italic", "offset": 7, "length": 6},
        {"type": "text_link", "offset": 16, "length": 4, "url": "https://example.com/"},
        {"type": "pre", "offset": 21, "length": 5, "language": "python"},
        {"type": "code", "offset": 27, "length": 1},
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<p>x</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("<B>x</b><script>", 'Unsupported start tag "script" at byte offset 8'),
        ("ok</b>", "Unexpected end tag at byte offset 2"),
        ("<i>x</b>", 'Unmatched end tag at byte offset 4, expected "</i>", found "</b>"'),
        ("<i>x", 'Can\'t find end tag corresponding to start tag "i"'),
        ("<a href='x", "Unclosed start tag at byte offset 0"),
        ("<b =x>y</b>", 'Empty attribute name in the tag "b" at byte offset 0'),
        ('<tg-emoji emoji-id="abc">x</tg-emoji>', "Invalid custom emoji identifier specified"),
    ],
)
def test_html_errors_use_telegram_wording(source: str, message: str) -> None:
    with pytest.raises(EntityParseError) as info:
        parse_html(source)
    assert str(info.value) == message


def test_clean_up_trims_and_drops_whitespace_entities() -> None:
    formatted = format_text(
        "\r\n  <b> </b><i> hi</i>\x01there  \n", "HTML", None, allow_empty=False
    )
    assert formatted == ("hi there", [{"type": "italic", "offset": 0, "length": 2}])
    assert format_text(" \n ", None, None, allow_empty=False) is None
    assert format_text("", None, None, allow_empty=True) == ("", [])


def test_telegram_detects_commands_links_and_mentions() -> None:
    text = "/score@atspro_bot see https://jobs.example.com/42). Mail me@x.io #python @someone"
    found = {
        (e["type"], text[e["offset"] : e["offset"] + e["length"]]) for e in find_entities(text)
    }
    assert found == {
        ("bot_command", "/score@atspro_bot"),
        ("url", "https://jobs.example.com/42"),
        ("email", "me@x.io"),
        ("hashtag", "#python"),
        ("mention", "@someone"),
    }
    # Detected entities never cross code or links the sender formatted.
    _, entities = format_text("<code>https://a.com</code>", "HTML", None, allow_empty=False)
    assert entities == [{"type": "code", "offset": 0, "length": 13}]


def test_link_checks() -> None:
    assert checked_link("example.com/jobs") == "http://example.com/jobs"
    assert checked_link("https://example.com") == "https://example.com/"
    assert checked_link("javascript:alert(1)") is None
    assert checked_link("tg://user?id=1") == "tg://user?id=1"
