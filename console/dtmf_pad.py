"""The DTMF keypad shown during a call: twelve keys, or type the digits (issue 11).

Tones go to the engine as `DTMF` commands (RFC 4733 events on the call); the pad only
asks, so it does nothing without a call to send them on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.fonts import HEADING, follow_app_font
from telephony import protocol as p

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")
_LETTERS = {
    "2": "ABC",
    "3": "DEF",
    "4": "GHI",
    "5": "JKL",
    "6": "MNO",
    "7": "PQRS",
    "8": "TUV",
    "9": "WXYZ",
}
TOGGLE_KEY = "F4"


def key_object_name(key: str) -> str:
    return "dtmfKey_" + {"*": "star", "#": "hash"}.get(key, key)


class DtmfPad(QFrame):
    """Twelve buttons and a line of what was sent; digits typed while it has focus are sent.

    Signals:
        command_requested(object): a `DTMF` `Command` for the engine.
    """

    command_requested = Signal(object)

    def __init__(self, call_id: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dtmfPad")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self._call_id = call_id
        self.sent_label = QLabel(self)
        self.sent_label.setObjectName("dtmfSent")
        follow_app_font(self.sent_label, HEADING, fixed=True)
        self.sent_label.setToolTip(self.tr("Tones sent on this call"))
        title = QLabel(self.tr("Tones (F4):"), self)
        self.setToolTip(self.tr("Keypad (F4): click or type digits, * and #"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.sent_label, 1)
        grid = QGridLayout()
        grid.setSpacing(3)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate(KEYS):
            letters = _LETTERS.get(key, "")
            button = QPushButton(f"{key}  {letters}" if letters else key, self)
            button.setObjectName(key_object_name(key))
            button.setFixedSize(68, 30)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays on the pad
            button.setToolTip(self.tr("Send tone %1 (type %1)").replace("%1", key))
            button.clicked.connect(lambda _c=False, k=key: self.send(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addLayout(grid)
        self._sent_on: str | None = None

    def send(self, digits: str) -> None:
        call_id = self._call_id()
        if call_id is None or not digits:
            return
        if call_id != self._sent_on:
            self._sent_on = call_id
            self.sent_label.setText("")
        self.sent_label.setText(self.sent_label.text() + digits)
        self.command_requested.emit(p.Command(p.CommandName.DTMF, call_id, {"digits": digits}))

    def set_enabled_for_call(self, on: bool) -> None:
        for button in self.keys.values():
            button.setEnabled(on)
        if not on:
            self._sent_on = None
            self.sent_label.setText("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in KEYS and self.keys[text].isEnabled():
            self.send(text)
            event.accept()
            return
        super().keyPressEvent(event)
