"""Recordings on disk: layout, the ``call.json`` sidecar, finalisation and crash repair.

The sidecar next to the audio is the manifest that survives without the database (a
shared recordings root outlives any one seat's SQLite file), so the database is
reconciled from it at start-up and not the other way round. Nothing here deletes audio:
a recording we cannot fully process is kept and marked ``failed`` with the reason.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from recordings.gaps import missing_intervals, missing_seconds
from recordings.liveness import RecordingLock, recording_in_use
from recordings.wavfile import (
    HEADER_SIZE,
    WavError,
    fsync_dir,
    merge_stereo,
    patch_header,
    read_info,
    sha256_file,
    write_empty,
)

__all__ = [
    "FINAL_STATUSES",
    "SIDECAR",
    "TRACKS",
    "SidecarError",
    "final_path",
    "finalize_recording",
    "find_interrupted",
    "iter_sidecars",
    "partial_path",
    "read_sidecar",
    "recording_dir",
    "repair_interrupted",
    "sync_sidecar",
    "write_sidecar",
]

log = logging.getLogger(__name__)

SIDECAR = "call.json"
TRACKS = ("caller", "operator")
MIXED = "mixed"
FINAL_STATUSES = frozenset({"complete", "incomplete", "repaired", "failed"})


class SidecarError(Exception):
    """A ``call.json`` is missing, not JSON or not an object."""


# -------------------------------------------------------------------------- layout


def recording_dir(root: Path, call_id: str, when: datetime) -> Path:
    """``root/YYYY/MM/DD/<call_id>`` by UTC date, so seats in different zones agree.

    A naive ``when`` is taken as UTC. ``call_id`` becomes a path component, so anything
    that could escape the root is refused.
    """
    if not call_id or call_id in (".", "..") or any(c in call_id for c in "/\\\x00:"):
        raise ValueError(f"unsafe call id for a directory name: {call_id!r}")
    utc = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return Path(root) / f"{utc:%Y}" / f"{utc:%m}" / f"{utc:%d}" / call_id


def partial_path(directory: Path, track: str) -> Path:
    """Name the engine records to; ``.wav`` stays last because pjmedia picks the writer by it."""
    return Path(directory) / f"{track}.partial.wav"


def final_path(directory: Path, track: str) -> Path:
    return Path(directory) / f"{track}.wav"


# ------------------------------------------------------------------------- sidecar


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def write_sidecar(directory: Path, data: dict[str, Any], *, durable: bool = True) -> Path:
    """Replace ``call.json`` atomically: readers see the old or the new manifest, never half.

    ``durable=False`` skips the fsyncs: the manifest then survives the death of the
    process (kill -9: the kernel has it) but not yet a power cut, until
    :func:`sync_sidecar` runs. The engine writes a new recording's sidecar that way
    between the INVITE and the 200 OK and syncs it on a worker thread (issue 15).
    """
    directory = Path(directory)
    target = directory / SIDECAR
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"
    # A caller's display name may carry bytes that are not UTF-8 (decoded with
    # surrogateescape, RFC 4475 torture INVITEs): shown as U+FFFD, never a failed manifest.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{SIDECAR}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable:
        fsync_dir(directory)
    return target


def sync_sidecar(directory: Path, root: Path | None = None, *, new_parents: bool = True) -> None:
    """Make a sidecar written with ``durable=False`` durable: the file, its directory, the
    directory's entry in its parent and, when ``new_parents`` (they were created with
    it), the entries of the directories above it up to ``root``. A call's directory is
    new, its day's directory exists from the day's first call on: that call syncs the
    chain, the others their own entry only (issue 15)."""
    directory = Path(directory)
    fd = os.open(directory / SIDECAR, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(directory)
    if root is None:
        return
    root = Path(root)
    parent = directory.parent
    while parent != root and root in parent.parents:
        fsync_dir(parent)
        if not new_parents:
            return
        parent = parent.parent
    fsync_dir(root)


def read_sidecar(directory: Path) -> dict[str, Any]:
    path = Path(directory) / SIDECAR
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError as exc:
        raise SidecarError(f"{path}: no sidecar") from exc
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
        raise SidecarError(f"{path}: broken sidecar: {exc}") from exc
    if not isinstance(data, dict):
        raise SidecarError(f"{path}: sidecar is {type(data).__name__}, not an object")
    return data


def _load_or_rebuild_sidecar(directory: Path, errors: list[str]) -> dict[str, Any]:
    """The sidecar, or a minimal one if it is gone; a broken one is kept aside as evidence."""
    try:
        return read_sidecar(directory)
    except SidecarError as exc:
        errors.append(str(exc))
        broken = directory / SIDECAR
        if broken.exists():
            os.replace(broken, directory / f"{SIDECAR}.broken")
        return {"call_id": directory.name, "status": "recording"}


# -------------------------------------------------------------------- finalisation


def finalize_recording(directory: Path, status: str = "complete") -> dict[str, Any]:
    """Turn a recording directory into its final, hashed form and return the sidecar.

    Order matters for crash safety: tracks are repaired and renamed first, the sidecar
    is rewritten last, so a crash in between leaves status "recording" and the next
    start-up repairs it again (every step is idempotent). Pass ``status="repaired"`` for
    a recording left behind by a dead engine. Audio missing from a track (recordings/gaps)
    makes the status "incomplete", with the intervals in ``gaps`` and ``missing_s``.
    """
    if status not in FINAL_STATUSES:
        raise ValueError(f"not a final recording status: {status!r}")
    directory = Path(directory)
    errors: list[str] = []
    sidecar = _load_or_rebuild_sidecar(directory, errors)
    has_partials = any(partial_path(directory, t).exists() for t in TRACKS)
    if not has_partials and not errors and sidecar.get("status") in FINAL_STATUSES:
        return sidecar

    infos = {}
    for track in TRACKS:
        partial, final = partial_path(directory, track), final_path(directory, track)
        source = partial if partial.exists() else final
        if not source.exists():
            errors.append(f"{track} track missing")
            continue
        if source is partial and partial.stat().st_size < HEADER_SIZE:
            # The engine died before pjmedia wrote its first buffer (~0.13 s of audio,
            # header included), e.g. killed right after the 200 OK: nothing had been
            # recorded on this track, which is not an error (issue 15 kill test).
            write_empty(partial, int(sidecar.get("sample_rate") or 16000))
        try:
            patch_header(source)
        except WavError as exc:
            errors.append(str(exc))
        if source is partial:
            os.replace(partial, final)
        try:
            infos[track] = read_info(final)
        except WavError as exc:
            errors.append(str(exc))
    fsync_dir(directory)

    mixed = final_path(directory, MIXED)
    if len(infos) == len(TRACKS):
        try:
            merge_stereo(final_path(directory, "caller"), final_path(directory, "operator"), mixed)
        except WavError as exc:
            errors.append(f"mixed track not built: {exc}")

    tracks: dict[str, dict[str, str] | None] = {}
    for track in (*TRACKS, MIXED):
        path = final_path(directory, track)
        if path.exists():
            tracks[track] = {"path": str(path.absolute()), "sha256": sha256_file(path)}
        else:
            tracks[track] = None
    sidecar["tracks"] = tracks
    sidecar["directory"] = str(directory.absolute())
    if infos:
        sidecar["duration_s"] = round(max(i.duration_s for i in infos.values()), 3)
        sidecar.setdefault("sample_rate", next(iter(infos.values())).sample_rate)
    gaps = missing_intervals(sidecar, {t: i.duration_s for t, i in infos.items()})
    sidecar["gaps"], sidecar["missing_s"] = gaps, missing_seconds(gaps)
    if status == "repaired":
        sidecar["repaired"] = True  # kept when missing audio makes the status "incomplete"
    if errors:
        sidecar["status"] = "failed"
        sidecar["error"] = "; ".join(errors)
    else:
        sidecar["status"] = "incomplete" if gaps and status != "failed" else status
        sidecar.pop("error", None)
    write_sidecar(directory, sidecar)
    return sidecar


# ---------------------------------------------------------------------- crash repair


def _sidecar_dirs(root: Path) -> Iterator[Path]:
    """Recording directories under ``root``: the recordings root or any year/month/day of it."""
    yield from sorted(p.parent for p in Path(root).rglob(SIDECAR) if p.is_file())


def find_interrupted(
    root: Path, seat: str, in_use: Callable[[Path], bool] = recording_in_use
) -> list[Path]:
    """Recordings of this seat that no engine is writing but that are not finalised.

    Liveness is the directory's kernel-held lock (recordings/liveness.py), never the
    engine pid in the sidecar: a zombie or a recycled pid looks alive to ``kill(pid, 0)``
    and kept recordings unrepaired (issue 10 fault 1). Only our own seat's: another
    seat's directories on a shared root are its own to repair.
    """
    found: list[Path] = []
    for directory in _sidecar_dirs(root):
        try:
            sidecar = read_sidecar(directory)
        except (SidecarError, OSError) as exc:
            log.warning("skipping recording directory: %s", exc)
            continue
        if sidecar.get("seat") != seat:
            continue
        has_partials = any(partial_path(directory, t).exists() for t in TRACKS)
        if sidecar.get("status") != "recording" and not has_partials:
            continue
        if in_use(directory):
            continue
        found.append(directory)
    return found


def _last_write_iso(directory: Path) -> str:
    """When the recording stopped growing: the newest track's mtime, as ISO UTC."""
    mtimes = []
    for track in TRACKS:
        for path in (partial_path(directory, track), final_path(directory, track)):
            with contextlib.suppress(OSError):
                mtimes.append(path.stat().st_mtime)
    if not mtimes:
        mtimes.append((directory / SIDECAR).stat().st_mtime)
    return datetime.fromtimestamp(max(mtimes), UTC).isoformat()


def repair_interrupted(
    root: Path, seat: str, end_of: Callable[[str], str | None] | None = None
) -> list[dict[str, Any]]:
    """Finalise this seat's interrupted recordings as "repaired" and return their sidecars.

    Each directory is repaired while holding its lock, taken without waiting: one whose
    engine is alive (or that another reconciler is repairing right now) is left alone
    and found again on the next pass. One unrepairable directory must not stop start-up:
    it is logged and reported as its sidecar with ``status="failed"`` and ``error`` (on
    disk it stays "recording", so the next pass tries again) so the caller can alert.

    `end_of(call_id)` is when the call really ended, if the host knows it (the call log):
    an engine that could not write its last sidecar (a full disk) leaves no end time, and
    the last write would hide the audio missing after it (issue 10 fault 2).
    """
    results: list[dict[str, Any]] = []
    for directory in find_interrupted(root, seat):
        sidecar: dict[str, Any] = {"call_id": directory.name, "seat": seat}
        try:
            lock = RecordingLock.acquire(directory)
            if lock is None:
                continue  # an engine took it between the scan and now: it is alive
            with lock:
                sidecar = read_sidecar(directory)
                if sidecar.get("status") in FINAL_STATUSES and not any(
                    partial_path(directory, t).exists() for t in TRACKS
                ):
                    continue  # another reconciler finished it meanwhile
                if not sidecar.get("end_at") or not sidecar.get("end_reason"):
                    sidecar["end_reason"] = sidecar.get("end_reason") or "interrupted"
                    known = end_of(str(sidecar.get("call_id", ""))) if end_of else None
                    sidecar["end_at"] = sidecar.get("end_at") or known or _last_write_iso(directory)
                    write_sidecar(directory, sidecar)
                results.append(finalize_recording(directory, status="repaired"))
        except (OSError, SidecarError, WavError) as exc:
            log.exception("could not repair interrupted recording %s", directory)
            failed = {"directory": str(directory), "status": "failed", "error": str(exc)}
            results.append({**sidecar, **failed})
    return results


def iter_sidecars(root: Path) -> Iterator[dict[str, Any]]:
    """Every readable sidecar under ``root``, with ``directory`` set to where it is now.

    The stored directory may name another mount point of a shared root, so the actual
    location wins. Broken sidecars are logged and skipped; their audio stays.
    """
    for directory in _sidecar_dirs(root):
        try:
            sidecar = read_sidecar(directory)
        except (SidecarError, OSError) as exc:
            log.warning("skipping recording directory: %s", exc)
            continue
        sidecar["directory"] = str(directory.absolute())
        yield sidecar
