"""Fault 6, item 5: the Argon2 workers of a killed `kuty profiles import` die with it.

A real import (production hash parameters, so the two workers are busy for seconds) is
killed with SIGKILL while its workers hash; within a few seconds none may be left.
Before the fix each orphan finished its chunk of 250 phrases (~10 s) first.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from db.session import close_database
from tests.unit.verification.test_cli import KUTY, ROOT
from tests.unit.verification.test_store import open_with_users
from verification.cli import FAST_HASH_ENV

_T = TypeVar("_T")
ROWS = 2000


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (state is [0], ppid [1])."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()


def _alive(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def _workers(parent: int, min_cpu_seconds: float = 0.0) -> list[int]:
    """Children of `parent` spawned by multiprocessing that used `min_cpu_seconds`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat(int(entry.name))
        if fields is None or fields[1] != str(parent):
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        cpu_seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        if b"spawn_main" in cmdline and cpu_seconds >= min_cpu_seconds:
            found.append(int(entry.name))
    return found


def _wait_for(what: str, probe: Callable[[], _T | None], timeout: float) -> _T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def test_killed_import_leaves_no_worker(tmp_path: Path) -> None:
    close_database(open_with_users(tmp_path / "data"))
    rows = "".join(f"Коваленко,Олена,,050{i:07d},фраза {i}\n" for i in range(ROWS))
    path = tmp_path / "big.csv"
    path.write_text("surname,first_name,patronymic,phones,key_phrase\n" + rows, "utf-8")
    env = {**os.environ, "KUTY_CONFIG": str(tmp_path / "no-settings.toml")}
    env.pop(FAST_HASH_ENV, None)  # production parameters: real work for the workers
    proc = subprocess.Popen(
        [*KUTY, "profiles", "import", str(path), "--as", "admin",
         "--data-dir", str(tmp_path / "data")],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    workers: list[int] = []
    try:
        # Over 1 s of CPU is past start-up: that worker is hashing its first chunk.
        _wait_for("a busy hashing worker", lambda: _workers(proc.pid, 1.0), 60)
        workers = _workers(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        left = lambda: [pid for pid in workers if _alive(pid)]  # noqa: E731
        _wait_for("the workers to end", lambda: not left() or None, 3.0)
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        if proc.stderr is not None:
            proc.stderr.close()
