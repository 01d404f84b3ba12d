"""The ring alert is generated in the engine (issue 11): heard in the headset and on the
ringer device while a call rings, gone once it is answered; auto-answer gives a zip tone.

The headset and the ringer are ALSA devices over files (tests/support/alsa.py); the test
reads what reached each "speaker" and measures the tone's frequency in it (a Goertzel
filter per 100 ms block). The caller sends silence, so after the answer the headset
speaker must carry no tone at all.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import numpy as np
import pytest

from telephony.tones import RING_HZ, WAITING_HZ, ZIP_HZ
from tests.support.alsa import add_output, make_headset
from tests.support.audio import read_samples, tone_amplitudes
from tests.support.serve import ServeProcess
from tests.support.simcall import simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]

HEARD = 0.03  # tone amplitude (full scale 1.0) that is clearly there; pjmedia plays ~0.15
QUIET = 0.01


@pytest.fixture
def silence_wav(tmp_path: Path) -> Path:
    out = tmp_path / "silence.wav"
    subprocess.run(
        ["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(out), "trim", "0", "8"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return out


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _amp(raw: Path, start: int, end: int | None, freq: float) -> float:
    data, rate = read_samples(raw)
    part = data[start // 2 : None if end is None else end // 2]
    amps = tone_amplitudes(part, rate, freq)
    return float(amps.max()) if len(amps) else 0.0


def test_ringtone_in_headset_and_ringer_until_answered(
    tmp_data_dir: Path, tmp_path: Path, silence_wav: Path
) -> None:
    headset = make_headset(silence_wav, tmp_path / "home", trail_silence_s=30)
    ringer = add_output(headset, "kutyringer")
    env = {**headset.env(), "KUTY_RINGER_DEVICE": "kutyringer"}
    with ServeProcess(
        tmp_data_dir,
        auto_answer=False,
        commands=True,
        audio_device=headset.device,
        extra_args=["--headset-max-lag-ms", "0"],
        env=env,
    ) as serve:
        assert not serve.find("alert"), serve.find("alert")  # the ringer opened
        caller = start_simcall(simcall_command(serve.sip_uri, wav=silence_wav, duration=3.0))
        try:
            call_id = serve.wait_for("call_incoming")["call_id"]
            time.sleep(3.0)  # more than one ring cycle (two bursts and the pause)
            rang_headset, rang_ringer = _size(headset.speaker_raw), _size(ringer)
            serve.send("answer", call_id)
            serve.wait_for("call_answered", lambda e: e["call_id"] == call_id)
            time.sleep(0.5)
            after = _size(headset.speaker_raw)
            serve.wait_for("call_ended", lambda e: e["call_id"] == call_id, timeout=20)
        finally:
            caller.communicate(timeout=30)
        time.sleep(0.3)

    low, high = RING_HZ
    outputs = (("headset", headset.speaker_raw, rang_headset), ("ringer", ringer, rang_ringer))
    for name, raw, end in outputs:
        assert end > 16000 * 2, f"the {name} got {end} bytes while ringing"
        for freq in (low, high):
            amp = _amp(raw, 0, end, freq)
            assert amp > HEARD, f"{name}: {freq} Hz at {amp:.4f} while ringing"
    for freq in (low, high):
        amp = _amp(headset.speaker_raw, after, None, freq)
        assert amp < QUIET, f"headset: {freq} Hz still at {amp:.4f} after the answer"
    assert _size(headset.speaker_raw) - after > 16000 * 2, "the call itself reached no speaker"
    # the ringer stops too: nothing (or no tone) after the answer
    tail = _amp(ringer, rang_ringer + 16000, None, low) if _size(ringer) > rang_ringer else 0.0
    assert tail < QUIET, f"ringer: {low} Hz still at {tail:.4f} after the answer"


def test_auto_answer_plays_a_zip_tone_not_the_ringtone(
    tmp_data_dir: Path, tmp_path: Path, silence_wav: Path
) -> None:
    headset = make_headset(silence_wav, tmp_path / "home", trail_silence_s=30)
    with ServeProcess(
        tmp_data_dir,
        auto_answer=True,
        audio_device=headset.device,
        extra_args=["--headset-max-lag-ms", "0"],
        env=headset.env(),
    ) as serve:
        heard = tmp_path / "caller-heard.wav"
        caller = start_simcall(
            simcall_command(serve.sip_uri, wav=silence_wav, duration=2.0, record_received=heard)
        )
        try:
            serve.wait_for("call_answered")
            serve.wait_for("call_ended", timeout=20)
            finished = serve.wait_for("recording_finished", timeout=30)
        finally:
            caller.communicate(timeout=30)
        time.sleep(0.3)

    # The zip tone is for the operator's ear only: not the caller's, not the recording's.
    for where in (heard, Path(finished["caller_path"]), Path(finished["operator_path"])):
        data, rate = read_samples(where)
        amps = tone_amplitudes(data, rate, ZIP_HZ, block_s=0.05)
        assert len(amps) and amps.max() < QUIET, f"zip tone in {where.name}: {amps.max():.4f}"

    data, rate = read_samples(headset.speaker_raw)
    zip_amps = tone_amplitudes(data, rate, ZIP_HZ, block_s=0.05)
    loud = np.flatnonzero(zip_amps > HEARD)
    assert len(loud) >= 2, f"no zip tone in the headset (max {zip_amps.max():.4f})"
    assert (loud[-1] - loud[0]) * 0.05 < 1.0, "the zip tone is two short beeps, not a ring"
    assert _amp(headset.speaker_raw, 0, None, RING_HZ[0]) < QUIET, "auto-answer must not ring"


def test_call_waiting_beeps_and_no_ring_tone_switches_the_ringtone_off(
    tmp_data_dir: Path, tmp_path: Path, silence_wav: Path
) -> None:
    """`ring_tone = false`: the first call rings silently; a second call during it gives
    the short call-waiting beep in the headset, never the full ringtone."""
    headset = make_headset(silence_wav, tmp_path / "home", trail_silence_s=30)
    env = {**headset.env(), "KUTY_RING_TONE": "false"}
    with ServeProcess(
        tmp_data_dir,
        auto_answer=False,
        commands=True,
        audio_device=headset.device,
        extra_args=["--headset-max-lag-ms", "0"],
        env=env,
    ) as serve:
        first = start_simcall(simcall_command(serve.sip_uri, wav=silence_wav, duration=8.0))
        second = None
        try:
            a = serve.wait_for("call_incoming")["call_id"]
            time.sleep(1.5)
            rang = _amp(headset.speaker_raw, 0, None, RING_HZ[0])
            assert rang < QUIET, f"ring_tone = false still rang ({rang:.4f})"
            serve.send("answer", a)
            serve.wait_for("call_answered", lambda e: e["call_id"] == a)
            second = start_simcall(
                simcall_command(
                    serve.sip_uri, wav=silence_wav, extra_args=("--answer-timeout", "4")
                )
            )
            b = serve.wait_for("call_incoming", lambda e: e["call_id"] != a)
            assert b["waiting"] is True
            serve.wait_for("call_ended", lambda e: e["call_id"] == b["call_id"], timeout=20)
            serve.send("hangup", a)
            serve.wait_for("call_ended", lambda e: e["call_id"] == a)
        finally:
            for proc in (first, second):
                if proc is not None:
                    proc.communicate(timeout=30)
        time.sleep(0.3)

    beep = _amp(headset.speaker_raw, 0, None, WAITING_HZ)
    assert beep > HEARD, f"no call-waiting beep ({WAITING_HZ} Hz at {beep:.4f})"
    for freq in RING_HZ:
        amp = _amp(headset.speaker_raw, 0, None, freq)
        assert amp < QUIET, f"the ringtone ({freq} Hz at {amp:.4f}) played during a call"
