"""seat.mail_job.MailSyncJob against a real Dovecot: mail arriving while the seat runs is
stored, stop() ends the thread, a missing password is one line at start (issue 12)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import Operator, OperatorRole
from db.session import close_database, open_database
from desk.policy import load_policy
from desk.roles import Actor
from desk.settings import load_settings
from incidents.config import IncidentsConfig
from incidents.imap_sync import ImapError, SyncReport
from incidents.mailstore import raw_message
from seat.mail_job import MailSyncJob
from tests.support.certs import make_pki
from tests.support.dovecot import DovecotServer

CORPUS = Path(__file__).resolve().parents[2] / "data" / "mail"
OLENA = Actor("olena", OperatorRole.OPERATOR, 1)


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'data' / 'kuty.sqlite3'}")
    with factory.begin() as s:
        s.add(Operator(id=1, username="olena", display_name="Олена", role=OperatorRole.OPERATOR))
    yield factory
    close_database(factory)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[DovecotServer]:
    import keyring

    from desk.secrets import use_encrypted_file_backend

    dovecot = DovecotServer(make_pki(tmp_path / "pki", ip="127.0.0.1"))
    before = keyring.get_keyring()
    try:
        dovecot.start()
        use_encrypted_file_backend(tmp_path / "kr.cfg", "master-пароль")
        yield dovecot
    finally:
        keyring.set_keyring(before)
        dovecot.stop()


def _job(tmp_path: Path, server: DovecotServer, sessions: sessionmaker[Session],
         **callbacks: object) -> MailSyncJob:  # fmt: skip
    settings = load_settings(
        data_dir=tmp_path / "data", env={}, config_file=tmp_path / "none.toml",
        imap_host="127.0.0.1", imap_port=server.imaps_port, imap_user=server.user,
        imap_ca_file=str(server.pki.ca_cert),
    )  # fmt: skip
    config = IncidentsConfig(packages_dir=tmp_path / "police")
    return MailSyncJob(settings, sessions, OLENA, load_policy("kuty"), config, idle_s=60,
                       **callbacks)  # type: ignore[arg-type]  # fmt: skip


def test_mail_arriving_while_the_seat_runs_is_stored(
    tmp_path: Path, server: DovecotServer, sessions: sessionmaker[Session]
) -> None:
    from desk.secrets import set_secret

    set_secret("imap", f"{server.user}@127.0.0.1", server.password)
    reports: list[SyncReport] = []
    first, stored = threading.Event(), threading.Event()

    def on_report(report: SyncReport) -> None:
        reports.append(report)
        first.set()
        if report.stored:
            stored.set()

    job = _job(tmp_path, server, sessions, on_report=on_report)
    job.start()
    try:
        assert first.wait(15) and job.running
        raw = (CORPUS / "koi8u_mislabeled.eml").read_bytes()
        server.append(raw)
        assert stored.wait(20), [r.summary() for r in reports]
        assert raw_message(sessions, OLENA, reports[-1].message_ids[0]) == raw
    finally:
        job.stop()
    assert not job.running


def test_a_missing_password_is_one_line_at_start(
    tmp_path: Path, server: DovecotServer, sessions: sessionmaker[Session]
) -> None:
    job = _job(tmp_path, server, sessions)
    with pytest.raises(ImapError, match=r"^no IMAP password in the keyring for desk@kuty\.test@"):
        job.start()
    assert not job.running
