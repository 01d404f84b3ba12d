"""Sign-in at console start: who is at the desk decides which screens and actions exist.

`desk.users.authenticate` does the work (Argon2id verify, lockout, audit of every success
and failure); it runs on a background thread because an Argon2 verify takes long enough
to freeze the dialog. The dialog never says whether the username or the password was
wrong (the back end does not tell it either); a locked account says until when.

First run: when no account has a password yet, the console cannot know who is at the
desk, so it refuses to start and tells the admin to create the first account on the
command line (`needs_first_admin`, used by `console.app.main`); creating an admin from a
dialog anyone at the seat could open would defeat the point of accounts.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from console.tasks import DbWorker, error_text
from db.models import utcnow
from db.models_records import OperatorCredential
from desk.roles import Actor
from desk.users import AccountLocked, SignInFailed, authenticate

__all__ = ["FIRST_RUN_COMMAND", "SignInDialog", "needs_first_admin"]

FIRST_RUN_COMMAND = "kuty users add USERNAME --role admin"


def needs_first_admin(sessions: sessionmaker[Session]) -> bool:
    """True while no account has a password: nobody could sign in."""
    with sessions.begin() as session:
        return session.scalar(sa.select(OperatorCredential.operator_id).limit(1)) is None


class SignInDialog(QDialog):
    """Username and password; accepted once `authenticate` returned an `Actor`.

    Signals:
        failed(str): a sign-in attempt was refused; carries the text shown.
    """

    failed = Signal(str)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Kuty — sign in"))
        self._sessions = sessions
        self._worker = DbWorker(self)
        self.actor: Actor | None = None
        self.username = QLineEdit(username, self)
        self.username.setObjectName("usernameEdit")
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Username:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setObjectName("signInButton")
        ok.setDefault(True)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sign in with your Kuty account."), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def try_sign_in(self) -> None:
        """Check the password on the worker; the dialog stays responsive meanwhile."""
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_error(self.tr("Enter your username and password."))
            return
        self.buttons.setEnabled(False)
        self.error.hide()
        sessions = self._sessions

        self._worker.submit(
            lambda: authenticate(sessions, username, password, utcnow()), label="sign in"
        ).success(self._on_result).failure(self._on_failure)

    def _on_result(self, actor: Actor) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.actor = actor
        self.accept()

    def _on_failure(self, result: BaseException) -> None:
        """In the dialog (there is no window yet to show an alert in)."""
        self.buttons.setEnabled(True)
        self.password.clear()
        if isinstance(result, AccountLocked):
            until = result.until.astimezone()
            text = self.tr(
                "Too many failed attempts: this account is locked until %1. "
                "Try again later or ask an administrator to reset the password."
            ).replace("%1", _local(until))
        elif isinstance(result, SignInFailed):
            text = self.tr("Wrong username or password.")
        else:
            text = self.tr("Sign-in is not possible: %1").replace("%1", error_text(result))
        self._show_error(text)
        self.password.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.failed.emit(text)

    def done(self, result: int) -> None:
        """Closing the dialog stops its worker thread (after a running check)."""
        self._worker.shutdown()
        super().done(result)


def _local(when: datetime) -> str:
    return when.strftime("%H:%M:%S (%d.%m.%Y)")
