"""Benchmark: parse a generated export of N caller profiles (default 100,000).

Prints ``profiles=N parse_s=X errors=N``; with ``--hash`` also ``hash_s=X workers=W`` for
Argon2id-hashing every key phrase with the production parameters on all cores (slow by
design: ~0.04 s of CPU per phrase; use ``--count`` for a smaller run).

Then ``import_s=X reimport_s=Y`` for `verification.store.import_profiles` into a real
SQLite database (WAL, synchronous=FULL, in a temporary data dir): one transaction for all
profiles, then the same file again (every profile matched and updated). The import uses
the production hashes when ``--hash`` ran, else `FAST_FOR_TESTS` hashes made beforehand,
so the figure is the database work, not Argon2.

    .venv/bin/python bench/import_profiles.py [--count N] [--hash] [--workers W]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.models import Operator, OperatorRole
from db.session import close_database, open_database
from desk.roles import Actor
from verification.importer import ImportResult, hash_records, parse_profiles
from verification.key_phrase import FAST_FOR_TESTS, PRODUCTION
from verification.store import import_profiles

SURNAMES = ["Коваленко", "Бондар", "Ткачук", "Ковʼяленко", "Мельник", "Шевчук", "Ґудзь"]
NAMES = ["Олена", "Петро", "Ірина", "Їжак", "Йосип", "Марія", "Тарас", "Ганна"]
WORDS = ["кіт", "мурчик", "зелений", "чай", "пʼять", "гора", "Говерла", "сонце", "ріка"]
FORMATS = ["0{op} {a} {b} {c}", "+38 (0{op}) {a}-{b}-{c}", "0{op}{a}{b}{c}", "380{op}{a}{b}{c}"]


def generate(path: Path, count: int, seed: int = 1) -> None:
    """Write `count` distinct valid profiles in the canonical CSV format."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("surname,first_name,patronymic,phones,key_phrase\n")
        for i in range(count):
            phones = []
            for j in range(rng.randint(1, 2)):
                digits = f"{(i * 2 + j) % 10_000_000:07d}"
                phones.append(
                    rng.choice(FORMATS).format(
                        op=rng.choice(["50", "67", "93", "97"]),
                        a=digits[:3],
                        b=digits[3:5],
                        c=digits[5:],
                    )
                )
            phrase = " ".join(rng.choice(WORDS) for _ in range(3)) + f" {i}"
            out.write(f"{rng.choice(SURNAMES)},{rng.choice(NAMES)},,{';'.join(phones)},{phrase}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--hash", action="store_true", help="also hash with production params")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "profiles.csv"
        generate(path, args.count)
        start = time.perf_counter()
        result = parse_profiles(path)
        parse_s = time.perf_counter() - start
    print(f"profiles={len(result.records)} parse_s={parse_s:.2f} errors={len(result.errors)}")
    if args.hash:
        start = time.perf_counter()
        records = hash_records(result.records, workers=args.workers, params=PRODUCTION)
        hash_s = time.perf_counter() - start
        print(f"hash_s={hash_s:.2f} workers={args.workers}")
    else:
        records = hash_records(result.records, workers=args.workers, params=FAST_FOR_TESTS)
    hashed = ImportResult(records, [], result.ignored_columns)
    with tempfile.TemporaryDirectory() as tmp:
        sessions = open_database(f"sqlite:///{Path(tmp) / 'kuty.sqlite3'}")
        try:
            with sessions.begin() as session:
                session.add(
                    Operator(username="bench", display_name="Bench", role=OperatorRole.ADMIN)
                )
            admin = Actor("bench", OperatorRole.ADMIN, 1)
            timings = []
            for _ in range(2):
                start = time.perf_counter()
                import_profiles(sessions, admin, hashed, workers=1)
                timings.append(time.perf_counter() - start)
        finally:
            close_database(sessions)
    print(f"import_s={timings[0]:.2f} reimport_s={timings[1]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
