"""Fill a .ts of a language the console translates in part (Russian, Kazakh; issue 12).

Ukrainian must be complete (`console.i18n_uk` exits 1 on a missing text). Russian and
Kazakh cover every context today, but a change that adds a string often has nobody who
writes Russian or Kazakh; until someone does, that string shows English. So this reports
what is missing per context, and exits 0: failing `make
i18n-update` on them would block every Ukrainian string change behind two languages
nobody on that change can write. `--strict` makes it fail (exit 1) for a release check.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from console.i18n_uk import fill

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def main(language: str, table: dict[str, str], argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog=f"python -m console.i18n_{language}")
    ap.add_argument("ts", nargs="?", type=Path, default=I18N_DIR / f"kuty_{language}.ts")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a text is missing")
    args = ap.parse_args(argv)
    missing = fill(args.ts, table)
    by_context = Counter(line.partition(": ")[0] for line in missing)
    for context, count in sorted(by_context.items()):
        print(f"{args.ts.name}: {context}: {count} untranslated (English shown)", file=sys.stderr)
    print(f"{args.ts.name}: {len(missing)} untranslated in {len(by_context)} contexts",
          file=sys.stderr)  # fmt: skip
    return 1 if missing and args.strict else 0
