"""Telegram's text rules: HTML parse mode, text clean-up, auto-detected entities, UTF-16 lengths.

This follows what the Bot API server (tdlib) does to a message text, so the bot meets the same
errors in the sandbox as in production:

* ``parse_html`` walks the UTF-8 bytes like tdlib does and raises ``EntityParseError`` with
  tdlib's wording and byte offsets (the Bot API prefixes it with "can't parse entities: ").
* ``clean_text`` replaces control characters, drops ``\\r``, trims spaces and newlines at both
  ends and removes whitespace-only entities, after which lengths are counted.
* ``find_entities`` adds the url / email / mention / hashtag / bot_command entities Telegram
  detects by itself (``CommandHandler`` needs the bot_command one).

Offsets and lengths are UTF-16 code units, like every Bot API entity.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

Entity = dict[str, Any]

ALLOWED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)
_SIMPLE_TAG_TYPES = {
    "i": "italic",
    "em": "italic",
    "b": "bold",
    "strong": "bold",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "u": "underline",
    "ins": "underline",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
# Entities that carry data beyond the text they cover; tdlib keeps them even over whitespace.
_HIDDEN_DATA_TYPES = frozenset({"text_link", "text_mention", "custom_emoji"})
# Entities that may not overlap each other (tdlib's "continuous" entities).
_CONTINUOUS_TYPES = frozenset(
    {
        "mention",
        "hashtag",
        "cashtag",
        "bot_command",
        "url",
        "email",
        "phone_number",
        "text_link",
        "text_mention",
        "code",
        "pre",
        "custom_emoji",
    }
)
_TYPE_PRIORITY = {
    "blockquote": 0,
    "expandable_blockquote": 0,
    "pre": 1,
    "code": 2,
    "text_link": 3,
    "url": 3,
    "email": 3,
    "mention": 3,
    "hashtag": 3,
    "bot_command": 3,
    "bold": 5,
    "italic": 6,
    "underline": 7,
    "strikethrough": 8,
    "spoiler": 9,
    "custom_emoji": 10,
}

_SPACE_BYTES = frozenset(b" \t\r\n\v\f\0")  # tdlib's is_space; NUL ends a C string
_LT, _GT, _AMP, _SLASH, _EQ = (ord(c) for c in "<>&/=")
_QUOTES = frozenset(b"'\"")
_NAME_STOP = frozenset(b"=>/'\"")


class EntityParseError(ValueError):
    """The HTML could not be parsed; ``str(exc)`` is tdlib's message."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of every Bot API offset and length."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _is_space(byte: int) -> bool:
    return byte in _SPACE_BYTES


def _decode_html_entity(data: bytes, pos: int) -> tuple[int, int]:
    """Decode ``&…`` at ``pos``: (code point, end) or (0, pos) when it is not an entity."""
    n = len(data)
    end = pos + 1
    code = 0
    if end < n and data[end] == ord("#"):
        end += 1
        if end < n and data[end] == ord("x"):
            end += 1
            while end < n and chr(data[end]) in "0123456789abcdefABCDEF":
                code = code * 16 + int(chr(data[end]), 16)
                end += 1
        else:
            while end < n and 0x30 <= data[end] <= 0x39:
                code = code * 10 + data[end] - 0x30
                end += 1
        if code == 0 or code >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while end < n and chr(data[end]).isascii() and chr(data[end]).isalpha():
            end += 1
        name = data[pos + 1 : end]
        code = {b"lt": 0x3C, b"gt": 0x3E, b"amp": 0x26, b"quot": 0x22}.get(name, 0)
        if not code:
            return 0, pos  # any other named entity stays as literal text, like in Telegram
    if end < n and data[end] == ord(";"):
        end += 1
    return code, end


def _encode_code_point(code: int) -> bytes:
    if 0xD800 <= code <= 0xDFFF:
        raise EntityParseError(
            "Text contains invalid Unicode characters after decoding HTML entities, "
            "check for unmatched surrogate code units"
        )
    return chr(code).encode("utf-8")


def checked_link(url: str) -> str | None:
    """The URL Telegram would keep for a text link, or None when it would drop the link."""
    url = url.strip()
    if not url:
        return None
    if "://" not in url and not url.lower().startswith(("tg:", "mailto:")):
        url = "http://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme in ("tg", "ton"):
        return url
    if scheme not in ("http", "https") or not parts.hostname or " " in url:
        return None
    if "." not in parts.hostname and parts.hostname != "localhost":
        return None
    return url if parts.path else url.replace(parts.netloc, parts.netloc + "/", 1)


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Parse Telegram's HTML subset into (plain text, entities), exactly as strict as Telegram."""
    data = source.encode("utf-8")
    n = len(data)

    def at(i: int) -> int:
        return data[i] if i < n else 0

    out = bytearray()
    utf16 = 0
    entities: list[Entity] = []
    # (tag, argument, utf16 offset where it starts, byte position in ``out`` where it starts)
    stack: list[tuple[str, str, int, int]] = []
    i = 0
    while i < n:
        c = data[i]
        if c == _AMP:
            code, end = _decode_html_entity(data, i)
            if code:
                out += _encode_code_point(code)
                utf16 += 2 if code > 0xFFFF else 1
                i = end
                continue
        if c != _LT:
            # Copy plain text up to the next markup character in one go.
            j = i + 1
            while j < n and data[j] != _LT and data[j] != _AMP:
                j += 1
            chunk = data[i:j]
            out += chunk
            utf16 += sum(1 for b in chunk if (b & 0xC0) != 0x80) + sum(
                1 for b in chunk if b >= 0xF0
            )
            i = j
            continue

        begin = i
        i += 1
        if at(i) != _SLASH:
            while not _is_space(at(i)) and at(i) != _GT:
                i += 1
            if at(i) == 0:
                raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
            tag = data[begin + 1 : i].lower().decode("utf-8", "replace")
            if tag not in ALLOWED_TAGS:
                raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {begin}')
            argument = ""
            while at(i) != _GT:
                while at(i) != 0 and _is_space(at(i)):
                    i += 1
                if at(i) == _GT:
                    break
                attr_begin = i
                while not _is_space(at(i)) and at(i) not in _NAME_STOP:
                    i += 1
                attr = data[attr_begin:i]
                if not attr:
                    raise EntityParseError(
                        f'Empty attribute name in the tag "{tag}" at byte offset {begin}'
                    )
                while at(i) != 0 and _is_space(at(i)):
                    i += 1
                if at(i) != _EQ:
                    if at(i) == 0:
                        raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
                    if tag == "blockquote" and attr == b"expandable":
                        argument = "1"
                    continue
                i += 1
                while at(i) != 0 and _is_space(at(i)):
                    i += 1
                if at(i) == 0:
                    raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
                if at(i) not in _QUOTES:
                    token_begin = i
                    while chr(at(i)).isascii() and (chr(at(i)).isalnum() or at(i) in b".-"):
                        i += 1
                    value = data[token_begin:i].lower().decode("ascii")
                    if not _is_space(at(i)) and at(i) != _GT:
                        raise EntityParseError(
                            f"Unexpected end of name token at byte offset {token_begin}"
                        )
                else:
                    quote = at(i)
                    i += 1
                    buf = bytearray()
                    while at(i) != quote and at(i) != 0:
                        if at(i) == _AMP:
                            code, end = _decode_html_entity(data, i)
                            if code:
                                buf += _encode_code_point(code)
                                i = end
                                continue
                        buf.append(at(i))
                        i += 1
                    if at(i) == quote:
                        i += 1
                    value = buf.decode("utf-8", "replace")
                if at(i) == 0:
                    raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
                argument = _tag_argument(tag, attr, value, argument)
            if tag == "span" and argument != "spoiler":
                raise EntityParseError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {begin}'
                )
            stack.append((tag, argument, utf16, len(out)))
            i += 1  # the '>'
            continue

        # An end tag.
        if not stack:
            raise EntityParseError(f"Unexpected end tag at byte offset {begin}")
        while not _is_space(at(i)) and at(i) != _GT:
            i += 1
        end_name = data[begin + 2 : i].lower().decode("utf-8", "replace")
        while _is_space(at(i)) and at(i) != 0:
            i += 1
        if at(i) != _GT:
            raise EntityParseError(f"Unclosed end tag at byte offset {begin}")
        tag, argument, start, out_start = stack[-1]
        if end_name and end_name != tag:
            raise EntityParseError(
                f'Unmatched end tag at byte offset {begin}, expected "</{tag}>", '
                f'found "</{end_name}>"'
            )
        if utf16 > start:
            inner = out[out_start:].decode("utf-8", "replace")
            _close_entity(entities, tag, argument, start, utf16 - start, inner)
        stack.pop()
        i += 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return out.decode("utf-8"), sort_entities(entities)


def _tag_argument(tag: str, attr: bytes, value: str, current: str) -> str:
    if tag == "a" and attr == b"href":
        return value
    if tag == "code" and attr == b"class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and attr == b"class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "tg-emoji" and attr == b"emoji-id":
        return value
    if tag == "blockquote" and attr == b"expandable":
        return "1"
    return current


def _close_entity(
    entities: list[Entity], tag: str, argument: str, offset: int, length: int, inner: str
) -> None:
    if tag in _SIMPLE_TAG_TYPES:
        entities.append({"type": _SIMPLE_TAG_TYPES[tag], "offset": offset, "length": length})
    elif tag == "tg-emoji":
        if not argument.isdigit() or int(argument) == 0:
            raise EntityParseError("Invalid custom emoji identifier specified")
        entities.append(
            {
                "type": "custom_emoji",
                "offset": offset,
                "length": length,
                "custom_emoji_id": argument,
            }
        )
    elif tag == "a":
        url = checked_link(argument or inner)
        if url is not None:  # Telegram silently drops links it cannot use
            entities.append({"type": "text_link", "offset": offset, "length": length, "url": url})
    elif tag == "pre":
        last = entities[-1] if entities else None
        if (
            last is not None
            and last["type"] == "code"
            and (last["offset"], last["length"]) == (offset, length)
            and last.get("language")
        ):
            last["type"] = "pre"  # <pre><code class="language-x"> is one pre entity
        else:
            entities.append({"type": "pre", "offset": offset, "length": length})
    elif tag == "code":
        last = entities[-1] if entities else None
        if (
            last is not None
            and last["type"] == "pre"
            and (last["offset"], last["length"]) == (offset, length)
            and argument
        ):
            last["language"] = argument
        elif argument:
            # A language is kept only if the code turns out to be inside a <pre>.
            entities.append(
                {"type": "code", "offset": offset, "length": length, "language": argument}
            )
        else:
            entities.append({"type": "code", "offset": offset, "length": length})
    elif tag == "blockquote":
        kind = "expandable_blockquote" if argument else "blockquote"
        entities.append({"type": kind, "offset": offset, "length": length})


def sort_entities(entities: list[Entity]) -> list[Entity]:
    """Sort like tdlib: by offset, longer first, then by type; a code keeps no language."""
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    return sorted(
        entities,
        key=lambda e: (e["offset"], -e["length"], _TYPE_PRIORITY.get(e["type"], 20)),
    )


# --- clean-up after parsing (tdlib's fix_formatted_text) ------------------------------------

_REMOVED_CHARS = frozenset("\r\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u0333\u033f\u030a")
# Anything the character loop below would change, or a non-BMP character (two UTF-16 units).
_NEEDS_CLEANUP = re.compile(
    "[\x00-\x09\x0b-\x1f\r\u2028\u2029\u202a-\u202e\u0333\u033f\u030a\U00010000-\U0010ffff]"
)


def clean_text(
    text: str, entities: list[Entity], *, allow_empty: bool
) -> tuple[str, list[Entity]] | None:
    """Normalise a text the way Telegram stores it; None when it ends up empty and not allowed.

    Control characters become spaces, ``\\r`` and a few invisible characters are dropped,
    entities made of whitespace only are removed and the text is trimmed at both ends.
    """
    # 1. Character clean-up with a map from old to new UTF-16 offsets.
    chars: list[str] = []
    old_to_new = [0]
    new_pos = 0
    if not _NEEDS_CLEANUP.search(text):  # the usual case: nothing to drop or replace
        chars = list(text)
        old_to_new = list(range(len(text) + 1))
        text = ""
    for ch in text:
        units = 2 if ord(ch) > 0xFFFF else 1
        if ch in _REMOVED_CHARS:
            old_to_new.extend([new_pos] * units)
            continue
        if ord(ch) < 32 and ch != "\n":
            ch = " "
        chars.append(ch)
        for _ in range(units):
            new_pos += 1
            old_to_new.append(new_pos)
    total = len(old_to_new) - 1
    fixed: list[Entity] = []
    for entity in entities:
        start = min(max(int(entity["offset"]), 0), total)
        end = min(max(start + int(entity["length"]), start), total)
        moved = dict(entity, offset=old_to_new[start], length=old_to_new[end] - old_to_new[start])
        if moved["length"] > 0:
            fixed.append(moved)

    # Per code unit: is it whitespace (space or newline)?
    units_ws: list[bool] = []
    for ch in chars:
        units_ws.extend([ch in " \n"] * (2 if ord(ch) > 0xFFFF else 1))

    # 2. Entities lose leading whitespace; whitespace-only ones disappear.
    kept: list[Entity] = []
    for entity in fixed:
        start, end = entity["offset"], entity["offset"] + entity["length"]
        if entity["type"] not in _HIDDEN_DATA_TYPES:
            while start < end and units_ws[start]:
                start += 1
            if not any(not units_ws[k] for k in range(start, end)):
                continue
        kept.append(dict(entity, offset=start, length=end - start))

    # 3. Trim spaces and newlines at both ends (the left side only up to the first entity).
    last = max((k for k, ws in enumerate(units_ws) if not ws), default=-1)
    if last < 0:
        if allow_empty:
            return "", []
        return None
    new_text = "".join(chars)
    end_units = last + 1
    trimmed: list[Entity] = []
    for entity in kept:
        if entity["offset"] >= end_units:
            continue
        length = min(entity["length"], end_units - entity["offset"])
        trimmed.append(dict(entity, length=length))
    first_entity = min((e["offset"] for e in trimmed), default=end_units)
    lead = 0
    while lead < first_entity and units_ws[lead]:
        lead += 1
    # Leading whitespace is BMP (space/newline), so code units == characters here.
    new_text = _slice_utf16(new_text, lead, end_units)
    for entity in trimmed:
        entity["offset"] -= lead
    return new_text, sort_entities(trimmed)


def _slice_utf16(text: str, start: int, end: int) -> str:
    raw = text.encode("utf-16-le")
    return raw[start * 2 : end * 2].decode("utf-16-le")


# --- entities Telegram finds by itself -------------------------------------------------------

_URL_RE = re.compile(
    r"(?i)(?<![\w@/.-])"
    r"(?:(?:https?|ftp|tg)://[^\s<>\"'«»]+"
    r"|www\.[^\s<>\"'«»]+"
    r"|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|org|net|io|dev|ai|co|app|me|info|biz|edu|gov|uk|de|ru|fr|nl|es|it|pl|ua|jobs|"
    r"careers|us|ca|eu|tech|xyz|ly|gl|in|au|ch|se|no|fi|dk|be|at|cz|jp|cn|br|mx)"
    r"(?::\d{1,5})?(?:/[^\s<>\"'«»]*)?(?![\w-]))"
)
_EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?!\w)")
_MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}(?!\w)")
_HASHTAG_RE = re.compile(r"(?<![\w#])#\w*[^\W\d]\w*")
_COMMAND_RE = re.compile(r"(?<![\w/\\.<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/\\<>])")
_TRAILING_PUNCT = ".,:;!?'\""


def _trim_url(url: str) -> str:
    while url and (
        url[-1] in _TRAILING_PUNCT or (url[-1] == ")" and url.count("(") < url.count(")"))
    ):
        url = url[:-1]
    return url


def find_entities(text: str) -> list[Entity]:
    """The url, email, mention, hashtag and bot_command entities Telegram detects in a text."""
    spans: list[tuple[int, int, str]] = []  # (start char, end char, type)

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in spans)

    for match in _EMAIL_RE.finditer(text):
        spans.append((match.start(), match.end(), "email"))
    for match in _URL_RE.finditer(text):
        url = _trim_url(match.group(0))
        if url and free(match.start(), match.start() + len(url)):
            spans.append((match.start(), match.start() + len(url), "url"))
    for pattern, kind in (
        (_MENTION_RE, "mention"),
        (_HASHTAG_RE, "hashtag"),
        (_COMMAND_RE, "bot_command"),
    ):
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                spans.append((match.start(), match.end(), kind))
    found: list[Entity] = []
    for start, end, kind in spans:
        offset = utf16_len(text[:start])
        found.append({"type": kind, "offset": offset, "length": utf16_len(text[start:end])})
    return sort_entities(found)


def merge_found_entities(entities: list[Entity], found: list[Entity]) -> list[Entity]:
    """Add detected entities that do not collide with continuous ones already there."""
    blocking = [e for e in entities if e["type"] in _CONTINUOUS_TYPES]
    merged = list(entities)
    for entity in found:
        start, end = entity["offset"], entity["offset"] + entity["length"]
        if all(end <= b["offset"] or start >= b["offset"] + b["length"] for b in blocking):
            merged.append(entity)
    return sort_entities(merged)


def format_text(
    text: str,
    parse_mode: str | None,
    entities: list[Entity] | None,
    *,
    allow_empty: bool,
) -> tuple[str, list[Entity]] | None:
    """Everything Telegram does to a text before storing it.

    Returns (text, entities) or None when the text is empty and that is not allowed. Raises
    ``EntityParseError`` for bad HTML and ``ValueError`` for an unsupported parse mode.
    """
    mode = (parse_mode or "").strip().lower()
    if mode == "html":
        plain, parsed = parse_html(text)
    elif mode in ("", "none"):
        plain, parsed = text, [dict(e) for e in entities or []]
    elif mode in ("markdown", "markdownv2"):
        # Not emulated: the text is kept as sent (ATSPro speaks HTML only).
        plain, parsed = text, []
    else:
        raise ValueError("unsupported parse_mode")
    cleaned = clean_text(plain, parsed, allow_empty=allow_empty)
    if cleaned is None:
        return None
    plain, parsed = cleaned
    return plain, merge_found_entities(parsed, find_entities(plain))
