"""SIP MESSAGE from a real peer becomes a chat contact, or is refused (issue 12).

A real `kuty serve` (engine process, pjsua2) with the KZP policy, whose only channel is
chat: sipp sends a MESSAGE with odd Unicode (RTL override, a ZWJ family, a combining
accent), gets 200, and the host has stored the exact request bytes under their SHA-256, a
chat message row and a case that the sender's next message joins. A seat on the KUTY
policy (no chat channel) refuses the same MESSAGE 405, reports it and stores nothing. A
bare engine with a small body limit answers 413 above it, and a MESSAGE with no
Content-Type is read as text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import sqlalchemy as sa

from db.models_incidents import Message
from db.models_written import Case, RawMessage
from db.session import close_database, open_database
from tests.support.kamailio import KamailioServer, account_args
from tests.support.ports import free_port
from tests.support.serve import ServeProcess, isolated_env
from tests.support.sip_raw import SipSocket, build_request
from tests.support.sipp import run_sipp

pytestmark = [pytest.mark.sip, pytest.mark.slow]

SCENARIO = Path(__file__).resolve().parents[1] / "data" / "sip" / "uac_message.xml"
ODD = "Допоможіть, будь ласка \u202e!txet\u202c 👨‍👩‍👧 e\u0301"
ANSWER_S = 1.0


@pytest.fixture(scope="module")
def chat_seat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    data = tmp_path_factory.mktemp("chat") / "data"
    with ServeProcess(data, auto_answer=False, env={"KUTY_POLICY": "kzp"}) as proc:
        yield proc


def _rows(seat: ServeProcess, want: int, timeout: float = 10.0) -> list[tuple[Any, ...]]:
    """(message, case, raw bytes) rows once `want` chat messages are in the database."""
    factory = open_database(f"sqlite:///{seat.data_dir / 'kuty.sqlite3'}")
    try:
        deadline = time.monotonic() + timeout
        while True:
            with factory() as s:
                rows = s.execute(
                    sa.select(Message, Case, RawMessage.data)
                    .join(Case, Case.id == Message.case_id)
                    .join(RawMessage, RawMessage.sha256 == Message.raw_sha256)
                    .order_by(Message.id)
                ).all()
            if len(rows) >= want or time.monotonic() > deadline:
                return [tuple(r) for r in rows]
            time.sleep(0.1)
    finally:
        close_database(factory)


def _sipp(seat: ServeProcess, code: int, user: str, text: str = ODD) -> Any:
    return run_sipp(
        SCENARIO, seat.listen, timeout=10,
        substitutions={"CODE": str(code), "FROM_USER": user, "DISPLAY": "Ганна", "TEXT": text},
    )  # fmt: skip


def test_a_message_from_sipp_is_stored_as_a_chat_contact(chat_seat: ServeProcess) -> None:
    engine = chat_seat.engine_pid()
    since = chat_seat.mark()
    result = _sipp(chat_seat, 200, "parent")
    assert result.returncode == 0 and result.final_codes == [200], result.describe()
    event = chat_seat.wait_for("message_received", timeout=5, since=since)
    raw = base64.b64decode(event["raw_b64"])
    assert raw.startswith(b"MESSAGE sip:operator@127.0.0.1:") and ODD.encode() in raw
    assert event["from_uri"].startswith("sip:parent@127.0.0.1:")  # as sent, with its port

    rows = _rows(chat_seat, 1)
    assert len(rows) == 1, chat_seat.diagnostics()
    msg, case, stored = rows[0]
    assert bytes(stored) == raw  # the request exactly as the engine received it
    assert msg.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert (msg.channel.value, msg.direction, msg.status, msg.source) == (
        "chat", "in", "new", "sip",
    )  # fmt: skip
    assert msg.body.strip() == ODD and msg.sender.startswith('"Ганна" <sip:parent@')
    assert (case.channel.value, case.policy, case.status.value) == ("chat", "kzp", "new")

    # The same writer again joins the case; another writer opens their own.
    assert _sipp(chat_seat, 200, "parent", "Ще одне").final_codes == [200]
    assert _sipp(chat_seat, 200, "other", "Інший").final_codes == [200]
    rows = _rows(chat_seat, 3)
    assert [r[0].body.strip() for r in rows] == [ODD, "Ще одне", "Інший"]
    assert rows[0][1].id == rows[1][1].id != rows[2][1].id
    assert chat_seat.engine_pid() == engine and chat_seat.alive


def test_a_message_without_content_type_is_read_as_text(chat_seat: ServeProcess) -> None:
    before = len(_rows(chat_seat, 0, timeout=0))
    with SipSocket(chat_seat.port) as sock:
        request = build_request(
            "MESSAGE", chat_seat.port, sock.local_port, body="без типу".encode(), user="operator"
        )
        response = sock.final(request, ANSWER_S)
    assert response is not None and response.code == 200, response
    rows = _rows(chat_seat, before + 1)
    assert rows[-1][0].body == "без типу" and bytes(rows[-1][2]) == request


def test_a_message_too_big_for_the_sip_buffer_is_refused_413(chat_seat: ServeProcess) -> None:
    """pjsip keeps the first 4000 bytes of a datagram: a longer MESSAGE arrives cut, and
    the seat says it is too large (413), not that the sender sent garbage (400)."""
    before = len(_rows(chat_seat, 0, timeout=0))
    since = chat_seat.mark()
    with SipSocket(chat_seat.port) as sock:
        request = build_request("MESSAGE", chat_seat.port, sock.local_port, body=b"x" * 5000,
                                extra=("Content-Type: text/plain",))  # fmt: skip
        response = sock.final(request, ANSWER_S)
    assert response is not None and response.code == 413, response
    chat_seat.wait_for("request_refused", lambda e: e["sip_code"] == 413, timeout=5, since=since)
    assert len(_rows(chat_seat, 0, timeout=0)) == before


def test_a_seat_without_chat_refuses_the_same_message(tmp_path: Path) -> None:
    with ServeProcess(tmp_path / "data", auto_answer=False) as seat:  # KUTY: no chat
        since = seat.mark()
        result = _sipp(seat, 405, "parent")
        assert result.returncode == 0 and result.final_codes == [405], result.describe()
        refused = seat.wait_for(
            "request_refused", lambda e: e["method"] == "MESSAGE", timeout=5, since=since
        )
        assert refused["sip_code"] == 405
        assert not seat.find("message_received")
        assert _rows(seat, 0, timeout=0) == []


def test_a_registered_chat_seat_takes_messages_from_its_registrar_only(tmp_path: Path) -> None:
    """The INVITE source rule (issue 10): registered with Kamailio (127.0.0.2), a MESSAGE
    relayed by it is a chat contact, one sent straight from 127.0.0.1 is refused 403."""
    user, password = "seat1", "Kuty-chat-seat1"
    with (
        KamailioServer({user: password}, workdir=tmp_path / "kam") as kamailio,
        ServeProcess(tmp_path / "data", auto_answer=False, commands=True,
                     env={"KUTY_POLICY": "kzp"}) as seat,
    ):  # fmt: skip
        seat.send(
            "add_account", **cast(dict[str, Any], account_args(kamailio.address, user, password))
        )
        assert seat.wait_for("registration", timeout=20)["state"] == "registered"
        since = seat.mark()
        stranger = _sipp(seat, 403, "stranger", "напряму")
        assert stranger.final_codes == [403], stranger.describe()
        seat.wait_for("request_refused", lambda e: e["sip_code"] == 403, timeout=5, since=since)
        relayed = run_sipp(
            SCENARIO, kamailio.address, timeout=10, service=user,
            substitutions={"CODE": "200", "FROM_USER": "parent", "DISPLAY": "Ганна",
                           "TEXT": "через АТС"},
        )  # fmt: skip
        assert relayed.final_codes == [200], relayed.describe()
        rows = _rows(seat, 1)
        assert [r[0].body.strip() for r in rows] == ["через АТС"], seat.diagnostics()
        assert b"Via: SIP/2.0/UDP 127.0.0.2" in bytes(rows[0][2])  # as relayed, kept


class _Engine:
    """A bare engine process (no host) on loopback, read line by line."""

    def __init__(self, tmp: Path, *args: str) -> None:
        self.port = free_port()
        argv = [sys.executable, "-m", "telephony.engine_main", "--listen",
                f"127.0.0.1:{self.port}", "--recordings", str(tmp / "rec"),
                "--audio-device", "none", *args]  # fmt: skip
        self.proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=isolated_env(tmp), text=True,
        )  # fmt: skip
        self.events: list[dict[str, Any]] = []
        self.wait("engine_ready", 30)

    def wait(self, name: str, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            event = json.loads(line)
            self.events.append(event)
            if event["event"] == name:
                return event
        raise AssertionError(f"no {name} event: {self.events}")

    def stop(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            self.proc.stdin.write('{"cmd": "shutdown"}\n')
            self.proc.stdin.flush()
            self.proc.wait(15)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait(5)
        finally:
            self.proc.stdin.close()
            self.proc.stdout.close()


def test_a_body_over_the_limit_is_refused_413(tmp_path: Path) -> None:
    engine = _Engine(tmp_path, "--chat", "--chat-max-bytes", "512")
    try:
        with SipSocket(engine.port) as sock:
            big = build_request("MESSAGE", engine.port, sock.local_port, body=b"x" * 600,
                                extra=("Content-Type: text/plain",))  # fmt: skip
            response = sock.final(big, ANSWER_S)
            assert response is not None and response.code == 413, response
            refused = engine.wait("request_refused", 5)
            assert (refused["method"], refused["sip_code"]) == ("MESSAGE", 413)
            small = build_request("MESSAGE", engine.port, sock.local_port, body=b"y" * 500,
                                  extra=("Content-Type: text/plain",))  # fmt: skip
            response = sock.final(small, ANSWER_S)
            assert response is not None and response.code == 200, response
            got = engine.wait("message_received", 5)
            assert base64.b64decode(got["raw_b64"]) == small
            options = sock.final(build_request("OPTIONS", engine.port, sock.local_port), 1.0)
            assert options is not None
            allow = {m.strip() for m in (options.first("allow") or "").split(",")}
            assert "MESSAGE" in allow, options.raw  # a chat seat advertises it
    finally:
        engine.stop()
