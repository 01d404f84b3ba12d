"""The one supervisor of the engine process, used by the console and by `kuty serve`.

ADR 0001: the engine is its own process so that a pjsua2 abort cannot take the window or
unsaved rows with it. Someone must then start it, journal what it reports into the call
log, notice when it dies, repair what it left behind and start it again, and say all of
that to the operator and the audit log. Two hosts used to do this with two copies that
had drifted apart (backoffs, alert codes, give-up rules, who closed interrupted calls);
this state machine is the one behaviour both run (issue 10). It is Qt-free and
thread-free: the host gives it a `Host` (how to spawn a process, run a timer, run
background work) and calls `on_line` / `on_exit` for what the process does, always from
one thread. `console/engine_client.py` drives it with QProcess and QTimer,
`seat/engine_process.py` with subprocess and threads.

States: ``stopped`` → ``starting`` → ``ready``; on an unexpected exit ``died`` →
``restarting`` (reconcile, then spawn again after a backoff) → ``ready``; ``failed`` when
the engine said it cannot start (bad address, port in use: restarting would loop) or
never came up after `MAX_FAILED_STARTS` tries.

Also periodic work that belongs to a running seat: the recordings of dead engines are
repaired every `repair_every_s` (reconcile without closing calls: whatever the kernel
says nobody holds, recordings/liveness.py), not only at start.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from seat.launch import with_agent_state
from telephony import protocol as p

log = logging.getLogger(__name__)

__all__ = [
    "BACKOFF_S",
    "EngineState",
    "EngineSupervisor",
    "Host",
    "Listener",
    "Process",
    "SupervisorConfig",
]

T = TypeVar("T")
BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 8.0, 10.0)
"""Delay before restart n (the last value repeats)."""
STABLE_AFTER_S = 30.0
"""An engine that ran this long before dying gets the shortest backoff again."""
MAX_FAILED_STARTS = 5
"""Starts in a row that never reached `engine_ready` before the supervisor gives up."""


class EngineState(enum.StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    READY = "ready"
    DIED = "died"
    RESTARTING = "restarting"
    FAILED = "failed"


class Process(Protocol):
    """One running engine process, as its host started it."""

    @property
    def pid(self) -> int: ...

    def write(self, line: str) -> bool:
        """Write one command line; False when the process cannot receive it."""
        ...

    def shutdown(self, timeout_s: float) -> None:
        """Close its stdin after SHUTDOWN was written, wait up to `timeout_s`, then kill."""
        ...


class Host(Protocol):
    """What the hosting program provides: processes, timers, background work."""

    def spawn(self, argv: list[str]) -> Process:
        """Start the engine; its lines and its exit come back as on_line / on_exit."""
        ...

    def call_later(self, delay_s: float, action: Callable[[], None]) -> Callable[[], None]:
        """Run `action` later on the supervisor's thread; returns a cancel function."""
        ...

    def background(
        self, job: Callable[[], T], done: Callable[[T | None, Exception | None], None]
    ) -> None:
        """Run `job` (a reconcile) off the supervisor's thread, after every write queued
        before it; `done(result, error)` comes back on the supervisor's thread."""
        ...

    def write(self, job: Callable[[], Any], done: Callable[[Any, Exception | None], None]) -> None:
        """A database write of what the engine said, in the engine's order. `kuty serve`
        runs it at once (so a script that sees the event can query the row); the console
        queues it on its database worker (widgets' queries run after it)."""
        ...


class Listener(Protocol):
    """Who shows what happens: the console's bridge, or `kuty serve`'s JSON printer."""

    def on_event(self, event: p.Event) -> None: ...

    def on_state(self, state: EngineState) -> None: ...

    def on_died(self, description: str, exit_code: int) -> None: ...

    def on_restarted(self, pid: int, restarts: int) -> None: ...


class CallLogLike(Protocol):
    def apply(self, event: p.Event) -> None: ...

    def audit(
        self, kind: str, actor: str, payload: dict[str, Any], call_id: str | None = None
    ) -> Any: ...


@dataclass(frozen=True)
class SupervisorConfig:
    argv: list[str]
    actor: str = "seat"
    repair_every_s: float = 60.0  # 0: only at (re)start
    register: Callable[[], list[p.Command]] | None = None
    """Commands sent to every fresh engine (its SIP accounts, passwords from keyring)."""
    reconcile: Callable[[bool], list[dict[str, Any]]] | None = None
    """Repairs recordings (arg: also close interrupted calls) and returns repaired sidecars;
    raises on failure. Runs in the background."""
    checkpoint: Callable[[], Any] | None = None
    """Anchors the audit chain's head outside the database (seat/audit_anchor.py), at start
    and every `checkpoint_every_s`: deleting the newest events is then caught."""
    checkpoint_every_s: float = 3600.0
    listen_check: Callable[[p.ListenRequested], str | None] | None = None
    """Issue 13: checks a supervisor's listen grant in the database (desk/listening.py
    `admit_listen`), in the background; None (the refusal reason) lets the engine answer.
    Without one every listen request is refused: nobody may listen unchecked."""


class EngineSupervisor:
    """Starts, watches, restarts and reconciles one engine; single-threaded by contract."""

    def __init__(
        self,
        config: SupervisorConfig,
        host: Host,
        listener: Listener,
        calllog: CallLogLike | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self._host = host
        self._listener = listener
        self._calllog = calllog
        self._clock = clock
        self._process: Process | None = None
        self._state = EngineState.STOPPED
        self._stopping = False
        self._restarting = False
        self._ready_at: float | None = None
        self._stop_reason = ""
        self._attempt = 0
        self._failed_starts = 0
        self._open_calls: set[str] = set()
        self._cancel_restart: Callable[[], None] | None = None
        self._cancel_repair: Callable[[], None] | None = None
        self._cancel_checkpoint: Callable[[], None] | None = None
        self._repairing = False
        self._reported: set[str] = set()
        self._agent: p.AgentStateChanged | None = None  # the last state the engine said
        self.restarts = 0
        self.start_failure = ""

    # ------------------------------------------------------------------ public
    @property
    def state(self) -> EngineState:
        return self._state

    @property
    def pid(self) -> int:
        return self._process.pid if self._process is not None else 0

    @property
    def open_calls(self) -> frozenset[str]:
        return frozenset(self._open_calls)

    def start(self, *, reconcile_first: bool = False) -> None:
        """Start the engine (after a full reconcile when asked) and the periodic repair."""
        self._stopping = False
        self._set_state(EngineState.STARTING)
        if reconcile_first and self.config.reconcile is not None:
            self._reconcile(close_calls=True, then=self._spawn)
        else:
            self._spawn()
        self._schedule_repair()
        self._checkpoint()

    def submit(self, command: p.Command) -> bool:
        """Send a command; one the engine cannot receive is reported, never dropped silently."""
        proc = self._process
        if proc is None or self._stopping or not proc.write(p.encode_command(command)):
            self._listener.on_event(
                p.CommandFailed(
                    command=command.cmd.value, message="engine not running", call_id=command.call_id
                )
            )
            return False
        return True

    def stop(self, timeout_s: float = 5.0) -> None:
        """Orderly: SHUTDOWN (the engine hangs up and closes recordings), then kill."""
        self._stopping = True
        for cancel in (self._cancel_restart, self._cancel_repair, self._cancel_checkpoint):
            if cancel is not None:
                cancel()
        self._cancel_restart = self._cancel_repair = self._cancel_checkpoint = None
        proc, self._process = self._process, None
        if proc is not None:
            proc.write(p.encode_command(p.Command(p.CommandName.SHUTDOWN)))
            proc.shutdown(timeout_s)
        self._set_state(EngineState.STOPPED)

    def restart(self, argv: list[str] | None = None, timeout_s: float = 5.0) -> bool:
        """Stop in order and start again (new settings); refused during a call."""
        if self._open_calls or self._process is None:
            return False
        if argv is not None:
            self.config = dataclasses.replace(self.config, argv=argv)
        self.stop(timeout_s)
        self.start()
        return True

    # ------------------------------------------------------------------ from the host
    def on_line(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        try:
            event = p.decode_event(line)
        except p.ProtocolError:
            log.info("engine stdout (not an event): %s", line[:500])
            return
        self.on_event(event)

    def on_event(self, event: p.Event) -> None:
        if isinstance(event, p.CallIncoming | p.CallOutgoing):
            self._open_calls.add(event.call_id)
        elif isinstance(event, p.CallEnded):
            self._open_calls.discard(event.call_id)
        elif isinstance(event, p.EngineStopped):
            self._stop_reason = event.reason
        elif isinstance(event, p.AgentStateChanged):
            self._agent = event
        # The database write is queued before listeners react, so what a widget queries
        # in response (the history after a call ends) already sees this event.
        self._record(event)
        self._listener.on_event(event)
        if isinstance(event, p.EngineReady):
            self._on_ready(event)
        elif isinstance(event, p.ListenRequested):
            self._check_listen(event)

    def _check_listen(self, event: p.ListenRequested) -> None:
        """The engine holds the INVITE unanswered until this says yes or no (issue 13)."""
        check = self.config.listen_check

        def answer(reason: str | None, error: Exception | None) -> None:
            if error is not None:
                log.error("listen grant check failed: %s", error)
                reason = "the grant could not be checked"
            if reason is None:
                command = p.Command(
                    p.CommandName.LISTEN_ACCEPT, args={"listen_id": event.listen_id}
                )
            else:
                args = {"listen_id": event.listen_id, "reason": reason}
                command = p.Command(p.CommandName.LISTEN_REFUSE, args=args)
            self.submit(command)

        if check is None:
            answer("this seat cannot check listen grants", None)
            return
        self._host.background(lambda: check(event), answer)

    def on_exit(self, exit_code: int, description: str) -> None:
        """The process ended (or never started); `description` says how, in English."""
        if self._stopping:
            log.info("%s after shutdown", description)
            return
        self._process = None
        if self._stop_reason:
            description = f"{description}: {self._stop_reason}"
        log.error("%s", description)
        never_ready = self._ready_at is None
        self._failed_starts = self._failed_starts + 1 if never_ready else 0
        if never_ready and (self._stop_reason or self._failed_starts >= MAX_FAILED_STARTS):
            # The engine said it cannot start (port taken, bad address), or it never came
            # up: restarting would loop forever. Say so once and stay down.
            self.start_failure = self._stop_reason or description
            self._audit("engine_failed", {"description": description, "exit_code": exit_code})
            self._listener.on_event(p.Alert(code="engine_failed", message=self.start_failure))
            self._set_state(EngineState.FAILED)
            return
        ran_for = self._clock() - self._ready_at if self._ready_at is not None else 0.0
        if ran_for >= STABLE_AFTER_S:
            self._attempt = 0
        interrupted = sorted(self._open_calls)
        self._open_calls.clear()
        self._set_state(EngineState.DIED)
        self._audit(
            "engine_died",
            {"description": description, "exit_code": exit_code, "open_calls": interrupted},
        )
        self._listener.on_died(description, exit_code)
        # Widgets must not keep showing calls whose engine is gone. The database side is
        # closed by reconcile before the next engine starts.
        now = datetime.now(UTC).isoformat()
        for call_id in interrupted:
            self._listener.on_event(
                p.CallEnded(call_id=call_id, end_at=now, end_reason=p.EndReason.INTERRUPTED)
            )
        delay = BACKOFF_S[min(self._attempt, len(BACKOFF_S) - 1)]
        self._attempt += 1
        self._restarting = True
        log.info("restarting engine in %.1f s", delay)
        self._cancel_restart = self._host.call_later(delay, self._restart)

    # ------------------------------------------------------------------ internals
    def _spawn(self) -> None:
        if self._stopping:
            return
        self._ready_at = None
        self._stop_reason = ""
        self._set_state(EngineState.RESTARTING if self._restarting else EngineState.STARTING)
        argv = self._argv()
        log.info("starting engine: %s", " ".join(argv))
        self._process = self._host.spawn(argv)

    def _argv(self) -> list[str]:
        """The engine's argv; a new engine (after a crash or a settings restart) starts in
        the agent state the last one reported, so a crash never silently makes a Not-ready
        seat Ready (issue 11). After-call work comes back as Not ready ("after_call_work"):
        the wrap-up is not done, and the operator sets Ready when it is."""
        argv = list(self.config.argv)
        last = self._agent
        if last is None:
            return argv
        if last.state is p.AgentState.READY:
            return with_agent_state(argv, "ready")
        if last.state is p.AgentState.AFTER_CALL_WORK:
            return with_agent_state(argv, "not_ready", "after_call_work")
        return with_agent_state(argv, "not_ready", last.reason)

    def _restart(self) -> None:
        self._cancel_restart = None
        if self._stopping:
            return
        self._set_state(EngineState.RESTARTING)
        self._reconcile(close_calls=True, then=self._spawn)

    def _on_ready(self, event: p.EngineReady) -> None:
        self._ready_at = self._clock()
        self._failed_starts = 0
        self._set_state(EngineState.READY)
        for command in self.config.register() if self.config.register else []:
            self.submit(command)
        if self._restarting:
            self._restarting = False
            self.restarts += 1
            self._audit("engine_restarted", {"pid": event.pid, "restarts": self.restarts})
            self._listener.on_restarted(event.pid, self.restarts)

    def _reconcile(self, *, close_calls: bool, then: Callable[[], None] | None = None) -> None:
        reconcile = self.config.reconcile
        if reconcile is None:
            if then is not None:
                then()
            return

        def done(repaired: list[dict[str, Any]] | None, error: Exception | None) -> None:
            self._repairing = False
            if error is not None:
                self._report_once(
                    p.Alert(code="reconcile_failed", message=f"reconcile failed: {error}")
                )
            for data in repaired or []:
                if data.get("status") == "failed":
                    where = data.get("directory")
                    message = f"{where}: {data.get('error')}" if where else str(data.get("error"))
                    self._report_once(p.Alert(code="reconcile_failed", message=message))
                    continue
                try:
                    self._listener.on_event(p.recording_finished_from_sidecar(data))
                except (KeyError, TypeError, ValueError):
                    log.warning("repaired sidecar without ids: %s", data.get("directory"))
            if then is not None:
                then()  # the phone must come back even if the repair failed

        self._repairing = True
        self._host.background(lambda: reconcile(close_calls), done)

    def _schedule_repair(self) -> None:
        every = self.config.repair_every_s
        if every <= 0 or self.config.reconcile is None or self._cancel_repair is not None:
            return

        def tick() -> None:
            self._cancel_repair = None
            if self._stopping:
                return
            if not self._repairing and self._state is EngineState.READY:
                self._reconcile(close_calls=False)  # never closes a live engine's calls
            self._schedule_repair()

        self._cancel_repair = self._host.call_later(every, tick)

    def _checkpoint(self) -> None:
        """Write an audit checkpoint now and schedule the next one."""
        job = self.config.checkpoint
        if job is None or self._cancel_checkpoint is not None or self._stopping:
            return

        def done(_head: Any, error: Exception | None) -> None:
            if error is not None:
                self._report_once(
                    p.Alert(code="audit_failed", message=f"audit checkpoint: {error}")
                )

        self._host.background(job, done)

        def tick() -> None:
            self._cancel_checkpoint = None
            self._checkpoint()

        self._cancel_checkpoint = self._host.call_later(self.config.checkpoint_every_s, tick)

    def _report_once(self, alert: p.Alert) -> None:
        """One alert per distinct problem: a directory that cannot be repaired is retried
        every pass, and the operator must not get the same banner every minute."""
        if alert.message in self._reported:
            return
        self._reported.add(alert.message)
        self._listener.on_event(alert)
        self._record(alert)

    def _record(self, event: p.Event) -> None:
        calllog = self._calllog
        if calllog is not None:
            self._host.write(lambda: calllog.apply(event), self._write_done(event.name))

    def _audit(self, kind: str, payload: dict[str, Any]) -> None:
        """Audit deaths and restarts, but a dead database must never stop a restart: a
        seat that cannot take calls is worse than a missing audit row (which the alert
        below makes visible)."""
        calllog = self._calllog
        if calllog is not None:
            actor = self.config.actor
            self._host.write(
                lambda: calllog.audit(kind, actor, payload), self._write_done(f"audit {kind}")
            )

    def _write_done(self, what: str) -> Callable[[Any, Exception | None], None]:
        def done(_result: Any, error: Exception | None) -> None:
            if error is not None:
                log.error("database write failed for %s: %s", what, error)
                code = "audit_failed" if what.startswith("audit") else "database_error"
                self._listener.on_event(p.Alert(code=code, message=f"{what}: {error}"))

        return done

    def _set_state(self, state: EngineState) -> None:
        if state is not self._state:
            self._state = state
            self._listener.on_state(state)
