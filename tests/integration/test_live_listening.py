"""Live listening, whisper and barge-in between two real seats (issue 13).

The caller is a pjsua2 process (`telephony.simcall`) speaking espeak-ng Ukrainian; the
operator's seat is `kuty serve --auto-answer` without a headset; the supervisor's seat is
`kuty serve` with the fake ALSA headset (tests/support/alsa.py) whose microphone plays a
1 kHz test tone and whose speaker is captured. The grant comes from the real service
(desk/listening.py) in the operator seat's database, as the supervisor's console asks it,
and the operator's host checks it there before its engine answers.

What must hold (the brief): the supervisor hears the caller (envelope correlation, as in
the recording tests); the caller hears the tone only in barge mode; the operator's
recording does not change in listen mode and carries the supervisor from whisper on
(KUTY-1.1); a replayed or forged grant, and a seat whose policy forbids it, are refused.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from db.models import Call
from db.session import close_database
from desk.listening import grant_listen
from desk.policy import POLICY_DIR
from tests.support.audio import best_correlation, make_speech
from tests.support.listening import (
    KUTY,
    PETRO,
    SPEECH,
    UNPACED,
    check_caller_heard,
    check_ear,
    found_in,
    headsets,
    listen_audits,
    seat_sessions,
    supervise,
    tone_level,
    tone_seconds,
)
from tests.support.serve import ServeProcess
from tests.support.simcall import parse_events, simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]


@pytest.fixture
def operator_seat(tmp_path: Path) -> Iterator[ServeProcess]:
    with ServeProcess(tmp_path / "operator", auto_answer=True, commands=True) as seat:
        yield seat


def test_supervisor_listens_then_whispers_then_barges_in(tmp_path: Path) -> None:
    speech = make_speech(SPEECH, tmp_path / "caller.wav")
    # The operator wears a headset too (a silent microphone): its ear must get the
    # supervisor in whisper and barge mode only.
    headset, operator_headset = headsets(tmp_path)
    heard = tmp_path / "caller-heard.wav"
    with (
        ServeProcess(tmp_path / "operator", auto_answer=True, commands=True,
                     audio_device=operator_headset.device, env=operator_headset.env(),
                     extra_args=UNPACED) as op,
        ServeProcess(tmp_path / "supervisor", auto_answer=False, commands=True,
                     audio_device=headset.device, env=headset.env(), extra_args=UNPACED) as sup,
    ):  # fmt: skip
        sessions = seat_sessions(op)
        caller = start_simcall(
            simcall_command(op.sip_uri, wav=speech, duration=30.0, record_received=heard)
        )
        call_id = op.wait_for("call_answered", timeout=20)["call_id"]
        op.wait_for("recording_started", lambda e: e["call_id"] == call_id)

        done = supervise(op, sup, sessions, call_id)
        ticket, marks = done.ticket, done.marks
        assert ticket.uri == op.sip_uri  # a seat without a registrar: its own address

        # The same grant again (a replay), then a fresh grant with a forged token: 403.
        grant = {"uri": ticket.uri, "listen_id": ticket.listen_id, "token": ticket.token}
        mark = sup.mark()
        sup.send("listen", call_id, **grant)
        replay = sup.wait_for("listen_ended", since=mark)
        assert replay["sip_code"] == 403, replay
        fresh = grant_listen(sessions, PETRO, call_id, KUTY)
        forged = {**grant, "listen_id": fresh.listen_id, "token": "A" * 32}
        mark = sup.mark()
        sup.send("listen", call_id, **forged)
        assert sup.wait_for("listen_ended", since=mark)["sip_code"] == 403

        out, _ = caller.communicate(timeout=60)
        finished = op.wait_for("recording_finished", lambda e: e["call_id"] == call_id, timeout=30)
        assert not sup.find("call_incoming") and not sup.find("call_outgoing")
        assert not sup.find("recording_started")  # the supervisor's seat records nothing
    assert finished["status"] == "complete", (finished["gaps"], finished["missing_s"])

    # The supervisor heard the caller: each 3 s piece of the caller's speech is found in
    # the supervisor's speaker; one may be spoilt, since the fake headset is not paced and a
    # loaded machine can drop a few of its frames (the operator's recording above is not).
    found = found_in(headset.speaker_wav(), speech, (1.0, 4.0, 7.0), tmp_path)
    assert sorted(found)[1] > 0.5, f"supervisor's speaker vs caller speech: r={found}"
    check_ear(operator_headset, marks)
    connected = next(e for e in parse_events(out) if e.get("event") == "connected")["at"]
    check_caller_heard(heard, connected, marks)

    # The operator's recording: the caller track is the caller alone, always; the operator
    # track is silent while the supervisor only listens and carries the supervisor from
    # the whisper on (KUTY-1.1); the sidecar says when.
    sidecar = json.loads((Path(finished["directory"]) / "call.json").read_text("utf-8"))
    steps = {s["mode"]: s["at_s"] for s in sidecar["supervision"]}
    assert list(steps) == ["listen", "whisper", "barge", "end"], sidecar["supervision"]
    operator_wav, caller_wav = finished["operator_path"], finished["caller_path"]
    assert tone_level(operator_wav, steps["listen"] + 0.3, steps["whisper"] - 0.3) < 0.02
    assert tone_level(operator_wav, steps["whisper"] + 0.5, steps["end"] - 0.3) > 0.1
    assert tone_level(operator_wav, steps["end"] + 0.5, steps["end"] + 2.0) < 0.02
    assert tone_level(caller_wav, 0.0, finished["duration_s"]) < 0.02
    r_caller, _ = best_correlation(caller_wav, speech, 3.0)
    assert r_caller > 0.6, r_caller

    # Audited on the operator's seat: grant, admission, modes, stop, and both refusals.
    events = listen_audits(sessions)
    kinds = [k for k, _ in events]
    for kind in ("listen_admitted", "listen_started", "listen_stopped"):
        assert kinds.count(kind) == 1, (kind, kinds)
    assert kinds.count("listen_granted") == 2, kinds
    assert [p["mode"] for k, p in events if k == "listen_mode"] == ["whisper", "barge"]
    assert [p["mode"] for k, p in events if k == "listen_mode_applied"] == ["whisper", "barge"]
    refused = [p["reason"] for k, p in events if k == "listen_refused"]
    assert refused == ["replayed", "bad_token"], refused
    with sessions() as s:  # the listen INVITEs were never calls
        assert s.scalar(sa.select(sa.func.count()).select_from(Call)) == 1
    close_database(sessions)


def test_a_seat_whose_policy_forbids_it_refuses_the_grant(tmp_path: Path) -> None:
    """The operator's seat runs a regulation that takes calls but grants no monitoring (a
    desk's own profile: KUTY with `live_listening = false`; EEP, KZP and CSC forbid it too,
    but take no voice calls at all): even a grant made under another desk's policy is
    refused there, before anything is answered."""
    profile = (POLICY_DIR / "kuty.toml").read_text(encoding="utf-8")
    assert "live_listening = true" in profile
    own = tmp_path / "kuty-no-listening.toml"
    own.write_text(profile.replace("live_listening = true", "live_listening = false"), "utf-8")
    with ServeProcess(tmp_path / "operator", auto_answer=True, commands=True,
                      env={"KUTY_POLICY": str(own)}) as op, ServeProcess(
        tmp_path / "supervisor", auto_answer=False, commands=True
    ) as sup:  # fmt: skip
        sessions = seat_sessions(op)
        caller = start_simcall(simcall_command(op.sip_uri, say="Алло", duration=8.0))
        call_id = op.wait_for("call_answered", timeout=20)["call_id"]
        ticket = grant_listen(sessions, PETRO, call_id, KUTY)
        sup.send("listen", call_id, uri=ticket.uri, listen_id=ticket.listen_id,
                 token=ticket.token)  # fmt: skip
        ended = sup.wait_for("listen_ended")
        assert ended["sip_code"] == 403, ended
        assert not op.find("listen_started") and not sup.find("listen_started")
        caller.communicate(timeout=30)
    refused = [p for k, p in listen_audits(sessions) if k == "listen_refused"]
    assert [p["reason"] for p in refused] == ["policy"], refused
    close_database(sessions)


def test_a_barge_in_follows_the_call_through_hold_and_resume(
    operator_seat: ServeProcess, tmp_path: Path
) -> None:
    """Hold (call waiting, issue 11) rebuilds the call's media: the held caller hears
    nobody, and after the resume the supervisor is linked to the call's new port again
    (Listening.follow; without it the barge-in would fall silent)."""
    speech = make_speech(SPEECH, tmp_path / "caller.wav")
    headset, _ = headsets(tmp_path)
    heard = tmp_path / "caller-heard.wav"
    op = operator_seat
    sessions = seat_sessions(op)
    with ServeProcess(tmp_path / "supervisor", auto_answer=False, commands=True,
                      audio_device=headset.device, env=headset.env(),
                      extra_args=UNPACED) as sup:  # fmt: skip
        caller = start_simcall(
            simcall_command(op.sip_uri, wav=speech, duration=20.0, record_received=heard)
        )
        call_id = op.wait_for("call_answered", timeout=20)["call_id"]
        op.wait_for("recording_started", lambda e: e["call_id"] == call_id)
        ticket = grant_listen(sessions, PETRO, call_id, KUTY)
        sup.send("listen", call_id, uri=ticket.uri, listen_id=ticket.listen_id,
                 token=ticket.token)  # fmt: skip
        sup.wait_for("listen_started")
        sup.send("listen_mode", listen_id=ticket.listen_id, mode="barge")
        op.wait_for("listen_mode", lambda e: e["mode"] == "barge")
        marks = {"barge": time.time()}
        time.sleep(3.0)
        mark = op.mark()
        op.send("hold", call_id)
        op.wait_for("call_media", lambda e: e["on_hold"] is True, since=mark)
        marks["hold"] = time.time()
        time.sleep(3.0)
        mark = op.mark()
        op.send("resume", call_id)
        op.wait_for("call_media", lambda e: e["on_hold"] is False, since=mark)
        marks["resume"] = time.time()
        time.sleep(3.0)
        marks["stop"] = time.time()
        # The supervisor's seat shuts down while listening: a clean exit (no pjsua abort on
        # a listen Call left behind), and the operator's seat sees the session end.
        assert sup.stop() == 0
        op.wait_for("listen_ended", lambda e: e["listen_id"] == ticket.listen_id)
        caller.communicate(timeout=60)
    # Held, the caller may receive no RTP at all (its recording then skips the hold), so
    # count the seconds of tone it heard instead of looking at offsets: the barge-in
    # before the hold and after the resume, not a second more.
    tone_s = tone_seconds(heard)
    barged_s = (marks["hold"] - marks["barge"]) + (marks["stop"] - marks["resume"])
    assert barged_s - 2.0 < tone_s < barged_s + 1.0, (tone_s, marks)
    close_database(sessions)
