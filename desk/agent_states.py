"""Reading the seats' agent states (issue 11): the state bar, the wallboard, reports.

The rows are written by the call log (`seat.calllog.CallLog.apply(AgentStateChanged)`),
i.e. by the host on the engine's event, never by the console: the engine is where the
state lives, because it answers INVITEs (486 when not ready) without asking the host.
Reading the seat's own current state needs no permission (it is on the operator's own
screen); the history of other seats is a supervisor's (Permission.VIEW_AGENT_STATES), an
operator may read their own seat's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.enums import AgentState
from db.models import Operator
from db.models_operator_day import AgentStateHistory, SeatAgentState
from desk.errors import UserFacingError
from desk.gate import authorize
from desk.policy import Policy
from desk.roles import Actor, Permission, allowed

__all__ = [
    "AgentStateError",
    "AgentStateRow",
    "agent_state_history",
    "agent_state_totals",
    "check_agent_state",
    "current_agent_state",
    "current_agent_states",
]

HISTORY_LIMIT = 10_000


class AgentStateError(UserFacingError, ValueError):
    """A bad query of the agent-state history (e.g. an empty or reversed period)."""


@dataclass(frozen=True)
class AgentStateRow:
    """One period in one state; `ended_at` is None while it lasts. `operator` is the
    signed-in operator's display name, None when nobody was signed in (a headless `kuty serve`)."""

    seat: str
    state: AgentState
    reason: str
    since: datetime
    ended_at: datetime | None
    operator: str | None
    call_id: str | None


def check_agent_state(policy: Policy, state: str, reason: str = "") -> tuple[AgentState, str]:
    """Validate a requested state before it goes to the engine (`set_agent_state`).

    The console's state bar and `kuty serve --agent-state` both ask here, so a typo is one
    clear line instead of an engine that silently ignores it. AFTER_CALL_WORK is the
    engine's to enter (when a call ends); people choose Ready or Not ready.

    Returns:
        The state and the reason to send ("" unless Not ready).

    Raises:
        AgentStateError: unknown state, after-call work requested, or a Not-ready reason
            that is not one of the policy's codes (`[agent] not_ready_reasons`).
    """
    try:
        wanted = AgentState(state)
    except ValueError:
        raise AgentStateError(
            f"unknown agent state {state[:40]!r}; use ready or not_ready"
        ) from None
    if wanted is AgentState.AFTER_CALL_WORK:
        raise AgentStateError("after-call work starts by itself when a call ends")
    if wanted is AgentState.READY:
        return wanted, ""
    reasons = policy.agent.not_ready_reasons
    if not reason:
        reason = "other" if "other" in reasons else reasons[0]
    if reason not in reasons:
        raise AgentStateError(
            f"not-ready reason {reason[:40]!r} is not one of {', '.join(reasons)}"
        )
    return wanted, reason


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        sa.select(Operator.id, Operator.display_name).where(Operator.id.in_(ids))
    )
    return dict(rows.tuples().all())


def current_agent_state(sessions: sessionmaker[Session], seat: str) -> AgentStateRow | None:
    """The seat's state now, or None when its engine never reported one."""
    with sessions() as session:
        row = session.get(SeatAgentState, seat)
        if row is None:
            return None
        names = _names(session, {row.operator_id} if row.operator_id is not None else set())
        return AgentStateRow(
            seat=row.seat,
            state=row.state,
            reason=row.reason,
            since=row.since,
            ended_at=None,
            operator=names.get(row.operator_id) if row.operator_id is not None else None,
            call_id=row.call_id,
        )


def current_agent_states(sessions: sessionmaker[Session], actor: Actor) -> list[AgentStateRow]:
    """Every seat's state now, by seat name (the wallboard, issue 10).

    Raises:
        PermissionDenied: not a supervisor (audited).
    """
    authorize(sessions, actor, Permission.VIEW_AGENT_STATES, action="current_agent_states")
    with sessions() as session:
        rows = session.scalars(sa.select(SeatAgentState).order_by(SeatAgentState.seat)).all()
        names = _names(session, {r.operator_id for r in rows if r.operator_id is not None})
        return [
            AgentStateRow(
                r.seat,
                r.state,
                r.reason,
                r.since,
                None,
                names.get(r.operator_id) if r.operator_id is not None else None,
                r.call_id,
            )
            for r in rows
        ]


def agent_state_history(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    seat: str | None = None,
    since: datetime,
    until: datetime | None = None,
) -> list[AgentStateRow]:
    """Periods that overlap [since, until) (until None: now), oldest first.

    A supervisor may read every seat (`seat=None`) or one; someone who only handles calls
    may read the history of periods they worked themselves.

    Raises:
        AgentStateError: a naive time or `until` not after `since`.
        PermissionDenied: neither a supervisor nor a call handler (audited).
    """
    if since.utcoffset() is None or (until is not None and until.utcoffset() is None):
        raise AgentStateError("agent-state history: pass aware UTC times")
    if until is not None and until <= since:
        raise AgentStateError("agent-state history: the period ends before it starts")
    everyone = allowed(actor, Permission.VIEW_AGENT_STATES)
    if not everyone:
        authorize(sessions, actor, Permission.HANDLE_CALLS, action="agent_state_history", seat=seat)
    with sessions() as session:
        stmt = sa.select(AgentStateHistory).where(
            sa.or_(AgentStateHistory.ended_at.is_(None), AgentStateHistory.ended_at > since)
        )
        if until is not None:
            stmt = stmt.where(AgentStateHistory.since < until)
        if seat is not None:
            stmt = stmt.where(AgentStateHistory.seat == seat)
        if not everyone:
            # Own periods only: by operator id when the actor has one, else by username.
            own = actor.operator_id
            if own is None:
                own = session.scalar(
                    sa.select(Operator.id).where(Operator.username == actor.username)
                )
            stmt = stmt.where(AgentStateHistory.operator_id == own)
        stmt = stmt.order_by(AgentStateHistory.since, AgentStateHistory.id).limit(HISTORY_LIMIT)
        rows = session.scalars(stmt).all()
        names = _names(session, {r.operator_id for r in rows if r.operator_id is not None})
        return [
            AgentStateRow(
                r.seat,
                r.state,
                r.reason,
                r.since,
                r.ended_at,
                names.get(r.operator_id) if r.operator_id is not None else None,
                r.call_id,
            )
            for r in rows
        ]


def agent_state_totals(
    rows: list[AgentStateRow], *, since: datetime, until: datetime
) -> dict[tuple[AgentState, str], float]:
    """Seconds spent in each (state, reason) within [since, until), from history rows.

    Plain arithmetic over `agent_state_history`'s rows (clipped to the window; an open
    period counts up to `until`), so a report and the wallboard add up the same way.
    """
    totals: dict[tuple[AgentState, str], float] = {}
    for row in rows:
        start = max(row.since, since)
        end = min(row.ended_at or until, until)
        if end > start:
            key = (row.state, row.reason)
            totals[key] = totals.get(key, 0.0) + (end - start).total_seconds()
    return totals
