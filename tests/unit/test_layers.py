"""The layers of the design (DESIGN.md, and README "Development"), read from the imports (ast),
so a break fails here:

- ``domain/`` imports nothing else from HumasDesk and no I/O library;
- ``platforms/``, ``store/``, ``speech/``, ``publishing/`` and ``services/`` import no Qt;
- ``ui/`` and ``cli/`` import only ``services/``, ``domain/``, their own package and the
  app-level modules in ``FRONT_END_MAY_ALSO_IMPORT``, and never reach the store or the
  platform registry through the ``App`` object (``app.store``, ``app.registry``);
- only ``store/`` imports ``sqlite3`` (SQL only in the store);
- no import cycle between the packages (and the top-level modules).

Imports inside functions count as much as those at the top of a module.
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src" / "humasdesk"

# App-level modules the front ends may import besides services/ and domain/:
# - ``humasdesk`` itself: the version number;
# - ``app``: the composition root that builds the services (App, Paths, the data-folder and
#   language helpers) — the front ends start from it;
# - ``logs``: logging set-up and the redaction of secrets in log lines.
FRONT_END_MAY_ALSO_IMPORT = {"humasdesk", "humasdesk.app", "humasdesk.logs"}
# ``humasdesk`` with no command opens the window: the CLI starts it (inside the function, so
# the command line never loads Qt otherwise).
CLI_MAY_OPEN_THE_WINDOW = "humasdesk.ui.main"
FRONT_ENDS = ("ui", "cli")
NO_QT = ("platforms", "store", "speech", "publishing", "services", "media")
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
# domain/ is pure: of the libraries outside the standard library only ``regex`` (text
# matching, no I/O), and none of the standard library's I/O modules.
DOMAIN_THIRD_PARTY = {"regex"}
DOMAIN_NO_IO = {"sqlite3", "socket", "ssl", "http", "urllib", "subprocess", "asyncio",
                "ctypes", "shutil", "tempfile", "logging"}

def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def imports_of(path: Path) -> tuple[tuple[str, int], ...]:
    """(imported module, line) for every import in the file, relative ones made absolute;
    ``from package import name`` counts as importing ``package.name`` when that is a module."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                found.append((submodule if is_module(submodule) else target, node.lineno))
    return tuple(found)


def is_module(name: str) -> bool:
    if not name.startswith("humasdesk"):
        return False
    relative = Path(*name.split(".")[1:]) if "." in name else Path()
    return (SOURCE / relative).with_suffix(".py").is_file() or \
        (SOURCE / relative / "__init__.py").is_file()


def area(module: str) -> str:
    """The package (``ui``, ``store``...) or top-level module (``app``) a module belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def files(*areas: str) -> list[Path]:
    found = []
    for name in areas:
        folder = SOURCE / name
        found += sorted(folder.rglob("*.py")) if folder.is_dir() else [folder.with_suffix(".py")]
    return found


def relative(path: Path) -> str:
    return path.relative_to(SOURCE).as_posix()


def is_within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def project_imports(path: Path):
    return [(m, line) for m, line in imports_of(path) if is_within(m, "humasdesk")]


def test_domain_imports_nothing_else_from_the_project_and_no_io():
    broken = []
    for path in files("domain"):
        for module, line in imports_of(path):
            top = module.split(".")[0]
            if top == "humasdesk":
                if not is_within(module, "humasdesk.domain"):
                    broken.append(f"{relative(path)}:{line} imports {module}")
            elif top in DOMAIN_NO_IO or (top not in sys.stdlib_module_names and
                                         top not in DOMAIN_THIRD_PARTY and top != "__future__"):
                broken.append(f"{relative(path)}:{line} imports {module}")
    assert not broken, "domain/ must stay pure:\n" + "\n".join(broken)


def test_the_core_imports_no_qt():
    broken = [f"{relative(path)}:{line} imports {module}"
              for path in files(*NO_QT) for module, line in imports_of(path)
              if module.split(".")[0] in QT]
    assert not broken, "Qt below the front ends:\n" + "\n".join(broken)


def test_the_front_ends_go_through_services_and_domain_only():
    broken = []
    for path in files(*FRONT_ENDS):
        own = f"humasdesk.{relative(path).split('/')[0]}"
        for module, line in project_imports(path):
            allowed = (is_within(module, "humasdesk.services") or
                       is_within(module, "humasdesk.domain") or is_within(module, own) or
                       module in FRONT_END_MAY_ALSO_IMPORT or
                       (own == "humasdesk.cli" and module == CLI_MAY_OPEN_THE_WINDOW))
            if not allowed:
                broken.append(f"{relative(path)}:{line} imports {module}")
    assert not broken, ("ui/ and cli/ may import only services/ and domain/ "
                        "(see DESIGN.md, Layers):\n" + "\n".join(broken))


def test_only_the_store_imports_sqlite():
    broken = [f"{relative(path)}:{line} imports {module}"
              for path in sorted(SOURCE.rglob("*.py"))
              if relative(path).split("/")[0] != "store"
              for module, line in imports_of(path) if module.split(".")[0] == "sqlite3"]
    assert not broken, "SQL belongs in store/:\n" + "\n".join(broken)


def reaches_through_the_app(node: ast.AST) -> bool:
    """``app.store``, ``self.app.registry``, ``ui.app.store.queue``..."""
    if not (isinstance(node, ast.Attribute) and node.attr in ("store", "registry")):
        return False
    owner = node.value
    return (isinstance(owner, ast.Name) and owner.id == "app") or \
        (isinstance(owner, ast.Attribute) and owner.attr == "app")


def test_the_front_ends_do_not_reach_the_store_or_registry_through_the_app():
    broken = []
    for path in files(*FRONT_ENDS):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        broken += [f"{relative(path)}:{node.lineno} uses .{node.attr}"
                   for node in ast.walk(tree) if reaches_through_the_app(node)]
    assert not broken, "the front ends use the services the App built:\n" + "\n".join(broken)


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        source = area(module_name(path))
        targets = graph.setdefault(source, set())
        for module, _line in project_imports(path):
            target = area(module)
            if target != source and target != "humasdesk":  # the version number
                targets.add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found, done = [], set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            found.append(path[path.index(node):] + [node])
            return
        if node in done:
            return
        for target in sorted(graph.get(node, ())):
            visit(target, path + [node])
        done.add(node)

    for node in sorted(graph):
        visit(node, [])
    return found


def test_no_import_cycle_between_packages():
    found = cycles(package_graph())
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(c) for c in found)


@pytest.mark.parametrize("graph, expected", [
    ({"ui": {"services"}, "services": {"store"}, "store": set()}, []),
    ({"ui": {"services"}, "services": {"ui"}}, [["services", "ui", "services"]]),
])
def test_the_cycle_finder_finds_cycles(graph, expected):
    assert cycles(graph) == expected


def test_relative_imports_are_read_as_the_modules_they_name():
    queue_page = SOURCE / "ui" / "pages" / "queue.py"
    modules = {module for module, _line in imports_of(queue_page)}
    assert "humasdesk.services.queue" in modules and "humasdesk.ui.context" in modules
    assert "humasdesk.ui.pages.queue" not in modules
