"""The case service (issue 12): the written queue and what an operator does with a case.

Every contact belongs to a case (`db.models_written.Case`); a mail gets one when it is
stored (`incidents.mailstore.store_mail`). This module is what the written workspace asks
for and changes, permission-checked (`desk.gate.authorize`, denials audited) and audited
like the rest of desk/, with ids only in the audit log (texts and addresses are personal
data; the log is kept forever in clear):

* `queue`: open cases in arrival order (KZP-30-9 "in order of arrival", CSC-2.4), each
  with what the queue shows and its answer deadline from the seat's policy
  (`desk.policy_rules.answer_due`; None where the policy sets no target).
* `take_case`: the operator becomes the assignee; `reached_employee_at` is set once,
  because CSC-2.4's 60 minutes run from the moment a request reaches an employee.
* `thread`: the rows of a case's messages (in and out) and internal notes, in time order;
  `incidents.case_mail` parses the raw bytes of each for display (desk/ sits below
  incidents/ and does not parse mail itself).
* `add_note`, `set_waiting`, `defer_case` (CSC-2.3), `close_case` (a reason is required:
  the outcome must say why), `mark_answered` (first answer: the clocks of CSC-2.4 and
  EEP-15), `join_call` (a call the operator says belongs to this case: `calls.case_id`,
  migration 0011; the thread lists the case's calls beside its messages).

The policy's own questions of a case (category and EEP-13 number, SLA level, the writer's
identification) are `desk.case_policy`; the written wrap-up that closes a case is
`desk.case_wrapup`.

Replies go out through `incidents.case_mail.reply_to_case`, which sends with
`incidents.mail_reply.send_reply` and then calls `mark_answered` here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Call, Operator, utcnow
from db.models_incidents import Message
from db.models_written import (
    CLOSE_REASON_MAX,
    Case,
    CaseChannel,
    CaseNote,
    CaseStatus,
    MessageDirection,
)
from desk.case_calls import CallRow, call_rows_of, calls_of
from desk.errors import NotFound, UserFacingError
from desk.gate import authorize
from desk.policy import Policy
from desk.policy_rules import CaseTimes, answer_due, defer_until, unanswered_close_due
from desk.roles import Actor, Permission, allowed

__all__ = [
    "NOTE_MAX",
    "CallRow",
    "CaseError",
    "CaseRow",
    "NoteRow",
    "ThreadMessage",
    "ThreadRows",
    "add_note",
    "case_row",
    "case_times",
    "close_case",
    "defer_case",
    "join_call",
    "mark_answered",
    "queue",
    "reopen_case",
    "set_waiting",
    "take_case",
    "thread",
]

NOTE_MAX = 10_000
WRITTEN_CHANNELS = (CaseChannel.EMAIL, CaseChannel.CHAT)
OPEN_STATES = (CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.DEFERRED)


class CaseError(UserFacingError, ValueError):
    """The case cannot be changed that way; one line saying why."""


def _aware(stamp: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; the database keeps UTC."""
    if stamp is None:
        return None
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


def case_times(case: Case) -> CaseTimes:
    """What `desk.policy_rules` needs of a case, as aware UTC datetimes."""
    opened = _aware(case.opened_at)
    assert opened is not None
    return CaseTimes(
        opened_at=opened,
        reached_employee_at=_aware(case.reached_employee_at),
        first_answered_at=_aware(case.first_answered_at),
        waiting_since=_aware(case.waiting_since),
        deferred_until=_aware(case.deferred_until),
        sla_level=case.sla_level,
        category=case.category,
    )


@dataclass(frozen=True)
class CaseRow:
    """One line of the written queue."""

    id: int
    registration_number: str | None
    status: CaseStatus
    channel: CaseChannel
    subject: str | None
    sender: str  # "Name <address>" of the first incoming message
    from_address: str | None
    arrived_at: datetime  # the first incoming message (or the case's opening)
    assignee_id: int | None
    assignee_name: str | None
    messages: int
    answer_due: datetime | None  # CSC-2.4 from the policy; None: no target or answered
    close_due: datetime | None  # EEP-15 from the policy; None: no such rule or not waiting
    deferred_until: datetime | None
    stopped: bool  # correspondence stopped (KUTY-3.3/3.4)
    last_in_message_id: int | None  # what a reply answers
    # Issue 12 (0010/0011): the policy's view of the case.
    category: str | None = None  # EEP-4 / the policy's category id
    sla_level: str | None = None  # EEP-3 "basic" / "vip"
    identity_state: str | None = None  # EEP-11 "identified" / "refused", as recorded
    verified_call: bool = False  # KUTY-2.2: a joined call's caller was verified
    calls: int = 0


@dataclass(frozen=True)
class ThreadMessage:
    id: int
    direction: MessageDirection
    status: str | None
    sender: str
    from_address: str | None
    subject: str | None
    received_at: datetime
    raw_sha256: str | None
    body: str  # the stored text (the display re-parses the raw bytes when it has them)
    stopped: bool


@dataclass(frozen=True)
class NoteRow:
    id: int
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class ThreadRows:
    case: CaseRow
    messages: list[ThreadMessage] = field(default_factory=list)
    notes: list[NoteRow] = field(default_factory=list)
    calls: list[CallRow] = field(default_factory=list)


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        sa.select(Operator.id, Operator.display_name, Operator.username).where(Operator.id.in_(ids))
    ).tuples()
    return {i: display or username for i, display, username in rows}


def _row(
    case: Case,
    messages: list[Message],
    names: dict[int, str],
    policy: Policy,
    calls: list[Call] | None = None,
) -> CaseRow:
    incoming = [m for m in messages if (m.direction or "in") == MessageDirection.IN.value]
    first = incoming[0] if incoming else (messages[0] if messages else None)
    times = case_times(case)
    arrived = _aware(first.received_at) if first is not None else times.opened_at
    assert arrived is not None
    return CaseRow(
        id=case.id,
        registration_number=case.registration_number,
        status=CaseStatus(case.status),
        channel=CaseChannel(case.channel),
        subject=case.subject,
        sender=first.sender if first is not None else "",
        from_address=first.from_address if first is not None else None,
        arrived_at=arrived,
        assignee_id=case.assignee_id,
        assignee_name=names.get(case.assignee_id) if case.assignee_id else None,
        messages=len(messages),
        answer_due=answer_due(policy, times) if case.status != CaseStatus.CLOSED else None,
        close_due=(
            unanswered_close_due(policy, times) if case.status == CaseStatus.WAITING else None
        ),
        deferred_until=times.deferred_until,
        stopped=any(m.stopped for m in messages),
        last_in_message_id=incoming[-1].id if incoming else None,
        category=case.category,
        sla_level=case.sla_level,
        identity_state=case.identity_state,
        verified_call=any(c.verification_state == "verified" for c in calls or ()),
        calls=len(calls or ()),
    )


def _messages(session: Session, case_ids: list[int]) -> dict[int, list[Message]]:
    found: dict[int, list[Message]] = {i: [] for i in case_ids}
    if not case_ids:
        return found
    stmt = (
        sa.select(Message)
        .where(Message.case_id.in_(case_ids))
        .order_by(Message.received_at, Message.id)
    )
    for msg in session.scalars(stmt):
        assert msg.case_id is not None
        found[msg.case_id].append(msg)
    return found


def queue(
    sessions: sessionmaker[Session], actor: Actor, policy: Policy, *, limit: int = 500
) -> list[CaseRow]:
    """Open written cases, first arrived first (KZP-30-9, CSC-2.4): never reordered by
    deadline or assignee, so nobody's request waits behind a later one."""
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="case_queue")
    with sessions.begin() as session:
        cases = list(
            session.scalars(
                sa.select(Case)
                .where(Case.status.in_(OPEN_STATES), Case.channel.in_(WRITTEN_CHANNELS))
                .order_by(Case.opened_at, Case.id)
                .limit(limit)
            )
        )
        by_case = _messages(session, [c.id for c in cases])
        calls = calls_of(session, [c.id for c in cases])
        names = _names(session, {c.assignee_id for c in cases if c.assignee_id})
        rows = [_row(c, by_case[c.id], names, policy, calls[c.id]) for c in cases]
    # Arrival is the first message's time (an imported mail keeps its Date), not when
    # this desk stored it; a stable sort keeps the opening order among equals.
    return sorted(rows, key=lambda r: (r.arrived_at, r.id))


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"case {case_id} does not exist")
    return case


def _open(session: Session, case_id: int) -> Case:
    case = _case(session, case_id)
    if case.status == CaseStatus.CLOSED:
        raise CaseError(f"case {case.registration_number or case_id} is closed")
    return case


def case_row(
    sessions: sessionmaker[Session], actor: Actor, policy: Policy, case_id: int
) -> CaseRow:
    """One case as the queue shows it (also a closed one)."""
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="case_row", case=case_id)
    with sessions.begin() as session:
        case = _case(session, case_id)
        msgs = _messages(session, [case_id])[case_id]
        calls = calls_of(session, [case_id])[case_id]
        return _row(case, msgs, _names(session, {case.assignee_id or 0}), policy, calls)


def take_case(
    sessions: sessionmaker[Session], actor: Actor, case_id: int, *, now: datetime | None = None
) -> None:
    """Make `actor` the case's assignee; the case has reached an employee (CSC-2.4).

    Raises:
        CaseError: closed, or another operator has it (a supervisor may reassign).
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="take_case", case=case_id)
    now = now or utcnow()
    with sessions.begin() as session:
        case = _open(session, case_id)
        if case.assignee_id == actor.operator_id and case.reached_employee_at is not None:
            return
        if (
            case.assignee_id is not None
            and case.assignee_id != actor.operator_id
            and not allowed(actor, Permission.VIEW_AGENT_STATES)
        ):
            owner = _names(session, {case.assignee_id}).get(case.assignee_id, "?")
            raise CaseError(f"{owner} is handling this case; ask a supervisor to reassign it")
        previous = case.assignee_id
        case.assignee_id = actor.operator_id
        if case.reached_employee_at is None:
            case.reached_employee_at = now
        if case.status == CaseStatus.NEW:
            case.status = CaseStatus.OPEN
        append_audit(session, "case_taken", actor.label,
                     {"case_id": case_id, "previous_assignee": previous,
                      "assignee": actor.operator_id, "rule": "CSC-2.4"})  # fmt: skip


def thread(
    sessions: sessionmaker[Session], actor: Actor, policy: Policy, case_id: int
) -> ThreadRows:
    """A case's messages (in and out) and notes, oldest first."""
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="case_thread", case=case_id)
    with sessions.begin() as session:
        case = _case(session, case_id)
        msgs = _messages(session, [case_id])[case_id]
        notes = list(
            session.scalars(
                sa.select(CaseNote)
                .where(CaseNote.case_id == case_id)
                .order_by(CaseNote.created_at, CaseNote.id)
            )
        )
        ids = {n.author_id for n in notes if n.author_id} | {case.assignee_id or 0}
        names = _names(session, ids)
        calls = calls_of(session, [case_id])[case_id]
        row = _row(case, msgs, names, policy, calls)
        call_rows = call_rows_of(session, calls)
        out = [
            ThreadMessage(
                id=m.id,
                direction=MessageDirection(m.direction or MessageDirection.IN.value),
                status=m.status,
                sender=m.sender,
                from_address=m.from_address,
                subject=m.subject,
                received_at=_aware(m.received_at) or row.arrived_at,
                raw_sha256=m.raw_sha256,
                body=m.body,
                stopped=m.stopped,
            )
            for m in msgs
        ]
        note_rows = [
            NoteRow(n.id, names.get(n.author_id or 0, "?"), n.text,
                    _aware(n.created_at) or row.arrived_at)
            for n in notes
        ]  # fmt: skip
    return ThreadRows(row, out, note_rows, call_rows)


def add_note(sessions: sessionmaker[Session], actor: Actor, case_id: int, text: str) -> int:
    """An internal note: the desk's own text, never sent to the writer. Returns its id.

    Raises:
        CaseError: empty or too long.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="add_note", case=case_id)
    text = text.strip()
    if not text:
        raise CaseError("the note is empty")
    if len(text) > NOTE_MAX or "\x00" in text:
        raise CaseError(f"a note is text of at most {NOTE_MAX} characters")
    with sessions.begin() as session:
        _case(session, case_id)
        note = CaseNote(case_id=case_id, author_id=actor.operator_id, text=text,
                        created_at=utcnow())  # fmt: skip
        session.add(note)
        session.flush()
        append_audit(session, "case_note_added", actor.label,
                     {"case_id": case_id, "note_id": note.id, "chars": len(text)})  # fmt: skip
        return note.id


def mark_answered(
    sessions: sessionmaker[Session], actor: Actor, case_id: int, *, now: datetime | None = None
) -> None:
    """A reply left: the first answer is recorded once (CSC-2.4), the case waits for the
    writer from now (EEP-15's 8 h run from the last answer)."""
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="mark_answered", case=case_id)
    now = now or utcnow()
    with sessions.begin() as session:
        case = _case(session, case_id)
        first = case.first_answered_at is None
        if first:
            case.first_answered_at = now
        if case.reached_employee_at is None:
            case.reached_employee_at = now
        if case.assignee_id is None:
            case.assignee_id = actor.operator_id
        if case.status != CaseStatus.CLOSED:
            case.status = CaseStatus.WAITING
            case.waiting_since = now
            case.deferred_until = None
        append_audit(session, "case_answered", actor.label,
                     {"case_id": case_id, "first_answer": first})  # fmt: skip


def set_waiting(
    sessions: sessionmaker[Session], actor: Actor, case_id: int, *, now: datetime | None = None
) -> None:
    """The case waits for the writer (EEP-15: the 8 h run from now)."""
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="set_waiting", case=case_id)
    now = now or utcnow()
    with sessions.begin() as session:
        case = _open(session, case_id)
        case.status, case.waiting_since, case.deferred_until = CaseStatus.WAITING, now, None
        append_audit(session, "case_status", actor.label,
                     {"case_id": case_id, "status": CaseStatus.WAITING.value})  # fmt: skip


def reopen_case(sessions: sessionmaker[Session], actor: Actor, case_id: int) -> None:
    """Back to open (a deferral lifted, or waiting given up by the operator)."""
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="reopen_case", case=case_id)
    with sessions.begin() as session:
        case = _open(session, case_id)
        case.status, case.waiting_since, case.deferred_until = CaseStatus.OPEN, None, None
        append_audit(session, "case_status", actor.label,
                     {"case_id": case_id, "status": CaseStatus.OPEN.value})  # fmt: skip


def defer_case(
    sessions: sessionmaker[Session],
    actor: Actor,
    policy: Policy,
    case_id: int,
    *,
    now: datetime | None = None,
) -> datetime:
    """Defer a complex question to where the policy says (CSC-2.3: weekend duty defers to
    Monday's first full window); returns until when.

    Raises:
        CaseError: the policy answers now (no duty window to defer from).
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="defer_case", case=case_id)
    now = now or utcnow()
    until = defer_until(policy, now, complex_question=True)
    if until is None:
        raise CaseError("the policy defers nothing now: answer the question (CSC-2.3)",
                        code="case_not_deferrable")  # fmt: skip
    with sessions.begin() as session:
        case = _open(session, case_id)
        case.status, case.deferred_until = CaseStatus.DEFERRED, until
        append_audit(session, "case_status", actor.label,
                     {"case_id": case_id, "status": CaseStatus.DEFERRED.value,
                      "deferred_until": until.isoformat(), "rule": "CSC-2.3"})  # fmt: skip
    return until


def close_case(
    sessions: sessionmaker[Session],
    actor: Actor,
    case_id: int,
    reason: str,
    *,
    now: datetime | None = None,
) -> None:
    """Close with a reason (the outcome says why: answered, "клієнт не відповів" (EEP-15),
    out of scope, …). Closing a closed case again is refused, so its reason stays.

    Raises:
        CaseError: no reason, a reason too long, or the case is closed already.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="close_case", case=case_id)
    reason = " ".join(reason.split())
    if not reason:
        raise CaseError("a case is closed with a reason", code="case_close_reason")
    if len(reason) > CLOSE_REASON_MAX:
        raise CaseError(f"the reason must be at most {CLOSE_REASON_MAX} characters")
    with sessions.begin() as session:
        case = _open(session, case_id)
        case.status, case.close_reason = CaseStatus.CLOSED, reason
        case.closed_at = now or utcnow()
        append_audit(session, "case_closed", actor.label,
                     {"case_id": case_id, "registration_number": case.registration_number,
                      "chars": len(reason)})  # fmt: skip


def join_call(
    sessions: sessionmaker[Session], actor: Actor, case_id: int, call_id: str
) -> int | None:
    """Put a call on the caller's open case, because the operator says it belongs there
    (issue 12: calls join their caller's open case when the operator says so).

    The link is `calls.case_id` (migration 0011): the case's thread lists the call, the
    call's wrap-up completes this case (`desk.wrapups.save_wrap_up`), and a verified
    caller's call verifies the case's writer (KUTY-2.2, `desk.case_policy`). A call on
    another case moves (the operator corrects a join); the audit event names both cases.
    Joining it again changes nothing. Returns the case the call was on before, or None.

    Raises:
        NotFound: no such call or case.
        CaseError: the case is closed.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="join_call", case=case_id)
    with sessions.begin() as session:
        call = session.get(Call, call_id)
        if call is None:
            raise NotFound(f"call {call_id} does not exist")
        _open(session, case_id)
        previous = call.case_id
        if previous == case_id:
            return None
        call.case_id = case_id
        append_audit(session, "call_joined_case", actor.label,
                     {"case_id": case_id, "previous_case": previous}, call_id)  # fmt: skip
        return previous
