"""OCR speed and memory on phone-photo renders of generated resumes (no shared data needed).

ocr_photo_page_p50_s        one photo (≈1280 px JPEG) read in a warm extraction worker, p50
ocr_photo_page_max_s        the slowest of those pages
ocr_first_page_cold_s       the first page in a fresh worker (engine load included)
ocr_worker_peak_rss_mb      the worker's peak resident memory (VmHWM) after all pages
ocr_load_avg_1m             the machine's 1-minute load average when done (2 cores here:
                            timings on a shared machine are only comparable at similar load)
"""

from __future__ import annotations

import os
import statistics
import time

from atspro.analysis.documents.ocr import ocr_available
from atspro.extract_pool import ExtractionPool, extract_text_limited

PAGES = 6


def _photos() -> list[bytes]:
    from bench.eval.ocr import fixture_pages, photo_of

    generated = fixture_pages()
    step = max(1, len(generated) // PAGES)
    return [photo_of(pdf, name) for name, pdf in generated[::step][:PAGES]]


def _peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run() -> dict[str, float]:
    if not ocr_available():
        return {}
    photos = _photos()
    pool = ExtractionPool(max_workers=1)
    try:
        started = time.perf_counter()
        extract_text_limited(photos[0], "photo.jpg", pool=pool)
        cold = time.perf_counter() - started
        timings = []
        for photo in photos[1:]:
            started = time.perf_counter()
            extract_text_limited(photo, "photo.jpg", pool=pool)
            timings.append(time.perf_counter() - started)
        (pid,) = pool.worker_pids()
        rss = _peak_rss_mb(pid)
    finally:
        pool.close()
    return {
        "ocr_photo_page_p50_s": statistics.median(timings),
        "ocr_photo_page_max_s": max(timings),
        "ocr_first_page_cold_s": cold,
        "ocr_worker_peak_rss_mb": rss,
        "ocr_load_avg_1m": os.getloadavg()[0],
    }
