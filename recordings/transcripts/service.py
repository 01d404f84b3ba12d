"""Transcribe a recording per track, keep every edit as a version, read with masking.

Rules this module enforces (DESIGN.md, issue "Transcripts"):

* Permission: making, reading and editing transcripts needs `Permission.PLAY_RECORDING`:
  a transcript is the recording's content in another form, so whoever may not hear the
  call may not read it either (operators). Editing needs no more than reading because an
  edit never destroys anything: the machine draft and every earlier version stay.
* Integrity: each track is hashed and compared with the SHA-256 stored at hang-up before
  the engine sees it (`recordings.evidence`); a mismatch is audited
  ("integrity_mismatch") and refused with `EvidenceError`.
* Speakers: the engine runs on caller.wav and operator.wav separately; each segment is
  tagged with its track, and the two lists are merged by time.
* Key phrase: it must never be stored in plain text anywhere (verification keeps only a
  hash). So when verification marked key-phrase spans, the engine is given *masked
  copies* of both tracks (recordings.masking.mask_wav, the same silence export uses; the
  operator track too, since an operator may repeat the phrase back), never the
  originals. On reading, segments overlapping a span are additionally shown as
  `MASK_TEXT` to roles without HEAR_KEY_PHRASE (also covers spans marked later).
* Every create, read and edit is an audit event; an action whose audit fails does not
  happen (the audit row is in the same transaction as the change).
"""

from __future__ import annotations

import json
import logging
import tempfile
import threading
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Call, Operator, Recording, utcnow
from db.models_transcripts import Transcript, TranscriptVersion
from desk.errors import NotFound, UserFacingError
from desk.gate import authorize
from desk.roles import Actor, Permission, allowed
from recordings.evidence import EvidenceError, verify_tracks
from recordings.evidence import recorded_tracks as _recorded_tracks
from recordings.masking import Span, key_phrase_spans, mask_wav
from recordings.transcripts.engines import (
    TranscriptionCancelled,
    TranscriptionEngine,
    TranscriptionFailed,
)
from recordings.transcripts.segments import (
    MASK_TEXT,
    Segment,
    Speaker,
    SpokenSegment,
    merge_tracks,
    overlaps,
    segments_from_json,
    segments_to_json,
)

__all__ = [
    "IntegrityMismatch",
    "TranscriptView",
    "VersionInfo",
    "latest",
    "read_transcript",
    "save_edit",
    "transcribe_recording",
    "transcripts_of_recording",
    "versions",
]

TRACKS: tuple[Speaker, ...] = (Speaker.CALLER, Speaker.OPERATOR)

log = logging.getLogger(__name__)


IntegrityMismatch = EvidenceError
"""Old name of `recordings.evidence.EvidenceError` (the one integrity failure type), kept
because recordings/transcripts/cli.py's `_guarded` still imports it."""


@dataclass(frozen=True)
class VersionInfo:
    version: int
    author: str
    created_at: datetime
    is_machine: bool
    segments: int


@dataclass(frozen=True)
class TranscriptView:
    """One version of a transcript as a given actor may see it, with the call's facts."""

    id: int
    recording_id: str
    call_id: str
    engine: str
    language: str
    version: int
    author: str
    created_at: datetime
    is_machine: bool
    segments: tuple[SpokenSegment, ...]
    masked: bool  # True if some text was replaced by MASK_TEXT for this reader
    number: str | None
    call_started_at: datetime | None
    operator_name: str | None
    duration_s: float | None
    source_sha256: dict[str, str]  # track -> SHA-256 stored at hang-up


def transcribe_recording(
    sessions: sessionmaker[Session],
    actor: Actor,
    recording_id: str,
    engine: TranscriptionEngine,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Run `engine` on both tracks and store the merged result as version 1.

    Args:
        progress: called with (milliseconds of audio done, total milliseconds).
        cancel: set it to stop; nothing is stored.

    Returns:
        The new transcript's id.

    Raises:
        PermissionDenied: no PLAY_RECORDING (audited).
        NotFound: no such recording, or it has no finished track.
        EvidenceError: a track differs from its stored SHA-256 (audited).
        TranscriptionCancelled: `cancel` was set.
        TranscriptionError: ModelMissing, EngineUnavailable, UnsupportedAudio from the
            engine, or TranscriptionFailed for anything else it raised (logged).
    """
    authorize(
        sessions,
        actor,
        Permission.PLAY_RECORDING,
        action="transcribe_recording",
        recording_id=recording_id,
    )
    with sessions.begin() as session:
        rec = session.get(Recording, recording_id)
        if rec is None:
            raise NotFound(f"recording {recording_id} does not exist")
        call_id = rec.call_id
        recorded = _recorded_tracks(rec, TRACKS)
        tracks = [(Speaker(t.name), t.path, t.sha256) for t in recorded]
        spans = key_phrase_spans(session, call_id)
    if not tracks:
        raise NotFound(f"recording {recording_id} has no finished track with a SHA-256")
    verify_tracks(
        sessions,
        actor,
        recording_id,
        recorded,
        context="transcribe",
        call_id=call_id,
    )
    lengths = [_duration_ms(path) for _, path, _ in tracks]
    total_ms = sum(lengths)
    results: list[tuple[Speaker, list[Segment]]] = []
    with tempfile.TemporaryDirectory(prefix="kuty-transcribe-") as tmp:
        offset_ms = 0
        for (speaker, path, _), length in zip(tracks, lengths, strict=True):
            source = path
            if spans:  # the engine never hears the key phrase, so it can never write it
                source = Path(tmp) / f"{speaker.value}.wav"
                mask_wav(path, source, spans)

            def on_progress(done_s: float, _total: float, base: int = offset_ms) -> None:
                if progress is not None:
                    progress(min(total_ms, base + round(done_s * 1000)), total_ms)

            try:
                segs = engine.transcribe(source, cancel=cancel, progress=on_progress)
            except (TranscriptionCancelled, UserFacingError):
                raise
            except Exception as exc:
                # The engine's own text ("Out of bounds on buffer access (axis 0)") means
                # nothing to a supervisor: it goes to the log, the user gets one clear line.
                log.exception(
                    "engine %s failed on %s track of %s", engine.name, speaker.value, recording_id
                )
                raise TranscriptionFailed(engine.name, recording_id, speaker.value) from exc
            results.append((speaker, segs))
            offset_ms += length
    merged = merge_tracks(results)
    with sessions.begin() as session:
        row = Transcript(
            recording_id=recording_id,
            call_id=call_id,
            engine=engine.name,
            language=engine.language,
            created_at=utcnow(),
            created_by=actor.label,
            caller_sha256=next((d for s, _, d in tracks if s is Speaker.CALLER), None),
            operator_sha256=next((d for s, _, d in tracks if s is Speaker.OPERATOR), None),
            masked_spans=json.dumps([list(s) for s in spans]),
        )
        session.add(row)
        session.flush()
        session.add(
            TranscriptVersion(
                transcript_id=row.id,
                version=1,
                author=f"engine:{engine.name}",
                created_at=row.created_at,
                is_machine=True,
                segments=segments_to_json(merged),
            )
        )
        append_audit(
            session,
            "transcript_created",
            actor.label,
            {
                "transcript_id": row.id,
                "recording_id": recording_id,
                "engine": engine.name,
                "language": engine.language,
                "segments": len(merged),
                "key_phrase_masked": bool(spans),
            },
            call_id=call_id,
        )
        return row.id


def _duration_ms(path: Path) -> int:
    with wave.open(str(path), "rb") as w:
        return round(1000 * w.getnframes() / max(1, w.getframerate()))


def _load(session: Session, transcript_id: int) -> Transcript:
    row = session.get(Transcript, transcript_id)
    if row is None:
        raise NotFound(f"transcript {transcript_id} does not exist")
    return row


def _version_row(session: Session, transcript_id: int, version: int | None) -> TranscriptVersion:
    stmt = sa.select(TranscriptVersion).where(TranscriptVersion.transcript_id == transcript_id)
    if version is not None:
        stmt = stmt.where(TranscriptVersion.version == version)
    row = session.scalars(stmt.order_by(TranscriptVersion.version.desc()).limit(1)).first()
    if row is None:
        raise NotFound(f"transcript {transcript_id} has no version {version}")
    return row


def _mask(segs: Sequence[SpokenSegment], spans: Sequence[Span]) -> tuple[list[SpokenSegment], bool]:
    out, masked = [], False
    for s in segs:
        if overlaps(s, spans) and s.text != MASK_TEXT:
            out.append(replace(s, text=MASK_TEXT, confidence=None))
            masked = True
        else:
            out.append(s)
    return out, masked


def _spans(session: Session, row: Transcript) -> list[Span]:
    stored = [(float(a), float(b)) for a, b in json.loads(row.masked_spans or "[]")]
    return sorted(set(stored) | set(key_phrase_spans(session, row.call_id)))


def read_transcript(
    sessions: sessionmaker[Session],
    actor: Actor,
    transcript_id: int,
    version: int | None = None,
) -> TranscriptView:
    """A version (default: the latest) as `actor` may see it; the read is audited.

    Raises:
        PermissionDenied: no PLAY_RECORDING (audited).
        NotFound: no such transcript or version.
    """
    authorize(
        sessions,
        actor,
        Permission.PLAY_RECORDING,
        action="read_transcript",
        transcript_id=transcript_id,
    )
    with sessions.begin() as session:
        row = _load(session, transcript_id)
        ver = _version_row(session, transcript_id, version)
        segs = segments_from_json(ver.segments)
        masked = False
        if not allowed(actor, Permission.HEAR_KEY_PHRASE):
            segs, masked = _mask(segs, _spans(session, row))
        rec = session.get(Recording, row.recording_id)
        call = session.get(Call, row.call_id)
        op = session.get(Operator, call.operator_id) if call and call.operator_id else None
        append_audit(
            session,
            "transcript_read",
            actor.label,
            {"transcript_id": transcript_id, "version": ver.version, "masked": masked},
            call_id=row.call_id,
        )
        sums = {
            t: d
            for t in ("caller", "operator", "mixed")
            if rec is not None and (d := getattr(rec, f"{t}_sha256"))
        }
        return TranscriptView(
            id=row.id,
            recording_id=row.recording_id,
            call_id=row.call_id,
            engine=row.engine,
            language=row.language,
            version=ver.version,
            author=ver.author,
            created_at=ver.created_at,
            is_machine=ver.is_machine,
            segments=tuple(segs),
            masked=masked,
            number=call.remote_number if call else None,
            call_started_at=(call.answer_at or call.ring_at) if call else None,
            operator_name=op.display_name if op else None,
            duration_s=rec.duration_s if rec else None,
            source_sha256=sums,
        )


def latest(sessions: sessionmaker[Session], actor: Actor, transcript_id: int) -> TranscriptView:
    """The newest version (an edit if any, else the machine draft)."""
    return read_transcript(sessions, actor, transcript_id)


def versions(
    sessions: sessionmaker[Session], actor: Actor, transcript_id: int
) -> list[VersionInfo]:
    """Every version, oldest first (no text: list it without a read audit per version)."""
    authorize(
        sessions, actor, Permission.PLAY_RECORDING, action="transcript_versions", id=transcript_id
    )
    with sessions.begin() as session:
        _load(session, transcript_id)
        rows = session.scalars(
            sa.select(TranscriptVersion)
            .where(TranscriptVersion.transcript_id == transcript_id)
            .order_by(TranscriptVersion.version)
        )
        return [
            VersionInfo(
                r.version, r.author, r.created_at, r.is_machine, len(segments_from_json(r.segments))
            )
            for r in rows
        ]


def transcripts_of_recording(
    sessions: sessionmaker[Session], actor: Actor, recording_id: str
) -> list[int]:
    """Ids of the recording's transcripts, oldest first."""
    authorize(
        sessions, actor, Permission.PLAY_RECORDING, action="list_transcripts", id=recording_id
    )
    with sessions.begin() as session:
        stmt = sa.select(Transcript.id).where(Transcript.recording_id == recording_id)
        return list(session.scalars(stmt.order_by(Transcript.id)))


def save_edit(
    sessions: sessionmaker[Session],
    actor: Actor,
    transcript_id: int,
    segments: Sequence[SpokenSegment],
) -> int:
    """Store `segments` as a new version; every earlier version is kept. Returns its number.

    An editor without HEAR_KEY_PHRASE sees key-phrase segments as `MASK_TEXT` and sends
    them back that way; such a segment gets the previous version's text for the same
    time and speaker, so saving never wipes text the editor could not see.

    Raises:
        PermissionDenied: no PLAY_RECORDING (audited).
        NotFound: no such transcript.
        ValueError: a segment with bad times or speaker.
    """
    authorize(
        sessions, actor, Permission.PLAY_RECORDING, action="edit_transcript", id=transcript_id
    )
    segs = [SpokenSegment(s.start_s, s.end_s, s.speaker, s.text, s.confidence) for s in segments]
    with sessions.begin() as session:
        row = _load(session, transcript_id)
        prev = _version_row(session, transcript_id, None)
        before = {
            (s.speaker, s.start_s, s.end_s): s.text for s in segments_from_json(prev.segments)
        }
        restored = [
            replace(s, text=before.get((s.speaker, s.start_s, s.end_s), MASK_TEXT))
            if s.text == MASK_TEXT
            else s
            for s in segs
        ]
        restored.sort(key=lambda s: (s.start_s, TRACKS.index(s.speaker), s.end_s))
        number = prev.version + 1
        session.add(
            TranscriptVersion(
                transcript_id=transcript_id,
                version=number,
                author=actor.label,
                created_at=utcnow(),
                is_machine=False,
                segments=segments_to_json(restored),
            )
        )
        append_audit(
            session,
            "transcript_edited",
            actor.label,
            {"transcript_id": transcript_id, "version": number, "segments": len(restored)},
            call_id=row.call_id,
        )
        return number
