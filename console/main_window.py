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

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.alert_banner import AlertBanner
from console.bridge import TelephonyBridge
from console.call_card import CallCard
from console.call_controls import install_call_controls
from console.history_view import HistoryWidget
from console.incident_bar import IncidentsUi
from console.incidents_view import IncidentsView
from console.layout_memory import LayoutMemory, SideTabs, scrolling
from console.scripts_panel import FOCUS_SHORTCUT as SCRIPTS_SHORTCUT
from console.scripts_panel import ScriptsPanel
from console.services import ConsoleServices
from console.status_widget import StatusWidget
from console.tasks import DbWorker
from console.verification_panel import VerificationPanel, install_verification
from console.wallboard_view import WallboardView
from console.workspaces import Workspace, WorkspaceNav
from console.wrapup_pane import WrapUpPane
from desk.roles import Permission, Role, allowed
from telephony import protocol as p

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1280, 680)
"""Fits a 1366x768 screen with its task bar; the user's own size is remembered."""
LEFT_MIN_WIDTH = 460
RIGHT_MIN_WIDTH = 380
HISTORY_MIN_HEIGHT = 130

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
        self.history.call_back_requested.connect(self.call_back)
        self._build_layout()
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
        bridge.call_outgoing.connect(lambda _e: self.workspaces.show_workspace("calls"))
        bridge.call_state_changed.connect(self.card.on_state)
        bridge.call_answered.connect(self.card.on_answered)
        bridge.call_media_changed.connect(self.card.on_media)
        bridge.call_ended.connect(self.on_event_call_ended)
        # A caller turned away without ringing (not ready, busy) is a row of today's calls
        # too; without this it showed only after the next call ended (issue 11).
        bridge.call_declined.connect(lambda _event: self.refresh_history())
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
        self.scripts_panel: ScriptsPanel | None = None
        self.wrapup: WrapUpPane | None = None
        if services is not None:
            self._install_after_call_work(services, bridge, submit)
            self.incidents = IncidentsUi(
                self, bridge, submit, services, self.side_tabs, self.supervision_tabs
            )
            self._left_layout.insertWidget(
                self._left_layout.indexOf(self.card) + 1, self.incidents.bar
            )
            if self.wrapup is not None:
                self.incidents.bar.form_wanted.connect(self.wrapup.show_incident)
            if allowed(services.actor, Permission.VIEW_INCIDENTS):
                view = self.incidents_view = IncidentsView(services, self.supervision_tabs)
                self.supervision_tabs.addTab(view, self.tr("Incidents"))
                self.incidents.bar.filed.connect(lambda _i, _c: view.refresh())
            if self.incidents.queue is not None:
                self.incidents.queue.count_changed.connect(
                    lambda n: self.workspaces.set_count("supervision", n)
                )
        self.wallboard: WallboardView | None = None
        if services is not None and allowed(services.actor, Permission.VIEW_AGENT_STATES):
            self._install_wallboard(services, bridge)
            if self.wallboard is not None and self.incidents and self.incidents.queue:
                self.wallboard.refreshed.connect(self.incidents.queue.follow_board)  # issue 13
        # Agent state bar, dial box, ring alert, call waiting, DTMF, transfer (issue 11).
        self.call_controls = install_call_controls(self, bridge, submit, services)
        self.dial_box = self.call_controls.dial_box  # call_back(number): history, wrap-up
        if self.wrapup is not None and self.dial_box is not None:
            # A wrap-up asking for a call-back puts it on the call-back list at once.
            self.wrapup.saved.connect(lambda _w: self.dial_box.refresh())
        self._install_workspaces(services)
        self._layout_memory = LayoutMemory(self, services)
        self._layout_memory.restore()

    # ------------------------------------------------------------------ layout

    def _build_layout(self) -> None:
        """Call card + wrap-up on the left, tabs on the right, today's calls below.

        Everything fits 1366x768 at 100 % (issue 11): each column scrolls instead of
        squashing its fields, the splitters keep the user's sizes, and the window never
        resizes itself when a feature adds a panel.
        """
        left = QWidget(self)
        left.setObjectName("leftColumn")
        self._left_layout = QVBoxLayout(left)
        self._left_layout.setContentsMargins(0, 0, 0, 0)
        self._left_layout.addWidget(self.card)
        self._left_layout.addStretch(1)
        self.left_column = scrolling(left, "leftScroll", self)
        self.left_column.setMinimumWidth(LEFT_MIN_WIDTH)

        self.side_tabs = SideTabs(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setMinimumWidth(RIGHT_MIN_WIDTH)
        # The caller tab: verification and the caller card (install_verification fills it).
        self.side_panel = QWidget(self)
        self.side_panel.setObjectName("sidePanel")
        self._side_layout = QVBoxLayout(self.side_panel)
        self._side_layout.setContentsMargins(4, 4, 4, 4)
        self.side_tabs.hide()

        self.work_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.work_splitter.setObjectName("workSplitter")
        self.work_splitter.setChildrenCollapsible(False)
        self.work_splitter.addWidget(self.left_column)
        self.work_splitter.addWidget(self.side_tabs)
        self.work_splitter.setStretchFactor(0, 3)
        self.work_splitter.setStretchFactor(1, 2)

        below = QWidget(self)
        below.setObjectName("historyArea")
        history_layout = QVBoxLayout(below)
        history_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        history_title = QLabel(self.tr("Today's calls"), below)
        history_title.setStyleSheet("font-weight: bold;")
        title_row.addWidget(history_title, 1)
        title_row.addWidget(self.history.call_back_button)
        history_layout.addLayout(title_row)
        history_layout.addWidget(self.history, 1)
        below.setMinimumHeight(HISTORY_MIN_HEIGHT)

        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.addWidget(self.work_splitter)
        self.main_splitter.addWidget(below)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 1)

        # Supervision (issue 13): the queue, incidents and complaints get a whole page of
        # their own instead of tabs beside an idle call card.
        self.supervision_tabs = QTabWidget(self)
        self.supervision_tabs.setObjectName("supervisionTabs")
        self.supervision_tabs.setDocumentMode(True)
        self.supervision_tabs.hide()

        self.workspaces = WorkspaceNav(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 4, 4, 0)
        column.addWidget(self.alert_banner)
        column.addWidget(self.workspaces, 1)
        self.setCentralWidget(central)
        self.resize(DEFAULT_SIZE)

    def _install_workspaces(self, services: ConsoleServices | None) -> None:
        """The workspaces this role may use, its home one in front (issue 13).

        Roles that take no calls (head administrator, admin) get no call card, no agent
        state and no dial box: nothing on screen they are not allowed to use.
        """
        takes_calls = services is None or allowed(services.actor, Permission.HANDLE_CALLS)
        if takes_calls:
            self.workspaces.add(
                Workspace(
                    "calls",
                    self.tr("Calls"),
                    self.tr("The call, the caller's verification (KUTY-2.2) and today's calls"),
                    self.main_splitter,
                )
            )
        else:
            self.main_splitter.setParent(self)
            self.main_splitter.hide()
            self.call_controls.toolbar.hide()
            self.call_controls.toolbar.toggleViewAction().setVisible(False)
        if self.supervision_tabs.count():
            self.supervision_tabs.show()
            self.workspaces.add(
                Workspace(
                    "supervision",
                    self.tr("Supervision"),
                    self.tr("Notices, incidents (KUTY-3.x) and complaints (KUTY-1.2)"),
                    self.supervision_tabs,
                )
            )
        self.dashboard: Any = None
        if services is not None and allowed(services.actor, Permission.VIEW_INCIDENTS):
            # pyqtgraph (and numpy) load only for the roles that see plots.
            from console.dashboard_view import DashboardView

            self.dashboard = DashboardView(services, self)
            self.workspaces.add(
                Workspace(
                    "reports",
                    self.tr("Reports"),
                    self.tr("Calls, outcomes, incidents, verification and complaints by day"),
                    self.dashboard,
                )
            )
        self.written_view: Any = None
        if services is not None and takes_calls:
            self._install_written(services)
        if services is not None and not self.workspaces.available():
            # An admin: the settings and accounts live behind the Settings menu for now.
            from console.admin_page import AdminPage

            self.admin_page = AdminPage(services, self)
            self.workspaces.add(
                Workspace(
                    "administration",
                    self.tr("Administration"),
                    self.tr("Seat settings, SIP accounts, users and imports"),
                    self.admin_page,
                )
            )
        if services is not None and services.actor.role in (Role.SUPERVISOR, Role.HEAD_ADMIN):
            self.workspaces.show_workspace("supervision")

    def _install_written(self, services: ConsoleServices) -> None:
        """The written workspace (issue 12) where the seat's policy has a written channel."""
        from console.written_view import WRITTEN_CHANNELS, WrittenView

        if not any(kind in WRITTEN_CHANNELS for kind in services.policy.channel_kinds):
            return
        view = self.written_view = WrittenView(services, self)
        self.workspaces.add(
            Workspace(
                "written",
                # Short: the navigation is as wide as its longest title (workspaces.py).
                self.tr("Inbox"),
                self.tr(
                    "Written contacts: e-mails in order of arrival, thread, reply, notes, "
                    "abuse and threats (KZP-30-9, CSC-2.4, KUTY-3.3/3.4)"
                ),
                view,
            )
        )
        view.count_changed.connect(lambda n: self.workspaces.set_count("written", n))
        # The operator may join this seat's call to the writer's case (issue 12).
        self._bridge.call_incoming.connect(lambda e: view.on_call(e.call_id, e.caller_number))
        self._bridge.call_outgoing.connect(lambda e: view.on_call(e.call_id, e.callee_number))
        self._bridge.call_answered.connect(lambda e: view.on_call_answered(e.call_id))

    def _install_wallboard(self, services: ConsoleServices, bridge: TelephonyBridge) -> None:
        """The wallboard first in Supervision (issue 13); this seat's own events refresh
        it at once, other seats' through PostgreSQL NOTIFY (console.wallboard_view)."""
        board = self.wallboard = WallboardView(services, self.supervision_tabs)
        self.supervision_tabs.insertTab(0, board, self.tr("Wallboard"))
        self.supervision_tabs.setCurrentIndex(0)
        for signal in (
            bridge.call_incoming,
            bridge.call_outgoing,
            bridge.call_answered,
            bridge.call_ended,
            bridge.call_declined,
            bridge.agent_state_changed,
            bridge.alert,
        ):
            signal.connect(lambda _event: board.changed.emit())
        if allowed(services.actor, Permission.LISTEN_LIVE):  # issue 13: live listening
            from console.listen_controls import ListenControls

            board.add_call_actions(
                ListenControls(services, self._submit, bridge, board.selected_call, board)
            )

    def add_workspace(self, key: str, title: str, tooltip: str, page: QWidget) -> None:
        """Another workspace from an installer in console/app.py (recordings, admin)."""
        self.workspaces.add(Workspace(key, title, tooltip, page))

    def show_workspace(self, key: str) -> bool:
        return self.workspaces.show_workspace(key)

    def _install_after_call_work(
        self,
        services: ConsoleServices,
        bridge: TelephonyBridge,
        submit: Callable[[p.Command], None],
    ) -> None:
        """Wrap-up pane under the call (never a dialog) and the scripts tab (issue 11)."""
        if not allowed(services.actor, Permission.HANDLE_CALLS):
            return
        self.wrapup = WrapUpPane(services, bridge, submit, self)
        self._left_layout.insertWidget(self._left_layout.indexOf(self.card) + 1, self.wrapup)
        self.scripts_panel = ScriptsPanel(services, self)
        self.add_side_panel(self.scripts_panel, title=self.tr("Scripts"))
        scripts, wrapup = self.scripts_panel, self.wrapup
        scripts.refused.connect(
            lambda rule, category: scripts.show_refusal(rule, wrapup.add_refused(rule, category))
        )
        self.wrapup.saved.connect(lambda _w: self.refresh_history())  # category, reg. number
        self.wrapup.incident_changed.connect(lambda _i: self.refresh_history())
        self.scripts_panel.focus_requested.connect(
            lambda: self.side_tabs.setCurrentIndex(self._tab_index(self.scripts_panel))
        )
        focus = QShortcut(QKeySequence(SCRIPTS_SHORTCUT), self)
        focus.activated.connect(self.scripts_panel.focus_list)

    def _tab_index(self, widget: QWidget | None) -> int:
        """The side tab holding `widget` (it may sit inside a scroll area)."""
        for index in range(self.side_tabs.count()):
            page = self.side_tabs.widget(index)
            if (
                page is not None
                and widget is not None
                and (page is widget or page.isAncestorOf(widget))
            ):
                return index
        return -1

    # ------------------------------------------------------------------ actions

    def add_side_panel(self, widget: QWidget, stretch: int = 0, title: str | None = None) -> None:
        """Place a feature panel on the right: in the caller tab, or on a tab of its own.

        The window keeps its size: a panel scrolls inside its tab rather than growing it.
        """
        if title is None:
            self._side_layout.addWidget(widget, stretch)
            if self._tab_index(self.side_panel) < 0:
                self.side_tabs.insertTab(0, self.side_panel, self.tr("Caller"))
                self.side_tabs.setCurrentIndex(0)
        else:
            self.side_tabs.addTab(widget, title)
        self.side_tabs.show()

    def call_back(self, number: str) -> None:
        """Dial `number` through the dial box (history, wrap-up call-backs: issue 11)."""
        dial_box = getattr(self, "dial_box", None)
        slot = getattr(dial_box, "call_back", None)
        if callable(slot):
            slot(number)
            return
        log.warning("call back to %s asked for, but this window has no dial box", number)
        self.statusBar().showMessage(self.tr("Dialling is not available on this console."), 10000)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember this user's splitter sizes and window size for the next shift."""
        self._layout_memory.save()
        if self.wallboard is not None:
            self.wallboard.shutdown()
        super().closeEvent(event)

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
        # A supervisor reading the queue must see the ringing call (issue 13).
        self.workspaces.show_workspace("calls")
        # A ringing call must be in view even if the wrap-up below was scrolled to.
        self.left_column.verticalScrollBar().setValue(0)

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
        if event.code == "no_ringer_device":
            return self.tr(
                "The desk speakers for the ringtone cannot be opened: calls ring only in the "
                "headset. Check the ringer device in the settings."
            )
        if event.code == "not_recorded":
            return self.tr(
                "A call was refused because it could not be recorded (KUTY-1.1): the caller "
                "heard an apology. Tell your supervisor now; supervisors were notified."
            )
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
