"""Operator headset audio reaches the caller and the recording; the caller reaches the ear.

The headset is an ALSA device over files (tests/support/alsa.py): the "microphone" plays
the operator's sentence, the "speaker" is written to a file. The device is not paced, so
the engine runs with `--headset-max-lag-ms 0` (no ring-buffer cap: every microphone frame
is delivered in order on the pjmedia clock) and the correlations allow a generous lag.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Speech
from tests.support.alsa import make_headset, portaudio_devices
from tests.support.audio import best_correlation, rms
from tests.support.serve import ServeProcess
from tests.support.simcall import run_simcall, simcall_command

pytestmark = [pytest.mark.sip, pytest.mark.slow]

MAX_LAG_S = 6.0


def test_headset_audio_both_ways(
    tmp_data_dir: Path, tmp_path: Path, speech_wav: Speech, operator_speech: Speech
) -> None:
    headset = make_headset(operator_speech.wav, tmp_path / "home", trail_silence_s=60)
    assert headset.device in portaudio_devices(headset)
    received = tmp_path / "caller-heard.wav"

    with ServeProcess(
        tmp_data_dir,
        audio_device=headset.device,
        extra_args=["--headset-max-lag-ms", "0"],
        env=headset.env(),
    ) as serve:
        ready = serve.find("engine_ready")[0]
        assert not ready.get("audio_warning"), ready
        argv = simcall_command(
            serve.sip_uri,
            from_number="+380501234567",
            wav=speech_wav.wav,
            duration=max(speech_wav.duration_s, operator_speech.duration_s) + 3.0,
            record_received=received,
        )
        result = run_simcall(argv, timeout=90)
        assert result.returncode == 0, result.describe()
        finished = serve.wait_for("recording_finished", timeout=30)
        assert finished["status"] == "complete", finished
        assert not serve.find("alert"), serve.find("alert")

    operator_wav = Path(finished["operator_path"])
    r_op, lag_op = best_correlation(operator_wav, operator_speech.wav, MAX_LAG_S)
    assert r_op > 0.6, f"operator.wav vs microphone: r={r_op:.3f} lag={lag_op:.2f} s"

    assert received.is_file() and rms(received) > 0.001, "the caller heard nothing"
    r_heard, lag_heard = best_correlation(received, operator_speech.wav, MAX_LAG_S)
    assert r_heard > 0.6, f"caller heard vs microphone: r={r_heard:.3f} lag={lag_heard:.2f} s"

    speaker = headset.speaker_wav()
    r_ear, lag_ear = best_correlation(speaker, speech_wav.wav, MAX_LAG_S)
    assert r_ear > 0.5, f"speaker vs caller speech: r={r_ear:.3f} lag={lag_ear:.2f} s"
