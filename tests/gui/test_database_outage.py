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


def test_wrap_up_typed_while_postgres_is_down_is_kept_and_saved_when_it_is_back(
    qtbot: QtBot,
    pg_settings: Settings,
    postgres_server: PostgresServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 11: a dead database keeps the wrap-up draft, frees the operator for the next
    call (READY), and the pane retries until the row is stored."""
    import datetime as dt

    from PySide6.QtCore import Qt

    import console.wrapup_pane as wrapup_pane
    from console.bridge import TelephonyBridge
    from console.main_window import MainWindow
    from console.services import ConsoleServices
    from console.tasks import DbWorker
    from db.session import close_database, open_database
    from desk.wrapups import wrap_up_for_call
    from seat.calllog import CallLog
    from telephony import protocol as p
    from tests.gui.people import OLENA, add_people

    monkeypatch.setattr(wrapup_pane, "RETRY_MS", 500)
    sessions = open_database(pg_settings.database)
    add_people(sessions)
    calllog = CallLog(sessions, pg_settings.seat_name)
    bridge, sent, worker = TelephonyBridge(), [], DbWorker()
    services = ConsoleServices(settings=pg_settings, sessions=sessions, worker=worker)
    services.actor = OLENA
    win = MainWindow(bridge, sent.append, worker=worker, services=services)
    qtbot.addWidget(win)
    win.show()
    try:
        now = dt.datetime.now(dt.UTC).isoformat()
        for event in (
            p.CallIncoming(call_id="c1", remote_uri="sip:x@127.0.0.1",
                           caller_number="+380501234567", display_name="", ring_at=now),
            p.CallAnswered(call_id="c1", answer_at=now),
            p.CallEnded(call_id="c1", end_at=now, end_reason=p.EndReason.REMOTE_HANGUP),
        ):  # fmt: skip
            calllog.apply(event)
            bridge.dispatch(event)
        pane = win.wrapup
        assert pane is not None and pane.isVisible()
        pane.category_box.setCurrentIndex(pane.category_box.findData("data_change"))
        qtbot.keyClicks(pane.topic_edit, "Changed the e-mail address")
        postgres_server.stop("fast")
        with qtbot.waitSignal(pane.save_failed, timeout=20_000) as failed:
            qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
        assert "kept on this computer" in failed.args[0]
        assert pane.topic_edit.text() == "Changed the e-mail address"  # nothing lost
        assert [c.args for c in sent if c.cmd is p.CommandName.SET_AGENT_STATE] == [
            {"state": "ready"}
        ]  # the operator can take the next call meanwhile
        postgres_server.start()
        with qtbot.waitSignal(pane.saved, timeout=30_000):
            pass
        saved = wrap_up_for_call(sessions, OLENA, "c1")
        assert saved is not None and saved.topic == "Changed the e-mail address"
        assert saved.status == "complete" and saved.category == "data_change"
        assert pane.status_label.text() == "Wrap-up saved."
    finally:
        if win.incidents is not None:
            win.incidents.stop()
        worker.shutdown()
        close_database(sessions)
