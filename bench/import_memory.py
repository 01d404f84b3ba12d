"""Benchmark: peak memory of a real `kuty profiles import` of N generated profiles.

Issue 10, fault 6: a 53 MB export (the whole city) took 859 MB, then 605 MB once the file
was streamed but every record was still kept. This generates N distinct valid profiles
(default 550,000 rows, about 53 MB of CSV: Ukrainian names, unique mobile numbers, key
phrases), creates an admin with `kuty users add`, runs
``python -m seat.cli profiles import FILE --as admin`` as a subprocess with
``KUTY_TEST_FAST_HASH=1`` (so the figure is the import, not Argon2) and reads the import
process's own peak RSS from `os.wait4` (ru_maxrss of that child alone, not of the
generator or of `kuty users add`). Prints one line on stdout:

    rows=N file_mb=X peak_rss_mb=Y seconds=Z

    .venv/bin/python bench/import_memory.py [--rows N] [--seed S]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KUTY = [sys.executable, "-m", "seat.cli"]

SURNAMES = ["Коваленко", "Бондаренко", "Ткаченко", "Шевченко", "Мельник", "Кравчук",
            "Олійник", "Ковальчук", "Поліщук", "Ґудзь", "Левченко", "Савчук", "Гнатюк"]  # fmt: skip
FIRST = ["Олена", "Петро", "Ірина", "Тарас", "Марія", "Ганна", "Йосип", "Андрій", "Оксана",
         "Богдан", "Наталія", "Юрій", "Софія", "Євген"]  # fmt: skip
PATRONYMIC = ["", "Петрівна", "Іванович", "Тарасівна", "Андрійович", "Богданівна"]
WORDS = ["кіт", "мурчик", "зелений", "чай", "пʼять", "гора", "Говерла", "сонце", "ріка",
         "вишня", "Дніпро", "калина", "хата", "смерека"]  # fmt: skip
OPERATORS = ["50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93"]
FORMATS = ["0{op} {a} {b} {c}", "+38 (0{op}) {a}-{b}-{c}", "0{op}{a}{b}{c}", "380{op}{a}{b}{c}"]


def phone(index: int, rng: random.Random) -> str:
    """A valid Ukrainian mobile number that no other `index` gets, in a random notation."""
    op = OPERATORS[index % len(OPERATORS)]
    digits = f"{1_000_000 + index // len(OPERATORS):07d}"
    return rng.choice(FORMATS).format(op=op, a=digits[:3], b=digits[3:5], c=digits[5:])


def generate(path: Path, rows: int, seed: int = 1) -> None:
    """Write `rows` distinct valid profiles in the canonical CSV header."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("surname,first_name,patronymic,phones,key_phrase\n")
        for i in range(rows):
            phrase = " ".join(rng.choice(WORDS) for _ in range(3))
            out.write(
                f"{rng.choice(SURNAMES)},{rng.choice(FIRST)},{rng.choice(PATRONYMIC)},"
                f"{phone(i, rng)},{phrase} {i}\n"
            )


def _kuty(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KUTY, *args, "--data-dir", str(data)],
        input=stdin, capture_output=True, text=True, cwd=ROOT, env=_env(data), check=False,
    )  # fmt: skip


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "KUTY_CONFIG": str(data.parent / "no-settings.toml"),
            "KUTY_TEST_FAST_HASH": "1"}  # fmt: skip


def measure(path: Path, data: Path) -> tuple[int, float, int, str]:
    """Run the import; (peak RSS in bytes, seconds, exit status, stderr tail)."""
    log = data.parent / "import.log"
    started = time.perf_counter()
    with log.open("wb") as out:  # a file, not a pipe: nothing can block on a full pipe
        proc = subprocess.Popen(
            [*KUTY, "profiles", "import", str(path), "--as", "admin", "--data-dir", str(data)],
            cwd=ROOT, env=_env(data), stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    tail = "\n".join(log.read_text(errors="replace").strip().splitlines()[-5:])
    return usage.ru_maxrss * 1024, seconds, proc.returncode, tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=550_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "profiles.csv"
        generate(path, args.rows, args.seed)
        data = Path(tmp) / "data"
        added = _kuty(data, "users", "add", "admin", "--role", "admin",
                      stdin="correct horse battery\n")  # fmt: skip
        if added.returncode != 0:
            print(f"kuty users add failed: {added.stderr.strip()}", file=sys.stderr)
            return 1
        peak, seconds, status, tail = measure(path, data)
        size = path.stat().st_size
    if status != 0:
        print(f"import failed (status {status}):\n{tail}", file=sys.stderr)
        return 1
    print(f"rows={args.rows} file_mb={size / 1e6:.1f} peak_rss_mb={peak / 1e6:.0f} "
          f"seconds={seconds:.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
