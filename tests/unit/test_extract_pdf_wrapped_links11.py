"""A profile export's address wrapped at a narrow column's edge, with the kind of site after
it ("www.linkedin.com/in/jane-doe-" / "a1b2c3 (LinkedIn)"): the rest of the address is read
onto its line (round 9 joined bare rests only; the label kept the address cut in two and the
profile link read "…/in/jane-doe-"). Layout round 11, generated PDFs (fpdf2), made-up
addresses.
"""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from tests.unit.test_extract_pdf_wrapped_links import _lines


def test_an_address_wrapped_before_its_site_label_is_one_line() -> None:
    lines = _lines(["Contact", "www.linkedin.com/in/jane-doe-", "a1b2c3 (LinkedIn)", "Python"])
    assert lines == ["Contact", "www.linkedin.com/in/jane-doe-a1b2c3 (LinkedIn)", "Python"]
    links = parse_resume("Jane Doe\n" + "\n".join(lines)).contact.links
    assert [link.url for link in links] == ["https://www.linkedin.com/in/jane-doe-a1b2c3"]


def test_a_skill_with_its_level_under_an_address_stays_apart() -> None:
    lines = _lines(["Contact", "www.linkedin.com/in/jane-doe-", "Python (Advanced)", "Skills"])
    assert lines[1:3] == ["www.linkedin.com/in/jane-doe-", "Python (Advanced)"]
