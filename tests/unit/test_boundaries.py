"""DESIGN.md "Layers": imports point down, only console/ imports PySide6, only telephony/ pjsua2.

Layer order, lowest first: ``db`` → ``desk`` → ``verification``, ``incidents``,
``recordings``, ``telephony`` (one level: they may use each other) → ``seat`` → ``console``.
Every import, also those inside functions, is checked: a lazy import that points up is
still a dependency that points up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAYER = {
    "db": 0,
    "desk": 1,
    "verification": 2,
    "incidents": 2,
    "recordings": 2,
    "telephony": 2,
    "seat": 3,
    "console": 4,
}
PACKAGES = list(LAYER)
ALLOWED = {"PySide6": {"console"}, "pjsua2": {"telephony"}}
# Modules of telephony/ that hosts import: they must stay free of pjsua2 too.
PJSUA2_FREE = {
    "telephony/protocol.py",
    "telephony/caller_id.py",
    "telephony/accounts.py",
    "telephony/recording_files.py",
    "telephony/sip_text.py",
    "telephony/sip_sanity.py",
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


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down(path: Path) -> None:
    package = path.relative_to(ROOT).parts[0]
    up = sorted(name for name in _imports(path) if name in LAYER and LAYER[name] > LAYER[package])
    assert not up, f"{path.relative_to(ROOT)} ({package}) imports {up}, a layer above it"


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The rule can fail: an import of seat/ from desk/ is one the test must see."""
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from seat.calllog import CallLog\n", encoding="utf-8")
    assert "seat" in _imports(probe)
    assert LAYER["seat"] > LAYER["desk"]


def test_sources_found() -> None:
    assert len(_sources()) > 10
    assert {p.relative_to(ROOT).parts[0] for p in _sources()} == set(PACKAGES)
