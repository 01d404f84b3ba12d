"""The engine process dies mid-call (kill -9): the recording is repaired, not lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import Speech
from tests.support.serve import ServeProcess, pid_alive
from tests.support.simcall import simcall_command, start_simcall
from tests.support.sip_raw import SipSocket, build_request, new_id, sdp

pytestmark = [pytest.mark.sip, pytest.mark.slow]

TALK_BEFORE_KILL_S = 6.0


def _sox_duration(path: Path) -> float:
    result = subprocess.run(
        ["sox", "--i", "-D", str(path)], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 0, f"sox cannot read {path}: {result.stderr}"
    return float(result.stdout.strip())


def test_engine_kill9_mid_call_repairs_recording(serve: ServeProcess, speech_wav: Speech) -> None:
    caller = start_simcall(
        simcall_command(serve.sip_uri, from_number="+380501234567", wav=speech_wav.wav, duration=30)
    )
    try:
        answered = serve.wait_for("call_answered", timeout=20)
        call_id = answered["call_id"]
        serve.wait_for("recording_started", lambda e: e["call_id"] == call_id)
        engine = serve.engine_pid()
        ready_before = len(serve.find("engine_ready"))
        time.sleep(TALK_BEFORE_KILL_S)  # the call must really be talking when the engine dies

        os.kill(engine, signal.SIGKILL)
        killed_at = time.monotonic()
        talked_s = killed_at - answered["_t"]

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            restarted = serve.find("engine_restarted") or (
                len(serve.find("engine_ready")) > ready_before
            )
            if restarted:
                break
            assert serve.alive, serve.diagnostics()
            time.sleep(0.1)
        else:
            raise AssertionError(f"no engine restart within 30 s\n{serve.diagnostics()}")
        assert not pid_alive(engine)
        assert serve.engine_pid() != engine

        finished = serve.wait_for(
            "recording_finished", lambda e: e["call_id"] == call_id, timeout=30
        )
        assert finished["status"] == "repaired", finished
        caller_wav = Path(finished["caller_path"])
        recovered_s = _sox_duration(caller_wav)
        assert recovered_s >= talked_s - 1.0, (
            f"repaired caller.wav is {recovered_s:.2f} s, the call talked {talked_s:.2f} s"
        )

        rows = [row for row in serve.calls_json() if row.get("call_id", row.get("id")) == call_id]
        assert len(rows) == 1, rows
        assert rows[0]["end_reason"] == "interrupted", rows[0]
        recordings = [row for row in serve.recordings_json() if row["call_id"] == call_id]
        assert [row["status"] for row in recordings] == ["repaired"], recordings
    finally:
        if caller.poll() is None:
            caller.terminate()
        caller.communicate(timeout=30)


KILLS_AFTER_200 = 3


def _invite_until_200(sock: SipSocket, port: int) -> tuple[str, float]:
    """INVITE the seat from a raw UDP socket; return its Call-ID once the 200 is here."""
    call_id = new_id()
    invite = build_request(
        "INVITE",
        port,
        sock.local_port,
        call_id=call_id,
        extra=["Content-Type: application/sdp"],
        body=sdp(sock.local_port),
    )
    sock.send(invite)
    ok = sock.wait_response(lambda r: r.code == 200 and r.cseq_method == "INVITE", timeout=15)
    assert ok is not None, f"no 200 OK: {[i.raw[:60] for i in sock.received]}"
    return f"{call_id}@127.0.0.1", time.monotonic()


def test_engine_kill9_right_after_the_200_loses_no_call(
    serve: ServeProcess, tmp_path: Path
) -> None:
    """No fsync between INVITE and 200 any more (issue 15): the call reaches the host
    before the 200 leaves, the recording starts right after it with its sidecar written
    but not yet synced. A kill -9 the moment the caller has the 200 must still leave the
    call in the log (KUTY-1.1), and any recording it began must be repaired, not lost."""
    with SipSocket(serve.port) as sock:
        for run in range(KILLS_AFTER_200):
            engine = serve.engine_pid()
            ready_before = len(serve.find("engine_ready"))
            sip_call_id, _ = _invite_until_200(sock, serve.port)
            os.kill(engine, signal.SIGKILL)  # at once: no event, no step after this one

            deadline = time.monotonic() + 30
            while len(serve.find("engine_ready")) <= ready_before:
                assert time.monotonic() < deadline, f"run {run}: no restart\n{serve.diagnostics()}"
                assert serve.alive, serve.diagnostics()
                time.sleep(0.05)
            assert not pid_alive(engine)

            [incoming] = serve.find("call_incoming", lambda e, c=sip_call_id: e["sip_call_id"] == c)
            call_id = incoming["call_id"]
            rows = [r for r in serve.calls_json() if r.get("call_id", r.get("id")) == call_id]
            assert len(rows) == 1, (run, rows, serve.diagnostics())
            assert rows[0]["end_reason"] == "interrupted", (run, rows[0])
            # A recording directory with a sidecar (written right after the 200) is
            # repaired by the reconcile before the new engine runs; none is left open.
            dirs = list(Path(serve.data_dir).rglob(f"*/{call_id}/call.json"))
            recs = [r for r in serve.recordings_json() if r["call_id"] == call_id]
            assert len(recs) == len(dirs), (run, recs, dirs)
            statuses = [json.loads(d.read_text()).get("error") for d in dirs]
            assert all(r["status"] == "repaired" for r in recs), (run, statuses)
            assert not [d for d in dirs if list(d.parent.glob("*.partial.wav"))], (run, dirs)
