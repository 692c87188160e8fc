"""A "Key Technologies: …" list ending the previous role's body is no part of the next role's
header ("Key Technologies: .NET, C#" / "Zorblat | June 2014 – April 2015"): the employer
stays (round 10, roles)."""

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header

TEXT = """Jane Doe
jane@example.com

EXPERIENCE
Quillon Loyalty | April 2015 – October 2015
Backend programmer for the rewards app; wrote the nightly jobs
• Wrote a fee calculator with unit tests;
Key Technologies: .NET 4.6, C#, SQL Server, SSRS, SSIS
Zorblat | June 2014 – April 2015
Backend programmer for a billing tool used by bakeries.
• Added a cache to the invoice pages.
Key Technologies: .NET 4.5, C#

EDUCATION
B.Sc. Computer Science, Springfield University, 2010
"""


def test_key_technologies_line_is_a_list_label() -> None:
    role = parse_role_header(["Key Technologies: .NET 4.5, C#, WCF, SQL Server", "Quillon CRM"])
    assert role.company == "Quillon CRM"


def test_employer_after_a_tool_list_is_kept() -> None:
    work = parse_resume(TEXT, today=date(2026, 1, 1)).work_experience
    assert [w.company for w in work] == ["Quillon Loyalty", "Zorblat"]
