"""Education written in the header with no Education heading, each line the school's short
name, then the degree ("Acme Tours, Master in Management") (round 9)."""

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel

TEXT = """Freelance developer looking for new challenges
12 Quill Street
Quillhaven
jdoe@example.com
2004 - 2009
2003 - 2004
Acme Tours, Master in company management
Lycée Dupont Quillhaven, High-school diploma in arts
Work experience
2010 - 2012
Developer / Zeta Corp
Wrote software
"""


def test_school_then_degree_lines_in_the_header():
    r = parse_resume(TEXT)
    assert [(e.degree, e.level) for e in r.education] == [
        ("Master", EducationLevel.MASTER),
        ("High-school diploma", EducationLevel.HIGH_SCHOOL),
    ]
    assert r.education[1].institution == "Lycée Dupont Quillhaven"


def test_a_high_school_diploma_with_a_hyphen_stays_high_school():
    found = find_degree("High-school diploma in arts")
    assert found is not None and found[1] == EducationLevel.HIGH_SCHOOL
