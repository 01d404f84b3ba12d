"""Values shared by the database, the engine protocol and every host (DESIGN "Layers").

They live at the bottom of the layer order so `db/` never imports `telephony/`: the call
log stores what the engine reports, and both sides name it with these enums. No SQLAlchemy
here, so the engine process can import them without loading the ORM.
"""

from __future__ import annotations

import enum

__all__ = ["CallDirection", "EndReason", "RecordingStatus"]


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


class RecordingStatus(enum.StrEnum):
    RECORDING = "recording"
    COMPLETE = "complete"
    INCOMPLETE = "incomplete"  # finalised, but audio is missing (e.g. a full disk): see gaps
    REPAIRED = "repaired"
    FAILED = "failed"
