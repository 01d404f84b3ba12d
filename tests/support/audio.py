"""Test audio: synthetic Ukrainian speech and a codec-robust way to compare recordings.

Recordings pass through G.711/G.722, jitter buffers and resamplers, so sample-level
comparison is useless. Instead we compare RMS loudness envelopes (10 ms hops): speech has a
distinctive syllable rhythm that survives any codec, and a normalised cross-correlation of
two envelopes is > 0.8 for the same utterance and < 0.3 for different ones or silence.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def _run(argv: list[str]) -> None:
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{argv!r} failed ({result.returncode}): {result.stderr.strip()}")


def make_speech(
    text: str,
    out_wav: str | Path,
    rate: int = 16000,
    voice: str = "uk",
    *,
    lead_silence_s: float = 0.0,
    trail_silence_s: float = 0.0,
) -> Path:
    """Synthesise `text` with espeak-ng into a mono 16-bit PCM WAV at `rate`.

    Args:
        text: what to say.
        out_wav: where to write the WAV.
        rate: sample rate of the output.
        voice: espeak-ng voice (`espeak-ng --voices` lists them).
        lead_silence_s: silence added before the speech.
        trail_silence_s: silence added after the speech.
    """
    out = Path(out_wav)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kuty-speech-") as tmp:
        raw = Path(tmp) / "espeak.wav"
        _run(["espeak-ng", "-v", voice, "-w", str(raw), text])
        argv = ["sox", str(raw), "-r", str(rate), "-c", "1", "-b", "16", "-e", "signed-integer"]
        argv.append(str(out))
        if lead_silence_s or trail_silence_s:
            argv += ["pad", f"{lead_silence_s:.3f}", f"{trail_silence_s:.3f}"]
        _run(argv)
    return out


def to_ulaw(in_wav: str | Path, out_wav: str | Path) -> Path:
    """Convert to 8 kHz mono mu-law WAV, the only thing sipp's `rtp_stream` plays as PCMU."""
    out = Path(out_wav)
    _run(["sox", str(in_wav), "-r", "8000", "-c", "1", "-e", "u-law", "-b", "8", str(out)])
    return out


def to_pcm(in_wav: str | Path, out_wav: str | Path, rate: int = 16000, channels: int = 1) -> Path:
    """Convert any sox-readable audio to 16-bit signed PCM WAV."""
    out = Path(out_wav)
    argv = ["sox", str(in_wav), "-r", str(rate), "-c", str(channels), "-b", "16"]
    _run([*argv, "-e", "signed-integer", str(out)])
    return out


def make_raw_s16(in_wav: str | Path, out_raw: str | Path, rate: int = 16000) -> Path:
    """Headerless s16le mono samples at `rate` (what an ALSA `file` PCM's `infile` returns)."""
    out = Path(out_raw)
    argv = ["sox", str(in_wav), "-t", "raw", "-r", str(rate), "-c", "1", "-b", "16"]
    _run([*argv, "-e", "signed-integer", "-L", str(out)])
    return out


def read_samples(path: str | Path, channel: int | None = None) -> tuple[FloatArray, int]:
    """Samples as float in [-1, 1] and the sample rate.

    PCM WAVs are read with the `wave` module; anything else (mu-law, raw with a `.raw`
    suffix taken as s16le 16 kHz mono) goes through sox first.

    Args:
        path: the audio file.
        channel: for multi-channel files, which channel to keep; None mixes them down.
    """
    path = Path(path)
    if path.suffix == ".raw":
        data = np.frombuffer(path.read_bytes(), dtype="<i2").astype(np.float64) / 32768.0
        return data, 16000
    try:
        with wave.open(str(path), "rb") as wav:
            width = wav.getsampwidth()
            channels = wav.getnchannels()
            rate = wav.getframerate()
            frames = wav.readframes(wav.getnframes())
    except wave.Error:
        with tempfile.TemporaryDirectory(prefix="kuty-pcm-") as tmp:
            pcm = to_pcm(path, Path(tmp) / "pcm.wav", rate=16000, channels=1)
            return read_samples(pcm)
    if width != 2:
        raise ValueError(f"{path}: expected 16-bit samples, got {8 * width}-bit")
    data = np.frombuffer(frames, dtype="<i2").astype(np.float64) / 32768.0
    if channels > 1:
        data = data[: len(data) - len(data) % channels].reshape(-1, channels)
        data = data.mean(axis=1) if channel is None else data[:, channel]
    return data, rate


def envelope(path: str | Path, hop_ms: int = 10, channel: int | None = None) -> list[float]:
    """RMS loudness per `hop_ms` window; the hop is in time, so any sample rate compares."""
    return _envelope(path, hop_ms, channel).tolist()


def _envelope(path: str | Path, hop_ms: int, channel: int | None = None) -> FloatArray:
    data, rate = read_samples(path, channel)
    hop = max(1, rate * hop_ms // 1000)
    count = len(data) // hop
    if count == 0:
        return np.zeros(0)
    frames = data[: count * hop].reshape(count, hop)
    return np.sqrt(np.mean(frames * frames, axis=1))


def best_correlation(
    a_wav: str | Path,
    b_wav: str | Path,
    max_lag_s: float = 2.0,
    *,
    hop_ms: int = 10,
    a_channel: int | None = None,
    min_overlap: float = 0.5,
) -> tuple[float, float]:
    """Best normalised cross-correlation of the two loudness envelopes, and its lag.

    The correlation at each lag is Pearson's r over the overlapping part, so leading or
    trailing silence in a recording does not dilute it; overlaps shorter than
    `min_overlap` of the shorter envelope are ignored to avoid spurious matches.

    Returns:
        (r, lag_s): r in [-1, 1]; lag_s > 0 means b's content appears lag_s later in a.
    """
    a = _envelope(a_wav, hop_ms, a_channel)
    b = _envelope(b_wav, hop_ms)
    return _best_lag(a, b, round(max_lag_s * 1000 / hop_ms), hop_ms, min_overlap)


def slip_tolerant_correlation(
    a_wav: str | Path,
    b_wav: str | Path,
    max_lag_s: float = 2.0,
    *,
    pieces: int = 2,
    hop_ms: int = 10,
) -> tuple[float, list[float]]:
    """How well recording `a_wav` holds the sound of `b_wav`, allowing timing slips.

    A single-lag correlation (`best_correlation`) drops when the stream slips once in the
    middle: a peer starved for a few hundred ms under load sends its late frames in a
    burst, the receiving jitter buffer drops the excess, and the rest of the speech sits
    later in the recording than its start (seen once in CI: r 0.37 at lag 0.25 s on an
    attended transfer, 0.92 otherwise). Here `b_wav` is also cut into `pieces` equal parts
    and each part is found in the recording at its own lag, wholly overlapping; the
    result is the better of the whole-file r and the *mean* of the parts' r, so every part
    must still sound like the original: silence, noise or other speech fail as before.

    Returns:
        (r, piece_rs): r as described, and each part's own r (for the failure message).
    """
    a = _envelope(a_wav, hop_ms)
    b = _envelope(b_wav, hop_ms)
    max_lag = round(max_lag_s * 1000 / hop_ms)
    whole, _ = _best_lag(a, b, max_lag, hop_ms, 0.5)
    size = len(b) // max(1, pieces)
    if size < 10:
        return whole, []
    piece_rs: list[float] = []
    for k in range(pieces):
        offset = k * size
        piece = b[offset : offset + size]
        # a[i] vs piece[i - lag]: the part's own place is lag = offset (+ the stream's lag)
        r, _ = _best_lag(a, piece, max_lag + offset, hop_ms, 0.95)
        piece_rs.append(r)
    return max(whole, float(np.mean(piece_rs))), piece_rs


def _best_lag(
    a: FloatArray, b: FloatArray, max_lag: int, hop_ms: int, min_overlap: float
) -> tuple[float, float]:
    shortest = min(len(a), len(b))
    if shortest < 10:
        return 0.0, 0.0
    need = max(10, int(shortest * min_overlap))
    best_r, best_lag = -1.0, 0
    for lag in range(-max_lag, max_lag + 1):
        # a[i] is compared with b[i - lag]
        a_start = max(0, lag)
        b_start = max(0, -lag)
        n = min(len(a) - a_start, len(b) - b_start)
        if n < need:
            continue
        x = a[a_start : a_start + n]
        y = b[b_start : b_start + n]
        sx, sy = x.std(), y.std()
        if sx < 1e-9 or sy < 1e-9:
            continue
        r = float(np.mean((x - x.mean()) * (y - y.mean())) / (sx * sy))
        if r > best_r:
            best_r, best_lag = r, lag
    if best_r == -1.0:
        return 0.0, 0.0
    return best_r, best_lag * hop_ms / 1000.0


def duration(path: str | Path) -> float:
    """Length in seconds (PCM WAV via `wave`, anything else via `sox --i -D`)."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / float(wav.getframerate())
    except wave.Error:
        pass
    result = subprocess.run(
        ["sox", "--i", "-D", str(path)], capture_output=True, text=True, timeout=30, check=True
    )
    return float(result.stdout.strip())


def rms(path: str | Path) -> float:
    """Overall RMS level in [0, 1]: tells silence from audio."""
    data, _ = read_samples(path)
    return float(np.sqrt(np.mean(data * data))) if len(data) else 0.0


def require_tools(*names: str) -> None:
    """Fail loudly (not skip) when a peer program is missing: `make` installs them."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        raise RuntimeError(f"missing programs {missing}; run `make test-deps`")


def tone_amplitudes(data: FloatArray, rate: int, freq: float, block_s: float = 0.1) -> FloatArray:
    """Amplitude of the `freq` sine in each `block_s` block (a Goertzel filter per block,
    done as one projection): a pure tone of peak A gives ~A, speech or silence ~0."""
    size = max(1, int(rate * block_s))
    count = len(data) // size
    if count == 0:
        return np.zeros(0)
    blocks = data[: count * size].reshape(count, size)
    n = np.arange(size)
    window = np.hanning(size)
    probe = window * np.exp(-2j * np.pi * freq * n / rate)
    return np.asarray(2.0 * np.abs(blocks @ probe) / window.sum())
