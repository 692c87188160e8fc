"""Skills failure classes on unseen resumes (issue 14, round 2): one synthetic resume each."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def names(r: Resume) -> set[str]:
    return {s.name.casefold() for s in r.skills}


def test_list_items_that_are_not_skills_are_not_kept() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\n"
        "Quillbase (2 years), Zentrix (Less than 1 year)\n"
        "Keep up-to-date notes on Quorvex, Brimlet and other tools of the trade\n"
        "Workflows and, solid academic record, Chicago, IL\n"
        "PERSONAL SUMMARY\n"
    )
    unknown = {s.name for s in r.skills if not s.recognised}
    assert unknown == {"Quillbase", "Zentrix"}


def test_labelled_skill_lists_are_read_outside_the_skills_section() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEXPERIENCE\nDeveloper, Acme Corp\nJan 2019 - Dec 2020\n"
        "Built billing screens.\nEnvironment: Quillbase, Zentrix\n"
        "LANGUAGES\nBrimlet, Quorvex\n"
    )
    assert {"quillbase", "zentrix", "brimlet", "quorvex"} <= names(r)
    assert all(not s.recognised for s in r.skills if s.name in {"Quillbase", "Brimlet"})


def test_a_degree_major_is_not_a_skill() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEDUCATION\nLakeside University\n"
        "Bachelor of Arts in Journalism, 2012\nSKILLS\nPython\n"
    )
    assert "journalism" not in names(r)
    assert "python" in names(r)


def test_contact_channels_and_country_names_are_not_skills() -> None:
    r = parse(
        "Nora Vale\nLondon, United Kingdom\n"
        "nora@example.org | LinkedIn: linkedin.com/in/noravale | Skype: nora.vale\n"
        "SKILLS\nPython\n"
    )
    found = names(r)
    assert not found & {"linkedin", "skype", "kingdom"}
    assert "python" in found


# ----------------------------------------------------------------------------- round 3 ---


def test_skills_filter_time_grows_linearly_with_the_number_of_employers() -> None:
    """Each role adds an employer to the not-skills list and a line to search: looking every
    name up in every line made a long paste quadratic (seconds for a 200 kB text)."""
    import gc
    import time

    from atspro.analysis.resume.skill_hits import skills_from_hits
    from atspro.analysis.taxonomy.skills import SkillHit

    def inputs(n: int, offset: int) -> tuple:
        lines, starts, hits, employers, pos = [], [], [], [], 0
        for i in range(offset, offset + n):
            line = f"Engineer at Zorvan{i} Robotics Ltd, built Python services"
            at = line.index("Robotics")
            hits.append(SkillHit("Robotics", "hard", "Robotics", pos + at, pos + at + 8))
            at = line.index("Python")
            hits.append(SkillHit("Python", "hard", "Python", pos + at, pos + at + 6))
            employers.append(f"Zorvan{i} Robotics Ltd")
            lines.append(line)
            starts.append(pos)
            pos += len(line) + 1
        return hits, starts, ["experience"] * n, lines, employers

    small = [inputs(200, k * 200) for k in range(10)]
    large = inputs(2000, 0)

    def timed(fn) -> float:
        started = time.thread_time()  # CPU time: waiting for a busy core is not counted
        fn()
        return time.thread_time() - started

    def ten_small() -> None:
        for args in small:
            skills_from_hits(*args)

    found = skills_from_hits(*large)
    assert [s.name for s in found] == ["Python"]  # every "Robotics" sits in an employer
    gc.disable()
    try:
        small_runs, large_runs = [], []
        for _ in range(5):
            small_runs.append(timed(ten_small))
            large_runs.append(timed(lambda: skills_from_hits(*large)))
    finally:
        gc.enable()
    # 10x the input may take at most 3x the time of ten small inputs (quadratic: ~10x).
    assert min(large_runs) <= 3 * min(small_runs)


def test_headings_ending_in_skills_open_a_skills_section() -> None:
    """ "PERSONAL SKILLS", "IT skills:", "SOFTWAREAND HARDWARE SKILLS" (glued by the export):
    the list under each is the candidate's own, read even where the taxonomy lacks an item."""
    r = parse(
        "Nora Vale\nnora@example.org\nExperience\nDeveloper, Acme Corp\nJan 2019 - Dec 2020\n"
        "Built billing screens.\nPERSONAL SKILLS\nQuillbase\nZentrix\nIT skills:\nBrimlet\n"
        "SOFTWAREAND HARDWARE SKILLS\nQuorvex\nEducation\nLakeside University\n"
    )
    assert {"quillbase", "zentrix", "brimlet", "quorvex"} <= names(r)
    assert "skills" in r.sections
    assert [w.company for w in r.work_experience] == ["Acme Corp"]


def test_a_skills_ending_is_no_heading_in_praise_or_over_dated_roles() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nExperience\nExcellent Communication Skills\n"
        "Developer, Acme Corp\nJan 2019 - Dec 2020\nBuilt billing screens.\n"
        "PERSONAL SKILLS\nAnalyst, Birch Ltd\nMar 2021 - Present\nRan reports.\n"
    )
    assert "skills" not in r.sections
    assert [w.company for w in r.work_experience] == ["Acme Corp", "Birch Ltd"]


def test_a_line_listing_mostly_known_skills_is_read_as_a_list_anywhere() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEDUCATION\nLakeside University, BSc Computing, 2012\n"
        "Python, Java, SQL, Quillbase, Zentrix\n"
        "Visited Brimlet, Quorvex, Lisbon and Porto with friends\n"
    )
    unknown = {s.name for s in r.skills if not s.recognised}
    assert {"Quillbase", "Zentrix"} <= unknown
    assert not unknown & {"Brimlet", "Quorvex"}  # a line of prose, not a list of skills


def test_skill_words_naming_a_job_title_are_not_skills() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEXPERIENCE\n"
        "Front End Supervisor, Lakeside Diner\nCustomer Service Advisor at a call centre\n"
        "Java Developer on billing\nSKILLS\nPython\n"
    )
    found = names(r)
    assert not found & {"front-end development", "customer service"}
    assert {"java", "python"} <= found


def test_skills_list_keeps_no_addresses_roles_or_bracket_pieces() -> None:
    r = parse(
        "Nora Vale\nSKILLS\nQuillbase, nora@example.org, github.com/noravale\n"
        "Zorvan Labs, Pune (Jun 2016 - Jul 2019)\n"
        "Assessments (Brimlet, True Colors), Quorvex (Zentrix\n"
    )
    unknown = {s.name for s in r.skills if not s.recognised}
    assert {"Quillbase", "Assessments", "Quorvex"} <= unknown
    assert not {u for u in unknown if "@" in u or "/" in u or "(" in u or ")" in u}
    assert not unknown & {"Zorvan Labs", "Pune"}
    # round 5: the items a bracket holds are list items too (test_resume_skills5)
    assert {"True Colors", "Brimlet", "Zentrix"} <= unknown


def test_a_degree_and_a_named_bodys_acronym_are_not_skills() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEDUCATION\nBACHELOR OF ARTS, MAJOR IN HISTORY\n"
        "Lakeside University, 2012\nAWARDS\n"
        "Chair, Student Alumni Society (SAS)\n"
        "SKILLS\nSearch Engine Optimization (SEO), Python\n"
    )
    found = names(r)
    assert not found & {"arts", "sas"}
    assert {"search engine optimization", "python"} <= found


def test_lower_case_items_of_a_short_list_are_kept() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nQuillbase, zentrix tuning, brimlet wiring\n"
        "I am a superb team player and love quorvex work\n"
    )
    unknown = {s.name for s in r.skills if not s.recognised}
    assert {"Quillbase", "zentrix tuning", "brimlet wiring"} <= unknown
    assert not {u for u in unknown if "quorvex" in u.casefold()}
