"""Fixtures: a real SQLite database, operators of every role, calls with real WAV files."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import Call, Operator, OperatorRole, Recording
from db.session import close_database, open_database
from desk.roles import Actor
from incidents.config import IncidentsConfig
from recordings.wavfile import sha256_file
from telephony.protocol import CallDirection, RecordingStatus
from tests.support.certs import TestPki, make_pki
from tests.support.dovecot import DovecotServer

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
CALLER = "+380671234567"


@pytest.fixture(autouse=True, scope="session")
def _need_sox() -> None:
    if shutil.which("sox") is None:
        pytest.fail("sox is not installed: run `make test`, which installs it")


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'data' / 'kuty.sqlite3'}")
    with factory.begin() as s:
        for i, (name, role) in enumerate(
            [("olena", OperatorRole.OPERATOR), ("petro", OperatorRole.SUPERVISOR),
             ("iryna", OperatorRole.SUPERVISOR), ("head", OperatorRole.HEAD_ADMIN),
             ("admin", OperatorRole.ADMIN)], start=1,
        ):  # fmt: skip
            s.add(Operator(id=i, username=name, display_name=name.title() + " Ш.", role=role))
    yield factory
    close_database(factory)


@pytest.fixture
def operator() -> Actor:
    return Actor("olena", OperatorRole.OPERATOR, 1)


@pytest.fixture
def supervisor() -> Actor:
    return Actor("petro", OperatorRole.SUPERVISOR, 2)


@pytest.fixture
def head() -> Actor:
    return Actor("head", OperatorRole.HEAD_ADMIN, 4)


@pytest.fixture
def config(tmp_path: Path) -> IncidentsConfig:
    return IncidentsConfig(
        packages_dir=tmp_path / "police", supervisor_emails=("chief@kuty.example",)
    )


def sox_tone(path: Path, seconds: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    cmd = ["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(path),
           "synth", str(seconds), "sine", "440"]  # fmt: skip
    subprocess.run(cmd, check=True)
    return path


MakeCall = Callable[..., tuple[str, str]]


@pytest.fixture
def make_call(sessions: sessionmaker[Session], tmp_path: Path) -> MakeCall:
    """A finished (or still recording) call with a real caller WAV of `seconds`."""
    counter = iter(range(1, 1000))

    def make(
        seconds: float = 90.0,
        *,
        finished: bool = True,
        number: str | None = CALLER,
        verification_state: str | None = "not_verified",
    ) -> tuple[str, str]:
        n = next(counter)
        call_id = f"00000000-0000-4000-8000-{n:012d}"
        rec_id = f"10000000-0000-4000-8000-{n:012d}"
        directory = tmp_path / "recordings" / call_id
        caller = sox_tone(directory / "caller.wav", seconds)
        start = T0 + timedelta(minutes=n)
        with sessions.begin() as s:
            s.add(Call(id=call_id, direction=CallDirection.INCOMING, remote_number=number,
                       ring_at=start - timedelta(seconds=5), answer_at=start,
                       end_at=start + timedelta(seconds=seconds) if finished else None,
                       operator_id=1, seat="seat-1",
                       verification_state=verification_state))  # fmt: skip
            s.add(Recording(
                id=rec_id, call_id=call_id, directory=str(directory),
                caller_path=str(caller) if finished else None,
                duration_s=seconds if finished else None, sample_rate=16000,
                caller_sha256=sha256_file(caller) if finished else None,
                status=RecordingStatus.COMPLETE if finished else RecordingStatus.RECORDING,
                started_at=start,
                finished_at=start + timedelta(seconds=seconds) if finished else None,
                legal_hold=False,
            ))  # fmt: skip
        return call_id, rec_id

    return make


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> TestPki:
    """A CA and a server certificate for 127.0.0.1 (SMTP and IMAP servers' TLS)."""
    return make_pki(tmp_path_factory.mktemp("pki"), ip="127.0.0.1")


@pytest.fixture
def dovecot(pki: TestPki) -> Iterator[DovecotServer]:
    """A real Dovecot on loopback (tests/support/dovecot.py), stopped after the test."""
    server = DovecotServer(pki)
    try:
        server.start()
        yield server
    finally:
        server.stop()
