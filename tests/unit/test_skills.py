"""Skills and job-title taxonomy: matching precision, aliases, titles, speed, index freshness."""

from __future__ import annotations

import gc
import gzip
import hashlib
import importlib.util
import itertools
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atspro.analysis.taxonomy.skills import DATA_FILE, SkillIndex, get_index
from atspro.analysis.taxonomy.text import normalize_term, phrase_keys

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def index() -> SkillIndex:
    return get_index()


def names(index: SkillIndex, text: str) -> list[str]:
    return [h.name for h in index.find(text)]


# --------------------------------------------------------------------------- false positives
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I will go to the office tomorrow and go beyond the goal.", "Go"),
        ("Led R&D for the new product line.", "R"),
        ("Reviewed by R. Smith and J. Doe.", "R"),
        ("Reported to C-suite executives and C-level leaders.", "C"),
        ("Vitamin C supplements; Plan A, B, and C.", "C"),
        ("Final grade: C", "C"),
        ("Excellent attention to detail and an excellent record.", "Microsoft Excel"),
        ("Students excel at team projects.", "Microsoft Excel"),
        ("Built single-page apps in JavaScript.", "Java"),
        ("Provided a swift response to customer requests.", "Swift"),
        ("Removed rust from steel beams before painting.", "Rust"),
        ("Graduated in Spring 2021 with honours.", "Spring"),
        ("Access to patient records was restricted.", "Microsoft Access"),
        ("Wrote a 500 word essay.", "Microsoft Word"),
        ("Managed the front office and the office budget.", "Microsoft Office"),
        ("Coordinated teams of nurses.", "Microsoft Teams"),
        ("Positive outlook on growth.", "Microsoft Outlook"),
        ("Less than 5% churn.", "Less"),
        ("Worked as chef de partie at Le Bistro.", "Chef"),
        ("Built a puppet theatre for kids.", "Puppet"),
        ("Make sure every order ships on time.", "Make"),
        ("React quickly to incidents and escalate.", "React"),
        ("Profile: linkedin.com/in/jane-doe and github.com/jane", "LinkedIn"),
        ("Profile: linkedin.com/in/jane-doe and github.com/jane", "GitHub"),
        ("Total: 123 units", "1-2-3"),
        ("M.A. in Economics, Columbia University", "Mergers and acquisitions"),
        ("Led initiatives across three regions.", "Initiative"),
        ("JOHN DOE, Senior Accountant", "Design of experiments"),
        ("Analyze data and route tickets.", "Analyze"),
    ],
)
def test_ambiguous_terms_do_not_match_ordinary_words(
    index: SkillIndex, text: str, absent: str
) -> None:
    assert absent not in names(index, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Languages: Python, Go, Rust", "Go"),
        ("Backend services in Go and Kubernetes.", "Go"),
        ("Languages: Python, R, SQL", "R"),
        ("Statistics in R and Python.", "R"),
        ("C/C++ firmware, embedded Linux", "C"),
        ("Skills: C, Python, Bash", "C"),
        ("Microsoft Excel, Word, PowerPoint", "Microsoft Excel"),
        ("Microsoft Excel, Word, PowerPoint", "Microsoft Word"),
        ("Tools: Excel, Tableau", "Microsoft Excel"),
        ("Mobile: Swift, Kotlin, iOS", "Swift"),
        ("Java, Spring, Hibernate", "Spring"),
        ("Automated Linux servers with Puppet and Chef.", "Chef"),
        ("Frontend in React and TypeScript.", "React"),
        ("Access, SQL Server and Excel reporting.", "Microsoft Access"),
        ("Languages: Java, JavaScript", "Java"),
        ("Advised on M&A deals and R&D tax credits.", "Mergers and acquisitions"),
        ("Advised on M&A deals and R&D tax credits.", "Research and development"),
    ],
)
def test_ambiguous_terms_match_in_skill_context(index: SkillIndex, text: str, present: str) -> None:
    assert present in names(index, text)


# --------------------------------------------------------------------------- aliases
@pytest.mark.parametrize(
    ("term", "canonical"),
    [
        ("k8s", "Kubernetes"),
        ("JS", "JavaScript"),
        ("Postgres", "PostgreSQL"),
        ("postgresql", "PostgreSQL"),
        ("ML", "Machine learning"),
        ("NLP", "Natural language processing"),
        ("GCP", "Google Cloud"),
        ("Amazon Web Services", "AWS"),
        ("ReactJS", "React"),
        ("React.js", "React"),
        ("Node", "Node.js"),
        ("nodejs", "Node.js"),
        ("Golang", "Go"),
        ("sklearn", "scikit-learn"),
        ("Tensorflow", "TensorFlow"),
        ("pytorch", "PyTorch"),
        ("RESTful APIs", "REST APIs"),
        ("microservice", "Microservices"),
        ("CICD", "CI/CD"),
        ("dotnet", ".NET"),
        ("C Sharp", "C#"),
        ("cpp", "C++"),
        ("team player", "Teamwork"),
        ("problem-solving", "Problem solving"),
        ("MS Excel", "Microsoft Excel"),
        ("Structured query language SQL", "SQL"),
    ],
)
def test_canonical_resolves_aliases(index: SkillIndex, term: str, canonical: str) -> None:
    assert index.canonical(term) == canonical


def test_canonical_is_none_for_unknown_and_blocked_terms(index: SkillIndex) -> None:
    assert index.canonical("qwertyuiop frobnication") is None
    assert index.canonical("go to") is None
    assert index.canonical("") is None
    assert not index.is_skill("the")


def test_find_uses_aliases_in_running_text(index: SkillIndex) -> None:
    text = "Deployed on k8s and GCP; wrote JS and TS; used Postgres, sklearn and NLP."
    found = names(index, text)
    for expected in ["Kubernetes", "Google Cloud", "JavaScript", "TypeScript", "PostgreSQL"]:
        assert expected in found
    assert "scikit-learn" in found
    assert "Natural language processing" in found


# --------------------------------------------------------------------------- normalisation
@pytest.mark.parametrize(
    ("spellings", "canonical"),
    [
        (["Node.js", "NodeJS", "node js", "NODE.JS"], "Node.js"),
        (["CI/CD", "CI-CD", "CI / CD", "ci/cd"], "CI/CD"),
        (["scikit-learn", "scikit learn", "Scikit-Learn"], "scikit-learn"),
        (["problem-solving", "problem solving", "Problem Solving"], "Problem solving"),
        (["C#", "c#"], "C#"),
        ([".NET", ".net"], ".NET"),
        (["machine learning", "Machine Learning", "machine-learning"], "Machine learning"),
    ],
)
def test_matching_tolerates_case_and_punctuation(
    index: SkillIndex, spellings: list[str], canonical: str
) -> None:
    for spelling in spellings:
        hits = index.find(f"Skills: {spelling}, Python")
        assert hits[0].name == canonical, spelling
        assert hits[0].surface == spelling


def test_tokens_glued_by_punctuation_share_keys() -> None:
    assert normalize_term("Node.JS") == "node js"
    keys = {k for k, _form in phrase_keys("Node.js")}
    assert keys == {"node js", "nodejs"}
    assert {k for k, _form in phrase_keys("machine learning")} == {"machine learning"}


def test_surface_offsets_point_into_the_text(index: SkillIndex) -> None:
    text = "Worked with PostgreSQL, Docker\nand Microsoft Excel."
    for hit in index.find(text):
        assert text[hit.start : hit.end] == hit.surface


# --------------------------------------------------------------------------- longest match
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spring Boot services", ["Spring Boot"]),
        ("React Native apps", ["React Native"]),
        ("Microsoft SQL Server administration", ["Microsoft SQL Server"]),
        ("Amazon Redshift warehouse", ["Amazon Redshift"]),
        ("Ruby on Rails developer", ["Ruby on Rails"]),
    ],
)
def test_longest_match_wins(index: SkillIndex, text: str, expected: list[str]) -> None:
    assert names(index, text) == expected


def test_phrases_do_not_cross_commas_or_lines(index: SkillIndex) -> None:
    assert names(index, "C#, .NET") == ["C#", ".NET"]
    assert "Machine learning" not in names(index, "Machine\nlearning")


def test_hits_are_ordered_and_disjoint(index: SkillIndex) -> None:
    text = "Python, SQL, Docker, Kubernetes, AWS, Terraform, CI/CD, machine learning, Scrum"
    hits = index.find(text)
    assert len(hits) == 9
    for a, b in itertools.pairwise(hits):
        assert a.end <= b.start


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab CRGo.-/,&#+\n JSPython"), max_size=80))
def test_find_never_fails_and_returns_disjoint_hits(text: str) -> None:
    index = get_index()
    hits = index.find(text)
    for hit in hits:
        assert text[hit.start : hit.end] == hit.surface
    for a, b in itertools.pairwise(hits):
        assert a.end <= b.start


# --------------------------------------------------------------------------- soft vs hard
@pytest.mark.parametrize(
    "term",
    ["communication", "teamwork", "leadership", "problem solving", "time management"],
)
def test_soft_skills(index: SkillIndex, term: str) -> None:
    assert index.kind(term) == "soft"


@pytest.mark.parametrize("term", ["Python", "Kubernetes", "phlebotomy", "accounts payable", "SQL"])
def test_hard_skills(index: SkillIndex, term: str) -> None:
    assert index.kind(term) == "hard"


def test_find_reports_kinds(index: SkillIndex) -> None:
    hits = index.find("Strong communication skills and leadership; Python and SQL.")
    kinds = {h.name: h.kind for h in hits}
    assert kinds == {
        "Communication": "soft",
        "Leadership": "soft",
        "Python": "hard",
        "SQL": "hard",
    }


def test_info_flags(index: SkillIndex) -> None:
    python = index.info("python")
    assert python is not None and python.tech and python.hot and python.kind == "hard"
    spanish = index.info("Spanish")
    assert spanish is not None and spanish.language and not spanish.tech
    assert index.kind("no such skill here") is None


def test_esco_and_onet_skills_are_present(index: SkillIndex) -> None:
    # Outside the curated list: ESCO knowledge, O*NET products (with vendor names dropped).
    assert index.canonical("epidemiology") == "Epidemiology"
    assert index.canonical("Autodesk AutoCAD") == "AutoCAD"
    assert index.canonical("AutoCAD") == "AutoCAD"
    assert index.canonical("Adobe Photoshop") == index.canonical("Photoshop")


# --------------------------------------------------------------------------- titles
def test_find_titles_strips_seniority(index: SkillIndex) -> None:
    hits = index.find_titles("Senior Software Engineer, Acme Corp")
    assert [(h.title, h.occupation, h.surface) for h in hits] == [
        ("Software Engineer", "15-1252.00", "Senior Software Engineer")
    ]
    hit = index.find_titles("Sr. Software Engineer II")[0]
    assert (hit.title, hit.surface) == ("Software Engineer", "Sr. Software Engineer II")


def test_find_titles_in_resume_lines(index: SkillIndex) -> None:
    text = "Registered Nurse\nCity Hospital, 2019-2023\nAccountant at Acme\nData Scientist | 2018"
    titles = [h.title for h in index.find_titles(text)]
    assert titles == ["Registered Nurse", "Accountant", "Data Scientist"]


def test_one_word_titles_need_to_stand_alone(index: SkillIndex) -> None:
    assert index.find_titles("We partner with engineering to plan the model.") == []
    assert index.find_titles("Partner with stakeholders and Model the data.") == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Senior Software Engineer", "Software Developer", True),
        ("Sr. Software Engineer II", "software engineer", True),
        ("Lead Data Scientist", "Data Scientist", True),
        ("Registered Nurse", "Staff Nurse", True),
        ("Software Engineer", "Registered Nurse", False),
        ("Accountant", "Data Scientist", False),
    ],
)
def test_same_occupation(index: SkillIndex, a: str, b: str, same: bool) -> None:
    assert index.same_occupation(a, b) is same


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Sales Associate", "41-2031.00"),  # retail, the usual meaning, not insurance
        ("Project Manager", "13-1082.00"),
        ("RN", "29-1141.00"),
        ("Site Reliability Engineer", "15-1252.00"),
    ],
)
def test_best_occupation_for_ambiguous_titles(index: SkillIndex, title: str, code: str) -> None:
    assert index.occupation(title) == code


def test_occupation_and_related_titles(index: SkillIndex) -> None:
    assert index.occupation("Senior Software Engineer") == "15-1252.00"
    assert index.occupation_title("15-1252.00") == "Software Developers"
    related = index.related_titles("Software Engineer")
    assert "Software Developer" in related
    assert "Software Engineer" not in related
    assert index.related_titles("zzzz qqqq") == set()


# --------------------------------------------------------------------------- speed and data
def test_index_loads() -> None:
    # how long it takes is a figure of make bench (bench_skills: skills_index_load_ms)
    assert SkillIndex.load().skill_count > 10_000


def test_find_time_grows_linearly(index: SkillIndex) -> None:
    block = (
        "Senior engineer with Python, Go and Kubernetes; built CI/CD pipelines on AWS, "
        "managed PostgreSQL and Redis, mentored a team and improved communication.\n"
    ) * 40

    large = block * 10

    def timed(fn) -> float:
        # this thread's CPU time, not the clock: waiting for a core on a busy machine is not
        # counted, so only the work done is compared
        started = time.thread_time()
        fn()
        return time.thread_time() - started

    def ten_small() -> None:
        for _ in range(10):
            index.find(block)

    # Ten small runs and one 10x run do the same work if matching is linear. Timing equal-sized
    # blocks, interleaved, keeps CPU contention from other processes from skewing the ratio.
    gc.disable()  # a collection inside one timed run would dwarf the difference measured
    try:
        index.find(large)  # warm caches
        small_runs, large_runs = [], []
        for _ in range(5):
            small_runs.append(timed(ten_small))
            large_runs.append(timed(lambda: index.find(large)))
    finally:
        gc.enable()
    # 10x the text may take at most 30x the time of one small text (quadratic matching: ~100x).
    assert min(large_runs) <= 3 * min(small_runs)


def test_index_file_is_compact() -> None:
    assert DATA_FILE.stat().st_size < 3_000_000


def test_committed_index_is_up_to_date(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_taxonomy", REPO / "scripts" / "build_taxonomy.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_taxonomy", build)  # dataclasses look it up
    spec.loader.exec_module(build)
    if not build.DEFAULT_SOURCE.is_dir():
        pytest.skip("taxonomy sources (../shared/data/taxonomy) are not available")
    fresh = gzip.decompress(build.serialize(build.build(build.DEFAULT_SOURCE)))
    committed = gzip.decompress(DATA_FILE.read_bytes())
    assert hashlib.sha256(fresh).hexdigest() == hashlib.sha256(committed).hexdigest(), (
        "atspro/data/taxonomy.json.gz is stale: run python scripts/build_taxonomy.py"
    )


def test_acronyms_written_in_brackets_give_clean_labels(index: SkillIndex) -> None:
    """O*NET writes some names as "Google Compute Engine (GCE)"; the label keeps one pair."""
    assert index.canonical("Google Compute Engine") == "Google Compute Engine (GCE)"
    assert not [n for n in index._names if "((" in n or n.startswith("(")]


def test_operating_systems_and_older_stacks_resumes_list(index: SkillIndex) -> None:
    found = {h.name for h in index.find("Operating Systems: Windows XP, Mac OS X; SVN, JSP, IIS")}
    assert {"Microsoft Windows", "Apple macOS", "SVN", "JSP", "IIS"} <= found
    listed = {h.name for h in index.find("Java, Swing, JDBC, Apache, Flash, Toad")}
    assert {"Java Swing", "JDBC", "Apache HTTP Server", "Adobe Flash", "Toad"} <= listed
    # the same words in ordinary prose name no skill
    prose = "Windows were cleaned daily; a swing, a toad and flash cards for an Apache pilot."
    assert index.find(prose) == []
