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
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, Call, OperatorRole
from db.session import close_database, open_database
from desk.listening import grant_listen, record_listen_mode, record_listen_stop
from desk.policy import POLICY_DIR, load_policy
from desk.roles import Actor
from tests.support.alsa import make_headset
from tests.support.audio import best_correlation, make_speech, read_samples, tone_amplitudes
from tests.support.paced_headset import tone, write_wav
from tests.support.serve import ServeProcess
from tests.support.simcall import parse_events, simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]

PETRO = Actor("petro", OperatorRole.SUPERVISOR, 2)
KUTY = load_policy("kuty")
TONE_HZ = 1000.0
PHASE_S = 4.0
SPEECH = (
    "Добрий день, я телефоную щодо черги в дитячий садок. Моя дитина зареєстрована "
    "з минулого року, але в особистому кабінеті я не бачу заяви. Підкажіть, будь ласка, "
    "що мені робити далі і куди звернутися."
)


def _sessions(seat: ServeProcess) -> sessionmaker[Session]:
    return open_database(f"sqlite:///{seat.data_dir / 'kuty.sqlite3'}")


def _kinds(sessions: sessionmaker[Session]) -> list[tuple[str, dict[str, object]]]:
    with sessions() as s:
        rows = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind.like("listen%")))
        return [(r.kind, json.loads(r.payload)) for r in rows]


def _piece(wav: Path, start_s: float, end_s: float, directory: Path) -> Path:
    """A cut of a 16-bit mono WAV, to look for in another recording."""
    data, rate = read_samples(wav)
    out = directory / f"{wav.stem}-{start_s:.0f}-{end_s:.0f}.wav"
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        part = data[int(start_s * rate) : int(end_s * rate)]
        w.writeframes((np.clip(part, -1, 1) * 32767).astype("<i2").tobytes())
    return out


def _tone(path: Path | str, start_s: float, end_s: float) -> float:
    """Median 1 kHz amplitude between two offsets of a WAV (0 for speech or silence)."""
    data, rate = read_samples(path)
    part = data[int(max(0.0, start_s) * rate) : int(end_s * rate)]
    amps = tone_amplitudes(part, rate, TONE_HZ, 0.2)
    assert len(amps) >= 5, (path, start_s, end_s, len(data) / rate)
    return float(np.median(amps))


@pytest.fixture
def operator_seat(tmp_path: Path) -> Iterator[ServeProcess]:
    with ServeProcess(tmp_path / "operator", auto_answer=True, commands=True) as seat:
        yield seat


def test_supervisor_listens_then_whispers_then_barges_in(tmp_path: Path) -> None:
    speech = make_speech(SPEECH, tmp_path / "caller.wav")
    headset = make_headset(write_wav(tmp_path / "tone.wav", tone(TONE_HZ, 40, 0.4)),
                           tmp_path / "home", trail_silence_s=30)  # fmt: skip
    # The operator wears a headset too (a silent microphone): its ear must get the
    # supervisor in whisper and barge mode only.
    silence = write_wav(tmp_path / "silence.wav", np.zeros(16000 * 40, dtype=np.int16))
    operator_headset = make_headset(silence, tmp_path / "operator-home", trail_silence_s=30)
    heard = tmp_path / "caller-heard.wav"
    unpaced = ["--headset-max-lag-ms", "0"]  # the fake headsets (tests/support/alsa.py)
    with (
        ServeProcess(tmp_path / "operator", auto_answer=True, commands=True,
                     audio_device=operator_headset.device, env=operator_headset.env(),
                     extra_args=unpaced) as op,
        ServeProcess(tmp_path / "supervisor", auto_answer=False, commands=True,
                     audio_device=headset.device, env=headset.env(), extra_args=unpaced) as sup,
    ):  # fmt: skip
        sessions = _sessions(op)
        caller = start_simcall(
            simcall_command(op.sip_uri, wav=speech, duration=30.0, record_received=heard)
        )
        call_id = op.wait_for("call_answered", timeout=20)["call_id"]
        op.wait_for("recording_started", lambda e: e["call_id"] == call_id)

        ticket = grant_listen(sessions, PETRO, call_id, KUTY)
        assert ticket.uri == op.sip_uri
        grant = {"uri": ticket.uri, "listen_id": ticket.listen_id, "token": ticket.token}
        sup.send("listen", call_id, **grant)
        op.wait_for("listen_started", lambda e: e["listen_id"] == ticket.listen_id)
        sup.wait_for("listen_started", lambda e: e["listen_id"] == ticket.listen_id)
        marks = {"listen": time.time()}
        time.sleep(PHASE_S)
        for mode in ("whisper", "barge"):
            record_listen_mode(sessions, PETRO, ticket.listen_id, call_id, mode, KUTY)
            sup.send("listen_mode", listen_id=ticket.listen_id, mode=mode)
            op.wait_for("listen_mode", lambda e, m=mode: e["mode"] == m)
            marks[mode] = time.time()
            time.sleep(PHASE_S)
        record_listen_stop(sessions, PETRO, ticket.listen_id, call_id)
        marks["stop"] = time.time()
        sup.send("listen_stop", listen_id=ticket.listen_id)
        op.wait_for("listen_ended", lambda e: e["listen_id"] == ticket.listen_id)
        sup.wait_for("listen_ended", lambda e: e["listen_id"] == ticket.listen_id)

        # The same grant again (a replay), then a fresh grant with a forged token: 403.
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
    # Another sentence scores about 0.3 here; the caller's own, 0.75 to 0.95.
    speaker = headset.speaker_wav()
    found = [best_correlation(speaker, _piece(speech, start, start + 3.0, tmp_path), 30.0)[0]
             for start in (1.0, 4.0, 7.0)]  # fmt: skip
    assert sorted(found)[1] > 0.5, f"supervisor's speaker vs caller speech: r={found}"

    # The operator heard the supervisor from the whisper on, not while it only listened
    # (counted in seconds: the fake headset's speaker file has no wall-clock offsets).
    data, rate = read_samples(operator_headset.speaker_wav())
    ear_s = float(np.sum(tone_amplitudes(data, rate, TONE_HZ, 0.2) > 0.1)) * 0.2
    spoken_s = marks["stop"] - marks["whisper"]
    assert spoken_s - 2.0 < ear_s < spoken_s + 1.0, (ear_s, marks)

    # The caller heard the supervisor's tone only after the barge-in.
    connected = next(e for e in parse_events(out) if e.get("event") == "connected")["at"]
    at = {k: v - connected for k, v in marks.items()}
    assert _tone(heard, at["listen"] + 0.5, at["whisper"] - 0.5) < 0.02
    assert _tone(heard, at["whisper"] + 1.0, at["barge"] - 0.5) < 0.02
    assert _tone(heard, at["barge"] + 1.0, at["stop"] - 0.5) > 0.1

    # The operator's recording: the caller track is the caller alone, always; the operator
    # track is silent while the supervisor only listens and carries the supervisor from
    # the whisper on (KUTY-1.1); the sidecar says when.
    sidecar = json.loads((Path(finished["directory"]) / "call.json").read_text("utf-8"))
    steps = {s["mode"]: s["at_s"] for s in sidecar["supervision"]}
    assert list(steps) == ["listen", "whisper", "barge", "end"], sidecar["supervision"]
    operator_wav, caller_wav = finished["operator_path"], finished["caller_path"]
    assert _tone(operator_wav, steps["listen"] + 0.3, steps["whisper"] - 0.3) < 0.02
    assert _tone(operator_wav, steps["whisper"] + 0.5, steps["end"] - 0.3) > 0.1
    assert _tone(operator_wav, steps["end"] + 0.5, steps["end"] + 2.0) < 0.02
    assert _tone(caller_wav, 0.0, finished["duration_s"]) < 0.02
    r_caller, _ = best_correlation(caller_wav, speech, 3.0)
    assert r_caller > 0.6, r_caller

    # Audited on the operator's seat: grant, admission, modes, stop, and both refusals.
    events = _kinds(sessions)
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
        sessions = _sessions(op)
        caller = start_simcall(simcall_command(op.sip_uri, say="Алло", duration=8.0))
        call_id = op.wait_for("call_answered", timeout=20)["call_id"]
        ticket = grant_listen(sessions, PETRO, call_id, KUTY)
        sup.send("listen", call_id, uri=ticket.uri, listen_id=ticket.listen_id,
                 token=ticket.token)  # fmt: skip
        ended = sup.wait_for("listen_ended")
        assert ended["sip_code"] == 403, ended
        assert not op.find("listen_started") and not sup.find("listen_started")
        caller.communicate(timeout=30)
    refused = [p for k, p in _kinds(sessions) if k == "listen_refused"]
    assert [p["reason"] for p in refused] == ["policy"], refused
    close_database(sessions)


def test_a_barge_in_follows_the_call_through_hold_and_resume(
    operator_seat: ServeProcess, tmp_path: Path
) -> None:
    """Hold (call waiting, issue 11) rebuilds the call's media: the held caller hears
    nobody, and after the resume the supervisor is linked to the call's new port again
    (Listening.follow; without it the barge-in would fall silent)."""
    speech = make_speech(SPEECH, tmp_path / "caller.wav")
    headset = make_headset(write_wav(tmp_path / "tone.wav", tone(TONE_HZ, 40, 0.4)),
                           tmp_path / "home", trail_silence_s=30)  # fmt: skip
    heard = tmp_path / "caller-heard.wav"
    op = operator_seat
    sessions = _sessions(op)
    with ServeProcess(tmp_path / "supervisor", auto_answer=False, commands=True,
                      audio_device=headset.device, env=headset.env(),
                      extra_args=["--headset-max-lag-ms", "0"]) as sup:  # fmt: skip
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
    data, rate = read_samples(heard)
    block_s = 0.2
    tone_s = float(np.sum(tone_amplitudes(data, rate, TONE_HZ, block_s) > 0.1)) * block_s
    barged_s = (marks["hold"] - marks["barge"]) + (marks["stop"] - marks["resume"])
    assert barged_s - 2.0 < tone_s < barged_s + 1.0, (tone_s, marks)
    close_database(sessions)
