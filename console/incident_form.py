"""The incident's part of the wrap-up pane: what was said, and undoing an accidental press.

The incident and its notifications already exist when this shows (issue 4): the form adds
the operator's note. Threat (F12) sits next to mute (F10), so for a short time after the
call (the service's `REVERT_WINDOW_S`) the operator may say "it was a mistake" (withdraw)
or, for a threat, "it is abuse, not a threat" (reclassify). Both ask for a reason and are
audited by the service, which also enforces the time window; nothing is ever deleted.
It is an inline part of the wrap-up pane, never a window of its own, so the next call can
be answered with the keyboard while it is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.tasks import error_text
from db.models_incidents import IncidentKind

DEFAULT_REVERT_WINDOW_S = 15 * 60


def revert_window_s() -> int:
    """The service's revert window (incidents.service.REVERT_WINDOW_S)."""
    from incidents import service

    return int(getattr(service, "REVERT_WINDOW_S", DEFAULT_REVERT_WINDOW_S))


class IncidentForm(QFrame):
    """Note editor and revert actions for one incident; all work runs on the worker.

    Signals:
        saved(int): the note of this incident id is stored.
        withdrawn(int): the incident was withdrawn (KUTY-3.x press by mistake).
        reclassified(int): the threat became abuse.
    """

    saved = Signal(int)
    withdrawn = Signal(int)
    reclassified = Signal(int)

    def __init__(
        self,
        services: Any,
        incident_id: int,
        kind: IncidentKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._services = services
        self.incident_id = incident_id
        self.kind = kind
        self._pending: str | None = None  # "withdraw" | "reclassify" while asking a reason
        self.intro = QLabel(self)
        self.intro.setObjectName("incidentIntro")
        self.intro.setWordWrap(True)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("incidentNote")
        self.note_edit.setPlaceholderText(self.tr("What the caller said (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(48)
        self.note_edit.setMaximumHeight(72)  # the wrap-up above stays in view
        self.save_button = QPushButton(self.tr("Save note"), self)
        self.save_button.setObjectName("saveIncidentNote")
        self.withdraw_button = QPushButton(self.tr("It was a mistake"), self)
        self.withdraw_button.setObjectName("withdrawIncident")
        self.withdraw_button.setToolTip(
            self.tr(
                "Withdraw this incident: the button was pressed by mistake. Management is "
                "told, the record is kept and audited (KUTY-3.1, KUTY-3.2)."
            )
        )
        self.reclassify_button = QPushButton(self.tr("It is abuse, not a threat"), self)
        self.reclassify_button.setObjectName("reclassifyIncident")
        self.reclassify_button.setToolTip(
            self.tr(
                "Change the threat (KUTY-3.2) into abuse (KUTY-3.1): the police package is "
                "marked withdrawn, management is told, and it is audited."
            )
        )
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("revertReason")
        self.reason_edit.setPlaceholderText(self.tr("Why? (required)"))
        self.confirm_button = QPushButton(self.tr("Confirm"), self)
        self.confirm_button.setObjectName("confirmRevert")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelRevert")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("incidentFormStatus")
        self.status_label.setWordWrap(True)

        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.save_button)
        revert_row = QHBoxLayout()
        revert_row.addWidget(self.withdraw_button)
        revert_row.addWidget(self.reclassify_button)
        revert_row.addStretch(1)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_edit, 1)
        reason_row.addWidget(self.confirm_button)
        reason_row.addWidget(self.cancel_button)
        self._reason_row = QWidget(self)
        self._reason_row.setLayout(reason_row)
        reason_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(note_row)
        layout.addLayout(revert_row)
        layout.addWidget(self._reason_row)
        layout.addWidget(self.status_label)

        self.save_button.clicked.connect(self.save)
        self.withdraw_button.clicked.connect(lambda: self._ask_reason("withdraw"))
        self.reclassify_button.clicked.connect(lambda: self._ask_reason("reclassify"))
        self.confirm_button.clicked.connect(self.confirm)
        self.reason_edit.returnPressed.connect(self.confirm)
        self.cancel_button.clicked.connect(self._cancel)
        self._revert_timer = QTimer(self)
        self._revert_timer.setSingleShot(True)
        self._revert_timer.timeout.connect(self._revert_window_over)
        self._revert_timer.start(revert_window_s() * 1000)
        self._show_kind()
        self._reason_row.hide()

    # ------------------------------------------------------------------ display

    def _show_kind(self) -> None:
        what = (
            self.tr("Threat (KUTY-3.2)")
            if self.kind is IncidentKind.THREAT
            else self.tr("Abuse (KUTY-3.1)")
        )
        self.intro.setText(
            self.tr(
                "%1: incident %2 is filed and management is notified. "
                "Optionally, write down what was said."
            )
            .replace("%1", what)
            .replace("%2", str(self.incident_id))
        )
        self.reclassify_button.setVisible(
            self.kind is IncidentKind.THREAT and self._revert_timer.isActive()
        )

    def reverts_offered(self) -> bool:
        """Whether "it was a mistake" is still on offer (tests and the pane ask)."""
        return not self.withdraw_button.isHidden()

    def _revert_window_over(self) -> None:
        self._set_reverts_visible(False)
        self._reason_row.hide()

    def _set_reverts_visible(self, visible: bool) -> None:
        self.withdraw_button.setVisible(visible)
        self.reclassify_button.setVisible(visible and self.kind is IncidentKind.THREAT)

    # ------------------------------------------------------------------ actions

    def save(self) -> None:
        from incidents.service import save_incident_note

        note = self.note_edit.toPlainText()
        sessions, actor = self._services.sessions, self._services.actor
        incident_id = self.incident_id
        self.save_button.setEnabled(False)

        def done(_result: object) -> None:
            self.save_button.setEnabled(True)
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Note saved."))
            self.saved.emit(incident_id)

        self._services.worker.submit(
            lambda: save_incident_note(sessions, actor, incident_id, note), label="incident note"
        ).success(done).failure(self._on_failed)

    def _ask_reason(self, action: str) -> None:
        self._pending = action
        self._reason_row.show()
        self.reason_edit.clear()
        self.reason_edit.setFocus()
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Say why the incident is withdrawn, then confirm.")
            if action == "withdraw"
            else self.tr("Say why this was abuse and not a threat, then confirm.")
        )

    def _cancel(self) -> None:
        self._pending = None
        self._reason_row.hide()
        self.status_label.clear()

    def confirm(self) -> None:
        """Run the asked-for revert with the typed reason (an empty reason is refused)."""
        action, reason = self._pending, self.reason_edit.text().strip()
        if action is None:
            return
        if not reason:
            self._error(self.tr("Type the reason first."))
            return
        from incidents.service import reclassify_incident, withdraw_incident

        sessions, actor, incident_id = (
            self._services.sessions,
            self._services.actor,
            self.incident_id,
        )
        self.confirm_button.setEnabled(False)

        def job() -> None:
            if action == "withdraw":
                withdraw_incident(sessions, actor, incident_id, reason=reason)
            else:
                reclassify_incident(
                    sessions, actor, incident_id, kind=IncidentKind.ABUSE, reason=reason
                )

        def done(_result: object) -> None:
            self.confirm_button.setEnabled(True)
            self._pending = None
            self._reason_row.hide()
            self.status_label.setStyleSheet("")
            if action == "withdraw":
                self._set_reverts_visible(False)
                self.intro.setText(
                    self.tr("Incident %1 is withdrawn; management is told.").replace(
                        "%1", str(incident_id)
                    )
                )
                self.status_label.clear()
                self.withdrawn.emit(incident_id)
            else:
                self.kind = IncidentKind.ABUSE
                self._show_kind()
                self.status_label.setText(
                    self.tr("Changed to abuse (KUTY-3.1); the police package is withdrawn.")
                )
                self.reclassified.emit(incident_id)

        def failed(error: BaseException) -> None:
            self.confirm_button.setEnabled(True)
            self._error(error_text(error))

        self._services.worker.submit(job, label=f"incident {action}").success(done).failure(failed)

    def _on_failed(self, error: BaseException) -> None:
        """In the form, which keeps the note typed: the operator retries."""
        self.save_button.setEnabled(True)
        self._error(self.tr("Not saved (%1); try again.").replace("%1", error_text(error)))

    def _error(self, text: str) -> None:
        self.status_label.setStyleSheet("color: #c00000; font-weight: bold;")
        self.status_label.setText(text)
