"""A disk cache of the OCR engine's raw outputs, for the OCR evaluation only.

Under load one photographed page takes 20–50 s to read, almost all of it in the engine's
models (text detection, line recognition, the 0°/180° line classifier). The evaluation's
post-processing (icons, spaces, addresses, layout, the parser) takes well under a second. With
``OCR_EVAL_CACHE`` set, ``bench/eval/ocr.py`` wraps the engine the pipeline gets from
``documents.ocr.engine`` in ``CachedEngine``: every model call — detection, recognition (the
page's lines, the re-read of name lines, the upside-down check), classification — is keyed
by a hash of its exact input arrays, its arguments and the engine's settings and model files,
and its result is stored on disk. A second run replays the stored results; a call whose input
changed (a new crop, a turned page, another re-read) misses and runs the real model. The
pipeline's own code runs as always, so the figures are those of an uncached run (checked by
``tests/unit/test_ocr_cache.py`` and, on real pages, by comparing runs); only
``seconds_per_page_p50`` means nothing in a cached run.

The bot never uses it: nothing under ``atspro/`` imports ``bench``, and the wrapper is put in
place only inside ``installed()``, which the evaluation enters when the setting asks for it.
``OCR_EVAL_CACHE=1`` keeps the cache in ``bench/.cache/ocr`` (git-ignored); any other value
is taken as the folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DEFAULT_FOLDER = Path(__file__).resolve().parent / ".cache" / "ocr"
_CALLS = ("text_det", "text_rec", "text_cls")
_PLAIN = (bool, int, float, str, tuple, list)
# set per call (the detector picks its resizing by the picture) or not about the answer
_IGNORED = ("preprocess_op", "logger", "had_providers")


def cache_folder(setting: str | None) -> Path | None:
    """The folder ``OCR_EVAL_CACHE`` names; None when the cache is off."""
    if not setting or setting.strip().lower() in ("0", "off", "no", "false"):
        return None
    if setting.strip().lower() in ("1", "on", "yes", "true"):
        return DEFAULT_FOLDER
    return Path(setting).expanduser()


class CachedEngine:
    """The engine with its model calls answered from ``folder`` when the same call was made
    before; every other attribute (crop cutting, box sorting) is the engine's own."""

    def __init__(self, engine: Any, folder: Path) -> None:
        self._engine = engine
        self._folder = folder
        self._settings = engine_settings(engine)
        self.hits = 0
        self.misses = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def text_det(self, image: Any) -> Any:
        return self._call("text_det", (image,), {})

    @property
    def text_rec(self) -> CachedRecogniser:
        return CachedRecogniser(self)

    def text_cls(self, images: Any) -> Any:
        return self._call("text_cls", (images,), {})

    def _call(
        self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], run: Any = None
    ) -> Any:
        key = call_key(name, self._settings, args, kwargs)
        path = self._folder / key[:2] / f"{key}.pkl"
        if path.is_file():
            try:
                stored = pickle.loads(path.read_bytes())  # our own cache files
            except (OSError, pickle.UnpicklingError, EOFError):
                stored = None
            if stored is not None:
                self.hits += 1
                return _replay(name, args, stored)
        self.misses += 1
        result = (run or getattr(self._engine, name))(*args, **kwargs)
        _store(path, _to_store(name, result))
        return result


class CachedRecogniser:
    """The engine's line recogniser: reading lines (``text_rec(crops)``) and its raw model
    (``text_rec.session(batch)``: every letter's score per step, ``documents.ocr_accents``)
    are cached calls; its other parts (input resizing, the alphabet) are its own."""

    def __init__(self, engine: CachedEngine) -> None:
        self._cached = engine

    def __call__(self, images: Any, return_word_box: bool = False) -> Any:
        return self._cached._call("text_rec", (images,), {"return_word_box": return_word_box})

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cached._engine.text_rec, name)

    def session(self, batch: Any) -> Any:
        model = self._cached._engine.text_rec.session
        return self._cached._call("text_rec_scores", (batch,), {}, model)


def engine_settings(engine: Any) -> str:
    """What makes two engines answer differently: each model's plain settings and those of
    its pre- and post-processing (limits, thresholds, batch sizes, input shape, the
    recogniser's alphabet), and the name and size of each ONNX model file. Thread counts are
    left out: they change the speed, not the answer."""
    parts = []
    for name in _CALLS:
        part = getattr(engine, name, None)
        if part is not None:
            parts.append(f"{name}:{_plain(part, depth=2)}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _plain(value: Any, depth: int) -> str:
    path = getattr(value, "_model_path", None)  # an onnxruntime InferenceSession
    if isinstance(path, str):
        size = Path(path).stat().st_size if Path(path).is_file() else -1
        return f"model {Path(path).name} {size}"
    if isinstance(value, _PLAIN) or value is None:
        return repr(value)
    if depth == 0 or not hasattr(value, "__dict__"):
        return type(value).__name__
    items = sorted(
        (k, v) for k, v in vars(value).items() if "thread" not in k and k not in _IGNORED
    )
    return "{" + ",".join(f"{k}={_plain(v, depth - 1)}" for k, v in items) + "}"


def call_key(name: str, settings: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    """A hash of the call: its name, the engine's settings, each input array's shape, type
    and bytes (in order), and its keyword arguments."""
    import numpy as np

    digest = hashlib.sha256(f"{name}\0{settings}\0{sorted(kwargs.items())!r}".encode())
    for arg in args:
        arrays = arg if isinstance(arg, list | tuple) else [arg]
        digest.update(f"n{len(arrays)}".encode())
        for array in arrays:
            array = np.ascontiguousarray(array)
            digest.update(f"{array.shape}{array.dtype}".encode())
            digest.update(array.tobytes())
    return digest.hexdigest()


def _to_store(name: str, result: Any) -> Any:
    if name == "text_cls":  # (turned copies of the crops, labels, seconds): keep the labels
        return result[1]
    return result


def _replay(name: str, args: tuple[Any, ...], stored: Any) -> Any:
    if name == "text_cls":
        import copy

        images = args[0] if isinstance(args[0], list) else [args[0]]
        return copy.deepcopy(images), stored, 0.0
    return stored


def _store(path: Path, value: Any) -> None:
    """Written under a temporary name and renamed: parallel runs never read half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    temporary.replace(path)


@contextmanager
def installed(folder: Path) -> Iterator[list[CachedEngine]]:
    """Inside the block, ``documents.ocr.engine`` hands out the cached engine (one per
    thread count, like the original); the yielded list holds them for their counters."""
    from atspro.analysis.documents import ocr

    original = ocr.engine
    wrapped: dict[int, CachedEngine] = {}

    def cached_engine(threads: int = 2) -> Any:
        if threads not in wrapped:
            wrapped[threads] = CachedEngine(original(threads), folder)
        return wrapped[threads]

    ocr.engine = cached_engine  # type: ignore[assignment]
    engines: list[CachedEngine] = []
    try:
        yield engines
    finally:
        ocr.engine = original  # type: ignore[assignment]
        engines.extend(wrapped.values())
        for engine in engines:
            print(
                f"OCR cache {folder}: {engine.hits} calls replayed, {engine.misses} run",
                file=sys.stderr,
            )
