"""Dashboard figures for supervisors and the head administrator (issue 13; KUTY-1.2, 1.3).

Each function is one aggregate query over a date range, served by the `calls.ring_at`,
`incidents.pressed_at`… indexes, never a Python loop over rows: `bench/dashboard_1m.py`
holds them to p95 ≤ 200 ms on a million calls, on SQLite and PostgreSQL. Buckets (hours,
days) are computed in SQL on UTC and labelled by the console in the operator's time zone.

What counts as what (one place, so the plots, the monthly report and the CSV agree):
- answered: the call has an answer time;
- missed: rang and ended unanswered (`missed`, `rejected`), the caller's loss;
- not ready / refused: turned away before ringing (`not_ready`, `busy`, `capacity`, …);
- abandoned: the caller hung up while ringing (`missed` with a ring shorter than the
  policy's abandon threshold is counted there by the report; here: `missed` only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.enums import EndReason
from db.models import Call, Operator
from db.models_incidents import Complaint, ComplaintStatus, Incident
from db.models_operator_day import WrapUp
from desk.gate import authorize
from desk.roles import Actor, Permission

__all__ = [
    "DashboardRange",
    "Outcomes",
    "calls_per_bucket",
    "complaints_against_deadline",
    "handle_times",
    "incidents_by_kind",
    "operator_names",
    "outcomes",
    "per_operator",
    "verification_outcomes",
]

REFUSED = (
    EndReason.NOT_READY,
    EndReason.BUSY,
    EndReason.CAPACITY,
    EndReason.NOT_RECORDED,
    EndReason.MALFORMED,
    EndReason.UNKNOWN_SOURCE,
    EndReason.POLICY,  # issue 12: voice not served by the seat's regulation (KZP-30-8)
)
UNANSWERED = (EndReason.MISSED, EndReason.REJECTED)
MAX_DAYS = 400
"""A range longer than a year and a month is refused: the monthly report is a month, a
year's comparison is 12 of them; a decade in one query is a mistake, not a dashboard."""


@dataclass(frozen=True)
class DashboardRange:
    """[start, end) in UTC; `operator_id` narrows every figure to one operator."""

    start: datetime
    end: datetime
    operator_id: int | None = None

    @staticmethod
    def days(first: date, last: date, operator_id: int | None = None) -> DashboardRange:
        """Whole local days from `first` to `last` inclusive."""
        tz = datetime.now().astimezone().tzinfo
        start = datetime.combine(first, datetime.min.time(), tz).astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tz)
        return DashboardRange(start, end.astimezone(UTC), operator_id)

    def check(self) -> None:
        if self.end <= self.start:
            raise ValueError("the range ends before it starts")
        if self.end - self.start > timedelta(days=MAX_DAYS):
            raise ValueError(f"a dashboard range is at most {MAX_DAYS} days")


@dataclass(frozen=True)
class Outcomes:
    answered: int
    missed: int
    refused: int  # not ready, busy, capacity, not recorded, malformed, unknown source
    other: int  # failed, interrupted, transferred before answer, …

    @property
    def total(self) -> int:
        return self.answered + self.missed + self.refused + self.other


def operator_names(sessions: sessionmaker[Session]) -> list[tuple[int, str]]:
    """(id, display name) of every account, by name: the operator filters' entries."""
    with sessions.begin() as session:
        stmt = sa.select(Operator.id, Operator.display_name).order_by(Operator.display_name)
        return [(int(i), str(n)) for i, n in session.execute(stmt)]


def _naive(stamp: datetime) -> datetime:
    """Bounds in UTC (db.models.UTCDateTime stores them zone-less, and wants them aware)."""
    return stamp.astimezone(UTC)


def _calls_in(rng: DashboardRange) -> list[sa.ColumnElement[bool]]:
    rng.check()
    where = [Call.ring_at >= _naive(rng.start), Call.ring_at < _naive(rng.end)]
    if rng.operator_id is not None:
        where.append(Call.operator_id == rng.operator_id)
    return where


def _allowed(sessions: sessionmaker[Session], actor: Actor, what: str) -> None:
    authorize(sessions, actor, Permission.VIEW_INCIDENTS, action=f"dashboard:{what}")


def _bucket(column: Any, dialect: str, hourly: bool) -> sa.ColumnElement[str]:
    if dialect == "postgresql":
        fmt = "YYYY-MM-DD HH24:00" if hourly else "YYYY-MM-DD"
        return sa.func.to_char(column, fmt)
    return sa.func.strftime("%Y-%m-%d %H:00" if hourly else "%Y-%m-%d", column)


def calls_per_bucket(
    sessions: sessionmaker[Session], actor: Actor, rng: DashboardRange, hourly: bool = False
) -> list[tuple[datetime, int, int]]:
    """(bucket start UTC, calls, answered) per hour or per day with any call."""
    _allowed(sessions, actor, "calls_per_bucket")
    with sessions() as session:
        dialect = session.get_bind().dialect.name
        bucket = _bucket(Call.ring_at, dialect, hourly).label("bucket")
        answered = sa.func.count(Call.answer_at)
        rows = session.execute(
            sa.select(bucket, sa.func.count(), answered)
            .where(*_calls_in(rng))
            .group_by(bucket)
            .order_by(bucket)
        ).all()
    fmt = "%Y-%m-%d %H:00" if hourly else "%Y-%m-%d"
    return [(datetime.strptime(b, fmt).replace(tzinfo=UTC), int(n), int(a)) for b, n, a in rows]


def outcomes(sessions: sessionmaker[Session], actor: Actor, rng: DashboardRange) -> Outcomes:
    _allowed(sessions, actor, "outcomes")
    with sessions() as session:
        answered, missed, refused, total = session.execute(
            sa.select(
                sa.func.count(Call.answer_at),
                sa.func.count(
                    sa.case((Call.answer_at.is_(None) & Call.end_reason.in_(UNANSWERED), 1))
                ),
                sa.func.count(sa.case((Call.end_reason.in_(REFUSED), 1))),
                sa.func.count(),
            ).where(*_calls_in(rng))
        ).one()
    answered, missed, refused = int(answered), int(missed), int(refused)
    return Outcomes(answered, missed, refused, int(total) - answered - missed - refused)


def handle_times(
    sessions: sessionmaker[Session], actor: Actor, rng: DashboardRange
) -> tuple[float | None, float | None]:
    """Average talk time of answered calls and average wrap-up time (saved − call end), s."""
    _allowed(sessions, actor, "handle_times")
    with sessions() as session:
        dialect = session.get_bind().dialect.name
        talk = _seconds(Call.end_at, Call.answer_at, dialect)
        wrap = _seconds(WrapUp.saved_at, Call.end_at, dialect)
        talk_avg = session.scalar(
            sa.select(sa.func.avg(talk)).where(*_calls_in(rng), Call.answer_at.is_not(None))
        )
        wrap_avg = session.scalar(
            sa.select(sa.func.avg(wrap))
            .select_from(Call)
            .join(WrapUp, WrapUp.call_id == Call.id)
            .where(*_calls_in(rng), Call.end_at.is_not(None))
        )
    return (
        float(talk_avg) if talk_avg is not None else None,
        float(wrap_avg) if wrap_avg is not None else None,
    )


def _seconds(later: Any, earlier: Any, dialect: str) -> Any:
    """`later - earlier` in seconds, as SQL (columns of UTCDateTime)."""
    if dialect == "postgresql":
        return sa.func.extract("epoch", later - earlier)
    return (sa.func.julianday(later) - sa.func.julianday(earlier)) * 86400.0


def verification_outcomes(
    sessions: sessionmaker[Session], actor: Actor, rng: DashboardRange
) -> dict[str, int]:
    """Calls by their KUTY-2.2 outcome ("verified", "not_verified", "locked", "" = none)."""
    _allowed(sessions, actor, "verification_outcomes")
    with sessions() as session:
        rows = session.execute(
            sa.select(Call.verification_state, sa.func.count())
            .where(*_calls_in(rng), Call.answer_at.is_not(None))
            .group_by(Call.verification_state)
        ).all()
    return {str(state or ""): int(n) for state, n in rows}


def incidents_by_kind(
    sessions: sessionmaker[Session], actor: Actor, rng: DashboardRange
) -> dict[str, int]:
    """Incidents filed in the range by kind (KUTY-3.1 abuse, 3.2 threat), withdrawn apart."""
    _allowed(sessions, actor, "incidents_by_kind")
    rng.check()
    where = [Incident.pressed_at >= _naive(rng.start), Incident.pressed_at < _naive(rng.end)]
    if rng.operator_id is not None:
        where.append(Incident.operator_id == rng.operator_id)
    with sessions() as session:
        rows = session.execute(
            sa.select(Incident.kind, Incident.withdrawn_at.is_not(None), sa.func.count())
            .where(*where)
            .group_by(Incident.kind, Incident.withdrawn_at.is_not(None))
        ).all()
    found: dict[str, int] = {}
    for kind, withdrawn, n in rows:
        key = "withdrawn" if withdrawn else str(kind)
        found[key] = found.get(key, 0) + int(n)
    return found


def complaints_against_deadline(
    sessions: sessionmaker[Session], actor: Actor, rng: DashboardRange, today: date | None = None
) -> dict[str, int]:
    """Complaints received in the range (KUTY-1.2; statutory terms, incidents.complaints):
    answered in time, answered late, open within the term, open and overdue."""
    _allowed(sessions, actor, "complaints")
    rng.check()
    today = today or date.today()
    answered = Complaint.status == ComplaintStatus.ANSWERED
    late_answer = sa.func.date(Complaint.answered_at) > Complaint.due_at
    with sessions() as session:
        row = session.execute(
            sa.select(
                sa.func.count(sa.case((answered & ~late_answer, 1))),
                sa.func.count(sa.case((answered & late_answer, 1))),
                sa.func.count(sa.case((~answered & (Complaint.due_at >= today), 1))),
                sa.func.count(sa.case((~answered & (Complaint.due_at < today), 1))),
            ).where(
                Complaint.received_at >= _naive(rng.start),
                Complaint.received_at < _naive(rng.end),
            )
        ).one()
    keys = ("answered_in_time", "answered_late", "open", "overdue")
    return {k: int(v) for k, v in zip(keys, row, strict=True)}


def per_operator(
    sessions: sessionmaker[Session], actor: Actor, rng: DashboardRange
) -> list[tuple[str, int, int, float | None]]:
    """(operator's name, calls, answered, average talk s) per operator, busiest first."""
    _allowed(sessions, actor, "per_operator")
    with sessions() as session:
        dialect = session.get_bind().dialect.name
        talk = _seconds(Call.end_at, Call.answer_at, dialect)
        rows = session.execute(
            sa.select(
                Operator.display_name,
                sa.func.count(),
                sa.func.count(Call.answer_at),
                sa.func.avg(sa.case((Call.answer_at.is_not(None), talk))),
            )
            .join(Operator, Operator.id == Call.operator_id)
            .where(*_calls_in(rng))
            .group_by(Operator.id, Operator.display_name)
            .order_by(sa.func.count().desc())
        ).all()
    return [(str(n), int(c), int(a), float(t) if t is not None else None) for n, c, a, t in rows]
