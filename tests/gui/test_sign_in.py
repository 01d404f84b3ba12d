"""Sign-in: right and wrong passwords, lockout, and what an operator's console lacks.

Through the real dialog (typed keys, Enter) on a real database with Argon2 accounts; the
`desk` fixture comes from test_recordings_browser.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from console.app import _open_calllog, build_console
from console.sign_in import SignInDialog, needs_first_admin
from db.session import close_database, open_database
from desk.roles import PermissionDenied, Role
from desk.settings import Settings
from desk.users import LOCKOUT_AFTER
from recordings.export import export_recordings
from tests.gui.test_recordings_browser import NUMBER, PASSWORDS, Desk, desk, sign_in

__all__ = ["desk"]  # the fixture, re-exported for pytest


def attempt(qtbot: QtBot, dialog: SignInDialog, password: str) -> str:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    with qtbot.waitSignal(dialog.failed, timeout=15000) as failed:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return str(failed.args[0])


def test_right_password_gives_the_actor(qtbot: QtBot, desk: Desk) -> None:
    actor = sign_in(qtbot, desk.sessions, "head")
    assert actor.username == "head" and actor.role is Role.HEAD_ADMIN
    assert actor.operator_id == desk.ids["head"]
    assert desk.audit("sign_in")[-1] == {"username": "head"}


def test_wrong_password_then_lockout_with_unlock_time(qtbot: QtBot, desk: Desk) -> None:
    dialog = SignInDialog(desk.sessions, "petro")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "petro"
    assert dialog.password.echoMode() is dialog.password.EchoMode.Password
    text = attempt(qtbot, dialog, "not-the-password")
    assert text == "Wrong username or password."
    assert dialog.error.isVisible() and dialog.actor is None
    for _ in range(LOCKOUT_AFTER - 2):
        attempt(qtbot, dialog, "not-the-password")
    locked = attempt(qtbot, dialog, "not-the-password")
    assert "locked until" in locked
    # Even the right password is refused while locked.
    assert "locked until" in attempt(qtbot, dialog, PASSWORDS["petro"])
    assert dialog.actor is None
    assert desk.audit("sign_in_locked")


def test_operator_has_no_recordings_screen_and_the_service_refuses(
    qtbot: QtBot, desk: Desk
) -> None:
    rec = desk.call(NUMBER)
    actor = sign_in(qtbot, desk.sessions, "olena")
    assert actor.role is Role.OPERATOR
    wired = build_console(
        desk.settings, _open_calllog(desk.settings), sessions=desk.sessions, actor=actor
    )
    qtbot.addWidget(wired.window)
    try:
        assert wired.window.findChild(QAction, "recordingsAction") is None
        assert (
            not wired.window.recordings_screen
            if hasattr(wired.window, "recordings_screen")
            else True
        )
    finally:
        wired.close()
    with pytest.raises(PermissionDenied):
        export_recordings(
            desk.sessions, actor, [rec], desk.settings.data_dir / "out", fmt="wav", reason="x"
        )
    assert desk.audit("permission_denied")[-1]["action"] == "export_recordings"
    assert not (desk.settings.data_dir / "out").exists()


def test_first_run_without_accounts_is_detected(settings: Settings) -> None:
    sessions = open_database(settings.database)
    try:
        assert needs_first_admin(sessions)
    finally:
        close_database(sessions)
