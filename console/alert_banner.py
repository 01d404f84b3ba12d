"""A red banner for things the operator must notice mid-call.

A modal dialog would block the Answer and Hang up buttons exactly when they matter, so
alerts are a banner inside the window that stays until the operator dismisses it or the
condition clears (e.g. the engine came back).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from console.fonts import ALERT, follow_app_font


class AlertBanner(QFrame):
    """Keyed alert lines; one key per condition so a repeat replaces rather than piles up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setStyleSheet(
            "#alertBanner { background: #c00000; border-radius: 4px; }"
            "#alertBanner QLabel { color: white; font-weight: bold; }"
        )
        self._alerts: dict[str, str] = {}
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("alertText")
        self.label.setWordWrap(True)
        follow_app_font(self.label, ALERT, bold=True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("alertDismissButton")
        self.dismiss_button.clicked.connect(self.clear)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button)
        self.setVisible(False)

    @property
    def alerts(self) -> dict[str, str]:
        return dict(self._alerts)

    def show_alert(self, key: str, text: str) -> None:
        self._alerts.pop(key, None)
        self._alerts[key] = text
        self._refresh()

    def clear_alert(self, key: str) -> None:
        if self._alerts.pop(key, None) is not None:
            self._refresh()

    def clear(self) -> None:
        self._alerts.clear()
        self._refresh()

    def _refresh(self) -> None:
        self.label.setText("\n".join(self._alerts.values()))
        self.setVisible(bool(self._alerts))
