"""The supervisor's in-app queue of incident notifications ("report to management").

KUTY-3.1..3.4 oblige the operator to report to management; this is where management sees
the reports: a badge with the number of unacknowledged notices, the list, and an
acknowledge button that needs a note (what management did). System alerts about
recordings at risk (KUTY-1.1: a stalled recording, low disk space) are listed and
acknowledged the same way, in words: the alert code never reaches the screen. Below it,
every e-mail notice that failed and is still being retried, with its last error and next
attempt: the outbox never drops a notice, and a broken mail setup must be visible, not
silent. The lists are reloaded on a timer and right after an incident is filed at this
seat; every query runs on the database worker, never the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.caller_display import desk_datetime, format_number
from console.lanes import position_text
from console.notice_sound import NoticeSound

REFRESH_MS = 15_000


class SupervisorQueue(QWidget):
    """Pending notifications of the signed-in supervisor.

    Signals:
        count_changed(int): the badge count after a reload (the tab title shows it).
        acknowledged(int): a notification id was acknowledged.
        failures_loaded(int): the failed e-mail list was reloaded (its length).
        open_call_requested(str, int, str): recording id, milliseconds and a title: open
            the notice's call at the incident's offset (the recordings screen plays it).
        new_notices(list): ids of incident notices that arrived since the last reload.
    """

    count_changed = Signal(int)
    acknowledged = Signal(int)
    failures_loaded = Signal(int)
    open_call_requested = Signal(str, int, str)
    new_notices = Signal(list)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorQueue")
        self._services = services
        self.count = 0
        self.badge = QLabel("0", self)
        self.badge.setObjectName("notificationBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(28)
        self.list = QListWidget(self)
        self.list.setObjectName("notificationList")
        self.list.setAccessibleName(self.tr("Notices waiting for acknowledgement"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("ackNote")
        self.note_edit.setPlaceholderText(self.tr("What management did (required)"))
        self.ack_button = QPushButton(self.tr("Acknowledge"), self)
        self.ack_button.setObjectName("ackButton")
        self.ack_button.setToolTip(
            self.tr("Acknowledge the selected report or alert (KUTY-1.1, KUTY-3.1..3.4)")
        )
        self.rows: list[Any] = []
        self._board_counts: tuple[int, int] | None = None  # the wallboard's last counts
        self._seen: set[int] | None = None  # notice ids already shown; None before the first load
        self.open_call_button = QPushButton(self.tr("Open the call"), self)
        self.open_call_button.setObjectName("openCallButton")
        self.open_call_button.setToolTip(
            self.tr("Play the selected incident's call from where the button was pressed")
        )
        self.sound_check = QCheckBox(self.tr("Sound for new incident notices"), self)
        self.sound_check.setObjectName("noticeSoundCheck")
        self.sound_check.setToolTip(
            self.tr("A short chime when a new incident is reported; untick to mute it")
        )
        self._prefs = self._preferences(services)
        self.sound = NoticeSound(
            services.settings.audio_device, self._sound_default(services), self
        )
        self.sound_check.setChecked(self.sound.enabled)
        self.sound_check.toggled.connect(self._set_sound)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("queueStatus")
        title = QLabel(self.tr("Reports and alerts awaiting acknowledgement"), self)
        self.failed_title = QLabel(self.tr("E-mail reports not delivered yet"), self)
        self.failed_list = QListWidget(self)
        self.failed_list.setObjectName("failedDeliveries")
        self.failed_list.setAccessibleName(self.tr("E-mails not delivered yet"))
        self.failed_list.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.badge)
        ack = QHBoxLayout()
        ack.addWidget(self.note_edit, 1)
        ack.addWidget(self.ack_button)
        ack.addWidget(self.open_call_button)
        ack.addWidget(self.sound_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(ack)
        layout.addWidget(self.status_label)
        layout.addWidget(self.failed_title)
        layout.addWidget(self.failed_list)
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.note_edit.returnPressed.connect(self.acknowledge_selected)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.note_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.open_call_button.clicked.connect(self.open_selected_call)
        self.list.itemActivated.connect(lambda _item: self.open_selected_call())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._set_count(0)
        self.refresh()

    def follow_board(self, board: Any) -> None:
        """Reload at once when the live wallboard counts another open incident or alert
        (pushed by PostgreSQL NOTIFY from any seat, issue 13), not only on the timer, so
        a supervisor hears of an incident filed at another seat within a second."""
        counts = (getattr(board, "open_incidents", 0), getattr(board, "alerts_waiting", 0))
        previous, self._board_counts = self._board_counts, counts
        if previous is not None and any(n > w for n, w in zip(counts, previous, strict=True)):
            self.refresh()

    def refresh(self) -> None:
        from incidents.inbox import list_failed_deliveries, pending_notifications

        sessions, actor = self._services.sessions, self._services.actor
        self._services.worker.submit(
            lambda: pending_notifications(sessions, actor), label="pending notifications"
        ).success(self._show)
        self._services.worker.submit(
            lambda: list_failed_deliveries(sessions, actor), label="failed deliveries"
        ).success(self._show_failures)

    def alert_title(self, code: str | None) -> str:
        """What a system alert is, in the user's language (KUTY-1.1); never the raw code."""
        titles = {
            "recording_stalled": self.tr("Call recording stalled"),
            "recording_failed": self.tr("Call recording failed"),
            "disk_space_low": self.tr("Low disk space for recordings"),
            "reconcile_failed": self.tr("Recordings could not be reconciled"),
            "call_capacity": self.tr("A call was refused: all lines of a seat were busy"),
        }
        return titles.get(code or "", self.tr("System alert"))

    def _show_failures(self, rows: list[Any]) -> None:
        self.failed_list.clear()
        for d in rows:
            retry = (
                desk_datetime(d.next_attempt_at, seconds=True)
                if d.next_attempt_at is not None
                else "—"
            )
            if d.incident_id is None:
                template = self.tr("%1 — e-mail to %2 — %3 failed attempt(s); next retry %4")
                about = self.alert_title(d.alert_code)
            else:
                template = self.tr(
                    "Incident %1 — e-mail to %2 — %3 failed attempt(s); next retry %4"
                )
                about = str(d.incident_id)
            text = (
                template.replace("%1", about)
                .replace("%2", d.recipient)
                .replace("%3", str(d.attempts))
                .replace("%4", retry)
            )
            item = QListWidgetItem(f"{text}\n{d.last_error or ''}")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setForeground(Qt.GlobalColor.darkRed)
            self.failed_list.addItem(item)
        self.failed_title.setStyleSheet("color: #c00000; font-weight: bold;" if rows else "")
        self.failed_title.setText(
            self.tr("E-mail reports not delivered yet (%1): retried automatically").replace(
                "%1", str(len(rows))
            )
        )
        self.failures_loaded.emit(len(rows))

    @staticmethod
    def _preferences(services: Any) -> QSettings | None:
        """The per-user INI the window's layout memory uses (a shared seat, one file)."""
        data_dir = getattr(services.settings, "data_dir", None)
        if data_dir is None:
            return None
        return QSettings(str(data_dir / "console-layout.ini"), QSettings.Format.IniFormat)

    def _pref_key(self) -> str:
        user = "".join(c if c.isalnum() else "_" for c in self._services.actor.username)
        return f"{user or 'anyone'}/noticeSound"

    def _sound_default(self, services: Any) -> bool:
        default = bool(getattr(services.settings, "notice_sound", True))
        if self._prefs is None:
            return default
        value = self._prefs.value(self._pref_key())
        if value is None:
            return default
        return str(value).lower() in ("true", "1")

    def _set_sound(self, on: bool) -> None:
        self.sound.enabled = on
        if self._prefs is not None:
            self._prefs.setValue(self._pref_key(), on)
            self._prefs.sync()

    def _context(self, n: Any) -> str:
        """Operator and number of an incident notice, in words (issue 13)."""
        parts = []
        if getattr(n, "operator_name", None):
            parts.append(self.tr("operator %1").replace("%1", n.operator_name))
        number = getattr(n, "caller_number", None)
        if number:
            parts.append(format_number(number))
        return " — ".join(parts)

    def _show(self, rows: list[Any]) -> None:
        selected = self.selected_id()
        self.list.clear()
        self.rows = list(rows)
        kinds = {
            "abuse": self.tr("Abuse"),
            "threat": self.tr("Threat"),
            "incident_withdrawn": self.tr("Withdrawn: pressed by mistake"),
            "incident_reclassified": self.tr("Threat reclassified as abuse"),
        }
        incident_ids = [n.id for n in rows if n.incident_id is not None and not n.alert_code]
        fresh = [] if self._seen is None else [i for i in incident_ids if i not in self._seen]
        self._seen = {n.id for n in rows} | (self._seen or set())
        for n in rows:
            when = desk_datetime(n.created_at)
            if n.incident_id is None:
                text = (
                    self.tr("Alert: %1 — seat %2 — %3")
                    .replace("%1", self.alert_title(n.alert_code))
                    .replace("%2", n.seat or "—")
                )
            else:
                text = self.tr("Incident %1 — %2 — %3")
                kind = kinds.get(n.kind, n.kind)
                context = self._context(n)
                if context:
                    kind = f"{kind} — {context}"
                text = text.replace("%1", str(n.incident_id)).replace("%2", kind)
            item = QListWidgetItem(text.replace("%3", when))
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            if n.kind == "threat" or n.incident_id is None:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
            if n.id == selected:
                self.list.setCurrentItem(item)
        if fresh:  # the newest new notice is the one the chime is about
            newest = max(fresh)
            for row, n in enumerate(rows):
                if n.id == newest:
                    self.list.setCurrentRow(row)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._set_count(len(rows))
        if fresh:
            self.sound.play()
            self.new_notices.emit(fresh)

    def _set_count(self, count: int) -> None:
        self.count = count
        self.badge.setText(str(count))
        colour = "#c00000" if count else "#777777"
        self.badge.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 10px; font-weight: bold;"
        )
        self._update_buttons()
        self.count_changed.emit(count)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected(self) -> Any | None:
        wanted = self.selected_id()
        return next((n for n in self.rows if n.id == wanted), None)

    def _update_buttons(self) -> None:
        has_note = bool(self.note_edit.text().strip())
        self.ack_button.setEnabled(self.selected_id() is not None and has_note)
        n = self.selected()
        playable = n is not None and bool(getattr(n, "recording_id", None))
        self.open_call_button.setEnabled(playable)
        offset = getattr(n, "offset_s", None) if n is not None else None
        if playable and offset is not None:
            self.open_call_button.setText(
                self.tr("Open the call at %1").replace("%1", position_text(float(offset)))
            )
        else:
            self.open_call_button.setText(self.tr("Open the call"))

    def open_selected_call(self) -> None:
        """The notice's call in the recordings screen, at the incident's offset."""
        n = self.selected()
        if n is None or not getattr(n, "recording_id", None):
            return
        offset = n.offset_s or 0.0
        number = format_number(n.caller_number) if n.caller_number else self.tr("withheld")
        title = self.tr("Incident %1 — %2").replace("%1", str(n.incident_id))
        self.open_call_requested.emit(
            n.recording_id, int(float(offset) * 1000), title.replace("%2", number)
        )

    def acknowledge_selected(self) -> None:
        from incidents.inbox import acknowledge_notification

        notification_id = self.selected_id()
        note = self.note_edit.text().strip()
        if notification_id is None or not note:
            return
        sessions, actor = self._services.sessions, self._services.actor
        self.ack_button.setEnabled(False)

        def done(_result: object) -> None:
            self.note_edit.clear()
            self.status_label.setText(
                self.tr("Notification %1 acknowledged.").replace("%1", str(notification_id))
            )
            self.acknowledged.emit(notification_id)
            self.refresh()

        self._services.worker.submit(
            lambda: acknowledge_notification(sessions, actor, notification_id, note),
            label="acknowledge notification",
        ).success(done)
