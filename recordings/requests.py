"""The head administrator's request register (KUTY-1.3).

KUTY-1.3: the technical administrator must hand over, on the head administrator's demand,
audio recordings and electronic correspondence. Each demand is registered here (who asked,
when, what: calls by period/number/operator, correspondence, transcripts, verification
log, incidents, complaints; due date; status) and fulfilled by `recordings.dossier`.

An open request is a promise to deliver its recordings, so the retention job must not
delete them: `recording_ids_in_open_requests` / `recording_in_open_request` give
`incidents.retention` what it needs to keep them (the scope is stored, not a frozen id
list, so calls that arrive later for an open period are protected too).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Call, Recording, utcnow
from db.models_records import OPEN_STATUSES, AdminRequest, RequestStatus
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission
from recordings.request_transcripts import queue_transcripts

__all__ = [
    "RequestScope",
    "RequestSummary",
    "calls_in_scope",
    "cancel_request",
    "create_request",
    "list_requests",
    "recording_ids_in_open_requests",
    "recording_in_open_request",
    "scope_of",
]


@dataclass(frozen=True)
class RequestScope:
    """What the head administrator asked for; an empty list means "any"."""

    period_from: datetime | None = None
    period_to: datetime | None = None
    numbers: tuple[str, ...] = ()
    operator_ids: tuple[int, ...] = ()
    recordings: bool = True
    correspondence: bool = False
    transcripts: bool = False
    verification_log: bool = False
    incidents: bool = False
    complaints: bool = False


@dataclass(frozen=True)
class RequestSummary:
    id: int
    requested_by: str
    requester_office: str | None
    requested_at: datetime
    received_by: str
    reference: str | None
    scope: RequestScope
    due_at: date | None
    status: str
    fulfilled_at: datetime | None
    dossier_path: str | None
    overdue: bool = field(default=False)

    def to_json_dict(self) -> dict[str, Any]:
        s = self.scope
        return {
            "id": self.id,
            "requested_by": self.requested_by,
            "requester_office": self.requester_office,
            "requested_at": self.requested_at.isoformat(),
            "received_by": self.received_by,
            "reference": self.reference,
            "period_from": s.period_from.isoformat() if s.period_from else None,
            "period_to": s.period_to.isoformat() if s.period_to else None,
            "numbers": list(s.numbers),
            "operator_ids": list(s.operator_ids),
            "what": [
                k
                for k in (
                    "recordings",
                    "correspondence",
                    "transcripts",
                    "verification_log",
                    "incidents",
                    "complaints",
                )
                if getattr(s, k)
            ],
            "due_at": self.due_at.isoformat() if self.due_at else None,
            "status": self.status,
            "fulfilled_at": self.fulfilled_at.isoformat() if self.fulfilled_at else None,
            "dossier_path": self.dossier_path,
            "overdue": self.overdue,
        }


def scope_of(req: AdminRequest) -> RequestScope:
    return RequestScope(
        period_from=req.period_from,
        period_to=req.period_to,
        numbers=tuple(json.loads(req.numbers)),
        operator_ids=tuple(json.loads(req.operator_ids)),
        recordings=req.want_recordings,
        correspondence=req.want_correspondence,
        transcripts=req.want_transcripts,
        verification_log=req.want_verification_log,
        incidents=req.want_incidents,
        complaints=req.want_complaints,
    )


def _summary(req: AdminRequest, today: date) -> RequestSummary:
    overdue = req.status in OPEN_STATUSES and req.due_at is not None and req.due_at < today
    return RequestSummary(
        req.id,
        req.requested_by,
        req.requester_office,
        req.requested_at,
        req.received_by,
        req.reference,
        scope_of(req),
        req.due_at,
        req.status.value,
        req.fulfilled_at,
        req.dossier_path,
        overdue,
    )


def create_request(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    requested_by: str,
    scope: RequestScope,
    requested_at: datetime | None = None,
    requester_office: str | None = None,
    reference: str | None = None,
    due_at: date | None = None,
    note: str | None = None,
) -> int:
    """Register a demand; returns its id. Audited with the full scope. When it asks for
    transcripts, the recordings in scope without one are queued for transcription in the
    same transaction (recordings.request_transcripts).

    Raises:
        PermissionDenied: the actor lacks MANAGE_REQUESTS (audited).
        ValueError: no requester, nothing asked for, or a reversed period.
    """
    authorize(sessions, actor, Permission.MANAGE_REQUESTS, action="create_request")
    if not requested_by.strip():
        raise ValueError("a request needs the requester's name")
    wants = (
        scope.recordings,
        scope.correspondence,
        scope.transcripts,
        scope.verification_log,
        scope.incidents,
        scope.complaints,
    )
    if not any(wants):
        raise ValueError("a request must ask for something")
    if scope.period_from and scope.period_to and scope.period_from > scope.period_to:
        raise ValueError("the period ends before it starts")
    req = AdminRequest(
        requested_by=requested_by.strip(),
        requester_office=requester_office,
        requested_at=requested_at or utcnow(),
        received_by=actor.label,
        reference=reference,
        period_from=scope.period_from,
        period_to=scope.period_to,
        numbers=json.dumps(list(scope.numbers)),
        operator_ids=json.dumps(list(scope.operator_ids)),
        want_recordings=scope.recordings,
        want_correspondence=scope.correspondence,
        want_transcripts=scope.transcripts,
        want_verification_log=scope.verification_log,
        want_incidents=scope.incidents,
        want_complaints=scope.complaints,
        due_at=due_at,
        status=RequestStatus.OPEN,
        note=note,
    )
    with sessions.begin() as session:
        session.add(req)
        session.flush()
        summary = _summary(req, utcnow().date()).to_json_dict()
        append_audit(session, "admin_request_created", actor.label, summary)
        if scope.transcripts:  # queued now, so the dossier has them or says why not
            rec_ids = session.scalars(
                sa.select(Recording.id).where(Recording.call_id.in_(calls_in_scope(scope)))
            ).all()
            queue_transcripts(session, actor, req.id, list(rec_ids))
        return req.id


def list_requests(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    status: RequestStatus | None = None,
    today: date | None = None,
) -> list[RequestSummary]:
    """The register, newest first (optionally one status)."""
    authorize(sessions, actor, Permission.MANAGE_REQUESTS, action="list_requests")
    stmt = sa.select(AdminRequest).order_by(AdminRequest.requested_at.desc(), AdminRequest.id)
    if status is not None:
        stmt = stmt.where(AdminRequest.status == RequestStatus(status))
    with sessions.begin() as session:
        return [_summary(r, today or utcnow().date()) for r in session.scalars(stmt)]


def cancel_request(
    sessions: sessionmaker[Session], actor: Actor, request_id: int, why: str
) -> None:
    """Withdraw an open request (its recordings become subject to retention again)."""
    authorize(
        sessions, actor, Permission.MANAGE_REQUESTS, action="cancel_request", request_id=request_id
    )
    with sessions.begin() as session:
        req = session.get(AdminRequest, request_id)
        if req is None:
            raise NotFound(f"request {request_id} does not exist")
        if req.status not in OPEN_STATUSES:
            raise ValueError(f"request {request_id} is {req.status.value}, not open")
        req.status = RequestStatus.CANCELLED
        append_audit(
            session, "admin_request_cancelled", actor.label, {"request_id": request_id, "why": why}
        )


def calls_in_scope(scope: RequestScope) -> sa.Select[tuple[str]]:
    """SELECT of the call ids a scope covers (period on ring time, numbers, operators)."""
    stmt = sa.select(Call.id)
    if scope.period_from is not None:
        stmt = stmt.where(Call.ring_at >= scope.period_from)
    if scope.period_to is not None:
        stmt = stmt.where(Call.ring_at <= scope.period_to)
    if scope.numbers:
        stmt = stmt.where(Call.remote_number.in_(scope.numbers))
    if scope.operator_ids:
        stmt = stmt.where(Call.operator_id.in_(scope.operator_ids))
    return stmt


def _open_scopes(session: Session) -> list[RequestScope]:
    reqs = session.scalars(
        sa.select(AdminRequest).where(
            AdminRequest.status.in_(OPEN_STATUSES), AdminRequest.want_recordings.is_(True)
        )
    )
    return [scope_of(r) for r in reqs]


def recording_ids_in_open_requests(session: Session) -> set[str]:
    """Ids of every recording an open or in-progress request covers (retention keeps them)."""
    ids: set[str] = set()
    for scope in _open_scopes(session):
        stmt = sa.select(Recording.id).where(Recording.call_id.in_(calls_in_scope(scope)))
        ids.update(session.scalars(stmt))
    return ids


def recording_in_open_request(session: Session, recording_id: str) -> bool:
    """Whether one recording is covered by an open request (cheap: one EXISTS per request)."""
    for scope in _open_scopes(session):
        stmt = sa.select(Recording.id).where(
            Recording.id == recording_id, Recording.call_id.in_(calls_in_scope(scope))
        )
        if session.scalar(stmt.limit(1)) is not None:
            return True
    return False
