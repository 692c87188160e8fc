"""One ArangoDB document -> column values of our schema. Pure: no I/O, same input, same output.

The rule that keeps the import lossless: every top-level field of a source document ends up
either in a column, exactly, or verbatim under ``metadata.arango_extra`` (for tables without a
metadata column, ``import_id_map.extra``). Parsed content is never dropped: when a document has
several parsed payloads (``ai_processed`` and ``resume_data``), the preferred one becomes
``processed_data`` and the others are kept under ``metadata.arango_alternate_parsed``.
References (owner, resume, job) are not resolved here: ``links`` does that through the id map.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from atspro.importer.source import SourceDoc

SYSTEM_FIELDS = ("_key", "_id", "_rev")
EDGE_FIELDS = ("_from", "_to")

# Collection name -> role. Anything else is reported as "not imported" with its count.
COLLECTION_ROLES = {
    "users": "user",
    "user": "user",
    "telegram_users": "user",
    "user_profiles": "profile",
    "profiles": "profile",
    "resumes": "resume",
    "resume_documents": "resume",
    "jobs": "job",
    "job_documents": "job",
    "job_postings": "job",
    "task_results": "result",
    "results": "result",
    "optimization_results": "result",
    "optimizations": "result",
    "scores": "result",
    "documents": "mixed",  # the old API kept several kinds here, told apart by `type`
}
NOT_IMPORTED_REASONS = {
    "sessions": "chat sessions are not carried over: every user starts a fresh session",
    "cache": "cache data is rebuilt on demand",
    "tasks": "queued work of the old deployment is not replayed",
}
ROLE_TABLE = {
    "user": "user",
    "profile": "user_profiles",
    "resume": "resume_documents",
    "job": "job_documents",
    "result": "optimization_results",
}
_RESUME_TYPES = {"resume", "cv", "resume_document", "parsed_resume"}
_JOB_TYPES = {"job", "job_posting", "job_description", "job_document", "posting"}
_RESULT_TYPES = {
    "optimization",
    "optimize",
    "optimized_resume",
    "optimization_result",
    "score",
    "scoring",
    "match",
    "research",
    "result",
    "analysis",
    "task_result",
}

OWNER_FIELDS = ("user_id", "userId", "user", "owner_id", "ownerId", "owner", "user_key", "userKey")
TELEGRAM_FIELDS = (
    "telegram_user_id",
    "telegramUserId",
    "telegram_id",
    "telegramId",
    "tg_user_id",
    "tgUserId",
    "tg_id",
    "tgId",
)
RESUME_REF_FIELDS = ("resume_id", "resumeId", "resume", "resume_key", "resumeKey")
JOB_REF_FIELDS = ("job_id", "jobId", "job", "job_key", "jobKey")
ACTIVE_RESUME_FIELDS = (
    "active_resume_id",
    "activeResumeId",
    "active_resume",
    "activeResume",
    "current_resume_id",
    "currentResumeId",
    *RESUME_REF_FIELDS,
)
CREATED_FIELDS = ("created_at", "createdAt", "created", "created_on", "createdOn")
UPDATED_FIELDS = ("updated_at", "updatedAt", "updated", "modified_at", "modifiedAt")
RAW_TEXT_FIELDS = (
    "raw_content",
    "rawContent",
    "raw_text",
    "rawText",
    "text_content",
    "textContent",
)
ERROR_FIELDS = ("error", "error_message", "errorMessage")
RESUME_PARSED_FIELDS = (
    "ai_processed",
    "aiProcessed",
    "resume_data",
    "resumeData",
    "processed_data",
    "processedData",
    "parsed_data",
    "parsedData",
    "data",
)
JOB_PARSED_FIELDS = (
    "ai_processed",
    "aiProcessed",
    "job_data",
    "jobData",
    "description_data",
    "descriptionData",
    "parsed_data",
    "parsedData",
    "data",
)
RESULT_DATA_FIELDS = (
    "optimization_data",
    "optimizationData",
    "score_data",
    "scoreData",
    "result",
    "data",
    "analysis",
)
SCORE_FIELDS = (
    "score",
    "overall_score",
    "overallScore",
    "match_score",
    "matchScore",
    "ats_score",
    "atsScore",
)
_NESTED_REF_CONTAINERS = ("payload", "input", "params", "request")
_PROFILE_FIELDS = ("phone", "location", "title", "bio")
_SENSITIVE_WORDS = {"password", "passwd", "secret", "credential", "credentials"}
_SENSITIVE_ENDINGS = ("_token", "api_key", "apikey", "private_key")
_STATUS = {
    "ready": "ready",
    "parsed": "ready",
    "processed": "ready",
    "completed": "ready",
    "complete": "ready",
    "done": "ready",
    "success": "ready",
    "manual": "ready",
    "pending": "pending",
    "queued": "pending",
    "new": "pending",
    "uploaded": "pending",
    "processing": "processing",
    "parsing": "processing",
    "running": "processing",
    "in_progress": "processing",
    "failed": "failed",
    "error": "failed",
}
_CAMEL = re.compile(r"^[a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$")
_INT = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class MapContext:
    batch: str
    migration_date: str  # ISO 8601, the same for every document of a batch


@dataclass
class Mapped:
    """A source document turned into column values, waiting for its references to be resolved."""

    doc: SourceDoc
    role: str
    table: str
    columns: dict[str, Any] = field(default_factory=dict)
    owner_ref: Any = None
    owner_telegram: int | None = None
    refs: dict[str, Any] = field(default_factory=dict)  # "resume"/"job" -> raw reference
    extra: dict[str, Any] = field(default_factory=dict)  # for tables without a metadata column
    warnings: list[str] = field(default_factory=list)
    skip: str | None = None
    consumed: set[str] = field(default_factory=set)  # top-level fields a column holds
    dropped: list[str] = field(default_factory=list)  # sensitive fields left out on purpose


# ----------------------------------------------------------------------------- values ---


def camel_to_snake(key: str) -> str:
    """``fileName`` -> ``file_name``, ``userID`` -> ``user_id``; other keys are left alone."""
    if not _CAMEL.match(key):
        return key
    key = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", key)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", key).lower()


def snake_keys(value: Any) -> Any:
    """Recursively snake_case the keys of a JSON payload that targets our schema.

    When both spellings exist (``workExperience`` and ``work_experience``) the snake one keeps
    its name and the camel one keeps its own: nothing is overwritten.
    """
    if isinstance(value, list):
        return [snake_keys(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    renamed: list[tuple[str, str, Any]] = []
    for k, v in value.items():
        new = camel_to_snake(k) if isinstance(k, str) else k
        if new == k:
            out[k] = snake_keys(v)
        else:
            renamed.append((k, new, v))
    for k, new, v in renamed:
        out[new if new not in out else k] = snake_keys(v)
    return out


def parse_timestamp(value: Any) -> datetime | None:
    """ISO 8601 strings (naive = UTC) or epoch seconds / milliseconds; None when not a time."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if _NUMBER.match(text):
            value = float(text) if "." in text else int(text)
        else:
            text = re.sub(r"(\.\d{6})\d+", r"\1", text)  # nanoseconds: Python keeps microseconds
            try:
                parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                return None
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        try:
            if abs(value) >= 100_000_000_000:  # after 1973 in ms, year 5138 in s: milliseconds
                return _EPOCH + timedelta(milliseconds=value)
            return _EPOCH + timedelta(seconds=value)
        except OverflowError:
            return None
    return None


def sanitize(value: Any) -> tuple[Any, int]:
    """Make a value storable in PostgreSQL text/JSONB; return it and how many bits were changed.

    PostgreSQL refuses NUL characters in text and JSONB, lone UTF-16 surrogates cannot be
    encoded, and JSON has no NaN: those (and only those) are replaced.
    """
    if isinstance(value, str):
        changes = value.count("\x00")
        if changes:
            value = value.replace("\x00", "")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            fixed = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            changes += sum(1 for a, b in zip(value, fixed, strict=False) if a != b) or 1
            value = fixed
        return value, changes
    if isinstance(value, float) and not math.isfinite(value):
        return None, 1
    if isinstance(value, list):
        total = 0
        items = []
        for item in value:
            clean, n = sanitize(item)
            items.append(clean)
            total += n
        return items, total
    if isinstance(value, dict):
        total = 0
        out = {}
        for k, v in value.items():
            clean_k, nk = sanitize(k) if isinstance(k, str) else (k, 0)
            clean_v, nv = sanitize(v)
            out[clean_k] = clean_v
            total += nk + nv
        return out, total
    return value, 0


def is_sensitive(name: str) -> bool:
    """Credentials are not carried over: ``passwordHash``, ``api_key``, ``refresh_token``…

    Matched on whole words so that ``token_count`` or ``keywords`` stay.
    """
    snake = camel_to_snake(name).lower()
    return (
        bool(set(snake.split("_")) & _SENSITIVE_WORDS)
        or snake == "token"
        or snake.endswith(_SENSITIVE_ENDINGS)
    )


def _empty(value: Any) -> bool:
    return value is None or value == {} or value == [] or value == ""


def parse_ref(value: Any) -> tuple[str | None, str] | None:
    """A reference as written in a document -> (collection or None, key)."""
    if isinstance(value, dict):
        value = value.get("_id") or value.get("_key")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return None, str(value)
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if "/" in text:
            collection, key = text.split("/", 1)
            return (collection or None), key
        return None, text
    return None


def document_role(body: dict[str, Any]) -> str | None:
    """Role of a document in the mixed ``documents`` collection, from its ``type``."""
    for name in ("type", "doc_type", "docType", "document_type", "documentType", "kind"):
        kind = body.get(name)
        if isinstance(kind, str):
            kind = kind.strip().lower().replace("-", "_").replace(" ", "_")
            if kind in _RESUME_TYPES:
                return "resume"
            if kind in _JOB_TYPES:
                return "job"
            if kind in _RESULT_TYPES:
                return "result"
            return None
    return None


class _Fields:
    """Reads fields of a source document and remembers which ones a column now holds exactly."""

    def __init__(self, body: dict[str, Any], ignore: tuple[str, ...] = SYSTEM_FIELDS) -> None:
        self.body = body
        self.used: set[str] = set(ignore)

    def first(self, names: tuple[str, ...]) -> tuple[str | None, Any]:
        for name in names:
            value = self.body.get(name)
            if value is not None:
                return name, value
        return None, None

    def text(self, names: tuple[str, ...]) -> str | None:
        name, value = self.first(names)
        if isinstance(value, str):
            self.used.add(name)  # type: ignore[arg-type]
            return value
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return ", ".join(value)  # joined for the column; the list stays in arango_extra
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return None

    def boolean(self, names: tuple[str, ...]) -> bool | None:
        name, value = self.first(names)
        if isinstance(value, bool):
            self.used.add(name)  # type: ignore[arg-type]
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no"):
            return value.strip().lower() in ("true", "yes")
        return None

    def timestamp(self, names: tuple[str, ...], warnings: list[str]) -> datetime | None:
        name, value = self.first(names)
        if name is None:
            return None
        parsed = parse_timestamp(value)
        if parsed is None:
            warnings.append(f"{name} is not a date; kept in arango_extra, column left to default")
            return None
        self.used.add(name)
        return parsed

    def take(self, name: str | None) -> None:
        if name is not None:
            self.used.add(name)

    def leftovers(self) -> tuple[dict[str, Any], list[str]]:
        """Fields no column holds exactly (kept verbatim) and sensitive ones (dropped)."""
        extra: dict[str, Any] = {}
        dropped: list[str] = []
        for k, v in self.body.items():
            if k in self.used:
                continue
            if isinstance(k, str) and is_sensitive(k):
                dropped.append(k)
                continue
            extra[k] = v
        return extra, dropped


def _telegram_id(fields: _Fields) -> tuple[int | None, str | None]:
    name, value = fields.first(TELEGRAM_FIELDS)
    if name is None:
        return None, None
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _INT.match(value.strip()):
        number = int(value)
    if number is None or not 0 < number < 2**63:  # BIGINT; Telegram user ids are positive
        return None, f"{name} is not a Telegram user id ({value!r})"
    if str(number) == str(value):  # 1001 or "1001": the column holds it exactly
        fields.take(name)
    return number, None


def _payload(
    fields: _Fields, names: tuple[str, ...]
) -> tuple[str | None, Any, dict[str, Any], str | None]:
    """Pick the preferred parsed payload (first non-empty, in ``names`` order).

    Returns its field name, its value with snake_case keys, every other payload field verbatim,
    and a note for the report.
    """
    chosen_name: str | None = None
    chosen: Any = None
    alternates: dict[str, Any] = {}
    note = None
    for name in names:
        if name not in fields.body:
            continue
        value = fields.body[name]
        fields.take(name)
        if chosen_name is None and not _empty(value):
            chosen_name, chosen = name, value
            if isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
                try:
                    chosen = json.loads(value)
                except json.JSONDecodeError:
                    continue
                note = f"{name} was a JSON string; stored decoded"
                alternates[name] = value  # the exact original text survives too
        else:
            alternates[name] = value
    return chosen_name, (snake_keys(chosen) if chosen is not None else None), alternates, note


def _status(fields: _Fields, has_content: bool) -> str:
    name, value = fields.first(("status", "state", "processing_status", "processingStatus"))
    if isinstance(value, str):
        mapped = _STATUS.get(value.strip().lower().replace("-", "_").replace(" ", "_"))
        if mapped is not None:
            if mapped == value:
                fields.take(name)
            return mapped
    return "ready" if has_content else "pending"


def _owner(fields: _Fields, m: Mapped) -> None:
    name, value = fields.first(OWNER_FIELDS)
    if name is not None and parse_ref(value) is not None:
        fields.take(name)
        m.owner_ref = value
    telegram, problem = _telegram_id(fields)
    m.owner_telegram = telegram
    if problem:
        m.warnings.append(problem)


def _metadata(doc: SourceDoc, ctx: MapContext) -> dict[str, Any]:
    return {
        "source": "arangodb",
        "import_batch": ctx.batch,
        "migration_date": ctx.migration_date,
        "arango_collection": doc.collection,
        "arango_id": doc.key,
        "arango_rev": doc.rev,
    }


def _finish(m: Mapped, fields: _Fields, metadata: dict[str, Any] | None) -> Mapped:
    extra, dropped = fields.leftovers()
    m.consumed = fields.used - set(SYSTEM_FIELDS)
    m.dropped = sorted(dropped)
    if dropped:
        m.warnings.append(f"dropped sensitive field(s): {', '.join(sorted(dropped))}")
    if metadata is not None:
        if extra:
            metadata["arango_extra"] = extra
        m.columns["metadata"] = metadata
    else:
        m.extra.update(extra)
    changes = 0
    for column, value in list(m.columns.items()):
        m.columns[column], n = sanitize(value)
        changes += n
    m.extra, n = sanitize(m.extra)
    changes += n
    if changes:
        m.warnings.append(
            f"replaced {changes} character(s) PostgreSQL cannot store (NUL, bad UTF-16)"
        )
    return m


# ------------------------------------------------------------------------------ roles ---


def map_user(doc: SourceDoc, ctx: MapContext) -> tuple[Mapped, Mapped | None]:
    """A user document -> a "user" row (matched or created by Telegram id) and maybe a profile."""
    m = Mapped(doc, "user", "user")
    f = _Fields(doc.body)
    telegram, problem = _telegram_id(f)
    if telegram is None:
        m.skip = problem or "no Telegram user id (telegram_user_id / telegramId / telegram_id)"
    m.owner_telegram = telegram
    cols: dict[str, Any] = {"telegram_user_id": telegram}
    for column, names in (
        ("username", ("username", "userName", "telegram_username", "telegramUsername")),
        ("first_name", ("first_name", "firstName")),
        ("language_code", ("language_code", "languageCode", "language", "lang")),
        ("ban_reason", ("ban_reason", "banReason")),
    ):
        value = f.text(names)
        if value is not None:
            cols[column] = value
    for column, names in (
        ("is_admin", ("is_admin", "isAdmin", "admin")),
        ("is_banned", ("is_banned", "isBanned", "banned")),
        ("is_active", ("is_active", "isActive", "active")),
    ):
        value = f.boolean(names)
        if value is not None:
            cols[column] = value
    created = f.timestamp(CREATED_FIELDS, m.warnings)
    if created is not None:
        cols["created_at"] = created
    seen = f.timestamp(
        ("last_seen_at", "lastSeenAt", "last_seen", "lastSeen", "last_active_at", "lastActiveAt"),
        m.warnings,
    )
    if seen is not None:
        cols["last_seen_at"] = seen
    if cols.get("is_admin"):
        m.warnings.append("imported with is_admin = true")
    m.columns = cols

    profile = _profile_from_user(doc, f)
    _finish(m, f, None)
    return m, profile


def _profile_from_user(doc: SourceDoc, f: _Fields) -> Mapped | None:
    """Profile fields embedded in a user document (top level or under ``profile``)."""
    p = Mapped(doc, "profile", "user_profiles", owner_ref=doc.arango_id)
    name, nested = f.first(("profile", "user_profile", "userProfile"))
    if isinstance(nested, dict):
        f.take(name)
        sub = _Fields(nested, ignore=())
        for column in _PROFILE_FIELDS:
            value = sub.text((column,))
            if value is not None:
                p.columns[column] = value
        ref_name, ref = sub.first(ACTIVE_RESUME_FIELDS)
        if parse_ref(ref) is not None:
            sub.take(ref_name)
            p.refs["resume"] = ref
        leftover, dropped = sub.leftovers()
        if leftover:
            p.extra[name] = leftover  # type: ignore[index]
        if dropped:
            p.warnings.append(f"dropped sensitive field(s): {', '.join(sorted(dropped))}")
    for column in _PROFILE_FIELDS:
        if column not in p.columns:
            value = f.text((column,))
            if value is not None:
                p.columns[column] = value
    if "resume" not in p.refs:
        ref_name, ref = f.first(ACTIVE_RESUME_FIELDS)
        if parse_ref(ref) is not None:
            f.take(ref_name)
            p.refs["resume"] = ref
    if not p.columns and not p.refs and not p.extra:
        return None
    p.columns, n = sanitize(p.columns)
    p.extra, n2 = sanitize(p.extra)
    if n + n2:
        p.warnings.append("replaced character(s) PostgreSQL cannot store (NUL, bad UTF-16)")
    return p


def map_profile(doc: SourceDoc, ctx: MapContext) -> Mapped:
    """A document of a separate profiles collection."""
    m = Mapped(doc, "profile", "user_profiles")
    f = _Fields(doc.body)
    _owner(f, m)
    for column in _PROFILE_FIELDS:
        value = f.text((column,))
        if value is not None:
            m.columns[column] = value
    ref_name, ref = f.first(ACTIVE_RESUME_FIELDS)
    if parse_ref(ref) is not None:
        f.take(ref_name)
        m.refs["resume"] = ref
    return _finish(m, f, None)


def _start_document(
    doc: SourceDoc, ctx: MapContext, kind: str, table: str, parsed_fields: tuple[str, ...]
) -> tuple[Mapped, _Fields, Any, dict[str, Any]]:
    """What resumes and jobs start with: the owner, the parsed payload and the metadata
    (with the payloads not chosen kept as ``arango_alternate_parsed``)."""
    m = Mapped(doc, kind, table)
    f = _Fields(doc.body)
    _owner(f, m)
    _, parsed, alternates, note = _payload(f, parsed_fields)
    if note:
        m.warnings.append(note)
    meta = _metadata(doc, ctx)
    if alternates:
        meta["arango_alternate_parsed"] = alternates
    return m, f, parsed, meta


def map_resume(doc: SourceDoc, ctx: MapContext) -> Mapped:
    m, f, processed, meta = _start_document(
        doc, ctx, "resume", "resume_documents", RESUME_PARSED_FIELDS
    )
    cols: dict[str, Any] = {"processed_data": processed}
    file_meta = f.body.get("file_metadata") or f.body.get("fileMetadata")
    nested = file_meta if isinstance(file_meta, dict) else {}
    filename = f.text(
        ("filename", "fileName", "file_name", "original_filename", "originalFilename")
    )
    cols["filename"] = filename if filename is not None else _str_or_none(nested.get("filename"))
    content_type = f.text(("content_type", "contentType", "mime_type", "mimeType"))
    cols["content_type"] = (
        content_type if content_type is not None else _str_or_none(nested.get("content_type"))
    )
    cols["file_size"] = _size(f, ("file_size", "fileSize", "size")) or _nested_size(nested)
    sha_name, sha = f.first(("sha256", "sha_256", "fileSha256", "file_sha256"))
    if isinstance(sha, str) and re.fullmatch(r"[0-9a-fA-F]{64}", sha):
        f.take(sha_name)
        cols["sha256"] = sha
    else:
        cols["sha256"] = None
    return _finish_document(m, f, meta, cols, parsed=processed)


def _finish_document(
    m: Mapped, f: _Fields, meta: dict[str, Any], cols: dict[str, Any], *, parsed: Any
) -> Mapped:
    """The columns resumes and jobs share: raw text, error, status and timestamps."""
    cols["raw_text"] = f.text(RAW_TEXT_FIELDS)
    cols["error"] = f.text(ERROR_FIELDS)
    cols["status"] = _status(f, not _empty(parsed))
    created = f.timestamp(CREATED_FIELDS, m.warnings)
    updated = f.timestamp(UPDATED_FIELDS, m.warnings)
    if created is not None:
        cols["created_at"] = created
    if updated is not None or created is not None:
        cols["updated_at"] = updated or created
    m.columns = cols
    return _finish(m, f, meta)


def map_job(doc: SourceDoc, ctx: MapContext) -> Mapped:
    m, f, parsed, meta = _start_document(doc, ctx, "job", "job_documents", JOB_PARSED_FIELDS)
    from_parsed = parsed if isinstance(parsed, dict) else {}
    cols: dict[str, Any] = {"description_data": parsed}
    for column, names in (
        ("title", ("title", "job_title", "jobTitle", "position")),
        ("company", ("company", "company_name", "companyName", "employer")),
        ("location", ("location", "job_location", "jobLocation")),
    ):
        value = f.text(names)
        if value is None:
            nested = from_parsed.get(column)
            if isinstance(nested, list) and all(isinstance(v, str) for v in nested) and nested:
                nested = ", ".join(nested)
            value = nested if isinstance(nested, str) else None
        cols[column] = value
    cols["source_url"] = f.text(("source_url", "sourceUrl", "url", "job_url", "jobUrl", "link"))
    req_name, requirements = f.first(("requirements",))
    if isinstance(requirements, dict | list):
        f.take(req_name)
        cols["requirements"] = snake_keys(requirements)
    else:
        cols["requirements"] = None
    return _finish_document(m, f, meta, cols, parsed=parsed)


def map_result(doc: SourceDoc, ctx: MapContext) -> Mapped:
    m = Mapped(doc, "result", "optimization_results")
    f = _Fields(doc.body)
    _owner(f, m)
    for kind, names in (("resume", RESUME_REF_FIELDS), ("job", JOB_REF_FIELDS)):
        name, value = f.first(names)
        if name is not None and parse_ref(value) is not None:
            f.take(name)
            m.refs[kind] = value
            continue
        for container in _NESTED_REF_CONTAINERS:  # e.g. the old task payload {resume_id, job_id}
            nested = f.body.get(container)
            if isinstance(nested, dict):
                inner = _Fields(nested, ignore=())
                _, value = inner.first(names)
                if parse_ref(value) is not None:
                    m.refs[kind] = value  # the container itself stays in arango_extra
                    break
    data_name, data, alternates, note = _payload(f, RESULT_DATA_FIELDS)
    if note:
        m.warnings.append(note)
    if data_name is not None and not isinstance(data, dict):
        # optimization_data is an object; a text or list payload is kept as written instead
        alternates[data_name] = f.body[data_name]
        data = None
    meta = _metadata(doc, ctx)
    if alternates:
        meta["arango_alternate_parsed"] = alternates
    score, problem = _score(f, data or {})
    if score is None:
        m.skip = problem or "no score (score / overall_score / score_data.overall_score)"
    cols: dict[str, Any] = {"score": score, "optimization_data": data or {}}
    sug_name, suggestions = f.first(("suggestions", "recommendations"))
    if isinstance(suggestions, list):
        f.take(sug_name)
        cols["suggestions"] = snake_keys(suggestions)
    else:
        cols["suggestions"] = []
    engine = f.text(("engine", "engine_name", "engineName", "model"))
    cols["engine"] = engine if engine is not None else "legacy"
    created = f.timestamp(CREATED_FIELDS, m.warnings)
    if created is not None:
        cols["created_at"] = created
    m.columns = cols
    return _finish(m, f, meta)


def map_document(doc: SourceDoc, role: str, ctx: MapContext) -> Mapped:
    """Dispatch on role (``user`` documents go through :func:`map_user`)."""
    if role == "resume":
        return map_resume(doc, ctx)
    if role == "job":
        return map_job(doc, ctx)
    if role == "result":
        return map_result(doc, ctx)
    if role == "profile":
        return map_profile(doc, ctx)
    raise ValueError(f"no mapping for role {role!r}")


# ----------------------------------------------------------------------------- helpers ---


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _size(f: _Fields, names: tuple[str, ...]) -> int | None:
    name, value = f.first(names)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31:
        f.take(name)
        return value
    if isinstance(value, str) and value.isdigit() and int(value) < 2**31:
        return int(value)
    return None


def _nested_size(nested: dict[str, Any]) -> int | None:
    for name in ("file_size", "size"):
        value = nested.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31:
            return value
    return None


def _as_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | str):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _score(f: _Fields, data: dict[str, Any]) -> tuple[Decimal | None, str | None]:
    """The 0-100 score as NUMERIC(5,2), or None and why.

    A top-level score the column holds exactly counts as stored; any other (a string, more than
    two decimals, a nested one) stays where it was: in arango_extra or in the payload.
    """
    name, raw = f.first(SCORE_FIELDS)
    source = name
    if name is None:
        for container in ("score_data", "scoreData", "result", "optimization_data", "analysis"):
            nested = f.body.get(container)
            if isinstance(nested, dict):
                for inner in (
                    "overall_score",
                    "overallScore",
                    "score",
                    "match_score",
                    "matchScore",
                ):
                    if nested.get(inner) is not None:
                        raw, source = nested[inner], f"{container}.{inner}"
                        break
            if source is not None:
                break
    if source is None:
        for inner in ("overall_score", "score", "match_score"):
            if data.get(inner) is not None:
                raw, source = data[inner], inner
                break
    if source is None:
        return None, None
    number = _as_decimal(raw)
    if number is None:
        return None, f"score {source} is not a number"
    if not 0 <= number <= 100:
        return None, f"score {source} = {number} is outside 0-100"
    stored = number.quantize(_CENT)
    if name is not None and stored == number and isinstance(raw, int | float):
        f.take(name)
    return stored, None
