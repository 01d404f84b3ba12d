"""The head administrator's request register (KUTY-1.3): list, add, fulfil with progress.

The register and the dossier are `recordings.requests` / `recordings.dossier`; this view
only collects input and shows results. Listing and adding are short database work on the
database worker; fulfilling copies and converts audio, so it runs on the view's own thread
with a progress bar and Cancel, like an export. Registering a request for transcripts
queues its calls (recordings.request_transcripts); the view then runs the queue on its own
thread with the seat's engine. "Preview dossier" lists what the dossier will hold before
it is built (recordings.dossier_preview), each missing transcript with its reason.
"""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.caller_display import desk_date
from console.request_texts import preview_text, request_status_text
from console.services import ConsoleServices
from console.tasks import DbWorker, error_text
from recordings.dossier import fulfil_request
from recordings.dossier_preview import DossierPreview, preview_dossier
from recordings.export import ExportCancelled
from recordings.request_transcripts import TranscriptState, run_queued
from recordings.requests import RequestScope, RequestSummary, create_request, list_requests

__all__ = ["NewRequestDialog", "RequestsView"]


class NewRequestDialog(QDialog):
    """Who asked, for what period/numbers, which materials, due when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New request"))
        today = QDate.currentDate()
        self.requested_by = QLineEdit(self)
        self.office = QLineEdit(self)
        self.reference = QLineEdit(self)
        self.period_from = QDateEdit(today.addDays(-7), self)
        self.period_to = QDateEdit(today, self)
        self.numbers = QLineEdit(self)
        self.numbers.setPlaceholderText(self.tr("Comma-separated, empty = all numbers"))
        self.due = QDateEdit(today.addDays(10), self)
        for edit in (self.period_from, self.period_to, self.due):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.what = {
            "recordings": QCheckBox(self.tr("Recordings"), self),
            "correspondence": QCheckBox(self.tr("Correspondence"), self),
            "transcripts": QCheckBox(self.tr("Transcripts"), self),
            "verification_log": QCheckBox(self.tr("Verification log"), self),
            "incidents": QCheckBox(self.tr("Incidents"), self),
            "complaints": QCheckBox(self.tr("Complaints"), self),
        }
        self.what["recordings"].setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Requested by:"), self.requested_by)
        form.addRow(self.tr("Office:"), self.office)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Period from:"), self.period_from)
        form.addRow(self.tr("Period to:"), self.period_to)
        form.addRow(self.tr("Numbers:"), self.numbers)
        form.addRow(self.tr("Due:"), self.due)
        for box in self.what.values():
            form.addRow(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def scope(self) -> RequestScope:
        start = datetime.combine(_day(self.period_from), time()).astimezone()
        end_day = _day(self.period_to) + timedelta(days=1)
        end = datetime.combine(end_day, time()).astimezone() - timedelta(microseconds=1)
        numbers = tuple(n.strip() for n in self.numbers.text().split(",") if n.strip())
        want = {key: box.isChecked() for key, box in self.what.items()}
        return RequestScope(
            period_from=start,
            period_to=end,
            numbers=numbers,
            recordings=want["recordings"],
            correspondence=want["correspondence"],
            transcripts=want["transcripts"],
            verification_log=want["verification_log"],
            incidents=want["incidents"],
            complaints=want["complaints"],
        )


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class _Progress(QObject):
    """(done, total) from the fulfil thread to the GUI thread.

    Signals:
        changed(int, int)
    """

    changed = Signal(int, int)


class RequestsView(QWidget):
    """The register as a table with Add and Fulfil.

    Signals:
        loaded(object): the list of `RequestSummary` now shown.
        fulfilled(object): the dossier `Path`, or the exception that stopped it.
        previewed(object): the `DossierPreview` now shown.
        transcripts_done(object): {recording id: TranscriptState} of a queue run.
    """

    loaded = Signal(object)
    fulfilled = Signal(object)
    previewed = Signal(object)
    transcripts_done = Signal(object)

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsView")
        self._services = services
        self._runner = DbWorker(self)
        self._cancel: threading.Event | None = None
        self._progress = _Progress(self)
        self.requests: list[RequestSummary] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Requests register (KUTY-1.3)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Requested by"),
                self.tr("Received"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Dossier"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("New request…"), self)
        self.fulfil_button = QPushButton(self.tr("Fulfil selected"), self)
        self.preview_button = QPushButton(self.tr("Preview dossier"), self)
        self.preview_button.setObjectName("requestsPreviewButton")
        self.preview_button.setToolTip(
            self.tr("What the selected request's dossier will hold, before it is built (KUTY-1.3)")
        )
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("requestsPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Dossier preview"))
        self.preview.setPlaceholderText(
            self.tr("Select a request and press Preview dossier to see what it will hold.")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.progress = QProgressBar(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for button in (
            self.refresh_button,
            self.add_button,
            self.preview_button,
            self.fulfil_button,
        ):
            row.addWidget(button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.add_button.clicked.connect(self.add_request)
        self.fulfil_button.clicked.connect(self.fulfil_selected)
        self.preview_button.clicked.connect(self.preview_selected)
        self.cancel_button.clicked.connect(self._cancel_fulfil)
        self._progress.changed.connect(
            lambda done, total: self.progress.setValue(int(done * 100 / total) if total else 100)
        )
        self.refresh()

    def refresh(self) -> None:
        sessions, actor = self._services.sessions, self._services.actor

        self._services.worker.submit(
            lambda: list_requests(sessions, actor), label="list requests"
        ).success(self._show).failure(  # below the table, where the supervisor looks
            lambda error: self.message.setText(
                self.tr("Cannot list requests: %1").replace("%1", error_text(error))
            )
        )

    def _show(self, result: list[RequestSummary]) -> None:
        self.requests = result
        self.table.setRowCount(len(result))
        for r, req in enumerate(result):
            values = [
                str(req.id),
                req.requested_by,
                desk_date(req.requested_at),
                desk_date(req.due_at),
                request_status_text(req.status, req.overdue),
                req.dossier_path or "",
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.loaded.emit(result)

    def add_request(self) -> None:
        dialog = NewRequestDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        sessions, actor = self._services.sessions, self._services.actor
        scope, who = dialog.scope(), dialog.requested_by.text()
        office = dialog.office.text().strip() or None
        reference = dialog.reference.text().strip() or None
        due = _day(dialog.due)

        def job() -> int:
            return create_request(
                sessions,
                actor,
                requested_by=who,
                scope=scope,
                requester_office=office,
                reference=reference,
                due_at=due,
            )

        def done(request_id: int) -> None:
            self.message.setText(self.tr("Request %1 registered.").replace("%1", str(request_id)))
            self.refresh()
            if scope.transcripts:
                self.run_transcripts()

        def failed(error: BaseException) -> None:  # shown below the table
            self.message.setText(self.tr("Not registered: %1").replace("%1", error_text(error)))
            self.refresh()

        self._services.worker.submit(job, label="create request").success(done).failure(failed)

    def run_transcripts(self) -> None:
        """Transcribe the queued recordings on the view's own thread (minutes of CPU)."""
        from recordings.transcripts.engines import engine_from_config

        sessions, actor = self._services.sessions, self._services.actor
        settings = self._services.settings
        kind, model = settings.transcription_engine, settings.transcription_model_dir

        def job() -> dict[str, TranscriptState]:
            return run_queued(sessions, actor, lambda: engine_from_config(kind, model or None))

        def done(outcome: dict[str, TranscriptState]) -> None:
            made = sum(1 for s in outcome.values() if s is TranscriptState.INCLUDED)
            self.message.setText(
                self.tr("Queued transcripts: %1 made, %2 not transcribed (see the preview).")
                .replace("%1", str(made))
                .replace("%2", str(len(outcome) - made))
            )
            self.transcripts_done.emit(outcome)

        def failed(error: BaseException) -> None:
            self.message.setText(
                self.tr("Queued transcripts were not made: %1").replace("%1", error_text(error))
            )
            self.transcripts_done.emit(error)

        self._runner.submit(job, label="queued transcripts").success(done).failure(failed)

    def preview_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a request first."))
            return
        self.preview_request(self.requests[rows[0].row()].id)

    def preview_request(self, request_id: int) -> None:
        sessions, actor = self._services.sessions, self._services.actor

        def shown(preview: DossierPreview) -> None:
            self.preview.setPlainText(preview_text(preview))
            self.previewed.emit(preview)

        self._services.worker.submit(
            lambda: preview_dossier(sessions, actor, request_id), label="preview dossier"
        ).success(shown).failure(
            lambda error: self.message.setText(
                self.tr("No preview: %1").replace("%1", error_text(error))
            )
        )

    def fulfil_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._cancel is not None:
            return
        self.fulfil(self.requests[rows[0].row()].id)

    def fulfil(self, request_id: int) -> None:
        """Build the request's dossier on the view's thread, with progress and Cancel."""
        sessions, actor = self._services.sessions, self._services.actor
        dest = Path(self._services.settings.data_dir) / "dossiers"
        cancel = threading.Event()
        self._cancel = cancel
        self.fulfil_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.message.setText(self.tr("Building the dossier…"))
        emit = self._progress.changed.emit

        # A failure is shown below the table; the service audited it.
        self._runner.submit(
            lambda: fulfil_request(sessions, actor, request_id, dest, emit, cancel),
            label="fulfil request",
        ).success(self._on_fulfilled).failure(self._on_fulfilled)

    def _cancel_fulfil(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _on_fulfilled(self, result: Path | BaseException) -> None:
        """Either outcome: `fulfilled` carries the dossier's path or the error."""
        self._cancel = None
        self.fulfil_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if isinstance(result, ExportCancelled):
            self.message.setText(self.tr("Cancelled: no dossier was kept."))
        elif isinstance(result, BaseException):
            self.message.setText(self.tr("Not fulfilled: %1").replace("%1", error_text(result)))
        else:
            self.progress.setValue(100)
            self.message.setText(self.tr("Dossier ready: %1").replace("%1", str(result)))
        self.fulfilled.emit(result)
        self.refresh()

    def shutdown(self) -> None:
        """Cancel a running fulfilment and wait for its clean-up."""
        if self._cancel is not None:
            self._cancel.set()
        self._runner.shutdown()
