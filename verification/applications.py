"""Kindergarten-queue applications from the Service's export (what KUTY-2.2 lets an
operator explain to a verified caller, and KUTY-2.6 forbids showing anyone else).

Applications arrive either inside a JSON profile (`"applications": [...]`) or as a second
CSV file. That file's columns (English or Ukrainian header, any order, UTF-8, BOM ok):

=====================  =================  ========  =========================================
column                 Ukrainian header   required  meaning
=====================  =================  ========  =========================================
``phone``              ``телефон``        yes       one phone of the owning profile, any notation
``surname``            ``прізвище``       yes       the owning profile's surname
``first_name``         ``ім'я``           no        the owner's first name; needed when two
                                                    profiles share phone and surname (family)
``number``             ``номер заяви``    yes       the application number in the Service
``child_first_name``   ``ім'я дитини``    yes       the child's first name
``status``             ``статус``         yes       status text as the Service shows it
``created``            ``створено``       yes       YYYY-MM-DD or DD.MM.YYYY
``updated``            ``оновлено``       no        same formats; defaults to ``created``
``kindergartens``      ``садочки``        no        chosen kindergartens, separated by ``;``
=====================  =================  ========  =========================================

A row is matched to a profile by (E.164 phone, normalised surname[, normalised first name]);
`verification.importer.attach_applications` does the matching and reports rows that match
no profile or several.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from verification.import_files import (
    MAX_FILE_BYTES,
    Progress,
    check_header,
    check_size,
    csv_rows,
    utf8_lines,
)
from verification.import_rows import (
    RowError,
    RowErrors,
    check_text,
    error_total,
    parse_date,
    parse_phones,
    row_mapping,
    split_list,
)
from verification.normalize import MAX_NAME_CHARS, normalize_name

__all__ = [
    "ApplicationImportResult",
    "ApplicationRecord",
    "ApplicationRow",
    "application_from_mapping",
    "parse_applications",
]

MAX_FIELD_CHARS = 128
MAX_KINDERGARTENS = 20
REQUIRED_COLUMNS = ("phone", "surname", "number", "child_first_name", "status", "created")
KNOWN_COLUMNS = (*REQUIRED_COLUMNS, "first_name", "updated", "kindergartens")


@dataclass(frozen=True)
class ApplicationRecord:
    number: str
    child_first_name: str
    status: str
    created: date
    updated: date
    kindergartens: tuple[str, ...]


@dataclass(frozen=True)
class ApplicationRow:
    """An application from the separate CSV file plus the key of the profile it belongs to."""

    line: int
    phone: str
    surname_norm: str
    first_name_norm: str | None
    application: ApplicationRecord


@dataclass(frozen=True)
class ApplicationImportResult:
    rows: list[ApplicationRow]
    errors: list[RowError]
    ignored_columns: tuple[str, ...] = ()


def application_from_mapping(
    data: Mapping[str, object], line: int, errors: list[RowError], unit: str = "line"
) -> ApplicationRecord | None:
    """Validate one application (a CSV row or a JSON object); all its errors are recorded."""
    before = error_total(errors)
    texts = {
        key: check_text(data.get(key), key, MAX_FIELD_CHARS, line, errors, unit=unit)
        for key in ("number", "child_first_name", "status")
    }
    created = parse_date(data.get("created"), "created", line, errors, unit)
    raw_updated = data.get("updated")
    has_updated = raw_updated is not None and str(raw_updated).strip() != ""
    updated = parse_date(raw_updated, "updated", line, errors, unit) if has_updated else created
    gardens = _kindergartens(data.get("kindergartens"), line, errors, unit)
    if error_total(errors) > before:
        return None
    number, child, status = texts["number"], texts["child_first_name"], texts["status"]
    assert number and child and status and created and updated and gardens is not None
    if updated < created:
        msg = "updated is earlier than created"
        errors.append(RowError(line, "updated", "bad_date", msg, unit))
        return None
    return ApplicationRecord(number, child, status, created, updated, gardens)


def _kindergartens(
    value: object, line: int, errors: list[RowError], unit: str
) -> tuple[str, ...] | None:
    if value is None:
        return ()
    parts = split_list(value)
    if parts is None:
        msg = "kindergartens must be text separated by ';' or a list of texts"
        errors.append(RowError(line, "kindergartens", "wrong_type", msg, unit))
        return None
    if len(parts) > MAX_KINDERGARTENS:
        msg = f"{len(parts)} kindergartens; at most {MAX_KINDERGARTENS}"
        errors.append(RowError(line, "kindergartens", "too_long", msg, unit))
        return None
    names = [
        check_text(p, "kindergartens", MAX_FIELD_CHARS, line, errors, unit=unit) for p in parts
    ]
    if any(n is None for n in names):
        return None
    return tuple(n for n in names if n)


def parse_applications(
    path: Path | str, *, progress: Progress | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ApplicationImportResult:
    """Parse the applications CSV (columns in the module docstring); every error at once.

    Streamed like `verification.importer.parse_profiles` (same limits and progress).

    Raises:
        ProfileImportError: too large, not UTF-8, not CSV, or bad/missing columns.
    """
    path = Path(path)
    check_size(path, max_bytes)
    header, rows = csv_rows(utf8_lines(path), path.name)
    check_header(header, path.name, REQUIRED_COLUMNS)
    ignored = tuple(h for h in header if h not in KNOWN_COLUMNS)
    result: list[ApplicationRow] = []
    errors = RowErrors()
    seen: dict[tuple[str, str], int] = {}
    for count, (line, row) in enumerate(rows, start=1):
        if progress is not None:
            progress.tick(f"{path.name}: rows read", count)
        data = row_mapping(header, row, line, errors)
        if data is None:
            continue
        before = error_total(errors)
        phones = parse_phones(data.get("phone"), "phone", line, errors)
        if phones is not None and len(phones) != 1:
            errors.append(RowError(line, "phone", "bad_phone", "give exactly one phone"))
        surname = check_text(data.get("surname"), "surname", MAX_NAME_CHARS, line, errors)
        first = check_text(
            data.get("first_name"), "first_name", MAX_NAME_CHARS, line, errors, required=False
        )
        application = application_from_mapping(data, line, errors)
        if error_total(errors) > before or phones is None or surname is None or application is None:
            continue
        key = (phones[0], application.number)
        if key in seen:
            msg = f"application {application.number} for this phone repeats line {seen[key]}"
            errors.append(RowError(line, "number", "duplicate_row", msg))
            continue
        seen[key] = line
        first_norm = normalize_name(first) if first else None
        result.append(
            ApplicationRow(line, phones[0], normalize_name(surname), first_norm, application)
        )
    return ApplicationImportResult(result, errors, ignored)
