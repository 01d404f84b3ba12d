"""Row-level building blocks shared by the profile and application importers.

Everything returns a value or appends a `RowError` and returns ``None``: an import reports
every problem of the file at once, and only the database layer decides that nothing is
half-imported. File-level problems (not UTF-8, not CSV/JSON, missing columns) raise
`ProfileImportError` because no row can be trusted after them.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import phonenumbers

__all__ = [
    "ProfileImportError",
    "RowError",
    "canonical_key",
    "check_text",
    "csv_rows",
    "parse_date",
    "parse_phones",
    "read_utf8",
    "row_mapping",
    "split_list",
    "to_e164",
]

MAX_PHONES = 10
MAX_PHONES_CHARS = 512


class ProfileImportError(ValueError):
    """The file as a whole cannot be imported (encoding, syntax, columns)."""


@dataclass(frozen=True)
class RowError:
    """One problem in one row. `line` is the CSV line where the row starts, or the 1-based
    index of the JSON array item (`unit="item"`). Messages never quote a key phrase."""

    line: int
    field: str | None
    code: str
    message: str
    unit: str = "line"

    def __str__(self) -> str:
        where = f"{self.unit} {self.line}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.message}"


def read_utf8(path: Path) -> str:
    """The file's text; a BOM is dropped and anything but UTF-8 is a clear error."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ProfileImportError(
            f"{path.name} is not UTF-8: byte 0x{data[exc.start]:02x} at byte offset "
            f"{exc.start} (line {line}) cannot be decoded; export the file as UTF-8"
        ) from None


_ALIASES = {
    "прізвище": "surname",
    "імʼя": "first_name",
    "по_батькові": "patronymic",
    "телефони": "phones",
    "телефон": "phone",
    "ключова_фраза": "key_phrase",
    "заяви": "applications",
    "номер_заяви": "number",
    "імʼя_дитини": "child_first_name",
    "статус": "status",
    "створено": "created",
    "оновлено": "updated",
    "садочки": "kindergartens",
}
_APOSTROPHES = str.maketrans(dict.fromkeys("'\u2019\u2018\u02b9`\u00b4\u2032\uff07", "\u02bc"))


def canonical_key(header: str) -> str:
    """Map a column header or JSON key (either language, any apostrophe) to its canonical
    English name; unknown headers come back normalised so they can be reported."""
    key = unicodedata.normalize("NFKC", header).translate(_APOSTROPHES).strip().casefold()
    key = "_".join(key.replace("-", " ").replace("_", " ").split())
    return _ALIASES.get(key, key)


def csv_rows(text: str, name: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Canonical headers and (start line, fields) for each non-blank data row.

    The delimiter is "," unless the header line has ";" and no "," (Excel in a Ukrainian
    locale saves that way; `phones` is then quoted).
    """
    first = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next((row for row in reader if any(cell.strip() for cell in row)), None)
    except csv.Error as exc:
        raise ProfileImportError(f"{name}: line {reader.line_num}: not valid CSV: {exc}") from None
    if header is None:
        raise ProfileImportError(f"{name} has no header row")

    def rows() -> Iterator[tuple[int, list[str]]]:
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ProfileImportError(f"{name}: line {start}: not valid CSV: {exc}") from None
            if any(cell.strip() for cell in row):
                yield start, row

    return [canonical_key(h) for h in header], rows()


def check_text(
    value: object,
    field: str,
    limit: int,
    line: int,
    errors: list[RowError],
    *,
    required: bool = True,
    secret: bool = False,
    unit: str = "line",
) -> str | None:
    """A stripped, NFC, whitespace-collapsed string, or None after recording why not."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors.append(RowError(line, field, "missing_field", f"{field} is empty", unit))
        return None if required else ""
    if not isinstance(value, str):
        errors.append(RowError(line, field, "wrong_type", f"{field} must be text", unit))
        return None
    if len(value) > limit:
        msg = f"{field} is {len(value)} characters long; the limit is {limit}"
        errors.append(RowError(line, field, "too_long", msg, unit))
        return None
    bad = next((ch for ch in value if unicodedata.category(ch) == "Cc"), None)
    if bad is not None:
        shown = "" if secret else f" (U+{ord(bad):04X})"
        msg = f"{field} contains a control character{shown}"
        errors.append(RowError(line, field, "control_character", msg, unit))
        return None
    return " ".join(unicodedata.normalize("NFC", value).split())


def split_list(value: object) -> list[str] | None:
    """A `;`-separated string or a JSON array of strings as a list; None if neither."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    return None


def parse_phones(
    value: object, field: str, line: int, errors: list[RowError], unit: str = "line"
) -> tuple[str, ...] | None:
    """Phones in any common Ukrainian notation as sorted unique E.164; each bad one named."""
    if isinstance(value, str) and len(value) > MAX_PHONES_CHARS:
        msg = f"{field} is {len(value)} characters long; the limit is {MAX_PHONES_CHARS}"
        errors.append(RowError(line, field, "too_long", msg, unit))
        return None
    parts = split_list(value) if value is not None else []
    if parts is None:
        errors.append(RowError(line, field, "wrong_type", f"{field} must be text", unit))
        return None
    if not parts:
        errors.append(RowError(line, field, "missing_field", f"{field} is empty", unit))
        return None
    if len(parts) > MAX_PHONES:
        msg = f"{len(parts)} phone numbers; at most {MAX_PHONES} per profile"
        errors.append(RowError(line, field, "too_many_phones", msg, unit))
        return None
    numbers: set[str] = set()
    ok = True
    for part in parts:
        e164 = to_e164(part)
        if e164 is None:
            shown = "".join(ch if ch.isprintable() else "?" for ch in part[:40])
            msg = f"phone {shown!r} is not a valid phone number"
            errors.append(RowError(line, field, "bad_phone", msg, unit))
            ok = False
        else:
            numbers.add(e164)
    return tuple(sorted(numbers)) if ok else None


def to_e164(text: str) -> str | None:
    """E.164 for one number (default region UA), or None when it is not a valid number."""
    try:
        number = phonenumbers.parse(text, "UA")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_date(
    value: object, field: str, line: int, errors: list[RowError], unit: str = "line"
) -> date | None:
    """ISO (2024-05-31, also with a time) or Ukrainian (31.05.2024) dates."""
    if isinstance(value, str):
        text = value.strip()
        for parse in (_iso_date, _dotted_date):
            try:
                return parse(text)
            except ValueError:
                continue
    msg = f"{field} is not a date (use YYYY-MM-DD or DD.MM.YYYY)"
    errors.append(RowError(line, field, "bad_date", msg, unit))
    return None


def _iso_date(text: str) -> date:
    return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text)


def _dotted_date(text: str) -> date:
    return datetime.strptime(text, "%d.%m.%Y").date()


def row_mapping(
    header: list[str], row: list[str], line: int, errors: list[RowError]
) -> Mapping[str, str] | None:
    """Zip a CSV row with the header, or record a field-count error."""
    if len(row) != len(header):
        msg = f"{len(row)} fields where the header has {len(header)}"
        errors.append(RowError(line, None, "field_count", msg))
        return None
    return dict(zip(header, row, strict=True))
