"""Call-log writers for the operator's working day (issue 11), used by `seat.calllog.CallLog`.

Kept apart so calllog.py stays readable; same rules as there: each function runs inside
the caller's transaction, fills what is missing and never rewrites what is settled, so a
replayed event (journal replay after a crash) adds no row and no audit entry.

* `AgentStateChanged`: closes the seat's open history period, opens the new one and moves
  the seat's current state; a replay finds its period by (seat, since).
* `CallDeclined`: an INVITE the seat refused (not ready, busy, not recordable; issue 15:
  no free call slot, malformed, not from the registrar, refused by pjsua) is a whole call
  row with its reason, audited; `not_recorded` and `capacity` also tell supervisors
  (KUTY-1.1).
* `CallTransfer`: the target and kind go on the call row when it completed; completed and
  failed transfers are audited.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from db.audit import append_audit, canonical_payload
from db.models import REMOTE_URI_MAX, TRANSFER_TARGET_MAX, AuditEvent, Call, utcnow
from db.models_operator_day import REASON_MAX, AgentStateHistory, SeatAgentState
from incidents.config import IncidentsConfig
from incidents.inbox import queue_system_alert
from telephony import protocol
from telephony.protocol import AgentState, CallDirection, EndReason

log = logging.getLogger(__name__)

DECLINED_REASONS = frozenset(
    {EndReason.NOT_READY, EndReason.BUSY, EndReason.NOT_RECORDED}
    # issue 15: refused before the engine's admission (telephony/refusals.py)
    | {EndReason.CAPACITY, EndReason.MALFORMED, EndReason.UNKNOWN_SOURCE, EndReason.FAILED}
    | {EndReason.POLICY}  # issue 12: no voice channel in the seat's regulation (KZP-30-8)
)
TRANSFER_KINDS = frozenset({"blind", "attended"})
NOT_RECORDED_ALERT = "not_recorded"
CAPACITY_ALERT = "call_capacity"
"""Supervisors' notice of a call refused because every call slot was taken (issue 15);
about the seat, not the call, so one unacknowledged notice covers a busy morning."""

__all__ = ["apply_agent_state", "apply_declined", "apply_transfer", "audit_replaces"]


def _once(session: Session, kind: str, payload: dict[str, Any], call_id: str | None) -> bool:
    """True when this exact audit event is already in the log (a replayed event)."""
    same = sa.select(AuditEvent.id).where(
        AuditEvent.kind == kind,
        AuditEvent.payload == canonical_payload(payload),
        AuditEvent.call_id.is_(None) if call_id is None else AuditEvent.call_id == call_id,
    )
    return session.execute(same.limit(1)).first() is not None


def apply_agent_state(
    session: Session,
    *,
    seat: str,
    actor: str,
    operator_id: int | None,
    event: protocol.AgentStateChanged,
    since: datetime,
) -> None:
    """Record one state change of `seat` at `since` (the engine's time of the change)."""
    exists = session.scalar(
        sa.select(AgentStateHistory.id).where(
            AgentStateHistory.seat == seat, AgentStateHistory.since == since
        )
    )
    if exists is not None:
        return
    state = AgentState(event.state)
    reason = (event.reason or "")[:REASON_MAX] if state is AgentState.NOT_READY else ""
    call_id = event.call_id[:36] if event.call_id else None
    # The period this change falls in ends here: the open one, or (a replay out of order)
    # the one that was thought to last past it.
    for earlier in session.scalars(
        sa.select(AgentStateHistory).where(
            AgentStateHistory.seat == seat,
            AgentStateHistory.since < since,
            sa.or_(AgentStateHistory.ended_at.is_(None), AgentStateHistory.ended_at > since),
        )
    ):
        earlier.ended_at = since
    # A replay out of order: a later period already exists, so this one ended when it began.
    later = session.scalar(
        sa.select(sa.func.min(AgentStateHistory.since)).where(
            AgentStateHistory.seat == seat, AgentStateHistory.since > since
        )
    )
    row = AgentStateHistory(
        seat=seat, operator_id=operator_id, state=state, reason=reason, since=since,
        ended_at=later, call_id=call_id, cause=(event.cause or "command")[:32],
    )  # fmt: skip
    session.add(row)
    session.flush()
    current = session.get(SeatAgentState, seat)
    if later is None:
        if current is None:
            current = SeatAgentState(seat=seat)
            session.add(current)
        current.history_id, current.operator_id = row.id, operator_id
        current.state, current.reason, current.since = state, reason, since
        current.call_id = call_id
        current.acw_limit_s = max(0, int(event.acw_limit_s or 0))
    payload = {
        "state": state.value, "reason": reason, "cause": row.cause,
        "since": since.isoformat(), "acw_limit_s": int(event.acw_limit_s or 0),
    }  # fmt: skip
    append_audit(session, "agent_state_changed", actor, payload, call_id, at=since)


def apply_declined(
    session: Session,
    *,
    seat: str,
    actor: str,
    event: protocol.CallDeclined,
    ring_at: datetime,
    end_at: datetime,
    values: dict[str, Any],
    notice_config: Callable[[], IncidentsConfig],
) -> None:
    """Write the refused call as a finished row (a missed call with its reason); audit it.

    `values` are the cleaned number, URI and display name (calllog's lenient parsing).
    """
    try:
        reason = EndReason(event.end_reason)
    except ValueError:
        log.warning("declined call %s with unknown reason %r", event.call_id, event.end_reason)
        reason = EndReason.FAILED
    if reason not in DECLINED_REASONS:
        log.warning("declined call %s ends %s (not a refusal reason)", event.call_id, reason)
    call = session.get(Call, event.call_id)
    if call is not None and call.end_at is not None:
        return  # replay: the row is final
    if call is None:
        call = Call(id=event.call_id, ring_at=ring_at, seat=seat)
        session.add(call)
    call.direction = call.direction or CallDirection.INCOMING
    for name, value in values.items():
        if value is not None and getattr(call, name) is None:
            setattr(call, name, value)
    call.end_at, call.end_reason = max(end_at, call.ring_at), reason
    call.sip_code = event.sip_code or None
    payload: dict[str, Any] = {
        "end_reason": reason.value,
        "sip_code": event.sip_code,
        "reason": event.reason[:500],
    }
    if event.suppressed:  # rate-limited refusals not written since the previous row
        payload["suppressed"] = int(event.suppressed)
    append_audit(session, "call_declined", actor, payload, event.call_id, at=end_at)
    if reason is EndReason.NOT_RECORDED:
        message = event.reason or "call refused: it could not be recorded (KUTY-1.1)"
        queue_system_alert(
            session, NOT_RECORDED_ALERT, message, event.call_id, notice_config(), seat=seat
        )
    elif reason is EndReason.CAPACITY:
        # About the seat (call_id None): one notice until a supervisor acknowledges it.
        who = call.remote_number or call.remote_uri or "unknown caller"
        message = f"call from {who} refused on seat {seat}: {event.reason or 'no call slot'}"
        queue_system_alert(session, CAPACITY_ALERT, message, None, notice_config(), seat=seat)


def apply_transfer(
    session: Session, *, seat: str, actor: str, event: protocol.CallTransfer
) -> None:
    """Put a completed transfer on the call row; audit completed and failed ones once."""
    if event.status not in ("completed", "failed"):
        return  # trying / accepted: progress for the screen, nothing to keep
    kind = event.kind if event.kind in TRANSFER_KINDS else None
    target = event.target[:TRANSFER_TARGET_MAX] if event.target else None
    payload = {
        "status": event.status,
        "target": event.target[:REMOTE_URI_MAX],
        "kind": event.kind[:16],
        "sip_code": event.sip_code,
        "reason": event.reason[:500],
        "consult_call_id": event.consult_call_id,
    }
    audit_kind = "call_transferred" if event.status == "completed" else "call_transfer_failed"
    if _once(session, audit_kind, payload, event.call_id):
        return
    call = session.get(Call, event.call_id)
    if call is None:
        log.warning("transfer of unknown call %s: creating a stub row", event.call_id)
        call = Call(id=event.call_id, ring_at=utcnow(), seat=seat)
        session.add(call)
    if event.status == "completed":
        call.transfer_target, call.transfer_kind = target, kind
    append_audit(session, audit_kind, actor, payload, event.call_id)


def audit_replaces(session: Session, *, actor: str, call_id: str, replaces: str) -> None:
    """An attended transfer completed *to* this seat: link the new call to the old one."""
    payload = {"replaces": replaces[:36]}
    if not _once(session, "call_replaces", payload, call_id):
        append_audit(session, "call_replaces", actor, payload, call_id)
