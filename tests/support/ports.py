"""Free loopback ports for SIP peers (UDP and TCP at once, since SIP uses both)."""

from __future__ import annotations

import random
import socket

_HOST = "127.0.0.1"
# Stay below the Linux ephemeral range (32768+) so that the kernel does not hand a port we
# chose to someone else's outgoing connection between our check and the peer's bind.
_LOW, _HIGH = 20000, 32000


def _is_free(port: int) -> bool:
    """True when both a UDP and a TCP socket can bind `port` on 127.0.0.1."""
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        sock = socket.socket(socket.AF_INET, kind)
        try:
            sock.bind((_HOST, port))
        except OSError:
            return False
        finally:
            sock.close()
    return True


def free_port() -> int:
    """A port free for both UDP and TCP on 127.0.0.1."""
    return free_port_range(1)


def free_port_range(count: int, *, even: bool = False) -> int:
    """The first of `count` consecutive ports, all free for UDP and TCP on 127.0.0.1.

    Args:
        count: how many consecutive ports are needed (RTP needs a pair: RTP and RTCP).
        even: start on an even port, as RTP conventionally does.
    """
    rng = random.Random()
    for _ in range(2000):
        start = rng.randrange(_LOW, _HIGH - count)
        if even:
            start -= start % 2
        if all(_is_free(start + i) for i in range(count)):
            return start
    raise RuntimeError(f"no {count} consecutive free ports on {_HOST}")
