"""Live views across seats (issue 13's wallboard): PostgreSQL `LISTEN/NOTIFY`, no polling.

Every transaction that changes what a supervisor watches (a call ringing, answered or ended,
an agent state, an alert, an incident) calls `announce(session, topic)`; on PostgreSQL that
queues `pg_notify('kuty_desk', topic)`, which the server delivers to every listener when,
and only if, the transaction commits, so a wallboard never shows a change that was rolled
back. `DeskListener` holds one connection in LISTEN and wakes its callback per notification;
between notifications it waits on the socket (psycopg's `notifies(timeout=…)`), it never
queries. SQLite has no NOTIFY: one seat, one process, so the console refreshes from its own
engine events instead, and `announce` does nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "kuty_desk"
TOPICS = frozenset({"calls", "agents", "alerts", "incidents", "messages"})
RECONNECT_S = (1.0, 2.0, 5.0, 10.0)
"""Backoff after a lost connection (a restarted server): the wallboard says it is stale
meanwhile (`on_state(False)`) and catches up with one refresh when it is back."""


def is_postgres(bind: sa.Engine | sa.Connection | None) -> bool:
    return bind is not None and bind.dialect.name == "postgresql"


def announce(session: Session, topic: str) -> None:
    """Tell every listening wallboard that `topic` changed, when this transaction commits."""
    if topic not in TOPICS:
        raise ValueError(f"unknown live topic {topic!r}")
    if is_postgres(session.get_bind()):
        session.execute(sa.text("SELECT pg_notify(:channel, :topic)"),
                        {"channel": CHANNEL, "topic": topic})  # fmt: skip


class DeskListener:
    """A thread in LISTEN on the desk's channel; `on_change(topic)` runs on that thread.

    `on_state(True)` when listening (also after a reconnect: the caller should refresh,
    notifications sent while it was away are lost), `on_state(False)` when the connection
    dropped. `stop()` returns within about `wait_s`.
    """

    def __init__(
        self,
        engine: sa.Engine,
        on_change: Callable[[str], None],
        on_state: Callable[[bool], None] | None = None,
        wait_s: float = 0.5,
    ) -> None:
        if not is_postgres(engine):
            raise ValueError("LISTEN/NOTIFY needs PostgreSQL; SQLite seats refresh locally")
        self._engine = engine
        self._on_change = on_change
        self._on_state = on_state or (lambda _up: None)
        self._wait_s = wait_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk-listener", daemon=True)

    def start(self) -> DeskListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self._wait_s * 4 + 1)

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.execute(sa.text(f"LISTEN {CHANNEL}"))
                    attempt = 0
                    self._on_state(True)
                    self._listen(conn.connection.driver_connection)
            except Exception as exc:  # a dropped server, a bad password: say it, retry
                if self._stop.is_set():
                    break
                log.warning("wallboard listener: %s", str(exc).splitlines()[0] if str(exc) else exc)
            self._on_state(False)
            delay = RECONNECT_S[min(attempt, len(RECONNECT_S) - 1)]
            attempt += 1
            self._stop.wait(delay)

    def _listen(self, raw: Any) -> None:
        while not self._stop.is_set():
            for note in raw.notifies(timeout=self._wait_s):
                if note.channel == CHANNEL and note.payload in TOPICS:
                    try:
                        self._on_change(note.payload)
                    except Exception:  # the view's bug must not end the listening
                        log.exception("wallboard listener callback failed")
            if raw.closed or raw.broken:
                raise ConnectionError("the database connection was lost")
