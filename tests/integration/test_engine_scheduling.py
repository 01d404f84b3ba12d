"""The engine is scheduled as interactive work, whoever starts it (issue 15, telephony/latency.py).

`kuty serve` starts the engine from a SCHED_BATCH host thread (seat/host.py), and a
policy is inherited: before this, the real engine ran SCHED_BATCH, the one process that
must preempt on a packet. Checked on the real `kuty serve` and its real engine, from
/proc (what the kernel itself reports for every thread of the engine).
"""

from __future__ import annotations

import os
import platform
import re
from pathlib import Path

import pytest

from telephony.latency import SLICE_NS, request_short_slice, undo_inherited_batch
from tests.support.serve import ServeProcess

pytestmark = [pytest.mark.sip]


def _kernel_at_least(major: int, minor: int) -> bool:
    found = re.match(r"(\d+)\.(\d+)", platform.release())
    return found is not None and (int(found[1]), int(found[2])) >= (major, minor)


def _sched(task: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in (task / "sched").read_text().splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip()] = value.strip()
    return fields


def test_the_engine_under_kuty_serve_is_not_batch_and_has_a_short_slice(tmp_path: Path) -> None:
    with ServeProcess(tmp_path / "kuty", auto_answer=True) as serve:
        tasks = list(Path(f"/proc/{serve.engine_pid()}/task").iterdir())
        assert tasks
        for task in tasks:
            sched = _sched(task)
            comm = (task / "comm").read_text().strip()
            # policy 0 = SCHED_OTHER (3 would be the host's inherited SCHED_BATCH); pjmedia's
            # clock thread, when there is one, is real-time of its own accord (1/2)
            assert sched["policy"] in ("0", "1", "2"), (comm, sched["policy"])
            if sched["policy"] == "0" and _kernel_at_least(6, 12):
                assert int(sched["se.slice"]) == SLICE_NS, (comm, sched["se.slice"])
        host = _sched(Path(f"/proc/{serve.pid}/task/{serve.pid}"))
        assert host["policy"] == "0"  # the host's main thread is untouched too


def test_undoing_batch_and_asking_for_a_slice_in_a_thread_of_our_own() -> None:
    import threading

    seen: dict[str, int] = {}

    def worker() -> None:
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
        seen["undone"] = int(undo_inherited_batch())
        seen["policy"] = os.sched_getscheduler(0)
        seen["again"] = int(undo_inherited_batch())  # already OTHER: nothing to do
        seen["slice"] = int(request_short_slice())

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(10)
    assert seen["undone"] == 1 and seen["policy"] == os.SCHED_OTHER and seen["again"] == 0
    assert seen["slice"] == 1
