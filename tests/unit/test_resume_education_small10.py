"""Round-10 education leftovers: small synthetic classes (invented schools and people)."""

from __future__ import annotations

from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel


def _levels(text: str) -> list[EducationLevel | None]:
    return [e.level for e in parse_education(text.splitlines())]


def test_doctorate_candidate_counts_one_level_under() -> None:
    (entry,) = parse_education(["Ph.D. candidate in Marine Acoustics", "Quarry Hill University"])
    assert (entry.degree, entry.level) == ("Ph.D.", EducationLevel.MASTER)
    assert entry.field == "Marine Acoustics"
    assert entry.institution == "Quarry Hill University"


def test_all_but_dissertation_is_not_held() -> None:
    assert _levels("PhD (ABD), Quarry Hill University") == [EducationLevel.MASTER]


def test_pursuing_an_undated_masters_is_not_held() -> None:
    assert _levels("Quarry Hill University\nPursuing an MBA") == [EducationLevel.BACHELOR]


def test_held_and_dated_degrees_keep_their_level() -> None:
    assert _levels("Quarry Hill University\nMBA, 2019") == [EducationLevel.MASTER]
    # an expected degree counts like every dated one (the student rule reads its level)
    assert _levels("Quarry Hill University\nPursuing an MBA, expected May 2030") == [
        EducationLevel.MASTER
    ]
    assert _levels("Doctor of Philosophy in Geology, Quarry Hill University, 2011") == [
        EducationLevel.DOCTORATE
    ]
