"""Prepare a recording for review: permission, integrity, masking and audit, in that order.

Qt-free, so the console's player is only widgets and the checks can be tested (and used)
without a display. Order of a play (`prepare_play`, on a background thread):

1. permission (PLAY_RECORDING, audited when denied);
2. the track is copied to a private temp file and *that copy* is hashed against the
   SHA-256 stored at hang-up (`recordings.evidence.verified_copy`): a mismatch is audited
   ("integrity_mismatch") and raises `EvidenceError`, and nothing plays; because the copy
   is what plays, a file swapped after the check cannot be heard instead;
3. roles without HEAR_KEY_PHRASE get the key-phrase spans silenced (`mask_wav`);
4. "recording_played" (recording id, track, masked) is appended to the audit chain; if
   that write fails the exception propagates and nothing plays.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Recording
from db.models_incidents import Incident
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission
from recordings.evidence import verified_copy
from recordings.masking import key_phrase_spans, mask_wav, must_mask

__all__ = ["TRACK_FILES", "PlayMarker", "PlayPrep", "new_workdir", "prepare_play"]

TRACK_FILES = {"caller": "caller", "operator": "operator", "both": "mixed"}
"""UI track choice -> Recording column prefix; "both" is the stereo mix made at hang-up."""


@dataclass(frozen=True)
class PlayMarker:
    """A point of interest in seconds from the start ("incident" or "key_phrase")."""

    at_s: float
    label: str
    kind: str


@dataclass(frozen=True)
class PlayPrep:
    """Everything the player needs after the checks: the file to play and what to draw."""

    recording_id: str
    call_id: str
    track: str
    play_path: Path
    masked: bool
    masked_spans: list[tuple[float, float]] = field(default_factory=list)
    markers: list[PlayMarker] = field(default_factory=list)


def prepare_play(
    sessions: sessionmaker[Session],
    actor: Actor,
    recording_id: str,
    track: str,
    workdir: Path,
) -> PlayPrep:
    """Check, copy, mask and audit one play; see the module docstring for the order.

    Raises:
        PermissionDenied: the actor may not play recordings (audited).
        NotFound: no such recording or no finished file for that track.
        EvidenceError: the file is missing or its SHA-256 differs (audited).
    """
    column = TRACK_FILES[track]
    authorize(sessions, actor, Permission.PLAY_RECORDING, action="play", recording_id=recording_id)
    with sessions.begin() as session:
        rec = session.get(Recording, recording_id)
        if rec is None:
            raise NotFound(f"recording {recording_id} does not exist")
        call_id = rec.call_id
        path_text, expected = getattr(rec, f"{column}_path"), getattr(rec, f"{column}_sha256")
        spans = key_phrase_spans(session, call_id)
        incidents = session.execute(
            sa.select(Incident.kind, Incident.offset_s).where(
                Incident.call_id == call_id, Incident.offset_s.is_not(None)
            )
        ).all()
    if not path_text or not expected:
        raise NotFound(f"recording {recording_id} has no finished {track} track")
    workdir.mkdir(parents=True, exist_ok=True)
    copy = verified_copy(
        sessions,
        actor,
        recording_id,
        track,
        Path(path_text),
        expected,
        workdir / f"{recording_id}-{column}.wav",
        context="play",
        call_id=call_id,
    )
    masked = must_mask(actor) and bool(spans)
    play_path = copy
    if masked:
        play_path = workdir / f"{recording_id}-{column}-masked.wav"
        mask_wav(copy, play_path, spans)
        copy.unlink()
    with sessions.begin() as session:
        append_audit(
            session,
            "recording_played",
            actor.label,
            {"recording_id": recording_id, "track": track, "masked": masked},
            call_id=call_id,
        )
    markers = [
        PlayMarker(float(off), f"incident: {kind.value}", "incident") for kind, off in incidents
    ]
    markers += [PlayMarker(a, "key phrase", "key_phrase") for a, _ in spans]
    return PlayPrep(
        recording_id,
        call_id,
        track,
        play_path,
        masked,
        spans if masked else [],
        sorted(markers, key=lambda m: m.at_s),
    )


def new_workdir() -> Path:
    """A private folder for played copies; removed when the player closes."""
    return Path(tempfile.mkdtemp(prefix="kuty-play-"))
