"""`kuty serve --mail-as USER` keeps the desk's mailbox synced while it answers calls
(issue 12: every message kept raw and hashed, KUTY-1.1), against a real Dovecot.

The password goes in the way an admin stores it (`kuty mail set-password`, an encrypted
keyring file); the seat then stores what is in the mailbox at start and, through IMAP IDLE,
a message that arrives while it runs, each with the SHA-256 of its exact bytes.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.dovecot import DovecotServer
from tests.support.mail_seat import kuty, mail_seat
from tests.support.serve import REPO_ROOT, ServeProcess, isolated_env, kuty_command

pytestmark = [pytest.mark.slow]

CORPUS = REPO_ROOT / "tests" / "data" / "mail"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[Path, DovecotServer, dict[str, str]]]:
    with mail_seat(tmp_path, ("olena", "Олена"), "Адмін") as seat:
        yield seat


def test_serve_stores_the_mailbox_and_what_arrives_while_it_runs(
    desk: tuple[Path, DovecotServer, dict[str, str]],
) -> None:
    data, server, env = desk
    first = (CORPUS / "cp1251_declared.eml").read_bytes()
    later = (CORPUS / "header_8bit.eml").read_bytes()
    server.append(first)
    stored = kuty(data, env, "mail", "set-password", "--as", "root", stdin=server.password + "\n")
    assert stored.returncode == 0, stored.stderr
    with ServeProcess(data, env=env, extra_args=["--mail-as", "olena"]) as seat:
        synced = seat.wait_for("mail_synced", timeout=30)
        assert "1 stored" in synced["summary"] and not synced["problems"], synced
        mark = seat.mark()
        server.append(later)  # IDLE tells the seat; no polling interval to wait for
        again = seat.wait_for(
            "mail_synced", lambda e: "1 stored" in e["summary"], timeout=30, since=mark
        )
        assert not again["problems"], again
    listed = kuty(data, env, "messages", "list", "--json", "--as", "olena")
    assert listed.returncode == 0, listed.stderr
    hashes = {item["raw_sha256"] for item in json.loads(listed.stdout)}
    assert hashes == {hashlib.sha256(first).hexdigest(), hashlib.sha256(later).hexdigest()}


def test_serve_refuses_to_start_without_a_mailbox_password(
    desk: tuple[Path, DovecotServer, dict[str, str]],
) -> None:
    data, _server, env = desk
    res = subprocess.run(
        [*kuty_command("serve", "--mail-as", "olena", "--audio-device", "none"),
         "--data-dir", str(data)],
        capture_output=True, text=True, env=isolated_env(data, env), timeout=60, check=False,
        cwd=REPO_ROOT,
    )  # fmt: skip
    assert res.returncode == 1, res.stderr
    line = res.stderr.strip().splitlines()[-1]
    assert "no IMAP password in the keyring" in line and "Traceback" not in res.stderr
