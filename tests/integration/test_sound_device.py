"""The `pjmedia` audio backend (ALSA in pjmedia, telephony/sound_device.py, ADR 0011).

PortAudio stays the default (ADR 0011); these tests keep the alternative working. The
headset is the tests' fake ALSA device with FIFOs kept in time
(tests/support/paced_headset.py), because pjmedia's own capture and playback threads
spin on the unpaced `file` PCM. The operator's microphone beeps must reach the recorded
operator track (and stop while muted), the caller's beeps must reach the speaker, and a
device pjmedia does not list gives a one-line warning (and alert) while calls are still
recorded.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import Speech
from tests.support.audio import best_correlation, read_samples
from tests.support.paced_headset import (
    RATE,
    PacedHeadset,
    make_paced_headset,
    onsets,
    tone,
    write_wav,
)
from tests.support.serve import ServeProcess
from tests.support.simcall import run_simcall, simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]

BEEP_HZ = 1000.0  # the microphone's beeps (and the engine's zip tone, telephony/tones.py)
CALLER_HZ = 1400.0
CALLER = "+380501234567"


@pytest.fixture
def paced(tmp_path: Path) -> Iterator[PacedHeadset]:
    headset = make_paced_headset(tmp_path / "headset")
    yield headset
    headset.stop()


def beeps_wav(path: Path, at_s: tuple[float, ...], length_s: float) -> Path:
    samples = np.zeros(int(length_s * RATE), dtype=np.int16)
    for at in at_s:
        samples[int(at * RATE) : int(at * RATE) + RATE // 10] = tone(CALLER_HZ, 0.1)
    return write_wav(path, samples)


def test_pjmedia_headset_both_ways_and_mute(
    paced: PacedHeadset, tmp_data_dir: Path, tmp_path: Path
) -> None:
    env = {**paced.headset.env(), "KUTY_AUDIO_BACKEND": "pjmedia"}
    caller_wav = beeps_wav(tmp_path / "caller.wav", (1.0, 2.0, 3.0), 5.0)
    with ServeProcess(
        tmp_data_dir, audio_device=paced.headset.device, env=env, commands=True
    ) as serve:
        ready = serve.find("engine_ready")[0]
        assert ready["audio_device"] == paced.headset.device, ready
        assert not ready.get("audio_warning"), ready
        argv = simcall_command(serve.sip_uri, from_number=CALLER, wav=caller_wav, duration=5.5)
        caller = start_simcall(argv)
        started = serve.wait_for("recording_started", timeout=30)
        t_rec = datetime.fromisoformat(started["started_at"]).timestamp()
        for at in (1.5, 2.5, 4.0):
            paced.mic.play(t_rec + at, tone(BEEP_HZ, 0.1))
        serve.wait_for("call_answered", timeout=10)
        time.sleep(max(0.0, t_rec + 3.2 - time.time()))
        mark = serve.mark()
        serve.send("mute", on=True)  # before the third microphone beep (t_rec + 4.0)
        muted = serve.wait_for("call_media", lambda e: e["muted"], timeout=5, since=mark)
        assert muted["muted"] is True, muted
        caller.communicate(timeout=60)
        assert caller.returncode == 0, caller.returncode
        finished = serve.wait_for("recording_finished", timeout=30)
        assert finished["status"] == "complete", finished
        assert not serve.find("alert"), serve.find("alert")

    operator, _ = read_samples(finished["operator_path"])
    heard = onsets(operator, BEEP_HZ)
    assert len(heard) == 2, f"microphone beeps in the operator track at {heard} s"
    assert abs(heard[0] - 1.5) < 0.5 and abs(heard[1] - 2.5) < 0.5, heard

    played, _t0 = paced.speaker.played()
    assert len(onsets(played, CALLER_HZ)) == 3, "the caller's three beeps did not reach the ear"
    assert len(onsets(played, BEEP_HZ)) == 1, "the auto-answer zip tone did not reach the ear"


def test_pjmedia_unknown_device_warns_and_still_records(
    tmp_data_dir: Path, speech_wav: Speech
) -> None:
    env = {"KUTY_AUDIO_BACKEND": "pjmedia"}
    with ServeProcess(tmp_data_dir, audio_device="kuty-no-such-headset", env=env) as serve:
        ready = serve.find("engine_ready")[0]
        warning = str(ready.get("audio_warning") or "")
        assert warning == (
            "cannot open audio device 'kuty-no-such-headset': pjmedia does not list it"
        ), ready
        argv = simcall_command(
            serve.sip_uri, wav=speech_wav.wav, duration=speech_wav.duration_s + 1.0
        )
        result = run_simcall(argv, timeout=60)
        assert result.returncode == 0, result.describe()
        finished = serve.wait_for("recording_finished", timeout=30)
        assert finished["status"] == "complete", finished
        alerts = serve.find("alert")
        assert [a["code"] for a in alerts] == ["no_audio_device"], alerts
        assert alerts[0]["message"] == warning, alerts
    r, _lag = best_correlation(finished["caller_path"], speech_wav.wav, 2.0)
    assert r > 0.6, f"caller track vs the speech sent: r={r:.3f}"
