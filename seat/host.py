"""`kuty serve`'s host of the engine: the EngineSupervisor on subprocess and threads.

The behaviour (journal, reconcile, restart with backoff, audit, periodic repair) is the
supervisor's (seat/supervisor.py), the same the console runs on QProcess. This module is
only the transport: a process with pipes, a reader thread per process, timers, and one
loop thread through which every supervisor call passes, so the supervisor stays
single-threaded as it requires. Database work runs on one more thread, in order.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import queue
import subprocess
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from desk.settings import Settings
from seat.audit_anchor import write_audit_checkpoint
from seat.calllog import CallLog
from seat.journal import JOURNAL_NAME, EventJournal, ResilientCallLog
from seat.launch import engine_command, listen_checker
from seat.reconcile import repairs
from seat.sip_accounts import account_commands
from seat.supervisor import EngineState, EngineSupervisor, SupervisorConfig
from telephony import protocol as p

log = logging.getLogger(__name__)

Printer = Callable[[dict[str, Any]], None]
T = TypeVar("T")


class _PipeProcess:
    """One engine child with pipes; its lines and exit are posted to the loop."""

    def __init__(
        self,
        argv: list[str],
        post: Callable[[Callable[[], None]], None],
        supervisor: Callable[[], EngineSupervisor],
    ) -> None:
        self._proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
        )
        self._lock = threading.Lock()
        self._post = post
        self._supervisor = supervisor
        self._reader = threading.Thread(target=self._pump, name="engine-stdout", daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        return self._proc.pid

    def join(self, timeout: float) -> None:
        """Wait until every line the engine wrote has been posted (its stdout hit EOF)."""
        self._reader.join(timeout)

    def write(self, line: str) -> bool:
        with self._lock:
            stdin = self._proc.stdin
            if stdin is None or self._proc.poll() is not None:
                return False
            try:
                stdin.write(line + "\n")
                stdin.flush()
            except (BrokenPipeError, ValueError, OSError):
                log.warning("engine channel closed")
                return False
        return True

    def shutdown(self, timeout_s: float) -> None:
        with self._lock:
            if self._proc.stdin is not None:
                with contextlib.suppress(OSError):
                    self._proc.stdin.close()
        try:
            self._proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            log.error("engine did not stop in %.0f s; killing it", timeout_s)
            self._proc.kill()
            self._proc.wait()

    def _line(self, line: str) -> None:
        self._supervisor().on_line(line)

    def _pump(self) -> None:
        assert self._proc.stdout is not None
        yield_to_engine()
        for line in self._proc.stdout:
            self._post(functools.partial(self._line, line))
        code = self._proc.wait()
        self._proc.stdout.close()
        self._post(lambda: self._supervisor().on_exit(code, f"engine exited with code {code}"))


def yield_to_engine() -> None:
    """Make the calling thread one that never preempts on wake-up (Linux SCHED_BATCH).

    The engine writes its events before each 200 OK (the call is in the log before it
    is answered); that write wakes this host's reader, its loop and its database thread,
    and a freshly woken thread may preempt the engine's SIP thread on its core (issue 15:
    perf's sched_switch showed the engine descheduled, still runnable, for 2-14 ms right
    after that write on a busy 2-core machine). SCHED_BATCH keeps their fair share of the
    CPU but does not preempt on wake-up, so the engine finishes its answer first.
    Lowering one's own policy needs no privilege; elsewhere it is a no-op.
    """
    batch = getattr(os, "SCHED_BATCH", None)
    if batch is None:
        return
    with contextlib.suppress(OSError, AttributeError):
        os.sched_setscheduler(0, batch, os.sched_param(0))


class _ThreadHost:
    """The supervisor's Host on threads: everything it is told runs on one loop thread."""

    def __init__(self) -> None:
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._db = ThreadPoolExecutor(1, thread_name_prefix="serve-db", initializer=yield_to_engine)
        self.supervisor: EngineSupervisor | None = None
        self._processes: list[_PipeProcess] = []
        self._thread = threading.Thread(target=self._loop, name="engine-host", daemon=True)
        self._thread.start()

    def post(self, action: Callable[[], None]) -> None:
        self._queue.put(action)

    def _loop(self) -> None:
        yield_to_engine()
        while (action := self._queue.get()) is not None:
            try:
                action()
            except Exception:  # a bug in one step must not stop supervising the engine
                log.exception("engine host step failed")

    def _sup(self) -> EngineSupervisor:
        assert self.supervisor is not None
        return self.supervisor

    def spawn(self, argv: list[str]) -> _PipeProcess:
        proc = _PipeProcess(argv, self.post, self._sup)
        self._processes.append(proc)
        return proc

    def call_later(self, delay_s: float, action: Callable[[], None]) -> Callable[[], None]:
        timer = threading.Timer(delay_s, lambda: self.post(action))
        timer.daemon = True
        timer.start()
        return timer.cancel

    def background(
        self, job: Callable[[], T], done: Callable[[T | None, Exception | None], None]
    ) -> None:
        def run() -> None:
            try:
                result = job()
            except Exception as exc:
                log.exception("background job failed")
                self.post(functools.partial(done, None, exc))
            else:
                self.post(lambda: done(result, None))

        self._db.submit(run)

    def write(self, job: Callable[[], Any], done: Callable[[Any, Exception | None], None]) -> None:
        try:
            result = job()
        except Exception as exc:  # a bad row or a bug: the audio is safe on disk
            log.exception("database write failed")
            done(None, exc)
        else:
            done(result, None)

    def run_sync(self, action: Callable[[], T], timeout: float = 30.0) -> T | None:
        """Run `action` on the loop and wait for it (stop(), submit() from other threads)."""
        box: list[T] = []
        done = threading.Event()

        def step() -> None:
            try:
                box.append(action())
            finally:
                done.set()

        self.post(step)
        done.wait(timeout)
        return box[0] if box else None

    def close(self) -> None:
        """Stop after the engine's last words: the lines it wrote while shutting down (its
        calls ending, recordings finalised) are read, posted and written before the loop
        ends, and queued call-log writes are not lost."""
        for proc in self._processes:
            proc.join(10)
        self._db.shutdown(wait=True)
        done = threading.Event()
        self.post(done.set)
        done.wait(30)
        self._queue.put(None)
        self._thread.join(5)


class _Printer:
    """The supervisor's Listener for `kuty serve`: one JSON line per event."""

    def __init__(self, printer: Printer, ready: threading.Event) -> None:
        self._print = printer
        self._ready = ready

    def on_event(self, event: p.Event) -> None:
        self._print(json.loads(p.encode_event(event)))

    def on_state(self, state: EngineState) -> None:
        if state in (EngineState.READY, EngineState.FAILED):
            self._ready.set()

    def on_died(self, description: str, exit_code: int) -> None:
        self._print({"event": "engine_died", "exit_code": exit_code, "message": description})

    def on_restarted(self, pid: int, restarts: int) -> None:
        self._print({"event": "engine_restarted", "pid": pid, "restarts": restarts})


class EngineHost:
    """Runs one engine for `kuty serve`, applies its events to the database, restarts it."""

    def __init__(
        self,
        settings: Settings,
        calllog: CallLog,
        printer: Printer,
        *,
        agent_state: str = "ready",
        not_ready_reason: str = "",
    ) -> None:
        self.settings = settings
        self.printer = printer
        self._ready = threading.Event()
        self._host = _ThreadHost()
        # Events go through the journal so a database outage loses no call metadata.
        self.events = ResilientCallLog(
            calllog, EventJournal(settings.data_dir / JOURNAL_NAME), self._on_database_state
        )
        self.supervisor = EngineSupervisor(
            SupervisorConfig(
                argv=engine_command(
                    settings, agent_state=agent_state, not_ready_reason=not_ready_reason
                ),
                actor=calllog.actor,
                repair_every_s=settings.repair_every_s,
                register=lambda: account_commands(settings, self._alert),
                reconcile=repairs(calllog, settings),
                checkpoint=lambda: write_audit_checkpoint(
                    calllog.sessions, settings.recordings_root
                ),
                listen_check=listen_checker(calllog.sessions, calllog.seat, settings),
            ),
            self._host,
            _Printer(printer, self._ready),
            self.events,
        )
        self._host.supervisor = self.supervisor

    @property
    def start_failure(self) -> str:
        return self.supervisor.start_failure

    @property
    def restarts(self) -> int:
        return self.supervisor.restarts

    @property
    def engine_pid(self) -> int:
        return self.supervisor.pid

    def start(self) -> None:
        self.events.start()  # replays what a previous run journaled during an outage
        self._host.post(lambda: self.supervisor.start(reconcile_first=True))

    def wait_ready(self, timeout: float = 15.0) -> bool:
        return self._ready.wait(timeout)

    def submit(self, command: p.Command) -> None:
        def send() -> None:
            self.supervisor.submit(command)  # a refused command is printed as command_failed

        self._host.post(send)

    def stop(self, timeout: float = 8.0) -> None:
        self._host.run_sync(lambda: self.supervisor.stop(timeout), timeout + 5)
        self._host.close()
        self.events.stop()

    def _alert(self, code: str, message: str) -> None:
        self.printer({"event": "alert", "code": code, "message": message})

    def _on_database_state(self, healthy: bool, count: int) -> None:
        if healthy:
            self.printer({"event": "database_recovered", "replayed": count})
        else:
            self.printer({"event": "database_degraded", "pending": count})
