"""STUN servers on loopback for the NAT tests (issue 6).

`Coturn` is the real thing: Debian's `turnserver` in STUN-only mode. On loopback it maps
every client to its own address, so it shows that the engine talks STUN with a real
server and keeps working, not that the public address is used.

`NatStunResponder` plays a NAT on loopback alone: it answers Binding requests (RFC 5389)
with the client's port but a different *public* IP, another loopback address (127.0.0.5)
so nothing ever leaves the machine. When the engine puts that address in its Contact and
SDP, STUN was used. With `silent=True` it never answers, as a dead or firewalled STUN
server does.

The real NAT (nft masquerade between network namespaces) is tests/support/netns.py; there
`Coturn(host=..., netns=...)` runs on the "public" side and maps the seat to the NAT's
public address.
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import threading
import time
from pathlib import Path
from types import TracebackType

from tests.support.netns import call_in, exec_prefix
from tests.support.ports import free_port

MAGIC = 0x2112A442
BINDING_REQUEST, BINDING_SUCCESS = 0x0001, 0x0101
ATTR_MAPPED, ATTR_XOR_MAPPED = 0x0001, 0x0020
PUBLIC_IP = "127.0.0.5"


def binding_response(request: bytes, ip: str, port: int) -> bytes | None:
    """The success response to a Binding request, or None if `request` is not one."""
    if len(request) < 20:
        return None
    mtype, _length, magic = struct.unpack("!HHI", request[:8])
    if mtype != BINDING_REQUEST:
        return None
    tid = request[8:20]
    raw_ip = socket.inet_aton(ip)
    attrs = struct.pack("!HHBBH4s", ATTR_MAPPED, 8, 0, 1, port, raw_ip)
    if magic == MAGIC:  # RFC 5389 clients read XOR-MAPPED-ADDRESS
        xip = struct.unpack("!I", raw_ip)[0] ^ MAGIC
        attrs += struct.pack("!HHBBHI", ATTR_XOR_MAPPED, 8, 0, 1, port ^ (MAGIC >> 16), xip)
    return struct.pack("!HHI", BINDING_SUCCESS, len(attrs), magic) + tid + attrs


def binding_request() -> tuple[bytes, bytes]:
    tid = os.urandom(12)
    return struct.pack("!HHI", BINDING_REQUEST, 0, MAGIC) + tid, tid


class NatStunResponder:
    """A Binding responder on 127.0.0.1 that maps clients to PUBLIC_IP (same port).

    Attributes:
        requests: (ip, port) of every Binding request received, in order.
    """

    def __init__(self, *, public_ip: str = PUBLIC_IP, silent: bool = False) -> None:
        self.public_ip = public_ip
        self.silent = silent
        self.requests: list[tuple[str, int]] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True, name="stun")

    @property
    def address(self) -> str:
        host, port = self._sock.getsockname()
        return f"{host}:{port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, (ip, port) = self._sock.recvfrom(2048)
            except TimeoutError:
                continue
            except OSError:
                return
            response = binding_response(data, self.public_ip, port)
            if response is None:
                continue
            self.requests.append((ip, port))
            if not self.silent:
                self._sock.sendto(response, (ip, port))

    def __enter__(self) -> NatStunResponder:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()


class CoturnError(AssertionError):
    pass


class Coturn:
    """Debian's coturn `turnserver --stun-only` on 127.0.0.1 (a free port).

    With `netns`, it runs inside that test namespace on `host` (an address of the
    namespace), and the readiness check asks it from inside the namespace.
    """

    def __init__(self, workdir: Path, *, host: str = "127.0.0.1", netns: str | None = None) -> None:
        self.workdir = workdir
        self.host = host
        self.netns = netns
        self.port = call_in(netns, free_port) if netns else free_port()
        self.log_path = workdir / "coturn.log"
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> Coturn:
        binary = shutil.which("turnserver")
        if binary is None:
            raise CoturnError("turnserver not found: `make test` installs Debian's coturn")
        self.workdir.mkdir(parents=True, exist_ok=True)
        argv = [
            *(exec_prefix(self.netns) if self.netns else []),
            binary,
            f"--listening-ip={self.host}",
            f"--relay-ip={self.host}",
            f"--listening-port={self.port}",
            "--stun-only",
            "--no-cli",
            "--no-tls",
            "--no-dtls",
            "--no-tcp",
            f"--pidfile={self.workdir / 'turnserver.pid'}",
            f"--log-file={self.log_path}",
            "--simple-log",
        ]
        with open(self.workdir / "coturn.stderr", "wb") as err:
            self._proc = subprocess.Popen(
                argv, cwd=self.workdir, stdout=err, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise CoturnError(f"turnserver exited {self._proc.returncode}: {self.output()}")
            if self.answers():
                return self
            time.sleep(0.1)
        self.stop()
        raise CoturnError(f"turnserver did not answer STUN on {self.address}: {self.output()}")

    def answers(self, timeout: float = 0.3) -> bool:
        """True when a Binding request gets a success response with our transaction id."""
        if self.netns:
            return call_in(self.netns, lambda: self._answers(timeout))
        return self._answers(timeout)

    def _answers(self, timeout: float) -> bool:
        request, tid = binding_request()
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.settimeout(timeout)
            try:
                sock.sendto(request, (self.host, self.port))
                data = sock.recv(2048)
            except OSError:
                return False
        return len(data) >= 20 and data[8:20] == tid and data[:2] == b"\x01\x01"

    def output(self) -> str:
        path = self.workdir / "coturn.stderr"
        return path.read_text("utf-8", "replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=5)
        self._proc = None

    def __enter__(self) -> Coturn:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
