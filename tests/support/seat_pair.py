"""Two seats behind a real Kamailio: A registered as "operator1", B as "operator2".

For the tests of what happens *between* seats (transfers, dialling a colleague, DTMF
both ways). Both are real `kuty serve` processes with auto-answer and a command channel;
Kamailio (127.0.0.2) is their registrar and record-routing proxy, so every request
between them and any caller passes it, as on a real help desk's PBX.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, cast

from tests.support.kamailio import KamailioServer, account_args
from tests.support.serve import ServeProcess

USERS = {"operator1": "Kuty-xfer-seat-A", "operator2": "Kuty-xfer-seat-B"}
CALLER = "+380501234567"


class Desk:
    """Kamailio and the two seats; tests wait only for events after their own mark."""

    def __init__(self, kamailio: KamailioServer, a: ServeProcess, b: ServeProcess) -> None:
        self.kamailio = kamailio
        self.a = a
        self.b = b

    def uri(self, user: str) -> str:
        return self.kamailio.uri(user)

    def register(self, seat: ServeProcess, user: str, account_id: str = "desk") -> None:
        since = seat.mark()
        args = account_args(
            self.kamailio.address, user, self.kamailio.users[user], account_id=account_id
        )
        seat.send("add_account", **cast(dict[str, Any], args))
        event = seat.wait_for(
            "registration", lambda e: e["account_id"] == account_id, timeout=20, since=since
        )
        assert event["state"] == "registered", f"{event}\n{self.kamailio.log_tail()}"

    def diagnostics(self) -> str:
        return (
            f"--- seat A\n{self.a.diagnostics()}\n--- seat B\n{self.b.diagnostics()}\n"
            f"{self.kamailio.log_tail(40)}"
        )


@contextlib.contextmanager
def two_seats(root: Path, extra_users: Mapping[str, str] | None = None) -> Iterator[Desk]:
    """Kamailio with USERS (and `extra_users`), seats A and B registered."""
    users = {**USERS, **(extra_users or {})}
    with (
        KamailioServer(users, workdir=root / "kamailio") as kamailio,
        ServeProcess(root / "seat-a", auto_answer=True, commands=True) as a,
        ServeProcess(root / "seat-b", auto_answer=True, commands=True) as b,
    ):
        desk = Desk(kamailio, a, b)
        desk.register(a, "operator1")
        desk.register(b, "operator2")
        yield desk
