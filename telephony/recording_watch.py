"""The recordings' disk work, on its own thread: the SIP loop never waits for a disk.

Issue 15: the loop used to patch every track's WAV header (a write and an fsync each)
and read the free space once a second itself, so a slow disk or a dead share delayed
every SIP message and RTP packet of every call. This thread does it instead, once a
second while something is recorded and not at all otherwise (no idle wake-ups), and also
runs one-off jobs such as making a new recording's sidecar durable (fsync of the file and
its directories) right after its 200 OK went out.

Results go back as callables that the loop runs in `drain()`: pjsua2 objects and the
engine's state are touched only on the loop thread (PJSUA2-NOTES "Threads"). `wake`
makes the loop's blocking poll return so they are handled at once (telephony/wake.py).
No pjsua2 here.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

from recordings.patcher import HeaderPatcher

log = logging.getLogger(__name__)

__all__ = ["DiskWatch"]

Post = Callable[[], None]
Job = Callable[[], "Post | None"]
PatchErrors = list[tuple[Path, Exception]]


class DiskWatch:
    """One worker thread: periodic header patching plus queued jobs, results for the loop."""

    def __init__(
        self,
        patcher: HeaderPatcher,
        wake: Callable[[], None],
        on_pass: Callable[[PatchErrors], Post | None],
        *,
        every_s: float = 1.0,
        idle_every_s: float = 5.0,
    ) -> None:
        """`on_pass` runs on the worker after each patch pass with the files that started
        failing (it may read more, e.g. free space) and returns a callable for the loop,
        or None. Passes come every `every_s` while a track is watched, every
        `idle_every_s` otherwise (the free-space warning must work on an idle seat)."""
        self._patcher = patcher
        self._wake = wake
        self._on_pass = on_pass
        self._every_s = every_s
        self._idle_every_s = idle_every_s
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._results: queue.SimpleQueue[Post] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ loop side
    def submit(self, job: Job) -> None:
        """Run `job` on the worker; a callable it returns is run by the loop's drain()."""
        self._start()
        self._jobs.put(job)

    def kick(self) -> None:
        """A track was added: start the once-a-second pass now if it was idle."""
        self.submit(lambda: None)

    @property
    def has_results(self) -> bool:
        return not self._results.empty()

    def drain(self) -> None:
        """Loop thread: run what the worker sent back, in order."""
        while not self._results.empty():  # checked first: called on every loop step
            try:
                post = self._results.get_nowait()
            except queue.Empty:
                return
            try:
                post()
            except Exception:  # one bad result must not stop the seat
                log.exception("recording watch result")

    def stop(self) -> None:
        """Finish queued jobs, then end the thread (engine shutdown)."""
        thread = self._thread
        if thread is None:
            return
        self._jobs.put(None)
        thread.join(10.0)
        self._thread = None

    # ------------------------------------------------------------------ worker side
    def start(self) -> None:
        """Start the thread (idempotent)."""
        self._start()

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="recording-watch", daemon=True
                )
                self._thread.start()

    def _post(self, post: Post | None) -> None:
        if post is not None:
            self._results.put(post)
            self._wake()

    def _run(self) -> None:
        next_pass = time.monotonic()  # the first pass at once (free space at start-up)
        while True:
            try:
                job = self._jobs.get(timeout=max(0.0, next_pass - time.monotonic()))
            except queue.Empty:
                pass
            else:
                if job is None:
                    return
                try:
                    self._post(job())
                except Exception:
                    log.exception("recording watch job")
                if self._patcher.paths:  # a new track: patch within a second, not five
                    next_pass = min(next_pass, time.monotonic() + self._every_s)
            now = time.monotonic()
            if now >= next_pass:
                busy = bool(self._patcher.paths)
                next_pass = now + (self._every_s if busy else self._idle_every_s)
                self._pass()

    def _pass(self) -> None:
        try:
            self._post(self._on_pass(self._patcher.tick()))
        except Exception:
            log.exception("header patching")
