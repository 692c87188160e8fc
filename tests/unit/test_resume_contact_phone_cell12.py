"""A sidebar's phone read on one row with the main column's text (an OCR'd photo of a
two-column page): the row's first cell is the number, parted by a cell gap."""

from atspro.analysis.resume.parser import parse_resume

_PAGE = """Jane Roe
About  Education
Springfield Institute of Technology  08/2018-12/2022
jane.roe@example.com  Bachelor of Science in Electrical Engineering
(555) 010-0199  • Signals and Systems  • Control Theory
• Web Development  • Logic Design
Projects
Greenhouse Controller  01/2022-05/2022
Built a controller that holds a chamber's temperature
"""


def test_a_sidebar_phone_cell_glued_to_a_course_row_is_the_phone() -> None:
    resume = parse_resume(_PAGE)
    assert resume.contact.phone is not None
    assert "010-0199" in resume.contact.phone or resume.contact.phone.endswith("5550100199")


def test_a_number_not_written_as_a_phone_opens_no_phone_cell() -> None:
    text = _PAGE.replace("(555) 010-0199", "5550100199")
    assert parse_resume(text).contact.phone is None


def test_a_phone_cell_far_down_the_page_is_not_the_persons() -> None:
    filler = "\n".join(f"Built part {i} of the controller" for i in range(45))
    text = (
        _PAGE.replace("(555) 010-0199  • ", "• ") + filler + "\n+1 555 010 0123  Reference desk\n"
    )
    assert parse_resume(text).contact.phone is None
