"""Round 16 skills classes (issue 14): a scale cue of short words is no letter-spaced heading,
short acronyms and unknown names in their own quotes are list items, a guide to writing a
résumé claims no skills, and the eval's skills scorer pairs values one to one with the most
pairs. Every name here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import skill_hits, skill_lists, text
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume
from bench.eval import common
from bench.eval.common import PR, best_pairs, similar

TOP = "Jane Doe\njane.doe@example.com\n\n"


def _parse(body: str) -> Resume:
    return parse_resume(TOP + body, today=date(2026, 1, 1))


def _names(body: str) -> set[str]:
    return {s.name for s in _parse(body).skills}


def test_a_scale_cue_of_short_words_is_not_glued() -> None:
    cue = "Rated on a scale of 1 to 5 as follows"
    assert text._fix_letter_spacing(cue) == cue
    assert text._fix_letter_spacing("J A N E  D O E") == "JANE DOE"
    assert text._fix_letter_spacing("E X P E R I E N C E   2019 - 2022") == "EXPERIENCE 2019-2022"
    names = _names(f"SKILLS\n{cue}\nPython 5\nKiln Loading 3\nSail Rigging 4\n")
    assert names == {"Python", "Kiln Loading", "Sail Rigging"}


def test_short_acronyms_in_their_own_curly_quotes_are_kept() -> None:
    assert {"SAP", "Jira"} <= _names("SKILLS\nTools: “SAP”, “Jira”, “Excel”\n")
    assert {"Customer relationship management"} <= _names("SKILLS\nTools: ‘CRM’, ‘Tableau’\n")


def test_an_acronym_inside_a_quoted_title_is_still_no_claim() -> None:
    names = _names("SKILLS\nKiln Loading\n\nPROJECTS\nLed the “SAP rollout review” at Acme\n")
    assert "SAP" not in names


def test_unknown_names_in_quotes_are_list_items() -> None:
    names = _names('SKILLS\nTools: “Quorvex”, “Kiln Loading”, "Tovix"\n')
    assert {"Quorvex", "Kiln Loading", "Tovix"} <= names


GUIDE = (
    "Entry-Level Resume Guide\n"
    "This packet helps you write your resume. It includes sample resumes.\n\n"
    "SKILLS\nPython, SQL, Kiln Loading\n\n"
    "TIPS\n"
    "Keep your resume to one page.\n"
    "Proofread your resume twice.\n"
    "Tailor your resume to the job: name the tools, e.g. Excel or Tableau.\n"
    "Ask a friend to read your resume.\n"
    "Send your cover letter with your resume.\n"
    "Save your CV as a PDF.\n"
)


def test_a_guide_to_writing_a_resume_claims_no_skills() -> None:
    r = parse_resume(GUIDE, today=date(2026, 1, 1))
    assert r.skills == []
    assert skill_hits.writing_guide(GUIDE.splitlines())


def test_a_guide_in_capitals_is_a_guide() -> None:
    assert skill_hits.writing_guide(GUIDE.upper().splitlines())


def test_a_resume_with_a_few_tips_keeps_its_skills() -> None:
    body = (
        "SKILLS\nPython, SQL, Kiln Loading\n\nNOTES\nKeep your resume short.\nProofread your CV.\n"
    )
    assert {"Python", "SQL", "Kiln Loading"} <= _names(body)
    assert not skill_hits.writing_guide(body.splitlines())


def test_writing_guide_reads_long_text_quickly() -> None:
    assert not skill_hits.writing_guide(["our your resu our " * 60] * 100)  # 108,000 characters


def test_the_scorer_pairs_values_for_the_most_matches() -> None:
    # in order, "python" takes "python scripting" and "scripting" finds nothing left
    pred, gold = ["python", "scripting"], ["python scripting", "python"]
    assert len(best_pairs(pred, gold)) == 2
    greedy, best = PR(), PR()
    greedy.add(pred, gold)
    best.add(pred, gold, best=True)
    assert (greedy.tp_pred, best.tp_pred) == (1, 2)
    spell = PR()
    spell.add_spellings([["python"], ["scripting"]], gold, best=True)
    assert spell.tp_gold == 2


def _in_order_pairs(pred: list[str], gold: list[str]) -> int:
    free = list(range(len(gold)))
    n = 0
    for p in pred:
        if (i := next((i for i in free if similar(p, gold[i])), None)) is not None:
            free.remove(i)
            n += 1
    return n


def test_best_pairs_holds_each_value_once() -> None:
    # in order, the two "excel" take "excel word" and "ms excel", and "word" finds nothing left
    pred, gold = ["excel", "excel", "word"], ["excel word", "ms excel", "excel"]
    assert _in_order_pairs(pred, gold) == 2
    pairs = best_pairs(pred, gold)
    assert len(set(pairs.values())) == len(pairs) == 3


def test_a_label_naming_a_kind_of_thing_is_no_item() -> None:
    body = "SKILLS\nTicketing Tools\nTovix, Jira\nCLOUD PROVIDERS\nAWS, Quorvex\nWeb Technologies\n"
    names = _names(body)
    assert {"Tovix", "Jira", "AWS", "Quorvex"} <= names
    assert not {"Ticketing Tools", "CLOUD PROVIDERS", "Web Technologies"} & names


def test_items_named_like_a_kind_stay() -> None:
    assert {"Hand Tools", "Power Tools"} <= _names(
        "SKILLS\nHand Tools, Power Tools, Kiln Loading\n"
    )


def test_a_lower_case_series_after_a_dash_label_is_a_list() -> None:
    names = _names("SKILLS\nResearch - kiln loading, glaze mixing, seed saving,\n")
    assert {"kiln loading", "glaze mixing", "seed saving"} <= names


def test_a_lower_case_series_without_a_label_stays_prose() -> None:
    names = _names("SKILLS\nKiln Loading\nthe mixing of glazes, kiln loads, and\n")
    assert "kiln loads" not in names


def test_a_quotation_opened_in_a_skills_list_adds_no_item() -> None:
    body = "SKILLS\nQuorvex, Tovix\n“Mrs. Roe is a very creative and helpful\n"
    assert _names(body) == {"Quorvex", "Tovix"}


def test_hostile_lists_finish() -> None:
    rows = [
        '“Quorvex”, ‘Tovix’, “SAP”, "Kiln',
        "Research - a, b, c, d, e, f,",
        "Ticketing Tools",
        "R a t e d on a scale of 1 to 5 as follows",
        "“" * 19,
    ]
    body = "SKILLS\n" + "\n".join(rows[i % len(rows)] for i in range(5000))[:100_000]
    assert isinstance(_parse(body).skills, list)


# ---------------------------------------------------------------- review fixes (fix_skills) ---

ADVISOR = (
    "EXPERIENCE\n"
    "Careers Advisor, Acme College, 2019 - 2024\n"
    "Ran weekly workshops for students:\n"
    "Build your resume\n"
    "Polish your resume\n"
    "Tailor your resume to the job\n"
    "Your resume in ten minutes\n"
    "Write your cover letter\n"
    "Your CV and your online profile\n\n"
    "SKILLS\n"
    "Career coaching, Python, Kiln Loading\n"
)


def test_an_advisors_own_workshops_are_no_guide() -> None:
    assert {"Python", "Kiln Loading"} <= _names(ADVISOR)


def test_unquoted_keeps_quotes_that_hold_no_one_item() -> None:
    assert skill_lists._unquoted("“Kiln” or “Glaze”") == "“Kiln” or “Glaze”"
    assert skill_lists._unquoted("“Six” Sigma”") == "“Six” Sigma”"
    assert skill_lists._unquoted("“Kiln Loading”") == "Kiln Loading"


def test_a_quoted_acronym_in_prose_is_held_to_the_quote_rule() -> None:
    names = _names("SKILLS\nKiln Loading\n\nPROJECTS\nManaged the “SAP” migration at Acme\n")
    assert "SAP" not in names


def test_straight_apostrophes_are_no_quote_marks() -> None:
    assert "'" not in skill_hits.OPENING_QUOTES | skill_hits.CLOSING_QUOTES
    assert "“" in skill_hits.OPENING_QUOTES and "”" in skill_hits.CLOSING_QUOTES


def test_a_spaced_name_before_whole_words_merges() -> None:
    line = "J A N E   D O E   Data Analyst"
    assert text._fix_letter_spacing(line) == "JANE DOE Data Analyst"


def test_best_pairs_follows_a_long_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    # pred k names gold k-1 and gold k; the last pred only gold 0: one augmenting path through
    # every pair (a recursive search passed Python's recursion limit)
    n = 1500
    names = {f"p{k}": {k - 1, k} for k in range(1, n + 1)} | {"last": {0}}
    monkeypatch.setattr(common, "similar", lambda p, g: int(g[1:]) in names[p])
    pairs = best_pairs(
        [*(f"p{k}" for k in range(1, n + 1)), "last"], [f"g{k}" for k in range(n + 1)]
    )
    assert len(pairs) == n + 1
