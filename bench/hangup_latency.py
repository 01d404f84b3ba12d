"""Click-to-BYE latency of the abuse button (issue 4: BYE within 200 ms of the click).

Runs the real console (offscreen) with its real engine process, and for each of N calls
starts `telephony.simcall` as the caller, answers, and clicks `abuseButton`. The click time
is `time.time()` in this (the console's) process just before the click; the BYE arrival
time is the `at` of simcall's `{"event": "disconnected", "by": "remote"}` line, stamped by
the caller when its SIP stack processed our BYE. Both clocks are this machine's wall clock.

    .venv/bin/python bench/hangup_latency.py [--calls 50]

prints `clicks=N bye_ms_p50=X bye_ms_max=X`.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

CALLER = "+380501234567"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(app: QApplication, ok: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Spin the Qt event loop (the console must keep running) until `ok()` or time out."""
    deadline = time.monotonic() + timeout_s
    while not ok():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def disconnected(out: Path) -> dict[str, object] | None:
    if not out.exists():
        return None
    for line in out.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            event = json.loads(line)
            if event.get("event") == "disconnected":
                return dict(event)
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=50)
    args = ap.parse_args()

    from console.app import build_console, reconcile_now
    from db.models import Operator, OperatorRole
    from db.session import open_database
    from desk.roles import Actor
    from desk.settings import load_settings
    from seat.calllog import CallLog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    tmp = Path(tempfile.mkdtemp(prefix="kuty-hangup-bench-"))
    data = tmp / "data"
    data.mkdir()
    port = free_port()
    settings = load_settings(
        data_dir=data, config_file=tmp / "none.toml", env={}, listen=f"127.0.0.1:{port}",
        audio_device="none", language="en", seat="bench",
    )  # fmt: skip
    sessions = open_database(settings.database)
    with sessions.begin() as s:
        s.add(Operator(id=1, username="bench", display_name="Bench", role=OperatorRole.OPERATOR))
    calllog = CallLog(sessions, settings.seat_name)
    reconcile_now(calllog, settings)
    wired = build_console(settings, calllog, sessions=sessions,
                          actor=Actor("bench", OperatorRole.OPERATOR, 1))  # fmt: skip
    window = wired.window
    window.show()
    ready: list[object] = []
    wired.bridge.engine_ready.connect(ready.append)
    wired.client.start()
    wait_until(app, lambda: bool(ready), 30, "engine ready")
    answer = window.findChild(QPushButton, "answerButton")
    abuse = window.findChild(QPushButton, "abuseButton")
    assert answer is not None and abuse is not None
    recording: set[str] = set()
    wired.bridge.recording_started.connect(lambda e: recording.add(e.call_id))

    latencies: list[float] = []
    try:
        for i in range(args.calls):
            out = tmp / f"simcall-{i}.jsonl"
            with out.open("wb") as log:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "telephony.simcall",
                     "--to", f"sip:127.0.0.1:{port}", "--from", CALLER,
                     "--say", "Алло", "--duration", "20"],
                    cwd=ROOT, stdout=log, stderr=subprocess.DEVNULL,
                    env={**os.environ, "PYTHONPATH": str(ROOT)},
                )  # fmt: skip
            try:
                wait_until(app, answer.isEnabled, 30, "ringing")
                answer.click()
                wait_until(app, abuse.isEnabled, 10, "answered")
                current = window.card.current
                assert current is not None
                call_id = current.call_id
                wait_until(app, lambda: call_id in recording, 10, "recording")  # noqa: B023
                clicked_at = time.time()
                abuse.click()
                got_bye = lambda: disconnected(out) is not None  # noqa: B023, E731
                wait_until(app, got_bye, 10, "BYE at the caller")
                event = disconnected(out)
                assert event is not None and event["by"] == "remote", event
                latencies.append((float(str(event["at"])) - clicked_at) * 1000.0)
                wait_until(app, lambda: window.card.current is None, 10, "call ended")
            finally:
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            for form in list(window.incidents.bar.forms if window.incidents else []):
                form.close()
    finally:
        wired.close()
    if not latencies:
        print("clicks=0 bye_ms_p50=nan bye_ms_max=nan")
        return 1
    p50 = statistics.median(latencies)
    print(f"clicks={len(latencies)} bye_ms_p50={p50:.1f} bye_ms_max={max(latencies):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
