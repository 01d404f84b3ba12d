"""The supervisor's side of an incident through the real window on a real SQLite database:
incident list and details, hand-over to police, ZIP export, blocklist, failed e-mails in
the queue, system alerts about recordings (issue 10), complaint answers; and what an
operator does not see.

The incident is filed by `report_call_incident` on a call whose recording is a real WAV
(the unit fixtures build it), then settled, so the police package is the real one.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.bridge import TelephonyBridge
from console.caller_display import format_number
from console.i18n import install_translator, remove_translators
from db.models import AuditEvent, utcnow
from db.models_incidents import (
    Complaint,
    ComplaintStatus,
    Incident,
    IncidentKind,
    IncidentStatus,
    Notification,
)
from desk.settings import Settings
from incidents.blocklist import is_blocked
from incidents.complaints import add_complaint
from incidents.config import IncidentsConfig, load_config
from incidents.messages import log_message
from incidents.notify import deliver_due
from incidents.service import report_call_incident, save_incident_note, settle_incident
from seat.calllog import CallLog
from telephony.protocol import Alert
from tests.gui import events as ev
from tests.gui.conftest import MakeWindow
from tests.gui.people import OLENA, PETRO
from tests.gui.test_incidents_calls import free_tcp_port, write_incidents_toml
from tests.unit.incidents.conftest import (  # noqa: F401  (fixtures)
    CALLER,
    T0,
    MakeCall,
    _need_sox,
    config,
    make_call,
    sessions,
)


def file_threat(
    factory: sessionmaker[Session], new_call: MakeCall, policy: IncidentsConfig
) -> tuple[int, str]:
    """A threat on a finished 90 s call, settled (package built), with the operator's note."""
    call_id, rec_id = new_call(90.0)
    incident_id = report_call_incident(
        factory, OLENA, call_id=call_id, kind=IncidentKind.THREAT,
        pressed_at=T0 + dt.timedelta(minutes=1, seconds=70), offset_s=70.0, config=policy,
    )  # fmt: skip
    assert settle_incident(factory, incident_id, config=policy) is not None
    save_incident_note(factory, OLENA, incident_id, "Погрожував прийти до офісу")
    return incident_id, rec_id


def incident(factory: sessionmaker[Session], incident_id: int) -> Incident:
    with factory() as s:
        row = s.get(Incident, incident_id)
        assert row is not None
        return row


def test_supervisor_follows_up_an_incident(
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],  # noqa: F811
    make_call: MakeCall,  # noqa: F811
    config: IncidentsConfig,  # noqa: F811
    bridge: TelephonyBridge,
    tmp_path: Path,
) -> None:
    incident_id, rec_id = file_threat(sessions, make_call, config)
    win = make_window(PETRO)
    assert win.incidents is not None and win.incidents_view is not None
    view = win.incidents_view
    tabs = win.supervision_tabs  # the supervision workspace (issue 13)
    assert tabs.tabText(tabs.indexOf(view)) == "Incidents"
    assert win.workspaces.current() == "supervision"  # a supervisor's home
    tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    cells = [view.table.item(0, c).text() for c in range(6)]
    shown = format_number(CALLER)  # "+380 67 123 4567": numbers read as on the call card
    assert cells[0] == "Threat" and cells[2] == shown and cells[3] == "Olena Ш."
    assert cells[4:] == ["Open", "1 recording(s)"]

    view.table.selectRow(0)
    facts = view.details.toPlainText()
    for expected in (shown, "Погрожував прийти до офісу", "Offset in recording: 70.0"):
        assert expected in facts
    # Ids are for the export manifest: the details count the held recordings (issue 13).
    assert "Recordings on legal hold: 1" in facts and rec_id not in facts

    # Handed to police: OK needs the reference number; date and number land in the DB.
    qtbot.mouseClick(view.police_button, Qt.MouseButton.LeftButton)
    dialog = view.police_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.ok_button.isEnabled()
    dialog.date_edit.setDate(QDate(2026, 3, 3))
    dialog.ref_edit.setText("ЄО 1234/26")  # QTest cannot type Cyrillic
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    row = incident(sessions, incident_id)
    assert row.status is IncidentStatus.HANDED_TO_POLICE
    assert (row.police_handed_at, row.police_reference) == (dt.date(2026, 3, 3), "ЄО 1234/26")
    with sessions() as s:
        audit = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "incident_status_changed")
        ).one()
    assert audit.actor == "supervisor:petro"
    assert json.loads(audit.payload)["police_reference"] == "ЄО 1234/26"
    qtbot.waitUntil(lambda: view.table.item(0, 4).text() == "Handed to police", timeout=5000)

    # Export the ZIP for hand-over: a custody event inside the copy itself.
    target = tmp_path / "handover.zip"
    qtbot.waitUntil(view.export_button.isEnabled, timeout=5000)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert view.export_dialog is not None
    view.export_dialog.selectFile(str(target))
    with qtbot.waitSignal(view.changed, timeout=10_000):
        view.export_dialog.accept()
    assert str(target) in view.status_label.text()
    folder = f"incident-{incident_id}-threat"
    with zipfile.ZipFile(target) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
        custody = zf.read(f"{folder}/custody.log").decode()
    assert {f"{folder}/SHA256SUMS", f"{folder}/report.pdf", f"{folder}/manifest.json"} <= set(names)
    assert "\texported\tsupervisor:petro\t" in custody

    # Block the number: the next ringing call from it carries the flag.
    qtbot.waitUntil(view.block_button.isEnabled, timeout=5000)
    assert not view.unblock_button.isEnabled()
    qtbot.mouseClick(view.block_button, Qt.MouseButton.LeftButton)
    assert view.block_dialog is not None
    view.block_dialog.setTextValue("Погрози (KUTY-3.2)")
    with qtbot.waitSignal(view.changed, timeout=5000):
        view.block_dialog.accept()
    assert is_blocked(sessions, CALLER)
    qtbot.waitUntil(view.unblock_button.isEnabled, timeout=5000)
    flag = win.findChild(QLabel, "blockedFlag")
    assert flag is not None and not flag.isVisible()
    bridge.dispatch(ev.incoming(call_id="c9", number=CALLER))
    qtbot.waitUntil(flag.isVisible, timeout=5000)
    bridge.dispatch(ev.ended("c9"))
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.mouseClick(view.unblock_button, Qt.MouseButton.LeftButton)
    assert not is_blocked(sessions, CALLER)

    # Reported to management, then closed: closing ends the follow-up buttons.
    qtbot.waitUntil(view.reported_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.mouseClick(view.reported_button, Qt.MouseButton.LeftButton)
    assert incident(sessions, incident_id).status is IncidentStatus.REPORTED_TO_MANAGEMENT
    with qtbot.waitSignal(view.changed, timeout=5000):
        qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert incident(sessions, incident_id).status is IncidentStatus.CLOSED
    qtbot.waitUntil(lambda: view.table.item(0, 4).text() == "Closed", timeout=5000)
    assert not view.close_button.isEnabled() and not view.police_button.isEnabled()
    assert "database_failed" not in win.alert_banner.alerts


def test_operator_sees_none_of_the_supervisor_tabs(
    make_window: MakeWindow,
    sessions: sessionmaker[Session],  # noqa: F811
    make_call: MakeCall,  # noqa: F811
    config: IncidentsConfig,  # noqa: F811
) -> None:
    file_threat(sessions, make_call, config)
    win = make_window(OLENA)
    assert win.incidents is not None
    assert win.incidents_view is None
    assert win.incidents.queue is None and win.incidents.complaints is None
    tabs = win.incidents.tabs
    # The window's side tabs (issue 11 layout): an operator has no supervisor tabs, and
    # no supervision workspace (issue 13): the calls and (issue 12) written ones.
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Caller",
        "Scripts",
        "Written messages",
    ]
    assert win.workspaces.available() == ["calls", "written"]  # written contacts: issue 12


def test_failed_email_is_listed_in_the_queue_with_its_error(
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],  # noqa: F811
    make_call: MakeCall,  # noqa: F811
    settings: Settings,
) -> None:
    write_incidents_toml(settings.data_dir, free_tcp_port())  # nothing listens there
    smtp_down = load_config(settings.data_dir)
    call_id, _ = make_call(20.0)
    incident_id = report_call_incident(
        sessions, OLENA, call_id=call_id, kind=IncidentKind.ABUSE,
        pressed_at=T0 + dt.timedelta(minutes=1, seconds=10), offset_s=10.0, config=smtp_down,
    )  # fmt: skip
    report = deliver_due(sessions, smtp_down.smtp, utcnow())  # a real attempt, refused
    assert report.failed and not report.sent
    win = make_window(PETRO)
    assert win.incidents is not None and win.incidents.queue is not None
    queue = win.incidents.queue
    qtbot.waitUntil(lambda: queue.failed_list.count() == 1, timeout=5000)
    text = queue.failed_list.item(0).text()
    assert f"Incident {incident_id}" in text and "chief@kuty.example" in text
    assert "1 failed attempt(s); next retry" in text
    assert report.errors[0].split(":")[-1].strip() in text  # the last error, verbatim
    assert "(1)" in queue.failed_title.text()


def test_answering_a_complaint_changes_its_status(
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],  # noqa: F811
) -> None:
    complaint_id = add_complaint(
        sessions, PETRO, complainant_name="Марія", text="Довго чекала відповіді",
        received_at=utcnow() - dt.timedelta(days=2),
    )  # fmt: skip
    win = make_window(PETRO)
    assert win.incidents is not None and win.incidents.complaints is not None
    view = win.incidents.complaints
    win.incidents.supervision_tabs.setCurrentWidget(view)
    assert view.answer_box.isVisible()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    view.table.selectRow(0)
    view.status_box.setCurrentIndex(view.status_box.findData(ComplaintStatus.IN_PROGRESS.value))
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.item(0, 4).text() == "In progress", timeout=5000)
    view.table.selectRow(0)
    view.answer_edit.setPlainText("Відповідь надіслано листом")
    qtbot.mouseClick(view.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.item(0, 4).text() == "Answered", timeout=5000)
    with sessions() as s:
        row = s.get(Complaint, complaint_id)
        assert row is not None and row.status is ComplaintStatus.ANSWERED
        assert row.answer_note == "Відповідь надіслано листом" and row.answered_at is not None


def test_messages_tab_lists_messages_logged_before_this_session(
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],  # noqa: F811
) -> None:
    from db.models_incidents import MessageChannel

    old = log_message(sessions, OLENA, channel=MessageChannel.EMAIL, sender="a@x.ua",
                      body="Ви всі ...!", subject="Скарга")  # fmt: skip
    win = make_window(OLENA)
    assert win.incidents is not None and win.incidents.messages is not None
    view = win.incidents.messages
    qtbot.waitUntil(lambda: view.list.count() == 1, timeout=5000)
    assert view.list.item(0).text().startswith(f"{old}: a@x.ua")
    view.list.setCurrentRow(0)
    assert view.abuse_button.isEnabled()
    with qtbot.waitSignal(view.filed, timeout=10_000):
        qtbot.mouseClick(view.abuse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ABUSE" in view.list.item(0).text(), timeout=5000)
    assert not view.abuse_button.isEnabled()


def test_failures_are_told_where_the_person_looks_not_by_job_label(
    qtbot: QtBot,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The incident bar takes its own failures (a filing failure is not a call-log
    failure); the messages tab too; a job with no handler becomes one generic banner line.
    Labels route nothing: the old "incident report" prefix no longer means anything."""
    win = make_window(OLENA)
    assert win.services is not None and win.incidents is not None

    def broken() -> None:
        raise OSError("disk I/O error")

    win.services.worker.submit(broken, label="incident report c1")
    qtbot.waitUntil(lambda: bool(win.alert_banner.alerts), timeout=5000)
    assert "An unexpected error occurred" in win.alert_banner.label.text()
    assert "disk I/O error" not in win.alert_banner.label.text()
    assert "could not be filed" not in win.incidents.bar.status_label.text()
    qtbot.mouseClick(win.alert_banner.dismiss_button, Qt.MouseButton.LeftButton)

    import incidents.service

    monkeypatch.setattr(incidents.service, "report_message_incident", lambda *_a, **_k: broken())
    view = win.incidents.messages
    assert view is not None
    view.sender_edit.setText("a@x.ua")
    view.body_edit.setPlainText("погрози")
    qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.list.count() == 1, timeout=5000)
    view.list.setCurrentRow(0)
    qtbot.mouseClick(view.abuse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not saved" in view.status_label.text(), timeout=5000)
    assert "An unexpected error occurred" in view.status_label.text()
    assert not win.alert_banner.alerts and "could not" not in win.incidents.bar.status_label.text()


def test_supervisor_sees_a_stalled_recording_in_ukrainian_and_acknowledges_it(
    qapp: QApplication,
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],  # noqa: F811
    config: IncidentsConfig,  # noqa: F811
) -> None:
    """Issue 10 (KUTY-1.1): a full disk during a call reaches management, in words."""
    stalled = Alert(code="recording_stalled", message="caller track did not grow for 1.1 s",
                    call_id="c-stall")  # fmt: skip
    calllog = CallLog(sessions, "seat-7", incidents_config=config)
    calllog.apply(stalled)
    calllog.apply(stalled)  # the engine repeats it: still one notice
    installed = install_translator(qapp, "uk")
    try:
        win = make_window(PETRO)
        assert win.incidents is not None and win.incidents.queue is not None
        queue = win.incidents.queue
        tabs = win.supervision_tabs
        tabs.setCurrentWidget(queue)
        qtbot.waitUntil(lambda: queue.badge.text() == "1", timeout=5000)
        assert queue.list.count() == 1
        assert tabs.tabText(tabs.indexOf(queue)) == "Черга керівника (1)"
        text = queue.list.item(0).text()
        assert text.startswith("Попередження: Запис дзвінка зупинився — робоче місце seat-7 — ")
        assert "recording_stalled" not in text and "c-stall" not in text  # no codes, no ids

        assert not queue.ack_button.isEnabled()  # a note is required
        queue.note_edit.setText("Звільнили місце на диску")  # QTest cannot type Cyrillic
        qtbot.waitUntil(queue.ack_button.isEnabled, timeout=5000)
        with qtbot.waitSignal(queue.acknowledged, timeout=5000):
            qtbot.mouseClick(queue.ack_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: queue.badge.text() == "0", timeout=5000)
        assert queue.list.count() == 0
        assert "підтверджено" in queue.status_label.text()
    finally:
        remove_translators(qapp, installed)
    with sessions() as s:
        row = s.scalars(
            sa.select(Notification).where(
                Notification.channel == "in_app", Notification.recipient == "petro"
            )
        ).one()
        assert (row.alert_code, row.acknowledged_by) == ("recording_stalled", "supervisor:petro")
        assert row.ack_note == "Звільнили місце на диску"
        acks = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "notification_acknowledged")
        ).all()
    assert [a.call_id for a in acks] == ["c-stall"]
