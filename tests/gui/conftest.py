"""Fixtures for console tests: tmp data dirs, a free loopback port, a window on a bridge,
the desk's people in a database, and the real console with its engine."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.bridge import TelephonyBridge
from console.main_window import MainWindow
from console.tasks import DbWorker
from desk.roles import Actor
from desk.settings import Settings, load_settings
from telephony import protocol as p
from tests.gui.people import OLENA, add_people

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


# The engine's first start imports pjsua2 and opens its transports; on a loaded CI machine
# that takes seconds.
ENGINE_START_MS = 30_000

MakeWindow = Callable[[Actor], MainWindow]
Feed = Callable[[p.Event], None]


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    """The seat's database with Olena and Petro in it (tests override this where they need
    an empty desk or a seeded register)."""
    from db.session import open_database

    factory = open_database(settings.database)
    add_people(factory)
    yield factory
    bind = factory.kw.get("bind")
    if bind is not None:
        bind.dispose()


@pytest.fixture
def feed(settings: Settings, sessions: sessionmaker[Session], bridge: TelephonyBridge) -> Feed:
    """An engine event as the console gets it: journaled in the call log, then shown."""
    from seat.calllog import CallLog

    calllog = CallLog(sessions, settings.seat_name)

    def send(event: p.Event) -> None:
        calllog.apply(event)
        bridge.dispatch(event)

    return send


@pytest.fixture
def make_window(
    qtbot: QtBot,
    settings: Settings,
    sessions: sessionmaker[Session],
    bridge: TelephonyBridge,
    sent: list[p.Command],
) -> Iterator[MakeWindow]:
    """A main window with the feature panels for `actor`, fed by hand through `bridge`
    (no engine): commands it sends land in `sent`."""
    from console.services import ConsoleServices

    windows: list[tuple[MainWindow, DbWorker]] = []

    def make(actor: Actor) -> MainWindow:
        worker = DbWorker()
        services = ConsoleServices(settings=settings, sessions=sessions, worker=worker)
        services.actor = actor
        win = MainWindow(bridge, sent.append, worker=worker, services=services)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        windows.append((win, worker))
        return win

    yield make
    for win, worker in windows:
        if win.incidents is not None:
            win.incidents.stop()
        worker.shutdown()


@pytest.fixture
def open_console(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]
) -> Iterator[Callable[..., Any]]:
    """Build the real console (window, call log, a real engine process) and start it.

    `open_console()` uses the test's settings and signs Olena in; a test may pass other
    settings (its ACW limit, say) or `actor=None` for the OS user.
    """
    from console.app import Console, build_console, reconcile_now
    from seat.calllog import CallLog

    built: list[Console] = []

    def make(use: Settings | None = None, *, actor: Actor | None = OLENA) -> Console:
        chosen = use if use is not None else settings
        calllog = CallLog(sessions, chosen.seat_name)
        reconcile_now(calllog, chosen)
        if actor is None:
            wired = build_console(chosen, calllog)
        else:
            wired = build_console(chosen, calllog, sessions=sessions, actor=actor)
        qtbot.addWidget(wired.window)
        wired.window.resize(1366, 768)
        wired.window.show()
        with qtbot.waitSignal(wired.bridge.engine_ready, timeout=ENGINE_START_MS):
            wired.client.start()
        built.append(wired)
        return wired

    yield make
    for wired in built:
        wired.close()


@pytest.fixture
def relay(settings: Settings) -> Iterator[Any]:
    """A real SMTP relay on loopback, named in the seat's incidents.toml (replies, notices)."""
    from tests.support.smtp import smtp_relay

    with smtp_relay() as server:
        (settings.data_dir / "incidents.toml").write_text(
            f'supervisor_emails = ["chief@kuty.test"]\n[smtp]\nhost = "127.0.0.1"\n'
            f'port = {server.port}\ntls = "plain"\nsender = "desk@kuty.test"\n',
            encoding="utf-8",
        )
        yield server


@pytest.fixture
def inbox_window(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session], sent: list[Any],
    bridge: TelephonyBridge,
) -> Iterator[Any]:  # fmt: skip
    """`inbox_window(policy, actor=OLENA)`: the main window on `policy` at 1366x768, the
    written workspace (Inbox) in front; returns (window, view). Closed at the end."""
    from console.services import ConsoleServices
    from console.written_view import WrittenView

    made: list[tuple[MainWindow, DbWorker]] = []

    def make(policy: Any, actor: Actor = OLENA) -> tuple[MainWindow, WrittenView]:
        class _Services(ConsoleServices):
            @property
            def policy(self) -> Any:
                return policy

        worker = DbWorker()
        services = _Services(settings=settings, sessions=sessions, worker=worker, actor=actor)
        win = MainWindow(bridge, sent.append, worker=worker, services=services)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        made.append((win, worker))
        view = win.written_view
        assert isinstance(view, WrittenView)
        assert win.show_workspace("written") and view.isVisible()
        return win, view

    yield make
    for win, worker in made:
        if win.incidents is not None:
            win.incidents.stop()
        worker.shutdown()
