"""Every request gets an answer, strangers get 403, insane INVITEs never ring (issue 10).

A real `kuty serve` (engine process, pjsua2) on loopback; requests are written by hand
and sent from a raw UDP socket on 127.0.0.1 (tests/support/sip_raw.py), so nothing
between the test and the engine fixes them up. Each answer must arrive within 1 s (a
silent drop makes the client retransmit for 32 s), and the engine must never restart.
"""

from __future__ import annotations

import ctypes
import logging
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from telephony.sip_guard import PACKET_OFFSET, RxData, SipGuard, method_of
from telephony.sip_sanity import parse_request
from tests.support import sip_raw
from tests.support.kamailio import KamailioServer, account_args
from tests.support.serve import Event, ServeProcess
from tests.support.sip_raw import SipSocket, build_request, new_id
from tests.support.torture import CASES

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USER, PASSWORD = "seat1", "Kuty-guard-seat1"
ANSWER_S = 1.0  # RFC 3261 Timer T1 is 0.5 s: an answer later than 1 s means retransmits


@pytest.fixture(scope="module")
def seat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    """One engine for the module (it must survive everything sent to it); no auto-answer,
    so a valid INVITE stays ringing until the test cancels it."""
    data = tmp_path_factory.mktemp("guard") / "data"
    with ServeProcess(data, auto_answer=False) as proc:
        yield proc


@pytest.fixture(scope="module")
def engine(seat: ServeProcess) -> Iterator[int]:
    """The engine's pid when the module started; checked again at the end."""
    pid = seat.engine_pid()
    yield pid
    assert_same_engine(seat, pid)


@pytest.fixture
def sock(seat: ServeProcess) -> Iterator[SipSocket]:
    with SipSocket(seat.port) as s:
        yield s


def assert_same_engine(seat: ServeProcess, engine: int) -> None:
    """No crash, no restart: the same engine process, and it announced itself once."""
    assert seat.alive, seat.diagnostics()
    assert seat.engine_pid() == engine, seat.diagnostics()
    assert len(seat.find("engine_ready")) == 1, seat.diagnostics()


def refused_event(seat: ServeProcess, method: str, code: int, since: int) -> None:
    event = "call_refused" if method == "INVITE" else "request_refused"

    def match(e: Event) -> bool:
        return e["sip_code"] == code and (method == "INVITE" or e["method"] == method)

    seat.wait_for(event, match, timeout=5, since=since)


def ring_then_cancel(seat: ServeProcess, sock: SipSocket, invite: bytes, call_id: str) -> None:
    """`invite` (already sent) rings: 180 and call_incoming; then CANCEL, 487, ACK."""
    ringing = sock.wait_response(lambda r: r.code == 180, timeout=ANSWER_S)
    assert ringing is not None, (sock.received, seat.diagnostics())
    seat.wait_for("call_incoming", lambda e: call_id in e["sip_call_id"], timeout=5)
    sock.send(sip_raw.cancel_for(invite))
    final = sock.wait_response(lambda r: r.code == 487, timeout=ANSWER_S)
    assert final is not None, sock.received
    sock.send(sip_raw.ack_for(invite, final))


def barrier_call(seat: ServeProcess, sock: SipSocket) -> None:
    """A valid INVITE that rings: events arrive in order, so once its call_incoming is
    in, any call_incoming of an earlier request would be too (a wait, not a sleep)."""
    call_id = new_id()
    invite = build_request(
        "INVITE",
        seat.port,
        sock.local_port,
        call_id=call_id,
        body=sip_raw.sdp(sock.local_port),
        extra=("Content-Type: application/sdp",),
    )
    sock.send(invite)
    ring_then_cancel(seat, sock, invite, call_id)


# ------------------------------------------------------------------ fault 3
UNHANDLED: dict[str, tuple[str, tuple[str, ...], int]] = {
    "register": ("REGISTER", ("Expires: 60",), 405),
    "publish": ("PUBLISH", ("Event: presence", "Expires: 60"), 405),
    "notify_out_of_dialog": ("NOTIFY", ("Event: dialog",), 405),
    "refer_out_of_dialog": ("REFER", ("Refer-To: <sip:x@127.0.0.1>",), 405),
    "unknown_method": ("FOOBAR", (), 501),
    "info_out_of_dialog": ("INFO", (), 481),
    "update_out_of_dialog": ("UPDATE", (), 481),
    "prack_out_of_dialog": ("PRACK", ("RAck: 1 1 INVITE",), 481),
    "bye_out_of_dialog": ("BYE", (), 481),
}


@pytest.mark.parametrize("name", list(UNHANDLED))
def test_unhandled_request_is_answered(
    seat: ServeProcess, sock: SipSocket, engine: int, name: str
) -> None:
    method, extra, code = UNHANDLED[name]
    since = seat.mark()
    response = sock.final(build_request(method, seat.port, sock.local_port, extra=extra), ANSWER_S)
    assert response is not None, f"no answer to {method} within {ANSWER_S} s"
    assert response.code == code, response.raw
    if code == 405:
        allow = [m.strip() for m in (response.first("allow") or "").split(",")]
        assert "INVITE" in allow and "BYE" in allow, response.raw
        assert method not in allow and "MESSAGE" not in allow, response.raw
    refused_event(seat, method, code, since)
    assert_same_engine(seat, engine)


def test_ack_is_never_answered(seat: ServeProcess, sock: SipSocket) -> None:
    """RFC 3261 17.2.3: answering a stray ACK would start a storm; the barrier OPTIONS
    is answered, so silence for the ACK is not a dead engine."""
    sock.send(build_request("ACK", seat.port, sock.local_port, to_tag="x"))
    options = sock.final(build_request("OPTIONS", seat.port, sock.local_port), ANSWER_S)
    assert options is not None and options.code == 200
    assert [r.response.cseq_method for r in sock.received if r.response] == ["OPTIONS"]


# ------------------------------------------------------------------ fault 4
def test_subscribe_is_refused_and_no_notify_follows(seat: ServeProcess, sock: SipSocket) -> None:
    since = seat.mark()
    subscribe = build_request(
        "SUBSCRIBE",
        seat.port,
        sock.local_port,
        extra=("Event: presence", "Expires: 600", "Accept: application/pidf+xml"),
    )
    response = sock.final(subscribe, ANSWER_S)
    assert response is not None and response.code in (403, 489), response
    refused_event(seat, "SUBSCRIBE", response.code, since)
    # a NOTIFY would come at once (pjsua sends the first right after its 200)
    barrier = sock.final(build_request("OPTIONS", seat.port, sock.local_port), ANSWER_S)
    assert barrier is not None
    assert "NOTIFY" not in sock.requests_within(1.0), sock.received


def test_message_is_refused_not_swallowed(seat: ServeProcess, sock: SipSocket) -> None:
    """This seat's policy (KUTY) has no chat channel: refuse SIP MESSAGE (405) instead of
    answering 200 and throwing the text away (a chat seat takes it: test_sip_message_chat)."""
    since = seat.mark()
    message = build_request(
        "MESSAGE",
        seat.port,
        sock.local_port,
        extra=("Content-Type: text/plain",),
        body="Допоможіть, будь ласка".encode(),
    )
    response = sock.final(message, ANSWER_S)
    assert response is not None and response.code == 405, response
    assert "MESSAGE" not in (response.first("allow") or "")
    refused_event(seat, "MESSAGE", 405, since)


def test_allow_advertises_only_what_the_seat_serves(seat: ServeProcess, sock: SipSocket) -> None:
    """pjsua lists REFER and MESSAGE in its own Allow header (OPTIONS, 18x, 200): the seat
    declines REFER (a far end may not move the operator's call, issue 11) and refuses
    MESSAGE, so neither is advertised; NOTIFY stays (our own transfers' progress)."""
    options = sock.final(build_request("OPTIONS", seat.port, sock.local_port), ANSWER_S)
    assert options is not None and options.code == 200, options
    allow = {m.strip() for m in (options.first("allow") or "").split(",")}
    assert {"INVITE", "BYE", "NOTIFY", "OPTIONS"} <= allow, options.raw
    assert not allow & {"REFER", "MESSAGE"}, options.raw
    call_id = new_id()
    invite = build_request(
        "INVITE",
        seat.port,
        sock.local_port,
        call_id=call_id,
        body=sip_raw.sdp(sock.local_port),
        extra=("Content-Type: application/sdp",),
    )
    sock.send(invite)
    ring_then_cancel(seat, sock, invite, call_id)
    ringing = [r.response for r in sock.received if r.response and r.response.code == 180]
    assert ringing and "REFER" not in (ringing[0].first("allow") or "REFER"), sock.received


STRANGER_METHODS = ("OPTIONS", "REGISTER", "MESSAGE", "SUBSCRIBE", "INFO", "FOOBAR", "INVITE")


def test_strangers_get_403_when_registered(tmp_path: Path) -> None:
    """Registered with Kamailio (127.0.0.2): only it may send us requests. Every request
    from 127.0.0.1 gets 403, not only INVITE; a stranger's ACK gets nothing."""
    with (
        KamailioServer({USER: PASSWORD}, workdir=tmp_path / "kam") as kamailio,
        ServeProcess(tmp_path / "data", auto_answer=False, commands=True) as seat,
        SipSocket(seat.port) as sock,
    ):
        seat.send(
            "add_account", **cast(dict[str, Any], account_args(kamailio.address, USER, PASSWORD))
        )
        assert seat.wait_for("registration", timeout=20)["state"] == "registered"
        for method in STRANGER_METHODS:
            since = seat.mark()
            extra: tuple[str, ...] = ()
            body = b""
            if method == "SUBSCRIBE":
                extra = ("Event: presence",)
            if method == "INVITE":
                extra, body = ("Content-Type: application/sdp",), sip_raw.sdp(sock.local_port)
            request = build_request(method, seat.port, sock.local_port, extra=extra, body=body)
            response = sock.final(request, ANSWER_S)
            assert response is not None, f"no answer to {method}"
            assert response.code == 403, (method, response.raw)
            refused_event(seat, method, 403, since)
        sock.received.clear()
        sock.send(build_request("ACK", seat.port, sock.local_port, to_tag="x"))
        assert sock.wait_response(timeout=ANSWER_S) is None
        assert seat.find("call_incoming") == []


# ------------------------------------------------------------------ fault 5
@pytest.mark.parametrize("tag", list(CASES))
def test_rfc4475_torture(seat: ServeProcess, sock: SipSocket, engine: int, tag: str) -> None:
    case = CASES[tag]
    unique = new_id()
    data = case.render("127.0.0.1", seat.port, sock.local_port, unique)
    since = seat.mark()
    sock.send(data)
    if case.valid and case.is_invite:
        ring_then_cancel(seat, sock, data, unique)
    else:
        final = sock.wait_response(lambda r: r.code >= 200, timeout=ANSWER_S)
        if final is None:
            assert case.may_drop, f"{tag}: no answer within {ANSWER_S} s"
        else:
            assert final.code in case.codes, final.raw
            if final.code != 501 and final.cseq_method == "INVITE" and case.by_guard:
                refused_event(seat, "INVITE", final.code, since)
        assert not [r for r in sock.received if r.response and r.response.code == 180]
        barrier_call(seat, sock)
        rung = seat.find("call_incoming", lambda e: unique in e["sip_call_id"], since=since)
        assert rung == [], rung
    assert_same_engine(seat, engine)


def cancel_ringing(sock: SipSocket, invite: bytes) -> None:
    """`invite` rings (180), among other calls on the same socket; CANCEL it, wait for
    the 487 of this Call-ID, ACK it."""
    call_id = parse_request(invite).first("call-id")

    def of_call(code: int) -> Callable[[sip_raw.Response], bool]:
        return lambda r: r.code == code and r.first("call-id") == call_id

    assert sock.seen_or_wait(of_call(180), timeout=ANSWER_S) is not None, (call_id, sock.received)
    sock.send(sip_raw.cancel_for(invite))
    final = sock.wait_response(of_call(487), timeout=ANSWER_S)
    assert final is not None, (call_id, sock.received)
    sock.send(sip_raw.ack_for(invite, final))


def test_all_torture_messages_in_a_row(seat: ServeProcess, engine: int) -> None:
    """All 50 back to back, no waiting in between (a scanner does not wait either): the
    engine neither dies nor restarts, no invalid INVITE rings, and afterwards a valid
    INVITE from a fresh socket still rings.

    The valid INVITEs ring at once and are cancelled before that last call: the engine
    takes 4 calls at a time here (pjsua answers a 5th with 486, "too many calls").
    """
    since = seat.mark()
    expected = [tag for tag, case in CASES.items() if case.valid and case.is_invite]
    with SipSocket(seat.port) as sock:
        sent: dict[str, tuple[str, bytes]] = {}
        for tag, case in CASES.items():
            unique = new_id()
            data = case.render("127.0.0.1", seat.port, sock.local_port, unique)
            sent[unique] = (tag, data)
            sock.send(data)
        for tag, data in sent.values():
            if tag in expected:
                cancel_ringing(sock, data)
    with SipSocket(seat.port) as fresh:
        barrier_call(seat, fresh)  # events come in order: every earlier one is in
    rung = seat.find("call_incoming", since=since)
    rung_tags = [
        tag for unique, (tag, _) in sent.items() if any(unique in e["sip_call_id"] for e in rung)
    ]
    assert rung_tags == expected, seat.diagnostics()
    died = [e for e in seat.events[since:] if e["event"] in ("engine_died", "engine_restarted")]
    assert died == [], died
    assert_same_engine(seat, engine)
    assert len(CASES) == 50


def test_tcp_requests_are_checked_too(seat: ServeProcess, engine: int) -> None:
    """pjsip's TCP transport fills its own rdata: the layout and the sanity check must
    hold there as well (a silent fallback would let insane INVITEs ring again)."""
    with socket.create_connection(("127.0.0.1", seat.port), timeout=ANSWER_S) as conn:
        local_port = conn.getsockname()[1]
        for tag in ("multi01", "mismatch01"):
            data = CASES[tag].render("127.0.0.1", seat.port, local_port, new_id())
            data = data.replace(b"SIP/2.0/UDP", b"SIP/2.0/TCP")
            conn.sendall(data)
            status = conn.recv(65535).split(b"\r\n", 1)[0]
            assert status.startswith(b"SIP/2.0 400 "), (tag, status)
        conn.sendall(build_request("FOOBAR", seat.port, local_port).replace(b"/UDP", b"/TCP"))
        assert conn.recv(65535).startswith(b"SIP/2.0 501 "), "unknown method over TCP"
    assert_same_engine(seat, engine)


# ------------------------------------------------------------------ layout check
def _fake_rdata(data: bytes, method: str) -> tuple[RxData, ctypes.Array[ctypes.c_char]]:
    """An rdata laid out as pjsip 2.15.1 fills it for a UDP request from 127.0.0.1:5070."""
    rx = RxData()
    addr = ctypes.addressof(rx)
    ctypes.memmove(addr + PACKET_OFFSET, data, len(data))
    rx.pkt_info.len = len(data)
    rx.tp_info.op_key.rdata = addr
    rx.msg_info.msg_buf = addr + PACKET_OFFSET
    rx.msg_info.len = len(data)
    info = ctypes.create_string_buffer(f"Request msg {method}/cseq=1 (rdata{addr:#x})".encode())
    rx.msg_info.info = ctypes.addressof(info)
    rx.pkt_info.src_name = b"127.0.0.1"
    rx.pkt_info.src_port = 5070
    rx.pkt_info.src_addr.port = socket.htons(5070)
    return rx, info


def test_layout_is_checked_on_every_request(caplog: pytest.LogCaptureFixture) -> None:
    """The guard reads pjsip_rx_data through fixed offsets; when a value pjsip computed
    itself is not where the layout says, it stops reading (answering only), says so once
    in the log, and never reads garbage as a packet or a source address."""
    data = build_request("INVITE", 5060, 5070)
    assert method_of(b"Request msg INVITE/cseq=1 (rdata0x1)") == "INVITE"
    guard = SipGuard(lambda: None, lambda event: None)
    rx, info = _fake_rdata(data, "INVITE")
    packet = guard.read_packet(ctypes.addressof(rx), ctypes.addressof(info), "INVITE")
    assert packet is not None and guard.layout_ok
    assert (packet.data, packet.host, packet.port) == (data, "127.0.0.1", 5070)

    rx.pkt_info.src_port = 5071  # src_name/src_port not where the layout says
    with caplog.at_level(logging.WARNING, logger="telephony.sip_guard"):
        assert guard.read_packet(ctypes.addressof(rx), ctypes.addressof(info), "INVITE") is None
    assert not guard.layout_ok
    assert "layout not as expected" in caplog.text
    rx.pkt_info.src_port = 5070  # once off, it stays off: no flapping between modes
    assert guard.read_packet(ctypes.addressof(rx), ctypes.addressof(info), "INVITE") is None


@pytest.mark.parametrize("breakage", ["info", "op_key", "msg_buf", "method", "src_name"])
def test_each_layout_check_can_trip(breakage: str) -> None:
    data = build_request("INVITE", 5060, 5070)
    rx, info = _fake_rdata(data, "INVITE")
    addr, info_ptr, method = ctypes.addressof(rx), ctypes.addressof(info), "INVITE"
    if breakage == "info":
        info_ptr += 8
    elif breakage == "op_key":
        rx.tp_info.op_key.rdata = addr + 8
    elif breakage == "msg_buf":
        rx.msg_info.msg_buf = addr
    elif breakage == "method":
        method = "OPTIONS"
    else:
        rx.pkt_info.src_name = b"garbage"
    guard = SipGuard(lambda: None, lambda event: None)
    assert guard.read_packet(addr, info_ptr, method) is None
    assert not guard.layout_ok
