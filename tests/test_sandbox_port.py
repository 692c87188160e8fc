"""`make run` when the sandbox port is taken: one clear line on what to do, no traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


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
