"""The call card: who is calling, the call's state and timer, and the call buttons.

Operators work on headsets with the keyboard, so every button has function-key shortcuts
that work anywhere in the window and are named in the tooltip. Buttons are enabled only
when the engine would accept the command, so a mistaken key press does nothing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.caller_display import format_duration, format_number
from telephony import protocol as p

SHORTCUTS: dict[str, tuple[str, ...]] = {
    "answer": ("F5", "Ctrl+Return"),
    "reject": ("F6",),
    "hangup": ("F8", "Ctrl+E"),
    "hold": ("F9",),
    "mute": ("F10",),
}

_TALKING = {p.CallState.CONFIRMED}
_LIVE = {p.CallState.CALLING, p.CallState.EARLY, p.CallState.CONNECTING, p.CallState.CONFIRMED}


@dataclass
class CallView:
    """What the card knows about one call; updated from events, never from button clicks."""

    call_id: str
    direction: p.CallDirection
    number: str
    display_name: str
    state: p.CallState
    on_hold: bool = False
    muted: bool = False
    answered_at: float | None = None  # time.monotonic() when talking began


class CallCard(QFrame):
    """Shows the current call and turns button presses into engine commands.

    Signals:
        command_requested(object): a `telephony.protocol.Command` for the engine.
    """

    command_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._calls: dict[str, CallView] = {}
        self._current: str | None = None
        self._labels: dict[str, str] = {}  # call id -> number as shown
        self._blocked: set[str] = set()  # calls from blocklisted numbers (KZP-30-19, CSC-2.12)

        self.number_label = QLabel(self)
        self.number_label.setObjectName("callerNumber")
        self.number_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("callerName")
        self.profiles_label = QLabel(self)
        self.profiles_label.setObjectName("callerProfiles")
        self.profiles_label.setWordWrap(True)
        self.profiles_label.setToolTip(
            self.tr(
                "Only how many profiles have this number: names are shown after "
                "verification, and only the verified caller's (KUTY-2.6)"
            )
        )
        self.state_label = QLabel(self)
        self.state_label.setObjectName("callState")
        self.blocked_label = QLabel(self.tr("Number blocked"), self)
        self.blocked_label.setObjectName("blockedFlag")
        self.blocked_label.setStyleSheet(
            "background: #c00000; color: white; font-weight: bold; padding: 2px 6px;"
        )
        self.blocked_label.hide()
        self.timer_label = QLabel("00:00", self)
        self.timer_label.setObjectName("callTimer")
        self.timer_label.setStyleSheet("font-size: 18pt; font-family: monospace;")

        self.answer_button = self._button("answerButton", self.tr("Answer"))
        self.reject_button = self._button("rejectButton", self.tr("Reject"))
        self.hangup_button = self._button("hangupButton", self.tr("Hang up"))
        self.hold_button = self._button("holdButton", self.tr("Hold"))
        self.mute_button = self._button("muteButton", self.tr("Mute"))
        self.hold_button.setCheckable(True)
        self.mute_button.setCheckable(True)
        # Colour only when enabled: a green Answer that cannot be pressed would mislead.
        self.answer_button.setStyleSheet(
            "QPushButton:enabled { background: #1a7f37; color: white; font-weight: bold; }"
        )
        self.hangup_button.setStyleSheet(
            "QPushButton:enabled { background: #c00000; color: white; font-weight: bold; }"
        )
        tips = {
            "answer": (self.answer_button, self.tr("Answer the ringing call")),
            "reject": (self.reject_button, self.tr("Reject the ringing call")),
            "hangup": (self.hangup_button, self.tr("End the call")),
            "hold": (self.hold_button, self.tr("Put the caller on hold / resume")),
            "mute": (self.mute_button, self.tr("Mute / unmute your microphone")),
        }
        for key, (button, tip) in tips.items():
            keys = [QKeySequence(k) for k in SHORTCUTS[key]]
            names = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            button.setToolTip(f"{tip} ({names})")
            for seq in keys:
                shortcut = QShortcut(seq, self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(button.click)

        self.answer_button.clicked.connect(lambda: self._send(p.CommandName.ANSWER))
        self.reject_button.clicked.connect(lambda: self._send(p.CommandName.REJECT))
        self.hangup_button.clicked.connect(lambda: self._send(p.CommandName.HANGUP))
        self.hold_button.clicked.connect(self._on_hold_clicked)
        self.mute_button.clicked.connect(self._on_mute_clicked)

        info = QGridLayout()
        info.addWidget(self.number_label, 0, 0)
        info.addWidget(self.timer_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        info.addWidget(self.name_label, 1, 0)
        info.addWidget(self.state_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        info.addWidget(self.profiles_label, 2, 0, 1, 2)
        info.addWidget(self.blocked_label, 3, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        for button in (
            self.answer_button,
            self.reject_button,
            self.hangup_button,
            self.hold_button,
            self.mute_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(info)
        layout.addLayout(buttons)

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_timer)
        self._refresh()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumHeight(40)
        return button

    # ------------------------------------------------------------------ queries

    @property
    def current(self) -> CallView | None:
        return self._calls.get(self._current) if self._current else None

    # ------------------------------------------------------------------ event slots

    def on_incoming(self, event: p.CallIncoming) -> None:
        self._add(
            CallView(
                call_id=event.call_id,
                direction=p.CallDirection.INCOMING,
                number=event.caller_number or "",
                display_name=event.display_name,
                state=p.CallState.RINGING,
            ),
            format_number(event.caller_number, event.remote_uri),
        )
        if self._current == event.call_id and event.caller_number == p.WITHHELD:
            self.profiles_label.setText(self.tr("Withheld: cannot be verified"))
        elif self._current == event.call_id and not event.caller_number:
            self.profiles_label.setText(self.tr("No caller ID: cannot be verified"))

    def on_outgoing(self, event: p.CallOutgoing) -> None:
        self._add(
            CallView(
                call_id=event.call_id,
                direction=p.CallDirection.OUTGOING,
                number=event.callee_number or "",
                display_name="",
                state=p.CallState.CALLING,
            ),
            format_number(event.callee_number, event.remote_uri),
        )

    def on_state(self, event: p.CallStateChanged) -> None:
        call = self._calls.get(event.call_id)
        if call is None:
            return
        call.state = event.state
        if event.state in _TALKING and call.answered_at is None:
            call.answered_at = time.monotonic()
        self._refresh()

    def on_answered(self, event: p.CallAnswered) -> None:
        call = self._calls.get(event.call_id)
        if call is None:
            return
        if call.answered_at is None:
            call.answered_at = time.monotonic()
        call.state = p.CallState.CONFIRMED
        self._refresh()

    def on_media(self, event: p.CallMediaChanged) -> None:
        call = self._calls.get(event.call_id)
        if call is None:
            return
        call.on_hold = event.on_hold
        call.muted = event.muted
        self._refresh()

    def on_ended(self, event: p.CallEnded) -> None:
        self._calls.pop(event.call_id, None)
        self._labels.pop(event.call_id, None)
        self._blocked.discard(event.call_id)
        if self._current == event.call_id:
            self._current = next(iter(self._calls), None)
        self._refresh()

    def clear(self) -> None:
        self._calls.clear()
        self._labels.clear()
        self._blocked.clear()
        self._current = None
        self._refresh()

    def set_ringing_hint(self, call_id: str, count: int, locked: bool = False) -> None:
        """Show how many caller profiles have this number, never whose (KUTY-2.6).

        The operator must not learn candidates' names before the caller has answered the
        verification questions, so the card only says whether verification is possible.
        """
        if call_id != self._current:
            return
        if count == 0:
            text = self.tr("No profile: general help only")
        elif count == 1:
            text = self.tr("1 profile for this number")
        else:
            text = self.tr("%1 profiles for this number").replace("%1", str(count))
        if locked:
            text += " — " + self.tr("locked after failed verifications")
        self.profiles_label.setText(text)

    def set_blocked(self, call_id: str, blocked: bool) -> None:
        """Flag a call whose number is on the blocklist; the flag is a warning, not a reject."""
        if call_id not in self._calls:
            return
        if blocked:
            self._blocked.add(call_id)
        else:
            self._blocked.discard(call_id)
        self._refresh()

    # ------------------------------------------------------------------ internals

    def _add(self, call: CallView, label: str) -> None:
        self._calls[call.call_id] = call
        self._labels[call.call_id] = label
        if self.current is None:
            self._current = call.call_id
            self.profiles_label.setText("")
        self._refresh()

    def _send(self, name: p.CommandName, **args: object) -> None:
        call = self.current
        if call is not None:
            self.command_requested.emit(p.Command(name, call.call_id, dict(args)))

    def _on_hold_clicked(self) -> None:
        call = self.current
        # The button shows engine truth; the click only asks, the media event confirms.
        self.hold_button.setChecked(bool(call and call.on_hold))
        if call is not None:
            self._send(p.CommandName.RESUME if call.on_hold else p.CommandName.HOLD)

    def _on_mute_clicked(self) -> None:
        call = self.current
        self.mute_button.setChecked(bool(call and call.muted))
        if call is not None:
            self._send(p.CommandName.MUTE, on=not call.muted)

    @staticmethod
    def _is_ringing(call: CallView) -> bool:
        # An incoming call stays "ringing" through EARLY: that is our own 180 Ringing.
        if call.direction == p.CallDirection.INCOMING:
            return call.state in {p.CallState.RINGING, p.CallState.EARLY}
        return False

    def _state_text(self, call: CallView) -> str:
        if call.state == p.CallState.CONFIRMED and call.on_hold:
            return self.tr("On hold")
        texts = {
            p.CallState.RINGING: self.tr("Ringing"),
            p.CallState.CALLING: self.tr("Calling"),
            p.CallState.EARLY: self.tr("Ringing"),
            p.CallState.CONNECTING: self.tr("Connecting"),
            p.CallState.CONFIRMED: self.tr("Talking"),
            p.CallState.DISCONNECTED: self.tr("Ended"),
        }
        return texts.get(call.state, str(call.state))

    def _refresh(self) -> None:
        call = self.current
        if call is None:
            self.number_label.setText(self.tr("No call"))
            self.name_label.setText("")
            self.profiles_label.setText("")
            self.state_label.setText("")
        else:
            self.number_label.setText(self._labels.get(call.call_id, call.number))
            self.name_label.setText(call.display_name)
            self.state_label.setText(self._state_text(call))
        ringing = call is not None and self._is_ringing(call)
        self.blocked_label.setVisible(call is not None and call.call_id in self._blocked)
        live = call is not None and call.state in _LIVE and not ringing
        talking = call is not None and call.state in _TALKING
        self.answer_button.setEnabled(ringing)
        self.reject_button.setEnabled(ringing)
        self.hangup_button.setEnabled(live)
        self.hold_button.setEnabled(talking)
        self.mute_button.setEnabled(talking)
        on_hold = bool(call and call.on_hold)
        muted = bool(call and call.muted)
        self.hold_button.setChecked(on_hold)
        self.hold_button.setText(self.tr("Resume") if on_hold else self.tr("Hold"))
        self.mute_button.setChecked(muted)
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))
        if call is not None and call.answered_at is not None:
            if not self._tick.isActive():
                self._tick.start()
            self._update_timer()
        else:
            self._tick.stop()
            self.timer_label.setText("00:00")

    def _update_timer(self) -> None:
        call = self.current
        if call is None or call.answered_at is None:
            return
        self.timer_label.setText(format_duration(time.monotonic() - call.answered_at))
