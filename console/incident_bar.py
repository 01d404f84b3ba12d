"""The two incident buttons of a live call: abuse (KUTY-3.1) and threat (KUTY-3.2).

An operator under verbal attack needs one press that ends the call at once, so the press
does things in a fixed order: FIRST the hang-up command goes to the engine (no database
work before it, so the BYE leaves within 200 ms), THEN the incident is filed on the single
database worker (`report_call_incident`, then `settle_incident`). When the engine reports
the recording final, `on_recording_finished` snapshots the hashes and, for a threat,
builds the police package. The incident's after-call part (note, and for a short while
"it was a mistake" / "abuse, not a threat") is asked for with `form_wanted` once the call
has ended; the wrap-up pane shows it inline, so nothing waits for it and no window hides
behind the console. A call can be reported once: the buttons go dead after the first
press, so a double click or a held shortcut cannot file twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.bridge import TelephonyBridge
from console.closing_phrase import ensure_closing_phrase, ready_phrase
from console.complaints_view import ComplaintsView
from console.messages_view import MessagesView
from console.services import ConsoleServices
from console.supervisor_queue import SupervisorQueue
from console.tasks import error_text
from db.models_incidents import IncidentKind
from desk.roles import Permission, allowed
from incidents.config import IncidentsConfig
from incidents.notify import NotificationWorker
from telephony import protocol as p

log = logging.getLogger(__name__)

SHORTCUTS: dict[IncidentKind, tuple[str, ...]] = {
    IncidentKind.ABUSE: ("Ctrl+Shift+A", "F11"),
    IncidentKind.THREAT: ("Ctrl+Shift+T", "F12"),
}


@dataclass
class LiveCall:
    """What the bar must know about a talking call to file its incident."""

    call_id: str
    recording_started_at: dt.datetime | None = None
    filed: IncidentKind | None = None  # set on the press, before any database work
    incident_id: int | None = None
    ended: bool = False


class IncidentBar(QFrame):
    """Abuse / threat buttons; shown always, enabled while a call is connected.

    Signals:
        filed(int, str): an incident was written (incident id, call id); the supervisor
            queue refreshes and the e-mail outbox wakes on it.
        failed(str): filing failed; the message is shown in the bar in red.
        form_wanted(int, object, str): the call has ended and its incident is filed
            (incident id, `IncidentKind`, call id): the wrap-up pane shows its part.
    """

    filed = Signal(int, str)
    failed = Signal(str)
    form_wanted = Signal(int, object, str)

    def __init__(
        self,
        services: ConsoleServices,
        submit: Callable[[p.Command], None],
        config: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentBar")
        self._services = services
        self._submit = submit
        self._config = config
        self._calls: dict[str, LiveCall] = {}
        self._current: str | None = None
        self._asked: set[int] = set()  # incident ids whose after-call part was asked for

        self.abuse_button = self._button("abuseButton", self.tr("Abuse — end call"), "#c00000")
        self.threat_button = self._button(
            "threatButton", self.tr("Threat — end call + police"), "#6b0000"
        )
        tips = {
            IncidentKind.ABUSE: (
                self.abuse_button,
                self.tr("Abuse: end the call now and report to management (KUTY-3.1)"),
            ),
            IncidentKind.THREAT: (
                self.threat_button,
                self.tr("Threat: end the call now, report to management and the police (KUTY-3.2)"),
            ),
        }
        for kind, (button, tip) in tips.items():
            keys = [QKeySequence(k) for k in SHORTCUTS[kind]]
            names = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            button.setToolTip(f"{tip} ({names})")
            for seq in keys:
                shortcut = QShortcut(seq, self)
                # From any console window, the after-call form included: under attack,
                # the operator must not first have to find the right window.
                shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
                shortcut.activated.connect(button.click)
        self.abuse_button.clicked.connect(lambda: self.press(IncidentKind.ABUSE))
        self.threat_button.clicked.connect(lambda: self.press(IncidentKind.THREAT))

        self.status_label = QLabel(self)
        self.status_label.setObjectName("incidentStatus")
        self.status_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.abuse_button)
        row.addWidget(self.threat_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        self.failed.connect(self._show_failure)
        self._refresh()

    def _button(self, name: str, text: str, colour: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumHeight(40)
        button.setStyleSheet(
            f"QPushButton:enabled {{ background: {colour}; color: white; font-weight: bold; }}"
        )
        return button

    # ------------------------------------------------------------------ bridge slots

    def on_answered(self, event: p.CallAnswered) -> None:
        self._calls.setdefault(event.call_id, LiveCall(event.call_id))
        self._current = event.call_id
        self._refresh()

    def on_recording_started(self, event: p.RecordingStarted) -> None:
        call = self._calls.setdefault(event.call_id, LiveCall(event.call_id))
        if call.recording_started_at is None:
            try:
                call.recording_started_at = dt.datetime.fromisoformat(event.started_at)
            except ValueError:
                log.warning("bad recording start time %r", event.started_at)

    def on_recording_finished(self, event: p.RecordingFinished) -> None:
        """Hashes are final now; settle the call's incidents (threat: police package)."""
        call = self._calls.get(event.call_id)
        if call is None or call.filed is None:
            return
        sessions, config, rec_id = self._services.sessions, self._config, event.recording_id
        from incidents.service import on_recording_finished

        self._services.worker.submit(
            lambda: on_recording_finished(sessions, rec_id, config=config),
            label="settle incidents",
        ).success(lambda _paths: self._forget_if_done(event.call_id)).failure(self._on_job_failed)

    def on_ended(self, event: p.CallEnded) -> None:
        call = self._calls.get(event.call_id)
        if call is None:
            return
        call.ended = True
        if self._current == event.call_id:
            self._current = None
        if call.filed is None:
            del self._calls[event.call_id]
        else:
            self._open_form(call)
        self._refresh()

    # ------------------------------------------------------------------ the press

    def press(self, kind: IncidentKind) -> None:
        """Hang up first, then file; a second press on the same call does nothing."""
        call = self._calls.get(self._current) if self._current else None
        if call is None or call.filed is not None or call.ended:
            return
        pressed_at = dt.datetime.now(dt.UTC)
        call.filed = kind
        self._submit(p.Command(p.CommandName.HANGUP, call.call_id, self._hangup_args()))
        self._refresh()
        offset = None
        if call.recording_started_at is not None:
            offset = max(0.0, (pressed_at - call.recording_started_at).total_seconds())
        self._file(call, kind, pressed_at, offset)

    def _hangup_args(self) -> dict[str, object]:
        if not getattr(self._config, "closing_phrase", False):
            return {}
        phrase = ready_phrase(self._services.settings.data_dir)
        return {"closing_phrase": str(phrase), "max_s": 5} if phrase is not None else {}

    def _file(
        self, call: LiveCall, kind: IncidentKind, pressed_at: dt.datetime, offset: float | None
    ) -> None:
        from incidents.service import report_call_incident, settle_incident

        sessions, actor, config = self._services.sessions, self._services.actor, self._config
        call_id = call.call_id

        def job() -> int:
            incident_id = report_call_incident(
                sessions, actor, call_id=call_id, kind=kind, pressed_at=pressed_at,
                offset_s=offset, config=config,
            )  # fmt: skip
            settle_incident(sessions, incident_id, config=config)
            return incident_id

        def done(incident_id: int) -> None:
            call.incident_id = incident_id
            self.status_label.setStyleSheet("")
            self.status_label.setText(
                self.tr("Incident %1 filed; management is notified.").replace(
                    "%1", str(incident_id)
                )
            )
            self.filed.emit(incident_id, call_id)
            if call.ended:
                self._open_form(call)

        self._services.worker.submit(job, label="report incident").success(done).failure(
            self._on_job_failed
        )

    # ------------------------------------------------------------------ internals

    def _open_form(self, call: LiveCall) -> None:
        if call.incident_id is None or call.filed is None:
            return  # asked for when the incident id arrives
        if call.incident_id in self._asked:
            return
        self._asked.add(call.incident_id)
        self.form_wanted.emit(call.incident_id, call.filed, call.call_id)

    def _forget_if_done(self, call_id: str) -> None:
        call = self._calls.get(call_id)
        if call is not None and call.ended and call.incident_id is not None:
            del self._calls[call_id]

    def _on_job_failed(self, error: BaseException) -> None:
        """In the bar the operator just pressed, not the banner: it is not a call-log failure."""
        self.failed.emit(error_text(error))

    def _show_failure(self, message: str) -> None:
        self.status_label.setStyleSheet("color: #c00000; font-weight: bold;")
        self.status_label.setText(
            self.tr("The incident could not be filed (%1). Tell your supervisor now.").replace(
                "%1", message
            )
        )

    def _refresh(self) -> None:
        call = self._calls.get(self._current) if self._current else None
        can = allowed(self._services.actor, Permission.FILE_INCIDENT)
        live = call is not None and call.filed is None and not call.ended and can
        self.abuse_button.setEnabled(live)
        self.threat_button.setEnabled(live)


class IncidentsUi(QObject):
    """Wires the incident feature into the main window: bar, tabs, blocklist, outbox.

    Built by `MainWindow` when it has services; its pages go on the window's side tabs.
    The e-mail outbox (`NotificationWorker`) starts when the engine is first ready or an
    incident is filed, whichever comes first, so merely building a window starts no
    thread; `stop()` ends it (Console.close).
    """

    def __init__(
        self,
        window: Any,
        bridge: TelephonyBridge,
        submit: Callable[[p.Command], None],
        services: ConsoleServices,
        tabs: QTabWidget | None = None,
        supervision_tabs: QTabWidget | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._submit = submit
        self.config = self._load_config()
        self._notifier: NotificationWorker | None = None
        actor = services.actor
        self.bar = IncidentBar(services, submit, self.config, window)
        # The window's side tabs when it has them (issue 11 layout), else a tab widget of ours.
        self.tabs = tabs if tabs is not None else QTabWidget(window)
        if tabs is None:
            self.tabs.setObjectName("incidentTabs")
        # The supervision workspace's tabs (issue 13), else the same tabs as the messages.
        self.supervision_tabs = supervision_tabs if supervision_tabs is not None else self.tabs
        self.messages: MessagesView | None = None
        self.queue: SupervisorQueue | None = None
        self.complaints: ComplaintsView | None = None
        if allowed(actor, Permission.HANDLE_CALLS) or allowed(actor, Permission.FILE_INCIDENT):
            self.messages = MessagesView(services, self.config, self.tabs)
            self.tabs.addTab(self.messages, self.tr("Written messages"))
            self.messages.filed.connect(lambda _i, _m: self._after_filing())
        if allowed(actor, Permission.ACK_NOTIFICATION):
            self.queue = SupervisorQueue(services, self.supervision_tabs)
            self.supervision_tabs.addTab(self.queue, self.tr("Supervisor queue"))
            self.queue.count_changed.connect(self._show_count)
        if allowed(actor, Permission.VIEW_COMPLAINTS) or allowed(
            actor, Permission.MANAGE_COMPLAINTS
        ):
            self.complaints = ComplaintsView(services, self.supervision_tabs)
            self.supervision_tabs.addTab(self.complaints, self.tr("Complaints"))
        self.bar.filed.connect(lambda _i, _c: self._after_filing())
        bridge.call_incoming.connect(self.on_event_call_incoming)
        bridge.call_answered.connect(self.bar.on_answered)
        bridge.call_ended.connect(self.bar.on_ended)
        bridge.recording_started.connect(self.bar.on_recording_started)
        bridge.recording_finished.connect(self.bar.on_recording_finished)
        bridge.engine_ready.connect(lambda _e: self._ensure_notifier())
        if self.config.closing_phrase:
            data_dir = services.settings.data_dir
            services.worker.submit(lambda: ensure_closing_phrase(data_dir), label="closing phrase")

    def _load_config(self) -> IncidentsConfig:
        from incidents.config import IncidentsConfigError

        try:
            config: IncidentsConfig = self._services.incidents_config()
        except IncidentsConfigError as exc:
            log.error("incidents.toml: %s", exc)
            self._window.alert_banner.show_alert(
                "incidents_config",
                self.tr("Incident settings are invalid (%1); e-mail reports are off.").replace(
                    "%1", str(exc)
                ),
            )
            config = IncidentsConfig(self._services.settings.data_dir / "police-packages")
        return config

    def _ensure_notifier(self) -> None:
        if self._notifier is None:
            self._notifier = NotificationWorker(self._services.sessions, self.config.smtp)
            self._notifier.start()

    def _after_filing(self) -> None:
        self._ensure_notifier()
        if self._notifier is not None:
            self._notifier.wake()
        if self.queue is not None:
            self.queue.refresh()

    def _show_count(self, count: int) -> None:
        if self.queue is not None:
            tabs = self.supervision_tabs
            tabs.setTabText(
                tabs.indexOf(self.queue), self.tr("Supervisor queue (%1)").replace("%1", str(count))
            )

    def on_event_call_incoming(self, event: p.CallIncoming) -> None:
        """Flag a blocked number on the ringing card; reject it only if policy says so."""
        from incidents.blocklist import is_blocked

        number, call_id = event.caller_number, event.call_id
        if not number or number == p.WITHHELD:
            return
        sessions = self._services.sessions

        def done(blocked: bool) -> None:
            if not blocked:
                return
            self._window.card.set_blocked(call_id, True)
            if self.config.auto_reject_blocked:
                log.info("auto-rejecting blocked number on call %s", call_id)
                self._submit(p.Command(p.CommandName.REJECT, call_id, {}))

        self._services.worker.submit(
            lambda: is_blocked(sessions, number), label="blocklist"
        ).success(done)

    def stop(self) -> None:
        """Stop the e-mail outbox; undelivered rows stay queued for the next start."""
        if self._notifier is not None:
            self._notifier.stop()
            self._notifier = None
