"""Recording calls (KUTY-1.1): an object the Engine owns, run on the engine thread.

On the first ACTIVE audio media of a call two C-side recorders start on the same bridge
tick: the call's audio -> caller track, the headset port -> operator track. Before any
audio the directory's kernel lock is taken (recordings/liveness.py: how reconcile knows
this engine is alive) and the sidecar ``call.json`` is written, so a crash never orphans
audio. Once a second the headers are patched and growth is checked: a track that stopped
growing (a full disk, a dead share) is reported within about a second, and the free space
of the recordings folder is watched against twice the reserve, so the warning comes well
before the reserve (below which a record-all seat refuses calls) and the full disk. When
the call ends the recorders are dropped and a worker thread finalises (fsync, rename,
stereo mix, SHA-256), then releases the lock.

No disk waits on the SIP loop (issue 15). The engine starts the recorders right after
the 200 OK has left (the caller's first RTP cannot arrive before that, so no audio is
lost), and the sidecar is written then without fsync: a kill -9 at any moment after it
loses nothing, since the kernel already holds the file. A worker (recording_watch.py)
fsyncs it and its directories at once, and does the header patching, growth checks and
free-space reads once a second; what it finds comes back to the loop thread.

The bridge writes a recorder only on ticks where some source gave it audio: a caller
whose phone sends no RTP while silent (VAD/DTX) or a call on hold would otherwise leave
the caller track shorter than the call, out of step with the operator track, and looking
exactly like a full disk. So a looped silent player transmits to every recorder too (C
only, no Python per frame): each track then grows with the bridge clock, always.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import shutil
import tempfile
import time
import uuid
import wave
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pjsua2 as pj

from recordings import store
from recordings.liveness import RecordingLock
from recordings.patcher import HeaderPatcher, Stall
from telephony import protocol as p
from telephony.call_model import CallRecord, EngineConfig, error_text
from telephony.headset import CLOCK_RATE
from telephony.record_guard import recording_problem
from telephony.recording_files import finalize
from telephony.recording_watch import DiskWatch, PatchErrors, Post

log = logging.getLogger(__name__)

__all__ = ["Recorder"]

Emit = Callable[[p.Event], None]
PATCH_EVERY_S = 1.0
SPACE_EVERY_S = 5.0
PROBE_FRESH_S = SPACE_EVERY_S + 1.5
"""A record-all seat's answer trusts the worker's probe of the folder this long."""
TRACKS = ("caller", "operator")


def _has_device(operator_source: Any) -> bool:
    """A headset without a device only sends silence, and in Python on the bridge's clock
    thread (issue 15): its operator track then gets the looped silence alone, in C, which
    grows it exactly the same way."""
    return bool(getattr(operator_source, "has_device", True))


@dataclass
class _Track:
    rec: CallRecord
    name: str


class Recorder:
    """Starts, watches and finishes the recordings of every call of one engine."""

    def __init__(
        self,
        config: EngineConfig,
        emit: Emit,
        clock: Callable[[], float] = time.monotonic,
        *,
        wake: Callable[[], None] = lambda: None,
    ) -> None:
        """`wake`: makes the engine loop's blocking poll return (a worker has results)."""
        self._config = config
        self._emit = emit
        self._clock = clock
        self._wake = wake
        self._patcher = HeaderPatcher(clock)
        self._watch = DiskWatch(
            self._patcher, wake, self._on_pass, every_s=PATCH_EVERY_S, idle_every_s=SPACE_EVERY_S
        )
        self._finisher = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="finalize")
        self._pending: list[concurrent.futures.Future[p.Event]] = []
        self._tracks: dict[Path, _Track] = {}
        self._last_space = float("-inf")  # worker thread only
        self._low_space = False
        self._keeper: Any = None  # pj.AudioMediaPlayer of looped silence, made on first use
        self.on_unrecordable: Callable[[CallRecord], None] | None = None
        """Called (loop thread) when a started recording turns out not to be durable."""
        self._probe: tuple[float, str | None] | None = None  # written by the worker
        self._watch.start()

    @property
    def busy(self) -> bool:
        """Recordings still being finalised (the engine must not exit under them)."""
        return bool(self._pending)

    def probed_problem(self) -> tuple[bool, str | None]:
        """(fresh, problem): the worker's last check that a call could be recorded now
        (record_guard.recording_problem, every few seconds on a record-all seat), so the
        answer does not create a probe file between INVITE and 200 (issue 15)."""
        probe = self._probe
        if probe is None or self._clock() - probe[0] > PROBE_FRESH_S:
            return False, None
        return True, probe[1]

    @property
    def has_results(self) -> bool:
        """The workers have something for the loop (it must not block in its poll)."""
        return self._watch.has_results or any(f.done() for f in self._pending)

    # ------------------------------------------------------------------ a call's life
    def start(self, rec: CallRecord, audio: Any, operator_source: Any) -> bool:
        """Lock, sidecar, two recorders on one tick; False (and an alert) if it failed."""
        started = datetime.now(UTC)
        rec.recording_id = str(uuid.uuid4())
        directory = store.recording_dir(self._config.recordings_root, rec.call_id, started)
        caller = store.partial_path(directory, "caller")
        operator = store.partial_path(directory, "operator")
        rec.sidecar = {
            "call_id": rec.call_id,
            "recording_id": rec.recording_id,
            "seat": self._config.seat,
            "engine_pid": os.getpid(),  # for people reading the file; liveness is the lock
            "direction": rec.direction.value,
            "remote_uri": rec.remote_uri,
            "caller_number": rec.number,
            "display_name": rec.display,
            "ring_at": rec.ring_at,
            "answer_at": rec.answer_at or started.isoformat(),
            "started_at": started.isoformat(),
            "sample_rate": CLOCK_RATE,
            "status": p.RecordingStatus.RECORDING.value,
            "end_at": None,
            "end_reason": None,
            "duration_s": None,
            "directory": str(directory),
            "tracks": {"caller": {"path": str(caller)}, "operator": {"path": str(operator)}},
        }
        try:
            try:  # the day's directory exists from its first call on
                directory.mkdir(exist_ok=True)
                new_parents = False
            except FileNotFoundError:
                directory.mkdir(parents=True, exist_ok=True)
                new_parents = True
            lock = RecordingLock.acquire(directory)
            if lock is None:
                raise OSError(f"{directory} is locked by another engine")
            rec.lock = lock
            # No fsync here (issue 15): kill -9 cannot lose what the kernel holds; the
            # worker makes it durable against a power cut right away (_make_durable).
            store.write_sidecar(directory, rec.sidecar, durable=False)
            rec_caller = pj.AudioMediaRecorder()
            rec_caller.createRecorder(str(caller))
            rec_operator = pj.AudioMediaRecorder()
            rec_operator.createRecorder(str(operator))
            # Both on the same bridge tick: the tracks stay sample-aligned.
            keeper = self._silence()
            audio.startTransmit(rec_caller)
            if _has_device(operator_source):
                operator_source.startTransmit(rec_operator)
            keeper.startTransmit(rec_caller)
            keeper.startTransmit(rec_operator)
        except (OSError, ValueError, pj.Error, store.SidecarError) as exc:
            self.failed(rec, f"recording could not start in {directory}: {error_text(exc)}")
            if rec.lock is not None:
                rec.lock.release()
                rec.lock = None
            return False
        rec.recorders = [rec_caller, rec_operator]
        rec.rec_dir = directory
        rec.rec_started = self._clock()
        for name, path in (("caller", caller), ("operator", operator)):
            self._patcher.add(path)
            self._tracks[path] = _Track(rec, name)
        self._watch.submit(lambda: self._make_durable(rec, directory, new_parents))
        self._emit(
            p.RecordingStarted(
                call_id=rec.call_id,
                recording_id=rec.recording_id,
                directory=str(directory),
                caller_path=str(caller),
                operator_path=str(operator),
                sample_rate=CLOCK_RATE,
                started_at=started.isoformat(),
            )
        )
        return True

    def hold(self, rec: CallRecord, operator_source: Any, on: bool) -> None:
        """On hold the operator track stops taking the microphone (the looped silence keeps
        it growing): it holds what this caller heard, never the operator's talk with the
        next caller (call waiting, issue 11), the same rule as mute."""
        if len(rec.recorders) < 2 or not _has_device(operator_source):
            return
        try:
            if on:
                operator_source.stopTransmit(rec.recorders[1])
            else:
                operator_source.startTransmit(rec.recorders[1])
        except pj.Error as exc:
            log.warning("operator track on hold=%s: %s", on, error_text(exc))

    def follow(self, rec: CallRecord, audio: Any) -> None:
        """A re-INVITE gave the call a new conference port: the caller track follows it,
        or it records silence for the rest of the call (KUTY-1.1)."""
        if rec.recorders:
            audio.startTransmit(rec.recorders[0])

    def finish(self, rec: CallRecord) -> None:
        """Drop the recorders (pjmedia closes the files) and finalise on the worker."""
        recorders, rec.recorders = rec.recorders, []
        del recorders
        directory = rec.rec_dir
        if directory is None:
            return
        for name in TRACKS:
            path = store.partial_path(directory, name)
            self._tracks.pop(path, None)
            stall = self._patcher.remove(path)
            if stall is not None:
                self._close_gap(rec, name, stall)
        if rec.gaps:
            rec.sidecar["gaps"] = list(rec.gaps)
        lock, rec.lock = rec.lock, None
        sidecar = dict(rec.sidecar)

        def job() -> p.Event:
            try:
                return finalize(directory, sidecar)
            finally:
                if lock is not None:
                    lock.release()  # from here on a reconciler may check the directory

        future = self._finisher.submit(job)
        future.add_done_callback(lambda _: self._wake())  # the loop reports it at once
        self._pending.append(future)

    def failed(self, rec: CallRecord | None, message: str) -> None:
        log.error("recording failed: %s", message)
        self._emit(
            p.Alert(code="recording_failed", message=message, call_id=rec.call_id if rec else None)
        )

    # ------------------------------------------------------------------ the loop
    def drain(self) -> None:
        """Loop thread: handle what the workers found and report finished recordings."""
        self._watch.drain()
        if not self._pending:
            return
        still: list[concurrent.futures.Future[p.Event]] = []
        for fut in self._pending:
            if fut.done():
                self._emit(fut.result())
            else:
                still.append(fut)
        self._pending = still

    # ------------------------------------------------------------------ worker thread
    def _make_durable(self, rec: CallRecord, directory: Path, new_parents: bool) -> Post | None:
        """Worker: fsync the new sidecar and its directories, then read the free space."""
        try:
            root = self._config.recordings_root
            store.sync_sidecar(directory, root, new_parents=new_parents)
        except OSError as exc:
            message = f"recording in {directory} cannot be made durable: {error_text(exc)}"
            return lambda: self._not_durable(rec, message)
        return self._space_post(self._read_free(self._clock(), force=True))

    def _on_pass(self, errors: PatchErrors) -> Post | None:
        """Worker, after each patch pass: what the loop must report, if anything."""
        stalls = self._patcher.take_stalls()
        now = self._clock()
        probe = self._probe
        if self._config.record_all and (probe is None or now - probe[0] >= SPACE_EVERY_S - 0.5):
            cfg = self._config  # every few seconds, not every pass (a file create + unlink)
            self._probe = (now, recording_problem(cfg.recordings_root, cfg.reserve_mb, fsync=False))
        space = self._space_post(self._read_free(self._clock()))
        if not errors and not stalls and space is None:
            return None  # nothing to say: the loop is not woken

        def post() -> None:
            for path, error in errors:
                track = self._tracks.get(path)
                self.failed(track.rec if track else None, f"cannot update {path}: {error}")
            for stall in stalls:
                self._on_stall(stall)
            if space is not None:
                space()

        return post

    def _space_post(self, free: int | None) -> Post | None:
        """Worker: a call of `_on_free` for the loop, only when the warning would change."""
        if free is None:
            return None
        reserve = self._config.reserve_mb * 1024 * 1024
        low = free < 2 * reserve
        if low == self._low_space or (not low and free < reserve * 2.2):
            return None
        return lambda: self._on_free(free)

    def _read_free(self, now: float, *, force: bool = False) -> int | None:
        """Worker: free bytes of the recordings folder every few seconds (None: not now)."""
        reserve = self._config.reserve_mb * 1024 * 1024
        if reserve <= 0 or (not force and now - self._last_space < SPACE_EVERY_S):
            return None
        self._last_space = now
        try:
            return shutil.disk_usage(self._config.recordings_root).free
        except OSError as exc:
            log.error("cannot read free space of %s: %s", self._config.recordings_root, exc)
            return 0

    def _not_durable(self, rec: CallRecord, message: str) -> None:
        self.failed(rec, message)
        if self.on_unrecordable is not None and rec.end_at is None:
            self.on_unrecordable(rec)

    def shutdown(self) -> None:
        self._keeper = None  # before libDestroy (PJSUA2-NOTES "Object lifetime")
        self._watch.stop()
        self._watch.drain()
        self._finisher.shutdown(wait=True)
        for fut in self._pending:
            self._emit(fut.result())
        self._pending = []

    def _silence(self) -> Any:
        """The looped silent player that keeps every track growing with the clock."""
        if self._keeper is None:
            path = Path(tempfile.gettempdir()) / f"kuty-silence-{CLOCK_RATE}-{os.getpid()}.wav"
            with wave.open(str(path), "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(CLOCK_RATE)
                out.writeframes(bytes(2 * CLOCK_RATE))  # one second
            player = pj.AudioMediaPlayer()
            try:
                player.createPlayer(str(path), 0)  # 0: loop; it keeps the file open
            finally:
                with contextlib.suppress(OSError):
                    path.unlink()
            self._keeper = player
        return self._keeper

    # ------------------------------------------------------------------ watching
    def _on_stall(self, stall: Stall) -> None:
        track = self._tracks.get(stall.path)
        if track is None:
            return
        rec = track.rec
        offset = max(0.0, stall.since - rec.rec_started)
        if stall.until is None:
            self._emit(
                p.Alert(
                    code="recording_stalled",
                    message=(
                        f"the {track.name} track stopped growing {offset:.1f} s into the "
                        f"call: audio is being lost ({stall.path.parent})"
                    ),
                    call_id=rec.call_id,
                )
            )
            return
        self._close_gap(rec, track.name, stall)
        self._emit(
            p.Alert(
                code="recording_resumed",
                message=f"the {track.name} track grows again; "
                f"{stall.until - stall.since:.1f} s are missing",
                call_id=rec.call_id,
            )
        )

    def _close_gap(self, rec: CallRecord, track: str, stall: Stall) -> None:
        end = stall.until if stall.until is not None else self._clock()
        rec.gaps.append(
            {
                "track": track,
                "from_s": round(max(0.0, stall.since - rec.rec_started), 3),
                "to_s": round(max(0.0, end - rec.rec_started), 3),
            }
        )

    def _on_free(self, free: int) -> None:
        """Loop thread: warn (once) when the free space nears the reserve."""
        reserve = self._config.reserve_mb * 1024 * 1024
        # Warned well before the reserve itself (issue 11): where every call must be
        # recorded, a seat below the reserve refuses calls (record_guard.py, KUTY-1.1).
        if free < 2 * reserve and not self._low_space:
            self._low_space = True
            self._emit(
                p.Alert(
                    code="disk_space_low",
                    message=(
                        f"only {free // (1024 * 1024)} MB free for recordings in "
                        f"{self._config.recordings_root} (reserve "
                        f"{self._config.reserve_mb} MB; calls are refused below it "
                        "where every call is recorded)"
                    ),
                )
            )
        elif free >= reserve * 2.2:
            self._low_space = False  # re-armed once there is clearly room again
