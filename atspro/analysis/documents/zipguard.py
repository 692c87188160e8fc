"""Zip bomb checks for DOCX/ODT: the central directory first, then every member inflated in
bounded chunks before any parser sees the file.

The declared sizes alone bound nothing: ``ZipExtFile.read()`` inflates up to 2 GB *before* it
truncates to the declared ``file_size``, so a member declaring 5 KB can take gigabytes on the
way. Reading in small chunks stops at the declared size (a lie then fails its CRC) and at the
real total limit, with at most one chunk in memory.
"""

from __future__ import annotations

import io
import zipfile

from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.errors import ArchiveBomb, CorruptFile, EncryptedFile

_RATIO_CHECK_MIN_BYTES = 1024 * 1024  # small members may compress absurdly well; harmless
_CHUNK = 64 * 1024


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
    try:
        _inflate_bounded(archive, infos, limits.max_unzipped_bytes)
    except BaseException:
        archive.close()
        raise
    return archive


def _inflate_bounded(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limit: int) -> None:
    """Inflate every member in chunks, keeping none: raise when the real total passes
    ``limit`` or a member is not what its directory entry says."""
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        try:
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    total += len(chunk)
                    if total > limit:
                        raise ArchiveBomb(detail=f"inflates past {limit} bytes")
        except ArchiveBomb:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            # a size that lies fails the CRC at the declared end; zlib errors are damage
            raise CorruptFile(detail=f"zip member: {type(exc).__name__}") from None
