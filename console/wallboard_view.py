"""The supervisor's wallboard (issue 13): every seat's state and time in it, the calls in
progress with their duration and verification, open incidents and alerts waiting.

Pushed, not polled: on PostgreSQL a `db.live.DeskListener` thread hears every seat's
commits and asks for one refresh (coalesced: a burst of events is one query); on SQLite
(one seat) the window's own engine events do the same. Between refreshes a one-second
timer only re-renders the durations from the snapshot; it never touches the database.
States are written in words and with their time, never by colour alone.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.agent_state_bar import reason_text
from console.caller_display import format_duration, format_number
from console.fonts import WALLBOARD, follow_app_font
from console.history_view import verification_text
from console.tasks import error_text
from db.enums import AgentState

log = logging.getLogger(__name__)

COALESCE_MS = 250
"""Events of one call arrive in bursts (ringing, answered, recording): one refresh each."""
TICK_MS = 1000

_SHADES = {
    AgentState.READY: "#dff3e4",
    AgentState.NOT_READY: "#fbe9d6",
    AgentState.AFTER_CALL_WORK: "#dde8f7",
}
IN_CALL_SHADE = "#ece3f7"


def state_text(state: AgentState, reason: str, in_call: bool = False) -> str:
    """`in_call`: the seat is talking; the engine keeps it READY meanwhile (a second call
    gets busy), but "Ready" beside a call in progress misleads a supervisor (issue 13)."""
    if state is AgentState.READY and in_call:
        return QCoreApplication.translate("Wallboard", "In a call")
    if state is AgentState.READY:
        return QCoreApplication.translate("Wallboard", "Ready")
    if state is AgentState.AFTER_CALL_WORK:
        return QCoreApplication.translate("Wallboard", "After-call work")
    if reason:
        return QCoreApplication.translate("Wallboard", "Not ready: %1").replace(
            "%1", reason_text(reason)
        )
    return QCoreApplication.translate("Wallboard", "Not ready")


class WallboardView(QWidget):
    """Two tables and a line of counts; `refresh()` runs the query on the database worker.

    Signals:
        changed(): the desk changed somewhere (thread-safe: emitted by the listener thread,
            delivered on the GUI thread).
        refreshed(object): a new `desk.wallboard.Wallboard` is on screen.
    """

    changed = Signal()
    refreshed = Signal(object)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallboard")
        self._services = services
        self._board: Any = None
        self._listener: Any = None
        self._loading = False
        self._again = False
        self.counts = QLabel(self)
        self.counts.setObjectName("wallboardCounts")
        follow_app_font(self.counts, WALLBOARD, bold=True)
        # The counts wrap onto a second line rather than widen the window past the
        # screen when the desktop's font is large (issue 13).
        self.counts.setWordWrap(True)
        self.live = QLabel(self)
        self.live.setObjectName("wallboardLive")
        self.seats = self._table(
            "wallboardSeats",
            [self.tr("Seat"), self.tr("Operator"), self.tr("State"), self.tr("In state for")],
        )
        self.calls = self._table(
            "wallboardCalls",
            [self.tr("Seat"), self.tr("Number"), self.tr("Talking for"), self.tr("Verification")],
        )
        seats_title = QLabel(self.tr("Seats"), self)
        calls_title = QLabel(self.tr("Calls in progress"), self)
        for title in (seats_title, calls_title):
            title.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.live)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(seats_title)
        layout.addWidget(self.seats, 3)
        layout.addWidget(calls_title)
        layout.addWidget(self.calls, 2)
        self._layout = layout

        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self.refresh)
        self.changed.connect(self._coalesce.start)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._render)
        self._tick.start()
        self._start_listener()
        self.refresh()

    def add_call_actions(self, widget: QWidget) -> None:
        """Actions on the selected call (issue 13: console/listen_controls.py)."""
        widget.setParent(self)
        self._layout.addWidget(widget)

    def selected_call(self) -> Any:
        """The `desk.wallboard.LiveCall` selected in the calls table, or None."""
        row = self.calls.currentRow()
        if self._board is None or not 0 <= row < len(self._board.calls):
            return None
        return self._board.calls[row]

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    # ------------------------------------------------------------------ data

    def _start_listener(self) -> None:
        """LISTEN on PostgreSQL; a SQLite seat has only its own events (`changed`)."""
        from db.live import DeskListener, is_postgres

        bind = self._services.sessions.kw.get("bind")
        if not is_postgres(bind):
            self.live.setText(self.tr("This seat only (embedded database)"))
            return
        self.live.setText(self.tr("Connecting…"))

        def state(up: bool) -> None:
            self._listener_up = up
            self.changed.emit()  # catch up after a reconnect; also repaints the line

        self._listener_up = False
        self._listener = DeskListener(bind, lambda _topic: self.changed.emit(), state).start()

    def shutdown(self) -> None:
        """Stop the listener thread (the console is closing)."""
        self._tick.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def refresh(self) -> None:
        if self._loading:  # one query at a time; a change meanwhile asks for one more
            self._again = True
            return
        from desk.wallboard import wallboard

        self._loading = True
        sessions, actor = self._services.sessions, self._services.actor
        job = self._services.worker.submit(lambda: wallboard(sessions, actor), label="wallboard")
        job.success(self._loaded).failure(self._failed)

    def _loaded(self, board: Any) -> None:
        self._loading = False
        self._board = board
        self._render()
        self.refreshed.emit(board)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.counts.setText(
            self.tr("The wallboard could not be read: %1").replace("%1", error_text(exc))
        )

    # ------------------------------------------------------------------ render

    def _render(self) -> None:
        board = self._board
        if self._listener is not None:
            up = getattr(self, "_listener_up", False)
            self.live.setText(
                self.tr("Live: all seats") if up else self.tr("Reconnecting to the database…")
            )
        if board is None:
            return
        now = datetime.now(UTC)
        talking = sum(1 for c in board.calls if c.answer_at is not None)
        ringing = len(board.calls) - talking
        in_call = {c.seat for c in board.calls if c.answer_at is not None}
        ready = sum(1 for s in board.seats if s.state is AgentState.READY and s.seat not in in_call)
        self.counts.setText(
            self.tr("Ready %1 of %2 · talking %3 · ringing %4 · open incidents %5 · alerts %6")
            .replace("%1", str(ready))
            .replace("%2", str(len(board.seats)))
            .replace("%3", str(talking))
            .replace("%4", str(ringing))
            .replace("%5", str(board.open_incidents))
            .replace("%6", str(board.alerts_waiting))
        )
        self.seats.setRowCount(len(board.seats))
        for row, seat in enumerate(board.seats):
            since = format_duration((now - seat.since).total_seconds())
            talking_here = seat.seat in in_call
            state = state_text(seat.state, seat.reason, talking_here)
            cells = [seat.seat, seat.operator or "—", state, since]
            shade = IN_CALL_SHADE if talking_here else _SHADES.get(seat.state)
            self._fill(self.seats, row, cells, shade)
        self.calls.setRowCount(len(board.calls))
        for row, call in enumerate(board.calls):
            if call.answer_at is None:
                talk = self.tr("ringing %1").replace(
                    "%1", format_duration((now - call.ring_at).total_seconds())
                )
            else:
                talk = format_duration((now - call.answer_at).total_seconds())
            number = format_number(call.number) if call.number else self.tr("Number withheld")
            cells = [call.seat, number, talk, verification_text(call.verification)]
            self._fill(self.calls, row, cells, None)

    @staticmethod
    def _fill(table: QTableWidget, row: int, cells: list[str], shade: str | None) -> None:
        for column, text in enumerate(cells):
            item = table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                table.setItem(row, column, item)
            item.setText(text)
            item.setToolTip(text)
            if shade is not None:
                item.setBackground(QBrush(QColor(shade)))
                item.setForeground(QBrush(QColor("#1b1b1b")))
            else:
                item.setData(Qt.ItemDataRole.BackgroundRole, None)
