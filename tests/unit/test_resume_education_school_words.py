"""Schools named in other languages or without an English school word, and a school's "of …"
name that runs into the place after it (round 9)."""

from atspro.analysis.resume.education import parse_education


def schools(*lines: str) -> list[str | None]:
    return [e.institution for e in parse_education(list(lines))]


def test_school_words_of_other_languages():
    assert schools("Akademie der Bildenden Kuenste, Quillhaven", "Master of Fine Arts, 2001") == [
        "Akademie der Bildenden Kuenste"
    ]
    assert schools("Istituto Tecnico Quillhaven", "Diploma, 1999") == [
        "Istituto Tecnico Quillhaven"
    ]
    assert schools("Uniwersytet Quillhavenski", "MSc in Physics, 2010") == [
        "Uniwersytet Quillhavenski"
    ]
    assert schools("Hogeschool van Quillhaven", "BSc in Nursing, 2012") == [
        "Hogeschool van Quillhaven"
    ]


def test_a_training_center_and_a_polytech_are_schools():
    assert schools("Acme Montessori Training Center, Quillhaven", "Teaching Credential") == [
        "Acme Montessori Training Center"
    ]
    assert schools("Acme Polytech, School of design in applied arts") == ["Acme Polytech"]


def test_the_last_word_of_a_school_name_is_no_town():
    # "Arts" before "New York" is the end of the school's name, not a town
    assert schools("School of Visual Arts, New York", "BFA, 2001") == ["School of Visual Arts"]
    # a real town after the name is still cut
    assert schools("University of Texas, Austin, TX", "BS, 2001") == ["University of Texas"]


def test_english_words_stay_no_school():
    # "academia" in prose names no school; a company's "Customer Center" neither
    assert schools("Ten years in academia and industry") == []
    assert schools("Acme Customer Center") == []
