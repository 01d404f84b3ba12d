"""Runs the SIP engine as a child process and keeps it running.

The engine is a separate process (docs/adr/0001-engine-process.md) so that a pjsua2 abort
or a `kill -9` cannot take the operator's window or unsaved rows with it. This client is
the console's half of that arrangement: it owns the `QProcess`, turns stdout lines into
protocol events, records them in the call log on the database worker, hands them to the
bridge, and brings a dead engine back after repairing what it left behind.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal, Slot

import telephony
from console.bridge import TelephonyBridge
from console.calllog_api import CallLogLike, Reconciler
from console.tasks import DbWorker
from desk.settings import Settings
from seat.journal import EventJournal, ResilientCallLog
from seat.launch import engine_command
from telephony import protocol as p

log = logging.getLogger(__name__)
engine_log = logging.getLogger("kuty.engine")

BACKOFF_START_S = 0.5
BACKOFF_MAX_S = 10.0
STABLE_AFTER_S = 30.0
"""An engine that ran this long before dying gets the short backoff again."""
STOP_TIMEOUT_MS = 5000
AUDIT_ACTOR = "console"


class EngineClient(QObject):
    """Owns the engine process; the only writer of engine commands.

    Engine states, reported through `TelephonyBridge.engine_state`: ``starting``,
    ``ready``, ``died``, ``restarting``, ``stopped``.
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
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._bridge = bridge
        self._worker = worker
        self._calllog = calllog
        self._resilient: ResilientCallLog | None = None
        self._database_state.connect(self._show_database_state)
        if calllog is not None and hasattr(calllog, "handles"):
            # Database outage: events are journaled on disk and replayed in order later;
            # calls are still answered and recorded meanwhile (issue 6).
            journal = EventJournal(settings.data_dir / "db-journal.jsonl")
            self._resilient = ResilientCallLog(cast(Any, calllog), journal, self._on_database_state)
            self._resilient.start()
        self._reconcile = reconcile
        self._custom_command = command is not None
        self._argv = command or engine_command(settings)
        self._process: QProcess | None = None
        self._buffer = b""
        self._stopping = False
        self._restarting = False
        self._state = "stopped"
        self._backoff = BACKOFF_START_S
        self._ready_since: float | None = None
        self._open_calls: set[str] = set()
        self._stop_reason = ""  # what the engine said in EngineStopped before exiting
        self._restart_timer = QTimer(self)
        self._restart_timer.setSingleShot(True)
        self._restart_timer.timeout.connect(self._restart)

    # ------------------------------------------------------------------ public API

    @property
    def state(self) -> str:
        return self._state

    @property
    def pid(self) -> int:
        """The engine's process id, 0 when none runs (tests kill it to prove survival)."""
        return int(self._process.processId()) if self._process is not None else 0

    @property
    def open_calls(self) -> frozenset[str]:
        return frozenset(self._open_calls)

    def start(self) -> None:
        """Start the engine; the caller has already reconciled leftovers at start-up."""
        self._stopping = False
        self._start_process()

    def submit(self, command: p.Command) -> None:
        """Send a command; a command the engine cannot receive fails visibly, never silently."""
        proc = self._process
        if proc is None or proc.state() != QProcess.ProcessState.Running or self._stopping:
            self._bridge.dispatch(
                p.CommandFailed(
                    command=command.cmd.value,
                    message="engine not running",
                    call_id=command.call_id,
                )
            )
            return
        log.info("engine command %s %s", command.cmd.value, command.call_id or "")
        proc.write((p.encode_command(command) + "\n").encode("utf-8"))

    @property
    def settings(self) -> Settings:
        return self._settings

    def restart(self, settings: Settings | None = None) -> bool:
        """Stop the engine in order and start a new one, with `settings` if given.

        The engine reads its audio device and listen address only at start, so a saved
        settings change reaches it this way. Refused (False) during a call, which a
        restart would cut off, and when no engine runs (the next `start` applies them).
        """
        if settings is not None:
            self._settings = settings
            if not self._custom_command:
                self._argv = engine_command(settings)
        proc = self._process
        if self._open_calls or proc is None or proc.state() == QProcess.ProcessState.NotRunning:
            return False
        log.info("restarting the engine to apply new settings")
        self._stopping = True  # its exit is expected: no "engine died" alert or backoff
        self._restart_timer.stop()
        proc.write((p.encode_command(p.Command(p.CommandName.SHUTDOWN)) + "\n").encode())
        proc.closeWriteChannel()
        if not proc.waitForFinished(STOP_TIMEOUT_MS):
            proc.kill()
            proc.waitForFinished(1000)
        self._stopping = False
        self._restarting = False
        self._start_process()
        return True

    def _register_accounts(self) -> None:
        """Send this seat's SIP accounts (passwords from keyring) to a fresh engine.

        Same as `kuty serve` (seat/host.py): every engine start registers again, so a
        restarted engine recovers its registrations without the operator doing anything.
        The password travels only over the engine's private stdin pipe.
        """
        from seat.sip_accounts import AccountsFileError, load_accounts

        try:
            specs = load_accounts(self._settings)
        except AccountsFileError as exc:
            log.error("accounts not registered: %s", exc)
            self._bridge.dispatch(p.Alert(code="accounts_error", message=str(exc)))
            return
        for spec in specs:
            log.info("registering account %s (%s)", spec.account_id, spec.aor)
            self.submit(p.Command(p.CommandName.ADD_ACCOUNT, args=spec.to_args()))

    def _on_database_state(self, healthy: bool, count: int) -> None:
        """Called from the journal's threads: hop to the GUI thread through a signal."""
        self._database_state.emit(healthy, count)

    def _show_database_state(self, healthy: bool, count: int) -> None:
        if healthy:
            message = f"database is back; {count} journaled event(s) written"
            self._bridge.dispatch(p.Alert(code="database_recovered", message=message))
        else:
            message = f"database unreachable; {count} event(s) kept in the local journal"
            self._bridge.dispatch(p.Alert(code="database_degraded", message=message))

    def stop(self) -> None:
        """Ask the engine to hang up and close recordings; kill it after 5 s."""
        if self._resilient is not None:
            self._resilient.stop()
        self._stopping = True
        self._restart_timer.stop()
        proc = self._process
        if proc is not None and proc.state() != QProcess.ProcessState.NotRunning:
            proc.write((p.encode_command(p.Command(p.CommandName.SHUTDOWN)) + "\n").encode())
            proc.closeWriteChannel()
            if not proc.waitForFinished(STOP_TIMEOUT_MS):
                log.warning("engine did not stop within %d ms; killing it", STOP_TIMEOUT_MS)
                proc.kill()
                proc.waitForFinished(1000)
        self._set_state("stopped")

    # ------------------------------------------------------------------ process

    def _start_process(self) -> None:
        if self._stopping:
            return
        proc = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONUNBUFFERED", "1")
        # The engine is `python -m telephony.engine_main`; make that importable even when
        # the console runs from a source checkout rather than an installed package.
        root = str(Path(telephony.__file__).resolve().parent.parent)
        existing = env.value("PYTHONPATH", "")
        env.insert("PYTHONPATH", root + (":" + existing if existing else ""))
        proc.setProcessEnvironment(env)
        proc.setProgram(self._argv[0])
        proc.setArguments(self._argv[1:])
        proc.readyReadStandardOutput.connect(self._on_stdout)
        proc.readyReadStandardError.connect(self._on_stderr)
        proc.finished.connect(self._on_finished)
        proc.errorOccurred.connect(self._on_error)
        self._process = proc
        self._buffer = b""
        self._ready_since = None
        self._stop_reason = ""
        self._set_state("restarting" if self._restarting else "starting")
        log.info("starting engine: %s", " ".join(self._argv))
        proc.start()

    @Slot()
    def _on_stdout(self) -> None:
        proc = self.sender()
        if proc is not self._process or self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            self._handle_line(raw.decode("utf-8", errors="replace").strip())

    @Slot()
    def _on_stderr(self) -> None:
        if self._process is None:
            return
        text = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                engine_log.info("%s", line)

    def _handle_line(self, line: str) -> None:
        if not line:
            return
        try:
            event = p.decode_event(line)
        except p.ProtocolError:
            log.info("engine stdout (not an event): %s", line[:500])
            return
        log.debug("engine event %s", line[:500])
        self._handle_event(event)

    def _handle_event(self, event: p.Event) -> None:
        if isinstance(event, p.CallIncoming | p.CallOutgoing):
            self._open_calls.add(event.call_id)
        elif isinstance(event, p.CallEnded):
            self._open_calls.discard(event.call_id)
        # Queue the database write before widgets react, so any query a widget makes in
        # response (e.g. the history refresh after a call ends) already sees this event.
        self._record(event)
        self._bridge.dispatch(event)
        if isinstance(event, p.EngineStopped):
            self._stop_reason = event.reason  # e.g. "engine could not start: port in use"
        if isinstance(event, p.EngineReady):
            self._ready_since = time.monotonic()
            self._set_state("ready")
            self._register_accounts()
            if self._restarting:
                self._restarting = False
                self._audit("engine_restarted", {"pid": event.pid, "listen": event.listen})
                self._bridge.engine_restarted.emit()

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        proc = self.sender()
        if proc is not self._process:
            return
        self._on_stdout_drain()
        if exit_status == QProcess.ExitStatus.CrashExit:
            description = f"engine crashed (signal {exit_code})"
        else:
            description = f"engine exited with code {exit_code}"
        if self._stopping:
            log.info("%s after shutdown", description)
            return
        if self._stop_reason:
            description = f"{description}: {self._stop_reason}"
        self._handle_death(description, exit_code)

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        proc = self.sender()
        if proc is not self._process or self._process is None:
            return
        log.warning("engine process error %s: %s", error.name, self._process.errorString())
        # Only a failed start never reaches `finished`; crashes are handled there.
        if error == QProcess.ProcessError.FailedToStart and not self._stopping:
            self._handle_death(f"engine failed to start: {self._process.errorString()}", -1)

    def _on_stdout_drain(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        lines = self._buffer.split(b"\n")
        self._buffer = b""
        for raw in lines:
            self._handle_line(raw.decode("utf-8", errors="replace").strip())

    # ------------------------------------------------------------------ death & restart

    def _handle_death(self, description: str, exit_code: int) -> None:
        log.error("%s", description)
        dead, self._process = self._process, None
        if dead is not None:
            dead.deleteLater()
        ran_for = time.monotonic() - self._ready_since if self._ready_since else 0.0
        if ran_for >= STABLE_AFTER_S:
            self._backoff = BACKOFF_START_S
        interrupted = sorted(self._open_calls)
        self._set_state("died")
        self._audit(
            "engine_died",
            {"description": description, "exit_code": exit_code, "open_calls": interrupted},
        )
        self._bridge.engine_died.emit(description)
        # Widgets must not keep showing a call whose engine is gone. The database side is
        # closed by reconcile (before the next engine starts), so these ends go to the
        # widgets only.
        now = _utc_now()
        for call_id in interrupted:
            self._open_calls.discard(call_id)
            self._bridge.dispatch(
                p.CallEnded(call_id=call_id, end_at=now, end_reason=p.EndReason.INTERRUPTED)
            )
        delay = self._backoff
        self._backoff = min(self._backoff * 2, BACKOFF_MAX_S)
        self._restarting = True
        log.info("restarting engine in %.1f s", delay)
        self._restart_timer.start(int(delay * 1000))

    @Slot()
    def _restart(self) -> None:
        if self._stopping:
            return
        self._set_state("restarting")
        reconcile = self._reconcile
        if reconcile is None:
            self._start_process()
            return

        def failed(error: BaseException) -> None:  # the phone comes back even so
            self._bridge.dispatch(p.Alert(code="reconcile_failed", message="reconcile failed"))
            self._start_process()

        self._worker.submit(reconcile, label="reconcile").success(
            lambda _r: self._start_process()
        ).failure(failed)

    # ------------------------------------------------------------------ helpers

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self._bridge.engine_state.emit(state)

    def _record(self, event: p.Event) -> None:
        calllog = self._calllog
        if calllog is not None:
            writer = self._resilient.apply if self._resilient is not None else calllog.apply
            self._worker.submit(lambda: writer(event), label=f"apply {event.name}").failure(
                self._worker.call_log_failed
            )

    def _audit(self, kind: str, payload: dict[str, Any]) -> None:
        calllog = self._calllog
        # CallLog names its seat as the actor ("seat:<name>"); that is who acted here.
        actor = str(getattr(calllog, "actor", AUDIT_ACTOR))
        if calllog is not None:
            self._worker.submit(
                lambda: calllog.audit(kind, actor, payload, None), label=f"audit {kind}"
            ).failure(self._worker.call_log_failed)


def _utc_now() -> str:
    """Now as ISO 8601 UTC, the protocol's timestamp format."""
    return dt.datetime.now(dt.UTC).isoformat()
