"""E-mail outbox against a real aiosmtpd server on loopback; SMTP down keeps it queued."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta
from email.message import Message as EmailMsg
from typing import Any

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, utcnow
from db.models_incidents import IncidentKind, Notification
from desk.roles import Actor
from incidents.config import IncidentsConfig, SmtpConfig
from incidents.notify import NotificationWorker, deliver_due
from incidents.service import report_call_incident
from tests.unit.incidents.conftest import CALLER, T0, MakeCall


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMsg]] = []
        self.arrived = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        self.arrived.set()
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def port() -> int:
    return _free_port()


def _smtp(port: int) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=port, tls="plain", sender="desk@kuty.example",
                      timeout_s=5)  # fmt: skip


@pytest.fixture
def start_server(port: int) -> Iterator[Any]:
    controllers: list[Controller] = []

    def start() -> _Inbox:
        inbox = _Inbox()
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        controllers.append(controller)
        return inbox

    yield start
    for c in controllers:
        c.stop()


def _incident(sessions, operator, config, make_call, kind) -> int:
    call_id, _ = make_call(5.0)
    return report_call_incident(sessions, operator, call_id=call_id, kind=kind,
                                pressed_at=T0, offset_s=3.0, config=config)  # fmt: skip


def _email_row(sessions: sessionmaker[Session]) -> Notification:
    with sessions.begin() as s:
        return s.query(Notification).filter_by(channel="email").one()


def _text(msg: EmailMsg) -> str:
    payload = msg.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode(msg.get_content_charset() or "utf-8")


def test_email_reaches_local_smtp(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig,
    make_call: MakeCall, port: int, start_server: Any,
) -> None:  # fmt: skip
    inbox = start_server()
    _incident(sessions, operator, config, make_call, IncidentKind.THREAT)
    report = deliver_due(sessions, _smtp(port), utcnow() + timedelta(minutes=5))
    assert len(report.sent) == 1 and report.failed == []
    [(rcpt, msg)] = inbox.messages
    assert rcpt == ["chief@kuty.example"]
    assert str(email.header.make_header(email.header.decode_header(msg["Subject"]))) == (
        "Інцидент: погроза (KUTY-3.2)"
    )
    body = _text(msg)
    assert CALLER in body and "Olena Ш." in body
    row = _email_row(sessions)
    assert row.sent_at is not None and row.attempts == 1 and row.last_error is None
    assert deliver_due(sessions, _smtp(port), utcnow() + timedelta(hours=1)).sent == []  # sent once


def test_smtp_down_stays_queued_then_sends(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig,
    make_call: MakeCall, port: int, start_server: Any,
) -> None:  # fmt: skip
    _incident(sessions, operator, config, make_call, IncidentKind.ABUSE)
    now = utcnow() + timedelta(minutes=5)
    report = deliver_due(sessions, _smtp(port), now)  # nothing listens on the port
    assert report.sent == [] and len(report.failed) == 1
    row = _email_row(sessions)
    assert row.attempts == 1 and row.last_error and row.sent_at is None
    assert row.next_attempt_at is not None and row.next_attempt_at > now
    assert deliver_due(sessions, _smtp(port), now + timedelta(seconds=1)).failed == []  # backoff
    inbox = start_server()
    later = row.next_attempt_at + timedelta(seconds=1)
    assert len(deliver_due(sessions, _smtp(port), later).sent) == 1
    [(_, msg)] = inbox.messages
    assert "KUTY-3.1" in str(email.header.make_header(email.header.decode_header(msg["Subject"])))
    assert _email_row(sessions).attempts == 2


def test_worker_delivers_in_background(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig,
    make_call: MakeCall, port: int, start_server: Any,
) -> None:  # fmt: skip
    inbox = start_server()
    worker = NotificationWorker(sessions, _smtp(port), interval_s=60)
    worker.start()
    try:
        _incident(sessions, operator, config, make_call, IncidentKind.ABUSE)
        worker.wake()
        assert inbox.arrived.wait(10)
    finally:
        worker.stop()


# ------------------------------------------------------------------ TLS and login


class _Auth:
    """aiosmtpd authenticator: accepts exactly one user/password pair."""

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> Any:  # fmt: skip
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == self.user
              and auth_data.password.decode() == self.password)  # fmt: skip
        return AuthResult(success=ok)


@pytest.fixture
def pki(tmp_path: Any) -> Any:
    from tests.support.certs import make_pki

    return make_pki(tmp_path / "pki", ip="127.0.0.1")


@pytest.fixture
def smtp_keyring(tmp_path: Any) -> Iterator[None]:
    """A real keyring backend (encrypted file) holding the relay password."""
    import keyring

    from desk.secrets import set_secret, use_encrypted_file_backend

    before = keyring.get_keyring()
    use_encrypted_file_backend(tmp_path / "kr.cfg", "master-пароль")
    set_secret("smtp", "desk", "relay-пароль-1")
    yield
    keyring.set_keyring(before)


def _tls_server(port: int, pki: Any, *, implicit: bool) -> tuple[Controller, _Inbox]:
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(pki.server_cert), str(pki.server_key))
    inbox = _Inbox()
    common: dict[str, Any] = {
        "hostname": "127.0.0.1", "port": port,
        "authenticator": _Auth("desk", "relay-пароль-1"),
        # aiosmtpd only counts STARTTLS as TLS for AUTH; implicit TLS is TLS from byte one
        "auth_require_tls": not implicit,
    }  # fmt: skip
    if implicit:
        controller = Controller(inbox, ssl_context=context, **common)
    else:
        controller = Controller(inbox, tls_context=context, require_starttls=True, **common)
    controller.start()
    return controller, inbox


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_email_over_tls_with_login_from_keyring(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig,
    make_call: MakeCall, port: int, pki: Any, smtp_keyring: None, mode: str,
) -> None:  # fmt: skip
    controller, inbox = _tls_server(port, pki, implicit=mode == "tls")
    try:
        _incident(sessions, operator, config, make_call, IncidentKind.ABUSE)
        smtp = SmtpConfig(
            host="127.0.0.1",
            port=port,
            tls=mode,
            username="desk",  # type: ignore[arg-type]
            sender="desk@kuty.example",
            timeout_s=5,
            ca_file=str(pki.ca_cert),
        )
        report = deliver_due(sessions, smtp, utcnow() + timedelta(minutes=5))
    finally:
        controller.stop()
    assert report.failed == [] and len(report.sent) == 1, report.errors
    [(rcpt, _msg)] = inbox.messages
    assert rcpt == ["chief@kuty.example"]


def test_untrusted_relay_certificate_is_refused_and_kept_queued(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig,
    make_call: MakeCall, port: int, pki: Any, smtp_keyring: None,
) -> None:  # fmt: skip
    controller, inbox = _tls_server(port, pki, implicit=False)
    try:
        _incident(sessions, operator, config, make_call, IncidentKind.ABUSE)
        smtp = SmtpConfig(host="127.0.0.1", port=port, tls="starttls", username="desk",
                          sender="desk@kuty.example", timeout_s=5,
                          ca_file=str(pki.rogue_ca_cert))  # fmt: skip
        report = deliver_due(sessions, smtp, utcnow() + timedelta(minutes=5))
    finally:
        controller.stop()
    assert report.sent == [] and inbox.messages == []
    row = _email_row(sessions)
    assert row.sent_at is None and row.attempts == 1
    assert "certificate" in (row.last_error or "").lower()


# ------------------------------------------------ system alerts (issue 10, KUTY-1.1)

STALL_CALL = "0b6f7a0e-1111-4c3d-9e2f-00000000000a"


def _queue_alert(
    sessions: sessionmaker[Session], config: IncidentsConfig, code: str, call_id: str | None
) -> int:
    from incidents.inbox import queue_system_alert

    with sessions.begin() as s:
        return queue_system_alert(s, code, "caller track did not grow for 1.1 s", call_id,
                                  config, seat="seat-7")  # fmt: skip


@pytest.mark.parametrize(
    ("code", "call_id", "subject", "call_line"),
    [
        ("recording_stalled", STALL_CALL, "Запис дзвінка зупинився (KUTY-1.1)",
         f"Дзвінок: {STALL_CALL}"),
        ("disk_space_low", None, "Мало місця для записів (KUTY-1.1)",
         "Дзвінок: не стосується окремого дзвінка"),
    ],
)  # fmt: skip
def test_system_alert_email_reaches_local_smtp(
    sessions: sessionmaker[Session], config: IncidentsConfig, port: int, start_server: Any,
    code: str, call_id: str | None, subject: str, call_line: str,
) -> None:  # fmt: skip
    inbox = start_server()
    assert _queue_alert(sessions, config, code, call_id) == 3  # petro, iryna, chief@
    report = deliver_due(sessions, _smtp(port), utcnow() + timedelta(minutes=5))
    assert len(report.sent) == 1 and report.failed == [], report.errors
    [(rcpt, msg)] = inbox.messages
    assert rcpt == ["chief@kuty.example"]
    # RFC 2047 decoding as a mail client does it (`decode_header` drops the folding space).
    parsed = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
    assert parsed["Subject"] == subject
    body = _text(msg)
    for expected in ("Робоче місце: seat-7", call_line, "caller track did not grow for 1.1 s",
                     "Час: ", "(Київ)"):  # fmt: skip
        assert expected in body
    row = _email_row(sessions)
    assert row.sent_at is not None and row.attempts == 1 and row.incident_id is None
    with sessions() as s:
        sent = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "notification_sent")).one()
    assert json.loads(sent.payload)["alert_code"] == code
    assert deliver_due(sessions, _smtp(port), utcnow() + timedelta(hours=1)).sent == []


def test_system_alert_email_with_smtp_down_is_retried_and_listed(
    sessions: sessionmaker[Session], config: IncidentsConfig, supervisor: Actor, port: int,
    start_server: Any,
) -> None:  # fmt: skip
    from incidents.inbox import list_failed_deliveries

    _queue_alert(sessions, config, "recording_stalled", STALL_CALL)
    now = utcnow() + timedelta(minutes=5)
    assert len(deliver_due(sessions, _smtp(port), now).failed) == 1  # nothing listens yet
    [failed] = list_failed_deliveries(sessions, supervisor)
    assert (failed.incident_id, failed.kind, failed.alert_code) == (
        None, "recording_stalled", "recording_stalled",
    )  # fmt: skip
    assert failed.attempts == 1 and failed.last_error
    inbox = start_server()
    assert failed.next_attempt_at is not None
    later = failed.next_attempt_at + timedelta(seconds=1)
    assert len(deliver_due(sessions, _smtp(port), later).sent) == 1
    assert len(inbox.messages) == 1 and list_failed_deliveries(sessions, supervisor) == []
