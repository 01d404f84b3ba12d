"""The transcript shown beside the player (issue 13), or why there is none.

A reviewer must never take a missing transcript for a silent call, so the player's pane
gets either the latest version (read through `read_transcript`: permission, masking for
roles without HEAR_KEY_PHRASE, audited) or `NotTranscribed` with a reason the console
words: the recording is still being made, it lost audio or failed, or nobody has had it
transcribed yet. Qt-free so the same answer serves the GUI and tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from db.enums import RecordingStatus
from db.models import Recording
from desk.errors import NotFound
from desk.roles import Actor
from recordings.transcripts.service import (
    TranscriptView,
    read_transcript,
    transcripts_of_recording,
)

__all__ = ["REASONS", "NotTranscribed", "transcript_for_player"]

REASONS = ("recording", "failed", "never")
"""Why a recording has no transcript: still recording, failed/no audio, never asked."""


@dataclass(frozen=True)
class NotTranscribed:
    """No transcript of `recording_id`; `reason` is one of `REASONS`."""

    recording_id: str
    reason: str


def transcript_for_player(
    sessions: sessionmaker[Session], actor: Actor, recording_id: str
) -> TranscriptView | NotTranscribed:
    """The latest transcript version, or why there is none.

    Raises:
        PermissionDenied: the actor may not play recordings (audited by the service).
        NotFound: no such recording.
    """
    ids = transcripts_of_recording(sessions, actor, recording_id)
    if ids:
        return read_transcript(sessions, actor, ids[-1])
    with sessions.begin() as session:
        rec = session.get(Recording, recording_id)
        if rec is None:
            raise NotFound(f"recording {recording_id} does not exist")
        status = rec.status
        has_tracks = bool(rec.caller_path and rec.operator_path)
    if status is RecordingStatus.RECORDING:
        return NotTranscribed(recording_id, "recording")
    if status is RecordingStatus.FAILED or not has_tracks:
        return NotTranscribed(recording_id, "failed")
    return NotTranscribed(recording_id, "never")
