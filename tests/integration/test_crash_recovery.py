"""The engine process dies mid-call (kill -9): the recording is repaired, not lost."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import Speech
from tests.support.serve import ServeProcess, pid_alive
from tests.support.simcall import simcall_command, start_simcall

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
