"""SIP MESSAGE as a chat contact (issue 12): what the engine answers, what the host keeps.

`judge_message` is fed requests as bytes (sizes, odd Unicode, missing or foreign
Content-Type, typing notices); the call log applies `MessageReceived` events to a real
SQLite database and must keep the exact bytes under their SHA-256, open a chat case per
sender URI and join it on the next message, number it by the policy, flag a blocked
writer, and store nothing twice when the event is replayed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent
from db.models_incidents import Message
from db.models_written import Case, CaseChannel, MessageStatus, RawMessage
from desk.policy import load_policy
from desk.roles import Actor
from incidents.blocklist import block_number
from incidents.mailstore import raw_message
from incidents.sip_messages import sender_key
from seat.calllog import CallLog
from telephony import protocol as p
from telephony.sip_message import BODY_MAX, ChatInbox, judge_message

KZP = load_policy("kzp")


def request(
    body: bytes,
    *,
    ctype: str | None = "text/plain;charset=UTF-8",
    user: str = "parent",
    display: str = "",
    call_id: str = "c1",
) -> bytes:
    name = f'"{display}" ' if display else ""
    lines = [
        "MESSAGE sip:desk@127.0.0.1:5060 SIP/2.0",
        "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK" + call_id,
        "Max-Forwards: 70",
        f"From: {name}<sip:{user}@127.0.0.1:5070>;tag=f1",
        "To: <sip:desk@127.0.0.1:5060>",
        f"Call-ID: {call_id}@127.0.0.1",
        "CSeq: 1 MESSAGE",
        *([f"Content-Type: {ctype}"] if ctype else []),
        f"Content-Length: {len(body)}",
    ]
    return "\r\n".join(lines).encode("utf-8") + b"\r\n\r\n" + body


ODD = "Допоможіть \u202e!txet\u202c 👨‍👩‍👧 e\u0301 \x00 ∑".encode()


def test_the_engine_answers_each_kind_of_message() -> None:
    ok = judge_message(request(ODD))
    assert (ok.code, ok.keep, ok.from_uri) == (200, True, "sip:parent@127.0.0.1:5070")
    bare = judge_message(request(b"hello", ctype=None))
    assert (bare.code, bare.keep) == (200, True) and bare.why.startswith("no Content-Type")
    assert judge_message(request(b"x" * (BODY_MAX + 1))).code == 413
    assert judge_message(request(b"x" * 100), max_body=99).code == 413
    assert judge_message(request(b"x" * BODY_MAX)).code == 200
    image = judge_message(request(b"\x89PNG", ctype="image/png"))
    assert (image.code, image.keep) == (415, False)
    typing = judge_message(request(b"<isComposing/>", ctype="application/im-iscomposing+xml"))
    assert (typing.code, typing.keep) == (200, False)
    assert judge_message(request(b"  \r\n", ctype="text/plain")).code == 400
    broken = request(b"hi").replace(b"Call-ID: c1@127.0.0.1\r\n", b"")
    assert judge_message(broken).code == 400  # the INVITE sanity rules apply too
    long_body = request(b"hi").replace(b"Content-Length: 2", b"Content-Length: 20")
    assert judge_message(long_body).code == 400
    # Cut by pjsip's 4000-byte receive buffer: too large for the seat, not malformed.
    cut = request(b"x" * 5000)[:3999]
    assert judge_message(cut, buffer=4000).code == 413
    assert judge_message(cut).code == 400  # without knowing the buffer: a short body
    assert judge_message(request(b"x" * 10), max_body=5).why.startswith("declared body")


def test_a_retransmission_is_answered_again_but_reported_once() -> None:
    events: list[p.Event] = []
    inbox = ChatInbox(events.append)
    raw = request(ODD)
    assert inbox.receive(raw, "127.0.0.1:5070").code == 200
    assert inbox.receive(raw, "127.0.0.1:5070").code == 200
    assert len(events) == 1
    event = events[0]
    assert isinstance(event, p.MessageReceived)
    assert base64.b64decode(event.raw_b64) == raw and event.size == len(raw)
    again = p.decode_event(p.encode_event(event))  # the engine's JSON line, read back
    assert again == event


def _event(raw: bytes) -> p.MessageReceived:
    return p.MessageReceived(
        source="127.0.0.1:5070", from_uri="", to_uri="", sip_call_id="", content_type="",
        size=len(raw), raw_b64=base64.b64encode(raw).decode(),
        received_at="2026-12-01T06:00:00.000+00:00",
    )  # fmt: skip


def test_the_host_keeps_the_bytes_and_opens_then_joins_a_chat_case(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor
) -> None:
    log = CallLog(sessions, "seat-1", policy=KZP)
    first = request(ODD, display="Ганна", call_id="a1")
    log.apply(_event(first))
    log.apply(_event(first))  # a journal replay after an outage: nothing twice
    second = request("Ще питання".encode("cp1251"), ctype="text/plain; charset=windows-1251",
                     user="PARENT", call_id="a2")  # fmt: skip
    log.apply(_event(second))
    other = request(b"hello", ctype=None, user="someone", call_id="b1")
    log.apply(_event(other))
    with sessions() as s:
        rows = s.scalars(sa.select(Message).order_by(Message.id)).all()
        cases = s.scalars(sa.select(Case).order_by(Case.id)).all()
        raws = s.scalar(sa.select(sa.func.count()).select_from(RawMessage))
    assert len(rows) == 3 and raws == 3
    a, b, c = rows
    assert (a.channel.value, a.direction, a.status) == ("chat", "in", "new")
    assert a.raw_sha256 == hashlib.sha256(first).hexdigest()
    assert raw_message(sessions, operator, a.id) == first  # byte for byte
    assert a.sender == '"Ганна" <sip:parent@127.0.0.1:5070>'
    assert a.from_address == "sip:parent@127.0.0.1"  # the writer, whatever port this time
    assert sender_key("<SIP:Anna@[::1]:5070;transport=udp>") == "sip:anna@[::1]"
    assert sender_key("sip:127.0.0.1:5070") == "sip:127.0.0.1"
    assert a.body == "Допоможіть \u202e!txet\u202c 👨‍👩‍👧 e\u0301 \u2400 ∑"  # NUL made visible
    assert b.body == "Ще питання"  # the declared charset read
    assert a.case_id == b.case_id != c.case_id  # joined by the sender's URI (any case)
    assert [k.channel for k in cases] == [CaseChannel.CHAT, CaseChannel.CHAT]
    assert [(k.policy, k.registration_number) for k in cases] == [("kzp", None)] * 2
    # A policy with a registration-number format numbers chat cases as it numbers mail's.
    CallLog(sessions, "seat-2", policy=load_policy("kuty")).apply(
        _event(request(b"numbered", user="third", call_id="n1"))
    )
    with sessions() as s:
        numbered = s.scalars(sa.select(Case).order_by(Case.id.desc()).limit(1)).one()
    assert (numbered.registration_number or "").startswith("KUTY-")
    assert "Content-Type" not in (c.headers or "") and c.body == "hello"
    with sessions() as s:
        audits = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "chat_message_stored")
        ).all()
    assert len(audits) == 4 and json.loads(audits[0].payload)["new_case"] is True

    # A blocked writer's chat is kept and flagged, on no case (KZP-30-19).
    block_number(sessions, supervisor, "+380671234567", "Образи (KZP-30-19)")
    blocked = request(b"you again", user="+380671234567", call_id="z1")
    log.apply(_event(blocked))
    with sessions() as s:
        row = s.scalars(sa.select(Message).order_by(Message.id.desc()).limit(1)).one()
    assert row.status == MessageStatus.BLOCKED.value and row.case_id is None


def test_unreadable_bytes_are_audited_not_raised(sessions: sessionmaker[Session]) -> None:
    log = CallLog(sessions, "seat-1", policy=KZP)
    bad = _event(b"x")
    log.apply(p.MessageReceived(**{**bad.__dict__, "raw_b64": "not base64!"}))
    log.apply(_event(b"not a request at all"))
    with sessions() as s:
        kinds = s.scalars(sa.select(AuditEvent.kind)).all()
        assert s.scalar(sa.select(sa.func.count()).select_from(Message)) == 0
    assert kinds.count("chat_message_unreadable") == 2


@pytest.mark.parametrize("name", ["kuty", "eep"])
def test_seats_without_chat_do_not_take_messages(name: str, tmp_path: Path) -> None:
    from desk.settings import load_settings
    from seat.launch import engine_command, policy_allows_chat

    none = tmp_path / "no-settings.toml"
    settings = load_settings(data_dir=tmp_path, env={}, config_file=none, policy=name)
    assert not policy_allows_chat(settings)
    assert "--chat" not in engine_command(settings)
    kzp = load_settings(data_dir=tmp_path, env={}, config_file=none, policy="kzp")
    assert policy_allows_chat(kzp) and "--chat" in engine_command(kzp)
