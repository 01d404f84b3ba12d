"""Fixtures for console tests: tmp data dirs, a free loopback port, a window on a bridge."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.bridge import TelephonyBridge
from console.main_window import MainWindow
from console.tasks import DbWorker
from desk.settings import Settings, load_settings
from telephony import protocol as p

_HERE = Path(__file__).resolve().parent

# The offscreen platform plugin warns on every top-level window it cannot size-hint; that
# is the test platform talking, not the console, so it must not fail GUI tests.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
# The ring alert raises the window (issue 11); offscreen has no window stack to raise in.
OFFSCREEN_RAISE = "This plugin does not support raise()"
# Popup menus (the not-ready reasons on F2) grab the keyboard, which offscreen cannot do.
OFFSCREEN_GRAB = "This plugin does not support grabbing the keyboard"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(
                pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, OFFSCREEN_RAISE, OFFSCREEN_GRAB)
            )


def _port_is_free(port: int) -> bool:
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        with socket.socket(socket.AF_INET, kind) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                return False
    return True


@pytest.fixture
def free_port() -> int:
    """A port free for both UDP and TCP on 127.0.0.1 (SIP listens on both)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if _port_is_free(port):
            return port
    raise RuntimeError("no free loopback port")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def settings(data_dir: Path, free_port: int, tmp_path: Path) -> Settings:
    """Settings isolated from the developer's config file and KUTY_* variables."""
    return load_settings(
        data_dir=data_dir,
        config_file=tmp_path / "no-settings.toml",
        env={},
        listen=f"127.0.0.1:{free_port}",
        audio_device="none",
        language="en",
        seat="test-seat",
    )


@pytest.fixture
def bridge() -> TelephonyBridge:
    return TelephonyBridge()


@pytest.fixture
def worker() -> Iterator[DbWorker]:
    worker = DbWorker()
    yield worker
    worker.shutdown()


@pytest.fixture
def sent() -> list[p.Command]:
    """Commands the window asked the engine to run."""
    return []


@pytest.fixture
def window(qtbot: QtBot, bridge: TelephonyBridge, sent: list[p.Command]) -> MainWindow:
    win = MainWindow(bridge, sent.append)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
