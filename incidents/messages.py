"""Written correspondence entered into the console (KUTY-1.1 keeps it; KUTY-3.3/3.4 act on it).

Text is kept as received, odd Unicode included (RTL overrides, zero-width joiners,
combining marks, emoji), because it is evidence. Two things no backend can store are
replaced visibly rather than dropped: NUL (PostgreSQL text refuses it) becomes U+2400
"␀", and lone surrogates (not encodable as UTF-8) become U+FFFD. Bodies are capped at
1 MiB of UTF-8 so a pasted dump cannot bloat every seat's database; the row says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import utcnow
from db.models_incidents import Incident, Message, MessageChannel
from desk.gate import authorize
from desk.roles import Actor, Permission

__all__ = ["BODY_MAX_BYTES", "MessageSummary", "clean_text", "list_messages", "log_message"]

BODY_MAX_BYTES = 1 << 20
HEADERS_MAX_BYTES = 64 << 10
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text.replace("\x00", "\u2400"))


def _cap(text: str, limit: int) -> tuple[str, bool]:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text, False
    return data[:limit].decode("utf-8", errors="ignore"), True


def log_message(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    channel: MessageChannel,
    sender: str,
    body: str,
    subject: str | None = None,
    headers: str | None = None,
    received_at: datetime | None = None,
) -> int:
    """Store one incoming message; returns its id (for `report_message_incident`)."""
    channel = MessageChannel(channel)
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="log_message")
    body_text, truncated = _cap(clean_text(body), BODY_MAX_BYTES)
    head_text = _cap(clean_text(headers), HEADERS_MAX_BYTES)[0] if headers else None
    with sessions.begin() as session:
        msg = Message(
            channel=channel,
            sender=clean_text(sender)[:320],
            subject=clean_text(subject)[:998] if subject else None,
            headers=head_text,
            body=body_text,
            body_truncated=truncated,
            received_at=received_at or utcnow(),
            stopped=False,
            operator_id=actor.operator_id,
        )
        session.add(msg)
        session.flush()
        payload = {"message_id": msg.id, "channel": channel.value, "truncated": truncated,
                   "bytes": len(body_text.encode("utf-8"))}  # fmt: skip
        append_audit(session, "message_logged", actor.label, payload)
        return msg.id


@dataclass(frozen=True)
class MessageSummary:
    """A logged message as the list shows it; `incident_kind` is set once it was reported."""

    id: int
    channel: str
    sender: str
    subject: str | None
    received_at: datetime
    stopped: bool
    operator_id: int | None
    incident_id: int | None
    incident_kind: str | None


def list_messages(
    sessions: sessionmaker[Session], actor: Actor, *, limit: int = 500
) -> list[MessageSummary]:
    """The newest logged messages, newest first, with the incident filed on each (if any).

    Every seat sees the desk's correspondence, not only what it logged itself this
    session: a message logged before a restart must still be reportable (KUTY-3.3/3.4).
    Bodies are left out; they can be a megabyte each.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="list_messages")
    first_incident = (
        sa.select(Incident.message_id, sa.func.min(Incident.id).label("incident_id"))
        .where(Incident.message_id.is_not(None))
        .group_by(Incident.message_id)
        .subquery()
    )
    stmt = (
        sa.select(Message, Incident.id, Incident.kind)
        .outerjoin(first_incident, first_incident.c.message_id == Message.id)
        .outerjoin(Incident, Incident.id == first_incident.c.incident_id)
        .order_by(Message.received_at.desc(), Message.id.desc())
        .limit(limit)
    )
    with sessions.begin() as session:
        return [
            MessageSummary(m.id, m.channel.value, m.sender, m.subject, m.received_at,
                           m.stopped, m.operator_id, inc_id, kind.value if kind else None)
            for m, inc_id, kind in session.execute(stmt).tuples()
        ]  # fmt: skip
