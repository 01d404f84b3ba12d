"""The administration workspace (issue 13): who may sign in, and the way to the settings.

An admin takes no calls, so the call card is not theirs; this page is their home. It lists
the desk's accounts (read from `desk.users.list_users`, which checks MANAGE_USERS itself) and
opens the seat's settings (SIP accounts, audio, recordings, database, language). Adding and
disabling users, profile imports and retention stay in `kuty users …` for now; the page says
so instead of pretending.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.tasks import error_text


def role_text(role: str) -> str:
    """A role in words (never "head_admin" on screen)."""
    names = {
        "operator": QCoreApplication.translate("AdminPage", "Operator"),
        "supervisor": QCoreApplication.translate("AdminPage", "Supervisor"),
        "head_admin": QCoreApplication.translate("AdminPage", "Head administrator"),
        "admin": QCoreApplication.translate("AdminPage", "Administrator"),
    }
    return names.get(str(role), str(role))


class AdminPage(QWidget):
    """Accounts at a glance and the settings button; all database work on the worker."""

    COLUMNS = 4

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPage")
        self._services = services
        title = QLabel(self.tr("Administration"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.settings_button = QPushButton(self.tr("Seat settings…"), self)
        self.settings_button.setObjectName("adminSettingsButton")
        self.settings_button.setToolTip(
            self.tr("SIP accounts, headset, recordings folder, database and language")
        )
        self.settings_button.clicked.connect(self.open_settings)
        self.users_title = QLabel(self.tr("Accounts"), self)
        self.users_title.setStyleSheet("font-weight: bold;")
        self.users = QTableWidget(0, self.COLUMNS, self)
        self.users.setObjectName("adminUsers")
        self.users.setAccessibleName(self.tr("Accounts"))
        self.users.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.users.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users.verticalHeader().hide()
        self.users.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.error = QLabel(self)
        self.error.setObjectName("adminError")
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(
            self.tr(
                "Adding and disabling accounts, password resets and caller-profile imports: "
                "`kuty users …` and `kuty profiles import` on this seat (a screen for them "
                "is coming)."
            ),
            self,
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.users_title)
        layout.addWidget(self.users, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        self.refresh()

    def open_settings(self) -> None:
        """The Settings menu's action (console/settings_dialog.install_settings_menu)."""
        action = self.window().findChild(QAction, "settingsAction")
        if action is not None:
            action.trigger()

    def refresh(self) -> None:
        from desk.users import list_users

        sessions, actor = self._services.sessions, self._services.actor
        job = self._services.worker.submit(lambda: list_users(sessions, actor), label="users")
        job.success(self._show).failure(self._failed)

    def _show(self, users: list[Any]) -> None:
        self.error.hide()
        self.users.setRowCount(len(users))
        locale = QLocale()
        for row, user in enumerate(users):
            state = self.tr("Active") if user.active else self.tr("Disabled")
            if user.last_login_at is not None:
                when = locale.toString(user.last_login_at.date(), QLocale.FormatType.ShortFormat)
                state = self.tr("%1, last signed in %2").replace("%1", state).replace("%2", when)
            cells = [user.username, user.display_name, role_text(user.role), state]
            for column, text in enumerate(cells):
                self.users.setItem(row, column, QTableWidgetItem(text))

    def _failed(self, exc: BaseException) -> None:
        text = self.tr("Accounts could not be loaded: %1").replace("%1", error_text(exc))
        self.error.setText(text)
        self.error.show()
