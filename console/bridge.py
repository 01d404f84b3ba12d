"""The one door through which engine events enter Qt.

Widgets never parse protocol lines or watch the engine process; they connect to these
signals. Keeping a single entry point means a test can drive the whole window by feeding
protocol events to `dispatch()`, exactly as the real engine client does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, SignalInstance

from telephony import protocol as p

log = logging.getLogger(__name__)


class TelephonyBridge(QObject):
    """Re-emits engine events as Qt signals on the GUI thread.

    Signals:
        event(object): every `telephony.protocol.Event`, before the specific signal.
        engine_ready(object): `EngineReady`; the engine listens and accepts commands.
        engine_died(str): the engine process ended unexpectedly; carries a description
            (exit code or signal) for the banner and the log.
        engine_restarted(): a replacement engine reported ready after a death.
        engine_state(str): process state from the engine client: ``starting``,
            ``ready``, ``died``, ``restarting`` or ``stopped``.
        call_incoming(object): `CallIncoming`; the console is ringing.
        call_outgoing(object): `CallOutgoing`.
        call_state_changed(object): `CallStateChanged`.
        call_answered(object): `CallAnswered`; the talk timer starts here.
        call_media_changed(object): `CallMediaChanged` (hold / mute state).
        call_ended(object): `CallEnded`, including synthetic INTERRUPTED ends made by
            the engine client when the engine died mid-call.
        recording_started(object): `RecordingStarted`.
        recording_finished(object): `RecordingFinished`.
        dtmf(object): `Dtmf`.
        alert(object): `Alert`; must be shown loudly (KUTY-1.1 recording failures).
        command_failed(object): `CommandFailed`.
        engine_stopped(object): `EngineStopped`; an orderly stop the host asked for.
        registration_changed(object): `RegistrationChanged`; a SIP account's registration
            state for the status bar (issue 6).
        call_refused(object): `CallRefused`; an INVITE refused without ringing (e.g. a
            SIP scanner). Counted discreetly, never shown as a call.
        stun_resolved(object): `StunResolved`; whether the STUN servers answered.
        call_declined(object): `CallDeclined`; an INVITE the engine refused without ringing
            (agent not ready, busy, not recorded): a missed call, never a ringing card.
        agent_state_changed(object): `AgentStateChanged`; the seat's agent state as the
            engine holds it (the state bar shows only this, issue 11).
        call_transfer(object): `CallTransfer`; progress of a transfer this seat started.
        message_received(object): `MessageReceived`; a SIP MESSAGE taken as chat (issue 12),
            stored by the call log; a written queue refreshes on it.
        listening(object): `ListenRequested`, `ListenStarted`, `ListenModeChanged`,
            `ListenEnded` (issue 13, console/listen_controls.py); never shown to the
            operator who is listened to.
    """

    # Shadows QObject.event() by name only: shiboken dispatches C++ virtuals to Python
    # functions, not to signals, so Qt's own event handling of the bridge is unchanged.
    event = Signal(object)  # type: ignore[assignment]
    engine_ready = Signal(object)
    engine_died = Signal(str)
    engine_restarted = Signal()
    engine_state = Signal(str)
    call_incoming = Signal(object)
    call_outgoing = Signal(object)
    call_state_changed = Signal(object)
    call_answered = Signal(object)
    call_media_changed = Signal(object)
    call_ended = Signal(object)
    recording_started = Signal(object)
    recording_finished = Signal(object)
    dtmf = Signal(object)
    alert = Signal(object)
    command_failed = Signal(object)
    engine_stopped = Signal(object)
    registration_changed = Signal(object)
    call_refused = Signal(object)
    stun_resolved = Signal(object)
    call_declined = Signal(object)
    agent_state_changed = Signal(object)
    call_transfer = Signal(object)
    message_received = Signal(object)
    listening = Signal(object)

    def _signal_for(self, event: p.Event) -> SignalInstance | None:
        table: dict[type[p.Event], SignalInstance] = {
            p.EngineReady: self.engine_ready,
            p.CallIncoming: self.call_incoming,
            p.CallOutgoing: self.call_outgoing,
            p.CallStateChanged: self.call_state_changed,
            p.CallAnswered: self.call_answered,
            p.CallMediaChanged: self.call_media_changed,
            p.CallEnded: self.call_ended,
            p.RecordingStarted: self.recording_started,
            p.RecordingFinished: self.recording_finished,
            p.Dtmf: self.dtmf,
            p.Alert: self.alert,
            p.CommandFailed: self.command_failed,
            p.EngineStopped: self.engine_stopped,
            p.RegistrationChanged: self.registration_changed,
            p.CallRefused: self.call_refused,
            p.StunResolved: self.stun_resolved,
            p.CallDeclined: self.call_declined,
            p.AgentStateChanged: self.agent_state_changed,
            p.CallTransfer: self.call_transfer,
            p.MessageReceived: self.message_received,  # issue 12
            p.ListenRequested: self.listening,
            p.ListenStarted: self.listening,
            p.ListenModeChanged: self.listening,
            p.ListenEnded: self.listening,
        }
        return table.get(type(event))

    def dispatch(self, event: p.Event) -> None:
        """Emit `event` and then its specific signal; call only on the GUI thread."""
        self.event.emit(event)
        signal = self._signal_for(event)
        if signal is None:
            log.warning("no signal for engine event %r", event)
            return
        signal.emit(event)
