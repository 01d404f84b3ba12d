"""The administration workspace (issue 13): users, caller-profile imports, the way to settings.

An admin takes no calls, so the call card is not theirs; this page is their home: the
desk's accounts (`console.admin_users`, through `desk.users`, which checks MANAGE_USERS
itself), the caller-profile import (`console.admin_import`, the same import as
`kuty profiles import`) and links to the seat's settings. Each setting has one home, the
settings dialog (SIP accounts, e-mail, retention, transcription, the seat's policy…); the
links here open it at the right tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.admin_import import ImportPanel
from console.admin_users import UsersPanel, role_text
from console.fonts import OUTCOME, follow_app_font

__all__ = ["AdminPage", "role_text"]


class AdminPage(QWidget):
    """Users, profile import and settings links in tabs; all database work on a worker."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPage")
        self._services = services
        title = QLabel(self.tr("Administration"), self)
        follow_app_font(title, OUTCOME, bold=True)
        self.settings_button = QPushButton(self.tr("Seat settings…"), self)
        self.settings_button.setObjectName("adminSettingsButton")
        self.settings_button.setToolTip(
            self.tr(
                "SIP accounts, headset, calls, recordings, database, language, e-mail, "
                "retention and transcription, the seat's policy"
            )
        )
        self.settings_button.clicked.connect(lambda: self.open_settings())
        self.users_panel = UsersPanel(services, self)
        self.users = self.users_panel.users  # the table (older tests and screens use it)
        self.error = self.users_panel.error
        self.import_panel = ImportPanel(services, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        self.tabs.addTab(self.users_panel, self.tr("Users"))
        self.tabs.addTab(self.import_panel, self.tr("Caller profiles"))
        self.tabs.addTab(self._settings_links(), self.tr("Settings"))
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _settings_links(self) -> QWidget:
        page = QWidget(self)
        box = QGroupBox(self.tr("Open the settings at"), page)
        grid = QGridLayout(box)
        links = [
            ("sip", self.tr("SIP accounts"), self.tr("Registrars, users and transports")),
            (
                "mail",
                self.tr("E-mail"),
                self.tr("The desk mailbox (IMAP) and outgoing mail (SMTP)"),
            ),
            (
                "retention",
                self.tr("Retention and transcription"),
                self.tr("How long recordings are kept; the speech-recognition engine"),
            ),
            ("policy", self.tr("Policy"), self.tr("The regulation this seat works under")),
        ]
        self.settings_links: dict[str, QPushButton] = {}
        for row, (key, text, hint) in enumerate(links):
            button = QPushButton(text, box)
            button.setObjectName(f"adminOpen_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.open_settings(k))
            self.settings_links[key] = button
            label = QLabel(hint, box)
            label.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        self.keyring_button = QPushButton(self.tr("Password storage…"), page)
        self.keyring_button.setObjectName("adminKeyring")
        self.keyring_button.setToolTip(
            self.tr("Where this seat keeps SIP, e-mail and database passwords")
        )
        self.keyring_button.clicked.connect(self.open_keyring_setup)
        keyring_row = QHBoxLayout()
        keyring_row.addWidget(self.keyring_button)
        keyring_hint = QLabel(self.keyring_button.toolTip(), page)
        keyring_hint.setWordWrap(True)
        keyring_row.addWidget(keyring_hint, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addLayout(keyring_row)
        layout.addStretch(1)
        return page

    def open_settings(self, tab: str | None = None) -> None:
        """The Settings menu's action (console/settings_dialog.install_settings_menu)."""
        window = self.window()
        action = window.findChild(QAction, "settingsAction")
        if action is None:
            return
        action.trigger()
        dialog = getattr(window, "settings_dialog", None)
        if tab and dialog is not None:
            dialog.show_tab(tab)

    def open_keyring_setup(self) -> None:
        """The keyring set-up on demand (it is asked at start only once, console.keyring_setup)."""
        from console.keyring_setup import open_keyring_setup

        self.keyring_dialog = open_keyring_setup(self._services.settings, self)

    def refresh(self) -> None:
        self.users_panel.refresh()
