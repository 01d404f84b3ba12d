"""The console against a real engine process and a real SIP caller on loopback.

Nothing here is faked: `telephony.engine_main` runs under the console's QProcess, a
second pjsua2 process (`telephony.simcall`) dials it, and calls land in a real SQLite
call log through `seat.calllog`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import Console
from desk.settings import Settings
from tests.gui.conftest import ENGINE_START_MS

pytestmark = [pytest.mark.sip, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CALLER = "+380501234567"
RING_MS = 30_000


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    from db.session import open_database

    factory = open_database(settings.database)
    yield factory
    bind = factory.kw.get("bind")
    if bind is not None:
        bind.dispose()


@pytest.fixture
def console(open_console: Callable[..., Console]) -> Console:
    """The real console as the OS user (no feature panels' people), engine started."""
    return open_console(actor=None)


@pytest.fixture
def call_in(settings: Settings, tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start a real caller dialling the console; every caller is reaped at teardown."""
    callers: list[subprocess.Popen[bytes]] = []

    def start(duration: float = 30.0, extra: tuple[str, ...] = ()) -> subprocess.Popen[bytes]:
        log = (tmp_path / f"simcall-{len(callers)}.log").open("wb")
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "telephony.simcall",
                "--to",
                f"sip:127.0.0.1:{settings.listen_port}",
                "--from",
                CALLER,
                "--say",
                "Добрий день, я щодо черги в садочок",
                "--duration",
                str(duration),
                *extra,
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        log.close()
        callers.append(proc)
        return proc

    yield start
    for proc in callers:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def widget(console: Console, kind: type[QLabel] | type[QPushButton], name: str) -> Any:
    found = console.window.findChild(kind, name)
    assert found is not None, name
    return found


def answer_ringing_call(qtbot: QtBot, console: Console) -> str:
    """Click Answer on the ringing card and wait until talking and recording."""
    bridge = console.bridge
    answer = widget(console, QPushButton, "answerButton")
    qtbot.waitUntil(answer.isEnabled, timeout=RING_MS)
    assert widget(console, QLabel, "callerNumber").text() == "+380 50 123 4567"
    call = console.window.card.current
    assert call is not None
    with qtbot.waitSignal(bridge.call_answered, timeout=10_000):
        qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
    timer = widget(console, QLabel, "callTimer")
    qtbot.waitUntil(lambda: timer.text() != "00:00", timeout=2500)
    qtbot.waitUntil(widget(console, QLabel, "recordingIndicator").isVisible, timeout=5000)
    return call.call_id


def test_answer_talk_hang_up_and_see_it_in_history(
    qtbot: QtBot, console: Console, call_in: Callable[..., subprocess.Popen[bytes]]
) -> None:
    bridge = console.bridge
    with qtbot.waitSignal(bridge.call_incoming, timeout=RING_MS) as ringing:
        call_in()
    assert ringing.args is not None
    assert ringing.args[0].caller_number == CALLER
    call_id = answer_ringing_call(qtbot, console)

    with qtbot.waitSignal(
        bridge.call_ended, timeout=10_000, check_params_cb=lambda e: e.call_id == call_id
    ):
        qtbot.mouseClick(widget(console, QPushButton, "hangupButton"), Qt.MouseButton.LeftButton)
    assert not widget(console, QPushButton, "hangupButton").isEnabled()
    qtbot.waitUntil(
        lambda: not widget(console, QLabel, "recordingIndicator").isVisible(), timeout=10_000
    )
    history = console.window.history

    def shows_the_call() -> None:
        rows = history.row_texts()
        assert len(rows) == 1
        assert rows[0][2] == "+380 50 123 4567"
        assert rows[0][4] == "Operator hung up"
        assert rows[0][5] == "Recorded"

    qtbot.waitUntil(shows_the_call, timeout=10_000)


def audit_kinds(sessions: sessionmaker[Session]) -> list[str]:
    from db.models import AuditEvent

    with sessions() as session:
        return list(session.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)))


def test_console_survives_kill_9_of_the_engine_mid_call(
    qtbot: QtBot,
    console: Console,
    sessions: sessionmaker[Session],
    call_in: Callable[..., subprocess.Popen[bytes]],
) -> None:
    bridge = console.bridge
    with qtbot.waitSignal(bridge.call_incoming, timeout=RING_MS):
        call_in()
    call_id = answer_ringing_call(qtbot, console)
    first_pid = console.client.pid
    assert first_pid > 0

    with (
        qtbot.waitSignal(bridge.engine_died, timeout=10_000) as died,
        qtbot.waitSignal(bridge.engine_restarted, timeout=ENGINE_START_MS),
    ):
        os.kill(first_pid, signal.SIGKILL)
    assert died.args is not None
    assert "signal 9" in died.args[0]

    window = console.window
    assert window.isVisible()
    assert console.client.pid not in (0, first_pid)
    status = widget(console, QLabel, "engineStatus")
    assert status.property("engineState") == "ready"
    assert status.text() == "Phone: ready"
    assert not widget(console, QPushButton, "hangupButton").isEnabled()
    assert not widget(console, QLabel, "recordingIndicator").isVisible()
    assert "engine_died" not in window.alert_banner.alerts  # gone when the engine came back

    def interrupted_call_in_history() -> None:
        rows = window.history.row_texts()
        assert len(rows) == 1
        assert rows[0][4] == "Interrupted"
        assert rows[0][5] in {"Repaired", "Recorded"}

    qtbot.waitUntil(interrupted_call_in_history, timeout=10_000)
    assert call_id not in console.client.open_calls

    def death_and_restart_audited() -> None:
        kinds = audit_kinds(sessions)
        assert "engine_died" in kinds
        assert "engine_restarted" in kinds
        assert kinds.index("engine_died") < kinds.index("engine_restarted")

    qtbot.waitUntil(death_and_restart_audited, timeout=5000)

    # The new engine takes calls again.
    with qtbot.waitSignal(bridge.call_incoming, timeout=RING_MS):
        call_in()
    answer_ringing_call(qtbot, console)
