"""A single background worker that transcribes recordings one at a time.

Transcription takes minutes and a CPU core, so the console must never run it on the GUI
thread, and running several at once would only make the live call's audio stutter. One
worker thread drains a FIFO; each job has a `Future` (the GUI attaches a done-callback
and re-emits it as a Qt signal) and its own cancel event.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from desk.roles import Actor
from recordings.transcripts.engines import TranscriptionEngine
from recordings.transcripts.service import transcribe_recording

__all__ = ["ProgressCallback", "TranscriptionQueue"]

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, int, int], None]
"""progress(recording_id, milliseconds done, milliseconds total), on the worker thread."""


@dataclass
class _Job:
    recording_id: str
    future: Future[int] = field(default_factory=Future)
    cancel: threading.Event = field(default_factory=threading.Event)


class TranscriptionQueue:
    """Transcribe submitted recordings in order on one worker thread.

    Callbacks (progress, the futures' done-callbacks) run on the worker thread: a GUI
    must hop back to its own thread (console/bridge.py) before touching widgets.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        actor: Actor,
        engine: TranscriptionEngine,
        progress: ProgressCallback | None = None,
    ) -> None:
        self._sessions = sessions
        self._actor = actor
        self._engine = engine
        self._progress = progress
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._pending: dict[str, _Job] = {}
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="transcription", daemon=True)
        self._thread.start()

    def submit(self, recording_id: str) -> Future[int]:
        """Queue a recording; the future's result is the new transcript id.

        A recording already queued or running is not queued twice: its future is returned.
        """
        with self._lock:
            if self._closed:
                raise RuntimeError("transcription queue is closed")
            job = self._pending.get(recording_id)
            if job is None:
                job = _Job(recording_id)
                self._pending[recording_id] = job
                self._jobs.put(job)
            return job.future

    def cancel(self, recording_id: str) -> bool:
        """Cancel a queued or running job; False if it is not (or no longer) pending."""
        with self._lock:
            job = self._pending.get(recording_id)
        if job is None:
            return False
        job.cancel.set()
        job.future.cancel()  # succeeds only while still queued
        return True

    def close(self, *, cancel_pending: bool = True, timeout: float | None = None) -> None:
        """Stop accepting work, optionally cancel what is left, and join the worker."""
        with self._lock:
            self._closed = True
            jobs = list(self._pending.values())
        if cancel_pending:
            for job in jobs:
                job.cancel.set()
                job.future.cancel()
        self._jobs.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                if job.cancel.is_set():
                    job.future.cancel()
                if not job.future.set_running_or_notify_cancel():
                    continue
                try:
                    result = transcribe_recording(
                        self._sessions,
                        self._actor,
                        job.recording_id,
                        self._engine,
                        progress=self._progress_of(job.recording_id),
                        cancel=job.cancel,
                    )
                except BaseException as exc:  # handed to whoever waits on the future
                    log.warning("transcription of %s failed: %r", job.recording_id, exc)
                    job.future.set_exception(exc)
                else:
                    job.future.set_result(result)
            finally:
                with self._lock:
                    self._pending.pop(job.recording_id, None)

    def _progress_of(self, recording_id: str) -> Callable[[int, int], None] | None:
        if self._progress is None:
            return None
        progress = self._progress

        def report(done: int, total: int) -> None:
            progress(recording_id, done, total)

        return report
