"""The engine's side of the operator's day (issue 11), on real calls through `kuty serve`.

Agent state (Ready / Not ready / after-call work) is held by the engine, which refuses an
INVITE itself within 2 s when the seat is not Ready, so a PBX's fork or queue moves on;
a second call while talking rings as call waiting (answering it holds the first) or is
refused as busy. Callers are real pjsua2 processes (`telephony.simcall`).
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Speech
from tests.support.serve import ServeProcess
from tests.support.simcall import run_simcall, simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]

REFUSE_WITHIN_S = 2.0


def _events(result_stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result_stdout.splitlines() if line.startswith("{")]


def _refusal_latency(events: list[dict[str, Any]]) -> tuple[int, float]:
    """(final code, seconds from the INVITE to it) as the caller saw them."""
    calling = next(e for e in events if e["event"] == "calling")
    ended = next(e for e in events if e["event"] == "disconnected")
    return int(ended["code"]), float(ended["at"]) - float(calling["at"])


def _write_line(serve: ServeProcess, line: str) -> None:
    """A command typed as a person would, arguments at the top level."""
    stdin = serve.proc.stdin
    assert stdin is not None
    stdin.write((line + "\n").encode())
    stdin.flush()


def test_not_ready_refuses_with_486_then_ready_answers(
    tmp_data_dir: Path, speech_wav: Speech
) -> None:
    extra = ["--agent-state", "not_ready", "--not-ready-reason", "lunch"]
    with ServeProcess(tmp_data_dir, auto_answer=True, commands=True, extra_args=extra) as serve:
        start = serve.wait_for("agent_state")
        assert (start["state"], start["reason"], start["cause"]) == ("not_ready", "lunch", "start")

        result = run_simcall(
            simcall_command(serve.sip_uri, from_number="0931234567", wav=speech_wav.wav),
            timeout=60,
        )
        assert result.returncode == 1, result.describe()  # never connected
        code, latency = _refusal_latency(result.events)
        assert code == 486, result.describe()
        assert latency < REFUSE_WITHIN_S, f"486 after {latency:.2f} s"
        declined = serve.wait_for("call_declined")
        assert declined["end_reason"] == "not_ready" and declined["sip_code"] == 486, declined
        assert declined["caller_number"] == "+380931234567"
        assert "lunch" in declined["reason"]
        assert not serve.find("call_incoming"), "a not-ready seat must not ring"

        mark = serve.mark()
        _write_line(serve, '{"cmd": "set_agent_state", "state": "bogus"}')
        failed = serve.wait_for("command_failed", since=mark)
        assert "agent state must be one of" in failed["message"], failed

        mark = serve.mark()
        _write_line(serve, '{"cmd": "set_agent_state", "state": "ready"}')
        ready = serve.wait_for("agent_state", since=mark)
        assert (ready["state"], ready["cause"]) == ("ready", "command")

        result = run_simcall(
            simcall_command(serve.sip_uri, wav=speech_wav.wav, duration=1.5), timeout=60
        )
        assert result.returncode == 0, result.describe()
        serve.wait_for("call_answered", since=mark)
        serve.wait_for("recording_finished", since=mark, timeout=30)
        # The refused call is a row of the call log: a missed call with its reason.
        rows = {row["call_id"]: row for row in serve.calls_json()}
        refused = rows[declined["call_id"]]
        assert (refused["end_reason"], refused["sip_code"]) == ("not_ready", 486), refused
        assert refused["number"] == "+380931234567" and refused["answer_at"] is None
        missed = serve.cli_json("calls", "missed", "--json")
        assert [m["call_id"] for m in missed] == [declined["call_id"]], missed


def test_after_call_work_refuses_then_returns_to_ready(
    tmp_data_dir: Path, speech_wav: Speech
) -> None:
    env = {"KUTY_ACW_S": "4"}
    with ServeProcess(tmp_data_dir, auto_answer=True, env=env) as serve:
        serve.wait_for("agent_state", lambda e: e["cause"] == "start")
        result = run_simcall(
            simcall_command(serve.sip_uri, wav=speech_wav.wav, duration=1.0), timeout=60
        )
        assert result.returncode == 0, result.describe()
        ended = serve.wait_for("call_ended")
        acw = serve.wait_for("agent_state", lambda e: e["state"] == "after_call_work")
        assert acw["call_id"] == ended["call_id"] and acw["acw_limit_s"] == 4, acw
        assert acw["cause"] == "call_ended"

        during = run_simcall(simcall_command(serve.sip_uri, wav=speech_wav.wav), timeout=60)
        code, latency = _refusal_latency(during.events)
        assert code == 486 and latency < REFUSE_WITHIN_S, during.describe()
        declined = serve.wait_for("call_declined")
        assert declined["end_reason"] == "not_ready", declined

        back = serve.wait_for(
            "agent_state", lambda e: e["state"] == "ready" and e["cause"] != "start", timeout=15
        )
        assert back["cause"] == "acw_limit"
        waited = back["_t"] - acw["_t"]
        assert 3.5 <= waited <= 9.0, f"back to Ready after {waited:.1f} s (limit 4 s)"


def _wait_caller(proc: subprocess.Popen[str], name: str, timeout: float = 20.0) -> dict[str, Any]:
    """Read the caller's JSON lines until event `name` (the process keeps running)."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith("{"):
            event = json.loads(line)
            if event.get("event") == name:
                return dict(event)
    raise AssertionError(f"the caller never said {name!r}")


def test_call_waiting_answer_holds_the_first(tmp_data_dir: Path, speech_wav: Speech) -> None:
    with ServeProcess(tmp_data_dir, auto_answer=False, commands=True) as serve:
        first = start_simcall(
            simcall_command(serve.sip_uri, from_number="0931111111", wav=speech_wav.wav,
                            duration=20.0)
        )  # fmt: skip
        second: subprocess.Popen[str] | None = None
        try:
            a = serve.wait_for("call_incoming")
            assert a["waiting"] is False
            serve.send("answer", a["call_id"])
            serve.wait_for("call_answered", lambda e: e["call_id"] == a["call_id"])
            _wait_caller(first, "connected")

            second = start_simcall(
                simcall_command(serve.sip_uri, from_number="0932222222", wav=speech_wav.wav,
                                duration=2.0)
            )  # fmt: skip
            b = serve.wait_for("call_incoming", lambda e: e["call_id"] != a["call_id"])
            assert b["waiting"] is True and b["caller_number"] == "+380932222222", b
            serve.send("answer", b["call_id"])  # hold_others defaults to true
            held = _wait_caller(first, "held")  # the first peer got the hold re-INVITE
            serve.wait_for("call_media", lambda e: e["call_id"] == a["call_id"] and e["on_hold"])
            answered = serve.wait_for("call_answered", lambda e: e["call_id"] == b["call_id"])
            assert held["at"] > 0 and answered
            serve.wait_for("call_ended", lambda e: e["call_id"] == b["call_id"], timeout=20)
            serve.send("hangup", a["call_id"])
            serve.wait_for("call_ended", lambda e: e["call_id"] == a["call_id"])
        finally:
            for proc in (first, second):
                if proc is not None:
                    proc.communicate(timeout=30)


def test_second_call_busy_mode_gets_486(tmp_data_dir: Path, speech_wav: Speech) -> None:
    env = {"KUTY_SECOND_CALL": "busy"}
    with ServeProcess(tmp_data_dir, auto_answer=True, env=env) as serve:
        first = start_simcall(simcall_command(serve.sip_uri, wav=speech_wav.wav, duration=5.0))
        try:
            a = serve.wait_for("call_answered")
            result = run_simcall(
                simcall_command(serve.sip_uri, from_number="0932222222", wav=speech_wav.wav),
                timeout=60,
            )
            code, latency = _refusal_latency(result.events)
            assert code == 486 and latency < REFUSE_WITHIN_S, result.describe()
            declined = serve.wait_for("call_declined")
            assert declined["end_reason"] == "busy" and declined["sip_code"] == 486, declined
            assert declined["caller_number"] == "+380932222222"
            assert not serve.find("call_ended", lambda e: e["call_id"] == a["call_id"])
        finally:
            first.communicate(timeout=30)
