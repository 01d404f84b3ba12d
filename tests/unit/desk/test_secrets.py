"""Secrets go through a real keyring backend and never land in clear in Kuty's files.

The backend is keyrings.alt's encrypted file (the one offered when there is no desktop
keyring), stored in tmp_path. Every test restores the process-wide keyring afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import keyring
import pytest
import sqlalchemy as sa
from keyring.backends import chainer, fail
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from desk import secrets
from desk.secrets import (
    MSG_OK,
    MSG_UNAVAILABLE,
    MSG_WRONG_MASTER,
    PasswordInUrl,
    SecretsUnavailable,
)
from desk.settings import load_settings

CANARY = "canary-Пароль-7f3a9c1e5b"
MASTER = "correct horse battery staple"
DB_URL = "postgresql+psycopg://kuty@db.example:5432/kuty"


@pytest.fixture(autouse=True)
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Config and data dirs of a fresh install; XDG points there so fallbacks land there."""
    config, data = tmp_path / "config", tmp_path / "data"
    config.mkdir()
    data.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return config, data


@pytest.fixture
def encrypted(dirs: tuple[Path, Path]) -> Path:
    path = dirs[1] / "kuty-console" / secrets.ENCRYPTED_FILE_NAME
    status = secrets.use_encrypted_file_backend(path, MASTER)
    assert status.usable and status.message_id == MSG_OK
    assert str(path) in secrets.describe_backend()
    return path


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [
        Path(folder) / name
        for folder, _, names in os.walk(root)
        for name in names
        if needle in (Path(folder) / name).read_bytes()
    ]


def test_round_trip_through_the_encrypted_file(encrypted: Path) -> None:
    assert secrets.get_secret("sip", "operator1") is None
    secrets.set_secret("sip", "operator1", CANARY)
    secrets.set_secret("smtp", "desk@kuty.example", "smtp-" + CANARY)
    assert secrets.get_secret("sip", "operator1") == CANARY

    # A new process: same file, same master password.
    secrets.use_encrypted_file_backend(encrypted, MASTER)
    assert secrets.get_secret("sip", "operator1") == CANARY
    assert secrets.get_secret("smtp", "desk@kuty.example") == "smtp-" + CANARY
    assert secrets.delete_secret("sip", "operator1")
    assert secrets.get_secret("sip", "operator1") is None
    assert not secrets.delete_secret("sip", "operator1")


def test_wrong_master_password_is_refused(encrypted: Path) -> None:
    secrets.set_secret("sip", "operator1", CANARY)
    with pytest.raises(SecretsUnavailable) as info:
        secrets.use_encrypted_file_backend(encrypted, "not the master password")
    assert info.value.message_id == MSG_WRONG_MASTER
    with pytest.raises(SecretsUnavailable):
        secrets.use_encrypted_file_backend(encrypted, "  ")


def test_canary_is_in_no_file_under_config_and_data(
    dirs: tuple[Path, Path], encrypted: Path
) -> None:
    config, data = dirs
    secrets.set_secret("db", secrets.db_secret_name(DB_URL), CANARY)
    secrets.set_secret("sip", "operator1", CANARY)
    (config / "kuty-console").mkdir()
    (config / "kuty-console" / "settings.toml").write_text(f'database_url = "{DB_URL}"\n')
    settings = load_settings(env={"KUTY_CONFIG": str(config / "kuty-console" / "settings.toml")})
    connect_url = secrets.database_url_with_secret(settings.database_url)
    assert sa.make_url(connect_url).password == CANARY
    assert encrypted.is_file()
    for needle in (CANARY, quote(CANARY), "7f3a9c1e5b"):
        for root in (config, data):
            assert files_containing(root, needle.encode("utf-8")) == []


def test_fail_backend_gives_a_clear_status() -> None:
    keyring.set_keyring(fail.Keyring())
    status = secrets.ensure_usable_keyring()
    assert not status.usable
    assert status.message_id == MSG_UNAVAILABLE
    assert "keyring" in status.explanation and "encrypted file" in status.explanation
    assert "GNOME Keyring" in secrets.status_text(status)
    with pytest.raises(SecretsUnavailable, match="No usable keyring"):
        secrets.set_secret("sip", "operator1", CANARY)


def test_plaintext_fallbacks_are_refused_and_nothing_is_written(
    dirs: tuple[Path, Path],
) -> None:
    # What keyring picks on a Linux box without a desktop keyring but with keyrings.alt.
    plain, prompting = PlaintextKeyring(), EncryptedKeyring()
    plain.file_path = str(dirs[1] / "python_keyring" / "keyring_pass.cfg")

    class Chain(chainer.ChainerBackend):
        backends = (prompting, plain)  # type: ignore[assignment]

    keyring.set_keyring(Chain())
    assert not secrets.ensure_usable_keyring().usable
    with pytest.raises(SecretsUnavailable):
        secrets.set_secret("sip", "operator1", CANARY)
    assert files_containing(dirs[0].parent, CANARY.encode("utf-8")) == []
    assert secrets.database_url_with_secret(DB_URL) == DB_URL  # server decides


def test_password_in_settings_url_is_refused_and_masked() -> None:
    secrets.reject_password_in_url(DB_URL)
    secrets.reject_password_in_url("sqlite:////var/lib/kuty/kuty.sqlite3")
    with pytest.raises(PasswordInUrl, match="keyring") as info:
        secrets.reject_password_in_url("postgresql+psycopg://kuty:hunter2@db/kuty")
    assert "hunter2" not in str(info.value)
    with pytest.raises(PasswordInUrl):
        secrets.database_url_with_secret("postgresql://kuty:hunter2@db/kuty")


def test_db_secret_name_ignores_driver_and_options(encrypted: Path) -> None:
    assert secrets.db_secret_name(DB_URL + "?sslmode=require") == (
        "postgresql://kuty@db.example:5432/kuty"
    )
    secrets.set_secret("db", secrets.db_secret_name(DB_URL), "p@ss:w/rd%")
    url = secrets.database_url_with_secret("postgresql://kuty@db.example:5432/kuty")
    assert url == "postgresql://kuty:p%40ss%3Aw%2Frd%25@db.example:5432/kuty"
    assert secrets.database_url_with_secret("sqlite:///x.db") == "sqlite:///x.db"
    with pytest.raises(ValueError, match="unknown secret kind"):
        secrets.get_secret("ftp", "x")
