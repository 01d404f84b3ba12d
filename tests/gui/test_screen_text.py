"""No raw enum value, ISO date, id or exception text on any workspace of any role (issue 13).

A desk's day in the database (answered and missed calls, a threat with its notice, a
complaint), the Ukrainian console for each role, every workspace and every tab in it
shown in turn, and every readable text checked (tests/gui/screen_text.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTableWidget, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.accounts_page import AccountsPage
from console.i18n import install_translator, remove_translators
from console.main_window import MainWindow
from console.recordings_browser import install_recordings_screen
from db.models import utcnow
from db.models_incidents import IncidentKind
from desk.roles import Actor
from desk.settings import Settings
from incidents.complaints import add_complaint
from incidents.config import IncidentsConfig
from incidents.service import report_call_incident
from telephony import protocol as p
from tests.gui import events as ev
from tests.gui.conftest import Feed, MakeWindow
from tests.gui.people import OLENA, PETRO
from tests.gui.screen_text import (
    UkrainianTables,
    menu_problems,
    nameless_controls,
    problems,
    text_problems,
)
from tests.gui.test_workspaces import ADMIN, HANNA, add_chiefs


def day_of_calls(feed: Feed, settings: Settings, sessions: sessionmaker[Session]) -> None:
    now = dt.datetime.now(dt.UTC)
    stamp = now.isoformat()
    for call_id, number in (("c1", "+380501234567"), ("c2", "+380671112233")):
        feed(
            p.CallIncoming(
                call_id=call_id,
                remote_uri=f"sip:{number}@127.0.0.1",
                caller_number=number,
                display_name="",
                ring_at=stamp,
            )
        )
        feed(p.CallAnswered(call_id=call_id, answer_at=stamp))
        feed(ev.recording_started(call_id, f"r-{call_id}"))
        feed(ev.recording_finished(call_id, f"r-{call_id}"))
        feed(p.CallEnded(call_id=call_id, end_at=stamp, end_reason=p.EndReason.LOCAL_HANGUP))
    feed(
        p.CallIncoming(
            call_id="c3",
            remote_uri="sip:anonymous@127.0.0.1",
            caller_number=None,
            display_name="",
            ring_at=stamp,
        )
    )
    feed(p.CallEnded(call_id="c3", end_at=stamp, end_reason=p.EndReason.MISSED))
    report_call_incident(
        sessions,
        OLENA,
        call_id="c2",
        kind=IncidentKind.THREAT,
        pressed_at=now,
        offset_s=12.0,
        config=IncidentsConfig(packages_dir=settings.data_dir / "police"),
    )
    add_complaint(
        sessions,
        PETRO,
        complainant_name="Марія",
        text="Довго чекала відповіді",
        received_at=utcnow() - dt.timedelta(days=20),
    )


def every_page(
    qtbot: QtBot, win: MainWindow, check: Callable[[QWidget], list[str]] = problems
) -> list[str]:
    found: list[str] = []
    for key in win.workspaces.available():
        win.show_workspace(key)
        page = win.workspaces.page(key)
        assert page is not None
        qtbot.wait(300)  # the page's first load runs on the database worker
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(win)]
        if isinstance(page, QTabWidget):
            tabs.insert(0, page)
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget is not None else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(index)
                    qtbot.wait(200)
                found += [f"{key}: {problem}" for problem in check(win)]
                # What a selection shows (an incident's details, a notice's text) too.
                for table in page.findChildren(QTableWidget):
                    if table.isVisibleTo(win) and table.rowCount():
                        table.selectRow(0)
                        qtbot.wait(150)
                        found += [f"{key} (selected): {problem}" for problem in check(win)]
    return sorted(set(found))


@pytest.mark.parametrize(
    "actor", [OLENA, PETRO, HANNA, ADMIN], ids=["operator", "supervisor", "head", "admin"]
)
def test_no_raw_values_on_any_workspace(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    feed: Feed,
    settings: Settings,
    sessions: sessionmaker[Session],
    actor: Actor,
) -> None:
    add_chiefs(sessions)
    day_of_calls(feed, settings, sessions)
    installed = install_translator(qapp, "uk")
    tables = UkrainianTables()  # the texts added since the .qm was last compiled, too
    qapp.installTranslator(tables)
    try:
        win = make_window(actor)
        assert win.services is not None
        if install_recordings_screen(win, win.services) is not None:
            action = win.findChild(QAction, "recordingsAction")
            assert action is not None
        found = every_page(qtbot, win) + menu_problems(win, actor.role.value)
        assert found == [], "\n".join(found)
    finally:
        qapp.removeTranslator(tables)
        remove_translators(qapp, installed)


@pytest.mark.parametrize(
    "actor", [OLENA, PETRO, HANNA, ADMIN], ids=["operator", "supervisor", "head", "admin"]
)
def test_every_control_has_an_accessible_name(
    qtbot: QtBot,
    make_window: MakeWindow,
    feed: Feed,
    settings: Settings,
    sessions: sessionmaker[Session],
    actor: Actor,
) -> None:
    add_chiefs(sessions)
    day_of_calls(feed, settings, sessions)
    win = make_window(actor)
    assert win.services is not None
    install_recordings_screen(win, win.services)
    found = every_page(qtbot, win, nameless_controls)
    assert found == [], "\n".join(found)


def test_the_checker_catches_raw_values_inside_ukrainian_text() -> None:
    """The rules above can fail: what the SIP accounts page used to show is caught."""
    assert text_problems("accountError", "Обліковий запис некоректний: registrar is required")
    assert text_problems("transport", "udp") and text_problems("srtp", "disabled")
    assert text_problems("status", "Стан: disabled")
    assert not text_problems("transport", "UDP") and not text_problems("hint", "stun.example.org")
    assert not text_problems("label", "Сервери STUN (host:port)")


def test_sip_accounts_page_speaks_ukrainian(qtbot: QtBot, qapp: QApplication) -> None:
    installed = install_translator(qapp, "uk")
    tables = UkrainianTables()
    qapp.installTranslator(tables)
    try:
        page = AccountsPage([])
        qtbot.addWidget(page)
        page.show()
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        page.user.setText("seat1")
        assert not page.commit()  # no registrar
        assert page.error.text() == "Обліковий запис некоректний: потрібно вказати реєстратор"
        page.registrar.setText("127.0.0.2:5070")
        page.stun.setText("bad host!")
        assert not page.commit()
        assert "кожен сервер STUN" in page.error.text()
        transports = [page.transport.itemText(i) for i in range(page.transport.count())]
        assert transports == ["UDP", "TCP", "TLS (шифрований)"]
        assert page.srtp.currentText() == "Вимкнено" and page.srtp.currentData() == "disabled"
        found = problems(page)
        assert found == [], "\n".join(found)
        page.stun.clear()
        page.transport.setCurrentIndex(page.transport.findData("tls"))
        assert page.commit() and page.specs()[0].transport.value == "tls"  # stored as before
    finally:
        qapp.removeTranslator(tables)
        remove_translators(qapp, installed)


@pytest.mark.parametrize(
    ("actor", "unlocks"),
    [(OLENA, False), (PETRO, True), (HANNA, False), (ADMIN, True)],
    ids=["operator", "supervisor", "head", "admin"],
)
def test_menus_are_shown_by_permission(
    qtbot: QtBot, make_window: MakeWindow, sessions: sessionmaker[Session], actor: Actor,
    unlocks: bool,
) -> None:  # fmt: skip
    add_chiefs(sessions)
    win = make_window(actor)
    assert win.services is not None
    install_recordings_screen(win, win.services)
    found = menu_problems(win, actor.role.value)
    assert found == [], "\n".join(found)
    titles = [a.text() for a in win.menuBar().actions() if a.isVisible()]
    assert ("Caller &profiles" in titles) is unlocks  # KUTY-2.2 unlock: UNLOCK_PROFILE only
    assert "&Supervisor" not in titles


def test_the_wizards_finish_is_not_the_hang_up_button(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, settings: Settings
) -> None:
    """docs/glossary.md: Qt's own Ukrainian for QWizard's Finish is "Завершити", the word
    of the call card's hang-up button; the first-run wizard says "Готово"."""
    from PySide6.QtWidgets import QWizard

    from console.first_run import FirstRunWizard
    from console.services import ConsoleServices
    from console.tasks import DbWorker

    installed = install_translator(qapp, "uk")
    tables = UkrainianTables()
    qapp.installTranslator(tables)
    worker = DbWorker()
    try:
        win = make_window(OLENA)
        services = ConsoleServices(settings=settings, sessions=None, worker=worker)
        services.actor = ADMIN
        wizard = FirstRunWizard(services)
        qtbot.addWidget(wizard)
        finish = wizard.buttonText(QWizard.WizardButton.FinishButton)
        assert finish == "&Готово"
        hang_up = win.card.hangup_button.text()
        assert hang_up.startswith("Завершити") and hang_up.replace("&", "") not in finish
    finally:
        worker.shutdown()
        qapp.removeTranslator(tables)
        remove_translators(qapp, installed)


@pytest.mark.parametrize("actor", [PETRO, HANNA], ids=["supervisor", "head"])
def test_date_fields_show_the_desks_dates(
    qtbot: QtBot, make_window: MakeWindow, sessions: sessionmaker[Session], actor: Actor
) -> None:
    """A date a person types or picks reads as 01.12.2026 like every table beside it, never
    Qt's default "1 Dec 2026" inside a Ukrainian form (issue 13; the complaints register's
    received date and the police hand-over date used to)."""
    from PySide6.QtWidgets import QDateTimeEdit

    from console.incidents_view import PoliceHandoverDialog

    add_chiefs(sessions)
    win = make_window(actor)
    assert win.services is not None
    install_recordings_screen(win, win.services)
    dialog = PoliceHandoverDialog(1, win)
    qtbot.addWidget(dialog)
    edits = win.findChildren(QDateTimeEdit) + dialog.findChildren(QDateTimeEdit)
    names = {e.objectName() for e in edits}
    assert {"complaintReceived", "policeDate"} <= names, names
    for edit in edits:
        assert edit.displayFormat().startswith("dd.MM.yyyy"), edit.objectName()
        assert not any(ch.isalpha() for ch in edit.text()), (edit.objectName(), edit.text())


def test_a_complaint_names_its_call_by_time_and_number(
    qtbot: QtBot, make_window: MakeWindow, sessions: sessionmaker[Session]
) -> None:
    """The register's Calls column used to show the call's UUID (issue 13)."""
    from console.caller_display import desk_datetime
    from console.complaints_view import ComplaintsView
    from db.enums import CallDirection
    from db.models import Call

    add_chiefs(sessions)
    call_id = "00000000-0000-4000-8000-000000000002"
    ring = utcnow() - dt.timedelta(hours=2)
    with sessions.begin() as s:
        s.add(Call(id=call_id, direction=CallDirection.INCOMING, remote_number="+380501111111",
                   seat="test-seat", ring_at=ring))  # fmt: skip
    add_complaint(sessions, PETRO, complainant_name="Степан Гнатюк", text="Не назвав номер",
                  received_at=utcnow(), about_call_id=call_id)  # fmt: skip
    win = make_window(HANNA)
    view = win.findChild(ComplaintsView)
    assert view is not None
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    item = view.table.item(0, 5)
    assert item is not None
    assert item.text() == f"{desk_datetime(ring)} +380 50 111 1111"
    assert not view.table.verticalHeader().isVisibleTo(view)  # the No. column numbers them
    assert problems(view) == []


def test_a_call_without_recording_says_so_in_the_duration_column(
    qtbot: QtBot,
    make_window: MakeWindow,
    feed: Feed,
    settings: Settings,
    sessions: sessionmaker[Session],
) -> None:
    """An empty Duration cell read as a zero-second call; a call with no recording says so
    (KUTY-1.1: a missing recording must stand out, issue 13)."""
    add_chiefs(sessions)
    day_of_calls(feed, settings, sessions)
    win = make_window(PETRO)
    assert win.services is not None
    install_recordings_screen(win, win.services)
    win.show_workspace("recordings")
    screen = win.recordings_screen[0]  # type: ignore[attr-defined]
    browser = screen.browser
    qtbot.waitUntil(lambda: len(browser.rows) == 3, timeout=10000)
    durations = {}
    for r, row in enumerate(browser.rows):
        item = browser.table.item(r, 4)
        assert item is not None
        durations[row.call_id] = item.text()
    assert durations["c3"] == "No recording"  # the missed call
    missed = next(r for r, row in enumerate(browser.rows) if row.call_id == "c3")
    verification = browser.table.item(missed, 3)
    assert verification is not None and verification.text() == "—"  # as the history says
    assert durations["c1"] != "No recording" and durations["c2"] != "No recording"
    screen.shutdown()


def test_a_ready_seat_in_a_call_reads_in_a_call_on_the_wallboard(
    qtbot: QtBot, make_window: MakeWindow, feed: Feed
) -> None:
    """The engine keeps a talking seat READY; the wallboard said "Ready" beside the call in
    progress and counted it as ready (issue 13)."""
    win = make_window(PETRO)
    board = win.wallboard
    assert board is not None
    feed(p.AgentStateChanged(state=p.AgentState.READY, since=ev.NOW))
    qtbot.waitUntil(lambda: board.seats.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: board.seats.item(0, 2).text() == "Ready", timeout=5000)
    now = dt.datetime.now(dt.UTC).isoformat()
    feed(p.CallIncoming(call_id="w1", remote_uri="sip:+380501234567@127.0.0.1",
                        caller_number="+380501234567", display_name="", ring_at=now))  # fmt: skip
    feed(p.CallAnswered(call_id="w1", answer_at=now))
    qtbot.waitUntil(lambda: board.seats.item(0, 2).text() == "In a call", timeout=5000)
    assert "Ready 0 of 1" in board.counts.text() and "talking 1" in board.counts.text()
    feed(p.CallEnded(call_id="w1", end_at=now, end_reason=p.EndReason.REMOTE_HANGUP))
    qtbot.waitUntil(lambda: board.calls.rowCount() == 0, timeout=5000)
    assert board.seats.item(0, 2).text() != "In a call"


def test_the_written_hint_points_where_the_queue_is(qtbot: QtBot, make_window: MakeWindow) -> None:
    """The queue sits above the case; the hint used to send the operator "to the left",
    where the workspace navigation is (issue 13)."""
    win = make_window(OLENA)
    win.show_workspace("written")
    view = win.written_view
    assert view is not None
    qtbot.wait(200)
    hint = view.case_label
    below = hint.mapTo(win, hint.rect().topLeft()).y()
    queue_bottom = view.table.mapTo(win, view.table.rect().bottomLeft()).y()
    assert below > queue_bottom and "above" in hint.text(), hint.text()


def test_recordings_columns_fit_the_ukrainian_workspace(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    feed: Feed,
    settings: Settings,
    sessions: sessionmaker[Session],
) -> None:
    """In Ukrainian, beside the navigation, the topic was squeezed to "Виві…" and "How it
    ended" pushed off-screen (issue 13): every column fits, the time and number whole."""
    from desk.policy import seat_policy
    from desk.wrapups import WrapUpInput, save_wrap_up

    add_chiefs(sessions)
    day_of_calls(feed, settings, sessions)
    policy = seat_policy(settings)
    categories = [c.id for c in policy.categories if c.in_scope]
    for call_id, category in (("c1", categories[0]), ("c2", categories[-1])):
        save_wrap_up(sessions, OLENA, policy, WrapUpInput(
            call_id=call_id, category=category, topic="Довідка про склад сім'ї",
            notes="Порадила звернутися до ЦНАП"))  # fmt: skip
    installed = install_translator(qapp, "uk")
    tables = UkrainianTables()
    qapp.installTranslator(tables)
    try:
        win = make_window(PETRO)
        assert win.services is not None
        install_recordings_screen(win, win.services)
        win.show_workspace("recordings")
        screen = win.recordings_screen[0]  # type: ignore[attr-defined]
        browser = screen.browser
        qtbot.waitUntil(lambda: len(browser.rows) == 3, timeout=10000)
        with qtbot.waitSignal(browser.page_loaded, timeout=10000):
            qtbot.mouseClick(browser.search_button, Qt.MouseButton.LeftButton)
        table = browser.table
        assert table.horizontalHeaderItem(6).text() == "Заборона видалення"  # the long one
        qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=5000)
        assert table.columnWidth(9) >= 150
        metrics = table.fontMetrics()
        for column in (0, 1):
            item = table.item(0, column)
            assert item is not None
            assert table.columnWidth(column) >= metrics.horizontalAdvance(item.text()), column
        screen.shutdown()
    finally:
        qapp.removeTranslator(tables)
        remove_translators(qapp, installed)
