"""Calls beyond the engine's call slots, and many calls at once into one `kuty serve` (issue 15).

pjsua caps `maxCalls` at its build's PJSUA_MAX_CALLS and answers every further INVITE with
486 before any Python runs; the engine reads back what it got (engine_ready) and turns
each such refusal into a call-log row with the reason `capacity` (telephony/refusals.py),
so a desk that must fix every call (KUTY-1.1) knows about the calls it turned away.
Callers are sipp processes on loopback; the seat is the real product.
"""

from __future__ import annotations

import time
import wave
from collections import Counter
from pathlib import Path

import pytest

from recordings.evidence import check_track
from telephony.refusals import SOURCE_BURST
from tests.conftest import Speech
from tests.support.audio import duration
from tests.support.checks import DURATION_TOLERANCE_S, MIN_CORRELATION, parse_time
from tests.support.dropouts import DropoutReport, find_dropouts
from tests.support.serve import Event, ServeProcess
from tests.support.sip_raw import SipSocket, build_request, new_id
from tests.support.sipp import run_sipp

pytestmark = [pytest.mark.sip, pytest.mark.slow]

BUILD_MAX_CALLS = 64  # PJSUA_MAX_CALLS of our build (packaging/build_pjsua2.sh, ADR 0008)


def _numbers_file(directory: Path, numbers: list[str]) -> Path:
    """A sipp injection file: call n takes line n as [field0] (its From user)."""
    path = directory / "numbers.csv"
    path.write_text("SEQUENTIAL\n" + "".join(f"{n};\n" for n in numbers), encoding="ascii")
    return path


def _wait_count(serve: ServeProcess, name: str, count: int, since: int) -> list[Event]:
    """The first `count` events `name` after `since` (waits for the last of them)."""
    mark = since
    for _ in range(count):
        event = serve.wait_for(name, since=mark, timeout=30)
        mark = serve.events.index(event, mark) + 1
    return serve.find(name, since=since)[:count]


def test_engine_reports_the_call_slots_it_really_got(tmp_data_dir: Path) -> None:
    """Asked for more than the build allows, the engine says what pjsua gave it."""
    with ServeProcess(tmp_data_dir, extra_args=["--max-calls", "500"]) as serve:
        ready = serve.wait_for("engine_ready")
    assert ready["max_calls_requested"] == 500, ready
    assert ready["max_calls"] == BUILD_MAX_CALLS, ready
    log = serve.stderr_path.read_text(encoding="utf-8", errors="replace")
    assert f"{BUILD_MAX_CALLS} call slots, not the 500 asked for" in log, log[-3000:]


def test_calls_beyond_the_slots_are_refused_486_and_logged_as_capacity(
    tmp_data_dir: Path, tmp_path: Path, speech_wav: Speech
) -> None:
    """N slots, N+2 INVITEs at once: N answered, 2 get 486 and are missed calls `capacity`."""
    slots = 2
    numbers = [f"050123450{i}" for i in range(1, slots + 3)]
    inject = _numbers_file(tmp_path, numbers)
    with ServeProcess(tmp_data_dir, env={"KUTY_MAX_CALLS": str(slots)}) as serve:
        ready = serve.wait_for("engine_ready")
        assert (ready["max_calls"], ready["max_calls_requested"]) == (slots, slots), ready
        since = serve.mark()
        result = run_sipp(
            "uac_speech",
            serve.listen,
            substitutions={
                "RTP_FILE": str(speech_wav.ulaw),
                "PAUSE_MS": "2500",  # the answered calls hold their slots meanwhile
                "FROM_USER": "[field0]",
            },
            extra_args=["-inf", str(inject)],
            calls=slots + 2,
            limit=slots + 2,
            rate=50,
            timeout=30,
        )
        finals = Counter(result.final_codes)
        # 200s: the INVITEs' and the BYEs'; 486: one per refused INVITE
        assert finals[486] == 2 and finals[200] == 2 * slots, result.describe()

        declined = _wait_count(serve, "call_declined", 2, since)
        assert len(serve.find("call_declined", since=since)) == 2, serve.diagnostics()
        assert all(e["end_reason"] == "capacity" for e in declined), declined
        assert all(f"all {slots} call slots" in e["reason"] for e in declined), declined
        refused_numbers = {e["caller_number"] for e in declined}
        answered = serve.find("call_incoming", since=since)
        assert len(answered) == slots, answered
        answered_numbers = {e["caller_number"] for e in answered}
        assert refused_numbers | answered_numbers == {f"+38{n}" for n in numbers}
        _wait_count(serve, "recording_finished", slots, since)

        rows = {row["call_id"]: row for row in serve.calls_json()}
        for event in declined:
            row = rows[event["call_id"]]
            assert row["end_reason"] == "capacity" and row["sip_code"] == 486, row
            assert row["answer_at"] is None and row["end_at"], row
        missed = serve.cli_json("calls", "missed")
        listed = {row["call_id"] for row in missed}
        assert {e["call_id"] for e in declined} <= listed, missed
        assert all(row["end_reason"] == "capacity" for row in missed), missed


def test_malformed_invites_are_rows_and_a_flood_of_them_is_rate_limited(
    tmp_data_dir: Path,
) -> None:
    """An INVITE the sanity check refuses is still a call attempt when its From and Call-ID
    parse: a `malformed` row. Thirty from one host are a flood: a few rows, every one of
    them answered all the same (telephony/refusals.py SOURCE_BURST)."""
    with ServeProcess(tmp_data_dir) as serve, SipSocket(serve.port) as sock:
        since = serve.mark()
        for _ in range(30):
            bad = build_request(
                "INVITE", serve.port, sock.local_port, call_id=new_id(),
                extra=("Date: Fri, 01 Jan 2010 16:00:00 EST",),  # not GMT (RFC 4475 baddate)
            )  # fmt: skip
            response = sock.final(bad, timeout=2.0)
            assert response is not None and response.code == 400, sock.received[-3:]
        declined = _wait_count(serve, "call_declined", SOURCE_BURST, since)
        assert serve.find("call_refused", since=since)  # still the guard's audit events
        rows = [r for r in serve.calls_json() if r["end_reason"] == "malformed"]
    assert len(serve.find("call_declined", since=since)) == SOURCE_BURST
    assert all(e["end_reason"] == "malformed" and e["sip_code"] == 400 for e in declined)
    assert all("Malformed Date" in e["reason"] for e in declined), declined
    assert {r["call_id"] for r in rows} == {e["call_id"] for e in declined}, rows
    assert all(r["sip_code"] == 400 and r["answer_at"] is None for r in rows), rows
    assert serve.find("call_incoming", since=since) == []


CONCURRENT = 20
MAX_DROPOUT_MS = 40


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
    inject = _numbers_file(tmp_path, numbers)
    talk_ms = int((speech_wav.duration_s + 1.0) * 1000)
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
        first_end = min(e["_t"] for e in _wait_count(serve, "call_ended", CONCURRENT, since))
        assert max(e["_t"] for e in answered) < first_end, "calls were not simultaneous"
        finished = _wait_count(serve, "recording_finished", CONCURRENT, since)
        assert serve.find("alert", since=since) == [], serve.find("alert", since=since)
        assert serve.find("call_declined", since=since) == []

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
        call = calls[event["call_id"]]
        talk_s = (parse_time(call["end_at"]) - parse_time(call["answer_at"])).total_seconds()
        for track in ("caller", "operator"):
            seconds = duration(Path(row[f"{track}_path"]))
            assert abs(seconds - talk_s) <= DURATION_TOLERANCE_S, (track, seconds, talk_s)
        report = find_dropouts(Path(row["caller_path"]), speech_wav.wav)
        assert report.correlation > MIN_CORRELATION and report.loud_hops > 50, report
        assert report.longest_ms < MAX_DROPOUT_MS, (event["call_id"], report)
        worst = max(worst, report, key=lambda r: r.longest_ms)
    # the detector itself sees a 60 ms hole in a loud part of the speech
    loud_at = worst.lag_s + speech_wav.duration_s / 2
    holed = _with_hole(Path(row["caller_path"]), tmp_path / "holed.wav", loud_at, 60)
    assert find_dropouts(holed, speech_wav.wav).longest_ms >= MAX_DROPOUT_MS
    print(f"concurrent={CONCURRENT} calls_s={calls_s:.1f} worst_dropout_ms={worst.longest_ms}")
