"""One window, a workspace per role (issue 13): each role sees only the work it may do.

Real window, real services on a fresh SQLite database; events come through the bridge, the
navigation is clicked and keyed as a user would.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QToolBar
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.bridge import TelephonyBridge
from console.i18n import install_translator, remove_translators
from console.settings_dialog import install_settings_menu
from db.models import Operator, OperatorRole
from desk.roles import Actor
from desk.settings import Settings
from telephony import protocol as p
from tests.gui import events as ev
from tests.gui.conftest import Feed, MakeWindow
from tests.gui.people import OLENA, PETRO

HANNA = Actor("hanna", OperatorRole.HEAD_ADMIN, 3)
ADMIN = Actor("ivan", OperatorRole.ADMIN, 4)


def add_chiefs(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        s.add(Operator(id=3, username="hanna", display_name="Ганна Б.",
                       role=OperatorRole.HEAD_ADMIN))  # fmt: skip
        s.add(Operator(id=4, username="ivan", display_name="Іван А.", role=OperatorRole.ADMIN))


def nav_texts(win: object) -> list[str]:
    nav = win.workspaces.nav  # type: ignore[attr-defined]
    return [nav.item(i).text() for i in range(nav.count())]


def click_item(qtbot: QtBot, win: object, row: int) -> None:
    nav = win.workspaces.nav  # type: ignore[attr-defined]
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_operator_has_the_call_and_written_workspaces(make_window: MakeWindow) -> None:
    win = make_window(OLENA)
    # Issue 12: the Kuty policy has an e-mail channel, so written contacts have their own
    # workspace after the calls (Ctrl+2).
    assert win.workspaces.available() == ["calls", "written"]
    assert win.workspaces.nav.isVisibleTo(win) and win.workspaces.current() == "calls"
    assert "Ctrl+2" in win.workspaces.nav.item(1).toolTip()
    assert win.card.isVisible() and win.history.isVisible()
    toolbar = win.findChild(QToolBar, "callControlsToolBar")
    assert toolbar is not None and toolbar.isVisible()


def test_supervisor_starts_in_supervision_and_a_ringing_call_brings_the_calls_back(
    qtbot: QtBot, make_window: MakeWindow, bridge: TelephonyBridge
) -> None:
    win = make_window(PETRO)
    assert win.workspaces.available() == ["calls", "supervision", "reports", "written"]
    assert win.workspaces.current() == "supervision" and win.supervision_tabs.isVisible()
    assert not win.card.isVisible()
    tabs = win.supervision_tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names[0] == "Wallboard" and names[1].startswith("Supervisor queue")
    assert {"Complaints", "Incidents"} <= set(names)
    # The side tabs beside the call keep only the call's own work.
    side = [win.side_tabs.tabText(i) for i in range(win.side_tabs.count())]
    assert "Complaints" not in side and not any(n.startswith("Supervisor") for n in side)

    click_item(qtbot, win, 0)
    assert win.workspaces.current() == "calls" and win.card.isVisible()
    win.activateWindow()  # window shortcuts need the active window, as on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    QTest.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.workspaces.current() == "supervision"
    tooltip = win.workspaces.nav.item(1).toolTip()
    assert "KUTY-3.x" in tooltip and "Ctrl+2" in tooltip

    bridge.dispatch(ev.incoming("c1"))
    assert win.workspaces.current() == "calls" and win.card.isVisible()


def test_head_administrator_gets_no_call_controls(
    make_window: MakeWindow, sessions: sessionmaker[Session]
) -> None:
    add_chiefs(sessions)
    win = make_window(HANNA)
    # Recordings come from the app installer (console/app.py), not from the window.
    assert win.workspaces.available() == ["supervision", "reports"]
    assert not win.card.isVisibleTo(win)  # "Answer" and "Ready" are not hers to press
    toolbar = win.findChild(QToolBar, "callControlsToolBar")
    assert toolbar is not None and not toolbar.isVisibleTo(win)
    tabs = win.supervision_tabs
    assert {tabs.tabText(i) for i in range(tabs.count())} == {"Complaints", "Incidents"}


def test_admin_sees_accounts_in_words_and_opens_the_settings(
    qtbot: QtBot, make_window: MakeWindow, sessions: sessionmaker[Session]
) -> None:
    add_chiefs(sessions)
    win = make_window(ADMIN)
    install_settings_menu(win, win.services)  # type: ignore[arg-type]
    assert win.workspaces.available() == ["administration"]
    page = win.admin_page
    qtbot.waitUntil(lambda: page.users.rowCount() == 4, timeout=5000)
    rows = {
        page.users.item(r, 0).text(): [page.users.item(r, c).text() for c in range(4)]
        for r in range(4)
    }
    assert rows["hanna"][1:3] == ["Ганна Б.", "Head administrator"]
    assert rows["petro"][2] == "Supervisor" and rows["olena"][3].startswith("Active")
    assert not any("head_admin" in cell for row in rows.values() for cell in row)
    button = win.findChild(QPushButton, "adminSettingsButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = getattr(win, "settings_dialog", None)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_workspace_names_are_ukrainian_in_the_ukrainian_console(
    qapp: object, make_window: MakeWindow
) -> None:
    installed = install_translator(qapp, "uk")  # type: ignore[arg-type]
    try:
        win = make_window(PETRO)
        # The written workspace's title is Ukrainian once the integrator rebuilds the .qm.
        assert nav_texts(win)[:3] == ["Дзвінки", "Нагляд", "Звіти"]
        assert "Ctrl+1" in win.workspaces.nav.item(0).toolTip()
    finally:
        remove_translators(qapp, installed)  # type: ignore[arg-type]


def test_wallboard_shows_this_seats_state_and_call_as_they_happen(
    qtbot: QtBot, make_window: MakeWindow, feed: Feed, settings: Settings
) -> None:
    win = make_window(PETRO)
    board = win.wallboard
    assert board is not None
    assert win.supervision_tabs.tabText(0) == "Wallboard" and board.isVisible()
    assert "This seat only" in board.live.text()  # SQLite: no other seats to hear
    feed(p.AgentStateChanged(state=p.AgentState.NOT_READY, since=ev.NOW, reason="lunch"))
    qtbot.waitUntil(lambda: board.seats.rowCount() == 1, timeout=5000)
    cells = [board.seats.item(0, c).text() for c in range(4)]
    assert cells[0] == settings.seat_name and cells[2] == "Not ready: Lunch", cells
    now = dt.datetime.now(dt.UTC).isoformat()
    feed(p.CallIncoming(call_id="w1", remote_uri="sip:+380501234567@127.0.0.1",
                        caller_number="+380501234567", display_name="", ring_at=now))  # fmt: skip
    qtbot.waitUntil(lambda: board.calls.rowCount() == 1, timeout=5000)
    win.show_workspace("supervision")  # the ringing call brought the calls workspace up
    assert board.calls.item(0, 1).text() == "+380 50 123 4567"
    assert board.calls.item(0, 2).text().startswith("ringing")
    feed(p.CallAnswered(call_id="w1", answer_at=now))
    qtbot.waitUntil(lambda: not board.calls.item(0, 2).text().startswith("ringing"), timeout=5000)
    assert "talking 1" in board.counts.text() and "Ready 0 of 1" in board.counts.text()
    feed(p.CallEnded(call_id="w1", end_at=now, end_reason=p.EndReason.LOCAL_HANGUP))
    qtbot.waitUntil(lambda: board.calls.rowCount() == 0, timeout=5000)
