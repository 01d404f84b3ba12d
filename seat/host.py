"""Supervises the engine process without Qt (`kuty serve`, benchmarks, scripts).

The console has its own QProcess-based twin (console/engine_client.py) because Qt wants
its own event loop; both share the protocol, CallLog and reconcile, so the behaviour on
engine death is the same: report it, audit it, repair recordings, restart with backoff.
"""

from __future__ import annotations

import json
import logging
import subprocess
import threading
import time
from collections.abc import Callable
from typing import IO, Any

from desk.settings import Settings
from seat.calllog import CallLog
from seat.journal import JOURNAL_NAME, EventJournal, ResilientCallLog
from seat.launch import engine_command
from seat.reconcile import reconcile
from telephony import protocol as p

log = logging.getLogger(__name__)

Printer = Callable[[dict[str, Any]], None]
BACKOFF_S = (0.5, 1.0, 2.0, 5.0, 10.0)


class EngineHost:
    """Runs one engine, applies its events to the database and restarts it when it dies."""

    def __init__(self, settings: Settings, calllog: CallLog, printer: Printer) -> None:
        self.settings = settings
        self.calllog = calllog
        self.printer = printer
        self._proc: subprocess.Popen[str] | None = None
        self._stopping = threading.Event()
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.restarts = 0
        self.engine_pid: int | None = None
        self.ever_ready = False
        self.start_failure: str | None = None
        # Events go through the journal so a database outage loses no call metadata.
        self.events = ResilientCallLog(
            calllog, EventJournal(settings.data_dir / JOURNAL_NAME), self._on_database_state
        )

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        self._run_reconcile()
        self.events.start()  # replays what a previous run journaled during an outage
        self._spawn()
        self._thread = threading.Thread(target=self._supervise, name="engine-host", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float = 15.0) -> bool:
        return self._ready.wait(timeout)

    def stop(self, timeout: float = 8.0) -> None:
        self._stopping.set()
        proc = self._proc
        if proc is not None and proc.poll() is None:
            self.submit(p.Command(p.CommandName.SHUTDOWN))
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                log.error("engine did not stop in %.0f s; killing it", timeout)
                proc.kill()
                proc.wait()
        if self._thread is not None:
            self._thread.join(timeout)
        self.events.stop()

    def submit(self, command: p.Command) -> None:
        with self._lock:
            proc = self._proc
            if proc is None or proc.stdin is None:
                return
            try:
                proc.stdin.write(p.encode_command(command) + "\n")
                proc.stdin.flush()
            except (BrokenPipeError, ValueError, OSError):
                log.warning("engine channel closed; command %s dropped", command.cmd)

    # ------------------------------------------------------------------ internals
    def _spawn(self) -> None:
        self._ready.clear()
        proc = subprocess.Popen(
            engine_command(self.settings),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
        )
        with self._lock:
            self._proc = proc
        self.engine_pid = proc.pid

    def _run_reconcile(self) -> None:
        report = reconcile(self.calllog, self.settings)
        for data in report.repaired:
            event = p.recording_finished_from_sidecar(data)
            self.printer(json.loads(p.encode_event(event)))
        for error in report.errors:
            self.printer({"event": "alert", "code": "reconcile_error", "message": error})

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            line = line.strip()
            if not line:
                continue
            try:
                event = p.decode_event(line)
            except p.ProtocolError:
                log.warning("engine said something odd: %s", line[:200])
                continue
            if isinstance(event, p.EngineReady):
                self.ever_ready = True
                self._register_accounts()
                self._ready.set()
            elif isinstance(event, p.EngineStopped) and not self.ever_ready:
                self.start_failure = event.reason or "engine stopped before it was ready"
            try:
                self.events.apply(event)  # journaled instead when the database is unreachable
            except Exception as exc:  # a bad row or a bug: the audio is safe on disk
                log.exception("database write failed for %s", event.name)
                self.printer({"event": "alert", "code": "database_error", "message": str(exc)})
            self.printer(json.loads(line))

    def _on_database_state(self, healthy: bool, count: int) -> None:
        if healthy:
            self.printer({"event": "database_recovered", "replayed": count})
        else:
            self.printer({"event": "database_degraded", "pending": count})

    def _register_accounts(self) -> None:
        """Send this seat's SIP accounts (password from keyring) to a fresh engine."""
        from seat.sip_accounts import AccountsFileError, load_accounts

        try:
            specs = load_accounts(self.settings)
        except AccountsFileError as exc:
            self.printer({"event": "alert", "code": "accounts_error", "message": str(exc)})
            return
        for spec in specs:
            self.submit(p.Command(p.CommandName.ADD_ACCOUNT, args=spec.to_args()))

    def _best_effort_audit(self, kind: str, payload: dict[str, Any]) -> None:
        """Audit engine deaths/restarts, but never let a dead database stop the restart:
        a seat that cannot take calls is worse than a missing audit row (which the
        alert below makes visible)."""
        try:
            self.calllog.audit(kind, f"seat:{self.settings.seat_name}", payload)
        except Exception as exc:
            log.exception("audit %s failed", kind)
            self.printer({"event": "alert", "code": "audit_failed", "message": f"{kind}: {exc}"})

    def _supervise(self) -> None:
        attempt = -1
        while True:
            proc = self._proc
            assert proc is not None and proc.stdout is not None
            started = time.monotonic()
            self._pump(proc.stdout)
            code = proc.wait()
            if self._stopping.is_set():
                return
            if not self.ever_ready:
                # Never came up (port taken, bad address): restarting would loop forever.
                self.start_failure = self.start_failure or f"engine exited with code {code}"
                self._ready.set()
                return
            self.printer({"event": "engine_died", "exit_code": code, "pid": proc.pid})
            self._best_effort_audit("engine_died", {"exit_code": code, "pid": proc.pid})
            attempt = 0 if time.monotonic() - started > 60 else attempt + 1
            time.sleep(BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)])
            if self._stopping.is_set():
                return
            try:
                self._run_reconcile()
            except Exception as exc:  # DB down: the repair runs again at the next start
                log.exception("reconcile before restart failed")
                self.printer({"event": "alert", "code": "reconcile_error", "message": str(exc)})
            self._spawn()
            self.restarts += 1
            self._best_effort_audit(
                "engine_restarted", {"pid": self.engine_pid, "restarts": self.restarts}
            )
            self.printer(
                {"event": "engine_restarted", "pid": self.engine_pid, "restarts": self.restarts}
            )
