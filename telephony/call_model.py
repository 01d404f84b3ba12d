"""The engine's call bookkeeping: configuration, per-call records, the pjsua2 Call.

Split from engine.py so the Engine class keeps the loop, callbacks and recording, and
call_control.py the operator's commands; all three share these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from telephony import protocol as p
from telephony.capacity import DEFAULT_MAX_CALLS

if TYPE_CHECKING:
    from telephony.engine import Engine


def error_text(exc: BaseException) -> str:
    """pjsua2 errors carry their text in `info()`; everything else in `str()`."""
    info = getattr(exc, "info", None)
    return str(info()) if callable(info) else str(exc)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class EngineConfig:
    host: str = "127.0.0.1"
    port: int = 5060
    recordings_root: Path = Path("recordings")
    seat: str = "seat"
    region: str = "UA"
    audio_device: str | None = None
    headset_max_lag_ms: int = 120
    audio_backend: str = "portaudio"  # or "pjmedia" (ALSA in pjmedia): telephony/sound_device.py
    media_port: int = 0
    auto_answer: bool = False
    tcp: bool = True
    stun_check_s: float = 30.0  # STUN servers re-checked this often once resolved
    reserve_mb: int = 1000  # free space kept for recordings; below it, an alert (KUTY-1.1)
    gateway: str = ""  # HOST:PORT of a trunk taking numbers without registration
    record_all: bool = False  # no recording, no conversation (KUTY-1.1, record_guard.py)
    # issue 11: agent state and call admission (agent.py), ring alert (tones.py)
    agent_state: str = "ready"
    not_ready_reason: str = ""
    acw_s: int = 0
    not_ready_code: int = 486
    second_call: str = "call_waiting"
    ring_tone: bool = True
    ringer_device: str | None = None
    # issue 15: call slots asked of pjsua (capped at its build's PJSUA_MAX_CALLS), and
    # auto-answer of a call that arrives while others are up (an unattended recorder).
    max_calls: int = DEFAULT_MAX_CALLS
    auto_answer_all: bool = False
    # issue 12: a regulation without a voice channel (KZP-30-8 chat only, CSC-2.5 written
    # only) refuses every INVITE before ringing; `voice_rules` are the ids its row cites.
    voice: bool = True
    voice_rules: str = ""
    # issue 12: the seat's policy has a chat channel, so SIP MESSAGE is a written contact
    # (telephony/sip_message.py); its body limit in bytes (413 above it).
    chat: bool = False
    chat_max_bytes: int = 64 * 1024


@dataclass
class CallRecord:
    """Everything the engine knows about one call; the pjsua2 Call is `sip_call`."""

    call_id: str
    direction: p.CallDirection
    sip_call: EngineCall
    remote_uri: str = ""
    number: str | None = None
    display: str = ""
    ring_at: str = field(default_factory=now_iso)
    answer_at: str | None = None
    end_at: str | None = None
    confirmed: bool = False
    local_end: bool = False
    rejected: bool = False
    on_hold: bool = False
    audio: Any = None  # pj.AudioMedia of the call, while active
    audio_port: int = -1  # conference slot the caller track records from
    recorders: list[Any] = field(default_factory=list)
    rec_dir: Path | None = None
    recording_id: str | None = None
    sidecar: dict[str, Any] = field(default_factory=dict)
    lock: Any = None  # recordings.liveness.RecordingLock, held while recording
    rec_started: float = 0.0  # monotonic time the recorders started
    gaps: list[dict[str, Any]] = field(default_factory=list)  # audio lost (fault 2)
    waiting: bool = False  # rang while another call was up (call waiting, issue 11)
    answering: bool = False  # the seat answered (or refuses it): no more ringing
    not_recorded: bool = False  # refused: it could not be recorded (KUTY-1.1)
    transferred: bool = False  # left this seat by a transfer: ends `transferred` (issue 11)
    invite: str | None = None  # the INVITE's text until the host is told (Engine._announce)


class EngineCall(pj.Call):  # type: ignore[misc]  # pjsua2 (SWIG) is untyped
    """A pjsua2 Call that forwards its callbacks to the engine with its call id."""

    def __init__(self, engine: Engine, account: pj.Account, call_id: int = pj.PJSUA_INVALID_ID):
        super().__init__(account, call_id)
        self.engine = engine
        self.account = account  # a transfer's replacing call needs the same account
        self.kuty_id = ""
        self.cancel_message = ""

    def onCallState(self, prm: Any) -> None:
        self.engine.on_call_state(self, _message_text(prm))

    def onCallMediaState(self, prm: Any) -> None:
        self.engine.on_call_media_state(self)

    def onCallTsxState(self, prm: Any) -> None:
        # The DISCONNECTED event carries the 487 we sent, not the CANCEL: keep the CANCEL
        # here so its Reason header (answered elsewhere) is not lost.
        text = _message_text(prm)
        if text[:6].upper() == "CANCEL":
            self.cancel_message = text

    def onDtmfDigit(self, prm: Any) -> None:
        self.engine.emit(p.Dtmf(call_id=self.kuty_id, digit=str(prm.digit)[:1]))

    # Transfers (issue 11) are the Transfers collaborator's (telephony/transfer.py).
    def onCallTransferRequest(self, prm: Any) -> None:
        self.engine.transfers.on_transfer_request(self, prm)

    def onCallTransferStatus(self, prm: Any) -> None:
        self.engine.transfers.on_transfer_status(self, prm)

    def onCallReplaceRequest(self, prm: Any) -> None:
        self.engine.transfers.on_replace_request(self, prm)

    def onCallReplaced(self, prm: Any) -> None:
        self.engine.transfers.on_replaced(self, prm)


class CommandError(Exception):
    """A command that cannot be carried out; reported back as CommandFailed."""


def _message_text(prm: Any) -> str:
    """The SIP message behind a call-state change, if one was received (e.g. a CANCEL)."""
    try:
        event = prm.e
        if event.type == pj.PJSIP_EVENT_TSX_STATE:
            src = event.body.tsxState
            if src.type == pj.PJSIP_EVENT_RX_MSG:
                return str(src.src.rdata.wholeMsg)[:4000]
        elif event.type == pj.PJSIP_EVENT_RX_MSG:
            return str(event.body.rxMsg.rdata.wholeMsg)[:4000]
    except Exception:  # an odd event shape must never break call handling
        return ""
    return ""
