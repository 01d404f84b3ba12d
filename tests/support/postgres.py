"""A real, throw-away PostgreSQL server for the test session (Debian's `postgresql`).

The suite promises that the multi-seat backend is tested for real, so a missing server is
a failure with instructions, never a skip. The cluster lives in its own directory under
the system temp dir (not pytest's tmp_path: that is private to root and the server must
not run as root), listens on 127.0.0.1 and a free port, with its Unix socket in the same
directory so it never meets a system cluster. Authentication is `trust` on loopback:
there is nothing to protect in a throw-away cluster and test URLs then carry no password.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tests.support.ports import free_port

SUPERUSER = "kuty"
INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found. Install them with "
    "`apt-get install postgresql` (Debian/Ubuntu; `make test` does it), or point "
    "KUTY_PG_BINDIR at the directory that holds initdb and pg_ctl."
)
# Durability is not under test here and these make initdb and every CREATE DATABASE fast;
# `pg_ctl stop -m fast` (what the outage test does) is a clean shutdown, so nothing is lost.
_SERVER_OPTIONS = (
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c timezone=UTC "
    "-c max_connections=200"
)


class PostgresUnavailable(RuntimeError):
    """The server cannot be installed or started; the message says what to do."""


def find_bindir() -> Path:
    """The directory holding initdb and pg_ctl: $KUTY_PG_BINDIR, PATH, then Debian's layout.

    Raises:
        PostgresUnavailable: no server binaries anywhere (see INSTALL_HINT).
    """
    candidates: list[Path] = []
    if env := os.environ.get("KUTY_PG_BINDIR"):
        candidates.append(Path(env))
    if on_path := shutil.which("initdb"):
        candidates.append(Path(on_path).resolve().parent)

    def version(path: str) -> int:
        name = Path(path).parent.name
        return int(name) if name.isdigit() else 0

    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    candidates += [Path(p) for p in debian]
    for directory in candidates:
        if (directory / "initdb").is_file() and (directory / "pg_ctl").is_file():
            return directory
    raise PostgresUnavailable(INSTALL_HINT)


def _unprivileged_user() -> str | None:
    """Who runs the server: None (ourselves) unless we are root, which PostgreSQL refuses."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise PostgresUnavailable("running as root and there is no `postgres` or `nobody` user")


class PostgresServer:
    """One cluster: `start()`, `create_database()`, `stop()`/`start()` again, `destroy()`.

    Attributes:
        port: the TCP port on 127.0.0.1.
        root: the directory holding the cluster (`data/`), its socket and its log.
    """

    def __init__(self, bindir: Path | None = None, port: int | None = None) -> None:
        self.bindir = bindir or find_bindir()
        self.port = port or free_port()
        self.root = Path(tempfile.mkdtemp(prefix="kuty-pg-"))
        self.data_dir = self.root / "data"
        self.log_path = self.root / "server.log"
        self._user = _unprivileged_user()
        self._names = itertools.count(1)
        if self._user is not None:
            entry = pwd.getpwnam(self._user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._initdb()

    # ------------------------------------------------------------------ commands

    def _run(self, *argv: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
        prefix: Sequence[str] = ("runuser", "-u", self._user, "--") if self._user else ()
        command = [*prefix, str(self.bindir / argv[0]), *argv[1:]]
        # cwd: runuser keeps ours, and the server user may not be allowed to enter it.
        done = subprocess.run(
            command,
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        )
        if done.returncode != 0:
            raise PostgresUnavailable(
                f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
                f"\n{self.log_tail()}"
            )
        return done

    def _initdb(self) -> None:
        self._run(
            "initdb",
            "-D",
            str(self.data_dir),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no server log)"
        return "server log:\n" + "\n".join(text.splitlines()[-lines:])

    # ----------------------------------------------------------------- lifecycle

    @property
    def running(self) -> bool:
        return (self.data_dir / "postmaster.pid").exists()

    def start(self) -> PostgresServer:
        """Start (or restart after `stop`) on the same port; waits until it accepts."""
        options = f"-k {self.root} -p {self.port} -c listen_addresses=127.0.0.1 {_SERVER_OPTIONS}"
        self._run(
            "pg_ctl", "start", "-D", str(self.data_dir), "-l", str(self.log_path),
            "-w", "-t", "60", "-o", options,
        )  # fmt: skip
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (`fast`: disconnect clients, clean shutdown). A no-op if stopped."""
        if self.running:
            self._run("pg_ctl", "stop", "-D", str(self.data_dir), "-m", mode, "-w", "-t", "60")

    def destroy(self) -> None:
        """Stop and delete the cluster; safe to call twice."""
        with contextlib.suppress(PostgresUnavailable):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # ------------------------------------------------------------------ databases

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL for `database` with the psycopg 3 driver, over TCP loopback."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run one statement in autocommit (CREATE/DROP DATABASE cannot run in a transaction)."""
        import psycopg

        deadline = time.monotonic() + 10
        while True:
            try:
                connection = psycopg.connect(
                    host="127.0.0.1",
                    port=self.port,
                    user=SUPERUSER,
                    dbname=database,
                    autocommit=True,
                    connect_timeout=5,
                )
                break
            except psycopg.OperationalError:
                # right after start the server may still refuse for a moment
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        with connection:
            connection.execute(sql.encode())

    def create_database(self, prefix: str = "test") -> str:
        """A new empty database; returns its URL."""
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop the database of `url`, disconnecting whoever is still in it."""
        name = url.rsplit("/", 1)[1]
        if self.running:
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server() -> PostgresServer:
    """Build and start a cluster, cleaning up if start fails half-way."""
    server = PostgresServer()
    try:
        return server.start()
    except BaseException:
        server.destroy()
        raise
