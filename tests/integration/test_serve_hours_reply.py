"""`kuty serve --mail-as` on a KZP seat tells a writer the desk's hours when mail arrives
outside them (KZP-30-10, issue 12): real Dovecot, real SMTP relay, the real seat and its
real clock. Whether the desk is closed right now is asked of the same rule the seat uses,
so the test checks the reply at night and its absence by day; tests/unit/incidents/
test_mail_hours_reply.py fixes the clock for both sides of every edge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk.policy import load_policy
from desk.policy_rules import outside_hours_reply
from incidents.mail_parse import parse_mail
from tests.support.dovecot import DovecotServer
from tests.support.mail_seat import kuty, mail_seat, write_smtp
from tests.support.serve import ServeProcess
from tests.support.smtp import Relay, smtp_relay

pytestmark = [pytest.mark.slow]

MAIL = (
    b"From: aigul@example.kz\r\nTo: desk@kzp.test\r\nSubject: =?utf-8?b?0JrQsNCx0LjQvdC10YI=?=\r\n"
    b"Message-ID: <night@example.kz>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    + "Жеке кабинетке кіре алмаймын.\r\n".encode()
)


@pytest.fixture
def seat(tmp_path: Path) -> Iterator[tuple[Path, DovecotServer, Relay, dict[str, str]]]:
    seat = mail_seat(tmp_path, ("aigul", "Айгүл"), "Әкімші", policy="kzp")
    with seat as (data, server, env), smtp_relay() as relay:
        write_smtp(data, relay, "desk@kzp.test")
        yield data, server, relay, env


def test_kzp_30_10_the_seat_answers_mail_outside_hours_with_the_hours(
    seat: tuple[Path, DovecotServer, Relay, dict[str, str]],
) -> None:
    data, server, relay, env = seat
    stored = kuty(data, env, "mail", "set-password", "--as", "root", stdin=server.password + "\n")
    assert stored.returncode == 0, stored.stderr
    server.append(MAIL)
    closed = outside_hours_reply(load_policy("kzp"), datetime.now(UTC)) is not None
    with ServeProcess(data, env=env, extra_args=["--mail-as", "aigul"]) as serve:
        synced = serve.wait_for("mail_synced", timeout=30)
        assert "1 stored" in synced["summary"] and not synced["problems"], synced
    assert ("1 told the desk's hours" in synced["summary"]) is closed, synced
    listed = kuty(data, env, "messages", "list", "--json", "--as", "aigul")
    assert listed.returncode == 0, listed.stderr
    directions = sorted(item["direction"] for item in json.loads(listed.stdout))
    if not closed:
        assert relay.received == [] and directions == ["in"]
        return
    [(recipients, sent)] = relay.received
    assert recipients == ["aigul@example.kz"]
    body = parse_mail(sent).body
    assert body.startswith("Сәлеметсіз бе!") and "09:00–18:00 (Астана уақыты бойынша)" in body
    assert directions == ["in", "out"]
    out = next(i for i in json.loads(listed.stdout) if i["direction"] == "out")
    assert out["status"] == "sent" and out["raw_sha256"]
