"""Round 15 review fixes of the names work: each case failed on the merged round's code
(ff79769) except the guards that pin what held beside a new rule. Every name, employer, town
and e-mail is invented."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import text as tx
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Contact

TODAY = date(2026, 1, 1)
BODY = "\nEXPERIENCE\nWarehouse Lead, Quillfeather Traders  Jan 2019 - Mar 2022\n"
REACH = "ezra.q@example.net | +1 555 201 3344"


def contact(text: str) -> Contact:
    return parse_resume(text, today=TODAY).contact


# A surname that is an agent noun only the O*NET index knows is no job title after the name.
def test_an_agent_noun_surname_stays_with_the_name() -> None:
    assert contact(f"Ezra Jo Carver\n{REACH}\n{BODY}").full_name == "Ezra Jo Carver"
    assert contact(f"Ezra Jo Rider\n{REACH}\n{BODY}").full_name == "Ezra Jo Rider"


def test_a_listed_title_after_the_name_is_still_cut() -> None:
    assert contact(f"Ezra Jo Quillfeather Supervisor\n{REACH}\n{BODY}").full_name == (
        "Ezra Jo Quillfeather"
    )


# A one-word name that is a town too: the e-mail under it starts with it.
def test_a_town_word_over_its_own_email_is_the_name() -> None:
    found = contact(f"CHELSEA\nchelsea.q@example.net | +1 555 201 3344\n{BODY}")
    assert (found.full_name, found.location) == ("Chelsea", None)


def test_a_town_word_heading_the_page_is_no_location_without_a_name() -> None:
    found = contact(f"Chelsea\nq.ezra@example.net\n{BODY}")
    assert (found.full_name, found.location) == (None, None)


# "Place:" on a training line is the venue, not a declaration's town.
def test_a_training_lines_place_is_no_declaration() -> None:
    text = f"Ezra Quillfeather\n{REACH}\n{BODY}\nTRAININGS\nCrane Handling Course 2019, Place: Berlin\n"
    assert contact(text).location is None


def test_a_declarations_place_still_counts() -> None:
    text = (
        f"Ezra Quillfeather\n{REACH}\n{BODY}\nDECLARATION\nI confirm the above is true.\n"
        "Date: 01/02/2024, Place: Berlin\n"
    )
    assert contact(text).location is not None


# A page mark's head of more words than a running header may have is never searched for.
class _CountingText(str):
    calls = 0

    def count(self, *args: object) -> int:  # type: ignore[override]
        type(self).calls += 1
        return super().count(*args)  # type: ignore[arg-type]


def test_a_long_head_before_a_page_mark_is_not_counted() -> None:
    words = " ".join(["word"] * (tx.RUNNING_MAX_WORDS + 2))
    text = _CountingText(
        "Ezra Quillfeather\n" + "".join(f"{words} {i} - page 2\n" for i in range(50))
    )
    tx.split_lines(text)
    assert _CountingText.calls == 0
