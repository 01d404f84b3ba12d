"""A single background worker for database work, with results handed back to the GUI thread.

Database writes (call rows, audit events) must never stall the GUI during a call, and they
must happen in the order the engine reported them: an `apply(CallEnded)` queued before a
history query must be visible to that query. One worker thread gives both properties (the
Anki `aqt` pattern: serialise database work on a single worker, hand results back on the
main thread).

Callers chain what happens next instead of passing exceptions around as values::

    worker.submit(lambda: list_incidents(sessions, actor), label="list incidents")
        .success(self._show)
        .failure(self._show_error)   # optional: without it the console raises an alert

A job with no failure callback is not silently lost: its error becomes an alert in the
operator's words (`error_text`), so no panel needs its own "try/except/return exc".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QMetaMethod, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.session import DatabaseUnavailable
from desk.errors import UserFacingError, one_line

log = logging.getLogger(__name__)

T = TypeVar("T")

ALERT_KEY = "database_task_failed"
"""Alert-banner key of a background job that failed with no failure callback of its own."""

CALL_LOG_ALERT_KEY = "database_failed"
"""Alert-banner key of a failed call-log write: calls may go unlogged, the desk must know."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("DbWorker", text)


def _known_texts() -> dict[str, str]:
    """Translated texts of `UserFacingError.code`s the console has wording for.

    A function, not a constant: `tr` must run after the translator is installed.
    """
    return {
        "permission_denied": _tr("You do not have permission for this. Ask your supervisor."),
    }


def error_text(error: BaseException) -> str:
    """What a person reads about `error`: one line in their language, never a traceback.

    A `UserFacingError` is the service's message (translated when its `code` has a known
    text); anything else is a bug whose English text (paths, SQL, stack details) means
    nothing to an operator, so they get a generic line and the log gets the details.
    `DatabaseUnavailable` is expected but cannot derive from `UserFacingError` (db/ sits
    below desk/), so it gets its own text here.
    """
    if isinstance(error, DatabaseUnavailable):
        return _tr("The database cannot be reached. Tell your supervisor.")
    if isinstance(error, UserFacingError):
        known = _known_texts().get(error.code) if error.code else None
        if known is not None:
            for name, value in error.params.items():
                known = known.replace("{" + name + "}", str(value))
            return one_line(known)
        return one_line(error.message)
    return _tr("An unexpected error occurred; the details are in the log.")


class Job(Generic[T]):
    """A queued job's handle: say what happens on success and on failure, in any order.

    Callbacks run on the GUI thread. Setting one after the outcome arrived runs it at
    once, so `submit(...).success(cb)` never races the worker. `wait()` blocks until the
    job ran (tests; the GUI never waits).
    """

    def __init__(self, worker: DbWorker, label: str, future: Future[T]) -> None:
        self.label = label
        self.future = future
        self._worker = worker
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._delivered = False

    def success(self, callback: Callable[[T], object]) -> Job[T]:
        """Run `callback(result)` on the GUI thread when the job returns."""
        self._on_success = callback
        if self._delivered and self.future.exception() is None:
            callback(self.future.result())
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Job[T]:
        """Run `callback(error)` on the GUI thread instead of the default alert."""
        self._on_failure = callback
        if self._delivered and (error := self.future.exception()) is not None:
            callback(error)
        return self

    def wait(self, timeout: float | None = None) -> T:
        """Block until the job ran; return its result or raise its exception (tests)."""
        return self.future.result(timeout)

    def _deliver(self) -> None:
        self._delivered = True
        error = self.future.exception()
        if error is None:
            if self._on_success is not None:
                self._on_success(self.future.result())
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            self._worker.report(error)


class DbWorker(QObject):
    """Runs callables in order on one thread; callbacks run on the GUI thread.

    Signals:
        alert(str, str): a job failed and nobody took its failure: an alert-banner key and
            the one-line text for the operator (`error_text`). With no receiver (a
            dialog's private worker) the text is shown in a message box instead.
        _finished(object): internal; a finished `Job` crossing back to the GUI thread
            through a queued connection.
    """

    alert = Signal(str, str)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="kuty-db"
        )
        self._finished.connect(self._deliver)

    def submit(self, job: Callable[[], T], *, label: str = "") -> Job[T]:
        """Queue `job`; chain `.success(cb)` / `.failure(cb)` on the returned handle.

        Every failure is logged here (with its traceback unless it is a
        `UserFacingError`), so a broken database never kills the event loop and a bug is
        never only on screen.
        """
        name = label or getattr(job, "__name__", "job")
        if self._executor is None:
            log.warning("database worker closed; dropping job %s", name)
            dropped: Future[T] = Future()
            dropped.cancel()
            return Job(self, name, dropped)
        future: Future[T] = Future()
        handle = Job(self, name, future)

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = job()
            except UserFacingError as exc:
                log.warning("database job %s refused: %s", name, exc)
                future.set_exception(exc)
            except Exception as exc:  # handed to the GUI thread; logged here with its traceback
                log.error("database job %s failed", name, exc_info=exc)
                future.set_exception(exc)
            else:
                future.set_result(result)
            self._finished.emit(handle)

        self._executor.submit(run)
        return handle

    def report(self, error: BaseException, *, key: str = ALERT_KEY, text: str = "") -> None:
        """Raise the alert for a failed job (the default failure callback)."""
        shown = text or error_text(error)
        if self.isSignalConnected(QMetaMethod.fromSignal(self.alert)):
            self.alert.emit(key, shown)
            return
        parent = self.parent()
        window = parent if isinstance(parent, QWidget) else QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Kuty console"), shown, parent=window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): a modal loop would block the call buttons

    def call_log_failed(self, error: BaseException) -> None:
        """Failure callback of call-log writes: calls may go unlogged, say so plainly."""
        if isinstance(error, UserFacingError):
            text = _tr("The call log could not be saved (%1). Tell your supervisor.")
            text = text.replace("%1", error_text(error))
        else:
            text = _tr(
                "The call log could not be saved. Tell your supervisor; the details are in the log."
            )
        self.report(error, key=CALL_LOG_ALERT_KEY, text=text)

    def shutdown(self) -> None:
        """Finish queued jobs (so no call row is lost on exit) and stop the thread."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    @Slot(object)
    def _deliver(self, handle: Job[Any]) -> None:
        handle._deliver()
