"""Blocking a writer from a written incident (KUTY-3.3/3.4, KZP-30-19, CSC-2.12; issue 12).

Only a regulation that allows blocking lets the desk block (KZP, CSC; not KUTY or EEP),
checked in the service, not only by the disabled button. The writer's later mail is never
dropped (KUTY-1.1): it is stored with its raw bytes, flagged `blocked`, opens no case and
is listed for supervisors; after an unblock the writer's mail is a case again.
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent
from db.models_incidents import IncidentKind, Message
from db.models_written import Case, MessageStatus
from desk.errors import NotFound
from desk.policy import load_policy
from desk.roles import Actor, PermissionDenied
from incidents.blocklist import (
    BlockingNotAllowed,
    block_writer,
    is_blocked,
    list_blocked_mail,
    unblock_number,
    writer_address,
)
from incidents.config import IncidentsConfig
from incidents.mailstore import raw_message, store_mail
from incidents.service import report_message_incident

KZP = load_policy("kzp")
KUTY = load_policy("kuty")


def _mail(n: int, sender: str = "Anon <Anon@Bad.Example>") -> bytes:
    return (
        f"From: {sender}\r\nTo: desk@kzp.example\r\nSubject: {n}\r\n"
        f"Message-ID: <m{n}@bad.example>\r\nDate: Tue, 01 Dec 2026 09:30:0{n} +0500\r\n"
        f"\r\nmessage {n}\r\n"
    ).encode()


def _cases(sessions: sessionmaker[Session]) -> int:
    with sessions() as s:
        return int(s.scalar(sa.select(sa.func.count()).select_from(Case)) or 0)


def _abuse(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig
) -> tuple[int, int]:
    first = store_mail(sessions, operator, _mail(1), policy=KZP)
    incident_id = report_message_incident(
        sessions, operator, message_id=first.message_id, kind=IncidentKind.ABUSE, config=config
    )
    return first.message_id, incident_id


def test_a_supervisor_blocks_the_writer_and_later_mail_is_kept_flagged_without_a_case(
    sessions: sessionmaker[Session],
    operator: Actor,
    supervisor: Actor,
    config: IncidentsConfig,
) -> None:
    _, incident_id = _abuse(sessions, operator, config)
    assert writer_address(sessions, incident_id) == "anon@bad.example"
    entry, address = block_writer(sessions, supervisor, incident_id, "Образи", policy=KZP)
    assert address == "anon@bad.example" and is_blocked(sessions, "ANON@bad.example")
    with sessions() as s:
        audit = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "number_blocked")).one()
        reason = s.scalar(sa.text("SELECT reason FROM blocklist WHERE id = :i"), {"i": entry})
    assert json.loads(audit.payload)["incident_id"] == incident_id
    assert audit.actor == "supervisor:petro" and reason == "Образи (KZP-30-19)"

    cases = _cases(sessions)
    raw = _mail(2, sender="=?utf-8?B?0JDQvdC+0L0=?= <anon@BAD.example>")
    later = store_mail(sessions, operator, raw, policy=KZP)
    assert later.created and later.blocked and later.case_id is None and not later.new_case
    assert _cases(sessions) == cases  # no case in the queue
    assert raw_message(sessions, operator, later.message_id) == raw  # never dropped
    with sessions() as s:
        msg = s.get(Message, later.message_id)
        assert msg is not None and msg.status == MessageStatus.BLOCKED.value
        kinds = s.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)).all()
    assert kinds[-2:] == ["mail_from_blocked_sender", "mail_stored"]
    again = store_mail(sessions, operator, raw, policy=KZP)  # an IMAP re-run: nothing new
    assert not again.created and again.blocked and again.message_id == later.message_id

    listed = list_blocked_mail(sessions, supervisor)
    assert [m.id for m in listed] == [later.message_id]
    assert listed[0].raw_sha256 == later.raw_sha256
    with pytest.raises(PermissionDenied):
        list_blocked_mail(sessions, operator)

    assert unblock_number(sessions, supervisor, "anon@bad.example")
    after = store_mail(sessions, operator, _mail(3), policy=KZP)
    assert not after.blocked and after.case_id is not None and after.new_case


def test_blocking_needs_a_regulation_that_allows_it(
    sessions: sessionmaker[Session],
    operator: Actor,
    supervisor: Actor,
    config: IncidentsConfig,
) -> None:
    _, incident_id = _abuse(sessions, operator, config)
    with pytest.raises(BlockingNotAllowed) as refused:
        block_writer(sessions, supervisor, incident_id, "Образи", policy=KUTY)
    assert "KZP-30-19" in str(refused.value) and "\n" not in str(refused.value)
    assert not is_blocked(sessions, "anon@bad.example")
    with pytest.raises(PermissionDenied):
        block_writer(sessions, operator, incident_id, "Образи", policy=KZP)
    with pytest.raises(NotFound):
        block_writer(sessions, supervisor, 999, "Образи", policy=KZP)
    assert not is_blocked(sessions, "anon@bad.example")
