"""The `kuty` command line: help everywhere, one-line errors, non-zero exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

KUTY = [sys.executable, "-m", "seat.cli"]


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KUTY, *args], capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["serve"],
        ["calls", "list"],
        ["recordings", "list"],
        ["recordings", "reconcile"],
        ["simcall"],
    ],
)
def test_every_subcommand_has_help(args: list[str]) -> None:
    res = run(*args, "--help")
    assert res.returncode == 0, res.stderr
    assert "usage:" in res.stdout.lower()
    if args and args[0] != "simcall":
        assert "--data-dir" in res.stdout


def test_dead_database_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "kuty.sqlite3").write_bytes(b"this is not a database" * 100)
    res = run("calls", "list", "--data-dir", str(tmp_path), "--json")
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kuty calls:"), res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["calls", "list"],
        ["incidents", "list", "--as", "head"],
        ["profiles", "list", "--as", "head"],
        ["transcripts", "show", "1", "--as", "head"],
        ["audit", "list", "--as", "head"],
    ],
    ids=lambda args: args[0],
)
def test_unreachable_database_is_one_line_in_every_subcommand(
    tmp_path: Path, args: list[str]
) -> None:
    """PostgreSQL's refusal is two lines of driver text ("... Connection refused" and
    "Is the server running ..."); `kuty` folds it into its one line, whichever package's
    command met it (no per-package wrapper does this any more)."""
    import os

    env = {**os.environ, "KUTY_DATABASE_URL": "postgresql+psycopg://kuty@127.0.0.1:1/kuty"}
    res = subprocess.run(
        [*KUTY, *args, "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert res.returncode == 1, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith(f"kuty {args[0]}: cannot open database"), lines[0]
    assert "Connection refused" in lines[0] and "Is the server running" in lines[0]
    assert "Traceback" not in res.stderr


def test_bad_listen_address_is_one_line_error(tmp_path: Path) -> None:
    res = run("serve", "--data-dir", str(tmp_path), "--listen", "127.0.0.1:notaport")
    assert res.returncode == 1
    assert "listen port must be a number" in res.stderr
    assert "Traceback" not in res.stderr


def test_port_in_use_is_reported_not_retried_forever(tmp_path: Path) -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        res = run("serve", "--data-dir", str(tmp_path), "--listen", f"127.0.0.1:{port}")
    assert res.returncode == 1
    assert "engine could not start" in res.stderr


def test_simcall_rejects_non_sip_target() -> None:
    res = run("simcall", "--to", "http://example.invalid")
    assert res.returncode == 2
    assert "is not a sip: or sips: URI" in res.stderr


def test_empty_data_dir_lists_nothing(tmp_path: Path) -> None:
    res = run("calls", "list", "--data-dir", str(tmp_path / "new"), "--json")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]"
