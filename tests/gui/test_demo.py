"""`make demo` headless: the whole scenario on real components, as a newcomer runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_headless_demo_answers_verifies_records_and_reports(tmp_path: Path) -> None:
    env = {**os.environ, "KUTY_CONFIG": str(tmp_path / "no-settings.toml")}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "console.demo", "--data-dir", str(tmp_path / "demo")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, out[-3000:] + result.stderr[-3000:]
    assert "clicking 'Відповісти'" in out  # Ukrainian UI by default
    assert "VERIFIED: Коваленко Олена; 1 application(s)" in out
    assert "сонячний" not in out + result.stderr  # the key phrase is never printed
    assert "caller      +380501234567" in out
    assert "[complete]" in out
    shot = QImage(str(tmp_path / "demo" / "console.png"))
    assert not shot.isNull() and shot.width() >= 900
    assert not (tmp_path / "demo" / "demo-profiles.json").exists()
