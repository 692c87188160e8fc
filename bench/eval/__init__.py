"""``make eval``: quality on labelled data nobody here wrote (../shared/data/samples).

Each part is a module ``bench/eval/<part>.py`` exposing ``run(samples: Path) -> dict`` that
returns nested figures (per set, per split, per field: precision, recall, counts). Parts skip
themselves (return ``{"skipped": reason}``) when their data is absent. The harness prints every
part and writes ``bench/eval.json``. Matching rules shared by the parts live in ``common.py``.
"""
