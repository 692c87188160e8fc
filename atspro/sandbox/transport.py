"""An in-process Bot API transport: PTB's requests go straight to a ``BotApiEmulator``.

Handler tests build the real ``Application`` with ``request=EmulatorTransport(emulator)``: every
Bot API call is validated exactly as the HTTP emulator does (HTML, lengths, callback data…), with
no sockets on the bot's side. End-to-end tests use the HTTP emulator instead.
"""

from __future__ import annotations

import json
from urllib.parse import unquote, urlsplit

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

from atspro.sandbox.emulator import BotApiEmulator, _dumps
from atspro.sandbox.errors import ApiError
from atspro.sandbox.params import Params, UploadedFile


class EmulatorTransport(BaseRequest):
    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator
        self.calls: list[str] = []

    @property
    def read_timeout(self) -> float | None:
        return 10.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        path = urlsplit(url).path
        if "/file/bot" in path:
            file_path = unquote(path.split("/file/bot", 1)[1].split("/", 1)[1])
            stored = self.emulator.state.files_by_path.get(file_path)
            if stored is None or file_path not in self.emulator.state.downloadable_paths:
                return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'
            return 200, stored.data
        api_method = path.rsplit("/", 1)[-1]
        self.calls.append(api_method)
        values: dict[str, object] = {}
        files: dict[str, UploadedFile] = {}
        if request_data is not None:
            values.update(request_data.json_parameters)
            for name, part in (request_data.multipart_data or {}).items():
                filename, content = part[0], part[1]
                mime = part[2] if len(part) > 2 else None
                data = content.read() if hasattr(content, "read") else content
                files[name] = UploadedFile(filename, mime, bytes(data))
        try:
            result = await self.emulator.api.call(api_method, Params(values, files))
        except ApiError as exc:
            return exc.code, json.dumps(exc.payload()).encode()
        return 200, _dumps({"ok": True, "result": result}).encode()
