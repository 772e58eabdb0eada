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
