"""Recording files after the recorders are dropped: waiting for pjmedia, finalising.

No pjsua2 here: the engine calls these from its worker thread, and they are testable on
plain files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path
from typing import Any

from recordings import store
from telephony import protocol as p

log = logging.getLogger(__name__)


def wav_seconds(path: str) -> float:
    import wave

    try:
        with wave.open(path, "rb") as w:
            return w.getnframes() / float(w.getframerate())
    except (OSError, EOFError, wave.Error):
        return 5.0


def open_in_this_process(paths: list[Path]) -> set[Path]:
    """Which of these files this process still holds open (Linux /proc; else none)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():  # pragma: no cover - non-Linux: rely on the grace sleep
        return set()
    wanted = {str(path.absolute()): path for path in paths}
    held: set[Path] = set()
    for fd in os.listdir(fd_dir):
        with contextlib.suppress(OSError):
            target = os.readlink(fd_dir / fd)
            if target in wanted:
                held.add(wanted[target])
    return held


def wait_closed(paths: list[Path], timeout: float = 5.0) -> bool:
    """Wait until pjmedia has really closed the recorders' files.

    Since PJSIP 2.14 the conference bridge removes ports asynchronously on its clock
    thread, so dropping the AudioMediaRecorder does not mean its last buffer and final
    header are on disk yet: hashing before that stored SHA-256s that did not match the
    file (seen in the sipp integration test).
    """
    deadline = time.monotonic() + timeout
    while open_in_this_process(paths):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def finalize(directory: Path, sidecar: dict[str, Any]) -> p.Event:
    """Worker-thread step: close the books on one recording (KUTY-1.1)."""
    tracks = [directory / "caller.partial.wav", directory / "operator.partial.wav"]
    if not wait_closed(tracks):
        log.error("recorder files still open after 5 s: %s", directory)
    try:
        store.write_sidecar(directory, sidecar)
        data = store.finalize_recording(directory, status=p.RecordingStatus.COMPLETE.value)
    except Exception as exc:  # disk full, vanished share...: say so, keep the files
        log.exception("finalising %s", directory)
        return p.Alert(
            code="recording_failed",
            message=f"cannot finalise {directory}: {exc}",
            call_id=sidecar.get("call_id"),
        )
    return p.recording_finished_from_sidecar(data)
