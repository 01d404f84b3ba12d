"""How the engine's threads are scheduled: as interactive work, with a short slice (issue 15).

Two findings of a scheduler trace (ftrace sched_switch/sched_wakeup with uprobes on
pjsua, bench/README.md):

- The engine ran SCHED_BATCH. A policy is inherited, and `kuty serve` starts the
  engine from a host thread that is SCHED_BATCH on purpose (seat/host.py
  `yield_to_engine`: the host must never preempt the engine), so the one process that
  should preempt on a packet could not. `undo_inherited_batch` puts it back to
  SCHED_OTHER before any thread starts.
- Every INVITE was woken on the sender's core and waited there ~200 us until the
  sender went to sleep, the other core idle. Linux's EEVDF scheduler (6.6+) decides
  who runs by each task's slice: a thread that asks for a short one (`sched_setattr`
  with `sched_runtime` on SCHED_OTHER, 6.12+; 0.1-100 ms; no privilege; the same share
  of the CPU) gets an earlier deadline when it wakes. A softphone's signalling/RTP loop
  is exactly short bursts on a packet. With both, INVITE -> 180 p50 went 1.39 -> 1.13 ms
  on kernel timestamps (bench/wire_clock.py), setup 1.98 -> 1.89 ms.

Nothing else changes: nice and CPU share stay; on older kernels the slice is ignored;
elsewhere both are no-ops.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from typing import ClassVar

log = logging.getLogger(__name__)

SLICE_NS = 100_000
"""0.1 ms, the shortest slice the kernel accepts: the loop's bursts (an INVITE's
parse and answer, an RTP frame) are of that order; a longer burst just gets another."""

_SYS_SCHED_SETATTR = {"x86_64": 314, "aarch64": 274}
_SCHED_OTHER = 0


class SchedAttr(ctypes.Structure):
    """struct sched_attr (include/uapi/linux/sched/types.h), SCHED_ATTR_SIZE_VER1."""

    _fields_: ClassVar = [
        ("size", ctypes.c_uint32),
        ("sched_policy", ctypes.c_uint32),
        ("sched_flags", ctypes.c_uint64),
        ("sched_nice", ctypes.c_int32),
        ("sched_priority", ctypes.c_uint32),
        ("sched_runtime", ctypes.c_uint64),
        ("sched_deadline", ctypes.c_uint64),
        ("sched_period", ctypes.c_uint64),
        ("sched_util_min", ctypes.c_uint32),
        ("sched_util_max", ctypes.c_uint32),
    ]


def undo_inherited_batch() -> bool:
    """Back to SCHED_OTHER if the process that started us left us SCHED_BATCH/IDLE.

    A scheduling policy is inherited: `kuty serve` starts the engine from a host thread
    that runs SCHED_BATCH so that it never preempts the engine (seat/host.py
    `yield_to_engine`), and the engine came up SCHED_BATCH too, the one process that
    must preempt on a packet: every INVITE then waited for whatever held the core (issue
    15: ~200 us behind sipp's own logging in the bench). Call it first, before any thread
    starts (threads inherit it as well). Raising BATCH/IDLE to OTHER at nice 0 needs no
    privilege on Linux >= 2.6.39.
    """
    other = getattr(os, "SCHED_OTHER", None)
    if other is None:
        return False
    try:
        if os.sched_getscheduler(0) == other:
            return False
        os.sched_setscheduler(0, other, os.sched_param(0))
    except (OSError, AttributeError) as exc:
        log.warning("could not leave the inherited scheduling policy: %s", exc)
        return False
    return True


def request_short_slice(slice_ns: int = SLICE_NS) -> bool:
    """Give the calling thread a short EEVDF slice; True when the kernel took the call.

    Only a SCHED_OTHER thread is touched (an RT or batch thread keeps what it has), with
    its own nice value passed back unchanged (sched_setattr sets both at once).
    """
    number = _SYS_SCHED_SETATTR.get(os.uname().machine) if sys.platform == "linux" else None
    if number is None:
        return False
    try:
        if os.sched_getscheduler(0) != _SCHED_OTHER:
            return False
        nice = os.getpriority(os.PRIO_PROCESS, 0)  # on Linux: this thread's nice
        attr = SchedAttr(
            size=ctypes.sizeof(SchedAttr),
            sched_policy=_SCHED_OTHER,
            sched_nice=nice,
            sched_runtime=slice_ns,
        )
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.syscall(number, 0, ctypes.byref(attr), 0) != 0:
            log.info("short scheduler slice not available: %s", os.strerror(ctypes.get_errno()))
            return False
    except (OSError, AttributeError) as exc:
        log.info("short scheduler slice not available: %s", exc)
        return False
    return True
