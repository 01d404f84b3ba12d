"""Fixtures for the transcript tests: the recordings `world` and a scripted fake engine.

The fake engine is only for service logic (merging, versioning, permissions, masking):
it is not a user-facing component. The real engine is tested end to end on real speech
in tests/integration/test_transcripts.py.
"""

from __future__ import annotations

import threading
import wave
from array import array
from pathlib import Path

import pytest

from recordings.transcripts.engines import Progress, TranscriptionCancelled
from recordings.transcripts.segments import Segment
from tests.unit.recordings.test_export import T0, World, world  # noqa: F401

__all__ = ["T0", "FakeEngine", "World"]


class FakeEngine:
    """Returns scripted segments per file name and records what audio it was given."""

    name = "fake"
    language = "uk"

    def __init__(self, script: dict[str, list[Segment]] | None = None) -> None:
        self.script = script or {}
        self.seen: dict[str, list[int]] = {}  # file stem -> samples it was given
        self.paths: list[Path] = []
        self.started = threading.Event()
        self.block: threading.Event | None = None

    def transcribe(
        self,
        wav_path: Path,
        *,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> list[Segment]:
        self.started.set()
        if self.block is not None:
            while not self.block.wait(0.01):
                if cancel is not None and cancel.is_set():
                    raise TranscriptionCancelled("cancelled")
        self.paths.append(wav_path)
        with wave.open(str(wav_path), "rb") as w:
            self.seen[wav_path.stem] = list(array("h", w.readframes(w.getnframes())))
            total = w.getnframes() / w.getframerate()
        if progress is not None:
            progress(total / 2, total)
            progress(total, total)
        if cancel is not None and cancel.is_set():
            raise TranscriptionCancelled("cancelled")
        return list(self.script.get(wav_path.stem, []))


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(
        {
            "caller": [
                Segment(0.2, 1.0, "добрий день", 0.9),
                Segment(2.0, 2.8, "моя ключова фраза тут", 0.8),
            ],
            "operator": [Segment(0.0, 0.5, "служба підтримки", 0.95), Segment(1.2, 1.8, "слухаю")],
        }
    )
