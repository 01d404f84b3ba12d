"""Blocked numbers (optional per policy: KZP-30-17/19, CSC-2.12).

A block flags the number on the ringing card; calls are rejected automatically only when
`IncidentsConfig.auto_reject_blocked` says the regulation allows it. Rows are never
deleted: unblocking clears `active` so who blocked whom, and why, stays on record.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import utcnow
from db.models_incidents import BlockedNumber, Incident
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission
from incidents.config import IncidentsConfig

__all__ = ["block_number", "is_blocked", "normalise", "should_auto_reject", "unblock_number"]

_E164 = re.compile(r"^\+[1-9]\d{1,14}$")
_ADDRESS = re.compile(
    r"^[^@\s<>()\[\],;:\"]{1,64}@[^@\s<>()\[\],;:\"]{1,253}\.[^@\s<>()\[\],;:\".]{2,63}$"
)
ADDRESS_MAX = 320


def normalise(value: str | None) -> str | None:
    """An E.164 number as it is, an e-mail address lower-cased (a writer cannot slip past
    by changing case), anything else None."""
    if not value:
        return None
    value = value.strip()
    if _E164.match(value):
        return value
    if len(value) <= ADDRESS_MAX and _ADDRESS.match(value):
        return value.lower()
    return None


def _check(number: str) -> str:
    found = normalise(number)
    if found is None:
        raise ValueError(
            f"not an E.164 number or an e-mail address: {number.strip()[:40]!r} "
            "(withheld numbers cannot be blocked)"
        )
    return found


def _active(session: Session, number: str) -> BlockedNumber | None:
    return session.scalar(
        sa.select(BlockedNumber)
        .where(BlockedNumber.number == number, BlockedNumber.active.is_(True))
        .limit(1)
    )


def block_number(
    sessions: sessionmaker[Session],
    actor: Actor,
    number: str,
    reason: str,
    incident_id: int | None = None,
) -> int:
    """Block `number` (E.164) or an e-mail address (issue 12: a threatening writer);
    returns the entry id (the existing one if already blocked)."""
    number = _check(number)
    if not reason.strip():
        raise ValueError("a block needs a reason")
    authorize(sessions, actor, Permission.MANAGE_BLOCKLIST, action="block_number")
    with sessions.begin() as session:
        if incident_id is not None and session.get(Incident, incident_id) is None:
            raise NotFound(f"incident {incident_id} does not exist")
        existing = _active(session, number)
        if existing is not None:
            return existing.id
        entry = BlockedNumber(number=number, reason=reason.strip(), incident_id=incident_id,
                              created_by=actor.label, created_at=utcnow(), active=True)  # fmt: skip
        session.add(entry)
        session.flush()
        payload = {"number": number, "incident_id": incident_id, "blocklist_id": entry.id}
        append_audit(session, "number_blocked", actor.label, payload)
        return entry.id


def unblock_number(sessions: sessionmaker[Session], actor: Actor, number: str) -> bool:
    """Lift the block; False when the number was not blocked."""
    number = _check(number)
    authorize(sessions, actor, Permission.MANAGE_BLOCKLIST, action="unblock_number")
    with sessions.begin() as session:
        entry = _active(session, number)
        if entry is None:
            return False
        entry.active, entry.removed_by, entry.removed_at = False, actor.label, utcnow()
        append_audit(session, "number_unblocked", actor.label, {"number": number})
        return True


def is_blocked(sessions: sessionmaker[Session], number: str | None) -> bool:
    """For the ringing card and incoming mail: a cheap indexed lookup of a number or an
    address, no permission (it only flags)."""
    found = normalise(number)
    if found is None:
        return False
    with sessions.begin() as session:
        return _active(session, found) is not None


def should_auto_reject(
    sessions: sessionmaker[Session], number: str | None, config: IncidentsConfig
) -> bool:
    return config.auto_reject_blocked and is_blocked(sessions, number)
