"""Row-level building blocks shared by the profile and application importers.

Everything returns a value or appends a `RowError` and returns ``None``: an import reports
every problem of the file at once, and only the database layer decides that nothing is
half-imported. File-level problems (not UTF-8, not CSV/JSON, missing columns, a limit of
`verification.import_files`) raise `ProfileImportError` because no row can be trusted
after them.

Errors are collected in `RowErrors`: every one is counted, the first `MAX_KEPT_ERRORS`
kept. A file of a million bad rows must not need a million error objects to be refused.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import phonenumbers

from desk.errors import UserFacingError

__all__ = [
    "ProfileImportError",
    "RowError",
    "RowErrors",
    "canonical_key",
    "check_text",
    "error_total",
    "parse_date",
    "parse_phones",
    "row_mapping",
    "split_list",
    "to_e164",
]

MAX_PHONES = 10
MAX_PHONES_CHARS = 512
MAX_KEPT_ERRORS = 1000


class ProfileImportError(UserFacingError, ValueError):
    """The file as a whole cannot be imported (encoding, syntax, columns, size limits)."""


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


class RowErrors(list[RowError]):
    """Row errors of one file: `total` counts all, the list keeps the first `limit`.

    Callers that ask "did this row add an error?" compare `total`, not `len()`.
    """

    def __init__(self, errors: Iterable[RowError] = (), limit: int = MAX_KEPT_ERRORS) -> None:
        super().__init__()
        self.limit = limit
        self.total = 0
        self.extend(errors)

    def append(self, error: RowError) -> None:
        self.total += 1
        if len(self) < self.limit:
            super().append(error)

    def extend(self, errors: Iterable[RowError]) -> None:
        """Append each error; another `RowErrors`' dropped errors are counted too."""
        for error in errors:
            self.append(error)
        if isinstance(errors, RowErrors):
            self.total += errors.dropped

    @property
    def dropped(self) -> int:
        """Errors counted but not kept."""
        return self.total - len(self)


def error_total(errors: Sequence[RowError]) -> int:
    """How many errors `errors` stands for (a `RowErrors` may have dropped some)."""
    return errors.total if isinstance(errors, RowErrors) else len(errors)


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
