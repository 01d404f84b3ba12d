"""What a request's dossier will hold, before it is built (KUTY-1.3, issue 13).

Building a dossier copies every recording and seals the folder: minutes of work and a
custody trail. The preview lets the head administrator check the scope first: each
recording with its size and SHA-256 (the ones the dossier's SHA256SUMS will carry), which
transcripts it will include and which not and why (recordings.request_transcripts),
the wrap-ups (carried in the recordings' manifest) and the incidents. Same selection as
`recordings.dossier._gather`, read only; audited (who looked at which request).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Call, Recording
from db.models_incidents import Incident, Message
from db.models_operator_day import WrapUp
from db.models_records import AdminRequest
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission
from recordings.request_transcripts import NotTranscribed, transcript_states
from recordings.requests import RequestScope, calls_in_scope, scope_of

__all__ = [
    "DossierPreview",
    "PreviewIncident",
    "PreviewRecording",
    "PreviewWrapUp",
    "preview_dossier",
]

TRACKS = ("caller", "operator", "mixed")


@dataclass(frozen=True)
class PreviewRecording:
    recording_id: str
    call_id: str
    number: str | None
    started_at: datetime
    size_bytes: int | None  # None: a track file is missing (export will refuse it)
    sha256: dict[str, str]  # track -> SHA-256 stored at hang-up


@dataclass(frozen=True)
class PreviewWrapUp:
    call_id: str
    registration_number: str | None
    category: str


@dataclass(frozen=True)
class PreviewIncident:
    id: int
    kind: str  # db.models_incidents.IncidentKind value: translated by the view
    call_id: str | None


@dataclass(frozen=True)
class DossierPreview:
    request_id: int
    scope: RequestScope
    calls: int
    recordings: list[PreviewRecording]
    transcripts: list[str]  # recording ids whose transcript is included
    not_transcribed: list[NotTranscribed]
    wrap_ups: list[PreviewWrapUp]
    incidents: list[PreviewIncident]
    messages: int


def _size(rec: Recording) -> int | None:
    total = 0
    for track in TRACKS:
        path = getattr(rec, f"{track}_path")
        if not path:
            continue
        try:
            total += os.stat(path).st_size
        except OSError:
            return None
    return total


def _messages(session: Session, scope: RequestScope) -> int:
    stmt = sa.select(sa.func.count(Message.id))
    if scope.period_from:
        stmt = stmt.where(Message.received_at >= scope.period_from)
    if scope.period_to:
        stmt = stmt.where(Message.received_at <= scope.period_to)
    if scope.operator_ids:
        stmt = stmt.where(Message.operator_id.in_(scope.operator_ids))
    return int(session.scalar(stmt) or 0)


def preview_dossier(
    sessions: sessionmaker[Session], actor: Actor, request_id: int
) -> DossierPreview:
    """The dossier's contents as it would be built now.

    Raises:
        PermissionDenied: the actor lacks MANAGE_REQUESTS (audited).
        NotFound: no such request.
    """
    authorize(sessions, actor, Permission.MANAGE_REQUESTS, action="preview_dossier", id=request_id)
    with sessions.begin() as session:
        req = session.get(AdminRequest, request_id)
        if req is None:
            raise NotFound(f"request {request_id} does not exist")
        scope = scope_of(req)
        call_ids = list(session.scalars(calls_in_scope(scope)))
        recs = (
            list(
                session.scalars(
                    sa.select(Recording)
                    .where(Recording.call_id.in_(call_ids))
                    .order_by(Recording.id)
                )
            )
            if call_ids
            else []
        )
        stmt = sa.select(Call.id, Call.remote_number).where(Call.id.in_(call_ids))
        numbers = {call_id: number for call_id, number in session.execute(stmt)}
        recordings = [
            PreviewRecording(
                r.id,
                r.call_id,
                numbers.get(r.call_id),
                r.started_at,
                _size(r),
                {t: d for t in TRACKS if (d := getattr(r, f"{t}_sha256"))},
            )
            for r in recs
        ]
        included: list[str] = []
        missing: list[NotTranscribed] = []
        if scope.transcripts:
            included, missing = transcript_states(session, [r.id for r in recs])
        wraps = (
            [
                PreviewWrapUp(str(w.call_id), w.registration_number, w.category)
                for w in session.scalars(
                    sa.select(WrapUp).where(WrapUp.call_id.in_(call_ids)).order_by(WrapUp.id)
                )
            ]
            if scope.recordings and call_ids
            else []
        )
        incidents = (
            [
                PreviewIncident(i.id, i.kind.value, i.call_id)
                for i in session.scalars(
                    sa.select(Incident).where(Incident.call_id.in_(call_ids)).order_by(Incident.id)
                )
            ]
            if scope.incidents and call_ids
            else []
        )
        messages = _messages(session, scope) if scope.correspondence else 0
        append_audit(
            session,
            "dossier_previewed",
            actor.label,
            {"request_id": request_id, "recordings": len(recordings), "calls": len(call_ids)},
        )
    return DossierPreview(
        request_id, scope, len(call_ids), recordings, included, missing, wraps, incidents, messages
    )
