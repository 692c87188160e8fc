"""One source of truth: facts that used to be copied (and had drifted) live in one place."""

from __future__ import annotations

import ast
import json
import typing
from pathlib import Path

import pytest
from telegram.ext import Application, CommandHandler

from atspro.analysis.scoring.score import COMPONENT_LABELS
from atspro.bot import render
from atspro.bot.app import USER_COMMANDS
from atspro.bot.handlers import register_handlers
from atspro.bot.handlers.admin import ADMIN_COMMANDS
from atspro.fetch.jobs import JobSource, find_job_posting
from atspro.models import SourceKind

PACKAGE = Path(__file__).resolve().parents[2] / "atspro"


def _label_tables(path: Path) -> int:
    """Dict literals in a module that map three or more components to their labels."""
    found = 0
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            pairs = {
                (k.value, v.value)
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
            }
            found += len(pairs & set(COMPONENT_LABELS.items())) >= 3
    return found


def test_component_labels_are_one_table() -> None:
    """The chat, the PNG card and the CLI read the labels from the scorer (there were three
    copies, and the CLI imported the Telegram renderer to get one)."""
    tables = {
        p.relative_to(PACKAGE).as_posix(): n
        for p in PACKAGE.rglob("*.py")
        if (n := _label_tables(p))
    }
    assert tables == {"analysis/scoring/score.py": 1}


def test_fetcher_source_kinds_are_the_model_ones() -> None:
    hints = typing.get_type_hints(JobSource)
    assert hints["kind"] is SourceKind


@pytest.mark.parametrize(
    "document",
    [
        {"@context": "https://schema.org", "@type": "JobPosting", "title": "Baker"},
        [{"@type": "Organization"}, {"@type": ["JobPosting"], "title": "Baker"}],
        {"@graph": [{"@type": "WebPage"}, {"@type": "JobPosting", "title": "Baker"}]},
        # the page parser's walk also knows these; the fetcher's own copy did not
        {"@type": "WebPage", "mainEntity": {"@type": "JobPosting", "title": "Baker"}},
        {"@type": "http://schema.org/JobPosting", "title": "Baker"},
    ],
)
def test_a_json_link_finds_the_posting_the_page_parser_would(document: object) -> None:
    posting = find_job_posting(json.dumps(document))
    assert posting is not None and posting["title"] == "Baker"


def test_menu_help_and_handlers_name_the_same_commands() -> None:
    app = Application.builder().token("1:TEST").build()
    register_handlers(app)
    handled = {
        command
        for group in app.handlers.values()
        for handler in group
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    }
    menu = {c.command for c in USER_COMMANDS}
    assert handled == menu | set(ADMIN_COMMANDS)
    assert not menu & set(ADMIN_COMMANDS)  # admin commands stay out of everybody's menu
    missing_from_help = {c for c in menu - {"start", "help"} if f"/{c}" not in render.HELP}
    assert missing_from_help == set()


def _callback_prefixes() -> set[str]:
    """Every prefix bot/callbacks.py builds (the part of callback data before ':')."""
    from atspro.bot import callbacks

    samples = [
        *(callbacks.result(a, "1") for a in typing.get_args(callbacks.ResultAction)),
        *(
            callbacks.document(op, kind, "1")
            for op in typing.get_args(callbacks.DocOp)
            for kind in typing.get_args(callbacks.DocKind)
        ),
        callbacks.SWITCH_RESUME,
        callbacks.DELETE_ACCOUNT_YES,
        callbacks.BROADCAST_SEND,
        callbacks.broadcast_stop(1),
    ]
    return {data.partition(":")[0] for data in samples}


def test_callback_data_is_spelled_only_in_callbacks_module() -> None:
    prefixes = _callback_prefixes()
    spelled = []
    for path in (PACKAGE / "bot").rglob("*.py"):
        if path.name == "callbacks.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                head, colon, _ = node.value.lstrip("^").partition(":")
                if colon and head in prefixes:
                    spelled.append(f"{path.name}:{node.lineno} {node.value!r}")
    assert spelled == []
