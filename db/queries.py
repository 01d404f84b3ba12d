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
from sqlalchemy.orm import Session, aliased, selectinload

from db.enums import CallDirection, EndReason
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
    # Issue 11: what the history row shows besides the call itself.
    incident_kinds: tuple[str, ...] = ()  # "abuse" / "threat" (not withdrawn) on this call
    wrap_up_status: str | None = None  # "complete" | "incomplete"; None: no wrap-up yet
    category: str | None = None
    registration_number: str | None = None
    callback_due: datetime | None = None  # an open call-back (None once done)
    transfer_target: str | None = None
    transfer_kind: str | None = None
    topic: str | None = None
    wrap_up_id: int | None = None

    def to_json_dict(self) -> dict[str, Any]:
        return _jsonable(dataclasses.asdict(self))


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v.isoformat() if isinstance(v, datetime) else list(v) if isinstance(v, tuple) else v
        for k, v in values.items()
    }


MISSED_REASONS = (
    EndReason.MISSED,
    EndReason.NOT_READY,
    EndReason.BUSY,
    EndReason.REJECTED,
    EndReason.NOT_RECORDED,
    EndReason.CAPACITY,  # issue 15: every call slot was taken
)
"""Incoming calls nobody talked to: the caller may be waiting for a call back. Not the
malformed or unknown-source refusals (issue 15): their caller is not known to be real."""


def list_calls(
    session: Session, day: date | None = None, limit: int = 200, *, tz: tzinfo = UTC
) -> list[CallSummary]:
    """Newest first; `day` is a calendar day in `tz` (pass the desk's zone for the CLI)."""
    stmt = sa.select(Call).options(selectinload(Call.recordings))
    if day is not None:
        start = datetime.combine(day, time.min, tzinfo=tz)
        stmt = stmt.where(Call.ring_at >= start, Call.ring_at < start + timedelta(days=1))
    stmt = stmt.order_by(Call.ring_at.desc(), Call.id).limit(limit)
    return _summaries(session, list(session.scalars(stmt)))


def missed_calls(
    session: Session, *, since: datetime, seat: str | None = None, limit: int = 500
) -> list[CallSummary]:
    """The call-back list: incoming calls not talked to (missed, not ready, busy, rejected,
    not recorded) since `since`, from numbers with no later answered call to or from them.

    Newest first, one row per number (its latest missed call): ten missed calls from one
    caller are one call back. Withheld numbers cannot be called back and are left out.
    `seat` limits the missed calls to one seat; a later answered call on any seat counts.
    """
    later = aliased(Call)
    answered_later = (
        sa.select(later.id)
        .where(
            later.remote_number == Call.remote_number,
            later.answer_at.is_not(None),
            later.ring_at > Call.ring_at,
        )
        .exists()
    )
    stmt = (
        sa.select(Call)
        .options(selectinload(Call.recordings))
        .where(
            Call.direction == CallDirection.INCOMING,
            Call.ring_at >= since,
            Call.answer_at.is_(None),
            Call.end_reason.in_(MISSED_REASONS),
            Call.remote_number.like("+%"),
            ~answered_later,
        )
        .order_by(Call.ring_at.desc(), Call.id)
    )
    if seat is not None:
        stmt = stmt.where(Call.seat == seat)
    seen: set[str] = set()
    calls: list[Call] = []
    for call in session.scalars(stmt):
        if call.remote_number in seen:
            continue
        seen.add(call.remote_number or "")
        calls.append(call)
        if len(calls) >= limit:
            break
    return _summaries(session, calls)


def _summaries(session: Session, calls: list[Call]) -> list[CallSummary]:
    """Summaries with the wrap-ups and incidents of these calls (two small queries)."""
    # Imported here: db.models imports these modules at its end, and queries is imported
    # by db users that may not need them loaded yet.
    from db.models_incidents import Incident, IncidentStatus
    from db.models_operator_day import WrapUp

    ids = [c.id for c in calls]
    wraps: dict[str, WrapUp] = {}
    kinds: dict[str, set[str]] = {}
    if ids:
        for wrap in session.scalars(sa.select(WrapUp).where(WrapUp.call_id.in_(ids))):
            if wrap.call_id is not None:
                wraps[wrap.call_id] = wrap
        for call_id, kind in session.execute(
            sa.select(Incident.call_id, Incident.kind).where(
                Incident.call_id.in_(ids), Incident.status != IncidentStatus.WITHDRAWN
            )
        ).tuples():
            if call_id is not None:
                kinds.setdefault(call_id, set()).add(kind.value)
    out = []
    for call in calls:
        summary = _call_summary(call)
        found = wraps.get(call.id)
        extra: dict[str, Any] = {
            "incident_kinds": tuple(sorted(kinds.get(call.id, ()))),
            "transfer_target": call.transfer_target,
            "transfer_kind": call.transfer_kind,
        }
        if found is not None:
            extra.update(
                wrap_up_status=found.status,
                category=found.category or None,
                registration_number=found.registration_number,
                callback_due=found.callback_due if found.callback_done_at is None else None,
                topic=found.topic or None,
                wrap_up_id=found.id,
            )
        out.append(dataclasses.replace(summary, **extra))
    return out


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
