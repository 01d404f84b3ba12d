"""Recording directories: sidecar, finalisation, and repair after an engine crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from recordings.liveness import RecordingLock
from recordings.patcher import HeaderPatcher
from recordings.store import (
    SIDECAR,
    SidecarError,
    final_path,
    finalize_recording,
    find_interrupted,
    iter_sidecars,
    partial_path,
    read_sidecar,
    recording_dir,
    repair_interrupted,
    write_sidecar,
)
from recordings.wavfile import WavError, read_info
from tests.unit.recordings.audio import crash_header, sha256sum, sox_duration, sox_tone

SEAT = "seat-1"


@pytest.fixture(scope="module")
def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


_HELD: list[RecordingLock] = []
"""Locks held as a live engine would hold them, released after each test."""


@pytest.fixture(autouse=True)
def _release_held_locks() -> Any:
    yield
    while _HELD:
        _HELD.pop().release()


def hold(directory: Path) -> Path:
    """Take the directory's engine lock as a live engine does (another open file)."""
    lock = RecordingLock.acquire(directory)
    assert lock is not None
    _HELD.append(lock)
    return directory


def make_recording(
    root: Path,
    call_id: str,
    *,
    seat: str = SEAT,
    pid: int | None = None,
    caller_s: float | None = 3.0,
    operator_s: float | None = 2.0,
    crashed: bool = False,
    **extra: Any,
) -> Path:
    """A directory as the engine leaves it mid-call (or, with crashed, after kill -9)."""
    directory = recording_dir(root, call_id, datetime(2025, 3, 14, 9, 30, tzinfo=UTC))
    directory.mkdir(parents=True)
    write_sidecar(
        directory,
        {
            "call_id": call_id,
            "recording_id": f"rec-{call_id}",
            "seat": seat,
            "engine_pid": os.getpid() if pid is None else pid,
            "direction": "incoming",
            "remote_uri": "sip:+380501234567@gw",
            "caller_number": "+380501234567",
            "status": "recording",
            "sample_rate": 16000,
            # as long ago as the longest track lasts, so a repair (end = last write) finds
            # nothing missing unless a test means it to
            "started_at": (
                datetime.now(UTC) - timedelta(seconds=max(caller_s or 0.0, operator_s or 0.0))
            ).isoformat(),
            **extra,
        },
    )
    for track, seconds in (("caller", caller_s), ("operator", operator_s)):
        if seconds is not None:
            path = sox_tone(partial_path(directory, track), seconds)
            if crashed:
                crash_header(path)
    return directory


# --------------------------------------------------------------------- layout


def test_recording_dir_uses_the_utc_date(tmp_path: Path) -> None:
    kyiv = timezone(timedelta(hours=2))
    when = datetime(2025, 1, 1, 1, 30, tzinfo=kyiv)  # still 31 December in UTC
    assert recording_dir(tmp_path, "abc", when) == tmp_path / "2024" / "12" / "31" / "abc"
    assert recording_dir(tmp_path, "abc", datetime(2025, 7, 4, 23, 0)) == (
        tmp_path / "2025" / "07" / "04" / "abc"
    )


@pytest.mark.parametrize("call_id", ["", ".", "..", "../x", "a/b", "a\\b", "a\x00"])
def test_recording_dir_refuses_unsafe_ids(tmp_path: Path, call_id: str) -> None:
    with pytest.raises(ValueError, match="unsafe call id"):
        recording_dir(tmp_path, call_id, datetime.now(UTC))


def test_track_names_keep_wav_last(tmp_path: Path) -> None:
    assert partial_path(tmp_path, "caller").name == "caller.partial.wav"
    assert final_path(tmp_path, "operator").name == "operator.wav"


# -------------------------------------------------------------------- sidecar


def test_sidecar_round_trip_is_atomic(tmp_path: Path) -> None:
    data = {"call_id": "x", "display_name": "Олена", "nested": {"a": [1, 2]}}
    path = write_sidecar(tmp_path, data)
    assert path == tmp_path / SIDECAR
    assert read_sidecar(tmp_path) == data
    assert json.loads(path.read_text(encoding="utf-8")) == data
    assert [p.name for p in tmp_path.iterdir()] == [SIDECAR]  # no temp files left


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{not json", "broken sidecar"), (b"[1, 2]", "not an object"), (b"\xff\xfe", "broken")],
)
def test_broken_sidecar(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / SIDECAR).write_bytes(content)
    with pytest.raises(SidecarError, match=message):
        read_sidecar(tmp_path)


def test_missing_sidecar(tmp_path: Path) -> None:
    with pytest.raises(SidecarError, match="no sidecar"):
        read_sidecar(tmp_path)


def test_write_sidecar_to_a_missing_directory_is_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_sidecar(tmp_path / "unmounted-share", {"a": 1})


# ------------------------------------------------------------------- finalize


def assert_tracks_hashed(sidecar: dict[str, Any], directory: Path, names: list[str]) -> None:
    for name in names:
        path = directory / f"{name}.wav"
        assert sidecar["tracks"][name] == {"path": str(path.absolute()), "sha256": sha256sum(path)}


def test_finalize_normal_recording(tmp_path: Path) -> None:
    directory = make_recording(tmp_path, "call-1")
    sidecar = finalize_recording(directory)

    assert sorted(p.name for p in directory.iterdir()) == [
        "call.json",
        "caller.wav",
        "mixed.wav",
        "operator.wav",
    ]
    assert sidecar["status"] == "complete"
    assert "error" not in sidecar
    assert sidecar["duration_s"] == pytest.approx(3.0)
    assert sidecar["directory"] == str(directory.absolute())
    assert sidecar["caller_number"] == "+380501234567"  # engine fields survive
    assert_tracks_hashed(sidecar, directory, ["caller", "operator", "mixed"])
    mixed = read_info(directory / "mixed.wav")
    assert (mixed.channels, mixed.frames) == (2, 48000)
    assert read_sidecar(directory) == sidecar


def test_finalize_is_idempotent(tmp_path: Path) -> None:
    directory = make_recording(tmp_path, "call-1")
    first = finalize_recording(directory)
    mtime = (directory / SIDECAR).stat().st_mtime_ns
    assert finalize_recording(directory) == first
    assert finalize_recording(directory, status="repaired") == first
    assert (directory / SIDECAR).stat().st_mtime_ns == mtime


def test_finalize_crash_left_recording(tmp_path: Path) -> None:
    directory = make_recording(tmp_path, "call-2", crashed=True, caller_s=2.0, operator_s=4.0)
    assert sox_duration(partial_path(directory, "caller")) == 0
    sidecar = finalize_recording(directory, status="repaired")

    assert sidecar["status"] == "repaired"
    assert sidecar["duration_s"] == pytest.approx(4.0)
    assert sox_duration(directory / "caller.wav") == pytest.approx(2.0)
    assert sox_duration(directory / "operator.wav") == pytest.approx(4.0)
    assert sox_duration(directory / "mixed.wav") == pytest.approx(4.0)
    assert_tracks_hashed(sidecar, directory, ["caller", "operator", "mixed"])


def test_finalize_resumes_after_a_crash_between_renames(tmp_path: Path) -> None:
    directory = make_recording(tmp_path, "call-3", crashed=True)
    os.replace(partial_path(directory, "caller"), final_path(directory, "caller"))
    sidecar = finalize_recording(directory, status="repaired")
    assert sidecar["status"] == "repaired"
    assert sox_duration(directory / "caller.wav") == pytest.approx(3.0)


def test_finalize_with_a_missing_track_keeps_what_exists(tmp_path: Path) -> None:
    directory = make_recording(tmp_path, "call-4", operator_s=None)
    sidecar = finalize_recording(directory)
    assert sidecar["status"] == "failed"
    assert "operator track missing" in sidecar["error"]
    assert sidecar["tracks"]["operator"] is None
    assert sidecar["tracks"]["mixed"] is None
    assert_tracks_hashed(sidecar, directory, ["caller"])
    assert sidecar["duration_s"] == pytest.approx(3.0)
    assert finalize_recording(directory) == sidecar  # failed is final too


def test_repair_of_tracks_killed_before_their_first_buffer(tmp_path: Path) -> None:
    """kill -9 right after the 200 OK (issue 15): pjmedia had created the track files
    but not yet written its first buffer (header included), so they are empty. Nothing
    was recorded, nothing is lost: repaired as empty tracks, not "failed"."""
    directory = make_recording(tmp_path, "call-0", caller_s=None, operator_s=None)
    for track in ("caller", "operator"):
        partial_path(directory, track).write_bytes(b"")
    sidecar = finalize_recording(directory, status="repaired")
    assert sidecar["status"] == "repaired", sidecar.get("error")
    assert sidecar["duration_s"] == 0
    assert read_info(directory / "caller.wav").sample_rate == 16000
    assert_tracks_hashed(sidecar, directory, ["caller", "operator", "mixed"])


def test_finalize_with_an_unreadable_track(tmp_path: Path) -> None:
    directory = make_recording(tmp_path, "call-5")
    partial_path(directory, "operator").write_bytes(b"not a wav at all, just junk" * 4)
    sidecar = finalize_recording(directory)
    assert sidecar["status"] == "failed"
    assert "operator.partial.wav: not a RIFF/WAVE file" in sidecar["error"]
    assert final_path(directory, "operator").read_bytes() == b"not a wav at all, just junk" * 4
    assert_tracks_hashed(sidecar, directory, ["caller", "operator"])


def test_finalize_with_a_broken_sidecar_keeps_it_aside(tmp_path: Path) -> None:
    directory = make_recording(tmp_path, "call-6")
    (directory / SIDECAR).write_text("{truncated", encoding="utf-8")
    sidecar = finalize_recording(directory)
    assert sidecar["status"] == "failed"
    assert "broken sidecar" in sidecar["error"]
    assert (directory / "call.json.broken").read_text(encoding="utf-8") == "{truncated"
    assert_tracks_hashed(sidecar, directory, ["caller", "operator", "mixed"])


def test_finalize_rejects_a_non_final_status(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="recording"):
        finalize_recording(tmp_path, status="recording")


def test_finalize_on_a_read_only_file_system_is_oserror(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root ignores chmod, so the read-only share is simulated where it bites: the rename."""
    directory = make_recording(tmp_path, "call-8")

    def read_only(src: object, dst: object) -> None:
        raise OSError(30, "Read-only file system", str(src))

    monkeypatch.setattr("recordings.store.os.replace", read_only)
    with pytest.raises(OSError, match="Read-only file system"):
        finalize_recording(directory)
    assert partial_path(directory, "caller").exists()
    assert read_sidecar(directory)["status"] == "recording"


def test_finalize_on_a_vanished_directory_is_an_error_not_a_crash(tmp_path: Path) -> None:
    sidecar_error_or_os = (OSError, SidecarError)
    with pytest.raises(sidecar_error_or_os):
        finalize_recording(tmp_path / "not-mounted")


# -------------------------------------------------------------- crash repair


def test_find_interrupted_respects_seat_and_live_lock(tmp_path: Path, dead_pid: int) -> None:
    dead = make_recording(tmp_path, "dead", pid=dead_pid, crashed=True)
    hold(make_recording(tmp_path, "alive", pid=os.getpid()))
    make_recording(tmp_path, "other-seat", seat="seat-2", pid=dead_pid)
    done = make_recording(tmp_path, "done", pid=dead_pid)
    finalize_recording(done)
    broken = make_recording(tmp_path, "broken", pid=dead_pid)
    (broken / SIDECAR).write_text("{", encoding="utf-8")

    assert find_interrupted(tmp_path, SEAT) == [dead]
    assert find_interrupted(tmp_path, "seat-2") == [tmp_path / "2025/03/14/other-seat"]
    assert find_interrupted(tmp_path, SEAT, in_use=lambda directory: False) == [
        tmp_path / "2025/03/14/alive",
        dead,
    ]


def test_a_live_pid_without_the_lock_is_repaired(tmp_path: Path) -> None:
    """Issue 10 fault 1: the engine's pid says nothing (a zombie, a recycled pid)."""
    directory = make_recording(tmp_path, "zombie", pid=os.getpid(), crashed=True)
    assert find_interrupted(tmp_path, SEAT) == [directory]
    [repaired] = repair_interrupted(tmp_path, SEAT)
    assert repaired["status"] == "repaired"


def test_a_killed_engine_left_as_a_zombie_is_repaired_at_once(tmp_path: Path) -> None:
    """SIGKILL, no reaping: `kill(pid, 0)` still succeeds, but the kernel dropped the lock."""
    directory = make_recording(tmp_path, "killed", crashed=True)
    code = (
        "import sys, time; from recordings.liveness import RecordingLock; "
        f"lock = RecordingLock.acquire({str(directory)!r}); "
        "print('held' if lock else 'busy', flush=True); time.sleep(60)"
    )
    engine = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert engine.stdout is not None and engine.stdout.readline().strip() == "held"
        write_sidecar(directory, {**read_sidecar(directory), "engine_pid": engine.pid})
        assert find_interrupted(tmp_path, SEAT) == []  # alive: its recording is left alone
        os.kill(engine.pid, 9)
        deadline = datetime.now(UTC) + timedelta(seconds=5)
        while Path(f"/proc/{engine.pid}/status").read_text().find("State:\tZ") < 0:
            assert datetime.now(UTC) < deadline, "the killed child never became a zombie"
        os.kill(engine.pid, 0)  # the zombie still "exists" for a pid check
        [repaired] = repair_interrupted(tmp_path, SEAT)
        assert repaired["call_id"] == "killed"
        assert repaired["status"] == "repaired"
    finally:
        engine.kill()
        engine.wait()
        assert engine.stdout is not None
        engine.stdout.close()


def test_a_directory_being_repaired_is_not_repaired_twice(tmp_path: Path) -> None:
    directory = hold(make_recording(tmp_path, "busy", crashed=True))
    assert repair_interrupted(tmp_path, SEAT) == []
    assert read_sidecar(directory)["status"] == "recording"


def test_find_interrupted_catches_leftover_partials(tmp_path: Path, dead_pid: int) -> None:
    directory = make_recording(tmp_path, "odd", pid=dead_pid)
    sidecar = read_sidecar(directory)
    write_sidecar(directory, {**sidecar, "status": "complete"})
    assert find_interrupted(tmp_path, SEAT) == [directory]


def test_repair_interrupted(tmp_path: Path, dead_pid: int) -> None:
    dead = make_recording(tmp_path, "dead", pid=dead_pid, crashed=True)
    alive = hold(make_recording(tmp_path, "alive", crashed=True))
    make_recording(
        tmp_path, "ended", pid=dead_pid, end_at="2025-03-14T09:31:00+00:00", end_reason="x"
    )
    mtime = max(partial_path(dead, t).stat().st_mtime for t in ("caller", "operator"))
    audio = partial_path(dead, "caller").read_bytes()[44:]

    results = {s["call_id"]: s for s in repair_interrupted(tmp_path, SEAT)}

    assert set(results) == {"dead", "ended"}
    repaired = results["dead"]
    assert repaired["status"] == "repaired"
    assert repaired["end_reason"] == "interrupted"
    assert datetime.fromisoformat(repaired["end_at"]) == datetime.fromtimestamp(mtime, UTC)
    assert repaired["duration_s"] == pytest.approx(3.0)
    assert (dead / "caller.wav").read_bytes()[44:] == audio
    assert read_sidecar(dead) == repaired
    assert (results["ended"]["end_at"], results["ended"]["end_reason"]) == (
        "2025-03-14T09:31:00+00:00",
        "x",
    )
    assert partial_path(alive, "caller").exists()  # a live engine's files are untouched
    assert read_sidecar(alive)["status"] == "recording"
    assert repair_interrupted(tmp_path, SEAT) == []


def test_repair_reports_a_directory_it_cannot_finish(
    tmp_path: Path, dead_pid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_recording(tmp_path, "bad", pid=dead_pid)

    def full_disk(directory: Path, data: dict[str, Any]) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("recordings.store.write_sidecar", full_disk)
    [result] = repair_interrupted(tmp_path, SEAT)
    assert result["status"] == "failed"
    assert "No space left" in result["error"]
    assert (result["call_id"], result["recording_id"]) == ("bad", "rec-bad")


def test_iter_sidecars(tmp_path: Path) -> None:
    a = make_recording(tmp_path, "a")
    b = make_recording(tmp_path, "b")
    (b / SIDECAR).write_text("nope", encoding="utf-8")
    sidecars = list(iter_sidecars(tmp_path))
    assert [(s["call_id"], s["directory"]) for s in sidecars] == [("a", str(a.absolute()))]
    assert list(iter_sidecars(tmp_path / "empty")) == []
    day = [s["call_id"] for s in iter_sidecars(tmp_path / "2025" / "03" / "14")]
    assert day == ["a"]  # a day folder works as a root too (reconciling recent days)


# -------------------------------------------------------------- HeaderPatcher


def test_header_patcher_keeps_growing_files_readable(tmp_path: Path) -> None:
    patcher = HeaderPatcher()
    live = crash_header(sox_tone(tmp_path / "caller.partial.wav", 1))
    patcher.add(live)
    patcher.add(tmp_path / "operator.partial.wav")  # not created yet: ignored
    assert patcher.tick() == []
    assert read_info(live).frames == 16000

    with open(live, "ab") as f:
        f.write(bytes(3200))  # 0.1 s more
    assert patcher.tick() == []
    assert sox_duration(live) == pytest.approx(1.1)

    patcher.remove(live)
    with open(live, "ab") as f:
        f.write(bytes(3200))
    patcher.tick()
    assert read_info(live).frames == 17600  # no longer patched


def test_header_patcher_reports_each_failure_once_and_keeps_going(tmp_path: Path) -> None:
    now = [100.0]
    patcher = HeaderPatcher(clock=lambda: now[0])
    junk = tmp_path / "junk.partial.wav"
    junk.write_bytes(b"RIFX" + bytes(60))  # long enough to be a header, but not WAV
    good = crash_header(sox_tone(tmp_path / "good.partial.wav", 0.5))
    patcher.add(junk)
    patcher.add(good)

    errors = patcher.tick()
    assert [(p, type(e)) for p, e in errors] == [(junk, WavError)]
    assert read_info(good).frames == 8000
    assert patcher.tick() == []  # one alert per problem, not one a second
    assert patcher.paths == frozenset({junk, good})


def test_header_patcher_waits_for_the_first_buffer_then_alerts(tmp_path: Path) -> None:
    """pjmedia creates the file empty and writes the header with its first 4 KB buffer."""
    now = [0.0]
    patcher = HeaderPatcher(clock=lambda: now[0])
    empty = tmp_path / "caller.partial.wav"
    empty.write_bytes(b"")
    missing = tmp_path / "operator.partial.wav"
    patcher.add(empty)
    patcher.add(missing)
    assert patcher.tick() == []  # just started: not an error yet
    now[0] = HeaderPatcher.STARTUP_GRACE_S + 0.1
    failed = {p for p, _ in patcher.tick()}
    assert failed == {empty, missing}  # still nothing written: the recorder is not working


def test_header_patcher_reports_a_track_that_stops_growing(tmp_path: Path) -> None:
    """Issue 10 fault 2: a full disk looks like a file that stops growing; say so at once."""
    now = [10.0]
    patcher = HeaderPatcher(clock=lambda: now[0])
    track = crash_header(sox_tone(tmp_path / "caller.partial.wav", 0.5))
    patcher.add(track)
    patcher.tick()
    assert patcher.take_stalls() == []

    now[0] = 11.0  # one tick, and the file did not grow
    assert patcher.tick() == []  # the header patch itself still succeeds
    [stall] = patcher.take_stalls()
    assert (stall.path, stall.since, stall.until) == (track, 10.0, None)
    assert patcher.stalled() == {track: 10.0}
    now[0] = 12.0
    patcher.tick()
    assert patcher.take_stalls() == []  # one report per stall, not one a second

    with open(track, "ab") as f:
        f.write(bytes(3200))
    now[0] = 13.0
    patcher.tick()
    [resumed] = patcher.take_stalls()
    assert (resumed.since, resumed.until) == (10.0, 13.0)
    assert patcher.stalled() == {}


def test_header_patcher_closes_an_open_stall_when_the_track_is_removed(tmp_path: Path) -> None:
    now = [0.0]
    patcher = HeaderPatcher(clock=lambda: now[0])
    track = crash_header(sox_tone(tmp_path / "operator.partial.wav", 0.5))
    patcher.add(track)
    patcher.tick()
    now[0] = 2.0
    patcher.tick()
    now[0] = 5.0
    stall = patcher.remove(track)
    assert stall is not None and (stall.since, stall.until) == (0.0, 5.0)
    assert patcher.remove(track) is None


def test_a_sidecar_with_bytes_that_are_not_utf8_is_written_with_replacement_marks(
    tmp_path: Path,
) -> None:
    """A torture INVITE's display name (undecodable bytes, kept as surrogates) must not
    fail the manifest: the engine died on it once the sidecar moved after the 200."""
    name = b"\xc3\x28\xa0caller".decode("utf-8", "surrogateescape")
    for durable in (False, True):
        path = write_sidecar(tmp_path, {"display_name": name, "n": 1}, durable=durable)
        data = read_sidecar(tmp_path)
        assert data["display_name"] == "\ufffd(\ufffdcaller" and data["n"] == 1
        assert path.read_bytes().decode("utf-8")  # valid UTF-8 on disk


def test_sync_sidecar_syncs_the_chain_only_for_new_parents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A day's first recording makes its directories durable up to the root; the day's
    later ones sync their own entry in the day only (issue 15)."""
    from recordings import store

    root = tmp_path / "recordings"
    synced: list[str] = []
    monkeypatch.setattr(store, "fsync_dir", lambda d: synced.append(str(Path(d).relative_to(root))))

    def new_call(name: str, new_parents: bool) -> list[str]:
        directory = root / "2026" / "12" / "04" / name
        directory.mkdir(parents=True)
        store.write_sidecar(directory, {"call_id": name}, durable=False)
        synced.clear()
        store.sync_sidecar(directory, root, new_parents=new_parents)
        return list(synced)

    assert new_call("a", True) == ["2026/12/04/a", "2026/12/04", "2026/12", "2026", "."]
    assert new_call("b", False) == ["2026/12/04/b", "2026/12/04"]
