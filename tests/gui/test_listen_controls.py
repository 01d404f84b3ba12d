"""The wallboard's live-listening controls (issue 13), clicked for real, offscreen.

The database is real (the seat's SQLite, written through its call log); the engine is
not: commands land in `sent` and its events are fed through the bridge, exactly as the
engine client delivers them. tests/integration/test_live_listening.py runs the engines.
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.listen_controls import ListenControls
from db.models import AuditEvent
from telephony import protocol as p
from tests.gui.conftest import Feed, MakeWindow
from tests.gui.people import OLENA, PETRO


def _audits(sessions: sessionmaker[Session]) -> list[tuple[str, str, dict[str, object]]]:
    with sessions() as s:
        rows = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind.like("listen%")))
        return [(r.kind, r.actor, json.loads(r.payload)) for r in rows]


def _call_in_progress(feed: Feed) -> None:
    now = dt.datetime.now(dt.UTC).isoformat()
    feed(p.EngineReady(listen="127.0.0.1:5071", pid=1, seat="seat"))
    feed(p.CallIncoming(call_id="w1", remote_uri="sip:+380501234567@127.0.0.1",
                        caller_number="+380501234567", display_name="", ring_at=now))  # fmt: skip
    feed(p.CallAnswered(call_id="w1", answer_at=now))


def test_listen_whisper_barge_stop_from_the_wallboard(
    qtbot: QtBot,
    make_window: MakeWindow,
    feed: Feed,
    sent: list[p.Command],
    sessions: sessionmaker[Session],
) -> None:
    win = make_window(PETRO)
    win.show_workspace("supervision")
    board = win.wallboard
    assert board is not None
    controls = board.findChild(ListenControls, "listenControls")
    assert controls is not None
    listen, whisper = controls.listen_button, controls.whisper_button
    barge, stop = controls.barge_button, controls.stop_button
    assert "KUTY-1.1" in listen.toolTip() and "Ctrl+Shift+L" in listen.toolTip()
    assert "operator track" in whisper.toolTip() and not whisper.isEnabled()

    qtbot.mouseClick(listen, Qt.MouseButton.LeftButton)  # nothing selected yet
    assert controls.status.text() == "Select a call in progress first."
    assert not sent

    _call_in_progress(feed)
    qtbot.waitUntil(lambda: board.calls.rowCount() == 1, timeout=5000)
    win.show_workspace("supervision")
    board.calls.selectRow(0)
    qtbot.mouseClick(listen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(c.cmd is p.CommandName.LISTEN for c in sent), timeout=5000)
    command = next(c for c in sent if c.cmd is p.CommandName.LISTEN)
    assert command.call_id == "w1" and command.args["uri"] == "sip:operator@127.0.0.1:5071"
    assert len(command.args["token"]) >= 16
    listen_id = command.args["listen_id"]
    assert controls.status.text().startswith("Connecting")

    feed(p.ListenStarted(listen_id=listen_id, call_id="w1", side="supervisor"))
    qtbot.waitUntil(lambda: whisper.isEnabled(), timeout=2000)
    assert controls.status.text() == "Listening: nobody hears you."
    qtbot.mouseClick(whisper, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sent[-1].cmd is p.CommandName.LISTEN_MODE, timeout=5000)
    assert sent[-1].args == {"listen_id": listen_id, "mode": "whisper"}
    feed(p.ListenModeChanged(listen_id=listen_id, call_id="w1", side="supervisor",
                             mode="whisper"))  # fmt: skip
    qtbot.waitUntil(lambda: not whisper.isEnabled() and barge.isEnabled(), timeout=2000)
    qtbot.mouseClick(barge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sent[-1].args.get("mode") == "barge", timeout=5000)
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert sent[-1].cmd is p.CommandName.LISTEN_STOP
    feed(p.ListenEnded(listen_id=listen_id, call_id="w1", side="supervisor", sip_code=200))
    qtbot.waitUntil(lambda: listen.isEnabled() and not stop.isEnabled(), timeout=2000)
    assert controls.status.text() == "Listening ended."

    def audited() -> None:
        kinds = [(k, a) for k, a, _ in _audits(sessions) if a == "supervisor:petro"]
        assert kinds == [("listen_granted", "supervisor:petro"),
                         ("listen_mode", "supervisor:petro"),
                         ("listen_mode", "supervisor:petro"),
                         ("listen_stopped", "supervisor:petro")], kinds  # fmt: skip

    qtbot.waitUntil(audited, timeout=5000)


def test_operators_get_no_listen_controls(make_window: MakeWindow) -> None:
    win = make_window(OLENA)
    assert win.findChild(ListenControls, "listenControls") is None
