"""Resume text -> ``Resume``: contact, summary, roles, education, skills, and more.

Pure, deterministic and offline: the same text (and ``today``) always gives the same result.
How it works (details in docs/resume.md):

1. clean the text into lines (ligatures, soft hyphens, page numbers, split date ranges);
2. find section headings by their words, whatever the styling, and cut the lines into
   canonical sections; the lines before the first heading are the header;
3. read each section with its own reader (roles are anchored on their date ranges);
4. find skills with the taxonomy index over the whole text, remembering the sections;
5. add up the years of experience over the union of the role date ranges.

Entry point: ``parse_resume(text, today=None)``.
"""

from __future__ import annotations

import calendar
import logging
import re
from datetime import date

from atspro.analysis.resume import (
    certificates,
    dates,
    education,
    entries,
    extras,
    places,
    reflow,
    role_header,
    role_sentences,
    roles,
    sections,
    skill_hits,
    skill_lines,
    skill_lists,
    years,
)
from atspro.analysis.resume import contact as ct
from atspro.analysis.resume import headline as hl
from atspro.analysis.resume import names as nm
from atspro.analysis.resume import text as tx
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import EducationLevel, Resume, Skill, WorkExperience

__all__ = ["EmptyResumeText", "parse_resume"]

log = logging.getLogger(__name__)

_MAX_ROLE_MONTHS = 12 * 60  # a single role longer than 60 years is a misread date


class EmptyResumeText(ValueError):
    """The text has no letters or digits at all (empty, whitespace or invisible characters)."""

    def __init__(self) -> None:
        super().__init__(
            "The resume has no readable text. If it is a scanned image, export it as a text "
            "PDF or DOCX and send it again."
        )


NAME_FROM_FILE = "name read from the file name (the text names nobody): check it"


def parse_resume(
    text: str,
    *,
    today: date | None = None,
    filename: str | None = None,
    max_line_chars: int = tx.MAX_LINE_CHARS,
) -> Resume:
    """Parse resume ``text`` into a ``Resume``.

    ``today`` is the date "Present" means (default: the real today); pass it for
    reproducible results. ``filename``: the file's name, read for a name ("Jane_Doe_CV.pdf")
    only when the text has none, with the ``NAME_FROM_FILE`` warning. Raises
    ``EmptyResumeText`` when there is nothing to read; any other text gives a ``Resume``
    (possibly with ``warnings``). ``max_line_chars`` (setting ``RESUME_MAX_LINE_CHARS``): a
    longer line is cut into lines of at most that length before the rules read it.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_resume expects str, got {type(text).__name__}")
    cleaned = tx.normalise(text, digits=True)
    if not any(ch.isalnum() for ch in cleaned):
        raise EmptyResumeText()
    restored = reflow.restore_lines(cleaned)  # one-line (flattened) resumes get their lines
    lines = tx.split_lines(tx.bound_lines(restored, max_line_chars))  # a hostile blob is cut
    reflowed = restored is not cleaned
    # "05/03/2019" is 5 March in a day-first document; a reflowed text's lines are guesses
    with dates.day_first_dates(lines), entries.guessed_lines(reflowed):
        resume = _Parser(lines, today or date.today(), reflowed).parse()
    if not resume.contact.full_name and (name := nm.name_from_filename(filename)):
        resume.contact.full_name = name
        resume.warnings = [NAME_FROM_FILE if w == "no name found" else w for w in resume.warnings]
    return resume


def stored_headline(resume: Resume, text: str | None) -> str | None:
    """The headline of a ``resume`` loaded from storage: its own, or, for one stored before the
    field existed (no "headline" key: pydantic leaves the field out of ``model_fields_set``),
    the headline read again from its ``text``. Scoring, the stored resume's reuse and tailoring
    all take it from here, so a resume reads the same headline on every path."""
    if resume.headline or "headline" in resume.model_fields_set or not text:
        return resume.headline
    try:
        return parse_resume(text).headline
    except Exception:  # an unreadable stored text: no headline, never a traceback
        return None


class _Parser:
    def __init__(self, lines: list[str], today: date, reflowed: bool = False) -> None:
        self.lines = lines
        self.reflowed = reflowed  # a flattened text: its last lines are no name block
        self.today = today
        self.warnings: list[str] = []
        self.labels = ["contact"] * len(lines)  # section of each line, for skills
        self.borrowed_roles = False  # roles read from volunteer/campus sections

    def parse(self) -> Resume:
        header, found = sections.split_sections(self.lines)
        found = _rejoin_role_subheadings(found, self.lines)
        for sec in found:
            for i in range(sec.start, sec.end):
                self.labels[i] = sec.name
        self.header = header
        contact_part, summary_part, implicit_roles = self._read_header(header)
        self.by_name: dict[str, list[list[tuple[int, str]]]] = {}
        for sec in found:
            self.by_name.setdefault(sec.name, []).append(_numbered(sec))

        resume = Resume()
        contact_lines = contact_part + self._lines_of("contact", "links")
        # A referee's email or phone is not the candidate's: skip the references section.
        own_lines = [
            x for x, label in zip(self.lines, self.labels, strict=True) if label != "references"
        ]
        resume.contact = ct.extract_contact(
            contact_part,
            contact_lines,
            own_lines,
            self._region_hint(contact_lines),
            name_lines=(self.header or contact_part)[:12],
            last_lines=self.lines[-3:],
        )
        name = resume.contact.full_name
        top = [x.casefold() for x in (header or self.lines)[:8]]
        if self.reflowed and name and not any(name.casefold() in x for x in top):
            resume.contact.full_name = None  # read from the end of a one-line text
        summary_lines = self._lines_of("summary") or summary_part
        resume.summary = tx.paragraph(summary_lines) or None
        # the title the person claims: the header's headline, else the summary's opening
        # (a title line is a role's when dates follow it in the header lines no role took)
        unread = header[: len(header) - len(implicit_roles)]
        resume.headline = hl.read_headline(
            contact_part, summary_lines, resume.contact.full_name, unread
        )

        spilled: list[tuple[int, str]] = []  # education lines found among the roles
        groups = ([implicit_roles] if implicit_roles else []) + self.by_name.get("experience", [])
        for group in groups:
            group = roles.without_own_name(group, resume.contact.full_name, self.header[:8])
            work = group is not implicit_roles  # a real Experience section's roles
            resume.work_experience.extend(self._roles(group, spilled, work=work))
        if not groups:
            # Students and career changers: with no Experience section, an ATS reads dated
            # volunteer, leadership and campus roles as the experience there is.
            for name in ("volunteering", "activities"):
                for group in self.by_name.get(name, []):
                    resume.work_experience.extend(
                        r for r in self._roles(group, spilled) if r.start is not None
                    )
            self.borrowed_roles = bool(resume.work_experience)
        # "Presently working as Analyst at Zeta Bank" in the summary: a role the roles lack.
        resume.work_experience += role_sentences.extra_roles(
            [self.header, summary_lines], resume.work_experience
        )
        edu_ends = {sec[-1][0] for sec in self.by_name.get("education", []) if sec}
        for name in ("activities", "coursework", "awards"):
            for sec in self.by_name.get(name, []):
                if self._entry_label(sec, edu_ends, glued=name == "awards"):
                    spilled += sec
        numbered_edu = sorted(
            spilled + [x for sec in self.by_name.get("education", []) for x in sec]
        )
        resume.education = education.parse_education([line for _, line in numbered_edu])
        if not resume.education and not numbered_edu:
            resume.education = (
                education.education_in_header(self.header)
                or education.degrees_in(self._lines_of("certifications"))
                or education.dated_degree_lines(self.lines)
            )
        # "Diploma in Computer Applications" listed under Technical Skills
        resume.education += education.degrees_among_skills(
            self._lines_of("skills"), resume.education
        )

        _drop_own_name(resume)
        resume.certifications = certificates.parse_certifications(self._lines_of("certifications"))
        if not numbered_edu:  # degrees read under "Professional Development" are no certificates
            resume.certifications = [
                c
                for c in resume.certifications
                if not education.names_entry(c.name, resume.education)
            ]
        # "Certificate in Child Psychology" under Education, "CPR Certification" under Awards
        resume.certifications += certificates.elsewhere(
            [line for _, line in numbered_edu],
            self.header + self._lines_of(*certificates.ELSEWHERE),
            self._lines_of("experience"),
            resume.certifications,
        )
        language_lines = [
            line
            for line in self._lines_of("skills")
            if re.match(r"^\W*(?:spoken\s+)?languages?\b", line, re.IGNORECASE)
        ]
        resume.languages = extras.parse_languages(
            extras.naming_languages(self._lines_of("languages")) + language_lines
        )
        resume.projects = extras.parse_projects(self._lines_of("projects"))
        named = [
            x
            for x in (
                resume.contact.full_name,
                resume.contact.location,
                *(w.company for w in resume.work_experience),
                *(w.position for w in resume.work_experience),
                *(w.location for w in resume.work_experience),
                *(e.institution for e in resume.education),
            )
            if x
        ]
        not_skills = [
            *named,
            *(e.field for e in resume.education if e.field),  # "BS in Journalism": a major
            *(e.degree for e in resume.education if e.degree),  # "BACHELOR OF ARTS"
        ]
        resume.skills = self._skills(not_skills)
        list_lines = skill_lines.skill_list_lines(self.lines, self.labels, resume.skills)
        if skill_hits.writing_guide(
            self.lines, self.labels
        ):  # advice to a reader: no one's claim (round 16)
            resume.skills, list_lines = [], []
            self.warnings.append("the text reads as a guide to writing a resume: no skills read")
        listed = skill_lists.read_skill_lists(list_lines, resume.skills, named)
        resume.skills += listed.skills
        resume.languages += extras.languages_listed(listed.spoken, resume.languages)
        resume.total_years_experience = self._total_years(
            resume.work_experience,
            _student_since(resume, self.today, [line for _, line in numbered_edu]),
        )
        resume.stated_years_experience = years.stated_years(
            header + summary_lines, self.lines, resume.total_years_experience
        )

        c = resume.contact
        names = ["contact"] if (c.full_name or c.email or c.phone or c.links) else []
        if summary_part and not self._lines_of("summary"):
            names.append("summary")
        if implicit_roles:
            names.append("experience")
        resume.sections = list(dict.fromkeys(names + [sec.name for sec in found]))
        self._final_warnings(resume, "experience" in self.by_name, bool(implicit_roles))
        resume.warnings = list(dict.fromkeys(self.warnings))
        return resume

    def _lines_of(self, *names: str) -> list[str]:
        return [line for name in names for sec in self.by_name.get(name, []) for _, line in sec]

    def _entry_label(self, sec: list[tuple[int, str]], edu_ends: set[int], *, glued: bool) -> bool:
        """``sec``, right after Education, was an entry's own label read as a heading
        ("Activities:", "Relevant Coursework"; with ``glued`` only a label with its text on the
        line: "Honours: …"): its lines go on listing schools or degrees with their schools."""
        if not sec or not {sec[0][0] - 1, sec[0][0] - 2} & edu_ends:
            return False
        if glued and self.lines[sec[0][0]].strip() == sec[0][1].strip():
            return False
        lines = [x for _, x in sec]
        return education.lists_schools(lines) or education.lists_entries(lines)

    def _read_header(self, header: list[str]) -> tuple[list[str], list[str], list[tuple[int, str]]]:
        """Lines before the first heading -> (contact lines, summary paragraph written without
        a heading, roles written without an "Experience" heading)."""
        implicit_roles: list[tuple[int, str]] = []
        pre, blocks = entries.segment_by_dates(header)
        if blocks and any(_role_like(b) for b in blocks):
            first = max(len(pre), 1)  # the first line is the name, never a role
            implicit_roles = list(enumerate(header))[first:]
            for i, _ in implicit_roles:
                self.labels[i] = "experience"
            header = header[:first]
        contact_part, summary_part = _split_header(header)
        for i in range(len(contact_part), len(header)):
            self.labels[i] = "summary"
        return contact_part, summary_part, implicit_roles

    # ----------------------------------------------------------------------------- roles

    def _roles(
        self, group: list[tuple[int, str]], spilled: list[tuple[int, str]], *, work: bool = False
    ) -> list[WorkExperience]:
        """The roles of one section; ``work``: a real Experience section, the only one where a
        dated block naming neither title nor employer is read as a role (`_nameless`)."""
        group = entries.split_joined_roles(group)  # "Analyst, Acme, 2019–21; Engineer, …"
        lines = [line for _, line in group]
        lead, blocks = entries.segment_by_dates(lines, lead_roles=True)
        dated = bool(blocks)
        if dated:  # degree lines above the first role: a layout's education column
            spilled.extend(group[len(lead) - len(_cut_education_spill(lead)[1]) : len(lead)])
        if not blocks:
            blocks = [b for b in entries.segment_by_headers(lines) if b.header]
        listed = not dated and role_header.bracket_list([b.header for b in blocks])
        out: list[WorkExperience] = []
        open_ended: list[WorkExperience] = []  # "2013 –" with no end written
        above: WorkExperience | None = None  # an undated role whose header ends its block
        stacked: list[WorkExperience] = []  # dates lines with nothing under them yet
        last: tuple[WorkExperience, list[str]] | None = None  # the last block's role, its body
        for block in blocks:
            header_text = " ".join(block.header)
            if _is_education(block.header):
                spilled.extend(group[block.first : block.stop])
                continue
            body, moved = _cut_education_spill(block.body)
            if moved:
                spilled.extend(group[block.stop - len(moved) : block.stop])
            header = block.header
            said = role_sentences.dated_sentence(header)  # "Sep 2011 - Sep 2013. Wrote …"
            if said:
                header, body = said.header, [said.text, *body]
            role = role_header.parse_role_header(header, dated=block.range is not None)
            pair = role_header.listed_bracket_employer(header) if listed else None
            if pair and not role.company:  # "Barista (Acme Coffee)" in a list of such lines
                role.position, role.company = pair
            if block.range and not (role.position or role.company):
                role.position = _wrapped_title(header)  # "2014-2017: TITLE FOR" / "EMPLOYER …"
            body = role_header.title_from_body(role, body)
            if role.position and not role.company and last is not None:
                # the employer and its description ending the previous role's body
                found = role_header.employer_above(last[1])
                if found:
                    role.company, role.location = (
                        found[0].company,
                        role.location or found[0].location,
                    )
                    last[0].bullets = tx.join_wrapped(last[1][: -found[1]])
            role_sentences.amend(role, header, body, block.raw_header)  # "Worked as X at Y …"
            item = WorkExperience(
                company=role.company,
                position=(said and said.position) or role.position,  # the dates line's own
                location=role.location,
                bullets=tx.join_wrapped(body),
            )
            last = (item, body)
            same = role_sentences.continued_role(said, out[-1] if out else None) if said else None
            if same and not (item.company or item.position):
                item.company, item.position = same.company, same.position
            run_on = not (item.company or item.position) and _dated_run_on(block)
            if run_on:  # "2016 – 2018: Worked with the team at" / "the Acme plant.": a duty
                item.bullets = tx.join_wrapped([block.header[0], *body])
            # (not under a dated role with no body yet: a second stint of it, `stint_below`)
            stint = bool(out) and not out[-1].bullets and out[-1].start is not None
            unnamed = not (item.company or item.position or run_on or stint)
            nameless = work and unnamed and _nameless(block, body)
            # "Notable work:" / "2021 – 2022" / "- Built the engine" right under a named role's
            # duties, within its dates: a sub-block of that role, its duties that role's; under
            # an undated named role, that role's own dates (round 17 review)
            sub_block = nameless and _sub_block(out[-1] if out else None, block.range)
            if nameless and not item.location:
                item.location = next((x.strip(" ,.") for x in block.header if tx.words(x)), None)
            if block.range:
                item.start = block.range.start
                item.end = block.range.end
                item.is_current = block.range.is_current
                if item.end and dates.month_index(item.end) < dates.month_index(
                    item.start or item.end
                ):
                    self.warnings.append(f"dates not parseable: {_clip(header_text)}")
            elif not dated and header_text:
                self.warnings.append(f"dates not parseable: {_clip(header_text)}")
            if not (item.company or item.position) and block.range and above is not None:
                # "Analyst" / "Acme Corp" / "-" / "Springfield, IL" / "2018 – Present": the dates
                # under an undated role with no body are that role's, as is what follows
                above.start, above.end, above.is_current = item.start, item.end, item.is_current
                above.location = above.location or item.location
                above.bullets += item.bullets
                item = above
            elif sub_block:
                if out[-1].start is None:  # "Florist, Acme" / "- Sold flowers." / "2013 – 2016"
                    out[-1].start, out[-1].end = item.start, item.end
                    out[-1].is_current = item.is_current
                out[-1].bullets += item.bullets
            elif item.company or item.position or run_on or nameless:
                # "2019 – current" / "2012 – 2015" / "Acme Bank": dates stacked over one header
                # are that role's periods (not when the header stands above its own dates)
                on_top = bool(block.raw_header) and bool(dates.find_dates(block.raw_header[0]))
                out += [item.model_copy(update=_period(s)) for s in stacked if on_top] + [item]
                out += years.stint_roles(item, block.range)  # "2012–2014, again 2018–2021"
            else:
                if block.range and not (block.header or body):
                    stacked.append(item)
                elif again := years.stint_below(
                    out[-1] if out else None, item, block.raw_header, body
                ):
                    out.append(again)  # "Acme" / "Analyst" / "2012 – 2014" / "2018 – 2021"
                above = None
                continue
            stacked = []
            if block.range and block.range.open_end:
                open_ended.append(item)
            undated = block.range is None and item.start is None
            above = item if undated and not tx.words(" ".join(body)) else None
        years.settle_open_ends(out, open_ended)
        out = [w for w in out if not role_header.membership(w.position, w.company)]
        nested = roles.nest_titles(out + role_sentences.extra_roles([lines], out))
        return roles.merge_repeats(nested)  # a role listed twice (the text repeats)

    # ---------------------------------------------------------------------------- skills

    def _skills(self, not_skills: list[str]) -> list[Skill]:
        # A line wrapped mid-sentence (the next one starts in lower case) or inside a known
        # name ("Power" / "BI") is joined with a space, so "conflict\nresolution" reads as in a
        # one-column layout. Same offsets.
        parts, starts, pos = [], [], 0
        for n, line in enumerate(self.lines):
            starts.append(pos)
            pos += len(line) + 1
            nxt = self.lines[n + 1] if n + 1 < len(self.lines) else ""
            wrapped = nxt[:1].islower() or skill_hits.wrapped_name(line, nxt)
            parts.append(line + (" " if wrapped else "\n"))
        joined = "".join(parts)[:-1] if parts else ""
        try:
            hits = get_index().find(joined)
        except Exception as exc:  # the taxonomy must never take the whole parse down
            log.warning("skill index failed: %s", type(exc).__name__)
            self.warnings.append("skills could not be read")
            return []
        return skill_hits.skills_from_hits(hits, starts, self.labels, self.lines, not_skills)

    # ----------------------------------------------------------------------------- years

    def _total_years(self, work: list[WorkExperience], since: int | None) -> float | None:
        """``since``: the earliest plausible working month (students only, see below)."""
        days = calendar.monthrange(self.today.year, self.today.month)[1]
        now = self.today.year * 12 + self.today.month - 1 + (self.today.day - 1) / days
        spans: list[tuple[float, float]] = []
        for role in work:
            if not role.start or roles.is_internship(role.position):
                continue  # internships are not years of experience
            start: float = max(dates.month_index(role.start), since or 0)
            if role.is_current:
                end = now
            elif role.end:
                end = years.end_month(role.start, role.end)
            else:
                continue
            end = min(end, now)
            if end < start or end - start > _MAX_ROLE_MONTHS:
                continue
            spans.append((start, end))
        return years.union_years(spans)

    # -------------------------------------------------------------------------- warnings

    def _region_hint(self, contact_lines: list[str]) -> str | None:
        for line in (*contact_lines[:12], *self.lines):
            place = places.find_place(line)
            if place and place.region:
                return place.region
        return None

    def _final_warnings(self, resume: Resume, has_heading: bool, implicit: bool) -> None:
        c = resume.contact
        if not c.full_name:
            self.warnings.append("no name found")
        if not c.email:
            self.warnings.append("no email found")
        if not c.phone:
            self.warnings.append("no phone number found")
        if self.borrowed_roles:
            self.warnings.append(
                "no experience section found: dated volunteer and campus roles were read as "
                "experience (a heading named Experience helps an ATS)"
            )
        elif not has_heading:
            self.warnings.append(
                "no experience section heading found (roles were read from their dates)"
                if implicit and resume.work_experience
                else "no experience section found"
            )
        if not resume.education:
            self.warnings.append("no education found")
        if not resume.skills:
            self.warnings.append("no skills found")


_STUDY_YEARS = {EducationLevel.BACHELOR: 6, EducationLevel.ASSOCIATE: 4}


def _student_since(resume: Resume, today: date, education_lines: list[str]) -> int | None:
    """A student (a first degree still to come) has worked at most since about age 16: the
    expected graduation less six years, or two years before a degree written "2023 –
    Present" began. A "Present" on a school job does not add more."""
    if any((e.level or 0) > EducationLevel.BACHELOR for e in resume.education):
        return None
    enrolled = years.enrolled_since(education_lines, resume, today) if resume.education else None
    limits = [
        dates.month_index(e.graduation_date) - 12 * _STUDY_YEARS[e.level]
        for e in resume.education
        if e.graduation_date
        and e.level in _STUDY_YEARS
        and int(e.graduation_date[:4]) >= today.year
    ]
    limits += [enrolled] if enrolled is not None else []
    return min(limits) if limits else None


def _numbered(sec: sections.Section) -> list[tuple[int, str]]:
    """Section lines with their line numbers (a heading's glued text keeps the heading's)."""
    glued = len(sec.lines) - (sec.end - sec.start - 1)
    out = [(sec.start, line) for line in sec.lines[:glued]]
    return out + list(zip(range(sec.start + 1, sec.end), sec.lines[glued:], strict=True))


def _split_header(header: list[str]) -> tuple[list[str], list[str]]:
    """Header -> (contact lines, summary paragraph lines written without a heading)."""
    for i, line in enumerate(header):
        if i >= 1 and _is_prose(line):
            rest = header[i:]
            contact_like = [x for x in rest if ct.looks_like_contact(x)]
            return header[:i] + contact_like, [x for x in rest if x not in contact_like]
    return header, []


def _is_prose(line: str) -> bool:
    ws = tx.words(line)
    return len(ws) >= 12 and tx.capitalised_ratio(line) < 0.5 and "@" not in line


def _role_like(block: entries.Block) -> bool:
    role = role_header.parse_role_header(block.header)
    return bool(role.position and (role.company or block.body))


def _is_education(header: list[str]) -> bool:
    # "Hillcrest College, Baltimore, MD": a state code is not a medical degree.
    text = " ".join(_without_place(h) for h in header)
    found = education.find_degree(text)
    if not found or education.loose_job(text, found):
        return False
    # "Técnico Superior en X" that loose_job has read as no job (no employer) is no title
    titled = any(roles.is_title(h) and not education.TECNICO.search(h) for h in header)
    if titled and found[1] == EducationLevel.HIGH_SCHOOL and "school" in found[0].lower():
        return False  # "Principal, Walt Whitman High School": a job at a school
    if roles.is_title(text[: found[2][0]]):
        return False  # "Lecturer, MBA program, Eastland University": a post, the title first
    return not titled or bool(
        education.INSTITUTION.search(text) and not any(roles.is_company(h) for h in header)
    )


_SUBHEADINGS = ("achievements", "keyachievements", "accomplishments", "keyaccomplishments")


def _rejoin_role_subheadings(
    found: list[sections.Section], lines: list[str]
) -> list[sections.Section]:
    """ "Achievements" under a role reads as an awards heading and cuts the experience section
    short: when such a section follows experience and holds dated roles, it is experience."""
    out: list[sections.Section] = []
    dated_runs = _dated_subheading_runs(found)
    for n, sec in enumerate(found):
        prev = out[-1] if out else None
        nxt = found[n + 1] if n + 1 < len(found) else None
        after_roles = prev is not None and prev.name == "experience"
        # one pass over the entries: the roles that go on in a "Projects" section, if any
        shapes = (
            entries.entry_shapes(sec.lines)
            if after_roles and sec.name in entries.ROLE_LIKE_SECTIONS
            else []
        )
        cut = _roles_resume(sec, shapes)
        if cut is not None:  # "Selected projects:" under a role, then the roles go on
            if cut == 0:
                prev.lines.extend(lines[sec.start : sec.end])
                prev.end = sec.end
                continue
            rest = sections.Section("experience", sec.title, sec.lines[cut:], sec.start + cut)
            rest.end = sec.end
            sec.lines, sec.end = sec.lines[:cut], sec.start + 1 + cut
            out += [sec, rest]
            continue
        if (
            prev is not None
            and prev.name == "experience"
            and (
                dated_runs[n]
                or entries.holds_roles(shapes)  # entries.continues_roles, one segmentation
                # "Activities" / "For All" / "Projects": words of a sentence a flattened
                # text broke into headings, between two parts of the roles.
                or (
                    sec.name in entries.ROLE_LIKE_SECTIONS
                    and len(sec.lines) <= 2
                    and nxt is not None
                    and entries.continues_roles(nxt.name, nxt.lines)
                )
            )
        ):
            prev.lines.extend(lines[sec.start : sec.end])
            prev.end = sec.end
            continue
        out.append(sec)
    return out


def _role_subheading(sec: sections.Section) -> bool:
    return sec.name == "awards" and re.sub(r"[^a-z]", "", sec.title.lower()) in _SUBHEADINGS


def _dated_subheading_runs(found: list[sections.Section]) -> list[bool]:
    """For each section: an "Achievements" under a role whose run of such sub-headings holds
    a role's dates, in its own lines or a later one's of the run ("Achievements" / "2011" /
    "Acme University" / "Achievements" / "2008-2009" / "Globex": each role repeats it, and a
    role dated by one year alone dates none). One pass from the end."""
    out = [False] * len(found)
    later = False
    for n in range(len(found) - 1, -1, -1):
        sec = found[n]
        later = _role_subheading(sec) and (
            later or any(entries.anchor_range(line) and not _honour(line) for line in sec.lines)
        )
        out[n] = later
    return out


# An honour's words: "Dean's List", "Honor Roll", "Employee of the Year".
_HONOUR = re.compile(r"dean[’']?s\s+list|honou?r\s+roll|of\s+the\s+(?:year|month|quarter)", re.I)


def _honour(line: str) -> bool:
    """ "Dean's list, Acme University, 2010 - 2012": a dated line under "Achievements" that
    reads as an award (a prize's words) or names a school with no job title beside it: an
    honour's dates, not a role's."""
    if _HONOUR.search(line) or roles.NOT_EMPLOYER.search(line):
        return True
    return bool(education.INSTITUTION.search(line)) and not any(
        roles.is_title(seg) for seg in roles.segments(line)
    )


def _roles_resume(sec: sections.Section, shapes: list[entries.EntryShape]) -> int | None:
    """A "Projects" heading under a role ("Projects :", "Selected projects:") after which
    the roles go on ("Globex, Product Manager, Springfield 2006"): where in its lines they
    do (0: from the start), else None (``shapes``: ``entries.entry_shapes`` of its lines).
    Not for a heading's glued text."""
    if sec.name != "projects" or len(sec.lines) != sec.end - sec.start - 1:
        return None
    found = entries.roles_from(shapes)
    return found[0] if found is not None else None


def _drop_own_name(resume: Resume) -> None:
    """The candidate's own name (a running header between roles) is never their employer."""
    name = (resume.contact.full_name or "").casefold()
    for role in resume.work_experience:
        if name and role.company and role.company.casefold() == name:
            role.company = None
    # a dated role whose dates line ran on into a duty names neither, and keeps its dates
    resume.work_experience = [
        w for w in resume.work_experience if w.company or w.position or (w.start and w.bullets)
    ]


def _without_place(line: str) -> str:
    place = places.find_place(line)
    return f"{line[: place.span[0]]} {line[place.span[1] :]}" if place else line


def _cut_education_spill(body: list[str]) -> tuple[list[str], list[str]]:
    """Two-column layouts can drop the education column into the last role's bullets."""
    for i, line in enumerate(body):
        if tx.bullet_glyph(line) or len(line) > 100 or len(tx.words(line)) > 12:
            continue
        found = education.find_degree(line)
        if not found:
            continue
        if (
            found[1] < EducationLevel.ASSOCIATE
            or found[2][0] > 0
            or education.loose_line(line, found)
        ):
            continue
        cut = i - 1 if i > 0 and education.INSTITUTION.search(body[i - 1]) else i
        return body[:cut], body[cut:]
    return body, []


def _period(dated: WorkExperience) -> dict[str, object]:
    """Another period of a role: its dates, no bullets of its own."""
    return {"start": dated.start, "end": dated.end, "is_current": dated.is_current, "bullets": []}


# What a header line wrapped mid-phrase ends with ("FIELD COORDINATOR FOR THE NORTHERN DISTRICT FOR"
# / "UMBRELLA RELIEF in …"): the header reader takes it for a sentence and the role, its dates
# and its years were lost (round 16, dates).
_DANGLING_WORDS = frozenset(("for", "of", "at", "in", "with", "and", "to", "&"))


def _wrapped_title(header: list[str]) -> str | None:
    """The title of a one-line dated header that ends in a dangling function word, the words
    before it when they read as a title (``roles.is_title``), else None."""
    if len(header) != 1:
        return None
    parts = header[0].rstrip(" ,").rsplit(None, 1)
    if len(parts) != 2 or parts[1].lower() not in _DANGLING_WORDS:
        return None
    left = parts[0].strip(" ,:;-–—")
    if not 1 <= len(left.split()) <= 8 or ";" in left or dates.find_dates(left):
        return None  # "Treasurer (2011-2012); Chair, Events Committee and": a list of posts
    return left if roles.is_title(left) else None


# A dated period away from work, told in its first line: never a nameless role.
_CAREER_BREAK = re.compile(
    r"\b(?:career\s+break|sabbatical|(?:raised|raising)\s+(?:a|my|our)\s+(?:family|child|children|kids)"
    r"|(?:parental|maternity|paternity)\s+leave|full[- ]time\s+(?:parent|mother|father|carer)"
    r"|stay[- ]at[- ]home)\b",
    re.IGNORECASE,
)


# A dated block's body that tells no paid work: study, training, travel, care, a gap, volunteer
# work or a citation ("Graduated B.Sc.", "Completed the PMP course", "Travelled abroad",
# "Cared for a relative", "Unemployed; job seeking", "Volunteered at", "Journal of … 12(3)").
_NOT_PAID_WORK = re.compile(
    r"\b(?:graduat\w*|stud(?:y|ied|ying|ies|ent)|universit\w*|college|school|degree|b\.?\s?sc"
    r"|diploma|travel\w*|backpack\w*|gap\s+year|certificat\w*|certified|course\w*|training"
    r"|retrain\w*|bootcamp|cared|caring|carer|unemploy\w*|job[- ]seek\w*|job\s+search\w*"
    r"|volunteer\w*|journal|proceedings|conference|published|\d+\s?\(\d+\))",
    re.IGNORECASE,
)


def _sub_block(prev: WorkExperience | None, rng: dates.DateRange | None) -> bool:
    """A dated block right under ``prev``'s duties belongs to ``prev`` when ``prev`` is named
    and undated, or when the block's dates lie within ``prev``'s (a project of that role);
    dates outside them are another role's."""
    if prev is None or not (prev.company or prev.position) or rng is None or not rng.start:
        return False
    if prev.start is None:
        return True
    if dates.month_index(rng.start) < dates.month_index(prev.start):
        return False
    if prev.is_current or not prev.end:
        return True
    return bool(rng.end) and dates.month_index(rng.end) <= dates.month_index(prev.end)


def _nameless(block: entries.Block, body: list[str]) -> bool:
    """ "2019 – 2022" / "- Built the test rigs.": a dated role naming neither title nor employer
    (no header beside its dates, or a town alone), its body opening with a duty's verb and
    telling no study, training, travel, care, volunteer work or citation. Kept with empty
    names: its dates and duties count for years and tailoring (round 17; the role was
    dropped). Only in a real Experience section (the caller's ``work``)."""
    if block.range is None or not body:
        return False
    if any(not places.is_place_name(x.strip(" ,.")) for x in block.header if tx.words(x)):
        return False
    first = tx.strip_bullet(body[0])
    if _CAREER_BREAK.search(first[:200]):
        return False  # "Raised a family", "Career break: travelled": no work to count
    if any(_NOT_PAID_WORK.search(x[:300]) for x in body[:2]):
        return False
    return roles.opens_with_verb(first)


def _dated_run_on(block: entries.Block) -> bool:
    """A dates line that runs on into a sentence wrapped after a function word ("2016 – 2018:
    Worked with the team at" / "the Acme plant."), with no title or employer read from it: the
    role is kept with its dates, the sentence its first duty (round 16: the role was lost)."""
    if len(block.header) != 1 or not block.raw_header or block.range is None:
        return False
    line = block.header[0].strip()
    if line not in block.raw_header[0] or not dates.find_dates(block.raw_header[0]):
        return False  # the sentence must be on the dates line itself
    words = line.rstrip(" ,").split()
    return (
        len(words) >= 3
        and words[-1].lower() in _DANGLING_WORDS
        and any(w[:1].islower() for w in words[1:-1])
        and _wrapped_title(block.header) is None
    )


def _clip(text: str, limit: int = 60) -> str:
    text = tx.collapse(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
