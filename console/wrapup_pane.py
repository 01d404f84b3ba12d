"""The wrap-up pane: after-call work, inline under the call card (issue 11).

It opens when an answered call ends, or when the engine says AFTER_CALL_WORK for a contact
(a written contact, issue 9), never as a dialog that could hide behind the window. What is
recorded is the desk's `desk.wrapups.WrapUpInput`: category (the policy's, in-scope first),
topic, notes, a call-back with its due time, "out of scope" with its rule (KUTY-2.3 …
2.7) and the refusals the scripts panel added during the call. The registration number is
the service's to generate (EEP-13; KUTY DESIGN step 7): the pane shows it read-only, with
a copy button, once saved.

The policy's after-call-work limit counts down here. Save (Ctrl+S) stores the wrap-up on
the database worker and then asks the engine for READY; when the limit runs out (the
engine's READY with cause "acw_limit", or the local countdown) whatever is filled in is
saved as incomplete. Nothing typed is lost: a refused save keeps the fields and says why
in the pane; an unreachable database keeps the draft, lets the operator take calls and
retries until it is stored.

After F11/F12 the incident's part (`IncidentForm`: note, withdraw, reclassify) shows here
as well.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.bridge import TelephonyBridge
from console.caller_display import format_duration, format_number
from console.fonts import HEADING, follow_app_font
from console.incident_form import IncidentForm
from console.tasks import error_text
from console.wrapup_fields import (
    add_working_time,
    category_text,
    rule_text,
    wrapup_error_text,
)
from db.enums import AgentState
from telephony import protocol as p

log = logging.getLogger(__name__)

SAVE_SHORTCUT = "Ctrl+S"
RETRY_MS = 10_000
ENGINE_GRACE_S = 2.0
"""How long past its after-call limit the pane waits for the engine's READY before saving."""
FIELD_MIN_WIDTH = 220
FIELD_MIN_HEIGHT = 26


@dataclass
class Draft:
    """One contact's wrap-up as typed so far, kept until the database has it."""

    call_id: str
    number: str | None = None
    refused: list[str] = field(default_factory=list)
    out_of_scope: tuple[str, str] | None = None  # (rule, category) a refusal script named
    category_hint: str | None = None  # the first such category: what the contact was about
    data: Any = None  # the WrapUpInput last sent, while a save is retried


class WrapUpPane(QFrame):
    """The after-call form of one contact, with its countdown.

    Signals:
        opened(str): the pane opened for this call id.
        saved(object): the service stored the wrap-up (`desk.wrapups.WrapUp`).
        save_failed(str): a save was refused or could not reach the database (the text).
        incident_changed(int): the incident part withdrew or reclassified this incident.
    """

    opened = Signal(str)
    saved = Signal(object)
    save_failed = Signal(str)
    incident_changed = Signal(int)

    def __init__(
        self,
        services: Any,
        bridge: TelephonyBridge,
        submit: Callable[[p.Command], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._services = services
        self._submit = submit
        self._policy: Any = None
        try:
            self._policy = services.policy
        except Exception as exc:  # a bad policy file: the pane still saves what it can
            log.error("wrap-up: cannot load the policy: %s", exc)
        self._numbers: dict[str, str | None] = {}
        self._answered: dict[str, None] = {}  # talking calls, oldest first
        self._drafts: dict[str, Draft] = {}
        self.draft: Draft | None = None  # the one shown
        self.saved_wrap_up: Any = None
        self.agent_state: AgentState | None = None
        self.incident_form: IncidentForm | None = None
        self._deadline: float | None = None  # when the time shown runs out
        self._save_at: float | None = None  # when this pane saves by itself (see _count_down)
        self._saving: Draft | None = None  # a save on the worker, not answered yet
        self._pending_retry: Draft | None = None
        self._build()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._retry_save)
        shortcut = QShortcut(QKeySequence(SAVE_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._save_shortcut)
        bridge.call_incoming.connect(self.on_event_call_incoming)
        bridge.call_outgoing.connect(self.on_event_call_outgoing)
        bridge.call_answered.connect(self.on_event_call_answered)
        bridge.call_ended.connect(self.on_event_call_ended)
        bridge.event.connect(self._on_any_event)  # AgentStateChanged, whatever the bridge names
        self.hide()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("wrapUpTitle")
        follow_app_font(self.title_label, HEADING, bold=True)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("wrapUpCountdown")
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("wrapUpCategory")
        self._fill_categories()
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setObjectName("wrapUpTopic")
        self.topic_edit.setPlaceholderText(self.tr("What the contact was about, in a few words"))
        self.reg_edit = QLineEdit(self)
        self.reg_edit.setObjectName("wrapUpRegistrationNumber")
        self.reg_edit.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyRegistrationNumber")
        self.copy_button.setToolTip(self.tr("Copy the registration number"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("wrapUpNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(56)
        self.notes_edit.setMaximumHeight(96)  # the incident part and Save stay in view
        self.callback_check = QCheckBox(self.tr("Call back needed"), self)
        self.callback_check.setObjectName("wrapUpCallback")
        self.callback_due = QDateTimeEdit(self)
        self.callback_due.setObjectName("wrapUpCallbackDue")
        self.callback_due.setCalendarPopup(True)
        self.callback_due.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.callback_number = QLineEdit(self)
        self.callback_number.setObjectName("wrapUpCallbackNumber")
        self.callback_number.setPlaceholderText("+380 …")
        self.out_of_scope_check = QCheckBox(self.tr("Out of scope"), self)
        self.out_of_scope_check.setObjectName("wrapUpOutOfScope")
        self.out_of_scope_box = QComboBox(self)
        self.out_of_scope_box.setObjectName("wrapUpOutOfScopeRule")
        for category in self._categories(in_scope=False):
            rule = category.rules[0] if category.rules else ""
            self.out_of_scope_box.addItem(rule_text(category), rule)
        self.refused_label = QLabel(self)
        self.refused_label.setObjectName("wrapUpRefused")
        self.refused_label.setWordWrap(True)
        self.status_label = _StatusLabel(self)
        self.status_label.setObjectName("wrapUpStatus")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save wrap-up"), self)
        self.save_button.setObjectName("saveWrapUp")
        self.save_button.setToolTip(
            self.tr("Save the wrap-up and become ready for calls (%1)").replace("%1", SAVE_SHORTCUT)
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeWrapUp")
        for edit in (self.topic_edit, self.reg_edit, self.callback_number, self.category_box,
                     self.out_of_scope_box, self.callback_due):  # fmt: skip
            edit.setMinimumSize(FIELD_MIN_WIDTH, FIELD_MIN_HEIGHT)

        self.title_label.setWordWrap(True)
        head = QHBoxLayout()  # Save on top: always in view, however tall the pane gets
        head.addWidget(self.countdown_label, 1)
        head.addWidget(self.save_button)
        head.addWidget(self.close_button)
        reg_row = QHBoxLayout()
        reg_row.addWidget(self.reg_edit, 1)
        reg_row.addWidget(self.copy_button)
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback_due, 1)
        callback_row.addWidget(self.callback_number, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Category"), self.category_box)
        form.addRow(self.tr("Topic"), self.topic_edit)
        form.addRow(self.tr("Registration number"), reg_row)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow(self.callback_check, callback_row)
        form.addRow(self.out_of_scope_check, self.out_of_scope_box)
        form.addRow(self.tr("Refused"), self.refused_label)
        self.incident_area = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(head)
        layout.addWidget(self.status_label)
        layout.addLayout(form)
        layout.addLayout(self.incident_area)

        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.close_pane)
        self.copy_button.clicked.connect(self._copy_number)
        self.category_box.currentIndexChanged.connect(lambda _i: self._show_registration())
        self.callback_check.toggled.connect(self._enable_optional)
        self.out_of_scope_check.toggled.connect(self._enable_optional)

    def _categories(self, *, in_scope: bool) -> list[Any]:
        cats = getattr(self._policy, "categories", ()) if self._policy is not None else ()
        return [c for c in cats if bool(c.in_scope) == in_scope]

    def _fill_categories(self) -> None:
        self.category_box.addItem(self.tr("— choose —"), "")
        for category in self._categories(in_scope=True):
            self.category_box.addItem(category_text(category.id), category.id)
        outside = self._categories(in_scope=False)
        if outside:
            self.category_box.insertSeparator(self.category_box.count())
        for category in outside:
            self.category_box.addItem(rule_text(category), category.id)

    # ------------------------------------------------------------------ bridge slots

    def on_event_call_incoming(self, event: p.CallIncoming) -> None:
        self._numbers[event.call_id] = event.caller_number

    def on_event_call_outgoing(self, event: p.CallOutgoing) -> None:
        self._numbers[event.call_id] = event.callee_number

    def on_event_call_answered(self, event: p.CallAnswered) -> None:
        self._answered[event.call_id] = None
        self._draft_for(event.call_id)
        if self.saved_wrap_up is not None:
            self.close_pane()  # a new conversation: the saved summary has done its job

    def on_event_call_ended(self, event: p.CallEnded) -> None:
        if event.call_id in self._answered:
            self._answered.pop(event.call_id, None)
            self.open(event.call_id)

    def _on_any_event(self, event: object) -> None:
        if isinstance(event, p.AgentStateChanged):
            self.on_event_agent_state(event)

    def on_event_agent_state(self, event: p.AgentStateChanged) -> None:
        """ACW opens (or re-times) the pane; READY after the limit saves it incomplete."""
        self.agent_state = AgentState(event.state)
        if self.agent_state is AgentState.AFTER_CALL_WORK and event.call_id:
            if self.draft is None or self.draft.call_id != event.call_id:
                self.open(event.call_id)
            if event.acw_limit_s > 0:
                self._start_countdown(event.acw_limit_s, engine_held=True)
        elif self.agent_state is AgentState.READY and event.cause == "acw_limit":
            self._stop_countdown()
            if self.is_editing() and self._saving is not self.draft:
                self.save(incomplete=True, then_ready=False)

    # ------------------------------------------------------------------ opening

    def _draft_for(self, call_id: str) -> Draft:
        draft = self._drafts.get(call_id)
        if draft is None:
            draft = self._drafts[call_id] = Draft(call_id, self._numbers.get(call_id))
        return draft

    def is_editing(self) -> bool:
        """Open with a wrap-up not saved yet."""
        return self.draft is not None and self.saved_wrap_up is None and self.isVisible()

    def open(self, call_id: str) -> None:
        """Show an empty wrap-up for `call_id` (an unsaved earlier one is saved incomplete)."""
        if self.is_editing() and self.draft is not None and self.draft.call_id != call_id:
            self.save(incomplete=True, then_ready=False)
        draft = self._draft_for(call_id)
        self.draft, self.saved_wrap_up = draft, None
        self._clear_fields()
        number = draft.number
        shown = format_number(number) if number else self.tr("contact")
        self.title_label.setText(self.tr("After-call work: %1").replace("%1", shown))
        if number and number != p.WITHHELD:
            self.callback_number.setText(number)
        due = self._default_due()
        self.callback_due.setDateTime(
            QDateTime(QDate(due.year, due.month, due.day), QTime(due.hour, due.minute))
        )
        if draft.out_of_scope is not None:
            self._mark_out_of_scope(*draft.out_of_scope)
        self._show_refused()
        self._set_editable(True)
        limit = getattr(getattr(self._policy, "agent", None), "after_call_work_s", 0) or 0
        self._stop_countdown()
        if limit > 0:
            self._start_countdown(int(limit))
        self.show()
        self.category_box.setFocus()
        self.opened.emit(call_id)

    def close_pane(self) -> None:
        """Hide the pane; an unsaved wrap-up is saved incomplete rather than dropped."""
        if self.is_editing():
            self.save(incomplete=True)
        self._stop_countdown()
        if self.incident_form is not None:
            self.incident_form.deleteLater()
            self.incident_form = None
        self.draft = None
        self.hide()

    def show_incident(self, incident_id: int, kind: Any, call_id: str) -> None:
        """The incident's part (note, withdraw, reclassify) in this pane (KUTY-3.x)."""
        if self.draft is None or self.draft.call_id != call_id:
            self.open(call_id)
        if self.incident_form is not None:
            self.incident_form.deleteLater()
        self.incident_form = IncidentForm(self._services, incident_id, kind, self)
        self.incident_form.withdrawn.connect(self.incident_changed)
        self.incident_form.reclassified.connect(self.incident_changed)
        self.incident_area.addWidget(self.incident_form)
        self.incident_form.show()
        QTimer.singleShot(0, self._reveal_incident)

    def _reveal_incident(self) -> None:
        """Scroll the incident part into view: after F12 it is what the operator needs."""
        form, parent = self.incident_form, self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if form is not None and isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(form.withdraw_button, 0, 40)
            parent.ensureWidgetVisible(form)

    # ------------------------------------------------------------------ refusals

    def add_refused(self, rule: str, category: object = None) -> bool:
        """A scripts-panel refusal: on the shown wrap-up, else on the call being talked.

        Returns False when there is neither (nothing is open, the wrap-up is saved).
        """
        draft = self.draft if self.is_editing() else None
        if draft is None and self._answered:
            draft = self._draft_for(list(self._answered)[-1])
        if draft is None:
            return False
        if rule not in draft.refused:
            draft.refused.append(rule)
        if isinstance(category, str) and category:
            draft.out_of_scope = (rule, category)
            draft.category_hint = draft.category_hint or category
        if draft is self.draft and self.is_editing():
            self._show_refused()
            if draft.out_of_scope is not None:
                self._mark_out_of_scope(*draft.out_of_scope)
        return True

    def _mark_out_of_scope(self, rule: str, category: str) -> None:
        index = self.out_of_scope_box.findData(rule)
        if index < 0:
            return
        self.out_of_scope_check.setChecked(True)
        self.out_of_scope_box.setCurrentIndex(index)
        hint = (self.draft.category_hint if self.draft is not None else None) or category
        if not self.category_box.currentData():
            self.category_box.setCurrentIndex(max(0, self.category_box.findData(hint)))

    def _show_refused(self) -> None:
        refused = self.draft.refused if self.draft is not None else []
        self.refused_label.setText(", ".join(refused) if refused else "—")

    # ------------------------------------------------------------------ saving

    def _save_shortcut(self) -> None:
        if self.is_editing():
            self.save()

    def collect(self, incomplete: bool) -> Any:
        """The fields as the service's `WrapUpInput`."""
        from desk.wrapups import WrapUpInput

        assert self.draft is not None
        due = None
        number = None
        if self.callback_check.isChecked():
            chosen = self.callback_due.dateTime()
            day, clock = chosen.date(), chosen.time()
            local = dt.datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
            due = local.astimezone().astimezone(dt.UTC)
            number = self.callback_number.text().strip() or None
        rule = None
        if self.out_of_scope_check.isChecked():
            rule = str(self.out_of_scope_box.currentData() or "") or None
        return WrapUpInput(
            call_id=self.draft.call_id,
            category=str(self.category_box.currentData() or ""),
            topic=self.topic_edit.text().strip(),
            notes=self.notes_edit.toPlainText(),
            callback_due=due,
            callback_number=number,
            out_of_scope_rule=rule,
            refused_rules=tuple(self.draft.refused),
            incomplete=incomplete,
        )

    def save(self, *, incomplete: bool = False, then_ready: bool = True) -> None:
        """Store the wrap-up on the worker; READY follows a stored (or kept) one."""
        if self.draft is None:
            return
        if not incomplete and not self.category_box.currentData():
            self._error(self.tr("Choose a category first."))
            self.category_box.setFocus()
            return
        if self._saving is self.draft:
            return  # already on its way (Ctrl+S twice, or the limit while saving)
        draft, data = self.draft, self.collect(incomplete)
        draft.data = data
        self.save_button.setEnabled(False)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Saving…"))
        self._send(draft, then_ready)

    def _send(self, draft: Draft, then_ready: bool) -> None:
        from desk.wrapups import save_wrap_up

        sessions, actor, policy, data = (
            self._services.sessions, self._services.actor, self._policy, draft.data
        )  # fmt: skip
        self._saving = draft
        self._services.worker.submit(
            lambda: save_wrap_up(sessions, actor, policy, data), label="save wrap-up"
        ).success(lambda w: self._saved(draft, w, then_ready)).failure(
            lambda e: self._failed(draft, e, then_ready)
        )

    def _saved(self, draft: Draft, wrap_up: Any, then_ready: bool) -> None:
        if self._saving is draft:
            self._saving = None
        self._drafts.pop(draft.call_id, None)
        if self._pending_retry is draft:
            self._pending_retry = None
        if then_ready:
            self._become_ready()
        if draft is not self.draft:
            self.saved.emit(wrap_up)
            return  # an earlier contact's wrap-up, saved in the background
        self.saved_wrap_up = wrap_up
        self._stop_countdown()
        self._set_editable(False)
        self.reg_edit.setText(wrap_up.registration_number or "")
        self.copy_button.setEnabled(bool(wrap_up.registration_number))
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Saved as incomplete: the time for wrap-up ran out.")
            if wrap_up.status == "incomplete"
            else self.tr("Wrap-up saved.")
        )
        self.saved.emit(wrap_up)

    def _failed(self, draft: Draft, error: BaseException, then_ready: bool) -> None:
        from desk.wrapups import WrapUpError
        from seat.journal import is_transient

        if self._saving is draft:
            self._saving = None
        text = wrapup_error_text(error) if isinstance(error, WrapUpError) else error_text(error)
        if is_transient(error):
            # The database is away: keep the draft, free the operator, try again later.
            self._pending_retry = draft
            self._retry.start(RETRY_MS)
            if then_ready:
                self._become_ready()
            text = self.tr(
                "The database cannot be reached: the wrap-up is kept on this computer and "
                "saved when it is back."
            )
        if draft is self.draft:
            self.save_button.setEnabled(True)
            self._error(text)
        self.save_failed.emit(text)

    def _retry_save(self) -> None:
        draft = self._pending_retry
        if draft is not None and draft.data is not None:
            self._send(draft, then_ready=False)

    def _become_ready(self) -> None:
        """After-call work done: READY, unless the operator chose Not ready meanwhile."""
        if self.agent_state is AgentState.NOT_READY:
            return
        self._submit(p.Command(p.CommandName.SET_AGENT_STATE, None, {"state": "ready"}))

    # ------------------------------------------------------------------ countdown

    def _start_countdown(self, seconds: int, *, engine_held: bool = False) -> None:
        """Count `seconds` down on screen. `engine_held`: the engine ends after-call work
        itself at that limit (AgentStateChanged.acw_limit_s) and its READY (cause
        acw_limit) saves the wrap-up; this pane saves on its own only if that has not come
        ENGINE_GRACE_S later (a dead engine), so it never races the engine with a READY
        command of its own (which would log the limit's end as the operator's choice)."""
        self._deadline = time.monotonic() + seconds
        self._save_at = self._deadline + (ENGINE_GRACE_S if engine_held else 0.0)
        self._tick.start()
        self._count_down()

    def _stop_countdown(self) -> None:
        self._deadline = None
        self._save_at = None
        self._tick.stop()
        self.countdown_label.clear()

    def seconds_left(self) -> int | None:
        if self._deadline is None:
            return None
        # Rounded up: "0:00" only once the time is really over (rounding to nearest showed
        # 0 half a second early, and saved then, before the engine's own limit).
        return max(0, math.ceil(self._deadline - time.monotonic()))

    def _count_down(self) -> None:
        left = self.seconds_left()
        if left is None:
            return
        self.countdown_label.setText(self.tr("Time left: %1").replace("%1", format_duration(left)))
        self.countdown_label.setStyleSheet(
            "color: #c00000; font-weight: bold;" if left <= 15 else ""
        )
        if self._save_at is not None and time.monotonic() >= self._save_at:
            self._stop_countdown()
            if self.is_editing():
                self.save(incomplete=True)

    # ------------------------------------------------------------------ helpers

    def _default_due(self) -> dt.datetime:
        now = dt.datetime.now().astimezone()
        hours = getattr(self._policy, "hours", None)
        due = add_working_time(hours, now, dt.timedelta(hours=1)) if hours else now
        return due.astimezone().replace(tzinfo=None, second=0, microsecond=0)

    def _clear_fields(self) -> None:
        self.category_box.setCurrentIndex(0)
        for edit in (self.topic_edit, self.reg_edit, self.callback_number):
            edit.clear()
        self.notes_edit.clear()
        self.callback_check.setChecked(False)
        self.out_of_scope_check.setChecked(False)
        self.status_label.clear()
        self._show_registration()
        self._enable_optional()

    def _set_editable(self, editable: bool) -> None:
        for w in (self.category_box, self.topic_edit, self.notes_edit, self.callback_check,
                  self.out_of_scope_check, self.save_button):  # fmt: skip
            w.setEnabled(editable)
        self._enable_optional()
        self.copy_button.setEnabled(bool(self.reg_edit.text()))

    def _enable_optional(self, _checked: bool = False) -> None:
        editing = self.saved_wrap_up is None
        on = self.callback_check.isChecked() and editing
        self.callback_due.setEnabled(on)
        self.callback_number.setEnabled(on)
        self.out_of_scope_box.setEnabled(self.out_of_scope_check.isChecked() and editing)

    def _show_registration(self) -> None:
        category = str(self.category_box.currentData() or "")
        wants = False
        if category and self._policy is not None:
            ask = getattr(self._policy, "wants_registration_number", None)
            wants = bool(ask(category)) if callable(ask) else False
        self.reg_edit.setPlaceholderText(
            self.tr("given when saved") if wants else self.tr("not needed for this category")
        )

    def _copy_number(self) -> None:
        text = self.reg_edit.text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.status_label.setText(self.tr("Registration number copied."))

    def _error(self, text: str) -> None:
        self.status_label.setStyleSheet("color: #c00000; font-weight: bold;")
        self.status_label.setText(text)


class _StatusLabel(QLabel):
    """A status line that takes no room while it has nothing to say."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()
