"""How many calls this engine can hold at once, as pjsua really has it (issue 15).

pjsua silently lowers `UaConfig.maxCalls` to its compile-time `PJSUA_MAX_CALLS` (4 in the
PyPI `pjsua2-python` wheel, 64 in our own build: packaging/build_pjsua2.sh, ADR 0008), and
then refuses every further INVITE with 486 before any Python runs. So the engine reads
back what it got, `pjsua_call_get_max_count()`, through the pjsip C API that the binding's
`_pjsua2` extension exports (as telephony/sip_guard.py does), and reports it at start-up:
a seat that asked for 32 calls and holds 4 must say so, not find out on a busy morning.
"""

from __future__ import annotations

import ctypes
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_MAX_CALLS", "OLD_BUILD_MAX_CALLS", "CallSlots", "read_slots"]

DEFAULT_MAX_CALLS = 16
"""The engine's default, as before issue 15: an operator's seat (one call, call waiting,
a consultation call of an attended transfer, a few ringing); `kuty serve` asks for more
(seat/launch.py)."""
OLD_BUILD_MAX_CALLS = 4
"""PJSUA_MAX_CALLS of pjsua2-python 2.15 (the PyPI wheel this project used before ADR 0008)."""
MAX_CALLS_LIMIT = 1024
"""The largest request the engine accepts; pjsua caps it to its build's value anyway."""


@dataclass(frozen=True)
class CallSlots:
    """What the seat asked for and what pjsua holds."""

    requested: int
    granted: int

    @property
    def clamped(self) -> bool:
        return 0 < self.granted < self.requested

    def describe(self) -> str:
        """One English log line: the slots, and why they are fewer than asked for."""
        if self.granted <= 0:
            return f"call slots unknown (asked for {self.requested})"
        if not self.clamped:
            return f"{self.granted} call slots"
        text = (
            f"{self.granted} call slots, not the {self.requested} asked for: this pjsua2 "
            f"build's PJSUA_MAX_CALLS is {self.granted}"
        )
        if self.granted <= OLD_BUILD_MAX_CALLS:
            text += " (an old build, e.g. the PyPI wheel: rebuild with packaging/build_pjsua2.sh)"
        return text


def read_slots(requested: int) -> CallSlots:
    """The call slots pjsua granted (after `libInit`); granted 0 when it cannot be asked."""
    try:
        from pjsua2 import _pjsua2

        lib = ctypes.CDLL(_pjsua2.__file__)  # already loaded: the same handle, same pjsua
        get_max = lib.pjsua_call_get_max_count
        get_max.restype, get_max.argtypes = ctypes.c_uint, []
        granted = int(get_max())
    except (ImportError, OSError, AttributeError) as exc:
        log.warning("cannot read pjsua's call slots: %s", exc)
        granted = 0
    return CallSlots(requested=requested, granted=granted)
