"""A product's release year inside a certificate's name ("SharePoint 2007", "Windows Server
2012") is its version, kept in the name, not the certificate's date (round 9)."""

from atspro.analysis.resume.certificates import parse_certifications


def read(line: str) -> tuple[str, str | None]:
    (c,) = parse_certifications([line])
    return c.name, c.date


def test_version_year_stays_in_the_name():
    assert read("SharePoint 2007 Site Building, 2009") == (
        "SharePoint 2007 Site Building",
        "2009",
    )
    assert read("MCSA: Windows Server 2012") == ("MCSA: Windows Server 2012", None)


def test_a_plain_year_after_the_name_is_its_date():
    assert read("Certified Scrum Master 2015") == ("Certified Scrum Master", "2015")
    assert read("Microsoft Office Specialist 2016") == ("Microsoft Office Specialist", "2016")
