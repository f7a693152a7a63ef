"""The platform layer's imports, read from the source (ast): no platform module imports the
registry (the registry is the one list of platforms and imports them), and there is no import
circle inside ``platforms/``, counting imports inside functions too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PLATFORMS = Path(__file__).resolve().parents[2] / "src" / "humasdesk" / "platforms"


def platform_imports(source: str) -> set[str]:
    """The ``platforms`` modules a module's source imports (relative or absolute)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                if node.module:
                    found.add(node.module.split(".")[0])
                else:
                    found.update(alias.name for alias in node.names)
            elif node.level == 0 and (node.module or "").startswith("humasdesk.platforms."):
                found.add(node.module.split(".")[2])
            elif node.level == 0 and node.module == "humasdesk.platforms":
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("humasdesk.platforms."):
                    found.add(alias.name.split(".")[2])
    return found


def import_graph(folder: Path = PLATFORMS) -> dict[str, set[str]]:
    modules = {path.stem for path in folder.glob("*.py")}
    return {path.stem: platform_imports(path.read_text(encoding="utf-8")) & modules
            for path in sorted(folder.glob("*.py"))}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every circle found by a depth-first walk (each reported once per entry point)."""
    found, state, trail = [], {}, []

    def visit(node: str) -> None:
        state[node] = "open"
        trail.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                found.append([*trail[trail.index(target):], target])
            elif target not in state:
                visit(target)
        trail.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_no_platform_module_imports_the_registry():
    graph = import_graph()
    assert [name for name, targets in graph.items() if "registry" in targets] == []
    # The registry does list them (by name, so it stays one line each).
    assert "linkedin" in (PLATFORMS / "registry.py").read_text(encoding="utf-8")


def test_there_is_no_import_circle_inside_platforms():
    assert cycles(import_graph()) == []


@pytest.mark.parametrize("sources, expected", [
    ({"a": "from .b import x\n", "b": "def f():\n    from .a import y\n"}, [["a", "b", "a"]]),
    ({"a": "from .b import x\n", "b": "import os\n"}, []),
    ({"a": "from . import b\n", "b": "from humasdesk.platforms.a import z\n"},
     [["a", "b", "a"]]),
])
def test_the_checker_finds_a_circle(tmp_path, sources, expected):
    for name, text in sources.items():
        (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    assert cycles(import_graph(tmp_path)) == expected
