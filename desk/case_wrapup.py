"""The wrap-up of a written case (issue 12: "the wrap-up pane of issue 8" for messages).

Closing a written case asks what a call's wrap-up asks (category, topic, notes, the
out-of-scope rule) plus the reason for closing, and stores it in the same `wrap_ups`
table, on the case (`wrap_ups.case_id`, migration 0011; no call): the recordings
browser's and the reports' questions ("what were contacts about") then cover calls and
messages alike. Validation is `desk.wrapups`'s own, so a written outcome can never be
something a call's could not. The case takes the category (EEP-4) and, where the
category wants one and the case has none, its registration number (EEP-13), then closes
with the reason. Saving and closing are one transaction and two audit events
(`wrap_up_saved`, `case_closed`): a refused wrap-up leaves the case open.
"""

from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import utcnow
from db.models_operator_day import WrapUp as WrapUpRow
from db.models_operator_day import WrapUpStatus
from db.models_written import CLOSE_REASON_MAX, Case, CaseStatus
from desk.case_policy import give_registration_number
from desk.errors import NotFound
from desk.gate import authorize
from desk.policy import Policy
from desk.roles import Actor, Permission
from desk.wrapups import WrapUp, WrapUpError, WrapUpInput, _check, _operator, _view

__all__ = ["close_with_wrap_up", "wrap_up_for_case"]


def close_with_wrap_up(
    sessions: sessionmaker[Session],
    actor: Actor,
    policy: Policy,
    case_id: int,
    data: WrapUpInput,
    reason: str,
    *,
    now: datetime | None = None,
) -> WrapUp:
    """Store the written case's wrap-up and close the case with `reason`; audited.

    Raises:
        NotFound: no such case.
        WrapUpError: bad wrap-up input (one line naming the field), no reason, or the
            case is closed already (its outcome stays as it was closed).
    """
    from desk.cases import CaseError

    authorize(sessions, actor, Permission.HANDLE_CALLS, action="close_with_wrap_up",
              case=case_id)  # fmt: skip
    now = now or utcnow()
    if data.callback_due is not None:
        raise WrapUpError("callback_due: a written case is answered in writing")
    reason = " ".join(reason.split())
    if not reason:
        raise CaseError("a case is closed with a reason", code="case_close_reason")
    if len(reason) > CLOSE_REASON_MAX:
        raise CaseError(f"the reason must be at most {CLOSE_REASON_MAX} characters")
    with sessions.begin() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"case {case_id} does not exist")
        if case.status == CaseStatus.CLOSED:
            raise CaseError(f"case {case.registration_number or case_id} is closed")
        _check(policy, data, now, None)
        if policy.wants_registration_number(data.category):
            give_registration_number(session, policy, case, now)  # EEP-13, once
        row = session.scalar(
            sa.select(WrapUpRow).where(WrapUpRow.case_id == case_id, WrapUpRow.call_id.is_(None))
        )
        op_id, op_name = _operator(session, actor)
        if row is None:
            row = WrapUpRow(call_id=None, case_id=case_id, created_at=now)
            session.add(row)
        row.category, row.topic, row.notes = data.category, data.topic, data.notes
        row.out_of_scope_rule = data.out_of_scope_rule
        row.refused_rules = json.dumps(list(dict.fromkeys(data.refused_rules)))
        row.status = WrapUpStatus.INCOMPLETE if data.incomplete else WrapUpStatus.COMPLETE
        row.operator_id, row.operator_name, row.saved_at = op_id, op_name, now
        row.refresh_search_text()
        case.category = data.category or case.category
        case.status, case.close_reason, case.closed_at = CaseStatus.CLOSED, reason, now
        session.flush()
        append_audit(session, "wrap_up_saved", actor.label,
                     {"wrap_up_id": row.id, "case_id": case_id, "category": row.category,
                      "registration_number": case.registration_number,
                      "out_of_scope_rule": row.out_of_scope_rule,
                      "topic_chars": len(row.topic), "notes_chars": len(row.notes)},
                     at=now)  # fmt: skip
        append_audit(session, "case_closed", actor.label,
                     {"case_id": case_id, "registration_number": case.registration_number,
                      "chars": len(reason), "wrap_up_id": row.id}, at=now)  # fmt: skip
        return _view(row, None, case)


def wrap_up_for_case(sessions: sessionmaker[Session], actor: Actor, case_id: int) -> WrapUp | None:
    """The written case's wrap-up, or None (not closed through one)."""
    authorize(sessions, actor, Permission.HANDLE_CALLS, Permission.VIEW_AGENT_STATES,
              action="wrap_up_for_case", any_of=True, case=case_id)  # fmt: skip
    with sessions() as session:
        row = session.scalar(
            sa.select(WrapUpRow).where(WrapUpRow.case_id == case_id, WrapUpRow.call_id.is_(None))
        )
        return _view(row, None, session.get(Case, case_id)) if row is not None else None
