"""The layers hold: every import of ours (at the top of a module or inside a function) goes in an
allowed direction, and no module reaches itself through others."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kehoach_desktop"

# layer → the layers of ours it must not import
FORBIDDEN = {
    "domain": {"db", "services", "exchange", "ui", "records", "cli", "bootstrap"},
    "records": {"db", "services", "exchange", "ui", "cli", "bootstrap"},
    "exchange": {"db", "services", "ui", "cli", "bootstrap"},
    "db": {"services", "exchange", "ui", "cli"},
    "services": {"ui", "cli"},
    "ui": {"db"},
}


def modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        if "generated" in path.parts or "migrations" in path.parts:
            continue
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = path
    return out


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in known else module for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        for target in targets:
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known and target != name:
                found.add(target)
    return found


def layer(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items()}


def test_imports_go_in_allowed_directions(graph: dict[str, set[str]]) -> None:
    wrong = sorted((m, d) for m, deps in graph.items() for d in deps if layer(d) in FORBIDDEN.get(layer(m), set()))
    assert wrong == []


def test_no_import_cycles(graph: dict[str, set[str]]) -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    assert cycles == []


def test_services_domain_records_and_exchange_know_nothing_of_qt() -> None:
    for name, path in modules().items():
        if layer(name) in ("services", "domain", "records", "exchange", "db"):
            assert "PySide6" not in path.read_text(encoding="utf-8"), name


def test_a_targets_verdict_is_worded_once() -> None:
    """«Đạt», «Chưa đạt», «Đang thực hiện, …» are domain.targets.VERDICT_LABELS: the report, its
    Excel companion, the dashboard and the targets dialog show (or translate) those, and write no
    verdict of their own."""
    from kehoach_desktop.domain.targets import VERDICT_LABELS

    words = set(VERDICT_LABELS.values())
    found = [f"{name}:{node.lineno} {node.value}" for name, path in modules().items() if layer(name) != "domain"
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and node.value in words]
    assert found == []


@pytest.mark.parametrize("module, absent", [
    ("kehoach_desktop.exchange.plan_pdf", "openpyxl"),  # a PDF needs no spreadsheet library
    ("kehoach_desktop.exchange.report_pdf", "openpyxl"),
    ("kehoach_desktop.services.transfer", "openpyxl"),
    ("kehoach_desktop.services.plans", "PySide6"),
])
def test_importing_a_module_does_not_load(module: str, absent: str) -> None:
    code = f"import sys, {module}; print({absent!r} in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "False"
