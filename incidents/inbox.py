"""The supervisors' in-app queue ("report to management", KUTY-3.1..3.4) and its rows.

One in-app row per active supervisor and one e-mail row per configured address are
queued in the incident's own transaction (`queue_notifications`), so a notice exists if
and only if the incident does; `incidents.notify` delivers the e-mail rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Operator, OperatorRole, utcnow
from db.models_incidents import Incident, Notification, NotificationChannel
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission
from incidents.config import IncidentsConfig

__all__ = [
    "FailedDelivery",
    "NotificationSummary",
    "acknowledge_notification",
    "list_failed_deliveries",
    "pending_notifications",
    "queue_notifications",
]

NOTE_MAX = 20_000


@dataclass(frozen=True)
class NotificationSummary:
    id: int
    incident_id: int
    kind: str
    channel: str
    recipient: str
    created_at: datetime
    attempts: int
    last_error: str | None
    sent_at: datetime | None
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class FailedDelivery:
    """An e-mail notice that has failed at least once and is not sent yet (still retried)."""

    id: int
    incident_id: int
    kind: str
    recipient: str
    created_at: datetime
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None


def queue_notifications(session: Session, inc: Incident, config: IncidentsConfig) -> int:
    """One in-app row per active supervisor ("management" in KUTY-3.x), one per e-mail."""
    now = utcnow()
    supervisors = session.scalars(
        sa.select(Operator.username).where(
            Operator.role == OperatorRole.SUPERVISOR, Operator.active.is_(True)
        )
    ).all()
    rows = [
        Notification(incident_id=inc.id, channel=NotificationChannel.IN_APP, recipient=name)
        for name in supervisors
    ] + [
        Notification(
            incident_id=inc.id,
            channel=NotificationChannel.EMAIL,
            recipient=address,
            next_attempt_at=now,
        )
        for address in dict.fromkeys(config.supervisor_emails)
    ]
    for row in rows:
        row.created_at, row.attempts = now, 0
    session.add_all(rows)
    return len(rows)


def pending_notifications(
    sessions: sessionmaker[Session], actor: Actor
) -> list[NotificationSummary]:
    """The actor's unacknowledged in-app notices (the badge count is the length)."""
    authorize(sessions, actor, Permission.ACK_NOTIFICATION, action="pending_notifications")
    with sessions.begin() as session:
        rows = session.execute(
            sa.select(Notification, Incident.kind)
            .join(Incident, Incident.id == Notification.incident_id)
            .where(
                Notification.channel == NotificationChannel.IN_APP,
                Notification.recipient == actor.username,
                Notification.acknowledged_at.is_(None),
            )
            .order_by(Notification.created_at, Notification.id)
        ).tuples()
        return [
            NotificationSummary(
                n.id, n.incident_id, kind.value, n.channel.value, n.recipient, n.created_at,
                n.attempts, n.last_error, n.sent_at, n.acknowledged_at,
            )
            for n, kind in rows
        ]  # fmt: skip


def acknowledge_notification(
    sessions: sessionmaker[Session], actor: Actor, notification_id: int, note: str
) -> None:
    """Acknowledge one's own in-app notice with a note (what management did about it).

    Raises:
        NotFound: no such in-app notification addressed to the actor.
        ValueError: already acknowledged.
    """
    authorize(sessions, actor, Permission.ACK_NOTIFICATION, action="acknowledge_notification")
    with sessions.begin() as session:
        n = session.get(Notification, notification_id)
        if (
            n is None
            or n.channel is not NotificationChannel.IN_APP
            or n.recipient != actor.username
        ):
            raise NotFound(f"no notification {notification_id} for {actor.username}")
        if n.acknowledged_at is not None:
            raise ValueError(f"notification {notification_id} is already acknowledged")
        n.acknowledged_at, n.acknowledged_by, n.ack_note = utcnow(), actor.label, note[:NOTE_MAX]
        payload = {"notification_id": n.id, "incident_id": n.incident_id}
        append_audit(session, "notification_acknowledged", actor.label, payload)


def list_failed_deliveries(
    sessions: sessionmaker[Session], actor: Actor, *, limit: int = 500
) -> list[FailedDelivery]:
    """Unsent e-mail notices with at least one failed attempt, oldest first.

    The outbox retries forever, so a broken SMTP setup would otherwise go unnoticed;
    supervisors see each failing row with its last error and next retry ("failed sending
    is retried and visible; never silently dropped", issue 4).
    """
    authorize(sessions, actor, Permission.ACK_NOTIFICATION, action="list_failed_deliveries")
    with sessions.begin() as session:
        rows = session.execute(
            sa.select(Notification, Incident.kind)
            .join(Incident, Incident.id == Notification.incident_id)
            .where(
                Notification.channel == NotificationChannel.EMAIL,
                Notification.sent_at.is_(None),
                Notification.attempts > 0,
            )
            .order_by(Notification.created_at, Notification.id)
            .limit(limit)
        ).tuples()
        return [
            FailedDelivery(n.id, n.incident_id, kind.value, n.recipient, n.created_at,
                           n.attempts, n.last_error, n.next_attempt_at)
            for n, kind in rows
        ]  # fmt: skip
