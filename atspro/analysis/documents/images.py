"""Pictures (photos, screenshots, scans) -> upright RGB pages ready for OCR, within limits.

The header is read before any pixel is decoded, so a 12,000×12,000 PNG or a decompression
bomb is refused for the cost of its header. JPEGs are decoded at a reduced scale ("draft")
when they are larger than OCR needs, so a 50 MP camera photo costs a few megabytes. Phone
photos carry their orientation in EXIF; it is applied here. Animated images are refused
(which frame is the resume?); a multi-page TIFF (scanner output) yields one page per frame.
"""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING

from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.errors import (
    AnimatedImage,
    CorruptImage,
    ImageTooLarge,
    UnsupportedImage,
)

if TYPE_CHECKING:
    from PIL.Image import Image

OCR_MAX_SIDE = 1600  # px: long side OCR works on; detection memory grows with its square
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")
_READABLE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO", "HEIF"}


def decode_image(data: bytes, limits: ExtractLimits) -> list[Image]:
    """Upright RGB pages of an image file, at most ``OCR_MAX_SIDE`` px long. Raises friendly errors."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    heif = data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS
    if heif and not _heif_opener():
        raise _heif_unsupported()
    with warnings.catch_warnings():
        # Pillow warns about big pictures (and refuses huge ones); our own limit, checked
        # from the header below, is lower and names the size.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError:
            raise ImageTooLarge() from None
        except UnidentifiedImageError:
            if heif and data[8:12] == b"avif":  # AVIF: same box format, not read here
                raise _heif_unsupported() from None
            raise CorruptImage(detail="unidentified image") from None
        except (OSError, ValueError, SyntaxError, EOFError) as exc:
            raise CorruptImage(detail=f"open: {type(exc).__name__}") from None
        if image.format not in _READABLE_FORMATS:
            raise UnsupportedImage(detected=str(image.format).lower())
        width, height = image.size
        if width * height > limits.ocr_max_pixels:
            raise ImageTooLarge(size=(width, height), limit=limits.ocr_max_pixels)
        if width < 16 or height < 16:
            raise CorruptImage(
                "This picture is too small to contain a readable page. Please send a photo or "
                "screenshot of the whole page.",
                detail=f"{width}x{height} px",
            )
        frames = getattr(image, "n_frames", 1)
        if frames > 1 and image.format != "TIFF":
            # MPO, HEIF: a camera's main photo plus previews or depth maps; read the first
            if image.format not in ("MPO", "HEIF"):
                raise AnimatedImage(detail=f"{image.format} with {frames} frames")
            frames = 1
        pages = []
        try:
            for index in range(min(frames, limits.ocr_max_pages)):
                if index:  # frame 0 is already open (for HEIF: the primary photo)
                    image.seek(index)
                pages.append(_upright_rgb(image, ImageOps))
        except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as exc:
            raise CorruptImage(detail=f"decode: {type(exc).__name__}") from None
        except MemoryError:
            raise ImageTooLarge() from None
    return pages


def _heif_opener() -> bool:
    """Teach Pillow HEIC/HEIF (iPhone photos) when ``pi-heif`` is installed (decoding only)."""
    try:
        from pi_heif import register_heif_opener
    except (ImportError, OSError):
        return False
    register_heif_opener()  # idempotent
    return True


def _heif_unsupported() -> UnsupportedImage:
    return UnsupportedImage(
        "This is an HEIC/HEIF photo, which we can't open. Please send it as a normal "
        "photo in the chat (Telegram converts it to JPEG) or as a screenshot.",
        detected="heif",
    )


def _upright_rgb(image: Image, image_ops: object) -> Image:
    from PIL import Image as PILImage

    if image.format == "JPEG":
        image.draft("RGB", (OCR_MAX_SIDE, OCR_MAX_SIDE))  # decode at 1/2, 1/4, 1/8 when big
    image.load()  # raises on truncated/corrupt data (LOAD_TRUNCATED_IMAGES stays off)
    page = image_ops.exif_transpose(image)  # type: ignore[attr-defined]
    if page.mode in ("RGBA", "LA", "PA") or (page.mode == "P" and "transparency" in page.info):
        # Transparent screenshots: text on transparent pixels must land on white, not black.
        rgba = page.convert("RGBA")
        background = PILImage.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        page = background
    else:
        page = page.convert("RGB")
    return fit_long_side(page, OCR_MAX_SIDE)


def fit_long_side(page: Image, max_side: int) -> Image:
    """``page`` scaled down so its long side is at most ``max_side`` (never up)."""
    from PIL import Image as PILImage

    longest = max(page.size)
    if longest <= max_side:
        return page
    scale = max_side / longest
    size = (max(1, round(page.width * scale)), max(1, round(page.height * scale)))
    return page.resize(size, PILImage.Resampling.LANCZOS)
