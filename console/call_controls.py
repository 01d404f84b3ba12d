"""Install the operator's call controls into the main window (issue 11): the agent state bar
and dial box toolbar, the ring alert, call waiting / DTMF / transfer wiring, declined calls.

One function, so main_window.py keeps a single wiring line and its layout stays the
window's (the wrap-up helper owns it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolBar

from console.agent_state_bar import AgentStateBar, policy_reasons
from console.bridge import TelephonyBridge
from console.caller_display import format_number
from console.dial_box import DialBox, load_call_back_lists, mark_call_back_done
from console.ring_alert import RingAlert
from telephony import protocol as p

if TYPE_CHECKING:
    from console.main_window import MainWindow
    from console.services import ConsoleServices


@dataclass
class CallControls:
    toolbar: QToolBar
    state_bar: AgentStateBar
    dial_box: DialBox
    ring_alert: RingAlert


def declined_text(event: p.CallDeclined) -> str:
    """One status-bar line for a call the engine turned away without ringing."""
    number = format_number(event.caller_number, event.remote_uri)
    reasons = {
        p.EndReason.NOT_READY: QCoreApplication.translate(
            "CallControls", "Missed call from %1: you were not ready"
        ),
        p.EndReason.BUSY: QCoreApplication.translate(
            "CallControls", "Missed call from %1: busy on another call"
        ),
        p.EndReason.NOT_RECORDED: QCoreApplication.translate(
            "CallControls", "Missed call from %1: it could not be recorded (KUTY-1.1)"
        ),
        p.EndReason.CAPACITY: QCoreApplication.translate(
            "CallControls", "Missed call from %1: all lines of this seat were busy"
        ),
        p.EndReason.MALFORMED: QCoreApplication.translate(
            "CallControls", "Refused a malformed call request from %1"
        ),
        p.EndReason.POLICY: QCoreApplication.translate(
            "CallControls", "Refused a call from %1: this desk takes no voice calls (KZP-30-8)"
        ),
        p.EndReason.UNKNOWN_SOURCE: QCoreApplication.translate(
            "CallControls", "Refused a call from %1: it did not come through the PBX"
        ),
    }
    text = reasons.get(
        event.end_reason, QCoreApplication.translate("CallControls", "Missed call from %1")
    )
    return text.replace("%1", number)


def install_call_controls(
    window: MainWindow,
    bridge: TelephonyBridge,
    submit: Callable[[p.Command], None],
    services: ConsoleServices | None,
) -> CallControls:
    """Add the state bar and dial box as a top toolbar and wire them to the bridge."""
    policy = None
    region = "UA"
    if services is not None:
        region = services.settings.default_region or "UA"
        try:
            policy = services.policy
        except Exception:  # a broken policy file must not stop the console; defaults apply
            policy = None
    state_bar = AgentStateBar(policy_reasons(policy), window)
    loader: Callable[[], tuple[list[Any], list[Any]]] | None = None
    submit_job: Callable[..., Any] | None = None
    mark_done: Callable[[int, str | None], None] | None = None
    if services is not None:
        svc = services

        def loader() -> tuple[list[Any], list[Any]]:
            return load_call_back_lists(svc)

        def mark_done(wrap_up_id: int, call_id: str | None) -> None:
            mark_call_back_done(svc, wrap_up_id, call_id)

        submit_job = svc.worker.submit
    dial_box = DialBox(region, window, loader, submit_job, mark_done)
    toolbar = QToolBar(QCoreApplication.translate("CallControls", "Agent state and dialling"))
    toolbar.setObjectName("callControlsToolBar")
    toolbar.setMovable(False)
    toolbar.addWidget(state_bar)
    toolbar.addSeparator()
    toolbar.addWidget(dial_box)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    ring = RingAlert(window)
    state_bar.command_requested.connect(submit)
    dial_box.command_requested.connect(submit)
    dial_box.status_message.connect(lambda text: window.status.show_notice(text, 8000))
    dial_box.status_done.connect(window.status.clear_notice)

    bridge.agent_state_changed.connect(state_bar.on_agent_state)
    bridge.engine_state.connect(state_bar.on_engine_state)
    bridge.call_incoming.connect(ring.on_incoming)
    bridge.call_outgoing.connect(dial_box.on_outgoing)
    bridge.call_answered.connect(dial_box.on_answered)
    bridge.call_ended.connect(dial_box.on_ended)
    bridge.dtmf.connect(window.card.on_dtmf)
    bridge.call_transfer.connect(window.card.on_transfer)

    def declined(event: p.CallDeclined) -> None:
        window.status.show_notice(declined_text(event), 15000)
        dial_box.on_declined(event)

    bridge.call_declined.connect(declined)
    dial_box.refresh()
    return CallControls(toolbar, state_bar, dial_box, ring)
