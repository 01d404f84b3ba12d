"""desk.cases: the written queue in arrival order (KZP-30-9, CSC-2.4), taking a case
(reached_employee_at once), notes, waiting / deferred (CSC-2.3), close with a reason,
joining a call; permission-checked and audited, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models import AuditEvent, Call, Operator, OperatorRole
from db.models_written import Case, CaseChannel, CaseStatus
from desk import cases
from desk.cases import CaseError
from desk.errors import NotFound
from desk.policy import load_policy
from desk.policy_rules import answer_due, defer_until
from desk.roles import Actor, PermissionDenied
from incidents.mailstore import store_mail

KUTY = load_policy("kuty")
OLENA = Actor("olena", OperatorRole.OPERATOR, 1)
PETRO = Actor("petro", OperatorRole.SUPERVISOR, 2)
IVAN = Actor("ivan", OperatorRole.OPERATOR, 3)
HEAD = Actor("hanna", OperatorRole.HEAD_ADMIN, 4)


def _mail(
    message_id: str, date: str, sender: str, subject: str, body: str = "Добрий день"
) -> bytes:
    word = "=?utf-8?B?" + base64.b64encode(subject.encode()).decode() + "?="
    head = [f"From: {sender}", f"Subject: {word}", f"Message-ID: {message_id}",
            f"Date: {date}", "To: desk@kuty.test", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit"]  # fmt: skip
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode()


@pytest.fixture
def desk(desk_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with desk_sessions.begin() as s:
        s.add(Operator(id=3, username="ivan", display_name="Іван Д.", role=OperatorRole.OPERATOR))
        s.add(Operator(id=4, username="hanna", display_name="Ганна Б.",
                       role=OperatorRole.HEAD_ADMIN))  # fmt: skip
    return desk_sessions


def _events(sessions: sessionmaker[Session], kind: str) -> list[dict[str, object]]:
    with sessions.begin() as s:
        rows = s.scalars(sa.select(AuditEvent.payload).where(AuditEvent.kind == kind)).all()
    return [json.loads(r) for r in rows]


def test_the_queue_is_in_arrival_order_with_what_it_shows(desk: sessionmaker[Session]) -> None:
    """KZP-30-9 / CSC-2.4: first arrived, first in the queue, whatever order they were
    stored in (an import keeps each mail's own Date)."""
    late = _mail("<late@example.org>", "Tue, 01 Dec 2026 11:00:00 +0200",
                 "Петро Г. <petro.h@example.org>", "Друге")  # fmt: skip
    early = _mail("<early@example.org>", "Tue, 01 Dec 2026 09:00:00 +0200",
                  "Олена <olena@example.org>", "Перше")  # fmt: skip
    second = store_mail(desk, OLENA, late, policy=KUTY)
    first = store_mail(desk, OLENA, early, policy=KUTY)

    rows = cases.queue(desk, OLENA, KUTY)

    assert [r.id for r in rows] == [first.case_id, second.case_id]
    top = rows[0]
    assert (top.subject, top.from_address, top.status) == ("Перше", "olena@example.org",
                                                           CaseStatus.NEW)  # fmt: skip
    assert top.sender == "Олена <olena@example.org>" and top.channel is CaseChannel.EMAIL
    assert top.registration_number == first.registration_number is not None
    assert top.arrived_at == datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
    assert top.last_in_message_id == first.message_id and top.messages == 1
    assert top.assignee_id is None and not top.stopped
    with desk.begin() as s:
        case = s.get(Case, top.id)
        assert case is not None
        # The deadline is the policy's answer, whatever the rule says (stub or real).
        assert top.answer_due == answer_due(KUTY, cases.case_times(case))


def test_taking_a_case_starts_its_clock_once_and_guards_another_operators_case(
    desk: sessionmaker[Session],
) -> None:
    stored = store_mail(desk, OLENA, _mail("<t@x.org>", "Tue, 01 Dec 2026 09:00:00 +0200",
                                           "a@example.org", "Тема"), policy=KUTY)  # fmt: skip
    t0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    cases.take_case(desk, OLENA, stored.case_id, now=t0)
    cases.take_case(desk, OLENA, stored.case_id, now=t0 + timedelta(hours=1))
    with desk.begin() as s:
        case = s.get(Case, stored.case_id)
        assert case is not None and case.assignee_id == 1 and case.status == CaseStatus.OPEN
        assert cases.case_times(case).reached_employee_at == t0  # CSC-2.4: set once

    with pytest.raises(CaseError, match=r"Олена Ш\. is handling this case"):
        cases.take_case(desk, IVAN, stored.case_id)
    cases.take_case(desk, PETRO, stored.case_id, now=t0 + timedelta(hours=2))  # reassign
    [row] = cases.queue(desk, OLENA, KUTY)
    assert (row.assignee_id, row.assignee_name) == (2, "Петро К.")
    taken = _events(desk, "case_taken")
    assert [e["assignee"] for e in taken] == [1, 2] and taken[1]["previous_assignee"] == 1


def test_notes_waiting_and_closing_with_a_reason(desk: sessionmaker[Session]) -> None:
    stored = store_mail(desk, OLENA, _mail("<n@x.org>", "Tue, 01 Dec 2026 09:00:00 +0200",
                                           "b@example.org", "Нотатка"), policy=KUTY)  # fmt: skip
    case_id = stored.case_id
    with pytest.raises(CaseError, match="empty"):
        cases.add_note(desk, OLENA, case_id, "   ")
    note_id = cases.add_note(desk, OLENA, case_id, "  Перевірити заяву в реєстрі  ")
    rows = cases.thread(desk, OLENA, KUTY, case_id)
    assert [(n.id, n.author, n.text) for n in rows.notes] == [
        (note_id, "Олена Ш.", "Перевірити заяву в реєстрі")
    ]
    assert [m.id for m in rows.messages] == [stored.message_id]
    assert _events(desk, "case_note_added")[0] == {"case_id": case_id, "note_id": note_id,
                                                    "chars": 26}  # fmt: skip

    now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    cases.set_waiting(desk, OLENA, case_id, now=now)
    [row] = cases.queue(desk, OLENA, KUTY)
    assert row.status is CaseStatus.WAITING
    cases.reopen_case(desk, OLENA, case_id)
    assert cases.queue(desk, OLENA, KUTY)[0].status is CaseStatus.OPEN

    with pytest.raises(CaseError, match="reason"):
        cases.close_case(desk, OLENA, case_id, " \n ")
    cases.close_case(desk, OLENA, case_id, "Відповідь надано,\n доступ відновлено")
    assert cases.queue(desk, OLENA, KUTY) == []  # closed cases leave the queue
    with desk.begin() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.status == CaseStatus.CLOSED
        assert case.close_reason == "Відповідь надано, доступ відновлено"
        assert case.closed_at is not None
    with pytest.raises(CaseError, match="closed"):
        cases.close_case(desk, OLENA, case_id, "ще раз")
    with desk.begin() as s:
        assert verify_audit_chain(s).ok


def test_answering_records_the_first_answer_once_and_waits(desk: sessionmaker[Session]) -> None:
    stored = store_mail(desk, OLENA, _mail("<a@x.org>", "Tue, 01 Dec 2026 09:00:00 +0200",
                                           "c@example.org", "Відповідь"), policy=KUTY)  # fmt: skip
    t1 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    cases.mark_answered(desk, OLENA, stored.case_id, now=t1)
    cases.mark_answered(desk, OLENA, stored.case_id, now=t1 + timedelta(hours=3))
    with desk.begin() as s:
        case = s.get(Case, stored.case_id)
        assert case is not None
        times = cases.case_times(case)
    assert times.first_answered_at == t1 and times.reached_employee_at == t1
    assert times.waiting_since == t1 + timedelta(hours=3)  # EEP-15 counts from the last
    assert [e["first_answer"] for e in _events(desk, "case_answered")] == [True, False]


def test_deferring_follows_the_policy(desk: sessionmaker[Session]) -> None:
    """CSC-2.3: deferred to where the policy says, or refused when it defers nothing."""
    csc = load_policy("csc")
    stored = store_mail(desk, OLENA, _mail("<d@x.org>", "Sat, 05 Dec 2026 10:00:00 +0300",
                                           "d@example.org", "Складне"), policy=csc)  # fmt: skip
    saturday = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)
    expected = defer_until(csc, saturday, complex_question=True)
    if expected is None:
        with pytest.raises(CaseError, match=r"CSC-2\.3"):
            cases.defer_case(desk, OLENA, csc, stored.case_id, now=saturday)
        assert cases.queue(desk, OLENA, csc)[0].status is CaseStatus.NEW
    else:
        assert cases.defer_case(desk, OLENA, csc, stored.case_id, now=saturday) == expected
        [row] = cases.queue(desk, OLENA, csc)
        assert row.status is CaseStatus.DEFERRED and row.deferred_until == expected


def test_a_call_joins_an_open_case_when_the_operator_says_so(desk: sessionmaker[Session]) -> None:
    stored = store_mail(desk, OLENA, _mail("<j@x.org>", "Tue, 01 Dec 2026 09:00:00 +0200",
                                           "e@example.org", "Дзвінок"), policy=KUTY)  # fmt: skip
    with desk.begin() as s:
        s.add(Call(id="call-1", remote_number="+380501234567", seat="s1", operator_id=1,
                   ring_at=datetime(2026, 12, 1, 12, 5, tzinfo=UTC)))  # fmt: skip
    with pytest.raises(NotFound):
        cases.join_call(desk, OLENA, stored.case_id, "no-such-call")
    assert cases.join_call(desk, OLENA, stored.case_id, "call-1") is None
    [call] = cases.thread(desk, OLENA, KUTY, stored.case_id).calls
    assert (call.id, call.number, call.answered) == ("call-1", "+380501234567", False)
    assert cases.join_call(desk, OLENA, stored.case_id, "call-1") is None  # again: no change
    with desk.begin() as s:
        assert s.get(Call, "call-1").case_id == stored.case_id  # type: ignore[union-attr]
        event = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "call_joined_case")).one()
        assert event.call_id == "call-1"
        assert json.loads(event.payload)["case_id"] == stored.case_id


def test_roles_that_take_no_contacts_are_refused_and_audited(desk: sessionmaker[Session]) -> None:
    stored = store_mail(desk, OLENA, _mail("<p@x.org>", "Tue, 01 Dec 2026 09:00:00 +0200",
                                           "f@example.org", "Доступ"), policy=KUTY)  # fmt: skip
    with pytest.raises(PermissionDenied):
        cases.queue(desk, HEAD, KUTY)
    with pytest.raises(PermissionDenied):
        cases.close_case(desk, HEAD, stored.case_id, "не моє")
    denied = _events(desk, "permission_denied")
    assert [d["action"] for d in denied] == ["case_queue", "close_case"]
    with pytest.raises(NotFound):
        cases.take_case(desk, OLENA, 9999)
