"""The fake ALSA headset (tests/support/alsa.py) kept in time: FIFOs fed and drained at 16 kHz.

The plain fake headset's `file` PCM over `null` is not paced (reads return at once), which
only a consumer that pulls one frame per bridge tick survives (the PortAudio bridge with
`--headset-max-lag-ms 0`). pjmedia's ALSA driver runs its own capture and playback
threads, which spin on such a device. Here the same `.asoundrc` points its microphone
`infile` and speaker `file` at FIFOs: `PacedMic` writes 20 ms of samples every 20 ms
(what nobody reads in time is dropped, like a real microphone) and `PacedSpeaker` takes
20 ms every 20 ms (a DAC), stamping each chunk with the wall clock. Both pipes are shrunk
to 4 KiB (128 ms), the depth of a small sound-card buffer.

Used by tests/integration/test_sound_device.py and bench/audio_device.py.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import math
import os
import threading
import time
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tests.support.alsa import FakeHeadset, make_headset
from tests.support.audio import FloatArray, tone_amplitudes

RATE = 16000
CHUNK = 320  # samples per 20 ms
_F_SETPIPE_SZ = 1031
_PIPE_BYTES = 4096


def tone(freq: float, seconds: float, amp: float = 0.5) -> np.ndarray:
    """A sine as int16 samples at RATE."""
    n = np.arange(int(seconds * RATE))
    return (amp * np.sin(2 * math.pi * freq * n / RATE) * 32767).astype(np.int16)


def write_wav(path: Path, samples: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.astype("<i2").tobytes())
    return path


def onsets(data: FloatArray, freq: float, threshold: float = 0.15) -> list[float]:
    """Start times (s) of bursts of `freq` at least 0.5 s apart, 5 ms resolution."""
    amps = tone_amplitudes(data, RATE, freq, block_s=0.005)
    found: list[float] = []
    last = -1.0
    for i, amp in enumerate(amps):
        at = i * 0.005
        if amp > threshold and at - last > 0.5:
            found.append(at)
        if amp > threshold:
            last = at
    return found


class PacedMic(threading.Thread):
    """Writes 20 ms of "microphone" into the FIFO every 20 ms.

    `play(at, samples)` queues a sound to start at wall time `at`; `written_at[i]` is when
    the first chunk of the i-th queued sound went into the pipe."""

    def __init__(self, fifo: Path) -> None:
        super().__init__(daemon=True)
        self.fd = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)  # RDWR: never EPIPE, never blocks
        fcntl.fcntl(self.fd, _F_SETPIPE_SZ, _PIPE_BYTES)
        self.stop_flag = threading.Event()
        self.lock = threading.Lock()
        self.schedule: list[tuple[float, np.ndarray]] = []
        self.written_at: dict[int, float] = {}
        self.dropped = 0  # chunks nobody read in time

    def play(self, at: float, samples: np.ndarray) -> int:
        with self.lock:
            self.schedule.append((at, samples))
            return len(self.schedule) - 1

    def run(self) -> None:
        t0 = time.monotonic()
        k = 0
        active: tuple[np.ndarray, int] | None = None
        while not self.stop_flag.is_set():
            k += 1
            delay = t0 + k * 0.02 - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            chunk = np.zeros(CHUNK, dtype=np.int16)
            now = time.time()
            if active is None:
                with self.lock:
                    for i, (at, samples) in enumerate(self.schedule):
                        if i not in self.written_at and now >= at:
                            self.written_at[i] = now
                            active = (samples, 0)
                            break
            if active is not None:
                samples, pos = active
                part = samples[pos : pos + CHUNK]
                chunk[: len(part)] = part
                active = (samples, pos + CHUNK) if pos + CHUNK < len(samples) else None
            try:
                os.write(self.fd, chunk.astype("<i2").tobytes())
            except OSError as exc:
                if exc.errno != errno.EAGAIN:
                    raise
                self.dropped += 1
        os.close(self.fd)


class PacedSpeaker(threading.Thread):
    """Takes 20 ms from the speaker FIFO every 20 ms; `chunks` = [(wall time, samples)]."""

    def __init__(self, fifo: Path) -> None:
        super().__init__(daemon=True)
        self.fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        fcntl.fcntl(self.fd, _F_SETPIPE_SZ, _PIPE_BYTES)
        self.stop_flag = threading.Event()
        self.chunks: list[tuple[float, np.ndarray]] = []
        self._rest = b""

    def run(self) -> None:
        t0 = time.monotonic()
        k = 0
        while not self.stop_flag.is_set():
            k += 1
            delay = t0 + k * 0.02 - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            with contextlib.suppress(BlockingIOError):  # nothing queued: an underrun
                self._rest += os.read(self.fd, CHUNK * 2 - len(self._rest))
            cut = len(self._rest) - len(self._rest) % 2
            data, self._rest = self._rest[:cut], self._rest[cut:]
            samples = np.zeros(CHUNK, dtype=np.int16)
            got = np.frombuffer(data, dtype="<i2")
            samples[: len(got)] = got
            self.chunks.append((time.time(), samples))
        os.close(self.fd)

    def played(self) -> tuple[FloatArray, float]:
        """Everything played, as floats, and the wall time of its first sample."""
        if not self.chunks:
            return np.zeros(0), time.time()
        data = np.concatenate([c for _, c in self.chunks]).astype(float) / 32768
        return data, self.chunks[0][0] - 0.02  # a chunk is taken at the end of its 20 ms


@dataclass
class PacedHeadset:
    """A fake headset whose microphone and speaker keep time; `stop()` when done."""

    headset: FakeHeadset
    mic: PacedMic
    speaker: PacedSpeaker

    def stop(self) -> None:
        for part in (self.mic, self.speaker):
            part.stop_flag.set()
        for part in (self.mic, self.speaker):
            part.join(5)


def make_paced_headset(directory: Path) -> PacedHeadset:
    """The fake headset of tests/support/alsa.py in `directory`, its files made FIFOs and
    the feeder/drainer threads started (before the engine opens the device)."""
    directory.mkdir(parents=True, exist_ok=True)
    silence = write_wav(directory / "silence.wav", np.zeros(RATE // 10, dtype=np.int16))
    headset = make_headset(silence, directory / "home", trail_silence_s=0.1)
    for path in (headset.mic_raw, headset.speaker_raw):
        path.unlink(missing_ok=True)
        os.mkfifo(path)
    paced = PacedHeadset(headset, PacedMic(headset.mic_raw), PacedSpeaker(headset.speaker_raw))
    paced.mic.start()
    paced.speaker.start()
    return paced
