"""The audio checks the recording tests rely on must tell speech from silence and noise.

`slip_tolerant_correlation` relaxes timing (one slip of the stream, as a starved peer's
burst through a jitter buffer makes), never content: a recording that is silent, noise or
another sentence still fails, and a clean recording passes both measures.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from tests.conftest import Speech
from tests.support.audio import best_correlation, read_samples, slip_tolerant_correlation
from tests.support.checks import MIN_CORRELATION


def _write(path: Path, data: np.ndarray, rate: int) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(data, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def _as_recorded(speech: np.ndarray, rate: int, *, slip_at_s: float, slip_s: float) -> np.ndarray:
    """The speech in a 10 s call: 0.1 s in, with `slip_s` of silence at `slip_at_s`."""
    cut = int(slip_at_s * rate)
    parts = [np.zeros(int(0.1 * rate)), speech[:cut], np.zeros(int(slip_s * rate)), speech[cut:]]
    body = np.concatenate(parts)
    return np.concatenate([body, np.zeros(max(0, 10 * rate - len(body)))])


def test_a_slipped_recording_of_the_speech_passes_only_the_tolerant_check(
    tmp_path: Path, speech_wav: Speech
) -> None:
    speech, rate = read_samples(speech_wav.wav)
    slipped = _write(
        tmp_path / "slipped.wav", _as_recorded(speech, rate, slip_at_s=1.2, slip_s=0.6), rate
    )
    whole, _ = best_correlation(slipped, speech_wav.wav)
    tolerant, parts = slip_tolerant_correlation(slipped, speech_wav.wav)
    assert tolerant > MIN_CORRELATION, (tolerant, parts)
    assert tolerant > whole + 0.1, (whole, tolerant, parts)  # the slip is what it forgives


def test_a_clean_recording_passes_both(tmp_path: Path, speech_wav: Speech) -> None:
    speech, rate = read_samples(speech_wav.wav)
    clean = _write(tmp_path / "clean.wav", _as_recorded(speech, rate, slip_at_s=0, slip_s=0), rate)
    assert best_correlation(clean, speech_wav.wav)[0] > 0.9
    assert slip_tolerant_correlation(clean, speech_wav.wav)[0] > 0.9


def test_silence_noise_and_other_speech_still_fail(
    tmp_path: Path, speech_wav: Speech, operator_speech: Speech
) -> None:
    _, rate = read_samples(speech_wav.wav)
    rng = np.random.default_rng(7)
    silent = _write(tmp_path / "silent.wav", np.zeros(10 * rate), rate)
    noise = _write(tmp_path / "noise.wav", rng.normal(0, 0.2, 10 * rate), rate)
    other, other_rate = read_samples(operator_speech.wav)
    assert other_rate == rate
    other_call = _write(
        tmp_path / "other.wav", _as_recorded(other, rate, slip_at_s=1.0, slip_s=0.3), rate
    )
    for wrong in (silent, noise, other_call):
        r, parts = slip_tolerant_correlation(wrong, speech_wav.wav)
        assert r < MIN_CORRELATION, (wrong.name, r, parts)
