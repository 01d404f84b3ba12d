"""Engines: faster-whisper refuses to run without a local model (and never downloads);
pocketsphinx refuses audio that is not what the recorder writes."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from recordings.transcripts.engines import (
    FasterWhisperEngine,
    ModelMissing,
    PocketSphinxEngine,
    UnsupportedAudio,
    engine_from_config,
    whisper_model_problem,
)
from tests.unit.recordings.audio import sox_tone


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Offline hub and any socket connection attempt recorded and refused."""
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    yield attempts


@pytest.mark.parametrize("layout", ["absent", "empty", "no_tokenizer", "unset"])
def test_whisper_without_a_model_explains_how_to_install_one(
    tmp_path: Path, no_network: list[Any], layout: str
) -> None:
    model_dir: Path | None = tmp_path / "models" / "whisper-small"
    assert model_dir is not None
    if layout != "absent":
        model_dir.mkdir(parents=True)
    if layout == "no_tokenizer":
        for name in ("model.bin", "config.json", "vocabulary.json"):
            (model_dir / name).write_bytes(b"{}")
    if layout == "unset":
        model_dir = None
    wav = sox_tone(tmp_path / "caller.wav", 1.0)
    engine = engine_from_config("faster-whisper", model_dir, "uk")
    assert isinstance(engine, FasterWhisperEngine) and engine.language == "uk"
    with pytest.raises(ModelMissing) as info:
        engine.transcribe(wav)
    text = str(info.value)
    assert "ct2-transformers-converter" in text and "transcription_model_dir" in text
    assert "models/whisper-small" in text and "never downloaded" in text
    assert info.value.message_id == "transcription.model_missing"
    assert "Модель faster-whisper не знайдено" in info.value.message_uk
    if layout == "no_tokenizer":
        assert "tokenizer.json" in text
    assert no_network == []  # refused before any connection was even tried
    assert os.environ["HF_HUB_OFFLINE"] == "1"


def test_complete_model_folder_passes_the_check(tmp_path: Path) -> None:
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt"):
        (tmp_path / name).write_bytes(b"")
    assert whisper_model_problem(tmp_path) is None


def test_engine_from_config_rejects_unknowns() -> None:
    assert isinstance(engine_from_config("pocketsphinx", None, "en"), PocketSphinxEngine)
    with pytest.raises(ValueError, match="English"):
        engine_from_config("pocketsphinx", None, "uk")
    with pytest.raises(ValueError, match="unknown"):
        engine_from_config("vosk")


def test_pocketsphinx_refuses_other_formats(tmp_path: Path) -> None:
    wav = sox_tone(tmp_path / "x.wav", 0.5, rate=8000)
    with pytest.raises(UnsupportedAudio, match="8000 Hz"):
        PocketSphinxEngine().transcribe(wav)


def test_pocketsphinx_hears_nothing_in_silence(tmp_path: Path) -> None:
    import subprocess

    wav = tmp_path / "silence.wav"
    subprocess.run(
        ["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(wav), "trim", "0", "2"], check=True
    )
    assert PocketSphinxEngine().transcribe(wav) == []


# --------------------------------------------------- fault 7: frame-aligned track lengths

FRAME = 480  # samples in the endpointer's 30 ms frame at 16 kHz


def spoken_track(path: Path, samples: int, text: str = "please change my address") -> Path:
    """Real espeak-ng speech at 16 kHz mono, cut or zero-padded to exactly `samples`."""
    import subprocess
    import wave

    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "140", "-w", str(raw), text], check=True)
    subprocess.run(
        ["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer",
         str(path), "pad", "0.4", "1.0"],
        check=True,
    )  # fmt: skip
    raw.unlink()
    with wave.open(str(path), "rb") as w:
        pcm = w.readframes(w.getnframes())
    pcm = (pcm + bytes(2 * samples))[: 2 * samples]
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(pcm)
    with wave.open(str(path), "rb") as w:
        assert w.getnframes() == samples
    return path


@pytest.mark.parametrize(
    "samples",
    [100 * FRAME, 101 * FRAME, 120 * FRAME, 100 * FRAME + 1, 100 * FRAME + 479, 100 * FRAME - 1],
)
def test_pocketsphinx_transcribes_tracks_of_any_length(tmp_path: Path, samples: int) -> None:
    """Fault 7: a track of k*480 samples made the last read empty, and the endpointer
    raised "Out of bounds on buffer access (axis 0)" on `end_stream(b"")`."""
    wav = spoken_track(tmp_path / "caller.wav", samples)
    done: list[tuple[float, float]] = []
    segments = PocketSphinxEngine().transcribe(wav, progress=lambda d, t: done.append((d, t)))
    assert segments, "real speech must give at least one segment"
    assert all(0.0 <= s.start_s <= s.end_s <= samples / 16000 + 0.05 for s in segments)
    assert done[-1] == (samples / 16000, samples / 16000)


@pytest.mark.parametrize("samples", [0, FRAME, 2 * FRAME, 50 * FRAME, 50 * FRAME + 7])
def test_pocketsphinx_silence_of_any_length_is_empty(tmp_path: Path, samples: int) -> None:
    import numpy as np

    from tests.unit.recordings.audio import write_samples

    wav = write_samples(tmp_path / "silence.wav", list(np.zeros(samples, dtype=np.int16)))
    assert PocketSphinxEngine().transcribe(wav) == []
