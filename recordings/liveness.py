"""Whether a recording's engine is alive, asked of the kernel, never of a pid (KUTY-1.1).

The engine takes an exclusive ``flock`` on ``<recording dir>/.engine.lock`` before it
writes the first sidecar and holds it until the recording is finalised. The kernel drops
the lock the moment the engine's files are closed: on a normal exit, on ``kill -9``, and
before a killed process lingers as a zombie (which ``os.kill(pid, 0)`` still calls alive,
issue 10 fault 1), and no recycled pid can ever hold it. So whoever takes the lock without
waiting knows nobody is writing that recording and may repair it; while repairing it
holds the lock itself, so two reconcilers (a console and ``kuty recordings reconcile``, or
two seats on a shared root) never repair the same directory at once.

A lock file rather than the directory itself: ``flock`` on NFS is emulated with byte-range
locks, which need a file open for writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from types import TracebackType

__all__ = ["LOCK_NAME", "RecordingLock", "recording_in_use"]

LOCK_NAME = ".engine.lock"


def _try_lock(fd: int) -> bool:
    """Take an exclusive lock on `fd` without waiting; False when someone else holds it."""
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


class RecordingLock:
    """An exclusive, kernel-held lock on one recording directory; release by closing."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(cls, directory: Path) -> RecordingLock | None:
        """The lock, or None when another open file (any process) holds it.

        Raises:
            OSError: the lock file cannot be created (missing folder, read-only share).
        """
        path = Path(directory) / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            if _try_lock(fd):
                return cls(fd, path)
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        return None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Closing the descriptor drops the lock; idempotent."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def __enter__(self) -> RecordingLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        self.release()


def recording_in_use(directory: Path) -> bool:
    """True while some process holds the recording's lock (its engine is writing it)."""
    try:
        lock = RecordingLock.acquire(directory)
    except OSError:
        return False  # no lock file can exist here, so nobody can hold one
    if lock is None:
        return True
    lock.release()
    return False
