"""Live-listening grants (issue 13): one use, for one call on one seat, audited, on both
backends. The seats write through their real call logs, as `kuty serve` does."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, OperatorRole
from desk.listening import (
    ListeningRefused,
    admit_listen,
    grant_listen,
    record_listen_mode,
    record_listen_stop,
)
from desk.policy import load_policy
from desk.roles import Actor, PermissionDenied
from seat.calllog import CallLog
from telephony import protocol as p

PETRO = Actor("petro", OperatorRole.SUPERVISOR, 2)
OLENA = Actor("olena", OperatorRole.OPERATOR, 1)
KUTY = load_policy("kuty")
EEP = load_policy("eep")


def iso(seconds_ago: float = 0.0) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds_ago)).isoformat()


def sha(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@pytest.fixture
def sessions(desk_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    seat = CallLog(desk_sessions, "seat-a")
    seat.apply(p.EngineReady(listen="127.0.0.1:5071", pid=1, seat="seat-a"))
    number = "+380501234567"
    seat.apply(p.CallIncoming(call_id="call-a", remote_uri=f"sip:{number}@127.0.0.1",
                              caller_number=number, display_name="", ring_at=iso(30)))  # fmt: skip
    seat.apply(p.CallAnswered(call_id="call-a", answer_at=iso(25)))
    return desk_sessions


def audits(sessions: sessionmaker[Session], kind: str) -> list[dict[str, object]]:
    with sessions() as s:
        rows = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == kind).order_by(AuditEvent.id)
        )
        return [{"actor": r.actor, "call_id": r.call_id, **json.loads(r.payload)} for r in rows]


def test_a_grant_is_used_once_and_every_step_is_audited(sessions: sessionmaker[Session]) -> None:
    ticket = grant_listen(sessions, PETRO, "call-a", KUTY)
    assert ticket.uri == "sip:operator@127.0.0.1:5071" and ticket.seat == "seat-a"
    assert ticket.rules == ("KUTY-1.1", "KUTY-3.1")
    [granted] = audits(sessions, "listen_granted")
    assert granted["actor"] == "supervisor:petro" and granted["call_id"] == "call-a"
    assert granted["token_sha256"] == sha(ticket.token)
    assert ticket.token not in json.dumps(granted)  # the secret is never stored

    admit = (sessions, "seat-a", ticket.listen_id, "call-a", sha(ticket.token))
    assert admit_listen(*admit, allowed=True, source="127.0.0.1:5080") is None
    assert admit_listen(*admit, allowed=True) == "replayed"  # one use only
    [admitted] = audits(sessions, "listen_admitted")
    assert admitted["actor"] == "seat:seat-a" and admitted["listen_id"] == ticket.listen_id
    assert [r["reason"] for r in audits(sessions, "listen_refused")] == ["replayed"]

    record_listen_mode(sessions, PETRO, ticket.listen_id, "call-a", "whisper", KUTY)
    record_listen_mode(sessions, PETRO, ticket.listen_id, "call-a", "barge", KUTY)
    record_listen_stop(sessions, PETRO, ticket.listen_id, "call-a")
    assert [m["mode"] for m in audits(sessions, "listen_mode")] == ["whisper", "barge"]
    assert audits(sessions, "listen_stopped")[0]["actor"] == "supervisor:petro"


@pytest.mark.parametrize(
    ("seat", "call_id", "forge", "reason"),
    [
        ("seat-a", "call-a", "token", "bad_token"),
        ("seat-a", "call-a", "listen_id", "unknown_grant"),
        ("seat-a", "call-b", "", "unknown_grant"),  # a grant for another call
        ("seat-b", "call-a", "", "wrong_seat"),  # presented to another seat
    ],
)
def test_forged_grants_are_refused_and_audited(
    sessions: sessionmaker[Session], seat: str, call_id: str, forge: str, reason: str
) -> None:
    ticket = grant_listen(sessions, PETRO, "call-a", KUTY)
    listen_id = "forged-id" if forge == "listen_id" else ticket.listen_id
    token_hash = sha("x" * 32) if forge == "token" else sha(ticket.token)
    assert admit_listen(sessions, seat, listen_id, call_id, token_hash, allowed=True) == reason
    assert audits(sessions, "listen_refused")[-1]["reason"] == reason
    # the real one still works afterwards: a forgery does not burn the grant
    assert admit_listen(sessions, "seat-a", ticket.listen_id, "call-a", sha(ticket.token),
                        allowed=True) is None  # fmt: skip


def test_an_expired_grant_is_refused(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    import desk.listening as listening

    ticket = grant_listen(sessions, PETRO, "call-a", KUTY)
    later = dt.datetime.now(dt.UTC) + listening.GRANT_TTL + dt.timedelta(seconds=1)
    monkeypatch.setattr(listening, "utcnow", lambda: later)  # the clock, not the database
    assert admit_listen(sessions, "seat-a", ticket.listen_id, "call-a", sha(ticket.token),
                        allowed=True) == "expired"  # fmt: skip


def test_the_policy_and_the_role_decide(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(ListeningRefused, match="policy does not allow") as refused:
        grant_listen(sessions, PETRO, "call-a", EEP)  # EEP-8: no monitoring granted
    assert refused.value.code == "listen.policy"
    with pytest.raises(PermissionDenied):
        grant_listen(sessions, OLENA, "call-a", KUTY)  # operators may not listen
    assert audits(sessions, "permission_denied")[-1]["action"] == "listen"
    with pytest.raises(ListeningRefused, match="not in progress"):
        grant_listen(sessions, PETRO, "no-such-call", KUTY)
    # the operator's seat refuses by its own policy even with a valid grant
    ticket = grant_listen(sessions, PETRO, "call-a", KUTY)
    assert admit_listen(sessions, "seat-a", ticket.listen_id, "call-a", sha(ticket.token),
                        allowed=False) == "policy"  # fmt: skip
    reasons = [r["reason"] for r in audits(sessions, "listen_refused")]
    assert reasons == ["policy", "no_call", "policy"]
    with pytest.raises(ListeningRefused):
        record_listen_mode(sessions, PETRO, ticket.listen_id, "call-a", "shout", KUTY)


def test_the_seat_audits_each_mode_change_once_even_when_replayed(
    sessions: sessionmaker[Session],
) -> None:
    seat = CallLog(sessions, "seat-a")
    events = [
        p.ListenStarted(listen_id="g1", call_id="call-a", side="operator", at=iso(9)),
        p.ListenModeChanged(listen_id="g1", call_id="call-a", side="operator", mode="whisper",
                            at=iso(8)),
        p.ListenModeChanged(listen_id="g1", call_id="call-a", side="operator", mode="listen",
                            at=iso(7)),
        p.ListenModeChanged(listen_id="g1", call_id="call-a", side="operator", mode="whisper",
                            at=iso(6)),
        p.ListenEnded(listen_id="g1", call_id="call-a", side="operator", sip_code=200, at=iso(5)),
    ]  # fmt: skip
    for event in events * 2:  # the journal replays after a database outage
        seat.apply(event)
    applied = [p_["mode"] for p_ in audits(sessions, "listen_mode_applied")]
    assert applied == ["whisper", "listen", "whisper"]
    assert len(audits(sessions, "listen_started")) == len(audits(sessions, "listen_ended")) == 1
    assert audits(sessions, "listen_started")[0]["actor"] == "seat:seat-a"
    # the seat's address is announced once however often its engine starts
    seat.apply(p.EngineReady(listen="127.0.0.1:5071", pid=2, seat="seat-a"))
    assert len(audits(sessions, "seat_announced")) == 1
    seat.apply(p.EngineReady(listen="127.0.0.1:5072", pid=3, seat="seat-a"))
    assert [a["sip"] for a in audits(sessions, "seat_announced")][
        -1
    ] == "sip:operator@127.0.0.1:5072"


def test_a_registered_seat_is_granted_at_its_aor_and_back_at_its_address_when_not(
    sessions: sessionmaker[Session],
) -> None:
    """ADR 0016 "Where the seat is": registered, the seat's guard admits only its proxy,
    so the grant names the AOR the proxy relays; a registration lost or removed reopens
    the guard and the grant names the seat's own address again. Refreshes add nothing."""
    seat = CallLog(sessions, "seat-a")
    aor = "sip:operator1@127.0.0.2:5090"
    registered = p.RegistrationChanged(
        account_id="desk", state="registered", code=200, expires_s=20, seat_uri=aor
    )
    for _ in range(3):  # the first REGISTER and two refreshes
        seat.apply(registered)
    assert grant_listen(sessions, PETRO, "call-a", KUTY).uri == aor
    seat.apply(p.RegistrationChanged(account_id="other", state="failing", code=408))  # says nothing
    assert grant_listen(sessions, PETRO, "call-a", KUTY).uri == aor
    seat.apply(
        p.RegistrationChanged(account_id="desk", state="failing", code=408,
                              seat_uri="sip:operator@127.0.0.1:5071")
    )  # fmt: skip
    assert grant_listen(sessions, PETRO, "call-a", KUTY).uri == "sip:operator@127.0.0.1:5071"
    announced = [a["sip"] for a in audits(sessions, "seat_announced")]
    assert announced == ["sip:operator@127.0.0.1:5071", aor, "sip:operator@127.0.0.1:5071"]
