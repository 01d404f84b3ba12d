"""`make demo` headless: the whole scenario on real components, as a newcomer runs it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_headless_demo_runs_the_operators_day_and_reports(tmp_path: Path) -> None:
    """Ringing with sound (ALSA file devices), answer, verification, after-call work with a
    wrap-up and a call-back, Ready again, the call-back placed and recorded (issue 11)."""
    env = {**os.environ, "KUTY_CONFIG": str(tmp_path / "no-settings.toml")}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "console.demo", "--data-dir", str(tmp_path / "demo")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, out[-3000:] + result.stderr[-3000:]
    assert "clicking 'Відповісти'" in out  # Ukrainian UI by default
    assert "VERIFIED: Коваленко Олена; 1 application(s)" in out
    assert "сонячний" not in out + result.stderr  # the key phrase is never printed
    assert "caller      +380501234567" in out
    assert "[complete]" in out
    ring = re.search(r"ringtone    ([\d.]+) s in the headset, ([\d.]+) s on the ringer", out)
    assert ring and float(ring[1]) >= 0.5 and float(ring[2]) >= 0.5, out[-3000:]
    assert "state bar: 'Після дзвінка: залишилось" in out  # after-call work, in Ukrainian
    assert re.search(r"wrap-up     data_change / .+ / KUTY-\d{8}-\d{5} \[complete\]", out)
    assert "states      ready -> after_call_work -> ready" in out
    back = r"call-back   \+380501234567 outgoing, answered \S+, recording \[complete\]"
    assert re.search(back, out), out[-3000:]
    # Issue 12: one written contact answered through the written workspace, the reply
    # relayed with exactly the bytes the desk stored.
    written = r"written     mail from olena\.kovalenko@example\.org answered, case KUTY-\d{8}-\d{5}"
    assert re.search(written, out), out[-3000:]
    assert re.search(r"sha256      [0-9a-f]{64}  reply \(as stored\)", out)
    for name in ("console-wrapup.png", "console-after.png", "console-written.png"):
        assert not QImage(str(tmp_path / "demo" / name)).isNull(), name
    shot = QImage(str(tmp_path / "demo" / "console.png"))
    assert not shot.isNull() and shot.width() >= 900
    assert not (tmp_path / "demo" / "demo-profiles.json").exists()
