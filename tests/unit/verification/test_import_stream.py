"""Fault 6: a streamed import stays in bounded memory and is still all or nothing.

`import_profile_file` checks the file, then hashes and spools it, then writes it in
chunks inside one transaction (verification/import_pipeline.py). These tests measure a
real `kuty profiles import` subprocess, break the write after its first chunk, change the
file between the passes, and check the result equals the in-memory `import_profiles`.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, CallerProfile
from db.session import close_database
from tests.unit.verification.test_cli import KUTY, ROOT
from tests.unit.verification.test_store import (
    ADMIN,
    APPLICATIONS_CSV,
    PROFILES_CSV,
    _counts,
    open_with_users,
    write,
)
from verification import import_hashing, import_pipeline
from verification.applications import parse_applications
from verification.cli import FAST_HASH_ENV
from verification.import_rows import ProfileImportError
from verification.importer import ProfileRecord, hash_records, parse_profiles
from verification.key_phrase import FAST_FOR_TESTS
from verification.store import import_profile_file, import_profiles, verified_card

HEADER = "surname,first_name,patronymic,phones,key_phrase\n"
MEMORY_ROWS = 30_000
MEMORY_BOUND = 140_000_000
"""Measured on the 2-core machine (bench/import_memory.py): 30,000 rows took 158 MB
before the import stopped keeping records (246 MB for 60,000), 86 MB after (87 MB for
60,000, 88 MB for 550,000: flat with the rows)."""


def _rows(count: int, start: int = 0) -> str:
    surnames = ("Коваленко", "Шевчук", "Бондар", "Ґудзь")
    return "".join(
        f"{surnames[i % 4]},Олена,Петрівна,050{i:07d},мій кіт {i}\n"
        for i in range(start, start + count)
    )


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_with_users(tmp_path / "data")
    yield factory
    close_database(factory)


def _audits(session: Session) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)) or 0


def test_kuty_import_memory_does_not_grow_with_the_rows(tmp_path: Path) -> None:
    close_database(open_with_users(tmp_path / "data"))
    path = write(tmp_path / "big.csv", HEADER + _rows(MEMORY_ROWS))
    env = {**os.environ, "KUTY_CONFIG": str(tmp_path / "no-settings.toml"), FAST_HASH_ENV: "1"}
    with (tmp_path / "out.txt").open("wb") as out:
        proc = subprocess.Popen(
            [*KUTY, "profiles", "import", str(path), "--as", "admin",
             "--data-dir", str(tmp_path / "data")],
            env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _high_water_mark(proc.pid))
            time.sleep(0.02)
    output = (tmp_path / "out.txt").read_text()
    assert proc.returncode == 0, output
    assert f"{MEMORY_ROWS} created, 0 updated, {MEMORY_ROWS} phones" in output
    assert 0 < peak < MEMORY_BOUND, f"peak RSS {peak / 1e6:.0f} MB for {MEMORY_ROWS} rows"


def _high_water_mark(pid: int) -> int:
    """VmHWM of the running process: its peak RSS since exec. Not `wait4`'s ru_maxrss,
    which also counts the pre-exec copy of pytest (large late in a test run)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def test_a_failure_after_the_first_chunk_writes_nothing(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_profile_file(sessions, ADMIN, write(tmp_path / "p.csv", PROFILES_CSV),
                        hasher_params=FAST_FOR_TESTS, workers=1)  # fmt: skip
    with sessions.begin() as s:
        before, audits = _counts(s), _audits(s)
    real = import_pipeline.write_chunk
    calls: list[int] = []

    def first_chunk_then_fail(
        session: Session, records: list[ProfileRecord], matched: Mapping[int, int], now: datetime
    ) -> tuple[int, int, int, int]:
        if calls:
            raise RuntimeError("disk full")
        counts = real(session, records, matched, now)
        calls.append(session.scalar(sa.select(sa.func.count()).select_from(CallerProfile)) or 0)
        return counts

    monkeypatch.setattr(import_pipeline, "write_chunk", first_chunk_then_fail)
    rows = 2 * import_pipeline.CHUNK + 10
    path = write(tmp_path / "big.csv", HEADER + _rows(rows, start=1000))
    with pytest.raises(RuntimeError, match="disk full"):
        import_profile_file(sessions, ADMIN, path, hasher_params=FAST_FOR_TESTS, workers=1)
    assert calls == [3 + import_pipeline.CHUNK]  # the first chunk really was written
    with sessions.begin() as s:
        assert _counts(s) == before  # ... and rolled back with the rest
        assert _audits(s) == audits


def test_a_file_changed_between_the_passes_imports_nothing(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "p.csv", PROFILES_CSV)

    def append_a_row() -> None:  # after the check, before hashing: what pass 2 reads
        with path.open("a", encoding="utf-8") as f:
            f.write("Бондар,Ірина,,066 555 44 33,сонце\n")

    with pytest.raises(ProfileImportError, match="changed while it was being imported"):
        import_profile_file(sessions, ADMIN, path, hasher_params=FAST_FOR_TESTS, workers=1,
                            on_hashing=append_a_row)  # fmt: skip
    with sessions.begin() as s:
        assert _counts(s) == (0, 0, 0, 0, 0) and _audits(s) == 0


def test_streamed_and_parsed_imports_agree(tmp_path: Path) -> None:
    """Same report and same cards: CSV with an applications file, then JSON re-import."""
    profiles = write(tmp_path / "in" / "p.csv", PROFILES_CSV)
    apps = parse_applications(write(tmp_path / "in" / "a.csv", APPLICATIONS_CSV))
    items = [{"surname": "Коваленко", "first_name": "Олена", "patronymic": "Петрівна",
              "phones": ["0501234567"], "key_phrase": "нова",
              "applications": [{"number": "Z-9", "child_first_name": "Оля",
                                "status": "у черзі", "created": "2025-01-01"}]}]  # fmt: skip
    again = write(tmp_path / "in" / "v2.json", json.dumps(items, ensure_ascii=False))
    results = []
    for mode in ("streamed", "parsed"):
        factory = open_with_users(tmp_path / mode)
        try:
            if mode == "streamed":
                first = import_profile_file(factory, ADMIN, profiles, applications=apps,
                                            hasher_params=FAST_FOR_TESTS, workers=1)  # fmt: skip
                second = import_profile_file(factory, ADMIN, again,
                                             hasher_params=FAST_FOR_TESTS, workers=1)  # fmt: skip
            else:
                first = import_profiles(factory, ADMIN, parse_profiles(profiles),
                                        applications=apps, hasher_params=FAST_FOR_TESTS,
                                        workers=1)  # fmt: skip
                second = import_profiles(factory, ADMIN, parse_profiles(again), unit="item",
                                         hasher_params=FAST_FOR_TESTS, workers=1)  # fmt: skip
            with factory.begin() as s:
                ids = list(s.scalars(sa.select(CallerProfile.id).order_by(CallerProfile.id)))
                cards = [verified_card(s, pid) for pid in ids]
                results.append((first, second, _counts(s), cards))
        finally:
            close_database(factory)
    assert results[0] == results[1]
    first, second, counts, _ = results[0]
    assert (first.created, first.applications, second.updated, second.not_in_file) == (
        3, 2, 1, 2,
    )  # fmt: skip
    assert counts == (3, 3, 3, 3, 2)  # Olena: one phone left, Z-1 replaced by Z-9


def test_pooled_hashing_keeps_order_across_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch k+1 is submitted before batch k is collected; results must not mix."""
    monkeypatch.setattr(import_hashing, "BATCH", 2)
    parsed = parse_profiles(write(tmp_path / "p.csv", HEADER + _rows(7))).records
    hashed = hash_records(parsed, workers=2, params=FAST_FOR_TESTS)
    assert [r.line for r in hashed] == [r.line for r in parsed]
    hasher = FAST_FOR_TESTS.password_hasher()
    for original, done in zip(parsed, hashed, strict=True):
        assert done.pending_phrase is None and done.phrase_hash is not None
        assert original.pending_phrase is not None
        assert hasher.verify(done.phrase_hash, original.pending_phrase.reveal())


def test_cancel_while_hashing_on_the_pool_writes_nothing(tmp_path: Path) -> None:
    """Issue 13: the console's Cancel is a progress tick raising `ImportCancelled`; the
    pool is shut down and the write transaction never starts."""
    import sqlalchemy as _sa

    from db.models import CallerProfile as _Profile
    from verification.import_files import CallbackProgress, ImportCancelled
    from verification.store import import_profile_file as _import

    sessions = open_with_users(tmp_path / "data")
    lines = ["surname,first_name,patronymic,phones,key_phrase"]
    lines += [f"Прізвище{i},Ім'я,,+38050{i:07d},фраза номер {i}" for i in range(400)]
    path = tmp_path / "profiles.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen: list[tuple[str, int, int | None]] = []

    def report(what: str, done: int, total: int | None) -> None:
        seen.append((what, done, total))

    progress = CallbackProgress(report, lambda: any(w.startswith("hashing") for w, _, _ in seen))
    with pytest.raises(ImportCancelled) as cancelled:
        _import(sessions, ADMIN, path, hasher_params=FAST_FOR_TESTS, workers=2, progress=progress)
    assert cancelled.value.code == "import.cancelled"
    assert seen[0][0] == "rows read" and any(w.startswith("hashing") for w, _, _ in seen)
    assert seen[-1][0].startswith("hashing") and seen[-1][2] == 400
    with sessions.begin() as s:
        assert s.scalar(_sa.select(_sa.func.count()).select_from(_Profile)) == 0
