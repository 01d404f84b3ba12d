"""Register of complaints to the head administrator (KUTY-1.2).

Deadlines come from the Law of Ukraine "On Citizens' Appeals" (computed by
`incidents.complaints.response_deadline`); an unanswered complaint past its deadline is
highlighted red, because a missed statutory term is what the register exists to prevent.
Viewing needs VIEW_COMPLAINTS; adding, linking, answering (with the note of what was
answered) and moving a complaint along need MANAGE_COMPLAINTS, so those forms are hidden
for roles that would only get a PermissionDenied from the service.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.call_picker import CallPickerDialog, call_words
from console.caller_display import desk_date, desk_datetime, format_number
from db.models_incidents import ComplaintCategory, ComplaintStatus
from desk.roles import Permission, allowed
from recordings.search import CallRow

OVERDUE = QColor("#f8d0d0")


class ComplaintsView(QWidget):
    """The list (by deadline) and, for managers, the add / link-to-call form.

    Signals:
        changed(): the register was reloaded after a change.
    """

    changed = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsView")
        self._services = services
        self.rows: list[Any] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("complaintsTable")
        self.table.setAccessibleName(self.tr("Complaints register"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Complainant"), self.tr("Received"),
             self.tr("Due"), self.tr("Status"), self.tr("Calls")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The No. column numbers the complaints; Qt's own row numbers beside it only confuse.
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )  # the complainant's full name on one line

        self.form = QGroupBox(self.tr("New complaint (KUTY-1.2)"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("complainantName")
        self.name_edit.setAccessibleName(self.tr("Who"))
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("complainantContact")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("complaintText")
        self.text_edit.setAccessibleName(self.tr("Text"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(80)
        self.received_edit = QDateEdit(QDate.currentDate(), self)
        self.received_edit.setObjectName("complaintReceived")
        self.received_edit.setAccessibleName(self.tr("Received on"))
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd.MM.yyyy")  # the desk's dates, never "1 Dec"
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("complaintCategory")
        labels = {
            ComplaintCategory.SIMPLE: self.tr("No study needed (15 days)"),
            ComplaintCategory.NEEDS_STUDY: self.tr("Needs study (1 month)"),
            ComplaintCategory.EXTENDED: self.tr("Extended (45 days)"),
        }
        for category, label in labels.items():
            self.category_box.addItem(label, category.value)
        self.category_box.setCurrentIndex(1)
        # The call is chosen from a list and shown in words (issue 13): nobody knows a
        # call's id, and a mistyped one linked the complaint to nothing.
        self.call: CallRow | None = None
        self.call_line = QLineEdit(self)
        self.call_line.setObjectName("complaintCall")
        self.call_line.setReadOnly(True)
        self.call_line.setAccessibleName(self.tr("The call the complaint is about"))
        self.call_line.setPlaceholderText(self.tr("No call chosen (optional)"))
        self.call_line.setToolTip(
            self.tr("The call the complaint is about (KUTY-1.2), chosen with “Choose call…”")
        )
        self.choose_call_button = QPushButton(self.tr("Choose call…"), self)
        self.choose_call_button.setObjectName("chooseCallButton")
        self.choose_call_button.setAccessibleName(self.tr("Choose the call"))
        can_see = allowed(services.actor, Permission.PLAY_RECORDING)
        self.choose_call_button.setEnabled(can_see)
        self.choose_call_button.setToolTip(
            self.tr("Find the call by number, dates or operator (KUTY-1.2)")
            if can_see
            else self.tr(
                "Your role may not see the desk's calls (KUTY-1.2 complaints, KUTY-1.3 recordings)"
            )
        )
        self.clear_call_button = QPushButton(self.tr("Clear"), self)
        self.clear_call_button.setObjectName("clearCallButton")
        self.clear_call_button.setAccessibleName(self.tr("Clear the chosen call"))
        self.clear_call_button.setToolTip(self.tr("File the complaint without a call"))
        self.picker: CallPickerDialog | None = None
        self.add_button = QPushButton(self.tr("Register complaint"), self)
        self.add_button.setObjectName("addComplaintButton")
        self.add_button.setAccessibleName(self.tr("Register complaint"))
        self.add_button.setToolTip(
            self.tr("The response deadline follows the category (KUTY-1.2, Law on Appeals art. 20)")
        )
        self.link_button = QPushButton(self.tr("Link call to selected"), self)
        self.link_button.setObjectName("linkComplaintButton")
        self.link_button.setAccessibleName(
            self.tr("Link the chosen call to the selected complaint")
        )
        self.link_button.setToolTip(
            self.tr("Link the chosen call to the complaint selected above (KUTY-1.2)")
        )
        self.status_label = QLabel(self)
        self.status_label.setObjectName("complaintsStatus")
        form = QFormLayout(self.form)
        # Two short fields a line: the register, the answer box and this form fit a
        # 768 px screen with the desktop's font at 150 % (issue 13).
        form.addRow(self.tr("Who"), self._pair(self.name_edit, self.tr("Contact"),
                                               self.contact_edit))  # fmt: skip
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.tr("Received"), self._pair(self.received_edit, self.tr("Category"),
                                                    self.category_box))  # fmt: skip
        call_row = QHBoxLayout()
        call_row.addWidget(self.call_line, 1)
        call_row.addWidget(self.choose_call_button)
        call_row.addWidget(self.clear_call_button)
        form.addRow(self.tr("Call"), call_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.link_button)
        form.addRow(buttons)

        self.answer_box = QGroupBox(self.tr("Selected complaint"), self)
        self.answer_edit = QPlainTextEdit(self)
        self.answer_edit.setObjectName("complaintAnswer")
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMaximumHeight(70)
        self.answer_edit.setPlaceholderText(self.tr("What was answered (required)"))
        self.answer_edit.setAccessibleName(self.tr("Answer text"))
        self.answer_button = QPushButton(self.tr("Answer"), self)
        self.answer_button.setObjectName("answerComplaintButton")
        self.answer_button.setAccessibleName(self.tr("Answer"))
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("complaintStatusBox")
        self.status_box.setAccessibleName(self.tr("Status of the complaint"))
        self.status_box.addItem(self.tr("New"), ComplaintStatus.NEW.value)
        self.status_box.addItem(self.tr("In progress"), ComplaintStatus.IN_PROGRESS.value)
        self.status_button = QPushButton(self.tr("Set status"), self)
        self.status_button.setObjectName("complaintStatusButton")
        self.status_button.setAccessibleName(self.tr("Set status"))
        answer = QFormLayout(self.answer_box)
        answer.addRow(self.tr("Answer text"), self.answer_edit)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer_button)
        answer_row.addStretch(1)
        answer_row.addWidget(self.status_box)
        answer_row.addWidget(self.status_button)
        answer.addRow(answer_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.answer_box)
        layout.addWidget(self.form)
        layout.addWidget(self.status_label)
        manage = allowed(services.actor, Permission.MANAGE_COMPLAINTS)
        self.form.setVisible(manage)
        self.answer_box.setVisible(manage)
        self.answer_button.clicked.connect(self.answer_selected)
        self.status_button.clicked.connect(self.set_selected_status)
        self.add_button.clicked.connect(self.add_complaint)
        self.link_button.clicked.connect(self.link_selected)
        self.choose_call_button.clicked.connect(self.open_call_picker)
        self.clear_call_button.clicked.connect(lambda: self.set_call(None))
        self.set_call(None)
        self.refresh()

    def _pair(self, first: QWidget, label: str, second: QWidget) -> QHBoxLayout:
        """`first`, then `second` with its label (the label's buddy, for screen readers)."""
        second.setAccessibleName(label)
        caption = QLabel(label, self)
        caption.setBuddy(second)
        row = QHBoxLayout()
        row.addWidget(first, 1)
        row.addWidget(caption)
        row.addWidget(second, 1)
        return row

    def open_call_picker(self) -> CallPickerDialog:
        """The call list (non-blocking: the register stays live behind it)."""
        dialog = CallPickerDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.picked.connect(self.set_call)
        self.picker = dialog
        dialog.finished.connect(lambda _result: self._picker_closed(dialog))
        dialog.open()
        return dialog

    def _picker_closed(self, dialog: CallPickerDialog) -> None:
        if self.picker is dialog:  # not a newer one opened meanwhile
            self.picker = None

    def set_call(self, row: CallRow | None) -> None:
        """The chosen call, shown in words (time, number, operator, duration, ending)."""
        self.call = row
        self.call_line.setText(call_words(row) if row is not None else "")
        self.call_line.setCursorPosition(0)
        self.clear_call_button.setEnabled(row is not None)

    def refresh(self) -> None:
        from incidents.complaints import list_complaints

        sessions, actor = self._services.sessions, self._services.actor
        self._services.worker.submit(
            lambda: _with_calls(sessions, actor, list_complaints(sessions, actor)),
            label="list complaints",
        ).success(self._show)

    def _show(self, loaded: tuple[list[Any], dict[str, str]]) -> None:
        rows, call_labels = loaded
        self.rows = rows
        statuses = {"new": self.tr("New"), "in_progress": self.tr("In progress"),
                    "answered": self.tr("Answered")}  # fmt: skip
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            ids = sorted({call for call, _rec in c.links if call})
            # A person knows a call by its time and number, never by its UUID (issue 13).
            calls = ", ".join(call_labels.get(call, self.tr("a call")) for call in ids)
            cells = [str(c.id), c.complainant_name,
                     desk_date(c.received_at), desk_date(c.due_at),
                     statuses.get(c.status, c.status), calls]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if c.overdue:
                    item.setBackground(QBrush(OVERDUE))
                    item.setToolTip(self.tr("Overdue: the response deadline has passed"))
                self.table.setItem(r, col, item)
        self.changed.emit()

    def is_overdue_row(self, row: int) -> bool:
        """For tests and screen readers: the highlight means exactly `overdue`."""
        return bool(self.rows[row].overdue)

    def _selected_id(self) -> int | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def add_complaint(self) -> None:
        from incidents.complaints import add_complaint

        name, text = self.name_edit.text().strip(), self.text_edit.toPlainText().strip()
        if not name or not text:
            self.status_label.setText(self.tr("Who and the text are required."))
            return
        qd = self.received_edit.date()
        local = dt.datetime(qd.year(), qd.month(), qd.day(), 12, 0).astimezone()
        category = ComplaintCategory(self.category_box.currentData())
        contact = self.contact_edit.text().strip() or None
        call_id = self.call.call_id if self.call is not None else None
        sessions, actor = self._services.sessions, self._services.actor

        def job() -> int:
            return add_complaint(
                sessions, actor, complainant_name=name, text=text, received_at=local,
                category=category, complainant_contact=contact, about_call_id=call_id,
            )  # fmt: skip

        def done(complaint_id: int) -> None:
            for edit in (self.name_edit, self.contact_edit):
                edit.clear()
            self.set_call(None)
            self.text_edit.clear()
            self.status_label.setText(
                self.tr("Complaint %1 registered.").replace("%1", str(complaint_id))
            )
            self.refresh()

        self._services.worker.submit(job, label="add complaint").success(done)

    def link_selected(self) -> None:
        from incidents.complaints import link_complaint

        complaint_id = self._selected_id()
        if complaint_id is None or self.call is None:
            self.status_label.setText(self.tr("Select a complaint and choose a call."))
            return
        call_id = self.call.call_id
        sessions, actor = self._services.sessions, self._services.actor

        def done(_result: object) -> None:
            self.set_call(None)
            self.status_label.setText(
                self.tr("Call linked to complaint %1.").replace("%1", str(complaint_id))
            )
            self.refresh()

        self._services.worker.submit(
            lambda: link_complaint(sessions, actor, complaint_id, call_id=call_id),
            label="link complaint",
        ).success(done)

    def answer_selected(self) -> None:
        """Record the answer with its note; the register then shows it answered."""
        from incidents.complaints import answer_complaint

        complaint_id, note = self._selected_id(), self.answer_edit.toPlainText().strip()
        if complaint_id is None or not note:
            self.status_label.setText(self.tr("Select a complaint and write the answer."))
            return
        sessions, actor = self._services.sessions, self._services.actor

        def done(_result: object) -> None:
            self.answer_edit.clear()
            self.status_label.setText(
                self.tr("Complaint %1 answered.").replace("%1", str(complaint_id))
            )
            self.refresh()

        self._services.worker.submit(
            lambda: answer_complaint(sessions, actor, complaint_id, note), label="answer complaint"
        ).success(done)

    def set_selected_status(self) -> None:
        from incidents.complaints import set_complaint_status

        complaint_id = self._selected_id()
        if complaint_id is None:
            self.status_label.setText(self.tr("Select a complaint first."))
            return
        status = ComplaintStatus(self.status_box.currentData())
        sessions, actor = self._services.sessions, self._services.actor
        self._services.worker.submit(
            lambda: set_complaint_status(sessions, actor, complaint_id, status),
            label="complaint status",
        ).success(lambda _r: self.refresh())


def _with_calls(sessions: Any, actor: Any, rows: list[Any]) -> tuple[list[Any], dict[str, str]]:
    """The complaints and, for each call they name, "01.12.2026 19:57 +380 50 111 1111"
    (on the database worker, with the list)."""
    from incidents.complaints import linked_calls

    found = linked_calls(sessions, actor, (call for c in rows for call, _rec in c.links))
    return rows, {
        cid: f"{desk_datetime(ring)} {format_number(number)}"
        for cid, (ring, number) in found.items()
    }
