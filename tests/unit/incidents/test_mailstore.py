"""incidents.mailstore: exact bytes kept once, idempotent, threaded onto cases, audited,
size limits refused with an alert (issue 12; KUTY-1.1 keeps every written contact)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models import AuditEvent, Operator, OperatorRole
from db.models_incidents import Message, Notification
from db.models_written import Attachment, Case, CaseStatus, MessageDirection, RawMessage
from db.session import close_database, open_database
from desk.errors import NotFound
from desk.policy import load_policy
from desk.roles import Actor, PermissionDenied
from incidents.config import IncidentsConfig
from incidents.mail_parse import MIB, MailLimits
from incidents.mailstore import MailboxUid, list_mail, raw_message, store_mail
from tests.support.postgres import PostgresServer

CORPUS = Path(__file__).resolve().parents[2] / "data" / "mail"
KUTY = load_policy("kuty")


def _mail(message_id: str, *extra: str, body: str = "hello", subject: str = "Доступ") -> bytes:
    subject_word = "=?utf-8?B?" + base64.b64encode(subject.encode()).decode() + "?="
    head = ["From: Olena <olena@example.org>", f"Subject: {subject_word}",
            f"Message-ID: {message_id}", "Date: Tue, 01 Dec 2026 09:30:00 +0200",
            *extra]  # fmt: skip
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode()


def test_exact_bytes_are_kept_once_and_read_back(
    sessions: sessionmaker[Session], operator: Actor
) -> None:
    raw = (CORPUS / "koi8u_mislabeled.eml").read_bytes()
    first = store_mail(sessions, operator, raw, policy=KUTY)
    again = store_mail(sessions, operator, raw, policy=KUTY)
    assert first.created and not again.created
    assert again.message_id == first.message_id
    assert first.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert raw_message(sessions, operator, first.message_id) == raw
    with sessions.begin() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(RawMessage)) == 1
        assert s.scalar(sa.select(sa.func.count()).select_from(Message)) == 1
        msg = s.get(Message, first.message_id)
        assert msg is not None
        assert (msg.direction, msg.status, msg.from_address) == ("in", "new", "ivan@example.org")
        assert msg.body.startswith("Добрий день!")  # the parsed view, mislabeled charset read
        assert "Content-Type: text/plain; charset=windows-1251" in (msg.headers or "")
    # The triggers make the bytes immutable even to a hand-written statement.
    with pytest.raises(sa.exc.DBAPIError, match="immutable"), sessions.begin() as s:
        s.execute(sa.update(RawMessage).values(data=b"forged"))


def test_the_same_mailbox_uid_is_one_message(
    sessions: sessionmaker[Session], operator: Actor
) -> None:
    where = MailboxUid("INBOX", 1700000000, 7)
    one = store_mail(sessions, operator, _mail("<u7@x>"), policy=KUTY, source="imap", mailbox=where)
    # The server re-sent the UID with different bytes (a re-delivery): still one message.
    two = store_mail(sessions, operator, _mail("<u7@x>", body="changed"), policy=KUTY,
                     source="imap", mailbox=where)  # fmt: skip
    assert one.created and not two.created and two.message_id == one.message_id


def test_replies_thread_onto_the_case_and_new_mail_opens_a_numbered_case(
    sessions: sessionmaker[Session], operator: Actor
) -> None:
    first = store_mail(sessions, operator, _mail("<a@example.org>"), policy=KUTY)
    assert first.new_case and first.registration_number is not None
    assert re.fullmatch(r"KUTY-\d{8}-\d{5}", first.registration_number)  # kuty.toml's format
    out = store_mail(sessions, operator, _mail("<r@kuty.test>", "In-Reply-To: <a@example.org>"),
                     policy=KUTY, direction=MessageDirection.OUT, source="smtp")  # fmt: skip
    back = store_mail(
        sessions, operator,
        _mail("<b@example.org>", "In-Reply-To: <nothing@nowhere>",
              "References: <a@example.org> <r@kuty.test>"),
        policy=KUTY,
    )  # fmt: skip
    other = store_mail(sessions, operator, _mail("<c@example.org>", body="new"), policy=KUTY)
    assert {out.case_id, back.case_id} == {first.case_id}
    assert not out.new_case and not back.new_case
    assert other.new_case and other.case_id != first.case_id
    assert other.registration_number != first.registration_number
    records = {r.id: r for r in list_mail(sessions, operator)}
    assert records[out.message_id].direction == "out"
    assert records[out.message_id].status == "sent"
    assert records[first.message_id].subject == "Доступ"
    assert records[first.message_id].as_json()["case"] == first.registration_number


def test_an_answer_reopens_a_waiting_case_and_a_closed_case_gets_a_follow_up(
    sessions: sessionmaker[Session], operator: Actor
) -> None:
    first = store_mail(sessions, operator, _mail("<w1@x>"), policy=KUTY)
    with sessions.begin() as s:
        case = s.get(Case, first.case_id)
        assert case is not None
        case.status = CaseStatus.WAITING
    answer = store_mail(sessions, operator, _mail("<w2@x>", "In-Reply-To: <w1@x>"), policy=KUTY)
    with sessions.begin() as s:
        case = s.get(Case, first.case_id)
        assert case is not None and case.status == CaseStatus.OPEN
        assert answer.case_id == first.case_id
        case.status = CaseStatus.CLOSED
    late = store_mail(sessions, operator, _mail("<w3@x>", "In-Reply-To: <w2@x>"), policy=KUTY)
    assert late.new_case and late.case_id != first.case_id


def test_every_stored_message_is_audited_with_ids_only(
    sessions: sessionmaker[Session], operator: Actor
) -> None:
    result = store_mail(sessions, operator, _mail("<audit@x>"), policy=KUTY)
    with sessions.begin() as s:
        event = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "mail_stored")).one()
        payload = json.loads(event.payload)
        assert payload["message_id"] == result.message_id
        assert payload["raw_sha256"] == result.raw_sha256
        assert "olena@example.org" not in event.payload  # personal data stays out
        assert verify_audit_chain(s).ok


def test_over_the_message_limit_is_kept_cut_refused_and_alerted(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig
) -> None:
    limits = MailLimits(attachment_max=MIB, message_max=2 * MIB)
    raw = _mail("<big@x>", body="x" * (3 * MIB))
    result = store_mail(sessions, operator, raw, policy=KUTY, limits=limits, config=config)
    assert result.refused and result.raw_sha256 == hashlib.sha256(raw[: 2 * MIB]).hexdigest()
    assert raw_message(sessions, operator, result.message_id) == raw[: 2 * MIB]
    with sessions.begin() as s:
        row = s.get(RawMessage, result.raw_sha256)
        assert row is not None and row.truncated and row.original_size == len(raw)
        codes = s.scalars(sa.select(Notification.alert_code)).all()
        assert set(codes) == {"mail_too_large"} and len(codes) == 3  # 2 supervisors + e-mail
    assert list_mail(sessions, operator)[0].status == "refused"


def test_attachments_are_recorded_and_an_oversize_one_alerts(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig
) -> None:
    raw = (CORPUS / "zip_bomb.eml").read_bytes()
    limits = MailLimits(attachment_max=32 * 1024, message_max=8 * MIB)
    result = store_mail(sessions, operator, raw, policy=KUTY, limits=limits, config=config)
    assert not result.refused
    with sessions.begin() as s:
        (att,) = s.scalars(sa.select(Attachment)).all()
        assert (att.filename, att.content_type, att.stored) == (
            "invoice.zip", "application/zip", False,
        )  # fmt: skip
        assert att.refused_reason == "over_attachment_limit"
        assert s.scalars(sa.select(Notification.alert_code)).first() == "attachment_too_large"


def test_who_may_store_and_read(sessions: sessionmaker[Session], head: Actor) -> None:
    with pytest.raises(PermissionDenied):
        store_mail(sessions, head, _mail("<p@x>"), policy=KUTY)
    with pytest.raises(NotFound):
        raw_message(sessions, Actor("olena", head.role.OPERATOR, 1), 999)


@pytest.fixture
def pg_sessions(postgres_server: PostgresServer) -> Iterator[sessionmaker[Session]]:
    """The multi-seat backend: a real PostgreSQL database with the operators."""
    url = postgres_server.create_database()
    factory = open_database(url)
    with factory.begin() as s:
        s.add(Operator(id=1, username="olena", display_name="Олена", role=OperatorRole.OPERATOR))
    yield factory
    close_database(factory)
    postgres_server.drop_database(url)


def test_store_dedup_and_threads_on_postgresql(
    pg_sessions: sessionmaker[Session], operator: Actor
) -> None:
    raw = (CORPUS / "header_8bit.eml").read_bytes()
    first = store_mail(pg_sessions, operator, raw, policy=KUTY)
    assert not store_mail(pg_sessions, operator, raw, policy=KUTY).created
    reply = store_mail(pg_sessions, operator, _mail("<re@x>", "References: <8bit@example.org>"),
                       policy=KUTY)  # fmt: skip
    assert reply.case_id == first.case_id and not reply.new_case
    assert raw_message(pg_sessions, operator, first.message_id) == raw
    other = store_mail(pg_sessions, operator, _mail("<other@x>"), policy=KUTY)
    assert other.registration_number != first.registration_number
    with pytest.raises(sa.exc.DBAPIError, match="immutable"), pg_sessions.begin() as s:
        s.execute(sa.delete(RawMessage))


def test_two_seats_storing_the_same_mail_at_once_make_one_message(
    pg_sessions: sessionmaker[Session], operator: Actor
) -> None:
    raw = (CORPUS / "cp1251_declared.eml").read_bytes()
    start = threading.Barrier(2)
    results: list[int] = []

    def seat() -> None:
        start.wait()
        results.append(store_mail(pg_sessions, operator, raw, policy=KUTY).message_id)

    workers = [threading.Thread(target=seat) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert len(results) == 2 and results[0] == results[1]
    with pg_sessions.begin() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Message)) == 1
        assert s.scalar(sa.select(sa.func.count()).select_from(Case)) == 1


_HEADER = st.sampled_from(["From", "Subject", "Message-ID", "In-Reply-To", "References",
                           "Content-Type", "Content-Disposition", "Date"])  # fmt: skip


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.tuples(_HEADER, st.binary(max_size=60)), max_size=6), st.binary(max_size=300))
def test_any_headers_and_body_are_stored_on_postgresql(
    pg_sessions: sessionmaker[Session], operator: Actor,
    headers: list[tuple[str, bytes]], body: bytes,
) -> None:  # fmt: skip
    """NUL, lone 8-bit bytes and broken ids in any header: stored, never an error (PostgreSQL
    text refuses NUL; a surrogate cannot be encoded at all)."""
    raw = b"".join(n.encode() + b": " + v + b"\r\n" for n, v in headers) + b"\r\n" + body
    result = store_mail(pg_sessions, operator, raw, policy=KUTY)
    assert raw_message(pg_sessions, operator, result.message_id) == raw
