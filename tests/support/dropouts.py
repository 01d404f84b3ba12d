"""Dropouts in a recorded track: stretches where the sent speech was loud and the recording
is (near) silent (issue 15: "no dropout >= 40 ms in the caller track").

The recording passes G.711, a jitter buffer and the bridge's resampler, so samples are
not comparable; loudness envelopes (10 ms hops, tests/support/audio.py) are. The recording
is aligned to what the peer sent by the envelopes' best lag, its gain estimated over the
loud hops, and a dropout is a run of hops where the sent speech is loud and the recording
has less than a tenth of the expected level. A hop either side is allowed for the jitter
buffer moving the alignment by a frame during the call.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tests.support.audio import _envelope, best_correlation

HOP_MS = 10
LOUD = 0.02  # envelope RMS of a syllable in the espeak-ng speech (silence is < 0.002)
SILENT_FRACTION = 0.1


@dataclass(frozen=True)
class DropoutReport:
    correlation: float
    lag_s: float
    longest_ms: int  # the longest dropout found, 0 when none
    loud_hops: int  # how many hops of sent speech were compared


def find_dropouts(recorded: Path, sent: Path) -> DropoutReport:
    """The longest stretch of `sent` speech missing from `recorded` (see module doc)."""
    correlation, lag_s = best_correlation(recorded, sent, hop_ms=HOP_MS)
    rec = _envelope(recorded, HOP_MS)
    ref = _envelope(sent, HOP_MS)
    lag = round(lag_s * 1000 / HOP_MS)
    # rec[i] corresponds to ref[i - lag]
    start = max(0, lag)
    n = min(len(rec) - start, len(ref) - max(0, -lag))
    if n <= 0:
        return DropoutReport(correlation, lag_s, 0, 0)
    r = rec[start : start + n]
    s = ref[max(0, -lag) : max(0, -lag) + n]
    loud = s > LOUD
    if not loud.any():
        return DropoutReport(correlation, lag_s, 0, 0)
    gain = float(np.median(r[loud] / s[loud]))
    padded = np.concatenate(([0.0], r, [0.0]))
    nearby = np.maximum(np.maximum(padded[:-2], padded[1:-1]), padded[2:])  # +-1 hop
    missing = loud & (nearby < SILENT_FRACTION * gain * s)
    longest = run = 0
    for hop_missing in missing:
        run = run + 1 if hop_missing else 0
        longest = max(longest, run)
    # a run of k hops after the +-1 hop allowance hides k + 2 hops of the recording
    longest_ms = (longest + 2) * HOP_MS if longest else 0
    return DropoutReport(correlation, lag_s, longest_ms, int(loud.sum()))
