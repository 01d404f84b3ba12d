"""A single background worker for database work, with results handed back to the GUI thread.

Database writes (call rows, audit events) must never stall the GUI during a call, and they
must happen in the order the engine reported them: an `apply(CallEnded)` queued before a
history query must be visible to that query. One worker thread gives both properties (the
Anki `aqt` pattern: serialise database work on a single worker, hand results back on the
main thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class DbWorker(QObject):
    """Runs callables in order on one thread; callbacks run on the GUI thread.

    Signals:
        failed(str, object): a job raised; carries the job label and the exception. The
            job is logged either way, so a broken database never kills the event loop.
        _finished(object, object): internal; a (callback, result) pair crossing back
            to the GUI thread through a queued connection.
    """

    failed = Signal(str, object)
    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="kuty-db"
        )
        self._finished.connect(self._deliver)

    def submit(
        self,
        label: str,
        job: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
    ) -> Future[Any] | None:
        """Queue `job`; `on_done(result)` runs later on the GUI thread if the job succeeds."""
        if self._executor is None:
            log.warning("database worker closed; dropping job %s", label)
            return None

        def run() -> Any:
            try:
                result = job()
            except Exception as exc:
                log.exception("database job %s failed", label)
                self.failed.emit(label, exc)
                raise
            if on_done is not None:
                self._finished.emit(on_done, result)
            return result

        return self._executor.submit(run)

    def shutdown(self) -> None:
        """Finish queued jobs (so no call row is lost on exit) and stop the thread."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], result: Any) -> None:
        callback(result)
