"""The EngineSupervisor state machine on its own (issue 10: one supervisor, both hosts).

The real hosts (QProcess in the console, subprocess in `kuty serve`) are covered against
the real engine in tests/gui/test_real_calls.py, tests/integration/test_crash_recovery.py
and test_recording_faults.py; here a scripted host drives every rule deterministically:
timers fire when the test says, background jobs finish when the test says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from seat.supervisor import (
    BACKOFF_S,
    MAX_FAILED_STARTS,
    EngineState,
    EngineSupervisor,
    SupervisorConfig,
)
from telephony import protocol as p

READY = p.EngineReady(listen="127.0.0.1:5060", pid=4242, seat="s1")


class FakeProcess:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.lines: list[str] = []
        self.shut = False

    def write(self, line: str) -> bool:
        if self.shut:
            return False
        self.lines.append(line)
        return True

    def shutdown(self, timeout_s: float) -> None:
        self.shut = True


class FakeHost:
    def __init__(self) -> None:
        self.spawned: list[FakeProcess] = []
        self.timers: list[tuple[float, Callable[[], None], list[bool]]] = []
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any, Exception | None], None]]] = []
        self.writes: list[Callable[[], Any]] = []
        self.argvs: list[list[str]] = []

    def spawn(self, argv: list[str]) -> FakeProcess:
        self.argvs.append(list(argv))
        proc = FakeProcess(1000 + len(self.spawned))
        self.spawned.append(proc)
        return proc

    def call_later(self, delay_s: float, action: Callable[[], None]) -> Callable[[], None]:
        cancelled = [False]
        self.timers.append((delay_s, action, cancelled))
        return lambda: cancelled.__setitem__(0, True)

    def background(self, job: Callable[[], Any], done: Any) -> None:
        self.jobs.append((job, done))

    def write(self, job: Callable[[], Any], done: Any) -> None:
        self.writes.append(job)
        done(job(), None)

    def fire(self, delay_s: float) -> None:
        """Run the pending timer with this delay (the first one, like a clock would)."""
        for entry in list(self.timers):
            delay, action, cancelled = entry
            if delay == delay_s and not cancelled[0]:
                self.timers.remove(entry)
                action()
                return
        raise AssertionError(f"no timer of {delay_s} s among {[t[0] for t in self.timers]}")

    def pending_delays(self) -> list[float]:
        return [d for d, _a, c in self.timers if not c[0]]

    def finish_jobs(self) -> None:
        while self.jobs:
            job, done = self.jobs.pop(0)
            try:
                result = job()
            except Exception as exc:
                done(None, exc)
            else:
                done(result, None)


class Listener:
    def __init__(self) -> None:
        self.events: list[p.Event] = []
        self.states: list[EngineState] = []
        self.died: list[str] = []
        self.restarted: list[int] = []

    def on_event(self, event: p.Event) -> None:
        self.events.append(event)

    def on_state(self, state: EngineState) -> None:
        self.states.append(state)

    def on_died(self, description: str, exit_code: int) -> None:
        self.died.append(description)

    def on_restarted(self, pid: int, restarts: int) -> None:
        self.restarted.append(restarts)

    def alerts(self) -> list[str]:
        return [e.code for e in self.events if isinstance(e, p.Alert)]


class CallLog:
    def __init__(self) -> None:
        self.applied: list[p.Event] = []
        self.audits: list[str] = []

    def apply(self, event: p.Event) -> None:
        self.applied.append(event)

    def audit(self, kind: str, actor: str, payload: dict[str, Any], call_id: Any = None) -> None:
        self.audits.append(kind)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


Setup = tuple[EngineSupervisor, FakeHost, Listener, CallLog, Clock, list[bool]]


@pytest.fixture
def setup() -> Setup:
    host, listener, calllog, clock = FakeHost(), Listener(), CallLog(), Clock()
    reconciles: list[bool] = []

    def reconcile(close_calls: bool) -> list[dict[str, Any]]:
        reconciles.append(close_calls)
        return []

    account = p.Command(p.CommandName.ADD_ACCOUNT, args={"account_id": "desk"})
    config = SupervisorConfig(
        argv=["engine"],
        actor="seat:s1",
        repair_every_s=60.0,
        register=lambda: [account],
        reconcile=reconcile,
    )
    sup = EngineSupervisor(config, host, listener, calllog, clock=clock)
    return sup, host, listener, calllog, clock, reconciles


def _ready(sup: EngineSupervisor) -> None:
    sup.on_line(p.encode_event(READY))


def test_start_ready_registers_and_journals(setup: Setup) -> None:
    sup, host, listener, calllog, _clock, _r = setup
    sup.start()
    assert sup.state is EngineState.STARTING and len(host.spawned) == 1
    sup.on_line("pjsua says hello, not JSON")  # noise is ignored
    _ready(sup)
    assert sup.state is EngineState.READY
    assert '"add_account"' in host.spawned[0].lines[0]
    assert calllog.applied == [READY] and listener.events == [READY]
    assert listener.states == [EngineState.STARTING, EngineState.READY]


def test_death_ends_open_calls_audits_and_restarts_after_reconcile(setup: Setup) -> None:
    sup, host, listener, calllog, _clock, reconciles = setup
    sup.start()
    _ready(sup)
    ring = p.CallIncoming(call_id="c1", remote_uri="sip:x@127.0.0.1", caller_number=None,
                          display_name="", ring_at="2026-12-01T10:00:00+00:00")  # fmt: skip
    sup.on_event(ring)
    assert sup.open_calls == {"c1"}
    sup.on_exit(-9, "engine crashed (signal 9)")

    assert sup.state is EngineState.DIED and listener.died == ["engine crashed (signal 9)"]
    assert calllog.audits == ["engine_died"]
    [ended] = [e for e in listener.events if isinstance(e, p.CallEnded)]
    assert (ended.call_id, ended.end_reason) == ("c1", p.EndReason.INTERRUPTED)
    assert sup.open_calls == frozenset()
    assert BACKOFF_S[0] in host.pending_delays()

    host.fire(BACKOFF_S[0])
    assert sup.state is EngineState.RESTARTING and len(host.spawned) == 1  # reconcile first
    host.finish_jobs()
    assert reconciles == [True] and len(host.spawned) == 2
    sup.on_line(p.encode_event(READY))
    assert listener.restarted == [1] and calllog.audits[-1] == "engine_restarted"


def test_backoff_grows_and_resets_after_a_stable_run(setup: Setup) -> None:
    sup, host, _listener, _calllog, clock, _r = setup
    sup.start()
    delays = []
    for _ in range(3):
        _ready(sup)
        sup.on_exit(1, "engine exited with code 1")
        delay = max(d for d in host.pending_delays() if d != 60.0)
        delays.append(delay)
        host.fire(delay)
        host.finish_jobs()
    assert delays == list(BACKOFF_S[:3])
    _ready(sup)
    clock.now += 31.0  # it ran long enough to count as stable
    sup.on_exit(1, "engine exited with code 1")
    assert BACKOFF_S[0] in host.pending_delays()


def test_an_engine_that_says_it_cannot_start_is_not_restarted(setup: Setup) -> None:
    sup, host, listener, calllog, _clock, _r = setup
    sup.start()
    sup.on_event(p.EngineStopped(reason="engine could not start: port 5060 in use"))
    sup.on_exit(2, "engine exited with code 2")
    assert sup.state is EngineState.FAILED
    assert "port 5060 in use" in sup.start_failure
    assert "engine_failed" in listener.alerts() and calllog.audits == ["engine_failed"]
    assert [d for d in host.pending_delays() if d != 60.0] == []  # no restart


def test_one_that_never_comes_up_is_retried_then_given_up(setup: Setup) -> None:
    sup, host, listener, _calllog, _clock, _r = setup
    sup.start()
    for attempt in range(MAX_FAILED_STARTS):
        sup.on_exit(-1, "engine failed to start: no such file")
        if attempt < MAX_FAILED_STARTS - 1:
            host.fire(BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)])
            host.finish_jobs()
    assert len(listener.died) == MAX_FAILED_STARTS - 1
    assert sup.state is EngineState.FAILED and len(host.spawned) == MAX_FAILED_STARTS


def test_periodic_repair_never_closes_calls_and_reports_each_problem_once(setup: Setup) -> None:
    sup, host, listener, _calllog, _clock, _r = setup
    results: list[list[dict[str, Any]]] = [
        [{"status": "failed", "directory": "/r/2026/12/01/c9", "error": "No space left"}],
        [{"status": "failed", "directory": "/r/2026/12/01/c9", "error": "No space left"}],
        [{"call_id": "c9", "recording_id": "r9", "directory": "/r/2026/12/01/c9",
          "status": "incomplete", "tracks": {}, "gaps": [{"track": "caller", "from_s": 4.0,
                                                          "to_s": 9.0}]}],
    ]  # fmt: skip
    calls: list[bool] = []

    def reconcile(close_calls: bool) -> list[dict[str, Any]]:
        calls.append(close_calls)
        return results.pop(0)

    sup.config = SupervisorConfig(argv=["engine"], repair_every_s=60.0, reconcile=reconcile)
    sup.start()
    host.fire(60.0)  # not ready yet: no pass, but the next one is scheduled
    assert calls == []
    _ready(sup)
    for _ in range(3):
        host.fire(60.0)
        host.finish_jobs()
    assert calls == [False, False, False]
    assert listener.alerts().count("reconcile_failed") == 1
    [finished] = [e for e in listener.events if isinstance(e, p.RecordingFinished)]
    assert finished.status is p.RecordingStatus.INCOMPLETE and '"from_s": 4.0' in finished.gaps


def test_stop_is_not_a_death_and_commands_then_fail_visibly(setup: Setup) -> None:
    sup, host, listener, _calllog, _clock, _r = setup
    sup.start()
    _ready(sup)
    sup.stop()
    assert '"shutdown"' in host.spawned[0].lines[-1] and host.spawned[0].shut
    sup.on_exit(0, "engine exited with code 0")
    assert listener.died == [] and sup.state is EngineState.STOPPED
    assert not sup.submit(p.Command(p.CommandName.ANSWER, call_id="c1"))
    failed = listener.events[-1]
    assert isinstance(failed, p.CommandFailed) and failed.message == "engine not running"


def test_the_audit_head_is_anchored_at_start_and_every_hour(setup: Setup) -> None:
    sup, host, _listener, _calllog, _clock, _r = setup
    written: list[int] = []
    sup.config = SupervisorConfig(
        argv=["engine"], checkpoint=lambda: written.append(1), checkpoint_every_s=3600.0
    )
    sup.start()
    host.finish_jobs()
    assert written == [1]
    host.fire(3600.0)
    host.finish_jobs()
    assert written == [1, 1] and 3600.0 in host.pending_delays()


def _agent(state: p.AgentState, reason: str = "") -> p.AgentStateChanged:
    return p.AgentStateChanged(state=state, since="2026-12-01T10:00:00+00:00", reason=reason)


def _crash_and_restart(sup: EngineSupervisor, host: FakeHost) -> list[str]:
    sup.on_exit(-9, "engine crashed (signal 9)")
    host.fire(min(d for d in host.pending_delays() if d in BACKOFF_S))
    host.finish_jobs()
    return host.argvs[-1]


def test_a_restarted_engine_keeps_the_agent_state(setup: Setup) -> None:
    """Issue 11: an engine crash never silently makes a Not-ready seat Ready."""
    sup, host, _listener, _calllog, _clock, _r = setup
    sup.start()
    assert host.argvs[0] == ["engine"]  # nothing known yet: the configured argv
    _ready(sup)
    sup.on_event(_agent(p.AgentState.NOT_READY, "lunch"))
    argv = _crash_and_restart(sup, host)
    assert argv[-4:] == ["--agent-state", "not_ready", "--not-ready-reason", "lunch"], argv

    _ready(sup)
    sup.on_event(_agent(p.AgentState.AFTER_CALL_WORK))
    argv = _crash_and_restart(sup, host)
    assert argv[-4:] == ["--agent-state", "not_ready", "--not-ready-reason", "after_call_work"]

    _ready(sup)
    sup.on_event(_agent(p.AgentState.READY))
    argv = _crash_and_restart(sup, host)
    assert argv == ["engine", "--agent-state", "ready"], argv
