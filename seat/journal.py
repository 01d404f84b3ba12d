"""Keep call metadata while the database is unreachable, and write it when it is back.

A seat on a shared PostgreSQL must keep answering and recording when the server goes away
(a restart, a network cut). The audio is safe on disk already; what would be lost are the
engine events that become Call/Recording rows and audit entries. They go to an
append-only JSON-lines file in the data directory instead, fsynced per line, and are
replayed in order once the database answers again.

Replay is safe to repeat because `CallLog.apply` is idempotent ("fill what is missing,
never rewrite what is final"): the file is only cut after every replayed entry was
written, so a crash half-way through a replay replays some entries twice, harmlessly,
and loses none.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import exc as sa_exc

from db.session import DatabaseUnavailable
from telephony import protocol

log = logging.getLogger(__name__)

JOURNAL_NAME = "db-journal.jsonl"
REJECTED_SUFFIX = ".rejected"
RETRY_S = 3.0

StateCallback = Callable[[bool, int], None]
"""`on_state(healthy, count)`: (False, pending) on losing the database, (True, replayed)
when the journal has been written back."""


def is_transient(error: BaseException) -> bool:
    """True when `error` means "the database cannot be reached", not "this row is wrong".

    Only these are worth journaling and retrying: an integrity or programming error would
    fail the same way on every replay and block every later entry behind it.
    """
    if isinstance(error, DatabaseUnavailable | sa_exc.TimeoutError):
        return True
    if isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError):
        return True
    return isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class EventJournal:
    """An append-only, fsynced JSON-lines file of engine events; safe across threads.

    Each line is `protocol.encode_event(event)`, the format the engine already speaks, so
    a journal can be read with the same decoder and by a human.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._drop_torn_tail()
        self._pending = self._count_lines()

    def _drop_torn_tail(self) -> None:
        """Cut a half-written last line (power cut mid-append) so the next append is whole.

        That event was never acknowledged to anyone, and appending after it would glue the
        next line onto it and lose both.
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        if data and not data.endswith(b"\n"):
            keep = data.rfind(b"\n") + 1
            log.warning(
                "journal %s: dropping a torn last line (%d bytes)", self.path, len(data) - keep
            )
            with open(self.path, "r+b") as handle:
                handle.truncate(keep)
                os.fsync(handle.fileno())

    def _count_lines(self) -> int:
        try:
            with open(self.path, "rb") as handle:
                return sum(1 for line in handle if line.strip())
        except FileNotFoundError:
            return 0

    def pending(self) -> int:
        """How many events wait to be written to the database."""
        with self._lock:
            return self._pending

    def append(self, event: protocol.Event) -> None:
        """Add one event durably: when this returns, the line is on disk (fsync)."""
        line = (protocol.encode_event(event) + "\n").encode("utf-8")
        with self._lock:
            created = not self.path.exists()
            with open(self.path, "ab") as handle:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
            if created:
                _fsync_dir(self.path.parent)
            self._pending += 1

    def replay(self, apply: Callable[[protocol.Event], None]) -> int:
        """Apply the journaled events in order; returns how many were applied.

        Entries appended while the replay runs are kept for the next one. If `apply`
        raises, the journal is left untouched (the entries already applied will be applied
        again next time, which `CallLog.apply` makes harmless) and the error propagates.
        Undecodable lines are logged and skipped: retrying them cannot help.
        """
        with self._lock:
            try:
                snapshot = self.path.read_bytes()
            except FileNotFoundError:
                return 0
        applied = 0
        for raw in snapshot.splitlines():
            if not raw.strip():
                continue
            try:
                event = protocol.decode_event(raw.decode("utf-8"))
            except (UnicodeDecodeError, protocol.ProtocolError) as exc:
                log.error("journal %s: skipping unreadable entry: %s", self.path, exc)
                continue
            apply(event)
            applied += 1
        self._cut(len(snapshot))
        return applied

    def _cut(self, done: int) -> None:
        """Remove the first `done` bytes: what was replayed. Later appends survive."""
        with self._lock:
            rest = self.path.read_bytes()[done:]
            if not rest:
                with open(self.path, "r+b") as handle:
                    handle.truncate(0)
                    os.fsync(handle.fileno())
            else:
                # Rewrite then rename, so a crash leaves either the old or the new file.
                temporary = self.path.with_name(self.path.name + ".tmp")
                with open(temporary, "wb") as handle:
                    handle.write(rest)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temporary, self.path)
                _fsync_dir(self.path.parent)
            self._pending = sum(1 for line in rest.splitlines() if line.strip())

    def reject(self, event: protocol.Event, reason: str) -> None:
        """Keep an entry the database refused for good next to the journal, for a human."""
        rejected = self.path.with_name(self.path.name + REJECTED_SUFFIX)
        with self._lock, open(rejected, "ab") as handle:
            handle.write((protocol.encode_event(event) + "\n").encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        log.error(
            "journal: database refused %s for good (%s); kept in %s", event.name, reason, rejected
        )


class _CallLog(Protocol):
    def apply(self, event: protocol.Event) -> None: ...

    def handles(self, event: protocol.Event) -> bool: ...

    def audit(
        self, kind: str, actor: str, payload: dict[str, Any], call_id: str | None = None
    ) -> Any: ...


class ResilientCallLog:
    """`CallLog.apply` that journals while the database is unreachable and catches up later.

    Shared by `kuty serve` (seat/host.py) and the console's engine client. While anything
    is pending, new events are journaled behind it rather than written directly, so the
    database always receives events in the engine's order.
    """

    def __init__(
        self,
        calllog: _CallLog,
        journal: EventJournal,
        on_state: StateCallback,
        *,
        retry_s: float = RETRY_S,
    ) -> None:
        self.calllog = calllog
        self.journal = journal
        self.on_state = on_state
        self.retry_s = retry_s
        self._lock = threading.Lock()
        self._degraded = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def degraded(self) -> bool:
        return self._degraded

    def audit(
        self, kind: str, actor: str, payload: dict[str, Any], call_id: str | None = None
    ) -> Any:
        """Audit rows go straight to the call log: a dead database shows as an alert."""
        return self.calllog.audit(kind, actor, payload, call_id)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Replay what an earlier run left behind, then retry in the background."""
        self.replay_pending()
        self._thread = threading.Thread(target=self._retry_loop, name="db-journal", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop retrying; pending entries stay on disk for the next start."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    # --------------------------------------------------------------------- writes

    def apply(self, event: protocol.Event) -> None:
        """Write `event` now, or journal it if the database is unreachable.

        Raises:
            Exception: whatever `CallLog.apply` raised for reasons other than an
                unreachable database (a bug or a bad row), as before.
        """
        if not self.calllog.handles(event):
            return
        with self._lock:
            if self.journal.pending():
                self.journal.append(event)
                return
        try:
            self.calllog.apply(event)
        except Exception as exc:
            if not is_transient(exc):
                raise
            log.warning("database unreachable (%s); journaling %s", exc, event.name)
            with self._lock:
                self.journal.append(event)
            self._set_degraded()

    def replay_pending(self) -> int | None:
        """Try to write the journal now; the number replayed, or None if still unreachable."""
        if not self.journal.pending():
            return 0
        try:
            replayed = self.journal.replay(self._apply_replayed)
        except Exception as exc:
            if not is_transient(exc):
                raise
            log.info("database still unreachable: %s", exc)
            self._set_degraded()
            return None
        if not self.journal.pending():
            was_degraded, self._degraded = self._degraded, False
            log.info("database reachable again: %d journaled event(s) written", replayed)
            if was_degraded or replayed:
                self.on_state(True, replayed)
        return replayed

    def _apply_replayed(self, event: protocol.Event) -> None:
        try:
            self.calllog.apply(event)
        except Exception as exc:
            if is_transient(exc):
                raise
            self.journal.reject(event, str(exc))

    def _set_degraded(self) -> None:
        if not self._degraded:
            self._degraded = True
            self.on_state(False, self.journal.pending())

    def _retry_loop(self) -> None:
        while not self._stop.wait(self.retry_s):
            if self.journal.pending():
                try:
                    self.replay_pending()
                except Exception:  # a bug must not kill the retry thread for good
                    log.exception("journal replay failed")
