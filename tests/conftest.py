"""Fixtures shared by every test directory: private data dirs, ports and test speech."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.support.postgres import PostgresServer

SPEECH_TEXT = "Добрий день, я телефоную щодо черги в дитячий садок"
OPERATOR_TEXT = "Служба підтримки Кути, оператор слухає. Назвіть, будь ласка, номер заявки"


@dataclass(frozen=True)
class Speech:
    """One utterance in the formats the peers need."""

    text: str
    wav: Path  # 16 kHz mono 16-bit PCM
    ulaw: Path  # 8 kHz mono mu-law (sipp rtp_stream)
    duration_s: float


def _speech(directory: Path, text: str, name: str) -> Speech:
    from tests.support.audio import duration, make_speech, require_tools, to_ulaw

    require_tools("espeak-ng", "sox")
    wav = make_speech(text, directory / f"{name}.wav", rate=16000)
    ulaw = to_ulaw(wav, directory / f"{name}_ulaw.wav")
    return Speech(text=text, wav=wav, ulaw=ulaw, duration_s=duration(wav))


@pytest.fixture
def tmp_data_dir(tmp_path: Path) -> Path:
    """An empty data directory for one `kuty serve` (database and recordings)."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def free_port() -> int:
    """A port free for both UDP and TCP on 127.0.0.1."""
    from tests.support.ports import free_port as _free_port

    return _free_port()


@pytest.fixture(scope="session")
def speech_wav(tmp_path_factory: pytest.TempPathFactory) -> Speech:
    """The caller's sentence (espeak-ng, Ukrainian), 16 kHz PCM and a mu-law copy."""
    return _speech(tmp_path_factory.mktemp("speech"), SPEECH_TEXT, "caller")


@pytest.fixture(scope="session")
def operator_speech(tmp_path_factory: pytest.TempPathFactory) -> Speech:
    """A different sentence for the operator's microphone (must not match the caller's)."""
    return _speech(tmp_path_factory.mktemp("operator-speech"), OPERATOR_TEXT, "operator")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the whole session (tests create their own databases).

    A missing server fails the tests that need it, with install instructions: the
    multi-seat backend must be tested for real, so it is never silently skipped.
    """
    from tests.support.postgres import PostgresUnavailable, start_server

    try:
        server = start_server()
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.destroy()
