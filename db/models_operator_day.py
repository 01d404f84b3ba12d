"""Models for the operator's working day (issue 11): agent states, wrap-ups, counters.

Kept apart from `db.models` like `db.models_incidents`; `db.models` imports this module at
its end so `Base.metadata` (and Alembic) see these tables.

* `AgentStateHistory` is one row per state the seat was in (READY, NOT_READY with the
  policy's reason code, AFTER_CALL_WORK for a call), closed by `ended_at` when the next one
  starts; `SeatAgentState` is the seat's current state, one row per seat, so the wallboard
  (issue 10) reads N rows instead of searching the history. Both are written only by the
  call log (seat/calllog.py) from the engine's `AgentStateChanged`: the engine holds the
  state because it answers INVITEs (486 when not ready) without asking the host.
* `WrapUp` is the after-call work of one contact (DESIGN.md step 7): category, topic,
  registration number, notes, call-back, out-of-scope rule (KUTY-2.3..2.7). One per call.
* `RegistrationCounter` hands out registration numbers (EEP-13) per series and period;
  a row lock (PostgreSQL) or the single SQLite writer keeps two seats from sharing one.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from db.enums import AgentState
from db.models import Base, BigIntPK, _str_enum, utcnow

__all__ = [
    "AgentStateHistory",
    "RegistrationCounter",
    "SeatAgentState",
    "WrapUp",
    "WrapUpStatus",
]

SEAT_MAX = 128
REASON_MAX = 64
CATEGORY_MAX = 64
TOPIC_MAX = 300
NOTES_MAX = 10_000
REGISTRATION_MAX = 64
RULE_MAX = 32


class WrapUpStatus:
    """Plain strings (the contract's `WrapUp.status`), not an enum: two values, no CHECK."""

    COMPLETE = "complete"
    INCOMPLETE = "incomplete"  # the ACW limit ran out before the operator saved


class AgentStateHistory(Base):
    """One period in one agent state; `ended_at` is NULL for the seat's current one.

    `since` is the engine's time of the change, unique per seat: a replayed event finds its
    row instead of adding a second (the call log's idempotency rule).
    """

    __tablename__ = "agent_state_history"
    __table_args__ = (sa.UniqueConstraint("seat", "since"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    seat: Mapped[str] = mapped_column(sa.String(SEAT_MAX))
    operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    state: Mapped[AgentState] = mapped_column(_str_enum(AgentState, 32))
    reason: Mapped[str] = mapped_column(sa.String(REASON_MAX), default="")
    since: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    # Not a foreign key: the ACW event may be replayed before the call row exists (a
    # journal replay after a crash), and the history must not lose the period for it.
    call_id: Mapped[str | None] = mapped_column(sa.String(36))
    cause: Mapped[str] = mapped_column(sa.String(32), default="command")


class SeatAgentState(Base):
    """The seat's agent state now: a copy of its open history row, for cheap reads."""

    __tablename__ = "seat_agent_states"

    seat: Mapped[str] = mapped_column(sa.String(SEAT_MAX), primary_key=True)
    history_id: Mapped[int] = mapped_column(sa.ForeignKey("agent_state_history.id"))
    operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    state: Mapped[AgentState] = mapped_column(_str_enum(AgentState, 32))
    reason: Mapped[str] = mapped_column(sa.String(REASON_MAX), default="")
    since: Mapped[datetime]
    call_id: Mapped[str | None] = mapped_column(sa.String(36))
    acw_limit_s: Mapped[int] = mapped_column(sa.Integer, default=0)


class WrapUp(Base):
    """The after-call work of one contact; saving again updates the same row.

    `refused_rules` is a JSON list ("KUTY-2.4", ...): the scripts read aloud on the call.
    `operator_id`/`operator_name` are who saved it last; `created_at` the first save.
    """

    __tablename__ = "wrap_ups"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    call_id: Mapped[str | None] = mapped_column(sa.ForeignKey("calls.id"), unique=True)
    category: Mapped[str] = mapped_column(sa.String(CATEGORY_MAX), index=True)
    topic: Mapped[str] = mapped_column(sa.String(TOPIC_MAX), default="")
    registration_number: Mapped[str | None] = mapped_column(
        sa.String(REGISTRATION_MAX), unique=True
    )
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    callback_due: Mapped[datetime | None] = mapped_column(index=True)
    callback_number: Mapped[str | None] = mapped_column(sa.String(16))
    callback_done_at: Mapped[datetime | None]
    callback_call_id: Mapped[str | None] = mapped_column(sa.String(36))
    out_of_scope_rule: Mapped[str | None] = mapped_column(sa.String(RULE_MAX))
    refused_rules: Mapped[str] = mapped_column(sa.Text, default="[]")
    status: Mapped[str] = mapped_column(sa.String(16), default=WrapUpStatus.COMPLETE)
    operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    operator_name: Mapped[str] = mapped_column(sa.String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Casefolded topic + notes + registration number, rewritten on every save, for the
    # recordings browser's text search: SQLite folds only ASCII case in LIKE.
    search_text: Mapped[str] = mapped_column(sa.Text, default="")
    # Migration 0011: the written case this wrap-up closes (no call: issue 12, "the wrap-up
    # pane of issue 8" for written contacts). A call's case is `calls.case_id`.
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)

    def refresh_search_text(self) -> None:
        parts = (self.topic or "", self.notes or "", self.registration_number or "")
        self.search_text = "\n".join(parts).casefold()


class RegistrationCounter(Base):
    """The last sequence number given out in one series (a policy) and period.

    `period` is "2026" for a yearly series, "2026-12" monthly, "2026-12-01" daily: the
    policy's number format decides (a format with {day} restarts every day).
    """

    __tablename__ = "registration_counters"

    series: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    period: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    last_seq: Mapped[int] = mapped_column(sa.Integer, default=0)
