"""TLS registration with a test CA (and refusal of a server the CA did not sign) and an
SRTP-mandatory call through Kamailio that is recorded as the caller spoke it.

Kamailio presents a certificate for 127.0.0.2 signed by the test CA
(tests/support/certs.py). The seat verifies the server by default: trusting only the
rogue CA must leave it "failing", never registered.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Speech
from tests.support.certs import TestPki, make_pki
from tests.support.checks import check_recorded_call
from tests.support.kamailio import KamailioServer, account_args
from tests.support.serve import ServeProcess
from tests.support.simcall import run_simcall, simcall_command

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USER, PASSWORD = "seat1", "Kuty-tls-seat1"


@pytest.fixture
def pki(tmp_path: Path) -> TestPki:
    return make_pki(tmp_path / "pki", ip="127.0.0.2")


@pytest.fixture
def kamailio(tmp_path: Path, pki: TestPki) -> Iterator[KamailioServer]:
    with KamailioServer({USER: PASSWORD}, pki=pki, workdir=tmp_path / "kam") as server:
        yield server


@pytest.fixture
def seat(tmp_data_dir: Path) -> Iterator[ServeProcess]:
    with ServeProcess(tmp_data_dir, auto_answer=True, commands=True) as proc:
        yield proc


def register(seat: ServeProcess, registrar: str, **extra: object) -> dict[str, object]:
    since = seat.mark()
    seat.send("add_account", **account_args(registrar, USER, PASSWORD, **extra))
    return seat.wait_for("registration", timeout=30, since=since)


def test_tls_registration_with_the_test_ca(
    kamailio: KamailioServer, seat: ServeProcess, pki: TestPki
) -> None:
    event = register(seat, kamailio.tls_address, transport="tls", ca_file=str(pki.ca_cert))
    assert event["state"] == "registered", f"{event}\n{kamailio.log_tail()}"
    assert event["code"] == 200, event
    assert f"KUTY REGISTER ok for {USER} from 127.0.0.1" in kamailio.log_text()
    assert "(tls)" in kamailio.log_text(), kamailio.log_tail()


def test_tls_server_signed_by_another_ca_is_refused(
    kamailio: KamailioServer, seat: ServeProcess, pki: TestPki
) -> None:
    event = register(seat, kamailio.tls_address, transport="tls", ca_file=str(pki.rogue_ca_cert))
    assert event["state"] == "failing", event
    assert event["code"] not in range(200, 300), event
    assert event["reason"], event
    assert "KUTY REGISTER ok" not in kamailio.log_text(), kamailio.log_tail()
    assert not seat.find("registration", lambda e: e["state"] == "registered")


def test_srtp_mandatory_call_through_kamailio_is_recorded(
    kamailio: KamailioServer, seat: ServeProcess, speech_wav: Speech
) -> None:
    event = register(seat, kamailio.address, srtp="mandatory")
    assert event["state"] == "registered", f"{event}\n{kamailio.log_tail()}"
    target = kamailio.uri(USER)

    # a caller without SRTP is not connected to a seat that demands it
    plain = run_simcall(simcall_command(target, say="Тест", duration=1), timeout=60)
    assert plain.returncode == 1, plain.describe()
    assert seat.find("recording_started") == [], seat.find("recording_started")

    since = seat.mark()
    argv = simcall_command(
        target,
        wav=speech_wav.wav,
        duration=speech_wav.duration_s + 1.0,
        extra_args=("--srtp", "mandatory"),
    )
    result = run_simcall(argv, timeout=60)
    assert result.returncode == 0, f"{result.describe()}\n{kamailio.log_tail()}"
    media = [e for e in result.events if e.get("event") == "media"]
    assert media and media[0]["srtp"] is True, result.describe()
    recorded = check_recorded_call(seat, speech_wav.wav, "+380501234567", since=since)
    assert recorded.talk_s >= speech_wav.duration_s, recorded
