"""The supervisor's wallboard screen over three real seats behind Kamailio (issue 13).

tests/integration/test_wallboard.py proves the data side (NOTIFY reaches a listener, the
snapshot has it); this is the screen a supervisor looks at: the real console window on
the desk's PostgreSQL, its WallboardView listening with LISTEN/NOTIFY (no polling), and
three `kuty serve` seats registered at Kamailio as operator1..3 on the same database. A
seat going not ready, a call rung through the proxy and answered at seat 1, and its end
must each show in the window's own tables, in words.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from desk.settings import Settings, load_settings
from tests.gui.conftest import MakeWindow
from tests.gui.people import PETRO, add_people
from tests.support.kamailio import KamailioServer
from tests.support.postgres import PostgresServer
from tests.support.seat_pair import Desk
from tests.support.serve import ServeProcess
from tests.support.simcall import simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USERS = {f"operator{i}": f"Kuty-board-{i}" for i in (1, 2, 3)}
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
