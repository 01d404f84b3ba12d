"""TLS 1.3 with certificate verification between seats and Kamailio (issue 14, ADR 0008).

Kamailio accepts TLS 1.3 only (`TLS13_ONLY` in tests/support/kamailio.py): it refuses a
TLS 1.2 client, so seats that register and call through it prove the engine negotiates
TLS 1.3 (pjsua2's default `proto` offers 1.0-1.2 only; see
`telephony.sip_account.TLS_PROTOCOLS`). The version is also read from Kamailio's own log
of each request that came over TLS (`$tls_version`). A seat that trusts only a CA that
did not sign Kamailio's certificate
stays "failing" with a one-line reason, and dialling from it places no call.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from tests.conftest import Speech
from tests.support.audio import duration
from tests.support.certs import TestPki, make_pki
from tests.support.checks import check_recorded_call
from tests.support.kamailio import TLS13_ONLY, KamailioServer, account_args
from tests.support.serve import ServeProcess
from tests.support.simcall import run_simcall, simcall_command

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USERS = {"operator1": "Kuty-tls13-A", "operator2": "Kuty-tls13-B", "operator3": "Kuty-tls13-C"}


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> TestPki:
    return make_pki(tmp_path_factory.mktemp("pki"), ip="127.0.0.2")


@pytest.fixture(scope="module")
def kamailio(tmp_path_factory: pytest.TempPathFactory, pki: TestPki) -> Iterator[KamailioServer]:
    workdir = tmp_path_factory.mktemp("kam")
    with KamailioServer(USERS, pki=pki, workdir=workdir, tls_method=TLS13_ONLY) as server:
        yield server


def register_tls(
    seat: ServeProcess, kamailio: KamailioServer, user: str, ca_file: Path
) -> dict[str, Any]:
    since = seat.mark()
    args = account_args(
        kamailio.tls_address, user, USERS[user], transport="tls", ca_file=str(ca_file)
    )
    seat.send("add_account", **cast(dict[str, Any], args))
    return seat.wait_for("registration", timeout=30, since=since)


def handshake(address: str, version_flag: str, ca_file: Path) -> subprocess.CompletedProcess[str]:
    """`openssl s_client` limited to one TLS version, verifying against `ca_file`."""
    return subprocess.run(
        ["openssl", "s_client", "-connect", address, version_flag, "-CAfile", str(ca_file)],
        input="",
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )


def tls_versions(kamailio: KamailioServer, method: str) -> list[str]:
    """The TLS versions Kamailio logged for requests of `method` that came over TLS."""
    pattern = rf"KUTY TLS {method} from 127\.0\.0\.1:\d+ version (\S+)"
    return re.findall(pattern, kamailio.log_text())


def test_kamailio_refuses_a_tls12_only_client(kamailio: KamailioServer, pki: TestPki) -> None:
    """The control: the server really is 1.3-only, so a 1.2-only engine would fail."""
    old = handshake(kamailio.tls_address, "-tls1_2", pki.ca_cert)
    assert old.returncode != 0, old.stdout[-2000:]
    assert "Cipher is (NONE)" in old.stdout, old.stdout[-2000:]
    assert "alert protocol version" in old.stderr, old.stderr[-1000:]
    new = handshake(kamailio.tls_address, "-tls1_3", pki.ca_cert)
    assert new.returncode == 0, new.stdout[-2000:] + new.stderr[-1000:]
    assert "New, TLSv1.3, Cipher is TLS_" in new.stdout, new.stdout[-2000:]
    assert "Verify return code: 0 (ok)" in new.stdout, new.stdout[-2000:]


def test_seats_register_call_and_record_over_tls13(
    kamailio: KamailioServer, pki: TestPki, tmp_path: Path, speech_wav: Speech
) -> None:
    with (
        ServeProcess(tmp_path / "seat-a", auto_answer=True, commands=True) as a,
        ServeProcess(tmp_path / "seat-b", auto_answer=True, commands=True) as b,
    ):
        for seat, user in ((a, "operator1"), (b, "operator2")):
            event = register_tls(seat, kamailio, user, pki.ca_cert)
            assert event["state"] == "registered", f"{event}\n{kamailio.log_tail()}"
        assert "(tls)" in kamailio.log_text(), kamailio.log_tail()
        assert tls_versions(kamailio, "REGISTER"), kamailio.log_tail()
        assert set(tls_versions(kamailio, "REGISTER")) == {"TLSv1.3"}, kamailio.log_tail()

        mark_a, mark_b = a.mark(), b.mark()
        a.send("dial", uri="operator2")
        outgoing = a.wait_for("call_outgoing", since=mark_a)
        assert outgoing["remote_uri"].startswith("sip:operator2@127.0.0.2:"), outgoing
        assert outgoing["remote_uri"].endswith(";transport=tls"), outgoing
        call_a = outgoing["call_id"]
        a.wait_for("call_answered", lambda e: e["call_id"] == call_a, timeout=30, since=mark_a)
        call_b = b.wait_for("call_incoming", since=mark_b)["call_id"]
        a.wait_for("recording_started", lambda e: e["call_id"] == call_a, since=mark_a)
        b.wait_for("recording_started", lambda e: e["call_id"] == call_b, since=mark_b)
        assert tls_versions(kamailio, "INVITE") == ["TLSv1.3"], kamailio.log_tail()
        time.sleep(2.0)  # a call of some length, so both recordings have audio frames

        a.send("hangup", call_a)
        ended = a.wait_for("call_ended", lambda e: e["call_id"] == call_a, since=mark_a)
        assert ended["end_reason"] == "local_hangup", ended
        finished = a.wait_for("recording_finished", lambda e: e["call_id"] == call_a, since=mark_a)
        assert finished["status"] == "complete", finished
        caller_s, operator_s = (
            duration(finished["caller_path"]),
            duration(finished["operator_path"]),
        )
        assert caller_s > 1.5 and abs(caller_s - operator_s) < 0.1, (caller_s, operator_s)
        done_b = b.wait_for("recording_finished", lambda e: e["call_id"] == call_b, since=mark_b)
        assert done_b["status"] == "complete", done_b

        # a caller's speech over TLS 1.3 (simcall, the same TLS settings) is recorded as sent
        mark_b = b.mark()
        to = f"sip:operator2@{kamailio.tls_address};transport=tls"
        tls_args = ("--transport", "tls", "--ca", str(pki.ca_cert))
        argv = simcall_command(
            to, wav=speech_wav.wav, duration=speech_wav.duration_s + 1.0, extra_args=tls_args
        )
        result = run_simcall(argv, timeout=60)
        assert result.returncode == 0, f"{result.describe()}\n{kamailio.log_tail()}"
        recorded = check_recorded_call(b, speech_wav.wav, "+380501234567", since=mark_b)
        assert recorded.talk_s >= speech_wav.duration_s, recorded
        assert tls_versions(kamailio, "INVITE") == ["TLSv1.3"] * 2, kamailio.log_tail()


def test_server_signed_by_another_ca_is_refused_and_no_call_is_placed(
    kamailio: KamailioServer, pki: TestPki, tmp_path: Path
) -> None:
    with ServeProcess(tmp_path / "seat-c", auto_answer=True, commands=True) as c:
        invites_before = kamailio.log_text().count("KUTY TLS INVITE")
        event = register_tls(c, kamailio, "operator3", pki.rogue_ca_cert)
        assert event["state"] == "failing", event
        assert event["code"] not in range(200, 300), event
        reason = str(event["reason"])
        assert reason and "\n" not in reason and "Traceback" not in reason, event
        assert "KUTY REGISTER ok for operator3" not in kamailio.log_text(), kamailio.log_tail()

        mark = c.mark()
        c.send("dial", uri="operator2")
        failed = c.wait_for("command_failed", since=mark)
        assert "registered SIP account" in failed["message"], failed
        assert "\n" not in failed["message"], failed
        assert not c.find("call_outgoing", since=mark), c.find("call_outgoing", since=mark)
        assert kamailio.log_text().count("KUTY TLS INVITE") == invites_before, kamailio.log_tail()


def test_a_plain_udp_caller_reaches_a_seat_registered_over_tls(
    kamailio: KamailioServer, pki: TestPki, tmp_path: Path, speech_wav: Speech
) -> None:
    """TLS is the seat's hop to its PBX: a caller behind the PBX on plain SIP (a PSTN
    gateway) must still be answered and recorded."""
    with ServeProcess(tmp_path / "seat-b", auto_answer=True, commands=True) as b:
        event = register_tls(b, kamailio, "operator2", pki.ca_cert)
        assert event["state"] == "registered", f"{event}\n{kamailio.log_tail()}"
        mark = b.mark()
        argv = simcall_command(
            kamailio.uri("operator2"), wav=speech_wav.wav, duration=speech_wav.duration_s + 1.0
        )
        result = run_simcall(argv, timeout=60)
        assert result.returncode == 0, f"{result.describe()}\n{kamailio.log_tail()}"
        recorded = check_recorded_call(b, speech_wav.wav, "+380501234567", since=mark)
        assert recorded.talk_s >= speech_wav.duration_s, recorded
