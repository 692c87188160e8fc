"""``make eval`` writes bench/eval.json part by part: a run of some parts keeps the others'
figures, runs in parallel lose none, and a reader never sees half a file."""

from __future__ import annotations

import json
import sys
import threading
import types
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import bench.eval.__main__ as harness
from bench.eval.common import extract_once, save_figures
from tests.hang import HANG_GUARD_S


def _fake_part(monkeypatch: pytest.MonkeyPatch, name: str, run: Callable[[Path], dict]) -> None:
    module = types.ModuleType(f"bench.eval.{name}")
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(harness, "OUT", tmp_path / "eval.json")
    monkeypatch.setattr(harness, "SAMPLES", tmp_path)  # "present": the fake parts ignore it
    return tmp_path / "eval.json"


def test_a_partial_run_keeps_the_other_parts(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out.write_text(json.dumps({"jobs": {"p": 0.8}, "ocr": {"name": 1.0}}))
    _fake_part(monkeypatch, "fake_resumes", lambda samples: {"name": {"p": 0.9}})
    assert harness.main(["fake_resumes"]) == 0
    assert json.loads(out.read_text()) == {
        "jobs": {"p": 0.8},
        "ocr": {"name": 1.0},
        "fake_resumes": {"name": {"p": 0.9}},
    }
    assert sorted(p.name for p in out.parent.iterdir()) == ["eval.json", "eval.json.lock"]


def test_a_run_writes_nothing_over_a_part_another_run_wrote_meanwhile(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run A starts, run B writes its part while A's part is still running, then A ends: B's
    figures stay (a run that read the file at its start and wrote it at its end erased them)."""
    a_running, b_written = threading.Event(), threading.Event()

    def slow_part(samples: Path) -> dict:
        a_running.set()
        assert b_written.wait(HANG_GUARD_S)
        return {"a": 1}

    _fake_part(monkeypatch, "fake_a", slow_part)
    _fake_part(monkeypatch, "fake_b", lambda samples: {"b": 2})
    results: list[int] = []
    run_a = threading.Thread(target=lambda: results.append(harness.main(["fake_a"])))
    run_a.start()
    assert a_running.wait(HANG_GUARD_S)
    assert harness.main(["fake_b"]) == 0
    b_written.set()
    run_a.join(HANG_GUARD_S)
    assert results == [0]
    assert json.loads(out.read_text()) == {"fake_a": {"a": 1}, "fake_b": {"b": 2}}


def _write_many(out: Path, part: str) -> None:
    for i in range(25):
        save_figures(out, {part: {"round": i}})


def test_processes_writing_at_once_lose_no_part_and_leave_a_whole_file(tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    parts = [f"part{i}" for i in range(4)]
    with ProcessPoolExecutor(len(parts)) as pool:
        for done in [pool.submit(_write_many, out, part) for part in parts]:
            done.result(timeout=HANG_GUARD_S)
    assert json.loads(out.read_text()) == {part: {"round": 24} for part in parts}
    assert not list(tmp_path.glob(".eval.json.*.tmp"))  # every temporary file was renamed


def test_parts_extract_each_file_once_and_get_their_own_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from atspro.analysis.documents import extract
    from atspro.analysis.documents.errors import CorruptFile

    calls: list[bytes] = []

    def counting(data: bytes, filename: str | None = None, *args: object) -> object:
        calls.append(data)
        if data == b"broken":
            raise CorruptFile("unreadable")
        return extract.ExtractedText(text=data.decode(), kind="txt")

    monkeypatch.setattr(extract, "extract_text", counting)
    with extract_once():
        from atspro.analysis.documents.extract import extract_text  # as a part imports it

        first = extract_text(b"Jane Doe", "cv.txt")
        first.text = "changed by one part"
        assert extract_text(b"Jane Doe", "cv.txt").text == "Jane Doe"  # not the changed copy
        assert extract_text(b"Jane Doe", "other.txt").text == "Jane Doe"  # another name: read
        for _ in range(2):
            with pytest.raises(CorruptFile):
                extract_text(b"broken", "x.pdf")
    assert calls == [b"Jane Doe", b"Jane Doe", b"broken"]
    assert extract.extract_text is counting  # put back


def test_the_eval_fuzzy_match_folds_letters_nfkd_keeps_whole() -> None:
    from bench.eval.common import norm, similar

    assert norm("Søren Łukasz-Đorđe") == "soren lukasz dorde"
    assert similar("Søren Holm", "Soren Holm")
    assert not similar("Søren Holm", "Karen Holm")
