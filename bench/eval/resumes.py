"""Resume part of ``make eval``: the parser on labelled resumes and on real files.

Labelled sets (``samples/resumes_labelled``), each scored per split and per field with the
fuzzy matching of ``common.py``:

- ``dotin_resume_ner``: the upstream train/test zips are the split. The Kaggle export replaced
  line breaks with runs of spaces and left ``\\xNN`` byte escapes: both are undone here (two or
  more spaces -> a line break, escapes -> UTF-8), which is what a PDF's text looks like.
- ``vrundag91_resume_corpus``: punctuation-stripped Indeed resumes with no split upstream; a
  stable split is made here: sha1 of the text, ``% 5 == 0`` -> test (about 20 %).
- ``minhquan_resume_ner_fragments``: sentence fragments, so only skills are scored; same
  sha1 split by file name.

Single-valued fields (name, email, location) are scored per document: the prediction is right
when it matches any gold value (several spans may carry the label), and recall counts the
documents with a gold value whose prediction matched. A predicted skill matches through its
canonical name or any spelling found in the text.

Real files (``samples/resumes`` and ``samples/resumes_more/files``): the share of "complete"
parses (a name; the email and phone when the text has one; two or more sections; experience or
education; three or more skills) and the agreement of the same resume in several files
(PDF/DOCX twins, one person in several layouts).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bench.eval.common import PR, line_labels, norm, similar
from bench.eval.resume_skills import print_skill_error_classes

if TYPE_CHECKING:
    from atspro.analysis.resume.dates import DateRange
    from atspro.models import Resume

TODAY = date(2026, 1, 1)
EXAMPLES = int(os.environ.get("ATSPRO_EVAL_EXAMPLES", "2"))  # error examples, terminal only
# ATSPRO_EVAL_SHOW=<part of a class name>: print each train name/location/education error of
# the classes it names, with the lines that hold the value (terminal only, train parts only)
SHOW = os.environ.get("ATSPRO_EVAL_SHOW", "").casefold()
# "companies:FP other" prints that role error class's train examples, "dates:<class>" a role
# dates class's (terminal only)
ROLE_CLASS = os.environ.get("ATSPRO_EVAL_ROLE_CLASS", "")
SINGLE = ("name", "email", "location")

DOTIN_FIELDS = {
    "Name": "name",
    "Email Address": "email",
    "Location": "location",
    "Designation": "titles",
    "Companies worked at": "companies",
    "College Name": "institutions",
    "Degree": "degrees",
    "Graduation Year": "grad_years",
    "Job Specific Skills": "skills",
    "Tech Tools": "skills",
    "Soft Skills": "skills",
    "Years of Experience": "years_experience",
}
VRUNDAG_FIELDS = {
    "company_name": "companies",
    "designation": "titles",
    "candidate_city": "location",
    "place_basic_education": "institutions",
    "place_higher_education": "institutions",
    "basic_education": "degrees",
    "higher_education": "degrees",
    "technical_skills": "skills",
    "languages_known": "languages",
}
MINHQUAN_FIELDS = {"SKILL": "skills"}


@dataclass
class Doc:
    set: str
    split: str
    key: str
    text: str
    gold: dict[str, list[str]] = field(default_factory=dict)


# ------------------------------------------------------------------------------ loaders ---


def _split_of(key: str) -> str:
    return "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "train"


def _unescape_bytes(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        raw = bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-fA-F]{2})", m.group(0)))
        return raw.decode("utf-8", errors="replace")

    return re.sub(r"(?:\\x[0-9a-fA-F]{2})+", repl, text)


def _dotin_text(text: str) -> str:
    text = _unescape_bytes(text).replace("\ufffd", " ").replace("\\'", "'")  # "Master\\'s"
    text = re.sub(r"[\x00-\x08\x0b-\x1f]", " ", text)
    return re.sub(r" {2,}", "\n", text).strip().strip('"').strip()


def load_dotin(root: Path) -> Iterator[Doc]:
    for path in sorted(root.glob("data/*/*.xml")):
        split = "train" if path.parent.name.startswith("545") else "test"
        cv = ET.parse(path).getroot()
        gold: dict[str, list[str]] = {}
        for label in cv.iter("label"):
            name = DOTIN_FIELDS.get(label.get("type", ""))
            if name:
                gold.setdefault(name, []).append(_dotin_text("".join(label.itertext())))
        text = _dotin_text("".join(cv.itertext()))
        # The degree labels that name a certificate, licence or course (no degree): scored
        # against the certifications read (recall is the figure; other certificates are
        # unlabelled, so precision is low by construction).
        certs = [g for g in gold.get("degrees", []) if _certificate_label(g)]
        if certs:
            gold["certificates"] = certs
        yield Doc("dotin_resume_ner", split, f"{path.parent.name}/{path.name}", text, gold)


def _certificate_label(value: str) -> bool:
    from atspro.analysis.resume.degrees import find_degree

    return bool(_NOT_A_DEGREE.search(value)) and not find_degree(value)


def load_vrundag(root: Path) -> Iterator[Doc]:
    seen: set[str] = set()
    for path in sorted(root.glob("data/*.json")):
        for task in json.loads(path.read_text(encoding="utf-8")):
            text = task["data"]["text"]
            results = next((a["result"] for a in task["annotations"] if a["result"]), [])
            if not results or text in seen:
                continue
            seen.add(text)
            gold: dict[str, list[str]] = {}
            for r in results:
                value = r.get("value", {})
                for lab in value.get("labels", []):
                    if lab in VRUNDAG_FIELDS:
                        gold.setdefault(VRUNDAG_FIELDS[lab], []).append(value.get("text", ""))
            key = hashlib.sha1(text.encode()).hexdigest()
            yield Doc("vrundag91_resume_corpus", _split_of(key), key[:10], text, gold)


def load_minhquan(root: Path) -> Iterator[Doc]:
    for path in sorted(root.glob("data/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for n, (text, ann) in enumerate(data.get("annotations", [])):
            gold: dict[str, list[str]] = {}
            for start, end, lab in ann.get("entities", []):
                if lab in MINHQUAN_FIELDS:
                    gold.setdefault(MINHQUAN_FIELDS[lab], []).append(text[start:end])
            yield Doc(
                "minhquan_resume_ner_fragments",
                _split_of(path.name),
                f"{path.name}#{n}",
                text,
                gold,
            )


# ---------------------------------------------------------------------------- predicting ---


def predicted(text: str) -> dict[str, list[list[str]]]:
    """Each field -> values; a value is a list of alternative spellings (first = shown)."""
    from atspro.analysis.resume.parser import parse_resume

    try:
        r = parse_resume(text, today=TODAY)
    except ValueError:
        return {}
    return fields_of(r)


def fields_of(r: Resume) -> dict[str, list[list[str]]]:
    """A parsed resume's fields as ``predicted`` gives them (bench/resume_stress.py too)."""
    from atspro.analysis.resume import education, roles

    c = r.contact

    def one(value: str | None) -> list[list[str]]:
        return [[value]] if value else []

    return {
        "name": one(c.full_name),
        "headline": one(r.headline),
        "email": one(c.email),
        "location": one(c.location),
        "companies": [[w.company] for w in r.work_experience if w.company],
        # A role held under two titles ("Paralegal/Office Manager") names two, as the labels
        # do: each is a value (the parser's own roles.title_names).
        "titles": [
            [name]
            for w in r.work_experience
            if w.position
            for name in roles.title_names(w.position)
        ],
        # A school kept with its university ("The Wharton School, University of X") names
        # two schools, as the labels do: each is a value.
        "institutions": [
            [name]
            for e in r.education
            if e.institution
            for name in education.school_names(e.institution)
        ],
        # Gold degree spans carry the field ("BS in Digital Cinema", "BA (Hons) Marketing"):
        # compare the same, with or without the joining "in".
        "degrees": [
            [f"{e.degree} in {e.field}", f"{e.degree} {e.field}", e.degree]
            if e.field
            else [e.degree]
            for e in r.education
            if e.degree
        ],
        "grad_years": [[e.graduation_date[:4]] for e in r.education if e.graduation_date],
        "certificates": [[c.name] for c in r.certifications],
        "skills": [
            [s.surface_forms[0] if s.surface_forms else s.name, s.name, *s.surface_forms]
            for s in r.skills
        ],
        "languages": [[lang.name] for lang in r.languages],
        "years_experience": one(
            None if r.total_years_experience is None else str(r.total_years_experience)
        ),
        "years_stated": one(
            None if r.stated_years_experience is None else str(r.stated_years_experience)
        ),
        "role_dates": [
            [key]
            for w in r.work_experience
            if (key := range_key(w.start, w.end, is_current=w.is_current))
        ],
        # start, end, "now" of each role, for the month-level ruler (role_dates_months)
        "role_spans": [
            [w.start or "", w.end or "", "now" if w.is_current else ""] for w in r.work_experience
        ],
    }


def _pick(alternatives: list[str], gold: list[str]) -> str:
    for alt in alternatives:
        if any(similar(alt, g) for g in gold):
            return alt
    return alternatives[0]


def _years_gold(values: list[str]) -> list[str]:
    years = [y for v in values for y in re.findall(r"\b(?:19|20)\d\d\b", v)]
    return [years[-1]] if len(years) == 2 and len(values) == 1 else years


def _duration(values: list[str]) -> float | None:
    """A "N years" duration label (the set also labels date ranges this way)."""
    for v in values:
        m = re.search(r"\b(\d{1,2}(?:\.\d)?)\+?\s*(?:years?|yrs?)\b", v, re.IGNORECASE)
        if m:
            return float(m.group(1))
    return None


def range_key(start: str | None, end: str | None, *, is_current: bool) -> str | None:
    """A role's dates as compared with a labelled range: its start and end years ("now" when
    ongoing). Distinct words per side, so one differing year never passes the fuzzy match."""
    if not start or not (end or is_current):
        return None
    return f"from{start[:4]} until{'now' if is_current else end[:4]}"  # type: ignore[index]


def _month_key(start: str, end: str) -> str:
    return f"from{start.replace('-', '')} until{end.replace('-', '')}"


def _same_when(a: str, b: str) -> bool:
    """The same year, and the same month when both sides name one ("2019-03" vs "2019")."""
    return a[:4] == b[:4] and (len(a) < 7 or len(b) < 7 or a == b)


def _month_keys(spans: list[list[str]], ranges: list[DateRange]) -> tuple[list[str], list[str]]:
    """``role_dates_months`` (round 13, a second ruler beside ``role_dates``): a role's start
    and end compared by month where both the role and the label name the month, by year
    where either names the year only. -> (predicted keys, labelled keys)."""
    gold = [(r.start, "now" if r.is_current else r.end) for r in ranges]
    gold = [(s, e) for s, e in gold if s and e]
    gold_keys = [_month_key(s, e) for s, e in gold]
    out = []
    for start, end, now in spans:
        stop = now or end
        if not (start and stop):
            continue
        match = (k for (s, e), k in zip(gold, gold_keys, strict=True) if _same_when(start, s)
                 and _same_when(stop, e))  # fmt: skip
        out.append(next(match, _month_key(start, stop)))
    return out, gold_keys


def labelled_ranges(values: list[str]) -> list[tuple[str, DateRange]]:
    """The dotin "Years of Experience" spans that are date ranges ("2007-Present", "June
    2010\nAugust 2013": a label's two lines are its two ends), each with its compared key."""
    from atspro.analysis.resume import dates

    out = []
    for v in values:
        rng = dates.find_range(_joined_label(v))
        key = rng and range_key(rng.start, rng.end, is_current=rng.is_current)
        if rng and key:
            out.append((key, rng))
    return out


# A label line ending with the range's separator, or with a month whose year opens the next
# line: the next line goes on the same range ("(1999 to" / "2001)", "May 2009 to April" /
# "2010"), joined by a space, not a dash.
_LABEL_GOES_ON = re.compile(r"(?i)(?:\b(?:to|until|till|from)|[-–—])$")
_LABEL_MONTH_END = re.compile(r"\d.*\b[A-Za-z]{3,9}\.?$")
_LABEL_YEAR_START = re.compile(r"^(?:19|20)\d\d\b")


def _joined_label(value: str) -> str:
    """A multi-line date label as one line: "June 2010\nAugust 2013" -> "June 2010 - August
    2013" (its two ends); a line that goes on joins the next with a space (round 11, a
    measuring change: "(1999 to" / "2001)" read "(1999 to - 2001)", no range)."""
    from atspro.analysis.resume import dates

    out = ""
    for line in (x.strip() for x in value.splitlines() if x.strip()):
        month_year = _LABEL_MONTH_END.search(out) and _LABEL_YEAR_START.match(line)
        goes_on = _LABEL_GOES_ON.search(out) or (month_year and not dates.find_range(out))
        out = f"{out} {line}" if goes_on else (f"{out} - {line}" if out else line)
    return out


def _ranges_years(ranges: list[DateRange]) -> float | None:
    """The labelled ranges added up as the parser adds up roles (overlaps merged, "Present" =
    TODAY): what the computed figure should give when the dates are read right."""
    from atspro.analysis.resume import dates, years

    now = TODAY.year * 12 + TODAY.month - 1
    spans = [
        (
            dates.month_index(r.start),
            now if r.is_current else years.end_month(r.start, r.end or r.start),
        )
        for r in ranges
        if r.start and (r.is_current or r.end)
    ]
    return years.union_years([(s, min(e, now)) for s, e in spans if s <= e])


def _count_years(pr: PR, got: float | None, want: float) -> None:
    ok = got is not None and abs(got - want) <= max(1.5, 0.2 * want)
    pr.add(["ok"] if ok else ([str(got)] if got is not None else []), ["ok"])


def _years_as_written(doc: Doc) -> tuple[float | None, float | None]:
    """Years of experience on the writer's clock, "Present" read as the last year the text
    names (its likely writing year; TODAY at the latest): (the figure the resume states, else
    the roles' union; the roles' union alone)."""
    from atspro.analysis.resume.parser import parse_resume

    years = [int(y) for y in re.findall(r"\b(?:19[5-9]\d|20[0-2]\d)\b", doc.text)]
    last = min(max(years, default=TODAY.year), TODAY.year)
    try:
        r = parse_resume(doc.text, today=date(last, 12, 31))
    except ValueError:
        return None, None
    total = r.total_years_experience
    return (r.stated_years_experience or total), total


def _score_dates(doc: Doc, pred: dict[str, list[list[str]]], counts: dict[str, PR]) -> None:
    """Role dates and the years they add up to, against the labelled date ranges (dotin
    labels ranges and "N years" claims alike). ``role_dates``: start and end years of each
    dated role (precision is low by construction: not every range is labelled);
    ``years_from_labelled_dates``: the computed figure against the labelled ranges added up
    the same way (a fair test of the computed figure, which the writer's own "N years" is
    not: that claim counts roles the resume does not list, and "Present" meant the year it
    was written)."""
    ranges = labelled_ranges(doc.gold["years_experience"])
    if not ranges:
        return
    counts.setdefault("role_dates", PR()).add(
        [v[0] for v in pred.get("role_dates", [])], [k for k, _ in ranges], keep=EXAMPLES
    )
    counts.setdefault("role_dates_months", PR()).add(
        *_month_keys(pred.get("role_spans", []), [r for _, r in ranges])
    )
    want = _ranges_years([r for _, r in ranges])
    got = pred.get("years_experience", [])
    if want is not None:
        pr = counts.setdefault("years_from_labelled_dates", PR())
        _count_years(pr, float(got[0][0]) if got else None, want)


# A degree label's honours note ("J.D. (Cum Laude)", "BA, magna cum laude", "BS with
# Honors") is no part of the degree, and "MBA with an emphasis in X" names its field as "MBA in
# X" does: the label is compared without the note, the field led by "in" (a measuring change of
# round 10; no other label is touched).
_HONOURS_NOTE = re.compile(
    r"\s*(?:,\s*|\(\s*)?(?:(?:(?:summa|magna)\s+)?cum\s+laude|with\s+(?:high(?:est)?\s+)?"
    r"(?:honou?rs|distinction))\s*\)?(?=\s*$|\s*[,;])",
    re.IGNORECASE,
)
_FIELD_LEAD = re.compile(
    r"\s+with\s+(?:an?\s+)?(?:emphasis|concentration|speciali[sz]ation|focus)\s+(?:in|on)\s+",
    re.IGNORECASE,
)


def degree_label(value: str) -> str:
    """A gold degree label as the degree and its field ("J.D. (Cum Laude)" -> "J.D.")."""
    return _FIELD_LEAD.sub(" in ", _HONOURS_NOTE.sub("", value)).strip() or value


def score_doc(doc: Doc, pred: dict[str, list[list[str]]], counts: dict[str, PR]) -> None:
    for name in sorted(doc.gold):
        labels = doc.gold[name]
        if name == "degrees":
            labels = [degree_label(g) for g in labels]
        gold = list(dict.fromkeys(norm(g) for g in labels if norm(g)))
        values = pred.get(name, [])
        if name == "grad_years":
            gold = list(dict.fromkeys(y for g in doc.gold[name] for y in _years_gold([g])))
        if name == "years_experience":
            _score_dates(doc, pred, counts)
            want = _duration(doc.gold[name])
            if want is None:
                continue
            # The label is the writer's own "N years", written when "Present" meant the year
            # the resume was written, not TODAY: the computed union is scored on that clock
            # (``years_experience``; round 11, a measuring change: it was scored with "Present"
            # = TODAY, which stretched every ongoing role by the years since the writing), and
            # so is the figure a recruiter is shown (``years_as_written``: stated, else union).
            as_written, total = _years_as_written(doc)
            _count_years(counts.setdefault(name, PR()), total, want)
            _count_years(counts.setdefault("years_as_written", PR()), as_written, want)
            stated = pred.get("years_stated", [])
            got_stated = float(stated[0][0]) if stated else None
            _count_years(counts.setdefault("years_stated", PR()), got_stated, want)
            continue
        shown = [_pick(alts, gold) for alts in values]
        if name in SINGLE:
            hit = next((g for g in gold for p in shown if similar(p, g)), None)
            gold = [hit] if hit else gold[:1]
        # skills: the most pairs a one-to-one matching makes (many values overlap as words)
        best = name == "skills"
        counts.setdefault(name, PR()).add(shown, gold, keep=EXAMPLES, best=best)
        if name == "skills":  # each spelling read may match a gold value (docs/resume.md)
            counts.setdefault("skills_each_spelling", PR()).add_spellings(
                ([p, *alts[2:]] for p, alts in zip(shown, values, strict=True)), gold, best=True
            )
        if name == "titles":
            _score_headline(pred, gold, counts)


def headline_titles(headline: str) -> list[str]:
    """The titles a headline names: "Senior PM | Construction Executive" two, each title of a
    role held under two ("Developer / Software Architect") one each (``roles.title_names``)."""
    from atspro.analysis.resume import roles

    parts = [p.strip() for p in headline.split(" | ") if p.strip()]
    return [t for p in parts for t in roles.title_names(p)]


def _score_headline(
    pred: dict[str, list[list[str]]], gold: list[str], counts: dict[str, PR]
) -> None:
    """Round 17, two measurements beside the unchanged "titles" (documents with titles
    labelled): "titles_with_headline", the role titles and the headline's titles against the
    labelled titles; "headline", its precision: a headline read is right when any labelled title
    matches it or one of its titles (its recall is 1 by construction: read precision only).
    A headline title a role title already matches (``similar``: "Data Analyst" beside the role
    "Senior Data Analyst") is that title again, not one more value: it is not added."""
    heads = [t for h in pred.get("headline", []) for t in headline_titles(h[0])]
    titles = [alts[0] for alts in pred.get("titles", [])]
    new = [t for t in heads if not any(similar(t, r) for r in titles)]
    counts.setdefault("titles_with_headline", PR()).add(titles + new, gold)
    for (whole,) in pred.get("headline", [])[:1]:
        hit = next((g for g in gold if any(similar(t, g) for t in [whole, *heads])), None)
        counts.setdefault("headline", PR()).add([whole], [hit] if hit else [])


# ---------------------------------------------------------------------------- real files ---

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w/.:])\+?\(?\d[\d ().-]{7,}\d(?![\w/])")
# (folder, file-name pattern, versions): files of one resume. ``versions``: the files are
# different versions of one person's CV (another date, more or fewer roles), so a pair is
# compared only on the values both texts could hold (``_held``); the other groups are one
# text in two formats or layouts and are compared whole.
TWINS = [
    ("resumes", r"soupboss__0([12])-(\w+)\.(?:pdf|docx)$", False),
    ("resumes", r"resume-matcher-template.*", False),
    ("resumes_more/files", r"(2[34])_.*", False),  # one person, PDF and DOCX
    (
        "resumes_more/files",
        r"0[3478]_jankapunkt__(?:classic|infographics|two_column|sidebar)_main.*",
        True,
    ),
]
AGREEMENT_FIELDS = ("name", "email", "phone", "companies", "titles", "institutions", "skills")


def _has_phone(text: str) -> bool:
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 9 <= len(digits) <= 15 and not re.fullmatch(r"(?:19|20)\d\d(?:19|20)\d\d", digits):
            return True
    return False


def read_file(path: str) -> dict[str, object]:
    from atspro.analysis.documents.extract import extract_text
    from atspro.analysis.resume.parser import parse_resume

    try:
        text = extract_text(Path(path).read_bytes(), Path(path).name).text
        # The sample's own file name follows its "NN_owner__" prefix.
        r = parse_resume(text, today=TODAY, filename=Path(path).name.split("__", 1)[-1])
    except Exception as exc:  # an unreadable file is an incomplete parse
        return {"path": path, "error": type(exc).__name__}
    c = r.contact
    missing = []
    if not c.full_name:
        missing.append("name")
    if _EMAIL.search(text) and not c.email:
        missing.append("email")
    if _has_phone(text) and not c.phone:
        missing.append("phone")
    if len(r.sections) < 2:
        missing.append("sections")
    if not (r.work_experience or r.education):
        missing.append("experience/education")
    if len(r.skills) < 3:
        missing.append("skills")
    return {
        "path": path,
        "missing": missing,
        "name": norm(c.full_name or ""),
        "email": (c.email or "").lower(),
        "phone": c.phone or "",
        "phone_shown": _has_phone(text),  # a masked number ("+49 176 *** **") is none
        "companies": sorted({norm(w.company) for w in r.work_experience if w.company}),
        "titles": sorted({norm(w.position) for w in r.work_experience if w.position}),
        "institutions": sorted({norm(e.institution) for e in r.education if e.institution}),
        "skills": sorted({s.name for s in r.skills}),
        "roles": _role_shapes(r.work_experience),
        "text": norm(text),  # what a value read from another version may be looked up in
    }


def _role_shapes(roles: list) -> dict[str, int]:
    """Label-free checks of the roles read from a file (its reading order shows here): how many,
    how many whole (employer and title), how many name a section heading as either (a
    sidebar's heading read into a role)."""
    from atspro.analysis.resume.sections import lookup_heading

    def heading(value: str | None) -> bool:
        return bool(value) and lookup_heading(value.strip(" :")) is not None

    return {
        "found": len(roles),
        "whole": sum(1 for w in roles if w.company and w.position),
        "a_heading": sum(1 for w in roles if heading(w.company) or heading(w.position)),
    }


def _in_text(field_: str, value: str, text: str) -> bool:
    if field_ == "phone":  # "+4917600000000" in "+49 176 000 000 00"
        digits = re.sub(r"\D", "", value)
        return bool(digits) and digits in re.sub(r"\D", "", text)
    if field_ == "email":
        return norm(value) in text
    return f" {norm(value)} " in f" {text} "


def _held(field_: str, value: object, other_text: str) -> object:
    """``value`` (a file's reading of ``field_``) cut to what another version's text holds:
    a role, a school or a number only one version of the CV lists is no disagreement."""
    if isinstance(value, list):
        return [v for v in value if _in_text(field_, v, other_text)]
    return value if value and _in_text(field_, str(value), other_text) else ""


def _agree(field_: str, a: object, b: object) -> bool:
    if field_ == "skills":
        # "Cloud Infrastructure" and "cloud infrastructure" (list items keep their case) agree
        sa = {x.casefold() for x in a}  # type: ignore[attr-defined]
        sb = {x.casefold() for x in b}  # type: ignore[attr-defined]
        return not (sa | sb) or len(sa & sb) / len(sa | sb) >= 0.8
    return a == b


def real_files(samples: Path, pool: ProcessPoolExecutor) -> dict[str, object]:
    paths = sorted(
        str(p)
        for folder in ("resumes", "resumes_more/files")
        for p in (samples / folder).glob("*")
        if p.suffix.lower() in {".pdf", ".docx"}
    )
    if not paths:
        return {"skipped": "no resume files"}
    results = list(pool.map(read_file, paths, chunksize=2))
    complete = [r for r in results if not r.get("error") and not r["missing"]]
    missing: dict[str, int] = {}
    for r in results:
        for m in r.get("missing", ["unreadable"]) if not r.get("error") else ["unreadable"]:
            missing[m] = missing.get(m, 0) + 1
    by_path = {r["path"]: r for r in results}
    agreement: dict[str, list[int]] = {}
    for folder, pattern, versions in TWINS:
        groups: dict[str, list[dict[str, object]]] = {}
        for p in sorted((samples / folder).glob("*")):
            m = re.fullmatch(pattern, p.name)
            if m and str(p) in by_path and not by_path[str(p)].get("error"):
                key = m.group(2) + m.group(1) if m.lastindex == 2 else pattern
                groups.setdefault(key, []).append(by_path[str(p)])
        for group in groups.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    for f in AGREEMENT_FIELDS:
                        if versions:
                            ok = _agree(f, _held(f, a[f], b["text"]), _held(f, b[f], a["text"]))
                        else:
                            ok = _agree(f, a[f], b[f])
                        agreement.setdefault(f, [0, 0])[0] += ok
                        agreement[f][1] += 1
                    if a["phone_shown"] and b["phone_shown"]:  # both files show the number
                        shown = agreement.setdefault("phone_where_both_show_one", [0, 0])
                        shown[0] += a["phone"] == b["phone"]
                        shown[1] += 1
    for r in results:
        if r.get("error") or r["missing"]:
            print(
                f"   incomplete: {Path(str(r['path'])).name}: "
                f"{r.get('error') or ', '.join(r['missing'])}"
            )
    shapes = [r["roles"] for r in results if not r.get("error")]
    found = sum(s["found"] for s in shapes)
    return {
        "files": len(results),
        "complete_pct": round(100 * len(complete) / len(results), 1),
        "roles": {
            "found": found,
            "whole_pct": round(100 * sum(s["whole"] for s in shapes) / max(found, 1), 1),
            "a_heading": sum(s["a_heading"] for s in shapes),
        },
        "missing": dict(sorted(missing.items())),
        "agreement_pct": {f: round(100 * ok / n, 1) for f, (ok, n) in agreement.items()},
    }


# ----------------------------------------------------------------------- role error classes ---

ROLE_FIELDS = {"companies": "company", "titles": "position"}


def _fp_class(
    value: str, field_: str, other_gold: list[str], role_other: str | None, colleges: list[str]
) -> str:
    """Why an extracted employer or title matched no gold value (a rough, automatic guess)."""
    from atspro.analysis.resume import dates, places, roles, sections
    from atspro.analysis.resume import text as tx

    if any(similar(value, g) for g in other_gold):
        return "swapped with the other field"
    if sections.detect_heading(value) or (re.fullmatch(r"[A-Z ]{2,}", value) and len(value) < 5):
        return "heading or label"
    if dates.find_dates(value) or dates.month_only(value):
        return "date words"
    if places.is_place_name(value) or (
        (p := places.find_place(value)) and p.span[1] - p.span[0] >= 0.8 * len(value)
    ):
        return "place"
    if len(tx.words(value)) >= 6 or tx.starts_with_verb(value):
        return "sentence from the bullets"
    if field_ == "companies" and roles.is_title(value) and not roles.is_company(value):
        return "a title read as the employer"
    if field_ == "titles" and roles.is_company(value):
        return "an employer read as the title"
    if any(similar(value, g) for g in colleges):
        return "noise?: a school employer labelled as a college"
    if role_other and any(similar(role_other, g) for g in other_gold):
        return "other half of the role right (unlabelled or partial)"
    return "other"


def _fn_class(gold: str, field_: str, doc_lines: list[str], labels: list[str], pred: dict) -> str:
    """Why a gold employer or title was not extracted (label noise separated from misses)."""
    from atspro.analysis.resume import places, roles

    other = "titles" if field_ == "companies" else "companies"
    if any(similar(gold, p[0]) for p in pred.get(other, [])):
        return "read into the other field"
    if any(norm(gold) in norm(p[0]) or norm(p[0]) in norm(gold) for p in pred.get(field_, [])):
        return "partial (extracted value longer or shorter)"
    if field_ == "companies" and (places.is_place_name(gold) or places.find_place(gold)):
        return "noise: a place labelled as employer"
    if field_ == "companies" and roles.is_title(gold) and not roles.is_company(gold):
        return "noise: a title labelled as employer"
    if field_ == "titles" and not roles.is_title(gold):
        return "noise: no title word (a field, skill or name)"
    first = norm(gold.splitlines()[0] if gold.strip() else gold)
    at = [i for i, line in enumerate(doc_lines) if first and first in norm(line)]
    if at and not any(labels[i] == "experience" for i in at):
        return "noise?: only outside the experience section"
    if not at:
        return "missed (not found on one line)"
    i = next(i for i in at if labels[i] == "experience")
    return "missed in the experience section: " + _miss_shape(doc_lines, labels, i)


def _miss_shape(doc_lines: list[str], labels: list[str], i: int) -> str:
    """The shape of the experience line a gold employer or title sits on."""
    from atspro.analysis.resume import dates, entries
    from atspro.analysis.resume import text as tx

    line = doc_lines[i]
    ws = tx.words(line)
    if len(ws) > 12 or (len(ws) > 5 and tx.capitalised_ratio(line) < 0.5):
        return "in a sentence"
    if tx.bullet_glyph(line):
        return "in a bullet"
    section = [x for x, lab in zip(doc_lines, labels, strict=True) if lab == "experience"]
    if not any(entries.anchor_range(x) for x in section):
        return "undated section"
    if entries.anchor_range(line):
        return "on the dates line"
    near = range(max(0, i - 2), min(len(doc_lines), i + 3))
    if any(dates.find_dates(doc_lines[j]) for j in near):
        return "short line near dates"
    return "short line, no dates within two lines"


def role_error_classes(doc: Doc, counts: dict[str, dict[str, int]]) -> None:
    """Add ``doc``'s employer/title errors, by class, to ``counts`` (train parts only)."""
    from atspro.analysis.resume import sections
    from atspro.analysis.resume import text as tx
    from atspro.analysis.resume.parser import parse_resume

    try:
        r = parse_resume(doc.text, today=TODAY)
    except ValueError:
        return
    lines = tx.split_lines(tx.normalise(doc.text, digits=True))
    _, found = sections.split_sections(lines)
    labels = ["header"] * len(lines)
    for sec in found:
        for i in range(sec.start, sec.end):
            labels[i] = sec.name
    pred = predicted(doc.text)
    for field_, attr in ROLE_FIELDS.items():
        if field_ not in doc.gold:
            continue
        other_f = "titles" if field_ == "companies" else "companies"
        other_attr = ROLE_FIELDS[other_f]
        gold = [g for g in doc.gold[field_] if norm(g)]
        other_gold = [g for g in doc.gold.get(other_f, []) if norm(g)]
        table = counts.setdefault(field_, {})
        for w in r.work_experience:
            value = getattr(w, attr)
            if value and not any(similar(value, g) for g in gold):
                key = "FP " + _fp_class(
                    value,
                    field_,
                    other_gold,
                    getattr(w, other_attr),
                    doc.gold.get("institutions", []),
                )
                table[key] = table.get(key, 0) + 1
                _show_class(f"{field_}:{key}", doc, value, getattr(w, other_attr), gold, lines)
        for g in {norm(g): g for g in gold}.values():
            if not any(similar(p[0], g) for p in pred.get(field_, [])):
                key = "FN " + _fn_class(g, field_, lines, labels, pred)
                table[key] = table.get(key, 0) + 1
                _show_class(
                    f"{field_}:{key}", doc, g, None, [p[0] for p in pred.get(field_, [])], lines
                )


def _show_class(
    key: str, doc: Doc, value: str, other: str | None, against: list[str], lines: list[str]
) -> None:
    """Print one train example of the role error class ``ROLE_CLASS`` names, with its lines."""
    if not ROLE_CLASS or key != ROLE_CLASS:
        return
    first = norm(value.splitlines()[0]) if value.strip() else ""
    at = next((i for i, line in enumerate(lines) if first and first in norm(line)), None)
    print(f"--- {doc.key}: {value!r} (other half {other!r}) vs {against[:8]}")
    if at is not None:
        for j in range(max(0, at - 2), min(len(lines), at + 3)):
            print(("  > " if j == at else "    ") + lines[j][:150])


def print_role_error_classes(docs: list[Doc]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for doc in docs:
        if doc.split == "train" and doc.set == "dotin_resume_ner":
            role_error_classes(doc, counts)
    for field_, table in counts.items():
        print(f"   role error classes, dotin train, {field_}:")
        for key, n in sorted(table.items(), key=lambda x: (x[0][:2], -x[1])):
            print(f"      {n:4d}  {key}")
    return counts


def _date_fn_class(gold: str, key: str, got: list[str], lines: list[str], labels: list[str]) -> str:
    """Why a labelled date range is no role's dates (dotin train)."""
    from atspro.analysis.resume import dates

    same_start = [k for k in got if k.split()[0] == key.split()[0]]
    if same_start and all(_within(k, key) for k in same_start):
        return "noise?: an employer's span labelled, its titles' own dates read within it"
    if same_start:
        return "start year read, the end differs"
    first = norm(gold.splitlines()[0])
    at = [i for i, line in enumerate(lines) if first and f" {first} " in f" {norm(line)} "]
    if not at:
        return "noise?: the range not found on one line"
    if not any(labels[i] == "experience" for i in at):
        where = sorted({labels[i] for i in at})
        return "outside the experience section (" + ", ".join(where[:2]) + ")"
    if not any(dates.find_range(lines[i]) for i in at):
        return "in the experience section: the line's dates unread"
    return "in the experience section: dates read, no role kept with them"


def _within(inner: str, outer: str) -> bool:
    """One range_key inside another (the "now" end compares as the latest)."""
    ends = [k.split()[1].removeprefix("until").replace("now", "9999") for k in (inner, outer)]
    return ends[0] <= ends[1]


def _date_fp_class(key: str, got: list[str], lines: list[str], labels: list[str]) -> str:
    """Where a role's dates that no label names are written (dotin train): in the experience
    section (mostly real roles the labels leave undated), elsewhere, or read twice."""
    from atspro.analysis.resume import dates

    start, end = key.split()
    if start.removeprefix("from") == end.removeprefix("until"):
        # round 16: "Summer 2013", "2016" alone: a label of one year is no range
        # (labelled_ranges), so such a role matches a label only in the rare "2016 – 2016"
        return "noise?: a role dated by one year alone (a one-year label is no range)"
    if got.count(key) > 1:
        return "the same years read for two roles"
    at = set()
    for line, label in zip(lines, labels, strict=True):
        rng = dates.find_range(line) if any(ch.isdigit() for ch in line) else None
        if rng and range_key(rng.start, rng.end, is_current=rng.is_current) == key:
            at.add(label)
    if not at:
        return "no one line holds the range (joined, or a start and an end apart)"
    if "experience" in at:
        return "in the experience section (a role the labels leave undated?)"
    return "outside the experience section (" + ", ".join(sorted(at)[:2]) + ")"


def _show_date_class(
    cls: str, doc: Doc, key: str, got: list[str], keys: list[str], lines: list[str]
) -> None:
    """Print one train example of the role-dates class ``ROLE_CLASS`` names ("dates:<class>"):
    the key, the roles' and the labels' keys, and the lines naming its years (terminal only)."""
    if not ROLE_CLASS or f"dates:{cls}" != ROLE_CLASS:
        return
    print(f"--- {doc.key}: {key} read {got} labelled {keys}")
    years = re.findall(r"\d{4}", key)
    for i, line in enumerate(lines):
        if years and all(y in line for y in years[:1]):
            print(f"  {i:4d} {line[:150]}")


def print_date_error_classes(
    docs: list[Doc], preds: list[dict[str, list[list[str]]]]
) -> dict[str, int]:
    """The role-dates misses (FN) and unlabelled role dates (FP) of dotin train, by class
    (printed and returned); FP only where the role dates are scored (a labelled range)."""
    table: dict[str, int] = {}
    for doc, pred in zip(docs, preds, strict=True):
        if doc.split != "train" or doc.set != "dotin_resume_ner":
            continue
        got = [v[0] for v in pred.get("role_dates", [])]
        labelled = doc.gold.get("years_experience", [])
        keys = [k for k, _ in labelled_ranges(labelled)]
        missed = [(g, k) for g in labelled for k, _ in labelled_ranges([g]) if k not in got]
        extra = [k for k in got if k not in keys] if keys else []
        if not (missed or extra):
            continue
        lines, labels = line_labels(doc.text)
        for g, k in missed:
            cls = _date_fn_class(g, k, got, lines, labels)
            table[cls] = table.get(cls, 0) + 1
            _show_date_class(cls, doc, k, got, keys, lines)
        for k in extra:
            cls = "FP " + _date_fp_class(k, got, lines, labels)
            table[cls] = table.get(cls, 0) + 1
            _show_date_class(cls, doc, k, got, keys, lines)
    print("   role dates error classes, dotin train (FN; FP by where the range is written):")
    for cls, n in sorted(table.items(), key=lambda x: -x[1]):
        print(f"      {n:4d}  {cls}")
    return table


# ------------------------------------------------------------------ name/location classes ---


def show_error(
    key: str, doc: Doc, value: str, read: list[str], lines: list[str] | None = None
) -> None:
    """Print one train error of a class ``ATSPRO_EVAL_SHOW`` names, with the lines (cut to
    160 characters around the value) that hold the value's first words."""
    if not SHOW or SHOW not in key.casefold() or doc.split != "train":
        return
    print(f"   [{doc.set[:6]} {doc.key}] {key}: {value!r}; read {read}")
    if lines is None:
        lines = line_labels(doc.text)[0]
    words = norm(value.splitlines()[0] if value.strip() else value).split()[:3]
    first = " ".join(words)
    for line in [line for line in lines if first and first in norm(line)][:3]:
        at = max(0, norm(line).find(first) - 60)
        print(f"        | {line[at : at + 160]}")


def _value_kind(value: str) -> str:
    """What a wrong single value is instead (a rough, automatic guess)."""
    from atspro.analysis.resume import places, roles, sections

    if sections.detect_heading(value):
        return "a heading"
    if places.find_place(value) or places.find_city_line(value) or places.is_place_name(value):
        return "a place"
    if roles.is_title(value):
        return "a job title"
    if roles.is_company(value):
        return "an employer"
    return "another value"


def single_error_class(doc: Doc, field_: str, got: str | None) -> str | None:
    """Why ``doc``'s name or location was missed or wrong (None when right): label noise
    (the gold value is not in the text, or only in role and school lines, where the dotin
    labels put every place) separated from real misses in the header."""
    gold = [g for g in doc.gold.get(field_, []) if norm(g)]
    if not gold or (got and any(similar(got, g) for g in gold)):
        return None
    lines, labels = line_labels(doc.text)
    wanted = [norm(g.splitlines()[0]) for g in gold]
    where = {
        lab
        for line, lab in zip(lines, labels, strict=True)
        for w in wanted
        if w and f" {w} " in f" {norm(line)} "
    }
    if field_ == "name" and all(not 2 <= len(g.split()) <= 5 for g in gold):
        cls = "noise?: a one-word or over-long name (an anonymiser's stand-in)"
    elif not where:
        cls = "noise?: gold not found on one line"
    elif "header" not in where:
        cls = "noise?: gold only in sections (role or school lines)"
    else:
        cls = "real: gold in the header"
    if got:
        return f"{cls}; predicted {_value_kind(got)}"
    return f"{cls}; nothing predicted"


def print_single_error_classes(
    docs: list[Doc], preds: list[dict[str, list[list[str]]]]
) -> dict[str, dict[str, int]]:
    """The name and location error-class tables of the train parts (printed and returned)."""
    counts: dict[str, dict[str, int]] = {}
    for doc, pred in zip(docs, preds, strict=True):
        if doc.split != "train" or doc.set == "minhquan_resume_ner_fragments":
            continue
        for field_ in ("name", "location"):
            got = pred.get(field_, [])
            cls = single_error_class(doc, field_, got[0][0] if got else None)
            if cls:
                gold = doc.gold.get(field_, [""])[0]
                read = [got[0][0]] if got else []
                show_error(f"{field_}: {cls}", doc, gold, read)
                table = counts.setdefault(f"{doc.set.split('_')[0]} {field_}", {})
                table[cls] = table.get(cls, 0) + 1
    for key, table in sorted(counts.items()):
        print(f"   error classes, {key}, train:")
        for cls, n in sorted(table.items(), key=lambda x: -x[1]):
            print(f"      {n:4d}  {cls}")
    return counts


# ------------------------------------------------------------------ education error classes ---

EDU_FIELDS = ("degrees", "institutions", "grad_years")
_NOT_A_DEGREE = re.compile(
    r"certif|licen[cs]|course|training|credential|accredit|workshop|seminar|program|\bpmp\b"
    r"|fellowship|\bnvq\b|\bgnvq\b",
    re.IGNORECASE,
)
# Degree spellings a reader could know but the parser may not (to tell a miss from noise).
_DEGREE_LIKE = re.compile(
    r"\b(?:[bm]\.?\s?(?:e|tech|sc|com|ca|a|s|ed|phil|arch|eng|ba)|ph\.?\s?d|[bm]b?a|llb|llm"
    r"|hsc|ssc|sslc|\d\d\s?th|graduat\w*|intermediate|secondary|matric\w*|diploma|degree"
    r"|bachelor\w*|master\w*|doctor\w*|associate|pgd\w*)\b",
    re.IGNORECASE,
)


def _where(gold: str, lines: list[str], labels: list[str]) -> set[str]:
    first = norm(gold.splitlines()[0] if gold.strip() else gold)
    return {labels[i] for i, line in enumerate(lines) if first and first in norm(line)}


def _a_place(text: str) -> bool:
    from atspro.analysis.resume import education, places

    if education.INSTITUTION.search(text):
        return False  # "University of Texas"
    p = places.find_place(text)
    words = text.split()
    return (
        places.is_place_name(text)
        or bool(p and p.span[1] - p.span[0] >= 0.7 * len(text))
        # "Chennai Tamil Nadu": a town the gazetteer may lack before its state; "Riverton
        # Tamil", "Kerala August": a span cut short or run on
        or (len(words) <= 4 and any(places.is_place_name(" ".join(words[-k:])) for k in (1, 2)))
        or (len(words) <= 4 and len(words) - _place_words(words) <= 1 < len(words))
    )


def _place_words(words: list[str]) -> int:
    """How many of ``words`` a known place of one or two words covers."""
    from atspro.analysis.resume import places

    covered: set[int] = set()
    for k in (1, 2):
        for i in range(len(words) - k + 1):
            if places.is_place_name(" ".join(words[i : i + k])):
                covered.update(range(i, i + k))
    return len(covered)


def _edu_fn_class(
    field_: str,
    gold: str,
    pred: list[str],
    where: set[str],
    post: bool = False,
    beside: bool = False,
    others: list[str] | None = None,
    lines: list[str] | None = None,
) -> str:
    """Why a gold degree, school or year was not extracted (label noise told from misses)."""
    from atspro.analysis.resume import education

    if any(norm(gold) in norm(p) or norm(p) in norm(gold) for p in pred if norm(p)):
        if field_ == "degrees" and _labelled_apart(gold, pred, others or []):
            return "noise: the degree and its field labelled apart (both read)"
        if field_ == "degrees" and (why := _label_runs_on(gold, pred, lines or [])):
            return why
        return "partial (extracted value longer or shorter)"
    if field_ == "degrees":
        if _certificate_label(gold):
            return "noise: a certificate, licence, course or training"
        if not education.find_degree(gold) and not _DEGREE_LIKE.search(gold):
            return "noise: no degree word (a field, a major or a school)"
        if not education.find_degree(gold):
            return "missed: a degree spelling not read"
    if field_ == "institutions" and _cut_label(gold, lines or []):
        return "noise: the label starts or stops inside a word"
    if field_ == "institutions" and re.search(r"(?i)\b(?:board|council)\b", gold):
        # "Westmoor State Board": the body that set a school-leaving exam, not a school
        return "noise?: an examining board labelled as the school"
    if field_ == "institutions" and _a_place(gold):
        return "noise: a place (the school's town) labelled as the school"
    if field_ == "institutions" and where and "education" not in where:
        return "noise?: only outside the education section (an employer)"
    if field_ == "institutions" and not education.INSTITUTION.search(gold):
        return "missed: no school word in the name"
    if field_ == "institutions" and post:
        return "noise?: the employer of a post listed under Education (academic CVs)"
    if field_ == "institutions" and beside:
        # "Hillcrest College, Lakeview University": the labels name both, an entry has one
        return "one line, two schools labelled (a college and its university): one kept"
    if "\n" in gold.strip():
        return "missed: written across lines"
    if not where:
        return "missed (not found on one line)"
    if "education" not in where:
        found = education.find_degree(gold) if field_ == "degrees" else None
        levels = {f[1] for f in map(education.find_degree, pred) if f}
        if found and found[1] in levels:
            # "Jane Doe, MBA" over an Education section that has the MBA; "graduate with a BS
            # in …" in the summary: the set labels each mention, the parser reads one entry
            return "noise?: another mention of a degree read (name line, summary)"
        return "missed: outside the education section"
    return "missed in the education section"


def _label_runs_on(gold: str, pred: list[str], lines: list[str]) -> str | None:
    """A degree label longer than the value read that runs on into the school's name ("MSc
    Hillcrest College"), or one that starts or stops inside a word of the text ("HSC i"): a
    span drawn wrong, not a degree read short."""
    from atspro.analysis.resume import education

    g = norm(gold)
    for p in (norm(p) for p in pred):
        if p and g.startswith(p) and g != p and education.INSTITUTION.search(g[len(p) :]):
            return "noise: the label runs on into the school"
    return "noise: the label starts or stops inside a word" if _cut_label(gold, lines) else None


def _cut_label(gold: str, lines: list[str]) -> bool:
    """``gold`` stands in the text only inside longer words ("ri Lakeview Institute" of "Sri
    …", "BSc in Comp" of "… Computer …"): the labeller's span began or ended mid-word."""
    g = norm(gold.splitlines()[0] if gold.strip() else gold)
    if not g:
        return False
    found = whole = False
    for line in lines:
        n = f" {norm(line)} "
        for m in re.finditer(re.escape(g), n):
            found = True
            whole = whole or (not n[m.start() - 1].isalnum() and not n[m.end()].isalnum())
    return found and not whole


def _labelled_apart(gold: str, pred: list[str], others: list[str]) -> bool:
    """``gold`` is the degree of a value read as "degree in field" whose field the labels name
    on its own ("MBA" and "Technology Management"): the one value can match one label only."""
    for p in pred:
        degree, _, field_ = p.partition(" in ")
        if field_ and similar(degree, gold) and any(similar(field_, g) for g in others):
            return True
    return False


def _beside(gold: str, pred: list[str], lines: list[str]) -> bool:
    """``gold`` stands on a short line with a value the parser read, set apart by a comma or a
    bar ("Hillcrest College, Lakeview University"; a punctuation-stripped text's run-together
    lines say nothing)."""
    first = norm(gold.splitlines()[0] if gold.strip() else gold)
    if len(first.split()) < 2:
        return False
    return any(
        first in norm(line) and any(norm(p) and norm(p) in norm(line) for p in pred)
        for line in lines
        if len(line) <= 150 and re.search(r"[,|;–—]", line)
    )


def _a_post(gold: str, lines: list[str], labels: list[str]) -> bool:
    """``gold`` (a school) stands under Education beside a job title: on its line before it,
    or on the line above ("2010 to 2013: Visiting Lecturer, Dept. of X," / "Y University")."""
    from atspro.analysis.resume import roles

    first = norm(gold.splitlines()[0] if gold.strip() else gold)
    for i, line in enumerate(lines):
        if labels[i] != "education" or not first or first not in norm(line):
            continue
        near = [line[: line.lower().find(first.split()[0])], lines[i - 1] if i else ""]
        if any(roles.is_title(seg) for text in near for seg in roles.segments(text)):
            return True
    return False


def _edu_fp_class(field_: str, value: str, gold: list[str], where: set[str]) -> str:
    from atspro.analysis.resume import education
    from atspro.models import EducationLevel

    if field_ == "degrees":
        found = education.find_degree(value)
        if found and found[1] == EducationLevel.HIGH_SCHOOL:
            return "noise?: a school-leaving certificate (often unlabelled)"
        if any(similar(value.split(" in ")[0], g) for g in gold):
            return "degree right, field differs"
    if field_ == "institutions" and re.search(r"high|secondary|grammar|sixth|school$", value, re.I):
        return "noise?: a secondary school (often unlabelled)"
    if field_ == "institutions" and gold and all(_a_place(g) for g in gold):
        return "noise?: the labels name only the schools' towns"
    if "education" not in where:
        return "outside the education section"
    return "other"


def _year_fn_class(year: str, lines: list[str], labels: list[str]) -> str:
    """A labelled graduation year not extracted: where it stands, and what its entry is."""
    from atspro.analysis.resume import education

    where = [i for i, line in enumerate(lines) if re.search(rf"\b{year}\b", line)]
    if not any(labels[i] == "education" for i in where):
        if any(education.find_degree(lines[i]) for i in where):
            return "missed: a degree line outside the education section"
        return "noise?: a year outside the education section"
    for i in (i for i in where if labels[i] == "education"):
        if re.search(rf"\b{year}\s*[-–—]\s*(?:present|current|now|today)\b", lines[i], re.I):
            return "noise?: the start of an entry under way (no graduation yet)"
        if re.search(rf"\b{year}\s*[-–—]\s*\d\d\b(?!\d)", lines[i]):
            return "noise: the start of a range whose end has two digits ('1956 - 60')"
        if education.find_degree(lines[i]) or education.INSTITUTION.search(lines[i]):
            return "missed: on a degree or school line"
        if _NOT_A_DEGREE.search(" ".join(lines[i : i + 2])):  # the year's line and the next
            return "noise: the year of a training, course or certificate"
    return "missed: a date line near the entry (another year taken, or none)"


def _year_fp_class(year: str, doc: Doc) -> str:
    """A predicted graduation year no label has: whose entry is it?"""
    from atspro.analysis.resume.parser import parse_resume
    from atspro.models import EducationLevel

    entries = [e for e in parse_resume(doc.text, today=TODAY).education if e.graduation_date]
    entry = next((e for e in entries if (e.graduation_date or "")[:4] == year), None)
    if entry is None:
        return "other"
    if entry.level == EducationLevel.HIGH_SCHOOL:
        return "noise?: a school-leaving certificate's year (often unlabelled)"
    named = [x for x in (entry.degree, entry.institution) if x]
    gold = doc.gold.get("degrees", []) + doc.gold.get("institutions", [])
    if not any(similar(x, g) for x in named for g in gold):
        return "noise?: the year of an entry with no labelled degree or school"
    spans = " ".join(doc.gold.get("grad_years", []))
    if year in doc.text and year not in spans:
        # The year that ends a range or stands alone is the graduation; the label marked
        # another entry's year only. A range's start taken instead would be a real miss.
        if re.search(rf"\b{year}\s*(?:[-–—]|to)\s*(?:\w+\.?\s+)?(?:19|20)\d\d\b", doc.text):
            return "a labelled entry: the start of a range taken (or a year the label left out)"
        return "noise?: a labelled entry's own end year the label left out"
    return "other"


def education_error_classes(doc: Doc, pred: dict, counts: dict[str, dict[str, int]]) -> None:
    """Add ``doc``'s degree/school/year errors, by class, to ``counts`` (train parts only)."""
    lines, labels = line_labels(doc.text)
    for field_ in EDU_FIELDS:
        if field_ not in doc.gold:
            continue
        gold = [g for g in doc.gold[field_] if norm(g)]
        if field_ == "degrees":
            gold = [degree_label(g) for g in gold]
        if field_ == "grad_years":
            gold = list(dict.fromkeys(y for g in gold for y in _years_gold([g])))
        shown = [_pick(alts, gold) for alts in pred.get(field_, [])]
        table = counts.setdefault(f"{doc.set[:6]} {field_}", {})
        for value in shown:
            if not any(similar(value, g) for g in gold):
                key = "FP " + (
                    _year_fp_class(value, doc)
                    if field_ == "grad_years"
                    else _edu_fp_class(field_, value, gold, _where(value, lines, labels))
                )
                table[key] = table.get(key, 0) + 1
                show_error(f"{field_} {key}", doc, value, gold, lines)
        for g in {norm(g): g for g in gold}.values():
            if not any(similar(p, g) for p in shown):
                key = "FN " + (
                    _year_fn_class(g, lines, labels)
                    if field_ == "grad_years"
                    else _edu_fn_class(
                        field_,
                        g,
                        shown,
                        _where(g, lines, labels),
                        _a_post(g, lines, labels),
                        _beside(g, shown, lines),
                        gold,
                        lines,
                    )
                )
                table[key] = table.get(key, 0) + 1
                show_error(f"{field_} {key}", doc, g, shown, lines)


def print_education_error_classes(
    docs: list[Doc], preds: list[dict[str, list[list[str]]]]
) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for doc, pred in zip(docs, preds, strict=True):
        if doc.split == "train" and doc.set != "minhquan_resume_ner_fragments":
            education_error_classes(doc, pred, counts)
    for name, table in sorted(counts.items()):
        print(f"   education error classes, train, {name}:")
        for key, n in sorted(table.items(), key=lambda x: (x[0][:2], -x[1])):
            print(f"      {n:4d}  {key}")
    return counts


# ------------------------------------------------------------------------------------ run ---


def run(samples: Path) -> dict[str, object]:
    labelled = samples / "resumes_labelled"
    loaders = {
        "dotin_resume_ner": load_dotin,
        "vrundag91_resume_corpus": load_vrundag,
        "minhquan_resume_ner_fragments": load_minhquan,
    }
    docs = [
        d
        for name, load in loaders.items()
        if (labelled / name).is_dir()
        for d in load(labelled / name)
    ]
    out: dict[str, object] = {}
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        preds = list(pool.map(predicted, [d.text for d in docs], chunksize=16))
        counts: dict[tuple[str, str], dict[str, PR]] = {}
        for doc, pred in zip(docs, preds, strict=True):
            score_doc(doc, pred, counts.setdefault((doc.set, doc.split), {}))
        for (set_name, split), fields in sorted(counts.items()):
            out.setdefault(set_name, {})[split] = {  # type: ignore[index]
                f: pr.figures() for f, pr in sorted(fields.items())
            }
            if split == "train" and EXAMPLES:
                for f, pr in sorted(fields.items()):
                    for pred_v, gold_v in pr.examples[:EXAMPLES]:
                        print(f"   [{set_name}/{f}] predicted={pred_v[:6]} gold={gold_v[:6]}")
        out["role_error_classes_train"] = print_role_error_classes(docs)
        out["date_error_classes_train"] = print_date_error_classes(docs, preds)
        out["name_location_error_classes_train"] = print_single_error_classes(docs, preds)
        out["education_error_classes_train"] = print_education_error_classes(docs, preds)
        out["skill_error_classes_train"] = print_skill_error_classes(docs, pool)
        out["real_files"] = real_files(samples, pool)
    return out
