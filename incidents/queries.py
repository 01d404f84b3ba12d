"""Reading incidents and blocks: the supervisor's list, one incident, the blocklist.

Kept apart from incidents/service.py (the writes behind the KUTY-3.x buttons): reads
never touch files or holds, and both sides share `summarize` / `load_incident`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models_incidents import (
    BlockedNumber,
    Incident,
    IncidentKind,
    IncidentRecording,
    IncidentStatus,
)
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission, allowed


@dataclass(frozen=True)
class IncidentSummary:
    id: int
    kind: str
    channel: str
    status: str
    call_id: str | None
    message_id: int | None
    created_at: datetime
    pressed_at: datetime
    offset_s: float | None
    caller_number: str | None
    profile_id: int | None
    verification_state: str | None
    operator_id: int | None
    operator_name: str
    note: str | None
    police_handed_at: date | None
    police_reference: str | None
    package_path: str | None
    recording_ids: tuple[str, ...]
    # Issue 11: an accidental press reverted (withdrawn, or threat -> abuse).
    withdrawn_at: datetime | None = None
    withdrawn_by: str | None = None
    revert_reason: str | None = None
    original_kind: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, datetime | date):
                data[key] = value.isoformat()
        data["recording_ids"] = list(self.recording_ids)
        return data


def summarize(session: Session, inc: Incident) -> IncidentSummary:
    rec_ids = session.scalars(
        sa.select(IncidentRecording.recording_id)
        .where(IncidentRecording.incident_id == inc.id)
        .order_by(IncidentRecording.recording_id)
    ).all()
    return IncidentSummary(
        id=inc.id,
        kind=inc.kind.value,
        channel=inc.channel.value,
        status=inc.status.value,
        call_id=inc.call_id,
        message_id=inc.message_id,
        created_at=inc.created_at,
        pressed_at=inc.pressed_at,
        offset_s=inc.offset_s,
        caller_number=inc.caller_number,
        profile_id=inc.profile_id,
        verification_state=inc.verification_state,
        operator_id=inc.operator_id,
        operator_name=inc.operator_name,
        note=inc.note,
        police_handed_at=inc.police_handed_at,
        police_reference=inc.police_reference,
        package_path=inc.package_path,
        recording_ids=tuple(rec_ids),
        withdrawn_at=inc.withdrawn_at,
        withdrawn_by=inc.withdrawn_by,
        revert_reason=inc.revert_reason,
        original_kind=inc.original_kind.value if inc.original_kind is not None else None,
    )


def load_incident(session: Session, incident_id: int) -> Incident:
    inc = session.get(Incident, incident_id)
    if inc is None:
        raise NotFound(f"incident {incident_id} does not exist")
    return inc


def get_incident(
    sessions: sessionmaker[Session], actor: Actor, incident_id: int
) -> IncidentSummary:
    """One incident; its own operator may read it (for the after-call form)."""
    with sessions.begin() as session:
        inc = load_incident(session, incident_id)
        own = actor.operator_id is not None and actor.operator_id == inc.operator_id
    if not own:
        authorize(sessions, actor, Permission.VIEW_INCIDENTS, action="get_incident")
    with sessions.begin() as session:
        return summarize(session, load_incident(session, incident_id))


def incidents_for_call(
    sessions: sessionmaker[Session], actor: Actor, call_id: str
) -> list[IncidentSummary]:
    """The incidents on one call, oldest first, for the wrap-up pane (issue 11: revert an
    accidental F12). The operator sees the ones they filed; a supervisor sees all."""
    everyone = allowed(actor, Permission.VIEW_INCIDENTS)
    if not everyone:
        authorize(
            sessions, actor, Permission.FILE_INCIDENT, action="incidents_for_call", call=call_id
        )
    stmt = sa.select(Incident).where(Incident.call_id == call_id).order_by(Incident.id)
    if not everyone:
        stmt = stmt.where(Incident.operator_id == actor.operator_id)
    with sessions.begin() as session:
        return [summarize(session, inc) for inc in session.scalars(stmt)]


def list_incidents(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    kind: IncidentKind | None = None,
    status: IncidentStatus | None = None,
    limit: int = 1000,
) -> list[IncidentSummary]:
    """Newest first, for the supervisor's list and `kuty incidents list`."""
    authorize(sessions, actor, Permission.VIEW_INCIDENTS, action="list_incidents")
    stmt = sa.select(Incident).order_by(Incident.created_at.desc(), Incident.id.desc())
    if kind is not None:
        stmt = stmt.where(Incident.kind == IncidentKind(kind))
    if status is not None:
        stmt = stmt.where(Incident.status == IncidentStatus(status))
    with sessions.begin() as session:
        return [summarize(session, inc) for inc in session.scalars(stmt.limit(limit))]


@dataclass(frozen=True)
class BlockEntry:
    id: int
    number: str
    reason: str
    incident_id: int | None
    created_by: str
    created_at: datetime


def list_blocked_numbers(sessions: sessionmaker[Session], actor: Actor) -> list[BlockEntry]:
    """Active blocks, newest first (`kuty blocklist list`); lifted ones stay in the table."""
    authorize(sessions, actor, Permission.MANAGE_BLOCKLIST, action="list_blocked_numbers")
    stmt = (
        sa.select(BlockedNumber)
        .where(BlockedNumber.active.is_(True))
        .order_by(BlockedNumber.created_at.desc(), BlockedNumber.id.desc())
    )
    with sessions.begin() as session:
        return [
            BlockEntry(b.id, b.number, b.reason, b.incident_id, b.created_by, b.created_at)
            for b in session.scalars(stmt)
        ]
