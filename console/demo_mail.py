"""The demo's written contact (issue 12): a writer's e-mail and a mail relay on loopback.

`make demo` answers one e-mail through the real written workspace, so it needs a relay that
takes the reply: a few lines of SMTP on 127.0.0.1 (stdlib only; the demo must run without
the test extras) that keep what they receive, so the report can say the reply left with
exactly the bytes the desk stored. The relay speaks plain SMTP on loopback only: the
demo's mail never leaves the machine.
"""

from __future__ import annotations

import socketserver
import threading
from email.utils import format_datetime, make_msgid
from pathlib import Path

from db.models import utcnow

__all__ = ["DEMO_MAIL_FROM", "DemoRelay", "demo_mail", "write_smtp_config"]

DEMO_MAIL_FROM = "olena.kovalenko@example.org"
DEMO_DESK = "desk@kuty.example"


def demo_mail() -> bytes:
    """The writer's e-mail: a question about her application, as a mail client sends it."""
    lines = [
        f"From: =?utf-8?B?0J7Qu9C10L3QsCDQmtC+0LLQsNC70LXQvdC60L4=?= <{DEMO_MAIL_FROM}>",
        f"To: {DEMO_DESK}",
        "Subject: =?utf-8?B?0JTQvtGB0YLRg9C/INC00L4g0LrQsNCx0ZbQvdC10YLRgw==?=",
        f"Date: {format_datetime(utcnow())}",
        f"Message-ID: {make_msgid(domain='example.org')}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Добрий день! Не можу увійти до особистого кабінету, щоб перевірити заяву "
        "KT-2026-0142. Допоможіть, будь ласка.",
        "Олена Коваленко",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def _say(self, line: str) -> None:
        self.wfile.write(line.encode("ascii") + b"\r\n")

    def handle(self) -> None:
        self._say("220 kuty-demo ESMTP")
        recipients: list[str] = []
        while True:
            raw = self.rfile.readline(4096)
            if not raw:
                return
            verb = raw.decode("ascii", "replace").strip()
            upper = verb.upper()
            if upper.startswith(("EHLO", "HELO")):
                self._say("250-kuty-demo" if upper.startswith("EHLO") else "250 kuty-demo")
                if upper.startswith("EHLO"):
                    self._say("250 8BITMIME")
            elif upper.startswith("MAIL FROM"):
                recipients = []
                self._say("250 OK")
            elif upper.startswith("RCPT TO"):
                recipients.append(verb.partition(":")[2].strip().strip("<>"))
                self._say("250 OK")
            elif upper == "DATA":
                self._say("354 end with <CRLF>.<CRLF>")
                data = bytearray()
                while True:
                    line = self.rfile.readline(1 << 20)
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    data += line[1:] if line.startswith(b"..") else line
                self.server.received.append((list(recipients), bytes(data)))
                self._say("250 OK kept")
            elif upper == "RSET":
                recipients = []
                self._say("250 OK")
            elif upper == "NOOP":
                self._say("250 OK")
            elif upper == "QUIT":
                self._say("221 bye")
                return
            else:
                self._say("502 not implemented")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received: list[tuple[list[str], bytes]] = []


class DemoRelay:
    """A loopback SMTP relay in a thread: `start()`, `port`, `received`, `stop()`."""

    def __init__(self) -> None:
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="kuty-demo-smtp")  # fmt: skip

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def received(self) -> list[tuple[list[str], bytes]]:
        return self._server.received

    def start(self) -> DemoRelay:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def write_smtp_config(data_dir: Path, port: int) -> None:
    """Point the demo seat's replies at this run's relay (`incidents.toml` of the demo's
    own data dir: the port changes every run)."""
    path = data_dir / "incidents.toml"
    path.write_text(
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\ntls = "plain"\nsender = "{DEMO_DESK}"\n',
        encoding="utf-8",
    )
