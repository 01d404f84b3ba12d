"""Supervisor unlock of a caller profile locked by failed verifications (KUTY-2.2).

A lock protects a caller against someone guessing their answers, so lifting it early is
a supervisor's decision with a reason, audited by `verification.store.unlock_profile`
(which also checks the permission: hiding the menu entry is a courtesy, not the check).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.services import ConsoleServices
from console.tasks import error_text
from desk.roles import Permission, PermissionDenied, allowed
from verification.store import UnknownProfile, unlock_profile

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Profile id and reason in, `unlock_profile` on the database worker, result shown.

    Signals:
        unlocked(int, int): profile id and how many active locks were lifted.
    """

    unlocked = Signal(int, int)

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock caller profile"))
        self.services = services
        self.profile_field = QSpinBox(self)
        self.profile_field.setObjectName("unlockProfileId")
        self.profile_field.setRange(1, 2_000_000_000)
        self.reason_field = QLineEdit(self)
        self.reason_field.setObjectName("unlockReason")
        self.reason_field.setPlaceholderText(self.tr("Required: why the lock is lifted early"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("unlockError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c00000; font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.ok_button
        ok.setText(self.tr("Unlock"))
        ok.setObjectName("unlockButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.reason_field.returnPressed.connect(self.submit)

        note = QLabel(
            self.tr(
                "The profile was locked after too many failed verifications (KUTY-2.2). "
                "Unlock only after confirming the caller's identity another way; "
                "the unlock and its reason are audited."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Profile id"), self.profile_field)
        form.addRow(self.tr("Reason"), self.reason_field)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def submit(self) -> None:
        """Validate, then unlock off the GUI thread; the dialog closes only on success."""
        reason = " ".join(self.reason_field.text().split())
        if not reason:
            self.error_label.setText(self.tr("Give a reason: every unlock is audited."))
            self.reason_field.setFocus()
            return
        profile_id = self.profile_field.value()
        services = self.services
        self.error_label.setText("")
        self.ok_button.setEnabled(False)

        services.worker.submit(
            lambda: unlock_profile(services.sessions, services.actor, profile_id, reason),
            label="unlock profile",
        ).success(lambda cleared: self._done(profile_id, cleared)).failure(
            lambda error: self._failed(profile_id, error)
        )

    def _done(self, profile_id: int, cleared: Any) -> None:
        self.ok_button.setEnabled(True)
        self.unlocked.emit(profile_id, int(cleared))
        self.accept()

    def _failed(self, profile_id: int, error: BaseException) -> None:
        """In the dialog, not as a call-log failure: the supervisor can correct the id."""
        self.ok_button.setEnabled(True)
        if isinstance(error, UnknownProfile):
            text = self.tr("There is no profile %1.").replace("%1", str(profile_id))
        elif isinstance(error, PermissionDenied):
            text = self.tr("You may not unlock profiles (supervisors only).")
        else:
            text = self.tr("The profile could not be unlocked: %1").replace("%1", error_text(error))
        self.error_label.setText(text)


def install_unlock_action(window: QMainWindow, services: ConsoleServices) -> QAction:
    """Add "Unlock profile…" to a "Caller profiles" menu, shown only to roles that may
    unlock (UNLOCK_PROFILE: supervisors and admins, KUTY-2.2).

    The menu is named for what it holds, not for a role (issue 13): an admin may unlock
    too, and a "Supervisor" menu on an admin's window read as someone else's tools. A
    window gets the menu once, however often the verification panel is installed.
    """
    may_unlock = allowed(services.actor, Permission.UNLOCK_PROFILE)
    existing = window.findChild(QAction, "unlockProfileAction")
    if existing is not None:
        return existing
    menu = window.menuBar().addMenu(QCoreApplication.translate("UnlockDialog", "Caller &profiles"))
    menu.setObjectName("profilesMenu")
    menu.menuAction().setVisible(may_unlock)
    menu.menuAction().setEnabled(may_unlock)
    action = QAction(QCoreApplication.translate("UnlockDialog", "Unlock profile…"), window)
    action.setObjectName("unlockProfileAction")
    action.setVisible(may_unlock)
    action.setEnabled(may_unlock)
    menu.addAction(action)

    def open_dialog() -> None:
        dialog = UnlockDialog(services, window)

        def report(profile_id: int, lifted: int) -> None:
            text = QCoreApplication.translate(
                "UnlockDialog", "Profile %1 unlocked (%2 active lock(s) lifted)."
            )
            message = text.replace("%1", str(profile_id)).replace("%2", str(lifted))
            window.statusBar().showMessage(message, 10000)

        dialog.unlocked.connect(report)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action
