"""DESIGN.md layout rule: only console/ imports PySide6, only telephony/ imports pjsua2."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["console", "telephony", "verification", "incidents", "recordings", "db", "desk"]
ALLOWED = {"PySide6": {"console"}, "pjsua2": {"telephony"}}
# Modules of telephony/ that hosts import: they must stay free of pjsua2 too.
PJSUA2_FREE = {
    "telephony/protocol.py", "telephony/caller_id.py", "telephony/launch.py",
    "telephony/accounts.py", "telephony/recording_files.py", "telephony/sip_text.py",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _sources() -> list[Path]:
    return [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))]


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_heavy_imports_stay_in_their_package(path: Path) -> None:
    package = path.relative_to(ROOT).parts[0]
    rel = str(path.relative_to(ROOT))
    imported = _imports(path)
    for lib, owners in ALLOWED.items():
        if lib in imported:
            assert package in owners, f"{rel} imports {lib}; only {owners} may"
    if rel in PJSUA2_FREE:
        assert "pjsua2" not in imported, f"{rel} is shared with hosts and must not load pjsua2"


def test_sources_found() -> None:
    assert len(_sources()) > 10
