"""PDF -> positioned text fragments, with the facts an ATS check needs (hidden text, images).

pypdf parses the file and the content streams; this module walks the operators itself so each
piece of text comes with its position, size and visibility (render mode, fill colour, alpha).
Plain ``page.extract_text()`` returns text in content-stream order only, which interleaves the
columns of some two-column resumes; :mod:`.layout` rebuilds the reading order from the
positions collected here.

Glyph decoding and widths reuse pypdf's ``Font`` (the object behind its own "layout" mode).
It is a private pypdf API, so :func:`read_pdf` falls back to ``page.extract_text()`` for any
page the walker cannot handle.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import io
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, IndirectObject

from atspro.analysis.documents.base import ExtractLimits, RawText
from atspro.analysis.documents.errors import (
    CorruptFile,
    EncryptedPdf,
    ImageOnlyPdf,
    TooManyPages,
    UnmappedFontsPdf,
)
from atspro.analysis.documents.glyphs import restore_glyph_names
from atspro.analysis.documents.pdf_bidi import has_rtl, logical_order
from atspro.analysis.documents.pdf_cells import mark_cells
from atspro.analysis.documents.pdf_cmap import embedded_text_map
from atspro.analysis.documents.pdf_heads import feet_apart, without_running_heads
from atspro.analysis.documents.pdf_hyphens import join_hyphenated
from atspro.analysis.documents.pdf_layout import (
    ROW_TOLERANCE,
    Fragment,
    PageLayout,
    flow_pages,
    layout_page,
)

try:  # private pypdf API: the fallback below keeps extraction working if it moves
    from pypdf.generic._font import Font
except ImportError:  # pragma: no cover - depends on the pypdf version installed
    Font = None  # type: ignore[assignment,misc]
try:  # the Adobe glyph list pypdf decodes glyph names with (private too)
    from pypdf._codecs.adobe_glyphs import adobe_glyphs
except ImportError:  # pragma: no cover - then pictogram fonts are known by family alone
    adobe_glyphs = None

log = logging.getLogger(__name__)

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

# Work caps so a hostile file cannot make the walker itself run away (the worker's time
# limit is the last line of defence, these keep the in-process path bounded too).
MAX_OPERATIONS = 3_000_000
MAX_FORM_DEPTH = 12
TINY_TEXT_PT = 1.5  # text smaller than this is unreadable on paper: counted as hidden
WHITE = 0.94  # all RGB channels at least this: treated as white
LIGHT = 0.75  # a filled rectangle this light is a band behind text, no glyph's ink
HALO_OFFSET = 0.3  # a hidden copy this close (x font size) to visible text may be its halo ...
HALO_COVER = 0.8  # ... when the visible text covers this share of its width and spells it
ICON = "\ue000"  # a pictogram of an icon font with no text mapping (private use, dropped)
# symbol fonts pypdf has no table for, whose codes read as letters without a text mapping
PICTOGRAM_FONTS = ("marvosym", "wingdings", "webdings")


@dataclass(slots=True)
class PdfPage:
    fragments: list[Fragment] = field(default_factory=list)
    width: float = 612.0
    height: float = 792.0
    images: int = 0
    plain_text: str | None = None  # set when the walker failed and pypdf's text is used
    unmapped: list[Fragment] = field(default_factory=list)  # in fonts with no text mapping
    # hidden by render mode 3/7 only, over a picture or a filled shape (``_text_layer``)
    invisible: list[Fragment] = field(default_factory=list)
    # of those, the ones over filled rectangles only (a band), no picture or glyph outline
    banded: list[Fragment] = field(default_factory=list)
    shapes: list[tuple[float, float, float, float]] = field(default_factory=list)  # painted
    recovered: bool = False  # some text in a font read through its embedded cmap (``pdf_cmap``)


@dataclass(slots=True)
class PdfDocument:
    pages: list[PdfPage]
    page_count: int
    truncated_file: bool


def mult(m: Matrix, n: Matrix) -> Matrix:
    """m x n for PDF's row-vector affine matrices (apply m, then n)."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _num(value: Any, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _matrix(operands: list[Any]) -> Matrix | None:
    if len(operands) < 6:
        return None
    try:
        a, b, c, d, e, f = (float(v) for v in operands[-6:])
    except (TypeError, ValueError):
        return None
    return (a, b, c, d, e, f)


def open_pdf(data: bytes, max_pages: int) -> tuple[PdfReader, int]:
    """Open and decrypt (empty password) a PDF; check the page count before any text work."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                # Many PDFs only carry an owner password (printing/copy limits) and open with
                # the empty user password; those are readable.
                if not reader.decrypt(""):
                    raise EncryptedPdf(detail="user password required")
            except (DependencyError, NotImplementedError) as exc:
                raise EncryptedPdf(detail=f"unsupported encryption: {type(exc).__name__}") from None
        page_count = len(reader.pages)
    except EncryptedPdf:
        raise
    except FileNotDecryptedError:
        raise EncryptedPdf(detail="not decrypted") from None
    except (PdfReadError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        raise CorruptFile(detail=f"pypdf: {type(exc).__name__}: {str(exc)[:120]}") from None
    except RecursionError:
        raise CorruptFile(detail="pypdf: recursion") from None
    if page_count > max_pages:
        raise TooManyPages(pages=page_count, limit=max_pages)
    return reader, page_count


def read_pdf(data: bytes, limits: ExtractLimits) -> PdfDocument:
    reader, page_count = open_pdf(data, limits.max_pages)
    walker = _Walker(reader, limits.pdf_large_fill_share, limits.pdf_cmap_budget)
    pages: list[PdfPage] = []
    for index in range(page_count):
        try:
            page_obj = reader.pages[index]
        except (PdfReadError, ValueError, TypeError, KeyError, AttributeError, IndexError):
            pages.append(PdfPage(plain_text=""))
            continue
        pages.append(walker.read_page(page_obj))
    truncated = b"%%EOF" not in data[-2048:]
    return PdfDocument(pages=pages, page_count=page_count, truncated_file=truncated)


@dataclass(slots=True)
class _State:
    """Graphics + text state saved by q/Q (text state parameters belong to it too)."""

    ctm: Matrix = IDENTITY
    fill: tuple[float, ...] | None = (0.0,)  # None: pattern/unknown colour, never "white"
    fill_space_n: int = 1
    alpha: float = 1.0
    render_mode: int = 0
    font: Any = None
    font_size: float = 0.0
    char_space: float = 0.0
    word_space: float = 0.0
    h_scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    group_alpha: float = 1.0  # the alpha a transparency group drawing this is painted with

    def copy(self) -> _State:
        return _State(
            self.ctm,
            self.fill,
            self.fill_space_n,
            self.alpha,
            self.render_mode,
            self.font,
            self.font_size,
            self.char_space,
            self.word_space,
            self.h_scale,
            self.leading,
            self.rise,
            self.group_alpha,
        )


_COLOR_SPACE_SIZES = {"/DeviceGray": 1, "/G": 1, "/DeviceRGB": 3, "/RGB": 3, "/DeviceCMYK": 4}
_CMYK = 4


def _is_white(fill: tuple[float, ...] | None, white: float = WHITE) -> bool:
    if not fill:
        return False
    if len(fill) == 1:
        return fill[0] >= white
    if len(fill) == 3:
        return min(fill) >= white
    if len(fill) == _CMYK:
        return max(fill) <= 1 - white
    return False


class _Walker:
    """Interprets content streams into fragments. One instance per document (font cache)."""

    def __init__(self, reader: PdfReader, large_fill_share: float, cmap_budget: int) -> None:
        self.reader = reader
        self.large_fill_share = large_fill_share  # a fill this big is a page colour, no ink
        self.cmap_budget = cmap_budget  # steps one embedded font's cmap may cost (pdf_cmap)
        self.font_cache: dict[int, Any] = {}
        self.operations = 0
        self.spans: list[tuple[str, int] | None] = []
        self.actual_open = 0

    # -- pages -------------------------------------------------------------------------------
    def read_page(self, page: Any) -> PdfPage:
        box = page.mediabox
        # a page box may give its corners in any order (one axis reversed)
        left, right = sorted((float(box[0]), float(box[2])))
        bottom, top = sorted((float(box[1]), float(box[3])))
        out = PdfPage(width=right - left, height=top - bottom)
        self.box = (left, bottom, right, top)
        if Font is None:
            return self._plain(page, out)
        try:
            contents = page.get("/Contents")
            if contents is None:
                return out
            stream = ContentStream(contents.get_object(), self.reader, "bytes")
            self.page = out
            self.backgrounds: list[tuple[float, float, float, float]] = []
            self.ink: list[tuple[float, float, float, float]] = []  # pictures, glyph-sized fills
            self.bands: list[tuple[float, float, float, float]] = []  # of those, rectangles
            self._glyph_stamp: tuple[int, int] | None = None  # ``_glyph_ink``'s, per page
            self._glyph_cache: list[tuple[float, float, float, float]] = []
            self.order = 0
            self.spans = []  # open marked content: (ActualText, first fragment) or None
            self.actual_open = 0  # of those, spans with ActualText
            self._run(stream, page.get("/Resources"), _State(), depth=0, seen=set())
            self._unclosed_spans()
        except (CorruptFile, RecursionError):
            raise CorruptFile(detail="pdf content too complex") from None
        except Exception as exc:  # pypdf internals vary; the plain extractor is the fallback
            log.debug("pdf walker fell back to plain extraction: %s", type(exc).__name__)
            return self._plain(page, PdfPage(width=out.width, height=out.height))
        return out

    def _plain(self, page: Any, out: PdfPage) -> PdfPage:
        try:
            out.plain_text = page.extract_text() or ""
        except Exception as exc:
            log.debug("pypdf plain extraction failed: %s", type(exc).__name__)
            out.plain_text = ""
        out.images = self._count_images(page)
        return out

    @staticmethod
    def _count_images(page: Any) -> int:
        try:
            xobjects = page["/Resources"].get_object().get("/XObject") or {}
            return sum(
                1
                for v in xobjects.get_object().values()
                if v.get_object().get("/Subtype") == "/Image"
            )
        except Exception:
            return 0

    # -- resources ---------------------------------------------------------------------------
    def _font(self, resources: DictionaryObject | None, name: Any) -> Any:
        fonts = _resource(resources, "/Font")
        if fonts is None or name not in fonts:
            return None
        ref = fonts.raw_get(name)
        key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
        if key not in self.font_cache:
            obj = ref.get_object()
            self.font_cache[key] = (
                _load_font(obj, self.cmap_budget) if isinstance(obj, DictionaryObject) else None
            )
        return self.font_cache[key]

    # -- interpreter -------------------------------------------------------------------------
    def _run(
        self,
        stream: ContentStream,
        resources: Any,
        state: _State,
        *,
        depth: int,
        seen: set[int],
    ) -> None:
        resources = resources.get_object() if resources is not None else None
        stack: list[_State] = []
        tm: Matrix = IDENTITY
        tlm: Matrix = IDENTITY
        rects: list[tuple[float, float, float, float]] = []
        for operands, op in stream.operations:
            self.operations += 1
            if self.operations > MAX_OPERATIONS:
                raise CorruptFile(detail="too many PDF operations")
            if op == b"Tj" or op == b"'" or op == b'"':
                if op != b"Tj":
                    if op == b'"' and len(operands) >= 3:
                        state.word_space = _num(operands[0])
                        state.char_space = _num(operands[1])
                    tlm = mult((1, 0, 0, 1, 0, -state.leading), tlm)
                    tm = tlm
                if operands and isinstance(operands[-1], bytes):
                    tm = self._show(operands[-1], tm, state)
            elif op == b"TJ":
                if operands and isinstance(operands[0], ArrayObject):
                    for item in operands[0]:
                        if isinstance(item, bytes):
                            tm = self._show(item, tm, state)
                        elif isinstance(item, (int, float)):
                            shift = -float(item) / 1000.0 * state.font_size * state.h_scale
                            tm = mult((1, 0, 0, 1, shift, 0), tm)
            elif op == b"Td" or op == b"TD":
                tx, ty = (_num(v) for v in [*operands, 0, 0][:2])
                if op == b"TD":
                    state.leading = -ty
                tlm = mult((1, 0, 0, 1, tx, ty), tlm)
                tm = tlm
            elif op == b"Tm":
                m = _matrix(operands)
                tlm = tm = m or IDENTITY
            elif op == b"T*":
                tlm = mult((1, 0, 0, 1, 0, -state.leading), tlm)
                tm = tlm
            elif op == b"BT":
                tm = tlm = IDENTITY
            elif op == b"Tf":
                if len(operands) >= 2:
                    state.font = self._font(resources, operands[0])
                    state.font_size = _num(operands[1], state.font_size)
            elif op == b"Tc":
                state.char_space = _num(operands[0] if operands else 0)
            elif op == b"Tw":
                state.word_space = _num(operands[0] if operands else 0)
            elif op == b"Tz":
                state.h_scale = _num(operands[0] if operands else 100, 100) / 100.0
            elif op == b"TL":
                state.leading = _num(operands[0] if operands else 0)
            elif op == b"Ts":
                state.rise = _num(operands[0] if operands else 0)
            elif op == b"Tr":
                state.render_mode = int(_num(operands[0] if operands else 0))
            elif op == b"q":
                stack.append(state.copy())
            elif op == b"Q":
                if stack:
                    state = stack.pop()
            elif op == b"cm":
                m = _matrix(operands)
                if m:
                    state.ctm = mult(m, state.ctm)
            elif op in (b"g", b"rg", b"k"):
                values = tuple(_num(v) for v in operands)
                state.fill = values if len(values) in (1, 3, 4) else None
                state.fill_space_n = len(values)
            elif op == b"cs":
                name = operands[0] if operands else None
                state.fill_space_n = _color_components(resources, name)
                state.fill = (0.0,) if state.fill_space_n else None
            elif op in (b"sc", b"scn"):
                numeric = operands and all(isinstance(v, (int, float)) for v in operands)
                if numeric and len(operands) == state.fill_space_n:
                    state.fill = tuple(float(v) for v in operands)
                else:  # pattern, spot colour (a tint, not a grey), Lab…: colour unknown
                    state.fill = None
            elif op == b"gs":
                state.alpha = self._fill_alpha(resources, operands, state.alpha)
            elif op == b"re":
                if len(operands) >= 4:
                    x, y, w, h = (_num(v) for v in operands[:4])
                    rects.append(self._device_box(state.ctm, x, y, x + w, y + h))
            elif op in _PATH_POINTS:  # a drawn shape (a rounded box): its corners' box
                values = [_num(v) for v in operands[: 2 * _PATH_POINTS[op]]]
                for x, y in zip(values[::2], values[1::2], strict=False):
                    rects.append(self._device_box(state.ctm, x, y, x, y))
            elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
                if rects:
                    shapes = _shape_boxes(rects)
                    self.page.shapes.extend(shapes)
                    if not _is_white(state.fill):
                        self.backgrounds.extend(shapes)
                        ink = [s for s in shapes if self._page_share(s) < self.large_fill_share]
                        self.ink.extend(ink)
                        if _is_white(state.fill, LIGHT) and all(  # a light rectangle
                            b[0] != b[2] or b[1] != b[3] for b in rects
                        ):
                            self.bands.extend(ink)
                rects = []
            elif op in (b"n", b"S", b"s", b"W", b"W*"):
                if op != b"W" and op != b"W*":
                    if rects and op != b"n":  # a stroked outline (a tag's or a cell's border)
                        self.page.shapes.extend(_shape_boxes(rects))
                    rects = []
            elif op == b"BDC" or op == b"BMC":
                actual = _actual_text(operands, resources) if op == b"BDC" else None
                self.spans.append(None if actual is None else (actual, len(self.page.fragments)))
                self.actual_open += actual is not None
            elif op == b"EMC":
                span = self.spans.pop() if self.spans else None
                if span is not None:
                    self.actual_open -= 1
                    self._replace_span(*span)
            elif op == b"Do":
                if operands:
                    self._do(operands[0], resources, state, depth=depth, seen=seen)
            elif op == b"INLINE IMAGE":
                self._picture(state.ctm)

    def _fill_alpha(self, resources: Any, operands: list[Any], current: float) -> float:
        states = _resource(resources, "/ExtGState")
        if not operands or states is None or operands[0] not in states:
            return current
        ext = states[operands[0]].get_object()
        if isinstance(ext, DictionaryObject) and "/ca" in ext:
            return _num(ext["/ca"], current)
        return current

    def _do(self, name: Any, resources: Any, state: _State, *, depth: int, seen: set[int]) -> None:
        xobjects = _resource(resources, "/XObject")
        if xobjects is None or name not in xobjects:
            return
        ref = xobjects.raw_get(name)
        xobj = ref.get_object()
        subtype = xobj.get("/Subtype")
        if subtype == "/Image":
            self._picture(state.ctm)
            return
        if subtype != "/Form" or depth >= MAX_FORM_DEPTH:
            return
        key = ref.idnum if isinstance(ref, IndirectObject) else id(xobj)
        if key in seen:  # a form that draws itself
            return
        inner = state.copy()
        group = xobj.get("/Group")
        group = group.get_object() if group is not None else None
        if isinstance(group, DictionaryObject) and group.get("/S") == "/Transparency":
            # The group is drawn whole, then painted with the alpha in force here: its own
            # "ca 1" inside does not make it visible (a Canva or Illustrator link's address
            # drawn in a group painted at alpha 0 over the visible label).
            inner.group_alpha = state.group_alpha * state.alpha
            inner.alpha = 1.0
        m = _matrix(list(xobj.get("/Matrix", [])))
        if m:
            inner.ctm = mult(m, inner.ctm)
        stream = ContentStream(xobj, self.reader, "bytes")
        self._run(
            stream,
            xobj.get("/Resources", resources),
            inner,
            depth=depth + 1,
            seen=seen | {key},
        )

    def _picture(self, ctm: Matrix) -> None:
        """A picture painted on the page: a background, and ink invisible text may lie on
        (a scanned page's text layer, ``_text_layer``)."""
        self.page.images += 1
        box = self._device_box(ctm, 0, 0, 1, 1)
        self.backgrounds.append(box)
        self.ink.append(box)

    def _page_share(self, box: tuple[float, float, float, float]) -> float:
        """The share of the page a box covers, the box clipped to the page first."""
        left, bottom, right, top = self.box
        width = min(box[2], right) - max(box[0], left)
        height = min(box[3], top) - max(box[1], bottom)
        if width <= 0 or height <= 0:
            return 0.0
        return width * height / max((right - left) * (top - bottom), 1.0)

    @staticmethod
    def _device_box(
        ctm: Matrix, x0: float, y0: float, x1: float, y1: float
    ) -> tuple[float, float, float, float]:
        xs, ys = [], []
        for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
            xs.append(x * ctm[0] + y * ctm[2] + ctm[4])
            ys.append(x * ctm[1] + y * ctm[3] + ctm[5])
        return (min(xs), min(ys), max(xs), max(ys))

    # -- text --------------------------------------------------------------------------------
    def _show(self, raw: bytes, tm: Matrix, state: _State) -> Matrix:
        """Record one shown string and return the text matrix advanced past it."""
        loaded = state.font
        size = state.font_size
        if loaded is None or not raw:
            return tm
        font = loaded.font
        if isinstance(font.encoding, str):
            try:
                chars = raw.decode(font.encoding, "surrogatepass")
            except UnicodeDecodeError:
                chars = raw.decode(font.encoding, "replace")
            decoded = chars
        else:
            chars = raw.decode("latin-1")
            decoded = "".join(_glyph_text(font.encoding.get(b, chr(b))) for b in raw)
        cmap = font.character_map
        text = "".join(cmap.get(c, c) for c in decoded) if cmap else decoded
        if not font.interpretable:
            text = ""
        elif loaded.pictograms:
            text = "".join(c if c.isspace() else ICON for c in text)
        elif _ODD_SPACE.search(text):
            # Tabs, CR/LF and NBSP drawn as glyphs are just blank space on the page (Word's
            # PDF export appends "\t\r \xa0" to words); they are not line breaks.
            text = _ODD_SPACE.sub(" ", text)

        width = 0.0
        spaces = 0
        space_char = font.space_char
        widths = font.character_widths  # pypdf's get_text_width, one character at a time
        for c in chars:
            if c == space_char:
                width += font.space_width
                spaces += 1
            else:
                width += widths[c] if c in widths else widths["default"]
        advance = (
            size * width * loaded.width_scale / 1000.0
            + len(chars) * state.char_space
            + spaces * state.word_space
        ) * state.h_scale

        if text.strip() or self.actual_open:  # in an ActualText span: its place, whatever it reads
            m = mult(tm, state.ctm)
            x0 = state.rise * m[2] + m[4]
            y0 = state.rise * m[3] + m[5]
            x1 = advance * m[0] + x0
            scale_y = (m[2] ** 2 + m[3] ** 2) ** 0.5
            height = abs(size) * scale_y
            rotated = abs(m[1]) > abs(m[0]) or m[0] < 0
            self.order += 1
            frag = Fragment(
                x0=min(x0, x1),
                x1=max(x0, x1),
                y=y0,
                size=height,
                text=text,
                order=self.order,
                rotated=rotated,
                drawn=True,
                y1=advance * m[1] + y0,
            )
            left, bottom, right, top = self.box
            frag.on_page = left - 2 <= x0 <= right + 2 and bottom - 2 <= y0 <= top + 2
            if loaded.unmapped:
                self.page.unmapped.append(frag)
            elif loaded.recovered:  # read, but an ATS without the font's cmap reads gibberish
                self.page.recovered = True
            # invisible text on ink may be the page's text layer (``_text_layer``)
            invisible = state.render_mode in (3, 7)
            frag.hidden = (
                state.alpha * state.group_alpha <= 0.02
                or height < TINY_TEXT_PT
                or not frag.on_page
                or (_is_white(state.fill) and not self._on_background(x0, y0))
            )
            if invisible and not frag.hidden:
                frag.hidden = True
                mid, raised = (x0 + x1) / 2, y0 + INK_RAISE * height
                if _inside(self.ink, mid, raised):
                    self.page.invisible.append(frag)
                    if self.bands and not _inside(self._glyph_ink(), mid, raised):
                        self.page.banded.append(frag)
            self.page.fragments.append(frag)
        return mult((1, 0, 0, 1, advance, 0), tm)

    def _unclosed_spans(self) -> None:
        """At a page's end, ActualText spans never closed by EMC: the space-only pieces kept
        since the first of them for its sake are no text ("Acme   Robotics")."""
        if not self.actual_open:
            return
        start = min(span[1] for span in self.spans if span is not None)
        fragments = self.page.fragments
        fragments[start:] = [f for f in fragments[start:] if f.text.strip()]
        self.spans = []
        self.actual_open = 0

    def _replace_span(self, actual: str, start: int) -> None:
        """The glyphs drawn in a marked-content span with /ActualText (a ligature, a word in
        glyphs with no text mapping) read as that text: one fragment over them, on one line
        (else the glyphs that read as something stay)."""
        page = self.page
        drawn = page.fragments[start:]
        if not drawn or any(abs(f.y - drawn[0].y) > f.size / 2 or f.rotated for f in drawn):
            page.fragments[start:] = [f for f in drawn if f.text.strip()]
            return
        ids = {id(f) for f in drawn}
        whole = dataclasses.replace(
            drawn[0],
            x0=min(f.x0 for f in drawn),
            x1=max(f.x1 for f in drawn),
            text=actual,
            y1=drawn[-1].y1,
        )
        kept = [whole] if actual.strip() else []
        page.fragments[start:] = kept
        for name in ("unmapped", "invisible", "banded"):
            listed = getattr(page, name)
            if any(id(f) in ids for f in listed):
                setattr(page, name, [f for f in listed if id(f) not in ids] + kept)
        page.unmapped = [f for f in page.unmapped if f is not whole]  # read through its text

    def _glyph_ink(self) -> list[tuple[float, float, float, float]]:
        """The ink that is no band: pictures and glyph outlines (cached while it stays)."""
        stamp = (len(self.ink), len(self.bands))
        if self._glyph_stamp != stamp:
            bands = set(self.bands)
            self._glyph_cache = [b for b in self.ink if b not in bands]
            self._glyph_stamp = stamp
        return self._glyph_cache

    def _on_background(self, x: float, y: float) -> bool:
        """Whether a coloured shape or image painted earlier lies under this point."""
        return _inside(self.backgrounds, x, y)


def _inside(boxes: list[tuple[float, float, float, float]], x: float, y: float) -> bool:
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)


@dataclass(slots=True)
class _LoadedFont:
    font: Any
    width_scale: float  # glyph widths -> thousandths of text space (Type3 FontMatrix)
    pictograms: bool = False  # a symbol font read through a text encoding (``_pictogram_font``)
    unmapped: bool = False  # its codes are glyph numbers, no text (``_unmapped_font``)
    recovered: bool = False  # ... read through its embedded font file's cmap (``pdf_cmap``)


def _actual_text(operands: list[Any], resources: Any) -> str | None:
    """The /ActualText of a BDC's properties (inline, or named in /Properties), else None."""
    if len(operands) < 2:
        return None
    props = operands[1]
    if not isinstance(props, DictionaryObject):
        named = _resource(resources, "/Properties")
        props = named.get(props) if named is not None and props in named else None
        props = props.get_object() if props is not None else None
        if not isinstance(props, DictionaryObject):
            return None
    value = props.get("/ActualText")
    if isinstance(value, str):
        return str(value).replace("\ufeff", "")
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be", "replace")
        return value.decode("latin-1")
    return None


@functools.lru_cache(maxsize=1024)
def _glyph_text(glyph: str) -> str:
    """What one glyph of a simple font reads as. pypdf gives the Unicode character of a glyph
    name it knows and the name itself ("/map-marker", "/github", "/_407") for one it does not:
    an icon font's pictogram. A pictogram is no word: it reads as a private-use character, as
    icon fonts with a text mapping do, which keeps its place on the page for the layout and is
    dropped from the text (``clean_text``); a text glyph ``glyphs`` spells out ("/two.lnum",
    "/f_i") is kept.
    """
    if len(glyph) < 2 or glyph[0] != "/" or restore_glyph_names(glyph) != glyph:
        return glyph
    return ICON


def _load_font(obj: DictionaryObject, cmap_budget: int) -> _LoadedFont:
    scale = 1.0
    if obj.get("/Subtype") == "/Type3":
        matrix = obj.get("/FontMatrix")
        if isinstance(matrix, ArrayObject) and len(matrix) == 6:
            scale = abs(_num(matrix[0], 0.001)) * 1000.0 or 1.0
    font = Font.from_font_resource(obj)
    unmapped = _unmapped_font(obj)
    recovered = False
    if unmapped and isinstance(font.encoding, str) and not font.character_map:
        text_map = embedded_text_map(
            obj, cmap_budget
        )  # the embedded font file's own cmap, inverted
        if text_map:
            font.character_map = text_map
            unmapped, recovered = False, True
    return _LoadedFont(font, scale, _pictogram_font(obj), unmapped, recovered)


def _unmapped_font(obj: DictionaryObject) -> bool:
    """Whether a font's codes are glyph numbers with no text mapping: a composite (Type0) font
    with an Identity encoding and no /ToUnicode. Its text reads as control characters and
    stray letters (three of them for a name), which the parser turned into garbage fields."""
    if obj.get("/Subtype") != "/Type0" or "/ToUnicode" in obj:
        return False
    return str(obj.get("/Encoding", "")).startswith("/Identity")


def _pictogram_font(obj: DictionaryObject) -> bool:
    """Whether every glyph of a font is a pictogram read as a letter: a symbol font with no
    text mapping (no /ToUnicode, no /Encoding) is decoded through the standard encoding, so
    LaTeX's marvosym phone, letter and globe signs ("/Telefon", "/Letter", "/Mundus") came out
    as "T", "B", "m" in front of the contact details ("B Springfield" was no place). Known by
    the glyph names its descriptor lists (/CharSet: none a text font has) or by its family."""
    if "/ToUnicode" in obj:
        return False
    name = str(obj.get("/BaseFont", "")).rsplit("+", 1)[-1].casefold()
    if any(family in name for family in PICTOGRAM_FONTS):
        return True  # whatever encoding it is read through
    if "/Encoding" in obj:
        return False
    descriptor = obj.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else None
    charset = descriptor.get("/CharSet") if isinstance(descriptor, DictionaryObject) else None
    glyphs = [g for g in str(charset or "").split("/") if g.strip()]
    return (
        bool(glyphs)
        and adobe_glyphs is not None
        and not any(_text_glyph(g.strip()) for g in glyphs)
    )


def _text_glyph(name: str) -> bool:
    """A glyph name a text font has: the Adobe list's ("a", "eacute", "bullet"), with a suffix
    ("a.sc", "f_i", "two.lnum") or a code point ("uni00E9")."""
    base = re.split(r"[._]", name, maxsplit=1)[0]
    return f"/{base}" in adobe_glyphs or bool(_UNI_GLYPH.fullmatch(base))


_UNI_GLYPH = re.compile(r"uni[0-9A-Fa-f]{4,}|u[0-9A-Fa-f]{4,6}")
_PATH_POINTS = {b"m": 1, b"l": 1, b"c": 3, b"v": 2, b"y": 2}  # points each operator gives


def _shape_boxes(
    boxes: list[tuple[float, float, float, float]],
) -> list[tuple[float, float, float, float]]:
    """The filled rectangles of a path, and one box around the points of its drawn shapes."""
    rects = [b for b in boxes if b[0] != b[2] or b[1] != b[3]]
    points = [b for b in boxes if b[0] == b[2] and b[1] == b[3]]
    if len(points) >= 3:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        rects.append((min(xs), min(ys), max(xs), max(ys)))
    return rects


def _color_components(resources: Any, name: Any) -> int:
    """Components of a fill colour space we can judge (gray 1, RGB 3, CMYK 4), else 0."""
    if str(name) in _COLOR_SPACE_SIZES:
        return _COLOR_SPACE_SIZES[str(name)]
    spaces = _resource(resources, "/ColorSpace")
    if spaces is None or name not in spaces:
        return 0
    space = spaces[name].get_object()
    if isinstance(space, ArrayObject) and space:
        family = str(space[0])
        if family == "/ICCBased" and len(space) > 1:
            components = int(_num(space[1].get_object().get("/N"), 0))
            return components if components in (1, 3, 4) else 0
        if family in ("/CalRGB", "/CalGray"):
            return 3 if family == "/CalRGB" else 1
    return 0


def _resource(resources: Any, key: str) -> DictionaryObject | None:
    if not isinstance(resources, DictionaryObject) or key not in resources:
        return None
    value = resources[key].get_object()
    return value if isinstance(value, DictionaryObject) else None


def without_halos(frags: list[Fragment]) -> list[Fragment]:
    """``frags`` less the hidden copies of visible text drawn at its place: an outline or
    halo (a LaTeX link drawn eight times in white around its coloured copy) is neither text
    nor hidden text. A hidden piece goes when visible pieces on its line cover most of it and
    spell it; hidden words anywhere else stay (and are reported)."""
    hidden = [f for f in frags if f.hidden and f.text.strip()]
    if not hidden:
        return frags
    visible = sorted((f for f in frags if not f.hidden), key=lambda f: f.y)
    ys = [f.y for f in visible]
    halos: set[int] = set()
    for frag in hidden:
        reach = HALO_OFFSET * frag.size
        lo = bisect.bisect_left(ys, frag.y - reach)
        hi = bisect.bisect_right(ys, frag.y + reach)
        under = sorted(
            (v for v in visible[lo:hi] if v.x0 < frag.x1 and frag.x0 < v.x1), key=lambda v: v.x0
        )
        covered = sum(min(v.x1, frag.x1) - max(v.x0, frag.x0) for v in under)
        if covered >= HALO_COVER * (frag.x1 - frag.x0) and frag.text.strip() in "".join(
            v.text for v in under
        ):
            halos.add(id(frag))
    return [f for f in frags if id(f) not in halos] if halos else frags


def _overlays(frags: list[Fragment]) -> dict[int, Fragment]:
    """The hidden pieces drawn over visible text (by id): a Canva or Illustrator export draws
    each link's address invisibly over its visible label ("Portfolio", a phone number). Read in
    the label's row, the address was glued around the label, letter groups interleaved
    ("https:/+1 555 0100/wa.me/…"). A run of hidden pieces drawn one after the other on one
    baseline is one overlay when a piece of it lies on visible text and it has a letter;
    hidden text away from visible text, and marks without a letter, stay where they are."""
    hidden = sorted((f for f in frags if f.hidden and f.text.strip()), key=lambda f: f.order)
    if not hidden:
        return {}
    visible = sorted((f for f in frags if not f.hidden and f.text.strip()), key=lambda f: f.y)
    ys = [f.y for f in visible]
    tallest = max((f.size for f in visible), default=0.0)

    def on_visible(frag: Fragment) -> bool:
        lo = bisect.bisect_left(ys, frag.y - tallest)
        hi = bisect.bisect_right(ys, frag.y + frag.size)
        return any(
            v.x0 < frag.x1 and frag.x0 < v.x1 and v.y < frag.y + frag.size and frag.y < v.y + v.size
            for v in visible[lo:hi]
        )

    runs: list[list[Fragment]] = []
    for frag in hidden:
        if runs and abs(runs[-1][-1].y - frag.y) < ROW_TOLERANCE * max(frag.size, 1.0):
            runs[-1].append(frag)
        else:
            runs.append([frag])
    return {
        id(f): f
        for run in runs
        if _has_letter("".join(f.text for f in run)) and any(on_visible(f) for f in run)
        for f in run
    }


def _links(line: str) -> bool:
    """A line of web addresses, e-mails or phone links only: a link's target drawn over its
    label hides no keyword, and a hidden-text finding would flag an honest file."""
    return all(_LINK.fullmatch(token) for token in line.split())


def _visible_copy(frag: Fragment) -> Fragment:
    return Fragment(
        frag.x0, frag.x1, frag.y, max(frag.size, 1.0), frag.text, frag.order, drawn=frag.drawn
    )


MIN_PAGE_TEXT_CHARS = 20  # a page with less text than this but with images is a scan
UNDECODABLE_SHARE = 0.1
INK_RAISE = 0.3  # x font size: the point above a piece's baseline middle tested for ink under it
UNMAPPED_WORD_SHARE = 0.6  # unmapped-font text with fewer letters and digits: glyph numbers
_UNDECODABLE = re.compile("[\ue000-\uf8ff\ufffd\x00-\x08\x0e-\x1f]")
_ICONS = "\ue000-\uf8ff"  # private use: pictograms, mapped (icon fonts) or not (``ICON``)
_ICON = re.compile(f"[{_ICONS}]")
_ICON_GAP = re.compile(f"(?<=\\S)\\s*[{_ICONS}][\\s{_ICONS}]*(?=\\S)")  # an icon inside a line
_LINK = re.compile(r"(?:https?:|mailto:|tel:|www\.)\S*|\S+@\S+\.\S+|[\w.-]+\.[a-z]{2,}/\S*", re.I)
_HYPHEN_RUN = re.compile("[-\u00ad\u2010\u2011]{2,}")
_ODD_SPACE = re.compile("[\\s\u00a0]*[\t\r\n\u00a0][\\s\u00a0]*")


def _clean_hyphens(text: str | None) -> str:
    # A soft hyphen that was drawn is a visible hyphen ("Mar. 2021 \u00ad Present"); Word
    # maps one hyphen glyph to "-\u00ad\u2010", so runs of hyphen marks are one hyphen.
    return _HYPHEN_RUN.sub("-", text or "").replace("\u00ad", "-")


def _text_layer(page: PdfPage, limits: ExtractLimits) -> bool:
    """Whether a page's invisible text (render mode 3) over painted ink is its text layer,
    not hidden text: nearly all the page's letters are so, the ink being a picture or glyphs
    turned into outlines (a searchable export of a scanned or flattened page). Flagged as
    hidden, the honest file was reported for keyword stuffing. Decided for the whole page,
    which must have almost no visible text of its own: invisible keywords laid over a
    picture (a white one under a visible CV, or a scan with visible text) are hidden text,
    and so are those over a light filled rectangle alone (keywords on a grey band of an
    outlined page: a band is no glyph, ``banded``)."""
    invisible = sum(_letters(f.text) for f in page.invisible)
    letters = sum(_letters(f.text) for f in page.fragments)
    visible = sum(_letters(f.text) for f in page.fragments if not f.hidden)
    return (
        invisible >= limits.pdf_text_layer_share * letters
        and visible <= limits.pdf_text_layer_visible
    )


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _undecodable(frags: list[Fragment]) -> bool:
    """Whether text drawn in fonts with no text mapping reads as glyph numbers (control
    characters, stray letters and marks), not as words: some generators write codes equal to
    Unicode, and their text reads fine."""
    text = "".join("".join(f.text for f in frags).split())
    return bool(text) and (
        len(_UNDECODABLE.findall(text)) > UNDECODABLE_SHARE * len(text)
        or sum(c.isalnum() for c in text) < UNMAPPED_WORD_SHARE * len(text)
    )


def _drop_unmapped(page: PdfPage, share: float) -> bool:
    """Drop a page's pieces in fonts with no text mapping (undecodable: ``_undecodable``),
    keeping its other text; whether they were most of the page (then read like a scan)."""
    drawn = sum(len("".join(f.text.split())) for f in page.fragments)
    unmapped = sum(len("".join(f.text.split())) for f in page.unmapped)
    dropped = {id(f) for f in page.unmapped}
    page.fragments = [f for f in page.fragments if id(f) not in dropped]
    page.invisible = [f for f in page.invisible if id(f) not in dropped]
    page.unmapped = []
    return unmapped > share * drawn


def _has_letter(text: str) -> bool:
    """Hidden text that can hide a keyword. A browser's print draws each list marker as a
    shape and adds a white "•" glyph at 0.75 pt for text selection; a template may draw a page
    number outside the page. Neither hides a word, and any hidden text is flagged as critical
    (keyword stuffing), so pieces without a letter are not counted (they stay in the text)."""
    return any(c.isalpha() for c in text)


def _drop_icons(text: str) -> str:
    """Text without its pictograms: an icon between two items ("Python <icon> C") parts them
    like a cell gap, one in front of its item (a phone, a place) is nothing, and a row of
    icons alone is no line."""
    lines = []
    for line in text.split("\n"):
        if not _ICON.search(line):
            lines.append(line)
        elif kept := _ICON.sub("", _ICON_GAP.sub("  ", line)).strip():
            lines.append(kept)
    return "\n".join(lines)


def read_pdf_text(data: bytes, limits: ExtractLimits) -> RawText:
    """Text of a PDF in reading order, with layout and hidden-text facts."""
    doc = read_pdf(data, limits)
    texts: list[str] = []
    hidden: list[str] = []
    warnings: list[str] = []
    columns = tables = False
    scanned_pages: list[int] = []
    unmapped_pages: list[int] = []  # pages mostly in fonts with no text mapping
    garbled = False  # some text in such fonts was dropped as gibberish
    layouts: list[PageLayout | None] = []
    for number, page in enumerate(doc.pages, start=1):
        garbled |= page.recovered
        if page.unmapped and page.plain_text is None and _undecodable(page.unmapped):
            garbled = True
            if _drop_unmapped(page, limits.pdf_unmapped_page_share):
                unmapped_pages.append(number)  # gibberish: OCR reads it like a scan
        if page.invisible and _text_layer(page, limits):
            banded = {id(f) for f in page.banded}
            for frag in page.invisible:  # not over a band: no glyph of the page lies there
                frag.hidden = id(frag) in banded
        if page.plain_text is not None:
            layouts.append(None)
            continue
        page.fragments = without_halos(page.fragments)
        if page.shapes:
            mark_cells(page.fragments, page.shapes)
        overlays = _overlays(page.fragments)
        body = [f for f in page.fragments if id(f) not in overlays] if overlays else page.fragments
        layout = layout_page(body)
        layouts.append(layout)
        columns |= layout.columns
        tables |= layout.table_like
        hidden_frags = [f for f in body if f.hidden and _has_letter(f.text)]
        if hidden_frags:  # lines, not glyphs: "kubernetes", not "k u b e r n e t e s"
            hidden.extend(layout_page([_visible_copy(f) for f in hidden_frags]).lines)
        if overlays:  # read after the page's lines, each a line of its own
            lines = layout_page([_visible_copy(f) for f in overlays.values()]).lines
            layout.lines.extend(lines)
            hidden.extend(line for line in lines if _has_letter(line) and not _links(line))
    for number, (page, layout) in enumerate(zip(doc.pages, layouts, strict=True), start=1):
        whole = page.plain_text if layout is None else layout.text
        short = len("".join((whole or "").split())) < MIN_PAGE_TEXT_CHARS
        if page.images and short and number not in unmapped_pages:
            scanned_pages.append(number)
    ocr_pages = sorted(scanned_pages + unmapped_pages)  # OCR reads both kinds
    flowed, sidebars = flow_pages(layouts)
    flowed = without_running_heads(flowed)
    feet = [layout.foot if layout else "" for layout in layouts]
    flowed = feet_apart(feet, flowed, replaced={n - 1 for n in ocr_pages})
    for page, layout, lines in zip(doc.pages, layouts, flowed, strict=True):
        whole = page.plain_text if layout is None else layout.text
        text = whole if lines is None else "\n".join(lines)
        if layout is not None and has_rtl(text):  # read by position: right-to-left is backwards
            text = logical_order(
                text, page_share=limits.pdf_rtl_page_share, max_line=limits.pdf_rtl_max_line
            )
        texts.append(_clean_hyphens(text))
    if sidebars:  # after the body (see flow_pages); a page read by OCR has its text replaced
        last = max((i for i in range(len(texts)) if i + 1 not in ocr_pages), default=0)
        texts[last] = f"{texts[last]}\n\n" + _clean_hyphens("\n".join(sidebars))
    total = sum(len("".join(t.split())) for t in texts)
    if total < MIN_PAGE_TEXT_CHARS:
        if doc.truncated_file:
            raise CorruptFile(detail="truncated PDF without text")
        if unmapped_pages and not scanned_pages:
            raise UnmappedFontsPdf(detail=f"{len(unmapped_pages)} pages in unmapped fonts")
        if scanned_pages or total == 0:
            raise ImageOnlyPdf(detail=f"{total} text chars, {len(scanned_pages)} image pages")
    if scanned_pages:
        pages = ", ".join(str(n) for n in scanned_pages)
        warnings.append(
            f"Page {pages} is a picture without a text layer, so its text can't be read by an "
            "ATS. Export that page as text instead of a scan."
        )
    if doc.truncated_file:
        warnings.append("This PDF looks incomplete (cut off), so some text may be missing.")
    joined = "".join("".join(t.split()) for t in texts)
    if (
        unmapped_pages
        or garbled
        or (joined and len(_UNDECODABLE.findall(joined)) > UNDECODABLE_SHARE * len(joined))
    ):
        warnings.append(
            "Some text in this PDF uses fonts without a text mapping, so an ATS may read it as "
            "gibberish. Export the PDF again from Word or Google Docs."
        )
    texts = [_drop_icons(t) if _ICON.search(t) else t for t in texts]  # after the counts
    texts = join_hyphenated(texts)  # "develop-" / "ment": one word again
    return RawText(
        text="\n\n".join(texts),
        pages=doc.page_count,
        warnings=warnings,
        columns_detected=columns,
        has_tables=tables,
        image_only=bool(scanned_pages),
        hidden_text=hidden,
        page_texts=texts,
        scanned_pages=ocr_pages,
    )
