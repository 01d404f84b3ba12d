"""EEP-15's closing sweep on the one-seat (SQLite) and multi-seat (PostgreSQL) database:
a case waiting for the customer 8 h closes "клієнт не відповів" in the profile's wording,
with what was done, audited; nothing else is touched (desk/case_sweep.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models import AuditEvent
from db.models_incidents import Message, MessageChannel
from db.models_written import Case, CaseChannel, CaseNote, CaseStatus
from desk.case_sweep import actions_summary, close_unanswered, no_response_reason
from desk.policy import load_policy
from desk.roles import SYSTEM
from seat.case_sweep_job import sweep_once

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # 17:00 in Astana
EEP = load_policy("eep")


def _case(
    session: Session, *, status: CaseStatus, waiting: timedelta | None, policy: str = "eep"
) -> int:
    case = Case(
        policy=policy, status=status, channel=CaseChannel.EMAIL, subject="Кабинет",
        registration_number=None, opened_at=NOW - timedelta(days=1),
        waiting_since=None if waiting is None else NOW - waiting,
    )  # fmt: skip
    session.add(case)
    session.flush()
    return case.id


def _message(session: Session, case_id: int, direction: str, at: datetime, subject: str) -> None:
    out = direction == "out"
    session.add(Message(channel=MessageChannel.EMAIL, sender="aigul@example.kz", subject=subject,
                        body="…", received_at=at, direction=direction, case_id=case_id,
                        status="sent" if out else "new",
                        from_address="desk@eep.kz" if out else "aigul@example.kz"))  # fmt: skip


@pytest.fixture
def cases(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions.begin() as s:
        ids = {
            "due": _case(s, status=CaseStatus.WAITING, waiting=timedelta(hours=8, minutes=1)),
            "edge": _case(s, status=CaseStatus.WAITING, waiting=timedelta(hours=8)),
            "young": _case(s, status=CaseStatus.WAITING, waiting=timedelta(hours=7, minutes=59)),
            "open": _case(s, status=CaseStatus.OPEN, waiting=timedelta(hours=9)),
            "kuty": _case(s, status=CaseStatus.WAITING, waiting=timedelta(hours=9), policy="kuty"),
        }
        due = ids["due"]
        _message(s, due, "in", NOW - timedelta(hours=9), "Кабинет")
        _message(s, due, "out", NOW - timedelta(hours=8, minutes=1), "Re: Кабинет")
        _message(s, due, "out", NOW - timedelta(hours=8, minutes=5), "Re: not sent")
        s.flush()
        s.execute(
            sa.update(Message).where(Message.subject == "Re: not sent").values(status="failed")
        )
        s.add(CaseNote(case_id=due, text="Скриншот сұралды,\n  күтеміз",
                       created_at=NOW - timedelta(hours=8, minutes=30)))  # fmt: skip
    return ids


def _status(sessions: sessionmaker[Session], case_id: int) -> Case:
    with sessions.begin() as s:
        case = s.get(Case, case_id)
        assert case is not None
        s.expunge(case)
        return case


def test_eep_15_closes_a_case_waiting_8_hours_with_the_actions_taken(
    sessions: sessionmaker[Session], cases: dict[str, int]
) -> None:
    closed = close_unanswered(sessions, EEP, SYSTEM, NOW)
    assert sorted(c.case_id for c in closed) == sorted([cases["due"], cases["edge"]])
    due = next(c for c in closed if c.case_id == cases["due"])
    assert due.reason == "клиенттен жауап келмеді"  # the EEP profile's templates' wording
    # Astana time (UTC+5): what was sent when, in the policy's zone; the note is listed too.
    assert due.actions.splitlines() == [
        "01.12.2026 08:30 — ішкі жазба: Скриншот сұралды, күтеміз",
        "01.12.2026 08:59 — жауап жіберілді: Re: Кабинет",
    ]
    # A reply the relay refused was not sent, so it is not an action taken.
    assert "not sent" not in due.actions
    # The writer's letter lists what was sent to them, never the internal notes.
    assert due.writer_text is not None
    assert "01.12.2026 08:59 — жауап жіберілді: Re: Кабинет" in due.writer_text
    assert "Скриншот" not in due.writer_text and "{actions}" not in due.writer_text
    assert due.writer == "aigul@example.kz" and due.reply_to is not None
    row = _status(sessions, cases["due"])
    assert row.status == CaseStatus.CLOSED and row.close_reason == "клиенттен жауап келмеді"
    assert row.closed_at == NOW
    for untouched in ("young", "open", "kuty"):
        assert _status(sessions, cases[untouched]).status != CaseStatus.CLOSED, untouched
    with sessions.begin() as s:
        notes = s.scalars(sa.select(CaseNote.text).where(CaseNote.case_id == cases["due"])).all()
        assert any(n.startswith("клиенттен жауап келмеді (EEP-15)\n") for n in notes)
        events = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "case_closed_no_response")
        ).all()
        payloads = {json.loads(e.payload)["case_id"]: json.loads(e.payload) for e in events}
        assert set(payloads) == {cases["due"], cases["edge"]}
        assert payloads[cases["due"]]["rules"] == ["EEP-15"]
        assert payloads[cases["due"]]["actions"] == due.actions
        assert verify_audit_chain(s).ok


def test_eep_15_a_second_sweep_closes_nothing_again(
    sessions: sessionmaker[Session], cases: dict[str, int]
) -> None:
    assert len(close_unanswered(sessions, EEP, SYSTEM, NOW)) == 2
    # A minute later only the 7 h 59 min case has run out; then nothing is left.
    later = close_unanswered(sessions, EEP, SYSTEM, NOW + timedelta(minutes=1))
    assert [c.case_id for c in later] == [cases["young"]]
    assert close_unanswered(sessions, EEP, SYSTEM, NOW + timedelta(minutes=2)) == []
    with sessions.begin() as s:
        count = s.scalar(
            sa.select(sa.func.count()).where(AuditEvent.kind == "case_closed_no_response")
        )
    assert count == 3


def test_a_policy_without_eep_15_closes_nothing(
    sessions: sessionmaker[Session], cases: dict[str, int]
) -> None:
    assert close_unanswered(sessions, load_policy("kuty"), SYSTEM, NOW + timedelta(days=9)) == []
    assert _status(sessions, cases["kuty"]).status == CaseStatus.WAITING


def test_without_smtp_the_seat_job_closes_and_tells_no_one(
    sessions: sessionmaker[Session], cases: dict[str, int]
) -> None:
    report = sweep_once(sessions, EEP, now=NOW)
    assert len(report.closed) == 2 and report.told == [] and report.problems == []
    event = report.event()
    assert event["event"] == "cases_closed"


def test_a_case_without_actions_says_so(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        case_id = _case(s, status=CaseStatus.WAITING, waiting=timedelta(hours=8))
        assert actions_summary(s, case_id, EEP) == "Әрекет жасалмаған."


def test_the_reason_in_each_language_and_naive_times_refused(
    sessions: sessionmaker[Session],
) -> None:
    assert no_response_reason("uk") == "клієнт не відповів"
    assert no_response_reason("ru") == "клиент не ответил"
    assert no_response_reason("de") == "no response from the customer"
    with pytest.raises(ValueError, match="aware"):
        close_unanswered(sessions, EEP, SYSTEM, datetime(2026, 12, 1, 12, 0))
