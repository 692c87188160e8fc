"""The precompiled-index cache (analysis/cache.py): rebuilt when an input changes, never wrong.

Start-up speed itself is a figure of ``make bench`` (bench_startup); these tests guard the
mechanism: what is read back equals what a fresh build gives, and a stale, torn or unwritable
cache only costs a rebuild.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from atspro.analysis import cache
from atspro.analysis.resume import places
from atspro.analysis.taxonomy import skills

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache_dir(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "cache"
    cache.configure(directory)
    yield directory
    cache.configure(None)


def _counting_build(calls: list[int], value: object):
    def build() -> object:
        calls.append(1)
        return value

    return build


def test_built_once_then_read_back(cache_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("a\tb\n")
    calls: list[int] = []
    value = {"key": [1, 2, "three"], "set": {"x", "y"}}
    first = cache.cached("demo", [source], _counting_build(calls, value))
    second = cache.cached("demo", [source], _counting_build(calls, value))
    assert first == second == value
    assert len(calls) == 1  # the second came from the file
    assert len(list(cache_dir.glob("demo-*.marshal"))) == 1


def test_changed_source_rebuilds_and_replaces_the_old_file(cache_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("version one")
    cache.cached("demo", [source], lambda: {"v": 1})
    source.write_text("version two")  # same name, new contents: a new key
    assert cache.cached("demo", [source], lambda: {"v": 2}) == {"v": 2}
    files = list(cache_dir.glob("demo-*.marshal"))
    assert len(files) == 1 and cache.cache_key([source]) in files[0].name


def test_torn_file_is_rebuilt(cache_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("x")
    cache.cached("demo", [source], lambda: {"v": list(range(100))})
    (path,) = cache_dir.glob("demo-*.marshal")
    path.write_bytes(path.read_bytes()[:7])  # a crash mid-write elsewhere, a full disk…
    calls: list[int] = []
    assert cache.cached("demo", [source], _counting_build(calls, {"v": 1})) == {"v": 1}
    assert calls == [1]


def test_unwritable_directory_and_unstorable_value_still_answer(tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("x")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the directory should be")
    cache.configure(blocker / "cache")
    try:
        assert cache.cached("demo", [source], lambda: {"v": 1}) == {"v": 1}
        cache.configure(tmp_path / "ok")
        odd = {"v": object()}  # marshal cannot store it: used, not cached
        assert cache.cached("demo", [source], lambda: odd) is odd
        assert not list((tmp_path / "ok").glob("demo-*.marshal"))
    finally:
        cache.configure(None)


def test_off_by_default_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("x")
    cache.configure(None)
    calls: list[int] = []
    cache.cached("demo", [source], _counting_build(calls, 1))
    cache.cached("demo", [source], _counting_build(calls, 1))
    assert calls == [1, 1]


def test_index_keys_cover_data_and_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    # an edited loader (skills.py, places.py) must never read back an old layout
    seen: dict[str, list[Path]] = {}

    def record(name: str, depends_on, build):
        seen[name] = list(depends_on)
        return build()

    monkeypatch.setattr(cache, "cached", record)
    skills.get_index.__wrapped__()
    places._cities.__wrapped__()
    assert seen["skills"] == [skills.DATA_FILE, Path(skills.__file__)]
    assert seen["cities"] == [places.CITIES_FILE, Path(places.__file__)]


def test_skills_index_read_back_matches_a_fresh_build(cache_dir: Path) -> None:
    text = (
        "Senior Software Engineer at Acme. Python, SQL, Go and React; Excel reporting.\n"
        "Skills: Java, C, R, machine learning, project management"
    )
    fresh = skills.SkillIndex.load()
    skills.get_index.__wrapped__()  # builds and stores
    assert list(cache_dir.glob("skills-*.marshal"))
    from_disk = skills.get_index.__wrapped__()  # reads back
    assert from_disk.find(text) == fresh.find(text)
    assert from_disk.find_titles(text) == fresh.find_titles(text)
    assert from_disk.occupation("Sr. Data Analyst") == fresh.occupation("Sr. Data Analyst")
    assert from_disk.related_titles("Accountant") == fresh.related_titles("Accountant")
    assert from_disk.skill_count == fresh.skill_count


def test_city_list_read_back_matches_a_fresh_build(cache_dir: Path) -> None:
    places._cities.cache_clear()
    try:
        built = places._cities()
        places._cities.cache_clear()
        assert places._cities() == built == places._read_cities()
        assert list(cache_dir.glob("cities-*.marshal"))
    finally:
        places._cities.cache_clear()


def test_parse_resume_command_fills_the_cache_and_gives_the_same_answer(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "Jane Doe\nAustin, TX | jane@example.com\n\nEXPERIENCE\n"
        "Data Analyst, Acme Corp, Austin, TX   Jan 2019 - Present\n- Built dashboards in SQL\n\n"
        "SKILLS\nPython, SQL, Tableau\n",
        encoding="utf-8",
    )
    env = {**os.environ, "CACHE_DIR": str(tmp_path / "cache"), "DATA_DIR": str(tmp_path / "d")}
    answers = []
    for _ in range(2):  # the first run builds the cache, the second reads it
        done = subprocess.run(
            [sys.executable, "main.py", "parse-resume", str(resume), "--json"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        answers.append(json.loads(done.stdout))
    assert answers[0] == answers[1]
    assert answers[0]["contact"]["email"] == "jane@example.com"
    names = sorted(p.name.split("-")[0] for p in (tmp_path / "cache").glob("*.marshal"))
    assert names == ["cities", "skills"]
