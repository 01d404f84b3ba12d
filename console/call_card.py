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
from console.dtmf_pad import DtmfPad
from console.fonts import CALLER_NUMBER, TIMER, follow_app_font
from console.transfer_panel import TransferPanel
from telephony import protocol as p

SHORTCUTS: dict[str, tuple[str, ...]] = {
    "answer": ("F5", "Ctrl+Return"),
    "reject": ("F6",),
    "hangup": ("F8", "Ctrl+E"),
    "hold": ("F9",),
    "mute": ("F10",),
    "keypad": ("F4",),
    "transfer": ("F7",),
}

_REC_STYLE = "color: white; background: #c00000; font-weight: bold; padding: 1px 6px;"
_STALLED_STYLE = "color: black; background: #ffb000; font-weight: bold; padding: 1px 6px;"
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
    rang_at: float = 0.0  # time.monotonic() when the card learnt of the call (ring timer)
    consult_for: str | None = None  # attended transfer: the held call this one consults for
    dtmf_received: str = ""  # digits the other side pressed (Dtmf events)


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
        follow_app_font(self.number_label, CALLER_NUMBER, bold=True)
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
        follow_app_font(self.timer_label, TIMER, fixed=True)

        self.recording_label = QLabel(self.tr("● REC"), self)
        self.recording_label.setObjectName("cardRecordingIndicator")
        self.recording_label.setStyleSheet(_REC_STYLE)
        self.recording_label.setToolTip(self.tr("This call is being recorded (KUTY-1.1)"))
        self.recording_label.hide()
        self.consult_label = QLabel(self)
        self.consult_label.setObjectName("consultLabel")
        self.consult_label.setStyleSheet(
            "background: #1f5fae; color: white; font-weight: bold; padding: 2px 6px;"
        )
        self.consult_label.setWordWrap(True)
        self.consult_label.hide()
        self.dtmf_label = QLabel(self)
        self.dtmf_label.setObjectName("dtmfReceived")
        self.dtmf_label.setToolTip(self.tr("Keys the other side pressed on their phone"))
        self.dtmf_label.hide()

        # Call waiting (issue 11): a second call rings while the operator talks.
        self.waiting_strip = QFrame(self)
        self.waiting_strip.setObjectName("waitingStrip")
        self.waiting_strip.setStyleSheet(
            "#waitingStrip { background: #fff4ce; border: 1px solid #b35c00; }"
        )
        self.waiting_label = QLabel(self.waiting_strip)
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setStyleSheet("font-weight: bold;")
        self.waiting_label.setWordWrap(True)
        self.waiting_answer_button = QPushButton(
            self.tr("Answer, hold current"), self.waiting_strip
        )
        self.waiting_answer_button.setObjectName("waitingAnswerButton")
        self.waiting_reject_button = QPushButton(self.tr("Reject"), self.waiting_strip)
        self.waiting_reject_button.setObjectName("waitingRejectButton")
        strip = QHBoxLayout(self.waiting_strip)
        strip.setContentsMargins(6, 3, 6, 3)
        strip.addWidget(self.waiting_label, 1)
        strip.addWidget(self.waiting_answer_button)
        strip.addWidget(self.waiting_reject_button)
        self.waiting_strip.hide()
        # Calls on hold behind the current one, with a way back to them.
        self.held_strip = QFrame(self)
        self.held_strip.setObjectName("heldStrip")
        self.held_strip.setStyleSheet("#heldStrip { background: #e8eef8; }")
        self.held_label = QLabel(self.held_strip)
        self.held_label.setObjectName("heldLabel")
        self.held_label.setWordWrap(True)
        self.switch_button = QPushButton(self.tr("Switch to it"), self.held_strip)
        self.switch_button.setObjectName("switchCallButton")
        self.switch_button.setToolTip(
            self.tr("Hold the current call and talk to the held one (Ctrl+Tab)")
        )
        held = QHBoxLayout(self.held_strip)
        held.setContentsMargins(6, 0, 6, 0)
        held.addWidget(self.held_label, 1)
        held.addWidget(self.switch_button)
        self.held_strip.hide()

        self.answer_button = self._button("answerButton", self.tr("Answer"))
        self.reject_button = self._button("rejectButton", self.tr("Reject"))
        self.hangup_button = self._button("hangupButton", self.tr("Hang up"))
        self.hold_button = self._button("holdButton", self.tr("Hold"))
        self.mute_button = self._button("muteButton", self.tr("Mute"))
        self.keypad_button = self._button("keypadButton", self.tr("Keypad"))
        self.transfer_button = self._button("transferButton", self.tr("Transfer"))
        self.hold_button.setCheckable(True)
        self.mute_button.setCheckable(True)
        self.keypad_button.setCheckable(True)
        self.transfer_button.setCheckable(True)
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
            "keypad": (self.keypad_button, self.tr("Show the keypad to send tones")),
            "transfer": (self.transfer_button, self.tr("Transfer the call to a seat or number")),
        }
        # F5 / F6 answer or reject the ringing call, or else the waiting one (call waiting).
        keyed = {"answer": self._answer_key, "reject": self._reject_key}
        for key, (button, tip) in tips.items():
            keys = [QKeySequence(k) for k in SHORTCUTS[key]]
            names = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            button.setToolTip(f"{tip} ({names})")
            for seq in keys:
                shortcut = QShortcut(seq, self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(keyed.get(key, button.click))
        answer_keys = "/".join(SHORTCUTS["answer"])
        self.waiting_answer_button.setToolTip(
            self.tr("Answer the waiting call; the current one goes on hold (%1)").replace(
                "%1", answer_keys
            )
        )
        self.waiting_reject_button.setToolTip(
            self.tr("Reject the waiting call (%1)").replace("%1", SHORTCUTS["reject"][0])
        )
        switch = QShortcut(QKeySequence("Ctrl+Tab"), self)
        switch.setContext(Qt.ShortcutContext.WindowShortcut)
        switch.activated.connect(self.switch_button.click)

        self.dtmf_pad = DtmfPad(self._talking_call_id, self)
        self.dtmf_pad.hide()
        self.transfer_panel = TransferPanel(self._transfer_call_id, self.consult_pair, parent=self)
        self.transfer_panel.hide()
        self.dtmf_pad.command_requested.connect(self.command_requested)
        self.transfer_panel.command_requested.connect(self.command_requested)
        self.keypad_button.toggled.connect(self._show_keypad)
        self.transfer_button.toggled.connect(self._show_transfer)
        self.waiting_answer_button.clicked.connect(self._answer_waiting)
        self.waiting_reject_button.clicked.connect(self._reject_waiting)
        self.switch_button.clicked.connect(self._switch_to_held)

        self.answer_button.clicked.connect(lambda: self._send(p.CommandName.ANSWER))
        self.reject_button.clicked.connect(lambda: self._send(p.CommandName.REJECT))
        self.hangup_button.clicked.connect(lambda: self._send(p.CommandName.HANGUP))
        self.hold_button.clicked.connect(self._on_hold_clicked)
        self.mute_button.clicked.connect(self._on_mute_clicked)

        timer = QHBoxLayout()
        timer.setSpacing(8)
        timer.addWidget(self.recording_label)  # ● ЗАПИС beside the timer (issue 11)
        timer.addWidget(self.timer_label)
        info = QGridLayout()
        info.addWidget(self.number_label, 0, 0)
        info.addLayout(timer, 0, 1, Qt.AlignmentFlag.AlignRight)
        info.addWidget(self.name_label, 1, 0)
        info.addWidget(self.state_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        info.addWidget(self.profiles_label, 2, 0, 1, 2)
        info.addWidget(self.blocked_label, 3, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        info.addWidget(self.consult_label, 4, 0, 1, 2)
        info.addWidget(self.dtmf_label, 5, 0, 1, 2)
        buttons = QHBoxLayout()
        for button in (
            self.answer_button,
            self.reject_button,
            self.hangup_button,
            self.hold_button,
            self.mute_button,
            self.keypad_button,
            self.transfer_button,
        ):
            buttons.addWidget(button)
        tools = QHBoxLayout()
        tools.addWidget(self.dtmf_pad, 0, Qt.AlignmentFlag.AlignTop)
        tools.addWidget(self.transfer_panel, 1, Qt.AlignmentFlag.AlignTop)
        tools.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting_strip)
        layout.addLayout(info)
        layout.addWidget(self.held_strip)
        layout.addLayout(buttons)
        layout.addLayout(tools)

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

    @property
    def calls(self) -> dict[str, CallView]:
        return dict(self._calls)

    def waiting_call(self) -> CallView | None:
        """A call ringing behind the current one (call waiting), oldest first."""
        current = self.current
        if current is None:
            return None
        for call in self._calls.values():
            if call.call_id != current.call_id and self._is_ringing(call):
                return call
        return None

    def held_calls(self) -> list[CallView]:
        """Talking calls other than the current one (on hold, or being put on hold)."""
        return [
            c for c in self._calls.values() if c.call_id != self._current and c.state in _TALKING
        ]

    def consult_pair(self) -> tuple[str, str] | None:
        """(consultation call, the call it consults for) while an attended transfer runs."""
        for call in self._calls.values():
            if call.consult_for and call.consult_for in self._calls:
                return call.call_id, call.consult_for
        return None

    def _talking_call_id(self) -> str | None:
        call = self.current
        return call.call_id if call is not None and call.state in _TALKING else None

    def _transfer_call_id(self) -> str | None:
        """The caller to transfer: the talking current call (not a consultation)."""
        call = self.current
        if call is None or call.state not in _TALKING or call.consult_for:
            return None
        return call.call_id

    # ------------------------------------------------------------------ event slots

    def on_incoming(self, event: p.CallIncoming) -> None:
        self._add(
            CallView(
                call_id=event.call_id,
                direction=p.CallDirection.INCOMING,
                number=event.caller_number or "",
                display_name=event.display_name,
                state=p.CallState.RINGING,
                rang_at=time.monotonic(),
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
                rang_at=time.monotonic(),
                consult_for=event.consult_for,
            ),
            format_number(event.callee_number, event.remote_uri),
            # A call the operator placed is the one they want to see (a consultation, a
            # call back dialled while another call is on hold).
            make_current=True,
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
        if self._current != call.call_id:
            # The waiting call was answered (the other one is held): show the new caller.
            self._current = call.call_id
            self.profiles_label.setText("")
        self._refresh()

    def on_media(self, event: p.CallMediaChanged) -> None:
        call = self._calls.get(event.call_id)
        if call is None:
            return
        call.on_hold = event.on_hold
        call.muted = event.muted
        self._refresh()

    def on_dtmf(self, event: p.Dtmf) -> None:
        """Digits the caller pressed (an IVR-like menu, a code read out), shown on the card."""
        call = self._calls.get(event.call_id)
        if call is None:
            return
        call.dtmf_received = (call.dtmf_received + event.digit)[-32:]
        self._refresh()

    def on_ended(self, event: p.CallEnded) -> None:
        self._calls.pop(event.call_id, None)
        self._labels.pop(event.call_id, None)
        self._blocked.discard(event.call_id)
        if self._current == event.call_id:
            # Back to a call still up (held) before a call still ringing.
            talking = [c.call_id for c in self._calls.values() if c.state in _TALKING]
            self._current = next(iter(talking), next(iter(self._calls), None))
        self._refresh()

    def on_transfer(self, event: p.CallTransfer) -> None:
        self.transfer_panel.on_transfer(event)
        if not self.transfer_panel.isVisible():
            self.transfer_button.setChecked(True)  # the operator must see how it went

    def set_recording(self, on: bool, *, stalled: bool = False) -> None:
        """● ЗАПИС beside the timer while a recording runs; a warning when audio is lost."""
        self.recording_label.setVisible(on)
        if stalled:
            self.recording_label.setText(self.tr("⚠ REC STOPPED"))
            self.recording_label.setStyleSheet(_STALLED_STYLE)
        else:
            self.recording_label.setText(self.tr("● REC"))
            self.recording_label.setStyleSheet(_REC_STYLE)
        self.recording_label.setAccessibleName(self.recording_label.text())

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

    def _add(self, call: CallView, label: str, make_current: bool = False) -> None:
        self._calls[call.call_id] = call
        self._labels[call.call_id] = label
        if self.current is None:
            # A new call on an idle card: the last call's transfer outcome is history.
            self.transfer_button.setChecked(False)
            self.transfer_panel.reset()
        if self.current is None or make_current:
            self._current = call.call_id
            self.profiles_label.setText("")
        self._refresh()

    def _send(self, name: p.CommandName, **args: object) -> None:
        call = self.current
        if call is not None:
            self.command_requested.emit(p.Command(name, call.call_id, dict(args)))

    def _answer_key(self) -> None:
        if self.answer_button.isEnabled():
            self.answer_button.click()
        elif self.waiting_strip.isVisible():
            self.waiting_answer_button.click()

    def _reject_key(self) -> None:
        if self.reject_button.isEnabled():
            self.reject_button.click()
        elif self.waiting_strip.isVisible():
            self.waiting_reject_button.click()

    def _answer_waiting(self) -> None:
        waiting = self.waiting_call()
        if waiting is not None:
            self.command_requested.emit(
                p.Command(p.CommandName.ANSWER, waiting.call_id, {"hold_others": True})
            )

    def _reject_waiting(self) -> None:
        waiting = self.waiting_call()
        if waiting is not None:
            self.command_requested.emit(p.Command(p.CommandName.REJECT, waiting.call_id, {}))

    def _switch_to_held(self) -> None:
        """Hold the current call and resume the held one; the card follows at once, the
        buttons show the engine's media state as it reports it."""
        held = self.held_calls()
        current = self.current
        if not held:
            return
        target = held[0]
        if current is not None and current.state in _TALKING and not current.on_hold:
            self.command_requested.emit(p.Command(p.CommandName.HOLD, current.call_id, {}))
        self.command_requested.emit(p.Command(p.CommandName.RESUME, target.call_id, {}))
        self._current = target.call_id
        self.profiles_label.setText("")
        self._refresh()

    def _show_keypad(self, on: bool) -> None:
        self.dtmf_pad.setVisible(on)
        if on:
            self.dtmf_pad.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_transfer(self, on: bool) -> None:
        self.transfer_panel.setVisible(on)
        if on:
            self.transfer_panel.target.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
        if self._is_ringing(call):
            # "Дзвонить 00:07": how long the caller has been waiting.
            return self.tr("Ringing %1").replace(
                "%1", format_duration(time.monotonic() - call.rang_at)
            )
        texts = {
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
        self.keypad_button.setEnabled(talking)
        self.transfer_button.setEnabled(talking or self.consult_pair() is not None)
        if not talking and self.keypad_button.isChecked():
            self.keypad_button.setChecked(False)
        self.dtmf_pad.set_enabled_for_call(talking)
        self.transfer_panel.refresh()
        on_hold = bool(call and call.on_hold)
        muted = bool(call and call.muted)
        self.hold_button.setChecked(on_hold)
        self.hold_button.setText(self.tr("Resume") if on_hold else self.tr("Hold"))
        self.mute_button.setChecked(muted)
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))
        self._refresh_extras(call)
        if call is not None and (call.answered_at is not None or ringing or self.waiting_call()):
            if not self._tick.isActive():
                self._tick.start()
            if call.answered_at is None:
                self.timer_label.setText("00:00")
            self._update_timer()
        else:
            self._tick.stop()
            self.timer_label.setText("00:00")

    def _refresh_extras(self, call: CallView | None) -> None:
        """Consultation flag, received tones, the waiting strip and the held calls."""
        if call is not None and call.consult_for:
            caller = self._labels.get(call.consult_for, "")
            self.consult_label.setText(
                self.tr("Consultation call — the caller %1 is on hold").replace("%1", caller)
            )
        self.consult_label.setVisible(call is not None and bool(call.consult_for))
        if call is not None and call.dtmf_received:
            self.dtmf_label.setText(
                self.tr("Caller pressed: %1").replace("%1", " ".join(call.dtmf_received))
            )
        self.dtmf_label.setVisible(call is not None and bool(call.dtmf_received))
        self._update_waiting()
        held = self.held_calls()
        if held:
            names = ", ".join(self._held_text(c) for c in held)
            self.held_label.setText(self.tr("Also on the line: %1").replace("%1", names))
        self.held_strip.setVisible(bool(held))

    def _held_text(self, call: CallView) -> str:
        label = self._labels.get(call.call_id, call.number)
        if call.consult_for:
            label += " " + self.tr("(consultation)")
        elif any(c.consult_for == call.call_id for c in self._calls.values()):
            label += " " + self.tr("(caller being transferred)")
        state = self.tr("on hold") if call.on_hold else self.tr("talking")
        return f"{label} — {state}"

    def _update_waiting(self) -> None:
        waiting = self.waiting_call()
        if waiting is not None:
            label = self._labels.get(waiting.call_id, waiting.number)
            ring = format_duration(time.monotonic() - waiting.rang_at)
            self.waiting_label.setText(
                self.tr("Second call: %1 — ringing %2").replace("%1", label).replace("%2", ring)
            )
        self.waiting_strip.setVisible(waiting is not None)

    def _update_timer(self) -> None:
        call = self.current
        if call is None:
            return
        if self._is_ringing(call):
            self.state_label.setText(self._state_text(call))
        if self.waiting_strip.isVisible() or self.waiting_call() is not None:
            self._update_waiting()
        if call.answered_at is None:
            return
        self.timer_label.setText(format_duration(time.monotonic() - call.answered_at))
