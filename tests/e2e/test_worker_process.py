"""`python main.py worker` as its own process: it picks up tasks the bot queued, answers the user
through the Bot API (here the emulator), downloads files with getFile, serves /healthz, and
stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import aiohttp
import asyncpg

from atspro.sandbox.emulator import SandboxServer
from atspro.storage.repos import Repos
from atspro.tasks.queue import TaskQueue
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT

REPO = Path(__file__).resolve().parents[2]
TOKEN = "515151:WORKER-process-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_worker_process_answers_queued_tasks(db_dsn: str, pool: asyncpg.Pool) -> None:
    health_port = _free_port()
    async with SandboxServer("127.0.0.1", 0, token=TOKEN) as server:
        emulator = server.emulator
        emulator.actions.upsert_user(6001, first_name="Wes")
        # What the bot's handlers would have done: a user row, a status message, two tasks.
        user = await Repos(pool).users.upsert_telegram_user(6001, first_name="Wes")
        await Repos(pool).sessions.touch(user["id"], 6001)
        sent, _ = emulator.actions.send_document(
            6001, make_resume_pdf(), "cv.pdf", content_type="application/pdf"
        )
        file_id = sent.payload["document"]["file_id"]
        queue = TaskQueue(pool)
        await queue.enqueue(
            "ingest_resume",
            {"chat_id": 6001, "file_id": file_id, "filename": "cv.pdf"},
            user_id=user["id"],
        )
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": server.bot_api_url,
            "DATABASE_URL": db_dsn,
            "HEALTH_PORT": str(health_port),
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "main.py",
            "worker",
            cwd=REPO,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        try:

            def texts() -> list[str]:
                chat = emulator.state.chats[6001]
                return [m.view()["text"] for m in chat.messages.values() if m.sender == "bot"]

            assert await emulator.state.wait_until(
                lambda: any("Resume received" in t for t in texts()), 60
            )
            await queue.enqueue(
                "ingest_job", {"chat_id": 6001, "text": JOB_TEXT}, user_id=user["id"]
            )
            assert await emulator.state.wait_until(
                lambda: any("Match score" in t for t in texts()), 60
            )
            async with (
                aiohttp.ClientSession() as http,
                http.get(f"http://127.0.0.1:{health_port}/healthz") as r,
            ):
                assert r.status == 200 and (await r.json())["database"] == "ok"
        finally:
            proc.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(proc.communicate(), 30)
        assert proc.returncode == 0, err.decode()[-2000:]
        assert await pool.fetchval("SELECT count(*) FROM tasks WHERE status = 'done'") == 2
        assert TOKEN.split(":")[1] not in err.decode()  # the token never reaches the logs
