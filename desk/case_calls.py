"""The calls on a case (issue 12, migration 0011: `calls.case_id`), as the thread lists
them: every contact of a case, calls beside messages. Kept out of `desk.cases` so the
written queue's module stays about the queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from db.models import Call
from db.models_operator_day import WrapUp

__all__ = ["CallRow", "call_rows_of", "calls_of"]


@dataclass(frozen=True)
class CallRow:
    """A call on the case, as the thread lists it (issue 12: every contact of a case)."""

    id: str
    ring_at: datetime
    number: str | None  # E.164, "withheld" or None
    remote_uri: str | None
    duration_s: float | None  # talk time (answer to end); None: never answered
    answered: bool
    end_reason: str | None  # db.enums.EndReason value; None: in progress
    verification_state: str | None  # "verified" when KUTY-2.2 verification passed
    wrap_up_category: str | None


def _aware(stamp: datetime | None) -> datetime | None:
    if stamp is None:
        return None
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


def calls_of(session: Session, case_ids: list[int]) -> dict[int, list[Call]]:
    found: dict[int, list[Call]] = {i: [] for i in case_ids}
    if not case_ids:
        return found
    stmt = sa.select(Call).where(Call.case_id.in_(case_ids)).order_by(Call.ring_at, Call.id)
    for call in session.scalars(stmt):
        assert call.case_id is not None
        found[call.case_id].append(call)
    return found


def _call_row(call: Call, category: str | None) -> CallRow:
    answer, end = _aware(call.answer_at), _aware(call.end_at)
    duration = (end - answer).total_seconds() if answer is not None and end is not None else None
    ring = _aware(call.ring_at)
    assert ring is not None
    return CallRow(
        id=call.id,
        ring_at=ring,
        number=call.remote_number,
        remote_uri=call.remote_uri,
        duration_s=duration,
        answered=answer is not None,
        end_reason=str(call.end_reason.value) if call.end_reason is not None else None,
        verification_state=call.verification_state,
        wrap_up_category=category,
    )


def call_rows_of(session: Session, calls: list[Call]) -> list[CallRow]:
    """The thread's rows of `calls`, each with its wrap-up's category (if saved)."""
    wrapped = sa.select(WrapUp.call_id, WrapUp.category).where(
        WrapUp.call_id.in_([c.id for c in calls])
    )
    categories = {call_id: category for call_id, category in session.execute(wrapped)}
    return [_call_row(c, categories.get(c.id) or None) for c in calls]
