"""Blocked numbers (optional per policy: KZP-30-17/19, CSC-2.12).

A block flags the number on the ringing card; calls are rejected automatically only when
`IncidentsConfig.auto_reject_blocked` says the regulation allows it. Rows are never
deleted: unblocking clears `active` so who blocked whom, and why, stays on record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import utcnow
from db.models_incidents import BlockedNumber, Incident, Message
from db.models_written import MessageStatus
from desk.errors import NotFound, UserFacingError
from desk.gate import authorize
from desk.roles import Actor, Permission
from incidents.config import IncidentsConfig

if TYPE_CHECKING:
    from desk.policy import Policy

__all__ = [
    "BlockedMail",
    "BlockingNotAllowed",
    "block_number",
    "block_writer",
    "is_blocked",
    "is_blocked_in",
    "list_blocked_mail",
    "normalise",
    "should_auto_reject",
    "unblock_number",
    "writer_address",
]

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


def is_blocked_in(session: Session, value: str | None) -> bool:
    """`is_blocked` inside the caller's transaction (mail is flagged as it is stored)."""
    found = normalise(value)
    return found is not None and _active(session, found) is not None


# ------------------------------------------------------------ writers (issue 12)


class BlockingNotAllowed(UserFacingError):
    """The seat's regulation does not let the desk block a writer."""


def _address_of(msg: Message) -> str | None:
    for value in (msg.from_address, parseaddr(msg.sender or "")[1], msg.sender):
        found = normalise(value)
        if found is not None and "@" in found:
            return found
    return None


def writer_address(sessions: sessionmaker[Session], incident_id: int) -> str | None:
    """The e-mail address of a written incident's writer; None when there is none to block
    (a call, a message typed in without an address)."""
    with sessions.begin() as session:
        inc = session.get(Incident, incident_id)
        if inc is None:
            raise NotFound(f"incident {incident_id} does not exist")
        msg = session.get(Message, inc.message_id) if inc.message_id is not None else None
        return _address_of(msg) if msg is not None else None


def block_writer(
    sessions: sessionmaker[Session],
    actor: Actor,
    incident_id: int,
    reason: str,
    *,
    policy: Policy,
) -> tuple[int, str]:
    """Block the writer of written incident `incident_id` (KUTY-3.3/3.4 on a thread; only
    where the regulation lets the desk block violators: KZP-30-19, CSC-2.12). Returns the
    blocklist entry id and the address blocked. Audited as `number_blocked` (with the
    incident) like a number; the writer's later mail is kept and flagged, never dropped.

    Raises:
        BlockingNotAllowed: the seat's policy does not allow blocking (checked here too,
            not only by the disabled button).
        NotFound: no such incident, or it has no writer's address.
        PermissionDenied: the actor may not manage the blocklist.
    """
    if not policy.blocking.allowed:
        raise BlockingNotAllowed(
            f"the {policy.name} regulation does not allow blocking writers "
            "(only a regulation such as KZP-30-19 or CSC-2.12 does)",
            code="blocklist.not_allowed",
            policy=policy.name,
        )
    address = writer_address(sessions, incident_id)
    if address is None:
        raise NotFound(f"incident {incident_id} has no writer's e-mail address to block")
    rules = ", ".join(policy.blocking.rules)
    text = reason.strip()
    if text and rules and rules not in text:
        text = f"{text} ({rules})"
    return block_number(sessions, actor, address, text, incident_id), address


@dataclass(frozen=True)
class BlockedMail:
    """A message kept from a blocked writer, for the supervisor's list."""

    id: int
    sender: str
    subject: str | None
    received_at: datetime
    raw_sha256: str | None


def list_blocked_mail(
    sessions: sessionmaker[Session], actor: Actor, *, limit: int = 200
) -> list[BlockedMail]:
    """Mail from blocked writers, newest first: kept (KUTY-1.1) and out of the queue, so
    a supervisor still sees what a blocked writer keeps sending (evidence of a threat)."""
    authorize(sessions, actor, Permission.MANAGE_BLOCKLIST, action="list_blocked_mail")
    stmt = (
        sa.select(Message)
        .where(Message.status == MessageStatus.BLOCKED.value)
        .order_by(Message.received_at.desc(), Message.id.desc())
        .limit(limit)
    )
    with sessions.begin() as session:
        return [
            BlockedMail(m.id, m.sender, m.subject, m.received_at, m.raw_sha256)
            for m in session.scalars(stmt)
        ]
