"""Reading an import file in bounded memory: size cap, UTF-8 lines, CSV rows, progress.

Why streaming: the Service's export of a whole city is tens of megabytes; reading it into
one `str` and then one list of rows took 859 MB for 53 MB and printed nothing for
minutes. Here the file is read line by line, every cap is checked before the work it
protects (file size before reading, line length before the CSV parser, column count
before header handling), and each refusal names its limit.
"""

from __future__ import annotations

import codecs
import csv
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from verification.import_rows import ProfileImportError, canonical_key

__all__ = [
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_LINE_CHARS",
    "CallbackProgress",
    "ImportCancelled",
    "Progress",
    "check_header",
    "check_size",
    "csv_rows",
    "utf8_chunks",
    "utf8_lines",
]

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Largest import file: ~4x the whole city's export (53 MB); refused before reading."""

MAX_COLUMNS = 200
"""The formats have at most 9 known columns; 200 leaves room for the Service's extras."""

MAX_LINE_CHARS = 1_000_000
"""Longest line: a row of 200 full columns fits many times over; beyond is not an export."""

_CHUNK = 1 << 20


def check_size(path: Path, max_bytes: int = MAX_FILE_BYTES) -> None:
    """Refuse a file larger than `max_bytes` before reading any of it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ProfileImportError(
            f"{path.name}: cannot read: {exc.strerror}", code="import.unreadable"
        ) from None
    if size > max_bytes:
        raise ProfileImportError(
            f"{path.name} is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB "
            "(split the export)",
            code="import.too_large",
            size=size,
            limit=max_bytes,
        )


def utf8_lines(path: Path, max_chars: int = MAX_LINE_CHARS) -> Iterator[str]:
    """The file's lines (line endings kept, BOM dropped), each at most `max_chars` long.

    Raises:
        ProfileImportError: not UTF-8 (names the byte offset and line) or a line too long.
    """
    with path.open("r", encoding="utf-8-sig", newline="") as stream:
        number = 0
        while True:
            try:
                line = stream.readline(max_chars + 1)
            except UnicodeDecodeError:
                raise _not_utf8(path) from None
            if not line:
                return
            number += 1
            if len(line) > max_chars and not line.endswith("\n"):
                raise ProfileImportError(
                    f"{path.name}: line {number} is longer than {max_chars} characters "
                    "(the limit); is this the Service's export?",
                    code="import.line_too_long",
                    line=number,
                    limit=max_chars,
                )
            yield line


def utf8_chunks(path: Path, size: int = _CHUNK) -> Iterator[str]:
    """The file's text in pieces of `size` characters (BOM dropped); see `utf8_lines`."""
    with path.open("r", encoding="utf-8-sig", newline="") as stream:
        while True:
            try:
                chunk = stream.read(size)
            except UnicodeDecodeError:
                raise _not_utf8(path) from None
            if not chunk:
                return
            yield chunk


def _not_utf8(path: Path) -> ProfileImportError:
    """Find the first undecodable byte again, in chunks: only on this error path."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = lines = 0
    with path.open("rb") as raw:
        while chunk := raw.read(_CHUNK):
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:  # exc.object is the pending bytes + chunk
                start = offset - pending + exc.start
                lines += exc.object.count(b"\n", 0, exc.start)
                return ProfileImportError(
                    f"{path.name} is not UTF-8: byte 0x{exc.object[exc.start]:02x} at byte "
                    f"offset {start} (line {lines + 1}) cannot be decoded; export the file "
                    "as UTF-8",
                    code="import.not_utf8",
                    line=lines + 1,
                )
            offset += len(chunk)
            lines += chunk.count(b"\n")
    return ProfileImportError(
        f"{path.name} is not UTF-8; export the file as UTF-8", code="import.not_utf8", line="?"
    )


def check_header(
    header: Sequence[str], name: str, required: Iterable[str], max_columns: int = MAX_COLUMNS
) -> None:
    """Refuse too many, missing or repeated columns; linear in the number of columns.

    (It used ``header.count`` per column: 40,000 columns took 21 s, a million hours.)
    """
    if len(header) > max_columns:
        raise ProfileImportError(
            f"{name}: the header has {len(header)} columns; the limit is {max_columns}",
            code="import.too_many_columns",
            columns=len(header),
            limit=max_columns,
        )
    present = set(header)
    missing = [c for c in required if c not in present]
    if missing:
        raise ProfileImportError(
            f"{name}: missing column(s): {', '.join(missing)} (found: {', '.join(header)})",
            code="import.missing_columns",
            columns=", ".join(missing),
        )
    duplicated = sorted(h for h, n in Counter(header).items() if n > 1)
    if duplicated:
        raise ProfileImportError(
            f"{name}: column(s) given twice: {', '.join(duplicated)}",
            code="import.duplicate_columns",
            columns=", ".join(duplicated),
        )


def csv_rows(
    lines: Iterator[str], name: str, max_columns: int = MAX_COLUMNS
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Canonical headers and (start line, fields) for each non-blank data row, streamed.

    The delimiter is "," unless the first line has ";" and no "," (Excel in a Ukrainian
    locale saves that way; `phones` is then quoted). A data row with more than
    `max_columns` fields is cut there (its field count error still names the real count
    being larger than the header's).
    """
    first = next(lines, "")
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(_chain(first, lines), delimiter=delimiter, strict=True)
    try:
        header = next((row for row in reader if any(cell.strip() for cell in row)), None)
    except csv.Error as exc:
        raise ProfileImportError(
            f"{name}: line {reader.line_num}: not valid CSV: {exc}",
            code="import.bad_csv",
            line=reader.line_num,
        ) from None
    if header is None:
        raise ProfileImportError(f"{name} has no header row", code="import.no_header")
    if len(header) > max_columns:
        check_header(header, name, (), max_columns)

    def rows() -> Iterator[tuple[int, list[str]]]:
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ProfileImportError(
                    f"{name}: line {start}: not valid CSV: {exc}", code="import.bad_csv", line=start
                ) from None
            if any(cell.strip() for cell in row):
                yield start, row

    return [canonical_key(h) for h in header], rows()


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


class Progress:
    """ "kuty profiles import: 120000 rows read" on stderr at most every `every` seconds.

    Only stderr: stdout carries the report (and, for other commands, JSON). The clock is
    read once per `_STRIDE` calls so counting stays cheap on a million rows.
    """

    _STRIDE = 1000

    def __init__(
        self, prefix: str = "kuty profiles import", every: float = 3.0, out: TextIO | None = None
    ) -> None:
        self.prefix = prefix
        self.every = every
        self.out = out
        self._last = time.monotonic()
        self._calls = 0

    def tick(self, what: str, done: int, total: int | None = None) -> None:
        """Report `done` (of `total`) if `every` seconds have passed since the last line."""
        self._calls += 1
        if self._calls % self._STRIDE and self.every > 0:
            return
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self.say(f"{what} {done}/{total}" if total is not None else f"{done} {what}")

    def say(self, text: str) -> None:
        out = self.out if self.out is not None else sys.stderr
        print(f"{self.prefix}: {text}", file=out, flush=True)


class ImportCancelled(ProfileImportError):
    """The person who started the import cancelled it; nothing was written.

    Raised from a progress tick, so it unwinds whatever phase runs: the hashing pool is
    shut down with its queued batches cancelled, the write transaction rolls back.
    """


class CallbackProgress(Progress):
    """Progress for the console (issue 13): `report(what, done, total)` instead of stderr.

    `report` runs on the importing thread, at most every `every` seconds per phase (and
    always at a phase's first tick), so a GUI gets a steady count without a signal per
    row. `cancelled()` is asked on every tick; when it says yes the import stops with
    `ImportCancelled` (a cheap check: an `Event.is_set`).
    """

    def __init__(
        self,
        report: Callable[[str, int, int | None], None],
        cancelled: Callable[[], bool] = lambda: False,
        every: float = 0.1,
    ) -> None:
        super().__init__(prefix="", every=every)
        self.report = report
        self.cancelled = cancelled
        self._phase = ""

    def tick(self, what: str, done: int, total: int | None = None) -> None:
        if self.cancelled():
            raise ImportCancelled(
                "the import was cancelled; nothing was imported", code="import.cancelled"
            )
        now = time.monotonic()
        if what != self._phase or now - self._last >= self.every or done == total:
            self._phase, self._last = what, now
            self.report(what, done, total)

    def say(self, text: str) -> None:
        self.report(text, 0, None)
