"""Bot API request parameters, whichever way they arrive.

Clients send parameters as a JSON body, as form fields, as multipart parts (with files) or in
the query string. In forms every value is a string and nested objects are JSON text (PTB sends
``reply_markup`` and ``entities`` that way), so each getter accepts both shapes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from aiohttp import web
from aiohttp.web_request import FileField

from atspro.sandbox.errors import bad_request, too_large


@dataclass(frozen=True)
class UploadedFile:
    filename: str | None
    content_type: str | None
    data: bytes


class Params:
    def __init__(self, values: Mapping[str, Any], files: Mapping[str, UploadedFile]) -> None:
        self.values = dict(values)
        self.files = dict(files)

    def raw(self, name: str) -> Any:
        return self.values.get(name)

    def string(self, name: str) -> str | None:
        value = self.values.get(name)
        if value is None:
            return None
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)

    def integer(self, name: str) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            raise bad_request(f"invalid {name} specified") from None

    def number(self, name: str) -> float | None:
        value = self.values.get(name)
        if value is None or value == "":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    def parsed(self, name: str) -> Any:
        value = self.values.get(name)
        if isinstance(value, str):
            if not value.strip():
                return None
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {name} JSON object") from None
        return value

    def file(self, name: str) -> UploadedFile | str | None:
        """An uploaded part, or a string (file_id, URL or ``attach://name``)."""
        if name in self.files:
            return self.files[name]
        value = self.string(name)
        if value and value.startswith("attach://"):
            return self.files.get(value[len("attach://") :], value)
        return value or None


def form_filename(field: FileField) -> str | None:
    """The file name as the sender typed it.

    Clients may percent-encode it in the multipart header (RFC 7578 4.2): aiohttp encodes every
    non-ASCII or special character, browsers encode quotes and newlines. aiohttp's server leaves
    it encoded, so decode it here, as Telegram shows the user's real file name.
    """
    name = field.filename
    return unquote(name) if name and "%" in name else name


async def read_params(request: web.Request) -> Params:
    """Collect query, JSON, form and multipart parameters of a request."""
    values: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.method != "POST" or not request.can_read_body:
        return Params(values, files)
    content_type = request.content_type
    try:
        if content_type == "application/json":
            body = await request.json()
            if not isinstance(body, dict):
                raise bad_request("can't parse JSON object")
            values.update(body)
        elif content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, FileField):
                    files[key] = UploadedFile(
                        form_filename(value), value.content_type, value.file.read()
                    )
                else:
                    values[key] = value
    except web.HTTPRequestEntityTooLarge:
        raise too_large() from None
    except ValueError:
        raise bad_request("can't parse JSON object") from None
    return Params(values, files)
