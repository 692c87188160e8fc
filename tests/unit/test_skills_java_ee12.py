"""Java EE (J2EE, Jakarta EE) is its own skill, not a spelling of Java (round 12, issue 14): a
job that asks for J2EE is not met by any Java resume, and "Core Java, J2EE" names two skills.
Text is made up."""

from __future__ import annotations

from atspro.analysis.taxonomy.skills import get_index


def test_j2ee_is_java_ee_not_java() -> None:
    index = get_index()
    assert index.canonical("J2EE") == "Java EE"
    assert index.canonical("Jakarta EE") == "Java EE"
    assert index.canonical("Core Java") == "Java"


def test_java_and_j2ee_written_together_are_two_skills() -> None:
    got = [h.name for h in get_index().find("Built billing services in Core Java, J2EE and SQL.")]
    assert got[:2] == ["Java", "Java EE"]
