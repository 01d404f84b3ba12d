"""The verification panel beside the call: surname, first name, key phrase (KUTY-2.2).

The logic lives in `verification.service.CallVerification`; this panel only turns the
operator's keystrokes into its steps and shows its outcomes. Decisions worth knowing:

- One field per step and only the current step's field is enabled, so the operator
  cannot skip a question; Enter submits the field and moves the focus on.
- The key phrase is typed into a password-style field, wrapped in `SecretStr` at once
  and the field is cleared before Argon2 runs: the phrase is never on screen twice.
- `start()` (database reads) and `submit_key_phrase` (Argon2 + database write) run on the
  console's single database worker; the panel shows a busy state until the outcome
  comes back on the GUI thread. Errors come back to the panel's failure callback, so a
  refused input never looks like a broken call log and the busy state always ends.
- The panel shows only what `Outcome` carries: one message per outcome, the same
  whichever factor was wrong, and no profile name before VERIFIED (KUTY-2.6).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.bridge import TelephonyBridge
from console.caller_card import CallerCard
from console.fonts import OUTCOME, follow_app_font
from console.services import ConsoleServices
from console.tasks import error_text
from console.unlock_dialog import install_unlock_action
from desk.roles import PermissionDenied
from telephony import protocol as p
from verification.key_phrase import Hasher, SecretStr
from verification.normalize import MAX_NAME_CHARS, MAX_PHRASE_CHARS, InputTooLong
from verification.service import CallVerification
from verification.states import E164_PATTERN, EmptyAnswer, Outcome, Step
from verification.store import RingingHint, ringing_hint

if TYPE_CHECKING:
    from console.main_window import MainWindow

log = logging.getLogger(__name__)

START_SHORTCUT = "Ctrl+Shift+V"
_STYLE = {
    Step.VERIFIED: "background: #1a7f37; color: white;",
    Step.NOT_VERIFIED: "background: #c00000; color: white;",
    Step.LOCKED: "background: #7a2e00; color: white;",
    Step.GENERAL_ONLY: "background: #44546a; color: white;",
}


class VerificationPanel(QFrame):
    """Drives one `CallVerification` per answered call from the operator's keyboard.

    Signals:
        hint_ready(str, int, bool): call id, how many profiles have the ringing number,
            whether all of them are locked; for the ringing card (counts only, KUTY-2.6).
        outcome_shown(object): an `Outcome` (or exception) the panel has just shown.
        general_mode(): a call was answered; only general help until VERIFIED (KUTY-2.1).
        verified(object): the verified caller's `VerifiedCard` (KUTY-2.2).
        cleared(): the panel's call ended; forget everything shown about it.
    """

    hint_ready = Signal(str, int, bool)
    outcome_shown = Signal(object)
    general_mode = Signal()
    verified = Signal(object)
    cleared = Signal()

    def __init__(
        self,
        services: ConsoleServices,
        bridge: TelephonyBridge,
        parent: QWidget | None = None,
        *,
        hasher: Hasher | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verificationPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.services = services
        self.hasher = hasher  # None: production Argon2 parameters
        self.verification: CallVerification | None = None
        self._numbers: dict[str, str | None] = {}
        self._recording_at: dict[str, datetime] = {}
        self._call_id: str | None = None
        self._busy = False

        rule = self.tr("Detailed help only for a verified caller (KUTY-2.2)")
        title = QLabel(self.tr("Caller verification"), self)
        title.setStyleSheet("font-weight: bold;")
        title.setToolTip(rule)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("verificationState")
        self.state_label.setWordWrap(True)
        follow_app_font(self.state_label, OUTCOME, bold=True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setToolTip(rule)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("verificationMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attempts_label = QLabel(self)
        self.attempts_label.setObjectName("attemptsLeft")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("verificationBusy")
        self.busy_bar.setRange(0, 0)  # indeterminate: Argon2 gives no progress
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()

        self.surname_field = self._field("surnameField", MAX_NAME_CHARS)
        self.surname_field.setToolTip(self.tr("Type the surname the caller says (KUTY-2.2)"))
        self.first_name_field = self._field("firstNameField", MAX_NAME_CHARS)
        self.first_name_field.setToolTip(self.tr("Type the first name the caller says (KUTY-2.2)"))
        self.key_phrase_field = self._field("keyPhraseField", MAX_PHRASE_CHARS)
        self.key_phrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_phrase_field.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.key_phrase_field.setToolTip(
            self.tr("Type the key phrase the caller says; it is never shown or stored (KUTY-2.2)")
        )
        self._fields = {
            Step.SURNAME: self.surname_field,
            Step.FIRST_NAME: self.first_name_field,
            Step.KEY_PHRASE: self.key_phrase_field,
        }
        self.surname_field.returnPressed.connect(self._submit_surname)
        self.first_name_field.returnPressed.connect(self._submit_first_name)
        self.key_phrase_field.returnPressed.connect(self._submit_key_phrase)

        self.start_button = QPushButton(self.tr("Start verification"), self)
        self.start_button.setObjectName("startVerificationButton")
        self.start_button.setMinimumHeight(36)
        keys = QKeySequence(START_SHORTCUT)
        self.start_button.setToolTip(
            self.tr("Check the caller's number, then ask surname, first name, key phrase")
            + f" ({keys.toString(QKeySequence.SequenceFormat.NativeText)}, KUTY-2.2)"
        )
        self.start_button.clicked.connect(self.start)
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.start_button.click)

        form = QFormLayout()
        form.addRow(self.tr("Surname"), self.surname_field)
        form.addRow(self.tr("First name"), self.first_name_field)
        form.addRow(self.tr("Key phrase"), self.key_phrase_field)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.state_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(form)
        layout.addWidget(self.attempts_label)
        layout.addWidget(self.start_button)
        layout.addStretch(1)
        self.setTabOrder(self.surname_field, self.first_name_field)
        self.setTabOrder(self.first_name_field, self.key_phrase_field)
        self.setTabOrder(self.key_phrase_field, self.start_button)

        bridge.call_incoming.connect(self.on_event_call_incoming)
        bridge.call_answered.connect(self.on_event_call_answered)
        bridge.recording_started.connect(self.on_event_recording_started)
        bridge.call_ended.connect(self.on_event_call_ended)
        self._reset()

    def _field(self, name: str, max_chars: int) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setMaxLength(max_chars)
        return field

    # ------------------------------------------------------------------ queries

    @property
    def busy(self) -> bool:
        """Argon2 or a database read is running for this call."""
        return self._busy

    # ------------------------------------------------------------------ bridge slots

    def on_event_call_incoming(self, event: p.CallIncoming) -> None:
        self._numbers[event.call_id] = event.caller_number
        number = event.caller_number
        if not number or not E164_PATTERN.fullmatch(number):
            return  # withheld / no caller id: the card says so without the database
        call_id = event.call_id

        def lookup() -> RingingHint:
            with self.services.sessions() as session:
                return ringing_hint(session, number)

        def show(hint: RingingHint) -> None:
            self.hint_ready.emit(call_id, hint.count, hint.locked)

        # No hint is no harm: the call rings either way and the check itself reports a
        # database that is down (the worker logged this failure).
        self.services.worker.submit(lookup, label="ringing hint").success(show).failure(
            lambda _error: None
        )

    def on_event_call_answered(self, event: p.CallAnswered) -> None:
        if self._call_id is not None:
            return
        self._call_id = event.call_id
        self._reset()
        self.general_mode.emit()

    def on_event_recording_started(self, event: p.RecordingStarted) -> None:
        try:
            self._recording_at[event.call_id] = datetime.fromisoformat(event.started_at)
        except ValueError:
            log.warning("recording %s has an unreadable start time", event.recording_id)

    def on_event_call_ended(self, event: p.CallEnded) -> None:
        self._numbers.pop(event.call_id, None)
        self._recording_at.pop(event.call_id, None)
        if event.call_id != self._call_id:
            return
        verification = self.verification
        if verification is not None:  # stores an unfinished attempt, NOT_VERIFIED if open
            self.services.worker.submit(verification.abandon, label="verification abandon")
        self._call_id = None
        self.verification = None
        self._busy = False
        self._reset()
        self.cleared.emit()

    # ------------------------------------------------------------------ operator actions

    def start(self) -> None:
        """Begin the number check for the answered call (Ctrl+Shift+V)."""
        call_id = self._call_id
        if call_id is None or self.verification is not None:
            return
        recording_at = self._recording_at.get(call_id)
        if recording_at is None:
            log.info("verification of %s started before its recording", call_id)
        verification = CallVerification(
            self.services.sessions,
            self.services.actor,
            call_id,
            self._numbers.get(call_id),
            recording_at,
            self.services.policy,
            hasher=self.hasher,
        )
        self.verification = verification
        self._run_slow("verification start", verification, verification.start)

    def _submit_surname(self) -> None:
        self._submit_name(Step.SURNAME, self.surname_field, self.first_name_field)

    def _submit_first_name(self) -> None:
        self._submit_name(Step.FIRST_NAME, self.first_name_field, self.key_phrase_field)

    def _submit_name(self, step: Step, field: QLineEdit, following: QLineEdit) -> None:
        verification = self.verification
        if verification is None or self._busy or verification.step is not step:
            return
        submit = (
            verification.submit_surname if step is Step.SURNAME else verification.submit_first_name
        )
        try:
            submit(field.text())
        except (EmptyAnswer, InputTooLong):
            self.message_label.setText(self.tr("Type what the caller says, then press Enter."))
            return
        self.message_label.setText("")
        self._show_step(verification.step)
        following.setFocus()

    def _submit_key_phrase(self) -> None:
        verification = self.verification
        if verification is None or self._busy or verification.step is not Step.KEY_PHRASE:
            return
        phrase = SecretStr(self.key_phrase_field.text())
        self.key_phrase_field.clear()
        self._run_slow(
            "verification attempt", verification, lambda: verification.submit_key_phrase(phrase)
        )

    # ------------------------------------------------------------------ results

    def _run_slow(
        self, label: str, verification: CallVerification, job: Callable[[], Outcome]
    ) -> None:
        self._set_busy(True)

        def done(result: Outcome | BaseException) -> None:
            if verification is self.verification:  # not a call that has ended since
                self._set_busy(False)
                self._show_result(verification, result)

        # Both outcomes go to the panel, which must leave its busy state either way.
        self.services.worker.submit(job, label=label).success(done).failure(done)

    def _show_result(self, verification: CallVerification, result: Outcome | BaseException) -> None:
        """Show an outcome or the error that stopped the step; `outcome_shown` carries it."""
        if isinstance(result, EmptyAnswer | InputTooLong):
            self.message_label.setText(self.tr("Type what the caller says, then press Enter."))
            self._show_step(Step.KEY_PHRASE)
        elif isinstance(result, PermissionDenied):
            self._show_error(
                self.tr("You may not verify callers: %1").replace("%1", error_text(result))
            )
        elif isinstance(result, BaseException):
            self._show_error(self.tr("Verification failed: %1").replace("%1", error_text(result)))
        else:
            self._show_outcome(verification, result)
        self.outcome_shown.emit(result)

    def _show_error(self, text: str) -> None:
        self.verification = None  # the operator may start again
        self._reset()
        self.message_label.setText(text)

    def _show_outcome(self, verification: CallVerification, outcome: Outcome) -> None:
        self._show_step(outcome.step)
        self.message_label.setText(self.message_for(outcome))
        left = outcome.attempts_left if outcome.step is Step.SURNAME else 0
        attempts = self.tr("Attempts left: %1").replace("%1", str(left))
        # Attempts matter while retrying or once exhausted; not after success or general mode.
        quiet = outcome.step in (Step.GENERAL_ONLY, Step.VERIFIED)
        self.attempts_label.setText("" if quiet else attempts)
        if outcome.step is Step.VERIFIED:
            self.services.worker.submit(verification.card, label="verified card").success(
                self._show_card(verification)
            )

    def _show_card(self, verification: CallVerification) -> Callable[[Any], None]:
        def show(card: Any) -> None:
            if verification is self.verification:
                self.verified.emit(card)

        return show

    def message_for(self, outcome: Outcome) -> str:
        """The operator's text for an outcome: by `message_id`, so it says nothing about
        which answer was wrong (KUTY-2.2)."""
        general = self.tr("You may help with general technical questions only (KUTY-2.1).")
        window = self.services.policy.verification.per_profile_window_hours
        until = (
            outcome.locked_until.astimezone().strftime("%d.%m.%Y %H:%M")
            if outcome.locked_until
            else self.tr("%1 hours from the last failed attempt").replace("%1", str(window))
        )
        texts = {
            "verification.surname": self.tr("Ask the caller's surname."),
            "verification.surname.answers_do_not_match": self.tr(
                "Not verified: the answers do not match. Ask all three again, from the surname."
            ),
            "verification.verified": self.tr(
                "The caller is verified: detailed consultation is allowed (KUTY-2.2)."
            ),
            "verification.not_verified.call_limit_reached": self.tr(
                "The answers do not match and this call has no attempts left. Tell the caller: "
                "“We could not confirm your identity, so I can only give general help.”"
            ),
            "verification.not_verified.abandoned": self.tr("Verification was not finished."),
            "verification.locked.profile_locked": self.tr(
                "Too many failed verifications: the profile is locked until %1. Tell the "
                "caller: “For your security, checks by phone are paused until %1; please call "
                "again then.”"
            ).replace("%1", until),
            "verification.general_only.withheld_number": self.tr(
                "The number is withheld, so the caller cannot be verified. Tell the caller: "
                "“Please call again from the number in your profile without hiding it.”"
            ),
            "verification.general_only.no_caller_id": self.tr(
                "The caller's number is unknown, so the caller cannot be verified. Tell the "
                "caller: “Please call again from the number in your profile.”"
            ),
            "verification.general_only.no_profile": self.tr(
                "No profile in the Service has this number. Tell the caller: “Detailed help is "
                "given only when you call from the number in your profile.”"
            ),
        }
        text = texts.get(outcome.message_id, outcome.message_id)
        if outcome.step in (Step.NOT_VERIFIED, Step.LOCKED, Step.GENERAL_ONLY):
            text += " " + general
        return text

    # ------------------------------------------------------------------ display

    def _state_text(self, step: Step) -> str:
        texts = {
            Step.NUMBER_CHECK: self.tr("Checking the number…"),
            Step.SURNAME: self.tr("Verification: surname"),
            Step.FIRST_NAME: self.tr("Verification: first name"),
            Step.KEY_PHRASE: self.tr("Verification: key phrase"),
            Step.VERIFIED: self.tr("VERIFIED"),
            Step.NOT_VERIFIED: self.tr("NOT VERIFIED"),
            Step.LOCKED: self.tr("LOCKED"),
            Step.GENERAL_ONLY: self.tr("General consultation only"),
        }
        return texts[step]

    def _show_step(self, step: Step) -> None:
        self.state_label.setText(self._state_text(step))
        self.state_label.setProperty("verificationStep", step.value)
        base = "font-weight: bold; padding: 6px; border-radius: 4px;"
        self.state_label.setStyleSheet(base + _STYLE.get(step, ""))
        for field_step, field in self._fields.items():
            field.setEnabled(field_step is step and not self._busy)
            if step is Step.SURNAME or step.is_final:
                field.clear()
        current = self._fields.get(step)
        if current is not None and not self._busy:
            current.setFocus()
        self._update_start()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        if busy:
            self.state_label.setText(self.tr("Checking…"))
            self.state_label.setProperty("verificationStep", "busy")
            for field in self._fields.values():
                field.setEnabled(False)
        self._update_start()

    def _update_start(self) -> None:
        ready = self._call_id is not None and self.verification is None and not self._busy
        self.start_button.setEnabled(ready)

    def _reset(self) -> None:
        self.busy_bar.hide()
        self.attempts_label.setText("")
        self.message_label.setText("")
        for field in self._fields.values():
            field.clear()
            field.setEnabled(False)
        self.state_label.setStyleSheet("font-weight: bold; padding: 6px;")
        self.state_label.setProperty("verificationStep", "")
        if self._call_id is None:
            self.state_label.setText(self.tr("No answered call"))
        else:
            self.state_label.setText(self.tr("Not verified yet"))
            self.message_label.setText(
                self.tr("Press “Start verification” (%1) before giving detailed help.").replace(
                    "%1", START_SHORTCUT
                )
            )
        self._update_start()


def install_verification(
    window: MainWindow, services: ConsoleServices, bridge: TelephonyBridge
) -> VerificationPanel:
    """Put the verification panel and the caller card beside the call, and the supervisor's
    unlock action in the menu; one function so the window's own code stays small."""
    panel = VerificationPanel(services, bridge, window)
    card = CallerCard(window)
    window.add_side_panel(panel)
    window.add_side_panel(card, 1)
    panel.hint_ready.connect(window.card.set_ringing_hint)
    panel.general_mode.connect(card.show_general)
    panel.verified.connect(card.show_verified)
    panel.cleared.connect(card.clear)
    install_unlock_action(window, services)
    return panel
