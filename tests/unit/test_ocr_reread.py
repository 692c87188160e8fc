"""A name line re-read from a sharper crop: only added accents are taken (made-up names)."""

from __future__ import annotations

from typing import Any

import pytest

np = pytest.importorskip("numpy")

from atspro.analysis.documents.ocr_reread import (  # noqa: E402
    accents_added,
    base_letters,
    letter_doubled,
    reread_addresses,
    reread_names,
    sharper,
)


class FakeEngine:
    """Returns the given second reads, in order, and records how many crops it was given."""

    def __init__(self, second: list[tuple[str, float]]) -> None:
        self.second = second
        self.asked: list[int] = []

    def text_rec(self, crops: list[Any]) -> tuple[list[tuple[str, float]], float]:
        self.asked.append(len(crops))
        return self.second[: len(crops)], 0.0


def _crops(count: int) -> list[Any]:
    return [np.full((12, 40, 3), 255, dtype=np.uint8) for _ in range(count)]


def test_base_letters_drop_accents_and_strokes() -> None:
    assert base_letters("Łukasz Núñez Østby") == "Lukasz Nunez Ostby"
    assert accents_added("Inaki Lefevre", "Iñaki Lefèvre")
    assert not accents_added("Inaki Lefevre", "Inaki Lefevre")
    assert not accents_added("Inaki Lefevre", "Iñaki Lefeure")  # a letter changed too
    assert not accents_added("Inaki Lefevre", "iñaki Lefevre")  # case changed
    assert accents_added("Lía Núnez", "Lía Núñez")  # one accent read, the other added
    assert not accents_added("Lía Núnez", "Lía Nüñez")  # an accent read is not changed


def test_a_name_line_takes_the_accents_a_sharper_read_shows() -> None:
    first = [("Inaki Vessel", 0.94), ("tvessel@mail.test", 0.90), ("Lisbon, Portugal", 0.95)]
    engine = FakeEngine([("Iñaki Vessel", 0.97)])
    out = reread_names(engine, _crops(3), first)
    assert out[0] == ("Iñaki Vessel", 0.97)
    assert out[1:] == first[1:]
    assert engine.asked == [1]  # only the name-like line is read again
    unsure = reread_names(FakeEngine([("Iñaki Vessel", 0.90)]), _crops(3), first)
    assert unsure[0] == ("Iñaki Vessel", 0.90)  # the shape is trusted, not the confidence


@pytest.mark.parametrize(
    "second",
    [
        ("Iñaki Vesse1", 0.99),  # accents and another letter changed
        ("Inaki Vessel", 0.99),  # the same read
        ("lnaki Vessel", 0.99),  # a look-alike swapped, no accent
    ],
)
def test_any_other_second_read_keeps_the_first(second: tuple[str, float]) -> None:
    first = [("Inaki Vessel", 0.94), ("+351 912 345 678", 0.97)]
    assert reread_names(FakeEngine([second]), _crops(2), first) == first


def test_lines_that_are_no_bare_name_are_not_read_again() -> None:
    first = [("ltaylor@mail.test", 0.9), ("+1 415 555 0100", 0.9), ("SUMMARY", 0.99)]
    engine = FakeEngine([])
    assert reread_names(engine, _crops(3), first) == first
    assert engine.asked == []


def test_sharper_crop_is_twice_the_size() -> None:
    assert sharper(np.zeros((10, 30, 3), dtype=np.uint8)).shape == (20, 60, 3)


def test_a_doubled_letter_of_an_address_is_taken_from_the_second_read() -> None:
    assert letter_doubled("zoe.wiliams@mail.test", "zoe.williams@mail.test")
    assert letter_doubled("+1 415 | alen.k@mail.test", "+1 415 | allen.k@mail.test")
    assert not letter_doubled("zoe.wiliams@mail.test", "zoe.wiliamst@mail.test")  # not doubled
    assert not letter_doubled("Wiliams | zoe@mail.test", "Williams | zoe@mail.test")  # no address
    assert not letter_doubled("zoe.wiliams@mail.test", "zoe.wilIiams@mail.test")  # not the same
    assert not letter_doubled("ann.5@mail.test", "ann.55@mail.test")  # a digit: a number


def test_an_address_line_is_read_again_and_only_a_doubled_letter_taken() -> None:
    first = [("Zoe Wiliams", 0.95), ("zoe.wiliams@mail.test | +1 415 555 0100", 0.91)]
    engine = FakeEngine([("zoe.williams@mail.test | +1 415 555 0100", 0.93)])
    out = reread_addresses(engine, _crops(2), first)
    assert out == [first[0], ("zoe.williams@mail.test | +1 415 555 0100", 0.93)]
    assert engine.asked == [1]
    changed = FakeEngine([("zoe.williams@mail.test | +1 415 555 0180", 0.99)])
    assert reread_addresses(changed, _crops(2), first) == first  # a digit changed too
    # the shape is what is trusted, not the line's confidence (it does not say which is right)
    unsure = FakeEngine([("zoe.williams@mail.test | +1 415 555 0100", 0.89)])
    assert reread_addresses(unsure, _crops(2), first)[1][0].startswith("zoe.williams@")
