"""HTML job pages -> schema.org JobPosting dicts or readable text.

Three sources, best first: JSON-LD ``<script type="application/ld+json">`` (lists, ``@graph``
and slightly broken JSON included), microdata (``itemtype=".../JobPosting"``), and the page's
main content rendered as lines (headings as ``## Heading``, list items as ``• item``) after
navigation, footers, forms, cookie banners and other chrome are dropped.
"""

from __future__ import annotations

import codecs
import html as html_lib
import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

MAX_HTML_CHARS = 3_000_000
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_MAX_DEPTH = 80  # real pages nest content far less deeply; bounds work on crafted ones

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "ul",
    "ol",
    "dl",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "pre",
    "blockquote",
    "dd",
    "dt",
    "hr",
    "address",
    "figure",
    "figcaption",
    "details",
    "summary",
    "center",
    "fieldset",
    "body",
    "html",
}
_SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "select",
    "input",
    "textarea",
    "head",
    "title",
    "meta",
    "link",
    "img",
    "video",
    "audio",
    "picture",
    "map",
}
# Page chrome, removed only when it is a small part of the page (some sites wrap everything
# in a <form> or a div called "page-with-sidebar").
_CHROME_TAGS = "nav, header, footer, aside, form, dialog, menu"
_CHROME_ROLES = re.compile(
    r"^(?:navigation|banner|contentinfo|dialog|alertdialog|complementary|search|menu)"
)
_CHROME_NAMES = re.compile(
    r"cookie|consent|gdpr|onetrust|cky-|newsletter|subscribe|share|social|breadcrumb|navbar|"
    r"(?:^|[-_ ])(?:nav|menu|sidebar|footer|header|masthead|banner|modal|popup|overlay|toast|"
    r"ad|ads|advert|promo|related|similar|recommend\w*|signup|sign-up|login)(?:$|[-_ ])",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


# --------------------------------------------------------------------------- rendering ---


def _node_text(node: LexborNode) -> str:
    return node.text(deep=True, separator=" ", strip=True) or ""


def render_text(node: LexborNode) -> str:
    """Readable text of a subtree: block elements on their own lines, list items as bullets,
    headings as markdown headings (so the text parser knows they are headings)."""
    out: list[str] = []
    # Iterative walk: deeply nested pages must not hit Python's recursion limit.
    stack: list[tuple[LexborNode | None, str]] = [(node, "enter")]
    while stack:
        current, action = stack.pop()
        if action != "enter":
            out.append(action)
            continue
        assert current is not None
        tag = current.tag or ""
        if tag == "-text":
            out.append(re.sub(r"\s+", " ", current.text_content or ""))
            continue
        if tag.startswith("-") or tag in _SKIP_TAGS:
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag == "pre":
            out.append("\n" + (current.text(deep=True) or "") + "\n")
            continue
        if tag in _HEADINGS:
            opener, closer = "\n\n## ", "\n\n"
        elif tag == "li":
            opener, closer = "\n• ", "\n"
        elif tag in ("td", "th"):
            opener, closer = " ", " \t"
        elif tag in _BLOCKS:
            opener, closer = "\n", "\n"
        else:
            opener, closer = "", ""
        if opener:
            out.append(opener)
        stack.append((None, closer))
        children = list(current.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, "enter"))
    text = "".join(out)
    lines = []
    for line in text.split("\n"):
        line = " ".join(line.replace("\t", " ").split())
        if line in ("•", "## ", "##"):
            continue
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_fragment_to_text(fragment: str) -> str:
    """A description field that may be HTML, escaped HTML or plain text -> text lines."""
    if not fragment:
        return ""
    if "&lt;" in fragment and not re.search(r"<[a-zA-Z/][^>]*>", fragment):
        fragment = html_lib.unescape(fragment)  # Greenhouse-style escaped HTML
    if not re.search(r"<[a-zA-Z/!][^>]*>", fragment):
        return html_lib.unescape(fragment).strip()
    tree = LexborHTMLParser(f"<html><body>{fragment}</body></html>")
    body = tree.body
    return render_text(body) if body is not None else ""


# ----------------------------------------------------------------------------- JSON-LD ---

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPERS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")


def _loads_lenient(raw: str) -> list[Any]:
    """Parse a JSON-LD block, forgiving comments wrappers, raw control characters, trailing
    commas, HTML-escaped quotes and several objects in a row."""
    text = _WRAPPERS.sub("", raw.strip()).strip()
    if text.startswith(("{&quot;", "[&quot;", "{ &quot;")):
        text = html_lib.unescape(text)
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return [json.loads(candidate, strict=False)]
        except (json.JSONDecodeError, RecursionError):
            pass
    # Several values back to back, or junk after the first one.
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    cleaned = _TRAILING_COMMA.sub(r"\1", text)
    index = 0
    while index < len(cleaned):
        brace = min(
            (i for i in (cleaned.find("{", index), cleaned.find("[", index)) if i >= 0), default=-1
        )
        if brace < 0:
            break
        try:
            value, end = decoder.raw_decode(cleaned, brace)
        except (json.JSONDecodeError, RecursionError):
            index = brace + 1
            continue
        values.append(value)
        index = end
    return values


def _is_job_posting(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(
        isinstance(k, str) and k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting"
        for k in kinds
    )


def _walk_postings(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk_postings(item, depth + 1)
    elif isinstance(value, dict):
        if _is_job_posting(value):
            yield value
            return
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item", "about"):
            if key in value:
                yield from _walk_postings(value[key], depth + 1)


def postings_in(value: Any) -> list[dict[str, Any]]:
    """JobPosting objects in a parsed JSON(-LD) value: top level, lists, ``@graph`` and the
    usual wrappers (the one walk for pages, JSON links and board answers)."""
    return list(_walk_postings(value))


def jsonld_postings(tree: LexborHTMLParser) -> tuple[list[dict[str, Any]], int]:
    """(JobPosting objects in document order, number of JSON-LD blocks that failed to parse)."""
    postings: list[dict[str, Any]] = []
    failed = 0
    for script in tree.css("script"):
        kind = (script.attributes.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        raw = script.text(deep=True) or ""
        if not raw.strip():
            continue
        values = _loads_lenient(raw)
        if not values:
            failed += 1
        for value in values:
            postings.extend(_walk_postings(value))
    return postings, failed


def best_posting(postings: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The posting with the most to say (several appear on pages listing similar jobs)."""

    def richness(posting: dict[str, Any]) -> tuple[int, int]:
        description = posting.get("description")
        length = len(description) if isinstance(description, str) else 0
        return (int(bool(posting.get("title"))) + int(length > 200), length)

    return max(postings, key=richness) if postings else None


# --------------------------------------------------------------------------- microdata ---

_RICH_PROPS = {
    "description",
    "responsibilities",
    "qualifications",
    "skills",
    "experienceRequirements",
    "educationRequirements",
    "jobBenefits",
    "incentiveCompensation",
}


def _owner_scope(node: LexborNode, root: LexborNode) -> LexborNode | None:
    parent = node.parent
    while parent is not None:
        if "itemscope" in parent.attributes:
            return parent
        if parent.mem_id == root.mem_id:
            return root
        parent = parent.parent
    return None


def _microdata_value(node: LexborNode, prop: str) -> Any:
    if "itemscope" in node.attributes:
        return _microdata_item(node)
    attrs = node.attributes
    tag = node.tag
    if tag == "meta":
        return attrs.get("content") or ""
    if tag in ("a", "link", "area"):
        return attrs.get("href") or _node_text(node)
    if tag in ("img", "audio", "video", "source", "embed", "iframe"):
        return attrs.get("src") or ""
    if tag == "time":
        return attrs.get("datetime") or _node_text(node)
    if tag in ("data", "meter"):
        return attrs.get("value") or _node_text(node)
    if "content" in attrs:
        return attrs.get("content") or ""
    if prop in _RICH_PROPS:
        return node.inner_html or ""
    return _node_text(node)


def _microdata_item(scope: LexborNode) -> dict[str, Any]:
    item: dict[str, Any] = {}
    itemtype = scope.attributes.get("itemtype")
    if itemtype:
        item["@type"] = itemtype.split()[0].rsplit("/", 1)[-1]
    for node in scope.css("[itemprop]"):
        owner = _owner_scope(node, scope)
        if owner is None or owner.mem_id != scope.mem_id:
            continue
        for prop in (node.attributes.get("itemprop") or "").split():
            value = _microdata_value(node, prop)
            if prop in item:
                existing = item[prop]
                item[prop] = [*existing, value] if isinstance(existing, list) else [existing, value]
            else:
                item[prop] = value
    return item


def microdata_posting(tree: LexborHTMLParser) -> dict[str, Any] | None:
    for node in tree.css("[itemtype]"):
        itemtype = node.attributes.get("itemtype") or ""
        if re.search(r"schema\.org/JobPosting\b", itemtype, re.IGNORECASE):
            return _microdata_item(node)
    return None


# ------------------------------------------------------------------------ main content ---


def page_title_hint(tree: LexborHTMLParser) -> str | None:
    """The page's own idea of the job title: the first <h1>, else og:title, else <title>."""
    for h1 in tree.css("h1"):
        text = _node_text(h1)
        if text and len(text.split()) <= 15:
            return text
    og = tree.css_first('meta[property="og:title"]')
    if og is not None and og.attributes.get("content"):
        return (og.attributes.get("content") or "").strip() or None
    title = tree.css_first("title")
    if title is not None:
        text = _node_text(title)
        return re.split(r"\s+[|–—-]\s+", text)[0].strip() or None
    return None


def _is_hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    return (
        "hidden" in attrs
        or (attrs.get("aria-hidden") or "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(attrs.get("style") or ""))
    )


def _is_chrome(node: LexborNode) -> bool:
    attrs = node.attributes
    if _CHROME_ROLES.match((attrs.get("role") or "").lower()):
        return True
    names = " ".join(filter(None, (attrs.get("id"), attrs.get("class"))))
    return bool(names and _CHROME_NAMES.search(names))


def _inside_content(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in ("main", "article") or (parent.attributes.get("role") or "") == "main":
            return True
        parent = parent.parent
    return False


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _remove_outermost(nodes: list[LexborNode]) -> None:
    """Decompose nodes, skipping any inside another doomed node: touching a node whose
    ancestor was already freed is unsafe in lexbor."""
    doomed = {node.mem_id for node in nodes}
    for node in [n for n in nodes if not any(a.mem_id in doomed for a in _ancestors(n))]:
        node.decompose()


def strip_chrome(tree: LexborHTMLParser) -> None:
    """Remove scripts, navigation, footers, forms, cookie banners, hidden and ad blocks."""
    _remove_outermost(
        tree.css("script, style, noscript, template, svg, iframe, object, embed, canvas")
    )
    body = tree.body
    if body is None:
        return
    total = max(1, len(_node_text(body)))
    candidates: list[LexborNode] = []
    for node in tree.css(_CHROME_TAGS):
        if node.tag == "header" and _inside_content(node):
            continue  # an article's own header often holds the job title
        candidates.append(node)
    for node in body.css("[id], [class], [role], [hidden], [aria-hidden], [style]"):
        if node.tag in ("body", "html", "main", "article") or node.attributes.get("role") == "main":
            continue
        if _is_hidden(node) or _is_chrome(node):
            candidates.append(node)
    _remove_outermost([n for n in candidates if len(_node_text(n)) <= 0.4 * total])


def _content_length(node: LexborNode) -> int:
    """Text length not inside links: navigation and 'similar jobs' are mostly links."""
    text = len(_node_text(node))
    links = sum(len(_node_text(a)) for a in node.css("a"))
    return max(0, text - links)


def main_content(tree: LexborHTMLParser) -> LexborNode | None:
    """The block that holds the posting: descend from <body> into the child holding most of
    the non-link text, then climb back while parents add little else (title, meta lines)."""
    body = tree.body
    if body is None:
        return None
    node = body
    size = _content_length(node)
    path = [(node, size)]
    while len(path) < _MAX_DEPTH:
        children = [
            c for c in node.iter() if c.tag not in _SKIP_TAGS and not (c.tag or "").startswith("-")
        ]
        if not children:
            break
        sizes = [(_content_length(c), c) for c in children]
        best_size, best = max(sizes, key=lambda s: s[0])
        if size == 0 or best_size < 0.6 * size:
            break
        node, size = best, best_size
        path.append((node, size))
    dense_size = size
    chosen = node
    for ancestor, ancestor_size in reversed(path[:-1]):
        if ancestor_size <= 1.35 * dense_size:
            chosen = ancestor
        else:
            break
    return chosen


def page_text(tree: LexborHTMLParser) -> str:
    """Readable text of the page's main content (the tree is modified)."""
    strip_chrome(tree)
    node = main_content(tree)
    return render_text(node) if node is not None else ""


def decode_body(body: bytes, charset: str | None, *, sniff_meta: bool = True) -> str:
    """Decode with the header charset, a BOM, a <meta charset>, UTF-8, then a best guess."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(encoding, errors="replace")
    candidates = [charset]
    if sniff_meta and (found := _META_CHARSET.search(body[:4096])):
        candidates.append(found.group(1).decode("ascii", "ignore"))
    for candidate in candidates:
        if not candidate:
            continue
        try:
            codecs.lookup(candidate)
        except LookupError:
            continue
        return body.decode(candidate, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        return body.decode(best.encoding, errors="replace")
    return body.decode("utf-8", errors="replace")
