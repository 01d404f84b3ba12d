"""Operator controls on real calls: answer, reject, hold/resume, mute, DTMF, dial, bad commands.

Commands go in as protocol JSON on `kuty serve`'s stdin, the same commands the console's
buttons send; the caller is a real pjsua2 process (`telephony.simcall`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.serve import ServeProcess
from tests.support.simcall import simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]


@pytest.fixture
def seat(tmp_data_dir: Path) -> Iterator[ServeProcess]:
    with ServeProcess(tmp_data_dir, auto_answer=False, commands=True) as proc:
        yield proc


def _caller_events(proc: object) -> list[dict[str, object]]:
    out, _err = proc.communicate(timeout=60)  # type: ignore[attr-defined]
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_answer_dtmf_hold_resume_mute_hangup(seat: ServeProcess) -> None:
    caller = start_simcall(
        simcall_command(
            seat.sip_uri,
            from_number="0931234567",
            say="Алло",
            duration=20.0,
            extra_args=("--dtmf", "12#"),
        )
    )
    ringing = seat.wait_for("call_incoming")
    call_id = ringing["call_id"]
    assert ringing["caller_number"] == "+380931234567"
    assert not seat.find("call_answered")  # nothing happens until the operator answers

    seat.send("answer", call_id)
    seat.wait_for("call_answered", lambda e: e["call_id"] == call_id)
    seat.wait_for("recording_started", lambda e: e["call_id"] == call_id)
    deadline = time.monotonic() + 10
    while len(digits := seat.find("dtmf", lambda e: e["call_id"] == call_id)) < 3:
        assert time.monotonic() < deadline, digits
        time.sleep(0.05)
    assert "".join(str(e["digit"]) for e in digits) == "12#"

    mark = seat.mark()
    seat.send("hold", call_id)
    seat.wait_for("call_media", lambda e: e["on_hold"] is True, since=mark)
    time.sleep(3.0)  # a held call is still recorded: its tracks must not look stalled
    mark = seat.mark()
    seat.send("resume", call_id)
    seat.wait_for("call_media", lambda e: e["on_hold"] is False, since=mark)
    mark = seat.mark()
    seat.send("mute", call_id, on=True)
    seat.wait_for("call_media", lambda e: e["muted"] is True, since=mark)

    seat.send("hangup", call_id)
    ended = seat.wait_for("call_ended", lambda e: e["call_id"] == call_id)
    assert ended["end_reason"] == "local_hangup"
    finished = seat.wait_for("recording_finished", lambda e: e["call_id"] == call_id)
    assert finished["status"] == "complete", finished  # no gaps: hold is not lost audio
    assert not seat.find("alert", lambda e: e["code"] == "recording_stalled"), seat.events
    events = _caller_events(caller)
    assert {"event": "disconnected", "by": "remote"}.items() <= events[-1].items(), events


def test_reject_ends_a_ringing_call_without_recording(seat: ServeProcess) -> None:
    caller = start_simcall(simcall_command(seat.sip_uri, from_number="0931234567", say="Алло"))
    call_id = seat.wait_for("call_incoming")["call_id"]
    seat.send("reject", call_id)
    ended = seat.wait_for("call_ended", lambda e: e["call_id"] == call_id)
    assert ended["end_reason"] == "rejected"
    caller.communicate(timeout=30)
    assert caller.returncode == 1  # the caller never got connected
    assert not seat.find("recording_started", lambda e: e["call_id"] == call_id)


def test_caller_giving_up_while_ringing_is_missed(seat: ServeProcess) -> None:
    caller = start_simcall(
        simcall_command(
            seat.sip_uri,
            from_number="0931234567",
            say="Алло",
            extra_args=("--answer-timeout", "1.5"),
        )
    )
    call_id = seat.wait_for("call_incoming")["call_id"]
    ended = seat.wait_for("call_ended", lambda e: e["call_id"] == call_id, timeout=20)
    assert ended["end_reason"] == "missed"
    caller.communicate(timeout=30)
    assert caller.returncode == 1


def test_outgoing_call_is_recorded_on_both_seats(seat: ServeProcess, tmp_path: Path) -> None:
    with ServeProcess(tmp_path / "peer", auto_answer=True) as peer:
        seat.send("dial", uri=peer.sip_uri)
        outgoing = seat.wait_for("call_outgoing")
        call_id = outgoing["call_id"]
        seat.wait_for("call_answered", lambda e: e["call_id"] == call_id)
        seat.wait_for("recording_started", lambda e: e["call_id"] == call_id)
        peer.wait_for("recording_started")
        seat.send("hangup", call_id)
        assert (
            seat.wait_for("recording_finished", lambda e: e["call_id"] == call_id)["status"]
            == "complete"
        )
        assert peer.wait_for("call_ended")["end_reason"] == "remote_hangup"
    calls = seat.calls_json()
    assert [c["direction"] for c in calls] == ["outgoing"]


@pytest.mark.parametrize(
    ("cmd", "args", "needle"),
    [
        ("answer", {}, "no active call"),
        ("dial", {"uri": "not an address"}, "not a SIP"),
        ("dial", {"uri": "sip:" + "x" * 600}, "too long"),
        ("dtmf", {"digits": "9z"}, "DTMF"),
    ],
)
def test_bad_commands_fail_clearly_and_the_seat_stays_up(
    seat: ServeProcess, cmd: str, args: dict[str, str], needle: str
) -> None:
    mark = seat.mark()
    seat.send(cmd, "no-such-call" if cmd != "dial" else None, **args)
    failed = seat.wait_for("command_failed", since=mark)
    assert needle in failed["message"]
    assert seat.alive
