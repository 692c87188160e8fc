"""The evaluation's cache of OCR model outputs (bench/ocr_cache.py): a replayed call answers
exactly what the model answered, a changed input or setting runs the model again, and the
product's engine is untouched outside the evaluation."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from bench import ocr_cache


class _Part:
    """A model part with settings, counting its calls."""

    def __init__(self, answer: object, **settings: object) -> None:
        self.__dict__.update(settings)
        self._answer = answer
        self.counter = Counter()  # not a setting: a dict is no plain value

    @property
    def calls(self) -> int:
        return self.counter["calls"]

    def __call__(self, *_args: object, **_kwargs: object) -> object:
        self.counter["calls"] += 1
        return self._answer


class _Engine:
    def __init__(self, limit: int = 736) -> None:
        boxes = np.array([[[0, 0], [10, 0], [10, 5], [0, 5]]], dtype=np.float32)
        self.text_det = _Part((boxes, 0.1), limit_side_len=limit)
        self.text_rec = _Part(([("jane@x.com", 0.93, ([1], ["j"], [[3]], [0.9]))], 0.2))
        self.text_cls = _Part(([np.zeros((2, 2, 3))], [["0", 0.99]], 0.05), cls_thresh=0.9)

    def get_crop_img_list(self, image: object, boxes: object) -> str:
        return "the engine's own"


def _crop(value: int) -> np.ndarray:
    return np.full((48, 120, 3), value, dtype=np.uint8)


def test_a_second_run_replays_each_model_call(tmp_path: Path) -> None:
    engine = _Engine()
    first = ocr_cache.CachedEngine(engine, tmp_path)
    answers = (
        first.text_det(_crop(1)),
        first.text_rec([_crop(1), _crop(2)], return_word_box=True),
        first.text_cls([_crop(3)])[1],
    )
    again = ocr_cache.CachedEngine(engine, tmp_path)
    replayed = (
        again.text_det(_crop(1)),
        again.text_rec([_crop(1), _crop(2)], return_word_box=True),
        again.text_cls([_crop(3)])[1],
    )
    assert (engine.text_det.calls, engine.text_rec.calls, engine.text_cls.calls) == (1, 1, 1)
    assert (again.hits, again.misses) == (3, 0)
    np.testing.assert_array_equal(replayed[0][0], answers[0][0])
    assert replayed[1:] == answers[1:]
    assert again.get_crop_img_list(None, None) == "the engine's own"  # not a model call


def test_a_changed_input_argument_or_setting_runs_the_model(tmp_path: Path) -> None:
    engine = _Engine()
    cached = ocr_cache.CachedEngine(engine, tmp_path)
    cached.text_rec([_crop(1), _crop(2)])
    cached.text_rec([_crop(1), _crop(2)], return_word_box=True)  # another argument
    cached.text_rec([_crop(1)])  # a batch of other crops reads them differently
    cached.text_rec([_crop(2), _crop(1)])  # other order
    cached.text_rec([_crop(1), _crop(2)[:, :100]])  # another crop shape
    assert engine.text_rec.calls == 5
    other = _Engine(limit=960)  # another detector setting
    ocr_cache.CachedEngine(other, tmp_path).text_det(_crop(1))
    ocr_cache.CachedEngine(engine, tmp_path).text_det(_crop(1))
    assert (other.text_det.calls, engine.text_det.calls) == (1, 1)


def test_the_setting_names_the_folder() -> None:
    assert ocr_cache.cache_folder(None) is None
    assert ocr_cache.cache_folder("0") is None
    assert ocr_cache.cache_folder("1") == ocr_cache.DEFAULT_FOLDER
    assert ocr_cache.cache_folder("/tmp/x") == Path("/tmp/x")


def test_installed_only_inside_the_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from atspro.analysis.documents import ocr

    monkeypatch.setattr(ocr, "engine", lambda threads=2: _Engine())
    product = ocr.engine
    with ocr_cache.installed(tmp_path):
        inside = ocr.engine(2)
        assert isinstance(inside, ocr_cache.CachedEngine)
        assert ocr.engine(2) is inside
    assert ocr.engine is product


def test_the_product_never_imports_the_bench() -> None:
    import re

    package = Path(__file__).resolve().parents[2] / "atspro"
    importing = [
        path.name
        for path in package.rglob("*.py")
        if re.search(r"^\s*(?:from|import) bench\b", path.read_text(), re.MULTILINE)
    ]
    assert importing == []


def test_the_recognisers_raw_scores_are_replayed_too(tmp_path: Path) -> None:
    engine = _Engine()
    engine.text_rec.session = _Part([np.ones((1, 4, 3), dtype=np.float32)])  # type: ignore[attr-defined]
    engine.text_rec.postprocess_op = "its decoder"  # type: ignore[attr-defined]
    first = ocr_cache.CachedEngine(engine, tmp_path).text_rec.session(_crop(1))
    again = ocr_cache.CachedEngine(engine, tmp_path)
    np.testing.assert_array_equal(again.text_rec.session(_crop(1))[0], first[0])
    assert (engine.text_rec.session.calls, again.hits) == (1, 1)  # type: ignore[attr-defined]
    assert again.text_rec.postprocess_op == "its decoder"  # not a model call: its own
