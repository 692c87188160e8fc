"""Preserve, then tailor: the tailored resume starts from the original's text, line by line.

Every visible line of the original is kept, in order; the parse only decides structure (where
the sections are, which lines are bullets). Headings get their standard names. The only changes
are the ones listed in ``Changes``: skills ordered by what the posting asks, grounded bullet
rewrites, a headline made of resume words (only when the person wrote none: their own is kept),
skills the user confirmed, and contact details from the user's profile when the resume has none.
Rendering to DOCX is in ``export.docx``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from atspro.analysis.grounding import rewrite_is_grounded
from atspro.analysis.resume import dates, sections
from atspro.analysis.resume import text as tx
from atspro.analysis.resume.parser import stored_headline
from atspro.analysis.scoring.matching import canonical_skill, contains_term
from atspro.models import Job, Resume, WorkExperience

BlockKind = Literal["name", "line", "heading", "bullet", "entry"]

# Standard heading names, one per canonical section (the parser's section names).
STANDARD_HEADINGS: dict[str, str] = {
    "contact": "Contact",
    "summary": "Summary",
    "experience": "Experience",
    "education": "Education",
    "skills": "Skills",
    "certifications": "Certifications",
    "projects": "Projects",
    "languages": "Languages",
    "awards": "Awards",
    "publications": "Publications",
    "volunteering": "Volunteering",
    "interests": "Interests",
    "references": "References",
    "activities": "Activities",
    "coursework": "Coursework",
    "links": "Links",
    "additional": "Additional Information",
}
assert set(STANDARD_HEADINGS) == set(sections.SYNONYMS), "a section without a standard name"

_LIST_SEPARATORS = (",", ";", "|", "•", "·")
_CONTINUES = re.compile(r"(?:[,;&/(\-–]|\b(?:and|or|of|the|to|in|for|with|by|a|an|on|at))$")
_IN_NUMBER = re.compile(r"\d[,.]\d")  # "10,000" is one number, not two items
MAX_ITEM_WORDS = 6
_GAP = re.compile(r"[ \t]*\t[ \t]*| {3,}")
_LABEL = re.compile(r"^(?P<label>[^:,;|]{1,40}:\s*)(?P<rest>\S.*)$")


@dataclass(frozen=True)
class ConfirmedSkill:
    """A skill the user said they have; ``role`` is the role label they picked (or None)."""

    skill: str
    role: str | None = None


@dataclass(frozen=True)
class ProfileContact:
    phone: str | None = None
    location: str | None = None


@dataclass
class Block:
    """One paragraph of the tailored resume. ``sources`` are the original lines it comes from
    (none: added by tailoring); ``changed`` marks text that differs from them on purpose;
    ``prefix`` is an inline heading the original line started with ("Skills: ")."""

    kind: BlockKind
    text: str
    sources: list[str] = field(default_factory=list)
    changed: bool = False
    prefix: str = ""
    inline: bool = False  # a heading split off its original line: nothing of its own to edit


@dataclass
class Changes:
    """What tailoring changed, for the message that goes with the file."""

    skills_first: list[str] = field(default_factory=list)
    reworded: int = 0
    added_skills: list[str] = field(default_factory=list)
    from_profile: list[str] = field(default_factory=list)
    headline: str | None = None

    def describe(self) -> str:
        parts = []
        if self.skills_first:
            parts.append(f"Reordered skills ({', '.join(self.skills_first[:3])} first)")
        if self.reworded:
            parts.append(f"{self.reworded} bullet{'s' if self.reworded != 1 else ''} reworded")
        if self.added_skills:
            parts.append(f"added {', '.join(self.added_skills)} (you confirmed)")
        if self.headline:
            parts.append("a headline from your own words")
        for what in self.from_profile:
            parts.append(f"{what} from your profile")
        if not parts:
            return "Nothing needed changing: every line is as you wrote it, headings standardised"
        text = "; ".join(parts)
        return text[0].upper() + text[1:]


@dataclass
class Tailored:
    blocks: list[Block]
    changes: Changes

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


def role_label(role: WorkExperience) -> str:
    """How a role is named to the user and stored with a confirmed skill."""
    return " — ".join(x for x in (role.position, role.company) if x) or "Role"


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


# ------------------------------------------------------------------------ skills order ---


def _ranker(job: Job | None) -> dict[str, int]:
    if job is None:
        return {}
    asked = [*job.required_skills, *job.preferred_skills]
    rank: dict[str, int] = {}
    for i, skill in enumerate(asked):
        rank.setdefault(canonical_skill(skill).casefold(), i)
    return rank


def _item_rank(item: str, rank: dict[str, int]) -> int:
    bare = item.strip()
    for candidate in (bare, bare.split("(")[0].strip()):
        hit = rank.get(canonical_skill(candidate).casefold()) if candidate else None
        if hit is not None:
            return hit
    return len(rank) + 1


def _split_items(body: str) -> tuple[str, list[str]] | None:
    """``"Python, SQL (Postgres, MySQL)"`` -> (", ", items); None when not a clean list."""
    counts = {sep: 0 for sep in _LIST_SEPARATORS}
    depth = 0
    for i, ch in enumerate(body):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth == 0 and ch in counts and not _IN_NUMBER.match(body, max(i - 1, 0)):
            counts[ch] += 1
    used = [sep for sep, n in counts.items() if n]
    if len(used) != 1 or "  " in body:  # mixed separators or columns: not one clean list
        return None
    sep = used[0]
    items, depth, cur = [], 0, ""
    for i, ch in enumerate(body):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth == 0 and ch == sep and not _IN_NUMBER.match(body, max(i - 1, 0)):
            items.append(cur.strip())
            cur = ""
        else:
            cur += ch
    items.append(cur.strip())
    if any(not x or len(x.split()) > MAX_ITEM_WORDS for x in items):
        return None  # an empty item, or prose: not a list of skills
    joiner = f"{sep} " if sep in ",;" else f" {sep} "
    return joiner, items


def _reorder_line(line: str, rank: dict[str, int], extra: Sequence[str] = ()) -> tuple[str, int]:
    """A skills line with the asked items first (and ``extra`` appended); its best rank."""
    label_m = _LABEL.match(line)
    label, body = (label_m["label"], label_m["rest"]) if label_m else ("", line)
    split = _split_items(body)
    if split is None:
        if extra:
            return f"{line}, {', '.join(extra)}", len(rank) + 1
        return line, _item_rank(body, rank)
    joiner, items = split
    items = [*items, *extra]
    ordered = sorted(items, key=lambda x: _item_rank(x, rank))
    return label + joiner.join(ordered), _item_rank(ordered[0], rank)


# --------------------------------------------------------------------------- the build ---


@dataclass
class _Section:
    name: str  # canonical, "" for the header block
    heading: str
    lines: list[str]
    title_line: str | None = None  # the heading's own line in the original
    prefix: str = ""  # an inline heading ("Skills: ") before the first body line


def _visible_lines(text: str) -> list[str]:
    """The original's lines as shown: the parser's per-line clean-up (doubled runs, page
    numbers, letter-spaced headings), except that a line which only *looked* letter-spaced
    ("CSS 3 | React JS") keeps its own spaces. Split date ranges stay as written."""
    out = []
    for raw in tx.normalise(text).split("\n"):
        cleaned = tx.split_lines(raw)
        if not cleaned:
            continue
        line = cleaned[0]
        as_written = _GAP.sub("  ", raw).strip()
        tokens = as_written.split()
        spaced = sum(len(t) == 1 for t in tokens) >= 0.9 * len(tokens)
        if not spaced and line.replace(" ", "") == as_written.replace(" ", ""):
            line = as_written
        out.append(line)
    return out


def _sections_of(text: str) -> list[_Section]:
    lines = _visible_lines(text)
    header, found = sections.split_sections(lines)
    seen: set[str] = set()
    out = [_Section("", "", header)]
    for sec in found:
        standard = STANDARD_HEADINGS[sec.name]
        # A second section of the same kind keeps its own words ("Research Experience").
        heading = standard if sec.name not in seen else " ".join(sec.title.split()).title()
        if tx.is_all_caps(sec.title):  # the original's style: an ATS (and our parser) reads
            heading = heading.upper()  # ambiguous one-word lines against it
        line = lines[sec.start]
        if sec.name in seen and _norm(line.rstrip(": ")) == _norm(heading):
            heading = line  # its own words as written ("Technologies:" over a project's tools)
        seen.add(sec.name)
        inline = bool(sec.lines) and sec.lines[0] != line and line.endswith(sec.lines[0])
        prefix = line[: len(line) - len(sec.lines[0])] if inline else ""
        out.append(_Section(sec.name, heading, list(sec.lines), None if prefix else line, prefix))
    return out


def _starts_entry(lines: list[str], n: int) -> bool:
    """A dated line, or a capitalised line right above one, starts a new role or degree."""
    if dates.find_range(lines[n]):
        return True
    return lines[n][0].isupper() and n + 1 < len(lines) and bool(dates.find_range(lines[n + 1]))


def _items(lines: list[str]) -> list[Block]:
    """Lines -> blocks; a wrapped continuation of a bullet joins its bullet."""
    blocks: list[Block] = []
    for n, line in enumerate(lines):
        glyph = tx.bullet_glyph(line)
        body = tx.strip_bullet(line) if glyph else line
        if not body:
            continue
        prev = blocks[-1] if blocks else None
        if (
            glyph is None
            and prev is not None
            and prev.kind == "bullet"
            and (body[0].islower() or _CONTINUES.search(prev.text))
            and not _starts_entry(lines, n)
        ):
            prev.text = prev.text + body if prev.text.endswith("-") else f"{prev.text} {body}"
            prev.sources.append(line)
            continue
        blocks.append(Block("bullet" if glyph else "line", body, [line]))
    return blocks


def _add_to_skills(blocks: list[Block], skills: list[str]) -> None:
    """Confirmed skills with no list to join: a line at the end of the Skills section, or a
    new Skills section after the summary (after the header when there is none)."""
    line = Block("line", ", ".join(skills))
    headings = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    skills_name, summary_name = STANDARD_HEADINGS["skills"], STANDARD_HEADINGS["summary"]
    for n, i in enumerate(headings):
        if blocks[i].text.casefold() == skills_name.casefold():
            end = headings[n + 1] if n + 1 < len(headings) else len(blocks)
            blocks.insert(end, line)
            return
    at = headings[0] if headings else len(blocks)
    for n, i in enumerate(headings):
        if blocks[i].text.casefold() == summary_name.casefold():
            at = headings[n + 1] if n + 1 < len(headings) else len(blocks)
    caps = any(tx.is_all_caps(blocks[i].text) for i in headings)
    blocks[at:at] = [Block("heading", skills_name.upper() if caps else skills_name), line]


class _Builder:
    def __init__(
        self,
        resume: Resume,
        job: Job | None,
        rewrites: dict[str, str],
        confirmed: Sequence[ConfirmedSkill],
        profile: ProfileContact | None,
        original: str,
    ) -> None:
        self.resume = resume
        self.job = job
        self.rewrites = {_norm(k): v for k, v in rewrites.items() if k and v}
        self.original = original
        self.rank = _ranker(job)
        self.profile = profile
        self.changes = Changes()
        new = [c for c in confirmed if c.skill and not contains_term(original, c.skill)]
        labels = {_norm(role_label(r)): r for r in resume.work_experience}
        self.at_role = {
            c.skill: labels[_norm(c.role)] for c in new if c.role and _norm(c.role) in labels
        }
        self.to_list = [c.skill for c in new if c.skill not in self.at_role]

    def build(self, text: str) -> Tailored:
        blocks: list[Block] = []
        for part in _sections_of(text):
            if part.name:
                title = [part.title_line] if part.title_line else []
                changed = bool(title) and part.heading != part.title_line
                blocks.append(
                    Block("heading", part.heading, title, changed, inline=bool(part.prefix))
                )
            body = _items(part.lines)
            if body and part.prefix:
                body[0].prefix = part.prefix
                body[0].sources[0] = part.prefix + body[0].sources[0]
            if part.name == "":
                body = self._header(body)
            elif part.name == "skills":
                body = self._skills(body)
            elif part.name == "experience":
                body = self._roles(body)
            blocks.extend(self._reword(b) for b in body)
        left = [s for s in self.to_list if s not in self.changes.added_skills]
        if left:
            _add_to_skills(blocks, left)
            self.changes.added_skills += left
        return Tailored(blocks, self.changes)

    # -- header: name, contact lines, profile contact, headline
    def _header(self, body: list[Block]) -> list[Block]:
        name = self.resume.contact.full_name
        named = bool(body and name and _norm(name) in _norm(body[0].text))
        if named and len(body[0].text) <= 60:
            body[0].kind = "name"
        fill = []
        c, p = self.resume.contact, self.profile
        if p and p.phone and not c.phone:
            fill.append(p.phone)
            self.changes.from_profile.append("phone")
        if p and p.location and not c.location:
            fill.append(p.location)
            self.changes.from_profile.append("location")
        # Below the line that names the person, also a long one-line header ("Name · Title ·
        # Town · e-mail"): what is added never stands above the name.
        at = 1 if named else 0
        if fill:
            body.insert(at, Block("line", " | ".join(fill)))
            at += 1
        # the person's own headline stays as written (a resume stored before the field was
        # read: its text is read for one, as scoring reads it — ``stored_headline``)
        own = stored_headline(self.resume, self.original)
        headline = None if own else self._headline()
        if headline:
            body.insert(at, Block("line", headline))
            self.changes.headline = headline
        return body

    def _headline(self) -> str | None:
        """Latest title · the asked skills the resume shows; only when there is no summary
        (and no headline of the person's own: the caller asks)."""
        if self.job is None or self.resume.summary or not self.resume.work_experience:
            return None
        title = self.resume.work_experience[0].position
        shown = [
            s.name
            for s in self.resume.skills
            if _item_rank(s.name, self.rank) <= len(self.rank)
            and contains_term(self.original, s.name)
        ]
        shown.sort(key=lambda s: _item_rank(s, self.rank))
        if not title or not shown:
            return None
        line = f"{title} · {', '.join(shown[:4])}"
        return line if not unknown_tokens(self.original, line) else None

    # -- skills: asked first, confirmed added
    def _skills(self, body: list[Block]) -> list[Block]:
        extra = [s for s in self.to_list if s not in self.changes.added_skills]
        before = [Block(b.kind, b.text) for b in body]
        out: list[Block] = []
        ranks: list[int] = []
        for block in body:
            add = extra if extra and _split_items(block.text) is not None else []
            new_text, best = _reorder_line(block.text, self.rank, add)
            if add:
                self.changes.added_skills += add
                extra = []
            block.changed = block.changed or new_text != block.text
            block.text = new_text
            out.append(block)
            ranks.append(best)
        if extra:  # no list line to extend
            out.append(Block("line", ", ".join(extra), changed=True))
            ranks.append(len(self.rank) + 1)
            self.changes.added_skills += extra
        if not any(b.text.rstrip().endswith(":") for b in out):
            order = sorted(range(len(out)), key=lambda i: ranks[i])
            out = [out[i] for i in order]
        self._note_order(before, out)
        return out

    def _note_order(self, before: list[Block], after: list[Block]) -> None:
        def asked(blocks: list[Block]) -> list[str]:
            found = []
            for b in blocks:
                label_m = _LABEL.match(b.text)
                split = _split_items(label_m["rest"] if label_m else b.text)
                for item in split[1] if split else [b.text]:
                    if _item_rank(item, self.rank) <= len(self.rank):
                        found.append(item)
            return found

        first = asked(after)
        if first and [b.text for b in before] != [b.text for b in after] and first != asked(before):
            self.changes.skills_first = first[:3]

    # -- experience: confirmed skills at the chosen role
    def _roles(self, body: list[Block]) -> list[Block]:
        if not self.at_role:
            return body
        starts: list[tuple[int, WorkExperience]] = []
        pos = 0
        for role in self.resume.work_experience:
            keys = [_norm(x) for x in (role.company, role.position) if x]
            for i in range(pos, len(body)):
                if body[i].kind != "bullet" and any(k in _norm(body[i].text) for k in keys):
                    starts.append((i, role))
                    pos = i + 1
                    break
        inserts: dict[int, list[str]] = {}
        for n, (_start, role) in enumerate(starts):
            skills = [s for s, r in self.at_role.items() if r is role]
            if skills:
                end = starts[n + 1][0] if n + 1 < len(starts) else len(body)
                inserts.setdefault(end, []).extend(skills)
        placed = {s for v in inserts.values() for s in v}
        self.to_list += [s for s in self.at_role if s not in placed]
        out: list[Block] = []
        for i in range(len(body) + 1):
            if i in inserts:
                out.append(
                    Block("bullet", f"{STANDARD_HEADINGS['skills']}: {', '.join(inserts[i])}")
                )
                self.changes.added_skills += inserts[i]
            if i < len(body):
                out.append(body[i])
        return out

    # -- grounded rewrites
    def _reword(self, block: Block) -> Block:
        new = self.rewrites.get(_norm(block.text)) if block.kind in ("bullet", "line") else None
        if new and rewrite_is_grounded(block.text, new, self.resume):
            self.changes.reworded += 1
            return Block(block.kind, " ".join(new.split()), block.sources, True, block.prefix)
        return block


def tailor_resume(
    text: str,
    resume: Resume,
    job: Job | None = None,
    *,
    rewrites: dict[str, str] | None = None,
    confirmed: Sequence[ConfirmedSkill] = (),
    profile: ProfileContact | None = None,
) -> Tailored:
    """The original ``text`` (as the parser saw it), tailored to ``job``: see the module doc.

    ``resume`` is the parse of ``text``; it decides structure, never content.
    """
    return _Builder(resume, job, rewrites or {}, confirmed, profile, text).build(text)


# ---------------------------------------------------------------------- the invariants ---

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:\.[^\W_]+)*")
_WORDS = re.compile(r"[^\W_]+")


def _word_stream(text: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(tx.normalise(text))]


def substantive_lines(text: str) -> list[str]:
    """The original's lines that carry content: two words or more, page furniture left out."""
    out = []
    for line in _visible_lines(text):
        found = sections.detect_heading(line)
        if found is not None:  # the heading's words are replaced by its standard name
            line = found.rest or ""
        if len(_WORDS.findall(line)) >= 2:
            out.append(line)
    return out


def missing_lines(original: str, tailored: str) -> list[str]:
    """Substantive original lines not kept: their words neither appear in order in the
    tailored text nor all together in one tailored line (a reordered skills list)."""
    haystack = " " + " ".join(_word_stream(tailored)) + " "
    bags = [Counter(_word_stream(line)) for line in tailored.splitlines()]
    missing = []
    for line in substantive_lines(original):
        words = _word_stream(line)
        if " " + " ".join(words) + " " in haystack:
            continue
        need = Counter(words)
        if not any(not (need - bag) for bag in bags):
            missing.append(line)
    return missing


def unknown_tokens(original: str, tailored: str, allowed: Iterable[str] = ()) -> list[str]:
    """Capitalised words, acronyms and numbers in ``tailored`` found nowhere in the sources."""
    known: set[str] = set()
    for source in [original, *allowed, *STANDARD_HEADINGS.values()]:
        known.update(t.casefold() for t in _TOKEN.findall(tx.normalise(source)))
    out = []
    for token in _TOKEN.findall(tx.normalise(tailored)):
        if (token[0].isupper() or token[0].isdigit()) and token.casefold() not in known:
            out.append(token)
    return list(dict.fromkeys(out))
