"""The written workspace (issue 12): the queue of written cases, the thread, the composer.

Laid out as help-desk agents know it (Zendesk, Freshdesk): on the left the queue in order
of arrival (KZP-30-9, CSC-2.4; never re-sorted by deadline), each row with its channel,
writer, subject, registration number, status in words and the answer countdown from the
seat's policy ("12:40 left" turning into "overdue": words, not colour alone); on the right
the thread of the selected case (bodies re-parsed from the stored raw bytes, HTML already
rendered to text by `incidents.mail_html`; this widget never loads a resource, so no
remote content is ever fetched), its attachments (type and size; saved on request into a
folder, never opened), and the composer with the policy's templates.

Before a reply leaves, `desk.policy_rules.credential_warning` is asked (KZP-30-11: never
ask for a password or login data); a warning needs a confirmation. Abuse and threat
(KUTY-3.3/3.4) are one action each on the thread: the correspondence stops, the incident
is filed (with the police package for a threat) and, where the policy allows blocking and
the user may manage the blocklist, the writer's address is blocked.

Every database or network step runs on the services worker (`console.tasks`), never on
the GUI thread. Keys: next case Ctrl+N, reply Ctrl+R, send Ctrl+Enter (in the tooltips).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.caller_display import (
    desk_datetime,
    end_reason_text,
    format_duration,
    format_number,
)
from console.case_controls import CasePolicyBar, CaseWrapUpDialog
from console.tasks import error_text
from console.wrapup_fields import category_text
from db.models_incidents import IncidentKind
from db.models_written import CaseChannel, CaseStatus, MessageDirection
from desk.errors import UserFacingError
from desk.roles import Permission, allowed

NEXT_CASE_KEY = "Ctrl+N"
REPLY_KEY = "Ctrl+R"
SEND_KEY = "Ctrl+Return"
QUEUE_REFRESH_MS = 30_000
COUNTDOWN_MS = 15_000
WRITTEN_CHANNELS = ("email", "chat")

COLUMNS = ("arrived", "channel", "from", "subject", "number", "status", "due")
CASE_PANE_MIN = 560
"""The thread pane's least width; the two stop buttons go one above the other when side
by side they would need more (Ukrainian texts, a large desktop font: issue 13)."""
COMPOSE_PANE_MIN = 460


class _Pane(QWidget):
    """A splitter pane at least `floor` px wide and never narrower than its layout needs.

    A `setMinimumWidth` computed once went stale when a button's text grew later ("Join
    call +380…"), and the splitter then cut the button's text (issue 13).
    """

    def __init__(self, floor: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._floor = floor

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(self._floor, hint.width()), hint.height())


def _key_name(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _hhmm(delta: dt.timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class _SafeBrowser(QTextBrowser):
    """A thread view that never loads anything: no images, no style sheets, no links
    followed (a hostile mail must not learn that it was read)."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


class ReplyEdit(QPlainTextEdit):
    """The composer: Ctrl+Enter sends (taken before any window shortcut, so the call
    card's Ctrl+Enter "answer" never fires from inside a reply being written).

    Signals:
        send_requested(): Ctrl+Enter was pressed in the editor.
    """

    send_requested = Signal()

    def _is_send(self, event: QKeyEvent) -> bool:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        return ctrl and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )

    def event(self, event: QEvent) -> bool:
        is_override = event.type() == QEvent.Type.ShortcutOverride
        if is_override and isinstance(event, QKeyEvent) and self._is_send(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_send(event):
            self.send_requested.emit()
            return
        super().keyPressEvent(event)


class WrittenView(QWidget):
    """The written workspace: queue, thread, composer and the case's actions.

    Signals:
        loaded(): the queue was (re)loaded and shown.
        thread_shown(int): the thread of this case id is on screen.
        sent(int): a reply on this case left (case id).
        filed(int, int): an incident was filed (incident id, case id).
        count_changed(int): cases nobody has answered yet (for the navigation).
    """

    loaded = Signal()
    thread_shown = Signal(int)
    sent = Signal(int)
    filed = Signal(int, int)
    count_changed = Signal(int)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writtenView")
        self._services = services
        self.policy = services.policy
        self.rows: list[Any] = []  # desk.cases.CaseRow, in queue order
        self.thread: Any = None  # incidents.case_mail.CaseThread on screen
        self._wanted: int | None = None  # case id to select after the next load
        self._busy = False  # a send is on its way: no second one
        self._stale = False  # the thread on screen is older than the last change
        self.confirm_box: QMessageBox | None = None
        self.close_dialog: CaseWrapUpDialog | None = None
        self.call: tuple[str, str] | None = None  # (call id, number) of this seat's last call
        self._numbers: dict[str, str] = {}
        self.folder_dialog: QFileDialog | None = None

        title = QLabel(self.tr("Written contacts in order of arrival"), self)
        title.setStyleSheet("font-weight: bold;")
        title.setToolTip(self.tr("First come, first answered (KZP-30-9, CSC-2.4)"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("writtenRefresh")
        self.next_button = QPushButton(self.tr("Next case"), self)
        self.next_button.setObjectName("writtenNext")
        self.next_button.setToolTip(
            self.tr("Open the next case in the queue (%1)").replace("%1", _key_name(NEXT_CASE_KEY))
        )
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("writtenQueue")
        self.table.setAccessibleName(self.tr("Written cases in order of arrival"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Arrived"),
                self.tr("Channel"),
                self.tr("From"),
                self.tr("Subject"),
                self.tr("No."),
                self.tr("Status"),
                self.tr("Answer due"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("from"), QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COLUMNS.index("from"), 150)
        self.empty_label = QLabel(self.tr("No written contacts are waiting."), self)
        self.empty_label.setObjectName("writtenEmpty")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.next_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)

        # ---- right: the case, its thread, attachments, composer, actions
        self.case_label = QLabel(self.tr("Select a case in the list above."), self)
        self.case_label.setObjectName("writtenCaseTitle")
        self.case_label.setWordWrap(True)
        self.case_label.setStyleSheet("font-weight: bold;")
        self.take_button = QPushButton(self.tr("Take case"), self)
        self.take_button.setObjectName("writtenTake")
        self.take_button.setToolTip(
            self.tr("Handle this case yourself; its answer time runs from now (CSC-2.4)")
        )
        self.join_button = QPushButton(self.tr("Join the call"), self)
        self.join_button.setObjectName("writtenJoinCall")
        self.join_button.setToolTip(
            self.tr("Join this seat's last call to this case, when it is the same person")
        )
        self.policy_bar = CasePolicyBar(services, self)
        self.policy_bar.setObjectName("writtenPolicyBar")
        self.thread_view = _SafeBrowser(self)
        self.thread_view.setObjectName("writtenThread")
        self.thread_view.setAccessibleName(self.tr("Messages and internal notes of the case"))
        self.thread_view.setOpenLinks(False)
        self.thread_view.setOpenExternalLinks(False)
        self.thread_view.setReadOnly(True)
        self.attachments = QListWidget(self)
        self.attachments.setObjectName("writtenAttachments")
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setMaximumHeight(70)
        self.save_button = QPushButton(self.tr("Save attachment…"), self)
        self.save_button.setObjectName("writtenSaveAttachment")
        self.save_button.setToolTip(
            self.tr("Save the selected attachment into a folder; the console never opens it")
        )
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("writtenTemplates")
        self.template_box.setToolTip(self.tr("Insert a reply template of the desk's policy"))
        self.template_box.setAccessibleName(self.tr("Reply templates"))
        self.template_box.addItem(self.tr("Insert a template…"), None)
        for template in self.policy.templates:
            self.template_box.addItem(template.title, template.id)
            index = self.template_box.count() - 1
            self.template_box.setItemData(
                index, f"{template.text[:300]} ({', '.join(template.rules)})",
                Qt.ItemDataRole.ToolTipRole,
            )  # fmt: skip
        self.template_box.setEnabled(bool(self.policy.templates))
        self.verify_label = QLabel(self)
        self.verify_label.setObjectName("writtenVerifyWarning")
        self.verify_label.setWordWrap(True)
        self.verify_label.setStyleSheet("background: #fff1c2; padding: 3px;")
        self.verify_label.setText(
            self.tr(
                "⚠ Not verified (KUTY-2.2): general help only — nothing from the profile or "
                "the applications. For details, ask them to call from the profile's number."
            )
        )
        self.verify_label.hide()
        self.reply_edit = ReplyEdit(self)
        self.reply_edit.setObjectName("writtenReply")
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.setPlaceholderText(self.tr("Your reply to the writer"))
        self.reply_edit.setAccessibleName(self.tr("Reply"))
        self.reply_edit.setMinimumHeight(70)
        self.reply_edit.setToolTip(
            self.tr("Write the reply here (%1); send it with %2")
            .replace("%1", _key_name(REPLY_KEY))
            .replace("%2", _key_name(SEND_KEY))
        )
        self.send_button = QPushButton(self.tr("Send reply"), self)
        self.send_button.setObjectName("writtenSend")
        self.send_button.setToolTip(
            self.tr("Send the reply by e-mail; it is kept with its hash (KUTY-1.1) (%1)").replace(
                "%1", _key_name(SEND_KEY)
            )
        )
        self.send_button.setStyleSheet("QPushButton:enabled { font-weight: bold; }")
        self.note_button = QPushButton(self.tr("Save as internal note"), self)
        self.note_button.setObjectName("writtenNote")
        self.note_button.setToolTip(
            self.tr("Keep the text as a note for the desk; it is never sent to the writer")
        )
        self.waiting_button = QPushButton(self.tr("Waiting for the writer"), self)
        self.waiting_button.setObjectName("writtenWaiting")
        self.waiting_button.setToolTip(
            self.tr("The case waits for the writer's answer (EEP-15 closes it after 8 h)")
        )
        self.defer_button = QPushButton(self.tr("Defer"), self)
        self.defer_button.setObjectName("writtenDefer")
        self.defer_button.setToolTip(
            self.tr("A complex question asked on weekend duty waits for Monday (CSC-2.3)")
        )
        self.close_button = QPushButton(self.tr("Close case…"), self)
        self.close_button.setObjectName("writtenClose")
        self.close_button.setToolTip(
            self.tr("Close the case with its wrap-up: category, topic, notes and the reason")
        )
        self.abuse_button = QPushButton(self.tr("Abuse — stop + report"), self)
        self.abuse_button.setObjectName("writtenAbuse")
        self.abuse_button.setToolTip(
            self.tr("Stop the correspondence and report to management (KUTY-3.3)")
        )
        self.threat_button = QPushButton(self.tr("Threat — stop + report + police"), self)
        self.threat_button.setObjectName("writtenThreat")
        self.threat_button.setToolTip(
            self.tr(
                "Stop the correspondence, report to management and the police with the "
                "message and all its headers (KUTY-3.4)"
            )
        )
        for button, colour in ((self.abuse_button, "#c00000"), (self.threat_button, "#6b0000")):
            button.setStyleSheet(
                f"QPushButton:enabled {{ background: {colour}; color: white; font-weight: bold; }}"
            )
        self.status_label = QLabel(self)
        self.status_label.setObjectName("writtenStatus")
        self.status_label.setWordWrap(True)

        # Queue across the top (every column readable at 1366 px), the case below it: the
        # thread on the left, the composer and the case's actions on the right.
        case_panel = _Pane(CASE_PANE_MIN, self)
        case_layout = QVBoxLayout(case_panel)
        case_layout.setContentsMargins(0, 0, 0, 0)
        # The case's title on a line of its own (a long subject is read whole), its two
        # buttons below: beside "Join call +380…" it left no room at a large font (issue 13).
        case_layout.addWidget(self.case_label)
        head = QHBoxLayout()
        head.addStretch(1)
        head.addWidget(self.join_button)
        head.addWidget(self.take_button)
        case_layout.addLayout(head)
        case_layout.addWidget(self.policy_bar)
        case_layout.addWidget(self.thread_view, 1)
        files = QHBoxLayout()
        files.addWidget(self.attachments, 1)
        files.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        case_layout.addLayout(files)
        danger = QHBoxLayout()  # on the thread: they act on the writer's messages
        danger.addWidget(self.abuse_button)
        danger.addWidget(self.threat_button)
        wide = self.abuse_button.sizeHint().width() + self.threat_button.sizeHint().width()
        if wide + danger.spacing() > CASE_PANE_MIN:
            danger.setDirection(QBoxLayout.Direction.TopToBottom)
        case_layout.addLayout(danger)
        compose_panel = _Pane(COMPOSE_PANE_MIN, self)
        compose_layout = QVBoxLayout(compose_panel)
        compose_layout.setContentsMargins(0, 0, 0, 0)
        compose_layout.addWidget(self.verify_label)
        compose_layout.addWidget(self.reply_edit, 1)
        # The templates on a line of their own: beside the two buttons they made the pane
        # wider than a 1366 px screen leaves it when the desktop's font is large (issue 13).
        compose_layout.addWidget(self.template_box)
        compose_row = QHBoxLayout()
        compose_row.addStretch(1)
        compose_row.addWidget(self.note_button)
        compose_row.addWidget(self.send_button)
        compose_layout.addLayout(compose_row)
        state_row = QHBoxLayout()
        state_row.addWidget(self.waiting_button)
        state_row.addWidget(self.defer_button)
        state_row.addStretch(1)
        state_row.addWidget(self.close_button)
        compose_layout.addLayout(state_row)
        compose_layout.addWidget(self.status_label)

        self.case_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.case_splitter.setObjectName("writtenCaseSplitter")
        self.case_splitter.setChildrenCollapsible(False)
        self.case_splitter.addWidget(case_panel)
        self.case_splitter.addWidget(compose_panel)
        self.case_splitter.setStretchFactor(0, 3)
        self.case_splitter.setStretchFactor(1, 2)
        # Both panes are at least what their buttons need in the UI's language (Kazakh is
        # long), also after a button's text grows ("Join call +380…"): see `_Pane`.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("writtenSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.case_splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        left.setMinimumHeight(180)  # five cases in view at 768 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.refresh_button.clicked.connect(self._refresh_all)
        self.next_button.clicked.connect(self.next_case)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.take_button.clicked.connect(self.take)
        self.join_button.clicked.connect(self.join_call)
        self.save_button.clicked.connect(self.choose_folder)
        self.template_box.activated.connect(self._insert_template)
        self.send_button.clicked.connect(self.send)
        self.reply_edit.send_requested.connect(self.send)
        self.reply_edit.textChanged.connect(self._update_buttons)
        self.note_button.clicked.connect(self.add_note)
        self.waiting_button.clicked.connect(self.set_waiting)
        self.defer_button.clicked.connect(self.defer)
        self.close_button.clicked.connect(self.close_case)
        self.policy_bar.changed.connect(lambda case_id, text: self._after(text, case_id))
        self.policy_bar.reply_text.connect(self._put_in_reply)
        self.policy_bar.failed.connect(self._show_failure)
        self.attachments.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.abuse_button.clicked.connect(lambda: self.report(IncidentKind.ABUSE))
        self.threat_button.clicked.connect(lambda: self.report(IncidentKind.THREAT))
        for key, slot in ((NEXT_CASE_KEY, self.next_case), (REPLY_KEY, self.focus_reply)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_MS)
        self._countdown.timeout.connect(self._relabel_due)
        self._countdown.start()
        self._reload = QTimer(self)
        self._reload.setInterval(QUEUE_REFRESH_MS)
        self._reload.timeout.connect(lambda: self.refresh())
        self._reload.start()
        self._update_buttons()
        self.refresh()

    # ------------------------------------------------------------------ words

    def status_text(self, status: CaseStatus | str) -> str:
        texts = {
            CaseStatus.NEW: self.tr("New"),
            CaseStatus.OPEN: self.tr("Open"),
            CaseStatus.WAITING: self.tr("Waiting for the writer"),
            CaseStatus.DEFERRED: self.tr("Deferred"),
            CaseStatus.CLOSED: self.tr("Closed"),
        }
        return texts.get(CaseStatus(status), self.tr("Unknown"))

    def channel_text(self, channel: CaseChannel | str) -> str:
        texts = {
            CaseChannel.EMAIL: self.tr("E-mail"),
            CaseChannel.CHAT: self.tr("Chat"),
            CaseChannel.VOICE: self.tr("Call"),
        }
        return texts.get(CaseChannel(channel), self.tr("Unknown"))

    def message_status_text(self, status: str | None) -> str:
        texts = {
            "new": self.tr("not answered yet"),
            "answered": self.tr("answered"),
            "queued": self.tr("being sent"),
            "sent": self.tr("sent"),
            "failed": self.tr("NOT SENT"),
            "refused": self.tr("over the size limit, only its beginning is kept"),
        }
        return texts.get(status or "", "")

    def due_text(self, row: Any, now: dt.datetime | None = None) -> tuple[str, bool]:
        """The countdown cell: ("12:40 left" | "overdue" | …, overdue?)."""
        now = now or _now()
        if row.status == CaseStatus.DEFERRED and row.deferred_until is not None:
            return self.tr("deferred to %1").replace("%1", desk_datetime(row.deferred_until)), False
        if row.status == CaseStatus.WAITING and row.close_due is not None:
            left = row.close_due - now
            if left.total_seconds() <= 0:
                return self.tr("closes now (no answer)"), True
            return self.tr("closes in %1").replace("%1", _hhmm(left)), False
        if row.answer_due is None:
            return "—", False
        left = row.answer_due - now
        if left.total_seconds() <= 0:
            return self.tr("overdue"), True
        return self.tr("%1 left").replace("%1", _hhmm(left)), False

    def policy_text(self, msgid: str) -> str:
        """A rule's English message (`desk.policy_rules`) in the user's language."""
        credential = (
            "This reply asks the writer for a password or login data, which the regulation "
            "forbids (KZP-30-11): remove that request before sending."
        )
        known = {
            credential: self.tr(
                "This reply asks the writer for a password or login data, which the "
                "regulation forbids (KZP-30-11): remove that request before sending."
            ),
        }
        return known.get(msgid) or QCoreApplication.translate("PolicyRules", msgid)

    def failure_text(self, error: BaseException) -> str:
        """The user's words for what went wrong; never the service's English."""
        if isinstance(error, UserFacingError):
            code = getattr(error, "code", "")
            message = getattr(error, "message", "")
            if code == "case_stopped":
                return self.tr("The correspondence is stopped (KUTY-3.3/3.4): no reply is sent.")
            if code == "case_close_reason":
                return self.tr("Type the reason for closing first.")
            if code == "case_category":
                return self.tr("Choose one of the policy's categories.")
            if code == "case_sla_level":
                return self.tr("The policy has no such service level (EEP-3).")
            if code == "case_identification":
                return self.tr("The policy asks writers for no self-identification (EEP-11).")
            if code == "case_not_deferrable":
                return self.tr("Nothing to defer now: answer the question (CSC-2.3).")
            if message.startswith("the reply is empty"):
                return self.tr("The reply is empty.")
            if message.startswith("no SMTP relay configured"):
                return self.tr(
                    "No mail server is set up for replies; tell the administrator "
                    "([smtp] in incidents.toml)."
                )
            if message.startswith("the reply was kept but not sent"):
                return self.tr(
                    "The reply was kept but the mail server did not take it. Try again "
                    "later or tell the administrator."
                )
            if message.startswith("the note is empty"):
                return self.tr("The note is empty.")
            if "is handling this case" in message:
                return self.tr("Another operator is handling this case; ask a supervisor.")
            if message.startswith("case ") and message.endswith(" is closed"):
                return self.tr("This case is closed.")
        return error_text(error)

    # ------------------------------------------------------------------ queue

    def refresh(self, select: int | None = None) -> None:
        """Reload the queue on the worker; `select` is a case id to select afterwards."""
        from desk.cases import queue

        if select is not None:
            self._wanted = select
        sessions, actor, policy = self._services.sessions, self._services.actor, self.policy
        self._services.worker.submit(
            lambda: queue(sessions, actor, policy), label="written queue"
        ).success(self._show_queue).failure(self._show_failure)

    def _refresh_all(self) -> None:
        """Refresh (the button): the queue and the case on screen, whatever changed
        elsewhere (a call's wrap-up saved in the Calls workspace, a colleague's note)."""
        self._stale = True
        self.refresh()

    def selected_case(self) -> Any:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        index = rows[0].row()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _show_queue(self, rows: list[Any]) -> None:
        current = self.selected_case()
        wanted = self._wanted if self._wanted is not None else (current.id if current else None)
        self._wanted = None
        self.rows = list(rows)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        target = -1
        for index, row in enumerate(self.rows):
            self._fill_row(index, row)
            if row.id == wanted:
                target = index
        if target >= 0:
            self.table.selectRow(target)
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        self.empty_label.setVisible(not self.rows)
        unanswered = sum(1 for r in self.rows if r.status in (CaseStatus.NEW, CaseStatus.OPEN))
        self.count_changed.emit(unanswered)
        showing = self.thread.rows.case.id if self.thread is not None else None
        grew = (
            target >= 0
            and self.thread is not None
            and (
                self.rows[target].messages != len(self.thread.entries)
                or self.rows[target].calls != len(self.thread.rows.calls)
            )
        )  # the writer answered, or a call joined, while the case was open: show it
        if target >= 0 and (self.rows[target].id != showing or self._stale or grew):
            self._stale = False
            self.load_thread(self.rows[target].id)
        elif target < 0 and showing is not None and wanted is None:
            self._clear_thread()
        self._update_buttons()
        self.loaded.emit()

    def _fill_row(self, index: int, row: Any) -> None:
        who = row.sender or row.from_address or "?"
        status = self.status_text(row.status)
        if row.assignee_name:
            status = f"{status} · {row.assignee_name}"
        if row.stopped:
            stopped = self.tr("stopped")
            status = f"{status} · {stopped}"
        cells = {
            "arrived": desk_datetime(row.arrived_at),
            "channel": self.channel_text(row.channel),
            "from": who,
            "subject": row.subject or self.tr("(no subject)"),
            "number": row.registration_number or "—",
            "status": status,
        }
        for key, text in cells.items():
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if key == "from":
                item.setToolTip(who)
            if key == "subject":
                item.setToolTip(text)
            self.table.setItem(index, COLUMNS.index(key), item)
        self.table.setItem(index, COLUMNS.index("due"), self._due_item(row))

    def _due_item(self, row: Any) -> QTableWidgetItem:
        text, late = self.due_text(row)
        item = QTableWidgetItem(text)
        if late:  # the word says it; bold red only repeats it
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(Qt.GlobalColor.red)
        if row.answer_due is not None:
            item.setToolTip(
                self.tr("First answer due %1 (CSC-2.4)").replace(
                    "%1", desk_datetime(row.answer_due)
                )
            )
        else:
            item.setToolTip(self.tr("The policy sets no answer time (KZP-30-9)"))
        return item

    def _relabel_due(self) -> None:
        for index, row in enumerate(self.rows):
            self.table.setItem(index, COLUMNS.index("due"), self._due_item(row))

    def next_case(self) -> None:
        """Open the case after the selected one (the first when none is selected)."""
        if not self.rows:
            return
        current = self.selected_case()
        index = 0
        if current is not None:
            position = next((i for i, r in enumerate(self.rows) if r.id == current.id), -1)
            index = (position + 1) % len(self.rows)
        self.table.selectRow(index)

    def _on_selection(self) -> None:
        row = self.selected_case()
        if row is not None and (self.thread is None or self.thread.rows.case.id != row.id):
            self.load_thread(row.id)
        self._update_buttons()

    # ------------------------------------------------------------------ thread

    def load_thread(self, case_id: int) -> None:
        from incidents.case_mail import case_thread

        sessions, actor, policy = self._services.sessions, self._services.actor, self.policy
        self._services.worker.submit(
            lambda: case_thread(sessions, actor, policy, case_id), label="case thread"
        ).success(self._show_thread).failure(self._show_failure)

    def _clear_thread(self) -> None:
        self.thread = None
        self.policy_bar.show_case(None)
        self.thread_view.clear()
        self.attachments.clear()
        self.case_label.setText(self.tr("Select a case in the list above."))

    def _show_thread(self, thread: Any) -> None:
        selected = self.selected_case()
        if selected is not None and selected.id != thread.rows.case.id:
            return  # the operator moved on while it loaded
        self.thread = thread
        case = thread.rows.case
        number = case.registration_number or self.tr("no number")
        subject = case.subject or self.tr("(no subject)")
        self.case_label.setText(f"{number} — {subject} — {self.status_text(case.status)}")
        self.policy_bar.show_case(case)
        self.thread_view.setHtml(self.thread_html(thread))
        bar = self.thread_view.verticalScrollBar()
        bar.setValue(bar.maximum())  # the newest message in view
        self.attachments.clear()
        locale = QLocale()
        for entry in thread.entries:
            for a in entry.attachments:
                name = a.filename or self.tr("(no name)")
                size = locale.formattedDataSize(
                    a.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                )
                text = f"{name} — {a.content_type}, {size}"
                if not a.stored:
                    text += " — " + self.tr("over the size limit, not kept")
                elif a.content_type in ("application/zip", "application/gzip") or name.endswith(
                    (".zip", ".gz", ".7z", ".rar", ".tar")
                ):
                    text += " — " + self.tr("archive, never unpacked")
                item = QListWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, a.stored)
                self.attachments.addItem(item)
        if not self.attachments.count():
            self.attachments.addItem(QListWidgetItem(self.tr("No attachments")))
        self._update_buttons()
        self.thread_shown.emit(case.id)

    def thread_html(self, thread: Any) -> str:
        """Messages and notes in time order, every text escaped (nothing is markup)."""
        items: list[tuple[dt.datetime, int, str]] = []
        for entry in thread.entries:
            msg = entry.message
            view = entry.view
            incoming = msg.direction == MessageDirection.IN
            who = html.escape((view.sender if view is not None else "") or msg.sender)
            head = (
                self.tr("From %1").replace("%1", who)
                if incoming
                else self.tr("Reply from the desk to %1").replace(
                    "%1", html.escape((view.to if view is not None else "") or "")
                )
            )
            when = html.escape(desk_datetime(msg.received_at))
            state = self.message_status_text(msg.status)
            if msg.stopped:
                state = self.tr("correspondence stopped")
            subject = html.escape((view.subject if view is not None else msg.subject) or "")
            body = html.escape(entry.text).replace("\n", "<br>")
            mark = "◀" if incoming else "▶"
            tint = "" if incoming else " background-color:#eef4ff;"
            items.append(
                (
                    msg.received_at,
                    0,
                    f"<div style='margin:6px 0;{tint}'><b>{mark} {head}</b> · {when}"
                    f"{' · ' + html.escape(state) if state else ''}<br>"
                    f"<i>{subject}</i><br>{body}</div><hr>",
                )
            )
        for note in thread.rows.notes:
            label = self.tr("Internal note — %1").replace("%1", html.escape(note.author))
            unsent = self.tr("not sent to the writer")
            when = html.escape(desk_datetime(note.created_at))
            body = html.escape(note.text).replace("\n", "<br>")
            items.append(
                (
                    note.created_at,
                    1,
                    f"<div style='margin:6px 0; background-color:#fff6d6;'>"
                    f"<b>✎ {label}</b> · {when} · {html.escape(unsent)}"
                    f"<br>{body}</div><hr>",
                )
            )
        for call in getattr(thread.rows, "calls", ()):
            items.append((call.ring_at, 2, self.call_html(call)))
        items.sort(key=lambda item: (item[0], item[1]))
        return "".join(text for _when, _kind, text in items)

    def call_html(self, call: Any) -> str:
        """A call on the case, in the thread: when, number, talk time, how it ended."""
        number = html.escape(format_number(call.number, call.remote_uri or ""))
        parts = [html.escape(desk_datetime(call.ring_at))]
        if call.answered and call.duration_s is not None:
            parts.append(self.tr("talked %1").replace("%1", format_duration(call.duration_s)))
        elif not call.answered:
            parts.append(html.escape(self.tr("not answered")))
        parts.append(html.escape(end_reason_text(call.end_reason)))
        if call.verification_state == "verified":
            parts.append(html.escape(self.tr("caller verified (KUTY-2.2)")))
        if call.wrap_up_category:
            parts.append(html.escape(category_text(call.wrap_up_category)))
        label = self.tr("Call with %1").replace("%1", number)
        return (
            f"<div style='margin:6px 0; background-color:#e9f7ec;'><b>☎ {label}</b> · "
            f"{' · '.join(parts)}</div><hr>"
        )

    # ------------------------------------------------------------------ actions

    def _case_id(self) -> int | None:
        return self.thread.rows.case.id if self.thread is not None else None

    def unverified(self) -> bool:
        """KUTY-2.2: the policy gives detailed help only to a verified person, and this
        case's writer is not one (no verified call on the case)."""
        from desk.case_policy import WriterStanding

        return self.thread is not None and self.policy_bar.standing() is WriterStanding.NOT_VERIFIED

    def _update_buttons(self) -> None:
        case: Any = self.thread.rows.case if self.thread is not None else None
        actor = self._services.actor
        live = case is not None and case.status != CaseStatus.CLOSED
        can_file = allowed(actor, Permission.FILE_INCIDENT)
        stopped = case is not None and case.stopped
        text = self.reply_edit.toPlainText().strip()
        self.take_button.setEnabled(live and case.assignee_id != actor.operator_id)
        self.join_button.setEnabled(live and self.call is not None)
        if self.call is not None:
            self.join_button.setText(self.tr("Join call %1").replace("%1", self.call[1]))
        self.send_button.setEnabled(live and not stopped and bool(text) and not self._busy)
        self.note_button.setEnabled(case is not None and bool(text))
        self.reply_edit.setEnabled(case is not None)
        self.verify_label.setVisible(live and self.unverified())
        self.template_box.setEnabled(case is not None and bool(self.policy.templates))
        self.waiting_button.setEnabled(live and case.status != CaseStatus.WAITING)
        self.defer_button.setEnabled(live and case.status != CaseStatus.DEFERRED)
        self.close_button.setEnabled(live and self.close_dialog is None)
        self.abuse_button.setEnabled(live and can_file and not stopped)
        self.threat_button.setEnabled(live and can_file and not stopped)
        item = self.attachments.currentItem()
        self.save_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole + 1))
        )

    def focus_reply(self) -> None:
        self.reply_edit.setFocus()

    def _insert_template(self, index: int) -> None:
        template_id = self.template_box.itemData(index)
        template = self.policy.template(template_id) if template_id else None
        if template is not None:
            from desk.policy_rules import expand_template

            # What the operator sees is what is sent: {hours} and, once the case has one,
            # {registration_number} (EEP-13's "error_registered") are filled in here.
            case = self.thread.rows.case if self.thread is not None else None
            fields = {}
            if case is not None and case.registration_number:
                fields["registration_number"] = case.registration_number
            self.reply_edit.insertPlainText(expand_template(self.policy, template, **fields))
            self.reply_edit.setFocus()
        self.template_box.setCurrentIndex(0)

    def _after(self, message: str, case_id: int | None = None) -> None:
        """Say what happened, then reload the queue and the case's thread (its state
        changed); the thread on screen and the composer stay usable meanwhile."""
        self.status_label.setText(message)
        self._stale = True
        self.refresh(select=case_id)

    def take(self) -> None:
        from desk.cases import take_case

        case_id = self._case_id()
        if case_id is None:
            return
        sessions, actor = self._services.sessions, self._services.actor
        self._services.worker.submit(
            lambda: take_case(sessions, actor, case_id), label="take case"
        ).success(lambda _r: self._after(self.tr("The case is yours."), case_id)).failure(
            self._show_failure
        )

    def on_call(self, call_id: str, number: str | None) -> None:
        """A call rang or was placed at this seat: remember its number for joining."""
        # as every other screen shows a number ("+380 50 123 4567"), withheld in words
        self._numbers[call_id] = format_number(number) if number else self.tr("without a number")

    def on_call_answered(self, call_id: str) -> None:
        """The call the operator talks on is the one a "Join call" button offers (it stays
        offered after hang-up: the case is often found after the call)."""
        self.call = (call_id, self._numbers.get(call_id, self.tr("without a number")))
        self._update_buttons()

    def join_call(self) -> None:
        """Join the seat's last call to the case, as the operator says (issue 12)."""
        from desk.cases import join_call

        case_id, call = self._case_id(), self.call
        if case_id is None or call is None:
            return
        sessions, actor = self._services.sessions, self._services.actor
        self._services.worker.submit(
            lambda: join_call(sessions, actor, case_id, call[0]), label="join call"
        ).success(
            lambda _n: self._after(
                self.tr("Call %1 joined to this case.").replace("%1", call[1]), case_id
            )
        ).failure(self._show_failure)

    def send(self) -> None:
        """Send the composer's text, after the credential warning when there is one."""
        from desk.policy_rules import credential_warning

        case_id = self._case_id()
        text = self.reply_edit.toPlainText()
        if case_id is None or self._busy or not self.send_button.isEnabled():
            if case_id is not None and not text.strip():
                self.status_label.setText(self.tr("The reply is empty."))
            return
        warnings = []
        credential = credential_warning(self.policy, text)
        if credential:
            warnings.append(self.policy_text(credential))
        if self.unverified():
            warnings.append(
                self.tr(
                    "The writer is not verified (KUTY-2.2): send only general help, nothing "
                    "from their profile or applications."
                )
            )
        if warnings:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Check the reply"),
                "\n\n".join(warnings) + "\n\n" + self.tr("Send it anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setObjectName("writtenCredentialWarning")
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Send anyway"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Edit the reply"))
            self.confirm_box = box

            def decided(result: int) -> None:
                self.confirm_box = None
                if result == QMessageBox.StandardButton.Yes:
                    self._send(case_id, text)
                else:
                    self.reply_edit.setFocus()

            box.finished.connect(decided)
            box.open()
            return
        self._send(case_id, text)

    def _send(self, case_id: int, text: str) -> None:
        from incidents.case_mail import reply_to_case

        services, policy = self._services, self.policy
        sessions, actor, settings = services.sessions, services.actor, services.settings

        def job() -> Any:
            imap, password = None, None
            if settings.imap_host and settings.imap_user:
                from desk.secrets import SecretsUnavailable, get_secret
                from incidents.imap_client import ImapAccount

                imap = ImapAccount.from_settings(settings)
                try:
                    password = get_secret("imap", imap.secret_name)
                except SecretsUnavailable:
                    password = None
            smtp = services.incidents_config().smtp
            return reply_to_case(sessions, actor, policy, case_id, text, smtp=smtp, imap=imap,
                                 imap_password=password)  # fmt: skip

        def done(result: Any) -> None:
            self._busy = False
            self.reply_edit.clear()
            message = self.tr("Reply sent; the case waits for the writer.")
            if getattr(result, "problems", None):
                message += " " + self.tr("It was not filed in the mailbox's Sent folder.")
            self._after(message, case_id)
            self.sent.emit(case_id)

        def failed(error: BaseException) -> None:
            self._busy = False
            self._show_failure(error)
            self._stale = True
            self.refresh(select=case_id)  # a reply kept but not sent shows in the thread

        self._busy = True
        self._update_buttons()
        self.status_label.setText(self.tr("Sending…"))
        self._services.worker.submit(job, label="send reply").success(done).failure(failed)

    def add_note(self) -> None:
        from desk.cases import add_note

        case_id, text = self._case_id(), self.reply_edit.toPlainText()
        if case_id is None:
            return
        sessions, actor = self._services.sessions, self._services.actor

        def done(_note: int) -> None:
            self.reply_edit.clear()
            self._after(self.tr("Internal note saved; the writer does not see it."), case_id)

        self._services.worker.submit(
            lambda: add_note(sessions, actor, case_id, text), label="case note"
        ).success(done).failure(self._show_failure)

    def set_waiting(self) -> None:
        from desk.cases import set_waiting

        case_id = self._case_id()
        if case_id is None:
            return
        sessions, actor = self._services.sessions, self._services.actor
        self._services.worker.submit(
            lambda: set_waiting(sessions, actor, case_id), label="case waiting"
        ).success(
            lambda _r: self._after(self.tr("The case waits for the writer."), case_id)
        ).failure(self._show_failure)

    def defer(self) -> None:
        from desk.cases import defer_case

        case_id = self._case_id()
        if case_id is None:
            return
        sessions, actor, policy = self._services.sessions, self._services.actor, self.policy

        def done(until: dt.datetime) -> None:
            self._after(self.tr("Deferred to %1 (CSC-2.3).").replace("%1", desk_datetime(until)),
                        case_id)  # fmt: skip

        self._services.worker.submit(
            lambda: defer_case(sessions, actor, policy, case_id), label="defer case"
        ).success(done).failure(self._show_failure)

    def close_case(self) -> None:
        """Ask the case's wrap-up (the call wrap-up's fields and the reason), then close."""
        case = self.thread.rows.case if self.thread is not None else None
        if case is None or self.close_dialog is not None:
            return
        dialog = CaseWrapUpDialog(self._services, case, self)
        self.close_dialog = dialog

        def closed(wrap_up: Any) -> None:
            self._clear_thread()
            message = self.tr("The case is closed.")
            if wrap_up.registration_number:
                message = self.tr("Case %1 is closed.").replace("%1", wrap_up.registration_number)
            self._after(message)

        def finished(_result: int) -> None:
            self.close_dialog = None
            dialog.deleteLater()
            self._update_buttons()

        dialog.closed_case.connect(closed)
        dialog.finished.connect(finished)
        self._update_buttons()
        dialog.open()

    def _put_in_reply(self, text: str) -> None:
        """A script the policy answers with (a refusal, EEP-11's request) into the reply."""
        if self.reply_edit.toPlainText().strip():
            self.reply_edit.appendPlainText("")
        self.reply_edit.insertPlainText(text.strip())
        self.reply_edit.setFocus()

    def report(self, kind: IncidentKind) -> None:
        """Abuse / threat on the thread: stop + incident (+ block where allowed), once."""
        from incidents.case_mail import report_case

        case_id = self._case_id()
        if case_id is None:
            return
        self.abuse_button.setEnabled(False)
        self.threat_button.setEnabled(False)
        services, policy = self._services, self.policy
        sessions, actor = services.sessions, services.actor

        def job() -> Any:
            return report_case(sessions, actor, policy, case_id, kind,
                               config=services.incidents_config())  # fmt: skip

        def done(result: Any) -> None:
            text = self.tr("Correspondence stopped; incident %1 filed.").replace(
                "%1", str(result.incident_id)
            )
            if result.blocked:
                text += " " + self.tr("The address %1 is blocked.").replace("%1", result.blocked)
            elif result.block_skipped == "permission":
                text += " " + self.tr("A supervisor may block the address.")
            self._after(text, case_id)
            self.filed.emit(result.incident_id, case_id)

        def failed(error: BaseException) -> None:
            self._show_failure(error)
            self._update_buttons()

        label = "incident report (case)"
        self._services.worker.submit(job, label=label).success(done).failure(failed)

    # ------------------------------------------------------------------ attachments

    def choose_folder(self) -> None:
        """Ask for a folder (the console's own dialog, so tests and screen readers reach it)."""
        item = self.attachments.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole + 1):
            return
        attachment_id = int(item.data(Qt.ItemDataRole.UserRole))
        dialog = QFileDialog(self, self.tr("Save the attachment into a folder"))
        dialog.setObjectName("writtenFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setDirectory(str(Path.home()))
        dialog.fileSelected.connect(lambda folder: self.save_attachment(attachment_id, folder))
        self.folder_dialog = dialog
        dialog.open()

    def save_attachment(self, attachment_id: int, folder: str) -> None:
        from incidents.mail_attachments import save_attachment

        sessions, actor = self._services.sessions, self._services.actor

        def done(path: Path) -> None:
            self.status_label.setText(self.tr("Saved as %1; not opened.").replace("%1", str(path)))

        def failed(error: BaseException) -> None:
            if isinstance(error, OSError):
                self.status_label.setText(self.tr("The folder cannot be written."))
            else:
                self._show_failure(error)

        self._services.worker.submit(
            lambda: save_attachment(sessions, actor, attachment_id, Path(folder)),
            label="save attachment",
        ).success(done).failure(failed)

    def _show_failure(self, error: BaseException) -> None:
        self.status_label.setText(self.failure_text(error))
        self._update_buttons()

    def stop(self) -> None:
        self._countdown.stop()
        self._reload.stop()
