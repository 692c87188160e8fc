"""The import contract: the rules of docs/architecture.md, read from the source with ``ast``.

Every import counts, including the ones inside functions (a lazy import hides a dependency, it
does not remove it). Only imports under ``if TYPE_CHECKING:`` are exempt: they never run.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "atspro"

# Third-party libraries that mean "talks to the outside world"; the pure core must not use them.
IO_LIBRARIES = ("telegram", "asyncpg", "aiohttp", "agents", "openai")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, e.g. "atspro.bot.handlers.intake"
    target: str  # the imported module (the longest prefix that is a module we own)
    line: int


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def own_modules() -> frozenset[str]:
    return frozenset(module_name(p) for p in PACKAGE.rglob("*.py"))


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return skipped


def imports_of(path: Path) -> list[Import]:
    """Every import the module can run, resolved to absolute module names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    skipped = _type_checking_nodes(tree)
    found: list[Import] = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.extend(Import(name, alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            for alias in node.names:
                full = f"{module}.{alias.name}"
                # `from atspro.services import matching` imports the module atspro.services.matching
                found.append(Import(name, full if full in own_modules() else module, node.lineno))
    return found


@cache
def all_imports() -> tuple[Import, ...]:
    return tuple(imp for path in sorted(PACKAGE.rglob("*.py")) for imp in imports_of(path))


def _top(module: str) -> str:
    return module.split(".")[0]


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def violations(sources: str, allowed: Callable[[str], bool]) -> list[str]:
    return [
        f"{imp.source}:{imp.line} imports {imp.target}"
        for imp in all_imports()
        if _within(imp.source, sources) and not allowed(imp.target)
    ]


def is_stdlib(module: str) -> bool:
    return _top(module) in sys.stdlib_module_names or module == "__future__"


def test_analysis_imports_only_models_and_itself() -> None:
    def allowed(target: str) -> bool:
        if _within(target, "atspro"):
            return _within(target, "atspro.analysis") or target == "atspro.models"
        return _top(target) not in IO_LIBRARIES

    assert violations("atspro.analysis", allowed) == []


@pytest.mark.parametrize(
    "layer", ["services", "agents", "tasks", "storage", "fetch", "export", "analysis"]
)
def test_layer_never_speaks_telegram(layer: str) -> None:
    def allowed(target: str) -> bool:
        return _top(target) != "telegram" and not _within(target, "atspro.bot")

    assert violations(f"atspro.{layer}", allowed) == []


def test_tasks_know_no_feature() -> None:
    """The queue and the worker are generic: they import only each other."""

    def allowed(target: str) -> bool:
        return not _within(target, "atspro") or _within(target, "atspro.tasks")

    assert violations("atspro.tasks", allowed) == []


def test_handlers_call_services_only() -> None:
    """A handler reads the update, calls a service, renders the answer: nothing else of ours."""

    def allowed(target: str) -> bool:
        if _within(target, "atspro"):
            # atspro.faults: the crash points of the fault tests, a leaf module (no imports of ours)
            return (
                _within(target, "atspro.services")
                or _within(target, "atspro.bot")
                or target == "atspro.faults"
            )
        return is_stdlib(target) or _top(target) == "telegram"

    assert violations("atspro.bot.handlers", allowed) == []


def test_bot_reaches_storage_only_through_services() -> None:
    """No repository, pool or SQL in bot/: what the chat needs from the database is a service."""

    def allowed(target: str) -> bool:
        return not _within(target, "atspro.storage") and _top(target) != "asyncpg"

    assert violations("atspro.bot", allowed) == []


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def import_graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {m: set() for m in own_modules()}
    for imp in all_imports():
        if imp.target in edges and imp.target != imp.source:
            edges[imp.source].add(imp.target)
    return edges


def test_no_import_cycles() -> None:
    assert _cycles(import_graph()) == []


def test_cycle_finder_sees_a_lazy_cycle(tmp_path: Path) -> None:
    """The checker itself: a cycle closed by an in-function import is found, a TYPE_CHECKING one is not."""
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(edges) == [["a", "b", "c"]]

    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import hidden\n"
        "def f():\n    import lazy\n",
        encoding="utf-8",
    )
    tree = ast.parse(module.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree)
    names = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import) and id(node) not in skipped
        for alias in node.names
    ]
    assert names == ["lazy"]
