"""Missing audio in a recording: where a track has less sound than the call lasted (KUTY-1.1).

A recording that silently holds 4 s of a 20 s call is worse than one marked incomplete:
the evidence looks whole. Two sources say where audio is missing, and both end up in the
sidecar as ``gaps`` (``[{"track", "from_s", "to_s"}]``, seconds from the recording's start)
with their union in ``missing_s`` and the status ``incomplete``:

- the engine, which sees a track stop growing within about a second (a full disk, a
  failing share) and reports the interval until it grew again or the call ended;
- the files themselves, checked at finalisation and at repair: a track shorter than the
  call by more than `TOLERANCE_S` lost its end (the engine's report could not be written,
  or the engine died).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

__all__ = ["TOLERANCE_S", "call_seconds", "missing_intervals", "missing_seconds"]

TOLERANCE_S = 1.5
"""Tracks may end this much before the call without being called incomplete: the bridge
starts and stops recorders a few frames apart, and a busy clock thread catches up late."""


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def call_seconds(sidecar: Mapping[str, Any]) -> float | None:
    """How long the recording should be: from its start to the call's end, if both known."""
    start, end = _time(sidecar.get("started_at")), _time(sidecar.get("end_at"))
    if start is None or end is None or end < start:
        return None
    return (end - start).total_seconds()


def _valid(gap: Any) -> dict[str, Any] | None:
    if not isinstance(gap, Mapping):
        return None
    try:
        start, stop = float(gap["from_s"]), float(gap["to_s"])
    except (KeyError, TypeError, ValueError):
        return None
    if stop <= start:
        return None
    return {"track": str(gap.get("track", "")), "from_s": round(start, 3), "to_s": round(stop, 3)}


def missing_intervals(
    sidecar: Mapping[str, Any], durations: Mapping[str, float]
) -> list[dict[str, Any]]:
    """The engine's reported gaps, plus the lost end of any track the engine said nothing of."""
    gaps = [g for g in (_valid(raw) for raw in sidecar.get("gaps") or []) if g is not None]
    expected = call_seconds(sidecar)
    if expected is not None:
        reported = {g["track"] for g in gaps}
        for track, seconds in sorted(durations.items()):
            if track not in reported and expected - seconds > TOLERANCE_S:
                gaps.append(
                    {"track": track, "from_s": round(seconds, 3), "to_s": round(expected, 3)}
                )
    return sorted(gaps, key=lambda g: (g["from_s"], g["track"]))


def missing_seconds(gaps: list[dict[str, Any]]) -> float:
    """Seconds of the call during which at least one track had no audio (a union)."""
    total, end = 0.0, float("-inf")
    for gap in sorted(gaps, key=lambda g: g["from_s"]):
        start, stop = float(gap["from_s"]), float(gap["to_s"])
        if stop <= end:
            continue
        total += stop - max(start, end)
        end = stop
    return round(total, 3)
