"""A seat data folder with a real Dovecot mailbox, for the `kuty serve`/`kuty mail` tests.

The operator (id 1) and the admin `root` (id 3) exist in its SQLite database; the
environment points the seat's IMAP settings at the Dovecot started here (TLS checked
against the test CA) and its keyring at a file. `policy`, when given, is written to the
seat's settings.toml only, so the tests prove no `--policy` flag is needed.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.models import Operator, OperatorRole
from db.session import close_database, open_database
from tests.support.certs import make_pki
from tests.support.dovecot import DovecotServer
from tests.support.serve import REPO_ROOT, isolated_env, kuty_command
from tests.support.smtp import Relay


@contextmanager
def mail_seat(
    tmp_path: Path,
    operator: tuple[str, str],
    admin_name: str,
    *,
    policy: str | None = None,
) -> Iterator[tuple[Path, DovecotServer, dict[str, str]]]:
    """(data folder, the running Dovecot, the environment for `kuty`); Dovecot stops after."""
    data = tmp_path / "data"
    sessions = open_database(f"sqlite:///{data / 'kuty.sqlite3'}")
    with sessions.begin() as s:
        s.add(Operator(id=1, username=operator[0], display_name=operator[1],
                       role=OperatorRole.OPERATOR))  # fmt: skip
        s.add(Operator(id=3, username="root", display_name=admin_name, role=OperatorRole.ADMIN))
    close_database(sessions)
    pki = make_pki(tmp_path / "pki", ip="127.0.0.1")
    server = DovecotServer(pki)
    server.start()
    env = {"KUTY_KEYRING_FILE": str(tmp_path / "kr.cfg"), "KUTY_KEYRING_MASTER": "m",
           "KUTY_IMAP_HOST": "127.0.0.1", "KUTY_IMAP_PORT": str(server.imaps_port),
           "KUTY_IMAP_USER": server.user, "KUTY_IMAP_CA_FILE": str(pki.ca_cert)}  # fmt: skip
    if policy is not None:
        settings = data / "settings.toml"
        settings.write_text(f'policy = "{policy}"\n', encoding="utf-8")  # no --policy anywhere
        env["KUTY_CONFIG"] = str(settings)
    try:
        yield data, server, env
    finally:
        server.stop()


def write_smtp(data: Path, relay: Relay, sender: str) -> None:
    """The seat's incidents.toml sends through `relay` (plain, loopback)."""
    (data / "incidents.toml").write_text(
        f'[smtp]\nhost = "127.0.0.1"\nport = {relay.port}\ntls = "plain"\n'
        f'sender = "{sender}"\n', encoding="utf-8",
    )  # fmt: skip


def kuty(
    data: Path, env: dict[str, str], *argv: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """One `kuty` command on the seat's data folder, in an isolated environment."""
    return subprocess.run(
        [*kuty_command(*argv), "--data-dir", str(data)], input=stdin, capture_output=True,
        text=True, env=isolated_env(data, env), timeout=120, check=False, cwd=REPO_ROOT,
    )  # fmt: skip
