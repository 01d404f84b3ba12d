"""The complaint form's call picker (issue 13, KUTY-1.2): a call is found by its number
and picked from a list with the keyboard, never typed in as an id, and never shown as one.

Calls are written by the real call log (`seat.calllog.CallLog.apply`, as the engine's
events would be), complaints by the real register, through the real window and worker on
a real SQLite database.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.call_picker import CallPickerDialog, number_prefix
from console.caller_display import desk_datetime
from console.complaints_view import ComplaintsView
from console.services import ConsoleServices
from console.tasks import DbWorker
from db.models_incidents import Complaint, ComplaintLink
from desk.settings import Settings
from incidents.complaints import add_complaint
from seat.calllog import CallLog
from telephony import protocol as p
from tests.gui.conftest import MakeWindow
from tests.gui.people import OLENA, PETRO

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
OTHER = "+380501112233"
CALLER = "+380671234567"
START = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=3)


def seed_calls(
    sessions: sessionmaker[Session], settings: Settings
) -> list[tuple[str, dt.datetime]]:
    """Three calls at Olena's seat: another caller's, then two of CALLER's (the older one
    answered and talked for two minutes, the newer one missed: nobody answered it).
    Returns (id, ring time) in order."""
    log = CallLog(sessions, settings.seat_name, operator_id=1)
    made = []
    for n, (number, answered) in enumerate(((OTHER, True), (CALLER, True), (CALLER, False))):
        call_id, ring = str(uuid.uuid4()), START + dt.timedelta(minutes=10 * n)
        uri = f"sip:{number}@127.0.0.1"
        log.apply(p.CallIncoming(call_id=call_id, remote_uri=uri, caller_number=number,
                                 display_name="", ring_at=ring.isoformat()))  # fmt: skip
        answer = ring + dt.timedelta(seconds=5)
        if answered:
            log.apply(p.CallAnswered(call_id=call_id, answer_at=answer.isoformat()))
        end = (answer + dt.timedelta(seconds=120)).isoformat()
        reason = p.EndReason.LOCAL_HANGUP if answered else p.EndReason.MISSED
        log.apply(p.CallEnded(call_id=call_id, end_at=end, end_reason=reason))
        made.append((call_id, ring))
    return made


def complaints(win: object) -> ComplaintsView:
    incidents = getattr(win, "incidents", None)
    assert incidents is not None and incidents.complaints is not None
    incidents.supervision_tabs.setCurrentWidget(incidents.complaints)
    return incidents.complaints


def open_picker(qtbot: QtBot, view: ComplaintsView) -> CallPickerDialog:
    qtbot.mouseClick(view.choose_call_button, Qt.MouseButton.LeftButton)
    dialog = view.picker
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.search_button.isEnabled() and bool(dialog.rows), timeout=5000)
    return dialog


def pick_by_number(qtbot: QtBot, dialog: CallPickerDialog, number: str, down: int) -> None:
    """Type the number's start, Enter searches; Down `down` times, Enter picks."""
    qtbot.keyClicks(dialog.number, number)
    with qtbot.waitSignal(dialog.page_loaded, timeout=5000):
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.table.hasFocus() or dialog.focusWidget() is dialog.table
    for _ in range(down):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)


def screen_texts(widgets: Iterable[QWidget]) -> list[str]:
    """Everything a person (or a screen reader) can read in these widgets."""
    out: list[str] = []
    for top in widgets:
        for w in [top, *top.findChildren(QWidget)]:
            out += [w.toolTip(), w.accessibleName(), w.windowTitle()]
            if isinstance(w, QLabel | QAbstractButton):
                out.append(w.text())
            if isinstance(w, QLineEdit):
                out += [w.text(), w.placeholderText()]
            if isinstance(w, QComboBox):
                out += [w.itemText(i) for i in range(w.count())]
            if isinstance(w, QTableWidget):
                for r in range(w.rowCount()):
                    for c in range(w.columnCount()):
                        item = w.item(r, c)
                        if item is not None:
                            out += [item.text(), item.toolTip()]
    return out


def test_picker_finds_by_number_and_enter_files_the_complaint_about_it(
    qtbot: QtBot, make_window: MakeWindow, sessions: sessionmaker[Session], settings: Settings
) -> None:
    calls = seed_calls(sessions, settings)
    view = complaints(make_window(PETRO))
    assert view.call_line.isReadOnly() and view.call_line.text() == ""
    view.name_edit.setText("Марія Коваль")
    view.text_edit.setPlainText("Оператор не дослухав")
    dialog = open_picker(qtbot, view)
    assert len(dialog.rows) == 3  # every call of the last three months, newest first
    assert [r.call_id for r in dialog.rows] == [c for c, _ in reversed(calls)]
    texts = screen_texts([dialog])
    assert not [t for t in texts if UUID.search(t)]

    pick_by_number(qtbot, dialog, "+380 67", down=1)  # CALLER's older, answered call
    wanted, ring = calls[1]
    assert dialog.chosen is not None and dialog.chosen.call_id == wanted
    assert not dialog.isVisible()
    # In words: when, who called, who answered, how long they talked, how it ended.
    shown = f"{desk_datetime(ring)}, +380 67 123 4567, Олена Ш., 02:00, Operator hung up"
    assert view.call_line.text() == shown

    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    with sessions.begin() as s:
        row = s.scalars(sa.select(Complaint)).one()
        assert row.about_call_id == wanted
        assert row.complainant_name == "Марія Коваль"
    assert view.call_line.text() == "" and view.call is None  # the form is ready again
    assert view.table.item(0, 5).text() == f"{desk_datetime(ring)} +380 67 123 4567"


def test_an_existing_complaint_is_linked_to_a_picked_call(
    qtbot: QtBot, make_window: MakeWindow, sessions: sessionmaker[Session], settings: Settings
) -> None:
    calls = seed_calls(sessions, settings)
    complaint_id = add_complaint(
        sessions, PETRO, complainant_name="Іван", text="Ніхто не відповів",
        received_at=dt.datetime.now(dt.UTC),
    )  # fmt: skip
    view = complaints(make_window(PETRO))
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    view.table.selectRow(0)
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)  # no call chosen yet
    assert view.status_label.text() == "Select a complaint and choose a call."

    dialog = open_picker(qtbot, view)
    pick_by_number(qtbot, dialog, "067 123", down=0)  # as said on the phone; the missed call
    wanted, ring = calls[2]
    assert view.call_line.text() == f"{desk_datetime(ring)}, +380 67 123 4567, no operator, Missed"
    view.table.selectRow(0)
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    shown = f"{desk_datetime(ring)} +380 67 123 4567"
    qtbot.waitUntil(lambda: view.table.item(0, 5).text() == shown, timeout=5000)
    with sessions.begin() as s:
        links = s.scalars(
            sa.select(ComplaintLink.call_id).where(ComplaintLink.complaint_id == complaint_id)
        ).all()
    assert links == [wanted]
    assert view.status_label.text() == f"Call linked to complaint {complaint_id}."


def test_escape_cancels_and_the_form_never_shows_a_call_id(
    qtbot: QtBot, make_window: MakeWindow, sessions: sessionmaker[Session], settings: Settings
) -> None:
    calls = seed_calls(sessions, settings)
    view = complaints(make_window(PETRO))
    dialog = open_picker(qtbot, view)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert view.call is None and view.call_line.text() == ""

    dialog = open_picker(qtbot, view)
    where = dialog.table.visualItemRect(dialog.table.item(2, 0)).center()
    # A double click is a press, a release, then the double-click event (Qt 6 views
    # pick the item on the press).
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert view.call is not None and view.call.call_id == calls[0][0]
    view.table.selectRow(0)
    texts = screen_texts([view])
    ids = {c for c, _ in calls}
    assert not [t for t in texts if UUID.search(t) or any(i in t for i in ids)], texts
    assert "+380 50 111 2233" in view.call_line.text()
    dialog = open_picker(qtbot, view)
    found = controls([view, dialog])
    assert len(found) >= 20  # the register, both forms and the whole dialog
    assert [w.objectName() or type(w).__name__ for w in found if not w.accessibleName()] == []
    tips = [dialog.number, dialog.table, dialog.pick_button, view.choose_call_button,
            view.call_line, view.add_button, view.link_button]  # fmt: skip
    assert all("KUTY-" in w.toolTip() or "Esc" in w.toolTip() for w in tips)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)


def controls(tops: Iterable[QWidget]) -> list[QWidget]:
    """What a person operates (its inner editors, qt_*, are its own)."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
             QPlainTextEdit)  # fmt: skip
    # The dialog is the view's child: its controls are found twice.
    found = {
        id(w): w
        for top in tops
        for w in top.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(top)
        and not w.objectName().startswith("qt_")
        and not isinstance(w.parentWidget(), kinds)
    }
    return list(found.values())


def test_a_role_that_may_not_see_calls_is_told_so_in_words(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    """The picker asks the recordings search, which refuses operators (PLAY_RECORDING):
    the refusal reads as one line, and no call of the desk is listed."""
    seed_calls(sessions, settings)
    worker = DbWorker()
    try:
        services = ConsoleServices(settings=settings, sessions=sessions, worker=worker)
        services.actor = OLENA
        dialog = CallPickerDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.search_button.isEnabled(), timeout=5000)
        assert dialog.rows == [] and dialog.table.rowCount() == 0
        assert dialog.message.text() == (
            "Search failed: You do not have permission for this. Ask your supervisor."
        )
        assert not dialog.pick_button.isEnabled()
    finally:
        worker.shutdown()


@pytest.mark.parametrize(
    ("typed", "prefix"),
    [("067 12", "+3806712"), ("+380 67-123", "+38067123"), ("380671", "+380671"),
     ("  ", None), ("+44 20", "+4420")],
)  # fmt: skip
def test_a_typed_number_is_the_start_of_its_e164(typed: str, prefix: str | None) -> None:
    assert number_prefix(typed) == prefix
