"""`kuty serve` on an EEP seat closes a case left waiting for the customer 8 h (EEP-15,
issue 12): the real seat and its real clock, the message imported through `kuty messages
import`, the writer told through a real SMTP relay (the letter is stored as the seat's
`--mail-as` user, so the real Dovecot mailbox is configured too). The case's
`waiting_since` is set 8 h and a minute before the seat starts, so the sweep's first run
(at start, then every minute) must close it; a case waiting 7 h stays open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from db.audit import verify_audit_chain
from db.models import AuditEvent
from db.models_incidents import Message
from db.models_written import Case, CaseStatus
from db.session import close_database, open_database
from incidents.mail_parse import parse_mail
from tests.support.mail_seat import kuty, mail_seat, write_smtp
from tests.support.serve import ServeProcess
from tests.support.smtp import Relay, smtp_relay

pytestmark = [pytest.mark.slow]


def _mail(n: int) -> bytes:
    return (
        f"From: writer{n}@example.kz\r\nTo: desk@eep.test\r\nSubject: Portal {n}\r\n"
        f"Message-ID: <m{n}@example.kz>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode() + "Порталға кіре алмаймын.\r\n".encode()


@pytest.fixture
def seat(tmp_path: Path) -> Iterator[tuple[Path, Relay, dict[str, str]]]:
    seat = mail_seat(tmp_path, ("aigul", "Айгүл"), "Әкімші", policy="eep")
    with seat as (data, server, env), smtp_relay() as relay:
        write_smtp(data, relay, "desk@eep.test")
        stored = kuty(data, env, "mail", "set-password", "--as", "root",
                      stdin=server.password + "\n")  # fmt: skip
        assert stored.returncode == 0, stored.stderr
        yield data, relay, env


def test_eep_15_kuty_serve_closes_a_case_unanswered_for_8_hours(
    seat: tuple[Path, Relay, dict[str, str]], tmp_path: Path
) -> None:
    data, relay, env = seat
    files = []
    for n in (1, 2):
        path = tmp_path / f"m{n}.eml"
        path.write_bytes(_mail(n))
        files.append(str(path))
    imported = kuty(data, env, "messages", "import", *files, "--as", "aigul")
    assert imported.returncode == 0, imported.stderr
    sessions = open_database(f"sqlite:///{data / 'kuty.sqlite3'}")
    now = datetime.now(UTC)
    try:
        with sessions.begin() as s:
            ids = {}
            for n, waited in ((1, timedelta(hours=8, minutes=1)), (2, timedelta(hours=7))):
                msg = s.scalars(sa.select(Message).where(Message.subject == f"Portal {n}")).one()
                case = s.get(Case, msg.case_id)
                assert case is not None and case.policy == "eep"
                case.status, case.waiting_since = CaseStatus.WAITING, now - waited
                ids[n] = case.id
        with ServeProcess(data, env=env, extra_args=["--mail-as", "aigul"]) as serve:
            event = serve.wait_for("cases_closed", timeout=30)
        assert event["problems"] == [], event
        [closed] = event["cases"]
        assert closed["case"] == ids[1] and closed["writer_told"] is True
        assert closed["reason"] == "клиенттен жауап келмеді"
        with sessions.begin() as s:
            first, second = s.get(Case, ids[1]), s.get(Case, ids[2])
            assert first is not None and second is not None
            assert first.status == CaseStatus.CLOSED
            assert first.close_reason == "клиенттен жауап келмеді"
            assert second.status == CaseStatus.WAITING  # 7 h: not yet
            kinds = set(s.scalars(sa.select(AuditEvent.kind)))
            assert {"case_closed_no_response", "case_closed_reply_sent"} <= kinds
            out = s.scalars(
                sa.select(Message).where(Message.case_id == ids[1], Message.direction == "out")
            ).one()
            assert out.status == "sent" and out.raw_sha256 and out.source == "auto-closed"
            assert verify_audit_chain(s).ok
    finally:
        close_database(sessions)
    [(recipients, sent)] = relay.received
    assert recipients == ["writer1@example.kz"]
    letter = parse_mail(sent)
    assert letter.subject == "Re: Portal 1"
    assert "«клиенттен жауап келмеді»" in letter.body and "Әрекет жасалмаған." in letter.body
