"""The Ukrainian PDF of a police package: facts, timeline, file hashes and a statement.

The PDF goes to the police (KUTY-3.2, KUTY-3.4) and must render anywhere, so DejaVu Sans
(Debian's fonts-dejavu-core) is embedded: Cyrillic never depends on the reader's fonts.
Times are printed in Kyiv time with UTC beside it, because a statement to Ukrainian
police uses local time and the evidence (audit log, files) uses UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from fpdf import FPDF
from fpdf.enums import XPos, YPos

__all__ = [
    "FONT_BOLD",
    "FONT_REGULAR",
    "FileEntry",
    "ReportFacts",
    "fmt_time",
    "new_pdf",
    "para",
    "render_report",
]

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
KYIV = ZoneInfo("Europe/Kyiv")

KIND_TITLE = {"threat": "Погроза", "abuse": "Образа"}
RULE = {
    ("threat", "voice"): "KUTY-3.2",
    ("abuse", "voice"): "KUTY-3.1",
    ("threat", "written"): "KUTY-3.4",
    ("abuse", "written"): "KUTY-3.3",
}
DESK = (
    "служба підтримки електронного сервісу реєстрації дітей у черзі до закладів "
    "дошкільної освіти Кутської територіальної громади"
)


@dataclass(frozen=True)
class FileEntry:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class ReportFacts:
    incident_id: int
    kind: str
    channel: str
    status: str
    pressed_at: datetime
    created_at: datetime
    offset_s: float | None
    caller_number: str | None
    verification_state: str | None
    profile_id: int | None
    operator_name: str
    call_id: str | None
    sender: str | None
    subject: str | None
    timeline: tuple[tuple[datetime, str], ...]
    files: tuple[FileEntry, ...]
    built_by: str
    # Issue 12 (KUTY-3.4): a written threat's headers as received, the raw file, the thread.
    headers: tuple[tuple[str, str], ...] = ()
    raw_path: str | None = None
    thread: tuple[tuple[int, str, datetime, str], ...] = ()  # id, direction, time, SHA-256


def fmt_time(value: datetime | None) -> str:
    if value is None:
        return "—"
    local = value.astimezone(KYIV)
    return f"{local:%d.%m.%Y %H:%M:%S} (Київ), {value.astimezone(ZoneInfo('UTC')):%H:%M:%S} UTC"


def number_text(number: str | None) -> str:
    if number == "withheld":
        return "номер приховано"
    return number or "невідомий"


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", size=8)
        self.cell(0, 8, f"Сторінка {self.page_no()}/{{nb}}", align="C")


def new_pdf(title: str) -> FPDF:
    """An A4 document with DejaVu embedded, the desk as author and numbered pages: the
    police package's report and the monthly report (incidents.monthly_report) look alike."""
    pdf = _Pdf(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_REGULAR))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_title(title)
    pdf.set_author(DESK)
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def para(pdf: FPDF, text: str, size: int = 10, bold: bool = False, h: float = 5.5) -> None:
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _facts_lines(f: ReportFacts) -> list[str]:
    lines = [
        f"Номер інциденту: {f.incident_id}",
        f"Вид: {KIND_TITLE.get(f.kind, f.kind)} ({RULE.get((f.kind, f.channel), '')})",
        f"Канал: {'голосовий дзвінок' if f.channel == 'voice' else 'письмове звернення'}",
        f"Натиснуто кнопку: {fmt_time(f.pressed_at)}",
        f"Зареєстровано: {fmt_time(f.created_at)}",
        f"Оператор: {f.operator_name}",
        f"Статус: {f.status}",
    ]
    if f.channel == "voice":
        lines += [
            f"Номер абонента: {number_text(f.caller_number)}",
            f"Стан верифікації: {f.verification_state or 'не проводилась'}",
            f"Профіль у Сервісі: {f.profile_id if f.profile_id is not None else 'не встановлено'}",
            f"Ідентифікатор дзвінка: {f.call_id}",
        ]
        if f.offset_s is not None:
            lines.append(f"Позиція натискання у записі: {f.offset_s:.1f} с")
    else:
        lines += [f"Відправник: {f.sender}", f"Тема: {f.subject or '—'}"]
    return lines


def _statement(f: ReportFacts) -> str:
    rule = RULE.get((f.kind, f.channel), "KUTY-3.2")
    when = f.pressed_at.astimezone(KYIV)
    if f.channel == "voice":
        event = (
            f"{when:%d.%m.%Y} о {when:%H:%M} до служби підтримки надійшов телефонний дзвінок "
            f"з номера {number_text(f.caller_number)}, під час якого абонент висловив погрози "
            f"заподіяння фізичної або моральної шкоди оператору {f.operator_name}."
        )
        attachments = (
            "1. Аудіозапис розмови повністю (recording/full_mixed.wav).\n"
            "2. Фрагмент запису 60 с до моменту завершення (recording/excerpt_60s.wav).\n"
        )
    else:
        event = (
            f"{when:%d.%m.%Y} о {when:%H:%M} до служби підтримки надійшло електронне "
            f"повідомлення від {f.sender}, яке містить погрози заподіяння фізичної або "
            f"моральної шкоди працівникам служби підтримки."
        )
        attachments = "1. Текст повідомлення із заголовками (message.txt).\n"
        if f.raw_path:
            attachments += f"1а. Повідомлення в отриманому вигляді, без змін ({f.raw_path}).\n"
    return (
        f"{event} Відповідно до пункту 3.2 Регламенту служби підтримки ({rule}; "
        f"KUTY-3.2 для дзвінків) комунікацію припинено, про інцидент повідомлено керівництво. "
        f"Прошу зареєструвати цю заяву та вжити заходів реагування відповідно до чинного "
        f"законодавства України.\n\nДодатки:\n{attachments}"
        f"{'3' if f.channel == 'voice' else '2'}. Перелік файлів із контрольними сумами "
        f"SHA-256 (SHA256SUMS, manifest.json) та журнал передачі доказів (custody.log)."
    )


def _written_sections(pdf: FPDF, f: ReportFacts) -> None:
    """Headers one by one (Received chain included) and the thread's other messages."""
    pdf.ln(3)
    para(pdf, "Заголовки повідомлення (як отримано, декодовано)", 12, bold=True, h=7)
    if f.raw_path:
        para(pdf, f"Оригінал без змін: {f.raw_path}", 9)
    if not f.headers:
        para(pdf, "Заголовків немає (повідомлення внесено вручну; див. message.txt).", 9)
    for name, text in f.headers:
        para(pdf, f"{name}: {text}", 8, h=4.5)
    if f.thread:
        pdf.ln(3)
        para(pdf, "Інші повідомлення цієї справи (SHA-256)", 12, bold=True, h=7)
        for message_id, direction, when, sha in f.thread:
            arrow = "вхідне" if direction == "in" else "вихідне"
            para(pdf, f"№ {message_id}, {arrow}, {fmt_time(when)}", 9)
            para(pdf, sha, 8, h=4.5)


def render_report(facts: ReportFacts, path: Path) -> None:
    """Write the report; the caller hashes it after (it cannot list its own hash)."""
    pdf = new_pdf(f"Інцидент {facts.incident_id}")
    pdf.add_page()
    title = KIND_TITLE.get(facts.kind, facts.kind)
    para(pdf, f"Звіт про інцидент № {facts.incident_id}: {title}", 15, bold=True, h=8)
    para(pdf, DESK, 9)
    pdf.ln(3)
    para(pdf, "Факти", 12, bold=True, h=7)
    for line in _facts_lines(facts):
        para(pdf, line)
    pdf.ln(3)
    para(pdf, "Хронологія", 12, bold=True, h=7)
    for when, what in sorted(facts.timeline, key=lambda item: item[0]):
        para(pdf, f"{fmt_time(when)} — {what}")
    pdf.ln(3)
    para(pdf, "Файли пакета (SHA-256)", 12, bold=True, h=7)
    for entry in facts.files:
        para(pdf, f"{entry.path} ({entry.size} байт)")
        para(pdf, entry.sha256, 8, h=4.5)
    para(pdf, "Перевірка: у теці пакета виконати «sha256sum -c SHA256SUMS».", 9)
    if facts.channel == "written":
        _written_sections(pdf, facts)
    para(pdf, f"Пакет сформовано: {facts.built_by}", 9)

    pdf.add_page()
    para(
        pdf,
        "Начальнику ____________________ відділу (відділення) поліції\n"
        "Головного управління Національної поліції в Івано-Франківській області\n"
        "(органи Міністерства внутрішніх справ України)\n"
        "від керівника служби підтримки ____________________\n"
        f"({DESK})\nконтактний телефон: ____________________",
    )
    pdf.ln(6)
    para(pdf, "ЗАЯВА", 14, bold=True, h=8)
    pdf.ln(2)
    para(pdf, _statement(facts))
    pdf.ln(10)
    para(pdf, "Дата: ____________    Підпис: ____________    ПІБ: ________________________")
    pdf.output(str(path))
