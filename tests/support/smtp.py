"""A real SMTP submission server on loopback (aiosmtpd) that keeps what it receives.

For the mail tests (issue 12): replies and automatic refusals must reach a relay with
exactly the bytes the desk stored, so the handler keeps `envelope.original_content`
(the bytes as received, before aiosmtpd decodes anything) with the envelope recipients.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from aiosmtpd.controller import Controller

from tests.support.ports import free_port


class Relay:
    """What the server received: (envelope recipients, exact bytes), in order."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], bytes]] = []
        self.port = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 OK"


@contextlib.contextmanager
def smtp_relay() -> Iterator[Relay]:
    """A plain-SMTP relay on 127.0.0.1 and a free port (`Relay.port`), stopped after."""
    handler = Relay()
    handler.port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=handler.port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()
