"""The layers of DESIGN.md §3: imports point downward only, and only ui/ (and the entry points)
may import Qt. Checked on the source text, so a violation fails before anyone runs the GUI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "exchangedesk"

# For each layer, the layers of exchangedesk it must not import.
FORBIDDEN = {
    "domain": {"db", "services", "reports", "interchange", "ui", "cli"},
    "db": {"services", "reports", "interchange", "ui", "cli"},
    "services": {"ui", "cli"},
    "reports": {"ui", "cli", "db", "services"},  # renderers take reports.data types only
    "interchange": {"ui", "cli", "db"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_downward_and_avoid_qt(layer):
    offenders = []
    for module in _modules(layer):
        for name in _imports(module):
            parts = name.split(".")
            if parts[0] in {"PySide6", "qtawesome", "superqt"}:
                offenders.append(f"{module.relative_to(PACKAGE)} imports {name}")
            if parts[0] == "exchangedesk" and len(parts) > 1 and parts[1] in FORBIDDEN[layer]:
                offenders.append(f"{module.relative_to(PACKAGE)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_every_layer_exists():
    for layer in [*FORBIDDEN, "ui"]:
        assert (PACKAGE / layer / "__init__.py").is_file(), layer


# -- one package per area (issue 13) -------------------------------------------------------

MAX_MODULES_PER_FOLDER = 25  # past this, a newcomer cannot find an area's files at a glance


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Which exchangedesk modules each module imports, at any depth (a function's late import
    counts too: it still ties the two modules together)."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    target = full if full in modules else node.module
                    if target in modules and target != name:
                        graph[name].add(target)
            elif isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name in modules)
    return graph


def test_no_two_modules_import_each_other():
    graph = _import_graph()

    def related(a: str, b: str) -> bool:  # a package and its own modules
        return a.startswith(b + ".") or b.startswith(a + ".")

    circles = sorted(
        {
            tuple(sorted((a, b)))
            for a, targets in graph.items()
            for b in targets
            if a in graph.get(b, ()) and not related(a, b)
        }
    )
    assert not circles, circles


def test_no_folder_of_the_package_is_a_heap():
    counts: dict[Path, int] = {}
    for path in PACKAGE.rglob("*.py"):
        counts[path.parent] = counts.get(path.parent, 0) + 1
    crowded = {
        str(f.relative_to(PACKAGE)): n for f, n in counts.items() if n > MAX_MODULES_PER_FOLDER
    }
    assert not crowded, crowded
