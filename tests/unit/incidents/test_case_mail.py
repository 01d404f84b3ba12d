"""incidents.case_mail: a case's thread parsed from the raw bytes (HTML rendered, nothing
fetched, attachments listed), a reply over a real SMTP relay (aiosmtpd on loopback) that
starts the answer clocks, and abuse/threat on the thread in one action (KUTY-3.3/3.4,
blocking where the policy allows it: KZP-30-19)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models_incidents import BlockedNumber, Incident, IncidentKind, Message
from db.models_written import Case, CaseStatus, MessageDirection
from desk import cases
from desk.policy import load_policy
from desk.roles import Actor
from incidents.blocklist import is_blocked
from incidents.case_mail import ReplyError, case_thread, reply_to_case, report_case
from incidents.config import IncidentsConfig, SmtpConfig
from incidents.mailstore import raw_message, store_mail
from tests.support.smtp import Relay, smtp_relay

KUTY = load_policy("kuty")
KZP = load_policy("kzp")
CORPUS = Path(__file__).resolve().parents[2] / "data" / "mail"
ANSWER = "Доброго дня! Доступ відновлено.\nСлужба підтримки «Кути»"


@pytest.fixture
def relay() -> Iterator[Relay]:
    with smtp_relay() as server:
        yield server


def test_the_thread_is_parsed_from_the_raw_bytes_and_lists_attachments(
    sessions: sessionmaker[Session], operator: Actor
) -> None:
    hostile = store_mail(sessions, operator, (CORPUS / "html_hostile.eml").read_bytes(),
                         policy=KUTY)  # fmt: skip
    bomb = store_mail(sessions, operator, (CORPUS / "zip_bomb.eml").read_bytes(), policy=KUTY)

    [entry] = case_thread(sessions, operator, KUTY, hostile.case_id).entries
    assert entry.view is not None and entry.view.body_from_html
    assert "Ви виграли" in entry.text and "[link: http://phish.example.net/login]" in entry.text
    assert "<script" not in entry.text and "document.cookie" not in entry.text

    [zipped] = case_thread(sessions, operator, KUTY, bomb.case_id).entries
    [attachment] = zipped.attachments
    assert (attachment.filename, attachment.content_type) == ("invoice.zip", "application/zip")
    assert attachment.size > 0 and attachment.stored


def test_a_reply_leaves_over_smtp_is_threaded_and_the_case_waits(
    sessions: sessionmaker[Session], operator: Actor, relay: Relay
) -> None:
    incoming = (CORPUS / "plain_utf8.eml").read_bytes()
    stored = store_mail(sessions, operator, incoming, policy=KUTY)
    smtp = SmtpConfig(host="127.0.0.1", port=relay.port, tls="plain", sender="desk@kuty.test")

    result = reply_to_case(sessions, operator, KUTY, stored.case_id, ANSWER, smtp=smtp)

    [(recipients, sent)] = relay.received
    assert recipients == ["olena@example.org"]
    assert sent == raw_message(sessions, operator, result.message_id)
    assert hashlib.sha256(sent).hexdigest() == result.raw_sha256
    entries = case_thread(sessions, operator, KUTY, stored.case_id).entries
    assert [e.message.direction for e in entries] == [MessageDirection.IN, MessageDirection.OUT]
    assert entries[1].text.strip() == ANSWER
    assert entries[1].view is not None and entries[1].view.in_reply_to == "<plain-1@example.org>"
    with sessions.begin() as s:
        case = s.get(Case, stored.case_id)
        assert case is not None and case.status == CaseStatus.WAITING
        times = cases.case_times(case)
        assert times.first_answered_at is not None and times.waiting_since is not None
        assert case.assignee_id == operator.operator_id
        original = s.get(Message, stored.message_id)
        assert original is not None and original.status == "answered"


def test_threat_stops_the_thread_blocks_where_allowed_and_no_reply_leaves(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor, relay: Relay,
    config: IncidentsConfig,
) -> None:  # fmt: skip
    threat = store_mail(sessions, operator, (CORPUS / "plain_utf8.eml").read_bytes(),
                        policy=KZP)  # fmt: skip
    report = report_case(sessions, supervisor, KZP, threat.case_id, IncidentKind.THREAT,
                         config=config)  # fmt: skip
    assert report.message_id == threat.message_id
    assert report.blocked == "olena@example.org" and report.block_skipped is None
    assert is_blocked(sessions, "Olena@Example.org")
    with sessions.begin() as s:
        inc = s.get(Incident, report.incident_id)
        assert inc is not None and inc.kind == IncidentKind.THREAT and inc.package_path
        entry = s.query(BlockedNumber).one()
        assert entry.incident_id == report.incident_id and "KUTY-3.4" in entry.reason
    assert cases.queue(sessions, operator, KZP)[0].stopped

    smtp = SmtpConfig(host="127.0.0.1", port=relay.port, tls="plain", sender="desk@kuty.test")
    with pytest.raises(ReplyError, match="stopped"):
        reply_to_case(sessions, operator, KZP, threat.case_id, ANSWER, smtp=smtp)
    assert relay.received == []


def test_abuse_under_kuty_is_filed_without_a_block(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig
) -> None:
    """KUTY allows no blocking; an operator may not block under KZP either."""
    first = store_mail(sessions, operator, (CORPUS / "plain_utf8.eml").read_bytes(), policy=KUTY)
    report = report_case(sessions, operator, KUTY, first.case_id, IncidentKind.ABUSE,
                         config=config)  # fmt: skip
    assert (report.blocked, report.block_skipped) == (None, "policy")
    second = store_mail(sessions, operator, (CORPUS / "html_hostile.eml").read_bytes(),
                        policy=KZP)  # fmt: skip
    report = report_case(sessions, operator, KZP, second.case_id, IncidentKind.ABUSE,
                         config=config)  # fmt: skip
    assert (report.blocked, report.block_skipped) == (None, "permission")
    assert not is_blocked(sessions, "prize@example.net")
