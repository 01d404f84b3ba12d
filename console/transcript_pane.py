"""The transcript beside the player, following the play position (issue 13).

Read-only (editing stays in `console.transcript_editor`): each row is a segment with its
time and speaker (the track it came from) in words; the segment being played is marked
with "▶" and bold text, not only a colour, and kept in view; a click on a segment asks the
player to go there. With no transcript the pane says "Not transcribed" and why, so a
reviewer never takes an empty pane for a silent call. The read runs on the database worker
and is audited by the service (`recordings.transcripts.playing`).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.lanes import position_text
from console.services import ConsoleServices
from console.tasks import error_text
from recordings.transcripts.playing import NotTranscribed, transcript_for_player
from recordings.transcripts.segments import MASK_TEXT, Speaker, SpokenSegment
from recordings.transcripts.service import TranscriptView

__all__ = ["TranscriptPane"]

PLAYING = QBrush(QColor("#fff3b0"))
MARK = "▶ "


class TranscriptPane(QWidget):
    """Segments of the playing recording's latest transcript, synced with the player.

    Signals:
        loaded(object): a `TranscriptView` or a `NotTranscribed` is shown.
        seek_requested(int): milliseconds of the segment the user clicked.
    """

    loaded = Signal(object)
    seek_requested = Signal(int)

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptPane")
        self._services = services
        self.recording_id: str | None = None
        self.segments: list[SpokenSegment] = []
        self._starts: list[float] = []
        self.current_row = -1
        self.title = QLabel(self.tr("Transcript"), self)
        self.title.setObjectName("transcriptPaneTitle")
        self.status = QLabel(self.tr("Play a call to see its transcript here."), self)
        self.status.setObjectName("transcriptPaneStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("transcriptSegments")
        self.table.setAccessibleName(self.tr("Transcript segments; click one to play from it"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Speaker"), self.tr("Text")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.table.cellClicked.connect(lambda row, _col: self._clicked(row))
        self.table.itemActivated.connect(lambda item: self._clicked(item.row()))

    def load(self, recording_id: str) -> None:
        """Show `recording_id`'s latest transcript (or why there is none)."""
        self.recording_id = recording_id
        self._fill([])
        self.status.setText(self.tr("Loading the transcript…"))
        sessions, actor = self._services.sessions, self._services.actor

        def shown(result: TranscriptView | NotTranscribed) -> None:
            if result.recording_id == self.recording_id:
                self._show(result)

        def failed(error: BaseException) -> None:
            if recording_id == self.recording_id:
                text = self.tr("The transcript cannot be shown: %1")
                self.status.setText(text.replace("%1", error_text(error)))

        self._services.worker.submit(
            lambda: transcript_for_player(sessions, actor, recording_id), label="transcript pane"
        ).success(shown).failure(failed)

    def reason_text(self, reason: str) -> str:
        """Why there is no transcript, in words."""
        return {
            "recording": self.tr("the call is still being recorded"),
            "failed": self.tr("the recording has no complete caller and operator tracks"),
            "never": self.tr(
                "nobody has had this call transcribed yet: use Transcript… to make one"
            ),
        }.get(reason, self.tr("unknown"))

    def _show(self, result: TranscriptView | NotTranscribed) -> None:
        if isinstance(result, NotTranscribed):
            self._fill([])
            self.status.setText(
                self.tr("Not transcribed: %1").replace("%1", self.reason_text(result.reason))
            )
        else:
            self._fill(sorted(result.segments, key=lambda s: s.start_s))
            note = self.tr("Version %1, %2 segments").replace("%1", str(result.version))
            note = note.replace("%2", str(len(result.segments)))
            if result.masked:
                note += " " + self.tr("(the key phrase is hidden)")
            self.status.setText(note)
        self.loaded.emit(result)

    def _fill(self, segments: list[SpokenSegment]) -> None:
        self.segments = segments
        self._starts = [s.start_s for s in segments]
        self.current_row = -1
        self.table.setRowCount(len(segments))
        for row, seg in enumerate(segments):
            speaker = self.tr("Caller") if seg.speaker is Speaker.CALLER else self.tr("Operator")
            text = self.tr("[key phrase hidden]") if seg.text == MASK_TEXT else seg.text
            for col, value in enumerate((position_text(seg.start_s), speaker, text)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, int(seg.start_s * 1000))
                item.setToolTip(value)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

    def row_at(self, ms: int) -> int:
        """The segment playing at `ms`: the last one started by then (-1 before the first)."""
        return bisect.bisect_right(self._starts, ms / 1000) - 1

    def set_position(self, ms: int) -> None:
        """Mark the playing segment and keep it in view."""
        row = self.row_at(ms)
        if row == self.current_row:
            return
        self._mark(self.current_row, False)
        self.current_row = row
        self._mark(row, True)
        if row >= 0:
            item = self.table.item(row, 0)
            if item is not None:
                self.table.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)

    def _mark(self, row: int, on: bool) -> None:
        if not 0 <= row < self.table.rowCount():
            return
        for col in range(self.table.columnCount()):
            item = self.table.item(row, col)
            if item is None:
                continue
            item.setBackground(PLAYING if on else QBrush())
            item.setForeground(QBrush(QColor("#000000")) if on else QBrush())
            font = QFont(item.font())
            font.setBold(on)
            item.setFont(font)
        time_item = self.table.item(row, 0)
        if time_item is not None:
            base = position_text(self.segments[row].start_s)
            time_item.setText(MARK + base if on else base)

    def _clicked(self, row: int) -> None:
        if 0 <= row < len(self.segments):
            self.seek_requested.emit(int(self.segments[row].start_s * 1000))
