"""The supervisors' in-app queue ("report to management", KUTY-3.1..3.4) and its rows.

One in-app row per active supervisor and one e-mail row per configured address are
queued in the incident's own transaction (`queue_notifications`), so a notice exists if
and only if the incident does; `incidents.notify` delivers the e-mail rows. System alerts
about recordings at risk (KUTY-1.1: a stalled track, low disk space) reach the same queue
through `queue_system_alert`, in the transaction that audits the alert.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Operator, OperatorRole, utcnow
from db.models_incidents import (
    Incident,
    IncidentKind,
    IncidentRecording,
    Notification,
    NotificationChannel,
)
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission
from incidents.config import IncidentsConfig
from incidents.notify import alert_subject

__all__ = [
    "FailedDelivery",
    "NotificationSummary",
    "acknowledge_notification",
    "list_failed_deliveries",
    "pending_notifications",
    "queue_notifications",
    "queue_system_alert",
]

NOTE_MAX = 20_000
BODY_MAX = 4000
"""An alert message is the engine's text; keep enough to diagnose, not a runaway log."""


@dataclass(frozen=True)
class NotificationSummary:
    """One notice; `kind` is the incident kind, or the alert code of a system alert.

    A system alert has `incident_id` None and `alert_code` set; screens translate by the
    code (`message` is the engine's English text, for the log and the CLI).
    """

    id: int
    incident_id: int | None
    kind: str
    channel: str
    recipient: str
    created_at: datetime
    attempts: int
    last_error: str | None
    sent_at: datetime | None
    acknowledged_at: datetime | None
    alert_code: str | None = None
    call_id: str | None = None
    seat: str | None = None
    message: str | None = None
    # Issue 13: the notice's context on screen (who, which number, where in the call).
    operator_name: str | None = None
    caller_number: str | None = None
    offset_s: float | None = None
    recording_id: str | None = None


@dataclass(frozen=True)
class FailedDelivery:
    """An e-mail notice that has failed at least once and is not sent yet (still retried)."""

    id: int
    incident_id: int | None
    kind: str
    recipient: str
    created_at: datetime
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None
    alert_code: str | None = None


def _queue(session: Session, config: IncidentsConfig, **about: object) -> int:
    """One in-app row per active supervisor, one e-mail row per configured address."""
    now = utcnow()
    supervisors = session.scalars(
        sa.select(Operator.username).where(
            Operator.role == OperatorRole.SUPERVISOR, Operator.active.is_(True)
        )
    ).all()
    rows = [
        Notification(channel=NotificationChannel.IN_APP, recipient=name, **about)
        for name in supervisors
    ] + [
        Notification(
            channel=NotificationChannel.EMAIL, recipient=address, next_attempt_at=now, **about
        )
        for address in dict.fromkeys(config.supervisor_emails)
    ]
    for row in rows:
        row.created_at, row.attempts = now, 0
    session.add_all(rows)
    return len(rows)


def queue_notifications(session: Session, inc: Incident, config: IncidentsConfig) -> int:
    """One in-app row per active supervisor ("management" in KUTY-3.x), one per e-mail."""
    return _queue(session, config, incident_id=inc.id)


def _already_notified(session: Session, code: str, call_id: str | None, seat: str) -> bool:
    """Whether supervisors already have a notice of this alert (the engine repeats alerts).

    About one call: one notice per code and call, ever ("the recording of call X stalled"
    is one fact however often the engine says it). About the seat (low disk space): none
    while an in-app notice of it is still unacknowledged; once every supervisor has dealt
    with it, the next occurrence is news again.
    """
    same = sa.select(Notification.id).where(Notification.alert_code == code)
    if call_id is not None:
        same = same.where(Notification.call_id == call_id)
    else:
        same = same.where(
            Notification.call_id.is_(None),
            Notification.seat == seat,
            Notification.channel == NotificationChannel.IN_APP,
            Notification.acknowledged_at.is_(None),
        )
    return session.execute(same.limit(1)).first() is not None


def queue_system_alert(
    session: Session,
    code: str,
    message: str,
    call_id: str | None,
    config: IncidentsConfig,
    *,
    seat: str = "",
) -> int:
    """Queue supervisor notices of a system alert in the caller's transaction (KUTY-1.1).

    A recording at risk (stalled, failed, disk nearly full) is management's to fix while
    the call may still be going on, so it is reported like an incident: in-app to every
    active supervisor and by e-mail to every configured address. Returns the number of
    rows queued: 0 when supervisors already have a notice of it (`_already_notified`).
    """
    if _already_notified(session, code, call_id, seat[:128]):
        return 0
    return _queue(
        session,
        config,
        alert_code=code[:64],
        subject=alert_subject(code)[:300],
        body=message[:BODY_MAX],
        call_id=call_id,
        seat=seat[:128] or None,
    )


def pending_notifications(
    sessions: sessionmaker[Session], actor: Actor
) -> list[NotificationSummary]:
    """The actor's unacknowledged in-app notices (the badge count is the length)."""
    authorize(sessions, actor, Permission.ACK_NOTIFICATION, action="pending_notifications")
    with sessions.begin() as session:
        # The call's recording (held with the incident) for "open the call at 01:23".
        recording = (
            sa.select(sa.func.min(IncidentRecording.recording_id))
            .where(IncidentRecording.incident_id == Notification.incident_id)
            .correlate(Notification)
            .scalar_subquery()
        )
        rows = session.execute(
            sa.select(
                Notification,
                Incident.kind,
                Incident.operator_name,
                Incident.caller_number,
                Incident.offset_s,
                recording,
            )
            .outerjoin(Incident, Incident.id == Notification.incident_id)
            .where(
                Notification.channel == NotificationChannel.IN_APP,
                Notification.recipient == actor.username,
                Notification.acknowledged_at.is_(None),
            )
            .order_by(Notification.created_at, Notification.id)
        ).tuples()
        return [
            NotificationSummary(
                n.id, n.incident_id, _kind(n, kind), n.channel.value, n.recipient, n.created_at,
                n.attempts, n.last_error, n.sent_at, n.acknowledged_at,
                alert_code=n.alert_code, call_id=n.call_id, seat=n.seat, message=n.body,
                operator_name=op, caller_number=number, offset_s=offset, recording_id=rec,
            )
            for n, kind, op, number, offset, rec in rows
        ]  # fmt: skip


def _kind(n: Notification, kind: IncidentKind | None) -> str:
    """The alert code of a system alert or of an incident's follow-up (withdrawn,
    reclassified: issue 11), else the incident kind's value."""
    return n.alert_code or (kind.value if kind is not None else "")


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
        payload: dict[str, object] = {"notification_id": n.id, "incident_id": n.incident_id}
        if n.alert_code is not None:
            payload |= {"alert_code": n.alert_code, "call_id": n.call_id}
        append_audit(session, "notification_acknowledged", actor.label, payload, n.call_id)


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
            .outerjoin(Incident, Incident.id == Notification.incident_id)
            .where(
                Notification.channel == NotificationChannel.EMAIL,
                Notification.sent_at.is_(None),
                Notification.attempts > 0,
            )
            .order_by(Notification.created_at, Notification.id)
            .limit(limit)
        ).tuples()
        return [
            FailedDelivery(n.id, n.incident_id, _kind(n, kind), n.recipient, n.created_at,
                           n.attempts, n.last_error, n.next_attempt_at, n.alert_code)
            for n, kind in rows
        ]  # fmt: skip
