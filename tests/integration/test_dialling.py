"""Dialling out and DTMF between two seats behind Kamailio (issue 11).

A number typed the way operators type it ("067 123 45 67", "0671234567",
"+380671234567") goes out as E.164 (region UA) through the registered account: seat B
holds a second registration for +380671234567, so each form must really reach B through
the proxy. Outgoing calls are recorded like incoming ones (both tracks), and DTMF goes
both ways as RFC 4733 telephone-events between two real pjsua2 engines.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.audio import duration
from tests.support.seat_pair import Desk, two_seats
from tests.support.serve import Event, Predicate

pytestmark = [pytest.mark.sip, pytest.mark.slow]

NUMBER = "+380671234567"


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with two_seats(tmp_path_factory.mktemp("dialling"), {NUMBER: "Kuty-number-B"}) as pair:
        pair.register(pair.b, NUMBER, account_id="number")
        yield pair


def of_call(call_id: str) -> Predicate:
    return lambda e: e["call_id"] == call_id


def wait_digits(events: list[Event], count: int) -> str:
    return "".join(str(e["digit"]) for e in events[:count])


def test_number_reaches_the_seat_registered_for_it_and_is_recorded(desk: Desk) -> None:
    a, b = desk.a, desk.b
    mark_a, mark_b = a.mark(), b.mark()
    a.send("dial", uri="067 123 45 67")
    outgoing = a.wait_for("call_outgoing", since=mark_a)
    assert outgoing["remote_uri"] == f"sip:{NUMBER}@{desk.kamailio.address}", outgoing
    assert outgoing["callee_number"] == NUMBER and outgoing["consult_for"] is None, outgoing
    call_a = outgoing["call_id"]
    a.wait_for("call_answered", of_call(call_a), since=mark_a)
    started = a.wait_for("recording_started", of_call(call_a), since=mark_a)
    call_b = b.wait_for("call_incoming", since=mark_b)["call_id"]
    b.wait_for("recording_started", of_call(call_b), since=mark_b)

    a.send("dtmf", call_a, digits="159#")
    for_b = b.wait_for("dtmf", of_call(call_b), since=mark_b)
    assert for_b["digit"] == "1"
    b.send("dtmf", call_b, digits="*0")
    a.wait_for("dtmf", lambda e: e["call_id"] == call_a and e["digit"] == "0", since=mark_a)
    b.wait_for("dtmf", lambda e: e["call_id"] == call_b and e["digit"] == "#", since=mark_b)
    assert wait_digits(b.find("dtmf", of_call(call_b), since=mark_b), 4) == "159#"
    assert wait_digits(a.find("dtmf", of_call(call_a), since=mark_a), 2) == "*0"

    a.send("hangup", call_a)
    assert a.wait_for("call_ended", of_call(call_a), since=mark_a)["end_reason"] == "local_hangup"
    finished = a.wait_for("recording_finished", of_call(call_a), since=mark_a)
    assert finished["status"] == "complete", finished
    assert finished["directory"] == started["directory"], (started, finished)
    caller_s, operator_s = duration(finished["caller_path"]), duration(finished["operator_path"])
    assert caller_s > 0.5 and abs(caller_s - operator_s) < 0.1, (caller_s, operator_s)
    assert Path(finished["mixed_path"]).is_file(), finished
    assert b.wait_for("recording_finished", of_call(call_b), since=mark_b)["status"] == "complete"
    rows = [r for r in a.calls_json() if r.get("call_id", r.get("id")) == call_a]
    assert rows and rows[0]["direction"] == "outgoing", rows


@pytest.mark.parametrize("typed", ["0671234567", NUMBER, "+38 (067) 123-45-67", "operator2"])
def test_other_spellings_of_the_number_and_a_seat_name_reach_b(desk: Desk, typed: str) -> None:
    a, b = desk.a, desk.b
    mark_a, mark_b = a.mark(), b.mark()
    a.send("dial", uri=typed)
    outgoing = a.wait_for("call_outgoing", since=mark_a)
    user = typed if typed.isalnum() and typed[0].isalpha() else NUMBER  # a seat's name
    assert outgoing["remote_uri"] == f"sip:{user}@{desk.kamailio.address}", outgoing
    call_a = outgoing["call_id"]
    a.wait_for("call_answered", of_call(call_a), since=mark_a)  # B really got it
    call_b = b.wait_for("call_incoming", since=mark_b)["call_id"]
    a.send("hangup", call_a)
    a.wait_for("call_ended", of_call(call_a), since=mark_a)
    b.wait_for("call_ended", of_call(call_b), since=mark_b)


def test_dialling_while_talking_holds_the_caller_first(desk: Desk) -> None:
    """Issue 11: the caller of the first call must not hear the operator's second call
    (KUTY-2.6); the hold is asked before the new INVITE goes out, as on a desk phone."""
    a, b = desk.a, desk.b
    mark_a, mark_b = a.mark(), b.mark()
    a.send("dial", uri="operator2")
    first = a.wait_for("call_outgoing", since=mark_a)["call_id"]
    a.wait_for("call_answered", of_call(first), since=mark_a)
    b.wait_for("call_incoming", since=mark_b)
    held_mark = a.mark()
    a.send("dial", uri=NUMBER)
    second = a.wait_for("call_outgoing", since=held_mark)
    assert second["consult_for"] is None, second
    held = a.wait_for(
        "call_media", lambda e: e["call_id"] == first and e["on_hold"], since=held_mark
    )
    assert held["on_hold"] is True, held
    for call_id in (second["call_id"], first):
        a.send("hangup", call_id)
        a.wait_for("call_ended", of_call(call_id), since=mark_a)
    rows = {r.get("call_id", r.get("id")): r for r in a.calls_json()}
    assert rows[first]["direction"] == rows[second["call_id"]]["direction"] == "outgoing", rows


@pytest.mark.parametrize(
    ("typed", "needle"),
    [
        ("067 12", "not a SIP address or phone number"),
        ("дзвінок", "not a SIP address or phone number"),
        ("", "not a SIP address or phone number"),
        ("067\r\n1234567", "control characters"),
        ("+380 12 345", "not a SIP address or phone number"),
        ("sip:a b@127.0.0.2", "not a valid SIP address"),
        ('sip:x@127.0.0.2>;foo="', "not a valid SIP address"),
    ],
)
def test_bad_numbers_fail_in_one_line(desk: Desk, typed: str, needle: str) -> None:
    a = desk.a
    mark = a.mark()
    a.send("dial", uri=typed)
    failed = a.wait_for("command_failed", since=mark)
    assert needle in failed["message"] and "\n" not in failed["message"], failed
    assert not a.find("call_outgoing", since=mark)
    assert a.alive
