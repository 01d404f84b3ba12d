"""Written correspondence (KUTY-3.3/3.4), the supervisor queue, complaints (KUTY-1.2) and
the blocklist flag, through the real window on a real SQLite database.

No engine is needed for these: engine events are fed to the bridge as the engine client
would, and every database call runs on the console's real worker.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.bridge import TelephonyBridge
from console.caller_display import desk_datetime
from console.main_window import MainWindow
from db.models import Call
from db.models_incidents import (
    ComplaintCategory,
    Incident,
    IncidentKind,
    Message,
    MessageChannel,
    Notification,
)
from desk.settings import Settings
from incidents.blocklist import block_number
from incidents.config import load_config
from incidents.messages import log_message
from incidents.service import report_message_incident
from telephony import protocol as p
from tests.gui import events as ev
from tests.gui.conftest import MakeWindow
from tests.gui.people import OLENA, PETRO
from tests.gui.test_incidents_calls import CALLER, incidents, sha256sum_check, write_incidents_toml


def test_written_abuse_and_threat_stop_and_report(
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],
    settings: Settings,
    free_port: int,
) -> None:
    write_incidents_toml(settings.data_dir, free_port)  # SMTP down: must not matter here
    win = make_window(OLENA)
    assert win.incidents is not None and win.incidents.messages is not None
    view = win.incidents.messages
    assert win.incidents.queue is None  # operators have no supervisor queue

    def log(sender: str, body: str) -> None:
        count = view.list.count()
        view.sender_edit.setText(sender)
        view.subject_edit.setText("Черга")
        view.body_edit.setPlainText(body)  # QTest cannot type Cyrillic
        qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.list.count() == count + 1, timeout=5000)

    log("rude@example.com", "Ви всі ...!")
    assert "KUTY-3.3" in view.abuse_button.toolTip()
    with qtbot.waitSignal(view.filed, timeout=10_000):
        qtbot.mouseClick(view.abuse_button, Qt.MouseButton.LeftButton)
    assert not view.abuse_button.isEnabled()  # reported once
    log("angry@example.com", "Я знаю, де ви працюєте. Чекайте гостей.")
    assert "KUTY-3.4" in view.threat_button.toolTip()
    with qtbot.waitSignal(view.filed, timeout=30_000):
        qtbot.mouseClick(view.threat_button, Qt.MouseButton.LeftButton)

    abuse, threat = incidents(sessions)
    assert (abuse.kind, abuse.channel.value) == (IncidentKind.ABUSE, "written")
    assert (threat.kind, threat.channel.value) == (IncidentKind.THREAT, "written")
    assert abuse.package_path is None and threat.package_path
    with sessions() as s:
        stopped = s.scalars(sa.select(Message.stopped).order_by(Message.id)).all()
        assert stopped == [True, True]
        notices = s.scalars(sa.select(Notification.channel)).all()
        assert sorted(n.value for n in notices) == ["email", "email", "in_app", "in_app"]
    folder = Path(threat.package_path or "")
    assert (folder / "message.txt").read_text(encoding="utf-8").count("Чекайте гостей") == 1
    check = sha256sum_check(folder)
    assert check.returncode == 0, check.stdout + check.stderr


def test_supervisor_acknowledges_a_notification_in_the_queue(
    qtbot: QtBot, make_window: MakeWindow, sessions: sessionmaker[Session], settings: Settings
) -> None:
    config = load_config(settings.data_dir)
    message_id = log_message(sessions, OLENA, channel=MessageChannel.CHAT, sender="x", body="…")
    incident_id = report_message_incident(
        sessions, OLENA, message_id=message_id, kind=IncidentKind.ABUSE, config=config
    )
    win = make_window(PETRO)
    assert win.incidents is not None and win.incidents.queue is not None
    queue = win.incidents.queue
    qtbot.waitUntil(lambda: queue.badge.text() == "1", timeout=5000)
    tabs = win.supervision_tabs
    assert tabs.tabText(tabs.indexOf(queue)) == "Supervisor queue (1)"
    nav = win.workspaces.nav
    names = [nav.item(i).text() for i in range(nav.count())]
    assert names == ["Calls", "Supervision (1)", "Reports", "Inbox"]
    assert f"Incident {incident_id}" in queue.list.item(0).text()
    tabs.setCurrentWidget(queue)  # the wallboard is the workspace's first tab
    assert not queue.ack_button.isEnabled()  # a note is required
    queue.note_edit.setText("Поговорив з оператором")
    with qtbot.waitSignal(queue.acknowledged, timeout=5000):
        qtbot.mouseClick(queue.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.badge.text() == "0", timeout=5000)
    with sessions() as s:
        row = s.scalars(sa.select(Notification).where(Notification.channel == "in_app")).one()
        assert row.acknowledged_at is not None
        assert row.acknowledged_by == "supervisor:petro"
        assert row.ack_note == "Поговорив з оператором"


def test_complaints_register_highlights_overdue_and_links_a_call(
    qtbot: QtBot, make_window: MakeWindow, sessions: sessionmaker[Session]
) -> None:
    win = make_window(PETRO)
    assert win.incidents is not None and win.incidents.complaints is not None
    view = win.incidents.complaints
    win.incidents.supervision_tabs.setCurrentWidget(view)
    assert view.form.isVisible()  # supervisors manage complaints (MANAGE_COMPLAINTS)

    def add(name: str, days_ago: int, category: ComplaintCategory) -> None:
        count = view.table.rowCount()
        view.name_edit.setText(name)
        view.text_edit.setPlainText("Оператор був неввічливим")
        view.received_edit.setDate(QDate.currentDate().addDays(-days_ago))
        view.category_box.setCurrentIndex(view.category_box.findData(category.value))
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.table.rowCount() == count + 1, timeout=5000)

    add("Іваненко", 60, ComplaintCategory.SIMPLE)
    add("Петренко", 0, ComplaintCategory.NEEDS_STUDY)
    names = [view.table.item(r, 1).text() for r in range(2)]
    overdue = {names[r]: view.is_overdue_row(r) for r in range(2)}
    assert overdue == {"Іваненко": True, "Петренко": False}
    row = names.index("Іваненко")
    assert view.table.item(row, 1).background().color().name() == "#f8d0d0"
    due = dt.datetime.strptime(view.table.item(row, 3).text(), "%d.%m.%Y").date()  # as shown
    assert due == dt.date.today() - dt.timedelta(days=60) + dt.timedelta(days=15)

    ring = dt.datetime.now(dt.UTC)
    with sessions.begin() as s:  # the call the complaint is about
        s.add(Call(id="call-1", ring_at=ring, remote_number="+380501234567", seat="test-seat"))
    view.table.selectRow(row)
    picker = view.open_call_picker()  # chosen from the list, never typed as an id
    qtbot.waitUntil(lambda: len(picker.rows) == 1, timeout=5000)
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert view.call is not None and view.call.call_id == "call-1"
    view.table.selectRow(row)
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    # Shown by its time and number, as a person knows it, not by its id (issue 13).
    shown = f"{desk_datetime(ring)} +380 50 123 4567"
    qtbot.waitUntil(lambda: view.table.item(row, 5).text() == shown, timeout=5000)


def test_blocked_number_is_flagged_on_the_ringing_card_not_rejected(
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],
    bridge: TelephonyBridge,
    sent: list[p.Command],
) -> None:
    block_number(sessions, PETRO, CALLER, "погрози (KUTY-3.2)")
    win = make_window(OLENA)
    flag = win.findChild(QLabel, "blockedFlag")
    assert flag is not None and not flag.isVisible()
    bridge.dispatch(ev.incoming(call_id="c1", number=CALLER))
    qtbot.waitUntil(flag.isVisible, timeout=5000)
    assert flag.text() == "Number blocked"
    assert not [c for c in sent if c.cmd is p.CommandName.REJECT]
    bridge.dispatch(ev.ended("c1"))
    assert not flag.isVisible()


def test_blocked_number_is_rejected_when_the_policy_says_so(
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],
    settings: Settings,
    bridge: TelephonyBridge,
    sent: list[p.Command],
) -> None:
    (settings.data_dir / "incidents.toml").write_text("auto_reject_blocked = true\n")
    block_number(sessions, PETRO, CALLER, "KZP-30-19")
    make_window(OLENA)
    bridge.dispatch(ev.incoming(call_id="c1", number="+380991112233"))
    bridge.dispatch(ev.incoming(call_id="c2", number=CALLER))
    qtbot.waitUntil(lambda: any(c.cmd is p.CommandName.REJECT for c in sent), timeout=5000)
    assert [c.call_id for c in sent if c.cmd is p.CommandName.REJECT] == ["c2"]


def test_incident_buttons_follow_the_call_and_hang_up_before_filing(
    qtbot: QtBot, make_window: MakeWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    """Without a call row in the database the filing fails, yet the hang-up went out
    first and the operator is told in red; the buttons are dead until a call connects."""
    win = make_window(OLENA)
    assert win.incidents is not None
    bar = win.incidents.bar
    assert not bar.abuse_button.isEnabled() and not bar.threat_button.isEnabled()
    bridge.dispatch(ev.incoming())
    assert not bar.abuse_button.isEnabled()  # ringing: nothing to end yet
    for event in ev.answered():
        bridge.dispatch(event)
    assert bar.abuse_button.isEnabled() and bar.threat_button.isEnabled()
    with qtbot.waitSignal(bar.failed, timeout=5000):
        qtbot.mouseClick(bar.threat_button, Qt.MouseButton.LeftButton)
        assert [c.cmd for c in sent] == [p.CommandName.HANGUP]  # before any database work
    assert "could not be filed" in bar.status_label.text()
    assert not bar.threat_button.isEnabled()
    assert not incidents_of(win)


def incidents_of(win: MainWindow) -> list[Incident]:
    assert win.services is not None
    with win.services.sessions() as s:
        return list(s.scalars(sa.select(Incident)))


def test_closing_phrase_policy_passes_the_generated_phrase_to_hangup(
    qtbot: QtBot,
    make_window: MakeWindow,
    settings: Settings,
    bridge: TelephonyBridge,
    sent: list[p.Command],
) -> None:
    """Policy on: the phrase WAV (16 kHz mono) is made ahead of time, and the hang-up
    command carries it with the 5 s cap the engine enforces."""
    import wave

    from console.closing_phrase import phrase_path

    (settings.data_dir / "incidents.toml").write_text("closing_phrase = true\n")
    win = make_window(OLENA)
    assert win.incidents is not None
    wav = phrase_path(settings.data_dir)
    qtbot.waitUntil(wav.is_file, timeout=15_000)
    with wave.open(str(wav), "rb") as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)
    bridge.dispatch(ev.incoming())
    for event in ev.answered():
        bridge.dispatch(event)
    with qtbot.waitSignal(win.incidents.bar.failed, timeout=5000):  # no call row: not filed
        qtbot.mouseClick(win.incidents.bar.abuse_button, Qt.MouseButton.LeftButton)
    assert sent[0].cmd is p.CommandName.HANGUP
    assert sent[0].args == {"closing_phrase": str(wav), "max_s": 5}
