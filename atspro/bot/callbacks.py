"""Every inline-button callback: its prefix, how to build its data and how to read it back.

Callback data is ``<prefix>:<arg>`` (at most 64 bytes). Handlers re-check every id against
the pressing user, so forged data finds nothing. Nothing else in the code spells a prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

ResultAction = Literal["suggestions", "docx", "rewrite", "cover_letter", "open"]
_RESULT = {
    "suggestions": "sg",
    "docx": "dx",
    "rewrite": "rw",
    "cover_letter": "cl",
    "open": "op",
}
_RESULT_BY_PREFIX = {v: k for k, v in _RESULT.items()}
DocKind = Literal["resume", "job"]
# delete asks first; erase is the confirmed delete; keep answers the question with no change.
DocOp = Literal["use", "delete", "erase", "keep"]
_DOC_KIND = {"resume": "r", "job": "j"}
_DOC_OP = {"use": "a", "delete": "d", "erase": "x", "keep": "k"}

# Patterns for CallbackQueryHandler, built from the same tables.
RESULT_PATTERN = r"^(" + "|".join(_RESULT.values()) + "):"
SWITCH_RESUME = "sw:"
SWITCH_PATTERN = r"^sw:"
DOC_PATTERN = r"^[" + "".join(_DOC_OP.values()) + "][" + "".join(_DOC_KIND.values()) + "]:"
DELETE_ACCOUNT_PATTERN = r"^da:"
# A file that reads like the other kind: "mf:r:<task id>" read it as the resume, "mf:j:" as the job.
MISFILED_PATTERN = r"^mf:[rj]:\d+$"
BROADCAST_PATTERN = r"^bc:"
DELETE_ACCOUNT_YES = "da:yes"
DELETE_ACCOUNT_NO = "da:no"
BROADCAST_SEND = "bc:send"
BROADCAST_CANCEL = "bc:cancel"
_BROADCAST_STOP = "bc:stop:"


def result(action: ResultAction, result_id: Any) -> str:
    return f"{_RESULT[action]}:{result_id}"


def parse_result(data: str) -> tuple[ResultAction, str] | None:
    prefix, _, rid = data.partition(":")
    action = _RESULT_BY_PREFIX.get(prefix)
    return (action, rid) if action is not None else None  # type: ignore[return-value]


@dataclass(frozen=True)
class DocButton:
    op: DocOp
    kind: DocKind
    doc_id: str


def document(op: DocOp, kind: DocKind, doc_id: Any) -> str:
    return f"{_DOC_OP[op]}{_DOC_KIND[kind]}:{doc_id}"


def parse_document(data: str) -> DocButton | None:
    head, _, doc_id = data.partition(":")
    ops = {v: k for k, v in _DOC_OP.items()}
    kinds = {v: k for k, v in _DOC_KIND.items()}
    if len(head) != 2 or head[0] not in ops or head[1] not in kinds:
        return None
    return DocButton(ops[head[0]], kinds[head[1]], doc_id)  # type: ignore[arg-type]


def broadcast_stop(task_id: int) -> str:
    return f"{_BROADCAST_STOP}{task_id}"


def parse_broadcast_stop(data: str) -> int | None:
    """The task id of a Stop button (0 for a malformed one), or None for other buttons."""
    if not data.startswith(_BROADCAST_STOP):
        return None
    tail = data.removeprefix(_BROADCAST_STOP)
    return int(tail) if tail.isdigit() else 0


# "Have you used SQL?" after a score (kq: result id, skill index, choice) and the same question
# from /profile (ka: answer id, choice). Choices: y yes (then the role), n no, s skip, l yes
# (Skills list), r<k> yes at role k, e ask again, x forget. Ids are re-checked against the user.
SKILL_QUESTION_PATTERN = r"^kq:"
SKILL_ANSWER_PATTERN = r"^ka:"
_CHOICE = re.compile(r"^(?:[ynslex]|r\d{1,2})$")


@dataclass(frozen=True)
class SkillChoice:
    ref: str  # result id (kq) or answer id (ka)
    index: int  # skill index for kq, 0 for ka
    choice: str


def skill_question(result_id: Any, index: int, choice: str) -> str:
    return f"kq:{result_id}:{index}:{choice}"


def skill_answer(answer_id: Any, choice: str) -> str:
    return f"ka:{answer_id}:{choice}"


def parse_skill(data: str) -> SkillChoice | None:
    parts = data.split(":")
    if parts[0] == "kq" and len(parts) == 4 and parts[2].isdigit() and _CHOICE.match(parts[3]):
        return SkillChoice(parts[1], int(parts[2]), parts[3])
    if parts[0] == "ka" and len(parts) == 3 and _CHOICE.match(parts[2]):
        return SkillChoice(parts[1], 0, parts[2])
    return None


def misfiled(use_as: DocKind, task_id: int) -> str:
    return f"mf:{_DOC_KIND[use_as]}:{task_id}"


def parse_misfiled(data: str) -> tuple[DocKind, int] | None:
    parts = data.split(":")
    kinds = {v: k for k, v in _DOC_KIND.items()}
    if len(parts) != 3 or parts[0] != "mf" or parts[1] not in kinds or not parts[2].isdigit():
        return None
    return kinds[parts[1]], int(parts[2])  # type: ignore[return-value]
