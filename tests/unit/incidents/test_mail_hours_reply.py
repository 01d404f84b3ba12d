"""Mail arriving outside the desk's hours gets one automatic reply stating them
(KZP-30-10, EEP-5, CSC-2.2; issue 12): a real Dovecot delivers, a real SMTP relay receives
the reply, and the reply is stored raw and hashed like every outgoing message (KUTY-1.1).
The clock is fixed, so "Friday 18:30 Astana time" is what the test says it is."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models import AuditEvent
from desk.policy import Policy, load_policy
from desk.roles import Actor
from incidents.config import SmtpConfig
from incidents.imap_sync import ImapAccount, SyncReport, sync_once
from incidents.mail_parse import MIB, MailLimits, parse_mail
from incidents.mailstore import list_mail, raw_message
from tests.support.certs import TestPki
from tests.support.dovecot import DovecotServer
from tests.support.smtp import Relay, smtp_relay

KZP, CSC = load_policy("kzp"), load_policy("csc")
LIMITS = MailLimits(attachment_max=MIB // 2, message_max=MIB)
ASTANA = ZoneInfo("Asia/Almaty")
FRIDAY_EVENING = datetime(2026, 12, 4, 18, 30, tzinfo=ASTANA)  # KZP closed since 18:00
FRIDAY_NOON = datetime(2026, 12, 4, 12, 0, tzinfo=ASTANA)


@pytest.fixture
def relay() -> Iterator[Relay]:
    with smtp_relay() as server:
        yield server


def _mail(n: int, *headers: str, sender: str = "aigul@example.kz", reply_to: str = "") -> bytes:
    head = [f"From: {sender}", "To: desk@kzp.test", f"Subject: Кабинет {n}",
            f"Message-ID: <m{n}@example.kz>", "Content-Type: text/plain; charset=utf-8",
            *headers]  # fmt: skip
    if reply_to:
        head += [f"In-Reply-To: {reply_to}", f"References: {reply_to}"]
    body = "Жеке кабинетке кіре алмаймын.\r\n".encode()
    return "\r\n".join(head).encode() + b"\r\n\r\n" + body


def _sync(
    sessions: sessionmaker[Session], operator: Actor, server: DovecotServer, pki: TestPki,
    relay: Relay, policy: Policy, now: datetime,
) -> SyncReport:  # fmt: skip
    account = ImapAccount(host="127.0.0.1", user=server.user, port=server.imaps_port,
                          ca_file=str(pki.ca_cert), timeout_s=5)  # fmt: skip
    smtp = SmtpConfig(host="127.0.0.1", port=relay.port, tls="plain", sender="desk@kzp.test")
    clock: Callable[[], datetime] = lambda: now.astimezone(UTC)  # noqa: E731
    report = sync_once(sessions, operator, account, policy=policy, limits=LIMITS,
                       password=server.password, smtp=smtp, clock=clock)  # fmt: skip
    assert report.problems == []
    return report


def test_kzp_30_10_a_message_after_hours_is_told_the_hours_once(
    sessions: sessionmaker[Session], operator: Actor, dovecot: DovecotServer, pki: TestPki,
    relay: Relay,
) -> None:  # fmt: skip
    dovecot.append(_mail(1))
    report = _sync(sessions, operator, dovecot, pki, relay, KZP, FRIDAY_EVENING)
    assert report.hours_replies == 1 and "1 told the desk's hours" in report.summary()
    [(recipients, sent)] = relay.received
    assert recipients == ["aigul@example.kz"]
    reply = parse_mail(sent)
    assert reply.in_reply_to == "<m1@example.kz>" and reply.subject == "Re: Кабинет 1"
    assert b"Auto-Submitted: auto-replied" in sent
    assert reply.body.startswith("Сәлеметсіз бе!")  # Kazakh, the policy's language
    assert "дүйсенбі – жұма: 09:00–18:00 (Астана уақыты бойынша)" in reply.body
    records = list_mail(sessions, operator)
    out = [r for r in records if r.direction == "out"]
    assert [r.status for r in out] == ["sent"]
    assert raw_message(sessions, operator, out[0].id) == sent  # kept as sent
    assert out[0].raw_sha256 == hashlib.sha256(sent).hexdigest()
    assert len({r.case for r in records}) == 1  # on the writer's case
    with sessions.begin() as s:
        assert s.query(AuditEvent).filter_by(kind="mail_hours_reply_sent").count() == 1
        assert verify_audit_chain(s).ok
    # The same writer follows up on the thread that night: no second automatic reply.
    dovecot.append(_mail(2, reply_to="<m1@example.kz>"))
    later = datetime(2026, 12, 5, 2, 0, tzinfo=ASTANA)
    assert _sync(sessions, operator, dovecot, pki, relay, KZP, later).hours_replies == 0
    assert len(relay.received) == 1
    # Monday night, the desk has been open and closed again: a new closed period.
    dovecot.append(_mail(3, reply_to="<m1@example.kz>"))
    monday = datetime(2026, 12, 7, 19, 0, tzinfo=ASTANA)
    assert _sync(sessions, operator, dovecot, pki, relay, KZP, monday).hours_replies == 1
    assert len(relay.received) == 2


def test_within_hours_no_automatic_reply(
    sessions: sessionmaker[Session], operator: Actor, dovecot: DovecotServer, pki: TestPki,
    relay: Relay,
) -> None:  # fmt: skip
    dovecot.append(_mail(1))
    assert _sync(sessions, operator, dovecot, pki, relay, KZP, FRIDAY_NOON).hours_replies == 0
    assert relay.received == []
    assert [r.direction for r in list_mail(sessions, operator)] == ["in"]


def test_csc_2_2_weekend_duty_is_open_and_after_it_the_reply_is_russian(
    sessions: sessionmaker[Session], operator: Actor, dovecot: DovecotServer, pki: TestPki,
    relay: Relay,
) -> None:  # fmt: skip
    dovecot.append(_mail(1))
    saturday_duty = datetime(2026, 12, 5, 10, 0, tzinfo=ASTANA)
    assert _sync(sessions, operator, dovecot, pki, relay, CSC, saturday_duty).hours_replies == 0
    dovecot.append(_mail(2, sender="ivan@example.kz"))
    saturday_night = datetime(2026, 12, 5, 21, 0, tzinfo=ASTANA)
    assert _sync(sessions, operator, dovecot, pki, relay, CSC, saturday_night).hours_replies == 1
    [(recipients, sent)] = relay.received
    assert recipients == ["ivan@example.kz"]
    body = parse_mail(sent).body
    assert body.startswith("Здравствуйте!") and "(по времени Астаны, дежурный режим)" in body


@pytest.mark.parametrize(
    ("headers", "sender"),
    [(("Auto-Submitted: auto-replied",), "aigul@example.kz"),  # another desk's auto-reply
     (("Precedence: bulk",), "aigul@example.kz"), ((), "MAILER-DAEMON@example.kz")],
)  # fmt: skip
def test_automatic_mail_after_hours_gets_no_answer(
    sessions: sessionmaker[Session], operator: Actor, dovecot: DovecotServer, pki: TestPki,
    relay: Relay, headers: tuple[str, ...], sender: str,
) -> None:  # fmt: skip
    """RFC 3834: two desks' outside-hours replies can never loop."""
    dovecot.append(_mail(1, *headers, sender=sender))
    assert _sync(sessions, operator, dovecot, pki, relay, KZP, FRIDAY_EVENING).hours_replies == 0
    assert relay.received == []
