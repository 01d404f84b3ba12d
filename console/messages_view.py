"""Written correspondence: log an e-mail/chat message and act on it (KUTY-1.1, KUTY-3.3/3.4).

The same two actions as on a call, for a logged message: abuse stops the correspondence and
reports to management (KUTY-3.3); threat also builds the police package with the message
text and headers instead of audio (KUTY-3.4). The list is the desk's logged messages from
the database (newest last), so a message logged before a restart or at another seat can
still be reported; the actions apply to the selected one, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.tasks import error_text
from db.models_incidents import IncidentKind, MessageChannel
from desk.roles import Permission, allowed

FIELD_MIN_WIDTH = 200
FIELD_MIN_HEIGHT = 26


@dataclass
class LoggedMessage:
    message_id: int
    sender: str
    subject: str
    incident: IncidentKind | None = None  # set on the press, so a message is reported once
    stopped: bool = False


class MessagesView(QWidget):
    """Log form, the logged messages, and the abuse / threat buttons.

    Signals:
        filed(int, int): an incident was filed (incident id, message id).
        loaded(): the list was reloaded from the database.
    """

    filed = Signal(int, int)
    loaded = Signal()

    def __init__(self, services: Any, config: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagesView")
        self._services = services
        self._config = config
        self.messages: list[LoggedMessage] = []
        # Pressed here but maybe not yet in the database: a reload racing the filing job
        # must not re-enable the buttons for a message already being reported.
        self._pressed: dict[int, IncidentKind] = {}
        self.channel_box = QComboBox(self)
        self.channel_box.setObjectName("messageChannel")
        self.channel_box.addItem(self.tr("E-mail"), MessageChannel.EMAIL.value)
        self.channel_box.addItem(self.tr("Chat"), MessageChannel.CHAT.value)
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setObjectName("messageSender")
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("messageSubject")
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("messageBody")
        self.body_edit.setTabChangesFocus(True)
        # Readable at 1366x768 (issue 11): the form once squashed to 8 px fields.
        for edit in (self.sender_edit, self.subject_edit, self.channel_box):
            edit.setMinimumSize(FIELD_MIN_WIDTH, FIELD_MIN_HEIGHT)
        self.body_edit.setMinimumSize(FIELD_MIN_WIDTH, 64)
        self.log_button = QPushButton(self.tr("Log message"), self)
        self.log_button.setObjectName("logMessageButton")
        self.list = QListWidget(self)
        self.list.setObjectName("messageList")
        self.list.setAccessibleName(self.tr("Written messages"))
        self.list.setMinimumHeight(80)
        self.abuse_button = QPushButton(self.tr("Abuse — stop + report"), self)
        self.abuse_button.setObjectName("messageAbuseButton")
        self.abuse_button.setToolTip(
            self.tr("Stop the correspondence and report to management (KUTY-3.3)")
        )
        self.threat_button = QPushButton(self.tr("Threat — stop + report + police"), self)
        self.threat_button.setObjectName("messageThreatButton")
        self.threat_button.setToolTip(
            self.tr("Stop the correspondence, report to management and the police (KUTY-3.4)")
        )
        for button, colour in ((self.abuse_button, "#c00000"), (self.threat_button, "#6b0000")):
            button.setStyleSheet(
                f"QPushButton:enabled {{ background: {colour}; color: white; font-weight: bold; }}"
            )
        self.status_label = QLabel(self)
        self.status_label.setObjectName("messagesStatus")
        self.status_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel_box)
        form.addRow(self.tr("Sender"), self.sender_edit)
        form.addRow(self.tr("Subject"), self.subject_edit)
        form.addRow(self.tr("Text"), self.body_edit)
        form.addRow(self.log_button)
        actions = QHBoxLayout()
        actions.addWidget(self.abuse_button)
        actions.addWidget(self.threat_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        self.log_button.clicked.connect(self.log_message)
        self.abuse_button.clicked.connect(lambda: self.report(IncidentKind.ABUSE))
        self.threat_button.clicked.connect(lambda: self.report(IncidentKind.THREAT))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Reload the newest messages; `select` is a message id to select afterwards."""
        from incidents.messages import list_messages

        sessions, actor = self._services.sessions, self._services.actor
        self._services.worker.submit(
            lambda: list_messages(sessions, actor), label="list messages"
        ).success(lambda r: self._show(r, select))

    def _show(self, rows: list[Any], select: int | None) -> None:
        current = self.selected()
        wanted = select if select is not None else (current.message_id if current else None)
        self.messages = []
        self.list.blockSignals(True)
        self.list.clear()
        for m in reversed(rows):  # newest last, as they arrive
            kind = IncidentKind(m.incident_kind) if m.incident_kind else self._pressed.get(m.id)
            msg = LoggedMessage(m.id, m.sender, m.subject or "", kind, m.stopped)
            self.messages.append(msg)
            item = QListWidgetItem(self._text(msg))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.list.addItem(item)
            if m.id == wanted:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()
        self.loaded.emit()

    def _text(self, msg: LoggedMessage) -> str:
        text = f"{msg.message_id}: {msg.sender} — {msg.subject}"
        if msg.incident is not None:
            mark = self.tr("THREAT") if msg.incident is IncidentKind.THREAT else self.tr("ABUSE")
            text += f"  [{mark}: {self.tr('stopped')}]"
        return text

    def selected(self) -> LoggedMessage | None:
        row = self.list.currentRow()
        return self.messages[row] if 0 <= row < len(self.messages) else None

    def _update_buttons(self) -> None:
        msg = self.selected()
        can = allowed(self._services.actor, Permission.FILE_INCIDENT)
        live = msg is not None and msg.incident is None and can
        self.abuse_button.setEnabled(live)
        self.threat_button.setEnabled(live)

    def log_message(self) -> None:
        from incidents.messages import log_message

        sender, body = self.sender_edit.text().strip(), self.body_edit.toPlainText()
        if not sender or not body.strip():
            self.status_label.setText(self.tr("Sender and text are required."))
            return
        subject = self.subject_edit.text().strip()
        channel = MessageChannel(self.channel_box.currentData())
        sessions, actor = self._services.sessions, self._services.actor

        def job() -> int:
            return log_message(sessions, actor, channel=channel, sender=sender, body=body,
                               subject=subject or None)  # fmt: skip

        def done(message_id: int) -> None:
            self.refresh(select=message_id)
            for edit in (self.sender_edit, self.subject_edit):
                edit.clear()
            self.body_edit.clear()
            self.status_label.setText(
                self.tr("Message %1 logged (KUTY-1.1).").replace("%1", str(message_id))
            )

        self._services.worker.submit(job, label="log message").success(done).failure(
            self._show_failure
        )

    def report(self, kind: IncidentKind) -> None:
        """Stop + report the selected message; a second press on it does nothing."""
        from incidents.service import report_message_incident

        msg = self.selected()
        if msg is None or msg.incident is not None:
            return
        msg.incident = kind
        self._pressed[msg.message_id] = kind
        self._update_buttons()
        sessions, actor, config = self._services.sessions, self._services.actor, self._config
        message_id = msg.message_id

        def done(incident_id: int) -> None:
            self.refresh()
            self.status_label.setText(
                self.tr("Correspondence stopped; incident %1 filed.").replace(
                    "%1", str(incident_id)
                )
            )
            self.filed.emit(incident_id, message_id)

        self._services.worker.submit(
            lambda: report_message_incident(
                sessions, actor, message_id=message_id, kind=kind, config=config
            ),
            label="incident report (message)",
        ).success(done).failure(self._show_failure)

    def _show_failure(self, error: BaseException) -> None:
        """Under the form the operator just used: the typed message is still there to retry."""
        self.status_label.setText(self.tr("Not saved: %1").replace("%1", error_text(error)))
