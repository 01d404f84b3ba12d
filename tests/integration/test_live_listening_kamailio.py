"""Live listening with three parties behind a real Kamailio (issue 13, ADR 0016).

The operator's seat (`kuty serve --auto-answer`, fake headset with a silent microphone)
registers as operator1, the supervisor's seat (fake headset whose microphone plays a
1 kHz tone) as supervisor; the caller is a pjsua2 process (`telephony.simcall`) speaking
espeak-ng Ukrainian to operator1's AOR through Kamailio. Registered, the operator's guard
admits only the proxy, so its seat announces its AOR (`seat_announced`), the grant names
it, the supervisor's engine dials it through its own registered account, and Kamailio's
`lookup("location")` relays the INVITE with its `X-Kuty-Listen` header; the mode change
(SIP INFO dtmf-relay) follows the record-routed dialog.

What must hold: the supervisor hears what the caller says while it only listens
(envelope correlation, as in test_live_listening.py); whisper reaches the operator's ear
and not the caller; every request of it passed the proxy.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.session import close_database
from desk.listening import seat_address
from tests.support.audio import make_speech, read_samples
from tests.support.kamailio import KamailioServer
from tests.support.listening import (
    SPEECH,
    UNPACED,
    check_caller_heard,
    check_ear,
    found_in,
    headsets,
    listen_audits,
    seat_sessions,
    supervise,
)
from tests.support.seat_pair import Desk
from tests.support.serve import ServeProcess
from tests.support.simcall import parse_events, simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USERS = {"operator1": "Kuty-listen-operator1", "supervisor": "Kuty-listen-supervisor"}
SEAT = "seat-operator1"
LISTEN_S = 5.0  # each phase; the three 3 s pieces below fit in the listen-only one


def _announced(sessions: sessionmaker[Session], wanted: str, timeout: float = 10.0) -> str:
    """The seat's address in its database once the call log wrote `wanted` (it writes on
    its own worker, a moment after the engine's registration event)."""
    deadline = time.monotonic() + timeout
    while True:
        with sessions() as s:
            address = seat_address(s, SEAT)
        if address == wanted or time.monotonic() > deadline:
            return address or ""
        time.sleep(0.1)


def test_supervisor_listens_and_whispers_through_kamailio(tmp_path: Path) -> None:
    speech = make_speech(SPEECH, tmp_path / "caller.wav")
    headset, operator_headset = headsets(tmp_path)
    heard = tmp_path / "caller-heard.wav"
    with (
        KamailioServer(USERS, workdir=tmp_path / "kamailio") as kamailio,
        ServeProcess(tmp_path / "operator", auto_answer=True, commands=True,
                     audio_device=operator_headset.device, env=operator_headset.env(),
                     extra_args=[*UNPACED, "--seat", SEAT]) as op,
        ServeProcess(tmp_path / "supervisor", auto_answer=False, commands=True,
                     audio_device=headset.device, env=headset.env(),
                     extra_args=[*UNPACED, "--seat", "seat-supervisor"]) as sup,
    ):  # fmt: skip
        sessions = seat_sessions(op)
        aor = kamailio.uri("operator1")
        assert _announced(sessions, op.sip_uri) == op.sip_uri  # not registered yet
        desk = Desk(kamailio, op, sup)
        desk.register(op, "operator1")
        desk.register(sup, "supervisor")
        assert _announced(sessions, aor) == aor, kamailio.log_tail()

        caller = start_simcall(
            simcall_command(aor, wav=speech, duration=30.0, record_received=heard)
        )
        call_id = op.wait_for("call_answered", timeout=20)["call_id"]
        op.wait_for("recording_started", lambda e: e["call_id"] == call_id)
        done = supervise(op, sup, sessions, call_id, modes=("whisper",), phase_s=LISTEN_S)
        assert done.ticket.uri == aor
        out, _ = caller.communicate(timeout=60)
        finished = op.wait_for("recording_finished", lambda e: e["call_id"] == call_id, timeout=30)
        requested = op.find("listen_requested")
        assert not sup.find("call_incoming") and not sup.find("call_outgoing")
    assert finished["status"] == "complete", (finished["gaps"], finished["missing_s"])

    # Through the proxy: the listen INVITE came from Kamailio (the guard admits nothing
    # else), it forked both INVITEs to operator1's contact, and relayed the INFO and BYE.
    assert [e["source"].rsplit(":", 1)[0] for e in requested] == [kamailio.host], requested
    log = kamailio.log_text()
    assert log.count("KUTY forking INVITE for operator1") == 2, kamailio.log_tail()
    assert "KUTY in-dialog INFO" in log, kamailio.log_tail()

    # The supervisor heard what the caller said while it only listened: 3 s pieces of the
    # caller's speech from that phase are found in the supervisor's speaker (one may be
    # spoilt: the fake headset is not paced and a loaded machine can drop its frames).
    marks = done.marks
    connected = next(e for e in parse_events(out) if e.get("event") == "connected")["at"]
    listen_at = marks["listen"] - connected
    data, rate = read_samples(speech)
    assert listen_at + LISTEN_S < len(data) / rate, ("the caller stopped talking", listen_at)
    starts = [listen_at + 0.3, listen_at + 1.1, listen_at + 1.9]
    found = found_in(headset.speaker_wav(), speech, starts, tmp_path)
    assert sorted(found)[1] > 0.5, f"supervisor's speaker vs caller speech: r={found}"
    # Whisper: in the operator's ear from then on, never to the caller.
    check_ear(operator_headset, marks)
    check_caller_heard(heard, connected, marks)

    kinds = [k for k, _ in listen_audits(sessions)]
    for kind in ("listen_granted", "listen_admitted", "listen_started", "listen_stopped"):
        assert kinds.count(kind) == 1, (kind, kinds)
    assert "listen_refused" not in kinds, kinds
    close_database(sessions)
