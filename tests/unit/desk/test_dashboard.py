"""Dashboard figures (desk/dashboard.py, issue 13) on SQLite and a real PostgreSQL.

A small desk's day written through the real call log: the figures must count each call
once, in the right bucket and category, for the desk and for one operator.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import OperatorRole
from db.models_incidents import ComplaintCategory, IncidentKind
from desk import dashboard as d
from desk.roles import Actor, PermissionDenied
from incidents.complaints import add_complaint
from incidents.config import IncidentsConfig
from incidents.service import report_call_incident
from seat.calllog import CallLog
from telephony import protocol as p

OLENA = Actor("olena", OperatorRole.OPERATOR, 1)
PETRO = Actor("petro", OperatorRole.SUPERVISOR, 2)
T0 = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def sessions(desk_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    return desk_sessions


def call(log: CallLog, n: int, at: dt.datetime, talk_s: float | None, end: p.EndReason) -> str:
    call_id = f"c{n}"
    log.apply(p.CallIncoming(call_id=call_id, remote_uri="sip:+380501234567@127.0.0.1",
                             caller_number="+380501234567", display_name="",
                             ring_at=at.isoformat()))  # fmt: skip
    if talk_s is not None:
        log.apply(
            p.CallAnswered(call_id=call_id, answer_at=(at + dt.timedelta(seconds=5)).isoformat())
        )
    done = at + dt.timedelta(seconds=5 + (talk_s or 10))
    log.apply(p.CallEnded(call_id=call_id, end_at=done.isoformat(), end_reason=end))
    return call_id


def day(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    log = CallLog(sessions, "seat-1")
    log.set_operator(1)
    call(log, 1, T0, 60.0, p.EndReason.LOCAL_HANGUP)
    call(log, 2, T0 + dt.timedelta(minutes=10), 120.0, p.EndReason.REMOTE_HANGUP)
    call(log, 3, T0 + dt.timedelta(hours=2), None, p.EndReason.MISSED)
    log.set_operator(None)
    call(log, 4, T0 + dt.timedelta(hours=2, minutes=5), None, p.EndReason.NOT_READY)
    call(log, 5, T0 + dt.timedelta(days=1), 30.0, p.EndReason.LOCAL_HANGUP)  # next day
    report_call_incident(sessions, OLENA, call_id="c2", kind=IncidentKind.ABUSE,
                         pressed_at=T0 + dt.timedelta(minutes=11), offset_s=30.0,
                         config=IncidentsConfig(packages_dir=tmp_path / "police"))  # fmt: skip
    add_complaint(sessions, PETRO, complainant_name="Марія", text="Довго",
                  received_at=T0, category=ComplaintCategory.SIMPLE)  # fmt: skip


def test_figures_of_a_day(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    day(sessions, tmp_path)
    rng = d.DashboardRange(T0 - dt.timedelta(hours=1), T0 + dt.timedelta(hours=12))
    assert d.outcomes(sessions, PETRO, rng) == d.Outcomes(answered=2, missed=1, refused=1, other=0)
    hours = d.calls_per_bucket(sessions, PETRO, rng, hourly=True)
    assert hours == [(T0, 2, 2), (T0 + dt.timedelta(hours=2), 2, 0)]
    days = d.calls_per_bucket(sessions, PETRO, d.DashboardRange(T0, T0 + dt.timedelta(days=2)))
    assert [(b.date(), n, a) for b, n, a in days] == [
        (T0.date(), 4, 2),
        (T0.date() + dt.timedelta(days=1), 1, 1),
    ]
    talk, wrap = d.handle_times(sessions, PETRO, rng)
    assert talk is not None and abs(talk - 90.0) < 0.5 and wrap is None
    assert d.verification_outcomes(sessions, PETRO, rng) == {"": 2}
    assert d.incidents_by_kind(sessions, PETRO, rng) == {"abuse": 1}
    due = d.complaints_against_deadline(sessions, PETRO, rng, today=T0.date())
    assert due == {"answered_in_time": 0, "answered_late": 0, "open": 1, "overdue": 0}
    late = d.complaints_against_deadline(
        sessions, PETRO, rng, today=T0.date() + dt.timedelta(days=40)
    )
    assert late["overdue"] == 1 and late["open"] == 0
    (row,) = d.per_operator(sessions, PETRO, rng)
    # A missed call has nobody's name on it (the call log names who answered).
    assert row[:3] == ("Олена Ш.", 2, 2) and row[3] is not None and abs(row[3] - 90.0) < 0.5
    mine = d.DashboardRange(rng.start, rng.end, operator_id=1)
    assert d.outcomes(sessions, PETRO, mine) == d.Outcomes(2, 0, 0, 0)


def test_operators_see_no_dashboard_and_bad_ranges_are_refused(
    sessions: sessionmaker[Session],
) -> None:
    rng = d.DashboardRange(T0, T0 + dt.timedelta(days=1))
    with pytest.raises(PermissionDenied):
        d.outcomes(sessions, OLENA, rng)
    with pytest.raises(ValueError, match="ends before"):
        d.outcomes(sessions, PETRO, d.DashboardRange(T0, T0))
    with pytest.raises(ValueError, match="at most"):
        d.outcomes(sessions, PETRO, d.DashboardRange(T0, T0 + dt.timedelta(days=500)))
