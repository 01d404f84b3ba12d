"""A seat registers with a real Kamailio: passwords, restart recovery, calls via the proxy.

The seat is a real `kuty serve`; accounts arrive as `add_account` commands on its stdin
(the same JSON the host sends from accounts.toml + keyring). Kamailio listens on
127.0.0.2 and the seat on 127.0.0.1, so a direct INVITE from this machine is "not from
the registrar" and must be refused without ringing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Speech
from tests.support.checks import check_recorded_call
from tests.support.kamailio import KamailioServer, account_args, write_proxy_uac
from tests.support.serve import ServeProcess
from tests.support.sipp import run_sipp

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USER, PASSWORD = "seat1", "Kuty-s3cret-seat1"
CALLER = "+380501234561"  # FROM_PREFIX + sipp's first call number


@pytest.fixture
def kamailio(tmp_path: Path) -> Iterator[KamailioServer]:
    with KamailioServer({USER: PASSWORD}, workdir=tmp_path / "kamailio") as server:
        yield server


@pytest.fixture
def seat(tmp_data_dir: Path) -> Iterator[ServeProcess]:
    with ServeProcess(tmp_data_dir, auto_answer=True, commands=True) as proc:
        yield proc


def register(
    seat: ServeProcess, registrar: str, password: str = PASSWORD, **extra: object
) -> dict[str, object]:
    since = seat.mark()
    seat.send("add_account", **account_args(registrar, USER, password, **extra))
    return seat.wait_for("registration", timeout=20, since=since)


def call_via_proxy(
    kamailio: KamailioServer, speech: Speech, workdir: Path, service: str = USER
) -> None:
    scenario = write_proxy_uac(workdir)
    result = run_sipp(
        scenario,
        kamailio.address,
        substitutions={
            "RTP_FILE": str(speech.ulaw),
            "PAUSE_MS": str(int((speech.duration_s + 1.0) * 1000)),
            "FROM_PREFIX": CALLER[:-1],
        },
        service=service,
        workdir=workdir,
        timeout=30,
    )
    assert result.returncode == 0 and 200 in result.final_codes, (
        f"{result.describe()}\n{kamailio.log_tail()}"
    )


@pytest.mark.parametrize("algorithm", ["MD5", "SHA-256"])
def test_right_password_registers(tmp_path: Path, seat: ServeProcess, algorithm: str) -> None:
    users = {USER: PASSWORD}
    with KamailioServer(users, algorithm=algorithm, workdir=tmp_path / "kam") as kamailio:
        event = register(seat, kamailio.address)
        assert event["state"] == "registered", f"{event}\n{kamailio.log_tail()}"
        assert event["code"] == 200 and event["expires_s"] > 0, event
        assert f"KUTY REGISTER ok for {USER}" in kamailio.log_text()
        # the seat answered the challenge with the algorithm Kamailio asked for
        credentials = [
            line for line in kamailio.log_text().splitlines() if "KUTY credentials" in line
        ]
        assert credentials, kamailio.log_tail()
        if algorithm == "SHA-256":
            assert "algorithm=SHA-256" in credentials[0], credentials
        else:
            assert "SHA-256" not in credentials[0], credentials


def test_wrong_password_fails_with_a_clear_reason(
    kamailio: KamailioServer, seat: ServeProcess
) -> None:
    event = register(seat, kamailio.address, password="not-the-password")
    assert event["state"] == "failing", event
    assert event["code"] in (401, 403), event
    assert "wrong password" in str(event["reason"]).lower(), event
    assert not seat.find("registration", lambda e: e["state"] == "registered")


def test_seat_registers_again_after_kamailio_restart_and_takes_calls(
    kamailio: KamailioServer, seat: ServeProcess, speech_wav: Speech, tmp_path: Path
) -> None:
    # TCP: the seat notices the registrar going away at once (connection closed)
    first = register(seat, kamailio.address, transport="tcp")
    assert first["state"] == "registered", f"{first}\n{kamailio.log_tail()}"

    since = seat.mark()
    kamailio.stop()
    failing = seat.wait_for(
        "registration", lambda e: e["state"] == "failing", timeout=30, since=since
    )
    assert failing["code"] >= 400 or failing["code"] == 0, failing
    kamailio.start()  # usrloc is in memory: the new instance knows no contact
    again = seat.wait_for(
        "registration", lambda e: e["state"] == "registered", timeout=30, since=since
    )
    assert again["code"] == 200, again
    after_restart = kamailio.log_text().rsplit("===== start #2 =====", 1)[1]
    assert f"KUTY REGISTER ok for {USER}" in after_restart, kamailio.log_tail()

    before_call = seat.mark()
    call_via_proxy(kamailio, speech_wav, tmp_path / "sipp")
    recorded = check_recorded_call(seat, speech_wav.wav, CALLER, since=before_call)
    assert recorded.talk_s >= speech_wav.duration_s, recorded


def test_direct_invite_to_a_registered_seat_is_refused(
    kamailio: KamailioServer, seat: ServeProcess, speech_wav: Speech, tmp_path: Path
) -> None:
    assert register(seat, kamailio.address)["state"] == "registered"
    since = seat.mark()
    result = run_sipp(
        "uac_pai_speech",
        seat.listen,
        substitutions={"RTP_FILE": str(speech_wav.ulaw)},
        workdir=tmp_path / "direct",
        timeout=20,
    )
    assert 403 in result.final_codes and 200 not in result.final_codes, result.describe()
    refused = seat.wait_for("call_refused", since=since)
    assert refused["sip_code"] == 403 and refused["source"].startswith("127.0.0.1:"), refused
    assert seat.find("call_incoming", since=since) == []

    # the registrar's calls still ring the seat
    before_call = seat.mark()
    call_via_proxy(kamailio, speech_wav, tmp_path / "via-proxy")
    check_recorded_call(seat, speech_wav.wav, CALLER, since=before_call)


def test_registered_seat_dials_a_number_through_the_pbx(tmp_path: Path, seat: ServeProcess) -> None:
    """A number typed by the operator goes to the registrar (with the account's
    credentials and transport), not to a local address: Kamailio routes it to the
    extension registered under that number."""
    callee_user, callee_password = "+380441234567", "Kuty-s3cret-callee"
    users = {USER: PASSWORD, callee_user: callee_password}
    with (
        KamailioServer(users, workdir=tmp_path / "kam") as kamailio,
        ServeProcess(tmp_path / "callee", auto_answer=True, commands=True) as callee,
    ):
        assert register(seat, kamailio.address)["state"] == "registered"
        since = callee.mark()
        callee.send("add_account", **account_args(kamailio.address, callee_user, callee_password))
        assert callee.wait_for("registration", since=since)["state"] == "registered"

        seat.send("dial", uri="044 123 4567")
        outgoing = seat.wait_for("call_outgoing")
        assert outgoing["remote_uri"] == f"sip:{callee_user}@{kamailio.address}", outgoing
        assert outgoing["callee_number"] == callee_user
        call_id = outgoing["call_id"]
        seat.wait_for("call_answered", lambda e: e["call_id"] == call_id, timeout=20)
        incoming = callee.wait_for("call_incoming", since=since)
        assert USER in incoming["remote_uri"] and kamailio.host in incoming["remote_uri"]
        assert f"KUTY forking INVITE for {callee_user}" in kamailio.log_text()
        seat.send("hangup", call_id)
        finished = seat.wait_for("recording_finished", lambda e: e["call_id"] == call_id)
        assert finished["status"] == "complete"
        assert callee.wait_for("call_ended", since=since)["end_reason"] == "remote_hangup"
