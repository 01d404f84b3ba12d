"""Missing audio is named, never hidden (issue 10 fault 2, KUTY-1.1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from recordings.gaps import missing_intervals, missing_seconds
from recordings.store import finalize_recording, partial_path, read_sidecar, write_sidecar
from tests.unit.recordings.test_store import make_recording

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _sidecar(call_s: float, **extra: object) -> dict[str, object]:
    return {
        "started_at": START.isoformat(),
        "end_at": (START + timedelta(seconds=call_s)).isoformat(),
        **extra,
    }


def test_a_track_shorter_than_the_call_lost_its_end() -> None:
    gaps = missing_intervals(_sidecar(20.0), {"caller": 4.3, "operator": 19.8})
    assert gaps == [{"track": "caller", "from_s": 4.3, "to_s": 20.0}]
    assert missing_seconds(gaps) == 15.7


def test_whole_tracks_have_no_gaps() -> None:
    assert missing_intervals(_sidecar(20.0), {"caller": 19.0, "operator": 19.9}) == []
    assert missing_intervals({"end_at": None}, {"caller": 1.0}) == []  # end unknown


def test_the_engines_report_wins_over_the_length_check() -> None:
    """A stall that resumed shifts the rest of the track: the engine knows where it was."""
    reported = [{"track": "caller", "from_s": 4.0, "to_s": 6.0}, {"track": "x", "from_s": "?"}]
    gaps = missing_intervals(_sidecar(20.0, gaps=reported), {"caller": 18.0, "operator": 20.0})
    assert gaps == [{"track": "caller", "from_s": 4.0, "to_s": 6.0}]


def test_the_union_counts_overlapping_tracks_once() -> None:
    gaps = [
        {"track": "caller", "from_s": 4.0, "to_s": 10.0},
        {"track": "operator", "from_s": 5.0, "to_s": 12.0},
        {"track": "caller", "from_s": 15.0, "to_s": 16.0},
    ]
    assert missing_seconds(gaps) == 9.0


def test_finalising_a_short_recording_marks_it_incomplete(tmp_path: Path) -> None:
    directory = make_recording(tmp_path, "short", caller_s=3.0, operator_s=3.0)
    sidecar = read_sidecar(directory)
    started = datetime.fromisoformat(sidecar["started_at"])
    sidecar_end = (started + timedelta(seconds=12)).isoformat()
    write_sidecar(directory, {**sidecar, "end_at": sidecar_end, "end_reason": "remote_hangup"})
    data = finalize_recording(directory)
    assert data["status"] == "incomplete"
    assert data["missing_s"] == 9.0
    assert [g["track"] for g in data["gaps"]] == ["caller", "operator"]
    assert not partial_path(directory, "caller").exists()
    assert read_sidecar(directory)["status"] == "incomplete"
