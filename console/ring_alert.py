"""Make a ringing call impossible to miss: raise the window, mark it urgent, notify (issue 11).

The ringtone itself is played by the engine (it keeps ringing while the GUI is busy);
this is the visual half. A minimised console also gets a tray notification, because the
operator may be working in another program between calls.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from console.caller_display import format_number
from telephony import protocol as p

log = logging.getLogger(__name__)


class RingAlert(QObject):
    """Reacts to `CallIncoming` for one window.

    `notifications` keeps (title, text) of every notification made, whether or not the
    platform has a tray to show it in (offscreen tests, some kiosk desktops have none).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.tray: QSystemTrayIcon | None = None
        self.notifications: list[tuple[str, str]] = []

    def _tray_icon(self) -> QSystemTrayIcon | None:
        """The tray icon, created once, only if the platform has a tray."""
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            icon = self._window.windowIcon()
            if icon.isNull():
                style = self._window.style()
                icon = QIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self._window.windowTitle())
            self.tray.activated.connect(lambda _reason: self._bring_up())
            self.tray.show()
        return self.tray

    def _bring_up(self) -> None:
        window = self._window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def on_incoming(self, event: p.CallIncoming) -> None:
        window = self._window
        minimised = window.isMinimized() or not window.isVisible()
        number = format_number(event.caller_number, event.remote_uri)
        if minimised:
            title = self.tr("Second call waiting") if event.waiting else self.tr("Incoming call")
            text = f"{number} {event.display_name}".strip()
            self.notifications.append((title, text))
            tray = self._tray_icon()
            if tray is not None:
                tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        self._bring_up()
        QApplication.alert(window, 0)  # urgent until the operator activates the window
