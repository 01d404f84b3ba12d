"""The operator's main window: status, alerts, the current call and today's history.

The window talks to the engine through two narrow seams: it listens to a
`TelephonyBridge` and sends `Command`s through a callable. That makes it drivable in
tests by protocol events alone, and keeps process handling out of widget code.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from console.alert_banner import AlertBanner
from console.bridge import TelephonyBridge
from console.call_card import CallCard
from console.call_controls import install_call_controls
from console.history_view import HistoryWidget
from console.incident_bar import IncidentsUi
from console.incidents_view import IncidentsView
from console.services import ConsoleServices
from console.status_widget import StatusWidget
from console.tasks import DbWorker
from console.verification_panel import VerificationPanel, install_verification
from desk.roles import Permission, allowed
from telephony import protocol as p

log = logging.getLogger(__name__)

HistorySource = Callable[[dt.date], Sequence[Any]]
"""Loads one day's call summaries; normally `CallLog.list_calls(day=...)`."""


class MainWindow(QMainWindow):
    """Wires bridge signals to the widgets that show them."""

    def __init__(
        self,
        bridge: TelephonyBridge,
        submit: Callable[[p.Command], None],
        worker: DbWorker | None = None,
        history_source: HistorySource | None = None,
        parent: QWidget | None = None,
        services: ConsoleServices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Kuty help desk — operator console"))
        self._bridge = bridge
        self._submit = submit
        self._worker = worker
        self._history_source = history_source
        self.services = services  # database, signed-in user, policy for feature panels
        self._recordings: dict[str, str] = {}  # recording id -> call id
        self._stalled: set[str] = set()  # call ids whose recording stopped taking audio

        self.status = StatusWidget(self)
        self.statusBar().addPermanentWidget(self.status, 1)
        self.alert_banner = AlertBanner(self)
        self.card = CallCard(self)
        self.history = HistoryWidget(self)
        history_title = QLabel(self.tr("Today's calls"), self)
        history_title.setStyleSheet("font-weight: bold;")

        main = QWidget(self)
        layout = QVBoxLayout(main)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.alert_banner)
        layout.addWidget(self.card)
        layout.addWidget(history_title)
        layout.addWidget(self.history, 1)
        # Panels of later features (verification, incidents, ...) go beside the call.
        self.side_panel = QWidget(self)
        self.side_panel.setObjectName("sidePanel")
        self._side_layout = QVBoxLayout(self.side_panel)
        self._side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_panel.hide()
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.addWidget(main, 3)
        row.addWidget(self.side_panel, 2)
        self.setCentralWidget(central)
        self.resize(900, 640)
        # Caller verification and the caller card beside the call (KUTY-2.2, KUTY-2.6).
        self.verification_panel: VerificationPanel | None = None
        if services is not None:
            self.verification_panel = install_verification(self, services, bridge)

        self.card.command_requested.connect(self._on_command_requested)
        bridge.engine_state.connect(self.status.set_engine_state)
        bridge.engine_ready.connect(self.on_event_engine_ready)
        bridge.engine_died.connect(self.on_event_engine_died)
        bridge.engine_restarted.connect(self.on_event_engine_restarted)
        bridge.call_incoming.connect(self.on_event_call_incoming)
        bridge.call_outgoing.connect(self.card.on_outgoing)
        bridge.call_state_changed.connect(self.card.on_state)
        bridge.call_answered.connect(self.card.on_answered)
        bridge.call_media_changed.connect(self.card.on_media)
        bridge.call_ended.connect(self.on_event_call_ended)
        bridge.recording_started.connect(self.on_event_recording_started)
        bridge.recording_finished.connect(self.on_event_recording_finished)
        bridge.alert.connect(self.on_event_alert)
        bridge.command_failed.connect(self.on_event_command_failed)
        bridge.registration_changed.connect(self.status.set_registration)
        bridge.call_refused.connect(self.status.count_refused)
        bridge.stun_resolved.connect(self.status.set_stun)
        bridge.stun_resolved.connect(self.on_event_stun)
        # A background job that failed with no handler of its own becomes a banner line.
        if worker is not None:
            worker.alert.connect(self.alert_banner.show_alert)
        if services is not None and services.worker is not worker:
            services.worker.alert.connect(self.alert_banner.show_alert)
        self.refresh_history()
        # Incident buttons (KUTY-3.x) under the card; messages/supervisor/complaints tabs.
        self.incidents: IncidentsUi | None = None
        self.incidents_view: IncidentsView | None = None  # supervisors' incident list
        if services is not None:
            self.incidents = IncidentsUi(self, bridge, submit, services)
            layout.insertWidget(layout.indexOf(self.card) + 1, self.incidents.bar)
            self.add_side_panel(self.incidents.tabs, 1)
            if allowed(services.actor, Permission.VIEW_INCIDENTS):
                view = self.incidents_view = IncidentsView(services, self.incidents.tabs)
                self.incidents.tabs.addTab(view, self.tr("Incidents"))
                self.incidents.bar.filed.connect(lambda _i, _c: view.refresh())
        # Agent state bar, dial box, ring alert, call waiting, DTMF, transfer (issue 11).
        self.call_controls = install_call_controls(self, bridge, submit, services)
        self.dial_box = self.call_controls.dial_box  # call_back(number): history, wrap-up

    # ------------------------------------------------------------------ actions

    def add_side_panel(self, widget: QWidget, stretch: int = 0) -> None:
        """Place a feature panel beside the call card (shown once it has a panel)."""
        self._side_layout.addWidget(widget, stretch)
        self.side_panel.show()
        self.resize(max(self.width(), 1280), self.height())

    def _on_command_requested(self, command: p.Command) -> None:
        self._submit(command)

    def refresh_history(self) -> None:
        """Reload today's calls on the database worker; never query on the GUI thread."""
        source = self._history_source
        if source is None:
            return
        day = dt.date.today()
        if self._worker is None:
            self.history.set_calls(source(day))
        else:
            self._worker.submit(lambda: source(day), label="history").success(
                self.history.set_calls
            )

    # ------------------------------------------------------------------ bridge slots

    def on_event_engine_ready(self, event: p.EngineReady) -> None:
        self.status.set_ready(event)
        if event.audio_warning or not event.audio_device:
            self.alert_banner.show_alert(
                "no_audio_device",
                self.tr("No headset found: you cannot hear callers. Plug in the headset."),
            )
        else:
            self.alert_banner.clear_alert("no_audio_device")

    def on_event_engine_died(self, description: str) -> None:
        self._recordings.clear()
        self._stalled.clear()
        self._show_recording()
        self.alert_banner.show_alert(
            "engine_died",
            self.tr(
                "The phone engine stopped unexpectedly (%1). It is restarting; "
                "a call in progress was cut off and its recording is kept."
            ).replace("%1", description),
        )

    def on_event_engine_restarted(self) -> None:
        self.alert_banner.clear_alert("engine_died")
        self.statusBar().showMessage(self.tr("The phone engine is running again."), 10000)
        self.refresh_history()

    def on_event_call_incoming(self, event: p.CallIncoming) -> None:
        self.card.on_incoming(event)  # the verification panel adds the ringing hint

    def on_event_call_ended(self, event: p.CallEnded) -> None:
        self.card.on_ended(event)
        for rec_id, call_id in list(self._recordings.items()):
            if call_id == event.call_id:
                del self._recordings[rec_id]
        self._show_recording()
        self.refresh_history()

    def on_event_recording_started(self, event: p.RecordingStarted) -> None:
        self._recordings[event.recording_id] = event.call_id
        self._show_recording()

    def _show_recording(self) -> None:
        live = set(self._recordings.values())
        self._stalled &= live
        self.status.set_recording(bool(live), stalled=bool(self._stalled))
        self.card.set_recording(bool(live), stalled=bool(self._stalled))

    def on_event_recording_finished(self, event: p.RecordingFinished) -> None:
        self._recordings.pop(event.recording_id, None)
        self._show_recording()
        if event.status == p.RecordingStatus.FAILED:
            self.on_event_alert(p.Alert(code="recording_failed", message="", call_id=event.call_id))
        self.refresh_history()

    def on_event_stun(self, event: p.StunResolved) -> None:
        if event.ok:  # the servers answer again: the earlier warning no longer holds
            self.alert_banner.clear_alert("stun_failed")

    def on_event_alert(self, event: p.Alert) -> None:
        log.warning("engine alert %s: %s", event.code, event.message)
        if event.code == "database_recovered":
            self.alert_banner.clear_alert("database_degraded")
            self.statusBar().showMessage(self.alert_text(event), 10000)
            return
        if event.code == "recording_resumed":
            self._stalled.discard(event.call_id or "")
            self._show_recording()
            self.statusBar().showMessage(self.alert_text(event), 15000)
            return
        self.alert_banner.show_alert(event.code, self.alert_text(event))
        if event.code == "recording_stalled" and event.call_id:
            self._stalled.add(event.call_id)
            self._show_recording()
        if event.code == "recording_failed":
            self._recordings = {r: c for r, c in self._recordings.items() if c != event.call_id}
            self._show_recording()

    def on_event_command_failed(self, event: p.CommandFailed) -> None:
        log.warning("engine command %s failed: %s", event.command, event.message)
        action = self.command_text(event.command)
        self.statusBar().showMessage(
            self.tr("Could not %1: %2").replace("%1", action).replace("%2", event.message),
            10000,
        )

    def command_text(self, command: str) -> str:
        """The action the operator tried, in their language (the engine reports its name)."""
        texts = {
            "answer": self.tr("answer the call"),
            "reject": self.tr("reject the call"),
            "hangup": self.tr("hang up"),
            "hold": self.tr("put the call on hold"),
            "resume": self.tr("resume the call"),
            "mute": self.tr("mute the microphone"),
            "dtmf": self.tr("send tones"),
            "dial": self.tr("place the call"),
            "set_agent_state": self.tr("change your state"),
            "transfer": self.tr("transfer the call"),
            "consult": self.tr("call for a consultation"),
            "complete_transfer": self.tr("complete the transfer"),
            "add_account": self.tr("register the SIP account"),
            "remove_account": self.tr("remove the SIP account"),
        }
        return texts.get(command, command)

    def alert_text(self, event: p.Alert) -> str:
        """The operator's wording for an alert code; the engine's English is a fallback."""
        if event.code == "recording_failed":
            return self.tr(
                "RECORDING FAILED: this call is not being recorded (KUTY-1.1). "
                "Tell your supervisor now."
            )
        if event.code == "recording_stalled":
            return self.tr(
                "RECORDING STOPPED: the recordings folder takes no more audio, this call is "
                "being lost (KUTY-1.1). Tell your supervisor now; supervisors were notified."
            )
        if event.code == "recording_resumed":
            return self.tr("Recording continues; the missing part is marked in the recording.")
        if event.code == "disk_space_low":
            return self.tr(
                "Little free space is left for recordings. Tell your supervisor before it "
                "runs out (KUTY-1.1)."
            )
        if event.code == "engine_failed":
            return self.tr(
                "The phone engine cannot start (%1). Calls cannot be taken; tell the administrator."
            ).replace("%1", event.message)
        if event.code == "no_audio_device":
            return self.tr("No headset found: you cannot hear callers. Plug in the headset.")
        if event.code == "database_degraded":
            return self.tr(
                "The database is unreachable: calls are still answered and recorded, "
                "their details are kept on this computer and saved when it is back."
            )
        if event.code == "database_recovered":
            return self.tr("The database is back; the kept call details were saved.")
        if event.code == "reconcile_failed":
            return self.tr(
                "Recordings interrupted by the engine failure could not be repaired. "
                "Tell your supervisor."
            )
        if event.code == "stun_failed":
            return self.tr(
                "The STUN server did not answer: the phone uses this computer's local address. "
                "Calls through a provider outside the office may have no sound; tell the "
                "administrator."
            )
        if event.code == "ice_unavailable":
            return self.tr(
                "ICE is switched off: the phone listens on a loopback address. Calls still "
                "work; set a network address in the settings to use ICE."
            )
        return self.tr("Phone alert: %1").replace("%1", event.message or event.code)
