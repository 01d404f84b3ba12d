"""The dial box: type a number and press Enter; call back missed calls and due call-backs.

Numbers are normalised to E.164 as the operator types (phonenumbers, the seat's region,
UA by default), so "067 123 45 67" is shown as "+380 67 123 4567" before it is dialled:
the operator sees the number the engine will call, and a mistyped one is caught here with
one line in their language, not by a SIP error later.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import phonenumbers
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from console.caller_display import format_number, local_time
from telephony import protocol as p

log = logging.getLogger(__name__)

FOCUS_KEY = "F3"
_ERROR_STYLE = "color: #c00000;"
_NO_ARROW = "QToolButton::menu-indicator { image: none; width: 0px; }"
_BADGE_STYLE = (
    "QToolButton { background: #c00000; color: white; font-weight: bold; padding: 2px 6px; }"
    + _NO_ARROW
)


@dataclass(frozen=True)
class Target:
    """Where a call goes: `value` for the engine (E.164 or a SIP URI), `shown` for people."""

    value: str
    shown: str


_NAME = re.compile(r"[A-Za-z][A-Za-z0-9._-]{0,63}")
"""A seat, extension or supervisor name, as the engine dials it (at the account's domain)."""


class TargetError(ValueError):
    """Not a number or address; the message is one line for the operator."""


def normalise_target(text: str, region: str = "UA") -> Target:
    """E.164 for a phone number (in `region` unless it starts with +); a SIP URI or a seat
    name (letters first, e.g. "supervisor") as it is, like the engine's dialling rules.

    Raises `TargetError` with a translated one-line message for anything else.
    """
    raw = text.strip()
    if not raw:
        raise TargetError(QCoreApplication.translate("DialBox", "Type a number to call."))
    if raw.lower().startswith(("sip:", "sips:")):
        rest = raw.partition(":")[2]
        if (
            not rest
            or len(raw) > 512
            or any(c in raw for c in ' <>"\\')
            or any(ord(c) < 32 for c in raw)
        ):
            raise TargetError(
                QCoreApplication.translate(
                    "DialBox", "Not a SIP address: it must look like sip:name@host."
                )
            )
        return Target(raw, raw)
    if _NAME.fullmatch(raw):
        return Target(raw, raw)  # a seat, extension or supervisor name on the PBX
    if any(c.isalpha() for c in raw):
        raise TargetError(
            QCoreApplication.translate(
                "DialBox", "A phone number has only digits; a seat name starts with a letter."
            )
        )
    try:
        parsed = phonenumbers.parse(raw, region or "UA")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise TargetError(
            QCoreApplication.translate("DialBox", "Not a valid phone number: check the digits.")
        )
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    shown = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return Target(e164, shown)


class TargetEdit(QWidget):
    """A line edit with the normalised number (or the error) shown under/beside it."""

    submitted = Signal(object)  # Target

    def __init__(
        self, object_name: str, placeholder: str, region: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._region = region
        self.edit = QLineEdit(self)
        self.edit.setObjectName(object_name + "Input")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(170)
        self.preview = QLabel(self)
        self.preview.setObjectName(object_name + "Preview")
        self.preview.setMinimumWidth(130)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.preview)
        self.edit.textChanged.connect(self._preview)
        self.edit.returnPressed.connect(self.submit)

    def target(self) -> Target | None:
        try:
            return normalise_target(self.edit.text(), self._region)
        except TargetError:
            return None

    def _preview(self, text: str) -> None:
        if not text.strip():
            self.preview.setText("")
            self.preview.setStyleSheet("")
            return
        try:
            target = normalise_target(text, self._region)
        except TargetError as exc:
            # While typing, a short number is not an error yet: only show the hint quietly.
            self.preview.setText(str(exc))
            self.preview.setStyleSheet(_ERROR_STYLE)
            return
        # A SIP address is dialled as typed: repeating it beside the field says nothing.
        self.preview.setText("" if target.shown == text.strip() else target.shown)
        self.preview.setStyleSheet("font-weight: bold;")

    def show_error(self, message: str) -> None:
        self.preview.setText(message)
        self.preview.setStyleSheet(_ERROR_STYLE)

    def submit(self) -> None:
        try:
            target = normalise_target(self.edit.text(), self._region)
        except TargetError as exc:
            self.show_error(str(exc))
            return
        self.submitted.emit(target)


class DialBox(QWidget):
    """Dial field, Call button and the missed-calls / call-backs button with its list.

    Signals:
        command_requested(object): a `DIAL` `Command` for the engine.
        status_message(str): one line for the status bar (a call placed, a list error).
        status_done(str): that line is over ("Calling …" once the call is answered).
    """

    command_requested = Signal(object)
    status_message = Signal(str)
    status_done = Signal(str)  # a status_message line that no longer holds

    def __init__(
        self,
        region: str = "UA",
        parent: QWidget | None = None,
        loader: Callable[[], tuple[Sequence[Any], Sequence[Any]]] | None = None,
        submit_job: Callable[..., Any] | None = None,
        mark_done: Callable[[int, str | None], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialBox")
        self._region = region
        self._loader = loader  # (missed calls, call-backs due), run on the database worker
        self._submit_job = submit_job  # services.worker.submit
        self._mark_done = mark_done  # wrap-up id, call id -> mark_callback_done
        self._missed: list[Any] = []
        self._callbacks: list[Any] = []
        self._pending_callback: dict[str, int] = {}  # E.164 -> wrap-up id, until answered
        self._outgoing: dict[str, str] = {}  # our call id -> E.164 dialled
        self._calling_notice = ""  # the "Calling …" line shown for the last dial

        key = QKeySequence(FOCUS_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        self.target_edit = TargetEdit(
            "dial",
            self.tr("Number to call, e.g. 067 123 45 67 (%1)").replace("%1", key),
            region,
            self,
        )
        self.target_edit.edit.setMinimumWidth(230)
        self.target_edit.edit.setToolTip(
            self.tr("Type a number or sip: address and press Enter to call (%1)").replace("%1", key)
        )
        self.dial_button = QPushButton(self.tr("Call"), self)
        self.dial_button.setObjectName("dialButton")
        self.dial_button.setToolTip(self.tr("Call the number (Enter in the field)"))
        self.missed_button = QToolButton(self)
        self.missed_button.setObjectName("missedButton")
        self.missed_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.missed_button.setToolTip(
            self.tr("Missed calls and call-backs due; pick one to call back (Ctrl+M)")
        )
        self.missed_menu = QMenu(self)
        self.missed_menu.setObjectName("missedMenu")
        self.missed_button.setMenu(self.missed_menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.target_edit, 1)
        layout.addWidget(self.dial_button)
        layout.addWidget(self.missed_button)

        self.target_edit.submitted.connect(self._dial)
        self.dial_button.clicked.connect(self.target_edit.submit)
        focus = QShortcut(QKeySequence(FOCUS_KEY), self)
        focus.setContext(Qt.ShortcutContext.WindowShortcut)
        focus.activated.connect(self.focus_field)
        missed = QShortcut(QKeySequence("Ctrl+M"), self)
        missed.setContext(Qt.ShortcutContext.WindowShortcut)
        missed.activated.connect(self.show_missed)
        self._fill_menu()

    # ------------------------------------------------------------------ public slots

    def focus_field(self) -> None:
        self.target_edit.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.target_edit.edit.selectAll()

    def show_missed(self) -> None:
        self.missed_menu.popup(
            self.missed_button.mapToGlobal(self.missed_button.rect().bottomLeft())
        )

    def call_back(self, number: str) -> None:
        """Call `number` back in one action (history rows, wrap-up call-backs connect here)."""
        try:
            target = normalise_target(number, self._region)
        except TargetError as exc:
            self.target_edit.edit.setText(number)
            self.target_edit.show_error(str(exc))
            return
        self.target_edit.edit.setText(target.shown)
        self._dial(target)

    def call_back_wrap_up(self, wrap_up_id: int, number: str) -> None:
        """Call back a wrap-up's number; it is marked done once the call is answered."""
        try:
            target = normalise_target(number, self._region)
        except TargetError as exc:
            self.target_edit.show_error(str(exc))
            return
        self._pending_callback[target.value] = wrap_up_id
        self.call_back(target.value)

    def refresh(self) -> None:
        """Reload missed calls and call-backs due on the database worker."""
        if self._loader is None or self._submit_job is None:
            return
        self._submit_job(self._loader, label="missed calls").success(self._loaded)

    # ------------------------------------------------------------------ events

    def on_outgoing(self, event: p.CallOutgoing) -> None:
        self._outgoing[event.call_id] = event.callee_number or ""  # "" for a sip: address

    def on_answered(self, event: p.CallAnswered) -> None:
        number = self._outgoing.pop(event.call_id, None)
        if number is None:
            return
        if self._calling_notice:  # talking now: "Calling …" beside ● REC misleads
            self.status_done.emit(self._calling_notice)
            self._calling_notice = ""
        wrap_up_id = self._pending_callback.pop(number, None) if number else None
        if wrap_up_id is not None and self._mark_done is not None:
            self._mark_done(wrap_up_id, event.call_id)
        # A missed caller reached is off the list now (db.queries.missed_calls), not only
        # once the call ends: the badge said "Missed: 1" through the whole call-back.
        self.refresh()

    def on_declined(self, event: p.CallDeclined) -> None:
        """A call turned away without ringing is a missed call: reload the list, or count
        it here when there is no database (the list is then this session's only)."""
        if self._loader is None:
            self._missed.append(
                SimpleNamespace(
                    number=event.caller_number, ring_at=event.ring_at, end_reason=event.end_reason
                )
            )
            self._fill_menu()
        else:
            self.refresh()

    def on_ended(self, event: p.CallEnded) -> None:
        self._outgoing.pop(event.call_id, None)
        self.refresh()

    # ------------------------------------------------------------------ internals

    @property
    def missed_count(self) -> int:
        return len(self._missed)

    def set_lists(self, missed: Sequence[Any], callbacks: Sequence[Any]) -> None:
        self._missed = list(missed)
        self._callbacks = list(callbacks)
        self._fill_menu()

    def _loaded(self, result: tuple[Sequence[Any], Sequence[Any]]) -> None:
        missed, callbacks = result
        self.set_lists(missed, callbacks)

    def _dial(self, target: Target) -> None:
        self.command_requested.emit(p.Command(p.CommandName.DIAL, None, {"uri": target.value}))
        self._calling_notice = self.tr("Calling %1…").replace("%1", target.shown)
        self.status_message.emit(self._calling_notice)

    def _fill_menu(self) -> None:
        menu = self.missed_menu
        menu.clear()
        count = len(self._missed)
        due = len(self._callbacks)
        text = self.tr("Missed: %1").replace("%1", str(count))
        if due:
            text += " · " + self.tr("Call back: %1").replace("%1", str(due))
        self.missed_button.setText(text)
        self.missed_button.setStyleSheet(_BADGE_STYLE if count or due else _NO_ARROW)
        self.missed_button.setAccessibleName(text)
        if not count and not due:
            empty = menu.addAction(self.tr("No missed calls"))
            empty.setEnabled(False)
            return
        if count:
            menu.addSection(self.tr("Missed calls — pick one to call back"))
        for call in self._missed:
            number = getattr(call, "number", None)
            shown = format_number(number)
            when = local_time(getattr(call, "ring_at", None))
            reason = _missed_reason(getattr(call, "end_reason", None))
            action = menu.addAction(f"{shown}   {when}   {reason}".rstrip())
            action.setEnabled(bool(number) and number != p.WITHHELD)
            action.triggered.connect(lambda _c=False, n=number: self.call_back(n or ""))
        if due:
            menu.addSection(self.tr("Call-backs due"))
        for wrap_up in self._callbacks:
            number = getattr(wrap_up, "callback_number", None) or ""
            when = local_time(getattr(wrap_up, "callback_due", None))
            topic = getattr(wrap_up, "topic", "") or ""
            label = self.tr("%1 — by %2").replace("%1", format_number(number)).replace("%2", when)
            action = menu.addAction(f"{label}   {topic}".rstrip())
            action.setEnabled(bool(number))
            action.triggered.connect(
                lambda _c=False, w=int(wrap_up.id), n=number: self.call_back_wrap_up(w, n)
            )

    def entries(self) -> list[QAction]:
        """The list's call-back actions, for the keyboard and for tests."""
        return [a for a in self.missed_menu.actions() if not a.isSeparator() and a.isEnabled()]


def _missed_reason(value: object) -> str:
    code = str(getattr(value, "value", value) or "")
    texts = {
        "missed": QCoreApplication.translate("DialBox", "not answered"),
        "not_ready": QCoreApplication.translate("DialBox", "you were not ready"),
        "busy": QCoreApplication.translate("DialBox", "busy on another call"),
        "rejected": QCoreApplication.translate("DialBox", "rejected"),
        "not_recorded": QCoreApplication.translate("DialBox", "could not be recorded"),
        "capacity": QCoreApplication.translate("DialBox", "all lines were busy"),
    }
    return texts.get(code, "")


def load_call_back_lists(services: Any) -> tuple[list[Any], list[Any]]:
    """Missed calls (today, this seat) and open call-backs; on the database worker.

    The data API (db.queries.missed_calls, desk.wrapups.callbacks_due) may be missing in
    an older tree; then the lists are empty rather than an error for the operator.
    """
    midnight = dt.datetime.combine(dt.date.today(), dt.time()).astimezone(dt.UTC)
    end_of_day = midnight + dt.timedelta(days=1)
    missed: list[Any] = []
    callbacks: list[Any] = []
    try:
        from db import queries

        missed_calls = getattr(queries, "missed_calls", None)
    except ImportError:  # pragma: no cover - db is always there
        missed_calls = None
    if missed_calls is not None:
        with services.sessions() as session:
            missed = list(missed_calls(session, since=midnight, seat=services.settings.seat_name))
    try:
        wrapups: Any = importlib.import_module("desk.wrapups")
    except ImportError:
        wrapups = None
    from desk.roles import Permission, allowed

    may_list = any(
        allowed(services.actor, p_)
        for p_ in (Permission.HANDLE_CALLS, Permission.VIEW_AGENT_STATES)
    )
    if wrapups is not None and may_list:  # an admin's seat has no call-back queue
        callbacks = list(wrapups.callbacks_due(services.sessions, services.actor, until=end_of_day))
    return missed, callbacks


def mark_call_back_done(services: Any, wrap_up_id: int, call_id: str | None) -> None:
    """Queue `mark_callback_done` for an answered call-back (on the database worker)."""

    def job() -> None:
        wrapups: Any = importlib.import_module("desk.wrapups")
        wrapups.mark_callback_done(services.sessions, services.actor, wrap_up_id, call_id=call_id)

    services.worker.submit(job, label="mark call-back done")
