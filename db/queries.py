"""Read models of calls and recordings, as `kuty calls list` / `kuty recordings list` print them.

Frozen, JSON-ready dataclasses built inside the session, so they can cross threads (a
worker queries, the GUI displays) without dragging live ORM objects along.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from db.enums import CallDirection
from db.models import Call, Recording


@dataclass(frozen=True)
class RecordingSummary:
    recording_id: str
    call_id: str
    direction: str | None
    number: str | None
    status: str
    started_at: datetime
    finished_at: datetime | None
    duration_s: float | None
    sample_rate: int | None
    directory: str
    caller_path: str | None
    operator_path: str | None
    mixed_path: str | None
    caller_sha256: str | None
    operator_sha256: str | None
    mixed_sha256: str | None
    legal_hold: bool

    def to_json_dict(self) -> dict[str, Any]:
        return _jsonable(dataclasses.asdict(self))


@dataclass(frozen=True)
class CallSummary:
    """A call with its latest recording flattened in, as `kuty calls list` prints it."""

    call_id: str
    direction: str | None
    number: str | None
    display_name: str | None
    seat: str
    ring_at: datetime
    answer_at: datetime | None
    end_at: datetime | None
    end_reason: str | None
    sip_code: int | None
    talk_duration_s: float | None
    recording_id: str | None
    recording_status: str | None
    recording_duration_s: float | None
    caller_path: str | None
    operator_path: str | None
    mixed_path: str | None
    caller_sha256: str | None
    operator_sha256: str | None
    mixed_sha256: str | None
    verification_state: str | None = None  # KUTY-2.2 outcome saved by verification

    def to_json_dict(self) -> dict[str, Any]:
        return _jsonable(dataclasses.asdict(self))


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


def list_calls(
    session: Session, day: date | None = None, limit: int = 200, *, tz: tzinfo = UTC
) -> list[CallSummary]:
    """Newest first; `day` is a calendar day in `tz` (pass the desk's zone for the CLI)."""
    stmt = sa.select(Call).options(selectinload(Call.recordings))
    if day is not None:
        start = datetime.combine(day, time.min, tzinfo=tz)
        stmt = stmt.where(Call.ring_at >= start, Call.ring_at < start + timedelta(days=1))
    stmt = stmt.order_by(Call.ring_at.desc(), Call.id).limit(limit)
    return [_call_summary(call) for call in session.scalars(stmt)]


def list_recordings(session: Session, limit: int = 200) -> list[RecordingSummary]:
    """Newest first, with the call's direction and number for context."""
    stmt = (
        sa.select(Recording, Call.direction, Call.remote_number)
        .join(Call, Recording.call_id == Call.id)
        .order_by(Recording.started_at.desc(), Recording.id)
        .limit(limit)
    )
    return [
        _recording_summary(rec, direction, number)
        for rec, direction, number in session.execute(stmt)
    ]


def _recording_summary(
    rec: Recording, direction: CallDirection | None, number: str | None
) -> RecordingSummary:
    return RecordingSummary(
        recording_id=rec.id,
        call_id=rec.call_id,
        direction=direction.value if direction is not None else None,
        number=number,
        status=rec.status.value,
        started_at=rec.started_at,
        finished_at=rec.finished_at,
        duration_s=rec.duration_s,
        sample_rate=rec.sample_rate,
        directory=rec.directory,
        caller_path=rec.caller_path,
        operator_path=rec.operator_path,
        mixed_path=rec.mixed_path,
        caller_sha256=rec.caller_sha256,
        operator_sha256=rec.operator_sha256,
        mixed_sha256=rec.mixed_sha256,
        legal_hold=rec.legal_hold,
    )


def _call_summary(call: Call) -> CallSummary:
    rec = call.recordings[-1] if call.recordings else None
    talk = (
        (call.end_at - call.answer_at).total_seconds()
        if call.end_at is not None and call.answer_at is not None
        else None
    )
    return CallSummary(
        call_id=call.id,
        direction=call.direction.value if call.direction is not None else None,
        number=call.remote_number,
        display_name=call.display_name,
        seat=call.seat,
        ring_at=call.ring_at,
        answer_at=call.answer_at,
        end_at=call.end_at,
        end_reason=call.end_reason.value if call.end_reason is not None else None,
        sip_code=call.sip_code,
        talk_duration_s=talk,
        recording_id=rec.id if rec else None,
        recording_status=rec.status.value if rec else None,
        recording_duration_s=rec.duration_s if rec else None,
        caller_path=rec.caller_path if rec else None,
        operator_path=rec.operator_path if rec else None,
        mixed_path=rec.mixed_path if rec else None,
        caller_sha256=rec.caller_sha256 if rec else None,
        operator_sha256=rec.operator_sha256 if rec else None,
        mixed_sha256=rec.mixed_sha256 if rec else None,
        verification_state=call.verification_state,
    )
