"""Helpers that make real WAV files with sox and the wave module, as pjmedia leaves them."""

from __future__ import annotations

import subprocess
import wave
from array import array
from pathlib import Path

RATE = 16000


def sox_tone(path: Path, seconds: float, freq: int = 440, rate: int = RATE) -> Path:
    subprocess.run(
        [
            "sox",
            "-n",
            "-r",
            str(rate),
            "-c",
            "1",
            "-b",
            "16",
            str(path),
            "synth",
            str(seconds),
            "sine",
            str(freq),
        ],
        check=True,
    )
    return path


def write_samples(path: Path, samples: list[int], rate: int = RATE, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(array("h", samples).tobytes())
    return path


def crash_header(path: Path) -> Path:
    """Zero both size fields, as pjmedia leaves them after kill -9."""
    with open(path, "r+b") as f:
        f.seek(4)
        f.write(bytes(4))
        f.seek(40)
        f.write(bytes(4))
    return path


def sox_duration(path: Path) -> float:
    out = subprocess.run(["sox", "--i", "-D", str(path)], check=True, capture_output=True)
    return float(out.stdout)


def sha256sum(path: Path) -> str:
    out = subprocess.run(["sha256sum", str(path)], check=True, capture_output=True, text=True)
    return out.stdout.split()[0]


def read_samples(path: Path) -> tuple[int, list[int]]:
    with wave.open(str(path), "rb") as w:
        return w.getnchannels(), list(array("h", w.readframes(w.getnframes())))
