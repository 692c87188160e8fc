"""A Czech "ě" where Czech spelling has none is the page's "ë"; a Latvian "ē" in a word with
a French-type accent is its "è" (made-up names)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr import mend_page
from atspro.analysis.documents.ocr_letters import diaeresis_for_caron, grave_for_macron


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (["Zoě Marlowe", "zoe.marlowe@mail.test"], "Zoë Marlowe"),  # after a vowel
        (["Noěl Vantreck"], "Noël Vantreck"),
        (["Anja Brestě", "Ghent, Belgium"], "Anja Brestë"),  # ends the bare-name header
        (["ZOĚ MARLOWE"], "ZOË MARLOWE"),
    ],
)
def test_a_caron_czech_spelling_rules_out_is_a_diaeresis(read: list[str], meant: str) -> None:
    assert diaeresis_for_caron(read)[0] == meant
    assert mend_page(read)[0] == meant


@pytest.mark.parametrize(
    "page",
    [
        ["Věra Dvořáková", "Brno"],  # after "v": Czech
        ["Zdeněk Holub"],  # after "n" inside the word
        ["Skills", "Projekt v Plzni a Brně"],  # a word-final "ě" outside the name header
        ["Jana Nováková", "Education: VŠE Praha, Věda"],
    ],
)
def test_czech_spelling_is_kept(page: list[str]) -> None:
    assert diaeresis_for_caron(page) == page


def test_a_macron_in_a_word_with_a_french_accent_is_a_grave() -> None:
    read = ["Mérēlle Vantreck", "merelle.v@mail.test"]
    assert grave_for_macron(read)[0] == "Mérèlle Vantreck"
    assert mend_page(read)[0] == "Mérèlle Vantreck"
    assert grave_for_macron(["CÉLĒNA DORVAL"])[0] == "CÉLÈNA DORVAL"
    latvian = ["Jēkabs Bērziņš", "Rīga"]  # no French-type accent in the word: kept
    assert grave_for_macron(latvian) == latvian
