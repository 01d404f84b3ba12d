"""incidents.mail_refusal: mail over the size limit arriving in a real Dovecot gets one
polite automatic answer through a real SMTP relay, threaded and stored; automatic mail
gets none (RFC 3834), so two desks can never loop (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desk.policy import load_policy
from desk.roles import Actor
from incidents.config import SmtpConfig
from incidents.imap_sync import ImapAccount, sync_once
from incidents.mail_parse import MIB, MailLimits, parse_mail
from incidents.mail_refusal import refusal_text, wants_auto_reply
from incidents.mailstore import list_mail, raw_message
from tests.support.certs import TestPki
from tests.support.dovecot import DovecotServer
from tests.support.smtp import Relay, smtp_relay

KUTY = load_policy("kuty")
LIMITS = MailLimits(attachment_max=MIB // 2, message_max=MIB)


@pytest.fixture
def relay() -> Iterator[Relay]:
    with smtp_relay() as server:
        yield server


def _big(*headers: str, sender: str = "ivan@example.org") -> bytes:
    head = "\r\n".join([f"From: {sender}", "Subject: scans", "Message-ID: <big@example.org>",
                        *headers])  # fmt: skip
    return head.encode() + b"\r\n\r\n" + b"0123456789abcde\r\n" * (80 * 1024)


def _sync(sessions: sessionmaker[Session], operator: Actor, server: DovecotServer,
          pki: TestPki, relay: Relay) -> list[str]:  # fmt: skip
    account = ImapAccount(host="127.0.0.1", user=server.user, port=server.imaps_port,
                          ca_file=str(pki.ca_cert), timeout_s=5)  # fmt: skip
    smtp = SmtpConfig(host="127.0.0.1", port=relay.port, tls="plain", sender="desk@kuty.test")
    report = sync_once(sessions, operator, account, policy=KUTY, limits=LIMITS,
                       password=server.password, smtp=smtp)  # fmt: skip
    assert report.refused == 1
    return report.problems


def test_a_writer_whose_mail_is_too_large_is_told_once(
    sessions: sessionmaker[Session], operator: Actor, dovecot: DovecotServer, pki: TestPki,
    relay: Relay,
) -> None:  # fmt: skip
    dovecot.append(_big())
    assert _sync(sessions, operator, dovecot, pki, relay) == []
    [(recipients, sent)] = relay.received
    assert recipients == ["ivan@example.org"]
    reply = parse_mail(sent)
    assert reply.in_reply_to == "<big@example.org>" and reply.subject == "Re: scans"
    assert b"Auto-Submitted: auto-replied" in sent
    assert reply.body.startswith("Добрий день!") and "більший за 1 МБ" in reply.body
    records = list_mail(sessions, operator)
    out = [r for r in records if r.direction == "out"]
    assert [r.status for r in out] == ["sent"]
    assert raw_message(sessions, operator, out[0].id) == sent  # kept as sent
    assert len({r.case for r in records}) == 1  # on the refused message's case


@pytest.mark.parametrize(
    ("headers", "sender"),
    [(("Auto-Submitted: auto-generated",), "ivan@example.org"),
     (("Precedence: bulk",), "ivan@example.org"),
     (("List-Id: <news.example.org>",), "ivan@example.org"),
     ((), "MAILER-DAEMON@example.org"), ((), "no-reply@example.org")],
)  # fmt: skip
def test_automatic_mail_gets_no_answer(
    sessions: sessionmaker[Session], operator: Actor, dovecot: DovecotServer, pki: TestPki,
    relay: Relay, headers: tuple[str, ...], sender: str,
) -> None:  # fmt: skip
    dovecot.append(_big(*headers, sender=sender))
    assert _sync(sessions, operator, dovecot, pki, relay) == []
    assert relay.received == []
    assert [r.direction for r in list_mail(sessions, operator)] == ["in"]


def test_the_text_follows_the_policy_language() -> None:
    assert refusal_text("uk", 50).startswith("Добрий день!")
    assert "больше 50 МБ" in refusal_text(load_policy("csc").language, 50)  # CSC: Russian
    assert refusal_text("kk", 50) == refusal_text("ru", 50)  # no reviewed Kazakh text yet
    assert refusal_text("xx", 5).startswith("Hello,")
    assert not wants_auto_reply(b"From: a@b.c\r\n\r\n", "")
    assert wants_auto_reply(b"From: a@b.c\r\nAuto-Submitted: no\r\n\r\n", "a@b.c")
