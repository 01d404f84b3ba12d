"""The console's host of the engine: the EngineSupervisor on QProcess and QTimer.

The engine is a separate process (docs/adr/0001-engine-process.md) so that a pjsua2 abort
or a `kill -9` cannot take the operator's window or unsaved rows with it. What to do when
it dies (journal, reconcile, restart with backoff, audit, close the widgets' calls) is the
Qt-free `seat.supervisor.EngineSupervisor`, the same that `kuty serve` runs; this module
is only the transport: a QProcess per engine, its stdout split into lines, timers, the
database worker for background work, and the bridge as the listener.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal, Slot

import telephony
from console.bridge import TelephonyBridge
from console.calllog_api import CallLogLike
from console.tasks import DbWorker
from desk.settings import Settings
from seat.journal import EventJournal, ResilientCallLog
from seat.launch import engine_command, listen_checker
from seat.sip_accounts import account_commands
from seat.supervisor import EngineState, EngineSupervisor, SupervisorConfig
from telephony import protocol as p

log = logging.getLogger(__name__)

NO_CALLS = "no_calls_role"
"""The not-ready reason of a seat whose user takes no calls (issue 13 roles)."""
engine_log = logging.getLogger("kuty.engine")

T = TypeVar("T")
STOP_TIMEOUT_S = 5.0
AUDIT_ACTOR = "console"
Reconciler = Callable[[bool], list[dict[str, Any]]]


class _QtProcess:
    """One engine QProcess; reports lines and its end to the client while it is current."""

    def __init__(self, client: EngineClient, argv: list[str]) -> None:
        self._client = client
        self._buffer = b""
        proc = QProcess(client)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONUNBUFFERED", "1")
        # The engine is `python -m telephony.engine_main`; make that importable even when
        # the console runs from a source checkout rather than an installed package.
        root = str(Path(telephony.__file__).resolve().parent.parent)
        existing = env.value("PYTHONPATH", "")
        env.insert("PYTHONPATH", root + (":" + existing if existing else ""))
        proc.setProcessEnvironment(env)
        proc.setProgram(argv[0])
        proc.setArguments(argv[1:])
        proc.readyReadStandardOutput.connect(self._on_stdout)
        proc.readyReadStandardError.connect(self._on_stderr)
        proc.finished.connect(self._on_finished)
        proc.errorOccurred.connect(self._on_error)
        self.qprocess = proc
        proc.start()

    @property
    def pid(self) -> int:
        return int(self.qprocess.processId())

    def write(self, line: str) -> bool:
        if self.qprocess.state() != QProcess.ProcessState.Running:
            return False
        return self.qprocess.write((line + "\n").encode("utf-8")) >= 0

    def shutdown(self, timeout_s: float) -> None:
        proc = self.qprocess
        if proc.state() == QProcess.ProcessState.NotRunning:
            return
        proc.closeWriteChannel()
        if not proc.waitForFinished(int(timeout_s * 1000)):
            log.warning("engine did not stop within %.0f s; killing it", timeout_s)
            proc.kill()
            proc.waitForFinished(1000)

    # ------------------------------------------------------------------ QProcess signals
    def _current(self) -> bool:
        return self._client._process is self  # an old process's last words are ignored

    def _on_stdout(self) -> None:
        self._buffer += bytes(self.qprocess.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        self._feed(lines)

    def _on_stderr(self) -> None:
        text = bytes(self.qprocess.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                engine_log.info("%s", line)

    def _feed(self, lines: list[bytes]) -> None:
        if not self._current():
            return
        for raw in lines:
            self._client.supervisor.on_line(raw.decode("utf-8", errors="replace"))

    def _on_finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        self._buffer += bytes(self.qprocess.readAllStandardOutput().data())
        rest, self._buffer = self._buffer.split(b"\n"), b""
        self._feed(rest)
        if exit_status == QProcess.ExitStatus.CrashExit:
            description = f"engine crashed (signal {exit_code})"
        else:
            description = f"engine exited with code {exit_code}"
        self._end(exit_code, description)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        log.warning("engine process error %s: %s", error.name, self.qprocess.errorString())
        # Only a failed start never reaches `finished`; crashes are handled there.
        if error == QProcess.ProcessError.FailedToStart:
            self._end(-1, f"engine failed to start: {self.qprocess.errorString()}")

    def _end(self, exit_code: int, description: str) -> None:
        if not self._current():
            return
        self._client._process = None
        self.qprocess.deleteLater()
        self._client.supervisor.on_exit(exit_code, description)


class _BridgeListener:
    """The supervisor's Listener in the console: everything goes to the bridge."""

    def __init__(self, bridge: TelephonyBridge) -> None:
        self._bridge = bridge

    def on_event(self, event: p.Event) -> None:
        self._bridge.dispatch(event)

    def on_state(self, state: EngineState) -> None:
        self._bridge.engine_state.emit(state.value)

    def on_died(self, description: str, exit_code: int) -> None:
        self._bridge.engine_died.emit(description)

    def on_restarted(self, pid: int, restarts: int) -> None:
        self._bridge.engine_restarted.emit()


class EngineClient(QObject):
    """Owns the engine process; the only writer of engine commands.

    Engine states, reported through `TelephonyBridge.engine_state`: ``starting``,
    ``ready``, ``died``, ``restarting``, ``stopped``, ``failed``.
    """

    _database_state = Signal(bool, int)  # emitted off the GUI thread, delivered queued

    def __init__(
        self,
        settings: Settings,
        bridge: TelephonyBridge,
        worker: DbWorker,
        calllog: CallLogLike | None = None,
        reconcile: Reconciler | None = None,
        command: list[str] | None = None,
        parent: QObject | None = None,
        checkpoint: Callable[[], Any] | None = None,
        takes_calls: bool = True,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        # A role that takes no calls (head administrator, admin: issue 13) starts Not
        # ready, so a call routed to this seat gets 486 and the PBX tries another seat
        # instead of ringing a window with no call card.
        self._takes_calls = takes_calls
        self._bridge = bridge
        self._worker = worker
        self._process: _QtProcess | None = None
        self._database_state.connect(self._show_database_state)
        self._resilient: ResilientCallLog | None = None
        log_target: Any = calllog
        if calllog is not None and hasattr(calllog, "handles"):
            # Database outage: events are journaled on disk and replayed in order later;
            # calls are still answered and recorded meanwhile.
            journal = EventJournal(settings.data_dir / "db-journal.jsonl")
            resilient = cast(Any, calllog)  # a real CallLog: it has `handles`
            self._resilient = ResilientCallLog(resilient, journal, self._database_state.emit)
            self._resilient.start()
            log_target = self._resilient
        self._custom_command = command is not None
        self.supervisor = EngineSupervisor(
            SupervisorConfig(
                argv=command or self._command(settings),
                # CallLog names its seat as the actor ("seat:<name>"): who acted here.
                actor=str(getattr(calllog, "actor", AUDIT_ACTOR)),
                repair_every_s=settings.repair_every_s,
                register=lambda: account_commands(self._settings, self._alert),
                reconcile=reconcile,
                checkpoint=checkpoint,
                # issue 13: a supervisor's listen grant, checked in this seat's database
                listen_check=(
                    listen_checker(cast(Any, calllog).sessions, cast(Any, calllog).seat, settings)
                    if hasattr(calllog, "sessions") and hasattr(calllog, "seat")
                    else None
                ),
            ),
            self,
            _BridgeListener(bridge),
            log_target,
        )

    # ------------------------------------------------------------------ public API
    @property
    def state(self) -> str:
        return self.supervisor.state.value

    @property
    def pid(self) -> int:
        """The engine's process id, 0 when none runs (tests kill it to prove survival)."""
        return self._process.pid if self._process is not None else 0

    @property
    def open_calls(self) -> frozenset[str]:
        return self.supervisor.open_calls

    @property
    def settings(self) -> Settings:
        return self._settings

    def _command(self, settings: Settings) -> list[str]:
        if self._takes_calls:
            return engine_command(settings, operator_seat=True)
        return engine_command(
            settings, agent_state="not_ready", not_ready_reason=NO_CALLS, operator_seat=True
        )

    def start(self) -> None:
        """Start the engine; the caller has already reconciled leftovers at start-up."""
        self.supervisor.start()

    def submit(self, command: p.Command) -> None:
        """Send a command; a command the engine cannot receive fails visibly, never silently."""
        log.info("engine command %s %s", command.cmd.value, command.call_id or "")
        self.supervisor.submit(command)

    def restart(self, settings: Settings | None = None) -> bool:
        """Stop the engine in order and start a new one, with `settings` if given.

        The engine reads its audio device and listen address only at start, so a saved
        settings change reaches it this way. Refused (False) during a call, which a
        restart would cut off, and when no engine runs (the next `start` applies them).
        """
        argv = None
        if settings is not None:
            self._settings = settings
            if not self._custom_command:
                argv = self._command(settings)
        if self._process is None:
            if argv is not None:
                self.supervisor.config = dataclasses.replace(self.supervisor.config, argv=argv)
            return False
        log.info("restarting the engine to apply new settings")
        return self.supervisor.restart(argv, STOP_TIMEOUT_S)

    def stop(self) -> None:
        """Ask the engine to hang up and close recordings; kill it after 5 s."""
        if self._resilient is not None:
            self._resilient.stop()
        self.supervisor.stop(STOP_TIMEOUT_S)

    # ------------------------------------------------------------------ the Host
    def spawn(self, argv: list[str]) -> _QtProcess:
        self._process = _QtProcess(self, argv)
        return self._process

    def call_later(self, delay_s: float, action: Callable[[], None]) -> Callable[[], None]:
        timer = QTimer(self)
        timer.setSingleShot(True)

        def fire() -> None:
            timer.deleteLater()
            action()

        timer.timeout.connect(fire)
        timer.start(int(delay_s * 1000))
        return timer.stop

    def background(
        self, job: Callable[[], T], done: Callable[[T | None, Exception | None], None]
    ) -> None:
        self._worker.submit(job, label="engine supervisor").success(
            lambda result: done(result, None)
        ).failure(lambda error: done(None, error if isinstance(error, Exception) else None))

    def write(self, job: Callable[[], Any], done: Callable[[Any, Exception | None], None]) -> None:
        self.background(job, done)  # one worker thread: writes stay in the engine's order

    # ------------------------------------------------------------------ helpers
    def _alert(self, code: str, message: str) -> None:
        log.error("%s: %s", code, message)
        self._bridge.dispatch(p.Alert(code=code, message=message))

    @Slot(bool, int)
    def _show_database_state(self, healthy: bool, count: int) -> None:
        if healthy:
            message = f"database is back; {count} journaled event(s) written"
            self._bridge.dispatch(p.Alert(code="database_recovered", message=message))
        else:
            message = f"database unreachable; {count} event(s) kept in the local journal"
            self._bridge.dispatch(p.Alert(code="database_degraded", message=message))
