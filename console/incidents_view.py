"""The supervisor's incident list and what management does with an incident (KUTY-3.x).

The operator's press already filed the incident with its facts; this tab is where
management follows it up: reported to management, handed to the police (date and
reference number, both required by `set_status`), closed; the police package exported as
a ZIP for hand-over (a custody event); the caller's number blocked or unblocked; on a
written incident the writer's address blocked, where the seat's regulation allows it
(KZP-30-19, CSC-2.12; otherwise the button says why), with the mail that blocked writers
keep sending listed below (kept, never in the queue: KUTY-1.1). Dialogs
are opened with `open()`, never `exec()`, so the console keeps handling calls while a
supervisor fills one in. Every query runs on the database worker.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.caller_display import desk_date, desk_datetime, format_number
from console.history_view import verification_text
from console.tasks import error_text
from db.models_incidents import IncidentStatus
from desk.roles import Permission, allowed

REFRESH_MS = 30_000


class PoliceHandoverDialog(QDialog):
    """Date and reference number of the hand-over; OK stays off until both are given."""

    def __init__(self, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policeHandoverDialog")
        self.setWindowTitle(
            self.tr("Incident %1: handed to police").replace("%1", str(incident_id))
        )
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("policeDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")  # the desk's dates, never "1 Dec"
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.ref_edit = QLineEdit(self)
        self.ref_edit.setObjectName("policeReference")
        self.ref_edit.setMaxLength(128)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Date handed over"), self.date_edit)
        form.addRow(self.tr("Police reference number"), self.ref_edit)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ref_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self.ok_button.setEnabled(False)

    def values(self) -> tuple[dt.date, str]:
        qd = self.date_edit.date()
        return dt.date(qd.year(), qd.month(), qd.day()), self.ref_edit.text().strip()


class IncidentsView(QWidget):
    """List (newest first) and the selected incident's details and actions.

    Signals:
        changed(int): an incident was changed or exported (incident id); the list reloads.
        loaded(): the list was (re)loaded.
        play_requested(str, int, str): "Play at 01:23": recording id, milliseconds from its
            start and a title; the recordings screen plays it (checked and audited there).
    """

    changed = Signal(int)
    loaded = Signal()
    play_requested = Signal(str, int, str)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsView")
        self._services = services
        self.rows: list[Any] = []
        self.blocked: bool | None = None  # of the selected incident's number, once known
        self.police_dialog: PoliceHandoverDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self.block_dialog: QInputDialog | None = None
        self.block_sender_dialog: QInputDialog | None = None
        self.writer: str | None = None  # the selected written incident's address, once known
        self.writer_blocked: bool | None = None
        self._blocking_allowed, self._blocking_why = self._blocking_rule()
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("incidentsTable")
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Time"), self.tr("Number"), self.tr("Operator"),
             self.tr("Status"), self.tr("Hold")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("incidentDetails")
        self.details.setAccessibleName(self.tr("The incident's facts"))
        self.details.setReadOnly(True)
        self.police_button = self._button("handedToPoliceButton", self.tr("Handed to police…"))
        self.reported_button = self._button("reportedButton", self.tr("Reported to management"))
        self.close_button = self._button("closeIncidentButton", self.tr("Close incident"))
        self.export_button = self._button("exportZipButton", self.tr("Export package (ZIP)…"))
        self.block_button = self._button("blockNumberButton", self.tr("Block number…"))
        self.unblock_button = self._button("unblockNumberButton", self.tr("Unblock number"))
        self.block_sender_button = self._button("blockSenderButton", self.tr("Block sender…"))
        self.play_button = self._button("playAtOffsetButton", self.tr("Play the call"))
        self.play_button.setToolTip(
            self.tr("Open the call's recording where the incident button was pressed")
        )
        self.blocked_mail_label = QLabel(
            self.tr("Mail from blocked senders (kept, not in the queue):"), self
        )
        self.blocked_mail = QTableWidget(0, 3, self)
        self.blocked_mail.setObjectName("blockedMailTable")
        self.blocked_mail.setAccessibleName(self.tr("Mail from blocked senders"))
        self.blocked_mail.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Sender"), self.tr("Subject")]
        )
        self.blocked_mail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.blocked_mail.horizontalHeader().setStretchLastSection(True)
        self.blocked_mail_rows: list[Any] = []
        self.status_label = QLabel(self)
        self.status_label.setObjectName("incidentsStatus")
        self.status_label.setWordWrap(True)
        grid = QGridLayout()
        for i, button in enumerate(
            [self.reported_button, self.police_button, self.close_button,
             self.export_button, self.block_button, self.unblock_button,
             self.block_sender_button, self.play_button]
        ):  # fmt: skip
            grid.addWidget(button, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.details, 1)
        layout.addLayout(grid)
        layout.addWidget(self.status_label)
        layout.addWidget(self.blocked_mail_label)
        layout.addWidget(self.blocked_mail, 1)
        can_block = allowed(services.actor, Permission.MANAGE_BLOCKLIST)
        self.blocked_mail_label.setVisible(can_block)
        self.blocked_mail.setVisible(can_block)

        self.reported_button.clicked.connect(
            lambda: self.set_status(IncidentStatus.REPORTED_TO_MANAGEMENT)
        )
        self.close_button.clicked.connect(lambda: self.set_status(IncidentStatus.CLOSED))
        self.police_button.clicked.connect(self.ask_police_handover)
        self.export_button.clicked.connect(self.ask_export_path)
        self.block_button.clicked.connect(self.ask_block_reason)
        self.unblock_button.clicked.connect(self.unblock)
        self.block_sender_button.clicked.connect(self.ask_block_sender_reason)
        self.play_button.clicked.connect(self.play_at_offset)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._update_buttons()
        self.refresh()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        from incidents.queries import list_incidents

        sessions, actor = self._services.sessions, self._services.actor
        self._services.worker.submit(
            lambda: list_incidents(sessions, actor), label="list incidents"
        ).success(self._show).failure(self._on_job_failed)
        if allowed(actor, Permission.MANAGE_BLOCKLIST):
            from incidents.blocklist import list_blocked_mail

            self._services.worker.submit(
                lambda: list_blocked_mail(sessions, actor), label="blocked mail"
            ).success(self._show_blocked_mail).failure(self._on_job_failed)

    def _show_blocked_mail(self, rows: list[Any]) -> None:
        self.blocked_mail_rows = rows
        self.blocked_mail.setRowCount(len(rows))
        for r, msg in enumerate(rows):
            cells = [desk_datetime(msg.received_at), msg.sender, msg.subject or self.tr("—")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, msg.id)
                self.blocked_mail.setItem(r, col, item)

    def _blocking_rule(self) -> tuple[bool, str]:
        """Whether the seat's regulation lets the desk block writers, and the tooltip."""
        from desk.policy import PolicyError, seat_policy

        try:
            policy = seat_policy(self._services.settings)
        except PolicyError as exc:
            return False, self.tr("The seat's policy cannot be read: %1").replace("%1", str(exc))
        if not policy.blocking.allowed:
            return False, self.tr(
                "The %1 regulation does not allow blocking writers; only a regulation that "
                "allows blocking violators does (KZP-30-19, CSC-2.12)."
            ).replace("%1", policy.regulation)
        rules = ", ".join(policy.blocking.rules) or policy.regulation
        return True, self.tr(
            "Block the writer's address (%1). Their mail is still kept and listed below, "
            "never dropped (KUTY-1.1)."
        ).replace("%1", rules)

    def _show(self, rows: list[Any]) -> None:
        selected = self.selected_id()
        self.rows = rows
        kinds = {"abuse": self.tr("Abuse"), "threat": self.tr("Threat")}
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, inc in enumerate(rows):
            held = self.tr("%1 recording(s)").replace("%1", str(len(inc.recording_ids)))
            cells = [
                kinds.get(inc.kind, inc.kind),
                desk_datetime(inc.pressed_at),
                format_number(inc.caller_number)
                if inc.caller_number
                else (self.tr("Written") if inc.message_id else self.tr("—")),
                inc.operator_name,
                self.status_text(inc.status),
                held if inc.recording_ids else self.tr("—"),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, inc.id)
                if inc.kind == "threat":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, col, item)
            if inc.id == selected:
                self.table.selectRow(r)
        self.table.blockSignals(False)
        self._on_selected()
        self.loaded.emit()

    def status_text(self, status: str) -> str:
        return {
            "open": self.tr("Open"),
            "reported_to_management": self.tr("Reported to management"),
            "handed_to_police": self.tr("Handed to police"),
            "closed": self.tr("Closed"),
        }.get(status, status)

    def selected(self) -> Any | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        row = min(rows) if rows else -1
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def selected_id(self) -> int | None:
        inc = self.selected()
        return int(inc.id) if inc is not None else None

    def select_incident(self, incident_id: int) -> bool:
        """Select the row of `incident_id`; False when it is not listed."""
        for r, inc in enumerate(self.rows):
            if inc.id == incident_id:
                self.table.selectRow(r)
                return True
        return False

    def _on_selected(self) -> None:
        inc = self.selected()
        self.blocked = None
        self.writer, self.writer_blocked = None, None
        self.details.setPlainText(self.facts_text(inc) if inc is not None else "")
        self._update_buttons()
        if inc is not None and inc.message_id:
            self._look_up_writer(inc.id)
        if inc is None or not inc.caller_number:
            return
        from incidents.blocklist import is_blocked

        sessions, number, incident_id = self._services.sessions, inc.caller_number, inc.id

        def done(blocked: bool) -> None:
            if self.selected_id() == incident_id:
                self.blocked = blocked
                self._update_buttons()

        self._services.worker.submit(
            lambda: is_blocked(sessions, number), label="incident blocklist"
        ).success(done).failure(self._on_job_failed)

    def _look_up_writer(self, incident_id: int) -> None:
        from incidents.blocklist import is_blocked, writer_address

        sessions = self._services.sessions

        def look() -> tuple[str | None, bool]:
            address = writer_address(sessions, incident_id)
            return address, bool(address) and is_blocked(sessions, address)

        def done(found: tuple[str | None, bool]) -> None:
            if self.selected_id() == incident_id:
                self.writer, self.writer_blocked = found
                self._update_buttons()

        self._services.worker.submit(look, label="incident writer").success(done).failure(
            self._on_job_failed
        )

    def facts_text(self, inc: Any) -> str:
        """The prefilled facts (as filed on the press) and the operator's note."""
        lines = [
            self.tr("Incident %1").replace("%1", str(inc.id)),
            self.tr("Status: %1").replace("%1", self.status_text(inc.status)),
            self.tr("Pressed at: %1").replace("%1", desk_datetime(inc.pressed_at, seconds=True)),
            self.tr("Operator: %1").replace("%1", inc.operator_name),
            self.tr("Caller number: %1").replace(
                "%1", format_number(inc.caller_number) if inc.caller_number else self.tr("withheld")
            ),
            self.tr("Verification: %1").replace("%1", verification_text(inc.verification_state)),
        ]
        if inc.offset_s is not None:
            # "3,4" in Ukrainian: the number in the UI language's own format (issue 13).
            locale = QLocale(getattr(self._services.settings, "language", "") or "uk")
            offset = locale.toString(float(inc.offset_s), "f", 1)
            lines.append(self.tr("Offset in recording: %1 s").replace("%1", offset))
        if inc.message_id:
            lines.append(self.tr("Written message: %1").replace("%1", str(inc.message_id)))
        if inc.recording_ids:  # ids are for the export manifest, not for reading
            held = str(len(inc.recording_ids))
            lines.append(self.tr("Recordings on legal hold: %1").replace("%1", held))
        if inc.police_handed_at:
            lines.append(
                self.tr("Handed to police on %1, reference %2")
                .replace("%1", desk_date(inc.police_handed_at))
                .replace("%2", inc.police_reference or "")
            )
        lines.append(self.tr("Police package: %1").replace("%1", inc.package_path or "—"))
        lines += ["", self.tr("Operator's note:"), inc.note or self.tr("(none)")]
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        inc, actor = self.selected(), self._services.actor
        can_ack = allowed(actor, Permission.ACK_NOTIFICATION)
        can_export = allowed(actor, Permission.EXPORT_POLICE_PACKAGE)
        can_block = allowed(actor, Permission.MANAGE_BLOCKLIST)
        live = inc is not None and inc.status != "closed" and can_ack
        self.reported_button.setEnabled(live)
        self.police_button.setEnabled(live and can_export)
        self.close_button.setEnabled(live)
        self.export_button.setEnabled(inc is not None and can_export and bool(inc.package_path))
        number = inc is not None and bool(inc.caller_number) and can_block
        self.block_button.setEnabled(number and self.blocked is False)
        self.unblock_button.setEnabled(number and self.blocked is True)
        written = inc is not None and bool(inc.message_id)
        self.block_sender_button.setEnabled(
            written and can_block and self._blocking_allowed
            and bool(self.writer) and self.writer_blocked is False
        )  # fmt: skip
        tip = self._blocking_why
        if self._blocking_allowed and not can_block:
            tip = self.tr("Only a supervisor may block a writer.")
        elif self._blocking_allowed and written and self.writer_blocked:
            tip = self.tr("%1 is already blocked.").replace("%1", self.writer or "")
        self.block_sender_button.setToolTip(tip)
        self._update_play_button(inc)

    def _update_play_button(self, inc: Any | None) -> None:
        """ "Play at 01:23" for a call incident with a recording offset (issue 13)."""
        from console.lanes import position_text

        can_play = allowed(self._services.actor, Permission.PLAY_RECORDING)
        self.play_button.setVisible(can_play)
        offset = None if inc is None else inc.offset_s
        playable = inc is not None and offset is not None and bool(inc.recording_ids)
        self.play_button.setEnabled(can_play and playable)
        if playable and offset is not None:
            self.play_button.setText(
                self.tr("Play at %1").replace("%1", position_text(float(offset)))
            )
        else:
            self.play_button.setText(self.tr("Play the call"))

    def play_at_offset(self) -> None:
        """Ask the recordings screen to play the incident's call from its offset."""
        inc = self.selected()
        if inc is None or inc.offset_s is None or not inc.recording_ids:
            return
        if not allowed(self._services.actor, Permission.PLAY_RECORDING):
            return
        number = format_number(inc.caller_number) if inc.caller_number else self.tr("withheld")
        title = (
            self.tr("Incident %1 — %2 — %3")
            .replace("%1", str(inc.id))
            .replace("%2", number)
            .replace("%3", desk_datetime(inc.pressed_at))
        )
        self.play_requested.emit(inc.recording_ids[0], int(float(inc.offset_s) * 1000), title)

    # ------------------------------------------------------------------ actions

    def _run(self, label: str, job: Any, message: str, incident_id: int) -> None:
        def done(_result: object) -> None:
            self.status_label.setStyleSheet("")
            self.status_label.setText(message)
            self.changed.emit(incident_id)
            self.refresh()

        self._services.worker.submit(job, label=f"incident {label}").success(done).failure(
            self._on_job_failed
        )

    def set_status(
        self,
        status: IncidentStatus,
        handed_at: dt.date | None = None,
        reference: str | None = None,
    ) -> None:
        from incidents.service import set_status

        incident_id = self.selected_id()
        if incident_id is None:
            return
        sessions, actor = self._services.sessions, self._services.actor
        message = self.tr("Incident %1: %2").replace("%1", str(incident_id))
        self._run(
            "status",
            lambda: set_status(sessions, actor, incident_id, status,
                               police_handed_at=handed_at, police_reference=reference),
            message.replace("%2", self.status_text(status.value)),
            incident_id,
        )  # fmt: skip

    def ask_police_handover(self) -> None:
        incident_id = self.selected_id()
        if incident_id is None:
            return
        dialog = PoliceHandoverDialog(incident_id, self)
        self.police_dialog = dialog

        def accepted() -> None:
            handed_at, reference = dialog.values()
            if self.select_incident(incident_id):
                self.set_status(IncidentStatus.HANDED_TO_POLICE, handed_at, reference)

        dialog.accepted.connect(accepted)
        dialog.open()

    def ask_export_path(self) -> None:
        inc = self.selected()
        if inc is None or not inc.package_path:
            return
        name = f"{Path(inc.package_path).name}.zip"
        dialog = QFileDialog(self, self.tr("Export police package"), str(Path.home() / name))
        dialog.setObjectName("exportZipDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("ZIP archives (*.zip)"))
        dialog.setDefaultSuffix("zip")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.export_zip(inc.id, Path(path)))
        self.export_dialog = dialog
        dialog.open()

    def export_zip(self, incident_id: int, target: Path) -> None:
        """Write the hand-over ZIP; the "exported" custody line goes in before the ZIP."""
        from incidents.police import export_package_zip

        sessions, actor = self._services.sessions, self._services.actor

        def done(path: Path) -> None:
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Package exported: %1").replace("%1", str(path)))
            self.changed.emit(incident_id)

        self._services.worker.submit(
            lambda: export_package_zip(sessions, actor, incident_id, target),
            label="incident export",
        ).success(done).failure(self._on_job_failed)

    def ask_block_reason(self) -> None:
        inc = self.selected()
        if inc is None or not inc.caller_number:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("blockReasonDialog")
        dialog.setWindowTitle(self.tr("Block %1").replace("%1", inc.caller_number))
        dialog.setLabelText(self.tr("Reason (kept on record):"))
        dialog.setTextValue(self.tr("Incident %1").replace("%1", str(inc.id)))
        dialog.textValueSelected.connect(lambda reason: self.block(inc, reason))
        self.block_dialog = dialog
        dialog.open()

    def block(self, inc: Any, reason: str) -> None:
        from incidents.blocklist import block_number

        if not reason.strip():
            self.status_label.setText(self.tr("A block needs a reason."))
            return
        sessions, actor, number = self._services.sessions, self._services.actor, inc.caller_number
        self._run(
            "block",
            lambda: block_number(sessions, actor, number, reason, inc.id),
            self.tr("%1 is blocked; its calls are flagged on the ringing card.").replace(
                "%1", number
            ),
            inc.id,
        )

    def ask_block_sender_reason(self) -> None:
        inc, address = self.selected(), self.writer
        if inc is None or not inc.message_id or not address or not self._blocking_allowed:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("blockSenderDialog")
        dialog.setWindowTitle(self.tr("Block %1").replace("%1", address))
        dialog.setLabelText(self.tr("Reason (kept on record):"))
        dialog.setTextValue(self.tr("Incident %1").replace("%1", str(inc.id)))
        dialog.textValueSelected.connect(lambda reason: self.block_sender(inc, address, reason))
        self.block_sender_dialog = dialog
        dialog.open()

    def block_sender(self, inc: Any, address: str, reason: str) -> None:
        """Block the writer (audited as `number_blocked` with the incident); the policy is
        checked again by the service, not only by the button."""
        from desk.policy import seat_policy
        from incidents.blocklist import block_writer

        if not reason.strip():
            self.status_label.setText(self.tr("A block needs a reason."))
            return
        sessions, actor, settings = (
            self._services.sessions, self._services.actor, self._services.settings,
        )  # fmt: skip
        self._run(
            "block sender",
            lambda: block_writer(sessions, actor, inc.id, reason, policy=seat_policy(settings)),
            self.tr(
                "%1 is blocked; their mail is kept and flagged, never put in the queue."
            ).replace("%1", address),
            inc.id,
        )

    def unblock(self) -> None:
        from incidents.blocklist import unblock_number

        inc = self.selected()
        if inc is None or not inc.caller_number:
            return
        sessions, actor, number = self._services.sessions, self._services.actor, inc.caller_number
        self._run(
            "unblock",
            lambda: unblock_number(sessions, actor, number),
            self.tr("%1 is no longer blocked.").replace("%1", number),
            inc.id,
        )

    def _on_job_failed(self, error: BaseException) -> None:
        """Shown in the view, not the banner: the supervisor is looking here."""
        self.status_label.setStyleSheet("color: #c00000; font-weight: bold;")
        self.status_label.setText(self.tr("Failed: %1").replace("%1", error_text(error)))
