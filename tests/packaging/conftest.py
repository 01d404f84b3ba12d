"""The bundle and the .deb, built once per test session by `make package`'s own script.

packaging/build.sh runs exactly as `make package` runs it (PyInstaller installed from
pyproject's `package` extra when missing, the spec, the smoke test, the .deb), but into a
tmp folder: never into the clone's dist/ or build/. About two and a half minutes on 2
cores; every test of tests/packaging/ shares the result.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 900


@dataclass(frozen=True)
class Package:
    """What `make package` made: the one-folder bundle, the .deb and the build's output."""

    bundle: Path
    deb: Path
    log: str

    @property
    def kuty(self) -> Path:
        return self.bundle / "kuty"

    @property
    def console(self) -> Path:
        return self.bundle / "kuty-console"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A person's fresh account: HOME only, no XDG dirs, no display, no KUTY_ settings,
    no Python of ours on the path (the bundle must not lean on the checkout)."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Package]:
    out = tmp_path_factory.mktemp("package")
    env = {**os.environ, "PY": sys.executable, "OUT": str(out / "dist")}
    env["BUILD"] = str(out / "build")
    res = subprocess.run(
        ["bash", "packaging/build.sh"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    log = res.stdout + res.stderr
    assert res.returncode == 0, log[-4000:]
    debs = sorted((out / "dist").glob("kuty-console_*_*.deb"))
    assert len(debs) == 1, log[-2000:]
    yield Package(bundle=out / "dist" / "kuty-console", deb=debs[0], log=log)
