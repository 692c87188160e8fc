"""Zip bomb checks for DOCX/ODT, done on the central directory before anything is inflated.

``zipfile`` never inflates a member beyond the ``file_size`` its directory entry declares,
so checking the declared sizes bounds the real work.
"""

from __future__ import annotations

import io
import zipfile

from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.errors import ArchiveBomb, CorruptFile, EncryptedFile

_RATIO_CHECK_MIN_BYTES = 1024 * 1024  # small members may compress absurdly well; harmless


def open_checked_zip(data: bytes, limits: ExtractLimits) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise CorruptFile(detail=f"zip: {type(exc).__name__}") from None
    if len(infos) > limits.max_zip_members:
        raise ArchiveBomb(detail=f"{len(infos)} members")
    total = sum(info.file_size for info in infos)
    if total > limits.max_unzipped_bytes:
        raise ArchiveBomb(detail=f"unzips to {total} bytes > {limits.max_unzipped_bytes}")
    for info in infos:
        if info.file_size >= _RATIO_CHECK_MIN_BYTES and info.compress_size > 0:
            ratio = info.file_size / info.compress_size
            if ratio > limits.max_zip_ratio:
                raise ArchiveBomb(detail=f"member compresses {ratio:.0f}:1")
        if info.flag_bits & 0x1:
            archive.close()
            raise EncryptedFile(detail="zip member encrypted")
    return archive
