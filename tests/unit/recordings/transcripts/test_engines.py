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
