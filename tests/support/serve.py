"""`kuty serve` under test: start it, read its JSON event lines, stop or kill it.

The process is the real product (engine child process, database, recorder), started on a
free loopback port with a private data directory and isolated settings, so tests can run
next to a developer's console and to each other.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from tests.support.ports import free_port, free_port_range

REPO_ROOT = Path(__file__).resolve().parents[2]
Event = dict[str, Any]
Predicate = Callable[[Event], bool]


class ServeError(AssertionError):
    """`kuty serve` did not do what the test expected; the message carries its stderr."""


def kuty_command(*args: str) -> list[str]:
    """argv running the `kuty` CLI with the interpreter of the tests (no install needed)."""
    return [sys.executable, "-m", "seat.cli", *args]


def isolated_env(data_dir: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Environment that keeps the developer's settings file and display out of the test."""
    env = dict(os.environ)
    env.update(
        {
            "KUTY_CONFIG": str(data_dir / "no-settings.toml"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONUNBUFFERED": "1",
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p
            ),
        }
    )
    env.update(extra or {})
    return env


class ServeProcess:
    """A running `kuty serve`; use as a context manager.

    Attributes:
        port: the SIP port it listens on (UDP and TCP, `host`: 127.0.0.1 by default).
        data_dir: its data directory (database, recordings).
        events: every JSON event it printed so far, in order.
        noise: stdout lines that were not JSON (should stay empty).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        port: int | None = None,
        auto_answer: bool = True,
        audio_device: str | None = "none",
        extra_args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
        ready_timeout: float = 30.0,
        commands: bool = False,
        host: str = "127.0.0.1",
        prefix: Sequence[str] = (),
    ) -> None:
        self.host = host
        # e.g. `ip netns exec NAME` (the NAT tests run the seat inside a namespace); `ip`
        # execs the program, so the pid is still kuty serve's own
        self.prefix = list(prefix)
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.auto_answer = auto_answer
        self.audio_device = audio_device
        self.extra_args = list(extra_args)
        media = free_port_range(64, even=True)
        self.env = isolated_env(self.data_dir, {"KUTY_MEDIA_PORT_START": str(media), **(env or {})})
        self.ready_timeout = ready_timeout
        self.commands = commands
        self.events: list[Event] = []
        self.noise: list[str] = []
        self._stderr_tail: list[str] = []
        self._cond = threading.Condition()
        self._proc: subprocess.Popen[bytes] | None = None
        self._threads: list[threading.Thread] = []
        self.stderr_path = self.data_dir / "serve-stderr.log"

    # ------------------------------------------------------------------ lifecycle

    @property
    def listen(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def sip_uri(self) -> str:
        return f"sip:operator@{self.host}:{self.port}"

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def proc(self) -> subprocess.Popen[bytes]:
        if self._proc is None:
            raise ServeError("kuty serve was not started")
        return self._proc

    def command(self) -> list[str]:
        argv = [*self.prefix, *kuty_command("serve", "--listen", self.listen)]
        argv += ["--data-dir", str(self.data_dir)]
        if self.auto_answer:
            argv.append("--auto-answer")
        if self.audio_device is not None:
            argv += ["--audio-device", self.audio_device]
        return argv + self.extra_args

    def start(self) -> ServeProcess:
        self._proc = subprocess.Popen(
            self.command(),
            cwd=REPO_ROOT,
            env=self.env,
            stdin=subprocess.PIPE if self.commands else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group: kill_group() takes it whole
        )
        for target in (self._read_stdout, self._read_stderr):
            thread = threading.Thread(target=target, daemon=True, name=target.__name__)
            thread.start()
            self._threads.append(thread)
        self.wait_for("engine_ready", timeout=self.ready_timeout)
        return self

    def __enter__(self) -> ServeProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._proc is not None and self._proc.poll() is None:
            if exc_type is None:
                self.stop()
            else:
                with contextlib.suppress(Exception):
                    self.stop(check=False)

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self, timeout: float = 30.0, *, check: bool = True) -> int:
        """SIGTERM and wait; with `check`, fail unless it exits 0 (a clean shutdown)."""
        proc = self.proc
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired as exc:
                proc.kill()
                proc.wait(10)
                self._join()
                why = f"kuty serve ignored SIGTERM for {timeout} s"
                raise ServeError(f"{why}\n{self.diagnostics()}") from exc
        self._join()
        if check and proc.returncode != 0:
            raise ServeError(f"kuty serve exited {proc.returncode}\n{self.diagnostics()}")
        return proc.returncode

    def kill9(self) -> None:
        """SIGKILL the serve process itself (its engine child notices stdin EOF)."""
        self.proc.kill()
        self.proc.wait(10)
        self._join()

    def kill_group(self) -> None:
        """SIGKILL serve and its engine at once (its process group), as a power cut or
        an OOM kill of the session would; nobody reaps the engine (it stays a zombie)."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self._join()

    def _join(self) -> None:
        for thread in self._threads:
            thread.join(5)
        if self._proc is not None:
            for pipe in (self._proc.stdin, self._proc.stdout, self._proc.stderr):
                if pipe is not None:
                    pipe.close()

    # -------------------------------------------------------------------- events

    def _read_stdout(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for raw in self._proc.stdout:
            line = raw.decode("utf-8", "replace").strip()
            if not line:
                continue
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                event = None
            with self._cond:
                if isinstance(event, dict) and "event" in event:
                    event["_t"] = time.monotonic()
                    self.events.append(event)
                else:
                    self.noise.append(line)
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def _read_stderr(self) -> None:
        assert self._proc is not None and self._proc.stderr is not None
        with open(self.stderr_path, "ab") as log:
            for raw in self._proc.stderr:
                log.write(raw)
                log.flush()
                with self._cond:
                    self._stderr_tail.append(raw.decode("utf-8", "replace").rstrip())
                    del self._stderr_tail[:-80]

    def send(self, cmd: str, call_id: str | None = None, **args: Any) -> None:
        """Write one protocol command to serve's stdin (needs `commands=True`)."""
        stdin = self.proc.stdin
        if stdin is None:
            raise ServeError("start ServeProcess with commands=True to send commands")
        line = json.dumps({"cmd": cmd, "call_id": call_id, "args": args}) + "\n"
        stdin.write(line.encode())
        stdin.flush()

    def mark(self) -> int:
        """Index of the next event: pass as `since` to wait only for later events."""
        with self._cond:
            return len(self.events)

    def find(self, name: str, predicate: Predicate | None = None, since: int = 0) -> list[Event]:
        with self._cond:
            return [
                e
                for e in self.events[since:]
                if e["event"] == name and (predicate is None or predicate(e))
            ]

    def wait_for(
        self,
        name: str,
        predicate: Predicate | None = None,
        timeout: float = 20.0,
        *,
        since: int = 0,
    ) -> Event:
        """The first event `name` (from index `since`) for which `predicate` holds."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for event in self.events[since:]:
                    if event["event"] == name and (predicate is None or predicate(event)):
                        return event
                remaining = deadline - time.monotonic()
                exited = self._proc is not None and self._proc.poll() is not None
                if remaining <= 0 or exited:
                    why = "exited" if exited else f"no {name!r} within {timeout} s"
                    raise ServeError(f"kuty serve: {why}\n{self.diagnostics()}")
                self._cond.wait(min(remaining, 0.5))

    def diagnostics(self) -> str:
        with self._cond:
            events = "\n".join(json.dumps(e, ensure_ascii=False) for e in self.events[-30:])
            noise = "\n".join(self.noise[-10:])
            stderr = "\n".join(self._stderr_tail[-40:])
        rc = self._proc.poll() if self._proc else None
        return (
            f"command: {' '.join(self.command())}\nreturncode: {rc}\n"
            f"last events:\n{events}\nnon-JSON stdout:\n{noise}\nstderr tail:\n{stderr}"
        )

    # --------------------------------------------------------------- processes

    def descendants(self) -> list[int]:
        """PIDs of every process below `kuty serve` (the engine and anything it runs)."""
        return descendants(self.pid)

    def engine_pid(self, timeout: float = 10.0) -> int:
        """PID of the engine child (`python -m telephony.engine_main`)."""
        deadline = time.monotonic() + timeout
        while True:
            for pid in self.descendants():
                if "telephony.engine_main" in cmdline(pid):
                    return pid
            if time.monotonic() > deadline:
                raise ServeError(f"no engine_main child of {self.pid}\n{self.diagnostics()}")
            time.sleep(0.1)

    def rss_kb(self) -> int:
        """Resident memory of serve plus all its descendants, in KiB."""
        return sum(rss_kb(pid) for pid in [self.pid, *self.descendants()])

    # ------------------------------------------------------------------- CLI

    def cli_json(self, *args: str) -> Any:
        return cli_json(self.data_dir, *args, env=self.env)

    def recordings_json(self) -> list[dict[str, Any]]:
        return list(self.cli_json("recordings", "list"))

    def calls_json(self) -> list[dict[str, Any]]:
        return list(self.cli_json("calls", "list"))


def cli_json(data_dir: Path, *args: str, env: Mapping[str, str] | None = None) -> Any:
    """Run `kuty <args> --data-dir DIR --json` and parse its stdout."""
    argv = kuty_command(*args, "--data-dir", str(data_dir), "--json")
    result = subprocess.run(
        argv,
        cwd=REPO_ROOT,
        env=dict(env or isolated_env(Path(data_dir))),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        raise ServeError(f"{argv} exited {result.returncode}: {result.stderr[-2000:]}")
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as exc:
        raise ServeError(f"{argv} printed no JSON: {result.stdout[-2000:]!r}") from exc


def _ppid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name may contain spaces and parentheses: split after the last ')'
    return int(stat.rsplit(")", 1)[1].split()[1])


def descendants(root: int) -> list[int]:
    """All live descendants of `root`, found through /proc (no psutil needed)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = _ppid(int(entry.name))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found: list[int] = []
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie is dead, just not reaped yet
