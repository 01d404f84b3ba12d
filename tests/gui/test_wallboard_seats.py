"""The supervisor's wallboard screen over three real seats behind Kamailio (issue 13).

tests/integration/test_wallboard.py proves the data side (NOTIFY reaches a listener, the
snapshot has it); this is the screen a supervisor looks at: the real console window on
the desk's PostgreSQL, its WallboardView listening with LISTEN/NOTIFY (no polling), and
three `kuty serve` seats registered at Kamailio as operator1..3 on the same database. A
seat going not ready, a call rung through the proxy and answered at seat 1, and its end
must each show in the window's own tables, in words.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.bridge import TelephonyBridge
from console.listen_controls import ListenControls
from db.models import AuditEvent
from desk.settings import Settings, load_settings
from telephony import protocol as p
from tests.gui.conftest import MakeWindow
from tests.gui.people import PETRO, add_people
from tests.support.kamailio import KamailioServer
from tests.support.postgres import PostgresServer
from tests.support.seat_pair import Desk
from tests.support.serve import ServeProcess
from tests.support.simcall import simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USERS = {f"operator{i}": f"Kuty-board-{i}" for i in (1, 2, 3)} | {"supervisor": "Kuty-board-s"}
CALLER = "+380501234567"


@pytest.fixture
def database(postgres_server: PostgresServer) -> Iterator[str]:
    url = postgres_server.create_database("wallboard_gui")
    yield url
    postgres_server.drop_database(url)


@pytest.fixture
def settings(data_dir: Path, free_port: int, tmp_path: Path, database: str) -> Settings:
    """The supervisor's console settings, on the desk's PostgreSQL."""
    return load_settings(
        data_dir=data_dir, config_file=tmp_path / "no-settings.toml", env={},
        listen=f"127.0.0.1:{free_port}", audio_device="none", language="en",
        seat="supervisor-seat", database_url=database,
    )  # fmt: skip


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    from db.session import open_database

    factory = open_database(settings.database)
    add_people(factory)
    yield factory
    factory.kw["bind"].dispose()


def _rows(table: object) -> list[list[str]]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_wallboard_screen_follows_three_seats_behind_kamailio(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, database: str
) -> None:
    env = {"KUTY_DATABASE_URL": database}
    win = make_window(PETRO)
    board = win.wallboard
    assert board is not None
    qtbot.waitUntil(lambda: "embedded" not in board.live.text(), timeout=5000)
    with (
        KamailioServer(USERS, workdir=tmp_path / "kamailio") as kamailio,
        ServeProcess(tmp_path / "s1", commands=True, env=env,
                     extra_args=["--seat", "seat-1"]) as s1,
        ServeProcess(tmp_path / "s2", commands=True, env=env,
                     extra_args=["--seat", "seat-2"]) as s2,
        ServeProcess(tmp_path / "s3", commands=True, env=env,
                     extra_args=["--seat", "seat-3"]) as s3,
    ):  # fmt: skip
        desk = Desk(kamailio, s1, s2)
        for seat, user in ((s1, "operator1"), (s2, "operator2"), (s3, "operator3")):
            desk.register(seat, user)
        qtbot.waitUntil(lambda: board.seats.rowCount() == 3, timeout=20_000)
        seats = {row[0]: row for row in _rows(board.seats)}
        assert set(seats) == {"seat-1", "seat-2", "seat-3"}, seats
        assert all("Ready" in " ".join(row) for row in seats.values()), seats

        s2.send("set_agent_state", state="not_ready", reason="lunch")

        def seat2_not_ready() -> bool:
            return any(r[0] == "seat-2" and "Not ready" in " ".join(r) for r in _rows(board.seats))

        qtbot.waitUntil(seat2_not_ready, timeout=15_000)
        row2 = next(r for r in _rows(board.seats) if r[0] == "seat-2")
        assert "not_ready" not in " ".join(row2)  # in words, never the raw value

        caller: subprocess.Popen[str] = start_simcall(
            simcall_command(kamailio.uri("operator1"), from_number=CALLER, say="Добрий день",
                            duration=8)
        )  # fmt: skip
        try:
            qtbot.waitUntil(lambda: board.calls.rowCount() == 1, timeout=20_000)
            qtbot.waitUntil(
                lambda: not _rows(board.calls)[0][2].startswith("ringing"), timeout=20_000
            )
            call = " ".join(_rows(board.calls)[0])
            assert "+380 50 123 4567" in call and "seat-1" in call, call
            assert "talking 1" in board.counts.text(), board.counts.text()
            caller.communicate(timeout=60)  # the caller hangs up after its 8 s
        finally:
            if caller.poll() is None:
                caller.kill()
        qtbot.waitUntil(lambda: board.calls.rowCount() == 0, timeout=20_000)
        assert "Live" in board.live.text() or "live" in board.live.text(), board.live.text()


def _relay(seat: ServeProcess, command: p.Command) -> None:
    """What the supervisor's engine client does with a command: the same JSON, to its
    real engine (this window has none: the seat `sup` is the supervisor's engine)."""
    seat.send(command.cmd.value, command.call_id, **command.args)


def _show(bridge: TelephonyBridge, seat: ServeProcess, name: str, listen_id: str) -> None:
    """The supervisor engine's real event, delivered to the window as its client would."""
    event = seat.wait_for(name, lambda e: e["listen_id"] == listen_id, timeout=20)
    bridge.dispatch(p.decode_event(json.dumps(event)))


def test_listening_from_the_wallboard_screen_to_a_seat_behind_kamailio(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, database: str,
    sent: list[p.Command], bridge: TelephonyBridge, sessions: sessionmaker[Session],
) -> None:  # fmt: skip
    """The supervisor clicks Listen, Whisper and Stop on the wallboard; the commands go to
    a real supervisor seat, which calls operator1's AOR through Kamailio; seat 1 (on the
    same PostgreSQL) admits the grant the click wrote, applies the whisper, and both sides
    audit it. Whether the supervisor really hears the caller is
    tests/integration/test_live_listening_kamailio.py (correlation)."""
    env = {"KUTY_DATABASE_URL": database}
    win = make_window(PETRO)
    board = win.wallboard
    assert board is not None
    controls = board.findChild(ListenControls, "listenControls")
    assert controls is not None
    with (
        KamailioServer(USERS, workdir=tmp_path / "kamailio") as kamailio,
        ServeProcess(tmp_path / "s1", auto_answer=True, commands=True, env=env,
                     extra_args=["--seat", "seat-1"]) as s1,
        ServeProcess(tmp_path / "sup", auto_answer=False, commands=True, env=env,
                     extra_args=["--seat", "seat-supervisor"]) as sup,
    ):  # fmt: skip
        desk = Desk(kamailio, s1, sup)
        desk.register(s1, "operator1")
        desk.register(sup, "supervisor")
        caller: subprocess.Popen[str] = start_simcall(
            simcall_command(kamailio.uri("operator1"), from_number=CALLER, say="Добрий день",
                            duration=25)
        )  # fmt: skip
        try:
            call_id = s1.wait_for("call_answered", timeout=20)["call_id"]
            win.show_workspace("supervision")
            qtbot.waitUntil(lambda: board.calls.rowCount() >= 1, timeout=20_000)
            row = next(r for r in range(board.calls.rowCount())
                       if "seat-1" in " ".join(_rows(board.calls)[r]))  # fmt: skip
            board.calls.selectRow(row)
            qtbot.mouseClick(controls.listen_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: any(c.cmd is p.CommandName.LISTEN for c in sent), timeout=10_000
            )
            command = next(c for c in sent if c.cmd is p.CommandName.LISTEN)
            assert command.call_id == call_id
            assert command.args["uri"] == kamailio.uri("operator1")  # the AOR, via the proxy
            listen_id = command.args["listen_id"]
            _relay(sup, command)
            s1.wait_for("listen_started", lambda e: e["listen_id"] == listen_id, timeout=20)
            _show(bridge, sup, "listen_started", listen_id)
            qtbot.waitUntil(controls.whisper_button.isEnabled, timeout=5000)
            assert controls.status.text() == "Listening: nobody hears you."

            qtbot.mouseClick(controls.whisper_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: sent[-1].cmd is p.CommandName.LISTEN_MODE, timeout=5000)
            _relay(sup, sent[-1])
            applied = s1.wait_for("listen_mode", lambda e: e["listen_id"] == listen_id)
            assert applied["mode"] == "whisper", applied
            _show(bridge, sup, "listen_mode", listen_id)
            qtbot.waitUntil(lambda: not controls.whisper_button.isEnabled(), timeout=5000)

            qtbot.mouseClick(controls.stop_button, Qt.MouseButton.LeftButton)
            assert sent[-1].cmd is p.CommandName.LISTEN_STOP
            _relay(sup, sent[-1])
            s1.wait_for("listen_ended", lambda e: e["listen_id"] == listen_id, timeout=20)
            _show(bridge, sup, "listen_ended", listen_id)
            qtbot.waitUntil(controls.listen_button.isEnabled, timeout=5000)
            assert controls.status.text() == "Listening ended."
            assert not sup.find("call_incoming")  # the listen dialog was never a call
        finally:
            caller.kill()
            caller.communicate(timeout=10)

    def audited() -> None:
        with sessions() as s:
            kinds = [r.kind for r in s.scalars(sa.select(AuditEvent).where(
                AuditEvent.kind.like("listen%")).order_by(AuditEvent.id))]  # fmt: skip
        for kind in ("listen_granted", "listen_admitted", "listen_mode",
                     "listen_mode_applied", "listen_stopped"):  # fmt: skip
            assert kind in kinds, kinds

    qtbot.waitUntil(audited, timeout=10_000)
