"""The message channel between the SIP engine process and its host (console or `kuty serve`).

The engine runs in its own process so that a pjsua2 abort cannot take the UI or unsaved
database rows with it (see docs/adr/0001-engine-process.md). Both directions are JSON
lines: the engine prints one event per line on stdout, the host writes one command per
line on the engine's stdin. Events carry ids, enums and strings, never pjsua2 objects,
so this module imports no pjsua2 and no Qt and both sides can share it.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar

from db.enums import AgentState as AgentState
from db.enums import CallDirection as CallDirection
from db.enums import EndReason as EndReason
from db.enums import RecordingStatus as RecordingStatus


class CallState(enum.StrEnum):
    RINGING = "ringing"  # incoming, waiting for the operator
    CALLING = "calling"  # outgoing, INVITE sent
    EARLY = "early"
    CONNECTING = "connecting"
    CONFIRMED = "confirmed"  # talking
    DISCONNECTED = "disconnected"


WITHHELD = "withheld"
"""Caller-id value for anonymous/withheld numbers, distinct from "unknown" (None)."""


# ---------------------------------------------------------------------------- events


@dataclass(frozen=True)
class Event:
    """Base class of everything the engine reports."""

    name: ClassVar[str] = ""


@dataclass(frozen=True)
class EngineReady(Event):
    name: ClassVar[str] = "engine_ready"
    listen: str
    pid: int
    seat: str
    audio_device: str | None = None
    audio_warning: str | None = None
    pjsip: str = ""  # the PJSIP version the engine runs, e.g. "2.16"
    openssl: str = ""  # the OpenSSL its SIP TLS links, e.g. "OpenSSL 3.0.19 27 Jan 2026"
    max_calls: int = 0
    """Calls the engine can hold at once, as pjsua really has them (issue 15: pjsua caps
    the request at its build's PJSUA_MAX_CALLS and refuses the rest with 486); 0 unknown."""
    max_calls_requested: int = 0  # what the seat asked for (`--max-calls`)


@dataclass(frozen=True)
class CallIncoming(Event):
    """An INVITE arrived and the console is ringing."""

    name: ClassVar[str] = "call_incoming"
    call_id: str
    remote_uri: str
    caller_number: str | None  # E.164, WITHHELD, or None when nothing parseable
    display_name: str
    ring_at: str  # ISO 8601 UTC
    pai: str | None = None
    sip_call_id: str = ""
    waiting: bool = False
    """Another call is up on this seat: the console shows call waiting (issue 11); answering
    it holds the others first."""
    replaces: str | None = None
    """Our call id this INVITE replaces (attended transfer completed *to* this seat, SIP
    Replaces): the new call is answered at once and the old one ends `transferred`."""


@dataclass(frozen=True)
class CallOutgoing(Event):
    name: ClassVar[str] = "call_outgoing"
    call_id: str
    remote_uri: str
    callee_number: str | None
    ring_at: str
    consult_for: str | None = None
    """The call (on hold) this outgoing call consults for, in an attended transfer."""


@dataclass(frozen=True)
class CallStateChanged(Event):
    name: ClassVar[str] = "call_state"
    call_id: str
    state: CallState
    sip_code: int = 0
    reason: str = ""


@dataclass(frozen=True)
class CallAnswered(Event):
    name: ClassVar[str] = "call_answered"
    call_id: str
    answer_at: str


@dataclass(frozen=True)
class CallMediaChanged(Event):
    name: ClassVar[str] = "call_media"
    call_id: str
    on_hold: bool
    muted: bool


@dataclass(frozen=True)
class RecordingStarted(Event):
    name: ClassVar[str] = "recording_started"
    call_id: str
    recording_id: str
    directory: str
    caller_path: str
    operator_path: str
    sample_rate: int
    started_at: str


@dataclass(frozen=True)
class RecordingFinished(Event):
    """Both tracks closed, fsynced, renamed into place and hashed; stereo mix made."""

    name: ClassVar[str] = "recording_finished"
    call_id: str
    recording_id: str
    directory: str
    caller_path: str
    operator_path: str
    mixed_path: str | None
    duration_s: float
    sample_rate: int
    caller_sha256: str
    operator_sha256: str
    mixed_sha256: str | None
    status: RecordingStatus
    gaps: str = ""
    """JSON list of missing intervals, ``[{"track", "from_s", "to_s"}]``; "" when none."""
    missing_s: float = 0.0
    """Seconds of the call with no audio on at least one track (status ``incomplete``)."""


@dataclass(frozen=True)
class CallEnded(Event):
    name: ClassVar[str] = "call_ended"
    call_id: str
    end_at: str
    end_reason: EndReason
    sip_code: int = 0


@dataclass(frozen=True)
class Dtmf(Event):
    name: ClassVar[str] = "dtmf"
    call_id: str
    digit: str


@dataclass(frozen=True)
class CallDeclined(Event):
    """An INVITE this seat refused without ringing the operator (issue 11): agent not ready
    or in after-call work, a second call where the policy says busy, a recording that
    cannot be made where every call is recorded (KUTY-1.1). One event is a whole call-log
    row (a missed call with its reason), unlike `CallRefused` (scanners, never a call)."""

    name: ClassVar[str] = "call_declined"
    call_id: str
    remote_uri: str
    caller_number: str | None
    display_name: str
    ring_at: str
    end_at: str
    end_reason: EndReason  # NOT_READY, BUSY, NOT_RECORDED; issue 15 below
    sip_code: int  # the final response sent: 486, 480, 503 (403, 400, 488, ...)
    reason: str = ""  # English detail for logs ("agent not ready: lunch")
    sip_call_id: str = ""
    suppressed: int = 0
    """Issue 15 (telephony/refusals.py): refusals before the engine's admission ran are rows
    too: CAPACITY (every call slot taken, 486), MALFORMED (sanity check), UNKNOWN_SOURCE
    (not the registrar, 403), FAILED (pjsua's own, e.g. 488). They are rate limited; this
    counts the call attempts of the same kind not written since the previous row."""


@dataclass(frozen=True)
class AgentStateChanged(Event):
    """The seat's agent state (issue 11). The engine holds it, because it answers INVITEs
    (486 when not ready) without asking the host; hosts store every change with its time
    (the wallboard and reports read that history)."""

    name: ClassVar[str] = "agent_state"
    state: AgentState
    since: str  # ISO 8601 UTC
    reason: str = ""  # NOT_READY: the policy's reason code (break, lunch, training, other)
    call_id: str | None = None  # AFTER_CALL_WORK: the contact being wrapped up
    acw_limit_s: int = 0  # AFTER_CALL_WORK: the engine returns to READY by itself after this
    cause: str = "command"  # "command" | "start" | "call_ended" | "acw_limit"


@dataclass(frozen=True)
class CallTransfer(Event):
    """Progress of a transfer this seat started (issue 11, SIP REFER; NOTIFY sipfrag).
    On "completed" the call also ends with `EndReason.TRANSFERRED`."""

    name: ClassVar[str] = "call_transfer"
    call_id: str  # the call being transferred
    target: str  # the SIP URI it goes to
    kind: str  # "blind" | "attended"
    status: str  # "trying" | "accepted" | "completed" | "failed"
    sip_code: int = 0  # from the NOTIFY's sipfrag (or the REFER's final response)
    reason: str = ""
    consult_call_id: str | None = None  # attended: the consultation call that is replaced


@dataclass(frozen=True)
class Alert(Event):
    """Something the operator must see at once (e.g. recording failed, KUTY-1.1)."""

    name: ClassVar[str] = "alert"
    code: str  # machine-readable, e.g. "recording_failed", "no_audio_device"
    message: str  # English, for logs; the console translates by code
    call_id: str | None = None


RECORDING_ALERTS = frozenset(
    {"recording_failed", "recording_stalled", "disk_space_low", "reconcile_failed"}
    | {"not_recorded"}  # issue 11: a call refused because it could not be recorded
)
"""Alert codes that mean a recording is (or may soon be) losing audio (KUTY-1.1): audited,
and sent to supervisors in-app and by e-mail, not only shown to the operator."""


@dataclass(frozen=True)
class CommandFailed(Event):
    name: ClassVar[str] = "command_failed"
    command: str
    message: str
    call_id: str | None = None


@dataclass(frozen=True)
class RegistrationChanged(Event):
    """A SIP account's registration state (shown in the status bar, issue 6)."""

    name: ClassVar[str] = "registration"
    account_id: str
    state: str  # "registered" | "unregistered" | "failing"
    code: int = 0  # last SIP status (401/403 wrong password, 408 no answer, ...)
    reason: str = ""
    expires_s: int = 0
    seat_uri: str = ""
    """Where a colleague's seat reaches this one after the change (issue 13, ADR 0016): the
    default registered account's AOR at its registrar while one is registered (the guard
    then admits only the registrar/proxy, which relays the AOR to our contact), else the
    seat's own `sip:operator@host:port`; "" from an engine that does not say."""


@dataclass(frozen=True)
class StunResolved(Event):
    """The STUN servers answered (or not) (issue 6); a failure also raises an Alert.

    With STUN, SIP over UDP and each call's media advertise the public address the
    server saw; without, they advertise the local one."""

    name: ClassVar[str] = "stun"
    servers: str  # comma-separated host[:port], in the order pjsua tries them
    ok: bool
    server: str = ""  # the server that answered
    reason: str = ""  # why not, when ok is False


@dataclass(frozen=True)
class CallRefused(Event):
    """An INVITE refused without ringing, e.g. from a host that is not our registrar
    (SIP scanners); logged for the audit trail, never shown as a call."""

    name: ClassVar[str] = "call_refused"
    source: str
    remote_uri: str
    sip_code: int
    reason: str


@dataclass(frozen=True)
class RequestRefused(Event):
    """A request other than INVITE refused by the engine (issue 10): from a host that is
    not our registrar, a method or event package the engine does not serve, no dialog for
    it. For the audit trail and logs, never shown as a call. Rate limited: `suppressed`
    counts the refusals not reported since the previous event."""

    name: ClassVar[str] = "request_refused"
    method: str
    source: str  # "host:port" the request came from ("" when unknown)
    sip_code: int
    reason: str
    suppressed: int = 0


@dataclass(frozen=True)
class MessageReceived(Event):
    """A SIP MESSAGE (RFC 3428) the seat took as a chat message (issue 12): only where the
    seat's policy has a chat channel (`--chat`), from a source INVITEs may come from. The
    host stores it like mail: the exact request bytes with their SHA-256, a `messages`
    row (channel chat), a case opened or joined by `from_uri` (incidents/sip_messages.py).
    JSON lines carry text, so the bytes travel as base64."""

    name: ClassVar[str] = "message_received"
    source: str  # "host:port"
    from_uri: str
    to_uri: str
    sip_call_id: str
    content_type: str  # as declared; "" when the request had none (read as text/plain)
    size: int
    raw_b64: str
    received_at: str  # ISO 8601 UTC


@dataclass(frozen=True)
class ListenRequested(Event):
    """Operator's seat (issue 13): an INVITE carrying a listen grant for one of its calls
    waits, unanswered and unrung, until the host has checked the grant in the database
    (desk/listening.py) and sent `listen_accept` or `listen_refuse`."""

    name: ClassVar[str] = "listen_requested"
    listen_id: str  # the grant's id, the same on both seats
    call_id: str  # the call to be listened to
    token_sha256: str  # of the grant's one-time secret, which is never logged or stored
    source: str = ""  # "host:port" the INVITE came from


@dataclass(frozen=True)
class ListenStarted(Event):
    """A listening session is up. `side`: "operator" (this seat's call is listened to)
    or "supervisor" (this seat listens)."""

    name: ClassVar[str] = "listen_started"
    listen_id: str
    call_id: str
    side: str
    mode: str = "listen"  # "listen" | "whisper" | "barge"
    at: str = ""  # ISO 8601 UTC, when the engine saw it (audits: each change is its own)


@dataclass(frozen=True)
class ListenModeChanged(Event):
    name: ClassVar[str] = "listen_mode"
    listen_id: str
    call_id: str
    side: str
    mode: str
    at: str = ""


@dataclass(frozen=True)
class ListenEnded(Event):
    """The session ended or was refused (`sip_code` 403: grant refused, 404: no such call)."""

    name: ClassVar[str] = "listen_ended"
    listen_id: str
    call_id: str
    side: str
    reason: str = ""
    sip_code: int = 0
    at: str = ""


@dataclass(frozen=True)
class EngineStopped(Event):
    name: ClassVar[str] = "engine_stopped"
    reason: str = ""


EVENT_TYPES: dict[str, type[Event]] = {
    cls.name: cls
    for cls in (
        EngineReady,
        CallIncoming,
        CallOutgoing,
        CallStateChanged,
        CallAnswered,
        CallMediaChanged,
        RecordingStarted,
        RecordingFinished,
        CallEnded,
        CallDeclined,
        AgentStateChanged,
        CallTransfer,
        Dtmf,
        Alert,
        CommandFailed,
        RegistrationChanged,
        StunResolved,
        CallRefused,
        RequestRefused,
        ListenRequested,
        ListenStarted,
        ListenModeChanged,
        ListenEnded,
        EngineStopped,
        MessageReceived,
    )
}


def _enum_fields(cls: type[Event]) -> dict[str, type[enum.Enum]]:
    """Fields typed with an Enum, by the dataclass's own annotations (a field called
    `state` is a CallState in one event and free text in another)."""
    hints = typing.get_type_hints(cls)
    return {
        name: hint
        for name, hint in hints.items()
        if isinstance(hint, type) and issubclass(hint, enum.Enum)
    }


_ENUM_FIELDS: dict[str, dict[str, type[enum.Enum]]] = {
    name: _enum_fields(cls) for name, cls in EVENT_TYPES.items()
}


class ProtocolError(ValueError):
    """A line on the channel was not a valid message."""


_FIELD_NAMES: dict[type[Event], tuple[str, ...]] = {}


def encode_event(event: Event) -> str:
    """One JSON line. Fields are read directly (issue 15: `dataclasses.asdict` deep-copies
    every value and cost ~10 us per event on the answer path); every field is a scalar, a
    StrEnum or None, which json writes as they are."""
    cls = type(event)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(event))
    payload: dict[str, Any] = {"event": event.name}
    for name in names:
        payload[name] = getattr(event, name)
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def decode_event(line: str) -> Event:
    try:
        payload = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ProtocolError(f"not JSON: {line[:200]!r}") from exc
    if not isinstance(payload, dict):
        raise ProtocolError("event is not an object")
    cls = EVENT_TYPES.get(str(payload.pop("event", "")))
    if cls is None:
        raise ProtocolError(f"unknown event in {line[:200]!r}")
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {k: v for k, v in payload.items() if k in names}
    try:
        for key, enum_cls in _ENUM_FIELDS[cls.name].items():
            if key in kwargs:
                kwargs[key] = enum_cls(kwargs[key])
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise ProtocolError(f"bad {cls.name}: {exc}") from exc


def recording_finished_from_sidecar(data: dict[str, Any]) -> RecordingFinished:
    """The event for a finalised recording, from its `call.json` sidecar.

    Used by the engine after a normal close and by the host after repairing recordings
    a crashed engine left behind, so both paths report the same facts.
    """
    tracks = data.get("tracks") or {}

    def track(name: str, key: str) -> Any:
        return (tracks.get(name) or {}).get(key)

    return RecordingFinished(
        call_id=str(data["call_id"]),
        recording_id=str(data["recording_id"]),
        directory=str(data["directory"]),
        caller_path=str(track("caller", "path") or ""),
        operator_path=str(track("operator", "path") or ""),
        mixed_path=track("mixed", "path"),
        duration_s=float(data.get("duration_s") or 0.0),
        sample_rate=int(data.get("sample_rate") or 16000),
        caller_sha256=str(track("caller", "sha256") or ""),
        operator_sha256=str(track("operator", "sha256") or ""),
        mixed_sha256=track("mixed", "sha256"),
        status=RecordingStatus(data.get("status") or "failed"),
        gaps=json.dumps(data["gaps"], sort_keys=True) if data.get("gaps") else "",
        missing_s=float(data.get("missing_s") or 0.0),
    )


# -------------------------------------------------------------------------- commands


class CommandName(enum.StrEnum):
    ANSWER = "answer"  # args: hold_others (bool, default true: call waiting, issue 11)
    REJECT = "reject"
    HANGUP = "hangup"  # args: closing_phrase (WAV path, optional), max_s
    HOLD = "hold"
    RESUME = "resume"
    MUTE = "mute"  # args: on (bool)
    DTMF = "dtmf"  # args: digits
    DIAL = "dial"  # args: uri
    SET_AGENT_STATE = "set_agent_state"  # args: state (AgentState), reason (policy code)
    TRANSFER = "transfer"  # blind; args: target (number or SIP URI)
    CONSULT = "consult"  # attended, step 1: hold call_id and dial args.target
    COMPLETE_TRANSFER = "complete_transfer"  # step 2: args.consult_call_id (REFER+Replaces)
    ADD_ACCOUNT = "add_account"  # args: AccountSpec.to_args() (carries the password)
    REMOVE_ACCOUNT = "remove_account"  # args: account_id
    SHUTDOWN = "shutdown"
    PING = "ping"
    # issue 13, live listening (telephony/listening.py)
    LISTEN = "listen"  # supervisor's seat; args: uri, listen_id, call_id, token
    LISTEN_ACCEPT = "listen_accept"  # operator's seat, grant checked; args: listen_id
    LISTEN_REFUSE = "listen_refuse"  # operator's seat; args: listen_id, reason
    LISTEN_MODE = "listen_mode"  # args: listen_id, mode (listen | whisper | barge)
    LISTEN_STOP = "listen_stop"  # args: listen_id


@dataclass(frozen=True)
class Command:
    cmd: CommandName
    call_id: str | None = None
    args: dict[str, Any] = field(default_factory=dict)


def encode_command(command: Command) -> str:
    return json.dumps(
        {"cmd": command.cmd.value, "call_id": command.call_id, "args": command.args},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode_command(line: str) -> Command:
    """One command line. Arguments may also be given at the top level, as a person typing
    into `kuty serve`'s stdin would: ``{"cmd": "set_agent_state", "state": "ready"}``."""
    try:
        payload = json.loads(line)
        cmd = CommandName(payload["cmd"])
        call_id = payload.get("call_id")
        args = payload.get("args") or {}
        if call_id is not None and not isinstance(call_id, str):
            raise TypeError("call_id must be a string")
        if not isinstance(args, dict):
            raise TypeError("args must be an object")
        extra = {k: v for k, v in payload.items() if k not in ("cmd", "call_id", "args")}
        args = {**extra, **args}
    except (json.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
        raise ProtocolError(f"bad command {line[:200]!r}: {exc}") from exc
    return Command(cmd=cmd, call_id=call_id, args=args)
