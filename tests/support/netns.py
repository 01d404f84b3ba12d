"""A real NAT for the NAT tests: three network namespaces joined by veth pairs.

Tests may send traffic only to loopback or to addresses inside namespaces they create
themselves (DESIGN.md, "Tests and the network"): the machine's own interface address is
watched. `NatTopology` builds a private little internet that never touches the host's
interfaces; both ends of every veth pair are created directly inside test namespaces, so
nothing appears in the root namespace, even for a moment::

    seat ns                  router ns                          public ns
    10.200.1.2 --veth-- 10.200.1.1 | 10.200.2.1 --veth-- 10.200.2.2 (Kamailio, coturn)
    (kuty serve)        nft masquerade out of the           10.200.2.3 (the caller)
                        public side, inbound only for
                        established flows

The public namespace has no route back to 10.200.1.0/24, so the seat's own address is
unreachable from there: anything that reaches the seat came through the NAT, as with a
help desk behind an office router. Counters in the router's forward chain count the UDP
packets between the seat and the caller in each direction (`media_packets`): signalling
and STUN go to the servers' address, so those are the media (and ICE checks), and that is
how a test knows the media really crossed the NAT.

CI runs as root, so these tests run there. Where `ip netns` or `nft` is missing or refuses
(not root, no kernel support), the test fails with the reason: the NAT tests are never
skipped silently.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TypeVar

T = TypeVar("T")

SEAT_IP = "10.200.1.2"
INSIDE_GW = "10.200.1.1"
NAT_PUBLIC_IP = "10.200.2.1"
SERVER_IP = "10.200.2.2"  # Kamailio and coturn
CALLER_IP = "10.200.2.3"
PREFIX = "kutynat"
_CLONE_NEWNET = 0x40000000
_counter = 0
_lock = threading.Lock()


class NetnsError(AssertionError):
    """The namespaces could not be built (tool missing, not root): a test failure."""


def exec_prefix(netns: str) -> list[str]:
    """argv prefix that runs a program inside `netns` (prepend it to a peer's argv)."""
    return ["ip", "netns", "exec", netns]


def require_tools() -> None:
    """Fail (not skip) when the tools the NAT topology needs are missing."""
    missing = [tool for tool in ("ip", "nft") if shutil.which(tool) is None]
    if missing:
        raise NetnsError(
            f"{', '.join(missing)} not found: the NAT tests need iproute2 and nftables "
            "(`make test` installs them; CI runs as root)"
        )


def run(argv: Sequence[str], *, stdin: str | None = None, timeout: float = 10.0) -> str:
    """Run a setup command; a failure raises NetnsError with the command's own words."""
    try:
        result = subprocess.run(
            list(argv), input=stdin, capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise NetnsError(f"{' '.join(argv)}: {exc}") from exc
    if result.returncode != 0:
        raise NetnsError(
            f"{' '.join(argv)} exited {result.returncode}: {result.stderr.strip()} "
            "(the NAT tests need root and network namespace support)"
        )
    return result.stdout


def call_in(netns: str, fn: Callable[[], T], *, timeout: float = 30.0) -> T:
    """Run `fn` on a fresh thread that has entered `netns` (setns is per thread).

    Used for the probes of the test's own helpers (Kamailio's OPTIONS ping, coturn's
    Binding check, free-port checks): their sockets then live inside the namespace,
    talk to its addresses only, and the rest of the test process stays in the root one.
    """
    box: dict[str, object] = {}

    def target() -> None:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            fd = os.open(f"/run/netns/{netns}", os.O_RDONLY)
            try:
                if libc.setns(fd, _CLONE_NEWNET) != 0:
                    err = ctypes.get_errno()
                    raise NetnsError(f"setns({netns}): {os.strerror(err)}")
            finally:
                os.close(fd)
            box["value"] = fn()
        except BaseException as exc:  # re-raised on the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name=f"netns-{netns}", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise NetnsError(f"{fn!r} inside {netns} did not finish within {timeout} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _pid_of(name: str) -> int | None:
    """The pid in a name this module made (`kutynat<pid>x<n>-<role>`), else None."""
    if not name.startswith(PREFIX):
        return None
    digits = name[len(PREFIX) :].split("x", 1)[0]
    return int(digits) if digits.isdigit() else None


def remove_leftovers() -> list[str]:
    """Delete namespaces an earlier, dead test run of this module left behind.

    Only names with this module's prefix whose pid no longer runs: a parallel run (its
    pid alive) keeps its namespaces. Returns the names removed.
    """
    removed = []
    netns_dir = Path("/run/netns")
    names = [p.name for p in netns_dir.iterdir()] if netns_dir.is_dir() else []
    for name in names:
        pid = _pid_of(name)
        if pid is None or pid == os.getpid() or Path(f"/proc/{pid}").exists():
            continue
        with contextlib.suppress(NetnsError):
            run(["ip", "netns", "del", name])
            removed.append(name)
    return removed


class NatTopology:
    """seat ns -- router ns (nft masquerade) -- public ns; use as a context manager.

    Attributes:
        seat, router, public: the namespace names (unique per process and instance).
    """

    def __init__(self) -> None:
        global _counter
        with _lock:
            _counter += 1
            tag = f"{PREFIX}{os.getpid()}x{_counter}"
        self.seat, self.router, self.public = (f"{tag}-{r}" for r in ("seat", "nat", "pub"))
        # interface names have at most 15 characters (pid <= 7 digits: 14 at most)
        short = f"kn{os.getpid()}x{_counter}"
        self.seat_if, self.inside_if = f"{short}s", f"{short}i"
        self.outside_if, self.public_if = f"{short}o", f"{short}p"
        self.created: list[str] = []

    def prefix(self, netns: str) -> list[str]:
        return exec_prefix(netns)

    def _in(self, netns: str, *argv: str) -> str:
        return run(["ip", "-n", netns, *argv])

    def start(self) -> NatTopology:
        require_tools()
        remove_leftovers()
        try:
            for netns in (self.seat, self.router, self.public):
                run(["ip", "netns", "add", netns])
                self.created.append(netns)
                self._in(netns, "link", "set", "lo", "up")
            run(["ip", "link", "add", self.seat_if, "netns", self.seat, "type", "veth",
                 "peer", "name", self.inside_if, "netns", self.router])  # fmt: skip
            run(["ip", "link", "add", self.outside_if, "netns", self.router, "type", "veth",
                 "peer", "name", self.public_if, "netns", self.public])  # fmt: skip
            for netns, ifname, cidrs in (
                (self.seat, self.seat_if, [f"{SEAT_IP}/24"]),
                (self.router, self.inside_if, [f"{INSIDE_GW}/24"]),
                (self.router, self.outside_if, [f"{NAT_PUBLIC_IP}/24"]),
                (self.public, self.public_if, [f"{SERVER_IP}/24", f"{CALLER_IP}/24"]),
            ):
                for cidr in cidrs:
                    self._in(netns, "addr", "add", cidr, "dev", ifname)
                self._in(netns, "link", "set", ifname, "up")
            self._in(self.seat, "route", "add", "default", "via", INSIDE_GW)
            run([*exec_prefix(self.router), "sysctl", "-q", "-w", "net.ipv4.ip_forward=1"])
            run([*exec_prefix(self.router), "nft", "-f", "-"], stdin=self.ruleset())
        except BaseException:
            self.stop()
            raise
        return self

    def ruleset(self) -> str:
        """A home/office router: masquerade outwards, let in only replies (conntrack)."""
        inside, outside = self.inside_if, self.outside_if
        return f"""\
flush ruleset
table ip kuty_nat {{
    counter media_out {{ }}
    counter media_in {{ }}
    chain forward {{
        type filter hook forward priority filter; policy drop;
        ip saddr {SEAT_IP} ip daddr {CALLER_IP} meta l4proto udp counter name media_out
        ct state established,related ip saddr {CALLER_IP} ip daddr {SEAT_IP} \
meta l4proto udp counter name media_in
        iifname "{inside}" oifname "{outside}" accept
        iifname "{outside}" oifname "{inside}" ct state established,related accept
    }}
    chain postrouting {{
        type nat hook postrouting priority srcnat; policy accept;
        oifname "{outside}" masquerade
    }}
}}
"""

    def media_packets(self) -> tuple[int, int]:
        """(out, in): UDP packets forwarded seat -> caller and caller -> seat."""
        counts = []
        for name in ("media_out", "media_in"):
            out = run([*exec_prefix(self.router), "nft", "-j", "list", "counter", "ip",
                       "kuty_nat", name])  # fmt: skip
            items = json.loads(out)["nftables"]
            counter = next(i["counter"] for i in items if "counter" in i)
            counts.append(int(counter["packets"]))
        return counts[0], counts[1]

    def stop(self) -> None:
        """Delete the namespaces (their veths go with them); never raises."""
        for netns in reversed(self.created):
            with contextlib.suppress(NetnsError):
                run(["ip", "netns", "del", netns])
        self.created.clear()

    def __enter__(self) -> NatTopology:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
