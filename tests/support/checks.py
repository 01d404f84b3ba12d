"""Assertions shared by the call tests: "this call was recorded completely and correctly"."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.support.audio import best_correlation, duration
from tests.support.serve import ServeProcess

DURATION_TOLERANCE_S = 0.5
MIN_CORRELATION = 0.6


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def call_number(row: dict[str, Any]) -> Any:
    """The stored caller number of a `kuty calls list --json` row.

    The contract names the field `remote_number`; the first CLI version prints `number`.
    """
    return row["remote_number"] if "remote_number" in row else row.get("number")


@dataclass
class RecordedCall:
    call_id: str
    finished: dict[str, Any]
    call_row: dict[str, Any]
    recording_row: dict[str, Any]
    talk_s: float
    caller_s: float
    correlation: float
    lag_s: float


def only_call_id(serve: ServeProcess, since: int = 0) -> str:
    incoming = serve.find("call_incoming", since=since)
    assert len(incoming) == 1, f"expected one call_incoming, got {incoming}"
    return str(incoming[0]["call_id"])


def check_recorded_call(
    serve: ServeProcess,
    sent_wav: Path,
    expected_number: str,
    *,
    call_id: str | None = None,
    since: int = 0,
    timeout: float = 30.0,
    min_correlation: float = MIN_CORRELATION,
) -> RecordedCall:
    """Assert the KUTY-1.1 guarantees for one finished incoming call.

    - exactly one `recording_finished` (status complete) for the call, and no alert;
    - caller track as long as the connected time (answer_at..end_at) within 0.5 s;
    - caller track sounds like what the peer sent (envelope correlation);
    - the stored caller number is `expected_number`;
    - the SHA-256 sums in `kuty recordings list` match the files on disk.
    """
    call_id = call_id or only_call_id(serve, since)
    finished = serve.wait_for(
        "recording_finished", lambda e: e["call_id"] == call_id, timeout=timeout, since=since
    )
    all_finished = serve.find("recording_finished", lambda e: e["call_id"] == call_id)
    assert len(all_finished) == 1, f"recording_finished more than once: {all_finished}"
    assert finished["status"] == "complete", finished
    alerts = serve.find("alert", lambda e: e.get("call_id") in (call_id, None), since=since)
    assert not alerts, f"alerts during a normal call: {alerts}"

    calls = [row for row in serve.calls_json() if row.get("call_id", row.get("id")) == call_id]
    assert len(calls) == 1, f"call {call_id} not exactly once in `kuty calls list`: {calls}"
    call_row = calls[0]
    assert call_row["answer_at"] and call_row["end_at"], call_row
    talk_s = (parse_time(call_row["end_at"]) - parse_time(call_row["answer_at"])).total_seconds()

    caller = Path(finished["caller_path"])
    caller_s = duration(caller)
    assert abs(caller_s - talk_s) <= DURATION_TOLERANCE_S, (
        f"caller track {caller_s:.3f} s vs connected {talk_s:.3f} s ({call_row})"
    )

    correlation, lag = best_correlation(caller, sent_wav)
    assert correlation > min_correlation, (
        f"caller.wav does not sound like the sent speech: r={correlation:.3f} lag={lag:.2f} s"
    )

    assert call_number(call_row) == expected_number, call_row

    recordings = [row for row in serve.recordings_json() if row["call_id"] == call_id]
    assert len(recordings) == 1, recordings
    recording_row = recordings[0]
    assert recording_row["status"] == "complete", recording_row
    for track in ("caller", "operator", "mixed"):
        path = recording_row.get(f"{track}_path")
        listed = recording_row.get(f"{track}_sha256")
        if track == "mixed" and not path:
            continue
        assert path and Path(path).is_file(), f"{track} file missing: {recording_row}"
        assert listed == sha256_file(path), f"{track}: listed sha256 differs from the file"
        assert listed == finished[f"{track}_sha256"], f"{track}: event and database differ"
    return RecordedCall(
        call_id=call_id,
        finished=finished,
        call_row=call_row,
        recording_row=recording_row,
        talk_s=talk_s,
        caller_s=caller_s,
        correlation=correlation,
        lag_s=lag,
    )
