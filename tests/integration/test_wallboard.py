"""The wallboard across three real seats behind Kamailio on one PostgreSQL (issue 13).

Three `kuty serve` processes share a PostgreSQL database and register at Kamailio as
operator1..3; a supervisor's listener (db.live.DeskListener, as the console's wallboard
uses it) must be told of every change by NOTIFY, with no polling, and the snapshot
(desk.wallboard) must then show it: seat 2 going not ready, a call ringing through the
proxy to seat 1 and answered there, and the call gone when the caller hangs up.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db.enums import AgentState
from db.live import DeskListener
from db.models import OperatorRole
from db.session import close_database, open_database
from desk.roles import Actor
from desk.wallboard import Wallboard, wallboard
from tests.support.kamailio import KamailioServer
from tests.support.postgres import PostgresServer
from tests.support.seat_pair import Desk
from tests.support.serve import ServeProcess
from tests.support.simcall import simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USERS = {f"operator{i}": f"Kuty-wallboard-{i}" for i in (1, 2, 3)}
CALLER = "+380501234567"
SUPERVISOR = Actor("petro", OperatorRole.SUPERVISOR, None)


class Heard:
    """Topics the listener delivered, and a way to wait for the next one."""

    def __init__(self) -> None:
        self.topics: list[str] = []
        self.up = threading.Event()
        self._cond = threading.Condition()

    def on_change(self, topic: str) -> None:
        with self._cond:
            self.topics.append(topic)
            self._cond.notify_all()

    def on_state(self, up: bool) -> None:
        if up:
            self.up.set()

    def wait(self, topic: str, since: int, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        with self._cond:
            while topic not in self.topics[since:]:
                left = deadline - time.monotonic()
                assert left > 0, f"no {topic!r} notification; heard {self.topics[since:]}"
                self._cond.wait(left)


def until(check: Callable[[], Wallboard | None], timeout: float = 15.0) -> Wallboard:
    """The snapshot the notification promised (a refresh per notification, as the view)."""
    deadline = time.monotonic() + timeout
    while True:
        board = check()
        if board is not None:
            return board
        assert time.monotonic() < deadline, "the wallboard never showed it"
        time.sleep(0.2)


@pytest.fixture
def database(postgres_server: PostgresServer) -> Iterator[str]:
    url = postgres_server.create_database("wallboard")
    yield url
    postgres_server.drop_database(url)


def test_three_seats_behind_kamailio_are_on_one_live_wallboard(
    tmp_path: Path, database: str
) -> None:
    env = {"KUTY_DATABASE_URL": database}
    sessions = open_database(database)  # the supervisor's console, on the same database
    heard = Heard()
    with (
        KamailioServer(USERS, workdir=tmp_path / "kamailio") as kamailio,
        ServeProcess(
            tmp_path / "s1", commands=True, env=env, extra_args=["--seat", "seat-1"]
        ) as s1,  # fmt: skip
        ServeProcess(
            tmp_path / "s2", commands=True, env=env, extra_args=["--seat", "seat-2"]
        ) as s2,  # fmt: skip
        ServeProcess(
            tmp_path / "s3", commands=True, env=env, extra_args=["--seat", "seat-3"]
        ) as s3,  # fmt: skip
    ):
        desk = Desk(kamailio, s1, s2)
        for seat, user in ((s1, "operator1"), (s2, "operator2"), (s3, "operator3")):
            desk.register(seat, user)
        listener = DeskListener(sessions.kw["bind"], heard.on_change, heard.on_state).start()

        def seen(wanted: Callable[[Wallboard], bool]) -> Wallboard | None:
            board = wallboard(sessions, SUPERVISOR)
            return board if wanted(board) else None

        caller: subprocess.Popen[str] | None = None
        try:
            assert heard.up.wait(10), "the listener never connected"
            board = until(lambda: seen(lambda b: len(b.seats) == 3))
            assert {s.seat for s in board.seats} == {"seat-1", "seat-2", "seat-3"}
            assert all(s.state is AgentState.READY for s in board.seats), board.seats

            mark = len(heard.topics)
            s2.send("set_agent_state", state="not_ready", reason="lunch")
            heard.wait("agents", mark)
            states = {s.seat: s for s in wallboard(sessions, SUPERVISOR).seats}
            assert states["seat-2"].state is AgentState.NOT_READY
            assert states["seat-2"].reason == "lunch"

            mark = len(heard.topics)
            caller = start_simcall(
                simcall_command(
                    kamailio.uri("operator1"), from_number=CALLER, say="Добрий день", duration=8
                )
            )
            heard.wait("calls", mark)
            board = until(lambda: seen(lambda b: bool(b.calls and b.calls[0].answer_at)))
            (call,) = board.calls
            assert call.seat == "seat-1" and call.number == CALLER, call

            mark = len(heard.topics)
            caller.communicate(timeout=60)  # the caller hangs up after its 8 s
            heard.wait("calls", mark)
            until(lambda: seen(lambda b: not b.calls))
        finally:
            listener.stop()
            if caller is not None and caller.returncode is None:
                caller.kill()
                caller.communicate(timeout=10)
            close_database(sessions)
