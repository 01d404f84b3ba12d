"""The background queue: results through futures, progress, cancel of queued and running jobs."""

from __future__ import annotations

import threading
from concurrent.futures import CancelledError

import pytest

from recordings.transcripts.engines import TranscriptionCancelled
from recordings.transcripts.runner import TranscriptionQueue
from recordings.transcripts.service import latest
from tests.unit.recordings.transcripts.conftest import FakeEngine, World


def test_jobs_run_in_order_on_the_worker(world: World, engine: FakeEngine) -> None:
    _, rec1 = world.call(2.0)
    _, rec2 = world.call(2.0)
    sup = world.actors["supervisor"]
    seen: list[tuple[str, int, int, str]] = []
    q = TranscriptionQueue(
        world.sessions,
        sup,
        engine,
        progress=lambda r, d, t: seen.append((r, d, t, threading.current_thread().name)),
    )
    try:
        f1, f2 = q.submit(rec1), q.submit(rec2)
        assert q.submit(rec1) is f1 or f1.done()
        t1, t2 = f1.result(timeout=30), f2.result(timeout=30)
    finally:
        q.close()
    assert t2 > t1
    assert latest(world.sessions, sup, t1).recording_id == rec1
    assert {name for *_, name in seen} == {"transcription"}
    assert (rec2, 4000, 4000) in [s[:3] for s in seen]


def test_cancel_queued_and_running(world: World, engine: FakeEngine) -> None:
    _, rec1 = world.call(2.0)
    _, rec2 = world.call(2.0)
    engine.block = threading.Event()
    q = TranscriptionQueue(world.sessions, world.actors["supervisor"], engine)
    try:
        running = q.submit(rec1)
        assert engine.started.wait(10)
        queued = q.submit(rec2)
        assert q.cancel(rec2) and queued.cancelled()
        assert q.cancel(rec1)
        with pytest.raises(TranscriptionCancelled):
            running.result(timeout=30)
        with pytest.raises(CancelledError):
            queued.result(timeout=1)
    finally:
        q.close()
    assert not q.cancel(rec1)
    with pytest.raises(RuntimeError):
        q.submit(rec1)
