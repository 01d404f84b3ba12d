"""Agent state and call admission (telephony/agent.py) and the recording pre-check
(telephony/record_guard.py) on their own; the real calls are in
tests/integration/test_operator_day_engine.py and test_not_recorded.py."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from telephony import protocol as p
from telephony.agent import AgentDesk, SecondCall
from telephony.call_model import CommandError
from telephony.engine_main import parse_args
from telephony.record_guard import ANNOUNCEMENT, recording_problem


class Timers:
    def __init__(self) -> None:
        self.pending: list[tuple[float, Callable[[], None]]] = []

    def __call__(self, delay: float, action: Callable[[], None]) -> None:
        self.pending.append((delay, action))

    def fire_all(self) -> None:
        pending, self.pending = self.pending, []
        for _delay, action in pending:
            action()


def _desk(**kwargs: object) -> tuple[AgentDesk, list[p.Event], Timers]:
    events: list[p.Event] = []
    timers = Timers()
    return AgentDesk(events.append, timers, **kwargs), events, timers  # type: ignore[arg-type]


def _states(events: list[p.Event]) -> list[tuple[str, str]]:
    return [(e.state.value, e.cause) for e in events if isinstance(e, p.AgentStateChanged)]


def test_start_state_is_announced_and_commands_change_it() -> None:
    desk, events, _t = _desk(state=p.AgentState.NOT_READY, reason="lunch")
    desk.announce()
    assert _states(events) == [("not_ready", "start")]
    refusal = desk.admit(others_up=False)
    assert refusal is not None and refusal.end_reason is p.EndReason.NOT_READY
    assert refusal.sip_code == 486 and "lunch" in refusal.reason
    desk.command("ready")
    assert desk.ready and desk.admit(others_up=False) is None
    assert _states(events)[-1] == ("ready", "command")


@pytest.mark.parametrize(
    ("state", "reason", "needle"),
    [
        ("busy", "", "agent state must be one of ready, not_ready, after_call_work"),
        ("", "", "agent state must be one of"),
        ("not_ready", "a\nb", "not-ready reason must be a short code"),
        ("not_ready", "x" * 65, "not-ready reason must be a short code"),
    ],
)
def test_bad_commands_say_why(state: str, reason: str, needle: str) -> None:
    desk, events, _t = _desk()
    with pytest.raises(CommandError, match=needle):
        desk.command(state, reason)
    assert events == [] and desk.ready


def test_after_call_work_returns_to_ready_unless_changed_meanwhile() -> None:
    desk, events, timers = _desk(acw_s=30)
    desk.call_ended("c1", answered=True, others_up=False)
    [acw] = [e for e in events if isinstance(e, p.AgentStateChanged)]
    assert (acw.state, acw.call_id, acw.acw_limit_s) == (p.AgentState.AFTER_CALL_WORK, "c1", 30)
    assert desk.admit(others_up=False) is not None  # refused during wrap-up
    assert [d for d, _a in timers.pending] == [30.0]
    timers.fire_all()
    assert desk.ready and _states(events)[-1] == ("ready", "acw_limit")

    desk.call_ended("c2", answered=True, others_up=False)
    desk.command("not_ready", "break")  # the operator chose: the timer must not undo it
    timers.fire_all()
    assert desk.state is p.AgentState.NOT_READY and desk.reason == "break"


def test_no_after_call_work_for_missed_calls_other_calls_or_when_off() -> None:
    desk, events, _t = _desk(acw_s=10)
    desk.call_ended("missed", answered=False, others_up=False)
    desk.call_ended("one-of-two", answered=True, others_up=True)
    off, off_events, _t2 = _desk(acw_s=0)
    off.call_ended("c", answered=True, others_up=False)
    assert events == [] and off_events == []


def test_second_call_is_call_waiting_or_busy() -> None:
    waiting, _e, _t = _desk()
    assert waiting.admit(others_up=True) is None
    busy, _e2, _t2 = _desk(second_call=SecondCall.BUSY)
    refusal = busy.admit(others_up=True)
    assert refusal is not None and (refusal.end_reason, refusal.sip_code) == (
        p.EndReason.BUSY,
        486,
    )
    code480, _e3, _t3 = _desk(state=p.AgentState.NOT_READY, not_ready_code=480)
    assert code480.admit(others_up=False).sip_code == 480  # type: ignore[union-attr]


def test_engine_arguments_are_checked() -> None:
    args = parse_args(["--recordings", "/tmp/r", "--agent-state", "not_ready", "--acw-s", "20"])
    assert (args.agent_state, args.acw_s, args.second_call) == ("not_ready", 20, "call_waiting")
    for bad in (["--acw-s", "-1"], ["--agent-state", "away"], ["--not-ready-code", "404"]):
        with pytest.raises(SystemExit):
            parse_args(["--recordings", "/tmp/r", *bad])
    # issue 12, KZP-30-8: a regulation without a voice channel; its rules name the row
    assert args.no_voice is None
    assert parse_args(["--recordings", "/tmp/r", "--no-voice", "KZP-30-8"]).no_voice == "KZP-30-8"
    assert parse_args(["--recordings", "/tmp/r", "--no-voice"]).no_voice == ""


def test_recording_problem_names_the_folder_or_the_space(tmp_path: Path) -> None:
    assert recording_problem(tmp_path, reserve_mb=1) is None
    assert not [p for p in tmp_path.rglob(".probe-*")], "the probe file is removed"
    why = recording_problem(tmp_path, reserve_mb=10_000_000)
    assert why is not None and "MB free" in why and "reserve 10000000 MB" in why
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / f"{datetime.now(UTC):%Y}").write_text("not a folder")
    why = recording_problem(blocked, reserve_mb=0)
    assert why is not None and "cannot be written" in why


def test_announcement_is_shipped_as_16k_mono_pcm() -> None:
    import wave

    with wave.open(str(ANNOUNCEMENT), "rb") as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (16000, 1, 2)
        assert 2.0 < wav.getnframes() / 16000 < 8.0


def test_low_space_warning_comes_below_twice_the_reserve_once_per_crossing(
    tmp_path: Path,
) -> None:
    """The warning comes well before the reserve, below which a record-all seat refuses
    calls (KUTY-1.1); one alert per crossing, not one every few seconds."""
    import shutil

    from telephony.call_model import EngineConfig
    from telephony.recorder import Recorder

    free_mb = shutil.disk_usage(tmp_path).free // (1024 * 1024)
    events: list[p.Event] = []
    roomy = Recorder(EngineConfig(recordings_root=tmp_path, reserve_mb=free_mb // 3), events.append)
    tight = Recorder(
        EngineConfig(recordings_root=tmp_path, reserve_mb=free_mb * 2 // 3), events.append
    )
    try:
        # The recording worker reads the free space at start-up, off the SIP loop
        # (issue 15), and hands the loop a result only when the warning changes.
        deadline = time.monotonic() + 10.0
        while not tight.has_results and time.monotonic() < deadline:
            time.sleep(0.01)
        roomy.drain()
        tight.drain()
        assert roomy._space_post(free_mb * 1024 * 1024) is None  # three times the reserve
        lows = [e for e in events if isinstance(e, p.Alert) and e.code == "disk_space_low"]
        assert len(lows) == 1 and "MB free" in lows[0].message, events
        assert tight._space_post(free_mb * 1024 * 1024) is None  # still low: no second alert
    finally:
        roomy.shutdown()
        tight.shutdown()
