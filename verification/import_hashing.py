"""Argon2id-hashing the key phrases of an import on worker processes (KUTY-2.2).

Workers die with their parent. A `kuty profiles import` that was killed left its workers
hashing as orphans (one was seen busy 36 minutes later): a spawned process does not
notice its parent's death until it next talks to it. Each worker therefore
(1) asks Linux for SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``), and
(2) runs a watchdog thread that exits once ``os.getppid()`` is no longer the parent —
the portable fallback, and the guard for a parent that died before (1) took effect.
PR_SET_PDEATHSIG fires when the *thread* that started the worker ends, so the pool is
created and drained by one call of `hash_records` (or one iteration of `hash_stream`),
on one thread.

`hash_stream` hashes a stream of records (a streamed import, fault 6): it hands the pool
one `BATCH` while the caller reads the next, so at most two batches of plain phrases
exist at once, however long the file.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import functools
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING

from argon2 import PasswordHasher

from verification.import_files import Progress
from verification.key_phrase import PRODUCTION, HashParams, SecretStr

if TYPE_CHECKING:
    from verification.importer import ProfileRecord

__all__ = ["hash_records", "hash_stream"]

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
    if sum(1 for r in records if r.pending_phrase is not None) < 2:
        workers = 1  # no pool to spawn for one phrase
    stream = hash_stream(records, len(records), workers=workers, params=params, progress=progress)
    return list(stream)


def hash_stream(
    records: Iterable[ProfileRecord],
    total: int | None = None,
    *,
    workers: int | None = None,
    params: HashParams = PRODUCTION,
    progress: Progress | None = None,
) -> Iterator[ProfileRecord]:
    """`hash_records` for a stream: yields each record hashed, in order, as it is done.

    `total` is how many phrases to expect (for "hashing key phrases 5000/120000").
    The pool lives as long as the iteration; closing the iterator early (the caller
    failed) cancels the queued batches and reaps the workers.
    """
    workers = workers or os.cpu_count() or 1
    hashed = _in_process(records, params) if workers == 1 else _pooled(records, workers, params)
    with contextlib.closing(hashed):
        for done, record in enumerate(hashed, start=1):
            yield record
            if progress is not None:
                progress.tick("hashing key phrases", done, total)


def _pooled(
    records: Iterable[ProfileRecord], workers: int, params: HashParams
) -> Generator[ProfileRecord, None, None]:
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_worker_init,
        initargs=(os.getpid(),),
    )
    try:
        chunk = max(1, min(64, BATCH // (workers * 4)))
        ahead: tuple[list[ProfileRecord], Iterator[str]] | None = None
        source = iter(records)
        while batch := list(islice(source, BATCH)):
            jobs = [(params, _reveal(r.pending_phrase)) for r in batch if r.pending_phrase]
            hashes = pool.map(_hash_one, jobs, chunksize=chunk)  # submitted now
            del jobs
            if ahead is not None:
                yield from _merge(*ahead)
            ahead = (batch, hashes)
        if ahead is not None:
            yield from _merge(*ahead)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_process(
    records: Iterable[ProfileRecord], params: HashParams
) -> Generator[ProfileRecord, None, None]:
    for record in records:
        if record.pending_phrase is None:
            yield record
        else:
            yield _hashed(record, _hash_one((params, _reveal(record.pending_phrase))))


def _merge(batch: list[ProfileRecord], hashes: Iterator[str]) -> Iterator[ProfileRecord]:
    for record in batch:
        yield record if record.pending_phrase is None else _hashed(record, next(hashes))


def _hashed(record: ProfileRecord, phrase_hash: str) -> ProfileRecord:
    return dataclasses.replace(record, phrase_hash=phrase_hash, pending_phrase=None)


def _reveal(secret: SecretStr | None) -> str:
    assert secret is not None
    return secret.reveal()
