"""The console on PostgreSQL, which stops mid-shift: calls are still answered and recorded,
the operator sees the degraded state, and the rows arrive once the server is back (issue 6).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from console.app import build_console, reconcile_now
from desk.settings import Settings, with_changes
from tests.gui.test_real_calls import answer_ringing_call, call_in, widget  # noqa: F401
from tests.support.postgres import PostgresServer

ENGINE_START_MS = 20_000


@pytest.fixture
def pg_settings(settings: Settings, postgres_server: PostgresServer) -> Iterator[Settings]:
    url = postgres_server.create_database("console_outage")
    yield with_changes(settings, database_url=url)
    if not postgres_server.running:
        postgres_server.start()
    postgres_server.drop_database(url)


def test_console_keeps_taking_calls_while_postgres_is_down(
    qtbot: QtBot,
    pg_settings: Settings,
    postgres_server: PostgresServer,
    call_in: Callable[..., Any],  # noqa: F811
) -> None:
    from db.session import close_database, open_database
    from seat.calllog import CallLog

    sessions = open_database(pg_settings.database)
    calllog = CallLog(sessions, pg_settings.seat_name)
    reconcile_now(calllog, pg_settings)
    # call_in dials settings.listen_port: same port in both settings objects
    wired = build_console(pg_settings, calllog, sessions=sessions)
    qtbot.addWidget(wired.window)
    wired.window.show()
    try:
        with qtbot.waitSignal(wired.bridge.engine_ready, timeout=ENGINE_START_MS):
            wired.client.start()
        postgres_server.stop("fast")
        call_in(duration=30.0)
        call_id = answer_ringing_call(qtbot, wired)
        assert widget(wired, QLabel, "recordingIndicator").isVisible()
        banner = wired.window.alert_banner
        qtbot.waitUntil(lambda: "database_degraded" in banner.alerts, timeout=15_000)
        assert "recorded" in banner.alerts["database_degraded"]
        with qtbot.waitSignal(wired.bridge.recording_finished, timeout=15_000):
            qtbot.mouseClick(widget(wired, QPushButton, "hangupButton"), _left())
        assert list(Path(pg_settings.recordings_root).rglob("caller.wav"))  # audio is safe

        postgres_server.start()
        qtbot.waitUntil(lambda: "database_degraded" not in banner.alerts, timeout=30_000)
        calls = [c for c in calllog.list_calls(day=None) if c.call_id == call_id]
        assert len(calls) == 1  # journaled rows written once
        assert calls[0].end_reason == "local_hangup"
        assert calls[0].recording_status == "complete" and calls[0].caller_sha256
    finally:
        wired.close()
        close_database(sessions)


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
