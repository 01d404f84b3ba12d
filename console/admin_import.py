"""Caller-profile import from the administration workspace (issue 13, KUTY-2.2).

The same import as `kuty profiles import` (`verification.store.import_profile_file`:
streamed, checked, Argon2id-hashed on a process pool, written in one transaction, all or
nothing), run on this panel's own worker thread: an import of a city's export hashes for
minutes, and the seat's database worker must stay free for everything else. Progress
comes back through a signal (`CallbackProgress`); Cancel sets an event the next progress
tick turns into `ImportCancelled`, so the pool is shut down and nothing is written.

A refused file shows every row problem (row, field, problem in words) in a table the
admin can save as CSV for whoever exports the file.
"""

from __future__ import annotations

import csv
import os
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.tasks import DbWorker, error_text
from desk.errors import UserFacingError

_BAD = "color: #c00000; font-weight: bold;"


def field_text(field: str | None) -> str:
    """A column of the export in words (the Ukrainian header names, as the Service uses)."""
    names = {
        "surname": QCoreApplication.translate("ProfileImport", "Surname"),
        "first_name": QCoreApplication.translate("ProfileImport", "First name"),
        "patronymic": QCoreApplication.translate("ProfileImport", "Patronymic"),
        "phones": QCoreApplication.translate("ProfileImport", "Phones"),
        "phone": QCoreApplication.translate("ProfileImport", "Phone"),
        "key_phrase": QCoreApplication.translate("ProfileImport", "Key phrase"),
        "applications": QCoreApplication.translate("ProfileImport", "Applications"),
        "number": QCoreApplication.translate("ProfileImport", "Application number"),
        "child_first_name": QCoreApplication.translate("ProfileImport", "Child's first name"),
        "status": QCoreApplication.translate("ProfileImport", "Application status"),
        "created": QCoreApplication.translate("ProfileImport", "Created"),
        "updated": QCoreApplication.translate("ProfileImport", "Updated"),
        "kindergartens": QCoreApplication.translate("ProfileImport", "Kindergartens"),
    }
    if not field:
        return QCoreApplication.translate("ProfileImport", "The whole row")
    return names.get(field, field)


def problem_text(code: str) -> str:
    """A row error's code (verification.import_rows) in words; never the raw code."""
    texts = {
        "missing_field": QCoreApplication.translate("ProfileImport", "Empty; it is required"),
        "wrong_type": QCoreApplication.translate("ProfileImport", "Not text"),
        "too_long": QCoreApplication.translate("ProfileImport", "Too long"),
        "control_character": QCoreApplication.translate(
            "ProfileImport", "Contains a control character"
        ),
        "too_many_phones": QCoreApplication.translate("ProfileImport", "Too many phone numbers"),
        "bad_phone": QCoreApplication.translate("ProfileImport", "Not a valid phone number"),
        "bad_date": QCoreApplication.translate("ProfileImport", "Not a valid date"),
        "duplicate_row": QCoreApplication.translate(
            "ProfileImport", "The same profile appears earlier in the file"
        ),
        "empty_after_normalization": QCoreApplication.translate(
            "ProfileImport", "Empty once spaces and punctuation are removed"
        ),
        "field_count": QCoreApplication.translate(
            "ProfileImport", "The row has a different number of columns than the header"
        ),
        "no_profile": QCoreApplication.translate(
            "ProfileImport", "No profile has this phone and surname"
        ),
        "ambiguous_profile": QCoreApplication.translate(
            "ProfileImport", "Several profiles have this phone and surname; add the first name"
        ),
        "ambiguous_identity": QCoreApplication.translate(
            "ProfileImport", "Matches several existing profiles (same names, a shared phone)"
        ),
        "duplicate_identity": QCoreApplication.translate(
            "ProfileImport", "Updates the same existing profile as an earlier row"
        ),
    }
    return texts.get(code, QCoreApplication.translate("ProfileImport", "Cannot be imported"))


def import_error_text(error: BaseException) -> str:
    """A file-level refusal (`ProfileImportError.code`) in the admin's words."""
    if isinstance(error, UserFacingError) and error.code.startswith("import."):
        p = error.params
        texts = {
            "import.cancelled": QCoreApplication.translate(
                "ProfileImport", "Cancelled; nothing was imported."
            ),
            "import.changed": QCoreApplication.translate(
                "ProfileImport", "The file changed while it was imported; nothing was imported."
            ),
            "import.too_large": QCoreApplication.translate(
                "ProfileImport", "The file is larger than %1 MB; split the export."
            ).replace("%1", str(int(p.get("limit", 0)) // 1_000_000)),
            "import.unreadable": QCoreApplication.translate(
                "ProfileImport", "The file cannot be read."
            ),
            "import.not_utf8": QCoreApplication.translate(
                "ProfileImport", "The file is not UTF-8 (line %1); export it as UTF-8."
            ).replace("%1", str(p.get("line", "?"))),
            "import.bad_csv": QCoreApplication.translate(
                "ProfileImport", "Line %1 is not valid CSV."
            ).replace("%1", str(p.get("line", "?"))),
            "import.bad_json": QCoreApplication.translate(
                "ProfileImport", "Line %1 is not valid JSON."
            ).replace("%1", str(p.get("line", "?"))),
            "import.not_array": QCoreApplication.translate(
                "ProfileImport", "The JSON file is not a list of profiles."
            ),
            "import.no_header": QCoreApplication.translate(
                "ProfileImport", "The file has no header row."
            ),
            "import.missing_columns": QCoreApplication.translate(
                "ProfileImport", "Columns missing from the header: %1."
            ).replace("%1", str(p.get("columns", ""))),
            "import.duplicate_columns": QCoreApplication.translate(
                "ProfileImport", "Columns given twice: %1."
            ).replace("%1", str(p.get("columns", ""))),
            "import.too_many_columns": QCoreApplication.translate(
                "ProfileImport", "The header has too many columns; is this the Service's export?"
            ),
            "import.line_too_long": QCoreApplication.translate(
                "ProfileImport", "Line %1 is too long; is this the Service's export?"
            ).replace("%1", str(p.get("line", "?"))),
            "import.too_deep": QCoreApplication.translate(
                "ProfileImport", "The JSON is nested too deeply; is this the Service's export?"
            ),
            "import.item_too_large": QCoreApplication.translate(
                "ProfileImport", "A JSON item is too large; is this the Service's export?"
            ),
            "import.rejected": QCoreApplication.translate(
                "ProfileImport", "Problems in the file: %1; nothing was imported."
            ).replace("%1", str(p.get("total", "?"))),
        }
        text = texts.get(error.code)
        if text is not None:
            return text
    return error_text(error)


def stage_text(what: str) -> str:
    """verification's progress phase ("rows read", "hashing key phrases"…) in words."""
    if what.endswith("rows read") or what.endswith("items read"):
        return QCoreApplication.translate("ProfileImport", "Checking rows")
    if what.startswith("hashing"):
        return QCoreApplication.translate("ProfileImport", "Protecting key phrases")
    if what.startswith("profiles written"):
        return QCoreApplication.translate("ProfileImport", "Saving profiles")
    return QCoreApplication.translate("ProfileImport", "Importing")


class _Relay(QObject):
    """Carries progress from the import thread to the GUI thread (a queued signal)."""

    progress = Signal(str, int, object)


class ImportPanel(QWidget):
    """Choose a file, import with a progress bar and Cancel, then the report.

    Signals:
        finished(object): the `ImportReport`, or the error that refused the import.
    """

    finished = Signal(object)
    REPORT_COLUMNS = 3

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPanel")
        self._services = services
        self._worker = DbWorker(self)  # its own thread: hashing takes minutes
        self._cancel = threading.Event()
        self._apps_name = ""
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self.errors: list[Any] = []
        from verification.cli import FAST_HASH_ENV
        from verification.key_phrase import FAST_FOR_TESTS, PRODUCTION

        fast = os.environ.get(FAST_HASH_ENV) == "1"  # test-only, as for the CLI
        self.hasher_params = FAST_FOR_TESTS if fast else PRODUCTION
        self.workers: int | None = None  # all cores, as `kuty profiles import`
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("The Service's export: CSV or JSON, UTF-8"))
        self.path.setAccessibleName(self.tr("Profiles file"))
        self.browse_button = QPushButton(self.tr("Choose a file…"), self)
        self.browse_button.setObjectName("importBrowse")
        self.applications = QLineEdit(self)
        self.applications.setObjectName("importApplications")
        self.applications.setPlaceholderText(
            self.tr("optional: the Service's separate applications CSV")
        )
        self.applications.setAccessibleName(self.tr("Applications file"))
        self.applications_button = QPushButton(self.tr("Choose a file…"), self)
        self.applications_button.setObjectName("importApplicationsBrowse")
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importStart")
        self.import_button.setToolTip(
            self.tr(
                "All or nothing: one bad row and nothing is imported. Key phrases are "
                "stored only as Argon2id hashes (KUTY-2.2)."
            )
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.progress.hide()  # shown while an import runs and after one succeeded
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.report = QTableWidget(0, self.REPORT_COLUMNS, self)
        self.report.setObjectName("importReport")
        self.report.setAccessibleName(self.tr("Problems in the file"))
        self.report.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Field"), self.tr("Problem")]
        )
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.verticalHeader().hide()
        header = self.report.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("Save the report as CSV…"), self)
        self.save_button.setObjectName("importSaveReport")
        self.save_button.setEnabled(False)
        row = QGridLayout()
        row.addWidget(QLabel(self.tr("Profiles file"), self), 0, 0)
        row.addWidget(self.path, 0, 1)
        row.addWidget(self.browse_button, 0, 2)
        row.addWidget(QLabel(self.tr("Applications file"), self), 1, 0)
        row.addWidget(self.applications, 1, 1)
        row.addWidget(self.applications_button, 1, 2)
        row.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        for button in (self.import_button, self.cancel_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            actions.addWidget(button)
        actions.addWidget(self.progress, 1)
        actions.addStretch(0)  # the buttons keep their size while the bar is hidden
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.browse_button.clicked.connect(lambda: self.choose_file(self.path))
        self.applications_button.clicked.connect(lambda: self.choose_file(self.applications))
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.choose_report_file)
        cancel = self._cancel
        self.destroyed.connect(lambda *_args: cancel.set())

    # ---------------------------------------------------------------- running

    def choose_file(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Caller profiles"),
            edit.text() or self.path.text() or str(Path.home()),
            self.tr("Profile exports (*.csv *.json)"),
        )
        if name:
            edit.setText(name)

    def start(self) -> None:
        """Run the import on this panel's worker; the GUI only shows progress."""
        from verification.import_files import CallbackProgress
        from verification.store import import_profile_file

        text = self.path.text().strip()
        if not text or not Path(text).is_file():
            self._show_status(self.tr("Choose an existing file first."), bad=True)
            return
        apps_text = self.applications.text().strip()
        if apps_text and not Path(apps_text).is_file():
            self._show_status(
                self.tr("The applications file %1 does not exist.").replace("%1", apps_text),
                bad=True,
            )
            return
        apps_path = Path(apps_text) if apps_text else None
        self._apps_name = apps_path.name if apps_path is not None else ""
        self._cancel.clear()
        self.errors = []
        self.report.setRowCount(0)
        self.save_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until a count with a total arrives
        self.progress.show()
        self._show_status(self.tr("Importing…"))
        services, path = self._services, Path(text)
        params, workers, relay, cancel = self.hasher_params, self.workers, self._relay, self._cancel
        progress = CallbackProgress(
            lambda what, done, total: relay.progress.emit(what, done, total), cancel.is_set
        )

        def run() -> Any:
            from verification.applications import parse_applications

            applications = parse_applications(apps_path, progress=progress) if apps_path else None
            return import_profile_file(
                services.sessions,
                services.actor,
                path,
                applications=applications,
                hasher_params=params,
                workers=workers,
                progress=progress,
            )

        self.job = self._worker.submit(run, label="profile import")
        self.job.success(self._imported).failure(self._refused)

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self._show_status(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Stop a running import (cancelled, nothing written) and the panel's thread."""
        self._cancel.set()
        self._worker.shutdown()

    def _progress(self, what: str, done: int, total: object) -> None:
        if self._cancel.is_set():
            return
        if isinstance(total, int) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(
                self.tr("%1: %2 of %3")
                .replace("%1", stage_text(what))
                .replace("%2", str(done))
                .replace("%3", str(total))
            )
            self._show_status(self.tr("Importing…"))  # the bar has the count
        else:  # no total yet (rows being checked): the count goes under the busy bar
            self.progress.setRange(0, 0)
            self._show_status(
                self.tr("%1: %2").replace("%1", stage_text(what)).replace("%2", str(done))
            )

    def _done(self) -> None:
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)

    def _imported(self, report: Any) -> None:
        self._done()
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("Done"))
        self._show_status(
            self.tr(
                "Imported: %1 new profiles, %2 updated, %3 phone numbers, %4 applications; "
                "%5 existing profiles not in the file were kept."
            )
            .replace("%1", str(report.created))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.phones))
            .replace("%4", str(report.applications))
            .replace("%5", str(report.not_in_file))
        )
        self.finished.emit(report)

    def _refused(self, error: BaseException) -> None:
        from verification.store import ImportRejected

        self._done()
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.progress.hide()
        self._show_status(import_error_text(error), bad=True)
        if isinstance(error, ImportRejected):
            apps = [(self._apps_name, e) for e in error.application_errors]
            self._show_errors([("", e) for e in error.profile_errors] + apps)
            if error.total > error.shown:
                more = self.tr("Only the first %1 problems are listed.").replace(
                    "%1", str(error.shown)
                )
                self.status.setText(f"{self.status.text()} {more}")
        self.finished.emit(error)

    def _show_errors(self, errors: list[tuple[str, Any]]) -> None:
        """(file name for the applications file, else "", RowError) per row of the table."""
        self.errors = [e for _name, e in errors]
        self.report.setRowCount(len(errors))
        for i, (name, e) in enumerate(errors):
            where = (
                str(e.line) if e.unit == "line" else self.tr("item %1").replace("%1", str(e.line))
            )
            if name:
                where = self.tr("%1, row %2").replace("%1", name).replace("%2", where)
            for column, text in enumerate((where, field_text(e.field), problem_text(e.code))):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(e.message)  # the English detail, for whoever fixes the export
                self.report.setItem(i, column, item)
        self.save_button.setEnabled(bool(errors))

    def _show_status(self, text: str, *, bad: bool = False) -> None:
        self.status.setStyleSheet(_BAD if bad else "")
        self.status.setText(text)

    # ---------------------------------------------------------------- the report

    def choose_report_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), "import-report.csv", self.tr("CSV (*.csv)")
        )
        if name:
            self.save_report(Path(name))

    def save_report(self, path: Path) -> None:
        """The table as shown (row, field, problem in words), UTF-8 with a BOM for Excel."""
        try:
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow([self.tr("Row"), self.tr("Field"), self.tr("Problem")])
                for row in range(self.report.rowCount()):
                    items = [self.report.item(row, c) for c in range(self.REPORT_COLUMNS)]
                    writer.writerow([item.text() if item else "" for item in items])
        except OSError as exc:
            self._show_status(
                self.tr("The report could not be saved: %1").replace("%1", exc.strerror or ""),
                bad=True,
            )
            return
        self._show_status(self.tr("Report saved to %1").replace("%1", str(path)))
