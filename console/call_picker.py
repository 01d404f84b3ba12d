"""Choose the call a complaint is about (KUTY-1.2) by its time, number and operator.

Nobody knows a call's UUID: the complaints register used to ask for one typed in. This
dialog finds calls with the recordings browser's own query (`recordings.search.browse_calls`,
which checks the actor's permission and audits a refusal), newest first, one page at a
time, and hands back the chosen `CallRow`; `call_words` is how a chosen call reads in the
form. Keyboard: Enter in the number field searches, Enter on a row picks it, Esc cancels.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.caller_display import desk_datetime, format_duration, format_number
from console.history_view import end_text
from console.paging import CursorPages
from console.tasks import error_text
from recordings.search import CallFilter, CallRow, Page, SortOrder, browse_calls

__all__ = ["PAGE_SIZE", "CallPickerDialog", "call_words", "number_prefix", "talk_seconds"]

PAGE_SIZE = 50
DEFAULT_DAYS = 90
"""The first search covers three months: complaints come within weeks of the call, and a
longer range is one date change away."""


def number_prefix(text: str) -> str | None:
    """What a person types, as the start of a stored E.164 number: "067 12" -> "+3806712"
    (a national 0… is Ukrainian: +38), "380 67" -> "+38067", "+380-67" -> "+38067"."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    if digits.startswith("0") and not text.strip().startswith("+"):
        return "+38" + digits
    return "+" + digits


def talk_seconds(row: CallRow) -> float | None:
    """How long the caller was talked to: answer to end; a missed call has none."""
    if row.answer_at is not None and row.end_at is not None:
        return max(0.0, (row.end_at - row.answer_at).total_seconds())
    return row.duration_s


def _status(row: CallRow) -> str:
    return end_text(row, row.end_reason) if (row.end_reason or row.end_at is None) else ""


def _operator(row: CallRow) -> str:
    return row.operator_name or QCoreApplication.translate("CallPickerDialog", "no operator")


def call_words(row: CallRow) -> str:
    """One line a person reads a call by: "01.12.2026 19:57, +380 50 123 4567, Олена Ш.,
    02:15, Operator hung up" (never its id)."""
    parts = [
        desk_datetime(row.ring_at),
        format_number(row.number),
        _operator(row),
        format_duration(talk_seconds(row)),
        _status(row),
    ]
    return ", ".join(p for p in parts if p)


class CallPickerDialog(QDialog):
    """Search calls and pick one; `picked` carries the `CallRow`.

    Signals:
        page_loaded(object): a `Page` is on screen (tests wait on it).
        picked(object): the chosen `recordings.search.CallRow`.
    """

    page_loaded = Signal(object)
    picked = Signal(object)

    COLUMNS = 5

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPicker")
        self.setWindowTitle(self.tr("Choose the call the complaint is about"))
        self._services = services
        self._pages = CursorPages()  # keyset paging (console/paging.py)
        self.rows: list[CallRow] = []
        self.chosen: CallRow | None = None
        tip = self.tr(
            "The call the complaint is about (KUTY-1.2): find it by number, dates or operator"
        )

        today = QDate.currentDate()
        self.number = QLineEdit(self)
        self.number.setObjectName("pickerNumber")
        self.number.setAccessibleName(self.tr("Caller number"))
        self.number.setPlaceholderText(self.tr("Number or its start, e.g. 067 123"))
        self.number.setToolTip(tip)
        # the hint is read whole, in every language (it was cut in Ukrainian)
        hint = self.number.fontMetrics().horizontalAdvance(self.number.placeholderText())
        self.number.setMinimumWidth(hint + 24)
        self.date_from = QDateEdit(today.addDays(-DEFAULT_DAYS), self)
        self.date_from.setObjectName("pickerFrom")
        self.date_from.setAccessibleName(self.tr("Calls from this date"))
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("pickerTo")
        self.date_to.setAccessibleName(self.tr("Calls up to this date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")  # the desk's dates, never ISO
            edit.setToolTip(tip)
        self.operator = QComboBox(self)
        self.operator.setObjectName("pickerOperator")
        self.operator.setAccessibleName(self.tr("Operator"))
        self.operator.setToolTip(tip)
        self.operator.addItem(self.tr("Any operator"), None)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setObjectName("pickerSearch")
        self.search_button.setAccessibleName(self.tr("Search calls"))
        self.search_button.setToolTip(self.tr("Find the calls (Enter in the number field)"))

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("pickerCalls")
        self.table.setAccessibleName(self.tr("Calls found, newest first"))
        self.table.setToolTip(self.tr("Enter or double click picks the call; Esc cancels"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Number"), self.tr("Operator"),
             self.tr("Duration"), self.tr("How it ended")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.itemDoubleClicked.connect(lambda _item: self.pick_current())

        self.message = QLabel(self)
        self.message.setObjectName("pickerMessage")
        self.message.setAccessibleName(self.tr("Search result"))
        self.message.setWordWrap(True)
        self.prev_button = QPushButton(self.tr("Newer"), self)
        self.prev_button.setObjectName("pickerNewer")
        self.prev_button.setAccessibleName(self.tr("Newer calls"))
        self.next_button = QPushButton(self.tr("Older"), self)
        self.next_button.setObjectName("pickerOlder")
        self.next_button.setAccessibleName(self.tr("Older calls"))
        self.pick_button = QPushButton(self.tr("Choose"), self)
        self.pick_button.setObjectName("pickerChoose")
        self.pick_button.setAccessibleName(self.tr("Choose the selected call"))
        self.pick_button.setToolTip(tip)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("pickerCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel choosing a call"))
        for button in (self.search_button, self.prev_button, self.next_button,
                       self.pick_button, self.cancel_button):  # fmt: skip
            # Enter means "search" in the number field and "pick" on a row, never
            # whichever button last had the focus.
            button.setAutoDefault(False)
            button.setDefault(False)

        filters = QHBoxLayout()
        for caption, field, stretch in (
            (self.tr("Number"), self.number, 2),
            (self.tr("From"), self.date_from, 0),
            (self.tr("To"), self.date_to, 0),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)  # a screen reader names the field by its caption
            filters.addWidget(label)
            filters.addWidget(field, stretch)
        filters.addWidget(self.operator, 1)
        filters.addWidget(self.search_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 460)

        self.number.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.next_button.clicked.connect(self.next_page)
        self.prev_button.clicked.connect(self.previous_page)
        self.pick_button.clicked.connect(self.pick_current)
        self.cancel_button.clicked.connect(self.reject)
        self._update_buttons()
        self.number.setFocus()
        self._load_operators()
        self.search()

    def _load_operators(self) -> None:
        from desk.dashboard import operator_names

        sessions = self._services.sessions

        def show(result: list[tuple[int, str]]) -> None:
            for op_id, name in result:
                self.operator.addItem(name, op_id)

        # Without names the filter offers "Any" only; the search reports a database that
        # is down in words, so nothing more here.
        self._services.worker.submit(lambda: operator_names(sessions), label="operators").success(
            show
        ).failure(lambda _error: None)

    def filters(self) -> CallFilter:
        """The form's criteria: whole local days; the number as the start of E.164."""

        def day(edit: QDateEdit, extra: int) -> datetime:
            q = edit.date()
            d = date(q.year(), q.month(), q.day())
            return datetime.combine(d + timedelta(days=extra), time()).astimezone()

        number = number_prefix(self.number.text())
        return CallFilter(
            date_from=day(self.date_from, 0),
            date_to=day(self.date_to, 1),
            operator_id=self.operator.currentData(),
            number=number,
            number_prefix=number is not None,
        )

    def search(self) -> None:
        """The first (newest) page for the current criteria."""
        if self.date_from.date() > self.date_to.date():
            self.message.setText(
                self.tr("The range ends before it starts: choose the dates again.")
            )
            return
        self._pages.first()
        self._load()

    def next_page(self) -> None:
        if self._pages.forward():
            self._load()

    def previous_page(self) -> None:
        if self._pages.back():
            self._load()

    def _load(self) -> None:
        sessions, actor = self._services.sessions, self._services.actor
        filters, cursor = self.filters(), self._pages.current
        self.search_button.setEnabled(False)
        self.message.setText(self.tr("Searching…"))
        self._services.worker.submit(
            lambda: browse_calls(sessions, actor, filters, SortOrder.NEWEST, cursor, PAGE_SIZE),
            label="pick a call",
        ).success(self._show).failure(self._failed)

    def _failed(self, error: BaseException) -> None:
        """Under the filters, in words (a refusal reads as one): change them and retry."""
        self.search_button.setEnabled(True)
        self.message.setText(self.tr("Search failed: %1").replace("%1", error_text(error)))

    def _show(self, page: Page) -> None:
        self.search_button.setEnabled(True)
        self.rows, self._pages.next = page.rows, page.next_cursor
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = [
                desk_datetime(row.ring_at),
                format_number(row.number),
                _operator(row),
                format_duration(talk_seconds(row)),
                _status(row),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if text:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        if self.rows:
            self.message.setText(
                self.tr("Page %1: %2 calls, newest first")
                .replace("%1", str(self._pages.number))
                .replace("%2", str(len(self.rows)))
            )
            self.table.selectRow(0)
            self.table.setFocus()  # Enter now picks the selected row
        else:
            self.message.setText(self.tr("No calls match: change the number or the dates."))
        self._update_buttons()
        self.page_loaded.emit(page)

    def _update_buttons(self) -> None:
        self.next_button.setEnabled(self._pages.has_next)
        self.prev_button.setEnabled(self._pages.has_previous)
        self.pick_button.setEnabled(bool(self.rows))

    def pick_current(self) -> None:
        """Hand back the selected row and close."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.message.setText(self.tr("Select a call in the list first."))
            return
        self.chosen = self.rows[row]
        self.picked.emit(self.chosen)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row picks it (the list is read-only; Enter has no other use there)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.pick_current()
            return True
        return super().eventFilter(watched, event)
