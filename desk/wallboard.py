"""What a supervisor's wallboard shows (issue 13): every seat, every call in progress, the
open incidents and the alerts waiting, read in one transaction.

The console refreshes it when `db.live` says something changed (PostgreSQL NOTIFY from any
seat) or when its own engine reports an event (one seat on SQLite); between refreshes the
durations tick locally. Four small queries, each on an indexed column or a short table, so
a refresh costs milliseconds however long the desk's history is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.enums import AgentState
from db.models import Call, Operator, utcnow
from db.models_incidents import Incident, IncidentStatus, Notification
from db.models_operator_day import SeatAgentState
from desk.gate import authorize
from desk.roles import Actor, Permission

__all__ = ["LiveCall", "SeatView", "Wallboard", "wallboard"]

STALE_CALL = timedelta(hours=12)
"""An open call older than this is a crash leftover its seat has not closed yet (it closes
them at its next start), not a conversation: the wallboard does not count it."""
OPEN_INCIDENT = (IncidentStatus.OPEN, IncidentStatus.REPORTED_TO_MANAGEMENT)


@dataclass(frozen=True)
class SeatView:
    seat: str
    state: AgentState
    reason: str  # the not-ready reason code ("lunch"), "" otherwise
    since: datetime  # aware UTC
    operator: str  # display name, "" when nobody is signed in (kuty serve)
    acw_limit_s: int


@dataclass(frozen=True)
class LiveCall:
    call_id: str
    seat: str
    number: str | None  # E.164, None when withheld
    ring_at: datetime  # aware UTC
    answer_at: datetime | None  # None while ringing
    verification: str | None  # the KUTY-2.2 outcome so far
    operator: str


@dataclass(frozen=True)
class Wallboard:
    seats: list[SeatView]
    calls: list[LiveCall]
    open_incidents: int
    alerts_waiting: int  # system alerts (recording at risk, low disk) not yet acknowledged
    read_at: datetime


def _aware(stamp: datetime) -> datetime:
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp


def wallboard(sessions: sessionmaker[Session], actor: Actor) -> Wallboard:
    """The desk now; supervisors only (VIEW_AGENT_STATES, audited on refusal)."""
    authorize(sessions, actor, Permission.VIEW_AGENT_STATES, action="wallboard")
    now = utcnow()
    with sessions() as session:
        names: dict[int, str] = {
            op_id: name
            for op_id, name in session.execute(sa.select(Operator.id, Operator.display_name))
        }
        seats = [
            SeatView(
                seat=row.seat,
                state=AgentState(row.state),
                reason=row.reason or "",
                since=_aware(row.since),
                operator=names.get(row.operator_id, "") if row.operator_id else "",
                acw_limit_s=row.acw_limit_s or 0,
            )
            for row in session.scalars(sa.select(SeatAgentState).order_by(SeatAgentState.seat))
        ]
        calls = [
            LiveCall(
                call_id=c.id,
                seat=c.seat,
                number=c.remote_number,
                ring_at=_aware(c.ring_at),
                answer_at=_aware(c.answer_at) if c.answer_at is not None else None,
                verification=c.verification_state,
                operator=names.get(c.operator_id, "") if c.operator_id else "",
            )
            for c in session.scalars(
                sa.select(Call)
                .where(Call.end_at.is_(None), Call.ring_at > now - STALE_CALL)
                .order_by(Call.ring_at)
            )
        ]
        incidents = session.scalar(
            sa.select(sa.func.count())
            .select_from(Incident)
            .where(Incident.status.in_(OPEN_INCIDENT))
        )
        alerts = session.scalar(
            sa.select(sa.func.count(sa.distinct(Notification.id))).where(
                Notification.alert_code.is_not(None),
                Notification.acknowledged_at.is_(None),
                Notification.channel == "in_app",
            )
        )
    return Wallboard(seats, calls, int(incidents or 0), int(alerts or 0), _aware(now))
