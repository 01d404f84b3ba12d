"""`kuty accounts`: real subprocesses, a real encrypted keyring file, an audited change.

The subprocesses find the keyring through KUTY_KEYRING_FILE/KUTY_KEYRING_MASTER (the
documented automation hook), so nothing prompts and the developer's keyring is untouched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa

from db.models import AuditEvent
from db.session import close_database, open_database
from desk import secrets

ROOT = Path(__file__).resolve().parents[3]
CANARY = "canary-Пароль-a11ce5"
MASTER = "master for tests"
ADMIN_PW = "correct horse battery"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KUTY_CONFIG": str(tmp_path / "config" / "settings.toml"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "KUTY_KEYRING_FILE": str(tmp_path / "data" / "kuty-keyring.cfg"),
        "KUTY_KEYRING_MASTER": MASTER,
    }


@pytest.fixture(autouse=True)
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def kuty(
    env: dict[str, str], tmp_path: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "seat.cli", *args, "--data-dir", str(tmp_path / "data")],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_add_list_set_password_remove(env: dict[str, str], tmp_path: Path) -> None:
    def ok(*args: str, stdin: str = "") -> str:
        res = kuty(env, tmp_path, *args, stdin=stdin)
        assert res.returncode == 0, res.stderr
        return res.stdout

    ok("users", "add", "root", "--role", "admin", stdin=ADMIN_PW + "\n")
    ok("users", "add", "olena", "--role", "operator", "--as", "root", stdin=ADMIN_PW + "\n")
    add = ["accounts", "add", "desk", "--registrar", "127.0.0.2:5060", "--user", "seat1"]
    ok(*add, "--transport", "tcp", "--srtp", "optional", "--as", "root")
    accounts_toml = tmp_path / "config" / "accounts.toml"
    assert 'registrar = "127.0.0.2:5060"' in accounts_toml.read_text(encoding="utf-8")

    denied = kuty(env, tmp_path, *add, "--replace", "--as", "olena")
    assert denied.returncode == 1 and "may not manage_settings" in denied.stderr
    exists = kuty(env, tmp_path, *add, "--as", "root")
    assert exists.returncode == 1 and "--replace" in exists.stderr

    listed = json.loads(ok("accounts", "list", "--json"))
    assert [a["account_id"] for a in listed["accounts"]] == ["desk"]
    assert listed["accounts"][0]["password_set"] is False
    assert listed["accounts"][0]["transport"] == "tcp"

    ok("accounts", "set-password", "desk", "--as", "root", stdin=CANARY + "\n")
    listed = json.loads(ok("accounts", "list", "--json"))
    assert listed["accounts"][0]["password_set"] is True
    assert "password" not in listed["accounts"][0]

    secrets.use_encrypted_file_backend(Path(env["KUTY_KEYRING_FILE"]), MASTER)
    assert secrets.get_secret("sip", "desk") == CANARY
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"a11ce5" not in path.read_bytes(), path

    wrong = kuty({**env, "KUTY_KEYRING_MASTER": "nope"}, tmp_path, "accounts", "list")
    assert wrong.returncode == 1 and "wrong master password" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1 and "Traceback" not in wrong.stderr

    ok("accounts", "remove", "desk", "--as", "root")
    assert "no accounts" in ok("accounts", "list")
    secrets.use_encrypted_file_backend(Path(env["KUTY_KEYRING_FILE"]), MASTER)
    assert secrets.get_secret("sip", "desk") is None

    sessions = open_database(f"sqlite:///{tmp_path / 'data' / 'kuty.sqlite3'}")
    try:
        with sessions.begin() as s:
            rows = s.execute(
                sa.select(AuditEvent.payload).where(AuditEvent.kind == "settings_changed")
            )
            changed = [json.loads(p)["changed"] for (p,) in rows]
    finally:
        close_database(sessions)
    assert changed == [["accounts.desk"], ["secret:sip:desk"], ["accounts.desk"]]


def test_set_password_for_unknown_account_fails(env: dict[str, str], tmp_path: Path) -> None:
    res = kuty(env, tmp_path, "accounts", "set-password", "ghost", "--as", "root", stdin="x\n")
    assert res.returncode == 1 and "no account 'ghost'" in res.stderr


def test_stun_and_ice_are_saved_and_bad_servers_refused(
    env: dict[str, str], tmp_path: Path
) -> None:
    """Issue 6: NAT settings from the CLI reach accounts.toml; a bad server is named."""
    res = kuty(env, tmp_path, "users", "add", "root", "--role", "admin", stdin=ADMIN_PW + "\n")
    assert res.returncode == 0, res.stderr
    add = ["accounts", "add", "desk", "--registrar", "pbx.kuty.example", "--user", "101"]
    nat = ["--stun", "stun1.kuty.example:3478", "--stun", "127.0.0.1:3479", "--ice"]
    res = kuty(env, tmp_path, *add, *nat, "--as", "root")
    assert res.returncode == 0, res.stderr
    res = kuty(env, tmp_path, "accounts", "list", "--json")
    account = json.loads(res.stdout)["accounts"][0]
    assert account["stun_servers"] == ["stun1.kuty.example:3478", "127.0.0.1:3479"]
    assert account["ice"] is True

    bad = kuty(env, tmp_path, *add, "--replace", "--stun", "stun server", "--as", "root")
    assert bad.returncode == 1 and "stun_servers" in bad.stderr, bad.stderr
    assert "Traceback" not in bad.stderr
    res = kuty(env, tmp_path, "accounts", "list", "--json")
    assert json.loads(res.stdout)["accounts"][0]["stun_servers"][0] == "stun1.kuty.example:3478"
