"""Skills-section stress set (round 13, issue 14): made-up skills sections written in many ways,
each put in a made-up resume (at its end, or between the summary and the roles) and parsed.

Every case names the items its section lists; it passes when each item is found (a skill whose
name or a spelling matches it as ``make eval`` matches, known to the taxonomy or kept as an
unrecognised item) and no skill read is anything else: a fragment, a label, a level word or a
heading. The axes vary one thing each: separators, labels, tables, ratings, wrapped and long
items, columns, headings and where the section stands. Prints OK or FAIL per case and the
failures per axis; arguments pick cases by a part of their name:

    .venv/bin/python -m bench.skills_stress [-v] [name part ...]

Every name, tool and school here is made up ("Zentrix Studio", "Kiln Loading" stand for
items no taxonomy knows).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume
from bench.eval.common import norm

TODAY = date(2026, 1, 1)
TOP = "Jane Doe\njane.doe@example.com | +1 217 555 0134\n\n"
SUMMARY = "SUMMARY\nPlanner with ten years in retail stock rooms.\n\n"
BODY = (
    "EXPERIENCE\nPlanner, Hollin Works\nJan 2015 - Dec 2020\n- Kept the shelves in order\n\n"
    "EDUCATION\nBA History, Northfield College, 2014\n\n"
)

# item sets: known skills, made-up tools, soft skills (two the taxonomy lacks)
MIXED = ("Python", "Zentrix Studio", "SQL", "Kiln Loading", "Jira", "Brimlet Ledgers")
MADE_UP = ("Kiln Loading", "Sail Rigging", "Glaze Mixing", "Quorvex", "Seed Saving", "Tovix")
SOFT = ("Communication", "Presentation", "Negotiation", "Reading", "Teamwork", "Leadership")
LEVELS = ("Expert", "Advanced", "Intermediate", "Beginner", "Basic", "Proficient")


@dataclass(frozen=True, slots=True)
class Case:
    axis: str
    name: str
    section: str  # the skills section, heading included
    items: tuple[str, ...]
    middle: bool = False  # the section stands between the summary and the roles
    title_case: bool = False  # the other headings written "Experience", not "EXPERIENCE"
    optional: tuple[str, ...] = ()  # items that may be read or not (neither missed nor extra)
    bare: bool = False  # the section is the summary itself: no SUMMARY of the case's own
    known: str = ""  # a limit left, and why: the case is expected to fail
    body: str = ""  # the roles and education, when the case writes its own (round 14)
    languages: tuple[str, ...] = ()  # spoken languages the section lists (never skills)

    @property
    def text(self) -> str:
        section = self.section.rstrip("\n") + "\n\n"
        summary, body = ("" if self.bare else SUMMARY), (self.body or BODY)
        if self.title_case:
            summary, body = (_title_headings(x) for x in (summary, body))
        if self.middle:
            return TOP + summary + section + body
        return TOP + summary + body + section


def _title_headings(text: str) -> str:
    return "\n".join(x.title() if x.isupper() else x for x in text.split("\n"))


def _sep_cases() -> list[Case]:
    seps = {
        "comma": ", ",
        "semicolon": "; ",
        "bar": " | ",
        "middle dot": " · ",
        "bullet": " • ",
        "slash": " / ",
        "tab": "\t",
        "double space": "  ",
    }
    glyphs = {"per line": "", "dash": "- ", "star": "* ", "square": "▪ ", "round": "• "}
    out = []
    for set_name, items in (("mixed", MIXED), ("made-up", MADE_UP), ("soft", SOFT)):
        for sep_name, sep in seps.items():
            out.append(
                Case("separators", f"{sep_name} {set_name}", "SKILLS\n" + sep.join(items), items)
            )
        for glyph_name, glyph in glyphs.items():
            lines = "\n".join(glyph + i for i in items)
            out.append(Case("separators", f"{glyph_name} {set_name}", "SKILLS\n" + lines, items))
        numbered = "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
        out.append(Case("separators", f"numbered {set_name}", "SKILLS\n" + numbered, items))
    for sep_name, sep in {**seps, "per line": "\n", "dash": "\n- "}.items():
        text = "SKILLS\n" + ("- " if sep_name == "dash" else "") + sep.join(MIXED)
        out.append(Case("separators", f"{sep_name} before the roles", text, MIXED, middle=True))
    return out


def _label_cases() -> list[Case]:
    a, b, c = MIXED[:2], MIXED[2:4], MIXED[4:]
    forms = {
        "colon": "Languages: {0}\nTools: {1}\nOther: {2}",
        "dash label": "Tools & Technologies – {0}\nPlatforms – {1}\nCraft – {2}",
        "slash label": "Frameworks/Libraries: {0}\nDatabases/Storage: {1}\nMisc: {2}",
        "soft label": "Soft skills: {0}\nTechnical skills: {1}\nOther skills: {2}",
        "labels on one line": "Languages: {0}; Tools: {1}; Other: {2}",
        "labels between bars": "Languages: {0} | Tools: {1} | Other: {2}",
        "label above": "Languages:\n{0}\nTools:\n{1}\nOther:\n{2}",
        "label above no colon": "Languages\n{0}\nTools\n{1}\nOther\n{2}",
        "bulleted labels": "• Languages: {0}\n• Tools: {1}\n• Other: {2}",
        "capitals labels": "LANGUAGES: {0}\nTOOLS: {1}\nOTHER: {2}",
    }
    out = []
    for name, form in forms.items():
        for sep_name, sep in (("comma", ", "), ("bar", " | ")):
            if sep_name == "bar" and "bars" in name:
                continue
            text = form.format(sep.join(a), sep.join(b), sep.join(c))
            out.append(Case("labels", f"{name} {sep_name}", "SKILLS\n" + text, MIXED))
    return out


def _table_cases() -> list[Case]:
    rows = list(zip(MIXED, LEVELS, ("5", "2", "7", "3", "1", "4"), strict=True))
    header = "Skill | Level | Years\n" + "\n".join(" | ".join(r) for r in rows)
    spaced = "Skill    Level    Years\n" + "\n".join("    ".join(r) for r in rows)
    tabbed = "Skill\tLevel\tYears\n" + "\n".join("\t".join(r) for r in rows)
    category = (
        "Category | Skills\nLanguages | Python, Zentrix Studio\nDatabases | SQL, Kiln Loading\n"
        "Tools | Jira, Brimlet Ledgers"
    )
    category_spaced = (
        "Languages      Python, Zentrix Studio\nDatabases      SQL, Kiln Loading\n"
        "Tools          Jira, Brimlet Ledgers"
    )
    grids = {
        "2 column grid": [MIXED[0:2], MIXED[2:4], MIXED[4:6]],
        "3 column grid": [MIXED[0:3], MIXED[3:6]],
        "4 column grid": [(*MIXED[0:4],), (*MIXED[4:6], *SOFT[:2])],
    }
    out = [
        Case("tables", "skill level years bars", "SKILLS\n" + header, MIXED),
        Case("tables", "skill level years spaces", "SKILLS\n" + spaced, MIXED),
        Case("tables", "skill level years tabs", "SKILLS\n" + tabbed, MIXED),
        Case("tables", "category skills bars", "SKILLS\n" + category, MIXED),
        Case("tables", "category skills spaces", "SKILLS\n" + category_spaced, MIXED),
        Case(
            "tables",
            "wrapped cell",
            "SKILLS\nLanguages      Python, Zentrix Studio, Sail Rigging, Glaze Mixing, Kiln\n"
            "               Loading, SQL,\nTools          Jira, Brimlet Ledgers",
            (*MIXED, "Sail Rigging", "Glaze Mixing"),
        ),
        Case(
            "tables",
            "wrapped cell bars",
            "SKILLS\nLanguages | Python, Zentrix Studio, Sail Rigging, Glaze Mixing, Kiln\n"
            " | Loading, SQL,\nTools | Jira, Brimlet Ledgers",
            (*MIXED, "Sail Rigging", "Glaze Mixing"),
        ),
    ]
    for name, grid in grids.items():
        items = tuple(i for row in grid for i in row)
        for sep_name, sep in (("spaces", "      "), ("tabs", "\t"), ("bars", " | ")):
            text = "\n".join(sep.join(row) for row in grid)
            out.append(Case("tables", f"{name} {sep_name}", "SKILLS\n" + text, items))
    return out


def _rating_cases() -> list[Case]:
    three = ("Python", "Zentrix Studio", "Kiln Loading")
    forms = {
        "out of five": ", ".join(f"{i} (4/5)" for i in three),
        "stars": "\n".join(f"{i} ★★★★☆" for i in three),
        "dots": "\n".join(f"{i} ●●●○○" for i in three),
        "levels as labels": "Expert: Python, Zentrix Studio; Intermediate: Kiln Loading",
        "levels as labels per line": "Expert: Python, Zentrix Studio\nIntermediate: Kiln Loading",
        "level after a dash": "\n".join(
            f"{i} – {lv}" for i, lv in zip(three, LEVELS, strict=False)
        ),
        "level after a colon": "\n".join(
            f"{i}: {lv}" for i, lv in zip(three, LEVELS, strict=False)
        ),
        "level in brackets": ", ".join(f"{i} ({lv})" for i, lv in zip(three, LEVELS, strict=False)),
        "years short": ", ".join(f"{i} {n} yrs" for i, n in zip(three, (5, 3, 2), strict=True)),
        "years in brackets": ", ".join(
            f"{i} ({n} years)" for i, n in zip(three, (5, 3, 2), strict=True)
        ),
        "percent": "\n".join(f"{i} - {n}%" for i, n in zip(three, (90, 75, 60), strict=True)),
        "level first": "Advanced – Python, Zentrix Studio | Intermediate – Kiln Loading",
        "lower-case level": "\n".join(
            f"{i} - {lv.lower()}" for i, lv in zip(three, LEVELS, strict=False)
        ),
    }
    return [Case("ratings", name, "SKILLS\n" + text, three) for name, text in forms.items()]


def _wrap_cases() -> list[Case]:
    return [
        Case(
            "wrapped",
            "comma list cut in a known name",
            "SKILLS\nPython, Kiln Loading, Statistical process\ncontrol, Zentrix Studio, Jira",
            ("Python", "Kiln Loading", "Statistical process control", "Zentrix Studio", "Jira"),
        ),
        Case(
            "wrapped",
            "comma list cut in a made-up name",
            "SKILLS\nPython, Kiln Loading, Sail Rigging, Glaze Mixing, Brimlet\n"
            "Ledgers, Zentrix Studio, Jira.",
            (*MADE_UP[:3], "Python", "Brimlet Ledgers", "Zentrix Studio", "Jira"),
        ),
        Case(
            "wrapped",
            "lower-case end on the next line",
            "SKILLS\nPython, Kiln Loading, Customer relationship\nmanagement, Zentrix Studio",
            ("Python", "Kiln Loading", "Customer relationship management", "Zentrix Studio"),
        ),
        Case(
            "wrapped",
            "bullet item on two lines",
            "SKILLS\n• Statistical Process Control\n  (SPC)\n• Kiln Loading\n• Zentrix Studio",
            ("Statistical Process Control", "Kiln Loading", "Zentrix Studio"),
        ),
        Case(
            "wrapped",
            "bullet item cut after and",
            "SKILLS\n• Sail Rigging and\n  Seed Saving\n• Kiln Loading\n• Zentrix Studio",
            ("Sail Rigging", "Seed Saving", "Kiln Loading", "Zentrix Studio"),
        ),
        Case(
            "wrapped",
            "paragraph list wrapped mid-item",
            "SKILLS\nKiln Loading, Seed Saving, Zentrix Studio, Jira, Quorvex Cost\n"
            "Modelling, Glaze Mixing, Sail Rigging,\nTovix.",
            (
                *MADE_UP[:3],
                "Seed Saving",
                "Tovix",
                "Zentrix Studio",
                "Jira",
                "Quorvex Cost Modelling",
            ),
        ),
        Case(
            "wrapped",
            "short list row cut in a name",
            "SKILLS\nPython, Kiln Loading, Brimlet\nLedgers, Zentrix Studio, Jira",
            ("Python", "Kiln Loading", "Brimlet Ledgers", "Zentrix Studio", "Jira"),
            known="a row ending in a word over a capitalised word and no stop: rows, or a wrap",
        ),
        Case(
            "wrapped",
            "rows of long lines not wrapped",
            "SKILLS\nPython, Kiln Loading, Sail Rigging, Glaze Mixing, Seed Saving, Brimlet\n"
            "Ledgers, Zentrix Studio, Jira",
            ("Python", *MADE_UP[:3], "Seed Saving", "Brimlet", "Ledgers", "Zentrix Studio", "Jira"),
        ),
        Case(
            "wrapped",
            "rows of a list not wrapped",
            "SKILLS\nKiln Loading, Seed Saving, Quorvex\nGlaze Mixing, Sail Rigging, Tovix",
            MADE_UP,
        ),
        Case(
            "wrapped",
            "item cut after an ampersand",
            "SKILLS\n• Kiln Loading &\n  Firing\n• Sail Rigging\n• Zentrix Studio",
            ("Kiln Loading & Firing", "Sail Rigging", "Zentrix Studio"),
        ),
        Case(
            "wrapped",
            "label list over two lines",
            "SKILLS\nTools: Jira, Zentrix Studio, Brimlet Ledgers,\nKiln Loading, Git",
            ("Jira", "Zentrix Studio", "Brimlet Ledgers", "Kiln Loading", "Git"),
        ),
    ]


def _long_cases() -> list[Case]:
    longs = (
        "Statistical process control (SPC)",
        "Good Manufacturing Practice (GMP)",
        "Root cause analysis",
        "Zentrix Studio Report Designer",
    )
    return [
        Case("long items", "long items per line", "SKILLS\n" + "\n".join(longs), longs),
        Case(
            "long items",
            "long items bulleted",
            "SKILLS\n" + "\n".join(f"• {i}" for i in longs),
            longs,
        ),
        Case("long items", "long items in a comma list", "SKILLS\n" + ", ".join(longs), longs),
        Case(
            "long items",
            "five-word item per line",
            "SKILLS\nFailure Mode and Effects Analysis\nKiln Loading\nZentrix Studio",
            ("Failure Mode and Effects Analysis", "Kiln Loading", "Zentrix Studio"),
        ),
    ]


LONG_IN_COLUMN = (
    "a longer line between two items breaks a column (joining it read one train column of"
    " courses: +1 labelled, +3 not; measured round 13, not kept)"
)


def _column_cases() -> list[Case]:
    # a two-column PDF's skills column read line by line, and competency columns elsewhere
    column = "\n".join((*MIXED, *SOFT[:3]))
    return [
        Case(
            "columns",
            "sidebar column before the roles",
            "SKILLS\n" + column,
            (*MIXED, *SOFT[:3]),
            middle=True,
        ),
        Case(
            "columns",
            "two columns side by side",
            "SKILLS\n"
            + "\n".join(f"{a}{' ' * (24 - len(a))}{b}" for a, b in zip(MIXED, SOFT, strict=True)),
            (*MIXED, *SOFT),
        ),
        Case(
            "columns",
            "competency column with a long item",
            "Core Strengths\nKiln Loading\nGlaze Mixing\n"
            "Coordinating seasonal stock rotation for three stores\nSail Rigging\nSeed Saving",
            ("Kiln Loading", "Glaze Mixing", "Sail Rigging", "Seed Saving"),
            middle=True,
            optional=("Coordinating seasonal stock rotation for three stores",),
        ),
        Case(
            "columns",
            "summary column with a long item",
            "SUMMARY\nPlanner with ten years in retail stock rooms.\nCore Working Strengths\n"
            "Kiln Loading\nGlaze Mixing\nCoordinating seasonal stock rotation for three stores\n"
            "Sail Rigging\nSeed Saving",
            ("Kiln Loading", "Glaze Mixing", "Sail Rigging", "Seed Saving"),
            optional=("Coordinating seasonal stock rotation for three stores",),
            bare=True,
            known=LONG_IN_COLUMN,
        ),
        Case(
            "columns",
            "summary column of known skills with a long item",
            "SUMMARY\nPlanner with ten years in retail stock rooms.\nPython\nJira\n"
            "Coordinating seasonal stock rotation for three stores\nTableau\nKiln Loading",
            ("Python", "Jira", "Tableau", "Kiln Loading"),
            optional=("Coordinating seasonal stock rotation for three stores",),
            bare=True,
            known=LONG_IN_COLUMN,
        ),
        Case(
            "columns",
            "summary grid whose cells wrap",
            "SUMMARY\nPlanner with ten years in retail stock rooms.\nCore Working Strengths\n"
            "Kiln Loading &      Sail Rigging\nGlaze Mixing        Seed Saving\n"
            "Quorvex Modelling         Tovix",
            (
                "Kiln Loading & Glaze Mixing",
                "Sail Rigging",
                "Seed Saving",
                "Quorvex Modelling",
                "Tovix",
            ),
            bare=True,
        ),
        Case(
            "columns",
            "competency grid whose items wrap",
            "Areas of Expertise\nKiln Loading | Glaze Mixing | Sail Rigging\n"
            "Seed Saving | Quorvex | Tovix",
            MADE_UP,
            middle=True,
        ),
    ]


# (axis, case, section, its items, a known limit's reason or "")
_QKS = ("Quorvex", "Kiln Loading", "Sail Rigging")
_PQK = ("Python", "Quorvex", "Kiln Loading")
_MORE: tuple[tuple[str, str, str, tuple[str, ...], str], ...] = (
    ("separators", "arrow bullets", "SKILLS\n➢ Quorvex\n➢ Kiln Loading\n➢ Sail Rigging", _QKS, ""),
    ("separators", "tick bullets", "SKILLS\n✓ Quorvex\n✓ Kiln Loading\n✓ Sail Rigging", _QKS, ""),
    (
        "separators",
        "letter o bullets",
        "SKILLS\no Quorvex\no Kiln Loading\no Sail Rigging",
        _QKS,
        "",
    ),
    ("separators", "lettered", "SKILLS\na) Quorvex\nb) Kiln Loading\nc) Sail Rigging", _QKS, ""),
    (
        "separators",
        "numbered on one line",
        "SKILLS\n1) Quorvex 2) Kiln Loading 3) Sail Rigging",
        _QKS,
        "",
    ),
    (
        "separators",
        "stop after each line",
        "SKILLS\nQuorvex.\nKiln Loading.\nSail Rigging.",
        _QKS,
        "",
    ),
    (
        "separators",
        "stops between items",
        "SKILLS\nQuorvex. Kiln Loading. Sail Rigging.",
        _QKS,
        "",
    ),
    (
        "separators",
        "lower-case comma list",
        "SKILLS\nkiln loading, sail rigging, seed saving, glaze mixing",
        ("kiln loading", "sail rigging", "seed saving", "glaze mixing"),
        "lower-case comma lines read as lists cost precision (rounds 6, 7)",
    ),
    (
        "separators",
        "ampersand inside an item",
        "SKILLS\nKiln Loading & Firing, Sail Rigging, Quorvex",
        ("Kiln Loading & Firing", "Sail Rigging", "Quorvex"),
        "",
    ),
    (
        "separators",
        "and before the last",
        "SKILLS\nKiln Loading, Sail Rigging and Seed Saving",
        ("Kiln Loading", "Sail Rigging", "Seed Saving"),
        "",
    ),
    (
        "labels",
        "bulleted label lines",
        "SKILLS\n• Tools: Jira, Quorvex\n• Craft: Kiln Loading, Sail Rigging",
        ("Jira", *_QKS),
        "",
    ),
    (
        "labels",
        "label over bullets",
        "SKILLS\nTools\n• Jira\n• Quorvex\nCraft\n• Kiln Loading\n• Sail Rigging",
        ("Jira", *_QKS),
        "",
    ),
    (
        "labels",
        "capitals sub-headings",
        "SKILLS\nTECHNICAL\nPython, Quorvex\nSOFT\nCommunication, Kiln Loading",
        (*_PQK, "Communication"),
        "",
    ),
    (
        "labels",
        "semicolons after a label",
        "SKILLS\nTools: Jira; Quorvex; Kiln Loading",
        ("Jira", "Quorvex", "Kiln Loading"),
        "",
    ),
    ("labels", "heading with a colon", "Skills:\nPython, Quorvex, Kiln Loading", _PQK, ""),
    ("labels", "heading inline", "Skills: Python, Quorvex, Kiln Loading", _PQK, ""),
    (
        "labels",
        "heading inline after a dash",
        "Key Skills – Python, Quorvex, Kiln Loading",
        _PQK,
        "",
    ),
    (
        "labels",
        "title-case category over a list",
        "SKILLS\nProgramming Languages\nPython, Quorvex\nCraft Skills\nKiln Loading, Sail Rigging",
        ("Python", *_QKS),
        "dotin labels such category lines as skills: dropping them cost train recall (round 14)",
    ),
    (
        "ratings",
        "years after a dash",
        "SKILLS\nQuorvex - 5 years\nKiln Loading - 3 years\nSail Rigging - 1 year",
        _QKS,
        "",
    ),
    (
        "ratings",
        "levels in brackets",
        "SKILLS\nQuorvex (Advanced), Kiln Loading (Basic), Sail Rigging (Working knowledge)",
        _QKS,
        "",
    ),
    (
        "ratings",
        "score after a colon",
        "SKILLS\nQuorvex: 5/5\nKiln Loading: 4/5\nSail Rigging: 3/5",
        _QKS,
        "",
    ),
    (
        "headings",
        "SKILLS & ABILITIES",
        "SKILLS & ABILITIES\nPython, Quorvex, Kiln Loading",
        _PQK,
        "",
    ),
    ("headings", "COMPETENCIES", "COMPETENCIES\nPython, Quorvex, Kiln Loading", _PQK, ""),
    (
        "headings",
        "TECHNICAL EXPERTISE",
        "TECHNICAL EXPERTISE\nPython, Quorvex, Kiln Loading",
        _PQK,
        "",
    ),
    ("headings", "SKILLS SUMMARY", "SKILLS SUMMARY\n• Python\n• Quorvex\n• Kiln Loading", _PQK, ""),
)


def _more_cases() -> list[Case]:
    out = []
    for axis, name, section, items, known in _MORE:
        for middle in (False, True):
            where = "before the roles" if middle else "at the end"
            out.append(Case(axis, f"{name} {where}", section, items, middle, known=known))
    return out


HEADINGS = (
    "Skills",
    "Technical Skills",
    "Core Competencies",
    "Areas of Expertise",
    "Key Skills",
    "Technical Proficiencies",
    "IT Skills",
    "Computer Skills",
    "Toolbox",
    "Strengths",
)


def _heading_cases() -> list[Case]:
    out = []
    body = ", ".join(MIXED[:4]) + "\n" + "\n".join(f"• {i}" for i in (*MIXED[4:], *SOFT[:2]))
    items = (*MIXED, *SOFT[:2])
    for heading in HEADINGS:
        for middle in (False, True):
            for caps in (False, True):
                title = heading.upper() if caps else heading
                where = "middle" if middle else "end"
                name = f"{title} at the {where}"
                out.append(
                    Case("headings", name, f"{title}\n{body}", items, middle, title_case=not caps)
                )
    return out


# a role's own list of what it used, two roles ({0}, {1}: each role's line)
_ROLES = (
    "EXPERIENCE\nPlanner, Hollin Works\nJan 2015 - Dec 2020\n- Kept the shelves in order\n{0}\n"
    "Clerk, Dunmore Yard\nJan 2012 - Dec 2014\n- Counted the boxes\n{1}\n\n"
    "EDUCATION\nBA History, Northfield College, 2014\n\n"
)
_ROLE_ITEMS = ("Python", "Quorvex", "PostgreSQL", "Tovix", "Jira", "Kiln Loading")


def _role_cases() -> list[Case]:
    """Skills listed inside the roles: a "Tech stack:" line, "Tools:" / "Environment:" at a
    role's end (Indian IT resumes), with or without versions; no Skills section at all."""
    a, b = ", ".join(_ROLE_ITEMS[:3]), ", ".join(_ROLE_ITEMS[3:])
    forms = {
        "tech stack colon": ("Tech stack: {0}", "Tech Stack: {1}"),
        "tech stack dash": ("Tech Stack - {0}", "Tech Stack – {1}"),
        "technology stack": ("Technology Stack: {0}", "Technology Stack: {1}"),
        "environment": ("Environment: {0}", "Environment: {1}"),
        "tools": ("Tools: {0}", "Tools: {1}"),
        "tools used": ("Tools Used: {0}", "Tools used: {1}"),
        "technologies": ("Technologies: {0}", "Technologies Used: {1}"),
        "environment and tools": ("Environment: {0}", "Tools: {1}"),
        "environment bars": ("Environment: {0}", "Environment: {1}"),
    }
    out = []
    for name, (one, two) in forms.items():
        x, y = (a, b) if "bars" not in name else (a.replace(", ", " | "), b.replace(", ", " | "))
        body = _ROLES.format(one.format(x, y), two.format(x, y))
        out.append(Case("roles", name, "", _ROLE_ITEMS, body=body))
    versioned = _ROLES.format(
        "Environment: Python 3.x, Quorvex 4.2, PostgreSQL 12", "Tools: Tovix, Jira, Kiln Loading"
    )
    items = ("Python", "Quorvex 4.2", "PostgreSQL", *_ROLE_ITEMS[3:])
    out.append(Case("roles", "environment with versions", "", items, body=versioned))
    return out


_PROFICIENCIES = (
    "TECHNICAL PROFICIENCIES\nLanguages | Python, Java, Quorvex\nDatabases | SQL, Tovix\n"
    "Tools | Jira, Git, Kiln Loading"
)
_PROFICIENCY_ITEMS = ("Python", "Java", "Quorvex", "SQL", "Tovix", "Jira", "Git", "Kiln Loading")
_COMPETENCIES = (
    ("Kiln Loading", "Project Management", "Sail Rigging"),
    ("Negotiation", "Glaze Mixing", "Seed Saving"),
    ("Quorvex", "Tovix", "Budgeting"),
)


def _shape_cases() -> list[Case]:
    """Round 14: section shapes the set lacked — a three-column competency table (DOCX cells),
    "Category | items" rows, levels in dots, bars and scores, versions, soft skills, spoken
    languages with levels (to ``languages``), interests (never skills)."""
    grid = tuple(i for row in _COMPETENCIES for i in row)
    cells = "\n".join(i for column in zip(*_COMPETENCIES, strict=True) for i in column)
    out = [
        Case(
            "tables",
            "core competencies 3 columns bars",
            "CORE COMPETENCIES\n" + "\n".join(" | ".join(r) for r in _COMPETENCIES),
            grid,
        ),
        Case(
            "tables",
            "core competencies 3 columns tabs",
            "Core Competencies\n" + "\n".join("\t".join(r) for r in _COMPETENCIES),
            grid,
            title_case=True,
        ),
        Case(
            "tables",
            "core competencies one cell per column",
            "CORE COMPETENCIES\n" + cells,
            grid,
            middle=True,
        ),
        Case("tables", "proficiencies category bars", _PROFICIENCIES, _PROFICIENCY_ITEMS),
        Case(
            "tables",
            "proficiencies category colons",
            _PROFICIENCIES.replace(" | ", ": "),
            _PROFICIENCY_ITEMS,
            middle=True,
        ),
        Case(
            "tables",
            "proficiencies with a header row",
            _PROFICIENCIES.replace("\n", "\nCategory | Skills\n", 1),
            _PROFICIENCY_ITEMS,
        ),
    ]
    rated = {
        "dots": "Python ●●●●○\nQuorvex ●●●○○\nKiln Loading ●●○○○",
        "bars": "Python ▰▰▰▰▱\nQuorvex ▰▰▰▱▱\nKiln Loading ▰▰▱▱▱",
        "squares": "Python ■■■■□\nQuorvex ■■■□□\nKiln Loading ■■□□□",
        "score after a long dash": "Python — 4/5\nQuorvex — 3/5\nKiln Loading — 5/5",
        "level and years in brackets": (
            "Python (Expert, 6 yrs)\nQuorvex (Advanced, 3 years)\nKiln Loading (Basic, 1 yr)"
        ),
        "level and years in a comma list": (
            "Python (Expert, 6 yrs), Quorvex (Advanced, 3 years), Kiln Loading (Basic, 1 yr)"
        ),
    }
    for name, text in rated.items():
        out.append(Case("ratings", name, "SKILLS\n" + text, ("Python", "Quorvex", "Kiln Loading")))
    versions = {
        "versions in a comma list": (
            "Python 3.x, Java 8/11, Angular 2+, Quorvex 4.2, Windows 10/11",
            ("Python", "Java", "Angular", "Quorvex 4.2", "Microsoft Windows"),
        ),
        "versions per line": (
            "Python 3.x\nJava 8/11\nAngular 2+\nOracle 11g\nTovix",
            ("Python", "Java", "Angular", "Oracle Database", "Tovix"),
        ),
    }
    for name, (text, items) in versions.items():
        out.append(Case("versions", name, "SKILLS\n" + text, items))
        out.append(Case("versions", f"{name} before the roles", "SKILLS\n" + text, items, True))
    soft = ("Teamwork", "Communication", "Leadership")
    soft_forms = {
        "strengths heading": "STRENGTHS\nTeamwork, Communication, Leadership",
        "strengths label": "SKILLS\nStrengths: Teamwork, Communication, Leadership\nTools: Quorvex",
        "key skills lower case": "Key skills: teamwork, good communication, leadership",
        "soft skills bullets": "SOFT SKILLS\n• Teamwork\n• Good communication\n• Leadership",
        "soft and technical": (
            "SKILLS\nTechnical: Quorvex, Tovix\nSoft skills: teamwork, good communication,"
            " leadership"
        ),
    }
    for name, text in soft_forms.items():
        extra = ("Quorvex",) if "Quorvex" in text else ()
        extra += ("Tovix",) if "Tovix" in text else ()
        out.append(
            Case("soft skills", name, text, (*soft, *extra), optional=("good communication",))
        )
    languages = {
        "cefr in brackets": "English (C1)\nGerman (B2)\nHindi (native)",
        "level after a dash": "English – C1\nGerman – B2\nHindi – Native",
        "level after a colon": "English: fluent\nGerman: B2\nHindi: native",
        "one line": "English (C1), German (B2), Hindi (native)",
    }
    for name, text in languages.items():
        for middle in (False, True):
            where = "before the roles" if middle else "at the end"
            out.append(
                Case(
                    "languages",
                    f"{name} {where}",
                    "SKILLS\nQuorvex, Kiln Loading\n\nLANGUAGES\n" + text,
                    ("Quorvex", "Kiln Loading"),
                    middle,
                    languages=("English", "German", "Hindi"),
                )
            )
    interests = {
        "interests list": "INTERESTS\nHiking, Chess, Photography, Cooking",
        "hobbies bullets": "HOBBIES\n• Hiking\n• Chess\n• Photography\n• Cooking",
        "interests label": "Interests: hiking, chess, photography, cooking",
        "hobbies and interests": "HOBBIES & INTERESTS\nHiking | Chess | Photography | Cooking",
    }
    for name, text in interests.items():
        section = "SKILLS\nQuorvex, Kiln Loading\n\n" + text
        out.append(Case("interests", name, section, ("Quorvex", "Kiln Loading")))
    return out


def _round15_cases() -> list[Case]:
    """Round 15: ratings on a stated scale (a score after each item, per line or run into one
    flattened line), a known name written with "and" on a line of its own, a known product's
    name wrapped over two lines of a summary."""
    scaled = {
        "scale per line": "Rating from 1 to 5\nPython 4\nKiln Loading 3\nSail Rigging 5",
        "scale run into a line": "Level from 1 to 5 Python 4 Kiln Loading 3 Sail Rigging 5",
        "scale with levels": (
            "Skills rating from 1 to 5 Python good 4 Kiln Loading excellent 5 Sail Rigging good 3"
        ),
    }
    out = [
        Case("ratings", name, "SKILLS\n" + text, ("Python", "Kiln Loading", "Sail Rigging"))
        for name, text in scaled.items()
    ]
    anded = "SKILLS\nMergers and Acquisitions\nKiln Loading\nResearch and Development"
    items = ("Mergers and Acquisitions", "Kiln Loading", "Research and Development")
    out.append(Case("long items", "known names with and per line", anded, items))
    out.append(
        Case(
            "wrapped",
            "known name wrapped in a summary",
            "SUMMARY\nPlanner who built weekly Power\nBI reports for three stores.\n\n"
            "SKILLS\nKiln Loading, Quorvex",
            ("Power BI", "Kiln Loading", "Quorvex"),
            bare=True,
        )
    )
    return out


def _round16_cases() -> list[Case]:
    """Round 16: a scale cue written as a sentence of short words ("Rated on a scale of 1 to 5
    as follows": no letter-spaced heading to glue), short acronyms each in its own curly
    quotes, a label naming a kind of thing alone on its line ("Ticketing Tools")."""
    cue = "SKILLS\nRated on a scale of 1 to 5 as follows\nPython 5\nKiln Loading 3\nSail Rigging 4"
    quoted = "SKILLS\nTools: \u201cSAP\u201d, \u201cJira\u201d, \u201cQuorvex\u201d"
    single = "SKILLS\nTools: \u2018ERP\u2019, \u2018Kiln Loading\u2019, \u2018CRM\u2019"
    kinds = "SKILLS\nTicketing Tools\nTovix, Jira\nCLOUD PROVIDERS\nAWS, Quorvex"
    dashed = "SKILLS\nResearch - kiln loading, glaze mixing, seed saving,\nQuorvex, Tovix"
    lower = ("kiln loading", "glaze mixing", "seed saving", "Quorvex", "Tovix")
    return [
        Case("labels", "lower-case series after a dash label", dashed, lower),
        Case("labels", "kind labels alone on a line", kinds, ("Tovix", "Jira", "AWS", "Quorvex")),
        Case("ratings", "scale as a sentence of short words", cue, (*MADE_UP[:2], "Python")),
        Case("separators", "acronyms in curly double quotes", quoted, ("SAP", "Jira", "Quorvex")),
        Case(
            "separators", "acronyms in curly single quotes", single, ("ERP", "Kiln Loading", "CRM")
        ),
    ]


def _round17_cases() -> list[Case]:
    """Round 17: a table read down its label column inside Skills ("Project" / "Stock Tracker" /
    "Client" / …: no items), two columns of competencies side by side before the first heading,
    Office programs named in lower case in a series ("word and excel"), "C/C++" in a sentence
    (the language C as well)."""
    table = (
        "SKILLS\nJava, Spring, Quorvex\nProject\nStock Tracker\nClient\nInitech Retail\n"
        "Role\nModule Lead\nTeam Size\nFour"
    )
    table_named = (
        "TECHNICAL SKILLS\nPython\nKiln Loading\nProject Name\nShelf Planner\nDuration\n"
        "Six Months\nRole\nTeam Lead\nClient\nHooli Stores"
    )
    columns = (
        "Project Management      Budget Forecasting\nStakeholder Relations      Vendor Negotiation\n"
        "Risk Assessment      Process Improvement"
    )
    column_items = (
        "Project Management",
        "Budget Forecasting",
        "Stakeholder Relations",
        "Vendor Negotiation",
        "Risk Assessment",
        "Process Improvement",
    )
    office = "SUMMARY\nGood at using word and excel for the stock counts."
    pair = "SUMMARY\nTen years of C/C++ and Python work at the plant."
    suite = "SKILLS\nMS Office (Word, Excel), Python"
    embedded = "SKILLS\nEmbedded C, FreeRTOS, I2C, UART, RS-232, CAN bus, VHDL, Kiln Loading"
    return [
        Case(
            "separators",
            "embedded names the taxonomy lacked",
            embedded,
            ("Embedded C", "FreeRTOS", "I2C", "UART", "RS-232", "CAN bus", "VHDL", "Kiln Loading"),
        ),
        Case(
            "separators",
            "a suite's programs in its bracket",
            suite,
            ("MS Office", "Word", "Excel", "Python"),
        ),
        Case(
            "tables",
            "label-column project table inside Skills",
            table,
            ("Java", "Spring", "Quorvex"),
        ),
        Case(
            "tables", "label-column table, one item a line", table_named, ("Python", "Kiln Loading")
        ),
        Case(
            "columns",
            "two columns before the first heading",
            columns,
            column_items,
            middle=True,
            bare=True,
        ),
        Case(
            "shapes",
            "Office programs in lower case",
            office,
            ("word", "excel"),
            middle=True,
            bare=True,
        ),
        Case("shapes", "C/C++ in a sentence", pair, ("C", "C++", "Python"), middle=True, bare=True),
        *_round17_fix_cases(),
    ]


def _round17_fix_cases() -> list[Case]:
    """Round 17 review: a lower-case series of Office programs' names counts only with evidence
    that it names the programs (an "ms" prefix, a cue of use, three names); a letter slashed to
    a technology is the language only amid skills ("Grade C/SQL exam" is none)."""
    maker = "SUMMARY\nBuilt reports in ms access and excel."
    prose = "SUMMARY\nImproved the outlook, and access to credit; no word or access was given."
    grade = "SUMMARY\nPassed the Grade C/SQL exam with Python."
    return [
        Case(
            "shapes",
            "Office series after ms",
            maker,
            ("ms access", "excel"),
            middle=True,
            bare=True,
        ),
        Case("shapes", "everyday words in a series", prose, (), middle=True, bare=True),
        Case("shapes", "a letter a grade", grade, ("SQL", "Python"), middle=True, bare=True),
    ]


CASES: list[Case] = [
    *_sep_cases(),
    *_label_cases(),
    *_table_cases(),
    *_rating_cases(),
    *_wrap_cases(),
    *_long_cases(),
    *_column_cases(),
    *_heading_cases(),
    *_more_cases(),
    *_role_cases(),
    *_shape_cases(),
    *_round15_cases(),
    *_round16_cases(),
    *_round17_cases(),
]


def parse(case: Case) -> Resume:
    return parse_resume(case.text, today=TODAY)


def _forms(item: str) -> set[str]:
    """An item as written, without its bracket, and the bracket's acronym, normalised."""
    bare = _BRACKET.sub(" ", item)
    return {norm(item), norm(bare), *(norm(m) for m in _BRACKET.findall(item))} - {""}


_BRACKET = re.compile(r"\(([^()]*)\)")


def problems(case: Case) -> list[str]:
    """What the parse of ``case`` gets wrong: items missed, and skills read that are none of
    the items (a fragment, a label, a level, a heading). Stricter than ``make eval``'s ruler
    (which takes "Sail" for "Sail Rigging"): a spelling must be the item, its words normalised."""
    r = parse(case)
    read = [(s.name, {norm(f) for f in (s.name, *s.surface_forms)}) for s in r.skills]
    out = [
        f"missed {item!r}"
        for item in case.items
        if not any(_forms(item) & forms for _, forms in read)
    ]
    allowed = set().union(*(_forms(i) for i in (*case.items, *case.optional)))
    out += [f"extra {name!r}" for name, forms in read if not forms & allowed]
    spoken = {norm(lang.name) for lang in r.languages}
    out += [f"missed language {x!r}" for x in case.languages if norm(x) not in spoken]
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    picks = [a for a in argv if a != "-v"]
    failed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in CASES:
        if picks and not any(p in f"{case.axis} {case.name}" for p in picks):
            continue
        total[case.axis] += 1
        bad = problems(case)
        if bool(bad) != bool(case.known):
            failed[case.axis] += 1
        if bad or verbose:
            mark = ("KNOWN" if case.known else "FAIL") if bad else ("FIXED" if case.known else "OK")
            print(f"{mark:5}  [{case.axis}] {case.name}: {'; '.join(bad)}")
    for axis in total:
        print(f"{axis:12} {total[axis] - failed[axis]:3} / {total[axis]} pass")
    print(
        f"all          {sum(total.values()) - sum(failed.values()):3} / {sum(total.values())} pass"
    )
    print("(a known limit that still fails counts as a pass)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
