"""Export selected recordings as a hand-over package, in the background, cancellable.

`recordings.export.export_recordings` does the real work and holds the guarantees
(permission, reason audited first, integrity, masking, a `.partial-*` folder renamed only
when complete). This dialog collects format, optional ZIP password, destination and the
required reason, and runs the export on its own thread: an export of an hour of audio
would otherwise hold the single database worker and delay call-log writes. Progress
crosses back to the GUI thread by a queued signal; Cancel sets the export's Event.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.services import ConsoleServices
from console.tasks import DbWorker, error_text
from recordings.export import ExportCancelled, ExportResult, export_recordings

__all__ = ["ExportDialog"]

FORMATS = (("WAV (original)", "wav"), ("FLAC", "flac"), ("MP3", "mp3"), ("OGG Vorbis", "ogg"))


class _Progress(QObject):
    """Carries (done, total) from the export thread to the GUI thread.

    Signals:
        changed(int, int): files done and total.
    """

    changed = Signal(int, int)


class ExportDialog(QDialog):
    """Format, ZIP password, folder, reason; progress bar, Cancel, result or error.

    Signals:
        finished_export(object): the `ExportResult`, an `ExportCancelled` or another
            exception, once the background export has ended.
    """

    finished_export = Signal(object)

    def __init__(
        self, services: ConsoleServices, recording_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export recordings"))
        self._services = services
        self.recording_ids = list(recording_ids)
        self._runner = DbWorker(self)
        self._cancel: threading.Event | None = None
        self._progress = _Progress(self)
        self._progress.changed.connect(self._on_progress)
        self.export_result: ExportResult | None = None

        self.format = QComboBox(self)
        self.format.setObjectName("formatCombo")
        for text, value in FORMATS:
            if value == "wav":  # the one name with words in it
                text = self.tr("WAV (original)")
            self.format.addItem(text, value)
        self.use_zip = QCheckBox(self.tr("Password-protected ZIP (AES-256)"), self)
        self.use_zip.setObjectName("zipCheck")
        self.zip_password = QLineEdit(self)
        self.zip_password.setObjectName("zipPassword")
        self.zip_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.zip_password.setEnabled(False)
        self.use_zip.toggled.connect(self.zip_password.setEnabled)
        self.folder = QLineEdit(str(services.settings.data_dir / "exports"), self)
        self.folder.setObjectName("folderEdit")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setPlaceholderText(self.tr("Why (audited), e.g. request no. 12 of 03.03"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(self.message.textInteractionFlags())
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("startExportButton")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelExportButton")
        # After an export: the folder in the desktop's file manager (issue 13).
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.setObjectName("openFolderButton")
        self.open_folder_button.setToolTip(self.tr("Show the exported files in the file manager"))
        self.open_folder_button.hide()

        form = QFormLayout()
        form.addRow(self.tr("Recordings:"), QLabel(str(len(self.recording_ids)), self))
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.use_zip, self.zip_password)
        form.addRow(self.tr("Destination folder:"), folder_row)
        form.addRow(self.tr("Reason:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.resize(560, 300)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(text)

    def start(self) -> None:
        """Validate the form, then export on the dialog's own thread."""
        reason = self.reason.text().strip()
        if not reason:
            self._fail(self.tr("Enter the reason for the export: it is recorded in the audit."))
            return
        password: str | None = None
        if self.use_zip.isChecked():
            password = self.zip_password.text()
            if not password:
                self._fail(self.tr("Enter the ZIP password, or untick the ZIP option."))
                return
        dest = Path(self.folder.text().strip() or ".").expanduser()
        fmt = str(self.format.currentData())
        cancel = threading.Event()
        self._cancel = cancel
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Exporting…"))
        sessions, actor, ids = self._services.sessions, self._services.actor, self.recording_ids
        emit = self._progress.changed.emit

        def job() -> ExportResult:
            return export_recordings(
                sessions,
                actor,
                ids,
                dest,
                fmt=fmt,  # type: ignore[arg-type]  # one of FORMATS
                reason=reason,
                zip_password=password,
                progress=emit,
                cancel=cancel,
            )

        # A failure is shown in the dialog, where the export was asked for; the service
        # audited it.
        self._runner.submit(job, label="export").success(self._on_done).failure(self._on_failed)

    def cancel(self) -> None:
        """Cancel a running export (nothing is left presented as done), else close."""
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(done * 100 / total) if total else 100)

    def _finished(self) -> None:
        self._cancel = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _on_done(self, outcome: ExportResult) -> None:
        self._finished()
        self.export_result = outcome
        self.open_folder_button.setVisible(bool(outcome.files))
        self.progress.setValue(100)
        text = self.tr("Exported %1 files to:\n%2").replace("%1", str(len(outcome.files)))
        text = text.replace("%2", str(outcome.path))
        if outcome.refused:
            refused = "; ".join(f"{k}: {v}" for k, v in outcome.refused.items())
            self._fail(text + "\n" + self.tr("NOT exported: %1").replace("%1", refused))
        else:
            self.message.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.message.setText(text)
        self.finished_export.emit(outcome)

    def exported_folder(self) -> Path | None:
        """The folder to show: the export's own folder, or the one holding its ZIP."""
        if self.export_result is None:
            return None
        path = Path(self.export_result.path)
        return path if path.is_dir() else path.parent

    def open_folder(self) -> None:
        folder = self.exported_folder()
        if folder is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._fail(
                self.tr("No file manager could open %1; open it by hand.").replace(
                    "%1", str(folder)
                )
            )

    def _on_failed(self, error: BaseException) -> None:
        self._finished()
        if isinstance(error, ExportCancelled):
            self.progress.setValue(0)
            self._fail(self.tr("Export cancelled: nothing was exported."))
        elif isinstance(error, PermissionError):
            self._fail(self.tr("You may not export recordings."))
        else:
            self._fail(self.tr("Export failed: %1").replace("%1", error_text(error)))
        self.finished_export.emit(error)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._cancel is not None:
            self._cancel.set()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Closing cancels a running export and waits for its clean-up."""
        if self._cancel is not None:
            self._cancel.set()
        self._runner.shutdown()
        super().done(result)
