"""The host's threads never preempt the engine when the engine's events wake them (issue 15)."""

from __future__ import annotations

import os
import threading

from seat.host import yield_to_engine


def test_host_threads_run_as_batch_and_leave_other_threads_alone() -> None:
    seen: dict[str, int] = {}

    def worker() -> None:
        yield_to_engine()
        seen["worker"] = os.sched_getscheduler(0)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(10)
    assert seen["worker"] == os.SCHED_BATCH
    assert os.sched_getscheduler(0) == os.SCHED_OTHER  # per thread: this one is untouched
