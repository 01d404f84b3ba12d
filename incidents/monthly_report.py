"""The head administrator's monthly report (issue 13; oversight of KUTY-1.2 and 1.3).

A Ukrainian PDF with the period's figures, the dashboards' plots (PNG images the console
renders from its pyqtgraph plots: this module stays Qt-free) and the per-operator table,
plus a CSV of the same figures for a spreadsheet (UTF-8 with BOM, so Excel opens Cyrillic
as text) and an XLSX of them with typed cells (incidents.monthly_xlsx). The figures are
the Reports workspace's own (desk.dashboard's SQL, as on screen when the supervisor
pressed the button), so the PDF and the screen cannot disagree. Every export is audited
(who, which period, the files' SHA-256).
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from fpdf.enums import XPos, YPos
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from desk import dashboard as d
from incidents.monthly_xlsx import write_xlsx
from incidents.report_pdf import DESK, fmt_time, new_pdf, para

__all__ = ["MonthlyFigures", "period_title", "rows", "write_monthly_report"]

MONTHS = ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
          "серпень", "вересень", "жовтень", "листопад", "грудень")  # fmt: skip
PLOT_TITLES = {
    "per_day": "Дзвінки за день (зелене — прийняті)",
    "outcomes": "Чим завершилися дзвінки",
    "incidents": "Інциденти (KUTY-3.x)",
    "verification": "Верифікація абонентів (KUTY-2.2)",
    "complaints": "Скарги та строки відповіді (KUTY-1.2)",
}
"""The PDF is Ukrainian whatever the supervisor's screen language: captions by plot key."""
VERIFICATION = {"verified": "верифіковано", "not_verified": "не верифіковано",
                "locked": "заблоковано", "general_only": "лише загальна допомога",
                "": "не починали"}  # fmt: skip


@dataclass(frozen=True)
class MonthlyFigures:
    first: date
    last: date
    outcomes: d.Outcomes
    handle: tuple[float | None, float | None]
    verification: dict[str, int]
    incidents: dict[str, int]
    complaints: dict[str, int]
    operators: list[tuple[str, int, int, float | None]]
    made_at: datetime
    made_by: str
    per_day: list[tuple[datetime, int, int]] = field(default_factory=list)
    """(day's start, calls, answered): the XLSX's per-day sheet."""


def period_title(first: date, last: date) -> str:
    """ "листопад 2026" for a calendar month, else "01.11.2026 – 15.11.2026"."""
    whole = first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month
    if whole:
        return f"{MONTHS[first.month - 1]} {first.year}"
    return f"{first:%d.%m.%Y} – {last:%d.%m.%Y}"


def _mm_ss(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    total = round(seconds)
    return f"{total // 60:02d}:{total % 60:02d}"


def rows(f: MonthlyFigures) -> list[tuple[str, str]]:
    """(figure, value) in the report's order: the PDF's table and the CSV's lines."""
    o = f.outcomes
    out = [
        ("Усього дзвінків", str(o.total)),
        ("Прийнято", str(o.answered)),
        ("Пропущено", str(o.missed)),
        ("Відхилено до дзвінка (не готовий, зайнято, …)", str(o.refused)),
        ("Інше (збої, перервані)", str(o.other)),
        ("Середня тривалість розмови, хв:с", _mm_ss(f.handle[0])),
        ("Середній час підсумку після дзвінка, хв:с", _mm_ss(f.handle[1])),
    ]
    for state, n in sorted(f.verification.items()):
        out.append((f"Верифікація (KUTY-2.2): {VERIFICATION.get(state, state)}", str(n)))
    out += [
        ("Інциденти: образа (KUTY-3.1, 3.3)", str(f.incidents.get("abuse", 0))),
        ("Інциденти: погроза (KUTY-3.2, 3.4)", str(f.incidents.get("threat", 0))),
        ("Інциденти: скасовані як помилкові", str(f.incidents.get("withdrawn", 0))),
        ("Скарги (KUTY-1.2): відповідь у строк", str(f.complaints["answered_in_time"])),
        ("Скарги: відповідь із запізненням", str(f.complaints["answered_late"])),
        ("Скарги: відкриті в межах строку", str(f.complaints["open"])),
        ("Скарги: прострочені", str(f.complaints["overdue"])),
    ]
    return out


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_monthly_report(
    sessions: sessionmaker[Session],
    f: MonthlyFigures,
    plots: list[tuple[str, Path]],
    folder: Path,
) -> tuple[Path, Path, Path]:
    """Write `report-<first>-<last>.pdf`, `.csv` and `.xlsx` into `folder`; returns the
    three paths.
    `plots`: (key of PLOT_TITLES, PNG file) in the order they are printed.

    Raises OSError (a full or missing disk) before anything is audited, so the audit
    never names a report that does not exist.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"report-{f.first:%Y-%m-%d}-{f.last:%Y-%m-%d}"
    pdf_path, csv_path = folder / f"{stem}.pdf", folder / f"{stem}.csv"
    xlsx_path = folder / f"{stem}.xlsx"
    title = period_title(f.first, f.last)

    pdf = new_pdf(f"Звіт служби підтримки: {title}")
    pdf.add_page()
    para(pdf, f"Звіт служби підтримки за {title}", 15, bold=True, h=8)
    para(pdf, DESK, 9)
    para(pdf, f"Сформовано: {fmt_time(f.made_at)}; сформував: {f.made_by}", 9)
    pdf.ln(3)
    para(pdf, "Показники", 12, bold=True, h=7)
    for name, value in rows(f):
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(140, 6, name, border="B")
        pdf.cell(0, 6, value, border="B", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for key, image in plots:
        if pdf.get_y() > 190:
            pdf.add_page()
        pdf.ln(4)
        para(pdf, PLOT_TITLES.get(key, key), 11, bold=True, h=6)
        pdf.image(str(image), w=170)
    pdf.add_page()
    para(pdf, "Оператори", 12, bold=True, h=7)
    widths = (80, 30, 30, 40)
    for i, head in enumerate(("Оператор", "Дзвінки", "Прийнято", "Сер. розмова")):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(widths[i], 6, head, border="B")
    pdf.ln(6)
    for name, calls, answered, talk in f.operators:
        pdf.set_font("DejaVu", "", 10)
        for i, text in enumerate((name, str(calls), str(answered), _mm_ss(talk))):
            pdf.cell(widths[i], 6, text, border="B")
        pdf.ln(6)
    if not f.operators:
        para(pdf, "За період жоден оператор не прийняв дзвінка.")
    pdf.output(str(pdf_path))

    with csv_path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Показник", "Значення"])
        writer.writerows(rows(f))
        writer.writerow([])
        writer.writerow(["Оператор", "Дзвінки", "Прийнято", "Середня розмова, хв:с"])
        for name, calls, answered, talk in f.operators:
            writer.writerow([name, calls, answered, _mm_ss(talk)])
    write_xlsx(f, xlsx_path, title)

    with sessions.begin() as session:
        payload = {"first": f.first.isoformat(), "last": f.last.isoformat(),
                   "pdf_sha256": _sha256(pdf_path), "csv_sha256": _sha256(csv_path),
                   "xlsx_sha256": _sha256(xlsx_path)}  # fmt: skip
        append_audit(session, "monthly_report_exported", f.made_by, payload)
    return pdf_path, csv_path, xlsx_path
