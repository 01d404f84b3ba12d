"""Parse the Service's caller-profile export into validated records, without a database.

Formats (UTF-8, BOM accepted):

- CSV with the canonical header ``surname,first_name,patronymic,phones,key_phrase`` or the
  Ukrainian ``прізвище,ім'я,по батькові,телефони,ключова фраза`` (any apostrophe form, any
  column order; unknown columns are ignored and listed). ``phones`` holds one or more
  numbers separated by ``;`` in any common Ukrainian notation (``050 123 45 67``,
  ``+38 (050) 123-45-67``, ``0501234567``, ``380501234567``), stored as E.164.
- JSON: an array of objects with the same keys (``phones`` may also be an array), each
  optionally with ``applications``: objects with ``number, child_first_name, status,
  created, updated, kindergartens`` (see `verification.applications`).

Required per profile: surname, first name, at least one valid phone, key phrase
(patronymic optional). Every row is validated and **all** errors of the file come back
together in `ImportResult.errors`; the DB layer refuses to import when there are any, so
nothing is half-imported.

Key phrases (KUTY-2.2): parsing stays fast because it does not hash. Each record carries
its normalised phrase wrapped in `SecretStr` (`pending_phrase`, prints as ``***``);
`hash_records` hashes them with Argon2id in worker processes and returns records holding
only `phrase_hash`, with the plain phrase dropped. Error messages never quote a phrase.

Large files (fault 6): the file is streamed (`verification.import_files`,
`verification.import_json`), never held as a whole text or JSON tree; sizes, columns,
line lengths and JSON nesting are capped with one-line `ProfileImportError`s that name
the limit. `ProfilePass` is one such pass that yields each valid record and forgets it;
its only cross-row state is the duplicate check, behind `DuplicateIndex` so a caller
can keep it on disk (`verification.import_scratch`). `parse_profiles` collects a pass
into a list (small files, tests, the console's demo); `kuty profiles import` streams the
file twice instead (`verification.import_pipeline`), so memory stays flat with the rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from verification.applications import (
    ApplicationRecord,
    ApplicationRow,
    application_from_mapping,
    parse_applications,
)
from verification.import_files import (
    MAX_FILE_BYTES,
    Progress,
    check_header,
    check_size,
    csv_rows,
    utf8_chunks,
    utf8_lines,
)
from verification.import_hashing import hash_records
from verification.import_json import json_items
from verification.import_rows import (
    ProfileImportError,
    RowError,
    RowErrors,
    canonical_key,
    check_text,
    error_total,
    parse_phones,
    row_mapping,
)
from verification.key_phrase import SecretStr
from verification.normalize import (
    MAX_NAME_CHARS,
    MAX_PHRASE_CHARS,
    normalize_name,
    normalize_phrase,
)

__all__ = [
    "DuplicateIndex",
    "ImportResult",
    "MemoryDuplicates",
    "ProfileImportError",
    "ProfilePass",
    "ProfileRecord",
    "RowError",
    "attach_applications",
    "hash_records",
    "parse_applications",
    "parse_profiles",
]

REQUIRED = ("surname", "first_name", "phones", "key_phrase")
KNOWN = (*REQUIRED, "patronymic", "applications")


@dataclass(frozen=True)
class ProfileRecord:
    """One validated profile: display forms for the caller card, normalised forms for
    matching, E.164 phones, and the key phrase as a hash (or pending, see module doc)."""

    line: int
    surname: str
    first_name: str
    patronymic: str
    surname_norm: str
    first_name_norm: str
    phones: tuple[str, ...]
    applications: tuple[ApplicationRecord, ...] = ()
    phrase_hash: str | None = field(default=None, repr=False)
    pending_phrase: SecretStr | None = field(default=None, repr=False)


@dataclass(frozen=True)
class ImportResult:
    """Records, and errors (a `RowErrors` when parsed: its `total` may exceed `len`)."""

    records: list[ProfileRecord]
    errors: list[RowError]
    ignored_columns: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


class DuplicateIndex(Protocol):
    """Remembers which row first had a (names, phones) key: the file's duplicate check."""

    def first(self, key: str, line: int) -> int | None:
        """The line that already had `key`, or None after remembering `line` for it."""
        ...


class MemoryDuplicates:
    """`DuplicateIndex` in a dict: fine for a file whose records are kept anyway."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def first(self, key: str, line: int) -> int | None:
        earlier = self._seen.setdefault(key, line)
        return None if earlier == line else earlier


class ProfilePass:
    """One streamed pass over a CSV or JSON export (by extension; ``.json`` is JSON).

    Iterating yields each valid record once; nothing is kept but `errors` (a `RowErrors`)
    and the duplicate index, so a caller that does not keep the records needs memory
    for one row. `errors`, `ignored_columns` and `rows` are complete when the iteration
    ends. The size cap is checked here, before anything is read; `progress` gets
    "N rows read" (or items) every few seconds.

    Raises (while iterating, and the size cap at construction):
        ProfileImportError: see `parse_profiles`.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        progress: Progress | None = None,
        max_bytes: int = MAX_FILE_BYTES,
        duplicates: DuplicateIndex | None = None,
    ) -> None:
        self.path = Path(path)
        check_size(self.path, max_bytes)
        self.unit = "item" if self.path.suffix.casefold() == ".json" else "line"
        self.progress = progress
        self.duplicates = duplicates if duplicates is not None else MemoryDuplicates()
        self.errors = RowErrors()
        self.ignored_columns: tuple[str, ...] = ()
        self.rows = 0

    def __iter__(self) -> Iterator[ProfileRecord]:
        builder = _Builder(self.errors, self.duplicates)
        return self._json(builder) if self.unit == "item" else self._csv(builder)

    def _csv(self, builder: _Builder) -> Iterator[ProfileRecord]:
        name = self.path.name
        header, rows = csv_rows(utf8_lines(self.path), name)
        check_header(header, name, REQUIRED)
        self.ignored_columns = tuple(h for h in header if h not in KNOWN or h == "applications")
        for count, (line, row) in enumerate(rows, start=1):
            self.rows = count
            data = row_mapping(header, row, line, self.errors)
            record = builder.add(data, line, "line") if data is not None else None
            if self.progress is not None:
                self.progress.tick("rows read", count)
            if record is not None:
                yield record

    def _json(self, builder: _Builder) -> Iterator[ProfileRecord]:
        ignored: set[str] = set()
        items = json_items(utf8_chunks(self.path), self.path.name)
        for index, item in enumerate(items, start=1):
            self.rows = index
            if self.progress is not None:
                self.progress.tick("items read", index)
            if not isinstance(item, dict):
                msg = "expected an object"
                self.errors.append(RowError(index, None, "wrong_type", msg, "item"))
                continue
            mapped = {canonical_key(str(k)): v for k, v in item.items()}
            ignored.update(k for k in mapped if k not in KNOWN)
            record = builder.add(mapped, index, "item")
            if record is not None:
                yield record
        self.ignored_columns = tuple(sorted(ignored))


def parse_profiles(
    path: Path | str, *, progress: Progress | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ImportResult:
    """Parse a CSV or JSON export into a list of records (the file's whole content).

    For files of any size use `verification.import_pipeline.import_profile_file`, which
    streams instead of keeping every record. `progress` gets "N rows read" every few
    seconds (the CLI prints it on stderr).

    Raises:
        ProfileImportError: larger than `max_bytes`, not UTF-8 (names the byte offset and
            line), not valid CSV/JSON, over a limit of `verification.import_files`, or
            required columns missing. Row problems are `ImportResult.errors`.
    """
    stream = ProfilePass(path, progress=progress, max_bytes=max_bytes)
    records = list(stream)
    return ImportResult(records, stream.errors, stream.ignored_columns)


def duplicate_key(surname_norm: str, first_name_norm: str, phones: Sequence[str]) -> str:
    """What makes two rows the same profile twice (names compared normalised)."""
    return "\x1f".join((surname_norm, first_name_norm, *phones))


class _Builder:
    """Validates rows into records, asking `duplicates` about rows already seen."""

    def __init__(self, errors: RowErrors, duplicates: DuplicateIndex) -> None:
        self.errors = errors
        self._duplicates = duplicates

    def add(self, data: Mapping[str, object], line: int, unit: str) -> ProfileRecord | None:
        errors = self.errors
        before = error_total(errors)
        names = {
            key: check_text(
                data.get(key), key, MAX_NAME_CHARS, line, errors, required=key != "patronymic"
            )
            for key in ("surname", "first_name", "patronymic")
        }
        phones = parse_phones(data.get("phones"), "phones", line, errors, unit)
        phrase = check_text(
            data.get("key_phrase"),
            "key_phrase",
            MAX_PHRASE_CHARS,
            line,
            errors,
            secret=True,
            unit=unit,
        )
        phrase_norm = normalize_phrase(phrase) if phrase else ""
        if phrase and not phrase_norm:
            msg = "key_phrase has nothing left after normalisation (only punctuation?)"
            errors.append(RowError(line, "key_phrase", "empty_after_normalization", msg, unit))
        surname_norm = normalize_name(names["surname"]) if names["surname"] else ""
        first_norm = normalize_name(names["first_name"]) if names["first_name"] else ""
        for key, norm in (("surname", surname_norm), ("first_name", first_norm)):
            if names[key] and not norm:
                msg = f"{key} has no letters"
                errors.append(RowError(line, key, "empty_after_normalization", msg, unit))
        applications = self._applications(data.get("applications"), line, unit)
        if error_total(errors) > before or phones is None or applications is None:
            return None
        earlier = self._duplicates.first(duplicate_key(surname_norm, first_norm, phones), line)
        if earlier is not None:
            msg = f"same surname, first name and phones as {unit} {earlier}"
            errors.append(RowError(line, None, "duplicate_row", msg, unit))
            return None
        return ProfileRecord(
            line=line,
            surname=names["surname"] or "",
            first_name=names["first_name"] or "",
            patronymic=names["patronymic"] or "",
            surname_norm=surname_norm,
            first_name_norm=first_norm,
            phones=phones,
            applications=applications,
            pending_phrase=SecretStr(phrase_norm),
        )

    def _applications(
        self, value: object, line: int, unit: str
    ) -> tuple[ApplicationRecord, ...] | None:
        if value is None or unit == "line":
            return ()  # CSV rows never carry applications: they come in their own file
        if not isinstance(value, list):
            msg = "applications must be an array of objects"
            self.errors.append(RowError(line, "applications", "wrong_type", msg, unit))
            return None
        result: list[ApplicationRecord] = []
        ok = True
        for i, item in enumerate(value, start=1):
            if not isinstance(item, dict):
                msg = f"applications[{i}] must be an object"
                self.errors.append(RowError(line, "applications", "wrong_type", msg, unit))
                ok = False
                continue
            mapped = {canonical_key(str(k)): v for k, v in item.items()}
            app = application_from_mapping(mapped, line, self.errors, unit)
            ok = ok and app is not None
            if app is not None:
                result.append(app)
        return tuple(result) if ok else None


def attach_applications(
    profiles: Sequence[ProfileRecord], rows: Sequence[ApplicationRow]
) -> tuple[list[ProfileRecord], list[RowError]]:
    """Give each profile the applications of the separate file (KUTY-2.6: exactly one owner).

    A row must match exactly one profile by phone and surname, plus first name when given;
    rows matching none or several are errors (add ``first_name`` for family phones).
    """
    index: dict[tuple[str, str], list[int]] = {}
    for i, profile in enumerate(profiles):
        for phone in profile.phones:
            index.setdefault((phone, profile.surname_norm), []).append(i)
    extra: dict[int, list[ApplicationRecord]] = {}
    errors = RowErrors()
    for row in rows:
        found = [
            i
            for i in index.get((row.phone, row.surname_norm), [])
            if row.first_name_norm is None or profiles[i].first_name_norm == row.first_name_norm
        ]
        if len(found) != 1:
            code = "no_profile" if not found else "ambiguous_profile"
            msg = (
                "no profile has this phone and surname"
                if not found
                else f"{len(found)} profiles have this phone and surname; add first_name"
            )
            errors.append(RowError(row.line, "phone", code, msg))
            continue
        extra.setdefault(found[0], []).append(row.application)
    result = [
        dataclasses.replace(p, applications=(*p.applications, *extra[i])) if i in extra else p
        for i, p in enumerate(profiles)
    ]
    return result, errors
