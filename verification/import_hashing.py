"""Argon2id-hashing the key phrases of an import on worker processes (KUTY-2.2).

Workers die with their parent. A `kuty profiles import` that was killed left its workers
hashing as orphans (one was seen busy 36 minutes later): a spawned process does not
notice its parent's death until it next talks to it. Each worker therefore
(1) asks Linux for SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``), and
(2) runs a watchdog thread that exits once ``os.getppid()`` is no longer the parent —
the portable fallback, and the guard for a parent that died before (1) took effect.
PR_SET_PDEATHSIG fires when the *thread* that started the worker ends, so the pool is
created and drained by one call of `hash_records`, on one thread.
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from argon2 import PasswordHasher

from verification.import_files import Progress
from verification.key_phrase import PRODUCTION, HashParams, SecretStr

if TYPE_CHECKING:
    from verification.importer import ProfileRecord

__all__ = ["hash_records"]

BATCH = 4096
"""Phrases handed to the pool at a time: bounds pending futures and their results."""

_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 0.5


def _worker_init(parent: int) -> None:
    """Pool initializer: end this worker when `parent` ends (see the module docstring)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:  # died before prctl: nobody will send the signal
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    stop = threading.Event()
    while not stop.wait(_WATCH_SECONDS):
        if os.getppid() != parent:
            os._exit(1)  # no cleanup: the results have nobody to go to


@functools.cache
def _worker_hasher(params: HashParams) -> PasswordHasher:
    return params.password_hasher()


def _hash_one(job: tuple[HashParams, str]) -> str:
    params, normalized = job
    return _worker_hasher(params).hash(normalized)


def hash_records(
    records: Sequence[ProfileRecord],
    workers: int | None = None,
    params: HashParams = PRODUCTION,
    progress: Progress | None = None,
) -> list[ProfileRecord]:
    """Argon2id-hash every pending key phrase on `workers` processes (default: all cores).

    Returns new records with `phrase_hash` set and `pending_phrase` dropped; records that
    already have a hash pass through. ``workers=1`` hashes in this process (tests).
    Processes are spawned, not forked: the console has Qt and engine threads running.
    Phrases go to the pool `BATCH` at a time so only one batch of plain phrases and
    futures exists at once; `progress` gets "hashing key phrases 5000/120000".
    """
    todo = [i for i, r in enumerate(records) if r.pending_phrase is not None]
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(todo) < 2:
        hashes: Iterable[str] = map(_hash_one, _jobs(records, todo, params))
        return _with_hashes(records, todo, hashes, progress)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_worker_init,
        initargs=(os.getpid(),),
    ) as pool:
        chunk = max(1, min(64, len(todo) // (workers * 4)))

        def batches() -> Iterator[str]:
            for start in range(0, len(todo), BATCH):
                jobs = list(_jobs(records, todo[start : start + BATCH], params))
                yield from pool.map(_hash_one, jobs, chunksize=chunk)

        return _with_hashes(records, todo, batches(), progress)


def _jobs(
    records: Sequence[ProfileRecord], indexes: Sequence[int], params: HashParams
) -> Iterator[tuple[HashParams, str]]:
    for i in indexes:
        yield params, _reveal(records[i].pending_phrase)


def _reveal(secret: SecretStr | None) -> str:
    assert secret is not None
    return secret.reveal()


def _with_hashes(
    records: Sequence[ProfileRecord],
    todo: list[int],
    hashes: Iterable[str],
    progress: Progress | None,
) -> list[ProfileRecord]:
    result = list(records)
    for done, (index, phrase_hash) in enumerate(zip(todo, hashes, strict=True), start=1):
        result[index] = dataclasses.replace(
            result[index], phrase_hash=phrase_hash, pending_phrase=None
        )
        if progress is not None:
            progress.tick("hashing key phrases", done, len(todo))
    return result
