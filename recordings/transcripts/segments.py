"""Timed text, as engines produce it and as transcripts store it.

Engines know nothing about who spoke: they see one mono track. The service runs them on
the caller and the operator track separately and tags each `Segment` with the track it
came from, which is how a transcript knows the speaker without any diarisation guesswork.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

__all__ = [
    "MASK_TEXT",
    "Segment",
    "Speaker",
    "SpokenSegment",
    "merge_tracks",
    "overlaps",
    "segments_from_json",
    "segments_to_json",
]

MASK_TEXT = "[ключова фраза приховано]"
"""Shown instead of a segment's text that overlaps a key-phrase span (masked roles)."""


class Speaker(enum.StrEnum):
    CALLER = "caller"
    OPERATOR = "operator"


@dataclass(frozen=True)
class Segment:
    """What an engine heard in one stretch of a single track (seconds from track start)."""

    start_s: float
    end_s: float
    text: str
    confidence: float | None = None


@dataclass(frozen=True)
class SpokenSegment:
    """A segment of a transcript: an engine segment plus the track (speaker) it came from."""

    start_s: float
    end_s: float
    speaker: Speaker
    text: str
    confidence: float | None = None

    def __post_init__(self) -> None:
        if not (math.isfinite(self.start_s) and math.isfinite(self.end_s)):
            raise ValueError("segment times must be finite numbers")
        if self.start_s < 0 or self.end_s < self.start_s:
            raise ValueError(f"bad segment times {self.start_s}..{self.end_s}")
        object.__setattr__(self, "speaker", Speaker(self.speaker))


def merge_tracks(tracks: Iterable[tuple[Speaker, Sequence[Segment]]]) -> list[SpokenSegment]:
    """Interleave the tracks' segments by start time (ties: caller first, then end time).

    The tracks are synchronised (both start when the call is answered), so sorting by
    start time gives the order of the conversation.
    """
    order = {Speaker.CALLER: 0, Speaker.OPERATOR: 1}
    merged = [
        SpokenSegment(s.start_s, s.end_s, speaker, s.text, s.confidence)
        for speaker, segs in tracks
        for s in segs
        if s.text.strip()
    ]
    merged.sort(key=lambda s: (s.start_s, order[s.speaker], s.end_s))
    return merged


def overlaps(seg: SpokenSegment, spans: Iterable[tuple[float, float]]) -> bool:
    """True if the segment shares any time with a span (touching ends do not count)."""
    return any(seg.start_s < end and start < seg.end_s for start, end in spans)


def segments_to_json(segments: Sequence[SpokenSegment]) -> str:
    rows = [{**asdict(s), "speaker": s.speaker.value} for s in segments]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def segments_from_json(text: str) -> list[SpokenSegment]:
    rows: list[dict[str, Any]] = json.loads(text)
    return [
        SpokenSegment(
            float(r["start_s"]),
            float(r["end_s"]),
            Speaker(r["speaker"]),
            str(r["text"]),
            None if r.get("confidence") is None else float(r["confidence"]),
        )
        for r in rows
    ]
