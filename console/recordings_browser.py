"""The "Записи" (recordings) screen of supervisors and the head administrator.

Filters map one to one onto `recordings.search.CallFilter`; queries go through
`browse_calls`, which checks the permission and audits a denial, and run on the database
worker. Paging uses the search's keyset cursor: "next" hands back `Page.next_cursor`,
"previous" pops a stack of the cursors that led to the pages already seen.

Which screens exist is decided by role in `install_recordings_screen`: operators and
admins never get the menu entry (and the service would refuse them anyway).

Issue 11: the wrap-up is searchable here (its topic, notes or registration number, the
policy's category) and so is how the call ended; the table shows them in the same words as
the operator's wrap-up pane and call history, never as stored ids.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.caller_display import format_duration, format_number, recording_text
from console.export_dialog import ExportDialog
from console.history_view import end_text, verification_text
from console.paging import CursorPages
from console.player import PlayerWidget
from console.services import ConsoleServices
from console.tasks import error_text
from console.transcript_editor import TranscriptEditor
from console.transcript_pane import TranscriptPane
from console.wrapup_fields import category_text, rule_text
from db.enums import EndReason
from db.models_incidents import IncidentKind
from desk.roles import Permission, Role, allowed
from recordings.playback import PlayPrep
from recordings.search import CallFilter, CallRow, Page, SortOrder, browse_calls

__all__ = ["RecordingsBrowser", "RecordingsWindow", "install_recordings_screen"]

PAGE_SIZE = 50
VERIFICATION_STATES = ("verified", "not_verified", "locked")
COLUMNS = 11
# Columns that stay narrow whatever their text (the rest share what is left); Topic
# stretches, and a cell too long for its column shows its whole text as a tooltip.
TOPIC_COLUMN = 9
TOPIC_MIN_WIDTH = 150  # the topic is what a supervisor scans for
WHOLE_COLUMNS = (0, 1)  # rang at, number
MIN_FIT_WIDTH = 72  # narrower, a date or a number is all ellipsis


def _tri(combo: QComboBox) -> bool | None:
    value = combo.currentData()
    return None if value is None else bool(value)


class RecordingsBrowser(QWidget):
    """Filter, sort and page calls; Enter or double-click plays the selected call.

    Signals:
        page_loaded(object): a `Page` is shown (tests wait on it).
        play_requested(str, str): recording id and a title for the player.
        transcript_requested(str, str): recording id and a title for the transcript editor.
    """

    page_loaded = Signal(object)
    play_requested = Signal(str, str)
    transcript_requested = Signal(str, str)

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingsBrowser")
        self._services = services
        self._pages = CursorPages()  # keyset paging (console/paging.py)
        self.rows: list[CallRow] = []
        self._wanted: str | None = None  # a recording to select when its page arrives

        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("From"), self)
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.use_to = QCheckBox(self.tr("To"), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.date_from.setAccessibleName(self.tr("Calls from this date"))
        self.date_to.setAccessibleName(self.tr("Calls up to this date"))
        self.operator = QComboBox(self)
        self.operator.setObjectName("operatorFilter")
        self.operator.setAccessibleName(self.tr("Operator"))
        self.operator.addItem(self.tr("Any operator"), None)
        self.number = QLineEdit(self)
        self.number.setObjectName("numberFilter")
        self.number.setPlaceholderText(self.tr("Caller number, e.g. +380671234567"))
        self.number_prefix = QCheckBox(self.tr("starts with"), self)
        self.verification = self._combo(
            "verificationFilter",
            self.tr("Any verification"),
            [
                (self.tr("Verified"), "verified"),
                (self.tr("Not verified"), "not_verified"),
                (self.tr("Locked"), "locked"),
            ],
        )
        self.incident = self._combo(
            "incidentFilter",
            self.tr("With or without incidents"),
            [(self.tr("Abuse"), IncidentKind.ABUSE), (self.tr("Threat"), IncidentKind.THREAT)],
        )
        self.held = self._combo(
            "heldFilter",
            self.tr("Held or not"),
            [(self.tr("On legal hold"), True), (self.tr("Not held"), False)],
        )
        self.complaint = self._combo(
            "complaintFilter",
            self.tr("With or without complaint"),
            [(self.tr("With complaint"), True), (self.tr("Without complaint"), False)],
        )
        self.wrap_text_label = QLabel(self.tr("Wrap-up: topic, notes or registration number"), self)
        self.wrap_text = QLineEdit(self)
        self.wrap_text.setObjectName("wrapUpTextFilter")
        self.wrap_text.setClearButtonEnabled(True)
        self.wrap_text.setMaxLength(200)  # a word or a number, never a pasted document
        self.wrap_text.setPlaceholderText(self.tr("A word, any case; Enter searches"))
        self.wrap_text_label.setBuddy(self.wrap_text)
        self.category = QComboBox(self)
        self.category.setObjectName("wrapUpCategoryFilter")
        self.category.setAccessibleName(self.tr("The wrap-up's category, as the operator chose it"))
        self.category.setToolTip(self.tr("The wrap-up's category, as the operator chose it"))
        self._fill_categories(services.policy)
        # Sized by a short name, not the longest ("KUTY-2.5 — Filing on the caller's
        # behalf" took the text field's room at 1366 px); the open list shows names in full.
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(18)
        self.category.view().setMinimumWidth(self.category.view().sizeHintForColumn(0) + 24)
        self.wrap_text.setMinimumWidth(220)
        self.end_reason = QComboBox(self)
        self.end_reason.setObjectName("endReasonFilter")
        self.end_reason.setAccessibleName(self.tr("How the call ended"))
        self.end_reason.setToolTip(self.tr("How the call ended"))
        self.end_reason.addItem(self.tr("Any ending"), None)
        for reason in EndReason:
            self.end_reason.addItem(end_text(None, reason), reason.value)
        # As the category: short when closed, whole names in the open list, so the row fits
        # beside the workspace navigation on 1366 px (issue 13).
        self.end_reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.end_reason.setMinimumContentsLength(14)
        self.end_reason.view().setMinimumWidth(self.end_reason.view().sizeHintForColumn(0) + 24)
        self.sort = QComboBox(self)
        self.sort.setObjectName("sortCombo")
        self.sort.setAccessibleName(self.tr("Order of the calls"))
        self.sort.addItem(self.tr("Newest first"), SortOrder.NEWEST)
        self.sort.addItem(self.tr("Oldest first"), SortOrder.OLDEST)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setObjectName("searchButton")
        self.prev_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setObjectName("nextPageButton")
        self.export_button = QPushButton(self.tr("Export selected…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setVisible(allowed(services.actor, Permission.EXPORT_RECORDING))
        self.transcript_button = QPushButton(self.tr("Transcript…"), self)
        self.transcript_button.setObjectName("transcriptButton")
        self.message = QLabel(self)
        self.message.setObjectName("browserMessage")

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setAccessibleName(self.tr("Calls found"))
        self.table.setObjectName("callsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rang at"),
                self.tr("Number"),
                self.tr("Operator"),
                self.tr("Verification"),
                self.tr("Duration"),
                self.tr("Incidents"),
                self.tr("Hold"),
                self.tr("Category"),
                self.tr("Reg. number"),
                self.tr("Topic"),
                self.tr("How it ended"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        for column in range(COLUMNS):  # a header narrowed to fit shows its whole name
            head = self.table.horizontalHeaderItem(column)
            if head is not None:
                head.setToolTip(head.text())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TOPIC_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)

        grid = QGridLayout()
        grid.addWidget(self.use_from, 0, 0)
        grid.addWidget(self.date_from, 0, 1)
        grid.addWidget(self.use_to, 0, 2)
        grid.addWidget(self.date_to, 0, 3)
        grid.addWidget(self.operator, 0, 4)
        grid.addWidget(self.sort, 0, 5)
        grid.addWidget(self.number, 1, 0, 1, 2)
        grid.addWidget(self.number_prefix, 1, 2)
        grid.addWidget(self.verification, 1, 3)
        grid.addWidget(self.incident, 1, 4)
        grid.addWidget(self.held, 1, 5)
        # The wrap-up row has its own line (its long label in the grid's first column would
        # push "From" away from its date) and ends with Search, right after the field a
        # supervisor fills last.
        wrap_row = QHBoxLayout()
        wrap_row.addWidget(self.wrap_text_label)
        wrap_row.addWidget(self.wrap_text, 3)
        wrap_row.addWidget(self.category, 2)
        wrap_row.addWidget(self.end_reason, 1)
        wrap_row.addWidget(self.complaint, 1)
        wrap_row.addWidget(self.search_button)
        paging = QHBoxLayout()
        paging.addWidget(self.message, 1)
        paging.addWidget(self.transcript_button)
        paging.addWidget(self.export_button)
        paging.addWidget(self.prev_button)
        paging.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(wrap_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)

        self.search_button.clicked.connect(self.search)
        self.number.returnPressed.connect(self.search)
        self.wrap_text.returnPressed.connect(self.search)
        self.next_button.clicked.connect(self.next_page)
        self.prev_button.clicked.connect(self.previous_page)
        self.export_button.clicked.connect(self.export_selected)
        self.transcript_button.clicked.connect(self.open_transcript)
        self.table.activated.connect(lambda index: self.play_row(index.row()))
        self._update_paging()
        self._load_operators()

    def _combo(self, name: str, any_text: str, choices: list[tuple[str, object]]) -> QComboBox:
        """A filter combo whose "no filter" entry names the filter: four combos reading just
        "Any" side by side left the supervisor guessing which was which."""
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(any_text)  # the entry that names the filter
        combo.addItem(any_text, None)
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def _fill_categories(self, policy: object) -> None:
        """The seat policy's categories as the wrap-up pane words them, in-scope first."""
        self.category.addItem(self.tr("Any category"), None)
        cats = tuple(getattr(policy, "categories", ()) or ())
        for category in cats:
            if category.in_scope:
                self.category.addItem(category_text(category.id), category.id)
        outside = [c for c in cats if not c.in_scope]
        if outside:
            self.category.insertSeparator(self.category.count())
        for category in outside:
            self.category.addItem(rule_text(category), category.id)

    def _load_operators(self) -> None:
        from desk.dashboard import operator_names

        sessions = self._services.sessions

        def job() -> list[tuple[int, str]]:
            return operator_names(sessions)

        def show(result: list[tuple[int, str]]) -> None:
            for op_id, name in result:
                self.operator.addItem(name, op_id)

        # Without names the filter offers "Any" only; searching still works, and the
        # search itself reports a database that is down, so no alert for this (it is logged).
        self._services.worker.submit(job, label="operators").success(show).failure(
            lambda _error: None
        )

    def filters(self) -> CallFilter:
        """The criteria as the form shows them; dates are whole local days."""

        def day(edit: QDateEdit, extra: int) -> datetime:
            q = edit.date()
            d = date(q.year(), q.month(), q.day())
            return datetime.combine(d + timedelta(days=extra), time()).astimezone()

        number = self.number.text().strip().replace(" ", "") or None
        return CallFilter(
            date_from=day(self.date_from, 0) if self.use_from.isChecked() else None,
            date_to=day(self.date_to, 1) if self.use_to.isChecked() else None,
            operator_id=self.operator.currentData(),
            number=number,
            number_prefix=self.number_prefix.isChecked(),
            verification_state=self.verification.currentData(),
            incident_kind=self.incident.currentData(),
            held=_tri(self.held),
            complaint=_tri(self.complaint),
            text=self.wrap_text.text().strip() or None,
            category=self.category.currentData(),
            end_reason=self.end_reason.currentData(),
        )

    def search(self) -> None:
        """First page for the current filters."""
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
        filters, sort, cursor = (
            self.filters(),
            SortOrder(self.sort.currentData()),
            self._pages.current,
        )
        self.search_button.setEnabled(False)
        self.message.setText(self.tr("Searching…"))

        self._services.worker.submit(
            lambda: browse_calls(sessions, actor, filters, sort, cursor, PAGE_SIZE),
            label="browse calls",
        ).success(self._show).failure(self._search_failed)

    def _search_failed(self, error: BaseException) -> None:
        """Under the filters: the supervisor can change them and search again."""
        self.search_button.setEnabled(True)
        self.message.setText(self.tr("Search failed: %1").replace("%1", error_text(error)))

    def _show(self, result: Page) -> None:
        self.search_button.setEnabled(True)
        self.rows = result.rows
        self._pages.next = result.next_cursor
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, value in enumerate(self._cells(row)):
                item = QTableWidgetItem(value)
                if value:
                    item.setToolTip(value)  # an elided cell is readable in full
                self.table.setItem(r, c, item)
        self._fit_columns()
        page_no = self._pages.number
        self.message.setText(
            self.tr("Page %1: %2 calls")
            .replace("%1", str(page_no))
            .replace("%2", str(len(self.rows)))
        )
        if self.rows:
            wanted = self._wanted
            if wanted is None or not self.select_recording(wanted):
                self.table.selectRow(0)
            self._wanted = None
            self.table.setFocus()
        self._update_paging()
        self.page_loaded.emit(result)

    def _cells(self, row: CallRow) -> list[str]:
        """One table row in words: the same wording as the wrap-up pane and call history."""
        kinds = {"abuse": self.tr("Abuse"), "threat": self.tr("Threat")}
        return [
            row.ring_at.astimezone().strftime("%d.%m.%Y %H:%M:%S"),
            format_number(row.number) if row.number else self.tr("Withheld"),
            row.operator_name or "",
            verification_text(row.verification_state),  # "—": never started, as in the history
            # An empty cell read as "zero seconds"; a call without a recording says so
            # (KUTY-1.1: every call is recorded, so a missing one must stand out).
            format_duration(row.duration_s) if row.recording_ids else recording_text(None),
            ", ".join(kinds.get(k, k) for k in row.incident_kinds),
            self.tr("held") if row.held else "",
            self._category(row),
            row.registration_number or "",
            row.topic or "",
            self._ending(row),
        ]

    def _category(self, row: CallRow) -> str:
        """The wrap-up's category in words; one the after-call-work limit cut short says so,
        since its fields may be half filled (or the category missing)."""
        name = category_text(row.category) if row.category else ""
        if row.wrap_up_status != "incomplete":
            return name
        if not name:
            return self.tr("Wrap-up incomplete")
        return self.tr("%1 (wrap-up incomplete)").replace("%1", name)

    @staticmethod
    def _ending(row: CallRow) -> str:
        """How the call ended; a finished call with no recorded reason (rows from before
        end reasons were kept) is left blank rather than called "In progress"."""
        if row.end_reason or row.incident_kinds or row.end_at is None:
            return end_text(row, row.end_reason)
        return ""

    def _fit_columns(self) -> None:
        """Columns as wide as their text, but none wider than an eighth of the table (an
        elided cell shows its whole text as a tooltip), so the eleven columns and the topic
        stay readable on a 1366-pixel-wide supervisor screen beside the workspaces."""
        width = self.table.viewport().width()
        limit = max(110, width // 8)
        wanted = {}
        for c in range(COLUMNS):
            if c != TOPIC_COLUMN:
                self.table.resizeColumnToContents(c)
                wanted[c] = self.table.columnWidth(c)
        # Ukrainian headers are longer ("Заборона видалення") and the workspace navigation
        # takes its share: lower the cap until the columns and the topic fit (issue 13),
        # rather than squeeze the topic to "Виві…" and push "How it ended" off-screen.
        # The time and the number identify the call: never cut (capped at the old limit).
        whole = {c: min(wanted.pop(c), limit) for c in WHOLE_COLUMNS}
        room = width - TOPIC_MIN_WIDTH - sum(whole.values())
        while limit > MIN_FIT_WIDTH and sum(min(w, limit) for w in wanted.values()) > room:
            limit -= 4
        for c, w in {**wanted, **{c: w for c, w in whole.items()}}.items():
            self.table.setColumnWidth(c, w if c in whole else min(w, limit))

    def _update_paging(self) -> None:
        self.next_button.setEnabled(self._pages.has_next)
        self.prev_button.setEnabled(self._pages.has_previous)

    def play_row(self, index: int) -> None:
        """Ask the player for the row's first recording (a call has at most one)."""
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        if not row.recording_ids:
            self.message.setText(self.tr("This call has no recording."))
            return
        self.play_requested.emit(row.recording_ids[0], _title(row))

    def open_transcript(self) -> None:
        """Ask for the transcript editor of the current row's recording."""
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows) or not self.rows[index].recording_ids:
            self.message.setText(self.tr("This call has no recording."))
            return
        row = self.rows[index]
        self.transcript_requested.emit(row.recording_ids[0], _title(row))

    def select_recording(self, recording_id: str) -> bool:
        """Select the row of the call with `recording_id`, or none when it is not on this
        page (so the table never shows another call as the one playing)."""
        for r, row in enumerate(self.rows):
            if recording_id in row.recording_ids:
                self.table.selectRow(r)
                return True
        self._wanted = recording_id  # the first page may still be on its way
        self.table.clearSelection()
        return False

    def selected_recording_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [rid for r in rows if r < len(self.rows) for rid in self.rows[r].recording_ids]

    def export_selected(self) -> ExportDialog | None:
        """Open the export dialog for the selected calls' recordings."""
        ids = self.selected_recording_ids()
        if not ids:
            self.message.setText(self.tr("Select the calls to export first."))
            return None
        dialog = ExportDialog(self._services, ids, self)
        dialog.open()
        return dialog


def _fit_screen(size: QSize) -> QSize:
    """The window never opens larger than the screen's free area (1366x768 with a task
    bar is the smallest supervisor screen)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return size
    free = screen.availableGeometry().size()
    return QSize(min(size.width(), free.width()), min(size.height(), free.height()))


def _title(row: CallRow) -> str:
    return f"{row.number or ''}  {row.ring_at.astimezone():%d.%m.%Y %H:%M}"


class RecordingsWindow(QMainWindow):
    """Browser over player; the head administrator also gets the request register."""

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingsWindow")
        self.setWindowTitle(self.tr("Recordings"))
        self.browser = RecordingsBrowser(services, self)
        self._services = services
        self.player = PlayerWidget(services, self)
        # The transcript beside the player, following it (issue 13).
        self.transcript = TranscriptPane(services, self)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.setObjectName("playerSplitter")
        bottom.addWidget(self.player)
        bottom.addWidget(self.transcript)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        # Room for the segments' words beside the player's controls on a 1366 px screen.
        self.transcript.setMinimumWidth(360)
        bottom.setSizes([680, 520])
        bottom.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.browser)
        split.addWidget(bottom)
        # Space and the arrows work from the results table as well as from the player.
        self.player.bind_keys(split)
        # The results get the room (a 1366x768 screen showed 9 of 50 rows); the player
        # keeps its natural height and the splitter still moves.
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(split, self.tr("Calls"))
        self.requests = None
        if allowed(services.actor, Permission.MANAGE_REQUESTS):
            from console.requests_view import RequestsView

            self.requests = RequestsView(services, self)
            self.tabs.addTab(self.requests, self.tr("Requests (KUTY-1.3)"))
        self.setCentralWidget(self.tabs)
        self.browser.play_requested.connect(self.player.open_recording)
        self.player.play_started.connect(self._on_play_started)
        self.player.playback.position_changed.connect(self.transcript.set_position)
        self.transcript.seek_requested.connect(self._seek_from_transcript)
        self.browser.transcript_requested.connect(self.open_transcript)
        self.editors: dict[str, TranscriptEditor] = {}
        self.resize(_fit_screen(QSize(1340, 720)))

    def _on_play_started(self, prep: PlayPrep) -> None:
        if prep.recording_id != self.transcript.recording_id:
            self.transcript.load(prep.recording_id)

    def _seek_from_transcript(self, ms: int) -> None:
        rec_id = self.transcript.recording_id
        if rec_id is not None:
            self.player.play_at(rec_id, ms)

    def open_call_at(self, recording_id: str, ms: int, title: str) -> None:
        """ "Play at 01:23" from an incident or a notice: the Calls tab, a new audited play."""
        self.tabs.setCurrentIndex(0)
        self.browser.select_recording(recording_id)
        self.player.open_at(recording_id, ms, title)

    def open_transcript(self, recording_id: str, title: str) -> TranscriptEditor:
        """One editor window per recording, playing through this window's player."""
        editor = self.editors.get(recording_id)
        if editor is None:
            editor = TranscriptEditor(self._services, recording_id, self.player, title, self)
            self.editors[recording_id] = editor
            editor.destroyed.connect(lambda: self.editors.pop(recording_id, None))
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        editor.activateWindow()
        return editor

    def closeEvent(self, event: QCloseEvent) -> None:
        self.player.playback.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop playback and remove played copies (the console is closing)."""
        for editor in list(self.editors.values()):
            editor.shutdown()
        self.player.shutdown()
        if self.requests is not None:
            self.requests.shutdown()


def install_recordings_screen(window: QMainWindow, services: ConsoleServices) -> QAction | None:
    """The Recordings workspace (and its menu entry) for supervisors and head administrators.

    The screen is built the first time it is opened (its first search reads the database),
    inside the main window's workspace page (issue 13) when the window has workspaces, else
    as a window of its own.
    """
    actor = services.actor
    if actor.role not in (Role.SUPERVISOR, Role.HEAD_ADMIN):
        return None
    if not allowed(actor, Permission.PLAY_RECORDING):
        return None
    holder: list[RecordingsWindow] = []
    inner: QWidget | None = None
    add_workspace = getattr(window, "add_workspace", None)
    if callable(add_workspace):
        inner = QWidget(window)
        inner.setObjectName("recordingsPage")
        QVBoxLayout(inner).setContentsMargins(0, 0, 0, 0)

    def close_screen() -> None:
        for screen in holder:
            try:
                screen.shutdown()
                screen.close()
            except RuntimeError:  # already deleted by Qt at exit
                pass

    def build() -> RecordingsWindow:
        if not holder:
            screen = RecordingsWindow(services, inner)
            if inner is not None:
                screen.setWindowFlags(Qt.WindowType.Widget)  # a page, not a window
                layout = inner.layout()
                assert layout is not None
                layout.addWidget(screen)
            holder.append(screen)
        screen = holder[0]
        screen.show()
        if not screen.browser.rows and screen.browser.search_button.isEnabled():
            screen.browser.search()  # once: opening by menu and by workspace both land here
        return screen

    def open_screen() -> None:
        build()
        if inner is not None:
            window.show_workspace("recordings")  # type: ignore[attr-defined]

    def open_call_at(recording_id: str, ms: int, title: str) -> None:
        open_screen()
        holder[0].open_call_at(recording_id, ms, title)

    # "Play at 01:23" in the incident list and "Open the call" in a notice (issue 13).
    view = getattr(window, "incidents_view", None)
    if view is not None and hasattr(view, "play_requested"):
        view.play_requested.connect(open_call_at)
    queue = getattr(getattr(window, "incidents", None), "queue", None)
    if queue is not None and hasattr(queue, "open_call_requested"):
        queue.open_call_requested.connect(open_call_at)

    if inner is not None and callable(add_workspace):
        from console.layout_memory import scrolling

        # Scrolls rather than widening the window past a 1366 px screen (issue 13).
        page = scrolling(inner, "recordingsScroll", window)
        add_workspace(
            "recordings",
            QCoreApplication.translate("RecordingsScreen", "Recordings"),
            QCoreApplication.translate(
                "RecordingsScreen", "Find, play and export recordings; requests (KUTY-1.3)"
            ),
            page,
        )
        window.workspaces.changed.connect(  # type: ignore[attr-defined]
            lambda key: build() if key == "recordings" else None
        )
    menu = window.menuBar().addMenu(QCoreApplication.translate("RecordingsScreen", "&Recordings"))
    text = QCoreApplication.translate("RecordingsScreen", "Browse and play recordings…")
    action = QAction(text, window)
    action.setObjectName("recordingsAction")
    action.triggered.connect(open_screen)
    menu.addAction(action)
    window.destroyed.connect(close_screen)
    window.recordings_screen = holder  # type: ignore[attr-defined]  # tests reach the window
    return action
