"""`kuty messages import|list` through `seat.cli.main`, as a script or a person runs it
(issue 12: "`kuty messages import` survives a folder of real-world malformed mail")."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.models import Operator, OperatorRole
from db.session import close_database, open_database
from seat.cli import main
from tests.support.certs import make_pki
from tests.support.dovecot import DovecotServer

CORPUS = Path(__file__).resolve().parents[2] / "data" / "mail"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    sessions = open_database(f"sqlite:///{data / 'kuty.sqlite3'}")
    with sessions.begin() as s:
        s.add(Operator(id=1, username="olena", display_name="Олена", role=OperatorRole.OPERATOR))
        s.add(Operator(id=2, username="head", display_name="Head", role=OperatorRole.HEAD_ADMIN))
    close_database(sessions)
    return data


def _list(data: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["messages", "list", "--json", "--data-dir", str(data), "--as", "olena"]) == 0
    out: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return out


def test_a_folder_of_malformed_mail_is_imported_and_listed(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "old-mailbox"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns("*.py"))
    (folder / "unreadable.eml").write_bytes(b"x")
    (folder / "unreadable.eml").chmod(0)
    missing = tmp_path / "nowhere.eml"
    argv = ["messages", "import", str(folder), str(missing), "--data-dir", str(data_dir),
            "--as", "olena"]  # fmt: skip
    status = main(argv)
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert status == 1  # some files failed; the rest went on
    assert f"kuty messages import: {missing}: no such file or folder" in errors
    assert any("empty.eml: empty file, not a message" in line for line in errors)
    eml = [p for p in folder.glob("*.eml") if p.name not in {"empty.eml", "unreadable.eml"}]
    expected = len(eml) + 3  # and the mbox's three messages
    readable = _root_reads(folder)
    summary = captured.out.strip().splitlines()[-1]
    stored = expected + (1 if readable else 0)
    assert summary.startswith(f"{stored} message(s) stored, 0 already stored")
    assert "Traceback" not in captured.err

    listed = _list(data_dir, capsys)
    assert len(listed) == stored
    by_hash = {item["raw_sha256"]: item for item in listed}
    for path in eml:
        raw = path.read_bytes()
        item = by_hash[hashlib.sha256(raw).hexdigest()]  # the exact bytes of each file
        assert set(item) >= {"id", "case", "direction", "channel", "from", "subject",
                             "received_at", "raw_sha256", "status"}  # fmt: skip
        assert (item["direction"], item["channel"]) == ("in", "email")
    plain = by_hash[hashlib.sha256((folder / "plain_utf8.eml").read_bytes()).hexdigest()]
    assert plain["from"] == "Олена Петренко <olena@example.org>"
    assert plain["subject"] == "Доступ"
    assert str(plain["case"]).startswith("KUTY-")
    subjects = {item["subject"] for item in listed}
    assert {"Скарга", "Погрози", "mbox two"} <= subjects

    # Running the same import again stores nothing twice.
    main(argv)
    again = capsys.readouterr().out.strip().splitlines()[-1]
    assert again.startswith(f"0 message(s) stored, {stored} already stored")


def _root_reads(folder: Path) -> bool:
    """chmod 0 does not stop root; then the 1-byte file is a (malformed) message."""
    try:
        (folder / "unreadable.eml").read_bytes()
    except PermissionError:
        return False
    return True


def test_a_user_without_the_right_gets_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["messages", "import", str(CORPUS / "plain_utf8.eml"),
                   "--data-dir", str(data_dir), "--as", "head"])  # fmt: skip
    err = capsys.readouterr().err.strip()
    assert status == 1
    assert err == "kuty messages: head (head_admin) may not handle_calls"
    assert main(["messages", "list", "--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().err.strip() == (
        "kuty messages: --as USERNAME is required (the user whose role applies)"
    )


@pytest.fixture
def mailbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DovecotServer]:
    """A real Dovecot, the seat's imap_* settings pointing at it, its password in a real
    keyring backend (encrypted file)."""
    import keyring

    from desk.secrets import set_secret, use_encrypted_file_backend

    pki = make_pki(tmp_path / "pki", ip="127.0.0.1")
    server = DovecotServer(pki)
    before = keyring.get_keyring()
    try:
        server.start()
        monkeypatch.setenv("KUTY_CONFIG", str(tmp_path / "no-settings.toml"))
        for key, value in {"IMAP_HOST": "127.0.0.1", "IMAP_PORT": str(server.imap_port),
                           "IMAP_SECURITY": "starttls", "IMAP_USER": server.user,
                           "IMAP_CA_FILE": str(pki.ca_cert)}.items():  # fmt: skip
            monkeypatch.setenv(f"KUTY_{key}", value)
        use_encrypted_file_backend(tmp_path / "kr.cfg", "master-пароль")
        set_secret("imap", f"{server.user}@127.0.0.1", server.password)
        yield server
    finally:
        keyring.set_keyring(before)
        server.stop()


def test_mail_sync_stores_new_mail_once(
    data_dir: Path, mailbox: DovecotServer, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = (CORPUS / "header_8bit.eml").read_bytes()
    mailbox.append(raw)
    argv = ["mail", "sync", "--data-dir", str(data_dir), "--as", "olena"]
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == (
        "INBOX: 1 fetched, 1 stored, 0 already stored, 0 refused over the size limit"
    )
    assert main(argv) == 0
    assert capsys.readouterr().out.strip().startswith("INBOX: 0 fetched, 0 stored")
    [item] = _list(data_dir, capsys)
    assert item["raw_sha256"] == hashlib.sha256(raw).hexdigest()
    assert (item["from"], item["subject"]) == ("Іван Сірко <sirko@example.org>", "Погрози")


def test_mail_sync_refuses_a_certificate_in_one_line(
    data_dir: Path, mailbox: DovecotServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("KUTY_IMAP_CA_FILE", str(tmp_path / "pki" / "rogue-ca.pem"))
    assert main(["mail", "sync", "--data-dir", str(data_dir), "--as", "olena"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"kuty mail: IMAP server 127.0.0.1:{mailbox.imap_port}: "
                          "certificate refused (")  # fmt: skip
    monkeypatch.setenv("KUTY_IMAP_HOST", "")
    assert main(["mail", "sync", "--data-dir", str(data_dir), "--as", "olena"]) == 1
    assert capsys.readouterr().err.strip() == (
        "kuty mail: no desk mailbox: set imap_host, imap_user (and imap_ca_file) first"
    )


def test_password_set_and_sync_as_separate_processes(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The documented automation path: `kuty mail set-password` reads stdin into the
    encrypted keyring file (KUTY_KEYRING_FILE), a later `kuty mail sync` uses it."""
    import os
    import subprocess
    import sys

    factory = open_database(f"sqlite:///{data_dir / 'kuty.sqlite3'}")
    with factory.begin() as s:
        s.add(Operator(id=3, username="root", display_name="Адмін", role=OperatorRole.ADMIN))
    close_database(factory)
    pki = make_pki(tmp_path / "pki2", ip="127.0.0.1")
    server = DovecotServer(pki)
    server.start()
    try:
        server.append((CORPUS / "cp1251_declared.eml").read_bytes())
        env = {**os.environ, "KUTY_CONFIG": str(tmp_path / "none.toml"),
               "KUTY_KEYRING_FILE": str(tmp_path / "kr.cfg"), "KUTY_KEYRING_MASTER": "m",
               "KUTY_IMAP_HOST": "127.0.0.1", "KUTY_IMAP_PORT": str(server.imaps_port),
               "KUTY_IMAP_USER": server.user, "KUTY_IMAP_CA_FILE": str(pki.ca_cert)}  # fmt: skip

        def kuty(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "seat.cli", *argv, "--data-dir", str(data_dir)],
                input=stdin, capture_output=True, text=True, env=env, timeout=120,
                check=False, cwd=Path(__file__).resolve().parents[3],
            )  # fmt: skip

        denied = kuty("mail", "set-password", "--as", "olena", stdin=server.password + "\n")
        assert denied.returncode == 1
        assert denied.stderr.strip() == "kuty mail: olena (operator) may not manage_settings"
        stored = kuty("mail", "set-password", "--as", "root", stdin=server.password + "\n")
        assert stored.returncode == 0, stored.stderr
        assert server.password not in stored.stdout + stored.stderr
        synced = kuty("mail", "sync", "--as", "olena")
        assert synced.returncode == 0, synced.stderr
        assert synced.stdout.strip().startswith("INBOX: 1 fetched, 1 stored")
    finally:
        server.stop()
    [item] = _list(data_dir, capsys)
    assert item["subject"] == "Скарга"
