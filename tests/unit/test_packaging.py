"""The installable bundle carries what the console needs at run time (not just .py files)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_translations_migrations_and_policies(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheels = list(tmp_path.glob("kuty_console-*.whl"))
    assert len(wheels) == 1
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    for needed in (
        "console/i18n/kuty_uk.qm",
        "console/i18n/kuty_ru.qm",  # issue 12
        "console/i18n/kuty_kk.qm",
        "db/migrations/env.py",
        "db/migrations/versions/0001_initial.py",
        "desk/policies/kuty.toml",
        "telephony/engine_main.py",
        "telephony/data/not_recorded_uk.wav",  # KUTY-1.1 announcement (issue 11)
    ):
        assert needed in names, f"{needed} missing from the wheel"
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheels[0]).read(entry_points).decode()
    assert "kuty = seat.cli:main" in text and "kuty-console = console.app:main" in text
