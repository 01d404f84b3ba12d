"""Keeping recordings that are being written valid and watched (KUTY-1.1).

Two jobs, once a second, for every track the engine records:

- patch the WAV header from the file size, so a crash loses at most ~1 s (pjmedia writes
  the sizes only when the recorder is closed, PJSUA2-NOTES "Recording");
- notice a track that stopped growing. pjmedia flushes about every 0.13 s of audio and
  ignores its own write errors, so a full disk or a dead share looks like a file that no
  longer grows while the 8-byte header rewrites still succeed (issue 10 fault 2). A track
  that did not grow over one tick is reported at once, and again when it grows.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from recordings.wavfile import HEADER_SIZE, WavError, patch_header

__all__ = ["HeaderPatcher", "Stall"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stall:
    """A track that stopped growing at `since` (clock time); `until` is set when it grew."""

    path: Path
    since: float
    until: float | None = None


class HeaderPatcher:
    """Patches headers and watches growth of the files being recorded.

    The engine loop calls :meth:`tick` about once a second; each registered file costs
    a stat, a 44-byte read and, if it grew, two 4-byte writes and an fsync. Thread-safe,
    so tracks can be added from pjsua2 callbacks while the loop ticks.
    """

    STARTUP_GRACE_S = 3.0
    """pjmedia writes its header with the first ~4 KB buffer (~0.1 s of audio); a file
    still shorter than a header after this long means the recorder is not writing."""

    STALL_S = 0.9
    """No growth for this long is a stall: pjmedia writes ~8 times a second, so one
    missed tick (1 s) is never normal."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._paths: dict[Path, float] = {}
        self._failing: set[Path] = set()
        self._growth: dict[Path, tuple[int, float]] = {}  # size, when it last grew
        self._stalled: dict[Path, float] = {}  # path -> last growth
        self._stalls: list[Stall] = []
        self._lock = threading.Lock()
        self._clock = clock

    def add(self, path: Path | str) -> None:
        with self._lock:
            self._paths[Path(path)] = self._clock()

    def remove(self, path: Path | str) -> Stall | None:
        """Stop watching; returns the stall still open on that track, if any."""
        path = Path(path)
        with self._lock:
            self._paths.pop(path, None)
            self._failing.discard(path)
            self._growth.pop(path, None)
            since = self._stalled.pop(path, None)
        return None if since is None else Stall(path, since, self._clock())

    @property
    def paths(self) -> frozenset[Path]:
        with self._lock:
            return frozenset(self._paths)

    def stalled(self) -> dict[Path, float]:
        """Tracks not growing right now, with the clock time they last grew."""
        with self._lock:
            return dict(self._stalled)

    def take_stalls(self) -> list[Stall]:
        """Stalls that began (``until`` None) or ended since the last call, oldest first."""
        with self._lock:
            stalls, self._stalls = self._stalls, []
        return stalls

    def tick(self) -> list[tuple[Path, Exception]]:
        """Patch every registered file; return files that *started* failing this tick.

        Only new failures are returned (and logged), so the engine raises one alert per
        problem instead of one a second; a file that recovers may alert again later.
        Growth is checked on the same pass: see :meth:`take_stalls`.
        """
        errors: list[tuple[Path, Exception]] = []
        now = self._clock()
        with self._lock:
            tracked = sorted(self._paths.items())
        for path, added in tracked:
            try:
                size = path.stat().st_size if path.exists() else -1
                if size < HEADER_SIZE:
                    if now - added < self.STARTUP_GRACE_S:
                        continue  # pjmedia has not flushed its first buffer yet
                    if size < 0:
                        raise FileNotFoundError(f"{path} was not created by the recorder")
                patch_header(path)
            except (OSError, WavError) as exc:
                with self._lock:
                    first = path not in self._failing
                    self._failing.add(path)
                if first:
                    errors.append((path, exc))
                    log.warning("cannot patch WAV header of %s: %s", path, exc)
            else:
                with self._lock:
                    self._failing.discard(path)
            self._watch(path, size, now)
        return errors

    def _watch(self, path: Path, size: int, now: float) -> None:
        with self._lock:
            if path not in self._paths:
                return  # removed while this tick ran
            last = self._growth.get(path)
            if last is None or size > last[0]:
                self._growth[path] = (size, now)
                since = self._stalled.pop(path, None)
                if since is not None:
                    self._stalls.append(Stall(path, since, now))
                    log.warning("%s grows again after %.1f s", path, now - since)
                return
            if path not in self._stalled and now - last[1] >= self.STALL_S:
                self._stalled[path] = last[1]
                self._stalls.append(Stall(path, last[1]))
                log.error("%s has not grown for %.1f s", path, now - last[1])
