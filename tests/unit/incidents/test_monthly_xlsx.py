"""The monthly report's XLSX (issue 13): read back with openpyxl, typed cells, audited."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent
from desk.dashboard import Outcomes
from incidents.monthly_report import MonthlyFigures, rows, write_monthly_report
from incidents.monthly_xlsx import SHEETS


def figures() -> MonthlyFigures:
    return MonthlyFigures(
        first=date(2026, 11, 1),
        last=date(2026, 11, 30),
        outcomes=Outcomes(answered=40, missed=5, refused=3, other=2),
        handle=(151.4, None),
        verification={"verified": 30, "not_verified": 7},
        incidents={"abuse": 2, "threat": 1},
        complaints={"answered_in_time": 4, "answered_late": 1, "open": 2, "overdue": 0},
        operators=[("Олена Ш.", 30, 28, 140.0), ("Петро К.", 20, 12, None)],
        made_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        made_by="head",
        per_day=[
            (datetime(2026, 11, 2, tzinfo=UTC), 30, 25),
            (datetime(2026, 11, 3, tzinfo=UTC), 20, 15),
        ],
    )


def test_xlsx_has_a_sheet_per_table_with_typed_cells(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    f = figures()
    plots: list[tuple[str, Path]] = []
    pdf, csv_path, xlsx = write_monthly_report(sessions, f, plots, tmp_path / "out")
    assert xlsx.suffix == ".xlsx" and xlsx.stem == pdf.stem == csv_path.stem
    book = openpyxl.load_workbook(xlsx)
    assert tuple(book.sheetnames) == SHEETS

    about = {r[0]: r[1] for r in book["Звіт"].iter_rows(min_row=2, values_only=True)}
    assert about["Звіт служби підтримки"] == "листопад 2026"
    assert about["Перший день"] == datetime(2026, 11, 1)  # a date cell, not "2026-11-01"
    assert book["Звіт"]["B3"].is_date and book["Звіт"]["B3"].number_format == "DD.MM.YYYY"
    assert isinstance(about["Сформовано"], datetime)

    sheet = book["Показники"]
    assert [c.value for c in sheet[1]] == ["Показник", "Значення"]
    values = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["Усього дзвінків"] == 50 and isinstance(values["Прийнято"], int)
    assert values["Середня тривалість розмови"] == timedelta(seconds=151)
    assert values["Середній час підсумку після дзвінка"] is None  # no wrap-ups: empty
    assert values["Верифікація (KUTY-2.2): не верифіковано"] == 7
    assert values["Інциденти: погроза (KUTY-3.2, 3.4)"] == 1
    assert values["Скарги: прострочені"] == 0
    assert len(values) == len(rows(f))  # the same figures as the PDF and the CSV

    days = list(book["Дзвінки за днями"].iter_rows(min_row=2, values_only=True))
    assert [(d.date(), n, a) for d, n, a in days] == [
        (date(2026, 11, 2), 30, 25),
        (date(2026, 11, 3), 20, 15),
    ]
    ops = list(book["Оператори"].iter_rows(values_only=True))
    assert ops[0] == ("Оператор", "Дзвінки", "Прийнято", "Середня розмова")
    assert ops[1] == ("Олена Ш.", 30, 28, timedelta(seconds=140))
    assert ops[2] == ("Петро К.", 20, 12, None)

    with sessions() as s:
        audit = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "monthly_report_exported")
        ).one()
    payload = json.loads(audit.payload)
    assert payload["xlsx_sha256"] == hashlib.sha256(xlsx.read_bytes()).hexdigest()


def test_nothing_is_audited_when_the_folder_cannot_be_written(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        write_monthly_report(sessions, figures(), [], blocker / "out")
    with sessions() as s:
        kinds = s.scalars(sa.select(AuditEvent.kind)).all()
    assert "monthly_report_exported" not in kinds
