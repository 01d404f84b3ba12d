"""After-call work (issue 11, DESIGN.md step 7): the wrap-up that completes a contact's case.

One wrap-up per call: category (the policy's), topic, registration number where the policy
wants one (EEP-13; KUTY in-scope contacts), notes, a call-back with its due time and
number, the out-of-scope rule (KUTY-2.3..2.7) and the scripts read aloud ("refused:
KUTY-2.x"). Saving again updates the row. Every save is audited (`wrap_up_saved`,
`wrap_up_updated`, `callback_done`) with what changed but never the notes' text: the
audit log is kept forever and in clear, the notes may hold a caller's personal details.

Every contact belongs to a case (issue 12): saving a call's wrap-up puts the call on the
case the operator joined it to (`calls.case_id`, `desk.cases.join_call`), else on a new
voice case, closed with the wrap-up. On KUTY a call is a "Звернення" exactly as a message
is, and the regulation keeps every one (KUTY-1.1, 1.3: the head administrator may demand
them): a case per call is what they are found and handed over by. The registration number
is drawn once from the shared counter and names both the wrap-up and its new case (what
the caller is told is what the case is found by); a call joined to a numbered case takes
that case's number instead of a second one (the caller already has it), and an un-numbered
joined case gets the wrap-up's number when its category wants one (EEP-13).

Validation gives one line per problem and keeps text exactly as typed (no Unicode
normalisation: an apostrophe variant in a Ukrainian surname is the caller's, not ours);
only what no database can store (NUL) or no screen can show in one line is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import phonenumbers
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Call, Operator, utcnow
from db.models_operator_day import (
    CATEGORY_MAX,
    NOTES_MAX,
    REGISTRATION_MAX,
    TOPIC_MAX,
    RegistrationCounter,
    WrapUpStatus,
)
from db.models_operator_day import WrapUp as WrapUpRow
from db.models_written import CLOSE_REASON_MAX, Case, CaseChannel, CaseStatus
from desk.errors import NotFound, UserFacingError
from desk.gate import authorize
from desk.policy import Policy
from desk.policy_rules import callback_refusal
from desk.roles import Actor, Permission, allowed

__all__ = [
    "WrapUp",
    "WrapUpError",
    "WrapUpInput",
    "callbacks_due",
    "mark_callback_done",
    "next_registration_number",
    "save_wrap_up",
    "wrap_up_for_call",
]

CALLBACK_GRACE = timedelta(minutes=1)
"""A due time typed "now" is a minute old by the time Save is pressed; older is a typo."""
CALLBACK_HORIZON = timedelta(days=366)


class WrapUpError(UserFacingError, ValueError):
    """Bad wrap-up input; the message names the field and the problem in one line."""


@dataclass(frozen=True)
class WrapUpInput:
    call_id: str | None = None
    category: str = ""
    topic: str = ""
    registration_number: str | None = None  # None: generated if the policy wants one
    notes: str = ""
    callback_due: datetime | None = None
    callback_number: str | None = None  # E.164; default: the call's number
    out_of_scope_rule: str | None = None  # e.g. "KUTY-2.4"
    refused_rules: tuple[str, ...] = ()  # scripts used: "refused: KUTY-2.x"
    incomplete: bool = False  # the ACW limit ran out before saving
    case_id: int | None = None  # issue 12: the case the call joined (its SLA level: EEP-8)


@dataclass(frozen=True)
class WrapUp:
    """A saved wrap-up. `operator` is the display name of who saved it last."""

    id: int
    call_id: str | None
    category: str
    topic: str
    registration_number: str | None
    notes: str
    callback_due: datetime | None
    callback_number: str | None
    callback_done_at: datetime | None
    out_of_scope_rule: str | None
    refused_rules: tuple[str, ...]
    status: str  # "complete" | "incomplete"
    operator: str
    saved_at: datetime
    remote_number: str | None = None  # the call's number, for the call-back list
    callback_call_id: str | None = None  # the call that did the call-back
    case_id: int | None = None  # the case the contact is on (issue 12)


def _view(row: WrapUpRow, remote_number: str | None = None, case: Case | None = None) -> WrapUp:
    return WrapUp(
        id=row.id,
        call_id=row.call_id,
        category=row.category,
        topic=row.topic,
        registration_number=row.registration_number
        or (case.registration_number if case is not None else None),
        notes=row.notes,
        callback_due=row.callback_due,
        callback_number=row.callback_number,
        callback_done_at=row.callback_done_at,
        out_of_scope_rule=row.out_of_scope_rule,
        refused_rules=tuple(json.loads(row.refused_rules or "[]")),
        status=row.status,
        operator=row.operator_name,
        saved_at=row.saved_at,
        remote_number=remote_number,
        callback_call_id=row.callback_call_id,
        case_id=case.id if case is not None else row.case_id,
    )


# ------------------------------------------------------------------ validation


def _text(field: str, value: str, limit: int, *, one_line: bool) -> str:
    if not isinstance(value, str):
        raise WrapUpError(f"{field}: expected text")
    if "\x00" in value:
        raise WrapUpError(f"{field}: contains a NUL character")
    if one_line and any(c in value for c in "\r\n\v\f\u2028\u2029"):
        raise WrapUpError(f"{field}: must be one line")
    if len(value) > limit:
        raise WrapUpError(f"{field}: {len(value)} characters, at most {limit}")
    return value


def e164(number: str, field: str = "callback_number") -> str:
    """`number` as E.164 (phonenumbers, region UA: "067 123 45 67" is Ukrainian).

    Raises:
        WrapUpError: not a valid phone number.
    """
    try:
        parsed = phonenumbers.parse(number, "UA")
    except phonenumbers.NumberParseException:
        raise WrapUpError(f"{field}: {number[:40]!r} is not a phone number") from None
    if not phonenumbers.is_valid_number(parsed):
        raise WrapUpError(f"{field}: {number[:40]!r} is not a valid phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _out_of_scope_rules(policy: Policy) -> tuple[str, ...]:
    return tuple(r for c in policy.categories if not c.in_scope for r in c.rules)


def _script_rules(policy: Policy) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r for s in policy.scripts for r in s.rules))


def _check(policy: Policy, data: WrapUpInput, now: datetime, old_due: datetime | None) -> None:
    if (data.category or not data.incomplete) and policy.category(data.category) is None:
        known = ", ".join(c.id for c in policy.categories)
        raise WrapUpError(
            f"category: {data.category[:CATEGORY_MAX]!r} is not a {policy.name} category ({known})"
        )
    _text("topic", data.topic, TOPIC_MAX, one_line=True)
    _text("notes", data.notes, NOTES_MAX, one_line=False)
    if data.out_of_scope_rule is not None:
        allowed_rules = _out_of_scope_rules(policy)
        if data.out_of_scope_rule not in allowed_rules:
            raise WrapUpError(
                f"out_of_scope_rule: {data.out_of_scope_rule[:40]!r} is not an out-of-scope "
                f"rule of {policy.name} ({', '.join(allowed_rules) or 'none'})"
            )
    scripted = _script_rules(policy)
    for rule in data.refused_rules:
        if rule not in scripted:
            raise WrapUpError(
                f"refused_rules: {str(rule)[:40]!r} is not a rule of a {policy.name} script"
            )
    due = data.callback_due
    if due is not None:
        if due.utcoffset() is None:
            raise WrapUpError("callback_due: pass an aware time (with its time zone)")
        if due != old_due and due < now - CALLBACK_GRACE:
            raise WrapUpError("callback_due: the call-back time is in the past")
        if due > now + CALLBACK_HORIZON:
            raise WrapUpError("callback_due: more than a year ahead")


def _check_callback_level(
    session: Session, policy: Policy, data: WrapUpInput, case_id: int | None = None
) -> None:
    """EEP-8: a call-back order is for VIP cases only; the case's SLA level decides (no
    case, or a case without a level, is not VIP). A policy whose callback channel names
    no levels, or that has none (KUTY: call-backs of missed calls), allows every one."""
    level = None
    case_id = data.case_id if data.case_id is not None else case_id
    if case_id is not None:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"case {case_id} does not exist")
        level = case.sla_level
    refusal = callback_refusal(policy, level)
    if refusal is not None:
        raise WrapUpError(f"callback_due: {refusal}")


def _operator(session: Session, actor: Actor) -> tuple[int | None, str]:
    op = session.get(Operator, actor.operator_id) if actor.operator_id is not None else None
    if op is None:
        op = session.scalar(sa.select(Operator).where(Operator.username == actor.username))
    return (op.id, op.display_name) if op is not None else (None, actor.username)


# ------------------------------------------------------------- registration


def _period(policy: Policy, on: date) -> str:
    fmt = policy.registration_number.format if policy.registration_number else ""
    if "{day" in fmt:
        return on.isoformat()
    if "{month" in fmt:
        return f"{on.year:04d}-{on.month:02d}"
    return f"{on.year:04d}"


def next_registration_number(session: Session, policy: Policy, on: date) -> str:
    """The next registration number of `policy`'s series for the day `on` (EEP-13).

    Runs in the caller's transaction, so a rolled-back wrap-up gives its number back.
    PostgreSQL: the counter row is locked (SELECT ... FOR UPDATE) until commit, so two
    seats queue; the first number of a period inserts the row in a savepoint and, if
    another seat inserted it first (unique key), locks that row instead. SQLite: every
    transaction holds the single write lock from its start (BEGIN IMMEDIATE).
    Take the number before appending audit rows in the same transaction (as
    `save_wrap_up` does): the counter lock, then the audit chain's advisory lock, always in
    that order, so two seats can never wait for each other.

    Raises:
        WrapUpError: the policy has no registration-number format.
    """
    rule = policy.registration_number
    if rule is None:
        raise WrapUpError(f"the {policy.name} policy gives no registration numbers")
    key = {"series": policy.name, "period": _period(policy, on)}
    locked = sa.select(RegistrationCounter).filter_by(**key).with_for_update()
    counter = session.scalars(locked).first()
    if counter is None:
        try:
            with session.begin_nested():
                session.add(RegistrationCounter(**key, last_seq=0))
        except IntegrityError:
            pass  # another seat created it between our SELECT and INSERT
        counter = session.scalars(locked.execution_options(populate_existing=True)).one()
    counter.last_seq += 1
    session.flush()
    return rule.make(counter.last_seq, on)


# ------------------------------------------------------------------ services


def save_wrap_up(
    sessions: sessionmaker[Session],
    actor: Actor,
    policy: Policy,
    data: WrapUpInput,
    *,
    now: datetime | None = None,
) -> WrapUp:
    """Save (or update) the wrap-up of `data.call_id`; audited.

    The registration number is kept once given; None asks for one when the category wants
    it (`policy.wants_registration_number`). The call-back number defaults to the call's.

    Raises:
        PermissionDenied: the actor does not handle calls (audited).
        NotFound: no such call.
        WrapUpError: bad input (one line naming the field).
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="save_wrap_up", call=data.call_id)
    now = now or utcnow()
    with sessions.begin() as session:
        call = session.get(Call, data.call_id) if data.call_id is not None else None
        if data.call_id is not None and call is None:
            raise NotFound(f"call {data.call_id} does not exist")
        row = (
            session.scalar(sa.select(WrapUpRow).where(WrapUpRow.call_id == data.call_id))
            if data.call_id is not None
            else None
        )
        _check(policy, data, now, row.callback_due if row is not None else None)
        number = data.callback_number.strip() if data.callback_number else None
        if number:
            number = e164(number)
        elif data.callback_due is not None:
            if call is None:
                raise WrapUpError("callback_number: give the number to call back")
            number = call.remote_number
            if number is None or not number.startswith("+"):
                raise WrapUpError("callback_number: the call has no number to call back")
        if data.callback_due is not None:
            _check_callback_level(session, policy, data, call.case_id if call else None)
        joined = session.get(Case, call.case_id) if call is not None and call.case_id else None
        registration = data.registration_number
        if registration is not None:
            registration = _text(
                "registration_number", registration.strip(), REGISTRATION_MAX, one_line=True
            )
            if not registration:
                raise WrapUpError("registration_number: empty")
        elif row is not None and row.registration_number:
            registration = row.registration_number
        elif joined is not None and joined.registration_number:
            registration = None  # the case's number is the contact's (shown, not copied)
        elif data.category and policy.wants_registration_number(data.category):
            local_day = now.astimezone(ZoneInfo(policy.hours.time_zone)).date()
            registration = next_registration_number(session, policy, local_day)
        if registration is not None:
            taken = session.scalar(
                sa.select(WrapUpRow.id).where(WrapUpRow.registration_number == registration)
            )
            if taken is not None and (row is None or taken != row.id):
                raise WrapUpError(f"registration_number: {registration!r} is already used")
            owner = session.scalar(
                sa.select(Case.id).where(Case.registration_number == registration)
            )
            if owner is not None and (call is None or owner != call.case_id):
                raise WrapUpError(f"registration_number: {registration!r} is already used")
        op_id, op_name = _operator(session, actor)
        values = {
            "category": data.category,
            "topic": data.topic,
            "registration_number": registration,
            "notes": data.notes,
            "callback_due": data.callback_due,
            "callback_number": number,
            "out_of_scope_rule": data.out_of_scope_rule,
            "refused_rules": json.dumps(list(dict.fromkeys(data.refused_rules))),
            "status": WrapUpStatus.INCOMPLETE if data.incomplete else WrapUpStatus.COMPLETE,
        }
        created = row is None
        if row is None:
            row = WrapUpRow(call_id=data.call_id, created_at=now, **values)
            session.add(row)
            changed = sorted(k for k, v in values.items() if v not in (None, "", "[]"))
        else:
            changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
            for key, value in values.items():
                setattr(row, key, value)
        row.operator_id, row.operator_name, row.saved_at = op_id, op_name, now
        row.refresh_search_text()
        session.flush()
        case = _put_on_case(session, policy, call, joined, row, now) if call else None
        if case is not None and not row.registration_number and case.registration_number:
            # The recordings browser finds the call by the number its caller was given.
            row.search_text += "\n" + case.registration_number.casefold()
        payload = {
            "wrap_up_id": row.id,
            "category": row.category,
            "status": row.status,
            "registration_number": row.registration_number,
            "out_of_scope_rule": row.out_of_scope_rule,
            "refused_rules": json.loads(row.refused_rules),
            "callback_due": row.callback_due.isoformat() if row.callback_due else None,
            "topic_chars": len(row.topic),
            "notes_chars": len(row.notes),
            "changed": changed,
            "case_id": case.id if case is not None else None,
        }
        kind = "wrap_up_saved" if created else "wrap_up_updated"
        append_audit(session, kind, actor.label, payload, data.call_id, at=now)
        return _view(row, call.remote_number if call is not None else None, case)


def _put_on_case(
    session: Session,
    policy: Policy,
    call: Call,
    joined: Case | None,
    row: WrapUpRow,
    now: datetime,
) -> Case:
    """The call's case: the one it joined, or a new voice case closed with the wrap-up
    (see the module docstring for why, and for the registration number)."""
    if joined is not None:
        if not joined.registration_number and row.registration_number:
            joined.registration_number = row.registration_number  # EEP-13: numbered once
        if joined.channel == CaseChannel.VOICE:  # this call's own case: follows its wrap-up
            joined.category = row.category or None
            joined.subject = row.topic[:998] or None
            joined.close_reason = row.topic[:CLOSE_REASON_MAX] or None
        elif joined.category is None and row.category:
            joined.category = row.category
        return joined
    case = Case(
        registration_number=row.registration_number,
        policy=policy.name,
        status=CaseStatus.CLOSED,
        close_reason=row.topic[:CLOSE_REASON_MAX] or None,
        channel=CaseChannel.VOICE,
        subject=row.topic[:998] or None,
        opened_at=call.ring_at,
        closed_at=now,
        category=row.category or None,
        assignee_id=row.operator_id,
    )
    session.add(case)
    session.flush()
    call.case_id = case.id
    return case


def wrap_up_for_call(sessions: sessionmaker[Session], actor: Actor, call_id: str) -> WrapUp | None:
    """The call's wrap-up (history row, wrap-up pane), or None."""
    authorize(
        sessions, actor, Permission.HANDLE_CALLS, Permission.VIEW_AGENT_STATES,
        Permission.PLAY_RECORDING, action="wrap_up_for_call", any_of=True, call=call_id,
    )  # fmt: skip
    with sessions() as session:
        row = session.scalar(sa.select(WrapUpRow).where(WrapUpRow.call_id == call_id))
        if row is None:
            return None
        call = session.get(Call, call_id)
        case = session.get(Case, call.case_id) if call is not None and call.case_id else None
        return _view(row, call.remote_number if call is not None else None, case)


def callbacks_due(
    sessions: sessionmaker[Session], actor: Actor, *, until: datetime | None = None
) -> list[WrapUp]:
    """Open call-backs (not done), soonest first; `until`: due no later than that.

    The call-back list is the desk's shared work queue, not one operator's: whoever is on
    shift calls back (a supervisor sees the same list).
    """
    authorize(
        sessions, actor, Permission.HANDLE_CALLS, Permission.VIEW_AGENT_STATES,
        action="callbacks_due", any_of=True,
    )  # fmt: skip
    with sessions() as session:
        stmt = (
            sa.select(WrapUpRow, Call.remote_number)
            .outerjoin(Call, Call.id == WrapUpRow.call_id)
            .where(WrapUpRow.callback_due.is_not(None), WrapUpRow.callback_done_at.is_(None))
        )
        if until is not None:
            stmt = stmt.where(WrapUpRow.callback_due <= until)
        stmt = stmt.order_by(WrapUpRow.callback_due, WrapUpRow.id)
        return [_view(row, number) for row, number in session.execute(stmt).tuples()]


def mark_callback_done(
    sessions: sessionmaker[Session],
    actor: Actor,
    wrap_up_id: int,
    *,
    call_id: str | None = None,
) -> None:
    """Close the call-back of a wrap-up (`call_id`: the call that did it); audited once.

    Marking a done call-back again changes nothing (a double click, a retried job).

    Raises:
        NotFound: no such wrap-up.
        WrapUpError: the wrap-up has no call-back.
    """
    authorize(
        sessions, actor, Permission.HANDLE_CALLS, action="mark_callback_done", wrap_up=wrap_up_id
    )
    with sessions.begin() as session:
        row = session.get(WrapUpRow, wrap_up_id)
        if row is None:
            raise NotFound(f"wrap-up {wrap_up_id} does not exist")
        if row.callback_due is None:
            raise WrapUpError(f"wrap-up {wrap_up_id} has no call-back")
        if row.callback_done_at is not None:
            return
        row.callback_done_at = utcnow()
        row.callback_call_id = call_id
        payload = {"wrap_up_id": row.id, "callback_call_id": call_id}
        append_audit(session, "callback_done", actor.label, payload, row.call_id)


def can_read_all(actor: Actor) -> bool:
    """Supervisors read every seat's wrap-ups and states (the console hides nothing else)."""
    return allowed(actor, Permission.VIEW_AGENT_STATES)
