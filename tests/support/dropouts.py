"""Dropouts in a recorded track: stretches where the sent speech was loud and the recording
is (near) silent (issue 15: "no dropout >= 40 ms in the caller track").

The recording passes G.711, a jitter buffer and the bridge's resampler, so samples are
not comparable; loudness envelopes (5 ms hops, tests/support/audio.py) are. The recording
is aligned to what the peer sent by the envelopes' best lag, then again per half second
(`WINDOW_HOPS`, within +-`LOCAL_HOPS`): an adaptive jitter buffer may move the delay by a
few frames during a call, which is no audio lost, and one global lag would then report
every word edge after the move as missing. Its gain is estimated over the loud hops, and
a dropout is a run of hops where the sent speech is loud and the recording has less than
a tenth of the expected level, counted in the sent speech's time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from tests.support.audio import _envelope, best_correlation

HOP_MS = 5  # a hole of L ms shows as at least L - 5 ms
LOUD = 0.02  # envelope RMS of a syllable in the espeak-ng speech (silence is < 0.002)
SILENT_FRACTION = 0.1
WINDOW_HOPS = 100  # 0.5 s windows, aligned each on its own
LOCAL_HOPS = 16  # +-80 ms of delay change allowed between windows

Envelope = npt.NDArray[np.float64]


@dataclass(frozen=True)
class DropoutReport:
    correlation: float
    lag_s: float
    longest_ms: int  # the longest dropout found, 0 when none
    loud_hops: int  # how many hops of sent speech were compared
    at_s: float = 0.0  # where the longest starts, in the sent speech


def _segment(rec: Envelope, start: int, length: int) -> Envelope:
    """rec[start:start+length], zero outside the recording."""
    out = np.zeros(length)
    lo, hi = max(0, start), min(len(rec), start + length)
    if hi > lo:
        out[lo - start : hi - start] = rec[lo:hi]
    return out


def _local_lag(rec: Envelope, ref: Envelope, j: int, lag: int) -> int:
    """The lag (rec index - ref index) that best matches ref's window at j."""
    window = ref[j : j + WINDOW_HOPS]
    best, best_lag = -np.inf, lag
    for candidate in range(lag - LOCAL_HOPS, lag + LOCAL_HOPS + 1):
        score = float(np.dot(_segment(rec, j + candidate, len(window)), window))
        if score > best:
            best, best_lag = score, candidate
    return best_lag


def find_dropouts(recorded: Path, sent: Path) -> DropoutReport:
    """The longest stretch of `sent` speech missing from `recorded` (see module doc)."""
    correlation, lag_s = best_correlation(recorded, sent, hop_ms=HOP_MS)
    rec = _envelope(recorded, HOP_MS)
    ref = _envelope(sent, HOP_MS)
    lag = round(lag_s * 1000 / HOP_MS)  # rec[i + lag] corresponds to ref[i]
    loud = ref > LOUD
    if not loud.any():
        return DropoutReport(correlation, lag_s, 0, 0)
    aligned = np.zeros(len(ref))
    for j in range(0, len(ref), WINDOW_HOPS):
        local = _local_lag(rec, ref, j, lag) if loud[j : j + WINDOW_HOPS].any() else lag
        aligned[j : j + WINDOW_HOPS] = _segment(rec, j + local, len(ref[j : j + WINDOW_HOPS]))
    heard = loud & (aligned > 0)
    if not heard.any():
        return DropoutReport(correlation, lag_s, len(ref) * HOP_MS, int(loud.sum()))
    gain = float(np.median(aligned[heard] / ref[heard]))
    missing = loud & (aligned < SILENT_FRACTION * gain * ref)
    longest = run = 0
    at = 0
    for index, hop_missing in enumerate(missing):
        run = run + 1 if hop_missing else 0
        if run > longest:
            longest, at = run, index - run + 1
    return DropoutReport(
        correlation, lag_s, longest * HOP_MS, int(loud.sum()), at * HOP_MS / 1000.0
    )


def longest_loud_stretch(sent: Path) -> tuple[float, float]:
    """(start, length) in seconds of the longest run of loud hops in `sent`: where a test
    puts a hole to prove the detector sees one."""
    loud = _envelope(sent, HOP_MS) > LOUD
    best = (0, 0)
    start = None
    for index, value in enumerate([*loud, False]):
        if value and start is None:
            start = index
        elif not value and start is not None:
            best = max(best, (index - start, start))
            start = None
    return best[1] * HOP_MS / 1000.0, best[0] * HOP_MS / 1000.0
