"""Score bands: the one place that says what a number means ("good match", green).

Every renderer (chat text, PNG card, exports) asks :func:`band`; none keeps thresholds of its
own. The thresholds say what the label promises and are checked on bench/data/calibration
(docs/scoring.md): complete fits have their median in "strong", fits with two must-haves
missing in "good" ("a few gaps"), resumes of another occupation family in "weak".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Band:
    key: str  # stable id: "strong", "good", "partial", "weak"
    lower: float  # the lowest score in the band
    label: str  # "Strong match"
    emoji: str  # "🟢"
    hint: str  # what it means for the applicant
    rgb: tuple[int, int, int]  # colour on images

    @property
    def text(self) -> str:
        """One chat line: "🟢 strong match"."""
        return f"{self.emoji} {self.label.lower()}" + (f", {self.hint}" if self.hint else "")


# Highest first; the first band whose lower bound the score reaches wins.
BANDS: tuple[Band, ...] = (
    Band("strong", 75, "Strong match", "🟢", "", (30, 158, 90)),
    Band("good", 55, "Good match", "🟡", "a few gaps", (150, 178, 40)),
    Band("partial", 35, "Partial match", "🟠", "", (230, 161, 0)),
    Band("weak", 0, "Weak match", "🔴", "", (214, 69, 69)),
)


def band(score: float) -> Band:
    """The band of a 0-100 score (the score is rounded as displayed first: 74.6 shows as 75)."""
    shown = round(score)
    for b in BANDS:
        if shown >= b.lower:
            return b
    return BANDS[-1]
