"""Recordings-browser query times on a generated database of 1,000,000 calls.

    .venv/bin/python bench/search_1m.py [--calls 1000000] [--db PATH] [--keep]

Builds the schema with the real migrations (so the real indexes), bulk-inserts calls,
recordings (1 % on legal hold), incidents (0.5 %) and complaint links (0.1 %) with
executemany in batches, then times the browser's typical filters through
`recordings.search.search_calls` (page size 50) and prints per filter and overall:

    calls=N query_ms_p50=X query_ms_p95=X

Not part of pytest (it takes a minute); the filters' correctness is tests/unit/recordings/
test_search.py. A PostgreSQL run needs only --url (same migrations, same query).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.models_incidents import IncidentKind
from db.session import close_database, open_database, upgrade_to_head
from recordings.search import CallFilter, SortOrder, search_calls

END = datetime(2026, 3, 1, tzinfo=UTC)
SPAN_DAYS = 3 * 365
OPERATORS = 40
NUMBERS = 60_000
BATCH = 50_000
STATES = ["verified"] * 5 + ["not_verified"] * 3 + ["locked", None]


def _ts(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # UTCDateTime's SQLite storage format


Batch = tuple[
    list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]
]

CALL_COLS = (
    "id, direction, remote_number, ring_at, answer_at, end_at, end_reason, "
    "operator_id, seat, verification_state"
)
REC_COLS = (
    "id, call_id, directory, duration_s, sample_rate, status, started_at, finished_at, legal_hold"
)
INC_COLS = "kind, channel, call_id, created_at, pressed_at, operator_name, status"
LINK_COLS = "complaint_id, call_id"


def generate(calls: int, seed: int = 1) -> tuple[list[str], Iterator[Batch]]:
    """The number pool and batches of (calls, recordings, incidents, complaint links)."""
    rnd = random.Random(seed)
    numbers = [
        f"+380{rnd.choice((44, 50, 63, 66, 67, 68, 73, 93, 97))}{rnd.randrange(10**7):07d}"
        for _ in range(NUMBERS)
    ]

    def batches() -> Iterator[Batch]:
        start = END - timedelta(days=SPAN_DAYS)
        step = SPAN_DAYS * 86400 / calls
        batch: Batch = ([], [], [], [])
        for n in range(calls):
            ring = start + timedelta(seconds=n * step + rnd.random() * step)
            cid = f"c{n:07d}-0000-4000-8000-000000000000"
            rid = f"r{n:07d}-0000-4000-8000-000000000000"
            dur = rnd.uniform(20, 600)
            answer, end = ring + timedelta(seconds=4), ring + timedelta(seconds=4 + dur)
            batch[0].append(
                (
                    cid,
                    "incoming",
                    rnd.choice(numbers),
                    _ts(ring),
                    _ts(answer),
                    _ts(end),
                    "remote_hangup",
                    rnd.randint(1, OPERATORS),
                    "seat-1",
                    rnd.choice(STATES),
                )
            )
            held = rnd.random() < 0.01
            batch[1].append(
                (rid, cid, f"/rec/{cid}", dur, 16000, "complete", _ts(answer), _ts(end), held)
            )
            if rnd.random() < 0.005:
                kind = "threat" if rnd.random() < 0.3 else "abuse"
                batch[2].append((kind, "voice", cid, _ts(end), _ts(end), "x", "open"))
            if rnd.random() < 0.001:
                batch[3].append((1, cid))
            if len(batch[0]) >= BATCH or n == calls - 1:
                yield batch
                batch = ([], [], [], [])

    return numbers, batches()


def _fixed_rows() -> tuple[list[tuple[Any, ...]], tuple[Any, ...]]:
    operators = [(i, f"op{i}", f"Оператор {i}", _ts(END)) for i in range(1, OPERATORS + 1)]
    complaint = (_ts(END),)
    return operators, complaint


def build(path: Path, calls: int, seed: int = 1) -> list[str]:
    """Fill a migrated SQLite file; returns the number pool (for the number filters)."""
    numbers, batches = generate(calls, seed)
    operators, complaint = _fixed_rows()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-400000")
    con.executemany(
        "INSERT INTO operators (id, username, display_name, role, active, created_at) "
        "VALUES (?, ?, ?, 'operator', 1, ?)",
        operators,
    )
    con.execute(
        "INSERT INTO complaints (id, complainant_name, text, received_at, category, due_at, "
        "status) VALUES (1, 'x', 'x', ?, 'simple', '2026-03-15', 'new')",
        complaint,
    )
    for call_rows, rec_rows, inc_rows, link_rows in batches:
        con.executemany(f"INSERT INTO calls ({CALL_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?)", call_rows)
        con.executemany(f"INSERT INTO recordings ({REC_COLS}) VALUES (?,?,?,?,?,?,?,?,?)", rec_rows)
        con.executemany(f"INSERT INTO incidents ({INC_COLS}) VALUES (?,?,?,?,?,?,?)", inc_rows)
        con.executemany(f"INSERT INTO complaint_links ({LINK_COLS}) VALUES (?, ?)", link_rows)
        con.commit()
    con.execute("ANALYZE")
    con.commit()
    con.close()
    return numbers


def build_postgres(url: str, calls: int, seed: int = 1) -> list[str]:
    """The same data into PostgreSQL with COPY (the multi-seat backend, issue 6)."""
    import psycopg

    numbers, batches = generate(calls, seed)
    operators, complaint = _fixed_rows()
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as con:
        con.execute("SET synchronous_commit = off")
        with con.cursor() as cur:
            cur.executemany(
                "INSERT INTO operators (id, username, display_name, role, active, created_at) "
                "VALUES (%s, %s, %s, 'operator', TRUE, %s)",
                operators,
            )
            cur.execute(
                "INSERT INTO complaints (id, complainant_name, text, received_at, category, "
                "due_at, status) VALUES (1, 'x', 'x', %s, 'simple', '2026-03-15', 'new')",
                complaint,
            )
            for rows_by_table in batches:
                for table, cols, rows in zip(
                    ("calls", "recordings", "incidents", "complaint_links"),
                    (CALL_COLS, REC_COLS, INC_COLS, LINK_COLS),
                    rows_by_table,
                    strict=True,
                ):
                    with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
            con.commit()
        con.autocommit = True
        con.execute("ANALYZE")
    return numbers


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--calls", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=None, help="reuse/keep this SQLite file")
    ap.add_argument("--repeat", type=int, default=20, help="timed runs per filter")
    ap.add_argument(
        "--postgres",
        action="store_true",
        help="build and query a real PostgreSQL server (started for the run)",
    )
    args = ap.parse_args(argv)
    if args.postgres:
        return _run_postgres(args)
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="kuty-bench-")
        args.db = Path(tmp.name) / "bench.sqlite3"
    url = f"sqlite:///{args.db}"
    if not args.db.exists():
        upgrade_to_head(url)
        t = time.perf_counter()
        numbers = build(args.db, args.calls)
        print(f"built {args.calls} calls in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    else:
        con = sqlite3.connect(args.db)
        numbers = [r[0] for r in con.execute("SELECT DISTINCT remote_number FROM calls LIMIT 5000")]
        con.close()
    try:
        return _measure(url, numbers, args)
    finally:
        if tmp is not None:
            tmp.cleanup()


def _run_postgres(args: argparse.Namespace) -> int:
    from tests.support.postgres import start_server

    server = start_server()
    try:
        url = server.create_database("bench")
        upgrade_to_head(url)
        t = time.perf_counter()
        numbers = build_postgres(url, args.calls)
        print(
            f"built {args.calls} calls in PostgreSQL in {time.perf_counter() - t:.1f} s",
            file=sys.stderr,
        )
        return _measure(url, numbers, args, label="backend=postgresql ")
    finally:
        server.destroy()


def _measure(url: str, numbers: list[str], args: argparse.Namespace, label: str = "") -> int:
    rnd = random.Random(7)
    sessions = open_database(url)
    last = END
    day = timedelta(days=1)
    with sessions.begin() as s:
        deep = search_calls(s, CallFilter(date_to=last - 400 * day), page_size=1)
    deep_cursor = deep.next_cursor

    filters: dict[str, Callable[[], tuple[CallFilter, str | None]]] = {
        "last_7_days": lambda: (CallFilter(date_from=last - 7 * day), None),
        "number": lambda: (CallFilter(number=rnd.choice(numbers)), None),
        "number_prefix": lambda: (
            CallFilter(number=rnd.choice(numbers)[:8], number_prefix=True),
            None,
        ),
        "operator_30_days": lambda: (
            CallFilter(operator_id=rnd.randint(1, OPERATORS), date_from=last - 30 * day),
            None,
        ),
        "verification_locked": lambda: (CallFilter(verification_state="locked"), None),
        "held_only": lambda: (CallFilter(held=True), None),
        "incident_threat": lambda: (CallFilter(incident_kind=IncidentKind.THREAT), None),
        "complaint": lambda: (CallFilter(complaint=True), None),
        "deep_page": lambda: (CallFilter(), deep_cursor),
    }
    all_ms: list[float] = []
    for name, make in filters.items():
        times = []
        for i in range(args.repeat + 1):
            flt, cursor = make()
            with sessions.begin() as s:
                t = time.perf_counter()
                page = search_calls(s, flt, SortOrder.NEWEST, cursor, 50)
                ms = (time.perf_counter() - t) * 1000
            if i:  # the first run warms the page cache
                times.append(ms)
        all_ms.extend(times)
        p95 = statistics.quantiles(times, n=20)[18]
        print(
            f"  {name:22} rows={len(page.rows):3} p50={statistics.median(times):7.2f} ms "
            f"p95={p95:7.2f} ms",
            file=sys.stderr,
        )
    close_database(sessions)
    p50, p95 = statistics.median(all_ms), statistics.quantiles(all_ms, n=20)[18]
    print(f"{label}calls={args.calls} query_ms_p50={p50:.2f} query_ms_p95={p95:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
