"""`python -m telephony.simcall`: a pjsua2 caller in its own process (the product's own)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.support.serve import REPO_ROOT


def simcall_command(
    to: str,
    *,
    from_number: str = "+380501234567",
    say: str | None = None,
    wav: Path | None = None,
    duration: float | None = None,
    record_received: Path | None = None,
    extra_args: tuple[str, ...] = (),
) -> list[str]:
    argv = [sys.executable, "-m", "telephony.simcall", "--to", to, "--from", from_number]
    if say is not None:
        argv += ["--say", say]
    if wav is not None:
        argv += ["--wav", str(wav)]
    if duration is not None:
        argv += ["--duration", f"{duration:.2f}"]
    if record_received is not None:
        argv += ["--record-received", str(record_received)]
    return argv + list(extra_args)


@dataclass
class SimcallResult:
    returncode: int
    events: list[dict[str, Any]] = field(default_factory=list)
    stdout: str = ""
    stderr: str = ""

    def describe(self) -> str:
        return f"simcall rc={self.returncode}\nstdout: {self.stdout[-2000:]}\n{self.stderr[-3000:]}"


def parse_events(stdout: str) -> list[dict[str, Any]]:
    events = []
    for line in stdout.splitlines():
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            events.append(value)
    return events


def run_simcall(argv: list[str], timeout: float = 60.0) -> SimcallResult:
    """Run a simcall to the end (it exits 0 after hanging up)."""
    try:
        proc = subprocess.run(
            argv, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
        return SimcallResult(-9, parse_events(out), out, err + "\n[killed: timeout]")
    return SimcallResult(proc.returncode, parse_events(proc.stdout), proc.stdout, proc.stderr)


def start_simcall(argv: list[str]) -> subprocess.Popen[str]:
    """Start a simcall in the background (read `.stdout` for its JSON lines)."""
    return subprocess.Popen(
        argv,
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
