"""Transcripts of requested calls: queued when a request is registered (KUTY-1.3, issue 13).

A head administrator who asks for transcripts must get them, or be told why not: a dossier
that simply lacks a call's transcript reads as "nothing was said". So registering a
request that wants transcripts queues every recording in its scope that has none, and
each recording's transcript is always in one of the `TranscriptState`s, which the dossier
preview and the dossier itself list (`not_transcribed.json`).

The queue is the audit chain itself (events `transcription_queued` and
`transcription_failed`, with the call id so they are found through the indexed column):
no new table (no migration this session), and the queue's history is evidence too. A
worker (`run_queued`: the console's requests view after registering, or `kuty`) takes
the recordings whose latest event is "queued" and transcribes them with the seat's engine.
"""

from __future__ import annotations

import enum
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import AuditEvent, Recording
from db.models_transcripts import Transcript
from desk.roles import Actor
from recordings.transcripts.engines import (
    EngineUnavailable,
    ModelMissing,
    TranscriptionCancelled,
    TranscriptionEngine,
)

__all__ = [
    "FAILED",
    "QUEUED",
    "NotTranscribed",
    "TranscriptState",
    "queue_transcripts",
    "queued_recordings",
    "run_queued",
    "transcript_states",
]

QUEUED = "transcription_queued"
FAILED = "transcription_failed"

log = logging.getLogger(__name__)


class TranscriptState(enum.StrEnum):
    INCLUDED = "included"  # a transcript exists: the dossier carries it
    QUEUED = "queued"  # still waiting for the engine
    FAILED = "failed"  # the engine ran and failed (or the audio failed its check)
    ENGINE_MISSING = "engine_missing"  # no usable engine or model on the seat
    NOT_QUEUED = "not_queued"  # never asked for (a request registered before issue 13)


NOT_TRANSCRIBED_UK = {
    TranscriptState.QUEUED: "не розшифровано: ще в черзі на розшифрування",
    TranscriptState.FAILED: "не розшифровано: розшифрування не вдалося",
    TranscriptState.ENGINE_MISSING: "не розшифровано: немає рушія або моделі розшифрування",
    TranscriptState.NOT_QUEUED: "не розшифровано: розшифрування не замовлялося",
}
"""The dossier is Ukrainian (README, not_transcribed.json) whatever the screen language."""


@dataclass(frozen=True)
class NotTranscribed:
    recording_id: str
    call_id: str
    state: TranscriptState
    detail: str  # the failure's code ("transcription.engine_failed"), empty otherwise

    def to_json_dict(self) -> dict[str, str]:
        return {
            "recording_id": self.recording_id,
            "call_id": self.call_id,
            "reason": self.state.value,
            "reason_uk": NOT_TRANSCRIBED_UK[self.state],
            "detail": self.detail,
        }


def _transcribed(session: Session, rec_ids: Sequence[str]) -> set[str]:
    if not rec_ids:
        return set()
    stmt = sa.select(Transcript.recording_id).where(Transcript.recording_id.in_(list(rec_ids)))
    return set(session.scalars(stmt))


def _last_events(session: Session, call_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """recording id -> payload (with "kind") of its newest queue event."""
    if not call_ids:
        return {}
    stmt = (
        sa.select(AuditEvent.kind, AuditEvent.payload)
        .where(AuditEvent.kind.in_((QUEUED, FAILED)), AuditEvent.call_id.in_(list(call_ids)))
        .order_by(AuditEvent.id)
    )
    out: dict[str, dict[str, str]] = {}
    for kind, payload in session.execute(stmt):
        data = json.loads(payload)
        out[str(data["recording_id"])] = {**data, "kind": kind}
    return out


def queue_transcripts(
    session: Session, actor: Actor, request_id: int, rec_ids: Sequence[str]
) -> list[str]:
    """Queue the recordings that have no transcript and are not queued yet; in the caller's
    transaction (the request's registration), so a request never exists without its queue.
    Returns the ids queued now."""
    rows = session.execute(
        sa.select(Recording.id, Recording.call_id).where(Recording.id.in_(list(rec_ids)))
    ).all()
    done = _transcribed(session, rec_ids)
    last = _last_events(session, [c for _r, c in rows])
    queued: list[str] = []
    for rec_id, call_id in sorted(rows):
        if rec_id in done or last.get(rec_id, {}).get("kind") == QUEUED:
            continue
        payload = {"recording_id": rec_id, "request_id": request_id, "rule": "KUTY-1.3"}
        append_audit(session, QUEUED, actor.label, payload, call_id=call_id)
        queued.append(rec_id)
    return queued


def transcript_states(
    session: Session, rec_ids: Sequence[str]
) -> tuple[list[str], list[NotTranscribed]]:
    """(recordings with a transcript, the others with why not), both in `rec_ids` order."""
    stmt = sa.select(Recording.id, Recording.call_id).where(Recording.id.in_(list(rec_ids)))
    rows = {rec_id: call_id for rec_id, call_id in session.execute(stmt)}
    done = _transcribed(session, rec_ids)
    last = _last_events(session, list(set(rows.values())))
    included: list[str] = []
    missing: list[NotTranscribed] = []
    for rec_id in rec_ids:
        if rec_id in done:
            included.append(rec_id)
            continue
        event = last.get(rec_id)
        if event is None:
            state, detail = TranscriptState.NOT_QUEUED, ""
        elif event["kind"] == QUEUED:
            state, detail = TranscriptState.QUEUED, ""
        else:
            state, detail = TranscriptState(event["reason"]), event.get("code", "")
        missing.append(NotTranscribed(rec_id, rows.get(rec_id, ""), state, detail))
    return included, missing


def queued_recordings(sessions: sessionmaker[Session]) -> list[str]:
    """Recordings whose newest queue event is "queued" and that still have no transcript."""
    with sessions.begin() as session:
        latest: dict[str, str] = {}
        for kind, payload in session.execute(
            sa.select(AuditEvent.kind, AuditEvent.payload)
            .where(AuditEvent.kind.in_((QUEUED, FAILED)))
            .order_by(AuditEvent.id)
        ):
            latest[str(json.loads(payload)["recording_id"])] = kind
        waiting = [r for r, kind in latest.items() if kind == QUEUED]
        done = _transcribed(session, waiting)
        return sorted(r for r in waiting if r not in done)


def _fail(
    sessions: sessionmaker[Session], actor: Actor, rec_id: str, state: TranscriptState, code: str
) -> None:
    with sessions.begin() as session:
        call_id = session.scalar(sa.select(Recording.call_id).where(Recording.id == rec_id))
        payload = {"recording_id": rec_id, "reason": state.value, "code": code}
        append_audit(session, FAILED, actor.label, payload, call_id=call_id)


def run_queued(
    sessions: sessionmaker[Session],
    actor: Actor,
    engine: Callable[[], TranscriptionEngine],
) -> dict[str, TranscriptState]:
    """Transcribe every queued recording, oldest queue first; returns each one's outcome.

    `engine` builds the seat's engine (it may raise ValueError for a wrong setting: every
    queued recording is then `engine_missing`, audited, so the dossier says so). A missing
    model or package is `engine_missing` too; any other failure is `failed` with its code.
    """
    from recordings.transcripts.service import transcribe_recording

    outcome: dict[str, TranscriptState] = {}
    try:
        built: TranscriptionEngine | None = engine()
    except ValueError as exc:
        log.warning("no transcription engine: %s", exc)
        built = None
    for rec_id in queued_recordings(sessions):
        if built is None:
            _fail(sessions, actor, rec_id, TranscriptState.ENGINE_MISSING, "transcription.setting")
            outcome[rec_id] = TranscriptState.ENGINE_MISSING
            continue
        try:
            transcribe_recording(sessions, actor, rec_id, built)
        except TranscriptionCancelled:
            raise
        except (ModelMissing, EngineUnavailable) as exc:
            _fail(sessions, actor, rec_id, TranscriptState.ENGINE_MISSING, _code(exc))
            outcome[rec_id] = TranscriptState.ENGINE_MISSING
        except Exception as exc:  # the reason goes to the dossier; the text to the log
            log.warning("queued transcription of %s failed: %r", rec_id, exc)
            _fail(sessions, actor, rec_id, TranscriptState.FAILED, _code(exc))
            outcome[rec_id] = TranscriptState.FAILED
        else:
            outcome[rec_id] = TranscriptState.INCLUDED
    return outcome


def _code(exc: BaseException) -> str:
    return str(getattr(exc, "code", None) or type(exc).__name__)
