"""`kuty-console` start-up: a clear refusal without a database, a real run otherwise.

Runs that reach `QApplication.exec()` use a child process: quitting the shared test
QApplication would stop every later test's event loop.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from console.app import EXIT_BAD_SETTINGS, EXIT_NO_DATABASE, main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The child's environment: no developer config or KUTY_* variables, no headset."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KUTY_")}
    clean.update(
        KUTY_CONFIG=str(tmp_path / "no-settings.toml"),
        KUTY_AUDIO_DEVICE="none",
        KUTY_SEAT="test-seat",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    return clean


def run_console(
    env: dict[str, str], *args: str, timeout: float = 60, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console.app", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def add_user(env: dict[str, str], data_dir: Path, username: str, role: str, password: str) -> None:
    """The real first-admin path: `kuty users add` with the password on stdin."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "seat.cli",
            "users",
            "add",
            username,
            "--role",
            role,
            "--data-dir",
            str(data_dir),
        ],
        cwd=ROOT,
        env=env,
        input=f"{password}\n{password}\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_unreadable_database_exits_with_a_message_not_a_traceback(
    env: dict[str, str], data_dir: Path
) -> None:
    (data_dir / "kuty.sqlite3").write_bytes(b"this is not an SQLite database" * 100)
    result = run_console(env, "--data-dir", str(data_dir), "--language", "en")
    assert result.returncode == EXIT_NO_DATABASE
    assert "kuty-console: The call database cannot be opened" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_listen_address_is_refused(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    qapp: QApplication,
) -> None:
    monkeypatch.setenv("KUTY_CONFIG", str(tmp_path / "no-settings.toml"))
    assert main(["--data-dir", str(data_dir), "--listen", "nonsense"]) == EXIT_BAD_SETTINGS
    assert "listen" in capsys.readouterr().err


@pytest.mark.sip
@pytest.mark.slow
def test_screenshot_run_starts_engine_and_quits(
    env: dict[str, str], data_dir: Path, free_port: int, tmp_path: Path
) -> None:
    shot = tmp_path / "console.png"
    add_user(env, data_dir, "olena", "admin", "довгий пароль 123")
    result = run_console(
        env,
        "--data-dir",
        str(data_dir),
        "--listen",
        f"127.0.0.1:{free_port}",
        "--user",
        "olena",
        "--password-stdin",
        "--screenshot",
        str(shot),
        "--screenshot-delay",
        "2",
        stdin="довгий пароль 123\n",
    )
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() > 400
    assert (data_dir / "kuty.sqlite3").exists()
    assert "Traceback" not in result.stderr
