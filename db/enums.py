"""Values shared by the database, the engine protocol and every host (DESIGN "Layers").

They live at the bottom of the layer order so `db/` never imports `telephony/`: the call
log stores what the engine reports, and both sides name it with these enums. No SQLAlchemy
here, so the engine process can import them without loading the ORM.
"""

from __future__ import annotations

import enum

__all__ = ["AgentState", "CallDirection", "EndReason", "RecordingStatus"]


class CallDirection(enum.StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class EndReason(enum.StrEnum):
    LOCAL_HANGUP = "local_hangup"
    REMOTE_HANGUP = "remote_hangup"
    REJECTED = "rejected"  # the operator rejected a ringing call
    MISSED = "missed"  # the caller gave up while ringing
    ANSWERED_ELSEWHERE = "answered_elsewhere"  # another seat took the forked call
    FAILED = "failed"  # SIP/media failure, e.g. 488 for unsupported codecs
    INTERRUPTED = "interrupted"  # the engine died mid-call (closed at restart)
    SHUTDOWN = "shutdown"  # the console was closed during the call
    # Issue 11: calls the seat refused, each still a row of the call log (KUTY-1.1).
    NOT_READY = "not_ready"  # the operator was Not ready / in after-call work: 486 or 480
    BUSY = "busy"  # a second call while talking and the policy says busy (or no capacity)
    NOT_RECORDED = "not_recorded"  # recording impossible where every call is recorded
    TRANSFERRED = "transferred"  # the call left this seat by a transfer (blind or attended)
    # Issue 15: INVITEs refused before the engine's own admission ran, still a row each.
    CAPACITY = "capacity"  # every call slot of the engine was taken: pjsua sent 486
    MALFORMED = "malformed"  # the INVITE failed the SIP sanity check (400/416/505)
    UNKNOWN_SOURCE = "unknown_source"  # not from the registrar/proxy while registered: 403
    # Issue 12: the seat's policy does not serve voice (KZP-30-8: chat only): refused.
    POLICY = "policy"


class RecordingStatus(enum.StrEnum):
    RECORDING = "recording"
    COMPLETE = "complete"
    INCOMPLETE = "incomplete"  # finalised, but audio is missing (e.g. a full disk): see gaps
    REPAIRED = "repaired"
    FAILED = "failed"


class AgentState(enum.StrEnum):
    """The operator's availability for calls (issue 11), kept per seat with its history."""

    READY = "ready"  # calls ring
    NOT_READY = "not_ready"  # with a policy reason code (break, lunch, ...): calls get 486
    AFTER_CALL_WORK = "after_call_work"  # wrap-up after a contact: calls get 486 until done
