"""The monthly report's figures as an XLSX workbook (issue 13: "CSV/XLSX of the figures").

The CSV is text for any spreadsheet; the workbook is for the head administrator who sums,
filters and charts the figures in Excel or LibreOffice, so what is a number is a number
cell, a date a date cell and a duration a duration cell (never "01:30" as text). One sheet
per table of the PDF, Ukrainian headers whatever the screen language, like the PDF.
Written by `incidents.monthly_report.write_monthly_report`, which audits its SHA-256.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

if TYPE_CHECKING:
    from incidents.monthly_report import MonthlyFigures

__all__ = ["SHEETS", "write_xlsx"]

SHEETS = ("Звіт", "Показники", "Дзвінки за днями", "Оператори")
"""Sheet names in order: the period's facts, the figures, per day, per operator."""
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
DURATION_FORMAT = "[H]:MM:SS"

Value = int | float | str | date | datetime | timedelta | None


def _duration(seconds: float | None) -> timedelta | None:
    return None if seconds is None else timedelta(seconds=round(seconds))


def _local(at: datetime) -> datetime:
    """Excel has no time zones: the desk's local wall time, as the PDF prints it."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().replace(tzinfo=None)


def figure_values(f: MonthlyFigures) -> list[tuple[str, Value]]:
    """(figure, typed value) in the order of `monthly_report.rows` (same names)."""
    from incidents.monthly_report import rows

    o = f.outcomes
    typed: list[Value] = [o.total, o.answered, o.missed, o.refused, o.other,
                          _duration(f.handle[0]), _duration(f.handle[1])]  # fmt: skip
    typed += [n for _state, n in sorted(f.verification.items())]
    typed += [f.incidents.get("abuse", 0), f.incidents.get("threat", 0),
              f.incidents.get("withdrawn", 0)]  # fmt: skip
    typed += [f.complaints[k] for k in ("answered_in_time", "answered_late", "open", "overdue")]
    names = [name.replace(", хв:с", "") for name, _text in rows(f)]
    return list(zip(names, typed, strict=True))


def _sheet(book: Workbook, title: str, head: list[str], widths: list[int]) -> Worksheet:
    sheet = book.create_sheet(title)
    sheet.append(head)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for i, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    sheet.freeze_panes = "A2"
    return sheet


def _format(sheet: Worksheet) -> None:
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, timedelta):
                cell.number_format = DURATION_FORMAT
            elif isinstance(cell.value, datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT


def write_xlsx(f: MonthlyFigures, path: Path, title: str) -> Path:
    """Write the workbook to `path` (replaced if it exists) and return it."""
    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    about = _sheet(book, SHEETS[0], ["Поле", "Значення"], [28, 44])
    for row in (
        ("Звіт служби підтримки", title),
        ("Перший день", f.first),
        ("Останній день", f.last),
        ("Сформовано", _local(f.made_at)),
        ("Сформував", f.made_by),
    ):
        about.append(list(row))
    _format(about)

    figures = _sheet(book, SHEETS[1], ["Показник", "Значення"], [52, 14])
    for name, value in figure_values(f):
        figures.append([name, value])
    _format(figures)

    per_day = _sheet(book, SHEETS[2], ["Дата", "Дзвінки", "Прийнято"], [14, 12, 12])
    for stamp, total, answered in f.per_day:
        day = _local(stamp).date() if isinstance(stamp, datetime) else stamp
        per_day.append([day, total, answered])
    _format(per_day)

    ops = _sheet(book, SHEETS[3], ["Оператор", "Дзвінки", "Прийнято", "Середня розмова"],
                 [32, 12, 12, 18])  # fmt: skip
    for name, calls, answered, talk in f.operators:
        ops.append([name, calls, answered, _duration(talk)])
    _format(ops)
    book.save(path)
    return path
