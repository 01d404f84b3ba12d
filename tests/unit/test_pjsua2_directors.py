"""Callbacks we never override are not SWIG directors in our pjsua2 build (issue 15).

packaging/pjsip/0004 marks them `nodirector`, so pjsua2 calls its C++ base directly
instead of a Python round trip per call (onAudioMediaOpCompleted: once per
startTransmit). The price: a Python override of one of them would be silently ignored.
So: no class of ours overrides a method on that list, and the built extension really has
directors for the ones we do override and none for the rest.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pjsua2 import _pjsua2

REPO = Path(__file__).resolve().parents[2]
PATCH = REPO / "packaging" / "pjsip" / "0004-no-directors-for-callbacks-we-never-override.patch"
NODIRECTOR = re.compile(r'^\+%feature\("nodirector"\) pj::(\w+)::(\w+);', re.M)
OUR_BASES = {  # our subclasses of pjsua2 classes, by the pjsua2 class they extend
    "EngineEndpoint": "Endpoint",
}


def _nodirectors() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for cls, method in NODIRECTOR.findall(PATCH.read_text()):
        found.setdefault(cls, set()).add(method)
    return found


def _pj_base(node: ast.ClassDef) -> str | None:
    for base in node.bases:
        if (
            isinstance(base, ast.Attribute)
            and isinstance(base.value, ast.Name)
            and base.value.id in ("pj", "pjsua2")
        ):
            return base.attr
        if isinstance(base, ast.Name) and base.id in OUR_BASES:
            return OUR_BASES[base.id]
    return None


def test_the_patch_lists_the_hot_callbacks() -> None:
    lists = _nodirectors()
    assert "onAudioMediaOpCompleted" in lists["Endpoint"]
    assert {"onCreateMediaTransport", "onCallSdpCreated"} <= lists["Call"]


def test_no_class_of_ours_overrides_a_nodirector_callback() -> None:
    lists = _nodirectors()
    clashes = []
    for path in [*REPO.glob("telephony/**/*.py"), *REPO.glob("tests/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef) or (base := _pj_base(node)) is None:
                continue
            defined = {f.name for f in node.body if isinstance(f, ast.FunctionDef)}
            clashes += [f"{path.name}:{node.name}.{m}" for m in defined & lists.get(base, set())]
    assert clashes == [], "these overrides would never be called (packaging/pjsip/0004)"


@pytest.mark.skipif(shutil.which("nm") is None, reason="binutils' nm")
def test_the_built_extension_has_directors_only_where_we_override() -> None:
    symbols = subprocess.run(
        ["nm", "-DC", _pjsua2.__file__], capture_output=True, text=True, check=True
    ).stdout
    directors = set(re.findall(r"SwigDirector_(\w+)::(on\w+)\(", symbols))
    assert ("Call", "onCallState") in directors  # the control: overridden, so a director
    assert ("Account", "onIncomingCall") in directors
    for cls, methods in _nodirectors().items():
        for method in methods:
            assert (cls, method) not in directors, f"{cls}::{method} is still a director"
