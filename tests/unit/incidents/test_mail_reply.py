"""incidents.mail_reply: a mail arrives in a real Dovecot, is answered over SMTP (aiosmtpd on
loopback), threaded, both raw messages hashed, the reply filed in Sent (issue 12 "Done
when": "a mail arriving, being answered, the thread and both raw messages hashed")."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models_incidents import Message
from db.models_written import Case, CaseStatus
from desk.policy import load_policy
from desk.roles import Actor
from incidents.config import SmtpConfig
from incidents.imap_sync import ImapAccount, sync_once
from incidents.mail_parse import parse_mail
from incidents.mail_reply import ReplyError, compose_reply, send_reply
from incidents.mailstore import list_mail, raw_message
from tests.support.certs import TestPki
from tests.support.dovecot import DovecotServer
from tests.support.ports import free_port
from tests.support.smtp import Relay, smtp_relay

KUTY = load_policy("kuty")
CORPUS = Path(__file__).resolve().parents[2] / "data" / "mail"
ANSWER = "Доброго дня! Доступ відновлено: увійдіть ще раз.\nСлужба підтримки «Кути»"


@pytest.fixture
def relay() -> Iterator[Relay]:
    with smtp_relay() as server:
        yield server


def _sent_folder(server: DovecotServer) -> list[bytes]:
    with server.client() as conn:
        typ, _ = conn.select('"Sent"', readonly=True)
        if typ != "OK":
            return []
        _typ, data = conn.uid("FETCH", "1:*", "(BODY.PEEK[] FLAGS)")
        return [item[1] for item in data if isinstance(item, tuple)]


def test_a_mail_arrives_is_answered_threaded_and_both_are_kept(
    sessions: sessionmaker[Session], operator: Actor, dovecot: DovecotServer, pki: TestPki,
    relay: Relay,
) -> None:  # fmt: skip
    handler, port = relay, relay.port
    incoming = (CORPUS / "plain_utf8.eml").read_bytes()
    dovecot.append(incoming)
    account = ImapAccount(host="127.0.0.1", user=dovecot.user, port=dovecot.imaps_port,
                          ca_file=str(pki.ca_cert), timeout_s=5)  # fmt: skip
    [in_id] = sync_once(sessions, operator, account, policy=KUTY,
                        password=dovecot.password).message_ids  # fmt: skip
    smtp = SmtpConfig(host="127.0.0.1", port=port, tls="plain", sender="desk@kuty.test")

    result = send_reply(sessions, operator, in_id, ANSWER, smtp=smtp, policy=KUTY,
                        imap=account, imap_password=dovecot.password)  # fmt: skip
    assert result.problems == []

    [(recipients, sent_bytes)] = handler.received
    assert recipients == ["olena@example.org"]
    stored = raw_message(sessions, operator, result.message_id)
    assert sent_bytes == stored  # the relay got exactly the bytes that are kept
    assert hashlib.sha256(stored).hexdigest() == result.raw_sha256
    reply = parse_mail(stored)
    assert reply.in_reply_to == "<plain-1@example.org>"
    assert reply.references == ("<plain-1@example.org>",)
    assert reply.subject == "Re: Доступ" and reply.body.strip() == ANSWER
    assert _sent_folder(dovecot) == [stored]  # filed in Sent as sent

    by_id = {r.id: r for r in list_mail(sessions, operator)}
    assert by_id[in_id].raw_sha256 == hashlib.sha256(incoming).hexdigest()
    assert (by_id[in_id].status, by_id[result.message_id].status) == ("answered", "sent")
    assert by_id[in_id].case == by_id[result.message_id].case is not None
    with sessions.begin() as s:
        case = s.get(Case, result.case_id)
        assert case is not None and case.status == CaseStatus.WAITING  # for the writer
        assert verify_audit_chain(s).ok

    # The writer answers the answer: it threads onto the same case, which opens again.
    assert reply.message_id is not None
    answer_back = (
        b"From: olena@example.org\r\nSubject: Re: " + reply.subject.encode() + b"\r\n"
        b"Message-ID: <plain-3@example.org>\r\nIn-Reply-To: " + reply.message_id.encode()
        + b"\r\n\r\nThank you!\r\n"
    )  # fmt: skip
    dovecot.append(answer_back)
    [back_id] = sync_once(sessions, operator, account, policy=KUTY,
                          password=dovecot.password).message_ids  # fmt: skip
    with sessions.begin() as s:
        back = s.get(Message, back_id)
        case = s.get(Case, result.case_id)
        assert back is not None and back.case_id == result.case_id
        assert case is not None and case.status == CaseStatus.OPEN


def test_a_relay_that_is_gone_keeps_the_reply_as_failed(
    sessions: sessionmaker[Session], operator: Actor
) -> None:
    from incidents.mailstore import store_mail

    original = store_mail(sessions, operator, (CORPUS / "plain_utf8.eml").read_bytes(),
                          policy=KUTY)  # fmt: skip
    smtp = SmtpConfig(host="127.0.0.1", port=free_port(), tls="plain", timeout_s=3)
    with pytest.raises(ReplyError, match=r"^the reply was kept but not sent: "):
        send_reply(sessions, operator, original.message_id, ANSWER, smtp=smtp, policy=KUTY)
    statuses = {r.direction: r.status for r in list_mail(sessions, operator)}
    assert statuses == {"in": "new", "out": "failed"}


def test_bad_replies_are_refused_in_one_line() -> None:
    original = parse_mail((CORPUS / "plain_utf8.eml").read_bytes())
    for body, why in [("  \n", "the reply is empty"), ("a\x00b", "must be text")]:
        with pytest.raises(ReplyError, match=why):
            compose_reply(original, sender="desk@kuty.test", body=body)
    with pytest.raises(ReplyError, match="no sender address"):
        compose_reply(parse_mail(b"Subject: x\r\n\r\nbody"), sender="d@k", body="hi")
