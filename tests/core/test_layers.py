"""The shape of the code, read from the source: clients go through one door, layers point one
way, and no module imports itself back through another.

Clients (the command line, the demo builder, the desktop app) may import from
`haart_archive` only the modules in CLIENT_ALLOWED. To hold another folder to the same rule,
add it to CLIENTS (e.g. `"ui": CLIENT_ALLOWED`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "haart_archive"

# What a client may import from the core: the facade, errors and their sentences, the long-work
# module, and plain values. A name ending in ".*" allows the package and everything under it.
CLIENT_ALLOWED = (
    "haart_archive.archive",
    "haart_archive.errors",
    "haart_archive.messages",
    "haart_archive.tasks",
    "haart_archive.types.*",
    "haart_archive.vocabulary",  # the controlled vocabularies: plain data
)
CLIENTS: dict[str, tuple[str, ...]] = {
    "haart_archive/commands": CLIENT_ALLOWED + ("haart_archive.commands.*", "haart_archive.demo"),
    "haart_archive/cli.py": CLIENT_ALLOWED + ("haart_archive.commands.*", "haart_archive"),
    "haart_archive/demo.py": CLIENT_ALLOWED,
    "ui": CLIENT_ALLOWED + ("haart_archive.demo",),  # the desktop app (its demo archive button)
}

# Who may import the services: the facade and the services themselves.
SERVICE_IMPORTERS = ("haart_archive.archive", "haart_archive.services.*")
# Below the services: nothing here imports a service, the facade or a client.
LOWER_LAYERS = (
    "haart_archive.consent.*", "haart_archive.redaction.*", "haart_archive.search.*", "haart_archive.media.*",
    "haart_archive.publishing.*", "haart_archive.importing.*", "haart_archive.vault.*", "haart_archive.store.*",
    "haart_archive.types.*", "haart_archive.audit", "haart_archive.context", "haart_archive.roles",
    "haart_archive.errors", "haart_archive.messages", "haart_archive.tasks", "haart_archive.vocabulary",
    "haart_archive.fileutil", "haart_archive.lockfile", "haart_archive.backup_format",
)
UPPER_LAYERS = (
    "haart_archive.services.*", "haart_archive.archive", "haart_archive.opening", "haart_archive.commands.*",
    "haart_archive.cli", "haart_archive.demo",
)


def matches(module: str, patterns: tuple[str, ...]) -> bool:
    return any(
        module == pattern[:-2] or module.startswith(pattern[:-1]) if pattern.endswith(".*") else module == pattern
        for pattern in patterns
    )


def module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name[: -len(".__init__")] if name.endswith(".__init__") else name


def core_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(CORE.rglob("*.py")) if "migrations" not in p.parts}


def imported(path: Path, known: dict[str, Path]) -> set[str]:
    """The haart_archive modules `path` imports, anywhere in it (a name imported from a
    package counts as its submodule when there is one)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("haart_archive"):
            module = node.module or ""
            submodules = {f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in known}
            found |= submodules
            if len(submodules) < len(node.names):
                found.add(module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("haart_archive")}
    return found


def client_files(target: str) -> list[Path]:
    path = ROOT / target
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


@pytest.mark.parametrize("target", sorted(CLIENTS))
def test_clients_import_only_the_facade_errors_messages_and_values(target):
    known = core_modules()
    allowed = CLIENTS[target]
    wrong = {
        f"{path.relative_to(ROOT)} imports {module}"
        for path in client_files(target)
        for module in imported(path, known)
        if not matches(module, allowed)
    }
    assert not wrong, "\n".join(sorted(wrong))


def test_only_the_facade_and_the_services_import_services():
    known = core_modules()
    wrong = {
        f"{name} imports {module}"
        for name, path in known.items()
        for module in imported(path, known)
        if matches(module, ("haart_archive.services.*",)) and not matches(name, SERVICE_IMPORTERS)
    }
    assert not wrong, "\n".join(sorted(wrong))


def test_lower_layers_never_import_upwards():
    known = core_modules()
    wrong = {
        f"{name} imports {module}"
        for name, path in known.items()
        if matches(name, LOWER_LAYERS)
        for module in imported(path, known)
        if matches(module, UPPER_LAYERS)
    }
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_circles():
    known = core_modules()
    graph = {name: imported(path, known) & set(known) - {name} for name, path in known.items()}
    circles = [circle for circle in _strongly_connected(graph) if len(circle) > 1]
    assert not circles, circles


def test_the_core_never_imports_qt_widgets():
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "QtWidgets" not in text and "PySide6" not in text, path


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iteratively: each set of modules that import one another."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                found.append(component)
    return found
