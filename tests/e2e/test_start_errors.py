"""Start-up problems a newcomer meets get one clear line, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_busy_port_gets_a_clear_message(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "TELEGRAM_BOT_TOKEN": ""}
        proc = subprocess.run(
            [sys.executable, "main.py", "sandbox", "--port", str(port)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert f":{port}" in proc.stderr and "SANDBOX_PORT" in proc.stderr


async def test_rejected_token_gets_a_clear_message(tmp_path: Path, db_dsn: str) -> None:
    import asyncio

    from atspro.sandbox.emulator import SandboxServer

    async with SandboxServer("127.0.0.1", 0, token="111:the-right-token") as server:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": "111:a-wrong-token-from-a-typo",
            "TELEGRAM_API_BASE_URL": server.bot_api_url,
            "DATABASE_URL": db_dsn,
            "XDG_DATA_HOME": str(tmp_path),
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "main.py",
            "bot",
            cwd=REPO,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    text = err.decode()
    assert proc.returncode == 2
    assert "rejected TELEGRAM_BOT_TOKEN" in text and "Traceback" not in text
    assert "a-wrong-token-from-a-typo" not in text
