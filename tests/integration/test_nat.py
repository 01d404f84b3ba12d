"""NAT traversal (issue 6): STUN servers and ICE on real calls through a real Kamailio.

- A responder that plays a NAT (tests/support/stun.py: it maps the seat to 127.0.0.5)
  shows that STUN is really used: the seat's first REGISTER and its SDP answer carry
  the "public" address.
- coturn (Debian's real STUN server) shows the STUN exchange works with a real server and
  that calls are still answered and recorded (KUTY-1.1).
- A silent STUN server: the operator is told, the account still registers, and calls
  are answered without waiting for STUN.
- ICE: switched off with an alert on a loopback seat (where pjnath has no candidate and
  every call would fail), and negotiated end to end through a real NAT: the seat in a
  network namespace behind an nft masquerade router, Kamailio, coturn and the caller in
  a "public" namespace (tests/support/netns.py). Tests never send to the machine's own
  interface address; everything else here stays on 127.0.0.0/8.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Speech
from tests.support.checks import check_recorded_call
from tests.support.kamailio import KamailioServer, account_args, write_proxy_uac
from tests.support.netns import CALLER_IP, NAT_PUBLIC_IP, SEAT_IP, SERVER_IP, NatTopology
from tests.support.serve import ServeProcess
from tests.support.simcall import run_simcall, simcall_command
from tests.support.sipp import run_sipp
from tests.support.stun import PUBLIC_IP, Coturn, NatStunResponder

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USER, PASSWORD = "seat1", "Kuty-nat-seat1"
CALLER = "+380501234561"  # FROM_PREFIX + sipp's first call number
CHECK_S = 5  # how often the seat re-checks its STUN servers (settings: stun_check_s)
STUN_TIMEOUT_S = 8  # pjnath gives up on a silent STUN server after ~7.9 s


@pytest.fixture
def kamailio(tmp_path: Path) -> Iterator[KamailioServer]:
    with KamailioServer({USER: PASSWORD}, workdir=tmp_path / "kamailio", log_sdp=True) as k:
        yield k


@pytest.fixture
def seat(tmp_data_dir: Path) -> Iterator[ServeProcess]:
    env = {"KUTY_STUN_CHECK_S": str(CHECK_S)}
    with ServeProcess(tmp_data_dir, auto_answer=True, commands=True, env=env) as proc:
        yield proc


def register(seat: ServeProcess, registrar: str, **extra: Any) -> dict[str, Any]:
    since = seat.mark()
    args: dict[str, Any] = account_args(registrar, USER, PASSWORD, **extra)
    seat.send("add_account", **args)
    # a STUN resolution comes first: up to ~8 s when the server is silent
    return seat.wait_for(
        "registration", lambda e: e["state"] == "registered", timeout=40, since=since
    )


def call_via_proxy(kamailio: KamailioServer, speech: Speech, workdir: Path) -> list[float]:
    """One sipp call through Kamailio to the seat; returns its setup time(s) in ms."""
    result = run_sipp(
        write_proxy_uac(workdir),
        kamailio.address,
        substitutions={
            "RTP_FILE": str(speech.ulaw),
            "PAUSE_MS": str(int((speech.duration_s + 1.0) * 1000)),
            "FROM_PREFIX": CALLER[:-1],
        },
        service=USER,
        workdir=workdir,
        timeout=30,
    )
    assert result.returncode == 0 and 200 in result.final_codes, (
        f"{result.describe()}\n{kamailio.log_tail()}"
    )
    return result.rtt_ms


def sdp_bodies(kamailio: KamailioServer, kind: str) -> list[str]:
    """SDP bodies Kamailio logged: kind "offer" (INVITE/UPDATE) or "answer" (2xx)."""
    pattern = rf"KUTY {kind}[^\n]*\n(.*?)KUTY end of {kind}"
    return re.findall(pattern, kamailio.log_text(), flags=re.DOTALL)


def register_contacts(kamailio: KamailioServer) -> list[str]:
    """The Contact of every REGISTER Kamailio received (challenged or not), in order."""
    log = kamailio.log_text()
    return re.findall(r"KUTY REGISTER received from \S+ contact (.*)", log)


def test_stun_public_address_is_advertised_in_register_and_sdp(
    kamailio: KamailioServer, seat: ServeProcess, speech_wav: Speech, tmp_path: Path
) -> None:
    with NatStunResponder() as nat:
        since = seat.mark()
        event = register(seat, kamailio.address, stun_servers=[nat.address])
        assert event["code"] == 200, event
        stun = seat.wait_for("stun", since=since)
        assert stun["ok"] is True and stun["server"] == nat.address, stun
        assert nat.requests, "the seat never asked the STUN server"
        # The first REGISTER carries the STUN ("public") address. Kamailio's challenge tells
        # the seat where it really saw it (Via received/rport), and pjsua rewrites the
        # Contact, as with a registrar that sees the NAT differently from the STUN server.
        contacts = register_contacts(kamailio)
        assert contacts and PUBLIC_IP in contacts[0], f"{contacts}\n{kamailio.log_tail()}"

        call_via_proxy(kamailio, speech_wav, tmp_path / "sipp")
        answers = sdp_bodies(kamailio, "answer")
        assert answers, kamailio.log_tail()
        assert f"c=IN IP4 {PUBLIC_IP}" in answers[-1], answers[-1]
        # media ports were mapped through STUN too (one Binding request per RTP/RTCP port)
        assert len(nat.requests) >= 3, nat.requests

        # removing the account unregisters it and closes its own (STUN) transport
        since, registers = seat.mark(), len(register_contacts(kamailio))
        seat.send("remove_account", account_id="desk")
        gone = seat.wait_for("registration", since=since)
        assert gone["state"] == "unregistered" and gone["reason"] == "removed", gone
        deadline = time.monotonic() + 5
        while len(register_contacts(kamailio)) == registers and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(register_contacts(kamailio)) > registers, "no unREGISTER reached Kamailio"
    assert not seat.find("alert", lambda e: e["code"] == "stun_failed")


def test_real_stun_server_calls_recorded_and_ice_off_on_loopback(
    kamailio: KamailioServer, seat: ServeProcess, speech_wav: Speech, tmp_path: Path
) -> None:
    with Coturn(tmp_path / "coturn") as coturn:
        since = seat.mark()
        register(seat, kamailio.address, stun_servers=[coturn.address], ice=True)
        stun = seat.wait_for("stun", since=since)
        assert stun["ok"] is True and stun["server"] == coturn.address, stun
        # ICE cannot work on 127.0.0.1 (no host candidate): off, and the operator is told
        alert = seat.wait_for("alert", lambda e: e["code"] == "ice_unavailable", since=since)
        assert "127.0.0.1" in alert["message"], alert

        before_call = seat.mark()
        call_via_proxy(kamailio, speech_wav, tmp_path / "sipp")
        recorded = check_recorded_call(seat, speech_wav.wav, CALLER, since=before_call)
        assert recorded.talk_s >= speech_wav.duration_s, recorded
        assert "a=candidate" not in sdp_bodies(kamailio, "answer")[-1]
        assert coturn.answers(), "coturn died during the call"


def test_silent_stun_server_is_reported_and_calls_do_not_wait(
    kamailio: KamailioServer, seat: ServeProcess, speech_wav: Speech, tmp_path: Path
) -> None:
    with NatStunResponder(silent=True) as dead:
        since = seat.mark()
        register(seat, kamailio.address, stun_servers=[dead.address])
        stun = seat.wait_for("stun", since=since)
        assert stun["ok"] is False and stun["reason"], stun
        alert = seat.wait_for("alert", lambda e: e["code"] == "stun_failed", since=since)
        assert dead.address in alert["message"], alert
        asked = len(dead.requests)
        assert asked >= 1

        before_call = seat.mark()
        setup_ms = call_via_proxy(kamailio, speech_wav, tmp_path / "sipp")
        check_recorded_call(seat, speech_wav.wav, CALLER, since=before_call)
        # STUN is off for this account now: the call did not ask the dead server again
        # (pjsua would wait ~8 s per media port) and was answered at once.
        assert not media_stun_ports(dead, asked), dead.requests[asked:]
        assert setup_ms and max(setup_ms) < 2000, setup_ms
        contacts = register_contacts(kamailio)
        assert contacts and PUBLIC_IP not in contacts[-1], contacts

        # The server comes back: the periodic check notices, media STUN is switched on.
        since = seat.mark()
        dead.silent = False
        back = seat.wait_for("stun", lambda e: e["ok"], timeout=CHECK_S * 3 + 5, since=since)
        assert back["server"] == dead.address, back
        call_via_proxy(kamailio, speech_wav, tmp_path / "sipp-after")
        assert f"c=IN IP4 {PUBLIC_IP}" in sdp_bodies(kamailio, "answer")[-1]


def test_stun_server_dying_later_is_reported_and_calls_stop_waiting_for_it(
    kamailio: KamailioServer, seat: ServeProcess, speech_wav: Speech, tmp_path: Path
) -> None:
    """pjsua asks STUN for every call's media ports; a server that died after start-up
    would add ~2 s to every answer. The periodic check switches media STUN off."""
    with NatStunResponder() as nat:
        since = seat.mark()
        register(seat, kamailio.address, stun_servers=[nat.address])
        assert seat.wait_for("stun", since=since)["ok"] is True
        since = seat.mark()
        nat.silent = True
        limit = CHECK_S * 2 + STUN_TIMEOUT_S + 5
        gone = seat.wait_for("stun", lambda e: not e["ok"], timeout=limit, since=since)
        assert gone["reason"], gone
        assert seat.wait_for("alert", lambda e: e["code"] == "stun_failed", since=since)
        time.sleep(0.5)  # the accounts' re-configuration happens on the next loop steps

        asked = len(nat.requests)
        before_call = seat.mark()
        setup_ms = call_via_proxy(kamailio, speech_wav, tmp_path / "sipp")
        check_recorded_call(seat, speech_wav.wav, CALLER, since=before_call)
        assert setup_ms and max(setup_ms) < 1000, setup_ms
        assert f"c=IN IP4 {PUBLIC_IP}" not in sdp_bodies(kamailio, "answer")[-1]
        assert not media_stun_ports(nat, asked), nat.requests[asked:]


def media_stun_ports(server: NatStunResponder, since: int) -> set[int]:
    """Ports that first asked `server` after request number `since`, beyond one periodic
    check: a call with media STUN asks from two new ports (RTP and RTCP), a check (each
    retransmission from the same port) from one."""
    before = {port for _, port in server.requests[:since]}
    new = {port for _, port in server.requests[since:]} - before
    return new if len(new) > 1 else set()


@pytest.fixture
def nat() -> Iterator[NatTopology]:
    """Seat, router and public namespaces of this test alone, deleted even on failure.

    Missing `ip`/`nft` or a refusal (not root) fails the test with the reason: CI runs
    as root, so a NAT test that cannot build its network is a broken machine, not a skip.
    """
    topology = NatTopology()
    try:
        yield topology.start()
    finally:
        topology.stop()


@contextlib.contextmanager
def seat_behind_nat(
    nat: NatTopology, workdir: Path, *, ice: bool
) -> Iterator[tuple[Coturn, KamailioServer, ServeProcess]]:
    """coturn and Kamailio on the public side, a seat behind the NAT registered to them.

    Checks on the way what any NAT test needs: STUN answered through the NAT, and
    Kamailio saw the seat only as the router's public address, with the binding it kept
    pointing there. (The first REGISTER may still carry the seat's own address: pjsua maps
    its SIP socket with classic RFC 3489 STUN, which Debian's coturn config refuses; the
    registrar's received/rport then corrects the Contact.)
    """
    public = nat.public
    with (
        Coturn(workdir / "coturn", host=SERVER_IP, netns=public) as coturn,
        KamailioServer(
            {USER: PASSWORD}, workdir=workdir / "kam", host=SERVER_IP, log_sdp=True, netns=public
        ) as kamailio,
        ServeProcess(
            workdir / "seat", commands=True, host=SEAT_IP, prefix=nat.prefix(nat.seat)
        ) as seat,
    ):
        since = seat.mark()
        register(seat, kamailio.address, stun_servers=[coturn.address], ice=ice)
        stun = seat.wait_for("stun", since=since)
        assert stun["ok"] is True and stun["server"] == coturn.address, stun
        assert not seat.find("alert", lambda e: e["code"] == "ice_unavailable", since=since)
        log = kamailio.log_text()
        assert f"KUTY REGISTER ok for {USER} from {NAT_PUBLIC_IP}:" in log, kamailio.log_tail()
        assert f"from {SEAT_IP}:" not in log, kamailio.log_tail()
        contacts = register_contacts(kamailio)
        assert contacts and NAT_PUBLIC_IP in contacts[-1], contacts
        yield coturn, kamailio, seat


def call_from_public_side(
    nat: NatTopology, kamailio: KamailioServer, speech: Speech, *, ice: bool
) -> tuple[int, int]:
    """A simcall from the caller's public address through Kamailio to the seat; returns
    the UDP packets it and the seat exchanged through the router (seat->caller,
    caller->seat)."""
    before_out, before_in = nat.media_packets()
    result = run_simcall(
        nat.prefix(nat.public)
        + simcall_command(
            f"sip:{USER}@{kamailio.address}",
            from_number=CALLER,
            wav=speech.wav,
            extra_args=("--bind", CALLER_IP, *(("--ice",) if ice else ())),
        ),
        timeout=60,
    )
    assert result.returncode == 0, f"{result.describe()}\n{kamailio.log_tail()}"
    after_out, after_in = nat.media_packets()
    return after_out - before_out, after_in - before_in


def test_ice_call_through_a_real_nat_is_recorded(
    nat: NatTopology, tmp_path: Path, speech_wav: Speech
) -> None:
    """The seat sits behind a real NAT (nft masquerade); Kamailio, coturn and the caller
    are on the public side, which has no route to the seat's own address. The seat
    learns its public address from coturn, registers through the NAT, answers an ICE
    call whose media crosses the NAT both ways, and records it."""
    with seat_behind_nat(nat, tmp_path, ice=True) as (coturn, kamailio, seat):
        before_call = seat.mark()
        sent, received = call_from_public_side(nat, kamailio, speech_wav, ice=True)
        offers, answers = sdp_bodies(kamailio, "offer"), sdp_bodies(kamailio, "answer")
        assert offers and "a=ice-ufrag" in offers[0], offers
        assert answers and "a=ice-ufrag" in answers[0], answers
        # host candidate (unreachable from the public side) and the NAT's mapping of it
        host = rf"a=candidate:\S+ 1 UDP \d+ {re.escape(SEAT_IP)} \d+ typ host"
        assert re.search(host, answers[0]), answers[0]
        srflx = rf"a=candidate:\S+ 1 UDP \d+ {re.escape(NAT_PUBLIC_IP)} \d+ typ srflx"
        assert re.search(srflx, answers[0]), answers[0]
        assert f"c=IN IP4 {NAT_PUBLIC_IP}" in answers[0], answers[0]
        # the caller (ICE controlling side) confirms the pair it chose in a re-offer: the
        # NAT's mapping, the only address of the seat that the public side can reach
        chosen = [b for b in offers[1:] if "a=remote-candidates" in b]
        assert chosen, offers
        assert re.search(rf"a=remote-candidates:1 {re.escape(NAT_PUBLIC_IP)} ", chosen[-1])
        check_recorded_call(seat, speech_wav.wav, CALLER, since=before_call)
        # the speech reached the recorder through the router (and the seat's checks and
        # RTP went out through it): 50 packets a second of the caller's speech
        assert received >= 25 * speech_wav.duration_s, (sent, received)
        assert sent > 0, (sent, received)
        assert coturn.answers(), "coturn died during the call"


def test_call_without_ice_through_a_real_nat_is_recorded(
    nat: NatTopology, tmp_path: Path, speech_wav: Speech
) -> None:
    """The same NAT without ICE, the common case: the seat's media STUN gets no mapping
    from Debian's coturn (classic RFC 3489 request refused), so its SDP may name its own
    address. The call must still be answered and recorded: the seat's RTP opens the
    NAT, and the caller answers to where that RTP came from (symmetric RTP)."""
    with seat_behind_nat(nat, tmp_path, ice=False) as (_coturn, kamailio, seat):
        before_call = seat.mark()
        sent, received = call_from_public_side(nat, kamailio, speech_wav, ice=False)
        answers = sdp_bodies(kamailio, "answer")
        assert answers and "a=candidate" not in answers[-1], answers
        check_recorded_call(seat, speech_wav.wav, CALLER, since=before_call)
        assert received >= 25 * speech_wav.duration_s, (sent, received)
        assert sent > 0, (sent, received)
