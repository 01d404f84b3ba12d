"""The transcript editor of supervisors and the head administrator (issue 5, "Transcripts").

A window for one recording: the latest version of its transcript as a table (time, who
spoke, text), synced with the recordings player (click a segment to hear it; the row under
the playing position is highlighted), edited in place and saved as a *new* version, so the
machine draft and every earlier edit stay and the versions list shows who changed what and
when. All checks live in the services (recordings.transcripts): reading needs
PLAY_RECORDING, key-phrase segments arrive already masked for roles without
HEAR_KEY_PHRASE (shown read-only here; `save_edit` restores their stored text), exports are
audited. Database work runs on the single database worker; transcription, which takes a
CPU core for minutes, on its own `TranscriptionQueue` thread, whose progress and result
come back to the GUI thread through this widget's signals.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.player import PlayerWidget
from console.services import ConsoleServices
from desk.errors import NotFound
from desk.roles import Permission, allowed
from recordings.evidence import EvidenceError
from recordings.transcripts.engines import ModelMissing, TranscriptionCancelled, engine_from_config
from recordings.transcripts.export import export_transcript, timecode
from recordings.transcripts.runner import TranscriptionQueue
from recordings.transcripts.segments import MASK_TEXT, Speaker, SpokenSegment
from recordings.transcripts.service import (
    TranscriptView,
    VersionInfo,
    read_transcript,
    transcripts_of_recording,
    versions,
)
from recordings.transcripts.service import save_edit as save_version

__all__ = ["TranscriptEditor"]

TEXT_COLUMN = 2
PLAYING = QBrush(QColor("#fff3b0"))
_EXPECTED = (PermissionError, NotFound, ValueError, OSError, sa.exc.SQLAlchemyError)


@dataclass(frozen=True)
class _Loaded:
    """What one load found: no transcript yet (`view` None), or a version and the list."""

    transcript_id: int | None
    versions: list[VersionInfo]
    view: TranscriptView | None


class TranscriptEditor(QWidget):
    """Show, play along, edit, version and export the transcript of one recording.

    Signals:
        loaded(object): a `TranscriptView` is shown, or None when there is no transcript.
        load_failed(str): the message shown instead (no permission, database error).
        progress_changed(int): percent of the running transcription.
        transcribed(int): a new transcript (its id) is made and shown.
        transcription_failed(str): the message shown (cancelled, model missing, ...).
        saved(int): an edit was stored as this version number and is shown.
        exported(object): the `Path` of a written PDF/DOCX.
        _progress(str, int, int), _finished(object): internal, from the transcription
            thread to the GUI thread.
    """

    loaded = Signal(object)
    load_failed = Signal(str)
    progress_changed = Signal(int)
    transcribed = Signal(int)
    transcription_failed = Signal(str)
    saved = Signal(int)
    exported = Signal(object)
    _progress = Signal(str, int, int)
    _finished = Signal(object)

    def __init__(
        self,
        services: ConsoleServices,
        recording_id: str,
        player: PlayerWidget | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("transcriptEditor")
        self.setWindowTitle(self.tr("Transcript — %1").replace("%1", title or recording_id))
        self._services = services
        self.recording_id = recording_id
        self._title = title
        self._own_player = player is None
        self.player = player if player is not None else PlayerWidget(services, self)
        self._queue: TranscriptionQueue | None = None
        self._filling = False
        self._after_load: list[tuple[SignalInstance, int]] = []
        self._closed = False
        self.view: TranscriptView | None = None
        self.version_infos: list[VersionInfo] = []
        self.playing_row = -1

        self.heading = QLabel(title, self)
        self.transcribe_button = self._button(self.tr("Transcribe"), "transcribeButton")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("transcriptionProgress")
        self.progress.setRange(0, 100)
        self.cancel_button = self._button(self.tr("Cancel"), "cancelTranscriptionButton")
        self.versions = QComboBox(self)
        self.versions.setObjectName("versionCombo")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("segmentsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Speaker"), self.tr("Text")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setObjectName("transcriptMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = self._button(self.tr("Save"), "saveTranscriptButton")
        self.pdf_button = self._button(self.tr("Export PDF…"), "exportPdfButton")
        self.docx_button = self._button(self.tr("Export DOCX…"), "exportDocxButton")
        may_export = allowed(services.actor, Permission.EXPORT_RECORDING)
        for button in (self.pdf_button, self.docx_button):
            button.setVisible(may_export)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Version:"), self))
        top.addWidget(self.versions, 1)
        for widget in (self.transcribe_button, self.progress, self.cancel_button):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        for button in (self.save_button, self.pdf_button, self.docx_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        if self._own_player:
            layout.addWidget(self.player)
        self._set_running(False)
        self._set_ready(False)

        self.transcribe_button.clicked.connect(self.transcribe)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_edit)
        self.pdf_button.clicked.connect(lambda: self.choose_export("pdf"))
        self.docx_button.clicked.connect(lambda: self.choose_export("docx"))
        self.versions.activated.connect(
            lambda index: self.reload(int(self.versions.itemData(index)))
        )
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.cellClicked.connect(lambda row, _col: self.play_segment(row))
        self.player.playback.position_changed.connect(self._on_position)
        self._progress.connect(self._on_progress)
        self._finished.connect(self._on_finished)
        self.resize(900, 640)
        self.reload()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _run(self, label: str, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """`call()` on the database worker; `done` gets its result or expected exception."""

        def job() -> Any:
            try:
                return call()
            except _EXPECTED as exc:
                return exc

        self._services.worker.submit(job, label=label).success(done)

    # ------------------------------------------------------------------ loading

    def reload(self, version: int | None = None) -> None:
        """Load the recording's newest transcript, at `version` (default: the latest)."""
        sessions, actor, rid = self._services.sessions, self._services.actor, self.recording_id

        def load() -> _Loaded:
            ids = transcripts_of_recording(sessions, actor, rid)
            if not ids:
                return _Loaded(None, [], None)
            infos = versions(sessions, actor, ids[-1])
            return _Loaded(ids[-1], infos, read_transcript(sessions, actor, ids[-1], version))

        self._run("load transcript", load, self._show)

    def _show(self, result: _Loaded | Exception) -> None:
        if isinstance(result, Exception):
            if isinstance(result, PermissionError):
                text = self.tr("You may not read transcripts of recordings.")
            else:
                text = self.tr("The transcript cannot be shown: %1").replace("%1", str(result))
            self.message.setText(text)
            self._set_ready(False)
            self.transcribe_button.setEnabled(False)
            self.table.setEnabled(False)
            self.load_failed.emit(text)
            return
        self.view, self.version_infos = result.view, result.versions
        self.versions.clear()
        for info in result.versions:
            self.versions.addItem(self._version_label(info), info.version)
        self._fill_table()
        self.transcribe_button.setVisible(self.view is None)
        self._set_ready(self.view is not None)
        if self.view is None:
            self.message.setText(self.tr("This recording has no transcript yet."))
        else:
            self.versions.setCurrentIndex(self.versions.findData(self.view.version))
            if self.view.masked:
                self.message.setText(
                    self.tr("The key phrase is hidden for your role; those lines cannot be edited.")
                )
        self.loaded.emit(self.view)
        pending, self._after_load = self._after_load, []
        for signal, value in pending:
            signal.emit(value)

    def _version_label(self, info: VersionInfo) -> str:
        when = info.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
        text = (
            self.tr("Version %1 — %2, %3")
            .replace("%1", str(info.version))
            .replace("%2", info.author)
            .replace("%3", when)
        )
        return self.tr("%1 (machine draft)").replace("%1", text) if info.is_machine else text

    def _fill_table(self) -> None:
        segments = self.view.segments if self.view is not None else ()
        speakers = {Speaker.CALLER: self.tr("Caller"), Speaker.OPERATOR: self.tr("Operator")}
        self._filling = True
        try:
            self.playing_row = -1
            self.table.setRowCount(len(segments))
            for row, seg in enumerate(segments):
                cells = [
                    QTableWidgetItem(timecode(seg.start_s)),
                    QTableWidgetItem(speakers[seg.speaker]),
                    QTableWidgetItem(seg.text),
                ]
                for column, item in enumerate(cells):
                    flags = item.flags() & ~Qt.ItemFlag.ItemIsEditable
                    if column == TEXT_COLUMN and seg.text != MASK_TEXT:
                        flags |= Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags)
                    self.table.setItem(row, column, item)
                if seg.text == MASK_TEXT:
                    cells[TEXT_COLUMN].setToolTip(self.tr("Hidden for your role."))
            self.table.resizeRowsToContents()
        finally:
            self._filling = False

    def _set_ready(self, ready: bool) -> None:
        self.versions.setEnabled(ready)
        self.table.setEnabled(True)
        self.save_button.setEnabled(False)
        for button in (self.pdf_button, self.docx_button):
            button.setEnabled(ready)

    # ------------------------------------------------------------------ editing

    def edited_segments(self) -> list[SpokenSegment]:
        """The shown version's segments with the texts as they are in the table now."""
        if self.view is None:
            return []
        out = []
        for row, seg in enumerate(self.view.segments):
            item = self.table.item(row, TEXT_COLUMN)
            text = item.text().strip() if item is not None else seg.text
            out.append(dataclasses.replace(seg, text=text))
        return out

    def is_dirty(self) -> bool:
        return self.view is not None and [s.text for s in self.edited_segments()] != [
            s.text for s in self.view.segments
        ]

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == TEXT_COLUMN:
            self.save_button.setEnabled(self.is_dirty())

    def save_edit(self) -> None:
        """Store the table as a new version (the shown one and all earlier ones stay)."""
        if self.view is None or not self.is_dirty():
            return
        sessions, actor, tid = self._services.sessions, self._services.actor, self.view.id
        segments = self.edited_segments()
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))

        def done(result: int | Exception) -> None:
            if isinstance(result, Exception):
                self.message.setText(self.tr("Not saved: %1").replace("%1", str(result)))
                self.save_button.setEnabled(True)
                return
            self.message.setText(self.tr("Saved as version %1.").replace("%1", str(result)))
            self._after_load.append((self.saved, result))
            self.reload()

        self._run("save transcript", lambda: save_version(sessions, actor, tid, segments), done)

    # ------------------------------------------------------------------ playback

    def play_segment(self, row: int) -> None:
        """Hear a segment: the player seeks to its start (one audited play per load)."""
        if self.view is None or not 0 <= row < len(self.view.segments):
            return
        start_ms = int(self.view.segments[row].start_s * 1000)
        self.player.play_at(self.recording_id, start_ms, self._title or None)
        self._highlight(row)

    def segment_at(self, seconds: float) -> int:
        """Row of the segment being spoken at `seconds`, or -1 between segments."""
        segments = self.view.segments if self.view is not None else ()
        for row, seg in enumerate(segments):
            if seg.start_s <= seconds < seg.end_s:
                return row
        return -1

    def _on_position(self, ms: int) -> None:
        prep = self.player.prep
        if prep is None or prep.recording_id != self.recording_id or self.view is None:
            return
        row = self.segment_at(ms / 1000)
        if row != self.playing_row:
            self._highlight(row)

    def _highlight(self, row: int) -> None:
        self._filling = True  # a background change emits itemChanged too
        try:
            for r, brush in ((self.playing_row, QBrush()), (row, PLAYING)):
                for column in range(self.table.columnCount()):
                    item = self.table.item(r, column) if r >= 0 else None
                    if item is not None:
                        item.setBackground(brush)
        finally:
            self._filling = False
        self.playing_row = row
        first = self.table.item(row, 0) if row >= 0 else None
        if first is not None:
            self.table.scrollToItem(first)

    # ------------------------------------------------------------------ transcription

    def transcribe(self) -> None:
        """Run the engine from settings on this recording in the background."""
        settings = self._services.settings
        if self._queue is None:
            try:
                engine = engine_from_config(
                    settings.transcription_engine, settings.transcription_model_dir or None
                )
            except ValueError as exc:
                self._transcription_failed(
                    self.tr("Transcription cannot start: %1").replace("%1", str(exc))
                )
                return
            self._queue = TranscriptionQueue(
                self._services.sessions, self._services.actor, engine, progress=self._progress.emit
            )
        future = self._queue.submit(self.recording_id)
        self._set_running(True)
        self.progress.setValue(0)
        self.message.setText(self.tr("Transcribing… This takes about as long as the call."))
        future.add_done_callback(self._finished.emit)

    def cancel(self) -> None:
        if self._queue is not None and self._queue.cancel(self.recording_id):
            self.message.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.transcribe_button.setEnabled(not running)

    def _on_progress(self, recording_id: str, done_ms: int, total_ms: int) -> None:
        if recording_id == self.recording_id and total_ms > 0:
            percent = min(100, done_ms * 100 // total_ms)
            self.progress.setValue(percent)
            self.progress_changed.emit(percent)

    def _on_finished(self, future: Future[int]) -> None:
        error = None if future.cancelled() else future.exception()
        if not future.cancelled() and error is None:
            self.progress.setValue(100)
            self.progress_changed.emit(100)
            self._set_running(False)
            self.message.setText(self.tr("Transcribed."))
            self._after_load.append((self.transcribed, future.result()))
            self.reload()
            return
        if future.cancelled() or isinstance(error, TranscriptionCancelled):
            text = self.tr("Transcription cancelled: nothing was stored.")
        elif isinstance(error, ModelMissing):
            text = error.message_uk if self._services.settings.language == "uk" else str(error)
        elif isinstance(error, PermissionError):
            text = self.tr("You may not read transcripts of recordings.")
        elif isinstance(error, EvidenceError):
            text = self.tr(
                "INTEGRITY CHECK FAILED: a track of this recording is missing or was changed "
                "after the call. It was not transcribed. Tell the administrator."
            )
        else:
            text = self.tr("Transcription failed: %1").replace("%1", str(error))
        self._transcription_failed(text)

    def _transcription_failed(self, text: str) -> None:
        self._set_running(False)
        self.message.setText(text)
        self.transcription_failed.emit(text)

    # ------------------------------------------------------------------ export

    def choose_export(self, fmt: str) -> None:
        """Ask where to write the shown version as PDF or DOCX, then export it."""
        if self.view is None:
            return
        name = f"transcript-{self.view.call_id}-v{self.view.version}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export transcript"), str(Path.home() / name), f"{fmt.upper()} (*.{fmt})"
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the shown version (masked as on screen) to `path`; the export is audited."""
        if self.view is None:
            return
        kind: Literal["pdf", "docx"] = "docx" if fmt == "docx" else "pdf"
        sessions, actor = self._services.sessions, self._services.actor
        tid, version = self.view.id, self.view.version

        def done(result: Path | Exception) -> None:
            if isinstance(result, PermissionError):
                self.message.setText(self.tr("You may not export recordings."))
            elif isinstance(result, Exception):
                self.message.setText(self.tr("Export failed: %1").replace("%1", str(result)))
            else:
                self.message.setText(self.tr("Exported to %1").replace("%1", str(result)))
                self.exported.emit(result)

        self.message.setText(self.tr("Exporting…"))
        self._run(
            "export transcript",
            lambda: export_transcript(sessions, actor, tid, path, kind, version),
            done,
        )

    # ------------------------------------------------------------------ closing

    def shutdown(self) -> None:
        """Cancel a running transcription and release the player if it is ours."""
        if self._closed:
            return
        self._closed = True
        if self._queue is not None:
            self._queue.close(cancel_pending=True, timeout=30)
            self._queue = None
        if not self._own_player:
            self.player.playback.position_changed.disconnect(self._on_position)
        if self._own_player:
            self.player.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
