"""The missed-calls / call-backs list of the dial box on a real database (issue 11): rows
written by the call log (a declined call, a wrap-up with a call-back due), listed through
db.queries.missed_calls and desk.wrapups.callbacks_due on the database worker, called back
with one click, and the call-back marked done once the callee answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.bridge import TelephonyBridge
from console.main_window import MainWindow
from console.services import ConsoleServices
from console.tasks import DbWorker
from desk import wrapups
from desk.settings import Settings
from seat.calllog import CallLog
from telephony import protocol as p
from tests.gui import events as ev
from tests.gui.people import OLENA, add_people

DECLINED = "+380441234567"
CALL_BACK = "+380671234567"


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    from db.session import close_database, open_database

    factory = open_database(settings.database)
    add_people(factory)
    yield factory
    close_database(factory)


def iso(delta_s: float = 0) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=delta_s)).isoformat()


def seed(sessions: sessionmaker[Session], settings: Settings, services: ConsoleServices) -> int:
    """A call refused while not ready, and an answered call whose wrap-up asks to call back."""
    log = CallLog(sessions, settings.seat_name)
    log.apply(
        p.CallDeclined(
            call_id="d1",
            remote_uri=f"sip:{DECLINED}@127.0.0.1",
            caller_number=DECLINED,
            display_name="",
            ring_at=iso(-60),
            end_at=iso(-59),
            end_reason=p.EndReason.NOT_READY,
            sip_code=486,
        )
    )
    incoming = ev.incoming("c9", CALL_BACK)
    log.apply(p.CallIncoming(**{**incoming.__dict__, "ring_at": iso(-50)}))
    log.apply(p.CallAnswered(call_id="c9", answer_at=iso(-45)))
    log.apply(p.CallEnded(call_id="c9", end_at=iso(-20), end_reason=p.EndReason.REMOTE_HANGUP))
    policy = services.policy
    saved = wrapups.save_wrap_up(
        sessions,
        OLENA,
        policy,
        wrapups.WrapUpInput(
            call_id="c9",
            category=policy.categories[0].id,
            topic="Довідка",
            callback_due=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
        ),
    )
    return saved.id


def test_missed_and_due_call_backs_are_listed_called_back_and_marked_done(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    worker = DbWorker()
    services = ConsoleServices(settings=settings, sessions=sessions, worker=worker)
    services.actor = OLENA
    wrap_up_id = seed(sessions, settings, services)
    bridge = TelephonyBridge()
    sent: list[p.Command] = []
    win = MainWindow(bridge, sent.append, worker=worker, services=services)
    qtbot.addWidget(win)
    try:
        missed = win.findChild(QToolButton, "missedButton")
        assert missed is not None
        qtbot.waitUntil(lambda: missed.text() == "Missed: 1 · Call back: 1", timeout=10_000)
        box = win.call_controls.dial_box
        entries = box.entries()
        assert [e.text().split()[0:4] for e in entries] == [
            ["+380", "44", "123", "4567"],
            ["+380", "67", "123", "4567"],
        ]
        assert entries[0].text().endswith("you were not ready")
        entries[1].trigger()
        assert sent == [p.Command(p.CommandName.DIAL, None, {"uri": CALL_BACK})]
        bridge.dispatch(
            p.CallOutgoing(
                call_id="o1",
                remote_uri=f"sip:{CALL_BACK}@127.0.0.1",
                callee_number=CALL_BACK,
                ring_at=iso(),
            )
        )
        bridge.dispatch(p.CallAnswered(call_id="o1", answer_at=iso()))
        qtbot.waitUntil(lambda: missed.text() == "Missed: 1", timeout=10_000)
        due = wrapups.callbacks_due(sessions, OLENA)
        assert [w.id for w in due] == []
        done = wrapups.wrap_up_for_call(sessions, OLENA, "c9")
        assert done is not None and done.id == wrap_up_id and done.callback_done_at is not None
    finally:
        if win.incidents is not None:
            win.incidents.stop()
        worker.shutdown()


def test_a_seat_without_call_handling_lists_missed_calls_without_an_error_banner(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    """A head admin's console has no call-back queue (callbacks_due would be refused):
    the list shows the missed calls and no permission error reaches the banner."""
    from desk.roles import Actor, Role

    worker = DbWorker()
    services = ConsoleServices(settings=settings, sessions=sessions, worker=worker)
    seed(sessions, settings, services)
    services.actor = Actor("head", Role.HEAD_ADMIN, None)
    win = MainWindow(TelephonyBridge(), lambda _c: None, worker=worker, services=services)
    qtbot.addWidget(win)
    win.show()
    try:
        missed = win.findChild(QToolButton, "missedButton")
        assert missed is not None
        qtbot.waitUntil(lambda: missed.text() == "Missed: 1", timeout=10_000)
        worker.submit(lambda: None, label="barrier")
        qtbot.wait(200)
        assert not win.alert_banner.isVisible()
    finally:
        if win.incidents is not None:
            win.incidents.stop()
        worker.shutdown()
