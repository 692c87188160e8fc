"""Local sandbox: a Telegram Bot API emulator, a JSON client API and a web chat page.

The bot runs against it unchanged (PTB ``base_url``/``base_file_url``), so the whole product can
be used and tested end to end without Telegram. See docs/sandbox.md.
"""

from atspro.sandbox.checks import FloodControl, Limits
from atspro.sandbox.client import SandboxClient, SandboxError
from atspro.sandbox.emulator import (
    EMULATOR_KEY,
    BotApiEmulator,
    SandboxServer,
    start_emulator,
)

__all__ = [
    "EMULATOR_KEY",
    "BotApiEmulator",
    "FloodControl",
    "Limits",
    "SandboxClient",
    "SandboxError",
    "SandboxServer",
    "start_emulator",
]
