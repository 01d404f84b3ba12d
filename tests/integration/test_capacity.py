"""20 simultaneous recorded calls into one `kuty serve --auto-answer` (issue 15).

An unattended seat used as a recorder must take many calls at once (KUTY-1.1: every call
recorded): one sipp process places 20 calls, each its own RTP stream of real speech, and
every recording must be whole. The refusals beyond the call slots are in
test_refused_calls.py.
"""

from __future__ import annotations

import time
import wave
from collections import Counter
from pathlib import Path

import pytest

from recordings.evidence import check_track
from tests.conftest import Speech
from tests.support.audio import duration
from tests.support.calls_at_once import numbers_file, wait_count
from tests.support.checks import DURATION_TOLERANCE_S, MIN_CORRELATION, parse_time
from tests.support.dropouts import HOP_MS, DropoutReport, find_dropouts, longest_loud_stretch
from tests.support.serve import ServeProcess
from tests.support.sipp import run_sipp

pytestmark = [pytest.mark.sip, pytest.mark.slow]


CONCURRENT = 20
MAX_DROPOUT_MS = 40
FLAGGED_MS = MAX_DROPOUT_MS - HOP_MS  # a 40 ms hole shows as 35 or 40 (5 ms hops)


def _with_hole(track: Path, out: Path, at_s: float, hole_ms: int) -> Path:
    """A copy of `track` with `hole_ms` of silence at `at_s`: the detector must see it."""
    with wave.open(str(track), "rb") as wav:
        params, frames = wav.getparams(), bytearray(wav.readframes(wav.getnframes()))
    start = int(at_s * params.framerate) * params.sampwidth
    frames[start : start + int(hole_ms * params.framerate / 1000) * params.sampwidth] = bytes(
        int(hole_ms * params.framerate / 1000) * params.sampwidth
    )
    with wave.open(str(out), "wb") as copy:
        copy.setparams(params)
        copy.writeframes(bytes(frames))
    return out


def test_twenty_simultaneous_recorded_calls_into_one_serve(
    tmp_data_dir: Path, tmp_path: Path, speech_wav: Speech
) -> None:
    """20 callers at once (one sipp, each call its own RTP stream of real speech) into one
    `kuty serve --auto-answer`: all answered, all recordings complete with both tracks and
    verified hashes, and no dropout of 40 ms or more in any caller track."""
    numbers = [f"05012345{i:02d}" for i in range(CONCURRENT)]
    inject = numbers_file(tmp_path, numbers)
    talk_ms = int((speech_wav.duration_s + 3.0) * 1000)  # headroom: all 20 up at once
    with ServeProcess(tmp_data_dir) as serve:
        ready = serve.wait_for("engine_ready")
        assert ready["max_calls"] >= CONCURRENT, ready
        since = serve.mark()
        started = time.monotonic()
        result = run_sipp(
            "uac_speech",
            serve.listen,
            substitutions={
                "RTP_FILE": str(speech_wav.ulaw),
                "PAUSE_MS": str(talk_ms),
                "FROM_USER": "[field0]",
            },
            extra_args=["-inf", str(inject)],
            calls=CONCURRENT,
            limit=CONCURRENT,
            rate=200,
            timeout=40,
        )
        calls_s = time.monotonic() - started
        assert result.returncode == 0, result.describe()
        assert Counter(result.final_codes)[200] == 2 * CONCURRENT, result.describe()
        answered = serve.find("call_answered", since=since)
        assert len(answered) == CONCURRENT, serve.diagnostics()
        # all of them were up at the same time: the last answer came before the first end
        first_end = min(e["_t"] for e in wait_count(serve, "call_ended", CONCURRENT, since))
        assert max(e["_t"] for e in answered) < first_end, "calls were not simultaneous"
        finished = wait_count(serve, "recording_finished", CONCURRENT, since)
        assert serve.find("alert", since=since) == [], serve.find("alert", since=since)
        assert serve.find("call_declined", since=since) == []

        rec_started = {e["call_id"]: e for e in serve.find("recording_started", since=since)}
        recordings = {row["call_id"]: row for row in serve.recordings_json()}
        calls = {row["call_id"]: row for row in serve.calls_json()}
    assert {calls[e["call_id"]]["number"] for e in finished} == {f"+38{n}" for n in numbers}
    worst = DropoutReport(1.0, 0.0, 0, 0)
    for event in finished:
        row = recordings[event["call_id"]]
        assert event["status"] == row["status"] == "complete", (event, row)
        assert not event["gaps"] and event["missing_s"] == 0.0, event
        for track in ("caller", "operator", "mixed"):
            check = check_track(row["recording_id"], track, Path(row[f"{track}_path"]),
                                row[f"{track}_sha256"])  # fmt: skip
            assert check.ok and check.expected == event[f"{track}_sha256"], check
        # From the recorders' start (media up, before the 200) to the end: with 20 INVITEs
        # queued on the one SIP thread, the ACK (answer_at) can come much later.
        end_at = parse_time(calls[event["call_id"]]["end_at"])
        span_s = (end_at - parse_time(rec_started[event["call_id"]]["started_at"])).total_seconds()
        for track in ("caller", "operator"):
            seconds = duration(Path(row[f"{track}_path"]))
            assert abs(seconds - span_s) <= DURATION_TOLERANCE_S, (track, seconds, span_s)
        report = find_dropouts(Path(row["caller_path"]), speech_wav.wav)
        assert report.correlation > MIN_CORRELATION and report.loud_hops > 50, report
        assert report.longest_ms < FLAGGED_MS, (event["call_id"], report)
        worst = max(worst, report, key=lambda r: r.longest_ms)
    # the detector itself flags a 40 ms hole in the middle of the loudest stretch of speech
    start_s, length_s = longest_loud_stretch(speech_wav.wav)
    loud_at = report.lag_s + start_s + (length_s - MAX_DROPOUT_MS / 1000) / 2  # last call
    holed = _with_hole(Path(row["caller_path"]), tmp_path / "holed.wav", loud_at, MAX_DROPOUT_MS)
    assert find_dropouts(holed, speech_wav.wav).longest_ms >= FLAGGED_MS
    print(f"concurrent={CONCURRENT} calls_s={calls_s:.1f} worst_dropout_ms={worst.longest_ms}")
