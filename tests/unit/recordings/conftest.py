"""Fixtures for the recordings tests; the files themselves come from audio.py."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unit.recordings.audio import sox_tone


@pytest.fixture(autouse=True, scope="session")
def _need_sox() -> None:
    if shutil.which("sox") is None:
        pytest.fail("sox is not installed: run `make test`, which installs it")


@pytest.fixture
def tone(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, seconds: float, freq: int = 440) -> Path:
        return sox_tone(tmp_path / name, seconds, freq)

    return make
